//! TIMEX3 normalization: calendar periods, their values and day ranges, and the choices that
//! tie a relative expression to the publication date (DCT).
//!
//! A resolved date is a [`Period`]: a day, a month, a quarter, a U.S. federal fiscal year… Its
//! TIMEX3 value (`2021-Q3`, `FY2021`) and its range of calendar days follow from it alone.
//! Relative expressions pick a period from the DCT: "last week" shifts the DCT's week, "in
//! October" takes the October before or after the DCT by the tense of the clause, "Friday" the
//! nearest Friday in the direction the clause points. Without a DCT (or with only its year) the
//! value stays underspecified (`XXXX-10`, `2020-XX-XX`); nothing here reads the clock.

use crate::calendar::{CivilDate, Dct, days_in_month, iso_weeks_in_year};

use super::lexicon::{HolidayRule, Unit};
use super::tense::Tense;

/// A calendar period with a TIMEX3 value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Period {
    /// One day.
    Day(CivilDate),
    /// A month of a year.
    Month(i32, u32),
    /// A calendar year.
    Year(i32),
    /// A half year (1 or 2).
    Half(i32, u32),
    /// A calendar quarter (1–4).
    Quarter(i32, u32),
    /// A season of a year, by TIMEX3 code (`SP`, `SU`, `FA`, `WI`).
    Season(i32, &'static str),
    /// An ISO week.
    Week(i32, u32),
    /// The weekend (Saturday and Sunday) of an ISO week.
    Weekend(i32, u32),
    /// A decade, by its first three digits (199 = the 1990s).
    Decade(i32),
    /// A century, by its first two digits (19 = the 1900s).
    Century(i32),
    /// A U.S. federal fiscal year: FY2021 runs from 2020-10-01 to 2021-09-30.
    FiscalYear(i32),
    /// A quarter of a U.S. federal fiscal year: FY2021-Q1 is October–December 2020.
    FiscalQuarter(i32, u32),
}

impl Period {
    /// The TIMEX3 value.
    pub(crate) fn value(self) -> String {
        match self {
            Period::Day(d) => iso(d),
            Period::Month(y, m) => format!("{y:04}-{m:02}"),
            Period::Year(y) => format!("{y:04}"),
            Period::Half(y, h) => format!("{y:04}-H{h}"),
            Period::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Period::Season(y, s) => format!("{y:04}-{s}"),
            Period::Week(y, w) => format!("{y:04}-W{w:02}"),
            Period::Weekend(y, w) => format!("{y:04}-W{w:02}-WE"),
            Period::Decade(d) => format!("{d:03}"),
            Period::Century(c) => format!("{c:02}"),
            Period::FiscalYear(y) => format!("FY{y:04}"),
            Period::FiscalQuarter(y, q) => format!("FY{y:04}-Q{q}"),
        }
    }

    /// First and last calendar day. Winter (which straddles two years) has none.
    pub(crate) fn range(self) -> Option<(CivilDate, CivilDate)> {
        let months = |y: i32, first: u32, n: u32| -> Option<(CivilDate, CivilDate)> {
            let start = CivilDate::new(y, first, 1)?;
            let end = start.add_months(n as i32).add_days(-1);
            Some((start, end))
        };
        match self {
            Period::Day(d) => Some((d, d)),
            Period::Month(y, m) => months(y, m, 1),
            Period::Year(y) => months(y, 1, 12),
            Period::Half(y, h) => months(y, 6 * (h - 1) + 1, 6),
            Period::Quarter(y, q) => months(y, 3 * (q - 1) + 1, 3),
            Period::Season(_, "WI") => None,
            Period::Season(y, s) => {
                let first = super::lexicon::SEASONS
                    .iter()
                    .find(|(_, code, _)| *code == s)
                    .map(|(_, _, m)| *m)?;
                months(y, first, 3)
            }
            Period::Week(y, w) => {
                let monday = CivilDate::from_iso_week(y, w, 1)?;
                Some((monday, monday.add_days(6)))
            }
            Period::Weekend(y, w) => {
                let saturday = CivilDate::from_iso_week(y, w, 6)?;
                Some((saturday, saturday.add_days(1)))
            }
            Period::Decade(d) => Some((
                CivilDate::new(d * 10, 1, 1)?,
                CivilDate::new(d * 10 + 9, 12, 31)?,
            )),
            Period::Century(c) => Some((
                CivilDate::new(c * 100, 1, 1)?,
                CivilDate::new(c * 100 + 99, 12, 31)?,
            )),
            Period::FiscalYear(y) => months(y - 1, 10, 12),
            Period::FiscalQuarter(y, q) => {
                let start = CivilDate::new(y - 1, 10, 1)?.add_months(3 * (q as i32 - 1));
                Some((start, start.add_months(3).add_days(-1)))
            }
        }
    }

