//! One JSONL line of arbitrary bytes: an article or an error, never a panic; an article goes
//! through the pipeline with every record invariant kept.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| newsextract::testing::fuzz::jsonl_line(data));
