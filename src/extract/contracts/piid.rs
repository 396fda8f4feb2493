//! Parsing and validation of U.S. federal contract identifiers (PIIDs, FAR 4.1603 and
//! DFARS 204.1603) and of the older agency-specific shapes still met in news text.
//!
//! [`parse`] takes an identifier as written (hyphens of any Unicode kind and stray spaces after
//! them allowed) and either rejects it or returns its parts: the issuing office (activity address
//! code), the fiscal year, the instrument type and the serial number. The scanner in `mod.rs`
//! only proposes candidates; this module decides.
//!
//! Shapes accepted (see `reference/PIID_FORMATS.md`):
//! - uniform PIID, flat or displayed with hyphens: `N00019-21-C-0010`, `N0001921C0010`,
//!   `70CDCR21C00000001`; 6-character office code, 2 fiscal-year digits, an instrument letter,
//!   a 4–8 character serial; optionally an order number appended to an indefinite-delivery
//!   contract (`FA8106-10-D-0001-0035`);
//! - GSA schedule contracts: `GS-35F-0119Y`, `GS07F0256N`, `GS-36-F-GA001`;
//! - old NASA contracts: `NAS1-97031`, `NNX08AB12A`;
//! - old DOE management-and-operating contracts (`DE-AC09-08SR22470`) and NIH/HHS contracts
//!   of the 2000s and 2010s (`HHSN261201500003I`);
//! - modification numbers: `P00012`, `A00005`, `PZ0001`.
//!
//! Civilian agencies fill the uniform shape in ways DoD does not: all-digit office codes
//! (DOE `893033`), longer serials with letters (`89303324DEM000041`), a `9` in position 9 for
//! DoD other transaction agreements (`W15QKN-24-9-1011`). A flat token of such a shape is also
//! what part numbers and reference codes look like, so [`Piid::needs_context`] tells the scanner
//! to accept it only where the words around it speak of a contract.

/// What an identifier is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    /// A contract, order, agreement or solicitation number.
    Id,
    /// A modification (or solicitation amendment) number.
    Modification,
}

/// The parts of a parsed identifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piid {
    /// Identifier or modification number.
    pub kind: IdKind,
    /// The issuing office: activity address code (`N00019`), or the agency prefix of an older
    /// shape (`GS`, `NAS1`).
    pub agency_code: Option<String>,
    /// The fiscal year the instrument was issued in (four digits).
    pub fiscal_year: Option<u16>,
    /// The kind of instrument, as a word (see [`INSTRUMENTS`]).
    pub instrument: Option<&'static str>,
    /// The serial number: the characters after the instrument letter (for an order appended to
    /// an indefinite-delivery contract, the order number).
    pub serial: Option<String>,
    /// Whether the shape alone does not make it an identifier (a flat token with an all-digit
    /// office code, or a `9` instrument): only when the words around it speak of a contract.
    pub needs_context: bool,
}

/// Position-9 instrument letters (FAR 4.1603(a)(3), DFARS 204.1603(a)(3)) and their names.
pub const INSTRUMENTS: &[(char, &str)] = &[
    ('A', "bpa"),
    ('B', "invitation_for_bids"),
    ('C', "contract"),
    ('D', "indefinite_delivery"),
    ('E', "facilities_contract"),
    ('F', "order"),
    ('G', "boa"),
    ('H', "agreement"),
    ('K', "short_form_research"),
    ('L', "lease"),
    ('M', "purchase_order"),
    ('N', "notice_of_intent"),
    ('P', "purchase_order"),
    ('Q', "rfq"),
    ('R', "rfp"),
    ('S', "sales_or_baa"),
    ('T', "rfq"),
    // DoD: other transaction agreements (prototype and production OTs).
    ('9', "other_transaction"),
];

/// The name of instrument letter `letter`, if FAR or DFARS assigns one.
pub fn instrument_name(letter: char) -> Option<&'static str> {
    INSTRUMENTS
        .iter()
        .find(|(l, _)| *l == letter)
        .map(|(_, name)| *name)
}

/// Whether `c` is a hyphen or dash that may separate the parts of a displayed identifier.
pub fn is_hyphen(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}'
    )
}

