//! Money amounts: "$100 million", "US$3bn", "€3.5 million", "Rs 500 crore", "12 million euros",
//! "three million dollars", "26 cents", vague amounts ("tens of millions of dollars"), ranges
//! ("$5-7 million"), rates ("$5 per share") and periods ("over five years").
//!
//! How it works, in one pass over the text:
//! 1. **Pre-filter.** One Aho-Corasick automaton ([`pattern::ANCHORS`]) finds every currency
//!    sign, symbol, code and currency word. A sign or code counts only with a digit beside it.
//!    Text without anchors costs one automaton scan.
//! 2. **Amounts.** Around each anchor, a window of text (windows merged, so every byte is read
//!    a bounded number of times) is matched by [`pattern::AMOUNT`]: sign-first, number-first,
//!    number-word and vague forms. The span runs from the sign (or number) to the magnitude
//!    word or currency name; qualifiers stay outside, as in the gold.
//! 3. **Checks.** A sign glued to a word ("Ke$ha"), amounts inside URLs or code, a year before
//!    "dollars" ("in 2019 dollars"), pounds that are a weight, codes that are also words
//!    ("TOP 10") and exchange rates ("92.27 yen to the dollar") are dropped.
//! 4. **Context.** Ranges are linked ("$5-7 million" gives two mentions), then each amount gets
//!    its qualifier ("at least"), rate ("a year") and period ("over five years").
//!
//! Values are exact: "$9.9 million" is 9900000, not 9899999.999. The word lists live in
//! [`tables`]; the currencies come from `data/currencies.tsv`.

mod context;
mod number;
pub mod pattern;
pub mod tables;

#[cfg(test)]
mod table_tests;

use crate::pattern::Captures;

use super::{Document, Extractor, Layer, Mentions};
use crate::record::{MoneyMention, MoneyRange, RangeRole};
use crate::segment::ByteSpan;
use number::Written;
use pattern::{AMOUNT, AMOUNT_GROUPS, ANCHORS, AnchorKind, CURRENCY_AFTER, Found};
use tables::{CURRENCIES, CurrencyForm};

/// The money extractor.
pub struct Money;

impl Extractor for Money {
    fn name(&self) -> &'static str {
        "money"
    }

    fn layer(&self) -> Layer {
        Layer::Money
    }

    fn extract(&self, doc: &Document<'_>, found: &mut Mentions) {
        let mut amounts = find_amounts(doc);
        amounts.retain(|a| !doc.in_boilerplate(a.span));
        context::resolve(doc, &mut amounts);
        found
            .money
            .extend(amounts.into_iter().map(|a| a.into_mention(doc)));
    }
}

/// An amount being built.
#[derive(Debug, Clone, PartialEq)]
struct Amount {
    /// Byte span in the text.
    span: ByteSpan,
    /// The number as written (`None` for vague amounts).
    number: Option<Written>,
    /// Power of ten of the magnitude word, if one was written ("million": 6).
    magnitude: Option<i32>,
    /// Power of ten of the currency unit (-2 for cents).
    unit: i32,
    /// ISO code; `None` until context decides (cents).
    currency: Option<&'static str>,
    /// Bounds of a vague amount.
    bounds: Option<(f64, f64)>,
    /// True when the amount starts with its number (a range's low end may stand before it).
    number_first: bool,
    /// Normalized qualifier.
    qualifier: Option<&'static str>,
    /// Rate unit.
    per: Option<String>,
    /// ISO 8601 period.
    period: Option<String>,
    /// Range id and role.
    range: Option<(usize, RangeRole)>,
}

impl Amount {
    fn exact(span: ByteSpan, number: Written, magnitude: Option<i32>, form: CurrencyForm) -> Self {
        Amount {
            span,
            number: Some(number),
            magnitude,
            unit: form.exponent,
            currency: form.code,
            bounds: None,
            number_first: false,
            qualifier: None,
            per: None,
            period: None,
            range: None,
        }
    }

    /// The value in units of the currency.
    fn value(&self) -> Option<f64> {
        let n = self.number.as_ref()?;
        n.scaled(self.magnitude.unwrap_or(0) + self.unit)
    }

    fn into_mention(self, doc: &Document<'_>) -> MoneyMention {
        let l = doc.locate(self.span);
        MoneyMention {
            start: l.start,
            end: l.end,
            text: l.text,
            value: self.value(),
            currency: self.currency.map(str::to_string),
            qualifier: self.qualifier.map(str::to_string),
            vague: self.bounds.is_some(),
            min: self.bounds.map(|b| b.0),
            max: self.bounds.map(|b| b.1),
            per: self.per,
            period: self.period,
            range: self.range.map(|(id, role)| MoneyRange { id, role }),
            byte_start: l.byte_start,
            byte_end: l.byte_end,
        }
    }
}

