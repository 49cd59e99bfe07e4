//! The shorthand `says = "<context>: <value>"`: the value is read as a date or a quantity,
//! and the names in the context become required source terms.

use super::{ClaimKind, Term, kinds};
use crate::config::Aliases;
use crate::diagnostic::Diagnostic;
use crate::recognise::MentionKind;
use crate::tomlread::{Located, Reader};

/// Capitalised words that open a context without being names.
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "Estimate",
    "Estimates",
    "Total",
    "Number",
    "Numbers",
    "Count",
    "It",
    "Its",
    "There",
    "Some",
    "Most",
    "Many",
    "Official",
    "Officials",
    "Reported",
    "Claimed",
    "Date",
    "Deadline",
    "Toll",
    "Cost",
    "Figure",
];

/// Words of a context without names that say nothing about what must stand near the value.
const STOP_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "at",
    "for",
    "to",
    "and",
    "or",
    "by",
    "with",
    "from",
    "as",
    "its",
    "their",
    "his",
    "her",
    "this",
    "that",
    "these",
    "those",
    "is",
    "was",
    "are",
    "were",
    "be",
    "it",
    "says",
    "said",
    "say",
    "according",
];

/// The kind and the context terms a shorthand `says` stands for.
pub(super) fn parse(
    reader: &mut Reader<'_>,
    says: &Located<String>,
    aliases: &Aliases,
) -> Option<(ClaimKind, Vec<Term>)> {
    let text = says.value.as_str();
    let Some((context, value)) = text.split_once(':') else {
        reader.diagnostics.push(
            Diagnostic::error("claim has no kind key and `says` is not a shorthand", reader.file, says.span)
                .label("a shorthand reads `<who or what>: <value>`")
                .help("write `says = \"NATO estimate: 30,000 troops\"`, or add one of `quantity`, `date`, `quote`, `text`, `pattern`"),
        );
        return None;
    };
    let value = value.trim();
    // The value is the one quantity or date after the colon; words around it describe it
    // ("ONS: inflation 7.9%", "Senate: $1.5tn package").
    let normalised = crate::text::normalise(value).text;
    let mentions = crate::recognise::recognise(&normalised);
    let quantities: Vec<&crate::recognise::Mention> = mentions
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Quantity(_)))
        .collect();
    let dates: Vec<&crate::recognise::Mention> = mentions
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Date(_)))
        .collect();
    let span = says.part(&reader.file.text, context.len() + 1..text.len());
    let unreadable = |reader: &mut Reader<'_>, reason: String| {
        reader.diagnostics.push(
            Diagnostic::error(format!("unreadable shorthand value `{value}`"), reader.file, span)
                .label(reason)
                .help("after the colon write one quantity (\"30,000 troops\", \"up to 75 km\", \"down 5%\", \"3-1\"), one date (\"Feb. 20\", \"2008\", \"3 p.m.\"); for anything else use a kind key: `quantity`, `date`, `text`, `quote` or `pattern`"),
        );
    };
    let mut terms = Vec::new();
    let kind = match (quantities.as_slice(), dates.as_slice()) {
        ([_], []) => match kinds::quantity(&normalised, text, aliases) {
            Ok((quantity, names)) => {
                terms.extend(names.iter().map(|name| Term::new(name, aliases)));
                ClaimKind::Quantity(Box::new(quantity))
            }
            Err(reason) => {
                unreadable(reader, reason);
                return None;
            }
        },
        ([], [found]) => match kinds::date(&normalised[found.span.range()]) {
            Ok(date) => ClaimKind::Date(Box::new(date)),
            Err(reason) => {
                unreadable(reader, reason);
                return None;
            }
        },
        // A bare year ("Founded: 2008") or month ("FDP walkout: December").
        ([], []) => match kinds::date(&normalised) {
            Ok(date) => ClaimKind::Date(Box::new(date)),
            Err(_) => {
                unreadable(reader, "neither a quantity nor a date is here".into());
                return None;
            }
        },
        _ => {
            let found: Vec<String> = quantities
                .iter()
                .chain(dates.iter())
                .map(|m| format!("`{}`", &normalised[m.span.range()]))
                .collect();
            unreadable(
                reader,
                format!(
                    "several values here: {}; which one does it claim?",
                    found.join(", ")
                ),
            );
            return None;
        }
    };
    let names = names(context);
    if names.is_empty() {
        // "the mayor: $45 million": the context's content words must stand near the value.
        let words = content_words(context);
        if words.is_empty() && !context.trim().is_empty() {
            reader.diagnostics.push(
                Diagnostic::error(
                    format!("the context `{}` binds nothing", context.trim()),
                    reader.file,
                    says.part(&reader.file.text, 0..context.len()),
                )
                .warning()
                .label("no name or content word here must stand near the value")
                .help("name who or what the value is about: \"the mayor: $45 million\", \"NATO: 30,000 troops\""),
            );
        }
        terms.extend(words.iter().map(|word| Term::new(word, aliases)));
    } else {
        terms.extend(names.iter().map(|name| Term::new(name, aliases)));
        // "Efficacy at standard sites: 75%": the setting says which figure is meant; its
        // words must stand near the value as a quantity's setting does.
        let words: Vec<&str> = context.split_whitespace().collect();
        if let Some(at) = words
            .iter()
            .skip(1)
            .position(|w| kinds::SETTING_PREPOSITIONS.contains(&w.to_lowercase().as_str()))
        {
            let setting = words[at + 2..].join(" ");
            terms.extend(
                content_words(&setting)
                    .iter()
                    .filter(|word| !kinds::is_name(word))
                    .filter(|word| !word.starts_with(|c: char| c.is_ascii_digit()))
                    .map(|word| Term::new(word, aliases)),
            );
        }
    }
    Some((kind, terms))
}

/// The content words of a context without names (`mayor` of `the mayor`), stop words aside.
fn content_words(context: &str) -> Vec<String> {
    context
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '\u{2019}')
        .filter(|w| !w.is_empty())
        .filter(|w| !STOP_WORDS.contains(&w.to_lowercase().as_str()))
        .map(String::from)
        .collect()
}

/// The names in a context: runs of capitalised words and acronyms (`Steve Jobs`, `NATO`).
pub(super) fn names(context: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let words: Vec<&str> = context.split_whitespace().collect();
    for (index, word) in words.iter().enumerate() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '\'');
        let bare = bare
            .strip_suffix("'s")
            .or_else(|| bare.strip_suffix("’s"))
            .unwrap_or(bare);
        let capitalised = bare.chars().next().is_some_and(char::is_uppercase);
        let skipped = index == 0 && NOT_NAMES.contains(&bare);
        if capitalised && !skipped {
            run.push(bare);
        } else if !run.is_empty() {
            names.push(run.join(" "));
            run.clear();
        }
        if word.ends_with([',', ';']) && !run.is_empty() {
            names.push(run.join(" "));
            run.clear();
        }
    }
    if !run.is_empty() {
        names.push(run.join(" "));
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consecutive_capitalised_words_are_one_name() {
        assert_eq!(names("NATO estimate"), ["NATO"]);
        assert_eq!(
            names("Pentagon spokesman John Kirby"),
            ["Pentagon", "John Kirby"]
        );
        assert_eq!(names("Estimate by the UN"), ["UN"]);
        assert_eq!(names("Kyiv's foreign ministry"), ["Kyiv"]);
    }
}