    /// Whether the value is printable: years 1–9999.
    pub(crate) fn is_valid(self) -> bool {
        let year_ok = |y: i32| (1..=9999).contains(&y);
        match self {
            Period::Day(d) => year_ok(d.year()),
            Period::Month(y, m) => year_ok(y) && (1..=12).contains(&m),
            Period::Year(y) | Period::FiscalYear(y) | Period::Season(y, _) => year_ok(y),
            Period::Half(y, h) => year_ok(y) && (1..=2).contains(&h),
            Period::Quarter(y, q) | Period::FiscalQuarter(y, q) => {
                year_ok(y) && (1..=4).contains(&q)
            }
            Period::Week(y, w) | Period::Weekend(y, w) => {
                year_ok(y) && w >= 1 && w <= iso_weeks_in_year(y)
            }
            Period::Decade(d) => (0..=999).contains(&d),
            Period::Century(c) => (0..=99).contains(&c),
        }
    }

    /// The period `n` of its own units later (earlier when negative): the next quarter, the
    /// year before.
    pub(crate) fn shift(self, n: i32) -> Period {
        match self {
            Period::Day(d) => Period::Day(d.add_days(i64::from(n))),
            Period::Month(y, m) => {
                let d = CivilDate::new(y, m, 1).map(|d| d.add_months(n));
                d.map_or(self, |d| Period::Month(d.year(), d.month()))
            }
            Period::Year(y) => Period::Year(y + n),
            Period::Half(y, h) => {
                let i = y * 2 + h as i32 - 1 + n;
                Period::Half(i.div_euclid(2), i.rem_euclid(2) as u32 + 1)
            }
            Period::Quarter(y, q) => {
                let i = y * 4 + q as i32 - 1 + n;
                Period::Quarter(i.div_euclid(4), i.rem_euclid(4) as u32 + 1)
            }
            Period::FiscalQuarter(y, q) => {
                let i = y * 4 + q as i32 - 1 + n;
                Period::FiscalQuarter(i.div_euclid(4), i.rem_euclid(4) as u32 + 1)
            }
            Period::Season(y, s) => Period::Season(y + n, s),
            Period::Week(y, w) | Period::Weekend(y, w) => {
                let Some(monday) = CivilDate::from_iso_week(y, w, 1) else {
                    return self;
                };
                let (y2, w2) = monday.add_days(7 * i64::from(n)).iso_week();
                if matches!(self, Period::Week(..)) {
                    Period::Week(y2, w2)
                } else {
                    Period::Weekend(y2, w2)
                }
            }
            Period::Decade(d) => Period::Decade(d + n),
            Period::Century(c) => Period::Century(c + n),
            Period::FiscalYear(y) => Period::FiscalYear(y + n),
        }
    }

    /// The same period `n` years later (earlier when negative): the same quarter a year
    /// earlier, the same day two years on. `None` for decades and centuries.
    pub(crate) fn shift_years(self, n: i32) -> Option<Period> {
        Some(match self {
            Period::Day(d) => Period::Day(d.add_months(12 * n)),
            Period::Month(..) => self.shift(12 * n),
            Period::Quarter(..) | Period::FiscalQuarter(..) => self.shift(4 * n),
            Period::Half(..) => self.shift(2 * n),
            Period::Year(..) | Period::FiscalYear(..) | Period::Season(..) => self.shift(n),
            Period::Week(y, w) => Period::Week(y + n, w),
            Period::Weekend(y, w) => Period::Weekend(y + n, w),
            Period::Decade(_) | Period::Century(_) => return None,
        })
    }

