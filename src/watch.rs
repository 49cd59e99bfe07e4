//! `factcheck check --watch`: re-run the claims a change affects, as a person edits.
//!
//! After the first run, the suite's claims and articles folders (and `factcheck.toml`) are
//! watched. A change is debounced, the suite reloaded, and only the claim files it affects
//! are checked again: a changed claim file, and every claim file with a claim naming a changed
//! article; a changed config re-runs everything. Invalid input is shown and watching goes on.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

use crate::cache::Choice;
use crate::config::{Config, FILE_NAME};
use crate::diagnostic::{self, Diagnostic};
use crate::report::{Format, Report, human};
use crate::suite::{RunOptions, Suite};

/// How long to wait for a burst of file events (an editor's save) to end.
const DEBOUNCE: Duration = Duration::from_millis(200);

/// What a batch of changed paths means for the suite.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Changes {
    /// The config changed: re-run everything.
    pub config: bool,
    /// Claim files that changed.
    pub claim_files: BTreeSet<PathBuf>,
    /// Names of articles that changed.
    pub articles: BTreeSet<String>,
}

impl Changes {
    /// Sort changed paths into claim files, articles and the config.
    pub(crate) fn of(config: &Config, paths: impl IntoIterator<Item = PathBuf>) -> Changes {
        let mut changes = Changes::default();
        for path in paths {
            let path = std::path::absolute(&path).unwrap_or(path);
            if path.file_name().is_some_and(|n| n == FILE_NAME)
                && path.parent() == Some(config.root.as_path())
            {
                changes.config = true;
            } else if path.starts_with(&config.claims)
                && path.extension().is_some_and(|e| e == "toml")
            {
                changes.claim_files.insert(path);
            } else if let Some(name) = crate::article::name_for(&config.articles, &path) {
                changes.articles.insert(name);
            }
        }
        changes
    }

    /// Whether anything the suite reads changed.
    pub(crate) fn any(&self) -> bool {
        self.config || !self.claim_files.is_empty() || !self.articles.is_empty()
    }
}

/// The claim files of `suite` that `changes` affect, as a suite of their own.
pub(crate) fn affected(suite: Suite, changes: &Changes) -> Suite {
    let files: Vec<_> = suite
        .files
        .into_iter()
        .filter(|file| {
            let names = file
                .claims
                .iter()
                .flat_map(|c| c.articles.iter().map(|a| a.name.as_ref()));
            touched(changes, &file.path, names)
        })
        .collect();
    let cached = suite
        .cached
        .into_iter()
        .filter(|file| {
            let names = file.entry.articles.iter().map(|a| a.report.name.as_ref());
            touched(changes, &file.path, names)
        })
        .collect();
    Suite {
        config: suite.config,
        catalog: suite.catalog,
        files,
        cached,
        warnings: Vec::new(),
        session: suite.session,
        // Looked up by the path of a file checked: the others' are never asked for.
        known: suite.known,
    }
}

/// Whether `changes` touch the claim file at `path`, whose claims name the articles `names`.
fn touched<'a>(changes: &Changes, path: &Path, mut names: impl Iterator<Item = &'a str>) -> bool {
    changes.config
        || changes.claim_files.contains(path)
        || names.any(|name| changes.articles.contains(name))
}

/// Run `paths` of the suite found from `folder`, then again on every change, forever.
/// `print` shows each report; `problems` shows diagnostics.
pub fn watch(
    folder: &Path,
    paths: &[PathBuf],
    cache: &Choice,
    color: bool,
    print: &mut dyn FnMut(&str),
    problems: &mut dyn FnMut(&[Diagnostic]),
) -> Result<(), Diagnostic> {
    let config = Config::discover(folder).map_err(|e| e.0.into_iter().next().expect("an error"))?;
    run_once(&config, paths, None, cache, color, print, problems);
    let (sender, receiver) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // Writes, creations, renames and removals; not reads (each run reads every file it
        // checks, and would trigger itself).
        if let Ok(event) = event
            && is_change(&event.kind)
        {
            let _ = sender.send(event.paths);
        }
    })
    .map_err(|e| Diagnostic::file_error(format!("cannot watch files: {e}"), None))?;
    for (dir, mode) in [
        (&config.claims, RecursiveMode::Recursive),
        (&config.articles, RecursiveMode::Recursive),
        (&config.root, RecursiveMode::NonRecursive),
    ] {
        if dir.exists() {
            watcher.watch(dir, mode).map_err(|e| {
                Diagnostic::file_error(format!("cannot watch {}: {e}", dir.display()), None)
            })?;
        }
    }
    print(&format!(
        "\nWatching {} and {} for changes (Ctrl-C to stop).\n",
        config.display(&config.claims),
        config.display(&config.articles)
    ));
    while let Ok(first) = receiver.recv() {
        let mut changed: Vec<PathBuf> = first;
        while let Ok(more) = receiver.recv_timeout(DEBOUNCE) {
            changed.extend(more);
        }
        let changes = Changes::of(&config, changed);
        if changes.any() {
            // A config made invalid is shown, as any invalid input is, and the run waits for
            // the next change: the last good config is not silently kept.
            let config = if changes.config {
                match Config::load(&config.root) {
                    Ok(config) => config,
                    Err(errors) => {
                        problems(&errors.0);
                        continue;
                    }
                }
            } else {
                config.clone()
            };
            run_once(
                &config,
                paths,
                Some(&changes),
                cache,
                color,
                print,
                problems,
            );
        }
    }
    Ok(())
}

