//! The word lists and patterns of contract events: cue words, triggers, contract types, the
//! roles of amounts and dates, and references to the contract being reported or to another one.
//!
//! Everything here is a table read by one loop. Patterns are case-insensitive (news text comes
//! in capitals too) and use ASCII word boundaries so that the regex crate's fast engines stay in
//! use on non-ASCII text.

use std::sync::{LazyLock, OnceLock};

use crate::pattern::{LiteralFilter, Regex};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::extract::money::tables::NUMBER_WORDS;

/// Word characters of the patterns: ASCII letters, digits and "_", and the letters of Latin-1
/// and Latin Extended-A/B (U+00C0–U+024F without × and ÷), written as plain ranges. The full
/// Unicode `\w` compiles to thousands of automaton states per copy, and a pattern such as
/// `(?:\w+\s+){0,4}` or `[\w,]{0,100}` copies it many times (that one alone took 42 ms to
/// compile); even `\w` cut to U+02FF costs 41 M more instructions to compile than these ranges,
/// about 6 % of a one-article run. Words in other scripts do not occur inside the English
/// phrases these patterns read.
const WORD_CLASS: &str = r"[0-9A-Za-z_\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}]";

/// Compiles a case-insensitive pattern whose `\b` are ASCII word boundaries and whose `\w` is
/// [`WORD_CLASS`] (inside a bracketed class too: a nested class is a union).
pub(super) fn re(pattern: &str) -> Regex {
    Regex::new(&event_syntax(pattern)).expect("event pattern is valid")
}

/// Compiles the rows of a table as [`re`] does, into one regex whose matches name their row
/// ([`crate::pattern::Match::pattern`]): the alternation of the rows, in order.
pub(super) fn re_many<'a>(rows: impl IntoIterator<Item = &'a str>) -> Regex {
    let rows: Vec<String> = rows.into_iter().map(event_syntax).collect();
    Regex::new_many(&rows).expect("event patterns are valid")
}

/// A pattern in the syntax [`re`] describes, as the engine reads it.
fn event_syntax(pattern: &str) -> String {
    format!("(?i){}", event_syntax_cased(pattern))
}

/// [`event_syntax`] without its case-insensitive flag.
fn event_syntax_cased(pattern: &str) -> String {
    pattern
        .replace(r"\b", r"(?-u:\b)")
        .replace(r"\w", WORD_CLASS)
}

/// A pattern of a table compiled by [`re`] on its first use: a table of thirty patterns costs at
/// startup only the patterns the input needs.
pub(super) struct LazyRegex {
    pattern: String,
    compiled: OnceLock<Regex>,
}

impl LazyRegex {
    /// A pattern not yet compiled.
    pub(super) fn new(pattern: impl Into<String>) -> LazyRegex {
        LazyRegex {
            pattern: pattern.into(),
            compiled: OnceLock::new(),
        }
    }

    /// The pattern as written in its table.
    pub(super) fn pattern(&self) -> &str {
        &self.pattern
    }

    /// The compiled pattern.
    pub(super) fn get(&self) -> &Regex {
        self.compiled.get_or_init(|| re(&self.pattern))
    }
}

/// Features a sentence's cue words announce: each trigger pattern and each detail reader runs
/// only on sentences whose mask has one of the features it needs.
pub(super) mod feature {
    /// "award", "awarded", "awards".
    pub const AWARD: u32 = 1;
    /// Solicitations, RFIs, RFPs, sources sought.
    pub const SOLICIT: u32 = 1 << 1;
    /// Protests.
    pub const PROTEST: u32 = 1 << 2;
    /// Cancellations and terminations.
    pub const CANCEL: u32 = 1 << 3;
    /// "went to".
    pub const WENT: u32 = 1 << 4;
    /// "will share".
    pub const SHARE: u32 = 1 << 5;
    /// "extend".
    pub const EXTEND: u32 = 1 << 6;
    /// "exercise an option".
    pub const EXERCISE: u32 = 1 << 7;
    /// Intents: "in the market for", "hunting for", "slated for".
    pub const FORECAST: u32 = 1 << 8;
    /// Other award verbs: "won", "signed", "established", "issued", "keep providing".
    pub const VERB: u32 = 1 << 9;
    /// Contract-type words.
    pub const TYPE: u32 = 1 << 10;
    /// "performed", "performance".
    pub const PLACE: u32 = 1 << 11;
    /// "contracting activity".
    pub const ACTIVITY: u32 = 1 << 12;
    /// "The winners are …".
    pub const WINNERS: u32 = 1 << 13;
    /// Lengths of time.
    pub const PERIOD: u32 = 1 << 14;
    /// Contract nouns and other details: worth reading when an event is open.
    pub const DETAIL: u32 = 1 << 15;
    /// A contract noun: "contract", "deal", "order", "agreement", "option"…
    pub const NOUN: u32 = 1 << 16;
    /// Modifications in prose: "modified", "amended", "raised the ceiling".
    pub const MODIFY: u32 = 1 << 17;
    /// A bid protest taken to court: "the U.S. Court of Federal Claims".
    pub const COURT: u32 = 1 << 18;
    /// The features that may report an action.
    pub const TRIGGERS: u32 = AWARD
        | COURT
        | SOLICIT
        | PROTEST
        | CANCEL
        | WENT
        | SHARE
        | EXTEND
        | EXERCISE
        | FORECAST
        | VERB
        | MODIFY;
}

use feature as f;

/// Cue words (matched case-insensitively anywhere, overlapping) and the features they
/// announce. A sentence without any costs nothing more.
const CUES: &[(&str, u32)] = &[
    ("award", f::AWARD | f::DETAIL | f::NOUN),
    ("solicit", f::SOLICIT | f::DETAIL | f::NOUN),
    ("request for", f::SOLICIT),
    ("rfi", f::SOLICIT),
    ("rfp", f::SOLICIT),
    ("rfq", f::SOLICIT),
    ("sources sought", f::SOLICIT),
    ("sources-sought", f::SOLICIT),
    ("invitation for bid", f::SOLICIT | f::NOUN),
    ("request for proposal", f::NOUN),
    ("tender", f::NOUN | f::DETAIL | f::SOLICIT),
    ("letter of acceptance", f::VERB),
    ("letters of acceptance", f::VERB),
    ("seeking", f::SOLICIT),
    ("seek ", f::SOLICIT),
    ("re-advertise", f::SOLICIT),
    ("readvertise", f::SOLICIT),
    ("rebid", f::SOLICIT),
    ("re-bid", f::SOLICIT),
    ("retender", f::SOLICIT),
    ("re-tender", f::SOLICIT),
    ("appointed", f::VERB),
    ("bidding", f::SOLICIT),
    ("for bid", f::SOLICIT),
    ("to bid", f::SOLICIT),
    ("winner", f::VERB),
    ("awardee", f::VERB),
    ("seeks", f::SOLICIT),
    ("sought", f::SOLICIT),
    ("requesting", f::SOLICIT),
    ("accepting", f::SOLICIT),
    ("protest", f::PROTEST | f::DETAIL | f::NOUN),
    // The complaint of a court fight already told: "X filed its complaint on Monday".
    ("filed its complaint", f::PROTEST),
    ("filed their complaint", f::PROTEST),
    ("challeng", f::PROTEST),
    ("cancel", f::CANCEL),
    ("reject", f::CANCEL),
    ("withdr", f::CANCEL),
    ("federal claims", f::COURT),
    ("claims court", f::COURT),
    ("terminat", f::CANCEL),
    ("scrap", f::CANCEL),
    ("rescind", f::CANCEL),
    ("pulled the plug", f::CANCEL),
    ("negotiating", f::FORECAST),
    ("went to", f::WENT),
    ("goes to", f::WENT),
    ("go to", f::WENT),
    ("will share", f::SHARE),
    ("to share", f::SHARE),
    ("extend", f::EXTEND | f::DETAIL),
    ("renew", f::EXTEND),
    // "It's $14.2 million for building …": a price told of the contract just reported.
    ("it's $", f::DETAIL),
    ("it’s $", f::DETAIL),
    ("it is $", f::DETAIL),
    ("it was $", f::DETAIL),
    ("it will be", f::DETAIL),
    ("exercis", f::EXERCISE),
    // An option taken up in other words: "triggered the first of two extension options",
    // "invoked its option", "took up the option".
    ("trigger", f::EXERCISE),
    ("invok", f::EXERCISE),
    ("activat", f::EXERCISE),
    ("took up", f::EXERCISE),
    ("taken up", f::EXERCISE),
    ("takes up", f::EXERCISE),
    ("take up", f::EXERCISE),
    ("picked up", f::EXERCISE),
    ("picks up", f::EXERCISE),
    // A contract made smaller or larger: "has cut back its pasture contract".
    ("cut back", f::MODIFY),
    ("cuts back", f::MODIFY),
    ("scaled back", f::MODIFY),
    ("scales back", f::MODIFY),
    ("pared back", f::MODIFY),
    ("trimmed", f::MODIFY),
    ("trims", f::MODIFY),
    ("reduce", f::MODIFY),
    ("reducing", f::MODIFY),
    ("downsiz", f::MODIFY),
    ("descop", f::MODIFY),
    ("de-scop", f::MODIFY),
    ("curtail", f::MODIFY),
    ("expanded", f::MODIFY),
    ("expands", f::MODIFY),
    ("enlarg", f::MODIFY),
    // "to withdraw its notice of award", "revoked the letter of award".
    ("revok", f::CANCEL),
    ("retract", f::CANCEL),
    // Notices of a procurement under other names: a prior information notice (the EU's
    // advance notice), a contract notice (the EU's call for tenders), an invitation to
    // negotiate (Florida's solicitation).
    ("information notice", f::SOLICIT),
    ("contract notice", f::SOLICIT | f::NOUN),
    ("tender notice", f::SOLICIT | f::NOUN),
    ("invitation to negotiate", f::SOLICIT | f::NOUN),
    ("invitations to negotiate", f::SOLICIT | f::NOUN),
    ("market for", f::FORECAST),
    ("hunting for", f::FORECAST),
    ("looking for", f::FORECAST),
    ("searching for", f::FORECAST),
    ("seeking for", f::FORECAST),
    ("slated for", f::FORECAST),
    ("slated in", f::FORECAST),
    ("scheduled for", f::FORECAST),
    ("scheduled in", f::FORECAST),
    ("planned for", f::FORECAST),
    ("preferred bidder", f::FORECAST),
    ("preferred tenderer", f::FORECAST),
    ("shortlist", f::FORECAST),
    ("short-list", f::FORECAST),
    ("preferred supplier", f::FORECAST),
    ("preferred vendor", f::FORECAST),
    ("preferred contractor", f::FORECAST),
    ("preferred provider", f::FORECAST),
    ("preferred proponent", f::FORECAST),
    // "named X as the preferred proposer" (a public-private partnership's winner).
    ("preferred proposer", f::FORECAST),
    ("preferred offeror", f::FORECAST),
    ("preferred respondent", f::FORECAST),
    ("preferred developer", f::FORECAST),
    ("preferred concessionaire", f::FORECAST),
    ("planned in", f::FORECAST),
    ("set for", f::FORECAST),
    ("set in", f::FORECAST),
    ("won ", f::VERB),
    ("wins", f::VERB),
    ("landed", f::VERB),
    ("lands", f::VERB),
    ("secure", f::VERB),
    ("captur", f::VERB),
    ("receive", f::VERB),
    ("gets", f::VERB),
    ("got ", f::VERB),
    ("clinched", f::VERB),
    ("snagged", f::VERB),
    ("booked", f::VERB),
    ("books", f::VERB),
    ("establish", f::VERB),
    ("set up", f::VERB),
    ("sets up", f::VERB),
    ("sign", f::VERB),
    ("inked", f::VERB),
    ("inks", f::VERB),
    ("conclude", f::VERB),
    ("execut", f::VERB),
    ("entere", f::VERB),
    ("enters", f::VERB),
    ("issue", f::VERB),
    ("issuing", f::VERB),
    ("keep", f::VERB),
    // "plans to compete the first order among the holders"; "a second order … is expected".
    ("compete the", f::VERB),
    ("compete a", f::VERB),
    ("compete its", f::VERB),
    ("second order", f::FORECAST),
    ("third order", f::FORECAST),
    ("next order", f::FORECAST),
    // "will keep the current provider on a month-to-month basis".
    ("kept", f::VERB),
    ("retain", f::VERB),
    ("stay with", f::VERB),
    ("stays with", f::VERB),
    ("stayed with", f::VERB),
    // "to bring a new contract to the board": a vote to come.
    ("bring a", f::VERB),
    ("bring the", f::VERB),
    ("continue", f::VERB),
    ("selected", f::VERB),
    ("selects", f::VERB),
    ("selection", f::VERB),
    ("chose", f::VERB),
    ("choose", f::VERB),
    ("picked", f::VERB),
    ("picks", f::VERB),
    ("tapped", f::VERB),
    ("taps", f::VERB),
    ("placed", f::VERB),
    ("positioned", f::VERB),
    ("places", f::VERB),
    ("approv", f::VERB),
    ("recommend", f::VERB),
    ("okayed", f::VERB),
    ("ok'd", f::VERB),
    ("oks ", f::VERB),
    ("ratif", f::VERB),
    ("authoriz", f::VERB),
    ("vote", f::VERB),
    ("gave", f::VERB),
    ("grant", f::VERB),
    ("agreed", f::VERB),
    ("decided", f::VERB),
    ("resolved", f::VERB),
    ("ordered", f::VERB),
    ("ordering", f::VERB),
    ("purchas", f::VERB),
    // "intends to buy a microscope from X", "plans to procure the licences from Y".
    ("to buy", f::VERB),
    ("to procure", f::VERB),
    ("bought", f::VERB),
    ("buying", f::VERB),
    ("gives", f::VERB),
    ("handed", f::VERB),
    ("pay ", f::VERB),
    // "ordered a stop-work on the annex", "issued a stop work order".
    ("stop-work", f::MODIFY | f::DETAIL | f::NOUN),
    ("stop work", f::MODIFY | f::DETAIL | f::NOUN),
    ("modifi", f::MODIFY | f::DETAIL),
    ("definitiz", f::MODIFY),
    ("amend", f::MODIFY),
    // "approve a guaranteed maximum price amendment with X": an amendment agreed with a party
    // is a contract's (a budget or charter amendment is with no one).
    ("amendment with", f::DETAIL | f::NOUN),
    ("contract", f::DETAIL | f::NOUN),
    ("deal", f::DETAIL | f::NOUN),
    // A synonym spinner's word for a contract ("granted X a pact valued at …").
    ("pact", f::DETAIL | f::NOUN),
    // The British and European word for a multiple-award vehicle ("appointed five suppliers to
    // a two-year framework").
    ("framework", f::DETAIL | f::NOUN),
    // A lot of a tender is a contract ("Lot 1, covering radios, went to X"); "pilot", "a lot of"
    // only wake the triggers up.
    ("lot ", f::NOUN),
    ("agreement", f::DETAIL | f::TYPE | f::NOUN),
    ("standing offer", f::DETAIL | f::NOUN),
    ("call-off", f::DETAIL | f::NOUN),
    ("order", f::DETAIL | f::TYPE | f::NOUN),
    ("option", f::DETAIL | f::NOUN),
    ("modification", f::DETAIL | f::NOUN),
    ("bpa", f::DETAIL | f::TYPE | f::NOUN),
    ("idiq", f::DETAIL | f::TYPE | f::NOUN),
    ("id/iq", f::DETAIL | f::TYPE),
    ("fixed", f::TYPE),
    ("cost", f::TYPE | f::DETAIL),
    ("time", f::TYPE),
    ("labor", f::TYPE),
    ("t&m", f::TYPE),
    ("ffp", f::TYPE),
    ("cpff", f::TYPE),
    ("cpaf", f::TYPE),
    ("cpif", f::TYPE),
    ("indefinite", f::TYPE),
    ("requirements", f::TYPE),
    ("acquisition contract", f::TYPE),
    ("gwac", f::TYPE),
    ("boa", f::TYPE),
    ("multiple", f::TYPE),
    ("multi-award", f::TYPE),
    ("multi award", f::TYPE),
    ("single", f::TYPE),
    ("perform", f::PLACE | f::DETAIL),
    ("contracting activit", f::ACTIVITY | f::DETAIL),
    ("winners", f::WINNERS | f::DETAIL),
    ("bidder", f::DETAIL),
    ("low bid", f::DETAIL),
    ("lowest bid", f::DETAIL),
    ("awardees", f::WINNERS),
    // "The consortium, led by X together with Y, will supply …": the group's members.
    ("led by", f::WINNERS),
    ("recipients", f::WINNERS),
    // "The newcomers include X, Y and Z" after contracts to "27 more companies".
    ("newcomers", f::WINNERS),
    ("new holders", f::WINNERS),
    ("new entrants", f::WINNERS),
    ("selected compan", f::WINNERS),
    ("selected firm", f::WINNERS),
    ("selected vendor", f::WINNERS),
    ("year", f::PERIOD),
    ("month", f::PERIOD),
    ("week", f::PERIOD),
    ("day", f::PERIOD),
    ("complet", f::DETAIL),
    ("estimat", f::DETAIL),
    // Dates of the work: "scheduled to begin in April and end in September 2026".
    ("begin", f::DETAIL),
    ("start", f::DETAIL),
    ("expire", f::DETAIL),
    ("end in", f::DETAIL),
    ("end by", f::DETAIL),
    ("obligat", f::DETAIL),
    ("minimum", f::DETAIL),
    ("maximum", f::DETAIL),
    ("ceiling", f::DETAIL | f::MODIFY),
    // "raised the value of X's contract by $95 million": the verb's object, a modification.
    ("the value of", f::MODIFY),
    ("capacity", f::DETAIL),
    ("valu", f::DETAIL),
    ("worth", f::DETAIL),
    ("proposal", f::DETAIL),
    (" due", f::DETAIL),
    ("industry day", f::DETAIL),
    // Bidders' meetings by other names: "a pre-reply conference", "a market-sounding session".
    ("conference", f::DETAIL),
    ("briefing", f::DETAIL),
    ("sounding", f::DETAIL),
    ("decision", f::DETAIL),
    ("exceed", f::DETAIL),
    ("job", f::DETAIL),
    // Dates of a protest and of the work told in a sentence of their own: "Larkspur filed on
    // May 2", "GAO must rule by April 15", "deliveries finish by March 2030".
    ("filed", f::DETAIL),
    // What the winner must do by a date: "must fly the demonstration by the end of 2027".
    ("must deliver", f::DETAIL),
    ("must complete", f::DETAIL),
    ("must finish", f::DETAIL),
    ("must fly", f::DETAIL),
    ("must launch", f::DETAIL),
    ("must demonstrate", f::DETAIL),
    ("must build", f::DETAIL),
    ("must install", f::DETAIL),
    ("must field", f::DETAIL),
    ("must test", f::DETAIL),
    ("arrive by", f::DETAIL),
    ("arrives by", f::DETAIL),
    (" rule", f::DETAIL),
    ("submit", f::DETAIL),
    ("until", f::DETAIL),
    ("finish", f::DETAIL),
    ("deliver", f::DETAIL),
    ("effect", f::DETAIL),
    ("open to", f::DETAIL),
    // The party an award described ("to a Denver firm") named later: "The firm, Quarry Peak
    // Mobility, bid $2.86 million".
    ("the firm,", f::DETAIL),
    ("the company,", f::DETAIL),
    ("the contractor,", f::DETAIL),
    ("winning", f::DETAIL),
    (" bid ", f::DETAIL),
];

