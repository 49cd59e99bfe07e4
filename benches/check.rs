//! The newsroom-scale benchmark: `cargo bench` (or `cargo bench --bench check -- --quick`).
//!
//! For each size it generates a suite (benches/workload) on disk, then checks it twice, each
//! time in a child process (so peak memory is that run's alone), and reports the faster run:
//! wall time (loading, analysing, checking and rendering the JSON report once), article MB/s,
//! claims/s, the wall time of loading the claim files, the CPU time of analysis and of
//! checking (summed over threads, since articles stream through both in parallel), and peak
//! memory. The large size also runs at half and double size, to show how cost grows. Last,
//! reading throughput by article format: plain text, Markdown, and saved web pages (MB of
//! HTML, markup and all, per second); and the HTML report of a 36,000-claim suite: how long
//! it takes to write, and to open in headless Chromium when one is installed.

#[path = "browser/mod.rs"]
mod browser;
#[path = "workload/mod.rs"]
mod workload;

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use factcheck::report::Format;
use factcheck::{Config, RunOptions, Suite};

// The allocator the `factcheck` binary uses, so that the numbers are the command's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

struct Size {
    name: &'static str,
    articles: usize,
    claims: usize,
}

const SIZES: &[Size] = &[
    Size {
        name: "small",
        articles: 1_000,
        claims: 10_000,
    },
    Size {
        name: "large/2",
        articles: 5_000,
        claims: 50_000,
    },
    Size {
        name: "large",
        articles: 10_000,
        claims: 100_000,
    },
    Size {
        name: "large×2",
        articles: 20_000,
        claims: 200_000,
    },
];

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--one") {
        run_one(Path::new(&args[at + 1]));
        return;
    }
    if let Some(at) = args.iter().position(|a| a == "--extract") {
        extract_one(Path::new(&args[at + 1]));
        return;
    }
    if let Some(at) = args.iter().position(|a| a == "--incremental") {
        incremental(Path::new(&args[at + 1]));
        return;
    }
    if let Some(at) = args.iter().position(|a| a == "--write") {
        let folder = Path::new(&args[at + 1]);
        let generated = workload::generate(&workload::bundled_sources(), 10_000, 100_000, 5_000, 7);
        generated.write(folder).expect("the workload is written");
        println!("the large suite is written to {}", folder.display());
        return;
    }
    if args.iter().any(|a| a == "--limits") {
        limits();
        return;
    }
    let quick = args.iter().any(|a| a == "--quick");
    let sources = workload::bundled_sources();
    println!(
        "{:<8} {:>8} {:>8} {:>8} {:>8} {:>9} {:>10} {:>8} {:>9} {:>8} {:>10} {:>8}",
        "size",
        "articles",
        "MB",
        "claims",
        "wall s",
        "MB/s",
        "claims/s",
        "load s",
        "analyse*",
        "check*",
        "peak MB",
        "peak/MB"
    );
    let mut walls = Vec::new();
    for size in SIZES.iter().take(if quick { 1 } else { SIZES.len() }) {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let generated = workload::generate(&sources, size.articles, size.claims, 5_000, 7);
        let megabytes = generated.article_bytes() as f64 / 1e6;
        generated
            .write(dir.path())
            .expect("the workload is written");
        drop(generated);
        // Checked twice, the faster run reported: the first run after writing a suite
        // competes with the kernel writing those files back to disk.
        let line = (0..2)
            .map(|_| {
                let output = Command::new(std::env::current_exe().unwrap())
                    .args(["--one", &dir.path().display().to_string()])
                    .output()
                    .expect("the benchmark re-runs itself");
                String::from_utf8_lossy(&output.stdout).into_owned()
            })
            .min_by(|a, b| total(a).total_cmp(&total(b)))
            .expect("two runs");
        let field = |key: &str| -> f64 {
            line.split_whitespace()
                .find_map(|kv| kv.strip_prefix(&format!("{key}=")))
                .and_then(|v| v.parse().ok())
                .unwrap_or(f64::NAN)
        };
        let wall = field("total");
        let peak = field("peak_kb") / 1e3;
        walls.push((size.name, wall));
        println!(
            "{:<8} {:>8} {:>8.1} {:>8} {:>8.3} {:>9.1} {:>10.0} {:>8.3} {:>9.3} {:>8.3} {:>10.0} {:>8.2}",
            size.name,
            size.articles,
            megabytes,
            size.claims,
            wall,
            megabytes / wall,
            size.claims as f64 / wall,
            field("load"),
            field("analysis"),
            field("check"),
            peak,
            peak / megabytes
        );
        if size.name == "large" {
            scan_floor(&dir.path().join("articles"), wall);
            incremental(dir.path());
        }
        if field("failed") != 0.0 {
            println!(
                "  ! {} claims did not get their intended verdict",
                field("failed")
            );
        }
    }
    println!(
        "(* CPU seconds summed over threads: reading and analysing articles, deciding claims)"
    );
    if let [.., (_, half), (_, large), (_, double)] = walls.as_slice() {
        println!(
            "\ngrowth: large/2 → large ×{:.2}, large → large×2 ×{:.2} (linear is ×2.00)",
            large / half,
            double / large
        );
    }
    formats();
    html_report(&sources);
    limits();
}

