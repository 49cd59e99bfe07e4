//! Fuzz target: see `factcheck_fuzz::config`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| factcheck_fuzz::config(data));
