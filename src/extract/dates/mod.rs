//! Temporal expressions (TIMEX3), resolved against the publication date (DCT).
//!
//! The tagger finds dates ("Sept. 26, 2014", "in October", "the third quarter of fiscal
//! 2021"), times ("4:30 p.m. ET Tuesday", "16:08 UTC"), durations ("five years", "the next six
//! months") and recurrences ("weekly", "$68,000 a year"), and values them the TIMEX3 way. Extents
//! follow TimeML and the MEANTIME news corpus: determiners and approximators inside ("the third
//! quarter", "about 18 months"), prepositions outside ("in \[October\]").
//!
//! How it works:
//! - [`patterns`]: the grammar, a table of rules compiled into one regex; one scan of the text
//!   finds every candidate. Word classes (months, units, holidays, zones…) are tables in
//!   [`lexicon`].
//! - [`kinds`]: one routine per kind of expression checks the candidate against its context
//!   ([`context`]: is "May" a month or a modal, is "2000" a year or "Russell 2000") and values
//!   it.
//! - [`resolve`]: calendar periods, their TIMEX3 values and day ranges, and the DCT-relative
//!   choices; [`tense`] guesses whether a clause looks back or ahead ("was rejected in
//!   October" vs "should be completed in October").
//! - Expressions that refer to another date of the text ("the day", "the quarter", "the same
//!   quarter a year earlier", "that time") resolve against the latest earlier date that fits,
//!   else the DCT; a clock time without its day takes the date written next to it, else the DCT.
//!
//! Each mention carries `range` (first and last calendar day of a date's period; for a fiscal
//! year the U.S. federal October–September year) and `anchor` (`dct`, `text`, or `none` for
//! absolute or unresolvable dates). Without a DCT, relative expressions stay underspecified
//! (`XXXX-10`); nothing reads the clock. Conventions are listed in `docs/record-schema.md`.

mod context;
mod kinds;
pub(crate) mod lexicon;
mod patterns;
mod resolve;
mod tense;
#[cfg(test)]
mod tests;
mod words;

use super::{Document, Extractor, Layer, Mentions};
use crate::calendar::CivilDate;
use crate::record::{DateMention, DateType, MoneyMention};
use crate::segment::ByteSpan;

use patterns::GRAMMAR;
use resolve::{Period, Reference};

/// The date extractor.
pub struct Dates;

impl Extractor for Dates {
    fn name(&self) -> &'static str {
        "dates"
    }

    fn layer(&self) -> Layer {
        Layer::Dates
    }

    fn extract(&self, doc: &Document<'_>, found: &mut Mentions) {
        let mut tagger = Tagger {
            doc,
            text: doc.text,
            reference: Reference { dct: doc.dct },
            money: &found.money,
            out: Vec::new(),
            fiscal_context: false,
        };
        tagger.scan();
        tagger.link_times();
        let out = std::mem::take(&mut tagger.out);
        found.dates.reserve(out.len());
        for t in out {
            found.dates.push(tagger.mention(t));
        }
    }
}

/// What a value was resolved against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Anchor {
    /// The publication date.
    Dct,
    /// Another date of the text.
    Text,
    /// Nothing: absolute, or left underspecified.
    None,
}

/// The day part of a time of day.
#[derive(Debug, Clone, PartialEq, Eq)]
enum DayPart {
    /// Resolved.
    Known(CivilDate),
    /// Underspecified (`XXXX-XX-XX`, `XXXX-WXX-5`).
    Unknown(String),
    /// Not written with the time: taken from a neighbouring date after the scan.
    Pending,
}

/// A value before formatting.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Value {
    /// A calendar period.
    Period(Period),
    /// A time of day: `clock` is `16:08` or a part-of-day code (`MO`); `utc` adds `Z`.
    Timed {
        day: DayPart,
        clock: String,
        utc: bool,
    },
    /// Anything else: durations, sets, references, underspecified dates.
    Text(String),
}

/// A temporal expression found in the text, before it becomes a [`DateMention`].
#[derive(Debug, Clone)]
struct Timex {
    span: ByteSpan,
    kind: DateType,
    value: Value,
    modifier: Option<&'static str>,
    anchor: Anchor,
    /// False for a period named only as a contrast ("the same quarter a year earlier"): "the
    /// quarter" later on means the period the story is about, not that one.
    topical: bool,
}

