//! Tokens for entity recognition: words, possessives and punctuation, with the shape and
//! position facts the recognizer asks about (capitalised, all-caps, first of its sentence, on a
//! headline or an all-caps line).
//!
//! The [`Document`]'s UAX #29 words split "U.S." and "Inc.’s" in ways that do not suit names, so
//! entities tokenize again, in one linear pass: a word is a run of letters and digits, joined
//! across `.`, `-`, `&`, `/` and apostrophes when a letter or digit follows ("U.S", "Amazon.com",
//! "AT&T", "O'Brien", "F-35C", "AN/PRC-152A"); a trailing "’s" is a possessive token of its
//! own; every other non-space character is a one-character punctuation token.

use crate::extract::Document;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters and digits (possibly joined by `.`, `-`, `&`, `/`, apostrophes); starts with a letter.
    Word,
    /// Like a word, but starts with a digit ("737", "2018", "3M").
    Number,
    /// "’s" or "'s" after a word.
    Possessive,
    /// One character of anything else.
    Punct,
}

/// First letter is upper case ("Microsoft", "ICE", "U.S").
pub const CAP: u16 = 1;
/// At least two letters, all upper case ("ICE", "U.S", "CONSTELLIS").
pub const UPPER: u16 = 1 << 1;
/// First letter lower case, a later one upper case ("iPhone", "eBay").
pub const INNER_CAP: u16 = 1 << 2;
/// Contains a digit.
pub const DIGIT: u16 = 1 << 3;
/// A line break lies between the previous token and this one.
pub const NEWLINE_BEFORE: u16 = 1 << 4;
/// White space lies between the previous token and this one.
pub const SPACE_BEFORE: u16 = 1 << 5;
/// First word of its sentence, of a line, or after an opening quote or a colon.
pub const INITIAL: u16 = 1 << 6;
/// On a line written in capitals ("STATE DEPARTMENT CANCELS …"): capitals say nothing.
pub const CAPS_LINE: u16 = 1 << 7;
/// On a title-case line (a headline): capitals say little.
pub const TITLE_LINE: u16 = 1 << 8;
/// A single upper-case letter (an initial: "J" in "J. Smith").
pub const LETTER: u16 = 1 << 9;
/// Contains a hyphen.
pub const HYPHEN: u16 = 1 << 10;
/// Contains an inner period ("U.S", "Amazon.com").
pub const DOTTED: u16 = 1 << 11;
/// A blank line or the start of the text lies before this token.
pub const PARAGRAPH_START: u16 = 1 << 12;
/// Can be part of a name (set by the recognizer once the word is looked up).
pub const NAME: u16 = 1 << 13;

/// One token: a byte span of the text, its kind and shape flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// First byte.
    pub start: u32,
    /// Byte after the last.
    pub end: u32,
    /// What it is.
    pub kind: Kind,
    /// Shape and position flags (the constants of this module).
    pub flags: u16,
}

impl Token {
    /// Whether every flag of `f` is set.
    pub fn has(&self, f: u16) -> bool {
        self.flags & f == f
    }

    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start as usize..self.end as usize]
    }

    /// Whether this is a word (or number) token.
    pub fn is_wordlike(&self) -> bool {
        matches!(self.kind, Kind::Word | Kind::Number)
    }

    /// Whether this is the punctuation character `c`.
    pub fn is_punct(&self, text: &str, c: char) -> bool {
        self.kind == Kind::Punct && text[self.start as usize..].starts_with(c)
    }
}

/// Whether `c` may join two letter/digit runs inside one word.
fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '.' | '-' | '\u{2010}' | '\u{2011}' | '&' | '/' | '\'' | '\u{2019}'
    )
}

