//! Claim file → [`ClaimFile`], reporting every problem at its span.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use toml::de::{DeTable, DeValue};

use super::kinds::KIND_KEYS;
use super::{
    ArticleName, ArticleNames, Claim, ClaimFile, ClaimKind, Require, Term, Unresolved, Verdict,
    slug,
};
use crate::config::Aliases;
use crate::diagnostic::Diagnostic;
use crate::source::{SourceFile, Span};
use crate::text::Within;
use crate::tomlread::{Located, Reader};

pub(crate) const FILE_KEYS: &[&str] = &[
    "article",
    "within",
    "require",
    "strict",
    "tolerance",
    "claim",
];
/// The keys of a claim other than its kind keys ([`KIND_KEYS`]).
const OTHER_CLAIM_KEYS: &[&str] = &[
    "says",
    "id",
    "source",
    "speaker",
    "about",
    "within",
    "article",
    "require",
    "expect",
    "tolerance",
    "strict",
];

/// Every key a claim may have.
pub(crate) fn claim_keys() -> &'static [&'static str] {
    static KEYS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        let mut keys = OTHER_CLAIM_KEYS[..2].to_vec();
        keys.extend(KIND_KEYS);
        keys.extend(&OTHER_CLAIM_KEYS[2..]);
        keys
    });
    &KEYS
}

const WITHIN: &[(&str, Within)] = &Within::ALL;
const REQUIRE: &[(&str, Require)] = &[("all", Require::All), ("any", Require::Any)];
const EXPECT: &[(&str, Verdict)] = &[
    ("supported", Verdict::Supported),
    ("refuted", Verdict::Refuted),
    ("absent", Verdict::Absent),
];

/// What a file sets for all its claims.
struct Defaults {
    /// `None`: the file names no article; `Some(None)`: it names one that is invalid (already
    /// reported); `Some(Some(names))`: valid names.
    articles: Option<Option<Vec<ArticleName>>>,
    within: Within,
    require: Require,
    tolerance: super::Tolerance,
    strict: bool,
}

/// Parse the claim file `source` (at `path`, tested as `stem`). Returns the file, or `None`
/// if it has errors, and every diagnostic (errors and warnings) found.
pub fn parse(
    source: SourceFile,
    path: &Path,
    stem: &str,
    catalog: &dyn ArticleNames,
    aliases: &Aliases,
) -> (Option<ClaimFile>, Vec<Diagnostic>) {
    parse_keyed(source, path, stem, catalog, aliases, false)
}

/// [`parse()`], giving each claim its [`Claim::key`] where `keyed` (a run with a cache).
pub(crate) fn parse_keyed(
    source: SourceFile,
    path: &Path,
    stem: &str,
    catalog: &dyn ArticleNames,
    aliases: &Aliases,
    keyed: bool,
) -> (Option<ClaimFile>, Vec<Diagnostic>) {
    let mut reader = Reader::new(&source);
    let mut claims = Vec::new();
    if let Some(document) = reader.parse() {
        let table = document.get_ref();
        reader.reject_unknown_keys(table, FILE_KEYS, "a claim file");
        let articles = reader.strings(table, "article").map(|names| {
            let count = names.len();
            let resolved = resolve_articles(&mut reader, names, catalog);
            (resolved.len() == count && count > 0).then_some(resolved)
        });
        let defaults = Defaults {
            articles,
            within: reader
                .choice(table, "within", WITHIN)
                .map_or(Within::Paragraph, |w| w.value),
            require: reader
                .choice(table, "require", REQUIRE)
                .map_or(Require::All, |r| r.value),
            tolerance: read_tolerance(&mut reader, table).unwrap_or_default(),
            strict: reader.boolean(table, "strict").unwrap_or(false),
        };
        // What every claim's key starts from: the file's own keys, all but its claims.
        let file_key = keyed.then(|| {
            let mut hasher = blake3::Hasher::new();
            for (key, value) in table.iter().filter(|(key, _)| key.get_ref() != "claim") {
                hash_entry(&mut hasher, key.get_ref(), value.get_ref());
            }
            hasher
        });
        match table.get("claim") {
            None => {}
            Some(value) => match value.get_ref() {
                DeValue::Array(items) => {
                    for item in items.iter() {
                        match item.get_ref() {
                            DeValue::Table(claim) => {
                                let header = Span::from(item.span());
                                if let Some(mut parsed) = parse_claim(
                                    &mut reader,
                                    claim,
                                    header,
                                    &defaults,
                                    catalog,
                                    aliases,
                                ) {
                                    parsed.key = file_key.as_ref().map(|file_key| {
                                        let mut hasher = file_key.clone();
                                        hasher.update(b"\0claim\0");
                                        hash_table(&mut hasher, claim);
                                        let digest = hasher.finalize();
                                        let mut key = [0; 16];
                                        key.copy_from_slice(&digest.as_bytes()[..16]);
                                        key
                                    });
                                    claims.push(parsed);
                                }
                            }
                            _ => reader.wrong_type("claim", item, "a table"),
                        }
                    }
                }
                _ => {
                    reader.diagnostics.push(
                        Diagnostic::error(
                            "`claim` must be an array of tables",
                            &source,
                            value.span(),
                        )
                        .label("write each claim under its own `[[claim]]` header"),
                    );
                }
            },
        }
        if claims.is_empty() && reader.diagnostics.is_empty() {
            reader.diagnostics.push(
                Diagnostic::file_error("claim file has no claims", Some(&source))
                    .warning()
                    .help("add a claim: [[claim]] with `says = \"…\"` and what the article must state"),
            );
        }
        check_duplicate_ids(&mut reader, &mut claims);
    }
    let diagnostics = reader.diagnostics;
    let failed = diagnostics
        .iter()
        .any(|d| d.severity == crate::diagnostic::Severity::Error);
    let file = (!failed).then(|| {
        // A suite holds every claim for the whole run: no spare capacity.
        claims.shrink_to_fit();
        ClaimFile {
            name: source.name,
            path: path.to_path_buf(),
            stem: stem.to_string(),
            claims,
        }
    });
    (file, diagnostics)
}

