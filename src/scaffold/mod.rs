//! `factcheck init`: a new suite repository that passes `cargo test` at once.
//!
//! The scaffold is a crate with a dev-dependency on factcheck, a commented example claim
//! file covering every claim kind, an example article, the three-line harness, and the
//! accepted snapshot of the example's report. It never overwrites a file: if any file it
//! would write exists, it writes nothing and names them all.

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diagnostic::{Diagnostic, InputErrors};
use crate::report::human;
use crate::schema::Schema;
use crate::suite::Suite;

const EXAMPLE_ARTICLE: &str = include_str!("example.txt");
const EXAMPLE_CLAIMS: &str = include_str!("example.toml");
const CONFIG: &str = include_str!("factcheck.toml");
const HARNESS: &str = include_str!("claims.rs");
const README: &str = include_str!("README.md");
const LIB: &str =
    "//! A factcheck suite: claims in `claims/` about `articles/`, run by `tests/claims.rs`.\n";
const GITIGNORE: &str = "/target\n*.snap.new\n";

/// Where the scaffold's factcheck dependency comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dependency {
    /// crates.io, at this version.
    Registry(String),
    /// A local checkout of factcheck (for testing factcheck itself).
    Path(PathBuf),
}

impl Default for Dependency {
    fn default() -> Self {
        Dependency::Registry(env!("CARGO_PKG_VERSION").to_string())
    }
}

/// Scaffold a suite in `dir` (made if missing). Returns the files written, relative to `dir`.
pub fn init(dir: &Path, dependency: &Dependency) -> Result<Vec<String>, InputErrors> {
    let name = crate_name(dir);
    let manifest = manifest(&name, dependency);
    let files: Vec<(&str, &str)> = vec![
        ("Cargo.toml", &manifest),
        ("factcheck.toml", CONFIG),
        ("factcheck.schema.json", Schema::ClaimFile.text()),
        ("factcheck.config.schema.json", Schema::Config.text()),
        ("README.md", README),
        (".gitignore", GITIGNORE),
        ("src/lib.rs", LIB),
        ("articles/example.txt", EXAMPLE_ARTICLE),
        ("claims/example.toml", EXAMPLE_CLAIMS),
        ("tests/claims.rs", HARNESS),
    ];
    let mut existing: Vec<Diagnostic> = files
        .iter()
        .map(|(path, _)| *path)
        .chain(std::iter::once("snapshots/example.snap"))
        .filter(|path| dir.join(path).exists())
        .map(|path| {
            Diagnostic::file_error(
                format!("`{}` already exists", dir.join(path).display()),
                None,
            )
            .help("factcheck init never overwrites a file: scaffold into a new or empty folder")
        })
        .collect();
    if !existing.is_empty() {
        existing.sort_by_key(|d| d.message.clone());
        return Err(InputErrors(existing));
    }
    let mut written: Vec<PathBuf> = Vec::new();
    let result = write_all(dir, &files, &mut written);
    if result.is_err() {
        // Leave the folder as it was: remove what this run wrote.
        for path in written.iter().rev() {
            let _ = std::fs::remove_file(path);
        }
    }
    result?;
    let mut listed: Vec<String> = files.iter().map(|(path, _)| path.to_string()).collect();
    listed.push("snapshots/example.snap".into());
    Ok(listed)
}

/// Write the files, then the example's snapshot, recording each file written.
fn write_all(
    dir: &Path,
    files: &[(&str, &str)],
    written: &mut Vec<PathBuf>,
) -> Result<(), InputErrors> {
    let fail = |path: &Path, error: std::io::Error| {
        InputErrors(vec![Diagnostic::file_error(
            format!("cannot write `{}`: {error}", path.display()),
            None,
        )])
    };
    for (path, contents) in files {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| fail(parent, e))?;
        }
        std::fs::write(&target, contents).map_err(|e| fail(&target, e))?;
        written.push(target);
    }
    let snapshot = example_snapshot(dir)?;
    let target = dir.join("snapshots/example.snap");
    std::fs::create_dir_all(dir.join("snapshots")).map_err(|e| fail(&target, e))?;
    std::fs::write(&target, snapshot).map_err(|e| fail(&target, e))?;
    written.push(target);
    Ok(())
}

/// The accepted snapshot of the example claims' report, as insta writes it.
fn example_snapshot(dir: &Path) -> Result<String, InputErrors> {
    let config = Config::load(dir)?;
    let suite = Suite::load(config, &[])?;
    let report = suite.run()?;
    let file = report
        .files
        .iter()
        .find(|f| f.stem == "example")
        .expect("the scaffold has claims/example.toml");
    let report = human::render_file(file, false);
    Ok(format!(
        "---\nsource: src/harness.rs\ndescription: factcheck report of claims/example.toml\ninput_file: claims/example.toml\n---\n{report}"
    ))
}

fn manifest(name: &str, dependency: &Dependency) -> String {
    let dependency = match dependency {
        Dependency::Registry(version) => format!("\"{version}\""),
        Dependency::Path(path) => format!(
            "{{ path = {} }}",
            crate::report::extract::toml_string(&path.display().to_string())
        ),
    };
    format!(
        "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dev-dependencies]\nfactcheck = {dependency}\n\n\
         # One test per claim: the harness is factcheck's, not libtest's.\n\
         [[test]]\nname = \"claims\"\nharness = false\n"
    )
}

/// A crate name from the folder's name: lower case letters, digits and `-`.
fn crate_name(dir: &Path) -> String {
    let folder = std::path::absolute(dir)
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_default();
    let slug = crate::claims::slug(&folder);
    if slug.is_empty() || slug.starts_with(|c: char| c.is_ascii_digit()) || !slug.is_ascii() {
        "factcheck-suite".to_string()
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crate_names_are_valid() {
        assert_eq!(crate_name(Path::new("/tmp/My Claims")), "my-claims");
        assert_eq!(crate_name(Path::new("/tmp/2022")), "factcheck-suite");
    }
}
