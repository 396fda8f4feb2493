//! The error listing of `newsextract eval --errors N`: what an extractor got wrong, with
//! context, for the person improving it.
//!
//! False positives and false negatives are defined by the **relaxed typed** matching (overlap
//! and same type, one-to-one): a false positive is a prediction left unmatched by it, a false
//! negative a gold span left unmatched. A type confusion is therefore both. Predictions removed
//! by the ignore lists are neither. Value mismatches are the pairs of the matching the value
//! measure uses (relaxed, untyped) whose values disagree.

use serde_json::{Map, Value};

use super::json::PyJson;
use super::score::{self, DocLayer, Span};
use super::{DocSet, EvalError, EvalErrorKind};

/// Characters of context shown on either side of a span.
pub const CONTEXT_CHARS: usize = 40;

/// What kind of error an example shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorClass {
    /// A prediction no gold span matches.
    FalsePositive,
    /// A gold span no prediction matches.
    FalseNegative,
    /// A matched pair whose values disagree.
    ValueMismatch,
}

impl ErrorClass {
    /// Short label: `FP`, `FN`, `VALUE`.
    pub fn label(self) -> &'static str {
        match self {
            ErrorClass::FalsePositive => "FP",
            ErrorClass::FalseNegative => "FN",
            ErrorClass::ValueMismatch => "VALUE",
        }
    }
}

/// A mention as shown in the listing.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownMention {
    /// Code-point start.
    pub start: i64,
    /// Code-point end.
    pub end: i64,
    /// Type as scored (`ORG`, `DATE`, `MONEY`, `id`…).
    pub kind: String,
    /// The value as compared, for layers that have one (`null` when missing).
    pub value: Option<String>,
    /// The span's text.
    pub text: String,
}

/// One example error.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorExample {
    /// What went wrong.
    pub class: ErrorClass,
    /// Document id.
    pub doc: String,
    /// The prediction (false positive) or the gold span (false negative, value mismatch).
    pub mention: ShownMention,
    /// The gold span overlapping a false positive most, the prediction overlapping a false
    /// negative most, or the prediction of a value mismatch.
    pub other: Option<ShownMention>,
    /// Up to [`CONTEXT_CHARS`] characters before the span (line breaks as spaces).
    pub before: String,
    /// Up to [`CONTEXT_CHARS`] characters after the span.
    pub after: String,
}

/// The errors of one layer: totals, and the first examples in document order.
#[derive(Debug, Clone, PartialEq)]
pub struct LayerErrors {
    /// Layer name.
    pub layer: String,
    /// All false positives.
    pub false_positives: usize,
    /// All false negatives.
    pub false_negatives: usize,
    /// All value mismatches.
    pub value_mismatches: usize,
    /// Up to N of each class.
    pub examples: Vec<ErrorExample>,
}

/// Errors of every layer scored.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorListing {
    /// Per layer, in the order asked for.
    pub layers: Vec<LayerErrors>,
}

/// Lists up to `limit` false positives, false negatives and value mismatches per layer.
pub fn list_errors(
    gold: &DocSet,
    pred: &DocSet,
    layers: &[&str],
    limit: usize,
) -> Result<ErrorListing, EvalError> {
    let mut listing = ErrorListing::default();
    for (n, &layer) in layers.iter().enumerate() {
        if layers[..n].contains(&layer) {
            continue;
        }
        let mut errors = LayerErrors {
            layer: layer.to_string(),
            false_positives: 0,
            false_negatives: 0,
            value_mismatches: 0,
            examples: Vec::new(),
        };
        let mut docs = 0;
        let mut shown = [0usize; 3];
        for (id, g) in gold.iter() {
            let bad = |e: String| {
                EvalError::new(EvalErrorKind::Gold, format!("gold document {id:?}: {e}"))
            };
            if !score::annotates(g, layer).map_err(bad)? {
                continue;
            }
            docs += 1;
            let p = pred.get(id);
            let spans = DocLayer::new(layer, g, p).map_err(bad)?;
            let text = TextView::new(g, p);
            let mut found = doc_errors(layer, &spans);
            found.sort_by_key(|(class, m, _)| (m.start, m.end, class.label()));
            for (class, m, other) in found {
                let slot = match class {
                    ErrorClass::FalsePositive => {
                        errors.false_positives += 1;
                        0
                    }
                    ErrorClass::FalseNegative => {
                        errors.false_negatives += 1;
                        1
                    }
                    ErrorClass::ValueMismatch => {
                        errors.value_mismatches += 1;
                        2
                    }
                };
                if shown[slot] >= limit {
                    continue;
                }
                shown[slot] += 1;
                let (before, span_text, after) = text.context(m.start, m.end, m.mention);
                errors.examples.push(ErrorExample {
                    class,
                    doc: id.to_string(),
                    mention: shown_mention(layer, &m, span_text),
                    other: other.map(|o| {
                        let (_, t, _) = text.context(o.start, o.end, o.mention);
                        shown_mention(layer, o, t)
                    }),
                    before,
                    after,
                });
            }
        }
        if docs > 0 {
            // False positives first, then false negatives, then value mismatches; each class in
            // document order.
            errors.examples.sort_by_key(|x| x.class as u8);
            listing.layers.push(errors);
        }
    }
    Ok(listing)
}

