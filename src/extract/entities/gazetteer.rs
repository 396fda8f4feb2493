//! Gazetteers: the embedded name lists (`data/*.tsv`) and the look-up of names in token runs.
//!
//! Every list is parsed once, on first use, into one [`Lexicon`]: a hash table from a
//! normalized phrase ("us customs and border protection") to an [`Entry`] holding what the
//! lists say about it (a company, an agency, a country, a demonym, a given name, a person title,
//! an organisation head, a cue word…), as bit flags. Phrases are keyed token by token, with the
//! same tokenizer the recognizer uses, so a look-up walks the text's tokens and extends the key
//! one token at a time; every proper prefix of a phrase is in the table too (flagged
//! [`PREFIX`]), so the walk stops as soon as no phrase continues. Keys are lower case, without
//! periods and with ’ as ': "U.S.", "US" and "u.s" share one key, as do "Corp." and "Corp".
//! A list name that starts with "The" keeps it ("The Hill" is a newspaper, "Hill" is not): the
//! recognizer looks names up from a "the" before a capitalised word too.
//!
//! The same [`PhraseTable`] serves the recognizer's per-article memory of names.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use super::tokens::{self, Kind, Token};

/// Companies and well-known organisations (SEC, index constituents, curated).
const COMPANIES: &str = include_str!("../../../data/companies.tsv");
/// U.S. federal agencies with acronyms and news aliases.
const US_AGENCIES: &str = include_str!("../../../data/us_agencies.tsv");
/// Countries with alternative names and demonyms.
const COUNTRIES: &str = include_str!("../../../data/countries.tsv");
/// U.S. states with postal and AP abbreviations.
const US_STATES: &str = include_str!("../../../data/us_states.tsv");
/// Cities over 100,000 people (U.S.: over 50,000).
const CITIES: &str = include_str!("../../../data/cities.tsv");
/// U.S. given names (Census 2020).
const GIVEN_NAMES: &str = include_str!("../../../data/given_names.tsv");
/// U.S. surnames (Census 2020).
const SURNAMES: &str = include_str!("../../../data/surnames.tsv");
/// Organisation legal suffixes and head nouns.
const ORG_SUFFIXES: &str = include_str!("../../../data/org_suffixes.tsv");
/// Person titles and roles.
const PERSON_TITLES: &str = include_str!("../../../data/person_titles.tsv");
/// Month and weekday names.
const MONTHS_DAYS: &str = include_str!("../../../data/months_days.tsv");
/// Hand-written cue words (common words, speech verbs, heads of place and law names…).
const ENTITY_CUES: &str = include_str!("../../../data/entity_cues.tsv");

/// A longer phrase continues this key.
pub const PREFIX: u64 = 1;
/// A company or organisation's full name.
pub const COMPANY: u64 = 1 << 1;
/// A company's short name ("Microsoft", "Google").
pub const COMPANY_SHORT: u64 = 1 << 2;
/// A U.S. agency's name or news alias.
pub const AGENCY: u64 = 1 << 3;
/// A U.S. agency's acronym ("ICE", "CBP").
pub const AGENCY_ACRONYM: u64 = 1 << 4;
/// A country or territory, or one of its other names.
pub const COUNTRY: u64 = 1 << 5;
/// A nationality or demonym ("German", "Britons").
pub const DEMONYM: u64 = 1 << 6;
/// A U.S. state's name.
pub const STATE: u64 = 1 << 7;
/// A U.S. state's AP abbreviation ("Calif.", "Va.").
pub const STATE_ABBR: u64 = 1 << 8;
/// A U.S. state's postal code ("CA"): only trusted after "City,".
pub const STATE_POSTAL: u64 = 1 << 9;
/// A city.
pub const CITY: u64 = 1 << 10;
/// A city of a million people or more, or a capital.
pub const CITY_MAJOR: u64 = 1 << 11;
/// A given name.
pub const GIVEN: u64 = 1 << 12;
/// A surname.
pub const SURNAME: u64 = 1 << 13;
/// A legal-form suffix ("Inc.", "LLC", "GmbH").
pub const ORG_LEGAL: u64 = 1 << 14;
/// A head noun that ends organisation names ("Agency", "University").
pub const ORG_HEAD: u64 = 1 << 15;
/// A phrase that starts organisation names ("Department of", "University of").
pub const ORG_HEAD_START: u64 = 1 << 16;
/// A word that often starts organisation names ("National", "Federal").
pub const ORG_MODIFIER: u64 = 1 << 17;
/// A title before a person's name ("Sen.", "Chief Executive Officer").
pub const TITLE_PRE: u64 = 1 << 18;
/// A title after a person's name ("CEO" in "Smith, CEO").
pub const TITLE_POST: u64 = 1 << 19;
/// A name suffix ("Jr.", "III").
pub const NAME_SUFFIX: u64 = 1 << 20;
/// A role noun before or after a person's name ("spokesman", "manager").
pub const ROLE: u64 = 1 << 21;
/// A month or weekday name.
pub const MONTH_DAY: u64 = 1 << 22;
/// An ordinary word: not a name on its own when capitalised at a sentence start.
pub const COMMON: u64 = 1 << 23;
/// A speech verb ("said", "told").
pub const SPEECH: u64 = 1 << 24;
/// A preposition a place often follows ("in", "from").
pub const LOC_PREP: u64 = 1 << 25;
/// An appositive noun for organisations ("firm", "agency").
pub const ORG_NOUN: u64 = 1 << 26;
/// An appositive noun for places ("city", "state").
pub const LOC_NOUN: u64 = 1 << 27;
/// A head that ends place names ("Street", "River").
pub const LOC_HEAD: u64 = 1 << 28;
/// A head that starts place names ("Mount", "Lake").
pub const LOC_HEAD_START: u64 = 1 << 29;
/// A head that ends law, event and programme names ("Act", "Cup", "Program").
pub const MISC_HEAD: u64 = 1 << 30;
/// A group: party members, religions, peoples ("Democrats", "Muslims").
pub const MISC_GROUP: u64 = 1 << 31;
/// A lower-case particle of person names ("de", "van").
pub const PARTICLE: u64 = 1 << 32;
/// A capitalised word that is never a name ("CEO", "GDP", "Mr.").
pub const NOT_NAME: u64 = 1 << 33;
/// A news organisation.
pub const NEWS_ORG: u64 = 1 << 34;
/// A continent or region ("Europe", "Silicon Valley").
pub const LOC_REGION: u64 = 1 << 35;
/// A prefix that starts ship names ("USS").
pub const MISC_HEAD_START: u64 = 1 << 36;
/// A compass word that starts place names ("North", "Western").
pub const LOC_MODIFIER: u64 = 1 << 37;
/// A word of sports reports ("inning", "goalkeeper", "defeated").
pub const SPORT: u64 = 1 << 39;
/// Another name the lists know: "Internet", "Olympics", "Bible" (MISC).
pub const MISC_NAME: u64 = 1 << 40;
/// The first word of a person title ("Prime" of "Prime Minister"; "Sen.").
pub const TITLE_START: u64 = 1 << 41;
/// The first word of an organisation head phrase ("Department" of "Department of").
pub const HEAD_START: u64 = 1 << 42;
/// A word that follows a person's name in lower case ("the Biden administration").
pub const PERSON_NEXT: u64 = 1 << 43;
/// A word that follows a product or index name in lower case ("the Nasdaq index").
pub const MISC_NEXT: u64 = 1 << 44;
/// A common word that, capitalised and alone, names an institution ("the House", "the Fed").
pub const INSTITUTION: u64 = 1 << 45;
/// A demonym that is a noun for a person ("Frenchman", "Spaniard"), not the adjective.
pub const DEMONYM_NOUN: u64 = 1 << 46;
/// An industry word that ends company names ("Digital", "Biopharma", "Software"): an
/// organisation head (it comes with [`ORG_HEAD`]), but one that also names a field in a
/// longer name ("Aviation and Missile Technology Consortium"), so it does not stop a name at
/// "and".
pub const ORG_INDUSTRY: u64 = 1 << 47;
/// A head that ends the name of a building as well as of an organisation or an event
/// ("Forum", "Church", "Jail"): a place only where the text puts something at it.
pub const VENUE_HEAD: u64 = 1 << 48;
/// The last word of a newspaper's name ("Courier", "Times"; `org_suffixes.tsv` notes it): the
/// word before it is often the paper's town, no short form of the paper.
pub const NEWSPAPER_HEAD: u64 = 1 << 50;
/// A product or service known by a name of its own ("Azure", "iPhone"): MISC, after its
/// maker's name too ("Microsoft Azure").
pub const PRODUCT: u64 = 1 << 49;
/// An organisation's acronym written in capitals ("WHO", "AIG"): a name only in capitals.
pub const COMPANY_ACRONYM: u64 = 1 << 38;

