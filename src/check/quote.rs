//! `quote` claims: words that must stand inside quotation marks, verbatim up to typography.
//!
//! Supported where the words stand inside one quotation with the speaker in the window.
//! Where they do not, the quotations sharing the claim's rarest words are aligned word by
//! word with the claim; the closest one at least [`NEAR`] alike is a misquote (refuted, with
//! the word diff). Words found only outside quotation marks never support a quote.

use similar::{Algorithm, DiffTag, capture_diff_slices};

use super::{Diff, Outcome, context, evidence, nearest};
use crate::article::Analysis;
use crate::claims::{Claim, Verdict};
use crate::source::Span;
use crate::text::Phrase;
use crate::text::one_line;

/// How alike (2 × shared words / all words) a quotation must be to count as a misquote.
pub(crate) const NEAR: f64 = 0.6;

pub(super) fn decide(claim: &Claim, phrase: &Phrase, analysis: &Analysis) -> Outcome {
    if let Some(outcome) = trimmed(claim, phrase, analysis) {
        return outcome;
    }
    let length = phrase.len();
    let mut outside = None;
    let mut lacking = None;
    for start in analysis.find_phrase(phrase, true, 0..analysis.tokens.len()) {
        let span = analysis.token_span(start..start + length);
        let Some(quotation) = analysis.quotation_around(start..start + length) else {
            outside.get_or_insert(span);
            continue;
        };
        let missing = context::missing_for_quote(
            claim,
            analysis,
            analysis.tokens[start].sentence,
            quotation.speaker.as_deref(),
        );
        if missing.is_empty() {
            let mut outcome = Outcome::new(analysis, Verdict::Supported);
            outcome.evidence = Some(evidence(analysis, span));
            return outcome;
        }
        lacking.get_or_insert((span, context::lacks_note(claim, &missing)));
    }
    if let Some((span, note)) = lacking {
        let mut outcome = Outcome::new(analysis, Verdict::Absent);
        outcome.evidence = Some(evidence(analysis, span));
        outcome
            .notes
            .push(format!("the quotation is here, but {note}"));
        return outcome;
    }
    if let Some(outcome) = misquote(claim, phrase, analysis) {
        return outcome;
    }
    let mut outcome = Outcome::new(analysis, Verdict::Absent);
    match outside {
        Some(span) => {
            outcome.evidence = Some(evidence(analysis, span));
            outcome
                .notes
                .push("the words are in the article, but not inside quotation marks".into());
        }
        None => outcome.candidates = nearest::nearest(claim, phrase, analysis, 3),
    }
    outcome
}

/// A quote trimmed with an ellipsis ("We see this … escalatory"): supported where every
/// part stands, in order, inside one quotation, with the speaker in the window.
fn trimmed(claim: &Claim, phrase: &Phrase, analysis: &Analysis) -> Option<Outcome> {
    let text = crate::text::normalise(phrase.text()).text;
    let parts: Vec<Phrase> = text
        .split("...")
        .map(Phrase::new)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 2 {
        return None;
    }
    for start in analysis.find_phrase(&parts[0], true, 0..analysis.tokens.len()) {
        let Some(quotation) = analysis.quotation_around(start..start + parts[0].len()) else {
            continue;
        };
        let mut end = start + parts[0].len();
        let all = parts[1..].iter().all(|part| {
            let next = analysis
                .find_phrase(part, true, end..quotation.tokens.end)
                .into_iter()
                .next();
            if let Some(at) = next {
                end = at + part.len();
            }
            next.is_some()
        });
        if !all
            || !context::missing_context(claim, analysis, analysis.tokens[start].sentence)
                .is_empty()
        {
            continue;
        }
        let mut outcome = Outcome::new(analysis, Verdict::Supported);
        outcome.evidence = Some(evidence(analysis, analysis.token_span(start..end)));
        outcome
            .notes
            .push("the claim trims the quotation (…); every part is in it, in order".into());
        return Some(outcome);
    }
    None
}

