//! `cargo test` runs the claims: one test per claim named `<file>::<id>`, a snapshot test
//! per claim file, libtest's filters and listing (the protocol cargo-nextest relies on),
//! and article edits that fail exactly the claims and snapshots that cite them.

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::{Command, Output};

use common::{TempSuite, factcheck, repo, stdout};

/// The `claims` test binary that `cargo test` built beside this one.
fn claims_binary() -> PathBuf {
    let deps = std::env::current_exe()
        .unwrap()
        .parent()
        .unwrap()
        .to_path_buf();
    std::fs::read_dir(&deps)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            name.starts_with("claims-") && p.extension().is_none()
        })
        .max_by_key(|p| p.metadata().and_then(|m| m.modified()).ok())
        .expect("cargo test builds the claims test binary")
}

fn run_claims(args: &[&str], root: Option<&std::path::Path>) -> Output {
    let mut command = Command::new(claims_binary());
    command
        .args(args)
        .env("CARGO_MANIFEST_DIR", repo())
        .env("CI", "true");
    if let Some(root) = root {
        command.env("FACTCHECK_ROOT", root);
    }
    command.output().unwrap()
}

/// `test <name> ... <status>` lines of libtest output, by name (names are padded). A
/// snapshot's diff, printed while its test runs, may follow the status on its line
/// (`FAILED────…`): the status is the word it starts with.
fn outcomes(text: &str) -> std::collections::BTreeMap<String, String> {
    text.lines()
        .filter_map(|l| l.strip_prefix("test "))
        .filter_map(|l| l.rsplit_once(" ... "))
        .map(|(name, status)| {
            let status = status.trim();
            let word = ["FAILED", "ok", "ignored"]
                .into_iter()
                .find(|w| status.starts_with(w))
                .unwrap_or(status);
            (name.trim().to_string(), word.to_string())
        })
        .collect()
}

fn bundled_ids() -> BTreeSet<String> {
    let json = stdout(&factcheck(&repo(), &["check", "--format", "json"]));
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    report["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let file = r["file"]
                .as_str()
                .unwrap()
                .trim_start_matches("claims/")
                .trim_end_matches(".toml");
            format!("{file}::{}", r["id"].as_str().unwrap())
        })
        .collect()
}

#[test]
fn list_names_every_claim_and_one_snapshot_per_file() {
    let output = run_claims(&["--list", "--format", "terse"], None);
    let listed: BTreeSet<String> = stdout(&output)
        .lines()
        .filter_map(|l| l.strip_suffix(": test"))
        .map(String::from)
        .collect();
    let snapshots: BTreeSet<String> = listed
        .iter()
        .filter(|n| n.ends_with("::snapshot"))
        .cloned()
        .collect();
    let claims: BTreeSet<String> = listed.difference(&snapshots).cloned().collect();
    assert_eq!(claims, bundled_ids());
    assert_eq!(
        snapshots.len(),
        std::fs::read_dir(repo().join("claims")).unwrap().count()
    );
}

#[test]
fn a_filter_runs_only_matching_claims() {
    let output = run_claims(&["nato"], None);
    let text = stdout(&output);
    assert!(output.status.success(), "{text}");
    let ran = outcomes(&text);
    assert!(!ran.is_empty());
    assert!(ran.keys().all(|name| name.contains("nato")), "{ran:?}");
    assert!(ran.values().all(|status| status == "ok"), "{ran:?}");
}

#[test]
fn an_exact_name_runs_one_test() {
    let output = run_claims(
        &[
            "--exact",
            "nbc-russia-belarus-drills::psaki-escalatory",
            "--nocapture",
        ],
        None,
    );
    let text = stdout(&output);
    assert!(output.status.success(), "{text}");
    assert!(text.contains("1 passed; 0 failed"), "{text}");
}

