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

use std::collections::HashMap;

use super::LexedText;
use super::candidates::{self, Candidate};
use super::classify::{self, Cue, Typing};
use super::gazetteer::{self as gz, FxBuild, PhraseTable};
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
/// Weight of a long form for its short forms and acronyms.
const SHORT_FORM_VOTE: f32 = 3.0;
/// Support a sentence-initial name needs without the article's backing.
const INITIAL_SUPPORT: f32 = 2.5;

/// Whether a candidate's capitals say nothing: one word at a sentence start.
fn is_weak(lt: &LexedText<'_>, c: &Candidate) -> bool {
    c.initial && c.words(lt) == 1
}

/// Writes the key of tokens `[first, end)` into `buf` (periods skipped).
fn key_of(lt: &LexedText<'_>, first: usize, end: usize, buf: &mut String) {
    buf.clear();
    for t in &lt.tokens[first..end] {
        if t.kind == Kind::Punct && t.is_punct(lt.text, '.') {
            continue;
        }
        if !buf.is_empty() {
            buf.push(' ');
        }
        gz::push_normalized(buf, t.text(lt.text));
    }
}

/// Types the candidates with the article's memory, drops those nothing backs, and finds the
/// article's names again on capitals and headline lines. Returns mentions in text order.
pub fn resolve(
    lt: &LexedText<'_>,
    cands: &[Candidate],
    typings: &[Typing],
    buf: &mut String,
) -> Vec<Found> {
    let mut memory: PhraseTable<Votes> = PhraseTable::default();
    let mut key = String::new();
    let vote = |memory: &mut PhraseTable<Votes>, key: &str, scores: [f32; 4], sure: bool| {
        memory.insert_with(key, |v: &mut Votes| {
            for (a, b) in v.scores.iter_mut().zip(scores) {
                *a += b;
            }
            v.count += 1;
            v.sure |= sure;
        });
    };
    let alias_vote = |memory: &mut PhraseTable<Votes>, key: &str, kind: EntityType, w: f32| {
        memory.insert_with(key, |v: &mut Votes| {
            v.alias[classify::type_index(kind)] += w;
            v.sure = true;
        });
    };
    for (c, t) in cands.iter().zip(typings) {
        if t.reject {
            continue;
        }
        let sure = !is_weak(lt, c);
        key_of(lt, c.first, c.end, &mut key);
        vote(&mut memory, &key, t.scores, sure);
        if !sure {
            continue;
        }
        let (kind, _) = classify::best(t.scores);
        for (s, e, w) in short_forms(lt, c, t, kind) {
            key_of(lt, s, e, &mut key);
            alias_vote(&mut memory, &key, kind, w);
        }
        if let Some(acronym) = defined_acronym(lt, c) {
            key_of(lt, acronym, acronym + 1, &mut key);
            alias_vote(&mut memory, &key, kind, SHORT_FORM_VOTE + 3.0);
        }
    }

    // Sentence-initial words the article also writes in lower case are ordinary words.
    let lower_in_text = lower_case_uses(lt, cands, typings, buf);

    let mut out = Vec::with_capacity(cands.len());
    for (c, t) in cands.iter().zip(typings) {
        if t.reject {
            continue;
        }
        key_of(lt, c.first, c.end, &mut key);
        let votes = memory.get(&key).copied().unwrap_or_default();
        if is_weak(lt, c) && !votes.sure {
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
        let (kind, _) = classify::best(votes.total());
        out.push(Found { span: c.span, kind });
    }
    recover_on_shouting_lines(lt, &memory, buf, &mut out);
    out.sort_by_key(|f| (f.span.start, f.span.end));
    out.dedup_by(|b, a| b.span.start < a.span.end);
    out
}

/// The keys of weak candidates that the text also writes in lower case.
fn lower_case_uses(
    lt: &LexedText<'_>,
    cands: &[Candidate],
    typings: &[Typing],
    buf: &mut String,
) -> Vec<String> {
    let mut weak: Vec<String> = Vec::new();
    for (c, t) in cands.iter().zip(typings) {
        if !t.reject && is_weak(lt, c) {
            key_of(lt, c.first, c.end, buf);
            if !weak.contains(buf) {
                weak.push(buf.clone());
            }
        }
    }
    if weak.is_empty() {
        return weak;
    }
    let mut found = Vec::new();
    let max_len = weak.iter().map(String::len).max().unwrap_or(0);
    for t in &lt.tokens {
        if t.kind != Kind::Word || t.has(tk::CAP) || t.has(tk::INNER_CAP) {
            continue;
        }
        let w = t.text(lt.text);
        if w.len() > max_len + 2 {
            continue;
        }
        buf.clear();
        gz::push_normalized(buf, w);
        if let Some(k) = weak.iter().position(|x| x == buf) {
            found.push(weak.swap_remove(k));
            if weak.is_empty() {
                break;
            }
        }
    }
    found
}

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
            if t.cues.has(Cue::CityPrefix) {
                let mut j = c.first + 1;
                while j < last && lt.flags[j] & (gz::CITY | gz::STATE | gz::PREFIX) != 0 {
                    if lt.flags[j] & (gz::CITY | gz::STATE) != 0 {
                        j += 1;
                        break;
                    }
                    j += 1;
                }
                if j < last {
                    forms[1] = (j, last, SHORT_FORM_VOTE);
                }
            }
        }
        _ => {}
    }
    forms.into_iter().filter(|f| f.1 > f.0 && f.2 > 0.0)
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
    if !t.has(tk::UPPER) || t.has(tk::DOTTED) || c.words(lt) < 2 {
        return None;
    }
    initials_match(lt, c, t.text(lt.text)).then_some(acronym)
}

