//! GitHub Actions workflow commands: an `::error` at the claim of every failing claim and a
//! `::notice` at its evidence in the article, so both show in a pull request's diff view.

use std::fmt::Write;

use super::{ClaimReport, Report, human};

/// Render the failing claims as workflow commands, then a one-line summary.
pub(crate) fn render(report: &Report) -> String {
    let mut out = String::new();
    for file in &report.files {
        for claim in file.claims.iter().filter(|c| !c.result.passed) {
            let title = format!("factcheck: {}", claim.id);
            let message = format!(
                "{} — expected {}, got {}\n{}",
                claim.says,
                claim.expect,
                claim.result.verdict,
                human::render_evidence(claim, false).trim_end()
            );
            let _ = writeln!(
                out,
                "::error file={},line={},col=1,title={}::{}",
                property(&file.path),
                claim.line,
                property(&title),
                data(&message)
            );
            notices(&mut out, claim);
        }
    }
    let _ = writeln!(
        out,
        "factcheck: {} passed; {} failed",
        report.passed(),
        report.failed()
    );
    out
}

fn notices(out: &mut String, claim: &ClaimReport) {
    for outcome in &claim.result.outcomes {
        if let Some(evidence) = &outcome.evidence {
            let _ = writeln!(
                out,
                "::notice file={},line={},col={},title={}::{}",
                property(&outcome.display),
                evidence.line,
                evidence.column,
                property(&format!("evidence for {} ({})", claim.id, outcome.verdict)),
                data(&evidence.sentence)
            );
        }
    }
}

/// A command's message: `%`, CR and LF escaped.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A command's property value: as data, and `:` and `,` too.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_follow_the_workflow_command_rules() {
        assert_eq!(data("50%\nnext"), "50%25%0Anext");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
