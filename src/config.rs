//! The suite's configuration: `factcheck.toml`, found in a folder or above it.
//!
//! Without a config file a suite is the folder itself with `articles/`, `claims/` and
//! `snapshots/` in it. Paths in the config are relative to the folder that holds it.

use std::path::{Path, PathBuf};

use toml::de::DeValue;

use crate::diagnostic::{Diagnostic, InputErrors};
use crate::source::SourceFile;
use crate::tomlread::Reader;

/// The config file's name.
pub const FILE_NAME: &str = "factcheck.toml";

pub(crate) const KEYS: &[&str] = &["articles", "claims", "snapshots", "aliases"];

/// Where a suite's parts are, and the aliases its terms may appear as.
#[derive(Debug, Clone)]
pub struct Config {
    /// The folder that holds `factcheck.toml` (or the folder searched from, without one).
    pub root: PathBuf,
    /// The articles folder.
    pub articles: PathBuf,
    /// The claims folder.
    pub claims: PathBuf,
    /// The snapshots folder.
    pub snapshots: PathBuf,
    /// `[aliases]`.
    pub aliases: Aliases,
}

/// Groups of spellings that count as one term: `Pentagon = ["Pentagon", "John Kirby"]`.
#[derive(Debug, Clone, Default)]
pub struct Aliases {
    groups: Vec<(String, Vec<String>)>,
}

impl Aliases {
    /// Aliases from `(name, spellings)` groups.
    pub fn new(groups: Vec<(String, Vec<String>)>) -> Self {
        Aliases { groups }
    }

    /// Every spelling of every group that `name` names or belongs to (case-insensitive).
    pub fn spellings<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.groups
            .iter()
            .filter(move |(key, members)| {
                key.eq_ignore_ascii_case(name)
                    || members.iter().any(|m| m.eq_ignore_ascii_case(name))
            })
            .flat_map(|(key, members)| {
                std::iter::once(key.as_str()).chain(members.iter().map(String::as_str))
            })
    }
}

impl Config {
    /// The suite `folder` or the nearest folder above it with a `factcheck.toml`; `folder`
    /// itself with the default layout when there is none.
    pub fn discover(folder: &Path) -> Result<Config, InputErrors> {
        let folder = std::path::absolute(folder).unwrap_or_else(|_| folder.to_path_buf());
        let found = folder.ancestors().find(|dir| dir.join(FILE_NAME).is_file());
        Config::load(found.unwrap_or(&folder))
    }

    /// The suite rooted at `root`, reading `root/factcheck.toml` if it exists.
    pub fn load(root: &Path) -> Result<Config, InputErrors> {
        let mut config = Config::defaults(root);
        let path = root.join(FILE_NAME);
        if !path.is_file() {
            return Ok(config);
        }
        let file = crate::diagnostic::read_source(&path, FILE_NAME.to_string())
            .map_err(|d| InputErrors(vec![d]))?;
        config.read(&file)?;
        Ok(config)
    }

    /// The suite rooted at `root` as the `factcheck.toml` text `file` sets it out (the file
    /// need not exist: the fuzz target reads text from memory).
    pub fn parse(root: &Path, file: &SourceFile) -> Result<Config, InputErrors> {
        let mut config = Config::defaults(root);
        config.read(file)?;
        Ok(config)
    }

    /// The default layout under `root`: `articles/`, `claims/`, `snapshots/`, no aliases.
    fn defaults(root: &Path) -> Config {
        Config {
            root: root.to_path_buf(),
            articles: root.join("articles"),
            claims: root.join("claims"),
            snapshots: root.join("snapshots"),
            aliases: Aliases::default(),
        }
    }

    /// Apply the settings of the `factcheck.toml` text `file`, or give all its errors.
    fn read(&mut self, file: &SourceFile) -> Result<(), InputErrors> {
        let root = self.root.clone();
        let mut reader = Reader::new(file);
        if let Some(document) = reader.parse() {
            let table = document.get_ref();
            reader.reject_unknown_keys(table, KEYS, "factcheck.toml");
            for (key, slot) in [
                ("articles", &mut self.articles),
                ("claims", &mut self.claims),
                ("snapshots", &mut self.snapshots),
            ] {
                if let Some(dir) = reader.string(table, key) {
                    *slot = root.join(dir.value);
                }
            }
            self.aliases = read_aliases(&mut reader, table);
        }
        if reader.diagnostics.is_empty() {
            Ok(())
        } else {
            Err(InputErrors(reader.diagnostics))
        }
    }

    /// `path` as shown to the user: relative to the suite root, `/`-separated.
    pub fn display(&self, path: &Path) -> String {
        crate::source::display_path(&self.root, path)
    }
}

fn read_aliases(reader: &mut Reader<'_>, table: &toml::de::DeTable<'_>) -> Aliases {
    let Some(value) = table.get("aliases") else {
        return Aliases::default();
    };
    let DeValue::Table(groups) = value.get_ref() else {
        reader.wrong_type("aliases", value, "a table of `name = [\"spelling\", …]`");
        return Aliases::default();
    };
    let mut aliases = Vec::new();
    for (name, _) in groups.iter() {
        if let Some(spellings) = reader.strings(groups, name.get_ref()) {
            aliases.push((
                name.get_ref().to_string(),
                spellings.into_iter().map(|s| s.value).collect(),
            ));
        }
    }
    Aliases::new(aliases)
}

/// A diagnostic for a folder of the suite that does not exist. Where no `factcheck.toml` was
/// found either, the folder is no suite at all, and the diagnostic says what was looked for.
pub(crate) fn missing_folder(config: &Config, what: &str, path: &Path) -> Diagnostic {
    if !config.root.join(FILE_NAME).is_file() {
        return Diagnostic::file_error(
            format!(
                "not in a factcheck suite: no `{FILE_NAME}` in `{}` or any folder above it, and no `{what}/` folder here",
                config.root.display()
            ),
            None,
        )
        .help("run it inside a suite (the folder with factcheck.toml, or with claims/ and articles/), name claim files to check, or make a suite with `factcheck init`");
    }
    let path = config.display(path);
    Diagnostic::file_error(format!("the {what} folder `{path}` does not exist"), None)
        .help(format!("create it, or set `{what} = \"…\"` in {FILE_NAME}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alias_lookup_works_from_any_member() {
        let aliases = Aliases::new(vec![(
            "Pentagon".into(),
            vec!["John Kirby".into(), "Kirby".into()],
        )]);
        let from_member: Vec<_> = aliases.spellings("kirby").collect();
        assert!(from_member.contains(&"Pentagon"));
        assert!(from_member.contains(&"John Kirby"));
        assert_eq!(aliases.spellings("NATO").count(), 0);
    }
}
