//! Contract references: U.S. federal contract identifiers (PIIDs), modification numbers, and the
//! contract events built on them.
//!
//! Two extractors live here, both in the `contracts` layer and registered last:
//! - [`Contracts`] finds identifiers. One regex proposes candidates of every known shape
//!   (displayed `N00019-21-C-0010` with any Unicode hyphen and stray spaces after hyphens, flat
//!   `N0001921C0010`, GSA schedule, old NASA, modification numbers, and order or modification
//!   numbers that only their context makes identifiers: "job order 0063", "modification (004)");
//!   [`piid::parse`] validates each and splits it into office code, fiscal year, instrument and
//!   serial. Lookalikes (FAR clauses, release numbers, phone numbers, ZIP codes, docket numbers)
//!   fail the shapes.
//! - [`events::ContractEvents`] reads the sentences together with the finished entity, money,
//!   date and identifier layers and builds `contract_events` (see `events.rs`).

pub mod events;
pub mod piid;

use std::sync::LazyLock;

use regex::Regex;

use super::{Document, Extractor, Layer, Mentions};
use crate::record::ContractMention;
use crate::segment::ByteSpan;
use piid::IdKind;

pub use events::ContractEvents;

/// The contract-identifier extractor.
pub struct Contracts;

/// A hyphen of any kind between the parts of a displayed identifier, with an optional stray
/// space after it ("FA6643‐18‐D‐ 0004").
const HYPHEN: &str = r"[-\u{2010}-\u{2015}\u{2212}\u{FE63}\u{FF0D}]\x20?";

