//! The quality gate: the headline figures recorded in `eval/baseline.json`, and the check that
//! none of them fell.
//!
//! Headline figures are the strict, relaxed and value F1 (rounded to 4 decimals, as reported)
//! of every layer of every gold file the baseline lists. The gate runs the pipeline on each of
//! those files and fails when a figure is more than [`TOLERANCE`] below its recorded value, when
//! a recorded layer is no longer scored, or when the pipeline fails on a gold document. Rising
//! figures pass; only `newsextract eval --update-baseline FILE` rewrites the file.
//!
//! The file lists gold paths relative to its own directory. Adding a gold file is one line,
//! `"gold/new.jsonl": {}`: the gate then runs on it (its figures show as new) until the next
//! update records them. Gold and prediction counts are recorded for information.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::json::PyJson;
use super::{DocSet, EvalError, EvalErrorKind, LAYERS, Scores, predict, score};
use crate::pipeline::Pipeline;
use crate::record::ErrorRecord;

/// How far a headline figure may fall below the baseline before the gate fails.
pub const TOLERANCE: f64 = 0.005;

/// The measures whose F1 the gate watches.
pub const HEADLINE: [&str; 3] = ["strict", "relaxed", "value"];

/// What the baseline file says about itself.
const ABOUT: &str = "Quality gate (cargo test): strict, relaxed and value F1 of the built-in \
pipeline per layer of each gold file below (paths relative to this file). A test fails when a \
figure falls more than 0.005 below. Rewrite only with: cargo run --release -- eval \
--update-baseline eval/baseline.json";

/// The recorded figures of one layer of one gold file.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figures {
    /// Documents scored.
    pub docs: usize,
    /// Gold spans (information).
    pub gold: usize,
    /// Predicted spans (information).
    pub pred: usize,
    /// Strict F1.
    pub strict: f64,
    /// Relaxed F1.
    pub relaxed: f64,
    /// Value F1.
    pub value: f64,
}

impl Figures {
    /// The headline figures of a scored layer.
    pub fn of(l: &super::LayerScores) -> Figures {
        Figures {
            docs: l.docs,
            gold: l.gold,
            pred: l.pred,
            strict: l.strict.f1(),
            relaxed: l.relaxed.f1(),
            value: l.value.f1(),
        }
    }

    /// A headline figure by measure name.
    pub fn f1(&self, measure: &str) -> Option<f64> {
        match measure {
            "strict" => Some(self.strict),
            "relaxed" => Some(self.relaxed),
            "value" => Some(self.value),
            _ => None,
        }
    }
}

/// The figures of one gold file, layers in report order.
pub type FileFigures = Vec<(String, Figures)>;

/// The baseline file: gold files and their recorded figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Baseline {
    /// Where the file is; gold paths are relative to its directory.
    pub path: PathBuf,
    /// Gold path (as written in the file) → recorded figures.
    pub files: BTreeMap<String, FileFigures>,
}

/// The pipeline's scores on one gold file.
#[derive(Debug, Clone)]
pub struct Measurement {
    /// The gold path as the baseline names it.
    pub file: String,
    /// The scores of every layer.
    pub scores: Scores,
    /// Gold documents the pipeline failed on.
    pub failures: Vec<ErrorRecord>,
}

impl Baseline {
    /// A baseline at `path` listing no gold file yet.
    pub fn empty(path: &Path) -> Baseline {
        Baseline {
            path: path.to_path_buf(),
            files: BTreeMap::new(),
        }
    }