/// What the lists say about one phrase.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Entry {
    /// Bit flags (the constants of this module).
    pub flags: u64,
    /// Names listed in one row (an agency and its acronyms, a country and its other names)
    /// share a group number, starting at 1; 0 = none.
    pub group: u32,
}

impl Entry {
    /// Whether any flag of `f` is set.
    pub fn any(&self, f: u64) -> bool {
        self.flags & f != 0
    }
}

/// FxHash (as in rustc): fast hashing of small keys (indices, hashes) in per-article maps.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.add(u64::from(b));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    }
}

/// Hash-map builder with [`FxHasher`].
pub type FxBuild = BuildHasherDefault<FxHasher>;

/// Passes a key that is already a well-mixed 64-bit hash through unchanged.
#[derive(Default, Clone, Copy)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0 ^= hash_normalized_bytes(bytes);
    }

    fn write_u64(&mut self, i: u64) {
        self.0 = i;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The hash of a normalized key, built token by token without writing the key out: each
/// token's normalized bytes (as [`push_normalized`] writes them) are hashed eight at a time,
/// and token hashes are folded in order. Tables store these hashes instead of the keys, so a
/// look-up neither allocates nor compares strings; two different keys share a hash with
/// probability about 2^-64 per pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyHash {
    state: u64,
    empty: bool,
}

const KEY_SEED: u64 = 0x2d35_8dcc_aa6c_78a5;
const MIX: u64 = 0x9e37_79b9_7f4a_7c15;

/// MurmurHash3's 64-bit finalizer.
#[inline]
fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Hash of already normalized token bytes.
#[inline]
fn hash_normalized_bytes(bytes: &[u8]) -> u64 {
    let mut h = (bytes.len() as u64).wrapping_mul(MIX);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h.rotate_left(23) ^ u64::from_le_bytes(w)).wrapping_mul(MIX);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(23) ^ u64::from_le_bytes(w)).wrapping_mul(MIX);
    }
    fmix(h)
}

