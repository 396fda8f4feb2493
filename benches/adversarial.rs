//! Adversarial inputs against normal text: each must run within 3× the time per MB of the corpus.
//!
//! SLOT TO BE FILLED: the generators of adversarial inputs (1 MB of "A. A. A.", deeply nested
//! quotes, huge capitalised runs, very long lines…) are being written separately. Add each as a
//! row of [`ADVERSARIAL`] (a name and a function from a size in bytes to the text); the bench
//! below runs the whole per-article pipeline on each, beside the same amount of normal text
//! (`normal`), so that the two figures compare directly.
//!
//! ```sh
//! cargo bench --bench adversarial
//! ```

mod common;

use std::sync::LazyLock;

use divan::Bencher;
use divan::counter::BytesCount;

use newsextract::{Article, Pipeline};

fn main() {
    divan::main();
}

/// Size of each adversarial input, in bytes.
const SIZE: usize = common::MB;

/// Makes an adversarial text of about the given size in bytes.
type Generator = fn(usize) -> String;

/// (name, generator). To be filled.
const ADVERSARIAL: &[(&str, Generator)] = &[];

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
    ADVERSARIAL.iter().map(|(name, _)| *name).collect()
}

/// One adversarial input, as a single article of [`SIZE`] bytes.
#[divan::bench(args = adversarial_names(), sample_count = 10)]
fn adversarial(bencher: Bencher, name: &str) {
    let pipeline = Pipeline::default();
    let generate = ADVERSARIAL
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
        .expect("the name comes from the table");
    let article = Article::from_text(name, generate(SIZE));
    bencher
        .counter(BytesCount::new(article.text.len()))
        .bench(|| divan::black_box(pipeline.extract(&article)));
}