/// Run the harness on a copy of the suite with `30,000` changed to `31,000` in the NBC
/// article: exactly the claims citing it fail (with the diff), and exactly the snapshots of
/// their files change.
#[test]
fn editing_evidence_fails_exactly_the_claims_and_snapshots_citing_it() {
    let suite = TempSuite::copy_of_bundled_with_snapshots();
    suite.edit(
        "articles/nbc-russia-belarus-drills.txt",
        "up to 30,000 combat troops",
        "up to 31,000 combat troops",
    );
    let output = Command::new(claims_binary())
        .env("FACTCHECK_ROOT", suite.path())
        .env("INSTA_UPDATE", "new")
        .env_remove("CI")
        .output()
        .unwrap();
    let text = stdout(&output);
    assert!(!output.status.success());
    // libtest's closing list of failures: a snapshot's diff, printed as it runs, can split
    // a test's own `test … FAILED` line.
    let failed: BTreeSet<String> = text
        .rsplit("\nfailures:\n")
        .next()
        .unwrap_or_default()
        .lines()
        .take_while(|l| l.starts_with("    "))
        .map(|l| l.trim().to_string())
        .collect();
    let expected = common::set(&[
        "nbc-russia-belarus-drills::nato-estimate-30-000-troops",
        "nbc-russia-belarus-drills::nato-said-the-drills-would-involve-up-to-30-000-combat-troops",
        "nbc-russia-belarus-drills::snapshot",
        "both-articles::one-of-the-reports-gives-nato-s-30-000-estimate",
        "both-articles::snapshot",
    ]);
    assert_eq!(failed, expected, "{text}");
    assert!(
        text.contains("+ NATO said last week they would involve up to 31,000 combat troops"),
        "{text}"
    );
    let pending: BTreeSet<String> = std::fs::read_dir(suite.path().join("snapshots"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".snap.new"))
        .collect();
    let expected = common::set(&[
        "nbc-russia-belarus-drills.snap.new",
        "both-articles.snap.new",
    ]);
    assert_eq!(pending, expected);
}

#[test]
fn ci_fails_on_a_changed_snapshot_and_writes_nothing() {
    let suite = TempSuite::copy_of_bundled_with_snapshots();
    suite.edit(
        "claims/ukraine-crisis-diplomacy.toml",
        "says = \"Kuleba urged sanctions\"",
        "says = \"Kuleba urged more sanctions\"",
    );
    let output = run_claims(&[], Some(suite.path()));
    assert!(!output.status.success());
    let results = outcomes(&stdout(&output));
    assert_eq!(
        results
            .get("ukraine-crisis-diplomacy::snapshot")
            .map(String::as_str),
        Some("FAILED")
    );
    assert_eq!(results.values().filter(|s| *s == "FAILED").count(), 1);
    let pending = std::fs::read_dir(suite.path().join("snapshots"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".new"))
        .count();
    assert_eq!(pending, 0, "under CI=true insta writes nothing");
}

#[test]
fn an_invalid_claim_file_is_one_failing_test_and_the_rest_still_run() {
    let suite = TempSuite::copy_of_bundled();
    suite.write(
        "claims/broken.toml",
        "article = \"nbc-russia-belarus-drills\"\n[[claim]]\nsays = \"x\"\nqoute = \"y\"\n",
    );
    let output = run_claims(&["--skip", "snapshot"], Some(suite.path()));
    let text = stdout(&output);
    let results = outcomes(&text);
    assert_eq!(
        results.get("broken::parse").map(String::as_str),
        Some("FAILED"),
        "{text}"
    );
    assert!(text.contains("did you mean `quote`?"), "{text}");
    let passed = results.values().filter(|s| *s == "ok").count();
    assert_eq!(passed, bundled_ids().len(), "{text}");
}

/// The body of a snapshot file: what follows insta's `---` header.
fn snapshot_body(path: &std::path::Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    text.splitn(3, "---\n").nth(2).unwrap().to_string()
}

