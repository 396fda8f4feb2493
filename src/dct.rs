//! The publication date (DCT) found in an article's own text, for articles whose input carries
//! none: a dateline ("WASHINGTON, March 3, 2021 —", "Published Nov. 4, 2020"), or failing that
//! the year of a copyright trailer ("©2020 Bloomberg L.P.").
//!
//! Only dateline positions count: the first lines of the article, a date standing alone on its
//! line, in front of the dateline dash, or after a byline's or a masthead's separator. A date inside a story sentence ("the contract, awarded
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

/// [`DATELINE`] with its classes as written but its bounds dropped, the bounded parts captured
/// (`bp`, `bs`, `bq`, `bq2`): small and fast to compile where [`DATELINE`]'s Unicode classes
/// repeated up to 40 times make a large automaton (slow to compile, megabytes of search state
/// per thread). When its match keeps every bound ([`DATELINE_BOUNDS`]), it is [`DATELINE`]'s
/// match: a bounded greedy repetition tries its counts in the unbounded one's order, less those
/// over the bound, so the first branch of the unbounded search that succeeds within the bounds
/// is also the first that succeeds in [`DATELINE`]'s, and no branch of [`DATELINE`] succeeds
/// where the unbounded search finds nothing. Only a match over a bound needs [`DATELINE`].
static DATELINE_CAPTURED_BOUNDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&dateline_pattern_with(&UNICODE_PLACE, Repetition::Captured))
        .expect("dateline pattern is valid")
});

/// The bounded parts of [`DATELINE`]: the group of [`DATELINE_CAPTURED_BOUNDS`] and its bound in
/// characters.
const DATELINE_BOUNDS: [(&str, usize); 4] = [("bp", 40), ("bs", 20), ("bq", 40), ("bq2", 40)];

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

/// How [`dateline_pattern_with`] writes the dateline's bounded repetitions.
#[derive(Clone, Copy)]
enum Repetition {
    /// `class{1,n}`, as the dateline is defined.
    Bounded,
    /// `(?P<group>class+)`: no bound, the repeated text captured ([`DATELINE_BOUNDS`]).
    Captured,
}

fn dateline_pattern(c: &PlaceClasses) -> String {
    dateline_pattern_with(c, Repetition::Bounded)
}

fn dateline_pattern_with(c: &PlaceClasses, repetition: Repetition) -> String {
    let PlaceClasses {
        upper,
        place,
        state,
        paren,
    } = c;
    let rep = |class: &str, (group, max): (&str, usize)| match repetition {
        Repetition::Bounded => format!("{class}{{1,{max}}}"),
        Repetition::Captured => format!("(?P<{group}>{class}+)"),
    };
    let [bp, bs, bq, bq2] = DATELINE_BOUNDS;
    format!(
        r"^\s*(?:{upper}{place_run},\s+(?:{upper}{state_run}\s*,?\s+)?)?(?:\({paren_run}\)\s*,?\s*)?{date}\s*(?:\({paren_run2}\)\s*)?(?:[—–-]|/|\s*$)",
        place_run = rep(place, bp),
        state_run = rep(state, bs),
        paren_run = rep(paren, bq),
        paren_run2 = rep(paren, bq2),
        date = &*DATE
    )
}

/// [`DATELINE`]'s groups on `line`, through [`DATELINE_CAPTURED_BOUNDS`] when its match keeps
/// the bounds.
fn unicode_dateline(line: &str) -> Option<crate::pattern::Captures<'_>> {
    let caps = DATELINE_CAPTURED_BOUNDS.captures(line)?;
    let within = DATELINE_BOUNDS.iter().all(|&(group, max)| {
        caps.name(group)
            .is_none_or(|m| m.as_str().chars().nth(max).is_none())
    });
    if within {
        Some(caps)
    } else {
        DATELINE.captures(line)
    }
}

