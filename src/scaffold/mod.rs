//! `factcheck init`: a new suite repository that passes `cargo test` at once.
//!
//! The scaffold is a crate with a dev-dependency on factcheck, a commented example claim
//! file covering every claim kind, an example article, the three-line harness, and the
//! accepted snapshot of the example's report; with [`Ci::Github`], a GitHub Actions workflow
//! too. It never overwrites a file of the user's: if any file it would write exists, it
//! writes nothing and says so. It records what it wrote, with a hash of each file, in
//! [`MARKER`], so that `init --force` can rewrite exactly the files it wrote and nobody has
//! changed since.

use std::collections::BTreeMap;
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
const WORKFLOW: &str = include_str!("workflow.yml");
const LIB: &str =
    "//! A factcheck suite: claims in `claims/` about `articles/`, run by `tests/claims.rs`.\n";
const GITIGNORE: &str = "/target\n*.snap.new\n";
const SNAPSHOT: &str = "snapshots/example.snap";

/// The file in which `init` records what it wrote: each file's path and a hash of what it
/// wrote there.
pub const MARKER: &str = ".factcheck-init.toml";

/// Where the scaffold's factcheck dependency comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dependency {
    /// crates.io, at this version.
    Registry(String),
    /// A local checkout of factcheck.
    Path(PathBuf),
    /// A git repository (a URL `cargo` can clone).
    Git(String),
}

impl Default for Dependency {
    fn default() -> Self {
        Dependency::Registry(env!("CARGO_PKG_VERSION").to_string())
    }
}

impl Dependency {
    /// The checkout this factcheck was built from, when it is still there and is not a copy
    /// in cargo's registry cache (a `cargo install factcheck` build, whose dependency is the
    /// published version).
    pub fn built_from() -> Option<Dependency> {
        let checkout = Path::new(env!("CARGO_MANIFEST_DIR"));
        let in_registry = checkout
            .components()
            .any(|part| part.as_os_str() == "registry");
        let manifest = std::fs::read_to_string(checkout.join("Cargo.toml")).ok()?;
        let is_factcheck = manifest
            .lines()
            .any(|line| line.replace(' ', "") == "name=\"factcheck\"");
        (is_factcheck && !in_registry).then(|| Dependency::Path(checkout.to_path_buf()))
    }

    /// How `init` describes it.
    pub fn describe(&self) -> String {
        match self {
            Dependency::Registry(version) => format!("factcheck {version} from crates.io"),
            Dependency::Path(path) => format!("factcheck at path {}", path.display()),
            Dependency::Git(url) => format!("factcheck from git {url}"),
        }
    }
}

/// Which CI a suite is set up for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ci {
    /// GitHub Actions: `.github/workflows/factcheck.yml`, running factcheck's action.
    Github,
}

/// What `init` is asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    /// The factcheck dependency to write.
    pub dependency: Dependency,
    /// A CI workflow to write beside the suite.
    pub ci: Option<Ci>,
    /// Rewrite files `init` wrote earlier that nobody has changed since.
    pub force: bool,
}

/// What `init` did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    /// Files written, relative to the folder.
    pub written: Vec<String>,
    /// Files `--force` left as they were, with why: changed by the user since init wrote them
    /// (or never written by init). `--force` never overwrites a user's file.
    pub kept: Vec<(String, &'static str)>,
}

