//! Properties of every record, on random text and on mutations of the corpus: spans inside the
//! text and on character boundaries, `text[start:end]` equal to the mention text, layers sorted
//! and free of overlaps, finite numbers, well-formed TIMEX3 values (all checked by
//! `newsextract::testing::invariants`). And the crash inputs the fuzzers found, replayed.

use std::sync::LazyLock;

use newsextract::output::jsonl;
use newsextract::testing::fuzz::TARGETS;
use newsextract::testing::invariants::{check_record, check_serialized};
use newsextract::{Article, Output, Pipeline, Record};
use proptest::prelude::*;
use proptest::sample::{Index, select};

use crate::util::root;

/// Words and signs the extractors react to, for random text that reaches deep into them.
const TOKENS: &[&str] = &[
    "$",
    "€",
    "£",
    "US$",
    "HK$",
    "5",
    "100",
    "1,000",
    "3.5",
    "0",
    "99999999999999999999999",
    "million",
    "billion",
    "bn",
    "m",
    "Jan.",
    "January",
    "Feb.",
    "Sept.",
    "May",
    "mid-",
    "early",
    "late",
    "2020",
    "1999",
    "9999",
    "0000",
    "31",
    "29",
    "fiscal",
    "year",
    "quarter",
    "third",
    "3rd",
    "the",
    "of",
    "for",
    "&",
    "Corp.",
    "Inc.",
    "Co.",
    "Department",
    "Acme",
    "U.S.",
    "Mr.",
    "Sen.",
    "said",
    "in",
    "N00019-21-C-0010",
    "FA8540‐16‐C‐0003",
    "P00012",
    "A00005",
    "HSCEMD21C00012",
    "five",
    "years",
    "months",
    "at least",
    "about",
    "up to",
    "more than",
    "é",
    "—",
    "’s",
    "'",
    "\u{200f}",
    "\u{202e}",
    "🚀",
    "👩🏽‍💻",
    "e\u{301}",
    "A.",
    "(",
    ")",
    "“",
    "”",
    "«",
    "Loading...",
    "©2020",
    "Advertisement",
    "WASHINGTON",
    "\u{0}",
    "\u{fffd}",
    "ǅ",
    "İ",
];

/// What goes between tokens.
const SEPARATORS: &[&str] = &[
    " ", " ", " ", ", ", ". ", "\n", "\n\n", "-", "", "\r\n", "\t", "\u{a0}", "\u{2029}",
];

/// Text made of [`TOKENS`] and [`SEPARATORS`].
fn newsy_text() -> impl Strategy<Value = String> {
    prop::collection::vec((select(TOKENS), select(SEPARATORS)), 0..80)
        .prop_map(|parts| parts.into_iter().flat_map(|(t, s)| [t, s]).collect())
}

/// A publication date from the input: none, any day of the four-digit range, or a partial one.
fn input_dct() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        (0i32..=9999, 1u32..=12, 1u32..=28)
            .prop_map(|(y, m, d)| Some(format!("{y:04}-{m:02}-{d:02}"))),
        select(&["2020", "2020-07", "9999-12-31", "0000-01-01", "not a date"][..])
            .prop_map(|s| Some(s.to_string())),
    ]
}

/// The texts of the corpus: the seed article, the news articles, the contract announcements and
/// the gold documents.
static CORPUS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut texts = vec![read("corpus/seed-bloomberg-ice-cloud.txt")];
    let mut news: Vec<_> = std::fs::read_dir(root().join("corpus/news"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    news.sort();
    texts.extend(news.iter().map(|p| std::fs::read_to_string(p).unwrap()));
    for jsonl in [
        "corpus/contracts/announcements.jsonl",
        "eval/gold/corpus.jsonl",
    ] {
        for line in read(jsonl).lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            texts.push(v["text"].as_str().unwrap().to_string());
        }
    }
    texts
});

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap()
}