/// The cue automaton and the features of each pattern.
pub(super) static CUE_MATCHER: LazyLock<(AhoCorasick, Vec<u32>)> = LazyLock::new(|| {
    let ac = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .kind(Some(AhoCorasickKind::DFA))
        .build(CUES.iter().map(|(w, _)| *w))
        .expect("cue automaton builds");
    (ac, CUES.iter().map(|(_, k)| *k).collect())
});

/// Stages of a contract event, in the order a later report overrides an earlier one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Stage {
    /// An agency "in the market for" something: an intent, before any notice.
    Forecast,
    /// Request for information, sources sought.
    Rfi,
    /// Pre-solicitation notice, draft solicitation, announced solicitation.
    Presolicitation,
    /// Request for proposals or quotations, invitation for bids.
    Solicitation,
    /// An award announced for the future.
    PlannedAward,
    /// An award (contract, order, agreement).
    Award,
    /// A modification or extension of an existing contract.
    Modification,
    /// An option exercised.
    Option,
    /// A bid protest.
    Protest,
    /// A cancellation or termination.
    Cancellation,
}

impl Stage {
    /// The role of a date that dates an action of this stage.
    pub(super) fn date_role(self) -> Option<&'static str> {
        match self {
            Stage::Forecast => None,
            // "issued a request for information on July 2": the notice's release.
            Stage::Rfi => Some("solicitation"),
            Stage::Presolicitation => Some("presolicitation"),
            Stage::Solicitation => Some("solicitation"),
            Stage::PlannedAward | Stage::Award | Stage::Modification | Stage::Option => {
                Some("award")
            }
            Stage::Protest => Some("protest"),
            Stage::Cancellation => Some("cancellation"),
        }
    }

    /// The stage as written in records.
    pub(super) fn name(self) -> &'static str {
        match self {
            // An intent to buy is reported as a planned award.
            Stage::Forecast | Stage::PlannedAward => "planned_award",
            Stage::Rfi => "rfi",
            Stage::Presolicitation => "presolicitation",
            Stage::Solicitation => "solicitation",
            Stage::Award => "award",
            Stage::Modification => "modification",
            Stage::Option => "option",
            Stage::Protest => "protest",
            Stage::Cancellation => "cancellation",
        }
    }
}

/// Who the words around a trigger name, which decides where parties are looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// "Weeks Marine, Inc., Covington Park, Louisiana, was awarded …": the subject lists the
    /// vendors (with their locations); the agency comes from elsewhere.
    RecipientSubject,
    /// "ICE has awarded a … contract to X", "NASA has exercised an option … with X": the
    /// subject is the agency; vendors follow "to" or "with".
    AgencySubject,
    /// "JEDI was awarded to Microsoft", "The contract … went to X": vendors follow "to".
    ContractSubject,
    /// "Google had won a … contract": the subject is the vendor.
    VendorSubject,
    /// "GAO sustained a protest by X challenging the award … by AGENCY to Y".
    ProtestParties,
}

/// What a trigger pattern says.
#[derive(Debug, Clone, Copy)]
pub(super) struct TriggerRule {
    /// The stage it reports (refined by the object for awards).
    pub stage: Stage,
    /// Whether it announces something to come.
    pub planned: bool,
    /// Where the parties are.
    pub shape: Shape,
    /// Whether the stage is refined by the object ("awarded a … modification").
    pub refine: bool,
    /// Whether the words between verb and object must not hold a preposition.
    pub gap: bool,
    /// Cue features one of which the sentence must have for the pattern to be tried.
    pub needs: u32,
    /// Cue features all of which the sentence must also have.
    pub also: u32,
    /// A verb with everyday uses ("picked", "approved", "placed an order"): it reports a
    /// government contract action only when the sentence names a government buyer.
    pub weak: bool,
    /// Tried without a contract noun: the vendor it names must then be an organisation
    /// ("NASA has selected Cobalt Ridge Engineering Partners, LLC, … to provide …", not "NASA
    /// has selected four astronauts").
    pub org_vendor: bool,
    /// Told in a relative clause after the contract it awards ("a contract, which the Navy
    /// signed", "a contract awarded last year"): a contract noun must come before it in its
    /// clause, and an indefinite one there is a new contract.
    pub relative: bool,
    /// Reports only the next step of a plan told just before ("A winner would be chosen in
    /// …"): read only when the event before is planned.
    pub follows_plan: bool,
}

const fn rule(stage: Stage, planned: bool, shape: Shape, refine: bool) -> TriggerRule {
    TriggerRule {
        stage,
        planned,
        shape,
        refine,
        gap: false,
        needs: f::AWARD,
        also: 0,
        weak: false,
        org_vendor: false,
        relative: false,
        follows_plan: false,
    }
}

impl TriggerRule {
    const fn gapped(mut self) -> TriggerRule {
        self.gap = true;
        self
    }

    /// Tried without a contract noun in the sentence (an amount after the verb says enough, or
    /// the object names the procurement: "reject the bids").
    const fn alone(mut self) -> TriggerRule {
        self.also = 0;
        self
    }

    const fn relative(mut self) -> TriggerRule {
        self.relative = true;
        self
    }

    const fn follows_plan(mut self) -> TriggerRule {
        self.follows_plan = true;
        self
    }

    const fn weak(mut self) -> TriggerRule {
        self.weak = true;
        self
    }

    /// Tried without a contract noun, when the buyer is named and the vendor is an
    /// organisation.
    const fn org_vendor(mut self) -> TriggerRule {
        self.also = 0;
        self.weak = true;
        self.org_vendor = true;
        self
    }

    const fn needs(mut self, features: u32) -> TriggerRule {
        self.needs = features;
        // Verbs that are common words trigger only next to a contract noun.
        if features & (f::VERB | f::EXTEND | f::EXERCISE | f::CANCEL | f::WENT | f::MODIFY) != 0 {
            self.also = f::NOUN;
        }
        self
    }
}

/// Filler words between a verb and its object: anything but sentence punctuation. A code check
/// ([`gap_has_preposition`]) keeps prepositions out, which regexes cannot say without look-around.
const GAP: &str = r"(?:[^\s;]+\s+)";

/// A character of the same clause: anything but a semicolon or a period that ends a sentence
/// (the period of "$27.5 million" or "U.S." is part of a token).
const CLAUSE_CHAR: &str = r"(?:[^.;]|\.\S)";

/// The words that mark the contract or provider already in place: "the current provider",
/// "the old contract". Shared by the trigger that keeps an incumbent on and the checks that
/// tell the incumbent's contract from the one just awarded.
pub(super) const INCUMBENT: &str =
    r"(?:current|existing|incumbent|present|outgoing|old|previous|prior|expiring)";

/// "keep the current provider", "stayed with the existing vendor": the verb and its incumbent
/// (the start of the trigger row, and `KEEPS_INCUMBENT` in the event builder).
pub(super) const KEEPS_INCUMBENT_HEAD: &str = r"(?:keep|keeps|kept|keeping|retain|retains|retained|retaining|stay\s+with|stays\s+with|stayed\s+with|continue\s+with|continues\s+with|continued\s+with)\s+(?:the|its|their)\s+";

/// "a second order", "the next task order": an order to come other than the one told (the
/// start of the trigger row, and `ANOTHER_ORDER` in the event builder).
pub(super) const ANOTHER_ORDER_HEAD: &str =
    r"(?:a|the)\s+(?:second|third|fourth|next|further|later)\s+(?:task\s+|delivery\s+)?order\b";

/// "the bidding window for the ground-system contract closed": a solicitation told by its
/// close (the trigger row, and the check that dates the close as the responses' deadline).
pub(super) static WINDOW_CLOSES: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"\b(?:bidding|bid|proposal|response|submission)\s+(?:window|period)\b{CLAUSE_CHAR}{{0,120}}?\b(?:closed|closes|shut|shuts)\b"
    )
});

/// Nouns that name a contract action or instrument.
const CONTRACT_NOUN: &str = r"(?:contracts?|standing offers?|call-offs?|recompetes?|re-competes?|modifications?|amendments?|options?|orders?|task orders?|delivery orders?|agreements?|deals?|pacts?|bpas?|idiqs?|extensions?|awards?)";

