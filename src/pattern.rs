//! A regex that is cheaper to compile than `regex::Regex`, with the same matches.
//!
//! [`Regex`] is the engine under `regex::Regex` (`regex_automata::meta::Regex`) with the same
//! configuration (leftmost-first, UTF-8, `\b` and classes as in the `regex` crate, the same
//! size limits), except that it never builds a *prefilter*: the literal search that `regex`
//! derives from a pattern's prefixes, suffixes or inner literals and runs before the automata.
//! Deriving those literals is about a third of the compile time of our patterns (their `(?i)`
//! and word lists make many case variants), and the prefilter does not pay on what most of our
//! patterns search: a sentence, a clause, the few words after an anchor, where the lazy DFA
//! alone is as fast or faster. Measured family by family (BENCHMARKS.md, phase 6), prefilters
//! cost more than they save both at startup and per byte for every family, the patterns run
//! over whole texts (contract ids, copyright year) included. A new pattern searched over whole
//! texts for a rare literal may still want `regex::Regex`: measure it.
//!
//! It also compiles wide classes (`[^.;]`, `\S`, `.`) in a compact form of the same matches
//! ([`compact_classes`]): the gaps of our patterns repeat such a class up to 160 times, and
//! the regex crate's UTF-8 automaton for each copy made up most of the automata's states, the
//! reverse ones above all, with memory per worker thread for each state.
//!
//! The API is the subset of `regex::Regex` that the crate uses, with the same semantics (the
//! methods are those of `regex` over the same engine; the tests compare both on many patterns
//! and haystacks). Searches take their scratch space from the engine's own thread-safe pool,
//! as `regex::Regex` does, so they allocate nothing once warm (captures allocate their slots,
//! as in `regex`).

use std::ops::{Index, Range};
use std::sync::Arc;

use regex_automata::meta;
use regex_automata::util::captures;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind, PatternID};
use regex_syntax::hir::{
    Capture, Class, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange, Hir, HirKind,
    Repetition,
};

/// The size limit of a compiled pattern's NFA (as in `regex`).
const NFA_SIZE_LIMIT: usize = 10 * (1 << 20);

/// The capacity of the lazy DFA's cache of transitions (as in `regex`).
const HYBRID_CACHE_CAPACITY: usize = 2 * (1 << 20);

/// The capacity of the lazy DFA's cache for a table of patterns ([`Regex::new_many`]). A table
/// of dozens of rows has many more states than one pattern: with 2 MiB, the date keywords'
/// cache filled and was cleared again and again on ordinary news, and rebuilding its states
/// was a seventh of the steady per-byte cost (BENCHMARKS.md, phase 32). 4 MiB removes all of
/// it (8 and 16 MiB gain nothing more); a cache grows only as states are made, so ordinary text
/// costs no more memory than before.
const TABLE_CACHE_CAPACITY: usize = 4 * (1 << 20);

/// The engine's builder with the configuration of `regex::Regex` and no prefilter (see the
/// module docs), with a lazy-DFA cache of `bytes`.
fn builder(bytes: usize) -> meta::Builder {
    let config = meta::Config::new()
        .match_kind(MatchKind::LeftmostFirst)
        .utf8_empty(true)
        .nfa_size_limit(Some(NFA_SIZE_LIMIT))
        .hybrid_cache_capacity(bytes)
        .auto_prefilter(false)
        // The one-pass DFA serves only captures searches, which the bounded backtracker
        // serves as well on our short spans; trying to build it for every pattern cost more at
        // startup (BENCHMARKS.md, phase 26) than it saved per byte.
        .onepass(false);
    let mut builder = meta::Builder::new();
    builder
        .configure(config)
        .syntax(syntax::Config::new().utf8(true));
    builder
}

/// Compiles `patterns` with `builder`, their wide classes in the compact form of
/// [`compact_classes`].
fn build<P: AsRef<str>>(builder: meta::Builder, patterns: &[P]) -> Result<meta::Regex, Error> {
    let config = syntax::Config::new().utf8(true);
    let mut hirs = Vec::with_capacity(patterns.len());
    for pattern in patterns {
        match syntax::parse_with(pattern.as_ref(), &config) {
            Ok(hir) => hirs.push(compact_classes(hir)),
            // The engine's own error, which names the pattern and the place.
            Err(_) => {
                return Err(Box::new(builder.build_many(patterns).expect_err("invalid")));
            }
        }
    }
    builder.build_many_from_hir(&hirs).map_err(Box::new)
}

/// The lead bytes whose characters a wide class may take whole: those of two-, three- and
/// four-byte UTF-8 sequences.
const LEAD_BYTES: std::ops::RangeInclusive<u8> = 0xC2..=0xF4;

/// A class must hold every character of at least this many lead bytes (of the 51) to be
/// compacted: negated ASCII classes (`[^.;]`, `.`) and `\S` hold all or nearly all of them;
/// letter classes such as `\p{Lu}` hold few, and stay as they are.
const MIN_WHOLE_LEADS: usize = 40;