fn parse_claim(
    reader: &mut Reader<'_>,
    table: &DeTable<'_>,
    header: Span,
    defaults: &Defaults,
    catalog: &dyn ArticleNames,
    aliases: &Aliases,
) -> Option<Claim> {
    let errors_before = reader.diagnostics.len();
    reader.reject_unknown_keys(table, claim_keys(), "a claim");
    let says = read_says(reader, table, header);
    let id = read_id(reader, table);
    let mut context = read_context(reader, table, aliases);
    let kind = parse_kind(reader, table, says.as_ref(), header, aliases).map(|(kind, names)| {
        context.extend(names);
        kind
    });
    let expected = reader.choice(table, "expect", EXPECT);
    let expect = expected.as_ref().map_or(Verdict::Supported, |e| e.value);
    // A claim expecting `refuted` whose keys and value name no one (`says = "Sabalenka won
    // the final in 67 minutes"`, `quantity = "67 minutes"`; `says = "There were 314 measles
    // cases nationally in 2017"`) is bound by the other words of its `says`, as the
    // fact-checker meant them: without them no other value could refute it. (A claim
    // expecting `supported` keeps its binding as written: the words of a label, `says =
    // "Published 20 September 2023"`, are no context.)
    if context.is_empty()
        && expect == Verdict::Refuted
        && let (Some(says), Some(kind)) = (&says, &kind)
        && super::shorthand::colon(&says.value).is_none()
    {
        let value = match kind {
            ClaimKind::Quantity(claimed) => Some(claimed.value_text.as_str()),
            ClaimKind::Date(claimed) => Some(claimed.text.as_str()),
            _ => None,
        };
        if let Some(value) = value {
            context = super::shorthand::bound_by(&says.value, value)
                .iter()
                .map(|word| Term::new(word, aliases))
                .collect();
        }
    }
    let within = reader
        .choice(table, "within", WITHIN)
        .map_or(defaults.within, |w| w.value);
    let require = reader
        .choice(table, "require", REQUIRE)
        .map_or(defaults.require, |r| r.value);
    if let (Some(expected), Some(kind)) = (&expected, &kind)
        && expected.value == Verdict::Refuted
    {
        never_refuted(reader, expected.span, kind, &context);
    }
    let tolerance = read_tolerance(reader, table).unwrap_or(defaults.tolerance);
    let strict = reader.boolean(table, "strict").unwrap_or(defaults.strict);
    let mut articles = claim_articles(reader, table, header, defaults, catalog)?;
    if reader.diagnostics.len() > errors_before {
        return None;
    }
    let says = says?;
    let kind = kind?;
    let (id, id_span) = match id {
        Some(id) => (id.value, id.span),
        None => (slug(&says.value), says.span),
    };
    // A suite holds every claim for the whole run: no spare capacity (a vector grown by
    // `push` keeps room for four).
    context.shrink_to_fit();
    articles.shrink_to_fit();
    Some(Claim {
        id: id.into(),
        id_span,
        says: says.value.into(),
        span: header,
        line: reader.file.position(header.start).line,
        kind,
        context,
        within,
        articles,
        require,
        expect,
        tolerance,
        strict,
        key: None,
    })
}

