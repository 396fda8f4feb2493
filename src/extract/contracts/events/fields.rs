//! The details of a contract event read from one sentence: the role of each amount and date,
//! the contract types, the period, the place of performance and the purpose.

use super::cues::{
    ADJECTIVE_OF_CONTRACT, AMOUNT_PATTERNS, ANNOUNCED_ACTION, APPOSITIVE_NAME, AWARD_VERB_TO,
    CONTRACT_TYPE, CONTRACT_TYPES, DATE_AFTER, DATE_KEYWORD, DATE_KEYWORDS, DATE_VERB_AFTER,
    DURATION, FILED_ROLE, ISSUED_ROLE, NO_ROLE, NOT_VERBS, ORDER_TAGS, PERIOD_OPTIONS,
    PERIOD_TOTAL, PLACE, PLACE_END, PURPOSE_END, PURPOSE_INNER, PURPOSE_ON_CONTRACT,
    PURPOSE_REJECT, PURPOSE_START, PURPOSE_SUBORDINATE, RELEASED_ROLE, RESPONSE_NOUN, STAGE_ROLE,
    number_word, re,
};
use std::sync::LazyLock;

use crate::calendar::month_from_name;
use crate::pattern::Regex;
use crate::segment::ByteSpan;

/// A sentence that tells a step of the bidding that led to a contract: "Bids opened July 28.",
/// "Six sealed bids were opened on Sept. 22", "The tender, floated in March, closed in June",
/// "Laurentide beat two rivals after a solicitation that closed in February", "Bids close at
/// noon on 4 March", "a mandatory site visit on 2 May". Its dates of the
/// solicitation, the responses and the meeting with bidders are the last award's (see
/// `add_schedule_dates`).
pub(super) static BIDDING_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:bids|proposals|offers|tenders|quotes|quotations)\s+(?:(?:were|was|had\s+been)\s+)?(?:opened|closed|submitted)\b|\b(?:bids|proposals|offers|tenders|quotes|quotations|submissions)\s+(?:(?:will|must|are\s+to)\s+)?(?:close|closes|closing)\b|\bclosing\s+date\b|\b(?:compulsory|mandatory)\s+(?:[\w-]+\s+)?(?:meeting|briefing|session|site\s+(?:visit|inspection|meeting))s?\b|\bclarification\s+(?:meeting|session)s?\b|\b(?:tender|solicitation|request\s+for\s+(?:[\w-]+\s+)?proposals|rfp|invitation\s+(?:for|to)\s+bids?)(?:\s+[A-Z0-9][\w/.-]*\d[\w/.-]*)?,?\s+(?:(?:was|were|had\s+been)\s+)?(?:advertised|floated|closed|opened)\b|\b(?:after|following)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:solicitation|tender|competition|request\s+for\s+(?:[\w-]+\s+)?proposals|bidding(?:\s+process)?)\s+(?:that|which)\s+(?:closed|opened|was\s+(?:issued|advertised|released))\b",
    )
});

/// How far (bytes) a clause is followed from a mention: enough for any real clause, and a
/// bound that keeps a pathological one-sentence input linear.
pub(super) const REACH: usize = 400;

/// The nearest character boundary at or before `i`.
pub(super) fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nearest character boundary at or after `i`.
pub(super) fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Byte offset of the start of the clause that contains `pos` within `sentence`: after the
/// last ";" (or the sentence start), at most [`REACH`] bytes back.
fn clause_start(text: &str, sentence: ByteSpan, pos: usize) -> usize {
    // `pos` may lie outside the sentence (a mention that straddles its end): never past it.
    let lo = ceil_boundary(text, pos.saturating_sub(REACH).max(sentence.start)).min(pos);
    text[lo..pos].rfind(';').map_or(lo, |i| lo + i + 1)
}

/// Where a clause that contains `pos` ends: the next ";" or the sentence end, at most
/// [`REACH`] bytes on.
fn clause_end(text: &str, sentence: ByteSpan, pos: usize) -> usize {
    let hi = floor_boundary(text, (pos + REACH).min(sentence.end)).max(pos);
    text[pos..hi].find(';').map_or(hi, |i| pos + i)
}

/// A window of at most `max` bytes ending at `end`, cut to a character boundary.
fn window_before(text: &str, start: usize, end: usize, max: usize) -> &str {
    let mut s = end.saturating_sub(max).max(start);
    while !text.is_char_boundary(s) {
        s += 1;
    }
    &text[s..end]
}

fn window_after(text: &str, start: usize, end: usize, max: usize) -> &str {
    let mut e = (start + max).min(end);
    while !text.is_char_boundary(e) {
        e -= 1;
    }
    &text[start..e]
}

/// The role of the amount at `amount` in `sentence`, or `None` when nothing says what it
/// measures. `in_trigger` allows the positional rule ("a $5 million contract").
pub(super) fn amount_role(
    text: &str,
    sentence: ByteSpan,
    amount: ByteSpan,
    in_trigger: bool,
) -> Option<&'static str> {
    let from = clause_start(text, sentence, amount.start);
    let to = clause_end(text, sentence, amount.end);
    let before = window_before(text, from, amount.start, 160);
    // "The estimated value, according to the notice, is $210 million": an attribution set off
    // by commas is no part of the words that give the role.
    let unattributed;
    let before = match before.rfind(", according to ") {
        Some(i) if let Some(j) = before[i + 2..].find(',') => {
            unattributed = format!("{}{}", &before[..i], &before[i + 2 + j + 1..]);
            unattributed.as_str()
        }
        _ => before,
    };
    let after = window_after(text, amount.end, to, 160);
    // Cheap word checks first: most rules need a word the windows do not have.
    let lower = format!("{before} {after}").to_ascii_lowercase();
    for rule in AMOUNT_PATTERNS.iter() {
        if rule.trigger_only && !in_trigger {
            continue;
        }
        if !rule.keys.is_empty() && !rule.keys.iter().any(|k| lower.contains(k)) {
            continue;
        }
        let ok_before = rule
            .before
            .as_ref()
            .is_none_or(|r| r.get().is_match(before));
        // The pattern after is compiled only when the one before matches.
        if ok_before && rule.after.as_ref().is_none_or(|r| r.get().is_match(after)) {
            return (!rule.role.is_empty()).then_some(rule.role);
        }
    }
    None
}

/// Builds the details' two largest tables, in the reverse of the order in which the details
/// first need them: the date keywords ([`DATE_KEYWORD`], a fifth of a one-article run's event
/// patterns) and the amount rules read in every reporting sentence (no gate word, no pattern
/// before). Called by the first of two threads once its part of the first chunk is done
/// ([`super::ContractEvents`]' helper, BENCHMARKS.md phase 28), while the second still builds
/// the events' other tables: compiled only, never searched, so each regex's cache stays the
/// second thread's.
pub(super) fn build_tables() {
    build_date_tables();
    build_amount_tables();
}

/// The date keywords of [`build_tables`], for an article with dates and no amount.
pub(super) fn build_date_tables() {
    LazyLock::force(&DATE_KEYWORD);
}

