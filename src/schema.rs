//! `factcheck schema`: JSON Schemas of claim files and of `factcheck.toml`, for editors.
//!
//! Two schemas, not one with a top-level `anyOf`: a validator cannot tell which branch of an
//! `anyOf` a file meant, so Taplo marked every range of a file with a misspelt key "not valid
//! under any of the schemas", dumping the file and never naming the key. Claim files keep the
//! name `factcheck.schema.json` (the `#:schema` lines of every claim file name it, and they are
//! the many); `factcheck.toml` has `factcheck.config.schema.json`. Both sit at a suite's root
//! (`factcheck init` writes them): a claim file in `claims/` starts
//! `#:schema ../factcheck.schema.json` (one more `../` per folder deeper), `factcheck.toml`
//! starts `#:schema ./factcheck.config.schema.json`.
//!
//! The schemas are derived (with `schemars`) from the types below, which describe the files
//! as a user writes them. A test checks that their keys are exactly the parser's, so a schema
//! cannot drift from what `factcheck check` accepts; another checks that the committed files
//! are what this module prints. They are draft-07, the dialect TOML editors read most widely
//! (Taplo ignores 2020-12's `dependentSchemas`), and they put each error on one key's value,
//! never on a table: Taplo marks an error at every text range of the node it is about, so
//! `additionalProperties: false` marked a claim's table and each of its keys and values. An
//! unknown key's value, and a claim's second kind key's value, fail a `not` whose `title`
//! says why; Taplo prints one error at that key's line,
//! `{"title":"an unknown key (the keys here: …)"} is not allowed for "y"` (its message shows
//! the value, never the key; validators that print the instance path, such as
//! check-jsonschema, name the key there).

#![allow(dead_code)] // The types exist to be described, never built.

use std::collections::BTreeMap;

use schemars::JsonSchema;

/// A claim file (`claims/**/*.toml`): defaults, then `[[claim]]` tables.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "factcheck claim file")]
struct ClaimFile {
    /// The article (or articles) the claims below are about: a path under `articles/`
    /// without extension (the file's name with its extension is read as that name).
    article: Option<OneOrMany>,
    /// The default window for context terms.
    within: Option<Within>,
    /// For several articles: must all give the expected verdict, or any one?
    require: Option<Require>,
    /// Whether a qualifier mismatch fails instead of passing with a note.
    strict: Option<bool>,
    /// The default tolerance for quantities.
    tolerance: Option<Tolerance>,
    /// The claims.
    claim: Option<Vec<Claim>>,
}

/// One `[[claim]]`. At most one of `quantity`, `date`, `quote`, `text`, `pattern`; with none,
/// `says` is read for its one value: `<context>: <value>`, or a sentence stating one quantity
/// or date.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct Claim {
    /// The claim as a person states it; shown in every report.
    says: String,
    /// Unique in the file; default: the slug of `says`, numbered (`-2`, `-3`) where another claim of the file has it.
    #[schemars(regex(pattern = r"^[\p{Ll}\p{N}]+(-[\p{Ll}\p{N}]+)*$"))]
    id: Option<String>,
    /// A number with optional qualifier and unit: "up to 30,000 troops", "75 km", "$1.2bn".
    quantity: Option<String>,
    /// A date: "February 20", "Feb. 20", "2022-02-20", "Thursday", "last week".
    date: Option<String>,
    /// Words that must stand inside quotation marks, verbatim up to typography.
    quote: Option<String>,
    /// A phrase that must appear (case, typography and whitespace folded).
    text: Option<String>,
    /// A regular expression (regex crate syntax) over the normalised text.
    pattern: Option<String>,
    /// Who said it: must appear in the window.
    source: Option<OneOrMany>,
    /// Who said the quote: must appear in the window.
    speaker: Option<OneOrMany>,
    /// Context terms that must all appear in the window.
    about: Option<OneOrMany>,
    /// The window for context terms.
    within: Option<Within>,
    /// The article or articles, overriding the file's.
    article: Option<OneOrMany>,
    /// For several articles: all or any.
    require: Option<Require>,
    /// The verdict the claim passes with.
    expect: Option<Expect>,
    /// How far a quantity may be off: an amount or a percentage ("5%").
    tolerance: Option<Tolerance>,
    /// Whether a qualifier mismatch fails.
    strict: Option<bool>,
}