/// Hash of one token's normalized form (lower case, no periods, ’ as ', dashes as '-'); never
/// [`SKIP`] in practice (a token hashing to 0 is looked up as 1).
#[inline]
pub fn token_hash(token: &str) -> u64 {
    let bytes = token.as_bytes();
    if !bytes.is_empty() && bytes.len() <= 8 {
        // Most words: one 8-byte load, lower-cased in place (same result as the loop below).
        let mut w = [0u8; 8];
        w[..bytes.len()].copy_from_slice(bytes);
        if let Some(h) = ascii_word_hash(u64::from_le_bytes(w), bytes.len()) {
            return h;
        }
    }
    if bytes.len() <= 32 && token.is_ascii() {
        let mut buf = [0u8; 32];
        let mut n = 0;
        for &b in bytes {
            buf[n] = b.to_ascii_lowercase();
            n += usize::from(b != b'.');
        }
        return hash_normalized_bytes(&buf[..n]);
    }
    // Other tokens are normalized into a stack buffer (a long one goes to the heap).
    let mut buf = [0u8; 64];
    let mut n = 0;
    let mut utf8 = [0u8; 4];
    let mut fits = true;
    let mut put = |bytes: &[u8], n: &mut usize| {
        if *n + bytes.len() <= buf.len() {
            buf[*n..*n + bytes.len()].copy_from_slice(bytes);
            *n += bytes.len();
        } else {
            fits = false;
        }
    };
    for c in token.chars() {
        let mapped = match c {
            '.' => continue,
            '\u{2019}' | '\u{2018}' => '\'',
            '\u{2010}' | '\u{2011}' => '-',
            c => c,
        };
        if mapped.is_uppercase() {
            for l in mapped.to_lowercase() {
                put(l.encode_utf8(&mut utf8).as_bytes(), &mut n);
            }
        } else {
            put(mapped.encode_utf8(&mut utf8).as_bytes(), &mut n);
        }
    }
    if fits {
        return hash_normalized_bytes(&buf[..n]);
    }
    let mut normalized = String::with_capacity(token.len());
    push_normalized(&mut normalized, token);
    hash_normalized_bytes(normalized.as_bytes())
}

impl Default for KeyHash {
    fn default() -> Self {
        KeyHash::new()
    }
}

impl KeyHash {
    /// The hash of the empty key.
    pub const fn new() -> KeyHash {
        KeyHash {
            state: KEY_SEED,
            empty: true,
        }
    }

    #[inline]
    fn fold(&mut self, token: u64) {
        self.state = fmix(self.state ^ token).wrapping_add(MIX);
        self.empty = false;
    }

    /// Appends one token, normalized.
    #[inline]
    pub fn push(&mut self, token: &str) {
        self.fold(token_hash(token).max(1));
    }

    /// Appends one token by its [`token_hash`].
    #[inline]
    pub fn push_hash(&mut self, token: u64) {
        self.fold(token);
    }

    /// Appends an already normalized key's tokens (separated by single spaces).
    fn push_raw(&mut self, key: &str) {
        for token in key.split(' ') {
            self.fold(hash_normalized_bytes(token.as_bytes()).max(1));
        }
    }

    /// Whether nothing was pushed.
    pub fn is_empty(&self) -> bool {
        self.empty
    }

    /// The finished hash.
    pub fn finish(&self) -> u64 {
        fmix(self.state)
    }
}

/// The hash of an already normalized key (as [`phrase_key`] writes it).
pub fn hash_key(key: &str) -> u64 {
    let mut h = KeyHash::new();
    if !key.is_empty() {
        h.push_raw(key);
    }
    h.finish()
}

/// The key hash of a one-token phrase from its [`token_hash`].
#[inline]
pub fn single_token_key(token: u64) -> u64 {
    let mut h = KeyHash::new();
    h.push_hash(token);
    h.finish()
}

/// The key hash of one token's normalized text.
pub fn hash_token(token: &str) -> u64 {
    let mut h = KeyHash::new();
    h.push(token);
    h.finish()
}

/// A table from normalized phrases (by hash) to values, with every proper prefix of a phrase
/// marked so that a look-up can stop early.
#[derive(Debug, Clone)]
pub struct PhraseTable<V> {
    map: HashMap<u64, Slot<V>, BuildHasherDefault<KeyHasher>>,
    longest: usize,
}

#[derive(Debug, Clone)]
struct Slot<V> {
    value: Option<V>,
    continues: bool,
}

impl<V> Default for Slot<V> {
    fn default() -> Self {
        Slot {
            value: None,
            continues: false,
        }
    }
}

impl<V> Default for PhraseTable<V> {
    fn default() -> Self {
        PhraseTable {
            map: HashMap::default(),
            longest: 0,
        }
    }
}

impl<V> PhraseTable<V> {
    /// Inserts `key` (normalized, tokens separated by single spaces), merging with `merge` into
    /// the value there (or `V::default()`).
    pub fn insert_with(&mut self, key: &str, merge: impl FnOnce(&mut V))
    where
        V: Default,
    {
        if key.is_empty() {
            return;
        }
        let mut tokens = 0;
        let mut h = KeyHash::new();
        for token in key.split(' ') {
            if tokens > 0 {
                self.map.entry(h.finish()).or_default().continues = true;
            }
            h.fold(hash_normalized_bytes(token.as_bytes()).max(1));
            tokens += 1;
        }
        self.insert_hash_with(h.finish(), tokens, merge);
    }

    /// A table with room for `n` phrases and prefixes.
    pub fn with_capacity(n: usize) -> PhraseTable<V> {
        PhraseTable {
            map: HashMap::with_capacity_and_hasher(n, BuildHasherDefault::default()),
            longest: 0,
        }
    }

    /// Inserts a phrase as written (tokenized and normalized as look-ups are: the key of
    /// [`phrase_key`], without writing it out), merging with `merge`.
    pub fn insert_phrase_with(&mut self, phrase: &str, merge: impl FnOnce(&mut V))
    where
        V: Default,
    {
        let mut h = KeyHash::new();
        // Most list entries are one plain word ("Smith", "Denver"): hashed as it stands.
        if !phrase.is_empty() && phrase.bytes().all(|b| b.is_ascii_alphanumeric()) {
            h.push(phrase);
            self.insert_hash_with(h.finish(), 1, merge);
            return;
        }
        let mut tokens = 0;
        let map = &mut self.map;
        tokens::scan(phrase, |t| {
            let tok = &phrase[t.start as usize..t.end as usize];
            if t.kind == Kind::Punct && tok == "." {
                return;
            }
            if tokens > 0 {
                map.entry(h.finish()).or_default().continues = true;
            }
            h.push(tok);
            tokens += 1;
        });
        if tokens > 0 {
            self.insert_hash_with(h.finish(), tokens, merge);
        }
    }