fn is_wordchar(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// Combining marks (accents written as separate code points) stay inside words.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Tokenizes the document and marks sentence, line and casing facts. Linear in the text.
pub fn tokenize(doc: &Document<'_>) -> Vec<Token> {
    let mut tokens = Vec::new();
    tokenize_into(doc, &mut tokens);
    tokens
}

/// [`tokenize`] into a vector that may be reused from article to article (it is cleared
/// first).
pub fn tokenize_into(doc: &Document<'_>, tokens: &mut Vec<Token>) {
    tokens.clear();
    // News text runs about one token per five bytes: room for a little more, so the vector
    // is not copied as it grows.
    tokens.reserve(doc.text.len() / 4 + 16);
    scan(doc.text, |t| tokens.push(t));
    mark_initials(doc, tokens);
    mark_line_modes(doc.text, tokens);
}

/// Byte classes of ASCII for the tokenizer's fast paths (0 for every byte of 0x80 and up).
const LOWER_BYTE: u8 = 1;
/// An upper-case ASCII letter.
const UPPER_BYTE: u8 = 2;
/// An ASCII digit.
const DIGIT_BYTE: u8 = 4;
/// ASCII white space (as `char::is_whitespace`: tab, line feed, vertical tab, form feed,
/// carriage return, space).
const SPACE_BYTE: u8 = 8;

/// The class of each byte (see [`LOWER_BYTE`]…): one look-up instead of a chain of tests.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'a'..=b'z' => LOWER_BYTE,
            b'A'..=b'Z' => UPPER_BYTE,
            b'0'..=b'9' => DIGIT_BYTE,
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' => SPACE_BYTE,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// The tokenizer proper: calls `emit` for each token, with shape and spacing flags (but no
/// sentence or line facts). List entries are keyed with it too. ASCII is read byte by byte
/// through [`BYTE_CLASS`]; other characters are decoded where they occur.
pub fn scan(text: &str, mut emit: impl FnMut(Token)) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    let mut pending_space = false;
    let mut pending_newlines = 0u32;
    let mut at_text_start = true;
    // Where a possessive may start: right after a word, or after an abbreviation's period
    // ("Inc.’s").
    let mut possessive_at = usize::MAX;
    while i < n {
        let b = bytes[i];
        let class = BYTE_CLASS[b as usize];
        let (c, len) = if b < 0x80 {
            if class & SPACE_BYTE != 0 {
                pending_space = true;
                pending_newlines += u32::from(b == b'\n');
                i += 1;
                continue;
            }
            (b as char, 1)
        } else {
            let (c, len) = char_at(text, i);
            if c.is_whitespace() {
                pending_space = true;
                if matches!(c, '\u{2029}' | '\u{2028}') {
                    pending_newlines += 1;
                }
                i += len;
                continue;
            }
            (c, len)
        };
        let mut flags = 0u16;
        if pending_space {
            flags |= SPACE_BEFORE;
        }
        if pending_newlines > 0 {
            flags |= NEWLINE_BEFORE;
        }
        if pending_newlines > 1 || at_text_start {
            flags |= PARAGRAPH_START | NEWLINE_BEFORE;
        }
        pending_space = false;
        pending_newlines = 0;
        at_text_start = false;
        let (word_start, numeric) = if b < 0x80 {
            (class != 0, class == DIGIT_BYTE)
        } else {
            (is_wordchar(c) && !is_mark(c), c.is_numeric())
        };
        if word_start {
            let (end, shape) = scan_word(text, i);
            let kind = if numeric { Kind::Number } else { Kind::Word };
            possessive_at = end;
            emit(Token {
                start: i as u32,
                end: end as u32,
                kind,
                flags: flags | shape,
            });
            i = end;
            continue;
        }
        if matches!(c, '\'' | '\u{2019}')
            && possessive_at == i
            && is_possessive_tail(&text[i + len..])
        {
            // The "s" is one byte.
            let end = i + len + 1;
            emit(Token {
                start: i as u32,
                end: end as u32,
                kind: Kind::Possessive,
                flags,
            });
            possessive_at = usize::MAX;
            i = end;
            continue;
        }
        possessive_at = if c == '.' && possessive_at == i {
            i + 1
        } else {
            usize::MAX
        };
        emit(Token {
            start: i as u32,
            end: (i + len) as u32,
            kind: Kind::Punct,
            flags,
        });
        i += len;
    }
}

