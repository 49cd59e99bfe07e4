//! Claims about articles in styles the bundled ones lack (British economics, US wire copy, a Markdown health piece, a court report, a US Senate story, a UK storm report, a Markdown inflation story, an AP hearing story, a UK housing story, an AP earnings story, a football report, a Reuters health story):
//! every claim in `tests/fixtures/news-styles` gets the verdict it expects.

mod common;

#[test]
fn claims_about_other_news_styles_get_their_expected_verdicts() {
    let dir = common::repo().join("tests/fixtures/news-styles");
    let (_, passed) = common::all_passed(&common::factcheck(&dir, &["check"]));
    assert_eq!(passed, 240);
}