    /// Inserts a phrase by its finished hash; `tokens` is its length, and its prefixes must
    /// be marked with [`PhraseTable::mark_prefix`].
    pub fn insert_hash_with(&mut self, hash: u64, tokens: usize, merge: impl FnOnce(&mut V))
    where
        V: Default,
    {
        self.longest = self.longest.max(tokens);
        let slot = self.map.entry(hash).or_default();
        merge(slot.value.get_or_insert_with(V::default));
    }

    /// Marks a finished hash as the prefix of a longer phrase.
    pub fn mark_prefix(&mut self, hash: u64) {
        self.map.entry(hash).or_default().continues = true;
    }

    /// The value of `key` (normalized), if it is a phrase.
    pub fn get(&self, key: &str) -> Option<&V> {
        self.get_hash(hash_key(key))
    }

    /// The value of a phrase by its finished hash.
    pub fn get_hash(&self, hash: u64) -> Option<&V> {
        self.map.get(&hash).and_then(|s| s.value.as_ref())
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The longest phrase starting at token `first` (and ending by `end`) whose value `accept`
    /// takes: the index after its last token, and the value. `hashes` are the tokens' hashes
    /// ([`token_hash`]; [`SKIP`] for periods, which keys do not have). The walk stops at a line
    /// break and after as many tokens as the longest phrase has.
    pub fn longest_match<'a>(
        &'a self,
        hashes: &[u64],
        tokens: &[Token],
        first: usize,
        end: usize,
        mut accept: impl FnMut(&V) -> bool,
    ) -> Option<(usize, &'a V)> {
        let end = end.min(tokens.len()).min(hashes.len());
        if first >= end || !tokens[first].is_wordlike() || self.map.is_empty() {
            return None;
        }
        let mut h = KeyHash::new();
        let mut best = None;
        let mut taken = 0usize;
        let mut i = first;
        while i < end && taken < self.longest {
            if i > first && tokens[i].has(tokens::NEWLINE_BEFORE) {
                break;
            }
            if hashes[i] == SKIP {
                i += 1;
                continue;
            }
            h.push_hash(hashes[i]);
            taken += 1;
            match self.map.get(&h.finish()) {
                None => break,
                Some(slot) => {
                    if let Some(v) = &slot.value
                        && accept(v)
                    {
                        best = Some((i + 1, v));
                    }
                    if !slot.continues {
                        break;
                    }
                }
            }
            i += 1;
        }
        best
    }
}

/// The token hash of a token that keys leave out (a period).
pub const SKIP: u64 = 0;

/// The hash of each token of `text` ([`SKIP`] for periods), as look-ups take them.
pub fn token_hashes(text: &str, tokens: &[Token]) -> Vec<u64> {
    let mut hashes = Vec::new();
    token_hashes_into(text, tokens, &mut hashes);
    hashes
}

/// [`token_hashes`] into a vector that may be reused from article to article (it is cleared
/// first).
pub fn token_hashes_into(text: &str, tokens: &[Token], hashes: &mut Vec<u64>) {
    let bytes = text.as_bytes();
    hashes.clear();
    hashes.extend(tokens.iter().map(|t| {
        let (start, end) = (t.start as usize, t.end as usize);
        if t.kind == Kind::Punct && bytes[start] == b'.' {
            return SKIP;
        }
        // Short ASCII words read straight from the text, eight bytes at once (the same
        // hash as `token_hash`, without copying the word out first).
        if end - start <= 8
            && start + 8 <= bytes.len()
            && let Ok(window) = <[u8; 8]>::try_from(&bytes[start..start + 8])
        {
            let len = end - start;
            let mask = if len == 8 {
                u64::MAX
            } else {
                (1u64 << (8 * len)) - 1
            };
            let w = u64::from_le_bytes(window) & mask;
            if let Some(h) = ascii_word_hash(w, len) {
                return h.max(1);
            }
        }
        // Longer ASCII words, up to sixteen bytes, two loads.
        let len = end - start;
        if (9..=16).contains(&len)
            && start + 16 <= bytes.len()
            && let (Ok(low), Ok(high)) = (
                <[u8; 8]>::try_from(&bytes[start..start + 8]),
                <[u8; 8]>::try_from(&bytes[start + 8..start + 16]),
            )
        {
            let mask = if len == 16 {
                u64::MAX
            } else {
                (1u64 << (8 * (len - 8))) - 1
            };
            let high = u64::from_le_bytes(high) & mask;
            if let (Some(low), Some(high)) = (
                lower_ascii_word(u64::from_le_bytes(low)),
                lower_ascii_word(high),
            ) {
                let h = (len as u64).wrapping_mul(MIX);
                let h = (h.rotate_left(23) ^ low).wrapping_mul(MIX);
                return fmix((h.rotate_left(23) ^ high).wrapping_mul(MIX)).max(1);
            }
        }
        token_hash(t.text(text)).max(1)
    }));
}

/// The hash of a word of `len` (1 to 8) bytes packed little-endian in `w` (zero above), if it
/// is ASCII without periods: lower-cased in place, as [`token_hash`] hashes it.
#[inline]
fn ascii_word_hash(w: u64, len: usize) -> Option<u64> {
    let lower = lower_ascii_word(w)?;
    let h = (len as u64).wrapping_mul(MIX);
    Some(fmix((h.rotate_left(23) ^ lower).wrapping_mul(MIX)))
}

/// Eight bytes packed little-endian, lower-cased in place, if they are ASCII without periods
/// (zero bytes, the padding after a word's end, pass).
#[inline]
fn lower_ascii_word(w: u64) -> Option<u64> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let dots = w ^ (ONES * u64::from(b'.'));
    let has_dot = dots.wrapping_sub(ONES) & !dots & HIGH != 0;
    if w & HIGH != 0 || has_dot {
        return None;
    }
    let at_least_a = (w + ONES * 0x3f) & HIGH;
    let past_z = (w + ONES * 0x25) & HIGH;
    Some(w | ((at_least_a & !past_z) >> 2))
}

