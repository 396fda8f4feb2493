//! What the words around an amount say about it: the other end of a range, the qualifier
//! before it, the rate and period after it, and which currency an ambiguous word or sign
//! means (pounds or a weight, yen or yuan, whose cents).
//!
//! Every look is bounded (a few dozen bytes, or the sentence clipped to a window), so the
//! extractor stays linear however the text is made.

use crate::pattern::Captures;

use super::number::{self, Written};
use super::pattern::{
    ELLIPTICAL, ELLIPTICAL_GATE, PERIOD_ADJECTIVE_AFTER, PERIOD_AFTER, PERIOD_BEFORE,
    PERIOD_UNIT_WORDS, POST_QUALIFIER, RANGE_BETWEEN, RANGE_HEAD, RANGE_TAIL, RANGE_TAIL_GATE,
    RATE, RATE_ADVERB, may_hold_elliptical, may_start_range_tail,
};
use super::tables::{
    ADJECTIVE_BOUNDS, CENT_CURRENCIES, CHANGE_STEMS, CLAUSE_OPENERS, CURRENCIES,
    ELLIPSIS_FOLLOWERS, GENERIC_POUNDS, MONEY_NOUNS, MULTI_BOUNDS, NOT_RATE_FOLLOWERS,
    NOT_RATE_UNITS, PERIOD_ONE, PERIOD_UNITS, POST_QUALIFIERS, QUALIFIERS, RATE_ADVERBS,
    RATE_UNITS, VAGUE_COUNTS, VAGUE_PLURALS, WEIGHT_CUES, YEAR_DOLLAR_CUES, YUAN_CUES, magnitude,
};
use super::{Amount, ceil_boundary, floor_boundary, preceding_word, spaced_magnitude};
use crate::extract::Document;
use crate::record::RangeRole;
use crate::segment::ByteSpan;

/// How far around an amount the cue words of its sentence are read.
const CUE_REACH: usize = 200;
/// How far after an amount a rate, qualifier or period is looked for.
const AFTER_REACH: usize = 100;
/// How far before an amount a range's low end or a period adjective is looked for.
const BEFORE_REACH: usize = 48;
/// How far after an amount an elliptical amount in its currency is looked for.
const ELLIPSIS_REACH: usize = 160;

/// Fills in everything that depends on context, in order: currencies of cents, ranges,
/// qualifiers, rates, periods.
pub(super) fn resolve(doc: &Document<'_>, amounts: &mut Vec<Amount>) {
    let home = home_dollar(doc.text, amounts);
    resolve_cents(doc, amounts, home.unwrap_or("USD"));
    link_ranges(doc.text, amounts);
    add_elliptical(doc, amounts);
    if let Some(home) = home {
        apply_home_dollar(doc.text, amounts, home);
    }
    for i in 0..amounts.len() {
        let next_start = amounts.get(i + 1).map_or(doc.text.len(), |n| n.span.start);
        let a = &mut amounts[i];
        let (qualifier, head_start) = match qualifier_before(doc.text, a.span.start) {
            Some((q, at)) => (Some(q), at),
            None => (None, a.span.start),
        };
        // A qualifier after the amount ("$1 million-plus a year") comes before its rate.
        let (after_qualifier, tail) = match qualifier_after(doc.text, a.span.end) {
            Some((q, len)) => (Some(q), a.span.end + len),
            None => (None, a.span.end),
        };
        a.qualifier = qualifier.or(after_qualifier);
        if a.range.is_none_or(|(_, role)| role == RangeRole::High) {
            a.per = rate_after(doc.text, tail);
            a.period = period_after(doc, tail, next_start.max(tail));
        }
        a.period = a
            .period
            .take()
            .or_else(|| period_before(doc.text, head_start));
    }
    spread_over_ranges(amounts);
}

