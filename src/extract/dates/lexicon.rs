//! The words of temporal expressions and what they mean: one table per word class.
//!
//! The grammar ([`super::patterns`]) builds its regex alternations from these tables, and the
//! resolver looks the captured words up in the same tables, so a word is added in one place.
//! Look-ups are ASCII case-insensitive and allocate nothing.

/// A unit of time as written in "five years", "last week", "every quarter".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// year
    Year,
    /// quarter (three months)
    Quarter,
    /// month
    Month,
    /// week (ISO: Monday to Sunday)
    Week,
    /// Saturday and Sunday
    Weekend,
    /// fortnight (two weeks)
    Fortnight,
    /// day (also "trading day", "business day")
    Day,
    /// hour
    Hour,
    /// minute
    Minute,
    /// second
    Second,
    /// decade
    Decade,
    /// century
    Century,
}

impl Unit {
    /// The TIMEX3 duration of `n` units (`P5Y`, `PT30M`, `P10Y` for a decade); `None` for `n`
    /// means an unspecified number (`PXY`). Fractions of a year or an hour become months or
    /// minutes ("half a year" is `P6M`, "two and a half years" `P2Y6M`).
    pub(crate) fn duration(self, n: Option<f64>) -> String {
        let Some(n) = n else {
            return match self {
                Unit::Year => "PXY",
                Unit::Quarter => "PXQ",
                Unit::Month => "PXM",
                Unit::Week | Unit::Fortnight => "PXW",
                Unit::Weekend => "PXWE",
                Unit::Day => "PXD",
                Unit::Hour => "PTXH",
                Unit::Minute => "PTXM",
                Unit::Second => "PTXS",
                Unit::Decade => "PXDE",
                Unit::Century => "PXCE",
            }
            .to_string();
        };
        // "6½ years": whole units, then the fraction in the next smaller one.
        let parts = n > 1.0 && n.fract() != 0.0 && (n.fract() * 12.0).fract() == 0.0;
        match self {
            Unit::Year if parts => {
                return format!("P{}Y{}M", n.trunc(), n.fract() * 12.0);
            }
            Unit::Hour if parts => {
                return format!("PT{}H{}M", n.trunc(), n.fract() * 60.0);
            }
            _ => {}
        }
        let (n, designator, time) = match self {
            Unit::Year if n.fract() != 0.0 && (n * 12.0).fract() == 0.0 => (n * 12.0, "M", false),
            Unit::Year => (n, "Y", false),
            Unit::Quarter => (n, "Q", false),
            Unit::Month => (n, "M", false),
            Unit::Week => (n, "W", false),
            Unit::Fortnight => (n * 2.0, "W", false),
            Unit::Weekend => (n, "WE", false),
            Unit::Day => (n, "D", false),
            Unit::Hour if n.fract() != 0.0 && (n * 60.0).fract() == 0.0 => (n * 60.0, "M", true),
            Unit::Hour => (n, "H", true),
            Unit::Minute => (n, "M", true),
            Unit::Second => (n, "S", true),
            Unit::Decade => (n * 10.0, "Y", false),
            Unit::Century => (n * 100.0, "Y", false),
        };
        let t = if time { "T" } else { "" };
        format!("P{t}{}{designator}", format_number(n))
    }
}