/// The amount rules of [`build_tables`], for an article with amounts and no date.
pub(super) fn build_amount_tables() {
    for rule in AMOUNT_PATTERNS.iter() {
        if rule.keys.is_empty()
            && rule.before.is_none()
            && let Some(after) = &rule.after
        {
            after.get();
        }
    }
}

/// Whether the date at byte `start` follows the noun of a change to a contract ("signed a
/// bilateral modification on May 12", "the extension, dated Oct. 3"): it dates the change, not
/// the contract changed.
pub(super) fn dates_the_change(text: &str, start: usize) -> bool {
    let lead = window_before(text, 0, start, 60).trim_end();
    let lead = ["on", "dated", "in"]
        .iter()
        .find_map(|w| {
            lead.strip_suffix(w)
                .filter(|l| l.ends_with([' ', ',']))
                .map(|l| l.trim_end_matches([' ', ',']))
        })
        .unwrap_or(lead);
    lead.rsplit(|c: char| !c.is_ascii_alphabetic() && c != '-')
        .next()
        .is_some_and(|w| {
            ["modification", "extension", "amendment", "renewal"]
                .iter()
                .any(|n| w.eq_ignore_ascii_case(n))
        })
}

/// Verbs of telling: a date right after one dates the telling ("said Thursday").
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "announced",
    "announces",
    "reported",
    "confirmed",
    "disclosed",
    "mentioned",
    "stated",
    "noted",
];

/// The role of the date at `date` in `sentence`: the words right after it, else the nearest
/// keyword before it in its clause (since the previous date), else a verb right after it.
/// `None` when nothing speaks of it; `Some(None)` when words say it dates nothing of the event
/// ("said Thursday", "shortlisted three bidders in December").
pub(super) fn date_role(
    text: &str,
    sentence: ByteSpan,
    date: ByteSpan,
    previous_date_end: usize,
    stage_role: Option<&'static str>,
) -> Option<Option<&'static str>> {
    // "…, the agency said Thursday": the day of the telling, not of the action.
    let told = window_before(text, sentence.start.min(date.start), date.start, 24)
        .trim_end()
        .trim_end_matches(" on")
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if SPEECH_VERBS.contains(&told.as_str()) {
        // "The contract, announced on Monday, is worth …": the announcement of the action is
        // its date.
        let announced_action = window_before(text, sentence.start.min(date.start), date.start, 40);
        if ANNOUNCED_ACTION.is_match(announced_action) {
            return Some(stage_role);
        }
        return Some(None);
    }
    // "between June and December 2027": a span, not a point in time; the word before its first
    // date speaks of the span ("the rest of the order between …"), which starts there only
    // when that word is a start's.
    let between = window_before(text, sentence.start.min(date.start), date.start, 12)
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("between"));
    if between
        && window_after(text, date.end, sentence.end.max(date.end), 24)
            .trim_start_matches(',')
            .split_whitespace()
            .next()
            == Some("and")
    {
        let from = clause_start(text, sentence, date.start).max(previous_date_end.min(date.start));
        let role = keyword_role(window_before(text, from, date.start, 70));
        return Some((role == Some("start")).then_some("start"));
    }
    // "The option covers Dec. 1, 2026, to Nov. 30, 2027": the second date of a range ends it;
    // so does the second of "between June and December 2027" when it names its year (not a
    // yearly window, "between mid-July and mid-February each year").
    let after_between = || {
        let w = window_before(
            text,
            sentence.start.min(previous_date_end),
            previous_date_end,
            40,
        );
        w.rfind("between ")
            .is_some_and(|i| w[i + 8..].split_whitespace().count() <= 4)
    };
    if sentence.start < previous_date_end
        && previous_date_end <= date.start
        && let Some(gap) = text.get(previous_date_end..date.start)
        && ([",to", "to", "through", ",through"]
            .contains(&gap.split_whitespace().collect::<String>().as_str())
            || gap.trim() == "and"
                && after_between()
                && text[date.start..date.end].contains(|c: char| c.is_ascii_digit()))
    {
        return Some(Some("completion"));
    }
    // "in the fourth quarter of fiscal 2027, which ends Sept. 30, 2027": the end of the period
    // just named, not of the work.
    if sentence.start < previous_date_end
        && previous_date_end <= date.start
        && let Some(gap) = text.get(previous_date_end..date.start)
    {
        let mut words = gap.trim_start_matches([',', ' ']).split_whitespace();
        if matches!(words.next(), Some("which" | "that"))
            && matches!(
                words.next(),
                Some("ends" | "ended" | "begins" | "began" | "starts" | "started")
            )
            && matches!(words.next(), None | Some("on"))
            && words.next().is_none()
        {
            return Some(None);
        }
    }
    let to = clause_end(text, sentence, date.end);
    let after = window_after(text, date.end, to, 80);
    // "extended last month through June 30, 2028": a relative date (no month name or number)
    // before "through" is when the action happened, not the start of a range.
    let relative = || {
        !text[date.start..date.end]
            .split(|c: char| !c.is_ascii_alphanumeric() && c != '.')
            .any(|w| w.starts_with(|c: char| c.is_ascii_digit()) || month_from_name(w).is_some())
    };
    for (pattern, role) in DATE_AFTER.iter() {
        if pattern.is_match(after) && !(*role == "start" && relative()) {
            return Some(if *role == STAGE_ROLE {
                stage_role
            } else {
                Some(role)
            });
        }
    }
    let from = clause_start(text, sentence, date.start).max(previous_date_end.min(date.start));
    // A keyword further away speaks of something else ("went to X, a small business that has
    // worked for the department since 2016").
    let before = window_before(text, from, date.start, 70);
    let resolve = |role: &'static str| match role {
        NO_ROLE => None,
        STAGE_ROLE => stage_role,
        FILED_ROLE => (stage_role == Some("protest")).then_some("protest"),
        // "The task order was issued in September" in a protest story: the protested award.
        ISSUED_ROLE if stage_role == Some("protest") => Some("award"),
        ISSUED_ROLE => stage_role,
        RELEASED_ROLE => stage_role.filter(|r| matches!(*r, "solicitation" | "presolicitation")),
        // "terminating the contract for convenience, effective June 30": the day a cancelled
        // contract's work ends.
        "start" if stage_role == Some("cancellation") => Some("completion"),
        // "A decision is expected by mid-2027" outside a protest: the award decision (a
        // cancellation's story tells the ruling that led to it).
        "decision" if !matches!(stage_role, Some("protest" | "cancellation")) => Some("award"),
        role => Some(role),
    };
    if let Some(role) = keyword_role(before) {
        // "the last car due by mid-2030": without a response ("proposals are due"), a thing due
        // is a delivery (an opening is of the bids: "advertised in May and opened on July 2").
        if role == "responses_due"
            && !RESPONSE_NOUN.is_match(before)
            && !before
                .split_whitespace()
                .any(|w| matches!(w, "opened" | "closed" | "closing" | "close" | "closes"))
        {
            // "A decision is due by July 2": a ruling due, not a delivery.
            let ruling = before
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| w.eq_ignore_ascii_case("decision") || w.eq_ignore_ascii_case("ruling"));
            if ruling {
                return resolve("decision").map(Some);
            }
            return Some(Some("completion"));
        }
        if role == NO_ROLE {
            return Some(None);
        }
        // "The award … was expected to start in January" in a cancellation's story: the
        // cancelled contract's planned start, not the day its work stops ("effective June 30").
        if role == "start"
            && stage_role == Some("cancellation")
            && before.split_whitespace().rev().take(3).any(|w| {
                ["start", "begin", "began", "commenc"]
                    .iter()
                    .any(|v| w.get(..v.len()).is_some_and(|h| h.eq_ignore_ascii_case(v)))
            })
        {
            return Some(Some("start"));
        }
        return resolve(role).map(Some);
    }
    // "expects to award a single indefinite-delivery/indefinite-quantity contract with
    // firm-fixed-price task orders in the third quarter of fiscal 2027", "plans to award the
    // contract, known as X, in 2028": an award verb further back, with nothing but its object
    // (and a name given to it) before the date.
    let wide = window_before(text, from, date.start, 200);
    if wide.len() > before.len() {
        let plain = APPOSITIVE_NAME.split(wide).collect::<Vec<_>>().join(" ");
        let tail = plain.rsplit([',', ';', ':']).next().unwrap_or("");
        if keyword_role(tail) == Some("award") && AWARD_VERB_TO.is_match(tail) {
            return Some(Some("award"));
        }
        if awarded_to_recipient(&plain) {
            return Some(Some("award"));
        }
    }
    if let Some(c) = DATE_VERB_AFTER.captures(after) {
        let verb = c.name("v").map_or("", |m| m.as_str());
        // "on Tuesday rejected all four bids": a verb without a keyword reports the event's
        // own action.
        return keyword_role(verb)
            .map_or(stage_role.or(Some("award")), resolve)
            .map(Some);
    }
    None
}

