//! The parties of a contract event, read from the structure of the sentence: the vendors listed
//! before "was awarded" in a DoD announcement ("Weeks Marine, Inc., Covington Park, Louisiana,"),
//! the agency that is "the contracting activity", the subject of "has awarded", the names after
//! "to", "with", "by", "went to", "The winners are".
//!
//! Names are runs of capitalised words; a place ("Louisiana", "Va.", "Italy") ends a vendor's
//! name in a "Name, City, State" list. Places and agencies come from the gazetteers in `data/`.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::pattern::Regex;

use super::cues::re;
use crate::segment::ByteSpan;

const US_STATES: &str = include_str!("../../../../data/us_states.tsv");
const COUNTRIES: &str = include_str!("../../../../data/countries.tsv");
const US_AGENCIES: &str = include_str!("../../../../data/us_agencies.tsv");

/// Rows of a gazetteer TSV: comment lines skipped, cells split on tabs.
fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

/// USPS state codes ("VA"), matched as written: lower-cased they are English words.
static POSTAL_CODES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| rows(US_STATES).filter_map(|r| r.get(1).copied()).collect());

/// State, territory and country names and abbreviations, lower-cased.
static PLACES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let mut set = HashSet::new();
    for row in rows(US_STATES) {
        for (i, cell) in row.iter().enumerate() {
            // name, postal code, AP abbreviation, kind, capital, other forms
            if (1..=4).contains(&i) && i != 2 {
                continue;
            }
            for form in cell.split('|').filter(|f| !f.is_empty()) {
                set.insert(form.to_lowercase());
            }
        }
    }
    for row in rows(COUNTRIES) {
        for cell in row
            .iter()
            .take(4)
            .enumerate()
            .filter(|(i, _)| *i != 1 && *i != 2)
        {
            for form in cell.1.split('|').filter(|f| f.len() > 2) {
                set.insert(form.to_lowercase());
            }
        }
    }
    for extra in [
        "d.c.",
        "district of columbia",
        "washington, d.c.",
        "kingdom of bahrain",
    ] {
        set.insert(extra.to_string());
    }
    set
});

/// Nationality adjectives ("Russian manufacturer Sukhoi"): a name only with a capitalised
/// word after them ("Russian Railways").
static DEMONYMS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    rows(COUNTRIES)
        .filter_map(|r| r.get(4).copied())
        .flat_map(|cell| cell.split('|'))
        .filter(|d| !d.is_empty())
        .map(str::to_lowercase)
        .collect()
});

/// Agency names and other names (lower-cased), and acronyms (as written).
static AGENCIES: LazyLock<(HashSet<String>, HashSet<&'static str>)> = LazyLock::new(|| {
    let mut names = HashSet::new();
    let mut acronyms = HashSet::new();
    for row in rows(US_AGENCIES) {
        if let Some(name) = row.first() {
            names.insert(normalize_org(name));
            // "Department of Veterans Affairs" is also "Veterans Affairs" in news copy (a
            // one-word rest such as "Energy" or "State" is too common a word to stand alone).
            if let Some(rest) = name.strip_prefix("Department of ")
                && rest.contains(' ')
            {
                names.insert(normalize_org(rest));
            }
        }
        if let Some(cell) = row.get(1) {
            acronyms.extend(cell.split('|').filter(|a| a.len() >= 2));
        }
        if let Some(cell) = row.get(2) {
            names.extend(cell.split('|').filter(|a| !a.is_empty()).map(normalize_org));
        }
    }
    (names, acronyms)
});

/// Single words that stand for a department as a whole name ("Defence said", "Defence expects
/// to choose …" in Australian and British news); as a last word they do not ("Rheinwerk
/// Defence").
const BARE_AGENCY_WORDS: &[&str] = &["Defence"];

/// Last words that make a name an agency's ("… Command", "… Agency", "Navy").
const AGENCY_HEADS: &[&str] = &[
    "agency",
    "administration",
    "command",
    "department",
    "office",
    "bureau",
    "laboratory",
    "army",
    "navy",
    "force",
    "corps",
    "guard",
    "activity",
    "directorate",
    "pentagon",
    "commission",
    "nasa",
    "enforcement",
    "protection",
    "engineers",
    "center",
    "centers",
    "service",
    "organization",
    // Local and state buyers: "City Council", "Transit Board", "Port Authority".
    "council",
    "board",
    "authority",
    "district",
    "ministry",
    // "Harbors Division", "the Purchasing Division": a state's or a city's unit.
    "division",
];

/// Tribunals that decide protests: never the buyer.
const FORUMS: &[&str] = &[
    "government accountability office",
    "gao",
    "court of federal claims",
    "u.s. court of federal claims",
];

/// Legal-form suffixes that end a company name.
const LEGAL_SUFFIXES: &[&str] = &[
    "inc.",
    "inc",
    "corp.",
    "corp",
    "co.",
    "llc",
    "llp",
    "ltd.",
    "ltd",
    "l.p.",
    "lp",
    "plc",
    "jv",
    "j/v",
    "corporation",
    "company",
    "incorporated",
    "limited",
    "assoc.",
    "pbc",
    "n.a.",
    // Other countries' company forms: "Kessel Logistik GmbH", "Arvena Energy SA", "Tervia
    // Engineering Oy".
    "gmbh",
    "ag",
    "sa",
    "s.a.",
    "nv",
    "n.v.",
    "bv",
    "b.v.",
    "oy",
    "oyj",
    "ab",
    "asa",
    "spa",
    "s.p.a.",
    "srl",
    "s.r.l.",
    "sarl",
    "pty",
    "pte",
    "a/s",
    "se",
];

/// Lower-cased, without a leading "the", "U.S." or punctuation at the ends.
pub(super) fn normalize_org(name: &str) -> String {
    let mut s = name
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != ')');
    for prefix in ["the ", "The ", "THE "] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest;
        }
    }
    for prefix in ["U.S. ", "US "] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest;
        }
    }
    s.trim_end_matches([',', '.', ' ']).to_lowercase()
}

/// Whether `segment` (a comma-separated piece of a "Name, City, State" list) is a state,
/// territory or country.
pub(super) fn is_place(segment: &str) -> bool {
    let s = strip_parenthetical(segment.trim().trim_start_matches(['*', ' ']))
        .trim()
        .trim_end_matches(['*', ',', ' ']);
    if s.is_empty() {
        return false;
    }
    if POSTAL_CODES.contains(s) {
        return true;
    }
    let lower = s.to_lowercase();
    PLACES.contains(&lower) || PLACES.contains(lower.trim_end_matches('.'))
}

