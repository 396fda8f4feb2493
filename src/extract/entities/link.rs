//! One entity, many mentions: what the whole article says about a name.
//!
//! Recognition ([`resolve`]) keeps a per-article memory of the names found where capitals are
//! evidence: each mention votes for its type under its normalized text, and under its short
//! forms — a person's surname and given name ("Satya Nadella" → "Nadella"), a company without
//! its legal suffix ("Microsoft Corp." → "Microsoft"), a team without its city ("Boston Red Sox"
//! → "Red Sox"), and acronyms defined in the text ("Customs and Border Protection, or CBP",
//! "(ICE)"). Every mention then takes the type its name won over the article, a name at a
//! sentence start is kept only if the article (or the lists) back it, and lines in capitals or
//! title case are searched for the names the article has established.
//!
//! Linking ([`link`]) groups the final mentions into entities — same name, short forms,
//! acronyms, names the lists give together (a country and its other names, an agency and its
//! acronyms) — and names each entity by its fullest form.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;

use super::LexedText;
use super::candidates::{self, Candidate};
use super::classify::{self, Cue, Typing};
use super::gazetteer::{self as gz, FxBuild, KeyHash, PhraseTable};
use super::tokens::{self as tk, Kind};
use crate::record::{Entity, EntityMention, EntityType};
use crate::segment::ByteSpan;

/// A mention the recognizer keeps.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Found {
    /// Byte span.
    pub span: ByteSpan,
    /// Type.
    pub kind: EntityType,
}

/// Votes for a name's type.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Votes {
    /// Summed scores of the mentions written this way.
    scores: [f32; 4],
    /// How many mentions voted.
    count: u32,
    /// Votes of longer names this one is a short form of.
    alias: [f32; 4],
    /// Backed by a mention where capitals are evidence, or by a long form.
    sure: bool,
}

impl Votes {
    /// The type scores: the mentions' average, plus what long forms say.
    fn total(&self) -> [f32; 4] {
        let n = self.count.max(1) as f32;
        let mut t = self.alias;
        for (a, b) in t.iter_mut().zip(self.scores) {
            *a += b / n;
        }
        t
    }
}

/// Weight of a person's full name for its surname and given name.
const SURNAME_VOTE: f32 = 6.0;
const GIVEN_VOTE: f32 = 2.0;
/// Weight for its last word of a name typed PERSON by shape alone.
const UNPROVEN_SURNAME_VOTE: f32 = 2.0;
/// Weight of a long form for its short forms and acronyms.
const SHORT_FORM_VOTE: f32 = 3.0;
/// Support a sentence-initial name needs without the article's backing.
const INITIAL_SUPPORT: f32 = 2.5;

/// Whether a candidate's capitals say nothing: one word at a sentence start.
fn is_weak(lt: &LexedText<'_>, c: &Candidate) -> bool {
    c.initial && c.words(lt) == 1
}

/// The key hash of tokens `[first, end)` (periods skipped).
fn key_hash(lt: &LexedText<'_>, first: usize, end: usize) -> u64 {
    let mut h = KeyHash::new();
    for &th in &lt.hashes[first..end] {
        if th != gz::SKIP {
            h.push_hash(th);
        }
    }
    h.finish()
}

/// Merges into the memory's value for tokens `[first, end)`, marking the phrase's prefixes.
fn remember(
    memory: &mut PhraseTable<Votes>,
    lt: &LexedText<'_>,
    first: usize,
    end: usize,
    merge: impl FnOnce(&mut Votes),
) {
    let mut h = KeyHash::new();
    let mut count = 0;
    let mut last = None;
    for &th in &lt.hashes[first..end] {
        if th == gz::SKIP {
            continue;
        }
        if let Some(prefix) = last {
            memory.mark_prefix(prefix);
        }
        h.push_hash(th);
        count += 1;
        last = Some(h.finish());
    }
    if let Some(hash) = last {
        memory.insert_hash_with(hash, count, merge);
    }
}

/// Types the candidates with the article's memory, drops those nothing backs, and finds the
/// article's names again on capitals and headline lines. Returns mentions in text order.
pub fn resolve(lt: &LexedText<'_>, cands: &[Candidate], typings: &[Typing]) -> Vec<Found> {
    // Words the article writes alone as names ("Lumora said").
    let alone: HashSet<u64, BuildHasherDefault<gz::KeyHasher>> = cands
        .iter()
        .zip(typings)
        .filter(|(c, t)| !t.reject && c.words(lt) == 1)
        .map(|(c, _)| key_hash(lt, c.first, c.end))
        .collect();
    // News calls a person by the surname, not the given name: a name whose first word (a word
    // no list knows: not a given name, not an ordinary word) stands alone elsewhere while its
    // last word never does names a company's product or unit ("Lumora Link", "Lumora Studio"
    // beside "Lumora said").
    let brand_first = |c: &Candidate, kind: EntityType| {
        kind == EntityType::Person
            && c.title == candidates::Title::None
            && c.words(lt) >= 2
            && lt.flags[c.first] == 0
            && alone.contains(&key_hash(lt, c.first, c.first + 1))
            && (c.first + 1..c.end)
                .rev()
                .find(|&j| lt.tokens[j].is_wordlike())
                .is_some_and(|last| !alone.contains(&key_hash(lt, last, last + 1)))
    };
    // A candidate adds its phrase, prefixes and a few short forms.
    let mut memory: PhraseTable<Votes> = PhraseTable::with_capacity(cands.len() * 4);
    for (c, t) in cands.iter().zip(typings) {
        if t.reject {
            continue;
        }
        let sure = !is_weak(lt, c);
        // A team in one sentence says nothing about the place elsewhere.
        let mut scores = t.scores;
        if t.cues.has(Cue::Team) {
            scores[classify::type_index(EntityType::Org)] -= classify::weight(Cue::Team)[1];
        }
        remember(&mut memory, lt, c.first, c.end, |v| {
            for (a, b) in v.scores.iter_mut().zip(scores) {
                *a += b;
            }
            v.count += 1;
            v.sure |= sure;
        });
        if !sure {
            continue;
        }
        let (kind, _) = classify::best(t.scores);
        if brand_first(c, kind) {
            continue;
        }
        let alias_vote = |v: &mut Votes, w: f32| {
            v.alias[classify::type_index(kind)] += w;
            v.sure = true;
        };
        // Two capitalised words with no evidence of a person (no given name, title, "said")
        // lend their type weakly, and to the last word only: "Skyforge Robotics" says little
        // about "Skyforge".
        let unproven_person = kind == EntityType::Person && t.cues.support() < 1.0;
        for (s, e, w) in short_forms(lt, c, t, kind) {
            if unproven_person {
                if w == SURNAME_VOTE {
                    remember(&mut memory, lt, s, e, |v| {
                        alias_vote(v, UNPROVEN_SURNAME_VOTE)
                    });
                }
                continue;
            }
            remember(&mut memory, lt, s, e, |v| alias_vote(v, w));
        }
        // "Amazon.com Inc." → "Amazon".
        if kind == EntityType::Org
            && let Some(stem) = lt.tokens[c.first].text(lt.text).strip_suffix(".com")
            && !stem.is_empty()
        {
            let key = gz::single_token_key(gz::token_hash(stem).max(1));
            memory.insert_hash_with(key, 1, |v| alias_vote(v, SHORT_FORM_VOTE));
        }
        if let Some(acronym) = defined_acronym(lt, c) {
            remember(&mut memory, lt, acronym, acronym + 1, |v| {
                alias_vote(v, SHORT_FORM_VOTE + 3.0)
            });
        }
        // "Arbury Shire Council": the first word is the place the council governs.
        if kind == EntityType::Org && council_place(lt, c) {
            remember(&mut memory, lt, c.first, c.first + 1, |v| {
                v.alias[classify::type_index(EntityType::Loc)] += SHORT_FORM_VOTE;
                v.sure = true;
            });
        }
    }

    // Sentence-initial words the article also writes in lower case are ordinary words.
    let lower_in_text = lower_case_uses(lt, cands, typings);

    // Names typed PERSON by shape that the article shows are not people.
    let mut not_people: HashSet<u64, BuildHasherDefault<gz::KeyHasher>> = HashSet::default();
    let mut out = Vec::with_capacity(cands.len());
    // For each mention kept: its tokens and whether its type has evidence of its own.
    let mut members: Vec<(usize, usize, bool)> = Vec::with_capacity(cands.len());
    for (c, t) in cands.iter().zip(typings) {
        if t.reject {
            continue;
        }
        let key = key_hash(lt, c.first, c.end);
        let votes = memory.get_hash(key).copied().unwrap_or_default();
        if is_weak(lt, c) && !votes.sure && !heads_a_list(lt, c) {
            let f = lt.flags[c.first];
            let unknown = f & (candidates::NAME_KINDS | gz::GIVEN | gz::SURNAME) == 0;
            let gerund = unknown && lt.tokens[c.first].text(lt.text).ends_with("ing");
            if t.cues.support() < INITIAL_SUPPORT
                || f & gz::COMMON != 0
                || gerund
                || lower_in_text.contains(&key)
            {
                continue;
            }
        }
        // A team is a team where it plays, whatever the place is elsewhere in the article.
        let person_alias = votes.alias[classify::type_index(EntityType::Person)] > 0.0;
        let mut kind = if t.cues.has(Cue::Team) && !person_alias {
            EntityType::Org
        } else {
            classify::best(votes.total()).0
        };
        // News calls a person by the surname once named: two capitalised words written out
        // again and again, never by their last word alone, with nothing else saying
        // "person", name a thing or a place ("Europa Clipper", "Polar Star"). Hyphenated
        // given names ("Hwang Hee-Chan") are written out in full.
        if kind == EntityType::Person
            && !person_alias
            && t.cues.has(Cue::PersonShape)
            && t.cues.support() < 1.0
            && votes.count >= 2
            && !last_word_alone(lt, &memory, c)
            && !lt.tokens[c.first..c.end].iter().any(|t| t.has(tk::HYPHEN))
        {
            kind = without_person(votes.total());
            not_people.insert(key);
        }
        if brand_first(c, kind) && !person_alias {
            kind = without_person(votes.total());
            not_people.insert(key);
        }
        let backed = t.cues.support() >= LIST_SUPPORT || votes.alias.iter().any(|&a| a > 0.0);
        out.push(Found { span: c.span, kind });
        members.push((c.first, c.end, backed));
    }
    align_lists(lt, &members, &mut out);
    recover_on_shouting_lines(lt, &memory, &not_people, &mut out);
    out.sort_by_key(|f| (f.span.start, f.span.end));
    out.dedup_by(|b, a| b.span.start < a.span.end);
    join_campuses(lt, &mut out);
    join_across_commas(lt, &mut out);
    join_case_names(lt, &mut out);
    social_handles(lt, &mut out);
    split_double_demonyms(lt, &mut out);
    party_state_tags(lt, &mut out);
    possessive_places(lt, &mut out);
    possessive_business_names(lt, &mut out);
    quoted_titles(lt, &mut out);
    out
}

