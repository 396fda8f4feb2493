//! The patterns of the money extractor, compiled once from the tables.
//!
//! [`ANCHORS`] is the cheap pre-filter: one Aho-Corasick automaton over every currency sign,
//! symbol, code and currency word. Only the text around an anchor is handed to [`AMOUNT`], one
//! regex whose alternatives are the amount forms:
//!
//! | group prefix | form | example |
//! |---|---|---|
//! | `v…` | vague amount | "tens of millions of dollars", "a few million euros", "multimillion-dollar" |
//! | `p…` | sign or code, then number | "$100 million", "US$3bn", "EUR 12 million", "Rs 500 crore" |
//! | `s…` | number, then currency | "12 million euros", "700 billion USD", "5 €", "26 cents" |
//! | `w…` | number words, then currency | "three million dollars", "fifteen cents" |
//!
//! The regex matches the number part only; [`CURRENCY_AFTER`] reads the currency that must
//! follow the vague, `s…` and `w…` forms (and may follow a `p…` form: "$9.99 US dollars").
//! The smaller regexes read the context of an amount: the other end of a range, a rate ("a
//! year"), a period ("over five years").

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{LazyLock, OnceLock};

use crate::pattern::Regex;
use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

use super::tables::{
    CURRENCIES, CurrencyForm, GLUED_MAGNITUDES, MAGNITUDES, NUMBER_WORDS, PERIOD_UNITS,
    POST_QUALIFIERS, SUFFIX_SYMBOLS, VAGUE_COUNTS, VAGUE_PLURALS,
};

/// A number in digits: thousands commas (Western or Indian grouping), an optional decimal part;
/// or a decimal comma ("12,5", valid only before a magnitude: "12,5 million euros").
const NUM: &str =
    r"(?:(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3},\d{1,2}|\d+)(?:\.\d+)?|\.\d+)";

/// Case-insensitive ASCII word boundary (cheap for the lazy DFA on any text).
const B: &str = r"(?-u:\b)";

/// `items` as a regex alternation, longest first, each escaped; spaces match any whitespace.
fn alternation<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let mut v: Vec<&str> = items.into_iter().collect();
    v.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    v.dedup();
    v.iter()
        .map(|s| {
            let escaped = regex::escape(s);
            let spaced = escaped.replace(' ', r"\s+");
            // A letter-initial symbol must start a word: "Rs" but not "Mrs".
            if s.starts_with(|c: char| c.is_alphanumeric()) {
                format!("{B}{spaced}")
            } else {
                spaced
            }
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// Magnitude words, one or two ("million", "lakh crore").
fn magnitudes() -> String {
    let m = alternation(MAGNITUDES.iter().map(|(w, _)| *w));
    format!(r"(?i:(?:{m}){B}(?:\s+(?:{m}){B})?)")
}

/// Magnitudes glued to the number ("5m", "1.2bn").
fn glued() -> String {
    let g = literal_alternation(GLUED_MAGNITUDES.iter().map(|(w, _)| *w));
    format!(r"(?:{g}){B}")
}

/// Number words ("twenty-five", "one hundred and twenty", "half a", "a").
fn number_words(with_articles: bool) -> String {
    let mut words: Vec<&str> = NUMBER_WORDS.iter().map(|(w, _)| *w).collect();
    words.push("hundred");
    if with_articles {
        words.extend(["a", "an", "half"]);
    }
    let w = alternation(words);
    format!(r"(?i:{B}(?:{w}){B}(?:(?:\s+|-)(?:and\s+)?(?:{w}){B})*)")
}

/// The amount pattern (see the module docs for its groups). It matches the number part of an
/// amount; the currency after a number is read by [`CurrencyAfter`], so that the regex stays
/// small (a few hundred states) and its lazy DFA fast.
pub static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    let c = &*CURRENCIES;
    let mags = magnitudes();
    let glued = glued();
    let (lettered, signed): (Vec<&str>, Vec<&str>) = c
        .symbols
        .keys()
        .copied()
        .chain(c.codes.keys().copied())
        .partition(|p| p.starts_with(|ch: char| ch.is_alphanumeric()));
    let lettered = literal_alternation(lettered);
    let signed = literal_alternation(signed);
    let counts = alternation(VAGUE_COUNTS.iter().map(|(w, _, _)| *w));
    let plurals = alternation(VAGUE_PLURALS.iter().map(|(w, _, _)| *w));
    let final_plurals = alternation(
        VAGUE_PLURALS
            .iter()
            .map(|(w, _, _)| *w)
            .filter(|w| *w != "tens" && *w != "dozens"),
    );
    let scale = r"thousand|million|billion|trillion";
    let wordnum = number_words(true);
    let vague = format!(
        r"(?i:(?P<vcount>{counts})\s+(?:(?P<vhundred>hundred)(?:\s+(?P<vcmag>{scale}))?|(?P<vcmag1>{scale})){B}|(?P<vchain>(?:(?:{plurals})\s+of\s+)*(?:{final_plurals})){B}(?:\s+of)?|(?P<vadj>(?:multi-?)?(?:{scale})){B})"
    );
    let prefix_form = format!(
        r"(?P<pre>{signed}|{B}(?:{lettered}))[ \u{{a0}}]?(?P<pnum>{NUM})(?:(?P<pglued>{glued})|(?:\s+|-)(?P<pmag>{mags}))?"
    );
    let number_form = format!(r"(?P<snum>{NUM})(?:(?P<sglued>{glued})|(?:\s+|-)(?P<smag>{mags}))?");
    let word_form = format!(r"(?P<wnum>{wordnum})(?:\s+(?P<wmag>{mags}))?");
    Regex::new(&format!("{vague}|{prefix_form}|{number_form}|{word_form}"))
        .expect("amount pattern is valid")
});

