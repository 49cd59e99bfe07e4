//! `quantity` claims: the same number, in a compatible unit, with the context in the window.
//!
//! Units are compatible when they are the same head noun (or an alias of it), or measures of
//! one dimension (converted: `2 miles` against `3.2 km`); a mention with no unit is compatible,
//! with a note. Values compare within the claim's tolerance; a claim's bound or approximation
//! is a statement about the article's figure (`more than 500,000` holds for `612,350`). A
//! qualifier on only one side ("up to 30,000" against "30,000") passes with a note, or fails
//! under `strict`; qualifiers pointing opposite ways refute. A different number refutes, even
//! where intervals overlap; so does a change in the opposite direction, and the same sum in
//! another currency. A figure bound to another entity of a list (`28,800 in York` for a claim
//! about Leeds) is that entity's: it never supports the claim, and refutes it as
//! misattributed. Scores and tallies compare as pairs (`score`).

mod measure;
mod relate;
mod score;
mod stance;

use crate::recognise::dates::is_news_year as is_year;
use relate::{
    Relation, UnitMatch, conversion_rounding, convert_value, relate, same_number, stated_rounding,
    trim_number, unit_match,
};

use super::{Candidate, Diff, Outcome, context, evidence, listed};
use crate::article::Analysis;
use crate::claims::{Claim, QuantityClaim, Verdict};
use crate::recognise::{Mention, MentionKind, Quantity};
use crate::text::one_line;
use std::ops::Range;

pub(super) fn decide(claim: &Claim, claimed: &QuantityClaim, analysis: &Analysis) -> Outcome {
    if let Some(sets) = &claimed.quantity.score {
        return score::decide(claim, claimed, sets, analysis);
    }
    let mut search = Search {
        claim,
        claimed,
        analysis,
        refutation: None,
        misattributed: None,
        near: Vec::new(),
        weak: None,
        unitless: None,
        stance: stance::of_claim(&claim.says),
        time_before: claims_a_time_before(&claim.says),
        compass: compass_after(&claim.says, &claimed.value_text),
        sayer: claimed_sayer(&claim.says),
        story: None,
        date: ClaimDate::of(claim, claimed, analysis),
        level: states_a_level(&claim.says, &claimed.value_text),
        names_a_bar: crate::claims::claim_words(&claim.says)
            .iter()
            .any(|w| BARS.contains(&w.as_str())),
        since: since_year(&claim.says),
        places: places_of_kind(&claim.says),
        kind: claimed_kind(&claim.says, &claimed.value_text),
    };
    for mention in &analysis.mentions {
        if let MentionKind::Quantity(stated) = &mention.kind
            && stated.score.is_none()
            && let Some(outcome) = search.consider(mention, stated)
        {
            return outcome;
        }
    }
    if let Some(outcome) = tally_side(claim, claimed, analysis) {
        return outcome;
    }
    search.finish()
}

/// A side of a tally stating the claimed count (`51 votes` of `a 51-49 vote`), where the
/// tally counts the claim's noun (or the claim names none). A tally's other side is no
/// refutation: it may be the other side's count.
fn tally_side(claim: &Claim, claimed: &QuantityClaim, analysis: &Analysis) -> Option<Outcome> {
    let quantity = &claimed.quantity;
    if quantity.change.is_some() || quantity.qualifier.is_some() || !quantity.is_exact() {
        return None;
    }
    analysis.mentions.iter().find_map(|mention| {
        let MentionKind::Quantity(stated) = &mention.kind else {
            return None;
        };
        let [(first, second)] = stated.score.as_deref()? else {
            return None;
        };
        let (side, first_side) = [(*first, true), (*second, false)]
            .into_iter()
            .find(|&(side, _)| same_number(quantity, side, side, claim.tolerance))?;
        if context::names_other_side(claim, analysis, mention, first_side) {
            // "Reddy beat Ashcroft by 12,412 votes to 9,870": Ashcroft's is the other figure.
            let theirs = if first_side { *second } else { *first };
            if context::missing_context(claim, analysis, mention.sentence).is_empty()
                && !same_number(quantity, theirs, theirs, claim.tolerance)
            {
                let mut outcome = Outcome::new(analysis, Verdict::Refuted);
                outcome.evidence = Some(value_evidence(analysis, mention));
                outcome.notes = vec![format!(
                    "the tally \"{}\" gives the claim's side {}, the other side {}",
                    mention_text(analysis, mention),
                    trim_number(theirs),
                    trim_number(side)
                )];
                return Some(outcome);
            }
            return None;
        }
        let text = mention_text(analysis, mention);
        let counts_noun = match &quantity.unit {
            None => true,
            Some(unit) if unit.measure.is_none() => text.split([' ', '-']).any(|word| {
                let key = crate::text::words::key(word);
                claimed
                    .unit_names
                    .iter()
                    .any(|name| crate::text::words::stem(&key) == name.as_str())
            }),
            Some(_) => false,
        };
        if !counts_noun
            || !context::missing_context(claim, analysis, mention.sentence).is_empty()
            || !matches!(
                context::binding(claim, analysis, mention),
                context::Binding::Free
            )
        {
            return None;
        }
        let mut outcome = Outcome::new(analysis, Verdict::Supported);
        outcome.evidence = Some(value_evidence(analysis, mention));
        outcome.notes = vec![format!(
            "one side of the tally \"{text}\" ({})",
            trim_number(side)
        )];
        Some(outcome)
    })
}

/// The mentions a quantity claim has met so far: the best refutation, a figure of another
/// entity stating the claimed value, and the near misses.
struct Search<'a> {
    claim: &'a Claim,
    claimed: &'a QuantityClaim,
    analysis: &'a Analysis,
    refutation: Option<Refutation<'a>>,
    /// The claimed value where the article gives it to another entity, and whose it is.
    misattributed: Option<(&'a Mention, String)>,
    /// Near misses with their rank (less is nearer).
    near: Vec<(u8, Candidate)>,
    /// A support in another unit, kept in case no figure in the claim's own unit with the
    /// claim's context beside it contradicts the claim.
    weak: Option<Outcome>,
    /// A support by a figure with no unit, kept in case a figure in the claim's own unit
    /// contradicts it ("at least 26 soldiers": not the headline's bare "at least 30", where
    /// the article counts 24 soldiers), with how many of the claim's description words it
    /// lacks.
    unitless: Option<(Outcome, usize)>,
    /// A support by a figure that states no date, where the story's headline or opening
    /// gives the claim's: kept in case no figure refutes the claim or is another's.
    story: Option<Outcome>,
    /// What the claim's `says` says of its figure (its denial, its verb), read once.
    stance: stance::Stance,
    /// Whether the claim is of a time before the news (`was 4.1% a year earlier`), read once.
    time_before: bool,
    /// The compass direction after the claim's figure (`northeast`), read once.
    compass: Option<String>,
    /// Who the claim says says its figure (`The Conservatives say …`), read once.
    sayer: Option<String>,
    /// The claim's date and the terms that name it, read once.
    date: Option<ClaimDate<'a>>,
    /// Whether the claim says its figure is a level (`sales were $5bn`), read once.
    level: bool,
    /// Whether the claim names a bar (`threshold`, `target`), read once.
    names_a_bar: bool,
    /// The year the claim's period starts at (`since 2011`), read once.
    since: Option<String>,
    /// The named places of a kind the claim gives (`Raqqa province`), read once.
    places: Vec<(String, String)>,
    /// The kind of a noun the claim gives its figure (`in punitive damages`), read once.
    kind: Option<(String, String)>,
}

/// The tokens between `from` and a level before a change that name it: `a peak` of `down
/// from a peak of 92.7%`, `the previous mark` of `from the previous mark of 2:17:01`. Empty
/// where the figure follows `from` directly.
fn named_level_before(analysis: &Analysis, mention: &Mention) -> Range<usize> {
    let sentence = &analysis.sentences[mention.sentence];
    let figure = analysis.token_at(mention.span.start);
    let floor = figure.saturating_sub(5).max(sentence.tokens.start);
    let from = (floor..figure).rev().find(|&at| {
        analysis
            .slice(analysis.tokens[at].span)
            .eq_ignore_ascii_case("from")
    });
    match from {
        Some(from) if from + 1 < figure => from + 1..figure,
        _ => figure..figure,
    }
}

/// The tokens after a mention up to `limit`, to the first comma, colon or stop.
fn clause_after(analysis: &Analysis, mention: &Mention, limit: usize) -> Range<usize> {
    let sentence = &analysis.sentences[mention.sentence];
    let start = analysis.token_at(mention.span.end);
    let gap = |from: usize, to: usize| {
        let text = analysis.slice(crate::source::Span::new(from, to.max(from)));
        text.contains([',', ';', ':', '.', '(', ')', '\u{2014}']) || text.contains(" - ")
    };
    // "4,902 — about a quarter — were given a placebo": an aside between dashes is passed
    // over; the token after its closing dash, if it closes within a few words.
    let dash = |from: usize, to: usize| {
        let text = analysis.slice(crate::source::Span::new(from, to.max(from)));
        (text.contains('\u{2014}') || text.contains(" - "))
            && !text.contains([',', ';', ':', '.', '(', ')'])
    };
    let aside_end = |open: usize| {
        (open..sentence.tokens.end.min(open + 6)).find_map(|at| {
            let next = analysis
                .tokens
                .get(at + 1)
                .filter(|_| at + 1 < sentence.tokens.end)?;
            dash(analysis.tokens[at].span.end, next.span.start).then_some(at + 1)
        })
    };
    let mut end = start;
    let mut aside = None;
    if start < sentence.tokens.end {
        let first = (mention.span.end, analysis.tokens[start].span.start);
        if gap(first.0, first.1) {
            aside = dash(first.0, first.1).then(|| aside_end(start)).flatten();
            if aside.is_none() {
                return start..start;
            }
        }
        while end < sentence.tokens.end && end - start < limit {
            end += 1;
            let next = analysis
                .tokens
                .get(end)
                .filter(|_| end < sentence.tokens.end)
                .map_or(sentence.span.end, |t| t.span.start);
            if gap(analysis.tokens[end - 1].span.end, next) {
                // (The aside's closing dash.)
                if aside == Some(end) {
                    continue;
                }
                break;
            }
        }
    }
    start..end
}

/// The words right before a figure in its clause, at most `limit`: not past a semicolon,
/// colon or bracket, or a conjunction (`80% beat profit forecasts and 64% topped revenue estimates`: nothing of
/// the first item is the 64%'s).
fn clause_before(analysis: &Analysis, mention: &Mention, limit: usize) -> Range<usize> {
    let sentence = analysis.sentences[mention.sentence].tokens.start;
    let end = analysis.token_at(mention.span.start);
    let mut start = end;
    while start > sentence && end - start < limit {
        let token = analysis.tokens[start - 1];
        let next = if start < end {
            analysis.tokens[start].span.start
        } else {
            mention.span.start
        };
        let gap = analysis.slice(crate::source::Span::new(
            token.span.end,
            next.max(token.span.end),
        ));
        let word = analysis.slice(token.span);
        if gap.contains([';', ':', '(', ')'])
            || ["and", "or", "but", "while", "whereas"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
        {
            break;
        }
        start -= 1;
    }
    start..end
}

/// A claim's context terms that describe rather than name (lower case: `career`, `placebo
/// group`).
fn descriptions(claim: &Claim) -> Vec<&crate::claims::Term> {
    claim
        .context
        .iter()
        .filter(|t| !t.speaker && !t.name.chars().next().is_some_and(char::is_uppercase))
        .collect()
}

/// Whether a claim's description (`career`) stands in the phrase of another figure of the
/// same kind in the sentence and not in this one's: in "guarantees Marsh at least £181,000 —
/// more than six times the £28,700 she had earned in her whole career", a claim about her
/// career is about £28,700.
fn described_elsewhere(claim: &Claim, analysis: &Analysis, mention: &Mention) -> bool {
    let descriptions = descriptions(claim);
    if descriptions.is_empty() {
        return false;
    }
    let has = |range: Range<usize>| {
        descriptions.iter().any(|term| {
            term.alternatives.iter().any(|phrase| {
                !analysis
                    .find_phrase(phrase, false, range.clone())
                    .is_empty()
            })
        })
    };
    // Its own phrase: the words after it, and the few right before it ("penalty after 23
    // minutes").
    // (Not past a comma: in "3.7 percent were diagnosed with type 2 diabetes, 3.8 percent
    // with cancer", `diabetes` is the item before's.)
    let own = |mention: &Mention| {
        let start = analysis.token_at(mention.span.start);
        let sentence = analysis.sentences[mention.sentence].tokens.start;
        let mut from = start;
        while from > start.saturating_sub(3).max(sentence)
            && !analysis.gap(from - 1, from).contains([',', ';'])
        {
            from -= 1;
        }
        has(clause_after(analysis, mention, 12)) || has(from..start)
    };
    // (Or those of the figure it restates, or is the level before of, or of the first
    // figure of its list: "The share of top grades was 41.4% in the North West, 40.9% in
    // the West Midlands and 41.3% in the East Midlands".)
    if own(mention)
        || names_list_head(analysis, mention).is_some_and(own)
        || restated(analysis, mention).is_some_and(own)
        || compared_with(analysis, mention).is_some_and(own)
    {
        return false;
    }
    let measured = |m: &Mention| matches!(&m.kind, MentionKind::Quantity(q) if q.unit.is_some());
    measured(mention)
        && analysis.mentions.iter().any(|other| {
            other.sentence == mention.sentence
                && other.span != mention.span
                && measured(other)
                && context::same_kind(other, mention)
                && has(clause_after(analysis, other, 12))
        })
}

/// Whether the figure's sentence, or the one before it in its paragraph, names the rate
/// `per`: its noun (`a share`, `per kWh`), its adjective (`a daily standing charge`), or its
/// unit in other words (`per kilowatt hour`).
fn rate_named(analysis: &Analysis, mention: &Mention, per: &str) -> bool {
    use crate::recognise::units::lookup;
    let per = crate::text::words::key(per).into_owned();
    let sentence = &analysis.sentences[mention.sentence];
    let paragraph = analysis
        .paragraphs
        .iter()
        .find(|p| p.start <= sentence.span.start && sentence.span.end <= p.end);
    let start = mention
        .sentence
        .checked_sub(1)
        .map(|before| &analysis.sentences[before])
        .filter(|before| paragraph.is_some_and(|p| p.start <= before.span.start))
        .map_or(sentence.tokens.start, |before| before.tokens.start);
    let tokens = start..sentence.tokens.end;
    // Its noun or adjective, by the article's index.
    let adjective = match crate::text::words::stem(&per).as_ref() {
        "day" => Some("daily"),
        "week" => Some("weekly"),
        "month" => Some("monthly"),
        "year" => Some("annual"),
        "hour" => Some("hourly"),
        _ => None,
    };
    let found = |word: &str| {
        !analysis
            .find_phrase(&crate::text::Phrase::new(word), false, tokens.clone())
            .is_empty()
    };
    if found(&per) || adjective.is_some_and(|a| found(a) || found(&format!("{a}ly"))) {
        return true;
    }
    // Its unit in other words, one or two of them (`per kilowatt hour` for `per kWh`).
    let Some(name) = lookup(&per).map(|m| m.name) else {
        return false;
    };
    let word = |t: usize| analysis.slice(analysis.tokens[t].span).to_lowercase();
    tokens.clone().any(|t| {
        lookup(&word(t)).is_some_and(|m| m.name == name)
            || (t + 1 < tokens.end
                && lookup(&format!("{} {}", word(t), word(t + 1))).is_some_and(|m| m.name == name))
    })
}

/// The first figure of the list of names' figures `mention` is an item of: the figures of
/// its kind before it in the sentence, nothing between them but names, figures and the
/// words that join them (`41.4% in the North West, 40.9% in the West Midlands and 41.3% in
/// the East Midlands`).
fn names_list_head<'m>(analysis: &'m Analysis, mention: &Mention) -> Option<&'m Mention> {
    if mention.bond != crate::recognise::Bond::Bound {
        return None;
    }
    let mut head = None;
    let mut end = analysis.token_at(mention.span.start);
    let figures: Vec<&Mention> = analysis
        .mentions
        .iter()
        .filter(|m| {
            m.sentence == mention.sentence
                && m.span.end <= mention.span.start
                && context::same_kind(m, mention)
        })
        .collect();
    let in_sentence: Vec<&Mention> = analysis
        .mentions
        .iter()
        .filter(|m| m.sentence == mention.sentence)
        .collect();
    for other in figures.into_iter().rev() {
        let start = analysis.token_at(other.span.end);
        let joins = (start..end).all(|t| {
            let word = analysis.slice(analysis.tokens[t].span);
            word.starts_with(char::is_uppercase)
                || word.starts_with(|c: char| c.is_ascii_digit())
                || in_sentence.iter().any(|m| {
                    m.span.start <= analysis.tokens[t].span.start
                        && analysis.tokens[t].span.end <= m.span.end
                })
                || [
                    "in", "at", "for", "on", "the", "and", "up", "down", "from", "with",
                ]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
        });
        if !joins || other.bond != crate::recognise::Bond::Bound {
            break;
        }
        head = Some(other);
        end = analysis.token_at(other.span.start);
    }
    head
}

