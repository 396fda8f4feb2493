//! Temporal expressions (TIMEX3), resolved against the publication date (DCT).
//!
//! The tagger finds dates ("Sept. 26, 2014", "in October", "the third quarter of fiscal
//! 2021"), times ("3 p.m. Tuesday", "16:08 UTC"), durations ("five years", "the next six
//! months") and recurrences ("weekly", "every year"), and values them the TIMEX3 way, with the
//! conventions of the MEANTIME news corpus for extents (determiners and approximators such as
//! "nearly" inside, prepositions outside).
//!
//! How it works:
//! - [`patterns`]: the grammar, a table of rules compiled into one regex; one scan of the text
//!   finds every candidate. Word classes (months, units, holidays, zones…) are tables in
//!   [`lexicon`].
//! - This module checks each candidate against its context (is "May" a month or a modal, is
//!   "2000" a year or "Russell 2000"), then hands it to the resolver.
//! - [`resolve`]: calendar periods, their TIMEX3 values and day ranges, and the DCT-relative
//!   choices. [`tense`] guesses whether the clause looks back or ahead ("was rejected in
//!   October" vs "should be completed in October").
//! - Expressions that refer to another date of the text ("the day", "the following week",
//!   "three days later") resolve against the latest earlier date that fits, else the DCT; a
//!   clock time without a day takes the day written next to it, else the DCT.
//!
//! Each mention carries `range` (first and last calendar day of a date's period; for a fiscal
//! year, the U.S. federal October–September year) and `anchor` (`dct`, `text`, or `none` for
//! absolute or unresolvable dates). Without a DCT, relative expressions stay underspecified
//! (`XXXX-10`); nothing reads the clock.

mod lexicon;
mod patterns;
mod resolve;
mod tense;
#[cfg(test)]
mod tests;

use std::sync::LazyLock;

use regex::Regex;

use super::{Document, Extractor, Layer, Mentions};
use crate::calendar::{CivilDate, month_from_name};
use crate::record::{DateMention, DateType, MoneyMention};
use crate::segment::ByteSpan;

use lexicon::{Unit, Zone};
use patterns::{GRAMMAR, Hit, Kind};
use resolve::{Direction, Period, Reference};
use tense::Tense;

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
        };
        tagger.scan();
        tagger.link_times();
        let mentions: Vec<DateMention> = tagger.out.iter().map(|t| tagger.mention(t)).collect();
        found.dates.extend(mentions);
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
    /// Not written with the time: taken from a neighbouring date later.
    Pending,
}

/// A value before formatting.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Value {
    /// A calendar period.
    Period(Period),
    /// A time of day on a day: `clock` is `16:08` or a part-of-day code (`MO`).
    Timed {
        day: DayPart,
        clock: String,
        zone: Option<Zone>,
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
}

/// The modifier of "early"/"mid"/"late" and of "the beginning/middle/end of".
fn position_mod(word: &str) -> Option<&'static str> {
    match word.to_ascii_lowercase().as_str() {
        "early" | "beginning" | "start" | "earlier" => Some("START"),
        "mid" | "middle" => Some("MID"),
        "late" | "end" | "close" | "later" => Some("END"),
        _ => None,
    }
}

/// The shift of "last"/"this"/"next" and their synonyms.
fn relative_shift(word: &str) -> Option<i32> {
    let w: String = word
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase();
    match w.as_str() {
        "last" | "past" | "previous" | "prior" | "preceding" | "this past" | "latest"
        | "most recent" => Some(-1),
        "this" | "current" | "same" | "that" => Some(0),
        "next" | "coming" | "upcoming" | "following" => Some(1),
        _ => None,
    }
}

/// Two numbers joined as a range before a duration: "between [60] and 90 days".
static RANGE_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<&str> = lexicon::NUMBER_WORDS.iter().map(|(w, _)| *w).collect();
    Regex::new(&format!(
        r"(?i)(?:^|[^0-9A-Za-z.,$])([0-9]{{1,4}}(?:\.[0-9]+)?|{})\s{{0,2}}(?:-|–|to|and|or)\s{{0,2}}$",
        words.join("|")
    ))
    .expect("range pattern is valid")
});

/// The scan of one document.
struct Tagger<'d, 'a> {
    doc: &'d Document<'a>,
    text: &'a str,
    reference: Reference,
    money: &'d [MoneyMention],
    out: Vec<Timex>,
}

