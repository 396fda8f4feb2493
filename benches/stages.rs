//! Throughput of each stage of the pipeline, and of the whole per-article pipeline, in MB/s of
//! article text (10^6 bytes), on the corpus repeated to at least 50 MB (see `common`).
//!
//! ```sh
//! cargo bench --bench stages                      # every stage
//! cargo bench --bench stages -- extractor         # only benches whose name holds "extractor"
//! NEWSEXTRACT_BENCH_MB=10 cargo bench --bench stages   # a smaller input, for a quick look
//! ```
//!
//! Every bench reports bytes of article text per second, also the JSONL stages (whose bytes on
//! disk are a little more, for the escaping and the other fields), so that the figures add up:
//! the time per MB of the stages, summed, is the time per MB of the pipeline. One iteration runs
//! the stage over the whole input, so few samples are taken.

mod common;

use std::sync::LazyLock;

use divan::Bencher;
use divan::counter::BytesCount;

use newsextract::extract::{self, Document, Mentions};
use newsextract::input::{InputOptions, Inputs};
use newsextract::output::jsonl;
use newsextract::{Article, Output, Pipeline, clean, dct, segment};

fn main() {
    divan::main();
}

/// Samples per bench: one sample is a pass over the whole input.
const SAMPLES: u32 = 5;

/// The input: the corpus repeated to [`common::bench_mb`] MB.
static ARTICLES: LazyLock<Vec<Article>> = LazyLock::new(|| {
    let articles = common::articles(common::bench_mb());
    eprintln!(
        "bench input: {} articles, {} bytes of text",
        articles.len(),
        common::text_bytes(&articles)
    );
    articles
});

/// Each article's document (cleaned and segmented), for the extractor benches.
static DOCUMENTS: LazyLock<Vec<Document<'static>>> = LazyLock::new(|| {
    ARTICLES
        .iter()
        .map(|a| Document::new(&a.text, None))
        .collect()
});

fn bytes() -> BytesCount {
    BytesCount::new(common::text_bytes(&ARTICLES))
}

#[divan::bench(sample_count = SAMPLES, sample_size = 1)]
fn clean_boilerplate(bencher: Bencher) {
    let articles = &*ARTICLES;
    bencher.counter(bytes()).bench(|| {
        for a in articles {
            divan::black_box(clean::find_boilerplate(&a.text));
        }
    });
}

#[divan::bench(sample_count = SAMPLES, sample_size = 1)]
fn segment_sentences(bencher: Bencher) {
    let articles = &*ARTICLES;
    bencher.counter(bytes()).bench(|| {
        for a in articles {
            divan::black_box(segment::sentences(&a.text));
        }
    });
}

#[divan::bench(sample_count = SAMPLES, sample_size = 1)]
fn segment_words(bencher: Bencher) {
    let articles = &*ARTICLES;
    bencher.counter(bytes()).bench(|| {
        for a in articles {
            divan::black_box(segment::words(&a.text));
        }
    });
}

#[divan::bench(sample_count = SAMPLES, sample_size = 1)]
fn segment_char_map(bencher: Bencher) {
    let articles = &*ARTICLES;
    bencher.counter(bytes()).bench(|| {
        for a in articles {
            divan::black_box(segment::CharMap::new(&a.text));
        }
    });
}

/// Clean, segment and char map together, as the pipeline builds them for each article.
#[divan::bench(sample_count = SAMPLES, sample_size = 1)]
fn document(bencher: Bencher) {
    let articles = &*ARTICLES;
    bencher.counter(bytes()).bench(|| {
        for a in articles {
            divan::black_box(Document::new(&a.text, None));
        }
    });
}

#[divan::bench(sample_count = SAMPLES, sample_size = 1)]
fn dct_from_text(bencher: Bencher) {
    let articles = &*ARTICLES;
    bencher.counter(bytes()).bench(|| {
        for a in articles {
            divan::black_box(dct::from_text(&a.text));
        }
    });
}

/// The names of the registered extractors, in registry order.
fn extractor_names() -> Vec<&'static str> {
    extract::registry().iter().map(|e| e.name()).collect()
}

/// One extractor alone, on documents built beforehand, with the layers of the extractors that
/// run before it already filled in (as in the pipeline).
#[divan::bench(args = extractor_names(), sample_count = SAMPLES, sample_size = 1)]
fn extractor(bencher: Bencher, name: &str) {
    let docs = &*DOCUMENTS;
    let registry = extract::registry();
    let at = registry
        .iter()
        .position(|e| e.name() == name)
        .expect("the name comes from the registry");
    let before: Vec<Mentions> = docs
        .iter()
        .map(|doc| {
            let mut found = Mentions::default();
            for e in &registry[..at] {
                e.extract(doc, &mut found);
                found.normalize(doc);
            }
            found
        })
        .collect();
    let this = &registry[at];
    bencher
        .counter(bytes())
        .with_inputs(|| before.clone())
        .bench_local_values(|mut found| {
            for (doc, f) in docs.iter().zip(found.iter_mut()) {
                this.extract(doc, f);
            }
            found
        });
}

/// The whole per-article pipeline (`Pipeline::extract`): DCT, clean, segment, every
/// extractor, assembly. Text kept in the records, as by default.
#[divan::bench(sample_count = SAMPLES, sample_size = 1)]
fn pipeline_extract(bencher: Bencher) {
    let articles = &*ARTICLES;
    let pipeline = Pipeline::default();
    bencher.counter(bytes()).bench(|| {
        for a in articles {
            divan::black_box(pipeline.extract(a));
        }
    });
}

