//! Cleaning: marks scraped boilerplate (photo captions and credits, "Loading...", "Advertisement",
//! "Continue Reading", "For more articles like this…", copyright trailers, share and subscribe
//! prompts) so that extractors skip it. The text itself is never rewritten: offsets into it must
//! stay valid.
//!
//! Boilerplate lives on lines of its own, so the rules judge whole lines. The rules are a table
//! of (reason, pattern), each compiled once; they are anchored at the start of the line, so most
//! of them reject a story line within a few bytes. Scraped text is often run through synonym
//! spinners ("Go on Examining" for "Continue Reading", "For additional content articles like
//! this"), so the patterns accept the usual spun variants. A caption that is repeated in the body right after its photo credit is marked
//! as a caption too.

use std::collections::HashSet;
use std::sync::{LazyLock, OnceLock};

use crate::pattern::Regex;

use crate::segment::ByteSpan;

/// A boilerplate region found by [`find_boilerplate`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// The line, without its line break and surrounding whitespace.
    pub span: ByteSpan,
    /// Why it is boilerplate (see [`crate::record::Boilerplate::reason`]).
    pub reason: &'static str,
}

/// How many of the latest captions a repeated caption is compared with.
const RECENT_CAPTIONS: usize = 4;

/// Lines longer than this are story text whatever they look like (captions excepted).
const MAX_PROMPT_LINE: usize = 160;

/// Lines longer than this are story text, captions included: the rules are not even tried.
/// (Scraped paragraphs can be thousands of characters long, and the rules' bounded repetitions
/// make the set's automaton too large to run fast over them.)
const MAX_CAPTION_LINE: usize = 600;

/// (reason, whole-line pattern). Matched case-insensitively against the trimmed line.
const RULES: &[(&str, &str)] = &[
    (
        "loading",
        r"^(loading(\s*(\.\.\.|…))?|load(ing)? error|error loading( content)?\W*)$",
    ),
    (
        "advertisement",
        r"^(advertisement|advertising|ad|sponsored( content)?|paid (post|content)|(story|article) continues (below|after)( (this )?(advertisement|ad))?|skip (this )?ad)\W*$",
    ),
    (
        "continue_reading",
        r"^(continue|keep|go on|carry on|proceed|resume|retain)( on)? (reading|examining|studying|looking through|browsing|perusing)\W*$",
    ),
    (
        "continue_reading",
        r"^(read|see|show|view) (more|the (full|whole|complete|rest of the) (story|article))\W*$",
    ),
    (
        "more_articles",
        r"^(for|find|read|get|see) (more|additional|extra|further|far more|much more)(?-u:\b).{0,40}(?-u:\b)like (this|these)(?-u:\b).*$",
    ),
    (
        "more_articles",
        r"^((more|most read|most popular|top stories|related( (articles|stories|coverage|content|reading|posts|news|links))?|(associated|linked) (articles|stories|posts)|recommended( for you| stories)?|you (may|might) also like|trending( now)?)\s*(from|on)?\s*[\w .&]{0,30})\W*$",
    ),
    // "Read more: Council tax to rise 4.99% as budget gap widens": a link to another story.
    (
        "more_articles",
        r"^(read more|read also|also read|related|see also|more)\s*:\s+.{1,160}$",
    ),
    (
        "photo_credit",
        r"^(©\s*)?(photo(graph(er)?)?|image|picture|video|illustration|credit)s?( credit)?\s*:.{0,80}$",
    ),
    (
        "photo_credit",
        r"^.{0,80}(?-u:\b)(getty images|afp via getty images|ap photo|reuters/\w+|bloomberg/bloomberg|shutterstock)\)?\W*$",
    ),
    (
        "copyright",
        r"^(©|\(c\)|copyright(?-u:\b))\s*(\d{4}([-–]\d{4})?)?(?-u:\b).{0,80}$",
    ),
    ("copyright", r"^.{0,80}(?-u:\b)all rights reserved\W*$"),
    (
        "share_prompt",
        r"^(share|share this( article| story| page)?|tweet( this)?|email|print|copy link|share (on|via) (facebook|twitter|x|linkedin|whatsapp|email)|follow us on .{1,40}|click here .{0,80}|like us on facebook)\W*$",
    ),
    (
        "subscribe_prompt",
        r"^(subscribe|sign up|signup|join|get)(?-u:\b).{0,100}(?-u:\b)(newsletter|newsletters|subscription|subscribe|inbox|updates|briefing|alerts)(?-u:\b).{0,40}$",
    ),
    (
        "subscribe_prompt",
        r"^(subscribe( now| today)?|sign up( now| today)?|log in|sign in)\W*$",
    ),
    // Auto-generated alt text in front of a caption: "a close up of a computer keyboard: Servers …".
    ("caption", r"^[a-z][\w ,'’-]{2,100}:\s+\p{Lu}.*$"),
    ("caption", r"^(caption|file photo|photo|pictured)\s*:.*$"),
    (
        "caption",
        r"^.*\((photo|image|picture) (by|credit|courtesy)[^)]*\)\s*$",
    ),
];

