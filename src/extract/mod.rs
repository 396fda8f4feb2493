//! Extraction: the [`Extractor`] trait, the [`Document`] every extractor reads, and the
//! registry of extractors in the order they run.
//!
//! An extractor reads a [`Document`] (the text with its boilerplate, sentences, words and
//! publication date) and adds mentions to [`Mentions`]. Extractors run in registry order, and
//! after each one the pipeline normalizes every layer: mentions in boilerplate are dropped, each
//! layer is sorted by offset, and overlaps within a layer are resolved in favour of the longer
//! mention. Normalizing a layer twice changes nothing, so a later extractor may refer to an
//! earlier layer's mentions by index (contract events point at money and date mentions).
//!
//! Adding an extractor: one file in this folder, one line in [`registry`], and tests in the
//! file or folder (see `money/` for the shape).

pub mod contracts;
pub mod dates;
pub mod entities;
pub mod money;

use crate::calendar::Dct;
use crate::clean::{self, Region};
use crate::record::{
    ContractEvent, ContractMention, DateMention, Entity, EntityMention, MoneyMention, Spanned,
};
use crate::segment::{self, ByteSpan, CharMap, Sentence};

/// A mention layer of the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Layer {
    /// `entities`
    Entities,
    /// `dates`
    Dates,
    /// `money`
    Money,
    /// `contracts` (and what builds on contract identifiers)
    Contracts,
}

impl Layer {
    /// Every layer, in record order.
    pub const ALL: [Layer; 4] = [
        Layer::Entities,
        Layer::Dates,
        Layer::Money,
        Layer::Contracts,
    ];

    /// The layer's field name in records and gold.
    pub fn name(self) -> &'static str {
        match self {
            Layer::Entities => "entities",
            Layer::Dates => "dates",
            Layer::Money => "money",
            Layer::Contracts => "contracts",
        }
    }

    /// The layer called `name` (`entities`, `dates`, `money`, `contracts`).
    pub fn from_name(name: &str) -> Option<Layer> {
        Layer::ALL.into_iter().find(|l| l.name() == name)
    }
}

/// The article as extractors see it. Built once per article.
#[derive(Debug)]
pub struct Document<'a> {
    /// The text as read; every offset refers to it.
    pub text: &'a str,
    /// Publication date, when known: relative dates resolve against it.
    pub dct: Option<Dct>,
    /// Boilerplate regions (byte spans), in text order.
    pub boilerplate: Vec<Region>,
    /// Sentences (byte spans), in text order, boilerplate ones flagged.
    pub sentences: Vec<Sentence>,
    /// Words (byte spans), in text order.
    pub words: Vec<ByteSpan>,
    chars: CharMap,
}

impl<'a> Document<'a> {
    /// Cleans and segments `text`.
    pub fn new(text: &'a str, dct: Option<Dct>) -> Document<'a> {
        let boilerplate = clean::find_boilerplate(text);
        let sentences = segment::sentences(text)
            .into_iter()
            .map(|span| Sentence {
                span,
                boilerplate: overlaps_any(&boilerplate, span),
            })
            .collect();
        let mut words = SPARE_WORDS.with(|spare| spare.take());
        segment::words_into(text, &mut words);
        Document {
            text,
            dct,
            boilerplate,
            sentences,
            words,
            chars: CharMap::new(text),
        }
    }

    /// Code-point offset of a byte offset.
    pub fn char_offset(&self, byte: usize) -> usize {
        self.chars.char_offset(byte)
    }

    /// Number of code points in the text.
    pub fn char_len(&self) -> usize {
        self.chars.char_len()
    }

    /// The text of a byte span.
    pub fn slice(&self, span: ByteSpan) -> &'a str {
        &self.text[span.start..span.end]
    }

    /// Whether `span` overlaps boilerplate.
    pub fn in_boilerplate(&self, span: ByteSpan) -> bool {
        overlaps_any(&self.boilerplate, span)
    }

    /// Sentences outside boilerplate.
    pub fn story_sentences(&self) -> impl Iterator<Item = &Sentence> + '_ {
        self.sentences.iter().filter(|s| !s.boilerplate)
    }

    /// The sentence containing byte offset `byte`, if any.
    pub fn sentence_at(&self, byte: usize) -> Option<&Sentence> {
        let i = self.sentences.partition_point(|s| s.span.end <= byte);
        self.sentences.get(i).filter(|s| s.span.start <= byte)
    }

    /// Code-point and byte offsets plus the text of `span`: what every mention starts from.
    pub fn locate(&self, span: ByteSpan) -> Located {
        Located {
            start: self.char_offset(span.start),
            end: self.char_offset(span.end),
            byte_start: span.start,
            byte_end: span.end,
            text: self.slice(span).to_string(),
        }
    }
}

thread_local! {
    /// The word buffer of this thread's last document, for the next one: an article's words
    /// take a few kilobytes, and allocating that much after the extractors have freed many
    /// small blocks costs glibc's `malloc` about 13,000 instructions (it sorts its free lists),
    /// as much as segmenting a kilobyte of text.
    static SPARE_WORDS: std::cell::Cell<Vec<ByteSpan>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Buffers above this many words are not kept for the next document (a huge article's
/// would otherwise stay allocated).
const SPARE_WORDS_MAX: usize = 1 << 16;

impl Drop for Document<'_> {
    fn drop(&mut self) {
        if self.words.capacity() <= SPARE_WORDS_MAX {
            let words = std::mem::take(&mut self.words);
            // `try_with`: the thread's storage may already be gone when a document is dropped
            // during thread exit.
            let _ = SPARE_WORDS.try_with(|spare| spare.set(words));
        }
    }
}

/// Whether `span` overlaps one of `regions` (sorted, not overlapping): a binary search, so that
/// an article made of thousands of boilerplate lines stays linear.
fn overlaps_any(regions: &[Region], span: ByteSpan) -> bool {
    // The first region ending after `span.start` decides.
    let i = regions.partition_point(|r| r.span.end <= span.start);
    regions.get(i).is_some_and(|r| r.span.start < span.end)
}

/// A span located in the text, in both offset kinds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// Code-point start.
    pub start: usize,
    /// Code-point end.
    pub end: usize,
    /// Byte start.
    pub byte_start: usize,
    /// Byte end.
    pub byte_end: usize,
    /// The text of the span.
    pub text: String,
}

