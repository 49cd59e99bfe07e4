//! Into CI in one step: several reports from one run (each written atomically), GitHub
//! annotations and step outputs, JUnit that dashboards read, ClaimReview JSON-LD, claim
//! filters, colour and help conventions, and the GitHub Action's own steps run in a shell.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{TempSuite, repo, stderr, stdout};

/// A copy of the bundled suite with one claim made to fail.
fn failing_suite() -> TempSuite {
    let suite = TempSuite::copy_of_bundled();
    suite.edit(
        "articles/ukraine-crisis-diplomacy.txt",
        "north of 100,000",
        "north of 150,000",
    );
    suite
}

/// Run the binary in `dir` with extra environment variables.
fn run_with_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_factcheck"));
    command
        .args(args)
        .current_dir(dir)
        .env_remove("CLICOLOR_FORCE")
        .env_remove("GITHUB_ACTIONS")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR");
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().unwrap()
}

#[test]
fn one_run_writes_every_report_and_the_step_outputs() {
    let suite = failing_suite();
    let outputs = suite.path().join("github_output");
    let args = [
        "check",
        "--json",
        "out/report.json",
        "--junit",
        "out/junit.xml",
        "--markdown",
        "out/summary.md",
        "--html",
        "out/report.html",
        "--claimreview",
        "out/claimreview.jsonld",
        "--github-output",
        outputs.to_str().unwrap(),
    ];
    let output = suite.run(&args);
    // The folder does not exist: every report is an error, reported together, exit 2.
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert_eq!(stderr(&output).matches("error: cannot write").count(), 5);
    std::fs::create_dir(suite.path().join("out")).unwrap();
    std::fs::remove_file(&outputs).unwrap();
    let output = suite.run(&args);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stdout(&output).contains("test result: FAILED. 78 passed; 1 failed"));
    assert!(
        !stdout(&output).contains("::error"),
        "no annotations outside Actions"
    );
    let read = |name: &str| std::fs::read_to_string(suite.path().join("out").join(name)).unwrap();
    let json: serde_json::Value = serde_json::from_str(&read("report.json")).unwrap();
    assert_eq!(json["summary"]["failed"], 1, "{}", json["summary"]);
    assert!(read("junit.xml").contains("<testsuites name=\"factcheck\" tests=\"79\""));
    assert!(read("summary.md").starts_with("## ❌ factcheck: 78 passed, 1 failed"));
    assert!(read("report.html").starts_with("<!doctype html>"));
    let _: serde_json::Value = serde_json::from_str(&read("claimreview.jsonld")).unwrap();
    assert_eq!(
        std::fs::read_to_string(&outputs).unwrap(),
        "claims=79\npassed=78\nfailed=1\n"
    );
    // No temporary files are left beside the reports.
    let mut names: Vec<String> = std::fs::read_dir(suite.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "claimreview.jsonld",
            "junit.xml",
            "report.html",
            "report.json",
            "summary.md"
        ]
    );
}

#[test]
fn two_reports_to_one_file_is_an_error() {
    let suite = TempSuite::copy_of_bundled();
    let output = suite.run(&["check", "--json", "r.txt", "--junit", "r.txt"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("two reports would be written to `r.txt`"));
    assert!(!suite.path().join("r.txt").exists());
}

/// A report replaces the previous one by a rename: the old file is never written into, so a
/// run that stops half-way leaves it whole. (A hard link to the old report keeps the old
/// bytes only if the report is replaced, not rewritten in place.)
#[test]
fn reports_replace_the_previous_file_atomically() {
    let suite = TempSuite::copy_of_bundled();
    let report = suite.path().join("report.json");
    let previous = suite.path().join("previous.json");
    std::fs::write(&report, "the previous report\n").unwrap();
    std::fs::hard_link(&report, &previous).unwrap();
    for args in [
        ["check", "--json", "report.json"],
        ["check", "--output", "report.json"],
    ] {
        let output = suite.run(&args);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert_eq!(
            std::fs::read_to_string(&previous).unwrap(),
            "the previous report\n"
        );
        assert_ne!(
            std::fs::read_to_string(&report).unwrap(),
            "the previous report\n"
        );
        std::fs::remove_file(&report).unwrap();
        std::fs::hard_link(&previous, &report).unwrap();
    }
}

#[test]
fn under_github_actions_the_report_is_followed_by_annotations() {
    let suite = failing_suite();
    let output = run_with_env(suite.path(), &["check"], &[("GITHUB_ACTIONS", "true")]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1));
    let report_end = text.find("test result: FAILED").unwrap();
    let error = text
        .find("::error file=claims/ukraine-crisis-diplomacy.toml,line=")
        .unwrap();
    assert!(error > report_end, "annotations follow the report:\n{text}");
    assert!(text.contains("::notice file=articles/ukraine-crisis-diplomacy.txt,line=27,"));
    for args in [
        &["check", "--annotations", "never"][..],
        &["check", "--format", "json"][..],
    ] {
        let output = run_with_env(suite.path(), args, &[("GITHUB_ACTIONS", "true")]);
        assert!(!stdout(&output).contains("::error"), "{args:?}");
    }
    let output = run_with_env(suite.path(), &["check", "--annotations", "always"], &[]);
    assert!(stdout(&output).contains("::error file="));
}