/// `5`, `1.5`: no trailing `.0`.
pub(crate) fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        let s = format!("{n:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// Unit nouns, singular and plural, with common abbreviations. Multi-word entries use one space;
/// the grammar accepts any short run of whitespace there.
pub(crate) const UNIT_WORDS: &[(&str, Unit)] = &[
    ("trading days", Unit::Day),
    ("trading day", Unit::Day),
    ("business days", Unit::Day),
    ("business day", Unit::Day),
    ("working days", Unit::Day),
    ("working day", Unit::Day),
    ("calendar days", Unit::Day),
    ("calendar day", Unit::Day),
    ("calendar years", Unit::Year),
    ("calendar year", Unit::Year),
    ("years", Unit::Year),
    ("year", Unit::Year),
    ("yrs", Unit::Year),
    ("yr", Unit::Year),
    ("months", Unit::Month),
    ("month", Unit::Month),
    ("weeks", Unit::Week),
    ("week", Unit::Week),
    ("wks", Unit::Week),
    ("weekends", Unit::Weekend),
    ("weekend", Unit::Weekend),
    ("fortnights", Unit::Fortnight),
    ("fortnight", Unit::Fortnight),
    ("days", Unit::Day),
    ("day", Unit::Day),
    ("hours", Unit::Hour),
    ("hour", Unit::Hour),
    ("hrs", Unit::Hour),
    ("hr", Unit::Hour),
    ("minutes", Unit::Minute),
    ("minute", Unit::Minute),
    ("mins", Unit::Minute),
    ("seconds", Unit::Second),
    ("second", Unit::Second),
    ("secs", Unit::Second),
    ("decades", Unit::Decade),
    ("decade", Unit::Decade),
    ("centuries", Unit::Century),
    ("century", Unit::Century),
    ("quarters", Unit::Quarter),
    ("quarter", Unit::Quarter),
];

/// The unit a unit noun names ("trading  days" with odd spacing included).
pub(crate) fn unit(word: &str) -> Option<Unit> {
    lookup_spaced(UNIT_WORDS, word)
}

/// Whether a unit noun is plural ("years", "trading days").
pub(crate) fn is_plural_unit(word: &str) -> bool {
    let w = word.trim_end();
    w.ends_with('s') || w.ends_with('S')
}

/// Cardinal number words up to nineteen, and the tens; "twenty-five" is composed of two. One
/// table for the crate: the money extractor reads the same words.
pub(crate) use crate::extract::money::tables::NUMBER_WORDS;

/// Quantity words that stand for a number: "a week", "a dozen years", "a couple of days".
pub(crate) const QUANTITY_WORDS: &[(&str, f64)] = &[
    ("a", 1.0),
    ("an", 1.0),
    ("a single", 1.0),
    ("a couple of", 2.0),
    ("couple of", 2.0),
    ("a dozen", 12.0),
    ("half a", 0.5),
    ("half an", 0.5),
    ("a hundred", 100.0),
    ("one hundred", 100.0),
];

/// Quantity words that leave the number open: "several years" is `PXY`.
#[rustfmt::skip]
pub(crate) const VAGUE_QUANTITIES: &[&str] = &[
    "several", "many", "a few", "few", "some", "numerous", "multiple", "dozens of", "hundreds of",
    "a number of",
];

/// The value of a number as written: digits ("18", "1.5", "1,000"), words ("eighteen",
/// "twenty-five"), or a quantity word ("a", "a couple of"). `None` when it is none of these.
pub(crate) fn number(text: &str) -> Option<f64> {
    let t = text.trim();
    if t.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        // "6½": a vulgar fraction after the digits.
        let (t, fraction) = match t.char_indices().next_back() {
            Some((i, '½')) => (&t[..i], 0.5),
            Some((i, '¼')) => (&t[..i], 0.25),
            Some((i, '¾')) => (&t[..i], 0.75),
            _ => (t, 0.0),
        };
        let digits: String = t.chars().filter(|c| *c != ',').collect();
        return digits
            .parse::<f64>()
            .ok()
            .map(|n| n + fraction)
            .filter(|n| n.is_finite());
    }
    if let Some(v) = lookup_spaced(QUANTITY_WORDS, t) {
        return Some(v);
    }
    // "twenty-five", "twenty five", "five"
    let mut total = 0u32;
    let mut parts = 0;
    for part in t.split(|c: char| c == '-' || c.is_whitespace()) {
        if part.is_empty() {
            continue;
        }
        let v = lookup(NUMBER_WORDS, part)?;
        parts += 1;
        if parts > 2 || (parts == 2 && (total < 20 || !total.is_multiple_of(10) || v >= 10)) {
            return None;
        }
        total += v;
    }
    (parts > 0).then_some(f64::from(total))
}

/// Ordinals of quarters and halves ("the third quarter", "the 2nd half"); "final" is the last.
pub(crate) const PERIOD_ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("1st", 1),
    ("second", 2),
    ("2nd", 2),
    ("third", 3),
    ("3rd", 3),
    ("fourth", 4),
    ("4th", 4),
    ("latter", 2),
    ("back", 2),
    ("front", 1),
    ("final", 4),
];

/// Ordinal words for centuries and consecutive days ("the twenty-first century", "a third
/// straight day"); digits with a suffix ("21st") are read by [`ordinal`].
pub(crate) const ORDINAL_WORDS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("twenty-first", 21),
    ("twenty first", 21),
    ("twenty-second", 22),
    ("twenty second", 22),
];

