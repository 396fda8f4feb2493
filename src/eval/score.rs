//! The arithmetic of the reference scorer (`eval/score.py`), rule for rule: reading spans out of
//! a JSON document, the ignore lists, one-to-one greedy matching, the value rules, P/R/F1 and
//! Python's `round`.
//!
//! Gold and prediction files may come from other tools, so everything here works on
//! [`serde_json::Value`] and coerces values the way Python does (`int("12")`, `str(None)`,
//! truthiness), so that a file scores the same here and in the script. Where the script would
//! crash (a `meta` that is not an object, an ignore entry that is not a span) this returns an
//! error; where it would skip a malformed span, so does this.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

/// One span of a layer, as the scorer sees it.
#[derive(Debug, Clone)]
pub struct Span<'a> {
    /// Code-point start (Python `int()` of the `start` field).
    pub start: i64,
    /// Code-point end, exclusive.
    pub end: i64,
    /// The type compared by typed measures: entity/date `type` upper-cased, `MONEY`, or the
    /// contract `kind` (default `id`).
    pub kind: String,
    /// The mention object itself, for value comparison and display.
    pub mention: &'a Map<String, Value>,
}

impl Span<'_> {
    /// Whether this span and `other` share at least one code point.
    pub fn overlaps(&self, start: i64, end: i64) -> bool {
        overlap(self.start, self.end, start, end) > 0
    }
}

/// Overlap length of two spans (negative or zero when they do not overlap).
pub fn overlap(a_start: i64, a_end: i64, b_start: i64, b_end: i64) -> i128 {
    i128::from(a_end.min(b_end)) - i128::from(a_start.max(b_start))
}

/// The type of a mention in `layer`, as `kind()` of the script computes it.
pub fn kind(layer: &str, mention: &Map<String, Value>) -> String {
    match layer {
        "money" => "MONEY".to_string(),
        "contracts" => match mention.get("kind") {
            Some(v) if truthy(v) => py_str(v),
            _ => "id".to_string(),
        },
        _ => match mention.get("type") {
            Some(v) if truthy(v) => py_str(v).to_uppercase(),
            _ => String::new(),
        },
    }
}

/// The spans of `layer` in a document. Mentions without a usable `start` and `end` are skipped.
pub fn spans<'a>(doc: &'a Value, layer: &str) -> Vec<Span<'a>> {
    let Some(Value::Array(mentions)) = doc.get(layer) else {
        return Vec::new();
    };
    mentions
        .iter()
        .filter_map(|m| {
            let mention = m.as_object()?;
            let start = py_int(mention.get("start")?)?;
            let end = py_int(mention.get("end")?)?;
            Some(Span {
                start,
                end,
                kind: kind(layer, mention),
                mention,
            })
        })
        .collect()
}

/// Whether a gold document annotates `layer`: a document without `annotated` (or with `null`)
/// annotates every layer; Python's `in` decides otherwise (list element, substring, key).
pub fn annotates(doc: &Value, layer: &str) -> Result<bool, String> {
    match doc.get("annotated") {
        None | Some(Value::Null) => Ok(true),
        Some(Value::Array(items)) => Ok(items.iter().any(|x| x.as_str() == Some(layer))),
        Some(Value::String(s)) => Ok(s.contains(layer)),
        Some(Value::Object(keys)) => Ok(keys.contains_key(layer)),
        Some(other) => Err(format!("`annotated` is {other}, not a list of layers")),
    }
}

