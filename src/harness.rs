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

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use libtest_mimic::{Arguments, Failed, Trial};

use crate::article::Catalog;
use crate::cache::{Choice, Digest, EntryArticle, Session};
use crate::check::{ClaimResult, Outcome, decide};
use crate::claims::ClaimFile;
use crate::config::Config;
use crate::diagnostic;
use crate::report::{ArticleReport, ClaimReport, FileReport, human};
use crate::suite::{Articles, keep_report, kept_outcomes, load_claim_file_hashed};

/// Run the suite at `CARGO_MANIFEST_DIR` (or at `FACTCHECK_ROOT`, where set: another
/// suite folder) as libtest tests; the exit code is libtest's.
///
/// insta's paths (the `input_file:` header, pending `.snap.new` files) are taken relative to
/// the suite's root: `INSTA_WORKSPACE_ROOT` is set to it unless the caller set it. Without
/// it, insta would take them relative to factcheck's own crate, wherever cargo keeps it, and
/// drop the `input_file:` header of every snapshot it accepts.
pub fn run() -> ExitCode {
    let root = std::env::var_os("FACTCHECK_ROOT")
        .or_else(|| std::env::var_os("CARGO_MANIFEST_DIR"))
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")));
    if std::env::var_os("INSTA_WORKSPACE_ROOT").is_none() {
        // SAFETY: `run` is a test binary's `main`: no other thread exists yet to read the
        // environment while it is written.
        unsafe { std::env::set_var("INSTA_WORKSPACE_ROOT", &root) };
    }
    run_suite(&root, Arguments::from_args())
}

/// Run the suite rooted at `root` with libtest arguments `arguments`.
pub fn run_suite(root: &Path, arguments: Arguments) -> ExitCode {
    let (trials, session) = trials_and_cache(root, &arguments);
    let code = libtest_mimic::run(&arguments, trials).exit_code();
    // The reports the snapshot tests made are kept for the next run.
    if let Some(session) = session {
        session.finish();
    }
    code
}

/// The tests of the suite at `root`.
pub fn trials(root: &Path, arguments: &Arguments) -> Vec<Trial> {
    let (trials, session) = trials_and_cache(root, arguments);
    drop(session);
    trials
}

/// The tests of the suite at `root`, and the cache run they read and add to.
fn trials_and_cache(root: &Path, arguments: &Arguments) -> (Vec<Trial>, Option<Arc<Session>>) {
    let config = match Config::load(root) {
        Ok(config) => Arc::new(config),
        Err(errors) => {
            let message = diagnostic::render(&errors.0, false);
            let trial = Trial::test("factcheck.toml::parse", move || Err(message.into()));
            return (vec![trial], None);
        }
    };
    let catalog = Arc::new(Catalog::scan(&config.articles));
    let articles = Arc::new(Articles::of(Arc::clone(&catalog), &config));
    // The cache `factcheck check` keeps (FACTCHECK_CACHE chooses another, or `off`): a claim
    // whose articles are unchanged since a run decided it is not decided again, so nextest's
    // one process per claim need not analyse its articles.
    let session = Choice::Default
        .open(&config)
        .map(|cache| Session::start(&cache));
    let mut trials = Vec::new();
    for path in claim_files(&config, arguments) {
        let (file, diagnostics, hash) =
            load_claim_file_hashed(&config, &catalog, &path, session.as_deref());
        let kept = match (&session, &file, hash) {
            (Some(session), Some(file), Some(hash)) if diagnostics.is_empty() => {
                Some(Kept::of(file, hash, session, &catalog))
            }
            _ => None,
        };
        let stem = crate::suite::claim_stem(&config, &path);
        let Some(file) = file else {
            let message = diagnostic::render(&diagnostics, false);
            trials.push(Trial::test(format!("{stem}::parse"), move || {
                Err(message.into())
            }));
            continue;
        };
        let file = Arc::new(file);
        let kept = Arc::new(kept);
        let mut first_pair = 0;
        for (index, claim) in file.claims.iter().enumerate() {
            let (file, articles, kept) =
                (Arc::clone(&file), Arc::clone(&articles), Arc::clone(&kept));
            let pairs = first_pair..first_pair + claim.articles.len();
            first_pair = pairs.end;
            trials.push(Trial::test(format!("{stem}::{}", claim.id), move || {
                let kept = (*kept).as_ref().map(|k| &k.outcomes[pairs]);
                run_claim(&file, index, &articles, kept)
            }));
        }
        let (snapshots, articles) = (config.snapshots.clone(), Arc::clone(&articles));
        let (catalog, session) = (Arc::clone(&catalog), session.clone());
        trials.push(Trial::test(format!("{stem}::snapshot"), move || {
            let report = file_report(&file, &articles, (*kept).as_ref())?;
            if let (Some(session), Some(kept)) = (&session, &*kept) {
                keep(session, &catalog, &file, kept, &report, &articles);
            }
            run_snapshot(&file, report, &snapshots)
        }));
    }
    (trials, session)
}