/// Bounds of a vague amount matched by the `v…` groups of the amount pattern.
pub(super) fn vague_bounds(caps: &Captures<'_>) -> Option<(f64, f64)> {
    let lower = |name: &str| caps.name(name).map(|m| m.as_str().to_ascii_lowercase());
    if let Some(count) = lower("vcount") {
        let count = count.split_whitespace().collect::<Vec<_>>().join(" ");
        let (_, lo, hi) = VAGUE_COUNTS.iter().find(|(w, _, _)| *w == count)?;
        let hundred = if caps.name("vhundred").is_some() {
            100.0
        } else {
            1.0
        };
        // "a few hundred dollars" has no magnitude word after "hundred".
        let scale = match lower("vcmag").or_else(|| lower("vcmag1")) {
            Some(word) => 10f64.powi(magnitude(&word)?),
            None => 1.0,
        };
        return Some((lo * hundred * scale, hi * hundred * scale));
    }
    if let Some(chain) = lower("vchain") {
        let mut bounds: Option<(f64, f64)> = None;
        for word in chain.split_whitespace().filter(|w| *w != "of") {
            let (_, lo, hi) = VAGUE_PLURALS.iter().find(|(w, _, _)| *w == word)?;
            // Only the outermost word's upper bound counts: "tens of millions" < 1e8.
            bounds = Some(match bounds {
                None => (*lo, *hi),
                Some((l, h)) => (l * lo, h * lo),
            });
        }
        return bounds;
    }
    let adjective = lower("vadj")?;
    let scale_word = adjective
        .trim_start_matches("multi")
        .trim_start_matches('-');
    let scale = 10f64.powi(magnitude(scale_word)?);
    let (lo, hi) = if adjective.starts_with("multi") {
        MULTI_BOUNDS
    } else {
        ADJECTIVE_BOUNDS
    };
    Some((lo * scale, hi * scale))
}

/// The sentence around `span`, clipped to [`CUE_REACH`] bytes on each side.
fn sentence_window<'a>(doc: &Document<'a>, span: ByteSpan) -> &'a str {
    let (s, e) = doc
        .sentence_at(span.start)
        .map_or((span.start, span.end), |s| (s.span.start, s.span.end));
    let lo = s.max(span.start.saturating_sub(CUE_REACH)).min(span.start);
    let hi = e
        .min(span.end + CUE_REACH)
        .max(span.end)
        .min(doc.text.len());
    &doc.text[floor_boundary(doc.text, lo)..ceil_boundary(doc.text, hi)]
}

fn has_cue(window: &str, cues: &[&str]) -> bool {
    words(window).any(|w| {
        let w = w.trim_end_matches("'s").trim_end_matches("’s");
        cues.iter().any(|c| c.eq_ignore_ascii_case(w))
    })
}

/// Words of `s`, apostrophes included ("China's", "today's").
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
}

/// Whether "pounds" (the generic word `word`) is a weight here: a hyphenated adjective ("a
/// 200-pound bomb"), "pounds of" something other than money, or a weight word nearby.
pub(super) fn pounds_are_weight(
    doc: &Document<'_>,
    span: ByteSpan,
    word: &str,
    hyphen: bool,
) -> bool {
    if !GENERIC_POUNDS.iter().any(|p| p.eq_ignore_ascii_case(word)) {
        return false;
    }
    if hyphen {
        return true;
    }
    let after = doc.text[span.end..].trim_start();
    if let Some(rest) = after.strip_prefix("of")
        && rest.starts_with(char::is_whitespace)
    {
        let noun = words(rest).next().unwrap_or("");
        let noun = noun.trim_end_matches("'s").trim_end_matches('\'');
        if !MONEY_NOUNS.iter().any(|m| m.eq_ignore_ascii_case(noun)) {
            return true;
        }
    }
    has_cue(sentence_window(doc, span), WEIGHT_CUES)
}

/// Whether a bare four-digit number before "dollars" is a year ("in 2019 dollars").
pub(super) fn year_before_dollars(text: &str, start: usize, num: &str) -> bool {
    num.len() == 4
        && num.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y))
        && YEAR_DOLLAR_CUES
            .iter()
            .any(|c| c.eq_ignore_ascii_case(preceding_word(text, start)))
}

