//! A whole JSONL stream of arbitrary bytes: exactly one item per non-blank line (an article or
//! an error), in order, with the line numbers of the input.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| newsextract::testing::fuzz::jsonl_reader(data));
