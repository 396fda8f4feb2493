//! Candidate finding: runs of capitalised words, cut into name-sized pieces.
//!
//! A run is a stretch of capitalised words ("U.S. Customs and Border Protection"), joined
//! across initials' and abbreviations' periods, "&", name particles ("de", "van") and the
//! connectors "of", "and", "for", "on". The run is then cut:
//! - at a connector, unless the lists know the whole phrase or a head word asks for it
//!   ("Department of …", "Center for …", "Customs and Border Protection"): "Jim Risch of Idaho"
//!   is two names;
//! - after a person title, which is dropped ("Chief Executive Officer Satya Nadella",
//!   "Microsoft CEO Satya Nadella" → "Microsoft" + "Satya Nadella");
//! - before a possessive, and at a hyphen whose tail is lower case ("Trump-era" → "Trump");
//! - at ordinary words that start a sentence ("Some Amazon staff" → "Amazon").
//!
//! Runs never cross a line break, and are cut every [`MAX_RUN`] tokens, so that a page of
//! capitals or "A. A. A." costs linear time. Lines written in capitals or in title case
//! (headlines) are left to the look-up pass in `mod.rs`: capitals there say nothing.

use super::LexedText;
use super::gazetteer::{self as gz, Entry};
use super::tokens::{self as tk, Kind};
use crate::segment::ByteSpan;

/// Longest run, in tokens, before it is cut.
pub const MAX_RUN: usize = 48;

/// Lexicon flags that make a phrase a name by themselves.
pub const NAME_KINDS: u64 = gz::COMPANY
    | gz::COMPANY_SHORT
    | gz::AGENCY
    | gz::AGENCY_ACRONYM
    | gz::COUNTRY
    | gz::DEMONYM
    | gz::STATE
    | gz::STATE_ABBR
    | gz::CITY
    | gz::MISC_GROUP
    | gz::LOC_REGION
    | gz::NEWS_ORG
    | gz::COMPANY_ACRONYM
    | gz::MISC_NAME;

/// Lexicon flags of places and peoples.
const PLACE_OR_PEOPLE: u64 = gz::COUNTRY
    | gz::STATE
    | gz::STATE_ABBR
    | gz::CITY
    | gz::LOC_REGION
    | gz::DEMONYM
    | gz::MISC_GROUP;

/// Lexicon flags of ordinary words: capitalised only because they start a sentence.
const ORDINARY: u64 =
    gz::COMMON | gz::ROLE | gz::SPEECH | gz::LOC_PREP | gz::ORG_NOUN | gz::LOC_NOUN | gz::MONTH_DAY;

/// How a person title stands before a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Title {
    /// No title.
    #[default]
    None,
    /// A title that is also an ordinary word ("General", "Chief").
    Weak,
    /// An unambiguous title ("Sen.", "Chief Executive Officer", "spokesman").
    Strong,
}

/// A lower-case tail hyphenated to the name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tail {
    /// None.
    #[default]
    None,
    /// "-based", "-headquartered": a place.
    Based,
    /// "-era": a person (or a period named after one).
    Era,
    /// "-winning": an award ("Oscar-winning").
    Winning,
    /// "-owned", "-backed", "-led", "-made", other tails.
    Other,
}

/// A name found in the text, before typing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    /// First token of the name.
    pub first: usize,
    /// Token after the last word of the name.
    pub end: usize,
    /// Byte span of the mention (an abbreviation's period included, a hyphen tail excluded).
    pub span: ByteSpan,
    /// What the lists say about exactly this phrase (empty entry if nothing).
    pub lexical: Entry,
    /// A person title stood before the name (cut from the run, or in the words before it).
    pub title: Title,
    /// A hyphenated lower-case tail.
    pub tail: Tail,
    /// The name starts a sentence or a line, where capitals are no evidence.
    pub initial: bool,
}

impl Candidate {
    /// Number of word tokens in the name.
    pub fn words(&self, lt: &LexedText<'_>) -> usize {
        lt.tokens[self.first..self.end]
            .iter()
            .filter(|t| t.is_wordlike())
            .count()
    }
}

/// Whether token `i` can be part of a name (decided once per token, see [`can_be_name`]).
#[inline]
pub fn is_name_word(lt: &LexedText<'_>, i: usize) -> bool {
    lt.tokens[i].has(tk::NAME)
}

/// Whether token `i` can be part of a name: a capitalised word (or "iPhone"-shaped), not a
/// month, weekday or never-a-name word, not an identifier or a currency prefix.
pub fn can_be_name(lt: &LexedText<'_>, i: usize) -> bool {
    let t = &lt.tokens[i];
    if !t.is_wordlike() || !(t.has(tk::CAP) || t.has(tk::INNER_CAP)) {
        return false;
    }
    let f = lt.flags[i];
    if f & gz::NOT_NAME != 0 {
        return false;
    }
    if f & gz::MONTH_DAY != 0 {
        // "Theresa May", "April Ryan": a month that is a given name, next to a name.
        return f & gz::GIVEN != 0
            && (i > 0 && lt.flags[i - 1] & gz::GIVEN != 0 && is_cap_word(lt, i - 1));
    }
    // "#ReadTheLabel": a hashtag is a topic tag, not a name as written.
    if i > 0 && !t.has(tk::SPACE_BEFORE) && lt.tokens[i - 1].is_punct(lt.text, '#') {
        return false;
    }
    let w = t.text(lt.text);
    if t.has(tk::DIGIT) && (is_identifier(w) || t.kind == Kind::Number && is_quantity(w)) {
        return false;
    }
    // "CC0", "CC BY 4.0": a Creative Commons licence tag closing an article, not a name.
    if licence_tag(lt, i, w) {
        return false;
    }
    // "GWACs", "CEOs", "IPOs": a plural acronym is a common noun.
    if f & NAME_KINDS == 0 && is_plural_acronym(w) {
        return false;
    }
    // "UNLESS", "THE": an ordinary word in capitals, unless it sits among other capitals
    // ("NEW YORK —").
    if t.has(tk::UPPER) && f & gz::COMMON != 0 && f & NAME_KINDS == 0 && !t.has(tk::DOTTED) {
        let upper_at = |j: usize| {
            lt.tokens
                .get(j)
                .is_some_and(|u| u.kind == Kind::Word && u.has(tk::UPPER))
        };
        let next_upper = upper_at(i + 1) && !lt.tokens[i + 1].has(tk::NEWLINE_BEFORE);
        let prev_upper = i > 0 && upper_at(i - 1) && !t.has(tk::NEWLINE_BEFORE);
        if !next_upper && !prev_upper {
            return false;
        }
    }
    // "I've", "Don't": contractions.
    // (A byte test first: most words have no apostrophe, and the search decodes characters;
    // 0xE2 leads the UTF-8 of ’.)
    if w.bytes().any(|b| b == b'\'' || b == 0xE2)
        && let Some(k) = w.rfind(['\'', '\u{2019}'])
        && matches!(
            &w[k..]
                .trim_start_matches(['\'', '\u{2019}'])
                .to_ascii_lowercase()[..],
            "ve" | "ll" | "re" | "d" | "m" | "t"
        )
    {
        return false;
    }
    if t.has(tk::HYPHEN) && (t.has(tk::INNER_CAP) || hyphen_parts_are_dates(lt, w)) {
        // "mid-January", "January-March", "pre-COVID".
        return false;
    }
    // "C$1.2 billion", "HK$4.6": a currency prefix.
    if let Some(next) = lt.tokens.get(i + 1)
        && next.kind == Kind::Punct
        && !next.has(tk::SPACE_BEFORE)
        && matches!(next.text(lt.text), "$" | "€" | "£" | "¥")
    {
        return false;
    }
    // "2 p.m. Pacific": a time zone.
    if i >= 2
        && lt.tokens[i - 1].is_punct(lt.text, '.')
        && matches!(
            lt.tokens[i - 2].text(lt.text),
            "a.m" | "p.m" | "A.M" | "P.M"
        )
    {
        return false;
    }
    true
}

