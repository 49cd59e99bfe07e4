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

use crate::article::{Analysis, Article, Catalog, ResolveError, Unread, analyse};
use crate::check::{Outcome, decide};
use crate::claims::{ArticleNames, Claim, ClaimFile, Unresolved, parse};
use crate::config::{Config, missing_folder};
use crate::diagnostic::{self, Diagnostic, InputErrors, Severity};
use crate::report::{ArticleReport, FileReport, Format, Report};

/// A loaded, valid suite.
#[derive(Debug)]
pub struct Suite {
    pub(crate) config: Config,
    pub(crate) catalog: Arc<Catalog>,
    /// Its claim files, in path order.
    pub(crate) files: Vec<ClaimFile>,
    pub(crate) warnings: Vec<Diagnostic>,
}

/// What a run keeps beside the verdicts.
#[derive(Debug, Clone, Copy, Default)]
pub struct RunOptions {
    /// Keep each article's original text in the report (for formats that show it).
    pub article_texts: bool,
}

impl RunOptions {
    /// What the formats `formats` need of a run.
    pub fn for_formats(formats: impl IntoIterator<Item = Format>) -> Self {
        RunOptions {
            article_texts: formats.into_iter().any(Format::shows_articles),
        }
    }
}

impl Suite {
    /// Load the claim files at `paths` (files or folders; the suite's claims folder when
    /// empty). Every problem of every file is reported, sorted by file and position.
    pub fn load(config: Config, paths: &[PathBuf]) -> Result<Suite, InputErrors> {
        let catalog = Catalog::scan(&config.articles);
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
        let parsed: Vec<_> = found
            .par_iter()
            .map(|path| load_claim_file(&config, &catalog, path))
            .collect();
        let mut files = Vec::new();
        for (file, found) in parsed {
            files.extend(file);
            diagnostics.extend(found);
        }
        diagnostic::sort(&mut diagnostics);
        if diagnostics.iter().any(|d| d.severity == Severity::Error) {
            return Err(InputErrors(diagnostics));
        }
        Ok(Suite {
            config,
            catalog: Arc::new(catalog),
            files,
            warnings: diagnostics,
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
        for file in &mut self.files {
            let stem = file.stem.clone();
            file.claims.retain(|claim| {
                let test = format!("{stem}::{}", claim.id);
                let mut kept = false;
                for (pattern, used) in patterns.iter().zip(used.iter_mut()) {
                    if wildcard_match(pattern, &claim.id) || wildcard_match(pattern, &test) {
                        *used = true;
                        kept = true;
                    }
                }
                kept
            });
        }
        self.files.retain(|file| !file.claims.is_empty());
        patterns
            .iter()
            .zip(used)
            .filter(|(_, used)| !used)
            .map(|(pattern, _)| pattern.clone())
            .collect()
    }

    /// How many claims the suite holds.
    pub fn claim_count(&self) -> usize {
        self.files.iter().map(|f| f.claims.len()).sum()
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
        // Every (claim, article) pair has a slot, each claim file's slots in one list in claim
        // order: workers fill the slots where they stand, so no outcome is copied to its place,
        // and each file's list is freed once its report is assembled.
        let slots: Vec<Box<[OnceLock<Outcome>]>> = self
            .files
            .iter()
            .map(|file| {
                let pairs = file.claims.iter().map(|c| c.articles.len()).sum();
                (0..pairs).map(|_| OnceLock::new()).collect()
            })
            .collect();
        let mut by_article: BTreeMap<&str, Vec<(&OnceLock<Outcome>, &Claim)>> = BTreeMap::new();
        for (file, slots) in self.files.iter().zip(&slots) {
            let mut slots = slots.iter();
            for claim in &file.claims {
                for (article, slot) in claim.articles.iter().zip(slots.by_ref()) {
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
                let analysis = loader.analyse(name)?;
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
        let mut articles = Vec::with_capacity(read.len());
        let mut errors = Vec::new();
        for result in read {
            match result {
                Ok(article) => articles.push(article),
                Err(found) => errors.extend(found),
            }
        }
        if !errors.is_empty() {
            diagnostic::sort(&mut errors);
            return Err(InputErrors(errors));
        }
        let files = self
            .files
            .par_iter()
            .zip(slots)
            .map(|(file, slots)| {
                let outcomes = slots
                    .into_vec()
                    .into_iter()
                    .filter_map(OnceLock::into_inner);
                FileReport::assemble(file, outcomes)
            })
            .collect();
        let stats = RunStats {
            analysis: Duration::from_nanos(analysing.into_inner()),
            checking: Duration::from_nanos(checking.into_inner()),
        };
        Ok((Report { files, articles }, stats))
    }
}

/// One article's analysis, made by the first caller that needs it.
type AnalysisCell = Arc<OnceLock<Result<Arc<Analysis>, Vec<Diagnostic>>>>;

/// A suite's articles, loaded by name and analysed: the one way a run, the harness and
/// watch read an article. [`Articles::analyse`] gives a fresh analysis (a run that streams
/// articles through drops each when done); [`Articles::analysis`] keeps each analysis for the
/// loader's life, made once however many threads ask for it.
pub(crate) struct Articles {
    catalog: Arc<Catalog>,
    root: PathBuf,
    kept: Mutex<HashMap<Arc<str>, AnalysisCell>>,
}

impl Articles {
    /// The articles of `suite`.
    pub fn new(suite: &Suite) -> Self {
        Articles::of(Arc::clone(&suite.catalog), &suite.config)
    }

    /// The articles of `catalog`, shown relative to `config`'s root.
    pub fn of(catalog: Arc<Catalog>, config: &Config) -> Self {
        Articles {
            catalog,
            root: config.root.clone(),
            kept: Mutex::new(HashMap::new()),
        }
    }

    /// Load and analyse the article `name`.
    pub fn analyse(&self, name: &str) -> Result<Analysis, Vec<Diagnostic>> {
        let path = self.catalog.resolve(name).map_err(|_| {
            vec![Diagnostic::file_error(
                format!("article `{name}` disappeared"),
                None,
            )]
        })?;
        let display = crate::source::display_path(&self.root, path);
        Ok(analyse(Article::load(name, path, &display)?))
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
            Err(ResolveError::Unknown(near)) => Err(Unresolved::Unknown(near)),
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
}

fn nanos(duration: Duration) -> u64 {
    u64::try_from(duration.as_nanos()).unwrap_or(u64::MAX)
}

/// Parse one claim file.
pub(crate) fn load_claim_file(
    config: &Config,
    catalog: &Catalog,
    path: &Path,
) -> (Option<ClaimFile>, Vec<Diagnostic>) {
    let display = config.display(path);
    let source = match crate::diagnostic::read_source(path, display) {
        Ok(source) => source,
        Err(error) => return (None, vec![error]),
    };
    parse(
        source,
        path,
        &claim_stem(config, path),
        catalog,
        &config.aliases,
    )
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
        if path.is_dir() {
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
