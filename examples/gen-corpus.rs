//! Generate a reproducible workload suite (see benches/workload):
//!
//! ```text
//! cargo run --release --example gen-corpus -- --articles 1000 --claims 10000 --out /tmp/suite [--seed 7]
//! cargo run --release -- check /tmp/suite/claims     # from inside /tmp/suite
//! ```

#[path = "../benches/workload/mod.rs"]
mod workload;

use std::path::PathBuf;

fn main() -> std::process::ExitCode {
    let mut articles = 1_000;
    let mut claims = 10_000;
    let mut out = PathBuf::from("workload");
    let mut seed = 7;
    let mut article_bytes = 5_000;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().unwrap_or_default();
        let number = || value.parse::<usize>().unwrap_or(0);
        match flag.as_str() {
            "--articles" => articles = number(),
            "--claims" => claims = number(),
            "--article-bytes" => article_bytes = number(),
            "--seed" => seed = number() as u64,
            "--out" => out = PathBuf::from(&value),
            _ => {
                eprintln!(
                    "usage: gen-corpus --articles N --claims M --out DIR [--seed S] [--article-bytes B]"
                );
                return std::process::ExitCode::from(2);
            }
        }
    }
    if articles == 0 {
        eprintln!("--articles must be at least 1");
        return std::process::ExitCode::from(2);
    }
    let workload = workload::generate(
        &workload::bundled_sources(),
        articles,
        claims,
        article_bytes,
        seed,
    );
    if let Err(error) = workload.write(&out) {
        eprintln!("cannot write {}: {error}", out.display());
        return std::process::ExitCode::from(2);
    }
    println!(
        "{} articles ({:.1} MB), {} claims in {} files: {:?} supported/refuted/absent, {} on two articles -> {}",
        workload.articles.len(),
        workload.article_bytes() as f64 / 1e6,
        claims,
        workload.claim_files.len(),
        workload.intents,
        workload.multi_article,
        out.display()
    );
    std::process::ExitCode::SUCCESS
}
