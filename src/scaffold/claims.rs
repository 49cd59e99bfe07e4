//! The fact-check suite: one test per claim in claims/, one snapshot per claim file.
fn main() -> std::process::ExitCode {
    factcheck::harness::run()
}
