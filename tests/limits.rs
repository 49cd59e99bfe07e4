//! The memory bounds docs/performance.md documents ("Limits"), held at a scale a debug
//! test runs in seconds: an article on one line costs at most 24× its size (plus 64 MB of
//! fixed cost), a claim at most 3.5 KB. The benchmark (`cargo bench --bench check --
//! --limits`) measures the same at 100 MB and a million claims. This file is one test on
//! purpose: peak memory is the process's, so nothing may run beside it.

mod common;

use factcheck::article::{Article, analyse};
use factcheck::{Config, Suite};

/// A field of this process's `/proc/self/status` in bytes (`VmHWM`: the peak resident size
/// since the last reset; `VmRSS`: the current one), where Linux gives it.
fn status(field: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024.0)
}

/// Start measuring the peak from the current size; the current size.
fn reset_peak() -> f64 {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    status("VmRSS:").unwrap_or(0.0)
}

/// What the work since `reset_peak` added to the peak.
fn peak_since(base: f64) -> f64 {
    status("VmHWM:").unwrap() - base
}

/// The allocator's and the test harness's slack.
const FIXED: f64 = 16e6;

#[test]
fn one_line_articles_and_large_claim_files_stay_within_the_documented_bounds() {
    if status("VmHWM:").is_none() || std::fs::write("/proc/self/clear_refs", "5").is_err() {
        eprintln!("no /proc/self/status or clear_refs here: skipped");
        return;
    }
    let line =
        std::fs::read_to_string(common::repo().join("articles/nbc-russia-belarus-drills.txt"))
            .unwrap()
            .replace(['\n', '\r'], " ");
    let text = line.repeat(2_000_000 / line.len() + 1);
    let size = text.len() as f64;

    let base = reset_peak();
    let analysis = analyse(Article::from_text("one-line", "one-line.txt", text));
    // The extract's every line and column: linear on one line (each position was once
    // counted from the line's start, and a 100 MB line took hours).
    let extract = factcheck::report::extract::render_human(&analysis);
    assert!(extract.lines().count() > 10_000);
    let used = peak_since(base);
    eprintln!(
        "one-line article: {size} B, peak {used} B ({:.1}×)",
        used / size
    );
    assert!(
        used <= 24.0 * size + FIXED,
        "a {size} B one-line article peaked at {used} B"
    );
    drop((analysis, extract));

    let suite = common::TempSuite::copy_of_bundled();
    let count = 20_000;
    let mut claims = String::from("article = \"nbc-russia-belarus-drills\"\n");
    for i in 0..count {
        claims.push_str(&format!(
            "\n[[claim]]\nid = \"c{i}\"\nsays = \"NATO estimate: {} troops\"\nexpect = \"refuted\"\n",
            31_000 + i
        ));
    }
    suite.write("claims/many.toml", &claims);
    drop(claims);
    let base = reset_peak();
    let config = Config::load(suite.path()).unwrap();
    let loaded = Suite::load(config, &[suite.path().join("claims/many.toml")]).unwrap();
    let report = loaded.run().unwrap();
    assert_eq!(report.failed(), 0);
    let used = peak_since(base);
    eprintln!(
        "{count} claims: peak {used} B ({:.0} B a claim)",
        used / count as f64
    );
    assert!(
        used <= 3500.0 * count as f64 + FIXED,
        "{count} claims peaked at {used} B"
    );
}
