//! Fast paths for UAX #29 sentence and word boundaries that give exactly the segments of
//! `unicode-segmentation`, several times faster on news text.
//!
//! Sentences: the crate looks up the Sentence_Break property of every character in a range
//! table, which is most of its time. Here the property comes from two small arrays covering
//! ASCII, Latin-1 and General Punctuation (the characters of nearly every English news line:
//! curly quotes, dashes, no-break spaces, accented letters), copied from the crate's own table,
//! and the crate's state machine is reproduced rule for rule. A line holding any other character
//! goes to the crate. Lines are independent: rule SB4 always breaks after a line feed and no
//! rule looks across one, so each line is segmented on its own.
//!
//! Words: the crate has a fast path of its own for all-ASCII strings, reproduced here for the
//! word segments alone. Text is cut at points where UAX #29 always breaks (around runs of ASCII
//! spaces and line feeds, see [`always_breaks`]); ASCII stretches between such points take the
//! ASCII path, the others the crate's general one.
//!
//! Both are checked against the crate on generated text in the tests below.

use unicode_segmentation::UnicodeSegmentation;

use super::ByteSpan;

/// Sentence_Break property values (UAX #29), as the crate's table names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sb {
    Any,
    Sp,
    Lf,
    Cr,
    STerm,
    ATerm,
    Close,
    SContinue,
    Numeric,
    Upper,
    Lower,
    Extend,
    Format,
    Sep,
    OLetter,
}

/// Decodes a table written one letter per code point (see [`LATIN1`]).
const fn decode<const N: usize>(letters: &[u8]) -> [Sb; N] {
    let mut out = [Sb::Any; N];
    let mut i = 0;
    while i < N {
        out[i] = match letters[i] {
            b'S' => Sb::Sp,
            b'L' => Sb::Lf,
            b'R' => Sb::Cr,
            b'T' => Sb::STerm,
            b'A' => Sb::ATerm,
            b'C' => Sb::Close,
            b'N' => Sb::SContinue,
            b'D' => Sb::Numeric,
            b'U' => Sb::Upper,
            b'W' => Sb::Lower,
            b'E' => Sb::Extend,
            b'F' => Sb::Format,
            b'P' => Sb::Sep,
            b'X' => Sb::OLetter,
            _ => Sb::Any,
        };
        i += 1;
    }
    out
}

/// Sentence_Break of U+0000–U+00FF, one letter per code point, from the crate's table:
/// O Any, S Sp, L LF, R CR, T STerm, A ATerm, C Close, N SContinue, D Numeric, U Upper,
/// W Lower, E Extend, F Format, P Sep, X OLetter.
static LATIN1: [Sb; 0x100] = decode(
    b"\
      OOOOOOOOOSLSSROOOOOOOOOOOOOOOOOOSTCOOOOCCCOONNAODDDDDDDDDDNNOOOT\
      OUUUUUUUUUUUUUUUUUUUUUUUUUUCOCOOOWWWWWWWWWWWWWWWWWWWWWWWWWWCOCOO\
      OOOOOPOOOOOOOOOOOOOOOOOOOOOOOOOOSOOOOOOOOOWCOFOOOOOOOWOOOOWCOOOO\
      UUUUUUUUUUUUUUUUUUUUUUUOUUUUUUUWWWWWWWWWWWWWWWWWWWWWWWWOWWWWWWWW",
);

/// ASCII characters that push a part no rule looks for (all but ATerm, STerm, CR, LF and Sep;
/// ASCII has no Extend or Format): in a quiet state they only move the state along.
static QUIET: [bool; 0x100] = {
    let mut out = [false; 0x100];
    let mut i = 0;
    while i < 0x80 {
        out[i] = !matches!(LATIN1[i], Sb::ATerm | Sb::STerm | Sb::Cr | Sb::Lf | Sb::Sep);
        i += 1;
    }
    out
};

