//! The incremental cache: a run after any kind of edit gives the report a cold run gives,
//! byte for byte, re-checking only what the edit can change; a damaged or foreign cache is
//! never trusted, and runs sharing one cache at once leave it whole.

mod common;

use std::path::Path;

use common::{TempSuite, repo};
use factcheck::cache::Cache;
use factcheck::report::Format;
use factcheck::{Config, RunOptions, RunStats, Suite};

/// The report of the suite at `root` in every text format (JSON, human, JUnit, Markdown),
/// and the run's counts, with `cache` or cold.
fn run(root: &Path, cache: Option<&Cache>) -> (String, RunStats) {
    let config = Config::load(root).expect("a valid config");
    let suite = Suite::load_cached(config, &[], cache).expect("valid claim files");
    let (report, stats) = suite
        .run_with(RunOptions::for_formats([Format::Html]))
        .expect("readable articles");
    let mut text = Vec::new();
    for format in [
        Format::Json,
        Format::Human,
        Format::Junit,
        Format::Markdown,
        Format::Html,
    ] {
        factcheck::report::write(&report, format, false, &mut text).unwrap();
    }
    (String::from_utf8(text).unwrap(), stats)
}

/// A copy of the real-news regression suite: its claim files over their own articles.
fn real_news() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("tests/fixtures/real-news"), dir.path());
    dir
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn cache_of(root: &Path, folder: &Path) -> Cache {
    Cache::open(folder, &Config::load(root).unwrap())
}

/// Run with the cache and cold; the reports must be the same bytes. The cached run's counts.
fn same_as_cold(root: &Path, folder: &Path) -> RunStats {
    let (cached, stats) = run(root, Some(&cache_of(root, folder)));
    let (cold, _) = run(root, None);
    assert!(
        cached == cold,
        "the cached report differs from a cold run's"
    );
    stats
}

/// The claim files under `claims/`, at any depth.
fn claim_files(root: &Path) -> usize {
    fn count(dir: &Path) -> usize {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .map(|path| {
                if path.is_dir() {
                    count(&path)
                } else {
                    usize::from(path.extension().is_some_and(|e| e == "toml"))
                }
            })
            .sum()
    }
    count(&root.join("claims"))
}

#[test]
fn nothing_changed_answers_every_claim_file_from_the_cache() {
    let suite = real_news();
    let folder = tempfile::tempdir().unwrap();
    let first = same_as_cold(suite.path(), folder.path());
    assert_eq!(first.cached_files, 0);
    assert!(first.decided > 100, "{first:?}");
    let second = same_as_cold(suite.path(), folder.path());
    assert_eq!(second.cached_files, claim_files(suite.path()));
    assert_eq!((second.decided, second.kept), (0, 0));
}

#[test]
fn an_edited_article_re_decides_only_the_claims_naming_it() {
    let suite = TempSuite::copy_of_bundled();
    let folder = tempfile::tempdir().unwrap();
    same_as_cold(suite.path(), folder.path());
    // A figure the claims check changes: verdicts change with it.
    suite.edit("articles/nbc-russia-belarus-drills.txt", "30,000", "40,000");
    let after = same_as_cold(suite.path(), folder.path());
    // Only the diplomacy file names neither edited article; both-articles keeps its
    // outcomes on the diplomacy article and decides those on the edited one again.
    assert_eq!(after.cached_files, 1, "{after:?}");
    assert!(after.kept > 0 && after.decided > 0, "{after:?}");
    let (cold, _) = run(suite.path(), None);
    assert!(cold.contains("40,000"), "the edit shows in the report");
}