/// Lower-case words a title of a work may hold ("The Lord of the Rings").
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "in", "on", "at", "to", "for", "with", "by", "from", "or",
];

/// Longest quoted title looked at, in tokens.
const MAX_TITLE_TOKENS: usize = 14;

/// A title-cased phrase of two words or more between quotes ("“Coal Barges, Morning”",
/// "“Ines Marwood: River Light”") names a work or an event (MISC), whatever names its words
/// look like, unless the lists know the whole phrase. Speech in quotes has lower-case words
/// and is left alone; so are headlines, where every word is capitalised.
fn quoted_titles(lt: &LexedText<'_>, out: &mut Vec<Found>) {
    let toks = &lt.tokens;
    let text = lt.text;
    let mut titles: Vec<ByteSpan> = Vec::new();
    let mut open: Option<usize> = None;
    for (i, t) in toks.iter().enumerate() {
        if t.kind != Kind::Punct {
            continue;
        }
        let q = t.text(text);
        let closes = match q {
            "\u{201c}" => {
                open = Some(i);
                continue;
            }
            "\u{201d}" => open.take(),
            "\"" => match open.take() {
                Some(o) if toks[o].text(text) == "\"" => Some(o),
                _ => {
                    open = Some(i);
                    continue;
                }
            },
            _ => continue,
        };
        let Some(o) = closes else { continue };
        // Punctuation closing the sentence inside the quotes is no part of the title.
        let mut end = i;
        while end > o + 1
            && toks[end - 1].kind == Kind::Punct
            && matches!(toks[end - 1].text(text), "," | "." | "!" | "?")
        {
            end -= 1;
        }
        if end <= o + 1 || end - o > MAX_TITLE_TOKENS || candidates::on_shouting_line(lt, o + 1) {
            continue;
        }
        // A nickname inside a name found already (`Earvin "Magic" Johnson`).
        let (qs, qe) = (toks[o].start as usize, t.end as usize);
        if out.iter().any(|f| f.span.start < qs && f.span.end > qe) {
            continue;
        }
        let inner = &toks[o + 1..end];
        let words = inner.iter().filter(|t| t.is_wordlike()).count();
        let title_cased = inner[0].has(tk::CAP)
            && inner.iter().all(|t| match t.kind {
                Kind::Word => t.has(tk::CAP) || TITLE_SMALL_WORDS.contains(&t.text(text)),
                Kind::Number => true,
                Kind::Punct => matches!(t.text(text), "," | ":" | "-" | "&" | "!" | "?"),
                _ => false,
            });
        // A listed company inside ("the “New GM”") keeps its own reading.
        let company_inside = (o + 1..end).any(|j| {
            lt.flags[j] & (gz::COMPANY_SHORT | gz::COMPANY_ACRONYM | gz::AGENCY_ACRONYM) != 0
                && toks[j].has(tk::UPPER)
        });
        if words < 2 || !title_cased || company_inside {
            continue;
        }
        let span = ByteSpan {
            start: inner[0].start as usize,
            end: inner[inner.len() - 1].end as usize,
        };
        let phrase = &text[span.start..span.end];
        if lt
            .lex
            .get(&gz::phrase_key(phrase))
            .is_some_and(|e| e.any(candidates::NAME_KINDS))
        {
            continue;
        }
        titles.push(span);
    }
    if titles.is_empty() {
        return;
    }
    // Titles are in text order and do not overlap: one merge pass.
    let mut k = 0;
    out.retain(|f| {
        while k < titles.len() && titles[k].end <= f.span.start {
            k += 1;
        }
        !(k < titles.len() && titles[k].start < f.span.end)
    });
    out.extend(titles.into_iter().map(|span| Found {
        span,
        kind: EntityType::Misc,
    }));
    out.sort_by_key(|f| (f.span.start, f.span.end));
}

/// Words after "X’s" that show the possessive form is itself a name ("Christie’s said",
/// "Sotheby’s will"): verbs a business is the subject of. A person's possessive is followed
/// by what the person owns ("Reyes’s car"); a contraction ("Apple’s been") by a participle.
const BUSINESS_VERBS: &[&str] = &[
    "said",
    "says",
    "will",
    "would",
    "has",
    "had",
    "sold",
    "sells",
    "announced",
    "reported",
    "plans",
    "planned",
    "opened",
    "closed",
    "declined",
    "auctioned",
    "expects",
    "employs",
];

/// Words after "at X’s" that end the name: "at Christie’s on Tuesday", "at Macy’s and".
const AFTER_VENUE: &[&str] = &[
    "on", "in", "and", "or", "last", "this", "next", "for", "to", "where",
];

/// A place named after someone in the possessive ("Tamsin's Beach", "Ogilvy's Rocks"): an
/// one-word name no list knows as a place, "'s", then one capitalised place head and no further
/// capitalised word is one place. A listed place before the possessive owns what follows
/// ("Sydney's Beach"); "Tamsin's Beach Road" is no such name either (more capitals follow).
fn possessive_places(lt: &LexedText<'_>, out: &mut Vec<Found>) {
    let toks = &lt.tokens;
    let n = toks.len();
    let mut i = 0;
    while i < out.len() {
        let f = out[i];
        let p = toks.partition_point(|t| (t.start as usize) < f.span.end);
        let first = toks.partition_point(|t| (t.start as usize) < f.span.start);
        let h = p + 1;
        let joins = h < n
            && toks[p].kind == Kind::Possessive
            && toks[p].start as usize == f.span.end
            && p == first + 1
            && lt.flags[first] & (gz::COUNTRY | gz::STATE | gz::CITY | gz::LOC_REGION) == 0
            && toks[h].kind == Kind::Word
            && toks[h].has(tk::CAP)
            && !toks[h].has(tk::UPPER)
            && !toks[h].has(tk::NEWLINE_BEFORE)
            && lt.flags[h] & gz::LOC_HEAD != 0
            && toks
                .get(h + 1)
                .is_none_or(|t| !(t.kind == Kind::Word && t.has(tk::CAP)));
        if joins {
            let end = toks[h].end as usize;
            out[i].span.end = end;
            out[i].kind = EntityType::Loc;
            let next = i + 1;
            while next < out.len() && out[next].span.start < end {
                out.remove(next);
            }
        }
        i += 1;
    }
}

/// A business named in the possessive ("McDonald’s", "Christie’s", "Sotheby’s"): the "’s" is
/// part of the name when the lists know the name with it, when a verb follows ("Christie’s
/// said"), or after "at" when the clause goes on without a noun ("at Macy’s on Friday").
/// Otherwise a possessive stays outside the name ("Reyes’s car").
fn possessive_business_names(lt: &LexedText<'_>, out: &mut [Found]) {
    let toks = &lt.tokens;
    let text = lt.text;
    for f in out.iter_mut() {
        let p = toks.partition_point(|t| (t.start as usize) < f.span.end);
        if p >= toks.len()
            || toks[p].kind != Kind::Possessive
            || toks[p].start as usize != f.span.end
        {
            continue;
        }
        let with = &text[f.span.start..toks[p].end as usize];
        let listed = lt
            .lex
            .get(&gz::phrase_key(with))
            .is_some_and(|e| e.any(gz::COMPANY | gz::COMPANY_SHORT));
        let next = toks
            .get(p + 1)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.text(text));
        let clause_ends = toks
            .get(p + 1)
            .is_none_or(|t| t.kind == Kind::Punct && matches!(t.text(text), "." | "," | ";" | ")"));
        let verb = next.is_some_and(|w| BUSINESS_VERBS.contains(&w));
        let first = toks.partition_point(|t| (t.start as usize) < f.span.start);
        let at_before = first > 0 && toks[first - 1].text(text).eq_ignore_ascii_case("at");
        let venue = at_before && (clause_ends || next.is_some_and(|w| AFTER_VENUE.contains(&w)));
        // A church named for its saint ("St Anne's, Radley", "at St Luke's."): "St" and one
        // word, the possessive, then the clause goes on without a noun; a place.
        let saint = matches!(toks[first].text(text), "St" | "Saint")
            && p == first + 2
            && toks[first + 1].kind == Kind::Word
            && (clause_ends || next.is_some_and(|w| w == "with" || AFTER_VENUE.contains(&w)));
        if saint && !listed {
            f.span.end = toks[p].end as usize;
            f.kind = EntityType::Loc;
        } else if listed || verb || venue {
            f.span.end = toks[p].end as usize;
            f.kind = EntityType::Org;
        }
    }
}

