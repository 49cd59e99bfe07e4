//! Paragraphs and sentences of normalised article text.
//!
//! A paragraph ends at a blank line. A sentence ends at `.`, `!` or `?` (with any closing
//! quotes or brackets after it) followed by a capital, a digit or an opening quote, or at the
//! end of its paragraph. A full stop after an abbreviation (`Feb. 20`, `Gen. Milley`,
//! `Lyndon B. Johnson`, `the U.S. and`) does not end a sentence; a missing space does not
//! hide one (`for weeks.Russian forces`).

use crate::source::Span;

/// Abbreviations that are never the last word of a sentence: titles before a name.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "gov", "sen", "rep", "rev", "st", "lt", "col", "sgt", "capt",
    "cmdr", "adm", "maj", "prof", "pres", "amb", "hon", "supt", "insp", "mt", "ft", "messrs", "fr",
    "cpl", "pvt", "brig", "atty", "sec", "secs", "gens", "sens", "reps", "govs", "profs", "drs",
];

/// Abbreviations that usually stand inside a sentence: a full stop after them ends one only
/// when a word that typically opens a sentence follows. (`No.` and `Nos.` are judged by
/// whether a figure follows, in `ends_sentence`.)
const ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vol",
    "vs", "v", "etc", "inc", "corp", "ltd", "co", "jr", "sr", "approx", "est", "dept", "univ",
    "assn", "bros", "ave", "blvd", "rd", "fig", "al", "cf", "ca", "calif", "ariz", "ark", "colo",
    "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn",
    "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash",
    "wis", "wyo", "p", "pp", "op", "ed", "eds",
];

/// Words that typically open a sentence, used after an abbreviation to tell whether its
/// full stop also ends the sentence (`… in the U.S. The talks …`).
const SENTENCE_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "but",
    "and",
    "in",
    "on",
    "at",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "its",
    "their",
    "our",
    "after",
    "before",
    "when",
    "while",
    "however",
    "meanwhile",
    "if",
    "as",
    "for",
    "some",
    "many",
    "no",
    "yet",
    "so",
    "officials",
    "still",
    "then",
    "now",
    "what",
    "why",
    "how",
];

/// The paragraphs of `text`: spans without their surrounding whitespace.
pub(crate) fn paragraphs(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    let mut line_start = 0;
    for offset in memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]) {
        if text[line_start..offset].trim().is_empty() {
            push_trimmed(text, start, line_start, &mut spans);
            start = offset + 1;
        }
        line_start = offset + 1;
    }
    push_trimmed(text, start, text.len(), &mut spans);
    spans
}

fn push_trimmed(text: &str, start: usize, end: usize, spans: &mut Vec<Span>) {
    if start >= end {
        return;
    }
    let slice = &text[start..end];
    let trimmed = slice.trim();
    if trimmed.is_empty() {
        return;
    }
    let lead = slice.len() - slice.trim_start().len();
    let span = Span::new(start + lead, start + lead + trimmed.len());
    if spans.last() != Some(&span) {
        spans.push(span);
    }
}

/// The sentences of the paragraph `paragraph` of `text`.
pub(crate) fn sentences(text: &str, paragraph: Span) -> Vec<Span> {
    let bytes = text.as_bytes();
    let end = paragraph.end;
    let mut spans = Vec::new();
    let mut start = paragraph.start;
    let mut at = start;
    while at < end {
        match memchr::memchr3(b'.', b'!', b'?', &bytes[at..end]) {
            Some(found) => at += found,
            None => break,
        }
        let mut after = at + 1;
        while after < end
            && matches!(
                bytes[after],
                b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']'
            )
        {
            after += 1;
        }
        if after < end && ends_sentence(text, start, at, after, end) {
            push_trimmed(text, start, after, &mut spans);
            start = after;
        }
        at = after;
    }
    push_trimmed(text, start, end, &mut spans);
    split_at_bullets(text, spans)
}

/// Each line of a bulleted list is a sentence of its own (`Commodities` / `• Gold rose 1.2%`
/// / `• Oil fell 1.2%`), though no full stop ends it: a line that starts with a bullet (`•`,
/// `▪`, `*`, `-`) starts a sentence, and so ends the one before.
fn split_at_bullets(text: &str, spans: Vec<Span>) -> Vec<Span> {
    if !text.contains('\n') {
        return spans;
    }
    let mut split = Vec::with_capacity(spans.len());
    for span in spans {
        let mut start = span.start;
        for (offset, _) in text[span.range()].match_indices('\n') {
            let line = span.start + offset + 1;
            let rest = text[line..span.end].trim_start_matches([' ', '\t']);
            if rest.starts_with(['\u{2022}', '\u{25AA}', '\u{25CF}', '*', '-']) {
                push_trimmed(text, start, line, &mut split);
                start = line;
            }
        }
        push_trimmed(text, start, span.end, &mut split);
    }
    split
}

