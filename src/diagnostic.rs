//! Diagnostics about a user's input, rendered once, in rustc's shape.
//!
//! Every part of the pipeline that reads something a user wrote (claim files, the suite
//! config, articles) reports problems as [`Diagnostic`]s that carry their file and span;
//! nothing stops at the first one. The CLI and the harness render the whole list with
//! [`render`], which is the only place that knows about `annotate-snippets`.

use std::fmt;

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use crate::source::{ReadError, SourceFile, Span};

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The input is invalid: nothing is checked until it is fixed (exit code 2).
    Error,
    /// Worth knowing, but the run goes on.
    Warning,
}

/// One problem in the input, at a place in a file.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The headline, e.g. ``unknown key `qoute` ``.
    pub message: String,
    /// The file it is about, if any.
    pub file: Option<SourceFile>,
    /// Where in the file; `None` points at the file as a whole.
    pub span: Option<Span>,
    /// The text under the caret, e.g. ``did you mean `quote`?``.
    pub label: String,
    /// `help:` lines shown after the snippet.
    pub help: Vec<String>,
}

impl Diagnostic {
    /// An error at `span` of `file`.
    pub fn error(message: impl Into<String>, file: &SourceFile, span: impl Into<Span>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            file: Some(file.clone()),
            span: Some(span.into()),
            label: String::new(),
            help: Vec::new(),
        }
    }

    /// An error about a whole file (or about no file, with `file = None`).
    pub fn file_error(message: impl Into<String>, file: Option<&SourceFile>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            file: file.cloned(),
            span: None,
            label: String::new(),
            help: Vec::new(),
        }
    }

    /// An error writing the file at `path` (a report, a scaffold file).
    pub fn cannot_write(path: &std::path::Path, error: &std::io::Error) -> Self {
        Diagnostic::file_error(format!("cannot write `{}`: {error}", path.display()), None)
    }

    /// This diagnostic as a warning.
    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// Set the text under the caret.
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    /// Add a `help:` line.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help.push(help.into());
        self
    }

    /// `file:line:col` of the diagnostic, for sorting and one-line displays.
    pub fn location(&self) -> String {
        match (&self.file, self.span) {
            (Some(file), Some(span)) => {
                let at = file.position(span.start);
                format!("{}:{}:{}", file.name, at.line, at.column)
            }
            (Some(file), None) => file.name.clone(),
            (None, _) => String::new(),
        }
    }

    fn sort_key(&self) -> (String, usize, Severity) {
        let name = self
            .file
            .as_ref()
            .map(|f| f.name.clone())
            .unwrap_or_default();
        (name, self.span.map_or(0, |s| s.start), self.severity)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&render(std::slice::from_ref(self), false))
    }
}

/// Diagnostics from a failed load: at least one of them is an error.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{} error(s) in the input", self.errors().count())]
pub struct InputErrors(pub Vec<Diagnostic>);

impl InputErrors {
    /// The errors among the diagnostics.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| d.severity == Severity::Error)
    }
}

/// Sort diagnostics by file and position, so output does not depend on load order.
pub(crate) fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| d.sort_key());
}

/// Render diagnostics as rustc does, each followed by a blank line, with colour if `color`.
pub fn render(diagnostics: &[Diagnostic], color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .decor_style(DecorStyle::Ascii);
    let mut out = String::new();
    for diagnostic in diagnostics {
        if diagnostic.file.is_none() {
            // Nothing to point at: the headline and its help, as rustc prints notes.
            let level = match diagnostic.severity {
                Severity::Error => Level::ERROR,
                Severity::Warning => Level::WARNING,
            };
            out.push_str(&renderer.render(&[Group::with_title(
                level.primary_title(diagnostic.message.as_str()),
            )]));
            for help in &diagnostic.help {
                out.push_str(&format!("\n  = help: {help}"));
            }
            out.push_str("\n\n");
            continue;
        }
        let level = match diagnostic.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let mut group = Group::with_title(level.primary_title(diagnostic.message.as_str()));
        match (&diagnostic.file, diagnostic.span) {
            (Some(file), Some(span)) => {
                let span = clamp(span, &file.text);
                // Only the lines the span stands on go to the renderer, numbered from the
                // first: it reads all the source it is given, and a claim file of a million
                // claims with a thousand errors must not be read a thousand times.
                let text: &str = &file.text;
                let from = text[..span.start].rfind('\n').map_or(0, |at| at + 1);
                let to = memchr::memchr(b'\n', &text.as_bytes()[span.end..])
                    .map_or(text.len(), |at| span.end + at);
                let mut annotation =
                    AnnotationKind::Primary.span(span.start - from..span.end - from);
                if !diagnostic.label.is_empty() {
                    annotation = annotation.label(diagnostic.label.as_str());
                }
                group = group.element(
                    Snippet::source(&text[from..to])
                        .line_start(file.position(span.start).line)
                        .path(file.name.as_str())
                        .fold(true)
                        .annotation(annotation),
                );
            }
            (Some(file), None) => {
                group = group.element(Origin::path(file.name.as_str()));
            }
            (None, _) => {}
        }
        let mut report: Vec<Group> = vec![group];
        for help in &diagnostic.help {
            report.push(Group::with_title(
                Level::HELP.secondary_title(help.as_str()),
            ));
        }
        out.push_str(&renderer.render(&report));
        out.push_str("\n\n");
    }
    out
}

