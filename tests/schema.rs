//! The committed JSON Schemas (`factcheck.schema.json` for claim files,
//! `factcheck.config.schema.json` for `factcheck.toml`) accept every bundled file, reject what
//! the parser rejects, are named by correct `#:schema` lines, and read well in Taplo: one
//! error at the line of a misspelt key or of a claim's second kind key.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{factcheck, files_under, repo, stderr};

const CLAIMS_SCHEMA: &str = "factcheck.schema.json";
const CONFIG_SCHEMA: &str = "factcheck.config.schema.json";

/// A compiled schema, read from its committed file.
struct Validator {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
}

impl Validator {
    fn new(file: &str) -> Self {
        let text = std::fs::read_to_string(repo().join(file)).unwrap();
        let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
        let mut schemas = boon::Schemas::new();
        let mut compiler = boon::Compiler::new();
        compiler.add_resource(file, schema).unwrap();
        let index = compiler.compile(file, &mut schemas).unwrap();
        Validator { schemas, index }
    }

    fn rejects_all(&self, bad: &[&str]) {
        for bad in bad {
            assert!(self.accepts(bad).is_err(), "accepted: {bad}");
        }
    }

    fn accepts(&self, toml_text: &str) -> Result<(), String> {
        let instance: serde_json::Value = toml::from_str(toml_text).expect("valid TOML");
        self.schemas
            .validate(&instance, self.index)
            .map_err(|error| format!("{error:#}"))
    }
}

/// Every bundled claim file: the repository's, the fixtures' and the scaffold's example.
fn bundled_claim_files() -> Vec<PathBuf> {
    let mut files = files_under(&repo().join("claims"), "toml");
    for fixture in std::fs::read_dir(repo().join("tests/fixtures")).unwrap() {
        let claims = fixture.unwrap().path().join("claims");
        if claims.is_dir() {
            files.extend(files_under(&claims, "toml"));
        }
    }
    assert!(files.len() > 20, "found only {files:?}");
    files.push(repo().join("src/scaffold/example.toml"));
    files
}

/// Every bundled `factcheck.toml`.
fn bundled_configs() -> Vec<PathBuf> {
    let mut files = vec![
        repo().join("factcheck.toml"),
        repo().join("src/scaffold/factcheck.toml"),
    ];
    for fixture in std::fs::read_dir(repo().join("tests/fixtures")).unwrap() {
        let config = fixture.unwrap().path().join("factcheck.toml");
        if config.is_file() {
            files.push(config);
        }
    }
    files
}

#[test]
fn bundled_files_validate_against_their_committed_schema() {
    for (schema, files) in [
        (CLAIMS_SCHEMA, bundled_claim_files()),
        (CONFIG_SCHEMA, bundled_configs()),
    ] {
        let validator = Validator::new(schema);
        for path in files {
            if let Err(error) = validator.accepts(&std::fs::read_to_string(&path).unwrap()) {
                panic!("{} against {schema}: {error}", path.display());
            }
        }
    }
}

#[test]
fn the_claims_schema_rejects_unknown_keys_bad_values_and_two_kinds() {
    let validator = Validator::new(CLAIMS_SCHEMA);
    validator.rejects_all(&[
        "[[claim]]\nsays = \"x\"\nqoute = \"y\"\n",
        "[[claim]]\nsays = \"x\"\nwithin = \"para\"\n",
        "[[claim]]\ntext = \"no says\"\n",
        "articel = \"x\"\n",
        "[[claim]]\nsays = \"x\"\ntolerance = \"five\"\n",
        "[[claim]]\nsays = \"x\"\nquote = \"y\"\ntext = \"z\"\n",
        "[[claim]]\nsays = \"x\"\npattern = \"y\"\nquantity = \"3\"\n",
        // A config is not a claim file.
        "articles = \"articles\"\n",
    ]);
    for kind in ["quantity", "date", "quote", "text", "pattern"] {
        let one = format!("[[claim]]\nsays = \"x\"\n{kind} = \"3\"\n");
        assert_eq!(validator.accepts(&one), Ok(()), "{one}");
    }
}

#[test]
fn the_config_schema_rejects_unknown_keys_and_claim_files() {
    Validator::new(CONFIG_SCHEMA).rejects_all(&[
        "article = \"x\"\n",
        "[aliases]\nPentagon = 5\n",
        "[[claim]]\nsays = \"x\"\n",
    ]);
}

/// The path a file's first line `#:schema PATH` names, resolved from the file's folder.
fn schema_line(path: &Path) -> Option<PathBuf> {
    let text = std::fs::read_to_string(path).unwrap();
    let named = text.lines().next()?.strip_prefix("#:schema ")?;
    Some(path.parent().unwrap().join(named.trim()))
}

fn same_file(named: &Path, expected: &Path) -> bool {
    named.canonicalize().ok() == expected.canonicalize().ok()
}

