//! The house is one-way: a module imports only from the layers below it (ARCHITECTURE.md,
//! "Layers"), modules of one layer do not import each other, and the submodules of a module
//! import each other without a loop. Read from `src/` as written: every `crate::…` path (and
//! `factcheck::…` in the binary), and every `super::…` path, wherever it stands, outside
//! unit tests (which may use what stands above the code they test).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

mod common;

/// The layers, bottom up; a module may import from the layers before its own.
const LAYERS: &[&[&str]] = &[
    &["source"],
    &["diagnostic"],
    &["text"],
    &["recognise"],
    &["tomlread"],
    &["config"],
    &["article", "claims"],
    &["check", "schema"],
    &["report"],
    &["cache"],
    &["suite"],
    &["harness", "watch", "scaffold"],
    &["cli"],
];

/// A module path: the top-level module and, for a file inside a module's folder, the
/// submodule it belongs to (`recognise::quantity` for `recognise/quantity/read.rs`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Module {
    top: String,
    sub: Option<String>,
}

/// An import: from which file and line, to which module.
#[derive(Debug)]
struct Import {
    file: String,
    line: usize,
    from: Module,
    to: Module,
}

fn module_of(relative: &Path) -> Module {
    let parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let top = match parts[0].as_str() {
        "main" => "cli".to_string(),
        other => other.to_string(),
    };
    let sub = parts.get(1).filter(|s| *s != "mod").cloned();
    Module { top, sub }
}

/// The identifier starting at `text`, if any.
fn identifier(text: &str) -> Option<&str> {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    (end > 0).then(|| &text[..end])
}

/// The modules a line of `module` (in file `relative`) refers to.
fn referred(line: &str, module: &Module, relative: &Path) -> Vec<Module> {
    let mut found = Vec::new();
    // Comments and doc comments name modules without importing them.
    let code = line.split("//").next().unwrap_or("");
    let roots: &[&str] = if module.top == "cli" {
        &["crate::", "factcheck::"]
    } else {
        &["crate::"]
    };
    for root in roots {
        for (at, _) in code.match_indices(root) {
            if at > 0 && code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &code[at + root.len()..];
            let Some(top) = identifier(rest) else {
                // `use crate::{a, b}`: each name in the braces.
                if let Some(inner) = rest.strip_prefix('{') {
                    for name in inner.split([',', '}']).filter_map(|n| identifier(n.trim())) {
                        found.push(Module {
                            top: name.to_string(),
                            sub: None,
                        });
                    }
                }
                continue;
            };
            let after = &rest[top.len()..];
            let sub = after
                .strip_prefix("::")
                .and_then(identifier)
                .map(String::from);
            found.push(Module {
                top: top.to_string(),
                sub,
            });
        }
    }
    // `super::x`: up from the file's module path, then down to `x`.
    let path: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .filter(|part| part != "mod")
        .collect();
    for (at, _) in code.match_indices("super::") {
        if at > 0 && code[..at].ends_with("::") {
            continue; // counted with the `super::` before it
        }
        let mut rest = &code[at..];
        let mut ups = 0;
        while let Some(next) = rest.strip_prefix("super::") {
            ups += 1;
            rest = next;
        }
        let Some(name) = identifier(rest) else {
            continue;
        };
        let mut target: Vec<String> = path[..path.len().saturating_sub(ups)].to_vec();
        target.push(name.to_string());
        found.push(Module {
            top: target[0].clone(),
            sub: target.get(1).cloned(),
        });
    }
    found
}

fn imports(src: &Path) -> Vec<Import> {
    let files = common::files_under(src, "rs");
    let tops: BTreeSet<String> = LAYERS
        .iter()
        .flat_map(|l| l.iter())
        .map(|s| s.to_string())
        .collect();
    let mut found = Vec::new();
    for path in files {
        let relative = path.strip_prefix(src).unwrap().to_path_buf();
        if relative == Path::new("lib.rs") {
            continue;
        }
        // Unit tests may use what stands above the code they test.
        if relative.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let from = module_of(&relative);
        let text = std::fs::read_to_string(&path).unwrap();
        let code = text.split("#[cfg(test)]\nmod tests").next().unwrap_or("");
        for (number, line) in code.lines().enumerate() {
            for mut to in referred(line, &from, &relative) {
                if !tops.contains(&to.top) {
                    continue; // an item of the crate root, or of the module itself
                }
                // A sibling only counts as a submodule if it is one (a folder or a file).
                if let Some(sub) = &to.sub {
                    let folder = src.join(&to.top);
                    if !folder.join(format!("{sub}.rs")).is_file() && !folder.join(sub).is_dir() {
                        to.sub = None;
                    }
                }
                found.push(Import {
                    file: relative.display().to_string(),
                    line: number + 1,
                    from: from.clone(),
                    to,
                });
            }
        }
    }
    found
}

fn layer_of(top: &str) -> usize {
    LAYERS
        .iter()
        .position(|layer| layer.contains(&top))
        .unwrap_or_else(|| {
            panic!("module `{top}` is in no layer: add it to LAYERS and ARCHITECTURE.md")
        })
}

/// The imports that go up a layer or across one, as messages.
fn upward(imports: &[Import]) -> Vec<String> {
    imports
        .iter()
        .filter(|i| i.from.top != i.to.top && layer_of(&i.to.top) >= layer_of(&i.from.top))
        .map(|i| {
            format!(
                "{}:{}: `{}` imports `{}`, which is not below it",
                i.file, i.line, i.from.top, i.to.top
            )
        })
        .collect()
}

/// A loop among the submodules of one module, if any, as the modules on it.
fn loops(imports: &[Import]) -> Vec<Vec<String>> {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for import in imports {
        if import.from.top != import.to.top {
            continue;
        }
        if let (Some(from), Some(to)) = (&import.from.sub, &import.to.sub)
            && from != to
        {
            edges
                .entry(format!("{}::{from}", import.from.top))
                .or_default()
                .insert(format!("{}::{to}", import.to.top));
        }
    }
    let mut found = Vec::new();
    // Depth-first search from every node, reporting each loop once (from its smallest node).
    for start in edges.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        while let Some((node, path)) = stack.pop() {
            for next in edges.get(&node).into_iter().flatten() {
                if next == start {
                    if path.iter().min() == Some(start) {
                        found.push(path.clone());
                    }
                } else if !path.contains(next) {
                    let mut longer = path.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    found
}

#[test]
fn modules_import_only_from_the_layers_below_them() {
    let found = imports(&common::repo().join("src"));
    assert!(found.len() > 100, "only {} imports read", found.len());
    let wrong = upward(&found);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    let looped = loops(&found);
    assert!(
        looped.is_empty(),
        "submodules import each other in a loop: {:?}",
        looped
    );
}

#[test]
fn a_planted_upward_import_or_loop_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path();
    let write = |path: &str, text: &str| {
        let path = src.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write("text/mod.rs", "use crate::source::Span;\n");
    write("source.rs", "// crate::report is named in a comment only\n");
    write("article/mod.rs", "use crate::claims::Claim;\n");
    write("recognise/mod.rs", "pub mod a;\npub mod b;\n");
    write("recognise/a.rs", "use super::b::Thing;\n");
    write(
        "recognise/b.rs",
        "pub fn f() { crate::recognise::a::g() }\n#[cfg(test)]\nmod tests {\n    use crate::suite::x;\n}\n",
    );
    let found = imports(src);
    assert_eq!(
        upward(&found),
        ["article/mod.rs:1: `article` imports `claims`, which is not below it"]
    );
    assert_eq!(loops(&found), [["recognise::a", "recognise::b"]]);
}
