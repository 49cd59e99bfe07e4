//! JUnit XML, for CI dashboards: one `testsuite` per claim file, one `testcase` per claim.
//! A failure's message is the verdict line; its body is the evidence and diff, as the
//! human report shows them. No timestamps or ids: the same report gives the same bytes.

use quick_junit::{NonSuccessKind, Report as Junit, TestCase, TestCaseStatus, TestSuite};

use super::{Report, human};

/// Render the report as JUnit XML.
pub(crate) fn render(report: &Report) -> String {
    let mut junit = Junit::new("factcheck");
    for file in &report.files {
        let mut suite = TestSuite::new(file.path.as_str());
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
            case.set_classname(file.path.as_str());
            case.add_property(("says", claim.says.as_ref()));
            case.add_property(("line", claim.line.to_string().as_str()));
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