/// Trigger patterns and what they report. A sentence may match several; overlapping matches
/// keep the earliest.
pub(super) static TRIGGERS: LazyLock<Vec<(LazyRegex, TriggerRule)>> = LazyLock::new(|| {
    use Shape::*;
    use Stage::*;
    let table: Vec<(String, TriggerRule)> = vec![
        // Passive award with a form of "be": the DoD digest shape, or "JEDI was awarded to X".
        (
            r"\b(?:is|was|are|were|been|being)\s+(?:(?:each|jointly|all|also|being|now|recently)\s+)?awarded\b".into(),
            rule(Award, false, RecipientSubject, true),
        ),
        (
            r"\b(?:will|would|to|could|may|should)\s+be\s+(?:\w+\s+)?awarded\b".into(),
            rule(PlannedAward, true, ContractSubject, false),
        ),
        // Active award: "NASA has awarded two contracts", "Navy awards …".
        (r"\b(?:awarded|awards|awarding)\b".into(), rule(Award, false, AgencySubject, true)),
        // Planned award: "plans to award", "expects to award", "will award", "award the
        // contract in …" (a base-form verb), "make awards", "an award targeted for".
        (
            r"\b(?:plans?|planned|planning|expects?|expected|intends?|intended|aims?|hopes?|wants?|set|slated|scheduled|will|would|to)\s+(?:\w+\s+){0,2}?award\b".into(),
            rule(PlannedAward, true, AgencySubject, false),
        ),
        (
            r"\baward\s+(?:the|a|an|up to|one|two|three|four|five|several|multiple|its|their)\b".into(),
            rule(PlannedAward, true, AgencySubject, false),
        ),
        (
            r"\bmake\s+(?:an?\s+|the\s+)?awards?\b|\ban?\s+award\s+(?:is\s+|was\s+)?(?:expected|planned|targeted|slated|anticipated|scheduled)\b".into(),
            rule(PlannedAward, true, AgencySubject, false),
        ),
        // An item put to a board and not yet voted: "Staff recommended awarding the custodial
        // contract to X", "the manager had asked the council to approve a three-year agreement
        // with Y" (the vote may be tabled).
        (
            format!(r"\b(?:recommended|recommends|recommending)\s+(?:awarding\s+|approving\s+|approval\s+of\s+)?(?:a|an|the)\s+(?:{GAP}{{0,5}}?){CONTRACT_NOUN}\s+(?:with|to)\s|\basked\s+(?:the\s+)?(?:city\s+|county\s+|town\s+|village\s+)?(?:council|board|commission|commissioners|trustees|supervisors)\s+to\s+approve\s+(?:a|an|the)\s+(?:{GAP}{{0,5}}?){CONTRACT_NOUN}\s+(?:with|to)\s"),
            rule(PlannedAward, true, AgencySubject, false).needs(f::VERB),
        ),
        // Other award verbs, with a contract as object.
        (
            format!(r"\b(?:won|wins|landed|lands|secured|secures|captured|captures|received|receives|gets|got|clinched|snagged|booked|books)\s+(?P<gap>{GAP}{{0,10}}?){CONTRACT_NOUN}\b"),
            rule(Award, false, VendorSubject, true).gapped().needs(f::VERB),
        ),
        (
            format!(r"\b(?:established|establishes|set up|sets up|issued|issues|issuing)\s+(?P<gap>{GAP}{{0,6}}?){CONTRACT_NOUN}\b"),
            rule(Award, false, AgencySubject, true).gapped().needs(f::VERB),
        ),
        // Companies and governments sign agreements with each other every day ("Ontario and
        // Quebec signed a 20-year electricity agreement", "signed a supply agreement with
        // Tesla"): a signature reports a contract action only with a public buyer named.
        (
            format!(r"\b(?:signed|signs|inked|inks|executed|executes|concluded|concludes|entered into|enters into)\s+(?P<gap>{GAP}{{0,6}}?){CONTRACT_NOUN}\b"),
            rule(Award, false, AgencySubject, true).gapped().needs(f::VERB).weak(),
        ),
        // "The finance committee signed off last week on a $96 million contract".
        (
            format!(r"\bsign(?:ed|s)\s+off\s+(?:(?:last|this|on|early|late)\s+\w+\s+)?on\s+(?P<gap>{GAP}{{0,6}}?){CONTRACT_NOUN}\b"),
            rule(Award, false, AgencySubject, true).gapped().needs(f::VERB).weak(),
        ),
        // "Brolga Systems won A$17.2 million for the same work": an amount won for work.
        (
            r"\b(?:won|wins|secured|secures|landed|lands)\s+(?:about\s+|nearly\s+|more\s+than\s+)?(?:[A-Z]{1,2})?[$€£]\s?\d[\d.,]*\s*(?:million|billion|m|bn)?\s+(?:for|to\s+(?:build|supply|provide|deliver|perform|develop|maintain|operate))\s+(?:the\s+)?(?:same\s+|similar\s+)?(?:work|job|services?|project|contract|phase)\b".into(),
            rule(Award, false, VendorSubject, false).needs(f::VERB).alone(),
        ),
        // "X will receive A$640 million to supply 36 drones": an amount received for work.
        (
            r"\b(?:will\s+receive|is\s+to\s+receive|received|receives)\s+(?:about\s+|nearly\s+|more\s+than\s+)?(?:[A-Z]{1,2})?[$€£]\s?\d[\d.,]*\s*(?:million|billion|m|bn)?\s+to\s+(?:build|supply|provide|deliver|perform|develop|maintain|operate|install|manufacture)\b".into(),
            rule(Award, false, VendorSubject, false).needs(f::VERB).org_vendor(),
        ),
        // An award told in a relative clause, the verb alone as trigger: "the Army network
        // contract, which the company won in March"; "a bridge contract with its operator, X,
        // which the department signed on Sept. 30".
        (
            r"(?:,\s*|\s+)(?:which|that)\s+(?:[\w.&'’-]+\s+){1,4}?(?:(?:had|has|have)\s+)?(?P<at>won|landed|secured|captured|received|booked|clinched|snagged)\b".into(),
            rule(Award, false, VendorSubject, false).gapped().needs(f::VERB).relative(),
        ),
        (
            r"(?:,\s*|\s+)(?:which|that)\s+(?:[\w.&'’-]+\s+){1,4}?(?:(?:had|has|have)\s+)?(?P<at>signed|awarded|executed|approved)\b".into(),
            rule(Award, false, AgencySubject, false)
                .gapped()
                .needs(f::VERB | f::AWARD)
                .weak()
                .relative(),
        ),
        // "Three companies each received a place on a Navy contract", "X and Y were each
        // awarded a place on the framework": places on a multiple-award vehicle.
        (
            r"\b(?:received|receives|won|wins|earned|earns|secured|secures|landed|lands|got|gets|(?:were|was|are|is|been)\s+(?:each\s+|all\s+|also\s+)?awarded)\s+(?:a\s+)?(?:place|places|spot|spots|seat|seats|slot|slots|position|positions)\s+(?:\w+\s+){0,2}?on\s+(?:a|an|the|its|their)\b".into(),
            rule(Award, false, RecipientSubject, false).needs(f::VERB | f::AWARD),
        ),
        // "announced the award of a … contract to X".
        (
            r"\b(?:announced|announces|announcing|confirmed|confirms|finalized|finalizes)\s+(?:the|an?|its)\s+(?:[\w-]+\s+){0,2}?awards?\s+of\b".into(),
            rule(Award, false, AgencySubject, true),
        ),
        // "placed a $2 million call against its blanket purchase agreement with X", "issued
        // call order 0007 under the BPA": an order under a BPA is called a call.
        (
            r"\b(?:placed|places|issued|issues)\s+(?:a|an|the)\s+(?:[\w$.,-]+\s+){0,4}?call(?:\s+orders?)?(?:,[^,;]{1,60},)?\s+(?:against|under)\s".into(),
            rule(Award, false, AgencySubject, false).needs(f::VERB).weak(),
        ),
        // "The college intends to buy a mass spectrometer from a single company, X, without
        // competition": a purchase to come from a named seller is a planned award (a plan to
        // buy with no seller is none).
        (
            r"\b(?:intends?|intended|plans?|planned|expects?|expected)\s+(?P<at>to\s+(?:buy|purchase|procure|acquire))\b[^.;,]{0,100}?\bfrom\s+(?:(?:a|one)\s+(?:single|sole)\s+(?:company|supplier|vendor|source|manufacturer|firm),?\s+)?(?-i:\p{Lu})".into(),
            rule(PlannedAward, true, AgencySubject, false)
                .gapped()
                .needs(f::VERB)
                .org_vendor(),
        ),
        // Selections, placed orders, approvals, votes and gifts of a contract: everyday verbs,
        // so a government buyer must be named.
        (
            format!(r"\b(?:selected|selects|chose|chooses|picked|picks|tapped|taps)\s+(?P<gap>{GAP}{{0,8}}?){CONTRACT_NOUN}\b"),
            rule(Award, false, AgencySubject, true).gapped().needs(f::VERB).weak(),
        ),
        (
            r"\b(?:selected|selects|chose|chooses|picked|picks|tapped|taps)\b".into(),
            rule(Award, false, AgencySubject, false).needs(f::VERB).weak(),
        ),
        // "the Space Force had picked it for a contract worth up to $540 million": the company
        // that speaks is the vendor.
        (
            format!(r"\b(?:(?:has|have|had)\s+)?(?:selected|picked|chosen|chose|tapped)\s+(?:it|them|the company|the firm)\s+(?:for|to\s+(?:receive|perform|deliver))\s+(?P<gap>{GAP}{{0,6}}?){CONTRACT_NOUN}\b"),
            rule(Award, false, AgencySubject, false).gapped().needs(f::VERB).weak(),
        ),
        // A release's "NASA has selected X, a joint venture of …, to provide …", "The Corps
        // picked Kiewit Infrastructure Co. to build …": no contract noun, so the vendor must be
        // an organisation.
        (
            r"\b(?:(?:has|have|had)\s+)?(?:selected|chosen|chose|picked|tapped)\b".into(),
            rule(Award, false, AgencySubject, false).needs(f::VERB).org_vendor(),
        ),
        (
            r"\bselection\s+of\b".into(),
            rule(Award, false, AgencySubject, false).needs(f::VERB).weak(),
        ),
        (
            r"\b(?:is|was|are|were|been|being)\s+(?:selected|chosen|picked|tapped)\b".into(),
            rule(Award, false, RecipientSubject, true).needs(f::VERB).weak(),
        ),
        (
            // ("positioned" is "placed" in synonym-spun reposts; "approved, on its consent
            // calendar, the fourth amendment": an aside set off by commas after the verb.)
            format!(r"\b(?:placed|places|positioned|approved|approves|okayed|ok'd|oks|ratified|ratifies|authorized|authorizes|gave|gives|granted|grants|handed|hands)(?:,\s+[^,.;]+,|,)?\s+(?P<gap>{GAP}{{0,10}}?){CONTRACT_NOUN}\b"),
            rule(Award, false, AgencySubject, true).gapped().needs(f::VERB).weak(),
        ),
        // "The district will pay SafeStop Technologies $1.3 million over five years": a buyer
        // that will pay a company a sum has contracted with it.
        (
            r"\b(?P<at>(?:will|would|is to|agreed to|has agreed to|plans to)\s+pay)\s+(?-i:\p{Lu})[^$;]{1,60}?\$".into(),
            rule(Award, false, AgencySubject, false).gapped().needs(f::VERB).org_vendor().weak(),
        ),
        // "X said the Philippine Coast Guard had ordered 12 patrol boats in a deal worth …":
        // a counted order with its price, the seller the company that tells it.
        (
            r"\b(?:ordered|purchased|bought)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of)\s+(?:[\w-]+\s+){0,4}?(?:in\s+a\s+(?:deal|contract|order)|worth|valued|for\s+(?:about\s+|nearly\s+)?[$€£])".into(),
            rule(Award, false, AgencySubject, false).needs(f::VERB).alone().weak(),
        ),
        // "The council appointed six contractors to a four-year framework".
        (
            r"\bappoint(?:ed|s)\s+(?:\w+\s+){0,3}?(?:contractors|suppliers|firms|companies|providers|operators|vendors)\b".into(),
            rule(Award, false, AgencySubject, false).needs(f::VERB).weak(),
        ),
        // "The Army Contracting Command made that award on April 9".
        (
            r"\bmade\s+(?:the|that|this|an?|its)\s+(?:[\w-]+\s+)?awards?\b".into(),
            rule(Award, false, AgencySubject, false).needs(f::AWARD),
        ),
        // "CISA has picked six companies for a multiple-award contract", "picked four small
        // businesses for an indefinite-delivery/indefinite-quantity contract": the companies
        // are named later.
        (
            format!(r"\b(?:(?:has|have|had)\s+)?(?:selected|selects|picked|picks|chose|chooses|tapped|taps)\s+(?:\w+\s+){{0,2}}?(?:companies|firms|vendors|contractors|teams|businesses)\s+(?:for|to\s+share(?:\s+in)?)\s+(?:a|an|the|its)\s+(?:[\w$.,/-]+\s+){{0,4}}?{CONTRACT_NOUN}\b"),
            rule(Award, false, AgencySubject, false).needs(f::VERB),
        ),
        // "Vanguard's current contract was extended in August".
        (
            r"\b(?:contract|order|agreement|deal)s?(?:,\s+which)?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+extended\b".into(),
            rule(Modification, false, VendorSubject, false).needs(f::EXTEND),
        ),
        // "ordering $28.3 million in services from X", "bought $5 million of parts from Y";
        // "approved the purchase of 40 radios and 12 chargers from Z": a body's approval of a
        // counted purchase from a seller.
        (
            r"\b(?:ordered|ordering|purchased|purchasing|bought|buying)\s+(?:about\s+|nearly\s+|more than\s+)?\$|\b(?:ordered|purchased|bought)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|hundreds of)\s+(?:[\w-]+\s+){0,4}?from\b|\b(?:approved|approves|authorized|authorizes)\s+the\s+purchase\s+of\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|hundreds of)\s+(?:[\w,-]+\s+){0,8}?from\b".into(),
            rule(Award, false, AgencySubject, false).needs(f::VERB).alone().weak(),
        ),
        (
            // ("voted 5-0 at their Oct. 29 meeting to award": a date inside the gap.)
            r"\b(?:vot(?:ed|es)|agreed|agrees|decided|decides|resolved)\s+(?:[\w.-]+\s+){0,7}?to\s+(?:award|approve|authorize|give|grant|hand)\b".into(),
            rule(Award, false, AgencySubject, true).needs(f::VERB).weak(),
        ),
        // "the commissioners voted 2-1 to hire Hartwell Roofing", "voted to buy 12 buses from
        // Blue Prairie Coach": no contract noun, so the vendor must be an organisation.
        (
            r"\b(?:vot(?:ed|es)|agreed|agrees|decided|decides|resolved)\s+(?:[\w-]+\s+){0,5}?to\s+(?:hire|retain|buy|purchase|contract\s+with)\b".into(),
            rule(Award, false, AgencySubject, false).needs(f::VERB).org_vendor().weak(),
        ),
        // Modifications in prose: "modified its contract with X", "raised the ceiling on".
        (
            format!(r"\b(?:modified|modifies|modifying|amended|amends|amending)\s+(?:its|the|their|a|an)\s+(?:[\w$.,-]+\s+){{0,3}}?{CONTRACT_NOUN}\b"),
            rule(Modification, false, AgencySubject, false).needs(f::MODIFY),
        ),
        // "has cut back its pasture contract with X", "scaled back the janitorial contract",
        // "expanded its agreement with Y": the size of a contract in force changed.
        (
            r"\b(?:cut(?:s|ting)?\s+back|scal(?:ed|es|ing)\s+back|par(?:ed|es|ing)\s+back|trimm(?:ed|ing)|trims|reduc(?:ed|es|ing)|downsiz(?:ed|es|ing)|de-?scop(?:ed|es|ing)|curtail(?:ed|s|ing)|expand(?:ed|s)|enlarg(?:ed|es|ing))\s+(?:its|the|their|[\w.&-]+['’]s)\s+(?:[\w'’-]+\s+){0,4}?(?:contract|agreement)\b".into(),
            rule(Modification, false, AgencySubject, false).needs(f::MODIFY),
        ),
        // "The lab ordered a stop-work on the annex", "issued a stop work order to X": a
        // unilateral change to a contract in force.
        (
            r"\b(?:ordered|orders|issued|issues|imposed|imposes|directed|directs)\s+(?:an?\s+|the\s+)?(?:immediate\s+|partial\s+|full\s+)?stop[\s-]work\b".into(),
            rule(Modification, false, AgencySubject, false).needs(f::MODIFY),
        ),
        (
            r"\b(?:raised|raises|raising|increased|increases|lifted|lifts|boosted|boosts|expanded|expands)\s+(?:the|its)\s+(?:ceiling|maximum value|value|cap)\s+(?:on|of)\b".into(),
            rule(Modification, false, AgencySubject, false).needs(f::MODIFY),
        ),
        (
            // "Lot 1, covering vehicle radios, went to X": a lot of a tender is a contract.
            format!(r"(?:\b{CONTRACT_NOUN}\b|\blots?\s+(?:\d+|[a-z]|one|two|three|four)\b){CLAUSE_CHAR}{{0,100}}?\b(?:went|goes|will go) to\b"),
            rule(Award, false, ContractSubject, false).needs(f::WENT),
        ),
        (
            r"\b(?:will|to)\s+share\s+(?:in\s+)?(?:a|an|the)\s+(?:[\w$.,-]+\s+){0,4}?(?:contracts?|awards?|work|deals?|orders?|vehicles?|ceiling|frameworks?|agreements?|pools?|programs?|\$)".into(),
            rule(Award, false, RecipientSubject, true).needs(f::SHARE),
        ),
        // "The incumbent, X, will keep providing guards under a bridge contract worth …", "X has
        // continued to run the desk under a short-term extension" (a modification: see `refine`).
        (
            format!(r"\b(?:(?:will|would|to)\s+(?:keep|continue)|(?:has|have|had)\s+(?:continued|kept))\s+(?:to\s+)?(?:provid|perform|work|deliver|support|operat|run|manag|maintain)\w*\b{CLAUSE_CHAR}{{0,80}}?\bunder\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:contract|extension)\b"),
            rule(Award, false, VendorSubject, true).needs(f::VERB).alone(),
        ),
        // "The sheriff's department will keep the current provider on a month-to-month basis":
        // the old contract continued while a new one is bought, an extension in all but name.
        (
            format!(r"\b{KEEPS_INCUMBENT_HEAD}{INCUMBENT}\s+(?:[\w-]+\s+)?(?:provider|contractor|vendor|operator|supplier|company|firm|caterer|hauler)\s+(?:on\s+)?(?:a\s+)?(?:month[\s-]to[\s-]month|temporary|interim|short-term)\b"),
            rule(Modification, false, AgencySubject, false).needs(f::VERB).alone(),
        ),
        // Extensions and option exercises.
        (
            // "the commission agreed to extend its current contract with X": a decision taken.
            r"\b(?:extend(?:s|ed|ing)|(?:vot(?:ed|es)|agreed|agrees|decided|decides|moved|resolved)\s+(?:[\w-]+\s+){0,3}?to\s+extend)(?:,[^,;.]{1,40},)?\s+(?:its|the|their|a|an|[\w.&-]+['’]s)\s+(?:[\w'’-]+\s+){0,5}?contract\b".into(),
            rule(Modification, false, AgencySubject, false).needs(f::EXTEND),
        ),
        // "the supervisors voted to renew the office's software subscription with X": a
        // subscription or licence is renewed by buying a new term, an award (no option of the
        // old agreement is exercised).
        (
            r"\b(?:renew(?:s|ed|ing)|(?:vot(?:ed|es)|agreed|agrees|decided|decides|moved|resolved)\s+(?:[\w-]+\s+){0,3}?to\s+renew)\s+(?:its|the|their|a|[\w.&-]+['’]s)\s+(?:[\w'’-]+\s+){0,5}?(?:subscriptions?|licen[cs]es?)\s+(?:with|from)\s".into(),
            rule(Award, false, AgencySubject, false).needs(f::EXTEND).alone().weak(),
        ),
        // "renewed its contract with X for another year", "the board voted to renew its
        // contract with X": a renewal the contract provides for is an option exercised.
        (
            r"\b(?:renew(?:s|ed|ing)|(?:vot(?:ed|es)|agreed|agrees|decided|decides|moved|resolved)\s+(?:[\w-]+\s+){0,3}?to\s+renew)\s+(?:its|the|their|a|[\w.&-]+['’]s)\s+(?:[\w'’-]+\s+){0,5}?(?:contract|agreement)\b".into(),
            rule(Option, false, AgencySubject, false).needs(f::EXTEND),
        ),
        (
            // "the council voted 7-0 to exercise the second of three renewal options".
            // "has triggered the first of two one-year extension options", "invoked its
            // option", "took up the second option": the same act in other words.
            format!(r"\b(?:exercis(?:es|ed|ing)|trigger(?:s|ed|ing)|invok(?:es|ed|ing)|activat(?:es|ed|ing)|(?:took|takes|taken|taking|picked|picks)\s+up|(?:vot(?:ed|es)|agreed|agrees|decided|decides|resolved)\s+(?:[\w-]+\s+){{0,3}}?to\s+(?:exercise|trigger|invoke|activate|take\s+up|pick\s+up))\s+(?P<gap>{GAP}{{0,7}}?)options?\b"),
            rule(Option, false, AgencySubject, false).gapped().needs(f::EXERCISE),
        ),
        // Solicitations, RFIs, pre-solicitation notices (the verb's form tells planned or not).
        (
            format!(r"\b(?:released?|releases|releasing|(?:re-?)?issued?|(?:re-?)?issues|(?:re-?)?issuing|posted|posts|publish(?:ed|es|ing)?|put out|opened|opens|launch(?:e[sd]|ing)?)\s+(?P<gap>{GAP}{{0,5}}?)(?:(?:prior|advance|pre-?)\s*information\s+notices?|(?:contract|tender)\s+notices?|invitations?\s+to\s+(?:negotiate|tender)|pre-?solicitation|draft\s+(?:solicitation|rfp|request for proposals)|solicitation|requests? for (?:[\w-]+\s+)?proposals?|rfp|requests? for quot(?:ations?|es)|rfq|invitation for bids?|requests? for information|rfi|sources[\s-]sought)\b"),
            rule(Solicitation, false, AgencySubject, false).gapped().needs(f::SOLICIT),
        ),
        // "Maha-Metro has floated a tender for …", "the council invited tenders", "The tender
        // was advertised in August": a tender, the usual solicitation outside the U.S.; "The
        // project was re-advertised Wednesday": a new call for bids.
        (
            r"\b(?:floated|floats|floating|launched|launches|issued|issues|published|publishes|advertised|advertises|invited|invites|put\s+out|(?:to|will|would)\s+(?:float|launch|issue|publish|advertise|invite|put\s+out))\s+(?:an?\s+|the\s+|its\s+|fresh\s+|new\s+)?(?:[\w-]+\s+){0,3}?(?:tenders?|invitations?\s+to\s+tender|calls?\s+for\s+tenders)\b|\btenders?\s+(?:was|were|has\s+been|have\s+been)\s+(?:first\s+)?(?:floated|launched|issued|published|advertised)\b|\b(?:was|were|has\s+been|have\s+been)\s+re-?advertised\b|\b(?:requests?\s+for\s+information|rfis?|sources[\s-]sought\s+notices?|requests?\s+for\s+proposals|rfps?|solicitations?)\s+(?:was\s+|were\s+)?(?:posted|issued|released|published)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last\s+week|this\s+week|earlier\s+this\s+(?:week|month))\b".into(),
            rule(Solicitation, false, AgencySubject, false).needs(f::SOLICIT),
        ),
        // "The letter of acceptance for the ₹1,284 crore contract was issued on September 18":
        // the document that awards a contract in many countries.
        (
            r"\bletters?\s+of\s+(?:acceptance|award)\b[^.;]{0,100}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+issued\b".into(),
            rule(Award, false, ContractSubject, false).needs(f::VERB),
        ),
        (
            r"\b(?:issued|issues|handed|hands|sent|sends)\s+(?:an?\s+|the\s+)?letters?\s+of\s+(?:acceptance|award)\b".into(),
            rule(Award, false, AgencySubject, false).needs(f::VERB),
        ),
        // "the bidding window for the ground-system contract closed on Oct. 2": a solicitation
        // reported by its close.
        (
            WINDOW_CLOSES.clone(),
            rule(Solicitation, false, ContractSubject, false).needs(f::SOLICIT | f::DETAIL),
        ),
        // "opened bidding on a contract", "put the work out for bid".
        (
            r"\b(?:opened|opens|opening|began|begins|started|starts)\s+(?:the\s+)?(?:bidding|competition)\b|\bput\s+(?:[\w-]+\s+){0,4}?(?:back\s+)?out\s+(?:for|to)\s+bids?\b".into(),
            rule(Solicitation, false, AgencySubject, false).needs(f::SOLICIT),
        ),
        // "The agency plans to compete the first order among the five holders": an order to
        // come under a vehicle just awarded.
        (
            r"\b(?:plans?|planned|expects?|intends?|will|would|to)\s+(?:to\s+)?compete\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:task\s+|delivery\s+)?orders?\b".into(),
            rule(PlannedAward, true, AgencySubject, false).needs(f::VERB),
        ),
        // "A second order, covering the account portal, is expected later in the year".
        (
            format!(r"\b{ANOTHER_ORDER_HEAD}{CLAUSE_CHAR}{{0,100}}?\b(?:is|are)\s+(?:expected|planned|slated|scheduled|anticipated)\b"),
            rule(PlannedAward, true, ContractSubject, false).needs(f::FORECAST),
        ),
        // "staff hope to bring a new contract to the board by November": a contract put to a
        // public body for its vote is an award to come.
        (
            r"\b(?:to|will|would)\s+(?:bring|take|present|send)\s+(?:a|the)\s+(?:new\s+|replacement\s+|final\s+)?(?:contract|agreement|deal)\s+(?:back\s+)?(?:to|before)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:board|council|commission|commissioners|supervisors|committee|legislature|trustees)\b".into(),
            rule(PlannedAward, true, AgencySubject, false).needs(f::VERB),
        ),
        // "is expected to announce the winner of the contract", "expects to choose one supplier
        // for production by mid-2027".
        (
            r"\b(?:to|will|would)\s+(?:announce|name|pick|select|choose)\s+(?:the\s+|a\s+|one\s+|two\s+|three\s+|a\s+single\s+)?(?:winners?|awardees?|vendors?|contractors?|suppliers?|providers?)\b".into(),
            rule(PlannedAward, true, AgencySubject, false).needs(f::VERB).alone(),
        ),
        // "A winner would be chosen in the fourth quarter of fiscal 2027": the award a plan
        // told before leads to (alone, it tells of no procurement: see `follows_plan`).
        (
            r"\b(?:winners?|awardees?|vendors?|contractors?|suppliers?|providers?)\s+(?:would|will|is\s+to|are\s+to|(?:is|are)\s+expected\s+to|should)\s+be\s+(?:chosen|selected|picked|named|announced)\b".into(),
            rule(PlannedAward, true, ContractSubject, false)
                .needs(f::VERB)
                .alone()
                .follows_plan(),
        ),
        // "is seeking proposals for", "solicited bids".
        (
            r"\b(?:seeking|seeks|sought|soliciting|solicits|solicited|requesting|requests|requested|accepting|accepts)\s+(?:\w+\s+){0,2}?(?:proposals|bids|quotes|quotations|offers)\b".into(),
            rule(Solicitation, false, AgencySubject, false).needs(f::SOLICIT | f::DETAIL),
        ),
        // "The Ministry of Defence has named X as preferred bidder for a £340m contract": the
        // winner of a tender before the contract is signed (the auxiliary inside the match, so
        // that it outlasts the plain selection "has selected" at the same start).
        (
            r"\b(?:(?:has|have|had)\s+)?(?:named|names|naming|selected|selects|chose|chosen|picked|picks|confirmed|confirms|appointed|appoints)\s+(?:[\w&.,'’-]+\s+){1,16}?as\s+(?:the\s+|its\s+)?preferred\s+(?:bidder|tenderer|supplier|vendor|contractor|provider|proponent|proposer|offeror|respondent|developer|concessionaire)s?\b".into(),
            rule(PlannedAward, true, AgencySubject, false).needs(f::FORECAST),
        ),
        // "A joint venture of X and Y has been named preferred tenderer for …": the winner as
        // the subject.
        (
            r"\b(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:named|selected|chosen|confirmed|appointed)\s+(?:as\s+)?(?:the\s+)?preferred\s+(?:bidder|tenderer|supplier|vendor|contractor|provider|proponent|proposer|offeror|respondent|developer|concessionaire)s?\b".into(),
            rule(PlannedAward, true, RecipientSubject, false).needs(f::FORECAST),
        ),
        // "Defence has shortlisted two companies, X and Y, for a separate tender": the
        // expected vendors of an award to come.
        (
            r"\b(?:(?:has|have|had)\s+)?short-?list(?:ed|s)\b".into(),
            rule(PlannedAward, true, AgencySubject, false).needs(f::FORECAST),
        ),
        // "A new invitation for bids is expected to go out in April": a solicitation to come.
        (
            r"\b(?:solicitation|rfp|request for proposals|invitation (?:for|to) bids?|invitation to tender|rfq|request for quotations)\s+(?:is|are|was)\s+(?:now\s+)?(?:expected|scheduled|slated|set|planned|due)\s+to\s+(?:go out|be (?:released|issued|published|posted|opened))\b".into(),
            rule(Presolicitation, true, ContractSubject, false).needs(f::SOLICIT),
        ),
        // "…, with contracts awarded by the end of that summer": the award a plan leads to.
        (
            r"\bwith\s+(?:the\s+)?(?:contracts?|awards?)\s+(?:to\s+be\s+)?(?:awarded|made|signed)\s+(?:by|in|before|early|late|next|this)\b".into(),
            rule(PlannedAward, true, ContractSubject, false),
        ),
        // "…issue a tender early next year, with a contract to follow in 2029": the award a
        // planned solicitation leads to.
        (
            r"\bwith\s+(?:a|the)\s+(?:contracts?|awards?|deals?)\s+to\s+follow\b".into(),
            rule(PlannedAward, true, ContractSubject, false).needs(f::NOUN),
        ),
        // "The port is in the final stages of negotiating a contract with X", "the county is
        // negotiating a deal with Y": talks with a chosen supplier, an award to come.
        (
            r"\b(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:in\s+(?:the\s+)?(?:final|last|late|advanced|closing)\s+stages?\s+of\s+)?negotiating\s+(?:a|an|the|its|their)\s+(?:[\w$.,-]+\s+){0,4}?(?:contract|deal|agreement)s?\b".into(),
            rule(PlannedAward, true, AgencySubject, false).needs(f::FORECAST),
        ),
        // An intent to buy, before any notice.
        (
            r"\b(?:in the (?:current |open )?market for|(?:hunting|looking|searching|seeking) for (?:a|an) (?:[\w-]+ ){0,2}(?:contractor|vendor|provider|supplier)s?)\b".into(),
            rule(Forecast, true, AgencySubject, false).needs(f::FORECAST),
        ),
        (
            format!(r"\b(?:deal|contract|award|procurement)\b{CLAUSE_CHAR}{{0,30}}?\b(?:slated|scheduled|planned|set)\s+(?:for|in)\b"),
            rule(Forecast, true, ContractSubject, false).needs(f::FORECAST),
        ),
        // "A new competitive solicitation … is planned for next year": a solicitation to come.
        (
            format!(r"\b(?:solicitation|competition|rfp|request for proposals)\b{CLAUSE_CHAR}{{0,30}}?\b(?:slated|scheduled|planned|set)\s+(?:for|in)\b"),
            rule(Presolicitation, true, ContractSubject, false).needs(f::FORECAST),
        ),
        // "The district plans to seek bids for a long-term contract this spring", "is preparing
        // to seek bids".
        (
            r"\b(?:plans?|planned|expects?|intends?|will|would|aims?|hopes?|preparing|prepares|prepared|readying|readies)\s+(?:to\s+)?(?:(?:seek|solicit|request|invite|take)\s+(?:new\s+|fresh\s+|competitive\s+)?(?:bids|proposals|offers|quotes|tenders)\b|re-?(?:advertise|bid|tender|solicit|compete)\b)".into(),
            rule(Presolicitation, true, AgencySubject, false).needs(f::SOLICIT),
        ),
        // "The agency will offer the rest again in a new solicitation", "plans to buy the
        // remaining units through a fresh tender": what a buy left open, solicited anew.
        (
            r"\b(?:will|would|plans?\s+to|intends?\s+to|expects?\s+to|aims?\s+to|is\s+to)\s+(?:re-?)?(?:offer|advertise|buy|purchase|procure|seek|solicit|put|bid)\s+(?:[\w-]+\s+){0,5}?(?:in|through|under|via|with)\s+(?:a|an)\s+(?:new|fresh|second|separate|later|future)\s+(?:solicitation|tender|invitation\s+for\s+bids|rfp|request\s+for\s+proposals)\b".into(),
            rule(Presolicitation, true, AgencySubject, false).needs(f::SOLICIT),
        ),
        // "The utility is expected to tender a separate maintenance contract in 2028", "plans to
        // re-tender the works": "tender" as a verb, a solicitation to come.
        (
            r"\b(?:plans?|planned|expects?|expected|intends?|will|would|to)\s+(?:to\s+)?(?:re-?)?tender\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,5}?(?:contracts?|concessions?|works|services)\b".into(),
            rule(Presolicitation, true, AgencySubject, false).needs(f::SOLICIT),
        ),
        // "The Corps definitized on Tuesday a $38.4 million contract with X": a letter
        // contract's terms settled.
        (
            r"\bdefinitiz(?:ed|es|ing)\b".into(),
            rule(Modification, false, AgencySubject, false).needs(f::MODIFY),
        ),
        // "Ridgeback Digital Inc., one of four other bidders, protested on April 27".
        (
            r"\bprotested\s+(?:on|in|last|early|late|the\s+(?:decision|award|selection|order|contract))\b".into(),
            rule(Stage::Protest, false, VendorSubject, false).needs(f::PROTEST),
        ),
        // "under a three-year agreement worth $2 million, approved by the council on Monday": a
        // participle after the contract, its buyer after "by".
        (
            r",\s+(?P<at>approved|ratified|signed|authorized|okayed)\s+(?:(?:on\s+)?\w+\s+)?by\s".into(),
            rule(Award, false, AgencySubject, false)
                .gapped()
                .needs(f::VERB)
                .weak()
                .relative(),
        ),
        // "under a contract the County Commission approved Tuesday": a relative clause without
        // "which".
        (
            r"\b(?:contract|agreement|deal|order)s?\s+(?:the|its)\s+(?:[\w.&'’-]+\s+){0,4}?(?P<at>approved|signed|awarded|ratified|executed)\b".into(),
            rule(Award, false, AgencySubject, false)
                .gapped()
                .needs(f::VERB | f::AWARD)
                .weak()
                .relative(),
        ),
        // Protests.
        (
            format!(r"\b(?:filed|files|lodged|lodges|sustained|sustains|upheld|upholds|denied|denies|dismissed|dismisses)\s+(?P<gap>{GAP}{{0,3}}?)(?:bid\s+)?protests?\b"),
            rule(Stage::Protest, false, ProtestParties, false).gapped().needs(f::PROTEST),
        ),
        // "Boeing lost a protest over …", "… after a protest by Boeing".
        (
            r"\b(?:lost|loses|won|wins)\s+(?:a|an|its|the|their)\s+(?:bid\s+)?protest\b|\b(?:after|following|amid|pending)\s+(?:a|an|the)\s+(?:bid\s+)?protest\s+(?:by|from)\b".into(),
            rule(Stage::Protest, false, ProtestParties, false).needs(f::PROTEST),
        ),
        // "Pinemark had challenged the bureau's July 30 award to X", "Crestfield Dynamics'
        // challenge of DHS's $1.1 billion award to Y remains open": a protest in other words.
        (
            r"\b(?:challenged|challenges|challenging)\s+(?:the|an?|its|their|[\w.&-]+['’]s)\s+(?:[\w$.'’-]+\s+){0,4}?(?:award|contract|selection|choice|order)\b|\bchallenges?\s+(?:of|to)\s+(?:the|an?|its|their|[\w.&-]+['’]s)\s+(?:[\w$.,'’-]+\s+){0,10}?(?:award|contract|selection|order)\s+to\b".into(),
            rule(Stage::Protest, false, VendorSubject, false).needs(f::PROTEST),
        ),
        // "X's protest of the award was denied by GAO".
        (
            format!(r"\bprotests?\b{CLAUSE_CHAR}{{0,120}}?\b(?:was|were|has been|have been|had been)\s+(?:denied|sustained|dismissed|upheld|rejected)\b"),
            rule(Stage::Protest, false, ProtestParties, false).needs(f::PROTEST),
        ),
        (
            r"\bprotest(?:ed|s)\s+(?:the|an?|its|their)\s+(?:[\w$.'’-]+\s+){0,4}?(?:award|contract|selection|order)\b".into(),
            rule(Stage::Protest, false, VendorSubject, false).needs(f::PROTEST),
        ),
        // "X has sued the government in the U.S. Court of Federal Claims, challenging …": a
        // protest taken to court.
        (
            r"\b(?:sued|sues|suing)\s+(?:the\s+)?(?:federal\s+|u\.s\.\s+)?(?:(?-i:[A-Z])[\w&.-]*\s+){0,4}?(?:government|agency|department|army|navy|air force|pentagon|administration|united states|command|service|bureau)\b|\bfiled\s+(?:a\s+)?(?:law)?suit\b|\bfiled\s+(?:a\s+|its\s+|their\s+)?(?:bid[\s-]protest\s+)?complaint\b".into(),
            rule(Stage::Protest, false, ProtestParties, false).needs(f::COURT),
        ),
        // "Cobalt Health Solutions Inc. filed its complaint on Monday, … block the VA from
        // proceeding with the contract": the complaint of a court fight told before, its
        // contract named.
        (
            r"\bfiled\s+(?:its|their)\s+(?:bid[\s-]protest\s+)?complaint\b".into(),
            TriggerRule {
                also: f::NOUN,
                ..rule(Stage::Protest, false, ProtestParties, false).needs(f::PROTEST)
            },
        ),
        // Cancellations (the sentence must name a contract: checked in code).
        (
            // ("is terminating the contract for convenience": the notice given, in the present.)
            r"\b(?:canceled|cancelled|cancels|terminated|terminates|scrapped|scraps|rescinded|rescinds|pulled the plug on|(?:is|are)\s+(?:now\s+)?(?:terminating|canceling|cancelling))\b".into(),
            rule(Cancellation, false, AgencySubject, false).needs(f::CANCEL),
        ),
        // "The board also voted to terminate its cleaning contract with X", "the council
        // agreed to end the deal": a public body's decision ends a contract.
        (
            r"\b(?:vot(?:ed|es)|agreed|agrees|decided|decides|moved|resolved)\s+(?:\w+\s+){0,3}?to\s+(?:terminate|cancel|rescind|end)\b".into(),
            rule(Cancellation, false, AgencySubject, false).needs(f::CANCEL | f::VERB).weak(),
        ),
        // "voted to withdraw its notice of award to X", "revoked the letter of award": the
        // award undone before the contract is signed.
        (
            r"\b(?:withdr(?:ew|aw|aws|awn|awing)|rescind(?:s|ed|ing)?|revok(?:e|es|ed|ing)|retract(?:s|ed|ing)?|cancel(?:s|ed|led|ing|ling)?)\s+(?:its|the|their|an?)\s+(?:[\w-]+\s+){0,2}?(?:notices?|letters?|notifications?)\s+of\s+(?:intent\s+to\s+)?award\b".into(),
            rule(Cancellation, false, AgencySubject, false).needs(f::CANCEL).alone(),
        ),
        // "The council rejected all four bids for a contract to …": the procurement ends.
        (
            r"\b(?:rejected|rejects|rejecting)\s+all\s+(?:[\w-]+\s+){0,2}?(?:bids|proposals|offers|tenders|quotes)\b|\b(?:voted|votes|decided|agreed|moved)\s+(?:\w+\s+){0,3}?to\s+reject\s+(?:all\s+|the\s+|all\s+the\s+)(?:[\w-]+\s+){0,2}?(?:bids|proposals|offers|tenders|quotes)\b|\b(?:solicitation|rfp|request\s+for\s+proposals|invitation\s+(?:for|to)\s+bids?|rfq)\b[^.;]{0,120}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:formally\s+)?withdrawn\b|\b(?:withdrew|withdraws|withdrawn)\s+(?:the|its|their|an?)\s+(?:[\w-]+\s+){0,3}?(?:solicitation|rfp|request\s+for\s+proposals|invitation\s+(?:for|to)\s+bids?|rfq)s?\b".into(),
            rule(Cancellation, false, AgencySubject, false).needs(f::CANCEL).alone(),
        ),
    ];
    table
        .into_iter()
        .map(|(p, r)| (LazyRegex::new(p), r))
        .collect()
});