/// What the cache holds of a claim file: the outcomes of its (claim, article) pairs that
/// still hold (`None` for those to decide), and the articles they were decided on.
struct Kept {
    hash: Digest,
    outcomes: Vec<Option<Outcome>>,
    articles: Vec<EntryArticle>,
}

impl Kept {
    fn of(file: &ClaimFile, hash: Digest, session: &Session, catalog: &Catalog) -> Kept {
        let pairs: usize = file.claims.iter().map(|c| c.articles.len()).sum();
        let (outcomes, articles) = match session.entry(&file.path) {
            Some(entry) => {
                let unchanged = session.unchanged(&entry, catalog);
                kept_outcomes(file, entry, &unchanged)
            }
            None => (Vec::new(), Vec::new()),
        };
        let outcomes = if outcomes.len() == pairs {
            outcomes
        } else {
            vec![None; pairs]
        };
        Kept {
            hash,
            outcomes,
            articles,
        }
    }
}

/// Keep the report of `file` in the cache for the next run (and the next process).
fn keep(
    session: &Session,
    catalog: &Catalog,
    file: &ClaimFile,
    kept: &Kept,
    report: &FileReport,
    articles: &Articles,
) {
    keep_report(session, catalog, file, kept.hash, report, |name| {
        // As the cache recorded it, or as this process analysed it.
        kept.articles
            .iter()
            .find(|a| *a.report.name == *name)
            .map(|a| a.report.clone())
            .or_else(|| {
                let analysis = articles.analysis(name).ok()?;
                let article = &analysis.article;
                Some(ArticleReport {
                    name: Arc::clone(&article.name),
                    display: Arc::clone(&article.display),
                    meta: article.meta.clone(),
                    text: None,
                })
            })
    });
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

fn run_claim(
    file: &ClaimFile,
    index: usize,
    articles: &Articles,
    kept: Option<&[Option<Outcome>]>,
) -> Result<(), Failed> {
    let claim = &file.claims[index];
    let outcomes = outcomes_of(std::slice::from_ref(claim), articles, kept)?;
    let result = ClaimResult::of(claim, outcomes);
    if result.passed {
        return Ok(());
    }
    let report = ClaimReport::new(claim, result);
    let mut text = format!("{}:{}\n", file.name, report.line);
    human::render_claim(&mut text, &report, false);
    Err(text.into())
}

/// The outcomes of `claims`' (claim, article) pairs, in order: kept ones as they are, the
/// others decided on analyses made once per process.
fn outcomes_of(
    claims: &[crate::claims::Claim],
    articles: &Articles,
    kept: Option<&[Option<Outcome>]>,
) -> Result<Vec<Outcome>, Failed> {
    let pairs = claims
        .iter()
        .flat_map(|claim| claim.articles.iter().map(move |a| (claim, a)));
    let mut outcomes = Vec::new();
    let mut analyses = BTreeMap::new();
    for (at, (claim, article)) in pairs.enumerate() {
        if let Some(Some(outcome)) = kept.and_then(|kept| kept.get(at)) {
            outcomes.push(outcome.clone());
            continue;
        }
        if !analyses.contains_key(&article.name) {
            let analysis = articles
                .analysis(&article.name)
                .map_err(|d| Failed::from(diagnostic::render(&d, false)))?;
            analyses.insert(Arc::clone(&article.name), analysis);
        }
        outcomes.push(decide(claim, &analyses[&article.name]));
    }
    Ok(outcomes)
}

/// The report of `file`.
fn file_report(
    file: &ClaimFile,
    articles: &Articles,
    kept: Option<&Kept>,
) -> Result<FileReport, Failed> {
    let outcomes = outcomes_of(&file.claims, articles, kept.map(|k| k.outcomes.as_slice()))?;
    Ok(FileReport::assemble(file, outcomes))
}

fn run_snapshot(file: &ClaimFile, report: FileReport, snapshots: &Path) -> Result<(), Failed> {
    let text = human::render_file(&report, false);
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(snapshots);
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.set_input_file(&file.path);
    settings.set_description(format!("factcheck report of {}", file.name));
    let name = file.stem.replace('/', "__");
    let accepted = std::fs::read_to_string(snapshots.join(format!("{name}.snap")))
        .ok()
        .map(|snap| snapshot_body(&snap).to_string());
    let asserted = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        settings.bind(|| insta::assert_snapshot!(name.as_str(), text.as_str()))
    }));
    if asserted.is_ok() {
        return Ok(());
    }
    // insta has printed its diff; the failure names the claims whose lines changed.
    let message = match accepted {
        None => format!(
            "{}: no accepted snapshot yet ({} claims); review it with `cargo insta review`",
            file.name,
            report.claims.len()
        ),
        Some(accepted) => {
            let (changed, removed) = changed_claims(&accepted, &report);
            let mut message = format!("{}: the report changed", file.name);
            for (what, ids) in [("changed or added", changed), ("removed", removed)] {
                if !ids.is_empty() {
                    message.push_str(&format!("; {what}: {}", ids.join(", ")));
                }
            }
            message + "; review it with `cargo insta review`"
        }
    };
    Err(message.into())
}