/// Words of a past award whose recipient the date follows.
const AWARDED_WORDS: &[&str] = &["awarded", "gave", "handed", "let"];

/// "awarded the contract, worth $96 million over five years, to Acme Corp. on March 31": an
/// award verb, its object and the phrases set off by commas after it (at most two, none with a
/// date keyword of its own), then "to" and a capitalised recipient right before the date.
fn awarded_to_recipient(wide: &str) -> bool {
    let mut parts = wide.rsplit(',');
    let Some(tail) = parts.next() else {
        return false;
    };
    let mut words = tail.split_whitespace();
    let recipient = words.next() == Some("to")
        && words
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    if !recipient || tail.split_whitespace().count() > 8 || keyword_role(tail).is_some() {
        return false;
    }
    for part in parts.take(3) {
        if let Some(role) = keyword_role(part) {
            return role == "award"
                && part
                    .split_whitespace()
                    .any(|w| AWARDED_WORDS.contains(&w.to_ascii_lowercase().as_str()));
        }
        if part.len() > 80 {
            return false;
        }
    }
    false
}

/// Whether the keyword at `before[start..end]` is a word of a name: written in title case after
/// other words of its sentence, and followed by another capitalised word that is no month or
/// weekday ("Open" in "the Coalition for Open Markets", not "a Request for Proposals Tuesday").
fn in_name(before: &str, start: usize, end: usize) -> bool {
    let mut chars = before[start..end].chars();
    let title = chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.next().is_some_and(|c| c.is_ascii_lowercase());
    let lead = before[..start].trim_end();
    let opens = lead.is_empty() || lead.ends_with(['.', ':', '"', '“', '—', '(']);
    if !title || opens {
        return false;
    }
    before[end..].split_whitespace().next().is_some_and(|w| {
        let w = w.trim_end_matches(['.', ',', ';']);
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && month_from_name(w).is_none()
            && !w.ends_with("day")
    })
}

/// Verbs that make "open" an adjective: "keep the ward open", "stayed open".
const KEPT_OPEN: &[&str] = &[
    "keep", "keeps", "kept", "keeping", "stay", "stays", "stayed", "remain", "remains", "remained",
];

/// The role given by the keywords of `before`: the nearest specific one, a verb before a noun
/// it governs, generic ones last.
fn keyword_role(before: &str) -> Option<&'static str> {
    let mut found: Vec<(usize, usize, usize)> = Vec::new(); // (start, end, keyword row)
    for m in DATE_KEYWORD.find_iter(before) {
        let row = m.pattern();
        // "cost-plus-award-fee" names no award, nor "an open-enrollment window" an opening.
        if before[..m.start()].ends_with('-')
            || before[m.end()..].starts_with('-')
                && before[m.end() + 1..].starts_with(|c: char| c.is_ascii_alphabetic())
        {
            continue;
        }
        // "to keep a ward open that would otherwise have closed in March": an adjective, no
        // opening of bids.
        if m.as_str().len() <= 6
            && m.as_str()
                .get(..4)
                .is_some_and(|w| w.eq_ignore_ascii_case("open"))
            && window_before(before, 0, m.start(), 40)
                .split_whitespace()
                .rev()
                .take(4)
                .any(|w| KEPT_OPEN.iter().any(|k| w.eq_ignore_ascii_case(k)))
        {
            continue;
        }
        // "put the remaining work out to bid as a completion contract": a kind of contract, no
        // end of the work.
        if m.as_str()
            .get(..7)
            .is_some_and(|w| w.eq_ignore_ascii_case("complet"))
            && before[m.end()..]
                .split_whitespace()
                .next()
                .is_some_and(|w| {
                    ["contract", "contracts", "contractor", "bond", "bonds"]
                        .iter()
                        .any(|n| w.trim_end_matches([',', '.']).eq_ignore_ascii_case(n))
                })
        {
            continue;
        }
        // "the Coalition for Open Markets complained … in August": a capitalised keyword inside
        // a name names no step of the event.
        if in_name(before, m.start(), m.end()) {
            continue;
        }
        // "from" gives a start only right before its date ("from Oct. 1"), and "through" or
        // "until" an end ("awarded through Army Contracting Command on July 31" is no end; a
        // spinner's "by means of the tip of 2027" is one).
        let right_before = ["from", "through", "until", "by means of", "since"]
            .iter()
            .any(|w| m.as_str().eq_ignore_ascii_case(w));
        let gap = before[m.end()..].trim();
        let part_of = |g: &str| {
            let words: Vec<&str> = g.split_whitespace().collect();
            words.len() == 3 && words[0].eq_ignore_ascii_case("the") && words[2] == "of"
        };
        if right_before && !gap.is_empty() && !part_of(gap) {
            continue;
        }
        found.push((m.start(), m.end(), row));
    }
    let specific: Vec<(usize, usize, usize)> = found
        .iter()
        .copied()
        .filter(|(_, _, r)| !DATE_KEYWORDS[*r].generic)
        .collect();
    let pick = match specific.last() {
        Some(&last) => {
            let kw = &DATE_KEYWORDS[last.2];
            // "protested the award in April": a noun, or a word after a determiner, yields to a
            // verb keyword just before it.
            let determiner_before =
                before[..last.0]
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| {
                        ["the", "a", "an", "its", "their"].contains(&w.to_lowercase().as_str())
                    });
            if kw.noun || determiner_before {
                specific
                    .iter()
                    .rev()
                    .skip(1)
                    .find(|(s, _, r)| !DATE_KEYWORDS[*r].noun && last.0.saturating_sub(*s) <= 40)
                    .copied()
                    .or(Some(last))
            } else {
                Some(last)
            }
        }
        None => found.last().copied(),
    };
    pick.map(|(_, _, r)| DATE_KEYWORDS[r].role)
}