    /// The year the period lies in (for a fiscal period, its fiscal year).
    pub(crate) fn year(self) -> Option<i32> {
        match self {
            Period::Day(d) => Some(d.year()),
            Period::Month(y, _)
            | Period::Year(y)
            | Period::Half(y, _)
            | Period::Quarter(y, _)
            | Period::Season(y, _)
            | Period::Week(y, _)
            | Period::Weekend(y, _)
            | Period::FiscalYear(y)
            | Period::FiscalQuarter(y, _) => Some(y),
            Period::Decade(_) | Period::Century(_) => None,
        }
    }

    /// The period of `unit` that contains this one, when there is exactly one ("the week" of a
    /// day, "the year" of a quarter); `None` when this period is coarser than the unit or does
    /// not nest in it (a week in a month).
    pub(crate) fn to_unit(self, unit: Unit) -> Option<Period> {
        if let Period::Day(d) = self {
            return Some(of_day(d, unit));
        }
        let (first, _) = self.range()?;
        let same = |p: Period| {
            p.range().map(|r| r.0) == self.range().map(|r| r.0)
                && p.range().map(|r| r.1) == self.range().map(|r| r.1)
        };
        let candidate = match (self, unit) {
            (Period::Week(..), Unit::Weekend) => {
                let (y, w) = first.iso_week();
                return Some(Period::Weekend(y, w));
            }
            (Period::Week(..) | Period::Weekend(..), Unit::Week) => {
                let (y, w) = first.iso_week();
                return Some(Period::Week(y, w));
            }
            (Period::Week(..) | Period::Weekend(..), _) => return None,
            (_, Unit::Day | Unit::Hour | Unit::Minute | Unit::Second) => return None,
            (_, Unit::Week | Unit::Weekend | Unit::Fortnight) => return None,
            _ => of_day(first, unit),
        };
        // The candidate must contain the whole period (a quarter is not inside one month).
        let (s, e) = self.range()?;
        let (cs, ce) = candidate.range()?;
        (cs <= s && e <= ce || same(candidate)).then_some(candidate)
    }
}

/// `YYYY-MM-DD`, written without the formatting machinery (every mention has one or three).
pub(crate) fn iso(day: CivilDate) -> String {
    let (y, m, d) = (day.year(), day.month(), day.day());
    if !(0..=9999).contains(&y) {
        return day.to_string();
    }
    let digit = |n: u32| char::from(b'0' + (n % 10) as u8);
    let y = y as u32;
    let mut out = String::with_capacity(10);
    for c in [
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        '-',
        digit(m / 10),
        digit(m),
        '-',
        digit(d / 10),
        digit(d),
    ] {
        out.push(c);
    }
    out
}

/// The period of `unit` that contains `day`: its week, month, quarter, fiscal year…
pub(crate) fn of_day(day: CivilDate, unit: Unit) -> Period {
    let (y, m) = (day.year(), day.month());
    match unit {
        Unit::Day | Unit::Hour | Unit::Minute | Unit::Second => Period::Day(day),
        Unit::Week | Unit::Fortnight => {
            let (wy, w) = day.iso_week();
            Period::Week(wy, w)
        }
        Unit::Weekend => {
            let (wy, w) = day.iso_week();
            Period::Weekend(wy, w)
        }
        Unit::Month => Period::Month(y, m),
        Unit::Quarter => Period::Quarter(y, (m - 1) / 3 + 1),
        Unit::Year => Period::Year(y),
        Unit::Decade => Period::Decade(y.div_euclid(10)),
        Unit::Century => Period::Century(y.div_euclid(100)),
    }
}

/// The U.S. federal fiscal year that contains `day` (October starts the next one).
pub(crate) fn fiscal_year_of(day: CivilDate) -> i32 {
    if day.month() >= 10 {
        day.year() + 1
    } else {
        day.year()
    }
}

/// The fiscal quarter (1–4) that contains `day`.
pub(crate) fn fiscal_quarter_of(day: CivilDate) -> Period {
    let fy = fiscal_year_of(day);
    let months_in = (day.month() + 2) % 12; // October = 0
    Period::FiscalQuarter(fy, months_in / 3 + 1)
}

