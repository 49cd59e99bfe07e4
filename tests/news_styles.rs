//! Claims about articles in styles the bundled ones lack (British economics, US wire copy, a Markdown health piece, a court report, a US Senate story, a UK storm report, a Markdown inflation story, an AP hearing story, a UK housing story, an AP earnings story, a football report, a Reuters health story):
//! every claim in `tests/fixtures/news-styles` gets the verdict it expects.

mod common;

#[test]
fn claims_about_other_news_styles_get_their_expected_verdicts() {
    let dir = common::repo().join("tests/fixtures/news-styles");
    let output = common::factcheck(&dir, &["check"]);
    let text = common::stdout(&output);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{text}{}",
        common::stderr(&output)
    );
    assert!(
        text.contains("test result: ok. 240 passed; 0 failed"),
        "{text}"
    );
}