/// Whether the terminator at `stop` (its run of punctuation ending at `after`) ends the
/// sentence that began at `start`.
fn ends_sentence(text: &str, start: usize, stop: usize, after: usize, end: usize) -> bool {
    let rest = &text[after..end];
    let spaced = rest.starts_with([' ', '\n']);
    let next = rest.trim_start();
    let Some(first) = next.chars().next() else {
        return true;
    };
    let opens = first.is_uppercase()
        || first.is_ascii_digit()
        || (matches!(first, '"' | '\'' | '(' | '[')
            && next[1..]
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()));
    if !opens {
        return false;
    }
    let before = word_before(text, start, stop);
    if !spaced {
        // `weeks.Russian` ends a sentence; `U.S.A`, `3.5`, `Nbcnews.com` do not.
        return text.as_bytes()[stop] == b'.'
            && first.is_uppercase()
            && before.chars().count() >= 2
            && before.chars().all(|c| c.is_lowercase())
            && text[stop + 1..after].chars().all(|c| c == '"' || c == '\'');
    }
    if text.as_bytes()[stop] != b'.' || after > stop + 1 && text.as_bytes()[stop + 1] == b'.' {
        return true;
    }
    let lower = before.to_lowercase();
    if TITLES.contains(&lower.as_str()) {
        return false;
    }
    // "No. 10" abbreviates a number; "voting no. Sen. …" ends a sentence.
    if lower == "no" || lower == "nos" {
        return !first.is_ascii_digit();
    }
    let is_initial = before.chars().count() == 1 && before.chars().all(char::is_uppercase);
    // `U.S.`, not a number with its decimal point (`11.94p.` ends a sentence).
    let is_dotted = before.contains('.') && !before.starts_with(|c: char| c.is_ascii_digit());
    if is_initial || is_dotted || ABBREVIATIONS.contains(&lower.as_str()) {
        let next_word: String = next
            .chars()
            .take_while(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        return !first.is_ascii_digit() && SENTENCE_OPENERS.contains(&next_word.as_str());
    }
    true
}

/// The word just before offset `stop`, with the dots of an abbreviation (`U.S`).
fn word_before(text: &str, start: usize, stop: usize) -> &str {
    let head = &text[start..stop];
    let from = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &head[from..]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        paragraphs(text)
            .into_iter()
            .flat_map(|p| sentences(text, p))
            .map(|s| &text[s.range()])
            .collect()
    }

    #[test]
    fn a_figure_with_a_decimal_point_ends_a_sentence_and_plural_titles_do_not() {
        assert_eq!(
            split(
                "Shares closed at 11.94p. Shares in rivals fell. Sens. John Thune and Mitch McConnell voted."
            ),
            [
                "Shares closed at 11.94p.",
                "Shares in rivals fell.",
                "Sens. John Thune and Mitch McConnell voted."
            ]
        );
    }

    #[test]
    fn abbreviation_does_not_end_sentence() {
        assert_eq!(
            split("The drills last until Feb. 20 and are pre-planned. NATO said so."),
            [
                "The drills last until Feb. 20 and are pre-planned.",
                "NATO said so."
            ]
        );
        assert_eq!(
            split("Gen. Mark Milley spoke. He left."),
            ["Gen. Mark Milley spoke.", "He left."]
        );
        assert_eq!(
            split("since Lyndon B. Johnson was president"),
            ["since Lyndon B. Johnson was president"]
        );
        assert_eq!(
            split("deemed non-starters by the U.S. and its allies."),
            ["deemed non-starters by the U.S. and its allies."]
        );
    }

    #[test]
    fn dotted_abbreviation_ends_sentence_before_an_opener() {
        assert_eq!(
            split("Troops went to the U.S. The talks failed."),
            ["Troops went to the U.S.", "The talks failed."]
        );
    }

    #[test]
    fn missing_space_still_ends_sentence() {
        assert_eq!(
            split("gathering in Belarus for weeks.Russian Defense Ministry via Getty"),
            [
                "gathering in Belarus for weeks.",
                "Russian Defense Ministry via Getty"
            ]
        );
        assert_eq!(
            split("Source: Nbcnews.com today"),
            ["Source: Nbcnews.com today"]
        );
    }

    #[test]
    fn closing_quote_belongs_to_the_sentence() {
        assert_eq!(
            split("labeling it \"the biggest since the Cold War.\" Moscow said no."),
            [
                "labeling it \"the biggest since the Cold War.\"",
                "Moscow said no."
            ]
        );
        assert_eq!(split("\"Why?\" he asked."), ["\"Why?\" he asked."]);
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        let text = "Title line\n\nFirst para. Two.\n  \nSecond\npara.";
        let spans: Vec<&str> = paragraphs(text).iter().map(|p| &text[p.range()]).collect();
        assert_eq!(spans, ["Title line", "First para. Two.", "Second\npara."]);
    }
}