/// The scan floor beside the large suite's wall time: ripgrep counting every number in the
/// same articles (`rg --count-matches '[0-9][0-9,.]*'`), the better of two runs. Skipped,
/// saying so, where `rg` is not installed.
fn scan_floor(articles: &Path, wall: f64) {
    let run = || {
        let start = Instant::now();
        let output = Command::new("rg")
            .args(["--count-matches", "[0-9][0-9,.]*"])
            .arg(articles)
            .output()
            .ok()?;
        output
            .status
            .success()
            .then(|| start.elapsed().as_secs_f64())
    };
    match (run(), run()) {
        (Some(a), Some(b)) => {
            let floor = a.min(b);
            println!(
                "  ripgrep counting numbers in the same articles: {floor:.3} s; factcheck is {:.1}× that",
                wall / floor
            );
        }
        _ => println!("  (ripgrep is not installed: the ratio to its number scan is skipped)"),
    }
}

/// Incremental runs of the suite in `dir`: the `factcheck check` command itself (human report
/// to /dev/null), cold without a cache, then with an empty cache, after editing one article,
/// after editing one claim file, and with nothing changed; each the median of five runs
/// (the empty cache: the best of three), as a share of the cold time.
fn incremental(dir: &Path) {
    let cache = tempfile::tempdir().expect("a cache folder");
    let cached = cache.path().display().to_string();
    let check = |args: &[&str]| -> f64 {
        let start = Instant::now();
        let status = Command::new(env!("CARGO_BIN_EXE_factcheck"))
            .arg("check")
            .args(args)
            .current_dir(dir)
            .stdout(std::process::Stdio::null())
            .status()
            .expect("factcheck runs");
        assert!(status.code().is_some_and(|c| c < 2), "the suite is valid");
        start.elapsed().as_secs_f64()
    };
    let median = |mut times: Vec<f64>| {
        times.sort_by(f64::total_cmp);
        times[times.len() / 2]
    };
    // Edits a person makes: a paragraph added to an article, a note added to a claim file.
    let article = dir.join("articles/a000500.txt");
    let claim_file = dir.join("claims/c00500.toml");
    let mut count = 0;
    let mut edit = |path: &Path| {
        let text = std::fs::read_to_string(path).expect("the file to edit");
        count += 1;
        let base = text.split("\n\n(Edit ").next().unwrap_or(&text).to_string();
        let edited = if path.extension().is_some_and(|e| e == "toml") {
            format!("{base}\n\n(Edit {count})\n").replace("\n\n(Edit", "\n\n# (Edit")
        } else {
            format!("{base}\n\n(Edit {count}.)\n")
        };
        std::fs::write(path, edited).expect("the edit is written");
    };
    let cold = median((0..5).map(|_| check(&["--no-cache"])).collect());
    let empty = (0..3)
        .map(|_| {
            let _ = std::fs::remove_dir_all(cache.path());
            check(&["--cache", &cached])
        })
        .fold(f64::INFINITY, f64::min);
    let mut rows = vec![("cold, no cache", cold), ("cold, empty cache", empty)];
    for (label, path) in [
        ("one article edited", Some(&article)),
        ("one claim file edited", Some(&claim_file)),
        ("nothing changed", None),
    ] {
        let times = (0..5)
            .map(|_| {
                if let Some(path) = path {
                    edit(path);
                }
                check(&["--cache", &cached])
            })
            .collect();
        rows.push((label, median(times)));
    }
    println!(
        "  incremental, `factcheck check` (cache {:.1} MB):",
        common_size(cache.path()) as f64 / 1e6
    );
    for (label, seconds) in rows {
        println!(
            "    {label:<24} {seconds:>7.3} s  {:>5.1}% of cold",
            100.0 * seconds / cold
        );
    }
}