fn is_change(kind: &notify::EventKind) -> bool {
    use notify::EventKind;
    use notify::event::{AccessKind, AccessMode};
    matches!(
        kind,
        EventKind::Create(_)
            | EventKind::Modify(_)
            | EventKind::Remove(_)
            | EventKind::Access(AccessKind::Close(AccessMode::Write))
    )
}

fn run_once(
    config: &Config,
    paths: &[PathBuf],
    changes: Option<&Changes>,
    cache: &Choice,
    color: bool,
    print: &mut dyn FnMut(&str),
    problems: &mut dyn FnMut(&[Diagnostic]),
) {
    let cache = cache.open(config);
    // Printed in the human format: files answered whole are printed from their sections
    // rendered ahead.
    let options = RunOptions::for_output([(Format::Human, color)]);
    let suite = match Suite::load_cached_for(config.clone(), paths, cache.as_ref(), options) {
        Ok(suite) => suite,
        Err(errors) => {
            problems(&errors.0);
            return;
        }
    };
    if !suite.warnings.is_empty() {
        problems(&suite.warnings);
    }
    let suite = match changes {
        Some(changes) => {
            let catalog = Arc::clone(&suite.catalog);
            let affected = affected(suite, changes);
            // A file deleted or renamed away is named as removed; its claims (or the claims
            // naming it) were reported by the load above.
            let gone = |exists: bool| if exists { "" } else { " (removed)" };
            let what: Vec<String> = changes
                .claim_files
                .iter()
                .map(|p| format!("{}{}", config.display(p), gone(p.is_file())))
                .chain(changes.articles.iter().map(|a| {
                    let exists = catalog.resolve(a).is_ok();
                    format!("article {a}{}", gone(exists))
                }))
                .chain(changes.config.then(|| FILE_NAME.to_string()))
                .collect();
            print(&format!(
                "\n── {} changed: re-running {} claim file(s) ──\n",
                what.join(", "),
                affected.files.len() + affected.cached.len()
            ));
            affected
        }
        None => suite,
    };
    match suite.run_with(options) {
        Ok((report, _)) => print(&render(&report, color)),
        Err(errors) => problems(&errors.0),
    }
}

fn render(report: &Report, color: bool) -> String {
    human::render(report, color)
}

/// Render diagnostics for the terminal.
pub fn show(diagnostics: &[Diagnostic], color: bool) -> String {
    diagnostic::render(diagnostics, color)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_sort_paths_into_claims_articles_and_config() {
        let root = std::path::absolute("suite").unwrap();
        let config = Config {
            root: root.clone(),
            articles: root.join("articles"),
            claims: root.join("claims"),
            snapshots: root.join("snapshots"),
            aliases: Default::default(),
        };
        let changes = Changes::of(
            &config,
            [
                root.join("articles/world/story.md"),
                root.join("claims/a.toml"),
                root.join("claims/notes.txt"),
                root.join("target/debug/x"),
            ],
        );
        assert_eq!(changes.articles.iter().collect::<Vec<_>>(), ["world/story"]);
        assert_eq!(changes.claim_files.len(), 1);
        assert!(!changes.config);
        assert!(Changes::of(&config, [root.join("factcheck.toml")]).config);
        assert!(!Changes::of(&config, [root.join("README.md")]).any());
    }
}