/// Indices of the groups of [`AMOUNT`] that an amount is read from, looked up once (a look-up
/// by name hashes the name).
pub struct AmountGroups {
    /// `vchain`
    pub vchain: usize,
    /// `vcount`
    pub vcount: usize,
    /// `vadj`
    pub vadj: usize,
    /// `pre`
    pub pre: usize,
    /// `pnum`
    pub pnum: usize,
    /// `pglued`
    pub pglued: usize,
    /// `pmag`
    pub pmag: usize,
    /// `snum`
    pub snum: usize,
    /// `sglued`
    pub sglued: usize,
    /// `smag`
    pub smag: usize,
    /// `wnum`
    pub wnum: usize,
    /// `wmag`
    pub wmag: usize,
}

/// The group indices of [`AMOUNT`].
pub static AMOUNT_GROUPS: LazyLock<AmountGroups> = LazyLock::new(|| {
    let index = |name: &str| {
        AMOUNT
            .group_index(name)
            .expect("the amount pattern has the group")
    };
    AmountGroups {
        vchain: index("vchain"),
        vcount: index("vcount"),
        vadj: index("vadj"),
        pre: index("pre"),
        pnum: index("pnum"),
        pglued: index("pglued"),
        pmag: index("pmag"),
        snum: index("snum"),
        sglued: index("sglued"),
        smag: index("smag"),
        wnum: index("wnum"),
        wmag: index("wmag"),
    }
});

/// `items` as an alternation of plain literals, longest first (compiled to a trie).
fn literal_alternation<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let mut v: Vec<&str> = items.into_iter().collect();
    v.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    v.dedup();
    v.iter()
        .map(|s| regex::escape(s))
        .collect::<Vec<_>>()
        .join("|")
}

/// Reads the currency written at a position: a name ("dollars", "Hong Kong dollars", "cents",
/// any case), an ISO code ("USD") or a sign written after the number ("€", "zł"). Its automata
/// are built the first time the text at a position starts with one of their patterns, a test
/// on the tables alone: most amounts have no currency after them ("$5 million contract").
pub struct CurrencyAfter;

/// The automata of [`CurrencyAfter`], with the key of each pattern.
struct CurrencyAutomata {
    words: AhoCorasick,
    word_keys: Vec<String>,
    codes: AhoCorasick,
    code_keys: Vec<&'static str>,
    signs: AhoCorasick,
    sign_keys: Vec<&'static str>,
}

/// A currency found by [`CurrencyAfter`].
#[derive(Debug, Clone, Copy)]
pub struct Found<'t> {
    /// Byte offset after it.
    pub end: usize,
    /// Its currency.
    pub form: CurrencyForm,
    /// As written.
    pub text: &'t str,
}

/// The heads (first six bytes, or all of a shorter key) of the patterns of
/// [`CurrencyAutomata`]: names in ASCII lower case, codes and signs as written.
struct KeyHeads {
    words: HashSet<Vec<u8>>,
    codes: HashSet<Vec<u8>>,
    signs: HashSet<Vec<u8>>,
}

/// How many bytes of a key [`KeyHeads`] keeps.
const HEAD_LEN: usize = 6;