/// [`RULES`] compiled one by one. Not one `RegexSet`: the rules' bounded repetitions and
/// Unicode classes make the set's lazy DFA give up and the engine fall back to its slowest
/// matcher, while each rule alone mostly stays on the DFA (given a larger cache than the
/// default), and being anchored at the start of the line, most of them reject a story line
/// within its first few bytes.
///
/// The alt-text caption rule is case-sensitive on its first letter (a lower-case start is what
/// marks alt text): it is compiled as [`ALT_TEXT`], which matches exactly the lines that the
/// case-insensitive rule and the lower-case check together accept.
///
/// Each rule comes in three forms, because the Unicode classes under bounded repetitions
/// (`.{0,80}`, `[\w .&]{0,30}`) make large automata, slow to compile (about 30 ms at startup
/// for all the rules):
/// - for ASCII lines (most lines), the rule with those classes narrowed to ASCII
///   ([`ascii_only`]): it matches exactly the same ASCII lines and compiles fast (the first
///   time a line passes the rule's start gate: most rules' gates rule out every line of a
///   short article, whose run then compiles few of them);
/// - for other lines, the rule with its classes widened and its bounds dropped ([`loose`]): it
///   matches every line the rule matches (and more), compiles fast, and so rules most lines
///   out cheaply;
/// - the rule as written, compiled the first time a non-ASCII line passes the loose form.
static RULE_REGEXES: LazyLock<Vec<RuleRegex>> = LazyLock::new(|| {
    RULES
        .iter()
        .map(|(_, p)| {
            let pattern = if p.starts_with("^[a-z]") {
                ALT_TEXT.to_string()
            } else {
                format!("(?i){p}")
            };
            let ascii = ascii_only(&pattern);
            RuleRegex {
                start: StartGate::of(&ascii),
                ascii,
                ascii_regex: OnceLock::new(),
                loose: OnceLock::new(),
                unicode: OnceLock::new(),
                pattern,
            }
        })
        .collect()
});

/// One rule of [`RULES`], in the forms described at [`RULE_REGEXES`].
struct RuleRegex {
    /// What the first two bytes of an ASCII line that `ascii` matches can be: most lines are
    /// ruled out without running the regex. (From the ASCII form, whose classes are small and
    /// quick to parse: the Unicode pattern's `\w` and `\W` under `(?i)` would cost several
    /// milliseconds at startup.)
    start: StartGate,
    /// The pattern as matched on any line.
    pattern: String,
    /// [`ascii_only`] of it, for lines made of ASCII characters only.
    ascii: String,
    /// `ascii`, compiled the first time an ASCII line passes `start`.
    ascii_regex: OnceLock<Regex>,
    /// [`loose`] of it, compiled the first time a non-ASCII line needs it.
    loose: OnceLock<Regex>,
    /// `pattern`, compiled the first time a non-ASCII line passes `loose`.
    unicode: OnceLock<Regex>,
}

impl RuleRegex {
    /// Whether the rule matches `line` (`ascii`: whether the line is all ASCII).
    fn is_match(&self, line: &str, ascii: bool) -> bool {
        if ascii {
            return self.start.admits(line.as_bytes())
                && self
                    .ascii_regex
                    .get_or_init(|| rule_regex(&self.ascii))
                    .is_match(line);
        }
        self.loose
            .get_or_init(|| rule_regex(&loose(&self.pattern)))
            .is_match(line)
            && self
                .unicode
                .get_or_init(|| rule_regex(&self.pattern))
                .is_match(line)
    }
}