/// Whether word `i` (text `w`) is a Creative Commons licence tag: "CC0", or "CC" before "BY"
/// ("CC BY-SA 4.0", "CC-BY").
fn licence_tag(lt: &LexedText<'_>, i: usize, w: &str) -> bool {
    if w == "CC0" {
        return true;
    }
    if w == "CC-BY" || w.starts_with("CC-BY-") {
        return true;
    }
    w == "CC"
        && lt
            .tokens
            .get(i + 1)
            .is_some_and(|n| n.text(lt.text).starts_with("BY"))
}

/// Whether a word with digits is an identifier (a contract or docket number, "FY21"), not a
/// model name ("F-35C", "A380", "Alliant 2").
fn is_identifier(w: &str) -> bool {
    let digits = w.bytes().filter(u8::is_ascii_digit).count();
    if digits > 4 {
        return true;
    }
    // Letters and digits alternating often, with no separator: a code ("8RT41",
    // "HJ4KLMN5P7Q9"), not a model ("A380", "A400M", "A350s", "F-35C").
    if w.len() >= 5 && w.bytes().all(|b| b.is_ascii_alphanumeric()) {
        let groups = 1 + w
            .as_bytes()
            .windows(2)
            .filter(|p| p[0].is_ascii_digit() != p[1].is_ascii_digit())
            .count();
        if groups >= 4 || groups == 3 && w.as_bytes()[0].is_ascii_digit() {
            return true;
        }
    }
    let b = w.as_bytes();
    b.len() > 2
        && (b[0] == b'F' || b[0] == b'f')
        && (b[1] == b'Y' || b[1] == b'y')
        && b[2].is_ascii_digit()
}

/// Whether a word starting with a digit is a quantity ("38.6M", "1,800", "2.3bn"), not a
/// name ("3M", "7-Eleven").
fn is_quantity(w: &str) -> bool {
    w.bytes().any(|b| b == b'.' || b == b',')
}

/// Whether `w` is capitals and a plural "s" ("GWACs", "SUVs").
fn is_plural_acronym(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3 && b[b.len() - 1] == b's' && b[..b.len() - 1].iter().all(u8::is_ascii_uppercase)
}

/// Whether every hyphen-separated part of `w` is a month or weekday ("January-March").
fn hyphen_parts_are_dates(lt: &LexedText<'_>, w: &str) -> bool {
    w.split(['-', '\u{2010}', '\u{2011}'])
        .all(|p| lt.lex.word_flags(p) & gz::MONTH_DAY != 0)
}

fn is_cap_word(lt: &LexedText<'_>, i: usize) -> bool {
    lt.tokens[i].kind == Kind::Word && lt.tokens[i].has(tk::CAP)
}

/// Whether token `i` is on a line where capitals say nothing.
pub fn on_shouting_line(lt: &LexedText<'_>, i: usize) -> bool {
    lt.tokens[i].flags & (tk::CAPS_LINE | tk::TITLE_LINE) != 0
}

/// Abbreviations that keep their period, besides initials, titles, legal forms and state
/// abbreviations.
const PERIOD_WORDS: &[&str] = &["st", "ave", "rd", "blvd", "mt", "ft", "bros", "no"];

/// Whether a period right after word `i` belongs to it: an initial, dotted initials ("U.S."),
/// a short legal form or title ("Inc.", "Corp.", "Jr.", "Sen."), a state abbreviation ("Va."),
/// a street abbreviation ("St.").
pub fn takes_period(lt: &LexedText<'_>, i: usize) -> bool {
    let t = &lt.tokens[i];
    if t.kind != Kind::Word {
        return false;
    }
    if t.has(tk::LETTER) || dotted_initials(lt, i) {
        return true;
    }
    let w = t.text(lt.text);
    if w.chars().count() > 5 || t.has(tk::UPPER) {
        return false;
    }
    lt.flags[i] & (gz::ORG_LEGAL | gz::NAME_SUFFIX | gz::STATE_ABBR | gz::TITLE_PRE) != 0
        || PERIOD_WORDS.iter().any(|a| a.eq_ignore_ascii_case(w))
}

/// Whether word `i` is dotted initials ("U.S", "D.C", "J.D", "L.P"), not a domain ("SAM.gov").
pub fn dotted_initials(lt: &LexedText<'_>, i: usize) -> bool {
    let t = &lt.tokens[i];
    t.has(tk::DOTTED)
        && t.text(lt.text)
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
}

/// Whether a period after word `i` may sit inside a name ("John F. Kennedy", "U.S. Customs",
/// "Sen. Jim Risch", "St. Louis"), rather than end a sentence ("Inc. Smaller firms …").
fn period_inside_name(lt: &LexedText<'_>, i: usize) -> bool {
    let t = &lt.tokens[i];
    if t.has(tk::LETTER) || dotted_initials(lt, i) {
        return true;
    }
    let w = t.text(lt.text);
    w.chars().count() <= 5
        && !t.has(tk::UPPER)
        && (lt.flags[i] & gz::TITLE_PRE != 0
            || PERIOD_WORDS.iter().any(|a| a.eq_ignore_ascii_case(w)))
}

/// Whether token `i` is a period glued to the word before it.
fn is_glued_period(lt: &LexedText<'_>, i: usize) -> bool {
    let t = &lt.tokens[i];
    t.is_punct(lt.text, '.') && !t.has(tk::SPACE_BEFORE)
}

/// A connector inside a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Connector {
    Of,
    And,
    Amp,
    For,
    On,
    /// "upon" between two single place words: "Kingston upon Thames".
    Upon,
    The,
    Particle,
    /// ", Inc." / ", Jr.": a comma before a legal suffix or a name suffix.
    Comma,
}

fn connector(lt: &LexedText<'_>, i: usize) -> Option<Connector> {
    let t = &lt.tokens[i];
    let w = t.text(lt.text);
    match t.kind {
        Kind::Punct => match w {
            "&" => Some(Connector::Amp),
            "," => {
                let next = i + 1;
                let suffix = next < lt.tokens.len()
                    && lt.tokens[next].has(tk::CAP)
                    && lt.flags[next] & (gz::ORG_LEGAL | gz::NAME_SUFFIX) != 0
                    && lt.flags[next] & (gz::STATE_ABBR | gz::STATE_POSTAL) == 0
                    && !lt.tokens[next].has(tk::NEWLINE_BEFORE);
                suffix.then_some(Connector::Comma)
            }
            _ => None,
        },
        Kind::Word if !t.has(tk::CAP) => match w {
            "of" => Some(Connector::Of),
            "and" => Some(Connector::And),
            "for" => Some(Connector::For),
            "on" => Some(Connector::On),
            "upon" => Some(Connector::Upon),
            "the" => Some(Connector::The),
            _ if lt.flags[i] & gz::PARTICLE != 0 => Some(Connector::Particle),
            _ => None,
        },
        _ => None,
    }
}

/// Finds the candidates of the text's ordinary lines, in text order.
pub fn find(lt: &LexedText<'_>) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut lexical_at = Vec::new();
    let n = lt.tokens.len();
    let mut i = 0;
    while i < n {
        if on_shouting_line(lt, i) || !is_name_word(lt, i) {
            i += 1;
            continue;
        }
        let (run_end, next) = run_from(lt, i);
        segment_run(lt, i, run_end, &mut lexical_at, &mut out);
        i = next.max(i + 1);
    }
    join_nicknames(lt, &mut out);
    out
}

/// Most tokens a nickname takes between its quotes inside a name.
const MAX_NICKNAME_TOKENS: usize = 5;

/// Whether token `i` is a double quote that opens (`open`) or closes a quotation.
fn double_quote(lt: &LexedText<'_>, i: usize, open: bool) -> bool {
    let t = &lt.tokens[i];
    t.kind == Kind::Punct
        && match t.text(lt.text) {
            "\"" => true,
            "\u{201c}" => open,
            "\u{201d}" => !open,
            _ => false,
        }
}

