//! Shared by the fuzz targets: turning fuzz bytes into an article, and checking the record.

use newsextract::calendar::Dct;
use newsextract::extract::Layer;
use newsextract::testing::invariants::check_record;
use newsextract::{Article, Pipeline};

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

/// Splits fuzz bytes into a publication date (chosen by the first byte) and a text (the rest,
/// invalid UTF-8 replaced as the input layer does).
pub fn article(data: &[u8]) -> (Option<Dct>, Article) {
    let (choice, rest) = data.split_first().map_or((0, data), |(c, r)| (*c, r));
    let dct = DCTS[usize::from(choice) % DCTS.len()].and_then(Dct::parse);
    let text = String::from_utf8_lossy(rest).into_owned();
    (dct, Article::from_text("fuzz", text))
}

/// Runs a pipeline of `layers` (all when `None`) on `article` and panics on any broken invariant.
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

/// The fuzz target body for one extractor alone.
pub fn extractor_alone(layer: Layer, data: &[u8]) {
    let (dct, article) = article(data);
    check(Some(&[layer]), dct, &article);
}
