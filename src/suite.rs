//! A suite: its config, its claim files and the articles they name; loading and running it.
//!
//! Loading validates everything first (every claim file, every article a claim names) and
//! reports all problems together; nothing is checked until the input is valid. Running
//! analyses each named article once, in parallel, then checks the claims in parallel; the
//! report's order is the files' and claims' order, whatever the thread count.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::article::{Analysis, Article, Catalog, analyse};
use crate::check::{Analyses, ClaimResult, Outcome, check, decide};
use crate::claims::{Claim, ClaimFile, parse};
use crate::config::{Config, missing_folder};
use crate::diagnostic::{self, Diagnostic, InputErrors, Severity};
use crate::report::{ClaimReport, FileReport, Report};
use crate::source::SourceFile;

/// A loaded, valid suite.
#[derive(Debug)]
pub struct Suite {
    /// Where things are.
    pub config: Config,
    /// Its articles.
    pub catalog: Catalog,
    /// Its claim files, in path order.
    pub files: Vec<ClaimFile>,
    /// Warnings found while loading (an empty claim file, …).
    pub warnings: Vec<Diagnostic>,
}

impl Suite {
    /// Load the claim files at `paths` (files or folders; the suite's claims folder when
    /// empty). Every problem of every file is reported, sorted by file and position.
    pub fn load(config: Config, paths: &[PathBuf]) -> Result<Suite, InputErrors> {
        let catalog = Catalog::scan(&config.articles);
        let (found, mut diagnostics) = claim_paths(&config, paths);
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
            catalog,
            files,
            warnings: diagnostics,
        })
    }

    /// Load and analyse every article a claim names, each once, in parallel.
    pub fn analyse(&self) -> Result<Analyses, InputErrors> {
        let names: BTreeSet<&str> = self
            .files
            .iter()
            .flat_map(|f| f.claims.iter())
            .flat_map(|c| c.articles.iter().map(|a| a.name.as_ref()))
            .collect();
        let loaded: Vec<Result<_, Diagnostic>> = names
            .into_par_iter()
            .map(|name| {
                let path = self.catalog.resolve(name).map_err(|_| {
                    Diagnostic::file_error(format!("article `{name}` disappeared"), None)
                })?;
                let article = Article::load(name, path, &self.config.display(path))?;
                Ok((name.to_string(), Arc::new(analyse(article))))
            })
            .collect();
        let mut analyses = Analyses::new();
        let mut errors = Vec::new();
        for result in loaded {
            match result {
                Ok((name, analysis)) => {
                    analyses.insert(name, analysis);
                }
                Err(error) => errors.push(error),
            }
        }
        if errors.is_empty() {
            Ok(analyses)
        } else {
            Err(InputErrors(errors))
        }
    }

    /// Check every claim against analysed articles.
    pub fn check(&self, analyses: &Analyses) -> Report {
        let files = self
            .files
            .par_iter()
            .map(|file| check_file(file, analyses))
            .collect();
        Report { files }
    }

    /// Analyse the articles and check every claim.
    pub fn run(&self) -> Result<Report, InputErrors> {
        self.run_measured().map(|(report, _)| report)
    }

    /// [`Suite::run`], also saying how long analysis and checking took.
    ///
    /// Articles stream through: in parallel, each article is loaded and analysed once, every
    /// claim naming it is decided on it, and its analysis is dropped, so memory holds the
    /// claims, their outcomes and only the articles in flight. The outcomes are then put in
    /// claim order, whatever the thread count.
    pub fn run_measured(&self) -> Result<(Report, RunStats), InputErrors> {
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
        let analysing = AtomicU64::new(0);
        let checking = AtomicU64::new(0);
        let errors: Vec<Diagnostic> = by_article
            .into_par_iter()
            .filter_map(|(name, claims)| {
                let start = Instant::now();
                let analysis = match self.load_and_analyse(name) {
                    Ok(analysis) => analysis,
                    Err(error) => return Some(error),
                };
                let analysed = Instant::now();
                for (slot, claim) in claims {
                    // A claim names an article once, so each slot is filled once.
                    let _ = slot.set(decide(claim, &analysis));
                }
                analysing.fetch_add(nanos(analysed - start), Ordering::Relaxed);
                checking.fetch_add(nanos(analysed.elapsed()), Ordering::Relaxed);
                None
            })
            .collect();
        if !errors.is_empty() {
            return Err(InputErrors(errors));
        }
        let files = self
            .files
            .par_iter()
            .zip(slots)
            .map(|(file, slots)| {
                let mut outcomes = slots
                    .into_vec()
                    .into_iter()
                    .filter_map(OnceLock::into_inner);
                FileReport {
                    path: file.name.clone(),
                    stem: file.stem.clone(),
                    claims: file
                        .claims
                        .iter()
                        .map(|claim| {
                            // Sized exactly: a collected `take` of a `filter_map` would
                            // reserve room for four outcomes, tripling the report's memory.
                            let mut taken = Vec::with_capacity(claim.articles.len());
                            taken.extend(outcomes.by_ref().take(claim.articles.len()));
                            claim_report(claim, ClaimResult::of(claim, taken))
                        })
                        .collect(),
                }
            })
            .collect();
        let stats = RunStats {
            analysis: Duration::from_nanos(analysing.into_inner()),
            checking: Duration::from_nanos(checking.into_inner()),
        };
        Ok((Report { files }, stats))
    }

    fn load_and_analyse(&self, name: &str) -> Result<Analysis, Diagnostic> {
        let path = self
            .catalog
            .resolve(name)
            .map_err(|_| Diagnostic::file_error(format!("article `{name}` disappeared"), None))?;
        let article = Article::load(name, path, &self.config.display(path))?;
        Ok(analyse(article))
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

/// A claim's entry in a report.
pub(crate) fn claim_report(claim: &Claim, result: ClaimResult) -> ClaimReport {
    ClaimReport {
        id: claim.id.clone(),
        says: claim.says.clone(),
        line: claim.line,
        kind: claim.kind.name(),
        expect: claim.expect,
        result,
    }
}

/// The report of one claim file.
pub fn check_file(file: &ClaimFile, analyses: &Analyses) -> FileReport {
    FileReport {
        path: file.name.clone(),
        stem: file.stem.clone(),
        claims: file
            .claims
            .par_iter()
            .map(|claim| claim_report(claim, check(claim, analyses)))
            .collect(),
    }
}

/// Parse one claim file.
pub fn load_claim_file(
    config: &Config,
    catalog: &Catalog,
    path: &Path,
) -> (Option<ClaimFile>, Vec<Diagnostic>) {
    let display = config.display(path);
    let source = match read_source(path, display) {
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
pub fn claim_stem(config: &Config, path: &Path) -> String {
    let base = if path.starts_with(&config.claims) {
        &config.claims
    } else {
        &config.root
    };
    crate::config::display_path(base, &path.with_extension(""))
}

/// Every `.toml` file at `paths` (folders searched at any depth), sorted, and the paths
/// that do not exist.
pub fn claim_paths(config: &Config, paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let roots: Vec<PathBuf> = if paths.is_empty() {
        if !config.claims.is_dir() {
            diagnostics.push(missing_folder("claims", &config.display(&config.claims)));
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
            collect_toml(&root, &mut found);
        } else {
            diagnostics.push(Diagnostic::file_error(
                format!("no such claim file or folder `{}`", config.display(&root)),
                None,
            ));
        }
    }
    (found.into_iter().collect(), diagnostics)
}

fn collect_toml(dir: &Path, found: &mut BTreeSet<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_toml(&path, found);
        } else if path.extension().is_some_and(|e| e == "toml") {
            found.insert(path);
        }
    }
}

/// Read a claim file or config as a [`SourceFile`].
pub fn read_source(path: &Path, display: String) -> Result<SourceFile, Diagnostic> {
    let text = crate::source::read_text(path, &display)?;
    Ok(SourceFile::new(display, text))
}