/// `factcheck.toml`.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "factcheck.toml")]
struct Config {
    /// The articles folder (default `articles`).
    articles: Option<String>,
    /// The claims folder (default `claims`).
    claims: Option<String>,
    /// The snapshots folder (default `snapshots`).
    snapshots: Option<String>,
    /// Spellings that count as one term: `Pentagon = ["Pentagon", "John Kirby"]`.
    aliases: Option<BTreeMap<String, OneOrMany>>,
}

/// A string or a list of strings.
#[derive(JsonSchema)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

/// The window in which context terms must appear.
#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
enum Within {
    Sentence,
    Paragraph,
    Article,
}

/// How a claim on several articles is decided.
#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
enum Require {
    All,
    Any,
}

/// A verdict.
#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
enum Expect {
    Supported,
    Refuted,
    Absent,
}

/// An amount, or a percentage of the claimed value.
#[derive(JsonSchema)]
#[serde(untagged)]
enum Tolerance {
    Amount(#[schemars(range(min = 0))] f64),
    /// `"5%"`, or an amount in quotes (`"1,000"`).
    Text(#[schemars(regex(pattern = r"^\s*(\d+(\.\d+)?\s*%|\d[\d,_]*(\.\d+)?)\s*$"))] String),
}

/// One of the two schemas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schema {
    /// Claim files (`claims/**/*.toml`), in `factcheck.schema.json`.
    ClaimFile,
    /// `factcheck.toml`, in `factcheck.config.schema.json`.
    Config,
}

impl Schema {
    /// The file name a suite keeps the schema under, at its root.
    ///
    /// ```
    /// use factcheck::schema::Schema;
    /// assert_eq!(Schema::ClaimFile.file_name(), "factcheck.schema.json");
    /// assert_eq!(Schema::Config.file_name(), "factcheck.config.schema.json");
    /// ```
    pub const fn file_name(self) -> &'static str {
        match self {
            Schema::ClaimFile => "factcheck.schema.json",
            Schema::Config => "factcheck.config.schema.json",
        }
    }

    /// The schema as pretty JSON with a final newline: the text of [`Schema::file_name`].
    pub fn render(self) -> String {
        let mut text = serde_json::to_string_pretty(&self.value()).expect("the schema serialises");
        text.push('\n');
        text
    }

    /// The schema's text, rendered once: what `factcheck init` writes.
    pub(crate) fn text(self) -> &'static str {
        static TEXTS: std::sync::LazyLock<[String; 2]> =
            std::sync::LazyLock::new(|| [Schema::ClaimFile.render(), Schema::Config.render()]);
        &TEXTS[self as usize]
    }

    /// The schema as a JSON value.
    pub(crate) fn value(self) -> serde_json::Value {
        let generator = schemars::generate::SchemaSettings::draft07().into_generator();
        let schema = match self {
            Schema::ClaimFile => generator.into_root_schema_for::<ClaimFile>(),
            Schema::Config => generator.into_root_schema_for::<Config>(),
        };
        let mut value = schema.to_value();
        value["$id"] = format!("https://factcheck.dev/{}", self.file_name()).into();
        if self == Schema::ClaimFile {
            value["definitions"]["Claim"]["dependencies"] = one_kind_per_claim();
        }
        without_null(&mut value);
        explain_unknown_keys(&mut value);
        value
    }
}

