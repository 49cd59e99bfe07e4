//! The shorthand `says = "<context>: <value>"`: the value is read as a date or a quantity,
//! and the names in the context become required source terms.

use super::{ClaimKind, Term, kinds};
use crate::config::Aliases;
use crate::diagnostic::Diagnostic;
use crate::recognise::MentionKind;
use crate::recognise::units::Dimension;
use crate::tomlread::{Located, Reader};

/// Capitalised words that open a context without being names.
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "Estimate",
    "Estimates",
    "Total",
    "Number",
    "Numbers",
    "Count",
    "It",
    "Its",
    "There",
    "Some",
    "Most",
    "Many",
    "Official",
    "Officials",
    "Reported",
    "Claimed",
    "Date",
    "Deadline",
    "Toll",
    "Cost",
    "Figure",
];

/// Words of a context without names that say nothing about what must stand near the value.
const STOP_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "at",
    "for",
    "to",
    "and",
    "or",
    "by",
    "with",
    "from",
    "as",
    "its",
    "their",
    "his",
    "her",
    "this",
    "that",
    "these",
    "those",
    "is",
    "was",
    "are",
    "were",
    "be",
    "it",
    "says",
    "said",
    "say",
    "according",
    // A sentence's function words ("There are now 47 flood warnings in force").
    "there",
    "here",
    "now",
    "still",
    "also",
    "just",
    "only",
    "about",
    "more",
    "than",
    "some",
    "all",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "may",
    "might",
    "can",
    "not",
    "no",
    "so",
    "far",
    "yet",
    "then",
    "we",
    "they",
    "he",
    "she",
    "i",
];

/// The kind and the context terms a shorthand `says` stands for.
pub(super) fn parse(
    reader: &mut Reader<'_>,
    says: &Located<String>,
    aliases: &Aliases,
) -> Option<(ClaimKind, Vec<Term>)> {
    let text = says.value.as_str();
    // `Diess said "2019 turned out to be an exceptionally strong year"`: the quoted words
    // are the claim, said by the names outside them.
    if let Some(quoted) = quotation(text, aliases) {
        return Some(quoted);
    }
    // The shorthand's colon, not one inside a figure ("won in 2:04:11", "1:59.04").
    let Some((context, value)) = colon(text).map(|at| (&text[..at], &text[at + 1..])) else {
        return sentence(reader, says, aliases);
    };
    let value = value.trim();
    // The value is the one quantity or date after the colon; words around it describe it
    // ("ONS: inflation 7.9%", "Senate: $1.5tn package").
    let mut normalised = crate::text::normalise(value).text;
    // "Tavernier assists: three", "Death toll: twenty-one": number words alone are the value
    // (in running text a lone "one" or "three" is too often no figure to be read as one).
    let lower = normalised.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    if !words.is_empty()
        && words
            .iter()
            .all(|w| crate::recognise::numbers::is_number_word(w))
        && let Some(number) = crate::recognise::numbers::words_value(&words)
    {
        normalised = crate::text::normalise(&format!("{number}")).text;
    }
    let mentions = crate::recognise::recognise(&normalised);
    let mut quantities: Vec<&crate::recognise::Mention> = mentions
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Quantity(_)))
        .collect();
    // A bare "18.6m" read both as millions and as metres is one value (a claim in either
    // reading matches).
    quantities.dedup_by_key(|m| m.span);
    let dates: Vec<&crate::recognise::Mention> = mentions
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Date(_)))
        .collect();
    let span = says.part(&reader.file.text, context.len() + 1..text.len());
    let unreadable = |reader: &mut Reader<'_>, reason: String| {
        reader.diagnostics.push(
            Diagnostic::error(format!("unreadable shorthand value `{value}`"), reader.file, span)
                .label(reason)
                .help("after the colon write one quantity (\"30,000 troops\", \"up to 75 km\", \"down 5%\", \"3-1\"), one date (\"Feb. 20\", \"2008\", \"3 p.m.\"); for anything else use a kind key: `quantity`, `date`, `text`, `quote` or `pattern`"),
        );
    };
    let mut terms = Vec::new();
    // "Inflation: 3.4% in June": a date after the quantity is its setting.
    let dated_setting = matches!(quantities.as_slice(), [quantity]
        if dates.iter().all(|d| d.span.start >= quantity.span.end));
    let kind = match (quantities.as_slice(), dates.as_slice()) {
        ([_], _) if dated_setting => match kinds::quantity(&normalised, text, aliases) {
            Ok((quantity, names)) => {
                terms.extend(names.iter().map(|name| Term::of_figure(name, aliases)));
                ClaimKind::Quantity(Box::new(quantity))
            }
            Err(reason) => {
                unreadable(reader, reason);
                return None;
            }
        },
        ([], [found]) => match kinds::date(&normalised[found.span.range()]) {
            Ok(date) => ClaimKind::Date(Box::new(date)),
            Err(reason) => {
                unreadable(reader, reason);
                return None;
            }
        },
        // A bare year ("Founded: 2008") or month ("FDP walkout: December").
        ([], []) => match kinds::date(&normalised) {
            Ok(date) => ClaimKind::Date(Box::new(date)),
            Err(_) => {
                unreadable(reader, "neither a quantity nor a date is here".into());
                return None;
            }
        },
        // "Rain: 200 litres of rain per square metre in 36 hours", "Exercise: three
        // 45-minute sessions a week", "Output: seven of 10 divisions reported lower
        // production": read as the sentence it shortens, which tells a value from its
        // setting, rate and description (and claims each of several values).
        _ => {
            let spaced = Located {
                value: format!("{context} {}", &text[context.len() + 1..]),
                span: says.span,
            };
            return sentence(reader, &spaced, aliases);
        }
    };
    let names = names(context);
    if names.is_empty() {
        // "the mayor: $45 million": the context's content words must stand near the value.
        let words = content_words(context);
        if words.is_empty() && !context.trim().is_empty() {
            reader.diagnostics.push(
                Diagnostic::error(
                    format!("the context `{}` binds nothing", context.trim()),
                    reader.file,
                    says.part(&reader.file.text, 0..context.len()),
                )
                .warning()
                .label("no name or content word here must stand near the value")
                .help("name who or what the value is about: \"the mayor: $45 million\", \"NATO: 30,000 troops\""),
            );
        }
        terms.extend(words.iter().map(|word| Term::new(word, aliases)));
    } else {
        terms.extend(names.iter().map(|name| Term::new(name, aliases)));
        // "Efficacy at standard sites: 75%": the setting says which figure is meant; its
        // words must stand near the value as a quantity's setting does.
        let words: Vec<&str> = context.split_whitespace().collect();
        if let Some(at) = words
            .iter()
            .skip(1)
            .position(|w| kinds::SETTING_PREPOSITIONS.contains(&w.to_lowercase().as_str()))
        {
            let setting = words[at + 2..].join(" ");
            terms.extend(
                content_words(&setting)
                    .iter()
                    .filter(|word| !kinds::is_name(word))
                    .filter(|word| !word.starts_with(|c: char| c.is_ascii_digit()))
                    .map(|word| Term::new(word, aliases)),
            );
        }
    }
    Some((kind, terms))
}

