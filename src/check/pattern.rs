//! `pattern` claims: a regular expression over the normalised article text.

use regex::Regex;

use super::{Candidate, Outcome, context, evidence};
use crate::article::Analysis;
use crate::claims::{Claim, Verdict};
use crate::source::Span;

/// Supported where a match stands with its context; otherwise absent, listing matches that
/// lack context.
pub(super) fn decide(claim: &Claim, pattern: &Regex, analysis: &Analysis) -> Outcome {
    let mut candidates = Vec::new();
    // A match stands in a sentence; an article of no sentences (nothing but control
    // characters) gives the pattern nowhere to stand.
    if analysis.sentences.is_empty() {
        return Outcome::new(analysis, Verdict::Absent);
    }
    for found in pattern.find_iter(&analysis.article.text) {
        if found.is_empty() {
            continue;
        }
        let span = Span::new(found.start(), found.end());
        let sentence = analysis.sentence_at(span.start);
        let missing = context::missing_context(claim, analysis, sentence);
        if missing.is_empty() {
            let mut outcome = Outcome::new(analysis, Verdict::Supported);
            outcome.evidence = Some(evidence(analysis, span));
            return outcome;
        }
        if candidates.len() < 3 {
            candidates.push(Candidate {
                evidence: evidence(analysis, span),
                lacks: context::lacks_note(claim, &missing),
            });
        }
    }
    let mut outcome = Outcome::new(analysis, Verdict::Absent);
    outcome.candidates = candidates;
    outcome
}