/// Whether the amount ending at `end` is an exchange rate: "92.27 yen to the dollar",
/// "$1.10 per euro", "76.25 against the dollar".
pub(super) fn is_exchange_rate(text: &str, end: usize) -> bool {
    let after = bounded_after(text, end);
    let mut words = after.split_whitespace();
    let (Some(link), Some(next)) = (words.next(), words.next()) else {
        return false;
    };
    let link = link.to_ascii_lowercase();
    let determiner = ["the", "a", "one", "each"]
        .iter()
        .any(|d| d.eq_ignore_ascii_case(next));
    let currency_word = match (link.as_str(), determiner) {
        ("to" | "against", true) => words.next(),
        ("per", false) => Some(next),
        ("per", true) => words.next(),
        _ => None,
    };
    currency_word.is_some_and(|w| {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        CURRENCIES.word(w).is_some() || CURRENCIES.codes.contains_key(w)
    })
}

/// "¥" is the yen, unless the sentence is about China.
pub(super) fn yen_or_yuan(doc: &Document<'_>, span: ByteSpan) -> &'static str {
    if has_cue(sentence_window(doc, span), YUAN_CUES) {
        "CNY"
    } else {
        "JPY"
    }
}

/// The dollar a bare "$" means in this article, when it is not the U.S. dollar.
///
/// A bare "$" is USD, except in an article that marks its U.S. amounts as such ("US$2.1
/// billion") and also writes exactly one other dollar with its prefix ("C$2.9 billion"): a writer
/// who spells out "US$" writes for readers whose own dollar is another, and the prefixed one
/// names it (Canadian, Australian, New Zealand or Hong Kong news).
fn home_dollar(text: &str, amounts: &[Amount]) -> Option<&'static str> {
    let mut us_marked = false;
    let mut other: Option<&'static str> = None;
    for a in amounts {
        let written = &text[a.span.start..a.span.end];
        // Only signs with a prefix: "US$", "C$" ("$" alone is what is being decided).
        if written.find('$').is_none_or(|at| at == 0) {
            continue;
        }
        match a.currency {
            Some("USD") => us_marked = true,
            Some(code) if code.ends_with('D') => match other {
                None => other = Some(code),
                Some(seen) if seen != code => return None,
                Some(_) => {}
            },
            _ => {}
        }
    }
    other.filter(|_| us_marked)
}

/// Gives the article's home dollar to every amount written with a bare "$" and to cents not
/// marked as U.S., except the end of a range whose other end has a prefix ("US$16 million to
/// $28 million").
fn apply_home_dollar(text: &str, amounts: &mut [Amount], home: &'static str) {
    let bare = |a: &Amount| text[a.span.start..a.span.end].starts_with('$');
    let prefixed_ranges: Vec<usize> = amounts
        .iter()
        .filter(|a| !bare(a) && text[a.span.start..a.span.end].contains('$'))
        .filter_map(|a| a.range.as_ref().map(|r| r.0))
        .collect();
    for a in amounts.iter_mut() {
        let in_prefixed_range = a
            .range
            .as_ref()
            .is_some_and(|r| prefixed_ranges.contains(&r.0));
        let written = &text[a.span.start..a.span.end];
        // Cents that took the dollar of a bare "$" before them ("$5.20, down 11 cents").
        let unmarked_cents = a.unit == -2
            && !written.contains('$')
            && !written.contains("US")
            && !written.contains("U.S.");
        if (bare(a) || unmarked_cents) && a.currency == Some("USD") && !in_prefixed_range {
            a.currency = Some(home);
        }
    }
}