/// The bytes a match of an anchored rule can start with: the first and the second byte of
/// each of the rule's prefix literals, as the regex engine's own literal extractor finds them
/// (case variants included). A line whose first two bytes are not among them cannot match, so
/// the regex is not run: that is most lines for most rules, and running sixteen regexes on
/// every line was most of the cleaning's time. A rule that is not anchored at the start, or
/// whose matches have no finite set of prefixes (`^.{0,80}…`), admits every line.
struct StartGate {
    /// Allowed first bytes, or `None` to admit every line.
    first: Option<Box<[bool; 256]>>,
    /// Allowed second bytes, or `None` when some match can be one byte long.
    second: Option<Box<[bool; 256]>>,
}

impl StartGate {
    /// The gate of `pattern` (as compiled, flags included).
    fn of(pattern: &str) -> StartGate {
        use regex_syntax::hir::Look;
        use regex_syntax::hir::literal::{ExtractKind, Extractor};
        let open = StartGate {
            first: None,
            second: None,
        };
        let Ok(hir) = regex_syntax::parse(pattern) else {
            return open;
        };
        if !hir.properties().look_set_prefix().contains(Look::Start) {
            return open;
        }
        let seq = Extractor::new()
            .kind(ExtractKind::Prefix)
            .limit_class(64)
            // Only the first two bytes are used; longer literals would multiply the case
            // variants to no purpose (and cost milliseconds at startup).
            .limit_literal_len(2)
            .extract(&hir);
        let Some(literals) = seq.literals() else {
            return open;
        };
        let mut first = Box::new([false; 256]);
        let mut second = Some(Box::new([false; 256]));
        for literal in literals {
            match *literal.as_bytes() {
                [] => return open,
                [a] => {
                    first[usize::from(a)] = true;
                    second = None;
                }
                [a, b, ..] => {
                    first[usize::from(a)] = true;
                    if let Some(second) = &mut second {
                        second[usize::from(b)] = true;
                    }
                }
            }
        }
        StartGate {
            first: Some(first),
            second,
        }
    }

    /// Whether a line starting with `bytes` may match.
    fn admits(&self, bytes: &[u8]) -> bool {
        let Some(first) = &self.first else {
            return true;
        };
        match bytes {
            [] => false,
            [a] => first[usize::from(*a)] && self.second.is_none(),
            [a, b, ..] => {
                first[usize::from(*a)]
                    && self
                        .second
                        .as_ref()
                        .is_none_or(|second| second[usize::from(*b)])
            }
        }
    }
}

fn rule_regex(pattern: &str) -> Regex {
    Regex::with_dfa_cache(pattern, RULE_DFA_CACHE).expect("boilerplate rules are valid regexes")
}

/// Classes and their ASCII members: `\w` is `[0-9A-Za-z_]` in ASCII, `\s` the five ASCII
/// white-space controls and the space, `\d` `[0-9]`; `.` (no `s` flag) is any character but a
/// line feed. Whole classes of the rules come first, so that the escapes inside them are read
/// as part of them.
const ASCII_CLASSES: &[(&str, &str)] = &[
    (r"[\w .&]", r"0-9A-Za-z_ .&"),
    (r"[\w ,'’-]", r"0-9A-Za-z_ ,'-"),
    (r"[^)]", r"\x00-\x28\x2A-\x7F"),
    (r"\W", r"\x00-\x2F\x3A-\x40\x5B-\x5E\x60\x7B-\x7F"),
    (r"\w", r"0-9A-Za-z_"),
    (r"\s", r"\t\n\x0B\x0C\r\x20"),
    (r"\d", r"0-9"),
    (r"\p{Lu}", r"A-Z"),
    (".", r"\x00-\x09\x0B-\x7F"),
];

/// How [`with_classes`] rewrites a class of [`ASCII_CLASSES`].
#[derive(Clone, Copy)]
enum Classes {
    /// Its ASCII members only: on a line of ASCII characters the pattern then matches exactly
    /// when the original does.
    Ascii,
    /// Its ASCII members and every non-ASCII character: a larger class, small to compile.
    Wide,
}

