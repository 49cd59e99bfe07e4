//! Helpers shared by the integration tests: temporary suites and running the binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root (this crate's manifest folder).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The files under `dir`, at any depth, whose extension is `extension`, sorted.
pub fn files_under(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == extension) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// A temporary suite with a copy of the bundled articles and the given files.
pub struct TempSuite {
    pub dir: tempfile::TempDir,
}

impl TempSuite {
    /// A suite holding copies of the bundled articles and no claims.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("claims")).unwrap();
        std::fs::create_dir_all(dir.path().join("articles")).unwrap();
        for entry in std::fs::read_dir(repo().join("articles")).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(
                entry.path(),
                dir.path().join("articles").join(entry.file_name()),
            )
            .unwrap();
        }
        TempSuite { dir }
    }

    /// A suite that is a copy of this repository's own (config, articles, claims).
    pub fn copy_of_bundled() -> Self {
        let suite = TempSuite::new();
        std::fs::copy(
            repo().join("factcheck.toml"),
            suite.path().join("factcheck.toml"),
        )
        .unwrap();
        for entry in std::fs::read_dir(repo().join("claims")).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(
                entry.path(),
                suite.path().join("claims").join(entry.file_name()),
            )
            .unwrap();
        }
        suite
    }

    /// A copy of the bundled suite with its accepted snapshots.
    pub fn copy_of_bundled_with_snapshots() -> Self {
        let suite = TempSuite::copy_of_bundled();
        std::fs::create_dir_all(suite.path().join("snapshots")).unwrap();
        for entry in std::fs::read_dir(repo().join("snapshots")).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(
                entry.path(),
                suite.path().join("snapshots").join(entry.file_name()),
            )
            .unwrap();
        }
        suite
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Write `contents` to `relative` (folders made as needed).
    pub fn write(&self, relative: &str, contents: impl AsRef<[u8]>) -> &Self {
        let path = self.path().join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
        self
    }

    /// Replace `from` by `to` in the file `relative`, which must contain it.
    pub fn edit(&self, relative: &str, from: &str, to: &str) {
        let path = self.path().join(relative);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{relative} does not contain {from:?}");
        std::fs::write(path, text.replacen(from, to, 1)).unwrap();
    }

    /// Run `factcheck ARGS` in the suite, without colour.
    pub fn run(&self, args: &[&str]) -> Output {
        factcheck(self.path(), args)
    }
}

/// Run the factcheck binary in `dir`.
pub fn factcheck(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .args(args)
        .current_dir(dir)
        .env_remove("CLICOLOR_FORCE")
        .env_remove("GITHUB_ACTIONS")
        .env("NO_COLOR", "1")
        .output()
        .expect("the factcheck binary runs")
}

/// The human report of a `check` run in which every claim passed (exit 0, a summary of
/// `ok. N passed; 0 failed`), and N; panics with the report otherwise.
pub fn all_passed(output: &Output) -> (String, usize) {
    let text = stdout(output);
    assert_eq!(output.status.code(), Some(0), "{text}{}", stderr(output));
    let summary = text.lines().last().unwrap_or_default();
    assert!(
        summary.starts_with("test result: ok.") && summary.ends_with(" 0 failed"),
        "{summary}"
    );
    let passed = summary
        .split_whitespace()
        .nth(3)
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    (text, passed)
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// A set of owned strings, to compare against what a run reports.
pub fn set(items: &[&str]) -> std::collections::BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// The JSON of the HTML report's `<script type="application/json" id="ID">` block: the
/// claims (`report-data`) or an article's marked-up text (`article-N`).
pub fn html_data_block(html: &str, id: &str) -> serde_json::Value {
    let open = format!("<script type=\"application/json\" id=\"{id}\">");
    let start = html.find(&open).expect("the data block") + open.len();
    let end = start + html[start..].find("</script>").expect("its end");
    serde_json::from_str(&html[start..end]).expect("the block is JSON")
}
