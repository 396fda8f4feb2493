//! Contract references: U.S. federal contract identifiers (PIIDs), modification numbers, and the
//! contract events built on them.
//!
//! Two extractors live here, both in the `contracts` layer and registered last:
//! - [`Contracts`] finds identifiers. One regex proposes candidates of every known shape
//!   (displayed `N00019-21-C-0010` with any Unicode hyphen and stray spaces after hyphens, flat
//!   `N0001921C0010`, GSA schedule, old NASA, modification numbers, and order or modification
//!   numbers that only their context makes identifiers: "job order 0063", "modification (004)",
//!   and numbers of any shape that a document word names: "Request for Proposals PTD23-0412",
//!   "Contract No. 2023-118", "the contract, numbered 160245" — cities and states number their
//!   contracts as they like, so there the words decide, never the shape);
//!   [`piid::parse`] validates each and splits it into office code, fiscal year, instrument and
//!   serial. Lookalikes (FAR clauses, release numbers, phone numbers, ZIP codes, docket numbers)
//!   fail the shapes.
//! - [`events::ContractEvents`] reads the sentences together with the finished entity, money,
//!   date and identifier layers and builds `contract_events` (see `events.rs`).

pub mod events;
pub mod piid;

use std::sync::LazyLock;

use crate::pattern::Regex;

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

/// The identifier shapes, as one alternation (used inside [`CANDIDATE`] and anchored in
/// [`ID_AT`]).
fn id_shapes() -> String {
    let h = HYPHEN;
    format!(
        r"(?x:
              [A-Z0-9]{{6}}{h}[0-9]{{2}}{h}[A-Z9]{h}[A-Z0-9]{{4,8}}(?:{h}[A-Z0-9]{{4}})?
            | [A-Z0-9]{{6}}[0-9]{{2}}[A-Z9][A-Z0-9]{{4,8}}
            | GS(?:{h})?[0-9]{{2}}(?:{h})?[A-Z](?:{h})?[A-Z0-9]{{4,6}}
            | NAS[0-9]{{1,2}}{h}[0-9]{{5}}
            | NN[A-Z][0-9]{{2}}[A-Z]{{2}}[0-9]{{2,3}}[A-Z]
            | DE{h}[A-Z]{{2}}[0-9]{{2}}{h}[0-9]{{2}}[A-Z]{{2}}[0-9]{{5}}
            | HHSN[0-9]{{12}}[A-Z]
            | [PA][A-Z0-9]{{2}}[0-9]{{3}}
        )"
    )
}

/// Words that name a contract document before its number: "Request for Proposals PTD23-0412",
/// "contract No. 2023-118", "bid #B-2291", "The contract, numbered 160245". The number may be
/// of any shape (cities and states number their contracts as they like), so only these words
/// make it an identifier; `numword` is "number", "No." or "#".
const NUMBER_CONTEXT: &str = r"(?i:(?-u:\b)(?P<doc>contract|solicitation|requests?\s+for\s+(?:proposals?|quotations?|quotes|qualifications|information|bids)|rfp|rfq|rfi|ifb|invitations?\s+(?:for|to)\s+bids?|bid|purchase\s+order|agreement|tender|notice)(?P<comma>,)?(?:\s+(?P<numword>number|no\.|num\.|\#))?|(?P<numbered>(?-u:\b)(?:contract|agreement|order|solicitation)s?,?\s+numbered))\s*:?\s*(?P<cnum>[A-Z0-9][A-Z0-9/-]{2,24}[A-Z0-9])(?-u:\b)";

/// Candidate identifiers. Word boundaries are ASCII ones so that the lazy DFA keeps working on
/// non-ASCII text (a Unicode `\b` makes the regex crate fall back to a much slower engine).
static CANDIDATE: LazyLock<Regex> = LazyLock::new(|| {
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
        | (?-u:\b)(?P<id>{shapes})(?-u:\b)
        # Numbers that only the document word before them makes identifiers.
        | {context}
        ",
        shapes = id_shapes(),
        context = NUMBER_CONTEXT,
    ))
    .expect("contract pattern is valid")
});

