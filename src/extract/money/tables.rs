//! The word lists of the money extractor: currencies (from `data/currencies.tsv`), magnitude
//! words, qualifiers, rate units, vague quantities and the cue words that tell a weight from a
//! sum of pounds. Everything the patterns and the context rules know lives here, as data.

use std::collections::HashMap;
use std::sync::LazyLock;

/// The currency gazetteer: ISO 4217 codes with English names, plurals and symbols (see
/// `data/SOURCES.md`).
const CURRENCIES_TSV: &str = include_str!("../../../data/currencies.tsv");

/// Symbols used by several currencies, and the one a bare symbol means in English news.
/// (The gazetteer lists such symbols under every currency that uses them.)
const SYMBOL_DEFAULTS: &[(&str, &str)] =
    &[("$", "USD"), ("¥", "JPY"), ("Rs", "INR"), ("kr", "SEK")];

/// Prefixes that combine a code or country with the dollar sign, beyond the gazetteer's symbols.
pub const EXTRA_PREFIXES: &[(&str, &str)] = &[("USD$", "USD"), ("US $", "USD"), ("USD $", "USD")];

/// Signs that may also follow the number ("5 €", "99¢", "500 zł"). The dollar, pound and yen
/// signs are left out: after a number they nearly always start the next amount.
pub const SUFFIX_SYMBOLS: &[&str] = &[
    "€", "¢", "₽", "₴", "₫", "₺", "₪", "₦", "₩", "₹", "₱", "฿", "zł", "Kč", "Ft", "kr",
];

/// Codes, symbols and names that are also ordinary English words or common acronyms ("ALL",
/// "TOP", "PHP 7.4", "won", "real"): they make an amount only when the number has a magnitude
/// word or thousands separators ("5,000 won", "TRY 2 billion"). A lone "R", a letter far more
/// often than a rand, is one of them: "R1.2 billion", "R450m", not "Road R5".
pub const AMBIGUOUS_MARKERS: &[&str] = &[
    "ALL", "AMD", "BAM", "BOB", "BTN", "CUP", "CVE", "ERN", "GEL", "MAD", "MOP", "NAD", "PEN",
    "PHP", "RON", "SAR", "SOS", "TOP", "TRY", "Fr.", "kr", "LE", "SR", "TL", "Ft", "stg", "SDR",
    "won", "real", "reals", "rand", "dong", "marks", "mark", "R",
];

/// Words after an ambiguous currency name that make it an ordinary word: "2 billion real
/// estate", "in real terms".
pub const AMBIGUOUS_COMPOUNDS: &[&str] = &[
    "estate", "terms", "time", "world", "life", "growth", "value", "values", "income", "wages",
    "gdp", "interest", "rates", "returns", "cost", "costs", "money", "economy", "sector", "assets",
    "people", "users", "votes", "games", "awards", "medals", "titles", "seats",
];

/// Currency words that are generic "pound(s)": a weight as often as a sum (see [`WEIGHT_CUES`]).
pub const GENERIC_POUNDS: &[&str] = &["pound", "pounds"];

/// Sub-units: a word or sign worth a hundredth of a currency; `None` takes the currency from
/// context (the amount before it in the sentence, else USD).
pub const SUBUNITS: &[(&str, Option<&str>)] = &[
    ("cent", None),
    ("cents", None),
    ("¢", None),
    ("pence", Some("GBP")),
    ("paise", Some("INR")),
];

/// Currencies whose hundredth is called a cent: "cents" after a euro amount are euro cents.
pub const CENT_CURRENCIES: &[&str] = &[
    "USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "ZAR",
];

/// Extra currency words beyond the gazetteer's names and plurals (its `alt_names` column mixes
/// slang for amounts with words for the currency itself, so only these are taken).
pub const EXTRA_WORDS: &[(&str, &str)] = &[("bucks", "USD"), ("quid", "GBP")];