fn strip_parenthetical(s: &str) -> &str {
    match s.find(" (") {
        Some(i) if s.ends_with(')') => &s[..i],
        _ => s,
    }
}

/// Whether `name` reads as a government buyer.
pub(super) fn is_agency_like(name: &str) -> bool {
    let trimmed = name.trim();
    if trimmed.is_empty() || is_forum(trimmed) {
        return false;
    }
    let (names, acronyms) = &*AGENCIES;
    if acronyms.contains(trimmed)
        || names.contains(&normalize_org(trimmed))
        || BARE_AGENCY_WORDS.contains(&trimmed)
    {
        return true;
    }
    let lower = trimmed.to_lowercase();
    let last = lower
        .rsplit(|c: char| c.is_whitespace() || c == '-')
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric());
    if AGENCY_HEADS.contains(&last) && !ends_with_legal_suffix(trimmed) {
        return true;
    }
    // "Army Contracting Command–Redstone", "Fleet Logistics Center-Norfolk": a command and,
    // after a dash, the site it buys for.
    if let Some((command, site)) = trimmed.rsplit_once(['-', '\u{2013}'])
        && command.contains(' ')
        && is_site(site)
        && command
            .rsplit(' ')
            .next()
            .is_some_and(|w| AGENCY_HEADS.contains(&w.to_lowercase().as_str()))
    {
        return true;
    }
    // "Public Services and Procurement Canada", "Transport Canada", "Infrastructure Australia":
    // a department named by its portfolio and its country (not "Air Canada").
    let first = lower.split_whitespace().next().unwrap_or("");
    if COUNTRY_NAMED_DEPARTMENT_ENDS.contains(&last) && PORTFOLIO_WORDS.contains(&first) {
        return true;
    }
    // "Maharashtra Metro Rail Corporation Ltd", "Mumbai Port Trust": a public corporation,
    // named by the public service it runs, even with a legal suffix.
    if is_public_corporation(&lower) {
        return true;
    }
    // "Secretaria de Estado da Saúde", "Ministerio de Sanidad", "Ministère des Armées": a
    // ministry, secretariat or town hall named in Portuguese, Spanish, French or Italian, its
    // head first and a preposition after it.
    if let Some((head, rest)) = trimmed.split_once(' ')
        && FOREIGN_GOVERNMENT_HEADS
            .iter()
            .any(|h| head.eq_ignore_ascii_case(h))
        && rest
            .split_whitespace()
            .next()
            .is_some_and(|w| FOREIGN_OF.iter().any(|p| w.eq_ignore_ascii_case(p)))
    {
        return true;
    }
    // "Department of Transportation"; a state's or a city's: "Ohio Department of
    // Transportation", "New York State Department of Health". Every head holds " of " or
    // " for ", so a name with neither (most names) is settled by two scans instead of one per
    // head.
    if !lower.contains(" of ") && !lower.contains(" for ") {
        return false;
    }
    GOVERNMENT_OF.iter().any(|p| {
        lower.starts_with(p)
            || lower.match_indices(p).any(|(i, _)| {
                i > 1
                    && lower.as_bytes()[i - 1] == b' '
                    && lower[..i].split_whitespace().count() <= 3
                    && !lower[..i].contains(['\'', '\u{2019}'])
                    && !ends_with_legal_suffix(trimmed)
            })
    })
}