/// "University of California, San Francisco": a listed city after "University of X," names
/// the campus, part of the organisation's name.
fn join_campuses(lt: &LexedText<'_>, out: &mut Vec<Found>) {
    let text = lt.text;
    let mut joined = false;
    for i in 0..out.len().saturating_sub(1) {
        let (a, b) = (out[i], out[i + 1]);
        if a.span.start >= a.span.end {
            continue;
        }
        let org = &text[a.span.start..a.span.end];
        let place = &text[b.span.start..b.span.end];
        let campus = a.kind == EntityType::Org
            && b.kind == EntityType::Loc
            && &text[a.span.end..b.span.start] == ", "
            && org.split_whitespace().rev().nth(1) == Some("of")
            && org.split_whitespace().rev().nth(2) == Some("University")
            && lt
                .lex
                .get(&gz::phrase_key(place))
                .is_some_and(|e| e.any(gz::CITY));
        if campus {
            out[i].span.end = b.span.end;
            // Emptied, then dropped below: one pass however many campuses.
            out[i + 1].span.start = b.span.end;
            joined = true;
        }
    }
    if joined {
        out.retain(|f| f.span.start < f.span.end);
    }
}

/// First words of organisation names that list their fields after "of", "on" or "for" ("Ministry
/// of Economy, Trade and Industry", "Committee on Health, Education, Labor and Pensions").
const LISTING_HEADS: &[&str] = &[
    "Ministry",
    "Department",
    "Committee",
    "Subcommittee",
    "Commission",
    "Office",
    "Bureau",
    "Council",
    "Secretariat",
    "Directorate",
    "Agency",
    "Board",
];

/// Last words of military units ("1st Battalion", "2nd Brigade Combat Team").
const UNIT_HEADS: &[&str] = &[
    "Battalion",
    "Brigade",
    "Regiment",
    "Division",
    "Squadron",
    "Wing",
    "Group",
    "Team",
    "Corps",
    "Fleet",
    "Battery",
    "Detachment",
    "Flotilla",
];

/// The length of up to `max` capitalised words at the start of `s` ("Building Standards and"
/// → 18), none a name the lists know (not "Boeing" in "Ministry of Defence, Boeing and …").
fn title_words_len(lt: &LexedText<'_>, s: &str, max: usize) -> usize {
    let mut len = 0;
    for n in 0..max {
        let rest = &s[len..];
        let rest = if n == 0 {
            rest
        } else {
            match rest.strip_prefix(' ') {
                Some(r) => r,
                None => break,
            }
        };
        let word_len = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        let word = &rest[..word_len];
        let mut chars = word.chars();
        let titled = chars.next().is_some_and(char::is_uppercase)
            && chars.clone().next().is_some()
            && chars.all(char::is_lowercase);
        if !titled || lt.lex.word_flags(word) & candidates::NAME_KINDS != 0 {
            break;
        }
        len += usize::from(n > 0) + word_len;
    }
    len
}

/// Whether a mention's text is an ordinal, then words ending in a unit head ("1st Battalion",
/// "101st Airborne Division").
fn military_unit(name: &str) -> bool {
    let mut words = name.split(' ');
    let ordinal = words.next().is_some_and(|w| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th")
    });
    ordinal && words.next_back().is_some_and(|w| UNIT_HEADS.contains(&w))
}

/// Names with commas inside are one name: "Ministry of Trade, Industry and Energy", "Committee
/// on Zoning, Landmarks and Building Standards" (a listing head, "of"/"on"/"for", then fields
/// joined by commas and "and"), and a unit with its parent, "1st Battalion, 32nd Infantry
/// Regiment".
fn join_across_commas(lt: &LexedText<'_>, out: &mut Vec<Found>) {
    let text = lt.text;
    let mut joined = false;
    for i in 0..out.len() {
        let a = out[i];
        if a.span.start >= a.span.end {
            continue;
        }
        let name = &text[a.span.start..a.span.end];
        let mut words = name.split(' ');
        let listing = words.next().is_some_and(|w| LISTING_HEADS.contains(&w))
            && words
                .next()
                .is_some_and(|w| matches!(w, "of" | "on" | "for"));
        let mut end = a.span.end;
        if listing {
            // ", Trade" (one or more), then " and Industry" or ", and Industry".
            let mut fields = 0;
            let mut pos = a.span.end;
            while let Some(rest) = text[pos..].strip_prefix(", ") {
                let n = title_words_len(lt, rest, 2);
                if n == 0 {
                    break;
                }
                pos += 2 + n;
                fields += 1;
            }
            let rest = &text[pos..];
            let and = if rest.starts_with(" and ") {
                5
            } else if fields > 1 && rest.starts_with(", and ") {
                6
            } else {
                0
            };
            let last = if and > 0 {
                title_words_len(lt, &rest[and..], 3)
            } else {
                0
            };
            if fields > 0 && last > 0 {
                end = pos + and + last;
            }
        } else if military_unit(name)
            && let Some(b) = out.get(i + 1)
            && &text[a.span.end..b.span.start.max(a.span.end)] == ", "
            && military_unit(&text[b.span.start..b.span.end])
        {
            end = b.span.end;
        }
        if end > a.span.end {
            out[i].span.end = end;
            out[i].kind = EntityType::Org;
            // Emptied, then dropped below.
            for f in out[i + 1..].iter_mut() {
                if f.span.start >= end {
                    break;
                }
                f.span.start = f.span.end;
            }
            joined = true;
        }
    }
    if joined {
        out.retain(|f| f.span.start < f.span.end);
    }
}

/// "@LenaOrtizWrites": a social-media handle keeps its "@" (not an e-mail address's), and one
/// in parentheses right after a name is that name's holder's ("Lena Ortiz (@lenawrites)").
fn social_handles(lt: &LexedText<'_>, out: &mut [Found]) {
    let text = lt.text.as_bytes();
    for i in 0..out.len() {
        let start = out[i].span.start;
        if start == 0
            || text[start - 1] != b'@'
            || start >= 2 && (text[start - 2].is_ascii_alphanumeric() || text[start - 2] == b'.')
        {
            continue;
        }
        out[i].span.start = start - 1;
        if i > 0 && out[i - 1].span.end + 3 == start && &text[start - 3..start - 1] == b" (" {
            out[i].kind = out[i - 1].kind;
        }
    }
}

/// "Roe v. Wade", "Brennan Parcel Co. v. Luckett": a court case is one name, a work's (MISC),
/// not its two parties. Only with "v." outside a sports report, where "v" joins two teams.
fn join_case_names(lt: &LexedText<'_>, out: &mut Vec<Found>) {
    if lt.sports {
        return;
    }
    let text = lt.text;
    let mut joined = false;
    for i in 0..out.len().saturating_sub(1) {
        let (a, b) = (out[i], out[i + 1]);
        if a.span.start >= a.span.end || text[a.span.end..b.span.start] != *" v. " {
            continue;
        }
        out[i].span.end = b.span.end;
        out[i].kind = EntityType::Misc;
        out[i + 1].span.start = b.span.end;
        joined = true;
    }
    if joined {
        out.retain(|f| f.span.start < f.span.end);
    }
}

/// The type a part of a hyphenated compound has on its own: a people's adjective or noun
/// MISC, a country LOC, anything else none.
fn demonym_part_type(lt: &LexedText<'_>, part: &str) -> Option<EntityType> {
    let f = lt.lex.word_flags(part);
    if !part.chars().next().is_some_and(char::is_uppercase) {
        None
    } else if f & (gz::DEMONYM | gz::MISC_GROUP) != 0 {
        Some(EntityType::Misc)
    } else if f & gz::COUNTRY != 0 {
        Some(EntityType::Loc)
    } else {
        None
    }
}

/// "Nigerian-American", "Lebanese-Canadian", "Irish-Mexican": two peoples joined by a hyphen
/// are two mentions, each typed as it is alone; a compound with any other part ("Anglo-Saxon",
/// "Coca-Cola") stays as it was.
fn split_double_demonyms(lt: &LexedText<'_>, out: &mut Vec<Found>) {
    let text = lt.text;
    let is_hyphen = |c: char| matches!(c, '-' | '\u{2010}' | '\u{2011}');
    // Exactly two parts, each a people or a country, at least one of them a people.
    let splits = |f: &Found| {
        let mut parts = text[f.span.start..f.span.end].split(is_hyphen);
        let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
            return false;
        };
        match (demonym_part_type(lt, a), demonym_part_type(lt, b)) {
            (Some(x), Some(y)) => x == EntityType::Misc || y == EntityType::Misc,
            _ => false,
        }
    };
    if !out.iter().any(splits) {
        return;
    }
    let mut parts = Vec::with_capacity(out.len() + 2);
    for f in out.iter() {
        if !splits(f) {
            parts.push(*f);
            continue;
        }
        let w = &text[f.span.start..f.span.end];
        let mut at = f.span.start;
        for p in w.split(is_hyphen) {
            if let Some(kind) = demonym_part_type(lt, p) {
                parts.push(Found {
                    span: ByteSpan::new(at, at + p.len()),
                    kind,
                });
            }
            // Past the part and its one-character hyphen.
            at += p.len()
                + w[at - f.span.start + p.len()..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
        }
    }
    *out = parts;
}