/// Contract types named in `text[span]`, in order of first mention, without repeats.
///
/// A "task order" or "delivery order" tag says the event is an order: the phrase must name one
/// ("a … delivery order", "task order 19AQMM20F1234", "delivery order (0011)"), not an
/// indefinite-delivery contract's orders ("individual task orders", "task order contract").
/// Outside the reporting sentence (`own_instrument` false) only an order named by its number
/// counts.
pub(super) fn contract_types(
    text: &str,
    span: ByteSpan,
    own_instrument: bool,
    out: &mut Vec<&'static str>,
) {
    let piece = &text[span.start..span.end];
    for m in CONTRACT_TYPE.find_iter(piece).take(32) {
        let tag = CONTRACT_TYPES[m.pattern()].0;
        if ORDER_TAGS.contains(&tag) {
            let after = piece[m.end()..].trim_start_matches([' ', '-']);
            let numbered = after.starts_with('(')
                || after
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.len() >= 4 && w.chars().any(|ch| ch.is_ascii_digit()));
            let lower_after = after.to_lowercase();
            if lower_after.starts_with("contract") || lower_after.starts_with("level") {
                continue;
            }
            let determined = own_instrument && {
                let before = &piece[floor_boundary(piece, m.start().saturating_sub(60))..m.start()];
                before
                    .split_whitespace()
                    .rev()
                    .take(5)
                    .any(|w| ["a", "an", "the", "this"].contains(&w.to_lowercase().as_str()))
            };
            if !numbered && !determined {
                continue;
            }
        }
        if !out.contains(&tag) {
            out.push(tag);
        }
    }
}

/// A contract period found in a sentence: its span and total length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Period {
    /// The phrase.
    pub span: ByteSpan,
    /// Total length in (years, months, days), when the phrase tells it.
    pub total: Option<(u32, u32, u32)>,
}

/// Words a period phrase may continue with after its first length.
const PERIOD_WORDS: &[&str] = &[
    "base",
    "ordering",
    "performance",
    "period",
    "periods",
    "of",
    "contract",
    "contracts",
    "option",
    "options",
    "optional",
    "extension",
    "extensions",
    "the",
    // "a 12-month base term and two option years", "two one-year renewal options".
    "term",
    "terms",
    "renewal",
    "plus",
    "and",
    "with",
    "made",
    "up",
    "followed",
    "by",
    "a",
    "an",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "no",
    "for",
    "total",
    "maximum",
    "to",
    "extend",
    "not",
    "exceed",
    "carryover",
    "additional",
    "year",
    "years",
    "month",
    "months",
];

/// Words that make a phrase a contract period rather than any length of time.
const PERIOD_MARKERS: &[&str] = &[
    "base",
    "option",
    "options",
    "ordering",
    "performance",
    "contract",
    "contracts",
    "extension",
    "carryover",
];

/// The first contract period in `sentence` (outside `excluded` spans).
pub(super) fn period(text: &str, sentence: ByteSpan, excluded: &[ByteSpan]) -> Option<Period> {
    let s = &text[sentence.start..sentence.end];
    // ASCII case folding keeps the byte offsets of `s` (full Unicode folding can change a
    // letter's length: 'Ⱦ' is two bytes, 'ⱦ' three).
    let lower_s = s.to_ascii_lowercase();
    let mut starts: Vec<(usize, usize)> = DURATION
        .find_iter(s)
        .map(|m| (m.start(), m.end()))
        .collect();
    for (i, _) in lower_s.match_indices("base year") {
        starts.push((i, i + "base year".len()));
    }
    starts.sort_unstable();
    // The first few lengths are enough; a pathological sentence must stay linear.
    starts.truncate(16);
    for (start, first_end) in starts {
        let abs = ByteSpan::new(sentence.start + start, sentence.start + first_end);
        if excluded.iter().any(|z| z.overlaps(abs)) {
            continue;
        }
        // Extend to the right over period words.
        let mut end = first_end;
        let mut pos = first_end;
        let mut has_marker = lower_s[start..first_end].contains("base");
        loop {
            if pos > start + REACH {
                break;
            }
            let rest = &s[pos..];
            let trimmed = rest.trim_start_matches([' ', ',']);
            let skipped = rest.len() - trimmed.len();
            if skipped == 0 && pos != first_end {
                break;
            }
            let word_len = trimmed
                .find(|c: char| c.is_whitespace() || c == ',' || c == '.' || c == ';')
                .unwrap_or(trimmed.len());
            if word_len == 0 {
                break;
            }
            let word = &trimmed[..word_len];
            let lw = word.to_lowercase();
            let head = &trimmed[..floor_boundary(trimmed, 60)];
            let is_duration = DURATION.find(head).is_some_and(|m| m.start() == 0);
            let is_id =
                word.len() >= 13 && word.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
            let lw_base = lw.split('-').next_back().unwrap_or(&lw).to_string();
            if is_duration {
                let m = DURATION.find(head).map_or(word_len, |m| m.end());
                pos += skipped + m;
                end = pos;
                continue;
            }
            if PERIOD_WORDS.contains(&lw.as_str())
                || PERIOD_WORDS.contains(&lw_base.as_str())
                || is_id
            {
                if PERIOD_MARKERS.contains(&lw.as_str())
                    || PERIOD_MARKERS.contains(&lw_base.as_str())
                {
                    has_marker = true;
                }
                pos += skipped + word_len;
                if ![
                    "and", "with", "plus", "a", "an", "the", "for", "to", "of", "by", "up", "made",
                    "followed", "not", "no",
                ]
                .contains(&lw.as_str())
                {
                    end = pos;
                }
                continue;
            }
            break;
        }
        // Back up to a leading article.
        let mut phrase_start = start;
        for article in ["a ", "an ", "A ", "An "] {
            if s[..start].ends_with(article) {
                phrase_start = start - article.len();
            }
        }
        let before = s[..phrase_start].trim_end().to_lowercase();
        let after_amount_or_contract = (before.ends_with(" over") || before.ends_with(" for")) && {
            let head = before.trim_end_matches(" over").trim_end_matches(" for");
            let tail = &head[ceil_boundary(head, head.len().saturating_sub(40))..];
            tail.contains('$')
                || tail.contains("million")
                || tail.contains("billion")
                || tail.contains("dollars")
                || tail.ends_with("contract")
                || tail.ends_with("option")
                || tail.ends_with("deal")
        };
        // "a five-year, $38.6 million contract": a length that qualifies the contract.
        let qualifies_contract = s[start..first_end].contains('-')
            && ADJECTIVE_OF_CONTRACT.is_match(&s[first_end..floor_boundary(s, first_end + 80)]);
        // "extended its contract … by six months", "for another six months": the length an
        // extension adds; "renewed its contract with X for one more year": a renewal's.
        let extension_length = (lower_s.contains("extend") || lower_s.contains("renew"))
            && [" by", " another", " additional", " for"]
                .iter()
                .any(|w| before.ends_with(w));
        // "It runs seven years, with …", "a contract that runs 18 months", "begin July 1 and
        // run four years": the length the contract runs (not "the pilot bus will run for four
        // months").
        let runs_for = {
            let head = before.strip_suffix(" for").unwrap_or(&before);
            let mut words = head.rsplit(' ');
            matches!(words.next(), Some("runs" | "run" | "ran"))
                && matches!(
                    words.next(),
                    Some(
                        "it" | "they"
                            | "that"
                            | "which"
                            | "and"
                            | "contract"
                            | "contracts"
                            | "agreement"
                            | "deal"
                            | "term"
                    )
                )
        };
        // "420 calendar days from the notice to proceed": a construction contract's time.
        let contract_time = {
            let rest = lower_s[end..].trim_start();
            ["from", "after"].iter().any(|w| {
                rest.strip_prefix(w).is_some_and(|r| {
                    let r = r.trim_start();
                    let r = r.strip_prefix("the ").unwrap_or(r);
                    r.starts_with("notice to proceed") || r.starts_with("ntp")
                })
            })
        };
        if !has_marker
            && !after_amount_or_contract
            && !qualifies_contract
            && !extension_length
            && !runs_for
            && !contract_time
        {
            continue;
        }
        if before.ends_with(" ago") || before.ends_with(" within") || before.ends_with(" in") {
            continue;
        }
        let span = ByteSpan::new(sentence.start + phrase_start, sentence.start + end);
        let phrase = &text[span.start..span.end];
        return Some(Period {
            span,
            total: period_total(phrase),
        });
    }
    None
}

