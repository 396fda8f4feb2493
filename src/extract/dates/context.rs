//! What the tagger looks at around a candidate: neighbouring words, capitalisation, the
//! sentence's tense, earlier mentions it may refer to.

use super::lexicon::{self, Unit};
use super::resolve::{self, Direction, Period};
use super::tense::{self, Tense};
use super::{Anchor, DayPart, Tagger, Timex, Value};
use crate::calendar::month_from_name;
use crate::record::DateType;
use crate::segment::ByteSpan;

impl<'a> Tagger<'_, 'a> {
    /// Checks every candidate needs: whole words (also next to non-ASCII letters), not part of
    /// a longer number or an identifier ("1,2020", "555-2020", "SPRWA1-13-D-2000"), not inside
    /// an amount of money.
    pub(super) fn plausible(&self, start: usize, end: usize) -> bool {
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
            let mut back = text[..start].chars().rev();
            let sep = back.next();
            if sep.is_some_and(|c| ".,/:-".contains(c))
                && back.next().is_some_and(|c| c.is_ascii_digit())
            {
                return false;
            }
            if sep == Some('-') {
                // "D-2000" in a contract number, but "pre-2008".
                let from = text[..start - 1]
                    .char_indices()
                    .rev()
                    .take(32)
                    .last()
                    .map_or(0, |(i, _)| i);
                let token = text[from..start - 1]
                    .rsplit(char::is_whitespace)
                    .next()
                    .unwrap_or("");
                if token
                    .chars()
                    .any(|c| c.is_ascii_digit() || c.is_uppercase())
                {
                    return false;
                }
            }
        }
        if last.is_some_and(|c| c.is_ascii_digit()) {
            let mut ahead = text[end..].chars();
            match ahead.next() {
                Some('%') => return false,
                // "1,900", "3.5", "555-2020" continue a number; "June 5-7" is a range of days.
                Some(c)
                    if ".,/:-".contains(c)
                        && ahead.next().is_some_and(|c| c.is_ascii_digit())
                        && (c != '-' || first.is_some_and(|f| f.is_ascii_digit())) =>
                {
                    return false;
                }
                _ => {}
            }
        }
        let i = self.money.partition_point(|m| m.byte_end <= start);
        self.money.get(i).is_none_or(|m| m.byte_start >= end)
    }

    /// The word right before byte `pos`, when only a little whitespace separates them.
    pub(super) fn word_before(&self, pos: usize) -> Option<ByteSpan> {
        let words = &self.doc.words;
        let i = words.partition_point(|w| w.end <= pos);
        let w = *words.get(i.checked_sub(1)?)?;
        let gap = &self.text[w.end..pos];
        (gap.len() <= 4 && gap.chars().all(char::is_whitespace)).then_some(w)
    }

    /// The word right after byte `pos`, when only a little whitespace separates them.
    pub(super) fn word_after(&self, pos: usize) -> Option<ByteSpan> {
        let words = &self.doc.words;
        let i = words.partition_point(|w| w.start < pos);
        let w = *words.get(i)?;
        let gap = &self.text[pos..w.start];
        (gap.len() <= 4 && gap.chars().all(char::is_whitespace)).then_some(w)
    }

    /// The text of [`Tagger::word_before`].
    pub(super) fn prev_text(&self, pos: usize) -> Option<&'a str> {
        self.word_before(pos).map(|w| &self.text[w.start..w.end])
    }

    /// The text of [`Tagger::word_after`].
    pub(super) fn next_text(&self, pos: usize) -> Option<&'a str> {
        self.word_after(pos).map(|w| &self.text[w.start..w.end])
    }

    /// Whether byte `pos` starts its sentence (or a line).
    pub(super) fn starts_sentence(&self, pos: usize) -> bool {
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

    /// Whether `word` starts with a capital.
    pub(super) fn capitalised(word: &str) -> bool {
        word.starts_with(|c: char| c.is_uppercase())
    }

    /// Whether `word` is written in capitals ("FRIDAY", "STATE").
    pub(super) fn all_caps(word: &str) -> bool {
        word.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !word.chars().any(char::is_lowercase)
    }

    /// Whether the words around `start..end` are written in capitals (an ALL-CAPS headline or
    /// paragraph), where capitalisation says nothing about names.
    pub(super) fn caps_context(&self, start: usize, end: usize) -> bool {
        let before = self.prev_text(start);
        let after = self.next_text(end);
        let own = &self.text[start..end];
        !own.chars().any(char::is_lowercase)
            && (before.is_some_and(Self::all_caps) || after.is_some_and(Self::all_caps))
    }

    /// Whether the word after `pos` is a capitalised word that is not itself part of a date
    /// ("2020 Census", "Sunday Times", but not "2020 Sept." or "Jan. 5 BC").
    pub(super) fn capitalised_name_follows(&self, start: usize, pos: usize) -> bool {
        if self.caps_context(start, pos) {
            return false;
        }
        self.next_text(pos).is_some_and(|w| {
            Self::capitalised(w)
                && month_from_name(w).is_none()
                && lexicon::weekday(w).is_none()
                && !matches!(w, "BC" | "AD" | "BCE" | "CE" | "I")
        })
    }

    /// The capitalised word (not starting its sentence) right before `start`, if any.
    pub(super) fn capitalised_word_precedes(&self, start: usize, end: usize) -> Option<&'a str> {
        let w = self.word_before(start)?;
        let word = &self.text[w.start..w.end];
        (Self::capitalised(word)
            && !self.starts_sentence(w.start)
            && !self.caps_context(start, end))
        .then_some(word)
    }

    /// Whether the previous mention ends just before `pos`, joined by a conjunction ("April
    /// and June", "2009 to 2011", "fiscal 2018 and 2019").
    pub(super) fn joined_to_previous(&self, pos: usize) -> bool {
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
                | ", and"
                | "and in"
                | "or in"
                | "to early"
                | "to late"
        )
    }

    /// The tense around `start..end`.
    pub(super) fn tense(&self, start: usize, end: usize) -> Tense {
        tense::around(self.doc, ByteSpan::new(start, end))
    }

    /// Which way a relative date around `start..end` leans, by the tense. A present or
    /// unmarked clause that runs up to the date ("ends Dec. 31", "runs through September", "due
    /// by March") points ahead.
    pub(super) fn direction(&self, start: usize, end: usize) -> Direction {
        match self.tense(start, end) {
            Tense::Present | Tense::Unknown if self.runs_up_to(start) => Direction::Future,
            Tense::Past if self.extended_to(start) => Direction::Future,
            t => t.into(),
        }
    }

    /// Whether the date is where something was extended to: "the contract, which was extended
    /// through Dec. 31" points ahead of the story, whatever the tense of the extension.
    fn extended_to(&self, start: usize) -> bool {
        let mut words = self.doc.text[..start]
            .rsplit(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        let until = words.next().unwrap_or("");
        let verb = words.next().unwrap_or("");
        ["through", "thru", "until", "till", "to"]
            .iter()
            .any(|w| until.eq_ignore_ascii_case(w))
            && ["extended", "extends", "extend", "extending"]
                .iter()
                .any(|w| verb.eq_ignore_ascii_case(w))
    }

    /// Whether the word right before `start` (after an optional "the end of") says that
    /// something lasts until the date: "through", "until", "ends", "expires", "by".
    fn runs_up_to(&self, start: usize) -> bool {
        let before = self.doc.text[..start].trim_end();
        let before = before
            .strip_suffix("the end of")
            .map_or(before, str::trim_end);
        let word = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        UNTIL_WORDS.contains(&word.as_str())
    }

    /// The latest earlier date of the text that fits `unit` (for "the day", "the following
    /// week"), as that unit's period.
    pub(super) fn text_anchor(&self, unit: Unit) -> Option<Period> {
        self.out.iter().rev().take(24).find_map(|t| match &t.value {
            Value::Period(p) if t.kind == DateType::Date => p.to_unit(unit),
            Value::Timed {
                day: DayPart::Known(d),
                ..
            } => Some(resolve::of_day(*d, unit)),
            _ => None,
        })
    }

    /// The latest topical date of the text that `keep` accepts, within the sentence of `pos`
    /// and the one before: the period a phrase such as "a year earlier" or "the same quarter"
    /// refers to.
    pub(super) fn recent_period(
        &self,
        pos: usize,
        keep: impl Fn(Period) -> bool,
    ) -> Option<Period> {
        let sentences = &self.doc.sentences;
        let i = sentences.partition_point(|s| s.span.end <= pos);
        let from = sentences
            .get(i.saturating_sub(1))
            .map_or(0, |s| s.span.start.min(pos));
        self.out
            .iter()
            .rev()
            .take(24)
            .take_while(|t| t.span.start >= from)
            .find_map(|t| match t.value {
                Value::Period(p) if t.kind == DateType::Date && t.topical && keep(p) => Some(p),
                _ => None,
            })
    }

    /// The latest topical date of the text that `keep` accepts, however far back (within the
    /// last couple of dozen mentions).
    pub(super) fn latest_period(&self, keep: impl Fn(Period) -> bool) -> Option<Period> {
        self.out.iter().rev().take(24).find_map(|t| match t.value {
            Value::Period(p) if t.kind == DateType::Date && t.topical && keep(p) => Some(p),
            _ => None,
        })
    }

    /// The period of `unit` of the text anchor, else of the DCT, with what it came from.
    pub(super) fn anchor_period(&self, unit: Unit) -> (Option<Period>, Anchor) {
        match self.text_anchor(unit) {
            Some(p) => (Some(p), Anchor::Text),
            None => (self.reference.period(unit), Anchor::Dct),
        }
    }

    /// The DCT's day moved by `days`, or its underspecified form.
    pub(super) fn dct_day_shift(&self, days: i64) -> (DayPart, Anchor) {
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

    /// The date of a bare weekday around `start..end`: the DCT when the weekdays agree, else
    /// the nearest one the tense points to (the past unless the clause is future or present).
    pub(super) fn weekday_day(
        &self,
        wd: u32,
        weeks: Option<i32>,
        start: usize,
        end: usize,
    ) -> DayPart {
        let Some(dct) = self.reference.day() else {
            return DayPart::Unknown(format!("XXXX-WXX-{wd}"));
        };
        let dir = match self.tense(start, end) {
            Tense::Future => Direction::Future,
            Tense::Present => Direction::Nearest,
            Tense::Past | Tense::Unknown => Direction::Past,
        };
        DayPart::Known(resolve::weekday_date(wd, weeks, dir, dct))
    }

    /// The period of a month (and day) written without a year, with what it was resolved
    /// against: the year the relative word or the tense points to; with a weekday ("Friday,
    /// Sept. 26") the neighbouring year where the weekday agrees.
    pub(super) fn month_without_year(
        &self,
        month: u32,
        day: Option<u32>,
        wd: Option<u32>,
        start: usize,
        end: usize,
    ) -> Option<Period> {
        let mut y = resolve::year_for_month(month, day, self.direction(start, end), self.reference);
        if let (Some(wd), Some(d), Some(y0)) = (wd, day, y) {
            y = [y0, y0 - 1, y0 + 1]
                .into_iter()
                .find(|&c| {
                    crate::calendar::CivilDate::new(c, month, d).is_some_and(|x| x.weekday() == wd)
                })
                .or(y);
        }
        let y = y?;
        match day {
            Some(d) => crate::calendar::CivilDate::new(y, month, d).map(Period::Day),
            None => Some(Period::Month(y, month)),
        }
    }

    /// The day of a day word next to a time ("today", "yesterday", "Tuesday").
    pub(super) fn day_word(&self, word: &str, start: usize, end: usize) -> (DayPart, Anchor) {
        match word.to_ascii_lowercase().as_str() {
            "today" | "tonight" | "this" => self.dct_day_shift(0),
            "yesterday" | "last" => self.dct_day_shift(-1),
            "tomorrow" => self.dct_day_shift(1),
            _ => match lexicon::weekday(word) {
                Some(wd) => {
                    let day = self.weekday_day(wd, None, start, end);
                    let anchor = if matches!(day, DayPart::Known(_)) {
                        Anchor::Dct
                    } else {
                        Anchor::None
                    };
                    (day, anchor)
                }
                None => (DayPart::Pending, Anchor::None),
            },
        }
    }

    /// The approximator written right before `pos` ("about", "at least", "no more than"), as
    /// (its start, its text).
    pub(super) fn approximator_before(&self, pos: usize) -> Option<(usize, &'a str)> {
        // Every approximator ends with one of these words; most durations follow none.
        let last = self.prev_text(pos)?;
        if !lexicon::is_in(lexicon::APPROXIMATOR_ENDS, last) {
            return None;
        }
        let mut start = pos;
        let mut best = None;
        for _ in 0..3 {
            let w = self.word_before(start)?;
            start = w.start;
            let phrase = &self.text[start..pos];
            if lexicon::approximator(phrase.trim_end()).is_some() {
                best = Some((start, phrase.trim_end()));
            }
        }
        best
    }

    /// Whether a money mention ends right before `pos` ("$68,000 [a year]").
    pub(super) fn follows_money(&self, pos: usize) -> bool {
        let i = self.money.partition_point(|m| m.byte_end <= pos);
        i.checked_sub(1)
            .and_then(|j| self.money.get(j))
            .is_some_and(|m| {
                pos - m.byte_end <= 2 && self.text[m.byte_end..pos].chars().all(char::is_whitespace)
            })
    }

    /// The last mention, if it is of the given kind of value.
    pub(super) fn last_mention(&self) -> Option<&Timex> {
        self.out.last()
    }
}

/// Words before a date that say something lasts until it ("runs through", "expires").
const UNTIL_WORDS: &[&str] = &[
    "through", "thru", "until", "till", "by", "ends", "end", "expires", "expire", "runs",
];