/// The site after a command's dash: one word ("Redstone") or up to three capitalized words
/// ("New Jersey", "San Diego").
fn is_site(site: &str) -> bool {
    !site.contains(' ')
        || site.split(' ').count() <= 3
            && site
                .split(' ')
                .all(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// Words of a public service in the name of a corporation that runs it.
const PUBLIC_SERVICE_WORDS: &[&str] = &[
    "metro",
    "metropolitan",
    "municipal",
    "transit",
    "highways",
    "port",
    "airports",
    "sewerage",
    "electricity",
];

/// Heads of a public corporation's name.
const PUBLIC_CORPORATION_HEADS: &[&str] = &["corporation", "board", "authority", "trust"];

/// Whether a lower-cased name is a public corporation's: a public-service word, then a
/// corporate head at the end, before any legal suffix ("delhi metro rail corporation ltd").
fn is_public_corporation(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let end = match words.last() {
        Some(w) if LEGAL_SUFFIXES.contains(w) => words.len() - 1,
        _ => words.len(),
    };
    let Some(head) = end.checked_sub(1).map(|k| words[k]) else {
        return false;
    };
    PUBLIC_CORPORATION_HEADS.contains(&head)
        && words[..end - 1]
            .iter()
            .any(|w| PUBLIC_SERVICE_WORDS.contains(w))
}

/// Heads of a government body's name, with the "of" that follows them.
/// Heads of government bodies in Portuguese, Spanish, French and Italian names, written first.
const FOREIGN_GOVERNMENT_HEADS: &[&str] = &[
    "secretaria",
    "secretaría",
    "secretariat",
    "ministério",
    "ministerio",
    "ministère",
    "ministero",
    "prefeitura",
    "ayuntamiento",
    "alcaldía",
    "consejería",
    "conselleria",
    "governo",
    "gobierno",
    "gouvernement",
    "departamento",
    "dirección",
    "direção",
    "comune",
    "mairie",
    "municipalidad",
];

/// The prepositions ("of", "of the") that follow such a head.
const FOREIGN_OF: &[&str] = &[
    "de", "da", "do", "das", "dos", "del", "des", "du", "della", "dello", "di", "of",
];

const GOVERNMENT_OF: &[&str] = &[
    // A state's department under another name: "Ohio Division of Public Health".
    "division of ",
    "department of ",
    "bureau of ",
    "office of ",
    "city of ",
    "county of ",
    "state of ",
    "town of ",
    "village of ",
    "commonwealth of ",
    "ministry of ",
    // "General Directorate for National Roads and Motorways", "Directorate of Public Works": a
    // directorate named by its remit.
    "directorate for ",
    "directorate of ",
    "directorate-general for ",
    "government of ",
    "province of ",
    "district of ",
    "borough of ",
    "municipality of ",
    "board of supervisors",
    "board of commissioners",
    "board of education",
    "board of aldermen",
    "board of selectmen",
    "board of trustees",
    "board of regents",
    // British and Commonwealth usage: "Department for Transport", "Transport for NSW".
    "department for ",
    "ministry for ",
    "office for ",
    "transport for ",
];

/// Whether `name` is in the agency list, as a name or an acronym ("Navy", "NASA").
pub(super) fn is_known_agency(name: &str) -> bool {
    let (names, acronyms) = &*AGENCIES;
    let trimmed = name.trim();
    acronyms.contains(trimmed) || names.contains(&normalize_org(trimmed))
}

/// The longest tail of the name at `span` that is a known agency ("BLN NAVY" → "NAVY"), else
/// the whole span.
pub(super) fn known_agency_tail(text: &str, span: ByteSpan) -> ByteSpan {
    let piece = &text[span.start..span.end];
    let mut at = 0;
    while at < piece.len() {
        if is_known_agency(&piece[at..]) {
            return ByteSpan::new(span.start + at, span.end);
        }
        match piece[at..].find(' ') {
            Some(i) => at += i + 1,
            None => break,
        }
    }
    span
}

/// Whether `name` is a tribunal that decides protests.
pub(super) fn is_forum(name: &str) -> bool {
    FORUMS.contains(&normalize_org(name).as_str())
}

pub(super) fn ends_with_legal_suffix(name: &str) -> bool {
    let last = name
        .trim_end_matches([',', ' ', '*'])
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .to_lowercase();
    LEGAL_SUFFIXES.contains(&last.as_str())
}

/// Trade words that end a firm's name and no person's ("Hartwell Roofing", "Delgado
/// Excavating"): a name of two words or more ending in one is a business.
const TRADE_WORDS: &[&str] = &[
    "roofing",
    "paving",
    "excavating",
    "excavation",
    "plumbing",
    "landscaping",
    "contracting",
    "contractors",
    "builders",
    "construction",
    "mechanical",
    "electric",
    "electrical",
    "engineering",
    "janitorial",
    "cleaning",
    "towing",
    "asphalt",
    "concrete",
    "demolition",
    "painting",
    "fencing",
];

pub(super) fn ends_with_trade_word(name: &str) -> bool {
    let mut words = name.trim_end_matches([',', ' ']).rsplit(' ');
    let last = words.next().unwrap_or("");
    words
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        && last.starts_with(|c: char| c.is_ascii_uppercase())
        && TRADE_WORDS.iter().any(|t| t.eq_ignore_ascii_case(last))
}

/// Words that start a sentence but no name: pronouns and sentence adverbs.
const NOT_NAMES: &[&str] = &[
    "it",
    "its",
    "they",
    "their",
    "we",
    "he",
    "she",
    "this",
    "that",
    "these",
    "those",
    "there",
    "officials",
    "a",
    "an",
    "in",
    "on",
    "at",
    "after",
    "before",
    "under",
    "with",
    "for",
    "as",
    "but",
    "and",
    "or",
    "if",
    "when",
    "while",
    "both",
    "each",
    "all",
    "some",
    "neither",
    "either",
    "work",
    "funds",
    "fiscal",
    "no",
    "among",
    "according",
    "contractor",
    "contractors",
    "however",
    "meanwhile",
    "also",
    "still",
    "yet",
    "instead",
    "today",
    "now",
    "last",
    "next",
    "more",
    "most",
    "such",
    "what",
    "where",
    "why",
    "how",
    "then",
    "thus",
    "so",
];

/// Words that start a name only when a capitalised word follows ("Four Points", but not "Four
/// of the 12 holders").
const NOT_NAMES_ALONE: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "rival",
    "losing", "several", "other", "new", "first", "winning",
];

/// Whether the word at `k` of `ws` can start a name.
fn starts_name(ws: &[Word<'_>], k: usize) -> bool {
    let Some(w) = ws.get(k) else {
        return false;
    };
    let core = w.text.trim_end_matches([',', ';', ':', '.']).to_lowercase();
    if !is_capitalized(w.text) || w.text.starts_with('(') || NOT_NAMES.contains(&core.as_str()) {
        return false;
    }
    if NOT_NAMES_ALONE.contains(&core.as_str()) || DEMONYMS.contains(&core) {
        return !w.text.ends_with(',') && ws.get(k + 1).is_some_and(|n| is_capitalized(n.text));
    }
    true
}

/// Words allowed inside a name between capitalised words.
const CONNECTORS: &[&str] = &[
    "of", "and", "&", "for", "de", "du", "la", "the", "on", "-", "–",
];

/// A word of `text` with its byte span.
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    start: usize,
    text: &'a str,
}

/// Words (whitespace-separated pieces) of `text[from..to]`, with absolute byte offsets.
fn words(text: &str, from: usize, to: usize) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    if from >= to {
        return out;
    }
    // A name is never this long; the bound keeps many look-ups in one huge sentence linear.
    let mut to = to.min(from + 1200);
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let slice = &text[from..to];
    let bytes = slice.as_bytes();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        // ASCII white space as `char::is_whitespace` has it, without decoding; other
        // characters decoded.
        let (space, len) = match bytes[i] {
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' => (true, 1),
            0..0x80 => (false, 1),
            _ => slice[i..]
                .chars()
                .next()
                .map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8())),
        };
        if space {
            if let Some(s) = start.take() {
                out.push(Word {
                    start: from + s,
                    text: &slice[s..i],
                });
            }
        } else if start.is_none() {
            start = Some(i);
        }
        i += len;
    }
    if let Some(s) = start {
        out.push(Word {
            start: from + s,
            text: &slice[s..],
        });
    }
    out
}

/// Function words that end a name even in capitals ("THE AWARD TO CONSTELLIS WAS FLAWED").
const CAPS_STOPS: &[&str] = &[
    "was",
    "is",
    "are",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "said",
    "says",
    "after",
    "before",
    "that",
    "which",
    "who",
    "to",
    "on",
    "in",
    "at",
    "by",
    "with",
    "from",
    "than",
    "as",
    "its",
    "their",
    "it",
    "a",
    "an",
    "canceled",
    "cancelled",
    "awarded",
    "won",
    "found",
];