/// Which [`TRIGGERS`] can match a sentence, found by one literal search: most sentences with a
/// cue word match none or one or two of the hundred-odd trigger patterns, and searching each
/// pattern over the sentence was most of the events' time. Read from each pattern as
/// [`re`] compiles it, without its case-insensitive flag (the filter ignores ASCII case).
pub(super) static TRIGGER_FILTER: LazyLock<LiteralFilter> = LazyLock::new(|| {
    let patterns: Vec<String> = TRIGGERS
        .iter()
        .map(|(pattern, _)| event_syntax_cased(pattern.pattern()))
        .collect();
    LiteralFilter::new(&patterns)
});

/// Words that may not stand between a verb and its object in a trigger ("posted on SAM.gov
/// under solicitation number …" does not post a solicitation).
const PREPOSITIONS: &[&str] = &[
    "on",
    "under",
    "in",
    "at",
    "by",
    "for",
    "with",
    "to",
    "from",
    "of",
    "into",
    "against",
    "about",
    "during",
    "through",
    "over",
    "after",
    "before",
    "within",
    "since",
    "until",
    "via",
    "per",
    "across",
    "throughout",
    "upon",
    "among",
    "between",
    "beyond",
];

/// Whether `word` is a preposition.
pub(super) fn is_preposition(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    PREPOSITIONS.iter().any(|p| w.eq_ignore_ascii_case(p))
}

/// Whether the words of `gap` include a preposition.
pub(super) fn gap_has_preposition(gap: &str) -> bool {
    // "approved the biggest vehicle purchase in its history, a contract with X": an appositive
    // names the object again, and only the words after its comma stand between the verb and
    // the noun.
    let gap = match gap.rfind(", a ").or_else(|| gap.rfind(", an ")) {
        Some(i) if is_one_of(gap.split_whitespace().next().unwrap_or(""), DEFINITE_WORDS) => {
            &gap[i + 1..]
        }
        _ => gap,
    };
    // "a ¥48.6 billion (about $310 million) contract": a parenthesis is no preposition phrase.
    let mut depth = 0usize;
    // "exercised the second of four renewal options": "of" after an ordinal counts options.
    let mut after_ordinal = false;
    let mut words = gap.split_whitespace().peekable();
    std::iter::from_fn(|| words.next().map(|w| (w, words.peek().copied()))).any(|(w, next)| {
        let ordinal_of = after_ordinal && w.eq_ignore_ascii_case("of");
        after_ordinal = is_one_of(w, ORDINALS) || w.eq_ignore_ascii_case("last");
        if ordinal_of {
            return false;
        }
        // "unanimously approved on Wednesday a three-year contract": a day told between the
        // verb and its object is no preposition phrase.
        if w.eq_ignore_ascii_case("on") && next.is_some_and(is_day_word) {
            return false;
        }
        let opens = w.starts_with('(');
        if opens {
            depth += 1;
        }
        let inside = depth > 0;
        if w.ends_with(')') {
            depth = depth.saturating_sub(1);
        }
        if inside {
            return false;
        }
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        PREPOSITIONS.iter().any(|p| w.eq_ignore_ascii_case(p))
    })
}

/// Whether `word` names a weekday or a month ("Wednesday", "Oct.", "Nov").
fn is_day_word(word: &str) -> bool {
    use crate::extract::dates::lexicon::{MONTH_WORDS, WEEKDAYS};
    let w = word.trim_end_matches(['.', ',']);
    WEEKDAYS.iter().any(|(d, _)| w.eq_ignore_ascii_case(d))
        || MONTH_WORDS.iter().any(|m| w.eq_ignore_ascii_case(m))
}

/// Contract nouns that head the object of an award ("a $5 million modification") and the stage
/// they make it.
pub(super) const OBJECT_HEADS: &[(&str, Stage)] = &[
    ("change orders", Stage::Modification),
    ("change order", Stage::Modification),
    ("modifications", Stage::Modification),
    ("modification", Stage::Modification),
    ("amendments", Stage::Modification),
    ("amendment", Stage::Modification),
    ("extensions", Stage::Modification),
    ("extension", Stage::Modification),
    ("options", Stage::Option),
    ("option", Stage::Option),
    ("contracts", Stage::Award),
    ("contract", Stage::Award),
    ("orders", Stage::Award),
    ("order", Stage::Award),
    ("agreements", Stage::Award),
    ("agreement", Stage::Award),
    ("deal", Stage::Award),
    ("pact", Stage::Award),
];

/// Words that end the object of an award verb.
pub(super) static OBJECT_END: LazyLock<Regex> =
    LazyLock::new(|| re(r"\s(?:for|to|under|against|with|that|which|resulting)\b|[;:—]"));

/// An object that is only an amount, with the instrument after "for": "is awarded $11.3
/// million for a firm-fixed-price option under contract …". The noun after "for" is the head.
pub(super) static FOR_INSTRUMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s+for\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}?(options?|modifications?|extensions?|amendments?)\b",
    )
});

/// An option exercised anywhere in the sentence ("to exercise option four", "exercising the
/// fourth option year") makes an award an option.
pub(super) static OPTION_EXERCISE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\bexercis(?:e|es|ed|ing)\s+(?:the\s+|an\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,3}?options?\b")
});

/// Nouns that refer to a contract or a step of its procurement, for [`references`].
static REFERENCE_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:{CONTRACT_NOUN}|leases?|protests?|solicitations?|tenders?|requests? for (?:information|proposals?|quotations?)|rfi|rfp|project|job|program|notice|vehicle|frameworks?|procurement|competition|decision|cancellation|termination|change|id/iq|awardees?|winners|renewals?|purchases?)\b"
    ))
});

/// What follows "option" in a period: "two option years", "four one-year option periods".
static OPTION_PERIOD_AFTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[\s-]+(?:years?|periods?|months?)\b"));

/// Words of an amount's size after its number ("340 crore", "40 million").
const MAGNITUDE_WORDS: &[&str] = &[
    "thousand", "million", "billion", "trillion", "crore", "lakh", "m", "bn", "mn",
];