/// The closest quotation to the claimed words, as a refutation with its diff.
fn misquote(claim: &Claim, phrase: &Phrase, analysis: &Analysis) -> Option<Outcome> {
    let claimed: Vec<&str> = phrase.words().map(|w| w.key).collect();
    let mut best: Option<(f64, Span, Option<&str>)> = None;
    for quotation in candidate_quotations(phrase, analysis) {
        let quotation = &analysis.quotations[quotation];
        let keys: Vec<std::borrow::Cow<'_, str>> = analysis.tokens[quotation.tokens.clone()]
            .iter()
            .map(|t| crate::text::words::key(analysis.slice(t.span)))
            .collect();
        let stated: Vec<&str> = keys.iter().map(AsRef::as_ref).collect();
        let Some((score, matched)) = alignment(&claimed, &stated) else {
            continue;
        };
        let first = quotation.tokens.start + matched.start;
        let span = analysis.token_span(first..quotation.tokens.start + matched.end);
        if best.is_none_or(|(top, _, _)| score > top) {
            best = Some((score, span, quotation.speaker.as_deref()));
        }
    }
    let (_, span, speaker) = best.filter(|(score, _, _)| *score >= NEAR)?;
    let sentence = analysis.sentence_at(span.start);
    let missing = context::missing_for_quote(claim, analysis, sentence, speaker);
    let mut outcome = Outcome::new(analysis, Verdict::Refuted);
    outcome.evidence = Some(evidence(analysis, span));
    outcome.diff = Some(Diff {
        claimed: one_line(phrase.text()),
        stated: one_line(analysis.slice(span)),
    });
    if !missing.is_empty() {
        outcome.verdict = Verdict::Absent;
        outcome.notes.push(format!(
            "a near quotation is here, but {}",
            context::lacks_note(claim, &missing)
        ));
    }
    Some(outcome)
}

/// The quotations holding any of the phrase's three rarest words.
fn candidate_quotations(phrase: &Phrase, analysis: &Analysis) -> Vec<usize> {
    let mut words: Vec<&[u32]> = phrase
        .words()
        .map(|w| analysis.index.occurrences(w.stem()))
        .filter(|o| !o.is_empty())
        .collect();
    words.sort_by_key(|o| o.len());
    let mut found: Vec<usize> = words
        .iter()
        .take(3)
        .flat_map(|o| o.iter())
        .filter_map(|&token| {
            let token = token as usize;
            let after = analysis
                .quotations
                .partition_point(|q| q.tokens.start <= token);
            (after > 0 && analysis.quotations[after - 1].tokens.contains(&token)).then(|| after - 1)
        })
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// How alike `claimed` is to the best-matching stretch of `stated`: the Dice score of the
/// word alignment, and the stretch (from its first to its last shared word).
pub(crate) fn alignment(
    claimed: &[&str],
    stated: &[&str],
) -> Option<(f64, std::ops::Range<usize>)> {
    let ops = capture_diff_slices(Algorithm::Myers, claimed, stated);
    let mut shared = 0;
    let mut first = None;
    let mut last = 0;
    for op in &ops {
        if op.tag() == DiffTag::Equal {
            let range = op.new_range();
            shared += range.len();
            first.get_or_insert(range.start);
            last = range.end;
        }
    }
    let first = first?;
    // Take in words dropped at either end of the claim, so the stretch shows what was cut.
    let stretch = first..last;
    let score = 2.0 * shared as f64 / (claimed.len() + stretch.len()) as f64;
    Some((score, stretch))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_changed_word_is_near() {
        let claimed = ["would", "be", "catastrophic", "for", "european", "security"];
        let stated = [
            "it",
            "would",
            "be",
            "disastrous",
            "for",
            "european",
            "security",
            "he",
            "said",
        ];
        let (score, stretch) = alignment(&claimed, &stated).unwrap();
        assert_eq!(stretch, 1..7);
        assert!(score > 0.8, "{score}");
    }

    #[test]
    fn unrelated_words_are_not_near() {
        let claimed = ["the", "numbers", "continue", "to", "grow"];
        let stated = ["we", "strongly", "encourage", "them", "to", "engage"];
        let (score, _) = alignment(&claimed, &stated).unwrap();
        assert!(score < NEAR, "{score}");
    }
}
