//! Reading the value of a `quote`, `quantity` or `date` key (and of a shorthand's value).

use super::{ClaimKind, DateClaim, Phrase, QuantityClaim};
use crate::config::Aliases;
use crate::diagnostic::Diagnostic;
use crate::recognise::{parse_date, parse_quantity};
use crate::source::Span;
use crate::tomlread::{Located, Reader};

/// The claim kind for `key = value`, or `None` after reporting why the value is unreadable.
pub(super) fn parse(
    reader: &mut Reader<'_>,
    key: &str,
    value: &Located<String>,
    aliases: &Aliases,
) -> Option<ClaimKind> {
    let text = value.value.as_str();
    match key {
        "quote" => {
            let phrase = Phrase::new(text.trim_matches(|c: char| c == '"' || c.is_whitespace()));
            if phrase.is_empty() {
                reader.diagnostics.push(
                    Diagnostic::error("`quote` has no words", reader.file, value.span)
                        .label("write the quoted words, without quotation marks"),
                );
                return None;
            }
            Some(ClaimKind::Quote(phrase))
        }
        "quantity" => match quantity(text, aliases) {
            Ok(claim) => Some(ClaimKind::Quantity(Box::new(claim))),
            Err(reason) => {
                reader.diagnostics.push(
                    Diagnostic::error(format!("unreadable quantity `{text}`"), reader.file, value.span)
                        .label(reason)
                        .help("write a number with an optional qualifier and unit: \"30,000\", \"up to 30,000 troops\", \"75 km\", \"$1.2bn\", \"tens of thousands of troops\""),
                );
                None
            }
        },
        "date" => match date(text) {
            Ok(claim) => Some(ClaimKind::Date(Box::new(claim))),
            Err(reason) => {
                reader.diagnostics.push(
                    Diagnostic::error(format!("unreadable date `{text}`"), reader.file, value.span)
                        .label(reason)
                        .help("write a date such as \"February 20\", \"Feb. 20\", \"20 February 2022\", \"2022-02-20\", \"Thursday\" or \"last week\""),
                );
                None
            }
        },
        _ => unreachable!("`{key}` is not a value kind key"),
    }
}

/// A claimed quantity: the whole text must read as one quantity.
pub(super) fn quantity(text: &str, aliases: &Aliases) -> Result<QuantityClaim, String> {
    // Read the claim as articles are read: typography folded.
    let text = &crate::text::normalise(text).text;
    let found = parse_quantity(text).ok_or("no number here")?;
    reject_words_left_over(text, found.span, "quantity")?;
    let unit_names = match &found.quantity.unit {
        Some(unit) if unit.measure.is_none() => {
            let mut names = vec![crate::text::words::stem(&unit.head).to_string()];
            for spelling in aliases
                .spellings(&unit.head)
                .chain(aliases.spellings(&unit.phrase))
            {
                let key = crate::text::words::key(spelling);
                let stem = crate::text::words::stem(&key).to_string();
                if !names.contains(&stem) {
                    names.push(stem);
                }
            }
            names.shrink_to_fit();
            names
        }
        _ => Vec::new(),
    };
    Ok(QuantityClaim {
        value_text: text[found.value_span.range()].to_string(),
        text: text.to_string(),
        quantity: found.quantity,
        unit_names,
    })
}

/// A claimed date: the whole text must read as one date.
pub(super) fn date(text: &str) -> Result<DateClaim, String> {
    let text = &crate::text::normalise(text).text;
    let (date, span) = parse_date(text).ok_or("no date here")?;
    reject_words_left_over(text, span, "date")?;
    Ok(DateClaim {
        text: text[span.range()].to_string(),
        date,
    })
}

/// Words outside what was read would be silently ignored: say so instead.
fn reject_words_left_over(text: &str, span: Span, what: &str) -> Result<(), String> {
    let before = text[..span.start].trim();
    let after = text[span.end..].trim().trim_end_matches('.');
    if before.is_empty() && after.is_empty() {
        return Ok(());
    }
    let extra = [before, after]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join("` and `");
    Err(format!(
        "only `{}` reads as the {what}; move `{extra}` to `about` or `source`",
        &text[span.range()]
    ))
}