fn is_capitalized(word: &str) -> bool {
    let core = word.trim_start_matches(['(', '“', '"', '‘', '\'']);
    let starts = core
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    if !starts {
        return false;
    }
    // In capitals every word looks like a name: function words still end one.
    let bare = core.trim_end_matches(|c: char| !c.is_alphanumeric());
    !(bare.len() > 1
        && bare.chars().all(|c| !c.is_lowercase())
        && CAPS_STOPS.contains(&bare.to_lowercase().as_str()))
}

/// The run of capitalised words that starts at the first word of `text[from..to]` (after a
/// leading article): a name, trimmed of trailing connectors and punctuation. Stops at a comma,
/// a parenthesis or a lower-case word. `None` for pronouns and non-names.
pub(super) fn leading_name(text: &str, from: usize, to: usize) -> Option<ByteSpan> {
    let ws = words(text, from, to);
    let mut i = 0;
    // "Separately, Kestrel Ridge Technologies Inc. said …": an introductory adverb.
    if ws.first().is_some_and(|w| is_introductory(w.text)) {
        i += 1;
    }
    while i < ws.len() && ["the", "The", "THE"].contains(&ws[i].text) {
        i += 1;
    }
    let first = ws.get(i)?;
    if !starts_name(&ws, i) {
        return None;
    }
    let mut end = first.start;
    let mut last_cap_end = first.start;
    for w in &ws[i..] {
        if w.text.starts_with('(') {
            break;
        }
        let word_core = w.text.trim_end_matches([',', ';', ':']);
        let stops_after = w.text.ends_with([',', ';', ':']) || w.text.ends_with(')');
        if is_capitalized(w.text) {
            end = w.start + word_core.len();
            last_cap_end = end;
        } else if CONNECTORS.contains(&word_core) {
            end = w.start + word_core.len();
        } else {
            break;
        }
        if stops_after {
            break;
        }
    }
    let _ = end;
    let span = ByteSpan::new(first.start, last_cap_end);
    trim_name(text, span)
}

/// Sentence adverbs that open a clause with a comma ("Separately,", "Meanwhile,").
const INTRODUCTORY: &[&str] = &[
    "meanwhile",
    "also",
    "however",
    "earlier",
    "later",
    "instead",
    "today",
    "yesterday",
    "now",
    "then",
    "still",
    "first",
    "second",
    "third",
    "finally",
    "last",
    "similarly",
    "likewise",
];

/// Whether `word` (with its comma) is an introductory adverb: a word of [`INTRODUCTORY`] or
/// any "-ly" adverb, followed by a comma.
fn is_introductory(word: &str) -> bool {
    let Some(bare) = word.strip_suffix(',') else {
        return false;
    };
    let lower = bare.to_lowercase();
    bare.chars().all(char::is_alphabetic)
        && (lower.ends_with("ly") || INTRODUCTORY.contains(&lower.as_str()))
}

/// The run of capitalised words that ends `text[from..to]` ("… contracts with ICE and with
/// U.S. Customs and Border Protection, or CBP" → the name before ", or CBP").
pub(super) fn trailing_name(text: &str, from: usize, to: usize) -> Option<ByteSpan> {
    let mut from = from.max(to.saturating_sub(1000));
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let ws = words(text, from, to);
    let mut k = ws.len();
    while k > 0 {
        let w = &ws[k - 1];
        let core = w.text.trim_end_matches([',', ';', ':']);
        if is_capitalized(core) || (CONNECTORS.contains(&core) && k < ws.len()) {
            k -= 1;
            if k > 0 && ws[k - 1].text.ends_with(',') {
                break;
            }
        } else {
            break;
        }
    }
    if k == ws.len() {
        return None;
    }
    // "X, or Y": Y is X's short form; the name is X.
    if k >= 2 && ws[k - 1].text == "or" && ws[k - 2].text.ends_with(',') {
        let inner_to = ws[k - 2].start + ws[k - 2].text.len() - 1;
        if let Some(x) = trailing_name(text, from, inner_to) {
            return Some(x);
        }
    }
    let start_word = ws[k..]
        .iter()
        .find(|w| is_capitalized(w.text) && !["The", "THE"].contains(&w.text))?;
    let last = ws.last()?;
    // `trim_name` drops a final period unless it ends an abbreviation ("Corp.").
    let end = last.start + last.text.trim_end_matches([',', ';', ':']).len();
    let span = ByteSpan::new(start_word.start, end);
    let bare = text[span.start..span.end]
        .trim_end_matches('.')
        .to_lowercase();
    if NOT_NAMES.contains(&bare.as_str()) {
        return None;
    }
    trim_name(text, span)
}

/// Trims a name span: asterisks, commas, quotes, possessives and trailing connectors; keeps the
/// final period of an abbreviation ("Inc.", "Co.").
pub(super) fn trim_name(text: &str, span: ByteSpan) -> Option<ByteSpan> {
    let mut s = span.start;
    let mut e = span.end.min(text.len());
    loop {
        let piece = &text[s..e];
        let trimmed_start =
            piece.trim_start_matches(|c: char| c.is_whitespace() || "*,“\"(‘".contains(c));
        s += piece.len() - trimmed_start.len();
        let piece = &text[s..e];
        let mut t = piece.trim_end_matches(|c: char| c.is_whitespace() || "*,”\";:)’'".contains(c));
        if let Some(x) = t.strip_suffix("’s").or_else(|| t.strip_suffix("'s")) {
            t = x;
        }
        if let Some(last) = t.rsplit(' ').next()
            && CONNECTORS.contains(&last)
            && t.len() > last.len()
        {
            t = t[..t.len() - last.len()].trim_end();
        }
        if t.ends_with('.') && !keeps_period(t) {
            t = &t[..t.len() - 1];
        }
        let new_e = s + t.len();
        if new_e == e {
            break;
        }
        e = new_e;
    }
    // Unbalanced parenthesis: "Peraton Inc. (formerly Harris Corp." → cut before it.
    let piece = &text[s..e];
    if piece.matches('(').count() > piece.matches(')').count()
        && let Some(i) = piece.rfind(" (")
    {
        e = s + i;
    }
    // "Orbital Forge Inc. of Colorado Springs": a company's name ends with its legal suffix.
    let piece = &text[s..e];
    if let Some(i) = piece
        .match_indices(" of ")
        .map(|(i, _)| i)
        .find(|&i| ends_with_legal_suffix(&piece[..i]))
    {
        e = s + i;
    }
    // "If GAO denies the protest, Trident …": a conjunction that opens a clause is no part of
    // a name.
    if let Some((first, rest)) = text[s..e].split_once(' ')
        && SUBORDINATORS.contains(&first)
    {
        s = e - rest.len();
    }
    // A name has letters ("with 4 offers" names nobody).
    (s < e && text[s..e].chars().any(char::is_alphabetic)).then(|| ByteSpan::new(s, e))
}

