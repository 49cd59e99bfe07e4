//! Near misses for `absent` verdicts: the sentences that share most words with a claim.

use std::collections::{BTreeMap, BTreeSet};

use super::{Candidate, context, evidence, listed};
use crate::article::Analysis;
use crate::claims::Claim;
use crate::text::Phrase;
use crate::text::words::Word;

/// Words too common to make a sentence a near miss.
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "is", "are", "was",
    "were", "be", "been", "by", "with", "as", "that", "this", "it", "its", "from", "has", "have",
    "had", "will", "would", "not", "no", "he", "she", "they", "we", "his", "her", "their",
];

/// Up to `limit` sentences sharing the most content words with `phrase` (at least half of
/// them), best first, each with what it lacks.
pub(crate) fn nearest(
    claim: &Claim,
    phrase: &Phrase,
    analysis: &Analysis,
    limit: usize,
) -> Vec<Candidate> {
    let content: Vec<Word<'_>> = phrase
        .words()
        .filter(|w| !STOP_WORDS.contains(&w.key))
        .collect();
    let mut found: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for (number, word) in content.iter().enumerate() {
        for &token in analysis.index.occurrences(word.stem()) {
            let sentence = analysis.tokens[token as usize].sentence;
            found.entry(sentence).or_default().insert(number);
        }
    }
    let needed = content.len().div_ceil(2).max(1);
    let mut ranked: Vec<(usize, BTreeSet<usize>)> = found
        .into_iter()
        .filter(|(_, hits)| hits.len() >= needed)
        .collect();
    ranked.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
    ranked
        .into_iter()
        .take(limit)
        .map(|(sentence, hits)| {
            let absent: Vec<&str> = content
                .iter()
                .enumerate()
                .filter(|(number, _)| !hits.contains(number))
                .map(|(_, w)| w.key)
                .collect();
            let missing = context::missing_context(claim, analysis, sentence);
            let mut lacks = Vec::new();
            if !absent.is_empty() {
                lacks.push(format!("the words {}", listed(&absent)));
            } else {
                lacks.push("the words in this order".to_string());
            }
            if !missing.is_empty() {
                lacks.push(format!("context {}", listed(&missing)));
            }
            Candidate {
                evidence: evidence(analysis, analysis.sentences[sentence].span),
                lacks: lacks.join("; "),
            }
        })
        .collect()
}
