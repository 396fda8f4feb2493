//! The whole per-article pipeline on arbitrary text: no panic, every record invariant kept.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| newsextract::testing::fuzz::pipeline(data));