/// The scan of one document.
struct Tagger<'d, 'a> {
    doc: &'d Document<'a>,
    text: &'a str,
    reference: Reference,
    /// Money mentions (normalized: sorted, not overlapping): dates never lie inside one, and
    /// "a year" after one is a rate.
    money: &'d [MoneyMention],
    /// What was found so far, in text order.
    out: Vec<Timex>,
    /// Set once the text has named a fiscal year or quarter: its company reports in fiscal
    /// terms, so a bare "the fourth quarter" is a fiscal quarter.
    fiscal_context: bool,
}

impl Tagger<'_, '_> {
    /// Visits the words that can begin an expression and tries the grammar's rules there, in
    /// table order; the first one its routine accepts wins and the scan goes on after it. Each
    /// attempt is anchored and matches are short, so the scan is linear in the text.
    fn scan(&mut self) {
        // The matchers' scratch space is kept per thread: building it for every article (and
        // growing the backtrackers' tables again) would cost more than small articles' scans.
        thread_local! {
            static BUFFERS: std::cell::RefCell<patterns::Buffers> = std::cell::RefCell::default();
        }
        BUFFERS.with(|cell| match cell.try_borrow_mut() {
            Ok(mut buffers) => self.scan_with(&mut buffers),
            Err(_) => self.scan_with(&mut patterns::Buffers::default()),
        });
    }

    /// [`Tagger::scan`] with the given scratch space.
    fn scan_with(&mut self, buffers: &mut patterns::Buffers) {
        let grammar = &*GRAMMAR;
        let text = self.text;
        let mut pos = 0;
        let words = &self.doc.words;
        let class_at = |i: usize| {
            words
                .get(i)
                .map_or(0, |w| grammar.class_at(text.as_bytes(), w.start, w.end))
        };
        // Each word's class is looked up once: a window of the current and the next two.
        let mut window = [class_at(0), class_at(1), class_at(2)];
        for (i, w) in words.iter().enumerate() {
            let [class, next, after] = window;
            window = [next, after, class_at(i + 3)];
            if w.start < pos {
                continue;
            }
            let word = &text[w.start..w.end];
            let digits = word.starts_with(|c: char| c.is_ascii_digit());
            let before = text[..w.start].chars().next_back();
            if digits
                && (before.is_some_and(|c| "$€£¥#".contains(c)) || text[w.end..].starts_with('%'))
            {
                continue; // an amount, a percentage, a number sign
            }
            // "'82", "'90s": the apostrophe begins the expression.
            let apostrophe = before
                .filter(|c| digits && matches!(c, '\'' | '’'))
                .map(|c| w.start - c.len_utf8())
                .filter(|&at| at >= pos);
            let here = patterns::Grammar::may_begin(class, next, after).then_some(w.start);
            for at in [apostrophe, here].into_iter().flatten() {
                if let Some(end) = self.try_at(at, buffers) {
                    pos = end;
                    break;
                }
            }
        }
    }

    /// Tries the rules that match at byte `at`, in table order (the first one straight from
    /// the automaton, the others only if its routine refuses it); returns the end of the
    /// accepted match.
    fn try_at(&mut self, at: usize, buffers: &mut patterns::Buffers) -> Option<usize> {
        let grammar = &*GRAMMAR;
        let (first, first_end) = grammar.first_rule_at(self.text, at, buffers)?;
        if let Some(end) = self.attempt(first, at, Some(first_end), buffers) {
            return Some(end);
        }
        // Refused: the other rules that match here, in order. Rule ids are few; copy them out
        // so the buffers can be reused for the captures.
        let mut ids = [0u16; 128];
        let mut n = 0;
        for id in grammar.rules_at(self.text, at, buffers).iter() {
            if id.as_usize() > first && n < ids.len() {
                ids[n] = id.as_usize() as u16;
                n += 1;
            }
        }
        ids[..n].iter().find_map(|&rule| {
            let rule = usize::from(rule);
            // Where the rule's match ends bounds the backtracker's work (its table is cleared
            // for every byte of the span); beyond the usual bound, the bound decides as always.
            let end = grammar
                .rule_end_at(rule, self.text, at, buffers)
                .filter(|&end| end <= at + patterns::MAX_MATCH);
            self.attempt(rule, at, end, buffers)
        })
    }

    /// Captures rule `rule` at `at` and hands it to its routine; the end of the match if
    /// accepted.
    fn attempt(
        &mut self,
        rule: usize,
        at: usize,
        end: Option<usize>,
        buffers: &mut patterns::Buffers,
    ) -> Option<usize> {
        let hit = GRAMMAR.capture(rule, self.text, at, end, buffers)?;
        let (start, end) = hit.span();
        let before = self.out.len();
        if end > start && self.plausible(start, end) && self.interpret(&hit) {
            return Some(end);
        }
        self.out.truncate(before);
        None
    }