/// Serializing the records (text included) to JSONL in a reused buffer.
#[divan::bench(sample_count = SAMPLES, sample_size = 1)]
fn jsonl_serialize(bencher: Bencher) {
    let pipeline = Pipeline::default();
    let outputs: Vec<Output> = ARTICLES
        .iter()
        .map(|a| Output::Record(Box::new(pipeline.extract(a))))
        .collect();
    let mut buf = Vec::with_capacity(1 << 20);
    bencher.counter(bytes()).bench_local(|| {
        for out in &outputs {
            buf.clear();
            jsonl::write_line(&mut buf, out).expect("writing to memory");
            divan::black_box(&buf);
        }
    });
}

/// Reading the input as JSONL from a file (`Inputs`, as `newsextract extract dump.jsonl`).
#[divan::bench(sample_count = SAMPLES, sample_size = 1)]
fn jsonl_parse(bencher: Bencher) {
    let path = std::env::temp_dir().join(format!("newsextract-bench-{}.jsonl", std::process::id()));
    let mut dump = Vec::new();
    for a in ARTICLES.iter() {
        common::write_dump_line(&mut dump, a);
    }
    std::fs::write(&path, &dump).expect("write the bench dump to the temp dir");
    drop(dump);
    bencher.counter(bytes()).bench(|| {
        for item in Inputs::new(std::slice::from_ref(&path), InputOptions::default()) {
            divan::black_box(item.expect("the generated dump reads"));
        }
    });
    let _ = std::fs::remove_file(&path);
}

/// The two kinds of text the contract extractors meet, for [`contracts_by_kind`]: `dod` is
/// DoD-style announcement paragraphs (`corpus/contracts/` and the contracts gold, dense with
/// identifiers, amounts and award verbs); `news` is plain prose (`corpus/news/`,
/// `corpus/heldout/` and the seed article), where most sentences carry no contract at all.
fn contract_kinds() -> Vec<&'static str> {
    vec!["dod", "news"]
}

/// Documents of one kind of text, repeated to [`common::bench_mb`] / 5 MB, with the layers of
/// the extractors before `contracts` filled in.
fn kind_documents(kind: &str) -> Vec<(Document<'static>, Mentions)> {
    let root = common::repo_root();
    let paths = match kind {
        "dod" => vec![
            root.join("corpus/contracts"),
            root.join("eval/gold/contracts.dev.jsonl"),
        ],
        _ => vec![
            root.join("corpus/news"),
            root.join("corpus/heldout"),
            root.join("corpus/seed-bloomberg-ice-cloud.txt"),
        ],
    };
    let base: Vec<Article> = Inputs::new(&paths, InputOptions::default())
        .filter_map(Result::ok)
        .filter(|a| !a.text.trim().is_empty())
        .collect();
    let mut articles = Vec::new();
    common::for_each_copy(
        &base,
        (common::bench_mb() * common::MB / 5).max(1),
        |_, a| articles.push(a.clone()),
    );
    let registry = extract::registry();
    let at = registry
        .iter()
        .position(|e| e.name() == "contracts")
        .expect("the contracts extractor is registered");
    articles
        .into_iter()
        .map(|a| {
            // Leaked so that the documents may borrow the texts for the whole bench run.
            let text: &'static str = Box::leak(a.text.into_boxed_str());
            let doc = Document::new(text, None);
            let mut found = Mentions::default();
            for e in &registry[..at] {
                e.extract(&doc, &mut found);
                found.normalize(&doc);
            }
            (doc, found)
        })
        .collect()
}

/// The contract extractors (identifiers, then events) on DoD-dense text and on plain news:
/// the events stage costs most where sentences are dense with cues.
#[divan::bench(args = contract_kinds(), sample_count = SAMPLES, sample_size = 1)]
fn contracts_by_kind(bencher: Bencher, kind: &str) {
    let docs = kind_documents(kind);
    let bytes: usize = docs.iter().map(|(d, _)| d.text.len()).sum();
    let registry = extract::registry();
    let stages: Vec<_> = registry
        .iter()
        .filter(|e| matches!(e.name(), "contracts" | "contract_events"))
        .collect();
    bencher
        .counter(BytesCount::new(bytes))
        .with_inputs(|| docs.iter().map(|(_, f)| f.clone()).collect::<Vec<_>>())
        .bench_local_values(|mut found| {
            for ((doc, _), f) in docs.iter().zip(found.iter_mut()) {
                for e in &stages {
                    e.extract(doc, f);
                    f.normalize(doc);
                }
            }
            found
        });
}

/// The events stage alone on each kind of text (identifiers found beforehand).
#[divan::bench(args = contract_kinds(), sample_count = SAMPLES, sample_size = 1)]
fn contract_events_by_kind(bencher: Bencher, kind: &str) {
    let mut docs = kind_documents(kind);
    let registry = extract::registry();
    let ids = registry
        .iter()
        .find(|e| e.name() == "contracts")
        .expect("registered");
    let events = registry
        .iter()
        .find(|e| e.name() == "contract_events")
        .expect("registered");
    for (doc, f) in docs.iter_mut() {
        ids.extract(doc, f);
        f.normalize(doc);
    }
    let bytes: usize = docs.iter().map(|(d, _)| d.text.len()).sum();
    bencher
        .counter(BytesCount::new(bytes))
        .with_inputs(|| docs.iter().map(|(_, f)| f.clone()).collect::<Vec<_>>())
        .bench_local_values(|mut found| {
            for ((doc, _), f) in docs.iter().zip(found.iter_mut()) {
                events.extract(doc, f);
            }
            found
        });
}