/// Whether the claim names its figure's measure as `<noun> of` right before the value (`at a
/// depth of 25 km`) and the article's sentence names another figure of this kind so, not
/// this one: in "struck about 25 km off the town at a depth of 15 km", the 25 km is no depth.
fn measure_named_elsewhere(says: &str, analysis: &Analysis, mention: &Mention) -> bool {
    let words = crate::claims::claim_words(says);
    let Some(at) = words
        .iter()
        .position(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))
    else {
        return false;
    };
    // (`of` right before the value, perhaps past a qualifier: `a depth of about 25 km`.)
    let of = (at.saturating_sub(3)..at).rev().find(|&i| words[i] == "of");
    let Some(noun) = of.filter(|&i| i > 0).map(|i| words[i - 1].as_str()) else {
        return false;
    };
    if noun.len() < 4 || ["total", "most", "some", "each", "none", "rest"].contains(&noun) {
        return false;
    }
    let named = |m: &Mention| {
        let first = analysis.token_at(m.span.start);
        let sentence = analysis.sentences[m.sentence].tokens.start;
        let from = first.saturating_sub(4).max(sentence);
        let before: Vec<String> = (from..first)
            .map(|i| analysis.slice(analysis.tokens[i].span).to_lowercase())
            .collect();
        before
            .windows(2)
            .any(|pair| pair[0] == noun && pair[1] == "of")
    };
    !named(mention)
        && analysis.mentions.iter().any(|other| {
            other.sentence == mention.sentence
                && other.span != mention.span
                && context::same_kind(other, mention)
                && named(other)
        })
}

/// The next quantity after `mention` in its sentence.
fn next_figure<'m>(analysis: &'m Analysis, mention: &Mention) -> Option<&'m Mention> {
    analysis
        .mentions
        .iter()
        .filter(|m| m.sentence == mention.sentence && m.span.start >= mention.span.end)
        .filter(|m| matches!(m.kind, MentionKind::Quantity(_)))
        .min_by_key(|m| m.span.start)
}

/// A claimed age (`Grace Gibbs, 78,`) the article gives otherwise: the name, the claimed age
/// and the article's. Only where the article gives that name no age equal to the claim's.
fn other_age(analysis: &Analysis, ages: &[(String, f64)]) -> Option<(String, f64, f64)> {
    let same_name = |a: &str, b: &str| {
        let last = |s: &str| s.split_whitespace().next_back().map(str::to_lowercase);
        last(a).is_some() && last(a) == last(b)
    };
    ages.iter().find_map(|(name, age)| {
        let stated: Vec<f64> = analysis
            .mentions
            .iter()
            .filter(|m| {
                m.owner
                    .as_deref()
                    .is_some_and(|owner| same_name(owner, name))
            })
            .filter_map(|m| match &m.kind {
                MentionKind::Quantity(q) if q.age => Some(q.low),
                _ => None,
            })
            .collect();
        let differs = !stated.is_empty() && !stated.iter().any(|s| s == age);
        differs.then(|| (name.clone(), *age, stated[0]))
    })
}

/// Whether `stated` is a level of the claimed `level`'s measure with another value: the
/// level a change reached or came from, against the claim's.
/// (A sum in another currency is another level: "to $1.30" against a claimed "to €1.30".)
fn other_level(level: &Quantity, stated: &Mention, tolerance: crate::claims::Tolerance) -> bool {
    use crate::recognise::units::Dimension::Currency;
    let MentionKind::Quantity(q) = &stated.kind else {
        return false;
    };
    let (stated_kind, claimed_kind) = (
        q.measure().map(|m| m.dimension),
        level.measure().map(|m| m.dimension),
    );
    // (Major units only: "180 cents" is no other currency's "€1.80".)
    let major = |q: &Quantity| q.measure().is_some_and(|m| m.factor >= 1.0);
    match (stated_kind, claimed_kind) {
        (Some(Currency(stated)), Some(Currency(claimed)))
            if stated != claimed && major(q) && major(level) =>
        {
            true
        }
        _ => stated_kind == claimed_kind && !same_number(level, q.low, q.high, tolerance),
    }
}

/// Whether the words between a change and the next figure lead to the level it reached:
/// "rose 0.3% to $1.30", and past a short phrase of what it moved against ("fell 0.3% against
/// the dollar to $1.30", "rose 2% on the year to £3bn").
fn leads_to_level(gap: &str) -> bool {
    if gap == "to" {
        return true;
    }
    let words: Vec<&str> = gap.split_whitespace().collect();
    // ("on the year", "over the quarter"; not "on routes to 40 countries".)
    let timed = words
        .iter()
        .any(|w| ["year", "month", "week", "day", "quarter", "session"].contains(w));
    words.len() <= 6
        && words.last() == Some(&"to")
        && (["against", "versus", "vs"].contains(&words[0])
            || (["on", "over"].contains(&words[0]) && timed))
        && !gap.contains(|c: char| c == ',' || c == ';' || c.is_ascii_digit())
}

/// The way a level was reached where the article says it right after the figure (past its
/// own time: `6.7 per cent in the year to August, down from 6.8 per cent`): a change set
/// beside it (`48.3 per cent, up about three points on 2003`), or the level it is compared
/// with (`NOK124.76 billion, against NOK125.40 billion in 2016`: down).
fn way_beside(
    analysis: &Analysis,
    mention: &Mention,
    stated: &Quantity,
) -> Option<crate::recognise::quantity::Trend> {
    use crate::recognise::quantity::Trend;
    let next = next_figure(analysis, mention)?;
    let MentionKind::Quantity(beside) = &next.kind else {
        return None;
    };
    let between = analysis
        .slice(crate::source::Span::new(mention.span.end, next.span.start))
        .trim()
        .to_lowercase();
    // "rose by 6.7 per cent in the year to August, down from 6.8 per cent in July": the
    // figure's own time between it and its comma.
    let between = match between.split_once(',') {
        Some((time, rest))
            if !time.is_empty()
                && time.split_whitespace().count() <= 6
                && ["in ", "on ", "over ", "during ", "last ", "this "]
                    .iter()
                    .any(|w| time.starts_with(w))
                && analysis.mentions.iter().any(|m| {
                    matches!(m.kind, MentionKind::Date(_))
                        && mention.span.end <= m.span.start
                        && m.span.end <= next.span.start
                }) =>
        {
            format!(",{rest}")
        }
        _ => between,
    };
    let words: Vec<&str> = between
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if !between.starts_with(',') || words.len() > 3 {
        return None;
    }
    // "Turnout was 78.2%, lower than 82.2% in 2020": a level against an earlier one.
    let compared = matches!(
        words.as_slice(),
        ["against"]
            | ["compared", "with"]
            | ["compared", "to"]
            | ["versus"]
            | ["vs"]
            | ["lower", "than"]
            | ["higher", "than"]
            | ["down", "on"]
            | ["up", "on"]
    );
    // (Read as the next figure's qualifier: "78.2%, lower than 82.2% in 2020".)
    let comparing = words.is_empty()
        && beside.qualifier.as_ref().is_some_and(|q| {
            ["lower than", "higher than", "below", "above"].contains(&q.text.as_str())
        });
    let same_measure =
        beside.measure().map(|m| m.dimension) == stated.measure().map(|m| m.dimension);
    if (compared || comparing) && beside.change.is_none() && same_measure {
        return if beside.low > stated.high {
            Some(Trend::Down)
        } else if beside.high < stated.low {
            Some(Trend::Up)
        } else {
            None
        };
    }
    let plain = words.iter().all(|w| {
        [
            "up", "down", "a", "an", "rise", "fall", "drop", "gain", "of",
        ]
        .contains(w)
    });
    if plain && beside.reached.is_none() {
        return beside.change;
    }
    // "came second with 30.70%, up from 27.40%": the level before a change, set after the
    // level with the way it went.
    if beside.earlier && words.last() == Some(&"from") {
        return match words.as_slice() {
            ["up", "from"] => Some(Trend::Up),
            ["down", "from"] => Some(Trend::Down),
            _ => None,
        };
    }
    None
}

/// Whether the claim's context stands beside a part counted of the figure and not beside the
/// figure: in "They dropped eight catches in the match, three of them off Brook", `eight
/// catches off Brook` is said of the three.
fn said_of_a_part(claim: &Claim, analysis: &Analysis, mention: &Mention) -> bool {
    let Some(part) = next_figure(analysis, mention) else {
        return false;
    };
    let text = analysis.slice(part.span).to_lowercase();
    if !(text.ends_with(" of them") || text.ends_with(" of whom") || text.ends_with(" of those")) {
        return false;
    }
    let has = |range: Range<usize>| {
        claim.context.iter().any(|term| {
            term.alternatives.iter().any(|phrase| {
                !analysis
                    .find_phrase(phrase, false, range.clone())
                    .is_empty()
            })
        })
    };
    has(clause_after(analysis, part, 8)) && !has(clause_after(analysis, mention, 8))
}

/// Whether another figure of this kind in the sentence stands beside more of the claim's
/// description than this one, all that stands beside this one included: in "26 gave negative
/// guidance and 12 gave positive guidance", `Companies with positive guidance: 26` is about
/// the 12. Each figure's phrase ends where the next figure begins.
fn better_described_elsewhere(claim: &Claim, analysis: &Analysis, mention: &Mention) -> bool {
    let descriptions = descriptions(claim);
    if descriptions.len() < 2 {
        return false;
    }
    let in_sentence = |m: &&Mention| m.sentence == mention.sentence;
    // (Another figure's words are those after it: before it stand the previous clause's.)
    let beside = |m: &Mention, before_too: bool| -> Vec<bool> {
        let next = analysis
            .mentions
            .iter()
            .filter(in_sentence)
            .filter(|o| o.span.start >= m.span.end)
            .map(|o| analysis.token_at(o.span.start))
            .min()
            .unwrap_or(usize::MAX);
        let after = clause_after(analysis, m, 8);
        let after = after.start..after.end.min(next).max(after.start);
        let before = if before_too {
            clause_before(analysis, m, 4)
        } else {
            0..0
        };
        descriptions
            .iter()
            .map(|term| {
                term.alternatives.iter().any(|phrase| {
                    !analysis
                        .find_phrase(phrase, false, after.clone())
                        .is_empty()
                        || !analysis
                            .find_phrase(phrase, false, before.clone())
                            .is_empty()
                })
            })
            .collect()
    };
    // (With those of the figure it is compared with.)
    let mut own = beside(mention, true);
    if let Some(paired) = compared_with(analysis, mention) {
        for (own, theirs) in own.iter_mut().zip(beside(paired, false)) {
            *own |= theirs;
        }
    }
    analysis.mentions.iter().filter(in_sentence).any(|other| {
        other.span != mention.span && context::same_kind(other, mention) && {
            let theirs = beside(other, false);
            own.iter().zip(&theirs).all(|(o, t)| !o || *t)
                && theirs.iter().filter(|t| **t).count() > own.iter().filter(|o| **o).count()
        }
    })
}

/// Whether the words a sentence claim describes its figure with (`net revenue`) stand beside
/// another figure of this kind in the sentence and not beside this one: "$686 million in net
/// revenue, up 32 percent …, and $810 million in gross bookings, up 31 percent" — 31% is not
/// net revenue's.
fn described_otherwise(claimed: &QuantityClaim, analysis: &Analysis, mention: &Mention) -> bool {
    // A description of two words or more ("net revenue"): one word ("gust") is too common
    // to say which figure is meant.
    if claimed.described_by.len() < 2 {
        return false;
    }
    // Anywhere in the article: "Lime grew its average operational fleet by 20 percent" in
    // one paragraph says which figure the fleet's is, whatever other 30% rise is near the
    // claim's name in another.
    // (Of a long description, half its words: "beat Wall Street's profit forecasts" of
    // `64% of reporting companies beat Wall Street's profit forecasts`.)
    let enough = claimed.described_by.len().div_ceil(2).max(2);
    // (A list item is described by the words before its list's first figure.)
    let own = description_beside(claimed, analysis, mention).max(
        names_list_head(analysis, mention)
            .map_or(0, |head| description_beside(claimed, analysis, head)),
    );
    own == 0
        && analysis.mentions.iter().any(|other| {
            other.span != mention.span
                && context::same_kind(other, mention)
                && description_beside(claimed, analysis, other) >= enough
        })
}

/// The year a claim's period starts at: `2011` of `has grown 23.5% since 2011`.
fn since_year(says: &str) -> Option<String> {
    let words: Vec<&str> = says
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    words
        .windows(2)
        .find(|pair| pair[0].eq_ignore_ascii_case("since") && is_year(pair[1]))
        .map(|pair| pair[1].to_string())
}

/// "grown 23.5% since 2011" against "Between 2001 and 2011, … Newham 23.5%": a claim's
/// period starting at a year, where the figure's sentence gives that year only as the end of
/// a period ("between 2001 and 2011", "from 2001 to 2011", "2001-2011"). The article's words
/// for the period.
fn period_ending_at_since(year: &str, analysis: &Analysis, mention: &Mention) -> Option<String> {
    let sentence_span = analysis.sentences[mention.sentence].span;
    let sentence = analysis.slice(sentence_span);
    let (figure_start, figure_end) = (
        mention.span.start - sentence_span.start,
        mention.span.end - sentence_span.start,
    );
    let mut ends = Vec::new();
    for (at, _) in sentence.match_indices(year) {
        // (The figure's own period: before it, or right after it in its clause; not "the
        // 2010-2011 season".)
        let own = if at < figure_start {
            true
        } else {
            at >= figure_end && !sentence[figure_end..at].contains([',', ';'])
        };
        if !own
            || sentence[at + year.len()..]
                .trim_start()
                .starts_with("season")
        {
            continue;
        }
        let before = sentence[..at].trim_end();
        let opener = before.rsplit(' ').next().unwrap_or("");
        if opener.eq_ignore_ascii_case("since") || opener.eq_ignore_ascii_case("from") {
            return None;
        }
        let (joiner, joined) = ["and", "to", "-", "–"].iter().find_map(|joiner| {
            before
                .strip_suffix(joiner)
                .map(|rest| (*joiner, rest.trim_end()))
        })?;
        let (head, start) = joined
            .rsplit_once(|c: char| !c.is_ascii_digit())
            .unwrap_or(("", joined));
        let opener = head.trim_end().to_lowercase();
        let opened =
            opener.ends_with("between") || opener.ends_with("from") || matches!(joiner, "-" | "–");
        if !is_year(start) || !opened {
            return None;
        }
        ends.push(format!("{start} to {year}"));
    }
    ends.into_iter().next()
}

/// Capitalised words no place's name holds: a sentence's opening preposition or article.
const PLACE_STOPS: &[&str] = &[
    "the", "in", "on", "at", "of", "for", "from", "across", "into", "near", "a", "an", "and",
];

/// Nouns a named place of a kind ends with: `Raqqa province`, `Orange County`.
const PLACE_KINDS: &[&str] = &[
    "province",
    "county",
    "region",
    "district",
    "governorate",
    "prefecture",
    "borough",
    "oblast",
    "parish",
];

/// The named places of a kind in `text`: ("raqqa", "province") of "in Raqqa province", ("deir
/// ez-zor", "province") of "on Deir ez-Zor province". A name is up to three words, each with
/// a capital letter, or a lower-case particle inside one (`ez-Zor`, `de`).
fn places_of_kind(text: &str) -> Vec<(String, String)> {
    let raw: Vec<&str> = text.split_whitespace().collect();
    let words: Vec<&str> = raw
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .collect();
    let mut found = Vec::new();
    for (at, word) in words.iter().enumerate() {
        let kind = word.to_lowercase();
        if at == 0 || !PLACE_KINDS.contains(&kind.as_str()) {
            continue;
        }
        // (A name ends at a mark: "the Kenya Red Cross, Tana River county".)
        // (Nor a sentence's capitalised first word, "In Raqqa province", nor a possessive,
        // "Afghanistan's Helmand province".)
        let named = |i: usize| {
            words[i].chars().any(char::is_uppercase)
                && !PLACE_STOPS.contains(&words[i].to_lowercase().as_str())
                && !words[i].ends_with("'s")
                && !words[i].ends_with("\u{2019}s")
                && (i + 1 == at || !raw[i].ends_with([',', ';', ':', '.', ')']))
        };
        let mut start = at;
        while start > 0 && at - start < 3 && named(start - 1) {
            start -= 1;
        }
        // ("the State of", "Sunday's county": a sentence's first word alone is no name.)
        if start == at || (start == 0 && at == 1) {
            continue;
        }
        let name = words[start..at].join(" ").to_lowercase();
        found.push((name, kind));
    }
    found
}

/// "More than 80 children were killed in Raqqa province" against "84 children were killed in
/// strikes on Deir ez-Zor province": the figure's sentence names one place of the claim's
/// kind, and not the claim's. The article's place.
fn other_place_of_kind(
    claimed: &[(String, String)],
    analysis: &Analysis,
    mention: &Mention,
) -> Option<String> {
    if claimed.is_empty() {
        return None;
    }
    let sentence = analysis.slice(analysis.sentences[mention.sentence].span);
    let stated = places_of_kind(sentence);
    claimed.iter().find_map(|(name, kind)| {
        let of_kind: Vec<&String> = stated
            .iter()
            .filter(|(_, k)| k == kind)
            .map(|(n, _)| n)
            .collect();
        (!of_kind.is_empty() && of_kind.iter().all(|other| *other != name))
            .then(|| format!("{} {kind}", of_kind[0]))
    })
}

