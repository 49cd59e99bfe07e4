//! Front matter: a TOML block between `+++` lines or a YAML block between `---` lines at the
//! very start of a `.txt` or `.md` file, as static-site generators and CMS exports write it.

use std::ops::Range;

use yaml_rust2::{Yaml, YamlLoader};

use super::{Meta, Problem, published_day};

/// Where a file's front matter and body lie.
#[derive(Debug, Clone)]
pub(super) struct Front {
    /// TOML (`+++`) or YAML (`---`).
    toml: bool,
    /// The block between the fences.
    block: Range<usize>,
    /// Everything after the closing fence.
    pub body: Range<usize>,
}

/// The front matter of `source`, if it opens with a fence and the fence is closed.
pub(super) fn split(source: &str) -> Option<Front> {
    let (fence, toml) = if source.starts_with("+++") {
        ("+++", true)
    } else if source.starts_with("---") {
        ("---", false)
    } else {
        return None;
    };
    let first_end = source.find('\n')?;
    if source[..first_end].trim_end() != fence {
        return None;
    }
    let block_start = first_end + 1;
    let mut at = block_start;
    while at <= source.len() {
        let end = source[at..].find('\n').map_or(source.len(), |i| at + i);
        let line = source[at..end].trim_end();
        if line == fence || (!toml && line == "...") {
            return Some(Front {
                toml,
                block: block_start..at,
                body: (end + 1).min(source.len())..source.len(),
            });
        }
        if end == source.len() {
            break;
        }
        at = end + 1;
    }
    None
}

/// The metadata the front matter states; a block that does not parse is a problem at the
/// place its parser names.
pub(super) fn read(source: &str, front: &Front) -> Result<Meta, Vec<Problem>> {
    let block = &source[front.block.clone()];
    let base = front.block.start;
    if front.toml {
        let table: toml::Table = toml::from_str(block).map_err(|error| {
            let span = error.span().unwrap_or(0..0);
            let message = format!("front matter is not valid TOML: {}", error.message());
            vec![Problem::at(
                message,
                source,
                base + span.start..base + span.end,
            )]
        })?;
        from_toml(&table, source, front)
    } else {
        let documents = YamlLoader::load_from_str(block).map_err(|error| {
            // The YAML reader counts characters, not bytes.
            let at = base
                + block
                    .char_indices()
                    .nth(error.marker().index())
                    .map_or(block.len(), |(at, _)| at);
            let message = format!("front matter is not valid YAML: {}", error.info());
            vec![Problem::at(message, source, at..at)]
        })?;
        match documents.into_iter().next() {
            None | Some(Yaml::Null) => Ok(Meta::default()),
            Some(Yaml::Hash(hash)) => from_yaml(&hash, source, front),
            Some(_) => Err(vec![Problem::at(
                "front matter must be a mapping of keys to values".into(),
                source,
                front.block.clone(),
            )]),
        }
    }
}

/// The keys each field is read from, first found first.
const TITLE: &[&str] = &["title", "headline"];
const URL: &[&str] = &["url", "canonical_url", "canonical", "permalink", "link"];
const PUBLISHED: &[&str] = &[
    "published",
    "date",
    "published_at",
    "publishdate",
    "publish_date",
    "pubdate",
    "date_published",
    "datepublished",
];
const AUTHOR: &[&str] = &["author", "authors", "byline"];
const PUBLISHER: &[&str] = &["publisher", "outlet", "source", "site", "site_name"];

/// A field's value as text: a string, a number, a date, or a list of them (joined).
trait Value {
    fn text(&self) -> Option<String>;
}

impl Value for toml::Value {
    fn text(&self) -> Option<String> {
        match self {
            toml::Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
            toml::Value::Datetime(d) => Some(d.to_string()),
            toml::Value::Integer(i) => Some(i.to_string()),
            toml::Value::Array(items) => join(items.iter().filter_map(Value::text)),
            toml::Value::Table(table) => table.get("name").and_then(Value::text),
            _ => None,
        }
    }
}

impl Value for Yaml {
    fn text(&self) -> Option<String> {
        match self {
            Yaml::String(s) | Yaml::Real(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
            Yaml::Integer(i) => Some(i.to_string()),
            Yaml::Array(items) => join(items.iter().filter_map(Value::text)),
            Yaml::Hash(hash) => hash.get(&Yaml::String("name".into())).and_then(Value::text),
            _ => None,
        }
    }
}

fn join(items: impl Iterator<Item = String>) -> Option<String> {
    let items: Vec<String> = items.collect();
    (!items.is_empty()).then(|| items.join(", "))
}

fn from_toml(table: &toml::Table, source: &str, front: &Front) -> Result<Meta, Vec<Problem>> {
    let find = |keys: &[&str]| {
        keys.iter().find_map(|key| {
            table
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(key))
                .and_then(|(k, v)| Some((k.clone(), v.text()?)))
        })
    };
    meta(find, source, front)
}