/// The character at byte `i` (a character boundary) and its length.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (b as char, 1);
    }
    let c = text.get(i..).and_then(|s| s.chars().next()).unwrap_or(' ');
    (c, c.len_utf8())
}

/// What a word's characters say about its shape, gathered while scanning it.
#[derive(Default)]
struct Shape {
    chars: usize,
    letters: usize,
    uppers: usize,
    first_letter_upper: Option<bool>,
    first_is_letter: bool,
    flags: u16,
}

impl Shape {
    /// Counts one character that is not an ASCII letter or digit.
    #[inline]
    fn push(&mut self, c: char) {
        if self.chars == 0 {
            self.first_is_letter = c.is_alphabetic();
        }
        self.chars += 1;
        if c.is_ascii() {
            if c == '-' {
                self.flags |= HYPHEN;
            } else if c == '.' {
                self.flags |= DOTTED;
            }
        } else if c.is_alphabetic() {
            self.letter(c.is_uppercase());
        } else if c.is_numeric() {
            self.flags |= DIGIT;
        } else if c == '\u{2010}' || c == '\u{2011}' {
            self.flags |= HYPHEN;
        }
    }

    #[inline]
    fn letter(&mut self, upper: bool) {
        if self.letters == 0 {
            self.first_letter_upper = Some(upper);
        }
        self.letters += 1;
        self.uppers += usize::from(upper);
    }

    fn flags(&self) -> u16 {
        let mut flags = self.flags;
        match self.first_letter_upper {
            Some(true) => {
                // "Microsoft", "ICE"; also "3M", "7-Eleven" (digits first, then capitals).
                flags |= CAP;
                if self.letters >= 2 && self.uppers == self.letters {
                    flags |= UPPER;
                }
                if self.first_is_letter && self.letters == 1 && self.chars == 1 {
                    flags |= LETTER;
                }
            }
            // A capital after a lower-case first letter: "iPhone", "eBay".
            Some(false) if self.uppers > 0 => flags |= INNER_CAP,
            _ => {}
        }
        flags
    }
}

/// Scans the word starting at byte `start`: letters and digits, joined across single joiners
/// followed by a word character. Returns its end and shape flags. Inlined into the scan: a
/// call per word cost a fifth of its instructions.
#[inline(always)]
fn scan_word(text: &str, start: usize) -> (usize, u16) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut shape = Shape::default();
    let mut j = start;
    loop {
        // ASCII letters and digits: the common case, counted inline.
        let run_start = j;
        while j < n {
            let b = bytes[j];
            if b.is_ascii_lowercase() {
                // A run of lower-case letters, counted at once.
                let lower_start = j;
                j += 1;
                while j < n && bytes[j].is_ascii_lowercase() {
                    j += 1;
                }
                if shape.letters == 0 {
                    shape.first_letter_upper = Some(false);
                }
                shape.letters += j - lower_start;
                continue;
            } else if b.is_ascii_uppercase() {
                shape.letter(true);
            } else if b.is_ascii_digit() {
                shape.flags |= DIGIT;
            } else {
                break;
            }
            j += 1;
        }
        if j > run_start {
            if shape.chars == 0 {
                shape.first_is_letter = bytes[run_start].is_ascii_alphabetic();
            }
            shape.chars += j - run_start;
        }
        if j >= n {
            break;
        }
        let (c, len) = char_at(text, j);
        if !c.is_ascii() && is_wordchar(c) {
            shape.push(c);
            j += len;
            continue;
        }
        if is_joiner(c) && j + len < n {
            let next_class = BYTE_CLASS[bytes[j + len] as usize];
            let next_is_wordchar = if bytes[j + len] < 0x80 {
                next_class & (LOWER_BYTE | UPPER_BYTE | DIGIT_BYTE) != 0
            } else {
                is_wordchar(char_at(text, j + len).0)
            };
            if next_is_wordchar {
                // "’s" / "'s" closing a word is a possessive, not part of the word.
                if matches!(c, '\'' | '\u{2019}') && is_possessive_tail(&text[j + len..]) {
                    break;
                }
                shape.push(c);
                j += len;
                continue;
            }
        }
        break;
    }
    (j, shape.flags())
}