    /// Reads a baseline file.
    pub fn load(path: &Path) -> Result<Baseline, EvalError> {
        let text = std::fs::read_to_string(path).map_err(|e| EvalError::io(path, "read", e))?;
        let bad = |what: String| {
            EvalError::new(
                EvalErrorKind::Baseline,
                format!("{}: {what}", path.display()),
            )
        };
        let root: Value = serde_json::from_str(&text).map_err(|e| bad(format!("not JSON: {e}")))?;
        let gold = root
            .get("gold")
            .and_then(Value::as_object)
            .ok_or_else(|| bad("no \"gold\" object".into()))?;
        let mut files = BTreeMap::new();
        for (file, layers) in gold {
            let layers = layers
                .as_object()
                .ok_or_else(|| bad(format!("{file:?} is not an object")))?;
            let mut figures = FileFigures::new();
            for (layer, f) in layers {
                let num = |k: &str| {
                    f.get(k)
                        .and_then(Value::as_f64)
                        .ok_or_else(|| bad(format!("{file:?} {layer}: no number {k:?}")))
                };
                let count = |k: &str| Ok::<_, EvalError>(num(k)? as usize);
                figures.push((
                    layer.clone(),
                    Figures {
                        docs: count("docs")?,
                        gold: count("gold")?,
                        pred: count("pred")?,
                        strict: num("strict_f1")?,
                        relaxed: num("relaxed_f1")?,
                        value: num("value_f1")?,
                    },
                ));
            }
            figures.sort_by_key(|(l, _)| layer_rank(l));
            files.insert(file.clone(), figures);
        }
        Ok(Baseline {
            path: path.to_path_buf(),
            files,
        })
    }

    /// The gold file a baseline entry names.
    pub fn gold_path(&self, file: &str) -> PathBuf {
        self.dir().join(file)
    }