/// Sentence_Break of U+2000–U+206F (General Punctuation), same letters.
static GENERAL_PUNCTUATION: [Sb; 0x70] = decode(
    b"\
      SSSSSSSSSSSFEEFFOOONNOOOCCCCCCCCOOOOAOOOPPFFFFFSOOOOOOOOOCCOTTOO\
      OOOOOCCTTTOOOOOOOOOOOOOOOOOOOOOSFFFFFOFFFFFFFFFF",
);

/// Sentence_Break of U+20A0–U+20CF (Currency Symbols): all Any.
const CURRENCY_SYMBOLS: std::ops::RangeInclusive<u32> = 0x20A0..=0x20CF;

/// The Sentence_Break property of `c`, when the tables above cover it.
#[inline]
fn sentence_break(c: char) -> Option<Sb> {
    let cp = c as u32;
    match cp {
        0..=0xFF => Some(LATIN1[cp as usize]),
        0x2000..=0x206F => Some(GENERAL_PUNCTUATION[(cp - 0x2000) as usize]),
        _ if CURRENCY_SYMBOLS.contains(&cp) => Some(Sb::Any),
        _ => None,
    }
}

/// What the sentence state machine remembers of a character (runs of Close and of Sp collapse),
/// as one byte. Parts that some rule looks for (all but the last four) have the high bit set,
/// so that one mask tells whether any rule but SB5 can apply.
mod part {
    pub const SOT: u32 = 0x80;
    pub const CR: u32 = 0x81;
    pub const LF: u32 = 0x82;
    pub const SEP: u32 = 0x83;
    pub const ATERM: u32 = 0x84;
    pub const STERM: u32 = 0x85;
    pub const OTHER: u32 = 0x01;
    pub const UPPER_LOWER: u32 = 0x02;
    pub const CLOSE_PLUS: u32 = 0x03;
    pub const SP_PLUS: u32 = 0x04;
}

/// The last four parts, one per byte, the newest in the low byte: the state of
/// `unicode-segmentation`'s sentence iterator, kept in a register.
type State = u32;

const INITIAL: State = part::SOT * 0x0101_0101;

/// Part `i` of the state, 3 being the newest (as `parts[i]` in the crate).
#[inline]
fn nth(s: State, i: u32) -> u32 {
    (s >> (8 * (3 - i))) & 0xFF
}

#[inline]
fn advance(s: State, cat: Sb) -> State {
    let newest = s & 0xFF;
    if (newest == part::CLOSE_PLUS && cat == Sb::Close)
        || (newest == part::SP_PLUS && cat == Sb::Sp)
    {
        return s;
    }
    let p = match cat {
        Sb::Cr => part::CR,
        Sb::Lf => part::LF,
        Sb::Sep => part::SEP,
        Sb::ATerm => part::ATERM,
        Sb::Upper | Sb::Lower => part::UPPER_LOWER,
        Sb::Close => part::CLOSE_PLUS,
        Sb::Sp => part::SP_PLUS,
        Sb::STerm => part::STERM,
        _ => part::OTHER,
    };
    (s << 8) | p
}

fn is_saterm(p: u32) -> bool {
    p == part::STERM || p == part::ATERM
}

/// The part before optional runs of Sp then Close, from part `i` back (SB8, SB8a, SB10).
fn before_close_sp(s: State) -> u32 {
    let mut i = if nth(s, 3) == part::SP_PLUS { 2 } else { 3 };
    if nth(s, i) == part::CLOSE_PLUS {
        i -= 1;
    }
    nth(s, i)
}

/// SB8a's and SB10's left side: `SATerm Close* Sp*`.
fn after_saterm_close_sp(s: State) -> bool {
    is_saterm(before_close_sp(s))
}

/// SB8's left side: `ATerm Close* Sp*`.
fn after_aterm_close_sp(s: State) -> bool {
    before_close_sp(s) == part::ATERM
}

/// SB9's left side: `SATerm Close*`.
fn after_saterm_close(s: State) -> bool {
    let i = if nth(s, 3) == part::CLOSE_PLUS { 2 } else { 3 };
    is_saterm(nth(s, i))
}