/// "(D-Mass.)", "R-Wyo.", "I-Vt.": a lawmaker's party letter joined to the state is no name
/// of its own; only the state is marked, a place, with the period of its abbreviation.
fn party_state_tags(lt: &LexedText<'_>, out: &mut [Found]) {
    let text = lt.text;
    for f in out.iter_mut() {
        let w = &text[f.span.start..f.span.end];
        let Some(state) = w
            .strip_prefix(['D', 'R', 'I'])
            .and_then(|r| r.strip_prefix(['-', '\u{2010}', '\u{2011}']))
        else {
            continue;
        };
        let flags = lt.lex.word_flags(state);
        if state.is_empty() || flags & (gz::STATE | gz::STATE_ABBR) == 0 {
            continue;
        }
        let start = f.span.end - state.len();
        let abbreviated = flags & gz::STATE == 0;
        let end = if abbreviated && text[f.span.end..].starts_with('.') {
            f.span.end + 1
        } else {
            f.span.end
        };
        *f = Found {
            span: ByteSpan::new(start, end),
            kind: EntityType::Loc,
        };
    }
}

/// Whether the article names candidate `c`'s last word alone somewhere (as a candidate).
fn last_word_alone(lt: &LexedText<'_>, memory: &PhraseTable<Votes>, c: &Candidate) -> bool {
    let Some(last) = (c.first..c.end)
        .rev()
        .find(|&j| lt.tokens[j].kind == Kind::Word)
    else {
        return false;
    };
    memory
        .get_hash(gz::single_token_key(lt.hashes[last]))
        .is_some_and(|v| v.count > 0)
}

/// The best type other than PERSON; MISC (a craft, a product, an event) when nothing else
/// has evidence worth the name.
fn without_person(mut scores: [f32; 4]) -> EntityType {
    scores[classify::type_index(EntityType::Person)] = f32::MIN;
    match classify::best(scores) {
        (_, s) if s < THING_EVIDENCE => EntityType::Misc,
        (kind, _) => kind,
    }
}

/// Score an organisation or a place needs over a name that is no person.
const THING_EVIDENCE: f32 = 1.0;

/// The key hashes of weak candidates that the text also writes in lower case.
fn lower_case_uses(
    lt: &LexedText<'_>,
    cands: &[Candidate],
    typings: &[Typing],
) -> HashSet<u64, BuildHasherDefault<gz::KeyHasher>> {
    // By token hash (a weak candidate is one word): each lower-case word costs one probe.
    let mut weak: HashSet<u64, BuildHasherDefault<gz::KeyHasher>> = HashSet::default();
    for (c, t) in cands.iter().zip(typings) {
        if !t.reject && is_weak(lt, c) {
            weak.insert(lt.hashes[c.first]);
        }
    }
    let mut found = HashSet::default();
    if weak.is_empty() {
        return found;
    }
    for (i, t) in lt.tokens.iter().enumerate() {
        if t.kind != Kind::Word || t.has(tk::CAP) || t.has(tk::INNER_CAP) {
            continue;
        }
        if weak.remove(&lt.hashes[i]) {
            found.insert(gz::single_token_key(lt.hashes[i]));
            if weak.is_empty() {
                break;
            }
        }
    }
    found
}

/// Whether a weak candidate opens a list after a colon ("Reserves: Vanderbilt, Christie, Wood").
fn heads_a_list(lt: &LexedText<'_>, c: &Candidate) -> bool {
    let toks = &lt.tokens;
    let colon_before = c.first > 0 && toks[c.first - 1].is_punct(lt.text, ':');
    let comma_after = c.end + 1 < toks.len()
        && toks[c.end].is_punct(lt.text, ',')
        && candidates::is_name_word(lt, c.end + 1);
    colon_before && comma_after
}

/// Support a list member needs for its type to count in the list's vote.
const LIST_SUPPORT: f32 = 2.0;

/// Lists of names ("Russell, Reaves, James and Hachimura"): members whose type rests on shape
/// alone take the type most members with evidence have.
fn align_lists(lt: &LexedText<'_>, members: &[(usize, usize, bool)], out: &mut [Found]) {
    let toks = &lt.tokens;
    let separated = |a: usize, b: usize| {
        // Only commas, "and", "or", "&" and an abbreviation's period between two mentions.
        a < b
            && b - a <= 3
            && toks[a..b].iter().all(|t| {
                matches!(t.text(lt.text), "," | "and" | "or" | "&" | ".")
                    && !t.has(tk::NEWLINE_BEFORE)
            })
            && toks[a..b].iter().any(|t| t.text(lt.text) != ".")
    };
    let mut start = 0;
    while start < members.len() {
        let mut end = start + 1;
        while end < members.len() && separated(members[end - 1].1, members[end].0) {
            end += 1;
        }
        if end - start >= 3 {
            let mut votes = [0usize; 4];
            for (m, f) in members[start..end].iter().zip(&out[start..end]) {
                if m.2 {
                    votes[classify::type_index(f.kind)] += 1;
                }
            }
            let (best, &n) = votes
                .iter()
                .enumerate()
                .max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)))
                .unwrap_or((0, &0));
            if n * 2 > votes.iter().sum::<usize>() && n >= 2 {
                for (m, f) in members[start..end].iter().zip(&mut out[start..end]) {
                    if !m.2 {
                        f.kind = classify::TYPES[best];
                    }
                }
            }
        }
        start = end;
    }
}

/// Lexicon flags of a first word that is no company's short name on its own ("National",
/// "Western", "Boston", "Federal").
const ORG_SHORT_BLOCKERS: u64 = gz::COMMON
    | gz::ORG_MODIFIER
    | gz::LOC_MODIFIER
    | gz::ORG_HEAD
    | gz::ORG_LEGAL
    | gz::LOC_HEAD
    | gz::LOC_HEAD_START
    | gz::MISC_HEAD
    | gz::HEAD_START
    | gz::TITLE_PRE
    | gz::ROLE
    | candidates::NAME_KINDS
    | gz::MONTH_DAY
    | gz::NOT_NAME;

/// Short forms of a surely typed candidate: token ranges and vote weights.
fn short_forms(
    lt: &LexedText<'_>,
    c: &Candidate,
    t: &Typing,
    kind: EntityType,
) -> impl Iterator<Item = (usize, usize, f32)> {
    let toks = &lt.tokens;
    let mut forms: [(usize, usize, f32); 2] = [(0, 0, 0.0); 2];
    let word_at = |j: usize| toks[j].is_wordlike();
    let mut last = c.end;
    while last > c.first && !word_at(last - 1) {
        last -= 1;
    }
    let n_words = c.words(lt);
    match kind {
        EntityType::Person if n_words >= 2 => {
            // The surname (before a "Jr.") and the given name.
            let mut sur = last - 1;
            if lt.flags[sur] & gz::NAME_SUFFIX != 0 {
                sur = (c.first..sur).rev().find(|&j| word_at(j)).unwrap_or(sur);
            }
            forms[0] = (sur, sur + 1, SURNAME_VOTE);
            if !toks[c.first].has(tk::LETTER) {
                forms[1] = (c.first, c.first + 1, GIVEN_VOTE);
            }
        }
        EntityType::Org | EntityType::Misc | EntityType::Loc if n_words >= 2 => {
            // Without legal suffixes ("Microsoft Corp." → "Microsoft").
            let mut end = last;
            while end > c.first + 1
                && (lt.flags[end - 1] & gz::ORG_LEGAL != 0
                    || !word_at(end - 1)
                    || toks[end - 1].is_punct(lt.text, ','))
            {
                end -= 1;
            }
            if end < last && end > c.first {
                forms[0] = (c.first, end, SHORT_FORM_VOTE);
            }
            // Without a leading city ("Boston Red Sox" → "Red Sox").
            if t.cues.has(Cue::CityPrefix)
                && let Some((j, _)) =
                    lt.lex
                        .phrases
                        .longest_match(&lt.hashes, toks, c.first, last, |e| {
                            e.any(gz::CITY | gz::STATE)
                        })
                && j < last
            {
                forms[1] = (j, last, SHORT_FORM_VOTE);
            }
            // A storm, ship or operation without its class word ("Hurricane Odile" → "Odile",
            // "USS Sterett" → "Sterett"): the same thing, not a person named so.
            if kind == EntityType::Misc
                && forms[1].2 == 0.0
                && t.cues.has(Cue::MiscHeadStart)
                && let Some((j, _)) =
                    lt.lex
                        .phrases
                        .longest_match(&lt.hashes, toks, c.first, last, |e| {
                            e.any(gz::MISC_HEAD_START)
                        })
                && j < last
            {
                forms[1] = (j, last, SHORT_FORM_VOTE);
            }
            // The first word of a company named by its suffix or head ("Coraline Resources
            // Ltd" → "Coraline", "Halvorsen Systems Inc." → "Halvorsen"), when that word is no
            // ordinary word, place or modifier of its own.
            let first_word = lt.flags[c.first];
            let by_shape = t.cues.has(Cue::LegalSuffix) || t.cues.has(Cue::OrgHead);
            // Not a paper's town ("Brackenridge Courier"), nor a council's ("Arbury Shire
            // Council").
            if kind == EntityType::Org
                && forms[1].2 == 0.0
                && !council_place(lt, c)
                && by_shape
                && lt.flags[last - 1] & gz::NEWSPAPER_HEAD == 0
                && n_words >= 2
                && toks[c.first].kind == Kind::Word
                && toks[c.first].has(tk::CAP)
                && !toks[c.first].has(tk::LETTER)
                && first_word & ORG_SHORT_BLOCKERS == 0
                && c.first + 1 < last
            {
                forms[1] = (c.first, c.first + 1, SHORT_FORM_VOTE);
            }
        }
        _ => {}
    }
    forms.into_iter().filter(|f| f.1 > f.0 && f.2 > 0.0)
}