/// Where a shorthand's colon stands in `says`: not one inside a figure (`won in 2:04:11`,
/// `1:59.04`).
pub(crate) fn colon(text: &str) -> Option<usize> {
    text.char_indices()
        .find(|&(at, c)| {
            c == ':'
                && !(text[..at].ends_with(|c: char| c.is_ascii_digit())
                    && text[at + 1..].starts_with(|c: char| c.is_ascii_digit()))
        })
        .map(|(at, _)| at)
}

/// A `says` quoting words (`Carney said "Policy has to walk rather than run"`, `“…,” Diess
/// said`): a `quote` claim of the words between the quotation marks, the names outside them
/// its speakers. Only where a verb of saying stands outside them, or they are four words or
/// more (`The "Rose Garden" strategy cost $5bn` quotes a name, not words said).
fn quotation(text: &str, aliases: &Aliases) -> Option<(ClaimKind, Vec<Term>)> {
    let (open, close) =
        [('"', '"'), ('\u{201c}', '\u{201d}')]
            .into_iter()
            .find(|&(open, close)| {
                text.find(open)
                    .is_some_and(|at| text[at + open.len_utf8()..].contains(close))
            })?;
    let start = text.find(open)? + open.len_utf8();
    let end = start + text[start..].find(close)?;
    let quoted = text[start..end].trim();
    let outside = format!(
        "{} {}",
        &text[..start - open.len_utf8()],
        &text[end + close.len_utf8()..]
    );
    let words = quoted.split_whitespace().count();
    let speech = outside
        .split(|c: char| !c.is_alphabetic())
        .any(|w| crate::recognise::speakers::SPEECH_VERBS.contains(&w.to_lowercase().as_str()));
    if words < 2 || !(speech || words >= 4) {
        return None;
    }
    let phrase = crate::text::Phrase::new(
        quoted.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '…')),
    );
    if phrase.is_empty() {
        return None;
    }
    let speakers = speaker_names(&outside)
        .into_iter()
        .map(|name| Term::new(&name, aliases).as_speaker())
        .collect();
    Some((ClaimKind::Quote(phrase), speakers))
}

