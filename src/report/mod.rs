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
    /// One entry per claim, in file order. Empty where a run left them in the cache: a run
    /// whose every format was rendered ahead for this file (see
    /// [`RunOptions::for_output`](crate::RunOptions::for_output)) writes the file's report
    /// from the pieces the cache kept for it, and its counts come from there.
    pub claims: Vec<ClaimReport>,
    /// The file's report rendered ahead, in the forms a run writes as they are (kept in the
    /// cache with the file's verdicts).
    pub(crate) rendered: Option<Rendered>,
}

/// One form a claim file's report is rendered ahead in: what the file adds to a whole
/// report in that format, so that a run writes a file answered from the cache without
/// decoding its claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Piece {
    /// The file's section of the human report, plain.
    Human,
    /// The same, coloured for a terminal.
    HumanColored,
    /// The file's claims in the JSON report's `results`, each at its depth, joined by `,\n`.
    Json,
}

impl Piece {
    /// Every piece, in the order a stored entry lists them.
    pub(crate) const ALL: [Piece; 3] = [Piece::Human, Piece::HumanColored, Piece::Json];

    /// The piece `format` is written from, coloured or not; `None` for formats that are
    /// written from the claims themselves.
    pub(crate) fn of(format: Format, color: bool) -> Option<Piece> {
        match format {
            Format::Human if color => Some(Piece::HumanColored),
            Format::Human => Some(Piece::Human),
            Format::Json => Some(Piece::Json),
            _ => None,
        }
    }
}

/// A claim file's report rendered ahead: its counts, and its pieces ([`Piece`]).
#[derive(Debug, Clone, Default)]
pub(crate) struct Rendered {
    /// Its claims that passed.
    pub passed: usize,
    /// Its claims that failed.
    pub failed: usize,
    /// Each piece rendered, in [`Piece`] order.
    pub pieces: Vec<(Piece, Shared)>,
}

impl Rendered {
    /// The piece `piece`, if it was rendered.
    pub(crate) fn piece(&self, piece: Piece) -> Option<&[u8]> {
        self.pieces
            .iter()
            .find(|(p, _)| *p == piece)
            .map(|(_, bytes)| bytes.as_ref())
    }

    /// `file`'s counts, and each of `pieces` rendered from its claims; the articles' metadata
    /// by name as `metas` gives it (JSON shows it).
    pub(crate) fn of(file: &FileReport, pieces: &[Piece], metas: &json::Metas<'_>) -> Rendered {
        let mut rendered: Vec<(Piece, Shared)> = pieces
            .iter()
            .map(|piece| {
                let bytes = match piece {
                    Piece::Human => human::render_file(file, false).into_bytes(),
                    Piece::HumanColored => human::render_file(file, true).into_bytes(),
                    Piece::Json => json::render_claims(file, metas),
                };
                (*piece, Shared::from(bytes))
            })
            .collect();
        rendered.sort_by_key(|(piece, _)| *piece);
        rendered.dedup_by_key(|(piece, _)| *piece);
        Rendered {
            passed: file.claims.iter().filter(|c| c.result.passed).count(),
            failed: file.claims.iter().filter(|c| !c.result.passed).count(),
            pieces: rendered,
        }
    }
}

/// Bytes held in a shared buffer (a cache shard read once, whose entries each hold a part).
#[derive(Debug, Clone, Default)]
pub(crate) struct Shared {
    buffer: Arc<Vec<u8>>,
    start: usize,
    end: usize,
}

impl Shared {
    /// The bytes `range` of `buffer`; `None` where the range is not in it.
    pub(crate) fn part(buffer: &Arc<Vec<u8>>, range: std::ops::Range<usize>) -> Option<Shared> {
        buffer.get(range.clone())?;
        Some(Shared {
            buffer: Arc::clone(buffer),
            start: range.start,
            end: range.end,
        })
    }
}

impl From<Vec<u8>> for Shared {
    fn from(bytes: Vec<u8>) -> Shared {
        let end = bytes.len();
        Shared {
            buffer: Arc::new(bytes),
            start: 0,
            end,
        }
    }
}

impl AsRef<[u8]> for Shared {
    fn as_ref(&self) -> &[u8] {
        &self.buffer[self.start..self.end]
    }
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
    /// The claim's [`Claim::key`](crate::claims::Claim::key), by which a cache knows it.
    pub key: Option<crate::claims::ClaimKey>,
}

impl FileReport {
    /// The report of `file` from its outcomes: one per (claim, article) pair, in claim order
    /// and, within a claim, in the order of its articles.
    pub fn assemble(file: &ClaimFile, outcomes: impl IntoIterator<Item = Outcome>) -> Self {
        let mut outcomes = outcomes.into_iter();
        FileReport {
            path: file.name.clone(),
            stem: file.stem.clone(),
            rendered: None,
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
            key: claim.key,
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
        Format::Human => {
            writer.write_all(&human::render_bytes(report, color))?;
            return writer.flush();
        }
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
    /// Every claim of every file (none of a file whose claims the run left in the cache: see
    /// [`FileReport::claims`]).
    pub fn claims(&self) -> impl Iterator<Item = &ClaimReport> {
        self.files.iter().flat_map(|f| f.claims.iter())
    }

    /// How many claims passed.
    pub fn passed(&self) -> usize {
        self.files.iter().map(FileReport::passed).sum()
    }

    /// How many claims failed.
    pub fn failed(&self) -> usize {
        self.files.iter().map(FileReport::failed).sum()
    }
}

impl FileReport {
    /// How many of the file's claims passed.
    pub fn passed(&self) -> usize {
        match &self.rendered {
            Some(rendered) => rendered.passed,
            None => self.claims.iter().filter(|c| c.result.passed).count(),
        }
    }

    /// How many of the file's claims failed.
    pub fn failed(&self) -> usize {
        match &self.rendered {
            Some(rendered) => rendered.failed,
            None => self.claims.iter().filter(|c| !c.result.passed).count(),
        }
    }

    /// The piece `piece` of the file's report, where it was rendered ahead.
    pub(crate) fn piece(&self, piece: Piece) -> Option<&[u8]> {
        self.rendered.as_ref()?.piece(piece)
    }
}
