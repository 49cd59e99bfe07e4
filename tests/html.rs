//! The HTML report, rendered by a real browser (Debian's headless Chromium, which `.ci/run`
//! installs): the page is self-contained, the evidence is highlighted, and a click on a claim
//! scrolls to its evidence. Skips, saying so, where no Chromium is installed (outside CI).

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::{TempSuite, stdout};

fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            std::env::var_os("PATH")?
                .to_str()?
                .split(':')
                .map(|dir| PathBuf::from(dir).join(name))
                .find(|path| path.is_file())
        })
}

fn html_report() -> (TempSuite, PathBuf) {
    let suite = TempSuite::copy_of_bundled();
    suite.edit(
        "articles/ukraine-crisis-diplomacy.txt",
        "north of 100,000",
        "north of 150,000",
    );
    let output = suite.run(&["check", "--format", "html", "--output", "report.html"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("test result: FAILED"));
    let path = suite.path().join("report.html");
    (suite, path)
}

#[test]
fn html_report_is_self_contained() {
    let (_suite, path) = html_report();
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.starts_with("<!doctype html>"));
    for attribute in ["src=\"", "href=\""] {
        for (at, _) in html.match_indices(attribute) {
            let value = &html[at + attribute.len()..];
            assert!(
                value.starts_with('#'),
                "an external reference: {}",
                &value[..value.len().min(40)]
            );
        }
    }
    assert!(!html.contains("<link"), "no external stylesheets");
}

#[test]
fn browser_renders_highlights_and_scrolls_to_evidence() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none_or(|v| v == "false"),
            "CI must have Chromium (.ci/run installs it)"
        );
        println!("skipping: no Chromium installed (CI installs Debian's chromium)");
        return;
    };
    let (suite, path) = html_report();
    let profile = suite.path().join("chromium-profile");
    let output = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=2000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}#selftest", path.display()))
        .output()
        .expect("Chromium runs");
    let dom = String::from_utf8_lossy(&output.stdout);
    assert!(
        dom.contains("data-selftest=\"done\""),
        "the page's script ran: {}",
        &dom[..dom.len().min(400)]
    );
    // Every claim that links to evidence finds it in the page (merged marks keep anchors).
    let targets: Vec<&str> = dom
        .split("data-target=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert!(
        targets.len() > 60,
        "claims link to their evidence: {}",
        targets.len()
    );
    for target in &targets {
        assert!(
            dom.contains(&format!("id=\"{target}\"")),
            "no evidence element {target}"
        );
    }
    assert!(dom.contains("class=\"supported\""));
    assert!(dom.contains("class=\"refuted") || dom.contains("refuted flash"));
    // The click on the first failing claim scrolled to its evidence and flashed it.
    let selected = dom
        .split("data-selected=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a claim was clicked");
    assert!(dom.contains("flash"), "the evidence is flashed");
    assert!(
        dom.contains(&format!("id=\"{selected}\"")),
        "the clicked claim's evidence exists"
    );
}
