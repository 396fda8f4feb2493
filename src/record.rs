//! The output record and its mention types: the one schema for output, gold and evaluation.
//!
//! Field names of the four mention layers follow `GOLD_FORMAT.md`, so that a file of records is
//! a prediction file for the scorer. Offsets (`start`, `end`) are Unicode code-point offsets into
//! the article text as read, end exclusive: Python's `text[start:end]` is the mention. Byte
//! offsets ride along in memory (`byte_start`, `byte_end`) but are not serialized.
//!
//! The JSON layout is documented in `docs/record-schema.md`; `newsextract schema` prints it as a
//! JSON Schema. Serialization is deterministic: struct fields in declaration order, no maps with
//! unordered keys.

use serde::{Deserialize, Serialize};

/// Version of the record layout; bumped only for incompatible changes.
pub const RECORD_VERSION: u32 = 1;

/// Where an article came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    /// The input path as given (a file found in a directory is given relative to that directory's
    /// path as typed), or `-` for standard input.
    pub path: String,
    /// 1-based line number within a JSONL file; `null` for a plain-text article.
    pub line: Option<u64>,
}

/// Where the publication date (`dct`) came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DctSource {
    /// A field of the input (JSONL `dct`, `date`, `published`, …).
    Input,
    /// The `--dct` command-line option.
    Cli,
    /// Found in the article text: a dateline or a copyright trailer.
    Text,
    /// Unknown.
    None,
}

/// Counts over the article text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    /// Unicode code points.
    pub chars: usize,
    /// Words (UAX #29 word segments that hold a letter or digit).
    pub words: usize,
    /// Sentences, boilerplate lines included.
    pub sentences: usize,
}

/// Something odd about the input that did not stop processing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// Stable machine-readable kind, e.g. `invalid_utf8`, `bad_dct`.
    pub kind: String,
    /// What happened, for a person.
    pub message: String,
}

impl Warning {
    /// A warning of `kind` with `message`.
    pub fn new(kind: &str, message: impl Into<String>) -> Warning {
        Warning {
            kind: kind.to_string(),
            message: message.into(),
        }
    }
}

/// A region of scraped boilerplate (caption, "Loading...", copyright trailer…). Extractors skip it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boilerplate {
    /// Code-point offset of the first character.
    pub start: usize,
    /// Code-point offset after the last character.
    pub end: usize,
    /// The region's text.
    pub text: String,
    /// Why it is boilerplate: `caption`, `photo_credit`, `loading`, `advertisement`,
    /// `continue_reading`, `more_articles`, `copyright`, `share_prompt`, `subscribe_prompt`.
    pub reason: String,
    /// Byte offset of the first byte (not serialized).
    #[serde(skip)]
    pub byte_start: usize,
    /// Byte offset after the last byte (not serialized).
    #[serde(skip)]
    pub byte_end: usize,
}

/// Coarse entity type (CoNLL).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    /// A person.
    Person,
    /// An organisation: company, agency, team, party…
    Org,
    /// A place: country, state, city, region, facility…
    Loc,
    /// Everything else that is named: nationalities and groups, products, events, laws.
    Misc,
}

impl EntityType {
    /// The label as written in records and gold (`PERSON`, `ORG`, `LOC`, `MISC`).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Misc => "MISC",
        }
    }
}

/// A named entity mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityMention {
    /// Code-point offset of the first character.
    pub start: usize,
    /// Code-point offset after the last character.
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// PERSON, ORG, LOC or MISC.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The fullest form of this entity's name in the article.
    pub canonical: Option<String>,
    /// Index of this mention's entity in the record's `entity_index`.
    #[serde(default)]
    pub entity: Option<usize>,
    /// Byte offset of the first byte (not serialized).
    #[serde(skip)]
    pub byte_start: usize,
    /// Byte offset after the last byte (not serialized).
    #[serde(skip)]
    pub byte_end: usize,
}

/// One entity of an article: the mentions that name the same person, organisation, place or
/// thing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// PERSON, ORG, LOC or MISC.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The fullest form of the name in the article (its longest mention).
    pub canonical: String,
    /// The other forms used, in order of first use ("Nadella", "CBP").
    pub aliases: Vec<String>,
    /// Indices of its mentions in the record's `entities`, in text order.
    pub mentions: Vec<usize>,
}