/// Text read before an anchor: the longest number part before a currency name fits in it
/// ("two hundred and fifty-five million Hong Kong dollars", "tens of hundreds of thousands of").
const WINDOW_BEFORE: usize = 80;
/// Text read after an anchor: a sign, a number, a magnitude and a repeated currency name.
const WINDOW_AFTER: usize = 64;

/// Every amount in the text, in order, not overlapping.
fn find_amounts(doc: &Document<'_>) -> Vec<Amount> {
    let text = doc.text;
    let mut amounts: Vec<Amount> = Vec::new();
    for (ws, we) in windows(text) {
        let window = &text[..we];
        let mut pos = ws;
        while pos < we {
            // The DFA finds the match; the slower capturing engine runs only on a match that
            // can be an amount: a sign-first one, or one with a currency after it.
            let Some(m) = AMOUNT.find_at(window, pos) else {
                break;
            };
            let sign_first = !m
                .as_str()
                .starts_with(|c: char| c.is_ascii_digit() || c == '.')
                && m.as_str().contains(|c: char| c.is_ascii_digit());
            let caps = if sign_first || currency_after_number(text, m.end(), true).is_some() {
                AMOUNT.captures_of(window, &m)
            } else {
                None
            };
            let Some(caps) = caps else {
                pos = ceil_boundary(text, after_first_token(text, m.start()).min(we));
                continue;
            };
            match amount_from(doc, &caps) {
                Some(a) if amounts.last().is_none_or(|p| p.span.end <= a.span.start) => {
                    pos = a.span.end.max(m.start() + 1);
                    amounts.push(a);
                }
                // Not an amount: go on after its first token ("5 people", "a few").
                _ => pos = after_first_token(text, m.start()),
            }
            pos = ceil_boundary(text, pos.min(we));
        }
    }
    amounts
}

/// The end of the whitespace-delimited token starting at `start` (at least one character).
fn after_first_token(text: &str, start: usize) -> usize {
    let mut chars = text[start..].char_indices();
    let first = chars.next().map_or(0, |(_, c)| c.len_utf8());
    chars
        .find(|(_, c)| c.is_whitespace())
        .map_or(text.len(), |(i, _)| start + i)
        .max(start + first)
}

