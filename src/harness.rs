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

use crate::article::{Analysis, Catalog};
use crate::check::{ClaimResult, decide};
use crate::claims::ClaimFile;
use crate::config::Config;
use crate::diagnostic;
use crate::report::{ClaimReport, FileReport, human};
use crate::suite::{Articles, load_claim_file};

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
    let articles = Arc::new(Articles::of(Arc::clone(&catalog), &config));
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

fn run_claim(file: &ClaimFile, index: usize, articles: &Articles) -> Result<(), Failed> {
    let claim = &file.claims[index];
    let analyses = analyses_of(articles, std::slice::from_ref(claim))?;
    let outcomes = claim
        .articles
        .iter()
        .map(|a| decide(claim, &analyses[a.name.as_ref()]))
        .collect();
    let result = ClaimResult::of(claim, outcomes);
    if result.passed {
        return Ok(());
    }
    let report = ClaimReport::new(claim, result);
    let mut text = format!("{}:{}\n", file.name, report.line);
    human::render_claim(&mut text, &report, false);
    Err(text.into())
}

fn run_snapshot(file: &ClaimFile, snapshots: &Path, articles: &Articles) -> Result<(), Failed> {
    let analyses = analyses_of(articles, &file.claims)?;
    let outcomes = file.claims.iter().flat_map(|claim| {
        claim
            .articles
            .iter()
            .map(|a| decide(claim, &analyses[a.name.as_ref()]))
    });
    let report = FileReport::assemble(file, outcomes.collect::<Vec<_>>());
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

/// The analyses of every article `claims` name, each made once per process.
fn analyses_of(
    articles: &Articles,
    claims: &[crate::claims::Claim],
) -> Result<BTreeMap<Arc<str>, Arc<Analysis>>, Failed> {
    let mut analyses = BTreeMap::new();
    for name in claims.iter().flat_map(|c| c.articles.iter()) {
        if !analyses.contains_key(&name.name) {
            let analysis = articles
                .analysis(&name.name)
                .map_err(|d| Failed::from(diagnostic::render(&d, false)))?;
            analyses.insert(Arc::clone(&name.name), analysis);
        }
    }
    Ok(analyses)
}
