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
        .map(|term| term.name.as_str())
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
