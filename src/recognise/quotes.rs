//! Quotations: the spans of text inside quotation marks.
//!
//! Normalisation folds curly quotes to straight ones, so the direction of each mark is the
//! one normalisation noted where it was curly (`“` opens, `”` closes) and is read from its
//! neighbours where it is straight. Apostrophes (`it’s`, `Kyiv’s`, `countries’`) are not quotation
//! marks: a single mark opens only after a space or an opening mark and closes only before
//! a space or punctuation. A double quotation left open at the end of a paragraph ends
//! there (news style opens every paragraph of a long quote anew).

use crate::source::Span;
use crate::text::{Facing, QuoteMarks};

/// The inner spans (marks excluded) of the quotations in the paragraph `paragraph` of the
/// normalised `text`, whose curly marks are `marks`.
pub(crate) fn quotations(text: &str, marks: &QuoteMarks, paragraph: Span) -> Vec<Span> {
    let mut found = Vec::new();
    let mut open_double: Option<usize> = None;
    let mut open_single: Option<usize> = None;
    // Quotation marks are ASCII in normalised text: visit only them, reading the letters on
    // either side where needed.
    let body = &text[paragraph.range()];
    let straight = body
        .bytes()
        .enumerate()
        .filter(|&(_, b)| b == b'"' || b == b'\'');
    for (index, byte) in straight {
        let offset = paragraph.start + index;
        let c = char::from(byte);
        let previous = body[..index].chars().next_back().unwrap_or(' ');
        let next = body[index + 1..].chars().next().unwrap_or(' ');
        match c {
            '"' => {
                let opens = match marks.facing(offset) {
                    Some(Facing::Opening) => true,
                    Some(Facing::Closing) => false,
                    None => {
                        open_double.is_none()
                            && is_opening_context(previous)
                            && !next.is_whitespace()
                    }
                };
                match (opens, open_double) {
                    (true, _) => open_double = Some(offset + 1),
                    (false, Some(start)) => {
                        found.push(Span::new(start, offset));
                        open_double = None;
                    }
                    (false, None) => {}
                }
            }
            '\'' if !(previous.is_alphanumeric() && next.is_alphanumeric()) => {
                if is_opening_context(previous)
                    && next.is_alphanumeric()
                    && marks.facing(offset) != Some(Facing::Closing)
                {
                    open_single = Some(offset + 1);
                } else if let Some(start) = open_single
                    && !previous.is_whitespace()
                    && (next.is_whitespace() || next.is_ascii_punctuation())
                {
                    found.push(Span::new(start, offset));
                    open_single = None;
                }
            }
            _ => {}
        }
    }
    if let Some(start) = open_double {
        found.push(Span::new(start, paragraph.end));
    }
    found.sort();
    found.retain(|span| !text[span.range()].trim().is_empty());
    found
}

fn is_opening_context(previous: char) -> bool {
    previous.is_whitespace() || matches!(previous, '(' | '[' | '{' | '-' | '"' | ':' | '\'')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<String> {
        let normalised = crate::text::normalise(text);
        let paragraph = Span::new(0, normalised.text.len());
        quotations(&normalised.text, &normalised.marks, paragraph)
            .into_iter()
            .map(|s| normalised.text[s.range()].to_string())
            .collect()
    }

    #[test]
    fn curly_and_straight_quotes_are_found() {
        assert_eq!(
            quoted("labeled part of a \u{201C}hybrid war.\u{201D} Then \"more\" here"),
            ["hybrid war.", "more"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotation_marks() {
        assert_eq!(
            quoted("Kyiv\u{2019}s allies and the countries\u{2019} defenses, it\u{2019}s"),
            Vec::<String>::new()
        );
        assert_eq!(
            quoted("troop numbers \u{2018}continue to grow\u{2019}, he said"),
            ["continue to grow"]
        );
    }

    #[test]
    fn open_quotation_runs_to_paragraph_end() {
        assert_eq!(
            quoted("\u{201C}We will go on. And on"),
            ["We will go on. And on"]
        );
    }
}