/// The regions where predictions of `layer` count for nothing unless they overlap a gold span:
/// `meta.unannotated_regions` for every layer, plus `meta.entity_ignore_spans` for entities.
/// Each entry is `{"start": s, "end": e}` or `[s, e]`.
pub fn ignore_regions(doc: &Value, layer: &str) -> Result<Vec<(i64, i64)>, String> {
    let meta = match doc.get("meta") {
        Some(v) if truthy(v) => v
            .as_object()
            .ok_or_else(|| format!("`meta` is {v}, not an object"))?,
        _ => return Ok(Vec::new()),
    };
    let mut lists = vec!["unannotated_regions"];
    if layer == "entities" {
        lists.push("entity_ignore_spans");
    }
    let mut regions = Vec::new();
    for name in lists {
        let entries = match meta.get(name) {
            Some(v) if truthy(v) => v
                .as_array()
                .ok_or_else(|| format!("`meta.{name}` is {v}, not a list"))?,
            _ => continue,
        };
        for entry in entries {
            let bounds = match entry {
                Value::Object(o) => o.get("start").zip(o.get("end")),
                Value::Array(a) => a.first().zip(a.get(1)),
                _ => None,
            };
            let region = bounds.and_then(|(s, e)| Some((py_int(s)?, py_int(e)?)));
            regions.push(region.ok_or_else(|| {
                format!("`meta.{name}` holds {entry}, not {{\"start\", \"end\"}} or [start, end]")
            })?);
        }
    }
    Ok(regions)
}

/// Drops the predictions that overlap an ignore region and no gold span: names or regions the
/// gold left unmarked, where a prediction is neither right nor wrong.
pub fn drop_ignored<'a>(
    pred: Vec<Span<'a>>,
    gold: &[Span<'_>],
    regions: &[(i64, i64)],
) -> Vec<Span<'a>> {
    if regions.is_empty() {
        return pred;
    }
    pred.into_iter()
        .filter(|p| {
            !regions.iter().any(|&(s, e)| p.overlaps(s, e))
                || gold.iter().any(|g| p.overlaps(g.start, g.end))
        })
        .collect()
}

/// One-to-one matching of gold and predicted spans, as `match()` of the script: candidate pairs
/// (same type when `typed`; overlapping when `relaxed`, identical boundaries otherwise) are taken
/// greedily by largest overlap, then gold index, then prediction index. Returns index pairs
/// `(gold, pred)` in the order they were taken.
pub fn match_spans(
    gold: &[Span<'_>],
    pred: &[Span<'_>],
    typed: bool,
    relaxed: bool,
) -> Vec<(usize, usize)> {
    let mut candidates: Vec<(i128, usize, usize)> = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            if typed && g.kind != p.kind {
                continue;
            }
            if relaxed {
                let ov = overlap(g.start, g.end, p.start, p.end);
                if ov > 0 {
                    candidates.push((-ov, i, j));
                }
            } else if g.start == p.start && g.end == p.end {
                candidates.push((0, i, j));
            }
        }
    }
    candidates.sort_unstable();
    let mut gold_used = vec![false; gold.len()];
    let mut pred_used = vec![false; pred.len()];
    let mut pairs = Vec::new();
    for (_, i, j) in candidates {
        if gold_used[i] || pred_used[j] {
            continue;
        }
        gold_used[i] = true;
        pred_used[j] = true;
        pairs.push((i, j));
    }
    pairs
}