/// Candidate identifiers. Word boundaries are ASCII ones so that the lazy DFA keeps working on
/// non-ASCII text (a Unicode `\b` makes the regex crate fall back to a much slower engine).
static CANDIDATE: LazyLock<Regex> = LazyLock::new(|| {
    let h = HYPHEN;
    Regex::new(&format!(
        r"(?x)
        # An order number that only its context makes an identifier: job order 0063,
        # delivery order (THCV), order (0011).
          (?i:(?-u:\b)(?:job|delivery|task|purchase|call)\s+order)(?:\s+(?i:number|no\.?|\#))?\s*
            (?P<oparen>\()?(?P<order>[A-Z0-9]{{4}})(?-u:\b)
        | (?i:(?-u:\b)order)\s+\((?P<order2>[A-Z0-9]{{4}})\)
        # A modification number in a non-standard shape: modification (004), modification No. 3.
        | (?i:(?-u:\b)modification)\s*\((?P<modnum>[0-9]{{3,6}})\)
        | (?i:(?-u:\b)modification\s+(?:number|no\.?))\s*(?P<modnum2>[0-9]{{1,6}})(?-u:\b)
        # Identifiers by their shape.
        | (?-u:\b)(?P<id>
              [A-Z0-9]{{6}}{h}[0-9]{{2}}{h}[A-Z]{h}[A-Z0-9]{{4,8}}(?:{h}[A-Z0-9]{{4}})?
            | [A-Z0-9]{{6}}[0-9]{{2}}[A-Z][A-Z0-9]{{4,8}}
            | GS(?:{h})?[0-9]{{2}}(?:{h})?[A-Z](?:{h})?[A-Z0-9]{{4,6}}
            | NAS[0-9]{{1,2}}{h}[0-9]{{5}}
            | NN[A-Z][0-9]{{2}}[A-Z]{{2}}[0-9]{{2,3}}[A-Z]
            | [PA][A-Z0-9]{{2}}[0-9]{{3}}
          )(?-u:\b)
        "
    ))
    .expect("contract pattern is valid")
});

impl Extractor for Contracts {
    fn name(&self) -> &'static str {
        "contracts"
    }

    fn layer(&self) -> Layer {
        Layer::Contracts
    }

    fn extract(&self, doc: &Document<'_>, found: &mut Mentions) {
        for caps in CANDIDATE.captures_iter(doc.text) {
            let (m, parsed) = if let Some(m) = caps.name("order").or(caps.name("order2")) {
                // "task order WILL" in capitals is not an order number: a bare one needs a digit
                // unless parentheses set it off ("delivery order (THCV)").
                let parenthesized = caps.name("oparen").is_some() || caps.name("order2").is_some();
                if !parenthesized && !m.as_str().bytes().any(|b| b.is_ascii_digit()) {
                    continue;
                }
                (m, context_number(IdKind::Id, m.as_str()))
            } else if let Some(m) = caps.name("modnum").or(caps.name("modnum2")) {
                (m, context_number(IdKind::Modification, m.as_str()))
            } else if let Some(m) = caps.name("id") {
                let Some(p) = piid::parse(m.as_str()) else {
                    continue;
                };
                if p.kind == IdKind::Modification
                    && !plausible_modification(doc, m.start(), m.as_str())
                {
                    continue;
                }
                (m, p)
            } else {
                continue;
            };
            let span = ByteSpan::new(m.start(), m.end());
            if doc.in_boilerplate(span) {
                continue;
            }
            let l = doc.locate(span);
            found.contracts.push(ContractMention {
                start: l.start,
                end: l.end,
                value: l.text.clone(),
                text: l.text,
                kind: match parsed.kind {
                    IdKind::Id => "id".into(),
                    IdKind::Modification => "modification".into(),
                },
                agency_code: parsed.agency_code,
                fiscal_year: parsed.fiscal_year,
                instrument: parsed.instrument.map(str::to_string),
                serial: parsed.serial,
                byte_start: span.start,
                byte_end: span.end,
            });
        }
    }
}

/// An order or modification number known only from the words before it: no office code or
/// fiscal year, the number itself as the serial.
fn context_number(kind: IdKind, number: &str) -> piid::Piid {
    piid::Piid {
        kind,
        agency_code: None,
        fiscal_year: None,
        instrument: Some(match kind {
            IdKind::Id => "order",
            IdKind::Modification => "modification",
        }),
        serial: Some(number.to_string()),
    }
}

/// A six-character `P12345` is a modification number when it has the usual leading zeros
/// (`P00012`) or the words around it speak of a modification; otherwise it is some other code.
fn plausible_modification(doc: &Document<'_>, start: usize, text: &str) -> bool {
    if text[1..].starts_with("00") {
        return true;
    }
    // Its sentence, but never more than a few hundred bytes around it: a candidate must cost
    // the same in a one-sentence megabyte.
    let (mut lo, mut hi) = doc.sentence_at(start).map_or((start, start), |s| {
        (
            s.span.start.max(start.saturating_sub(300)),
            s.span.end.min(start + 300),
        )
    });
    while !doc.text.is_char_boundary(lo) {
        lo += 1;
    }
    while hi > lo && !doc.text.is_char_boundary(hi) {
        hi -= 1;
    }
    let window = doc.text[lo..hi].to_ascii_lowercase();
    window.contains("modif") || window.contains("amendment")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<(String, String)> {
        let doc = Document::new(text, None);
        let mut m = Mentions::default();
        Contracts.extract(&doc, &mut m);
        m.contracts.into_iter().map(|c| (c.text, c.kind)).collect()
    }

    fn ids(text: &str) -> Vec<String> {
        run(text).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn ids_and_modifications() {
        let got = run(
            "a modification (P00010) to contract FA8540‐16‐C‐0003 and N0001921C0010, not FAR 52.217-8.",
        );
        let want = [
            ("P00010", "modification"),
            ("FA8540‐16‐C‐0003", "id"),
            ("N0001921C0010", "id"),
        ];
        assert_eq!(
            got,
            want.map(|(a, b)| (a.to_string(), b.to_string())).to_vec()
        );
    }

    #[test]
    fn forms_met_in_announcements() {
        let table: &[(&str, &[&str])] = &[
            ("Blue Bell (FA6643‐18‐D‐ 0004); and", &["FA6643‐18‐D‐ 0004"]),
            (
                "job order 0063 under basic ordering agreement (N00164-12-G-JQ66) for",
                &["0063", "N00164-12-G-JQ66"],
            ),
            ("a delivery order (THCV) against", &["THCV"]),
            ("delivery order (0011) against", &["0011"]),
            (
                "task order (SPE608-18-F-0002) against",
                &["SPE608-18-F-0002"],
            ),
            (
                "(contract numbers HC1047-18-D-0001 through HC1047-18-D-0014).",
                &["HC1047-18-D-0001", "HC1047-18-D-0014"],
            ),
            (
                "(W58RGZ-26-G-0005, W58RGZ-26-F-0334)",
                &["W58RGZ-26-G-0005", "W58RGZ-26-F-0334"],
            ),
            (
                "(W58RGZ-26-G-0005,W58RGZ-26-F-0334)",
                &["W58RGZ-26-G-0005", "W58RGZ-26-F-0334"],
            ),
            (
                "contract FA8106-10-D-0001-0035 for",
                &["FA8106-10-D-0001-0035"],
            ),
            (
                "HSCETC-17-C-00001, GS-35F-0119Y, NAS1-97031, DTFAWA17D00013.",
                &[
                    "HSCETC-17-C-00001",
                    "GS-35F-0119Y",
                    "NAS1-97031",
                    "DTFAWA17D00013",
                ],
            ),
            ("a $22,907,561 modification (000105) to", &["000105"]),
            ("modification (004) to previously", &["004"]),
            ("TASK ORDER WILL BE", &[]),
            (
                "RELEASE C13-016, J&A DL13276, FAR 52.217-8, 10 U.S.C. 2304 (c)(1), PL 106-554, Form 10-K, call (443) 555-0193 or 703-555-0176, Md. 21005, NSN 5820-01-451-8250, B-419256.2, AN/PRC-152A, 2021-10-14, Code 475000D.",
                &[],
            ),
        ];
        for (text, want) in table {
            assert_eq!(ids(text), want.to_vec(), "{text}");
        }
    }

    #[test]
    fn parts_are_exposed() {
        let doc = Document::new("contract N00019-21-C-0010 and job order 0063", None);
        let mut m = Mentions::default();
        Contracts.extract(&doc, &mut m);
        let c = &m.contracts[0];
        assert_eq!(c.agency_code.as_deref(), Some("N00019"));
        assert_eq!(c.fiscal_year, Some(2021));
        assert_eq!(c.instrument.as_deref(), Some("contract"));
        assert_eq!(c.serial.as_deref(), Some("0010"));
        let order = &m.contracts[1];
        assert_eq!(
            (order.agency_code.as_deref(), order.instrument.as_deref()),
            (None, Some("order"))
        );
    }

    #[test]
    fn code_like_p_numbers_need_context() {
        assert_eq!(ids("the P12345 engine"), Vec::<String>::new());
        assert_eq!(ids("modification P12345 adds"), vec!["P12345"]);
    }
}