/// What the publication date allows to resolve.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Reference {
    /// The DCT, possibly year-only or month-only.
    pub(crate) dct: Option<Dct>,
}

impl Reference {
    /// The DCT as a day, when known to the day.
    pub(crate) fn day(self) -> Option<CivilDate> {
        self.dct?.date()
    }

    /// The DCT's year and month, when known to the month.
    pub(crate) fn month(self) -> Option<(i32, u32)> {
        let d = self.dct?;
        Some((d.year, d.month?))
    }

    /// The DCT's year.
    pub(crate) fn year(self) -> Option<i32> {
        self.dct.map(|d| d.year)
    }

    /// The period of `unit` that contains the DCT, when the DCT is precise enough.
    pub(crate) fn period(self, unit: Unit) -> Option<Period> {
        if let Some(d) = self.day() {
            return Some(of_day(d, unit));
        }
        match unit {
            Unit::Year => self.year().map(Period::Year),
            Unit::Decade => self.year().map(|y| Period::Decade(y.div_euclid(10))),
            Unit::Century => self.year().map(|y| Period::Century(y.div_euclid(100))),
            Unit::Month => self.month().map(|(y, m)| Period::Month(y, m)),
            Unit::Quarter => self
                .month()
                .map(|(y, m)| Period::Quarter(y, (m - 1) / 3 + 1)),
            _ => None,
        }
    }

    /// The current U.S. federal fiscal year, when the DCT is known to the month.
    pub(crate) fn fiscal_year(self) -> Option<i32> {
        let (y, m) = self.month()?;
        Some(if m >= 10 { y + 1 } else { y })
    }
}

/// An underspecified value for a period of `unit` that could not be resolved, keeping the year
/// when it is known and the period is the current one ("this month" with a year-only DCT is
/// `2020-XX`).
pub(crate) fn unresolved(unit: Unit, year: Option<i32>) -> String {
    let y = year.map_or_else(|| "XXXX".to_string(), |y| format!("{y:04}"));
    match unit {
        Unit::Day | Unit::Hour | Unit::Minute | Unit::Second => format!("{y}-XX-XX"),
        Unit::Week | Unit::Fortnight => format!("{y}-WXX"),
        Unit::Weekend => format!("{y}-WXX-WE"),
        Unit::Month => format!("{y}-XX"),
        Unit::Quarter => format!("{y}-QX"),
        Unit::Year => y,
        Unit::Decade => "XXX".to_string(),
        Unit::Century => "XX".to_string(),
    }
}

/// Which way a relative choice leans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    /// At or before the DCT.
    Past,
    /// At or after the DCT.
    Future,
    /// Whichever is nearer.
    Nearest,
}

impl From<Tense> for Direction {
    fn from(t: Tense) -> Direction {
        match t {
            Tense::Past => Direction::Past,
            Tense::Future => Direction::Future,
            Tense::Present | Tense::Unknown => Direction::Nearest,
        }
    }
}

/// The year of a month (and day) written without one: the month's occurrence in the direction
/// the clause points, else the nearest. A day within a month of the DCT, or a month within two
/// of the DCT's, is taken as the nearest whatever the tense: news seldom names a day or a month a year
/// off without its year, and the tense guess is less reliable than that. `None` without a DCT
/// year.
pub(crate) fn year_for_month(
    month: u32,
    day: Option<u32>,
    dir: Direction,
    r: Reference,
) -> Option<i32> {
    let year = r.year()?;
    let Some((_, dct_month)) = r.month() else {
        return Some(year);
    };
    if let (Some(day), Some(dct)) = (day, r.day()) {
        let candidates = [year - 1, year, year + 1].map(|y| {
            let d = day.min(days_in_month(y, month));
            CivilDate::new(y, month, d).map(|c| (y, c.to_days() - dct.to_days()))
        });
        return choose(&candidates, dir, 31);
    }
    let candidates = [year - 1, year, year + 1].map(|y| {
        let diff = (y * 12 + month as i32) - (year * 12 + dct_month as i32);
        Some((y, i64::from(diff)))
    });
    choose(&candidates, dir, 2)
}

