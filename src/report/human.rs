//! The human report, as cargo test prints it; without colour, the snapshot format.

use std::fmt::Write;

use anstyle::{AnsiColor, Style};
use similar::{ChangeTag, TextDiff};

use super::{ClaimReport, FileReport, Report};
use crate::check::{Diff, Outcome};

const GREEN: Style = AnsiColor::Green.on_default();
const RED: Style = AnsiColor::Red.on_default();
const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();
const REMOVED: Style = AnsiColor::Red.on_default().bold().underline();
const ADDED: Style = AnsiColor::Green.on_default().bold().underline();

/// Render a whole report, ending with the `test result:` line.
pub(crate) fn render(report: &Report, color: bool) -> String {
    let mut out = String::new();
    for file in &report.files {
        out.push_str(&render_file(file, color));
    }
    let (passed, failed) = (report.passed(), report.failed());
    let (word, style) = if failed == 0 {
        ("ok", GREEN)
    } else {
        ("FAILED", RED)
    };
    let _ = writeln!(
        out,
        "test result: {}. {passed} passed; {failed} failed",
        paint(word, style, color)
    );
    out
}

/// Render one claim file's results: the snapshot of that file.
pub(crate) fn render_file(file: &FileReport, color: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", paint(&file.path, BOLD, color));
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
    let result = &claim.result;
    let (mark, style, verdict) = if result.passed {
        ("✓", GREEN, format!("{}, as expected", result.verdict))
    } else {
        (
            "✗",
            RED,
            format!("expected {}, got {}", claim.expect, result.verdict),
        )
    };
    let _ = writeln!(
        out,
        "  {} {}   {}   {}",
        paint(mark, style, color),
        claim.id,
        claim.says,
        paint(&verdict, style, color)
    );
    out.push_str(&render_evidence(claim, color));
}

/// A claim's evidence, notes, diffs and near misses without its verdict line: the body of a
/// failure in the other formats.
pub(crate) fn render_evidence(claim: &ClaimReport, color: bool) -> String {
    let mut out = String::new();
    let several = claim.result.outcomes.len() > 1;
    for outcome in &claim.result.outcomes {
        render_outcome(&mut out, outcome, several, !claim.result.passed, color);
    }
    out
}

fn render_outcome(out: &mut String, outcome: &Outcome, several: bool, failed: bool, color: bool) {
    let indent = "      ";
    let mut head = match &outcome.evidence {
        Some(evidence) => format!("{}:{}:{}", outcome.display, evidence.line, evidence.column),
        None => outcome.display.to_string(),
    };
    if several || (outcome.evidence.is_none() && failed) {
        let _ = write!(head, "  {}", outcome.verdict);
    }
    let _ = write!(out, "{indent}{}", paint(&head, DIM, color));
    let mut notes = outcome.notes.iter();
    if let Some(first) = notes.next() {
        let _ = write!(out, "  note: {first}");
    }
    out.push('\n');
    for note in notes {
        let _ = writeln!(out, "{indent}note: {note}");
    }
    if failed {
        if let Some(diff) = &outcome.diff {
            render_diff(out, diff, indent, color);
        }
        if !outcome.candidates.is_empty() {
            let _ = writeln!(out, "{indent}nearest:");
        }
        for candidate in &outcome.candidates {
            let evidence = &candidate.evidence;
            let _ = writeln!(
                out,
                "{indent}  {}  lacks {}",
                paint(
                    &format!("{}:{}:{}", outcome.display, evidence.line, evidence.column),
                    DIM,
                    color
                ),
                candidate.lacks
            );
            let _ = writeln!(out, "{indent}    {}", evidence.sentence);
        }
        if outcome.candidates.is_empty() && outcome.evidence.is_none() && outcome.diff.is_none() {
            let _ = writeln!(out, "{indent}nothing in the article addresses this claim");
        }
    }
}

/// A word diff as two lines: `-` the claimed words, `+` what the article says, the changed
/// words highlighted when `color`.
pub(crate) fn render_diff(out: &mut String, diff: &Diff, indent: &str, color: bool) {
    let words = TextDiff::from_words(diff.claimed.as_str(), diff.stated.as_str());
    let mut removed = String::new();
    let mut added = String::new();
    for change in words.iter_all_changes() {
        let value = change.value();
        match change.tag() {
            ChangeTag::Equal => {
                removed.push_str(value);
                added.push_str(value);
            }
            ChangeTag::Delete => removed.push_str(&paint(value, REMOVED, color)),
            ChangeTag::Insert => added.push_str(&paint(value, ADDED, color)),
        }
    }
    let _ = writeln!(out, "{indent}{} {removed}", paint("-", RED, color));
    let _ = writeln!(out, "{indent}{} {added}", paint("+", GREEN, color));
}

fn paint(text: &str, style: Style, color: bool) -> String {
    if color && !text.trim().is_empty() {
        format!("{}{text}{}", style.render(), style.render_reset())
    } else {
        text.to_string()
    }
}
