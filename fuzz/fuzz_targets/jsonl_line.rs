//! One JSONL line of arbitrary bytes: an article or an error, never a panic; an article goes
//! through the pipeline with every record invariant kept.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsextract::input::jsonl::parse_line;
use newsextract::record::SourceRef;

fuzz_target!(|data: &[u8]| {
    let source = SourceRef {
        path: "fuzz.jsonl".into(),
        line: Some(1),
    };
    match parse_line(data, "fuzz.jsonl:1".into(), source) {
        Ok(article) => {
            let dct = article.dct.as_deref().and_then(newsextract::calendar::Dct::parse);
            newsextract_fuzz::check(None, dct, &article);
        }
        Err(e) => assert!(!e.message.is_empty(), "an error says what happened"),
    }
});