fn number(word: &str) -> Option<u32> {
    word.parse::<u32>().ok().or_else(|| number_word(word))
}

/// (years, months, days) of "five years", "one-year", "60-month", "30-day".
fn duration_parts(s: &str) -> Option<(u32, u32, u32)> {
    let c = DURATION.captures(s)?;
    let n = number(c.name("n")?.as_str())?;
    let unit = c.name("u")?.as_str().to_lowercase();
    Some(if unit.starts_with("year") {
        (n, 0, 0)
    } else if unit.starts_with("month") {
        (0, n, 0)
    } else if unit.starts_with("week") {
        (0, 0, 7 * n)
    } else {
        (0, 0, n)
    })
}

/// The total length a period phrase states or implies: an explicit total ("for a maximum of
/// five years"), a length made up of parts ("a five-year ordering period made up of …"), or
/// the base plus its options.
pub(super) fn period_total(phrase: &str) -> Option<(u32, u32, u32)> {
    let lower = phrase.to_lowercase();
    if let Some(c) = PERIOD_TOTAL.captures(&lower) {
        return c.name("tot").and_then(|m| duration_parts(m.as_str()));
    }
    let first = DURATION.find(&lower);
    if lower.contains("made up of")
        && let Some(m) = first
    {
        return duration_parts(m.as_str());
    }
    // The base: the first length, or "a base year".
    let base_year = lower.find("base year");
    let base = match (first, base_year) {
        (Some(m), Some(b)) if b < m.start() => (1, 0, 0),
        (Some(m), _) => duration_parts(m.as_str())?,
        (None, Some(_)) => (1, 0, 0),
        (None, None) => return None,
    };
    let base_end = match (first, base_year) {
        (Some(m), Some(b)) if b < m.start() => b + "base year".len(),
        (Some(m), _) => m.end(),
        _ => base_year.map_or(0, |b| b + "base year".len()),
    };
    let mut total = base;
    for c in PERIOD_OPTIONS.captures_iter(&lower[base_end..]) {
        let add = if let (Some(count), Some(len)) = (
            c.name("count").or(c.name("count3")),
            c.name("olen").or(c.name("olen3")),
        ) {
            let n = number(count.as_str())?;
            let (y, m, d) = duration_parts(len.as_str())?;
            (n * y, n * m, n * d)
        } else if let Some(count) = c.name("count2") {
            (number(count.as_str())?, 0, 0)
        } else if let Some(len) = c.name("ext").or(c.name("ext2")).or(c.name("ext3")) {
            duration_parts(len.as_str())?
        } else {
            continue;
        };
        total = (total.0 + add.0, total.1 + add.1, total.2 + add.2);
    }
    Some(total)
}

/// (years, months, days) as an ISO 8601 duration, months folded into years.
pub(super) fn iso_duration((y, m, d): (u32, u32, u32)) -> String {
    let years = y + m / 12;
    let months = m % 12;
    let mut out = String::from("P");
    if years > 0 {
        out.push_str(&format!("{years}Y"));
    }
    if months > 0 {
        out.push_str(&format!("{months}M"));
    }
    if d > 0 {
        out.push_str(&format!("{d}D"));
    }
    if out == "P" {
        out.push_str("0D");
    }
    out
}

/// The place of performance stated in `sentence`.
pub(super) fn place(text: &str, sentence: ByteSpan) -> Option<ByteSpan> {
    let s = &text[sentence.start..sentence.end];
    let c = PLACE.captures(s)?;
    let m = c.get(0)?;
    let rest = &s[m.end()..];
    // "The work to be performed provides for …" names no place.
    if m.as_str().to_lowercase().contains("performed")
        && c.name("prep").is_none()
        && !rest.starts_with(|ch: char| ch.is_uppercase())
        && !rest.to_lowercase().starts_with("worldwide")
    {
        return None;
    }
    let end = PLACE_END.find(rest).map_or(rest.len(), |e| e.start());
    let piece = rest[..end].trim_end_matches([',', ' ', '.', ';']);
    // A bare period of the abbreviation "D.C." must stay.
    let piece = if rest[..end].trim_end().ends_with("D.C.") {
        rest[..end].trim_end().trim_end_matches(',')
    } else {
        piece
    };
    let start = sentence.start + m.end();
    (!piece.trim().is_empty()).then(|| ByteSpan::new(start, start + piece.len()))
}