/// Whether a matched prediction's normalized value agrees with the gold's (`value_ok()`):
/// dates compare the TIMEX3 value as a string (a gold value of `null` never agrees); money
/// compares the amount within a relative 1e-6 and the currency (missing means USD), and two
/// `null` amounts agree when their currencies are equal; contracts compare identifiers upper-cased
/// with everything but letters and digits removed (the `text` stands in for a missing `value`).
/// Entities have no value: always true.
pub fn value_ok(layer: &str, gold: &Map<String, Value>, pred: &Map<String, Value>) -> bool {
    let field = |m: &Map<String, Value>, k: &str| m.get(k).cloned().unwrap_or(Value::Null);
    match layer {
        "dates" => {
            let g = field(gold, "value");
            !g.is_null() && py_str(&g) == py_str(&field(pred, "value"))
        }
        "money" => {
            let (gv, pv) = (field(gold, "value"), field(pred, "value"));
            if gv.is_null() || pv.is_null() {
                return gv.is_null()
                    && pv.is_null()
                    && py_eq(&field(gold, "currency"), &field(pred, "currency"));
            }
            let (Some(gv), Some(pv)) = (py_float(&gv), py_float(&pv)) else {
                return false;
            };
            let same = (gv - pv).abs() <= 1e-6 * gv.abs().max(1.0);
            let currency = |m: &Map<String, Value>| match m.get("currency") {
                Some(c) if truthy(c) => c.clone(),
                _ => Value::String("USD".into()),
            };
            same && py_eq(&currency(gold), &currency(pred))
        }
        "contracts" => {
            let id = |m: &Map<String, Value>| match m.get("value") {
                Some(v) if truthy(v) => norm_id(v),
                _ => m.get("text").map_or_else(String::new, norm_id),
            };
            id(gold) == id(pred)
        }
        _ => true,
    }
}

/// A contract identifier reduced to what the scorer compares: upper-cased letters and digits.
pub fn norm_id(v: &Value) -> String {
    py_str(v)
        .to_uppercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Precision, recall and F1 of `matched` pairs among `pred` predictions and `gold` gold spans,
/// with the script's float arithmetic (0 when a denominator is 0).
pub fn prf(matched: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let p = if pred > 0 {
        matched as f64 / pred as f64
    } else {
        0.0
    };
    let r = if gold > 0 {
        matched as f64 / gold as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// Python's `round(x, digits)`: the exact binary value rounded to `digits` decimals, ties to
/// even, then read back as the nearest float. Rust's `{:.N}` formatting rounds the exact value
/// the same way (a unit test holds it to that), so formatting and parsing reproduces CPython's
/// own algorithm (`dtoa` mode 3, then `strtod`).
pub fn py_round(x: f64, digits: usize) -> f64 {
    if !x.is_finite() {
        return x;
    }
    format!("{x:.digits$}").parse().unwrap_or(x)
}

/// Python's `repr(float)`: the shortest digits that read back to `x`, in positional notation when
/// the decimal exponent is in -4..16 (always with a fractional part: `1.0`), else scientific
/// with a signed, at least two-digit exponent (`1e-05`, `1.5e+16`).
pub fn py_float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    // `{:e}` gives the shortest round-trip digits: "-8.571e-1", "1e0".
    let sci = format!("{x:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let n = digits.len() as i32;
    if (-4..16).contains(&exp) {
        let point = exp + 1; // digits before the decimal point
        let body = if point <= 0 {
            format!("0.{}{digits}", "0".repeat((-point) as usize))
        } else if point >= n {
            format!("{digits}{}.0", "0".repeat((point - n) as usize))
        } else {
            let (int, frac) = digits.split_at(point as usize);
            format!("{int}.{frac}")
        };
        format!("{sign}{body}")
    } else {
        let (first, rest) = digits.split_at(1);
        let frac = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{first}{frac}e{esign}{:02}", exp.abs())
    }
}

/// Python truthiness of a JSON value.
pub fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|x| x != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// Python's `str()` of a JSON value: strings as they are, `None`, `True`, integers, float repr.
/// Lists and objects (which no scorer rule expects) become their JSON text.
pub fn py_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Number(n) => match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(i), _, _) => i.to_string(),
            (None, Some(u), _) => u.to_string(),
            (None, None, Some(f)) => py_float_repr(f),
            _ => n.to_string(),
        },
        other => other.to_string(),
    }
}