/// Parses an identifier as written; `None` when it is not a plausible contract identifier.
pub fn parse(written: &str) -> Option<Piid> {
    let groups: Vec<&str> = written
        .split(is_hyphen)
        .map(|g| g.trim_start_matches(' '))
        .collect();
    if groups.iter().any(|g| {
        g.is_empty()
            || !g
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    }) {
        return None;
    }
    match groups.as_slice() {
        [one] => parse_flat(one),
        [gs, schedule, serial] if *gs == "GS" => gsa(schedule, serial),
        [gs, number, letter, serial] if *gs == "GS" => gsa(&format!("{number}{letter}"), serial),
        [aac, fy, letter, serial] => uniform(aac, fy, letter, serial, None, true),
        [aac, fy, letter, serial, order] if order.len() == 4 => {
            uniform(aac, fy, letter, serial, Some(order), true)
        }
        [nas, serial] => old_nasa(nas, serial),
        [de, office, site] if *de == "DE" => old_doe(office, site),
        _ => None,
    }
}

/// A flat (undashed) identifier or a modification number.
fn parse_flat(s: &str) -> Option<Piid> {
    let n = s.len();
    if n == 6 && (s.starts_with('P') || s.starts_with('A')) {
        return modification(s);
    }
    if (13..=17).contains(&n) {
        // Positions 7–8 are the fiscal year, 9 the instrument letter.
        let (aac, rest) = s.split_at(6);
        let (fy, rest) = rest.split_at(2);
        let (letter, serial) = rest.split_at(1);
        if let Some(p) = uniform(aac, fy, letter, serial, None, false) {
            return Some(p);
        }
    }
    if let Some(rest) = s.strip_prefix("GS")
        && n == 10
    {
        return gsa(&rest[..3], &rest[3..]);
    }
    if s.starts_with("NN") {
        return new_nasa(s);
    }
    if s.starts_with("HHSN") {
        return old_hhs(s);
    }
    None
}

/// The uniform PIID: office code, fiscal year, instrument letter, serial (and order number).
fn uniform(
    aac: &str,
    fy: &str,
    letter: &str,
    serial: &str,
    order: Option<&str>,
    displayed: bool,
) -> Option<Piid> {
    let letter = single_instrument(letter)?;
    if aac.len() != 6
        || fy.len() != 2
        || !fy.bytes().all(|b| b.is_ascii_digit())
        || !(4..=8).contains(&serial.len())
        || !serial.bytes().any(|b| b.is_ascii_digit())
    {
        return None;
    }
    let aac_has_letter = aac.bytes().any(|b| b.is_ascii_uppercase());
    let serial_all_digits = serial.bytes().all(|b| b.is_ascii_digit());
    // A flat token is only an identifier by its shape, so it must follow the rules closely:
    // a digit in the office code or an all-digit serial, and an instrument letter FAR or DFARS
    // assigns (never I or O). Displayed forms carry their structure in the hyphens and are
    // accepted as written (real announcements break the rules now and then).
    if !displayed
        && aac_has_letter
        && !aac.bytes().any(|b| b.is_ascii_digit())
        && !serial_all_digits
    {
        return None;
    }
    let instrument = instrument_name(letter);
    if !displayed && instrument.is_none() {
        return None;
    }
    // All-digit office codes are civilian (DOE `893033`, `892430`); such an identifier still
    // has letters elsewhere, or it is a phone or part number ("123456-78-9-1234").
    if !aac_has_letter && (letter == '9' || (displayed && serial_all_digits)) {
        return None;
    }
    let needs_context = !displayed && (!aac_has_letter || letter == '9');
    let fiscal_year = fy.parse::<u16>().ok().map(century)?;
    Some(Piid {
        kind: IdKind::Id,
        agency_code: Some(aac.to_string()),
        fiscal_year: Some(fiscal_year),
        instrument: if order.is_some() {
            Some("order")
        } else {
            instrument
        },
        serial: Some(order.unwrap_or(serial).to_string()),
        needs_context,
    })
}