impl KeyHeads {
    fn of<'k>(keys: impl IntoIterator<Item = &'k str>, lower: bool) -> HashSet<Vec<u8>> {
        keys.into_iter()
            .map(|key| {
                let head = &key.as_bytes()[..key.len().min(HEAD_LEN)];
                if lower {
                    head.to_ascii_lowercase()
                } else {
                    head.to_vec()
                }
            })
            .collect()
    }

    /// Whether the text at `pos` may start with one of the keys whose heads are `heads`
    /// (names in any case if `any_case`): a key that starts it has its head there. What an
    /// anchored match of an automaton of [`CurrencyAutomata`] needs.
    fn may_start(heads: &HashSet<Vec<u8>>, text: &str, pos: usize, any_case: bool) -> bool {
        let rest = text.as_bytes().get(pos..).unwrap_or_default();
        let rest = &rest[..rest.len().min(HEAD_LEN)];
        let rest = if any_case {
            rest.to_ascii_lowercase()
        } else {
            rest.to_vec()
        };
        (1..=rest.len()).any(|len| heads.contains(&rest[..len]))
    }
}

/// The heads of the currency reader's keys (a few hundred short byte strings).
static KEY_HEADS: LazyLock<KeyHeads> = LazyLock::new(|| {
    let c = &*CURRENCIES;
    KeyHeads {
        words: KeyHeads::of(c.words.keys().map(String::as_str), true),
        codes: KeyHeads::of(c.codes.keys().copied(), false),
        signs: KeyHeads::of(SUFFIX_SYMBOLS.iter().copied(), false),
    }
});

impl CurrencyAutomata {
    fn anchored<'t>(
        ac: &AhoCorasick,
        text: &'t str,
        pos: usize,
        whole_word: bool,
    ) -> Option<(usize, usize, &'t str)> {
        let m = ac.find(Input::new(text).range(pos..).anchored(Anchored::Yes))?;
        let end = m.end();
        let after = text[end..].chars().next();
        let last = text[..end].chars().next_back();
        let glued = after.is_some_and(char::is_alphanumeric)
            && (whole_word || last.is_some_and(char::is_alphanumeric));
        (!glued).then(|| (m.pattern().as_usize(), end, &text[pos..end]))
    }
}

impl CurrencyAfter {
    /// A currency name starting at `pos`.
    pub fn word<'t>(&self, text: &'t str, pos: usize) -> Option<Found<'t>> {
        let c = &*CURRENCIES;
        let a = currency_automata(|h| &h.words, text, pos, true)?;
        let (id, end, written) = CurrencyAutomata::anchored(&a.words, text, pos, true)?;
        let form = c.words.get(&a.word_keys[id]).copied()?;
        Some(Found {
            end,
            form,
            text: written,
        })
    }

    /// An ISO code starting at `pos`.
    pub fn code<'t>(&self, text: &'t str, pos: usize) -> Option<Found<'t>> {
        let c = &*CURRENCIES;
        let a = currency_automata(|h| &h.codes, text, pos, false)?;
        let (id, end, written) = CurrencyAutomata::anchored(&a.codes, text, pos, true)?;
        let form = c.codes.get(a.code_keys[id]).copied()?;
        Some(Found {
            end,
            form,
            text: written,
        })
    }

    /// A sign written after the number, starting at `pos`.
    pub fn sign<'t>(&self, text: &'t str, pos: usize) -> Option<Found<'t>> {
        let a = currency_automata(|h| &h.signs, text, pos, false)?;
        let (id, end, written) = CurrencyAutomata::anchored(&a.signs, text, pos, false)?;
        let form = CURRENCIES.symbols.get(a.sign_keys[id]).copied()?;
        Some(Found {
            end,
            form,
            text: written,
        })
    }
}

/// The currency reader.
pub static CURRENCY_AFTER: CurrencyAfter = CurrencyAfter;

/// The currency reader's automata, built on first need (see [`CurrencyAfter`]).
static CURRENCY_AUTOMATA: OnceLock<CurrencyAutomata> = OnceLock::new();

/// The currency reader's automata if the text at `pos` may need them (`heads` of
/// [`KEY_HEADS`], `any_case` as there): once built, they are searched without the test.
fn currency_automata(
    heads: impl FnOnce(&KeyHeads) -> &HashSet<Vec<u8>>,
    text: &str,
    pos: usize,
    any_case: bool,
) -> Option<&'static CurrencyAutomata> {
    if let Some(automata) = CURRENCY_AUTOMATA.get() {
        return Some(automata);
    }
    KeyHeads::may_start(heads(&KEY_HEADS), text, pos, any_case)
        .then(|| CURRENCY_AUTOMATA.get_or_init(build_currency_automata))
}

