//! `factcheck init` scaffolds a suite that passes `cargo test` at once, and never
//! overwrites a file.

mod common;

use common::{factcheck, repo, stderr, stdout};

#[test]
fn scaffold_passes_cargo_test_offline() {
    let dir = tempfile::tempdir().unwrap();
    let suite = dir.path().join("desk");
    let repo_path = repo().display().to_string();
    let output = factcheck(dir.path(), &["init", "desk", "--path", &repo_path]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    for file in [
        "Cargo.toml",
        "factcheck.toml",
        "articles/example.txt",
        "claims/example.toml",
        "tests/claims.rs",
        "snapshots/example.snap",
        "README.md",
    ] {
        assert!(suite.join(file).is_file(), "{file} was not written");
    }
    // Its own target folder: this test runs inside `cargo test`, which holds ours.
    let test = std::process::Command::new(env!("CARGO"))
        .args(["test", "--offline", "--quiet"])
        .current_dir(&suite)
        .env("CARGO_TARGET_DIR", repo().join("target/scaffold"))
        .env("CI", "true")
        .env_remove("FACTCHECK_ROOT")
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&test.stdout);
    assert!(
        test.status.success(),
        "{out}\n{}",
        String::from_utf8_lossy(&test.stderr)
    );
    assert!(out.contains("10 passed; 0 failed"), "{out}");
    assert!(!suite.join("snapshots/example.snap.new").exists());
}

#[test]
fn init_never_overwrites_and_writes_nothing_when_a_file_exists() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("claims")).unwrap();
    std::fs::write(dir.path().join("claims/example.toml"), "# mine\n").unwrap();
    let output = factcheck(dir.path(), &["init"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains("claims/example.toml` already exists"),
        "{message}"
    );
    assert!(message.contains("nothing was written"), "{message}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("claims/example.toml")).unwrap(),
        "# mine\n"
    );
    assert!(!dir.path().join("Cargo.toml").exists());
    let _ = stdout(&output);
}