/// Words between a place and "Council" in a local government's name ("Arbury City Council",
/// "Kelso Shire Council").
const COUNCIL_KINDS: &[&str] = &[
    "City",
    "County",
    "District",
    "Shire",
    "Borough",
    "Town",
    "Municipal",
    "Regional",
    "Parish",
    "Metropolitan",
];

/// Whether candidate `c` is a local government named by its place: an unlisted capitalised
/// first word, perhaps a word for the kind of council, then "Council" ("Arbury Council",
/// "Arbury Municipal Council"). The first word alone is then the place, not the council.
fn council_place(lt: &LexedText<'_>, c: &Candidate) -> bool {
    let toks = &lt.tokens;
    let Some(last) = (c.first + 1..c.end).rev().find(|&j| toks[j].is_wordlike()) else {
        return false;
    };
    let first = &toks[c.first];
    toks[last].text(lt.text) == "Council"
        && last - c.first <= 2
        && (c.first + 1..last).all(|j| COUNCIL_KINDS.contains(&toks[j].text(lt.text)))
        && first.kind == Kind::Word
        && first.has(tk::CAP)
        && !first.has(tk::UPPER)
        && lt.flags[c.first] & ORG_SHORT_BLOCKERS == 0
}

/// The acronym defined right after candidate `c`: "Long Form (ACR)" or "Long Form, or ACR".
fn defined_acronym(lt: &LexedText<'_>, c: &Candidate) -> Option<usize> {
    let toks = &lt.tokens;
    let n = toks.len();
    let mut after = c.end;
    while after < n && (toks[after].start as usize) < c.span.end {
        after += 1;
    }
    let at = |j: usize, s: &str| j < n && toks[j].text(lt.text) == s;
    let acronym = if at(after, "(") && after + 2 < n && at(after + 2, ")") {
        after + 1
    } else if at(after, ",") && at(after + 1, "or") && after + 2 < n {
        after + 2
    } else {
        return None;
    };
    let t = &toks[acronym];
    // "CBP", or a short mixed-case acronym ("PrSM", "DoD") read by its capitals.
    let w = t.text(lt.text);
    let mixed =
        t.has(tk::CAP) && w.len() <= 8 && w.chars().filter(|ch| ch.is_uppercase()).count() >= 2;
    if !(t.has(tk::UPPER) || mixed) || t.has(tk::DOTTED) || c.words(lt) < 2 {
        return None;
    }
    initials_match(lt, c, t.text(lt.text)).then_some(acronym)
}

/// Whether `acronym`'s letters follow the capitalised words of `c` in order, starting at the
/// first one (after an optional "U.S.").
fn initials_match(lt: &LexedText<'_>, c: &Candidate, acronym: &str) -> bool {
    let capitals_only = acronym.chars().any(char::is_lowercase);
    let mut letters = acronym
        .chars()
        .filter(|ch| ch.is_alphabetic() && (!capitals_only || ch.is_uppercase()));
    let Some(mut want) = letters.next() else {
        return false;
    };
    let mut matched = 0usize;
    let mut first = true;
    for j in c.first..c.end {
        let t = &lt.tokens[j];
        if !t.is_wordlike() || !t.has(tk::CAP) {
            continue;
        }
        let w = t.text(lt.text);
        let initial = w.chars().next().unwrap_or(' ');
        if initial.eq_ignore_ascii_case(&want) {
            matched += 1;
            match letters.next() {
                Some(next) => want = next,
                None => return matched >= 2,
            }
        } else if first && !(t.has(tk::DOTTED) || t.has(tk::UPPER)) {
            return false;
        }
        first = false;
    }
    false
}

/// On capitals and headline lines, finds the names the article established, and names the
/// lists know for certain.
fn recover_on_shouting_lines(
    lt: &LexedText<'_>,
    memory: &PhraseTable<Votes>,
    not_people: &HashSet<u64, BuildHasherDefault<gz::KeyHasher>>,
    out: &mut Vec<Found>,
) {
    let toks = &lt.tokens;
    let n = toks.len();
    let mut caps_orgs: Vec<u64> = Vec::new();
    let mut i = 0;
    while i < n {
        if !candidates::on_shouting_line(lt, i) || !toks[i].is_wordlike() {
            i += 1;
            continue;
        }
        if let Some((e, v)) = memory.longest_match(&lt.hashes, toks, i, n, |v| v.sure) {
            let mut kind = classify::best(v.total()).0;
            if kind == EntityType::Person && not_people.contains(&key_hash(lt, i, e)) {
                kind = without_person(v.total());
            }
            // A place that plays: a team here too.
            if lt.sports
                && kind == EntityType::Loc
                && let Some((_, entry)) =
                    lt.lex
                        .phrases
                        .longest_match(&lt.hashes, toks, i, e, |x| x.any(gz::COUNTRY | gz::CITY))
            {
                let c = pseudo_candidate(lt, i, e, *entry);
                if classify::classify(lt, &c).cues.has(Cue::Team) {
                    kind = EntityType::Org;
                }
            }
            out.push(Found {
                span: span_of(lt, i, e),
                kind,
            });
            i = e;
            continue;
        }
        let caps_line = toks[i].has(tk::CAPS_LINE);
        // A shouted organisation: unknown words closed by a legal form or an organisation
        // head ("MAPLEFIELD BANK", "STREAMRIVER INC"); later its first word alone.
        if caps_line && let Some(e) = shouted_org(lt, i) {
            if caps_orgs.len() < MAX_CAPS_ORGS {
                caps_orgs.push(gz::single_token_key(lt.hashes[i]));
            }
            out.push(Found {
                span: span_of(lt, i, e),
                kind: EntityType::Org,
            });
            i = e;
            continue;
        }
        if caps_line
            && shouted_name_word(lt, i)
            && caps_orgs.contains(&gz::single_token_key(lt.hashes[i]))
            && !(i + 1 < n && shouted_name_word(lt, i + 1) && !toks[i + 1].has(tk::NEWLINE_BEFORE))
        {
            out.push(Found {
                span: span_of(lt, i, i + 1),
                kind: EntityType::Org,
            });
            i += 1;
            continue;
        }
        // A shouted person after a role ("CEO METTE KJAERGAARD", "CHANCELLOR OLIVER PENHALIGON TO
        // PRESENT …"): two name words, no third.
        if caps_line && i > 0 && i + 1 < n && shouted_after_role(lt, i) {
            out.push(Found {
                span: span_of(lt, i, i + 2),
                kind: EntityType::Person,
            });
            i += 2;
            continue;
        }
        // A person in a headline written word by word in capitals: a given name, then a
        // surname the lists know ("Names Former Oregon Assistant Priya Castellanos As …").
        if toks[i].has(tk::TITLE_LINE) && i + 1 < n && headline_person(lt, i) {
            out.push(Found {
                span: span_of(lt, i, i + 2),
                kind: EntityType::Person,
            });
            i += 2;
            continue;
        }
        // A shouted person: a given name and a surname ("ANDREAS KELLER").
        if caps_line
            && i + 1 < n
            && lt.flags[i] & gz::GIVEN != 0
            && lt.flags[i + 1] & gz::SURNAME != 0
            && !toks[i + 1].has(tk::NEWLINE_BEFORE)
            && shouted_name_word(lt, i)
            && shouted_name_word(lt, i + 1)
            && !(i + 2 < n && shouted_name_word(lt, i + 2) && !toks[i + 2].has(tk::NEWLINE_BEFORE))
        {
            out.push(Found {
                span: span_of(lt, i, i + 2),
                kind: EntityType::Person,
            });
            i += 2;
            continue;
        }
        let sure_in_caps = gz::COUNTRY
            | gz::STATE
            | gz::AGENCY
            | gz::AGENCY_ACRONYM
            | gz::COMPANY
            | gz::NEWS_ORG
            | gz::LOC_REGION
            | gz::DEMONYM
            | gz::MISC_GROUP
            | gz::MISC_NAME
            | gz::CITY_MAJOR;
        // After "IN" any listed city is a place ("WORK IN TITUSVILLE"); a company's short
        // name of two words or more is a name ("LOCKHEED MARTIN").
        let after_in = i > 0 && lt.flags[i - 1] & gz::LOC_PREP != 0;
        let sure_in_caps = if after_in {
            sure_in_caps | gz::CITY
        } else {
            sure_in_caps
        };
        // Headlines are capitalised word by word, but not shouted: company short names and
        // cities count there too.
        let sure_here = if toks[i].has(tk::TITLE_LINE) {
            sure_in_caps | gz::COMPANY_SHORT | gz::CITY
        } else {
            sure_in_caps
        };
        let found = lt
            .lex
            .phrases
            .longest_match(&lt.hashes, toks, i, n, |e| e.any(sure_here))
            .map(|(e, entry)| (e, *entry))
            .or_else(|| {
                // A company's short name of two words or more.
                lt.lex
                    .phrases
                    .longest_match(&lt.hashes, toks, i, n, |e| e.any(gz::COMPANY_SHORT))
                    .filter(|&(e, _)| toks[i..e].iter().filter(|t| t.is_wordlike()).count() >= 2)
                    .map(|(e, entry)| (e, *entry))
            });
        if let Some((e, entry)) = found {
            let single = toks[i..e].iter().filter(|t| t.is_wordlike()).count() == 1;
            // One ordinary word ("MOBILE", "US" in "TELL US") is not enough.
            let ordinary = single
                && !toks[i].has(tk::DOTTED)
                && (entry.any(gz::COMMON) || lt.flags[i] & gz::COMMON != 0);
            let acronym_ok = !entry.any(gz::AGENCY_ACRONYM) || toks[i].has(tk::UPPER);
            if !ordinary && acronym_ok {
                // "LOCKHEED MARTIN", then "LOCKHEED".
                if caps_line
                    && !single
                    && entry.any(gz::COMPANY | gz::COMPANY_SHORT)
                    && shouted_name_word(lt, i)
                    && lt.flags[i] & candidates::NAME_KINDS == 0
                    && caps_orgs.len() < MAX_CAPS_ORGS
                {
                    caps_orgs.push(gz::single_token_key(lt.hashes[i]));
                }
                let c = pseudo_candidate(lt, i, e, entry);
                let t = classify::classify(lt, &c);
                if !t.reject {
                    out.push(Found {
                        span: c.span,
                        kind: classify::best(t.scores).0,
                    });
                }
                i = e;
                continue;
            }
        }
        // An acronym in a headline.
        let t = &toks[i];
        if t.has(tk::TITLE_LINE)
            && t.has(tk::UPPER)
            && !t.has(tk::DOTTED)
            && (2..=6).contains(&t.text(lt.text).len())
            && lt.flags[i] & (gz::NOT_NAME | gz::COMMON) == 0
        {
            out.push(Found {
                span: span_of(lt, i, i + 1),
                kind: EntityType::Org,
            });
        }
        i += 1;
    }
}

