//! A suite: its config, its claim files and the articles they name; loading and running it.
//!
//! Loading validates everything first (every claim file, every article a claim names) and
//! reports all problems together; nothing is checked until the input is valid. Running
//! analyses each named article once, in parallel, and decides every claim naming it; the
//! report's order is the files' and claims' order, whatever the thread count. Articles are
//! read and analysed through one `Articles` loader, which the harness shares too.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::article::{Analysis, Article, Catalog, ResolveError, Unread, analyse_for};
use crate::cache::{Cache, Digest, Entry, EntryArticle, Session};
use crate::check::{Outcome, decide};
use crate::claims::{ArticleNames, Claim, ClaimFile, Unresolved, parse_keyed};
use crate::config::{Config, missing_folder};
use crate::diagnostic::{self, Diagnostic, InputErrors, Severity};
use crate::report::{ArticleReport, FileReport, Format, Piece, Rendered, Report, json};

/// A loaded, valid suite.
#[derive(Debug)]
pub struct Suite {
    pub(crate) config: Config,
    pub(crate) catalog: Arc<Catalog>,
    /// Its claim files to check, in path order.
    pub(crate) files: Vec<ClaimFile>,
    /// Its claim files answered whole from the cache, in path order.
    pub(crate) cached: Vec<CachedFile>,
    pub(crate) warnings: Vec<Diagnostic>,
    /// The cache this suite's runs use and keep what they learn in.
    pub(crate) session: Option<Arc<Session>>,
    /// What the cache knows of each claim file in `files` that it may keep, by path: the
    /// hash of its text, and the outcomes of its (claim, article) pairs that still hold.
    pub(crate) known: HashMap<PathBuf, Known>,
}

/// A claim file whose report the cache holds, made from the same claim file and articles.
#[derive(Debug)]
pub(crate) struct CachedFile {
    pub path: PathBuf,
    pub entry: Entry,
    /// The report with its claims, decoded at loading; `None` where the run's formats are
    /// all written from the pieces the entry holds rendered ahead, and the claims are left in
    /// the cache.
    pub report: Option<FileReport>,
}

/// What the cache knows of a claim file being checked.
#[derive(Debug)]
pub(crate) struct Known {
    /// The hash of the text that was parsed.
    pub hash: Digest,
    /// Per (claim, article) pair, in claim order: the outcome kept from the last run, where
    /// that article is unchanged.
    pub reuse: Vec<Option<Outcome>>,
    /// The unchanged articles those outcomes were decided on, as the cache recorded them.
    pub kept: Vec<EntryArticle>,
}

/// A claim file as loaded.
enum Loaded {
    Parsed(Option<ClaimFile>, Vec<Diagnostic>, Option<Known>),
    Cached(CachedFile),
}

/// What a run keeps beside the verdicts.
#[derive(Debug, Clone, Copy, Default)]
pub struct RunOptions {
    /// Keep each article's original text in the report (for formats that show it).
    pub article_texts: bool,
    /// The pieces of each claim file's report a run with a cache renders ahead and keeps
    /// ([`Piece`], by its place in [`Piece::ALL`]), as bits.
    pub(crate) pieces: u8,
    /// Whether every format is written from pieces: then a claim file the cache answers
    /// whole with them all need not have its claims decoded.
    pub(crate) pieces_suffice: bool,
}

impl RunOptions {
    /// What the formats `formats` need of a run.
    pub fn for_formats(formats: impl IntoIterator<Item = Format>) -> Self {
        RunOptions::for_output(formats.into_iter().map(|format| (format, false)))
    }

    /// What a run writing `outputs` needs: each a format, and whether it is coloured (the
    /// human format on a terminal). With a cache, the human and JSON formats are written
    /// from each claim file's report rendered ahead and kept with its verdicts, so that a
    /// later run of the same command writes a file the cache answers whole without decoding
    /// its claims (its [`FileReport::claims`] are then empty).
    pub fn for_output(outputs: impl IntoIterator<Item = (Format, bool)>) -> Self {
        let mut options = RunOptions {
            pieces_suffice: true,
            ..RunOptions::default()
        };
        let mut any = false;
        for (format, color) in outputs {
            any = true;
            options.article_texts |= format.shows_articles();
            match Piece::of(format, color) {
                Some(piece) => options.pieces |= piece_bit(piece),
                None => options.pieces_suffice = false,
            }
        }
        options.pieces_suffice &= any;
        options
    }

    /// The pieces rendered ahead, in [`Piece`] order.
    fn pieces(&self) -> Vec<Piece> {
        Piece::ALL
            .into_iter()
            .filter(|piece| self.pieces & piece_bit(*piece) != 0)
            .collect()
    }

    /// Whether `rendered` holds every piece the run writes from, and they suffice.
    fn written_from(&self, rendered: &Rendered) -> bool {
        self.pieces_suffice && self.pieces().iter().all(|p| rendered.piece(*p).is_some())
    }
}