/// GSA schedule contracts: `GS-35F-0119Y` (schedule `35F`, serial `0119Y`).
fn gsa(schedule: &str, serial: &str) -> Option<Piid> {
    let sb = schedule.as_bytes();
    let ok = sb.len() == 3
        && sb[0].is_ascii_digit()
        && sb[1].is_ascii_digit()
        && sb[2].is_ascii_uppercase()
        && (4..=6).contains(&serial.len())
        && serial.bytes().any(|b| b.is_ascii_digit());
    ok.then(|| Piid {
        kind: IdKind::Id,
        agency_code: Some("GS".to_string()),
        fiscal_year: None,
        instrument: Some("schedule_contract"),
        serial: Some(serial.to_string()),
        needs_context: false,
    })
}

/// Old NASA contracts: `NAS1-97031` (center 1, serial 97031).
fn old_nasa(prefix: &str, serial: &str) -> Option<Piid> {
    let center = prefix.strip_prefix("NAS")?;
    let ok = (1..=2).contains(&center.len())
        && center.bytes().all(|b| b.is_ascii_digit())
        && serial.len() == 5
        && serial.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| Piid {
        kind: IdKind::Id,
        agency_code: Some(prefix.to_string()),
        fiscal_year: None,
        instrument: Some("contract"),
        serial: Some(serial.to_string()),
        needs_context: false,
    })
}

/// NASA contracts of the 2000s: `NNX08AB12A` (center X, fiscal 2008, serial AB12, type A).
fn new_nasa(s: &str) -> Option<Piid> {
    let b = s.as_bytes();
    let n = b.len();
    let ok = (10..=11).contains(&n)
        && b[2].is_ascii_uppercase()
        && b[3].is_ascii_digit()
        && b[4].is_ascii_digit()
        && b[5].is_ascii_uppercase()
        && b[6].is_ascii_uppercase()
        && b[7..n - 1].iter().all(u8::is_ascii_digit)
        && b[n - 1].is_ascii_uppercase();
    ok.then(|| Piid {
        kind: IdKind::Id,
        agency_code: Some(s[..3].to_string()),
        fiscal_year: s[3..5].parse::<u16>().ok().map(century),
        instrument: Some("contract"),
        serial: Some(s[5..].to_string()),
        needs_context: false,
    })
}

/// Modification numbers: `P` (contracting office) or `A` (administration office), two
/// letters or digits, three digits.
fn modification(s: &str) -> Option<Piid> {
    let b = s.as_bytes();
    let ok = b.len() == 6
        && (b[0] == b'P' || b[0] == b'A')
        && b[1..3].iter().all(|c| c.is_ascii_alphanumeric())
        && b[3..].iter().all(u8::is_ascii_digit);
    ok.then(|| Piid {
        kind: IdKind::Modification,
        agency_code: None,
        fiscal_year: None,
        instrument: Some(if b[0] == b'P' {
            "modification"
        } else {
            "administrative_modification"
        }),
        serial: Some(s[1..].to_string()),
        needs_context: false,
    })
}

/// Old DOE contracts: `DE-AC09-08SR22470` (award type AC, office 09, fiscal 2008, site SR,
/// serial 22470).
fn old_doe(office: &str, site: &str) -> Option<Piid> {
    let o = office.as_bytes();
    let t = site.as_bytes();
    let ok = o.len() == 4
        && o[..2].iter().all(u8::is_ascii_uppercase)
        && o[2..].iter().all(u8::is_ascii_digit)
        && t.len() == 9
        && t[..2].iter().all(u8::is_ascii_digit)
        && t[2..4].iter().all(u8::is_ascii_uppercase)
        && t[4..].iter().all(u8::is_ascii_digit);
    ok.then(|| Piid {
        kind: IdKind::Id,
        agency_code: Some(format!("DE-{office}")),
        fiscal_year: site[..2].parse::<u16>().ok().map(century),
        instrument: Some("contract"),
        serial: Some(site[2..].to_string()),
        needs_context: false,
    })
}

/// NIH/HHS contracts of the 2000s and 2010s: `HHSN261201500003I` (office 261, fiscal 2015,
/// serial 00003, type letter I for an indefinite-delivery contract).
fn old_hhs(s: &str) -> Option<Piid> {
    let b = s.as_bytes();
    let ok = b.len() == 17
        && b[4..16].iter().all(u8::is_ascii_digit)
        && b[16].is_ascii_uppercase()
        && matches!(&s[7..9], "19" | "20");
    ok.then(|| Piid {
        kind: IdKind::Id,
        agency_code: Some(s[..7].to_string()),
        fiscal_year: s[7..11].parse::<u16>().ok(),
        instrument: Some("contract"),
        serial: Some(s[11..].to_string()),
        needs_context: false,
    })
}

