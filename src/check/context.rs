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
    let window = match claim.within {
        crate::claims::Within::Sentence => "sentence",
        crate::claims::Within::Paragraph => "paragraph",
        crate::claims::Within::Article => "article",
    };
    format!("the {window} does not mention {}", super::listed(missing))
}