    fn dir(&self) -> PathBuf {
        match self.path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        }
    }

    /// Lists a gold file (which must lie under the baseline's directory) if it is not listed.
    pub fn add_gold(&mut self, gold: &Path) -> Result<(), EvalError> {
        let canon = |p: &Path| p.canonicalize().map_err(|e| EvalError::io(p, "find", e));
        let (gold_abs, dir_abs) = (canon(gold)?, canon(&self.dir())?);
        let rel = gold_abs.strip_prefix(&dir_abs).map_err(|_| {
            EvalError::new(
                EvalErrorKind::Baseline,
                format!(
                    "{} is not under {}, the baseline's directory",
                    gold.display(),
                    dir_abs.display()
                ),
            )
        })?;
        let name = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        self.files.entry(name).or_default();
        Ok(())
    }

    /// Runs `pipeline` on every listed gold file and scores it on every layer.
    pub fn measure(&self, pipeline: &Pipeline) -> Result<Vec<Measurement>, EvalError> {
        self.files
            .keys()
            .map(|file| {
                let gold = DocSet::load(&self.gold_path(file))?;
                let predicted = predict(pipeline, &gold);
                Ok(Measurement {
                    file: file.clone(),
                    scores: score(&gold, &predicted.docs, &LAYERS)?,
                    failures: predicted.failures,
                })
            })
            .collect()
    }

    /// The gate: measures `pipeline` and compares with the recorded figures.
    pub fn check(&self, pipeline: &Pipeline) -> Result<GateReport, EvalError> {
        Ok(self.compare(&self.measure(pipeline)?))
    }

    /// Compares measurements with the recorded figures.
    pub fn compare(&self, measured: &[Measurement]) -> GateReport {
        let mut report = GateReport::default();
        for (file, recorded) in &self.files {
            let current = measured.iter().find(|m| &m.file == file);
            let mut layers: Vec<&str> = recorded.iter().map(|(l, _)| l.as_str()).collect();
            for l in current.iter().flat_map(|m| &m.scores.layers) {
                if !layers.contains(&l.layer.as_str()) {
                    layers.push(&l.layer);
                }
            }
            layers.sort_by_key(|l| layer_rank(l));
            for layer in layers {
                let was = recorded.iter().find(|(l, _)| l == layer).map(|(_, f)| *f);
                let now = current.and_then(|m| m.scores.layer(layer)).map(Figures::of);
                for measure in HEADLINE {
                    report.rows.push(GateRow {
                        file: file.clone(),
                        layer: layer.to_string(),
                        measure,
                        baseline: was.and_then(|f| f.f1(measure)),
                        current: now.and_then(|f| f.f1(measure)),
                    });
                }
                if let (Some(was), Some(now)) = (was, now)
                    && (was.docs, was.gold) != (now.docs, now.gold)
                {
                    report.notes.push(format!(
                        "{file} {layer}: the gold changed ({} docs, {} spans recorded; now {}, {}): \
                         update the baseline",
                        was.docs, was.gold, now.docs, now.gold
                    ));
                }
            }
            for f in current.iter().flat_map(|m| &m.failures) {
                report.failures.push(format!(
                    "{file}: document {:?} failed: {}",
                    f.id, f.error.message
                ));
            }
        }
        report
    }

    /// This baseline with the figures of `measured`.
    pub fn updated(&self, measured: &[Measurement]) -> Baseline {
        let mut files = self.files.clone();
        for m in measured {
            let figures = m
                .scores
                .layers
                .iter()
                .map(|l| (l.layer.clone(), Figures::of(l)))
                .collect();
            files.insert(m.file.clone(), figures);
        }
        Baseline {
            path: self.path.clone(),
            files,
        }
    }

    /// The file's text: one line per layer, so that a change shows as a small diff.
    pub fn to_json(&self) -> String {
        let mut out = format!(
            "{{\n \"about\": {},\n \"gold\": {{",
            PyJson::Str(ABOUT.into()).dumps()
        );
        for (n, (file, figures)) in self.files.iter().enumerate() {
            out.push_str(if n == 0 { "\n" } else { ",\n" });
            out.push_str(&format!("  {}: {{", PyJson::Str(file.clone()).dumps()));
            for (k, (layer, f)) in figures.iter().enumerate() {
                let row = PyJson::obj([
                    ("docs", PyJson::Int(f.docs as i64)),
                    ("gold", PyJson::Int(f.gold as i64)),
                    ("pred", PyJson::Int(f.pred as i64)),
                    ("strict_f1", PyJson::Float(f.strict)),
                    ("relaxed_f1", PyJson::Float(f.relaxed)),
                    ("value_f1", PyJson::Float(f.value)),
                ]);
                out.push_str(if k == 0 { "\n" } else { ",\n" });
                out.push_str(&format!(
                    "   {}: {}",
                    PyJson::Str(layer.clone()).dumps(),
                    row.dumps()
                ));
            }
            out.push_str(if figures.is_empty() { "}" } else { "\n  }" });
        }
        out.push_str(if self.files.is_empty() {
            "}\n}\n"
        } else {
            "\n }\n}\n"
        });
        out
    }

    /// The recorded figures as a Markdown table (for the README).
    pub fn to_markdown(&self) -> String {
        let mut out = String::from(
            "| gold file | layer | docs | gold | pred | strict F1 | relaxed F1 | value F1 |\n\
             |---|---|--:|--:|--:|--:|--:|--:|\n",
        );
        for (file, figures) in &self.files {
            for (layer, f) in figures {
                out.push_str(&format!(
                    "| `{file}` | {layer} | {} | {} | {} | {:.4} | {:.4} | {:.4} |\n",
                    f.docs, f.gold, f.pred, f.strict, f.relaxed, f.value
                ));
            }
        }
        out
    }

    /// Writes the file (to a temporary name, then renamed).
    pub fn save(&self) -> Result<(), EvalError> {
        let tmp = self.path.with_extension("json.tmp");
        std::fs::write(&tmp, self.to_json()).map_err(|e| EvalError::io(&tmp, "write", e))?;
        std::fs::rename(&tmp, &self.path).map_err(|e| EvalError::io(&self.path, "write", e))
    }
}

/// Report order of layers: the four known ones first, others after by name.
fn layer_rank(layer: &str) -> (usize, String) {
    let known = LAYERS.iter().position(|l| *l == layer);
    (known.unwrap_or(LAYERS.len()), layer.to_string())
}

/// One headline figure, recorded and current.
#[derive(Debug, Clone, PartialEq)]
pub struct GateRow {
    /// Gold file as the baseline names it.
    pub file: String,
    /// Layer.
    pub layer: String,
    /// `strict`, `relaxed` or `value`.
    pub measure: &'static str,
    /// The recorded F1, if any.
    pub baseline: Option<f64>,
    /// The measured F1, if the layer is still scored.
    pub current: Option<f64>,
}