/// A claim's kind keys exclude each other: each forbids the kinds after it, so a claim with
/// two has one error, on the later kind's value.
fn one_kind_per_claim() -> serde_json::Value {
    let kinds = crate::claims::KIND_KEYS;
    let second = serde_json::json!({ "not": { "title": format!(
        "a second kind key (a claim takes one of {})",
        kinds.join(", ")
    ) } });
    let mut dependencies = serde_json::Map::new();
    for (position, kind) in kinds.iter().enumerate() {
        let later: serde_json::Map<String, serde_json::Value> = kinds[position + 1..]
            .iter()
            .map(|later| (later.to_string(), second.clone()))
            .collect();
        if !later.is_empty() {
            dependencies.insert(kind.to_string(), serde_json::json!({ "properties": later }));
        }
    }
    dependencies.into()
}

/// Replace `additionalProperties: false` by a schema every value fails, titled with the keys
/// the table takes: the error is then the unknown key's (one, on its value), not the table's.
fn explain_unknown_keys(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Object(object) => {
            if object.get("additionalProperties") == Some(&Value::Bool(false)) {
                let keys: Vec<&str> = object
                    .get("properties")
                    .and_then(Value::as_object)
                    .map(|properties| properties.keys().map(String::as_str).collect())
                    .unwrap_or_default();
                let title = format!("an unknown key (the keys here: {})", keys.join(", "));
                object.insert(
                    "additionalProperties".into(),
                    serde_json::json!({ "not": { "title": title } }),
                );
            }
            object.values_mut().for_each(explain_unknown_keys);
        }
        Value::Array(items) => items.iter_mut().for_each(explain_unknown_keys),
        _ => {}
    }
}

/// TOML has no null (an absent key is just absent): drop the `null` that `Option` fields add.
fn without_null(value: &mut serde_json::Value) {
    use serde_json::Value;
    let Value::Object(object) = value else {
        if let Value::Array(items) = value {
            items.iter_mut().for_each(without_null);
        }
        return;
    };
    if let Some(Value::Array(types)) = object.get_mut("type") {
        types.retain(|t| t != "null");
        if types.len() == 1 {
            let only = types.remove(0);
            object.insert("type".into(), only);
        }
    }
    if let Some(Value::Array(options)) = object.get_mut("anyOf") {
        options.retain(|o| o.get("type").is_none_or(|t| t != "null"));
        if options.len() == 1 {
            let only = options.remove(0);
            object.remove("anyOf");
            if let Value::Object(inner) = only {
                object.extend(inner);
            }
        }
    }
    object.values_mut().for_each(without_null);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(properties: &serde_json::Value) -> Vec<String> {
        let mut keys: Vec<String> = properties
            .as_object()
            .expect("properties")
            .keys()
            .cloned()
            .collect();
        keys.sort();
        keys
    }

    fn sorted(keys: &[&str]) -> Vec<String> {
        let mut keys: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
        keys.sort();
        keys
    }

    #[test]
    fn schema_keys_are_the_parsers_keys() {
        let claim_file = Schema::ClaimFile.value();
        assert_eq!(
            keys(&claim_file["properties"]),
            sorted(crate::claims::FILE_KEYS)
        );
        assert_eq!(
            keys(&claim_file["definitions"]["Claim"]["properties"]),
            sorted(crate::claims::claim_keys())
        );
        assert_eq!(
            keys(&Schema::Config.value()["properties"]),
            sorted(crate::config::KEYS)
        );
    }

    #[test]
    fn committed_schemas_are_current() {
        for (schema, committed) in [
            (Schema::ClaimFile, include_str!("../factcheck.schema.json")),
            (
                Schema::Config,
                include_str!("../factcheck.config.schema.json"),
            ),
        ] {
            let flag = if schema == Schema::Config {
                " --config"
            } else {
                ""
            };
            assert!(
                committed == schema.render(),
                "run `cargo run -- schema{flag} > {}`",
                schema.file_name()
            );
        }
    }

    #[test]
    fn unknown_keys_fail_on_their_value_and_the_top_level_is_one_file() {
        for schema in [Schema::ClaimFile, Schema::Config] {
            let text = schema.render();
            assert!(!text.contains("\"additionalProperties\": false"), "{text}");
            assert!(schema.value().get("anyOf").is_none(), "{text}");
        }
    }
}