#[test]
fn schema_lines_name_the_right_schema() {
    // A claim file or config that carries a line must name its own schema; the scaffold's
    // are checked where `init` puts them, below.
    for (schema, files) in [
        (CLAIMS_SCHEMA, bundled_claim_files()),
        (CONFIG_SCHEMA, bundled_configs()),
    ] {
        for path in files.iter().filter(|p| !p.starts_with(repo().join("src"))) {
            if let Some(named) = schema_line(path) {
                assert!(
                    same_file(&named, &repo().join(schema)),
                    "{}: `#:schema` names {}, not {schema}",
                    path.display(),
                    named.display()
                );
            }
        }
    }
    for path in ["factcheck.toml", "claims/nbc-russia-belarus-drills.toml"] {
        assert!(schema_line(&repo().join(path)).is_some(), "{path}");
    }
}

#[test]
fn init_writes_the_schemas_its_files_name() {
    let dir = tempfile::tempdir().unwrap();
    let output = factcheck(dir.path(), &["init"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    for (file, schema) in [
        ("claims/example.toml", CLAIMS_SCHEMA),
        ("factcheck.toml", CONFIG_SCHEMA),
    ] {
        let named = schema_line(&dir.path().join(file))
            .unwrap_or_else(|| panic!("{file} has no `#:schema` line"));
        assert!(
            same_file(&named, &dir.path().join(schema)),
            "{file} names {}",
            named.display()
        );
        assert_eq!(
            std::fs::read_to_string(&named).unwrap(),
            std::fs::read_to_string(repo().join(schema)).unwrap(),
            "{schema}"
        );
    }
}

/// Taplo's CLI (npm's `@taplo/cli`): on `PATH`, or in the repository's `node_modules`. Absent,
/// the Taplo tests skip, except under `CI=true`, where they fail.
fn taplo() -> Option<PathBuf> {
    let local = repo().join("node_modules/.bin/taplo");
    let found = std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|dir| dir.join("taplo"))
        .chain([local])
        .find(|path| path.is_file());
    if found.is_none() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "taplo is not installed (`npm install -g @taplo/cli`), and CI=true"
        );
        eprintln!("skipped: taplo not found on PATH or in node_modules/.bin");
    }
    found
}

/// Taplo's errors for `text` as a claim file that names the claims schema, one string per
/// error: its message, location and source lines.
fn taplo_errors(taplo: &Path, text: &str) -> Vec<String> {
    let suite = tempfile::tempdir().unwrap();
    std::fs::copy(repo().join(CLAIMS_SCHEMA), suite.path().join(CLAIMS_SCHEMA)).unwrap();
    std::fs::create_dir_all(suite.path().join("claims")).unwrap();
    let file = suite.path().join("claims/x.toml");
    std::fs::write(&file, format!("#:schema ../{CLAIMS_SCHEMA}\n{text}")).unwrap();
    let output = Command::new(taplo)
        .args(["--colors", "never", "lint", "--no-auto-config"])
        .arg(&file)
        .env("RUST_LOG", "error")
        .output()
        .expect("taplo runs");
    let report = String::from_utf8_lossy(&output.stderr);
    let mut errors: Vec<String> = Vec::new();
    for line in report.lines() {
        if line.starts_with("error: ") {
            errors.push(String::new());
        }
        if let Some(error) = errors.last_mut() {
            error.push_str(line);
            error.push('\n');
        }
    }
    assert_eq!(output.status.success(), errors.is_empty(), "{report}");
    errors
}

#[test]
fn taplo_reports_a_misspelt_key_once_at_its_line() {
    let Some(taplo) = taplo() else { return };
    let errors = taplo_errors(&taplo, "[[claim]]\nsays = \"x\"\nqoute = \"y\"\n");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].contains("an unknown key"), "{}", errors[0]);
    assert!(errors[0].contains("x.toml:4:9"), "{}", errors[0]);
    assert!(errors[0].contains("│ qoute = \"y\""), "{}", errors[0]);
}

#[test]
fn taplo_reports_a_second_kind_key_once_at_its_line() {
    let Some(taplo) = taplo() else { return };
    let errors = taplo_errors(
        &taplo,
        "[[claim]]\nsays = \"x\"\nquote = \"y\"\nabout = [\"a\", \"b\"]\ntext = \"z\"\n",
    );
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].contains("a second kind key"), "{}", errors[0]);
    assert!(errors[0].contains("│ text = \"z\""), "{}", errors[0]);
}

#[test]
fn taplo_accepts_the_bundled_files_by_their_schema_lines() {
    let Some(taplo) = taplo() else { return };
    let output = Command::new(taplo)
        .args(["--colors", "never", "lint", "--no-auto-config"])
        // The scaffold's lines name schemas `init` writes beside them, not in `src/`.
        .args(
            bundled_claim_files()
                .iter()
                .chain(&bundled_configs())
                .filter(|p| !p.starts_with(repo().join("src"))),
        )
        .env("RUST_LOG", "error")
        .output()
        .expect("taplo runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