/// What the extractors found so far: one list per layer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mentions {
    /// Named entities.
    pub entities: Vec<EntityMention>,
    /// Temporal expressions.
    pub dates: Vec<DateMention>,
    /// Money amounts.
    pub money: Vec<MoneyMention>,
    /// Contract identifiers.
    pub contracts: Vec<ContractMention>,
    /// Entities: `entities` grouped by what they name (filled by the entity linker, which runs
    /// after the entity layer is final; its indices refer to that layer).
    pub entity_index: Vec<Entity>,
    /// Contract events; they point into the four layers above by index, so they are built last
    /// and normalization leaves them alone.
    pub contract_events: Vec<ContractEvent>,
}

impl Mentions {
    /// Drops mentions in boilerplate, sorts each layer and resolves overlaps (the longer mention
    /// wins, then the earlier). Idempotent.
    pub fn normalize(&mut self, doc: &Document<'_>) {
        normalize_layer(&mut self.entities, doc);
        normalize_layer(&mut self.dates, doc);
        normalize_layer(&mut self.money, doc);
        normalize_layer(&mut self.contracts, doc);
    }
}

fn normalize_layer<T: Spanned>(layer: &mut Vec<T>, doc: &Document<'_>) {
    layer.retain(|m| {
        let (s, e) = m.bytes();
        s < e && !doc.in_boilerplate(ByteSpan::new(s, e))
    });
    if layer
        .windows(2)
        .all(|w| w[0].bytes() < w[1].bytes() && w[0].bytes().1 <= w[1].bytes().0)
    {
        return;
    }
    layer.sort_by_key(|m| m.bytes());
    let mut kept: Vec<T> = Vec::with_capacity(layer.len());
    for m in layer.drain(..) {
        let (s, e) = m.bytes();
        match kept.last() {
            Some(prev) if prev.bytes().1 > s => {
                let (ps, pe) = prev.bytes();
                if e - s > pe - ps {
                    kept.pop();
                    kept.push(m);
                }
            }
            _ => kept.push(m),
        }
    }
    *layer = kept;
}

/// A stage that finds mentions of one kind.
pub trait Extractor: Send + Sync {
    /// Short stable name (`money`, `dates`…), used in benchmarks and messages.
    fn name(&self) -> &'static str;
    /// The layer this extractor fills; it runs only when that layer is wanted.
    fn layer(&self) -> Layer;
    /// Adds what it finds in `doc` to `found`. Earlier layers are complete and normalized.
    fn extract(&self, doc: &Document<'_>, found: &mut Mentions);
    /// For the last extractor: a function that builds tables it will likely need for `doc`,
    /// whose earlier layers found `found`, and that another thread may build for it (compiling
    /// only: a regex searched from that thread would give it the fast path of its cache pool,
    /// see `batch`). None by default.
    fn helper(&self, _doc: &Document<'_>, _found: &Mentions) -> Option<fn()> {
        None
    }
}

/// Every extractor, in the order they run: entities first (others use them), contracts last.
pub fn registry() -> Vec<Box<dyn Extractor>> {
    vec![
        Box::new(entities::Entities),
        Box::new(entities::EntityLinks),
        Box::new(money::Money),
        Box::new(dates::Dates),
        Box::new(contracts::Contracts),
        Box::new(contracts::ContractEvents),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(doc: &Document<'_>, s: usize, e: usize) -> MoneyMention {
        let l = doc.locate(ByteSpan::new(s, e));
        MoneyMention {
            start: l.start,
            end: l.end,
            text: l.text,
            value: None,
            currency: None,
            qualifier: None,
            vague: false,
            min: None,
            max: None,
            per: None,
            period: None,
            range: None,
            byte_start: s,
            byte_end: e,
        }
    }

    #[test]
    fn normalize_drops_boilerplate_sorts_and_resolves_overlaps() {
        let text = "Cost $5 million.\n\nLoading...\n\nAnd $7 million more.";
        let doc = Document::new(text, None);
        let mut m = Mentions::default();
        let load = text.find("Loading").unwrap();
        let seven = text.find("$7").unwrap();
        m.money.push(money(&doc, seven, seven + 10));
        m.money.push(money(&doc, 5, 7));
        m.money.push(money(&doc, 5, 15));
        m.money.push(money(&doc, load, load + 7));
        m.normalize(&doc);
        let texts: Vec<&str> = m.money.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(texts, vec!["$5 million", "$7 million"]);
        let again = m.clone();
        m.normalize(&doc);
        assert_eq!(m, again);
    }

    #[test]
    fn a_reused_word_buffer_holds_only_the_new_words() {
        let long = "Many words in this first document, more than the next one has. ".repeat(20);
        let first = Document::new(&long, None);
        assert_eq!(first.words, segment::words(&long));
        drop(first);
        let short = "Two words";
        let second = Document::new(short, None);
        assert_eq!(second.words, segment::words(short));
        assert_eq!(second.words.len(), 2);
    }

    #[test]
    fn sentence_lookup() {
        let doc = Document::new("One here. Two there.", None);
        assert_eq!(doc.sentence_at(12).unwrap().span.start, 10);
        assert!(doc.sentence_at(9).is_none());
    }
}