/// The characters of UTF-8 sequences that start with `lead` (surrogates excluded).
fn lead_block(lead: u8) -> (char, char) {
    let (start, end) = match lead {
        0xC2..=0xDF => {
            let start = u32::from(lead - 0xC0) << 6;
            (start, start + 0x3F)
        }
        0xE0 => (0x800, 0xFFF),
        0xED => (0xD000, 0xD7FF),
        0xE1..=0xEF => {
            let start = u32::from(lead - 0xE0) << 12;
            (start, start + 0xFFF)
        }
        0xF0 => (0x1_0000, 0x3_FFFF),
        0xF1..=0xF3 => {
            let start = u32::from(lead - 0xF0) << 18;
            (start, start + 0x3_FFFF)
        }
        _ => (0x10_0000, 0x10_FFFF),
    };
    let char_of = |c| char::from_u32(c).expect("a scalar value");
    (char_of(start), char_of(end))
}

/// Rewrites every wide Unicode class of `hir` (one that holds every character of most lead
/// bytes, such as the `[^.;]` and `\S` of a gap repeated a hundred times) into an alternation
/// that matches the same characters of valid UTF-8 with a fraction of the automaton:
///
/// - its ASCII characters, as one byte class;
/// - the characters of every lead byte it holds whole, as that lead byte followed by any
///   continuation bytes (`[\xC2-\xF4][\x80-\xBF]*`, three states); in valid UTF-8 a lead
///   byte is followed by exactly its character's continuation bytes, and nothing else in a
///   pattern can match a continuation byte, so the loop always takes the whole character;
/// - the rest, as a (much narrower) Unicode class.
///
/// A Unicode class compiles to the UTF-8 automaton of its ranges, about 13 states forward
/// and 33 in the reverse automaton for `[^.;]`, 20 and 59 for `\S`; a gap such as
/// `(?:[^.;]|\.\S){0,120}?` copies it 120 times. Matches, groups and spans are unchanged (the
/// tests compare with `regex` on non-ASCII text); only the automata are smaller.
fn compact_classes(hir: Hir) -> Hir {
    // Most of a pattern holds no wide class: such a part is kept as it is, not taken apart and
    // put together again (each node rebuilt recomputes its properties and allocates).
    if !holds_wide_class(&hir) {
        return hir;
    }
    match hir.into_kind() {
        HirKind::Class(Class::Unicode(class)) => compact_class(class),
        HirKind::Class(class) => Hir::class(class),
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(literal) => Hir::literal(literal.0),
        HirKind::Look(look) => Hir::look(look),
        HirKind::Repetition(rep) => Hir::repetition(Repetition {
            sub: Box::new(compact_classes(*rep.sub)),
            ..rep
        }),
        HirKind::Capture(cap) => Hir::capture(Capture {
            sub: Box::new(compact_classes(*cap.sub)),
            ..cap
        }),
        HirKind::Concat(subs) => Hir::concat(subs.into_iter().map(compact_classes).collect()),
        HirKind::Alternation(subs) => {
            Hir::alternation(subs.into_iter().map(compact_classes).collect())
        }
    }
}

/// Whether `hir` holds a class that may be wide: one with enough characters outside ASCII to
/// hold every character of [`MIN_WHOLE_LEADS`] lead bytes (those [`compact_class`] may
/// rewrite; the others it leaves as they are).
fn holds_wide_class(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Class(Class::Unicode(class)) => may_be_wide(class),
        HirKind::Class(_) | HirKind::Empty | HirKind::Literal(_) | HirKind::Look(_) => false,
        HirKind::Repetition(rep) => holds_wide_class(&rep.sub),
        HirKind::Capture(cap) => holds_wide_class(&cap.sub),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().any(holds_wide_class),
    }
}

/// Whether `class` has enough characters outside ASCII to hold every character of
/// [`MIN_WHOLE_LEADS`] lead bytes. Most classes are narrow (a letter and its case, a digit, a
/// range of letters): counting their characters rules them out before any set operation.
fn may_be_wide(class: &ClassUnicode) -> bool {
    let wide: u32 = class
        .ranges()
        .iter()
        .map(|r| u32::from(r.end()) - u32::from(r.start().max('\x7F')).min(u32::from(r.end())))
        .sum();
    wide >= MIN_WHOLE_LEADS as u32 * 64
}

/// One class in the form [`compact_classes`] describes, or as it is if it is not wide.
fn compact_class(class: ClassUnicode) -> Hir {
    if !may_be_wide(&class) {
        return Hir::class(Class::Unicode(class));
    }
    let range = |start, end| ClassUnicode::new([ClassUnicodeRange::new(start, end)]);
    let mut rest = class.clone();
    rest.difference(&range('\0', '\x7F'));
    let mut whole = Vec::new();
    for lead in LEAD_BYTES {
        let (start, end) = lead_block(lead);
        let block = range(start, end);
        let mut held = rest.clone();
        held.intersect(&block);
        if held == block {
            whole.push(ClassBytesRange::new(lead, lead));
            rest.difference(&block);
        }
    }
    if whole.len() < MIN_WHOLE_LEADS {
        return Hir::class(Class::Unicode(class));
    }
    let ascii: Vec<ClassBytesRange> = class
        .ranges()
        .iter()
        .take_while(|r| r.start() <= '\x7F')
        .map(|r| ClassBytesRange::new(r.start() as u8, r.end().min('\x7F') as u8))
        .collect();
    let continuation = Hir::class(Class::Bytes(ClassBytes::new([ClassBytesRange::new(
        0x80, 0xBF,
    )])));
    let mut alternatives = Vec::with_capacity(3);
    if !ascii.is_empty() {
        alternatives.push(Hir::class(Class::Bytes(ClassBytes::new(ascii))));
    }
    alternatives.push(Hir::concat(vec![
        Hir::class(Class::Bytes(ClassBytes::new(whole))),
        Hir::repetition(Repetition {
            min: 0,
            max: None,
            greedy: true,
            sub: Box::new(continuation),
        }),
    ]));
    if !rest.ranges().is_empty() {
        alternatives.push(Hir::class(Class::Unicode(rest)));
    }
    Hir::alternation(alternatives)
}