/// Read a file a user wrote as UTF-8 text, less a leading BOM. Anything else is a
/// diagnostic naming the file (`display`) and, for invalid UTF-8, the line, column and byte
/// offset of the first bad byte.
pub(crate) fn read_text(path: &std::path::Path, display: &str) -> Result<String, Diagnostic> {
    crate::source::read_text(path).map_err(|error| unreadable(display, error))
}

/// Read a claim file or config as a [`SourceFile`] shown as `display`.
pub(crate) fn read_source(
    path: &std::path::Path,
    display: String,
) -> Result<SourceFile, Diagnostic> {
    let text = read_text(path, &display)?;
    Ok(SourceFile::new(display, text))
}

/// The diagnostic for a file that could not be read.
pub(crate) fn unreadable(display: &str, error: ReadError) -> Diagnostic {
    match error {
        ReadError::TooLarge(bytes) => Diagnostic::file_error(
            format!(
                "`{display}` is too large: {bytes} bytes; factcheck reads files of up to 4 GiB"
            ),
            None,
        )
        .help("split it into several files"),
        ReadError::Io(error) => {
            Diagnostic::file_error(format!("cannot read `{display}`: {error}"), None)
        }
        ReadError::NotUtf8 {
            bytes,
            offset,
            length,
        } => {
            // Up to the first bad byte the lossy text is the file itself, so the offset holds.
            let shown = SourceFile::new(display, String::from_utf8_lossy(&bytes).into_owned());
            let width = shown.text[offset..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
            Diagnostic::error(
                format!("`{display}` is not valid UTF-8"),
                &shown,
                offset..offset + width,
            )
            .label(format!(
                "invalid byte{} here",
                if length > 1 { "s" } else { "" }
            ))
            .help(format!(
                "the first invalid byte is at byte offset {offset}; save the file as UTF-8"
            ))
        }
    }
}

/// Keep a span inside the text and on char boundaries, so rendering never panics.
fn clamp(span: Span, text: &str) -> Span {
    let end = crate::source::floor_char_boundary(text, span.end.min(text.len()));
    let start = crate::source::floor_char_boundary(text, span.start.min(end));
    Span::new(start, end)
}

/// The candidates closest to `word` (Jaro-Winkler, case-insensitive), best first.
pub(crate) fn nearest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Vec<&'a str> {
    let word = word.to_lowercase();
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .map(|candidate| {
            let score = strsim::jaro_winkler(&word, &candidate.to_lowercase());
            (score, candidate)
        })
        .filter(|(score, _)| *score >= 0.8)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.into_iter().map(|(_, candidate)| candidate).collect()
}

/// ``did you mean `x`?`` for the nearest candidate, or an empty string.
pub(crate) fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> String {
    match nearest(word, candidates).first() {
        Some(best) => format!("did you mean `{best}`?"),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_key() {
        let keys = ["quote", "quantity", "text", "pattern"];
        assert_eq!(did_you_mean("qoute", keys), "did you mean `quote`?");
        assert_eq!(did_you_mean("zzz", keys), "");
    }

    #[test]
    fn renders_rustc_shape() {
        let file = SourceFile::new("claims/x.toml", "[[claim]]\nqoute = \"x\"\n");
        let d =
            Diagnostic::error("unknown key `qoute`", &file, 10..15).label("did you mean `quote`?");
        let text = render(&[d], false);
        assert!(text.contains("--> claims/x.toml:2:1"), "{text}");
        assert!(text.contains("^^^^^ did you mean `quote`?"), "{text}");
    }
}