#[test]
fn junit_cases_carry_file_line_time_and_a_dot_safe_classname() {
    let suite = TempSuite::new();
    suite.write(
        "claims/desk/v1.2-drills.toml",
        "article = \"nbc-russia-belarus-drills\"\n\n[[claim]]\nsays = \"NATO: 30,000 troops\"\n\n[[claim]]\nsays = \"NATO: 40,000 troops\"\n",
    );
    let output = suite.run(&["check", "--format", "junit"]);
    assert_eq!(output.status.code(), Some(1));
    let xml = stdout(&output);
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut cases = Vec::new();
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Start(element) | quick_xml::events::Event::Empty(element)
                if element.name().as_ref() == b"testcase" =>
            {
                let attribute = |name: &str| {
                    element
                        .attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == name.as_bytes())
                        .map(|a| String::from_utf8(a.value.to_vec()).unwrap())
                };
                cases.push([
                    attribute("classname"),
                    attribute("file"),
                    attribute("line"),
                    attribute("time"),
                ]);
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    let some = |s: &str| Some(s.to_string());
    assert_eq!(
        cases,
        [
            [
                some("desk.v1_2-drills"),
                some("claims/desk/v1.2-drills.toml"),
                some("3"),
                some("0.000")
            ],
            [
                some("desk.v1_2-drills"),
                some("claims/desk/v1.2-drills.toml"),
                some("6"),
                some("0.000")
            ],
        ]
    );
}

