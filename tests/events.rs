//! Contract events on the corpus: the pipeline against `eval/gold/corpus_events.jsonl`, scored
//! field by field (see `newsextract::eval::events`).

use crate::util::root;
use newsextract::eval::events::{self, GoldArticle};
use newsextract::{Pipeline, Record};

fn gold() -> Vec<GoldArticle> {
    gold_file("corpus_events.jsonl")
}

fn gold_file(name: &str) -> Vec<GoldArticle> {
    let path = root().join("eval/gold").join(name);
    let text = std::fs::read_to_string(&path).expect("read the events gold");
    events::parse_gold(&text).expect("events gold parses")
}

fn predict(gold: &[GoldArticle]) -> Vec<Record> {
    events::predict(&Pipeline::default(), gold)
}

/// Accuracy floors. The issue asks for 0.90 on agency, vendors, amount and stage; the others
/// are held where they are so that they cannot silently drop.
const FLOORS: &[(&str, f64)] = &[
    ("stage", 0.90),
    ("agency", 0.90),
    ("vendors", 0.90),
    ("amount", 0.90),
];

#[test]
fn events_meet_the_accuracy_floors() {
    let gold = gold();
    assert!(gold.len() >= 25, "at least 25 gold articles");
    let records = predict(&gold);
    let scores = events::score(&gold, &records);
    let report = scores.report();
    if std::env::var_os("NEWSEXTRACT_EVENTS_DEBUG").is_some() {
        for line in &scores.mismatches {
            eprintln!("{line}");
        }
    }
    eprintln!("{report}");
    for (field, floor) in FLOORS {
        let got = scores.accuracy(field);
        assert!(
            got >= *floor,
            "{field}: accuracy {got:.3} below {floor}\n{report}"
        );
    }
}