/// Magnitude words and their power of ten. Matched without regard to case.
pub const MAGNITUDES: &[(&str, i32)] = &[
    ("thousand", 3),
    ("million", 6),
    ("mln", 6),
    ("mn", 6),
    ("billion", 9),
    ("bln", 9),
    ("bn", 9),
    ("trillion", 12),
    ("trn", 12),
    ("tn", 12),
    ("lakh", 5),
    ("lakhs", 5),
    ("lac", 5),
    ("lacs", 5),
    ("crore", 7),
    ("crores", 7),
    ("cr", 7),
];

/// Magnitudes written glued to the number ("$5m", "£2.5bn", "$40K", "$3MM"), case-sensitive.
pub const GLUED_MAGNITUDES: &[(&str, i32)] = &[
    ("k", 3),
    ("K", 3),
    ("m", 6),
    ("M", 6),
    ("MM", 6),
    ("mm", 6),
    ("mn", 6),
    ("mln", 6),
    ("b", 9),
    ("B", 9),
    ("bn", 9),
    ("bln", 9),
    ("tn", 12),
    ("trn", 12),
    ("cr", 7),
];

/// Number words and their values ("three million dollars", "fifteen cents").
pub const NUMBER_WORDS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Qualifiers written before an amount, and their normalized form. The longest match wins.
pub const QUALIFIERS: &[(&str, &str)] = &[
    ("at least", "at_least"),
    ("at minimum", "at_least"),
    ("a minimum of", "at_least"),
    ("minimum of", "at_least"),
    ("minimum", "at_least"),
    ("no less than", "at_least"),
    ("not less than", "at_least"),
    ("more than", "more_than"),
    ("over", "more_than"),
    ("just over", "more_than"),
    ("well over", "more_than"),
    ("in excess of", "more_than"),
    ("upwards of", "more_than"),
    ("upward of", "more_than"),
    ("above", "more_than"),
    ("exceeding", "more_than"),
    ("north of", "more_than"),
    ("less than", "less_than"),
    ("under", "less_than"),
    ("just under", "less_than"),
    ("below", "less_than"),
    ("about", "approx"),
    ("around", "approx"),
    ("approximately", "approx"),
    ("approx.", "approx"),
    ("roughly", "approx"),
    ("nearly", "approx"),
    ("almost", "approx"),
    ("close to", "approx"),
    ("some", "approx"),
    ("circa", "approx"),
    ("an estimated", "approx"),
    ("estimated", "approx"),
    ("an approximate", "approx"),
    ("up to", "up_to"),
    ("as much as", "up_to"),
    // A synonym spinner's "as much as".
    ("as a lot as", "up_to"),
    ("as high as", "up_to"),
    ("at most", "up_to"),
    ("no more than", "up_to"),
    ("not more than", "up_to"),
    ("maximum", "up_to"),
    ("a maximum of", "up_to"),
    ("maximum of", "up_to"),
    ("not-to-exceed", "up_to"),
    ("not to exceed", "up_to"),
    ("ceiling of", "up_to"),
    ("a ceiling of", "up_to"),
    ("capped at", "up_to"),
];

/// Qualifiers written after an amount ("$5 million or more").
pub const POST_QUALIFIERS: &[(&str, &str)] = &[
    ("or more", "at_least"),
    ("or higher", "at_least"),
    ("or above", "at_least"),
    ("and up", "at_least"),
    ("and above", "at_least"),
    ("-plus", "more_than"),
    ("or less", "up_to"),
    ("or lower", "up_to"),
    ("or under", "up_to"),
    ("or so", "approx"),
];

/// Units a rate is per, as written after "a", "an", "each", "every" or "/" ("$5 a share"),
/// and the normalized unit. After "per", any word is taken ("$1.99 per episode").
pub const RATE_UNITS: &[(&str, &str)] = &[
    ("year", "year"),
    ("yr", "year"),
    ("annum", "year"),
    ("month", "month"),
    ("mo", "month"),
    ("week", "week"),
    ("wk", "week"),
    ("day", "day"),
    ("night", "night"),
    ("hour", "hour"),
    ("hr", "hour"),
    ("minute", "minute"),
    ("share", "share"),
    ("barrel", "barrel"),
    ("bbl", "barrel"),
    ("ton", "ton"),
    ("tonne", "tonne"),
    ("ounce", "ounce"),
    ("oz", "ounce"),
    ("gallon", "gallon"),
    ("gal", "gallon"),
    ("litre", "litre"),
    ("liter", "litre"),
    ("pound", "pound"),
    ("lb", "pound"),
    ("kilogram", "kilogram"),
    ("kilo", "kilogram"),
    ("kg", "kilogram"),
    ("head", "person"),
    ("person", "person"),
    ("capita", "person"),
    ("seat", "seat"),
    ("ticket", "ticket"),
    ("unit", "unit"),
    ("piece", "each"),
];