/// The kind of a noun the claim gives its figure (`punitive damages` of `$35 million in
/// punitive damages`), read after its value as written.
fn claimed_kind(says: &str, value_text: &str) -> Option<(String, String)> {
    let says = says.to_lowercase();
    let value = value_text.to_lowercase();
    let at = says.find(&value)? + value.len();
    kind_after(&says[at..])
}

/// The kind of a noun a figure is given `in`, `of` or `for` in the first words after it
/// (`$35 million in punitive damages`, `20% of private renters`): the lower-case modifier and
/// the noun.
fn kind_after(text: &str) -> Option<(String, String)> {
    let words: Vec<&str> = text
        .split_whitespace()
        .take(6)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .collect();
    let at = words
        .iter()
        .take(3)
        .position(|w| ["in", "of", "for"].contains(w))?;
    let mut kind = &words[at + 1..];
    if kind
        .first()
        .is_some_and(|w| ["the", "its", "their"].contains(w))
    {
        kind = &kind[1..];
    }
    let plain = |w: &&str| {
        w.len() > 2
            && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && !CLAIM_STOP_WORDS.contains(w)
    };
    match kind {
        [modifier, noun, ..] if plain(modifier) && plain(noun) => {
            Some((modifier.to_string(), noun.to_string()))
        }
        _ => None,
    }
}

/// Words no modifier of a kind is: "in total damages" is one, "in the last year" none.
const CLAIM_STOP_WORDS: &[&str] = &[
    "and", "but", "the", "last", "first", "next", "previous", "past", "same", "this", "that",
    "each", "every", "all", "other", "more", "less", "such", "which", "what",
];

/// "$35 million in punitive damages" against "had sought $35 million in compensatory damages":
/// the claim's figure is of one kind of a noun and the article's of another, where the
/// article names the claim's kind of it elsewhere ("$23.6 billion in punitive damages"). The
/// article's kind.
fn other_kind(
    (modifier, noun): &(String, String),
    analysis: &Analysis,
    mention: &Mention,
) -> Option<String> {
    let sentence_end = analysis.sentences[mention.sentence].span.end;
    let after = analysis.slice(crate::source::Span::new(mention.span.end, sentence_end));
    let (stated_modifier, stated_noun) = kind_after(after)?;
    let stem = |w: &str| crate::text::words::stem(w).into_owned();
    if stem(noun) != stem(&stated_noun) || stem(modifier) == stem(&stated_modifier) {
        return None;
    }
    // (The claim's kind must be another figure's: "$23.6 billion in punitive damages"; not a
    // word the article uses of nothing it counts, "extra funding" against "new funding".)
    let another_figure_of_it = analysis.mentions.iter().any(|other| {
        other.span != mention.span
            && matches!(other.kind, MentionKind::Quantity(_))
            && kind_after(analysis.slice(crate::source::Span::new(
                other.span.end,
                analysis.sentences[other.sentence].span.end,
            )))
            .is_some_and(|(m, n)| stem(&m) == stem(modifier) && stem(&n) == stem(noun))
    });
    another_figure_of_it.then(|| format!("{stated_modifier} {stated_noun}"))
}

/// The owner of `mention`, a share of a plain noun (`women`), where a word the claim
/// describes its figure with (`men` of `21.9 per cent of men`) is the whole owner of another
/// figure of this kind in the sentence, and no word of this one's.
fn owned_by_another_of(
    claimed: &QuantityClaim,
    analysis: &Analysis,
    mention: &Mention,
) -> Option<String> {
    // (Each a share of whom `of` names right after it.)
    let partitive = |m: &Mention| {
        let owner = m.owner.as_deref().unwrap_or("");
        let sentence_end = analysis.sentences[m.sentence].span.end;
        let after = analysis.slice(crate::source::Span::new(m.span.end, sentence_end));
        let after = after.trim_start();
        !owner.is_empty()
            && owner
                .chars()
                .all(|c| c.is_lowercase() || c == ' ' || c == '-')
            && after
                .strip_prefix("of ")
                .map(|rest| rest.strip_prefix("the ").unwrap_or(rest))
                .is_some_and(|rest| rest.starts_with(owner))
    };
    if !partitive(mention) {
        return None;
    }
    let owner = mention.owner.as_deref()?;
    let own = stems(owner);
    let described: Vec<String> = claimed
        .described_by
        .iter()
        .flat_map(|p| stems(p.text()))
        .filter(|stem| !own.contains(stem))
        .collect();
    let taken = analysis.mentions.iter().any(|other| {
        other.sentence == mention.sentence
            && other.span != mention.span
            && context::same_kind(other, mention)
            && partitive(other)
            && other
                .owner
                .as_deref()
                .is_some_and(|theirs| stems(theirs).iter().all(|s| described.contains(s)))
    });
    taken.then(|| owner.to_string())
}

/// The stems of `text`'s words (`women` → `woman`): how owners and descriptions compare.
fn stems(text: &str) -> Vec<String> {
    crate::text::Phrase::new(text)
        .words()
        .map(|w| w.stem().to_string())
        .collect()
}

/// Whether `mention`'s owner is a common noun phrase (`average fare`) whose every word the
/// claim says.
fn owner_named_by_claim(says: &str, analysis: &Analysis, mention: &Mention) -> bool {
    let Some(owner) = mention.owner.as_deref() else {
        return false;
    };
    // (Capitalised only where it opens its sentence: "Passenger numbers rose 7 percent".)
    let sentence = &analysis.sentences[mention.sentence];
    let opening = analysis.slice(analysis.tokens[sentence.tokens.start].span);
    let common = owner
        .split(' ')
        .enumerate()
        .all(|(at, word)| !word.starts_with(char::is_uppercase) || (at == 0 && word == opening));
    let said = stems(says);
    let owned = stems(owner);
    !owned.is_empty() && common && owned.iter().all(|w| said.contains(w))
}

/// Whether a claim says its figure is of the whole country (`national`, `nationwide`).
fn claims_national(says: &str) -> bool {
    says.split(|c: char| !c.is_alphabetic())
        .any(|w| NATIONAL.iter().any(|n| w.eq_ignore_ascii_case(n)))
        || says.to_lowercase().contains("across the country")
}

/// Words saying a figure is of the whole country.
const NATIONAL: &[&str] = &["national", "nationally", "nationwide", "countrywide"];

/// The part of a country a figure's clause scopes it to, before the figure (`in the state`
/// of "The two-party swing to Labor in the state was 10.6%", `in WA` of "Turnout in WA was
/// 88.0 per cent"): `in` with a capitalised place or a noun of a part, where the words
/// before the figure say nothing national.
fn scoped_to_a_part(analysis: &Analysis, mention: &Mention) -> Option<String> {
    const PARTS: &[&str] = &[
        "state",
        "region",
        "province",
        "county",
        "city",
        "seat",
        "constituency",
        "electorate",
        "district",
        "territory",
        "borough",
        "ward",
    ];
    let sentence = &analysis.sentences[mention.sentence];
    let figure = analysis.token_at(mention.span.start);
    let words: Vec<&str> = (sentence.tokens.start..figure)
        .map(|t| analysis.slice(analysis.tokens[t].span))
        .collect();
    if words.iter().any(|w| {
        NATIONAL
            .iter()
            .chain(&["overall", "country"])
            .any(|n| w.eq_ignore_ascii_case(n))
    }) {
        return None;
    }
    words.windows(3).find_map(|three| {
        if !three[0].eq_ignore_ascii_case("in") {
            return None;
        }
        let place = three[1].starts_with(char::is_uppercase)
            && !crate::recognise::vocabulary::is_calendar_word(three[1])
            && !["The", "A", "An", "His", "Her", "Its", "Their"].contains(&three[1]);
        let part = three[1].eq_ignore_ascii_case("the")
            && PARTS.iter().any(|p| three[2].eq_ignore_ascii_case(p));
        if place {
            Some(format!("in {}", three[1]))
        } else if part {
            Some(format!("in the {}", three[2]))
        } else {
            None
        }
    })
}

/// Whether a claim says its figure is of a time before the news (`a year earlier`, `the
/// previous year`).
fn claims_a_time_before(says: &str) -> bool {
    let says = says.to_lowercase();
    [
        "a year earlier",
        "a year before",
        "the year before",
        "the previous year",
        "a month earlier",
        "a quarter earlier",
        "a year ago",
        "a decade earlier",
    ]
    .iter()
    .any(|time| {
        // (Not the time a change is measured against: "0.9% higher than a year ago", "up
        // 5% on a year earlier".)
        // (Nor the date of a level before: "widened to 9.3 percent from 8.4 percent a year
        // earlier".)
        says.match_indices(time).any(|(at, _)| {
            !["than ", "on ", "from ", "with ", "over ", "since "]
                .iter()
                .any(|joiner| says[..at].ends_with(joiner))
                && !says[..at].contains(" from ")
        })
    })
}

/// Whether the figure's sentence speaks of a time before the news: its words (`earlier`,
/// `ago`, `previous`, `last year`), or a year it dates something `in`.
fn says_a_time_before(analysis: &Analysis, mention: &Mention) -> bool {
    let tokens = analysis.sentences[mention.sentence].tokens.clone();
    let words = [
        "earlier",
        "ago",
        "previous",
        "previously",
        "a year before",
        "last year",
    ];
    let said = words.iter().any(|words| {
        !analysis
            .find_phrase(&crate::text::Phrase::new(words), false, tokens.clone())
            .is_empty()
    });
    let in_a_year = analysis.mentions.iter().any(|m| {
        m.sentence == mention.sentence
            && matches!(m.kind, MentionKind::Date(_))
            && analysis.slice(m.span).starts_with(['1', '2'])
            && analysis
                .token_at(m.span.start)
                .checked_sub(1)
                .is_some_and(|at| {
                    analysis
                        .slice(analysis.tokens[at].span)
                        .eq_ignore_ascii_case("in")
                })
    });
    said || in_a_year
}

/// The compass direction among the few words after `value` in `text` (`northeast` of `100
/// miles northeast of Columbia`), hyphens dropped.
fn compass_after(text: &str, value: &str) -> Option<String> {
    let at = text.find(value)? + value.len();
    text[at..]
        .split_whitespace()
        .take(3)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphabetic())
                .to_lowercase()
                .replace('-', "")
        })
        .find(|w| crate::text::words::COMPASS_POINTS.contains(&w.as_str()))
}

/// The figure right before `mention` in its sentence, with the words between them trimmed
/// (`restated`, `compared_with`).
fn figure_before<'m>(analysis: &'m Analysis, mention: &Mention) -> Option<(&'m Mention, &'m str)> {
    let before = analysis
        .mentions
        .iter()
        .filter(|m| m.sentence == mention.sentence && m.span.end <= mention.span.start)
        .filter(|m| matches!(m.kind, MentionKind::Quantity(_)))
        .max_by_key(|m| m.span.end)?;
    let gap = analysis.slice(crate::source::Span::new(
        before.span.end,
        mention.span.start,
    ));
    Some((before, gap.trim()))
}

/// The figure `mention` restates, set off by a comma or a dash and `or` right after it:
/// `1.5 per cent` of `climbed 1.5 per cent – or £5,389 – to`, `$1.57` of `rose $1.57, or
/// 1.7%,`; or the level a level before a change is paired with (`5.7%` of `rose to 5.7% in
/// October, up from 5.5%`). What describes that figure describes this one.
fn restated<'m>(analysis: &'m Analysis, mention: &Mention) -> Option<&'m Mention> {
    let (before, gap) = figure_before(analysis, mention)?;
    let set_off = gap
        .strip_suffix("or")
        .map(str::trim_end)
        .is_some_and(|mark| matches!(mark, "," | "-" | "\u{2013}" | "\u{2014}"));
    // "rose to 5.7% in October, up from 5.5% in September": the level before is of what
    // the level reached is of.
    let level_before = matches!(&mention.kind, MentionKind::Quantity(q) if q.earlier)
        && context::same_kind(before, mention)
        && gap.split_whitespace().count() <= 6
        && !gap.contains([';', '.', ':'])
        && gap.split_whitespace().any(|w| w == "from" || w == "with");
    (set_off || level_before).then_some(before)
}

/// The figure `mention` is set against (`21.9 per cent` of `21.9 per cent of women had poor
/// health, compared with 30.5 per cent of men`): of what that one is said to be, this one is
/// too.
fn compared_with<'m>(analysis: &'m Analysis, mention: &Mention) -> Option<&'m Mention> {
    let (before, gap) = figure_before(analysis, mention)?;
    let compared = context::same_kind(before, mention)
        && !gap.contains([';', '.', ':'])
        && [
            "compared with",
            "compared to",
            "against",
            "versus",
            "vs",
            "vs.",
        ]
        .iter()
        .any(|joiner| gap.ends_with(joiner));
    compared.then_some(before)
}

/// How many of the words a sentence claim describes its figure with stand in the phrase of
/// `mention`: the words after it, and the few before it in its clause.
fn description_beside(claimed: &QuantityClaim, analysis: &Analysis, mention: &Mention) -> usize {
    if claimed.described_by.is_empty() {
        return 0;
    }
    // Its own words too (`of the Covid-19 patients` of `38% of the Covid-19 patients`), and
    // its clause after it; and those of the figure it restates or is the level before of.
    let beside = |mention: &Mention| {
        let after = clause_after(analysis, mention, 12);
        let after = analysis.token_at(mention.span.start).min(after.start)..after.end;
        let before = clause_before(analysis, mention, 4);
        claimed
            .described_by
            .iter()
            .filter(|p| {
                !analysis.find_phrase(p, false, after.clone()).is_empty()
                    || !analysis.find_phrase(p, false, before.clone()).is_empty()
            })
            .count()
    };
    // (Or the figure it is compared with.)
    [
        restated(analysis, mention),
        compared_with(analysis, mention),
    ]
    .into_iter()
    .flatten()
    .map(beside)
    .fold(beside(mention), usize::max)
}

/// Whether a claim's context term stands right after a figure, in its phrase: `transition`
/// of `a 21-month transition period`.
fn term_beside(claim: &Claim, analysis: &Analysis, mention: &Mention) -> bool {
    let after = clause_after(analysis, mention, 3);
    claim.context.iter().any(|term| {
        term.alternatives.iter().any(|phrase| {
            !analysis
                .find_phrase(phrase, false, after.clone())
                .is_empty()
        })
    })
}

/// Whether the missing context term `name` is the claim's date, or a part of it, and the
/// figure stands in that date all the same, and how: a date in the figure's window agrees with the
/// claim's (`on August 12` against "on Aug. 12"), or the figure states no date of its own,
/// no other date sets it from before it in its paragraph, and the story's headline or
/// opening gives the claim's date ("Bars and restaurants added 69,000 jobs in September"
/// against "Food services and drinking places added 69,000 jobs" in a story headlined "US
/// hiring surges in September").
fn date_term_answered(
    analysis: &Analysis,
    claim: &Claim,
    mention: &Mention,
    stated: &Quantity,
    date: &ClaimDate<'_>,
    own_date: Option<&Mention>,
    name: &str,
) -> DateTerm {
    if !date.terms.contains(&name) {
        return DateTerm::No;
    }
    let when = date.when;
    let agrees = |m: &Mention| matches!(&m.kind, MentionKind::Date(d) if d.agrees_with(when));
    let window = analysis.window_span(mention.sentence, claim.within);
    let dates = || {
        analysis
            .mentions
            .iter()
            .filter(|m| matches!(m.kind, MentionKind::Date(_)))
    };
    if dates().any(|m| window.start <= m.span.start && m.span.end <= window.end && agrees(m)) {
        return DateTerm::InWindow;
    }
    // (Not a level before a change, a forecast, or a figure of another time.)
    if own_date.is_some()
        || stated.earlier
        || stated.expected
        || stated.irrealis
        || stated.another_time
    {
        return DateTerm::No;
    }
    let paragraph = analysis.sentences[mention.sentence].paragraph;
    let set_before = dates().any(|m| {
        analysis.sentences[m.sentence].paragraph == paragraph
            && m.span.end <= mention.span.start
            && !agrees(m)
    });
    if set_before || !date.in_story {
        return DateTerm::No;
    }
    DateTerm::StoryTime
}

/// A claim's date, read once per claim: its value, the context terms that name it or a
/// part of it (`September`), and whether the story's headline or opening paragraph gives it
/// (the one after it too, where the opening is a byline or a dateline).
struct ClaimDate<'a> {
    when: &'a crate::recognise::DateValue,
    terms: Vec<&'a str>,
    in_story: bool,
}

