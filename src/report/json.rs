//! The JSON report, version 1 (README, "JSON"): stable field order, one object per run.

use serde::Serialize;

use rayon::prelude::*;

use super::{ArticleReport, ClaimReport, FileReport, Piece, Report};
use crate::article::Meta;
use crate::check::{Candidate, Evidence};

/// The JSON format's version; bumped on any incompatible change.
pub(crate) const VERSION: u32 = 1;

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
    /// What the article file says about itself; left out when it says nothing.
    #[serde(skip_serializing_if = "Option::is_none")]
    meta: Option<&'a Meta>,
}

/// Each article's metadata, by name, for the articles that state any.
pub(crate) type Metas<'a> = std::collections::HashMap<&'a str, &'a Meta>;

fn metas(report: &Report) -> Metas<'_> {
    metas_of(&report.articles)
}

/// The metadata of `articles` that state any, by name.
pub(crate) fn metas_of<'a>(articles: impl IntoIterator<Item = &'a ArticleReport>) -> Metas<'a> {
    articles
        .into_iter()
        .filter(|a| !a.meta.is_empty())
        .map(|a| (&*a.name, &a.meta))
        .collect()
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
#[cfg(test)]
fn render(report: &Report) -> String {
    let mut bytes = Vec::new();
    write(report, &mut bytes).expect("writing to memory does not fail");
    String::from_utf8(bytes).expect("JSON is UTF-8")
}

/// Write the report as pretty-printed JSON to `writer`, without building it in memory first
/// (a large suite's report is tens of megabytes). Claims are rendered in parallel, a window
/// at a time, and written in order: the bytes are those of one pretty-printed document.
pub(crate) fn write(report: &Report, writer: impl std::io::Write) -> std::io::Result<()> {
    write_windowed(report, writer, 2048, 128)
}

/// [`write`], rendering `window` claims at a time in chunks of `chunk`.
fn write_windowed(
    report: &Report,
    mut writer: impl std::io::Write,
    window: usize,
    chunk: usize,
) -> std::io::Result<()> {
    let summary = Summary {
        claims: report.passed() + report.failed(),
        passed: report.passed(),
        failed: report.failed(),
    };
    writer.write_all(format!("{{\n  \"version\": {VERSION},\n  \"summary\": ").as_bytes())?;
    let mut rendered = Vec::new();
    summary.serialize(&mut serde_json::Serializer::with_formatter(
        &mut rendered,
        Nested::at(1),
    ))?;
    writer.write_all(&rendered)?;
    let metas = metas(report);
    // A file rendered ahead is one item, its claims joined as they would be here.
    let items: Vec<Item<'_>> = report
        .files
        .iter()
        .flat_map(|file| match file.piece(Piece::Json) {
            Some(piece) if !piece.is_empty() => vec![Item::Ahead(piece)],
            Some(_) => Vec::new(),
            None => file
                .claims
                .iter()
                .map(|claim| Item::Claim(&file.path, claim))
                .collect(),
        })
        .collect();
    if items.is_empty() {
        return writer.write_all(b",\n  \"results\": []\n}\n");
    }
    writer.write_all(b",\n  \"results\": [\n")?;
    for (number, window) in items.chunks(window).enumerate() {
        let chunks: Vec<std::io::Result<Vec<u8>>> = window
            .par_chunks(chunk)
            .enumerate()
            .map(|(chunk, items)| {
                let mut out = Vec::new();
                for (at, item) in items.iter().enumerate() {
                    if (number, chunk, at) != (0, 0, 0) {
                        out.extend_from_slice(b",\n");
                    }
                    match item {
                        Item::Claim(file, claim) => write_claim(&mut out, file, claim, &metas)?,
                        Item::Ahead(piece) => out.extend_from_slice(piece),
                    }
                }
                Ok(out)
            })
            .collect();
        for chunk in chunks {
            writer.write_all(&chunk?)?;
        }
    }
    writer.write_all(b"\n  ]\n}\n")
}

/// What the `results` array is written from: a claim, or a file's claims rendered ahead.
enum Item<'a> {
    Claim(&'a str, &'a ClaimReport),
    Ahead(&'a [u8]),
}