/// Words after "per" that do not name a rate unit ("5 per cent").
pub const NOT_RATE_UNITS: &[&str] = &["cent", "centum", "se", "the", "a", "an"];

/// Words after "a year", "a month"… that make it a time reference, not a rate ("a year
/// earlier", "a week ago").
pub const NOT_RATE_FOLLOWERS: &[&str] = &[
    "earlier", "ago", "before", "later", "prior", "after", "from", "since", "into", "on", "back",
];

/// Words that open another clause: a period after one of them belongs to that clause
/// ("$300 million before he becomes a free agent in two years").
pub const CLAUSE_OPENERS: &[&str] = &[
    "before", "after", "when", "while", "until", "unless", "if", "because", "since", "although",
    "though", "whereas", "which", "who", "but", "once",
];

/// Adverbs after an amount that make it a rate ("$5 million annually", "$6,000 each").
pub const RATE_ADVERBS: &[(&str, &str)] = &[
    ("annually", "year"),
    ("yearly", "year"),
    ("monthly", "month"),
    ("weekly", "week"),
    ("daily", "day"),
    ("nightly", "night"),
    ("hourly", "hour"),
    ("apiece", "each"),
    ("each", "each"),
];

/// Units of a period ("over five years") and the ISO 8601 designator and multiplier.
pub const PERIOD_UNITS: &[(&str, char, u32)] = &[
    ("year", 'Y', 1),
    ("month", 'M', 1),
    ("week", 'W', 1),
    ("day", 'D', 1),
    ("quarter", 'M', 3),
    ("decade", 'Y', 10),
];

/// Words before a period's number that make the period one unit when no number is written
/// ("over the next decade", "within a year").
pub const PERIOD_ONE: &[&str] = &["a", "an", "next", "coming", "following"];

/// Words that may follow an elliptical amount, a number and magnitude standing for money named
/// just before ("US$5 billion in aid on top of the four billion it has already received"):
/// pronouns, determiners, prepositions, conjunctions and auxiliaries. A noun after the
/// magnitude ("four billion people") makes it a count, never money.
pub const ELLIPSIS_FOLLOWERS: &[&str] = &[
    "a",
    "already",
    "an",
    "and",
    "are",
    "as",
    "at",
    "but",
    "by",
    "earlier",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "in",
    "is",
    "it",
    "last",
    "more",
    "on",
    "or",
    "previously",
    "she",
    "that",
    "the",
    "their",
    "they",
    "this",
    "to",
    "was",
    "we",
    "were",
    "which",
    "will",
    "would",
];

/// Plural quantity words of vague amounts and their bounds: "tens of millions" is
/// [10 × 1e6, 100 × 1e6). In a chain only the first word's upper bound counts.
pub const VAGUE_PLURALS: &[(&str, f64, f64)] = &[
    ("tens", 10.0, 100.0),
    ("dozens", 24.0, 144.0),
    ("hundreds", 100.0, 1e3),
    ("thousands", 1e3, 1e6),
    ("millions", 1e6, 1e9),
    ("billions", 1e9, 1e12),
    ("trillions", 1e12, 1e15),
];

/// Indefinite counts before a magnitude ("a few million dollars", "several hundred thousand").
pub const VAGUE_COUNTS: &[(&str, f64, f64)] = &[
    ("a few", 2.0, 10.0),
    ("few", 2.0, 10.0),
    ("several", 3.0, 10.0),
    ("a couple of", 2.0, 3.0),
    ("a couple", 2.0, 3.0),
];