/// How a figure compares with the baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GateStatus {
    /// Unchanged.
    Same,
    /// Higher.
    Up,
    /// Lower, but by no more than [`TOLERANCE`].
    DownWithinTolerance,
    /// Lower by more than [`TOLERANCE`]: the gate fails.
    Regressed,
    /// Not recorded yet.
    New,
    /// Recorded, but the layer is no longer scored: the gate fails.
    Missing,
}

impl GateRow {
    /// How the current figure compares with the recorded one.
    pub fn status(&self) -> GateStatus {
        // Figures are rounded to 4 decimals; a hair of slack keeps float noise out.
        const EPS: f64 = 1e-9;
        match (self.baseline, self.current) {
            (None, _) => GateStatus::New,
            (Some(_), None) => GateStatus::Missing,
            (Some(b), Some(c)) if c < b - TOLERANCE - EPS => GateStatus::Regressed,
            (Some(b), Some(c)) if c < b - EPS => GateStatus::DownWithinTolerance,
            (Some(b), Some(c)) if c > b + EPS => GateStatus::Up,
            _ => GateStatus::Same,
        }
    }

    /// Whether this figure fails the gate.
    pub fn fails(&self) -> bool {
        matches!(self.status(), GateStatus::Regressed | GateStatus::Missing)
    }
}

/// The outcome of the gate.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GateReport {
    /// Every headline figure of every file and layer.
    pub rows: Vec<GateRow>,
    /// Documents the pipeline failed on (each fails the gate).
    pub failures: Vec<String>,
    /// Remarks that do not fail the gate (the gold changed).
    pub notes: Vec<String>,
}

impl GateReport {
    /// Whether the gate passes: no figure regressed or went missing, no document failed.
    pub fn passed(&self) -> bool {
        self.failures.is_empty() && !self.rows.iter().any(GateRow::fails)
    }

    /// The figures that fail the gate.
    pub fn regressions(&self) -> impl Iterator<Item = &GateRow> {
        self.rows.iter().filter(|r| r.fails())
    }

    /// The table and the verdict.
    pub fn to_text(&self) -> String {
        let failing = self.regressions().count();
        let mut verdict = if self.passed() {
            format!("gate passed (tolerance {TOLERANCE})\n")
        } else {
            format!(
                "gate FAILED: {failing} figure(s) fell more than {TOLERANCE} below the baseline or \
                 went missing, {} document(s) failed\n",
                self.failures.len()
            )
        };
        for r in self.regressions() {
            let now = r.current.map_or("not scored".into(), |c| format!("{c:.4}"));
            verdict.push_str(&format!(
                "  regressed: {} {} {} F1 {:.4} -> {now}\n",
                r.file,
                r.layer,
                r.measure,
                r.baseline.unwrap_or(0.0)
            ));
        }
        self.table() + &verdict
    }

