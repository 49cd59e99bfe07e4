//! `factcheck check --watch` re-runs exactly the claim files a change affects.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::TempSuite;

/// Lines of the child's output until one contains `needle`, waiting at most 30 seconds.
fn until(lines: &mpsc::Receiver<String>, needle: &str) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut seen = Vec::new();
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match lines.recv_timeout(left) {
            Ok(line) => {
                let found = line.contains(needle);
                seen.push(line);
                if found {
                    return seen;
                }
            }
            Err(_) => break,
        }
    }
    panic!(
        "no line with {needle:?} within 30 s; saw:\n{}",
        seen.join("\n")
    );
}

#[test]
fn watch_reruns_the_claim_files_a_change_affects() {
    let suite = TempSuite::copy_of_bundled();
    let mut child = Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .args(["--color", "never", "check", "--watch"])
        .current_dir(suite.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (sender, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    let first = until(&lines, "Watching");
    assert!(
        first
            .iter()
            .any(|l| l.starts_with("test result: ok. 79 passed")),
        "{first:?}"
    );

    suite.edit(
        "articles/nbc-russia-belarus-drills.txt",
        "up to 30,000 combat troops",
        "up to 31,000 combat troops",
    );
    let rerun = until(&lines, "test result:");
    let header = rerun
        .iter()
        .find(|l| l.contains("re-running"))
        .expect("a re-run header");
    assert!(
        header.contains("article nbc-russia-belarus-drills changed: re-running 2 claim file(s)"),
        "{header}"
    );
    assert!(
        rerun
            .iter()
            .any(|l| l == "claims/nbc-russia-belarus-drills.toml")
    );
    assert!(rerun.iter().any(|l| l == "claims/both-articles.toml"));
    assert!(
        !rerun
            .iter()
            .any(|l| l == "claims/ukraine-crisis-diplomacy.toml")
    );
    assert!(rerun.last().unwrap().contains("FAILED"), "{rerun:?}");

    suite.edit(
        "claims/ukraine-crisis-diplomacy.toml",
        "says = \"Kuleba urged sanctions\"",
        "says = \"Kuleba urged new sanctions\"",
    );
    let rerun = until(&lines, "test result:");
    assert!(
        rerun.iter().any(|l| l
            .contains("claims/ukraine-crisis-diplomacy.toml changed: re-running 1 claim file(s)")),
        "{rerun:?}"
    );
    assert!(
        rerun.last().unwrap().starts_with("test result: ok."),
        "{rerun:?}"
    );

    let _ = child.kill();
    let _ = child.wait();
}

/// Faults under `--watch`: a claim file half-written, then finished; an article renamed
/// away and back; a claim file deleted; `factcheck.toml` made invalid. Each is reported, and
/// the watch goes on.
#[test]
fn watch_reports_deleted_renamed_and_half_written_files_and_goes_on() {
    let suite = TempSuite::copy_of_bundled();
    let mut child = Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .args(["--color", "never", "check", "--watch"])
        .current_dir(suite.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (sender, lines) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    let errors = sender.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if errors.send(line).is_err() {
                break;
            }
        }
    });
    until(&lines, "Watching");

    // Half-written: the editor has saved the first half of a claim.
    let claim = "article = \"nbc-russia-belarus-drills\"\n\n[[claim]]\nsays = \"NATO estimate: 30,000 troops\"\n";
    suite.write("claims/new.toml", &claim[..claim.len() - 20]);
    let seen = until(&lines, "claims/new.toml:");
    assert!(
        seen.iter().any(|l| l.starts_with("error")),
        "a half-written file is an error: {seen:?}"
    );
    suite.write("claims/new.toml", claim);
    let seen = until(&lines, "test result:");
    assert!(
        seen.last()
            .unwrap()
            .starts_with("test result: ok. 1 passed"),
        "{seen:?}"
    );

    // Renamed away: the claims naming the article are errors at their lines.
    let articles = suite.path().join("articles");
    std::fs::rename(
        articles.join("ukraine-crisis-diplomacy.txt"),
        articles.join("renamed.txt"),
    )
    .unwrap();
    let seen = until(&lines, "unknown article `ukraine-crisis-diplomacy`");
    assert!(seen.iter().any(|l| l.starts_with("error")), "{seen:?}");
    // And back: the watch went on, and the claims pass again.
    std::fs::rename(
        articles.join("renamed.txt"),
        articles.join("ukraine-crisis-diplomacy.txt"),
    )
    .unwrap();
    let seen = until(&lines, "test result:");
    assert!(
        seen.last().unwrap().starts_with("test result: ok."),
        "{seen:?}"
    );

    // Deleted: named as removed.
    std::fs::remove_file(suite.path().join("claims/new.toml")).unwrap();
    let seen = until(&lines, "claims/new.toml (removed)");
    assert!(
        seen.last().unwrap().contains("re-running 0 claim file(s)"),
        "{seen:?}"
    );

    // An invalid config is shown, not silently replaced by the last good one.
    let config = std::fs::read_to_string(suite.path().join("factcheck.toml")).unwrap();
    suite.write("factcheck.toml", format!("artciles = \"news\"\n{config}"));
    let seen = until(&lines, "unknown key `artciles`");
    assert!(seen.iter().any(|l| l.starts_with("error")), "{seen:?}");
    suite.write("factcheck.toml", config);
    let seen = until(&lines, "test result:");
    assert!(
        seen.last().unwrap().starts_with("test result: ok."),
        "{seen:?}"
    );

    let _ = child.kill();
    let _ = child.wait();
}
