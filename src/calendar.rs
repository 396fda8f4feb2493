//! Proleptic Gregorian calendar arithmetic, and the publication date (DCT) of an article.
//!
//! The date extractor resolves "last Tuesday" or "the third quarter" against the DCT, and the
//! DCT may be known only to the year ("©2020") or the month. Everything here is plain integer
//! arithmetic on civil dates (days since 1970-01-01, after Howard Hinnant's algorithms), so the
//! crate needs no date library and never reads the clock.

use std::fmt;

/// A calendar date (proleptic Gregorian), always valid once constructed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    year: i32,
    month: u8,
    day: u8,
}

impl CivilDate {
    /// The date, or `None` when the month or day is out of range.
    pub fn new(year: i32, month: u32, day: u32) -> Option<CivilDate> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(CivilDate {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// Parses `YYYY-MM-DD`, also when a time follows (`2020-12-10T08:00:00Z`, `2020-12-10 08:00`).
    pub fn parse_iso(s: &str) -> Option<CivilDate> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        if b.len() > 10 && !matches!(b[10], b'T' | b't' | b' ') {
            return None;
        }
        // `parse` would also take a sign ("-123-01-01", "+999-01-01").
        if !b[..4].iter().all(u8::is_ascii_digit) {
            return None;
        }
        let year = s.get(0..4)?.parse().ok()?;
        let month = s.get(5..7)?.parse().ok()?;
        let day = s.get(8..10)?.parse().ok()?;
        CivilDate::new(year, month, day)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01. Years outside ±1,000,000 saturate.
    pub fn from_days(days: i64) -> CivilDate {
        let z = days.clamp(-365_000_000, 365_000_000) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        CivilDate { year, month, day }
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (4).
        ((self.to_days() + 3).rem_euclid(7) + 1) as u32
    }

    /// The date `n` days later (earlier when negative).
    pub fn add_days(self, n: i64) -> CivilDate {
        CivilDate::from_days(self.to_days() + n)
    }

    /// The same day `n` months later, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29).
    pub fn add_months(self, n: i32) -> CivilDate {
        let total = self.year * 12 + (i32::from(self.month) - 1) + n;
        let year = total.div_euclid(12);
        let month = (total.rem_euclid(12) + 1) as u32;
        let day = u32::from(self.day).min(days_in_month(year, month));
        CivilDate {
            year,
            month: month as u8,
            day: day as u8,
        }
    }
}

impl CivilDate {
    /// ISO 8601 week-numbering year and week (1–53): weeks start on Monday, and week 1 is the
    /// one holding the year's first Thursday (2021-01-03 is in 2020-W53).
    pub fn iso_week(self) -> (i32, u32) {
        // The Thursday of this date's week decides the week-numbering year.
        let thursday = self.add_days(4 - i64::from(self.weekday()));
        let jan1 = CivilDate {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = (thursday.to_days() - jan1.to_days()) / 7 + 1;
        (thursday.year, week as u32)
    }

    /// The date of ISO `weekday` (1 = Monday … 7 = Sunday) in ISO `week` of `year`; `None` when
    /// the week or weekday is out of range.
    pub fn from_iso_week(year: i32, week: u32, weekday: u32) -> Option<CivilDate> {
        if !(1..=7).contains(&weekday) || week == 0 || week > iso_weeks_in_year(year) {
            return None;
        }
        // January 4 is always in week 1.
        let jan4 = CivilDate::new(year, 1, 4)?;
        let monday1 = jan4.add_days(1 - i64::from(jan4.weekday()));
        Some(monday1.add_days(i64::from(week - 1) * 7 + i64::from(weekday) - 1))
    }
}

/// Number of ISO weeks (52 or 53) in the week-numbering `year`.
pub fn iso_weeks_in_year(year: i32) -> u32 {
    // December 28 is always in the year's last week.
    CivilDate::new(year, 12, 28).map_or(52, |d| d.iso_week().1)
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Whether `year` is a leap year.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1–12) of `year`; 0 for an invalid month.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The month number of an English month name or abbreviation ("Sept.", "sep", "September"),
/// case-insensitive; a trailing period is allowed.
pub fn month_from_name(name: &str) -> Option<u32> {
    let n = name.strip_suffix('.').unwrap_or(name);
    if n.len() < 3 || n.len() > 9 || !n.is_ascii() {
        return None;
    }
    let lower = n.to_ascii_lowercase();
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    MONTHS
        .iter()
        .position(|m| {
            *m == lower
                || (lower.len() >= 3
                    && m.starts_with(&lower)
                    && (lower.len() == 3 || lower == "sept"))
        })
        .map(|i| i as u32 + 1)
}

/// The publication date of an article, possibly known only to the month or the year
/// (a "©2020" trailer says the year and nothing more).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Dct {
    /// The year.
    pub year: i32,
    /// The month (1–12), when known.
    pub month: Option<u32>,
    /// The day, when known (implies `month`).
    pub day: Option<u32>,
}

impl Dct {
    /// A DCT known to the day.
    pub fn from_date(d: CivilDate) -> Dct {
        Dct {
            year: d.year(),
            month: Some(d.month()),
            day: Some(d.day()),
        }
    }

    /// A DCT known only to the year.
    pub fn year_only(year: i32) -> Dct {
        Dct {
            year,
            month: None,
            day: None,
        }
    }

    /// The full date, when the DCT is known to the day.
    pub fn date(&self) -> Option<CivilDate> {
        CivilDate::new(self.year, self.month?, self.day?)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a time after the date is ignored).
    pub fn parse(s: &str) -> Option<Dct> {
        let s = s.trim();
        if let Some(d) = CivilDate::parse_iso(s) {
            return Some(Dct::from_date(d));
        }
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        match b.len() {
            4 if digits(0..4) => Some(Dct::year_only(s.parse().ok()?)),
            7 if digits(0..4) && b[4] == b'-' && digits(5..7) => {
                let month: u32 = s[5..7].parse().ok()?;
                (1..=12).contains(&month).then(|| Dct {
                    year: s[..4].parse().unwrap_or(0),
                    month: Some(month),
                    day: None,
                })
            }
            _ => None,
        }
    }
}

impl fmt::Display for Dct {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_and_known_points() {
        assert_eq!(CivilDate::new(1970, 1, 1).unwrap().to_days(), 0);
        assert_eq!(CivilDate::new(2000, 3, 1).unwrap().to_days(), 11_017);
        for n in (-800_000..800_000).step_by(997) {
            assert_eq!(CivilDate::from_days(n).to_days(), n);
        }
    }

    #[test]
    fn weekdays() {
        // 2014-09-26 was a Friday; 2020-12-10 a Thursday.
        assert_eq!(CivilDate::new(2014, 9, 26).unwrap().weekday(), 5);
        assert_eq!(CivilDate::new(2020, 12, 10).unwrap().weekday(), 4);
    }

    #[test]
    fn iso_weeks() {
        let d = |y, m, dd| CivilDate::new(y, m, dd).unwrap();
        assert_eq!(d(2008, 9, 4).iso_week(), (2008, 36));
        assert_eq!(d(2021, 1, 3).iso_week(), (2020, 53));
        assert_eq!(d(2019, 12, 30).iso_week(), (2020, 1));
        assert_eq!(d(2010, 1, 25).iso_week(), (2010, 4));
        assert_eq!(iso_weeks_in_year(2020), 53);
        assert_eq!(iso_weeks_in_year(2021), 52);
        assert_eq!(CivilDate::from_iso_week(2020, 53, 7), Some(d(2021, 1, 3)));
        assert_eq!(CivilDate::from_iso_week(2008, 36, 4), Some(d(2008, 9, 4)));
        assert_eq!(CivilDate::from_iso_week(2021, 53, 1), None);
        for n in (-3000..3000).step_by(7) {
            let day = CivilDate::from_days(n * 13);
            let (y, w) = day.iso_week();
            assert_eq!(CivilDate::from_iso_week(y, w, day.weekday()), Some(day));
        }
    }

    #[test]
    fn month_arithmetic_clamps() {
        let d = CivilDate::new(2020, 1, 31).unwrap();
        assert_eq!(d.add_months(1).to_string(), "2020-02-29");
        assert_eq!(d.add_months(-2).to_string(), "2019-11-30");
        assert_eq!(d.add_months(13).to_string(), "2021-02-28");
    }

    #[test]
    fn validation() {
        assert!(CivilDate::new(2021, 2, 29).is_none());
        assert!(CivilDate::new(2020, 2, 29).is_some());
        assert!(CivilDate::new(2020, 13, 1).is_none());
        assert!(CivilDate::parse_iso("2020-12-10T08:00:00Z").is_some());
        assert!(CivilDate::parse_iso("2020-12-1").is_none());
        assert!(CivilDate::parse_iso("2020-12-10x").is_none());
        assert!(CivilDate::parse_iso("-123-12-10").is_none());
        assert!(CivilDate::parse_iso("+999-12-10").is_none());
    }

    #[test]
    fn month_names() {
        assert_eq!(month_from_name("Sept."), Some(9));
        assert_eq!(month_from_name("sep"), Some(9));
        assert_eq!(month_from_name("DECEMBER"), Some(12));
        assert_eq!(month_from_name("Mar"), Some(3));
        assert_eq!(month_from_name("Ma"), None);
        assert_eq!(month_from_name("Marc"), None);
        assert_eq!(month_from_name("Mayday"), None);
    }

    #[test]
    fn dct_parse_and_display() {
        assert_eq!(Dct::parse("2020").unwrap().to_string(), "2020");
        assert_eq!(Dct::parse("2020-07").unwrap().to_string(), "2020-07");
        assert_eq!(
            Dct::parse("2020-07-04 10:00").unwrap().to_string(),
            "2020-07-04"
        );
        assert!(Dct::parse("2020-13").is_none());
        assert!(Dct::parse("July 4").is_none());
    }
}