/// Countries whose departments are named "<portfolio> <country>".
const COUNTRY_NAMED_DEPARTMENT_ENDS: &[&str] = &["canada", "australia"];

/// First words of such names.
const PORTFOLIO_WORDS: &[&str] = &[
    "public",
    "transport",
    "health",
    "defence",
    "fisheries",
    "environment",
    "infrastructure",
    "parks",
    "statistics",
    "justice",
    "finance",
    "agriculture",
    "indigenous",
    "immigration",
    "employment",
    "veterans",
    "shared",
    "innovation",
    "global",
    "services",
    "housing",
];

/// Conjunctions that open a subordinate clause, capitalised at a sentence start.
const SUBORDINATORS: &[&str] = &[
    "If", "When", "Unless", "Although", "Though", "While", "Because", "Once", "Until", "Whether",
    "After", "Before", "Since",
];

fn keeps_period(name: &str) -> bool {
    let last = name
        .rsplit([' ', '-'])
        .next()
        .unwrap_or(name)
        .to_lowercase();
    // "Dunlin Engineering LLC." at a sentence end: these suffixes are written without a period.
    const NO_PERIOD: &[&str] = &[
        "llc.", "llp.", "lp.", "plc.", "gmbh.", "ag.", "sa.", "nv.", "bv.", "oy.", "ab.", "jv.",
    ];
    if NO_PERIOD.contains(&last.as_str()) {
        return false;
    }
    LEGAL_SUFFIXES.contains(&last.as_str()) || last.matches('.').count() >= 2 || last.len() <= 4
}

/// Phrases that end a vendor's name inside a "Name, City, State" item.
static NAME_CUT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r",?\s+doing business as\b|,?\s+d/b/a\b|\s+\((?:formerly|formally|previously|now)\b|,\s+an?\s+[a-z]",
    )
});

/// The vendors of a DoD-style subject: "A Inc., City, State (id); B Corp., City, State (id);
/// and C LLC, City, State (id)". `ids` are the spans of contract identifiers inside, which end
/// items when a list is separated by commas only.
pub(super) fn recipient_vendors(text: &str, subject: ByteSpan, ids: &[ByteSpan]) -> Vec<ByteSpan> {
    let mut items: Vec<ByteSpan> = Vec::new();
    let mut start = subject.start;
    let s = &text[subject.start..subject.end];
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let abs = subject.start + i;
        let split_here = bytes[i] == b';'
            || (bytes[i] == b')'
                && ids.iter().any(|id| {
                    id.end <= abs && id.start >= start && text[id.end..abs].trim().is_empty()
                }));
        if split_here {
            let end = if bytes[i] == b')' { abs + 1 } else { abs };
            items.push(ByteSpan::new(start, end));
            start = abs + 1;
        }
        i += 1;
    }
    items.push(ByteSpan::new(start, subject.end));
    let mut out = Vec::new();
    for item in items {
        let piece = &text[item.start..item.end];
        let lead = piece.len() - piece.trim_start_matches([',', ' ', ';']).len();
        let mut from = item.start + lead;
        for prefix in ["and ", "And "] {
            if text[from..item.end].starts_with(prefix) {
                from += prefix.len();
            }
        }
        // ("It was awarded by the command": a pronoun names no recipient.)
        if let Some(name) = name_before_location(text, ByteSpan::new(from, item.end))
            && !is_not_a_name(&text[name.start..name.end])
        {
            out.push(name);
        }
    }
    out
}

/// Whether a name is only one of the [`NOT_NAMES`], a pronoun most often ("It", "They").
fn is_not_a_name(name: &str) -> bool {
    let name = name.trim();
    NOT_NAMES.iter().any(|w| w.eq_ignore_ascii_case(name))
}

/// The name in "Name, City, State (id)": everything before the city of the first place.
pub(super) fn name_before_location(text: &str, item: ByteSpan) -> Option<ByteSpan> {
    // Drop a trailing parenthesised identifier.
    let mut end = item.end;
    let piece = text[item.start..end].trim_end_matches([',', ' ']);
    end = item.start + piece.len();
    if piece.ends_with(')')
        && let Some(open) = piece.rfind('(')
    {
        end = item.start + open;
    }
    let segments = comma_segments(text, ByteSpan::new(item.start, end));
    let first = *segments.first()?;
    let place = segments
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, seg)| is_place(&text[seg.start..seg.end]))
        .map(|(j, _)| j);
    let name_end = match place {
        Some(j) if j >= 2 => segments[j - 2].end,
        _ => first.end,
    };
    let mut span = ByteSpan::new(first.start, name_end);
    if let Some(m) = NAME_CUT.find(&text[span.start..span.end]) {
        span.end = span.start + m.start();
    }
    let name = trim_name(text, span)?;
    // "This requirement is being fulfilled …" is no name.
    let lower_words = text[name.start..name.end]
        .split_whitespace()
        .filter(|w| !is_capitalized(w) && !CONNECTORS.contains(&w.trim_end_matches(',')))
        .filter(|w| {
            !w.starts_with('*')
                && !LEGAL_SUFFIXES.contains(&w.trim_end_matches([',', '*']).to_lowercase().as_str())
        })
        .count();
    (lower_words == 0).then_some(name)
}

/// The comma-separated pieces of `span` (byte spans, untrimmed of inner spaces).
fn comma_segments(text: &str, span: ByteSpan) -> Vec<ByteSpan> {
    let mut out = Vec::new();
    let mut start = span.start;
    for (i, c) in text[span.start..span.end].char_indices() {
        if c == ',' {
            out.push(ByteSpan::new(start, span.start + i));
            start = span.start + i + 1;
        }
    }
    out.push(ByteSpan::new(start, span.end));
    out.retain(|s| !text[s.start..s.end].trim().is_empty());
    out
}

/// Separators between names in a list ("X, Y and Z", "X; and Y", "X, and possibly to Y").
static LIST_SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:\s*[,;]\s*|\s+)(?:(?:and|or|as well as)\s+)?(?:(?:possibly|perhaps|also|then)\s+)?(?:(?:to|with)\s+)?(?:one\s+to\s+)?",
    )
});

