//! The grammar of temporal expressions: a table of rules, matched at the words that can start
//! an expression.
//!
//! Each rule is a pattern and the [`Kind`] of expression it finds. Patterns are written with
//! `%NAME%` placeholders for shared fragments (month names, numbers, units, fiscal-year
//! phrases…), most of them generated from the word tables in [`super::lexicon`]. Named groups
//! carry the meaning ("year", "mon", "rel"…) and the resolver reads them by name: a rule says
//! only how an expression is written, never how it is valued. One name may be written several
//! times in a rule with suffixes (`fy`, `fy_2`), which read as one.
//!
//! Matching is anchored: the tagger visits the words that can begin an expression
//! ([`Grammar::may_begin`]: digits, month names, "last"…, and "the", "a", "that" only before
//! such a word), asks one multi-pattern automaton which rule matches first there, and reads
//! its groups with that rule's own small matcher. Rules are tried in table order, so longer and more specific shapes come
//! first ("Friday, Sept. 26, 2014" before "Sept. 26" before "Sept."). Words that only cue an
//! expression ("in [October]", "for [years]", "at least [two years]") are not triggers: the
//! routines look back at them. Word boundaries are ASCII (`(?-u:\b)`) so the lazy DFA never
//! gives up on non-ASCII text, and whitespace runs are bounded, so every match is short.

use std::sync::LazyLock;

use std::sync::OnceLock;

use regex_automata::hybrid::dfa::{self as lazy, DFA as LazyDfa};
use regex_automata::nfa::thompson::{self, backtrack, backtrack::BoundedBacktracker};
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input, MatchKind, PatternID, PatternSet};

use super::lexicon;
use super::words::{WordTable, pack_at};

mod splice;

/// What kind of expression a rule finds; the resolver has one routine per kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A clock time ("3 p.m.", "16:08 UTC", "1600 GMT", "noon"), maybe with its day.
    Clock,
    /// A part of a day ("this morning", "Friday night", "tonight").
    PartOfDay,
    /// A calendar date or month, with or without a year ("Sept. 26, 2014", "in October").
    Date,
    /// A numeric date ("7/8/07", "26.09.2014").
    NumericDate,
    /// A range of days of one month ("June 5-7", "Jan. 26–27, 2021"): two dates.
    DayRange,
    /// A calendar or fiscal quarter ("Q3 2021", "the third quarter of fiscal 2021").
    Quarter,
    /// A half year ("the first half of 2021").
    Half,
    /// A U.S. federal fiscal year ("fiscal 2021", "FY21", "the 2020 fiscal year").
    FiscalYear,
    /// A season ("summer 2021", "last fall").
    Season,
    /// A decade ("the 1990s", "the '80s").
    Decade,
    /// A century ("the 21st century").
    Century,
    /// A holiday ("Christmas", "Thanksgiving 2020").
    Holiday,
    /// "a second consecutive day": the current day (week…) of the story.
    Consecutive,
    /// An age ("a 45-year-old").
    Age,
    /// A counted duration, maybe anchored ("five years", "two years ago", "the next six months").
    Duration,
    /// A duration with no number ("several years", "recent years", "for years").
    VagueDuration,
    /// A duration adjective ("year-long", "multiyear").
    UnitAdjective,
    /// A recurrence ("weekly", "every two years", "twice a year", "every Monday").
    Set,
    /// A reference to another date of the text ("the following day", "that time", "the day").
    Anaphor,
    /// The period under discussion, maybe shifted ("the quarter", "the same quarter a year
    /// earlier", "the same period of 2020").
    SamePeriod,
    /// A period relative to the DCT ("last week", "this year", "the end of the year").
    RelativePeriod,
    /// today, yesterday, tomorrow, tonight.
    Deictic,
    /// A weekday ("Friday", "last Tuesday").
    Weekday,
    /// A vague reference ("now", "recently", "the future").
    Reference,
    /// A year ("2018", "early 2021", "'82").
    Year,
    /// A range of years ("2009–2011", "2018-19").
    YearRange,
}

/// One rule of the grammar.
struct Rule {
    kind: Kind,
    pattern: &'static str,
}

const fn rule(kind: Kind, pattern: &'static str) -> Rule {
    Rule { kind, pattern }
}

