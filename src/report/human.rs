//! The human report, as cargo test prints it; without colour, the snapshot format.
//!
//! The same text also goes, marked up as HTML, into the HTML report's failure details
//! ([`Markup::Html`]): one walk over a claim's evidence, notes and word diff serves the
//! terminal, the snapshots and the page, and with HTML every piece of text is escaped.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::Write as _;

use rayon::prelude::*;

use anstyle::{AnsiColor, Style};
use similar::{ChangeTag, TextDiff};

use super::{ClaimReport, FileReport, Piece, Report, escape_html};
use crate::check::{Diff, Outcome};

/// How the text is marked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Markup {
    /// Plain text: files, snapshots, a terminal without colour.
    Plain,
    /// ANSI colours, for a terminal.
    Ansi,
    /// HTML elements (`<del>`, `<ins>`, `<span class>`), every piece of text escaped.
    Html,
}

/// What a stretch of text is, which each markup shows its own way.
#[derive(Debug, Clone, Copy)]
enum Role {
    Passed,
    Failed,
    Heading,
    Location,
    /// A word the claim has and the article does not.
    Removed,
    /// A word the article has and the claim does not.
    Added,
}

impl Role {
    fn style(self) -> Style {
        match self {
            Role::Passed => AnsiColor::Green.on_default(),
            Role::Failed => AnsiColor::Red.on_default(),
            Role::Heading => Style::new().bold(),
            Role::Location => Style::new().dimmed(),
            Role::Removed => AnsiColor::Red.on_default().bold().underline(),
            Role::Added => AnsiColor::Green.on_default().bold().underline(),
        }
    }

    /// The opening and closing tags of the role in HTML.
    fn tags(self) -> (&'static str, &'static str) {
        match self {
            Role::Passed => ("<span class=\"ok\">", "</span>"),
            Role::Failed => ("<span class=\"bad\">", "</span>"),
            Role::Heading => ("<b>", "</b>"),
            Role::Location => ("<span class=\"location\">", "</span>"),
            Role::Removed => ("<del>", "</del>"),
            Role::Added => ("<ins>", "</ins>"),
        }
    }
}

impl Markup {
    /// Colours on a terminal when `color`, plain text otherwise.
    fn of(color: bool) -> Self {
        if color { Markup::Ansi } else { Markup::Plain }
    }

    /// `text` as it is written in this markup: escaped in HTML, as is otherwise.
    fn text(self, text: &str) -> Cow<'_, str> {
        match self {
            Markup::Html => Cow::Owned(escape_html(text)),
            Markup::Plain | Markup::Ansi => Cow::Borrowed(text),
        }
    }

    /// `text` shown as `role`; whitespace stays unmarked.
    fn paint(self, text: &str, role: Role) -> String {
        if text.trim().is_empty() {
            return self.text(text).into_owned();
        }
        match self {
            Markup::Plain => text.to_string(),
            Markup::Ansi => {
                let style = role.style();
                format!("{}{text}{}", style.render(), style.render_reset())
            }
            Markup::Html => {
                let (open, close) = role.tags();
                format!("{open}{}{close}", escape_html(text))
            }
        }
    }
}

/// Render a whole report, ending with the `test result:` line.
pub(crate) fn render(report: &Report, color: bool) -> String {
    // Every piece is text the renderer wrote; a piece kept in the cache is checked whole, and
    // lossy conversion only guards against a bug.
    String::from_utf8(render_bytes(report, color))
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// [`render`], as bytes: the sections of files rendered ahead ([`Piece::Human`]) are written
/// as they are.
pub(crate) fn render_bytes(report: &Report, color: bool) -> Vec<u8> {
    let markup = Markup::of(color);
    let piece = if color {
        Piece::HumanColored
    } else {
        Piece::Human
    };
    // Each file on its own thread, joined in order: a large suite's report is megabytes.
    let files: Vec<Cow<'_, [u8]>> = report
        .files
        .par_iter()
        .map(|file| match file.piece(piece) {
            Some(bytes) => Cow::Borrowed(bytes),
            None => Cow::Owned(render_file(file, color).into_bytes()),
        })
        .collect();
    let mut out = Vec::with_capacity(files.iter().map(|f| f.len()).sum::<usize>() + 64);
    for file in files {
        out.extend_from_slice(&file);
    }
    let (passed, failed) = (report.passed(), report.failed());
    let (word, role) = if failed == 0 {
        ("ok", Role::Passed)
    } else {
        ("FAILED", Role::Failed)
    };
    let _ = writeln!(
        out,
        "test result: {}. {passed} passed; {failed} failed",
        markup.paint(word, role)
    );
    out
}

/// Render one claim file's results: the snapshot of that file.
pub(crate) fn render_file(file: &FileReport, color: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        Markup::of(color).paint(&file.path, Role::Heading)
    );
    for claim in &file.claims {
        render_claim(&mut out, claim, color);
    }
    out
}

