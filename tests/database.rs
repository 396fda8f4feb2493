//! `--format csv` and `--format sqlite`: what was written is read back and queried, and the
//! answers are compared with the JSONL records of the same input, computed here in Rust.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use newsextract::output::table::{self, Dialect, TABLES, Value};
use newsextract::record::{ContractEvent, Output, Record};
use rusqlite::Connection;
use rusqlite::types::ValueRef;

use crate::util::{TempDir, root, run};

/// Articles for the three questions, plus the hard cases of CSV quoting, plus bad lines.
const FIXTURE: &str = concat!(
    r#"{"id": "fx-award", "title": "Army awards \"big\" deal, again", "dct": "2021-03-04", "#,
    r#""text": "WASHINGTON (Reuters) - The U.S. Army awarded Lockheed Martin Corp. a $250 million contract, W912DY-21-C-0042, on Tuesday.\nChief executive James Taiclet said the company would hire 300 workers.\nRaytheon Technologies Corp. won a $1.5 million order, N00024-20-F-5501, the Navy said."}"#,
    "\n",
    r#"{"id": "fx-no-person", "dct": "2020-11-02", "text": "Acme Corp. raised $40 million in new funding last week, the company said in a statement.\nIt plans to spend €2 million on research in 2021."}"#,
    "\n",
    r#"{"id": "fx-small", "dct": "2019-06-30", "text": "Mayor Jane Doe said the city spent $300,000 on repairs, \"more than planned\", in June."}"#,
    "\n",
    "this line is not JSON\n",
    r#"{"id": "fx-empty", "title": "no text here"}"#,
    "\n",
    r#"{"id": "fx-quotes", "title": "", "url": "https://example.com/a,b?\"q\"", "text": "Line one, with a comma.\r\nLine \"two\" has quotes.\n\nSmith & Co. paid $5 million."}"#,
    "\n",
);

/// The inputs of every test here: the corpus and the fixture (written into `dir`).
fn inputs(dir: &TempDir) -> Vec<String> {
    let fixture = dir.join("fixture.jsonl");
    std::fs::write(&fixture, FIXTURE).expect("write the fixture");
    vec!["corpus".to_string(), fixture.display().to_string()]
}

