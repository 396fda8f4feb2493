//! Throughput of the entity recognizer and linker alone, on the repository's articles (the
//! base input of the benches, once), for profiling: `valgrind --tool=callgrind
//! --toggle-collect='*entity_speed*run_once*'` counts instructions per byte exactly, whatever
//! the load on the machine.
//!
//! ```sh
//! cargo run --release --example entity_speed -- [PASSES]
//! ```

use std::time::Instant;

use newsextract::Article;
use newsextract::extract::entities::{Entities, EntityLinks, gazetteer};
use newsextract::extract::{Document, Extractor, Mentions};
use newsextract::input::{InputOptions, Inputs};

fn main() {
    let passes: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1);
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut paths = vec![root.join("corpus")];
    let mut gold: Vec<_> = std::fs::read_dir(root.join("eval/gold"))
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
                .collect()
        })
        .unwrap_or_default();
    gold.sort();
    paths.extend(gold);
    let articles: Vec<Article> = Inputs::new(&paths, InputOptions::default())
        .filter_map(Result::ok)
        .filter(|a| !a.text.trim().is_empty())
        .collect();
    let docs: Vec<Document<'_>> = articles
        .iter()
        .map(|a| Document::new(&a.text, None))
        .collect();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    // Built outside the measured part, and timed on its own (the recognizer's start-up cost).
    let built = Instant::now();
    assert!(!gazetteer::LEXICON.phrases.is_empty());
    println!(
        "lexicon built in {:.1} ms",
        built.elapsed().as_secs_f64() * 1e3
    );
    let start = Instant::now();
    let mut mentions = 0;
    for _ in 0..passes {
        mentions += run_once(&docs);
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} articles, {bytes} bytes, {passes} passes, {mentions} mentions: {:.1} MB/s",
        docs.len(),
        (bytes * passes) as f64 / secs / 1e6
    );
}

#[inline(never)]
fn run_once(docs: &[Document<'_>]) -> usize {
    let mut n = 0;
    for doc in docs {
        let mut found = Mentions::default();
        Entities.extract(doc, &mut found);
        found.normalize(doc);
        EntityLinks.extract(doc, &mut found);
        n += found.entities.len();
    }
    n
}
