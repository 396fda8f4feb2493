//! The bad-input corpus (`tests/bad-input/`, plus large inputs generated here): each bad input
//! runs in a batch between two copies of a good article. No panic, one output line per article
//! (an error record where due) with a clear message, the documented exit status, and the good
//! article's record exactly as when it runs alone.

use std::path::PathBuf;

use newsextract::Record;
use newsextract::testing::adversarial;
use newsextract::testing::invariants::check_serialized;
use serde_json::Value;

use crate::util::{TempDir, lines, root, run};

/// The good article every bad input runs beside.
const GOOD: &str = "corpus/seed-bloomberg-ice-cloud.txt";

/// What one article of a bad input must produce.
#[derive(Debug, Clone, Copy)]
enum Expect {
    /// A record, with a warning of this kind when given.
    Record(Option<&'static str>),
    /// An error record of this kind whose message contains this.
    Error(&'static str, &'static str),
}

use Expect::{Error, Record as Rec};

/// A bad input: a file of `tests/bad-input/`, or one generated into a temporary directory.
struct Case {
    file: &'static str,
    make: Option<fn() -> Vec<u8>>,
    expect: &'static [Expect],
}

const MB: usize = 1024 * 1024;

/// Every bad input, and what each of its articles must produce.
const CASES: &[Case] = &[
    Case {
        file: "empty.txt",
        make: None,
        expect: &[Rec(None)],
    },
    Case {
        file: "whitespace.txt",
        make: None,
        expect: &[Rec(None)],
    },
    Case {
        file: "image.png",
        make: None,
        expect: &[Error("binary", "not text")],
    },
    Case {
        file: "invalid-utf8.txt",
        make: None,
        expect: &[Rec(Some("invalid_utf8"))],
    },
    Case {
        file: "utf16-bom.txt",
        make: None,
        expect: &[Rec(Some("utf16"))],
    },
    Case {
        file: "cut-last-line.jsonl",
        make: None,
        expect: &[Rec(None), Error("malformed_json", "cut short")],
    },
    Case {
        file: "array-line.jsonl",
        make: None,
        expect: &[Error("malformed_json", "a JSON array"), Rec(None)],
    },
    Case {
        file: "no-text.jsonl",
        make: None,
        expect: &[Error("missing_text", "no `text`"), Rec(None)],
    },
    Case {
        file: "text-number-or-null.jsonl",
        make: None,
        expect: &[
            Error("missing_text", "`text` is a number"),
            Error("missing_text", "no `text`"),
            Error("malformed_json", "line is a number"),
            Error("malformed_json", "line is null"),
            Rec(None),
        ],
    },
    Case {
        file: "nul-bytes.txt",
        make: None,
        expect: &[Rec(None)],
    },
    Case {
        file: "nul-bytes.jsonl",
        make: None,
        expect: &[Rec(None)],
    },
    Case {
        file: "right-to-left.txt",
        make: None,
        expect: &[Rec(None)],
    },
    Case {
        file: "emoji.txt",
        make: None,
        expect: &[Rec(None)],
    },
    Case {
        file: "crlf.txt",
        make: None,
        expect: &[Rec(None)],
    },
    Case {
        file: "crlf.jsonl",
        make: None,
        expect: &[Rec(None), Rec(None)],
    },
    Case {
        file: "mostly-nul.txt",
        make: Some(|| vec![0; 4096]),
        expect: &[Error("binary", "control bytes")],
    },
    Case {
        file: "single-line-50mb.txt",
        make: Some(|| adversarial::long_line(50 * MB).into_bytes()),
        expect: &[Error("too_large", "over the limit of 10485760 bytes")],
    },
    Case {
        file: "single-line-50mb.jsonl",
        make: Some(|| {
            let text = adversarial::long_line(50 * MB);
            let mut out = serde_json::to_vec(&serde_json::json!({ "text": text })).unwrap();
            out.extend_from_slice(b"\n{\"text\": \"After it, Acme Corp. paid $5 million.\"}\n");
            out
        }),
        expect: &[Error("too_large", "line of 52428"), Rec(None)],
    },
    Case {
        file: "dollar-signs.txt",
        make: Some(|| adversarial::dollar_signs(100_000).into_bytes()),
        expect: &[Rec(None)],
    },
    Case {
        file: "inc-inc-inc.txt",
        make: Some(|| adversarial::org_suffixes(100_000).into_bytes()),
        expect: &[Rec(None)],
    },
    Case {
        file: "capitalised-run.txt",
        // Ten words of 6.4 bytes on average: 10,000 words.
        make: Some(|| adversarial::capitalised_run(64_000).into_bytes()),
        expect: &[Rec(None)],
    },
    Case {
        file: "nested-quotes.txt",
        make: Some(|| adversarial::nested_quotes(100_000).into_bytes()),
        expect: &[Rec(None)],
    },
    Case {
        file: "initials.txt",
        make: Some(|| adversarial::initials(100_000).into_bytes()),
        expect: &[Rec(None)],
    },
];

/// The record of the good article when it runs alone.
fn good_alone() -> Value {
    let out = run(&["extract", "--quiet", GOOD], b"");
    assert!(out.status.success());
    let recs = lines(&out.stdout);
    assert_eq!(recs.len(), 1);
    recs.into_iter().next().unwrap()
}

#[test]
fn every_bad_input_is_one_line_per_article_and_leaves_the_batch_unchanged() {
    let good = good_alone();
    let generated = TempDir::new("bad-input");
    for case in CASES {
        let path: PathBuf = match case.make {
            Some(make) => {
                let p = generated.join(case.file);
                std::fs::write(&p, make()).unwrap();
                p
            }
            None => root().join("tests/bad-input").join(case.file),
        };
        let path_str = path.to_str().unwrap();
        let out = run(
            &["extract", "--quiet", "-j", "2", GOOD, path_str, GOOD],
            b"",
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panic"), "{}: {stderr}", case.file);
        let recs = lines(&out.stdout);
        assert_eq!(
            recs.len(),
            case.expect.len() + 2,
            "{}: one line per article",
            case.file
        );
        assert_eq!(recs[0], good, "{}: the good article before it", case.file);
        assert_eq!(
            recs[recs.len() - 1],
            good,
            "{}: the good article after it",
            case.file
        );
        let any_error = case.expect.iter().any(|e| matches!(e, Error(..)));
        assert_eq!(
            out.status.code(),
            Some(if any_error { 2 } else { 0 }),
            "{}: exit status",
            case.file
        );
        for (rec, expect) in recs[1..recs.len() - 1].iter().zip(case.expect) {
            match *expect {
                Error(kind, message) => {
                    assert_eq!(rec["error"]["kind"], kind, "{}: {rec}", case.file);
                    let said = rec["error"]["message"].as_str().unwrap();
                    assert!(said.contains(message), "{}: message {said:?}", case.file);
                    assert!(rec["source"]["path"].as_str().unwrap().ends_with(case.file));
                }
                Rec(warning) => {
                    assert!(
                        rec.get("error").is_none(),
                        "{}: {}",
                        case.file,
                        rec["error"]
                    );
                    let record: Record = serde_json::from_value(rec.clone()).unwrap();
                    if let Err(broken) = check_serialized(&record) {
                        panic!("{}: {broken}", case.file);
                    }
                    let kinds: Vec<&str> =
                        record.warnings.iter().map(|w| w.kind.as_str()).collect();
                    assert_eq!(
                        kinds,
                        warning.into_iter().collect::<Vec<_>>(),
                        "{}",
                        case.file
                    );
                }
            }
        }
    }
}

#[test]
fn the_capitalised_run_has_ten_thousand_words() {
    let text = adversarial::capitalised_run(64_000);
    assert!(text.split_whitespace().count() >= 10_000);
    assert!(
        text.split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
    );
}

#[test]
fn the_committed_files_are_what_they_claim() {
    let dir = root().join("tests/bad-input");
    let read = |name: &str| std::fs::read(dir.join(name)).unwrap();
    assert!(read("empty.txt").is_empty());
    assert!(read("whitespace.txt").iter().all(u8::is_ascii_whitespace));
    assert!(read("image.png").starts_with(b"\x89PNG\r\n\x1a\n"));
    assert!(std::str::from_utf8(&read("invalid-utf8.txt")).is_err());
    assert!(read("utf16-bom.txt").starts_with(b"\xFF\xFE"));
    assert!(read("nul-bytes.txt").contains(&0));
    assert!(!read("cut-last-line.jsonl").ends_with(b"\n"));
    assert!(read("crlf.txt").windows(2).any(|w| w == b"\r\n"));
    let rtl = String::from_utf8(read("right-to-left.txt")).unwrap();
    assert!(rtl.chars().any(|c| ('\u{0590}'..='\u{06FF}').contains(&c)));
    let emoji = String::from_utf8(read("emoji.txt")).unwrap();
    assert!(emoji.chars().any(|c| c as u32 >= 0x1F300));
}