/// One edit of a text, at a position chosen among its characters.
#[derive(Debug, Clone)]
enum Edit {
    Insert(Index, &'static str),
    Delete(Index, usize),
    Duplicate(Index, usize),
    Replace(Index, char),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<Index>(), select(TOKENS)).prop_map(|(i, t)| Edit::Insert(i, t)),
        (any::<Index>(), 1usize..40).prop_map(|(i, n)| Edit::Delete(i, n)),
        (any::<Index>(), 1usize..200).prop_map(|(i, n)| Edit::Duplicate(i, n)),
        (any::<Index>(), any::<char>()).prop_map(|(i, c)| Edit::Replace(i, c)),
    ]
}

/// A window of a corpus text with edits applied, all on character boundaries.
fn mutated_corpus_text() -> impl Strategy<Value = String> {
    (
        any::<Index>(),
        any::<Index>(),
        50usize..3000,
        prop::collection::vec(edit(), 0..8),
    )
        .prop_map(|(which, from, len, edits)| {
            let text = which.get(&CORPUS);
            let chars: Vec<char> = text.chars().collect();
            let start = from.index(chars.len().max(1)).min(chars.len());
            let mut chars: Vec<char> = chars[start..(start + len).min(chars.len())].to_vec();
            for e in edits {
                let at = |i: &Index, chars: &Vec<char>| i.index(chars.len() + 1);
                match e {
                    Edit::Insert(i, token) => {
                        let p = at(&i, &chars);
                        chars.splice(p..p, token.chars());
                    }
                    Edit::Delete(i, n) => {
                        let p = at(&i, &chars);
                        chars.drain(p..(p + n).min(chars.len()));
                    }
                    Edit::Duplicate(i, n) => {
                        let p = at(&i, &chars);
                        let copy: Vec<char> = chars[p..(p + n).min(chars.len())].to_vec();
                        chars.splice(p..p, copy);
                    }
                    Edit::Replace(i, c) => {
                        if !chars.is_empty() {
                            let p = i.index(chars.len());
                            chars[p] = c;
                        }
                    }
                }
            }
            chars.into_iter().collect()
        })
}

/// Extracts `text` and checks the record, in memory and read back from its JSON.
fn check(text: &str, dct: Option<String>) -> Result<(), TestCaseError> {
    let mut article = Article::from_text("prop", text);
    article.dct = dct;
    let record = Pipeline::default().extract(&article);
    check_record(&record, text).map_err(TestCaseError::fail)?;
    let json = serde_json::to_string(&record).map_err(|e| TestCaseError::fail(e.to_string()))?;
    // The JSONL writer's own serializer writes exactly what serde_json does.
    let mut line = Vec::new();
    jsonl::write_line(&mut line, &Output::Record(Box::new(record.clone())))
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(String::from_utf8_lossy(&line), format!("{json}\n"));
    let back: Record =
        serde_json::from_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
    check_serialized(&back).map_err(TestCaseError::fail)?;
    Ok(())
}

/// Cases per property: few by default so that `cargo test` stays fast in debug builds;
/// `PROPTEST_CASES=5000 cargo test --release properties` for a deep run.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(64)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn any_unicode_text(text in any::<String>(), dct in input_dct()) {
        check(&text, dct)?;
    }

    #[test]
    fn newsy_random_text(text in newsy_text(), dct in input_dct()) {
        check(&text, dct)?;
    }

    #[test]
    fn mutated_corpus_texts(text in mutated_corpus_text(), dct in input_dct()) {
        check(&text, dct)?;
    }
}

#[test]
fn the_corpus_as_it_is() {
    for text in CORPUS.iter() {
        for dct in [None, Some("2020-12-10".to_string())] {
            check(text, dct).unwrap();
        }
    }
}

/// Every crash input a fuzzer found (`tests/fuzz-regressions/<target>/`), replayed through the
/// same target code.
#[test]
fn fuzz_regressions() {
    let dir = root().join("tests/fuzz-regressions");
    let mut replayed = 0;
    for (name, target) in TARGETS {
        let Ok(entries) = std::fs::read_dir(dir.join(name)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            if std::panic::catch_unwind(|| target(&data)).is_err() {
                panic!("fuzz regression {} fails again", path.display());
            }
            replayed += 1;
        }
    }
    assert!(replayed >= 2, "the regression inputs are found");
}