/// The rules, most specific first (see the module docs for why the order matters).
#[rustfmt::skip]
const RULES: &[Rule] = &[
    // --- times of day, maybe with their day ("3 p.m. Tuesday", "7 p.m. June 22")
    rule(Kind::Clock, r"%B%(?P<hh>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5][0-9]))?%S0%(?P<ap>[ap]\.m\.|[ap]\.m%B%|[ap]m%B%)%TZ%(?:%S%%DAYWORD%)?"),
    rule(Kind::Clock, r"%B%(?P<hh>[01]?[0-9]|2[0-3]):(?P<mi>[0-5][0-9])(?::[0-5][0-9])?%B%%TZ%(?:%S%%DAYWORD%)?"),
    rule(Kind::Clock, r"%B%(?P<hh>[01][0-9]|2[0-3])(?P<mi>[0-5][0-9])%S0%(?P<tz>%ZONES%)%B%(?:%S%%DAYWORD%)?"),
    rule(Kind::Clock, r"%B%(?:12%S%)?(?P<named>noon|midday|midnight)%B%(?:%S%%DAYWORD%)?"),
    // A full date before its time ("Thursday 7 March 2024 18.30 GMT", "Jan 24 2024, 11:52 IST",
    // "Sept. 26, 2014, at 3:15 p.m. EDT"): the date and time lines of news pages.
    rule(Kind::Clock, r"%B%(?:%WD%,?%S%)?(?:%MON%%S0%%DAY%,?%S%%YEAR%|(?P<day_2>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?%B%%S%(?P<mon_2>%MONTHS%%B%|%MONTHABBR%%B%\.?),?%S%(?P<year_2>[12][0-9]{3})%B%)(?:,|%S0%(?:-|–|—|\|))?%S%(?:at%S%)?(?:(?P<hh>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5][0-9]))?%S0%(?P<ap>[ap]\.m\.|[ap]\.m%B%|[ap]m%B%)|(?P<hh_2>[01]?[0-9]|2[0-3])[:.](?P<mi_2>[0-5][0-9])%B%)%TZ%"),
    rule(Kind::PartOfDay, r"%B%(?P<rel>next|this%S%past|this%S%coming|coming|past)%S%(?P<dw>%WEEKDAYS%)%S%(?P<pod>morning|afternoon|evening|night)%B%"),
    rule(Kind::PartOfDay, r"%B%(?P<dw>this|last|tomorrow|yesterday|(?P<wd>%WEEKDAYS%))%S%(?P<pod>morning|afternoon|evening|night)%B%"),
    // --- dates
    rule(Kind::DayRange, r"%B%%MON%%S0%%DAY%(?:-|–)(?P<day2>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?%B%(?:,?%S%%YEAR%)?"),
    rule(Kind::Date, r"%B%(?:%WD%,?%S%)?%MON%%S0%%DAY%(?:,%S0%|%S%)%YEAR%"),
    rule(Kind::Date, r"%B%(?:%WD%,?%S%)?(?:the%S%)?%DAY%(?:%S%of)?%S%%MON%,?%S%%YEAR%"),
    rule(Kind::Date, r"%B%(?P<year>[12][0-9]{3})-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12][0-9]|3[01])%B%"),
    rule(Kind::NumericDate, r"%B%(?P<na>[0-9]{1,2})/(?P<nb>[0-9]{1,2})/(?P<nc>[0-9]{4}|[0-9]{2})%B%"),
    rule(Kind::NumericDate, r"%B%(?P<na>[0-9]{1,2})\.(?P<nb>[0-9]{1,2})\.(?P<nc>[0-9]{4})%B%"),
    // "June 30 of last year", "on 4 March this year": a day of a year told relative to the DCT.
    rule(Kind::Date, r"%B%(?:%WD%,?%S%)?%MON%%S0%%DAY%(?:,?%S%of)?%S%(?P<ry>this|last|next)%S%year%B%"),
    rule(Kind::Date, r"%B%(?:%WD%,?%S%)?(?:the%S%)?%DAY%(?:%S%of)?%S%%MON%(?:,?%S%of)?%S%(?P<ry>this|last|next)%S%year%B%"),
    rule(Kind::Date, r"%B%(?:%WD%,?%S%)?%MON%%S0%%DAY%"),
    rule(Kind::Date, r"%B%(?:%WD%,?%S%)?(?:the%S%)?%DAY%(?:%S%of)?%S%%MON%"),
    rule(Kind::Date, r"%B%%POS%?%MD%?%MON%,?%S%(?:of%S%)?%YEAR%"),
    rule(Kind::Date, r"%B%%POS%?%MD%?%MON%%S%(?:of%S%)?(?P<ry>this|last|next)%S%year%B%"),
    rule(Kind::Date, r"%B%%MD%?(?P<rel>this%S%past|last|this|next|coming)%S%%MON%"),
    rule(Kind::Date, r"%B%(?:%POS%|%MD%)%MON%"),
    // --- quarters, halves, fiscal years
    rule(Kind::Quarter, r"%B%%POS%?(?:the%S%)?(?P<ord>%ORD%)%HY%(?P<fq>fiscal%HY%)?quarter%S%of%S%(?:the%S%)?%FYEXPR%"),
    rule(Kind::Quarter, r"%B%%POS%?(?:the%S%)?(?P<ord>%ORD%)%HY%quarter%S%of%S%(?:its|their|the%S%company%AP%s|the|this|the%S%current)%S%(?P<fq>fiscal)%S%(?:year|yr)%B%"),
    rule(Kind::Quarter, r"%B%%POS%?(?:the%S%)?(?P<ord>%ORD%)%HY%quarter%S%of%S%(?:%YEAR%|(?:the%S%)?(?P<ry>this|last|next|current|previous|following|prior)%S%year%B%|(?P<ty>the%S%year)%B%|(?P<that>that%S%year)%B%)"),
    rule(Kind::Quarter, r"%B%(?P<fq>fiscal%S%)?(?-i:Q)(?P<qn>[1-4])%S0%(?:of%S%)?%FYEXPR%"),
    rule(Kind::Quarter, r"%B%%FYEXPR%(?:%S%|%S0%-%S0%)(?-i:Q)(?P<qn>[1-4])%B%"),
    rule(Kind::Quarter, r"%B%(?P<year>[12][0-9]{3})(?:%S%|-)(?-i:Q)(?P<qn>[1-4])%B%"),
    rule(Kind::Quarter, r"%B%(?P<fq>fiscal%S%)?(?-i:Q)(?P<qn>[1-4])(?:%S%|-|%S%of%S%)(?:%YEAR%|%AP%(?P<yy>[0-9]{2})%B%)"),
    rule(Kind::Quarter, r"%B%(?P<qn>[1-4])(?-i:Q)%S0%%AP%?(?:(?P<yy>[0-9]{2})|(?P<year>[12][0-9]{3}))%B%"),
    rule(Kind::Quarter, r"%B%(?:the%S%)?(?P<qmon>%MONTHS%|%MONTHABBR%)%S0%(?:-|–)%S0%(?:%MONTHS%|%MONTHABBR%)%S%quarter%B%(?:%S%(?:of%S%)?%YEAR%)?"),
    rule(Kind::Quarter, r"%B%%POS%?(?:the%S%)?(?:(?P<fq>fiscal)%HY%(?P<ord>%ORD%)|(?P<ord_2>%ORD%)%HY%(?P<fq_2>fiscal))%HY%quarter%B%(?:%S%%YEAR%)?"),
    rule(Kind::Quarter, r"%B%%POS%?(?:the%S%)?(?P<ord>%ORD%)%HY%quarter%B%(?:%S%%YEAR%)?"),
    rule(Kind::Quarter, r"%B%%POS%?(?:the%S%)?(?P<rel>last|this|next|previous|current|coming|past|prior|latest|most%S%recent)%S%(?P<fq>fiscal%S%)?quarter%B%"),
    rule(Kind::Quarter, r"%B%(?-i:Q)(?P<qn>[1-4])%B%"),
    rule(Kind::Half, r"%B%(?:the%S%)?(?P<half>first|second|1st|2nd|latter|back|front)%HY%half%S%of%S%(?:%YEAR%|(?:the%S%)?(?P<ry>this|last|next|current|previous|following|prior)%S%year%B%|(?P<ty>the%S%year)%B%)"),
    rule(Kind::Half, r"%B%(?-i:H)(?P<hn>[12])%S0%(?:%YEAR%|%AP%(?P<yy>[0-9]{2})%B%)"),
    rule(Kind::Half, r"%B%(?P<hn>[12])(?-i:H)%AP%?(?P<yy>[0-9]{2})%B%"),
    rule(Kind::Half, r"%B%(?P<half>first|second)-half%B%"),
    rule(Kind::Half, r"%B%(?P<bare>the)%S%(?P<half>first|second|latter|back)%S%half%B%"),
    rule(Kind::FiscalYear, r"%B%%POS%?(?:the%S%)?%FYEXPR%"),
    rule(Kind::FiscalYear, r"%B%%POS%?the%S%(?P<fbare>fiscal)%S%(?:year|yr)%B%"),
    // --- "the same quarter a year earlier", "the same period of 2020", "the quarter"
    rule(Kind::SamePeriod, r"%B%the%S%same%S%(?P<what>period|quarter|month|week|day|half|time)(?:%S%(?:a|one)%S%year%S%(?P<back>earlier|ago|before|prior)|%S%(?P<back_2>last)%S%year|%S%(?:of|in)%S%%YEAR%)%B%"),
    rule(Kind::SamePeriod, r"%B%(?P<the>the)%S%(?P<what>quarter)%B%"),
    // --- seasons, decades, centuries, holidays
    rule(Kind::Season, r"%B%%POS%?%MD%?(?:the%S%)?(?P<season>%SEASONS%)%S%(?:of%S%)?%YEAR%"),
    rule(Kind::Season, r"%B%%MD%?(?P<rel>this%S%past|last|this|next|past|coming)%S%(?P<season>%SEASONS%)%B%"),
    rule(Kind::Season, r"%B%%POS%?%MD%?(?:the%S%)?(?P<season>%SEASONS%)%B%"),
    rule(Kind::Decade, r"(?:%B%%MD%)?(?:%B%(?P<dec4>1[0-9]{2}0|20[0-9]0)%AP%?s|%AP%(?P<dec2>[0-9]0)s|%B%(?P<dec2b>[2-9]0)%AP%?s)%B%"),
    rule(Kind::Century, r"%B%%MD%?(?:the%S%)?(?P<cent>[0-9]{1,2}(?:st|nd|rd|th)|%ORDINALS%)%HY%century%B%"),
    rule(Kind::Holiday, r"%B%(?:(?P<rel>last|this|next|past|coming)%S%)?(?:the%S%)?(?P<hol>%HOLIDAYS%)%B%(?:,?%S%%YEAR%)?"),
    // --- durations
    rule(Kind::Consecutive, r"%B%(?:a|the)%S%(?P<ord>%ORDINALS%|[0-9]{1,2}(?:st|nd|rd|th))%S%(?:consecutive|straight|successive|running)%S%(?P<unit>day|week|month|year|quarter|trading%S%day|session)%B%"),
    rule(Kind::Age, r"%B%(?P<num>%NUMWORD%|[0-9]{1,3})%HY%(?P<unit>years?|months?|weeks?|days?)%HY%old%B%"),
    rule(Kind::Duration, r"%B%(?P<num>[0-9]{1,3}|%NUMWORD%)%S%(?P<unit>hours?|hrs?)(?:,%S0%|%S%)(?:and%S%)?(?P<mins>[0-9]{1,2}|%NUMWORD%)%S%(?:minutes?|mins?)%B%"),
    rule(Kind::Duration, r"%B%(?P<num>[0-9]{1,3}|%NUMWORD%)%S%(?P<unit>years?)(?:,%S0%|%S%)(?:and%S%)?(?P<months>[0-9]{1,2}|%NUMWORD%)%S%months?%B%"),
    rule(Kind::Duration, r"%B%(?P<num>an?|one)%S%(?P<unit>year|month|hour|day|week|decade|century)(?P<andhalf>%S%and%S%a%S%half)%B%"),
    rule(Kind::Duration, r"%B%(?P<pre>the%S%(?:(?:past|last|next|coming|previous|first|final|following|remaining|prior|initial)%S%)?)?%NUM%(?:%HY%|%S%(?P<adj>more|additional|consecutive|straight|successive|full|long|extra|further|other|remaining|previous|past|following|subsequent|many|base|option|calendar)%S%)%UNIT%(?:%S%(?P<suf>ago|later|earlier|before|after|from%S%now|hence|prior|%OPENENDS%))?"),
    rule(Kind::VagueDuration, r"%B%(?P<vague>%VAGUE%|recent|the%S%past%S%few|the%S%last%S%few|the%S%next%S%few|the%S%coming|the%S%past|the%S%last|the%S%next|the%S%previous|the%S%following|the%S%remaining)%S%%UNITPL%(?:%S%(?P<suf>ago|later|earlier))?"),
    rule(Kind::VagueDuration, r"%B%(?P<bare>(?:(?P<the>the)%S%)?%UNITPL%)"),
    rule(Kind::UnitAdjective, r"%B%(?:(?P<unit>years?|months?|weeks?|days?|hours?|decades?|century)-long|multi-?(?P<unit_2>year|month|week|day|decade))%B%"),
    // --- recurrences
    rule(Kind::Set, r"%B%(?P<setw>%SETWORDS%)%B%"),
    rule(Kind::Set, r"%B%(?P<every>every|each|per)%S%(?:(?P<num>other|%NUMWORD%|[0-9]{1,3})%S%)?(?:%UNIT%|(?P<pod>morning|afternoon|evening|night)|(?P<season>%SEASONS%)%B%|(?P<wd>%WEEKDAYS%)%B%|(?P<mon>%MONTHS%)%B%)"),
    rule(Kind::Set, r"%B%(?P<freq>once|twice|thrice|(?:[0-9]{1,3}|%NUMWORD%)%S%times)%S%(?:a|an|per|each|every)%S%(?P<unit>year|month|week|day|hour|decade|quarter|minute|second)%B%"),
    // --- references to the text and to the DCT
    rule(Kind::Deictic, r"%B%(?:the%S%day%S%(?P<ba>before|after)%S%)?(?:(?P<el>earlier|later|early|late)%S%)?(?P<deictic>today|tonight|yesterday|tomorrow)%B%"),
    rule(Kind::Anaphor, r"%B%(?:the%S%)?(?P<ana>same|following|previous|prior|preceding)%S%(?P<unit>day|week|month|year|morning|afternoon|evening|night|weekend)%B%"),
    rule(Kind::Anaphor, r"%B%the%S%(?P<ana>next)%S%(?P<unit>day|morning|afternoon|evening|night)%B%"),
    rule(Kind::Anaphor, r"%B%(?P<ana>that)%S%(?P<unit>day|week|month|year|time|morning|afternoon|evening|night|weekend|quarter|period|date)%B%"),
    rule(Kind::Anaphor, r"%B%(?P<cue>best|worst|biggest|busiest|strongest|weakest|sharpest|steepest|quietest)%S%(?P<x>(?P<unit>day|week|month|year|quarter))%B%"),
    rule(Kind::Year, r"%B%(?:the%S%)?year%S%%YEAR%"),
    rule(Kind::Anaphor, r"%B%(?P<cued>the)%S%(?P<unit>day|week|month|year)%B%"),
    rule(Kind::RelativePeriod, r"%B%(?P<el>earlier|later|early|late)%S%(?P<inthe>in)%S%the%S%(?P<unit>day|week|month|year|decade)%B%"),
    rule(Kind::RelativePeriod, r"%B%(?P<el>earlier|later)%S%(?:this|in%S%the|this%S%past)%S%(?P<unit>year|month|week|quarter|decade|century|weekend)%B%"),
    rule(Kind::RelativePeriod, r"%B%%POS%?%MD%?(?:(?P<the>the)%S%)?(?P<rel>this%S%past|last|this|next|past|previous|coming|current|upcoming)%S%(?P<unit>year|month|week|weekend|decade|century|quarter)%B%"),
    rule(Kind::RelativePeriod, r"%B%%POS%(?P<unit>year|month|week|decade|century|quarter)%B%"),
    rule(Kind::Anaphor, r"%B%%POS%(?P<unit>day)%B%"),
    rule(Kind::RelativePeriod, r"%B%(?P<cued>the)%S%(?P<unit>weekend)%B%"),
    rule(Kind::RelativePeriod, r"%B%(?P<unit>year|month|quarter)(?:-|%S%|%AP%s%S%)(?P<yend>end)%B%"),
    rule(Kind::Weekday, r"%B%(?:(?P<every>every|each)%S%)?(?:(?P<rel>this%S%past|last|this|next|past|coming)%S%)?(?P<wd>%WEEKDAYS%)(?P<plural>s)?%B%"),
    rule(Kind::Reference, r"%B%(?P<ref>%REFERENCES%)%B%"),
    // --- years and bare months, last
    rule(Kind::Year, r"%B%(?:%POS%|%MD%)%YEAR%"),
    rule(Kind::YearRange, r"%B%(?P<year>[12][0-9]{3})(?:-|–)(?P<upto>[12][0-9]{3}|[0-9]{2})%B%"),
    rule(Kind::Date, r"%B%%MON%"),
    rule(Kind::Year, r"%B%%YEAR%"),
    rule(Kind::Year, r"%AP%(?P<yy>[0-9]{2})%B%"),
];