/// A list of names starting at `from` (up to `to`): each name a capitalised run, its
/// location ("of McLean, Va."), identifier "(…)" and appositive (", a small business…")
/// skipped. Stops at the first piece that is not a name.
pub(super) fn name_list(text: &str, from: usize, to: usize) -> Vec<ByteSpan> {
    let mut out = Vec::new();
    let mut pos = from;
    let mut semicolons = false;
    while pos < to && out.len() < 64 {
        let Some(name) = leading_company(text, pos, to) else {
            break;
        };
        out.push(name);
        pos = skip_attachments(text, name.end, to);
        pos = skip_city_state(text, pos, to);
        // "X; Northgate-Ridley JV, a joint venture of A and B; Sable Point Inc.": in a list split
        // by semicolons an appositive runs to the next semicolon.
        if semicolons && let Some(m) = SEMICOLON_APPOSITIVE.find(&text[pos..to]) {
            pos += m.end() - 1;
        }
        match LIST_SEPARATOR.find(&text[pos..to]) {
            // "of Herndon, Va. GSA’s center …": a period and a space end the list.
            Some(m) if m.as_str().trim().is_empty() && text[..pos].ends_with('.') => break,
            Some(m) if m.end() > 0 => {
                semicolons |= m.as_str().contains(';');
                pos += m.end();
            }
            _ => break,
        }
    }
    out
}

/// An appositive after a name of a list split by semicolons, up to the next one.
static SEMICOLON_APPOSITIVE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^,\s+(?:a|an|the)\s+[^;]{1,120};"));

/// Skips the ", City, State" (or ", State") that follows a name in a list ("to Peraton Inc.,
/// Herndon, Virginia, to provide …").
pub(super) fn skip_city_state(text: &str, pos: usize, to: usize) -> usize {
    // A city and a state fit in 80 bytes; looking no further keeps long lists linear.
    let rest = &text[pos..super::fields::floor_boundary(text, to.min(pos + 80))];
    let Some(body) = rest.strip_prefix(',') else {
        return pos;
    };
    let mut segments = body.splitn(3, ',');
    let Some(first) = segments.next() else {
        return pos;
    };
    let first_end = pos + 1 + first.len();
    let short_name = |seg: &str| {
        let words: Vec<&str> = seg.split_whitespace().collect();
        !words.is_empty() && words.len() <= 4 && words.iter().all(|w| is_capitalized(w))
    };
    if !short_name(first) {
        return pos;
    }
    if is_place(first.trim_end_matches('.')) {
        return first_end;
    }
    match segments.next() {
        Some(second) if short_name(second) && is_place(second.trim().trim_end_matches('.')) => {
            first_end + 1 + second.len()
        }
        _ => pos,
    }
}

/// Where the home town after a company name ends: `text[pos..]` opens with " of City, State"
/// (one to three capitalised words, then a state or country), as in "selected Vireo Space
/// Networks of Littleton, Colorado, to provide …". `None` when it does not.
pub(super) fn home_town_end(text: &str, pos: usize, to: usize) -> Option<usize> {
    let to = super::fields::floor_boundary(text, to.min(pos + 80));
    let rest = text.get(pos..to)?.strip_prefix(" of ")?;
    let (city, after) = rest.split_once(',')?;
    let city_words: Vec<&str> = city.split_whitespace().collect();
    if city_words.is_empty()
        || city_words.len() > 3
        || !city_words.iter().all(|w| is_capitalized(w))
        || is_place(city)
    {
        return None;
    }
    let state = after.split([',', ';']).next()?;
    let state_words = state.split_whitespace().count();
    if !(1..=3).contains(&state_words) || !is_place(state.trim_end_matches('.')) {
        return None;
    }
    Some(pos + " of ".len() + city.len() + 1 + state.len())
}

/// Whether `name` ends with a head that names what it is "of" ("Bank of Montana", "University
/// of Colorado", "Department of Energy": the first word of one of the gazetteer's leading
/// heads) or reads as a buyer: "of" goes on with its name.
fn takes_of(name: &str) -> bool {
    use crate::extract::entities::gazetteer as gz;
    let last = name
        .rsplit(' ')
        .next()
        .unwrap_or(name)
        .trim_end_matches('.');
    gz::LEXICON.word_flags(last) & gz::HEAD_START != 0 || is_agency_like(name)
}

/// A company name at `from`: a capitalised run that does not swallow "of City" after a legal
/// suffix, with ", Inc." joined. A leading "the" is skipped.
pub(super) fn leading_company(text: &str, from: usize, to: usize) -> Option<ByteSpan> {
    let mut ws = words(text, from, to);
    if ws.first().is_some_and(|w| is_introductory(w.text)) {
        ws.remove(0);
    }
    if ws.first().is_some_and(|w| w.text == "the") {
        ws.remove(0);
    }
    let from = ws.first().map_or(from, |w| w.start);
    let first = ws.first()?;
    if !starts_name(&ws, 0) {
        return None;
    }
    let mut end = first.start;
    let mut k = 0;
    while k < ws.len() {
        let w = ws[k];
        let core = w.text.trim_end_matches([',', ';', ':']);
        if w.text.starts_with('(') {
            break;
        }
        if is_capitalized(w.text) {
            end = w.start + core.len();
        } else if k > 0
            && NAME_PARTICLES.contains(&core)
            && !w.text.ends_with([',', ';', ':'])
            && ws.get(k + 1).is_some_and(|n| {
                is_capitalized(n.text)
                    || NAME_PARTICLES.contains(&n.text.trim_end_matches([',', ';', ':']))
            })
        {
            // "Van der Sluys Techniek B.V.", "Banco de Sabadell": a particle inside a name.
        } else if core == "of" || core == "&" || core == "and" || core == "for" {
            // "of" after a legal suffix introduces the location, and so does a second "of"
            // before a place ("National Academy of Science of Washington"); "and" separates
            // names.
            let prev_suffix = k > 0 && ends_with_legal_suffix(&text[from..end]);
            // "Vireo Space Networks of Littleton, Colorado": a name of two or more words and
            // "of City, State" after it is a firm and its home town.
            let home_town = core == "of"
                && k >= 2
                && text[from..end].split_whitespace().all(is_capitalized)
                && !takes_of(&text[from..end])
                && home_town_end(text, end, to).is_some();
            let second_of_place = core == "of"
                && text[from..end].contains(" of ")
                && ws
                    .get(k + 1)
                    .is_some_and(|n| is_place(n.text.trim_end_matches([',', '.'])));
            if core == "and" || prev_suffix || second_of_place || home_town {
                break;
            }
            let next_is_cap = ws.get(k + 1).is_some_and(|n| is_capitalized(n.text));
            if !next_is_cap {
                break;
            }
        } else {
            break;
        }
        if w.text.ends_with(',') {
            // ", Inc." and ", LLC" belong to the name.
            let next_suffix = ws.get(k + 1).is_some_and(|n| {
                LEGAL_SUFFIXES
                    .contains(&n.text.trim_end_matches([',', ';']).to_lowercase().as_str())
            });
            if next_suffix {
                k += 1;
                let n = ws[k];
                end = n.start + n.text.trim_end_matches([',', ';']).len();
                if n.text.ends_with([',', ';']) {
                    break;
                }
                k += 1;
                continue;
            }
            break;
        }
        if w.text.ends_with([';', ':']) {
            break;
        }
        k += 1;
    }
    trim_name(text, ByteSpan::new(first.start, end))
}

