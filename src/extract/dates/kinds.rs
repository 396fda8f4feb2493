//! One routine per kind of expression: check the candidate in its context, value it, add it.
//! Each returns `false` to refuse the candidate (the scan then retries one character later).

use std::sync::LazyLock;

use crate::pattern::Regex;

use super::lexicon::{self, Unit};
use super::patterns::{Hit, Kind};
use super::resolve::{self, Direction, Period};
use super::{Anchor, DayPart, Tagger, Value};
use crate::calendar::{CivilDate, days_in_month, month_from_name};
use crate::record::DateType;

/// A short word lower-cased on the stack (longer ones are cut, which no table word is).
struct Lower {
    buf: [u8; 32],
    len: usize,
}

impl Lower {
    fn of(word: &str) -> Lower {
        let mut buf = [0u8; 32];
        let mut len = 0;
        // Cut at a character boundary so the buffer stays UTF-8.
        for (i, c) in word.char_indices() {
            if i + c.len_utf8() > buf.len() {
                break;
            }
            len = i + c.len_utf8();
        }
        buf[..len].copy_from_slice(&word.as_bytes()[..len]);
        buf[..len].make_ascii_lowercase();
        Lower { buf, len }
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

/// The `mod` of "early"/"mid"/"late" and of "the beginning/middle/end of".
fn position_mod(word: &str) -> Option<&'static str> {
    match Lower::of(word).as_str() {
        "early" | "beginning" | "start" | "earlier" => Some("START"),
        "mid" | "middle" => Some("MID"),
        "late" | "end" | "close" | "later" => Some("END"),
        _ => None,
    }
}

/// The shift of "last"/"this"/"next" and their synonyms.
fn relative_shift(word: &str) -> Option<i32> {
    let mut words = word.split_whitespace();
    let first = Lower::of(words.next()?);
    let second = words.next().map(Lower::of);
    match (first.as_str(), second.as_ref().map(Lower::as_str)) {
        ("this", Some("past")) | ("most", Some("recent")) => Some(-1),
        ("last" | "past" | "previous" | "prior" | "preceding" | "latest", None) => Some(-1),
        ("this" | "current" | "same" | "that", None) => Some(0),
        ("next" | "coming" | "upcoming" | "following", None) => Some(1),
        _ => None,
    }
}

/// A number joined to a duration as a range: "between [60] and 90 days", "[1.5] to 2 years".
static RANGE_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<&str> = lexicon::NUMBER_WORDS.iter().map(|(w, _)| *w).collect();
    Regex::new(&format!(
        r"(?i)(?:^|[^0-9A-Za-z.,$])([0-9]{{1,4}}(?:\.[0-9]+)?|{})\s{{0,2}}(?:-|–|to|and|or)\s{{0,2}}$",
        words.join("|")
    ))
    .expect("range pattern is valid")
});

/// "aged", maybe with the first number of a range, right before a duration: an age.
/// Words of a game told play by play: a bare "the fourth quarter" near them is a period of
/// the game, not of the calendar ("a 3-yard touchdown early in the fourth quarter").
static GAME_PLAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:touchdowns?|field goals?|quarterbacks?|interceptions?|fumbled?|fumbles|sacked|punts?|kickoffs?|halftime|three-pointers?|free throws?|rebounds?|layups?|dunks?|buzzer|yards?|goalkeeper|power play|penalty kicks?|hat trick)\b",
    )
    .expect("game-play pattern is valid")
});

static AGED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\baged?\s+(?:[0-9]{1,3}\s*(?:-|–|to|or)\s*)?$").expect("age pattern is valid")
});

/// The largest character boundary of `text` at or below `i`.
fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A quarter or half number written as "3", "third", "3rd", "final".
fn ordinal_number(hit: &Hit<'_, '_>, name: &str) -> Option<u32> {
    hit.get(name).and_then(|w| {
        w.parse()
            .ok()
            .or_else(|| lexicon::lookup(lexicon::PERIOD_ORDINALS, w))
    })
}