/// A compiled regular expression, searched like `regex::Regex` (see the module docs).
#[derive(Clone)]
pub struct Regex {
    meta: meta::Regex,
    pattern: Arc<str>,
}

/// Why a pattern did not compile (boxed: the engine's error is large, and patterns are
/// constants whose errors only tests see).
pub type Error = Box<meta::BuildError>;

impl Regex {
    /// Compiles `pattern` (the syntax of the `regex` crate).
    pub fn new(pattern: &str) -> Result<Regex, Error> {
        Regex::with_dfa_cache(pattern, HYBRID_CACHE_CAPACITY)
    }

    /// Compiles `pattern` with a lazy-DFA cache of `bytes` (`regex::RegexBuilder::dfa_size_limit`).
    pub fn with_dfa_cache(pattern: &str, bytes: usize) -> Result<Regex, Error> {
        let meta = build(builder(bytes), &[pattern])?;
        Ok(Regex {
            meta,
            pattern: Arc::from(pattern),
        })
    }

    /// Compiles `patterns` into one regex that matches as their alternation `p0|p1|…` does
    /// (leftmost-first: at the leftmost position, the first pattern that matches wins), and
    /// whose matches tell which pattern matched ([`Match::pattern`]). This is what a table of
    /// patterns wants: the row of a match without a capture group per row, whose captures
    /// search would run a slower engine over every match.
    pub fn new_many(patterns: &[String]) -> Result<Regex, Error> {
        let meta = build(builder(TABLE_CACHE_CAPACITY), patterns)?;
        Ok(Regex {
            meta,
            pattern: Arc::from(patterns.join("|")),
        })
    }

    /// The pattern as compiled.
    pub fn as_str(&self) -> &str {
        &self.pattern
    }

    /// Whether the pattern matches somewhere in `haystack`.
    #[inline]
    pub fn is_match(&self, haystack: &str) -> bool {
        self.meta.is_match(haystack)
    }

    /// The leftmost-first match in `haystack`.
    #[inline]
    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        self.find_at(haystack, 0)
    }

    /// The leftmost-first match starting at or after byte `start`; the text before `start` is
    /// still seen by `^`, `\b` and the other look-arounds.
    #[inline]
    pub fn find_at<'h>(&self, haystack: &'h str, start: usize) -> Option<Match<'h>> {
        let input = Input::new(haystack).span(start..haystack.len());
        self.meta.search(&input).map(|m| Match::new(haystack, m))
    }

    /// Successive non-overlapping matches (an empty match is never reported inside a
    /// character, nor right after the previous match).
    pub fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> Matches<'r, 'h> {
        Matches {
            haystack,
            it: self.meta.find_iter(haystack),
        }
    }

    /// The groups of the leftmost-first match.
    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        self.captures_at(haystack, 0)
    }

    /// The groups of the leftmost-first match starting at or after byte `start` (see
    /// [`Regex::find_at`]).
    pub fn captures_at<'h>(&self, haystack: &'h str, start: usize) -> Option<Captures<'h>> {
        let input = Input::new(haystack).span(start..haystack.len());
        let mut caps = self.meta.create_captures();
        self.meta.search_captures(&input, &mut caps);
        caps.is_match().then_some(Captures { haystack, caps })
    }

    /// The groups of `m`, a match of this regex in `haystack` found by [`Regex::find_at`] (or
    /// [`Regex::find`]): the same as `captures_at(haystack, m.start())`, which finds `m` again,
    /// but searched anchored at its start and only up to its end, so that the lazy DFA neither
    /// scans past the match nor runs backwards for its start. The same match by construction:
    /// the leftmost-first match starting at `m.start()` is `m`, and the matches a span ending at
    /// `m.end()` allows still hold it and rank it first (look-arounds still see the text around
    /// the span).
    pub fn captures_of<'h>(&self, haystack: &'h str, m: &Match<'h>) -> Option<Captures<'h>> {
        let input = Input::new(haystack)
            .span(m.start()..m.end())
            .anchored(Anchored::Yes);
        let mut caps = self.meta.create_captures();
        self.meta.search_captures(&input, &mut caps);
        caps.is_match().then_some(Captures { haystack, caps })
    }

    /// The index of the group called `name`, for [`Captures::get`]: a look-up by name hashes
    /// the name at every call.
    pub fn group_index(&self, name: &str) -> Option<usize> {
        self.meta.group_info().to_index(PatternID::ZERO, name)
    }

    /// The groups of successive non-overlapping matches (as [`Regex::find_iter`]).
    pub fn captures_iter<'r, 'h>(&'r self, haystack: &'h str) -> CaptureMatches<'r, 'h> {
        CaptureMatches {
            haystack,
            it: self.meta.captures_iter(haystack),
        }
    }

    /// The pieces of `haystack` between matches.
    pub fn split<'r, 'h>(&'r self, haystack: &'h str) -> Split<'r, 'h> {
        Split {
            haystack,
            it: self.meta.split(haystack),
        }
    }
}