impl<'a> ClaimDate<'a> {
    /// `None` where the claim has no date, or no context term names it.
    fn of(claim: &'a Claim, claimed: &'a QuantityClaim, analysis: &Analysis) -> Option<Self> {
        let when = claimed.when.as_ref()?;
        let terms: Vec<&str> = claim
            .context
            .iter()
            .map(|term| &*term.name)
            .filter(|name| {
                crate::recognise::parse_date(name).is_some_and(|(date, _)| when.agrees_with(&date))
            })
            .collect();
        if terms.is_empty() {
            return None;
        }
        let first = analysis.sentences.partition_point(|s| s.paragraph < 1);
        let in_story = first < analysis.sentences.len() && {
            let opening = analysis.window(first, crate::text::Within::Paragraph);
            let last = if opening.len() < 12 { 2 } else { 1 };
            analysis.mentions.iter().any(|m| {
                analysis.sentences[m.sentence].paragraph <= last
                    && matches!(&m.kind, MentionKind::Date(d) if d.agrees_with(when))
            })
        };
        Some(ClaimDate {
            when,
            terms,
            in_story,
        })
    }
}

/// How a claim's date term stands for a figure ([`date_term_answered`]).
enum DateTerm {
    /// A date in the figure's window agrees with the claim's.
    InWindow,
    /// The figure has no date of its own, and the story's is the claim's.
    StoryTime,
    /// Neither: the term is missing.
    No,
}

/// Words of a claim about the news's own time.
const NOW_WORDS: &[&str] = &[
    "currently",
    "now",
    "today",
    "still",
    "is",
    "are",
    "stands",
    "stand",
    "remains",
    "remain",
];

/// Verbs of a claim about an event of its own time, past: `Inflation peaked at 11.1%`.
const PAST_EVENT: &[&str] = &["peaked", "killed", "struck", "died", "hit", "reached"];

/// Where a figure stands in a `when` clause after a comma and a time (`…in August 2024, when
/// rates stood at 5.25%`), the figure of that time: the sentence's words before the clause,
/// lower-cased. (Not "…, when compared with £900m the year before".)
fn when_clause_time(analysis: &Analysis, mention: &Mention) -> Option<String> {
    let sentence = analysis.sentences[mention.sentence].span;
    let before = analysis.slice(crate::source::Span::new(sentence.start, mention.span.start));
    // (The comma of a clause, not of "12,000".)
    let (time, clause) = before.rsplit_once(", ")?;
    let last = time
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric());
    let a_time =
        is_year(last) || last == "ago" || crate::recognise::dates::is_day_or_month_name(last);
    if !a_time {
        return None;
    }
    let words: Vec<&str> = clause.split_whitespace().collect();
    // (Not the level before a change in it: "when they were slashed from 1%".)
    let from = |w: &&str| w.eq_ignore_ascii_case("from") || w.eq_ignore_ascii_case("since");
    (words.len() <= 6
        && words
            .first()
            .is_some_and(|w| w.eq_ignore_ascii_case("when"))
        && !words.iter().any(from))
    .then(|| time.to_lowercase())
}

/// The date a figure states: the first date after it before the next figure, else the
/// last date before it with no other figure between (`fell to 3.4% in June from 3.8% in
/// May`: June, May; `In June, prices rose 3%`: June).
fn figure_date<'m>(analysis: &'m Analysis, mention: &Mention) -> Option<&'m Mention> {
    let in_sentence = |m: &&Mention| m.sentence == mention.sentence && m.span != mention.span;
    let is_figure = |m: &Mention| matches!(m.kind, MentionKind::Quantity(_));
    let next_figure = analysis
        .mentions
        .iter()
        .filter(in_sentence)
        .filter(|m| is_figure(m) && m.span.start >= mention.span.end)
        .map(|m| m.span.start)
        .min()
        .unwrap_or(usize::MAX);
    let previous_figure = analysis
        .mentions
        .iter()
        .filter(in_sentence)
        .filter(|m| is_figure(m) && m.span.end <= mention.span.start)
        .map(|m| m.span.end)
        .max()
        .unwrap_or(0);
    let dates = || {
        analysis
            .mentions
            .iter()
            .filter(in_sentence)
            .filter(|m| matches!(m.kind, MentionKind::Date(_)))
    };
    // "climbed 0.9% from May", "up 5% since 2019": a baseline is not the figure's date. (A
    // level's `from July` right after it is when it starts: "to £1,818 from July".)
    let level = matches!(&mention.kind, MentionKind::Quantity(q) if q.change.is_none());
    let starts = |d: &&Mention| {
        level
            && analysis
                .slice(crate::source::Span::new(mention.span.end, d.span.start))
                .trim()
                .eq_ignore_ascii_case("from")
    };
    // The words of the sentence before a date, last first.
    let words_before = |d: &Mention| {
        analysis
            .slice(crate::source::Span::new(
                analysis.sentences[mention.sentence].span.start,
                d.span.start,
            ))
            .split_whitespace()
            .rev()
    };
    let baseline = |d: &&Mention| {
        if starts(d) {
            return false;
        }
        let last = words_before(d).next().unwrap_or("");
        ["from", "since", "than", "with"]
            .iter()
            .any(|w| last.eq_ignore_ascii_case(w))
    };
    // "In results released on Tuesday, the firm reported $686 million", "…, it said on
    // Tuesday": the day a statement was made is not the date of the figure it gives.
    let of_a_statement = |d: &&Mention| {
        let mut words = words_before(d).map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        });
        let mut last = words.next().unwrap_or_default();
        if last == "on" {
            last = words.next().unwrap_or_default();
        }
        STATEMENT_VERBS.contains(&last.as_str())
            || crate::recognise::vocabulary::is_speech_verb(&last)
    };
    let before = dates()
        .filter(|d| !of_a_statement(d))
        .filter(|d| d.span.end <= mention.span.start && d.span.start >= previous_figure)
        .max_by_key(|d| d.span.start)
        // "the 2009-10 financial year will come to £167bn": a year written as two is named
        // by its first.
        .map(|mut date| {
            while let Some(previous) = dates().find(|d| {
                d.span.end <= date.span.start
                    && matches!(
                        analysis
                            .slice(crate::source::Span::new(d.span.end, date.span.start))
                            .trim(),
                        "-" | "–" | "/"
                    )
            }) {
                date = previous;
            }
            date
        });
    // "more than 58,000 homes were without power; by Sunday the figure had fallen to just
    // over 17,000": a date past a clause's end is the next clause's.
    let same_clause = |d: &&Mention| {
        let between = analysis
            .slice(crate::source::Span::new(mention.span.end, d.span.start))
            .to_lowercase();
        !between.contains(';')
            && !between.contains(", and ")
            && !between
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| ["but", "while", "whereas"].contains(&w))
            // "In 1998 he was jailed for 18 months for assault, in 2006 he was fined £750": a
            // date opening the next clause after a comma, where one opens the figure's.
            && (before.is_none()
                || !between.contains(", in ")
                || !between.trim_end().ends_with("in"))
    };
    dates()
        .filter(|d| d.span.start >= mention.span.end && d.span.end <= next_figure)
        .filter(|d| !baseline(d) && same_clause(d) && !of_a_statement(d))
        .min_by_key(|d| d.span.start)
        .or(before)
}

/// Verbs of publishing: a date right after one (`released on Tuesday`) is the day of the
/// statement, as after a verb of saying.
const STATEMENT_VERBS: &[&str] = &[
    "released",
    "published",
    "announced",
    "issued",
    "unveiled",
    "disclosed",
    "posted",
    "reported",
];

/// The article's figure of a setting's measure (or a count of its noun) nearest `mention` in
/// its sentence (one past a comma counts as farther than any before it), where that figure is
/// not the claim's setting figure: `18 months` for `12 months`, `38 games` for `27 league
/// games`.
fn setting_differs(
    setting: &Quantity,
    claim: &Claim,
    analysis: &Analysis,
    mention: &Mention,
) -> Option<String> {
    // Of the setting's measure, or a count of its noun ("in 27 league games"), or an age
    // ("children under 10" against "adults over 15").
    let unit = setting.unit.as_ref();
    if unit.is_none() && !setting.age {
        return None;
    }
    let stem = |head: &str| crate::text::words::stem(head).to_string();
    let alike = |q: &Quantity| match (setting.measure(), q.measure()) {
        _ if setting.age => q.age,
        (Some(ours), Some(theirs)) => ours.name == theirs.name,
        (None, None) => q
            .unit
            .as_ref()
            .zip(unit)
            .is_some_and(|(theirs, unit)| stem(&theirs.head) == stem(&unit.head)),
        _ => false,
    };
    let beside: Vec<&Mention> = analysis
        .mentions
        .iter()
        .filter(|m| m.sentence == mention.sentence && m.span != mention.span)
        .filter(|m| {
            let between = if m.span.start >= mention.span.end {
                crate::source::Span::new(mention.span.end, m.span.start)
            } else {
                crate::source::Span::new(m.span.end, mention.span.start.max(m.span.end))
            };
            !analysis.slice(between).contains([';', '.'])
        })
        .filter(|m| matches!(&m.kind, MentionKind::Quantity(q) if alike(q)))
        .collect();
    // The nearest one is the figure's ("five-year … 4.83 per cent, while two-year deals
    // average 5.1 per cent": `two-year` is 5.1's).
    let distance = |m: &&&Mention| {
        let between = if m.span.start >= mention.span.end {
            crate::source::Span::new(mention.span.end, m.span.start)
        } else {
            crate::source::Span::new(m.span.end, mention.span.start.max(m.span.end))
        };
        // One in another clause is farther than any in the figure's own.
        let clauses = analysis.slice(between).matches(',').count();
        clauses * 1000 + between.end - between.start
    };
    let nearest = beside.iter().min_by_key(distance)?;
    // (An age's bound goes one way: "children under 10" is not "people over 10".)
    let way = |q: &Quantity| q.qualifier.as_ref().map(|q| q.direction);
    let agrees = matches!(&nearest.kind, MentionKind::Quantity(q)
            if same_number(setting, q.low, q.high, claim.tolerance)
                && (!setting.age || way(q) == way(setting)));
    (!agrees).then(|| mention_text(analysis, nearest))
}

/// Whether a claim says `all` of its value (`in all 55 counties`).
fn claims_all(says: &str, value: &str) -> bool {
    let lower = says.to_lowercase();
    let value = value.to_lowercase();
    lower.find(&value).is_some_and(|at| {
        let before = lower[..at].trim_end();
        before.ends_with(" all") || before.ends_with(" all the") || before == "all"
    })
}

/// Whether the claim's words right before its value (`value`, past a qualifier) say it is a
/// level: a form of `be` (`sales were $5bn`), `worth`, `stood at`, or `value of`.
fn states_a_level(says: &str, value: &str) -> bool {
    const QUALIFYING: &[&str] = &[
        "about",
        "around",
        "roughly",
        "approximately",
        "nearly",
        "almost",
        "some",
        "just",
        "over",
        "under",
        "more",
        "less",
        "fewer",
        "than",
        "at",
        "least",
        "most",
        "up",
        "to",
        "below",
        "above",
        "only",
    ];
    let lower = says.to_lowercase();
    let Some(at) = lower.find(&value.to_lowercase()) else {
        return false;
    };
    let mut words: Vec<&str> = lower[..at]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // (`stood at`, `worth`, `value of`: the words that say it, before any qualifier.)
    if let [.., verb, "at"] = words.as_slice()
        && ["stood", "stands", "stand", "standing"].contains(verb)
    {
        return true;
    }
    while words.last().is_some_and(|w| QUALIFYING.contains(w)) {
        words.pop();
    }
    if let [.., noun, "of"] = words.as_slice() {
        return [
            "value",
            "valuation",
            "capitalisation",
            "capitalization",
            "worth",
        ]
        .contains(noun);
    }
    // (Not a change named by its noun: "The cut was $5bn", "the increase was 500 jobs", "the
    // loss was $5m".)
    let names_a_change = |noun: &str| {
        crate::recognise::quantity::is_change_noun(noun)
            || ["loss", "losses", "change", "changes", "saving", "savings"].contains(&noun)
    };
    match words.as_slice() {
        [.., noun, verb] if ["is", "are", "was", "were", "be", "been"].contains(verb) => {
            !names_a_change(noun)
        }
        [.., verb] => ["is", "are", "was", "were", "be", "been", "worth"].contains(verb),
        [] => false,
    }
}

/// Whether a figure is the whole a part of it is counted of: `55` of `44 of the state's 55
/// counties` (`of`, perhaps a determiner or a possessive, and a number before it).
fn whole_of_a_part(analysis: &Analysis, mention: &Mention) -> bool {
    let first = analysis.sentences[mention.sentence].tokens.start;
    let mut at = analysis.token_at(mention.span.start);
    let word = |t: usize| analysis.slice(analysis.tokens[t].span).to_lowercase();
    let mut skipped = 0;
    while at > first && skipped < 2 {
        let w = word(at - 1);
        if ["the", "its", "their", "his", "her"].contains(&w.as_str()) || w.ends_with("'s") {
            at -= 1;
            skipped += 1;
        } else {
            break;
        }
    }
    at >= first + 2
        && word(at - 1) == "of"
        && word(at - 2)
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
}

/// Verbs of winning: the name before one won, the name after it lost.
const WIN_VERBS: &[&str] = &[
    "beat",
    "beats",
    "defeated",
    "defeats",
    "thrashed",
    "edged",
    "overcame",
    "downed",
    "routed",
    "eliminated",
    "outscored",
    "outscore",
    "outscores",
    "crushed",
    "trounced",
    "hammered",
    "outplayed",
];

/// The winner and the loser a claim names around its verb of winning (`Westbury United beat
/// Harbour City 3-1`): the run of capitalised words before the verb and after it.
/// The side a claim says won (`Hoffenheim` of `Hoffenheim won 2-1` or `Hoffenheim beat
/// Bayern 2-1`): the capitalised words right before its verb of winning.
fn claimed_winner(says: &str) -> Option<String> {
    let words: Vec<&str> = says.split_whitespace().collect();
    let verb = words.iter().position(|w| {
        let word = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        WIN_VERBS.contains(&word.as_str()) || word == "won" || word == "wins"
    })?;
    let winner: Vec<&str> = words[..verb]
        .iter()
        .rev()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .trim_end_matches("'s")
        })
        .collect();
    (!winner.is_empty()).then(|| winner.into_iter().rev().collect::<Vec<_>>().join(" "))
}

fn winner_and_loser(says: &str) -> Option<(String, String)> {
    let words: Vec<&str> = says.split_whitespace().collect();
    let verb = words.iter().position(|w| {
        WIN_VERBS.contains(
            &w.trim_matches(|c: char| !c.is_alphabetic())
                .to_lowercase()
                .as_str(),
        )
    })?;
    let capitalised = |w: &&&str| w.chars().next().is_some_and(char::is_uppercase);
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .trim_end_matches("'s")
            .to_string()
    };
    // "Houston's bench outscored …": the possessor of the side's noun.
    let before = match words[..verb] {
        [.., owner, noun]
            if !capitalised(&&noun)
                && capitalised(&&owner)
                && (owner.ends_with("'s") || owner.ends_with("\u{2019}s")) =>
        {
            &words[..verb - 1]
        }
        _ => &words[..verb],
    };
    let winner: Vec<String> = before
        .iter()
        .rev()
        .take_while(capitalised)
        .map(|w| bare(w))
        .filter(|w| !w.eq_ignore_ascii_case("the"))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    // ("The Rockets beat the Wizards": past the article.)
    let after = &words[verb + 1..];
    let after = match after.first() {
        Some(w) if w.eq_ignore_ascii_case("the") => &after[1..],
        _ => after,
    };
    let loser: Vec<String> = after
        .iter()
        .take_while(capitalised)
        .map(|w| bare(w))
        .collect();
    (!winner.is_empty() && !loser.is_empty()).then(|| (winner.join(" "), loser.join(" ")))
}

/// Whether `owner` names `name` (every word of it, case aside).
fn names_one(owner: &str, name: &str) -> bool {
    let owner: Vec<String> = owner.split_whitespace().map(str::to_lowercase).collect();
    name.split_whitespace().all(|w| {
        owner
            .iter()
            .any(|o| o.trim_end_matches("'s") == w.to_lowercase())
    })
}

/// Whether `word` (a participle: `killed`) is said of the figure: in its own clause, from
/// a few words before it to the next figure (`Four people were killed and three others
/// seriously injured`: `killed` of four, `injured` of three; `strikes killed 30`).
fn predicate_beside(analysis: &Analysis, mention: &Mention, word: &str) -> bool {
    // "412,000 homes lost power in Leeds, 288,000 in York and 9,500 in Hull": the items of a
    // list share the first one's verb.
    if let Some(head) = list_head(analysis, mention) {
        return beside(analysis, head, word);
    }
    beside(analysis, mention, word)
}

/// The families of what happens to people counted in a disaster, a war or a crime: a
/// figure of one family is no count of another's.
const CASUALTIES: &[(&str, &[&str])] = &[
    (
        "dead",
        &["killed", "dead", "died", "slain", "perished", "drowned"],
    ),
    (
        "hurt",
        &["injured", "wounded", "hurt", "hospitalised", "hospitalized"],
    ),
    ("missing", &["missing", "unaccounted"]),
    ("held", &["arrested", "detained", "charged", "held"]),
    ("moved", &["evacuated", "displaced", "homeless"]),
    ("saved", &["rescued", "saved"]),
];