/// Shouted organisations remembered per article for their first word (a bound keeps the
/// look-up cheap on a page of capitals).
const MAX_CAPS_ORGS: usize = 32;

/// Whether token `i` on a line of capitals may be part of a name: a word in capitals, no
/// digits, not an ordinary word, month, title or cue word.
fn shouted_name_word(lt: &LexedText<'_>, i: usize) -> bool {
    let t = &lt.tokens[i];
    let f = lt.flags[i];
    t.kind == Kind::Word
        && t.has(tk::UPPER)
        && !t.has(tk::DIGIT)
        && f & (gz::COMMON
            | gz::MONTH_DAY
            | gz::NOT_NAME
            | gz::TITLE_PRE
            | gz::ROLE
            | gz::SPEECH
            | gz::LOC_PREP)
            == 0
}

/// Whether words `i` and `i + 1` of a headline line are a given name and a surname, neither an
/// ordinary word nor another kind of name.
fn headline_person(lt: &LexedText<'_>, i: usize) -> bool {
    let toks = &lt.tokens;
    let plain = |j: usize| {
        toks[j].kind == Kind::Word
            && toks[j].has(tk::CAP)
            && !toks[j].has(tk::UPPER)
            && lt.flags[j]
                & (gz::COMMON
                    | gz::MONTH_DAY
                    | gz::NOT_NAME
                    | gz::TITLE_PRE
                    | gz::ROLE
                    | gz::ORG_HEAD
                    | gz::LOC_HEAD
                    | gz::MISC_HEAD
                    | candidates::NAME_KINDS)
                == 0
    };
    plain(i)
        && lt.flags[i] & gz::GIVEN != 0
        && plain(i + 1)
        && !toks[i + 1].has(tk::NEWLINE_BEFORE)
        && lt.flags[i + 1] & gz::SURNAME != 0
}

/// Whether words `i` and `i + 1` on a line of capitals are a person's name after a role word
/// in capitals ("CEO", "SPOKESWOMAN", "CHANCELLOR"), with no third name word after them.
fn shouted_after_role(lt: &LexedText<'_>, i: usize) -> bool {
    let toks = &lt.tokens;
    let n = toks.len();
    let role = &toks[i - 1];
    let name_word = |j: usize| {
        let f = lt.flags[j];
        !toks[j].has(tk::NEWLINE_BEFORE)
            && shouted_name_word(lt, j)
            && f & (gz::ORG_HEAD | gz::ORG_LEGAL | gz::COUNTRY | gz::STATE | gz::DEMONYM) == 0
            && (f & candidates::NAME_KINDS == 0 || f & (gz::GIVEN | gz::SURNAME) != 0)
    };
    role.kind == Kind::Word
        && role.has(tk::UPPER)
        && !toks[i].has(tk::NEWLINE_BEFORE)
        && lt.flags[i - 1] & (gz::ROLE | gz::TITLE_PRE) != 0
        && name_word(i)
        && name_word(i + 1)
        && !(i + 2 < n && shouted_name_word(lt, i + 2) && !toks[i + 2].has(tk::NEWLINE_BEFORE))
}

/// An organisation on a line of capitals starting at word `i`: one or two unknown words, then
/// a legal form or an organisation head ("PRAIRIE TRUST", "SOFTBANK GROUP", "STREAMRIVER
/// INC"). Returns the token after it.
fn shouted_org(lt: &LexedText<'_>, i: usize) -> Option<usize> {
    let toks = &lt.tokens;
    let n = toks.len();
    let unknown = |j: usize| {
        shouted_name_word(lt, j)
            && lt.flags[j] & (candidates::NAME_KINDS | gz::ORG_HEAD | gz::ORG_LEGAL) == 0
    };
    // Not in the middle of other capitals, nor after a number ("$1.2 BLN NAVY CONTRACT").
    let glued_before = i > 0
        && !toks[i].has(tk::NEWLINE_BEFORE)
        && (shouted_name_word(lt, i - 1) || toks[i - 1].kind == Kind::Number);
    if !unknown(i) {
        return None;
    }
    let mut j = i + 1;
    if j < n && unknown(j) && !toks[j].has(tk::NEWLINE_BEFORE) {
        j += 1;
    }
    let closes = |j: usize, flags: u64| {
        j < n
            && !toks[j].has(tk::NEWLINE_BEFORE)
            && toks[j].kind == Kind::Word
            && toks[j].has(tk::UPPER)
            && lt.flags[j] & flags != 0
            && lt.flags[j] & gz::COMMON == 0
    };
    // An industry word between one unknown word and the legal form belongs to the name
    // ("ALPSTEIN BIOPHARMA AG").
    if j == i + 1 && closes(j, gz::ORG_HEAD) && closes(j + 1, gz::ORG_LEGAL) {
        j += 1;
    }
    let closing = |flags: u64| closes(j, flags);
    // After another word in capitals only a legal form closes it ("SWISS DRUGMAKER ALPSTEIN
    // BIOPHARMA AG"): an organisation head there may be a longer name's.
    let head = if glued_before {
        closing(gz::ORG_LEGAL)
    } else {
        closing(gz::ORG_LEGAL | gz::ORG_HEAD)
    };
    head.then_some(j + 1)
}

/// A candidate for tokens `[first, end)` found by look-up rather than by capitals.
fn pseudo_candidate(lt: &LexedText<'_>, first: usize, end: usize, lexical: gz::Entry) -> Candidate {
    Candidate {
        first,
        end,
        span: span_of(lt, first, end),
        lexical,
        title: candidates::Title::None,
        tail: candidates::Tail::None,
        initial: false,
    }
}

/// The byte span of tokens `[first, end)`, with an abbreviation's period.
fn span_of(lt: &LexedText<'_>, first: usize, end: usize) -> ByteSpan {
    let toks = &lt.tokens;
    let mut end_tok = end;
    while end_tok > first + 1 && !toks[end_tok - 1].is_wordlike() {
        end_tok -= 1;
    }
    let last = end_tok - 1;
    let mut byte_end = toks[last].end as usize;
    if end_tok < toks.len()
        && toks[end_tok].is_punct(lt.text, '.')
        && !toks[end_tok].has(tk::SPACE_BEFORE)
        && candidates::takes_period(lt, last)
    {
        byte_end = toks[end_tok].end as usize;
    }
    ByteSpan::new(toks[first].start as usize, byte_end)
}

// ---------------------------------------------------------------------------------------------
// Linking

/// Union-find over mention indices.
struct Clusters {
    parent: Vec<usize>,
}