/// Which patterns of a table can match a haystack, found by one literal search: a filter in
/// front of a table of patterns, so that a text is searched with only the patterns that can
/// match it.
///
/// Each pattern is read for the literals every match of it starts with, or ends with (the
/// literal sequences the regex crate's own prefilters are built from); the more selective of
/// the two is kept, and one Aho-Corasick automaton (ASCII case-insensitive) finds which
/// literals a haystack holds. A pattern whose matches share no literal of at least
/// [`MIN_FILTER_LITERAL`] bytes, or a literal with a non-ASCII character, is always possible.
/// The filter never rules out a pattern that matches: a match holds one of its pattern's
/// literals, up to ASCII case; and case-insensitive patterns also match the two non-ASCII
/// characters that fold to ASCII letters ("ſ" to "s", the Kelvin sign to "k"), so a haystack
/// that holds either makes every pattern possible.
pub struct LiteralFilter {
    /// The literals, lower-cased, each as often as patterns own it.
    ac: aho_corasick::AhoCorasick,
    /// The pattern that owns each literal of `ac` ([`EVERY_PATTERN`] for the characters that
    /// make every pattern possible).
    owner: Vec<usize>,
    /// Patterns possible in every haystack.
    always: PatternBits,
    /// All the patterns.
    every: PatternBits,
}

/// The owner of a literal in a haystack where every pattern is possible.
const EVERY_PATTERN: usize = usize::MAX;

/// Characters outside ASCII that Unicode simple case folding maps to ASCII letters: a
/// case-insensitive "s" matches "ſ", a "k" the Kelvin sign.
const FOLDS_TO_ASCII: &[&str] = &["\u{17F}", "\u{212A}"];

/// The shortest literal worth a filter: shorter ones ("to", "is") are in nearly every sentence.
const MIN_FILTER_LITERAL: usize = 3;

/// A set of pattern indices (a [`LiteralFilter`] holds at most `64 * 4` patterns).
#[derive(Clone, Copy, Default)]
pub struct PatternBits([u64; 4]);

impl PatternBits {
    /// The most patterns a set holds.
    pub const CAPACITY: usize = 64 * 4;

    #[inline]
    fn insert(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }

    /// Whether pattern `i` is in the set.
    #[inline]
    pub fn contains(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
}

impl LiteralFilter {
    /// The filter of `patterns` (the syntax of the `regex` crate, each compiled elsewhere as
    /// written, or case-insensitively: the literals are matched without regard to ASCII case).
    /// At most [`PatternBits::CAPACITY`] patterns.
    pub fn new(patterns: &[String]) -> LiteralFilter {
        assert!(
            patterns.len() <= PatternBits::CAPACITY,
            "too many patterns for a filter"
        );
        let mut literals: Vec<Vec<u8>> = FOLDS_TO_ASCII
            .iter()
            .map(|c| c.as_bytes().to_vec())
            .collect();
        let mut owner = vec![EVERY_PATTERN; literals.len()];
        let mut always = PatternBits::default();
        let mut every = PatternBits::default();
        for (i, pattern) in patterns.iter().enumerate() {
            every.insert(i);
            match required_literals(pattern) {
                Some(found) => {
                    for literal in found {
                        literals.push(literal);
                        owner.push(i);
                    }
                }
                None => always.insert(i),
            }
        }
        let ac = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&literals)
            .expect("filter literals build an automaton");
        LiteralFilter {
            ac,
            owner,
            always,
            every,
        }
    }

    /// The patterns that may match somewhere in `haystack`.
    pub fn possible(&self, haystack: &str) -> PatternBits {
        let mut bits = self.always;
        for m in self.ac.find_overlapping_iter(haystack) {
            match self.owner[m.pattern().as_usize()] {
                EVERY_PATTERN => return self.every,
                i => bits.insert(i),
            }
        }
        bits
    }
}

/// The lower-cased literals one of which every match of `pattern` starts with, or ends with
/// (whichever set has the longer shortest literal), or `None` when neither has a literal of
/// [`MIN_FILTER_LITERAL`] bytes or more in each member, or a literal holds a character
/// outside ASCII (whose other cases an ASCII case-insensitive search would miss).
fn required_literals(pattern: &str) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let hir = regex_syntax::parse(pattern).ok()?;
    let mut best: Option<(usize, Vec<Vec<u8>>)> = None;
    for kind in [ExtractKind::Prefix, ExtractKind::Suffix] {
        let seq = Extractor::new().kind(kind).extract(&hir);
        let Some(literals) = seq.literals() else {
            continue;
        };
        if literals.iter().any(|l| !l.as_bytes().is_ascii()) {
            continue;
        }
        let shortest = literals
            .iter()
            .map(|l| l.as_bytes().len())
            .min()
            .unwrap_or(0);
        if shortest >= MIN_FILTER_LITERAL && best.as_ref().is_none_or(|(n, _)| shortest > *n) {
            let mut lower: Vec<Vec<u8>> = literals
                .iter()
                .map(|l| l.as_bytes().to_ascii_lowercase())
                .collect();
            lower.sort();
            lower.dedup();
            best = Some((shortest, lower));
        }
    }
    best.map(|(_, literals)| literals)
}