/// Picks among candidates `(value, signed distance from the DCT)`: a candidate within `close`
/// of the DCT outright, else the latest at or before it (past), the earliest at or after it
/// (future), or the nearest (ties go to the past).
pub(crate) fn choose<T: Copy>(
    candidates: &[Option<(T, i64)>],
    dir: Direction,
    close: i64,
) -> Option<T> {
    let all = || candidates.iter().flatten();
    let nearest = all().min_by_key(|(_, d)| (d.abs(), *d > 0)).copied()?;
    if nearest.1.abs() <= close {
        return Some(nearest.0);
    }
    let pick = match dir {
        Direction::Past => all()
            .filter(|(_, d)| *d <= 0)
            .max_by_key(|(_, d)| *d)
            .copied(),
        Direction::Future => all()
            .filter(|(_, d)| *d >= 0)
            .min_by_key(|(_, d)| *d)
            .copied(),
        Direction::Nearest => None,
    };
    Some(pick.unwrap_or(nearest).0)
}

/// The year of a part of a year written without one ("the third quarter", "the first half",
/// "the summer"), given the months it spans: past clauses take the latest one that has begun,
/// future ones the earliest that has not ended, others the one that has begun (news reports
/// on periods that have started more often than on coming ones).
pub(crate) fn year_for_part(
    first_month: u32,
    months: u32,
    dir: Direction,
    r: Reference,
) -> Option<i32> {
    let year = r.year()?;
    let Some((_, m)) = r.month() else {
        return Some(year);
    };
    let now = year * 12 + m as i32 - 1;
    let start = |y: i32| y * 12 + first_month as i32 - 1;
    let end = |y: i32| start(y) + months as i32 - 1;
    Some(match dir {
        Direction::Future => (year - 1..=year + 1)
            .find(|&y| end(y) >= now)
            .unwrap_or(year),
        Direction::Past | Direction::Nearest => (year - 1..=year + 1)
            .rev()
            .find(|&y| start(y) <= now)
            .unwrap_or(year),
    })
}

/// The fiscal year of a fiscal quarter written without one ("the fiscal third quarter"), by the
/// same rule as [`year_for_part`] on the fiscal calendar.
pub(crate) fn fiscal_year_for_quarter(q: u32, dir: Direction, r: Reference) -> Option<i32> {
    let fy = r.fiscal_year()?;
    let (y, m) = r.month()?;
    let now = y * 12 + m as i32 - 1;
    // FY f quarter q starts in month (f-1)*12 + 9 + 3(q-1) (0-based months).
    let start = |f: i32| (f - 1) * 12 + 9 + 3 * (q as i32 - 1);
    let end = |f: i32| start(f) + 2;
    Some(match dir {
        Direction::Future => (fy - 1..=fy + 1).find(|&f| end(f) >= now).unwrap_or(fy),
        Direction::Past | Direction::Nearest => (fy - 1..=fy + 1)
            .rev()
            .find(|&f| start(f) <= now)
            .unwrap_or(fy),
    })
}

/// The date of weekday `wd` (ISO) relative to the DCT day. `offset_weeks` -1 is "last
/// Friday", the Friday of the previous ISO week; +1 is "next Friday", that of the following
/// week; 0 is "this Friday", that of the DCT's week. A bare weekday (`None`) is the DCT itself
/// when the weekdays agree, else the nearest one in `dir` (either way for `Nearest`, the past
/// winning a tie).
pub(crate) fn weekday_date(
    wd: u32,
    offset_weeks: Option<i32>,
    dir: Direction,
    dct: CivilDate,
) -> CivilDate {
    let today = i64::from(dct.weekday());
    let wd = i64::from(wd);
    let back = (today - wd).rem_euclid(7);
    let ahead = (wd - today).rem_euclid(7);
    match offset_weeks {
        Some(n) => dct.add_days(wd - today + 7 * i64::from(n)),
        None if wd == today => dct,
        None => match dir {
            Direction::Future => dct.add_days(ahead),
            Direction::Past => dct.add_days(-back),
            Direction::Nearest if ahead < back => dct.add_days(ahead),
            Direction::Nearest => dct.add_days(-back),
        },
    }
}

