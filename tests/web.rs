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
    let (_, passed) = common::all_passed(&common::factcheck(&suite(), &["check"]));
    // The suite is not allowed to shrink unnoticed.
    assert!(passed >= 222, "{passed} passed");
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

/// The contract's example: in a piece published on Friday 11 February 2022, "on Thursday"
/// supports `date = "2022-02-10"` and a claim of the 9th is refuted, with a note of how the
/// date was read; without a publication date, the weekday compares as written.
#[test]
fn relative_dates_resolve_against_the_publication_date() {
    let suite = common::TempSuite::new();
    let story = "The ministry announced the deal on Thursday, officials said.\n";
    suite
        .write(
            "articles/dated.md",
            format!("---\ntitle: Deal announced\npublished: 2022-02-11T09:30:00Z\n---\n{story}"),
        )
        .write("articles/undated.txt", story)
        .write(
            "claims/dated.toml",
            "article = \"dated\"\n\
             [[claim]]\nsays = \"Deal announced on 10 February\"\ndate = \"2022-02-10\"\nabout = [\"deal\"]\n\
             [[claim]]\nsays = \"Deal announced on 9 February\"\ndate = \"2022-02-09\"\nabout = [\"deal\"]\nexpect = \"refuted\"\n",
        )
        .write(
            "claims/undated.toml",
            "article = \"undated\"\n\
             [[claim]]\nsays = \"Deal announced on Thursday\"\ndate = \"Thursday\"\nabout = [\"deal\"]\n\
             [[claim]]\nsays = \"Deal announced on 10 February\"\ndate = \"2022-02-10\"\nabout = [\"deal\"]\nexpect = \"absent\"\n",
        );
    let (text, _) = common::all_passed(&suite.run(&["check"]));
    assert!(
        text.contains("`Thursday` read as 2022-02-10: the Thursday on or before publication (2022-02-11, Friday)"),
        "{text}"
    );
}

/// Malformed front matter and JSON-LD are errors at their line and column (exit 2), with
/// the offending text shown; a file of a format that is not read is a warning naming those
/// that are.
#[test]
fn malformed_metadata_is_an_error_where_it_is() {
    let suite = common::TempSuite::new();
    suite
        .write("articles/bad.md", "+++\ntitle = \"Unclosed\ndate = 2022-02-11\n+++\nBody.\n")
        .write(
            "articles/page.html",
            "<html><head><script type=\"application/ld+json\">\n{\"@type\": \"NewsArticle\",\n  \"headline\": }\n</script></head><body><p>Body.</p></body></html>",
        )
        .write("articles/notes.docx", "not an article")
        .write(
            "claims/bad.toml",
            "[[claim]]\narticle = \"bad\"\nsays = \"Body\"\ntext = \"Body\"\n\
             [[claim]]\narticle = \"page\"\nsays = \"Page body\"\ntext = \"Body\"\n",
        );
    let output = suite.run(&["check"]);
    let errors = common::stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{errors}");
    assert!(
        errors.contains("front matter is not valid TOML"),
        "{errors}"
    );
    assert!(errors.contains("articles/bad.md:2:"), "{errors}");
    assert!(errors.contains("JSON-LD is not valid JSON"), "{errors}");
    assert!(errors.contains("articles/page.html:3:15"), "{errors}");
    assert!(
        errors.contains("`articles/notes.docx` is not read as an article"),
        "{errors}"
    );
}

/// The metadata is in the JSON report (`articles[].meta`) and the HTML report's header for
/// each article, and in `extract`'s heading.
#[test]
fn metadata_is_carried_into_the_reports() {
    let output = common::factcheck(
        &suite(),
        &[
            "check",
            "claims/jsonld-only-election-result.toml",
            "--format",
            "json",
        ],
    );
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let meta = &report["results"][0]["articles"][0]["meta"];
    assert_eq!(meta["published"], "2023-07-21", "{meta}");
    assert!(meta["publisher"].is_string(), "{meta}");
    let output = common::factcheck(
        &suite(),
        &[
            "check",
            "claims/jsonld-only-election-result.toml",
            "--format",
            "html",
        ],
    );
    let page = common::stdout(&output);
    let article = common::html_data_block(&page, "article-0");
    let article = article.as_str().expect("an article's markup");
    assert!(
        article.contains("<dl class=\"meta\">"),
        "no metadata header"
    );
    assert!(article.contains("<dt>published</dt><dd>2023-07-21</dd>"));
    let output = common::factcheck(
        &suite(),
        &["extract", "articles/jsonld-only-election-result.html"],
    );
    assert!(common::stdout(&output).contains("\n# published: 2023-07-21\n"));
}

/// A saved page in Windows-1252 that says so is read in it, as a browser reads it; its
/// positions are the file's (one byte, one letter). A page that is not UTF-8 and declares
/// nothing is still an error at its first invalid byte.
#[test]
fn a_page_declaring_a_single_byte_charset_is_read_in_it() {
    let suite = common::TempSuite::new();
    suite
        .write(
            "articles/latin.html",
            b"<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xe9 owners paid \x80400 in fees, the council said.</p></body></html>".as_slice(),
        )
        .write(
            "claims/latin.toml",
            "article = \"latin\"\n[[claim]]\nsays = \"Council: EUR 400 in fees\"\nquantity = \"€400\"\nsource = \"council\"\n",
        );
    let output = suite.run(&["check", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", common::stderr(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let evidence = &report["results"][0]["articles"][0]["evidence"];
    // `€` is the 74th letter of the line: the file's own column.
    assert_eq!(evidence["column"], 74, "{evidence}");
    suite.write("articles/latin.html", b"<p>Caf\xe9</p>".as_slice());
    let output = suite.run(&["check"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(common::stderr(&output).contains("is not valid UTF-8"));
}