/// Appends the normalized form of one token: lower case, no periods, ’ as ', dashes as '-'.
pub fn push_normalized(buf: &mut String, token: &str) {
    if token.is_ascii() {
        for b in token.bytes() {
            if b != b'.' {
                buf.push(b.to_ascii_lowercase() as char);
            }
        }
        return;
    }
    for c in token.chars() {
        match c {
            '.' => {}
            '\u{2019}' | '\u{2018}' => buf.push('\''),
            '\u{2010}' | '\u{2011}' => buf.push('-'),
            c if c.is_uppercase() => buf.extend(c.to_lowercase()),
            c => buf.push(c),
        }
    }
}

/// The normalized key of a phrase written in a list: its tokens, normalized, without periods.
pub fn phrase_key(phrase: &str) -> String {
    let mut key = String::with_capacity(phrase.len());
    tokens::scan(phrase, |t| {
        let tok = &phrase[t.start as usize..t.end as usize];
        if t.kind == Kind::Punct && tok == "." {
            return;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        push_normalized(&mut key, tok);
    });
    key
}

/// The hash of a phrase's key, computed from its text as [`phrase_key`] would write it.
pub fn phrase_hash(phrase: &str) -> KeyHash {
    let mut h = KeyHash::new();
    tokens::scan(phrase, |t| {
        let tok = &phrase[t.start as usize..t.end as usize];
        if !(t.kind == Kind::Punct && tok == ".") {
            h.push(tok);
        }
    });
    h
}

/// Everything the lists say, as one table.
#[derive(Debug)]
pub struct Lexicon {
    /// Phrases to entries.
    pub phrases: PhraseTable<Entry>,
    /// For each group number, the group's canonical name (index 0 unused).
    pub group_names: Vec<Box<str>>,
}

/// Phrases and prefixes in the lexicon, about (room reserved up front: no rehashing).
const LEXICON_CAPACITY: usize = 48 * 1024;

/// The lexicon, built on first use.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

/// The three-letter ISO codes of the listed countries ("KEN", "BRA"), sorted for a binary search.
static COUNTRY_CODES: LazyLock<Vec<[u8; 3]>> = LazyLock::new(|| {
    let mut codes: Vec<[u8; 3]> = rows(COUNTRIES)
        .filter_map(|row| {
            row.get(2)
                .and_then(|c| <[u8; 3]>::try_from(c.as_bytes()).ok())
        })
        .collect();
    codes.sort_unstable();
    codes.dedup();
    codes
});

/// Whether `w` is a listed country's three-letter ISO code, as results lists print a competitor's
/// country ("Jane Doe (KEN) 14:13.01").
pub fn is_country_code(w: &str) -> bool {
    <[u8; 3]>::try_from(w.as_bytes()).is_ok_and(|k| COUNTRY_CODES.binary_search(&k).is_ok())
}

/// Most cells a list row has (later cells are ignored).
const MAX_CELLS: usize = 8;

/// One row of a TSV list: its cells, trimmed, without allocating.
struct Row<'a> {
    cells: [&'a str; MAX_CELLS],
    len: usize,
}

impl<'a> Row<'a> {
    /// Cell `i`, if the row has it.
    fn get(&self, i: usize) -> Option<&&'a str> {
        self.cells[..self.len].get(i)
    }
}

impl<'a> std::ops::Index<usize> for Row<'a> {
    type Output = &'a str;
    fn index(&self, i: usize) -> &&'a str {
        &self.cells[i]
    }
}

/// Data rows of a TSV list: comment lines and empty lines skipped, cells split on tabs and
/// trimmed. Line ends are found by `memchr` (vectorized); the tabs of a line (a few dozen
/// bytes) by a plain loop over its bytes. The lists are a megabyte in all, read at start-up:
/// one loop testing every byte for both a tab and a line end cost 10 instructions a byte.
fn rows(tsv: &str) -> impl Iterator<Item = Row<'_>> {
    let bytes = tsv.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        while from < bytes.len() {
            let line_start = from;
            let line_end = memchr::memchr(b'\n', &bytes[from..]).map_or(bytes.len(), |k| from + k);
            from = line_end + 1;
            let line = &bytes[line_start..line_end];
            if line.first() == Some(&b'#') {
                continue;
            }
            let mut row = Row {
                cells: [""; MAX_CELLS],
                len: 0,
            };
            let mut cell_start = line_start;
            for_each_tab(line, |k| {
                if row.len < MAX_CELLS {
                    row.cells[row.len] = tsv[cell_start..line_start + k].trim_ascii();
                    row.len += 1;
                }
                cell_start = line_start + k + 1;
            });
            if row.len < MAX_CELLS {
                row.cells[row.len] = tsv[cell_start..line_end].trim_ascii();
                row.len += 1;
            }
            if row.cells[..row.len].iter().any(|c| !c.is_empty()) {
                return Some(row);
            }
        }
        None
    })
}

/// Calls `f` with the offset of each tab of `line`, in order. Eight bytes are tested at once
/// (a zero-byte test on the bytes xor tab); a flagged byte is checked before it is taken,
/// since the test may also flag a byte right after a tab.
fn for_each_tab(line: &[u8], mut f: impl FnMut(usize)) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = line.chunks_exact(8);
    let mut base = 0;
    for chunk in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let x = u64::from_le_bytes(w) ^ (ONES * u64::from(b'\t'));
        let mut found = x.wrapping_sub(ONES) & !x & HIGH;
        while found != 0 {
            let k = base + (found.trailing_zeros() / 8) as usize;
            if line[k] == b'\t' {
                f(k);
            }
            found &= found - 1;
        }
        base += 8;
    }
    for (k, &b) in chunks.remainder().iter().enumerate() {
        if b == b'\t' {
            f(base + k);
        }
    }
}