/// The date of a holiday in `year`.
pub(crate) fn holiday_date(rule: HolidayRule, year: i32) -> Option<CivilDate> {
    match rule {
        HolidayRule::Fixed(m, d) => CivilDate::new(year, m, d),
        HolidayRule::NthWeekday {
            month,
            weekday,
            n,
            offset,
        } => {
            let first = CivilDate::new(year, month, 1)?;
            let day = if n > 0 {
                let to_first = (i64::from(weekday) - i64::from(first.weekday())).rem_euclid(7);
                first.add_days(to_first + 7 * i64::from(n - 1))
            } else {
                let last = first.add_months(1).add_days(-1);
                last.add_days(-(i64::from(last.weekday()) - i64::from(weekday)).rem_euclid(7))
            };
            Some(day.add_days(offset))
        }
        HolidayRule::Easter(offset) => easter(year).map(|d| d.add_days(offset)),
    }
}

/// Easter Sunday (Gregorian computus, anonymous algorithm).
pub(crate) fn easter(year: i32) -> Option<CivilDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    CivilDate::new(year, month as u32, day as u32)
}

/// The period `n` units away from `base` at the granularity the unit implies ("two years ago"
/// is a year, "three months ago" a month, "a week ago" and "ten days ago" a day).
pub(crate) fn offset(base: CivilDate, n: f64, unit: Unit) -> Option<Period> {
    let whole = n.fract() == 0.0;
    let months = |k: f64| (k.fract() == 0.0).then(|| base.add_months(k as i32));
    Some(match unit {
        Unit::Year if whole => Period::Year(base.year() + n as i32),
        Unit::Year => {
            let d = months(n * 12.0)?;
            Period::Month(d.year(), d.month())
        }
        Unit::Quarter => {
            let d = months(n * 3.0)?;
            of_day(d, Unit::Quarter)
        }
        Unit::Month => {
            let d = months(n)?;
            Period::Month(d.year(), d.month())
        }
        Unit::Week | Unit::Fortnight | Unit::Weekend | Unit::Day => {
            let per = match unit {
                Unit::Week | Unit::Weekend => 7.0,
                Unit::Fortnight => 14.0,
                _ => 1.0,
            };
            let days = n * per;
            if days.fract() != 0.0 {
                return None;
            }
            Period::Day(base.add_days(days as i64))
        }
        Unit::Hour | Unit::Minute | Unit::Second => Period::Day(base),
        Unit::Decade if whole => Period::Decade((base.year() + 10 * n as i32).div_euclid(10)),
        Unit::Century if whole => Period::Century((base.year() + 100 * n as i32).div_euclid(100)),
        Unit::Decade | Unit::Century => return None,
    })
}

/// The smallest standard part of the DCT's year (quarter, half, or the year) that holds the
/// rest of the year after the DCT ("later this year" in October is `Q4`) or, with `earlier`,
/// the part of the year before it ("earlier this year" in February is `Q1`).
pub(crate) fn part_of_year(r: Reference, earlier: bool) -> Option<Period> {
    let year = r.year()?;
    let Some((_, m)) = r.month() else {
        return Some(Period::Year(year));
    };
    let q = (m - 1) / 3 + 1;
    let h = (m - 1) / 6 + 1;
    Some(match earlier {
        false if q == 4 => Period::Quarter(year, 4),
        false if h == 2 => Period::Half(year, 2),
        true if q == 1 => Period::Quarter(year, 1),
        true if h == 1 => Period::Half(year, 1),
        _ => Period::Year(year),
    })
}