/// Nouns of [`REFERENCE_NOUN`] that only point back ("the project"), never introduce a new
/// contract.
const BACK_ONLY_NOUNS: &[&str] = &[
    // "The change was signed Sept. 9": a modification just reported.
    "change",
    "project",
    "job",
    "program",
    "notice",
    "vehicle",
    "procurement",
    "competition",
    "decision",
    "cancellation",
    "id/iq",
    "awardee",
    "awardees",
    "winners",
    // "The renewal takes effect Dec. 1", "the purchase": the action just reported.
    "renewal",
    "renewals",
    "purchase",
    "purchases",
];

/// Determiners that point back at a contract already reported.
const DEFINITE_WORDS: &[&str] = &[
    "the", "this", "that", "these", "those", "its", "their", "each", "such",
];
/// Determiners that introduce a contract not seen before.
const INDEFINITE_WORDS: &[&str] = &[
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "several", "multiple",
];
/// After "the", these make a new contract ("the first order").
const ORDINALS: &[&str] = &["first", "second", "third", "initial", "next", "latest"];
/// In the words of a reference, these make it an existing contract ("a previously awarded
/// contract").
const EXISTING: &[&str] = &["previously", "previously-awarded", "existing", "current"];

/// A phrase that refers to a contract: "the contract", "a $5 million modification".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Reference<'t> {
    /// Start of the phrase (its determiner), relative to the searched text.
    pub start: usize,
    /// End of the phrase (its noun).
    pub end: usize,
    /// The noun.
    pub noun: &'t str,
    /// True for "the …", "this …"; false for "a …", "two …", "its own …", "the first …".
    pub definite: bool,
    /// Preceded by a preposition ("in a pre-solicitation notice").
    pub after_preposition: bool,
    /// "its own …", "their own …".
    pub own: bool,
    /// "a previously awarded contract", "the existing contract".
    pub existing: bool,
}

/// Whether `word` is one of `list` (lower-case ASCII words), whatever its case. The same as
/// comparing `word.to_lowercase()`, without a String per word: the only non-ASCII letter that
/// lower-cases to ASCII is the Kelvin sign, and no listed word has a "k".
fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The contract references of `text`: each noun with the determiner found within a few words
/// before it (no preposition between).
pub(super) fn references(text: &str) -> Vec<Reference<'_>> {
    let mut out = Vec::new();
    // The words before each noun, in one buffer for all the nouns (at most thirteen).
    let mut words: Vec<(usize, &str)> = Vec::with_capacity(13);
    for noun in REFERENCE_NOUN.find_iter(text) {
        // "a base year and two option years": a length of time, no contract.
        if noun.as_str().len() >= 6
            && noun.as_str()[..6].eq_ignore_ascii_case("option")
            && OPTION_PERIOD_AFTER.is_match(&text[noun.end()..])
        {
            continue;
        }
        // "publish the contract notice", "a tender notice": the name of a notice (the notice
        // itself is read as the noun next).
        if noun.as_str().eq_ignore_ascii_case("contract")
            && text[noun.end()..]
                .strip_prefix(' ')
                .and_then(|rest| rest.get(..6))
                .is_some_and(|w| w.eq_ignore_ascii_case("notice"))
        {
            continue;
        }
        let can_be_new = !is_one_of(noun.as_str(), BACK_ONLY_NOUNS);
        // The words before the noun, nearest first (at most eleven, within 160 bytes: "a $1.7
        // million Small Business Innovation Research (SBIR) Phase II contract").
        let mut lo = noun.start().saturating_sub(160);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let before = &text[lo..noun.start()];
        words.clear();
        let mut end = before.len();
        for (i, ch) in before.char_indices().rev() {
            if ch.is_whitespace() {
                if end > i + ch.len_utf8() {
                    words.push((lo + i + ch.len_utf8(), &before[i + ch.len_utf8()..end]));
                }
                end = i;
                if words.len() >= 12 {
                    break;
                }
            }
        }
        if words.len() < 12 && end > 0 && lo == 0 {
            words.push((lo, &before[..end]));
        }
        let mut found: Option<Reference<'_>> = None;
        for (k, (pos, w)) in words.iter().enumerate() {
            let bare = w.trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '-');
            let definite = is_one_of(bare, DEFINITE_WORDS);
            let gap = &words[..k];
            // "two contracts", "12 orders" count contracts; "the ₹340 crore contract", "a 40
            // million euro deal", "the $73 million order" price one, "the July 30 award" and
            // "its 2021 contract" date one.
            let count = (1..=3).contains(&bare.len())
                && bare.bytes().all(|b| b.is_ascii_digit())
                && w.starts_with(|c: char| c.is_ascii_digit())
                && !words.get(k + 1).is_some_and(|(_, m)| {
                    crate::calendar::month_from_name(m.trim_end_matches('.')).is_some()
                })
                && !gap
                    .last()
                    .is_some_and(|(_, g)| is_one_of(g, MAGNITUDE_WORDS));
            let indefinite = can_be_new && (is_one_of(bare, INDEFINITE_WORDS) || count);
            let own = bare.eq_ignore_ascii_case("own")
                && words
                    .get(k + 1)
                    .is_some_and(|(_, n)| is_one_of(n, &["its", "their"]));
            if definite || indefinite || own {
                // "the Marshall Engineering and Science Services III contract": a contract's
                // proper name may be long.
                let named = gap.iter().all(|(_, g)| {
                    g.starts_with(|c: char| c.is_uppercase())
                        || is_acronym_in_parentheses(g)
                        || is_one_of(g, &["and", "of", "for", "&", "the"])
                });
                let limit = if definite && !named { 3 } else { 10 };
                if k > limit {
                    break;
                }
                let ordinal = definite
                    && can_be_new
                    && gap.last().is_some_and(|(_, g)| is_one_of(g, ORDINALS));
                let start_k = if own { k + 1 } else { k };
                let prev = words.get(start_k + 1).map(|(_, p)| *p);
                found = Some(Reference {
                    start: words.get(start_k).map_or(*pos, |(p, _)| *p),
                    end: noun.end(),
                    noun: noun.as_str(),
                    definite: definite && !ordinal && !own,
                    // "had been awarded in March 2025 as a firm-fixed-price deal": "as" gives
                    // the kind of the contract named, no new one.
                    after_preposition: prev.is_some_and(|p| {
                        is_preposition(p)
                            || p.trim_matches(|c: char| !c.is_alphanumeric())
                                .eq_ignore_ascii_case("as")
                    }),
                    own,
                    existing: gap
                        .iter()
                        .any(|(_, g)| is_one_of(g.trim_end_matches(','), EXISTING))
                        || bare.eq_ignore_ascii_case("existing"),
                });
                break;
            }
            // Punctuation or a preposition ends the phrase, but not a name's acronym in
            // parentheses ("the Human Spaceflight Engineering and Test Services (HSETS)
            // contract").
            // "the firm-fixed-price, indefinite-delivery contract": a compound adjective and
            // its comma before another modifier stay in the phrase.
            let coordinate = k > 0
                && w.strip_suffix(',').is_some_and(|a| {
                    a.contains('-')
                        && a.starts_with(|c: char| c.is_ascii_lowercase())
                        && a.chars().all(|c| c.is_alphabetic() || c == '-' || c == '/')
                });
            if (w.ends_with([',', ';', ':', '.', ')', '(']) || is_preposition(w))
                && !is_acronym_in_parentheses(w)
                && !coordinate
            {
                break;
            }
        }
        if let Some(r) = found {
            out.push(r);
        }
    }
    out
}

/// Whether `word` is an acronym in parentheses: "(HSETS)", "(NGEN-R)".
fn is_acronym_in_parentheses(word: &str) -> bool {
    word.strip_prefix('(')
        .and_then(|w| w.strip_suffix(')'))
        .is_some_and(|inner| {
            inner.len() >= 2
                && inner.starts_with(|c: char| c.is_ascii_uppercase())
                && inner
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-' || c == '&')
        })
}

/// Sentences of the DoD template that belong to the event of their paragraph, whatever else
/// they say.
pub(super) static TEMPLATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:this|it|these|the (?:contract|agreement|order|option|modification))\s+(?:is|was|are|were)\s+(?:a|an)\b|\b(?:work (?:will|is expected to|would)\s+(?:\w+\s+)?be performed|(?:is|as) the contracting activity|work (?:will|would|is (?:expected|scheduled|set) to) (?:begin|start|commence)|contracting activity (?:is|was)|locations? of performance|performance completion date|funds? (?:in the amount of|of)\b|(?:will be|were|are being|is being|was) obligated|the winners|awardees|proposals are due|responses are due)\b",
    )
});

/// Where a phrase about another contract starts: the rest of its clause says nothing about the
/// event ("under a previous contract, HSHQDC-15-C-00027, which expired in 2020").
pub(super) static OTHER_CONTRACT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:a new (?:solicitation|competition|contract|award|procurement|vehicle|tender)|(?:the|its) (?:first|initial|next) (?:[\w-]+ )?orders\b|a follow-on|(?:a|the|its|their) (?:previous|prior|existing|incumbent|former|predecessor|bridge|current|original)\s+(?:[\w-]+\s+){0,2}?(?:contracts?|deals?|agreements?|arrangements?|frameworks?|vehicles?|orders?|awards?|contractors?|providers?|vendors?)\b|(?:a|an)\s+(?:(?:19|20)\d\d|separate|different|unrelated)\s+(?:[\w-]+\s+){0,2}?(?:contracts?|deals?|agreements?|orders?|awards?)\b|another\s+(?:contract|deal|agreement|order|award)\b|(?:a\s+first|an\s+earlier)\s+(?:[\w-]+\s+){0,2}?(?:tenders?|solicitations?|competitions?|procurements?|attempts?)\b|replaces?\b|replacing\b|successor to\b|instead of\b)",
    )
});

/// Words one of which every match of [`OTHER_CONTRACT`] contains, for a cheap test before it
/// runs: most sentences have none. Each is a part of its alternative without "s" or "k", the
/// two ASCII letters a case-insensitive regex also matches outside ASCII (ſ, K), so that the
/// ASCII case-insensitive test never rejects a sentence the regex would match.
const OTHER_CONTRACT_KEYS: &[&str] = &[
    "new",
    "order",
    "follow-on",
    "previou",
    "prior",
    "exi",
    "incumbent",
    "former",
    "original",
    "predece",
    "bridge",
    "current",
    "replac",
    "ucce",
    "tead of",
    // "a 2019 award", "a separate contract", "a different deal", "another order".
    "a 19",
    "a 20",
    "eparate",
    "differen",
    "unrelated",
    "another",
    // "a first tender in 2023 was cancelled", "an earlier solicitation": an earlier attempt.
    "a fir",
    "an earlier",
];

/// Whether `text` may hold a phrase about another contract ([`OTHER_CONTRACT`]).
pub(super) fn may_name_other_contract(text: &str) -> bool {
    static KEYS: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .build(OTHER_CONTRACT_KEYS)
            .expect("key automaton builds")
    });
    KEYS.is_match(text)
}

/// Contract types: the first group that matches names the tag. Longer forms come first so that
/// "firm-fixed-price" is not also read as "fixed-price".
pub(super) const CONTRACT_TYPES: &[(&str, &str)] = &[
    (
        "fixed_price_epa",
        r"fixed[\s-]price[\s,-]+with[\s-]+economic[\s-]price[\s-]adjustment",
    ),
    (
        "fixed_price_incentive",
        r"fixed[\s-]price[\s-]incentive(?:[\s-]firm(?:[\s-]target)?)?",
    ),
    ("firm_fixed_price", r"firm[\s-]fixed[\s-]price|\bFFP\b"),
    (
        "cost_plus_fixed_fee",
        r"cost[\s-]plus[\s-]fixed[\s-]fee|\bCPFF\b",
    ),
    (
        "cost_plus_award_fee",
        r"cost[\s-]plus[\s-]award[\s-]fee|\bCPAF\b",
    ),
    (
        "cost_plus_incentive_fee",
        r"cost[\s-]plus[\s-]incentive[\s-]fee|\bCPIF\b",
    ),
    (
        "cost_reimbursement",
        r"cost[\s-]reimburs\w*|cost[\s-]no[\s-]fee|cost[\s-]sharing",
    ),
    ("time_and_materials", r"time[\s-]and[\s-]materials?|\bT&M\b"),
    ("labor_hour", r"labor[\s-]hours?\b"),
    ("fixed_price", r"\bfixed[\s-]price\b"),
    (
        "idiq",
        r"indefinite[\s\-–‐]*delivery\s*[/,]\s*indefinite[\s\-–‐]*quantity|indefinite[\s\-–‐]+quantity|\bID/?IQ\b",
    ),
    (
        "requirements",
        r"\brequirements[\s-]type\b|\brequirements contract",
    ),
    (
        "gwac",
        r"government[\s-]?wide acquisition contract|\bGWAC\b",
    ),
    ("bpa", r"blanket purchase agreement|\bBPA\b"),
    ("boa", r"basic ordering agreement|\bBOA\b"),
    ("multiple_award", r"multiple[\s-]award|\bmulti[\s-]award"),
    (
        "single_award",
        r"single[\s-]award|\ba single (?:[\w-]+ ){0,2}contract",
    ),
    // An order only when the event is one ("a … delivery order (0011)"), not an IDIQ's orders
    // ("individual task orders", "task order contract"): see `fields::contract_types`.
    ("task_order", r"\btask order\b"),
    ("delivery_order", r"\bdelivery order\b"),
];

/// All contract types in one regex whose matches name their row of [`CONTRACT_TYPES`].
/// Leftmost-first order makes "firm-fixed-price" win over the "fixed-price" inside it.
pub(super) static CONTRACT_TYPE: LazyLock<Regex> =
    LazyLock::new(|| re_many(CONTRACT_TYPES.iter().map(|(_, p)| *p)));

/// Tags that describe the event's own instrument ("a … task order"): read only in the
/// sentence that reports the action, since later sentences speak of orders to come.
pub(super) const ORDER_TAGS: &[&str] = &["task_order", "delivery_order"];

/// Roles of amounts, judged from the words before the amount (in its clause) and after it.
/// Checked in order; the first rule that holds names the role.
pub(super) struct AmountRule {
    /// The role.
    pub role: &'static str,
    /// Must match the end of the text before the amount (`None`: not checked).
    pub before: Option<&'static str>,
    /// Must match the start of the text after the amount (`None`: not checked).
    pub after: Option<&'static str>,
    /// Only in the sentence that reports the action (value by position).
    pub trigger_only: bool,
    /// Words one of which the windows must hold for the patterns to be tried (none: always).
    pub keys: &'static [&'static str],
}

const fn amount_rule(
    role: &'static str,
    before: Option<&'static str>,
    after: Option<&'static str>,
    trigger_only: bool,
) -> AmountRule {
    AmountRule {
        role,
        before,
        after,
        trigger_only,
        keys: &[],
    }
}

impl AmountRule {
    const fn keys(mut self, keys: &'static [&'static str]) -> AmountRule {
        self.keys = keys;
        self
    }
}