/// The bit of `piece` in [`RunOptions::pieces`].
fn piece_bit(piece: Piece) -> u8 {
    1 << Piece::ALL.iter().position(|p| *p == piece).unwrap_or(0)
}

impl Suite {
    /// Load the claim files at `paths` (files or folders; the suite's claims folder when
    /// empty). Every problem of every file is reported, sorted by file and position.
    pub fn load(config: Config, paths: &[PathBuf]) -> Result<Suite, InputErrors> {
        Suite::load_cached(config, paths, None)
    }

    /// [`Suite::load`] with a cache: a claim file whose report the cache holds, made from
    /// the same claim file and articles, is not even parsed, and a run keeps what it learns
    /// there (see [`crate::cache`]).
    pub fn load_cached(
        config: Config,
        paths: &[PathBuf],
        cache: Option<&Cache>,
    ) -> Result<Suite, InputErrors> {
        Suite::load_cached_for(config, paths, cache, RunOptions::default())
    }

    /// [`Suite::load_cached`] for runs with `options`: a claim file the cache answers whole
    /// with every piece those runs write from (see [`RunOptions::for_output`]) is not decoded.
    pub fn load_cached_for(
        config: Config,
        paths: &[PathBuf],
        cache: Option<&Cache>,
        options: RunOptions,
    ) -> Result<Suite, InputErrors> {
        let session = cache.map(Session::start);
        let catalog = match &session {
            Some(session) => session.catalog(&config.articles),
            None => Arc::new(Catalog::scan(&config.articles)),
        };
        let (found, mut diagnostics) = claim_paths(&config, paths);
        diagnostics.extend(catalog.unread().iter().map(|(path, why)| {
            let shown = config.display(path);
            match why {
                Unread::Format => Diagnostic::file_error(
                    format!(
                        "`{shown}` is not read as an article: articles are `.txt`, `.md`, `.html` or `.htm`"
                    ),
                    None,
                ),
                Unread::Name => Diagnostic::file_error(
                    format!("`{shown}` is not read as an article: its name is not UTF-8"),
                    None,
                )
                .help("claims name articles in UTF-8: rename the file"),
                Unread::Folder(reason) => Diagnostic::file_error(
                    format!("cannot read the folder `{shown}`: {reason}"),
                    None,
                ),
            }
            .warning()
        }));
        let loaded: Vec<Loaded> = found
            .par_iter()
            .map(|path| load_known(&config, &catalog, path, session.as_deref(), &options))
            .collect();
        let mut files = Vec::new();
        let mut cached = Vec::new();
        let mut known = HashMap::new();
        for loaded in loaded {
            match loaded {
                Loaded::Parsed(file, found, memo) => {
                    if let (Some(file), Some(memo)) = (&file, memo) {
                        known.insert(file.path.clone(), memo);
                    }
                    files.extend(file);
                    diagnostics.extend(found);
                }
                Loaded::Cached(file) => cached.push(file),
            }
        }
        diagnostic::sort(&mut diagnostics);
        if diagnostics.iter().any(|d| d.severity == Severity::Error) {
            return Err(InputErrors(diagnostics));
        }
        Ok(Suite {
            config,
            catalog,
            files,
            cached,
            warnings: diagnostics,
            session,
            known,
        })
    }

    /// The key of a whole run of the claim files at `paths` (as [`Suite::load`] takes them)
    /// with `cache`, by `options` (what the command writes, and how): the same key means the
    /// same build, config, claim files, articles and options, so the same outputs (see
    /// [`crate::cache::Replay`]). `None` where the run cannot be keyed: a file that cannot be
    /// read, a name that is not UTF-8, files that are not read as articles (whose warnings a
    /// replay would not show).
    pub fn replay_key(
        config: &Config,
        paths: &[PathBuf],
        cache: &Cache,
        options: &str,
    ) -> Option<crate::cache::RunKey> {
        let session = Session::start(cache);
        let catalog = session.catalog(&config.articles);
        let (found, diagnostics) = claim_paths(config, paths);
        if !diagnostics.is_empty() || !catalog.unread().is_empty() {
            return None;
        }
        let articles: Vec<(&str, &[PathBuf], bool)> = catalog.listing().collect();
        let claim_hashes =
            session.hash_all(&found.iter().map(PathBuf::as_path).collect::<Vec<_>>());
        let article_files: Vec<&Path> = articles
            .iter()
            .flat_map(|(_, files, _)| files.iter().map(PathBuf::as_path))
            .collect();
        let mut article_hashes = session.hash_all(&article_files).into_iter();
        let article_hashes: Vec<Vec<Option<Digest>>> = articles
            .iter()
            .map(|(_, files, _)| article_hashes.by_ref().take(files.len()).collect())
            .collect();
        // What was learnt of the files' statuses is kept when the run ends: by
        // [`Cache::replay`] where the run is replayed, else by the run.
        let mut slot = blake3::Hasher::new();
        slot.update(&session.build());
        slot.update(config.root.as_os_str().as_encoded_bytes());
        slot.update(&[0]);
        slot.update(options.as_bytes());
        let mut inputs = slot.clone();
        for (path, hash) in found.iter().zip(claim_hashes) {
            inputs.update(path.as_os_str().as_encoded_bytes());
            inputs.update(&[0]);
            inputs.update(&hash?);
        }
        inputs.update(&[1]);
        for ((name, files, outside), hashes) in articles.iter().zip(article_hashes) {
            inputs.update(name.as_bytes());
            inputs.update(&[0, u8::from(*outside)]);
            for (path, hash) in files.iter().zip(hashes) {
                inputs.update(path.as_os_str().as_encoded_bytes());
                inputs.update(&[0]);
                inputs.update(&hash?);
            }
        }
        Some(crate::cache::RunKey {
            slot: *slot.finalize().as_bytes(),
            inputs: *inputs.finalize().as_bytes(),
        })
    }

