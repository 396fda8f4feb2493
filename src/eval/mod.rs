//! Scoring extractions against gold: the measures of the reference scorer `eval/score.py`,
//! number for number.
//!
//! Gold and predictions are JSONL files of the format in `GOLD_FORMAT.md` (a file of our records
//! is a prediction file). For each layer, over the gold documents that annotate it:
//!
//! - **strict**: a prediction counts when start, end and type equal a gold span's;
//! - **relaxed**: the spans overlap and the types are equal (one-to-one, largest overlap first);
//! - **untyped**: strict boundaries, type ignored;
//! - **value**: a relaxed untyped match whose normalized value also agrees (dates: TIMEX3 value;
//!   money: amount and currency; contracts: identifier).
//!
//! A gold document's `meta.unannotated_regions` (every layer) and `meta.entity_ignore_spans`
//! (entities) remove the predictions that overlap them and no gold span. Documents are matched by
//! id; a gold document without a prediction predicts nothing.
//!
//! ```
//! use newsextract::eval::{self, DocSet};
//!
//! let gold = DocSet::parse(
//!     r#"{"id": "a", "text": "Paid $5 million.", "money": [{"start": 5, "end": 15, "value": 5e6}]}"#,
//!     "gold",
//! ).unwrap();
//! let pred = eval::predict(&newsextract::Pipeline::default(), &gold).docs;
//! let scores = eval::score(&gold, &pred, &["money"]).unwrap();
//! assert_eq!(scores.layer("money").unwrap().value.f1(), 1.0);
//! ```
//!
//! [`baseline`] holds the quality gate: the recorded figures and the check that they did not drop.
//! [`events`] scores contract events field by field against `eval/gold/corpus_events.jsonl`.

pub mod baseline;
pub mod errors;
pub mod events;
pub mod json;
pub mod score;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use rayon::prelude::*;
use serde_json::Value;

use crate::input::Article;
use crate::pipeline::Pipeline;
use crate::record::{ErrorRecord, Output};

pub use errors::{ErrorListing, list_errors};
use json::PyJson;
use score::{Counts, DocLayer, DocLayerCounts};

/// The layers scored by default, in report order.
pub const LAYERS: [&str; 4] = ["entities", "dates", "money", "contracts"];

/// Why gold, predictions or a baseline could not be used.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct EvalError {
    kind: EvalErrorKind,
    message: String,
    #[source]
    source: Option<std::io::Error>,
}

/// What kind of [`EvalError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum EvalErrorKind {
    /// A file could not be read or written.
    Io,
    /// A line is not JSON, or not a document with an id.
    Json,
    /// A gold document breaks a rule of the format (`annotated`, `meta`, ignore lists).
    Gold,
    /// The baseline file is malformed.
    Baseline,
}

impl EvalError {
    /// An error of `kind`.
    pub fn new(kind: EvalErrorKind, message: impl Into<String>) -> EvalError {
        EvalError {
            kind,
            message: message.into(),
            source: None,
        }
    }

    /// A read or write error on `path`.
    pub fn io(path: &Path, what: &str, err: std::io::Error) -> EvalError {
        EvalError {
            kind: EvalErrorKind::Io,
            // The io error is the source: `{:#}` chains print it after this.
            message: format!("cannot {what} {}", path.display()),
            source: Some(err),
        }
    }

    /// What kind of error.
    pub fn kind(&self) -> EvalErrorKind {
        self.kind
    }
}

/// The documents of a gold or prediction file, by id, in file order. A later line with the same
/// id replaces the earlier one (and keeps its place), as in the reference scorer.
#[derive(Debug, Clone, Default)]
pub struct DocSet {
    docs: Vec<(String, Value)>,
    index: HashMap<String, usize>,
}

impl DocSet {
    /// Reads a JSONL file.
    pub fn load(path: &Path) -> Result<DocSet, EvalError> {
        let text = std::fs::read_to_string(path).map_err(|e| EvalError::io(path, "read", e))?;
        DocSet::parse(&text, &path.display().to_string())
    }