/// The bytes of the files under `folder`, at any depth.
fn common_size(folder: &Path) -> u64 {
    std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| {
            let path = entry.path();
            if path.is_dir() {
                common_size(&path)
            } else {
                entry.metadata().map_or(0, |m| m.len())
            }
        })
        .sum()
}

/// The documented memory bounds at their extremes (docs/performance.md, "Limits"): one
/// 100 MB article on a single line, and one claim file of a million claims. Each is run in
/// a child process; its wall time and peak memory are printed beside the bound.
fn limits() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let root = dir.path();
    std::fs::create_dir_all(root.join("articles")).unwrap();
    std::fs::create_dir_all(root.join("claims")).unwrap();
    let line = workload::bundled_sources()
        .join(" ")
        .replace(['\n', '\r'], " ");
    let article = line.repeat(100_000_000 / line.len() + 1);
    std::fs::write(root.join("articles/one-line.txt"), &article).unwrap();
    let megabytes = article.len() as f64 / 1e6;
    drop(article);
    std::fs::write(
        root.join("claims/one-line.toml"),
        "article = \"one-line\"\n\n[[claim]]\nsays = \"NATO estimate: 30,000 troops\"\n\n\
         [[claim]]\nsays = \"Kirby\"\nquote = \"The numbers continue to grow\"\nspeaker = \"Kirby\"\n",
    )
    .unwrap();
    println!("\nlimits (bounds in docs/performance.md):");
    let child = |args: &[&str]| {
        let output = Command::new(std::env::current_exe().unwrap())
            .args(args)
            .output()
            .expect("the benchmark re-runs itself");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let field = |line: &str, key: &str| -> f64 {
        line.split_whitespace()
            .find_map(|kv| kv.strip_prefix(&format!("{key}=")))
            .and_then(|v| v.parse().ok())
            .unwrap_or(f64::NAN)
    };
    let shown = root.display().to_string();
    let checked = child(&["--one", &shown]);
    let peak = field(&checked, "peak_kb") / 1e3;
    println!(
        "  check, one {megabytes:.0} MB article on one line: {:.2} s, peak {peak:.0} MB = {:.1}× the article (bound 24× + 64 MB)",
        field(&checked, "total"),
        peak / megabytes
    );
    let file = root.join("articles/one-line.txt").display().to_string();
    let extracted = child(&["--extract", &file]);
    let peak = field(&extracted, "peak_kb") / 1e3;
    println!(
        "  extract, the same article: {:.2} s, peak {peak:.0} MB = {:.1}× the article",
        field(&extracted, "total"),
        peak / megabytes
    );

    std::fs::remove_file(root.join("articles/one-line.txt")).unwrap();
    std::fs::remove_file(root.join("claims/one-line.toml")).unwrap();
    for entry in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("articles"))
        .expect("the bundled articles")
        .flatten()
    {
        std::fs::copy(entry.path(), root.join("articles").join(entry.file_name())).unwrap();
    }
    let claims = 1_000_000;
    std::fs::write(root.join("claims/million.toml"), million_claims(claims)).unwrap();
    let checked = child(&["--one", &shown]);
    let peak = field(&checked, "peak_kb") / 1e3;
    println!(
        "  check, one claim file of {claims} claims: {:.2} s, peak {peak:.0} MB = {:.2} KB a claim (bound 3.5 KB + 64 MB)",
        field(&checked, "total"),
        peak * 1e3 / claims as f64
    );
}

