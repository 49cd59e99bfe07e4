//! Articles as they come (`tests/fixtures/web`): saved pages in the structures of real news
//! sites (a WordPress theme, a wire service, a broadcaster, a tabloid, an AMP page, a body
//! split by ads, a page with comments, one whose metadata is only JSON-LD) and Markdown
//! articles with front matter, each with `expect/NAME.toml`: the body paragraphs reader mode
//! must give, in order, the furniture it must leave out, and the metadata.
//!
//! Tests: each article's extracted text holds every body paragraph in order and none of the
//! furniture; its metadata is what the page states; every claim gets its expected verdict;
//! evidence positions point at the evidence in the HTML or Markdown file as written.

mod common;

use std::path::{Path, PathBuf};

use factcheck::article::Article;
use serde::Deserialize;

fn suite() -> PathBuf {
    common::repo().join("tests/fixtures/web")
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    body: Vec<String>,
    furniture: Vec<String>,
    #[serde(default)]
    meta: ExpectMeta,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ExpectMeta {
    title: Option<String>,
    url: Option<String>,
    published: Option<String>,
    author: Option<String>,
    publisher: Option<String>,
}

/// Text compared as a reader reads it: quotation marks, dashes and spaces of every kind
/// made plain, whitespace runs made one space.
fn plain(text: &str) -> String {
    let folded: String = text
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            c if c.is_whitespace() => ' ',
            c => c,
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn articles() -> Vec<(String, PathBuf, Expect)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(suite().join("articles")).expect("the web articles") {
        let path = entry.expect("an entry").path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let expect = suite().join("expect").join(format!("{name}.toml"));
        let text = std::fs::read_to_string(&expect).expect("an expect file per article");
        let expect: Expect = toml::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        found.push((name, path, expect));
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found
}

fn load(name: &str, path: &Path) -> Article {
    Article::load(name, path, &path.display().to_string())
        .unwrap_or_else(|errors| panic!("{name}: {errors:?}"))
}

#[test]
fn the_fixture_set_covers_the_kinds_of_page() {
    let all = articles();
    let html = all
        .iter()
        .filter(|(_, p, _)| p.extension().unwrap() == "html");
    let markdown = all
        .iter()
        .filter(|(_, p, _)| p.extension().unwrap() == "md");
    assert!(html.count() >= 8);
    assert!(markdown.count() >= 4);
}

#[test]
fn every_body_paragraph_is_read_in_order_and_no_furniture() {
    let mut failures = Vec::new();
    for (name, path, expect) in articles() {
        let article = load(&name, &path);
        let text = plain(&article.original);
        let mut from = 0;
        for paragraph in &expect.body {
            let wanted = plain(paragraph);
            match text[from..].find(&wanted) {
                Some(at) => from += at + wanted.len(),
                None if text.contains(&wanted) => {
                    failures.push(format!("{name}: out of order: {wanted}"));
                }
                None => failures.push(format!("{name}: missing: {wanted}")),
            }
        }
        for furniture in &expect.furniture {
            if text.contains(&plain(furniture)) {
                failures.push(format!("{name}: furniture read: {furniture}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn metadata_is_what_each_file_states() {
    let mut failures = Vec::new();
    for (name, path, expect) in articles() {
        let meta = load(&name, &path).meta;
        let pairs = [
            ("title", &expect.meta.title, meta.title.clone()),
            ("url", &expect.meta.url, meta.url.clone()),
            (
                "published",
                &expect.meta.published,
                meta.published.map(|d| d.to_string()),
            ),
            ("author", &expect.meta.author, meta.author.clone()),
            ("publisher", &expect.meta.publisher, meta.publisher.clone()),
        ];
        for (field, wanted, got) in pairs {
            if wanted.as_deref().map(plain) != got.as_deref().map(plain) {
                failures.push(format!(
                    "{name}: {field}: expected {wanted:?}, read {got:?}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_web_claim_gets_its_expected_verdict() {
    let output = common::factcheck(&suite(), &["check"]);
    let text = common::stdout(&output);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{text}{}",
        common::stderr(&output)
    );
    let summary = text.lines().last().unwrap_or_default();
    let passed: usize = summary
        .split_whitespace()
        .nth(3)
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(passed >= 150, "{summary}");
}

/// Every piece of evidence the JSON report cites is, at its line and column of the file as
/// written, the evidence's own text (its first word, past any markup).
#[test]
fn evidence_positions_point_into_the_files_as_written() {
    let output = common::factcheck(&suite(), &["check", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("a JSON report");
    let mut checked = 0;
    let mut failures = Vec::new();
    for claim in report["results"].as_array().unwrap() {
        for article in claim["articles"].as_array().unwrap() {
            let Some(evidence) = article["evidence"].as_object() else {
                continue;
            };
            let path = suite().join(article["path"].as_str().unwrap());
            let file = std::fs::read_to_string(&path).unwrap();
            let line = evidence["line"].as_u64().unwrap() as usize;
            let column = evidence["column"].as_u64().unwrap() as usize;
            let text = evidence["text"].as_str().unwrap();
            let at: String = file
                .lines()
                .nth(line - 1)
                .unwrap_or_default()
                .chars()
                .skip(column - 1)
                .collect();
            // The position is the figure's own (past a qualifier such as `roughly`): the
            // word that starts there is a word of the evidence.
            let word: String = at.chars().take_while(|c| c.is_alphanumeric()).collect();
            if word.is_empty() || !text.contains(&word) {
                failures.push(format!(
                    "{}:{line}:{column}: {text:?} but {at:?}",
                    path.display()
                ));
            }
            checked += 1;
        }
    }
    assert!(checked >= 100, "{checked}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