/// The token after the closing quote of a nickname that opens at token `open` (glued to its
/// first word, title-cased words or "the" inside, on one line), if there is one.
fn nickname_end(lt: &LexedText<'_>, open: usize) -> Option<usize> {
    let toks = &lt.tokens;
    let n = toks.len();
    if !double_quote(lt, open, true) || open + 2 >= n || toks[open + 1].has(tk::SPACE_BEFORE) {
        return None;
    }
    let mut j = open + 1;
    while j < n && j <= open + MAX_NICKNAME_TOKENS {
        let t = &toks[j];
        if t.has(tk::NEWLINE_BEFORE) {
            return None;
        }
        if j > open + 1 && double_quote(lt, j, false) {
            return (!t.has(tk::SPACE_BEFORE)).then_some(j + 1);
        }
        let the = j == open + 1 && t.text(lt.text).eq_ignore_ascii_case("the");
        if t.kind != Kind::Word || !(t.has(tk::CAP) || the) {
            return None;
        }
        j += 1;
    }
    None
}

/// A nickname in quotes between a given name and a surname belongs to the name: `Earvin
/// "Magic" Johnson`, `Dwayne “the Rock” Alvero`. The given name is one word and the surname
/// one or two, neither listed as a company or a place nor written in capitals; the nickname's
/// own candidates go.
fn join_nicknames(lt: &LexedText<'_>, out: &mut Vec<Candidate>) {
    let toks = &lt.tokens;
    let plain = |c: &Candidate, max_words: usize| {
        c.words(lt) <= max_words
            && !c.lexical.any(NAME_KINDS)
            && toks[c.first].has(tk::CAP)
            && !toks[c.first].has(tk::UPPER)
    };
    let mut i = 0;
    while i < out.len() {
        let a = out[i];
        let open = a.end;
        let joined = (open < toks.len()
            && plain(&a, 1)
            && toks[open].has(tk::SPACE_BEFORE)
            && !toks[open].has(tk::NEWLINE_BEFORE)
            && a.span.end == toks[open - 1].end as usize)
            .then(|| nickname_end(lt, open))
            .flatten()
            .filter(|&after| {
                after < toks.len()
                    && toks[after].has(tk::SPACE_BEFORE)
                    && !toks[after].has(tk::NEWLINE_BEFORE)
            })
            .and_then(|after| {
                out[i + 1..]
                    .iter()
                    .take_while(|b| b.first <= after)
                    .position(|b| b.first == after && plain(b, 2))
            });
        if let Some(k) = joined {
            let b = out[i + 1 + k];
            out[i] = Candidate {
                end: b.end,
                span: ByteSpan::new(a.span.start, b.span.end),
                lexical: Entry::default(),
                tail: b.tail,
                ..a
            };
            out.drain(i + 1..=i + 1 + k);
        }
        i += 1;
    }
}

/// Whether candidate `c` holds a nickname in quotes (see [`join_nicknames`]).
pub fn holds_nickname(lt: &LexedText<'_>, c: &Candidate) -> bool {
    (c.first + 1..c.end).any(|j| double_quote(lt, j, true) && lt.tokens[j].has(tk::SPACE_BEFORE))
}

/// The run starting at name word `first`: the token after its last name word, and where to
/// continue scanning.
fn run_from(lt: &LexedText<'_>, first: usize) -> (usize, usize) {
    let n = lt.tokens.len();
    let mut last_word = first;
    let mut j = first + 1;
    if hyphen_tail(lt, first).is_some() {
        return (first + 1, first + 1);
    }
    while j < n && j - first < MAX_RUN {
        let t = &lt.tokens[j];
        if t.has(tk::NEWLINE_BEFORE) || on_shouting_line(lt, j) {
            break;
        }
        if is_name_word(lt, j) && j == last_word + 1 && t.has(tk::SPACE_BEFORE) {
            last_word = j;
            j += 1;
            if hyphen_tail(lt, last_word).is_some() {
                break;
            }
            continue;
        }
        // A period glued to an initial or abbreviation, then another name word in the same
        // sentence.
        if j == last_word + 1
            && is_glued_period(lt, j)
            && period_inside_name(lt, last_word)
            && j + 1 < n
            && is_name_word(lt, j + 1)
            && lt.tokens[j + 1].has(tk::SPACE_BEFORE)
            && !lt.tokens[j + 1].has(tk::NEWLINE_BEFORE)
            && !lt.tokens[j + 1].has(tk::INITIAL)
        {
            last_word = j + 1;
            j += 2;
            if hyphen_tail(lt, last_word).is_some() {
                break;
            }
            continue;
        }
        // An office named for its holder's role: "Lane County Sheriff's Office", "Kent County
        // Prosecutor's Department" (a place or body before the role, an office head after).
        if j == last_word + 1
            && t.kind == Kind::Possessive
            && (first..last_word)
                .any(|k| lt.flags[k] & (gz::COMMON | gz::ROLE | gz::TITLE_PRE) == 0)
            && lt.flags[last_word] & (gz::ROLE | gz::TITLE_PRE) != 0
            && j + 1 < n
            && lt.flags[j + 1] & gz::ORG_HEAD != 0
            && is_name_word(lt, j + 1)
            && lt.tokens[j + 1].has(tk::SPACE_BEFORE)
            && !lt.tokens[j + 1].has(tk::NEWLINE_BEFORE)
        {
            last_word = j + 1;
            j += 2;
            continue;
        }
        // Two names joined by an en dash with no space, where neither side is a place, a people
        // or a date: one name ("Kestrel–Varga", a sponsored team or a merged firm). "Israel–Hamas"
        // and "June–July" are pairs.
        if j == last_word + 1 && en_dash_join(lt, last_word, j) {
            last_word = j + 1;
            j += 2;
            if hyphen_tail(lt, last_word).is_some() {
                break;
            }
            continue;
        }
        // A number after a name: a model, an index, a series or a programme ("Pixel 8 Pro",
        // "S&P 500", "Alliant 2"); a name word may follow it.
        if j == last_word + 1 && numbered_after(lt, last_word, j) {
            last_word = j;
            j += 1;
            continue;
        }
        // A lower-case legal form ends the name: "HSBC Holdings plc".
        if j == last_word + 1
            && t.kind == Kind::Word
            && !t.has(tk::CAP)
            && t.has(tk::SPACE_BEFORE)
            && lt.flags[j] & gz::ORG_LEGAL != 0
            && t.text(lt.text).len() >= 2
            && lt.flags[j] & gz::COMMON == 0
        {
            last_word = j;
            break;
        }
        // A plural possessive inside a name: "House Veterans’ Affairs Committee".
        if j == last_word + 1
            && t.kind == Kind::Punct
            && matches!(t.text(lt.text), "’" | "'")
            && !t.has(tk::SPACE_BEFORE)
            && lt.tokens[last_word].text(lt.text).ends_with('s')
            && j + 1 < n
            && is_name_word(lt, j + 1)
            && lt.tokens[j + 1].has(tk::SPACE_BEFORE)
            && !lt.tokens[j + 1].has(tk::NEWLINE_BEFORE)
            && lt.flags[j + 1] & (gz::ORG_HEAD | gz::LOC_HEAD) != 0
        {
            last_word = j + 1;
            j += 2;
            continue;
        }
        // A connector (or "of the") between two name words.
        if let Some(c) = connector(lt, j) {
            let mut k = j + 1;
            if c == Connector::Of && k < n && connector(lt, k) == Some(Connector::The) {
                k += 1;
            }
            // Two particles in a row: "van der", "de la", "de los".
            if c == Connector::Particle
                && k < n
                && connector(lt, k) == Some(Connector::Particle)
                && lt.tokens[k].has(tk::SPACE_BEFORE)
            {
                k += 1;
            }
            if c != Connector::The
                && k < n
                && is_name_word(lt, k)
                && !lt.tokens[k].has(tk::NEWLINE_BEFORE)
                && (j == last_word + 1
                    || (j == last_word + 2
                        && is_glued_period(lt, j - 1)
                        && period_inside_name(lt, last_word)))
            {
                last_word = k;
                j = k + 1;
                if hyphen_tail(lt, last_word).is_some() {
                    break;
                }
                continue;
            }
        }
        break;
    }
    (last_word + 1, last_word + 1)
}