    /// Adds a found expression; an out-of-range period (year 0, week 53 of a 52-week year) is
    /// refused.
    fn push(
        &mut self,
        span: (usize, usize),
        kind: DateType,
        value: Value,
        modifier: Option<&'static str>,
        anchor: Anchor,
    ) -> bool {
        let valid = match &value {
            Value::Period(p) => p.is_valid(),
            Value::Timed {
                day: DayPart::Known(d),
                ..
            } => Period::Day(*d).is_valid(),
            _ => true,
        };
        if !valid {
            return false;
        }
        if matches!(
            value,
            Value::Period(Period::FiscalYear(_) | Period::FiscalQuarter(..))
        ) {
            self.fiscal_context = true;
        }
        self.out.push(Timex {
            span: ByteSpan::new(span.0, span.1),
            kind,
            value,
            modifier,
            anchor,
            topical: true,
        });
        true
    }

    /// Adds a DATE: the resolved period, or the underspecified value when resolution failed.
    fn push_period(
        &mut self,
        span: (usize, usize),
        period: Option<Period>,
        fallback: impl FnOnce() -> String,
        modifier: Option<&'static str>,
        anchor: Anchor,
    ) -> bool {
        match period {
            Some(p) => self.push(span, DateType::Date, Value::Period(p), modifier, anchor),
            None => self.push(
                span,
                DateType::Date,
                Value::Text(fallback()),
                modifier,
                Anchor::None,
            ),
        }
    }

    /// Gives each clock time written without its day the date right next to it ("16:15 UTC,
    /// June 1", "Tuesday at 3 p.m."), else the DCT.
    fn link_times(&mut self) {
        for i in 0..self.out.len() {
            if !matches!(
                self.out[i].value,
                Value::Timed {
                    day: DayPart::Pending,
                    ..
                }
            ) {
                continue;
            }
            let span = self.out[i].span;
            let day_of = |t: &Timex| match t.value {
                Value::Period(Period::Day(d)) => Some(d),
                _ => None,
            };
            let next = self.out.get(i + 1).filter(|n| {
                let gap = self.text[span.end..n.span.start]
                    .trim()
                    .to_ascii_lowercase();
                matches!(gap.as_str(), "" | "," | "on" | ", on")
            });
            let prev = i.checked_sub(1).and_then(|j| self.out.get(j)).filter(|p| {
                p.span.end <= span.start && {
                    let gap = self.text[p.span.end..span.start]
                        .trim()
                        .to_ascii_lowercase();
                    matches!(gap.as_str(), "" | "," | "at" | ", at" | "from")
                }
            });
            let (day, anchor) = match next.and_then(day_of).or_else(|| prev.and_then(day_of)) {
                Some(d) => (DayPart::Known(d), Anchor::Text),
                None => self.dct_day_shift(0),
            };
            if let Value::Timed { day: slot, .. } = &mut self.out[i].value {
                *slot = day;
            }
            self.out[i].anchor = anchor;
        }
    }

    /// The record form of a found expression.
    fn mention(&self, t: Timex) -> DateMention {
        let (value, range) = match t.value {
            Value::Period(p) => (p.value(), p.range()),
            Value::Timed { day, clock, utc } => {
                let zone = if utc { "Z" } else { "" };
                match day {
                    DayPart::Known(d) => {
                        let mut v = resolve::iso(d);
                        v.push('T');
                        v.push_str(&clock);
                        v.push_str(zone);
                        (v, Some((d, d)))
                    }
                    DayPart::Unknown(s) => (format!("{s}T{clock}{zone}"), None),
                    DayPart::Pending => (format!("XXXX-XX-XXT{clock}{zone}"), None),
                }
            }
            Value::Text(s) => (s, None),
        };
        let anchor = match t.kind {
            DateType::Duration | DateType::Set => None,
            _ => Some(
                match t.anchor {
                    Anchor::Dct => "dct",
                    Anchor::Text => "text",
                    Anchor::None => "none",
                }
                .to_string(),
            ),
        };
        let l = self.doc.locate(t.span);
        DateMention {
            start: l.start,
            end: l.end,
            text: l.text,
            kind: t.kind,
            value: Some(value),
            modifier: t.modifier.map(str::to_string),
            // A week at the edge of the calendar ("this week" on 9999-12-31) may end past
            // year 9999, which no ISO date can write: such a range is left out.
            range: range
                .filter(|(a, b)| [a, b].iter().all(|d| (1..=9999).contains(&d.year())))
                .map(|(a, b)| [resolve::iso(a), resolve::iso(b)]),
            anchor,
            byte_start: t.span.start,
            byte_end: t.span.end,
        }
    }
}
