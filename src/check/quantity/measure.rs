//! A figure of a qualified measure: `adjusted earnings per share`, `operating profit before
//! special items`, `core inflation`, `like-for-like sales`, `pre-tax profit`, `wages in real
//! terms`. Such a figure is of another measure than the plain one: "Earnings per share were
//! 31p" is not what "Adjusted earnings per share were 31p" says, however near the words.
//!
//! The qualifiers are those by which news and company statements narrow a financial or
//! statistical measure; each belongs to a family of words that say the same
//! (`adjusted`, `underlying`, `excluding`, …). A claim that names a word of the family
//! is about the qualified measure.

use super::{clause_after, clause_before};
use crate::article::Analysis;
use crate::recognise::Mention;
use crate::source::Span;

/// The families of qualifiers, each the phrases that say it, lower case, matched at word
/// boundaries.
const FAMILIES: &[&[&str]] = &[
    &[
        "adjusted",
        "underlying",
        "excluding",
        "before special items",
        "before exceptional",
        "before one-off",
        "before one-time",
        "before restructuring",
        "ex-items",
        "non-gaap",
    ],
    &["core"],
    &[
        "like-for-like",
        "like for like",
        "comparable sales",
        "comparable store",
        "comparable-store",
        "same-store",
        "same store",
        "organic",
        "constant currency",
        "constant-currency",
    ],
    &[
        "operating profit",
        "operating income",
        "operating loss",
        "operating earnings",
        "operating result",
        "trading profit",
    ],
    &[
        "pre-tax",
        "pretax",
        "before tax",
        "before taxes",
        "before taxation",
    ],
    &[
        "in real terms",
        "inflation-adjusted",
        "real wages",
        "real pay",
        "real earnings",
        "real incomes",
        "real income",
    ],
];

/// Words that name no measure.
const COMMON: &[&str] = &[
    "the", "and", "was", "were", "its", "his", "her", "their", "for", "from", "with", "has", "had",
    "have", "are", "that", "this", "per", "than", "into", "over", "about", "after",
];

/// Words before `adjusted` that make it no narrowing of the measure: official statistics
/// are seasonally adjusted whether a claim says so or not.
const NOT_NARROWING: &[&str] = &["seasonally", "calendar"];

/// The qualifier of the measure `mention` is a figure of (`adjusted`, `before special
/// items`), where the claim (`says`) names no word of its family. The measure is read in the
/// figure's clause before it (its subject: `Adjusted earnings per share were 31p`) and in its
/// phrase after it (`£412m of underlying profit`, `31p a share on an adjusted basis`,
/// `, excluding one-off costs`).
pub(super) fn dropped(says: &str, analysis: &Analysis, mention: &Mention) -> Option<&'static str> {
    let before = clause_before(analysis, mention, 10);
    let after = phrase_after(analysis, mention);
    let text = |range: std::ops::Range<usize>| {
        if range.is_empty() {
            return String::new();
        }
        let span = Span::new(
            analysis.tokens[range.start].span.start,
            analysis.tokens[range.end - 1].span.end,
        );
        analysis.slice(span).to_lowercase()
    };
    let phrase = format!("{} {}", text(before.clone()), text(after));
    // (Most figures' words open no qualifier: asked first, word by word, before any search.)
    let opens_one = phrase
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|word| {
            FAMILIES
                .iter()
                .flat_map(|phrases| phrases.iter())
                .any(|p| p.split(' ').next() == Some(word))
        });
    if !opens_one {
        return None;
    }
    let says = says.to_lowercase();
    // A claim that names no word of the figure's phrase ("Forecast 6.40 to 6.60") does not
    // say which measure it is about, so it drops no qualifier.
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphabetic())
            .filter(|w| w.len() > 2 && !COMMON.contains(w))
            .map(str::to_owned)
            .collect()
    };
    // (The measure may be named before an apposition: `Pre-tax profit was £380m, or £450m
    // excluding one-off costs`.)
    let sentence = analysis.sentences[mention.sentence].tokens.start;
    let apposition = before.start > sentence
        && analysis
            .slice(analysis.tokens[before.start - 1].span)
            .eq_ignore_ascii_case("or");
    let named = if apposition {
        words(&format!("{} {phrase}", text(sentence..before.start)))
    } else {
        words(&phrase)
    };
    if !words(&says).iter().any(|w| named.contains(w)) {
        return None;
    }
    FAMILIES.iter().find_map(|phrases| {
        let stated = phrases.iter().find(|p| qualifies(&phrase, p))?;
        let claimed = phrases.iter().any(|p| has_phrase(&says, p));
        (!claimed).then_some(*stated)
    })
}

/// The figure's phrase after it: to the next figure, a conjunction or a stop, but past a
/// comma that opens an exclusion (`£412m, excluding one-off costs`).
fn phrase_after(analysis: &Analysis, mention: &Mention) -> std::ops::Range<usize> {
    let window = clause_after(analysis, mention, 8);
    let start = window.start;
    let mut end = start;
    let next_figure = analysis
        .mentions
        .iter()
        .filter(|m| m.sentence == mention.sentence && m.span.start >= mention.span.end)
        .map(|m| analysis.token_at(m.span.start))
        .min()
        .unwrap_or(usize::MAX);
    while end < window.end && end < next_figure {
        let word = analysis.slice(analysis.tokens[end].span);
        if [
            "and", "or", "but", "while", "whereas", "against", "compared", "versus",
        ]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
        {
            break;
        }
        end += 1;
    }
    if end == start && end < analysis.sentences[mention.sentence].tokens.end {
        // `, excluding …`, `, before …`: the comma closes no clause.
        let word = analysis.slice(analysis.tokens[end].span);
        let next = analysis.tokens[end].span.start;
        let gap = analysis.slice(Span::new(mention.span.end.min(next), next));
        if gap.trim() == ","
            && ["excluding", "before", "stripping"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
        {
            let limit = (end + 4).min(analysis.sentences[mention.sentence].tokens.end);
            return end..limit.min(next_figure).max(end);
        }
    }
    start..end
}

/// Whether `phrase` occurs in `text` as a qualifier: at word boundaries, and for `adjusted`
/// not after a word that makes it no narrowing.
fn qualifies(text: &str, phrase: &str) -> bool {
    occurrences(text, phrase).any(|at| {
        phrase != "adjusted"
            || !text[..at]
                .split(|c: char| !c.is_alphanumeric())
                .rfind(|w| !w.is_empty())
                .is_some_and(|w| NOT_NARROWING.contains(&w))
    })
}

/// Whether `phrase` occurs in `text` at word boundaries.
fn has_phrase(text: &str, phrase: &str) -> bool {
    occurrences(text, phrase).next().is_some()
}

/// Where `phrase` starts in `text` at word boundaries.
fn occurrences<'t>(text: &'t str, phrase: &'t str) -> impl Iterator<Item = usize> + 't {
    text.match_indices(phrase).filter_map(move |(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        let boundary = |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric() || c == '-');
        (boundary(before) && boundary(after)).then_some(at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_whole_words_only() {
        assert!(has_phrase("adjusted profit rose", "adjusted"));
        assert!(!has_phrase("readjusted profit", "adjusted"));
        assert!(!has_phrase("the hardcore fans", "core"));
        assert!(!has_phrase("core-periphery", "core"));
        assert!(qualifies("adjusted earnings", "adjusted"));
        assert!(!qualifies("the seasonally adjusted rate", "adjusted"));
    }
}
