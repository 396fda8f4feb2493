//! A validator for TIMEX3 `value` and `mod` strings (TimeML, ISO 8601 extended with the
//! placeholders TimeML uses).
//!
//! Accepted values:
//!
//! | form | examples |
//! |---|---|
//! | year, decade, century (digits then `X`s, or TimeML's short forms) | `2021`, `199X`, `19XX`, `XXXX`, `199`, `19`, `XXX`, `XX` |
//! | month, day (`XX` where unknown) | `2021-01`, `2021-01-15`, `XXXX-10`, `XXXX-XX-15` |
//! | week, weekday, weekend | `2021-W05`, `2021-W05-3`, `2021-W05-WE`, `XXXX-WXX-1` |
//! | quarter, half, season | `2021-Q3`, `2021-H1`, `2021-SU`, `2021-QX` |
//! | fiscal year and its parts | `FY2021`, `FY2021-Q3`, `FY2021-H2`, `FYXXXX` |
//! | time of day, with or without a date | `2021-01-15T14:30`, `T14:30`, `2021-01-15TMO`, `XXXX-WXX-2TNI`, `…T14:30:05Z` |
//! | duration | `P5Y`, `P1Y6M`, `P2W`, `PT3H30M`, `P1.5Y`, `PXY`, `P2Q`, `P3DE`, `P1WE` |
//! | reference | `PRESENT_REF`, `PAST_REF`, `FUTURE_REF` |
//!
//! Calendar fields are range-checked: month 01–12, day within its month (February 29 only in
//! leap years), week 01–53, weekday 1–7, quarter 1–4, half 1–2, hour 00–24, minute and second
//! 00–59.

use crate::calendar::days_in_month;

/// TIMEX3 `mod` values.
pub const MODIFIERS: &[&str] = &[
    "BEFORE",
    "AFTER",
    "ON_OR_BEFORE",
    "ON_OR_AFTER",
    "LESS_THAN",
    "MORE_THAN",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
    "START",
    "MID",
    "END",
    "APPROX",
];

/// Reference values that stand for no calendar point.
const REFERENCES: &[&str] = &["PRESENT_REF", "PAST_REF", "FUTURE_REF"];

/// Parts of the day TimeML writes after `T` instead of a clock time.
const DAY_PARTS: &[&str] = &["MO", "MI", "AF", "EV", "NI", "DT"];

/// Seasons written after the year.
const SEASONS: &[&str] = &["SP", "SU", "FA", "WI"];

/// Duration units of the date part, in the order they may appear (`WE` is a weekend, `DE` a
/// decade, `CE` a century, `ML` a millennium, `Q` a quarter).
const DATE_UNITS: &[&str] = &["ML", "CE", "DE", "Y", "Q", "M", "WE", "W", "D"];

/// Duration units of the time part, in order.
const TIME_UNITS: &[&str] = &["H", "M", "S"];

/// Whether `value` is a well-formed TIMEX3 value.
pub fn is_valid_value(value: &str) -> bool {
    if REFERENCES.contains(&value) {
        return true;
    }
    if let Some(rest) = value.strip_prefix('P') {
        return is_duration(rest);
    }
    if let Some(time) = value.strip_prefix('T') {
        return is_time(time);
    }
    if let Some(rest) = value.strip_prefix("FY") {
        return is_fiscal(rest);
    }
    is_date_or_time(value)
}

/// Whether `modifier` is a TIMEX3 `mod`.
pub fn is_valid_modifier(modifier: &str) -> bool {
    MODIFIERS.contains(&modifier)
}

/// `FY2021`, `FY2021-Q3`, `FY2021-H2` without the `FY`.
fn is_fiscal(rest: &str) -> bool {
    let (year, part) = rest.split_once('-').unwrap_or((rest, ""));
    // `FYXXXX`: a fiscal year that could not be resolved ("the current fiscal year" without
    // a publication date).
    if year.len() != 4 || !(year.bytes().all(|b| b.is_ascii_digit()) || year == "XXXX") {
        return false;
    }
    part.is_empty() || is_quarter_or_half(part)
}

fn is_quarter_or_half(part: &str) -> bool {
    matches!(part, "Q1" | "Q2" | "Q3" | "Q4" | "QX" | "H1" | "H2" | "HX")
}

