//! Scoring contract events against gold, field by field.
//!
//! Gold is a JSONL file in the format of `eval/gold/EVENTS_GOLD.md`: one article per line with
//! `id`, `text`, `dct` and `events`, each event giving its stage, an anchor span (the words that
//! report it) and its fields as spans with values. Predictions are records
//! ([`Record::contract_events`], whose fields point into the record's layers by index).
//!
//! **Matching.** Within an article, a predicted event and a gold event are candidates when they
//! share evidence: the predicted sentence contains the gold anchor (3 points), each shared
//! identifier (2 points), each gold vendor, amount or identifier span that overlaps a predicted
//! vendor, amount or identifier span or the predicted sentence (1 point). Pairs are taken
//! one-to-one, best score first (ties: earlier gold, then earlier prediction).
//!
//! **Fields.** Accuracy is over gold events: an unmatched gold event is wrong in every field.
//! - `stage`: equal.
//! - `agency`: both absent, or the names match (see [`names_match`]; gold may list aliases).
//! - `vendors`: the same set of names (one-to-one name matches, nothing left over).
//! - `amount`: the headline amount: the amounts of the highest-ranking role present (value,
//!   ceiling, potential, cumulative, minimum, obligated) have the same role and the same values
//!   (relative 1e-6; a vague amount's null equals null).
//! - `amounts`: every (value, role) pair equal as a set.
//! - `ids`: the same identifiers (letters and digits compared, hyphens and spaces ignored).
//! - `contract_type`: the same set of tags.
//! - `dates`: the same (value, role) pairs; a predicted value matches when it equals the gold
//!   value or extends it (`2021-09-27T15:00` for `2021-09-27`); a gold date without a value
//!   matches by overlapping span.
//! - `period`: both absent, or ISO durations of the same length ("P22M" = "P1Y10M"; by
//!   overlapping span when gold has no value).
//! - `place`, `purpose`: both absent, or word-token F1 ≥ 0.5 between the texts.
//!
//! Event-level precision/recall/F1 count matched pairs against all predicted and gold events.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use rayon::prelude::*;
use serde::Deserialize;

use crate::input::Article;
use crate::pipeline::Pipeline;
use crate::record::{ContractEvent, Output, Record};

/// A span of gold text.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldSpan {
    /// Code-point start.
    pub start: usize,
    /// Code-point end.
    pub end: usize,
    /// The text.
    pub text: String,
}

/// The gold agency: a span plus other acceptable names.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldAgency {
    /// Code-point start.
    pub start: usize,
    /// Code-point end.
    pub end: usize,
    /// The name as written at the span.
    pub text: String,
    /// Other names of the same buyer that count as right (acronyms, parent or office names).
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A gold amount.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldAmount {
    /// Code-point start.
    pub start: usize,
    /// Code-point end.
    pub end: usize,
    /// The amount as written.
    pub text: String,
    /// The value; `null` for a vague amount ("multimillion-dollar").
    pub value: Option<f64>,
    /// The role.
    pub role: String,
}

/// A gold date.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDate {
    /// Code-point start.
    pub start: usize,
    /// Code-point end.
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// TIMEX3 value, or `null` when it has none (an impossible date).
    pub value: Option<String>,
    /// The role.
    pub role: String,
}

/// A gold period.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldPeriod {
    /// Code-point start.
    pub start: usize,
    /// Code-point end.
    pub end: usize,
    /// The phrase.
    pub text: String,
    /// ISO 8601 total, if the phrase tells it.
    pub value: Option<String>,
}

/// One gold event.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEvent {
    /// The stage.
    pub stage: String,
    /// The words that report the event.
    pub anchor: GoldSpan,
    /// The buyer.
    pub agency: Option<GoldAgency>,
    /// The vendors.
    #[serde(default)]
    pub vendors: Vec<GoldSpan>,
    /// The amounts.
    #[serde(default)]
    pub amounts: Vec<GoldAmount>,
    /// The identifiers.
    #[serde(default)]
    pub ids: Vec<GoldSpan>,
    /// Contract-type tags.
    #[serde(default)]
    pub contract_type: Vec<String>,
    /// The dates.
    #[serde(default)]
    pub dates: Vec<GoldDate>,
    /// The period.
    pub period: Option<GoldPeriod>,
    /// The place of performance.
    pub place_of_performance: Option<GoldSpan>,
    /// The purpose.
    pub purpose: Option<GoldSpan>,
}