/// SB11's left side: `SATerm Close* Sp* ParaSep?`.
fn after_saterm_close_sp_parasep(s: State) -> bool {
    let mut i = if matches!(nth(s, 3), part::SEP | part::CR | part::LF) {
        2
    } else {
        3
    };
    if nth(s, i) == part::SP_PLUS {
        i -= 1;
    }
    if nth(s, i) == part::CLOSE_PLUS {
        i -= 1;
    }
    is_saterm(nth(s, i))
}

/// SB8's right side from `at`: `( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower`.
/// Returns the answer and the offset of the character that decided it (or the line's end): the
/// answer is the same from any offset up to that one, which keeps runs of spaces linear.
fn sb8_ahead(line: &str, at: usize) -> Option<(bool, usize)> {
    for (i, c) in line[at..].char_indices() {
        match sentence_break(c)? {
            Sb::Lower => return Some((true, at + i)),
            Sb::OLetter | Sb::Upper | Sb::Sep | Sb::Cr | Sb::Lf | Sb::STerm | Sb::ATerm => {
                return Some((false, at + i));
            }
            _ => {}
        }
    }
    Some((false, line.len()))
}

/// Finds where runs of [`QUIET`] bytes end, with vectorized searches for each kind of byte
/// that ends one: the terminators `.`, `!` and `?`, CR and LF, and non-ASCII bytes. Each
/// search's last answer is kept until the scan passes it, so that a line is searched once
/// for each kind, however many runs it has (a line of "A. A. A." stays linear).
#[derive(Default)]
struct QuietEnd {
    /// The next terminator, CR or LF, and non-ASCII byte at or after the offsets last asked
    /// (the line's length when there is none).
    terminator: usize,
    line_break: usize,
    non_ascii: usize,
    /// Whether the three above have been searched for yet.
    started: bool,
}

impl QuietEnd {
    /// The end of the run of quiet bytes that starts at `at` (`bytes[at]` being quiet).
    fn after(&mut self, bytes: &[u8], at: usize) -> usize {
        let from = |found: Option<usize>| found.map_or(bytes.len(), |k| at + k);
        if !self.started || self.terminator < at {
            self.terminator = from(memchr::memchr3(b'.', b'!', b'?', &bytes[at..]));
        }
        if !self.started || self.line_break < at {
            self.line_break = from(memchr::memchr2(b'\n', b'\r', &bytes[at..]));
        }
        if !self.started || self.non_ascii < at {
            self.non_ascii = from(super::first_non_ascii(&bytes[at..]));
        }
        self.started = true;
        self.terminator.min(self.line_break).min(self.non_ascii)
    }
}