/// Alternation of table words, as a prefix trie ("y(?:ears?|rs?)"): the automata stay small
/// and the backtracker follows one branch per character. A longer word wins over its prefix
/// ("years" over "year"). Spaces become bounded whitespace runs, apostrophes match ' and ’.
fn alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    #[derive(Default)]
    struct Node {
        end: bool,
        children: Vec<(String, Node)>,
    }
    fn insert(node: &mut Node, tokens: &[String]) {
        let Some((first, rest)) = tokens.split_first() else {
            node.end = true;
            return;
        };
        let i = match node.children.iter().position(|(t, _)| t == first) {
            Some(i) => i,
            None => {
                node.children.push((first.clone(), Node::default()));
                node.children.len() - 1
            }
        };
        insert(&mut node.children[i].1, rest);
    }
    fn emit(node: &Node) -> String {
        let parts: Vec<String> = node
            .children
            .iter()
            .map(|(token, child)| format!("{token}{}", emit(child)))
            .collect();
        match (node.end, parts.len()) {
            (_, 0) => String::new(),
            (true, _) => format!("(?:{})?", parts.join("|")),
            (false, 1) => parts.into_iter().next().unwrap_or_default(),
            (false, _) => format!("(?:{})", parts.join("|")),
        }
    }
    let mut root = Node::default();
    let mut sorted: Vec<&str> = words.into_iter().collect();
    sorted.sort_unstable();
    for word in sorted {
        let tokens: Vec<String> = word
            .chars()
            .map(|c| match c {
                ' ' => "%S%".to_string(),
                '\'' | '’' => "%AP%".to_string(),
                c => regex::escape(c.encode_utf8(&mut [0; 4])),
            })
            .collect();
        insert(&mut root, &tokens);
    }
    emit(&root)
}

