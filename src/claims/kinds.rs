//! The kinds of claim: what each states, and reading the value of its kind key (`text`,
//! `pattern`, `quote`, `quantity`, `date`) and of a shorthand's value.

use crate::config::Aliases;
use crate::diagnostic::Diagnostic;
use crate::recognise::{parse_date, parse_quantity};
use crate::source::Span;
use crate::text::{Phrase, normalise};
use crate::tomlread::{Located, Reader};

/// The keys that say what kind of claim it is; at most one per claim.
pub(crate) const KIND_KEYS: &[&str] = &["quantity", "date", "quote", "text", "pattern"];

/// What a claim says must be in the article.
#[derive(Debug, Clone)]
pub enum ClaimKind {
    /// A phrase, case, typography and whitespace folded.
    Text(Phrase),
    /// A regular expression over the normalised text (validated; compiled when checked).
    Pattern(String),
    /// Words that must stand inside quotation marks.
    Quote(Phrase),
    /// A number with optional qualifier and unit (boxed: it is four times the size of the
    /// other kinds, and a large suite holds a hundred thousand claims).
    Quantity(Box<QuantityClaim>),
    /// A date.
    Date(Box<DateClaim>),
}

/// A claimed quantity.
#[derive(Debug, Clone)]
pub struct QuantityClaim {
    /// The quantity as the claim wrote it.
    pub text: String,
    /// The number part as written, put into the evidence for diffs.
    pub value_text: String,
    /// What it states.
    pub quantity: crate::recognise::Quantity,
    /// Stems the article's unit may have: the claim unit's head and its aliases.
    pub unit_names: Vec<String>,
}

/// A claimed date.
#[derive(Debug, Clone)]
pub struct DateClaim {
    /// The date as the claim wrote it.
    pub text: String,
    /// What it states.
    pub date: crate::recognise::DateValue,
}

impl ClaimKind {
    /// The kind's key, as written in claim files and shown in JSON.
    pub fn name(&self) -> &'static str {
        match self {
            ClaimKind::Text(_) => "text",
            ClaimKind::Pattern(_) => "pattern",
            ClaimKind::Quote(_) => "quote",
            ClaimKind::Quantity(_) => "quantity",
            ClaimKind::Date(_) => "date",
        }
    }
}

/// The claim kind for `key = value`, or `None` after reporting why the value is unreadable.
pub(super) fn parse(
    reader: &mut Reader<'_>,
    key: &str,
    value: &Located<String>,
    aliases: &Aliases,
) -> Option<ClaimKind> {
    let text = value.value.as_str();
    match key {
        "text" => {
            let phrase = Phrase::new(text);
            if phrase.is_empty() {
                reader.diagnostics.push(
                    Diagnostic::error("`text` has no words", reader.file, value.span)
                        .label("a text claim needs at least one word or number"),
                );
                return None;
            }
            Some(ClaimKind::Text(phrase))
        }
        // Validated here, compiled when checked: a compiled regex keeps caches that would add
        // up over a large suite.
        // Patterns run over normalised text, so they are normalised too: a curly quote in a
        // pattern matches the article's (folded) one.
        "pattern" => match regex_syntax::Parser::new().parse(&normalise(text).text) {
            Ok(_) => Some(ClaimKind::Pattern(normalise(text).text)),
            Err(error) => {
                let detail = error.to_string();
                let reason = detail
                    .lines()
                    .rev()
                    .find(|line| line.starts_with("error:"))
                    .map_or(detail.as_str(), |line| line.trim_start_matches("error: "))
                    .to_string();
                reader.diagnostics.push(
                    Diagnostic::error(
                        "invalid regular expression in `pattern`",
                        reader.file,
                        value.span,
                    )
                    .label(reason)
                    .help("the syntax is the `regex` crate's: https://docs.rs/regex/#syntax"),
                );
                None
            }
        },
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
