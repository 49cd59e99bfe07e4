//! The real-news regression suite (`tests/fixtures/real-news`): 26 articles across markets,
//! the economy, politics, courts, disasters, conflict, health, science and sport, in the
//! styles of many outlets (see its `SOURCES.md`), each with claims written as a fact-checker
//! writes them, a third or more refuted or absent (misattributions among them).
//!
//! Two tests: every claim gets the verdict it expects, and every article's `extract` matches
//! its accepted snapshot (reviewed mention by mention: kind, value, unit, qualifier, change,
//! owner, speaker). A change to how news is read shows up here as a snapshot diff.

mod common;

use std::path::PathBuf;

fn suite() -> PathBuf {
    common::repo().join("tests/fixtures/real-news")
}

#[test]
fn every_real_news_claim_gets_its_expected_verdict() {
    let (_, passed) = common::all_passed(&common::factcheck(&suite(), &["check"]));
    // The suite is not allowed to shrink unnoticed.
    assert!(passed >= 1021, "{passed} passed");
}

#[test]
fn every_real_news_article_reads_as_its_accepted_extract() {
    let mut articles: Vec<PathBuf> = std::fs::read_dir(suite().join("articles"))
        .expect("the real-news articles")
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    articles.sort();
    assert!(articles.len() >= 25, "{articles:?}");
    for article in articles {
        let name = article.file_stem().unwrap().to_string_lossy().into_owned();
        let relative = format!(
            "articles/{}",
            article.file_name().unwrap().to_string_lossy()
        );
        let output = common::factcheck(&suite(), &["extract", &relative]);
        assert_eq!(output.status.code(), Some(0), "{}", common::stderr(&output));
        insta::assert_snapshot!(format!("real_news_{name}"), common::stdout(&output));
    }
}