impl std::fmt::Debug for Regex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Regex").field(&self.as_str()).finish()
    }
}

/// A match: a span of a haystack.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Match<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
    pattern: usize,
}

impl<'h> Match<'h> {
    fn new(haystack: &'h str, m: regex_automata::Match) -> Match<'h> {
        Match {
            haystack,
            start: m.start(),
            end: m.end(),
            pattern: m.pattern().as_usize(),
        }
    }

    /// Group `span` of a match of `caps` (in `haystack`).
    fn of_group(
        haystack: &'h str,
        caps: &captures::Captures,
        span: regex_automata::Span,
    ) -> Match<'h> {
        Match {
            haystack,
            start: span.start,
            end: span.end,
            pattern: caps.pattern().map_or(0, |p| p.as_usize()),
        }
    }

    /// Which of the patterns of [`Regex::new_many`] matched (0 for a single pattern).
    #[inline]
    pub fn pattern(&self) -> usize {
        self.pattern
    }

    /// Byte offset of the start.
    #[inline]
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset of the end (exclusive).
    #[inline]
    pub fn end(&self) -> usize {
        self.end
    }

    /// The byte range.
    #[inline]
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the match is empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The matched text.
    #[inline]
    pub fn as_str(&self) -> &'h str {
        &self.haystack[self.range()]
    }
}

/// The groups of one match.
#[derive(Clone, Debug)]
pub struct Captures<'h> {
    haystack: &'h str,
    caps: captures::Captures,
}

impl<'h> Captures<'h> {
    /// Group `i` (0 is the whole match), if it took part in the match.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Match<'h>> {
        self.caps
            .get_group(i)
            .map(|sp| Match::of_group(self.haystack, &self.caps, sp))
    }

    /// The group called `name`, if it took part in the match.
    #[inline]
    pub fn name(&self, name: &str) -> Option<Match<'h>> {
        self.caps
            .get_group_by_name(name)
            .map(|sp| Match::of_group(self.haystack, &self.caps, sp))
    }

    /// The number of groups, the whole match included.
    pub fn len(&self) -> usize {
        self.caps.group_len()
    }
}

impl<'h> Index<usize> for Captures<'h> {
    type Output = str;

    /// The text of group `i`; panics if the group did not take part in the match (as in
    /// `regex`).
    fn index(&self, i: usize) -> &str {
        self.get(i)
            .map(|m| m.as_str())
            .unwrap_or_else(|| panic!("no group at index '{i}'"))
    }
}

impl<'h, 'n> Index<&'n str> for Captures<'h> {
    type Output = str;

    /// The text of the group called `name`; panics if it did not take part in the match (as
    /// in `regex`).
    fn index(&self, name: &'n str) -> &str {
        self.name(name)
            .map(|m| m.as_str())
            .unwrap_or_else(|| panic!("no group named '{name}'"))
    }
}

/// The iterator of [`Regex::find_iter`].
#[derive(Debug)]
pub struct Matches<'r, 'h> {
    haystack: &'h str,
    it: meta::FindMatches<'r, 'h>,
}

impl<'h> Iterator for Matches<'_, 'h> {
    type Item = Match<'h>;

    #[inline]
    fn next(&mut self) -> Option<Match<'h>> {
        self.it.next().map(|m| Match::new(self.haystack, m))
    }
}

/// The iterator of [`Regex::captures_iter`].
#[derive(Debug)]
pub struct CaptureMatches<'r, 'h> {
    haystack: &'h str,
    it: meta::CapturesMatches<'r, 'h>,
}

impl<'h> Iterator for CaptureMatches<'_, 'h> {
    type Item = Captures<'h>;

    #[inline]
    fn next(&mut self) -> Option<Captures<'h>> {
        let haystack = self.haystack;
        self.it.next().map(|caps| Captures { haystack, caps })
    }
}

/// The iterator of [`Regex::split`].
#[derive(Debug)]
pub struct Split<'r, 'h> {
    haystack: &'h str,
    it: meta::Split<'r, 'h>,
}