/// Merged windows of text around the anchors that may belong to an amount.
fn windows(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for m in ANCHORS.automaton.find_iter(text) {
        let (s, e) = (m.start(), m.end());
        if !anchor_plausible(text, s, e, ANCHORS.kinds[m.pattern().as_usize()]) {
            continue;
        }
        let mut ws = floor_boundary(text, s.saturating_sub(WINDOW_BEFORE));
        // Start at a whitespace so the window does not open in the middle of a number.
        if ws > 0
            && !bytes[ws - 1].is_ascii_whitespace()
            && let Some(i) = bytes[ws..s].iter().position(u8::is_ascii_whitespace)
        {
            ws += i + 1;
        }
        // End at a whitespace so the window does not close inside a number. A window that an
        // earlier one already covers is not scanned again: the scan stays linear.
        let covered = out.last().map_or(0, |w| w.1);
        let mut we = ceil_boundary(text, (e + WINDOW_AFTER).min(text.len())).max(covered);
        we += bytes[we..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .unwrap_or(text.len() - we);
        match out.last_mut() {
            Some(last) if last.1 >= ws => last.1 = last.1.max(we),
            _ => out.push((ws, we)),
        }
    }
    out
}

/// Whether an anchor can be part of an amount: signs need a digit beside them, letter symbols
/// and words must be whole words.
fn anchor_plausible(text: &str, s: usize, e: usize, kind: AnchorKind) -> bool {
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    // Bounded looks (one space, one "$", one point): a run of signs stays linear.
    let digit_after = || {
        let rest = &text[e..];
        let rest = rest.strip_prefix([' ', '\u{a0}']).unwrap_or(rest);
        let rest = rest.strip_prefix('$').unwrap_or(rest);
        let rest = rest.strip_prefix('.').unwrap_or(rest);
        rest.starts_with(|c: char| c.is_ascii_digit())
    };
    let digit_or_word_before = || {
        let head = &text[..s];
        let head = head.strip_suffix([' ', '\u{a0}']).unwrap_or(head);
        head.ends_with(|c: char| c.is_alphanumeric())
    };
    match kind {
        AnchorKind::Sign => digit_after() || digit_or_word_before(),
        AnchorKind::Token => {
            !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphabetic)
                && (digit_after() || digit_or_word_before())
        }
        AnchorKind::Word => {
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        }
    }
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Builds an amount from a match of [`AMOUNT`]: reads the currency after the number part and
/// checks that the whole is a standalone amount.
fn amount_from(doc: &Document<'_>, caps: &Captures<'_>) -> Option<Amount> {
    let text = doc.text;
    let whole = caps.get(0)?;
    let mut span = ByteSpan::new(whole.start(), whole.end());
    let g = &*AMOUNT_GROUPS;
    let group = |i: usize| caps.get(i).map(|m| m.as_str());
    let mags = |i: usize| group(i).and_then(spaced_magnitude);
    let glued = |i: usize| group(i).and_then(tables::glued_magnitude);

    let amount =
        if group(g.vchain).is_some() || group(g.vcount).is_some() || group(g.vadj).is_some() {
            // Vague: a currency name must follow ("billions of dollars", "multimillion-dollar").
            // "multimillion-dollar", "multimillion dollar", but only "billion-dollar" with its
            // hyphen: "12,5 million euros" holds no vague "million euros".
            let adjective = group(g.vadj);
            let (found, hyphen) = currency_name_after(text, span.end, adjective.is_some())?;
            if adjective.is_some_and(|a| !a.to_ascii_lowercase().starts_with("multi")) && !hyphen {
                return None;
            }
            span.end = found.end;
            let bounds = context::vague_bounds(caps)?;
            if context::pounds_are_weight(doc, span, found.text, false) {
                return None;
            }
            Amount {
                span,
                number: None,
                magnitude: None,
                unit: found.form.exponent,
                currency: found.form.code,
                bounds: Some(bounds),
                number_first: true,
                qualifier: None,
                per: None,
                period: None,
                range: None,
            }
        } else if let Some(pre) = caps.get(g.pre) {
            let pre_key = pre
                .as_str()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let mut form = CURRENCIES
                .symbols
                .get(pre_key.as_str())
                .or_else(|| CURRENCIES.codes.get(pre_key.as_str()))
                .copied()?;
            let num = group(g.pnum)?;
            let magnitude = glued(g.pglued).or_else(|| mags(g.pmag));
            // A decimal comma ("€3,5") is read only before a magnitude ("€3,5 million").
            if magnitude.is_none() && number::decimal_comma(num) {
                return None;
            }
            if form.ambiguous && magnitude.is_none() && !number::has_separators(num) {
                return None;
            }
            // "US $700 billion" after "the" is the country's $700 billion.
            if pre_key == "US $" && preceding_word(text, pre.start()).eq_ignore_ascii_case("the") {
                span.start = pre.end() - 1;
            }
            // A currency name repeated after the amount ("$9.99 US dollars") belongs to it when it
            // names the same currency; a bare "$" takes the dollar it names.
            if let Some((named, _)) = currency_name_after(text, span.end, false)
                && named.form.exponent == 0
                && named.form.code.is_some()
            {
                let bare_dollar = pre_key == "$" && named.text.to_lowercase().contains("dollar");
                if named.form.code == form.code || bare_dollar {
                    span.end = named.end;
                    form.code = named.form.code;
                }
            }
            let mut a = Amount::exact(span, Written::parse(num)?, magnitude, form);
            if pre_key == "¥" {
                a.currency = Some(context::yen_or_yuan(doc, span));
            }
            a
        } else if let Some(num) = group(g.snum) {
            let magnitude = glued(g.sglued).or_else(|| mags(g.smag));
            if magnitude.is_none() && number::decimal_comma(num) {
                return None;
            }
            let found = currency_after_number(text, span.end, true)?;
            span.end = found.0.end;
            let (found, hyphen) = found;
            if found.form.ambiguous
                && ((magnitude.is_none() && !number::has_separators(num))
                    || compound_after(text, found.end))
            {
                return None;
            }
            if context::pounds_are_weight(doc, span, found.text, hyphen)
                || (magnitude.is_none() && context::year_before_dollars(text, span.start, num))
            {
                return None;
            }
            let mut a = Amount::exact(span, Written::parse(num)?, magnitude, found.form);
            a.number_first = true;
            a
        } else {
            let words = caps.get(g.wnum)?;
            let magnitude = mags(g.wmag);
            let (start, value, only_article) =
                trim_number_words(words.start(), words.end(), words.as_str())?;
            if only_article && magnitude.is_none() {
                return None;
            }
            // "a billion-dollar company" is the vague adjective, not one billion.
            let (found, _) = currency_name_after(text, span.end, magnitude.is_none())?;
            span = ByteSpan::new(start, found.end);
            if found.form.ambiguous && (magnitude.is_none() || compound_after(text, found.end)) {
                return None;
            }
            let hyphen = text[whole.end()..].starts_with('-');
            if context::pounds_are_weight(doc, span, found.text, hyphen) {
                return None;
            }
            // Word values are small and exact in f64 (halves at most): written as digits.
            let mut a = Amount::exact(
                span,
                Written::parse(&format!("{value}"))?,
                magnitude,
                found.form,
            );
            a.number_first = true;
            a
        };
    if !standalone(text, amount.span) || context::is_exchange_rate(text, amount.span.end) {
        return None;
    }
    // A number of hundreds of digits overflows: the mention stays, without a value (never a
    // wrong one).
    Some(amount)
}

/// A currency name after `end`, past whitespace (or a hyphen when `hyphen_ok`): the name and
/// whether a hyphen joined it ("5-dollar").
fn currency_name_after(text: &str, end: usize, hyphen_ok: bool) -> Option<(Found<'_>, bool)> {
    let rest = &text[end..];
    let spaced = rest.trim_start();
    let (pos, hyphen) = if spaced.len() < rest.len() {
        (text.len() - spaced.len(), false)
    } else if hyphen_ok && rest.starts_with('-') {
        (end + 1, true)
    } else {
        return None;
    };
    CURRENCY_AFTER.word(text, pos).map(|f| (f, hyphen))
}

/// The currency after a number: a name, an ISO code, or a sign ("5 €", "99¢").
fn currency_after_number(text: &str, end: usize, hyphen_ok: bool) -> Option<(Found<'_>, bool)> {
    if let Some(found) = currency_name_after(text, end, hyphen_ok) {
        return Some(found);
    }
    let rest = &text[end..];
    let spaced = rest.trim_start();
    if spaced.len() < rest.len()
        && let Some(code) = CURRENCY_AFTER.code(text, text.len() - spaced.len())
    {
        return Some((code, false));
    }
    let pos = end
        + rest
            .strip_prefix([' ', '\u{a0}'])
            .map_or(0, |r| rest.len() - r.len());
    CURRENCY_AFTER.sign(text, pos).map(|f| (f, false))
}

/// Whether the word after `end` makes an ambiguous currency name an ordinary word ("real
/// estate").
fn compound_after(text: &str, end: usize) -> bool {
    let next = text[end..]
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    text[end..].starts_with(char::is_whitespace)
        && tables::AMBIGUOUS_COMPOUNDS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(next))
}