/// Builds the automata of [`CurrencyAfter`].
fn build_currency_automata() -> CurrencyAutomata {
    let c = &*CURRENCIES;
    let build = |patterns: &[&str], case_insensitive: bool| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .ascii_case_insensitive(case_insensitive)
            .build(patterns)
            .expect("currency automaton builds")
    };
    let mut word_keys: Vec<String> = c.words.keys().cloned().collect();
    word_keys.sort();
    let mut code_keys: Vec<&'static str> = c.codes.keys().copied().collect();
    code_keys.sort_unstable();
    let sign_keys: Vec<&'static str> = SUFFIX_SYMBOLS
        .iter()
        .copied()
        .filter(|s| c.symbols.contains_key(s))
        .collect();
    let word_refs: Vec<&str> = word_keys.iter().map(String::as_str).collect();
    CurrencyAutomata {
        words: build(&word_refs, true),
        codes: build(&code_keys, false),
        signs: build(&sign_keys, false),
        word_keys,
        code_keys,
        sign_keys,
    }
}

/// The other end of a range written after an amount without its own currency: "$5-7 million",
/// "US$300 to 350 million", "$3,000 to 5,000".
pub static RANGE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    let mags = magnitudes();
    let glued = glued();
    Regex::new(&format!(
        r"^(?P<sp1>[ \t\u{{a0}}]*)(?:(?P<dash>-|–|—)|(?P<word>to|through|and){B})(?P<sp2>[ \t\u{{a0}}]*)(?P<num>{NUM})(?:(?P<glued>{glued})|(?:\s+|-)(?P<mag>{mags}))?"
    ))
    .expect("range tail pattern is valid")
});

/// The lower end of a range written before a number-first amount: "5 to 7 million dollars",
/// "between 5 and 10 million euros". Searched in a short slice that ends at the amount.
pub static RANGE_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    let mags = magnitudes();
    let glued = glued();
    Regex::new(&format!(
        r"(?P<num>{NUM})(?:(?P<glued>{glued})|\s+(?P<mag>{mags}))?(?P<sp1>[ \t\u{{a0}}]*)(?:(?P<dash>-|–|—)|(?P<word>to|and){B})(?P<sp2>[ \t\u{{a0}}]*)$"
    ))
    .expect("range head pattern is valid")
});

/// A bare number with a spaced magnitude word ("four billion", "4.5 million"): the shape of an
/// elliptical amount, whose currency is that of an amount just before it.
pub static ELLIPTICAL: LazyLock<Regex> = LazyLock::new(|| {
    let mags = alternation(MAGNITUDES.iter().filter(|(_, e)| *e >= 6).map(|(w, _)| *w));
    let nw = number_words(false);
    Regex::new(&format!(
        r"{B}(?P<num>{NUM}|{nw})[ \t\u{{a0}}]+(?P<mag>(?i:{mags})){B}"
    ))
    .expect("elliptical amount pattern is valid")
});

/// A cheap test in front of a regex, which stops testing once it has let a text through: the
/// regex is then compiled, and searching it costs less than the test. The test must hold for
/// every text the regex can match, so that a text it turns away has no match.
pub struct Gate(AtomicBool);

impl Gate {
    /// A gate that has let nothing through.
    pub const fn new() -> Gate {
        Gate(AtomicBool::new(false))
    }

    /// Whether a text passes: always once one has, else `test()`.
    pub fn admits(&self, test: impl FnOnce() -> bool) -> bool {
        if self.0.load(Ordering::Relaxed) {
            return true;
        }
        let passed = test();
        if passed {
            self.0.store(true, Ordering::Relaxed);
        }
        passed
    }
}

impl Default for Gate {
    fn default() -> Gate {
        Gate::new()
    }
}

/// The gate of [`ELLIPTICAL`] ([`may_hold_elliptical`]).
pub static ELLIPTICAL_GATE: Gate = Gate::new();

/// The gate of [`RANGE_TAIL`] ([`may_start_range_tail`]).
pub static RANGE_TAIL_GATE: Gate = Gate::new();

