//! Every way a claim file, the config or an article can be wrong gets a precise error at
//! `file:line:col`, with the source line and a caret, all at once, exit code 2. The
//! rendered errors are snapshots, so a change of wording shows in review.

mod common;

use common::{TempSuite, stderr};

/// Run `check` on a suite with one claim file and return its stderr (asserting exit 2).
fn errors_of(claims: &str) -> String {
    let suite = TempSuite::new();
    suite.write("claims/bad.toml", claims);
    let output = suite.run(&["check"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        output.stdout.is_empty(),
        "nothing is checked on invalid input"
    );
    stderr(&output)
}

#[test]
fn toml_syntax_error() {
    insta::assert_snapshot!(errors_of(
        "article = \"nbc-russia-belarus-drills\"\n[[claim]\nsays = \"x\"\n"
    ));
}

#[test]
fn unknown_key_suggests_the_nearest() {
    insta::assert_snapshot!(errors_of(
        "article = \"nbc-russia-belarus-drills\"\n\n[[claim]]\nsays = \"Truss warned\"\nqoute = \"would be disastrous\"\nspeker = \"Liz Truss\"\n"
    ));
}

#[test]
fn unknown_file_level_key() {
    insta::assert_snapshot!(errors_of(
        "articel = \"nbc-russia-belarus-drills\"\n\n[[claim]]\nsays = \"x\"\ntext = \"drills\"\narticle = \"nbc-russia-belarus-drills\"\n"
    ));
}

#[test]
fn wrong_types() {
    insta::assert_snapshot!(errors_of(
        "article = \"nbc-russia-belarus-drills\"\nstrict = \"yes\"\n\n[[claim]]\nsays = 5\ntext = \"drills\"\n\n[[claim]]\nsays = \"x\"\ntext = \"drills\"\nabout = [\"Belarus\", 3]\n\n[[claim]]\nsays = \"y\"\ntext = [\"drills\"]\n"
    ));
}

#[test]
fn claim_must_be_an_array_of_tables() {
    insta::assert_snapshot!(errors_of(
        "article = \"nbc-russia-belarus-drills\"\n\n[claim]\nsays = \"x\"\ntext = \"drills\"\n"
    ));
}

#[test]
fn two_kind_keys() {
    insta::assert_snapshot!(errors_of(
        "article = \"nbc-russia-belarus-drills\"\n\n[[claim]]\nsays = \"x\"\ntext = \"drills\"\nquote = \"hybrid war\"\n"
    ));
}

#[test]
fn duplicate_id() {
    insta::assert_snapshot!(errors_of(
        "article = \"nbc-russia-belarus-drills\"\n\n[[claim]]\nid = \"drills\"\nsays = \"Drills\"\ntext = \"drills\"\n\n[[claim]]\nsays = \"Other\"\ntext = \"Belarus\"\n\n[[claim]]\nid = \"drills\"\nsays = \"Other\"\ntext = \"Belarus\"\n"
    ));
}

/// Two claims whose `says` slug alike (`… awarded Tapie €403m` and `… $403m`, the wrong
/// currency a fact-checker tests) are no error: the later derived id takes the next free
/// number, past any written id.
#[test]
fn derived_ids_alike_are_numbered_not_refused() {
    let suite = TempSuite::new();
    suite.write(
        "claims/alike.toml",
        "article = \"nbc-russia-belarus-drills\"\n\n[[claim]]\nsays = \"Drills: 30,000 troops\"\n\n[[claim]]\nsays = \"Drills: 30,000 troops!\"\n\n[[claim]]\nid = \"drills-30-000-troops-2\"\nsays = \"Other\"\ntext = \"Belarus\"\n",
    );
    let output = suite.run(&["check", "--format", "json"]);
    assert_ne!(output.status.code(), Some(2), "{}", stderr(&output));
    let report = String::from_utf8_lossy(&output.stdout);
    for id in [
        "\"drills-30-000-troops\"",
        "\"drills-30-000-troops-3\"",
        "\"drills-30-000-troops-2\"",
    ] {
        assert!(
            report.contains(&format!("\"id\": {id}")),
            "{id} in {report}"
        );
    }
}

#[test]
fn says_missing_or_empty() {
    insta::assert_snapshot!(errors_of(
        "article = \"nbc-russia-belarus-drills\"\n\n[[claim]]\ntext = \"drills\"\n\n[[claim]]\nsays = \"  \"\ntext = \"drills\"\n"
    ));
}

#[test]
fn unknown_article_lists_near_names() {
    insta::assert_snapshot!(errors_of(
        "[[claim]]\nsays = \"x\"\ntext = \"drills\"\narticle = \"nbc-russia-belarus-drill\"\n\n[[claim]]\nsays = \"y\"\ntext = \"drills\"\n"
    ));
}

#[test]
fn article_outside_the_articles_folder() {
    insta::assert_snapshot!(errors_of(
        "[[claim]]\nsays = \"x\"\ntext = \"drills\"\narticle = \"../claims/bad\"\n\n[[claim]]\nsays = \"y\"\ntext = \"drills\"\narticle = \"/etc/passwd\"\n"
    ));
}

#[test]
fn invalid_pattern() {
    insta::assert_snapshot!(errors_of(
        "article = \"nbc-russia-belarus-drills\"\n\n[[claim]]\nsays = \"x\"\npattern = 'until Feb(ruary'\n"
    ));
}

#[test]
fn invalid_choices_list_the_valid_ones() {
    insta::assert_snapshot!(errors_of(
        "article = \"nbc-russia-belarus-drills\"\nwithin = \"para\"\n\n[[claim]]\nsays = \"x\"\ntext = \"drills\"\nexpect = \"refute\"\nrequire = \"every\"\n"
    ));
}

#[test]
fn unreadable_shorthand_says_what_to_write() {
    insta::assert_snapshot!(errors_of(
        "article = \"nbc-russia-belarus-drills\"\n\n[[claim]]\nsays = \"It was so.\"\n\n[[claim]]\nsays = \"NATO estimate: a lot of troops\"\n"
    ));
}

#[test]
fn unreadable_quantity_date_and_tolerance() {
    insta::assert_snapshot!(errors_of(
        "article = \"nbc-russia-belarus-drills\"\n\n[[claim]]\nsays = \"x\"\nquantity = \"many troops\"\n\n[[claim]]\nsays = \"y\"\ndate = \"soonish\"\n\n[[claim]]\nsays = \"z\"\nquantity = \"30,000 troops in Belarus\"\ntolerance = \"five percent\"\n"
    ));
}

#[test]
fn non_utf8_claim_file() {
    let suite = TempSuite::new();
    suite.write(
        "claims/bad.toml",
        b"[[claim]]\nsays = \"caf\xe9\"\n".as_slice(),
    );
    let output = suite.run(&["check"]);
    assert_eq!(output.status.code(), Some(2));
    insta::assert_snapshot!(stderr(&output));
}

#[test]
fn non_utf8_article() {
    let suite = TempSuite::new();
    suite.write(
        "articles/latin1.txt",
        b"Line one.\nThe caf\xe9 closed.\n".as_slice(),
    );
    suite.write(
        "claims/ok.toml",
        "[[claim]]\nsays = \"x\"\ntext = \"closed\"\narticle = \"latin1\"\n",
    );
    let output = suite.run(&["check"]);
    assert_eq!(output.status.code(), Some(2));
    insta::assert_snapshot!(stderr(&output));
}

#[test]
fn ambiguous_article_name() {
    let suite = TempSuite::new();
    suite.write("articles/story.txt", "One.");
    suite.write("articles/story.md", "Two.");
    suite.write(
        "claims/ok.toml",
        "[[claim]]\nsays = \"x\"\ntext = \"one\"\narticle = \"story\"\n",
    );
    let output = suite.run(&["check"]);
    assert_eq!(output.status.code(), Some(2));
    let text = stderr(&output).replace(&suite.path().display().to_string(), "<suite>");
    insta::assert_snapshot!(text);
}

#[test]
fn errors_of_all_files_are_reported_together_sorted() {
    let suite = TempSuite::new();
    suite.write(
        "claims/a.toml",
        "[[claim]]\nsays = \"x\"\ntext = \"drills\"\narticle = \"nope\"\n",
    );
    suite.write(
        "claims/sub/b.toml",
        "[[claim]]\nsays = \"y\"\nqoute = \"z\"\narticle = \"nbc-russia-belarus-drills\"\n",
    );
    suite.write("claims/empty.toml", "# nothing yet\n");
    let output = suite.run(&["check"]);
    assert_eq!(output.status.code(), Some(2));
    insta::assert_snapshot!(stderr(&output));
}

#[test]
fn empty_claim_file_is_a_warning_not_an_error() {
    let suite = TempSuite::new();
    suite.write(
        "claims/empty.toml",
        "article = \"nbc-russia-belarus-drills\"\n",
    );
    suite.write(
        "claims/ok.toml",
        "[[claim]]\nsays = \"x\"\ntext = \"drills\"\narticle = \"nbc-russia-belarus-drills\"\n",
    );
    let output = suite.run(&["check"]);
    assert_eq!(output.status.code(), Some(0));
    insta::assert_snapshot!(stderr(&output));
}

#[test]
fn config_errors() {
    let suite = TempSuite::new();
    suite.write(
        "factcheck.toml",
        "artciles = \"articles\"\n[aliases]\nPentagon = 3\n",
    );
    suite.write(
        "claims/ok.toml",
        "[[claim]]\nsays = \"x\"\ntext = \"drills\"\narticle = \"nbc-russia-belarus-drills\"\n",
    );
    let output = suite.run(&["check"]);
    assert_eq!(output.status.code(), Some(2));
    insta::assert_snapshot!(stderr(&output));
}

#[test]
fn missing_claims_folder_and_path() {
    let dir = tempfile::tempdir().unwrap();
    let output = common::factcheck(dir.path(), &["check"]);
    assert_eq!(output.status.code(), Some(2));
    let output = common::factcheck(dir.path(), &["check", "nowhere.toml"]);
    assert_eq!(output.status.code(), Some(2));
    insta::assert_snapshot!(stderr(&output));
}