/// Floors on the other development sets: the held-out set of a second annotator, and
/// `dev2_events.jsonl` to `dev28_events.jsonl`, each written for generalization by an author
/// who had not read the extractor.
const OTHER_SETS: &[(&str, &[(&str, f64)])] = &[
    (
        "heldout_events.jsonl",
        &[
            ("stage", 0.90),
            ("agency", 0.90),
            ("vendors", 0.90),
            ("amount", 0.90),
        ],
    ),
    (
        "dev2_events.jsonl",
        &[
            ("stage", 0.90),
            ("agency", 0.90),
            ("vendors", 0.90),
            ("amount", 0.90),
        ],
    ),
    (
        "dev3_events.jsonl",
        &[
            ("stage", 0.90),
            ("agency", 0.90),
            ("vendors", 0.90),
            ("amount", 0.90),
        ],
    ),
    (
        "dev4_events.jsonl",
        &[
            ("stage", 0.90),
            ("agency", 0.90),
            ("vendors", 0.90),
            ("amount", 0.90),
        ],
    ),
    (
        "dev5_events.jsonl",
        &[
            ("stage", 0.90),
            ("agency", 0.90),
            ("vendors", 0.90),
            ("amount", 0.90),
        ],
    ),
    // The sets of the latest rounds, after one round of rules: regression floors a little
    // under today's figures, not the 0.90, which most do not reach yet.
    (
        "dev6_events.jsonl",
        &[
            ("stage", 0.75),
            ("agency", 0.65),
            ("vendors", 0.60),
            ("amount", 0.60),
        ],
    ),
    (
        "dev7_events.jsonl",
        &[
            ("stage", 0.70),
            ("agency", 0.60),
            ("vendors", 0.65),
            ("amount", 0.65),
        ],
    ),
    (
        "dev8_events.jsonl",
        &[
            ("stage", 0.75),
            ("agency", 0.80),
            ("vendors", 0.55),
            ("amount", 0.70),
        ],
    ),
    (
        "dev9_events.jsonl",
        &[
            ("stage", 0.70),
            ("agency", 0.65),
            ("vendors", 0.55),
            ("amount", 0.70),
        ],
    ),
    (
        "dev10_events.jsonl",
        &[
            ("stage", 0.90),
            ("agency", 0.90),
            ("vendors", 0.80),
            ("amount", 0.90),
        ],
    ),
    (
        "dev11_events.jsonl",
        &[
            ("stage", 0.90),
            ("agency", 0.80),
            ("vendors", 0.85),
            ("amount", 0.75),
        ],
    ),
    (
        "dev12_events.jsonl",
        &[
            ("stage", 0.90),
            ("agency", 0.85),
            ("vendors", 0.75),
            ("amount", 0.85),
        ],
    ),
    (
        "dev13_events.jsonl",
        &[
            ("stage", 0.95),
            ("agency", 0.85),
            ("vendors", 0.90),
            ("amount", 0.95),
        ],
    ),
    // Scored at first sight (stage .73, agency .77, vendors .73, amount .77), then the
    // spinner's words and, a session later, one round on the gaps it showed.
    (
        "dev14_events.jsonl",
        &[
            ("stage", 0.85),
            ("agency", 0.90),
            ("vendors", 0.85),
            ("amount", 0.90),
        ],
    ),
    (
        "dev15_events.jsonl",
        &[
            ("stage", 0.90),
            ("agency", 0.80),
            ("vendors", 0.80),
            ("amount", 0.85),
        ],
    ),
    (
        "dev16_events.jsonl",
        &[
            ("stage", 0.90),
            ("agency", 0.95),
            ("vendors", 0.95),
            ("amount", 0.90),
        ],
    ),
    // First sight: stage .64, agency .79, vendors .36, amount .64; after one round of rules
    // on it (eleventh session): .79 / .93 / .93 / .86.
    (
        "dev17_events.jsonl",
        &[
            ("stage", 0.75),
            ("agency", 0.90),
            ("vendors", 0.90),
            ("amount", 0.85),
        ],
    ),
    // First sight: stage .82, agency .88, vendors .76, amount .71 (unchanged by the eleventh
    // session's rules); after one round of rules on it (twelfth session): .94 / 1 / .88 / .88.
    (
        "dev18_events.jsonl",
        &[
            ("stage", 0.90),
            ("agency", 0.95),
            ("vendors", 0.85),
            ("amount", 0.85),
        ],
    ),
    // Unseen in the twelfth session (first sight: stage .88, agency .88, vendors .76, amount
    // .71); one round of rules in the thirteenth took it to 1 / 1 / .82 / .94.
    (
        "dev19_events.jsonl",
        &[
            ("stage", 0.95),
            ("agency", 0.95),
            ("vendors", 0.80),
            ("amount", 0.90),
        ],
    ),
    // Unseen in the thirteenth session (first sight: stage .82, agency .88, vendors .76,
    // amount .71); one round of rules in the fourteenth took it to .88 / .94 / .94 / .88.
    (
        "dev20_events.jsonl",
        &[
            ("stage", 0.85),
            ("agency", 0.90),
            ("vendors", 0.90),
            ("amount", 0.85),
        ],
    ),
    // Unseen in the fourteenth session (first sight: stage .53, agency .53, vendors .47,
    // amount .35); one round of rules in the fifteenth took it to .88 / .88 / .76 / .71.
    (
        "dev21_events.jsonl",
        &[
            ("stage", 0.85),
            ("agency", 0.85),
            ("vendors", 0.75),
            ("amount", 0.70),
        ],
    ),
    // First sight, fifteenth session: stage .62, agency .54, vendors .23, amount .54; two
    // rounds of rules on it in the sixteenth session: 1.00 / 1.00 / .85 / .69.
    (
        "dev22_events.jsonl",
        &[
            ("stage", 0.95),
            ("agency", 0.95),
            ("vendors", 0.80),
            ("amount", 0.65),
        ],
    ),
    // First sight, sixteenth session: stage .85, agency .77, vendors .85, amount .62; two
    // rounds of rules on it in the seventeenth session: .85 / .77 / .85 / .69, precision .79 -> .92.
    (
        "dev23_events.jsonl",
        &[
            ("stage", 0.80),
            ("agency", 0.75),
            ("vendors", 0.80),
            ("amount", 0.65),
        ],
    ),
    // First sight, seventeenth session: stage .47, agency .47, vendors .33, amount .13; two
    // rounds of rules on it in the eighteenth session: 1.00 / .93 / .87 / .60, recall .60 -> 1.
    (
        "dev24_events.jsonl",
        &[
            ("stage", 0.95),
            ("agency", 0.90),
            ("vendors", 0.80),
            ("amount", 0.55),
        ],
    ),
    // First sight, eighteenth session: stage .57, agency .50, vendors .57, amount .43; one
    // round of rules on it (ev34): 1.00 / 1.00 / 1.00 / .71, recall .57 -> 1; a second (ev35):
    // amount .86, precision .875 -> .93.
    (
        "dev25_events.jsonl",
        &[
            ("stage", 0.95),
            ("agency", 0.95),
            ("vendors", 0.95),
            ("amount", 0.80),
        ],
    ),
    // First sight, nineteenth session: stage .20, agency .40, vendors .27, amount .27 (P .70,
    // R .47); kept away from that session's rules, which left it exactly there. One round of
    // rules on it (ev36): stage .87, agency .87, vendors .67, amount .53 (P .93, R .87). A
    // second (ev38): vendors .80, amount .73, dates .40.
    (
        "dev26_events.jsonl",
        &[
            ("stage", 0.81),
            ("agency", 0.81),
            ("vendors", 0.75),
            ("amount", 0.68),
        ],
    ),
    // First sight, twentieth session: stage .57, agency .57, vendors .36, amount .29 (P 1,
    // R .64); kept away from that session's rules, which left it exactly there. One round of
    // rules on it (ev39): stage .93, agency .93, vendors .64, amount .36 (P 1, R 1). A second
    // (ev41): amount .50.
    (
        "dev27_events.jsonl",
        &[
            ("stage", 0.87),
            ("agency", 0.87),
            ("vendors", 0.59),
            ("amount", 0.45),
        ],
    ),
    // First sight, twenty-first session: stage .54, agency .62, vendors .38, amount .38 (P 1,
    // R .62); kept away from that session's rules, which left it exactly there.
    (
        "dev28_events.jsonl",
        &[
            ("stage", 0.50),
            ("agency", 0.55),
            ("vendors", 0.30),
            ("amount", 0.30),
        ],
    ),
];

