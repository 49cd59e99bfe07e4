//! This project's own fact-check suite, run by `cargo test`: one test per claim in
//! `claims/`, one snapshot per claim file in `snapshots/`.

fn main() -> std::process::ExitCode {
    factcheck::harness::run()
}
