//! Statements: a `says` sentence with no figure or date to check (`Newsom declared a state of
//! emergency`, `Martinez was convicted of racketeering`, `Reed finished first`). Its names
//! and content words must stand in one sentence of the article (by stem: `convicted` is
//! found in `conviction`'s sentence only as `convict…`); a denial there of one of its words
//! (`Guzman was not convicted`) refutes a claim that asserts it, and a claim that denies what
//! the sentence asserts (`The government would not intervene` against `would intervene`) is
//! refuted too. Otherwise it is absent, with the sentence that has most of its words.

use super::{Candidate, Outcome, context, evidence, listed};
use crate::article::Analysis;
use crate::claims::{Claim, StatementClaim, Verdict};
use crate::text::words::denies;

pub(super) fn decide(claim: &Claim, statement: &StatementClaim, analysis: &Analysis) -> Outcome {
    // Each word's sentences, found once over the article.
    let all = 0..analysis.tokens.len();
    // Not the second half of a ranked compound: `second-largest` is not `largest`.
    let ranked = |at: usize| {
        at > 0 && {
            let before = analysis.tokens[at - 1];
            let between = analysis.slice(crate::source::Span::new(
                before.span.end,
                analysis.tokens[at].span.start.max(before.span.end),
            ));
            between == "-"
                && ["second", "third", "fourth", "fifth", "next"]
                    .iter()
                    .any(|w| analysis.slice(before.span).eq_ignore_ascii_case(w))
        }
    };
    let found: Vec<Vec<usize>> = statement
        .words
        .iter()
        .map(|phrase| {
            let mut starts = analysis.find_phrase(phrase, false, all.clone());
            starts.retain(|&at| !ranked(at));
            starts
        })
        .collect();
    let mut counts = vec![0usize; analysis.sentences.len()];
    for starts in &found {
        let mut sentences: Vec<usize> = starts
            .iter()
            .map(|&at| analysis.tokens[at].sentence)
            .collect();
        sentences.dedup();
        for sentence in sentences {
            counts[sentence] += 1;
        }
    }
    let whole = statement.words.len();
    let mut lacking_context = None;
    let mut scattered = None;
    let mut compared = None;
    for (sentence, &count) in counts.iter().enumerate() {
        if count < whole {
            continue;
        }
        // Together, as a clause says them: "The East Midlands was the strongest-performing
        // region, …, closely followed by the West Midlands" does not say the West Midlands
        // was.
        if !together(analysis, sentence, &found) {
            scattered.get_or_insert(sentence);
            continue;
        }
        // "Atlanta stayed the busiest US airport, ahead of Los Angeles International" does
        // not say Los Angeles was: a name the article gives only as what another is compared
        // with, where the claim does not.
        if let Some(name) = compared_only(claim, statement, analysis, sentence, &found) {
            compared.get_or_insert((sentence, name));
            continue;
        }
        let missing = context::missing_context(claim, analysis, sentence);
        if !missing.is_empty() {
            lacking_context.get_or_insert((sentence, context::lacks_note(claim, &missing)));
            continue;
        }
        let span = analysis.sentences[sentence].span;
        let denial = denial_in(analysis, sentence, &found);
        let mut outcome = match (statement.negated, denial) {
            (false, Some(words)) => {
                let mut outcome = Outcome::new(analysis, Verdict::Refuted);
                outcome
                    .notes
                    .push(format!("the article denies it: \"{words}\""));
                outcome
            }
            (true, None) => {
                let mut outcome = Outcome::new(analysis, Verdict::Refuted);
                outcome
                    .notes
                    .push("the claim denies what the article states".into());
                outcome
            }
            _ => Outcome::new(analysis, Verdict::Supported),
        };
        outcome.evidence = Some(evidence(analysis, span));
        return outcome;
    }
    let mut outcome = Outcome::new(analysis, Verdict::Absent);
    if let Some((sentence, name)) = compared {
        outcome.candidates.push(Candidate {
            evidence: evidence(analysis, analysis.sentences[sentence].span),
            lacks: format!(
                "`{name}` as the statement's subject (the article compares another with it)"
            ),
        });
        return outcome;
    }
    if let Some(sentence) = scattered {
        outcome.candidates.push(Candidate {
            evidence: evidence(analysis, analysis.sentences[sentence].span),
            lacks: "its words together (they stand apart in the sentence)".into(),
        });
        return outcome;
    }
    if let Some((sentence, note)) = lacking_context {
        outcome.evidence = Some(evidence(analysis, analysis.sentences[sentence].span));
        outcome
            .notes
            .push(format!("the statement is here, but {note}"));
        return outcome;
    }
    // The sentence with most of the words, and those it lacks.
    if let Some((sentence, _)) = counts
        .iter()
        .enumerate()
        .filter(|(_, count)| **count > 0)
        .max_by_key(|(at, count)| (**count, std::cmp::Reverse(*at)))
    {
        let lacks: Vec<&str> = statement
            .shown
            .iter()
            .zip(&found)
            .filter(|(_, starts)| {
                !starts
                    .iter()
                    .any(|&at| analysis.tokens[at].sentence == sentence)
            })
            .map(|(word, _)| word.as_str())
            .collect();
        outcome.candidates.push(Candidate {
            evidence: evidence(analysis, analysis.sentences[sentence].span),
            lacks: format!("the words {}", listed(&lacks)),
        });
    }
    outcome
}