    /// Parses JSONL text; `origin` names it in error messages. Blank lines are skipped; every
    /// other line must be a JSON object with an `id` (a number or string; compared as text).
    pub fn parse(text: &str, origin: &str) -> Result<DocSet, EvalError> {
        let mut set = DocSet::default();
        // Python reads with universal newlines: \n, \r\n and \r all end a line.
        for (n, line) in text.split(['\n', '\r']).enumerate() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let at = format!("{origin}:{}", n + 1);
            let doc: Value = serde_json::from_str(line)
                .map_err(|e| EvalError::new(EvalErrorKind::Json, format!("{at}: not JSON: {e}")))?;
            let id = match doc.as_object().map(|o| o.get("id")) {
                Some(Some(id)) => score::py_str(id),
                Some(None) => {
                    return Err(EvalError::new(
                        EvalErrorKind::Json,
                        format!("{at}: no \"id\""),
                    ));
                }
                None => {
                    return Err(EvalError::new(
                        EvalErrorKind::Json,
                        format!("{at}: not a JSON object"),
                    ));
                }
            };
            set.insert(id, doc);
        }
        Ok(set)
    }

    /// Adds a document; one with the same id is replaced in place.
    pub fn insert(&mut self, id: String, doc: Value) {
        match self.index.get(&id) {
            Some(&i) => self.docs[i].1 = doc,
            None => {
                self.index.insert(id.clone(), self.docs.len());
                self.docs.push((id, doc));
            }
        }
    }

    /// The document with this id.
    pub fn get(&self, id: &str) -> Option<&Value> {
        self.index.get(id).map(|&i| &self.docs[i].1)
    }

    /// Documents in file order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.docs.iter().map(|(id, d)| (id.as_str(), d))
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether there are no documents.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// How many of `gold`'s documents have no document here.
    pub fn missing(&self, gold: &DocSet) -> usize {
        gold.iter().filter(|(id, _)| self.get(id).is_none()).count()
    }
}

/// The pipeline's predictions for a gold file.
#[derive(Debug, Clone, Default)]
pub struct Predictions {
    /// One record (as JSON) per gold document that has a `text`.
    pub docs: DocSet,
    /// Documents the pipeline failed on (they predict nothing).
    pub failures: Vec<ErrorRecord>,
}

/// Runs `pipeline` on the text of every gold document, with the document's own `dct` and id,
/// in parallel; the result is the same as `newsextract extract` on the gold file.
pub fn predict(pipeline: &Pipeline, gold: &DocSet) -> Predictions {
    let outputs: Vec<Output> = gold
        .docs
        .par_iter()
        .filter_map(|(id, doc)| {
            let text = doc.get("text")?.as_str()?;
            let mut article = Article::from_text(id.clone(), text);
            article.dct = doc.get("dct").and_then(Value::as_str).map(str::to_string);
            Some(pipeline.process(article))
        })
        .collect();
    let mut out = Predictions::default();
    for output in outputs {
        match output {
            Output::Record(record) => match serde_json::to_value(&*record) {
                Ok(value) => out.docs.insert(record.id.clone(), value),
                Err(e) => out.failures.push(ErrorRecord {
                    id: record.id.clone(),
                    source: record.source.clone(),
                    error: crate::record::ErrorInfo {
                        kind: crate::record::ErrorKind::Panic,
                        message: format!("record not serializable: {e}"),
                    },
                }),
            },
            Output::Error(e) => out.failures.push(e),
        }
    }
    out
}

/// The scores of one layer.
#[derive(Debug, Clone, PartialEq)]
pub struct LayerScores {
    /// Layer name.
    pub layer: String,
    /// Gold documents annotating the layer.
    pub docs: usize,
    /// Gold spans.
    pub gold: usize,
    /// Predicted spans (after the ignore lists).
    pub pred: usize,
    /// Strict: boundaries and type.
    pub strict: Counts,
    /// Relaxed: overlap and type.
    pub relaxed: Counts,
    /// Untyped: boundaries.
    pub untyped: Counts,
    /// Value: relaxed untyped match with agreeing value.
    pub value: Counts,
    /// Strict scores per type, types in code-point order.
    pub per_type: BTreeMap<String, Counts>,
}