/// Whether `window` may hold a match of [`ELLIPTICAL`]: one of its magnitude words must be in
/// it. The words are ASCII and their letters have no other case than the ASCII one, but for
/// `s` and `k` (which `(?i)` also matches as `ſ` and the Kelvin sign): each word is looked for
/// up to its first `s` or `k`, in the window's ASCII lower case. A cheap test that spares most texts the regex's compilation.
pub fn may_hold_elliptical(window: &str) -> bool {
    let lower = window.to_ascii_lowercase();
    MAGNITUDES.iter().filter(|(_, e)| *e >= 6).any(|(w, _)| {
        let head = w.split(['s', 'k']).next().unwrap_or_default();
        head.is_empty() || lower.contains(&head.to_ascii_lowercase())
    })
}

/// Whether `after`, the text after an amount, may start with a match of [`RANGE_TAIL`]: after
/// its spaces, a dash or one of its words. A cheap test that spares most amounts the regex
/// (and its compilation).
pub fn may_start_range_tail(after: &str) -> bool {
    let rest = after.trim_start_matches([' ', '\t', '\u{a0}']);
    rest.starts_with(['-', '–', '—'])
        || ["to", "through", "and"].iter().any(|w| rest.starts_with(w))
}

/// Two amounts that make a range: only a dash, "to", "through" or "and" between them.
pub static RANGE_BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:(?P<dash>-|–|—)|(?P<word>to|through|and))\s*$")
        .expect("range separator pattern is valid")
});

/// A rate after an amount: "per share", "a year", "/month", "each year", "-a-year"; `next` is the word
/// after the unit ("a year earlier" is no rate).
pub static RATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:[ \t\u{{a0}}]*/[ \t\u{{a0}}]*|\s+(?P<intro>(?i:per|a|an|each|every))\s+|-(?i:a|an|per)-)(?P<unit>[A-Za-z]+){B}(?:[ \t\u{{a0}}]+(?P<next>[A-Za-z]+))?"
    ))
    .expect("rate pattern is valid")
});

/// An adverb after an amount: "annually", "each".
pub static RATE_ADVERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^,?\s+(?P<adv>[A-Za-z]+){B}")).expect("rate adverb pattern is valid")
});

/// A qualifier after an amount: "or more", "-plus".
pub static POST_QUALIFIER: LazyLock<Regex> = LazyLock::new(|| {
    let q = POST_QUALIFIERS
        .iter()
        .map(|(w, _)| {
            let e = regex::escape(w).replace(' ', r"\s+");
            if w.starts_with('-') {
                e
            } else {
                format!(r"\s+{e}")
            }
        })
        .collect::<Vec<_>>()
        .join("|");
    Regex::new(&format!(r"^(?i:(?P<q>{q})){B}")).expect("post-qualifier pattern is valid")
});

fn period_units() -> String {
    alternation(PERIOD_UNITS.iter().map(|(u, _, _)| *u))
}

/// A period after an amount, in the same clause: "over five years", "over the next decade",
/// "within 18 months".
pub static PERIOD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let units = period_units();
    let nw = number_words(false);
    Regex::new(&format!(
        r"(?i){B}(?:over|for|across|during|within|spanning|in\s+the)\s+(?:the\s+)?(?:(?P<one>a|an|next|coming|following)\s+|(?:past|last|first|initial)\s+)?(?:(?P<n>\d+(?:\.\d+)?|{nw})[\s-]+)?(?:(?:more|additional|fiscal|calendar|full|consecutive)\s+)?(?P<unit>{units})s?{B}"
    ))
    .expect("period pattern is valid")
});

/// The unit words of a period, any case: text without one holds no period (a cheap test that
/// spares the period regexes most of their work).
pub static PERIOD_UNIT_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(PERIOD_UNITS.iter().map(|(u, _, _)| u))
        .expect("period unit automaton builds")
});

/// A period adjective before an amount: "a five-year, $100 million contract".
pub static PERIOD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    let units = period_units();
    let nw = number_words(false);
    Regex::new(&format!(
        r"(?i){B}(?P<n>\d+(?:\.\d+)?|{nw})-(?P<unit>{units})(?:-long)?,?\s+$"
    ))
    .expect("period adjective pattern is valid")
});

/// A period adjective after an amount: "$100 million, five-year contract".
pub static PERIOD_ADJECTIVE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let units = period_units();
    let nw = number_words(false);
    Regex::new(&format!(
        r"(?i)^,?\s+(?P<n>\d+(?:\.\d+)?|{nw})-(?P<unit>{units}){B}"
    ))
    .expect("period adjective pattern is valid")
});

