//! Segmentation: sentences and words, and the map between byte and code-point offsets.
//!
//! Sentences come from UAX #29 (`unicode-segmentation`), then repaired where news text fools the
//! standard rules: abbreviations ("Corp.", "U.S.", "Sept.", "Mr."), initials ("John F. Kennedy"),
//! "No. 5". Blank lines always end a sentence, and so does a line break after a line without
//! final punctuation (headlines, captions). Words are the UAX #29 word segments holding a letter
//! or digit.
//!
//! All offsets are computed once per article and stored as `u32` byte offsets; [`CharMap`]
//! turns them into the code-point offsets records carry.
//!
//! The UAX #29 segments themselves come from the fast paths in `segment/uax29.rs`, which give
//! exactly the crate's segments (tested against it) several times faster.

use std::collections::HashSet;
use std::sync::LazyLock;

/// A byte range `[start, end)` into the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct ByteSpan {
    /// First byte.
    pub start: usize,
    /// Byte after the last.
    pub end: usize,
}

impl ByteSpan {
    /// The span `[start, end)`.
    pub fn new(start: usize, end: usize) -> ByteSpan {
        ByteSpan { start, end }
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: ByteSpan) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies inside this span.
    pub fn contains(self, other: ByteSpan) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Byte offset → code-point offset, built once per article.
///
/// Stores only the positions of multi-byte characters, so ASCII text costs nothing and a
/// look-up is a binary search.
#[derive(Debug, Clone, Default)]
pub struct CharMap {
    /// For each multi-byte character: (byte offset just after it, extra bytes up to and including it).
    extra: Vec<(u32, u32)>,
    len: usize,
}

impl CharMap {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> CharMap {
        let mut extra = Vec::new();
        let bytes = text.as_bytes();
        let mut i = 0;
        let mut total = 0u32;
        // Skip ASCII runs a slice at a time; only the lead bytes of multi-byte characters count.
        while let Some(k) = first_non_ascii(&bytes[i..]) {
            i += k;
            let n = utf8_width(bytes[i]);
            total += (n - 1) as u32;
            extra.push(((i + n) as u32, total));
            i += n;
        }
        CharMap {
            extra,
            len: text.len(),
        }
    }

    /// The code-point offset of byte offset `byte` (which must lie on a character boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        // Number of multi-byte characters that end at or before `byte`.
        let n = self.extra.partition_point(|&(end, _)| end as usize <= byte);
        if n == 0 {
            byte
        } else {
            byte - self.extra[n - 1].1 as usize
        }
    }

    /// Number of code points in the whole text.
    pub fn char_len(&self) -> usize {
        self.char_offset(self.len)
    }
}

/// The lines of `text`, each with its line feed: the same as `text.split_inclusive('\n')`,
/// found with `memchr` (several times fewer instructions on long texts).
pub(crate) fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = memchr::memchr(b'\n', rest.as_bytes()).map_or(rest.len(), |i| i + 1);
        let (line, tail) = rest.split_at(end);
        rest = tail;
        Some(line)
    })
}

/// The offset of the first non-ASCII byte of `bytes`, if any: eight bytes at a time, as most
/// of a news text is ASCII.
pub(crate) fn first_non_ascii(bytes: &[u8]) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    first_flagged(bytes, |w| w & HIGH, |b| !b.is_ascii())
}

/// The offset of the first byte of `bytes` that `flag_bytes` marks, eight bytes at a time:
/// `flag_bytes` maps a little-endian word to one whose lowest set high bit (0x80 of a byte)
/// marks the first flagged byte (it may also mark later bytes, never earlier ones);
/// `flagged` tests the bytes of the tail one by one.
pub(crate) fn first_flagged(
    bytes: &[u8],
    flag_bytes: impl Fn(u64) -> u64,
    flagged: impl Fn(u8) -> bool,
) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let hits = flag_bytes(u64::from_le_bytes(word));
        if hits != 0 {
            return Some(offset + (hits.trailing_zeros() / 8) as usize);
        }
        offset += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| flagged(b))
        .map(|k| offset + k)
}

/// The length of the UTF-8 sequence that starts with the non-ASCII lead byte `lead`.
fn utf8_width(lead: u8) -> usize {
    match lead {
        0xF0.. => 4,
        0xE0.. => 3,
        _ => 2,
    }
}

/// A sentence: its byte span, and whether it lies in boilerplate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte span, trailing whitespace excluded.
    pub span: ByteSpan,
    /// True when the sentence overlaps a boilerplate region.
    pub boilerplate: bool,
}