/// The sentence boundaries strictly inside `line` (which holds at most one line feed, at its
/// end), appended to `out`; `None` when a character is not in the tables.
fn line_breaks(line: &str, out: &mut Vec<usize>) -> Option<()> {
    let mut state: State = INITIAL;
    // (answer, valid up to this offset) of the last SB8 look-ahead.
    let mut sb8: Option<(bool, usize)> = None;
    let bytes = line.as_bytes();
    let mut quiet_end = QuietEnd::default();
    let mut next = 0;
    while next < bytes.len() {
        // A run of quiet ASCII characters (see [`QUIET`]) when no rule but SB5 is in sight:
        // each would only push a part that no rule looks for, so the run is skipped in one go
        // (most of a text is such runs). Only the newest parts can matter afterwards: SB7
        // looks at the part just before an ATerm, and runs of Close or Sp collapse into the
        // newest part; older quiet parts all answer the rules the same way. So replaying the
        // run's last four characters gives a state that behaves exactly as the full one.
        if state & 0x8080_8080 == 0 && QUIET[usize::from(bytes[next])] {
            let run_start = next;
            next = quiet_end.after(bytes, next);
            for &b in &bytes[next.saturating_sub(4).max(run_start)..next] {
                state = advance(state, LATIN1[usize::from(b)]);
            }
            continue;
        }
        let pos = next;
        // ASCII without decoding a char; other characters from the tables, or give up.
        let cat = if bytes[pos].is_ascii() {
            next += 1;
            LATIN1[usize::from(bytes[pos])]
        } else {
            let c = line[pos..].chars().next()?;
            next += c.len_utf8();
            sentence_break(c)?
        };
        let before = state;
        state = advance(state, cat);
        if before & 0x8080_8080 == 0 {
            // No terminator, line break or start in sight: only SB5 can apply (the usual case).
            if matches!(cat, Sb::Extend | Sb::Format) {
                state = before;
            }
            continue;
        }
        // The rules in the order the crate applies them.
        if nth(before, 3) == part::SOT {
            continue; // SB1: the break at the start of the line
        }
        if cat == Sb::Lf && nth(before, 3) == part::CR {
            continue; // SB3
        }
        if matches!(nth(before, 3), part::SEP | part::CR | part::LF) {
            out.push(pos); // SB4
            continue;
        }
        if matches!(cat, Sb::Extend | Sb::Format) {
            state = before; // SB5
            continue;
        }
        if cat == Sb::Numeric && nth(before, 3) == part::ATERM {
            continue; // SB6
        }
        if cat == Sb::Upper && nth(before, 2) == part::UPPER_LOWER && nth(before, 3) == part::ATERM
        {
            continue; // SB7
        }
        if after_aterm_close_sp(before) {
            let (joins, _) = match sb8 {
                Some((answer, until)) if pos <= until => (answer, until),
                _ => {
                    let found = sb8_ahead(line, pos)?;
                    sb8 = Some(found);
                    found
                }
            };
            if joins {
                continue; // SB8
            }
        }
        if matches!(cat, Sb::SContinue | Sb::STerm | Sb::ATerm) && after_saterm_close_sp(before) {
            continue; // SB8a
        }
        if matches!(cat, Sb::Close | Sb::Sp | Sb::Sep | Sb::Cr | Sb::Lf)
            && after_saterm_close(before)
        {
            continue; // SB9
        }
        if matches!(cat, Sb::Sp | Sb::Sep | Sb::Cr | Sb::Lf) && after_saterm_close_sp(before) {
            continue; // SB10
        }
        if after_saterm_close_sp_parasep(before) {
            out.push(pos); // SB11
        }
        // SB998: no break
    }
    Some(())
}

/// The UAX #29 sentence segments of `text` as byte ranges `(start, end)`: exactly those of
/// `split_sentence_bound_indices`, in order.
pub(super) fn sentence_pieces(text: &str) -> Vec<(usize, usize)> {
    let mut pieces = Vec::new();
    let mut breaks = Vec::new();
    let mut offset = 0;
    for line in super::lines_inclusive(text) {
        breaks.clear();
        if line_breaks(line, &mut breaks).is_some() {
            let mut start = 0;
            for &b in &breaks {
                pieces.push((offset + start, offset + b));
                start = b;
            }
            pieces.push((offset + start, offset + line.len()));
        } else {
            pieces.extend(
                line.split_sentence_bound_indices()
                    .map(|(i, s)| (offset + i, offset + i + s.len())),
            );
        }
        offset += line.len();
    }
    pieces
}

/// Whether UAX #29 always puts a word boundary at byte `p` of `b`, whatever comes before and
/// after the bytes looked at: before and after a line feed (WB3a, WB3b; not inside CR LF),
/// before a run of ASCII spaces that follows an ASCII character (WB3d joins only spaces, and a
/// non-ASCII character before could be a space of another kind), and after a run of ASCII
/// spaces that an ASCII character follows (a non-ASCII one could be an extender, WB4).
fn always_breaks(b: &[u8], p: usize) -> bool {
    if p == 0 || p >= b.len() {
        return true;
    }
    let (prev, next) = (b[p - 1], b[p]);
    prev == b'\n'
        || (next == b'\n' && prev != b'\r')
        || (next == b' ' && prev != b' ' && prev.is_ascii())
        || (prev == b' ' && next != b' ' && next.is_ascii())
}