/// What an anchor found by [`ANCHORS`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnchorKind {
    /// A currency sign ("$", "€", "¢"): an amount needs a digit right after or before it.
    Sign,
    /// A letter symbol or code ("Rs", "EUR", "NIS"): must stand alone as a word.
    Token,
    /// The last word of a currency name ("dollars", "euros", "cents"): must be a whole word.
    Word,
}

/// The pre-filter: every currency sign, letter symbol, code and currency word, case-sensitive
/// (words in lower, Capitalised and UPPER case). Text with no match holds no amount.
pub struct Anchors {
    /// The automaton.
    pub automaton: AhoCorasick,
    /// Kind of each pattern, by pattern id.
    pub kinds: Vec<AnchorKind>,
}

/// The pre-filter automaton.
pub static ANCHORS: LazyLock<Anchors> = LazyLock::new(|| {
    let c = &*CURRENCIES;
    let mut patterns: Vec<(String, AnchorKind)> = Vec::new();
    let mut add = |p: String, k: AnchorKind| {
        if !p.is_empty() && !patterns.iter().any(|(q, _)| *q == p) {
            patterns.push((p, k));
        }
    };
    for s in c
        .symbols
        .keys()
        .chain(c.codes.keys())
        .chain(SUFFIX_SYMBOLS.iter())
    {
        let signs: Vec<char> = s
            .chars()
            .filter(|ch| !ch.is_alphanumeric() && !ch.is_whitespace() && *ch != '.')
            .collect();
        if signs.is_empty() {
            add((*s).to_string(), AnchorKind::Token);
        } else {
            for ch in signs {
                add(ch.to_string(), AnchorKind::Sign);
            }
        }
    }
    for w in c.words.keys() {
        let last = w.rsplit(' ').next().unwrap_or(w);
        let mut capital = last.to_string();
        if let Some(first) = capital.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        add(last.to_string(), AnchorKind::Word);
        add(capital, AnchorKind::Word);
        add(last.to_uppercase(), AnchorKind::Word);
    }
    // A full DFA: one table lookup per byte, the fastest scan for this many patterns.
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(patterns.iter().map(|(p, _)| p))
        .expect("anchor automaton builds");
    Anchors {
        automaton,
        kinds: patterns.into_iter().map(|(_, k)| k).collect(),
    }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_compile() {
        assert!(AMOUNT.is_match("$5"));
        assert_eq!(
            CURRENCY_AFTER.word("Hong Kong dollars.", 0).map(|f| f.end),
            Some(17)
        );
        assert!(CURRENCY_AFTER.word("dollarsign", 0).is_none());
        assert_eq!(CURRENCY_AFTER.code("USD bonds", 0).map(|f| f.end), Some(3));
        assert_eq!(CURRENCY_AFTER.sign("€5", 0).map(|f| f.end), Some(3));
        assert!(RANGE_TAIL.is_match("-7 million"));
        assert!(RANGE_HEAD.is_match("between 5 and "));
        assert!(RANGE_BETWEEN.is_match(" to "));
        assert!(RATE.is_match(" per share"));
        assert!(RATE_ADVERB.is_match(" annually"));
        assert!(POST_QUALIFIER.is_match(" or more"));
        assert!(PERIOD_AFTER.is_match(" over the next five years"));
        assert!(PERIOD_BEFORE.is_match("a five-year, "));
        assert!(PERIOD_ADJECTIVE_AFTER.is_match(", 10-year"));
        assert!(ANCHORS.automaton.patterns_len() > 100);
    }

    #[test]
    fn gates_let_matches_through() {
        assert!(may_hold_elliptical(" and four BILLION in aid"));
        assert!(ELLIPTICAL.is_match(" and four BILLION in aid"));
        assert!(!may_hold_elliptical(" contract on March 3"));
        assert!(may_start_range_tail("\u{a0}to 7 million"));
        assert!(!may_start_range_tail(" contract"));
        let heads = &*KEY_HEADS;
        assert!(KeyHeads::may_start(
            &heads.words,
            "5 Hong Kong Dollars",
            2,
            true
        ));
        assert!(KeyHeads::may_start(&heads.codes, "5 USD", 2, false));
        assert!(!KeyHeads::may_start(&heads.words, "5 contracts", 2, true));
        assert!(!KeyHeads::may_start(&heads.codes, "5 usd", 2, false));
    }
}