/// Words after which a name is what another is compared with (`ahead of`, `followed by`).
const COMPARED_WITH: &[&[&str]] = &[
    &["ahead", "of"],
    &["behind"],
    &["followed", "by"],
    &["than"],
    &["beating"],
    &["trailing"],
    &["outpacing"],
];

/// Whether the words before `at` (a determiner aside) are one of [`COMPARED_WITH`].
fn after_comparison(words: &[&str], at: usize) -> bool {
    let mut end = at;
    if end > 0 && words[end - 1].eq_ignore_ascii_case("the") {
        end -= 1;
    }
    COMPARED_WITH.iter().any(|marker| {
        end >= marker.len()
            && words[end - marker.len()..end]
                .iter()
                .zip(marker.iter())
                .all(|(word, m)| word.eq_ignore_ascii_case(m))
    })
}

/// A name of the statement (a capitalised word of it) that `sentence` gives only after a
/// comparison (`ahead of Los Angeles International`) where the claim gives it otherwise.
fn compared_only<'s>(
    claim: &Claim,
    statement: &'s StatementClaim,
    analysis: &Analysis,
    sentence: usize,
    found: &[Vec<usize>],
) -> Option<&'s str> {
    let claim_words = crate::claims::claim_words(&claim.says);
    let claim_words: Vec<&str> = claim_words.iter().map(String::as_str).collect();
    let range = analysis.sentences[sentence].tokens.clone();
    let words: Vec<&str> = range
        .clone()
        .map(|t| analysis.slice(analysis.tokens[t].span))
        .collect();
    statement
        .shown
        .iter()
        .zip(found)
        .filter(|(shown, _)| shown.starts_with(char::is_uppercase))
        .find(|(shown, starts)| {
            let first = shown.split_whitespace().next().unwrap_or(shown);
            let in_claim = claim_words
                .iter()
                .position(|w| w.eq_ignore_ascii_case(first))
                .is_some_and(|at| after_comparison(&claim_words, at));
            let mut here = starts.iter().filter(|&&at| range.contains(&at)).peekable();
            here.peek().is_some()
                && !in_claim
                && here.all(|&at| after_comparison(&words, at - range.start))
        })
        .map(|(shown, _)| shown.as_str())
}

/// Whether one occurrence of each word stands in `sentence` within a few words of the others:
/// a window of at most two words a word, and four more.
fn together(analysis: &Analysis, sentence: usize, found: &[Vec<usize>]) -> bool {
    let limit = 2 * found.len() + 4;
    // Each occurrence in the sentence, with which word it is; then the narrowest window
    // holding every word.
    let mut marks: Vec<(usize, usize)> = found
        .iter()
        .enumerate()
        .flat_map(|(word, starts)| {
            starts
                .iter()
                .filter(|&&at| analysis.tokens[at].sentence == sentence)
                .map(move |&at| (at, word))
        })
        .collect();
    marks.sort_unstable();
    let mut seen = vec![0usize; found.len()];
    let mut covered = 0;
    let mut left = 0;
    for right in 0..marks.len() {
        let word = marks[right].1;
        if seen[word] == 0 {
            covered += 1;
        }
        seen[word] += 1;
        while covered == found.len() {
            if marks[right].0 - marks[left].0 <= limit {
                return true;
            }
            let gone = marks[left].1;
            seen[gone] -= 1;
            if seen[gone] == 0 {
                covered -= 1;
            }
            left += 1;
        }
    }
    false
}

/// A denial in `sentence` of one of the statement's words: a negator up to three words
/// before it (`was not convicted`, `did not declare`), with the words between.
fn denial_in(analysis: &Analysis, sentence: usize, found: &[Vec<usize>]) -> Option<String> {
    let first = analysis.sentences[sentence].tokens.start;
    found.iter().flatten().find_map(|&at| {
        if analysis.tokens[at].sentence != sentence {
            return None;
        }
        (at.saturating_sub(3).max(first)..at)
            .find(|&before| denies(analysis.slice(analysis.tokens[before].span)))
            .map(|before| {
                crate::text::one_line(analysis.slice(analysis.token_span(before..at + 1)))
            })
    })
}