/// The errors in one document: (class, the span shown, the related span).
fn doc_errors<'s, 'a>(
    layer: &str,
    spans: &'s DocLayer<'a>,
) -> Vec<(ErrorClass, Span<'a>, Option<&'s Span<'a>>)> {
    let (gold, pred) = (&spans.gold, &spans.pred);
    let mut gold_matched = vec![false; gold.len()];
    let mut pred_matched = vec![false; pred.len()];
    for (i, j) in score::match_spans(gold, pred, true, true) {
        gold_matched[i] = true;
        pred_matched[j] = true;
    }
    let most_overlapping = |s: &Span<'_>, among: &'s [Span<'a>]| {
        among
            .iter()
            .filter(|o| s.overlaps(o.start, o.end))
            .max_by_key(|o| {
                (
                    score::overlap(s.start, s.end, o.start, o.end),
                    std::cmp::Reverse(o.start),
                )
            })
    };
    let mut out = Vec::new();
    for (p, _) in pred.iter().zip(&pred_matched).filter(|(_, m)| !**m) {
        out.push((
            ErrorClass::FalsePositive,
            p.clone(),
            most_overlapping(p, gold),
        ));
    }
    for (g, _) in gold.iter().zip(&gold_matched).filter(|(_, m)| !**m) {
        out.push((
            ErrorClass::FalseNegative,
            g.clone(),
            most_overlapping(g, pred),
        ));
    }
    for (i, j) in score::match_spans(gold, pred, false, true) {
        if !score::value_ok(layer, gold[i].mention, pred[j].mention) {
            out.push((ErrorClass::ValueMismatch, gold[i].clone(), Some(&pred[j])));
        }
    }
    out
}

fn shown_mention(layer: &str, s: &Span<'_>, text: String) -> ShownMention {
    ShownMention {
        start: s.start,
        end: s.end,
        kind: s.kind.clone(),
        value: shown_value(layer, s.mention),
        text,
    }
}

/// The value a layer compares, as text: the TIMEX3 value, amount and currency, identifier.
fn shown_value(layer: &str, m: &Map<String, Value>) -> Option<String> {
    let field = |k: &str| match m.get(k) {
        None | Some(Value::Null) => "null".to_string(),
        Some(v) => score::py_str(v),
    };
    match layer {
        "dates" => Some(field("value")),
        "money" => Some(format!("{} {}", field("value"), field("currency"))),
        "contracts" => Some(match m.get("value") {
            Some(v) if score::truthy(v) => score::py_str(v),
            _ => field("text"),
        }),
        _ => None,
    }
}

/// The document text as code points, for spans and context.
struct TextView {
    chars: Vec<char>,
}

impl TextView {
    /// The gold document's text, else the prediction's.
    fn new(gold: &Value, pred: Option<&Value>) -> TextView {
        let text = gold
            .get("text")
            .and_then(Value::as_str)
            .or_else(|| pred.and_then(|p| p.get("text")).and_then(Value::as_str))
            .unwrap_or("");
        TextView {
            chars: text.chars().collect(),
        }
    }

    /// (before, span, after) of `start..end`; the mention's own `text` when the offsets fall
    /// outside the text.
    fn context(&self, start: i64, end: i64, m: &Map<String, Value>) -> (String, String, String) {
        let n = self.chars.len();
        let inside = |x: i64| usize::try_from(x).ok().filter(|&x| x <= n);
        let (Some(s), Some(e)) = (inside(start), inside(end)) else {
            let own = m
                .get("text")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            return (String::new(), one_line(&own), String::new());
        };
        let e = e.max(s);
        let before = &self.chars[s.saturating_sub(CONTEXT_CHARS)..s];
        let after = &self.chars[e..(e + CONTEXT_CHARS).min(n)];
        (
            one_line(&before.iter().collect::<String>()),
            one_line(&self.chars[s..e].iter().collect::<String>()),
            one_line(&after.iter().collect::<String>()),
        )
    }
}

/// Line breaks and tabs as spaces, so that an example stays on one line.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect()
}

impl ErrorListing {
    /// The errors of one layer.
    pub fn layer(&self, name: &str) -> Option<&LayerErrors> {
        self.layers.iter().find(|l| l.layer == name)
    }

