//! Named entities: people, organisations, places and other names (MISC), by rules and
//! gazetteers.
//!
//! How a name is found and typed:
//! 1. [`tokens`]: the text is tokenized once; each token knows its shape (capitalised, all
//!    caps, "iPhone"), whether it starts a sentence, and whether its line is written in
//!    capitals or title case (a headline), where capitals are no evidence.
//! 2. [`gazetteer`]: every token is looked up once in the embedded lists (companies, agencies,
//!    countries and demonyms, states, cities, given names, surnames, titles, organisation
//!    heads, cue words), one hash look-up per token.
//! 3. [`candidates`]: runs of capitalised words are cut into names at connectors, titles,
//!    possessives and hyphen tails ("Sen. Jim Risch of Idaho" → "Jim Risch", "Idaho"); a
//!    plain number after a name belongs to it ("Pixel 8 Pro", "S&P 500").
//! 4. [`classify`]: each name collects cues (listed as a company, ends in "Agency", a title or
//!    "said" before it, "in" before it, "-based" after it…) whose weights decide its type.
//! 5. [`link`]: the article decides: a name takes the type it won across the article (once
//!    "Satya Nadella" is a PERSON, so is "Nadella"; once "Coraline Resources Ltd" is ORG, so
//!    is "Coraline"), two capitalised words never called by their last word alone are no
//!    person, a sentence-initial word is kept only if something backs it, and headlines and
//!    all-caps lines are searched for the names found, for listed names, and for unknown
//!    words closed by a legal form or an organisation head ("MAPLEFIELD BANK").
//!
//! A second extractor, [`EntityLinks`], runs after the entity layer is normalized: it groups
//! mentions into entities (short forms, acronyms, the lists' aliases), fills each mention's
//! `canonical` and `entity`, and the record's `entity_index`.
//!
//! Cost: linear in the text; one token vector and one flag vector per article; look-ups hash
//! a reused buffer; runs are cut every [`candidates::MAX_RUN`] tokens.

pub mod candidates;
pub mod classify;
pub mod gazetteer;
pub mod link;
pub mod tokens;

use super::{Document, Extractor, Layer, Mentions};
use crate::record::EntityMention;

/// The entity recognizer.
pub struct Entities;

/// The entity linker: groups the entity layer into entities (runs after [`Entities`]).
pub struct EntityLinks;

/// Sports words an article needs (and at least one in a hundred words) to read as a sports
/// report.
const SPORTS_MIN_WORDS: usize = 6;

/// Of those, words that belong to sport alone ("coach", "inning"; not "won" or "beat", which
/// an awards or business story uses as much).
const SPORTS_MIN_PLAIN: usize = 5;

/// The article's tokens with their lexicon flags: what every stage reads.
#[derive(Debug)]
pub struct LexedText<'a> {
    /// The article text.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: Vec<tokens::Token>,
    /// For each token, the lexicon flags of its text (0 for punctuation and unknown words).
    pub flags: Vec<u64>,
    /// For each token, the hash of its normalized text ([`gazetteer::SKIP`] for periods).
    pub hashes: Vec<u64>,
    /// The lexicon.
    pub lex: &'static gazetteer::Lexicon,
    /// The article reads like a sports report: countries and cities there are often teams.
    pub sports: bool,
}

impl<'a> LexedText<'a> {
    /// Tokenizes the document and looks every word up.
    pub fn new(doc: &Document<'a>) -> LexedText<'a> {
        let lex = &*gazetteer::LEXICON;
        // The vectors of the thread's previous article, refilled (see `Drop`).
        let Buffers {
            mut tokens,
            mut flags,
            mut hashes,
        } = BUFFERS
            .try_with(|b| b.try_borrow_mut().map(|mut b| std::mem::take(&mut *b)))
            .ok()
            .and_then(Result::ok)
            .unwrap_or_default();
        tokens::tokenize_into(doc, &mut tokens);
        gazetteer::token_hashes_into(doc.text, &tokens, &mut hashes);
        let mut sport_words = 0usize;
        let mut sport_plain = 0usize;
        let mut words = 0usize;
        // Frequent words ("the", "of", "said") are looked up once per thread: a small
        // direct-mapped cache in front of the lexicon, kept from one article to the next (the
        // lexicon never changes, so its entries never go stale).
        flags.clear();
        LOOKUP_CACHE.with_borrow_mut(|cache| {
            flags.extend(tokens.iter().zip(&hashes).map(|(t, &th)| {
                if t.kind != tokens::Kind::Word {
                    words += usize::from(t.kind == tokens::Kind::Number);
                    return 0;
                }
                words += 1;
                // Keyed by the token hash: a hit costs no key hash.
                let slot = &mut cache[(th >> 54) as usize % LOOKUP_CACHE_SLOTS];
                let f = if slot.0 == th && th != gazetteer::SKIP {
                    slot.1
                } else {
                    let h = gazetteer::single_token_key(th);
                    let f = lex.get_hash(h).map_or(0, |e| e.flags);
                    *slot = (th, f);
                    f
                };
                sport_words += usize::from(f & gazetteer::SPORT != 0);
                sport_plain +=
                    usize::from(f & (gazetteer::SPORT | gazetteer::COMMON) == gazetteer::SPORT);
                f
            }));
        });
        let mut lt = LexedText {
            text: doc.text,
            tokens,
            flags,
            hashes,
            lex,
            sports: sport_words >= SPORTS_MIN_WORDS
                && sport_plain >= SPORTS_MIN_PLAIN
                && sport_words * 100 >= words,
        };
        for i in 0..lt.tokens.len() {
            if lt.tokens[i].flags & (tokens::CAP | tokens::INNER_CAP) != 0
                && candidates::can_be_name(&lt, i)
            {
                lt.tokens[i].flags |= tokens::NAME;
            }
        }
        lt
    }
}

impl Drop for LexedText<'_> {
    /// Hands the vectors back to the thread for its next article: no allocation per article
    /// (a vector grown for a very long article is let go, so that memory stays bounded).
    fn drop(&mut self) {
        if self.tokens.capacity() > MAX_KEPT_TOKENS {
            return;
        }
        let buffers = Buffers {
            tokens: std::mem::take(&mut self.tokens),
            flags: std::mem::take(&mut self.flags),
            hashes: std::mem::take(&mut self.hashes),
        };
        // During thread exit the buffers are simply dropped.
        let _ = BUFFERS.try_with(|b| {
            if let Ok(mut b) = b.try_borrow_mut() {
                *b = buffers;
            }
        });
    }
}

