//! `newsextract schema` and docs/record.schema.json: every record the tool writes, error records
//! included, is valid against the JSON Schema it prints.

use serde_json::{Value, json};

use crate::util::{TempDir, lines, run};

/// Lines that fail in every way the input can, between good articles.
const BAD_LINES: &str = concat!(
    "{\"id\": \"ok-1\", \"title\": \"T\", \"url\": \"https://x.test/1\", \"text\": \"Acme Corp. paid $5 million to John Smith on Oct. 21, 2020.\", \"date\": \"2020-10-30\"}\n",
    "not json at all\n",
    "[1, 2, 3]\n",
    "{\"id\": \"no-text\", \"title\": \"only a title\"}\n",
    "{\"id\": \"num-text\", \"text\": 42}\n",
    "{\"id\": \"bad-date\", \"text\": \"Contract W912DY-21-C-0042 was modified (P00012) last week.\", \"dct\": \"someday\"}\n",
    "{\"id\": \"ok-2\", \"body\": \"Paid €3 million for five years, every year since 2019.\", \"published\": \"2020-10-30T12:00:00Z\"}\n",
    "{\"id\": \"too-big\", \"text\": \"BIG\"}\n",
    "{\"id\": \"cut\", \"text\": \"cut sh",
);

fn schema() -> Value {
    let out = run(&["schema"], b"");
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).expect("the schema is JSON")
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(schema)
        .expect("a valid draft 2020-12 schema")
}

/// Validation errors of `instance`, one line each.
fn errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn schema_is_valid_draft_2020_12() {
    let schema = schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert!(jsonschema::meta::is_valid(&schema));
}

#[test]
fn every_corpus_and_error_record_is_valid() {
    let schema = schema();
    let validator = validator(&schema);
    let dir = TempDir::new("schema");
    let bad = dir.join("bad-lines.jsonl");
    // Every other line is under --max-bytes 200.
    std::fs::write(&bad, BAD_LINES.replace("BIG", &"word ".repeat(60))).unwrap();
    let bad = bad.display().to_string();
    let png = dir.join("picture.txt");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let png = png.display().to_string();
    let mut checked = 0;
    let mut kinds = std::collections::BTreeSet::new();
    for extra in [
        &[][..],
        &["--no-text"],
        &["--dct", "2021-02-03", "--layers", "money,dates"],
    ] {
        let mut args = vec!["extract", "-q", "--max-bytes", "200"];
        args.extend_from_slice(extra);
        args.extend(["corpus", bad.as_str(), png.as_str()]);
        let out = run(&args, b"");
        assert_eq!(
            out.status.code(),
            Some(2),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        for record in lines(&out.stdout) {
            let problems = errors(&validator, &record);
            assert!(problems.is_empty(), "{}: {problems:#?}", record["id"]);
            kinds.insert(
                record["error"]["kind"]
                    .as_str()
                    .unwrap_or("record")
                    .to_string(),
            );
            checked += 1;
        }
    }
    // The corpus articles are over 200 bytes: run them again without the limit.
    let out = run(&["extract", "-q", "corpus"], b"");
    assert!(out.status.success());
    for record in lines(&out.stdout) {
        assert!(record.get("error").is_none(), "{}", record["id"]);
        let problems = errors(&validator, &record);
        assert!(problems.is_empty(), "{}: {problems:#?}", record["id"]);
        checked += 1;
    }
    assert!(checked >= 30, "{checked}");
    let want = [
        "binary",
        "malformed_json",
        "missing_text",
        "record",
        "too_large",
    ];
    assert_eq!(kinds.into_iter().collect::<Vec<_>>(), want);
}

#[test]
fn schema_rejects_what_is_not_a_record() {
    let validator = validator(&schema());
    let out = run(&["extract", "-q", "--dct", "2020-12-10", "corpus"], b"");
    let record = lines(&out.stdout).remove(0);
    assert!(errors(&validator, &record).is_empty());
    let mut broken: Vec<Value> = Vec::new();
    let mut extra = record.clone();
    extra["surprise"] = json!(1);
    broken.push(extra);
    let mut missing = record.clone();
    missing.as_object_mut().unwrap().remove("dct_source");
    broken.push(missing);
    let mut bad_money = record.clone();
    bad_money["money"] = json!([{"start": 0, "end": 2, "text": "$5", "value": "five", "currency": null, "qualifier": null}]);
    broken.push(bad_money);
    let mut bad_range = record.clone();
    bad_range["dates"] = json!([{"start": 0, "end": 4, "text": "2021", "type": "DATE", "value": "2021",
        "mod": null, "range": ["2021-01-01"], "anchor": null}]);
    broken.push(bad_range);
    let mut bad_error = json!({"id": "x", "source": {"path": "x", "line": 0},
        "error": {"kind": "exploded", "message": "?"}});
    broken.push(bad_error.clone());
    bad_error["error"]["kind"] = json!("binary");
    bad_error["source"]["line"] = json!(3);
    assert!(errors(&validator, &bad_error).is_empty());
    for b in &broken {
        assert!(!errors(&validator, b).is_empty(), "{b}");
    }
}
