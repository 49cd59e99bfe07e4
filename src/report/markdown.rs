//! Markdown for `$GITHUB_STEP_SUMMARY` or a pull-request comment: a summary line, a table
//! of every claim, and a collapsible block with the evidence and diff of each failure.

use std::fmt::Write;

use super::{Report, human};

/// Render the report as GitHub-flavoured Markdown.
pub(crate) fn render(report: &Report) -> String {
    let mut out = String::new();
    let (passed, failed) = (report.passed(), report.failed());
    let mark = if failed == 0 { "✅" } else { "❌" };
    let _ = writeln!(
        out,
        "## {mark} factcheck: {passed} passed, {failed} failed\n"
    );
    let _ = writeln!(out, "| | claim | file | verdict |");
    let _ = writeln!(out, "|---|---|---|---|");
    for file in &report.files {
        for claim in &file.claims {
            let (mark, verdict) = if claim.result.passed {
                ("✅", claim.result.verdict.to_string())
            } else {
                (
                    "❌",
                    format!(
                        "expected {}, got **{}**",
                        claim.expect, claim.result.verdict
                    ),
                )
            };
            let _ = writeln!(
                out,
                "| {mark} | {} | `{}:{}` | {verdict} |",
                cell(&claim.says),
                file.path,
                claim.line
            );
        }
    }
    for file in &report.files {
        for claim in file.claims.iter().filter(|c| !c.result.passed) {
            let _ = writeln!(
                out,
                "\n<details><summary>❌ <code>{}::{}</code> {}</summary>\n\n```diff\n{}```\n\n</details>",
                file.stem,
                claim.id,
                super::escape_html(&claim.says),
                dedent(&human::render_evidence(claim, false)).replace("```", "'''")
            );
        }
    }
    out
}

/// The evidence without the terminal report's indentation, so that `-` and `+` start
/// their lines and GitHub colours the diff.
fn dedent(text: &str) -> String {
    text.lines()
        .map(|line| format!("{}\n", line.strip_prefix("      ").unwrap_or(line)))
        .collect()
}

/// Text safe in a table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}
