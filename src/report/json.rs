//! The JSON report, version 1 (see DESIGN.md): stable field order, one object per run.

use serde::Serialize;

use super::Report;
use crate::check::{Candidate, Evidence};

/// The JSON format's version; bumped on any incompatible change.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    summary: Summary,
    results: Vec<ClaimJson<'a>>,
}

#[derive(Serialize)]
struct Summary {
    claims: usize,
    passed: usize,
    failed: usize,
}

#[derive(Serialize)]
struct ClaimJson<'a> {
    file: &'a str,
    line: usize,
    id: &'a str,
    says: &'a str,
    kind: &'a str,
    expect: &'a str,
    verdict: &'a str,
    passed: bool,
    articles: Vec<ArticleJson<'a>>,
}

#[derive(Serialize)]
struct ArticleJson<'a> {
    article: &'a str,
    path: &'a str,
    verdict: &'a str,
    evidence: Option<&'a Evidence>,
    notes: &'a [String],
    diff: Option<DiffJson<'a>>,
    candidates: Vec<CandidateJson<'a>>,
}

#[derive(Serialize)]
struct DiffJson<'a> {
    claimed: &'a str,
    stated: &'a str,
}

#[derive(Serialize)]
struct CandidateJson<'a> {
    #[serde(flatten)]
    evidence: &'a Evidence,
    lacks: &'a str,
}

impl Serialize for Evidence {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        // Byte offsets stay out: they differ between CRLF and LF copies of an article, and
        // the report must not.
        let mut s = serializer.serialize_struct("Evidence", 4)?;
        s.serialize_field("line", &self.line)?;
        s.serialize_field("column", &self.column)?;
        s.serialize_field("text", &self.text)?;
        s.serialize_field("sentence", &*self.sentence)?;
        s.end()
    }
}

fn candidate(candidate: &Candidate) -> CandidateJson<'_> {
    CandidateJson {
        evidence: &candidate.evidence,
        lacks: &candidate.lacks,
    }
}

/// Render the report as pretty-printed JSON, with a final newline.
pub fn render(report: &Report) -> String {
    let mut bytes = Vec::new();
    write(report, &mut bytes).expect("writing to memory does not fail");
    String::from_utf8(bytes).expect("JSON is UTF-8")
}

/// Write the report as pretty-printed JSON to `writer`, without building it in memory first
/// (a large suite's report is tens of megabytes).
pub fn write(report: &Report, mut writer: impl std::io::Write) -> std::io::Result<()> {
    let results = report
        .files
        .iter()
        .flat_map(|file| {
            file.claims.iter().map(move |claim| ClaimJson {
                file: &file.path,
                line: claim.line,
                id: &claim.id,
                says: &claim.says,
                kind: claim.kind,
                expect: claim.expect.name(),
                verdict: claim.result.verdict.name(),
                passed: claim.result.passed,
                articles: claim
                    .result
                    .outcomes
                    .iter()
                    .map(|o| ArticleJson {
                        article: &o.article,
                        path: &o.display,
                        verdict: o.verdict.name(),
                        evidence: o.evidence.as_ref(),
                        notes: &o.notes,
                        diff: o.diff.as_ref().map(|d| DiffJson {
                            claimed: &d.claimed,
                            stated: &d.stated,
                        }),
                        candidates: o.candidates.iter().map(candidate).collect(),
                    })
                    .collect(),
            })
        })
        .collect();
    let document = Document {
        version: VERSION,
        summary: Summary {
            claims: report.passed() + report.failed(),
            passed: report.passed(),
            failed: report.failed(),
        },
        results,
    };
    serde_json::to_writer_pretty(&mut writer, &document)?;
    writer.write_all(b"\n")
}
