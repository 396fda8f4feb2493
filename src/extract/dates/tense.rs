//! A cheap guess at the tense of the clause around a temporal expression.
//!
//! "The deal was rejected in October" points at the October before the publication date, "the
//! sale should be completed in October" at the one after. Without a parser, the nearest tense
//! marker within the sentence decides: auxiliaries and modals ("will", "was", "has"), common
//! irregular past forms ("said", "fell"), and lower-case words ending in "-ed", whose own
//! auxiliary ("will be delayed", "has been scheduled") overrides them. The scan looks at a
//! bounded window of words, so it costs the same on any sentence length.

use std::sync::LazyLock;

use super::super::Document;
use super::words::WordTable;
use crate::segment::ByteSpan;

/// The tense of a clause, as far as the markers tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    /// Simple past: "was", "fell", "rejected".
    Past,
    /// Present or present perfect: "is", "has been".
    Present,
    /// Future or modal: "will", "should", "is expected to".
    Future,
    /// No marker nearby.
    Unknown,
}

/// How many words on each side of the expression are looked at.
const WINDOW: usize = 12;

/// How many bytes on each side of the expression a clause boundary is looked for.
const REACH: usize = 200;

/// The largest character boundary of `text` at or below `i`.
fn floor_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Words that mark the future (or a modal looking forward).
#[rustfmt::skip]
const FUTURE_WORDS: &[&str] = &[
    "will", "shall", "won't", "wont", "going", "gonna", "should", "could", "may", "might",
    "would", "expected", "expects", "expect", "expecting", "plans", "plan", "planned", "planning",
    "scheduled", "slated", "intends", "intend", "intended", "aims", "aim", "upcoming",
    "forthcoming", "hopes", "hope", "hoped", "wants", "want", "can", "must", "anticipated",
    "anticipates", "anticipate",
];

/// Words that mark the present (or the present perfect), with common present verbs of news
/// about plans ("construction starts in the fall", "the lease expires in March").
#[rustfmt::skip]
const PRESENT_WORDS: &[&str] = &[
    "is", "are", "am", "has", "have", "does", "do", "says", "say", "remains", "remain",
    "continues", "starts", "begins", "ends", "expires", "opens", "closes", "runs", "takes",
    "comes", "goes", "holds", "meets", "launches", "arrives", "returns", "resumes", "lasts",
];

/// Words that mark the simple past on their own.
const PAST_AUXILIARIES: &[&str] = &["was", "were", "had", "did", "ago"];

/// Irregular past forms (not also present forms); as participles they follow their auxiliary.
#[rustfmt::skip]
const PAST_WORDS: &[&str] = &[
    "said", "told", "rose", "fell", "grew", "began", "became", "bought", "brought", "built",
    "came", "chose", "drew", "drove", "felt", "fought", "found", "flew", "forgot", "froze", "gave",
    "got", "heard", "held", "kept", "knew", "laid", "led", "left", "lost", "made", "meant", "met",
    "paid", "ran", "rang", "sank", "saw", "sold", "sent", "shook", "shot", "slid", "sought",
    "spent", "spoke", "stood", "stole", "struck", "swore", "took", "taught", "thought", "threw",
    "understood", "woke", "wore", "won", "wrote", "went", "slumped", "hit", "cut", "shed", "quit",
    "dropped", "announced", "reported", "posted",
];

/// Lower-case words ending in "-ed" that are not past verbs.
#[rustfmt::skip]
const NOT_PAST_ED: &[&str] = &[
    "need", "speed", "seed", "feed", "bed", "red", "hundred", "indeed", "united", "limited",
    "based", "related", "interested", "concerned", "used", "proposed", "advanced", "detailed",
    "experienced", "qualified", "skilled", "listed", "rated", "so-called", "called", "named",
    "owned", "armed", "sized", "aged", "priced", "needed", "supposed",
];