fn from_yaml(
    hash: &yaml_rust2::yaml::Hash,
    source: &str,
    front: &Front,
) -> Result<Meta, Vec<Problem>> {
    let find = |keys: &[&str]| {
        keys.iter().find_map(|key| {
            hash.iter().find_map(|(k, v)| {
                let k = k.as_str()?;
                k.eq_ignore_ascii_case(key)
                    .then(|| Some((k.to_string(), v.text()?)))
                    .flatten()
            })
        })
    };
    meta(find, source, front)
}

fn meta(
    find: impl Fn(&[&str]) -> Option<(String, String)>,
    source: &str,
    front: &Front,
) -> Result<Meta, Vec<Problem>> {
    let value = |keys: &[&str]| find(keys).map(|(_, value)| value);
    let published = match find(PUBLISHED) {
        None => None,
        Some((key, text)) => match published_day(&text) {
            Some(day) => Some(day),
            None => {
                return Err(vec![Problem {
                    message: format!(
                        "front matter `{key}` is not a date: `{text}` (write `2022-02-11`)"
                    ),
                    span: key_span(source, front, &key),
                }]);
            }
        },
    };
    Ok(Meta {
        title: value(TITLE),
        url: value(URL),
        published,
        author: value(AUTHOR),
        publisher: value(PUBLISHER),
    })
}

/// Where key `key` is written in the block (the block's start if it cannot be found).
fn key_span(source: &str, front: &Front, key: &str) -> Range<usize> {
    let block = &source[front.block.clone()];
    let mut at = 0;
    for line in block.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with(key) {
            let start = front.block.start + at + (line.len() - trimmed.len());
            return start..start + key.len();
        }
        at += line.len();
    }
    // Not found: the block's first character.
    super::whole_characters(source, front.block.start..front.block.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta_of(source: &str) -> Result<Meta, Vec<Problem>> {
        let front = split(source).expect("front matter");
        read(source, &front)
    }

    /// Found by the `article` fuzz target: a problem's span ended inside a letter. TOML
    /// spans are widened to whole characters; YAML's positions count characters, not bytes.
    #[test]
    fn front_matter_problems_cover_whole_characters() {
        let source = "+++\n> \u{201C}\n+++\nBody.";
        let problems = meta_of(source).unwrap_err();
        let span = problems[0].span.clone();
        assert!(source.is_char_boundary(span.start) && source.is_char_boundary(span.end));
        assert!(!source[span].is_empty());

        let source = "---\ntitle: \u{201C}Caf\u{e9}\u{201D}\nauthor: [a, b\n---\nBody.";
        let problems = meta_of(source).unwrap_err();
        let span = problems[0].span.clone();
        assert!(source.is_char_boundary(span.start) && source.is_char_boundary(span.end));
        assert!(span.start >= source.find("author").unwrap(), "{problems:?}");
    }

    #[test]
    fn yaml_front_matter_gives_the_metadata() {
        let source = "---\ntitle: \"Council passes budget\"\ndate: 2022-02-11T09:30:00Z\nauthor:\n  - Ana Ruiz\n  - Tom Hale\npublisher: The Ledger\ntags: [budget]\n---\nBody.\n";
        let meta = meta_of(source).unwrap();
        assert_eq!(meta.title.as_deref(), Some("Council passes budget"));
        assert_eq!(meta.published.unwrap().to_string(), "2022-02-11");
        assert_eq!(meta.author.as_deref(), Some("Ana Ruiz, Tom Hale"));
        assert_eq!(meta.publisher.as_deref(), Some("The Ledger"));
        assert_eq!(&source[split(source).unwrap().body], "Body.\n");
    }

    #[test]
    fn toml_front_matter_gives_the_metadata() {
        let source = "+++\ntitle = \"Fares rise\"\ndate = 2023-05-04T10:00:00Z\nurl = \"https://example.com/fares\"\n+++\nBody.";
        let meta = meta_of(source).unwrap();
        assert_eq!(meta.published.unwrap().to_string(), "2023-05-04");
        assert_eq!(meta.url.as_deref(), Some("https://example.com/fares"));
    }

    #[test]
    fn malformed_front_matter_is_a_problem_where_it_is() {
        let source = "+++\ntitle = \"Fares\ndate = 2023-05-04\n+++\nBody.";
        let problems = meta_of(source).unwrap_err();
        assert!(problems[0].message.contains("TOML"), "{problems:?}");
        assert!(problems[0].span.start >= 4);
        let source = "---\ntitle: [unclosed\n---\nBody.";
        let problems = meta_of(source).unwrap_err();
        assert!(problems[0].message.contains("YAML"), "{problems:?}");
        let source = "---\ntitle: Fares\ndate: next week\n---\nBody.";
        let problems = meta_of(source).unwrap_err();
        assert_eq!(&source[problems[0].span.clone()], "date");
    }

    #[test]
    fn a_rule_of_dashes_is_not_front_matter_unless_closed() {
        assert!(split("---\nNo closing fence here.\n").is_none());
        assert!(split("--- a heading\n---\n").is_none());
    }
}