/// The `|`-separated values of a cell.
/// Whether a demonym after a country's adjective is a singular noun for a person ("Frenchman",
/// "Spaniard", "Dane"), not a plural ("Danes") or another adjective ("Philippine", "Korean").
fn person_noun(demonym: &str) -> bool {
    /// Singular in form but used as adjectives ("Khmer Rouge", "Lao Airlines").
    const ADJECTIVES_TOO: &[&str] = &["Khmer", "Lao", "Burkinabè"];
    let w = demonym.to_ascii_lowercase();
    if w.ends_with("man") || w.ends_with("woman") {
        return true;
    }
    let adjective = ["an", "ese", "ish", "ic", "ine", "i", "ch"]
        .iter()
        .any(|s| w.ends_with(s));
    !adjective && !w.ends_with('s') && !w.contains(' ') && !ADJECTIVES_TOO.contains(&demonym)
}

fn values<'a>(cell: Option<&&'a str>) -> impl Iterator<Item = &'a str> {
    cell.copied()
        .unwrap_or("")
        .split('|')
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

impl Lexicon {
    fn add(&mut self, phrase: &str, flags: u64, group: u32) {
        self.phrases.insert_phrase_with(phrase, |e: &mut Entry| {
            e.flags |= flags;
            if e.group == 0 {
                e.group = group;
            }
        });
    }

    /// Flags the first word of `phrase`.
    fn add_first_word(&mut self, phrase: &str, flags: u64) {
        let mut first = None;
        tokens::scan(phrase, |t| {
            let tok = &phrase[t.start as usize..t.end as usize];
            if first.is_none() && !(t.kind == Kind::Punct && tok == ".") {
                first = Some(tok);
            }
        });
        if let Some(first) = first {
            self.phrases
                .insert_phrase_with(first, |e: &mut Entry| e.flags |= flags);
        }
    }

    /// The entry of a phrase as a list writes it.
    fn get_phrase(&self, phrase: &str) -> Option<Entry> {
        self.phrases.get_hash(phrase_hash(phrase).finish()).copied()
    }

    fn new_group(&mut self, name: &str) -> u32 {
        self.group_names.push(name.into());
        (self.group_names.len() - 1) as u32
    }

    /// Parses every list.
    pub fn build() -> Lexicon {
        let mut lex = Lexicon {
            phrases: PhraseTable::with_capacity(LEXICON_CAPACITY),
            group_names: vec!["".into()],
        };
        // Cue words first: company short names that are ordinary words are left out below.
        for row in rows(ENTITY_CUES) {
            let flags = values(row.get(1)).fold(0, |f, cue| f | cue_flag(cue));
            lex.add(row[0], flags, 0);
            // "Tropical Storm": the first word says where to look for the phrase.
            if flags & MISC_HEAD_START != 0 && row[0].contains(' ') {
                lex.add_first_word(row[0], HEAD_START);
            }
        }
        for row in rows(MONTHS_DAYS) {
            lex.add(row[0], MONTH_DAY, 0);
        }
        for row in rows(PERSON_TITLES) {
            let category = row.get(2).copied().unwrap_or("");
            let position = row.get(3).copied().unwrap_or("");
            let mut flags = match position {
                "pre" => TITLE_PRE,
                "post" => TITLE_POST,
                _ => TITLE_PRE | TITLE_POST,
            };
            if category == "suffix" {
                flags = NAME_SUFFIX;
            } else if category == "role" || category == "corporate" {
                flags |= ROLE;
            }
            lex.add(row[0], flags, 0);
            if flags & TITLE_PRE != 0 {
                lex.add_first_word(row[0], TITLE_START);
            }
        }
        for row in rows(ORG_SUFFIXES) {
            let kind = row.get(1).copied().unwrap_or("");
            let position = row.get(2).copied().unwrap_or("");
            let source = row.get(4).copied().unwrap_or("");
            let term = row[0];
            // Short legal terms from cleanco collide with English words ("as", "sa").
            if source != "curated" && (term.chars().count() < 3 || is_common(&lex, term)) {
                continue;
            }
            let flags = match (kind, position) {
                ("legal", _) => ORG_LEGAL,
                (_, "start") if term.contains(' ') => ORG_HEAD_START,
                (_, "start") => ORG_MODIFIER,
                (_, "any") => ORG_HEAD | ORG_MODIFIER,
                _ if row.get(3) == Some(&"newspaper head") => ORG_HEAD | NEWSPAPER_HEAD,
                _ => ORG_HEAD,
            };
            lex.add(term, flags, 0);
            if flags & ORG_HEAD_START != 0 {
                lex.add_first_word(term, HEAD_START);
            }
        }
        for row in rows(COUNTRIES) {
            let group = lex.new_group(row[0]);
            lex.add(row[0], COUNTRY, group);
            for alt in values(row.get(3)) {
                if !alt.contains(',') {
                    lex.add(alt, COUNTRY, group);
                }
            }
            // The adjective first, then other forms: nouns, plurals, other adjectives.
            for (k, demonym) in values(row.get(4)).enumerate() {
                let noun = if k > 0 && person_noun(demonym) {
                    DEMONYM_NOUN
                } else {
                    0
                };
                lex.add(demonym, DEMONYM | noun, 0);
            }
            for capital in values(row.get(5)) {
                lex.add(capital, CITY | CITY_MAJOR, 0);
            }
        }
        for row in rows(US_STATES) {
            let group = lex.new_group(row[0]);
            lex.add(row[0], STATE, group);
            for postal in values(row.get(1)) {
                lex.add(postal, STATE_POSTAL, group);
            }
            for abbr in values(row.get(2)).chain(values(row.get(5))) {
                if phrase_hash(abbr) != phrase_hash(row[0]) && !abbr.starts_with("the ") {
                    lex.add(abbr, STATE_ABBR, group);
                }
            }
        }
        for row in rows(CITIES) {
            let population: u64 = row.get(5).and_then(|p| p.parse().ok()).unwrap_or(0);
            let flags = if population >= 1_000_000 {
                CITY | CITY_MAJOR
            } else {
                CITY
            };
            lex.add(row[0], flags, 0);
            if let Some(ascii) = row.get(1).filter(|a| !a.is_empty()) {
                lex.add(ascii, flags, 0);
            }
        }
        for row in rows(US_AGENCIES) {
            let name = row[0];
            if name.is_empty() {
                continue;
            }
            // "The Senate" is written "the Senate": an agency's "The" is not part of its name.
            let name = name.strip_prefix("The ").unwrap_or(name);
            let group = lex.new_group(name);
            lex.add(name, AGENCY, group);
            for acronym in values(row.get(1)) {
                lex.add(acronym, AGENCY_ACRONYM, group);
            }
            for alt in values(row.get(2)) {
                // Lower-case aliases ("immigration courts") are descriptions, not names.
                if alt.chars().next().is_some_and(char::is_uppercase) {
                    lex.add(alt, AGENCY, group);
                }
            }
        }
        for row in rows(COMPANIES) {
            let kind = row.get(4).copied().unwrap_or("");
            let extra = if kind == "news_org" { NEWS_ORG } else { 0 };
            lex.add(row[0], COMPANY | extra, 0);
            for short in values(row.get(1)) {
                // An acronym ("WHO", "AIM") is a name when written in capitals, whatever
                // ordinary word it spells.
                let letters = short.chars().filter(|c| c.is_alphabetic()).count();
                if letters >= 2 && short.chars().all(|c| !c.is_lowercase()) && !short.contains('.')
                {
                    lex.add(short, COMPANY_ACRONYM | extra, 0);
                }
                // Short names that are places, peoples or ordinary words need more evidence
                // than the list gives ("U.S." for U.S. Bancorp, "Sea", "Target").
                let known = lex.get_phrase(short);
                let clash = known.is_some_and(|e| {
                    e.any(COUNTRY | STATE | STATE_ABBR | DEMONYM | COMMON | MONTH_DAY | CITY_MAJOR)
                });
                if !clash {
                    lex.add(short, COMPANY_SHORT | extra, 0);
                }
            }
        }
        for row in rows(GIVEN_NAMES) {
            lex.add(row[0], GIVEN, 0);
        }
        for row in rows(SURNAMES) {
            lex.add(row[0], SURNAME, 0);
            for v in values(row.get(3)) {
                lex.add(v, SURNAME, 0);
            }
        }
        lex
    }