/// An identifier shape at the start of a text (for the number after a document word, which may
/// be a federal identifier: "contract N00019-21-C-0010").
static ID_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?:{})(?-u:\b)", id_shapes())).expect("contract pattern is valid")
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
            let (span, parsed) = if let Some(m) = caps.name("order").or(caps.name("order2")) {
                // "task order WILL" in capitals is not an order number: a bare one needs a digit
                // unless parentheses set it off ("delivery order (THCV)").
                let parenthesized = caps.name("oparen").is_some() || caps.name("order2").is_some();
                if !parenthesized && !m.as_str().bytes().any(|b| b.is_ascii_digit()) {
                    continue;
                }
                (span_of(&m), context_number(IdKind::Id, "order", m.as_str()))
            } else if let Some(m) = caps.name("modnum").or(caps.name("modnum2")) {
                (
                    span_of(&m),
                    context_number(IdKind::Modification, "modification", m.as_str()),
                )
            } else if let Some(m) = caps.name("id") {
                let Some(p) = piid::parse(m.as_str()) else {
                    continue;
                };
                if p.kind == IdKind::Modification
                    && !plausible_modification(doc, m.start(), m.as_str())
                {
                    continue;
                }
                if p.needs_context && !speaks_of_contract(doc.text, m.start(), m.end()) {
                    continue;
                }
                (span_of(&m), p)
            } else if let Some(number) = caps.name("cnum") {
                // A federal identifier after the word is read as one (its shape may run past
                // what the number pattern takes: Unicode hyphens, stray spaces).
                let rest = &doc.text[number.start()..];
                if let Some(id) = ID_AT.find(rest)
                    && let Some(p) = piid::parse(id.as_str())
                    && p.kind == IdKind::Id
                {
                    (ByteSpan::new(number.start(), number.start() + id.end()), p)
                } else {
                    let instrument = document_instrument(caps.name("doc").map(|d| d.as_str()));
                    let numbered =
                        caps.name("numword").is_some() || caps.name("numbered").is_some();
                    // "The tender, ENWC/T/2025/118, was …": a number set off by commas after
                    // the document word is its number only when a comma closes it too.
                    let open_appositive = caps.name("comma").is_some()
                        && caps.name("numword").is_none()
                        && !doc.text[number.end()..].starts_with(',');
                    if !plausible_document_number(number.as_str(), numbered)
                        || open_appositive
                        || followed_by_quantity(&doc.text[number.end()..])
                    {
                        continue;
                    }
                    (
                        span_of(&number),
                        context_number(IdKind::Id, instrument, number.as_str()),
                    )
                }
            } else {
                continue;
            };
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

/// The instrument a document word names: "Request for Proposals" an RFP, "bid" an invitation
/// for bids, "contract" a contract.
fn document_instrument(word: Option<&str>) -> &'static str {
    let w = word.unwrap_or("").to_ascii_lowercase();
    let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
    if w.starts_with("request for proposal") || w == "rfp" {
        "rfp"
    } else if w.starts_with("request for quot") || w.starts_with("rfq") {
        "rfq"
    } else if w.starts_with("request for information") || w == "rfi" {
        "rfi"
    } else if w.starts_with("request for qualification") {
        "rfq"
    } else if w.contains("bid") || w == "ifb" {
        "invitation_for_bids"
    } else if w == "solicitation" || w == "tender" || w == "notice" {
        "solicitation"
    } else if w == "purchase order" {
        "purchase_order"
    } else if w == "agreement" {
        "agreement"
    } else {
        "contract"
    }
}

fn span_of(m: &crate::pattern::Match<'_>) -> ByteSpan {
    ByteSpan::new(m.start(), m.end())
}

/// Whether `number`, written after a document word, is a document number: it has digits, is no
/// year ("RFP 2024"), and without "number", "No." or "numbered" it must look like a code (a
/// letter or a hyphen with the digits: "PTD23-0412", not "contract 500").
fn plausible_document_number(number: &str, numbered: bool) -> bool {
    let digits = number.bytes().filter(u8::is_ascii_digit).count();
    let letters = number.bytes().filter(u8::is_ascii_uppercase).count();
    let is_year =
        number.len() == 4 && digits == 4 && (number.starts_with("19") || number.starts_with("20"));
    if digits < 3 || is_year || number.ends_with('-') {
        return false;
    }
    // All capitals and no digit run: "RFP FOR", a word in an ALL-CAPS line.
    if letters > digits && !number.contains('-') {
        return false;
    }
    numbered || letters > 0 || number.contains('-')
}

/// Whether the words after a number make it a quantity ("contract 300 workers", "No. 1 for").
fn followed_by_quantity(after: &str) -> bool {
    let next = after
        .trim_start_matches([' ', '\u{a0}'])
        .split(|c: char| !c.is_alphanumeric() && c != '%')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    after.starts_with('%')
        || [
            "percent",
            "million",
            "billion",
            "thousand",
            "people",
            "workers",
            "jobs",
            "employees",
            "units",
            "miles",
            "acres",
            "feet",
            "pounds",
            "tons",
            "dollars",
        ]
        .contains(&next.as_str())
}