    /// The listing for a person: per layer, the totals, then each example on two lines (what,
    /// then its context with the span in `[[…]]`).
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for l in &self.layers {
            out.push_str(&format!(
                "{}: {} false positives, {} false negatives (relaxed typed matching), {} value mismatches\n",
                l.layer, l.false_positives, l.false_negatives, l.value_mismatches
            ));
            for x in &l.examples {
                let m = &x.mention;
                let mut line = format!(
                    "  {:<5} {} @{}-{} {} {:?}",
                    x.class.label(),
                    x.doc,
                    m.start,
                    m.end,
                    m.kind,
                    m.text
                );
                match (x.class, &x.other) {
                    (ErrorClass::ValueMismatch, Some(o)) => line.push_str(&format!(
                        ": gold {}, predicted {} ({:?})",
                        m.value.as_deref().unwrap_or("-"),
                        o.value.as_deref().unwrap_or("-"),
                        o.text
                    )),
                    (_, other) => {
                        if let Some(v) = &m.value {
                            line.push_str(&format!(" = {v}"));
                        }
                        if let Some(o) = other {
                            let whose = match x.class {
                                ErrorClass::FalsePositive => "gold",
                                _ => "predicted",
                            };
                            line.push_str(&format!(
                                "  (overlaps {whose} {} {:?} @{}-{})",
                                o.kind, o.text, o.start, o.end
                            ));
                        }
                    }
                }
                out.push_str(&line);
                out.push('\n');
                out.push_str(&format!(
                    "        …{}[[{}]]{}…\n",
                    x.before, m.text, x.after
                ));
            }
        }
        out
    }
}

impl LayerErrors {
    /// As JSON: totals and examples.
    pub fn to_json(&self) -> PyJson {
        let mention = |m: &ShownMention| {
            PyJson::obj([
                ("start", PyJson::Int(m.start)),
                ("end", PyJson::Int(m.end)),
                ("type", PyJson::Str(m.kind.clone())),
                ("value", m.value.clone().map_or(PyJson::Null, PyJson::Str)),
                ("text", PyJson::Str(m.text.clone())),
            ])
        };
        let examples = self.examples.iter().map(|x| {
            PyJson::obj([
                ("class", PyJson::Str(x.class.label().to_string())),
                ("doc", PyJson::Str(x.doc.clone())),
                ("mention", mention(&x.mention)),
                ("other", x.other.as_ref().map_or(PyJson::Null, mention)),
                ("before", PyJson::Str(x.before.clone())),
                ("after", PyJson::Str(x.after.clone())),
            ])
        });
        PyJson::obj([
            ("false_positives", PyJson::Int(self.false_positives as i64)),
            ("false_negatives", PyJson::Int(self.false_negatives as i64)),
            (
                "value_mismatches",
                PyJson::Int(self.value_mismatches as i64),
            ),
            ("examples", PyJson::Arr(examples.collect())),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_false_positives_negatives_and_value_mismatches() {
        let text = "Apple paid $5 million to IBM on 3 May 2020 in Paris.";
        let gold = DocSet::parse(
            &serde_json::json!({
                "id": "d", "text": text,
                "entities": [
                    {"start": 0, "end": 5, "type": "ORG"},
                    {"start": 25, "end": 28, "type": "ORG"},
                    {"start": 46, "end": 51, "type": "LOC"}
                ],
                "money": [{"start": 11, "end": 21, "value": 5e6, "currency": "USD"}]
            })
            .to_string(),
            "g",
        )
        .unwrap();
        let pred = DocSet::parse(
            &serde_json::json!({
                "id": "d",
                "entities": [
                    {"start": 0, "end": 5, "type": "ORG"},
                    {"start": 25, "end": 28, "type": "PERSON"},
                    {"start": 34, "end": 37, "type": "MISC"}
                ],
                "money": [{"start": 10, "end": 21, "value": 5e9}]
            })
            .to_string(),
            "p",
        )
        .unwrap();
        let listing = list_errors(&gold, &pred, &["entities", "money"], 10).unwrap();
        let e = listing.layer("entities").unwrap();
        assert_eq!(
            (e.false_positives, e.false_negatives, e.value_mismatches),
            (2, 2, 0)
        );
        let shown: Vec<(&str, &str)> = e
            .examples
            .iter()
            .map(|x| (x.class.label(), x.mention.text.as_str()))
            .collect();
        assert_eq!(
            shown,
            [("FP", "IBM"), ("FP", "May"), ("FN", "IBM"), ("FN", "Paris")]
        );
        let confusion = &e.examples[0];
        assert_eq!(confusion.other.as_ref().unwrap().kind, "ORG");
        assert_eq!(confusion.before, "Apple paid $5 million to ");
        assert_eq!(confusion.after, " on 3 May 2020 in Paris.");
        let m = listing.layer("money").unwrap();
        assert_eq!(
            (m.false_positives, m.false_negatives, m.value_mismatches),
            (0, 0, 1)
        );
        let vm = &m.examples[0];
        assert_eq!(vm.mention.value.as_deref(), Some("5000000.0 USD"));
        assert_eq!(
            vm.other.as_ref().unwrap().value.as_deref(),
            Some("5000000000.0 null")
        );
        let text = listing.to_text();
        assert!(
            text.contains("FP    d @25-28 PERSON \"IBM\"  (overlaps gold ORG \"IBM\" @25-28)"),
            "{text}"
        );
        assert!(
            text.contains("…Apple paid $5 million to [[IBM]] on 3 May 2020 in Paris.…"),
            "{text}"
        );
        // A limit of 1 shows one of each class, totals unchanged.
        let one = list_errors(&gold, &pred, &["entities"], 1).unwrap();
        assert_eq!(one.layers[0].examples.len(), 2);
        assert_eq!(one.layers[0].false_positives, 2);
    }
}