/// Hash `table`'s keys and values in an unambiguous form (each item tagged, each string and
/// list given its length): strings as read (`'a'` and `"a"` hash alike), numbers as written
/// (`1_000` and `1000` differ, which costs only a claim decided again).
fn hash_table(hasher: &mut blake3::Hasher, table: &DeTable<'_>) {
    hasher.update(&(table.len() as u64).to_le_bytes());
    for (key, value) in table.iter() {
        hash_entry(hasher, key.get_ref(), value.get_ref());
    }
}

fn hash_entry(hasher: &mut blake3::Hasher, key: &str, value: &DeValue<'_>) {
    hash_text(hasher, b'k', key);
    hash_value(hasher, value);
}

fn hash_text(hasher: &mut blake3::Hasher, tag: u8, text: &str) {
    hasher.update(&[tag]);
    hasher.update(&(text.len() as u64).to_le_bytes());
    hasher.update(text.as_bytes());
}

fn hash_value(hasher: &mut blake3::Hasher, value: &DeValue<'_>) {
    match value {
        DeValue::String(text) => hash_text(hasher, b's', text),
        DeValue::Integer(number) => {
            hash_text(hasher, b'i', number.as_str());
            hasher.update(&number.radix().to_le_bytes());
        }
        DeValue::Float(number) => hash_text(hasher, b'f', number.as_str()),
        DeValue::Boolean(flag) => {
            hasher.update(&[b'b', u8::from(*flag)]);
        }
        DeValue::Datetime(when) => hash_text(hasher, b'd', &when.to_string()),
        DeValue::Array(items) => {
            hasher.update(b"a");
            hasher.update(&(items.len() as u64).to_le_bytes());
            for item in items.iter() {
                hash_value(hasher, item.get_ref());
            }
        }
        DeValue::Table(table) => {
            hasher.update(b"t");
            hash_table(hasher, table);
        }
    }
}

/// A claim expecting `refuted` that no article can refute: a `text` or `pattern` claim (the
/// article states it or not), or one with no context (a different value may be about
/// something else). An error at its `expect`: it could never pass.
fn never_refuted(reader: &mut Reader<'_>, span: Span, kind: &ClaimKind, context: &[Term]) {
    let reason = match kind {
        ClaimKind::Text(_) | ClaimKind::Pattern(_) => format!(
            "a `{}` claim is supported or absent, never refuted",
            kind.name()
        ),
        ClaimKind::All(parts)
            if !context.is_empty() || parts.iter().any(|part| !part.context.is_empty()) =>
        {
            return;
        }
        // (A denial in the article refutes it.)
        ClaimKind::Statement(_) => return,
        _ if context.is_empty() => "a claim with no `source`, `speaker` or `about` is never refuted: a different value may be about something else".into(),
        _ => return,
    };
    reader.diagnostics.push(
        Diagnostic::error("this claim can never pass", reader.file, span)
            .label(reason)
            .help("write `expect = \"absent\"`, or name who or what the value is about (`source`, `about`, or a shorthand `\"<who>: <value>\"`)"),
    );
}

/// `says`, which every claim must have and state.
fn read_says(
    reader: &mut Reader<'_>,
    table: &DeTable<'_>,
    header: Span,
) -> Option<Located<String>> {
    let says = reader.string(table, "says");
    match &says {
        None if !table.contains_key("says") => reader.diagnostics.push(
            Diagnostic::error("claim has no `says`", reader.file, header)
                .label("this claim needs `says = \"…\"`: the claim as a person states it"),
        ),
        Some(says) if says.value.trim().is_empty() => reader.diagnostics.push(
            Diagnostic::error("`says` is empty", reader.file, says.span)
                .label("state the claim, e.g. \"NATO estimate: 30,000 troops\""),
        ),
        _ => {}
    }
    says
}

