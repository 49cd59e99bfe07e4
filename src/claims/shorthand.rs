//! The shorthand `says = "<context>: <value>"`.

use crate::diagnostic::Diagnostic;
use crate::tomlread::{Located, Reader};

/// A shorthand claim: required names and a value.
#[derive(Debug, Clone)]
pub struct Shorthand {
    /// The names of the context, required as source terms.
    pub names: Vec<String>,
}

pub(super) fn parse(reader: &mut Reader<'_>, says: &Located<String>) -> Option<Shorthand> {
    reader.diagnostics.push(
        Diagnostic::error("unreadable shorthand", reader.file, says.span)
            .label("add a kind key")
            .help("write `says = \"<who or what>: <value>\"`, or add one of `quantity`, `date`, `quote`, `text`, `pattern`"),
    );
    None
}