/// Cents take the currency of the amount before them in the sentence when it has cents
/// ("€2.73, down 5 cents"), else the article's dollar (`dollar`).
fn resolve_cents(doc: &Document<'_>, amounts: &mut [Amount], dollar: &'static str) {
    for i in 0..amounts.len() {
        if amounts[i].currency.is_some() {
            continue;
        }
        let sentence = doc.sentence_at(amounts[i].span.start).map(|s| s.span);
        let before = i
            .checked_sub(1)
            .and_then(|j| amounts.get(j))
            .filter(|p| sentence.is_some_and(|s| s.start <= p.span.start))
            .and_then(|p| p.currency)
            .filter(|c| CENT_CURRENCIES.contains(c));
        amounts[i].currency = Some(before.unwrap_or(dollar));
    }
}

/// A qualifier ending just before byte `start`, and where it begins.
fn qualifier_before(text: &str, start: usize) -> Option<(&'static str, usize)> {
    let head = text[..start].trim_end();
    // A qualifier ends with the head's last byte (any case): most are ruled out by that byte.
    let last = head.as_bytes().last()?.to_ascii_lowercase();
    QUALIFIERS
        .iter()
        .filter(|(q, _)| q.as_bytes().last() == Some(&last) && ends_with_word(head, q))
        .max_by_key(|(q, _)| q.len())
        .map(|(q, n)| (*n, head.len() - q.len()))
}

/// Whether `head` ends with the word(s) `w`, any case, not inside a longer word.
fn ends_with_word(head: &str, w: &str) -> bool {
    let Some(cut) = head.len().checked_sub(w.len()) else {
        return false;
    };
    head.is_char_boundary(cut)
        && head[cut..].eq_ignore_ascii_case(w)
        && !head[..cut]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

/// A qualifier written after the amount ("$5 million or more"), and its length in bytes.
fn qualifier_after(text: &str, end: usize) -> Option<(&'static str, usize)> {
    let after = bounded_after(text, end);
    let caps = POST_QUALIFIER.captures(after)?;
    let len = caps.get(0)?.end();
    let found = caps["q"].split_whitespace().collect::<Vec<_>>().join(" ");
    POST_QUALIFIERS
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(&found))
        .map(|(_, n)| (*n, len))
}

fn bounded_after(text: &str, end: usize) -> &str {
    &text[end..ceil_boundary(text, (end + AFTER_REACH).min(text.len()))]
}

/// The rate after an amount: "per share" → `share`, "a year" → `year`, "annually" → `year`.
fn rate_after(text: &str, end: usize) -> Option<String> {
    let after = bounded_after(text, end);
    if let Some(caps) = RATE.captures(after) {
        if caps.name("next").is_some_and(|n| {
            NOT_RATE_FOLLOWERS
                .iter()
                .any(|w| w.eq_ignore_ascii_case(n.as_str()))
        }) {
            return None;
        }
        let unit = caps["unit"].to_ascii_lowercase();
        let known = rate_unit(&unit);
        let after_per = caps
            .name("intro")
            .is_some_and(|m| m.as_str().eq_ignore_ascii_case("per"));
        if let Some(u) = known {
            return Some(u.to_string());
        }
        if after_per && !NOT_RATE_UNITS.contains(&unit.as_str()) {
            return Some(singular(&unit).to_string());
        }
    }
    let caps = RATE_ADVERB.captures(after)?;
    let adv = caps["adv"].to_ascii_lowercase();
    RATE_ADVERBS
        .iter()
        .find(|(w, _)| *w == adv)
        .map(|(_, u)| (*u).to_string())
}

fn rate_unit(unit: &str) -> Option<&'static str> {
    let s = singular(unit);
    RATE_UNITS
        .iter()
        .find(|(w, _)| *w == unit || *w == s)
        .map(|(_, u)| *u)
}

fn singular(w: &str) -> &str {
    match w.strip_suffix('s') {
        Some(s) if s.len() >= 3 && !s.ends_with('s') => s,
        _ => w,
    }
}