/// One claim as an element of `results`, indented, with no separator.
fn write_claim(
    out: &mut Vec<u8>,
    file: &str,
    claim: &ClaimReport,
    metas: &Metas<'_>,
) -> std::io::Result<()> {
    out.extend_from_slice(b"    ");
    let mut serializer = serde_json::Serializer::with_formatter(&mut *out, Nested::at(2));
    claim_json(file, claim, metas)
        .serialize(&mut serializer)
        .map_err(std::io::Error::from)
}

/// `file`'s claims as elements of `results` ([`Piece::Json`]): what [`write`] writes of them.
pub(crate) fn render_claims(file: &FileReport, metas: &Metas<'_>) -> Vec<u8> {
    let mut out = Vec::new();
    for (at, claim) in file.claims.iter().enumerate() {
        if at > 0 {
            out.extend_from_slice(b",\n");
        }
        // Writing to memory cannot fail.
        let _ = write_claim(&mut out, &file.path, claim, metas);
    }
    out
}

/// serde_json's pretty printing (two spaces a level), starting `depth` levels in: what a
/// value inside the document looks like when the whole document is pretty-printed.
struct Nested {
    depth: usize,
    has_value: bool,
}

impl Nested {
    fn at(depth: usize) -> Self {
        Nested {
            depth,
            has_value: false,
        }
    }

    fn new_line<W: ?Sized + std::io::Write>(&self, writer: &mut W) -> std::io::Result<()> {
        writer.write_all(b"\n")?;
        for _ in 0..self.depth {
            writer.write_all(b"  ")?;
        }
        Ok(())
    }
}

impl Nested {
    fn open<W: ?Sized + std::io::Write>(&mut self, writer: &mut W, bracket: &[u8]) -> Written {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(bracket)
    }

    fn close<W: ?Sized + std::io::Write>(&mut self, writer: &mut W, bracket: &[u8]) -> Written {
        self.depth -= 1;
        if self.has_value {
            self.new_line(writer)?;
        }
        writer.write_all(bracket)
    }

    fn item<W: ?Sized + std::io::Write>(&mut self, writer: &mut W, first: bool) -> Written {
        if !first {
            writer.write_all(b",")?;
        }
        self.new_line(writer)
    }
}

type Written = std::io::Result<()>;

impl serde_json::ser::Formatter for Nested {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> Written {
        self.open(writer, b"[")
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> Written {
        self.close(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W, first: bool) -> Written {
        self.item(w, first)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> Written {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> Written {
        self.open(writer, b"{")
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> Written {
        self.close(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(&mut self, w: &mut W, first: bool) -> Written {
        self.item(w, first)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, writer: &mut W) -> Written {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> Written {
        self.has_value = true;
        Ok(())
    }
}

fn claim_json<'a>(file: &'a str, claim: &'a ClaimReport, metas: &Metas<'a>) -> ClaimJson<'a> {
    ClaimJson {
        file,
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
                meta: metas.get(&*o.article).copied(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The report as one pretty-printed document, the way serde writes it.
    fn reference(report: &Report) -> String {
        #[derive(Serialize)]
        struct Document<'a> {
            version: u32,
            summary: Summary,
            results: Vec<ClaimJson<'a>>,
        }
        let metas = metas(report);
        let document = Document {
            version: VERSION,
            summary: Summary {
                claims: report.passed() + report.failed(),
                passed: report.passed(),
                failed: report.failed(),
            },
            results: report
                .files
                .iter()
                .flat_map(|f| f.claims.iter().map(|c| claim_json(&f.path, c, &metas)))
                .collect(),
        };
        serde_json::to_string_pretty(&document).unwrap() + "\n"
    }

    fn windowed(report: &Report, window: usize, chunk: usize) -> String {
        let mut bytes = Vec::new();
        write_windowed(report, &mut bytes, window, chunk).unwrap();
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn windows_and_chunks_write_one_pretty_printed_document() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let config = crate::Config::load(root).unwrap();
        let report = crate::Suite::load(config, &[]).unwrap().run().unwrap();
        let expected = reference(&report);
        assert_eq!(render(&report), expected);
        for (window, chunk) in [(1, 1), (3, 2), (7, 7), (10, 3), (1000, 1000)] {
            assert_eq!(
                windowed(&report, window, chunk),
                expected,
                "{window} {chunk}"
            );
        }
        let empty = Report::default();
        assert_eq!(render(&empty), reference(&empty));
    }
}