/// The number of an ordinal: "third" → 3, "21st" → 21.
pub(crate) fn ordinal(text: &str) -> Option<u32> {
    let t = text.trim();
    if t.starts_with(|c: char| c.is_ascii_digit()) {
        return t
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .parse()
            .ok();
    }
    lookup_spaced(ORDINAL_WORDS, t)
}

/// Month names and abbreviations as the grammar accepts them (see `calendar::month_from_name`).
#[rustfmt::skip]
pub(crate) const MONTH_WORDS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept",
    "sep", "oct", "nov", "dec",
];

/// Weekday names, ISO numbering (Monday = 1).
pub(crate) const WEEKDAYS: &[(&str, u32)] = &[
    ("monday", 1),
    ("tuesday", 2),
    ("wednesday", 3),
    ("thursday", 4),
    ("friday", 5),
    ("saturday", 6),
    ("sunday", 7),
];

/// The ISO number of a weekday name ("Fridays" too).
pub(crate) fn weekday(text: &str) -> Option<u32> {
    let t = text.trim();
    lookup(WEEKDAYS, t).or_else(|| lookup(WEEKDAYS, t.strip_suffix('s')?))
}

/// Seasons and their TIMEX3 codes, with the first month of the (meteorological, northern)
/// season.
pub(crate) const SEASONS: &[(&str, &str, u32)] = &[
    ("spring", "SP", 3),
    ("summer", "SU", 6),
    ("fall", "FA", 9),
    ("autumn", "FA", 9),
    ("winter", "WI", 12),
];

/// TIMEX3 code and first month of a season name.
pub(crate) fn season(text: &str) -> Option<(&'static str, u32)> {
    SEASONS
        .iter()
        .find(|(w, _, _)| w.eq_ignore_ascii_case(text.trim()))
        .map(|(_, code, month)| (*code, *month))
}

/// Parts of the day and their TIMEX3 codes.
pub(crate) const PARTS_OF_DAY: &[(&str, &str)] = &[
    ("morning", "MO"),
    ("afternoon", "AF"),
    ("evening", "EV"),
    ("night", "NI"),
    ("tonight", "NI"),
];

/// TIMEX3 code of a part of the day.
pub(crate) fn part_of_day(text: &str) -> Option<&'static str> {
    lookup(PARTS_OF_DAY, text.trim())
}

/// Words for a clock time and their hour: noon, and midnight as the end of its day (TIMEX3
/// `T24:00`).
pub(crate) const NAMED_TIMES: &[(&str, u32)] = &[("noon", 12), ("midday", 12), ("midnight", 24)];

/// Time zones written after a clock time ("3 p.m. ET", "16:08 UTC", "2 p.m. Pacific"), and
/// whether they are UTC. Only UTC shows in a value (`T16:08Z`, as MEANTIME writes it); a local
/// zone stays part of the expression but not of the value, which is the local time.
pub(crate) const ZONES: &[(&str, bool)] = &[
    ("UTC", true),
    ("GMT", true),
    ("Z", true),
    ("ET", false),
    ("EST", false),
    ("EDT", false),
    ("CT", false),
    ("CST", false),
    ("CDT", false),
    ("MT", false),
    ("MST", false),
    ("MDT", false),
    ("PT", false),
    ("PST", false),
    ("PDT", false),
    ("Eastern", false),
    ("Central", false),
    ("Mountain", false),
    ("Pacific", false),
    ("BST", false),
    ("CET", false),
    ("CEST", false),
    ("MSK", false),
    ("HKT", false),
    ("SGT", false),
    ("JST", false),
    ("KST", false),
    ("AEST", false),
    ("AEDT", false),
    ("AWST", false),
    ("NZST", false),
    ("NZDT", false),
    ("IST", false),
    ("WET", false),
    ("EET", false),
    ("HST", false),
    ("AKST", false),
    ("AKDT", false),
];

/// Whether a zone word means UTC.
pub(crate) fn is_utc(zone: &str) -> bool {
    ZONES.iter().any(|(w, utc)| *utc && *w == zone)
}

/// Set words: "weekly" is a SET with value `P1W`.
pub(crate) const SET_WORDS: &[(&str, &str)] = &[
    ("hourly", "PT1H"),
    ("daily", "P1D"),
    ("nightly", "P1D"),
    ("weekly", "P1W"),
    ("biweekly", "P2W"),
    ("fortnightly", "P2W"),
    ("monthly", "P1M"),
    ("bimonthly", "P2M"),
    ("quarterly", "P3M"),
    ("semiannually", "P6M"),
    ("semi-annually", "P6M"),
    ("biannually", "P6M"),
    ("yearly", "P1Y"),
    ("annually", "P1Y"),
];