    /// Warnings found while loading (an empty claim file, …).
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    /// The loaded claim files (for tests of the claim model).
    #[doc(hidden)]
    pub fn claim_files(&self) -> &[ClaimFile] {
        &self.files
    }

    /// Keep only the claims that one of `patterns` names: a claim's id or its test name
    /// (`<claim file>::<id>`), where `*` stands for any run of characters and `?` for any one.
    /// Claim files left with no claim are dropped. Returns the patterns that named no claim.
    pub fn retain_claims(&mut self, patterns: &[String]) -> Vec<String> {
        let mut used = vec![false; patterns.len()];
        let mut kept = |stem: &str, id: &str| {
            let test = format!("{stem}::{id}");
            let mut kept = false;
            for (pattern, used) in patterns.iter().zip(used.iter_mut()) {
                if wildcard_match(pattern, id) || wildcard_match(pattern, &test) {
                    *used = true;
                    kept = true;
                }
            }
            kept
        };
        for file in &mut self.files {
            let stem = file.stem.clone();
            file.claims.retain(|claim| kept(&stem, &claim.id));
        }
        for file in &mut self.cached {
            // Claims left in the cache are decoded to be chosen from (a filtered run is not
            // written from pieces); an entry that does not decode has none to choose.
            let report = file.report.get_or_insert_with(|| {
                file.entry
                    .report()
                    .unwrap_or_else(|| file.entry.report_ahead())
            });
            let stem = report.stem.clone();
            report.claims.retain(|claim| kept(&stem, &claim.id));
            report.rendered = None;
        }
        self.files.retain(|file| !file.claims.is_empty());
        self.cached
            .retain(|file| file.report.as_ref().is_some_and(|r| !r.claims.is_empty()));
        // A filtered run's reports are partial: they are not kept, and the pairs of a
        // filtered file no longer line up with the outcomes kept for it.
        self.known.clear();
        patterns
            .iter()
            .zip(used)
            .filter(|(_, used)| !used)
            .map(|(pattern, _)| pattern.clone())
            .collect()
    }

    /// How many claims the suite holds.
    pub fn claim_count(&self) -> usize {
        let cached: usize = self
            .cached
            .iter()
            .map(|f| {
                f.report
                    .as_ref()
                    .map_or(f.entry.claim_count(), |r| r.claims.len())
            })
            .sum();
        self.files.iter().map(|f| f.claims.len()).sum::<usize>() + cached
    }

    /// Analyse the articles and decide every claim.
    pub fn run(&self) -> Result<Report, InputErrors> {
        self.run_with(RunOptions::default())
            .map(|(report, _)| report)
    }

    /// [`Suite::run`] with options, also saying how long analysis and checking took.
    ///
    /// Articles stream through: in parallel, each article is loaded and analysed once, every
    /// claim naming it is decided on it, and its analysis is dropped, so memory holds the
    /// claims, their outcomes and only the articles in flight. The outcomes are then put in
    /// claim order, whatever the thread count.
    pub fn run_with(&self, options: RunOptions) -> Result<(Report, RunStats), InputErrors> {
        let cached = self.cached.iter().map(|f| f.report.clone()).collect();
        self.run_parts(options, cached)
    }

    /// [`Suite::run_with`], the suite given up: the reports the cache holds move into the
    /// report instead of being copied (a large suite's are tens of megabytes).
    pub fn run_once(
        mut self,
        options: RunOptions,
    ) -> Result<(Report, RunStats, Suite), InputErrors> {
        let cached = self.cached.iter_mut().map(|f| f.report.take()).collect();
        let (report, stats) = self.run_parts(options, cached)?;
        Ok((report, stats, self))
    }

