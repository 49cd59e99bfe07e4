//! The faults a CI machine meets: a closed pipe, a full disk, unreadable files and folders,
//! file names that are not UTF-8, patterns too large to compile. Each ends in a clear error
//! at its path (exit code 2) or quietly, never in a panic. (Atomic report files are held by
//! `tests/ci.rs`; files changing under `--watch` by `tests/watch.rs`.)

mod common;

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};

use common::{TempSuite, stderr};

fn no_panic(output: &std::process::Output) {
    let err = stderr(output);
    assert!(!err.contains("panicked"), "{err}");
    assert_ne!(output.status.code(), Some(101), "{err}");
}

/// `factcheck check | head -1`: the reader goes away before the report is written. The run
/// ends quietly with its verdict's exit code, as `cargo test | head` does.
#[test]
fn a_closed_pipe_ends_quietly() {
    let suite = TempSuite::copy_of_bundled();
    for args in [
        &["check"][..],
        &["check", "--format", "json"],
        &["extract", "articles/nbc-russia-belarus-drills.txt"],
        &["schema"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_factcheck"))
            .args(args)
            .current_dir(suite.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Close the reading end before the child writes a byte.
        drop(child.stdout.take());
        let mut err = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut err)
            .unwrap();
        let status = child.wait().unwrap();
        assert!(err.is_empty(), "{args:?}: {err}");
        assert!(matches!(status.code(), Some(0 | 1)), "{args:?}: {status}");
    }
}

/// Standard output on a full disk (`> /dev/full`) is an error saying so, exit code 2: the
/// output is incomplete, and a CI step must not pass on it.
#[test]
fn a_full_disk_on_standard_output_is_an_error() {
    if !Path::new("/dev/full").exists() {
        eprintln!("no /dev/full on this system: skipped");
        return;
    }
    let suite = TempSuite::copy_of_bundled();
    for args in [
        &["check"][..],
        &["check", "--format", "junit"],
        &["extract", "articles/nbc-russia-belarus-drills.txt"],
        &["schema", "--config"],
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_factcheck"))
            .args(args)
            .current_dir(suite.path())
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        no_panic(&output);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&output).contains("error: cannot write to standard output: No space left"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

/// A pattern whose compiled program would exceed the size limit is a diagnostic at its span
/// before anything is checked, not an out-of-memory and not a silent absence.
#[test]
fn a_pattern_too_large_to_compile_is_a_diagnostic() {
    let suite = TempSuite::copy_of_bundled();
    suite.write(
        "claims/big.toml",
        "article = \"nbc-russia-belarus-drills\"\n\n[[claim]]\nsays = \"huge\"\npattern = '\\w{1000}{1000}'\n\n[[claim]]\nsays = \"fine\"\npattern = 'NATO'\n",
    );
    let output = suite.run(&["check", "claims/big.toml"]);
    no_panic(&output);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains("error: `pattern` is too large to compile"),
        "{err}"
    );
    assert!(err.contains("--> claims/big.toml:5:11"), "{err}");
    assert!(
        err.contains("1 error in the input; nothing was checked"),
        "{err}"
    );
}

/// File names that are not UTF-8 are reported, not skipped silently: a claim file's is an
/// error (its tests and snapshot are named after it), an article's a warning (no claim can
/// name it). Both are shown with the bytes escaped, so two such names never look alike.
#[cfg(unix)]
#[test]
fn names_that_are_not_utf8_are_reported() {
    use std::os::unix::ffi::OsStrExt;
    let suite = TempSuite::copy_of_bundled();
    let claims = suite.path().join("claims");
    let articles = suite.path().join("articles");
    let latin1 = |dir: &Path, name: &[u8]| dir.join(std::ffi::OsStr::from_bytes(name));
    std::fs::write(
        latin1(&articles, b"caf\xe9.txt"),
        "A caf\u{e9} sold 5 cakes.",
    )
    .unwrap();
    std::fs::copy(
        claims.join("both-articles.toml"),
        latin1(&claims, b"r\xe9sum\xe9.toml"),
    )
    .unwrap();
    let output = suite.run(&["check"]);
    no_panic(&output);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains(
            "error: the claim file `claims/r\\xE9sum\\xE9.toml` has a name that is not UTF-8"
        ),
        "{err}"
    );
    assert!(
        err.contains(
            "warning: `articles/caf\\xE9.txt` is not read as an article: its name is not UTF-8"
        ),
        "{err}"
    );

    // The article alone is a warning: the rest of the suite is checked.
    std::fs::remove_file(latin1(&claims, b"r\xe9sum\xe9.toml")).unwrap();
    let output = suite.run(&["check"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stderr(&output).contains("articles/caf\\xE9.txt"));
}

/// Files and folders that cannot be read (permissions) are each a diagnostic at their path,
/// all reported at once. Permissions do not bind root, so as root the command runs as the
/// `nobody` user (util-linux's `setpriv`).
#[cfg(unix)]
#[test]
fn unreadable_files_and_folders_are_diagnostics_at_their_paths() {
    use std::os::unix::fs::PermissionsExt;
    let suite = TempSuite::copy_of_bundled();
    let root = suite.path();
    let locked = |path: &Path| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o000)).unwrap()
    };
    std::fs::set_permissions(root, std::fs::Permissions::from_mode(0o755)).unwrap();
    for folder in ["claims/private", "articles/private"] {
        std::fs::create_dir_all(root.join(folder)).unwrap();
    }
    suite.write(
        "claims/private/x.toml",
        "article = \"ukraine-crisis-diplomacy\"\n",
    );
    locked(&root.join("claims/private"));
    locked(&root.join("articles/private"));
    locked(&root.join("claims/ukraine-crisis-diplomacy.toml"));
    locked(&root.join("articles/nbc-russia-belarus-drills.txt"));

    let mut command = Command::new(env!("CARGO_BIN_EXE_factcheck"));
    if is_root() {
        if Command::new("setpriv").arg("--version").output().is_err() {
            eprintln!("running as root without setpriv: skipped");
            return;
        }
        command = Command::new("setpriv");
        command.args(["--reuid=65534", "--regid=65534", "--clear-groups"]);
        command.arg(env!("CARGO_BIN_EXE_factcheck"));
        // The binary must be reachable by `nobody`: target/ is world-readable by default.
    }
    let output = command
        .args(["--color", "never", "check"])
        .current_dir(root)
        .output()
        .unwrap();
    no_panic(&output);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{err}");
    for expected in [
        "error: cannot read the folder `claims/private`: Permission denied",
        "error: cannot read `claims/ukraine-crisis-diplomacy.toml`: Permission denied",
        "warning: cannot read the folder `articles/private`: Permission denied",
    ] {
        assert!(err.contains(expected), "{expected}\n{err}");
    }

    // With the claim files readable, the unreadable article is the error.
    std::fs::set_permissions(
        root.join("claims/private"),
        PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    std::fs::remove_dir_all(root.join("claims/private")).unwrap();
    std::fs::set_permissions(
        root.join("claims/ukraine-crisis-diplomacy.toml"),
        PermissionsExt::from_mode(0o644),
    )
    .unwrap();
    let output = command.output().unwrap();
    no_panic(&output);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{err}");
    assert!(
        err.contains(
            "error: cannot read `articles/nbc-russia-belarus-drills.txt`: Permission denied"
        ),
        "{err}"
    );
    // Put things back so the temporary folder can be removed.
    std::fs::set_permissions(
        root.join("articles/private"),
        PermissionsExt::from_mode(0o755),
    )
    .unwrap();
}

