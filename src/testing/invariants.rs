//! What must hold for every record, whatever the input. Property tests and fuzz targets call
//! [`check_record`] on the record of arbitrary text; an `Err` names the first broken rule.
//!
//! The rules, for every mention of every layer (and every boilerplate region):
//! - `start < end`, both within the text; the byte offsets lie on character boundaries and
//!   agree with the code-point offsets;
//! - the mention's `text` is exactly `text[start:end]` (code points);
//! - the layer is sorted by offset and no two of its mentions overlap;
//!
//! and, per layer: money values are finite and not negative; TIMEX3 values and modifiers are
//! well-formed ([`super::timex`]); date ranges are two valid `YYYY-MM-DD` days in order; the
//! record's `dct` and `stats.chars` agree with the text.

use crate::calendar::CivilDate;
use crate::record::{Record, Spanned};

use super::timex;

/// Checks every invariant of `record`, the record of `text`. Returns the first violation.
pub fn check_record(record: &Record, text: &str) -> Result<(), String> {
    if let Some(kept) = &record.text
        && kept != text
    {
        return Err("record.text differs from the article text".into());
    }
    let chars = CharIndex::new(text);
    if record.stats.chars != chars.len() {
        return Err(format!(
            "stats.chars is {} but the text has {} code points",
            record.stats.chars,
            chars.len()
        ));
    }
    if let Some(dct) = &record.dct
        && !is_dct(dct)
    {
        return Err(format!("dct {dct:?} is not YYYY, YYYY-MM or YYYY-MM-DD"));
    }
    check_layer(
        "boilerplate",
        &record.boilerplate,
        |b| &b.text,
        text,
        &chars,
    )?;
    check_layer("entities", &record.entities, |m| &m.text, text, &chars)?;
    check_layer("dates", &record.dates, |m| &m.text, text, &chars)?;
    check_layer("money", &record.money, |m| &m.text, text, &chars)?;
    check_layer("contracts", &record.contracts, |m| &m.text, text, &chars)?;
    for m in &record.money {
        if let Some(v) = m.value
            && !(v.is_finite() && v >= 0.0)
        {
            return Err(format!("money {:?} has value {v}", m.text));
        }
    }
    for d in &record.dates {
        if let Some(v) = &d.value
            && !timex::is_valid_value(v)
        {
            return Err(format!(
                "date {:?} has malformed TIMEX3 value {v:?}",
                d.text
            ));
        }
        if let Some(m) = &d.modifier
            && !timex::is_valid_modifier(m)
        {
            return Err(format!("date {:?} has unknown TIMEX3 mod {m:?}", d.text));
        }
        if let Some([first, last]) = &d.range {
            match (CivilDate::parse_iso(first), CivilDate::parse_iso(last)) {
                (Some(a), Some(b)) if a <= b && first.len() == 10 && last.len() == 10 => {}
                _ => {
                    return Err(format!(
                        "date {:?} has a bad range [{first:?}, {last:?}]",
                        d.text
                    ));
                }
            }
        }
    }
    Ok(())
}