    /// A run, with the reports of the cached files (in their order) given where they were
    /// decoded at loading.
    fn run_parts(
        &self,
        options: RunOptions,
        cached: Vec<Option<FileReport>>,
    ) -> Result<(Report, RunStats), InputErrors> {
        // Every (claim, article) pair has a slot, each claim file's slots in one list in claim
        // order: workers fill the slots where they stand, so no outcome is copied to its place,
        // and each file's list is freed once its report is assembled. A pair whose outcome the
        // cache kept is filled at once.
        let slots: Vec<Box<[OnceLock<Outcome>]>> = self
            .files
            .iter()
            .map(|file| {
                let pairs = file.claims.iter().map(|c| c.articles.len()).sum();
                (0..pairs).map(|_| OnceLock::new()).collect()
            })
            .collect();
        let mut by_article: BTreeMap<&str, Vec<(&OnceLock<Outcome>, &Claim)>> = BTreeMap::new();
        let (mut decided, mut kept) = (0, 0);
        for (file, slots) in self.files.iter().zip(&slots) {
            let reuse = self.known.get(&file.path).map(|known| &known.reuse);
            let mut slots = slots.iter().enumerate();
            for claim in &file.claims {
                for (article, (at, slot)) in claim.articles.iter().zip(slots.by_ref()) {
                    if let Some(Some(outcome)) = reuse.and_then(|reuse| reuse.get(at)) {
                        let _ = slot.set(outcome.clone());
                        kept += 1;
                        continue;
                    }
                    decided += 1;
                    by_article
                        .entry(article.name.as_ref())
                        .or_default()
                        .push((slot, claim));
                }
            }
        }
        let loader = Articles::new(self);
        let analysing = AtomicU64::new(0);
        let checking = AtomicU64::new(0);
        let read: Vec<Result<ArticleReport, Vec<Diagnostic>>> = by_article
            .into_par_iter()
            .map(|(name, claims)| {
                let start = Instant::now();
                // Quantities and dates only for the claims that read them.
                let mentions = claims.iter().any(|(_, claim)| claim.kind.reads_mentions());
                let analysis = loader.analyse_for(name, mentions)?;
                let analysed = Instant::now();
                for (slot, claim) in claims {
                    // A claim names an article once, so each slot is filled once.
                    let _ = slot.set(decide(claim, &analysis));
                }
                analysing.fetch_add(nanos(analysed - start), Ordering::Relaxed);
                checking.fetch_add(nanos(analysed.elapsed()), Ordering::Relaxed);
                let article = analysis.article;
                Ok(ArticleReport {
                    name: article.name,
                    display: article.display,
                    meta: article.meta,
                    text: options.article_texts.then_some(article.original),
                })
            })
            .collect();
        let mut articles = BTreeMap::new();
        let mut errors = Vec::new();
        for result in read {
            match result {
                Ok(article) => {
                    articles.insert(Arc::clone(&article.name), article);
                }
                Err(found) => errors.extend(found),
            }
        }
        if !errors.is_empty() {
            diagnostic::sort(&mut errors);
            return Err(InputErrors(errors));
        }
        // Each name once (a hundred thousand claims name ten thousand articles), looked up
        // by hash, then in name order.
        let mut recorded: FxHashMap<&str, &EntryArticle> = FxHashMap::default();
        let still = self
            .files
            .iter()
            .filter_map(|file| self.known.get(&file.path))
            .flat_map(|known| &known.kept);
        let answered = self.cached.iter().flat_map(|file| &file.entry.articles);
        for article in still.chain(answered) {
            recorded.insert(&article.report.name, article);
        }
        let mut recorded: Vec<(&str, &EntryArticle)> = recorded
            .into_iter()
            .filter(|(name, _)| !articles.contains_key(*name))
            .collect();
        recorded.sort_unstable_by_key(|(name, _)| *name);
        for (name, article) in recorded {
            let mut report = article.report.clone();
            if options.article_texts {
                let loaded =
                    Article::load(name, &article.path, &report.display).map_err(InputErrors)?;
                report.text = Some(loaded.original);
            }
            articles.insert(Arc::clone(&article.report.name), report);
        }
        // With a cache, each file's report is rendered ahead in the pieces the run writes
        // from, and kept so: the run's formats are written from them, and so are the next
        // run's for the files it answers whole.
        let pieces = match &self.session {
            Some(_) => options.pieces(),
            None => Vec::new(),
        };
        let metas = json::metas_of(articles.values());
        let parsed: Vec<FileReport> = self
            .files
            .par_iter()
            .zip(slots)
            .map(|(file, slots)| {
                let outcomes = slots
                    .into_vec()
                    .into_iter()
                    .filter_map(OnceLock::into_inner);
                let mut report = FileReport::assemble(file, outcomes);
                if !pieces.is_empty() {
                    report.rendered = Some(Rendered::of(&report, &pieces, &metas));
                }
                if let (Some(session), Some(known)) = (&self.session, self.known.get(&file.path)) {
                    self.keep(session, file, known.hash, &report, &articles);
                }
                report
            })
            .collect();
        let cached = self
            .cached
            .par_iter()
            .zip(cached)
            .map(|(file, report)| self.cached_report(file, report, &options, &pieces, &metas))
            .collect::<Result<Vec<FileReport>, Diagnostic>>()
            .map_err(|error| InputErrors(vec![error]))?;
        let files = merge_by_path(
            self.files.iter().map(|f| f.path.as_path()).zip(parsed),
            self.cached.iter().map(|f| f.path.as_path()).zip(cached),
        );
        if let Some(session) = &self.session {
            session.finish();
        }
        let stats = RunStats {
            analysis: Duration::from_nanos(analysing.into_inner()),
            checking: Duration::from_nanos(checking.into_inner()),
            cached_files: self.cached.len(),
            decided,
            kept,
        };
        let articles = articles.into_values().collect();
        Ok((Report { files, articles }, stats))
    }

