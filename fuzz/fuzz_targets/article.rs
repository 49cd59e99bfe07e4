//! Fuzz target: see `factcheck_fuzz::article`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| factcheck_fuzz::article(data));