/// Python's `int()` of a JSON value: integers, floats truncated toward zero, booleans, and
/// strings holding a decimal integer (surrounding whitespace and `_` between digits allowed).
/// `None` where Python raises.
pub fn py_int(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64().or_else(|| {
            let f = n.as_f64()?;
            // Out-of-range floats would be exact big ints in Python: rare enough to skip.
            (f.is_finite() && f.abs() < 9.0e18).then(|| f.trunc() as i64)
        }),
        Value::Bool(b) => Some(i64::from(*b)),
        Value::String(s) => {
            let t = s.trim();
            let (neg, digits) = match t.as_bytes().first() {
                Some(b'-') => (true, &t[1..]),
                Some(b'+') => (false, &t[1..]),
                _ => (false, t),
            };
            let digits = without_digit_underscores(digits)?;
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let n: i64 = digits.parse().ok()?;
            Some(if neg { -n } else { n })
        }
        _ => None,
    }
}

/// Python's `float()` of a JSON value: numbers, booleans, and strings in Python float syntax.
/// `None` where Python raises.
pub fn py_float(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        Value::String(s) => {
            let t = without_digit_underscores(s.trim())?;
            // Rust accepts the same forms as Python ("1e6", ".5", "5.", "inf", "nan") but no
            // whitespace or underscores, which are gone by now.
            t.parse().ok()
        }
        _ => None,
    }
}

/// `s` without the underscores Python allows in numbers (one at a time, between digits); `None`
/// when an underscore stands anywhere else.
fn without_digit_underscores(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' {
            let before = i > 0 && bytes[i - 1].is_ascii_digit();
            let after = bytes.get(i + 1).is_some_and(|c| c.is_ascii_digit());
            if !(before && after) {
                return None;
            }
        }
    }
    Some(s.replace('_', ""))
}

/// Python's `==` on JSON values: numbers by value (`1 == 1.0`, `True == 1`), the rest
/// structurally.
pub fn py_eq(a: &Value, b: &Value) -> bool {
    let number = |v: &Value| match v {
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        Value::Number(n) => n.as_f64(),
        _ => None,
    };
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if x.is_i64() && y.is_i64() => {
            x.as_i64() == y.as_i64()
        }
        (Value::Bool(_) | Value::Number(_), Value::Bool(_) | Value::Number(_)) => {
            number(a) == number(b)
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| py_eq(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| py_eq(v, w)))
        }
        _ => a == b,
    }
}

/// Counts of one measure: `matched` pairs among `pred` predictions and `gold` gold spans.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Matched pairs (true positives).
    pub matched: usize,
    /// Predictions scored.
    pub pred: usize,
    /// Gold spans.
    pub gold: usize,
}

impl Counts {
    /// Precision, recall and F1, unrounded.
    pub fn prf(&self) -> (f64, f64, f64) {
        prf(self.matched, self.pred, self.gold)
    }

    /// Precision, recall and F1 rounded to 4 decimals, as the script reports them.
    pub fn rounded(&self) -> (f64, f64, f64) {
        let (p, r, f) = self.prf();
        (py_round(p, 4), py_round(r, 4), py_round(f, 4))
    }

    /// F1 rounded to 4 decimals.
    pub fn f1(&self) -> f64 {
        self.rounded().2
    }

    fn add(&mut self, other: Counts) {
        self.matched += other.matched;
        self.pred += other.pred;
        self.gold += other.gold;
    }
}

/// Everything one layer of one document contributes to the scores.
#[derive(Debug, Clone, Default)]
pub struct DocLayerCounts {
    /// Strict matches (boundaries and type).
    pub strict: usize,
    /// Relaxed matches (overlap and type).
    pub relaxed: usize,
    /// Untyped matches (boundaries).
    pub untyped: usize,
    /// Relaxed untyped matches whose values agree.
    pub value: usize,
    /// Gold spans.
    pub gold: usize,
    /// Predictions left after the ignore lists.
    pub pred: usize,
    /// Strict counts per type.
    pub per_type: BTreeMap<String, Counts>,
}

/// The spans of one layer of one document after the ignore lists: what every measure and the
/// error listing start from.
#[derive(Debug, Clone)]
pub struct DocLayer<'a> {
    /// Gold spans.
    pub gold: Vec<Span<'a>>,
    /// Predicted spans, those in ignore regions removed.
    pub pred: Vec<Span<'a>>,
}

