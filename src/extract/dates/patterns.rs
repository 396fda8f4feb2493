//! The grammar of temporal expressions: a table of rules, compiled into one regex.
//!
//! Each rule is a pattern and the [`Kind`] of expression it finds. Patterns are written with
//! `%NAME%` placeholders for shared fragments (month names, numbers, units, fiscal-year
//! phrases…), most of them generated from the word tables in [`super::lexicon`]. Named groups
//! carry the meaning ("year", "mon", "rel"…) and the resolver reads them by name: a rule says
//! only how an expression is written, never how it is valued.
//!
//! All rules are joined into one alternation, so the text is scanned once. At any position the
//! first rule in table order that matches wins, which is why longer and more specific shapes
//! come first ("Friday, Sept. 26, 2014" before "Sept. 26" before "Sept."). Group names are
//! renamed per rule (`r12_year`) to keep them unique; a rule may write one name several times
//! with suffixes (`fy`, `fy_2`), which read as one. Word boundaries are ASCII (`(?-u:\b)`) so
//! the lazy DFA never gives up on non-ASCII text, and whitespace runs are bounded, so every
//! match is short and the scan stays linear.

use std::sync::LazyLock;

use regex::{CaptureLocations, Regex};

use super::lexicon;

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
    rule(Kind::PartOfDay, r"%B%(?P<dw>this|last|tomorrow|yesterday|(?P<wd>%WEEKDAYS%))%S%(?P<pod>morning|afternoon|evening|night)%B%"),
    // --- dates
    rule(Kind::Date, r"%B%(?:%WD%,?%S%)?%MON%%S0%%DAY%(?:,%S0%|%S%)%YEAR%"),
    rule(Kind::Date, r"%B%(?:%WD%,?%S%)?(?:the%S%)?%DAY%(?:%S%of)?%S%%MON%,?%S%%YEAR%"),
    rule(Kind::Date, r"%B%(?P<year>[12][0-9]{3})-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12][0-9]|3[01])%B%"),
    rule(Kind::NumericDate, r"%B%(?P<na>[0-9]{1,2})/(?P<nb>[0-9]{1,2})/(?P<nc>[0-9]{4}|[0-9]{2})%B%"),
    rule(Kind::NumericDate, r"%B%(?P<na>[0-9]{1,2})\.(?P<nb>[0-9]{1,2})\.(?P<nc>[0-9]{4})%B%"),
    rule(Kind::Date, r"%B%(?:%WD%,?%S%)?%MON%%S0%%DAY%"),
    rule(Kind::Date, r"%B%(?:%WD%,?%S%)?(?:the%S%)?%DAY%(?:%S%of)?%S%%MON%"),
    rule(Kind::Date, r"%B%%POS%?%MD%?%MON%,?%S%(?:of%S%)?%YEAR%"),
    rule(Kind::Date, r"%B%%POS%?%MD%?%MON%%S%(?:of%S%)?(?P<ry>this|last|next)%S%year%B%"),
    rule(Kind::Date, r"%B%%MD%?(?P<rel>this%S%past|last|this|next|coming)%S%%MON%"),
    rule(Kind::Date, r"%B%(?:%POS%|%MD%)%MON%"),
    // --- quarters, halves, fiscal years
    rule(Kind::Quarter, r"%B%%POS%?(?:the%S%)?(?P<ord>%ORD%)%HY%(?P<fq>fiscal%HY%)?quarter%S%of%S%(?:the%S%)?%FYEXPR%"),
    rule(Kind::Quarter, r"%B%%POS%?(?:the%S%)?(?P<ord>%ORD%)%HY%quarter%S%of%S%(?:its|their|the%S%company['’]s|the|this|the%S%current)%S%(?P<fq>fiscal)%S%(?:year|yr)%B%"),
    rule(Kind::Quarter, r"%B%%POS%?(?:the%S%)?(?P<ord>%ORD%)%HY%quarter%S%of%S%(?:%YEAR%|(?:the%S%)?(?P<ry>this|last|next|current|previous|following|prior)%S%year%B%|(?P<ty>the%S%year)%B%|(?P<that>that%S%year)%B%)"),
    rule(Kind::Quarter, r"%B%(?P<fq>fiscal%S%)?(?-i:Q)(?P<qn>[1-4])%S0%(?:of%S%)?%FYEXPR%"),
    rule(Kind::Quarter, r"%B%%FYEXPR%(?:%S%|%S0%-%S0%)(?-i:Q)(?P<qn>[1-4])%B%"),
    rule(Kind::Quarter, r"%B%(?P<year>[12][0-9]{3})(?:%S%|-)(?-i:Q)(?P<qn>[1-4])%B%"),
    rule(Kind::Quarter, r"%B%(?P<fq>fiscal%S%)?(?-i:Q)(?P<qn>[1-4])(?:%S%|-|%S%of%S%)(?:%YEAR%|['’](?P<yy>[0-9]{2})%B%)"),
    rule(Kind::Quarter, r"%B%(?P<qn>[1-4])(?-i:Q)%S0%['’]?(?:(?P<yy>[0-9]{2})|(?P<year>[12][0-9]{3}))%B%"),
    rule(Kind::Quarter, r"%B%(?:the%S%)?(?P<qmon>%MONTHS%|%MONTHABBR%)%S0%[-–]%S0%(?:%MONTHS%|%MONTHABBR%)%S%quarter%B%(?:%S%(?:of%S%)?%YEAR%)?"),
    rule(Kind::Quarter, r"%B%%POS%?(?:the%S%)?(?:(?P<fq>fiscal)%HY%(?P<ord>%ORD%)|(?P<ord_2>%ORD%)%HY%(?P<fq_2>fiscal))%HY%quarter%B%(?:%S%%YEAR%)?"),
    rule(Kind::Quarter, r"%B%%POS%?(?:the%S%)?(?P<ord>%ORD%)%HY%quarter%B%(?:%S%%YEAR%)?"),
    rule(Kind::Quarter, r"%B%%POS%?(?:the%S%)?(?P<rel>last|this|next|previous|current|coming|past|prior|latest|most%S%recent)%S%(?P<fq>fiscal%S%)?quarter%B%"),
    rule(Kind::Quarter, r"%B%(?-i:Q)(?P<qn>[1-4])%B%"),
    rule(Kind::Half, r"%B%(?:the%S%)?(?P<half>first|second|1st|2nd|latter|back|front)%HY%half%S%of%S%(?:%YEAR%|(?:the%S%)?(?P<ry>this|last|next|current|previous|following|prior)%S%year%B%|(?P<ty>the%S%year)%B%)"),
    rule(Kind::Half, r"%B%(?-i:H)(?P<hn>[12])%S0%(?:%YEAR%|['’](?P<yy>[0-9]{2})%B%)"),
    rule(Kind::Half, r"%B%(?P<hn>[12])(?-i:H)['’]?(?P<yy>[0-9]{2})%B%"),
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
    rule(Kind::Decade, r"(?:%B%%MD%)?(?:%B%(?P<dec4>1[0-9]{2}0|20[0-9]0)['’]?s|['’](?P<dec2>[0-9]0)s|%B%(?P<dec2b>[2-9]0)['’]?s)%B%"),
    rule(Kind::Century, r"%B%%MD%?(?:the%S%)?(?P<cent>[0-9]{1,2}(?:st|nd|rd|th)|%ORDINALS%)%HY%century%B%"),
    rule(Kind::Holiday, r"%B%(?:(?P<rel>last|this|next|past|coming)%S%)?(?:the%S%)?(?P<hol>%HOLIDAYS%)%B%(?:,?%S%%YEAR%)?"),
    // --- durations
    rule(Kind::Consecutive, r"%B%(?:a|the)%S%(?P<ord>%ORDINALS%|[0-9]{1,2}(?:st|nd|rd|th))%S%(?:consecutive|straight|successive|running)%S%(?P<unit>day|week|month|year|quarter|trading%S%day|session)%B%"),
    rule(Kind::Age, r"%B%(?P<num>%NUMWORD%|[0-9]{1,3})%HY%(?P<unit>years?|months?|weeks?|days?)%HY%old%B%"),
    rule(Kind::Duration, r"%B%%APPROX%(?P<num>[0-9]{1,3}|%NUMWORD%)%S%(?P<unit>hours?|hrs?)(?:,%S0%|%S%)(?:and%S%)?(?P<mins>[0-9]{1,2}|%NUMWORD%)%S%(?:minutes?|mins?)%B%"),
    rule(Kind::Duration, r"%B%%APPROX%(?P<num>an?|one)%S%(?P<unit>year|month|hour|day|week|decade|century)(?P<andhalf>%S%and%S%a%S%half)%B%"),
    rule(Kind::Duration, r"%B%%APPROX%(?P<pre>the%S%(?:(?:past|last|next|coming|previous|first|final|following|remaining|prior|initial)%S%)?)?%NUM%(?:%HY%|%S%(?P<adj>more|additional|consecutive|straight|successive|full|long|extra|further|other|remaining|previous|past|following|subsequent|many|base|option|calendar)%S%)%UNIT%(?:%S%(?P<suf>ago|later|earlier|before|after|from%S%now|hence|prior|%OPENENDS%))?"),
    rule(Kind::VagueDuration, r"%B%%APPROX%(?P<vague>%VAGUE%|recent|the%S%past%S%few|the%S%last%S%few|the%S%next%S%few|the%S%coming|the%S%past|the%S%last|the%S%next|the%S%previous|the%S%following|the%S%remaining)%S%%UNITPL%(?:%S%(?P<suf>ago|later|earlier))?"),
    rule(Kind::VagueDuration, r"%B%(?P<cue>for|in|within|after|over|throughout|during|spent|spend|spends|took|take|takes|taking|lasted|waited)%S%(?P<x>(?:(?P<the>the)%S%)?%UNITPL%)"),
    rule(Kind::UnitAdjective, r"%B%(?:(?P<unit>years?|months?|weeks?|days?|hours?|decades?|century)-long|multi-?(?P<unit_2>year|month|week|day|decade))%B%"),
    // --- recurrences
    rule(Kind::Set, r"%B%(?P<setw>%SETWORDS%)%B%"),
    rule(Kind::Set, r"%B%(?P<every>every|each|per)%S%(?:(?P<num>other|%NUMWORD%|[0-9]{1,3})%S%)?(?:%UNIT%|(?P<pod>morning|afternoon|evening|night)|(?P<season>%SEASONS%)%B%|(?P<wd>%WEEKDAYS%)%B%)"),
    rule(Kind::Set, r"%B%(?P<freq>once|twice|thrice|(?:[0-9]{1,3}|%NUMWORD%)%S%times)%S%(?:a|an|per|each|every)%S%(?P<unit>year|month|week|day|hour|decade|quarter|minute|second)%B%"),
    // --- references to the text and to the DCT
    rule(Kind::Anaphor, r"%B%(?:the%S%)?(?P<ana>same|following|previous|prior|preceding)%S%(?P<unit>day|week|month|year|morning|afternoon|evening|night|weekend)%B%"),
    rule(Kind::Anaphor, r"%B%the%S%(?P<ana>next)%S%(?P<unit>day|morning|afternoon|evening|night)%B%"),
    rule(Kind::Anaphor, r"%B%(?P<ana>that)%S%(?P<unit>day|week|month|year|time|morning|afternoon|evening|night|weekend|quarter|period|date)%B%"),
    rule(Kind::Anaphor, r"%B%(?P<cue>best|worst|biggest|busiest|strongest|weakest|sharpest|steepest|quietest)%S%(?P<x>(?P<unit>day|week|month|year|quarter))%B%"),
    rule(Kind::Anaphor, r"%B%(?P<cue>for|end|ended|ending|ends|finish|finished|finishing|close|closed|closing|start|started|starting|open|opened|opening|begin|began|throughout|during|over)%S%(?P<x>the%S%(?P<unit>day|week|month|year))%B%"),
    rule(Kind::RelativePeriod, r"%B%(?P<el>earlier|later|early|late)%S%(?P<inthe>in)%S%the%S%(?P<unit>day|week|month|year|decade)%B%"),
    rule(Kind::RelativePeriod, r"%B%(?P<el>earlier|later)%S%(?:this|in%S%the|this%S%past)%S%(?P<unit>year|month|week|quarter|decade|century|weekend)%B%"),
    rule(Kind::RelativePeriod, r"%B%%POS%?%MD%?(?:(?P<the>the)%S%)?(?P<rel>this%S%past|last|this|next|past|previous|coming|current|upcoming)%S%(?P<unit>year|month|week|weekend|decade|century|quarter)%B%"),
    rule(Kind::RelativePeriod, r"%B%%POS%(?P<unit>year|month|week|decade|century|quarter)%B%"),
    rule(Kind::Anaphor, r"%B%%POS%(?P<unit>day)%B%"),
    rule(Kind::RelativePeriod, r"%B%(?P<cue>over|during|on|at|through|throughout|until|before|after|by|for)%S%(?P<x>the%S%(?P<unit>weekend))%B%"),
    rule(Kind::RelativePeriod, r"%B%(?P<unit>year|month|quarter)(?:-|%S%|['’]s%S%)(?P<yend>end)%B%"),
    rule(Kind::Deictic, r"%B%(?:the%S%day%S%(?P<ba>before|after)%S%)?(?:(?P<el>earlier|later|early|late)%S%)?(?P<deictic>today|tonight|yesterday|tomorrow)%B%"),
    rule(Kind::Weekday, r"%B%(?:(?P<every>every|each)%S%)?(?:(?P<rel>this%S%past|last|this|next|past|coming)%S%)?(?P<wd>%WEEKDAYS%)(?P<plural>s)?%B%"),
    rule(Kind::Reference, r"%B%(?P<ref>%REFERENCES%)%B%"),
    // --- years and bare months, last
    rule(Kind::Year, r"%B%(?:the%S%)?year%S%%YEAR%"),
    rule(Kind::Year, r"%B%(?:%POS%|%MD%)%YEAR%"),
    rule(Kind::YearRange, r"%B%(?P<year>[12][0-9]{3})(?:-|–)(?P<upto>[12][0-9]{3}|[0-9]{2})%B%"),
    rule(Kind::Date, r"%B%%MON%"),
    rule(Kind::Year, r"%B%%YEAR%"),
    rule(Kind::Year, r"['’](?P<yy>[0-9]{2})%B%"),
];

