//! Reports: the results of a run, and one renderer per output format.
//!
//! A [`Report`] is built once from the checked claims; renderers only read it. [`write()`] is
//! the one entry point that writes any [`Format`]. The human renderer without colour is also
//! the snapshot format: plain, stable text with no timings and no absolute paths.

pub(crate) mod claimreview;
pub mod extract;
pub(crate) mod github;
pub(crate) mod html;
pub(crate) mod human;
pub(crate) mod json;
pub(crate) mod junit;
pub(crate) mod markdown;

use std::sync::Arc;

use crate::check::{ClaimResult, Outcome};
use crate::claims::{Claim, ClaimFile, Verdict};

/// The results of a run.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// One entry per claim file, in path order.
    pub files: Vec<FileReport>,
    /// The articles the run read, by name.
    pub articles: Vec<ArticleReport>,
}

/// An article a run read.
#[derive(Debug, Clone)]
pub struct ArticleReport {
    /// The name claims use.
    pub name: Arc<str>,
    /// The file as shown (`articles/x.txt`).
    pub display: Arc<str>,
    /// What the file says about itself.
    pub meta: crate::article::Meta,
    /// The original text, which evidence offsets point into: kept only for formats that show
    /// it ([`Format::shows_articles`]).
    pub text: Option<String>,
}

/// The results of one claim file.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// The claim file as shown (`claims/drills.toml`).
    pub path: String,
    /// The name tests use (`drills`).
    pub stem: String,
    /// One entry per claim, in file order.
    pub claims: Vec<ClaimReport>,
}

/// The result of one claim.
#[derive(Debug, Clone)]
pub struct ClaimReport {
    /// The claim's id (shared with the claim).
    pub id: std::sync::Arc<str>,
    /// The claim as stated (shared with the claim).
    pub says: std::sync::Arc<str>,
    /// The line of its `[[claim]]` header.
    pub line: usize,
    /// Its kind key (`text`, `quote`, …).
    pub kind: &'static str,
    /// The verdict it expects.
    pub expect: Verdict,
    /// What the articles gave.
    pub result: ClaimResult,
}

impl FileReport {
    /// The report of `file` from its outcomes: one per (claim, article) pair, in claim order
    /// and, within a claim, in the order of its articles.
    pub fn assemble(file: &ClaimFile, outcomes: impl IntoIterator<Item = Outcome>) -> Self {
        let mut outcomes = outcomes.into_iter();
        FileReport {
            path: file.name.clone(),
            stem: file.stem.clone(),
            claims: file
                .claims
                .iter()
                .map(|claim| {
                    // Sized exactly: a collected `take` would reserve room for more outcomes
                    // than a claim has, and a large suite holds a hundred thousand claims.
                    let mut taken = Vec::with_capacity(claim.articles.len());
                    taken.extend(outcomes.by_ref().take(claim.articles.len()));
                    ClaimReport::new(claim, ClaimResult::of(claim, taken))
                })
                .collect(),
        }
    }
}

impl ClaimReport {
    /// A claim's entry in a report.
    pub fn new(claim: &Claim, result: ClaimResult) -> Self {
        ClaimReport {
            id: claim.id.clone(),
            says: claim.says.clone(),
            line: claim.line,
            kind: claim.kind.name(),
            expect: claim.expect,
            result,
        }
    }
}

/// The formats a report is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// As cargo test prints it (coloured on a terminal); the snapshot format without colour.
    Human,
    /// One JSON document, version 1.
    Json,
    /// JUnit XML, for CI dashboards.
    Junit,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// Markdown: a summary table and each failure's diff.
    Markdown,
    /// One self-contained HTML page: the articles with their evidence highlighted.
    Html,
    /// schema.org `ClaimReview` JSON-LD: one review per claim.
    ClaimReview,
}

impl Format {
    /// Every format, with the name the command line gives it.
    pub const ALL: [(&'static str, Format); 7] = [
        ("human", Format::Human),
        ("json", Format::Json),
        ("junit", Format::Junit),
        ("github", Format::Github),
        ("markdown", Format::Markdown),
        ("html", Format::Html),
        ("claimreview", Format::ClaimReview),
    ];

    /// The format called `name` (`"json"`).
    pub fn named(name: &str) -> Option<Format> {
        Format::ALL
            .iter()
            .find(|(known, _)| *known == name)
            .map(|(_, format)| *format)
    }

    /// Whether the format shows the articles' texts, which a run then keeps for it.
    pub fn shows_articles(self) -> bool {
        self == Format::Html
    }
}

/// Write `report` in `format` to `writer`; `color` colours the human format.
pub fn write(
    report: &Report,
    format: Format,
    color: bool,
    mut writer: impl std::io::Write,
) -> std::io::Result<()> {
    let rendered = match format {
        // JSON streams: a large suite's report is tens of megabytes.
        Format::Json => return json::write(report, std::io::BufWriter::new(writer)),
        Format::Human => human::render(report, color),
        Format::Junit => junit::render(report),
        Format::Github => github::render(report),
        Format::Markdown => markdown::render(report),
        Format::Html => html::render(report),
        Format::ClaimReview => claimreview::render(report),
    };
    writer.write_all(rendered.as_bytes())?;
    writer.flush()
}

/// Write `report` in `format` to the file at `path`, atomically: into a temporary file beside
/// it, renamed over it once complete, so a run that is interrupted or fails (a full disk)
/// leaves the previous report whole and no half-written one.
///
/// A path that is not a regular file (`/dev/stdout`, a pipe, `/dev/full`) is written in
/// place: renaming over it would replace the device or pipe. A symbolic link is followed, and
/// the file it names is replaced.
pub fn write_file(report: &Report, format: Format, path: &std::path::Path) -> std::io::Result<()> {
    write_file_with(path, |file| write(report, format, false, file))
}

/// Write a file at `path` with `contents`, as [`write_file`] writes a report: atomically where
/// it is a regular file, in place where it is not.
pub fn write_file_with(
    path: &std::path::Path,
    contents: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        let file = std::fs::OpenOptions::new().write(true).open(path)?;
        let mut writer = std::io::BufWriter::new(file);
        contents(&mut writer)?;
        return std::io::Write::flush(&mut writer);
    }
    let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => std::path::Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".factcheck-report-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // A report is for others to read, as a file `create` makes would be.
        builder.permissions(std::fs::Permissions::from_mode(0o644));
    }
    let mut file = builder.tempfile_in(folder)?;
    {
        let mut writer = std::io::BufWriter::new(file.as_file_mut());
        contents(&mut writer)?;
        std::io::Write::flush(&mut writer)?;
    }
    file.as_file().sync_all()?;
    file.persist(&target).map_err(|error| error.error)?;
    Ok(())
}

/// Text safe inside HTML elements and attributes.
pub(crate) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

impl Report {
    /// Every claim of every file.
    pub fn claims(&self) -> impl Iterator<Item = &ClaimReport> {
        self.files.iter().flat_map(|f| f.claims.iter())
    }

    /// How many claims passed.
    pub fn passed(&self) -> usize {
        self.claims().filter(|c| c.result.passed).count()
    }

    /// How many claims failed.
    pub fn failed(&self) -> usize {
        self.claims().filter(|c| !c.result.passed).count()
    }
}