/// Vague references and their values: "now" is PRESENT_REF.
pub(crate) const REFERENCES: &[(&str, &str)] = &[
    ("right now", "PRESENT_REF"),
    ("now", "PRESENT_REF"),
    ("nowadays", "PRESENT_REF"),
    ("these days", "PRESENT_REF"),
    ("at present", "PRESENT_REF"),
    ("at the moment", "PRESENT_REF"),
    ("the time being", "PRESENT_REF"),
    ("time being", "PRESENT_REF"),
    ("more recently", "PAST_REF"),
    ("most recently", "PAST_REF"),
    ("recently", "PAST_REF"),
    ("lately", "PAST_REF"),
    ("recent", "PAST_REF"),
    ("the past", "PAST_REF"),
    ("the near future", "FUTURE_REF"),
    ("the distant future", "FUTURE_REF"),
    ("the foreseeable future", "FUTURE_REF"),
    ("the immediate future", "FUTURE_REF"),
    ("the future", "FUTURE_REF"),
    ("the near term", "FUTURE_REF"),
    ("the near-term", "FUTURE_REF"),
    ("the short term", "FUTURE_REF"),
    ("the short-term", "FUTURE_REF"),
    ("the medium term", "FUTURE_REF"),
    ("the medium-term", "FUTURE_REF"),
    ("the long term", "FUTURE_REF"),
    ("the long-term", "FUTURE_REF"),
];

/// How to find a holiday's date in a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HolidayRule {
    /// Same month and day every year.
    Fixed(u32, u32),
    /// The `n`-th weekday (ISO) of a month, `n` = -1 for the last one, then `offset` days.
    NthWeekday {
        /// Month.
        month: u32,
        /// ISO weekday.
        weekday: u32,
        /// Which one (1-based; -1 = last).
        n: i32,
        /// Days added afterwards (Black Friday is Thanksgiving + 1).
        offset: i64,
    },
    /// Days after Easter Sunday (Good Friday is -2).
    Easter(i64),
}

/// U.S. and common Western holidays, as written (case-sensitive in the grammar).
pub(crate) const HOLIDAYS: &[(&str, HolidayRule)] = &[
    ("New Year's Day", HolidayRule::Fixed(1, 1)),
    ("New Year’s Day", HolidayRule::Fixed(1, 1)),
    ("New Year's Eve", HolidayRule::Fixed(12, 31)),
    ("New Year’s Eve", HolidayRule::Fixed(12, 31)),
    (
        "Martin Luther King Jr. Day",
        HolidayRule::NthWeekday {
            month: 1,
            weekday: 1,
            n: 3,
            offset: 0,
        },
    ),
    (
        "Martin Luther King Day",
        HolidayRule::NthWeekday {
            month: 1,
            weekday: 1,
            n: 3,
            offset: 0,
        },
    ),
    (
        "MLK Day",
        HolidayRule::NthWeekday {
            month: 1,
            weekday: 1,
            n: 3,
            offset: 0,
        },
    ),
    (
        "Presidents' Day",
        HolidayRule::NthWeekday {
            month: 2,
            weekday: 1,
            n: 3,
            offset: 0,
        },
    ),
    (
        "Presidents Day",
        HolidayRule::NthWeekday {
            month: 2,
            weekday: 1,
            n: 3,
            offset: 0,
        },
    ),
    ("Valentine's Day", HolidayRule::Fixed(2, 14)),
    ("Valentine’s Day", HolidayRule::Fixed(2, 14)),
    ("St. Patrick's Day", HolidayRule::Fixed(3, 17)),
    ("St. Patrick’s Day", HolidayRule::Fixed(3, 17)),
    ("Good Friday", HolidayRule::Easter(-2)),
    ("Easter Sunday", HolidayRule::Easter(0)),
    ("Easter Monday", HolidayRule::Easter(1)),
    ("Easter", HolidayRule::Easter(0)),
    (
        "Memorial Day",
        HolidayRule::NthWeekday {
            month: 5,
            weekday: 1,
            n: -1,
            offset: 0,
        },
    ),
    ("Juneteenth", HolidayRule::Fixed(6, 19)),
    ("Independence Day", HolidayRule::Fixed(7, 4)),
    ("Fourth of July", HolidayRule::Fixed(7, 4)),
    (
        "Labor Day",
        HolidayRule::NthWeekday {
            month: 9,
            weekday: 1,
            n: 1,
            offset: 0,
        },
    ),
    (
        "Columbus Day",
        HolidayRule::NthWeekday {
            month: 10,
            weekday: 1,
            n: 2,
            offset: 0,
        },
    ),
    ("Halloween", HolidayRule::Fixed(10, 31)),
    (
        "Election Day",
        HolidayRule::NthWeekday {
            month: 11,
            weekday: 1,
            n: 1,
            offset: 1,
        },
    ),
    ("Veterans Day", HolidayRule::Fixed(11, 11)),
    ("Veterans' Day", HolidayRule::Fixed(11, 11)),
    (
        "Thanksgiving Day",
        HolidayRule::NthWeekday {
            month: 11,
            weekday: 4,
            n: 4,
            offset: 0,
        },
    ),
    (
        "Thanksgiving",
        HolidayRule::NthWeekday {
            month: 11,
            weekday: 4,
            n: 4,
            offset: 0,
        },
    ),
    (
        "Black Friday",
        HolidayRule::NthWeekday {
            month: 11,
            weekday: 4,
            n: 4,
            offset: 1,
        },
    ),
    (
        "Cyber Monday",
        HolidayRule::NthWeekday {
            month: 11,
            weekday: 4,
            n: 4,
            offset: 4,
        },
    ),
    ("Christmas Eve", HolidayRule::Fixed(12, 24)),
    ("Christmas Day", HolidayRule::Fixed(12, 25)),
    ("Christmas", HolidayRule::Fixed(12, 25)),
    ("Boxing Day", HolidayRule::Fixed(12, 26)),
];

