//! The word lists and patterns of contract events: cue words, triggers, contract types, the
//! roles of amounts and dates, and references to the contract being reported or to another one.
//!
//! Everything here is a table read by one loop. Patterns are case-insensitive (news text comes
//! in capitals too) and use ASCII word boundaries so that the regex crate's fast engines stay in
//! use on non-ASCII text.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::Regex;

/// Compiles a case-insensitive pattern whose `\b` are ASCII word boundaries.
pub(super) fn re(pattern: &str) -> Regex {
    Regex::new(&format!("(?i){}", pattern.replace(r"\b", r"(?-u:\b)")))
        .expect("event pattern is valid")
}

/// Whether a cue word can introduce an event or only add to one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CueKind {
    /// A word without which no sentence reports a contract action.
    Trigger,
    /// A word that marks details of an event (performance, obligations, values…).
    Detail,
}

/// Cue words, matched case-insensitively anywhere. A sentence without any costs nothing more.
const CUES: &[(&str, CueKind)] = &[
    ("award", CueKind::Trigger),
    ("solicit", CueKind::Trigger),
    ("request for", CueKind::Trigger),
    ("rfi", CueKind::Trigger),
    ("rfp", CueKind::Trigger),
    ("rfq", CueKind::Trigger),
    ("sources sought", CueKind::Trigger),
    ("modification", CueKind::Trigger),
    ("option", CueKind::Trigger),
    ("protest", CueKind::Trigger),
    ("cancel", CueKind::Trigger),
    ("terminat", CueKind::Trigger),
    ("scrap", CueKind::Trigger),
    ("went to", CueKind::Trigger),
    ("market for", CueKind::Trigger),
    ("contractor", CueKind::Trigger),
    ("contract", CueKind::Trigger),
    ("deal", CueKind::Trigger),
    ("agreement", CueKind::Trigger),
    ("order", CueKind::Trigger),
    ("bpa", CueKind::Trigger),
    ("idiq", CueKind::Trigger),
    ("extend", CueKind::Trigger),
    ("will share", CueKind::Trigger),
    ("perform", CueKind::Detail),
    ("complet", CueKind::Detail),
    ("obligat", CueKind::Detail),
    ("minimum", CueKind::Detail),
    ("maximum", CueKind::Detail),
    ("ceiling", CueKind::Detail),
    ("capacity", CueKind::Detail),
    ("valu", CueKind::Detail),
    ("worth", CueKind::Detail),
    ("cost", CueKind::Detail),
    ("proposal", CueKind::Detail),
    (" due", CueKind::Detail),
    ("industry day", CueKind::Detail),
    ("winner", CueKind::Detail),
    ("id/iq", CueKind::Detail),
    ("decision", CueKind::Detail),
    ("exceed", CueKind::Detail),
];