/// Who a quotation claim says said it, from its words outside the quotation: the name right
/// before its verb of saying, past an affiliation (`Alex Hamilton` of `Alex Hamilton of
/// EarlyBirdCapital said`), else the first after it (`said Alex Hamilton`); every name where
/// no verb of saying stands. Other names (`Qureshi` of `Nicholas Reade said Qureshi had`)
/// are no speakers.
fn speaker_names(outside: &str) -> Vec<String> {
    let words: Vec<&str> = outside.split_whitespace().collect();
    let bare = |w: &str| -> String {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let Some(verb) = words
        .iter()
        .position(|w| crate::recognise::speakers::SPEECH_VERBS.contains(&bare(w).as_str()))
    else {
        return names(outside);
    };
    let affiliation = |w: &str| ["of", "at", "from", "for", "with"].contains(&bare(w).as_str());
    // The subject before the verb: its words back to a clause's comma, the affiliation cut.
    let mut start = verb;
    while start > 0 && !words[start - 1].ends_with(',') {
        start -= 1;
    }
    let subject = &words[start..verb];
    let subject = subject
        .iter()
        .position(|w| affiliation(w))
        .map_or(subject, |at| &subject[..at]);
    if let Some(name) = names(&subject.join(" ")).pop() {
        return vec![name];
    }
    // "The prosecutor said", "The prime minister told MPs": no name, a role speaks; the role
    // with the words that qualify it is the speaker (found as the article's speaker in that
    // role).
    if let Some(at) = subject
        .iter()
        .rposition(|w| crate::recognise::vocabulary::is_title_or_role(&bare(w)))
    {
        let determiner = |w: &str| {
            ["the", "a", "an", "his", "her", "their", "its", "our"].contains(&bare(w).as_str())
        };
        let mut start = at;
        while start > 0
            && !determiner(subject[start - 1])
            && subject[start - 1].starts_with(|c: char| c.is_ascii_lowercase())
        {
            start -= 1;
        }
        return vec![
            subject[start..=at]
                .iter()
                .map(|w| bare(w))
                .collect::<Vec<_>>()
                .join(" "),
        ];
    }
    // After the verb: its first name, up to an affiliation or a comma.
    let after: Vec<&str> = words[verb + 1..]
        .iter()
        .copied()
        .take_while(|w| !affiliation(w))
        .collect();
    let end = after
        .iter()
        .position(|w| w.ends_with(','))
        .map_or(after.len(), |at| at + 1);
    match names(&after[..end].join(" ")).into_iter().next() {
        Some(name) => vec![name],
        None => names(outside),
    }
}

/// A `says` with no kind key and no colon, read as a fact-checker writes a claim: `UK
/// inflation fell to 3.4% in June`, `Tesla delivered 449,356 vehicles`, `Records began in
/// 2016`. Its one quantity (a date after it is its setting), or else its one date, is the
/// value; the names before it are required context, or where there are none its content
/// words (`inflation` of `Inflation fell to 3.4%`; verbs aside), as a shorthand's context.
fn sentence(
    reader: &mut Reader<'_>,
    says: &Located<String>,
    aliases: &Aliases,
) -> Option<(ClaimKind, Vec<Term>)> {
    let text = says.value.as_str();
    let normalised = crate::text::normalise(text).text;
    let mentions = crate::recognise::recognise(&normalised);
    // "Ryan Pearce, 27, was jailed for six years": an age describes the subject; it is the
    // value only where it stands alone ("Bekana was aged 41").
    let is_age =
        |m: &&crate::recognise::Mention| matches!(&m.kind, MentionKind::Quantity(q) if q.age);
    let all: Vec<&crate::recognise::Mention> = mentions
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Quantity(_)))
        .collect();
    let ages: Vec<(String, f64)> = all
        .iter()
        .filter(|m| is_age(m))
        .filter_map(|m| match (&m.kind, &m.owner) {
            (MentionKind::Quantity(q), Some(owner)) => Some((owner.to_string(), q.low)),
            _ => None,
        })
        .collect();
    // "children under 10": the bound of a group's age is a setting of the value.
    // (Not where the value is itself an age: "The victim was over 80".)
    let valued = all.iter().any(|m| !is_age(m));
    let group_ages: Vec<crate::recognise::Quantity> = all
        .iter()
        .filter(|m| valued && is_age(m))
        .filter_map(|m| match &m.kind {
            MentionKind::Quantity(q)
                if q.qualifier.is_some()
                    && !m
                        .owner
                        .as_deref()
                        .is_some_and(|o| o.starts_with(char::is_uppercase)) =>
            {
                Some(q.clone())
            }
            _ => None,
        })
        .collect();
    let mut quantities: Vec<&crate::recognise::Mention> = if valued {
        all.into_iter().filter(|m| !is_age(m)).collect()
    } else {
        all
    };
    // A bare "100m" read both as metres and as millions is one value.
    quantities.dedup_by_key(|m| m.span);
    let mut settings = group_ages;
    // "for a month", "a gallon of": one of a unit, beside the value, no value of its own.
    if quantities.len() > 1 {
        let one_of_a_unit = |m: &&crate::recognise::Mention| {
            let words = &normalised[m.span.range()];
            (words.starts_with("a ") || words.starts_with("an ") || words.starts_with("A "))
                && matches!(&m.kind, MentionKind::Quantity(q) if q.low == 1.0)
        };
        if quantities.iter().any(|m| !one_of_a_unit(m)) {
            quantities.retain(|m| !one_of_a_unit(m));
        }
        // "ran 1:59.04 in the 800m": a race named by its distance.
        let event = |m: &&crate::recognise::Mention| {
            normalised[..m.span.start]
                .trim_end()
                .to_lowercase()
                .ends_with(" the")
                && matches!(&m.kind, MentionKind::Quantity(q)
                    if q.measure().is_some_and(|u| u.dimension == crate::recognise::units::Dimension::Length))
        };
        if quantities.iter().any(|m| !event(m)) {
            quantities.retain(|m| !event(m));
        }
        // "a two-bedroom unit": a count glued to its noun describes it; so does a measure
        // glued to its unit before a noun ("the average five-year fixed rate is 4.83%").
        let describing = |m: &&crate::recognise::Mention| {
            let words = &normalised[m.span.range()];
            let before_noun = normalised[m.span.end..]
                .trim_start()
                .starts_with(|c: char| c.is_alphabetic());
            words.contains('-')
                && words
                    .split('-')
                    .next_back()
                    .is_some_and(|w| w.chars().all(char::is_alphabetic) && !w.is_empty())
                && matches!(&m.kind, MentionKind::Quantity(q)
                    if q.measure().is_none() || before_noun)
        };
        if quantities.iter().any(|m| !describing(m)) {
            // A measure that describes ("five-year") is the claim's setting, to be checked.
            settings.extend(quantities.iter().filter(|m| describing(m)).filter_map(
                |m| match &m.kind {
                    MentionKind::Quantity(q) if q.measure().is_some() => Some(q.clone()),
                    _ => None,
                },
            ));
            quantities.retain(|m| !describing(m));
        }
        // "100 flats were let within six weeks", "sets aside $2.4 million over two years":
        // a later figure after a preposition is the first one's setting.
        if let Some(first) = quantities.first().copied() {
            let preposition = |w: &str| {
                [
                    "in", "within", "over", "during", "for", "after", "before", "by", "inside",
                ]
                .contains(&w.to_lowercase().as_str())
            };
            let setting = |m: &&crate::recognise::Mention| {
                m.span.start > first.span.end
                    && (normalised[first.span.end..m.span.start]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(preposition)
                        // "within six weeks": the preposition read as the figure's bound.
                        || normalised[m.span.range()]
                            .split_whitespace()
                            .next()
                            .is_some_and(preposition))
            };
            // (A count too: "18 goals in 27 league games".)
            settings.extend(quantities.iter().filter(|m| setting(m)).filter_map(
                |m| match &m.kind {
                    MentionKind::Quantity(q) if q.unit.is_some() => Some(q.clone()),
                    _ => None,
                },
            ));
            quantities.retain(|m| !setting(m));
        }
        // "developed at least one condition": a threshold that defines a share, no value;
        // "the $9 billion package": a sum naming its noun.
        let aside = |m: &&crate::recognise::Mention| {
            let MentionKind::Quantity(q) = &m.kind else {
                return false;
            };
            let threshold = q.low == 1.0
                && q.qualifier
                    .as_ref()
                    .is_some_and(|q| q.direction == crate::recognise::Direction::Above);
            let naming = normalised[..m.span.start]
                .trim_end()
                .to_lowercase()
                .ends_with(" the")
                && q.measure().is_some_and(|u| {
                    matches!(u.dimension, crate::recognise::units::Dimension::Currency(_))
                })
                && normalised[m.span.end..]
                    .trim_start()
                    .starts_with(|c: char| c.is_lowercase());
            threshold || naming
        };
        if quantities.iter().any(|m| !aside(m)) {
            quantities.retain(|m| !aside(m));
        }
    }
    // "rose 16% to $12.25 billion", "won 20.8%, up from 10.4%": a change with the level it
    // reached, or a level with the one before it, is one statement; its first figure is the
    // value.
    let mut until = normalised.len();
    let mut level_after = None;
    let mut level_before = None;
    // Words left out of the value's reading (`from 34` of `rose from 34 to 44 seats`).
    let mut cut: Option<std::ops::Range<usize>> = None;
    let pair = match quantities.as_slice() {
        [first, second] => Some((*first, *second)),
        _ => None,
    };
    if let Some((first, second)) = pair {
        let between = normalised[first.span.end..second.span.start.max(first.span.end)]
            .trim_matches(|c: char| c == ',' || c.is_whitespace())
            .to_lowercase();
        // ("won 20.8% of the vote, up from 10.4%": the first figure's words between.)
        // ("closed up 1% at $18.22": a change's level is given `at` too.)
        let change_at = between == "at"
            && matches!(&first.kind, MentionKind::Quantity(q) if q.change.is_some());
        // "rose from 34 to 44 seats": the level reached is the value, the level it came from
        // is checked beside the article's (as in "rose to 44 seats from 34").
        let from_to = between == "to"
            && normalised[..first.span.start]
                .trim_end()
                .to_lowercase()
                .rsplit(' ')
                .next()
                .is_some_and(|w| w == "from");
        if from_to && let MentionKind::Quantity(level) = &first.kind {
            level_before = Some(level.clone());
            let from_word = normalised[..first.span.start].trim_end().len() - "from".len();
            cut = Some(from_word..first.span.end);
            quantities.remove(0);
        } else if change_at
            || ["to", "from", "up from", "down from", "compared with"]
                .iter()
                .any(|joiner| between == *joiner || between.ends_with(&format!(" {joiner}")))
        {
            // The claim is read up to its second figure: that level is no setting of it. A
            // level a change reached ("to") is checked beside the article's change.
            until = second.span.start;
            if (between == "to" || between.ends_with(" to") || change_at)
                && let MentionKind::Quantity(level) = &second.kind
            {
                level_after = Some(level.clone());
            }
            // A level the claimed one came from ("to 9.6% from 7.7%") is checked beside the
            // article's.
            if between.ends_with("from")
                && let MentionKind::Quantity(level) = &second.kind
            {
                level_before = Some(level.clone());
            }
            quantities.truncate(1);
        }
    }
    let dates: Vec<&crate::recognise::Mention> = mentions
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Date(_)))
        .collect();
    // "Khan won eight of the 14 constituencies": a sentence whose value cannot be read as one
    // is read as a statement (its words in one sentence), never refused; only a sentence with
    // no word to check is an error.
    let fail = |reader: &mut Reader<'_>, label: String| -> Option<(ClaimKind, Vec<Term>)> {
        if let Some(claimed) = statement(&normalised) {
            return Some((ClaimKind::Statement(Box::new(claimed)), Vec::new()));
        }
        reader.diagnostics.push(
            Diagnostic::error("claim has no kind key and `says` states no one value to check", reader.file, says.span)
                .label(label)
                .help("name the value after a colon (`says = \"ONS: inflation 3.4% in June\"`), or add one of `quantity`, `date`, `quote`, `text`, `pattern`"),
        );
        None
    };
    let (mut kind, start, end, mut terms) = match (quantities.as_slice(), dates.as_slice()) {
        // "The procedural vote on Tuesday passed 51-50": a date is the value's setting,
        // before it or after it.
        ([quantity], _) => {
            // Read from the value's clause: past any mention before it (an age, a date), so
            // that the words of change before it still count ("fell 0.4 points").
            let from = mentions
                .iter()
                .filter(|m| {
                    m.span.end <= quantity.span.start
                        && !cut.as_ref().is_some_and(|cut| cut.contains(&m.span.start))
                })
                .map(|m| m.span.end)
                .max()
                .unwrap_or(0);
            let read = match &cut {
                Some(cut) if from <= cut.start && cut.end <= until => {
                    std::borrow::Cow::Owned(format!(
                        "{}{}",
                        &normalised[from..cut.start],
                        &normalised[cut.end..until]
                    ))
                }
                _ => std::borrow::Cow::Borrowed(&normalised[from..until]),
            };
            match kinds::quantity(&read, text, aliases) {
                Ok((mut claimed, names)) => {
                    claimed.level_after = level_after;
                    claimed.level_before = level_before;
                    if !quantity_is_age(quantity) {
                        claimed.ages = ages;
                    }
                    claimed.settings = settings;
                    if claimed.when.is_none() {
                        claimed.when = date_before(&normalised, &dates, quantity.span.start);
                    }
                    claimed.verb = normalised[from..quantity.span.start]
                        .split_whitespace()
                        .next_back()
                        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
                        .filter(|w| kinds::is_participle(w));
                    claimed.described_by = content_words(&normalised[..quantity.span.start])
                        .into_iter()
                        .filter(|word| {
                            !kinds::is_name(word)
                                && !is_verb(word)
                                && !describes(word)
                                && !word.chars().any(|c| c.is_ascii_digit())
                        })
                        .map(|word| crate::text::Phrase::new(&word.to_lowercase()))
                        .collect();
                    // "9% of patients given lecanemab", "$25 billion on share buybacks": what
                    // a share is of, or a sum is spent on, describes it too (against "17.3% of
                    // the lecanemab group and 9% of the placebo group").
                    let openers: &[&str] = match claimed.quantity.measure().map(|m| m.dimension) {
                        Some(Dimension::Percentage) => &["of"],
                        Some(Dimension::Currency(_)) => &["on", "in", "for"],
                        _ => &[],
                    };
                    claimed.described_by.extend(what_a_figure_is_of(
                        &normalised[quantity.span.end..until],
                        openers,
                    ));
                    let terms: Vec<Term> = names
                        .iter()
                        .map(|name| Term::of_figure(name, aliases))
                        .collect();
                    (
                        ClaimKind::Quantity(Box::new(claimed)),
                        quantity.span.start,
                        quantity.span.end.min(until).max(quantity.span.start),
                        terms,
                    )
                }
                Err(reason) => return fail(reader, reason),
            }
        }
        ([], [date]) => match kinds::date(&normalised[date.span.range()]) {
            Ok(claimed) => (
                ClaimKind::Date(Box::new(claimed)),
                date.span.start,
                date.span.end,
                Vec::new(),
            ),
            Err(reason) => return fail(reader, reason),
        },
        // "Martinez was convicted of racketeering": no value; its words must stand together.
        ([], []) => {
            return match statement(&normalised) {
                Some(claimed) => Some((ClaimKind::Statement(Box::new(claimed)), Vec::new())),
                None => fail(reader, "no quantity, date or word to check here".into()),
            };
        }
        // "The Observatory raised its toll to 106, including 42 children", "Leeds trailed 3-1
        // with half an hour to play": each value must hold (dates are the setting of the
        // quantity before them, where there is one).
        _ => {
            let values: Vec<&crate::recognise::Mention> = if quantities.is_empty() {
                dates.clone()
            } else {
                quantities.clone()
            };
            let mut parts = Vec::with_capacity(values.len());
            for (at, value) in values.iter().enumerate() {
                let from = if at == 0 { 0 } else { values[at - 1].span.end };
                let to = values
                    .get(at + 1)
                    .map_or(until.max(value.span.end), |next| next.span.start);
                let written = normalised[value.span.range()].trim().to_string();
                let part = match &value.kind {
                    MentionKind::Quantity(_) => kinds::quantity(
                        &normalised[from..to],
                        text,
                        aliases,
                    )
                    .map(|(claimed, names)| super::Part {
                        text: written,
                        kind: ClaimKind::Quantity(Box::new(claimed)),
                        context: names.iter().map(|n| Term::of_figure(n, aliases)).collect(),
                    }),
                    MentionKind::Date(_) => kinds::date(&written).map(|claimed| super::Part {
                        text: written,
                        kind: ClaimKind::Date(Box::new(claimed)),
                        context: Vec::new(),
                    }),
                };
                match part {
                    Ok(part) => parts.push(part),
                    Err(reason) => return fail(reader, reason),
                }
            }
            (
                ClaimKind::All(parts.into()),
                values[0].span.start,
                values[0].span.end,
                Vec::new(),
            )
        }
    };
    // The words before the value are its context: their names, or their content words.
    let before = &normalised[..start];
    let names = names(before);
    let bound: Vec<String> = if names.is_empty() {
        content_words(before)
            .into_iter()
            .filter(|word| !is_verb(word) && !describes(word))
            // "A 94-year-old war veteran": the age is the subject's description, no word to find.
            .filter(|word| !word.chars().any(|c| c.is_ascii_digit()))
            .collect()
    } else {
        names
    };
    // "14,964 volunteers received the placebo", "64% of companies beat profit forecasts": a
    // claim opening with its value is about what the words after it say (its verb aside).
    let opening = bound.is_empty() && terms.is_empty();
    // The words after a value that opens the sentence, its unit's aside.
    let unit_words: Vec<String> = match &kind {
        ClaimKind::Quantity(claimed) => claimed
            .quantity
            .unit
            .as_ref()
            .map(|u| u.phrase.split_whitespace().map(str::to_lowercase).collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    // "64% of companies beat profit forecasts", "64% of reporting companies beat Wall
    // Street's profit forecasts": what the words after a value that opens the sentence say of
    // it describes it, as the words before a value do.
    if bound.is_empty()
        && let ClaimKind::Quantity(claimed) = &mut kind
    {
        claimed.described_by = content_words(&normalised[end..])
            .into_iter()
            .map(|word| word.to_lowercase())
            .filter(|word| !unit_words.contains(word) && !describes(word))
            .filter(|word| !word.chars().any(|c| c.is_ascii_digit()))
            .map(|word| crate::text::Phrase::new(&word))
            .collect();
    }
    let bound = if opening {
        content_words(&normalised[end..])
            .into_iter()
            .filter(|word| !is_verb(word) && !describes(word))
            .filter(|word| !word.chars().any(|c| c.is_ascii_digit()))
            .filter(|word| !unit_words.contains(&word.to_lowercase()))
            .collect()
    } else {
        bound
    };
    for word in bound {
        if !terms.iter().any(|t| t.name.eq_ignore_ascii_case(&word)) {
            let term = Term::new(&word, aliases);
            // (Said after the value, apart from the figure as often as not.)
            terms.push(if opening { term.anywhere() } else { term });
        }
    }
    // ("412,000 homes lost power" binds nothing: like a `quantity` key alone, it checks that
    // the article states the value.)
    Some((kind, terms))
}

/// The date a sentence claim gives its value before it (`In 2022, sales were $5bn`,
/// `Borrowing in 2012-13 is forecast at £131bn`, `The November 1985 flood killed 38`): a
/// date after `in`, `during`, `on`, `for` or `the`, in the value's own clause (not `Petters, who was convicted in 2008, was
/// sentenced…`).
fn date_before(
    normalised: &str,
    dates: &[&crate::recognise::Mention],
    value: usize,
) -> Option<crate::recognise::DateValue> {
    let mut before_value: Vec<&&crate::recognise::Mention> =
        dates.iter().filter(|d| d.span.end <= value).collect();
    before_value.sort_by_key(|d| d.span.start);
    let mut date = *before_value.pop()?;
    // "2012-13": a year written as two, named by its first.
    while let Some(previous) = before_value.pop()
        && matches!(
            normalised[previous.span.end..date.span.start].trim(),
            "-" | "–" | "/"
        )
    {
        date = previous;
    }
    let before = normalised[..date.span.start].to_lowercase();
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let led = words
        .last()
        .is_some_and(|w| *w == "the" || kinds::DATED_PREPOSITIONS.contains(w));
    let subordinate = words
        .iter()
        .any(|w| ["who", "which", "that", "when", "after", "before", "since"].contains(w));
    if !led || subordinate {
        return None;
    }
    kinds::date(&normalised[date.span.range()])
        .ok()
        .map(|claimed| claimed.date)
}

/// A sentence with no value read as a statement: its names (runs of capitalised words, the
/// sentence's opening word aside unless a name follows it) and its content words.
fn statement(sentence: &str) -> Option<super::StatementClaim> {
    let names = names(sentence);
    let in_names = |word: &str| {
        names.iter().any(|name| {
            name.split_whitespace()
                .any(|part| part.eq_ignore_ascii_case(word))
        })
    };
    let mut shown: Vec<String> = names.clone();
    for word in content_words(sentence) {
        let bare = word.trim_matches(|c: char| c == '\'' || c == '\u{2019}');
        if bare.is_empty() || in_names(bare) || bare.chars().next().is_some_and(char::is_uppercase)
        {
            continue;
        }
        if crate::text::words::denies(bare) {
            continue;
        }
        if !shown.iter().any(|w| w.eq_ignore_ascii_case(bare)) {
            shown.push(bare.to_string());
        }
    }
    if shown.is_empty() {
        return None;
    }
    let negated = sentence
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .any(crate::text::words::denies);
    Some(super::StatementClaim {
        words: shown.iter().map(|w| crate::text::Phrase::new(w)).collect(),
        shown,
        negated,
    })
}

/// Words that describe without naming what the value is about: a sentence's adverbs
/// (`originally`) and the commonest adjectives of time and order (`new`, `first`).
fn describes(word: &str) -> bool {
    let lower = word.to_lowercase();
    (lower.len() > 4 && lower.ends_with("ly"))
        || [
            "new", "old", "first", "last", "latest", "recent", "current", "previous", "early",
            "late", "total", "overall", "annual", "monthly", "weekly", "daily", "further", "other",
        ]
        .contains(&lower.as_str())
}

/// The content words of what a figure is of (`patients`, `given`, `lecanemab` of ` of
/// patients given lecanemab`), after one of `openers`, up to a verb or another preposition:
/// none where no opener follows the figure.
fn what_a_figure_is_of(after: &str, openers: &[&str]) -> Vec<crate::text::Phrase> {
    let mut words = after.split_whitespace();
    if !words
        .next()
        .is_some_and(|w| openers.iter().any(|o| w.eq_ignore_ascii_case(o)))
    {
        return Vec::new();
    }
    words
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .take_while(|w| {
            !w.is_empty()
                && ![
                    "was", "were", "is", "are", "had", "has", "have", "in", "on", "at", "by",
                ]
                .contains(&w.to_lowercase().as_str())
        })
        .filter(|w| {
            !STOP_WORDS.contains(&w.to_lowercase().as_str())
                && !kinds::is_name(w)
                && !w.chars().any(|c| c.is_ascii_digit())
        })
        .map(|w| crate::text::Phrase::new(&w.to_lowercase()))
        .collect()
}

/// Whether a claim word is a verb (`fell`, `delivered`, `began`): no context to bind.
pub(crate) fn is_verb(word: &str) -> bool {
    let lexemes = crate::recognise::vocabulary::lex(word, 0);
    let lower = word.to_lowercase();
    lexemes.first().is_some_and(|l| {
        l.class & (crate::text::lexer::class::VERB | crate::text::lexer::class::SPEECH_VERB) != 0
    }) || (lower.len() > 4 && lower.ends_with("ed"))
        || [
            "began", "grew", "fell", "rose", "won", "lost", "hit", "cut", "saw", "says",
        ]
        .contains(&lower.as_str())
}

/// The content words of a context without names (`mayor` of `the mayor`), stop words aside.
fn content_words(context: &str) -> Vec<String> {
    context
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '\u{2019}')
        .filter(|w| !w.is_empty())
        .filter(|w| !STOP_WORDS.contains(&w.to_lowercase().as_str()))
        .map(String::from)
        .collect()
}