/// The family of a casualty word.
fn casualty(word: &str) -> Option<&'static str> {
    let word = word.to_lowercase();
    CASUALTIES
        .iter()
        .find(|(_, words)| words.contains(&word.as_str()))
        .map(|(family, _)| *family)
}

/// What the article says a figure's people are, after a verb `to be` in its clause (`were
/// still unaccounted for`, `are missing`, `had been arrested`), or what befell them, right
/// after it (`had died`).
fn stated_state(analysis: &Analysis, mention: &Mention) -> Option<String> {
    let after = clause_after(analysis, mention, 6);
    let words: Vec<String> = after
        .map(|at| analysis.slice(analysis.tokens[at].span).to_lowercase())
        .collect();
    let be = words
        .iter()
        .position(|w| ["were", "was", "are", "is", "been"].contains(&w.as_str()));
    // "4,317 people had died", "30 people died": the verb of what befell them.
    let Some(be) = be else {
        return words
            .iter()
            .take(3)
            .find(|w| casualty(w).is_some())
            .cloned();
    };
    words[be + 1..]
        .iter()
        .find(|w| {
            !["still", "also", "now", "later", "reported", "been", "all"].contains(&w.as_str())
        })
        .cloned()
}

/// Whether a claim says someone was sent to prison (`jailed`, `imprisoned`, `behind bars`).
fn claims_custody(says: &str) -> bool {
    let says = says.to_lowercase();
    [
        "jailed",
        "imprisoned",
        "prison",
        "jail ",
        "behind bars",
        "locked up",
        "custodial",
        "in custody",
    ]
    .iter()
    .any(|w| says.contains(w))
}

/// Whether the figure's sentence says, within a few words of it, that the sentence was
/// suspended (`a two-year sentence suspended for two years`, `walked free`, `spared jail`).
fn suspended_beside(analysis: &Analysis, mention: &Mention) -> bool {
    let sentence = &analysis.sentences[mention.sentence];
    let start = analysis
        .token_at(mention.span.start)
        .saturating_sub(8)
        .max(sentence.tokens.start);
    let end = (analysis.token_at(mention.span.end) + 8).min(sentence.tokens.end);
    if start >= end {
        return false;
    }
    let words = analysis
        .slice(crate::source::Span::new(
            analysis.tokens[start].span.start,
            analysis.tokens[end - 1].span.end,
        ))
        .to_lowercase();
    ["suspended", "walked free", "spared jail", "spared prison"]
        .iter()
        .any(|w| words.contains(w))
}

/// The past-tense verb right before a figure, whose object it is (`wounded` of `wounded
/// more than 100`). A list item that shares its verb with the item before has none (`and
/// Komeito 35`).
fn own_verb(analysis: &Analysis, mention: &Mention) -> Option<String> {
    let at = analysis.token_at(mention.span.start);
    let sentence = &analysis.sentences[mention.sentence];
    if at == 0 || at <= sentence.tokens.start {
        return None;
    }
    let word = |at: usize| analysis.slice(analysis.tokens[at].span).to_lowercase();
    let joined = |left: usize, right: usize| analysis.gap(left, right).trim().is_empty();
    // "fined Juliari Rp500 million", "ordered him to return Rp14.59 billion": past the
    // verb's object, a pronoun or a name.
    let mut verb = at - 1;
    if !joined(verb, at) {
        return None;
    }
    let is_object = |at: usize| {
        let text = analysis.slice(analysis.tokens[at].span);
        context::OBJECT_PRONOUNS.contains(&text) || text.starts_with(char::is_uppercase)
    };
    if verb > sentence.tokens.start && is_object(verb) && joined(verb - 1, verb) {
        verb -= 1;
    }
    let text = word(verb);
    let past = (text.len() > 4 && text.ends_with("ed") && text.chars().all(char::is_alphabetic))
        || PAST_TENSES.contains(&text.as_str());
    // "to return", "to pay": an infinitive's verb, named as it stands.
    let infinitive = verb > sentence.tokens.start
        && word(verb - 1) == "to"
        && text.chars().count() > 2
        && text.chars().all(char::is_alphabetic)
        && !NOT_INFINITIVES.contains(&text.as_str());
    (past || infinitive).then_some(text)
}

/// Words after `to` before a figure that are no verb (`rose to about 5%`, `to nearly $3m`).
const NOT_INFINITIVES: &[&str] = &[
    "about", "around", "nearly", "almost", "roughly", "some", "over", "under", "just", "only",
    "more", "less", "fewer", "the", "its", "their", "his", "her", "a", "an", "between", "within",
    "least", "most", "record", "new",
];

/// Irregular past tenses that take a figure as their object.
const PAST_TENSES: &[&str] = &[
    "won", "lost", "hit", "cut", "took", "got", "made", "gave", "saw", "sold", "spent", "paid",
    "left", "held", "shot", "struck", "hurt", "bought", "kept", "sent", "drew", "set",
];

/// The first figure of the list `mention` is a later item of: the figures before it in its
/// sentence with the same counted noun, each with no verb of its own between them.
fn list_head<'m>(analysis: &'m Analysis, mention: &Mention) -> Option<&'m Mention> {
    let noun = |m: &Mention| match &m.kind {
        MentionKind::Quantity(q) => q.unit.as_ref().map(|u| u.head.clone()),
        MentionKind::Date(_) => None,
    };
    let own = noun(mention)?;
    // "…, while 9,921 others had been wounded": an item with a verb of its own after it.
    let after = analysis.slice(crate::source::Span::new(
        mention.span.end,
        analysis.sentences[mention.sentence]
            .span
            .end
            .max(mention.span.end),
    ));
    let own_verb = after.split_whitespace().take(2).any(|w| {
        [
            "had", "have", "has", "were", "was", "are", "is", "will", "would", "died",
        ]
        .contains(&w)
    });
    if own_verb {
        return None;
    }
    // "3.7 percent were diagnosed with type 2 diabetes, 3.8 percent with cancer": an item
    // with no verb before its list's next comma shares the verb of the item before it, even
    // one in `-ed` ("Four people were killed and three others seriously injured" has one).
    let gapped = !after
        .split([',', ';'])
        .next()
        .unwrap_or("")
        .split_whitespace()
        .take(8)
        .any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
            (w.ends_with("ed") && w.len() >= 4 && w != "hundred")
                || PAST_TENSES.contains(&w.as_str())
                || casualty(&w).is_some()
                || [
                    "and", "is", "are", "was", "were", "has", "have", "had", "will", "says",
                    "said", "say",
                ]
                .contains(&w.as_str())
        });
    let mut head = None;
    let mut later = mention;
    for earlier in analysis
        .mentions
        .iter()
        .filter(|m| m.sentence == mention.sentence && m.span.end <= mention.span.start)
        .filter(|m| matches!(m.kind, MentionKind::Quantity(_)))
        .rev()
    {
        if noun(earlier).as_deref() != Some(own.as_str()) {
            break;
        }
        // Only a list's joiners and its items' places between: no verb.
        let between = analysis.slice(crate::source::Span::new(
            earlier.span.end,
            later.span.start.max(earlier.span.end),
        ));
        let joined = between.contains(',') || between.contains(" and ");
        let ed = |words: &str| {
            words
                .split_whitespace()
                .any(|w| w.ends_with("ed") && w.len() >= 4 && w != "hundred")
        };
        // A verb right before the later item is its own ("killed at least 17 people and
        // injured 61"); one after the earlier item, before the list's comma, is the one a
        // gapped item shares.
        let lead = between
            .rsplit(',')
            .next()
            .unwrap_or("")
            .rsplit(" and ")
            .next()
            .unwrap_or("");
        if !joined || ed(lead) || (ed(between) && !gapped) {
            break;
        }
        head = Some(earlier);
        later = earlier;
    }
    head
}

/// Whether `word` stands beside the figure, in its own clause (see `predicate_beside`).
fn beside(analysis: &Analysis, mention: &Mention, word: &str) -> bool {
    let sentence = &analysis.sentences[mention.sentence];
    let first = analysis.token_at(mention.span.start);
    let last = analysis.token_at(mention.span.end);
    let previous = analysis
        .mentions
        .iter()
        .filter(|m| m.sentence == mention.sentence && m.span.end <= mention.span.start)
        .map(|m| analysis.token_at(m.span.end))
        .max()
        .unwrap_or(sentence.tokens.start);
    let next = analysis
        .mentions
        .iter()
        .filter(|m| m.sentence == mention.sentence && m.span.start >= mention.span.end)
        .map(|m| analysis.token_at(m.span.start))
        .min()
        .unwrap_or(sentence.tokens.end);
    // Back to three words, not past a conjunction or punctuation ("were killed and three
    // others": `killed` is not the three's).
    let floor = first
        .saturating_sub(3)
        .max(previous)
        .max(sentence.tokens.start);
    let mut start = first;
    while start > floor {
        let token = analysis.tokens[start - 1];
        let between = analysis.slice(crate::source::Span::new(
            token.span.end,
            analysis.tokens[start].span.start.max(token.span.end),
        ));
        let text = analysis.slice(token.span);
        if between.contains([',', ';', ':', '(', ')'])
            || ["and", "or", "but", "while"]
                .iter()
                .any(|w| text.eq_ignore_ascii_case(w))
        {
            break;
        }
        start -= 1;
    }
    let before = start..first;
    let after = last..next.min(last + 8).max(last);
    [before, after].into_iter().any(|range| {
        !analysis
            .find_phrase(&crate::text::Phrase::new(word), false, range)
            .is_empty()
    })
}

/// The families of words saying a figure was expected, asked for or possible: (stem,
/// family). `projected` is another expectation than `forecast`; asking, seeking and
/// demanding are one request; `could` and `might` one possibility.
const EXPECTATIONS: &[(&str, &str)] = &[
    ("forecast", "forecast"),
    ("consensus", "forecast"),
    ("expect", "expect"),
    ("predict", "predict"),
    ("project", "project"),
    ("target", "target"),
    ("estimat", "estimate"),
    ("anticipat", "anticipate"),
    ("budget", "budget"),
    // "the €3.7bn that analysts had pencilled in" is what they expected.
    ("pencil", "expect"),
    ("ask", "request"),
    ("sought", "request"),
    ("seek", "request"),
    ("demand", "request"),
    ("request", "request"),
    ("call", "request"),
    ("want", "request"),
    ("urg", "request"),
    ("propos", "proposal"),
    ("recommend", "proposal"),
    ("could", "possible"),
    ("might", "possible"),
];

/// The families of expectation among `words`.
fn expectations(words: &str) -> Vec<&'static str> {
    let words: Vec<String> = words
        .split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .collect();
    let mut families: Vec<&'static str> = EXPECTATIONS
        .iter()
        .filter(|(stem, _)| words.iter().any(|w| w.starts_with(stem)))
        .map(|&(_, family)| family)
        .collect();
    families.dedup();
    families
}

/// The families of expectation among the article's tokens `range`.
fn expectations_in(analysis: &Analysis, range: Range<usize>) -> Vec<&'static str> {
    if range.is_empty() {
        return Vec::new();
    }
    expectations(analysis.slice(crate::source::Span::new(
        analysis.tokens[range.start].span.start,
        analysis.tokens[range.end - 1].span.end,
    )))
}

/// Whether a claim's `says` is about the expectation the article gives `mention` as:
/// the same word family (`forecast` of `the 78% forecast`; `projected` is another
/// expectation, `now expects … below the 5.7% he had previously targeted` another time;
/// `asked for` of `Prosecutors had asked for a €100,000 fine`).
fn claims_an_expectation(says: &str, analysis: &Analysis, mention: &Mention) -> bool {
    let claimed = expectations(says);
    if claimed.is_empty() {
        return false;
    }
    let stated = expectations_in(analysis, clause_after(analysis, mention, 5));
    stated.is_empty() || stated.iter().any(|family| claimed.contains(family))
}

/// Nouns of a bar a figure before them sets (`the 5% threshold`, `a £100,000 cap`, `the
/// 2% target`): what must be reached or not passed, not a level reached.
const BARS: &[&str] = &[
    "threshold",
    "thresholds",
    "target",
    "targets",
    "limit",
    "limits",
    "cap",
    "ceiling",
    "hurdle",
    "barrier",
    "benchmark",
    "quota",
];

/// The bar `mention` sets, where the word right after it is one of [`BARS`].
/// Not where the figure's clause says the bar was passed, and denies nothing ("Bitcoin broke
/// through the $100,000 barrier"; but "None cleared the 5% threshold").
fn bar_set_by(analysis: &Analysis, mention: &Mention) -> Option<&'static str> {
    let after = clause_after(analysis, mention, 1);
    if after.is_empty() {
        return None;
    }
    let word = analysis.slice(analysis.tokens[after.start].span);
    let bar = BARS.iter().find(|bar| word.eq_ignore_ascii_case(bar))?;
    let words: Vec<String> = clause_before(analysis, mention, 8)
        .map(|t| analysis.slice(analysis.tokens[t].span).to_lowercase())
        .collect();
    let passed = words.iter().any(|w| {
        [
            "broke",
            "breaks",
            "broken",
            "passed",
            "passes",
            "exceeded",
            "exceeds",
            "topped",
            "tops",
            "crossed",
            "crosses",
            "breached",
            "breaches",
            "cleared",
            "clears",
            "surpassed",
            "surpasses",
            "beat",
            "beats",
        ]
        .contains(&w.as_str())
    });
    let denied = words.iter().any(|w| {
        crate::text::words::denies(w) || ["failed", "fails", "nobody"].contains(&w.as_str())
    });
    (!passed || denied).then_some(*bar)
}

/// Whether the figure's clause forecasts it in the words right before it (`Apple forecast
/// revenue of $63 billion`).
fn forecast_before(analysis: &Analysis, mention: &Mention) -> bool {
    let at = analysis.token_at(mention.span.start);
    let start = at
        .saturating_sub(6)
        .max(analysis.sentences[mention.sentence].tokens.start);
    expectations_in(analysis, start..at)
        .iter()
        .any(|family| FORESIGHT.contains(family))
}

/// Families of [`EXPECTATIONS`] that look ahead (a forecast, a plan, a possibility), not
/// a request.
const FORESIGHT: &[&str] = &[
    "forecast",
    "expect",
    "predict",
    "project",
    "target",
    "estimate",
    "anticipate",
    "budget",
    "pencil",
    "possible",
];

/// Words of a claim that look ahead as a forecast does (`The clinic will perform about
/// 9,000 mammograms a year` of `expects to perform about 9,000`).
const FUTURE: &[&str] = &[
    "will", "would", "could", "might", "may", "sees", "see", "plans",
];

/// Whether a claim may be answered by a figure the article gives as expected, asked for or
/// possible (`Quantity::irrealis`): a shorthand (`the mayor: $45 million` of `the mayor
/// proposed $45 million`) says nothing of whether it is the fact; a sentence must say it as
/// the article does: a request as a request (`asked for`, `sought`), a forecast or a
/// possibility as something ahead (`will`, `could`, `expects`).
fn accepts_irrealis(
    claim: &Claim,
    claimed: &QuantityClaim,
    analysis: &Analysis,
    mention: &Mention,
) -> bool {
    let says = &claim.says;
    // A `says` that does not state the value (`says = "x"`, `quantity = "…"`) claims nothing
    // of whether it is the fact.
    if !says.contains(claimed.value_text.as_str()) && !says.contains(|c: char| c.is_ascii_digit()) {
        return true;
    }
    if crate::claims::shorthand_colon(says).is_some() {
        return true;
    }
    let claimed = expectations(says);
    let ahead = claimed.iter().any(|family| FORESIGHT.contains(family))
        || says
            .split(|c: char| !c.is_alphabetic())
            .any(|word| FUTURE.contains(&word));
    let asks = claimed
        .iter()
        .any(|family| ["request", "proposal"].contains(family));
    let stated = expectations_in(analysis, clause_before(analysis, mention, 10));
    // (An item of a list, its verb said before the list: either. Of `will`, `would`,
    // `could` alone, only a claim that it happened is no answer: `Insured losses reached $1
    // billion` of `would reach at least $1 billion`, but not `£300m extra`.)
    if stated.is_empty() {
        return ahead || asks || !super::says_past(says);
    }
    // (`Deficit 300bn`, with no verb, says nothing of whether it is the fact.)
    let verbless = !super::says_past(says)
        && !says.split(|c: char| !c.is_alphabetic()).any(|w| {
            ["is", "are", "has", "have", "be", "will", "would"]
                .iter()
                .any(|v| w.eq_ignore_ascii_case(v))
        });
    verbless
        || (ahead && stated.iter().any(|family| FORESIGHT.contains(family)))
        || (asks
            && stated
                .iter()
                .any(|family| ["request", "proposal"].contains(family)))
}

/// Verbs that report what someone says (not `posted` or `reported`, which as often state
/// results).
const REPORTING: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "told",
    "tells",
    "argue",
    "argues",
    "argued",
    "claim",
    "claims",
    "claimed",
    "insist",
    "insists",
    "insisted",
    "estimate",
    "estimates",
    "estimated",
    "point",
    "points",
    "pointed",
    "stated",
    "states",
    "noted",
    "notes",
    "warned",
    "warns",
    "report",
    "reports",
    "reported",
];