/// One gold article.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    /// Article id.
    pub id: String,
    /// The text the offsets refer to.
    pub text: String,
    /// Publication date.
    pub dct: Option<String>,
    /// Its events (possibly none).
    #[serde(default)]
    pub events: Vec<GoldEvent>,
}

/// Reads event gold from JSONL text.
pub fn parse_gold(jsonl: &str) -> Result<Vec<GoldArticle>, String> {
    jsonl
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).map_err(|e| format!("line {}: {e}", i + 1)))
        .collect()
}

/// Reads event gold from a file.
pub fn load_gold(path: &Path) -> Result<Vec<GoldArticle>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse_gold(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Runs `pipeline` on the gold articles (their id, text and `dct`), in parallel, in gold order.
/// An article the pipeline fails on has no record (all its events count as missed).
pub fn predict(pipeline: &Pipeline, gold: &[GoldArticle]) -> Vec<Record> {
    gold.par_iter()
        .filter_map(|g| {
            let mut article = Article::from_text(g.id.clone(), g.text.clone());
            article.dct = g.dct.clone();
            match pipeline.process(article) {
                Output::Record(r) => Some(*r),
                Output::Error(_) => None,
            }
        })
        .collect()
}

/// Reads records (the JSONL `newsextract extract` writes) as predictions; error records and
/// other lines are skipped.
pub fn parse_records(jsonl: &str) -> Vec<Record> {
    jsonl
        .lines()
        .filter_map(|l| serde_json::from_str::<Record>(l).ok())
        .collect()
}

/// The fields scored, in report order.
pub const FIELDS: &[&str] = &[
    "stage",
    "agency",
    "vendors",
    "amount",
    "amounts",
    "ids",
    "contract_type",
    "dates",
    "period",
    "place",
    "purpose",
];

/// Scores of a run.
#[derive(Debug, Clone, Default)]
pub struct EventScores {
    /// Gold events.
    pub gold: usize,
    /// Predicted events.
    pub predicted: usize,
    /// Matched pairs.
    pub matched: usize,
    /// Correct matched events per field (same order as [`FIELDS`]).
    pub correct: Vec<usize>,
    /// One line per wrong field or unmatched event, for reading errors.
    pub mismatches: Vec<String>,
}

impl EventScores {
    /// Accuracy of `field` over gold events (1.0 when there is no gold event).
    pub fn accuracy(&self, field: &str) -> f64 {
        let Some(i) = FIELDS.iter().position(|f| *f == field) else {
            return 0.0;
        };
        if self.gold == 0 {
            return 1.0;
        }
        self.correct.get(i).copied().unwrap_or(0) as f64 / self.gold as f64
    }

    /// Event-level (precision, recall, F1).
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = if self.predicted == 0 {
            0.0
        } else {
            self.matched as f64 / self.predicted as f64
        };
        let r = if self.gold == 0 {
            0.0
        } else {
            self.matched as f64 / self.gold as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }

    /// The scores as JSON: event counts and P/R/F1, and each field's correct count and accuracy.
    pub fn to_json(&self) -> serde_json::Value {
        let (p, r, f) = self.prf();
        let fields: serde_json::Map<String, serde_json::Value> = FIELDS
            .iter()
            .enumerate()
            .map(|(i, name)| {
                (
                    (*name).to_string(),
                    serde_json::json!({
                        "correct": self.correct.get(i).copied().unwrap_or(0),
                        "accuracy": (self.accuracy(name) * 10_000.0).round() / 10_000.0,
                    }),
                )
            })
            .collect();
        serde_json::json!({
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "p": (p * 10_000.0).round() / 10_000.0,
            "r": (r * 10_000.0).round() / 10_000.0,
            "f1": (f * 10_000.0).round() / 10_000.0,
            "fields": fields,
        })
    }

    /// A plain-text table of the scores.
    pub fn report(&self) -> String {
        let (p, r, f) = self.prf();
        let mut out = format!(
            "events      gold {:3}  pred {:3}  matched {:3}  P {:.3}  R {:.3}  F1 {:.3}\n",
            self.gold, self.predicted, self.matched, p, r, f
        );
        for (i, field) in FIELDS.iter().enumerate() {
            let _ = writeln!(
                out,
                "  {field:<14} {:3}/{:<3} accuracy {:.3}",
                self.correct.get(i).copied().unwrap_or(0),
                self.gold,
                self.accuracy(field)
            );
        }
        out
    }
}

/// Scores `predicted` records (matched to gold articles by id) against `gold`.
pub fn score(gold: &[GoldArticle], predicted: &[Record]) -> EventScores {
    let by_id: HashMap<&str, &Record> = predicted.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut scores = EventScores {
        correct: vec![0; FIELDS.len()],
        ..EventScores::default()
    };
    for article in gold {
        let record = by_id.get(article.id.as_str()).copied();
        let events: &[ContractEvent] = record.map_or(&[], |r| r.contract_events.as_slice());
        scores.gold += article.events.len();
        scores.predicted += events.len();
        let pairs = match_events(&article.events, events, record);
        let mut matched_gold = vec![false; article.events.len()];
        let mut matched_pred = vec![false; events.len()];
        for (g, p) in pairs {
            matched_gold[g] = true;
            matched_pred[p] = true;
            scores.matched += 1;
            let Some(record) = record else {
                continue;
            };
            let verdicts = judge(&article.events[g], &events[p], record);
            for (i, (ok, detail)) in verdicts.into_iter().enumerate() {
                if ok {
                    scores.correct[i] += 1;
                } else {
                    scores.mismatches.push(format!(
                        "{} event {}: {} {detail}",
                        article.id, g, FIELDS[i]
                    ));
                }
            }
        }
        for (g, m) in matched_gold.iter().enumerate() {
            if !m {
                scores.mismatches.push(format!(
                    "{} event {}: MISSED {} {:?}",
                    article.id, g, article.events[g].stage, article.events[g].anchor.text
                ));
            }
        }
        for (p, m) in matched_pred.iter().enumerate() {
            if !m {
                let e = &events[p];
                let sentence: String = article
                    .text
                    .chars()
                    .skip(e.sentence.start)
                    .take(e.sentence.end.saturating_sub(e.sentence.start).min(90))
                    .collect();
                scores.mismatches.push(format!(
                    "{} EXTRA {} event in {sentence:?}",
                    article.id, e.stage
                ));
            }
        }
    }
    scores
}

/// Whether two ISO 8601 durations name the same length: "P22M" and "P1Y10M" do (years and
/// months compared as months, weeks and days as days), "P1M" and "P30D" do not. Strings that
/// are not of the form `PnYnMnWnD` are compared as written.
fn same_duration(a: &str, b: &str) -> bool {
    match (duration_parts(a), duration_parts(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

/// (months, days) of a `PnYnMnWnD` duration (any part may be missing, at least one present).
fn duration_parts(s: &str) -> Option<(u64, u64)> {
    let rest = s.strip_prefix('P')?;
    if rest.is_empty() {
        return None;
    }
    let (mut months, mut days) = (0u64, 0u64);
    let mut number: Option<u64> = None;
    for c in rest.chars() {
        if let Some(d) = c.to_digit(10) {
            number = Some(
                number
                    .unwrap_or(0)
                    .checked_mul(10)?
                    .checked_add(u64::from(d))?,
            );
            continue;
        }
        let n = number.take()?;
        match c {
            'Y' => months = months.checked_add(n.checked_mul(12)?)?,
            'M' => months = months.checked_add(n)?,
            'W' => days = days.checked_add(n.checked_mul(7)?)?,
            'D' => days = days.checked_add(n)?,
            _ => return None,
        }
    }
    if number.is_some() {
        return None;
    }
    Some((months, days))
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// One-to-one matching of gold and predicted events of an article (see the module docs).
fn match_events(
    gold: &[GoldEvent],
    pred: &[ContractEvent],
    record: Option<&Record>,
) -> Vec<(usize, usize)> {
    let Some(record) = record else {
        return Vec::new();
    };
    let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        let gold_ids: Vec<String> = g.ids.iter().map(|i| compact(&i.text)).collect();
        let gold_spans: Vec<(usize, usize)> = g
            .vendors
            .iter()
            .map(|v| (v.start, v.end))
            .chain(g.amounts.iter().map(|a| (a.start, a.end)))
            .chain(g.ids.iter().map(|i| (i.start, i.end)))
            .collect();
        for (pi, p) in pred.iter().enumerate() {
            let sentence = (p.sentence.start, p.sentence.end);
            let mut pred_spans: Vec<(usize, usize)> = vec![sentence];
            pred_spans.extend(p.vendors.iter().map(|v| (v.start, v.end)));
            pred_spans.extend(
                p.amounts
                    .iter()
                    .filter_map(|a| record.money.get(a.money))
                    .map(|m| (m.start, m.end)),
            );
            pred_spans.extend(
                p.ids
                    .iter()
                    .filter_map(|&i| record.contracts.get(i))
                    .map(|c| (c.start, c.end)),
            );
            let mut score = 0;
            if sentence.0 <= g.anchor.start && g.anchor.end <= sentence.1 {
                score += 3;
            }
            for id in p.ids.iter().filter_map(|&i| record.contracts.get(i)) {
                if gold_ids.contains(&compact(&id.value)) {
                    score += 2;
                }
            }
            score += gold_spans
                .iter()
                .filter(|gs| pred_spans.iter().any(|ps| overlaps(**gs, *ps)))
                .count();
            if score > 0 {
                candidates.push((score, gi, pi));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut used_g = vec![false; gold.len()];
    let mut used_p = vec![false; pred.len()];
    let mut pairs = Vec::new();
    for (_, g, p) in candidates {
        if !used_g[g] && !used_p[p] {
            used_g[g] = true;
            used_p[p] = true;
            pairs.push((g, p));
        }
    }
    pairs.sort_unstable();
    pairs
}

/// Verdicts (correct, detail) for each field of a matched pair, in [`FIELDS`] order.
fn judge(g: &GoldEvent, p: &ContractEvent, r: &Record) -> Vec<(bool, String)> {
    let mut out = Vec::with_capacity(FIELDS.len());
    out.push((
        g.stage == p.stage,
        format!("gold {} pred {}", g.stage, p.stage),
    ));
    // Agency.
    let pred_agency = p.agency.as_ref().map(|a| a.text.as_str());
    let agency_ok = match (&g.agency, pred_agency) {
        (None, None) => true,
        (Some(ga), Some(pa)) => std::iter::once(ga.text.as_str())
            .chain(ga.aliases.iter().map(String::as_str))
            .any(|n| names_match(n, pa)),
        _ => false,
    };
    out.push((
        agency_ok,
        format!(
            "gold {:?} pred {:?}",
            g.agency.as_ref().map(|a| &a.text),
            pred_agency
        ),
    ));
    // Vendors.
    let gold_vendors: Vec<&str> = g.vendors.iter().map(|v| v.text.as_str()).collect();
    let pred_vendors: Vec<&str> = p.vendors.iter().map(|v| v.text.as_str()).collect();
    out.push((
        same_names(&gold_vendors, &pred_vendors),
        format!("gold {gold_vendors:?} pred {pred_vendors:?}"),
    ));
    // Amounts.
    let gold_amounts: Vec<(Option<f64>, &str)> = g
        .amounts
        .iter()
        .map(|a| (a.value, a.role.as_str()))
        .collect();
    let pred_amounts: Vec<(Option<f64>, &str)> = p
        .amounts
        .iter()
        .filter_map(|a| r.money.get(a.money).map(|m| (m.value, a.role.as_str())))
        .collect();
    let gh = headline(&gold_amounts);
    let ph = headline(&pred_amounts);
    out.push((same_amounts(&gh, &ph), format!("gold {gh:?} pred {ph:?}")));
    out.push((
        same_amounts(&gold_amounts, &pred_amounts),
        format!("gold {gold_amounts:?} pred {pred_amounts:?}"),
    ));
    // Identifiers.
    let mut gold_ids: Vec<String> = g.ids.iter().map(|i| compact(&i.text)).collect();
    let mut pred_ids: Vec<String> = p
        .ids
        .iter()
        .filter_map(|&i| r.contracts.get(i))
        .map(|c| compact(&c.value))
        .collect();
    gold_ids.sort();
    gold_ids.dedup();
    pred_ids.sort();
    pred_ids.dedup();
    out.push((
        gold_ids == pred_ids,
        format!("gold {gold_ids:?} pred {pred_ids:?}"),
    ));
    // Contract types.
    let mut gt: Vec<&str> = g.contract_type.iter().map(String::as_str).collect();
    let mut pt: Vec<&str> = p.contract_type.iter().map(String::as_str).collect();
    gt.sort_unstable();
    pt.sort_unstable();
    out.push((gt == pt, format!("gold {gt:?} pred {pt:?}")));
    // Dates.
    let pred_dates: Vec<(Option<&str>, &str, (usize, usize))> = p
        .dates
        .iter()
        .filter_map(|d| {
            r.dates
                .get(d.date)
                .map(|m| (m.value.as_deref(), d.role.as_str(), (m.start, m.end)))
        })
        .collect();
    let dates_ok = pred_dates.len() == g.dates.len()
        && g.dates.iter().all(|gd| {
            pred_dates.iter().any(|(v, role, span)| {
                *role == gd.role
                    && match (&gd.value, v) {
                        (Some(gv), Some(pv)) => pv == gv || pv.starts_with(&format!("{gv}T")),
                        (None, _) => overlaps((gd.start, gd.end), *span),
                        _ => false,
                    }
            })
        });
    let gold_dates: Vec<(Option<&str>, &str)> = g
        .dates
        .iter()
        .map(|d| (d.value.as_deref(), d.role.as_str()))
        .collect();
    let pd: Vec<(Option<&str>, &str)> = pred_dates.iter().map(|(v, r, _)| (*v, *r)).collect();
    out.push((dates_ok, format!("gold {gold_dates:?} pred {pd:?}")));
    // Period.
    let period_ok = match (&g.period, &p.period) {
        (None, None) => true,
        (Some(gp), Some(pp)) => match &gp.value {
            Some(v) => pp.value.as_deref().is_some_and(|pv| same_duration(v, pv)),
            None => overlaps((gp.start, gp.end), (pp.start, pp.end)),
        },
        _ => false,
    };
    out.push((
        period_ok,
        format!(
            "gold {:?} pred {:?}",
            g.period.as_ref().map(|x| (&x.text, &x.value)),
            p.period.as_ref().map(|x| (&x.text, &x.value))
        ),
    ));
    // Place and purpose.
    for (gold_text, pred_text) in [
        (
            g.place_of_performance.as_ref().map(|x| x.text.as_str()),
            p.place_of_performance.as_ref().map(|x| x.text.as_str()),
        ),
        (
            g.purpose.as_ref().map(|x| x.text.as_str()),
            p.purpose.as_ref().map(|x| x.text.as_str()),
        ),
    ] {
        let ok = match (gold_text, pred_text) {
            (None, None) => true,
            (Some(a), Some(b)) => token_f1(a, b) >= 0.5,
            _ => false,
        };
        out.push((ok, format!("gold {gold_text:?} pred {pred_text:?}")));
    }
    out
}

/// Role ranks for the headline amount.
const HEADLINE_ROLES: &[&str] = &[
    "value",
    "ceiling",
    "potential",
    "cumulative",
    "minimum",
    "obligated",
];

/// The amounts of the highest-ranking role present.
fn headline<'a>(amounts: &[(Option<f64>, &'a str)]) -> Vec<(Option<f64>, &'a str)> {
    HEADLINE_ROLES
        .iter()
        .find_map(|role| {
            let v: Vec<(Option<f64>, &'a str)> =
                amounts.iter().copied().filter(|(_, r)| r == role).collect();
            (!v.is_empty()).then_some(v)
        })
        .unwrap_or_default()
}

/// Equal as multisets of (value, role), values within a relative 1e-6.
fn same_amounts(a: &[(Option<f64>, &str)], b: &[(Option<f64>, &str)]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut used = vec![false; b.len()];
    a.iter().all(|(va, ra)| {
        let hit = b.iter().enumerate().position(|(j, (vb, rb))| {
            !used[j]
                && ra == rb
                && match (va, vb) {
                    (Some(x), Some(y)) => (x - y).abs() <= 1e-6 * x.abs().max(1.0),
                    (None, None) => true,
                    _ => false,
                }
        });
        if let Some(j) = hit {
            used[j] = true;
            true
        } else {
            false
        }
    })
}

/// Letters and digits of an identifier, upper-cased.
fn compact(id: &str) -> String {
    id.chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_uppercase()
}

/// Legal suffixes ignored when comparing names.
const SUFFIXES: &[&str] = &[
    "inc",
    "corp",
    "co",
    "llc",
    "llp",
    "ltd",
    "lp",
    "plc",
    "corporation",
    "company",
    "incorporated",
    "the",
];

/// The words of a name: lower-cased, letters and digits only, "the", "U.S." and legal
/// suffixes dropped.
fn name_words(name: &str) -> Vec<String> {
    let lower = name.to_lowercase().replace("u.s.", " ");
    lower
        .split(|c: char| !c.is_alphanumeric() && c != '&')
        .filter(|w| !w.is_empty() && !SUFFIXES.contains(w))
        .map(str::to_string)
        .collect()
}

/// Whether two names name the same party: equal words (legal suffixes, "the" and "U.S."
/// aside), one a run of the other's words with at least two words, or one the other's acronym.
pub fn names_match(a: &str, b: &str) -> bool {
    let x = name_words(a);
    let y = name_words(b);
    if x.is_empty() || y.is_empty() {
        return false;
    }
    if x == y {
        return true;
    }
    let (short, long) = if x.len() <= y.len() {
        (&x, &y)
    } else {
        (&y, &x)
    };
    if short.len() >= 2 && long.windows(short.len()).any(|w| w == short.as_slice()) {
        return true;
    }
    let initials: String = long
        .iter()
        .filter(|w| !["of", "and", "for", "&"].contains(&w.as_str()))
        .filter_map(|w| w.chars().next())
        .collect();
    short.len() == 1 && short[0] == initials
}

/// Whether two lists name the same parties (one-to-one, nothing left over).
fn same_names(gold: &[&str], pred: &[&str]) -> bool {
    if gold.len() != pred.len() {
        return false;
    }
    let mut used = vec![false; pred.len()];
    gold.iter().all(|g| {
        let hit = pred
            .iter()
            .enumerate()
            .position(|(j, p)| !used[j] && names_match(g, p));
        if let Some(j) = hit {
            used[j] = true;
            true
        } else {
            false
        }
    })
}

/// F1 of the word tokens of two texts (multisets, lower-cased).
pub fn token_f1(a: &str, b: &str) -> f64 {
    let tokens = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let ta = tokens(a);
    let mut tb = tokens(b);
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let (na, nb) = (ta.len(), tb.len());
    let mut common = 0;
    for t in &ta {
        if let Some(i) = tb.iter().position(|x| x == t) {
            tb.swap_remove(i);
            common += 1;
        }
    }
    if common == 0 {
        return 0.0;
    }
    let p = common as f64 / nb as f64;
    let r = common as f64 / na as f64;
    2.0 * p * r / (p + r)
}

#[cfg(test)]
mod tests {
    #[test]
    fn durations_compare_by_length_not_by_spelling() {
        use super::same_duration;
        assert!(same_duration("P22M", "P1Y10M"));
        assert!(same_duration("P42M", "P3Y6M"));
        assert!(same_duration("P12M", "P1Y"));
        assert!(same_duration("P2W", "P14D"));
        assert!(!same_duration("P1M", "P30D"));
        assert!(!same_duration("P5Y", "P6Y"));
        // Not a duration of that form: compared as written.
        assert!(same_duration("PT5H", "PT5H"));
        assert!(!same_duration("P", "P0D"));
        assert!(!same_duration("P5", "P5Y"));
    }

    use super::*;

    #[test]
    fn name_matching() {
        assert!(names_match("Boeing Co.", "Boeing"));
        assert!(names_match(
            "United Technologies Corp.",
            "United Technologies Corp., Pratt & Whitney, Military Engines"
        ));
        assert!(names_match("ICE", "Immigration and Customs Enforcement"));
        assert!(names_match(
            "U.S. Army Contracting Command",
            "Army Contracting Command"
        ));
        assert!(names_match(
            "The Johns Hopkins University Applied Physics Laboratory LLC",
            "Johns Hopkins University Applied Physics Laboratory"
        ));
        assert!(!names_match("Army", "Army Corps of Engineers"));
        assert!(!names_match("Microsoft Corp.", "Amazon.com Inc."));
    }

    #[test]
    fn tokens() {
        assert!((token_f1("Brick, New Jersey", "Brick, New Jersey") - 1.0).abs() < 1e-9);
        assert!(token_f1("beach fill", "hot weather combat boots") < 0.5);
    }

    #[test]
    fn headline_amounts() {
        let a = [(Some(5.0), "obligated"), (Some(10.0), "ceiling")];
        assert_eq!(headline(&a), vec![(Some(10.0), "ceiling")]);
    }
}