    /// The report of the file the cache answered whole: `decoded` at loading, or written
    /// from the pieces rendered ahead where they are all this run writes from, or else
    /// decoded now. A piece of `pieces` it lacks is rendered and kept with it.
    fn cached_report(
        &self,
        file: &CachedFile,
        decoded: Option<FileReport>,
        options: &RunOptions,
        pieces: &[Piece],
        metas: &json::Metas<'_>,
    ) -> Result<FileReport, Diagnostic> {
        let entry = &file.entry;
        let mut report = match decoded {
            Some(report) => report,
            None if options.written_from(&entry.rendered) => return Ok(entry.report_ahead()),
            None => entry.report().ok_or_else(|| {
                Diagnostic::file_error(
                    format!(
                        "the cache's entry for `{}` cannot be read",
                        file.path.display()
                    ),
                    None,
                )
                .help("run again with `--no-cache`, or remove the cache folder")
            })?,
        };
        let missing: Vec<Piece> = pieces
            .iter()
            .copied()
            .filter(|piece| entry.rendered.piece(*piece).is_none())
            .collect();
        if let (Some(session), false) = (&self.session, missing.is_empty()) {
            let mut rendered = Rendered::of(&report, &missing, metas);
            rendered
                .pieces
                .extend(entry.rendered.pieces.iter().cloned());
            rendered.pieces.sort_by_key(|(piece, _)| *piece);
            report.rendered = Some(rendered);
            session.store(&file.path, entry.claim_hash, &report, &entry.articles);
        } else if report.rendered.is_none() {
            report.rendered = Some(entry.rendered.clone());
        }
        Ok(report)
    }

    /// Keep the report of `file` in the cache, with the articles it was decided on.
    fn keep(
        &self,
        session: &Session,
        file: &ClaimFile,
        hash: Digest,
        report: &FileReport,
        articles: &BTreeMap<Arc<str>, ArticleReport>,
    ) {
        keep_report(session, &self.catalog, file, hash, report, |name| {
            articles.get(name).cloned()
        });
    }
}

/// Keep `report`, made from `file` (its text hashing to `hash`), in the cache `session`,
/// with each article its claims name as `article_of` gives it: the file its name resolves
/// to and that file's hash beside it. Nothing is kept if an article cannot be given.
pub(crate) fn keep_report(
    session: &Session,
    catalog: &Catalog,
    file: &ClaimFile,
    hash: Digest,
    report: &FileReport,
    article_of: impl Fn(&str) -> Option<ArticleReport>,
) {
    let names: BTreeSet<&str> = file
        .claims
        .iter()
        .flat_map(|c| c.articles.iter().map(|a| a.name.as_ref()))
        .collect();
    let mut used = Vec::with_capacity(names.len());
    for name in names {
        let (Ok(path), Some(mut article)) = (catalog.resolve(name), article_of(name)) else {
            return;
        };
        let Some(article_hash) = session.hash_of(path) else {
            return;
        };
        article.text = None;
        used.push(EntryArticle {
            report: article,
            path: path.to_path_buf(),
            hash: article_hash,
        });
    }
    session.store(&file.path, hash, report, &used);
}