/// The purpose of the contract: the "for …", "supporting …" or "to <verb> …" clause after
/// `from` in `sentence`, trimmed of attributions and trailing clauses.
pub(super) fn purpose(text: &str, sentence: ByteSpan, from: usize) -> Option<ByteSpan> {
    let s = &text[..sentence.end];
    let mut pos = from;
    let mut tries = 0;
    while pos < sentence.end && tries < 8 {
        tries += 1;
        let c = PURPOSE_START.captures(&s[pos..])?;
        let m = c.get(0)?;
        if PURPOSE_SUBORDINATE.is_match(&s[from..pos + m.start()]) {
            return None;
        }
        let clause_start = pos + m.end();
        let keep_word =
            c.name("verb").is_some() || m.as_str().to_lowercase().starts_with("supporting");
        // "according to award notices", "due to delays": no purpose.
        let word_before = s[..pos + m.start()]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .to_lowercase();
        if c.name("verb").is_some()
            && ["according", "due", "owing", "thanks"].contains(&word_before.as_str())
        {
            pos += m.end();
            continue;
        }
        if let Some(verb) = c.name("verb") {
            let v = verb.as_str();
            let lowercase_ok = v.chars().next().is_some_and(char::is_lowercase)
                || text[sentence.start..sentence.end]
                    .chars()
                    .all(|c| !c.is_lowercase());
            let lower = v.to_lowercase();
            let head = lower.split('-').next().unwrap_or(&lower);
            if !lowercase_ok
                || NOT_VERBS.contains(&lower.as_str())
                || NOT_VERBS.contains(&head)
                || lower.ends_with("ing")
                || (lower.ends_with('s') && !lower.ends_with("ss"))
            {
                pos += m.end();
                continue;
            }
        }
        let start = if keep_word {
            pos + m.start()
        } else {
            clause_start
        };
        let rest = &s[clause_start..];
        let candidate = &s[start..];
        // "to foreign military sales contract X": "to" before a noun phrase, not a verb.
        let noun_phrase = c.name("verb").is_some() && {
            let ws: Vec<String> = candidate
                .split_whitespace()
                .take(5)
                .map(|w| {
                    w.trim_matches(|ch: char| !ch.is_alphanumeric())
                        .to_lowercase()
                })
                .collect();
            let determiner = ws.get(2).is_some_and(|w| {
                [
                    "a",
                    "an",
                    "the",
                    "its",
                    "their",
                    "all",
                    "new",
                    "additional",
                    "and",
                ]
                .contains(&w.as_str())
            });
            !determiner
                && ws
                    .iter()
                    .skip(2)
                    .any(|w| w == "contract" || w == "agreement")
        };
        if noun_phrase
            || PURPOSE_REJECT.is_match(if c.name("verb").is_some() {
                candidate
            } else {
                rest
            })
        {
            pos += m.end();
            continue;
        }
        let rest = &rest[..floor_boundary(rest, 2 * REACH)];
        let mut end = PURPOSE_END
            .find(rest)
            .map_or(clause_start + rest.len(), |e| clause_start + e.start());
        // A quoted purpose ends with its quote.
        let mut start = start;
        if let Some(q) = text[start..end].strip_prefix(['“', '"'])
            && let Some(close) = q.find(['”', '"'])
        {
            start += text[start..].chars().next().map_or(1, char::len_utf8);
            end = start + close;
        }
        let mut span = ByteSpan::new(start, end);
        // "for a multiple-award contract covering X" → X.
        if let Some(inner) = PURPOSE_INNER.find(&text[span.start..span.end]) {
            span.start += inner.end();
        }
        let piece = text[span.start..span.end].trim_end_matches([',', ' ', '.', ';', '”', '"']);
        span.end = span.start + piece.len();
        if span.end > span.start + 2 {
            return Some(span);
        }
        pos += m.end();
    }
    None
}

