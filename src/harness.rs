//! `cargo test` for a suite: one test per claim and one snapshot test per claim file.
//!
//! A suite's `tests/claims.rs` (with `harness = false` in `Cargo.toml`) is three lines:
//!
//! ```no_run
//! fn main() -> std::process::ExitCode {
//!     factcheck::harness::run()
//! }
//! ```
//!
//! Tests are named `<claim file>::<id>` (the claim file's path under `claims/` without
//! `.toml`) and `<claim file>::snapshot`; an invalid claim file is one failing test,
//! `<claim file>::parse`, showing every diagnostic. Filtering, `--exact`, `--list`,
//! `--ignored` and `--test-threads` are libtest's, so `cargo nextest run` works too; a run of
//! one test by exact name (as nextest does) parses only that test's claim file. Articles are
//! analysed on first use, once per process, whatever the number of threads.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex, OnceLock};

use libtest_mimic::{Arguments, Failed, Trial};

use crate::article::{Analysis, Article, Catalog, analyse};
use crate::check::{Analyses, check};
use crate::claims::ClaimFile;
use crate::config::Config;
use crate::diagnostic::{self, Diagnostic};
use crate::report::human;
use crate::suite::{check_file, load_claim_file};

/// Run the suite at `CARGO_MANIFEST_DIR` (or at `FACTCHECK_ROOT`, where set: another
/// suite folder) as libtest tests; the exit code is libtest's.
pub fn run() -> ExitCode {
    let root = std::env::var_os("FACTCHECK_ROOT")
        .or_else(|| std::env::var_os("CARGO_MANIFEST_DIR"))
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")));
    run_suite(&root, Arguments::from_args())
}

/// Run the suite rooted at `root` with libtest arguments `arguments`.
pub fn run_suite(root: &Path, arguments: Arguments) -> ExitCode {
    libtest_mimic::run(&arguments, trials(root, &arguments)).exit_code()
}

/// The tests of the suite at `root`.
pub fn trials(root: &Path, arguments: &Arguments) -> Vec<Trial> {
    let config = match Config::load(root) {
        Ok(config) => Arc::new(config),
        Err(errors) => {
            let message = diagnostic::render(&errors.0, false);
            return vec![Trial::test("factcheck.toml::parse", move || {
                Err(message.into())
            })];
        }
    };
    let catalog = Arc::new(Catalog::scan(&config.articles));
    let articles = Arc::new(ArticleCache::new(Arc::clone(&config), Arc::clone(&catalog)));
    let mut trials = Vec::new();
    for path in claim_files(&config, arguments) {
        let (file, diagnostics) = load_claim_file(&config, &catalog, &path);
        let stem = crate::suite::claim_stem(&config, &path);
        let Some(file) = file else {
            let message = diagnostic::render(&diagnostics, false);
            trials.push(Trial::test(format!("{stem}::parse"), move || {
                Err(message.into())
            }));
            continue;
        };
        let file = Arc::new(file);
        for (index, claim) in file.claims.iter().enumerate() {
            let (file, articles) = (Arc::clone(&file), Arc::clone(&articles));
            trials.push(Trial::test(format!("{stem}::{}", claim.id), move || {
                run_claim(&file, index, &articles)
            }));
        }
        let (snapshots, articles) = (config.snapshots.clone(), Arc::clone(&articles));
        trials.push(Trial::test(format!("{stem}::snapshot"), move || {
            run_snapshot(&file, &snapshots, &articles)
        }));
    }
    trials
}

/// The claim files to turn into tests: all of them, or, for one test by exact name, only the
/// file that test belongs to.
fn claim_files(config: &Config, arguments: &Arguments) -> Vec<PathBuf> {
    if arguments.exact
        && let Some(filter) = &arguments.filter
        && let Some((stem, _)) = filter.rsplit_once("::")
    {
        let path = config.claims.join(format!("{stem}.toml"));
        if path.is_file() {
            return vec![path];
        }
    }
    let (paths, _) = crate::suite::claim_paths(config, &[]);
    paths
}

fn run_claim(file: &ClaimFile, index: usize, articles: &ArticleCache) -> Result<(), Failed> {
    let claim = &file.claims[index];
    let analyses = articles.get(claim.articles.iter().map(|a| a.name.as_ref()))?;
    let result = check(claim, &analyses);
    if result.passed {
        return Ok(());
    }
    let report = crate::suite::claim_report(claim, result);
    let mut text = format!("{}:{}\n", file.name, report.line);
    human::render_claim(&mut text, &report, claim.id.chars().count(), false);
    Err(text.into())
}

fn run_snapshot(file: &ClaimFile, snapshots: &Path, articles: &ArticleCache) -> Result<(), Failed> {
    let names = file
        .claims
        .iter()
        .flat_map(|c| c.articles.iter().map(|a| a.name.as_ref()));
    let analyses = articles.get(names)?;
    let report = check_file(file, &analyses);
    let text = human::render_file(&report, false);
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(snapshots);
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.set_input_file(&file.path);
    settings.set_description(format!("factcheck report of {}", file.name));
    let name = file.stem.replace('/', "__");
    settings.bind(|| insta::assert_snapshot!(name, text));
    Ok(())
}

/// One article's analysis, made by the first test that needs it.
type AnalysisCell = Arc<OnceLock<Result<Arc<Analysis>, String>>>;

/// Articles analysed on first use, each once per process.
struct ArticleCache {
    config: Arc<Config>,
    catalog: Arc<Catalog>,
    cells: Mutex<HashMap<String, AnalysisCell>>,
}

impl ArticleCache {
    fn new(config: Arc<Config>, catalog: Arc<Catalog>) -> Self {
        ArticleCache {
            config,
            catalog,
            cells: Mutex::new(HashMap::new()),
        }
    }

    fn get<'a>(&self, names: impl Iterator<Item = &'a str>) -> Result<Analyses, Failed> {
        let mut analyses = Analyses::new();
        for name in names {
            let cell = {
                let mut cells = self
                    .cells
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
                Arc::clone(cells.entry(name.to_string()).or_default())
            };
            let analysis = cell.get_or_init(|| self.load(name));
            match analysis {
                Ok(analysis) => {
                    analyses.insert(name.to_string(), Arc::clone(analysis));
                }
                Err(message) => return Err(message.clone().into()),
            }
        }
        Ok(analyses)
    }

    fn load(&self, name: &str) -> Result<Arc<Analysis>, String> {
        let failed = |d: Diagnostic| diagnostic::render(&[d], false);
        let path = self.catalog.resolve(name).map_err(|_| {
            failed(Diagnostic::file_error(
                format!("unknown article `{name}`"),
                None,
            ))
        })?;
        let article = Article::load(name, path, &self.config.display(path)).map_err(failed)?;
        Ok(Arc::new(analyse(article)))
    }
}