/// The cue automaton and the kind of each pattern.
pub(super) static CUE_MATCHER: LazyLock<(AhoCorasick, Vec<CueKind>)> = LazyLock::new(|| {
    let ac = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
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
}

const fn rule(stage: Stage, planned: bool, shape: Shape, refine: bool) -> TriggerRule {
    TriggerRule {
        stage,
        planned,
        shape,
        refine,
        gap: false,
    }
}

impl TriggerRule {
    const fn gapped(mut self) -> TriggerRule {
        self.gap = true;
        self
    }
}

/// Filler words between a verb and its object: anything but sentence punctuation. A code check
/// ([`gap_has_preposition`]) keeps prepositions out, which regexes cannot say without look-around.
const GAP: &str = r"(?:[^\s;]+\s+)";

/// Nouns that name a contract action or instrument.
const CONTRACT_NOUN: &str = r"(?:contracts?|modifications?|options?|orders?|task orders?|delivery orders?|agreements?|deals?|bpas?|idiqs?|extensions?|awards?)";

/// Trigger patterns and what they report. A sentence may match several; overlapping matches
/// keep the earliest.
pub(super) static TRIGGERS: LazyLock<Vec<(Regex, TriggerRule)>> = LazyLock::new(|| {
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
        // Other award verbs, with a contract as object.
        (
            format!(r"\b(?:won|wins|landed|lands|secured|secures|captured|captures|received|receives|gets|got|clinched|snagged)\s+(?P<gap>{GAP}{{0,6}}?){CONTRACT_NOUN}\b"),
            rule(Award, false, VendorSubject, true).gapped(),
        ),
        (
            format!(r"\b(?:established|establishes|set up|sets up|signed|signs|executed|executes|entered into|enters into|issued|issues)\s+(?P<gap>{GAP}{{0,6}}?){CONTRACT_NOUN}\b"),
            rule(Award, false, AgencySubject, true).gapped(),
        ),
        (
            format!(r"\b{CONTRACT_NOUN}\b[^.;]{{0,100}}?\bwent to\b"),
            rule(Award, false, ContractSubject, false),
        ),
        (
            r"\b(?:will|to)\s+share\s+(?:in\s+)?(?:a|an|the)\b".into(),
            rule(Award, false, RecipientSubject, true),
        ),
        // "The incumbent, X, will keep providing guards under a bridge contract worth …".
        (
            r"\b(?:will|would|to)\s+(?:keep|continue)\s+(?:to\s+)?(?:provid|perform|work|deliver|support|operat)\w*\b[^.;]{0,80}?\bunder\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?contract\b".into(),
            rule(Award, false, VendorSubject, false),
        ),
        // Extensions and option exercises.
        (
            r"\bextend(?:s|ed|ing)\s+(?:its|the|their|a|an)\s+(?:[\w-]+\s+){0,3}?contract\b".into(),
            rule(Modification, false, AgencySubject, false),
        ),
        (
            format!(r"\bexercis(?:es|ed|ing)\s+(?P<gap>{GAP}{{0,4}}?)options?\b"),
            rule(Option, false, AgencySubject, false).gapped(),
        ),
        // Solicitations, RFIs, pre-solicitation notices (the verb's form tells planned or not).
        (
            format!(r"\b(?:released?|releases|releasing|issued?|issues|issuing|posted|posts|published|publishes|put out|opened|opens)\s+(?P<gap>{GAP}{{0,5}}?)(?:pre-?solicitation|draft\s+(?:solicitation|rfp|request for proposals)|solicitation|requests? for proposals?|rfp|requests? for quotations?|rfq|invitation for bids?|requests? for information|rfi|sources sought)\b"),
            rule(Solicitation, false, AgencySubject, false).gapped(),
        ),
        // An intent to buy, before any notice.
        (
            r"\b(?:in the (?:current |open )?market for|(?:hunting|looking|searching|seeking) for (?:a|an) (?:[\w-]+ ){0,2}(?:contractor|vendor|provider|supplier)s?)\b".into(),
            rule(Forecast, true, AgencySubject, false),
        ),
        (
            format!(r"\b(?:deal|contract|award|procurement|solicitation|competition)\b[^.;]{{0,30}}?\b(?:slated|scheduled|planned|set)\s+(?:for|in)\b"),
            rule(Forecast, true, ContractSubject, false),
        ),
        // Protests.
        (
            format!(r"\b(?:filed|files|lodged|lodges|sustained|sustains|upheld|upholds|denied|denies|dismissed|dismisses)\s+(?P<gap>{GAP}{{0,3}}?)(?:bid\s+)?protests?\b"),
            rule(Stage::Protest, false, ProtestParties, false).gapped(),
        ),
        (
            r"\bprotest(?:ed|s)\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,3}?(?:award|contract|selection|order)\b".into(),
            rule(Stage::Protest, false, VendorSubject, false),
        ),
        // Cancellations (the sentence must name a contract: checked in code).
        (
            r"\b(?:canceled|cancelled|cancels|terminated|terminates|scrapped|scraps|rescinded|rescinds|pulled the plug on)\b".into(),
            rule(Cancellation, false, AgencySubject, false),
        ),
    ];
    table.into_iter().map(|(p, r)| (re(&p), r)).collect()
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
    gap.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        PREPOSITIONS.iter().any(|p| w.eq_ignore_ascii_case(p))
    })
}

