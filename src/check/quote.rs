//! `quote` claims: words that must stand inside quotation marks, verbatim up to typography.
//!
//! Supported where the words stand inside one quotation the article attributes to the
//! claim's `speaker` (aliases apply), with the other context in the window. Words the article
//! attributes to someone else refute the claim as misattributed, naming the speaker; words it
//! attributes to no one support it only where the claimed speaker is named in their own
//! sentence (with a note), and are otherwise absent, with a note. Where the words do not
//! stand in a quotation, the quotations sharing the claim's rarest words are aligned word by
//! word with the claim; the closest one at least [`NEAR`] alike is a misquote (refuted, with
//! the word diff). Words found only outside quotation marks never support a quote.

use similar::{Algorithm, DiffTag, capture_diff_slices};

use super::context::Said;
use super::{Diff, Outcome, context, evidence, nearest};
use crate::article::{Analysis, Quotation};
use crate::claims::{Claim, Verdict};
use crate::source::Span;
use crate::text::Phrase;
use crate::text::one_line;

/// How alike (2 × shared words / all words) a quotation must be to count as a misquote.
pub(crate) const NEAR: f64 = 0.6;

/// What a quotation holding the claimed words says of the claim.
enum Judged {
    /// The claimed speaker's words, the context in the window; with notes.
    Supported(Vec<String>),
    /// Attributed to someone else.
    Other(String),
    /// Attributed to no one, the claimed speaker not named in their sentence.
    Unsaid,
    /// The context is not in the window (the note says what lacks).
    Lacking(String),
}

fn judge(claim: &Claim, analysis: &Analysis, quotation: &Quotation, sentence: usize) -> Judged {
    match context::quote_speaker(claim, analysis, quotation) {
        Said::Other(speaker) => Judged::Other(speaker),
        Said::Unsaid => Judged::Unsaid,
        Said::NotInRole(speaker) => Judged::Lacking(format!(
            "the article gives these words to {speaker}, whom it does not call {}",
            claim
                .context
                .iter()
                .filter(|t| t.speaker)
                .map(|t| format!("the {}", t.name))
                .collect::<Vec<_>>()
                .join(" or ")
        )),
        Said::Agrees(note) => {
            let missing = context::missing_besides_speaker(claim, analysis, sentence);
            if missing.is_empty() {
                Judged::Supported(note.into_iter().collect())
            } else {
                Judged::Lacking(context::lacks_note(claim, &missing))
            }
        }
    }
}

const UNSAID: &str = "the article does not say who said these words";

fn misattributed(speaker: &str) -> String {
    format!("misattributed: the article gives these words to {speaker}")
}

pub(super) fn decide(claim: &Claim, phrase: &Phrase, analysis: &Analysis) -> Outcome {
    if let Some(outcome) = trimmed(claim, phrase, analysis) {
        return outcome;
    }
    let length = phrase.len();
    let mut outside = None;
    // The first place the words stand that fails, and why: misattribution first.
    let mut failed: Option<(u8, Span, String, Verdict)> = None;
    let mut fail = |rank: u8, span: Span, note: String, verdict: Verdict| {
        if failed.as_ref().is_none_or(|(best, ..)| rank < *best) {
            failed = Some((rank, span, note, verdict));
        }
    };
    for start in analysis.find_phrase(phrase, true, 0..analysis.tokens.len()) {
        let span = analysis.token_span(start..start + length);
        let Some(quotation) = analysis.quotation_around(start..start + length) else {
            outside.get_or_insert(span);
            continue;
        };
        match judge(claim, analysis, quotation, analysis.tokens[start].sentence) {
            Judged::Supported(notes) => {
                let mut outcome = Outcome::new(analysis, Verdict::Supported);
                outcome.evidence = Some(evidence(analysis, span));
                outcome.notes = notes;
                return outcome;
            }
            Judged::Other(speaker) => fail(0, span, misattributed(&speaker), Verdict::Refuted),
            Judged::Unsaid => fail(1, span, UNSAID.into(), Verdict::Absent),
            Judged::Lacking(note) => fail(
                2,
                span,
                format!("the quotation is here, but {note}"),
                Verdict::Absent,
            ),
        }
    }
    if let Some((_, span, note, verdict)) = failed {
        let mut outcome = Outcome::new(analysis, verdict);
        outcome.evidence = Some(evidence(analysis, span));
        outcome.notes.push(note);
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

/// A quote trimmed with an ellipsis ("We see this … escalatory"): judged as a whole quote
/// where every part stands, in order, inside one quotation.
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
    let mut failed: Option<Outcome> = None;
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
        if !all {
            continue;
        }
        let trims = "the claim trims the quotation (…); every part is in it, in order";
        let (verdict, note) =
            match judge(claim, analysis, quotation, analysis.tokens[start].sentence) {
                Judged::Supported(mut notes) => {
                    notes.insert(0, trims.into());
                    let mut outcome = Outcome::new(analysis, Verdict::Supported);
                    outcome.evidence = Some(evidence(analysis, analysis.token_span(start..end)));
                    outcome.notes = notes;
                    return Some(outcome);
                }
                Judged::Other(speaker) => (Verdict::Refuted, misattributed(&speaker)),
                Judged::Unsaid => (Verdict::Absent, UNSAID.to_string()),
                Judged::Lacking(note) => (
                    Verdict::Absent,
                    format!("the quotation is here, but {note}"),
                ),
            };
        if failed.is_none() || verdict == Verdict::Refuted {
            let mut outcome = Outcome::new(analysis, verdict);
            outcome.evidence = Some(evidence(analysis, analysis.token_span(start..end)));
            outcome.notes = vec![trims.into(), note];
            failed = Some(outcome);
        }
    }
    failed
}

/// The closest quotation to the claimed words, as a refutation with its diff.
fn misquote(claim: &Claim, phrase: &Phrase, analysis: &Analysis) -> Option<Outcome> {
    let claimed: Vec<&str> = phrase.words().map(|w| w.key).collect();
    let mut best: Option<(f64, Span, &Quotation)> = None;
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
            best = Some((score, span, quotation));
        }
    }
    let (_, span, quotation) = best.filter(|(score, _, _)| *score >= NEAR)?;
    let sentence = analysis.sentence_at(span.start);
    let mut outcome = Outcome::new(analysis, Verdict::Refuted);
    outcome.evidence = Some(evidence(analysis, span));
    outcome.diff = Some(Diff {
        claimed: one_line(phrase.text()),
        stated: one_line(analysis.slice(span)),
    });
    match judge(claim, analysis, quotation, sentence) {
        Judged::Supported(notes) => outcome.notes = notes,
        Judged::Other(speaker) => outcome.notes.push(format!(
            "the near quotation is {speaker}'s, not the claimed speaker's"
        )),
        Judged::Unsaid => {
            outcome.verdict = Verdict::Absent;
            outcome
                .notes
                .push(format!("a near quotation is here, but {UNSAID}"));
        }
        Judged::Lacking(note) => {
            outcome.verdict = Verdict::Absent;
            outcome
                .notes
                .push(format!("a near quotation is here, but {note}"));
        }
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