/// Lower-case particles of Dutch, German, French, Spanish and Italian names ("Van der Sluys",
/// "Banco de Sabadell"), read as part of a name between capitalised words.
const NAME_PARTICLES: &[&str] = &[
    "van", "der", "den", "de", "von", "da", "di", "du", "del", "della", "ter", "ten",
];

/// Skips what may follow a listed name: " of City, ST", " (id)", ", a …" appositives.
pub(super) fn skip_attachments(text: &str, mut pos: usize, to: usize) -> usize {
    static ATTACHMENT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?:\s+of\s+(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*)*(?:,\s*(?-i:[A-Z])[\w.]*\.?(?:\s(?-i:[A-Z])[\w.]*)?)?(?:\s*\([^)]{0,60}\))?|\s*\([^)]{0,60}\)|,?\s*\*)",
        )
    });
    loop {
        match ATTACHMENT.find(&text[pos..to]) {
            Some(m) if m.end() > 0 => {
                // "of Seattle, Brackwater Marine LLC": what follows the comma is the next name
                // unless it is a place ("of McLean, Va.").
                let found = m.as_str();
                let keep = match found.find(',') {
                    Some(c) if found.trim_start().starts_with("of ") => {
                        let rest = &found[c + 1..];
                        let after = rest.trim();
                        // "Va.", "B.C.": a state's abbreviation.
                        let abbreviation = |w: &str| {
                            w.len() <= 5
                                && w.ends_with('.')
                                && w.chars().next().is_some_and(char::is_uppercase)
                        };
                        let first = after.split_whitespace().next().unwrap_or("");
                        if is_place(after) || abbreviation(after) {
                            found.len()
                        } else if is_place(first) || abbreviation(first) {
                            // ", Va. GSA": the state, not the next sentence's subject.
                            c + 1 + (rest.len() - rest.trim_start().len()) + first.len()
                        } else {
                            c
                        }
                    }
                    _ => found.len(),
                };
                pos += keep;
                if keep < found.len() {
                    return pos;
                }
            }
            _ => return pos,
        }
    }
}