impl<'h> Iterator for Split<'_, 'h> {
    type Item = &'h str;

    #[inline]
    fn next(&mut self) -> Option<&'h str> {
        self.it.next().map(|span| &self.haystack[span])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Patterns covering what the crate writes: `(?i)` word lists, ASCII and Unicode `\b`,
    /// groups that do not take part, anchors, empty matches, non-ASCII classes and literals.
    const PATTERNS: &[&str] = &[
        r"",
        r"a*",
        r"\b",
        r"(?-u:\b)",
        r"x*?",
        r"(?i)(?-u:\b)award(?:ed|s)?(?-u:\b)",
        r"(?i)\b(?P<verb>won|awarded|received)\s+(?:a|an|the)?\s*(?P<obj>\w+)",
        r"(?i)(?:contract|order|modification)s?",
        r"(?i)k|s",
        r"(?i)ſ|K",
        r"\p{Lu}\p{Ll}+",
        r"[0-9A-Za-z_\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}]+",
        r"^\s*(?:(?P<dash>-|–|—)|(?P<word>to|through|and))\s*$",
        r"(?m)^\w+$",
        r",?\s+which\s+$",
        r"\s{2,}",
        r"(a)|(b)|(é)",
        r"(?:\$|€|US\$)\s?(?P<n>\d+(?:\.\d+)?)\s*(?:million|bn|m)?",
        r"\d{4}-\d{2}-\d{2}",
        r"(?s).",
        r"\W+",
        r"[^a-z]*",
        r"é?",
        r"(?i)straße|STRASSE",
        r"\s(?:and|but|while)\s|;",
        r"(?i)(?-u:\b)(?:seventeen|seventy|seven|six|sixteen|s|k|kelvin)(?-u:\b)",
        r"seventeen|seventy|seven|six|sixteen|éa|éb|e|",
        r"(?i)(?P<a>ab)|ac|(?P<b>ad)|ab|a",
        r"(?:\bfoo|bar|\bfoobar|fo|\bf)",
        r"(?i)\$|€|(?-u:\b)usd|(?-u:\b)us\$|(?-u:\b)u\.s\. dollars?|(?-u:\b)us",
        r"x*y|xz|x|xy",
        r"(?i)(?:a\s+few|a\s+couple\s+of|a\s+couple|several)\s+(million|billion)",
        r"(?:ab|cd|ab|)(?:e|)",
    ];

    const HAYSTACKS: &[&str] = &[
        "",
        "a",
        "aaa",
        "The Navy awarded a $12.5 million contract to Raytheon on 2020-03-04.",
        "AWARDS: Lockheed Martin won an order; Boeing received the modification, which ",
        "Éléonore Müller – to — and ſ KELVIN Kelvin k s S straße STRASSE",
        "  multiple   spaces\tand\ttabs\n\nnew lines\r\n",
        "€30m and US$ 4 bn, 1999-12-31 ☃ snow 😀 emoji",
        "日本語のテキスト with mixed script ééé",
        "-",
        " to ",
        "line one\nline two\nthird",
        "abé",
        "seventeen seventy seven six sixteen s k kelvin Kelvin SEVEN ſix ſeven",
        "foobar foo bar fo f xxy xz x xy",
        "usd US$ u.s. dollars U.S. Dollar us $ € a few million A COUPLE OF billion",
        "ab ac ad AB abcd cde éa éb e",
    ];

    /// The literal filter never rules out a pattern that matches, compiled as written or
    /// case-insensitively, and rules out some that do not.
    #[test]
    fn the_literal_filter_keeps_every_pattern_that_matches() {
        let mut patterns: Vec<String> = PATTERNS.iter().map(|p| p.to_string()).collect();
        patterns.extend(
            [
                r"(?-u:\b)(?:is|was)\s+awarded(?-u:\b)",
                r"(?-u:\b)signed\s+(?:a|the)\s+contract",
                r"(?-u:\b)(?:selected|chose)\s+\w+",
                r"(?-u:\b)protest(?:ed|s)?\b",
                r"kelvin|seven|sixteen",
                r"(?-u:\b)éclair",
            ]
            .map(String::from),
        );
        let filter = LiteralFilter::new(&patterns);
        let mut haystacks: Vec<&str> = HAYSTACKS.to_vec();
        haystacks.extend([
            "The contract WAS AWARDED to them.",
            "It SIGNED THE CONTRACT and then Selected Acme.",
            "a protest, an ÉCLAIR, éclairs",
            "it waſ awarded; ſigned the contract; KELVIN",
            "nothing here at all",
        ]);
        let mut ruled_out = 0;
        for haystack in &haystacks {
            let possible = filter.possible(haystack);
            for (i, pattern) in patterns.iter().enumerate() {
                let matches = Regex::new(pattern).expect("valid").is_match(haystack)
                    || Regex::new(&format!("(?i){pattern}"))
                        .expect("valid")
                        .is_match(haystack);
                assert!(
                    !matches || possible.contains(i),
                    "{pattern:?} matches {haystack:?} but was ruled out"
                );
                ruled_out += usize::from(!possible.contains(i));
            }
        }
        assert!(
            ruled_out > 50,
            "the filter rules out too little: {ruled_out}"
        );
        let plain = filter.possible("nothing here at all");
        assert!(
            !plain.contains(patterns.len() - 6),
            "'awarded' is not in it"
        );
        assert!(
            plain.contains(patterns.len() - 1),
            "a non-ASCII literal is always possible"
        );
    }

    fn spans(m: Option<regex::Match<'_>>) -> Option<(usize, usize)> {
        m.map(|m| (m.start(), m.end()))
    }

    fn our_spans(m: Option<Match<'_>>) -> Option<(usize, usize)> {
        m.map(|m| (m.start(), m.end()))
    }

    fn groups_of(caps: &regex::Captures<'_>) -> Vec<Option<(usize, usize)>> {
        (0..caps.len()).map(|i| spans(caps.get(i))).collect()
    }

    fn our_groups_of(caps: &Captures<'_>) -> Vec<Option<(usize, usize)>> {
        (0..caps.len()).map(|i| our_spans(caps.get(i))).collect()
    }

    /// Every method gives what `regex::Regex` gives for `pattern` on `haystack`.
    fn assert_same(pattern: &str, haystack: &str) {
        let theirs = regex::Regex::new(pattern).expect("valid");
        let ours = Regex::new(pattern).expect("valid");
        let what = format!("{pattern:?} on {haystack:?}");
        assert_eq!(ours.is_match(haystack), theirs.is_match(haystack), "{what}");
        assert_eq!(
            our_spans(ours.find(haystack)),
            spans(theirs.find(haystack)),
            "{what}"
        );
        let mut starts: Vec<usize> = haystack.char_indices().map(|(i, _)| i).collect();
        starts.push(haystack.len());
        for &start in &starts {
            assert_eq!(
                our_spans(ours.find_at(haystack, start)),
                spans(theirs.find_at(haystack, start)),
                "{what} from {start}"
            );
            assert_eq!(
                ours.captures_at(haystack, start).map(|c| our_groups_of(&c)),
                theirs.captures_at(haystack, start).map(|c| groups_of(&c)),
                "{what} from {start}"
            );
            if let Some(m) = ours.find_at(haystack, start) {
                assert_eq!(
                    ours.captures_of(haystack, &m).map(|c| our_groups_of(&c)),
                    theirs.captures_at(haystack, start).map(|c| groups_of(&c)),
                    "{what} captures of the match from {start}"
                );
            }
        }
        for name in theirs_names(pattern) {
            assert_eq!(
                ours.group_index(&name),
                theirs
                    .capture_names()
                    .position(|n| n == Some(name.as_str())),
                "{what} group {name}"
            );
        }
        let our_matches: Vec<_> = ours.find_iter(haystack).map(|m| m.range()).collect();
        let their_matches: Vec<_> = theirs.find_iter(haystack).map(|m| m.range()).collect();
        assert_eq!(our_matches, their_matches, "{what}");
        let our_caps: Vec<_> = ours
            .captures_iter(haystack)
            .map(|c| our_groups_of(&c))
            .collect();
        let their_caps: Vec<_> = theirs
            .captures_iter(haystack)
            .map(|c| groups_of(&c))
            .collect();
        assert_eq!(our_caps, their_caps, "{what}");
        let our_split: Vec<_> = ours.split(haystack).collect();
        let their_split: Vec<_> = theirs.split(haystack).collect();
        assert_eq!(our_split, their_split, "{what}");
        if let (Some(ours), Some(theirs)) = (ours.captures(haystack), theirs.captures(haystack)) {
            for name in theirs_names(pattern) {
                assert_eq!(
                    our_spans(ours.name(&name)),
                    spans(theirs.name(&name)),
                    "{what} group {name}"
                );
            }
            assert_eq!(&ours[0], &theirs[0], "{what}");
            for m in [ours.get(0)].into_iter().flatten() {
                assert_eq!(m.as_str(), &haystack[m.range()]);
                assert_eq!(m.len(), m.end() - m.start());
                assert_eq!(m.is_empty(), m.start() == m.end());
            }
        }
    }

    fn theirs_names(pattern: &str) -> Vec<String> {
        regex::Regex::new(pattern)
            .expect("valid")
            .capture_names()
            .flatten()
            .map(String::from)
            .collect()
    }

    #[test]
    fn matches_as_the_regex_crate_does() {
        for pattern in PATTERNS {
            for haystack in HAYSTACKS {
                assert_same(pattern, haystack);
            }
        }
    }

    #[test]
    fn the_events_patterns_match_as_the_regex_crate_does() {
        // A sample of the real patterns, through the same rewriting.
        let sentence = "On March 3, the U.S. Army awarded Lockheed Martin Corp., Bethesda, Md., a \
                        $1.2 billion firm-fixed-price contract (W56HZV-20-C-0001) for Ķelvin \
                        sensors; work will be performed in Orlando, Florida, with an estimated \
                        completion date of Sept. 30, 2025.";
        for pattern in [
            r"(?i)(?-u:\b)(?:awarded|won|received)(?-u:\b)",
            r"(?i)(?-u:\b)by\s+(?:the\s+)?",
            r"\sfor\s+(?:the\s+)?\p{Ll}",
            r"\s(?:at|in)\s+\p{Lu}",
            r"(?i)(?-u:\b)completion\s+date\s+of\s+",
        ] {
            assert_same(pattern, sentence);
        }
    }

    /// Wide classes, compiled in the compact form, match what the regex crate's classes match
    /// on text with characters of every UTF-8 length, the Unicode spaces among them.
    #[test]
    fn wide_classes_match_as_the_regex_crate_does() {
        let patterns = [
            r"(?i)(?-u:\b)award(?:ed)?\s+(?:[^.;]|\.\S){0,12}?(?-u:\b)to(?-u:\b)",
            r"(?:[^.;]|\.\S){0,8}",
            r"(?:[^.;]|\.\S){0,8}?x",
            r"[^.;]+",
            r"[^,;$]{1,5},",
            r"\S+",
            r"\S{2}",
            r"(?s).{3}",
            r".+?\s",
            r"[^\n]*$",
            r"(?P<gap>[^a-z]{1,4})(?P<tail>\S)",
            r"(?i)[^k]{2}",
            r"\W+",
            r"\w[^\w]\w",
        ];
        let haystacks = [
            "Awarded it.\u{a0}To them awarded x\u{2009}y.\u{3000}z to Acme; ok",
            "e.\u{a0}The\u{85}next \u{1680}ogham\u{2028}line\u{202f}and\u{205f}x\u{3000}y",
            "€1.5m ‘quoted’ — “dash” – 😀 emoji 𝔸 math \u{10ffff} end.x",
            "日本語 ééé ﬃ Ķelvin \u{212a} ſ; 𐍈 gothic, ₹ rupee $5",
            ".\u{a0}.\u{2000}.\u{200b}.é.😀.",
        ];
        for pattern in patterns {
            for haystack in haystacks.iter().chain(HAYSTACKS) {
                assert_same(pattern, haystack);
            }
        }
    }

    /// The compact form is what makes a gap's automata small: far fewer NFA states, forward and
    /// reverse, than the regex crate's UTF-8 automata of the same classes.
    #[test]
    fn wide_classes_compile_to_small_automata() {
        use regex_automata::nfa::thompson::{Compiler, Config, WhichCaptures};
        let states = |hir: &Hir, reverse: bool| {
            let config = Config::new()
                .reverse(reverse)
                .shrink(false)
                .which_captures(WhichCaptures::None);
            let nfa = Compiler::new().configure(config).build_from_hir(hir);
            nfa.expect("compiles").states().len()
        };
        let config = syntax::Config::new();
        let gap = syntax::parse_with(r"(?i)(?:[^.;]|\.\S){0,120}?", &config).unwrap();
        let compact = compact_classes(gap.clone());
        assert!(states(&compact, false) < states(&gap, false));
        assert!(2 * states(&compact, true) < states(&gap, true));
        // A narrow class is left as it is.
        let letters = syntax::parse_with(r"\p{Lu}", &config).unwrap();
        assert_eq!(compact_classes(letters.clone()), letters);
    }

    /// A table compiled with [`Regex::new_many`] matches where the alternation of its rows does,
    /// and names the row that the alternation's group per row names.
    #[test]
    fn many_patterns_match_as_their_alternation_and_name_the_row() {
        let tables: &[&[&str]] = &[
            &[r"(?i)fixed-price", r"(?i)firm-fixed-price", r"(?i)price"],
            &[
                r"(?i)\b(?:award(?:ed)?)\b",
                r"(?i)\bawards?\b",
                r"(?i)\bcontracts?\b",
            ],
            &[r"x*y", r"xz", r"x", r"xy"],
            &[r"seventeen|seventy", r"seven", r"six|sixteen", r"éa|éb|e"],
            &[r"(?i)ab", r"ac", r"(?i)ad", r"ab", r"a"],
            &[r"a*", r"b"],
        ];
        for rows in tables {
            let rows: Vec<String> = rows.iter().map(|r| r.to_string()).collect();
            let grouped = rows
                .iter()
                .enumerate()
                .map(|(i, r)| format!("(?P<r{i}>{r})"))
                .collect::<Vec<_>>()
                .join("|");
            let alternation = regex::Regex::new(&grouped).unwrap();
            let many = Regex::new_many(&rows).unwrap();
            for haystack in HAYSTACKS {
                let theirs: Vec<(usize, usize, usize)> = alternation
                    .captures_iter(haystack)
                    .map(|c| {
                        let m = c.get(0).unwrap();
                        let row = (0..rows.len())
                            .find(|i| c.name(&format!("r{i}")).is_some())
                            .unwrap();
                        (m.start(), m.end(), row)
                    })
                    .collect();
                let ours: Vec<(usize, usize, usize)> = many
                    .find_iter(haystack)
                    .map(|m| (m.start(), m.end(), m.pattern()))
                    .collect();
                assert_eq!(ours, theirs, "{rows:?} on {haystack:?}");
            }
        }
    }

    #[test]
    fn a_group_that_does_not_take_part_is_none_and_indexing_panics_as_in_regex() {
        let re = Regex::new(r"(a)|(b)").expect("valid");
        let caps = re.captures("b").expect("matches");
        assert_eq!(caps.len(), 3);
        assert!(caps.get(1).is_none());
        assert_eq!(&caps[2], "b");
        assert!(std::panic::catch_unwind(|| caps[1].len()).is_err());
    }

    #[test]
    fn an_invalid_pattern_is_an_error() {
        assert!(Regex::new("(").is_err());
        assert!(Regex::new(r"\p{NoSuchClass}").is_err());
    }

    proptest::proptest! {
        /// Random haystacks over an alphabet of ASCII, multi-byte letters, case-fold partners
        /// (K/k/K, s/ſ) and spaces, against every pattern.
        #[test]
        fn random_haystacks_match_as_in_regex(
            haystack in "[aAbé ,;\\-–kKsſ\u{212A}0-9\n]{0,24}",
            which in 0..PATTERNS.len(),
        ) {
            assert_same(PATTERNS[which], &haystack);
        }
    }
}