/// Contract nouns that head the object of an award ("a $5 million modification") and the stage
/// they make it.
pub(super) const OBJECT_HEADS: &[(&str, Stage)] = &[
    ("modifications", Stage::Modification),
    ("modification", Stage::Modification),
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
];

/// Words that end the object of an award verb.
pub(super) static OBJECT_END: LazyLock<Regex> =
    LazyLock::new(|| re(r"\s(?:for|to|under|against|with|that|which|resulting)\b|[;:—]"));

/// An option exercised anywhere in the sentence ("to exercise option four", "exercising the
/// fourth option year") makes an award an option.
pub(super) static OPTION_EXERCISE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\bexercis(?:e|es|ed|ing)\s+(?:the\s+|an\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,3}?options?\b")
});

/// A reference to a contract not seen before: a new event when a trigger has one.
pub(super) static INDEFINITE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?P<prev>\b[\w’']+\s+)?\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|its own|their own|up to \w+)\s+(?P<gap>{GAP}{{0,6}}?){CONTRACT_NOUN}\b|\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:protest|solicitation|request for (?:information|proposals|quotations)|rfi|rfp)\b|\bthe\s+(?:first|second|third|initial|next|latest)\s+(?:[\w-]+\s+){{0,2}}?(?:contract|order|award|modification|option)\b"
    ))
});

/// Words that make an indefinite contract phrase refer to an existing contract after all
/// ("a previously awarded contract").
pub(super) static PREVIOUSLY: LazyLock<Regex> =
    LazyLock::new(|| re(r"\bpreviously|\bexisting\b|\bcurrent\b"));

/// A reference to the contract already being reported.
pub(super) static DEFINITE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:the|this|that|these|those|its|their|each|such)\s+(?P<gap>{GAP}{{0,3}}?)(?P<noun>{CONTRACT_NOUN}|solicitation|project|job|program|notice|vehicle|procurement|competition|protest|decision|cancellation|bpa|idiq|id/iq|awardees?|winners)\b"
    ))
});

/// Sentences of the DoD template that belong to the event of their paragraph, whatever else
/// they say.
pub(super) static TEMPLATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:this|it|these|the (?:contract|agreement|order|option|modification))\s+(?:is|was|are|were)\s+(?:a|an)\b|\b(?:work (?:will|is expected to|would)\s+(?:\w+\s+)?be performed|(?:is|as) the contracting activity|contracting activity (?:is|was)|locations? of performance|performance completion date|funds? (?:in the amount of|of)\b|(?:will be|were|are being|is being|was) obligated|the winners|awardees|proposals are due|responses are due)\b",
    )
});

/// Where a phrase about another contract starts: the rest of its clause says nothing about the
/// event ("under a previous contract, HSHQDC-15-C-00027, which expired in 2020").
pub(super) static OTHER_CONTRACT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:a new (?:solicitation|competition|contract|award|procurement|vehicle)|(?:the|its) (?:first|initial|next) (?:[\w-]+ )?orders\b|a follow-on|(?:a|the|its|their) (?:previous|prior|existing|incumbent|former|predecessor|bridge|current)\s+(?:[\w-]+\s+){0,2}?(?:contracts?|deals?|agreements?|vehicles?|orders?|awards?|contractors?|providers?|vendors?)\b|(?P<replace>replaces?|replacing)\b|successor to\b|instead of\b)",
    )
});

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
    // ("individual task orders", "task order contract").
    (
        "task_order",
        r"\b(?:a|an|the|this)\s+(?:[\w$,.-]+\s+){0,4}?task order\b|\btask order\s+(?:\(|[A-Z0-9]{4,})",
    ),
    (
        "delivery_order",
        r"\b(?:a|an|the|this)\s+(?:[\w$,.-]+\s+){0,4}?delivery order\b|\bdelivery order\s+(?:\(|[A-Z0-9]{4,})",
    ),
];