/// Render one claim: its verdict line, then its evidence, notes and diff.
///
/// The verdict line is `✓ <id>   <says>   <verdict>, as expected` or `✗ <id>   <says>
/// expected <verdict>, got <verdict>`: it says the verdict either way (a passing `refuted`
/// is not a passing `supported`), and it is not padded to the other claims' ids, so a
/// snapshot diff shows only the lines of the claims that changed.
pub(crate) fn render_claim(out: &mut String, claim: &ClaimReport, color: bool) {
    let markup = Markup::of(color);
    let result = &claim.result;
    let (mark, role, verdict) = if result.passed {
        (
            "✓",
            Role::Passed,
            format!("{}, as expected", result.verdict),
        )
    } else {
        (
            "✗",
            Role::Failed,
            format!("expected {}, got {}", claim.expect, result.verdict),
        )
    };
    let _ = writeln!(
        out,
        "  {} {}   {}   {}",
        markup.paint(mark, role),
        claim.id,
        claim.says,
        markup.paint(&verdict, role)
    );
    out.push_str(&render_evidence_as(claim, markup));
}

/// A claim's evidence, notes, diffs and near misses without its verdict line: the body of a
/// failure in the other formats.
pub(crate) fn render_evidence(claim: &ClaimReport, color: bool) -> String {
    render_evidence_as(claim, Markup::of(color))
}

/// [`render_evidence`] in any markup: the HTML report's failure details are this text, with
/// the changed words of a diff in `<del>` and `<ins>`.
pub(crate) fn render_evidence_as(claim: &ClaimReport, markup: Markup) -> String {
    let mut out = String::new();
    let several = claim.result.outcomes.len() > 1;
    for outcome in &claim.result.outcomes {
        render_outcome(&mut out, outcome, several, !claim.result.passed, markup);
    }
    out
}

fn render_outcome(
    out: &mut String,
    outcome: &Outcome,
    several: bool,
    failed: bool,
    markup: Markup,
) {
    let indent = "      ";
    let mut head = match &outcome.evidence {
        Some(evidence) => format!("{}:{}:{}", outcome.display, evidence.line, evidence.column),
        None => outcome.display.to_string(),
    };
    if several || (outcome.evidence.is_none() && failed) {
        let _ = write!(head, "  {}", outcome.verdict);
    }
    let _ = write!(out, "{indent}{}", markup.paint(&head, Role::Location));
    let mut notes = outcome.notes.iter();
    if let Some(first) = notes.next() {
        let _ = write!(out, "  note: {}", markup.text(first));
    }
    out.push('\n');
    for note in notes {
        let _ = writeln!(out, "{indent}note: {}", markup.text(note));
    }
    if failed {
        if let Some(diff) = &outcome.diff {
            render_diff(out, diff, indent, markup);
        }
        if !outcome.candidates.is_empty() {
            let _ = writeln!(out, "{indent}nearest:");
        }
        for candidate in &outcome.candidates {
            let evidence = &candidate.evidence;
            let _ = writeln!(
                out,
                "{indent}  {}  lacks {}",
                markup.paint(
                    &format!("{}:{}:{}", outcome.display, evidence.line, evidence.column),
                    Role::Location
                ),
                markup.text(&candidate.lacks)
            );
            let _ = writeln!(out, "{indent}    {}", markup.text(&evidence.sentence));
        }
        if outcome.candidates.is_empty() && outcome.evidence.is_none() && outcome.diff.is_none() {
            let _ = writeln!(out, "{indent}nothing in the article addresses this claim");
        }
    }
}

/// A word diff as two lines: `-` the claimed words, `+` what the article says, the changed
/// words marked (coloured on a terminal, `<del>` and `<ins>` in HTML).
fn render_diff(out: &mut String, diff: &Diff, indent: &str, markup: Markup) {
    let words = TextDiff::from_words(diff.claimed.as_str(), diff.stated.as_str());
    let mut removed = String::new();
    let mut added = String::new();
    for change in words.iter_all_changes() {
        let value = change.value();
        match change.tag() {
            ChangeTag::Equal => {
                let value = markup.text(value);
                removed.push_str(&value);
                added.push_str(&value);
            }
            ChangeTag::Delete => removed.push_str(&markup.paint(value, Role::Removed)),
            ChangeTag::Insert => added.push_str(&markup.paint(value, Role::Added)),
        }
    }
    let _ = writeln!(out, "{indent}{} {removed}", markup.paint("-", Role::Failed));
    let _ = writeln!(out, "{indent}{} {added}", markup.paint("+", Role::Passed));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diff(claimed: &str, stated: &str) -> Diff {
        Diff {
            claimed: claimed.into(),
            stated: stated.into(),
        }
    }

    #[test]
    fn html_diff_wraps_the_changed_words_and_escapes_all_text() {
        let mut out = String::new();
        let diff = diff(
            "NATO said <b>40,000</b> troops",
            "NATO said <b>30,000</b> troops",
        );
        render_diff(&mut out, &diff, "", Markup::Html);
        assert_eq!(
            out,
            "<span class=\"bad\">-</span> NATO said <del>&lt;b&gt;40,000&lt;/b&gt;</del> troops\n\
             <span class=\"ok\">+</span> NATO said <ins>&lt;b&gt;30,000&lt;/b&gt;</ins> troops\n"
        );
    }

    #[test]
    fn plain_diff_is_the_words_alone() {
        let mut out = String::new();
        render_diff(
            &mut out,
            &diff("40,000 troops", "30,000 troops"),
            "  ",
            Markup::Plain,
        );
        assert_eq!(out, "  - 40,000 troops\n  + 30,000 troops\n");
    }
}