/// Strips temporal adverbs that follow a subject ("THE STATE DEPARTMENT ON FRIDAY", "GSA on
/// Thursday") from the end of `span`.
pub(super) fn strip_trailing_time(text: &str, span: ByteSpan) -> ByteSpan {
    static TIME: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\s+(?:on\s+)?(?:(?:last|this|next)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month)(?:\s+(?:night|morning|afternoon|evening))?\s*$",
        )
    });
    match TIME.find(&text[span.start..span.end]) {
        Some(m) => ByteSpan::new(span.start, span.start + m.start()),
        None => span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_directorate_or_division_is_an_agency() {
        assert!(is_agency_like("General Directorate for National Roads"));
        assert!(is_agency_like("Directorate of Public Works"));
        assert!(is_agency_like("Purchasing Division"));
        assert!(!is_agency_like("Directorate Partners LLC"));
    }

    #[test]
    fn a_command_and_its_site_after_a_dash_is_an_agency() {
        assert!(is_agency_like("Army Contracting Command–New Jersey"));
        assert!(is_agency_like("Fleet Logistics Center-San Diego"));
        assert!(!is_agency_like("Army Contracting Command–approved vendor"));
    }

    #[test]
    fn a_pronoun_is_no_recipient() {
        let text = "It was awarded by the command.";
        assert!(recipient_vendors(text, ByteSpan::new(0, 2), &[]).is_empty());
    }

    #[test]
    fn every_government_head_passes_the_of_or_for_gate() {
        // `is_agency_like` skips the heads of a name without " of " or " for ".
        for head in GOVERNMENT_OF {
            let name = format!("the {head}x");
            assert!(
                name.contains(" of ") || name.contains(" for "),
                "{head:?} escapes the gate"
            );
        }
        assert!(is_agency_like("Secretaria de Estado da Saúde"));
        assert!(is_agency_like("Ministerio de Defensa"));
        assert!(is_agency_like("Ministère des Armées"));
        assert!(!is_agency_like("Dirección General"));
        assert!(!is_agency_like("Secretaria Partners"));
        assert!(is_agency_like("Ohio Department of Transportation"));
        assert!(is_agency_like("Department for Transport"));
        assert!(is_agency_like("Marin County Board of Supervisors"));
        assert!(!is_agency_like("Acme Widgets"));
    }

    #[test]
    fn heads_that_take_of_come_from_the_gazetteer() {
        for name in [
            "First Bank",
            "Western State University",
            "Orange County",
            "the Port",
        ] {
            assert!(takes_of(name), "{name}");
        }
        for name in [
            "Vireo Space Networks",
            "Pinegate Aerial Mapping",
            "Harlow Data",
        ] {
            assert!(!takes_of(name), "{name}");
        }
        let text = "Vireo Space Networks of Littleton, Colorado, to provide relay services";
        assert_eq!(
            home_town_end(text, "Vireo Space Networks".len(), text.len()),
            Some("Vireo Space Networks of Littleton, Colorado".len())
        );
    }

    fn texts(text: &str, spans: &[ByteSpan]) -> Vec<String> {
        spans
            .iter()
            .map(|s| text[s.start..s.end].to_string())
            .collect()
    }

    #[test]
    fn dod_subjects() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Weeks Marine, Inc., Covington Park, Louisiana, ",
                &["Weeks Marine, Inc."],
            ),
            ("Raytheon Co., Huntsville, Alabama ", &["Raytheon Co."]),
            (
                "United Technologies Corp., Pratt & Whitney, Military Engines, East Hartford, Connecticut, ",
                &["United Technologies Corp., Pratt & Whitney, Military Engines"],
            ),
            (
                "Qwest Government Solutions Inc., doing business as CenturyLink QGS, Herndon, Virginia, ",
                &["Qwest Government Solutions Inc."],
            ),
            (
                "The Johns Hopkins University Applied Physics Laboratory LLC, a not-for-profit university affiliated research center, Laurel, Maryland, ",
                &["The Johns Hopkins University Applied Physics Laboratory LLC"],
            ),
            (
                "Landscape Management Systems Inc.,* Tumon, Guam, ",
                &["Landscape Management Systems Inc."],
            ),
        ];
        for (subject, want) in cases {
            let got = recipient_vendors(subject, ByteSpan::new(0, subject.len()), &[]);
            assert_eq!(texts(subject, &got), want.to_vec(), "{subject}");
        }
        let list = "Mathews Assoc. Inc.,* Sanford, Florida, (SPMELX-16-D-0009), and Bren-Tronics, Inc.,* Commack, New York, (SPMELX-16-D-0010), ";
        let ids: Vec<ByteSpan> = ["SPMELX-16-D-0009", "SPMELX-16-D-0010"]
            .iter()
            .map(|id| {
                let s = list.find(id).unwrap();
                ByteSpan::new(s, s + id.len())
            })
            .collect();
        let got = recipient_vendors(list, ByteSpan::new(0, list.len()), &ids);
        assert_eq!(
            texts(list, &got),
            vec!["Mathews Assoc. Inc.", "Bren-Tronics, Inc."]
        );
        let semi = "Peraton Inc. (formerly Harris Corp.),* Herndon, Virginia (HC1047-18-D-2006); KeyW Corp.,* Hanover, Maryland (HC1047-18-D-2008)";
        let got = recipient_vendors(semi, ByteSpan::new(0, semi.len()), &[]);
        assert_eq!(texts(semi, &got), vec!["Peraton Inc.", "KeyW Corp."]);
    }

    #[test]
    fn prose_lists() {
        // A city, then the next company (not a state); a state abbreviation, then the next
        // sentence.
        let t = "Saltmarsh Autonomy Inc. of Seattle, Brackwater Marine LLC of Gulfport, Mississippi, and Keel Shipbuilding Inc. will compete";
        assert_eq!(
            texts(t, &name_list(t, 0, t.len())),
            vec![
                "Saltmarsh Autonomy Inc.",
                "Brackwater Marine LLC",
                "Keel Shipbuilding Inc."
            ]
        );
        let t = "Peraton Inc. of Herndon, Va. GSA’s Federal Systems Integration and Management Center awarded";
        assert_eq!(texts(t, &name_list(t, 0, t.len())), vec!["Peraton Inc."]);
        // Companies of other countries, the first with its city.
        let t = "Norlund Werft GmbH of Kiel and Barrosa Naval SA ";
        assert_eq!(
            texts(t, &name_list(t, 0, t.len())),
            vec!["Norlund Werft GmbH", "Barrosa Naval SA"]
        );
        let t = "Booz Allen Hamilton Inc. of McLean, Va. (HC1047-21-D-0003); Leidos Inc. of Reston, Va. (HC1047-21-D-0004); and Iron Bow Technologies LLC of Chantilly, Va. (HC1047-21-D-0008).";
        assert_eq!(
            texts(t, &name_list(t, 0, t.len())),
            vec![
                "Booz Allen Hamilton Inc.",
                "Leidos Inc.",
                "Iron Bow Technologies LLC"
            ]
        );
        let t = "Microsoft Corp. and Amazon.com Inc., and possibly to Google and Oracle Corp., by next year.";
        assert_eq!(
            texts(t, &name_list(t, 0, t.len())),
            vec![
                "Microsoft Corp.",
                "Amazon.com Inc.",
                "Google",
                "Oracle Corp."
            ]
        );
        let t = "Accenture Federal Services LLC (BPA 47QTCA21A0011), Deloitte Consulting LLP (47QTCA21A0012) and Four Points Technology LLC (47QTCA21A0013), a service-disabled business.";
        assert_eq!(
            texts(t, &name_list(t, 0, t.len())),
            vec![
                "Accenture Federal Services LLC",
                "Deloitte Consulting LLP",
                "Four Points Technology LLC"
            ]
        );
    }

    #[test]
    fn subjects_and_agencies() {
        let t = "THE STATE DEPARTMENT ON FRIDAY ";
        let s = leading_name(t, 0, t.len()).unwrap();
        let s = strip_trailing_time(t, s);
        assert_eq!(&t[s.start..s.end], "STATE DEPARTMENT");
        let t = "ICE officials system to release";
        let s = leading_name(t, 0, t.len()).unwrap();
        assert_eq!(&t[s.start..s.end], "ICE");
        let t = "The Defense Information Systems Agency (DISA) ";
        let s = leading_name(t, 0, t.len()).unwrap();
        assert_eq!(&t[s.start..s.end], "Defense Information Systems Agency");
        let t = "contracts with ICE and with U.S. Customs and Border Protection, or CBP";
        let s = trailing_name(t, 0, t.len()).unwrap();
        assert_eq!(&t[s.start..s.end], "U.S. Customs and Border Protection");
        assert!(is_agency_like("ICE"));
        assert!(is_agency_like("STATE DEPARTMENT"));
        assert!(is_agency_like("Naval Sea Systems Command"));
        assert!(is_agency_like("Pentagon"));
        assert!(is_agency_like("Defence"));
        assert!(!is_agency_like("Rheinwerk Defence"));
        assert!(!is_agency_like("Boeing Co."));
        assert!(!is_agency_like("GAO"));
        assert!(is_place("Louisiana"));
        assert!(is_place(" Va."));
        assert!(is_place("Italy"));
        assert!(!is_place("Covington Park"));
    }
}
