//! `date` claims: a date mention agreeing on every part both sides state, and stating every
//! part the claim states (`in December` does not support `Dec. 1`), with the context in the
//! window. A date stating a common part differently, in context, refutes.

use super::quantity::{candidate, substituted, value_evidence};
use super::{Outcome, context, listed};
use crate::article::Analysis;
use crate::claims::{Claim, DateClaim, Verdict};
use crate::recognise::{Mention, MentionKind};
use crate::text::Within;

pub(super) fn decide(claim: &Claim, claimed: &DateClaim, analysis: &Analysis) -> Outcome {
    let mut refutation = None;
    let mut near = Vec::new();
    let mut less_said = false;
    // Where the claim's context stands in one sentence with dates, those dates are the ones
    // it is about: "The stumps began emerging last summer. Tests, completed in April, …" —
    // April is not when they emerged.
    let has_context = !claim.context.is_empty();
    let in_sentence = |mention: &Mention| {
        has_context
            && context::missing_within(claim, analysis, mention.sentence, Within::Sentence)
                .is_empty()
    };
    // Every date that agrees with the claim or could disagree, once, with whether it is bound
    // to the claim's sentence and whether it says less than the claim: a date resolved
    // against publication compares as the days it stands for.
    let dates: Vec<(&Mention, bool, bool, bool)> = analysis
        .mentions
        .iter()
        .filter_map(|mention| {
            let MentionKind::Date(stated) = &mention.kind else {
                return None;
            };
            let by_days = stated.agrees_by_days(&claimed.date);
            let agrees = by_days.unwrap_or_else(|| stated.agrees_with(&claimed.date));
            // "on Dec. 1" against "in December": the article says less than the claim.
            let says_less = by_days.is_none() && vaguer(stated, &claimed.date);
            (agrees || by_days.is_some() || stated.comparable(&claimed.date))
                .then(|| (mention, agrees, in_sentence(mention), says_less))
        })
        .collect();
    // (A date that says less than the claim binds nothing: "third-quarter results" in the
    // sentence naming the S&P 500 is not when it set its record on July 26.)
    let bound = dates
        .iter()
        .any(|&(_, _, in_sentence, says_less)| in_sentence && !says_less);
    for &(mention, agrees, in_sentence, says_less) in dates
        .iter()
        .filter(|&&(_, _, in_sentence, _)| !bound || in_sentence)
    {
        // Every context term in the date's sentence is in the claim's window, which holds
        // the sentence.
        let missing = if in_sentence {
            Vec::new()
        } else {
            context::missing_context(claim, analysis, mention.sentence)
        };
        if !missing.is_empty() {
            if agrees && near.len() < 3 {
                near.push(candidate(
                    analysis,
                    mention,
                    format!("context {}", listed(&missing)),
                ));
            }
            continue;
        }
        // "ANZ will do so from 11 November and NAB from 4 November": the date of another
        // item of the sentence, the claim's names standing with that one.
        // "is expected to decide by Jan. 6" does not say that it was decided then.
        let passed_over = if !agrees {
            None
        } else if dated_elsewhere(claim, claimed, analysis, mention) {
            Some("the claim's names (they stand with another date)")
        } else if foreseen(analysis, mention) && !claims_foreseen(&claim.says) {
            Some("that it happened (the article gives the date as expected or planned)")
        } else {
            None
        };
        if let Some(lacks) = passed_over {
            if near.len() < 3 {
                near.push(candidate(analysis, mention, lacks.into()));
            }
            continue;
        }
        // Nothing against the claim either: no support, and no other date refutes it.
        if agrees && says_less {
            if near.len() < 3 {
                near.push(candidate(
                    analysis,
                    mention,
                    "the claim's day or month (the article's date says less)".into(),
                ));
            }
            less_said = true;
            continue;
        }
        if agrees {
            let mut outcome = Outcome::new(analysis, Verdict::Supported);
            outcome.evidence = Some(value_evidence(analysis, mention));
            outcome.notes.extend(resolution_note(analysis, mention));
            return outcome;
        }
        // The contradicting mention nearest the claim's context, the first of equals.
        let distance =
            context::distance_to_context(claim, analysis, mention.sentence, mention.span);
        if refutation.is_none_or(|(best, _)| distance < best) {
            refutation = Some((distance, mention));
        }
    }
    if let Some((_, mention)) = refutation.filter(|_| !less_said) {
        let mut outcome = Outcome::new(analysis, Verdict::Refuted);
        outcome.evidence = Some(value_evidence(analysis, mention));
        outcome.notes.extend(resolution_note(analysis, mention));
        outcome.diff = Some(substituted(
            analysis,
            mention.sentence,
            mention.span,
            &claimed.text,
        ));
        return outcome;
    }
    let mut outcome = Outcome::new(analysis, Verdict::Absent);
    outcome.candidates = near;
    outcome
}

/// Whether the article's date leaves out a part the claim states: the day of a month
/// (`December` for `Dec. 1`), or the month of a year (`2023` for `March 2023`).
fn vaguer(stated: &crate::recognise::DateValue, claimed: &crate::recognise::DateValue) -> bool {
    let no_day = stated.day.is_none() && stated.weekday.is_none() && stated.relative.is_none();
    let no_month = stated.month.is_none() && stated.quarter.is_none() && stated.relative.is_none();
    (claimed.day.is_some() && no_day) || (claimed.month.is_some() && no_month)
}