/// Prefix of a "multi-" adjective ("multimillion-dollar") and the factor of its bounds:
/// [2 × magnitude, 1000 × magnitude). A bare "million-dollar" is [magnitude, 10 × magnitude).
pub const MULTI_BOUNDS: (f64, f64) = (2.0, 1000.0);
/// Bounds factor of a bare "million-dollar" / "billion-dollar" adjective.
pub const ADJECTIVE_BOUNDS: (f64, f64) = (1.0, 10.0);

/// Words near "pounds" that make it a weight ("a 200-pound bomb", "weighed 5 pounds").
pub const WEIGHT_CUES: &[&str] = &[
    "weigh",
    "weighs",
    "weighed",
    "weighing",
    "weight",
    "weights",
    "weighted",
    "lb",
    "lbs",
    "ounce",
    "ounces",
    "oz",
    "kilogram",
    "kilograms",
    "kilo",
    "kilos",
    "kg",
    "gram",
    "grams",
    "tons",
    "tonnes",
    "heavy",
    "heavier",
    "lighter",
    "bomb",
    "bombs",
    "payload",
    "overweight",
    "obese",
    "psi",
    "thrust",
    "pressure",
];

/// Nouns after "pounds of" that keep the pounds money ("millions of pounds of investment").
pub const MONEY_NOUNS: &[&str] = &[
    "aid",
    "assets",
    "bonuses",
    "borrowing",
    "business",
    "capital",
    "cash",
    "compensation",
    "contracts",
    "costs",
    "cuts",
    "damage",
    "damages",
    "debt",
    "debts",
    "deals",
    "donations",
    "earnings",
    "fees",
    "fines",
    "funding",
    "funds",
    "grants",
    "income",
    "investment",
    "investments",
    "loans",
    "losses",
    "money",
    "orders",
    "profit",
    "profits",
    "public",
    "revenue",
    "revenues",
    "sales",
    "savings",
    "spending",
    "subsidies",
    "support",
    "tax",
    "taxes",
    "taxpayers",
    "taxpayer",
    "value",
    "wages",
    "welfare",
];

/// Words before "in `<year>` dollars" that make the number a year ("in 2019 dollars").
pub const YEAR_DOLLAR_CUES: &[&str] = &[
    "in", "constant", "real", "nominal", "today's", "current", "adjusted",
];

/// Context words that make "¥" the Chinese yuan rather than the yen.
pub const YUAN_CUES: &[&str] = &[
    "yuan", "renminbi", "RMB", "China", "Chinese", "Beijing", "Shanghai", "Shenzhen",
];

/// Stems of verbs of change: "rose from $5 million to $7 million" is a change, not a range.
pub const CHANGE_STEMS: &[&str] = &[
    "increas",
    "rais",
    "rise",
    "rose",
    "risen",
    "rising",
    "grow",
    "grew",
    "jump",
    "climb",
    "fell",
    "fall",
    "drop",
    "declin",
    "cut",
    "reduc",
    "boost",
    "lift",
    "bring",
    "brought",
    "lower",
    "expand",
    "swell",
    "soar",
    "plung",
    "slip",
    "slid",
    "move",
    "revis",
    "chang",
    "went",
    "gone",
    "going",
    "hike",
    "doubl",
    "tripl",
    "tumbl",
    "surg",
    "sank",
    "sink",
    "shrank",
    "shrink",
    "narrow",
    "widen",
    "trim",
    "slash",
    "adjust",
    "modif",
    "up",
    "down",
    "decreas",
    "upgrad",
    "downgrad",
    "improv",
    "balloon",
    "ballooned",
    "escalat",
    "inflat",
];

/// One currency form, as matched in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CurrencyForm {
    /// ISO 4217 code; `None` for a sub-unit whose currency comes from context.
    pub code: Option<&'static str>,
    /// Power of ten of the form's unit: 0 for "dollars", -2 for "cents".
    pub exponent: i32,
    /// True when the form alone is not enough (see [`AMBIGUOUS_MARKERS`]).
    pub ambiguous: bool,
}