/// Whether `after` (the text after an apostrophe) is "s" ending the word.
fn is_possessive_tail(after: &str) -> bool {
    let bytes = after.as_bytes();
    if !matches!(bytes.first(), Some(b's' | b'S')) {
        return false;
    }
    match bytes.get(1) {
        None => true,
        Some(&next) if next < 0x80 => {
            BYTE_CLASS[next as usize] & (LOWER_BYTE | UPPER_BYTE | DIGIT_BYTE) == 0
        }
        // The "s" is one byte, so the next character starts at 1.
        Some(_) => !after
            .get(1..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(is_wordchar),
    }
}

/// Marks the first word of each sentence, of each line, and after an opening quote or colon.
fn mark_initials(doc: &Document<'_>, tokens: &mut [Token]) {
    let text = doc.text;
    let sentences = &doc.sentences;
    let mut next_sentence = 0usize;
    let mut expect_initial = true;
    for t in tokens.iter_mut() {
        let start = t.start as usize;
        // The first token at or after a sentence start opens that sentence.
        let mut entered = false;
        while next_sentence < sentences.len() && sentences[next_sentence].span.start <= start {
            next_sentence += 1;
            entered = true;
        }
        if entered {
            expect_initial = true;
        }
        if t.has(NEWLINE_BEFORE) {
            expect_initial = true;
        }
        match t.kind {
            Kind::Word | Kind::Number => {
                if expect_initial {
                    t.flags |= INITIAL;
                }
                expect_initial = false;
            }
            Kind::Punct => {
                let c = char_at(text, start).0;
                if matches!(c, '“' | '‘' | ':' | '•' | '·' | '|' | '«') {
                    expect_initial = true;
                } else if c == '"' {
                    // A straight quote opens when white space or a line start precedes it.
                    if t.has(SPACE_BEFORE) || t.has(NEWLINE_BEFORE) {
                        expect_initial = true;
                    }
                } else if !matches!(c, '(' | '[' | '\'' | '—' | '–' | '-' | '*') {
                    expect_initial = false;
                }
            }
            Kind::Possessive => expect_initial = false,
        }
    }
}

/// Whether `w` is a short function word that title case leaves in lower case; these do not
/// count when judging whether a line is a headline.
fn is_title_function_word(w: &str) -> bool {
    if w.len() > 4 {
        return false;
    }
    let mut lower = [0u8; 4];
    for (l, b) in lower.iter_mut().zip(w.bytes()) {
        *l = b.to_ascii_lowercase();
    }
    matches!(
        &lower[..w.len()],
        b"a" | b"an"
            | b"the"
            | b"of"
            | b"in"
            | b"on"
            | b"at"
            | b"to"
            | b"for"
            | b"and"
            | b"or"
            | b"but"
            | b"by"
            | b"with"
            | b"from"
            | b"as"
            | b"vs"
            | b"via"
            | b"per"
            | b"into"
            | b"over"
            | b"up"
            | b"out"
            | b"off"
            | b"nor"
            | b"yet"
            | b"so"
            | b"is"
            | b"are"
            | b"was"
            | b"be"
    )
}

/// Marks tokens on all-caps lines and on title-case (headline) lines.
fn mark_line_modes(text: &str, tokens: &mut [Token]) {
    let mut line_start = 0usize;
    while line_start < tokens.len() {
        let mut line_end = line_start + 1;
        while line_end < tokens.len() && !tokens[line_end].has(NEWLINE_BEFORE) {
            line_end += 1;
        }
        let line = &tokens[line_start..line_end];
        let mut words = 0usize;
        let mut upper = 0usize;
        let mut content = 0usize;
        let mut content_cap = 0usize;
        let mut lower_letters = false;
        for t in line.iter().filter(|t| t.kind == Kind::Word) {
            words += 1;
            let w = t.text(text);
            if t.has(UPPER) {
                upper += 1;
            }
            // A word with a lower-case letter: not all caps, and not a lone capital.
            if !t.has(UPPER) && !t.has(LETTER) && !t.has(DIGIT) {
                lower_letters = true;
            }
            if w.len() > 4 || !is_title_function_word(w) {
                content += 1;
                if t.has(CAP) {
                    content_cap += 1;
                }
            }
        }
        let last_char = line
            .last()
            .map(|t| t.text(text).chars().last().unwrap_or(' '))
            .unwrap_or(' ');
        // "4. The Boats Have Names": a numbered list's heading needs only three content words.
        let numbered = line.len() >= 2
            && line[0].kind == Kind::Number
            && matches!(line[1].text(text), "." | ")");
        let min_content = if numbered { 3 } else { 4 };
        // "By Jane Roe | The Daily Star | March 9": a byline, whose names are capitalised as
        // names are in running text, not word by word as a headline's.
        // "Reviewed by …" likewise.
        let by = usize::from(line.len() >= 3 && line[1].text(text) == "by");
        let byline = line.len() >= by + 2
            && (line[0].text(text) == "By" || by == 1 && line[0].has(CAP))
            && line[by + 1].kind == Kind::Word
            && line[by + 1].has(CAP)
            && !line[by + 1].has(UPPER);
        let mode = if upper >= 3 && upper * 10 >= words * 7 {
            CAPS_LINE
        } else if !byline
            && content >= min_content
            && content_cap * 5 >= content * 4
            && lower_letters
            && words <= 30
            && !matches!(last_char, '.' | '”' | '"')
        {
            TITLE_LINE
        } else {
            0
        };
        if mode != 0 {
            for t in &mut tokens[line_start..line_end] {
                t.flags |= mode;
            }
        }
        line_start = line_end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(String, Kind, u16)> {
        let doc = Document::new(text, None);
        tokenize(&doc)
            .into_iter()
            .map(|t| (t.text(text).to_string(), t.kind, t.flags))
            .collect()
    }

    fn words(text: &str) -> Vec<String> {
        toks(text).into_iter().map(|(w, _, _)| w).collect()
    }

    /// The tokenizer as it was before the byte-class fast paths (2026-11-29), kept as the
    /// oracle of [`super::scan`]: both must give the same tokens on any text.
    mod reference {
        use super::super::{
            CAP, DIGIT, DOTTED, HYPHEN, INNER_CAP, Kind, LETTER, NEWLINE_BEFORE, PARAGRAPH_START,
            SPACE_BEFORE, Token, UPPER,
        };

        /// Whether `c` may join two letter/digit runs inside one word.
        fn is_joiner(c: char) -> bool {
            matches!(
                c,
                '.' | '-' | '\u{2010}' | '\u{2011}' | '&' | '/' | '\'' | '\u{2019}'
            )
        }

        fn is_wordchar(c: char) -> bool {
            c.is_alphanumeric() || is_mark(c)
        }

        /// Combining marks (accents written as separate code points) stay inside words.
        fn is_mark(c: char) -> bool {
            matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
        }

        /// The tokenizer proper: calls `emit` for each token, with shape and spacing flags (but no
        /// sentence or line facts). List entries are keyed with it too. ASCII is read byte by byte;
        /// other characters are decoded where they occur.
        pub fn scan(text: &str, mut emit: impl FnMut(Token)) {
            let bytes = text.as_bytes();
            let n = bytes.len();
            let mut i = 0;
            let mut pending_space = false;
            let mut pending_newlines = 0u32;
            let mut at_text_start = true;
            // Where a possessive may start: right after a word, or after an abbreviation's period
            // ("Inc.’s").
            let mut possessive_at = usize::MAX;
            while i < n {
                let (c, len) = char_at(text, i);
                if c.is_whitespace() {
                    pending_space = true;
                    if matches!(c, '\n' | '\u{2029}' | '\u{2028}') {
                        pending_newlines += 1;
                    }
                    i += len;
                    continue;
                }
                let mut flags = 0u16;
                if pending_space {
                    flags |= SPACE_BEFORE;
                }
                if pending_newlines > 0 {
                    flags |= NEWLINE_BEFORE;
                }
                if pending_newlines > 1 || at_text_start {
                    flags |= PARAGRAPH_START | NEWLINE_BEFORE;
                }
                pending_space = false;
                pending_newlines = 0;
                at_text_start = false;
                if is_wordchar(c) && !is_mark(c) {
                    let (end, shape) = scan_word(text, i);
                    let kind = if c.is_numeric() {
                        Kind::Number
                    } else {
                        Kind::Word
                    };
                    possessive_at = end;
                    emit(Token {
                        start: i as u32,
                        end: end as u32,
                        kind,
                        flags: flags | shape,
                    });
                    i = end;
                    continue;
                }
                if matches!(c, '\'' | '\u{2019}')
                    && possessive_at == i
                    && is_possessive_tail(&text[i + len..])
                {
                    // The "s" is one byte.
                    let end = i + len + 1;
                    emit(Token {
                        start: i as u32,
                        end: end as u32,
                        kind: Kind::Possessive,
                        flags,
                    });
                    possessive_at = usize::MAX;
                    i = end;
                    continue;
                }
                possessive_at = if c == '.' && possessive_at == i {
                    i + 1
                } else {
                    usize::MAX
                };
                emit(Token {
                    start: i as u32,
                    end: (i + len) as u32,
                    kind: Kind::Punct,
                    flags,
                });
                i += len;
            }
        }

        /// The character at byte `i` (a character boundary) and its length.
        #[inline]
        fn char_at(text: &str, i: usize) -> (char, usize) {
            let b = text.as_bytes()[i];
            if b < 0x80 {
                return (b as char, 1);
            }
            let c = text[i..].chars().next().unwrap_or(' ');
            (c, c.len_utf8())
        }

        /// What a word's characters say about its shape, gathered while scanning it.
        #[derive(Default)]
        struct Shape {
            chars: usize,
            letters: usize,
            uppers: usize,
            first_letter_upper: Option<bool>,
            first_is_letter: bool,
            flags: u16,
        }

        impl Shape {
            #[inline]
            fn push(&mut self, c: char) {
                if self.chars == 0 {
                    self.first_is_letter = c.is_alphabetic();
                }
                self.chars += 1;
                if c.is_ascii() {
                    if c.is_ascii_alphabetic() {
                        self.letter(c.is_ascii_uppercase());
                    } else if c.is_ascii_digit() {
                        self.flags |= DIGIT;
                    } else if c == '-' {
                        self.flags |= HYPHEN;
                    } else if c == '.' {
                        self.flags |= DOTTED;
                    }
                } else if c.is_alphabetic() {
                    self.letter(c.is_uppercase());
                } else if c.is_numeric() {
                    self.flags |= DIGIT;
                } else if c == '\u{2010}' || c == '\u{2011}' {
                    self.flags |= HYPHEN;
                }
            }

            #[inline]
            fn letter(&mut self, upper: bool) {
                if self.letters == 0 {
                    self.first_letter_upper = Some(upper);
                }
                self.letters += 1;
                self.uppers += usize::from(upper);
            }

            fn flags(&self) -> u16 {
                let mut flags = self.flags;
                match self.first_letter_upper {
                    Some(true) => {
                        // "Microsoft", "ICE"; also "3M", "7-Eleven" (digits first, then capitals).
                        flags |= CAP;
                        if self.letters >= 2 && self.uppers == self.letters {
                            flags |= UPPER;
                        }
                        if self.first_is_letter && self.letters == 1 && self.chars == 1 {
                            flags |= LETTER;
                        }
                    }
                    // A capital after a lower-case first letter: "iPhone", "eBay".
                    Some(false) if self.uppers > 0 => flags |= INNER_CAP,
                    _ => {}
                }
                flags
            }
        }

        /// Scans the word starting at byte `start`: letters and digits, joined across single joiners
        /// followed by a word character. Returns its end and shape flags.
        fn scan_word(text: &str, start: usize) -> (usize, u16) {
            let bytes = text.as_bytes();
            let n = bytes.len();
            let mut shape = Shape::default();
            let mut j = start;
            while j < n {
                // ASCII letters and digits: the common case, counted inline.
                let run_start = j;
                while j < n {
                    let b = bytes[j];
                    if b.is_ascii_lowercase() {
                        // A run of lower-case letters, counted at once.
                        let lower_start = j;
                        j += 1;
                        while j < n && bytes[j].is_ascii_lowercase() {
                            j += 1;
                        }
                        if shape.letters == 0 {
                            shape.first_letter_upper = Some(false);
                        }
                        shape.letters += j - lower_start;
                        continue;
                    } else if b.is_ascii_uppercase() {
                        shape.letter(true);
                    } else if b.is_ascii_digit() {
                        shape.flags |= DIGIT;
                    } else {
                        break;
                    }
                    j += 1;
                }
                if j > run_start {
                    if shape.chars == 0 {
                        shape.first_is_letter = bytes[run_start].is_ascii_alphabetic();
                    }
                    shape.chars += j - run_start;
                }
                if j >= n {
                    break;
                }
                let (c, len) = char_at(text, j);
                if !c.is_ascii() && is_wordchar(c) {
                    shape.push(c);
                    j += len;
                    continue;
                }
                if is_joiner(c) && j + len < n {
                    let (next, _) = char_at(text, j + len);
                    if is_wordchar(next) {
                        // "’s" / "'s" closing a word is a possessive, not part of the word.
                        if matches!(c, '\'' | '\u{2019}') && is_possessive_tail(&text[j + len..]) {
                            break;
                        }
                        shape.push(c);
                        j += len;
                        continue;
                    }
                }
                break;
            }
            (j, shape.flags())
        }

        /// Whether `after` (the text after an apostrophe) is "s" ending the word.
        fn is_possessive_tail(after: &str) -> bool {
            let mut chars = after.chars();
            matches!(chars.next(), Some('s' | 'S')) && !chars.next().is_some_and(is_wordchar)
        }
    }

    fn scan_all(text: &str) -> Vec<Token> {
        let mut v = Vec::new();
        scan(text, |t| v.push(t));
        v
    }

    fn reference_all(text: &str) -> Vec<Token> {
        let mut v = Vec::new();
        reference::scan(text, |t| v.push(t));
        v
    }

    #[test]
    fn scan_matches_the_reference_on_the_corpus() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts = 0;
        for dir in ["corpus", "eval/gold"] {
            let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
                continue;
            };
            for e in entries.flatten() {
                let Ok(text) = std::fs::read_to_string(e.path()) else {
                    continue;
                };
                assert_eq!(scan_all(&text), reference_all(&text), "{:?}", e.path());
                texts += 1;
            }
        }
        assert!(texts > 10);
    }

    #[test]
    fn scan_matches_the_reference_on_random_text() {
        // Characters where the two paths could part: joiners, apostrophes, possessive "s",
        // marks, non-ASCII letters, digits and spaces, line breaks.
        const ALPHABET: &[&str] = &[
            "a", "b", "s", "S", "Z", "A", "0", "7", ".", "-", "&", "/", "'", "\u{2019}",
            "\u{2010}", "\u{2011}", " ", "\n", "\r", "\t", "\u{301}", "é", "É", "ß", "Ⅻ", "٣",
            "\u{2028}", "\u{2029}", "\u{a0}", "\u{85}", ",", "“", "$", "日", "𝐀", "ǅ",
        ];
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            let mut text = String::new();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 24) as usize;
            for _ in 0..len {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(ALPHABET[(state >> 32) as usize % ALPHABET.len()]);
            }
            assert_eq!(scan_all(&text), reference_all(&text), "{text:?}");
        }
    }

    #[test]
    fn joins_dotted_hyphenated_and_ampersand_words() {
        assert_eq!(
            words("U.S. Customs, Amazon.com Inc.’s AT&T F-35C AN/PRC-152A O'Brien."),
            vec![
                "U.S",
                ".",
                "Customs",
                ",",
                "Amazon.com",
                "Inc",
                ".",
                "’s",
                "AT&T",
                "F-35C",
                "AN/PRC-152A",
                "O'Brien",
                "."
            ]
        );
    }

    #[test]
    fn possessives_split_off() {
        let t = toks("Nadella's plan and Microsoft’s cloud; rock'n'roll");
        assert_eq!(t[1].0, "'s");
        assert_eq!(t[1].1, Kind::Possessive);
        assert_eq!(t[5].1, Kind::Possessive);
        assert_eq!(t[8].0, "rock'n'roll");
    }

    #[test]
    fn shapes() {
        let t = toks("ICE iPhone Microsoft 737 J. eBay 3M");
        assert!(t[0].2 & UPPER != 0 && t[0].2 & CAP != 0);
        assert!(t[1].2 & INNER_CAP != 0 && t[1].2 & CAP == 0);
        assert!(t[2].2 & CAP != 0 && t[2].2 & UPPER == 0);
        assert_eq!(t[3].1, Kind::Number);
        assert!(t[4].2 & LETTER != 0);
        assert!(t[6].2 & INNER_CAP != 0);
        assert!(t[7].2 & CAP != 0 && t[7].1 == Kind::Number);
    }

    #[test]
    fn initials_mark_sentence_and_quote_starts() {
        let t = toks("The end. Microsoft said “Nothing new,” said Smith.\nBoston wins");
        let initial: Vec<&str> = t
            .iter()
            .filter(|x| x.2 & INITIAL != 0)
            .map(|x| x.0.as_str())
            .collect();
        assert_eq!(initial, vec!["The", "Microsoft", "Nothing", "Boston"]);
    }

    #[test]
    fn line_modes() {
        let text = "ICE Seeks Significant New Cloud Deal With Microsoft\n\nTHE STATE DEPARTMENT ON FRIDAY CANCELED A CONTRACT.\nMicrosoft and Amazon bid for the deal, officials said.";
        let t = toks(text);
        assert!(t[0].2 & TITLE_LINE != 0);
        let state = t.iter().find(|x| x.0 == "STATE").unwrap();
        assert!(state.2 & CAPS_LINE != 0);
        let amazon = t.iter().find(|x| x.0 == "Amazon").unwrap();
        assert!(amazon.2 & (CAPS_LINE | TITLE_LINE) == 0);
    }

    #[test]
    fn a_byline_is_no_headline() {
        let text = "Mayor Opens New Library Branch Downtown\n\nBy Odile Fenwick-Marsh | The Harbor Weekly Gazette | May 2, 2025\n";
        let t = toks(text);
        assert!(t[0].2 & TITLE_LINE != 0);
        let odile = t.iter().find(|x| x.0 == "Odile").unwrap();
        assert!(odile.2 & (CAPS_LINE | TITLE_LINE) == 0);
        let t = toks("Photographs by Ines Quarrie-Lowe for The Harbor Weekly Gazette\n");
        assert!(t[0].2 & (CAPS_LINE | TITLE_LINE) == 0);
    }

    #[test]
    fn a_numbered_heading_of_three_words_is_a_title_line() {
        let text = "7. Dogs Ride Free\nEach ferry takes pets.\nDogs Ride Free\n";
        let t = toks(text);
        let dogs: Vec<_> = t.iter().filter(|x| x.0 == "Dogs").collect();
        assert!(dogs[0].2 & TITLE_LINE != 0);
        // Without the number, three words are too few to tell a heading from a name.
        assert!(dogs[1].2 & TITLE_LINE == 0);
    }

    #[test]
    fn survives_odd_input() {
        assert!(toks("").is_empty());
        let t = toks("’s ' - . \u{301}x É");
        assert!(!t.is_empty());
    }
}