impl<'a> DocLayer<'a> {
    /// The spans of `layer` in a gold document and its prediction (`None`: predicts nothing).
    pub fn new(layer: &str, gold: &'a Value, pred: Option<&'a Value>) -> Result<Self, String> {
        let gold_spans = spans(gold, layer);
        let pred_spans = pred.map(|p| spans(p, layer)).unwrap_or_default();
        let regions = ignore_regions(gold, layer)?;
        let pred_spans = drop_ignored(pred_spans, &gold_spans, &regions);
        Ok(DocLayer {
            gold: gold_spans,
            pred: pred_spans,
        })
    }

    /// The counts of every measure.
    pub fn counts(&self, layer: &str) -> DocLayerCounts {
        let (gold, pred) = (&self.gold, &self.pred);
        let value = match_spans(gold, pred, false, true)
            .into_iter()
            .filter(|&(i, j)| value_ok(layer, gold[i].mention, pred[j].mention))
            .count();
        let mut per_type: BTreeMap<String, (Vec<Span<'_>>, Vec<Span<'_>>)> = BTreeMap::new();
        for g in gold {
            per_type
                .entry(g.kind.clone())
                .or_default()
                .0
                .push(g.clone());
        }
        for p in pred {
            per_type
                .entry(p.kind.clone())
                .or_default()
                .1
                .push(p.clone());
        }
        DocLayerCounts {
            strict: match_spans(gold, pred, true, false).len(),
            relaxed: match_spans(gold, pred, true, true).len(),
            untyped: match_spans(gold, pred, false, false).len(),
            value,
            gold: gold.len(),
            pred: pred.len(),
            per_type: per_type
                .into_iter()
                .map(|(t, (g, p))| {
                    let counts = Counts {
                        matched: match_spans(&g, &p, true, false).len(),
                        pred: p.len(),
                        gold: g.len(),
                    };
                    (t, counts)
                })
                .collect(),
        }
    }
}

