//! Reading TOML that a user wrote, keeping every key's and value's span.
//!
//! Claim files and `factcheck.toml` are parsed in two phases, as cargo does: first the
//! document into a spanned tree (`toml::de::DeTable`, with error recovery), then our own walk
//! over it. The walk, not serde, reports problems, so that *every* unknown key, wrong type and
//! bad value of a file is reported at once, each at its own span.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::source::{SourceFile, Span};

/// A parsed document and the diagnostics found so far.
pub(crate) struct Reader<'a> {
    pub file: &'a SourceFile,
    pub diagnostics: Vec<Diagnostic>,
}

/// A string value with the span of its literal (quotes included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Located<T> {
    /// The value.
    pub value: T,
    /// Where it was written.
    pub span: Span,
}

impl Located<String> {
    /// Where bytes `range` of the string's value stand in `source`: exactly where the value
    /// is written as it reads (a one-line string without escapes); the whole string where
    /// escapes or a multi-line string make the two differ.
    pub(crate) fn part(&self, source: &str, range: std::ops::Range<usize>) -> Span {
        let inner = self.span.start + 1..self.span.end.saturating_sub(1);
        if source.get(inner.clone()) == Some(self.value.as_str()) {
            Span::new(
                inner.start + range.start,
                inner.start + range.end.min(self.value.len()),
            )
        } else {
            self.span
        }
    }
}

impl<'a> Reader<'a> {
    pub(crate) fn new(file: &'a SourceFile) -> Self {
        Reader {
            file,
            diagnostics: Vec::new(),
        }
    }

    /// Parse the document. Syntax errors are reported, one per line (later errors on a line
    /// are the parser's recovery tripping over the first one).
    pub(crate) fn parse(&mut self) -> Option<Spanned<DeTable<'a>>> {
        let (document, errors) = DeTable::parse_recoverable(&self.file.text);
        if errors.is_empty() {
            return Some(document);
        }
        let mut lines_seen = Vec::new();
        for error in errors {
            let span = error.span().unwrap_or(0..0);
            let line = self.file.position(span.start).line;
            if lines_seen.contains(&line) {
                continue;
            }
            lines_seen.push(line);
            self.diagnostics.push(
                Diagnostic::error("invalid TOML", self.file, span)
                    .label(first_line(error.message())),
            );
        }
        None
    }

    /// Report every key of `table` not in `allowed`, suggesting the nearest allowed key.
    pub(crate) fn reject_unknown_keys(
        &mut self,
        table: &DeTable<'_>,
        allowed: &[&str],
        place: &str,
    ) {
        for key in table.keys() {
            if !allowed.contains(&key.get_ref().as_ref()) {
                let name = key.get_ref();
                let mut suggestion = did_you_mean(name, allowed.iter().copied());
                if suggestion.is_empty() {
                    suggestion = "not a key of ".to_string() + place;
                }
                self.diagnostics.push(
                    Diagnostic::error(
                        format!("unknown key `{name}` in {place}"),
                        self.file,
                        key.span(),
                    )
                    .label(suggestion)
                    .help(format!("valid keys: {}", allowed.join(", "))),
                );
            }
        }
    }

    /// Report that `value` (of `key`) has the wrong type.
    pub(crate) fn wrong_type(&mut self, key: &str, value: &Spanned<DeValue<'_>>, expected: &str) {
        self.diagnostics.push(
            Diagnostic::error(format!("wrong type for `{key}`"), self.file, value.span()).label(
                format!("expected {expected}, found {}", type_name(value.get_ref())),
            ),
        );
    }

    /// The string value of `key`, reporting a wrong type.
    pub(crate) fn string(&mut self, table: &DeTable<'_>, key: &str) -> Option<Located<String>> {
        let value = table.get(key)?;
        match value.get_ref() {
            DeValue::String(text) => Some(Located {
                value: text.to_string(),
                span: value.span().into(),
            }),
            _ => {
                self.wrong_type(key, value, "a string");
                None
            }
        }
    }

    /// A string or an array of strings, as a list; reports wrong types of the value and of
    /// each element.
    pub(crate) fn strings(
        &mut self,
        table: &DeTable<'_>,
        key: &str,
    ) -> Option<Vec<Located<String>>> {
        let value = table.get(key)?;
        match value.get_ref() {
            DeValue::String(text) => Some(vec![Located {
                value: text.to_string(),
                span: value.span().into(),
            }]),
            DeValue::Array(items) => {
                let mut list = Vec::new();
                for item in items.iter() {
                    match item.get_ref() {
                        DeValue::String(text) => list.push(Located {
                            value: text.to_string(),
                            span: item.span().into(),
                        }),
                        _ => self.wrong_type(key, item, "a string"),
                    }
                }
                Some(list)
            }
            _ => {
                self.wrong_type(key, value, "a string or an array of strings");
                None
            }
        }
    }

    /// The boolean value of `key`, reporting a wrong type.
    pub(crate) fn boolean(&mut self, table: &DeTable<'_>, key: &str) -> Option<bool> {
        let value = table.get(key)?;
        match value.get_ref() {
            DeValue::Boolean(flag) => Some(*flag),
            _ => {
                self.wrong_type(key, value, "`true` or `false`");
                None
            }
        }
    }

    /// One of `choices` as the string value of `key`; reports anything else, listing them.
    pub(crate) fn choice<T: Copy>(
        &mut self,
        table: &DeTable<'_>,
        key: &str,
        choices: &[(&str, T)],
    ) -> Option<Located<T>> {
        let text = self.string(table, key)?;
        if let Some((_, choice)) = choices.iter().find(|(name, _)| *name == text.value) {
            return Some(Located {
                value: *choice,
                span: text.span,
            });
        }
        let names: Vec<&str> = choices.iter().map(|(name, _)| *name).collect();
        let listed = names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let mut label = format!("expected one of {listed}");
        let suggestion = did_you_mean(&text.value, names.iter().copied());
        if !suggestion.is_empty() {
            label = format!("{label}; {suggestion}");
        }
        self.diagnostics.push(
            Diagnostic::error(
                format!("invalid value `{}` for `{key}`", text.value),
                self.file,
                text.span,
            )
            .label(label),
        );
        None
    }
}

/// The TOML name of a value's type, for "expected …, found …".
pub(crate) fn type_name(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

fn first_line(message: &str) -> &str {
    message.lines().next().unwrap_or(message)
}