/// The contract-type patterns, compiled, one per row of [`CONTRACT_TYPES`].
pub(super) static CONTRACT_TYPE_PATTERNS: LazyLock<Vec<(&'static str, Regex)>> =
    LazyLock::new(|| CONTRACT_TYPES.iter().map(|(t, p)| (*t, re(p))).collect());

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
    }
}

/// The amount rules, in order.
pub(super) const AMOUNT_RULES: &[AmountRule] = &[
    // A former value: "brings … to $33,144,937 from $21,410,170".
    amount_rule("", Some(r"\bfrom\s*$"), None, false),
    amount_rule(
        "minimum",
        Some(
            r"(?:^|[^t]\s)(?:guaranteed\s+)?minimum(?:\s+(?:guarantee|guaranteed|order|amount|value))?(?:\s+(?:amount|value))?(?:\s+(?:of|is|was|will be))?\s*$",
        ),
        None,
        false,
    ),
    amount_rule(
        "obligated",
        Some(r"\b(?:obligated|obligating|obligates|obligate)\s*$"),
        None,
        false,
    ),
    amount_rule(
        "obligated",
        None,
        Some(
            r"^[^.;$]{0,40}?\b(?:will be|were|was|are|is|are being|is being|have been|has been|had been)\s+obligated",
        ),
        false,
    ),
    amount_rule(
        "ceiling",
        Some(
            r"\b(?:maximum|max\.?|a maximum of|up to|not[\s-]to[\s-]exceed|not[\s-]to[\s-]exceed amount of|shall not exceed|will not exceed|ceiling of|ceiling value of|(?:ceiling|capacity|not[\s-]to[\s-]exceed amount|maximum (?:[\w-]+\s+){0,2}value)\b[^.;$]{0,60}?\b(?:is|of|was|will be|at))(?:\s+(?:about|approximately|roughly|nearly|an estimated|estimated))?\s*$",
        ),
        None,
        false,
    ),
    amount_rule("ceiling", None, Some(r"^,?\s*ceiling\b"), false),
    amount_rule(
        "potential",
        Some(
            r"\b(?:if (?:all )?(?:the )?(?:options?(?: periods?)? (?:are|is) )?exercised|including options|with all options(?: exercised)?|potential (?:[\w-]+\s+)?value)\b[^.;$]{0,80}$",
        ),
        None,
        false,
    ),
    amount_rule(
        "potential",
        None,
        Some(r"^[^.;$]{0,40}?\(including options\)"),
        false,
    ),
    amount_rule(
        "cumulative",
        Some(
            r"\b(?:cumulative|total (?:[\w-]+\s+){0,2}value|brings the (?:total|maximum|cumulative)|rises to|increases? (?:its|the) (?:total )?value to|raises (?:its|the) (?:total )?value to)\b[^.;$]{0,80}$",
        ),
        None,
        false,
    ),
    amount_rule(
        "value",
        Some(
            r"\b(?:valued at|worth|value of|values? (?:is|was|at)|estimated (?:value|cost) (?:of|is|at)|cost(?: tag)?\b[^.;$]{0,30}?\bis|estimated at|priced at|awarded|award of|an estimated|a combined|combined)(?:\s+(?:about|approximately|roughly|nearly|at least|at minimum|more than|up to|an estimated|estimated))?\s*$",
        ),
        None,
        false,
    ),
    amount_rule(
        "value",
        None,
        Some(
            r"^[\s\w,/()&'’–‐-]{0,100}?\b(?:contracts?|modifications?|options?|orders?|agreements?|deals?|bpa|idiq|awards?|extensions?)\b",
        ),
        true,
    ),
];