/// A date (year, then optional month/day, week, quarter, half or season), optionally followed by
/// `T` and a time.
fn is_date_or_time(value: &str) -> bool {
    let (date, time) = match value.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (value, None),
    };
    let mut parts = date.split('-');
    let Some(year) = parts.next() else {
        return false;
    };
    let Some(year_num) = year_field(year) else {
        return false;
    };
    let rest: Vec<&str> = parts.collect();
    // A decade or century (`199`, `19`, `199X`, `19XX`) stands alone; a known year or an
    // unknown one (`XXXX`) may be followed by a month, week, quarter…
    let digits = year.bytes().take_while(u8::is_ascii_digit).count();
    let full_year = year.len() == 4 && (digits == 4 || digits == 0);
    let date_ok = match rest.as_slice() {
        [] => true,
        _ if !full_year => false,
        [part] if is_quarter_or_half(part) || SEASONS.contains(part) => true,
        [week] if week.starts_with('W') => is_week(&week[1..]),
        [week, day] if week.starts_with('W') => {
            is_week(&week[1..])
                && (*day == "WE" || matches!(*day, "1" | "2" | "3" | "4" | "5" | "6" | "7"))
        }
        [month] => two_digit_field(month, 1, 12).is_some(),
        [month, day] => match two_digit_field(month, 1, 12) {
            None => false,
            Some(month_num) => {
                let max_day = match (year_num, month_num) {
                    (Some(y), Some(m)) => days_in_month(y, m),
                    _ => 31,
                };
                two_digit_field(day, 1, max_day).is_some()
            }
        },
        _ => false,
    };
    // A time needs a full date in front of it: a day, or a weekday of a week (ISO 8601
    // "2009-W01-1T10:00"; TimeML "XXXX-WXX-2TNI" for "Tuesday night").
    date_ok && time.is_none_or(|t| rest.len() == 2 && rest[1] != "WE" && is_time(t))
}

/// A year field: four characters, digits then `X`s (`2021`, `199X`, `19XX`, `XXXX`), or
/// TimeML's decade and century forms (`199`, `19`), unknown ones written with `X`s (`XXX`, `XX`:
/// "two decades ago" without a usable DCT). Returns the year when fully known.
fn year_field(year: &str) -> Option<Option<i32>> {
    let digits = year.bytes().take_while(u8::is_ascii_digit).count();
    let placeholders = year[digits..].bytes().all(|b| b == b'X');
    match year.len() {
        4 if placeholders => Some(if digits == 4 { year.parse().ok() } else { None }),
        2 | 3 if placeholders => Some(None),
        _ => None,
    }
}

/// A two-character field in `min..=max`, or `XX`. Returns the number when known.
fn two_digit_field(field: &str, min: u32, max: u32) -> Option<Option<u32>> {
    if field == "XX" {
        return Some(None);
    }
    if field.len() != 2 || !field.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = field.parse().ok()?;
    (min..=max).contains(&n).then_some(Some(n))
}

fn is_week(week: &str) -> bool {
    two_digit_field(week, 1, 53).is_some()
}

/// After the `T`: a part of the day (`MO`), or `HH`, `HH:MM`, `HH:MM:SS` (seconds may carry a
/// fraction), then an optional zone (`Z`, `+05:00`, `-0800`).
fn is_time(time: &str) -> bool {
    if DAY_PARTS.contains(&time) {
        return true;
    }
    let (clock, zone) = match time.find(['Z', '+', '-']) {
        Some(i) => time.split_at(i),
        None => (time, ""),
    };
    let zone_ok = match zone {
        "" | "Z" => true,
        _ => {
            let digits: String = zone[1..].chars().filter(|&c| c != ':').collect();
            (digits.len() == 2 || digits.len() == 4) && digits.bytes().all(|b| b.is_ascii_digit())
        }
    };
    let mut fields = clock.split(':');
    let hour_ok = fields
        .next()
        .is_some_and(|h| two_digit_field(h, 0, 24).is_some_and(|n| n.is_some()));
    let minute = fields.next();
    let second = fields.next();
    let minute_ok = minute.is_none_or(|m| two_digit_field(m, 0, 59).is_some_and(|n| n.is_some()));
    let second_ok = second.is_none_or(|s| {
        let whole = s.split_once('.').map_or(s, |(w, frac)| {
            if frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit()) {
                "bad"
            } else {
                w
            }
        });
        two_digit_field(whole, 0, 60).is_some_and(|n| n.is_some())
    });
    zone_ok && hour_ok && minute_ok && second_ok && fields.next().is_none()
}

