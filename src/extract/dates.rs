//! Temporal expressions with TIMEX3 values, resolved against the publication date (DCT).
//!
//! First version: explicit dates ("Sept. 26, 2014", "Oct. 21", "July 2018", "2018"), month
//! references with a fuzzy modifier ("mid-January", "late April 2020"), fiscal years and
//! quarters ("fiscal 2021", "the 3rd quarter of fiscal 2021"), and simple durations ("five
//! years"). A month without a year takes the year that puts it nearest the DCT; without a DCT
//! the year stays unknown (`XXXX-01`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Document, Extractor, Layer, Mentions};
use crate::calendar::{Dct, days_in_month, month_from_name};
use crate::record::{DateMention, DateType};
use crate::segment::ByteSpan;

/// The date extractor.
pub struct Dates;

const MONTH: &str = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";
const ORDINAL_QUARTER: &str = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)";
const NUMBER_WORDS: &[&str] = &[
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
];

static PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?x)
        (?P<fq>(?:the\s+)?(?P<fqn>{ORDINAL_QUARTER})\s+quarter\s+of\s+fiscal\s+(?:year\s+)?(?P<fqy>\d{{4}}))
      | (?P<q>(?:the\s+)?(?P<qn>{ORDINAL_QUARTER})\s+quarter(?:\s+of\s+(?P<qy>\d{{4}}))?)
      | (?P<fy>(?:the\s+)?(?:fiscal\s+(?:year\s+)?(?P<fyy>\d{{4}})|(?P<fyy2>\d{{4}})\s+fiscal\s+year))
      | (?P<mdy>\b(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})(?:,\s*(?P<y1>\d{{4}}))?\b)
      | (?P<fm>\b(?P<fmod>early|mid|late)[-\s](?P<m2>{MONTH})(?:\s+(?P<y2>\d{{4}}))?\b)
      | (?P<my>\b(?P<m3>{MONTH})\s+(?P<y3>\d{{4}})\b)
      | (?P<fyear>\b(?P<fymod>early|mid|late)[-\s](?P<y4>(?:19|20)\d{{2}})\b)
      | (?P<dur>\b(?P<dn>\d{{1,2}}|{words})[-\s](?P<du>year|month|week|day)s?\b)
      | (?P<year>\b(?P<y5>(?:19|20)\d{{2}})\b)
        ",
        words = NUMBER_WORDS.join("|")
    ))
    .expect("date pattern is valid")
});

impl Extractor for Dates {
    fn name(&self) -> &'static str {
        "dates"
    }

    fn layer(&self) -> Layer {
        Layer::Dates
    }

    fn extract(&self, doc: &Document<'_>, found: &mut Mentions) {
        for caps in PATTERN.captures_iter(doc.text) {
            let whole = caps.get(0).expect("group 0 always matches");
            let span = ByteSpan::new(whole.start(), whole.end());
            if doc.in_boilerplate(span) {
                continue;
            }
            let Some((kind, value, modifier)) = interpret(&caps, doc.dct, doc.text, span) else {
                continue;
            };
            let l = doc.locate(span);
            found.dates.push(DateMention {
                start: l.start,
                end: l.end,
                text: l.text,
                kind,
                value: Some(value),
                modifier: modifier.map(str::to_string),
                range: None,
                anchor: None,
                byte_start: span.start,
                byte_end: span.end,
            });
        }
    }
}