impl Clusters {
    fn new(n: usize) -> Clusters {
        Clusters {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The earlier mention stays the root.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}

/// The keys a mention is linked by, as hashes.
#[derive(Debug, Clone, Copy, Default)]
struct MentionKeys {
    /// The whole name (without a leading "the").
    full: u64,
    /// Words in the name.
    words: usize,
    /// Its short forms: a person's surname and given name; an organisation without legal
    /// suffixes, its ".com" stem and its acronym (0 = none).
    short: [u64; 4],
    /// A short form that yields to the others: a company's first word ("Halvorsen Systems
    /// Inc." → "Halvorsen"), or a product without its maker ("Microsoft Azure" → "Azure").
    weak: u64,
}

/// The keys of one mention's text. `words` is scratch space for its word spans.
fn mention_keys(text: &str, kind: EntityType, words: &mut Vec<(usize, usize)>) -> MentionKeys {
    words.clear();
    tk::scan(text, |t| {
        if t.kind != Kind::Punct || !t.is_punct(text, '.') {
            words.push((t.start as usize, t.end as usize));
        }
    });
    if words
        .first()
        .is_some_and(|&(s, e)| text[s..e].eq_ignore_ascii_case("the"))
        && words.len() > 1
    {
        words.remove(0);
    }
    let hash = |range: &[(usize, usize)]| {
        let mut h = KeyHash::new();
        for &(s, e) in range {
            h.push(&text[s..e]);
        }
        h.finish()
    };
    let mut keys = MentionKeys {
        full: hash(words),
        words: words.len(),
        short: [0; 4],
        weak: 0,
    };
    if words.len() < 2 {
        return keys;
    }
    let lex = &*gz::LEXICON;
    let flags = |(s, e): (usize, usize)| lex.word_flags(&text[s..e]);
    match kind {
        EntityType::Person => {
            let mut last = words.len() - 1;
            if flags(words[last]) & gz::NAME_SUFFIX != 0 && last > 1 {
                last -= 1;
            }
            keys.short[0] = hash(&words[last..=last]);
            keys.short[1] = hash(&words[..1]);
        }
        _ => {
            let mut end = words.len();
            while end > 1
                && (flags(words[end - 1]) & gz::ORG_LEGAL != 0
                    || text[words[end - 1].0..words[end - 1].1] == *",")
            {
                end -= 1;
            }
            if end < words.len() {
                keys.short[0] = hash(&words[..end]);
            }
            // A company named by its legal suffix or its head goes by its first word when that
            // word is no ordinary word, place, person's name or modifier of its own.
            let first = &text[words[0].0..words[0].1];
            if kind == EntityType::Org
                && end >= 2
                && !words.iter().any(|&(s, e)| &text[s..e] == "and")
                && flags(words[words.len() - 1]) & (gz::ORG_LEGAL | gz::ORG_HEAD) != 0
                && first.len() > 1
                && first.starts_with(|c: char| c.is_ascii_uppercase())
                && first.bytes().skip(1).any(|b| b.is_ascii_lowercase())
                && lex.word_flags(first) & ORG_SHORT_BLOCKERS == 0
            {
                keys.weak = hash(&words[..1]);
            }
            // A product after its maker's name.
            if kind == EntityType::Misc
                && words.len() == 2
                && lex.word_flags(first) & (gz::COMPANY | gz::COMPANY_SHORT) != 0
            {
                keys.weak = hash(&words[1..]);
            }
            let (s, e) = words[0];
            if let Some(stem) = text[s..e].strip_suffix(".com") {
                keys.short[1] = gz::hash_token(stem);
            }
            // The acronym of the capitalised words ("Defense Information Systems Agency" →
            // "disa"), a leading "U.S." left out.
            let mut letters = [0u8; 16];
            let mut n = 0;
            for &(s, e) in words.iter() {
                let w = &text[s..e];
                let skip = matches!(w, "of" | "and" | "the" | "for" | "on" | "&" | ",")
                    || (s == words[0].0 && lex.word_flags(w) & gz::COUNTRY != 0 && w.contains('.'));
                let initial = w.bytes().next().filter(u8::is_ascii_alphanumeric);
                match initial {
                    _ if skip => {}
                    Some(b) if n < letters.len() => {
                        letters[n] = b.to_ascii_lowercase();
                        n += 1;
                    }
                    // A non-ASCII initial or a very long name: no acronym.
                    _ => {
                        n = 0;
                        break;
                    }
                }
            }
            if n >= 2 {
                let mut acronym = KeyHash::new();
                acronym.push(std::str::from_utf8(&letters[..n]).unwrap_or(""));
                keys.short[2] = acronym.finish();
            }
            // A storm or ship without its class word ("Hurricane Odile" → "Odile").
            if kind == EntityType::Misc {
                let head_words = if flags(words[0]) & gz::MISC_HEAD_START != 0 {
                    1
                } else if words.len() >= 3
                    && lex
                        .get_hash(hash(&words[..2]))
                        .is_some_and(|e| e.any(gz::MISC_HEAD_START))
                {
                    2
                } else {
                    0
                };
                if head_words > 0 {
                    keys.short[3] = hash(&words[head_words..]);
                }
            }
        }
    }
    keys
}

/// Whether `text` holds `word` in lower case as a word of its own.
fn written_in_lower_case(text: &str, word: &str) -> bool {
    let lower = word.to_lowercase();
    text.match_indices(lower.as_str()).any(|(i, w)| {
        let before = text[..i].chars().next_back();
        let after = text[i + w.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether the word at byte `at` of `text` follows "the": a body named by a common noun ("the
/// House"), which a company's short name is not.
fn after_the(text: &str, at: usize) -> bool {
    text.get(..at)
        .and_then(|before| before.trim_end().rsplit(char::is_whitespace).next())
        .is_some_and(|w| w.eq_ignore_ascii_case("the"))
}

/// Groups `mentions` (sorted, normalized) of the article `text` into entities, sets each
/// mention's `entity` and `canonical`, and returns the entities in order of first mention.
pub fn link(mentions: &mut [EntityMention], text: &str) -> Vec<Entity> {
    let n = mentions.len();
    let mut clusters = Clusters::new(n);
    let mut scratch = Vec::new();
    let keys: Vec<MentionKeys> = mentions
        .iter()
        .map(|m| mention_keys(&m.text, m.kind, &mut scratch))
        .collect();
    let lex = &*gz::LEXICON;
    let kind_of = |k: EntityType| classify::type_index(k) as u8;

    // Same name and type; names the lists give together.
    let mut by_key: HashMap<(u64, u8), usize, FxBuild> =
        HashMap::with_capacity_and_hasher(n, FxBuild::default());
    let mut by_group: HashMap<(u32, u8), usize, FxBuild> = HashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        let kind = kind_of(m.kind);
        match by_key.get(&(keys[i].full, kind)) {
            Some(&j) => clusters.union(i, j),
            None => {
                by_key.insert((keys[i].full, kind), i);
            }
        }
        if let Some(e) = lex.get_hash(keys[i].full)
            && e.group != 0
        {
            match by_group.get(&(e.group, kind)) {
                Some(&j) => clusters.union(i, j),
                None => {
                    by_group.insert((e.group, kind), i);
                }
            }
        }
    }

    // Short forms of longer names: surnames and given names of people, organisations without
    // legal suffixes, acronyms of long forms. A short form shared by two entities is left alone.
    let mut short: HashMap<(u64, u8), Option<usize>, FxBuild> =
        HashMap::with_capacity_and_hasher(n, FxBuild::default());
    for (i, m) in mentions.iter().enumerate() {
        if keys[i].words < 2 {
            continue;
        }
        let root = clusters.find(i);
        for &f in keys[i].short.iter().filter(|&&f| f != 0) {
            short
                .entry((f, kind_of(m.kind)))
                .and_modify(|r| {
                    if r.is_some_and(|r| r != root) {
                        *r = None;
                    }
                })
                .or_insert(Some(root));
        }
    }
    // Weak short forms, for a word no other entity claims as a short form.
    let mut weak: HashMap<(u64, u8), Option<usize>, FxBuild> = HashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        if keys[i].weak == 0 {
            continue;
        }
        let root = clusters.find(i);
        weak.entry((keys[i].weak, kind_of(m.kind)))
            .and_modify(|r| {
                if r.is_some_and(|r| r != root) {
                    *r = None;
                }
            })
            .or_insert(Some(root));
    }
    for (i, m) in mentions.iter().enumerate() {
        if keys[i].words != 1 {
            continue;
        }
        let key = (keys[i].full, kind_of(m.kind));
        match short.get(&key) {
            Some(Some(root)) => clusters.union(i, *root),
            Some(None) => {}
            // Not an ordinary word that stands for something else ("House" beside "House
            // Appropriations Committee", "Space" beside "Space Communications"), nor a word of
            // an all-caps line.
            None => {
                if let Some(Some(root)) = weak.get(&key)
                    && m.text.chars().any(char::is_lowercase)
                    && !written_in_lower_case(text, &m.text)
                    && !after_the(text, m.byte_start)
                {
                    clusters.union(i, *root);
                }
            }
        }
    }

    // Entities in order of first mention; the canonical name is the longest mention.
    let mut index_of_root: HashMap<usize, usize, FxBuild> =
        HashMap::with_capacity_and_hasher(n, FxBuild::default());
    let mut entities: Vec<Entity> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        let root = clusters.find(i);
        let e = *index_of_root.entry(root).or_insert_with(|| {
            entities.push(Entity {
                kind: m.kind,
                canonical: String::new(),
                aliases: Vec::new(),
                mentions: Vec::new(),
            });
            entities.len() - 1
        });
        entities[e].mentions.push(i);
    }
    for entity in &mut entities {
        let best = entity
            .mentions
            .iter()
            .copied()
            .max_by_key(|&i| (mentions[i].text.chars().count(), std::cmp::Reverse(i)))
            .unwrap_or(0);
        entity.canonical = mentions
            .get(best)
            .map(|m| m.text.clone())
            .unwrap_or_default();
        for &i in &entity.mentions {
            let t = &mentions[i].text;
            if *t != entity.canonical && !entity.aliases.contains(t) {
                entity.aliases.push(t.clone());
            }
        }
    }
    for (e, entity) in entities.iter().enumerate() {
        for &i in &entity.mentions {
            mentions[i].entity = Some(e);
            mentions[i].canonical = Some(entity.canonical.clone());
        }
    }
    entities
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(text: &str, at: usize, kind: EntityType) -> EntityMention {
        EntityMention {
            start: at,
            end: at + text.chars().count(),
            text: text.to_string(),
            kind,
            canonical: None,
            entity: None,
            byte_start: at,
            byte_end: at + text.len(),
        }
    }

    /// What the recognizer keeps of `text`.
    fn recognized(text: &str) -> Vec<(String, EntityType)> {
        let doc = crate::extract::Document::new(text, None);
        super::super::recognize(&doc)
            .into_iter()
            .map(|f| (text[f.span.start..f.span.end].to_string(), f.kind))
            .collect()
    }

    #[test]
    fn a_party_letter_before_a_state_leaves_the_state() {
        let found = recognized(
            "The bill has support from Sen. Hal Brandvold (R-Neb.) and Rep. Ida Lacrosse, D-Ohio, who both sit on the panel.",
        );
        let has = |n: &str| found.iter().any(|(t, k)| t == n && *k == EntityType::Loc);
        assert!(has("Neb."), "{found:?}");
        assert!(has("Ohio"), "{found:?}");
        assert!(
            !found
                .iter()
                .any(|(t, _)| t.starts_with("R-") || t.starts_with("D-")),
            "{found:?}"
        );
    }

    #[test]
    fn names_with_commas_inside_are_one_name() {
        let found = recognized(
            "Officials at the Ministry of Fisheries, Forestry and Water Resources said the 3rd Battalion, 14th Marine Regiment would help.",
        );
        let has = |n: &str| found.iter().any(|(t, k)| t == n && *k == EntityType::Org);
        assert!(
            has("Ministry of Fisheries, Forestry and Water Resources"),
            "{found:?}"
        );
        assert!(has("3rd Battalion, 14th Marine Regiment"), "{found:?}");
        // A list after the ministry that names others stays apart.
        let found =
            recognized("The Department of Defense, Lockheed Martin and Boeing met on Monday.");
        assert!(
            !found
                .iter()
                .any(|(t, _)| t.contains("Boeing") && t.contains("Defense")),
            "{found:?}"
        );
    }

    #[test]
    fn a_town_paper_does_not_make_its_town_an_organisation() {
        let found = recognized(
            "By Ona Pell, The Quillby Sentinel\n\nThe council in Quillby voted on Monday. Quillby will pay.",
        );
        assert!(
            found
                .iter()
                .filter(|(t, _)| t == "Quillby")
                .all(|(_, k)| *k != EntityType::Org),
            "{found:?}"
        );
    }

    #[test]
    fn a_handle_keeps_its_at_sign_and_its_holder() {
        let found = recognized("The chef Lena Ortiz (@LenaCooksHere) replied on Monday.");
        assert!(
            found
                .iter()
                .any(|(t, k)| t == "@LenaCooksHere" && *k == EntityType::Person),
            "{found:?}"
        );
        // Not an e-mail address.
        let found = recognized("Write to desk@HarborNews or call.");
        assert!(!found.iter().any(|(t, _)| t.starts_with('@')), "{found:?}");
    }

    #[test]
    fn a_case_name_is_one_misc_name() {
        let found = recognized(
            "Lawyers for Doreen Kalvik cited Kalvik v. Harrowgate Mills Inc. in the brief.",
        );
        assert!(
            found
                .iter()
                .any(|(t, k)| t == "Kalvik v. Harrowgate Mills Inc." && *k == EntityType::Misc),
            "{found:?}"
        );
    }

    #[test]
    fn links_short_forms_acronyms_and_list_groups() {
        use EntityType::*;
        let mut ms = vec![
            mention("Satya Nadella", 0, Person),
            mention("Microsoft Corp.", 20, Org),
            mention("Nadella", 40, Person),
            mention("Microsoft", 50, Org),
            mention("Defense Information Systems Agency", 60, Org),
            mention("DISA", 100, Org),
            mention("ICE", 110, Org),
            mention("U.S. Immigration and Customs Enforcement", 120, Org),
            mention("U.S.", 170, Loc),
            mention("United States", 180, Loc),
            mention("Satya", 200, Person),
        ];
        let entities = link(&mut ms, "");
        let e = |i: usize| ms[i].entity.unwrap();
        assert_eq!(e(0), e(2));
        assert_eq!(e(0), e(10));
        assert_eq!(e(1), e(3));
        assert_eq!(e(4), e(5));
        assert_eq!(e(6), e(7));
        assert_eq!(e(8), e(9));
        assert_ne!(e(0), e(1));
        assert_eq!(ms[2].canonical.as_deref(), Some("Satya Nadella"));
        assert_eq!(
            ms[6].canonical.as_deref(),
            Some("U.S. Immigration and Customs Enforcement")
        );
        let nadella = &entities[e(0)];
        assert_eq!(nadella.mentions, vec![0, 2, 10]);
        assert_eq!(
            nadella.aliases,
            vec!["Nadella".to_string(), "Satya".to_string()]
        );
        for (i, entity) in entities.iter().enumerate() {
            for &m in &entity.mentions {
                assert_eq!(ms[m].entity, Some(i));
            }
        }
    }

    #[test]
    fn a_storm_links_to_its_bare_name() {
        use EntityType::*;
        let mut ms = vec![
            mention("Hurricane Odile", 0, Misc),
            mention("Odile", 30, Misc),
            mention("Tropical Storm Marco", 50, Misc),
            mention("Marco", 80, Misc),
        ];
        link(&mut ms, "");
        let e = |i: usize| ms[i].entity.unwrap();
        assert_eq!(e(0), e(1));
        assert_eq!(e(2), e(3));
        assert_ne!(e(0), e(2));
        assert_eq!(ms[3].canonical.as_deref(), Some("Tropical Storm Marco"));
    }

    #[test]
    fn a_company_goes_by_its_first_word_and_a_product_without_its_maker() {
        use EntityType::*;
        let mut ms = vec![
            mention("Halvorsen Systems Inc.", 0, Org),
            mention("Halvorsen", 30, Org),
            mention("Microsoft Azure", 50, Misc),
            mention("Azure", 70, Misc),
            // A stronger short form wins: "Amazon" is Amazon.com Inc., not Amazon Net Services.
            mention("Amazon.com Inc.", 80, Org),
            mention("Amazon Net Services", 100, Org),
            mention("Amazon", 130, Org),
            // No first-word form for a place-named or ordinary-word company.
            mention("Boston Scientific Corp.", 140, Org),
            mention("Boston", 170, Org),
        ];
        link(&mut ms, "");
        let e = |i: usize| ms[i].entity.unwrap();
        assert_eq!(e(0), e(1));
        assert_eq!(ms[1].canonical.as_deref(), Some("Halvorsen Systems Inc."));
        // A word the article also writes in lower case is that word, not the short name.
        let mut ms = vec![
            mention("Space Communications", 0, Org),
            mention("Space", 40, Org),
        ];
        link(&mut ms, "Space Communications ... in space. Space said");
        assert_ne!(ms[0].entity, ms[1].entity);
        // A body named by a common noun after "the" is another body.
        let text = "House Appropriations Committee ... the House voted";
        let mut ms = vec![
            mention("House Appropriations Committee", 0, Org),
            mention("House", text.find("House voted").unwrap(), Org),
        ];
        link(&mut ms, text);
        assert_ne!(ms[0].entity, ms[1].entity);
        assert_eq!(e(2), e(3));
        assert_eq!(e(4), e(6));
        assert_ne!(e(5), e(6));
        assert_ne!(e(7), e(8));
    }

    #[test]
    fn ambiguous_short_forms_stay_apart() {
        use EntityType::*;
        let mut ms = vec![
            mention("John Smith", 0, Person),
            mention("Jane Smith", 20, Person),
            mention("Smith", 40, Person),
        ];
        link(&mut ms, "");
        assert_ne!(ms[2].entity, ms[0].entity);
        assert_ne!(ms[2].entity, ms[1].entity);
    }

    #[test]
    fn a_councils_first_word_is_its_place() {
        let found = recognized(
            "Kelstow Shire Council approved the levy on Monday. Farmers around Kelstow said \
             Kelstow had been ignored.",
        );
        assert!(
            found
                .iter()
                .any(|(n, t)| n == "Kelstow Shire Council" && *t == EntityType::Org),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .filter(|(n, _)| n == "Kelstow")
                .all(|(_, t)| *t == EntityType::Loc),
            "{found:?}"
        );
    }

    #[test]
    fn a_church_named_for_its_saint_keeps_the_possessive_and_is_a_place() {
        let found = recognized(
            "She was Rector of St Aidan's, Thornby, and will preach at St Oswin's on Sunday.",
        );
        for name in ["St Aidan's", "Thornby", "St Oswin's"] {
            assert!(
                found
                    .iter()
                    .any(|(n, t)| n == name && *t == EntityType::Loc),
                "{name}: {found:?}"
            );
        }
    }

    #[test]
    fn a_possessive_before_a_place_head_is_one_place() {
        let found = recognized("The fleet anchored off Tamsin's Beach before dawn.");
        assert!(
            found
                .iter()
                .any(|(n, t)| n == "Tamsin's Beach" && *t == EntityType::Loc),
            "{found:?}"
        );
    }

    #[test]
    fn a_nickname_inside_a_name_is_no_quoted_title() {
        let found = recognized(
            "Skipper Marek \"Lucky Strike\" Owusu-Baines said the crew was tired. Owusu-Baines \
             thanked them.",
        );
        assert!(
            found.contains(&(
                "Marek \"Lucky Strike\" Owusu-Baines".to_string(),
                EntityType::Person
            )),
            "{found:?}"
        );
        assert!(
            found.contains(&("Owusu-Baines".to_string(), EntityType::Person)),
            "{found:?}"
        );
    }
}