/// `pattern` with its classes of [`ASCII_CLASSES`] rewritten as `classes` says. Escaped
/// characters (`\.`) and other classes are kept as they are.
fn with_classes(pattern: &str, classes: Classes) -> String {
    let mut out = String::with_capacity(pattern.len() * 2);
    let mut rest = pattern;
    'scan: while let Some(c) = rest.chars().next() {
        for (class, ascii) in ASCII_CLASSES {
            if let Some(after) = rest.strip_prefix(class) {
                // Case-sensitive: the members are closed under ASCII case already, and
                // case-folding the non-ASCII range would take long.
                out.push_str("(?-i:[");
                if let Classes::Wide = classes {
                    // First, so that a final `-` of the members stays a literal.
                    out.push_str(r"\x{80}-\x{10FFFF}");
                }
                out.push_str(ascii);
                out.push_str("])");
                rest = after;
                continue 'scan;
            }
        }
        // Copied as is: an escape with the character it escapes, a class up to its end (the
        // rules' other classes hold no escape that `ASCII_CLASSES` rewrites), or a character.
        let len = match c {
            '\\' => 1 + rest[1..].chars().next().map_or(0, char::len_utf8),
            '[' => rest.find(']').map_or(rest.len(), |i| i + 1),
            _ => c.len_utf8(),
        };
        out.push_str(&rest[..len]);
        rest = &rest[len..];
    }
    out
}

/// `pattern` narrowed to ASCII lines (see [`Classes::Ascii`]).
fn ascii_only(pattern: &str) -> String {
    with_classes(pattern, Classes::Ascii)
}

/// A pattern that matches every text `pattern` matches, and compiles fast: its classes
/// widened ([`Classes::Wide`]) and its bounds dropped ([`unbounded`]).
fn loose(pattern: &str) -> String {
    unbounded(&with_classes(pattern, Classes::Wide))
}