/// Abbreviations after which a period does not end a sentence, lower-cased, without the period.
/// Month and title abbreviations come first; single letters (initials) are handled by rule.
static ABBREVIATIONS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [
        // months and days (AP style and common variants)
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
        "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", // titles
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "lt", "gen", "col", "maj", "capt",
        "cmdr", "adm", "sgt", "cpl", "pvt", "st", "rev", "hon", "pres", "supt", "det", "insp",
        "amb", "atty", "sr", "jr", "messrs", "mmes", "gens", "sens", "reps", "brig", "lt. col",
        // organisation suffixes
        "inc", "corp", "co", "ltd", "llc", "plc", "bros", "assn", "assoc", "dept", "univ", "intl",
        "natl", "mfg", "cos", "grp", "hldgs", // places
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
        "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
        "ore", "pa", "tenn", "vt", "va", "wash", "wis", "wyo", "ave", "blvd", "rd", "mt", "ft",
        "pt", // misc
        "no", "nos", "vs", "v", "etc", "approx", "est", "fig", "vol", "op", "cf", "e.g", "i.e",
        "a.m", "p.m", "ph.d", "u.s", "u.k", "u.n", "e.u", "d.c", "n.y", "l.a", "s.a", "u.s.a",
    ]
    .into_iter()
    .collect()
});

/// Sentence spans of `text` (byte offsets, trailing whitespace excluded, empty ones dropped).
pub fn sentences(text: &str) -> Vec<ByteSpan> {
    let mut out: Vec<ByteSpan> = Vec::new();
    let mut pending: Option<ByteSpan> = None;
    for (start, end) in uax29::sentence_pieces(text) {
        let piece = &text[start..end];
        let trimmed = piece.trim_end();
        let lead = piece.len() - piece.trim_start().len();
        if trimmed.trim_start().is_empty() {
            if let Some(p) = pending.take() {
                out.push(p);
            }
            continue;
        }
        let span = ByteSpan::new(start + lead, start + trimmed.len());
        let gap = &piece[trimmed.len()..];
        let next = match pending.take() {
            Some(p) if continues(text, p, span) => ByteSpan::new(p.start, span.end),
            Some(p) => {
                out.push(p);
                span
            }
            None => span,
        };
        // A blank line (paragraph break) always ends the sentence.
        if gap.matches('\n').count() >= 2 || gap.contains('\u{2029}') {
            out.push(next);
        } else {
            pending = Some(next);
        }
    }
    if let Some(p) = pending {
        out.push(p);
    }
    out
}

/// Whether the sentence `next` continues `prev` (a false break after an abbreviation).
fn continues(text: &str, prev: ByteSpan, next: ByteSpan) -> bool {
    let between = &text[prev.end..next.start];
    if between.contains('\n') {
        return false;
    }
    let p = &text[prev.start..prev.end];
    if !p.ends_with('.') {
        return false;
    }
    let body = &p[..p.len() - 1];
    let last_word = body
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
        .next()
        .unwrap_or("");
    let first_next = text[next.start..next.end].chars().next().unwrap_or(' ');
    // "John F. Kennedy", "U.S. Customs": a single letter, or dotted initials.
    let is_initials = !last_word.is_empty()
        && last_word
            .split('.')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic));
    if is_initials {
        // "… in the U.S. The company …": only a following capitalised function word ends it.
        return !starts_with_sentence_word(&text[next.start..next.end]);
    }
    // Lower-cased without allocating in the usual case: an ASCII word short enough to be an
    // abbreviation (a longer one cannot be: ASCII lower-casing keeps the length).
    let mut buf = [0u8; 16];
    let owned;
    let lower: &str = if last_word.is_ascii() {
        if last_word.len() > buf.len() {
            ""
        } else {
            let b = &mut buf[..last_word.len()];
            b.copy_from_slice(last_word.as_bytes());
            b.make_ascii_lowercase();
            std::str::from_utf8(b).unwrap_or("")
        }
    } else {
        owned = last_word.to_lowercase();
        &owned
    };
    if ABBREVIATIONS.contains(lower) {
        // "Corp. It said": a following pronoun or article still starts a new sentence, except
        // after abbreviations that always precede something ("No. 5", "Sept. 26", "Mr. Smith").
        let always_continue = matches!(
            lower,
            "no" | "nos"
                | "mr"
                | "mrs"
                | "ms"
                | "dr"
                | "sen"
                | "rep"
                | "gov"
                | "gen"
                | "lt"
                | "col"
                | "maj"
                | "capt"
                | "adm"
                | "sgt"
                | "prof"
                | "rev"
                | "st"
                | "jan"
                | "feb"
                | "aug"
                | "sep"
                | "sept"
                | "oct"
                | "nov"
                | "dec"
        );
        return always_continue || !starts_with_sentence_word(&text[next.start..next.end]);
    }
    first_next.is_lowercase() || first_next.is_ascii_digit()
}