/// Whether `word` reports a figure: a verb of saying, or of forecasting ("the Treasury
/// expects the economy to shrink by 7.2 per cent. The Reserve Bank forecasts a 7.0 per cent
/// fall": [`context::FORECASTING`]).
fn reports(word: &str) -> bool {
    let word = word.to_lowercase();
    REPORTING.contains(&word.as_str()) || context::FORECASTING.contains(&word.as_str())
}

/// Who a claim says says it: the capitalised words right before its first verb of saying
/// (`The Conservatives` of "The Conservatives say the council's funding has gone up by £20m"),
/// before its value, else one or two words after `the` there (`the coalition`).
fn claimed_sayer(says: &str) -> Option<String> {
    let words: Vec<&str> = says.split_whitespace().collect();
    let figure = words
        .iter()
        .position(|w| w.contains(|c: char| c.is_ascii_digit()))?;
    let verb = words[..figure]
        .iter()
        .position(|w| reports(w.trim_matches(|c: char| !c.is_alphabetic())))?;
    let name: Vec<&str> = words[..verb]
        .iter()
        .rev()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .trim_end_matches("'s")
        })
        .filter(|w| !w.eq_ignore_ascii_case("the"))
        .collect();
    if !name.is_empty() {
        return Some(name.into_iter().rev().collect::<Vec<_>>().join(" "));
    }
    // "The coalition said 90 civilians were killed": a body named by a common noun after
    // `the` (one or two words) says it as much as a name does.
    let before = &words[..verb];
    let the = before
        .iter()
        .rposition(|w| w.eq_ignore_ascii_case("the"))
        .filter(|&the| (1..=2).contains(&(before.len() - the - 1)))?;
    let noun = &before[the + 1..];
    noun.iter()
        .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
        .then(|| noun.join(" "))
}

/// Who the article says reports the figure of `mention`: the name right before a verb of
/// saying earlier in its sentence, with no clause break between (`Labour` of "while Labour
/// points out that the authority's funding has gone up by £20m").
fn reporter_before(analysis: &Analysis, mention: &Mention) -> Option<String> {
    let sentence = &analysis.sentences[mention.sentence];
    let at = analysis.token_at(mention.span.start);
    let word = |t: usize| analysis.slice(analysis.tokens[t].span);
    let broken = |t: usize| {
        analysis
            .gap(t, t + 1)
            .contains([';', ':', '.', '(', ')', '"', '\u{201c}', '\u{201d}'])
    };
    let floor = at.saturating_sub(14).max(sentence.tokens.start);
    let mut t = at;
    while t > floor {
        t -= 1;
        if t + 1 < at && broken(t) {
            return None;
        }
        if reports(word(t)) && t > sentence.tokens.start {
            // "Lerato Dlamini, chief economist at Karoo Capital, expects": the name before
            // an apposition set off by commas, not the apposition's own.
            let comma = |k: usize| analysis.gap(k - 1, k).contains(',');
            let end = if comma(t) {
                (sentence.tokens.start + 1..t - 1)
                    .rev()
                    .find(|&k| comma(k))
                    .unwrap_or(t)
            } else {
                t
            };
            let t = end;
            let mut start = t;
            // (A number after a name is part of it: "France 24", "Channel 4".)
            let numbered = |k: usize| {
                k > sentence.tokens.start + 1
                    && word(k).chars().all(|c| c.is_ascii_digit())
                    && word(k - 1).starts_with(char::is_uppercase)
            };
            while start > sentence.tokens.start
                && (word(start - 1).starts_with(char::is_uppercase) || numbered(start - 1))
                && !word(start - 1).eq_ignore_ascii_case("the")
            {
                start -= 1;
            }
            // No name, or a sentence's first word alone ("Officials say"; an acronym is a
            // name wherever it stands: "UN says 90 civilians died").
            if start == t
                || (start == sentence.tokens.start
                    && start + 1 == t
                    && !crate::text::words::is_acronym(word(start)))
            {
                return None;
            }
            let name: Vec<&str> = (start..t).map(|n| word(n).trim_end_matches("'s")).collect();
            // (A day or month before the verb is a time, no one who says: `on Wednesday said`.)
            if name
                .iter()
                .any(|w| crate::recognise::vocabulary::is_calendar_word(w))
            {
                return None;
            }
            return Some(name.join(" "));
        }
    }
    None
}

/// Whether a claim's `says` states its value as what someone asked for or proposed
/// (`Prosecutors had asked for 12 years`), before the value: not a shorthand, nor a `says`
/// that does not state the value.
fn claims_request(claim: &Claim, claimed: &QuantityClaim) -> bool {
    let says = &claim.says;
    if crate::claims::shorthand_colon(says).is_some() {
        return false;
    }
    let Some(at) = says.find(claimed.value_text.as_str()) else {
        return false;
    };
    let words: Vec<String> = says[..at]
        .split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .collect();
    asks(&words)
}

/// Whether `words` (lower case) ask for or propose something: a verb of request, or its noun
/// (`asked`, `sought`, `called for`, `proposal`; not `oil demand` or `the asking price`).
fn asks(words: &[String]) -> bool {
    words.iter().enumerate().any(|(n, word)| {
        let before_for = words.get(n + 1).is_some_and(|w| w == "for");
        REQUESTS.contains(&word.as_str())
            || (before_for
                && [
                    "ask", "asks", "asking", "call", "calls", "calling", "called",
                ]
                .contains(&word.as_str()))
    })
}

/// The words of a request or proposal (`asked`, `sought`, `proposed`).
const REQUESTS: &[&str] = &[
    "asked",
    "sought",
    "seek",
    "seeks",
    "seeking",
    "demanded",
    "demanding",
    "requested",
    "requesting",
    "proposed",
    "proposing",
    "proposal",
    "recommended",
    "urged",
    "wanted",
];

/// Whether the article's tokens `range` ask for or propose something: the figure's clause
/// after it ("the six and a half years his lawyers had asked for", "a year more than
/// prosecutors had sought") or before it ("Takeda's initial proposal valued Shire at £44").
fn asks_in(analysis: &Analysis, range: Range<usize>) -> bool {
    let words: Vec<String> = range
        .map(|at| analysis.slice(analysis.tokens[at].span).to_lowercase())
        .collect();
    asks(&words)
}

/// Words of a claim's `says` that put it before a change (`800 inspections previously`).
/// Words of a claim saying its figure holds at the time of the news.
const STILL_WORDS: &[&str] = &["still", "now", "currently", "remain", "remains", "remained"];

const EARLIER_WORDS: &[&str] = &[
    "ago",
    "originally",
    "previously",
    "previous",
    "earlier",
    "before",
    "formerly",
    "prior",
    "then",
    "was",
    "were",
];

