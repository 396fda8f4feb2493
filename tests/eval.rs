//! `newsextract eval` and the quality gate: agreement with the reference scorer, the gate on
//! every gold file of `eval/baseline.json`, and proof that the gate catches a broken extractor.

use std::path::{Path, PathBuf};
use std::process::Command;

use newsextract::Pipeline;
use newsextract::eval::baseline::{Baseline, GateStatus};
use newsextract::eval::{self, DocSet, LAYERS};
use newsextract::extract::{self, Document, Extractor, Layer, Mentions};

use crate::util::{TempDir, root, run};

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures/eval").join(name)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The two fixture cases: gold file, layers asked for, expected `score.py --json` output.
const CASES: [(&str, &str, &str); 2] = [
    (
        "gold.jsonl",
        "entities,dates,money,contracts",
        "expected.json",
    ),
    (
        "gold-no-contracts.jsonl",
        "dates,contracts,money,entities",
        "expected-no-contracts.json",
    ),
];

#[test]
fn fixture_scores_equal_the_reference_scorers_committed_output() {
    let pred = DocSet::load(&fixture("pred.jsonl")).unwrap();
    for (gold_file, layers, expected) in CASES {
        let gold = DocSet::load(&fixture(gold_file)).unwrap();
        let layers: Vec<&str> = layers.split(',').collect();
        let scores = eval::score(&gold, &pred, &layers).unwrap();
        let ours = scores.to_json(None).dumps_indented(1) + "\n";
        assert_eq!(ours, read(&fixture(expected)), "{gold_file}");
        // The same through the command line.
        let out = run(
            &[
                "eval",
                "--gold",
                fixture(gold_file).to_str().unwrap(),
                "--pred",
                fixture("pred.jsonl").to_str().unwrap(),
                "--layers",
                &layers.join(","),
                "--json",
            ],
            b"",
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&out.stdout), ours);
    }
}

/// `python3` if it runs here.
fn python3() -> Option<&'static str> {
    let ok = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    ok.then_some("python3")
}