#[cfg(unix)]
fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// The files of `dir` at any depth, with their bytes and modification times.
fn snapshot(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>, std::time::SystemTime)> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let modified = entry.metadata().unwrap().modified().unwrap();
                files.push((path.clone(), std::fs::read(&path).unwrap(), modified));
            }
        }
    }
    files.sort();
    files
}

/// factcheck never writes its inputs: after runs that pass, fail, hit input errors and
/// write every report, the suite's folders hold the same files with the same bytes and
/// times (reports go where they are asked to, here outside the inputs).
#[test]
fn inputs_are_never_written() {
    let suite = TempSuite::copy_of_bundled();
    suite.edit(
        "claims/ukraine-crisis-diplomacy.toml",
        "says = \"Kuleba urged sanctions\"",
        "says = \"Kuleba urged no sanctions\"\ntext = \"no sanctions\"",
    );
    let before = snapshot(suite.path());
    let out = tempfile::tempdir().unwrap();
    let report = |name: &str| out.path().join(name).display().to_string();
    let (json, junit, html) = (report("r.json"), report("r.xml"), report("r.html"));
    for args in [
        vec!["check"],
        vec!["check", "--json", &json, "--junit", &junit, "--html", &html],
        vec!["check", "--format", "markdown"],
        vec!["extract", "articles/nbc-russia-belarus-drills.txt"],
        vec!["check", "claims/no-such.toml"],
    ] {
        let output = suite.run(&args);
        no_panic(&output);
    }
    assert!(snapshot(suite.path()) == before, "an input changed");
}

/// Patterns run in time linear in the article: `(a+)+$`, which a backtracking engine takes
/// exponential time over, returns at once (the `regex` crate has no backtracking). No
/// timing is asserted; a backtracking engine would not finish.
#[test]
fn catastrophic_patterns_finish() {
    let suite = TempSuite::new();
    suite.write("articles/a.txt", format!("{}b", "a".repeat(50_000)));
    suite.write(
        "claims/a.toml",
        "article = \"a\"\n\n[[claim]]\nsays = \"runs of a\"\npattern = '(a+)+$'\nexpect = \"absent\"\n\n[[claim]]\nsays = \"nested\"\npattern = '(a|aa)+c'\nexpect = \"absent\"\n",
    );
    let output = suite.run(&["check"]);
    no_panic(&output);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}
