//! The `extract` command end to end: inputs, order, error records, exit status.

use crate::util::{TempDir, lines, run};
use newsextract::Record;

#[test]
fn seed_article_with_dct() {
    let out = run(
        &[
            "extract",
            "--dct",
            "2020-12-10",
            "corpus/seed-bloomberg-ice-cloud.txt",
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let record: Record = serde_json::from_str(stdout.trim()).expect("a record");
    assert_eq!(record.dct.as_deref(), Some("2020-12-10"));
    let text = record.text.as_deref().unwrap();
    let reasons: Vec<&str> = record
        .boilerplate
        .iter()
        .map(|b| b.reason.as_str())
        .collect();
    assert_eq!(
        reasons,
        [
            "caption",
            "photo_credit",
            "caption",
            "loading",
            "loading",
            "more_articles",
            "copyright",
            "continue_reading"
        ]
    );
    let hundred = record
        .money
        .iter()
        .find(|m| m.text == "$100 million")
        .expect("$100 million");
    assert_eq!(hundred.value, Some(100_000_000.0));
    assert_eq!(hundred.currency.as_deref(), Some("USD"));
    let mid = record
        .dates
        .iter()
        .find(|d| d.text == "mid-January")
        .expect("mid-January");
    assert_eq!(mid.value.as_deref(), Some("2021-01"));
    // Offsets are code points: Python's text[start:end].
    let chars: Vec<char> = text.chars().collect();
    for m in &record.money {
        assert_eq!(chars[m.start..m.end].iter().collect::<String>(), m.text);
    }
    for e in &record.entities {
        assert_eq!(chars[e.start..e.end].iter().collect::<String>(), e.text);
    }
}

#[test]
fn mixed_input_keeps_one_line_per_article_in_order() {
    let dir = TempDir::new("mixed");
    let jsonl = dir.join("mixed.jsonl");
    std::fs::write(
        &jsonl,
        concat!(
            "{\"id\": \"a\", \"text\": \"Acme Corp. won a $5 million deal.\", \"date\": \"2021-03-04\"}\n",
            "not json at all\n",
            "\n",
            "[1, 2, 3]\n",
            "{\"id\": \"d\", \"title\": \"no text\"}\n",
            "{\"id\": \"e\", \"text\": 42}\n",
            "{\"id\": \"f\", \"body\": \"Paid €3 million on Oct. 21.\", \"published\": \"2020-10-30T12:00:00Z\"}\n",
            "{\"id\": \"g\", \"text\": \"cut sh",
        ),
    )
    .unwrap();
    std::fs::write(dir.join("z.txt"), "A plain article about $7 billion.").unwrap();
    for threads in ["1", "2"] {
        let out = run(
            &[
                "extract",
                "--quiet",
                "--threads",
                threads,
                dir.path().to_str().unwrap(),
            ],
            b"",
        );
        assert_eq!(out.status.code(), Some(2), "some articles failed");
        let recs = lines(&out.stdout);
        let ids: Vec<&str> = recs.iter().map(|r| r["id"].as_str().unwrap()).collect();
        let jsonl_name = jsonl.display().to_string();
        assert_eq!(
            ids,
            vec![
                "a".to_string(),
                format!("{jsonl_name}:2"),
                format!("{jsonl_name}:4"),
                "d".into(),
                "e".into(),
                "f".into(),
                format!("{jsonl_name}:8"),
                dir.join("z.txt").display().to_string(),
            ]
        );
        let kinds: Vec<&str> = recs
            .iter()
            .map(|r| r["error"]["kind"].as_str().unwrap_or("ok"))
            .collect();
        assert_eq!(
            kinds,
            [
                "ok",
                "malformed_json",
                "malformed_json",
                "missing_text",
                "missing_text",
                "ok",
                "malformed_json",
                "ok"
            ]
        );
        assert_eq!(recs[0]["dct"], "2021-03-04");
        assert_eq!(recs[0]["dct_source"], "input");
        assert_eq!(recs[5]["money"][0]["currency"], "EUR");
        assert!(out.stderr.is_empty(), "--quiet");
    }
}

#[test]
fn stdin_text_and_jsonl() {
    let out = run(&["extract", "-"], b"  A text about $5 million.\n");
    assert!(out.status.success());
    let recs = lines(&out.stdout);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["text"], "  A text about $5 million.\n");
    assert_eq!(recs[0]["money"][0]["start"], 15);
    let out = run(
        &["extract", "--no-text", "-"],
        b"\n{\"text\": \"one\"}\n{\"text\": \"two\"}\n",
    );
    let recs = lines(&out.stdout);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[1]["id"], "-:3");
    assert!(recs[0].get("text").is_none());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("2 articles read, 2 records written, 0 errors"),
        "{stderr}"
    );
}

#[test]
fn output_is_identical_across_runs_and_threads() {
    let dir = TempDir::new("determinism");
    let mut outputs = Vec::new();
    for (i, threads) in ["1", "2", "3", "1"].iter().enumerate() {
        let path = dir.join(&format!("out{i}.jsonl"));
        let out = run(
            &[
                "extract",
                "-q",
                "-j",
                threads,
                "corpus",
                "-o",
                path.to_str().unwrap(),
            ],
            b"",
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        outputs.push(std::fs::read(&path).unwrap());
    }
    assert!(!outputs[0].is_empty());
    assert!(outputs.windows(2).all(|w| w[0] == w[1]));
}

#[test]
fn bad_arguments_exit_1() {
    let out = run(&["extract", "--dct", "yesterday", "corpus"], b"");
    assert_eq!(out.status.code(), Some(1), "usage errors are fatal");
    let out = run(
        &["extract", "-o", "/nonexistent-dir/x.jsonl", "corpus"],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cannot write /nonexistent-dir/x.jsonl"),
        "{stderr}"
    );
}

#[test]
fn schema_is_json() {
    let out = run(&["schema"], b"");
    assert!(out.status.success());
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
}

/// `-o /dev/null` (a benchmark's habit) writes to the device: a temporary file renamed over it
/// would replace `/dev/null` with a regular file, for every program on the machine.
#[cfg(unix)]
#[test]
fn output_to_a_device_is_written_in_place() {
    use std::os::unix::fs::FileTypeExt;
    let null = std::path::Path::new("/dev/null");
    if !std::fs::metadata(null).is_ok_and(|m| m.file_type().is_char_device()) {
        return; // nothing to protect here
    }
    let out = run(
        &[
            "extract",
            "-q",
            "corpus/seed-bloomberg-ice-cloud.txt",
            "-o",
            "/dev/null",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let kind = std::fs::metadata(null).unwrap().file_type();
    assert!(kind.is_char_device(), "/dev/null is no longer a device");
}