    /// A table of every figure (baseline, current, change, status), then failures and notes.
    pub fn table(&self) -> String {
        let width = self
            .rows
            .iter()
            .map(|r| r.file.chars().count())
            .max()
            .unwrap_or(4)
            .max(9);
        let mut out = format!(
            "{:<width$}  {:<10} {:<8} {:>8} {:>8} {:>8}  status\n",
            "gold file", "layer", "measure", "baseline", "current", "change"
        );
        let fig = |x: Option<f64>| x.map_or("-".to_string(), |x| format!("{x:.4}"));
        for r in &self.rows {
            let change = match (r.baseline, r.current) {
                (Some(b), Some(c)) => format!("{:+.4}", c - b),
                _ => "-".into(),
            };
            let status = match r.status() {
                GateStatus::Same => "ok",
                GateStatus::Up => "up",
                GateStatus::DownWithinTolerance => "down (within tolerance)",
                GateStatus::Regressed => "REGRESSED",
                GateStatus::New => "new (not in baseline)",
                GateStatus::Missing => "MISSING (layer no longer scored)",
            };
            out.push_str(&format!(
                "{:<width$}  {:<10} {:<8} {:>8} {:>8} {:>8}  {status}\n",
                r.file,
                r.layer,
                r.measure,
                fig(r.baseline),
                fig(r.current),
                change
            ));
        }
        for f in &self.failures {
            out.push_str(&format!("FAILED: {f}\n"));
        }
        for n in &self.notes {
            out.push_str(&format!("note: {n}\n"));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(baseline: Option<f64>, current: Option<f64>) -> GateRow {
        GateRow {
            file: "f".into(),
            layer: "money".into(),
            measure: "strict",
            baseline,
            current,
        }
    }

    #[test]
    fn tolerance_is_inclusive() {
        assert_eq!(
            row(Some(0.5), Some(0.495)).status(),
            GateStatus::DownWithinTolerance
        );
        assert_eq!(row(Some(0.5), Some(0.4949)).status(), GateStatus::Regressed);
        assert_eq!(
            row(Some(0.3573), Some(0.3523)).status(),
            GateStatus::DownWithinTolerance
        );
        assert_eq!(row(Some(0.5), Some(0.6)).status(), GateStatus::Up);
        assert_eq!(row(Some(0.5), Some(0.5)).status(), GateStatus::Same);
        assert_eq!(row(None, Some(0.5)).status(), GateStatus::New);
        assert!(row(Some(0.5), None).fails());
        assert!(!row(None, Some(0.0)).fails());
    }

    #[test]
    fn file_round_trips() {
        let dir = std::env::temp_dir().join(format!("newsextract-baseline-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("baseline.json");
        let figures = Figures {
            docs: 3,
            gold: 10,
            pred: 8,
            strict: 0.5,
            relaxed: 0.8571,
            value: 1.0,
        };
        let mut b = Baseline::empty(&path);
        b.files.insert(
            "gold/a.jsonl".into(),
            vec![("dates".into(), figures), ("money".into(), figures)],
        );
        b.files.insert("gold/new.jsonl".into(), vec![]);
        b.save().unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(
            "   \"money\": {\"docs\": 3, \"gold\": 10, \"pred\": 8, \"strict_f1\": 0.5, \"relaxed_f1\": 0.8571, \"value_f1\": 1.0}"
        ), "{text}");
        assert!(text.contains("  \"gold/new.jsonl\": {}\n"), "{text}");
        assert_eq!(Baseline::load(&path).unwrap(), b);
        assert!(
            b.to_markdown()
                .contains("| `gold/a.jsonl` | money | 3 | 10 | 8 | 0.5000 | 0.8571 | 1.0000 |\n")
        );
        assert_eq!(b.gold_path("gold/a.jsonl"), dir.join("gold/a.jsonl"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn compare_flags_drops_and_missing_layers() {
        let mut b = Baseline::empty(Path::new("x/baseline.json"));
        let f = Figures {
            docs: 1,
            gold: 1,
            pred: 1,
            strict: 1.0,
            relaxed: 1.0,
            value: 1.0,
        };
        b.files.insert(
            "g.jsonl".into(),
            vec![("money".into(), f), ("dates".into(), f)],
        );
        let gold = DocSet::parse(
            r#"{"id": "a", "annotated": ["money", "entities"], "money": [{"start": 0, "end": 4}]}"#,
            "g",
        )
        .unwrap();
        let pred = DocSet::parse(r#"{"id": "a", "money": [{"start": 1, "end": 4}]}"#, "p").unwrap();
        let m = Measurement {
            file: "g.jsonl".into(),
            scores: score(&gold, &pred, &LAYERS).unwrap(),
            failures: vec![],
        };
        let report = b.compare(&[m]);
        let failing: Vec<(&str, &str)> = report
            .regressions()
            .map(|r| (r.layer.as_str(), r.measure))
            .collect();
        // money: strict fell to 0; relaxed and value hold. dates: no longer scored. entities: new.
        assert_eq!(
            failing,
            [
                ("dates", "strict"),
                ("dates", "relaxed"),
                ("dates", "value"),
                ("money", "strict")
            ]
        );
        assert!(!report.passed());
        let text = report.to_text();
        assert!(
            text.contains("new (not in baseline)") && text.contains("REGRESSED"),
            "{text}"
        );
        assert!(text.contains("gate FAILED: 4 figure(s)"), "{text}");
    }
}
