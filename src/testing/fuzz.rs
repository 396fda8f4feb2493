//! The bodies of the fuzz targets in `fuzz/`, here so that the regression tests replay a crash
//! input through exactly the code the fuzzer ran (`tests/fuzz-regressions/<target>/`).
//!
//! Each target takes arbitrary bytes and panics when something is wrong: a panic inside the
//! pipeline, a broken record invariant ([`super::invariants`]), or a JSONL stream whose items
//! do not match its lines one for one.

use std::io::Cursor;

use crate::calendar::Dct;
use crate::extract::Layer;
use crate::input::jsonl::parse_line;
use crate::input::{Article, InputOptions, Inputs};
use crate::pipeline::Pipeline;
use crate::record::SourceRef;

use super::invariants::check_record;

/// A fuzz target's body: takes the fuzz bytes, panics on a finding.
pub type Target = fn(&[u8]);

/// The fuzz targets, by name: `(name, body)`.
pub const TARGETS: &[(&str, Target)] = &[
    ("pipeline", pipeline),
    ("entities", |d| extractor_alone(Layer::Entities, d)),
    ("money", |d| extractor_alone(Layer::Money, d)),
    ("dates", |d| extractor_alone(Layer::Dates, d)),
    ("contracts", |d| extractor_alone(Layer::Contracts, d)),
    ("jsonl_line", jsonl_line),
    ("jsonl_reader", jsonl_reader),
];

/// Publication dates the first input byte chooses from: none, ordinary ones, and the ends of the
/// four-digit range, where "next year" and "last year" leave it.
const DCTS: &[Option<&str>] = &[
    None,
    Some("2020-12-10"),
    Some("2021-01-01"),
    Some("2016-02-29"),
    Some("1999-12-31"),
    Some("0000-01-01"),
    Some("9999-12-31"),
    Some("2020"),
    Some("2020-07"),
];

/// Splits fuzz bytes into a publication date (chosen by the first byte) and an article (the
/// rest, invalid UTF-8 replaced as the input layer does).
pub fn article(data: &[u8]) -> (Option<Dct>, Article) {
    let (choice, rest) = data.split_first().map_or((0, data), |(c, r)| (*c, r));
    let dct = DCTS[usize::from(choice) % DCTS.len()].and_then(Dct::parse);
    let text = String::from_utf8_lossy(rest).into_owned();
    (dct, Article::from_text("fuzz", text))
}

/// Runs a pipeline of `layers` (all when `None`) on `article`; panics on a broken invariant.
pub fn check(layers: Option<&[Layer]>, dct: Option<Dct>, article: &Article) {
    let mut builder = Pipeline::builder().dct(dct);
    if let Some(layers) = layers {
        builder = builder.layers(layers);
    }
    let record = builder.build().extract(article);
    if let Err(broken) = check_record(&record, &article.text) {
        panic!("invariant broken: {broken}\ntext: {:?}", article.text);
    }
}

/// The whole per-article pipeline on arbitrary text.
pub fn pipeline(data: &[u8]) {
    let (dct, article) = article(data);
    check(None, dct, &article);
}

/// One extractor alone on arbitrary text.
pub fn extractor_alone(layer: Layer, data: &[u8]) {
    let (dct, article) = article(data);
    check(Some(&[layer]), dct, &article);
}

/// One JSONL line of arbitrary bytes: an article (then run through the pipeline) or an error
/// with a message.
pub fn jsonl_line(data: &[u8]) {
    let source = SourceRef {
        path: "fuzz.jsonl".into(),
        line: Some(1),
    };
    match parse_line(data, "fuzz.jsonl:1".into(), source) {
        Ok(article) => {
            let dct = article.dct.as_deref().and_then(Dct::parse);
            check(None, dct, &article);
        }
        Err(e) => assert!(!e.message.is_empty(), "an error says what happened"),
    }
}

/// The line limit of [`jsonl_reader`]: small, so that the fuzzer also meets lines over it.
const READER_MAX_BYTES: usize = 256;

/// A whole JSONL stream of arbitrary bytes: exactly one item per line that is over the limit or
/// not blank, in order, with the line numbers of the input.
pub fn jsonl_reader(data: &[u8]) {
    let options = InputOptions {
        max_bytes: READER_MAX_BYTES,
    };
    let items: Vec<_> =
        Inputs::from_jsonl_reader("fuzz.jsonl", Cursor::new(data.to_vec()), options).collect();
    let mut lines: Vec<&[u8]> = data.split(|&b| b == b'\n').collect();
    if data.ends_with(b"\n") || data.is_empty() {
        lines.pop();
    }
    let mut expected = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        // The limit counts a trailing carriage return; blankness is judged without it.
        let over = line.len() > READER_MAX_BYTES;
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if over || !line.iter().all(u8::is_ascii_whitespace) {
            expected.push(Some(i as u64 + 1));
        }
    }
    let got: Vec<Option<u64>> = items
        .iter()
        .map(|item| match item {
            Ok(a) => a.source.line,
            Err(e) => e.source.line,
        })
        .collect();
    assert_eq!(got, expected, "one item per non-blank line, in order");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_target_takes_empty_and_simple_input() {
        for (name, target) in TARGETS {
            target(b"");
            target(b"\x01Acme Corp. paid $5 million on Oct. 21, 2020.");
            target(b"{\"text\": \"x\"}\n\n[1]\n");
            assert!(!name.is_empty());
        }
    }
}