/// The shared fragments, by placeholder name.
fn fragments() -> Vec<(&'static str, String)> {
    // Capitalised and upper-case forms of the case-sensitive names ("May", "MAY", not "may").
    let cased = |words: &mut dyn Iterator<Item = &str>| -> Vec<String> {
        words
            .flat_map(|w| {
                let mut title = w.to_ascii_lowercase();
                title[..1].make_ascii_uppercase();
                [title, w.to_ascii_uppercase()]
            })
            .collect()
    };
    let month_names = cased(
        &mut lexicon::MONTH_WORDS
            .iter()
            .copied()
            .filter(|w| w.len() > 4 || *w == "may" || *w == "june" || *w == "july"),
    );
    let month_abbreviations = cased(
        &mut lexicon::MONTH_WORDS
            .iter()
            .copied()
            .filter(|w| w.len() <= 4 && !matches!(*w, "may" | "june" | "july")),
    );
    let weekday_names = cased(&mut lexicon::WEEKDAYS.iter().map(|(w, _)| *w));
    let number_words = {
        let units: Vec<&str> = lexicon::NUMBER_WORDS
            .iter()
            .filter(|(_, v)| (1..=9).contains(v))
            .map(|(w, _)| *w)
            .collect();
        let tens: Vec<&str> = lexicon::NUMBER_WORDS
            .iter()
            .filter(|(_, v)| *v >= 20)
            .map(|(w, _)| *w)
            .collect();
        format!(
            "(?:(?:{})(?:-|%WS%)(?:{})|{})%B%",
            tens.join("|"),
            units.join("|"),
            alternation(lexicon::NUMBER_WORDS.iter().map(|(w, _)| *w))
        )
    };
    let quantities = alternation(lexicon::QUANTITY_WORDS.iter().map(|(w, _)| *w));
    let plural_units = alternation(
        lexicon::UNIT_WORDS
            .iter()
            .map(|(w, _)| *w)
            .filter(|w| lexicon::is_plural_unit(w) && !w.starts_with("quarter")),
    );
    vec![
        ("B", r"(?-u:\b)".to_string()),
        // Whitespace: ASCII and the no-break space (the rules are ASCII-only otherwise).
        ("WS", r"(?:[\t\n\r ]|(?u:\x{A0}))".to_string()),
        ("S0", r"%WS%{0,3}".to_string()),
        ("S", r"%WS%{1,3}".to_string()),
        ("HY", r"(?:-%WS%{0,2}|%WS%{1,3})".to_string()),
        ("AP", r"(?:'|’)".to_string()),
        (
            "MONTHS",
            format!(
                "(?-i:{})",
                alternation(month_names.iter().map(String::as_str))
            ),
        ),
        (
            "MONTHABBR",
            format!(
                "(?-i:{})",
                alternation(month_abbreviations.iter().map(String::as_str))
            ),
        ),
        // A period ends an abbreviation only: "Sept. 26", but "in September."
        ("MON", r"(?P<mon>%MONTHS%%B%|%MONTHABBR%%B%\.?)".to_string()),
        ("DAY", r"(?P<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?%B%".to_string()),
        ("YEAR", r"(?P<year>[12][0-9]{3})%B%".to_string()),
        (
            "WEEKDAYS",
            format!(
                "(?-i:{})",
                alternation(weekday_names.iter().map(String::as_str))
            ),
        ),
        ("WD", r"(?P<wd>%WEEKDAYS%)%B%".to_string()),
        (
            "DAYWORD",
            r"(?P<dw>today|tonight|yesterday|tomorrow|(?P<wd>%WEEKDAYS%)|%MON%%S0%%DAY%(?:,?%S%%YEAR%)?)%B%".to_string(),
        ),
        ("NUMWORD", number_words),
        (
            "NUM",
            format!(
                r"(?P<num>[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]{{1,4}}(?:\.[0-9]+|½|¼|¾)?|%NUMWORD%|(?:{quantities})%B%)(?P<andhalf>(?:%S%|-)and(?:%S%|-)a(?:%S%|-)half)?"
            ),
        ),
        (
            "UNIT",
            format!(
                "(?P<unit>{})%B%",
                alternation(lexicon::UNIT_WORDS.iter().map(|(w, _)| *w))
            ),
        ),
        ("UNITPL", format!("(?P<unit>{plural_units})%B%")),
        (
            "VAGUE",
            alternation(lexicon::VAGUE_QUANTITIES.iter().copied()),
        ),
        (
            "ORD",
            alternation(lexicon::PERIOD_ORDINALS.iter().map(|(w, _)| *w)),
        ),
        (
            "ORDINALS",
            format!(
                "(?:{})",
                alternation(lexicon::ORDINAL_WORDS.iter().map(|(w, _)| *w))
            ),
        ),
        (
            "ZONES",
            format!(
                "(?-i:{})",
                alternation(lexicon::ZONES.iter().map(|(w, _)| *w))
            ),
        ),
        (
            "OPENENDS",
            alternation(lexicon::OPEN_ENDS.iter().map(|(w, _)| *w)),
        ),
        ("TZ", r"(?:%S0%(?P<tz>%ZONES%)%B%(?:%S%time%B%)?)?".to_string()),
        (
            "POS",
            r"(?:(?:the%S%)?(?P<pos>beginning|start|middle|end|close|remainder|rest|balance)%S%of%S%(?:the%S%)?)"
                .to_string(),
        ),
        ("MD", r"(?:(?P<md>early|mid|late)(?:-%S0%|%S%))".to_string()),
        (
            "FYEXPR",
            [
                r"(?:fiscal%S%(?:years?%S%|yr%S%)?(?P<fy>[12][0-9]{3})%B%",
                r"|fiscal%S%%AP%(?P<fyy>[0-9]{2})%B%",
                r"|(?P<fy_2>[12][0-9]{3})%S%(?:(?:federal|government|governments|company|budget|state|corporate|financial)%S%)?(?:fiscal|financial)%S%(?:year|yr|12%S%months|twelve%S%months)%B%",
                r"|(?-i:FY)%S0%-?%S0%%AP%?(?P<fyy_2>[0-9]{4}|[0-9]{2})%B%",
                r"|(?P<frel>current|last|next|previous|this|coming|prior|past)%S%fiscal%S%(?:year|yr)%B%)",
            ]
            .concat(),
        ),
        (
            "SEASONS",
            alternation(lexicon::SEASONS.iter().map(|(w, _, _)| *w)),
        ),
        (
            "HOLIDAYS",
            format!(
                "(?-i:{})",
                alternation(lexicon::HOLIDAYS.iter().map(|(w, _)| *w))
            ),
        ),
        (
            "SETWORDS",
            alternation(lexicon::SET_WORDS.iter().map(|(w, _)| *w)),
        ),
        (
            "REFERENCES",
            alternation(lexicon::REFERENCES.iter().map(|(w, _)| *w)).replace("\\-", "(?:-|%WS%)"),
        ),
    ]
}