/// Whether the words around `text[start..end]` speak of a contract (for identifier shapes that
/// other codes share): a contract word within a sentence-sized window before it, or just after.
fn speaks_of_contract(text: &str, start: usize, end: usize) -> bool {
    const WORDS: &[&str] = &[
        "contract",
        "order",
        "solicitation",
        "agreement",
        "award",
        "request for",
        "rfp",
        "rfq",
        "piid",
        "idiq",
        "bpa",
        "notice",
        "procurement",
        "modification",
        "ota",
    ];
    let mut lo = start.saturating_sub(160);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (end + 60).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let window = text[lo..hi].to_ascii_lowercase();
    WORDS.iter().any(|w| window.contains(w))
}

/// An order, modification or document number known only from the words before it: no office
/// code or fiscal year, the number itself as the serial.
fn context_number(kind: IdKind, instrument: &'static str, number: &str) -> piid::Piid {
    piid::Piid {
        kind,
        agency_code: None,
        fiscal_year: None,
        instrument: Some(instrument),
        serial: Some(number.to_string()),
        needs_context: false,
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
    fn civilian_and_agreement_shapes() {
        let table: &[(&str, &[&str])] = &[
            (
                "The Energy Department signed contract 89303324DEM000041 on Monday.",
                &["89303324DEM000041"],
            ),
            (
                "in reply to the request for proposals, 89303322REM000104, which closed in May",
                &["89303322REM000104"],
            ),
            // The same shape with nothing about a contract around it is some other code.
            ("Replace filter 12345678D1234 every spring.", &[]),
            (
                "the prototype agreement W15QKN-24-9-1011 and its flat form W15QKN2491011",
                &["W15QKN-24-9-1011", "W15QKN2491011"],
            ),
            ("Firmware build W15QKN2491011 is out.", &[]),
            (
                "task order 47QFCA22F0001 under 75N91021D00015, and 140D0421F0123 and 70RSAT22C00000012",
                &[
                    "47QFCA22F0001",
                    "75N91021D00015",
                    "140D0421F0123",
                    "70RSAT22C00000012",
                ],
            ),
            (
                "Argonne's operating contract, DE-AC02-06CH11357, and NIH's HHSN316201200012W",
                &["DE-AC02-06CH11357", "HHSN316201200012W"],
            ),
        ];
        for (text, want) in table {
            assert_eq!(ids(text), want.to_vec(), "{text}");
        }
    }

    #[test]
    fn numbers_named_by_a_document_word() {
        let table: &[(&str, &[&str])] = &[
            // Tenders and notices number themselves too, with slashes in state and overseas
            // systems; a number set off by commas is one only when a comma closes it.
            (
                "Tender PWD2025/0471 drew four offers; the tender, MWA/T/2024/33, did not.",
                &["PWD2025/0471", "MWA/T/2024/33"],
            ),
            (
                "The notice, UNI-SS-25-014, gives rivals ten days; the contract, No. 2025-07, follows.",
                &["UNI-SS-25-014", "2025-07"],
            ),
            (
                "The request for proposals, QRB-2024-0112, closed in May.",
                &["QRB-2024-0112"],
            ),
            ("the contract, 2025 and beyond", &[]),
            ("the notice, A-1234 ABC, said", &[]),
            (
                "bids came in under Request for Proposals PTD23-0412 last fall",
                &["PTD23-0412"],
            ),
            (
                "The contract, numbered 160245 in the county system, runs",
                &["160245"],
            ),
            (
                "Council approved Contract No. 2023-118 on a 5-2 vote.",
                &["2023-118"],
            ),
            ("under Bid #B24-0071, the lowest", &["B24-0071"]),
            (
                "the school district's RFP number 4471 drew nine replies",
                &["4471"],
            ),
            (
                "The state issued Invitation for Bids DOT-19-33 in June.",
                &["DOT-19-33"],
            ),
            // A federal identifier after the word keeps its own shape.
            (
                "under contract FA6643‐18‐D‐ 0004 and solicitation N00189-23-R-0033",
                &["FA6643‐18‐D‐ 0004", "N00189-23-R-0033"],
            ),
            // Quantities, years and words are not numbers of a contract.
            ("The contract 300 workers signed was void.", &[]),
            ("a contract 1500 miles away", &[]),
            ("The RFP 2024 cycle opened.", &[]),
            ("LOCKHEED WINS NAVY CONTRACT FOR HYPERSONIC WORK", &[]),
            ("The contract No. 1 priority", &[]),
            ("It won the contract in 2023 and the bid 450 to 300.", &[]),
        ];
        for (text, want) in table {
            assert_eq!(ids(text), want.to_vec(), "{text}");
        }
    }

    #[test]
    fn code_like_p_numbers_need_context() {
        assert_eq!(ids("the P12345 engine"), Vec::<String>::new());
        assert_eq!(ids("modification P12345 adds"), vec!["P12345"]);
    }
}
