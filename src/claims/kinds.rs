//! Reading the value of a `quote`, `quantity` or `date` key.

use super::{ClaimKind, Phrase};
use crate::diagnostic::Diagnostic;
use crate::tomlread::{Located, Reader};

/// The claim kind for `key = value`, or `None` after reporting why the value is unreadable.
pub(super) fn parse(
    reader: &mut Reader<'_>,
    key: &str,
    value: &Located<String>,
) -> Option<ClaimKind> {
    match key {
        "quote" => {
            let phrase = Phrase::new(
                value
                    .value
                    .trim_matches(|c: char| c == '"' || c.is_whitespace()),
            );
            if phrase.words.is_empty() {
                reader.diagnostics.push(
                    Diagnostic::error("`quote` has no words", reader.file, value.span)
                        .label("write the quoted words, without quotation marks"),
                );
                return None;
            }
            Some(ClaimKind::Quote(phrase))
        }
        _ => {
            reader.diagnostics.push(
                Diagnostic::error(
                    format!("`{key}` claims are not supported yet"),
                    reader.file,
                    value.span,
                )
                .label("use `text` for now"),
            );
            None
        }
    }
}
