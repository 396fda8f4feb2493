//! The table-driven test of the tagger (`cases.tsv`) and tests of whole-text behaviour.

use super::super::money::Money;
use super::super::{Document, Extractor, Mentions};
use super::Dates;
use crate::calendar::Dct;
use crate::record::DateMention;

/// The case table: one expression per line, see the header of the file.
const CASES: &str = include_str!("cases.tsv");

/// Runs the money and date extractors on `text`, as the pipeline does.
fn tag(text: &str, dct: Option<Dct>) -> Vec<DateMention> {
    let doc = Document::new(text, dct);
    let mut found = Mentions::default();
    Money.extract(&doc, &mut found);
    found.normalize(&doc);
    Dates.extract(&doc, &mut found);
    found.normalize(&doc);
    found.dates
}

/// One failed expectation, for the report.
fn check(line: &str) -> Result<(), String> {
    let cols: Vec<&str> = line.split('\t').collect();
    let field = |i: usize| cols.get(i).copied().unwrap_or("");
    let dct = match field(0) {
        "-" => None,
        d => Some(Dct::parse(d).ok_or_else(|| format!("bad dct {d:?}"))?),
    };
    let marked = field(1);
    let (open, close) = match (marked.find('['), marked.find(']')) {
        (Some(o), Some(c)) if o < c => (o, c),
        _ => return Err("no [span] in the text".into()),
    };
    let text = format!(
        "{}{}{}",
        &marked[..open],
        &marked[open + 1..close],
        &marked[close + 1..]
    );
    let expected = &marked[open + 1..close];
    let (start, end) = (open, close - 1);
    let mentions = tag(&text, dct);
    let listing = || {
        mentions
            .iter()
            .map(|m| {
                format!(
                    "{:?} {:?} {}",
                    m.text,
                    m.kind,
                    m.value.as_deref().unwrap_or("null")
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    if field(2) == "NONE" {
        return match mentions
            .iter()
            .find(|m| m.byte_start < end && start < m.byte_end)
        {
            Some(m) => Err(format!(
                "unexpected {:?} ({})",
                m.text,
                m.value.as_deref().unwrap_or("")
            )),
            None => Ok(()),
        };
    }
    let Some(m) = mentions
        .iter()
        .find(|m| m.byte_start == start && m.byte_end == end)
    else {
        return Err(format!("no mention {expected:?}; found: {}", listing()));
    };
    let kind = serde_json::to_value(m.kind).map_err(|e| e.to_string())?;
    if kind.as_str() != Some(field(2)) {
        return Err(format!("type {kind} instead of {}", field(2)));
    }
    if m.value.as_deref() != Some(field(3)) {
        return Err(format!("value {:?} instead of {}", m.value, field(3)));
    }
    let optional = |actual: Option<String>, want: &str, what: &str| match want {
        "" => Ok(()),
        "-" if actual.is_none() => Ok(()),
        w if actual.as_deref() == Some(w) => Ok(()),
        w => Err(format!("{what} {actual:?} instead of {w}")),
    };
    optional(m.modifier.clone(), field(4), "mod")?;
    optional(
        m.range.as_ref().map(|[a, b]| format!("{a}..{b}")),
        field(5),
        "range",
    )?;
    optional(m.anchor.clone(), field(6), "anchor")?;
    Ok(())
}

#[test]
fn case_table() {
    let lines: Vec<&str> = CASES
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .collect();
    assert!(lines.len() >= 200, "the table has {} cases", lines.len());
    let failures: Vec<String> = lines
        .iter()
        .filter_map(|line| check(line).err().map(|e| format!("{line}\n    -> {e}")))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        lines.len(),
        failures.join("\n")
    );
}

#[test]
fn offsets_are_code_points_and_mentions_do_not_overlap() {
    let text = "Café opened on Sept. 26, 2014 — «déjà vu» last week.";
    let mentions = tag(text, Dct::parse("2020-12-10"));
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(mentions.len(), 2);
    for m in &mentions {
        let by_chars: String = chars[m.start..m.end].iter().collect();
        assert_eq!(by_chars, m.text);
        assert_eq!(&text[m.byte_start..m.byte_end], m.text);
    }
    assert!(
        mentions
            .windows(2)
            .all(|w| w[0].byte_end <= w[1].byte_start)
    );
}

#[test]
fn hostile_inputs_stay_linear_and_never_panic() {
    let huge = "May 2020 the third quarter ".repeat(20_000)
        + &"A. A. A. ".repeat(50_000)
        + &"2020 ".repeat(50_000)
        + "\u{a0}Sept.\u{a0}26,\u{a0}2014 ’90s";
    let mentions = tag(&huge, Dct::parse("2020-12-10"));
    assert!(mentions.len() > 40_000);
    for text in [
        "",
        "[",
        "’",
        "'",
        "Q",
        "FY",
        "2020-",
        "at the",
        "12:",
        "\u{FFFD}2020",
        "the",
    ] {
        tag(text, None);
        tag(text, Dct::parse("2020"));
    }
}

#[test]
fn ranges_at_the_edges_of_the_calendar_stay_writable() {
    // "this week" on 9999-12-31 runs into year 10000 (fuzz): the value stays, the range goes.
    for (dct, text) in [
        ("9999-12-31", "Stocks fell this week and next week."),
        ("0001-01-01", "Stocks fell last week and this week."),
    ] {
        for m in tag(text, Dct::parse(dct)) {
            if let Some([first, last]) = &m.range {
                assert!(first.len() == 10 && last.len() == 10, "{dct}: {m:?}");
            }
        }
    }
}

#[test]
fn seed_article_dates() {
    let text = include_str!("../../../corpus/seed-bloomberg-ice-cloud.txt");
    let mentions = tag(text, Dct::parse("2020-12-10"));
    let value = |t: &str| {
        mentions
            .iter()
            .find(|m| m.text == t)
            .and_then(|m| m.value.clone())
            .unwrap_or_else(|| format!("<{t} not found>"))
    };
    assert_eq!(value("early 2021"), "2021");
    assert_eq!(value("mid-January"), "2021-01");
    assert_eq!(value("the 3rd quarter of fiscal 2021"), "FY2021-Q3");
    assert_eq!(value("fiscal 2020"), "FY2020");
    assert_eq!(value("2020 fiscal yr"), "FY2020");
    assert_eq!(value("late April 2020"), "2020-04");
    assert_eq!(value("five many years"), "P5Y");
    assert_eq!(value("March 2018"), "2018-03");
}