/// The rule of a holiday name as captured (whitespace runs count as one space).
pub(crate) fn holiday(text: &str) -> Option<HolidayRule> {
    HOLIDAYS
        .iter()
        .find(|(w, _)| eq_spaced(w, text, false))
        .map(|(_, r)| *r)
}

/// Approximation words before a duration, and their TIMEX3 `mod`. They belong to the
/// expression ("about 18 months", "at least 120 days", "nearly five months"), as in TimeML.
pub(crate) const APPROXIMATORS: &[(&str, &str)] = &[
    ("about", "APPROX"),
    ("around", "APPROX"),
    ("roughly", "APPROX"),
    ("approximately", "APPROX"),
    ("some", "APPROX"),
    ("nearly", "LESS_THAN"),
    ("almost", "LESS_THAN"),
    ("under", "LESS_THAN"),
    ("just under", "LESS_THAN"),
    ("less than", "LESS_THAN"),
    ("fewer than", "LESS_THAN"),
    ("over", "MORE_THAN"),
    ("just over", "MORE_THAN"),
    ("well over", "MORE_THAN"),
    ("more than", "MORE_THAN"),
    ("at least", "EQUAL_OR_MORE"),
    ("up to", "EQUAL_OR_LESS"),
    ("at most", "EQUAL_OR_LESS"),
    ("no more than", "EQUAL_OR_LESS"),
];

/// The last words of the approximators, to rule most words out quickly.
pub(crate) const APPROXIMATOR_ENDS: &[&str] = &[
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "nearly",
    "almost",
    "under",
    "than",
    "over",
    "least",
    "to",
    "most",
];

/// The `mod` of an approximator.
pub(crate) fn approximator(text: &str) -> Option<&'static str> {
    lookup_spaced(APPROXIMATORS, text)
}

/// Suffixes after a duration and their `mod`: "six months or more".
pub(crate) const OPEN_ENDS: &[(&str, &str)] = &[
    ("or more", "EQUAL_OR_MORE"),
    ("or longer", "EQUAL_OR_MORE"),
    ("or less", "EQUAL_OR_LESS"),
    ("or so", "APPROX"),
];

/// Month names that are also common words or names ("May", "March", "June"): alone, they
/// need a cue such as "in" to count as months.
pub(crate) const AMBIGUOUS_MONTHS: &[&str] =
    &["march", "mar", "april", "may", "june", "august", "jan"];

/// Whether a month word needs a cue to be a month.
pub(crate) fn is_ambiguous_month(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    AMBIGUOUS_MONTHS.iter().any(|m| m.eq_ignore_ascii_case(w))
}

