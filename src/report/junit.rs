//! JUnit XML, for CI dashboards: one `testsuite` per claim file, one `testcase` per claim.
//! A failure's message is the verdict line; its body is the evidence and diff, as the
//! human report shows them.
//!
//! Each test case carries `file` (the claim file) and `line` (its `[[claim]]`), as GitLab,
//! Jenkins and the JUnit viewers of GitHub Actions read them, and a `classname` with no dot
//! but those it puts between folders (`claims/sub/x.v2.toml` is `sub.x_v2`): Jenkins splits
//! a class name at its last dot into package and class. `time` is always 0: real timings would
//! make the same run give different bytes, and a report's bytes are deterministic; the
//! attribute is there for dashboards that require it.

use std::time::Duration;

use quick_junit::{NonSuccessKind, Report as Junit, TestCase, TestCaseStatus, TestSuite};

use super::{Report, human};

/// A class name for a claim file's stem (`sub/x.v2`): its folders joined with dots, and any
/// dot of their own made `_`.
fn classname(stem: &str) -> String {
    stem.split('/')
        .map(|part| part.replace('.', "_"))
        .collect::<Vec<_>>()
        .join(".")
}

/// Render the report as JUnit XML.
pub(crate) fn render(report: &Report) -> String {
    let mut junit = Junit::new("factcheck");
    junit.set_time(Duration::ZERO);
    for file in &report.files {
        let mut suite = TestSuite::new(file.path.as_str());
        suite.set_time(Duration::ZERO);
        let classname = classname(&file.stem);
        for claim in &file.claims {
            let status = if claim.result.passed {
                TestCaseStatus::success()
            } else {
                let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
                status
                    .set_message(format!(
                        "expected {}, got {}",
                        claim.expect, claim.result.verdict
                    ))
                    .set_type(claim.result.verdict.name())
                    .set_description(human::render_evidence(claim, false));
                status
            };
            let mut case = TestCase::new(format!("{}::{}", file.stem, claim.id), status);
            case.set_classname(classname.as_str());
            case.set_time(Duration::ZERO);
            case.extra.insert("file".into(), file.path.as_str().into());
            case.extra
                .insert("line".into(), claim.line.to_string().into());
            case.add_property(("says", claim.says.as_ref()));
            suite.add_test_case(case);
        }
        junit.add_test_suite(suite);
    }
    let mut text = junit.to_string().expect("JUnit XML serialises");
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}
