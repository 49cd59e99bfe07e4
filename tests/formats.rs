//! Every report format, read back with a real parser: XML for JUnit, the workflow-command
//! grammar for GitHub, an exact snapshot for Markdown; and `--output` beside the terminal.

mod common;

use common::{TempSuite, stdout};

/// A copy of the bundled suite where two claims fail (the Pentagon estimate changed from
/// "north of 100,000" to "fewer than 150,000": a bound the other way, and a hedged 150,000).
fn failing_suite() -> TempSuite {
    let suite = TempSuite::copy_of_bundled();
    suite.edit(
        "articles/ukraine-crisis-diplomacy.txt",
        "north of 100,000",
        "fewer than 150,000",
    );
    suite
}

#[test]
fn junit_is_xml_with_one_testcase_per_claim_grouped_by_file() {
    let suite = failing_suite();
    let output = suite.run(&["check", "--format", "junit"]);
    assert_eq!(output.status.code(), Some(1));
    let xml = stdout(&output);
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut suites, mut cases, mut failures) = (Vec::new(), 0, Vec::new());
    let mut current_case = String::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Start(tag) | quick_xml::events::Event::Empty(tag) => {
                let attribute = |name: &str| {
                    tag.attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == name.as_bytes())
                        .map(|a| {
                            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .unwrap()
                                .into_owned()
                        })
                };
                match tag.name().as_ref() {
                    b"testsuite" => suites.push(attribute("name").unwrap()),
                    b"testcase" => {
                        cases += 1;
                        current_case = attribute("name").unwrap();
                    }
                    b"failure" => {
                        failures.push((current_case.clone(), attribute("message").unwrap()))
                    }
                    _ => {}
                }
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(
        suites,
        [
            "claims/both-articles.toml",
            "claims/nbc-russia-belarus-drills.toml",
            "claims/ukraine-crisis-diplomacy.toml"
        ]
    );
    assert_eq!(cases, 79);
    assert_eq!(
        failures,
        [
            (
                "ukraine-crisis-diplomacy::pentagon-estimate".to_string(),
                "expected supported, got refuted".to_string()
            ),
            (
                "ukraine-crisis-diplomacy::pentagon-150k".to_string(),
                "expected refuted, got supported".to_string()
            ),
        ]
    );
    assert!(
        xml.contains("+ We maintain that he&apos;s fewer than 150,000")
            || xml.contains("+ We maintain that he's fewer than 150,000")
    );
}

/// `::command key=value,key=value::message`, decoded.
fn workflow_command(line: &str) -> (String, Vec<(String, String)>, String) {
    let rest = line.strip_prefix("::").expect("a workflow command");
    let (head, message) = rest.split_once("::").expect("command and message");
    let (command, properties) = head.split_once(' ').unwrap_or((head, ""));
    let decode = |s: &str| {
        s.replace("%0A", "\n")
            .replace("%0D", "\r")
            .replace("%3A", ":")
            .replace("%2C", ",")
            .replace("%25", "%")
    };
    let properties = properties
        .split(',')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (key, value) = p.split_once('=').expect("key=value");
            (key.to_string(), decode(value))
        })
        .collect();
    (command.to_string(), properties, decode(message))
}

#[test]
fn github_annotates_the_claim_and_its_evidence() {
    let suite = failing_suite();
    let text = stdout(&suite.run(&["check", "--format", "github"]));
    let commands: Vec<_> = text
        .lines()
        .filter(|l| l.starts_with("::"))
        .map(workflow_command)
        .collect();
    let errors: Vec<_> = commands.iter().filter(|c| c.0 == "error").collect();
    let notices: Vec<_> = commands.iter().filter(|c| c.0 == "notice").collect();
    assert_eq!(errors.len(), 2);
    assert_eq!(notices.len(), 2);
    let get = |props: &Vec<(String, String)>, key: &str| {
        props
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap()
    };
    let claims =
        std::fs::read_to_string(suite.path().join("claims/ukraine-crisis-diplomacy.toml")).unwrap();
    let (_, properties, message) = errors[0];
    assert_eq!(
        get(properties, "file"),
        "claims/ukraine-crisis-diplomacy.toml"
    );
    let line: usize = get(properties, "line").parse().unwrap();
    assert_eq!(claims.lines().nth(line - 1), Some("[[claim]]"));
    assert_eq!(claims.lines().nth(line), Some("id = \"pentagon-estimate\""));
    assert!(
        message.contains("expected supported, got refuted"),
        "{message}"
    );
    assert!(
        message.contains("\n      + We maintain that he's fewer than 150,000"),
        "{message}"
    );
    let (_, properties, message) = notices[0];
    assert_eq!(
        get(properties, "file"),
        "articles/ukraine-crisis-diplomacy.txt"
    );
    assert_eq!(
        (
            get(properties, "line").as_str(),
            get(properties, "col").as_str()
        ),
        ("27", "65")
    );
    assert!(message.starts_with("We maintain that"), "{message}");
    assert_eq!(text.lines().last(), Some("factcheck: 77 passed; 2 failed"));
}

#[test]
fn markdown_summary_is_stable() {
    let suite = failing_suite();
    let text = stdout(&suite.run(&[
        "check",
        "--format",
        "markdown",
        "claims/ukraine-crisis-diplomacy.toml",
    ]));
    insta::assert_snapshot!(text);
}

#[test]
fn output_writes_the_format_to_a_file_and_the_human_report_to_the_terminal() {
    let suite = failing_suite();
    let output = suite.run(&["check", "--format", "junit", "--output", "report.xml"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("test result: FAILED. 77 passed; 2 failed"));
    let xml = std::fs::read_to_string(suite.path().join("report.xml")).unwrap();
    assert!(xml.starts_with("<?xml"), "{xml}");
}