/// A claim file of `count` claims of every kind about the bundled NBC article, each with the
/// verdict it gets.
fn million_claims(count: usize) -> String {
    let mut out = String::from("article = \"nbc-russia-belarus-drills\"\n");
    for i in 0..count {
        let claim = match i % 5 {
            0 => format!(
                "says = \"NATO estimate: {} troops\"\nexpect = \"refuted\"",
                31_000 + i
            ),
            1 => {
                let day = 1 + i % 28;
                let expect = if day == 20 { "supported" } else { "refuted" };
                format!("says = \"Drills end: Feb. {day}\"\nexpect = \"{expect}\"")
            }
            2 => format!(
                "says = \"Kirby {i}\"\nquote = \"The numbers continue to grow\"\nspeaker = \"Kirby\"\nexpect = \"absent\""
            ),
            3 => format!("says = \"text {i}\"\ntext = \"Cold War\""),
            _ => format!("says = \"pattern {i}\"\npattern = 'Macron (visited|met) Putin'"),
        };
        out.push_str(&format!("\n[[claim]]\nid = \"c{i}\"\n{claim}\n"));
    }
    out
}

/// Analyse the article `path` and render its extract; print the time and peak memory.
fn extract_one(path: &Path) {
    let start = Instant::now();
    let article = factcheck::article::Article::load("x", path, "x").expect("a readable article");
    let analysis = factcheck::article::analyse(article);
    let text = factcheck::report::extract::render_human(&analysis);
    std::hint::black_box(text);
    println!(
        "total={:.4} peak_kb={}",
        start.elapsed().as_secs_f64(),
        peak_kb()
    );
}

/// This process's peak resident memory in KB, from `/proc` (0 where there is none).
fn peak_kb() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.split_whitespace().nth(1).unwrap_or("0").to_string())
        })
        .unwrap_or_else(|| "0".into())
}

/// The HTML report of a 36,000-claim suite (3,600 articles of 5 KB, a few failures): the
/// time to render and write it, and, where Chromium is installed, to open it (its
/// `#selftest` hook: list the failures, show the first), beside Chromium's own start-up on
/// an empty page.
fn html_report(sources: &[String]) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut generated = workload::generate(sources, 3_600, 36_000, 5_000, 7);
    generated.fail_some(20);
    generated
        .write(dir.path())
        .expect("the workload is written");
    drop(generated);
    let config = Config::load(dir.path()).expect("a valid config");
    let suite = Suite::load(config, &[]).expect("valid claim files");
    let (report, _) = suite
        .run_with(RunOptions::for_formats([Format::Html]))
        .expect("readable articles");
    let page = dir.path().join("report.html");
    let start = Instant::now();
    let file = std::fs::File::create(&page).expect("the report file");
    factcheck::report::write(&report, Format::Html, false, file).expect("the report is written");
    let written = start.elapsed().as_secs_f64();
    let megabytes = std::fs::metadata(&page).map_or(0, |m| m.len()) as f64 / 1e6;
    println!(
        "
HTML report: {} claims ({} failed), {megabytes:.1} MB, rendered and written in {written:.3} s",
        report.passed() + report.failed(),
        report.failed()
    );
    let Some(chromium) = browser::chromium() else {
        println!("  Chromium not installed: its load time is not measured");
        return;
    };
    let empty = dir.path().join("empty.html");
    std::fs::write(
        &empty,
        "<!doctype html><body><script>document.body.dataset.selftest='done'</script>",
    )
    .expect("an empty page");
    let idle = browser::selftest(&chromium, &empty, &dir.path().join("profile-empty"));
    // The better of two runs, as for the checks above.
    let opened = (0..2)
        .map(|run| browser::selftest(&chromium, &page, &dir.path().join(format!("profile-{run}"))))
        .min_by_key(|run| run.elapsed)
        .expect("two runs");
    println!(
        "  headless Chromium: start to exit {:.2} s (an empty page {:.2} s); page ready {} ms after navigation",
        opened.elapsed.as_secs_f64(),
        idle.elapsed.as_secs_f64(),
        opened
            .ready_ms()
            .map_or("?".to_string(), |ms| ms.to_string())
    );
}