/// A date anywhere in a header line, in any letter case, also as a U.S. numeric date
/// ("10/03/2023"); whether it is the line's publication date is for [`header_date`] to say.
static HEADER_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)(?:{date}|(?P<nm>\d{{1,2}})/(?P<nd>\d{{1,2}})/(?P<ny>\d{{4}}))(?-u:\b)",
        date = &*DATE
    ))
    .expect("header date pattern is valid")
});

/// What may stand before a publication date in a header line: nothing, a separator ("By Ann
/// Lee | ", "LAKELAND, Fla. — ", "SALEM, Ore. (", "Markets | "), or a word of publishing
/// ("Published", "Posted on", "Updated:", "filed"), then perhaps a weekday and a time ("Posted:
/// Thu 5:47 PM, ", "Published 6:05 a.m. MST "), or a place in capitals and a comma ("PUNE, ").
static HEADER_DATE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[|—–:(»•·/]|--|\s-|(?-u:\b)(?:published|posted|updated|filed|dated|released|issued)(?:\s+on)?:?)\s*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s*)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[a-z]{2,4}\s*)?,?\s*)?$|^\W*(?-i:[A-Z][A-Z .'’-]*),\s*$",
    )
    .expect("header prefix pattern is valid")
});

/// What may follow a publication date in a header line: the line's end (after punctuation at
/// most), a separator, a time, "at", "by" ("Posted on Nov. 12, 2026 by admin").
static HEADER_DATE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:\W*$|[|—–:()»•·/,]|--|-\s|(?-u:\b)(?:at|by)(?-u:\b)|\d{1,2}[:.]\d{2})")
        .expect("header suffix pattern is valid")
});

/// The publication date of a header line that is not a classic dateline: a date line
/// ("Published: Nov. 4, 2020 at 3:10 p.m. ET"), a byline or a masthead with separators ("By Ann Lee | Thursday 8 October 2026", "Federal Weekly | Nov. 5, 2026",
/// "LAKELAND, Fla. — Oct. 8, 2026", "WASHINGTON (Nov. 24, 2026) — …", "Posted on November 12,
/// 2026 by admin", "Markets | 10/03/2023 | 4:45 PM ET"). A date inside a sentence ("the
/// contract, awarded March 3, 2019, …", "On March 3, the Army …") has words before it and is
/// no header's.
fn header_date(line: &str) -> Option<CivilDate> {
    HEADER_DATE.captures_iter(line).find_map(|c| {
        let m = c.get(0)?;
        let (before, after) = (&line[..m.start()], &line[m.end()..]);
        if !(HEADER_DATE_BEFORE.is_match(before) || names_then_date(before, after))
            || !HEADER_DATE_AFTER.is_match(after)
        {
            return None;
        }
        match (c.name("nm"), c.name("nd"), c.name("ny")) {
            // U.S. order, unless the first number cannot be a month.
            (Some(a), Some(b), Some(y)) => {
                let (a, b): (u32, u32) = (a.as_str().parse().ok()?, b.as_str().parse().ok()?);
                let (month, day) = if a > 12 { (b, a) } else { (a, b) };
                CivilDate::new(y.as_str().parse().ok()?, month, day)
            }
            _ => date_of(&c),
        }
    })
}