/// Auxiliaries that decide the tense of a following "-ed" word, and what they decide.
const AUXILIARIES: &[(&str, Tense)] = &[
    ("will", Tense::Future),
    ("would", Tense::Future),
    ("should", Tense::Future),
    ("could", Tense::Future),
    ("may", Tense::Future),
    ("might", Tense::Future),
    ("must", Tense::Future),
    ("to", Tense::Future),
    ("be", Tense::Future),
    ("is", Tense::Present),
    ("are", Tense::Present),
    ("has", Tense::Present),
    ("have", Tense::Present),
    ("was", Tense::Past),
    ("were", Tense::Past),
    ("had", Tense::Past),
    ("got", Tense::Past),
];

/// The tense of the clause around `span`: the nearest marker wins, looked for first within the
/// clause (up to a comma, dash, parenthesis or quote: "capital spending, which totaled $6.8
/// billion in the quarter, would rise" is past for "the quarter"), then within the sentence
/// ("On Friday, the company said"). Markers after the expression count double the distance:
/// the verb that governs a temporal phrase usually comes before it.
pub(crate) fn around(doc: &Document<'_>, span: ByteSpan) -> Tense {
    let (lo, hi) = match doc.sentence_at(span.start) {
        Some(s) => (s.span.start, s.span.end.max(span.end)),
        None => (0, doc.text.len()),
    };
    let is_break = |c: char| {
        matches!(
            c,
            ',' | ';' | ':' | '(' | ')' | '[' | ']' | '—' | '–' | '"' | '“' | '”'
        )
    };
    // The clause is looked for within a few hundred bytes: a sentence may be huge.
    let near_lo = floor_char_boundary(doc.text, span.start.saturating_sub(REACH)).max(lo);
    let near_hi = floor_char_boundary(doc.text, span.end + REACH)
        .min(hi)
        .max(span.end);
    let clause_lo = doc.text[near_lo..span.start]
        .rfind(is_break)
        .map_or(near_lo, |i| near_lo + i + 1);
    let clause_hi = doc.text[span.end..near_hi]
        .find(is_break)
        .map_or(near_hi, |i| span.end + i);
    // Outside the clause, a speech verb after a date inside a reported clause ("ODOT plans to
    // seek bids in the fall, a spokesman said") reports the clause; it does not set its tense
    // (but "On Friday, the company said" dates the saying).
    let reported = doc.text[lo..span.start].split_whitespace().take(4).count() >= 4;
    nearest_marker(doc, span, clause_lo, clause_hi, false)
        .or_else(|| nearest_marker(doc, span, lo, hi, reported))
        .unwrap_or(Tense::Unknown)
}

/// Verbs that report a clause.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "announced",
    "reported",
    "added",
];

/// The tense of the nearest marker to `span` among the words inside `lo..hi`.
fn nearest_marker(
    doc: &Document<'_>,
    span: ByteSpan,
    lo: usize,
    hi: usize,
    skip_speech_after: bool,
) -> Option<Tense> {
    let words = &doc.words;
    let first_after = words.partition_point(|w| w.start < span.end);
    let last_before = words.partition_point(|w| w.end <= span.start);
    for distance in 1..=WINDOW {
        if let Some(i) = last_before.checked_sub(distance)
            && words[i].start >= lo
            && let Some(t) = tag(doc, i)
        {
            return Some(t);
        }
        if distance % 2 == 0
            && let Some(w) = words.get(first_after + distance / 2 - 1)
            && w.end <= hi
            && !(skip_speech_after
                && SPEECH_VERBS
                    .iter()
                    .any(|v| doc.slice(*w).eq_ignore_ascii_case(v)))
            && let Some(t) = tag(doc, first_after + distance / 2 - 1)
        {
            return Some(t);
        }
    }
    None
}

/// The tense word `i` marks, if any.
/// What a word says about tense (bits, a word may have several roles).
mod role {
    pub(super) const FUTURE: u16 = 1;
    pub(super) const PRESENT: u16 = 2;
    pub(super) const PAST: u16 = 4;
    /// An irregular past form that may be a participle.
    pub(super) const PAST_FORM: u16 = 8;
    /// A word ending in "-ed" that is not a verb.
    pub(super) const NOT_ED: u16 = 16;
    pub(super) const AUX_FUTURE: u16 = 32;
    pub(super) const AUX_PRESENT: u16 = 64;
    pub(super) const AUX_PAST: u16 = 128;
}