/// Runs `extract ARGS INPUTS`; asserts it completed (some articles fail on purpose: exit 2).
fn extract(args: &[&str], inputs: &[String]) -> Vec<u8> {
    let mut all: Vec<&str> = vec!["extract", "--quiet"];
    all.extend_from_slice(args);
    all.extend(inputs.iter().map(String::as_str));
    let out = run(&all, b"");
    assert_eq!(
        out.status.code(),
        Some(2),
        "the fixture has bad lines: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The JSONL outputs of `inputs`.
fn jsonl(inputs: &[String]) -> Vec<Output> {
    String::from_utf8(extract(&[], inputs))
        .expect("UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("an output line"))
        .collect()
}

fn records(outputs: &[Output]) -> impl Iterator<Item = &Record> {
    outputs.iter().filter_map(|o| match o {
        Output::Record(r) => Some(&**r),
        Output::Error(_) => None,
    })
}

/// Row count of every table, computed from the records' own fields.
fn events<'a>(recs: &'a [&'a Record]) -> impl Iterator<Item = &'a ContractEvent> + 'a {
    recs.iter().flat_map(|r| r.contract_events.iter())
}

fn expected_counts(outputs: &[Output]) -> BTreeMap<&'static str, usize> {
    let recs: Vec<&Record> = records(outputs).collect();
    BTreeMap::from([
        ("articles", recs.len()),
        ("entities", recs.iter().map(|r| r.entities.len()).sum()),
        (
            "entity_index",
            recs.iter().map(|r| r.entity_index.len()).sum(),
        ),
        ("dates", recs.iter().map(|r| r.dates.len()).sum()),
        ("money", recs.iter().map(|r| r.money.len()).sum()),
        ("contracts", recs.iter().map(|r| r.contracts.len()).sum()),
        (
            "contract_events",
            recs.iter().map(|r| r.contract_events.len()).sum(),
        ),
        (
            "contract_event_vendors",
            events(&recs).map(|e| e.vendors.len()).sum(),
        ),
        (
            "contract_event_amounts",
            events(&recs).map(|e| e.amounts.len()).sum(),
        ),
        (
            "contract_event_dates",
            events(&recs).map(|e| e.dates.len()).sum(),
        ),
        (
            "contract_event_ids",
            events(&recs).map(|e| e.ids.len()).sum(),
        ),
        (
            "boilerplate",
            recs.iter().map(|r| r.boilerplate.len()).sum(),
        ),
        ("errors", outputs.len() - recs.len()),
    ])
}

// ---- the three questions, answered from the JSONL records ----

/// Total USD by article.
fn usd_by_article(outputs: &[Output]) -> BTreeMap<String, f64> {
    let mut totals = BTreeMap::new();
    for r in records(outputs) {
        for m in &r.money {
            if let (Some(v), Some("USD")) = (m.value, m.currency.as_deref()) {
                *totals.entry(r.id.clone()).or_insert(0.0) += v;
            }
        }
    }
    totals
}

/// Every contract id with the agency of each contract event that names it (no event, or an
/// event without an agency: `None`).
fn contracts_with_agency(outputs: &[Output]) -> BTreeSet<(String, String, Option<String>)> {
    let mut rows = BTreeSet::new();
    for r in records(outputs) {
        for (i, c) in r
            .contracts
            .iter()
            .enumerate()
            .filter(|(_, c)| c.kind == "id")
        {
            let agencies: Vec<Option<String>> = r
                .contract_events
                .iter()
                .filter(|e| e.ids.contains(&i))
                .map(|e| e.agency.as_ref().map(|a| a.text.clone()))
                .collect();
            if agencies.is_empty() {
                rows.insert((r.id.clone(), c.value.clone(), None));
            }
            for agency in agencies {
                rows.insert((r.id.clone(), c.value.clone(), agency));
            }
        }
    }
    rows
}

/// Articles that mention a PERSON and an amount over $1 million.
fn person_and_million(outputs: &[Output]) -> BTreeSet<String> {
    records(outputs)
        .filter(|r| r.entities.iter().any(|e| e.kind.as_str() == "PERSON"))
        .filter(|r| {
            r.money
                .iter()
                .any(|m| m.currency.as_deref() == Some("USD") && m.value.is_some_and(|v| v > 1e6))
        })
        .map(|r| r.id.clone())
        .collect()
}

// ---- the same questions in SQL (the queries of the README) ----

const USD_BY_ARTICLE: &str = "SELECT article_id, sum(value) AS usd FROM money
     WHERE currency = 'USD' AND value IS NOT NULL GROUP BY article_id";

const CONTRACTS_WITH_AGENCY: &str = "SELECT c.article_id, c.value, ev.agency
     FROM contracts c
     LEFT JOIN contract_event_ids i ON i.article_id = c.article_id AND i.contract = c.mention_index
     LEFT JOIN contract_events ev ON ev.article_id = i.article_id AND ev.event = i.event
     WHERE c.kind = 'id'";

const PERSON_AND_MILLION: &str = "SELECT a.article_id FROM articles a
     WHERE EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.article_id AND e.type = 'PERSON')
       AND EXISTS (SELECT 1 FROM money m WHERE m.article_id = a.article_id
                   AND m.currency = 'USD' AND m.value > 1000000)";

fn query_usd(conn: &Connection) -> BTreeMap<String, f64> {
    let mut stmt = conn.prepare(USD_BY_ARTICLE).unwrap();
    stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn query_contracts(conn: &Connection) -> BTreeSet<(String, String, Option<String>)> {
    let mut stmt = conn.prepare(CONTRACTS_WITH_AGENCY).unwrap();
    stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn query_person_million(conn: &Connection) -> BTreeSet<String> {
    let mut stmt = conn.prepare(PERSON_AND_MILLION).unwrap();
    stmt.query_map([], |row| row.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn assert_same_totals(got: &BTreeMap<String, f64>, want: &BTreeMap<String, f64>) {
    assert_eq!(
        got.keys().collect::<Vec<_>>(),
        want.keys().collect::<Vec<_>>()
    );
    for (id, w) in want {
        let g = got[id];
        assert!((g - w).abs() <= 1e-9 * w.abs().max(1.0), "{id}: {g} vs {w}");
    }
}

/// Every row of every table, read back as cells, in key order.
fn dump(conn: &Connection) -> BTreeMap<&'static str, Vec<Vec<Value<'static>>>> {
    let mut tables = BTreeMap::new();
    for table in TABLES {
        let columns: Vec<String> = table
            .columns()
            .iter()
            .map(|c| table::quote_ident(c.name).into_owned())
            .collect();
        let sql = format!(
            "SELECT {} FROM {} ORDER BY {}",
            columns.join(", "),
            table.name(),
            table.primary_key().join(", ")
        );
        let mut stmt = conn.prepare(&sql).unwrap();
        let mut rows = stmt.query([]).unwrap();
        let mut cells = Vec::new();
        while let Some(row) = rows.next().unwrap() {
            let row: Vec<Value<'static>> = (0..columns.len())
                .map(|i| match row.get_ref(i).unwrap() {
                    ValueRef::Null => Value::Null,
                    ValueRef::Integer(n) => Value::Integer(n),
                    ValueRef::Real(x) => Value::Real(x),
                    ValueRef::Text(t) => Value::Text(String::from_utf8(t.to_vec()).unwrap().into()),
                    ValueRef::Blob(_) => panic!("no blobs"),
                })
                .collect();
            cells.push(row);
        }
        tables.insert(table.name(), cells);
    }
    tables
}

/// The rows the table definitions make of `outputs`, in key order; with `as_sqlite`, booleans
/// as SQLite stores them (integers).
fn expected_rows(
    outputs: &[Output],
    as_sqlite: bool,
) -> BTreeMap<&'static str, Vec<Vec<Value<'static>>>> {
    let mut tables = BTreeMap::new();
    for table in TABLES {
        let mut rows = Vec::new();
        for o in outputs {
            table
                .rows(o, &mut |cells| {
                    let row = cells.iter().map(|c| match c {
                        Value::Boolean(b) if as_sqlite => Value::Integer(i64::from(*b)),
                        other => other.clone().into_owned(),
                    });
                    rows.push(row.collect::<Vec<_>>());
                    Ok(())
                })
                .unwrap();
        }
        let n = table.primary_key().len();
        rows.sort_by_key(|r| key_of(n, r));
        tables.insert(table.name(), rows);
    }
    tables
}

fn key_of(n: usize, row: &[Value]) -> Vec<String> {
    row[..n]
        .iter()
        .map(|v| match v {
            Value::Text(t) => t.to_string(),
            Value::Integer(i) => format!("{i:020}"),
            other => format!("{other:?}"),
        })
        .collect()
}

#[test]
fn sqlite_answers_match_the_jsonl() {
    let dir = TempDir::new("sqlite");
    let inputs = inputs(&dir);
    let outputs = jsonl(&inputs);
    let db = dir.join("news.db");
    let db_arg = db.to_str().unwrap();
    extract(&["--format", "sqlite", "-o", db_arg], &inputs);
    let conn = Connection::open(&db).unwrap();

    for (table, want) in expected_counts(&outputs) {
        let got: i64 = conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap();
        assert_eq!(got as usize, want, "rows of {table}");
    }
    let stored = dump(&conn);
    assert_eq!(
        stored,
        expected_rows(&outputs, true),
        "every cell as the record has it"
    );

    let usd = usd_by_article(&outputs);
    assert!(
        usd.contains_key("fx-award") && usd.contains_key("fx-small"),
        "{usd:?}"
    );
    assert_same_totals(&query_usd(&conn), &usd);

    let contracts = contracts_with_agency(&outputs);
    assert!(
        contracts.iter().any(|(id, _, _)| id == "fx-award")
            && contracts.iter().any(|(_, _, agency)| agency.is_some()),
        "{contracts:?}"
    );
    assert_eq!(query_contracts(&conn), contracts);

    let wanted = person_and_million(&outputs);
    assert!(
        !wanted.is_empty() && wanted.len() < records(&outputs).count(),
        "{wanted:?}"
    );
    assert!(!wanted.contains("fx-no-person") && !wanted.contains("fx-small"));
    assert_eq!(query_person_million(&conn), wanted);

    // The indexes the common questions use exist.
    let indexes: BTreeSet<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for name in [
        "entities_type_canonical",
        "money_currency_value",
        "dates_value",
        "dates_range_start_range_end",
    ] {
        assert!(indexes.contains(name), "{name} in {indexes:?}");
    }
    let plan: String = conn
        .query_row(
            "EXPLAIN QUERY PLAN SELECT article_id FROM money WHERE currency = 'USD' AND value > 1e6",
            [],
            |r| r.get(3),
        )
        .unwrap();
    assert!(plan.contains("money_currency_value"), "{plan}");
}

#[test]
fn sqlite_rerun_is_idempotent_and_replaces_changed_articles() {
    let dir = TempDir::new("sqlite-rerun");
    let inputs = inputs(&dir);
    let db = dir.join("news.db");
    let db_arg = db.to_str().unwrap();
    extract(&["--format", "sqlite", "-o", db_arg], &inputs);
    let before = dump(&Connection::open(&db).unwrap());

    // Without --append an existing database is refused, and left alone.
    let out = run(
        &[
            "extract", "-q", "--format", "sqlite", "-o", db_arg, "corpus",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("already exists: pass --append"), "{stderr}");

    extract(&["--format", "sqlite", "--append", "-o", db_arg], &inputs);
    assert_eq!(
        dump(&Connection::open(&db).unwrap()),
        before,
        "same input, same rows"
    );

    // fx-award changes its text (and loses its contracts); fx-small is unchanged.
    let changed = dir.join("changed.jsonl");
    std::fs::write(
        &changed,
        concat!(
            r#"{"id": "fx-award", "dct": "2021-03-05", "text": "Correction: the Army contract was worth $20 million."}"#,
            "\n",
            r#"{"id": "fx-small", "dct": "2019-06-30", "text": "Mayor Jane Doe said the city spent $300,000 on repairs, \"more than planned\", in June."}"#,
            "\n",
        ),
    )
    .unwrap();
    let changed_input = [changed.display().to_string()];
    let out = run(
        &[
            "extract",
            "-q",
            "--format",
            "sqlite",
            "--append",
            "-o",
            db_arg,
            &changed_input[0],
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let after = dump(&Connection::open(&db).unwrap());

    // Expected: the first run's rows, with fx-award's rows swapped for the new ones.
    let first = jsonl(&inputs);
    let out = run(&["extract", "-q", &changed_input[0]], b"");
    let second: Vec<Output> = crate::util::lines(&out.stdout)
        .into_iter()
        .map(|v| serde_json::from_value(v).unwrap())
        .collect();
    let mut merged: Vec<Output> = first.into_iter().filter(|o| o.id() != "fx-award").collect();
    merged.extend(second.into_iter().filter(|o| o.id() == "fx-award"));
    assert_eq!(after, expected_rows(&merged, true));
    let conn = Connection::open(&db).unwrap();
    let contracts: i64 = conn
        .query_row(
            "SELECT count(*) FROM contracts WHERE article_id = 'fx-award'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(contracts, 0, "the old rows are gone");
}

/// Reads `DIR/<table>.csv` with the csv crate: header and rows.
fn read_csv(path: &Path) -> (Vec<String>, Vec<csv::StringRecord>) {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_path(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("an RFC 4180 row"))
        .collect();
    (header, rows)
}

/// Whether a CSV field holds `value`.
fn field_holds(field: &str, value: &Value) -> bool {
    match value {
        Value::Null => field.is_empty(),
        Value::Integer(n) => field.parse::<i64>() == Ok(*n),
        Value::Real(x) => field.parse::<f64>() == Ok(*x),
        Value::Boolean(b) => field == if *b { "true" } else { "false" },
        Value::Text(t) => field == t,
    }
}

#[test]
fn csv_tables_parse_back_to_the_records() {
    let dir = TempDir::new("csv");
    let inputs = inputs(&dir);
    let outputs = jsonl(&inputs);
    let tables = dir.join("tables");
    extract(
        &["--format", "csv", "-o", tables.to_str().unwrap()],
        &inputs,
    );
    let counts = expected_counts(&outputs);
    let expected = expected_rows(&outputs, false);
    for table in TABLES {
        let (header, rows) = read_csv(&tables.join(format!("{}.csv", table.name())));
        let columns: Vec<&str> = table.columns().iter().map(|c| c.name).collect();
        assert_eq!(header, columns, "{} header", table.name());
        assert_eq!(rows.len(), counts[table.name()], "rows of {}", table.name());
        // Rows are written in input order; compare them in key order.
        let want = &expected[table.name()];
        let n = table.primary_key().len();
        let mut got: Vec<&csv::StringRecord> = rows.iter().collect();
        got.sort_by_key(|r| {
            r.iter()
                .take(n)
                .map(|f| {
                    f.parse::<i64>()
                        .map_or(f.to_string(), |i| format!("{i:020}"))
                })
                .collect::<Vec<_>>()
        });
        for (g, w) in got.iter().zip(want) {
            assert_eq!(g.len(), w.len());
            for (field, value) in g.iter().zip(w) {
                assert!(
                    field_holds(field, value),
                    "{}: {field:?} vs {value:?}",
                    table.name()
                );
            }
        }
    }
    // The hard cases of quoting came back intact.
    let (header, rows) = read_csv(&tables.join("articles.csv"));
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let award = rows.iter().find(|r| &r[0] == "fx-award").unwrap();
    assert_eq!(&award[col("title")], "Army awards \"big\" deal, again");
    let quotes = rows.iter().find(|r| &r[0] == "fx-quotes").unwrap();
    assert_eq!(&quotes[col("url")], "https://example.com/a,b?\"q\"");
    assert!(
        quotes[col("text")].starts_with("Line one, with a comma.\r\nLine \"two\" has quotes.\n\n")
    );
    // NULL is an empty field, the empty string a quoted one (PostgreSQL reads them so).
    let raw = std::fs::read_to_string(tables.join("articles.csv")).unwrap();
    let quotes_line = raw.lines().find(|l| l.starts_with("fx-quotes,")).unwrap();
    assert!(
        quotes_line.contains(",\"\",\"https://example.com/a,b?\"\"q\"\"\","),
        "{quotes_line}"
    );
    let errors = std::fs::read_to_string(tables.join("errors.csv")).unwrap();
    assert!(errors.contains("fx-empty,"), "{errors}");
}

#[test]
fn format_needs_the_right_output() {
    let out = run(&["extract", "--format", "csv", "corpus"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("-o DIR"));
    let out = run(&["extract", "--format", "sqlite", "-o", "-", "corpus"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("-o FILE.db"));
    let out = run(&["extract", "--append", "-o", "x.csv", "corpus"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--format sqlite only"));
}

/// The block of `docs/database.md` between the markers is what `schema --sql postgres` prints.
#[test]
fn database_doc_has_the_current_create_tables() {
    let doc = std::fs::read_to_string(root().join("docs/database.md")).unwrap();
    let begin = "```sql\n-- newsextract schema --sql postgres\n";
    let start = doc.find(begin).expect("the generated block") + begin.len();
    let end = start + doc[start..].find("```").expect("its end");
    let generated = table::create_statements(Dialect::Postgres, false);
    assert!(
        doc[start..end] == generated,
        "docs/database.md is out of date: replace its SQL block with the output of \
         `cargo run -q -- schema --sql postgres`"
    );
    let out = run(&["schema", "--sql", "postgres"], b"");
    assert_eq!(String::from_utf8_lossy(&out.stdout), generated);
}
