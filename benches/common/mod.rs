//! The benchmark input, shared by the benches (`benches/*.rs`) and the end-to-end dump generator
//! (`examples/gen_dump.rs`, used by `scripts/bench-e2e.sh`).
//!
//! The input is generated at run time, never committed: the repository's own articles (every
//! `.txt` and `.jsonl` under `corpus/`, plus the texts of `eval/gold/*.jsonl` when that folder
//! exists) repeated, in a fixed order, until the wanted size is reached. Every copy gets an id of
//! its own; texts, titles and publication dates are kept as they are, so the work per megabyte is
//! that of the corpus whatever the size. Whatever articles the repository holds when the bench
//! runs are used, so the figures follow the corpus as it grows (BENCHMARKS.md names the base).

#![allow(dead_code)] // each user of this module uses a part of it

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use newsextract::Article;
use newsextract::input::{InputOptions, Inputs};
use serde::Serialize;

/// One megabyte, as MB/s figures count it (10^6 bytes).
pub const MB: usize = 1_000_000;

/// Default size of the benches' input, in MB of article text (`NEWSEXTRACT_BENCH_MB` overrides).
pub const DEFAULT_BENCH_MB: usize = 50;

/// The repository root (the benches and examples are built from it).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The base articles: `corpus/` (walked in sorted order), then each `eval/gold/*.jsonl`, in
/// name order. Lines that are not articles (no text) are skipped.
pub fn base_articles(root: &Path) -> Vec<Article> {
    let mut paths = vec![root.join("corpus")];
    if let Ok(entries) = std::fs::read_dir(root.join("eval").join("gold")) {
        let mut gold: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
            .collect();
        gold.sort();
        paths.extend(gold);
    }
    Inputs::new(&paths, InputOptions::default())
        .filter_map(Result::ok)
        .filter(|a| !a.text.trim().is_empty())
        .collect()
}

/// Total bytes of article text.
pub fn text_bytes(articles: &[Article]) -> usize {
    articles.iter().map(|a| a.text.len()).sum()
}

/// Calls `each` with copies of `base` (copy number and article, its id made unique) until at
/// least `min_bytes` of text went by. Nothing is kept, so any size streams in constant memory.
pub fn for_each_copy(base: &[Article], min_bytes: usize, mut each: impl FnMut(usize, &Article)) {
    assert!(
        base.iter().any(|a| !a.text.is_empty()),
        "no article under corpus/ to build the benchmark input from"
    );
    let mut done = 0usize;
    let mut copy = 0usize;
    let mut article = Article::from_text("", "");
    while done < min_bytes {
        for a in base {
            article.clone_from(a);
            article.id = format!("{}#{copy}", a.id);
            each(copy, &article);
            done += a.text.len();
            if done >= min_bytes {
                break;
            }
        }
        copy += 1;
    }
}

/// The benches' input: the base articles repeated to at least `mb` MB of text, in memory.
pub fn articles(mb: usize) -> Vec<Article> {
    let base = base_articles(&repo_root());
    let mut out = Vec::new();
    for_each_copy(&base, mb * MB, |_, a| out.push(a.clone()));
    out
}

/// The size the benches use: `NEWSEXTRACT_BENCH_MB`, else [`DEFAULT_BENCH_MB`].
pub fn bench_mb() -> usize {
    std::env::var("NEWSEXTRACT_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(DEFAULT_BENCH_MB)
}

/// One input line of a generated dump: the fields `newsextract extract` reads from JSONL.
#[derive(Serialize)]
struct DumpLine<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dct: Option<&'a str>,
    text: &'a str,
}

/// Appends `article` to `out` as one JSONL input line.
pub fn write_dump_line(out: &mut Vec<u8>, article: &Article) {
    let line = DumpLine {
        id: &article.id,
        title: article.title.as_deref(),
        url: article.url.as_deref(),
        dct: article.dct.as_deref(),
        text: &article.text,
    };
    serde_json::to_writer(&mut *out, &line).expect("serializing to memory cannot fail");
    out.push(b'\n');
}

/// Writes a JSONL dump of at least `min_bytes` of article text to `out`; returns
/// (articles, text bytes, JSONL bytes).
pub fn write_dump(
    base: &[Article],
    min_bytes: usize,
    out: &mut dyn Write,
) -> io::Result<(usize, usize, usize)> {
    let mut buf = Vec::with_capacity(1 << 20);
    let (mut n, mut text, mut written) = (0, 0, 0);
    let mut result = Ok(());
    for_each_copy(base, min_bytes, |_, a| {
        if result.is_err() {
            return;
        }
        write_dump_line(&mut buf, a);
        n += 1;
        text += a.text.len();
        if buf.len() >= 1 << 20 {
            written += buf.len();
            result = out.write_all(&buf);
            buf.clear();
        }
    });
    result?;
    written += buf.len();
    out.write_all(&buf)?;
    Ok((n, text, written))
}
