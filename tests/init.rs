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
        message.contains("already has one of the files init writes: `claims/example.toml`"),
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

/// Without a source flag, the suite depends on the checkout this binary was built from, and
/// init says so.
#[test]
fn init_depends_on_the_checkout_it_was_built_from_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let output = factcheck(dir.path(), &["init", "desk"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let manifest = std::fs::read_to_string(dir.path().join("desk/Cargo.toml")).unwrap();
    let expected = format!("factcheck = {{ path = \"{}\" }}", repo().display());
    assert!(manifest.contains(&expected), "{manifest}");
    assert!(
        stdout(&output).contains(&format!(
            "depends on factcheck at path {}",
            repo().display()
        )),
        "{}",
        stdout(&output)
    );
    let output = factcheck(dir.path(), &["init", "registry", "--from-registry"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let manifest = std::fs::read_to_string(dir.path().join("registry/Cargo.toml")).unwrap();
    assert!(manifest.contains(&format!("factcheck = \"{}\"", env!("CARGO_PKG_VERSION"))));
    let output = factcheck(
        dir.path(),
        &["init", "git", "--git", "https://example.org/factcheck.git"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let manifest = std::fs::read_to_string(dir.path().join("git/Cargo.toml")).unwrap();
    assert!(manifest.contains("factcheck = { git = \"https://example.org/factcheck.git\" }"));
    let output = factcheck(
        dir.path(),
        &["init", "both", "--git", "x", "--from-registry"],
    );
    assert_eq!(output.status.code(), Some(2), "one source at a time");
}

/// Re-running init on a suite it made is one error; `--force` rewrites only the files init
/// wrote that nobody changed, adds missing ones (the workflow of `--ci github`), and keeps
/// the user's edits.
#[test]
fn rerunning_init_is_one_error_and_force_never_overwrites_the_users_edits() {
    let dir = tempfile::tempdir().unwrap();
    let output = factcheck(dir.path(), &["init", "desk"]);
    assert_eq!(output.status.code(), Some(0));
    let desk = dir.path().join("desk");
    let output = factcheck(dir.path(), &["init", "desk"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert_eq!(message.matches("error:").count(), 2, "{message}");
    assert!(
        message.contains("already holds a suite made by factcheck init"),
        "{message}"
    );
    std::fs::write(desk.join("claims/example.toml"), "# my claims\n").unwrap();
    let output = factcheck(
        dir.path(),
        &[
            "init",
            "desk",
            "--force",
            "--git",
            "https://example.org/f.git",
            "--ci",
            "github",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("  Cargo.toml\n"), "{text}");
    assert!(
        text.contains("  .github/workflows/factcheck.yml\n"),
        "{text}"
    );
    assert!(
        text.contains("  kept claims/example.toml (changed since"),
        "{text}"
    );
    assert_eq!(
        std::fs::read_to_string(desk.join("claims/example.toml")).unwrap(),
        "# my claims\n"
    );
    let manifest = std::fs::read_to_string(desk.join("Cargo.toml")).unwrap();
    assert!(manifest.contains("git = \"https://example.org/f.git\""));
    // The workflow uses this repository's action, at this version.
    let workflow = std::fs::read_to_string(desk.join(".github/workflows/factcheck.yml")).unwrap();
    let repository = env!("CARGO_PKG_REPOSITORY").trim_start_matches("https://github.com/");
    assert!(
        workflow.contains(&format!(
            "uses: {repository}@v{}",
            env!("CARGO_PKG_VERSION")
        )),
        "{workflow}"
    );
    assert!(repo().join("action.yml").is_file());
    // Without the record of what init wrote, nothing counts as init's: --force keeps all.
    std::fs::remove_file(desk.join(".factcheck-init.toml")).unwrap();
    std::fs::write(desk.join("Cargo.toml"), "[package]\nname = \"mine\"\n").unwrap();
    let output = factcheck(dir.path(), &["init", "desk", "--force"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(desk.join("Cargo.toml")).unwrap(),
        "[package]\nname = \"mine\"\n"
    );
}