/// Adding a claim with a long id changes only that claim's lines in its file's snapshot (no
/// padding shifts the other lines), the failure names the claim file and the new claim, and
/// the pending snapshot keeps insta's `input_file:` header though the suite lies outside
/// factcheck's own crate.
#[test]
fn a_new_claim_changes_only_its_own_snapshot_lines() {
    let suite = TempSuite::copy_of_bundled_with_snapshots();
    let path = suite.path().join("claims/nbc-russia-belarus-drills.toml");
    let mut claims = std::fs::read_to_string(&path).unwrap();
    claims.push_str(
        "\n[[claim]]\nsays = \"A claim whose id is much longer than any other claim id in this file\"\ntext = \"Belarus\"\n",
    );
    std::fs::write(&path, claims).unwrap();
    let output = Command::new(claims_binary())
        .env("FACTCHECK_ROOT", suite.path())
        .env("INSTA_UPDATE", "new")
        .env_remove("CI")
        .env_remove("INSTA_WORKSPACE_ROOT")
        .env_remove("INSTA_FORCE_PASS")
        .output()
        .unwrap();
    let text = stdout(&output);
    let id = "a-claim-whose-id-is-much-longer-than-any-other-claim-id-in-this-file";
    assert!(
        text.contains(&format!(
            "claims/nbc-russia-belarus-drills.toml: the report changed; changed or added: {id};"
        )),
        "{text}"
    );
    let snapshots = suite.path().join("snapshots");
    let accepted = snapshot_body(&snapshots.join("nbc-russia-belarus-drills.snap"));
    let pending = snapshot_body(&snapshots.join("nbc-russia-belarus-drills.snap.new"));
    let diff = similar::TextDiff::from_lines(&accepted, &pending);
    let changes: Vec<(similar::ChangeTag, &str)> = diff
        .iter_all_changes()
        .filter(|c| c.tag() != similar::ChangeTag::Equal)
        .map(|c| (c.tag(), c.value().trim_end()))
        .collect();
    let expected_line = format!(
        "  ✓ {id}   A claim whose id is much longer than any other claim id in this file   supported, as expected"
    );
    assert_eq!(changes.len(), 2, "{changes:#?}");
    assert_eq!(
        changes[0],
        (similar::ChangeTag::Insert, expected_line.as_str())
    );
    assert_eq!(changes[1].0, similar::ChangeTag::Insert);
    assert!(
        changes[1]
            .1
            .starts_with("      articles/nbc-russia-belarus-drills.txt:"),
        "{changes:#?}"
    );
    let header =
        std::fs::read_to_string(snapshots.join("nbc-russia-belarus-drills.snap.new")).unwrap();
    assert!(
        header.contains("\ninput_file: claims/nbc-russia-belarus-drills.toml\n"),
        "{header}"
    );
}

/// The harness shares `factcheck check`'s cache: the snapshot tests keep each file's report,
/// and a later process (nextest runs one per test) answers from it, never from a stale one.
#[test]
fn the_harness_keeps_reports_in_the_cache_and_never_trusts_a_stale_one() {
    let suite = TempSuite::copy_of_bundled_with_snapshots();
    let cache = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(claims_binary())
            .args(args)
            .env("FACTCHECK_ROOT", suite.path())
            .env("FACTCHECK_CACHE", cache.path())
            .env("CI", "true")
            .output()
            .unwrap()
    };
    let first = run(&[]);
    assert!(first.status.success(), "{}", stdout(&first));
    let entries = common::files_under(&cache.path().join("v5/builds"), "bin");
    assert!(!entries.is_empty(), "the snapshot tests kept the reports");
    let name = "nbc-russia-belarus-drills::nato-estimate-30-000-troops";
    let one = run(&[name, "--exact"]);
    assert!(one.status.success(), "{}", stdout(&one));
    // The same reports as `factcheck check` gives from the same cache.
    let shown = cache.path().display().to_string();
    let checked = suite.run(&["check", "--cache", &shown]);
    assert_eq!(checked, suite.run(&["check", "--no-cache"]));
    suite.edit(
        "articles/nbc-russia-belarus-drills.txt",
        "up to 30,000 combat troops",
        "up to 31,000 combat troops",
    );
    let stale = run(&[name, "--exact"]);
    assert!(
        !stale.status.success(),
        "a kept outcome outlived its article"
    );
    assert!(
        stdout(&stale).contains("up to 31,000 combat troops"),
        "{}",
        stdout(&stale)
    );
    // The three claims citing the figure, and the snapshots of their two files (whose
    // diffs, printed as they run, can split their own `test … FAILED` lines).
    let all = run(&[]);
    let text = stdout(&all);
    assert!(
        text.contains("test result: FAILED. 77 passed; 5 failed"),
        "{text}"
    );
    // libtest's closing list of failures, one name a line, which nothing interleaves.
    let failures = text.rsplit("\nfailures:\n").next().unwrap_or_default();
    assert!(failures.lines().any(|l| l.trim() == name), "{text}");
}