/// After the `P`: date components in unit order, then `T` and time components in unit order;
/// each a number (a fraction allowed) or `X`. At least one component.
fn is_duration(rest: &str) -> bool {
    let (date, time) = match rest.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (rest, None),
    };
    let Some(date_count) = components(date, DATE_UNITS) else {
        return false;
    };
    let time_count = match time {
        None => 0,
        Some(t) => match components(t, TIME_UNITS) {
            Some(n) if n > 0 => n,
            _ => return false,
        },
    };
    date_count + time_count > 0
}

/// Counts the `<number><unit>` components of `s`, with units appearing in the order of `units`,
/// each at most once; `None` when `s` is not such a sequence.
fn components(mut s: &str, units: &[&str]) -> Option<usize> {
    let mut next_unit = 0;
    let mut count = 0;
    while !s.is_empty() {
        let amount_len = if s.starts_with('X') {
            1
        } else {
            s.bytes()
                .take_while(|b| b.is_ascii_digit() || *b == b'.')
                .count()
        };
        let amount = &s[..amount_len];
        let numeric = amount == "X"
            || (!amount.is_empty()
                && !amount.starts_with('.')
                && !amount.ends_with('.')
                && amount.matches('.').count() <= 1);
        if !numeric {
            return None;
        }
        s = &s[amount_len..];
        // Longest unit first: `WE` before `W`, `DE` before `D`.
        let (i, unit) = units
            .iter()
            .enumerate()
            .skip(next_unit)
            .filter(|(_, u)| s.starts_with(*u))
            .max_by_key(|(_, u)| u.len())?;
        s = &s[unit.len()..];
        next_unit = i + 1;
        count += 1;
    }
    Some(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_values() {
        for v in [
            "2021",
            "199X",
            "19XX",
            "XXXX",
            "199",
            "19",
            "XXX",
            "XX",
            "2021-01",
            "2021-01-15",
            "2020-02-29",
            "XXXX-10",
            "XXXX-XX-15",
            "XXXX-10-21",
            "2021-W05",
            "2021-W53-7",
            "2021-W05-WE",
            "XXXX-WXX-1",
            "2021-Q3",
            "2021-QX",
            "2021-H1",
            "2021-SU",
            "FY2021",
            "FY2021-Q3",
            "FY2021-H2",
            "FYXXXX",
            "FYXXXX-Q3",
            "T14:30",
            "T24:00",
            "2021-01-15T14:30",
            "2021-01-15T14:30:05.5Z",
            "2021-01-15T14:30-05:00",
            "2021-01-15TMO",
            "XXXX-WXX-2TNI",
            "2021-W05-3T14:30",
            "P5Y",
            "P1Y6M",
            "P2W",
            "PT3H30M",
            "P1DT12H",
            "P1.5Y",
            "PXY",
            "PXD",
            "PTXH",
            "P2Q",
            "P3DE",
            "P1WE",
            "PRESENT_REF",
            "PAST_REF",
            "FUTURE_REF",
        ] {
            assert!(is_valid_value(v), "{v} should be valid");
        }
    }

    #[test]
    fn invalid_values() {
        for v in [
            "",
            "20211",
            "-123",
            "-123-01",
            "10000-01",
            "2021-13",
            "2021-00",
            "2021-1",
            "2021-02-30",
            "2021-02-29",
            "2021-04-31",
            "2021-W54",
            "2021-W05-8",
            "2021-Q5",
            "2021-H3",
            "2021-XX-XX-XX",
            "199X-01",
            "XXX-01",
            "X9X",
            "FY21",
            "FY2021-Q0",
            "T25:00",
            "T12:60",
            "2021-01T10:00",
            "2021-01-15T",
            "P",
            "PT",
            "P5",
            "PY5",
            "PM6",
            "P5Y5Y",
            "P5M5Y",
            "P1..5Y",
            "P.5Y",
            "present_ref",
            "NaN",
            "2021-01-15 ",
            "２０２１",
        ] {
            assert!(!is_valid_value(v), "{v:?} should be invalid");
        }
    }

    #[test]
    fn modifiers() {
        assert!(is_valid_modifier("START"));
        assert!(is_valid_modifier("APPROX"));
        assert!(!is_valid_modifier("start"));
        assert!(!is_valid_modifier("EARLY"));
    }
}
