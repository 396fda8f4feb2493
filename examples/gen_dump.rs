//! Writes a JSONL dump of generated input for end-to-end benchmarks: the repository's articles
//! (`corpus/`, and `eval/gold/*.jsonl` when present) repeated until the text reaches the size
//! asked for. Used by `scripts/bench-e2e.sh`; the dump is never committed.
//!
//! ```sh
//! cargo run --release --example gen_dump -- 200 /tmp/dump.jsonl    # ≥ 200 MB of article text
//! cargo run --release --example gen_dump -- 1 -                     # to standard output
//! ```

#[path = "../benches/common/mod.rs"]
mod common;

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(mb), Some(out)) = (
        args.first().and_then(|s| s.parse::<f64>().ok()),
        args.get(1),
    ) else {
        eprintln!("usage: gen_dump MEGABYTES OUTPUT.jsonl|-   (MB of article text, 10^6 bytes)");
        return ExitCode::from(1);
    };
    let base = common::base_articles(&common::repo_root());
    let min_bytes = (mb * common::MB as f64) as usize;
    let result = if out == "-" {
        let stdout = io::stdout();
        let mut w = BufWriter::new(stdout.lock());
        common::write_dump(&base, min_bytes, &mut w).and_then(|r| w.flush().map(|()| r))
    } else {
        File::create(out).and_then(|f| {
            let mut w = BufWriter::new(f);
            common::write_dump(&base, min_bytes, &mut w).and_then(|r| w.flush().map(|()| r))
        })
    };
    match result {
        Ok((n, text, jsonl)) => {
            eprintln!(
                "gen_dump: {n} articles from a base of {} ({} bytes), {text} bytes of text, {jsonl} bytes of JSONL",
                base.len(),
                common::text_bytes(&base)
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen_dump: {e}");
            ExitCode::from(1)
        }
    }
}