/// Whether `acronym`'s letters follow the capitalised words of `c` in order, starting at the
/// first one (after an optional "U.S.").
fn initials_match(lt: &LexedText<'_>, c: &Candidate, acronym: &str) -> bool {
    let mut letters = acronym.chars().filter(|ch| ch.is_alphabetic());
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
    buf: &mut String,
    out: &mut Vec<Found>,
) {
    let toks = &lt.tokens;
    let n = toks.len();
    let mut i = 0;
    while i < n {
        if !candidates::on_shouting_line(lt, i) || !toks[i].is_wordlike() {
            i += 1;
            continue;
        }
        if let Some((e, v)) = memory.longest_match(lt.text, toks, i, buf, |v| v.sure) {
            let (kind, _) = classify::best(v.total());
            out.push(Found {
                span: span_of(lt, i, e),
                kind,
            });
            i = e;
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
            | gz::CITY_MAJOR;
        let found = lt
            .lex
            .phrases
            .longest_match(lt.text, toks, i, buf, |e| e.any(sure_in_caps))
            .map(|(e, entry)| (e, *entry));
        if let Some((e, entry)) = found {
            let single = toks[i..e].iter().filter(|t| t.is_wordlike()).count() == 1;
            // One ordinary word ("MOBILE", "US" in "TELL US") is not enough.
            let ordinary = single
                && !toks[i].has(tk::DOTTED)
                && (entry.any(gz::COMMON) || lt.flags[i] & gz::COMMON != 0);
            let acronym_ok = !entry.any(gz::AGENCY_ACRONYM) || toks[i].has(tk::UPPER);
            if !ordinary && acronym_ok {
                let c = Candidate {
                    first: i,
                    end: e,
                    span: span_of(lt, i, e),
                    lexical: entry,
                    title: candidates::Title::None,
                    tail: candidates::Tail::None,
                    initial: false,
                };
                let t = classify::classify(lt, &c, buf);
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

/// A mention's key without a leading "the".
fn mention_key(text: &str, buf: &mut String) {
    gz::key_into(text, buf);
    if let Some(rest) = buf.strip_prefix("the ") {
        *buf = rest.to_string();
    }
}

/// Groups `mentions` (sorted, normalized) into entities, sets each mention's `entity` and
/// `canonical`, and returns the entities in order of first mention.
pub fn link(mentions: &mut [EntityMention]) -> Vec<Entity> {
    let n = mentions.len();
    let mut clusters = Clusters::new(n);
    let mut keys: Vec<String> = Vec::with_capacity(n);
    let mut buf = String::new();
    for m in mentions.iter() {
        mention_key(&m.text, &mut buf);
        keys.push(buf.clone());
    }
    let lex = &*gz::LEXICON;

    // Same name and type; names the lists give together.
    let mut by_key: HashMap<(&str, EntityType), usize, FxBuild> = HashMap::default();
    let mut by_group: HashMap<(u32, EntityType), usize, FxBuild> = HashMap::default();
    for i in 0..n {
        let kind = mentions[i].kind;
        match by_key.get(&(keys[i].as_str(), kind)) {
            Some(&j) => clusters.union(i, j),
            None => {
                by_key.insert((keys[i].as_str(), kind), i);
            }
        }
        if let Some(e) = lex.get(&keys[i])
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
    let mut short: HashMap<(String, EntityType), Option<usize>, FxBuild> = HashMap::default();
    for i in 0..n {
        let words: Vec<&str> = keys[i].split(' ').collect();
        if words.len() < 2 {
            continue;
        }
        let kind = mentions[i].kind;
        let mut forms: Vec<String> = Vec::new();
        match kind {
            EntityType::Person => {
                let mut last = words.len() - 1;
                if lex.get(words[last]).is_some_and(|e| e.any(gz::NAME_SUFFIX)) && last > 0 {
                    last -= 1;
                }
                forms.push(words[last].to_string());
                forms.push(words[0].to_string());
            }
            _ => {
                let mut end = words.len();
                while end > 1
                    && lex
                        .get(words[end - 1])
                        .is_some_and(|e| e.any(gz::ORG_LEGAL))
                {
                    end -= 1;
                }
                if end < words.len() {
                    forms.push(words[..end].join(" ").trim_end_matches(" ,").to_string());
                }
                if let Some(stem) = words[0].strip_suffix("com").filter(|_| {
                    mentions[i]
                        .text
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| w.ends_with(".com"))
                }) {
                    forms.push(stem.to_string());
                }
                let acronym: String = words
                    .iter()
                    .filter(|w| {
                        !matches!(**w, "of" | "and" | "the" | "for" | "on" | "&" | "," | "us")
                    })
                    .filter_map(|w| w.chars().next())
                    .collect();
                if acronym.chars().count() >= 2 {
                    forms.push(acronym);
                }
            }
        }
        let root = clusters.find(i);
        for f in forms {
            short
                .entry((f, kind))
                .and_modify(|r| {
                    if r.is_some_and(|r| r != root) {
                        *r = None;
                    }
                })
                .or_insert(Some(root));
        }
    }
    for i in 0..n {
        if keys[i].contains(' ') {
            continue;
        }
        if let Some(Some(root)) = short.get(&(keys[i].clone(), mentions[i].kind)) {
            clusters.union(i, *root);
        }
    }

    // Entities in order of first mention; the canonical name is the longest mention.
    let mut index_of_root: HashMap<usize, usize, FxBuild> = HashMap::default();
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
        let entities = link(&mut ms);
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
    fn ambiguous_short_forms_stay_apart() {
        use EntityType::*;
        let mut ms = vec![
            mention("John Smith", 0, Person),
            mention("Jane Smith", 20, Person),
            mention("Smith", 40, Person),
        ];
        link(&mut ms);
        assert_ne!(ms[2].entity, ms[0].entity);
        assert_ne!(ms[2].entity, ms[1].entity);
    }
}