impl<'a> Search<'a> {
    /// Weigh one quantity mention: the outcome if it supports the claim, else note it as a
    /// refutation or a near miss.
    fn consider(&mut self, mention: &'a Mention, stated: &Quantity) -> Option<Outcome> {
        let (claim, claimed, analysis) = (self.claim, self.claimed, self.analysis);
        // "his 50th goal" says nothing of 50 goals, nor "50 goals" of a 50th.
        if claimed.quantity.ordinal != stated.ordinal {
            return None;
        }
        // "4 people killed": what happened to them, where the sentence says it of another
        // figure of this kind ("Four people were killed and three others injured": `killed`
        // is not the three's). Said of no figure, it may be said otherwise ("crossed" of
        // "passed through"): a note says so.
        let mut predicate_notes = Vec::new();
        for word in &claimed.predicate {
            if predicate_beside(analysis, mention, word) {
                continue;
            }
            let of_another = analysis.mentions.iter().any(|other| {
                other.sentence == mention.sentence
                    && other.span != mention.span
                    && context::same_kind(other, mention)
                    && predicate_beside(analysis, other, word)
            });
            if of_another {
                return self.near_miss(2, mention, format!("`{word}` beside the figure"));
            }
            // "Some 100 people were still unaccounted for" is no count of the killed.
            if let Some(state) = stated_state(analysis, mention)
                && let (Some(theirs), Some(ours)) = (casualty(&state), casualty(word))
                && theirs != ours
            {
                return self.near_miss(
                    2,
                    mention,
                    format!("`{word}` (the figure's are `{state}`)"),
                );
            }
            predicate_notes.push(format!("the article does not say `{word}` of the figure"));
        }
        // "$191.50 per dose" against "Moderna shares rose 7.7% to $191.50": a claimed rate the
        // article gives no rate for holds only where its noun stands in the figure's
        // sentence or the one before ("Cisco earned 47 cents a share. Analysts had forecast
        // 45 cents.").
        if let (Some(per), Some(stated_unit)) = (
            claimed
                .quantity
                .unit
                .as_ref()
                .and_then(|u| u.per.as_deref()),
            stated.unit.as_ref(),
        ) && stated_unit.per.is_none()
            && !rate_named(analysis, mention, per)
        {
            return self.near_miss(2, mention, format!("the rate (a {per})"));
        }
        // "Anthony Symes was jailed for two years" against "walked free with a two-year
        // sentence suspended for two years": a suspended sentence is no time in jail.
        if claims_custody(&claim.says) && suspended_beside(analysis, mention) {
            return self.near_miss(
                2,
                mention,
                "a term in custody (states a suspended sentence)",
            );
        }
        // "bombs killed more than 100 people" against "killed three people and wounded more
        // than 100": the verb the claim's figure is the object of is another figure's.
        if let Some(verb) = &claimed.verb
            && own_verb(analysis, mention).is_some_and(|own| own != *verb)
            && !predicate_beside(analysis, mention, verb)
            && analysis.mentions.iter().any(|other| {
                other.sentence == mention.sentence
                    && other.span != mention.span
                    && context::same_kind(other, mention)
                    && predicate_beside(analysis, other, verb)
            })
        {
            return self.near_miss(2, mention, format!("`{verb}` beside the figure"));
        }
        // "3.4% in June": a figure with a date of its own must have the claimed one.
        let own_date = claimed
            .when
            .as_ref()
            .and_then(|_| figure_date(analysis, mention));
        if let Some(when) = &claimed.when
            && let Some(date) = own_date
            && let MentionKind::Date(stated_date) = &date.kind
            && !stated_date.agrees_with(when)
        {
            return self.near_miss(
                2,
                mention,
                format!(
                    "the claim's date (the figure's is {})",
                    mention_text(analysis, date)
                ),
            );
        }
        // "At the peak more than 58,000 homes were without power; by Sunday the figure had
        // fallen to just over 17,000": an undated figure whose sentence gives the claim's date
        // to another figure is not the one of that date.
        if let Some(when) = &claimed.when
            && own_date.is_none()
            && let Some(other) = analysis.mentions.iter().find(|other| {
                other.sentence == mention.sentence
                    && other.span != mention.span
                    && matches!(&other.kind, MentionKind::Quantity(q)
                        if q.unit.is_none() || context::same_kind(other, mention))
                    && figure_date(analysis, other).is_some_and(|date| {
                        matches!(&date.kind, MentionKind::Date(d) if d.agrees_with(when))
                            // (A date before both is theirs alike: "on Saturday the number
                            // had fallen by 18,000 to 64,000".)
                            && date.span.end > mention.span.start.min(other.span.start)
                            && date.span.end < mention.span.end.max(other.span.end)
                    })
            })
        {
            let note = format!(
                "the claim's date (it is {}'s)",
                mention_text(analysis, other)
            );
            return self.near_miss(2, mention, note);
        }
        if let Some(year) = &self.since
            && let Some(period) = period_ending_at_since(year, analysis, mention)
        {
            let note = format!("the claim's period (the figure's is {period})");
            return self.near_miss(2, mention, note);
        }
        if let Some(place) = other_place_of_kind(&self.places, analysis, mention) {
            let note = format!("the claim's place (the figure's is {place})");
            return self.near_miss(1, mention, note);
        }
        if let Some(kind) = self
            .kind
            .as_ref()
            .and_then(|kind| other_kind(kind, analysis, mention))
        {
            return self.near_miss(
                1,
                mention,
                format!("the claim's kind (the figure's is {kind})"),
            );
        }
        if described_otherwise(claimed, analysis, mention)
            || said_of_a_part(claim, analysis, mention)
            || measure_named_elsewhere(&claim.says, analysis, mention)
        {
            return self.described_elsewhere(mention);
        }
        let mut missing = context::missing_context(claim, analysis, mention.sentence);
        // (A figure dated only by the story's time supports a claim, and refutes none, unless
        // its owner is the one the claim names: its words may be of another measure the
        // claim's date term alone kept apart.)
        let mut story_time = false;
        if let Some(date) = &self.date {
            missing.retain(|name| {
                match date_term_answered(analysis, claim, mention, stated, date, own_date, name) {
                    DateTerm::InWindow => false,
                    DateTerm::StoryTime => {
                        story_time = true;
                        false
                    }
                    DateTerm::No => true,
                }
            });
        }
        if story_time && owner_named_by_claim(&claim.says, analysis, mention) {
            story_time = false;
        }
        let (convert, unit_note) = match unit_match(claimed, stated) {
            UnitMatch::Compatible { convert, note } => (convert, note),
            // "$5.9m" against "£5.9m": the same sum in another currency refutes, as "£224 a
            // month" against "£224 a year" does at another rate.
            UnitMatch::OtherCurrency | UnitMatch::OtherRate => {
                if same_number(&claimed.quantity, stated.low, stated.high, claim.tolerance)
                    && missing.is_empty()
                    && self.direction_agrees(stated)
                {
                    let note = format!("the article says {}", mention_text(analysis, mention));
                    self.refute(mention, stated.low, false, true, vec![note]);
                }
                return None;
            }
            UnitMatch::Incompatible => {
                if same_number(&claimed.quantity, stated.low, stated.high, claim.tolerance)
                    && missing.is_empty()
                {
                    let unit = stated.unit.as_ref().map_or("none", |u| u.phrase.as_str());
                    self.near.push((
                        1,
                        candidate(analysis, mention, format!("the unit (states `{unit}`)")),
                    ));
                }
                return None;
            }
        };
        // "52 people remain missing after the quake": a figure in the claim's unit, the
        // claim's participle said of it, stands in the setting the story opens with.
        if !missing.is_empty()
            && stated.unit.is_some()
            && unit_note.is_none()
            && predicate_notes.is_empty()
            && context::only_topics_missing(claim, analysis, &missing)
        {
            missing.clear();
        }
        // "The average Ryanair fare fell 6 percent to 37 euros" against "… the average fare
        // dropped 6 percent to 37 euros" in a story whose headline and opening name Ryanair:
        // a figure the article gives to a common noun the claim names is of the story's
        // subject.
        if !missing.is_empty()
            && stated.unit.is_some()
            && unit_note.is_none()
            && predicate_notes.is_empty()
            && context::only_story_subjects_missing(analysis, &missing)
            && owner_named_by_claim(&claim.says, analysis, mention)
        {
            missing.clear();
        }
        let (low, high) = match convert {
            Some((from, to)) => (
                convert_value(stated.low, &from, &to),
                convert_value(stated.high, &from, &to),
            ),
            None => (stated.low, stated.high),
        };
        // With different units the number alone would read the same: the diff swaps the
        // whole quantity.
        let converted = convert.is_some_and(|(from, to)| from.name != to.name);
        // A converted figure is compared at the precision the claim is written to, or the
        // article's figure is, whichever is coarser: news rounds conversions ("104mph
        // (167km/h)", "60 miles (100km)", "322,502 acres (… 1,305 square kilometers)").
        let rounding = match convert {
            // (The step converted as a difference: degrees have an offset.)
            Some((from, to)) if converted => {
                let step = stated_rounding(stated);
                let converted_step = convert_value(stated.low + step, &from, &to)
                    - convert_value(stated.low, &from, &to);
                conversion_rounding(&claimed.quantity).max(converted_step.abs())
            }
            _ => 0.0,
        };
        let text = mention_text(analysis, mention);
        let relation = relate(
            &claimed.quantity,
            stated,
            (low, high),
            claim.tolerance,
            rounding,
            &text,
        );
        if !missing.is_empty() {
            if !matches!(relation, Relation::Contradicts { .. }) {
                self.near.push((
                    0,
                    candidate(analysis, mention, format!("context {}", listed(&missing))),
                ));
            }
            return None;
        }
        // A figure the claim's description belongs to is another figure.
        if matches!(relation, Relation::Supports { .. })
            && (described_elsewhere(claim, analysis, mention)
                || better_described_elsewhere(claim, analysis, mention))
        {
            return self.described_elsewhere(mention);
        }
        // "The national two-party swing was 10.6%" against "The two-party swing to Labor in
        // the state was 10.6%": a figure of a part answers no claim about the whole country.
        if matches!(relation, Relation::Supports { .. })
            && claims_national(&claim.says)
            && let Some(part) = scoped_to_a_part(analysis, mention)
        {
            let note = format!("the whole country (the article's figure is of `{part}`)");
            return self.near_miss(1, mention, note);
        }
        // "Adjusted earnings per share were 31p": a figure of a qualified measure answers
        // only a claim about that measure.
        if matches!(relation, Relation::Supports { .. })
            && let Some(qualifier) = measure::dropped(&claim.says, analysis, mention)
        {
            let note = format!("`{qualifier}` (the article's figure is of that measure)");
            return self.near_miss(1, mention, note);
        }
        // "21.9 per cent of men" against "21.9 per cent of women had poor health, compared
        // with 30.5 per cent of men": whom the claim's share is of owns another figure.
        if matches!(relation, Relation::Supports { .. })
            && let Some(owner) = owned_by_another_of(claimed, analysis, mention)
        {
            if self.misattributed.is_none() {
                self.misattributed = Some((mention, owner));
            }
            return None;
        }
        // A figure the article gives to another entity is that entity's.
        if let context::Binding::Other(owner) = context::binding(claim, analysis, mention) {
            if matches!(relation, Relation::Supports { .. }) && self.misattributed.is_none() {
                self.misattributed = Some((mention, owner));
            }
            return None;
        }
        // "Analysts expected revenue of $11.7bn" against "Revenue rose 4 percent to $11.7
        // billion, a shade above the analysts' consensus of $11.61 billion": a claim about
        // what was expected is not answered by the actual figure where the sentence gives
        // the expected one too.
        if !stated.expected
            && matches!(relation, Relation::Supports { .. })
            && !forecast_before(analysis, mention)
            && expectations(&claim.says)
                .iter()
                .any(|family| FORESIGHT.contains(family))
            && analysis.mentions.iter().any(|other| {
                other.sentence == mention.sentence
                    && other.span != mention.span
                    && context::same_kind(other, mention)
                    && matches!(&other.kind, MentionKind::Quantity(q) if q.expected)
            })
        {
            return self.near_miss(1, mention, "the figure expected (states the actual one)");
        }
        // "rather than the 78% forecast": what was expected, not what the figure is — unless
        // the claim is about the forecast ("Osborne had forecast £178bn").
        if stated.expected && !claims_an_expectation(&claim.says, analysis, mention) {
            if matches!(relation, Relation::Supports { .. }) {
                self.near.push((
                    1,
                    candidate(
                        analysis,
                        mention,
                        "the actual figure (states the one expected)".into(),
                    ),
                ));
            }
            return None;
        }
        // "Acme's sales were $5bn" against "Acme's sales rose $5bn", "Takeda has a market
        // value of ¥900bn" against "wiping ¥900bn off its market value": a level claimed,
        // a change stated. (Not a rate: "prices rose 2.6%" is inflation of 2.6%.)
        if matches!(relation, Relation::Supports { .. })
            && stated.change.is_some()
            && claimed.quantity.change.is_none()
            && claimed.quantity.reached.is_none()
            && stated.measure().map(|m| m.dimension)
                != Some(crate::recognise::units::Dimension::Percentage)
            && self.level
        {
            return self.near_miss(1, mention, "a level (the article's figure is a change)");
        }
        // "BVB/Free Voters won 5%" against "None cleared the 5% threshold": a figure that
        // sets a bar is no level anyone reached, unless the claim names the bar.
        if matches!(relation, Relation::Supports { .. })
            && !self.names_a_bar
            && let Some(bar) = bar_set_by(analysis, mention)
        {
            let note = format!("the level reached (the article's figure is a {bar})");
            return self.near_miss(1, mention, note);
        }
        // "in all 55 counties" against "in 44 of the state's 55 counties": the whole of
        // which a part is counted is not all of it.
        if matches!(relation, Relation::Supports { .. })
            && claims_all(&claim.says, &claimed.value_text)
            && whole_of_a_part(analysis, mention)
        {
            return self.near_miss(1, mention, "all of them (states a part of them)");
        }
        // "expects prices to rise around 1%", "Prosecutors had asked for a €100,000 fine":
        // not said to be the fact.
        if stated.irrealis && !accepts_irrealis(claim, claimed, analysis, mention) {
            if matches!(relation, Relation::Supports { .. }) {
                self.near.push((
                    1,
                    candidate(
                        analysis,
                        mention,
                        "the fact (states it as expected, asked for or possible)".into(),
                    ),
                ));
            }
            return None;
        }
        // "Prosecutors had asked for 12 years" against "sentenced him to 12 years": a claim
        // of what was asked for is answered only by a figure the article gives as asked for.
        if !stated.irrealis
            && claims_request(claim, claimed)
            && !asks_in(analysis, clause_after(analysis, mention, 7))
            && !asks_in(analysis, clause_before(analysis, mention, 8))
        {
            if matches!(relation, Relation::Supports { .. }) {
                self.near.push((
                    1,
                    candidate(
                        analysis,
                        mention,
                        "a request (states the figure as the fact)".into(),
                    ),
                ));
            }
            return None;
        }
        // "The Conservatives say the council's funding has gone up by £20m" against "while
        // Labour points out that the authority's funding has gone up by £20m": a figure the
        // article reports as another's word is not the claim's sayer's.
        if let Some(sayer) = &self.sayer
            && let Some(reporter) = reporter_before(analysis, mention)
            && !names_one(&reporter, sayer)
            && !names_one(sayer, &reporter)
        {
            if matches!(relation, Relation::Supports { .. }) {
                self.near.push((
                    1,
                    candidate(
                        analysis,
                        mention,
                        format!("`{sayer}` saying it (the article has {reporter} say it)"),
                    ),
                ));
            }
            return None;
        }
        // "The US unemployment rate was 4.1% a year earlier" is not answered by the rate now,
        // "unemployment dips to 4.1%": a figure of the year before is one the article says is.
        if matches!(relation, Relation::Supports { .. })
            && self.time_before
            && !stated.earlier
            && !stated.another_time
            && !says_a_time_before(analysis, mention)
        {
            return self.near_miss(1, mention, "the earlier time (states the figure now)");
        }
        // "about 100 miles northeast of Columbia" against "just under 100 miles northwest of
        // Columbia": the way the figure measures.
        if matches!(relation, Relation::Supports { .. })
            && let Some(claimed_way) = &self.compass
            && let Some(stated_way) = compass_after(
                analysis.slice(crate::source::Span::new(
                    mention.span.start,
                    analysis.sentences[mention.sentence]
                        .span
                        .end
                        .max(mention.span.start),
                )),
                analysis.slice(mention.value_span),
            )
            && *claimed_way != stated_way
        {
            let note = format!("the article gives the figure {stated_way}, not {claimed_way}");
            self.refute(mention, low, converted, true, vec![note]);
            return None;
        }
        // "up from 6,200": what the figure was before a change, not what it is — unless the
        // claim is about that time ("July: 6.8%" of "down from 6.8% in July").
        let earlier_note = stated.earlier.then(|| self.earlier_time(mention)).flatten();
        // (A claimed level reached, `fell to 166,000`, is never the level before: `rising to
        // 233,000 from 166,000`. Of the claim's time, the level before still refutes it: "up
        // from 6.1% in the June quarter" of `rose to 7.3% in the June quarter`.)
        if earlier_note.is_some()
            && claimed.quantity.reached.is_some()
            && matches!(relation, Relation::Supports { .. })
        {
            return self.near_miss(
                1,
                mention,
                "the level reached (states the level before a change)",
            );
        }
        if let Some(when) = &earlier_note
            && matches!(relation, Relation::Supports { .. })
        {
            let note = if stated.another_time {
                format!("the article gives {text} as a figure of an earlier time{when}")
            } else {
                format!("the article gives {text} as the level before a change{when}")
            };
            let mut outcome = Outcome::new(analysis, Verdict::Supported);
            outcome.evidence = Some(value_evidence(analysis, mention));
            outcome.notes = vec![note];
            return Some(outcome);
        }
        // (A claim about that time is refuted by it like any figure.)
        if stated.earlier && earlier_note.is_none() {
            if matches!(relation, Relation::Supports { .. }) {
                self.near.push((
                    1,
                    candidate(
                        analysis,
                        mention,
                        "the current figure (states the level before a change)".into(),
                    ),
                ));
            }
            return None;
        }
        // A change must go the claim's way; a claim without a direction takes a level or a
        // change that states it.
        match (claimed.quantity.change, stated.change) {
            (Some(_), None) => {
                if matches!(relation, Relation::Supports { .. }) {
                    self.near.push((
                        1,
                        candidate(analysis, mention, "a change (states a level)".into()),
                    ));
                }
                return None;
            }
            // (A claim without a unit is no statement about a measured figure of another
            // value: "cut roughly 3,000" is not refuted by "shares climbed 3.8%".)
            (Some(_), Some(_))
                if claimed.quantity.unit.is_none()
                    && stated.measure().is_some()
                    && !matches!(relation, Relation::Supports { .. }) =>
            {
                return None;
            }
            (Some(claimed_way), Some(stated_way)) if claimed_way != stated_way => {
                let note = format!(
                    "the article gives a change {}: \"{text}\"",
                    stated_way.name()
                );
                self.refute(mention, low, converted, true, vec![note]);
                return None;
            }
            _ => {}
        }
        // "The euro rose 0.3% to $1.2686" against "the pound rose 0.3% to $1.2686": the level
        // the article's change reached must be the claimed one.
        // ("hit £5.38bn …, up 36% from £3.95bn" against `rose 36% to £3.95bn`: the level
        // after `from` is the one before.)
        let gap = |from: &Mention, to: &Mention| {
            analysis
                .slice(crate::source::Span::new(from.span.end, to.span.start))
                .trim()
                .to_lowercase()
        };
        let between = |m: &Mention| gap(mention, m);
        let joined = |m: &Mention, word: &str| between(m) == word;
        let next = next_figure(analysis, mention);
        if let Some(level) = &claimed.level_after
            && matches!(relation, Relation::Supports { .. })
            && stated.change.is_some()
            && let Some(before) = next.filter(|m| joined(m, "from"))
            && let MentionKind::Quantity(stated_level) = &before.kind
            && same_number(level, stated_level.low, stated_level.high, claim.tolerance)
        {
            let note = format!(
                "the article gives {} as the level before the change",
                mention_text(analysis, before)
            );
            self.refute(mention, low, converted, true, vec![note]);
            return None;
        }
        if let Some(level) = &claimed.level_after
            && matches!(relation, Relation::Supports { .. })
            && let Some(reached) = next.filter(|m| {
                leads_to_level(&between(m)) || (stated.change.is_some() && joined(m, "at"))
            })
            && other_level(level, reached, claim.tolerance)
        {
            let note = format!(
                "the change reached {}, not the claimed level",
                mention_text(analysis, reached)
            );
            self.refute(mention, low, converted, true, vec![note]);
            return None;
        }
        // "Ryanair's profit fell 29% to 1.45 billion euros" against a headline's "profit
        // falls 29% to four-year low": a change stated without its level is checked against
        // the article's other statement of it ("fell 29 percent to 1.02 billion euros").
        // (A change stated here without the level it reached.)
        let level_unstated = claimed.level_after.as_ref().filter(|_| {
            matches!(relation, Relation::Supports { .. })
                && stated.change.is_some()
                && next.is_none_or(|m| !leads_to_level(&between(m)) && !joined(m, "at"))
        });
        if let Some(level) = level_unstated
            && let Some((restated, reached)) = analysis
                .mentions
                .iter()
                .filter(|m| m.span != mention.span && context::same_kind(m, mention))
                .filter(|m| {
                    matches!(&m.kind, MentionKind::Quantity(q)
                        if q.change == stated.change && q.low == stated.low && q.high == stated.high)
                })
                .find_map(|m| {
                    next_figure(analysis, m)
                        .filter(|r| gap(m, r) == "to")
                        .map(|r| (m, r))
                })
            && other_level(level, reached, claim.tolerance)
        {
            let note = format!(
                "the article gives the change reaching {}",
                mention_text(analysis, reached)
            );
            self.refute(restated, low, converted, true, vec![note]);
            return None;
        }
        // (Or where the article gives the claimed level only as the level before a change:
        // "1.02 billion euros …, down from 1.45 billion euros".)
        if let Some(level) = level_unstated {
            let kind = |q: &Quantity| q.measure().map(|m| m.dimension);
            let levels: Vec<&Mention> = analysis
                .mentions
                .iter()
                .filter(|m| {
                    matches!(&m.kind, MentionKind::Quantity(q)
                        if q.change.is_none()
                            && kind(q) == kind(level)
                            && same_number(level, q.low, q.high, claim.tolerance))
                })
                .collect();
            let earlier = |m: &&Mention| matches!(&m.kind, MentionKind::Quantity(q) if q.earlier);
            if !levels.is_empty() && levels.iter().all(earlier) {
                // (The level the claim's change reached is the evidence, not the change.)
                let mut outcome = Outcome::new(analysis, Verdict::Refuted);
                outcome.evidence = Some(value_evidence(analysis, levels[0]));
                outcome.notes = vec![format!(
                    "the article gives {} as the level before a change",
                    mention_text(analysis, levels[0])
                )];
                return Some(outcome);
            }
        }
        // "Grace Gibbs, 78, was charged at least £123,000" against "Grace Gibbs, 87, … was
        // charged at least £123,000": the claim describes someone the article does not.
        if matches!(relation, Relation::Supports { .. })
            && let Some((name, age, stated_age)) = other_age(analysis, &claimed.ages)
        {
            let note = format!("the article gives {name}'s age as {stated_age}, not {age}");
            self.refute(mention, low, converted, true, vec![note]);
            return None;
        }
        // "raised their share to 9.6% from 7.7%" against "to 9.6 per cent from 7.4 per cent":
        // the level the article's figure came from must be the claimed one.
        if let Some(level) = &claimed.level_before
            && matches!(relation, Relation::Supports { .. })
            && let Some(before) = next.filter(|m| between(m).ends_with("from"))
            && other_level(level, before, claim.tolerance)
        {
            let note = format!(
                "the article gives {} as the level before",
                mention_text(analysis, before)
            );
            self.refute(mention, low, converted, true, vec![note]);
            return None;
        }
        // "EBITDA fell to $110m" against "climbed to $110m": the level was reached the other
        // way.
        if let (Some(claimed_way), Some(stated_way)) = (claimed.quantity.reached, stated.reached)
            && claimed_way != stated_way
            && matches!(relation, Relation::Supports { .. })
        {
            let note = format!(
                "the article gives the level reached by a change {}: \"{text}\"",
                stated_way.name()
            );
            self.refute(mention, low, converted, true, vec![note]);
            return None;
        }
        // "Turnout fell to 48.3%" against "Turnout was 48.3 per cent, up about three points
        // on 2003" or "revenue was NOK124.76 billion, against NOK125.40 billion in 2016": a
        // level the article sets beside a change, or beside the level it is compared with,
        // was reached that way.
        if let (Some(claimed_way), None) = (claimed.quantity.reached, stated.reached)
            && matches!(relation, Relation::Supports { .. })
            && let Some(way) = way_beside(analysis, mention, stated)
            && way != claimed_way
        {
            let note = format!(
                "the article gives the level reached {} (\"{}\")",
                way.name(),
                analysis.slice(crate::source::Span::new(
                    mention.span.start,
                    next.map_or(mention.span.end, |m| m.span.end)
                ))
            );
            self.refute(mention, low, converted, true, vec![note]);
            return None;
        }
        // "The number of missing rose to 42" against the headline's "42 still missing" and
        // "has fallen sharply, from about 200 … to 42": where the article says which way the
        // level was reached, a mention silent on it does not outweigh that.
        if let (Some(claimed_way), None) = (claimed.quantity.reached, stated.reached)
            && matches!(relation, Relation::Supports { .. })
            && analysis.mentions.iter().any(|other| {
                matches!(&other.kind, MentionKind::Quantity(q)
                    if q.reached.is_some_and(|way| way != claimed_way)
                        && same_number(&claimed.quantity, q.low, q.high, claim.tolerance))
                    && context::same_kind(other, mention)
                    && context::missing_context(claim, analysis, other.sentence).is_empty()
            })
        {
            return None;
        }
        // "The company cut 500 jobs" against "did not cut 500 jobs"; "MPs backed the deal
        // 432-202" against "rejected": the article gives the figure, the other way.
        if matches!(relation, Relation::Supports { .. })
            && let Some(note) =
                stance::contradiction(&self.stance, &stance::of_mention(analysis, mention))
        {
            self.refute(mention, low, converted, true, vec![note]);
            return None;
        }
        // The claim's participle said of another figure of the kind elsewhere in the article
        // ("42 people are still missing" against "killed nearly 100 people", the missing
        // given apart): this figure is no other value for it.
        let lacks_predicate = claimed.predicate.iter().any(|word| {
            !predicate_beside(analysis, mention, word)
                && analysis.mentions.iter().any(|other| {
                    other.span != mention.span
                        && context::same_kind(other, mention)
                        && predicate_beside(analysis, other, word)
                })
        });
        let mut notes: Vec<String> = unit_note.into_iter().collect();
        notes.extend(predicate_notes);
        if let Some((from, to)) = convert.filter(|_| converted) {
            notes.push(format!(
                "converted: {} {} = {} {}",
                trim_number(stated.low),
                from.name,
                trim_number(low),
                to.name
            ));
        }
        // "was postponed for 12 months" against "by 18 months": a figure of the claim's
        // setting, where the article gives one of that measure beside this figure, must be it.
        if matches!(relation, Relation::Supports { .. })
            && let Some(other) = claimed
                .settings
                .iter()
                .find_map(|setting| setting_differs(setting, claim, analysis, mention))
        {
            let note = format!("the claim's setting (the article gives {other})");
            return self.near_miss(1, mention, note);
        }
        if story_time && !matches!(relation, Relation::Supports { .. }) {
            let note = "the claim's date (the figure states none; the story's is the claim's)";
            self.near
                .push((1, candidate(analysis, mention, note.into())));
            return None;
        }
        match relation {
            Relation::Supports {
                notes: more,
                hedged,
            } => {
                notes.extend(more);
                if hedged && claim.strict {
                    notes.push("strict: the qualifiers must match".into());
                    self.refute(mention, low, converted, true, notes);
                    return None;
                }
                notes.extend(self.describing_notes(stated));
                if stated.ambiguous {
                    notes.push(format!(
                        "the article's \"{text}\" reads as metres or as millions"
                    ));
                }
                let mut outcome = Outcome::new(analysis, Verdict::Supported);
                outcome.evidence = Some(value_evidence(analysis, mention));
                outcome.notes = notes;
                // A converted figure ("two years" for "24 months") supports unless a figure
                // in the claim's own unit, its context beside it, says otherwise ("a
                // 21-month transition" for a claim about the transition).
                if converted {
                    self.weak.get_or_insert(outcome);
                    return None;
                }
                if story_time {
                    outcome
                        .notes
                        .push("the figure's date is the story's (its headline or opening)".into());
                    self.story.get_or_insert(outcome);
                    return None;
                }
                if stated.unit.is_none() && claimed.quantity.unit.is_some() {
                    let undescribed =
                        claimed.described_by.len() - description_beside(claimed, analysis, mention);
                    self.unitless.get_or_insert((outcome, undescribed));
                    return None;
                }
                Some(outcome)
            }
            // A claim without a unit is no statement about a measured figure's value ("Olaf
            // Scholz is 66" is not refuted by his party's 16.4%): it may support one, not be
            // contradicted by it.
            Relation::Contradicts { .. }
                if claimed.quantity.unit.is_none() && stated.measure().is_some() =>
            {
                None
            }
            // "42 people are still missing" against "killed nearly 100 people": a figure the
            // article does not say the claim's participle of is no other value for it.
            Relation::Contradicts { .. } if lacks_predicate => {
                let word = claimed.predicate.join(", ");
                self.near.push((
                    2,
                    candidate(analysis, mention, format!("`{word}` beside the figure")),
                ));
                None
            }
            Relation::Contradicts { qualifier_only } => {
                // A claim's qualifier that differs from the article's is part of the
                // difference: the diff swaps it too.
                let qualifier = |q: &Quantity| q.qualifier.as_ref().map(|q| q.direction);
                let whole = qualifier_only
                    || converted
                    || (claimed.quantity.qualifier.is_some()
                        && qualifier(&claimed.quantity) != qualifier(stated));
                self.refute(mention, low, converted, whole, notes);
                None
            }
            Relation::Vaguer(note) => {
                self.near.push((0, candidate(analysis, mention, note)));
                None
            }
        }
    }