/// The instrument character: one letter, or the `9` of an other transaction agreement.
fn single_instrument(s: &str) -> Option<char> {
    let mut chars = s.chars();
    let c = chars.next()?;
    (chars.next().is_none() && (c.is_ascii_uppercase() || c == '9')).then_some(c)
}

/// Two fiscal-year digits as a year: `17` → 2017, `97` → 1997 (PIIDs started in the 1970s).
fn century(yy: u16) -> u16 {
    if yy < 70 { 2000 + yy } else { 1900 + yy }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Expected = (
        &'static str,
        Option<(
            IdKind,
            Option<&'static str>,
            Option<u16>,
            Option<&'static str>,
            Option<&'static str>,
        )>,
    );

    const C: IdKind = IdKind::Id;
    const M: IdKind = IdKind::Modification;

    #[test]
    fn table() {
        let cases: &[Expected] = &[
            (
                "N00019-21-C-0010",
                Some((
                    C,
                    Some("N00019"),
                    Some(2021),
                    Some("contract"),
                    Some("0010"),
                )),
            ),
            (
                "N0001921C0010",
                Some((
                    C,
                    Some("N00019"),
                    Some(2021),
                    Some("contract"),
                    Some("0010"),
                )),
            ),
            (
                "FA6643\u{2010}18\u{2010}D\u{2010} 0004",
                Some((
                    C,
                    Some("FA6643"),
                    Some(2018),
                    Some("indefinite_delivery"),
                    Some("0004"),
                )),
            ),
            (
                "N00189-19-D-Z006",
                Some((
                    C,
                    Some("N00189"),
                    Some(2019),
                    Some("indefinite_delivery"),
                    Some("Z006"),
                )),
            ),
            (
                "N00164-12-G-JQ66",
                Some((C, Some("N00164"), Some(2012), Some("boa"), Some("JQ66"))),
            ),
            (
                "SPM7LX-09-R-0057",
                Some((C, Some("SPM7LX"), Some(2009), Some("rfp"), Some("0057"))),
            ),
            (
                "SPMELX-16-D-0009",
                Some((
                    C,
                    Some("SPMELX"),
                    Some(2016),
                    Some("indefinite_delivery"),
                    Some("0009"),
                )),
            ),
            (
                "70CDCR21C00000001",
                Some((
                    C,
                    Some("70CDCR"),
                    Some(2021),
                    Some("contract"),
                    Some("00000001"),
                )),
            ),
            (
                "47QTCA20D00AB",
                Some((
                    C,
                    Some("47QTCA"),
                    Some(2020),
                    Some("indefinite_delivery"),
                    Some("00AB"),
                )),
            ),
            (
                "47QTCA21A0011",
                Some((C, Some("47QTCA"), Some(2021), Some("bpa"), Some("0011"))),
            ),
            (
                "80NSSC19C0332",
                Some((
                    C,
                    Some("80NSSC"),
                    Some(2019),
                    Some("contract"),
                    Some("0332"),
                )),
            ),
            (
                "36C10X20R0047",
                Some((C, Some("36C10X"), Some(2020), Some("rfp"), Some("0047"))),
            ),
            (
                "HSCETC-17-C-00001",
                Some((
                    C,
                    Some("HSCETC"),
                    Some(2017),
                    Some("contract"),
                    Some("00001"),
                )),
            ),
            (
                "HSCETC14C00002",
                Some((
                    C,
                    Some("HSCETC"),
                    Some(2014),
                    Some("contract"),
                    Some("00002"),
                )),
            ),
            (
                "DTFAWA17D00013",
                Some((
                    C,
                    Some("DTFAWA"),
                    Some(2017),
                    Some("indefinite_delivery"),
                    Some("00013"),
                )),
            ),
            (
                "F3365701C0022",
                Some((
                    C,
                    Some("F33657"),
                    Some(2001),
                    Some("contract"),
                    Some("0022"),
                )),
            ),
            (
                "FA8106-10-D-0001-0035",
                Some((C, Some("FA8106"), Some(2010), Some("order"), Some("0035"))),
            ),
            (
                "GS-35F-0119Y",
                Some((
                    C,
                    Some("GS"),
                    None,
                    Some("schedule_contract"),
                    Some("0119Y"),
                )),
            ),
            (
                "GS07F0256N",
                Some((
                    C,
                    Some("GS"),
                    None,
                    Some("schedule_contract"),
                    Some("0256N"),
                )),
            ),
            (
                "GS-36-F-GA001",
                Some((
                    C,
                    Some("GS"),
                    None,
                    Some("schedule_contract"),
                    Some("GA001"),
                )),
            ),
            (
                "NAS1-97031",
                Some((C, Some("NAS1"), None, Some("contract"), Some("97031"))),
            ),
            (
                "NNX08AB12A",
                Some((C, Some("NNX"), Some(2008), Some("contract"), Some("AB12A"))),
            ),
            (
                "P00012",
                Some((M, None, None, Some("modification"), Some("00012"))),
            ),
            (
                "A00005",
                Some((
                    M,
                    None,
                    None,
                    Some("administrative_modification"),
                    Some("00005"),
                )),
            ),
            (
                "PZ0001",
                Some((M, None, None, Some("modification"), Some("Z0001"))),
            ),
            // Lookalikes.
            ("C13-016", None),
            ("52.217-8", None),
            ("DL13276", None),
            ("B-419256", None),
            ("703-555-0176", None),
            ("5820-01-451-8250", None),
            ("AN/PRC-152A", None),
            ("10-K", None),
            ("ABCDEFGHIJKLM", None),
            ("1234567890123", None),
            ("N0001921I0010", None),
            ("P0001A", None),
            ("NAS1-9703", None),
            // Civilian and newer shapes.
            (
                "89303324DEM000041",
                Some((
                    C,
                    Some("893033"),
                    Some(2024),
                    Some("indefinite_delivery"),
                    Some("EM000041"),
                )),
            ),
            (
                "70RSAT22C00000012",
                Some((
                    C,
                    Some("70RSAT"),
                    Some(2022),
                    Some("contract"),
                    Some("00000012"),
                )),
            ),
            (
                "75N91021D00015",
                Some((
                    C,
                    Some("75N910"),
                    Some(2021),
                    Some("indefinite_delivery"),
                    Some("00015"),
                )),
            ),
            (
                "140D0421F0123",
                Some((C, Some("140D04"), Some(2021), Some("order"), Some("0123"))),
            ),
            (
                "W15QKN-24-9-1011",
                Some((
                    C,
                    Some("W15QKN"),
                    Some(2024),
                    Some("other_transaction"),
                    Some("1011"),
                )),
            ),
            (
                "DE-AC09-08SR22470",
                Some((
                    C,
                    Some("DE-AC09"),
                    Some(2008),
                    Some("contract"),
                    Some("SR22470"),
                )),
            ),
            (
                "HHSN261201500003I",
                Some((
                    C,
                    Some("HHSN261"),
                    Some(2015),
                    Some("contract"),
                    Some("00003I"),
                )),
            ),
            ("123456-78-9-1234", None),
            ("893033-24-D-0041", None),
            ("HHSN2612015000031", None),
        ];
        for (text, want) in cases {
            let got = parse(text).map(|p| {
                (
                    p.kind,
                    p.agency_code.clone(),
                    p.fiscal_year,
                    p.instrument,
                    p.serial.clone(),
                )
            });
            let want =
                want.map(|(k, a, y, i, s)| (k, a.map(str::to_string), y, i, s.map(str::to_string)));
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn shapes_other_codes_share_need_context() {
        let weak = |t: &str| parse(t).map(|p| p.needs_context);
        // An all-digit office code or a `9` instrument in a flat token: also what part numbers
        // look like.
        assert_eq!(weak("89303324DEM000041"), Some(true));
        assert_eq!(weak("W15QKN2491011"), Some(true));
        // Displayed, or with a lettered office code: the shape is enough.
        assert_eq!(weak("W15QKN-24-9-1011"), Some(false));
        assert_eq!(weak("75N91021D00015"), Some(false));
        assert_eq!(weak("N0001921C0010"), Some(false));
    }
}