impl Tagger<'_, '_> {
    /// Values one candidate of the grammar.
    pub(super) fn interpret(&mut self, hit: &Hit<'_, '_>) -> bool {
        match hit.kind() {
            Kind::Clock => self.clock(hit),
            Kind::PartOfDay => self.part_of_day(hit),
            Kind::Date => self.date(hit),
            Kind::NumericDate => self.numeric_date(hit),
            Kind::DayRange => self.day_range(hit),
            Kind::Quarter => self.quarter(hit),
            Kind::Half => self.half(hit),
            Kind::FiscalYear => self.fiscal_year(hit),
            Kind::SamePeriod => self.same_period(hit),
            Kind::Season => self.season(hit),
            Kind::Decade => self.decade(hit),
            Kind::Century => self.century(hit),
            Kind::Holiday => self.holiday(hit),
            Kind::Consecutive => self.consecutive(hit),
            Kind::Age => true, // ages are not annotated; the match only keeps "45-year" from being a duration
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

    /// The fiscal year of a `%FYEXPR%` fragment, with its anchor, if the rule has one.
    fn written_fiscal_year(&self, hit: &Hit<'_, '_>) -> Option<(Option<i32>, Anchor)> {
        if let Some(y) = self.written_year(hit, "fy", "fyy") {
            return Some((Some(y), Anchor::None));
        }
        if let Some(k) = hit.get("frel").and_then(relative_shift) {
            return Some((self.reference.fiscal_year().map(|y| y + k), Anchor::Dct));
        }
        None
    }

    fn clock(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let named = hit
            .get("named")
            .and_then(|n| lexicon::lookup(lexicon::NAMED_TIMES, n));
        let (mut hour, minute): (u32, u32) = match named {
            Some(hour) => (hour, 0),
            None => {
                let Some(h) = hit.get("hh").and_then(|h| h.parse().ok()) else {
                    return false;
                };
                (h, hit.get("mi").and_then(|m| m.parse().ok()).unwrap_or(0))
            }
        };
        // "06:58 -- HELVETIA PHARMA Q3 SALES …": the time stamp that opens a wire alert's line,
        // on the day of the story.
        let stamp = (start == 0 || self.text[..start].ends_with('\n'))
            && self.text[end..]
                .trim_start_matches([' ', '\u{a0}'])
                .starts_with(['-', '–', '—', '|']);
        if let Some(ap) = hit.get("ap") {
            let pm = ap.starts_with(['p', 'P']);
            hour = hour % 12 + if pm { 12 } else { 0 };
        } else if named.is_none() && !hit.has("tz") && !hit.has("dw") && !hit.has("year") {
            // A bare "16:08" needs a cue ("at 16:08", "by 9:30").
            let cue = self.prev_text(start).is_some_and(|w| {
                matches!(
                    Lower::of(w).as_str(),
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
            if !cue && !stamp {
                return false; // "the score was 21:17", "John 3:16"
            }
        }
        let (day, anchor) = match (hit.get("mon").and_then(month_from_name), hit.get("dw")) {
            (Some(month), _) => {
                let Some(d) = hit
                    .get("day")
                    .and_then(|d| d.trim_end_matches(char::is_alphabetic).parse().ok())
                else {
                    return false;
                };
                let period = match hit.get("year").and_then(|y| y.parse().ok()) {
                    Some(y) => CivilDate::new(y, month, d).map(Period::Day),
                    None => self.month_without_year(month, Some(d), None, start, end),
                };
                match period {
                    Some(Period::Day(day)) => (DayPart::Known(day), Anchor::Dct),
                    _ => (
                        DayPart::Unknown(format!("XXXX-{month:02}-{d:02}")),
                        Anchor::None,
                    ),
                }
            }
            (None, Some(w)) => self.day_word(w, start, end),
            (None, None) if stamp => self.day_word("today", start, end),
            (None, None) => (DayPart::Pending, Anchor::None),
        };
        let utc = hit.get("tz").is_some_and(lexicon::is_utc);
        let value = Value::Timed {
            day,
            clock: format!("{hour:02}:{minute:02}"),
            utc,
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
        let (day, anchor) = match (hit.get("rel"), lexicon::weekday(dw)) {
            // "next Monday night": the day as "next Monday" gives it.
            (Some(rel), Some(wd)) => {
                let day = self.weekday_day(wd, relative_shift(rel), start, end);
                let anchor = if matches!(day, DayPart::Known(_)) {
                    Anchor::Dct
                } else {
                    Anchor::None
                };
                (day, anchor)
            }
            _ => self.day_word(dw, start, end),
        };
        let value = Value::Timed {
            day,
            clock: code.to_string(),
            utc: false,
        };
        self.push((start, end), DateType::Time, value, None, anchor)
    }

    fn date(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let month = match (hit.get("mon"), hit.get("mnum")) {
            (Some(m), _) => month_from_name(m),
            (None, Some(n)) => n.parse().ok(),
            _ => None,
        };
        let Some(month) = month else {
            return false;
        };
        let day: Option<u32> = match hit.get("day") {
            Some(d) => match d.trim_end_matches(char::is_alphabetic).parse() {
                Ok(d) if (1..=days_in_month(2000, month)).contains(&d) => Some(d),
                // An impossible day with a year ("June 31, 2020"): the month is still meant.
                _ => match hit.get("year").and_then(|y| y.parse::<i32>().ok()) {
                    Some(y) => {
                        let value = Value::Period(Period::Month(y, month));
                        return self.push((start, end), DateType::Date, value, None, Anchor::None);
                    }
                    None => return false,
                },
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
            // "in May" or "April and June", but not "Theresa May" or "May I"; an unambiguous
            // name ("October") needs no cue unless a name follows ("October Revolution").
            let word = hit.get("mon").unwrap_or("");
            // "the agency's August award", "the board's March vote": a capitalised month
            // between a possessive and the noun of an action it dates.
            let lead = self.text[..start].trim_end();
            let possessive = word.starts_with(|c: char| c.is_ascii_uppercase())
                && (lead.ends_with("'s") || lead.ends_with("\u{2019}s"))
                && self
                    .next_text(end)
                    .is_some_and(lexicon::is_dated_action_noun);
            let cue = possessive || self.prev_text(start).is_some_and(lexicon::is_month_cue);
            let clear =
                !lexicon::is_ambiguous_month(word) && !self.capitalised_name_follows(start, end);
            if !cue && !clear && !self.joined_to_previous(start) {
                return false;
            }
        }
        let unknown = || match day {
            Some(d) => format!("XXXX-{month:02}-{d:02}"),
            None => format!("XXXX-{month:02}"),
        };
        if let Some(y) = hit.get("year").and_then(|y| y.parse::<i32>().ok()) {
            let period = match day {
                Some(d) => CivilDate::new(y, month, d).map(Period::Day),
                None => Some(Period::Month(y, month)),
            };
            let Some(p) = period else { return false };
            self.share_year_with_previous(start, y, month);
            return self.push(
                (start, end),
                DateType::Date,
                Value::Period(p),
                modifier,
                Anchor::None,
            );
        }
        let r = self.reference;
        let year = if let Some(k) = hit.get("ry").and_then(relative_shift) {
            r.year().map(|y| y + k)
        } else if let Some(k) = hit.get("rel").and_then(relative_shift) {
            // "last October": the latest October before the DCT's month.
            match (r.month(), k) {
                (Some((y, dm)), k) if k < 0 => Some(if month < dm { y } else { y - 1 }),
                (Some((y, dm)), k) if k > 0 => Some(if month > dm { y } else { y + 1 }),
                (_, 0) => r.year(),
                _ => None,
            }
        } else {
            let wd = hit.get("wd").and_then(lexicon::weekday);
            let period = self.month_without_year(month, day, wd, start, end);
            return self.push_period((start, end), period, unknown, modifier, Anchor::Dct);
        };
        let period = year.and_then(|y| match day {
            Some(d) => CivilDate::new(y, month, d).map(Period::Day),
            None => Some(Period::Month(y, month)),
        });
        self.push_period((start, end), period, unknown, modifier, Anchor::Dct)
    }

    fn day_range(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let (Some(month), Some(first), Some(second)) = (
            hit.get("mon").and_then(month_from_name),
            hit.span_of("day"),
            hit.span_of("day2"),
        ) else {
            return false;
        };
        let day = |s: (usize, usize)| -> Option<u32> {
            self.text[s.0..s.1]
                .trim_end_matches(char::is_alphabetic)
                .parse()
                .ok()
                .filter(|d| (1..=days_in_month(2000, month)).contains(d))
        };
        let (Some(d1), Some(d2)) = (day(first), day(second)) else {
            return false;
        };
        if d2 <= d1 {
            return false;
        }
        let (year, anchor) = match hit.get("year").and_then(|y| y.parse::<i32>().ok()) {
            Some(y) => (Some(y), Anchor::None),
            None => {
                let p = self.month_without_year(month, Some(d1), None, start, end);
                (p.and_then(Period::year), Anchor::Dct)
            }
        };
        let make = |d: u32| {
            year.and_then(|y| CivilDate::new(y, month, d))
                .map(Period::Day)
        };
        let unknown = |d: u32| move || format!("XXXX-{month:02}-{d:02}");
        self.push_period((start, first.1), make(d1), unknown(d1), None, anchor)
            && self.push_period((second.0, end), make(d2), unknown(d2), None, anchor)
    }

    /// "from January to March 2021": the first month of a range takes the year written with
    /// the second (the year before if it comes later in the calendar: "November to March 2021").
    fn share_year_with_previous(&mut self, start: usize, year: i32, month: u32) {
        if !self.joined_to_previous(start) {
            return;
        }
        let Some(last) = self.out.last_mut() else {
            return;
        };
        if last.anchor != Anchor::Dct {
            return;
        }
        // Only a month written by name shares it: "extended last month through June 30, 2027"
        // keeps its month before the publication date.
        let named = self.text[last.span.start..last.span.end]
            .split(|c: char| !c.is_ascii_alphabetic() && c != '.')
            .any(|w| month_from_name(w).is_some());
        if !named {
            return;
        }
        let year_for = |m: u32| if m <= month { year } else { year - 1 };
        let shared = match last.value {
            Value::Period(Period::Month(_, m)) => Some(Period::Month(year_for(m), m)),
            Value::Period(Period::Day(d)) => {
                CivilDate::new(year_for(d.month()), d.month(), d.day()).map(Period::Day)
            }
            _ => None,
        };
        // A day within a month of the publication date stays there: "runs from Oct. 1 through
        // Sept. 30, 2029" in an October story is a range of three years, not of one.
        let near_dct = |p: Period| match (p, self.reference.day()) {
            (Period::Day(d), Some(dct)) => (d.to_days() - dct.to_days()).abs() <= 31,
            _ => false,
        };
        if matches!(last.value, Value::Period(q) if near_dct(q)) {
            return;
        }
        if let Some(p) = shared {
            last.value = Value::Period(p);
            last.anchor = Anchor::Text;
        }
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
        // U.S. order with slashes ("7/8/07" is July 8), day first with dots or a day over 12.
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

    fn quarter(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let modifier = hit.get("pos").and_then(position_mod);
        let r = self.reference;
        let q = ordinal_number(hit, "qn")
            .or_else(|| ordinal_number(hit, "ord"))
            .or_else(|| {
                // "the January-March quarter"
                let m = hit.get("qmon").and_then(month_from_name)?;
                (m % 3 == 1).then_some((m - 1) / 3 + 1)
            });
        let spelled = hit.has("ord") || hit.has("rel");
        let fiscal = hit.has("fq")
            || (spelled
                && self.fiscal_context
                && !hit.has("year")
                && !hit.has("ry")
                && !hit.has("ty"));
        if let Some(k) = hit.get("rel").and_then(relative_shift) {
            let current = if fiscal {
                r.month()
                    .and_then(|(y, m)| CivilDate::new(y, m, 1))
                    .map(resolve::fiscal_quarter_of)
            } else {
                r.period(Unit::Quarter)
            };
            let fallback = if fiscal { "FYXXXX-QX" } else { "XXXX-QX" };
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
        if hit.has("that") {
            // "the fourth quarter of that year": the year the text last named.
            let Some(base) = self.recent_period(start, |p| p.year().is_some()) else {
                return false;
            };
            let period = match base {
                Period::FiscalYear(y) | Period::FiscalQuarter(y, _) => Period::FiscalQuarter(y, q),
                other => match other.year() {
                    Some(y) => Period::Quarter(y, q),
                    None => return false,
                },
            };
            return self.push(
                (start, end),
                DateType::Date,
                Value::Period(period),
                modifier,
                Anchor::Text,
            );
        }
        let year = self.written_year(hit, "year", "yy");
        if fiscal {
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
        if hit.has("qn") && !hit.has("ord") && self.capitalised_word_precedes(start, end).is_some()
        {
            return false; // "Audi Q3"
        }
        if hit.has("ord") && !hit.has("ry") && !hit.has("ty") && !hit.has("pos") {
            let around = &self.text[floor_boundary(self.text, start.saturating_sub(160))
                ..floor_boundary(self.text, end + 160)];
            if GAME_PLAY.is_match(around) {
                return false; // "a fumble in the third quarter": the game's
            }
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
            .or_else(|| ordinal_number(hit, "half").map(|n| if n == 1 { 1 } else { 2 }));
        let Some(h) = h.filter(|h| (1..=2).contains(h)) else {
            return false;
        };
        if hit.has("bare") {
            // "the second half" only after a half year of the text ("the first half of 2021");
            // elsewhere it is as likely a game's.
            let Some(Period::Half(y, _)) = self.latest_period(|p| matches!(p, Period::Half(..)))
            else {
                return false;
            };
            return self.push(
                (start, end),
                DateType::Date,
                Value::Period(Period::Half(y, h)),
                None,
                Anchor::Text,
            );
        }
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
        self.fiscal_context = true;
        self.push_period(
            (start, end),
            fy.map(Period::FiscalYear),
            || "FYXXXX".to_string(),
            modifier,
            anchor,
        )
    }

    /// "the quarter", "the same quarter a year earlier", "the same period of 2020": the period
    /// the text is about, maybe in another year.
    fn same_period(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let what = Lower::of(hit.get("what").unwrap_or(""));
        let what = what.as_str();
        let fits = |p: Period| match what {
            "quarter" => matches!(p, Period::Quarter(..) | Period::FiscalQuarter(..)),
            "month" => matches!(p, Period::Month(..)),
            "week" => matches!(p, Period::Week(..)),
            "day" => matches!(p, Period::Day(..)),
            "half" => matches!(p, Period::Half(..)),
            _ => !matches!(p, Period::Decade(_) | Period::Century(_)),
        };
        let base = if hit.has("the") {
            // "the quarter" in a past clause is one that is over ("capital spending, which
            // totaled $6.8 billion in the quarter", after a mention of the coming quarter).
            let dct = self.reference.day();
            let past = self.tense(start, end) == super::tense::Tense::Past;
            let over = |p: Period| {
                !past || dct.is_none_or(|d| p.range().is_some_and(|(_, last)| last < d))
            };
            self.latest_period(|p| fits(p) && over(p))
        } else {
            self.recent_period(start, fits)
                .or_else(|| self.latest_period(fits))
        };
        let Some(base) = base else {
            return false;
        };
        let shifted = hit.has("back") || hit.has("year");
        let period = if hit.has("back") {
            base.shift_years(-1)
        } else if let Some(y) = hit.get("year").and_then(|y| y.parse::<i32>().ok()) {
            base.year().and_then(|by| base.shift_years(y - by))
        } else {
            Some(base)
        };
        let Some(period) = period else { return false };
        let ok = self.push(
            (start, end),
            DateType::Date,
            Value::Period(period),
            None,
            Anchor::Text,
        );
        if ok
            && shifted
            && let Some(last) = self.out.last_mut()
        {
            last.topical = false;
        }
        ok
    }

    fn season(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let Some((code, first)) = hit.get("season").and_then(lexicon::season) else {
            return false;
        };
        let modifier = hit.get("md").or(hit.get("pos")).and_then(position_mod);
        let word = hit.span_of("season").unwrap_or((start, end));
        if Self::capitalised(&self.text[word.0..word.1])
            && self.capitalised_name_follows(word.0, word.1)
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
        let middle = first % 12 + 1;
        let y = match hit.get("rel").and_then(relative_shift) {
            Some(k) if k < 0 => resolve::year_for_part(first, 3, Direction::Past, r)
                .map(|y| if in_progress(y) { y - 1 } else { y }),
            Some(k) if k > 0 => resolve::year_for_part(first, 3, Direction::Future, r)
                .map(|y| if in_progress(y) { y + 1 } else { y }),
            Some(_) => r.year(),
            None => {
                if modifier.is_none()
                    && !hit.has("pos")
                    && !self.prev_text(start).is_some_and(lexicon::is_month_cue)
                {
                    return false; // "stocks fall", "the Arab Spring"
                }
                // The season's middle month decides which year is nearest; winter counts
                // from its December.
                resolve::year_for_month(middle, None, self.direction(start, end), r)
                    .map(|y| if first == 12 && middle == 1 { y - 1 } else { y })
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
            let digits_at = hit.span_of("dec2b").map_or(start, |s| s.0);
            if bare
                && self
                    .prev_text(digits_at)
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
        if self.capitalised_name_follows(start, end) {
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
        let all = || candidates.iter().flatten();
        let chosen = match hit.get("rel").and_then(relative_shift) {
            Some(k) if k < 0 => all()
                .filter(|(_, d)| *d < 0)
                .max_by_key(|(_, d)| *d)
                .map(|c| c.0),
            Some(k) if k > 0 => all()
                .filter(|(_, d)| *d > 0)
                .min_by_key(|(_, d)| *d)
                .map(|c| c.0),
            Some(_) => resolve::holiday_date(rule, dct.year()),
            None => resolve::choose(&candidates, self.direction(start, end), 31),
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
        let unit = hit.get("unit").and_then(lexicon::unit).unwrap_or(Unit::Day);
        let (period, anchor) = self.anchor_period(unit);
        self.push_period(
            (start, end),
            period,
            || resolve::unresolved(unit, None),
            None,
            anchor,
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
        let article = num_text.eq_ignore_ascii_case("a") || num_text.eq_ignore_ascii_case("an");
        // "the FIFA World Cup 2018 day five": a year, not 2,018 days; "aged 8–10 years": an age.
        let unit_word = hit.get("unit").unwrap_or("");
        if num_text.len() == 4
            && num_text.bytes().all(|b| b.is_ascii_digit())
            && !lexicon::is_plural_unit(unit_word)
        {
            return false;
        }
        if AGED.is_match(&self.text[floor_boundary(self.text, start.saturating_sub(24))..start]) {
            return true; // an age ("aged 8–10 years"): consumed, not annotated
        }
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
        let before_the = hit
            .get("pre")
            .is_some_and(|p| p.get(..3).is_some_and(|t| t.eq_ignore_ascii_case("the")));
        let (mut span, mut modifier) = self.approximated((start, end), before_the);
        // "the one-year extension": "the" belongs to the noun, the expression is "one-year"
        // (but "the three months through September" keeps it).
        let adjective = hit
            .span_of("num")
            .and_then(|(_, e)| self.text[e..].chars().next())
            == Some('-');
        if adjective
            && hit
                .get("pre")
                .is_some_and(|p| p.trim().eq_ignore_ascii_case("the"))
        {
            span.0 = hit.span_of("num").map_or(span.0, |s| s.0);
        }
        let approximate = modifier.is_some();
        if article && !approximate && !hit.has("pre") && !hit.has("adj") && !hit.has("andhalf") {
            let anchored = matches!(
                suffix.as_deref(),
                Some("ago" | "later" | "earlier" | "from now" | "hence")
            );
            if !anchored && self.follows_money(start) {
                // "$68,000 a year": a rate.
                return self.push(
                    (start, end),
                    DateType::Set,
                    Value::Text(unit.duration(Some(1.0))),
                    None,
                    Anchor::None,
                );
            }
            if !anchored && !self.prev_text(start).is_some_and(lexicon::is_duration_cue) {
                return false; // "not a day anybody", "in fuel a year"
            }
        }
        // "six years and six months", "3 hours, 52 minutes": two units, one duration.
        let second = match (hit.get("months"), hit.get("mins")) {
            (Some(m), _) => lexicon::number(m).map(|m| ("P", "Y", m)),
            (None, Some(m)) => lexicon::number(m).map(|m| ("PT", "H", m)),
            (None, None) => None,
        };
        if let Some((prefix, designator, m)) = second {
            let value = format!(
                "{prefix}{}{designator}{}M",
                lexicon::format_number(n),
                lexicon::format_number(m)
            );
            return self.push(
                span,
                DateType::Duration,
                Value::Text(value),
                modifier,
                Anchor::None,
            );
        }
        let unit_end = hit.span_of("unit").map_or(end, |s| s.1);
        let r = self.reference;
        match suffix.as_deref() {
            Some("ago") => {
                let period = r
                    .day()
                    .and_then(|d| resolve::offset(d, -n, unit))
                    .or_else(|| {
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
            Some("later" | "earlier")
                if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) =>
            {
                span.1 = unit_end; // "six minutes later": the duration; its moment is unknown
            }
            Some(s @ ("later" | "earlier")) => {
                let sign = if s == "later" { 1.0 } else { -1.0 };
                return self.push_shifted(span, sign * n, unit);
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
            Some(s) => match lexicon::lookup_spaced(lexicon::OPEN_ENDS, s) {
                Some(m) => modifier = modifier.or(Some(m)),
                None => span.1 = unit_end, // "two days before the launch": the duration only
            },
            None => {}
        }
        // "between 60 and 90 days": the first number is a duration of the same unit.
        if !approximate && !hit.has("pre") && !hit.has("adj") && !hit.has("andhalf") {
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
            Value::Text(unit.duration(Some(n))),
            modifier,
            Anchor::None,
        )
    }

    /// The extent and `mod` of a duration with an approximator before it: "about 18 months"
    /// and "at least 120 days" keep it, but "over" is a preposition unless it follows one ("in
    /// over a decade", yet "$480 million over [10 years]"), and so is any approximator before
    /// "the" ("over the next four years").
    fn approximated(
        &self,
        span: (usize, usize),
        before_the: bool,
    ) -> ((usize, usize), Option<&'static str>) {
        let Some((at, word)) = self.approximator_before(span.0) else {
            return (span, None);
        };
        let over = word.eq_ignore_ascii_case("over");
        let after_preposition = self.prev_text(at).is_some_and(|w| {
            matches!(
                Lower::of(w).as_str(),
                "in" | "for" | "of" | "within" | "after" | "than" | "at" | "by" | "to" | "since"
            )
        });
        if before_the || (over && !after_preposition) {
            return (span, None);
        }
        ((at, span.1), lexicon::approximator(word))
    }

    /// "a year earlier", "three days later": the period the text was last about, moved; else
    /// the DCT moved.
    fn push_shifted(&mut self, span: (usize, usize), n: f64, unit: Unit) -> bool {
        let whole = n.fract() == 0.0;
        let base = self.recent_period(span.0, |p| {
            !matches!(p, Period::Decade(_) | Period::Century(_))
        });
        let moved = base.and_then(|p| {
            if !whole {
                return None;
            }
            let k = n as i32;
            match (unit, p) {
                (Unit::Year, p) => p.shift_years(k),
                (Unit::Quarter, Period::Quarter(..) | Period::FiscalQuarter(..)) => {
                    Some(p.shift(k))
                }
                (Unit::Month, Period::Month(..)) => Some(p.shift(k)),
                (Unit::Week, Period::Week(..)) => Some(p.shift(k)),
                (
                    Unit::Month | Unit::Week | Unit::Day | Unit::Fortnight | Unit::Quarter,
                    Period::Day(d),
                ) => resolve::offset(d, n, unit),
                _ => None,
            }
        });
        match moved {
            Some(p) => {
                let ok = self.push(span, DateType::Date, Value::Period(p), None, Anchor::Text);
                if ok && let Some(last) = self.out.last_mut() {
                    last.topical = false;
                }
                ok
            }
            None => {
                let period = self
                    .reference
                    .day()
                    .and_then(|d| resolve::offset(d, n, unit));
                self.push_period(
                    span,
                    period,
                    || resolve::unresolved(unit, None),
                    None,
                    Anchor::Dct,
                )
            }
        }
    }

    fn vague_duration(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let Some(unit) = hit.get("unit").and_then(lexicon::unit) else {
            return false;
        };
        if hit.has("bare") {
            // "for [years]", "over [the years]": a bare plural needs a cue.
            let cue = Lower::of(self.prev_text(start).unwrap_or(""));
            let cue = cue.as_str();
            let cued = if hit.has("the") {
                matches!(cue, "over" | "throughout" | "during")
            } else {
                lexicon::is_in(lexicon::BARE_PLURAL_CUES, cue)
            };
            if !cued || (cue == "after" && unit == Unit::Hour) {
                return false; // "after hours trading"
            }
            return self.push(
                (start, end),
                DateType::Duration,
                Value::Text(unit.duration(None)),
                None,
                Anchor::None,
            );
        }
        let vague = Lower::of(hit.get("vague").unwrap_or(""));
        let vague = vague.as_str();
        if vague == "recent"
            || hit
                .get("suf")
                .is_some_and(|s| s.eq_ignore_ascii_case("ago"))
        {
            return self.push(
                (start, end),
                DateType::Date,
                Value::Text("PAST_REF".to_string()),
                None,
                Anchor::None,
            );
        }
        let unit_end = hit.span_of("unit").map_or(end, |s| s.1);
        let (span, modifier) = self.approximated((start, unit_end), vague.starts_with("the"));
        self.push(
            span,
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
        let Some(unit) = lexicon::unit(word) else {
            return false;
        };
        let multi = self.text[start..end]
            .to_ascii_lowercase()
            .starts_with("multi");
        let n = if multi || (lexicon::is_plural_unit(word) && unit != Unit::Century) {
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
            if Self::capitalised(word)
                && !self.starts_sentence(start)
                && !self.caps_context(start, end)
            {
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
        } else if let Some(month) = hit.get("mon").and_then(month_from_name) {
            format!("XXXX-{month:02}") // "every July"
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
        if hit.has("cued")
            && !self
                .prev_text(start)
                .is_some_and(|w| lexicon::is_in(lexicon::THE_PERIOD_CUES, w))
        {
            return false; // "the day" only as "end the day", "for the year"…
        }
        let span = hit.span_of("x").unwrap_or((start, end));
        let word = Lower::of(hit.get("unit").unwrap_or(""));
        let word = word.as_str();
        let k = hit.get("ana").and_then(relative_shift).unwrap_or(0);
        if let Some(code) = lexicon::part_of_day(word) {
            let (base, anchor) = self.anchor_period(Unit::Day);
            let (day, anchor) = match base {
                Some(Period::Day(d)) => (DayPart::Known(d.add_days(i64::from(k))), anchor),
                _ => (
                    DayPart::Unknown(resolve::unresolved(Unit::Day, None)),
                    Anchor::None,
                ),
            };
            let value = Value::Timed {
                day,
                clock: code.to_string(),
                utc: false,
            };
            return self.push(span, DateType::Time, value, None, anchor);
        }
        if matches!(word, "time" | "period" | "date") {
            // "that time": whatever the latest date of the text was.
            let Some(p) = self
                .out
                .iter()
                .rev()
                .take(24)
                .find_map(|t| match (&t.value, t.kind) {
                    (Value::Period(p), DateType::Date) => Some(*p),
                    _ => None,
                })
            else {
                return false;
            };
            return self.push(span, DateType::Date, Value::Period(p), None, Anchor::Text);
        }
        let Some(unit) = lexicon::unit(word) else {
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
        let (start, end) = hit.span();
        if hit.has("cued")
            && !self
                .prev_text(start)
                .is_some_and(|w| lexicon::is_in(lexicon::WEEKEND_CUES, w))
        {
            return false; // "the weekend" only as "over the weekend", "on the weekend"…
        }
        let Some(unit) = hit.get("unit").and_then(lexicon::unit) else {
            return false;
        };
        let r = self.reference;
        if let Some(el) = hit.get("el") {
            let modifier = position_mod(el);
            if hit.has("inthe") {
                // "late in the day": the day of the story.
                let (period, anchor) = self.anchor_period(unit);
                // "will decide later in the year" after a paragraph on "a 2025 review" in a
                // story of 2026: a step to come lies ahead of the story, not in a past period
                // the text named.
                let now = r.period(unit);
                let (period, anchor) = match (period.and_then(Period::range), now) {
                    (Some((_, last)), Some(p))
                        if anchor == Anchor::Text
                            && p.range().is_some_and(|(first, _)| last < first)
                            && self.tense(start, end) == super::tense::Tense::Future =>
                    {
                        (now, Anchor::Dct)
                    }
                    _ => (period, anchor),
                };
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
        let pos = hit.get("pos").map(Lower::of);
        let pos = pos.as_ref().map(Lower::as_str);
        let rest = matches!(pos, Some("remainder" | "rest" | "balance"));
        let modifier = if rest {
            None
        } else {
            hit.get("md").or(pos).and_then(position_mod)
        };
        let rel = hit.get("rel");
        let k = match rel {
            Some(w) => match relative_shift(w) {
                Some(k) => k,
                None => return false,
            },
            None => 0,
        };
        let rel_word = Lower::of(rel.unwrap_or(""));
        let rel_word = rel_word.as_str();
        if hit.has("the")
            && pos.is_none()
            && !hit.has("md")
            && matches!(rel_word, "past" | "last" | "next" | "coming" | "upcoming")
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
        if Self::capitalised(word) && self.capitalised_word_precedes(start, end).is_some() {
            return false; // "USA Today"
        }
        let mut k: i64 = match Lower::of(word).as_str() {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        match hit.get("ba").map(Lower::of).as_ref().map(Lower::as_str) {
            Some("before") => k -= 1,
            Some("after") => k += 1,
            _ => {}
        }
        let modifier = hit
            .get("el")
            .filter(|e| e.eq_ignore_ascii_case("early") || e.eq_ignore_ascii_case("late"))
            .and_then(position_mod);
        let (day, anchor) = self.dct_day_shift(k);
        if word.eq_ignore_ascii_case("tonight") {
            let value = Value::Timed {
                day,
                clock: "NI".to_string(),
                utc: false,
            };
            return self.push((start, end), DateType::Time, value, None, anchor);
        }
        self.push_day((start, end), day, modifier, anchor)
    }

    /// Pushes a day as a DATE: its value when resolved (anchored as `anchor` says), the
    /// underspecified form (no anchor) when not; nothing while it waits for a neighbour.
    fn push_day(
        &mut self,
        span: (usize, usize),
        day: DayPart,
        modifier: Option<&'static str>,
        anchor: Anchor,
    ) -> bool {
        match day {
            DayPart::Known(d) => self.push(
                span,
                DateType::Date,
                Value::Period(Period::Day(d)),
                modifier,
                anchor,
            ),
            DayPart::Unknown(s) => {
                self.push(span, DateType::Date, Value::Text(s), modifier, Anchor::None)
            }
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
        if self.capitalised_name_follows(start, end) {
            return false; // "Sunday Times", "Monday Night Football"
        }
        let weeks = hit.get("rel").and_then(relative_shift);
        let day = self.weekday_day(wd, weeks, start, end);
        self.push_day((start, end), day, None, Anchor::Dct)
    }

    fn reference_word(&mut self, hit: &Hit<'_, '_>) -> bool {
        let (start, end) = hit.span();
        let Some(word) = hit.get("ref") else {
            return false;
        };
        let Some(value) = lexicon::lookup_spaced(lexicon::REFERENCES, &word.replace('-', " "))
        else {
            return false;
        };
        // "every now and again", "now and then": an idiom, not the present.
        let idiom = self
            .prev_text(start)
            .is_some_and(|w| w.eq_ignore_ascii_case("every"))
            || self
                .next_text(end)
                .is_some_and(|w| w.eq_ignore_ascii_case("and"))
                && self.text[end..].trim_start().get(3..).is_some_and(|rest| {
                    let rest = rest.trim_start();
                    rest.get(..4)
                        .is_some_and(|w| w.eq_ignore_ascii_case("then"))
                        || rest
                            .get(..5)
                            .is_some_and(|w| w.eq_ignore_ascii_case("again"))
                });
        if word.eq_ignore_ascii_case("now") && idiom {
            return false;
        }
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
        if end - start == 4 {
            let joined = self.joined_to_previous(start)
                && self.last_mention().is_some_and(|t| {
                    matches!(
                        t.value,
                        Value::Period(Period::Year(_) | Period::FiscalYear(_))
                    )
                });
            if joined {
                // "in 2018 and 2019 staff wrote", "fiscal 2018 and 2019 funds"
                let fiscal = self
                    .last_mention()
                    .is_some_and(|t| matches!(t.value, Value::Period(Period::FiscalYear(_))));
                let period = if fiscal {
                    Period::FiscalYear(year)
                } else {
                    Period::Year(year)
                };
                return (1000..=2199).contains(&year)
                    && self.push(
                        (start, end),
                        DateType::Date,
                        Value::Period(period),
                        None,
                        Anchor::None,
                    );
            }
            if !self.plausible_bare_year(year, start, end) {
                return false;
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
        let cue = self.prev_text(start).is_some_and(lexicon::is_year_cue);
        let range = if cue { 1000..=2199 } else { 1800..=2099 };
        if !range.contains(&year) {
            return false;
        }
        if self.next_text(end).is_some_and(lexicon::is_count_noun) {
            return false;
        }
        // "a survey of 1709 schoolchildren": a number far from the publication year before a
        // plural is a count, unless a preposition of time says year ("in 1709 ships sank");
        // "a brief run of 2007 models" stays a year.
        let strong_cue = self
            .prev_text(start)
            .is_some_and(|w| lexicon::is_in(lexicon::STRONG_YEAR_CUES, w));
        let far = self.reference.year().is_none_or(|y| (year - y).abs() > 50);
        if far && !strong_cue && self.next_text(end).is_some_and(lexicon::looks_plural) {
            return false;
        }
        if let Some(w) = self.capitalised_word_precedes(start, end)
            && !lexicon::may_precede_year(w)
            && month_from_name(w).is_none()
        {
            return false;
        }
        cue || !self.capitalised_name_follows(start, end)
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
}