/// Checks a record read back from JSON (it must carry its `text`): byte offsets are not
/// serialized, so they are recomputed from the code-point offsets first.
pub fn check_serialized(record: &Record) -> Result<(), String> {
    let Some(text) = record.text.as_deref() else {
        return Err("the record has no text (written with --no-text?)".into());
    };
    let chars = CharIndex::new(text);
    let byte = |c: usize| chars.starts.get(c).copied().unwrap_or(usize::MAX);
    let mut r = record.clone();
    macro_rules! fill {
        ($($layer:ident),*) => {$(
            for m in &mut r.$layer {
                m.byte_start = byte(m.start);
                m.byte_end = byte(m.end);
            }
        )*};
    }
    fill!(boilerplate, entities, dates, money, contracts);
    check_record(&r, text)
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a valid date.
fn is_dct(dct: &str) -> bool {
    let b = dct.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    match b.len() {
        4 => digits(0..4),
        7 => {
            digits(0..4)
                && b[4] == b'-'
                && digits(5..7)
                && (1..=12).contains(&dct[5..7].parse::<u32>().unwrap_or(0))
        }
        10 => digits(0..4) && CivilDate::parse_iso(dct).is_some(),
        _ => false,
    }
}

fn check_layer<T: Spanned>(
    layer: &str,
    mentions: &[T],
    text_of: impl Fn(&T) -> &String,
    text: &str,
    chars: &CharIndex,
) -> Result<(), String> {
    let mut previous: Option<(usize, usize)> = None;
    for m in mentions {
        let (start, end) = m.chars();
        let (byte_start, byte_end) = m.bytes();
        let said = text_of(m);
        let at = || format!("{layer} mention {said:?} at {start}..{end}");
        if start >= end || end > chars.len() {
            return Err(format!("{}: empty or outside the text", at()));
        }
        if byte_start > byte_end
            || byte_end > text.len()
            || !text.is_char_boundary(byte_start)
            || !text.is_char_boundary(byte_end)
        {
            return Err(format!(
                "{}: bytes {byte_start}..{byte_end} not on character boundaries",
                at()
            ));
        }
        if chars.char_of_byte(byte_start) != Some(start)
            || chars.char_of_byte(byte_end) != Some(end)
        {
            return Err(format!(
                "{}: bytes {byte_start}..{byte_end} disagree with the code points",
                at()
            ));
        }
        if &text[byte_start..byte_end] != said {
            return Err(format!(
                "{}: the text there is {:?}",
                at(),
                &text[byte_start..byte_end]
            ));
        }
        if let Some((ps, pe)) = previous {
            if (ps, pe) > (start, end) {
                return Err(format!("{}: not sorted after {ps}..{pe}", at()));
            }
            if pe > start {
                return Err(format!("{}: overlaps {ps}..{pe}", at()));
            }
        }
        previous = Some((start, end));
    }
    Ok(())
}

/// Byte offsets of the text's characters, for exact code-point look-ups.
struct CharIndex {
    /// Byte offset of each character, then the text length.
    starts: Vec<usize>,
}

impl CharIndex {
    fn new(text: &str) -> CharIndex {
        let mut starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        starts.push(text.len());
        CharIndex { starts }
    }

    /// Number of code points.
    fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// The code-point offset of a byte offset on a character boundary.
    fn char_of_byte(&self, byte: usize) -> Option<usize> {
        self.starts.binary_search(&byte).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Article, Pipeline};

    #[test]
    fn real_records_pass() {
        let text = "WASHINGTON, March 3, 2021 — Acme Corp. won a $5 million contract, \
                    N00019-21-C-0010, from the Department of Defense in mid-January. Café €3.";
        let record = Pipeline::default().extract(&Article::from_text("a", text));
        assert!(!record.money.is_empty());
        check_record(&record, text).unwrap();
    }

    #[test]
    fn broken_records_fail() {
        let text = "Acme Corp. won a $5 million contract in mid-January 2021.";
        let good = Pipeline::default().extract(&Article::from_text("a", text));
        check_record(&good, text).unwrap();

        let mut shifted = good.clone();
        shifted.money[0].start += 1;
        assert!(check_record(&shifted, text).is_err());

        let mut infinite = good.clone();
        infinite.money[0].value = Some(f64::INFINITY);
        assert!(check_record(&infinite, text).is_err());

        let mut malformed = good.clone();
        malformed.dates[0].value = Some("2021-13".into());
        assert!(check_record(&malformed, text).is_err());

        let serialized: Record =
            serde_json::from_str(&serde_json::to_string(&good).unwrap()).unwrap();
        check_serialized(&serialized).unwrap();
        let mut moved = serialized.clone();
        moved.entities[0].end += 1;
        assert!(check_serialized(&moved).is_err());

        let mut unsorted = good.clone();
        unsorted.money.push(unsorted.money[0].clone());
        assert!(
            check_record(&unsorted, text)
                .unwrap_err()
                .contains("overlaps")
        );
    }
}
