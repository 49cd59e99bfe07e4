//! Context terms: is every required term in the window around the evidence?

use crate::article::Analysis;
use crate::claims::Claim;

/// The names of the claim's context terms that are not in the window `claim.within` around
/// sentence `sentence`. Terms match through aliases, case-insensitively, with possessives
/// and plurals folded.
pub(crate) fn missing_context<'c>(
    claim: &'c Claim,
    analysis: &Analysis,
    sentence: usize,
) -> Vec<&'c str> {
    let window = analysis.window(sentence, claim.within);
    claim
        .context
        .iter()
        .filter(|term| {
            !term.alternatives.iter().any(|phrase| {
                !analysis
                    .find_phrase(phrase, false, window.clone())
                    .is_empty()
            })
        })
        .map(|term| &*term.name)
        .collect()
}

/// How many words stand between the text at `span` (in sentence `sentence`) and the nearest
/// of the claim's context terms in its window; 0 for a claim without context. Of several
/// figures that contradict a claim, the one its context stands beside is the one the claim
/// is about: "fell to 88.9%, down from a peak of 92.7%" for a claim about the peak.
pub(crate) fn distance_to_context(
    claim: &Claim,
    analysis: &Analysis,
    sentence: usize,
    span: crate::source::Span,
) -> usize {
    if claim.context.is_empty() {
        return 0;
    }
    let window = analysis.window(sentence, claim.within);
    let (first, after) = (analysis.token_at(span.start), analysis.token_at(span.end));
    claim
        .context
        .iter()
        .flat_map(|term| term.alternatives.iter())
        .flat_map(|phrase| {
            analysis
                .find_phrase(phrase, false, window.clone())
                .into_iter()
                .map(move |start| (start, start + phrase.len()))
        })
        .map(|(start, end)| {
            if end <= first {
                first - end
            } else {
                start.saturating_sub(after)
            }
        })
        .min()
        .unwrap_or(usize::MAX)
}

/// [`missing_context`] for a quotation: a `speaker` term is also found when the quotation is
/// attributed to that speaker (`…,” he said`, where `he` is the Kirby named a paragraph up).
pub(crate) fn missing_for_quote<'c>(
    claim: &'c Claim,
    analysis: &Analysis,
    sentence: usize,
    speaker: Option<&str>,
) -> Vec<&'c str> {
    let missing = missing_context(claim, analysis, sentence);
    let Some(speaker) = speaker else {
        return missing;
    };
    missing
        .into_iter()
        .filter(|name| {
            !claim
                .context
                .iter()
                .any(|term| term.speaker && &*term.name == *name && term.names(speaker))
        })
        .collect()
}

/// The note for evidence whose window lacks some context terms.
pub(crate) fn lacks_note(claim: &Claim, missing: &[&str]) -> String {
    format!(
        "the {} does not mention {}",
        claim.within.name(),
        super::listed(missing)
    )
}
