//! Adversarial inputs against normal text: each must run within 3× the time per MB of the corpus
//! (issue 10).
//!
//! The inputs are [`newsextract::testing::adversarial::CASES`] (1 MB of "A. A. A.", deeply
//! nested quotes, huge capitalised runs, very long lines…; its `normal` case is synthetic news
//! prose). The bench runs the whole per-article pipeline on each, as one article of [`SIZE`]
//! bytes, beside the corpus articles of the same total size (`normal`), so that the figures
//! compare directly (see BENCHMARKS.md).
//!
//! ```sh
//! cargo bench --bench adversarial
//! ```

mod common;

use std::sync::LazyLock;

use divan::Bencher;
use divan::counter::BytesCount;

use newsextract::testing::adversarial::{CASES, Case};
use newsextract::{Article, Pipeline};

fn main() {
    divan::main();
}

/// Size of each adversarial input, in bytes.
const SIZE: usize = common::MB;

/// The adversarial inputs (and the synthetic `normal` prose they are compared with).
const ADVERSARIAL: &[Case] = CASES;

/// Normal text for comparison: the corpus articles, concatenated (as one article per corpus
/// article, repeated to [`SIZE`]).
static NORMAL: LazyLock<Vec<Article>> = LazyLock::new(|| common::articles(1));

#[divan::bench(sample_count = 10)]
fn normal(bencher: Bencher) {
    let pipeline = Pipeline::default();
    let articles = &*NORMAL;
    bencher
        .counter(BytesCount::new(common::text_bytes(articles)))
        .bench(|| {
            for a in articles {
                divan::black_box(pipeline.extract(a));
            }
        });
}

fn adversarial_names() -> Vec<&'static str> {
    ADVERSARIAL.iter().map(|case| case.name).collect()
}

/// One adversarial input, as a single article of [`SIZE`] bytes.
#[divan::bench(args = adversarial_names(), sample_count = 10)]
fn adversarial(bencher: Bencher, name: &str) {
    let pipeline = Pipeline::default();
    let generate = ADVERSARIAL
        .iter()
        .find(|case| case.name == name)
        .map(|case| case.make)
        .expect("the name comes from the table");
    let article = Article::from_text(name, generate(SIZE));
    bencher
        .counter(BytesCount::new(article.text.len()))
        .bench(|| divan::black_box(pipeline.extract(&article)));
}