/// TIMEX3 type of a temporal expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum DateType {
    /// A calendar date or period: "Sept. 26, 2014", "the third quarter", "2018".
    Date,
    /// A time of day: "3 p.m. Tuesday", "noon".
    Time,
    /// A length of time: "five years".
    Duration,
    /// A recurrence: "every year", "annually".
    Set,
}

/// A temporal expression with its TIMEX3 value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    /// Code-point offset of the first character.
    pub start: usize,
    /// Code-point offset after the last character.
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// DATE, TIME, DURATION or SET.
    #[serde(rename = "type")]
    pub kind: DateType,
    /// TIMEX3 value (`2021-01`, `FY2021-Q3`, `P5Y`, `PRESENT_REF`, `XXXX-10`), `null` if unknown.
    pub value: Option<String>,
    /// TIMEX3 modifier: `START`, `MID`, `END`, `APPROX`, `MORE_THAN`, …
    #[serde(rename = "mod")]
    pub modifier: Option<String>,
    /// First and last calendar day the expression covers, when it is a date or period.
    pub range: Option<[String; 2]>,
    /// What a relative expression was resolved against: `dct`, `text` or `none`.
    pub anchor: Option<String>,
    /// Byte offset of the first byte (not serialized).
    #[serde(skip)]
    pub byte_start: usize,
    /// Byte offset after the last byte (not serialized).
    #[serde(skip)]
    pub byte_end: usize,
}

/// An amount of money.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MoneyMention {
    /// Code-point offset of the first character.
    pub start: usize,
    /// Code-point offset after the last character.
    pub end: usize,
    /// The amount as written, from currency sign or number to magnitude word or currency name.
    pub text: String,
    /// The amount in units of the currency (100000000 for "$100 million"); `null` when vague.
    pub value: Option<f64>,
    /// ISO 4217 code, `null` when unknown.
    pub currency: Option<String>,
    /// Qualifier before the amount: `at_least`, `more_than`, `approx`, `up_to`, `less_than`, …
    pub qualifier: Option<String>,
    /// True for an amount without a value: "tens of millions of dollars", "multimillion-dollar".
    #[serde(default)]
    pub vague: bool,
    /// Lower bound of a vague amount (1e7 for "tens of millions of dollars"); `null` otherwise.
    #[serde(default)]
    pub min: Option<f64>,
    /// Upper bound of a vague amount, exclusive (1e8 for "tens of millions of dollars").
    #[serde(default)]
    pub max: Option<f64>,
    /// What the amount is a rate per: `year`, `month`, `share`, `hour`, `ton`, `each`, …
    #[serde(default)]
    pub per: Option<String>,
    /// ISO 8601 duration the amount is spread over ("over five years" → `P5Y`).
    #[serde(default)]
    pub period: Option<String>,
    /// Membership in a range ("$5 million to $7 million", "$5-7 million").
    #[serde(default)]
    pub range: Option<MoneyRange>,
    /// Byte offset of the first byte (not serialized).
    #[serde(skip)]
    pub byte_start: usize,
    /// Byte offset after the last byte (not serialized).
    #[serde(skip)]
    pub byte_end: usize,
}

/// Links the two ends of a money range: both carry the same `id`, one is `low`, one `high`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoneyRange {
    /// Ordinal of the range within the record's money layer (0, 1, 2… in text order).
    pub id: usize,
    /// Which end of the range this mention is.
    pub role: RangeRole,
}

/// An end of a money range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RangeRole {
    /// The first (lower) end.
    Low,
    /// The second (higher) end.
    High,
}