#[test]
fn events_hold_on_the_other_development_sets() {
    for (name, floors) in OTHER_SETS {
        let gold = gold_file(name);
        let scores = events::score(&gold, &predict(&gold));
        let report = scores.report();
        for (field, floor) in *floors {
            let got = scores.accuracy(field);
            assert!(
                got >= *floor,
                "{name} {field}: accuracy {got:.3} below {floor}\n{report}"
            );
        }
    }
}

#[test]
fn event_fields_point_into_the_layers() {
    let gold = gold();
    for record in predict(&gold) {
        let text: Vec<char> = record.text.as_deref().unwrap_or("").chars().collect();
        for e in &record.contract_events {
            assert!(e.sentence.start < e.sentence.end && e.sentence.end <= text.len());
            for a in &e.amounts {
                assert!(a.money < record.money.len(), "{}", record.id);
            }
            for d in &e.dates {
                assert!(d.date < record.dates.len(), "{}", record.id);
            }
            for &i in &e.ids {
                assert!(i < record.contracts.len(), "{}", record.id);
            }
            for p in e.agency.iter().chain(e.vendors.iter()) {
                let span: String = text[p.start..p.end].iter().collect();
                assert_eq!(span, p.text, "{}", record.id);
                if let Some(k) = p.entity {
                    assert!(k < record.entities.len(), "{}", record.id);
                }
            }
            for t in e.place_of_performance.iter().chain(e.purpose.iter()) {
                let span: String = text[t.start..t.end].iter().collect();
                assert_eq!(span, t.text, "{}", record.id);
            }
        }
    }
}

#[test]
fn seed_article_has_one_planned_ice_award() {
    let text = std::fs::read_to_string(root().join("eval/gold/corpus_events.jsonl")).unwrap();
    let gold = events::parse_gold(&text).unwrap();
    let seed: Vec<GoldArticle> = gold
        .into_iter()
        .filter(|g| g.id == "corpus/seed-bloomberg-ice-cloud.txt")
        .collect();
    let records = predict(&seed);
    let r = &records[0];
    assert_eq!(r.contract_events.len(), 1, "{:#?}", r.contract_events);
    let e = &r.contract_events[0];
    assert_eq!(e.stage, "planned_award");
    assert_eq!(e.agency.as_ref().map(|a| a.text.as_str()), Some("ICE"));
    let amounts: Vec<(Option<f64>, &str)> = e
        .amounts
        .iter()
        .map(|a| (r.money[a.money].value, a.role.as_str()))
        .collect();
    assert_eq!(amounts, vec![(Some(100_000_000.0), "value")]);
    assert_eq!(
        e.period.as_ref().and_then(|p| p.value.as_deref()),
        Some("P5Y")
    );
    let dates: Vec<(Option<&str>, &str)> = e
        .dates
        .iter()
        .map(|d| (r.dates[d.date].value.as_deref(), d.role.as_str()))
        .collect();
    assert!(
        dates.contains(&(Some("2021-01"), "presolicitation")),
        "{dates:?}"
    );
    assert!(dates.contains(&(Some("FY2021-Q3"), "award")), "{dates:?}");
    assert_eq!(
        e.purpose.as_ref().map(|p| p.text.as_str()),
        Some("cloud infrastructure hosting in AWS and Microsoft Azure environments")
    );
}

#[test]
fn eval_events_command() {
    let out = crate::util::run(
        &[
            "eval",
            "--events",
            "eval/gold/corpus_events.jsonl",
            "--json",
            "--errors",
            "3",
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert!(json["gold"].as_u64().unwrap() >= 25);
    for field in ["stage", "agency", "vendors", "amount"] {
        let accuracy = json["fields"][field]["accuracy"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&accuracy), "{field}: {accuracy}");
    }
    assert!(json["errors"].as_array().is_some_and(|e| e.len() <= 3));
    // A file of records scores the same as running the pipeline.
    let dir = crate::util::TempDir::new("events-pred");
    let pred = dir.join("records.jsonl");
    let extract = crate::util::run(
        &["extract", "--quiet", "eval/gold/corpus_events.jsonl"],
        b"",
    );
    assert!(extract.status.success());
    std::fs::write(&pred, &extract.stdout).unwrap();
    let scored = crate::util::run(
        &[
            "eval",
            "--events",
            "eval/gold/corpus_events.jsonl",
            "--pred",
            pred.to_str().unwrap(),
            "--json",
        ],
        b"",
    );
    let from_file: serde_json::Value = serde_json::from_slice(&scored.stdout).expect("JSON");
    assert_eq!(from_file["fields"], json["fields"]);
}