/// Two lists of reports, each in path order, as one in path order.
fn merge_by_path<'a>(
    left: impl IntoIterator<Item = (&'a Path, FileReport)>,
    right: impl IntoIterator<Item = (&'a Path, FileReport)>,
) -> Vec<FileReport> {
    let mut left = left.into_iter().peekable();
    let mut right = right.into_iter().peekable();
    let mut merged = Vec::new();
    loop {
        let take_left = match (left.peek(), right.peek()) {
            (Some((a, _)), Some((b, _))) => a <= b,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => return merged,
        };
        let next = if take_left { left.next() } else { right.next() };
        merged.extend(next.map(|(_, report)| report));
    }
}

/// Load the claim file at `path`, from the cache where it holds the file's report.
fn load_known(
    config: &Config,
    catalog: &Catalog,
    path: &Path,
    session: Option<&Session>,
    options: &RunOptions,
) -> Loaded {
    let Some(session) = session else {
        let (file, found) = load_claim_file(config, catalog, path);
        return Loaded::Parsed(file, found, None);
    };
    let entry = session.entry(path);
    let unchanged = entry
        .as_ref()
        .map(|entry| session.unchanged(entry, catalog));
    let same_text = |entry: &Entry| session.hash_of(path) == Some(entry.claim_hash);
    let entry = match (entry, &unchanged) {
        (Some(entry), Some(unchanged))
            if unchanged.iter().all(|same| *same) && same_text(&entry) =>
        {
            // Answered whole: its claims are decoded only if the run writes from them.
            if options.written_from(&entry.rendered) {
                return Loaded::Cached(CachedFile {
                    path: path.to_path_buf(),
                    entry,
                    report: None,
                });
            }
            match entry.report() {
                Some(report) => {
                    return Loaded::Cached(CachedFile {
                        path: path.to_path_buf(),
                        entry,
                        report: Some(report),
                    });
                }
                None => None,
            }
        }
        (entry, _) => entry,
    };
    let (file, found, hash) = load_claim_file_hashed(config, catalog, path, Some(session));
    // A file with warnings is not kept: a run from the cache would not show them.
    let memo = match (&file, hash) {
        (Some(file), Some(hash)) if found.is_empty() => {
            let (reuse, kept) = match (entry, unchanged) {
                (Some(entry), Some(unchanged)) => kept_outcomes(file, entry, &unchanged),
                _ => (Vec::new(), Vec::new()),
            };
            Some(Known { hash, reuse, kept })
        }
        _ => None,
    };
    Loaded::Parsed(file, found, memo)
}

/// The outcomes of `entry` that still hold for `file`, per (claim, article) pair in claim
/// order: a claim's outcome on an `unchanged` article, where the entry holds a claim with the
/// same [key](crate::claims::Claim::key) naming the same articles (the file's text may have
/// changed: another claim edited, added or moved). Also the entry's articles that are
/// unchanged. Empty where the entry cannot be read.
pub(crate) fn kept_outcomes(
    file: &ClaimFile,
    entry: Entry,
    unchanged: &[bool],
) -> (Vec<Option<Outcome>>, Vec<EntryArticle>) {
    let Some(report) = entry.report() else {
        return (Vec::new(), Vec::new());
    };
    let kept: Vec<EntryArticle> = entry
        .articles
        .into_iter()
        .zip(unchanged)
        .filter(|(_, same)| **same)
        .map(|(article, _)| article)
        .collect();
    let still: BTreeSet<&str> = kept.iter().map(|a| a.report.name.as_ref()).collect();
    let mut by_key: HashMap<crate::claims::ClaimKey, Vec<Outcome>> = report
        .claims
        .into_iter()
        .filter_map(|claim| Some((claim.key?, claim.result.outcomes)))
        .collect();
    let mut reuse = Vec::with_capacity(file.claims.iter().map(|c| c.articles.len()).sum());
    for claim in &file.claims {
        let before = claim.key.and_then(|key| {
            // Two claims with one key have the same outcomes: either serves, and serves both.
            let outcomes = by_key.get(&key)?;
            let lined_up = outcomes.len() == claim.articles.len()
                && claim
                    .articles
                    .iter()
                    .zip(outcomes)
                    .all(|(a, o)| a.name == o.article);
            lined_up.then_some(key)
        });
        match before.and_then(|key| by_key.get_mut(&key)) {
            Some(outcomes) => reuse.extend(outcomes.iter().map(|outcome| {
                still
                    .contains(outcome.article.as_ref())
                    .then(|| outcome.clone())
            })),
            None => reuse.extend(claim.articles.iter().map(|_| None)),
        }
    }
    (reuse, kept)
}

/// One article's analysis, made by the first caller that needs it.
type AnalysisCell = Arc<OnceLock<Result<Arc<Analysis>, Vec<Diagnostic>>>>;

/// A suite's articles, loaded by name and analysed: the one way a run, the harness and
/// watch read an article. [`Articles::analyse`] gives a fresh analysis (a run that streams
/// articles through drops each when done); [`Articles::analysis`] keeps each analysis for the
/// loader's life, made once however many threads ask for it.
pub(crate) struct Articles {
    catalog: Arc<Catalog>,
    /// Told the hash of every article read, so that it need not be read again to be hashed.
    session: Option<Arc<Session>>,
    root: PathBuf,
    kept: Mutex<HashMap<Arc<str>, AnalysisCell>>,
}

impl Articles {
    /// The articles of `suite`.
    pub fn new(suite: &Suite) -> Self {
        let mut articles = Articles::of(Arc::clone(&suite.catalog), &suite.config);
        articles.session = suite.session.clone();
        articles
    }

    /// The articles of `catalog`, shown relative to `config`'s root.
    pub fn of(catalog: Arc<Catalog>, config: &Config) -> Self {
        Articles {
            catalog,
            session: None,
            root: config.root.clone(),
            kept: Mutex::new(HashMap::new()),
        }
    }

    /// Load and analyse the article `name`.
    pub fn analyse(&self, name: &str) -> Result<Analysis, Vec<Diagnostic>> {
        self.analyse_for(name, true)
    }

    /// Load and analyse the article `name`, finding its quantities and dates only where
    /// `mentions` is set (see [`crate::article::analyse_for`]).
    pub fn analyse_for(&self, name: &str, mentions: bool) -> Result<Analysis, Vec<Diagnostic>> {
        let path = self.catalog.resolve(name).map_err(|_| {
            vec![Diagnostic::file_error(
                format!("article `{name}` disappeared"),
                None,
            )]
        })?;
        let display = crate::source::display_path(&self.root, path);
        // The status before reading: a file changed while it is read is hashed again.
        let metadata = self
            .session
            .as_ref()
            .and_then(|_| std::fs::metadata(path).ok());
        let bytes = Article::read(path, &display)?;
        if let (Some(session), Some(metadata)) = (&self.session, &metadata) {
            // Hashed as read, so that keeping its verdicts need not read it again.
            session.learn_hash(path, metadata, *blake3::hash(&bytes).as_bytes());
        }
        let format = crate::article::Format::of(path).unwrap_or(crate::article::Format::Plain);
        Ok(analyse_for(
            Article::from_bytes(name, &display, bytes, format)?,
            mentions,
        ))
    }

    /// The analysis of the article `name`, made on first use and kept.
    pub fn analysis(&self, name: &str) -> Result<Arc<Analysis>, Vec<Diagnostic>> {
        let cell = {
            let mut kept = self
                .kept
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            Arc::clone(kept.entry(name.into()).or_default())
        };
        cell.get_or_init(|| self.analyse(name).map(Arc::new))
            .clone()
    }
}

/// The catalog answers the claim parser's questions about article names.
impl ArticleNames for Catalog {
    fn resolve(&self, name: &str) -> Result<Arc<str>, Unresolved> {
        match Catalog::resolve(self, name) {
            Ok(_) => self
                .shared_name(name)
                .ok_or_else(|| Unresolved::Unknown(Vec::new())),
            // A file name (`story.txt`, `articles/story.txt`) is read as the article's name.
            Err(ResolveError::Unknown(near)) => match self.name_written_as_file(name) {
                Some(named) => ArticleNames::resolve(self, named),
                None => Err(Unresolved::Unknown(near)),
            },
            Err(ResolveError::Ambiguous(files)) => Err(Unresolved::Ambiguous(files)),
            Err(ResolveError::Outside) => Err(Unresolved::Outside),
        }
    }

    fn examples(&self) -> Vec<String> {
        self.names().take(5).map(String::from).collect()
    }
}

/// Where a run's time went, summed over threads.
#[derive(Debug, Clone, Copy, Default)]
pub struct RunStats {
    /// Reading and analysing articles.
    pub analysis: Duration,
    /// Deciding claims.
    pub checking: Duration,
    /// Claim files answered whole from the cache.
    pub cached_files: usize,
    /// (claim, article) pairs decided on an analysis this run.
    pub decided: usize,
    /// (claim, article) pairs whose outcome the cache kept, in files checked again.
    pub kept: usize,
}

fn nanos(duration: Duration) -> u64 {
    u64::try_from(duration.as_nanos()).unwrap_or(u64::MAX)
}

/// Parse one claim file; with a cache `session`, also give the hash of the bytes parsed
/// (and tell the session, which then need not read the file again to hash it).
pub(crate) fn load_claim_file_hashed(
    config: &Config,
    catalog: &Catalog,
    path: &Path,
    session: Option<&Session>,
) -> (Option<ClaimFile>, Vec<Diagnostic>, Option<Digest>) {
    let display = config.display(path);
    // The status before reading: a file changed while it is read is hashed again next time.
    let metadata = session.and_then(|_| std::fs::metadata(path).ok());
    let read = crate::source::read_bytes(path).and_then(|bytes| {
        let hash = session.map(|session| {
            let hash = *blake3::hash(&bytes).as_bytes();
            if let Some(metadata) = &metadata {
                session.learn_hash(path, metadata, hash);
            }
            hash
        });
        crate::source::decode_text(bytes).map(|text| (text, hash))
    });
    let (text, hash) = match read {
        Ok(read) => read,
        Err(error) => return (None, vec![diagnostic::unreadable(&display, error)], None),
    };
    let source = crate::source::SourceFile::new(display, text);
    let stem = claim_stem(config, path);
    // With a cache, each claim is keyed, so that its outcomes outlive edits to others.
    let keyed = session.is_some();
    let (file, found) = parse_keyed(source, path, &stem, catalog, &config.aliases, keyed);
    (file, found, hash)
}

/// Parse one claim file.
pub(crate) fn load_claim_file(
    config: &Config,
    catalog: &Catalog,
    path: &Path,
) -> (Option<ClaimFile>, Vec<Diagnostic>) {
    let (file, found, _) = load_claim_file_hashed(config, catalog, path, None);
    (file, found)
}

/// The test name of a claim file: its path under the claims folder without `.toml`.
pub(crate) fn claim_stem(config: &Config, path: &Path) -> String {
    let base = if path.starts_with(&config.claims) {
        &config.claims
    } else {
        &config.root
    };
    crate::source::display_path(base, &path.with_extension(""))
}

/// Every `.toml` file at `paths` (folders searched at any depth), sorted, and the paths
/// that do not exist.
pub(crate) fn claim_paths(config: &Config, paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let roots: Vec<PathBuf> = if paths.is_empty() {
        if !config.claims.is_dir() {
            diagnostics.push(missing_folder(config, "claims", &config.claims));
            return (Vec::new(), diagnostics);
        }
        vec![config.claims.clone()]
    } else {
        paths
            .iter()
            .map(|p| std::path::absolute(p).unwrap_or_else(|_| p.clone()))
            .collect()
    };
    let mut found = BTreeSet::new();
    for root in roots {
        if root.is_file() {
            found.insert(root);
        } else if root.is_dir() {
            collect_toml(config, &root, &mut found, &mut diagnostics);
        } else {
            diagnostics.push(Diagnostic::file_error(
                format!("no such claim file or folder `{}`", config.display(&root)),
                None,
            ));
        }
    }
    // A claim file is tested and snapshotted under its name: one that is not UTF-8 could
    // be neither named nor filtered, so it is an error, not a file quietly left out.
    let (named, unnamed): (Vec<PathBuf>, Vec<PathBuf>) = found.into_iter().partition(|path| {
        path.strip_prefix(&config.root)
            .unwrap_or(path)
            .to_str()
            .is_some()
    });
    diagnostics.extend(unnamed.iter().map(|path| {
        Diagnostic::file_error(
            format!(
                "the claim file `{}` has a name that is not UTF-8",
                config.display(path)
            ),
            None,
        )
        .help("its tests and snapshot are named after it: rename it")
    }));
    (named, diagnostics)
}

/// Every `.toml` file under `dir`, at any depth; a folder that cannot be read is an error.
fn collect_toml(
    config: &Config,
    dir: &Path,
    found: &mut BTreeSet<PathBuf>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            diagnostics.push(Diagnostic::file_error(
                format!("cannot read the folder `{}`: {error}", config.display(dir)),
                None,
            ));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        // The listing's own file type (no `stat` of each file: a suite of a thousand claim
        // files was stat'ed a thousand times more for it); a link is followed to tell.
        let folder = entry
            .file_type()
            .map(|kind| kind.is_dir() || (kind.is_symlink() && path.is_dir()))
            .unwrap_or_else(|_| path.is_dir());
        if folder {
            collect_toml(config, &path, found, diagnostics);
        } else if path.extension().is_some_and(|e| e == "toml") {
            found.insert(path);
        }
    }
}

