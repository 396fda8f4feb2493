//! The publication date (DCT) found in an article's own text, for articles whose input carries
//! none: a dateline ("WASHINGTON, March 3, 2021 —", "Published Nov. 4, 2020"), or failing that
//! the year of a copyright trailer ("©2020 Bloomberg L.P.").
//!
//! Only dateline positions count: the first lines of the article, a date standing alone on its
//! line or in front of the dateline dash. A date inside a story sentence ("the contract, awarded
//! March 3, 2019, …") is an event date, not the publication date.

use std::sync::LazyLock;

use crate::pattern::Regex;

use crate::calendar::{CivilDate, Dct, month_from_name};

/// How many non-empty lines from the top may hold a dateline.
const DATELINE_LINES: usize = 5;
/// How many non-empty lines from the bottom may hold a copyright trailer.
const TRAILER_LINES: usize = 6;

const MONTH: &str = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";
const WEEKDAY: &str = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Satur|Sun)(?:day)?\.?,?\s+)";

/// A date in one of the forms datelines use; named groups `m`/`d`/`y` or `iso`.
static DATE: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"(?:{WEEKDAY}?(?P<m>{MONTH})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})|{WEEKDAY}?(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH})\s+(?P<y2>\d{{4}})|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))"
    )
});

/// "WASHINGTON, March 3, 2021 —" / "NEW YORK, N.Y. (Wire), March 3, 2021 -": place, date, dash.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&dateline_pattern(&UNICODE_PLACE)).expect("dateline pattern is valid")
});

/// [`DATELINE`] for a line of ASCII characters only: the place's classes narrowed to ASCII
/// ([`ASCII_PLACE`]), so it matches exactly the same ASCII lines, with the same groups. The
/// Unicode classes repeated up to 40 times make [`DATELINE`] slow to compile (about a third of
/// a one-article run's startup), and most datelines are ASCII.
static DATELINE_ASCII: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&dateline_pattern(&ASCII_PLACE)).expect("dateline pattern is valid")
});

/// [`DATELINE`] with its place's classes widened ([`WIDE_PLACE`]) and its bounds dropped (see
/// [`crate::clean::unbounded`]): it matches every line
/// [`DATELINE`] matches, and compiles fast, so [`DATELINE`] is compiled only once a non-ASCII
/// line gets past it.
static DATELINE_UNBOUNDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&crate::clean::unbounded(&dateline_pattern(&WIDE_PLACE)))
        .expect("dateline pattern is valid")
});

/// The classes of a dateline's place and parenthesized parts: an upper-case letter, the
/// place's characters, a second place's (state) characters, the characters in parentheses.
struct PlaceClasses {
    upper: &'static str,
    place: &'static str,
    state: &'static str,
    paren: &'static str,
}

/// The classes as written.
const UNICODE_PLACE: PlaceClasses = PlaceClasses {
    upper: r"\p{Lu}",
    place: r"[\p{L}.'’ -]",
    state: r"[\p{L}.]",
    paren: r"[^)]",
};

/// The same classes less their non-ASCII members.
const ASCII_PLACE: PlaceClasses = PlaceClasses {
    upper: r"[A-Z]",
    place: r"[A-Za-z.' -]",
    state: r"[A-Za-z.]",
    paren: r"[\x00-\x28\x2A-\x7F]",
};

/// The ASCII members of the classes and every non-ASCII character: larger classes, small to
/// compile.
const WIDE_PLACE: PlaceClasses = PlaceClasses {
    upper: r"[\x{80}-\x{10FFFF}A-Z]",
    place: r"[\x{80}-\x{10FFFF}A-Za-z.' -]",
    state: r"[\x{80}-\x{10FFFF}A-Za-z.]",
    paren: r"[^)]",
};

fn dateline_pattern(c: &PlaceClasses) -> String {
    let PlaceClasses {
        upper,
        place,
        state,
        paren,
    } = c;
    format!(
        r"^\s*(?:{upper}{place}{{1,40}},\s+(?:{upper}{state}{{1,20}}\s*,?\s+)?)?(?:\({paren}{{1,40}}\)\s*,?\s*)?{date}\s*(?:\({paren}{{1,40}}\)\s*)?(?:[—–-]|/|\s*$)",
        date = &*DATE
    )
}

/// A line that holds a date and little else: "Published: Nov. 4, 2020 at 3:10 p.m. ET".
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^\s*(?:(?:first\s+)?(?:published|posted|updated|last updated|date|dated|released|issued)\s*(?:on|:)?\s*)?{date}(?:\s*(?:,|at|\||·|-)?\s*\d{{1,2}}(?::\d{{2}})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{{2,4}})?)?\W*$",
        date = &*DATE
    ))
    .expect("date-line pattern is valid")
});

/// "©2020", "© 2020", "Copyright 2020", "(c) 2019-2020" (the last year counts).
static COPYRIGHT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?(?P<y>(?:19|20)\d{2})(?-u:\b)")
        .expect("copyright pattern is valid")
});