/// The amount rules, in order.
pub(super) const AMOUNT_RULES: &[AmountRule] = &[
    // A former value of the contract changed: "which was originally valued at $19 million".
    amount_rule(
        "",
        Some(r"\boriginally\s+(?:valued|worth|priced|estimated)\s+(?:at\s+)?(?:up\s+to\s+|about\s+|nearly\s+)?$"),
        None,
        false,
    )
    .keys(&["originally"]),
    // The value at signing: "which was worth about $1.1 billion for the first three ships when
    // it was signed" (the base contract's, not the option's or the change's).
    amount_rule(
        "",
        None,
        Some(r"^[^.;$]{0,80}?\bwhen\s+(?:it|the\s+(?:contract|agreement|deal))\s+was\s+(?:first\s+|originally\s+)?(?:signed|awarded|approved|let)\b"),
        false,
    )
    .keys(&["when"]),
    // A former value: "brings … to $33,144,937 from $21,410,170".
    amount_rule("", Some(r"\bfrom\s*$"), None, false).keys(&["from"]),
    // "raised the ceiling of its contract with X by $140 million, to $1.24 billion", "raised
    // the contract's ceiling by …": the change is the action's value; the new total is the
    // ceiling (or the cumulative value). A cut is told the same way ("lowers the contract's
    // value by $2 million, to $9 million"): the size of the change, written as a positive sum.
    amount_rule(
        "value",
        Some(r"\b(?:raised|raises|raising|increased|increases|increasing|lifted|lifts|lifting|boosted|boosts|boosting|expanded|expands|expanding|reduced|reduces|reducing|lowered|lowers|lowering|decreased|decreases|decreasing|cut|cuts|cutting|trimmed|trims|trimming)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:ceiling|value|cap)\b[^.;$]{0,140}?\bby(?:\s+(?:about|nearly|roughly|more than|almost))?\s*$"),
        None,
        false,
    )
    .keys(&["by"]),
    amount_rule(
        "ceiling",
        Some(r"\b(?:ceiling|maximum value|cap)\b[^.;$]{0,140}?\bby\s*\$[\d.,]+(?:\s+(?:thousand|million|billion))?,?\s+to\s*$"),
        None,
        false,
    )
    .keys(&["ceiling", "maximum", "cap"]),
    amount_rule(
        "cumulative",
        Some(r"\bvalue\b[^.;$]{0,140}?\bby\s*\$[\d.,]+(?:\s+(?:thousand|million|billion))?,?\s+to\s*$"),
        None,
        false,
    )
    .keys(&["value"]),
    // Aggregates and thresholds measure no single action: "27 contract actions worth a
    // combined $3.4 billion", "actions worth $7.5 million or more"; a difference ("will cost
    // $1.1 million more than the contract").
    amount_rule(
        "",
        Some(r"\b(?:combined|in all|altogether|together)(?:\s+(?:total|value))?(?:\s+of)?\s*$"),
        None,
        false,
    )
    .keys(&["combined", "in all", "altogether", "together"]),
    amount_rule(
        "",
        None,
        Some(r"^\s*(?:or|and)\s+(?:more|above|higher|over|greater|less|below|under)\b|^\s+(?:more|less)\s+than\b"),
        false,
    )
    .keys(&[" or ", " and ", "than"]),
    // "added $3.4 million through two modifications": the sum of several earlier changes,
    // no amount of the action told.
    amount_rule(
        "",
        None,
        Some(r"^\s+(?:through|via|in|over|across)\s+(?:two|three|four|five|six|several|multiple|a\s+series\s+of|\d+)\s+(?:[\w-]+\s+)?(?:modifications|amendments|change\s+orders|task\s+orders|options)\b"),
        false,
    )
    .keys(&["modifications", "amendments", "change orders", "task orders", "options"]),
    amount_rule(
        "minimum",
        Some(
            r"(?:^|[^t]\s)(?:guaranteed\s+)?minimum(?:\s+(?:guarantee|guaranteed|order|amount|value))?(?:\s+(?:amount|value))?(?:\s+(?:of|is|was|will be))?\s*$",
        ),
        None,
        false,
    ).keys(&["minimum"]),
    // "more than the contract's $25 million guaranteed minimum": the role after the amount.
    amount_rule(
        "minimum",
        None,
        Some(r"^\s+(?:guaranteed\s+)?minimum\b"),
        false,
    )
    .keys(&["minimum"]),
    amount_rule(
        "obligated",
        Some(r"\b(?:obligated|obligating|obligates|obligate|obligation\s+(?:of|is|was|totals?|totaled|totalled))(?:\s+(?:about|approximately|roughly|nearly|more than|some))?\s*$"),
        None,
        false,
    ).keys(&["obligat"]),
    amount_rule(
        "obligated",
        None,
        Some(
            r"^[^.;$]{0,40}?\b(?:(?:will be|were|was|are|is|are being|is being|have been|has been|had been)\s+)?obligated\b",
        ),
        false,
    ).keys(&["obligat"]),
    // The size of one option not yet taken up, told in a clause about it: "an option for 12
    // more trucks, which the agency values at $15.5 million if it is ever exercised".
    amount_rule(
        "",
        Some(r"\boptions?\b[^.;$]{0,60}\b(?:which|that)\b[^.;$]{0,60}$"),
        Some(r"^[^.;$]{0,10}?\bif\s+(?:it|they|that|the\s+option)\s+(?:is|are)\s+(?:ever\s+)?(?:exercised|taken\s+up|used)\b"),
        false,
    )
    .keys(&["option"]),
    // A price with tax added restates the contract's price told without it (the value): "once
    // the tax is added, the state will pay $68.6 million" (a price given only with its tax,
    // "Rs 1,480 crore including GST", stays the value).
    amount_rule(
        "",
        Some(r"\b(?:once|when|after|with)\s+(?:the\s+)?(?:tax|taxes|gst|vat|hst|sales\s+tax)\s+(?:is\s+|are\s+)?(?:added|included)\b[^.;$]{0,80}$"),
        None,
        false,
    )
    .keys(&["tax", "gst", "vat", "hst"]),
    // With all options the amount is the potential total, however it is phrased ("worth as
    // much as $9 billion including options", "puts its worth at $131 million if every one of
    // those extensions is used").
    amount_rule(
        "potential",
        None,
        Some(r"^[^.;$]{0,30}?\b(?:including|with|counting) (?:all )?(?:the )?options\b|^[^.;$]{0,40}?\bif (?:all )?(?:the )?options?(?: periods?)? (?:are|is) exercised|^[^.;$]{0,10}?\bif (?:all|every one|each one|each) (?:of )?(?:the |those |its )?(?:options?|extensions?|renewals?)(?: periods?)? (?:are|is) (?:exercised|used|taken up)\b"),
        false,
    )
    .keys(&["option", "extension", "renewal"]),
    // "a contract potentially worth $1.3 billion", "could spend up to $74 million if the
    // prototype succeeds": a value that depends on what is to come.
    amount_rule(
        "potential",
        Some(r"\bpotentially\s+(?:worth|valued at)(?:\s+(?:up to|as much as|about|nearly|more than))?\s*$"),
        None,
        false,
    )
    .keys(&["potential"]),
    amount_rule(
        "potential",
        Some(r"\b(?:could|would|may|might)\s+(?:[\w-]+\s+){0,2}?(?:up to|as much as)?\s*$"),
        Some(r"^[^.;$]{0,30}?\bif\b"),
        false,
    )
    .keys(&["could", "would", "may", "might"]),
    amount_rule(
        "ceiling",
        Some(
            r"\b(?:maximum|max\.?|a maximum of|up to|as much as|as a lot as|capped at|caps? at|no more than|not more than|not[\s-]to[\s-]exceed|not[\s-]to[\s-]exceed amount of|shall not exceed|will not exceed|ceiling of|ceiling value of|(?:ceiling|capacity|not[\s-]to[\s-]exceed (?:amount|value)|maximum (?:[\w-]+\s+){0,2}value)\b[^.;$]{0,60}?\b(?:is|of|was|will be|at))(?:\s+(?:about|approximately|roughly|nearly|an estimated|estimated))?\s*$",
        ),
        None,
        false,
    ).keys(&["maximum", "max", "up to", "as much as", "as a lot as", "more than", "exceed", "ceiling", "capacity", "cap"]),
    // "The $27.9 million firm-fixed-price award, 140R4026C0031, was signed Nov. 19": a sentence
    // about the contract that opens with its amount (a lab's or a site's subcontract too).
    amount_rule(
        "value",
        Some(r"^\s*(?:the|its)\s*$"),
        Some(r"^\s+(?:[\w-]+\s+){0,3}?(?:contract|subcontract|award|order|task order|delivery order|agreement|deal|modification)\b"),
        false,
    ),
    amount_rule("ceiling", None, Some(r"^,?\s*ceiling\b"), false).keys(&["ceiling"]),
    // "raised the ceiling on its … contract with X … to $725 million".
    amount_rule(
        "ceiling",
        Some(r"\b(?:ceiling|maximum value|cap)\b[^;$]{0,140}?\bto\s*$"),
        None,
        false,
    )
    .keys(&["ceiling", "maximum", "cap"]),
    amount_rule(
        "potential",
        Some(
            r"\b(?:if (?:all )?(?:the )?(?:options?(?: periods?)? (?:are|is) )?exercised|including options|with all options(?: exercised)?|potential (?:[\w-]+\s+)?value)\b[^.;$]{0,80}$",
        ),
        None,
        false,
    ).keys(&["exercis", "option", "potential"]),
    amount_rule(
        "potential",
        None,
        Some(r"^[^.;$]{0,40}?\(including options\)"),
        false,
    ).keys(&["including options"]),
    // "If the district exercises both of its two-year extensions, the deal would be worth
    // $21.6 million": what the contract comes to with its options.
    amount_rule(
        "potential",
        Some(r"\bif\b[^.;$]{0,80}?\bexercis\w*\b[^.;$]{0,80}$"),
        None,
        false,
    )
    .keys(&["exercis"]),
    // "options could bring its total value to $310 million": what all options would make it.
    amount_rule(
        "potential",
        Some(
            r"\b(?:could|would|may|might)\s+(?:\w+\s+)?(?:bring|raise|increase|push|take|lift|boost)\b[^.;$]{0,80}$",
        ),
        None,
        false,
    )
    .keys(&["could", "would", "may", "might"]),
    amount_rule(
        "cumulative",
        Some(
            r"\b(?:cumulative|total (?:[\w-]+\s+){0,2}value\s+(?:of\s+(?:the|its)\s+[\w-]+\s+)?(?:to|now)|brings the (?:total|maximum|cumulative)|rises to|increases? (?:its|the) (?:total )?value to|raises (?:its|the) (?:total )?value to|(?:raises|raised|raising|brings|brought|bringing|lifts|lifted|lifting)\s+(?:the|its|their|[\w&.-]+['’]s)\s+(?:[\w-]+\s+){0,3}?(?:contract|order|agreement)\b[^.;$]{0,60}?\bto)\b[^.;$]{0,80}$",
        ),
        None,
        false,
    ).keys(&["cumulative", "total", "brings", "rises", "increase", "raise", "rais", "bring", "brought", "lift"]),
    amount_rule(
        "value",
        Some(
            r"\b(?:valued at|(?:at\s+a\s+)?(?:total\s+)?cost\s+of|valued\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,4}?(?:contract|order|deal|award|agreement|task order)\s+at|worth|value of|values? (?:is|was|at)|estimated (?:value|cost) (?:of|is|at)|cost(?: tag)?\b[^.;$]{0,30}?\bis|estimated at|priced at|awarded|award of|an estimated|(?:puts?|putting|pegs?|pegged|pegging|places?|placed|placing)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:cost|value|price(?:\s+tag)?|budget)\s+at)(?:\s+(?:about|approximately|roughly|nearly|at least|at minimum|more than|up to|an estimated|estimated))?\s*$",
        ),
        None,
        false,
    ).keys(&["valu", "worth", "estimat", "cost", "priced", "award", "combined", "price", "budget"]),
    // "Brolga Systems won A$17.2 million for the same work", "X will receive A$640 million to
    // supply …": the amount a vendor won.
    amount_rule(
        "value",
        Some(r"\b(?:won|wins|secured|secures|landed|lands|(?:will|is\s+to)\s+receive)(?:\s+(?:about|nearly|roughly|more than))?\s*$"),
        None,
        false,
    )
    .keys(&["won", "wins", "secure", "land", "receive"]),
    // "X came in lowest of four bidders at $6.8 million", "was the low bidder at": the
    // winner's price.
    amount_rule(
        "value",
        Some(r"\b(?:came\s+in|was|were)\s+(?:the\s+)?(?:lowest|low)(?:\s+(?:bidder|bid|responsive\s+bidder))?(?:\s+of\s+(?:\w+\s+){0,2}?(?:bidders|bids|offers))?,?\s+(?:at|with)(?:\s+(?:about|nearly|roughly|just over|just under))?\s*$"),
        None,
        false,
    )
    .keys(&["low"]),
    // "ordering $28.3 million in services": what a purchase costs.
    amount_rule(
        "value",
        Some(r"\b(?:ordered|ordering|purchased|purchasing|bought|buying)(?:\s+(?:about|nearly|more than))?\s*$"),
        None,
        false,
    )
    .keys(&["order", "purchas", "bought", "buying"]),
    // "had spent tens of millions of dollars building a sales team": money spent measures no
    // contract.
    amount_rule(
        "",
        Some(r"\b(?:spent|spends|spending|invested|invests|investing|lost|loses)(?:\s+(?:about|nearly|more than|over|roughly|some))?\s*$"),
        None,
        false,
    )
    .keys(&["spen", "invest", "lost", "loses"]),
    // "The amendment cuts $3.1 million from the contract", "shaves about $800,000 off the
    // price": the size of a reduction is the action's amount.
    amount_rule(
        "value",
        Some(r"\b(?:cuts?|cutting|trims?|trimmed|trimming|shaves?|shaved|shaving|removes?|removed|removing|deducts?|deducted|deducting|takes?|took|taking)(?:\s+(?:about|approximately|roughly|nearly|some|more\s+than))?\s*$"),
        Some(r"^\s+(?:from|off)\b"),
        false,
    )
    .keys(&["from", "off"]),
    // "Red Hawk's bid of $7.7 million was the lowest of four", "the winning bid of … was the
    // lowest": after an award, the low bid taken is the contract's price.
    amount_rule(
        "value",
        Some(r"(?:\b[\w.&-]+['’]s|\b(?:the|its|their)\s+winning)\s+(?:winning\s+|final\s+|low\s+)?(?:bid|offer|proposal|quote|tender)\s+(?:of|at)(?:\s+(?:about|approximately|roughly|nearly|just\s+over|just\s+under))?\s*$"),
        Some(r"^[^.;$]{0,12}?\s(?:was|is|came\s+in)\s+(?:the\s+)?low(?:est)?\b"),
        false,
    )
    .keys(&["low"]),
    // "modified its contract, adding $45 million".
    // "…, adding about $61.5 million".
    amount_rule(
        "value",
        Some(r"\b(?:adding|adds|added)(?:\s+(?:about|approximately|roughly|nearly|some|more\s+than))?\s*$"),
        None,
        false,
    )
    .keys(&["add"]),
    // "about $4.9 million a year, or roughly $24.3 million over its life": the total over the
    // contract's life is its value.
    amount_rule(
        "value",
        None,
        Some(r"^\s+over\s+(?:its|the)\s+(?:[\w-]+\s+)?(?:life|lifetime|term)\b"),
        false,
    )
    .keys(&["life", "term"]),
    // "The firm, Quarry Peak Mobility, bid $2.86 million for …": the winner's price; not a
    // rival's or the lowest of several bids.
    amount_rule(
        "value",
        Some(r"^\s*the\s+(?:firm|company|contractor|winner|winning\s+bidder)\s*,[^,]{1,80},\s*(?:bid|offered)(?:\s+(?:about|nearly|roughly|just over|just under))?\s*$"),
        None,
        false,
    )
    .keys(&["bid", "offered"]),
    // "The award amount is $34.5 million", "a contract price of"; "The purchase will cost
    // $6.8 million"; "the value of the fixed-price contract is" (up to two words before the
    // noun).
    amount_rule(
        "value",
        Some(r"\b(?:award|contract|order|deal|agreement)\s+(?:amount|value|price|total)\s+(?:is|was|of|totals?|totaled|totalled|comes to|came to)(?:\s+(?:about|approximately|roughly|nearly))?\s*$|\b(?:value|cost|price)\s+of\s+the\s+(?:[A-Za-z-]+\s+){0,2}?(?:contract|order|award|deal|agreement|task order|delivery order|work)\s+(?:is|was|will be|would be)(?:\s+(?:about|approximately|roughly|nearly))?\s*$|\bestimates?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?at(?:\s+(?:about|approximately|roughly|nearly))?\s*$|\b(?:puts?|pegs?|pegged)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:total|value|cost|price|worth)\s+at(?:\s+(?:about|approximately|roughly|nearly))?\s*$|\b(?:contract|order|deal|agreement|award|gmp|guaranteed maximum price)\s+(?:comes|came)\s+to(?:\s+(?:about|approximately|roughly|nearly))?\s*$|\b(?:will|would|is\s+to|are\s+to|(?:is|are)\s+expected\s+to)\s+cost(?:\s+(?:about|approximately|roughly|nearly|an\s+estimated))?\s*$|\btotal\s+(?:contract\s+|lease\s+|award\s+)?value\b[^.;$]{0,80}?\b(?:comes\s+to|came\s+to|totals|totaled|totalled)(?:\s+(?:about|approximately|roughly|nearly))?\s*$"),
        None,
        false,
    )
    .keys(&[
        "amount", "value", "price", "total", "cost", "estimate", "pegged", "came to", "comes to",
    ]),
    // "It's $14 million for …", "It will be in the neighborhood of $300 million over five
    // years": a sentence about the contract that opens on "it" and its price (its own cue
    // words, "it's $", "it will be", make the sentence read).
    amount_rule(
        "value",
        Some(r"^\s*it(?:['’]s|\s+(?:is|was|will\s+be|would\s+be))(?:\s+(?:about|approximately|roughly|nearly|around|some|just\s+over|just\s+under|in\s+the\s+(?:neighbou?rhood|range|vicinity)\s+of|on\s+the\s+order\s+of))?\s*$"),
        None,
        false,
    )
    .keys(&["it"]),
    // "will pay SafeStop Technologies $1.3 million over five years".
    amount_rule(
        "value",
        Some(r"\b(?:will|would|to)\s+pay\s+(?-i:\p{Lu})[^\s$;]*(?:\s+[^\s$;]+){0,5}\s+$"),
        None,
        true,
    )
    .keys(&["pay"]),
    // "approved a one-year extension of its contract with X for cleaning the terminal, at
    // $212,000": a price added after a comma; "renewed its contract … for one more year at
    // $4 million": the price of the length just given.
    amount_rule(
        "value",
        Some(r"(?:,|\b(?:years?|months?|weeks?))\s*at(?:\s+(?:about|approximately|roughly|nearly|some))?\s*$"),
        None,
        true,
    )
    .keys(&["at"]),
    // Minutes and notices: "to award Bid No. 7 to X in the amount of $512,300".
    amount_rule(
        "value",
        Some(r"\bin\s+the\s+(?:total\s+)?amount\s+of\s*$"),
        None,
        true,
    )
    .keys(&["amount of"]),
    // "awarded the contract to X for $78,412,906": the price of the action its sentence reports.
    amount_rule(
        "value",
        Some(r"\bfor(?:\s+(?:about|approximately|roughly|nearly|some|just over|just under))?\s*$"),
        None,
        true,
    )
    .keys(&["for"]),
    amount_rule(
        "value",
        None,
        Some(
            r"^[\s\w,/()&'’–‐-]{0,100}?(?:\([^()$]{0,20}\$[\d.,]+(?:\s*(?:million|billion|bn|m))?\)[\s\w,/()&'’–‐-]{0,40}?)?\b(?:contracts?|modifications?|options?|orders?|agreements?|deals?|bpa|idiq|awards?|extensions?|jobs?|projects?|requirements?|procurements?)\b",
        ),
        true,
    ),
];

/// An amount rule compiled.
pub(super) struct AmountPattern {
    /// The role.
    pub role: &'static str,
    /// The pattern on the text before.
    pub before: Option<LazyRegex>,
    /// The pattern on the text after.
    pub after: Option<LazyRegex>,
    /// Only in the reporting sentence.
    pub trigger_only: bool,
    /// Gate words.
    pub keys: &'static [&'static str],
}

/// The amount rules compiled.
pub(super) static AMOUNT_PATTERNS: LazyLock<Vec<AmountPattern>> = LazyLock::new(|| {
    AMOUNT_RULES
        .iter()
        .map(|r| AmountPattern {
            role: r.role,
            before: r.before.map(LazyRegex::new),
            after: r.after.map(LazyRegex::new),
            trigger_only: r.trigger_only,
            keys: r.keys,
        })
        .collect()
});

/// Keywords that give a date its role: the nearest one before the date in its clause wins
/// (a verb over an earlier noun it governs: "protested the award in April" is a protest).
/// `generic` keywords count only when nothing else does.
pub(super) struct DateKeyword {
    /// The pattern.
    pub pattern: &'static str,
    /// The role it gives.
    pub role: &'static str,
    /// A noun (yields to a verb keyword before it in the clause).
    pub noun: bool,
    /// Only when no other keyword is found.
    pub generic: bool,
}

const fn kw(pattern: &'static str, role: &'static str, noun: bool, generic: bool) -> DateKeyword {
    DateKeyword {
        pattern,
        role,
        noun,
        generic,
    }
}

/// A contract noun and "announced" right before a date: "The order, announced Friday,"
/// (not "That contract, announced on Tuesday,": an earlier one); or a notice and its posting:
/// "according to a notice posted Wednesday" (a date that gives way to the action's own).
pub(super) static ANNOUNCED_ACTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:the|this|its)\s+(?:[\w$.-]+\s+){0,3}?(?:contract|deal|award|order|agreement|extension|modification|option|awardee|winner|selection)s?,?\s+(?:was\s+)?announced(?:\s+on)?\s*$|\bnotices?\s+(?:was\s+|were\s+)?(?:posted|published|dated)(?:\s+on)?\s*$",
    )
});