/// Whether `s` starts with a word that usually begins a sentence (pronoun, article, conjunction).
fn starts_with_sentence_word(s: &str) -> bool {
    const WORDS: &[&str] = &[
        "The",
        "A",
        "An",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "This",
        "That",
        "These",
        "Those",
        "In",
        "On",
        "At",
        "But",
        "And",
        "Its",
        "His",
        "Her",
        "Their",
        "There",
        "As",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "Some",
        "Many",
        "Most",
        "Under",
        "For",
        "With",
        "Work",
        // Sentence adverbs that open a story's next sentence ("… Buildcon Ltd. Separately, …").
        "Separately",
        "Meanwhile",
        "However",
        "Earlier",
        "Later",
        "Since",
        "Officials",
    ];
    let word = s.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    WORDS.contains(&word)
}

/// Word spans of `text`: UAX #29 word segments that hold a letter or digit.
pub fn words(text: &str) -> Vec<ByteSpan> {
    let mut out = Vec::with_capacity(text.len() / 6);
    uax29::words(text, &mut out);
    out
}

/// [`words`] into `out` (cleared first), so that a caller can reuse its buffer.
pub fn words_into(text: &str, out: &mut Vec<ByteSpan>) {
    out.clear();
    out.reserve(text.len() / 6);
    uax29::words(text, out);
}

mod uax29;

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn char_map_counts_code_points() {
        let text = "a’b — c\u{a0}d";
        let map = CharMap::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(map.char_offset(bi), ci);
        }
        assert_eq!(map.char_len(), text.chars().count());
        let ascii = CharMap::new("plain");
        assert_eq!(ascii.char_offset(3), 3);
    }

    #[test]
    fn abbreviations_do_not_split() {
        let s = sents(
            "Microsoft Corp. and Amazon.com Inc. bid. U.S. Customs and Border Protection agreed. \
             It happened on Sept. 26, 2014, said Mr. Smith of No. 5 Main St. in the U.S. The end.",
        );
        assert_eq!(
            s,
            vec![
                "Microsoft Corp. and Amazon.com Inc. bid.",
                "U.S. Customs and Border Protection agreed.",
                "It happened on Sept. 26, 2014, said Mr. Smith of No. 5 Main St. in the U.S.",
                "The end."
            ]
        );
    }

    #[test]
    fn corp_then_pronoun_splits() {
        assert_eq!(
            sents("He joined Oracle Corp. It was 2010."),
            vec!["He joined Oracle Corp.", "It was 2010."]
        );
    }

    #[test]
    fn initials_join() {
        assert_eq!(
            sents("John F. Kennedy spoke. Then he left."),
            vec!["John F. Kennedy spoke.", "Then he left."]
        );
    }

    #[test]
    fn headlines_and_paragraphs() {
        let s = sents("ICE Seeks New Cloud Deal\n\n(Bloomberg) — ICE is organizing.\n\nLoading...");
        assert_eq!(
            s,
            vec![
                "ICE Seeks New Cloud Deal",
                "(Bloomberg) — ICE is organizing.",
                "Loading..."
            ]
        );
    }

    #[test]
    fn curly_quotes_and_nbsp() {
        let s = sents("He said “we will cancel.” Then\u{a0}they left.");
        assert_eq!(s, vec!["He said “we will cancel.”", "Then\u{a0}they left."]);
    }

    #[test]
    fn lines_inclusive_splits_as_split_inclusive() {
        for text in ["", "a", "\n", "a\n", "a\nb", "\n\nx\r\n\n", "é\n’\n\n"] {
            let ours: Vec<&str> = lines_inclusive(text).collect();
            let std: Vec<&str> = text.split_inclusive('\n').collect();
            assert_eq!(ours, std, "{text:?}");
        }
    }

    #[test]
    fn first_non_ascii_finds_the_first_high_byte() {
        assert_eq!(first_non_ascii(b""), None);
        assert_eq!(first_non_ascii(b"plain ascii text, long enough"), None);
        for len in 0..40 {
            for at in 0..len {
                let mut text = vec![b'a'; len];
                text[at] = 0xC3;
                if at + 1 < len {
                    text[at + 1] = 0xA9;
                }
                assert_eq!(first_non_ascii(&text), Some(at), "{len} {at}");
            }
        }
    }

    #[test]
    fn words_skip_punctuation() {
        let text = "Amazon.com Inc.’s $100 million deal";
        let w: Vec<&str> = words(text)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(w, vec!["Amazon.com", "Inc", "s", "100", "million", "deal"]);
    }
}