impl<'a> Tagger<'_, 'a> {
    /// Runs the grammar over the text; a rejected candidate is retried one character later, so
    /// a shorter expression inside it still gets its chance.
    fn scan(&mut self) {
        let grammar = &*GRAMMAR;
        let mut locs = grammar.regex.capture_locations();
        let text = self.text;
        let mut pos = 0;
        while pos < text.len() {
            let Some(m) = grammar.regex.captures_read_at(&mut locs, text, pos) else {
                break;
            };
            let (start, end) = (m.start(), m.end());
            let before = self.out.len();
            let accepted = match grammar.rule_of(&locs) {
                Some(rule) if end > start => {
                    let hit = Hit::new(text, &locs, rule);
                    self.plausible(start, end) && self.interpret(&hit)
                }
                _ => false,
            };
            if accepted {
                pos = end;
            } else {
                self.out.truncate(before);
                pos = start + text[start..].chars().next().map_or(1, char::len_utf8);
            }
        }
    }

    /// Checks every candidate needs: whole words (also for non-ASCII letters), not part of a
    /// longer number or an amount of money.
    fn plausible(&self, start: usize, end: usize) -> bool {
        let text = self.text;
        let first = text[start..end].chars().next();
        let last = text[start..end].chars().next_back();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if first.is_some_and(char::is_alphanumeric) && before.is_some_and(char::is_alphanumeric) {
            return false;
        }
        if last.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric) {
            return false;
        }
        if first.is_some_and(|c| c.is_ascii_digit()) {
            if before.is_some_and(|c| "$€£¥#".contains(c)) {
                return false;
            }
            // "1,2020", "3.2014", "555-2020": a digit run continued from the left.
            let mut back = text[..start].chars().rev();
            if back.next().is_some_and(|c| ".,/:-".contains(c))
                && back.next().is_some_and(|c| c.is_ascii_digit())
            {
                return false;
            }
        }
        if last.is_some_and(|c| c.is_ascii_digit()) {
            let mut ahead = text[end..].chars();
            match ahead.next() {
                Some('%') => return false,
                Some(c) if ".,/:".contains(c) && ahead.next().is_some_and(|c| c.is_ascii_digit()) => {
                    return false;
                }
                Some('-') if ahead.next().is_some_and(|c| c.is_ascii_digit()) => return false,
                _ => {}
            }
        }
        let i = self.money.partition_point(|m| m.byte_end <= start);
        self.money.get(i).is_none_or(|m| m.byte_start >= end)
    }

    fn interpret(&mut self, hit: &Hit<'_, '_>) -> bool {
        match hit.kind() {
            Kind::Clock => self.clock(hit),
            Kind::PartOfDay => self.part_of_day(hit),
            Kind::Date => self.date(hit),
            Kind::NumericDate => self.numeric_date(hit),
            Kind::Quarter => self.quarter(hit),
            Kind::Half => self.half(hit),
            Kind::FiscalYear => self.fiscal_year(hit),
            Kind::Season => self.season(hit),
            Kind::Decade => self.decade(hit),
            Kind::Century => self.century(hit),
            Kind::Holiday => self.holiday(hit),
            Kind::Consecutive => self.consecutive(hit),
            Kind::Age => self.age(hit),
            Kind::Duration => self.duration(hit),
            Kind::VagueDuration => self.vague_duration(hit),
            Kind::UnitAdjective => self.unit_adjective(hit),
            Kind::Set => self.set(hit),
            Kind::Anaphor => self.anaphor(hit),
            Kind::RelativePeriod => self.relative_period(hit),
            Kind::Deictic => self.deictic(hit),
            Kind::Weekday => self.weekday(hit),
            Kind::Reference => self.reference_word(hit),
            Kind::Year => self.year(hit),
            Kind::YearRange => self.year_range(hit),
        }
    }

    // ----- helpers over the context

    fn push(
        &mut self,
        span: (usize, usize),
        kind: DateType,
        value: Value,
        modifier: Option<&'static str>,
        anchor: Anchor,
    ) -> bool {
        if let Value::Period(p) = &value
            && !p.is_valid()
        {
            return false;
        }
        self.out.push(Timex {
            span: ByteSpan::new(span.0, span.1),
            kind,
            value,
            modifier,
            anchor,
        });
        true
    }

    /// A resolved period, or the underspecified value when resolution failed.
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

    /// The word right before byte `pos`, when only a little whitespace separates them.
    fn word_before(&self, pos: usize) -> Option<ByteSpan> {
        let words = &self.doc.words;
        let i = words.partition_point(|w| w.end <= pos);
        let w = *words.get(i.checked_sub(1)?)?;
        let gap = &self.text[w.end..pos];
        (gap.len() <= 4 && gap.chars().all(char::is_whitespace)).then_some(w)
    }

    /// The word right after byte `pos`, when only a little whitespace separates them.
    fn word_after(&self, pos: usize) -> Option<ByteSpan> {
        let words = &self.doc.words;
        let i = words.partition_point(|w| w.start < pos);
        let w = *words.get(i)?;
        let gap = &self.text[pos..w.start];
        (gap.len() <= 4 && gap.chars().all(char::is_whitespace)).then_some(w)
    }

    fn prev_text(&self, pos: usize) -> Option<&'a str> {
        self.word_before(pos).map(|w| &self.text[w.start..w.end])
    }

    fn next_text(&self, pos: usize) -> Option<&'a str> {
        self.word_after(pos).map(|w| &self.text[w.start..w.end])
    }

    /// Whether byte `pos` starts its sentence (or a line).
    fn starts_sentence(&self, pos: usize) -> bool {
        if self
            .doc
            .sentence_at(pos)
            .is_some_and(|s| s.span.start == pos)
        {
            return true;
        }
        let prev = self.text[..pos]
            .trim_end_matches([' ', '\t'])
            .chars()
            .next_back();
        prev.is_none_or(|c| matches!(c, '\n' | '.' | '!' | '?' | '"' | '“' | '(' | ':' | '—'))
    }

    fn capitalised(word: &str) -> bool {
        word.starts_with(|c: char| c.is_uppercase())
    }

    /// Whether the word after `pos` is capitalised and not itself part of a date ("2020
    /// Census" yes, "2020 Sept." no).
    fn capitalised_name_follows(&self, pos: usize) -> bool {
        self.next_text(pos).is_some_and(|w| {
            Self::capitalised(w)
                && month_from_name(w).is_none()
                && lexicon::weekday(w).is_none()
                && !matches!(w, "BC" | "AD" | "BCE" | "CE" | "I")
        })
    }

    /// Whether a capitalised word (not starting its sentence) precedes `pos`.
    fn capitalised_word_precedes(&self, pos: usize) -> Option<&'a str> {
        let w = self.word_before(pos)?;
        let word = &self.text[w.start..w.end];
        (Self::capitalised(word) && !self.starts_sentence(w.start)).then_some(word)
    }

    /// Whether the previous mention ends just before `pos`, joined by a conjunction ("April
    /// and June", "2009 to 2011").
    fn joined_to_previous(&self, pos: usize) -> bool {
        let Some(last) = self.out.last() else {
            return false;
        };
        if last.span.end > pos || pos - last.span.end > 12 {
            return false;
        }
        let gap = self.text[last.span.end..pos].trim();
        matches!(
            gap.to_ascii_lowercase().as_str(),
            "and"
                | "or"
                | "to"
                | "through"
                | "thru"
                | "until"
                | "till"
                | "-"
                | "–"
                | "—"
                | ","
                | "and in"
                | "or in"
                | "to early"
                | "to late"
        )
    }

    /// Whether a superlative comes shortly before `pos`: "its deepest recession in a decade",
    /// "the first time in five years" measure a span, they do not point ahead.
    fn superlative_before(&self, pos: usize) -> bool {
        let words = &self.doc.words;
        let i = words.partition_point(|w| w.end <= pos);
        let lo = self.doc.sentence_at(pos).map_or(0, |s| s.span.start);
        words[i.saturating_sub(8)..i]
            .iter()
            .filter(|w| w.start >= lo)
            .any(|w| {
                let word = self.doc.slice(*w).to_ascii_lowercase();
                matches!(
                    word.as_str(),
                    "best" | "worst" | "first" | "most" | "least" | "last"
                ) || (word.len() > 5
                    && word.ends_with("est")
                    && !matches!(
                        word.as_str(),
                        "interest"
                            | "request"
                            | "forest"
                            | "protest"
                            | "suggest"
                            | "harvest"
                            | "invest"
                            | "contest"
                            | "arrest"
                    ))
            })
    }

    fn direction(&self, start: usize, end: usize) -> Direction {
        tense::around(self.doc, ByteSpan::new(start, end)).into()
    }

    /// The latest earlier date of the text that fits `unit` (for "the day", "the following
    /// week"), as that unit's period.
    fn text_anchor(&self, unit: Unit) -> Option<Period> {
        self.out.iter().rev().take(24).find_map(|t| match &t.value {
            Value::Period(p) if t.kind == DateType::Date => p.to_unit(unit),
            Value::Timed {
                day: DayPart::Known(d),
                ..
            } => Some(resolve::of_day(*d, unit)),
            _ => None,
        })
    }

    /// The period of `unit` of the text anchor, else of the DCT, with what it came from.
    fn anchor_period(&self, unit: Unit) -> (Option<Period>, Anchor) {
        match self.text_anchor(unit) {
            Some(p) => (Some(p), Anchor::Text),
            None => (self.reference.period(unit), Anchor::Dct),
        }
    }

    fn dct_day_shift(&self, days: i64) -> (DayPart, Anchor) {
        match self.reference.day() {
            Some(d) => (DayPart::Known(d.add_days(days)), Anchor::Dct),
            None => {
                let year = if days == 0 {
                    self.reference.year()
                } else {
                    None
                };
                (
                    DayPart::Unknown(resolve::unresolved(Unit::Day, year)),
                    Anchor::None,
                )
            }
        }
    }

    /// The day of a day word next to a time ("today", "yesterday", "Tuesday").
    fn day_word(&self, word: &str, start: usize, end: usize) -> (DayPart, Anchor) {
        let w = word.to_ascii_lowercase();
        match w.as_str() {
            "today" | "tonight" | "this" => self.dct_day_shift(0),
            "yesterday" | "last" => self.dct_day_shift(-1),
            "tomorrow" => self.dct_day_shift(1),
            _ => match lexicon::weekday(word) {
                Some(wd) => match self.reference.day() {
                    Some(dct) => {
                        let dir = self.direction(start, end);
                        (
                            DayPart::Known(resolve::weekday_date(wd, None, dir, dct)),
                            Anchor::Dct,
                        )
                    }
                    None => (DayPart::Unknown(format!("XXXX-WXX-{wd}")), Anchor::None),
                },
                None => (DayPart::Pending, Anchor::None),
            },
        }
    }

    // ----- one routine per kind

    fn clock(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let named = hit.get("named").and_then(|n| lexicon::lookup(lexicon::NAMED_TIMES, n));
        let (mut hour, minute): (u32, u32) = match named {
            Some(hour) => (hour, 0),
            None => {
                let Some(h) = hit.get("hh").and_then(|h| h.parse().ok()) else {
                    return false;
                };
                (h, hit.get("mi").and_then(|m| m.parse().ok()).unwrap_or(0))
            }
        };
        if let Some(ap) = hit.get("ap") {
            let pm = ap.starts_with(['p', 'P']);
            hour = hour % 12 + if pm { 12 } else { 0 };
        } else if !hit.has("named") && !hit.has("tz") && !hit.has("dw") {
            // A bare "3:16" needs a two-digit hour or a cue ("at 9:30").
            let cue = self.prev_text(start).is_some_and(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "at" | "by"
                        | "from"
                        | "until"
                        | "till"
                        | "to"
                        | "before"
                        | "after"
                        | "around"
                        | "about"
                        | "approximately"
                        | "since"
                        | "between"
                        | "and"
                        | "of"
                )
            });
            let two_digit = hit.get("hh").is_some_and(|h| h.len() == 2);
            if !cue && !two_digit {
                return false;
            }
        }
        let (day, anchor) = match hit.get("dw") {
            Some(w) => self.day_word(w, start, end),
            None => (DayPart::Pending, Anchor::None),
        };
        let zone = hit.get("tz").and_then(lexicon::zone);
        let value = Value::Timed {
            day,
            clock: format!("{hour:02}:{minute:02}"),
            zone,
        };
        self.push((start, end), DateType::Time, value, None, anchor)
    }

    fn part_of_day(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let (Some(dw), Some(code)) = (hit.get("dw"), hit.get("pod").and_then(lexicon::part_of_day))
        else {
            return false;
        };
        if dw.eq_ignore_ascii_case("last") && code != "NI" {
            return false;
        }
        let (day, anchor) = self.day_word(dw, start, end);
        let value = Value::Timed {
            day,
            clock: code.to_string(),
            zone: None,
        };
        self.push((start, end), DateType::Time, value, None, anchor)
    }

    fn date(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let month = match (hit.get("mon"), hit.get("mnum")) {
            (Some(m), _) => month_from_name(m.trim_end_matches('.')),
            (None, Some(n)) => n.parse().ok(),
            _ => None,
        };
        let Some(month) = month else {
            return false;
        };
        let day: Option<u32> = match hit.get("day") {
            Some(d) => match d.trim_end_matches(char::is_alphabetic).parse() {
                Ok(d) if (1..=crate::calendar::days_in_month(2000, month)).contains(&d) => Some(d),
                _ => return false,
            },
            None => None,
        };
        let modifier = hit.get("md").or(hit.get("pos")).and_then(position_mod);
        let bare = day.is_none()
            && !hit.has("year")
            && !hit.has("ry")
            && !hit.has("rel")
            && !hit.has("md")
            && !hit.has("pos");
        if bare {
            let cue = self.prev_text(start).is_some_and(lexicon::is_month_cue);
            if !cue && !self.joined_to_previous(start) {
                return false;
            }
        }
        let make = |y: i32| match day {
            Some(d) => CivilDate::new(y, month, d).map(Period::Day),
            None => Some(Period::Month(y, month)),
        };
        let unknown = || match day {
            Some(d) => format!("XXXX-{month:02}-{d:02}"),
            None => format!("XXXX-{month:02}"),
        };
        if let Some(y) = hit.get("year").and_then(|y| y.parse::<i32>().ok()) {
            let Some(p) = make(y) else { return false };
            return self.push(
                (start, end),
                DateType::Date,
                Value::Period(p),
                modifier,
                Anchor::None,
            );
        }
        let r = self.reference;
        let (year, anchor) = if let Some(k) = hit.get("ry").and_then(relative_shift) {
            (r.year().map(|y| y + k), Anchor::Dct)
        } else if let Some(k) = hit.get("rel").and_then(relative_shift) {
            let y = match (r.month(), k) {
                (Some((y, dm)), k) if k < 0 => Some(if month < dm { y } else { y - 1 }),
                (Some((y, dm)), k) if k > 0 => Some(if month > dm { y } else { y + 1 }),
                (_, 0) => r.year(),
                _ => None,
            };
            (y, Anchor::Dct)
        } else {
            let dir = self.direction(start, end);
            let mut y = resolve::year_for_month(month, day, dir, r);
            // "Friday, Sept. 26": the weekday picks the year among the neighbours.
            if let (Some(wd), Some(d), Some(y0)) =
                (hit.get("wd").and_then(lexicon::weekday), day, y)
            {
                y = [y0, y0 - 1, y0 + 1]
                    .into_iter()
                    .find(|&c| CivilDate::new(c, month, d).is_some_and(|x| x.weekday() == wd))
                    .or(y);
            }
            (y, Anchor::Dct)
        };
        let period = year.and_then(make);
        self.push_period((start, end), period, unknown, modifier, anchor)
    }

    fn numeric_date(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let num = |n: &str| hit.get(n).and_then(|v| v.parse::<u32>().ok());
        let (Some(a), Some(b), Some(c)) = (num("na"), num("nb"), hit.get("nc")) else {
            return false;
        };
        let Ok(mut year) = c.parse::<i32>() else {
            return false;
        };
        if c.len() == 2 {
            year = resolve::expand_two_digit_year(year, self.reference);
        }
        let dotted = self.text[start..end].contains('.');
        let (month, day) = if dotted || a > 12 { (b, a) } else { (a, b) };
        let Some(d) = CivilDate::new(year, month, day) else {
            return false;
        };
        self.push(
            (start, end),
            DateType::Date,
            Value::Period(Period::Day(d)),
            None,
            Anchor::None,
        )
    }

    /// The quarter or half number written as "3", "third", "3rd", "final".
    fn ordinal_number(hit: &Hit<'_, '_>, name: &str) -> Option<u32> {
        hit.get(name).and_then(|w| {
            w.parse()
                .ok()
                .or_else(|| lexicon::lookup(lexicon::PERIOD_ORDINALS, w))
        })
    }

    /// A written year: four digits, or two after an apostrophe or "FY".
    fn written_year(&self, hit: &Hit<'_, '_>, four: &str, two: &str) -> Option<i32> {
        if let Some(y) = hit.get(four).and_then(|y| y.parse().ok()) {
            return Some(y);
        }
        let yy = hit.get(two)?;
        let n: i32 = yy.parse().ok()?;
        Some(if yy.len() == 4 {
            n
        } else {
            resolve::expand_two_digit_year(n, self.reference)
        })
    }

    /// The fiscal year written in a `%FYEXPR%` fragment, with its anchor, if any.
    fn written_fiscal_year(&self, hit: &Hit<'_, '_>) -> Option<(Option<i32>, Anchor)> {
        if let Some(y) = self.written_year(hit, "fy", "fyy") {
            return Some((Some(y), Anchor::None));
        }
        if let Some(k) = hit.get("frel").and_then(relative_shift) {
            return Some((self.reference.fiscal_year().map(|y| y + k), Anchor::Dct));
        }
        None
    }

    fn quarter(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let modifier = hit.get("pos").and_then(position_mod);
        let r = self.reference;
        let q = Self::ordinal_number(hit, "qn").or_else(|| Self::ordinal_number(hit, "ord"));
        let fiscal_flag = hit.has("fq");
        if let Some(k) = hit.get("rel").and_then(relative_shift) {
            let current = if fiscal_flag {
                r.month()
                    .and_then(|(y, m)| CivilDate::new(y, m, 1))
                    .map(resolve::fiscal_quarter_of)
            } else {
                r.period(Unit::Quarter)
            };
            let fallback = if fiscal_flag { "FYXXXX-QX" } else { "XXXX-QX" };
            return self.push_period(
                (start, end),
                current.map(|p| p.shift(k)),
                || fallback.to_string(),
                modifier,
                Anchor::Dct,
            );
        }
        let Some(q) = q.filter(|q| (1..=4).contains(q)) else {
            return false;
        };
        if let Some((fy, anchor)) = self.written_fiscal_year(hit) {
            let period = fy.map(|fy| Period::FiscalQuarter(fy, q));
            return self.push_period(
                (start, end),
                period,
                || format!("FYXXXX-Q{q}"),
                modifier,
                anchor,
            );
        }
        let year = self.written_year(hit, "year", "yy");
        if fiscal_flag {
            let (fy, anchor) = match year {
                Some(y) => (Some(y), Anchor::None),
                None => (
                    resolve::fiscal_year_for_quarter(q, self.direction(start, end), r),
                    Anchor::Dct,
                ),
            };
            let period = fy.map(|fy| Period::FiscalQuarter(fy, q));
            return self.push_period(
                (start, end),
                period,
                || format!("FYXXXX-Q{q}"),
                modifier,
                anchor,
            );
        }
        if let Some(y) = year {
            return self.push(
                (start, end),
                DateType::Date,
                Value::Period(Period::Quarter(y, q)),
                modifier,
                Anchor::None,
            );
        }
        let bare_code = hit.has("qn") && !hit.has("ord");
        if bare_code && self.capitalised_word_precedes(start).is_some() {
            return false; // "Audi Q3"
        }
        let y = if let Some(k) = hit.get("ry").and_then(relative_shift) {
            r.year().map(|y| y + k)
        } else if hit.has("ty") {
            r.year()
        } else {
            resolve::year_for_part(3 * (q - 1) + 1, 3, self.direction(start, end), r)
        };
        let period = y.map(|y| Period::Quarter(y, q));
        self.push_period(
            (start, end),
            period,
            || format!("XXXX-Q{q}"),
            modifier,
            Anchor::Dct,
        )
    }

    fn half(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let h = hit
            .get("hn")
            .and_then(|h| h.parse().ok())
            .or_else(|| Self::ordinal_number(hit, "half").map(|n| if n == 1 { 1 } else { 2 }));
        let Some(h) = h.filter(|h| (1..=2).contains(h)) else {
            return false;
        };
        let r = self.reference;
        let (y, anchor) = match self.written_year(hit, "year", "yy") {
            Some(y) => (Some(y), Anchor::None),
            None => {
                let y = if let Some(k) = hit.get("ry").and_then(relative_shift) {
                    r.year().map(|y| y + k)
                } else if hit.has("ty") {
                    r.year()
                } else {
                    resolve::year_for_part(6 * (h - 1) + 1, 6, self.direction(start, end), r)
                };
                (y, Anchor::Dct)
            }
        };
        self.push_period(
            (start, end),
            y.map(|y| Period::Half(y, h)),
            || format!("XXXX-H{h}"),
            None,
            anchor,
        )
    }

    fn fiscal_year(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let modifier = hit.get("pos").and_then(position_mod);
        let (fy, anchor) = match self.written_fiscal_year(hit) {
            Some(found) => found,
            None if hit.has("fbare") => (self.reference.fiscal_year(), Anchor::Dct),
            None => return false,
        };
        self.push_period(
            (start, end),
            fy.map(Period::FiscalYear),
            || "FYXXXX".to_string(),
            modifier,
            anchor,
        )
    }

    fn season(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let Some((code, first)) = hit.get("season").and_then(lexicon::season) else {
            return false;
        };
        let modifier = hit.get("md").or(hit.get("pos")).and_then(position_mod);
        let season_word = hit.span_of("season").unwrap_or((start, end));
        if Self::capitalised(&self.text[season_word.0..season_word.1])
            && self.capitalised_name_follows(season_word.1)
        {
            return false; // "Winter Olympics", "Summer Games"
        }
        if let Some(y) = hit.get("year").and_then(|y| y.parse().ok()) {
            return self.push(
                (start, end),
                DateType::Date,
                Value::Period(Period::Season(y, code)),
                modifier,
                Anchor::None,
            );
        }
        let r = self.reference;
        let in_progress = |y: i32| {
            r.month().is_some_and(|(dy, dm)| {
                let now = dy * 12 + dm as i32 - 1;
                let s = y * 12 + first as i32 - 1;
                (s..s + 3).contains(&now)
            })
        };
        let y = match hit.get("rel").and_then(relative_shift) {
            Some(k) if k < 0 => resolve::year_for_part(first, 3, Direction::Past, r)
                .map(|y| if in_progress(y) { y - 1 } else { y }),
            Some(k) if k > 0 => resolve::year_for_part(first, 3, Direction::Future, r)
                .map(|y| if in_progress(y) { y + 1 } else { y }),
            Some(_) => r.year(),
            None => {
                if modifier.is_none() && !hit.has("pos") {
                    let the = self.text[start..end]
                        .to_ascii_lowercase()
                        .starts_with("the");
                    let cue = self.prev_text(start).is_some_and(lexicon::is_month_cue);
                    if !cue
                        || (!the
                            && self
                                .prev_text(start)
                                .is_some_and(|w| w.eq_ignore_ascii_case("of")))
                    {
                        return false;
                    }
                }
                resolve::year_for_part(first, 3, self.direction(start, end), r)
            }
        };
        self.push_period(
            (start, end),
            y.map(|y| Period::Season(y, code)),
            || format!("XXXX-{code}"),
            modifier,
            Anchor::Dct,
        )
    }

    fn decade(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let modifier = hit.get("md").and_then(position_mod);
        let period = if let Some(d4) = hit.get("dec4").and_then(|d| d.parse::<i32>().ok()) {
            if d4 % 100 == 0 && d4 != 2000 {
                Period::Century(d4 / 100)
            } else {
                Period::Decade(d4 / 10)
            }
        } else {
            let (two, bare) = match (hit.get("dec2"), hit.get("dec2b")) {
                (Some(d), _) => (d, false),
                (None, Some(d)) => (d, true),
                _ => return false,
            };
            if bare
                && self
                    .prev_text(hit.span_of("dec2b").map_or(start, |s| s.0))
                    .is_some_and(lexicon::is_age_possessive)
            {
                return false; // "in his 70s"
            }
            let Ok(d) = two.parse::<i32>() else {
                return false;
            };
            let year = match self.reference.year() {
                Some(y) if 2000 + d <= y => 2000 + d,
                _ => 1900 + d,
            };
            Period::Decade(year / 10)
        };
        self.push(
            (start, end),
            DateType::Date,
            Value::Period(period),
            modifier,
            Anchor::None,
        )
    }

    fn century(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let Some(n) = hit
            .get("cent")
            .and_then(lexicon::ordinal)
            .filter(|n| (1..=30).contains(n))
        else {
            return false;
        };
        let modifier = hit.get("md").and_then(position_mod);
        self.push(
            (start, end),
            DateType::Date,
            Value::Period(Period::Century(n as i32 - 1)),
            modifier,
            Anchor::None,
        )
    }

    fn holiday(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let Some(rule) = hit.get("hol").and_then(lexicon::holiday) else {
            return false;
        };
        let unknown = || match rule {
            lexicon::HolidayRule::Fixed(m, d) => format!("XXXX-{m:02}-{d:02}"),
            _ => "XXXX-XX-XX".to_string(),
        };
        if let Some(y) = hit.get("year").and_then(|y| y.parse().ok()) {
            let period = resolve::holiday_date(rule, y).map(Period::Day);
            return self.push_period((start, end), period, unknown, None, Anchor::None);
        }
        if self.capitalised_name_follows(end) {
            return false; // "Christmas Island"
        }
        let Some(dct) = self.reference.day() else {
            let period = self
                .reference
                .year()
                .and_then(|y| resolve::holiday_date(rule, y))
                .map(Period::Day);
            return self.push_period((start, end), period, unknown, None, Anchor::Dct);
        };
        let candidates: Vec<Option<(CivilDate, i64)>> = (dct.year() - 1..=dct.year() + 1)
            .map(|y| resolve::holiday_date(rule, y).map(|d| (d, d.to_days() - dct.to_days())))
            .collect();
        let chosen = match hit.get("rel").and_then(relative_shift) {
            Some(k) if k < 0 => candidates
                .iter()
                .flatten()
                .filter(|(_, d)| *d < 0)
                .max_by_key(|(_, d)| *d)
                .map(|c| c.0),
            Some(k) if k > 0 => candidates
                .iter()
                .flatten()
                .filter(|(_, d)| *d > 0)
                .min_by_key(|(_, d)| *d)
                .map(|c| c.0),
            Some(_) => resolve::holiday_date(rule, dct.year()),
            None => resolve::choose(&candidates, self.direction(start, end), 7),
        };
        self.push_period(
            (start, end),
            chosen.map(Period::Day),
            unknown,
            None,
            Anchor::Dct,
        )
    }

    fn consecutive(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let Some(unit) = hit
            .get("unit")
            .and_then(lexicon::unit)
            .or_else(|| hit.get("unit").map(|_| Unit::Day))
        else {
            return false;
        };
        let (period, anchor) = self.anchor_period(unit);
        self.push_period(
            (start, end),
            period,
            || resolve::unresolved(unit, None),
            None,
            anchor,
        )
    }

    fn age(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let (Some(n), Some(unit)) = (
            hit.get("num").and_then(lexicon::number),
            hit.get("unit").and_then(lexicon::unit),
        ) else {
            return false;
        };
        if !(1.0..=150.0).contains(&n) {
            return false;
        }
        self.push(
            (start, end),
            DateType::Duration,
            Value::Text(unit.duration(Some(n))),
            None,
            Anchor::None,
        )
    }

    fn duration(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let Some(unit) = hit.get("unit").and_then(lexicon::unit) else {
            return false;
        };
        let num_text = hit.get("num").unwrap_or("");
        let Some(mut n) = lexicon::number(num_text) else {
            return false;
        };
        if hit.has("andhalf") {
            n += 0.5;
        }
        if n <= 0.0 || n > 10_000.0 {
            return false;
        }
        let article = matches!(num_text.to_ascii_lowercase().as_str(), "a" | "an");
        let word_number = !num_text.starts_with(|c: char| c.is_ascii_digit());
        if (unit == Unit::Quarter && n < 2.0) || (unit == Unit::Second && n == 1.0 && word_number) {
            return false; // "a quarter of its dealers", "a second round"
        }
        let suffix = hit.get("suf").map(|s| {
            s.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_ascii_lowercase()
        });
        let (mut approx_mod, mut approx_outside) = hit
            .get("approx")
            .and_then(lexicon::approximator)
            .map_or((None, false), |(m, o)| (Some(m), o));
        if hit.has("pre") {
            // "over the next four years": a preposition, not an approximation.
            (approx_mod, approx_outside) = (None, hit.has("approx"));
        }
        let mut span = (start, end);
        if approx_outside {
            span.0 = hit
                .span_of("pre")
                .or(hit.span_of("num"))
                .map_or(start, |s| s.0);
        }
        if article
            && hit.get("approx").is_none()
            && !hit.has("pre")
            && !hit.has("adj")
            && !hit.has("andhalf")
        {
            let anchored = matches!(
                suffix.as_deref(),
                Some("ago" | "later" | "earlier" | "from now" | "hence")
            );
            let cue = self.prev_text(start).is_some_and(lexicon::is_duration_cue);
            if !anchored && !cue {
                return false; // "not a day anybody", "$5 million a year"
            }
        }
        let unit_end = hit.span_of("unit").map_or(end, |s| s.1);
        let r = self.reference;
        match suffix.as_deref() {
            Some("ago") => {
                let period = r.day().and_then(|d| resolve::offset(d, -n, unit));
                let period = period.or_else(|| {
                    (unit == Unit::Year && n.fract() == 0.0)
                        .then(|| r.year().map(|y| Period::Year(y - n as i32)))
                        .flatten()
                });
                return self.push_period(
                    span,
                    period,
                    || resolve::unresolved(unit, None),
                    None,
                    Anchor::Dct,
                );
            }
            Some("later" | "earlier") => {
                let sign = if suffix.as_deref() == Some("later") {
                    1.0
                } else {
                    -1.0
                };
                let (base, anchor) = match self.text_anchor(Unit::Day) {
                    Some(Period::Day(d)) => (Some(d), Anchor::Text),
                    _ => (r.day(), Anchor::Dct),
                };
                let period = base.and_then(|d| resolve::offset(d, sign * n, unit));
                return self.push_period(
                    span,
                    period,
                    || resolve::unresolved(unit, None),
                    None,
                    anchor,
                );
            }
            Some("from now" | "hence") => {
                let period = r.day().and_then(|d| resolve::offset(d, n, unit));
                return self.push_period(
                    span,
                    period,
                    || resolve::unresolved(unit, None),
                    None,
                    Anchor::Dct,
                );
            }
            Some(_) => span.1 = unit_end, // "two days before the launch": the duration only
            None => {}
        }
        // "in three months" in a future clause is a date.
        let plain = hit.get("approx").is_none() && !hit.has("pre") && !hit.has("adj");
        if plain
            && !matches!(unit, Unit::Hour | Unit::Minute | Unit::Second)
            && self
                .prev_text(start)
                .is_some_and(|w| w.eq_ignore_ascii_case("in"))
            && tense::around(self.doc, ByteSpan::new(start, end)) == Tense::Future
            && !self.superlative_before(start)
            && let Some(d) = r.day()
        {
            let period = resolve::offset(d, n, unit);
            return self.push_period(
                span,
                period,
                || resolve::unresolved(unit, None),
                None,
                Anchor::Dct,
            );
        }
        let value = unit.duration(Some(n));
        // "between 60 and 90 days": the first number is a duration of the same unit.
        if plain && !hit.has("andhalf") {
            let from = self.text[..span.0]
                .char_indices()
                .rev()
                .nth(24)
                .map_or(0, |(i, _)| i);
            if let Some(c) = RANGE_HEAD.captures(&self.text[from..span.0])
                && let Some(g) = c.get(1)
                && let Some(first) = lexicon::number(g.as_str())
                && first > 0.0
                && first < n
            {
                let s = (from + g.start(), from + g.end());
                self.push(
                    s,
                    DateType::Duration,
                    Value::Text(unit.duration(Some(first))),
                    None,
                    Anchor::None,
                );
            }
        }
        self.push(
            span,
            DateType::Duration,
            Value::Text(value),
            approx_mod,
            Anchor::None,
        )
    }

    fn vague_duration(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let Some(unit) = hit.get("unit").and_then(lexicon::unit) else {
            return false;
        };
        if let Some(cue) = hit.get("cue") {
            let cue = cue.to_ascii_lowercase();
            if hit.has("the") && !matches!(cue.as_str(), "over" | "throughout" | "during") {
                return false;
            }
            if cue == "after" && unit == Unit::Hour {
                return false; // "after hours trading"
            }
            let span = hit.span_of("x").unwrap_or((start, end));
            return self.push(
                span,
                DateType::Duration,
                Value::Text(unit.duration(None)),
                None,
                Anchor::None,
            );
        }
        let vague = hit.get("vague").unwrap_or("").to_ascii_lowercase();
        let suffix = hit.get("suf").map(str::to_ascii_lowercase);
        if vague == "recent" || suffix.as_deref() == Some("ago") {
            return self.push(
                (start, end),
                DateType::Date,
                Value::Text("PAST_REF".to_string()),
                None,
                Anchor::None,
            );
        }
        let span_end = hit.span_of("unit").map_or(end, |s| s.1);
        let (mut modifier, mut outside) = hit
            .get("approx")
            .and_then(lexicon::approximator)
            .map_or((None, false), |(m, o)| (Some(m), o));
        if vague.starts_with("the") {
            // "over the next few years": a preposition, not an approximation.
            (modifier, outside) = (None, hit.has("approx"));
        }
        let span_start = if outside {
            hit.span_of("vague").map_or(start, |s| s.0)
        } else {
            start
        };
        self.push(
            (span_start, span_end),
            DateType::Duration,
            Value::Text(unit.duration(None)),
            modifier,
            Anchor::None,
        )
    }

    fn unit_adjective(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let Some(word) = hit.get("unit") else {
            return false;
        };
        let multi = self.text[start..end]
            .to_ascii_lowercase()
            .starts_with("multi");
        let Some(unit) = lexicon::unit(word) else {
            return false;
        };
        let n = if multi || lexicon::is_plural_unit(word) && unit != Unit::Century {
            None
        } else {
            Some(1.0)
        };
        self.push(
            (start, end),
            DateType::Duration,
            Value::Text(unit.duration(n)),
            None,
            Anchor::None,
        )
    }

    fn set(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        if let Some(word) = hit.get("setw") {
            if Self::capitalised(word) && !self.starts_sentence(start) {
                return false; // "China Daily", "Weekly Standard"
            }
            let Some(value) = lexicon::lookup(lexicon::SET_WORDS, word) else {
                return false;
            };
            return self.push(
                (start, end),
                DateType::Set,
                Value::Text(value.to_string()),
                None,
                Anchor::None,
            );
        }
        let value = if let Some(code) = hit.get("pod").and_then(lexicon::part_of_day) {
            format!("XXXX-XX-XXT{code}")
        } else if let Some((code, _)) = hit.get("season").and_then(lexicon::season) {
            format!("XXXX-{code}")
        } else if let Some(wd) = hit.get("wd").and_then(lexicon::weekday) {
            format!("XXXX-WXX-{wd}")
        } else if let Some(unit) = hit.get("unit").and_then(lexicon::unit) {
            let n = match hit.get("num") {
                Some(w) if w.eq_ignore_ascii_case("other") => Some(2.0),
                Some(w) => lexicon::number(w),
                None => Some(1.0),
            };
            let Some(n) = n.filter(|n| *n >= 1.0) else {
                return false;
            };
            unit.duration(Some(n))
        } else {
            return false;
        };
        self.push(
            (start, end),
            DateType::Set,
            Value::Text(value),
            None,
            Anchor::None,
        )
    }

    fn anaphor(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let span = hit.span_of("x").unwrap_or((start, end));
        let word = hit.get("unit").unwrap_or("").to_ascii_lowercase();
        let k = hit.get("ana").and_then(relative_shift).unwrap_or(0);
        if let Some(code) = lexicon::part_of_day(&word) {
            let (base, anchor) = self.anchor_period(Unit::Day);
            let day = match base {
                Some(Period::Day(d)) => DayPart::Known(d.add_days(i64::from(k))),
                _ => DayPart::Unknown(resolve::unresolved(Unit::Day, None)),
            };
            let anchor = if matches!(day, DayPart::Known(_)) {
                anchor
            } else {
                Anchor::None
            };
            return self.push(
                span,
                DateType::Time,
                Value::Timed {
                    day,
                    clock: code.to_string(),
                    zone: None,
                },
                None,
                anchor,
            );
        }
        if matches!(word.as_str(), "time" | "period" | "date") {
            // "that time": whatever the latest date of the text was.
            let Some(p) = self
                .out
                .iter()
                .rev()
                .find_map(|t| match (&t.value, t.kind) {
                    (Value::Period(p), DateType::Date) => Some(*p),
                    _ => None,
                })
            else {
                return false;
            };
            return self.push(span, DateType::Date, Value::Period(p), None, Anchor::Text);
        }
        let Some(unit) = lexicon::unit(&word) else {
            return false;
        };
        let modifier = hit.get("pos").and_then(position_mod);
        let (base, anchor) = self.anchor_period(unit);
        self.push_period(
            span,
            base.map(|p| p.shift(k)),
            || resolve::unresolved(unit, None),
            modifier,
            anchor,
        )
    }

    fn relative_period(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span_of("x").unwrap_or(hit.span());
        let Some(unit) = hit.get("unit").and_then(lexicon::unit) else {
            return false;
        };
        let r = self.reference;
        if let Some(el) = hit.get("el") {
            let modifier = position_mod(el);
            if hit.has("inthe") {
                // "late in the day": the day of the story.
                let (period, anchor) = self.anchor_period(unit);
                return self.push_period(
                    (start, end),
                    period,
                    || resolve::unresolved(unit, None),
                    modifier,
                    anchor,
                );
            }
            let period = if unit == Unit::Year {
                resolve::part_of_year(r, el.eq_ignore_ascii_case("earlier"))
            } else {
                r.period(unit)
            };
            return self.push_period(
                (start, end),
                period,
                || resolve::unresolved(unit, r.year()),
                None,
                Anchor::Dct,
            );
        }
        if hit.has("yend") {
            return self.push_period(
                (start, end),
                r.period(unit),
                || resolve::unresolved(unit, r.year()),
                Some("END"),
                Anchor::Dct,
            );
        }
        let pos = hit.get("pos").map(str::to_ascii_lowercase);
        let rest = matches!(pos.as_deref(), Some("remainder" | "rest" | "balance"));
        let modifier = if rest {
            None
        } else {
            hit.get("md").or(pos.as_deref()).and_then(position_mod)
        };
        let rel = hit.get("rel");
        let k = match rel {
            Some(w) => match relative_shift(w) {
                Some(k) => k,
                None => return false,
            },
            None => 0,
        };
        let rel_word = rel.map(|w| w.to_ascii_lowercase()).unwrap_or_default();
        if hit.has("the")
            && pos.is_none()
            && !hit.has("md")
            && matches!(
                rel_word.as_str(),
                "past" | "last" | "next" | "coming" | "upcoming"
            )
        {
            // "the past year" is a duration.
            return self.push(
                (start, end),
                DateType::Duration,
                Value::Text(unit.duration(Some(1.0))),
                None,
                Anchor::None,
            );
        }
        if rest && unit == Unit::Year && k == 0 {
            return self.push_period(
                (start, end),
                resolve::part_of_year(r, false),
                || "XXXX".to_string(),
                None,
                Anchor::Dct,
            );
        }
        let mut period = r.period(unit).map(|p| p.shift(k));
        if unit == Unit::Weekend
            && k == 0
            && let (Some(p), Some(d)) = (period, r.day())
            && d.weekday() < 6
            && self.direction(start, end) == Direction::Past
        {
            period = Some(p.shift(-1)); // "this weekend" said on a Monday, in the past tense
        }
        let year = if k == 0 { r.year() } else { None };
        self.push_period(
            (start, end),
            period,
            || resolve::unresolved(unit, year),
            modifier,
            Anchor::Dct,
        )
    }

    fn deictic(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let Some(word) = hit.get("deictic") else {
            return false;
        };
        if Self::capitalised(word) && self.capitalised_word_precedes(start).is_some() {
            return false; // "USA Today"
        }
        let mut k: i64 = match word.to_ascii_lowercase().as_str() {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        match hit.get("ba").map(str::to_ascii_lowercase).as_deref() {
            Some("before") => k -= 1,
            Some("after") => k += 1,
            _ => {}
        }
        let modifier = hit
            .get("el")
            .filter(|e| matches!(e.to_ascii_lowercase().as_str(), "early" | "late"))
            .and_then(position_mod);
        let (day, anchor) = self.dct_day_shift(k);
        if word.eq_ignore_ascii_case("tonight") {
            return self.push(
                (start, end),
                DateType::Time,
                Value::Timed {
                    day,
                    clock: "NI".to_string(),
                    zone: None,
                },
                None,
                anchor,
            );
        }
        match day {
            DayPart::Known(d) => self.push(
                (start, end),
                DateType::Date,
                Value::Period(Period::Day(d)),
                modifier,
                anchor,
            ),
            DayPart::Unknown(s) => self.push(
                (start, end),
                DateType::Date,
                Value::Text(s),
                modifier,
                Anchor::None,
            ),
            DayPart::Pending => false,
        }
    }

    fn weekday(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let Some(wd) = hit.get("wd").and_then(lexicon::weekday) else {
            return false;
        };
        if hit.has("every") || hit.has("plural") {
            return self.push(
                (start, end),
                DateType::Set,
                Value::Text(format!("XXXX-WXX-{wd}")),
                None,
                Anchor::None,
            );
        }
        if self.capitalised_name_follows(end) {
            return false; // "Sunday Times", "Monday Night Football"
        }
        let Some(dct) = self.reference.day() else {
            return self.push(
                (start, end),
                DateType::Date,
                Value::Text(format!("XXXX-WXX-{wd}")),
                None,
                Anchor::None,
            );
        };
        let weeks = hit.get("rel").and_then(relative_shift);
        let date = resolve::weekday_date(wd, weeks, self.direction(start, end), dct);
        self.push(
            (start, end),
            DateType::Date,
            Value::Period(Period::Day(date)),
            None,
            Anchor::Dct,
        )
    }

    fn reference_word(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let Some(word) = hit.get("ref") else {
            return false;
        };
        let Some(value) = lexicon::lookup_spaced(lexicon::REFERENCES, &word.replace('-', " "))
            .or_else(|| lexicon::lookup_spaced(lexicon::REFERENCES, word))
        else {
            return false;
        };
        if word.eq_ignore_ascii_case("now")
            && (self.text[end..].starts_with('-')
                || (word == "Now" && !self.starts_sentence(start))
                || word == "NOW")
        {
            return false; // "the now-cancelled deal", "NOW" the organisation
        }
        self.push(
            (start, end),
            DateType::Date,
            Value::Text(value.to_string()),
            None,
            Anchor::None,
        )
    }

    fn year(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let modifier = hit.get("md").or(hit.get("pos")).and_then(position_mod);
        if let Some(yy) = hit.get("yy") {
            if self.text[..start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            {
                return false;
            }
            let Ok(n) = yy.parse::<i32>() else {
                return false;
            };
            let y = resolve::expand_two_digit_year(n, self.reference);
            return self.push(
                (start, end),
                DateType::Date,
                Value::Period(Period::Year(y)),
                None,
                Anchor::None,
            );
        }
        let Some(year) = hit.get("year").and_then(|y| y.parse::<i32>().ok()) else {
            return false;
        };
        let lone = end - start == 4;
        if lone {
            if !self.plausible_bare_year(year, start, end) {
                return false;
            }
            if self.continues_fiscal_list(start) {
                return self.push(
                    (start, end),
                    DateType::Date,
                    Value::Period(Period::FiscalYear(year)),
                    None,
                    Anchor::None,
                );
            }
        } else if !(1000..=2199).contains(&year) {
            return false;
        }
        self.push(
            (start, end),
            DateType::Date,
            Value::Period(Period::Year(year)),
            modifier,
            Anchor::None,
        )
    }

    /// Whether a lone four-digit number is a year: not a count ("2000 jobs"), not part of a
    /// name ("Russell 2000", "the 2020 Census"), in a plausible range.
    fn plausible_bare_year(&self, year: i32, start: usize, end: usize) -> bool {
        let prev = self.prev_text(start);
        let cue = prev.is_some_and(lexicon::is_year_cue);
        let range = if cue { 1000..=2199 } else { 1800..=2099 };
        if !range.contains(&year) {
            return false;
        }
        if self.next_text(end).is_some_and(lexicon::is_count_noun) {
            return false;
        }
        if let Some(w) = self.capitalised_word_precedes(start)
            && !lexicon::may_precede_year(w)
            && month_from_name(w).is_none()
        {
            return false;
        }
        if !cue && self.capitalised_name_follows(end) {
            return false;
        }
        true
    }

    /// Whether a year continues a list of fiscal years ("Fiscal 2018 and 2019 funds").
    fn continues_fiscal_list(&self, start: usize) -> bool {
        self.out
            .last()
            .is_some_and(|t| matches!(t.value, Value::Period(Period::FiscalYear(_))))
            && self.joined_to_previous(start)
    }

    fn year_range(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (Some(first), Some(second)) = (hit.span_of("year"), hit.span_of("upto")) else {
            return false;
        };
        let (Ok(y1), Ok(n2)) = (
            self.text[first.0..first.1].parse::<i32>(),
            self.text[second.0..second.1].parse::<i32>(),
        ) else {
            return false;
        };
        let y2 = if second.1 - second.0 == 2 {
            y1 - y1.rem_euclid(100) + n2
        } else {
            n2
        };
        if !(1000..=2199).contains(&y1) || y2 <= y1 || y2 - y1 > 100 {
            return false;
        }
        if self
            .next_text(hit.span().1)
            .is_some_and(lexicon::is_count_noun)
        {
            return false;
        }
        self.push(
            first,
            DateType::Date,
            Value::Period(Period::Year(y1)),
            None,
            Anchor::None,
        ) && self.push(
            second,
            DateType::Date,
            Value::Period(Period::Year(y2)),
            None,
            Anchor::None,
        )
    }

    // ----- after the scan

    /// Gives each clock time written without a day the day next to it ("16:15 UTC, June 1"),
    /// else the DCT.
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
    fn mention(&self, t: &Timex) -> DateMention {
        let (value, range) = match &t.value {
            Value::Period(p) => (p.value(), p.range()),
            Value::Timed { day, clock, zone } => {
                let (date, range) = match day {
                    DayPart::Known(d) => (d.to_string(), Some((*d, *d))),
                    DayPart::Unknown(s) => (s.clone(), None),
                    DayPart::Pending => ("XXXX-XX-XX".to_string(), None),
                };
                let offset = match (zone, day) {
                    (Some(Zone::Fixed(z)), _) => *z,
                    (Some(Zone::UsGeneric { standard, daylight }), DayPart::Known(d)) => {
                        if resolve::us_daylight_saving(*d) {
                            daylight
                        } else {
                            standard
                        }
                    }
                    (Some(Zone::UsGeneric { standard, .. }), _) => standard,
                    (None, _) => "",
                };
                (format!("{date}T{clock}{offset}"), range)
            }
            Value::Text(s) => (s.clone(), None),
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
            range: range.map(|(a, b)| [a.to_string(), b.to_string()]),
            anchor,
            byte_start: t.span.start,
            byte_end: t.span.end,
        }
    }
}
