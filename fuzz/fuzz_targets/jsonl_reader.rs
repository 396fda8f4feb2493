//! A whole JSONL stream of arbitrary bytes: exactly one item per non-blank line (an article or
//! an error), in order, with the line numbers of the input.
#![no_main]

use std::io::Cursor;

use libfuzzer_sys::fuzz_target;
use newsextract::input::{InputOptions, Inputs};

/// A small limit, so that the fuzzer also meets lines over it.
const MAX_BYTES: usize = 256;

fuzz_target!(|data: &[u8]| {
    let options = InputOptions { max_bytes: MAX_BYTES };
    let items: Vec<_> =
        Inputs::from_jsonl_reader("fuzz.jsonl", Cursor::new(data.to_vec()), options).collect();
    // What the reader must yield: one item for each line that is over the limit or not blank.
    let mut expected = Vec::new();
    let mut lines: Vec<&[u8]> = data.split(|&b| b == b'\n').collect();
    if data.ends_with(b"\n") || data.is_empty() {
        lines.pop();
    }
    for (i, line) in lines.iter().enumerate() {
        // The limit counts a trailing carriage return; blankness is judged without it.
        let over = line.len() > MAX_BYTES;
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if over || !line.iter().all(u8::is_ascii_whitespace) {
            expected.push(i as u64 + 1);
        }
    }
    let got: Vec<u64> = items
        .iter()
        .map(|item| match item {
            Ok(a) => a.source.line,
            Err(e) => e.source.line,
        })
        .map(|line| line.expect("JSONL items carry a line number"))
        .collect();
    assert_eq!(got, expected, "one item per non-blank line, in order");
});