/// The sum of spaced magnitude words' powers ("lakh crore" is 5 + 7).
fn spaced_magnitude(s: &str) -> Option<i32> {
    s.split_whitespace()
        .map(tables::magnitude)
        .try_fold(0, |acc, e| e.map(|e| acc + e))
}

/// The longest tail of a run of number words that is a number: "a three" gives "three".
/// Returns its start, value and whether it is only "a"/"an".
fn trim_number_words(start: usize, end: usize, words: &str) -> Option<(usize, f64, bool)> {
    let mut offset = 0;
    loop {
        let rest = &words[offset..];
        if let Some((v, only_article)) = number::parse_words(rest) {
            return Some((start + offset, v, only_article));
        }
        // Skip to the next word.
        let skip = rest.find(|c: char| c.is_whitespace() || c == '-')?;
        let after = rest[skip..].find(|c: char| !(c.is_whitespace() || c == '-'))?;
        offset += skip + after;
        if start + offset >= end {
            return None;
        }
    }
}

/// The word (letters) just before byte `i`, skipping whitespace.
fn preceding_word(text: &str, i: usize) -> &str {
    let head = text[..i].trim_end();
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '\'' || *c == '’')
        .last()
        .map_or(head.len(), |(j, _)| j);
    &head[start..]
}

/// Not part of a larger token: no letter or digit glued before ("Ke$ha") or after ("$5abc"),
/// not inside a URL, a template or code.
fn standalone(text: &str, span: ByteSpan) -> bool {
    let mut before = text[..span.start].chars().rev();
    if let Some(c) = before.next() {
        if c.is_alphanumeric() || "_$\\{=@#%&*^|~".contains(c) {
            return false;
        }
        if (c == '.' || c == ',') && before.next().is_some_and(char::is_alphanumeric) {
            return false;
        }
    }
    let mut after = text[span.end..].chars();
    if let Some(c) = after.next() {
        if c.is_alphanumeric() || "_$%".contains(c) {
            return false;
        }
        if (c == '.' || c == ',') && after.next().is_some_and(|d| d.is_ascii_digit()) {
            return false;
        }
    }
    !in_code_token(text, span)
}

/// Whether the whitespace-delimited token around `span` looks like a URL, markup or code.
fn in_code_token(text: &str, span: ByteSpan) -> bool {
    const LOOK: usize = 256;
    let lo = floor_boundary(text, span.start.saturating_sub(LOOK));
    let hi = ceil_boundary(text, (span.end + LOOK).min(text.len()));
    let head = text[lo..span.start]
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    let tail = text[span.end..hi]
        .split(char::is_whitespace)
        .next()
        .unwrap_or("");
    [head, tail].iter().any(|part| {
        part.contains("://") || part.contains("www.") || part.contains(['=', '{', '}', '\\', '`'])
    })
}