/// A snapshot file's contents after insta's `---` metadata header.
fn snapshot_body(snap: &str) -> &str {
    let snap = snap.strip_prefix('\u{feff}').unwrap_or(snap);
    snap.strip_prefix("---\n")
        .and_then(|rest| rest.split_once("\n---\n"))
        .map_or(snap, |(_, body)| body)
}

/// The ids of the claims whose lines differ between an accepted snapshot and `report`
/// (changed or new), and of the accepted claims no longer in it.
fn changed_claims(accepted: &str, report: &FileReport) -> (Vec<String>, Vec<String>) {
    // A claim's block is its verdict line (`  ✓ id …`, `  ✗ id …`) and the lines under it.
    let mut blocks: Vec<(String, String)> = Vec::new();
    for line in accepted.lines() {
        let verdict_line = line
            .strip_prefix("  ✓ ")
            .or_else(|| line.strip_prefix("  ✗ "));
        if let Some(rest) = verdict_line {
            let id = rest.split("   ").next().unwrap_or(rest).to_string();
            blocks.push((id, String::new()));
        }
        if let Some((_, block)) = blocks.last_mut() {
            block.push_str(line);
            block.push('\n');
        }
    }
    let mut changed = Vec::new();
    for claim in &report.claims {
        let mut block = String::new();
        human::render_claim(&mut block, claim, false);
        match blocks.iter().position(|(_, accepted)| *accepted == block) {
            Some(at) => {
                blocks.remove(at);
            }
            None => changed.push(claim.id.to_string()),
        }
    }
    let removed = blocks
        .into_iter()
        .map(|(id, _)| id)
        .filter(|id| !report.claims.iter().any(|c| *c.id == **id))
        .collect();
    (changed, removed)
}