/// Appends the word spans of `text` (UAX #29 word segments holding a letter or digit).
pub(super) fn words(text: &str, out: &mut Vec<ByteSpan>) {
    let b = text.as_bytes();
    let mut pos = 0;
    while pos < b.len() {
        let Some(i) = super::first_non_ascii(&b[pos..]) else {
            ascii_words(text, pos, b.len(), out);
            break;
        };
        let at = pos + i;
        if let Some(len) = lone_other(b, at) {
            ascii_words(text, pos, at, out);
            pos = at + len;
            continue;
        }
        let mut start = at;
        while start > pos && !always_breaks(b, start) {
            start -= 1;
        }
        let mut end = at + 1;
        while !always_breaks(b, end) {
            end += 1;
        }
        ascii_words(text, pos, start, out);
        out.extend(
            text[start..end]
                .split_word_bound_indices()
                .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
                .map(|(i, w)| ByteSpan::new(start + i, start + i + w.len())),
        );
        pos = end;
    }
}

/// Common non-ASCII characters of news text whose Word_Break is Other (no-break space, the
/// dashes, curly double quotes, guillemets, the ellipsis), as UTF-8.
const OTHER_WORD_BREAK: &[&[u8]] = &[
    "\u{a0}".as_bytes(),
    "«".as_bytes(),
    "»".as_bytes(),
    "–".as_bytes(),
    "—".as_bytes(),
    "“".as_bytes(),
    "”".as_bytes(),
    "…".as_bytes(),
];

/// The length of the character at `at` when it is one of [`OTHER_WORD_BREAK`] and an ASCII
/// byte (or the end) follows. UAX #29 then breaks before it (no rule joins anything to Other)
/// and after it (only Extend, Format or ZWJ would attach, WB4, and none is ASCII), and it is
/// a segment of its own with no letter or digit: no word, and the text on each side is
/// segmented as if the other side were not there (no rule looks across an Other).
fn lone_other(b: &[u8], at: usize) -> Option<usize> {
    let rest = &b[at..];
    let c = OTHER_WORD_BREAK.iter().find(|c| rest.starts_with(c))?;
    rest.get(c.len())
        .is_none_or(u8::is_ascii)
        .then_some(c.len())
}

/// The words of the all-ASCII `text[start..end]`: the segments of the crate's ASCII path that
/// hold a letter or digit, which are its runs of letters, digits and `_` with their infixes
/// ("3.14", "e.g", "don't"; WB6, WB7, WB11, WB12), found here without building the others.
fn ascii_words(text: &str, start: usize, end: usize, out: &mut Vec<ByteSpan>) {
    let b = &text.as_bytes()[..end];
    let class = |i: usize| WORD_CLASS[usize::from(b[i])];
    let mut i = start;
    loop {
        while i < end && class(i) & word_class::WORD == 0 {
            i += 1;
        }
        if i >= end {
            return;
        }
        let word_start = i;
        loop {
            while i < end && class(i) & word_class::WORD != 0 {
                i += 1;
            }
            // An infix joins only when a word character follows it.
            if i + 1 < end && is_infix(b[i], b[i - 1], b[i + 1]) {
                i += 1;
            } else {
                break;
            }
        }
        // A run of `_` alone is no word (an infix joins only letters or digits, so a segment
        // that starts with a letter or digit holds one).
        let word = &b[word_start..i];
        if b[word_start] != b'_' || word.iter().any(u8::is_ascii_alphanumeric) {
            out.push(ByteSpan::new(word_start, i));
        }
    }
}

/// Classes of ASCII bytes in words, as bits of [`WORD_CLASS`].
mod word_class {
    pub const ALPHA: u8 = 1;
    pub const DIGIT: u8 = 2;
    pub const UNDERSCORE: u8 = 4;
    /// What a word is made of (infixes apart).
    pub const WORD: u8 = ALPHA | DIGIT | UNDERSCORE;
}