/// "Herald-Journal, Spartanburg, S.C., Aug. 13, 2026": a line that ends with its date after a
/// few capitalized names and a comma (a paper and its place), with no word of a sentence.
fn names_then_date(before: &str, after: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    after.trim().is_empty()
        && before.trim_end().ends_with(',')
        && (1..=6).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

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
        let caps = if line.is_ascii() {
            DATELINE_ASCII.captures(line)
        } else if DATELINE_UNBOUNDED.is_match(line) {
            unicode_dateline(line)
        } else {
            None
        };
        if let Some(date) = caps.and_then(|c| date_of(&c)).or_else(|| header_date(line)) {
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
    fn the_captured_bounds_give_the_datelines_groups() {
        let long = "É".repeat(45);
        let lines = [
            "SÃO PAULO, March 3, 2021 — Shares fell.".to_string(),
            "MÜNCHEN, Bayern, 3 March 2021 (Wire) – Text".to_string(),
            "ST. JOHN’S, Nfld., March 3, 2021 —".to_string(),
            "QUÉBEC (Presse Canadienne), 2021-03-03 — Texte".to_string(),
            format!("A{long}, March 3, 2021 — x"),
            format!("A{}, March 3, 2021 — x", "é".repeat(39)),
            format!("A{}, March 3, 2021 — x", "é".repeat(40)),
            format!("PARÍS, A{}, March 3, 2021 — x", "b".repeat(20)),
            format!("PARÍS, A{}, March 3, 2021 — x", "b".repeat(19)),
            format!("({}) March 3, 2021 — x", "ü".repeat(41)),
            format!("WIEN ({}) 3 March 2021 — x", "ü".repeat(40)),
            "March\u{a0}3, 2021 — Body".to_string(),
            "The contract, awarded on March 3, 2019 — runs five years.".to_string(),
            "Montréal, le 3 mars 2021".to_string(),
        ];
        for line in &lines {
            let exact = DATELINE.captures(line);
            let fast = unicode_dateline(line);
            let groups = |c: &Option<crate::pattern::Captures<'_>>| {
                c.as_ref()
                    .map(|c| (c.get(0).map(|m| m.range()), date_of(c)))
            };
            assert_eq!(groups(&fast), groups(&exact), "{line}");
        }
    }

    #[test]
    fn header_lines_with_separators() {
        let cases = [
            ("By Nora Quill | Friday 9 October 2026", "2026-10-09"),
            ("Harbor Business Weekly | Nov. 5, 2026", "2026-11-05"),
            ("BRISTOL, Conn. — Oct. 8, 2026", "2026-10-08"),
            (
                "DAYTON, Ohio (Sept. 14, 2026) — The county said",
                "2026-09-14",
            ),
            ("ALBANY, JULY 9, 2021 — THE STATE SAID", "2021-07-09"),
            (
                "NAGPUR, September 21, 2026: The corporation said",
                "2026-09-21",
            ),
            ("Posted on November 12, 2026 by admin", "2026-11-12"),
            ("Published 6:05 a.m. MST Feb. 9, 2024", "2024-02-09"),
            (
                "Posted: Thu 5:47 PM, May 14, 2026 | Updated: Thu 6:20 PM",
                "2026-05-14",
            ),
            ("Updated: 5:42 PM CDT Oct 19, 2023", "2023-10-19"),
            ("Form 8-K, filed November 23, 2026", "2026-11-23"),
            ("Markets | 10/03/2023 | 4:45 PM ET", "2023-10-03"),
            ("Date: March 3, 2021.", "2021-03-03"),
            (
                "First published on Nov. 4, 2020 at 3:10 p.m. ET",
                "2020-11-04",
            ),
            (
                "Valley Courier | Tuesday, 19 May 2026 | Sam Ode",
                "2026-05-19",
            ),
            (
                "Tidewater Gazette, Norfolk, Va., Aug. 13, 2026",
                "2026-08-13",
            ),
        ];
        for (line, want) in cases {
            assert_eq!(
                dct(&format!("Headline\n\n{line}\n\nBody.")),
                Some(want.into()),
                "{line}"
            );
        }
    }

    #[test]
    fn sentence_dates_are_no_header_dates() {
        for line in [
            "On March 3, 2021, the Army awarded the contract.",
            "The board, which met March 3, 2021, voted 4-1.",
            "Bids were opened 10/03/2023 and rejected.",
            "The contract runs through Sept. 30, 2027",
        ] {
            assert_eq!(dct(&format!("Headline\n\n{line}\n\nBody.")), None, "{line}");
        }
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