/// Whether token `j`, right after name word `last`, is an en dash glued on both sides to a
/// second name word, and neither word is a place, a people or a date, nor a name the lists
/// know as a person's (a pair of rivals or of authors).
fn en_dash_join(lt: &LexedText<'_>, last: usize, j: usize) -> bool {
    let n = lt.tokens.len();
    let t = &lt.tokens[j];
    if !t.is_punct(lt.text, '\u{2013}') || t.has(tk::SPACE_BEFORE) || j + 1 >= n {
        return false;
    }
    let next = &lt.tokens[j + 1];
    if next.has(tk::SPACE_BEFORE) || !is_name_word(lt, j + 1) || !is_name_word(lt, last) {
        return false;
    }
    const PAIRED: u64 = PLACE_OR_PEOPLE | gz::MONTH_DAY | gz::GIVEN | gz::SURNAME;
    lt.flags[last] & PAIRED == 0 && lt.flags[j + 1] & PAIRED == 0
}

/// Whether number token `j` continues the name ending at word `last`: a plain number of one
/// to four digits after a space ("Nikkei 225", "Pixel 8"), not a quantity or a date ("500,000",
/// "10.5", "5%"), not a year after a listed place or company ("Texas 2024"), not after an
/// ordinary word ("Phase 2", "Chapter 11").
fn numbered_after(lt: &LexedText<'_>, last: usize, j: usize) -> bool {
    let t = &lt.tokens[j];
    if t.kind != Kind::Number || !t.has(tk::SPACE_BEFORE) || t.has(tk::NEWLINE_BEFORE) {
        return false;
    }
    let w = t.text(lt.text);
    // "Executive Order 14067": a presidential order and its number (five digits), a law's name.
    if executive_order(lt, last) {
        return (4..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    }
    if w.is_empty() || w.len() > 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let base = lt.flags[last];
    if base & (gz::COMMON | gz::ROLE | gz::TITLE_PRE | gz::ORG_LEGAL | gz::LOC_PREP) != 0
        && base & NAME_KINDS == 0
    {
        return false;
    }
    // A place or a people before a number is a score or a count ("Sweden 1 – 0 Korea").
    if base & PLACE_OR_PEOPLE != 0 {
        return false;
    }
    // A line of results or standings: the numbers are scores, goals or columns ("Lions 3,
    // Hawks 1"; "Hawks 40 16 6 86"; "Ruiz 12 (Adeyemi), 4:10").
    if table_line(lt, j) {
        return false;
    }
    let year = w.len() == 4 && matches!(w.as_bytes()[0], b'1' | b'2');
    if year && base & NAME_KINDS != 0 {
        return false;
    }
    // "Published 14 Feb": a date.
    if lt.tokens.get(j + 1).is_some_and(|a| a.kind == Kind::Word)
        && lt.flags[j + 1] & gz::MONTH_DAY != 0
    {
        return false;
    }
    // What follows: a space, the end, or punctuation that closes the phrase ("Nikkei 225.")
    // but not one that continues a number or a quantity ("225.5", "500%", "8-inch").
    match lt.tokens.get(j + 1) {
        None => true,
        Some(next) if next.has(tk::SPACE_BEFORE) || next.has(tk::NEWLINE_BEFORE) => true,
        Some(next) => {
            next.kind == Kind::Punct
                && matches!(
                    next.text(lt.text),
                    "," | "." | ";" | ":" | ")" | "”" | "\"" | "’"
                )
                && lt
                    .tokens
                    .get(j + 2)
                    .is_none_or(|a| a.has(tk::SPACE_BEFORE) || a.kind != Kind::Number)
        }
    }
}

/// Whether word `last` is "Order" right after "Executive" (a presidential order's name).
pub fn executive_order(lt: &LexedText<'_>, last: usize) -> bool {
    last > 0
        && lt.tokens[last].text(lt.text) == "Order"
        && lt.tokens[last - 1].text(lt.text) == "Executive"
}

/// The most tokens a line of a results or standings table holds on either side of a name: a
/// longer line is text (and is not read to its ends for each name).
const MAX_TABLE_LINE_TOKENS: usize = 120;

/// Whether token `j` sits on a line of a results table, a standings table or a scoring summary:
/// two numbers or more and no lower-case word of three letters or more (prose has "the", "and",
/// "was"; agate has at most "at", "pp", "en", "p.m.").
fn table_line(lt: &LexedText<'_>, j: usize) -> bool {
    // Read outwards from `j` to the line's ends, so that a line of prose is left at its first
    // lower-case word, however long the line (a scraped article may be one line).
    let prose = |t: &tk::Token| {
        t.kind == Kind::Word && t.end - t.start >= 3 && !t.has(tk::CAP) && !t.has(tk::DIGIT)
    };
    let mut numbers = 0;
    let mut k = j;
    loop {
        let t = &lt.tokens[k];
        if prose(t) || j - k > MAX_TABLE_LINE_TOKENS {
            return false;
        }
        numbers += usize::from(t.kind == Kind::Number);
        if k == 0 || t.has(tk::NEWLINE_BEFORE) {
            break;
        }
        k -= 1;
    }
    for (n, t) in lt.tokens.iter().skip(j + 1).enumerate() {
        if t.has(tk::NEWLINE_BEFORE) {
            break;
        }
        if prose(t) || n > MAX_TABLE_LINE_TOKENS {
            return false;
        }
        numbers += usize::from(t.kind == Kind::Number);
    }
    numbers >= 2
}

/// The lower-case tail of a hyphenated word ("Trump-era" → Era), if word `i` has one.
pub fn hyphen_tail(lt: &LexedText<'_>, i: usize) -> Option<(usize, Tail)> {
    let t = &lt.tokens[i];
    if !t.has(tk::HYPHEN) {
        return None;
    }
    let w = t.text(lt.text);
    let (head_len, tail) = w
        .char_indices()
        .filter(|&(_, c)| matches!(c, '-' | '\u{2010}' | '\u{2011}'))
        .map(|(k, c)| (k, &w[k + c.len_utf8()..]))
        .next_back()?;
    if tail.is_empty() || !tail.chars().all(|c| c.is_lowercase()) {
        return None;
    }
    let head = &w[..head_len];
    if !head.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    if hyphenated_given_name(lt, i, head, tail) {
        return None;
    }
    let kind = match tail {
        "based" | "headquartered" | "born" | "area" | "region" | "bound" | "flagged" => Tail::Based,
        "era" => Tail::Era,
        "winning" => Tail::Winning,
        _ => Tail::Other,
    };
    Some((t.start as usize + head_len, kind))
}

/// Lower-case hyphen tails of five letters or fewer that English writes after a name
/// ("Trump-era", "Kremlin-run", "Seoul-born").
const SHORT_TAILS: &[&str] = &[
    "era", "led", "run", "born", "bred", "made", "owned", "area", "based", "like", "style", "free",
    "wide", "only", "bound", "held", "built", "proof", "ready", "level", "class", "size", "sized",
    "type", "year", "day", "week", "month", "time", "old", "new", "tied", "fed", "less", "ish",
    "esque", "ian", "ite", "ism", "ist", "ers",
];

/// Whether word `i` ("Ji-hoon" in "Park Ji-hoon", "Ing-wen" in "Tsai Ing-wen") is an East
/// Asian given name written with a hyphen: a short capitalised syllable and a short lower-case
/// one that is no English tail, right after a short capitalised family name on the same line.
fn hyphenated_given_name(lt: &LexedText<'_>, i: usize, head: &str, tail: &str) -> bool {
    let short =
        |w: &str| (1..=5).contains(&w.chars().count()) && w.chars().all(char::is_alphabetic);
    if i == 0 || !short(head) || !short(tail) || SHORT_TAILS.contains(&tail) {
        return false;
    }
    let t = &lt.tokens[i];
    let p = &lt.tokens[i - 1];
    let family = p.text(lt.text);
    t.has(tk::SPACE_BEFORE)
        && !t.has(tk::NEWLINE_BEFORE)
        && p.kind == Kind::Word
        && p.has(tk::CAP)
        && !p.has(tk::UPPER)
        && short(family)
        && !p.has(tk::HYPHEN)
        && lt.flags[i - 1] & (gz::COMMON | gz::TITLE_PRE | gz::ROLE | NAME_KINDS) == 0
        && lt.lex.word_flags(tail) & gz::COMMON == 0
}

/// Cuts the run `[first, end)` into candidates.
fn segment_run(
    lt: &LexedText<'_>,
    first: usize,
    end: usize,
    lexical_at: &mut Vec<(usize, usize, Entry)>,
    out: &mut Vec<Candidate>,
) {
    // Phrases the lists know protect the connectors inside them. A "the" before the run may
    // start a listed name ("The Hill"), but is never part of the mention.
    lexical_at.clear();
    let mut k = first;
    while k < end {
        if lt.tokens[k].is_wordlike() {
            let from_the =
                k == first && k > 0 && lt.tokens[k - 1].text(lt.text).eq_ignore_ascii_case("the");
            let m = lt
                .lex
                .phrases
                .longest_match(&lt.hashes, &lt.tokens, k, end, |e| {
                    e.any(NAME_KINDS | gz::ORG_HEAD_START | gz::TITLE_PRE)
                });
            let m = if from_the {
                lt.lex
                    .phrases
                    .longest_match(&lt.hashes, &lt.tokens, k - 1, end, |e| e.any(gz::COMPANY))
                    .filter(|(e, _)| *e > k)
                    .or(m)
            } else {
                m
            };
            if let Some((e, entry)) = m {
                lexical_at.push((k, e, *entry));
            }
        }
        k += 1;
    }
    // Cut at connectors that nothing protects, and between two names side by side.
    let mut piece_start = first;
    let mut k = first;
    while k < end {
        if k > piece_start
            && is_name_word(lt, k)
            && is_name_word(lt, k - 1)
            && !covered(lexical_at, k)
            && !joined_by_listing(lexical_at, k)
            && cut_between(lt, k - 1, k, end)
        {
            emit_piece(lt, piece_start, k, lexical_at, out);
            piece_start = k;
        }
        if let Some(c) = connector(lt, k)
            && !covered(lexical_at, k)
            && !joins(lt, piece_start, k, c, end, lexical_at)
        {
            emit_piece(lt, piece_start, k, lexical_at, out);
            // Skip the connector and an "of the".
            let mut next = k + 1;
            while next < end && !is_name_word(lt, next) {
                next += 1;
            }
            piece_start = next;
            k = next;
            continue;
        }
        k += 1;
    }
    if piece_start < end {
        emit_piece(lt, piece_start, end, lexical_at, out);
    }
}

/// Whether adjacent name words `a` and `b` belong to two names: a party member or a people
/// after a place ("Massachusetts Democrat"), or a place after an organisation's head or legal
/// form ("… Projects Agency Arlington").
fn cut_between(lt: &LexedText<'_>, a: usize, b: usize, end: usize) -> bool {
    if lt.flags[b] & gz::MISC_GROUP != 0 && lt.flags[a] & (gz::MISC_GROUP | gz::DEMONYM) == 0 {
        return true;
    }
    // "Frenchman Jean-Baptiste Lemaitre": a noun for a person of a people, then the person.
    if lt.flags[a] & gz::DEMONYM_NOUN != 0
        && lt.tokens[b].has(tk::CAP)
        && lt.flags[b] & (gz::ORG_HEAD | gz::ORG_LEGAL | gz::COUNTRY | gz::STATE) == 0
    {
        return true;
    }
    // "Scientologist Tom Cruise", "American John Smith".
    if lt.flags[a] & (gz::MISC_GROUP | gz::DEMONYM) != 0
        && lt.flags[b] & gz::GIVEN != 0
        && lt.flags[b] & (gz::ORG_HEAD | gz::COUNTRY | gz::STATE) == 0
    {
        return true;
    }
    // "… Transit Union", "… Workers Union": a head word that is also a town's name goes on
    // naming the organisation.
    if lt.flags[a] & (gz::ORG_HEAD | gz::ORG_LEGAL) != 0 && lt.flags[b] & gz::ORG_HEAD == 0 {
        let place = lt
            .lex
            .phrases
            .longest_match(&lt.hashes, &lt.tokens, b, end, |e| {
                e.any(gz::CITY | gz::STATE | gz::COUNTRY)
            });
        return place.is_some();
    }
    false
}

/// Organisation heads that name a service or a force, never followed by a "for" that belongs
/// to the name ("Navy for …", "Army for …").
const SERVICE_HEADS: &[&str] = &["navy", "army", "force", "corps", "guard", "marines"];

/// Whether one listed name runs across the boundary before token `k` ("Social Democrats" is
/// one party-member phrase, though "Democrats" after a plain word would start a name of its own).
fn joined_by_listing(lexical_at: &[(usize, usize, Entry)], k: usize) -> bool {
    lexical_at
        .iter()
        .any(|&(s, e, entry)| s < k && k < e && entry.any(NAME_KINDS))
}

/// Whether a lexical phrase spans token `k` strictly inside.
fn covered(lexical_at: &[(usize, usize, Entry)], k: usize) -> bool {
    lexical_at
        .iter()
        .any(|&(s, e, entry)| s < k && k + 1 < e && entry.any(NAME_KINDS | gz::TITLE_PRE))
}

/// Whether connector `c` at `k` joins the piece begun at `piece_start` with what follows.
fn joins(
    lt: &LexedText<'_>,
    piece_start: usize,
    k: usize,
    c: Connector,
    end: usize,
    lexical_at: &[(usize, usize, Entry)],
) -> bool {
    let before = prev_word(lt, k, piece_start);
    let before_flags = before.map_or(0, |b| lt.flags[b]);
    let starts_with_head = lexical_at
        .iter()
        .any(|&(s, e, entry)| s == piece_start && e <= k && entry.any(gz::ORG_HEAD_START))
        || lt.flags[piece_start] & (gz::ORG_HEAD | gz::LOC_HEAD_START) != 0
            && piece_start + 1 < end
            && connector(lt, piece_start + 1) == Some(Connector::Of);
    match c {
        Connector::Amp | Connector::Particle | Connector::Comma | Connector::The => true,
        Connector::Of => {
            // "Department of …", "Gulf of …", "Act of …", or inside an organisation name begun
            // by a head ("Centre for Control of …"), unless a place follows ("… of Idaho").
            let head_before = before_flags
                & (gz::ORG_HEAD
                    | gz::LOC_HEAD
                    | gz::LOC_HEAD_START
                    | gz::MISC_HEAD
                    | gz::ORG_HEAD_START)
                != 0
                || lexical_at
                    .iter()
                    .any(|&(s, e, entry)| e == k + 1 && s < k && entry.any(gz::ORG_HEAD_START));
            let inside_org = lexical_at
                .iter()
                .any(|&(s, e, entry)| s >= piece_start && e <= k && entry.any(gz::ORG_HEAD_START));
            let place_after = k + 1 < end
                && lexical_at.iter().any(|&(s, e, entry)| {
                    s == k + 1 && e == end && entry.any(gz::CITY | gz::STATE | gz::COUNTRY)
                });
            head_before || (inside_org && !place_after)
        }
        Connector::Upon => {
            // English town names on a river: one word each side ("Burton upon Trent"); a
            // longer run around "upon" is prose, not one name.
            k == piece_start + 1 && k + 2 == end
        }
        Connector::For | Connector::On => {
            // "Center for …", "Agency for …"; but a service is no such head: "the Navy for
            // Columbia-class work" is two things.
            let service = before.is_some_and(|b| {
                let w = &lt.text.as_bytes()[lt.tokens[b].start as usize..lt.tokens[b].end as usize];
                SERVICE_HEADS
                    .iter()
                    .any(|h| h.as_bytes().eq_ignore_ascii_case(w))
            });
            lexical_at
                .iter()
                .any(|&(s, e, entry)| e == k + 1 && s < k && entry.any(gz::ORG_HEAD_START))
                || before_flags & gz::ORG_HEAD != 0 && !service
        }
        Connector::And => {
            // "the United States and China": a listed country that can also open a body's name
            // ("United States Army"), then another place, is a pair of places.
            let left_place = lexical_at.iter().any(|&(s, e, entry)| {
                s == piece_start && e == k && entry.any(gz::COUNTRY | gz::STATE)
            });
            if left_place
                && lt
                    .flags
                    .get(k + 1)
                    .is_some_and(|&f| f & (gz::COUNTRY | gz::STATE | gz::CITY) != 0)
            {
                return false;
            }
            // "Department of Health and Human Services": the object of a head's "of" goes on.
            if starts_with_head && !right_has_head(lt, k, end) {
                return true;
            }
            // The same after an article or a qualifier before the head ("The Department of
            // Trade and Industry", "House Committee on Rules and Procedure"), when neither side
            // of the "and" is a place, a people or a person's given name (a pair of names).
            if head_then_object(lt, piece_start, k)
                && !right_has_head(lt, k, end)
                && before_flags & PLACE_OR_PEOPLE == 0
                && lt
                    .flags
                    .get(k + 1)
                    .is_some_and(|&f| f & (PLACE_OR_PEOPLE | gz::GIVEN) == 0)
            {
                return true;
            }
            // "Customs and Border Protection": the right side ends with a head, and the left
            // side is not a name of its own.
            let left_is_name = lexical_at
                .iter()
                .any(|&(s, e, entry)| s == piece_start && e == k && entry.any(NAME_KINDS))
                || before_flags & (gz::ORG_HEAD | gz::ORG_LEGAL) != 0
                    && before_flags & gz::ORG_INDUSTRY == 0
                || lt.flags[piece_start] & gz::GIVEN != 0;
            !left_is_name && last_word_flags(lt, k, end) & gz::ORG_HEAD != 0
        }
    }
}

/// Whether the piece `[piece_start, k)` holds an organisation head followed by "of", "for" or
/// "on" and its object ("Department of Trade", "Committee on Rules").
fn head_then_object(lt: &LexedText<'_>, piece_start: usize, k: usize) -> bool {
    (piece_start..k.saturating_sub(2)).any(|j| {
        lt.flags[j] & (gz::ORG_HEAD | gz::LOC_HEAD_START) != 0
            && matches!(
                connector(lt, j + 1),
                Some(Connector::Of | Connector::For | Connector::On)
            )
    })
}

/// Flags of the last name word of the stretch after connector `k`, up to the next connector.
fn last_word_flags(lt: &LexedText<'_>, k: usize, end: usize) -> u64 {
    let mut last = 0;
    let mut j = k + 1;
    while j < end && connector(lt, j).is_none() {
        if lt.tokens[j].is_wordlike() {
            last = lt.flags[j];
        }
        j += 1;
    }
    last
}

fn right_has_head(lt: &LexedText<'_>, k: usize, end: usize) -> bool {
    let mut j = k + 1;
    while j < end && connector(lt, j).is_none() {
        if lt.flags[j] & (gz::ORG_HEAD | gz::ORG_LEGAL) != 0 && lt.flags[j] & gz::ORG_INDUSTRY == 0
        {
            return true;
        }
        j += 1;
    }
    false
}

/// The last word token before `k`, not before `floor`.
fn prev_word(lt: &LexedText<'_>, k: usize, floor: usize) -> Option<usize> {
    (floor..k).rev().find(|&j| lt.tokens[j].is_wordlike())
}

/// Cuts titles and sentence-initial ordinary words from the piece `[start, end)` and emits
/// what remains.
fn emit_piece(
    lt: &LexedText<'_>,
    mut start: usize,
    end: usize,
    lexical_at: &[(usize, usize, Entry)],
    out: &mut Vec<Candidate>,
) {
    let mut title = Title::None;
    let mut initial = lt.tokens[start].has(tk::INITIAL);
    // Leading ordinary words ("Some Amazon staff") and articles; only at a sentence start,
    // where capitals say nothing, unless the lists name the phrase.
    while start < end {
        let f = lt.flags[start];
        let listed = lexical_at
            .iter()
            .any(|&(s, e, entry)| s == start && e > start + 1 && entry.any(NAME_KINDS));
        let w = lt.tokens[start].text(lt.text);
        let article = matches!(w, "The" | "A" | "An");
        let ordinary = f & ORDINARY != 0 && f & NAME_KINDS == 0;
        let titled = lexical_at
            .iter()
            .any(|&(s, _, entry)| s == start && entry.any(gz::TITLE_PRE));
        if article || (!listed && !titled && initial && ordinary) {
            start = next_word(lt, start, end);
            // What follows an article is capitalised for a reason.
            initial = false;
            continue;
        }
        break;
    }
    if start >= end {
        return;
    }
    // Titles: at the front ("Sen. Jim Risch") or after a name ("Microsoft CEO Satya Nadella").
    let mut k = start;
    while k < end {
        if let Some((title_end, mut strength)) = title_at(lt, k, end)
            && title_end < end
            && {
                // A title stacked on a sure one is sure too ("The Revd Canon …"), unless it
                // is also a given name ("Rep. Dean Phillips").
                if k == start && title == Title::Strong && lt.flags[k] & gz::GIVEN == 0 {
                    strength = Title::Strong;
                }
                person_like(lt, title_end, end, strength)
            }
        {
            // The words before the title name an organisation or a place ("Microsoft CEO …"),
            // unless they are ordinary words that belong to the title ("Shadow Home Secretary").
            let left_ordinary = (start..k).filter(|&j| lt.tokens[j].is_wordlike()).all(|j| {
                lt.flags[j] & (ORDINARY | gz::TITLE_PRE) != 0 && lt.flags[j] & NAME_KINDS == 0
            });
            if k > start && !left_ordinary {
                push_candidate(lt, start, k, lexical_at, Title::None, out);
            }
            title = strength;
            start = next_word(lt, title_end - 1, end);
            k = start;
            continue;
        }
        k += 1;
    }
    if start >= end {
        return;
    }
    // A piece that is a title and nothing else names no one.
    if let Some((title_end, _)) = title_at(lt, start, end)
        && title_end >= end
        && lt.flags[start] & NAME_KINDS == 0
    {
        return;
    }
    push_candidate(lt, start, end, lexical_at, title, out);
}

/// The next word token after `k` (or `end`).
fn next_word(lt: &LexedText<'_>, k: usize, end: usize) -> usize {
    let mut j = k + 1;
    while j < end && !is_name_word(lt, j) {
        j += 1;
    }
    j
}

/// A person title starting at `k`: where it ends, and how sure it is.
fn title_at(lt: &LexedText<'_>, k: usize, end: usize) -> Option<(usize, Title)> {
    if lt.flags[k] & gz::TITLE_START == 0 {
        return None;
    }
    let (e, entry) = lt
        .lex
        .phrases
        .longest_match(&lt.hashes, &lt.tokens, k, end, |e| e.any(gz::TITLE_PRE))?;
    let words = lt.tokens[k..e].iter().filter(|t| t.is_wordlike()).count();
    let abbreviated = e < lt.tokens.len() && is_glued_period(lt, e) && words == 1;
    let ambiguous = entry.any(gz::COMMON | gz::GIVEN | gz::SURNAME | gz::ORG_HEAD | NAME_KINDS);
    let strength = if words > 1 || abbreviated || !ambiguous {
        Title::Strong
    } else {
        Title::Weak
    };
    // The title's own period: "Sen." ends after the period.
    let e = if e < end && is_glued_period(lt, e) {
        e + 1
    } else {
        e
    };
    Some((e, strength))
}

/// Whether `[start, end)` reads as a person's name after a title of strength `strength`.
fn person_like(lt: &LexedText<'_>, start: usize, end: usize, strength: Title) -> bool {
    let mut count = 0;
    let mut first_word = None;
    for j in start..end {
        if !lt.tokens[j].is_wordlike() {
            continue;
        }
        count += 1;
        first_word.get_or_insert(j);
        let blocked = lt.flags[j] & (gz::ORG_HEAD | gz::ORG_LEGAL | gz::LOC_HEAD | gz::MISC_HEAD)
            != 0
            || lt.tokens[j].has(tk::UPPER);
        if blocked || count > 4 {
            return false;
        }
    }
    let Some(first_word) = first_word else {
        return false;
    };
    let first = lt.flags[first_word];
    if first & (gz::COUNTRY | gz::STATE | gz::AGENCY | gz::COMPANY | gz::DEMONYM) != 0
        && first & gz::GIVEN == 0
    {
        return false;
    }
    match strength {
        Title::Strong => true,
        _ => first & gz::GIVEN != 0,
    }
}

/// Pushes the candidate `[start, end)`: its span, with an abbreviation's period or without a
/// hyphen tail.
fn push_candidate(
    lt: &LexedText<'_>,
    start: usize,
    end: usize,
    lexical_at: &[(usize, usize, Entry)],
    title: Title,
    out: &mut Vec<Candidate>,
) {
    // Trim trailing non-words (a connector left over) and trailing roles ("State Department
    // Spokesperson", "Los Angeles Sheriff"): the role of whoever is named next.
    let mut end = end;
    loop {
        while end > start && !lt.tokens[end - 1].is_wordlike() {
            end -= 1;
        }
        let f = if end > start + 1
            && lt.tokens[end - 2].is_wordlike()
            && connector(lt, end - 2).is_none()
        {
            lt.flags[end - 1]
        } else {
            0
        };
        let role = f & (gz::ROLE | gz::TITLE_PRE) != 0
            && f & (gz::ORG_HEAD | gz::ORG_LEGAL | NAME_KINDS | gz::SURNAME | gz::GIVEN) == 0;
        if !role {
            break;
        }
        end -= 1;
    }
    if end <= start {
        return;
    }
    let last = end - 1;
    // "8th Congressional District", "27th District", "5th Avenue": an ordinal before a name
    // that ends in a head is part of it.
    let start = if start > 0
        && is_ordinal(lt.tokens[start - 1].text(lt.text))
        && lt.tokens[start].has(tk::SPACE_BEFORE)
        && !lt.tokens[start].has(tk::NEWLINE_BEFORE)
        && lt.flags[last] & (gz::LOC_HEAD | gz::ORG_HEAD | gz::MISC_HEAD) != 0
    {
        start - 1
    } else {
        start
    };
    let mut byte_end = lt.tokens[last].end as usize;
    let mut tail = Tail::None;
    if let Some((cut, kind)) = hyphen_tail(lt, last) {
        byte_end = cut;
        tail = kind;
    } else if end < lt.tokens.len() && is_glued_period(lt, end) && takes_period(lt, last) {
        byte_end = lt.tokens[end].end as usize;
    }
    let mut lexical = lexical_at
        .iter()
        .find(|&&(s, e, _)| s == start && e == end)
        .map(|&(_, _, entry)| entry)
        .unwrap_or_default();
    // "Russian-speaking", "Sri Lankan-born": the lists know the name before the tail, not
    // the hyphenated word; a people's adjective stays one.
    if tail != Tail::None && lexical.flags == 0 {
        let head = &lt.text[lt.tokens[start].start as usize..byte_end];
        if let Some(entry) = lt.lex.phrases.get_hash(gz::phrase_hash(head).finish())
            && entry.any(gz::DEMONYM | gz::MISC_GROUP)
        {
            lexical = *entry;
        }
    }
    out.push(Candidate {
        first: start,
        end,
        span: ByteSpan::new(lt.tokens[start].start as usize, byte_end),
        lexical,
        title,
        tail,
        initial: lt.tokens[start].has(tk::INITIAL) || after_full_stop(lt, start),
    });
}

/// Whether `w` is an ordinal written in figures ("8th", "21st", "102nd").
fn is_ordinal(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && matches!(&w[digits..], "st" | "nd" | "rd" | "th")
}

/// Whether token `i` follows a period that no name took in ("… Industries Inc. Smaller yards"):
/// a sentence start the sentence splitter missed.
fn after_full_stop(lt: &LexedText<'_>, i: usize) -> bool {
    i >= 2 && lt.tokens[i - 1].is_punct(lt.text, '.') && lt.tokens[i - 2].is_wordlike()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Document;

    fn names(text: &str) -> Vec<String> {
        let doc = Document::new(text, None);
        let lt = LexedText::new(&doc);
        find(&lt)
            .into_iter()
            .map(|c| text[c.span.start..c.span.end].to_string())
            .collect()
    }

    #[test]
    fn clergy_titles_are_cut_from_the_name_and_alone_name_no_one() {
        // Anglican styles stack before the name ("The Revd Canon …", "The Ven …"); a post
        // written alone ("Chaplain", "Vicar of …") is no name.
        let got = names(
            "The Revd Canon Helen Marsh, Chaplain to the hospice, becomes Vicar of the parish. \
             The Ven Peter Oduya, Prebendary of the cathedral, retires. The Revd Canon Quenby \
             Aldous-Fry preached. Rep. Dean Whitcombe voted.",
        );
        for want in [
            "Helen Marsh",
            "Peter Oduya",
            "Quenby Aldous-Fry",
            "Dean Whitcombe",
        ] {
            assert!(got.iter().any(|n| n == want), "{want}: {got:?}");
        }
        for gone in ["Revd", "Chaplain", "Vicar", "Ven", "Prebendary"] {
            assert!(!got.iter().any(|n| n.contains(gone)), "{gone}: {got:?}");
        }
        // "Diocese of" leads a body's name.
        let got = names("The Diocese of Marlbury posted the vacancy.");
        assert!(got.iter().any(|n| n == "Diocese of Marlbury"), "{got:?}");
    }

    #[test]
    fn an_and_inside_the_object_of_a_headed_body_keeps_it_whole() {
        // An article or a qualifier may stand before the head; the "and" still joins the
        // fields the body deals with.
        let got = names(
            "The Bureau of Parks and Recreation said so. Critics wrote to the Senate \
             Committee on Rules and Procedures.",
        );
        for want in [
            "Bureau of Parks and Recreation",
            "Senate Committee on Rules and Procedures",
        ] {
            assert!(got.iter().any(|n| n == want), "{want}: {got:?}");
        }
        // Two names side by side stay two.
        let got = names("Later the Royal Bank of Fendale and Canada signed.");
        assert!(
            !got.iter()
                .any(|n| n.contains("Canada") && n.contains("Bank")),
            "{got:?}"
        );
    }

    #[test]
    fn upon_joins_a_town_to_its_river_but_not_longer_runs() {
        // English towns named for their river take "upon" between two single words; with more
        // capitalised words around it the run is prose.
        let got = names(
            "The council in Kingston upon Thames met. Police in Burton upon Trent said so. \
             Reporters waited as Acme Holdings Chairman upon Review Board scrutiny resigned.",
        );
        for want in ["Kingston upon Thames", "Burton upon Trent"] {
            assert!(got.iter().any(|n| n == want), "{want}: {got:?}");
        }
        assert!(
            !got.iter()
                .any(|n| n.contains(" upon ") && n.contains("Acme")),
            "{got:?}"
        );
    }

    #[test]
    fn a_country_that_can_open_a_bodys_name_and_another_place_are_two() {
        let got =
            names("Exports to the United States and Brazil grew, as did the United States Army.");
        for want in ["United States", "Brazil", "United States Army"] {
            assert!(got.iter().any(|n| n == want), "{want}: {got:?}");
        }
    }

    #[test]
    fn a_head_word_that_is_also_a_town_keeps_a_union_whole() {
        // "Union" is a town's name too, but after a head word it goes on naming the body.
        let got = names("Drivers of the United Freight Transit Union Local 88 walked out.");
        assert!(
            got.iter()
                .any(|n| n == "United Freight Transit Union Local 88"),
            "{got:?}"
        );
    }

    #[test]
    fn a_listed_two_word_party_group_is_not_cut_before_its_group_word() {
        // "Democrats" after a plain capitalised word opens a name of its own, but a listed
        // party-member phrase runs across that boundary and stays whole.
        let got =
            names("Later the Social Democrats left the talks, and the Free Democrats stayed.");
        assert!(got.contains(&"Social Democrats".to_string()), "{got:?}");
        assert!(got.contains(&"Free Democrats".to_string()), "{got:?}");
        assert!(!got.contains(&"Social".to_string()), "{got:?}");
    }

    #[test]
    fn a_peoples_adjective_before_a_hyphen_tail_keeps_its_entry() {
        let text =
            "A Portuguese-speaking crew and a Sri Lankan-born bowler met a Paris-based firm.";
        let doc = Document::new(text, None);
        let lt = LexedText::new(&doc);
        let cands = find(&lt);
        let entry = |n: &str| {
            cands
                .iter()
                .find(|c| &text[c.span.start..c.span.end] == n)
                .map(|c| c.lexical)
                .unwrap_or_default()
        };
        assert!(entry("Portuguese").any(gz::DEMONYM), "{cands:?}");
        assert!(entry("Sri Lankan").any(gz::DEMONYM), "{cands:?}");
        assert!(!entry("Paris").any(gz::DEMONYM), "{cands:?}");
    }

    #[test]
    fn a_destination_or_a_flag_before_a_hyphen_tail_is_a_place() {
        let text = "The Quillmouth-bound ferry passed a Tavrenia-flagged tanker.";
        let doc = Document::new(text, None);
        let lt = LexedText::new(&doc);
        let cands = find(&lt);
        for want in ["Quillmouth", "Tavrenia"] {
            assert!(
                cands
                    .iter()
                    .any(|c| &text[c.span.start..c.span.end] == want && c.tail == Tail::Based),
                "{want}: {cands:?}"
            );
        }
    }

    #[test]
    fn names_glued_by_an_en_dash_are_one_name_but_pairs_of_places_are_not() {
        let found = names(
            "Riders of Tarnwell\u{2013}Quorvex led the climb, and the Israel\u{2013}Hamas talks \
             resumed in the June\u{2013}July window; Brask\u{2013}Olmo Motors won too.",
        );
        for want in [
            "Tarnwell\u{2013}Quorvex",
            "Israel",
            "Hamas",
            "Brask\u{2013}Olmo Motors",
        ] {
            assert!(found.iter().any(|n| n == want), "{want}: {found:?}");
        }
        assert!(
            !found.iter().any(|n| n.contains("Israel\u{2013}")),
            "{found:?}"
        );
        assert!(!found.iter().any(|n| n.contains("June")), "{found:?}");
    }

    #[test]
    fn an_office_named_for_its_holders_role_is_one_name() {
        let found = names(
            "Deputies from the Lane County Sheriff's Office and the Kent County \
             Prosecutor’s Department arrived; Mayor Ruth Oduya's staff stayed home.",
        );
        for want in [
            "Lane County Sheriff's Office",
            "Kent County Prosecutor’s Department",
        ] {
            assert!(found.iter().any(|n| n == want), "{want}: {found:?}");
        }
        assert!(!found.iter().any(|n| n.contains("staff")), "{found:?}");
        // Only a role: the office's own name starts at "Office".
        let found = names("The Governor's Office of Flood Response said so.");
        assert!(!found.iter().any(|n| n.contains("Governor's")), "{found:?}");
    }

    #[test]
    fn numbers_on_a_results_line_are_scores_not_models() {
        let text = "Late scores\nLions 3, Hawks 1\nHawks 40 16 6 86\nRuiz 12 (Adeyemi), 4:10.\n\n\
                    The Pixel 8 and the Pixel 9 both sold well.";
        let found = names(text);
        for want in ["Lions", "Hawks", "Ruiz", "Adeyemi", "Pixel 8", "Pixel 9"] {
            assert!(found.iter().any(|n| n == want), "{want}: {found:?}");
        }
        assert!(!found.iter().any(|n| n.starts_with("Lions ")), "{found:?}");
    }

    #[test]
    fn a_creative_commons_licence_tag_is_no_name() {
        for text in [
            "Photo by the agency, shared under CC0.",
            "This story is republished under CC BY 4.0 terms.",
            "Text is available under a CC-BY-SA licence.",
        ] {
            let got = names(text);
            assert!(got.iter().all(|n| !n.starts_with("CC")), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_hashtag_is_no_name() {
        let found = names("Fans kept #SaveTheMill trending as Dorota Lis spoke.");
        assert!(
            !found.iter().any(|n| n.contains("SaveTheMill")),
            "{found:?}"
        );
        assert!(found.iter().any(|n| n == "Dorota Lis"), "{found:?}");
    }

    #[test]
    fn a_hyphenated_east_asian_given_name_is_no_tail() {
        let table: &[(&str, &[&str])] = &[
            (
                "Shares rose after chairman Park Ji-hoon spoke.",
                &["Park Ji-hoon"],
            ),
            (
                "Premier Tsai Ing-wen met them in Taipei.",
                &["Tsai Ing-wen", "Taipei"],
            ),
            // English tails still come off, after any name.
            ("They kept the Biden-era rules.", &["Biden"]),
            ("so the Kim Lee-led panels left.", &["Kim Lee"]),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text}");
        }
    }

    #[test]
    fn an_ordinal_before_a_headed_name_belongs_to_it() {
        let table: &[(&str, &[&str])] = &[
            (
                "turnout rose in the 14th Congressional District again.",
                &["14th Congressional District"],
            ),
            ("shops along 5th Avenue closed.", &["5th Avenue"]),
            (
                "the 101st Airborne Division left.",
                &["101st Airborne Division"],
            ),
            // Not before a name without a head.
            ("in the 2nd half Lindqvist scored.", &["Lindqvist"]),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text}");
        }
    }

    #[test]
    fn two_particles_in_a_row_stay_inside_a_name() {
        let table: &[(&str, &[&str])] = &[
            (
                "a pass from Jelle van der Berk found him.",
                &["Jelle van der Berk"],
            ),
            (
                "a goal by Marisol de la Fuente Ortiz won it.",
                &["Marisol de la Fuente Ortiz"],
            ),
            (
                "a free kick by Owain ap Rhys hit the bar.",
                &["Owain ap Rhys"],
            ),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text}");
        }
    }

    #[test]
    fn runs_and_cuts() {
        let table: &[(&str, &[&str])] = &[
            (
                "He met U.S. Customs and Border Protection officials.",
                &["U.S. Customs and Border Protection"],
            ),
            (
                "It is part of the Department of Homeland Security now.",
                &["Department of Homeland Security"],
            ),
            (
                "He called Sen. Jim Risch of Idaho today.",
                &["Jim Risch", "Idaho"],
            ),
            (
                "A letter to chief executive officer Satya Nadella was sent.",
                &["Satya Nadella"],
            ),
            (
                "He said Microsoft CEO Satya Nadella agreed.",
                &["Microsoft", "Satya Nadella"],
            ),
            ("It hurt Amazon.com Inc.’s shares.", &["Amazon.com Inc."]),
            ("They opposed Trump-era rules.", &["Trump"]),
            ("Some Amazon staff objected.", &["Amazon"]),
            (
                "He met Microsoft and Amazon executives.",
                &["Microsoft", "Amazon"],
            ),
            (
                "He visited the University of California campus.",
                &["University of California"],
            ),
            (
                "John F. Kennedy spoke in the U.S. today.",
                &["John F. Kennedy", "U.S."],
            ),
            (
                "He works at Salesforce.com, Inc. now.",
                &["Salesforce.com, Inc."],
            ),
            ("He joined Oracle Corp.", &["Oracle Corp."]),
            ("On Friday, Microsoft said so.", &["Microsoft"]),
            (
                "It worked for the Center for Strategic Studies.",
                &["Center for Strategic Studies"],
            ),
            (
                "The contract came from the Navy for Columbia work.",
                &["Navy", "Columbia"],
            ),
        ];
        for (text, want) in table {
            assert_eq!(names(text), *want, "{text}");
        }
    }

    #[test]
    fn headline_and_caps_lines_are_skipped() {
        assert!(names("ICE Seeks Significant New Cloud Deal With Microsoft").is_empty());
        assert!(names("THE STATE DEPARTMENT ON FRIDAY CANCELED THE CONTRACT").is_empty());
    }

    #[test]
    fn long_runs_stay_linear_and_bounded() {
        let text = "Word ".repeat(10_000);
        let found = names(&text);
        assert!(found.len() >= 10_000 / MAX_RUN);
        let text = "A. ".repeat(50_000);
        let _ = names(&text);
        let text = "Inc. ".repeat(50_000);
        let _ = names(&text);
    }
}