impl DocLayerCounts {
    /// Adds another document's counts.
    pub fn add(&mut self, other: &DocLayerCounts) {
        self.strict += other.strict;
        self.relaxed += other.relaxed;
        self.untyped += other.untyped;
        self.value += other.value;
        self.gold += other.gold;
        self.pred += other.pred;
        for (t, c) in &other.per_type {
            self.per_type.entry(t.clone()).or_default().add(*c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn round_is_pythons_half_even_on_the_exact_value() {
        // (x, round(x, 4)) as CPython computes them; the first four are exact binary ties.
        let cases = [
            (0.03125, 0.0312),
            (0.09375, 0.0938),
            (0.15625, 0.1562),
            (0.21875, 0.2188),
            (0.00005, 0.0001), // 0.00005 is slightly above the tie in binary
            (0.00015, 0.0001), // …and 0.00015 slightly below
            (6.0 / 7.0, 0.8571),
            (2.0 / 3.0, 0.6667),
            (1.0, 1.0),
            (0.0, 0.0),
        ];
        for (x, want) in cases {
            assert_eq!(py_round(x, 4), want, "round({x}, 4)");
        }
        assert_eq!(py_round(0.125, 2), 0.12);
        assert_eq!(py_round(0.375, 2), 0.38);
        assert_eq!(format!("{:.3}", 0.8125), "0.812", "`.3f` of a tie");
    }

    #[test]
    fn float_repr_is_pythons() {
        let cases = [
            (1.0, "1.0"),
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (0.8571, "0.8571"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (0.000015, "1.5e-05"),
            (100000000.0, "100000000.0"),
            (1e16, "1e+16"),
            (1.5e16, "1.5e+16"),
            (123.456, "123.456"),
            (1e15, "1000000000000000.0"),
            (0.1 + 0.2, "0.30000000000000004"),
            (-2.5, "-2.5"),
        ];
        for (x, want) in cases {
            assert_eq!(py_float_repr(x), want, "repr({x})");
        }
    }

    #[test]
    fn python_coercions() {
        assert_eq!(py_int(&json!(12)), Some(12));
        assert_eq!(py_int(&json!(12.9)), Some(12));
        assert_eq!(py_int(&json!(-12.9)), Some(-12));
        assert_eq!(py_int(&json!(" 1_2 ")), Some(12));
        assert_eq!(py_int(&json!("+7")), Some(7));
        assert_eq!(py_int(&json!(true)), Some(1));
        for bad in [
            json!("12.0"),
            json!("1__2"),
            json!("_1"),
            json!(null),
            json!([1]),
            json!(""),
        ] {
            assert_eq!(py_int(&bad), None, "{bad}");
        }
        assert_eq!(py_float(&json!("1e6")), Some(1e6));
        assert_eq!(py_float(&json!(" 1_000.5 ")), Some(1000.5));
        assert_eq!(py_float(&json!("abc")), None);
        assert_eq!(py_str(&json!(null)), "None");
        assert_eq!(py_str(&json!(2021.0)), "2021.0");
        assert_eq!(py_str(&json!(2021)), "2021");
        assert!(py_eq(&json!(1), &json!(1.0)));
        assert!(py_eq(&json!(true), &json!(1)));
        assert!(!py_eq(&json!("1"), &json!(1)));
        assert!(!truthy(&json!("")) && !truthy(&json!(0)) && !truthy(&json!([])));
        assert!(truthy(&json!("x")) && truthy(&json!(0.5)));
    }

    #[test]
    fn spans_skip_what_python_skips() {
        let d = json!({"entities": [
            {"start": 0, "end": 3, "type": "org"},
            {"start": "4", "end": 7.0, "type": null},
            {"start": 1},
            [0, 3],
            "x",
            {"start": "a", "end": 3}
        ]});
        let s = spans(&d, "entities");
        let got: Vec<(i64, i64, &str)> = s
            .iter()
            .map(|s| (s.start, s.end, s.kind.as_str()))
            .collect();
        assert_eq!(got, [(0, 3, "ORG"), (4, 7, "")]);
        let c = json!({"contracts": [
            {"start": 0, "end": 3, "kind": ""},
            {"start": 0, "end": 3, "kind": "modification"}
        ]});
        let kinds: Vec<String> = spans(&c, "contracts").into_iter().map(|s| s.kind).collect();
        assert_eq!(kinds, ["id", "modification"]);
        assert!(spans(&json!({"money": {"start": 0}}), "money").is_empty());
    }

    fn sp(start: i64, end: i64, kind: &str) -> Span<'static> {
        static EMPTY: std::sync::LazyLock<Map<String, Value>> = std::sync::LazyLock::new(Map::new);
        Span {
            start,
            end,
            kind: kind.into(),
            mention: &EMPTY,
        }
    }

    #[test]
    fn matching_is_greedy_by_overlap_then_index() {
        // Gold 0 overlaps both predictions by 3; gold 1 only the second by 2. Largest overlap
        // first, ties by gold then prediction index: (0,0) then (1,1).
        let gold = [sp(0, 10, "A"), sp(8, 12, "A")];
        let pred = [sp(2, 5, "A"), sp(7, 10, "A")];
        assert_eq!(match_spans(&gold, &pred, true, true), [(0, 0), (1, 1)]);
        // A prediction overlapping two gold spans matches one only.
        let pred = [sp(0, 12, "A")];
        assert_eq!(match_spans(&gold, &pred, true, true), [(0, 0)]);
        // Typed: a type mismatch is no candidate; untyped: it is.
        let pred = [sp(0, 10, "B")];
        assert!(match_spans(&gold, &pred, true, false).is_empty());
        assert_eq!(match_spans(&gold, &pred, false, false), [(0, 0)]);
        // Touching spans do not overlap.
        let pred = [sp(10, 11, "A")];
        assert_eq!(match_spans(&gold[..1], &pred, true, true), []);
    }

    #[test]
    fn ignore_regions_accept_objects_and_pairs() {
        let d = json!({"meta": {
            "unannotated_regions": [[0, 5]],
            "entity_ignore_spans": [{"start": 10, "end": 12, "text": "x"}]
        }});
        assert_eq!(ignore_regions(&d, "dates").unwrap(), [(0, 5)]);
        assert_eq!(ignore_regions(&d, "entities").unwrap(), [(0, 5), (10, 12)]);
        assert!(
            ignore_regions(&json!({"meta": {"unannotated_regions": ["ab"]}}), "money").is_err()
        );
        assert!(ignore_regions(&json!({"meta": 5}), "money").is_err());
        assert!(
            ignore_regions(&json!({"meta": null}), "money")
                .unwrap()
                .is_empty()
        );
        // A prediction in a region is dropped unless it overlaps a gold span.
        let gold = [sp(3, 4, "A")];
        let pred = vec![sp(0, 2, "A"), sp(2, 4, "A"), sp(6, 8, "A")];
        let kept: Vec<i64> = drop_ignored(pred, &gold, &[(0, 5)])
            .iter()
            .map(|s| s.start)
            .collect();
        assert_eq!(kept, [2, 6]);
    }

    #[test]
    fn value_rules() {
        let m = |v: Value| v.as_object().cloned().unwrap();
        let money = |g: Value, p: Value| value_ok("money", &m(g), &m(p));
        assert!(money(
            json!({"value": 1e8}),
            json!({"value": 100000050.0, "currency": "USD"})
        ));
        assert!(!money(json!({"value": 1e8}), json!({"value": 100000200.0})));
        assert!(
            money(json!({"value": 0.5}), json!({"value": 0.5000009})),
            "absolute 1e-6 below 1"
        );
        assert!(!money(
            json!({"value": 5, "currency": "EUR"}),
            json!({"value": 5})
        ));
        assert!(money(json!({"value": null, "currency": null}), json!({})));
        assert!(!money(
            json!({"value": null, "currency": null}),
            json!({"value": 5})
        ));
        assert!(!money(
            json!({"value": null}),
            json!({"value": null, "currency": "USD"})
        ));
        assert!(money(json!({"value": "5"}), json!({"value": 5.0})));
        let dates = |g: Value, p: Value| value_ok("dates", &m(g), &m(p));
        assert!(dates(
            json!({"value": "2021-01"}),
            json!({"value": "2021-01"})
        ));
        assert!(!dates(json!({"value": null}), json!({"value": null})));
        assert!(!dates(json!({"value": "2021"}), json!({"value": 2021.0})));
        assert!(dates(json!({"value": "2021"}), json!({"value": 2021})));
        let contracts = |g: Value, p: Value| value_ok("contracts", &m(g), &m(p));
        assert!(contracts(
            json!({"value": "N00019-21-C-0010"}),
            json!({"value": "n00019 21c0010"})
        ));
        assert!(contracts(
            json!({"value": "", "text": "FA8620‑19‑C‑1000"}),
            json!({"value": "FA862019C1000"})
        ));
        assert!(!contracts(json!({"value": "A1"}), json!({"value": "A2"})));
        assert!(value_ok("entities", &m(json!({})), &m(json!({}))));
    }

    #[test]
    fn annotated_follows_python_in() {
        assert!(annotates(&json!({}), "money").unwrap());
        assert!(!annotates(&json!({"annotated": ["dates"]}), "money").unwrap());
        assert!(annotates(&json!({"annotated": "money,dates"}), "money").unwrap());
        assert!(annotates(&json!({"annotated": 3}), "money").is_err());
    }
}