/// A contract identifier or modification number.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContractMention {
    /// Code-point offset of the first character.
    pub start: usize,
    /// Code-point offset after the last character.
    pub end: usize,
    /// The identifier as written.
    pub text: String,
    /// `id` for contract, order, agreement and solicitation numbers; `modification` for P00012-style numbers.
    pub kind: String,
    /// The identifier as written (the scorer compares it with hyphens and spaces removed).
    pub value: String,
    /// The issuing office: the activity address code in positions 1–6 (`N00019`), or the agency
    /// prefix of an older shape (`GS`, `NAS1`); `null` when the shape does not tell.
    #[serde(default)]
    pub agency_code: Option<String>,
    /// Fiscal year the instrument was issued in (from positions 7–8: `21` → 2021).
    #[serde(default)]
    pub fiscal_year: Option<u16>,
    /// Kind of instrument: `contract`, `indefinite_delivery`, `order`, `boa`, `bpa`, `rfp`,
    /// `rfq`, `purchase_order`, `modification`, … (see `docs/record-schema.md`).
    #[serde(default)]
    pub instrument: Option<String>,
    /// Serial number (positions 10–17; for an order appended to a contract number, the order
    /// number).
    #[serde(default)]
    pub serial: Option<String>,
    /// Byte offset of the first byte (not serialized).
    #[serde(skip)]
    pub byte_start: usize,
    /// Byte offset after the last byte (not serialized).
    #[serde(skip)]
    pub byte_end: usize,
}

/// A span of text: code-point offsets and the text itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    /// Code-point offset of the first character.
    pub start: usize,
    /// Code-point offset after the last character.
    pub end: usize,
    /// The text.
    pub text: String,
    /// Byte offset of the first byte (not serialized).
    #[serde(skip)]
    pub byte_start: usize,
    /// Byte offset after the last byte (not serialized).
    #[serde(skip)]
    pub byte_end: usize,
}

/// Where a contract event is stated: the sentence that introduces it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceRef {
    /// Code-point offset of the sentence's first character.
    pub start: usize,
    /// Code-point offset after its last character.
    pub end: usize,
}

/// A party of a contract event: the buying agency or a vendor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventParty {
    /// Index into `entities` of the entity mention that names the party, if there is one.
    pub entity: Option<usize>,
    /// Code-point offset of the name's first character.
    pub start: usize,
    /// Code-point offset after the name's last character.
    pub end: usize,
    /// The name as written.
    pub text: String,
    /// Byte offset of the first byte (not serialized).
    #[serde(skip)]
    pub byte_start: usize,
    /// Byte offset after the last byte (not serialized).
    #[serde(skip)]
    pub byte_end: usize,
}

/// A money mention of a contract event and what it measures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventAmount {
    /// Index into `money`.
    pub money: usize,
    /// `value`, `ceiling`, `minimum`, `obligated`, `cumulative` or `potential`.
    pub role: String,
}

/// A date mention of a contract event and what it dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDate {
    /// Index into `dates`.
    pub date: usize,
    /// `award`, `start`, `completion`, `ordering_end`, `presolicitation`, `solicitation`,
    /// `responses_due`, `industry_day`, `protest`, `decision` or `cancellation`.
    pub role: String,
}

/// The length of a contract or of the action's period of performance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventPeriod {
    /// Code-point offset of the first character.
    pub start: usize,
    /// Code-point offset after the last character.
    pub end: usize,
    /// The phrase as written ("a base year plus four option years").
    pub text: String,
    /// Total length as an ISO 8601 duration (`P5Y`), when the phrase tells it.
    pub value: Option<String>,
    /// Byte offset of the first byte (not serialized).
    #[serde(skip)]
    pub byte_start: usize,
    /// Byte offset after the last byte (not serialized).
    #[serde(skip)]
    pub byte_end: usize,
}

/// One contract action reported by the article: an award, planned award, modification, option
/// exercise, solicitation, protest or cancellation. Mentions are referred to by index into the
/// record's layers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContractEvent {
    /// `rfi`, `presolicitation`, `solicitation`, `award`, `planned_award`, `modification`,
    /// `option`, `protest` or `cancellation`.
    pub stage: String,
    /// The sentence that introduces the event.
    pub sentence: SentenceRef,
    /// The buyer: the agency or contracting activity.
    pub agency: Option<EventParty>,
    /// Awardees (or, for a protest, the protester and the awardee).
    pub vendors: Vec<EventParty>,
    /// Amounts, each with its role.
    pub amounts: Vec<EventAmount>,
    /// Indexes into `contracts` of the identifiers of the contract, order, solicitation or
    /// modification.
    pub ids: Vec<usize>,
    /// Contract types: `firm_fixed_price`, `cost_plus_fixed_fee`, `idiq`, `bpa`, `task_order`,
    /// `multiple_award`, … (see `docs/record-schema.md`).
    pub contract_type: Vec<String>,
    /// Dates, each with its role.
    pub dates: Vec<EventDate>,
    /// Length of the contract or of the action.
    pub period: Option<EventPeriod>,
    /// Where the work will be performed, as written.
    pub place_of_performance: Option<TextSpan>,
    /// What is bought: the "for …" clause, trimmed.
    pub purpose: Option<TextSpan>,
}