#[test]
fn filter_runs_the_claims_it_names_across_files() {
    let suite = TempSuite::copy_of_bundled();
    let output = suite.run(&["check", "--filter", "nato-*", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let ids: Vec<&str> = json["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(!ids.is_empty());
    assert!(ids.iter().all(|id| id.starts_with("nato-")), "{ids:?}");
    // A test name, and two patterns across two files.
    let output = suite.run(&[
        "check",
        "--filter",
        "both-articles::both-reports-say-macron-met-putin",
        "--filter",
        "ukraine-crisis-diplomacy::*",
        "--filter",
        "no-such-claim",
    ]);
    let text = stdout(&output);
    assert!(text.contains("claims/both-articles.toml\n  ✓ both-reports-say-macron-met-putin"));
    assert!(!text.contains("both-reports-mention-the-cold-war"));
    assert!(text.contains("claims/ukraine-crisis-diplomacy.toml"));
    assert!(!text.contains("claims/nbc-russia-belarus-drills.toml"));
    assert!(stderr(&output).contains("warning: no claim matches --filter no-such-claim"));
    let output = suite.run(&["check", "--filter", "no-such-claim"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("error: no claim matches --filter no-such-claim"));
}

#[test]
fn clicolor_force_colours_a_pipe_and_no_color_does_not() {
    let suite = failing_suite();
    let output = run_with_env(suite.path(), &["check"], &[("CLICOLOR_FORCE", "1")]);
    assert!(stdout(&output).contains("\u{1b}["), "coloured into a pipe");
    let output = run_with_env(suite.path(), &["check"], &[("CLICOLOR_FORCE", "0")]);
    assert!(!stdout(&output).contains("\u{1b}["));
    let output = run_with_env(
        suite.path(),
        &["check", "--color", "never"],
        &[("CLICOLOR_FORCE", "1")],
    );
    assert!(!stdout(&output).contains("\u{1b}["));
}

#[test]
fn help_gives_exit_codes_and_outside_a_suite_the_error_says_what_was_looked_for() {
    let dir = tempfile::tempdir().unwrap();
    let output = run_with_env(dir.path(), &["--help"], &[]);
    assert!(
        stdout(&output)
            .contains("Exit codes: 0 all claims pass, 1 some claim fails, 2 invalid input")
    );
    let output = run_with_env(dir.path(), &["check"], &[]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains("not in a factcheck suite: no `factcheck.toml` in"),
        "{message}"
    );
    assert!(message.contains("factcheck init"), "{message}");
}

/// ClaimReview JSON-LD in the shape schema.org and Google's fact-check markup ask for:
/// checked against a JSON Schema of that shape, and with the article's address and day.
#[test]
fn claimreview_has_the_schema_org_shape() {
    let suite = TempSuite::new();
    suite.write(
        "articles/storm.md",
        "---\ntitle: Storm closes bridge\nurl: https://news.example/storm\ndate: 2024-03-05\nauthor: A. Writer\n---\n\nThe council said 1,200 homes lost power on Tuesday.\n",
    );
    suite.write(
        "claims/storm.toml",
        "article = \"storm\"\n\n[[claim]]\nsays = \"Council: 1,200 homes\"\n\n[[claim]]\nsays = \"Council: 1,500 homes\"\nexpect = \"refuted\"\n\n[[claim]]\nsays = \"The bridge reopened\"\ntext = \"bridge reopened\"\nexpect = \"absent\"\n",
    );
    let output = suite.run(&["check", "--format", "claimreview"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let document: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let schema = serde_json::json!({
        "type": "object",
        "required": ["@context", "@graph"],
        "properties": {
            "@context": {"const": "https://schema.org"},
            "@graph": {"type": "array", "minItems": 1, "items": {
                "type": "object",
                "required": ["@type", "claimReviewed", "reviewRating", "itemReviewed", "author"],
                "properties": {
                    "@type": {"const": "ClaimReview"},
                    "claimReviewed": {"type": "string", "minLength": 1},
                    "author": {"type": "object", "required": ["@type", "name"]},
                    "reviewRating": {
                        "type": "object",
                        "required": ["@type", "ratingValue", "bestRating", "worstRating", "alternateName"],
                        "properties": {
                            "@type": {"const": "Rating"},
                            "ratingValue": {"type": "integer", "minimum": 1, "maximum": 3},
                            "bestRating": {"const": 3},
                            "worstRating": {"const": 1},
                            "alternateName": {"type": "string", "minLength": 1}
                        }
                    },
                    "itemReviewed": {
                        "type": "object",
                        "required": ["@type", "appearance"],
                        "properties": {
                            "@type": {"const": "Claim"},
                            "appearance": {"type": "array", "minItems": 1, "items": {
                                "type": "object",
                                "required": ["@type"],
                                "properties": {
                                    "@type": {"const": "CreativeWork"},
                                    "url": {"type": "string", "format": "uri"},
                                    "datePublished": {"type": "string", "format": "date"}
                                }
                            }}
                        }
                    }
                }
            }}
        }
    });
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.enable_format_assertions();
    compiler
        .add_resource("mem:claimreview.json", schema)
        .unwrap();
    let index = compiler
        .compile("mem:claimreview.json", &mut schemas)
        .unwrap();
    if let Err(error) = schemas.validate(&document, index) {
        panic!("{error:#}\n{document:#}");
    }
    let reviews = document["@graph"].as_array().unwrap();
    let ratings: Vec<(&str, i64)> = reviews
        .iter()
        .map(|r| {
            (
                r["reviewRating"]["name"].as_str().unwrap(),
                r["reviewRating"]["ratingValue"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(ratings, [("supported", 3), ("refuted", 1), ("absent", 2)]);
    let work = &reviews[0]["itemReviewed"]["appearance"][0];
    assert_eq!(work["url"], "https://news.example/storm");
    assert_eq!(work["datePublished"], "2024-03-05");
    assert_eq!(work["headline"], "Storm closes bridge");
    assert!(
        reviews[0]["reviewBody"]
            .as_str()
            .unwrap()
            .starts_with("articles/storm.md:8:")
    );
}

/// The steps of `action.yml`, each with its `run` script, `env` and working directory.
struct Step {
    name: String,
    run: String,
    env: Vec<(String, String)>,
    working_directory: Option<String>,
}

/// Read `action.yml` and put `inputs` (over the declared defaults) and the action's path into
/// its steps' expressions, as the Actions runner does.
fn action_steps(inputs: &[(&str, &str)]) -> Vec<Step> {
    use yaml_rust2::{Yaml, YamlLoader};
    let text = std::fs::read_to_string(repo().join("action.yml")).unwrap();
    let action = YamlLoader::load_from_str(&text).unwrap().remove(0);
    let mut values: Vec<(String, String)> = action["inputs"]
        .as_hash()
        .unwrap()
        .iter()
        .map(|(name, input)| {
            let default = match &input["default"] {
                Yaml::String(s) => s.clone(),
                Yaml::Boolean(b) => b.to_string(),
                _ => String::new(),
            };
            (name.as_str().unwrap().to_string(), default)
        })
        .collect();
    for (name, value) in inputs {
        let slot = values
            .iter_mut()
            .find(|(known, _)| known == name)
            .unwrap_or_else(|| panic!("action.yml declares no input {name}"));
        slot.1 = value.to_string();
    }
    let expand = |text: &str| {
        let mut text = text.replace("${{ github.action_path }}", repo().to_str().unwrap());
        for (name, value) in &values {
            text = text.replace(&format!("${{{{ inputs.{name} }}}}"), value);
        }
        assert!(
            !text.contains("${{"),
            "an expression the test cannot fill: {text}"
        );
        text
    };
    assert_eq!(action["runs"]["using"].as_str(), Some("composite"));
    action["runs"]["steps"]
        .as_vec()
        .unwrap()
        .iter()
        .map(|step| Step {
            name: step["name"].as_str().unwrap().to_string(),
            run: expand(step["run"].as_str().unwrap()),
            env: step["env"]
                .as_hash()
                .map(|env| {
                    env.iter()
                        .map(|(k, v)| {
                            (k.as_str().unwrap().to_string(), expand(v.as_str().unwrap()))
                        })
                        .collect()
                })
                .unwrap_or_default(),
            working_directory: step["working-directory"].as_str().map(expand),
        })
        .collect()
}

/// The files an Actions runner gives a step, made empty in `dir`.
struct GithubFiles {
    output: PathBuf,
    summary: PathBuf,
    path: PathBuf,
}

impl GithubFiles {
    fn new(dir: &Path) -> Self {
        let files = GithubFiles {
            output: dir.join("github_output"),
            summary: dir.join("step_summary"),
            path: dir.join("github_path"),
        };
        for file in [&files.output, &files.summary, &files.path] {
            std::fs::write(file, "").unwrap();
        }
        files
    }

    fn read(file: &Path) -> String {
        std::fs::read_to_string(file).unwrap()
    }
}

/// Run one step in bash as the runner would: in `workspace` (or the step's working
/// directory under it), with the GitHub variables set and factcheck on the PATH.
fn run_step(step: &Step, workspace: &Path, files: &GithubFiles) -> Output {
    let binary_dir = Path::new(env!("CARGO_BIN_EXE_factcheck")).parent().unwrap();
    let path = format!(
        "{}:{}",
        binary_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let dir = match &step.working_directory {
        Some(relative) => workspace.join(relative),
        None => workspace.to_path_buf(),
    };
    let mut command = Command::new("bash");
    command
        .args(["-e", "-c", &step.run])
        .current_dir(dir)
        .env("PATH", path)
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_OUTPUT", &files.output)
        .env("GITHUB_STEP_SUMMARY", &files.summary)
        .env("GITHUB_PATH", &files.path)
        .env("RUNNER_TEMP", workspace)
        .env_remove("CLICOLOR_FORCE")
        .env_remove("NO_COLOR");
    for (key, value) in &step.env {
        command.env(key, value);
    }
    command.output().unwrap()
}

#[test]
fn the_action_installs_once_then_checks_and_reports_in_one_step() {
    let workspace = tempfile::tempdir().unwrap();
    let suite_dir = workspace.path().join("desk");
    let suite = failing_suite();
    std::fs::rename(suite.path(), &suite_dir).unwrap_or_else(|_| {
        // Another file system: copy instead.
        let status = Command::new("cp")
            .args(["-r"])
            .arg(suite.path())
            .arg(&suite_dir)
            .status()
            .unwrap();
        assert!(status.success());
    });
    let steps = action_steps(&[
        ("working-directory", "desk"),
        ("junit", "junit.xml"),
        ("html", "report.html"),
        ("filter", "pentagon-* kuleba-*"),
    ]);
    let names: Vec<&str> = steps.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Install factcheck", "Check claims"]);
    let files = GithubFiles::new(workspace.path());

    // The factcheck on the PATH is this checkout's version: the install step uses it.
    let install = run_step(&steps[0], workspace.path(), &files);
    assert!(install.status.success(), "{}", stderr(&install));
    assert!(
        stdout(&install).contains(&format!(
            "factcheck {} is installed",
            env!("CARGO_PKG_VERSION")
        )),
        "{}",
        stdout(&install)
    );
    assert_eq!(GithubFiles::read(&files.path), "");

    let check = run_step(&steps[1], workspace.path(), &files);
    let log = stdout(&check);
    assert_eq!(check.status.code(), Some(1), "{log}{}", stderr(&check));
    assert!(
        log.contains("::error file=claims/ukraine-crisis-diplomacy.toml"),
        "{log}"
    );
    let outputs = GithubFiles::read(&files.output);
    assert!(outputs.contains("failed=1\n"), "{outputs}");
    assert!(outputs.ends_with("exit-code=1\n"), "{outputs}");
    let claims: usize = outputs
        .lines()
        .find_map(|l| l.strip_prefix("claims="))
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        claims > 1 && claims < 79,
        "the filter applies: {claims} claims"
    );
    let summary = GithubFiles::read(&files.summary);
    assert!(summary.starts_with("## ❌ factcheck:"), "{summary}");
    assert!(suite_dir.join("junit.xml").is_file());
    assert!(suite_dir.join("report.html").is_file());

    // fail-on-failure = false: the step passes, the outputs still say what failed.
    let steps = action_steps(&[("working-directory", "desk"), ("fail-on-failure", "false")]);
    let files = GithubFiles::new(workspace.path());
    let check = run_step(&steps[1], workspace.path(), &files);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    assert!(GithubFiles::read(&files.output).contains("failed=1\nexit-code=1\n"));
}

/// A report path that is not a regular file is written in place, never renamed over: the
/// device or pipe stays what it was. `/dev/full` gives a clear error, not a panic.
#[test]
fn reports_to_devices_are_written_in_place() {
    let suite = TempSuite::copy_of_bundled();
    let output = suite.run(&["check", "--format", "json", "--output", "/dev/stdout"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("\"version\": 1"));
    assert!(Path::new("/dev/stdout").exists());
    if Path::new("/dev/full").exists() {
        let output = suite.run(&["check", "--junit", "/dev/full"]);
        assert_eq!(output.status.code(), Some(2));
        let message = stderr(&output);
        assert!(
            message.contains("error: cannot write `/dev/full`"),
            "{message}"
        );
        assert!(!message.contains("panicked"), "{message}");
        let kind = std::fs::metadata("/dev/full").unwrap().file_type();
        assert!(!kind.is_file(), "/dev/full is still a device");
    }
}

/// A report path that is a symbolic link replaces the file the link names; the link stays.
#[cfg(unix)]
#[test]
fn a_report_through_a_symbolic_link_replaces_the_linked_file() {
    let suite = TempSuite::copy_of_bundled();
    std::fs::create_dir(suite.path().join("reports")).unwrap();
    std::fs::write(suite.path().join("reports/latest.json"), "old\n").unwrap();
    std::os::unix::fs::symlink("reports/latest.json", suite.path().join("report.json")).unwrap();
    let output = suite.run(&["check", "--json", "report.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let link = std::fs::symlink_metadata(suite.path().join("report.json")).unwrap();
    assert!(link.file_type().is_symlink());
    let written = std::fs::read_to_string(suite.path().join("reports/latest.json")).unwrap();
    assert!(written.contains("\"version\": 1"));
}