/// The publication date stated in `text`, if any.
pub fn from_text(text: &str) -> Option<Dct> {
    // Only the first and the last few lines are read: no pass over the whole text.
    let non_empty = |l: &&str| !l.trim().is_empty();
    for line in text.lines().filter(non_empty).take(DATELINE_LINES) {
        // Every date form holds four digits in a row, the year (`\d` is any Unicode decimal
        // digit, which `is_numeric` includes): a line without them is skipped without running
        // the patterns.
        if !has_numeric_run(line, 4) {
            continue;
        }
        let caps = DATE_LINE.captures(line).or_else(|| {
            if line.is_ascii() {
                DATELINE_ASCII.captures(line)
            } else if DATELINE_UNBOUNDED.is_match(line) {
                DATELINE.captures(line)
            } else {
                None
            }
        });
        if let Some(date) = caps.and_then(|c| date_of(&c)) {
            return Some(Dct::from_date(date));
        }
    }
    text.lines()
        .rev()
        .filter(non_empty)
        .take(TRAILER_LINES)
        // The year is ASCII digits: a line without any cannot hold one.
        .filter(|line| line.bytes().any(|b| b.is_ascii_digit()))
        .find_map(|line| {
            COPYRIGHT_YEAR
                .captures(line)
                .and_then(|c| c["y"].parse().ok())
        })
        .map(Dct::year_only)
}

/// Whether `line` has `n` numeric characters in a row.
fn has_numeric_run(line: &str, n: usize) -> bool {
    let mut run = 0;
    for c in line.chars() {
        run = if c.is_numeric() { run + 1 } else { 0 };
        if run >= n {
            return true;
        }
    }
    false
}

fn date_of(c: &crate::pattern::Captures<'_>) -> Option<CivilDate> {
    if let Some(iso) = c.name("iso") {
        return CivilDate::parse_iso(iso.as_str());
    }
    let (m, d, y) = match (c.name("m"), c.name("m2")) {
        (Some(m), _) => (m, c.name("d")?, c.name("y")?),
        (None, Some(m)) => (m, c.name("d2")?, c.name("y2")?),
        _ => return None,
    };
    CivilDate::new(
        y.as_str().parse().ok()?,
        month_from_name(m.as_str())?,
        d.as_str().parse().ok()?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dct(text: &str) -> Option<String> {
        from_text(text).map(|d| d.to_string())
    }

    #[test]
    fn datelines() {
        assert_eq!(
            dct("Headline\n\nWASHINGTON, March 3, 2021 — The Pentagon said."),
            Some("2021-03-03".into())
        );
        assert_eq!(
            dct("Headline\nPublished Nov. 4, 2020\nBody text."),
            Some("2020-11-04".into())
        );
        assert_eq!(
            dct("Headline\nUpdated: 2020-11-04 10:15 ET\nBody."),
            Some("2020-11-04".into())
        );
        assert_eq!(
            dct("LONDON, 26 September 2014 (Wire) - Shares fell."),
            Some("2014-09-26".into())
        );
        assert_eq!(
            dct("SAN DIEGO, Calif., Sept. 26, 2014 /PRNewswire/ -- Acme Corp. said"),
            Some("2014-09-26".into())
        );
    }

    #[test]
    fn the_ascii_dateline_matches_as_the_dateline_does() {
        let lines = [
            "WASHINGTON, March 3, 2021 - The Pentagon said.",
            "NEW YORK, N.Y. (Wire), March 3, 2021 - Stocks rose.",
            "SAN DIEGO, Calif., Sept. 26, 2014 /PRNewswire/ -- Acme Corp. said",
            "LONDON, 26 September 2014 (Wire) - Shares fell.",
            "(Reuters) 2020-11-04 - Text",
            "A VERY LONG PLACE NAME THAT RUNS ON AND ON FOR MANY LETTERS, March 3, 2021 - x",
            "ST. JOHN'S, Nfld., March 3, 2021 -",
            "Washington, (A (nested) paren) March 3, 2021",
            "Monday, March 3, 2021",
            "The contract, awarded on March 3, 2019, runs five years.",
        ];
        for line in lines {
            let a = DATELINE_ASCII.captures(line).map(|c| date_of(&c));
            let u = DATELINE.captures(line).map(|c| date_of(&c));
            assert_eq!(a, u, "{line}");
            let wide = format!("{line} ’");
            assert!(!DATELINE.is_match(&wide) || DATELINE_UNBOUNDED.is_match(&wide));
        }
        assert!(has_numeric_run("in 2021", 4) && !has_numeric_run("5 of 123 and 45", 4));
    }

    #[test]
    fn copyright_trailer_gives_the_year() {
        assert_eq!(
            dct("Headline\n\n(Bloomberg) — Text.\n\n©2020 Bloomberg L.P.\n\nGo on Examining"),
            Some("2020".into())
        );
    }

    #[test]
    fn story_dates_are_not_datelines() {
        assert_eq!(
            dct("Headline\n\nThe contract, awarded on March 3, 2019, runs five years."),
            None
        );
        assert_eq!(dct("NEW YORK (Wire) — Stocks rose on Tuesday."), None);
    }
}