/// Scaffold a suite in `dir` (made if missing).
pub fn init(dir: &Path, options: &Options) -> Result<Written, InputErrors> {
    let name = crate_name(dir);
    let manifest = manifest(&name, &options.dependency);
    let mut files: Vec<(&str, &str)> = vec![
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
    let workflow = WORKFLOW.replace("@ACTION@", &action());
    if options.ci == Some(Ci::Github) {
        files.push((".github/workflows/factcheck.yml", &workflow));
    }
    let recorded = read_marker(dir);
    let mut plan: Vec<(&str, &str)> = Vec::new();
    let mut kept = Vec::new();
    let mut existing = Vec::new();
    for &(path, contents) in &files {
        let target = dir.join(path);
        let Ok(current) = std::fs::read(&target) else {
            if target.exists() {
                existing.push(path);
            } else {
                plan.push((path, contents));
            }
            continue;
        };
        if !options.force {
            existing.push(path);
        } else if current == contents.as_bytes() {
            // Already as init would write it.
        } else if recorded.get(path) == Some(&hash(&current)) {
            plan.push((path, contents));
        } else {
            kept.push((
                path.to_string(),
                "changed since init wrote it, or not written by init",
            ));
        }
    }
    if !existing.is_empty() {
        return Err(InputErrors(vec![refusal(
            dir,
            &existing,
            !recorded.is_empty(),
        )]));
    }
    let snapshot_missing = !dir.join(SNAPSHOT).exists();
    let mut written: Vec<PathBuf> = Vec::new();
    let result = write_all(dir, &plan, snapshot_missing, &mut written);
    if result.is_err() {
        // Leave the folder as it was: remove what this run wrote.
        for path in written.iter().rev() {
            let _ = std::fs::remove_file(path);
        }
    }
    let snapshot = result?;
    let mut record = recorded;
    let mut listed: Vec<String> = Vec::new();
    for (path, contents) in &plan {
        record.insert(path.to_string(), hash(contents.as_bytes()));
        listed.push(path.to_string());
    }
    if let Some(snapshot) = snapshot {
        record.insert(SNAPSHOT.to_string(), hash(snapshot.as_bytes()));
        listed.push(SNAPSHOT.to_string());
    }
    if !listed.is_empty() {
        write_marker(dir, &record)?;
    }
    Ok(Written {
        written: listed,
        kept,
    })
}

/// The GitHub Action of this version of factcheck: `owner/repository@v<version>`, from the
/// package's repository address.
fn action() -> String {
    let repository = env!("CARGO_PKG_REPOSITORY");
    let path = repository
        .trim_end_matches('/')
        .trim_end_matches(".git")
        .trim_start_matches("https://github.com/");
    format!("{path}@v{}", env!("CARGO_PKG_VERSION"))
}

/// The one error for a folder that holds files `init` would write.
fn refusal(dir: &Path, existing: &[&str], made_by_init: bool) -> Diagnostic {
    let shown = dir.display();
    if made_by_init {
        return Diagnostic::file_error(
            format!("`{shown}` already holds a suite made by factcheck init"),
            None,
        )
        .help(
            "`factcheck init --force` rewrites the files init wrote that you have not changed \
             since (and adds any missing, such as the workflow of `--ci github`); it never \
             overwrites a file you edited",
        );
    }
    let names: Vec<String> = existing.iter().map(|p| format!("`{p}`")).collect();
    Diagnostic::file_error(
        format!(
            "`{shown}` already has {} of the files init writes: {}",
            if existing.len() == 1 { "one" } else { "some" },
            names.join(", ")
        ),
        None,
    )
    .help("factcheck init never overwrites a file: scaffold into a new or empty folder")
}

/// FNV-1a, 64 bits: a stable hash of a file's bytes (the standard library's hasher may
/// change between Rust versions, and the record outlives the binary that wrote it).
fn hash(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("fnv1a64:{hash:016x}")
}

/// What an earlier `init` recorded in [`MARKER`]; empty when there is none or it is
/// unreadable (then nothing counts as written by init).
fn read_marker(dir: &Path) -> BTreeMap<String, String> {
    #[derive(serde::Deserialize)]
    struct Marker {
        files: BTreeMap<String, String>,
    }
    std::fs::read_to_string(dir.join(MARKER))
        .ok()
        .and_then(|text| toml::from_str::<Marker>(&text).ok())
        .map(|marker| marker.files)
        .unwrap_or_default()
}

fn write_marker(dir: &Path, record: &BTreeMap<String, String>) -> Result<(), InputErrors> {
    let mut text = String::from(
        "# Written by `factcheck init`: the files it wrote, each with a hash of what it wrote, so\n\
         # that `factcheck init --force` rewrites only files nobody has changed since. Safe to delete.\n[files]\n",
    );
    for (path, hash) in record {
        text.push_str(&format!(
            "{} = \"{hash}\"\n",
            crate::report::extract::toml_string(path)
        ));
    }
    let target = dir.join(MARKER);
    std::fs::write(&target, text)
        .map_err(|error| InputErrors(vec![Diagnostic::cannot_write(&target, &error)]))
}

/// Write the files, then the example's snapshot when `snapshot` (it is made from the written
/// files), recording each file written. Returns the snapshot written.
fn write_all(
    dir: &Path,
    files: &[(&str, &str)],
    snapshot: bool,
    written: &mut Vec<PathBuf>,
) -> Result<Option<String>, InputErrors> {
    let fail = |path: &Path, error: std::io::Error| {
        InputErrors(vec![Diagnostic::cannot_write(path, &error)])
    };
    for (path, contents) in files {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| fail(parent, e))?;
        }
        std::fs::write(&target, contents).map_err(|e| fail(&target, e))?;
        written.push(target);
    }
    if !snapshot {
        return Ok(None);
    }
    let text = example_snapshot(dir)?;
    let target = dir.join(SNAPSHOT);
    std::fs::create_dir_all(dir.join("snapshots")).map_err(|e| fail(&target, e))?;
    std::fs::write(&target, &text).map_err(|e| fail(&target, e))?;
    written.push(target);
    Ok(Some(text))
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
        Dependency::Git(url) => format!("{{ git = {} }}", crate::report::extract::toml_string(url)),
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