/// Every marker word and its roles, built once.
static ROLES: LazyLock<WordTable<u16>> = LazyLock::new(|| {
    let lists: [(&[&str], u16); 5] = [
        (FUTURE_WORDS, role::FUTURE),
        (PRESENT_WORDS, role::PRESENT),
        (PAST_AUXILIARIES, role::PAST),
        (PAST_WORDS, role::PAST_FORM),
        (NOT_PAST_ED, role::NOT_ED),
    ];
    let aux = AUXILIARIES.iter().map(|(w, t)| {
        let bit = match t {
            Tense::Future => role::AUX_FUTURE,
            Tense::Present => role::AUX_PRESENT,
            _ => role::AUX_PAST,
        };
        (*w, bit)
    });
    let words = lists
        .into_iter()
        .flat_map(|(list, bit)| list.iter().map(move |w| (*w, bit)))
        .chain(aux);
    WordTable::new(words, |a, b| a | b)
});

/// The tense word `i` marks, if any.
fn tag(doc: &Document<'_>, i: usize) -> Option<Tense> {
    let word = doc.slice(doc.words[i]);
    let ends = |suffix: &str| {
        word.len() >= suffix.len()
            && word.is_char_boundary(word.len() - suffix.len())
            && word[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    if ends("'ll") || ends("’ll") {
        return Some(Tense::Future);
    }
    let roles = ROLES.get(word).unwrap_or(0);
    if roles == 0 && (ends("n't") || ends("n’t")) {
        let stem = &word[..word.len() - if ends("n't") { 3 } else { 5 }];
        return match stem.to_ascii_lowercase().as_str() {
            "wo" | "sha" | "would" | "should" | "could" | "can" | "must" | "might" => {
                Some(Tense::Future)
            }
            "was" | "were" | "had" | "did" => Some(Tense::Past),
            "is" | "are" | "has" | "have" | "does" | "do" => Some(Tense::Present),
            _ => None,
        };
    }
    if roles & role::FUTURE != 0 {
        return Some(Tense::Future);
    }
    if word.eq_ignore_ascii_case("due") {
        // "due by Friday" points ahead, but "proposals were due April 3" looks back; "due to"
        // gives a cause.
        let next = doc.words.get(i + 1).map(|w| doc.slice(*w));
        if next.is_some_and(|n| n.eq_ignore_ascii_case("to")) {
            return None;
        }
        return match auxiliary_before(doc, i) {
            Some(Tense::Past) => Some(Tense::Past),
            _ => Some(Tense::Future),
        };
    }
    if roles & role::PRESENT != 0 {
        return Some(Tense::Present);
    }
    if roles & role::PAST != 0 {
        return Some(Tense::Past);
    }
    let capitalised = word.starts_with(|c: char| c.is_uppercase());
    let regular = word.len() >= 4
        && ends("ed")
        && !capitalised
        && roles & role::NOT_ED == 0
        && !in_compound(doc, i);
    if regular || roles & role::PAST_FORM != 0 {
        // "the contract, held by Acme": a participle phrase, not the clause's verb (but
        // "contracted by 0.9%" is the verb).
        let by = doc
            .words
            .get(i + 1)
            .is_some_and(|w| doc.slice(*w).eq_ignore_ascii_case("by"));
        let amount = doc.words.get(i + 2).is_some_and(|w| {
            doc.slice(*w).starts_with(|c: char| c.is_ascii_digit())
                || doc.text[..w.start].ends_with(['$', '€', '£'])
        });
        if by && !amount {
            return None;
        }
        // A participle: "will be delayed", "to be held", "has been sold" take the auxiliary's tense.
        return Some(auxiliary_before(doc, i).unwrap_or(Tense::Past));
    }
    None
}

/// Whether word `i` is part of a hyphenated adjective ("a firm-fixed-price contract", "its
/// long-awaited request"), not a verb; a short prefix ("re-awarded", "co-founded") keeps it a verb.
fn in_compound(doc: &Document<'_>, i: usize) -> bool {
    let w = doc.words[i];
    if doc.text[w.end..].starts_with('-') {
        return true;
    }
    doc.text[..w.start].ends_with('-')
        && i.checked_sub(1).is_some_and(|j| {
            let prev = doc.words[j];
            prev.end + 1 == w.start
                && prev.end - prev.start >= 4
                && !matches!(
                    doc.slice(prev).to_ascii_lowercase().as_str(),
                    "over" | "under"
                )
        })
}

/// The tense of an auxiliary one or two words before word `i` ("been" skipped).
fn auxiliary_before(doc: &Document<'_>, i: usize) -> Option<Tense> {
    for back in 1..=3 {
        let j = i.checked_sub(back)?;
        let aux = doc.slice(doc.words[j]);
        if aux.eq_ignore_ascii_case("been") || aux.eq_ignore_ascii_case("being") {
            continue;
        }
        let roles = ROLES.get(aux).unwrap_or(0);
        return if roles & role::AUX_FUTURE != 0 {
            Some(Tense::Future)
        } else if roles & role::AUX_PRESENT != 0 {
            Some(Tense::Present)
        } else if roles & role::AUX_PAST != 0 {
            Some(Tense::Past)
        } else {
            None
        };
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tense(text: &str, expr: &str) -> Tense {
        let doc = Document::new(text, None);
        let start = text.find(expr).unwrap();
        around(&doc, ByteSpan::new(start, start + expr.len()))
    }

    #[test]
    fn markers() {
        assert_eq!(
            tense("Lawmakers rejected the proposal in October.", "October"),
            Tense::Past
        );
        assert_eq!(
            tense("The sale should be completed in October.", "October"),
            Tense::Future
        );
        assert_eq!(
            tense("Delivery will be delayed until October.", "October"),
            Tense::Future
        );
        assert_eq!(
            tense("A June 3 hearing has been scheduled.", "June 3"),
            Tense::Present
        );
        assert_eq!(
            tense("The economy contracted between April and June.", "April"),
            Tense::Past
        );
        assert_eq!(tense("They'll meet on Friday.", "Friday"), Tense::Future);
        assert_eq!(
            tense("An event to be held on October 12.", "October 12"),
            Tense::Future
        );
        assert_eq!(tense("The plant was sold in May.", "May"), Tense::Past);
        assert_eq!(
            tense("Questions are due by Friday.", "Friday"),
            Tense::Future
        );
        assert_eq!(
            tense(
                "Bids were due April 3 and an award was expected in June.",
                "April 3"
            ),
            Tense::Past
        );
        assert_eq!(
            tense("Offers had been due on Friday.", "Friday"),
            Tense::Past
        );
        assert_eq!(
            tense("Responses will be due May 2.", "May 2"),
            Tense::Future
        );
        assert_eq!(
            tense("Sales fell due to the storm in May.", "May"),
            Tense::Past
        );
        assert_eq!(
            tense("The contract, held by Acme, expires in March.", "March"),
            Tense::Present
        );
        assert_eq!(
            tense("It contracted by 0.9% between April and June.", "April"),
            Tense::Past
        );
        assert_eq!(
            tense(
                "Spending, which totaled $6.8 billion in the quarter, would rise.",
                "the quarter"
            ),
            Tense::Past
        );
        // A speech verb after a reported clause does not set the clause's tense.
        assert_eq!(
            tense(
                "The county plans to seek bids for a new long-term road inspection contract for the district in the fall, a spokeswoman said.",
                "the fall"
            ),
            Tense::Unknown
        );
        assert_eq!(
            tense("On Friday, the company said so.", "Friday"),
            Tense::Past
        );
        assert_eq!(
            tense(
                "Yahoo had agreed to build a wall before construction starts in the fall.",
                "the fall"
            ),
            Tense::Present
        );
        assert_eq!(
            tense(
                "It might run out of money by March if more aid was not given.",
                "March"
            ),
            Tense::Future
        );
        assert_eq!(
            tense("United Airlines in October.", "October"),
            Tense::Unknown
        );
        assert_eq!(
            tense("Sales fell. In October, more.", "October"),
            Tense::Unknown
        );
    }
}
