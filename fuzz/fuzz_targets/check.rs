//! Fuzz target: see `factcheck_fuzz::check`.
#![no_main]

libfuzzer_sys::fuzz_target!(|case: factcheck_fuzz::Case| factcheck_fuzz::check(&case));