/// The record of one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// The input's id, else the path, or `path:line` for JSONL.
    pub id: String,
    /// Where the article came from.
    pub source: SourceRef,
    /// Title, when the input carries one.
    pub title: Option<String>,
    /// URL, when the input carries one.
    pub url: Option<String>,
    /// Publication date (`YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that is known).
    pub dct: Option<String>,
    /// Where `dct` came from.
    pub dct_source: DctSource,
    /// Hex SHA-256 of the text's UTF-8 bytes.
    pub text_sha256: String,
    /// Counts over the text.
    pub stats: Stats,
    /// Oddities of the input.
    pub warnings: Vec<Warning>,
    /// Boilerplate regions, skipped by the extractors.
    pub boilerplate: Vec<Boilerplate>,
    /// Named entities.
    pub entities: Vec<EntityMention>,
    /// Temporal expressions.
    pub dates: Vec<DateMention>,
    /// Money amounts.
    pub money: Vec<MoneyMention>,
    /// Contract identifiers and modification numbers.
    pub contracts: Vec<ContractMention>,
    /// Entities: the `entities` mentions grouped by what they name.
    #[serde(default)]
    pub entity_index: Vec<Entity>,
    /// Contract actions (awards, modifications, solicitations, …) built from the layers above.
    #[serde(default)]
    pub contract_events: Vec<ContractEvent>,
    /// The article as read; omitted with `--no-text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// Why an article produced no record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ErrorKind {
    /// A JSONL line that is not a JSON object.
    MalformedJson,
    /// A JSON object without a usable text field.
    MissingText,
    /// A file or stream that could not be read.
    Unreadable,
    /// A document over `--max-bytes`.
    TooLarge,
    /// Input that is not text (an image, an archive…).
    Binary,
    /// An extractor panicked on this article (a bug: please report it with the article).
    Panic,
}

impl ErrorKind {
    /// The kind as written in error records.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::MalformedJson => "malformed_json",
            ErrorKind::MissingText => "missing_text",
            ErrorKind::Unreadable => "unreadable",
            ErrorKind::TooLarge => "too_large",
            ErrorKind::Binary => "binary",
            ErrorKind::Panic => "panic",
        }
    }
}

/// The error part of an error record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorInfo {
    /// What kind of failure.
    pub kind: ErrorKind,
    /// What happened, for a person.
    pub message: String,
}

/// The line written for an article that could not be processed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorRecord {
    /// As in [`Record::id`].
    pub id: String,
    /// Where the article came from.
    pub source: SourceRef,
    /// What went wrong.
    pub error: ErrorInfo,
}

/// One output line: a record, or an error record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Output {
    /// The article was processed.
    Record(Box<Record>),
    /// The article could not be processed.
    Error(ErrorRecord),
}

impl Output {
    /// The article id.
    pub fn id(&self) -> &str {
        match self {
            Output::Record(r) => &r.id,
            Output::Error(e) => &e.id,
        }
    }
}

/// Something every mention type has: a span.
pub trait Spanned {
    /// Code-point start and end.
    fn chars(&self) -> (usize, usize);
    /// Byte start and end (in memory only).
    fn bytes(&self) -> (usize, usize);
}

macro_rules! impl_spanned {
    ($($t:ty),*) => {$(
        impl Spanned for $t {
            fn chars(&self) -> (usize, usize) {
                (self.start, self.end)
            }
            fn bytes(&self) -> (usize, usize) {
                (self.byte_start, self.byte_end)
            }
        }
    )*};
}
impl_spanned!(
    Boilerplate,
    EntityMention,
    DateMention,
    MoneyMention,
    ContractMention
);

/// JSON Schema (draft 2020-12) of one output line, as printed by `newsextract schema`.
pub const JSON_SCHEMA: &str = include_str!("../docs/record.schema.json");