#[test]
fn an_edited_claim_file_is_checked_again_and_the_others_are_not() {
    let suite = real_news();
    let folder = tempfile::tempdir().unwrap();
    same_as_cold(suite.path(), folder.path());
    let mut files: Vec<_> = std::fs::read_dir(suite.path().join("claims"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    let edited = &files[3];
    let text = std::fs::read_to_string(edited).unwrap();
    std::fs::write(edited, text.replacen("expect = \"", "expect = \"x", 1)).unwrap();
    // An invalid claim file is an error, never a report from the cache.
    let config = Config::load(suite.path()).unwrap();
    let cache = cache_of(suite.path(), folder.path());
    assert!(Suite::load_cached(config, &[], Some(&cache)).is_err());
    // A claim that now expects another verdict fails, as a cold run says.
    let edit = text.replacen("expect = \"refuted\"", "expect = \"absent\"", 1);
    assert!(edit != text, "{} has a refuted claim", edited.display());
    std::fs::write(edited, edit).unwrap();
    let after = same_as_cold(suite.path(), folder.path());
    assert_eq!(after.cached_files, claim_files(suite.path()) - 1);
    let (report, _) = run(suite.path(), None);
    assert!(
        report.contains("test result: FAILED. "),
        "the edit fails a claim"
    );
}

/// The claim files of the suite at `root`, in path order.
fn claim_paths(root: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(root.join("claims"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    files
}

/// The (claim, article) pairs of the claim file at `path`: its claims' article counts summed.
fn pairs_of(root: &Path, path: &Path) -> usize {
    let config = Config::load(root).unwrap();
    let suite = Suite::load(config, &[path.to_path_buf()]).expect("a valid claim file");
    suite.claim_files()[0]
        .claims
        .iter()
        .map(|claim| claim.articles.len())
        .sum()
}

#[test]
fn an_edited_claim_is_decided_again_and_the_other_claims_of_its_file_are_not() {
    let suite = real_news();
    let folder = tempfile::tempdir().unwrap();
    same_as_cold(suite.path(), folder.path());
    let edited = &claim_paths(suite.path())[3];
    let pairs = pairs_of(suite.path(), edited);
    let text = std::fs::read_to_string(edited).unwrap();
    // One claim now expects another verdict: only it is decided again (on its one article).
    let edit = text.replacen("expect = \"refuted\"", "expect = \"absent\"", 1);
    assert!(edit != text, "{} has a refuted claim", edited.display());
    std::fs::write(edited, &edit).unwrap();
    let after = same_as_cold(suite.path(), folder.path());
    assert_eq!(after.cached_files, claim_files(suite.path()) - 1);
    assert_eq!((after.decided, after.kept), (1, pairs - 1), "{after:?}");
    // A comment, a claim added above the others, and the claims in another order: only
    // the new claim is decided; every other keeps its outcome, wherever it now stands.
    let first = edit.find("[[claim]]").unwrap();
    let (head, claims) = edit.split_at(first);
    let mut blocks: Vec<&str> = claims.split_inclusive("\n\n").collect();
    blocks.reverse();
    let reordered = format!(
        "{head}# A comment.\n[[claim]]\nsays = \"A claim added in an edit\"\nexpect = \"absent\"\n\n{}\n",
        blocks.concat()
    );
    std::fs::write(edited, reordered).unwrap();
    let after = same_as_cold(suite.path(), folder.path());
    assert_eq!((after.decided, after.kept), (1, pairs), "{after:?}");
    // A file's own keys are every claim's defaults: all its claims are decided again.
    let defaults = format!("within = \"article\"\n{edit}");
    std::fs::write(edited, defaults).unwrap();
    let after = same_as_cold(suite.path(), folder.path());
    assert_eq!((after.decided, after.kept), (pairs, 0), "{after:?}");
}

#[test]
fn a_changed_config_checks_everything_again() {
    let suite = TempSuite::copy_of_bundled();
    let folder = tempfile::tempdir().unwrap();
    same_as_cold(suite.path(), folder.path());
    suite.edit(
        "factcheck.toml",
        "troops = [",
        "troops = [\"service members\", ",
    );
    let after = same_as_cold(suite.path(), folder.path());
    assert_eq!((after.cached_files, after.kept), (0, 0));
}

#[test]
fn an_article_edited_to_the_same_size_and_time_is_still_seen() {
    let suite = TempSuite::copy_of_bundled();
    let folder = tempfile::tempdir().unwrap();
    let article = suite.path().join("articles/ukraine-crisis-diplomacy.txt");
    // Written long enough ago that the status index trusts its status.
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let set_time = |path: &Path| {
        let file = std::fs::File::options().write(true).open(path).unwrap();
        file.set_modified(old).unwrap();
    };
    set_time(&article);
    same_as_cold(suite.path(), folder.path());
    // Same length, same modification time: only the content (and the change time, which
    // no one can set back) tells.
    let text = std::fs::read_to_string(&article).unwrap();
    let digit = text.find(|c: char| c.is_ascii_digit()).unwrap();
    let mut edited = text.clone().into_bytes();
    edited[digit] = if edited[digit] == b'9' {
        b'8'
    } else {
        edited[digit] + 1
    };
    std::fs::write(&article, &edited).unwrap();
    set_time(&article);
    let after = same_as_cold(suite.path(), folder.path());
    assert!(after.decided > 0, "{after:?}");
}

/// The outputs of a run of the suite at `root` writing `outputs` (each a format, coloured or
/// not), with `cache` or cold; and how many claim files the run wrote from their pieces
/// rendered ahead, their claims left in the cache.
fn run_for(root: &Path, cache: Option<&Cache>, outputs: &[(Format, bool)]) -> (Vec<u8>, usize) {
    let config = Config::load(root).expect("a valid config");
    let options = RunOptions::for_output(outputs.iter().copied());
    let suite = Suite::load_cached_for(config, &[], cache, options).expect("valid claim files");
    let (report, _) = suite.run_with(options).expect("readable articles");
    let mut bytes = Vec::new();
    for (format, color) in outputs {
        factcheck::report::write(&report, *format, *color, &mut bytes).unwrap();
    }
    let from_pieces = report.files.iter().filter(|f| f.claims.is_empty()).count();
    (bytes, from_pieces)
}

/// [`run_for`] with the cache in `folder`, checked against a cold run; how many claim files
/// were written from their pieces.
fn pieces_as_cold(root: &Path, folder: &Path, outputs: &[(Format, bool)]) -> usize {
    let (cached, from_pieces) = run_for(root, Some(&cache_of(root, folder)), outputs);
    let (cold, none) = run_for(root, None, outputs);
    assert_eq!(none, 0, "a cold run writes every file from its claims");
    assert!(
        cached == cold,
        "the report written from pieces differs from a cold run's ({outputs:?})"
    );
    from_pieces
}

#[test]
fn files_answered_whole_are_written_from_their_pieces_as_a_cold_run_writes_them() {
    let suite = real_news();
    let root = suite.path();
    let folder = tempfile::tempdir().unwrap();
    let files = claim_files(root);
    let human = [(Format::Human, false)];
    let terminal = [(Format::Human, true)];
    let both = [(Format::Json, false), (Format::Human, false)];
    // The first run renders each file ahead and keeps the pieces; the next writes from them.
    assert_eq!(pieces_as_cold(root, folder.path(), &human), 0);
    assert_eq!(pieces_as_cold(root, folder.path(), &human), files);
    // A piece no run has kept yet (colour, JSON) is rendered from the claims, then kept.
    assert_eq!(pieces_as_cold(root, folder.path(), &terminal), 0);
    assert_eq!(pieces_as_cold(root, folder.path(), &both), 0);
    assert_eq!(pieces_as_cold(root, folder.path(), &both), files);
    assert_eq!(pieces_as_cold(root, folder.path(), &terminal), files);
    // A format written from the claims themselves decodes every file.
    let junit = [(Format::Human, false), (Format::Junit, false)];
    assert_eq!(pieces_as_cold(root, folder.path(), &junit), 0);
    // An edited article: the files naming it are written from their claims again.
    let article = common::files_under(&root.join("articles"), "txt")
        .into_iter()
        .next()
        .unwrap();
    let text = std::fs::read_to_string(&article).unwrap();
    std::fs::write(&article, format!("{text}\nA paragraph added.\n")).unwrap();
    let after = pieces_as_cold(root, folder.path(), &both);
    assert!(after > 0 && after < files, "{after} of {files}");
    assert_eq!(pieces_as_cold(root, folder.path(), &both), files);
    // A damaged cache is never written from.
    assert!(damage(folder.path()) > 0);
    let damaged = pieces_as_cold(root, folder.path(), &both);
    assert!(
        damaged < files,
        "a damaged entry was written from: {damaged} of {files}"
    );
    assert_eq!(pieces_as_cold(root, folder.path(), &both), files);
}

/// Flip one byte in the middle of each file under `folder`.
fn damage(folder: &Path) -> usize {
    let mut damaged = 0;
    for path in common::files_under(folder, "bin") {
        let mut bytes = std::fs::read(&path).unwrap();
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0x55;
        std::fs::write(&path, bytes).unwrap();
        damaged += 1;
    }
    damaged
}

#[test]
fn a_corrupt_cache_is_detected_and_rebuilt() {
    let suite = real_news();
    let folder = tempfile::tempdir().unwrap();
    same_as_cold(suite.path(), folder.path());
    assert!(damage(folder.path()) > 1);
    let damaged = same_as_cold(suite.path(), folder.path());
    assert!(
        damaged.cached_files < claim_files(suite.path()),
        "a damaged entry was trusted: {damaged:?}"
    );
    let rebuilt = same_as_cold(suite.path(), folder.path());
    assert_eq!(rebuilt.cached_files, claim_files(suite.path()));
    // Truncated to nothing, or replaced by something else entirely: cold, never wrong.
    for path in common::files_under(folder.path(), "bin") {
        std::fs::write(&path, b"factcheck-cache\n").unwrap();
    }
    assert_eq!(same_as_cold(suite.path(), folder.path()).cached_files, 0);
    for path in common::files_under(folder.path(), "bin") {
        std::fs::write(&path, b"not a cache at all").unwrap();
    }
    assert_eq!(same_as_cold(suite.path(), folder.path()).cached_files, 0);
}

#[test]
fn another_build_or_suite_does_not_share_entries() {
    let suite = TempSuite::copy_of_bundled();
    let folder = tempfile::tempdir().unwrap();
    same_as_cold(suite.path(), folder.path());
    // The same claim files under another suite root: other paths, other display names.
    let moved = tempfile::tempdir().unwrap();
    copy_tree(suite.path(), moved.path());
    let elsewhere = same_as_cold(moved.path(), folder.path());
    assert_eq!(elsewhere.cached_files, 0);
}

/// The folders of the builds whose entries the cache at `folder` keeps.
fn builds(folder: &Path) -> Vec<std::path::PathBuf> {
    let mut found: Vec<_> = std::fs::read_dir(folder.join("v5/builds"))
        .map(|listing| listing.flatten().map(|entry| entry.path()).collect())
        .unwrap_or_default();
    found.sort();
    found
}

#[test]
fn only_the_most_recently_used_builds_keep_entries() {
    let suite = TempSuite::copy_of_bundled();
    let folder = tempfile::tempdir().unwrap();
    // A cache of an older format is removed once a run writes.
    let old = folder.path().join("v1/entries");
    std::fs::create_dir_all(&old).unwrap();
    std::fs::write(old.join("00.bin"), b"factcheck-cache\n").unwrap();
    same_as_cold(suite.path(), folder.path());
    assert!(!folder.path().join("v1").exists());
    assert_eq!(builds(folder.path()).len(), 1);
    // Each config is another build's entries (as a rebuilt factcheck's are): past
    // `BUILDS`, the least recently used go.
    let mut seen = Vec::new();
    for alias in ["soldiers", "service members", "personnel", "forces"] {
        suite.edit(
            "factcheck.toml",
            "troops = [",
            &format!("troops = [\"{alias}\", "),
        );
        let stats = same_as_cold(suite.path(), folder.path());
        assert_eq!(stats.cached_files, 0, "another build's entries were used");
        let now = builds(folder.path());
        seen.extend(
            now.iter()
                .filter(|b| !seen.contains(*b))
                .cloned()
                .collect::<Vec<_>>(),
        );
        assert!(now.len() <= factcheck::cache::BUILDS, "{now:?}");
    }
    assert_eq!(seen.len(), 5);
    assert_eq!(builds(folder.path()).len(), factcheck::cache::BUILDS);
    // The build run last is among those kept, and answers from its entries.
    let again = same_as_cold(suite.path(), folder.path());
    assert_eq!(again.cached_files, claim_files(suite.path()));
}

#[test]
fn runs_sharing_a_cache_at_once_leave_it_whole() {
    let suite = real_news();
    let folder = tempfile::tempdir().unwrap();
    let cold = common::factcheck(suite.path(), &["check", "--no-cache", "--format", "json"]);
    let shown = folder.path().display().to_string();
    for _ in 0..2 {
        let runs: Vec<_> = (0..4)
            .map(|_| {
                std::process::Command::new(env!("CARGO_BIN_EXE_factcheck"))
                    .args(["check", "--format", "json", "--cache", &shown])
                    .current_dir(suite.path())
                    .stdout(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for run in runs {
            let output = run.wait_with_output().unwrap();
            assert_eq!(
                output.stdout, cold.stdout,
                "a concurrent run's report differs"
            );
        }
    }
    let (_, stats) = run(suite.path(), Some(&cache_of(suite.path(), folder.path())));
    assert_eq!(stats.cached_files, claim_files(suite.path()));
}

#[test]
fn the_command_line_chooses_the_cache() {
    let suite = TempSuite::copy_of_bundled();
    let folder = suite.path().join("my-cache");
    let shown = folder.display().to_string();
    let cold = suite.run(&["check", "--no-cache"]);
    assert!(!folder.exists());
    for _ in 0..2 {
        let cached = suite.run(&["check", "--cache", &shown]);
        assert_eq!(cached.stdout, cold.stdout);
        assert_eq!(cached.status.code(), Some(0));
    }
    assert!(folder.join("CACHEDIR.TAG").is_file());
    assert_eq!(builds(&folder).len(), 1);
    assert!(builds(&folder)[0].join("status.bin").is_file());
    let conflict = suite.run(&["check", "--cache", &shown, "--no-cache"]);
    assert_eq!(conflict.status.code(), Some(2));
    // FACTCHECK_CACHE names the folder, or turns the cache off.
    let named = suite.path().join("from-env");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .arg("check")
        .current_dir(suite.path())
        .env("FACTCHECK_CACHE", &named)
        .output()
        .unwrap();
    assert_eq!(output.stdout, cold.stdout);
    assert!(named.join("CACHEDIR.TAG").is_file());
    let off = std::process::Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .args(["check"])
        .current_dir(suite.path())
        .env("FACTCHECK_CACHE", "off")
        .env("CARGO_TARGET_DIR", suite.path().join("target"))
        .output()
        .unwrap();
    assert_eq!(off.stdout, cold.stdout);
    assert!(
        !suite.path().join("target").exists(),
        "FACTCHECK_CACHE=off wrote a cache"
    );
}

#[test]
fn a_filtered_run_uses_the_cache_and_keeps_nothing_partial() {
    let suite = TempSuite::copy_of_bundled();
    let folder = tempfile::tempdir().unwrap();
    let shown = folder.path().display().to_string();
    let filtered = suite.run(&["check", "--cache", &shown, "--filter", "pentagon-*"]);
    let cold_filtered = suite.run(&["check", "--no-cache", "--filter", "pentagon-*"]);
    assert_eq!(filtered.stdout, cold_filtered.stdout);
    // The filtered run kept no entry: the whole run is cold, then whole from the cache.
    let (_, stats) = run(suite.path(), Some(&cache_of(suite.path(), folder.path())));
    assert_eq!(stats.cached_files, 0);
    assert!(
        common::stdout(&filtered).contains("pentagon-"),
        "the filter names claims"
    );
    let again = suite.run(&["check", "--cache", &shown, "--filter", "pentagon-*"]);
    assert_eq!(again.stdout, cold_filtered.stdout);
}

/// `factcheck check ARGS` in `suite` with the cache in `folder` (none: `--no-cache`): exit
/// code, stdout, stderr.
fn check(suite: &TempSuite, folder: Option<&Path>, args: &[&str]) -> (Option<i32>, String, String) {
    let shown = folder.map(|f| f.display().to_string());
    let mut all = match &shown {
        Some(shown) => vec!["check", "--cache", shown.as_str()],
        None => vec!["check", "--no-cache"],
    };
    all.extend_from_slice(args);
    let output = suite.run(&all);
    (
        output.status.code(),
        common::stdout(&output),
        common::stderr(&output),
    )
}

fn cli(suite: &TempSuite, folder: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    check(suite, Some(folder), args)
}

fn cold_cli(suite: &TempSuite, args: &[&str]) -> (Option<i32>, String, String) {
    check(suite, None, args)
}

#[test]
fn the_same_command_on_unchanged_files_gives_the_same_outputs_and_an_edit_is_seen() {
    let suite = TempSuite::copy_of_bundled();
    let folder = tempfile::tempdir().unwrap();
    let args = ["--junit", "junit.xml", "--format", "json"];
    let first = cli(&suite, folder.path(), &args);
    let junit = std::fs::read(suite.path().join("junit.xml")).unwrap();
    // The whole run is kept, and given again: report files written again too.
    std::fs::remove_file(suite.path().join("junit.xml")).unwrap();
    let again = cli(&suite, folder.path(), &args);
    assert_eq!(again, first);
    assert_eq!(
        std::fs::read(suite.path().join("junit.xml")).unwrap(),
        junit
    );
    assert_eq!(
        common::files_under(&folder.path().join("v5/runs"), "bin").len(),
        1
    );
    // Each kind of edit: the outputs are a cold run's.
    let edits: [(&str, &str, &str); 3] = [
        ("articles/nbc-russia-belarus-drills.txt", "30,000", "40,000"),
        (
            "claims/ukraine-crisis-diplomacy.toml",
            "[[claim]]",
            "[[claim]]\n# edited",
        ),
        (
            "factcheck.toml",
            "troops = [",
            "troops = [\"service members\", ",
        ),
    ];
    for (file, from, to) in edits {
        suite.edit(file, from, to);
        let cached = cli(&suite, folder.path(), &args);
        let cold = cold_cli(&suite, &args);
        assert_eq!(cached, cold, "after editing {file}");
        assert_eq!(
            cli(&suite, folder.path(), &args),
            cold,
            "again after {file}"
        );
    }
    assert_ne!(
        first.1,
        cold_cli(&suite, &args).1,
        "the edits changed the report"
    );
    // A new article changes which articles names resolve to.
    suite.write(
        "articles/new-story.txt",
        "A new story with 12 words in it.\n",
    );
    assert_eq!(cli(&suite, folder.path(), &args), cold_cli(&suite, &args));
}

#[test]
fn a_run_with_warnings_shows_them_every_time() {
    let suite = TempSuite::copy_of_bundled();
    suite.write("articles/notes.pdf", "not an article");
    let folder = tempfile::tempdir().unwrap();
    let cold = cold_cli(&suite, &[]);
    assert!(cold.2.contains("notes.pdf"), "{}", cold.2);
    for _ in 0..2 {
        assert_eq!(cli(&suite, folder.path(), &[]), cold);
    }
}

#[test]
fn other_options_are_other_runs() {
    let suite = TempSuite::copy_of_bundled();
    let folder = tempfile::tempdir().unwrap();
    for args in [
        &[][..],
        &["--format", "json"],
        &["--format", "markdown"],
        &[],
    ] {
        assert_eq!(
            cli(&suite, folder.path(), args),
            cold_cli(&suite, args),
            "{args:?}"
        );
    }
    assert_eq!(
        common::files_under(&folder.path().join("v5/runs"), "bin").len(),
        3
    );
}

#[test]
fn a_cache_that_cannot_be_written_only_makes_runs_cold() {
    let suite = TempSuite::copy_of_bundled();
    let cold = suite.run(&["check", "--no-cache"]);
    // A file where the folder should be: nothing can be read or written there.
    suite.write("blocked", "not a folder");
    for _ in 0..2 {
        let run = suite.run(&["check", "--cache", "blocked/cache"]);
        assert_eq!(run.stdout, cold.stdout);
        assert_eq!(run.status.code(), Some(0));
        assert!(common::stderr(&run).is_empty(), "{}", common::stderr(&run));
    }
    assert_eq!(
        std::fs::read_to_string(suite.path().join("blocked")).unwrap(),
        "not a folder"
    );
}