/// Alternation of table words, longest first, with spaces as bounded whitespace runs.
fn alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut words: Vec<&str> = words.into_iter().collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    words.dedup();
    words
        .iter()
        .map(|w| {
            regex::escape(w)
                .replace(' ', "%S%")
                .replace(['\'', '’'], "['’]")
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// The shared fragments, by placeholder name.
fn fragments() -> Vec<(&'static str, String)> {
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
            "(?:(?:{})(?:-|\\s)(?:{})|{})%B%",
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
        ("S0", r"\s{0,3}".to_string()),
        ("S", r"\s{1,3}".to_string()),
        ("HY", r"(?:-\s{0,2}|\s{1,3})".to_string()),
        (
            "MONTHS",
            "(?-i:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
                .to_string(),
        ),
        (
            "MONTHABBR",
            "(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)"
                .to_string(),
        ),
        // A period ends an abbreviation only: "Sept. 26", but "in September."
        ("MON", r"(?P<mon>%MONTHS%%B%|%MONTHABBR%%B%\.?)".to_string()),
        ("DAY", r"(?P<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?%B%".to_string()),
        ("YEAR", r"(?P<year>[12][0-9]{3})%B%".to_string()),
        (
            "WEEKDAYS",
            "(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
                .to_string(),
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
                r"(?P<num>[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]{{1,4}}(?:\.[0-9]+)?|%NUMWORD%|(?:{quantities})%B%)(?P<andhalf>%S%and%S%a%S%half)?"
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
            "APPROX",
            format!(
                "(?:(?P<approx>{})%S%)?",
                alternation(lexicon::APPROXIMATORS.iter().map(|(w, _)| *w))
            ),
        ),
        (
            "FYEXPR",
            [
                r"(?:fiscal%S%(?:years?%S%|yr%S%)?(?P<fy>[12][0-9]{3})%B%",
                r"|fiscal%S%['’](?P<fyy>[0-9]{2})%B%",
                r"|(?P<fy_2>[12][0-9]{3})%S%(?:(?:federal|government|governments|company|budget|state|corporate|financial)%S%)?fiscal%S%(?:year|yr|12%S%months|twelve%S%months)%B%",
                r"|(?-i:FY)%S0%-?%S0%['’]?(?P<fyy_2>[0-9]{4}|[0-9]{2})%B%",
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
            alternation(lexicon::REFERENCES.iter().map(|(w, _)| *w)).replace("\\-", "[-\\s]"),
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

/// A compiled rule: its kind, the group that marks it, and its named groups by meaning.
#[derive(Debug)]
pub(crate) struct CompiledRule {
    /// What the rule finds.
    pub(crate) kind: Kind,
    /// The capture group of the whole rule.
    group: usize,
    /// (name as written without `_n` suffix, capture group index).
    names: Vec<(&'static str, usize)>,
}

/// The grammar: one regex and its rules.
#[derive(Debug)]
pub(crate) struct Grammar {
    /// The alternation of every rule.
    pub(crate) regex: Regex,
    rules: Vec<CompiledRule>,
}

/// The grammar, compiled once.
pub(crate) static GRAMMAR: LazyLock<Grammar> = LazyLock::new(compile);

fn compile() -> Grammar {
    let fragments = fragments();
    let mut alternatives = Vec::with_capacity(RULES.len());
    for (i, rule) in RULES.iter().enumerate() {
        let body = expand(rule.pattern, &fragments).replace("(?P<", &format!("(?P<r{i}_"));
        alternatives.push(format!("(?P<r{i}>{body})"));
    }
    let source = format!("(?i){}", alternatives.join("|"));
    let regex = regex::RegexBuilder::new(&source)
        .size_limit(64 << 20)
        .dfa_size_limit(16 << 20)
        .build()
        .expect("the date grammar is a valid regex");
    let mut rules: Vec<CompiledRule> = RULES
        .iter()
        .map(|r| CompiledRule {
            kind: r.kind,
            group: 0,
            names: Vec::new(),
        })
        .collect();
    for (index, name) in regex.capture_names().enumerate() {
        let Some(name) = name else { continue };
        let Some(rest) = name.strip_prefix('r') else {
            continue;
        };
        let (num, field) = match rest.split_once('_') {
            Some((num, field)) => (num, Some(field)),
            None => (rest, None),
        };
        let Ok(i) = num.parse::<usize>() else {
            continue;
        };
        let Some(rule) = rules.get_mut(i) else {
            continue;
        };
        match field {
            None => rule.group = index,
            Some(field) => {
                let base = field.split('_').next().unwrap_or(field);
                // Names are leaked once per process: the grammar is a static.
                let base: &'static str = Box::leak(base.to_string().into_boxed_str());
                rule.names.push((base, index));
            }
        }
    }
    Grammar { regex, rules }
}

impl Grammar {
    /// The rule that produced the match in `locs`.
    pub(crate) fn rule_of(&self, locs: &CaptureLocations) -> Option<&CompiledRule> {
        self.rules.iter().find(|r| locs.get(r.group).is_some())
    }
}

/// A match of one rule: its groups by meaning.
pub(crate) struct Hit<'t, 'g> {
    /// The article text.
    pub(crate) text: &'t str,
    locs: &'g CaptureLocations,
    /// The rule that matched.
    pub(crate) rule: &'g CompiledRule,
}

impl<'t, 'g> Hit<'t, 'g> {
    /// The match of `rule` in `locs`.
    pub(crate) fn new(text: &'t str, locs: &'g CaptureLocations, rule: &'g CompiledRule) -> Self {
        Hit { text, locs, rule }
    }

    /// The kind of expression.
    pub(crate) fn kind(&self) -> Kind {
        self.rule.kind
    }

    /// Byte span of the whole match.
    pub(crate) fn span(&self) -> (usize, usize) {
        self.locs.get(self.rule.group).unwrap_or((0, 0))
    }

    /// Byte span of the first group called `name` that took part in the match.
    pub(crate) fn span_of(&self, name: &str) -> Option<(usize, usize)> {
        self.rule
            .names
            .iter()
            .filter(|(n, _)| *n == name)
            .find_map(|(_, i)| self.locs.get(*i))
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
        assert!(g.rules.iter().all(|r| r.group > 0));
        let text = "slated for the 3rd quarter of fiscal 2021.";
        let mut locs = g.regex.capture_locations();
        let m = g.regex.captures_read(&mut locs, text).unwrap();
        assert_eq!(m.as_str(), "the 3rd quarter of fiscal 2021");
        let rule = g.rule_of(&locs).unwrap();
        let hit = Hit::new(text, &locs, rule);
        assert_eq!(hit.kind(), Kind::Quarter);
        assert_eq!(hit.get("ord"), Some("3rd"));
        assert_eq!(hit.get("fy"), Some("2021"));
    }
}