/// Whether `text` matches `pattern`, where `*` stands for any run of characters (none
/// included) and `?` for any one character.
fn wildcard_match(pattern: &str, text: &str) -> bool {
    let (pattern, text): (Vec<char>, Vec<char>) =
        (pattern.chars().collect(), text.chars().collect());
    let (mut p, mut t) = (0, 0);
    // Where the last `*` stood, and the text position it was last tried at.
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        match pattern.get(p) {
            Some('*') => {
                star = Some((p, t));
                p += 1;
            }
            Some(&c) if c == '?' || c == text[t] => {
                p += 1;
                t += 1;
            }
            _ => match star {
                // Let the last `*` take one more character, and try again after it.
                Some((at, from)) => {
                    star = Some((at, from + 1));
                    p = at + 1;
                    t = from + 1;
                }
                None => return false,
            },
        }
    }
    pattern[p..].iter().all(|&c| c == '*')
}

#[cfg(test)]
mod wildcard_tests {
    use super::wildcard_match;

    #[test]
    fn stars_and_question_marks() {
        assert!(wildcard_match("nato-*", "nato-estimate-30-000-troops"));
        assert!(wildcard_match("*::nato-*", "drills::nato-estimate"));
        assert!(wildcard_match("*30*", "nato-estimate-30-000-troops"));
        assert!(wildcard_match("a?c", "abc"));
        assert!(wildcard_match("*", ""));
        assert!(wildcard_match("a*b*c", "aXbYbZc"));
        assert!(!wildcard_match("a*b*c", "aXbYbZ"));
        assert!(!wildcard_match("nato", "nato-estimate"));
        assert!(!wildcard_match("a?c", "ac"));
    }
}

#[cfg(test)]
mod analysis_tests {
    use super::*;

    /// Claims that read no quantities or dates get the same outcome from an analysis that
    /// found none: every such claim of the repository's suites, on each of its articles.
    #[test]
    fn claims_that_read_no_mentions_decide_alike_without_them() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut compared = 0;
        for suite in [
            root.to_path_buf(),
            root.join("tests/fixtures/real-news"),
            root.join("tests/fixtures/news-styles"),
            root.join("tests/fixtures/web"),
        ] {
            let config = Config::load(&suite).expect("a valid config");
            let suite = Suite::load(config, &[]).expect("valid claim files");
            let loader = Articles::new(&suite);
            for claim in suite.files.iter().flat_map(|f| &f.claims) {
                if claim.kind.reads_mentions() {
                    continue;
                }
                for article in &claim.articles {
                    let full = loader.analyse_for(&article.name, true).unwrap();
                    let lean = loader.analyse_for(&article.name, false).unwrap();
                    assert!(lean.mentions.is_empty());
                    assert_eq!(decide(claim, &full), decide(claim, &lean), "{}", claim.id);
                    compared += 1;
                }
            }
        }
        assert!(compared > 300, "{compared}");
    }
}