/// The [`word_class`] bits of each byte (none for non-ASCII bytes).
static WORD_CLASS: [u8; 0x100] = {
    let mut out = [0; 0x100];
    let mut i = 0;
    while i < 0x80 {
        let c = i as u8;
        out[i] = if c.is_ascii_alphabetic() {
            word_class::ALPHA
        } else if c.is_ascii_digit() {
            word_class::DIGIT
        } else if c == b'_' {
            word_class::UNDERSCORE
        } else {
            0
        };
        i += 1;
    }
    out
};

/// Whether `c` between `prev` and `next` joins them into one word (as the crate's ASCII path).
#[inline]
fn is_infix(c: u8, prev: u8, next: u8) -> bool {
    match c {
        b'.' | b',' | b';' | b'\'' if prev.is_ascii_digit() && next.is_ascii_digit() => true,
        b'\'' | b'.' | b':' if prev.is_ascii_alphabetic() && next.is_ascii_alphabetic() => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Characters of every Sentence_Break and Word_Break kind that matters, ASCII or not, in
    /// and out of the tables.
    const ALPHABET: &[char] = &[
        'a',
        'b',
        'Z',
        'Q',
        '1',
        '9',
        '.',
        '.',
        '.',
        '!',
        '?',
        ',',
        ';',
        ':',
        '-',
        '\'',
        '"',
        '(',
        ')',
        '[',
        ' ',
        ' ',
        ' ',
        ' ',
        '\t',
        '\n',
        '\n',
        '\r',
        '_',
        '$',
        '%',
        '\u{a0}',
        '’',
        '‘',
        '“',
        '”',
        '—',
        '–',
        '‐',
        '…',
        '€',
        'é',
        'É',
        'ß',
        '\u{ad}',
        '\u{200b}',
        '\u{200d}',
        '\u{2028}',
        '\u{2029}',
        '\u{85}',
        '\u{301}',
        '\u{3000}',
        '\u{2003}',
        '。',
        '！',
        'Ω',
        'ω',
        'ا',
        '日',
        '🇺',
        '🇸',
        '👍',
        '\u{fe0f}',
        '\u{1f3fb}',
        '‼',
        '\u{2024}',
    ];

    /// Deterministic pseudo-random texts over [`ALPHABET`], with runs (to make words and
    /// abbreviations), of lengths up to `max_len` characters.
    fn texts(n: usize, max_len: usize, seed: u64) -> Vec<String> {
        let mut x = seed;
        let mut next = move || {
            // xorshift64*
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            x.wrapping_mul(0x2545_F491_4F6C_DD1D)
        };
        (0..n)
            .map(|_| {
                let len = (next() % max_len as u64) as usize;
                let mut s = String::new();
                while s.chars().count() < len {
                    let c = ALPHABET[(next() % ALPHABET.len() as u64) as usize];
                    let run = 1 + (next() % 4) as usize;
                    // Mostly ASCII, as news text is.
                    let c = if !c.is_ascii() && next() % 3 != 0 {
                        ALPHABET[(next() % 30) as usize]
                    } else {
                        c
                    };
                    for _ in 0..run {
                        s.push(c);
                    }
                }
                s
            })
            .collect()
    }

    /// Generated texts per differential test: `NEWSEXTRACT_UAX29_CASES` to run more locally.
    fn cases() -> usize {
        std::env::var("NEWSEXTRACT_UAX29_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(20_000)
    }

    fn crate_sentences(text: &str) -> Vec<(usize, usize)> {
        text.split_sentence_bound_indices()
            .map(|(i, s)| (i, i + s.len()))
            .collect()
    }

    fn crate_words(text: &str) -> Vec<ByteSpan> {
        text.split_word_bound_indices()
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
            .map(|(i, w)| ByteSpan::new(i, i + w.len()))
            .collect()
    }

    #[test]
    fn quiet_runs_end_where_the_searches_say() {
        // `QuietEnd` searches for these bytes: exactly the ASCII bytes that are not quiet.
        let loud: Vec<u8> = (0u8..0x80).filter(|&b| !QUIET[usize::from(b)]).collect();
        assert_eq!(loud, b"\n\r!.?");
        assert!((0x80..0x100).all(|b| !QUIET[b]));
        let line = b"ab c. d\xC3\xA9 e! f\r";
        let mut end = QuietEnd::default();
        let runs: Vec<usize> = [0, 5, 9, 12].map(|at| end.after(line, at)).to_vec();
        assert_eq!(runs, vec![4, 7, 11, 14]);
    }

    #[test]
    fn sentences_match_the_crate() {
        for text in texts(cases(), 40, 0x5EED) {
            assert_eq!(sentence_pieces(&text), crate_sentences(&text), "{text:?}");
        }
    }

    #[test]
    fn words_match_the_crate() {
        for text in texts(cases(), 40, 0xF00D) {
            let mut w = Vec::new();
            words(&text, &mut w);
            assert_eq!(w, crate_words(&text), "{text:?}");
        }
    }

    #[test]
    fn every_table_entry_matches_the_crate() {
        // Each covered character in contexts that tell the Sentence_Break values apart.
        let covered = (0u32..0x100)
            .chain(0x2000..0x2070)
            .filter_map(char::from_u32);
        for c in covered {
            for ctx in [
                "a{}. b",
                "A.{} a",
                "x. {}a",
                "x.{} A",
                "U.{}S.",
                "a{} b. C",
                "end.{}\nNext",
                "x! {} y",
                "Mr. {}1",
                "(a.{}) B",
                "\"Hi.{}\" he",
                "{}",
                "a{}",
                "{}A. b",
            ] {
                let text = ctx.replace("{}", &c.to_string());
                assert_eq!(
                    sentence_pieces(&text),
                    crate_sentences(&text),
                    "U+{:04X} in {text:?}",
                    c as u32
                );
                let mut w = Vec::new();
                words(&text, &mut w);
                assert_eq!(w, crate_words(&text), "U+{:04X} in {text:?}", c as u32);
            }
        }
    }

    #[test]
    fn lone_others_match_the_crate() {
        // Each character of OTHER_WORD_BREAK between every kind of neighbour the ASCII path
        // and the crate tell apart, and before characters that could attach to it.
        let others = ["\u{a0}", "«", "»", "–", "—", "“", "”", "…"];
        assert_eq!(others.len(), OTHER_WORD_BREAK.len());
        let sides = [
            "", "a", "1", "_", ".", "'", ":", ",", " ", "\n", "a.", "1,", "a'", "é", "\u{301}",
            "\u{200d}", "\u{ad}", "’", "👍", "\u{fe0f}", "“", "—",
        ];
        for c in others {
            for before in sides {
                for after in sides {
                    for text in [
                        format!("{before}{c}{after}"),
                        format!("x{before}{c}{after}y"),
                        format!("1{before}{c}{after}2"),
                    ] {
                        let mut w = Vec::new();
                        words(&text, &mut w);
                        assert_eq!(w, crate_words(&text), "{text:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn news_text_matches_the_crate() {
        let text = "ICE Seeks New Cloud Deal\n\n(Bloomberg) — U.S. Immigration and Customs \
                    Enforcement’s “cloud” plan, worth $100 million, starts Sept. 26.  It's \
                    No. 5 on Mr. Smith’s list!\u{a0}Really? Yes.\r\nThe end…\n";
        assert_eq!(sentence_pieces(text), crate_sentences(text));
        let mut w = Vec::new();
        words(text, &mut w);
        assert_eq!(w, crate_words(text));
    }

    #[test]
    fn long_runs_stay_linear() {
        // A period, then a megabyte of spaces: SB8's look-ahead is done once, not per space.
        let small = format!("A.{}a", " ".repeat(1000));
        assert_eq!(crate_sentences(&small), vec![(0, small.len())]);
        let text = format!("A.{}a", " ".repeat(1 << 20));
        assert_eq!(sentence_pieces(&text), vec![(0, text.len())]);
    }
}