/// The ISO 8601 period of `n` `unit`s ("five", "year" → `P5Y`).
fn iso_period(n: Option<&str>, one: bool, unit: &str) -> Option<String> {
    let count = match n {
        Some(n) => Written::parse(n)
            .and_then(|w| w.value())
            .or_else(|| number::parse_words(n).map(|(v, _)| v))?,
        None if one => 1.0,
        None => return None,
    };
    let unit = unit.to_ascii_lowercase();
    let unit = singular(&unit);
    let (_, designator, factor) = PERIOD_UNITS.iter().find(|(u, _, _)| *u == unit)?;
    let amount = count * f64::from(*factor);
    (amount > 0.0 && amount < 1e6).then(|| format!("P{amount}{designator}"))
}

/// A period after the amount in the same clause ("over five years"), before `limit`.
fn period_after(doc: &Document<'_>, end: usize, next_start: usize) -> Option<String> {
    let text = doc.text;
    let sentence_end = doc
        .sentence_at(end.saturating_sub(1))
        .map_or(text.len(), |s| s.span.end);
    let limit = (end + AFTER_REACH)
        .min(next_start)
        .min(sentence_end.max(end))
        .min(text.len());
    let clause = &text[end..ceil_boundary(text, limit.max(end))];
    let clause = &clause[..clause.find(';').unwrap_or(clause.len())];
    // Another clause begins at a conjunction: its period is not this amount's.
    let opener = clause
        .split_inclusive(|c: char| !c.is_alphanumeric())
        .scan(0, |at, piece| {
            let start = *at;
            *at += piece.len();
            Some((
                start,
                piece.trim_end_matches(|c: char| !c.is_alphanumeric()),
            ))
        })
        .find(|(_, w)| CLAUSE_OPENERS.iter().any(|o| o.eq_ignore_ascii_case(w)))
        .map_or(clause.len(), |(at, _)| at);
    let clause = &clause[..opener];
    if !PERIOD_UNIT_WORDS.is_match(clause) {
        return None;
    }
    if let Some(caps) = PERIOD_ADJECTIVE_AFTER.captures(clause) {
        return iso_period(Some(&caps["n"]), false, &caps["unit"]);
    }
    let caps = PERIOD_AFTER.captures(clause)?;
    iso_period(
        caps.name("n").map(|m| m.as_str()),
        caps.name("one").is_some_and(|m| {
            PERIOD_ONE
                .iter()
                .any(|w| w.eq_ignore_ascii_case(m.as_str()))
        }),
        &caps["unit"],
    )
}

/// A period adjective just before the amount ("a five-year, $100 million contract").
fn period_before(text: &str, start: usize) -> Option<String> {
    let lo = floor_boundary(text, start.saturating_sub(BEFORE_REACH));
    let before = &text[lo..start];
    if !PERIOD_UNIT_WORDS.is_match(before) {
        return None;
    }
    let caps = PERIOD_BEFORE.captures(before)?;
    iso_period(Some(&caps["n"]), false, &caps["unit"])
}

/// Whether two amounts joined by "to" are a change rather than a range: "rose from $5 to $7",
/// "was down $2.86 to $77.11", "increased by $5 to $7".
fn is_change(text: &str, start: usize) -> bool {
    let word = preceding_word(text, start);
    if word.eq_ignore_ascii_case("by") || is_change_word(word) {
        return true;
    }
    if !word.eq_ignore_ascii_case("from") {
        return false;
    }
    let head = text[..start].trim_end();
    let head = &head[..head.len().saturating_sub(word.len())];
    let lo = floor_boundary(head, head.len().saturating_sub(60));
    let clause = &head[lo..];
    let clause = &clause[clause.rfind([',', ';', '.', ':', '(']).map_or(0, |i| i + 1)..];
    words(clause).any(is_change_word)
}

/// A verb (or adverb) of change: "increased", "fell", "down".
fn is_change_word(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    CHANGE_STEMS.iter().any(|s| {
        if s.len() >= 4 {
            w.starts_with(s)
        } else {
            w == *s || w.strip_suffix('s') == Some(s)
        }
    })
}

/// How a range's two numbers were separated.
struct Separator {
    /// "and" (needs "between" before the low end).
    and: bool,
    /// A dash with no space around it ("$5-7").
    tight_dash: bool,
}