/// Nouns of an action that a month between a possessive and them dates ("the agency's August
/// award", "the council's May vote").
#[rustfmt::skip]
const DATED_ACTION_NOUNS: &[&str] = &[
    "award", "awards", "vote", "decision", "ruling", "deadline", "meeting", "election",
    "announcement", "filing", "launch", "sale", "order", "solicitation", "protest", "contract",
    "agreement", "deal", "auction", "hearing",
];

/// Whether `word` is one of [`DATED_ACTION_NOUNS`].
pub(crate) fn is_dated_action_noun(word: &str) -> bool {
    DATED_ACTION_NOUNS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// Words before a bare month or season that make it a date ("in May", "since September",
/// "by the fall"), as opposed to a name or a modal ("Theresa May", "May I").
#[rustfmt::skip]
pub(crate) const MONTH_CUES: &[&str] = &[
    "in", "since", "by", "until", "till", "til", "through", "throughout", "thru", "from", "during",
    "before", "after", "between", "early", "mid", "late", "last", "next", "this", "past", "coming",
    "of", "around", "circa", "ending", "ended", "ends", "starting", "beginning", "begins", "began",
    "effective", "every", "each", "for", "end", "late-", "mid-", "as",
];

/// Whether `word` cues a bare month or season.
pub(crate) fn is_month_cue(word: &str) -> bool {
    MONTH_CUES.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Words before a bare year that make it a date even when a capitalised word follows ("in 2009
/// Fiat bought", but "the 2020 Census").
#[rustfmt::skip]
pub(crate) const YEAR_CUES: &[&str] = &[
    "in", "since", "by", "until", "till", "through", "thru", "from", "during", "before", "after",
    "between", "of", "around", "circa", "early", "late", "mid", "to", "and", "or", "than", "as",
    "least", "fiscal", "year", "until", "throughout", "starting", "beginning", "ending", "ended",
    "effective", "for",
];

/// Whether `word` cues a bare year.
pub(crate) fn is_year_cue(word: &str) -> bool {
    YEAR_CUES.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Prepositions of time before a bare year: the number is a year even before a plural noun
/// ("in 2009 sales rose").
#[rustfmt::skip]
pub(crate) const STRONG_YEAR_CUES: &[&str] = &[
    "in", "since", "by", "until", "till", "from", "during", "before", "after", "through",
    "between", "early", "late", "mid", "fiscal", "year",
];

/// Irregular plurals that news counts ("1709 schoolchildren").
#[rustfmt::skip]
const IRREGULAR_PLURALS: &[&str] = &[
    "people", "children", "schoolchildren", "men", "women", "staff", "police", "personnel",
    "aircraft", "cattle", "sheep", "fish", "feet", "teeth", "mice", "geese", "troops",
];

/// Whether a lower-case `word` looks like a plural noun ("workers", "children"; not "was",
/// "has", "its", "business").
pub(crate) fn looks_plural(word: &str) -> bool {
    if !word.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    if is_in(IRREGULAR_PLURALS, word) {
        return true;
    }
    let b = word.as_bytes();
    b.len() > 3
        && b[b.len() - 1] == b's'
        && !matches!(b[b.len() - 2], b's' | b'u' | b'i' | b'\'')
        && !is_in(
            &[
                "this",
                "his",
                "was",
                "has",
                "its",
                "plus",
                "perhaps",
                "always",
                "afterwards",
                "towards",
                "news",
            ],
            word,
        )
}

/// Capitalised words that may stand right before a bare year without making it part of a name
/// ("In 2009", "The 1991 settlement") — any other capitalised word does ("Windows 2000",
/// "Russell 2000", "Section 1983").
#[rustfmt::skip]
pub(crate) const CAPITALISED_BEFORE_YEAR: &[&str] = &[
    "in", "since", "by", "until", "till", "through", "from", "during", "before", "after", "between",
    "early", "late", "mid", "the", "a", "an", "its", "his", "her", "their", "our", "my", "your",
    "of", "and", "or", "for", "year", "fiscal", "fy", "spring", "summer", "fall", "autumn",
    "winter", "christmas", "easter", "class", "vintage", "circa", "around", "about", "as", "at",
    "to", "on", "but", "when", "while", "then", "only", "not", "unlike", "like", "compared", "than",
    "also", "even", "until", "calendar", "financial", "model", "budget", "season", "q1", "q2", "q3",
    "q4", "h1", "h2", "each", "every", "last", "next", "this", "that", "these", "those",
    "throughout", "beginning", "starting", "ending", "effective", "over",
];

/// Whether a capitalised `word` may precede a bare year.
pub(crate) fn may_precede_year(word: &str) -> bool {
    CAPITALISED_BEFORE_YEAR
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// Nouns that make a preceding four-digit number a count, not a year ("2000 jobs", "1500
/// points"). Plural or mass nouns that news counts.
#[rustfmt::skip]
pub(crate) const COUNT_NOUNS: &[&str] = &[
    "jobs", "people", "persons", "employees", "workers", "staff", "staffers", "points", "pts",
    "shares", "units", "planes", "aircraft", "jets", "cars", "vehicles", "trucks", "homes",
    "houses", "stores", "dealers", "dealerships", "branches", "miles", "kilometers", "kilometres",
    "km", "feet", "ft", "meters", "metres", "m", "tons", "tonnes", "barrels", "troops", "soldiers",
    "students", "patients", "cases", "deaths", "votes", "seats", "members", "customers", "users",
    "copies", "acres", "hectares", "pounds", "lbs", "kg", "kilograms", "calories", "rpm", "mph",
    "words", "pages", "items", "products", "companies", "firms", "banks", "orders", "contracts",
    "rooms", "beds", "flights", "passengers", "signatures", "residents", "households", "families",
    "children", "men", "women", "visitors", "times", "percent", "per", "bps", "basis", "euros",
    "dollars", "yen", "yuan", "won", "rupees", "francs", "pesos", "rubles", "ounces", "oz",
    "gallons", "liters", "litres", "degrees", "square", "sq", "cubic", "inches", "hp", "horsepower",
    "watts", "mw", "gw", "kw", "mb", "gb", "tb", "bytes", "pixels", "lines", "locations", "sites",
    "schools", "hospitals", "plants", "factories", "facilities", "applications", "apps", "titles",
    "songs", "tracks", "films", "movies", "episodes", "games", "players", "fans", "spectators",
    "attendees", "delegates", "officers", "officials", "agents", "police", "doctors", "nurses",
    "teachers", "vessels", "ships", "boats", "satellites", "missiles", "rockets", "tanks", "guns",
    "rounds", "weapons", "positions", "vacancies", "layoffs", "cuts", "loans", "accounts",
    "transactions", "complaints", "claims", "lawsuits", "arrests", "charges", "incidents",
    "attacks", "victims", "injuries", "infections", "tests", "doses", "vaccines", "samples", "runs",
    "yards", "goals",
];

/// Whether `word` is a count noun.
pub(crate) fn is_count_noun(word: &str) -> bool {
    COUNT_NOUNS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Words before an "a"/"an" duration that make it one ("for a week", "more than a year", "a
/// week ago" is handled by its suffix): without one, "not a day anybody" or "$5 million a year"
/// are not durations.
#[rustfmt::skip]
pub(crate) const DURATION_CUES: &[&str] = &[
    "for", "in", "within", "over", "after", "about", "around", "nearly", "almost", "than", "least",
    "once", "twice", "just", "only", "past", "last", "entire", "whole", "full", "under", "lasting",
    "lasted", "lasts", "last", "spent", "spend", "spends", "took", "take", "takes", "taking",
    "requires", "required", "needs", "needed", "throughout", "during", "up", "to", "roughly",
    "approximately", "barely", "mere", "some", "another", "extra", "additional",
];

/// Whether `word` cues a duration.
pub(crate) fn is_duration_cue(word: &str) -> bool {
    DURATION_CUES.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Words before a bare plural unit that make it a vague duration ("for [years]", "in
/// [decades]", "spent [months]"); before "the years", only "over", "throughout", "during".
#[rustfmt::skip]
pub(crate) const BARE_PLURAL_CUES: &[&str] = &[
    "for", "in", "within", "after", "over", "throughout", "during", "spent", "spend", "spends",
    "took", "take", "takes", "taking", "lasted", "waited",
];

/// Words before "the day/week/month/year" that make it the period of the story ("end [the
/// day] at 7,114", "for [the year]").
#[rustfmt::skip]
pub(crate) const THE_PERIOD_CUES: &[&str] = &[
    "for", "end", "ended", "ending", "ends", "finish", "finished", "finishing", "close", "closed",
    "closing", "start", "started", "starting", "open", "opened", "opening", "begin", "began",
    "throughout", "during", "over",
];

/// Words before "the weekend" that make it a date ("over [the weekend]").
#[rustfmt::skip]
pub(crate) const WEEKEND_CUES: &[&str] = &[
    "over", "during", "on", "at", "through", "throughout", "until", "before", "after", "by", "for",
    "this",
];

/// Whether `word` is in a cue list.
pub(crate) fn is_in(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Possessives before a bare two-digit decade that make it an age ("in his 70s").
pub(crate) const AGE_POSSESSIVES: &[&str] = &["his", "her", "their", "my", "your", "our", "its"];

/// Whether `word` is a possessive that makes "70s" an age.
pub(crate) fn is_age_possessive(word: &str) -> bool {
    AGE_POSSESSIVES.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// ASCII case-insensitive look-up in a word table.
pub(crate) fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|(_, v)| *v)
}

/// Like [`lookup`], but any run of whitespace in `word` matches one space in the table.
pub(crate) fn lookup_spaced<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    if !word.contains(char::is_whitespace) {
        return lookup(table, word);
    }
    table
        .iter()
        .find(|(w, _)| eq_spaced(w, word, true))
        .map(|(_, v)| *v)
}

/// Whether `text` equals `entry` when runs of whitespace count as one space (case-insensitive
/// when `fold` is set).
pub(crate) fn eq_spaced(entry: &str, text: &str, fold: bool) -> bool {
    let mut a = entry.chars().peekable();
    let mut b = text.trim().chars().peekable();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == ' ' && y.is_whitespace() => {
                while b.peek().is_some_and(|c| c.is_whitespace()) {
                    b.next();
                }
            }
            (Some(x), Some(y)) if x == y || (fold && x.eq_ignore_ascii_case(&y)) => {}
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(number("18"), Some(18.0));
        assert_eq!(number("1,000"), Some(1000.0));
        assert_eq!(number("1.5"), Some(1.5));
        assert_eq!(number("twenty-five"), Some(25.0));
        assert_eq!(number("Twenty five"), Some(25.0));
        assert_eq!(number("a  couple of"), Some(2.0));
        assert_eq!(number("an"), Some(1.0));
        assert_eq!(number("five twenty"), None);
        assert_eq!(number("ten five"), None);
        assert_eq!(number("several"), None);
    }

    #[test]
    fn durations() {
        assert_eq!(Unit::Year.duration(Some(5.0)), "P5Y");
        assert_eq!(Unit::Year.duration(Some(1.5)), "P1Y6M");
        assert_eq!(Unit::Year.duration(Some(6.5)), "P6Y6M");
        assert_eq!(Unit::Hour.duration(Some(2.5)), "PT2H30M");
        assert_eq!(super::number("6½"), Some(6.5));
        assert_eq!(Unit::Year.duration(Some(0.5)), "P6M");
        assert_eq!(Unit::Hour.duration(Some(0.5)), "PT30M");
        assert_eq!(Unit::Minute.duration(Some(30.0)), "PT30M");
        assert_eq!(Unit::Decade.duration(Some(1.0)), "P10Y");
        assert_eq!(Unit::Decade.duration(None), "PXDE");
        assert_eq!(Unit::Quarter.duration(Some(2.0)), "P2Q");
        assert_eq!(Unit::Day.duration(Some(2.5)), "P2.5D");
    }

    #[test]
    fn approximator_ends_cover_the_table() {
        for (phrase, _) in APPROXIMATORS {
            let last = phrase.split(' ').next_back().unwrap_or(phrase);
            assert!(is_in(APPROXIMATOR_ENDS, last), "{phrase}");
        }
    }

    #[test]
    fn word_classes() {
        assert_eq!(unit("trading \n days"), Some(Unit::Day));
        assert_eq!(weekday("Fridays"), Some(5));
        assert_eq!(ordinal("21st"), Some(21));
        assert_eq!(ordinal("twenty-first"), Some(21));
        assert_eq!(holiday("Christmas  Eve"), Some(HolidayRule::Fixed(12, 24)));
        assert_eq!(approximator("more  than"), Some("MORE_THAN"));
        assert!(is_count_noun("Jobs"));
        assert!(looks_plural("schoolchildren") && looks_plural("workers"));
        assert!(!looks_plural("was") && !looks_plural("business") && !looks_plural("Dollars"));
    }
}