/// `pattern` with every bounded repetition `{m,n}` made unbounded (`{m,}`): it matches every
/// text `pattern` matches. (Rule patterns have no literal braces.)
pub(crate) fn unbounded(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let tail = &rest[open..];
        let close = tail.find('}').unwrap_or(0);
        let inner = &tail[1..close.max(1)];
        match inner.split_once(',') {
            Some((min, max))
                if close > 0
                    && !min.is_empty()
                    && !max.is_empty()
                    && min.bytes().chain(max.bytes()).all(|b| b.is_ascii_digit()) =>
            {
                out.push('{');
                out.push_str(min);
                out.push_str(",}");
                rest = &tail[close + 1..];
            }
            _ => {
                out.push('{');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Lazy-DFA cache of each rule (the regex crate's default is 2 MiB): with less, the bounded
/// repetitions fill it on long lines and the search falls back to the slow PikeVM.
const RULE_DFA_CACHE: usize = 16 << 20;

/// The alt-text caption rule as matched: lower-case first letter, then words, a colon, and a
/// capitalised caption ("a close up of a computer keyboard: Servers stand…"). The rule's bound
/// on the words (`{2,100}`) is checked apart ([`ALT_TEXT_MAX_WORDS`]): a Unicode `\w` repeated
/// 100 times makes an automaton that takes a tenth of a second to compile at startup.
const ALT_TEXT: &str = r"^[a-z][\w ,'’-]{2,}:\s+\p{Lu}";

/// Most characters between the first letter and the colon of alt text (the rule's `{2,100}`).
/// No character of the run is a colon, so the run ends at the line's first colon.
const ALT_TEXT_MAX_WORDS: usize = 100;

/// Whether an [`ALT_TEXT`] match also keeps the rule's bound: at most [`ALT_TEXT_MAX_WORDS`]
/// characters between the first letter and the first colon.
fn alt_text_within_bound(line: &str) -> bool {
    let colon = line.find(':').unwrap_or(line.len());
    line[..colon].chars().count() <= ALT_TEXT_MAX_WORDS + 1
}

/// Finds the boilerplate lines of `text`, in text order.
pub fn find_boilerplate(text: &str) -> Vec<Region> {
    let mut out: Vec<Region> = Vec::new();
    let mut captions: Vec<HashSet<String>> = Vec::new();
    let mut lines_since_caption = usize::MAX;
    let mut in_link_list = false;
    let mut offset = 0;
    for raw in crate::segment::lines_inclusive(text) {
        let line_start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let span = ByteSpan::new(line_start + lead, line_start + lead + trimmed.len());
        lines_since_caption = lines_since_caption.saturating_add(1);
        let reason = classify(trimmed).or_else(|| {
            // The caption repeated as body text right after the photo and its credit.
            (lines_since_caption <= 3
                && !captions.is_empty()
                && repeats_caption(trimmed, &captions))
            .then_some("caption")
        });
        // The headlines listed under "Related Posts" or "More from Bloomberg": short lines
        // without a sentence's final stop, up to the first line of prose.
        let reason =
            reason.or_else(|| (in_link_list && is_link_title(trimmed)).then_some("more_articles"));
        in_link_list = match reason {
            Some("more_articles") => in_link_list || is_list_heading(trimmed),
            _ => false,
        };
        if let Some(reason) = reason {
            if matches!(reason, "caption" | "photo_credit") {
                lines_since_caption = 0;
                if reason == "caption" {
                    // A repeat follows its caption within a few lines, so only the latest
                    // captions matter; keeping all would make a page of captions quadratic.
                    if captions.len() == RECENT_CAPTIONS {
                        captions.remove(0);
                    }
                    captions.push(word_set(trimmed));
                }
            }
            out.push(Region { span, reason });
        }
    }
    out
}

/// The longest line taken for a headline in a list of links to other stories.
const MAX_LINK_TITLE: usize = 150;

/// Whether a "more articles" line is a heading over a list ("Related Posts", "More from
/// Bloomberg", "Related Posts:" with nothing after its colon), not a link of its own ("Read
/// more: Council weighs fee increase").
fn is_list_heading(line: &str) -> bool {
    !line.trim_end_matches([':', ' ']).contains(':')
}

/// Whether a line under a list heading reads as a linked headline: short, without the final
/// stop of a sentence ("DHS Extends Border Tech Contract").
fn is_link_title(line: &str) -> bool {
    line.len() <= MAX_LINK_TITLE
        && line.split_whitespace().count() <= 16
        && !line.ends_with(['.', '!', '?', ':', ',', ';', '"', '”'])
}

/// The reason a single trimmed line is boilerplate, if it is: the first rule of [`RULES`] that
/// matches, where lines over [`MAX_PROMPT_LINE`] can only be captions.
fn classify(line: &str) -> Option<&'static str> {
    if line.len() > MAX_CAPTION_LINE {
        return None;
    }
    let long = line.len() > MAX_PROMPT_LINE;
    let ascii = line.is_ascii();
    for ((reason, pattern), rule) in RULES.iter().zip(RULE_REGEXES.iter()) {
        if long && *reason != "caption" {
            continue;
        }
        if !rule.is_match(line, ascii) {
            continue;
        }
        if pattern.starts_with("^[a-z]") && !alt_text_within_bound(line) {
            continue;
        }
        return Some(reason);
    }
    None
}

/// Lower-cased words of three letters or more.
fn word_set(line: &str) -> HashSet<String> {
    line.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .collect()
}

/// Whether `line` shares most of its words with a caption seen before (a spun or exact repeat).
fn repeats_caption(line: &str, captions: &[HashSet<String>]) -> bool {
    let words = word_set(line);
    if words.len() < 5 {
        return false;
    }
    captions.iter().any(|c| {
        let shared = words.intersection(c).count();
        shared * 2 >= words.len().max(1) && shared * 2 >= c.len().min(words.len())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reasons(text: &str) -> Vec<(&str, &'static str)> {
        find_boilerplate(text)
            .into_iter()
            .map(|r| (&text[r.span.start..r.span.end], r.reason))
            .collect()
    }

    #[test]
    fn prompts_and_trailers() {
        let text = "Story line one.\n\nLoading...\n\nLoad Error\n\nAdvertisement\n\nContinue Reading\n\
                    Go on Examining\nFor additional content articles like this, you should take a look at us at bloomberg.com\n\
                    ©2020 Bloomberg L.P.\nSubscribe to our newsletter for daily updates\nShare this article\n";
        assert_eq!(
            reasons(text),
            vec![
                ("Loading...", "loading"),
                ("Load Error", "loading"),
                ("Advertisement", "advertisement"),
                ("Continue Reading", "continue_reading"),
                ("Go on Examining", "continue_reading"),
                (
                    "For additional content articles like this, you should take a look at us at bloomberg.com",
                    "more_articles"
                ),
                ("©2020 Bloomberg L.P.", "copyright"),
                (
                    "Subscribe to our newsletter for daily updates",
                    "subscribe_prompt"
                ),
                ("Share this article", "share_prompt"),
            ]
        );
    }

    #[test]
    fn links_to_other_stories() {
        let text = "Story line one.\n\nRead more: Council weighs fee increase for storm sewer fund\n\
                    Related: Europe's ammunition ramp-up, two years on\nRELATED: A story\n\
                    The related contracts: two awards in May and one in June.\n\
                    More: Navy picks shipyard for frigate repairs\n";
        assert_eq!(
            reasons(text),
            vec![
                (
                    "Read more: Council weighs fee increase for storm sewer fund",
                    "more_articles"
                ),
                (
                    "Related: Europe's ammunition ramp-up, two years on",
                    "more_articles"
                ),
                ("RELATED: A story", "more_articles"),
                (
                    "More: Navy picks shipyard for frigate repairs",
                    "more_articles"
                ),
            ]
        );
    }

    #[test]
    fn headlines_under_a_list_heading() {
        let text = "Story line one.\n\nRelated Posts\nCity Picks Vendor for Water Meters\n\
                    Army Extends Base Support Contract\n\nThe council meets again on Monday.\n\n\
                    Associated Articles\nState Awards Road Salt Deal\n\n\
                    More stories:\nCounty Lands Bridge Repair Order\n";
        assert_eq!(
            reasons(text),
            vec![
                ("Related Posts", "more_articles"),
                ("City Picks Vendor for Water Meters", "more_articles"),
                ("Army Extends Base Support Contract", "more_articles"),
                ("Associated Articles", "more_articles"),
                ("State Awards Road Salt Deal", "more_articles"),
                ("More stories:", "more_articles"),
                ("County Lands Bridge Repair Order", "more_articles"),
            ]
        );
        // A link of its own opens no list.
        assert_eq!(
            reasons("Read more: Council weighs a fee\nNavy Picks Shipyard\n"),
            vec![("Read more: Council weighs a fee", "more_articles")]
        );
    }

    #[test]
    fn captions_credit_and_repeat() {
        let text = "Intro.\n\na close up of a computer keyboard: Servers stand in a computer room at the Yahoo! Inc. Lockport Data Center in Lockport, New York.\n\n\
                    © Photographer: Bloomberg/Bloomberg\n\
                    Servers stand in a computer system place at the Yahoo! Inc. Lockport Info Middle in Lockport, New York.\n\n\
                    ICE officers are in the current market for cloud hosting.\n";
        let r = reasons(text);
        assert_eq!(r.len(), 3, "{r:?}");
        assert_eq!(r[0].1, "caption");
        assert_eq!(
            r[1],
            ("© Photographer: Bloomberg/Bloomberg", "photo_credit")
        );
        assert_eq!(r[2].1, "caption");
    }

    #[test]
    fn alt_text_bound_is_kept() {
        // 100 characters between the first letter and the colon: alt text; 101: story text.
        let words = |n: usize| format!("a{}: Servers stand in a room.", "b".repeat(n));
        assert_eq!(reasons(&words(100)).len(), 1);
        assert_eq!(reasons(&words(101)), vec![]);
        assert_eq!(reasons(&words(1)), vec![]);
    }

    #[test]
    fn ascii_forms_match_as_the_rules_do() {
        let mut lines: Vec<String> = include_str!("../corpus/seed-bloomberg-ice-cloud.txt")
            .lines()
            .map(str::to_string)
            .collect();
        lines.extend(
            [
                "Loading...",
                "Advertisement",
                "Continue Reading",
                "Go on Examining",
                "For additional content articles like this, you should take a look at us",
                "Related Coverage from Reuters & AP",
                "More from Bloomberg",
                "Top Stories",
                "Photo: John Smith/Getty Images",
                "Staff writer (AP Photo/Jane Doe)",
                "Copyright 2020 Acme Inc. All rights reserved.",
                "Follow us on Twitter",
                "Sign up for our daily newsletter and get the latest updates in your inbox",
                "a close up of a computer keyboard: Servers stand in a room.",
                "Caption: the plant",
                "The plant (photo by John Smith)",
                "(c) 2019-2020 Acme",
                "Share this story",
                "ab: X",
                "a\tb: C",
            ]
            .map(str::to_string),
        );
        for width in [30, 40, 41, 80, 81, 100, 101] {
            for head in ["More from ", "Follow us on ", "Get ", "(c) 2020 ", "x "] {
                lines.push(format!(
                    "{head}{} like this all rights reserved",
                    "w".repeat(width)
                ));
                lines.push(format!("{head}{}", "w ".repeat(width / 2)));
            }
        }
        lines.extend(lines.clone().iter().map(|l| format!("{l} ’")));
        lines.push(format!("© Photographer: {}", "é".repeat(90)));
        for line in lines.iter().map(|l| l.trim()) {
            for rule in RULE_REGEXES.iter() {
                let unicode = rule_regex(&rule.pattern);
                assert_eq!(
                    rule.is_match(line, line.is_ascii()),
                    unicode.is_match(line),
                    "{line:?} / {}",
                    rule.pattern
                );
            }
        }
    }

    #[test]
    fn start_gates_admit_every_match() {
        // Case variants that Unicode folding matches (Kelvin sign, long s), and lines of one
        // or two bytes.
        let mut lines: Vec<String> = [
            "\u{212A}eep reading",
            "\u{17F}ubscribe",
            "\u{17F}hare this story",
            "LOADING",
            "ad",
            "AD",
            "Ad.",
            "a",
            "©",
            "© 2020 Acme",
            "Photo: x",
            "(C) 2020",
            "a close-up: X",
        ]
        .map(str::to_string)
        .to_vec();
        lines.extend(
            RULES
                .iter()
                .map(|(_, p)| p.replace(['^', '$', '(', ')', '?'], "")),
        );
        for line in &lines {
            for rule in RULE_REGEXES.iter() {
                let unicode = rule_regex(&rule.pattern);
                if unicode.is_match(line) {
                    assert!(
                        !line.is_ascii() || rule.start.admits(line.as_bytes()),
                        "{line:?} / {}",
                        rule.pattern
                    );
                    assert!(
                        rule.is_match(line, line.is_ascii()),
                        "{line:?} / {}",
                        rule.pattern
                    );
                }
            }
        }
        // Most rules are gated (not those starting with `.{0,80}` or `.*`, nor the photo
        // credit's, whose optional `©\s*` makes too many prefixes).
        let gated = RULE_REGEXES
            .iter()
            .filter(|r| r.start.first.is_some())
            .count();
        assert!(
            gated >= RULES.len() - 4,
            "{gated} of {} rules gated",
            RULES.len()
        );
        let loading = StartGate::of("(?i)^loading$");
        assert!(loading.admits(b"Loading") && loading.admits(b"lOAD"));
        assert!(!loading.admits(b"Lxading") && !loading.admits(b"The") && !loading.admits(b"l"));
        assert!(StartGate::of("(?i)loading").admits(b"The loading"));
    }

    #[test]
    fn unbounded_drops_only_upper_bounds() {
        assert_eq!(
            unbounded(r"^a{0,80}\d{4}[x]{2,}b{1,40}$"),
            r"^a{0,}\d{4}[x]{2,}b{1,}$"
        );
        assert_eq!(unbounded("{,3}{"), "{,3}{");
    }

    #[test]
    fn story_lines_are_not_boilerplate() {
        let text = "The company said it would continue reading the contract terms.\n\
                    Copyright law was at the heart of the case, the judge said in a ruling on Tuesday that ran to 40 pages and more.\n\
                    Share prices rose 5%.\n\
                    More than 100 Microsoft employees signed an open letter.\n\
                    ICE officials plan to release a pre-solicitation for the deal in mid-January.\n";
        assert_eq!(reasons(text), vec![]);
    }
}
