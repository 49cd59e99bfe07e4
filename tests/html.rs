//! The HTML report, rendered by a real browser (Debian's headless Chromium, which `.ci/run`
//! installs): the page is self-contained, its data blocks hold every claim's evidence, a
//! click on a claim shows its article and flashes the evidence, the failures-only switch
//! lists the failures, and a 36,000-claim report opens (its time is printed, not asserted:
//! see docs/performance.md). Browser tests skip, saying so, where no Chromium is installed
//! (outside CI).

#[path = "../benches/browser/mod.rs"]
mod browser;
#[path = "../benches/workload/mod.rs"]
mod workload;

mod common;

use std::path::PathBuf;
use std::time::Instant;

use browser::{chromium, selftest};

use common::{TempSuite, html_data_block, stdout};

/// Chromium, or `None` after saying the test skips; under CI a missing browser fails.
fn chromium_or_skip() -> Option<PathBuf> {
    let browser = chromium();
    if browser.is_none() {
        assert!(
            std::env::var_os("CI").is_none_or(|v| v == "false"),
            "CI must have Chromium (.ci/run installs it)"
        );
        println!("skipping: no Chromium installed (CI installs Debian's chromium)");
    }
    browser
}

/// The bundled suite with two failures: a hedged figure changed in an article, and a claimed
/// figure the article refutes (a word diff).
fn html_report() -> (TempSuite, PathBuf) {
    let suite = TempSuite::copy_of_bundled();
    suite.edit(
        "articles/ukraine-crisis-diplomacy.txt",
        "north of 100,000",
        "north of 150,000",
    );
    suite.edit(
        "claims/ukraine-crisis-diplomacy.toml",
        "quantity = \"1,000 soldiers\"",
        "quantity = \"4,000 soldiers\"",
    );
    let output = suite.run(&["check", "--format", "html", "--output", "report.html"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("test result: FAILED. 77 passed; 2 failed"));
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
fn every_claims_evidence_is_marked_in_its_article() {
    let (suite, path) = html_report();
    let html = std::fs::read_to_string(&path).unwrap();
    let listing = html_data_block(&html, "report-data");
    let claims = listing["claims"].as_array().unwrap();
    assert_eq!(claims.len(), 79);
    let mut links = 0;
    for claim in claims {
        for evidence in claim["evidence"].as_array().unwrap() {
            let (anchor, article) = (&evidence[0], &evidence[1]);
            let text = html_data_block(&html, &format!("article-{article}"));
            assert!(
                text.as_str()
                    .unwrap()
                    .contains(&format!("id=\"ev-{anchor}\"")),
                "{} has no mark ev-{anchor} in article-{article}",
                claim["id"]
            );
            links += 1;
        }
    }
    assert!(links > 60, "claims link to their evidence: {links}");
    // The same run gives the same bytes.
    suite.run(&["check", "--format", "html", "--output", "again.html"]);
    assert_eq!(
        std::fs::read(suite.path().join("again.html")).unwrap(),
        html.as_bytes()
    );
}

#[test]
fn failures_show_their_word_diff_and_the_legend_explains_the_colours() {
    let (_suite, path) = html_report();
    let html = std::fs::read_to_string(&path).unwrap();
    let listing = html_data_block(&html, "report-data");
    let failed: Vec<&serde_json::Value> = listing["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["passed"] == false)
        .collect();
    assert_eq!(failed.len(), 2);
    let details = failed[1]["details"].as_str().unwrap();
    assert!(
        details.contains("an extra <del>4,000</del> soldiers")
            && details.contains("an extra <ins>1,000</ins> soldiers"),
        "{details}"
    );
    assert!(
        details.contains("&quot;humanitarian crisis&quot;"),
        "escaped: {details}"
    );
    // Passing claims carry no details: the list stays light.
    let passed = &listing["claims"][0];
    assert_eq!(passed["passed"], true);
    assert!(passed.get("details").is_none());
    let legend = &html[html.find("<div class=\"legend\">").expect("a legend")..];
    for shown in [
        "passed claim",
        "failed claim",
        "class=\"supported\"",
        "class=\"refuted\"",
        "near miss",
        "class=\"refuted failing\"",
        "<del>",
        "<ins>",
        "expects <code>refuted</code> and passed",
    ] {
        assert!(legend.contains(shown), "the legend explains {shown}");
    }
}

#[test]
fn text_from_articles_and_claims_stays_text() {
    let suite = TempSuite::new();
    suite.write(
        "articles/tags.txt",
        "The council said </script><script>alert(1)</script> 40,000 people <!-- came -->.\n",
    );
    suite.write(
        "claims/tags.toml",
        "article = \"tags\"\n\n[[claim]]\nid = \"tag\"\nsays = \"</script><b>30,000</b> people\"\nquantity = \"30,000 people\"\n",
    );
    suite.run(&["check", "--format", "html", "--output", "report.html"]);
    let html = std::fs::read_to_string(suite.path().join("report.html")).unwrap();
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(!html.contains("<!-- came"));
    assert_eq!(
        html.matches("</script>").count(),
        html.matches("<script").count()
    );
    let listing = html_data_block(&html, "report-data");
    assert_eq!(
        listing["claims"][0]["says"],
        "&lt;/script&gt;&lt;b&gt;30,000&lt;/b&gt; people"
    );
    let article = html_data_block(&html, "article-0");
    assert!(
        article
            .as_str()
            .unwrap()
            .contains("&lt;/script&gt;&lt;script&gt;alert(1)")
    );
}

#[test]
fn browser_shows_the_failures_and_scrolls_to_evidence() {
    let Some(browser) = chromium_or_skip() else {
        return;
    };
    let (suite, path) = html_report();
    let run = selftest(&browser, &path, &suite.path().join("chromium-profile"));
    let dom = &run.dom;
    // The failures-only switch is on, and the list holds the two failures alone.
    assert_eq!(run.body_data("listing"), Some("failures"));
    assert_eq!(run.body_data("listed"), Some("2"));
    assert_eq!(dom.matches("<li class=\"failed").count(), 2);
    assert!(!dom.contains("<li class=\"passed"));
    assert!(dom.contains("<del>4,000</del>"), "the diff is marked");
    // The click on the first failing claim showed its article, scrolled to its evidence
    // and flashed it.
    let selected = run.body_data("selected").expect("a claim was clicked");
    assert!(
        dom.contains(&format!("id=\"{selected}\"")),
        "the clicked claim's evidence {selected} is in the page"
    );
    assert!(dom.contains(" flash\""), "the evidence is flashed");
    assert!(dom.contains("<article><h2>articles/ukraine-crisis-diplomacy.txt</h2>"));
    assert!(dom.contains("class=\"supported\""));
}

/// A newsroom-sized suite (36,000 claims on 3,600 articles of about 5 KB: the page is some
/// 25 MB) in the browser: it opens, its script runs, the failures-only switch lists the
/// failures. Prints how long Chromium took; docs/performance.md records it.
#[test]
fn a_large_report_opens_in_the_browser() {
    let Some(browser) = chromium_or_skip() else {
        return;
    };
    let mut generated = workload::generate(&workload::bundled_sources(), 3_600, 36_000, 5_000, 7);
    generated.fail_some(20);
    let dir = tempfile::tempdir().unwrap();
    generated.write(dir.path()).unwrap();
    drop(generated);
    let start = Instant::now();
    let output = common::factcheck(
        dir.path(),
        &["check", "--format", "html", "--output", "report.html"],
    );
    let rendered = start.elapsed();
    let summary = stdout(&output)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string();
    let failed: usize = summary
        .strip_suffix(" failed")
        .and_then(|rest| rest.rsplit(' ').next()?.parse().ok())
        .unwrap_or_else(|| panic!("a summary: {summary}"));
    assert!((10..300).contains(&failed), "{summary}");
    let page = dir.path().join("report.html");
    let megabytes = std::fs::metadata(&page).unwrap().len() as f64 / 1e6;
    let run = selftest(&browser, &page, &dir.path().join("chromium-profile"));
    let dom = &run.dom;
    assert_eq!(run.body_data("listing"), Some("failures"));
    assert_eq!(run.body_data("listed"), Some(failed.to_string().as_str()));
    assert_eq!(dom.matches("<li class=\"failed").count(), failed);
    assert!(!dom.contains("<li class=\"passed"));
    assert!(run.body_data("selected").is_some(), "a failure was clicked");
    assert!(dom.contains(" flash\""));
    println!(
        "36,000-claim HTML report: {megabytes:.1} MB, `factcheck check` took {:.2} s; Chromium start to exit {:.2} s, page ready (parsed, listed, first failure shown) {} ms after navigation",
        rendered.as_secs_f64(),
        run.elapsed.as_secs_f64(),
        run.ready_ms().map_or("?".to_string(), |ms| ms.to_string())
    );
}

/// Hostile text in claims, articles and article metadata (`<script>`, `</textarea>`,
/// `javascript:` links, attribute-breaking quotes, event handlers) never runs in the page:
/// it is escaped, and the page's Content-Security-Policy allows no script but its own.
/// (Ids cannot carry it: an id is lower-case letters, digits and `-`, or an input error.)
#[test]
fn hostile_text_runs_no_script_in_the_browser() {
    let payload = |n: u32| {
        format!(
            "</textarea></script><script>document.body.dataset.pwned='{n}'</script>\
             <img src=x onerror=\"document.body.dataset.pwned='{n}'\">\
             \" onmouseover=\"document.body.dataset.pwned='{n}'\" x=\"\
             <a href=\"javascript:document.body.dataset.pwned='{n}'\">link</a>"
        )
    };
    let suite = TempSuite::new();
    suite.write(
        "articles/hostile.md",
        format!(
            "---\ntitle: {title:?}\nurl: \"javascript:alert(1)\"\nauthor: {author:?}\n---\n\nThe council said {body} 40,000 people came.\n",
            title = payload(1),
            author = payload(2),
            body = payload(3),
        ),
    );
    suite.write(
        "claims/hostile.toml",
        format!(
            "article = \"hostile\"\n\n[[claim]]\nsays = {says:?}\nquantity = \"30,000 people\"\n",
            says = payload(5),
        ),
    );
    let output = suite.run(&["check", "--format", "html", "--output", "report.html"]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let path = suite.path().join("report.html");
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(
        html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'")
    );
    assert!(!html.contains("<script>document"), "escaped");
    assert!(!html.contains("<img src=x"), "escaped");
    let Some(browser) = chromium_or_skip() else {
        return;
    };
    // The self-test opens the failing claim's article, with the hostile text in it.
    let run = selftest(&browser, &path, &suite.path().join("chromium-profile"));
    assert!(run.dom.contains("The council said"), "the article is shown");
    assert_eq!(run.body_data("pwned"), None, "no hostile script ran");
    assert!(
        !run.dom.contains("<img src=\"x\""),
        "no hostile element was made"
    );
}
