//! The fuzz targets' bodies (fuzz/src/lib.rs), run over their seeds (the repository's claim
//! files and articles, as `fuzz/run` seeds the corpus, and fuzz/seeds/) and over every
//! input that ever crashed one (fuzz/regressions/TARGET/), so a regression fails
//! `cargo test` on a machine without cargo-fuzz. Each crash found while fuzzing is also a
//! named test below, saying what it was.

#[allow(dead_code)]
#[path = "../fuzz/src/lib.rs"]
mod targets;

mod common;

use arbitrary::{Arbitrary, Unstructured};

/// Run `target`'s body on every file in `fuzz/<folder>/<target>/`; the number run.
fn replay(folder: &str, target: &str) -> usize {
    let dir = common::repo().join("fuzz").join(folder).join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return 0;
    };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in &paths {
        let data = std::fs::read(path).unwrap();
        let run = || run_target(target, &data);
        if std::panic::catch_unwind(run).is_err() {
            panic!("fuzz target `{target}` fails on {}", path.display());
        }
    }
    paths.len()
}

fn run_target(target: &str, data: &[u8]) {
    match target {
        "claims" => targets::claims(data),
        "config" => targets::config(data),
        "article" => targets::article(data),
        "check" => {
            if let Ok(case) = targets::Case::arbitrary_take_rest(Unstructured::new(data)) {
                targets::check(&case);
            }
        }
        _ => unreachable!("no fuzz target `{target}`"),
    }
}

const TARGETS: [&str; 4] = ["claims", "config", "article", "check"];

/// The repository's claim files and articles, as `fuzz/run` seeds the `claims` and
/// `article` corpora: each article behind the byte that names its format.
fn fixture_seeds() -> Vec<(&'static str, std::path::PathBuf, Vec<u8>)> {
    let repo = common::repo();
    let mut folders = vec![(repo.join("claims"), repo.join("articles"))];
    for entry in std::fs::read_dir(repo.join("tests/fixtures"))
        .unwrap()
        .flatten()
    {
        folders.push((entry.path().join("claims"), entry.path().join("articles")));
    }
    let mut seeds = Vec::new();
    for (claims, articles) in folders {
        for path in common::files_under(&claims, "toml") {
            let data = std::fs::read(&path).unwrap();
            seeds.push(("claims", path, data));
        }
        for (extension, byte) in [("txt", 0u8), ("md", 1), ("html", 2), ("htm", 2)] {
            for path in common::files_under(&articles, extension) {
                let mut data = vec![byte];
                data.extend(std::fs::read(&path).unwrap());
                seeds.push(("article", path, data));
            }
        }
    }
    seeds
}

#[test]
fn the_seeds_hold_every_invariant() {
    let seeds = fixture_seeds();
    for (target, path, data) in &seeds {
        if std::panic::catch_unwind(|| run_target(target, data)).is_err() {
            panic!("fuzz target `{target}` fails on {}", path.display());
        }
    }
    assert!(seeds.len() >= 40, "{} fixture seeds", seeds.len());
    for target in ["config", "check"] {
        assert!(replay("seeds", target) > 0, "no seeds for `{target}`");
    }
}

#[test]
fn every_input_that_crashed_a_target_now_passes() {
    for target in TARGETS {
        replay("regressions", target);
    }
}

/// The committed input of a crash the fuzzers found, at `fuzz/regressions/<path>`.
fn regression(path: &str) -> Vec<u8> {
    std::fs::read(common::repo().join("fuzz/regressions").join(path)).unwrap()
}

/// Found by `article`: a page whose JSON-LD is one two-byte letter gave a problem whose span
/// ended inside it (serde_json's columns count bytes; the span was one byte wide).
#[test]
fn json_ld_error_inside_a_letter() {
    let data = regression("article/json-ld-error-inside-a-letter");
    targets::article(&data);
}

/// Found by `article`: Markdown whose TOML front matter is `> “` gave a problem one byte
/// wide, ending inside the quotation mark.
#[test]
fn front_matter_error_inside_a_letter() {
    let data = regression("article/front-matter-error-inside-a-letter");
    targets::article(&data);
}

/// Found by `check`: an article of nothing but control characters has no sentences, and a
/// `pattern` claim matching one of them looked up sentence 0 of none.
#[test]
fn pattern_in_an_article_of_no_sentences() {
    let data = regression("check/pattern-in-an-article-of-no-sentences");
    let case = targets::Case::arbitrary_take_rest(Unstructured::new(&data)).unwrap();
    targets::check(&case);
}

/// Found by `check`: a shorthand `says` written with escapes (`\u0011`) gave its value's
/// span as if the string were written as it reads, ending inside a letter. Where escapes
/// make the two differ, the span is the whole string.
#[test]
fn shorthand_span_inside_a_letter() {
    let data = regression("check/shorthand-span-inside-a-letter");
    let case = targets::Case::arbitrary_take_rest(Unstructured::new(&data)).unwrap();
    targets::check(&case);
}

/// Found by `article`: a saved page whose elements carry many attributes, some cased twice
/// (`Class`, `class`), read differently on two runs: tl iterates them from a std HashMap.
#[test]
fn attribute_order_gave_two_readings() {
    let data = regression("article/attribute-order-gave-two-readings");
    for _ in 0..8 {
        targets::article(&data);
    }
}

/// Found by `check`: a clock time whose digits are followed by `.` and a letter of several
/// bytes (`9.€m`) sliced the text inside that letter.
#[test]
fn clock_time_after_a_multibyte_letter() {
    let data = regression("check/clock-time-after-a-multibyte-letter");
    let case = targets::Case::arbitrary_take_rest(Unstructured::new(&data)).unwrap();
    targets::check(&case);
}