type Interpretation = (DateType, String, Option<&'static str>);

fn interpret(
    c: &regex::Captures<'_>,
    dct: Option<Dct>,
    text: &str,
    span: ByteSpan,
) -> Option<Interpretation> {
    let num = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<i32>().ok());
    let month = |name: &str| c.name(name).and_then(|m| month_from_name(m.as_str()));
    if c.name("fq").is_some() {
        let q = quarter(c.name("fqn")?.as_str())?;
        return Some((DateType::Date, format!("FY{:04}-Q{q}", num("fqy")?), None));
    }
    if c.name("q").is_some() {
        let q = quarter(c.name("qn")?.as_str())?;
        let year = num("qy").or(dct.map(|d| d.year));
        return Some((DateType::Date, format!("{}-Q{q}", year_str(year)), None));
    }
    if c.name("fy").is_some() {
        return Some((
            DateType::Date,
            format!("FY{:04}", num("fyy").or(num("fyy2"))?),
            None,
        ));
    }
    if c.name("mdy").is_some() {
        let m = month("m1")?;
        let d: u32 = c.name("d1")?.as_str().parse().ok()?;
        if d == 0 || d > 31 {
            return None;
        }
        let year = num("y1").or_else(|| nearest_year(m, dct));
        // A day the month does not have ("June 31, 2020", a typo in a real announcement;
        // February 29 outside leap years) keeps what is certain: the month.
        if d > days_in_month(year.unwrap_or(2000), m) {
            return Some((DateType::Date, format!("{}-{m:02}", year_str(year)), None));
        }
        return Some((
            DateType::Date,
            format!("{}-{m:02}-{d:02}", year_str(year)),
            None,
        ));
    }
    if c.name("fm").is_some() {
        let m = month("m2")?;
        let year = num("y2").or_else(|| nearest_year(m, dct));
        return Some((
            DateType::Date,
            format!("{}-{m:02}", year_str(year)),
            fuzzy_mod(c.name("fmod")?.as_str()),
        ));
    }
    if c.name("my").is_some() {
        let m = month("m3")?;
        return Some((
            DateType::Date,
            format!("{}-{m:02}", year_str(Some(num("y3")?))),
            None,
        ));
    }
    if c.name("fyear").is_some() {
        return Some((
            DateType::Date,
            num("y4")?.to_string(),
            fuzzy_mod(c.name("fymod")?.as_str()),
        ));
    }
    if c.name("dur").is_some() {
        let n = c.name("dn")?.as_str();
        let n = n
            .parse::<u32>()
            .ok()
            .or_else(|| NUMBER_WORDS.iter().position(|w| *w == n).map(|i| i as u32))?;
        let unit = match c.name("du")?.as_str() {
            "year" => "Y",
            "month" => "M",
            "week" => "W",
            _ => "D",
        };
        return Some((DateType::Duration, format!("P{n}{unit}"), None));
    }
    if c.name("year").is_some() {
        // A year alone: not when it is part of a larger number, an amount or a percentage.
        let before = text[..span.start].chars().next_back();
        let after = text[span.end..].chars().next();
        if before.is_some_and(|ch| ch == '$' || ch == '.' || ch == ',' || ch == '-')
            || after.is_some_and(|ch| {
                ch == '%'
                    || ch == ','
                        && text[span.end..].len() > 1
                        && text[span.end + 1..].starts_with(|d: char| d.is_ascii_digit())
            })
        {
            return None;
        }
        return Some((DateType::Date, num("y5")?.to_string(), None));
    }
    None
}

fn quarter(word: &str) -> Option<u32> {
    match word.to_ascii_lowercase().as_str() {
        "first" | "1st" => Some(1),
        "second" | "2nd" => Some(2),
        "third" | "3rd" => Some(3),
        "fourth" | "4th" => Some(4),
        _ => None,
    }
}

fn fuzzy_mod(word: &str) -> Option<&'static str> {
    match word {
        "early" => Some("START"),
        "mid" => Some("MID"),
        "late" => Some("END"),
        _ => None,
    }
}

/// A TIMEX3 year: four digits, or `XXXX` when unknown or out of the four-digit range ("next
/// January" seen from a DCT in 9999).
fn year_str(year: Option<i32>) -> String {
    match year {
        Some(y) if (0..=9999).contains(&y) => format!("{y:04}"),
        _ => "XXXX".to_string(),
    }
}

/// The year that puts `month` nearest the DCT's month (January seen from December is next year).
fn nearest_year(month: u32, dct: Option<Dct>) -> Option<i32> {
    let dct = dct?;
    let Some(dm) = dct.month else {
        return Some(dct.year);
    };
    let diff = month as i32 - dm as i32;
    Some(if diff > 6 {
        dct.year - 1
    } else if diff < -6 {
        dct.year + 1
    } else {
        dct.year
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, dct: &str) -> Vec<(String, String, Option<String>)> {
        let doc = Document::new(text, Dct::parse(dct));
        let mut m = Mentions::default();
        Dates.extract(&doc, &mut m);
        m.dates
            .into_iter()
            .map(|d| (d.text, d.value.unwrap_or_default(), d.modifier))
            .collect()
    }

    #[test]
    fn seed_forms() {
        let r = run(
            "slated for early 2021. A pre-solicitation in mid-January and award in the 3rd quarter of fiscal 2021, on Oct. 21.",
            "2020-12-10",
        );
        let values: Vec<&str> = r.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(values, vec!["2021", "2021-01", "FY2021-Q3", "2020-10-21"]);
        assert_eq!(r[0].2.as_deref(), Some("START"));
        assert_eq!(r[1].2.as_deref(), Some("MID"));
    }

    #[test]
    fn without_dct_the_year_is_unknown() {
        let r = run("in mid-January", "");
        assert_eq!(r[0].1, "XXXX-01");
    }

    #[test]
    fn impossible_days_keep_the_month() {
        // Found by fuzzing: "Sept. 31, 2026" gave the value 2026-09-31.
        let r = run(
            "from Oct. 1, 2021 to Sept. 31, 2026, and Feb. 29, 2021 or Feb. 29, 2020",
            "",
        );
        let values: Vec<&str> = r.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(values, ["2021-10-01", "2026-09", "2021-02", "2020-02-29"]);
    }

    #[test]
    fn years_keep_their_leading_zeros() {
        // Found by the property tests: "Jan. 0000" gave the value "0-01".
        let r = run("Jan. 0000 and fiscal 0042", "");
        let values: Vec<&str> = r.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(values, vec!["0000-01", "FY0042"]);
    }

    #[test]
    fn years_stay_four_digits() {
        // Found by fuzzing: "late May" seen from 9999-12-31 resolved to the year 10000.
        let r = run("expected in late May", "9999-12-31");
        assert_eq!(r[0].1, "XXXX-05");
    }
}
