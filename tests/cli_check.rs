//! What a user does with the `factcheck` command: check the suite, read reports in each
//! format, see claims fail when an article changes, extract an article's mentions.

mod common;

use std::collections::BTreeSet;

use common::{TempSuite, factcheck, repo, stderr, stdout};

fn failed_claims(json: &str) -> BTreeSet<String> {
    let report: serde_json::Value = serde_json::from_str(json).expect("valid JSON");
    report["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["passed"] == false)
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn bundled_suite_passes_with_exit_code_0() {
    let output = factcheck(&repo(), &["check"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
    let text = stdout(&output);
    assert!(
        text.lines().last().unwrap().starts_with("test result: ok."),
        "{text}"
    );
    assert!(
        !text.contains('\u{1b}'),
        "no colour when stdout is not a terminal"
    );
}

#[test]
fn a_failing_claim_exits_1_with_the_design_report_shape() {
    let suite = TempSuite::copy_of_bundled();
    suite.edit(
        "articles/ukraine-crisis-diplomacy.txt",
        "north of 100,000",
        "fewer than 150,000",
    );
    let output = suite.run(&["check", "claims/ukraine-crisis-diplomacy.toml"]);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(stdout(&output));
}

#[test]
fn changing_a_number_fails_exactly_the_claims_that_cite_it() {
    let suite = TempSuite::copy_of_bundled();
    suite.edit(
        "articles/nbc-russia-belarus-drills.txt",
        "up to 30,000 combat troops",
        "up to 31,000 combat troops",
    );
    let output = suite.run(&["check", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let failed = failed_claims(&stdout(&output));
    let expected = common::set(&[
        "nato-estimate-30-000-troops",
        "nato-said-the-drills-would-involve-up-to-30-000-combat-troops",
        "one-of-the-reports-gives-nato-s-30-000-estimate",
    ]);
    assert_eq!(failed, expected);
    let human = suite.run(&["check"]);
    let text = stdout(&human);
    assert!(
        text.contains("- NATO said last week they would involve up to 30,000 combat troops"),
        "{text}"
    );
    assert!(
        text.contains("+ NATO said last week they would involve up to 31,000 combat troops"),
        "{text}"
    );
}

#[test]
fn changing_a_date_fails_the_date_claims() {
    let suite = TempSuite::copy_of_bundled();
    suite.edit(
        "articles/nbc-russia-belarus-drills.txt",
        "until Feb. 20",
        "until Feb. 21",
    );
    let output = suite.run(&["check", "--format", "json"]);
    let failed = failed_claims(&stdout(&output));
    let expected = common::set(&[
        "drills-in-belarus-run-until-feb-20",
        "drills-end-feb-20",
        "the-drills-run-until-feb-20",
    ]);
    assert_eq!(failed, expected);
    let text = stdout(&suite.run(&["check"]));
    assert!(
        text.contains(
            "- This active phase of the drills in Belarus is scheduled to last until Feb. 20"
        ),
        "{text}"
    );
}

#[test]
fn changing_a_quoted_word_makes_the_quote_a_misquote() {
    let suite = TempSuite::copy_of_bundled();
    suite.edit(
        "articles/nbc-russia-belarus-drills.txt",
        "would be disastrous for",
        "would be ruinous for",
    );
    let output = suite.run(&["check", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let truss = report["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "truss-warned-an-attack-would-be-disastrous")
        .unwrap();
    assert_eq!(truss["verdict"], "refuted");
    assert_eq!(
        truss["articles"][0]["diff"]["stated"],
        "would be ruinous for the Russian and Ukrainian people and for European security"
    );
    assert_eq!(
        failed_claims(&stdout(&output)),
        BTreeSet::from(["truss-warned-an-attack-would-be-disastrous".to_string()])
    );
}

#[test]
fn json_report_has_the_documented_shape() {
    let output = factcheck(
        &repo(),
        &[
            "check",
            "--format",
            "json",
            "claims/ukraine-crisis-diplomacy.toml",
        ],
    );
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(report["version"], 1);
    let summary = &report["summary"];
    assert_eq!(
        summary["claims"],
        summary["passed"].as_u64().unwrap() + summary["failed"].as_u64().unwrap()
    );
    let pentagon = report["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "pentagon-150k")
        .unwrap();
    assert_eq!(pentagon["file"], "claims/ukraine-crisis-diplomacy.toml");
    assert_eq!(pentagon["kind"], "quantity");
    assert_eq!(pentagon["expect"], "refuted");
    assert_eq!(pentagon["verdict"], "refuted");
    assert_eq!(pentagon["passed"], true);
    let article = &pentagon["articles"][0];
    assert_eq!(article["article"], "ukraine-crisis-diplomacy");
    assert_eq!(article["evidence"]["line"], 27);
    assert_eq!(article["evidence"]["text"], "north of 100,000");
    assert!(
        article["evidence"]["sentence"]
            .as_str()
            .unwrap()
            .starts_with("We maintain that he's north of 100,000")
    );
    // The column points at the number in the original text, curly apostrophe and all.
    let line = std::fs::read_to_string(repo().join("articles/ukraine-crisis-diplomacy.txt"))
        .unwrap()
        .lines()
        .nth(26)
        .unwrap()
        .to_string();
    let column = article["evidence"]["column"].as_u64().unwrap() as usize;
    let at: String = line.chars().skip(column - 1).take(7).collect();
    assert_eq!(at, "100,000");
}

#[test]
fn crlf_articles_give_the_same_report() {
    let lf = TempSuite::copy_of_bundled();
    let crlf = TempSuite::copy_of_bundled();
    for name in [
        "nbc-russia-belarus-drills.txt",
        "ukraine-crisis-diplomacy.txt",
    ] {
        let text = std::fs::read_to_string(lf.path().join("articles").join(name)).unwrap();
        crlf.write(&format!("articles/{name}"), text.replace('\n', "\r\n"));
    }
    let a = lf.run(&["check", "--format", "json"]);
    let b = crlf.run(&["check", "--format", "json"]);
    assert_eq!(stdout(&a), stdout(&b));
    assert_eq!(stdout(&lf.run(&["check"])), stdout(&crlf.run(&["check"])));
}

#[test]
fn output_is_the_same_at_any_thread_count() {
    let run = |threads: &str| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_factcheck"))
            .args(["check", "--format", "json"])
            .current_dir(repo())
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .unwrap();
        output.stdout
    };
    let one = run("1");
    assert_eq!(one, run("4"));
    assert_eq!(one, run("1"));
}

#[test]
fn colour_follows_the_color_flag() {
    let coloured = factcheck(&repo(), &["--color", "always", "check"]);
    assert!(stdout(&coloured).contains('\u{1b}'));
    let plain = factcheck(&repo(), &["--color", "never", "check"]);
    assert!(!stdout(&plain).contains('\u{1b}'));
}

#[test]
fn the_runner_writes_nothing() {
    let suite = TempSuite::copy_of_bundled();
    let snapshot = |suite: &TempSuite| {
        let mut files = Vec::new();
        for dir in ["articles", "claims"] {
            for entry in std::fs::read_dir(suite.path().join(dir)).unwrap() {
                let path = entry.unwrap().path();
                files.push((path.clone(), std::fs::read(&path).unwrap()));
            }
        }
        files.sort();
        let count = std::fs::read_dir(suite.path()).unwrap().count();
        (files, count)
    };
    let before = snapshot(&suite);
    suite.run(&["check"]);
    suite.run(&["check", "--format", "json"]);
    assert_eq!(before, snapshot(&suite));
}

#[test]
fn help_shows_examples() {
    let help = stdout(&factcheck(&repo(), &["check", "--help"]));
    assert!(
        help.contains("Examples:") && help.contains("Exit codes"),
        "{help}"
    );
    let help = stdout(&factcheck(&repo(), &["extract", "--help"]));
    assert!(help.contains("Examples:"), "{help}");
}

#[test]
fn extract_lists_both_articles() {
    for name in ["nbc-russia-belarus-drills", "ukraine-crisis-diplomacy"] {
        let path = format!("articles/{name}.txt");
        let human = factcheck(&repo(), &["extract", &path]);
        assert_eq!(human.status.code(), Some(0));
        insta::assert_snapshot!(format!("extract_{name}"), stdout(&human));
        let json = factcheck(&repo(), &["extract", "--format", "json", &path]);
        insta::assert_snapshot!(format!("extract_{name}_json"), stdout(&json));
    }
}

#[test]
fn extract_reads_standard_input() {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .args(["extract", "--format", "json", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Officials said up to 30,000 troops would stay until Feb. 20.\n".as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    let entries: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let kinds: Vec<&str> = entries
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["sentence", "quantity", "date"]);
    assert_eq!(entries[1]["qualifier"], "up to");
    assert_eq!(entries[1]["unit"], "troops");
    assert_eq!(entries[2]["value"], "--02-20");
}

#[test]
fn columns_point_at_the_original_text_past_multibyte_letters_and_curly_quotes() {
    let output = factcheck(
        &repo(),
        &[
            "check",
            "--format",
            "json",
            "claims/ukraine-crisis-diplomacy.toml",
        ],
    );
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let original =
        std::fs::read_to_string(repo().join("articles/ukraine-crisis-diplomacy.txt")).unwrap();
    for (id, expected) in [
        (
            "hungary-refuses-more-nato-troops",
            "will not accept further NATO troops",
        ),
        (
            "szijjártó-hungary-s-forces-are-enough-to-guarantee-security",
            "to guarantee the security",
        ),
        (
            "kirby-called-the-buildup-destabilising-and-unnecessary",
            "destabilising and unnecessary",
        ),
    ] {
        let result = report["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("{id}"));
        let evidence = &result["articles"][0]["evidence"];
        let line = original
            .lines()
            .nth(evidence["line"].as_u64().unwrap() as usize - 1)
            .unwrap();
        let column = evidence["column"].as_u64().unwrap() as usize;
        let at: String = line
            .chars()
            .skip(column - 1)
            .take(expected.chars().count())
            .collect();
        assert_eq!(at, expected, "{id}");
    }
}

/// `extract`'s claim blocks paste as one valid claim file: ids are unique within its output.
#[test]
fn extract_claims_paste_as_one_valid_file() {
    for name in ["nbc-russia-belarus-drills", "ukraine-crisis-diplomacy"] {
        let output = factcheck(&repo(), &["extract", &format!("articles/{name}.txt")]);
        let text = stdout(&output);
        let blocks = &text[text
            .find(" mentions, as claims to edit and paste:")
            .unwrap()..];
        let blocks = &blocks[blocks.find('\n').unwrap()..];
        assert!(blocks.matches("[[claim]]").count() > 20);
        assert!(
            blocks.contains("\nid = "),
            "some sentence holds two mentions"
        );
        let suite = TempSuite::new();
        suite.write("claims/pasted.toml", blocks);
        let check = suite.run(&["check"]);
        assert_ne!(check.status.code(), Some(2), "{}", stderr(&check));
    }
}

/// A fact-checker names the article as its file (`story.txt`, `articles/story.txt`): it is
/// read as the article's name, and the report shows the name.
#[test]
fn an_article_named_by_its_file_is_read_as_its_name() {
    let suite = TempSuite::new();
    suite.write(
        "claims/files.toml",
        "[[claim]]\nsays = \"NATO estimate: 30,000 troops\"\narticle = \"nbc-russia-belarus-drills.txt\"\n\n\
         [[claim]]\nid = \"second\"\nsays = \"NATO estimate: 30,000 troops\"\narticle = \"articles/nbc-russia-belarus-drills.txt\"\n",
    );
    let output = suite.run(&["check", "--no-cache"]);
    let (text, passed) = common::all_passed(&output);
    assert_eq!(passed, 2);
    assert!(
        text.contains("articles/nbc-russia-belarus-drills.txt:"),
        "{text}"
    );
    // Another extension than the file's is still an unknown article.
    suite.write(
        "claims/files.toml",
        "[[claim]]\nsays = \"NATO estimate: 30,000 troops\"\narticle = \"nbc-russia-belarus-drills.md\"\n",
    );
    let output = suite.run(&["check", "--no-cache"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("unknown article"),
        "{}",
        stderr(&output)
    );
}