/// An `id` the claim gives itself, if valid.
fn read_id(reader: &mut Reader<'_>, table: &DeTable<'_>) -> Option<Located<String>> {
    match reader.string(table, "id") {
        Some(id) if slug(&id.value) != id.value || id.value.is_empty() => {
            reader.diagnostics.push(
                Diagnostic::error(format!("invalid id `{}`", id.value), reader.file, id.span)
                    .label(format!(
                        "ids are lower-case letters, digits and `-`; try `{}`",
                        slug(&id.value)
                    )),
            );
            None
        }
        other => other,
    }
}

/// The context terms of `source`, `speaker` and `about`.
fn read_context(reader: &mut Reader<'_>, table: &DeTable<'_>, aliases: &Aliases) -> Vec<Term> {
    let mut context = Vec::new();
    for key in ["source", "speaker", "about"] {
        for term in reader.strings(table, key).unwrap_or_default() {
            if term.value.trim().is_empty() {
                reader.diagnostics.push(
                    Diagnostic::error(format!("empty `{key}` term"), reader.file, term.span)
                        .label("name who or what must appear, or remove the key"),
                );
            } else {
                let found = Term::new(&term.value, aliases);
                context.push(if key == "speaker" {
                    found.as_speaker()
                } else {
                    found
                });
            }
        }
    }
    context
}

/// The articles a claim is checked against: its own `article`, or the file's. `None` when
/// the file's are invalid (already reported).
fn claim_articles(
    reader: &mut Reader<'_>,
    table: &DeTable<'_>,
    header: Span,
    defaults: &Defaults,
    catalog: &dyn ArticleNames,
) -> Option<Vec<ArticleName>> {
    match reader.strings(table, "article") {
        Some(names) if !names.is_empty() => Some(resolve_articles(reader, names, catalog)),
        _ => match &defaults.articles {
            Some(Some(names)) => Some(names.clone()),
            Some(None) => None,
            None => {
                let mut error = Diagnostic::error("claim names no article", reader.file, header)
                    .label("add `article = \"…\"` here or at the top of the file");
                let names = catalog.examples();
                if !names.is_empty() {
                    error = error.help(format!("articles in this suite: {}", names.join(", ")));
                }
                reader.diagnostics.push(error);
                Some(Vec::new())
            }
        },
    }
}

/// The claim's kind from its one kind key (or its shorthand `says`).
/// The kind, and for a shorthand the names its context requires.
fn parse_kind(
    reader: &mut Reader<'_>,
    table: &DeTable<'_>,
    says: Option<&Located<String>>,
    header: Span,
    aliases: &Aliases,
) -> Option<(ClaimKind, Vec<Term>)> {
    let present: Vec<&str> = KIND_KEYS
        .iter()
        .copied()
        .filter(|k| table.contains_key(*k))
        .collect();
    if present.len() > 1 {
        let second = table
            .keys()
            .filter(|k| present.contains(&k.get_ref().as_ref()))
            .map(|k| Span::from(k.span()))
            .max()
            .unwrap_or(header);
        reader.diagnostics.push(
            Diagnostic::error("a claim takes one kind key", reader.file, second).label(format!(
                "this claim has {}; split it into one claim per key",
                present
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(" and ")
            )),
        );
        return None;
    }
    let Some(&key) = present.first() else {
        // A misspelt kind key (`qoute`) is already reported; the shorthand error would be noise.
        let misspelt_kind = table.keys().any(|k| {
            let key = k.get_ref();
            !claim_keys().contains(&key.as_ref())
                && !crate::diagnostic::nearest(key, KIND_KEYS.iter().copied()).is_empty()
        });
        if misspelt_kind {
            return None;
        }
        let says = says.filter(|s| !s.value.trim().is_empty())?;
        return super::shorthand::parse(reader, says, aliases);
    };
    let value = reader.string(table, key)?;
    if value.value.trim().is_empty() {
        reader.diagnostics.push(
            Diagnostic::error(format!("`{key}` is empty"), reader.file, value.span)
                .label("say what the article must state"),
        );
        return None;
    }
    let says = says.map_or("", |s| s.value.as_str());
    super::kinds::parse(reader, key, &value, says, aliases)
}