/// What binds a claim whose value and keys name no one: the names in its `says` outside the
/// words of its value (`Sabalenka` of "Sabalenka won the final in 67 minutes"), else its
/// content words there that are no verb (`measles`, `nationally` of "There were 314 measles
/// cases nationally in 2017").
pub(super) fn bound_by(says: &str, value: &str) -> Vec<String> {
    let value: Vec<String> = value
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let rest: String = says
        .split_whitespace()
        .filter(|w| {
            let bare = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            !value.contains(&bare) && !bare.chars().any(|c| c.is_ascii_digit())
        })
        .collect::<Vec<_>>()
        .join(" ");
    let named = names(&rest);
    if !named.is_empty() {
        return named;
    }
    content_words(&rest)
        .into_iter()
        .filter(|w| w.chars().count() > 2 && !is_verb(w))
        .collect()
}

/// The names in a context: runs of capitalised words and acronyms (`Steve Jobs`, `NATO`).
pub(super) fn names(context: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let words: Vec<&str> = context.split_whitespace().collect();
    for (index, word) in words.iter().enumerate() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '\'');
        let bare = bare
            .strip_suffix("'s")
            .or_else(|| bare.strip_suffix("’s"))
            .unwrap_or(bare);
        // (A name in camel case too: "easyJet", "iPhone".)
        let capitalised = kinds::is_name(bare);
        let skipped = index == 0 && NOT_NAMES.contains(&bare);
        if capitalised && !skipped {
            run.push(bare);
        } else if !run.is_empty() {
            names.push(run.join(" "));
            run.clear();
        }
        if word.ends_with([',', ';']) && !run.is_empty() {
            names.push(run.join(" "));
            run.clear();
        }
    }
    if !run.is_empty() {
        names.push(run.join(" "));
    }
    names
}

/// Whether `mention` is an age.
fn quantity_is_age(mention: &crate::recognise::Mention) -> bool {
    matches!(&mention.kind, MentionKind::Quantity(q) if q.age)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consecutive_capitalised_words_are_one_name() {
        assert_eq!(names("NATO estimate"), ["NATO"]);
        assert_eq!(
            names("Pentagon spokesman John Kirby"),
            ["Pentagon", "John Kirby"]
        );
        assert_eq!(names("Estimate by the UN"), ["UN"]);
        assert_eq!(names("Kyiv's foreign ministry"), ["Kyiv"]);
    }
}