impl LayerScores {
    /// The counts of a measure by name: `strict`, `relaxed`, `untyped` or `value`.
    pub fn measure(&self, name: &str) -> Option<Counts> {
        match name {
            "strict" => Some(self.strict),
            "relaxed" => Some(self.relaxed),
            "untyped" => Some(self.untyped),
            "value" => Some(self.value),
            _ => None,
        }
    }
}

/// The names of the four measures, in report order.
pub const MEASURES: [&str; 4] = ["strict", "relaxed", "untyped", "value"];

/// Scores of every scored layer, in the order asked for; layers no gold document annotates are
/// left out.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scores {
    /// Per layer.
    pub layers: Vec<LayerScores>,
}

/// Scores `pred` against `gold` on `layers`, as `score.py` does.
pub fn score(gold: &DocSet, pred: &DocSet, layers: &[&str]) -> Result<Scores, EvalError> {
    let mut scores = Scores::default();
    for (n, &layer) in layers.iter().enumerate() {
        if layers[..n].contains(&layer) {
            continue;
        }
        let mut total = DocLayerCounts::default();
        let mut docs = 0;
        for (id, g) in gold.iter() {
            if !score::annotates(g, layer).map_err(|e| gold_error(id, &e))? {
                continue;
            }
            docs += 1;
            let spans = DocLayer::new(layer, g, pred.get(id)).map_err(|e| gold_error(id, &e))?;
            total.add(&spans.counts(layer));
        }
        if docs == 0 {
            continue;
        }
        let counts = |matched| Counts {
            matched,
            pred: total.pred,
            gold: total.gold,
        };
        scores.layers.push(LayerScores {
            layer: layer.to_string(),
            docs,
            gold: total.gold,
            pred: total.pred,
            strict: counts(total.strict),
            relaxed: counts(total.relaxed),
            untyped: counts(total.untyped),
            value: counts(total.value),
            per_type: total.per_type,
        });
    }
    Ok(scores)
}

fn gold_error(id: &str, message: &str) -> EvalError {
    EvalError::new(
        EvalErrorKind::Gold,
        format!("gold document {id:?}: {message}"),
    )
}

impl Scores {
    /// The scores of one layer, if it was scored.
    pub fn layer(&self, name: &str) -> Option<&LayerScores> {
        self.layers.iter().find(|l| l.layer == name)
    }

    /// The report as `score.py --json` builds it: layer → docs, gold, pred,
    /// strict/relaxed/untyped/value → p, r, f1 (rounded to 4 decimals), per_type → p, r, f1,
    /// gold, pred. With `errors`, each layer also gets an `errors` entry.
    pub fn to_json(&self, errors: Option<&ErrorListing>) -> PyJson {
        let prf = |c: Counts| {
            let (p, r, f) = c.rounded();
            vec![
                ("p", PyJson::Float(p)),
                ("r", PyJson::Float(r)),
                ("f1", PyJson::Float(f)),
            ]
        };
        PyJson::obj(self.layers.iter().map(|l| {
            let mut row = vec![
                ("docs", PyJson::Int(l.docs as i64)),
                ("gold", PyJson::Int(l.gold as i64)),
                ("pred", PyJson::Int(l.pred as i64)),
            ];
            for m in MEASURES {
                let c = l.measure(m).unwrap_or_default();
                row.push((m, PyJson::obj(prf(c))));
            }
            let per_type = l.per_type.iter().map(|(t, &c)| {
                let mut v = prf(c);
                v.push(("gold", PyJson::Int(c.gold as i64)));
                v.push(("pred", PyJson::Int(c.pred as i64)));
                (t.clone(), PyJson::obj(v))
            });
            row.push(("per_type", PyJson::obj(per_type)));
            if let Some(layer_errors) = errors.and_then(|e| e.layer(&l.layer)) {
                row.push(("errors", layer_errors.to_json()));
            }
            (l.layer.clone(), PyJson::obj(row))
        }))
    }