    /// Whether a claim is about the time of an earlier level, and the words that say so: a
    /// context term in the rest of the level's clause (`in July` of `down from 6.8% in
    /// July`), or a claim that says it is about before (`previously`, `was`).
    fn earlier_time(&self, mention: &Mention) -> Option<String> {
        let analysis = self.analysis;
        // ("Total dividends for the year" of "compared with 133 cents a year earlier": a
        // bare period is no name of that time.)
        let period = |term: &&crate::claims::Term| {
            ["year", "month", "week", "day", "quarter", "period", "time"]
                .contains(&term.name.to_lowercase().trim_end_matches('s'))
        };
        let names = |range: Range<usize>| {
            range.end > range.start
                && self
                    .claim
                    .context
                    .iter()
                    .filter(|t| !period(t))
                    .any(|term| {
                        term.alternatives.iter().any(|phrase| {
                            !analysis
                                .find_phrase(phrase, false, range.clone())
                                .is_empty()
                        })
                    })
        };
        // "down from a peak of 92.7%": the noun that names the level, before it.
        let before = named_level_before(analysis, mention);
        if names(before.clone()) {
            let words = analysis.slice(crate::source::Span::new(
                analysis.tokens[before.start].span.start,
                analysis.tokens[before.end - 1].span.end,
            ));
            return Some(format!(" (\"{words}\")"));
        }
        // (Up to the next figure: "cut it from 3% to 2.75% in May 2013" — May 2013 is the
        // date of 2.75%.)
        let Range { start, mut end } = clause_after(analysis, mention, 8);
        if let Some(next) = next_figure(analysis, mention) {
            end = end.min(analysis.token_at(next.span.start)).max(start);
        }
        let named = names(start..end);
        if named {
            let words = analysis.slice(crate::source::Span::new(
                analysis.tokens[start].span.start,
                analysis.tokens[end - 1].span.end,
            ));
            return Some(format!(" (\"{words}\")"));
        }
        // ("Turnout was 52.66%, … below the previous record low of 59.32%": a claim's `was` is
        // the news's past tense, no claim about that other time.)
        let another_time = matches!(&mention.kind, MentionKind::Quantity(q) if q.another_time);
        // "against £4.30 in 2007": a claim dated the time its clause names is about that time.
        if another_time
            && start < end
            && let Some(when) = &self.claimed.when
        {
            let clause = analysis.token_span(start..end);
            let dated = analysis.mentions.iter().any(|m| {
                m.sentence == mention.sentence
                    && clause.start <= m.span.start
                    && m.span.end <= clause.end
                    && matches!(&m.kind, MentionKind::Date(d) if d.agrees_with(when))
            });
            if dated {
                return Some(String::new());
            }
        }
        let written: Vec<&str> = self
            .claim
            .says
            .split_whitespace()
            .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        let words: Vec<String> = written.iter().map(|w| w.to_lowercase()).collect();
        // (A bare past tense, `was`, says it only of a figure not of another time.)
        let past_tense = |word: &String| ["was", "were"].contains(&word.as_str());
        let says_earlier = words
            .iter()
            .any(|word| EARLIER_WORDS.contains(&word.as_str()) && !past_tense(word));
        let says_before = says_earlier || (!another_time && words.iter().any(past_tense));
        // "were still in shelters on Thursday night" of "13,000 were still in shelters by
        // Thursday night, down from more than 190,000 at the height of the storm": a claim
        // saying the figure still holds, or naming a day or month the level before's own
        // words do not give, is about the level after.
        let still = words
            .iter()
            .any(|word| STILL_WORDS.contains(&word.as_str()));
        let clause_words = if start < end {
            analysis
                .slice(crate::source::Span::new(
                    analysis.tokens[start].span.start,
                    analysis.tokens[end - 1].span.end,
                ))
                .to_lowercase()
        } else {
            String::new()
        };
        let other_day = written.iter().any(|word| {
            crate::recognise::dates::is_day_or_month_name(word)
                && !clause_words.contains(&word.to_lowercase())
        });
        // "Turnout in the by-election was 52.4%" against "down from 52.4% at the general
        // election": the level before names its own occasion, and the claim another.
        // (An occasion is an event's noun, within two words of `in the`, `at the`.)
        const EVENTS: &[&str] = &[
            "election",
            "by-election",
            "poll",
            "polls",
            "referendum",
            "vote",
            "census",
            "final",
            "games",
            "championship",
            "championships",
            "tournament",
            "race",
            "match",
            "budget",
            "primary",
            "primaries",
            "caucus",
            "caucuses",
        ];
        let occasion = |words: &[String]| -> Vec<String> {
            words
                .windows(4)
                .filter(|w| ["in", "at", "during"].contains(&w[0].as_str()) && w[1] == "the")
                .flat_map(|w| [w[2].clone(), w[3].clone()])
                .filter(|w| EVENTS.contains(&w.as_str()))
                .collect()
        };
        let clause_list: Vec<String> = clause_words
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                    .to_string()
            })
            .collect();
        let other_occasion = !says_earlier
            && !occasion(&clause_list).is_empty()
            && occasion(&words)
                .iter()
                .any(|claimed| !clause_list.contains(claimed));
        // "in August 2024, when rates stood at 5.25%": a clause of its own time answers a claim
        // of the past ("Inflation peaked at 11.1%"), never one of now ("Bank Rate currently
        // stands at 5.25%").
        if another_time && let Some(time) = when_clause_time(analysis, mention) {
            let now = words.iter().any(|word| NOW_WORDS.contains(&word.as_str()));
            // (Its time is named before it: "since October 2022, when it peaked at 11.1%".)
            let timed: Vec<&str> = written
                .iter()
                .copied()
                .filter(|word| crate::recognise::dates::is_day_or_month_name(word) || is_year(word))
                .collect();
            let other_day = timed
                .iter()
                .any(|word| !time.contains(&word.to_lowercase()));
            let names_the_time = !timed.is_empty() && !other_day;
            if now || other_day || other_occasion {
                return None;
            }
            if names_the_time
                || says_earlier
                || words.iter().any(|w| PAST_EVENT.contains(&w.as_str()))
            {
                return Some(String::new());
            }
        }
        (says_before && !still && !other_day && !other_occasion).then(String::new)
    }

    /// Whether a mention's change (if any) goes the claim's way.
    fn direction_agrees(&self, stated: &Quantity) -> bool {
        match (self.claimed.quantity.change, stated.change) {
            (Some(claimed), Some(stated)) => claimed == stated,
            (Some(_), None) => false,
            _ => true,
        }
    }

    /// Notes for the claim's describing words the article's unit lacks (`electric` of
    /// `2.3m electric scooters` against `2.3m scooters`).
    fn describing_notes(&self, stated: &Quantity) -> Vec<String> {
        let Some(unit) = &stated.unit else {
            return Vec::new();
        };
        let phrase = unit.phrase.to_lowercase();
        let words: Vec<&str> = phrase.split([' ', '-']).collect();
        let lacking: Vec<&str> = self
            .claimed
            .describing
            .iter()
            .map(String::as_str)
            .filter(|w| !words.contains(w))
            .collect();
        if lacking.is_empty() {
            return Vec::new();
        }
        vec![format!(
            "the article's figure is not described as {}",
            listed(&lacking)
        )]
    }

    /// Keep `mention` as the refutation if it fits the claim better than the one kept.
    ///
    /// Of the contradicting mentions, the one the claim is most likely about: a figure of the
    /// claim's order of magnitude before one that is not (a misstated figure is rarely off by
    /// ten times); one stating the claim's unit before a conversion ("104mph (167km/h)" for a
    /// claim in mph) and before a bare number; then the one nearest the claim's context; then
    /// the first.
    fn refute(
        &mut self,
        mention: &'a Mention,
        stated: f64,
        converted: bool,
        whole: bool,
        notes: Vec<String>,
    ) {
        let claimed = &self.claimed.quantity;
        let bare = matches!(&mention.kind, MentionKind::Quantity(q) if q.unit.is_none())
            && claimed.unit.is_some();
        let rank = Rank {
            off_magnitude: !same_magnitude(claimed.low, stated),
            unit: u8::from(converted) + 2 * u8::from(bare),
            undescribed: self.claimed.described_by.len()
                - description_beside(self.claimed, self.analysis, mention),
            distance: context::distance_to_context(
                self.claim,
                self.analysis,
                mention.sentence,
                mention.span,
            ),
        };
        if self.refutation.as_ref().is_none_or(|best| rank < best.rank) {
            self.refutation = Some(Refutation {
                rank,
                mention,
                whole,
                notes,
            });
        }
    }

    /// A near miss of rank `rank` (less is nearer): `mention`, lacking what `lacks` says;
    /// no outcome.
    fn near_miss(
        &mut self,
        rank: u8,
        mention: &'a Mention,
        lacks: impl Into<String>,
    ) -> Option<Outcome> {
        self.near
            .push((rank, candidate(self.analysis, mention, lacks.into())));
        None
    }

    /// A figure the claim's description belongs to another of: a near miss, no outcome.
    fn described_elsewhere(&mut self, mention: &'a Mention) -> Option<Outcome> {
        self.near_miss(
            1,
            mention,
            "the claim's description (it is another figure's)",
        )
    }

    /// The outcome when no mention supports the claim: the refutation (a misattributed
    /// figure is one), or absent with the near misses.
    fn finish(mut self) -> Outcome {
        let analysis = self.analysis;
        if let Some(story) = self.story.take()
            && self.refutation.is_none()
            && self.misattributed.is_none()
        {
            return story;
        }
        let bound_refutation = self.refutation.as_ref().is_some_and(|r| {
            r.rank.unit == 0
                && !r.rank.off_magnitude
                && term_beside(self.claim, analysis, r.mention)
        });
        if let Some(weak) = self.weak.take()
            && !bound_refutation
        {
            return weak;
        }
        // (Unless the bare figure stands beside more of the claim's description: "covered
        // 19,866 volunteers …; 14,964 got the vaccine and 4,902 were given a placebo" for
        // `4,902 volunteers got the placebo`.)
        if let Some((unitless, undescribed)) = self.unitless.take()
            && !self.refutation.as_ref().is_some_and(|r| {
                r.rank.unit == 0 && !r.rank.off_magnitude && r.rank.undescribed <= undescribed
            })
        {
            return unitless;
        }
        let misattribution = self.misattributed.map(|(mention, owner)| {
            let note = format!(
                "the article gives {} for {owner}",
                mention_text(analysis, mention)
            );
            (mention, note)
        });
        let refutation = match (self.refutation, misattribution) {
            (Some(mut refutation), Some((_, note))) => {
                refutation.notes.insert(0, note);
                Some(refutation)
            }
            (Some(refutation), None) => Some(refutation),
            (None, Some((mention, note))) => Some(Refutation {
                rank: Rank {
                    off_magnitude: false,
                    unit: 0,
                    undescribed: 0,
                    distance: 0,
                },
                mention,
                whole: false,
                notes: vec![note],
            }),
            (None, None) => None,
        };
        if let Some(Refutation {
            mention,
            whole,
            notes,
            ..
        }) = refutation
        {
            let mut outcome = Outcome::new(analysis, Verdict::Refuted);
            outcome.evidence = Some(value_evidence(analysis, mention));
            outcome.notes = notes;
            let (span, replacement) = if whole {
                (mention.span, self.claimed.text.as_str())
            } else {
                (mention.value_span, self.claimed.value_text.as_str())
            };
            outcome.diff = Some(substituted(analysis, mention.sentence, span, replacement));
            return outcome;
        }
        let mut outcome = Outcome::new(analysis, Verdict::Absent);
        self.near.sort_by_key(|(rank, _)| *rank);
        outcome.candidates = self.near.into_iter().take(3).map(|(_, c)| c).collect();
        outcome
    }
}

/// How well a contradicting mention fits the claim, compared in the fields' order (less is
/// better).
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Rank {
    /// Not within ten times of the claimed value.
    off_magnitude: bool,
    /// 0: the claim's unit; 1: converted from another unit; 2: no unit stated.
    unit: u8,
    /// How many of the words the claim describes its figure with are not in the figure's
    /// phrase (`beat profit forecasts` of `80% beat profit forecasts`).
    undescribed: usize,
    /// Words from the claim's context.
    distance: usize,
}

/// A mention that contradicts the claim, with how well it fits.
struct Refutation<'a> {
    rank: Rank,
    mention: &'a Mention,
    /// Whether the diff swaps the whole quantity (not just its number).
    whole: bool,
    notes: Vec<String>,
}

/// Whether two values are within ten times of each other (both zero counts).
fn same_magnitude(a: f64, b: f64) -> bool {
    let (small, large) = if a.abs() < b.abs() {
        (a.abs(), b.abs())
    } else {
        (b.abs(), a.abs())
    };
    large == 0.0 || (small > 0.0 && large / small <= 10.0)
}

/// The evidence sentence with `span` replaced by the claim's words (`-`) against the sentence
/// as written (`+`).
pub(super) fn substituted(
    analysis: &Analysis,
    sentence: usize,
    span: crate::source::Span,
    replacement: &str,
) -> Diff {
    let whole = analysis.sentences[sentence].span;
    let text = &analysis.article.text;
    let claimed = format!(
        "{}{}{}",
        &text[whole.start..span.start],
        replacement,
        &text[span.end..whole.end]
    );
    Diff {
        claimed: one_line(&claimed),
        stated: one_line(&text[whole.range()]),
    }
}

pub(super) fn mention_text(analysis: &Analysis, mention: &Mention) -> String {
    one_line(analysis.slice(mention.span))
}

/// Evidence pointing at the value of a mention, showing the whole mention.
pub(super) fn value_evidence(analysis: &Analysis, mention: &Mention) -> super::Evidence {
    let mut found = evidence(analysis, mention.span);
    let at = analysis.article.position(mention.value_span.start);
    found.line = at.line;
    found.column = at.column;
    found.sentence = analysis.sentence_text(mention.sentence);
    found
}

pub(super) fn candidate(analysis: &Analysis, mention: &Mention, lacks: String) -> Candidate {
    Candidate {
        evidence: value_evidence(analysis, mention),
        lacks,
    }
}