/// The year a two-digit year stands for: the latest one not more than ten years after the DCT
/// ("'82" in 2008 is 1982, "'15" is 2015), or 19xx/20xx split at 50 without a DCT.
pub(crate) fn expand_two_digit_year(yy: i32, r: Reference) -> i32 {
    match r.year() {
        Some(y) => {
            let century = y.div_euclid(100) * 100;
            let candidate = century + yy;
            if candidate > y + 10 {
                candidate - 100
            } else {
                candidate
            }
        }
        None if yy < 50 => 2000 + yy,
        None => 1900 + yy,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> CivilDate {
        CivilDate::new(y, m, day).unwrap()
    }

    fn r(s: &str) -> Reference {
        Reference { dct: Dct::parse(s) }
    }

    #[test]
    fn values_and_ranges() {
        let range = |p: Period| p.range().map(|(a, b)| format!("{a}..{b}"));
        assert_eq!(Period::FiscalYear(2021).value(), "FY2021");
        assert_eq!(
            range(Period::FiscalYear(2021)).unwrap(),
            "2020-10-01..2021-09-30"
        );
        assert_eq!(
            range(Period::FiscalQuarter(2021, 3)).unwrap(),
            "2021-04-01..2021-06-30"
        );
        assert_eq!(
            range(Period::FiscalQuarter(2021, 1)).unwrap(),
            "2020-10-01..2020-12-31"
        );
        assert_eq!(
            range(Period::Quarter(2021, 3)).unwrap(),
            "2021-07-01..2021-09-30"
        );
        assert_eq!(
            range(Period::Month(2020, 2)).unwrap(),
            "2020-02-01..2020-02-29"
        );
        assert_eq!(
            range(Period::Week(2008, 35)).unwrap(),
            "2008-08-25..2008-08-31"
        );
        assert_eq!(
            range(Period::Weekend(2010, 4)).unwrap(),
            "2010-01-30..2010-01-31"
        );
        assert_eq!(
            range(Period::Decade(199)).unwrap(),
            "1990-01-01..1999-12-31"
        );
        assert_eq!(Period::Decade(197).value(), "197");
        assert_eq!(
            range(Period::Season(2021, "SU")).unwrap(),
            "2021-06-01..2021-08-31"
        );
        assert_eq!(Period::Season(2021, "WI").range(), None);
    }

    #[test]
    fn iso_format() {
        for day in [d(2014, 9, 26), d(1, 1, 1), d(9999, 12, 31), d(2020, 2, 29)] {
            assert_eq!(iso(day), day.to_string());
        }
    }

    #[test]
    fn shifting() {
        assert_eq!(Period::Quarter(2021, 1).shift(-1), Period::Quarter(2020, 4));
        assert_eq!(Period::Half(2021, 2).shift(1), Period::Half(2022, 1));
        assert_eq!(Period::Week(2021, 1).shift(-1), Period::Week(2020, 53));
        assert_eq!(Period::Month(2021, 1).shift(-1), Period::Month(2020, 12));
        assert_eq!(
            Period::FiscalQuarter(2021, 1).shift(-1),
            Period::FiscalQuarter(2020, 4)
        );
    }

    #[test]
    fn month_year_choice() {
        let dct = r("2008-11-18");
        assert_eq!(year_for_month(4, None, Direction::Past, dct), Some(2008));
        assert_eq!(year_for_month(4, None, Direction::Nearest, dct), Some(2009));
        assert_eq!(
            year_for_month(10, None, Direction::Future, r("2009-06-05")),
            Some(2009)
        );
        assert_eq!(
            year_for_month(12, Some(11), Direction::Past, r("2010-01-25")),
            Some(2009)
        );
        // Within a month: the nearest, whatever the tense.
        assert_eq!(
            year_for_month(6, Some(3), Direction::Past, r("2009-05-14")),
            Some(2009)
        );
        assert_eq!(
            year_for_month(10, Some(12), Direction::Past, r("2005-10-04")),
            Some(2005)
        );
        assert_eq!(
            year_for_month(6, None, Direction::Past, r("2009")),
            Some(2009)
        );
        assert_eq!(
            year_for_month(6, None, Direction::Past, Reference::default()),
            None
        );
    }

    #[test]
    fn parts_of_years() {
        assert_eq!(
            year_for_part(10, 3, Direction::Past, r("2007-03-13")),
            Some(2006)
        );
        assert_eq!(
            year_for_part(10, 3, Direction::Future, r("2009-10-16")),
            Some(2009)
        );
        assert_eq!(
            year_for_part(7, 3, Direction::Nearest, r("2009-11-03")),
            Some(2009)
        );
        assert_eq!(
            fiscal_year_for_quarter(3, Direction::Future, r("2020-12-10")),
            Some(2021)
        );
        assert_eq!(
            part_of_year(r("2006-10-05"), false),
            Some(Period::Quarter(2006, 4))
        );
        assert_eq!(
            part_of_year(r("2006-08-05"), false),
            Some(Period::Half(2006, 2))
        );
        assert_eq!(
            part_of_year(r("2006-05-05"), false),
            Some(Period::Year(2006))
        );
    }

    #[test]
    fn weekdays_and_holidays() {
        let thu = d(2008, 9, 4);
        assert_eq!(weekday_date(4, None, Direction::Past, thu), thu);
        assert_eq!(
            weekday_date(1, None, Direction::Past, d(2009, 2, 24)),
            d(2009, 2, 23)
        );
        assert_eq!(
            weekday_date(2, None, Direction::Past, d(2006, 5, 29)),
            d(2006, 5, 23)
        );
        assert_eq!(weekday_date(5, None, Direction::Future, thu), d(2008, 9, 5));
        assert_eq!(
            weekday_date(4, Some(-1), Direction::Past, thu),
            d(2008, 8, 28)
        );
        assert_eq!(
            weekday_date(1, Some(1), Direction::Past, thu),
            d(2008, 9, 8)
        );
        assert_eq!(easter(2024), Some(d(2024, 3, 31)));
        assert_eq!(easter(2019), Some(d(2019, 4, 21)));
        let thanksgiving = HolidayRule::NthWeekday {
            month: 11,
            weekday: 4,
            n: 4,
            offset: 0,
        };
        assert_eq!(holiday_date(thanksgiving, 2020), Some(d(2020, 11, 26)));
        let memorial = HolidayRule::NthWeekday {
            month: 5,
            weekday: 1,
            n: -1,
            offset: 0,
        };
        assert_eq!(holiday_date(memorial, 2021), Some(d(2021, 5, 31)));
    }

    #[test]
    fn offsets_and_two_digit_years() {
        let base = d(2011, 3, 18);
        assert_eq!(
            offset(base, -1.0, Unit::Week),
            Some(Period::Day(d(2011, 3, 11)))
        );
        assert_eq!(offset(base, -2.0, Unit::Year), Some(Period::Year(2009)));
        assert_eq!(
            offset(base, -3.0, Unit::Month),
            Some(Period::Month(2010, 12))
        );
        assert_eq!(offset(base, -1.5, Unit::Year), Some(Period::Month(2009, 9)));
        assert_eq!(expand_two_digit_year(82, r("2008-10-27")), 1982);
        assert_eq!(expand_two_digit_year(7, r("2007-07-09")), 2007);
        assert_eq!(expand_two_digit_year(15, r("2008")), 2015);
        assert_eq!(expand_two_digit_year(21, Reference::default()), 2021);
    }

    #[test]
    fn year_shifts() {
        assert_eq!(
            Period::FiscalQuarter(2021, 4).shift_years(-1),
            Some(Period::FiscalQuarter(2020, 4))
        );
        assert_eq!(
            Period::Half(2021, 1).shift_years(-1),
            Some(Period::Half(2020, 1))
        );
        assert_eq!(
            Period::Day(d(2020, 2, 29)).shift_years(1),
            Some(Period::Day(d(2021, 2, 28)))
        );
        assert_eq!(Period::Decade(199).shift_years(1), None);
    }

    #[test]
    fn containment() {
        assert_eq!(
            Period::Day(d(2009, 2, 23)).to_unit(Unit::Week),
            Some(Period::Week(2009, 9))
        );
        assert_eq!(
            Period::Quarter(2009, 3).to_unit(Unit::Year),
            Some(Period::Year(2009))
        );
        assert_eq!(Period::Quarter(2009, 3).to_unit(Unit::Month), None);
        assert_eq!(Period::Year(2009).to_unit(Unit::Day), None);
        assert_eq!(
            Period::Month(2009, 5).to_unit(Unit::Month),
            Some(Period::Month(2009, 5))
        );
        assert_eq!(
            fiscal_quarter_of(d(2020, 12, 10)),
            Period::FiscalQuarter(2021, 1)
        );
        assert_eq!(
            fiscal_quarter_of(d(2021, 5, 10)),
            Period::FiscalQuarter(2021, 3)
        );
    }
}