fn score_py(gold: &Path, pred: &Path, layers: &str) -> String {
    let out = Command::new("python3")
        .arg(root().join("eval/score.py"))
        .args([gold, pred])
        .args(["--layers", layers, "--json"])
        .output()
        .expect("run score.py");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn the_reference_scorer_agrees_live_on_the_fixture_and_the_gold() {
    if python3().is_none() {
        eprintln!("python3 not found: live comparison with eval/score.py skipped");
        return;
    }
    let pred_path = fixture("pred.jsonl");
    let pred = DocSet::load(&pred_path).unwrap();
    for (gold_file, layers, _) in CASES {
        let gold = DocSet::load(&fixture(gold_file)).unwrap();
        let ours = eval::score(&gold, &pred, &layers.split(',').collect::<Vec<_>>()).unwrap();
        assert_eq!(
            ours.to_json(None).dumps_indented(1) + "\n",
            score_py(&fixture(gold_file), &pred_path, layers),
            "{gold_file}"
        );
    }
    // Every gold file the repository carries, scored on the pipeline's predictions.
    let dir = TempDir::new("eval-live");
    let pipeline = Pipeline::builder().keep_text(false).build();
    for gold_path in gold_files() {
        let gold = DocSet::load(&gold_path).unwrap();
        let predicted = eval::predict(&pipeline, &gold);
        let pred_path = dir.join("pred.jsonl");
        let lines: Vec<String> = predicted.docs.iter().map(|(_, d)| d.to_string()).collect();
        std::fs::write(&pred_path, lines.join("\n")).unwrap();
        let ours = eval::score(&gold, &predicted.docs, &LAYERS).unwrap();
        assert_eq!(
            ours.to_json(None).dumps_indented(1) + "\n",
            score_py(&gold_path, &pred_path, &LAYERS.join(",")),
            "{}",
            gold_path.display()
        );
    }
}

fn gold_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("eval/gold"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        // Contract-event gold (`*_events.jsonl`) has no layers: `tests/events.rs` scores it.
        .filter(|p| !p.to_string_lossy().ends_with("_events.jsonl"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    files
}

#[test]
fn every_gold_file_is_in_the_baseline() {
    let baseline = Baseline::load(&root().join("eval/baseline.json")).unwrap();
    for path in gold_files() {
        let name = format!("gold/{}", path.file_name().unwrap().to_string_lossy());
        assert!(
            baseline.files.contains_key(&name),
            "{name} is not in eval/baseline.json: add it with \
             `cargo run --release -- eval --update-baseline eval/baseline.json --gold eval/{name}`"
        );
    }
}

/// The quality gate: no headline figure of any gold file in `eval/baseline.json` fell more than
/// 0.005. Raise the baseline after an improvement with
/// `cargo run --release -- eval --update-baseline eval/baseline.json`.
#[test]
fn quality_gate() {
    let baseline = Baseline::load(&root().join("eval/baseline.json")).unwrap();
    let report = baseline
        .check(&Pipeline::builder().keep_text(false).build())
        .unwrap();
    assert!(
        report.passed(),
        "extraction quality regressed:\n{}\nIf the drop is intended, rewrite the baseline with \
         `cargo run --release -- eval --update-baseline eval/baseline.json` and say why in the commit.",
        report.to_text()
    );
}

/// The money extractor with a bug: every amount loses its first character.
struct ShiftedMoney;

impl Extractor for ShiftedMoney {
    fn name(&self) -> &'static str {
        "money"
    }

    fn layer(&self) -> Layer {
        Layer::Money
    }

    fn extract(&self, doc: &Document<'_>, found: &mut Mentions) {
        let mut mine = found.clone();
        extract::money::Money.extract(doc, &mut mine);
        found.money = mine
            .money
            .into_iter()
            .map(|mut m| {
                if let Some(c) = m.text.chars().next() {
                    m.start += 1;
                    m.byte_start += c.len_utf8();
                    m.text.remove(0);
                }
                m
            })
            .collect();
    }
}

#[test]
fn a_broken_extractor_fails_the_gate() {
    let extractors: Vec<Box<dyn Extractor>> = extract::registry()
        .into_iter()
        .map(|e| {
            if e.layer() == Layer::Money {
                Box::new(ShiftedMoney)
            } else {
                e
            }
        })
        .collect();
    let broken = Pipeline::builder()
        .keep_text(false)
        .extractors(extractors)
        .build();
    let baseline = Baseline::load(&root().join("eval/baseline.json")).unwrap();
    let report = baseline.check(&broken).unwrap();
    assert!(!report.passed(), "{}", report.to_text());
    let regressed: Vec<(&str, &str, &str)> = report
        .regressions()
        .map(|r| (r.file.as_str(), r.layer.as_str(), r.measure))
        .collect();
    assert!(
        regressed.contains(&("gold/contracts.dev.jsonl", "money", "strict")),
        "{regressed:?}"
    );
    assert!(
        regressed.iter().all(|(_, layer, _)| *layer == "money"),
        "{regressed:?}"
    );
    let text = report.to_text();
    assert!(
        text.contains("REGRESSED") && text.contains("gate FAILED"),
        "{text}"
    );
    // The other layers are untouched.
    assert!(
        report
            .rows
            .iter()
            .filter(|r| r.layer != "money")
            .all(|r| r.status() == GateStatus::Same),
        "{text}"
    );
}

#[test]
fn eval_command_lists_errors_and_keeps_the_baseline() {
    // --errors: false positives and negatives with context.
    let out = run(
        &[
            "eval",
            "--gold",
            fixture("gold.jsonl").to_str().unwrap(),
            "--pred",
            fixture("pred.jsonl").to_str().unwrap(),
            "--errors",
            "2",
            "--per-type",
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("  LOC          gold     4 pred     3  P 0.667 R 0.500 F1 0.571"),
        "{stdout}"
    );
    assert!(
        stdout.contains("entities: 3 false positives, 6 false negatives (relaxed typed matching)"),
        "{stdout}"
    );
    assert!(stdout.contains("[[Tim Cook]]"), "{stdout}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("1 of 5 documents"), "{stderr}");

    // --update-baseline writes the figures, --baseline checks them.
    let dir = TempDir::new("eval-baseline");
    std::fs::create_dir_all(dir.join("gold")).unwrap();
    std::fs::copy(
        root().join("eval/gold/contracts.dev.jsonl"),
        dir.join("gold/c.jsonl"),
    )
    .unwrap();
    let baseline = dir.join("baseline.json");
    let b = baseline.to_str().unwrap();
    let gold = dir.join("gold/c.jsonl");
    let out = run(
        &[
            "eval",
            "--update-baseline",
            b,
            "--gold",
            gold.to_str().unwrap(),
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = Baseline::load(&baseline).unwrap();
    assert_eq!(written.files.keys().collect::<Vec<_>>(), ["gold/c.jsonl"]);
    let out = run(&["eval", "--baseline", b], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("gate passed"));
    // A baseline above what the pipeline does fails the gate, and the gate leaves it alone.
    let raised = read(&baseline).replace("\"strict_f1\": ", "\"strict_f1\": 1.5, \"old\": ");
    std::fs::write(&baseline, &raised).unwrap();
    let out = run(&["eval", "--baseline", b], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("REGRESSED"));
    assert_eq!(read(&baseline), raised);
    // A gold file outside the baseline's directory is refused.
    let out = run(
        &[
            "eval",
            "--update-baseline",
            b,
            "--gold",
            "eval/gold/gum_news.dev.jsonl",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
}

/// `meantime_annotated.dev.jsonl` is what its script derives from `meantime.dev.jsonl`.
#[test]
fn derived_meantime_gold_is_up_to_date() {
    if python3().is_none() {
        eprintln!("python3 not found: check of meantime_annotated.dev.jsonl skipped");
        return;
    }
    let gold = root().join("eval/gold");
    let out = Command::new("python3")
        .arg(gold.join("make_meantime_annotated.py"))
        .arg(gold.join("meantime.dev.jsonl"))
        .output()
        .expect("run make_meantime_annotated.py");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let committed = std::fs::read(gold.join("meantime_annotated.dev.jsonl")).unwrap();
    assert!(
        out.stdout == committed,
        "eval/gold/meantime_annotated.dev.jsonl is stale: regenerate it (see eval/gold/README.md)"
    );
}