impl Separator {
    fn from(caps: &Captures<'_>) -> Separator {
        let spaced = ["sp1", "sp2"]
            .iter()
            .any(|g| caps.name(g).is_some_and(|m| !m.as_str().is_empty()));
        Separator {
            and: caps.name("word").is_some_and(|m| m.as_str() == "and"),
            tight_dash: caps.name("dash").is_some() && !spaced,
        }
    }

    /// Whether a low end at `low_start` may be joined to the other end by this separator.
    fn allows(&self, text: &str, low_start: usize) -> bool {
        !self.and || preceding_word(text, low_start).eq_ignore_ascii_case("between")
    }
}

/// A bare number that is the other end of a range: its span, number and magnitude.
struct BareEnd {
    span: ByteSpan,
    number: Written,
    magnitude: Option<i32>,
    separators: bool,
}

fn bare_end(caps: &Captures<'_>, base: usize) -> Option<BareEnd> {
    let num = caps.name("num")?;
    let mag_match = caps.name("glued").or_else(|| caps.name("mag"));
    let magnitude = match (caps.name("glued"), caps.name("mag")) {
        (Some(g), _) => super::tables::glued_magnitude(g.as_str()),
        (None, Some(m)) => spaced_magnitude(m.as_str()),
        _ => None,
    };
    let end = mag_match.map_or(num.end(), |m| m.end());
    Some(BareEnd {
        span: ByteSpan::new(base + num.start(), base + end),
        number: Written::parse(num.as_str())?,
        magnitude,
        separators: number::has_separators(num.as_str()),
    })
}

/// Whether a bare end is clearly an amount: a magnitude, separators, or matching decimals
/// ("$2.50-3.75"), or a tight dash ("$5-7").
fn bare_end_is_amount(end: &BareEnd, other: &Amount, sep: &Separator) -> bool {
    end.magnitude.is_some()
        || end.separators
        || sep.tight_dash
        || (end.number.has_decimals() && other.number.as_ref().is_some_and(Written::has_decimals))
}

/// A new amount for a bare range end, in the currency of `other`.
fn amount_for(end: BareEnd, other: &Amount) -> Amount {
    Amount {
        span: end.span,
        number: Some(end.number),
        magnitude: end.magnitude,
        unit: other.unit,
        currency: other.currency,
        bounds: None,
        number_first: true,
        qualifier: None,
        per: None,
        period: None,
        range: None,
    }
}

/// Gives `low` the magnitude of `high` when only `high` has one and the numbers read as a
/// range ("$5-7 million": 5 ≤ 7). Returns whether low ≤ high afterwards.
fn share_magnitude(low: &mut Amount, high: &Amount) -> bool {
    let (Some(ln), Some(hn)) = (&low.number, &high.number) else {
        return false;
    };
    if low.magnitude.is_none()
        && high.magnitude.is_some()
        && ln.value().zip(hn.value()).is_some_and(|(l, h)| l <= h)
    {
        low.magnitude = high.magnitude;
    }
    low.value()
        .zip(high.value())
        .is_some_and(|(l, h)| l <= h && low.unit == high.unit)
}