    /// The table `score.py` prints (F1 of each measure per layer), with `per_type` the strict
    /// scores per type under each layer.
    pub fn to_text(&self, per_type: bool) -> String {
        let mut out = format!(
            "{:<10} {:>5} {:>6} {:>6}  {:>9} {:>10} {:>10} {:>8}\n",
            "layer", "docs", "gold", "pred", "strict F1", "relaxed F1", "untyped F1", "value F1"
        );
        for l in &self.layers {
            out.push_str(&format!(
                "{:<10} {:>5} {:>6} {:>6}  {:>9.3} {:>10.3} {:>10.3} {:>8.3}\n",
                l.layer,
                l.docs,
                l.gold,
                l.pred,
                l.strict.f1(),
                l.relaxed.f1(),
                l.untyped.f1(),
                l.value.f1()
            ));
            if per_type {
                for (t, c) in &l.per_type {
                    let (p, r, f) = c.rounded();
                    out.push_str(&format!(
                        "  {t:<12} gold {:>5} pred {:>5}  P {p:.3} R {r:.3} F1 {f:.3}\n",
                        c.gold, c.pred
                    ));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docset_last_line_wins_in_place() {
        let set = DocSet::parse(
            "{\"id\": 1, \"x\": 1}\r\n\n  \n{\"id\": \"b\"}\n{\"id\": \"1\", \"x\": 2}",
            "t",
        )
        .unwrap();
        let ids: Vec<&str> = set.iter().map(|(id, _)| id).collect();
        assert_eq!(ids, ["1", "b"]);
        assert_eq!(set.get("1").unwrap()["x"], 2);
        for bad in ["{\"x\": 1}", "[1]", "{nope"] {
            assert!(DocSet::parse(bad, "t").is_err(), "{bad}");
        }
    }

    #[test]
    fn layers_without_documents_are_left_out() {
        let gold = DocSet::parse(
            r#"{"id": "a", "annotated": ["money"], "money": [{"start": 0, "end": 2}]}"#,
            "g",
        )
        .unwrap();
        let pred = DocSet::parse(r#"{"id": "a", "money": [{"start": 0, "end": 2}]}"#, "p").unwrap();
        let s = score(&gold, &pred, &["dates", "money", "money"]).unwrap();
        assert_eq!(s.layers.len(), 1);
        assert_eq!(s.layers[0].strict.f1(), 1.0);
        assert_eq!(
            s.to_json(None).dumps(),
            concat!(
                r#"{"money": {"docs": 1, "gold": 1, "pred": 1, "strict": {"p": 1.0, "r": 1.0, "f1": 1.0}, "#,
                r#""relaxed": {"p": 1.0, "r": 1.0, "f1": 1.0}, "untyped": {"p": 1.0, "r": 1.0, "f1": 1.0}, "#,
                r#""value": {"p": 1.0, "r": 1.0, "f1": 1.0}, "#,
                r#""per_type": {"MONEY": {"p": 1.0, "r": 1.0, "f1": 1.0, "gold": 1, "pred": 1}}}}"#
            )
        );
    }

    #[test]
    fn a_gold_document_without_prediction_predicts_nothing() {
        let gold = DocSet::parse(
            "{\"id\": \"a\", \"dates\": [{\"start\": 0, \"end\": 4, \"type\": \"DATE\"}]}\n{\"id\": \"b\"}",
            "g",
        )
        .unwrap();
        let pred = DocSet::parse(
            "{\"id\": \"b\", \"dates\": [{\"start\": 0, \"end\": 4, \"type\": \"DATE\"}]}",
            "p",
        )
        .unwrap();
        let s = score(&gold, &pred, &["dates"]).unwrap();
        let d = s.layer("dates").unwrap();
        assert_eq!((d.docs, d.gold, d.pred, d.strict.matched), (2, 1, 1, 0));
        assert_eq!(pred.missing(&gold), 1);
    }
}