/// Reading throughput by article format: the bundled plain-text articles and the web
/// fixtures' saved pages and Markdown articles, each read (rendered, normalised, analysed)
/// many times on one thread. MB are of the file as written (HTML with all its markup).
fn formats() {
    use factcheck::article::{Article, Format, analyse};
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<(Format, String)> = Vec::new();
    for folder in ["articles", "tests/fixtures/web/articles"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(folder))
            .expect("the articles")
            .map(|e| e.expect("an entry").path())
            .collect();
        paths.sort();
        for path in paths {
            if let Some(format) = Format::of(&path) {
                files.push((format, std::fs::read_to_string(&path).expect("an article")));
            }
        }
    }
    println!(
        "\n{:<10} {:>6} {:>9} {:>9} {:>9}",
        "format", "files", "MB read", "s", "MB/s"
    );
    for (label, format) in [
        ("plain", Format::Plain),
        ("markdown", Format::Markdown),
        ("html", Format::Html),
    ] {
        let texts: Vec<&String> = files
            .iter()
            .filter(|(f, _)| *f == format)
            .map(|(_, text)| text)
            .collect();
        let bytes: usize = texts.iter().map(|t| t.len()).sum();
        // About 20 MB of each format.
        let rounds = (20_000_000 / bytes.max(1)).max(1);
        let start = Instant::now();
        for _ in 0..rounds {
            for text in &texts {
                let article = Article::from_file("a", "a", (*text).clone(), format)
                    .expect("the fixture reads");
                std::hint::black_box(analyse(article));
            }
        }
        let seconds = start.elapsed().as_secs_f64();
        let megabytes = (bytes * rounds) as f64 / 1e6;
        println!(
            "{:<10} {:>6} {:>9.1} {:>9.3} {:>9.1}",
            label,
            texts.len(),
            megabytes,
            seconds,
            megabytes / seconds
        );
    }
}

/// The `total=` of a run's output line.
fn total(line: &str) -> f64 {
    line.split_whitespace()
        .find_map(|kv| kv.strip_prefix("total="))
        .and_then(|v| v.parse().ok())
        .unwrap_or(f64::INFINITY)
}

/// Check the suite in `dir` and print `key=value` timings and peak memory.
fn run_one(dir: &Path) {
    // Peak memory from here on only.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let start = Instant::now();
    let config = Config::load(dir).expect("a valid config");
    let args: Vec<String> = std::env::args().collect();
    let cache = args
        .iter()
        .position(|a| a == "--cache")
        .map(|at| factcheck::cache::Cache::open(&args[at + 1], &config));
    let suite = Suite::load_cached(config, &[], cache.as_ref()).expect("valid claim files");
    let loaded = start.elapsed().as_secs_f64();
    let (report, stats) = suite
        .run_with(RunOptions::default())
        .expect("readable articles");
    factcheck::report::write(&report, Format::Json, false, std::io::sink())
        .expect("the report renders");
    let checked = start.elapsed().as_secs_f64();
    let peak = peak_kb();
    println!(
        "total={checked:.4} load={loaded:.4} analysis={:.4} check={:.4} peak_kb={peak} failed={} cached_files={} decided={} kept={}",
        stats.analysis.as_secs_f64(),
        stats.checking.as_secs_f64(),
        report.failed(),
        stats.cached_files,
        stats.decided,
        stats.kept
    );
}