/// Finds ranges: bare other ends ("$5-7 million", "5 to 7 million dollars") become amounts,
/// and adjacent amounts joined by "to", a dash, or "between … and" are linked. Range ids are
/// numbered in text order.
fn link_ranges(text: &str, amounts: &mut Vec<Amount>) {
    let mut out: Vec<Amount> = Vec::with_capacity(amounts.len());
    let mut next_id = 0;
    let mut link = |low: &mut Amount, high: &mut Amount| {
        low.range = Some((next_id, RangeRole::Low));
        high.range = Some((next_id, RangeRole::High));
        next_id += 1;
    };
    let originals = std::mem::take(amounts);
    let starts: Vec<usize> = originals.iter().map(|a| a.span.start).collect();
    for (i, mut a) in originals.into_iter().enumerate() {
        let exact = a.bounds.is_none();
        // A bare low end before a number-first amount: "5 to 7 million dollars".
        if exact && a.number_first {
            let prev_end = out.last().map_or(0, |p| p.span.end);
            let lo = floor_boundary(text, a.span.start.saturating_sub(BEFORE_REACH)).max(prev_end);
            let slice = &text[lo..a.span.start];
            // Open the slice at a space so it does not start inside a number.
            let cut = if lo == 0 || text[..lo].ends_with(char::is_whitespace) {
                0
            } else {
                slice
                    .char_indices()
                    .find(|(_, c)| c.is_whitespace())
                    .map_or(slice.len(), |(i, c)| i + c.len_utf8())
            };
            if let Some(caps) = RANGE_HEAD.captures(&slice[cut..])
                && let Some(end) = bare_end(&caps, lo + cut)
                && bare_start_ok(text, end.span.start)
                && end.magnitude.is_none_or(|_| a.magnitude.is_some())
            {
                let sep = Separator::from(&caps);
                let mut low = amount_for(end, &a);
                if share_magnitude(&mut low, &a) && sep.allows(text, low.span.start) {
                    if !is_change(text, low.span.start) {
                        link(&mut low, &mut a);
                    }
                    out.push(low);
                }
            }
        }
        // A bare high end after the amount: "$5-7 million", "US$300 to 350 million".
        let next_start = starts.get(i + 1).copied().unwrap_or(text.len());
        let mut high = None;
        if exact && a.range.is_none() {
            let after = &text[a.span.end..];
            if RANGE_TAIL_GATE.admits(|| may_start_range_tail(after))
                && let Some(caps) = RANGE_TAIL.captures(after)
                && let Some(end) = bare_end(&caps, a.span.end)
                && end.span.end <= next_start
                && end.span.start != next_start
                && bare_end_is_amount(&end, &a, &Separator::from(&caps))
                && (end.magnitude.is_some() || a.magnitude.is_none())
                && tail_ends_cleanly(text, end.span.end)
            {
                let sep = Separator::from(&caps);
                let mut h = amount_for(end, &a);
                if share_magnitude(&mut a, &h) && sep.allows(text, a.span.start) {
                    if !is_change(text, a.span.start) {
                        link(&mut a, &mut h);
                    }
                    high = Some(h);
                }
            }
        }
        // Two full amounts: "$5 million to $7 million", "between $1 billion and $2 billion".
        if high.is_none()
            && exact
            && a.range.is_none()
            && let Some(prev) = out.last_mut()
            && prev.bounds.is_none()
            && prev.range.is_none()
            && let Some(caps) = RANGE_BETWEEN.captures(&text[prev.span.end..a.span.start])
        {
            let sep = Separator {
                and: caps.name("word").is_some_and(|m| m.as_str() == "and"),
                tight_dash: false,
            };
            let same_currency = prev.currency == a.currency;
            if same_currency
                && sep.allows(text, prev.span.start)
                && share_magnitude(prev, &a)
                && !is_change(text, prev.span.start)
            {
                link(prev, &mut a);
            }
        }
        out.push(a);
        out.extend(high);
    }
    *amounts = out;
}

