//! `factcheck schema`: a JSON Schema of claim files and `factcheck.toml`, for editors.
//!
//! The schema is derived (with `schemars`) from the types below, which describe the files as
//! a user writes them. A test checks that their keys are exactly the parser's, so the schema
//! cannot drift from what `factcheck check` accepts; another checks that the committed
//! `factcheck.schema.json` is what this module prints. Editors that read Taplo's directive
//! (Even Better TOML) complete and check keys from a first line
//! `#:schema ./factcheck.schema.json`.

#![allow(dead_code)] // The types exist to be described, never built.

use std::collections::BTreeMap;

use schemars::JsonSchema;

/// A claim file (`claims/**/*.toml`): defaults, then `[[claim]]` tables.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "factcheck claim file")]
struct ClaimFile {
    /// The article (or articles) the claims below are about: a path under `articles/`
    /// without extension.
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
/// `says` must read `<context>: <value>`.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
struct Claim {
    /// The claim as a person states it; shown in every report.
    says: String,
    /// Unique in the file; default: the slug of `says`.
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

/// The schema: a claim file or `factcheck.toml`.
pub(crate) fn schema() -> serde_json::Value {
    let claim_file = schemars::schema_for!(ClaimFile);
    let config = schemars::schema_for!(Config);
    let mut definitions = serde_json::Map::new();
    for schema in [&claim_file, &config] {
        if let Some(defs) = schema.get("$defs").and_then(|d| d.as_object()) {
            definitions.extend(defs.clone());
        }
    }
    let strip = |schema: &schemars::Schema| {
        let mut value = schema.as_value().clone();
        if let Some(object) = value.as_object_mut() {
            object.remove("$defs");
            object.remove("$schema");
        }
        value
    };
    definitions.insert("ClaimFile".into(), strip(&claim_file));
    definitions.insert("Config".into(), strip(&config));
    let mut schema = serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://factcheck.dev/factcheck.schema.json",
        "title": "factcheck claim file or factcheck.toml",
        "anyOf": [{ "$ref": "#/$defs/ClaimFile" }, { "$ref": "#/$defs/Config" }],
        "$defs": definitions,
    });
    without_null(&mut schema);
    schema
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

/// The schema as pretty JSON with a final newline: the text of `factcheck.schema.json`.
pub fn render() -> String {
    let mut text = serde_json::to_string_pretty(&schema()).expect("the schema serialises");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(definition: &str) -> Vec<String> {
        let mut keys: Vec<String> = schema()["$defs"][definition]["properties"]
            .as_object()
            .unwrap_or_else(|| panic!("{definition} has properties"))
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
        assert_eq!(keys("ClaimFile"), sorted(crate::claims::FILE_KEYS));
        assert_eq!(keys("Claim"), sorted(crate::claims::claim_keys()));
        assert_eq!(keys("Config"), sorted(crate::config::KEYS));
    }

    #[test]
    fn committed_schema_is_current() {
        let committed = include_str!("../factcheck.schema.json");
        assert_eq!(
            committed,
            render(),
            "run `cargo run -- schema > factcheck.schema.json`"
        );
    }
}