/// A name given between commas: ", known as the Satellite Control Modernization program,".
pub(super) static APPOSITIVE_NAME: LazyLock<Regex> =
    LazyLock::new(|| re(r",\s+(?:known as|called|dubbed|named)\s+[^,;]{1,100},"));

/// A plan or verb to award with its object: "to award a …", "will award the …".
pub(super) static AWARD_VERB_TO: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?:to|will|would)\s+award\s+(?:a|an|the|its|one|two|three|\w+['’]s)\b")
});

/// The date keywords. Order matters only for matches starting at the same place. A role of
/// [`NO_ROLE`] marks a phrase whose date dates nothing of the event ("an award notice posted
/// Tuesday", "a stop-work order in March"); [`STAGE_ROLE`] one whose date is the event's own
/// action ("according to a notice posted Sept. 12").
pub(super) const DATE_KEYWORDS: &[DateKeyword] = &[
    // "the first buses are scheduled to arrive in August": one delivery, not the work's end.
    kw(
        r"first (?:(?-u:[0-9A-Za-z-])+ ){0,4}?(?:(?:is|are|will|would|should)(?: be)? )?(?:(?:scheduled|expected|due|set|slated) )?(?:to )?(?:arrive|be delivered)(?: in| on| by)?",
        NO_ROLE,
        false,
        false,
    ),
    // "must fly the demonstration by the end of 2027", "the last bus should arrive by the end
    // of 2028", "is to deliver the units, tested and labelled, by March 3", "promised delivery
    // by Dec. 15", "guaranteed delivery no later than": the work's end.
    kw(
        r"(?:must|is to|are to|has to|have to|agreed to|promised to|promises to) (?:fly|deliver|complete|finish|launch|demonstrate|build|install|field|test|supply)(?: [\w'’,-]+){0,5}? by|delivery (?:by|no later than)|(?:(?:is|are) (?:due|scheduled|set|slated|expected) to )?arriv(?:e|es|ed) by",
        "completion",
        false,
        false,
    ),
    // "The ship is due to arrive Jan. 19" (for its overhaul): the work starts on arrival.
    kw(
        r"(?:is|are) (?:due|scheduled|set|slated|expected) to arrive(?: on| in)?",
        "start",
        false,
        false,
    ),
    kw(
        r"orders? (?:can|may) be (?:placed|issued) (?:until|through)|extend(?:s|ed|ing)? (?:the|its) ordering period(?: by [\w-]+ (?:days|weeks|months|years?))?,? (?:to|through|until)|\border (?:more )?(?:work|services|supplies) (?:until|through)|ordering period end(?: date)?|ordering period,? (?:which |that )?(?:still |now )?(?:ends|ending|will end|runs|expires|will be completed)(?: through| by| in| on)?",
        "ordering_end",
        false,
        false,
    ),
    kw(
        r"notice of intent(?: to (?:award|sole-source))?|intent notice|pre-?solicitation",
        "presolicitation",
        true,
        false,
    ),
    // "according to a draft notice posted Monday", "issued a draft request for proposals in
    // June": the draft comes before the solicitation ("a draft solicitation" stays one).
    kw(
        r"draft (?:notice|request for (?:[\w-]+ )?proposals|rfp)s?(?: (?:was|were))?(?: posted| published| issued| released)?",
        "presolicitation",
        false,
        false,
    ),
    // "Questions must be submitted by Nov. 10", "Questions about the draft are due by
    // Friday", "would answer written questions through Dec. 14": a deadline for questions, not
    // for the responses nor the work's end.
    kw(
        r"questions(?: (?:about|on|regarding|concerning) [\w -]{1,40}?)?,? (?:must|should|may|can) be (?:submitted|sent|emailed)(?: by| on| before)?|questions(?: (?:about|on|regarding|concerning) [\w -]{1,40}?)? (?:are|were) due(?: by| on)?|(?:answer|answers|take|takes|accept|accepts) (?:written )?questions (?:through|until|by)",
        NO_ROLE,
        false,
        false,
    ),
    // "A final request for proposals is due out in January": the release, not the responses.
    kw(
        r"(?:solicitation|request for (?:[\w-]+ )?proposals|rfp|tender)s? (?:is|are|was|were) (?:due out|expected out|due to be (?:released|issued|posted|published))(?: in| by| on)?",
        "solicitation",
        false,
        false,
    ),
    // "according to the award notice dated 27 February": the notice's own date is the
    // award's (a notice posted or published later is not; see below).
    kw(
        r"(?:award|contract) notices? dated",
        STAGE_ROLE,
        false,
        false,
    ),
    // The gap in "its last $4 million contract" is ASCII: a gap of Unicode word characters (or
    // even an optional pound or euro sign) made this table's automaton 3× slower to search.
    kw(
        r"(?:award|contract) notices?(?: was| were)?(?: posted| published| issued)?|stop-work order|made public(?: on)?|(?:first|originally|initially) (?:awarded|signed|won|picked|chose|selected|tapped)|(?:originally|was|were|had been) (?:set|scheduled|slated|due) to (?:expire|end|run out|lapse)|had been (?:awarded|signed)|(?:the|its|their) original (?:contract|agreement|award|deal|order)s?|(?:its|their) last (?:(?-u:[0-9A-Za-z$.-])+ ){0,3}?(?:contract|agreement|award|deal|order|win)s?|short-?listed|short-?lists?",
        NO_ROLE,
        false,
        false,
    ),
    // "That contract expires at the end of this month", "the incumbent's contract, which ends in
    // June", "work done under an older vehicle that expires in May", "Its contract expires on
    // 31 March" after the incumbent, "the union's contract expires in 2027": the end of another
    // contract (the one being replaced, a party's own), not of the event's.
    kw(
        r"(?:that|the (?:current|existing|incumbent|previous|prior|old|legacy)|its (?:current|existing|previous|prior)|an? (?:older|earlier|previous|prior|existing|expiring)|the (?:[\w-]+ ){0,2}?incumbent['’]s|[\w-]+['’]s|its|their) (?:[\w$.-]+ ){0,3}?(?:contract|agreement|deal|order|vehicle)s?,? (?:(?:that|which) )?(?:(?:is|was) )?(?:expires?|expired|ends|ended|runs out|ran out|lapses|lapsed|(?:is set|is due|was set|was due) to (?:expire|end)|will (?:expire|end))(?: on| in| at)?",
        NO_ROLE,
        false,
        false,
    ),
    kw(
        r"notices? (?:was |were )?(?:posted|published|issued|dated|signed)|(?:in )?(?:a|another) separate (?:action|vote|move|decision|meeting)(?: on)?|in other business(?: on)?|voted|votes|notified|informed",
        STAGE_ROLE,
        false,
        false,
    ),
    // "according to a modification dated Aug. 21": the action's own document.
    kw(
        r"(?:modification|amendment|contract|task order|delivery order|order|agreement)s? (?:was |were )?(?:dated|posted|published)",
        STAGE_ROLE,
        false,
        false,
    ),
    // "the solicitation, which was issued in March", "a tender that was floated in May": the
    // release of the solicitation, whatever the event's stage.
    kw(
        r"(?:solicitation|request for (?:[\w-]+ )?proposals|rfp|tender|invitation (?:for|to) bids?)s?,? (?:(?:which|that) )?(?:was|were|had been|has been) (?:issued|released|posted|published|advertised|floated)(?: in| on)?",
        "solicitation",
        false,
        false,
    ),
    // "NOAA released it in July": a solicitation's release (the pronoun is its document).
    kw(
        r"(?:released|issued|posted|published) (?:it|them)",
        RELEASED_ROLE,
        false,
        false,
    ),
    // "The call, 70B04C26F00000388, was issued Feb. 27": an order's award, a solicitation's
    // release.
    kw(
        r"(?:was|were|been) (?:formally |officially )?issued",
        ISSUED_ROLE,
        false,
        false,
    ),
    // "The tender closes Dec. 4", "a solicitation that closed in February", "The request for
    // proposals, QRB-2024-0112, closed in May": the close of the bidding is the responses'
    // deadline.
    kw(
        r"(?:solicitation|request for (?:[\w-]+ )?proposals|rfp|tender|bidding(?: window)?|bid window)s?,? (?:(?-u:[0-9A-Za-z/-])+, )?(?:(?:that|which) )?(?:closes|closed|will close|is to close)(?: on| in| at)?",
        "responses_due",
        false,
        false,
    ),
    kw(
        r"solicitations?|requests? for (?:[\w-]+ )?proposals|rfp|competition|tenders?|seek(?:s|ing)? bids|invitations? (?:for|to) bids?|out (?:for|to) bids?|(?:re-?)?advertis(?:e|es|ed|ing)|(?:got|gathered|collected|sought|solicited|requested|obtained) (?:[\w-]+ ){0,2}?(?:quotes|quotations|bids|proposals)",
        "solicitation",
        true,
        false,
    ),
    // "The agency took proposals until Aug. 28", "accepted bids through May 2": the deadline
    // for responses, not the end of any work.
    kw(
        r"(?:took|takes?|taking|accepted|accepts?|accepting) (?:bids|proposals|offers|responses|submissions|applications|quotes) (?:until|through)",
        "responses_due",
        false,
        false,
    ),
    // "the bridge would open to traffic by late 2030": the work's end, not a competition's.
    kw(
        r"open(?:s|ed)? to (?:traffic|the public|riders|passengers|service|trains|vehicles|cars|visitors|patients|students)(?: by| in| on)?",
        "completion",
        false,
        false,
    ),
    // "bids, which were opened July 28": the bids' deadline; so is the second of two steps of a
    // tender ("advertised in May and opened on July 2", "advertised in March and closed on 14
    // May"; the text before a date starts after the date before it).
    kw(
        r"(?:bids|proposals|offers|tenders),? (?:which |that )?(?:were |are |will be )?opened(?: on)?|and (?:was |were )?(?:opened|closed)(?: on| in)?",
        "responses_due",
        false,
        false,
    ),
    kw(r"open(?:s|ed)?\b", "solicitation", false, false),
    // "bids closing at 11:00 on 23 January", "Tenders close on 4 March", "the closing date
    // for submissions is 2 May": the close of the bidding is the responses' deadline.
    kw(
        r"(?:bids|offers|proposals|submissions|quotations|quotes|tenders|responses)(?: will| must| are to)? (?:close|closing)(?: on| at| by)?|closing (?:date|time)s?(?: (?:for|of) (?:bids|offers|proposals|submissions|quotations|quotes|tenders|responses))?",
        "responses_due",
        false,
        false,
    ),
    kw(
        r"(?:compulsory|mandatory) (?:[\w-]+ )?(?:meeting|briefing|session|site (?:visit|inspection|meeting))s?|(?:clarification|briefing|information) (?:meeting|session)s?|industry days?|pre-?bid (?:meeting|conference|walk-?through|site visit|tour)s?|pre-?proposal (?:meeting|conference)s?|pre-?(?:reply|response|offer|submission|tender|quote|solicitation) (?:meeting|conference|briefing)s?|market[- ]sounding (?:session|event|meeting|day|briefing)s?|(?:bidders|offerors|vendors|suppliers)['’]? (?:conference|meeting|briefing)s?|site visits?|walk-?throughs?",
        "industry_day",
        true,
        false,
    ),
    kw(
        r"(?:are|is|were|was|been|be) due|due (?:by|on|at)|(?:bids?|proposals?|offers?|quotes?|quotations?|responses?|applications?|tenders?) due|deadline|submi(?:t|ts|tted|ssions?)\b",
        "responses_due",
        false,
        false,
    ),
    kw(r"protest(?:ed|s)?", "protest", false, false),
    // "Granite Peak filed on Feb. 17": a filing is a protest's only in a protest story (not "filed
    // as an exhibit to the Annual Report for the fiscal year").
    kw(r"filed", FILED_ROLE, false, false),
    // "expects to announce a new award decision by Aug. 31": the award, not a ruling.
    kw(
        r"(?:award|source[- ]selection|selection) decisions?",
        "award",
        true,
        false,
    ),
    kw(r"decision|ruling|opinion", "decision", true, false),
    kw(
        r"ruled|dismissed|denied|sustained|upheld|(?:must|to|will|would|should) rule",
        "decision",
        false,
        false,
    ),
    kw(
        r"(?:termination|cancellation)s?,? (?:took|takes|will take|is to take) effect|cancel(?:l?ed|s)?|terminat(?:ed|es|ion)|pulled the plug|rescind(?:ed|s)?",
        "cancellation",
        false,
        false,
    ),
    // "…, with a contract to follow in 2029": the award a plan leads to; "to bring a new
    // contract to the board by November": the vote that awards it.
    kw(
        r"(?:contracts?|awards?|deals?) to follow(?: in| by)?|(?:bring|take|present|send|have) (?:a|the) (?:new |replacement |final )?(?:contract|agreement|deal) (?:back )?(?:to|before) (?:the )?(?:[\w-]+ ){0,2}?(?:board|council|commission|commissioners|supervisors|committee|legislature|trustees)(?: by| in| on)?",
        "award",
        false,
        false,
    ),
    // "paid for with a state loan approved last year", "the bond issue voters approved in
    // 2024" (a noun right before the verb): the money's approval, not the contract's award.
    kw(
        r"(?:loans?|grants?|bonds?|bond issues?|budgets?|funding|funds|financing|appropriations?|levy|levies|subsid(?:y|ies)) (?:(?:that |which )?(?:was |were |had been |has been )?|(?:voters|lawmakers|legislators|the legislature|congress|parliament) )approved",
        NO_ROLE,
        false,
        false,
    ),
    kw(
        r"letters? of (?:acceptance|award)|awarded|award\b|awards|placed|signed|signs?|established|(?:choose|select|pick) (?:a|one|the|its) (?:new |single |preferred )?(?:vendor|supplier|contractor|provider|winner|operator)|selection|selected|picked|chose|tapped|approved|went to|ratified|ordered|granted|inked|won|landed|secured|definitized|exercised|concluded|executed",
        "award",
        false,
        false,
    ),
    kw(r"(?:task |delivery )?order\b", "award", true, false),
    // "runs through June 30, 2027", and a synonym spinner's "runs by means of June 30, 2027";
    // "to be delivered by August 2027" (not "the first delivered in 2028": one delivery).
    kw(
        r"complet(?:ed|e|ion)(?: date)?(?: of| by| in| on)?|finish(?:ed|es)?(?: by| in| on)?|wrap(?:s|ped)? up(?: by| in| on)?|(?:delivered|handed over|done|installed|certified|in service) by|(?:move|moves|moving) in by|ready for (?:occupancy|use|service) by|through|by means of|until|expires?(?: in| on)?|expiring|ends?(?: date)?(?: of| on| in)?|extend(?:ing|s|ed)? (?:the work |it |services )?(?:through|by means of|until|to)",
        "completion",
        false,
        false,
    ),
    kw(
        r"begins?|began|beginning|starts?|started|starting|effective|commenc(?:e|es|ed|ing)|takes? effect|took effect|(?:takes?|taking) over|took over|on site|in place|notices? to proceed|occupancy|move-in|commercial operations? date(?: of)?",
        "start",
        false,
        false,
    ),
    // "from" gives a start only right before its date ("from Oct. 1"), not in "an order from
    // the Army … during the quarter".
    kw(r"from", "start", false, false),
    // "a task order the company has held since 2025": a state that lasts from a date dates no
    // action (only right before its date).
    kw(r"since", NO_ROLE, false, false),
    kw(
        r"slated|scheduled|planned|targeted|expected|anticipated|set for",
        "award",
        false,
        true,
    ),
];

/// The role of a keyword whose date dates nothing of the event.
pub(super) const NO_ROLE: &str = "";

/// The role of a keyword whose date is the event's own action: the stage's date role.
pub(super) const STAGE_ROLE: &str = "stage";

/// The role of a filing's date: a protest's in a protest story, else none.
pub(super) const FILED_ROLE: &str = "filed";

/// The role of the release of a document named by a pronoun ("released it in July"): the
/// solicitation's, in a story of one; else none.
pub(super) const RELEASED_ROLE: &str = "released";

/// The role of an issuance's date: the event's own action ("The termination was issued on
/// Nov. 10"), but in a protest the award of the order or contract protested.
pub(super) const ISSUED_ROLE: &str = "issued";

/// The date keywords in one regex whose matches name their row of [`DATE_KEYWORDS`].
pub(super) static DATE_KEYWORD: LazyLock<Regex> = LazyLock::new(|| {
    let rows: Vec<String> = DATE_KEYWORDS
        .iter()
        .map(|k| format!(r"\b(?:{})\b", k.pattern))
        .collect();
    re_many(rows.iter().map(String::as_str))
});

/// A sentence whose subject is the work or the contract and whose verb tells when it starts or
/// ends: "Construction is scheduled to begin in March", "Works are due to start in January",
/// "The buses are to be delivered by August 2027", "Orders can be placed through November 2031",
/// "Both framework agreements run for seven years, until November 2033", "It was to run through
/// June 2029", "The first buses are due to enter service from 1 March", and a closing "with"
/// phrase: "…, with deliveries to finish by March 2030"; "Completion is expected in the fall
/// of 2029"; "That term is seven years, starting Aug. 1"; "The dealer has promised delivery by
/// Dec. 15". A
/// subject without an article must be a word for the work itself ("Lighting maintenance … is
/// split among contracts, several of which expire in 2027" is no schedule).
pub(super) static SCHEDULE_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\W*(?:(?:but|and|so|meanwhile),?\s+)?(?:(?:the|its|their|all|both|each)\s+(?:[\w-]+\s+){0,3}?[\w-]+|(?:[\w-]+\s+)?(?:work|works|construction|installation|design|deployment|deliveries|operations?|performance|service|services|orders|ordering\s+period)|it|they)\s+(?:(?:is|are|was|were|will|would|must|should|can|could|may)\s+)?(?:(?:also|now|then|still)\s+)?(?:be\s+)?(?:(?:scheduled|expected|due|set|slated|planned|anticipated|required)\s+)?(?:to\s+)?(?:be\s+)?(?:(?:due|scheduled|set|slated)\s+for\s+(?:delivery|completion|handover)|begin|began|begins|start|starts|started|run|runs|ran|end|ends|ended|finish|finished|complete|completed|done|deliver|delivered|placed|issued|expire|expires|last|lasts|continue|continues|take\s+effect|takes\s+effect|cover|covers|enter\s+service|enters\s+service)\b|,\s+with\s+(?:(?:the|first|last|final)\s+)?(?:deliveries|delivery|work|works|construction|installation)\s+(?:(?:due|scheduled|expected|set)\s+)?to\s+(?:begin|start|finish|end|be\s+completed|be\s+finished)\b|,\s+with\s+(?:(?:the|a)\s+)?(?:notices?\s+to\s+proceed|(?:(?:substantial|final)\s+)?completion)\s+(?:(?:is|now)\s+)?(?:scheduled|expected|due|set|slated|planned|anticipated|required|targeted)\s+(?:for|in|on|by|around)\b|^\W*(?:(?:(?:substantial|final)\s+)?completion|occupancy|move-in)\s+(?:is|was|will\s+be)\s+(?:now\s+)?(?:scheduled|expected|due|set|slated|planned|anticipated|targeted)\s+(?:for|in|by|around)\b|^\W*(?:that|the|its|their)\s+(?:initial\s+|base\s+|first\s+)?term\s+(?:is|will\s+be|runs|lasts)\b|^\W*the\s+first\s+(?:[\w-]+\s+){0,2}?(?:is|are|will\s+be)\s+due\s+(?:by|in|on|before)\b|\b(?:promised|guaranteed|promises|guarantees)\s+delivery\s+(?:by|no\s+later\s+than)\b",
    )
});