/// "an option on its X contract": X.
pub(super) fn purpose_on_contract(text: &str, sentence: ByteSpan, from: usize) -> Option<ByteSpan> {
    let c = PURPOSE_ON_CONTRACT.captures(&text[from..sentence.end])?;
    let m = c.name("p")?;
    let piece = m.as_str().trim_end();
    let start = from + m.start();
    (piece.len() > 2).then(|| ByteSpan::new(start, start + piece.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(text: &str) -> ByteSpan {
        ByteSpan::new(0, text.len())
    }

    fn role_of(text: &str, amount: &str, trigger: bool) -> Option<&'static str> {
        let s = text.find(amount).unwrap();
        amount_role(
            text,
            whole(text),
            ByteSpan::new(s, s + amount.len()),
            trigger,
        )
    }

    #[test]
    fn mentions_straddling_the_sentence_never_cut_backwards() {
        // A date that begins before the sentence or ends after it (fuzz): no inverted slices.
        let text = "Work ends in June; the contract was awarded on Tuesday. More text follows.";
        let sentence = ByteSpan::new(19, 55);
        for (start, end) in [(13, 17), (46, 62), (0, 74), (55, 74)] {
            let _ = date_role(text, sentence, ByteSpan::new(start, end), 0, None);
            let _ = date_role(text, sentence, ByteSpan::new(start, end), end, None);
        }
    }

    #[test]
    fn period_survives_letters_whose_lower_case_is_longer() {
        // Fuzz: 'Ⱦ' (two bytes) lower-cases to 'ⱦ' (three), which shifted every offset after
        // it in a fully lower-cased copy of the sentence.
        let text = "ȾȾȾȾ a five-year base period and four option years follow.";
        let p = period(text, whole(text), &[]).expect("a period");
        let got = &text[p.span.start..p.span.end];
        assert!(got.contains("five-year base period"), "{got:?}");
    }

    #[test]
    fn amount_roles() {
        let cases: &[(&str, &str, bool, Option<&str>)] = &[
            // A reduction told by its size, and the total it leaves.
            (
                "The amendment lowers the agreement's value by $2.2 million, to $9.8 million.",
                "$2.2 million",
                false,
                Some("value"),
            ),
            (
                "The amendment lowers the agreement's value by $2.2 million, to $9.8 million.",
                "$9.8 million",
                false,
                Some("cumulative"),
            ),
            (
                "The change order shaves about $640,000 off the paving price.",
                "$640,000",
                false,
                Some("value"),
            ),
            (
                "The revised deal cuts $1.5 million from what the county pays.",
                "$1.5 million",
                false,
                Some("value"),
            ),
            // The winner's low bid after its award.
            (
                "Northgate's bid of $4,210,000 was the lowest of five.",
                "$4,210,000",
                false,
                Some("value"),
            ),
            (
                "The winning offer of $880,000 came in lowest.",
                "$880,000",
                false,
                Some("value"),
            ),
            (
                "The renewal adds about $1.9 million.",
                "$1.9 million",
                false,
                Some("value"),
            ),
            (
                "ordered 300 kits, well above the contract's $2 million guaranteed minimum.",
                "$2 million",
                false,
                Some("minimum"),
            ),
            (
                "was awarded a $91,992,023 firm-fixed-price contract for beach fill.",
                "$91,992,023",
                true,
                Some("value"),
            ),
            (
                "funds in the amount of $91,992,023 were obligated at the time of the award.",
                "$91,992,023",
                false,
                Some("obligated"),
            ),
            (
                "has been awarded a maximum $8,372,721 firm-fixed price contract",
                "$8,372,721",
                true,
                Some("ceiling"),
            ),
            (
                "The guaranteed minimum amount is $1,000 and will be satisfied",
                "$1,000",
                false,
                Some("minimum"),
            ),
            (
                "The cost of the job is at minimum $100 million over five years.",
                "$100 million",
                false,
                Some("value"),
            ),
            (
                "which, if exercised, would increase cumulative contract value to $49,870,343.",
                "$49,870,343",
                false,
                Some("potential"),
            ),
            (
                "After award of this option, the total cumulative contract value will be $48,598,810.",
                "$48,598,810",
                false,
                Some("cumulative"),
            ),
            (
                "The modification brings the maximum dollar value of the contract to $33,144,937 from $21,410,170.",
                "$21,410,170",
                false,
                None,
            ),
            (
                "The modification brings the maximum dollar value of the contract to $33,144,937 from $21,410,170.",
                "$33,144,937",
                false,
                Some("cumulative"),
            ),
            (
                "The total capacity of the entire ID/IQ is $7,500,000,000.",
                "$7,500,000,000",
                false,
                Some("ceiling"),
            ),
            (
                "a cost-plus-fixed-fee, $98,000,000 ceiling, indefinite-delivery contract",
                "$98,000,000",
                true,
                Some("ceiling"),
            ),
            (
                "ICE obligated $18.4 million at award.",
                "$18.4 million",
                false,
                Some("obligated"),
            ),
            (
                "This order combines purchases for the U.S. Air Force ($102,694,415; 47 percent)",
                "$102,694,415",
                false,
                None,
            ),
            (
                "a $235,390,812 cost-plus-fixed-fee contract (including options) for",
                "$235,390,812",
                true,
                Some("potential"),
            ),
            (
                "The total amount of all orders placed against the contract shall not exceed $126,895,698.",
                "$126,895,698",
                false,
                Some("ceiling"),
            ),
            (
                "Each company is guaranteed a minimum of $2,500, and",
                "$2,500",
                false,
                Some("minimum"),
            ),
        ];
        for (text, amount, trigger, want) in cases {
            assert_eq!(role_of(text, amount, *trigger), *want, "{text} / {amount}");
        }
    }

    fn date_role_of(text: &str, date: &str) -> Option<&'static str> {
        let s = text.find(date).unwrap();
        date_role(
            text,
            whole(text),
            ByteSpan::new(s, s + date.len()),
            0,
            Some("award"),
        )
        .flatten()
    }

    #[test]
    fn date_roles() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            // A kind of contract is no end of the work; the release it plans is dated.
            (
                "The county will rebid the rest as a completion contract and hopes to advertise it by April.",
                "April",
                Some("solicitation"),
            ),
            // The approval of the money that pays for the work dates nothing of the contract.
            (
                "The plant is financed by a federal loan approved in 2024.",
                "2024",
                None,
            ),
            (
                "Repairs will be paid from the bond issue voters approved in May.",
                "May",
                None,
            ),
            // The close of the bidding, with or without a time of day between.
            (
                "Quotations closing at 12:00 on 5 August must be sealed.",
                "5 August",
                Some("responses_due"),
            ),
            (
                "The closing date for tenders is 30 April.",
                "30 April",
                Some("responses_due"),
            ),
            (
                "The closing date is 30 April.",
                "30 April",
                Some("responses_due"),
            ),
            // A briefing bidders must attend is the meeting with them.
            (
                "Firms must attend a mandatory briefing session at the depot on 2 March.",
                "2 March",
                Some("industry_day"),
            ),
            // "released it" in an award's story: which document is unclear.
            (
                "The county released it in April and expects to pick a hauler by fall.",
                "April",
                None,
            ),
            // Another contract's end, told with its owner.
            (
                "The dockworkers' union's contract expires in 2028, and talks are under way.",
                "2028",
                None,
            ),
            (
                "The incumbent, Westmark Ltd, has done the work since 2019. Its contract expires on 30 June 2027.",
                "30 June 2027",
                None,
            ),
            // "open" as an adjective.
            (
                "The grant kept the clinic open, which would otherwise have closed in May.",
                "May",
                None,
            ),
            // A keyword inside a compound word names nothing.
            (
                "members can switch plans during an open-enrollment window in the spring",
                "the spring",
                None,
            ),
            // A request that has been released, whatever the event's stage.
            (
                "The agency got 12 offers on the request for proposals, which was issued in May.",
                "May",
                Some("solicitation"),
            ),
            // The release of bids to come, not the award.
            (
                "The harbor board expects to put the dock repairs out for bids next spring.",
                "next spring",
                Some("solicitation"),
            ),
            (
                "The district hopes to re-advertise the paving job by March.",
                "March",
                Some("solicitation"),
            ),
            (
                "The parks manager solicited three quotes in June, and the lowest came from Alder.",
                "June",
                Some("solicitation"),
            ),
            // Meetings with bidders before the deadline.
            (
                "A bidders' conference will be held online on April 9.",
                "April 9",
                Some("industry_day"),
            ),
            (
                "with a mandatory pre-bid walk-through at the depot on May 2 and bids due May 30",
                "May 2",
                Some("industry_day"),
            ),
            // Questions asked about a solicitation have a deadline of their own.
            (
                "Questions on the solicitation are due Feb. 3, and offers are due Feb. 24.",
                "Feb. 3",
                None,
            ),
            // A delivery promised by a day ends the work.
            (
                "The dealer is to deliver the mowers, assembled and fuelled, by April 15.",
                "April 15",
                Some("completion"),
            ),
            (
                "The supplier guaranteed delivery no later than Oct. 1, 2027.",
                "Oct. 1, 2027",
                Some("completion"),
            ),
            // A deadline for other firms to answer a notice is the responses'.
            (
                "gives rival makers until noon on March 8 to say so in writing",
                "March 8",
                Some("responses_due"),
            ),
            // A plant's commercial operation starts the purchase agreement.
            (
                "The contract sets a commercial operation date of June 1, 2029, for the wind farm.",
                "June 1, 2029",
                Some("start"),
            ),
            // An award decision is the award.
            (
                "The agency said it expects to make a new award decision by March 15.",
                "March 15",
                Some("award"),
            ),
            (
                "Work will be performed in Brick, New Jersey, with an estimated completion date of May 30, 2018.",
                "May 30, 2018",
                Some("completion"),
            ),
            (
                "Locations of performance are Ohio and Puerto Rico, with a Jan. 19, 2018, performance completion date.",
                "Jan. 19, 2018",
                Some("completion"),
            ),
            (
                "plan to release a pre-solicitation for the deal in mid-January and award the contract in the 3rd quarter of fiscal 2021",
                "mid-January",
                Some("presolicitation"),
            ),
            (
                "plan to release a pre-solicitation for the deal in mid-January and award the contract in the 3rd quarter of fiscal 2021",
                "the 3rd quarter of fiscal 2021",
                Some("award"),
            ),
            (
                "Rival bidder SOC LLC protested the award in April, arguing",
                "April",
                Some("protest"),
            ),
            (
                "THE STATE DEPARTMENT ON FRIDAY CANCELED A $2.1 BILLION CONTRACT",
                "FRIDAY",
                Some("cancellation"),
            ),
            (
                "The period of performance of this contract is Nov. 30, 2018, through Nov. 29, 2023.",
                "Nov. 30, 2018",
                Some("start"),
            ),
            (
                "Orders can be placed until Sept. 29, 2026.",
                "Sept. 29, 2026",
                Some("ordering_end"),
            ),
            (
                "The cost-plus-award-fee contract began July 1, 2018, with a three-year base period",
                "July 1, 2018",
                Some("start"),
            ),
            (
                "Fiscal 2014 operations and maintenance funds were obligated at the time of the award.",
                "Fiscal 2014",
                None,
            ),
            (
                "in response to solicitation HC1047-20-R-0012, which it issued in April 2020.",
                "April 2020",
                Some("solicitation"),
            ),
        ];
        for (text, date, want) in cases {
            assert_eq!(date_role_of(text, date), *want, "{text} / {date}");
        }
        // A court's opinion on a protest is its decision.
        let text = "The judge's opinion, released on Aug. 3, rejected every claim.";
        let at = text.find("Aug. 3").unwrap();
        let role = date_role(
            text,
            whole(text),
            ByteSpan::new(at, at + "Aug. 3".len()),
            0,
            Some("protest"),
        );
        assert_eq!(role.flatten(), Some("decision"));
    }

    #[test]
    fn dates_of_a_change() {
        let at = |text: &str, date: &str| dates_the_change(text, text.find(date).unwrap());
        assert!(at(
            "We signed a two-way modification on July 9 that runs the deal to 2028.",
            "July 9"
        ));
        assert!(at("The extension, dated Oct. 3, adds a year.", "Oct. 3"));
        assert!(!at(
            "The contract, awarded on Oct. 3, was extended.",
            "Oct. 3"
        ));
    }

    #[test]
    fn bidding_sentences() {
        for text in [
            "Bids opened Aug. 4.",
            "Clerk Ana Ruiz said nine sealed bids were opened on March 3.",
            "The tender, floated in May, drew six offers.",
            "The invitation to bid 26-114 closed in June.",
            "Corvid won after a competitive solicitation that closed in April.",
            "Offers close at noon on 14 May.",
            "The closing date is Friday.",
            "Attendance at a compulsory site visit on 2 March is required.",
            "A clarification session will be held online on 9 June.",
        ] {
            assert!(BIDDING_SENTENCE.is_match(text), "{text}");
        }
        for text in [
            "The bridge opened to traffic in 2019.",
            "The company submitted its annual report in March.",
            "Work starts in May.",
            "The plant is closing in June.",
        ] {
            assert!(!BIDDING_SENTENCE.is_match(text), "{text}");
        }
    }

    #[test]
    fn periods() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "It is a contract with a one-year base period and four one-year options, for a maximum of five years.",
                "a one-year base period and four one-year options, for a maximum of five years",
                "P5Y",
            ),
            (
                "which has a five-year ordering period made up of a base year plus four option years.",
                "a five-year ordering period made up of a base year plus four option years",
                "P5Y",
            ),
            (
                "for a base year and four option years.",
                "a base year and four option years",
                "P5Y",
            ),
            (
                "This is a four-year base contract with three, three-year option periods.",
                "a four-year base contract with three, three-year option periods",
                "P13Y",
            ),
            (
                "This is a four-year base contract with one four-year option period and an option to extend, not to exceed six months.",
                "a four-year base contract with one four-year option period and an option to extend, not to exceed six months",
                "P8Y6M",
            ),
            (
                "This is a one-year contract with no option periods.",
                "a one-year contract with no option periods",
                "P1Y",
            ),
            (
                "The cost is at minimum $100 million over five many years.",
                "five many years",
                "P5Y",
            ),
            (
                "each with a five-year ordering period and an optional three-year extension.",
                "a five-year ordering period and an optional three-year extension",
                "P8Y",
            ),
        ];
        for (text, phrase, value) in cases {
            let p = period(text, whole(text), &[]).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(&text[p.span.start..p.span.end], *phrase);
            assert_eq!(p.total.map(iso_duration).as_deref(), Some(*value), "{text}");
        }
        let t = "which has campaigned against the work for three years.";
        assert_eq!(period(t, whole(t), &[]), None);
    }

    #[test]
    fn places_and_purposes() {
        // A relative clause of the place that ends the sentence ends it (not one in a list).
        let t =
            "Work will be performed at Fort Knox, where the school is, and at two depots in Texas.";
        let p = place(t, whole(t)).unwrap();
        assert_eq!(
            &t[p.start..p.end],
            "Fort Knox, where the school is, and at two depots in Texas"
        );
        let t = "Work will be performed in Duluth, Minnesota, where the hulls will be welded.";
        let p = place(t, whole(t)).unwrap();
        assert_eq!(&t[p.start..p.end], "Duluth, Minnesota");
        let t = "Work will be performed in Ashburn and at ICE headquarters in Washington, D.C., and is expected to be completed by Aug. 31, 2026.";
        let p = place(t, whole(t)).unwrap();
        assert_eq!(
            &t[p.start..p.end],
            "Ashburn and at ICE headquarters in Washington, D.C."
        );
        let t = "Work will be performed in St. Louis (83%); Mascoutah, Ill. (9%); and Patuxent River (8%), and is expected to be completed in August 2024.";
        let p = place(t, whole(t)).unwrap();
        assert_eq!(
            &t[p.start..p.end],
            "St. Louis (83%); Mascoutah, Ill. (9%); and Patuxent River (8%)"
        );
        let t = "ICE has awarded a $109 million contract to a Virginia company to manage the agency’s systems hosted on Amazon Web Services and Microsoft Azure, according to a notice published Thursday.";
        let p = purpose(t, whole(t), t.find("awarded").unwrap()).unwrap();
        assert_eq!(
            &t[p.start..p.end],
            "to manage the agency’s systems hosted on Amazon Web Services and Microsoft Azure"
        );
        let t = "ICE officers are in the current market for “cloud infrastructure hosting in AWS and Microsoft Azure environments,” in accordance to a listing.";
        let p = purpose(t, whole(t), t.find("market").unwrap()).unwrap();
        assert_eq!(
            &t[p.start..p.end],
            "cloud infrastructure hosting in AWS and Microsoft Azure environments"
        );
        let t = "released solicitation N00024-21-R-4412 for a multiple-award contract covering maintenance and modernization of surface ships based in San Diego, with an estimated value of $2.4 billion.";
        let p = purpose(t, whole(t), t.find("released").unwrap()).unwrap();
        assert_eq!(
            &t[p.start..p.end],
            "maintenance and modernization of surface ships based in San Diego"
        );
    }
}
