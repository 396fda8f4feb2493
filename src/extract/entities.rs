//! Named entities: people, organisations, places.
//!
//! First version: runs of capitalised words (joined by "of", "and", "&"), typed by their shape:
//! an organisation suffix or head ("Corp.", "Inc.", "Department") makes an ORG, a person title
//! in front ("Sen.", "Chief Executive Officer") a PERSON, an all-caps acronym an ORG, a run after
//! "in" a LOC. Runs with no evidence are left out.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::{Document, Extractor, Layer, Mentions};
use crate::record::{EntityMention, EntityType};
use crate::segment::ByteSpan;

/// The entity extractor.
pub struct Entities;

static RUN: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"\p{Lu}[\p{L}\p{M}'’.&!-]*(?:\.com)?";
    Regex::new(&format!(r"{word}(?:(?:\s+(?:of|for|&)){{0,2}}\s+{word})*"))
        .expect("entity pattern is valid")
});

static ORG_HEADS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [
        "Inc.",
        "Inc",
        "Corp.",
        "Corp",
        "Co.",
        "LLC",
        "Ltd.",
        "Ltd",
        "L.P.",
        "Group",
        "Department",
        "Agency",
        "Administration",
        "Commission",
        "Enforcement",
        "Protection",
        "Security",
        "Services",
        "Systems",
        "University",
        "Bank",
        "Association",
        "Council",
        "Institute",
        "Project",
        "Division",
        "Company",
        "Corporation",
        "Office",
        "Bureau",
        "Navy",
        "Army",
        "Force",
        "Command",
        "Center",
        "Committee",
        "Party",
        "Foundation",
    ]
    .into_iter()
    .collect()
});

static PERSON_TITLES: &[&str] = &[
    "officer",
    "president",
    "ceo",
    "sen.",
    "senator",
    "rep.",
    "gov.",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "head",
    "secretary",
    "director",
    "chairman",
    "spokesman",
    "spokeswoman",
    "said",
    "minister",
];

/// Capitalised words that start sentences or headlines without naming anything.
static STOP: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "This",
        "That",
        "These",
        "Those",
        "But",
        "And",
        "Some",
        "Many",
        "Most",
        "While",
        "Although",
        "About",
        "For",
        "With",
        "After",
        "Before",
        "When",
        "If",
        "As",
        "Final",
        "Whilst",
        "Immigrant",
        "Google's",
    ]
    .into_iter()
    .collect()
});

impl Extractor for Entities {
    fn name(&self) -> &'static str {
        "entities"
    }

    fn layer(&self) -> Layer {
        Layer::Entities
    }

    fn extract(&self, doc: &Document<'_>, found: &mut Mentions) {
        for m in RUN.find_iter(doc.text) {
            let mut start = m.start();
            let mut s = m.as_str();
            // Drop a leading stop word ("The Department of …") and trailing punctuation.
            if let Some((first, rest)) = s.split_once(char::is_whitespace)
                && STOP.contains(first)
            {
                s = rest.trim_start();
                start = m.end() - s.len();
            }
            if STOP.contains(s) {
                continue;
            }
            let trimmed = s.trim_end_matches(['’', '\'', '-']);
            let trimmed = trimmed.strip_suffix("’s").unwrap_or(trimmed);
            let trimmed = if trimmed.ends_with('.') && !ends_with_abbreviation(trimmed) {
                &trimmed[..trimmed.len() - 1]
            } else {
                trimmed
            };
            let span = ByteSpan::new(start, start + trimmed.len());
            if span.start >= span.end || doc.in_boilerplate(span) {
                continue;
            }
            let Some(kind) = classify(doc.text, span) else {
                continue;
            };
            let l = doc.locate(span);
            found.entities.push(EntityMention {
                start: l.start,
                end: l.end,
                canonical: Some(l.text.clone()),
                text: l.text,
                kind,
                byte_start: span.start,
                byte_end: span.end,
            });
        }
    }
}

fn ends_with_abbreviation(s: &str) -> bool {
    let last = s.rsplit(' ').next().unwrap_or(s);
    ORG_HEADS.contains(last) || last.matches('.').count() >= 2
}

fn classify(text: &str, span: ByteSpan) -> Option<EntityType> {
    let name = &text[span.start..span.end];
    let last = name.rsplit(' ').next().unwrap_or(name);
    if ORG_HEADS.contains(last) || name.starts_with("Department of") {
        return Some(EntityType::Org);
    }
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    if (2..=6).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase()) {
        return Some(EntityType::Org);
    }
    let prev_word = word_before(text, span.start).to_lowercase();
    let prev_word = prev_word.as_str();
    if name.contains(' ') && PERSON_TITLES.contains(&prev_word) {
        return Some(EntityType::Person);
    }
    if prev_word == "in" && !name.contains(' ') {
        return Some(EntityType::Loc);
    }
    None
}

/// Longest word looked at in front of a name: titles are short, and a bounded look-back keeps
/// the extractor linear however long the text before the name runs without a space.
const MAX_WORD_BEFORE: usize = 32;

/// The word ending right before byte `at` (whitespace between skipped), at most
/// [`MAX_WORD_BEFORE`] bytes of it.
fn word_before(text: &str, at: usize) -> &str {
    let before = text[..at].trim_end();
    let mut cut = before.len().saturating_sub(MAX_WORD_BEFORE);
    while !before.is_char_boundary(cut) {
        cut += 1;
    }
    let tail = &before[cut..];
    tail.rsplit(' ').next().unwrap_or(tail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<(String, EntityType)> {
        let doc = Document::new(text, None);
        let mut m = Mentions::default();
        Entities.extract(&doc, &mut m);
        m.entities.into_iter().map(|e| (e.text, e.kind)).collect()
    }

    #[test]
    fn shapes() {
        let r = run(
            "The Department of Homeland Security and Microsoft Corp. met chief executive officer Satya Nadella in Lockport about ICE.",
        );
        assert!(
            r.contains(&("Department of Homeland Security".into(), EntityType::Org)),
            "{r:?}"
        );
        assert!(
            r.contains(&("Microsoft Corp.".into(), EntityType::Org)),
            "{r:?}"
        );
        assert!(
            r.contains(&("Satya Nadella".into(), EntityType::Person)),
            "{r:?}"
        );
        assert!(r.contains(&("Lockport".into(), EntityType::Loc)), "{r:?}");
        assert!(r.contains(&("ICE".into(), EntityType::Org)), "{r:?}");
    }
}