/// The amount rules compiled: (role, before, after, trigger_only).
pub(super) static AMOUNT_PATTERNS: LazyLock<
    Vec<(&'static str, Option<Regex>, Option<Regex>, bool)>,
> = LazyLock::new(|| {
    AMOUNT_RULES
        .iter()
        .map(|r| (r.role, r.before.map(re), r.after.map(re), r.trigger_only))
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

/// The date keywords. Order matters only for matches starting at the same place.
pub(super) const DATE_KEYWORDS: &[DateKeyword] = &[
    kw(
        r"orders? (?:can|may) be (?:placed|issued) (?:until|through)|ordering period end(?: date)?|ordering period (?:ends|will end|will be completed)(?: by| in| on)?",
        "ordering_end",
        false,
        false,
    ),
    kw(r"pre-?solicitation", "presolicitation", true, false),
    kw(
        r"solicitations?|requests? for proposals|rfp|competition",
        "solicitation",
        true,
        false,
    ),
    kw(r"open(?:s|ed)?\b", "solicitation", false, false),
    kw(r"industry day", "industry_day", true, false),
    kw(
        r"(?:are|is|were|was) due|due (?:by|on|at)|deadline",
        "responses_due",
        false,
        false,
    ),
    kw(r"protest(?:ed|s)?", "protest", false, false),
    kw(r"decision|ruling|ruled", "decision", true, false),
    kw(
        r"cancel(?:l?ed|s)?|terminat(?:ed|es|ion)|pulled the plug",
        "cancellation",
        false,
        false,
    ),
    kw(
        r"awarded|award\b|awards|placed|signed|established|choose a vendor|select a vendor|selection|went to",
        "award",
        false,
        false,
    ),
    kw(r"(?:task |delivery )?order\b", "award", true, false),
    kw(
        r"complet(?:ed|e|ion)(?: date)?(?: of| by| in| on)?|through|until|expires?(?: in| on)?|expiring|ends?(?: date)?(?: of| on| in)?|extend(?:ing|s|ed)? (?:the work |it |services )?(?:through|until|to)",
        "completion",
        false,
        false,
    ),
    kw(
        r"begins?|began|beginning|starts?|started|starting|effective|commenc(?:e|es|ed|ing)|from",
        "start",
        false,
        false,
    ),
    kw(
        r"slated|scheduled|planned|targeted|expected|anticipated|set for",
        "award",
        false,
        true,
    ),
];

/// The date keywords in one pattern, group `k0`, `k1`, … per row.
pub(super) static DATE_KEYWORD: LazyLock<Regex> = LazyLock::new(|| {
    let alternation = DATE_KEYWORDS
        .iter()
        .enumerate()
        .map(|(i, k)| format!(r"(?P<k{i}>\b(?:{})\b)", k.pattern))
        .collect::<Vec<_>>()
        .join("|");
    re(&alternation)
});

/// Words right after a date that give its role ("with a Jan. 19, 2018, performance completion
/// date", "Nov. 30, 2018, through Nov. 29, 2023").
pub(super) static DATE_AFTER: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    [
        (
            r"^,?\s*(?:estimated\s+)?ordering period end date",
            "ordering_end",
        ),
        (
            r"^,?\s*(?:estimated\s+)?(?:performance\s+)?completion date",
            "completion",
        ),
        (r"^,?\s*(?:through|to|until|and ending)\b", "start"),
    ]
    .into_iter()
    .map(|(p, r)| (re(p), r))
    .collect()
});

/// A verb right after a date reports what happened then ("ON FRIDAY CANCELED", "on Thursday
/// established", "on Wednesday released solicitation").
pub(super) static DATE_VERB_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:(?:has|have|had|formally|officially)\s+)?(?P<v>canceled|cancelled|terminated|established|awarded|signed|exercised|protested|released\s+(?:a\s+|the\s+)?(?:pre-?solicitation|draft)|released|issued|posted|published)\b",
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
        r",?\s+and\s+(?:work\s+)?(?:is|are|will be|was)\s+(?:expected|anticipated|scheduled|to be)|,?\s+with\s+(?:an?|the)\s+(?:estimated|expected|anticipated|performance|\w+[\s,]+\d)|,?\s+with\s+(?:an?|the)\s|;\s+(?:work|the work)\b|\.\s*$",
    )
});