    /// The entry of one normalized key.
    pub fn get(&self, key: &str) -> Option<Entry> {
        self.phrases.get(key).copied()
    }

    /// The entry of a key by its finished hash.
    pub fn get_hash(&self, hash: u64) -> Option<Entry> {
        self.phrases.get_hash(hash).copied()
    }

    /// Flags of one token's text (normalized here), 0 if unknown.
    pub fn word_flags(&self, token: &str) -> u64 {
        self.phrases
            .get_hash(hash_token(token))
            .map_or(0, |e| e.flags)
    }
}

fn is_common(lex: &Lexicon, word: &str) -> bool {
    lex.get_phrase(word).is_some_and(|e| e.any(COMMON))
}

/// The flag of a cue name in `entity_cues.tsv`.
fn cue_flag(cue: &str) -> u64 {
    match cue {
        "common" => COMMON,
        "speech" => SPEECH,
        "loc_prep" => LOC_PREP,
        "org_noun" => ORG_NOUN,
        "loc_noun" => LOC_NOUN,
        "role" => ROLE,
        "loc_head" => LOC_HEAD,
        "loc_head_start" => LOC_HEAD_START,
        "misc_head" => MISC_HEAD,
        "org_head" => ORG_HEAD,
        "org_industry" => ORG_HEAD | ORG_INDUSTRY,
        "venue_head" => VENUE_HEAD,
        "misc_group" => MISC_GROUP,
        "particle" => PARTICLE,
        "not_name" => NOT_NAME,
        "loc_region" => LOC_REGION,
        "misc_head_start" => MISC_HEAD_START,
        "loc_modifier" => LOC_MODIFIER,
        "sport" => SPORT,
        "misc_name" => MISC_NAME,
        "product" => MISC_NAME | PRODUCT,
        "person_next" => PERSON_NEXT,
        "misc_next" => MISC_NEXT,
        "institution" => INSTITUTION,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_split_every_list_as_lines_and_tabs_do() {
        for tsv in [
            COMPANIES,
            US_AGENCIES,
            COUNTRIES,
            US_STATES,
            CITIES,
            GIVEN_NAMES,
            SURNAMES,
            ORG_SUFFIXES,
            PERSON_TITLES,
            MONTHS_DAYS,
            ENTITY_CUES,
            "",
            "\n\n# c\ta\n \t \na\tb\t\tc\td\te\tf\tg\th\ti\tj\n#\nlast\t x ",
            "\t\t\t\t\t\t\t\t\t\tx\n\t\u{8}\t\u{8}\u{8}\t\t\u{1}\u{8}\tabcdefgh\tijklmnop\t\n",
        ] {
            let got: Vec<Vec<&str>> = rows(tsv).map(|r| r.cells[..r.len].to_vec()).collect();
            let want: Vec<Vec<&str>> = tsv
                .split('\n')
                .filter(|l| !l.starts_with('#'))
                .map(|l| l.split('\t').take(MAX_CELLS).map(str::trim_ascii).collect())
                .filter(|cells: &Vec<&str>| cells.iter().any(|c| !c.is_empty()))
                .collect();
            assert_eq!(got, want);
        }
    }

    #[test]
    fn token_hashes_read_from_the_text_match_token_hash() {
        let text = "U.S. Customs and Border Protection’s AT&T deal, Müller said; Ab CDEFGHIJ x. \
                    Headquartered InternationalAB Administration's Pennsylvania-based Kong.Hong \
                    Twelvechars1 Sixteencharacter Seventeencharacte Nine.dots Bundesländer ok.";
        let mut tokens = Vec::new();
        tokens::scan(text, |t| tokens.push(t));
        let hashes = token_hashes(text, &tokens);
        for (t, h) in tokens.iter().zip(hashes) {
            let w = t.text(text);
            let want = if t.kind == Kind::Punct && w == "." {
                SKIP
            } else {
                token_hash(w).max(1)
            };
            assert_eq!(h, want, "{w}");
        }
    }

    fn flags(phrase: &str) -> u64 {
        LEXICON.get(&phrase_key(phrase)).map_or(0, |e| e.flags)
    }

    #[test]
    fn keys_are_normalized() {
        assert_eq!(
            phrase_key("U.S. Customs and Border Protection"),
            "us customs and border protection"
        );
        assert_eq!(phrase_key("The Associated Press"), "the associated press");
        assert_eq!(phrase_key("Amazon.com Inc."), "amazoncom inc");
        assert_eq!(phrase_key("McDonald’s"), "mcdonald 's");
        assert_eq!(phrase_key("Co., Ltd."), "co , ltd");
    }

    #[test]
    fn every_list_is_parsed() {
        let table = [
            ("Microsoft Corp.", COMPANY),
            ("Microsoft", COMPANY_SHORT),
            ("U.S. Customs and Border Protection", AGENCY),
            ("ICE", AGENCY_ACRONYM),
            ("Germany", COUNTRY),
            ("U.S.", COUNTRY),
            ("German", DEMONYM),
            ("Virginia", STATE),
            ("Va.", STATE_ABBR),
            ("VA", STATE_POSTAL),
            ("Rochester", CITY),
            ("Satya", 0),
            ("John", GIVEN),
            ("Smith", SURNAME),
            ("Inc.", ORG_LEGAL),
            ("Agency", ORG_HEAD),
            ("Department of", ORG_HEAD_START),
            ("Sen.", TITLE_PRE),
            ("spokesman", ROLE),
            ("Jr.", NAME_SUFFIX),
            ("Sept.", MONTH_DAY),
            ("However", COMMON),
            ("said", SPEECH),
            ("Street", LOC_HEAD),
            ("Act", MISC_HEAD),
            ("Democrats", MISC_GROUP),
            ("CEO", NOT_NAME),
        ];
        for (phrase, flag) in table {
            let f = flags(phrase);
            if flag == 0 {
                assert_eq!(f & !PREFIX, 0, "{phrase} should be unknown");
            } else {
                assert!(f & flag != 0, "{phrase}: {f:#x} lacks {flag:#x}");
            }
        }
    }

    #[test]
    fn cities_are_found_under_their_english_names() {
        // GeoNames names some cities in their own language ("Köln", "Gent"); English news writes
        // "Cologne" and "Ghent", and a lone unknown town name leans ORG.
        for city in [
            "Cologne",
            "Frankfurt",
            "Ghent",
            "Hanover",
            "Seville",
            "Quebec City",
        ] {
            assert!(flags(city) & CITY != 0, "{city} is not a city");
        }
        assert!(flags("Cologne") & CITY_MAJOR != 0);
    }

    #[test]
    fn clashing_short_names_are_left_out() {
        // U.S. Bancorp's short name "U.S." is a country, not a company.
        assert_eq!(flags("U.S.") & COMPANY_SHORT, 0);
        assert_ne!(flags("Fifth Third") & COMPANY_SHORT, 0);
    }

    #[test]
    fn groups_tie_acronyms_to_names() {
        let ice = LEXICON.get("ice").unwrap();
        let long = LEXICON
            .get(&phrase_key("Immigration and Customs Enforcement"))
            .unwrap();
        assert_ne!(ice.group, 0);
        assert_eq!(ice.group, long.group);
        assert_eq!(
            &*LEXICON.group_names[ice.group as usize],
            "U.S. Immigration and Customs Enforcement"
        );
    }

    #[test]
    fn prefixes_continue() {
        assert!(flags("Department of") & (PREFIX | ORG_HEAD_START) != 0);
        let doc =
            crate::extract::Document::new("the U.S. Customs and Border Protection agency", None);
        let toks = tokens::tokenize(&doc);
        let hashes = token_hashes(doc.text, &toks);
        let (end, e) = LEXICON
            .phrases
            .longest_match(&hashes, &toks, 1, toks.len(), |e| e.any(AGENCY))
            .unwrap();
        assert!(e.any(AGENCY));
        assert_eq!(toks[end - 1].text(doc.text), "Protection");
    }

    #[test]
    fn hashes_agree_however_the_key_is_built() {
        let mut h = KeyHash::new();
        for t in ["U.S", "Customs", "and", "Border", "Protection"] {
            h.push(t);
        }
        let key = phrase_key("U.S. Customs and Border Protection");
        assert_eq!(h.finish(), hash_key(&key));
        assert_eq!(
            phrase_hash("U.S. Customs and Border Protection").finish(),
            hash_key(&key)
        );
        assert_eq!(hash_token("McDONALD’S"), hash_key("mcdonald's"));
        assert_ne!(hash_key("a b"), hash_key("ab"));
        // The 8-byte fast path agrees with the general one.
        for w in [
            "A",
            "Zz",
            "U.S",
            "McDONALD",
            "ab@[`{Z",
            "Nadella",
            "Microsoft",
            "É",
        ] {
            let mut s = String::new();
            push_normalized(&mut s, w);
            assert_eq!(token_hash(w), hash_normalized_bytes(s.as_bytes()), "{w}");
        }
    }

    #[test]
    fn phrase_table_merges_and_marks_prefixes() {
        let mut t: PhraseTable<u32> = PhraseTable::default();
        t.insert_with("a b c", |v| *v += 1);
        t.insert_with("a b c", |v| *v += 1);
        t.insert_with("a", |v| *v += 10);
        assert_eq!(t.get("a b c"), Some(&2));
        assert_eq!(t.get("a b"), None);
        assert_eq!(t.get("a"), Some(&10));
    }
}
