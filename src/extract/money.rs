//! Money amounts: "$100 million", "$9.9 million", "$850,000", "€3.5 million", "US$3 billion".
//!
//! One regex finds a currency sign (or code), a number and an optional magnitude word; the value
//! is the number times the magnitude, in units of the currency. A qualifier in front ("at
//! least", "more than", "about") is recorded but kept out of the span, as in the gold.

use std::sync::LazyLock;

use regex::Regex;

use super::{Document, Extractor, Layer, Mentions};
use crate::record::MoneyMention;
use crate::segment::ByteSpan;

/// The money extractor.
pub struct Money;

/// Currency prefixes, longest first so that "US$" wins over "$".
const PREFIXES: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("U.S.$", "USD"),
    ("C$", "CAD"),
    ("CA$", "CAD"),
    ("A$", "AUD"),
    ("AU$", "AUD"),
    ("HK$", "HKD"),
    ("NZ$", "NZD"),
    ("S$", "SGD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
];

/// Magnitude words and their factors.
const MAGNITUDES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("k", 1e3),
    ("million", 1e6),
    ("mn", 1e6),
    ("m", 1e6),
    ("billion", 1e9),
    ("bn", 1e9),
    ("b", 1e9),
    ("trillion", 1e12),
    ("tn", 1e12),
];

/// Qualifiers before an amount, and the normalized form.
const QUALIFIERS: &[(&str, &str)] = &[
    ("at least", "at_least"),
    ("at minimum", "at_least"),
    ("a minimum of", "at_least"),
    ("more than", "more_than"),
    ("over", "more_than"),
    ("in excess of", "more_than"),
    ("upwards of", "more_than"),
    ("less than", "less_than"),
    ("under", "less_than"),
    ("about", "approx"),
    ("around", "approx"),
    ("approximately", "approx"),
    ("roughly", "approx"),
    ("nearly", "approx"),
    ("almost", "approx"),
    ("an estimated", "approx"),
    ("estimated", "approx"),
    ("up to", "up_to"),
    ("maximum", "up_to"),
    ("a maximum of", "up_to"),
    ("not-to-exceed", "up_to"),
    ("not to exceed", "up_to"),
    ("ceiling of", "up_to"),
];

static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    let prefixes = PREFIXES
        .iter()
        .map(|(p, _)| regex::escape(p))
        .collect::<Vec<_>>()
        .join("|");
    let mags = MAGNITUDES
        .iter()
        .map(|(m, _)| regex::escape(m))
        .collect::<Vec<_>>()
        .join("|");
    Regex::new(&format!(
        r"(?P<cur>{prefixes})\s?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:[\s\u{{a0}}]?(?P<mag>{mags})\b)?"
    ))
    .expect("money pattern is valid")
});

impl Extractor for Money {
    fn name(&self) -> &'static str {
        "money"
    }

    fn layer(&self) -> Layer {
        Layer::Money
    }

    fn extract(&self, doc: &Document<'_>, found: &mut Mentions) {
        for caps in AMOUNT.captures_iter(doc.text) {
            let whole = caps.get(0).expect("group 0 always matches");
            let span = ByteSpan::new(whole.start(), whole.end());
            if doc.in_boilerplate(span) || glued_to_word(doc.text, span) {
                continue;
            }
            let currency = PREFIXES
                .iter()
                .find(|(p, _)| *p == &caps["cur"])
                .map(|(_, c)| (*c).to_string());
            let Ok(number) = caps["num"].replace(',', "").parse::<f64>() else {
                continue;
            };
            let factor = caps.name("mag").map_or(1.0, |m| {
                let m = m.as_str().to_lowercase();
                MAGNITUDES
                    .iter()
                    .find(|(w, _)| *w == m)
                    .map_or(1.0, |(_, f)| *f)
            });
            let l = doc.locate(span);
            found.money.push(MoneyMention {
                start: l.start,
                end: l.end,
                text: l.text,
                // Hundreds of digits overflow to infinity: no value rather than a wrong one.
                value: Some(number * factor).filter(|v| v.is_finite()),
                currency,
                qualifier: qualifier_before(&doc.text[..span.start]),
                byte_start: span.start,
                byte_end: span.end,
            });
        }
    }
}

/// "Ke$ha": a sign inside a word is not money.
fn glued_to_word(text: &str, span: ByteSpan) -> bool {
    text[..span.start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// The normalized qualifier that ends `before`, if any ("at least $5" → `at_least`).
fn qualifier_before(before: &str) -> Option<String> {
    let tail = before.trim_end();
    // The longest qualifier is under 24 bytes; the cut must fall on a character boundary.
    let mut cut = tail.len().saturating_sub(24);
    while !tail.is_char_boundary(cut) {
        cut += 1;
    }
    let tail_lower = tail[cut..].to_lowercase();
    QUALIFIERS
        .iter()
        .filter(|(q, _)| {
            tail_lower.ends_with(q)
                && tail_lower[..tail_lower.len() - q.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
        .max_by_key(|(q, _)| q.len())
        .map(|(_, n)| (*n).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    type Found = (String, Option<f64>, Option<String>, Option<String>);

    fn run(text: &str) -> Vec<Found> {
        let doc = Document::new(text, None);
        let mut m = Mentions::default();
        Money.extract(&doc, &mut m);
        m.money
            .into_iter()
            .map(|x| (x.text, x.value, x.currency, x.qualifier))
            .collect()
    }

    #[test]
    fn common_forms() {
        let r =
            run("It costs at least $100 million over five years, or $850,000 and €3.5 million.");
        assert_eq!(
            r[0],
            (
                "$100 million".into(),
                Some(1e8),
                Some("USD".into()),
                Some("at_least".into())
            )
        );
        assert_eq!(r[1].1, Some(850_000.0));
        assert_eq!(
            r[2],
            ("€3.5 million".into(), Some(3.5e6), Some("EUR".into()), None)
        );
    }

    #[test]
    fn prefixed_dollars_and_not_money() {
        let r = run("HK$3 billion and C$5bn, but not Ke$ha or $ alone.");
        assert_eq!(r.len(), 2);
        assert_eq!((r[0].1, r[0].2.as_deref()), (Some(3e9), Some("HKD")));
        assert_eq!((r[1].1, r[1].2.as_deref()), (Some(5e9), Some("CAD")));
    }

    #[test]
    fn overflowing_numbers_have_no_value() {
        let r = run(&format!("${}", "9".repeat(400)));
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].1, None);
    }

    #[test]
    fn multibyte_text_before_an_amount() {
        // The qualifier look-back once cut a multi-byte character in half and panicked.
        let r = run("Prices in € and ££££££££££££ about $5 million. Прибыль составила около $5");
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].3.as_deref(), Some("approx"));
        assert_eq!(r[1].3, None);
    }
}