/// Adds elliptical amounts: a bare number with the same magnitude word as an amount just
/// before it in the sentence, standing for money of that currency ("an additional US$5
/// billion in aid on top of the four billion it has already received"). The magnitude must
/// match and no noun may follow ("$5 billion for four billion people" is a count).
fn add_elliptical(doc: &Document<'_>, amounts: &mut Vec<Amount>) {
    let text = doc.text;
    let mut found: Vec<Amount> = Vec::new();
    for (i, a) in amounts.iter().enumerate() {
        let (Some(scale), Some(_)) = (a.magnitude, a.currency) else {
            continue;
        };
        if a.bounds.is_some() {
            continue;
        }
        let sentence_end = doc
            .sentence_at(a.span.start)
            .map_or(a.span.end, |s| s.span.end);
        let next_start = amounts.get(i + 1).map_or(text.len(), |n| n.span.start);
        let hi = (a.span.end + ELLIPSIS_REACH)
            .min(sentence_end)
            .min(next_start)
            .max(a.span.end);
        let hi = floor_boundary(text, hi).max(a.span.end);
        let window = &text[a.span.end..hi];
        if !ELLIPTICAL_GATE.admits(|| may_hold_elliptical(window)) {
            continue;
        }
        for caps in ELLIPTICAL.captures_iter(window) {
            let (Some(num), Some(mag)) = (caps.name("num"), caps.name("mag")) else {
                continue;
            };
            let span = ByteSpan::new(a.span.end + num.start(), a.span.end + mag.end());
            let number = Written::parse(num.as_str()).or_else(|| {
                let (v, only_article) = number::parse_words(num.as_str())?;
                (!only_article).then(|| Written::parse(&format!("{v}")))?
            });
            let Some(number) = number else { continue };
            if magnitude(mag.as_str()) != Some(scale)
                || !bare_start_ok(text, span.start)
                || !ellipsis_follower_ok(text, span.end)
                || found.last().is_some_and(|f| f.span.end > span.start)
            {
                continue;
            }
            let end = BareEnd {
                span,
                number,
                magnitude: Some(scale),
                separators: false,
            };
            found.push(amount_for(end, a));
        }
    }
    if !found.is_empty() {
        amounts.extend(found);
        amounts.sort_by_key(|a| a.span.start);
    }
}

/// Whether what follows an elliptical amount lets it stand for money: the end of a clause, or
/// a function word ([`ELLIPSIS_FOLLOWERS`]), never a noun or a hyphenated compound.
fn ellipsis_follower_ok(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let after = rest.trim_start_matches([' ', '\t', '\u{a0}']);
    let spaced = after.len() < rest.len();
    match after.chars().next() {
        None => true,
        Some(c) if c.is_alphabetic() => {
            let word_end = after
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(after.len());
            let word = &after[..word_end];
            spaced
                && ELLIPSIS_FOLLOWERS
                    .iter()
                    .any(|f| f.eq_ignore_ascii_case(word))
        }
        Some(',' | ';' | ':' | ')' | '!' | '?' | '.' | '\n' | '\r') => true,
        Some('—' | '–' | '-') => spaced,
        Some(_) => false,
    }
}

/// A bare number must start a token: not glued to a letter, digit, sign or decimal point.
fn bare_start_ok(text: &str, start: usize) -> bool {
    let mut before = text[..start].chars().rev();
    match before.next() {
        None => true,
        Some(c) if c.is_alphanumeric() || "$€£¥_".contains(c) => false,
        Some('.' | ',') => !before.next().is_some_and(|d| d.is_ascii_digit()),
        Some(_) => true,
    }
}

/// A bare high end must end its token ("7 million", not "7 millionaires" or "8%").
fn tail_ends_cleanly(text: &str, end: usize) -> bool {
    let mut after = text[end..].chars();
    match after.next() {
        None => true,
        Some(c) if c.is_alphanumeric() || "_%$".contains(c) => false,
        Some('.' | ',') => !after.next().is_some_and(|d| d.is_ascii_digit()),
        Some(_) => true,
    }
}

/// The rate and period written after a range belong to both ends; so does an approximate
/// qualifier written before it ("about $5 to $7 million").
fn spread_over_ranges(amounts: &mut [Amount]) {
    for i in 1..amounts.len() {
        let (head, tail) = amounts.split_at_mut(i);
        let (low, high) = (&mut head[i - 1], &mut tail[0]);
        let linked = matches!(
            (low.range, high.range),
            (Some((a, RangeRole::Low)), Some((b, RangeRole::High))) if a == b
        );
        if !linked {
            continue;
        }
        if low.per.is_none() {
            low.per.clone_from(&high.per);
        }
        if low.period.is_none() {
            low.period.clone_from(&high.period);
        } else if high.period.is_none() {
            high.period.clone_from(&low.period);
        }
        if high.qualifier.is_none() && low.qualifier == Some("approx") {
            high.qualifier = low.qualifier;
        }
    }
}