/// The currency forms, parsed once from the gazetteer and the tables above.
pub struct Currencies {
    /// Symbols and codes written before (or after) the number: "$", "US$", "€", "Rs", "EUR".
    /// Keyed as written (case-sensitive).
    pub symbols: HashMap<&'static str, CurrencyForm>,
    /// ISO codes (uppercase): "USD", "EUR".
    pub codes: HashMap<&'static str, CurrencyForm>,
    /// Names and plurals, lower-cased, inner spaces single: "dollars", "hong kong dollars".
    pub words: HashMap<String, CurrencyForm>,
}

impl Currencies {
    /// The form of a name as matched (any case, any inner whitespace).
    pub fn word(&self, matched: &str) -> Option<CurrencyForm> {
        let key = matched.split_whitespace().collect::<Vec<_>>().join(" ");
        self.words.get(&key.to_lowercase()).copied()
    }
}

/// Every currency form.
pub static CURRENCIES: LazyLock<Currencies> = LazyLock::new(build_currencies);

fn build_currencies() -> Currencies {
    let mut symbols: HashMap<&'static str, CurrencyForm> = HashMap::new();
    let mut codes = HashMap::new();
    let mut words = HashMap::new();
    let form = |code: &'static str, marker: &str| CurrencyForm {
        code: Some(code),
        exponent: 0,
        ambiguous: AMBIGUOUS_MARKERS.contains(&marker),
    };
    for line in CURRENCIES_TSV.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&'static str> = line.split('\t').collect();
        let [code, name, singular, plural, symbol_list, ..] = cols[..] else {
            continue;
        };
        codes.insert(code, form(code, code));
        for symbol in symbol_list.split('|').filter(|s| !s.is_empty()) {
            // First listed wins; the defaults table settles shared symbols.
            symbols.entry(symbol).or_insert_with(|| form(code, symbol));
        }
        for word in [name, singular, plural]
            .iter()
            .flat_map(|cell| cell.split('|'))
            .filter(|w| !w.is_empty() && !w.contains('('))
        {
            let key = word.to_lowercase();
            words.entry(key).or_insert_with(|| form(code, word));
        }
    }
    for (prefix, code) in EXTRA_PREFIXES {
        symbols.insert(prefix, form(code, prefix));
    }
    for (symbol, code) in SYMBOL_DEFAULTS {
        if let Some(f) = symbols.get_mut(symbol) {
            f.code = Some(code);
        }
    }
    for (word, code) in EXTRA_WORDS {
        words.insert((*word).to_string(), form(code, word));
    }
    for (word, code) in SUBUNITS {
        let f = CurrencyForm {
            code: *code,
            exponent: -2,
            ambiguous: false,
        };
        if word.chars().all(char::is_alphabetic) {
            words.insert((*word).to_string(), f);
        } else {
            symbols.insert(word, f);
        }
    }
    Currencies {
        symbols,
        codes,
        words,
    }
}

/// The power of ten of a magnitude word (any case), spaced form.
pub fn magnitude(word: &str) -> Option<i32> {
    MAGNITUDES
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|(_, e)| *e)
}

/// The power of ten of a glued magnitude ("m" in "$5m"), case-sensitive.
pub fn glued_magnitude(word: &str) -> Option<i32> {
    GLUED_MAGNITUDES
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, e)| *e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gazetteer_loads_with_defaults() {
        let c = &*CURRENCIES;
        assert_eq!(c.symbols["$"].code, Some("USD"));
        assert_eq!(c.symbols["¥"].code, Some("JPY"));
        assert_eq!(c.symbols["HK$"].code, Some("HKD"));
        assert_eq!(c.symbols["Rs"].code, Some("INR"));
        assert!(c.symbols["R"].ambiguous);
        assert_eq!(c.symbols["R$"].code, Some("BRL"));
        assert_eq!(
            c.word("Hong  Kong Dollars").and_then(|f| f.code),
            Some("HKD")
        );
        assert_eq!(c.word("euros").and_then(|f| f.code), Some("EUR"));
        assert_eq!(c.word("cents").map(|f| f.exponent), Some(-2));
        assert!(c.word("won").is_some_and(|f| f.ambiguous));
        assert!(c.codes["TRY"].ambiguous && !c.codes["EUR"].ambiguous);
        assert!(c.codes.len() > 150);
    }
}
