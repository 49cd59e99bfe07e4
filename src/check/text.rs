//! `text` claims: a phrase the article must contain, with its context.

use super::{Outcome, context, evidence, nearest};
use crate::article::Analysis;
use crate::claims::{Claim, Verdict};
use crate::text::Phrase;

/// Supported where the phrase stands with its context; otherwise absent, with the places
/// that have the phrase but lack context, or the nearest sentences.
pub(super) fn decide(claim: &Claim, phrase: &Phrase, analysis: &Analysis) -> Outcome {
    let starts = analysis.find_phrase(phrase, true, 0..analysis.tokens.len());
    let mut lacking = None;
    for &start in &starts {
        let span = analysis.token_span(start..start + phrase.len());
        let sentence = analysis.tokens[start].sentence;
        let missing = context::missing_context(claim, analysis, sentence);
        if missing.is_empty() {
            let mut outcome = Outcome::new(analysis, Verdict::Supported);
            outcome.evidence = Some(evidence(analysis, span));
            return outcome;
        }
        lacking.get_or_insert((span, context::lacks_note(claim, &missing)));
    }
    let mut outcome = Outcome::new(analysis, Verdict::Absent);
    match lacking {
        Some((span, note)) => {
            outcome.evidence = Some(evidence(analysis, span));
            outcome
                .notes
                .push(format!("the phrase is here, but {note}"));
        }
        None => outcome.candidates = nearest::nearest(claim, phrase, analysis, 3),
    }
    outcome
}