/// A schedule sentence that opens on the first of several deliveries: "The first vessel is
/// due for delivery in March 2028 and the second by …", "Deliveries are scheduled to begin in
/// 2028 and the last …", "The first ten are due by June 2027 and the last by …". Its first date is a delivery's, neither the contract's start nor its
/// end; a later date in it ends the work.
pub(super) static FIRST_DELIVERY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\W*(?:the\s+first\s+(?:[\w-]+\s+){0,2}?(?:is|are|was|were|will\s+be)\s+(?:due|scheduled|set|slated|expected|planned)\s+(?:for\s+delivery|to\s+be\s+delivered)|(?:first\s+)?deliveries\s+(?:are|were|will|would)\s+(?:be\s+)?(?:(?:due|scheduled|set|slated|expected|planned)\s+)?(?:to\s+)?(?:begin|start)\b|the\s+first\s+(?:[\w-]+\s+){0,2}?(?:is|are|will\s+be)\s+due\s+(?:by|in|on|before)\b)",
    )
});

/// A schedule sentence about every contract just told: "Both framework agreements run …",
/// "All three contracts start …", "The two awards cover …".
pub(super) static PLURAL_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\W*(?:(?:but|and|so),?\s+)?(?:both|all|(?:all\s+|the\s+|their\s+)?(?:two|three|four|five|six|seven|eight|nine|ten))\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}?(?:contracts|agreements|awards|orders|deals|frameworks|lots|vehicles|BPAs|IDIQs)\b",
    )
});

/// A meeting after a date's possessive ("At Monday night's meeting, the board voted …", "'s
/// special session"): the day of the meeting is the action's.
const MEETING_AFTER_DATE: &str = r"^['’]s\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|vote)\b";

/// [`MEETING_AFTER_DATE`] on its own: a date so followed is no possessive of a noun.
pub(super) static MEETING_AFTER: LazyLock<Regex> = LazyLock::new(|| re(MEETING_AFTER_DATE));

/// Words right after a date that give its role ("with a Jan. 19, 2018, performance completion
/// date", "Nov. 30, 2018, through Nov. 29, 2023").
pub(super) static DATE_AFTER: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    [
        (
            r"^,?\s*(?:estimated\s+)?ordering period end date",
            "ordering_end",
        ),
        (MEETING_AFTER_DATE, STAGE_ROLE),
        (
            r"^,?\s*(?:estimated\s+)?(?:performance\s+)?completion date",
            "completion",
        ),
        // "two proposals came in by the Aug. 14 deadline", "before the Sept. 30 bid deadline":
        // a deadline named after its date is the responses' (not "the May 1 deadline to finish
        // the roof").
        (
            r"^\s+(?:(?:bid|bidding|proposal|submission|response|reply|tender|offer|quote|application)\s+)?deadline(?:\s*[,.;)]|\s*$|\s+(?:for\s+(?:bids|proposals|offers|responses|replies|submissions|applications|tenders|quotes)|to\s+(?:submit|bid|respond|apply|reply))\b)",
            "responses_due",
        ),
        // "GAO has until Nov. 12 to decide".
        (
            r"^,?\s*to\s+(?:decide|rule|issue\s+(?:a|its)\s+decision|resolve)\b",
            "decision",
        ),
        // "have until May 4 to submit capability statements".
        (
            r"^,?\s*to\s+(?:submit|respond|send|file|say\s+so|object|register|express\s+(?:an\s+)?interest|show|demonstrate|come\s+forward)\b",
            "responses_due",
        ),
        // "the bureau's July 30 award to X", "DHA's Aug. 12 award": a date before the action
        // noun dates the award (not "the May 4 award protest").
        (
            r"^\s+(?:(?:contract|task\s+order|delivery\s+order|order)\s+)?awards?(?:\s+(?:to|of|for|was|is|went|came|had|has)\b|\s*[,.;]|\s*$)",
            "award",
        ),
        // "Nov. 30, 2018, through Nov. 29, 2023" (or a spinner's "by means of" for
        // "through"); not "on Wednesday to award".
        (
            r"^,?\s*(?:through|by\s+means\s+of|until|and ending|to)\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|the end\b|(?:early|mid|late)[\s-]|fiscal\b|fy)",
            "start",
        ),
    ]
    .into_iter()
    .map(|(p, r)| (re(p), r))
    .collect()
});

/// A verb right after a date reports what happened then ("ON FRIDAY CANCELED", "on Thursday
/// established", "on Wednesday released solicitation").
pub(super) static DATE_VERB_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:(?:has|have|had|formally|officially)\s+)?(?P<v>canceled|cancelled|terminated|established|awarded|signed|exercised|protested|released\s+(?:a\s+|the\s+)?(?:pre-?solicitation|draft)|released|issued|posted|published|announced|selected|picked|chose|tapped|placed|approved|voted|modified|extended|ordered|granted|inked|ratified|definitized|filed|dismissed|denied|sustained|upheld|won|rescinded|rejected)\b",
    )
});

/// What a response to a solicitation is: a date "due" without one is a delivery.
pub(super) static RESPONSE_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:proposals?|bids?|responses?|offers?|quotes?|quotations?|applications?|submissions?|statements?|comments?|questions?|packages?|white papers?|concept papers?|replies|tenders?|expressions? of interest|rfps?|solicitations?)\b",
    )
});

/// Places of performance: the clause after "Work will be performed in".
pub(super) static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:work|performance)\s+(?:will|would|is expected to|is to|is|are)\s*(?:\w+\s+)?(?:be\s+)?(?:\w+\s+)?performed\s+(?:(?:primarily|mainly|mostly|largely|principally|entirely|chiefly)\s+)?(?:(?P<prep>in|at|on|throughout|within)\s+)?|\blocations? of performance (?:is|are|will be|include)\s+|\bperformance (?:will be|is) (?:at|in)\s+|\bperformance locations (?:will be|are|include)\s+",
    )
});

/// Where a place-of-performance clause ends.
pub(super) static PLACE_END: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r",?\s+and\s+(?:work\s+)?(?:is|are|will be|was)\s+(?:expected|anticipated|scheduled|to be)|,?\s+with\s+(?:an?|the)\s+(?:estimated|expected|anticipated|performance|\w+[\s,]+\d)|,?\s+with\s+(?:an?|the)\s|;\s+(?:work|the work)\b|,\s+where\s[^,;]*$|\.\s*$",
    )
});

/// What introduces the purpose of a contract.
pub(super) static PURPOSE_START: LazyLock<Regex> =
    LazyLock::new(|| re(r"\bfor\s+|\bsupporting\s+|\bto\s+(?P<verb>[a-z][a-z-]+)\b"));

/// Words after "to" that are not verbs ("to a Virginia company", "to the Navy").
pub(super) const NOT_VERBS: &[&str] = &[
    // "something it agreed to do in June": no purpose.
    "do",
    "a",
    "an",
    "the",
    "its",
    "their",
    "his",
    "her",
    "this",
    "that",
    "these",
    "those",
    "previously",
    "be",
    "date",
    "help",
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
    "about",
    "approximately",
    "more",
    "up",
    "all",
    "each",
    "any",
    "both",
    "which",
    "whom",
    "exercise",
    "definitize",
    "previously-awarded",
    "contract",
    "other",
    "include",
    "including",
];

/// What a purpose clause must not start with: a period, a total, the contract itself.
pub(super) static PURPOSE_REJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:the|a|an)\s+(?:follow-on|recompete|re-compete|successor|replacement)(?:\s+(?:contract|award|procurement))?\s*(?:[.,;:]|$)|(?:to\s+)?(?:make|announce|issue|release|post)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?(?:award|decision|selection|solicitation|request for proposals|rfp)\b|the (?:deal|contract|project|job|award|program|procurement|order|work|agreement)\b|(?:to\s+)?(?:[\w-]+[\s,]+){0,4}?(?:delivery order|task order|contract|order|agreement)\s+(?:(?-i:[A-Z]*[0-9][A-Z0-9-]{3,})|\(|against|under|to)|(?:(?:a|an|the)\s+)?(?:(?:total|maximum|minimum|base (?:year|period)|period|combined)\b|previously|contract\b|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-](?:years?|months?|weeks?|days?)\b|[A-Z0-9]{4,}[-‐][0-9]{2}[-‐]|\$))",
    )
});

/// Where a purpose clause ends.
/// A subordinate clause between the action and a "for": "… with X while it searches for a
/// replacement system" (what the buyer searches for, not what the contract is for).
pub(super) static PURPOSE_SUBORDINATE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?:while|whereas|because|although|until)\s+(?:it|they|we|he|she|the|its|their)\b")
});
pub(super) static PURPOSE_END: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r",\s+(?:(?:a\s+few|several|two|three|four|five|six|\d+)\s+)?(?:weeks|days|months|hours|years)\s+(?:after|before)\b|,?\s+(?:according to|in accordance to|in accordance with|the (?:agency|department|company|service|notice|navy|army) said|officials said|(?:the|a) \w+ (?:said|stated|mentioned))\b|,\s+(?:and\s+)?(?:expects|plans|said|says|will|would|is|was|has|had|could|can|must|according|after|before|while|when|which|who|where|but|giving|citing|saying|clearing|paving|allowing|ending|leaving|marking|capping|three|two|four|five|six|several|with|resulting|for a (?:base|total|maximum|period)|bringing|raising|increasing|lifting|boosting)\b|,\s+to\s+(?-i:[A-Z])|\s+(?:will|would)\s+(?:cost|run|last|begin|start|end)\b|\s+for\s+(?:a|an)\s+(?:base|total|period|maximum)|\s+for\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-](?:years?|months?)|\s+under\s+(?:a|an|the|its)\s+(?:[\w$.,-]+\s+){0,4}?(?:contracts?|deals?|agreements?|orders?)\b|,\s+(?:the|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:largest|biggest|first|latest|only|single|most|second|third)\b|,\s+the first step\b|,?\s+(?:next|this|last|later this|earlier this)\s+(?:year|month|week|spring|summer|fall|autumn|winter|quarter)\b|,?\s+(?:in|by|during|before)\s+(?:the\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|(?:early|mid|late)[\s-]\d{4}|(?:end|middle|start|beginning)\s+of\s+(?:fiscal\s+)?\d{4}|fiscal\s+(?:year\s+)?\d{4})\b|\s+from\s+(?:(?-i:[A-Z])[\w&'’-]*\.?,?\s+){1,5}(?:Inc|LLC|L\.L\.C|Corp|Corporation|Co|Company|Ltd|Limited|LP|LLP|PLC)\b|;|\s+—|\s+--|[.”\x22]\s*$",
    )
});

/// An object phrase ending a purpose prefix: "for a multiple-award contract covering X" → X,
/// "to find companies able to perform X" → X.
pub(super) static PURPOSE_INNER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:a|an|the)\s+)?(?:[\w$.,/-]+\s+){0,5}?(?:contracts?|agreements?|orders?|vehicles?|services contract)\s+(?:covering|for|to provide|that will provide|that covers|providing)\s+|^to\s+(?:find|identify|locate|gauge interest from)\s+(?:[\w-]+\s+){0,3}?(?:companies|firms|vendors|sources|contractors|businesses|suppliers|shipyards)\s+(?:(?:able|capable|qualified)\s+(?:to|of)\s+|that can\s+|who can\s+)(?:perform|provide|deliver|supply|support|performing|providing|delivering|supplying)\s+",
    )
});

/// An option or modification "on its X contract": X is the purpose.
pub(super) static PURPOSE_ON_CONTRACT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?:on|to|under)\s+(?:its|the|their)\s+(?P<p>(?:[\w-]+,?\s+){1,6}?)contract\b")
});

/// The number of a length: digits, "a"/"an" (one), or a number word of the money extractor's
/// table ("five", "eighteen").
static NUM: LazyLock<String> = LazyLock::new(|| {
    let mut words: Vec<&str> = NUMBER_WORDS.iter().map(|(w, _)| *w).collect();
    // Longest first, so that "eighteen" is not read as "eight".
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    format!(r"(?:\d{{1,3}}|{}|an|a)", words.join("|"))
});

/// The value of a number word of [`NUM`] ("a" and "an" are one).
pub(super) fn number_word(word: &str) -> Option<u32> {
    if word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("an") {
        return Some(1);
    }
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|(_, v)| *v)
}

/// A length: "five years", "one-year", "60-month", "five many years" (spun text).
pub(super) static DURATION: LazyLock<Regex> = LazyLock::new(|| {
    let num = NUM.as_str();
    re(&format!(
        r"\b(?P<n>{num})[\s-](?:(?:more|additional|full|consecutive|fiscal|calendar|many)\s+)?(?P<u>years?|months?|weeks?|days?)\b"
    ))
});

/// Parts of a period phrase that add to its total.
pub(super) static PERIOD_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
    let num = NUM.as_str();
    re(&format!(
        r"\bfor a (?:total|maximum) of (?P<tot>{num}[\s-](?:years?|months?|weeks?|days?))"
    ))
});

/// Options in a period phrase: "four one-year option periods", "two two-year extension
/// options", "four option years", "an
/// optional three-year extension", "an option for an additional six-month ordering period",
/// "an option to extend, not to exceed six months", "a 30-day carryover period".
pub(super) static PERIOD_OPTIONS: LazyLock<Regex> = LazyLock::new(|| {
    let num = NUM.as_str();
    let dur = format!(r"{num}[\s-](?:years?|months?|weeks?|days?)");
    re(&format!(
        r"\b(?P<count>{num})\s*,?\s+(?P<olen>{dur})\s+(?:extension\s+|renewal\s+)?option|\b(?P<count3>{num})\s+(?:optional\s+)?(?P<olen3>{dur})\s+(?:extensions|renewals)\b|\b(?P<count2>{num})\s+option\s+years?\b|\b(?:and|with|plus)\s+(?:an?\s+)?(?P<ext3>{dur})\s+option|\ban?\s+(?:optional\s+)?(?P<ext>{dur})\s+(?:extension|carryover|option)|\boption (?:for an additional|to extend,? not to exceed|to extend for up to|to extend up to|to extend by up to|to extend by) (?P<ext2>{dur})"
    ))
});

/// What follows a hyphenated length that qualifies a contract ("-year, $38.6 million contract").
pub(super) static ADJECTIVE_OF_CONTRACT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[\s,]*(?:\$[\d.,]+\s*(?:million|billion|[mb]n?)?\b[\s,]*)?(?:[\w-]+\s+){0,4}?(?:contracts?|deals?|agreements?|orders?|bpas?|idiqs?|vehicles?|leases?)\b",
    )
});

#[cfg(test)]
mod tests {
    use super::*;

    /// A day after "on" between a verb and its object is a time, not a preposition phrase;
    /// "on" before anything else still is one.
    #[test]
    fn a_day_after_on_is_no_preposition_phrase() {
        assert!(!gap_has_preposition("on Wednesday a three-year "));
        assert!(!gap_has_preposition("on Oct. 27 a "));
        assert!(gap_has_preposition("on behalf of the "));
        assert!(gap_has_preposition("on its website a "));
    }

    /// What a buy left open, offered again in a new solicitation, is a solicitation to come.
    #[test]
    fn new_solicitation_row_reads_a_rebuy() {
        let rows = &*TRIGGERS;
        let hit = |t: &str| {
            rows.iter()
                .any(|(r, rule)| rule.stage == Stage::Presolicitation && r.get().is_match(t))
        };
        assert!(hit(
            "The agency will offer the rest again in a new solicitation."
        ));
        assert!(hit(
            "It plans to procure the remaining units through a fresh tender."
        ));
        assert!(!hit("The agency will offer the rest in a new package."));
    }

    /// `\w` in a pattern, alone or inside a bracketed class, reads Latin words (accented too)
    /// and nothing beyond U+02FF.
    #[test]
    fn word_class_reads_latin_words_only() {
        let cases: &[(&str, &str, bool)] = &[
            (r"^\w+$", "Contract", true),
            (r"^\w+$", "Société", true),
            (r"^\w+$", "Łódź", true),
            (r"^\w+$", "x_9", true),
            (r"^\w+$", "Москва", false),
            (r"^\w+$", "a-b", false),
            (r"^[\w-]+$", "Générale-Bank", true),
            (
                r"^[\s\w,]{0,100}?\bcontract\b",
                "a naïve, big contract",
                true,
            ),
            (r"^[\s\w,]{0,100}?\bcontract\b", "a big; contract", false),
        ];
        for (pattern, text, expected) in cases {
            assert_eq!(
                re(pattern).is_match(text),
                *expected,
                "{pattern} on {text:?}"
            );
        }
    }

    /// The cheap key test never rejects a phrase the other-contract pattern finds.
    #[test]
    fn other_contract_keys_cover_the_pattern() {
        let phrases = [
            "issue a new solicitation",
            "The first task orders were placed",
            "its next two orders",
            "under A FOLLOW-ON deal",
            "a previous contract, X, which expired",
            "the prior two-year agreement",
            "the existing contract",
            "the incumbent contractor",
            "its former vendors",
            "the predecessor contract",
            "under a bridge contract",
            "their current provider",
            "replaces JEDI",
            "replacing the system",
            "the successor to JEDI",
            "instead of a contract",
            "under a previouſ contract",
        ];
        for phrase in phrases {
            assert!(OTHER_CONTRACT.is_match(phrase), "{phrase}");
            assert!(may_name_other_contract(phrase), "{phrase}");
        }
        assert!(!may_name_other_contract(
            "The Navy awarded a contract to X."
        ));
    }

    /// A table pattern compiles once, on first use, to the same automaton as [`re`].
    #[test]
    fn lazy_regex_compiles_on_first_use() {
        let lazy = LazyRegex::new(r"\bawarded\b");
        assert!(lazy.compiled.get().is_none());
        assert!(lazy.get().is_match("was AWARDED a contract"));
        assert!(!lazy.get().is_match("unawarded"));
        assert!(lazy.compiled.get().is_some());
    }
}