/// How a weekday or relative date was read against the day of publication.
fn resolution_note(analysis: &Analysis, mention: &Mention) -> Option<String> {
    let MentionKind::Date(stated) = &mention.kind else {
        return None;
    };
    let days = stated.resolved.as_ref()?;
    Some(format!(
        "`{}` read as {}: the {}",
        crate::text::one_line(analysis.slice(mention.span)),
        days.describe(),
        days.how
    ))
}

/// Words that put what a date is the date of ahead, or make it a plan or an expectation.
const FORESEEING: &[&str] = &[
    "will",
    "would",
    "could",
    "might",
    "should",
    "must",
    "expected",
    "expects",
    "expect",
    "due",
    "scheduled",
    "aims",
    "intends",
    "hopes",
    "deadline",
    "tentatively",
];

/// Whether `word` (lower case), with the word after it, foresees: `set` and `plans` only
/// before `to` or `for` (`set a record on Monday` happened; `backed the plans on Thursday`).
fn foresees(word: &str, next: Option<&str>) -> bool {
    FORESEEING.contains(&word)
        || (["set", "plans", "plan", "planned", "planning"].contains(&word)
            && next.is_some_and(|n| n == "to" || n == "for"))
}

/// Whether a date's clause, before it, foresees what it is the date of: `is expected to
/// decide by Jan. 6`, `will be held on May 5`, `is due to report on Thursday`.
fn foreseen(analysis: &Analysis, mention: &Mention) -> bool {
    let sentence = &analysis.sentences[mention.sentence];
    let first = analysis.token_at(mention.span.start);
    let floor = first.saturating_sub(10).max(sentence.tokens.start);
    let mut at = first;
    while at > floor {
        let token = analysis.tokens[at - 1];
        let gap = analysis.slice(crate::source::Span::new(
            token.span.end,
            analysis
                .tokens
                .get(at)
                .filter(|_| at < first)
                .map_or(mention.span.start, |t| t.span.start)
                .max(token.span.end),
        ));
        if gap.contains([',', ';', ':', '(', ')', '"', '\u{201c}', '\u{201d}']) {
            return false;
        }
        let word = analysis.slice(token.span).to_lowercase();
        if [
            "after", "when", "because", "since", "and", "but", "said", "says",
        ]
        .contains(&word.as_str())
        {
            return false;
        }
        let next = (at < first).then(|| analysis.slice(analysis.tokens[at].span).to_lowercase());
        if foresees(&word, next.as_deref()) {
            return true;
        }
        at -= 1;
    }
    false
}

/// Whether a claim says what its date is the date of is foreseen, or does not say it
/// happened: it has a foreseeing word, or no verb in the past tense (`The vote is on
/// Thursday`).
fn claims_foreseen(says: &str) -> bool {
    let words: Vec<String> = says
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let foreseeing = words
        .iter()
        .enumerate()
        .any(|(i, w)| foresees(w, words.get(i + 1).map(String::as_str)));
    foreseeing || !super::says_past(says)
}

/// Whether the claim's names stand with another date of the sentence rather than with this
/// one: each date's words are those between the date before it (or the sentence's start) and
/// it. The other date must have more of them, and be an item with no verb of its own (`,
/// and NAB from 4 November`, `, and the Duluth-area contracts on June 30`) or have two or
/// more (`face Italy on 13 March before finishing against France in Paris on 20 March`).
fn dated_elsewhere(
    claim: &Claim,
    claimed: &DateClaim,
    analysis: &Analysis,
    mention: &Mention,
) -> bool {
    // (Names: "the budget was approved" names no item.)
    let names: Vec<&crate::claims::Term> = claim
        .context
        .iter()
        .filter(|t| !t.speaker && t.name.chars().next().is_some_and(char::is_uppercase))
        .collect();
    if names.is_empty() {
        return false;
    }
    // (Dates of the claim's kind: "at about 9.45pm on 12 May 2019" is one moment.)
    let dates: Vec<&Mention> = analysis
        .mentions
        .iter()
        .filter(|m| {
            m.sentence == mention.sentence
                && matches!(&m.kind, MentionKind::Date(d) if d.comparable(&claimed.date))
        })
        .collect();
    if dates.len() < 2 {
        return false;
    }
    let sentence = analysis.sentences[mention.sentence].tokens.start;
    let words = |m: &Mention| {
        let start = dates
            .iter()
            .filter(|d| d.span.end <= m.span.start)
            .map(|d| analysis.token_at(d.span.end))
            .max()
            .unwrap_or(sentence);
        start..analysis.token_at(m.span.start).max(start)
    };
    let hits = |range: std::ops::Range<usize>| {
        names
            .iter()
            .filter(|term| {
                term.alternatives
                    .iter()
                    .any(|p| !analysis.find_phrase(p, false, range.clone()).is_empty())
            })
            .count()
    };
    let own = hits(words(mention));
    dates.iter().any(|other| {
        if other.span == mention.span {
            return false;
        }
        let range = words(other);
        let theirs = hits(range.clone());
        theirs > own && (theirs >= 2 || verbless_item(analysis, range))
    })
}

/// Whether words before a date are a list item with no verb: `and` first (perhaps after a
/// comma), a few words, none a verb's form.
fn verbless_item(analysis: &Analysis, range: std::ops::Range<usize>) -> bool {
    let words: Vec<String> = range
        .map(|at| analysis.slice(analysis.tokens[at].span).to_lowercase())
        .collect();
    words.first().is_some_and(|w| w == "and" || w == "while")
        && words.len() <= 7
        && !words.iter().any(|w| {
            w.ends_with("ed")
                || w.ends_with("ing")
                || [
                    "is", "are", "was", "were", "has", "have", "had", "will", "would", "said",
                    "says", "do", "does", "did",
                ]
                .contains(&w.as_str())
        })
}