/// Replaces `%NAME%` placeholders until none is left.
fn expand(pattern: &str, fragments: &[(&'static str, String)]) -> String {
    let mut out = pattern.to_string();
    for _ in 0..8 {
        if !out.contains('%') {
            break;
        }
        for (name, text) in fragments {
            out = out.replace(&format!("%{name}%"), text);
        }
    }
    debug_assert!(!out.contains('%'), "unexpanded placeholder in {out}");
    out
}

/// A compiled rule: its kind and its own matcher (for the groups), built on first use.
#[derive(Debug)]
pub(crate) struct CompiledRule {
    /// What the rule finds.
    pub(crate) kind: Kind,
    /// The rule's pattern, expanded and compiled into [`RuleMatcher`] when first needed.
    pattern: &'static str,
    /// Built the first time the automaton reports the rule: most articles use a few of the
    /// rules, and compiling all of them at startup cost more than a short article's scan.
    matcher: OnceLock<RuleMatcher>,
}

/// A rule's own matcher and its named groups.
#[derive(Debug)]
struct RuleMatcher {
    /// The rule alone, run anchored where the automaton said it matches and up to where it
    /// said the match ends; a backtracker, since the span is short and the groups are all
    /// that is wanted.
    matcher: BoundedBacktracker,
    /// (name as written without `_n` suffix, group index).
    names: Vec<(&'static str, usize)>,
}

impl CompiledRule {
    /// The rule's matcher, compiled on first use (its placeholders filled from `fragments`).
    fn matcher(&self, fragments: &[(&'static str, String)]) -> &RuleMatcher {
        self.matcher.get_or_init(|| {
            let source = format!("(?i-u){}", expand(self.pattern, fragments));
            let matcher = BoundedBacktracker::builder()
                .configure(backtrack::Config::new().visited_capacity(4 << 20))
                .thompson(thompson::Config::new().nfa_size_limit(Some(16 << 20)))
                .build(&source)
                .expect("each date rule is a valid regex");
            let names = matcher
                .get_nfa()
                .group_info()
                .pattern_names(PatternID::ZERO)
                .enumerate()
                .filter_map(|(i, name)| {
                    let name = name?;
                    let base = name.split('_').next().unwrap_or(name);
                    // Leaked once per rule and process: the grammar is a static.
                    Some((&*Box::leak(base.to_string().into_boxed_str()), i))
                })
                .collect();
            RuleMatcher { matcher, names }
        })
    }
}

/// Per-thread scratch space for the automata and the rules' matchers, created on first use.
#[derive(Debug, Default)]
pub(crate) struct Buffers {
    found: Option<PatternSet>,
    first: Option<lazy::Cache>,
    all: Option<lazy::Cache>,
    rules: Vec<Option<(backtrack::Cache, Captures)>>,
}

/// The longest expression the grammar can match, in bytes: the backtracker looks no further.
pub(crate) const MAX_MATCH: usize = 256;

/// The grammar: one automaton over all rules, and the rules.
///
/// The automata are lazy DFAs run forward only: every search is anchored at a word, so the
/// start is known and only the end is wanted (a `meta::Regex` would also compile and run a
/// reverse automaton, and extract literals for prefilters an anchored search never uses).
/// Both share one NFA, compiled once.
#[derive(Debug)]
pub(crate) struct Grammar {
    /// Every rule as one pattern of a multi-pattern automaton (pattern id = rule index),
    /// leftmost first: the first rule in table order that matches, and where its match ends;
    /// also, anchored on one pattern, where that rule's match ends.
    first: LazyDfa,
    /// The same, reporting every rule that matches (used when the first one is refused).
    all: LazyDfa,
    rules: Vec<CompiledRule>,
    /// The shared fragments, for the rules' matchers.
    fragments: Vec<(&'static str, String)>,
    /// What words do: [`STRONG`], [`WEAK`], [`FOLLOWER`], [`CAPITAL`] bits.
    words: WordTable<u8>,
}

/// The grammar, compiled once.
pub(crate) static GRAMMAR: LazyLock<Grammar> = LazyLock::new(compile);

/// A word that can begin an expression on its own ("2021", "Friday", "years", "today").
const STRONG: u8 = 1;
/// A word that begins an expression only before a strong word or a follower ("the", "a",
/// "five", "last": "the third quarter", "five years", "last week"); most of them begin none.
const WEAK: u8 = 2;
/// A word that can follow a weak word inside an expression ("the near term", "this morning",
/// "a full year", "the day").
const FOLLOWER: u8 = 4;
/// A strong word only when capitalised: month, weekday and holiday names ("May", not "may").
const CAPITAL: u8 = 8;

/// Strong words not read from a lexicon table.
#[rustfmt::skip]
const STRONG_WORDS: &[&str] = &[
    "today", "tonight", "yesterday", "tomorrow", "noon", "midday", "midnight", "multiyear", "fy",
    "recent",
];

/// Weak words not read from a lexicon table (numbers, ordinals, quantities and singular units
/// are weak too).
#[rustfmt::skip]
const WEAK_WORDS: &[&str] = &[
    "the", "a", "an", "that", "this", "at", "more", "most", "right", "these", "time", "every",
    "each", "per", "once", "twice", "thrice", "fiscal", "multi", "best", "worst", "biggest",
    "busiest", "strongest", "weakest", "sharpest", "steepest", "quietest", "beginning", "start",
    "middle", "end", "close", "remainder", "rest", "balance", "last", "next", "past", "previous",
    "coming", "current", "upcoming", "following", "prior", "preceding", "same", "latest", "early",
    "mid", "late", "earlier", "later", "half", "latter", "back", "front", "final", "couple",
    "dozens", "hundreds",
];

/// Followers not read from a lexicon table (singular units and the weak relative words above
/// follow too).
#[rustfmt::skip]
const FOLLOWER_WORDS: &[&str] = &[
    "near", "distant", "foreseeable", "immediate", "future", "short", "medium", "long", "moment",
    "present", "being", "morning", "afternoon", "evening", "night", "full", "base", "option",
    "extra", "further", "additional", "single", "dozen", "hundred", "year's", "year’s",
    "patrick's", "patrick’s", "luther", "eve", "of", "and", "straight", "consecutive",
    "successive", "running", "fiscal", "half", "last", "next", "past", "previous", "coming",
    "current", "upcoming", "following", "prior", "preceding", "same", "early", "mid", "late",
    "earlier", "later", "in", "time", "other", "beginning", "start", "middle", "end", "close",
    "remainder", "rest", "balance",
];

fn compile() -> Grammar {
    let fragments = fragments();
    // Each fragment parsed once, its tree copied into the rules (see `splice`); a rule where
    // a tree cannot stand for the text is parsed as its expanded source.
    let mut splicer = splice::Splicer::new(&fragments);
    let trees: Vec<regex_syntax::hir::Hir> = RULES
        .iter()
        .map(|rule| {
            splicer.tree(rule.pattern).unwrap_or_else(|| {
                regex_syntax::Parser::new()
                    .parse(&format!("(?i-u){}", expand(rule.pattern, &fragments)))
                    .expect("each date rule is a valid regex")
            })
        })
        .collect();
    drop(splicer);
    let nfa = thompson::Compiler::new()
        .configure(
            thompson::Config::new()
                .nfa_size_limit(Some(64 << 20))
                .which_captures(thompson::WhichCaptures::None),
        )
        .build_many_from_hir(&trees)
        .expect("the date grammar is a valid regex set");
    drop(trees);
    // No quit bytes (word boundaries are ASCII) and no minimum cache clear count: the lazy
    // DFAs never give up, so a search never fails.
    let dfa = |kind: MatchKind| {
        LazyDfa::builder()
            .configure(
                LazyDfa::config()
                    .match_kind(kind)
                    .cache_capacity(8 << 20)
                    .starts_for_each_pattern(kind == MatchKind::LeftmostFirst),
            )
            .build_from_nfa(nfa.clone())
            .expect("the date grammar fits a lazy DFA")
    };
    let first = dfa(MatchKind::LeftmostFirst);
    let all = dfa(MatchKind::All);
    let rules = RULES
        .iter()
        .map(|rule| CompiledRule {
            kind: rule.kind,
            pattern: rule.pattern,
            matcher: OnceLock::new(),
        })
        .collect();
    let mut classes: Vec<(String, u8)> = Vec::new();
    let mut insert = |word: &str, bits: u8| classes.push((word.to_string(), bits));
    let first_word = |e: &str| {
        e.split([' ', '-', '.'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    for w in STRONG_WORDS {
        insert(w, STRONG);
    }
    for w in WEAK_WORDS {
        insert(w, WEAK);
    }
    for w in FOLLOWER_WORDS {
        insert(w, FOLLOWER);
    }
    for (w, _) in lexicon::NUMBER_WORDS {
        insert(&first_word(w), WEAK);
    }
    for (w, _) in lexicon::ORDINAL_WORDS
        .iter()
        .chain(lexicon::PERIOD_ORDINALS)
    {
        insert(&first_word(w), WEAK | FOLLOWER);
    }
    for (w, _) in lexicon::QUANTITY_WORDS {
        insert(&first_word(w), WEAK);
    }
    for w in lexicon::VAGUE_QUANTITIES {
        insert(&first_word(w), WEAK);
    }
    for (w, _) in lexicon::UNIT_WORDS {
        // "years" begins "for [years]"; "year" only "year-end", "a full year"…
        if lexicon::is_plural_unit(w) {
            insert(&first_word(w), if w.contains(' ') { WEAK } else { STRONG });
        } else {
            insert(&first_word(w), WEAK | FOLLOWER);
        }
    }
    for (w, _, _) in lexicon::SEASONS {
        insert(w, STRONG);
    }
    for (w, _) in lexicon::SET_WORDS {
        insert(w, STRONG);
    }
    for (w, _) in lexicon::REFERENCES {
        let first = first_word(w);
        if !w.contains(' ') {
            insert(&first, STRONG);
        }
    }
    for w in lexicon::MONTH_WORDS {
        insert(w, STRONG | CAPITAL);
    }
    for (w, _) in lexicon::WEEKDAYS {
        insert(w, STRONG | CAPITAL);
        insert(&format!("{w}s"), STRONG | CAPITAL);
    }
    for (w, _) in lexicon::HOLIDAYS {
        // "Christmas" alone, but "New Year's Day" only from "New" before "Year's".
        let bits = if w.contains(' ') {
            WEAK
        } else {
            STRONG | CAPITAL
        };
        insert(&first_word(w), bits);
    }
    let words = WordTable::new(classes.iter().map(|(w, b)| (w.as_str(), *b)), |a, b| a | b);
    Grammar {
        first,
        all,
        rules,
        fragments,
        words,
    }
}

impl Grammar {
    /// What a word (as segmented) can do: [`STRONG`] for a digit, a trigger word or a code
    /// such as "Q3", "H1", "FY21"; [`WEAK`], [`FOLLOWER`]; 0 for most words. A [`CAPITAL`]
    /// word in lower case is not strong.
    #[cfg(test)]
    pub(crate) fn word_class(&self, word: &str) -> u8 {
        self.class_at(word.as_bytes(), 0, word.len())
    }

    /// [`Grammar::word_class`] of the word `text[start..end]`.
    pub(crate) fn class_at(&self, text: &[u8], start: usize, end: usize) -> u8 {
        let bytes = &text[start..end];
        let Some(&first) = bytes.first() else {
            return 0;
        };
        if first.is_ascii_digit() {
            return STRONG;
        }
        let second = bytes.get(1).map(u8::to_ascii_lowercase);
        match (first.to_ascii_lowercase(), second, bytes.len()) {
            (b'f', Some(b'y'), _) => return STRONG,
            (b'q' | b'h', Some(d), 2) if d.is_ascii_digit() => return STRONG,
            _ => {}
        }
        let found = pack_at(text, start, end)
            .and_then(|key| self.words.get_packed(key))
            .or_else(|| {
                // "summer's", "Friday’s": the word before its possessive.
                let stem = bytes
                    .strip_suffix(b"'s")
                    .or_else(|| bytes.strip_suffix("’s".as_bytes()))?;
                self.words
                    .get_packed(pack_at(text, start, start + stem.len())?)
            });
        match found {
            Some(class) if class & CAPITAL != 0 && !first.is_ascii_uppercase() => {
                class & !(STRONG | CAPITAL)
            }
            Some(class) => class,
            None => 0,
        }
    }

    /// Whether an expression may begin at a word of class `class` ([`Grammar::word_class`]),
    /// given the classes of the two words after it.
    pub(crate) fn may_begin(class: u8, next: u8, after: u8) -> bool {
        if class & STRONG != 0 {
            return true;
        }
        class & WEAK != 0
            && (next & (STRONG | FOLLOWER) != 0
                || (next & WEAK != 0 && after & (STRONG | FOLLOWER) != 0))
    }

    /// The first rule (in table order) that matches at byte `at` of `text`, anchored there,
    /// and the end of its match.
    pub(crate) fn first_rule_at(
        &self,
        text: &str,
        at: usize,
        buffers: &mut Buffers,
    ) -> Option<(usize, usize)> {
        self.end_at(text, at, Anchored::Yes, buffers)
            .map(|m| (m.pattern().as_usize(), m.offset()))
    }

    /// Where the match of rule `rule` at byte `at` ends, if it matches there.
    pub(crate) fn rule_end_at(
        &self,
        rule: usize,
        text: &str,
        at: usize,
        buffers: &mut Buffers,
    ) -> Option<usize> {
        let pattern = PatternID::new(rule).ok()?;
        self.end_at(text, at, Anchored::Pattern(pattern), buffers)
            .map(|m| m.offset())
    }

    /// The leftmost-first search of the `first` automaton, anchored at `at` as `anchored`
    /// says.
    fn end_at(
        &self,
        text: &str,
        at: usize,
        anchored: Anchored,
        buffers: &mut Buffers,
    ) -> Option<regex_automata::HalfMatch> {
        let cache = buffers
            .first
            .get_or_insert_with(|| self.first.create_cache());
        let input = Input::new(text).span(at..text.len()).anchored(anchored);
        // Cannot fail: no quit bytes, the cache never gives up, and the automaton has a start
        // state per pattern (see `compile`).
        self.first.try_search_fwd(cache, &input).ok().flatten()
    }

    /// Every rule that matches at byte `at` of `text` (anchored there), in table order.
    pub(crate) fn rules_at<'b>(
        &self,
        text: &str,
        at: usize,
        buffers: &'b mut Buffers,
    ) -> &'b PatternSet {
        let found = buffers
            .found
            .get_or_insert_with(|| PatternSet::new(self.rules.len()));
        found.clear();
        let cache = buffers.all.get_or_insert_with(|| self.all.create_cache());
        let input = Input::new(text)
            .span(at..text.len())
            .anchored(Anchored::Yes);
        // Cannot fail (see `end_at`).
        let _ = self.all.try_which_overlapping_matches(cache, &input, found);
        found
    }

    /// The match of rule `index` at byte `at`, with its groups; `end` is where it ends when
    /// known (it bounds the backtracker's work), else up to [`MAX_MATCH`] bytes are looked at.
    pub(crate) fn capture<'t, 'g>(
        &'g self,
        index: usize,
        text: &'t str,
        at: usize,
        end: Option<usize>,
        buffers: &'g mut Buffers,
    ) -> Option<Hit<'t, 'g>> {
        let rule = self.rules.get(index)?;
        let matcher = rule.matcher(&self.fragments);
        if buffers.rules.len() < self.rules.len() {
            buffers.rules.resize_with(self.rules.len(), || None);
        }
        let (cache, caps) = buffers.rules.get_mut(index)?.get_or_insert_with(|| {
            (
                matcher.matcher.create_cache(),
                matcher.matcher.create_captures(),
            )
        });
        let mut end = end.unwrap_or((at + MAX_MATCH).min(text.len()));
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let input = Input::new(text).span(at..end).anchored(Anchored::Yes);
        matcher.matcher.try_search(cache, &input, caps).ok()?;
        caps.is_match().then_some(Hit {
            text,
            caps,
            rule,
            names: &matcher.names,
        })
    }
}

/// A match of one rule: its groups by meaning.
pub(crate) struct Hit<'t, 'g> {
    /// The article text.
    pub(crate) text: &'t str,
    caps: &'g Captures,
    /// The rule that matched.
    pub(crate) rule: &'g CompiledRule,
    /// Its named groups (see [`RuleMatcher`]).
    names: &'g [(&'static str, usize)],
}

impl<'t> Hit<'t, '_> {
    /// The kind of expression.
    pub(crate) fn kind(&self) -> Kind {
        self.rule.kind
    }

    /// Byte span of the whole match.
    pub(crate) fn span(&self) -> (usize, usize) {
        self.caps
            .get_match()
            .map_or((0, 0), |m| (m.start(), m.end()))
    }

    /// Byte span of the first group called `name` that took part in the match.
    pub(crate) fn span_of(&self, name: &str) -> Option<(usize, usize)> {
        self.names
            .iter()
            .filter(|(n, _)| *n == name)
            .find_map(|(_, i)| self.caps.get_group(*i))
            .map(|s| (s.start, s.end))
    }

    /// Text of the first group called `name` that took part in the match.
    pub(crate) fn get(&self, name: &str) -> Option<&'t str> {
        self.span_of(name).map(|(s, e)| &self.text[s..e])
    }

    /// Whether a group called `name` took part in the match.
    pub(crate) fn has(&self, name: &str) -> bool {
        self.span_of(name).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiles_and_names_are_read() {
        let g = &*GRAMMAR;
        assert_eq!(g.rules.len(), RULES.len());
        let text = "slated for the 3rd quarter of fiscal 2021.";
        let at = text.find("the").unwrap();
        let mut buffers = Buffers::default();
        let (first, end) = g.first_rule_at(text, at, &mut buffers).unwrap();
        assert_eq!(g.rule_end_at(first, text, at, &mut buffers), Some(end));
        assert_eq!(
            Some(first),
            g.rules_at(text, at, &mut buffers)
                .iter()
                .next()
                .map(|p| p.as_usize())
        );
        let hit = g.capture(first, text, at, Some(end), &mut buffers).unwrap();
        assert_eq!(
            &text[hit.span().0..hit.span().1],
            "the 3rd quarter of fiscal 2021"
        );
        assert_eq!(hit.kind(), Kind::Quarter);
        assert_eq!(hit.get("ord"), Some("3rd"));
        assert_eq!(hit.get("fy"), Some("2021"));
    }

    #[test]
    fn triggers() {
        let g = &*GRAMMAR;
        for w in [
            "2021",
            "Sept",
            "FY21",
            "Q3",
            "Mondays",
            "years",
            "noon",
            "Christmas",
            "May",
        ] {
            assert!(Grammar::may_begin(g.word_class(w), 0, 0), "{w}");
        }
        let yes = [
            ("the", "third", "quarter"),
            ("The", "2020", "fiscal"),
            ("this", "morning", ""),
            ("a", "full", "year"),
            ("at", "the", "moment"),
            ("once", "a", "year"),
            ("several", "years", ""),
            ("biggest", "day", ""),
        ];
        for (w, next, after) in yes {
            let c = |w: &str| g.word_class(w);
            assert!(Grammar::may_begin(c(w), c(next), c(after)), "{w} {next}");
        }
        let no = [
            ("in", "May", ""),
            ("for", "years", ""),
            ("the", "company", "said"),
            ("said", "Friday", ""),
            ("a", "deal", ""),
            ("that", "the", "company"),
            ("may", "be", ""),
        ];
        for (w, next, after) in no {
            let c = |w: &str| g.word_class(w);
            assert!(!Grammar::may_begin(c(w), c(next), c(after)), "{w} {next}");
        }
    }
}