/// Most tokens a kept vector has room for (about 250 KB of text; 28 bytes per token in all).
const MAX_KEPT_TOKENS: usize = 1 << 16;

/// The per-article vectors of [`LexedText`], kept per thread between articles.
#[derive(Default)]
struct Buffers {
    tokens: Vec<tokens::Token>,
    flags: Vec<u64>,
    hashes: Vec<u64>,
}

thread_local! {
    /// The vectors of the thread's last article, for the next one.
    static BUFFERS: std::cell::RefCell<Buffers> = std::cell::RefCell::new(Buffers::default());
}

/// Entries in the per-thread look-up cache.
const LOOKUP_CACHE_SLOTS: usize = 1024;

thread_local! {
    /// The per-thread look-up cache: (token hash, lexicon flags) by the hash's top bits.
    static LOOKUP_CACHE: std::cell::RefCell<Box<[(u64, u64); LOOKUP_CACHE_SLOTS]>> =
        std::cell::RefCell::new(Box::new([(0, 0); LOOKUP_CACHE_SLOTS]));
}

impl Extractor for Entities {
    fn name(&self) -> &'static str {
        "entities"
    }

    fn layer(&self) -> Layer {
        Layer::Entities
    }

    fn extract(&self, doc: &Document<'_>, found: &mut Mentions) {
        for f in recognize(doc) {
            let l = doc.locate(f.span);
            found.entities.push(EntityMention {
                start: l.start,
                end: l.end,
                text: l.text,
                kind: f.kind,
                canonical: None,
                entity: None,
                byte_start: l.byte_start,
                byte_end: l.byte_end,
            });
        }
    }
}

impl Extractor for EntityLinks {
    fn name(&self) -> &'static str {
        "entity_links"
    }

    fn layer(&self) -> Layer {
        Layer::Entities
    }

    fn extract(&self, doc: &Document<'_>, found: &mut Mentions) {
        found.entity_index = link::link(&mut found.entities, doc.text);
    }
}

/// The entity mentions of `doc` outside boilerplate, in text order, not overlapping.
pub fn recognize(doc: &Document<'_>) -> Vec<link::Found> {
    // Token offsets are 32-bit: a text of 4 GiB or more (far over any `--max-bytes`) gets none.
    if doc.text.len() >= u32::MAX as usize {
        return Vec::new();
    }
    let lt = LexedText::new(doc);
    let cands: Vec<candidates::Candidate> = candidates::find(&lt)
        .into_iter()
        .filter(|c| !doc.in_boilerplate(c.span))
        .collect();
    let typings: Vec<classify::Typing> = cands.iter().map(|c| classify::classify(&lt, c)).collect();
    let mut found = link::resolve(&lt, &cands, &typings);
    found.retain(|f| f.span.start < f.span.end && !doc.in_boilerplate(f.span));
    for f in &mut found {
        if f.kind == crate::record::EntityType::Person {
            f.span.end = f.span.start + without_rank(&doc.text[f.span.start..f.span.end]).len();
        }
    }
    found
}

/// Ranks, degrees and judicial styles written after a person's name, which stay outside it:
/// "Jane Roe KC", "Roe LJ", "Jane Roe, M.D." (generational "Jr." and "III" stay inside).
const RANKS_AFTER: &[&str] = &[
    "KC", "QC", "J", "LJ", "OBE", "CBE", "MBE", "KBE", "DBE", "FRS", "M.D.", "MD", "Ph.D.", "PhD",
    "Esq.", "J.D.", "CPA", "MBA",
];

/// A person's name without a rank after it (and the comma before the rank).
fn without_rank(name: &str) -> &str {
    match name.rsplit_once(' ') {
        Some((rest, last)) if RANKS_AFTER.contains(&last) => {
            let rest = rest.trim_end_matches(',').trim_end();
            if rest.is_empty() { name } else { rest }
        }
        _ => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rank_after_a_name_stays_outside_it() {
        assert_eq!(without_rank("Morwenna Tice KC"), "Morwenna Tice");
        assert_eq!(without_rank("Tice LJ"), "Tice");
        assert_eq!(without_rank("Idris Vane, Ph.D."), "Idris Vane");
        assert_eq!(without_rank("Idris Vane Jr."), "Idris Vane Jr.");
        assert_eq!(without_rank("KC"), "KC");
        let doc = Document::new("The court heard from Morwenna Tice KC on Monday.", None);
        let names: Vec<&str> = recognize(&doc)
            .iter()
            .map(|f| &doc.text[f.span.start..f.span.end])
            .collect();
        assert!(names.contains(&"Morwenna Tice"), "{names:?}");
    }
}