/// What introduces the purpose of a contract.
pub(super) static PURPOSE_START: LazyLock<Regex> =
    LazyLock::new(|| re(r"\bfor\s+|\bsupporting\s+|\bto\s+(?P<verb>[a-z][a-z-]+)\b"));

/// Words after "to" that are not verbs ("to a Virginia company", "to the Navy").
pub(super) const NOT_VERBS: &[&str] = &[
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
        r"^(?:the (?:deal|contract|project|job|award|program|procurement|order|work|agreement)\b|(?:to\s+)?(?:[\w-]+[\s,]+){0,4}?(?:delivery order|task order|contract|order|agreement)\s+(?:(?-i:[A-Z]*[0-9][A-Z0-9-]{3,})|\(|against|under|to)|(?:(?:a|an|the)\s+)?(?:(?:total|maximum|minimum|base (?:year|period)|period|combined)\b|previously|contract\b|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-](?:years?|months?|weeks?|days?)\b|[A-Z0-9]{4,}[-‐][0-9]{2}[-‐]|\$))",
    )
});

/// Where a purpose clause ends.
pub(super) static PURPOSE_END: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r",?\s+(?:according to|in accordance to|in accordance with|the (?:agency|department|company|service|notice|navy|army) said|officials said|(?:the|a) \w+ said)\b|,\s+(?:and\s+)?(?:expects|plans|said|says|will|would|is|was|has|had|could|can|must|according|after|before|while|when|which|who|where|giving|citing|saying|three|two|four|five|six|several|with|resulting|for a (?:base|total|maximum|period))\b|\s+for\s+(?:a|an)\s+(?:base|total|period|maximum)|\s+for\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-](?:years?|months?)|;|\s+—|\s+--|[.”\x22]\s*$",
    )
});

/// An object phrase ending a purpose prefix: "for a multiple-award contract covering X" → X.
pub(super) static PURPOSE_INNER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:a|an|the)\s+)?(?:[\w$.,/-]+\s+){0,5}?(?:contracts?|agreements?|orders?|vehicles?|services contract)\s+(?:covering|for|to provide|that will provide|that covers|providing)\s+",
    )
});

/// An option or modification "on its X contract": X is the purpose.
pub(super) static PURPOSE_ON_CONTRACT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?:on|to|under)\s+(?:its|the|their)\s+(?P<p>(?:[\w-]+,?\s+){1,6}?)contract\b")
});

/// Number words.
pub(super) const NUMBER_WORDS: &[(&str, u32)] = &[
    ("a", 1),
    ("an", 1),
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
    ("fifteen", 15),
    ("twenty", 20),
    ("thirty", 30),
];

const NUM: &str = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)";

/// A length: "five years", "one-year", "60-month", "five many years" (spun text).
pub(super) static DURATION: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?P<n>{NUM})[\s-](?:(?:more|additional|full|consecutive|fiscal|calendar|many)\s+)?(?P<u>years?|months?|weeks?|days?)\b"
    ))
});

/// Parts of a period phrase that add to its total.
pub(super) static PERIOD_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\bfor a (?:total|maximum) of (?P<tot>{NUM}[\s-](?:years?|months?|weeks?|days?))"
    ))
});

/// Options in a period phrase: "four one-year option periods", "four option years", "an
/// optional three-year extension", "an option for an additional six-month ordering period",
/// "an option to extend, not to exceed six months", "a 30-day carryover period".
pub(super) static PERIOD_OPTIONS: LazyLock<Regex> = LazyLock::new(|| {
    let dur = format!(r"{NUM}[\s-](?:years?|months?|weeks?|days?)");
    re(&format!(
        r"\b(?P<count>{NUM})\s*,?\s+(?P<olen>{dur})\s+option|\b(?P<count2>{NUM})\s+option\s+years?\b|\b(?:and|with|plus)\s+(?:an?\s+)?(?P<ext3>{dur})\s+option|\ban?\s+(?:optional\s+)?(?P<ext>{dur})\s+(?:extension|carryover|option)|\boption (?:for an additional|to extend,? not to exceed|to extend for up to|to extend up to) (?P<ext2>{dur})"
    ))
});
