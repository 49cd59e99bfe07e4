//! Fuzz target: see `factcheck_fuzz::claims`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| factcheck_fuzz::claims(data));