fn resolve_articles(
    reader: &mut Reader<'_>,
    names: Vec<Located<String>>,
    catalog: &dyn ArticleNames,
) -> Vec<ArticleName> {
    let mut articles = Vec::new();
    for name in names {
        match catalog.resolve(&name.value) {
            Ok(shared) => {
                if !articles.iter().any(|a: &ArticleName| *a.name == *shared) {
                    articles.push(ArticleName {
                        name: shared,
                        span: name.span,
                    });
                }
            }
            Err(Unresolved::Unknown(near)) => {
                let label = match near.first() {
                    Some(best) => format!("no such article; did you mean `{best}`?"),
                    None => "no such article in the articles folder".to_string(),
                };
                let mut error = Diagnostic::error(
                    format!("unknown article `{}`", name.value),
                    reader.file,
                    name.span,
                )
                .label(label);
                if near.len() > 1 {
                    error = error.help(format!("near names: {}", near.join(", ")));
                }
                reader.diagnostics.push(error);
            }
            Err(Unresolved::Ambiguous(files)) => reader.diagnostics.push(
                Diagnostic::error(
                    format!("ambiguous article `{}`", name.value),
                    reader.file,
                    name.span,
                )
                .label("two files have this name")
                .help(format!("rename or remove one of: {}", files.join(", "))),
            ),
            Err(Unresolved::Outside) => reader.diagnostics.push(
                Diagnostic::error(
                    format!("article `{}` is outside the articles folder", name.value),
                    reader.file,
                    name.span,
                )
                .label("article names are paths inside the articles folder, without extension"),
            ),
        }
    }
    articles
}

/// `tolerance` is a number or a percentage string such as `"5%"`.
fn read_tolerance(reader: &mut Reader<'_>, table: &DeTable<'_>) -> Option<super::Tolerance> {
    let value = table.get("tolerance")?;
    let tolerance = match value.get_ref() {
        DeValue::Integer(number) => number
            .as_str()
            .replace('_', "")
            .parse()
            .ok()
            .map(super::Tolerance::Absolute),
        DeValue::Float(number) => number
            .as_str()
            .replace('_', "")
            .parse()
            .ok()
            .map(super::Tolerance::Absolute),
        // "5%" is a percentage; "1000" in quotes is the number it spells.
        DeValue::String(text) => match text.trim().strip_suffix('%') {
            Some(percent) => percent.trim().parse().ok().map(super::Tolerance::Percent),
            None => text
                .trim()
                .replace([',', '_'], "")
                .parse()
                .ok()
                .map(super::Tolerance::Absolute),
        },
        _ => {
            reader.wrong_type("tolerance", value, "a number or a percentage like \"5%\"");
            return None;
        }
    };
    match tolerance {
        Some(super::Tolerance::Absolute(n) | super::Tolerance::Percent(n))
            if n >= 0.0 && f64::is_finite(n) =>
        {
            tolerance
        }
        _ => {
            reader.diagnostics.push(
                Diagnostic::error("unreadable `tolerance`", reader.file, value.span())
                    .label("write a non-negative number (`1000`) or a percentage (`\"5%\"`)"),
            );
            None
        }
    }
}

/// Ids must be unique in a file. A written id used twice is an error; an id derived from
/// `says` that another claim has (`… awarded Tapie €403m` and `… $403m` slug alike) takes
/// the next free number (`…-403m-2`), as insta numbers its snapshots.
fn check_duplicate_ids(reader: &mut Reader<'_>, claims: &mut [Claim]) {
    // (A derived id's span is its `says` value's: the key before it is not `id`.)
    let derived = |reader: &Reader<'_>, claim: &Claim| {
        let key = reader.file.text[..claim.id_span.start]
            .trim_end()
            .trim_end_matches('=')
            .trim_end()
            .trim_end_matches(['"', '\'']);
        !key.ends_with("id")
    };
    let written: HashSet<Arc<str>> = claims
        .iter()
        .filter(|claim| !derived(reader, claim))
        .map(|claim| claim.id.clone())
        .collect();
    let mut first: HashMap<Arc<str>, usize> = HashMap::new();
    for claim in claims.iter_mut() {
        if derived(reader, claim) && (first.contains_key(&claim.id) || written.contains(&claim.id))
        {
            let free = (2..)
                .map(|n| format!("{}-{n}", claim.id))
                .find(|id| !first.contains_key(id.as_str()) && !written.contains(id.as_str()))
                .expect("a free number");
            claim.id = free.into();
        }
        if let Some(&earlier) = first.get(&claim.id) {
            let line = reader.file.position(earlier).line;
            reader.diagnostics.push(
                Diagnostic::error(
                    format!("duplicate id `{}`", claim.id),
                    reader.file,
                    claim.id_span,
                )
                .label(format!("the claim at line {line} already has this id"))
                .help("give one of them a different `id = \"…\"`"),
            );
        } else {
            first.insert(claim.id.clone(), claim.span.start);
        }
    }
}
