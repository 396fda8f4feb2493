//! Contract events: one entry per award, planned award, modification, option exercise,
//! solicitation, RFI, protest or cancellation an article reports, built from its sentences and
//! the finished entity, money, date and identifier layers.
//!
//! How it works:
//! 1. Cue words (`cues::CUES`, one Aho-Corasick pass over the text) mark the sentences worth
//!    reading; a sentence without any costs nothing more, and an article without a trigger cue
//!    is left at once.
//! 2. A sentence with a trigger ("was awarded", "has issued a request for information",
//!    "canceled", "plans to award", "in the market for") either opens an event or continues the
//!    current one. It opens one when it speaks of a contract not seen before: a DoD-style subject
//!    listing vendors, an indefinite phrase ("a $5 million contract", "a protest"), identifiers
//!    other than the event's. Plans that follow a solicitation continue it; a later stage
//!    overrides an earlier one ("exercises an option" after "awarded an extension").
//! 3. Other sentences add details to the current event when they are in its paragraph, refer to
//!    it ("the contract", "the task order"), carry identifiers, or follow the DoD template ("Work
//!    will be performed…", "… is the contracting activity"). A phrase about another contract
//!    ("a previous contract, X, which expired in 2020") is skipped to the end of its clause.
//! 4. Details: amounts with their role (value, ceiling, minimum, obligated, cumulative,
//!    potential), dates with theirs (award, completion, solicitation, responses due…), contract
//!    types, the period ("a base year plus four option years" = P5Y), the place of performance
//!    and the purpose ("for …"). Parties come from the sentence structure ([`parties`]) and are
//!    linked to entity mentions when the entity layer has them.
//! 5. The buyer, in order of trust: the subject of the action ("The Navy awarded X a $Y
//!    contract"), the contracting activity, "by AGENCY" ("was placed by Naval Sea Systems
//!    Command"), an attribution ("…, the Army said", "according to the Department of Energy"),
//!    an agency named as object or modifier ("from the Army", "a Navy contract", "the State
//!    Department's contract"); failing all of these, the previous event's buyer, else the
//!    nearest agency-like organization before the event (headline, lead). Everyday verbs
//!    ("picked", "approved", "placed an order") report an action only when a buyer is named.

mod cues;
mod fields;
mod parties;

#[cfg(test)]
mod cases;

use std::ops::Range;
use std::sync::LazyLock;

use crate::pattern::Regex;

use super::super::{Document, Extractor, Layer, Mentions};
use crate::record::{
    ContractEvent, DateType, EntityMention, EntityType, EventAmount, EventDate, EventParty,
    EventPeriod, SentenceRef, Spanned, TextSpan,
};
use crate::segment::ByteSpan;
use cues::{Shape, Stage, TriggerRule, feature, re};

/// The contract-event extractor. Runs last: it reads every other layer.
pub struct ContractEvents;

impl Extractor for ContractEvents {
    fn name(&self) -> &'static str {
        "contract_events"
    }

    fn layer(&self) -> Layer {
        Layer::Contracts
    }

    fn extract(&self, doc: &Document<'_>, found: &mut Mentions) {
        found.contract_events = build(doc, found);
    }

    fn helper(&self, doc: &Document<'_>, found: &Mentions) -> Option<fn()> {
        // Only when the events' details will likely be read: a trigger cue, and a date or an
        // amount (the details' largest tables serve them).
        let build: fn() = match (found.dates.is_empty(), found.money.is_empty()) {
            (true, true) => return None,
            (false, true) => fields::build_date_tables,
            (true, false) => fields::build_amount_tables,
            (false, false) => fields::build_tables,
        };
        let (matcher, features) = &*cues::CUE_MATCHER;
        let trigger = matcher
            .find_overlapping_iter(doc.text)
            .any(|m| features[m.pattern().as_usize()] & feature::TRIGGERS != 0);
        trigger.then_some(build)
    }
}

/// How sure a source of the agency is (lower wins).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum AgencySource {
    /// The subject of "has awarded", "released", "canceled".
    Subject,
    /// "… is the contracting activity".
    ContractingActivity,
    /// "by the Army".
    By,
    /// "…, the Army said", "according to the Department of Energy".
    Attribution,
    /// "to the U.S. Navy", "for the Department of Agriculture".
    Mentioned,
}

/// An event being built.
#[derive(Debug, Clone)]
struct Draft {
    stage: Stage,
    /// Whether the stage comes only from announcements of plans.
    planned: bool,
    anchor: ByteSpan,
    agency: Option<(ByteSpan, AgencySource)>,
    vendors: Vec<ByteSpan>,
    amounts: Vec<(usize, &'static str)>,
    ids: Vec<usize>,
    types: Vec<&'static str>,
    dates: Vec<(usize, &'static str)>,
    period: Option<fields::Period>,
    place: Option<ByteSpan>,
    purpose: Option<ByteSpan>,
    last_paragraph: usize,
    /// Opened by a head in capitals that starts a paragraph of prose.
    run_in_head: bool,
    /// Opened by an order ("placed a $5.6 million order with X"): the vehicle it is placed
    /// under has an award of its own.
    order: bool,
}

/// A trigger found in a sentence.
#[derive(Debug, Clone, Copy)]
struct Trigger {
    span: ByteSpan,
    rule: TriggerRule,
    stage: Stage,
    planned: bool,
}

/// The indexes of `layer` whose mentions lie inside `span` (layers are sorted by offset).
fn within<T: Spanned>(layer: &[T], span: ByteSpan) -> Range<usize> {
    let lo = layer.partition_point(|m| m.bytes().0 < span.start);
    let hi = layer.partition_point(|m| m.bytes().0 < span.end);
    lo..hi.max(lo)
}

fn span_of<T: Spanned>(m: &T) -> ByteSpan {
    let (s, e) = m.bytes();
    ByteSpan::new(s, e)
}

/// Builds the events of one article.
fn build(doc: &Document<'_>, found: &Mentions) -> Vec<ContractEvent> {
    let n = doc.sentences.len();
    if n == 0 {
        return Vec::new();
    }
    // 1. Cue words: the features each sentence announces (see `cues::feature`).
    let (matcher, features) = &*cues::CUE_MATCHER;
    let mut cue = vec![0u32; n];
    let mut any_trigger = false;
    let mut i = 0;
    for m in matcher.find_overlapping_iter(doc.text) {
        // Matches come in text order: walk the sentences along with them.
        while i < n && doc.sentences[i].span.end <= m.start() {
            i += 1;
        }
        if i < n && doc.sentences[i].span.start <= m.start() {
            let bits = features[m.pattern().as_usize()];
            cue[i] |= bits;
            any_trigger |= bits & feature::TRIGGERS != 0;
        }
    }
    if !any_trigger {
        return Vec::new();
    }
    let paragraphs = paragraph_numbers(doc);
    let headline = headline(doc);
    let mut drafts: Vec<Draft> = Vec::new();
    // "The contract, announced on Monday, is worth A$486 million." before the sentence that
    // reports the award: a lead-in about the contract the first event is about.
    // "Bluff City Paving Co. submitted the low bid of $4,871,240" a few sentences before the
    // recommendation to award it: the same, further back, for an award.
    let mut lead_in: Option<usize> = None;
    let mut low_bid: Option<usize> = None;
    // The paragraph of the last head in capitals ("MANUFACTURING" over a brief of a wire page):
    // a section of its own, which the events before it do not reach into.
    let mut head_para: Option<usize> = None;
    for (i, sentence) in doc.sentences.iter().enumerate() {
        if sentence.boilerplate || Some(i) == headline {
            continue;
        }
        let para = paragraphs[i];
        if is_run_in_head(doc, &paragraphs, i) {
            head_para = Some(para);
        }
        let new_section =
            head_para.is_some_and(|h| drafts.last().is_some_and(|d| h > d.last_paragraph));
        if cue[i] == 0 {
            if !new_section {
                add_schedule_dates(doc, found, &mut drafts, i, para);
            }
            continue;
        }
        let sentence_triggers = if cue[i] & feature::TRIGGERS != 0 {
            find_triggers(doc, sentence.span, cue[i])
        } else {
            Vec::new()
        };
        // "A winner would be chosen in …" goes on with a plan just told, or tells nothing.
        let mut sentence_triggers = sentence_triggers;
        if !drafts.last().is_some_and(|d| d.planned) {
            sentence_triggers.retain(|t| !t.rule.follows_plan);
        }
        if sentence_triggers.is_empty() && drafts.is_empty() {
            if LEAD_IN.is_match(doc.slice(sentence.span))
                && within(&found.money, sentence.span).next().is_some()
            {
                lead_in = Some(i);
            }
            if cue[i] & feature::DETAIL != 0
                && LOW_BID.is_match(doc.slice(sentence.span))
                && within(&found.money, sentence.span).next().is_some()
            {
                low_bid = Some(i);
            }
            continue;
        }
        // "X won a $1.2 billion Navy contract, and … had also booked a $310 million order from
        // the Army": two actions, each read as a sentence of its own.
        let units = action_clauses(found, doc.text, sentence.span, &sentence_triggers);
        for &s in &units {
            let mut triggers: Vec<Trigger> = sentence_triggers
                .iter()
                .filter(|t| s.start <= t.span.start && t.span.end <= s.end)
                .copied()
                .collect();
            if triggers.is_empty() && drafts.is_empty() {
                continue;
            }
            let mut zones = other_contract_zones(doc.text, s);
            // "…signed a nine-month bridge contract with X. The bridge contract is worth up to
            // $3.9 million": a sentence that opens on the kind of contract the event's own
            // sentence reported speaks of the event.
            if triggers.is_empty()
                && let Some(d) = drafts.last()
            {
                zones.retain(|z| !names_the_event_contract(doc, s, *z, d.anchor));
            }
            // "issue a new solicitation", "under a bridge contract", "awarded a follow-on contract":
            // a phrase about another contract inside or right after a trigger is the event itself.
            let own_zone = |z: &ByteSpan| {
                triggers.iter().any(|t| {
                    t.span.start <= z.start && z.start <= t.span.end + 3
                        // "plans to award Aurelian a follow-on agreement": only the vendor's
                        // name between.
                        || t.span.end <= z.start
                            && z.start - t.span.end <= 60
                            && (names_only(&doc.text[t.span.end..z.start])
                                // "intends to award on a sole-source basis a follow-on
                                // contract to X": how it is awarded.
                                || AWARD_MANNER.is_match(&doc.text[t.span.end..z.start]))
                        // "a modification to its existing contract": the contract modified.
                        || matches!(t.stage, Stage::Modification | Stage::Option)
                            && t.span.end <= z.start
                            && MODIFIED_CONTRACT_LINK.is_match(&doc.text[t.span.end..z.start])
                })
            };
            // A modification's own contract is no new object.
            let own_object = zones.iter().any(|z| {
                own_zone(z)
                    && !triggers.iter().any(|t| {
                        matches!(t.stage, Stage::Modification | Stage::Option)
                            && t.span.end <= z.start
                            && MODIFIED_CONTRACT_LINK.is_match(&doc.text[t.span.end..z.start])
                    })
            });
            zones.retain(|z| !own_zone(z));
            // "…: a first tender in 2023 was cancelled when …": the cancellation of another
            // contract is no action of any event.
            triggers.retain(|t| t.stage != Stage::Cancellation || !in_zones(&zones, t.span));
            let text = doc.slice(s);
            // The contract a definite phrase refers to ("the order", "the award"), outside phrases
            // about other contracts.
            let head = definite_head(text, s.start, &zones);
            let parties = (!triggers.is_empty())
                .then(|| trigger_parties(doc, found, s, &triggers, &zones))
                // "the board approved …": the buyer of the event before.
                .map(|(agency, vendors)| {
                    // (A body that is the subject outranks a buyer named after "by" or in an
                    // attribution: "The university intends to buy …, according to a notice by
                    // its procurement office".)
                    let body = triggers
                        .first()
                        .filter(|_| {
                            !matches!(
                                agency,
                                Some((_, AgencySource::Subject | AgencySource::ContractingActivity))
                            )
                        })
                        .and_then(|t| generic_body(doc.text, ByteSpan::new(s.start, t.span.start)));
                    // (The last buyer named: a second action of one sentence names none.)
                    let before = drafts.iter().rev().find_map(|d| d.agency);
                    // Minutes: "Motion by Councilmember Ruiz, seconded by …, to award": the
                    // body the member sits on.
                    if agency.is_none()
                        && body.is_none()
                        && let Some(t) = triggers.first()
                        && let Some(a) =
                            motion_body(doc, found, ByteSpan::new(s.start, t.span.start))
                    {
                        return (Some((a, AgencySource::Subject)), vendors);
                    }
                    match (body, before) {
                        (Some(_), Some((a, _))) => (Some((a, AgencySource::Subject)), vendors),
                        // "the council voted to award" in a story with no event before: the
                        // council named earlier ("The Pueblo City Council spent …"), else the
                        // body as written ("The school board").
                        (Some(b), None) => (
                            body_named_before(doc, found, b, s.start)
                                .map(|a| (a, AgencySource::Subject)),
                            vendors,
                        ),
                        _ => (agency, vendors),
                    }
                })
                // "The agency notified X on Wednesday that it is terminating the contract": the
                // body that gives notice is the buyer, the party notified its vendor.
                .map(|(agency, vendors)| {
                    let Some(t) = triggers.first().filter(|_| agency.is_none() || vendors.is_empty())
                    else {
                        return (agency, vendors);
                    };
                    let lead = ByteSpan::new(s.start, t.span.start);
                    let Some(c) = NOTIFIED_THAT.captures(doc.slice(lead)) else {
                        return (agency, vendors);
                    };
                    let (Some(verb), Some(obj)) = (c.get(0), c.name("obj")) else {
                        return (agency, vendors);
                    };
                    let agency = agency.or_else(|| {
                        let subject = ByteSpan::new(s.start, lead.start + verb.start());
                        let body = generic_body(doc.text, subject)?;
                        body_named_before(doc, found, body, s.start)
                            .map(|a| (a, AgencySource::Subject))
                    });
                    let obj = ByteSpan::new(lead.start + obj.start(), lead.start + obj.end());
                    let mut vendors = vendors;
                    if vendors.is_empty() {
                        vendors.extend(
                            within(&found.entities, obj)
                                .map(|k| &found.entities[k])
                                .filter(|e| {
                                    e.kind == EntityType::Org
                                        && !parties::is_agency_like(&doc.text[e.byte_start..e.byte_end])
                                })
                                .map(|e| ByteSpan::new(e.byte_start, e.byte_end))
                                .take(1),
                        );
                    }
                    (agency, vendors)
                })
                // "Lot 1 (North) went to X, valued at €21.5m; Lot 2 (East) to a joint venture of
                // Y and Z; …": the winner of each lot.
                .map(|(agency, mut vendors)| {
                    if triggers.iter().any(|t| doc.slice(t.span).starts_with("Lot")) {
                        // (A lot's label read on from the first winner is no vendor.)
                        vendors.retain(|v| !doc.slice(*v).starts_with("Lot "));
                        for part in doc.slice(s).split(';') {
                            let at = part.as_ptr() as usize - doc.text.as_ptr() as usize;
                            let Some(m) = LOT_TO.find(part) else {
                                continue;
                            };
                            let from = at + m.end();
                            let end = at + part.len();
                            let from =
                                from + DESCRIPTOR.find(&doc.text[from..end]).map_or(0, |d| d.end());
                            for v in parties::name_list(doc.text, from, end) {
                                if !parties::is_agency_like(doc.slice(v)) && !vendors.contains(&v) {
                                    vendors.retain(|w| !v.overlaps(*w));
                                    vendors.push(v);
                                }
                            }
                        }
                    }
                    (agency, vendors)
                })
                // Everyday verbs ("picked", "approved") report an action only with a buyer named.
                .filter(|(agency, vendors)| {
                    // A purchase ("ordering $12.5 million in services from X") needs the buyer as
                    // its subject and a seller: investors buying bonds are no contract action.
                    // ("ordered a stop-work" changes a contract: no purchase.)
                    let purchase_only = triggers.iter().all(|t| {
                        t.stage != Stage::Modification && PURCHASE_VERB.is_match(doc.slice(t.span))
                    });
                    if purchase_only {
                        // "The school committee voted Wednesday to buy 12 electric buses": a
                        // public body's vote to buy counted goods; the seller may come later.
                        let counted_vote = triggers.iter().any(|t| {
                            VOTE_TO_BUY_COUNTED.is_match(&doc.text[t.span.start..s.end])
                        });
                        return matches!(agency, Some((_, AgencySource::Subject)))
                            && (!vendors.is_empty() || counted_vote);
                    }
                    if triggers.iter().all(|t| t.rule.org_vendor) {
                        return agency.is_some()
                            && !vendors.is_empty()
                            && vendors.iter().all(|v| {
                                is_organisation(doc, found, *v)
                                    || home_town_firm(doc, found, *v)
                                    || parties::ends_with_trade_word(doc.slice(*v))
                            });
                    }
                    // "under a contract the County Commission approved Tuesday": a relative
                    // clause already names its contract; its details may follow.
                    triggers.iter().any(|t| !t.rule.weak)
                        || agency.is_some()
                            && (!vendors.is_empty()
                                || within(&found.money, s).next().is_some()
                                // "voted to award a contract to a Denver firm"
                                || DESCRIBED_RECIPIENT.is_match(&doc.text[triggers[0].span.end..s.end])
                                || triggers.iter().all(|t| t.rule.relative)
                                // "The Port Authority board on Tuesday ratified an emergency
                                // contract": a named buyer's verb with a contract as object.
                                || matches!(agency, Some((_, AgencySource::Subject)))
                                    && triggers.iter().any(|t| t.rule.gap))
                });
            if let Some((agency, vendors)) = parties {
                let (stage, planned) = combined_stage(&triggers);
                // "DLA EXERCISES MRE OPTION. Defense Logistics Agency Troop Support has exercised
                // …": a run-in head in capitals and the sentence after it report one action.
                let after_head = drafts
                    .last()
                    .is_some_and(|d| d.run_in_head && d.last_paragraph == para);
                // "The MoD launched the tender in 2024 and shortlisted three bidders" after an
                // earlier contract's award: a step of the plan reported before it.
                let plan_target = (triggers.iter().all(|t| t.planned)
                    && drafts
                        .last()
                        .is_some_and(|d| !d.planned && d.stage >= Stage::Award))
                .then(|| drafts.iter().rposition(|d| d.planned))
                .flatten();
                // "This modification exercises an option for …": a sentence whose subject points
                // back at the contract action tells more of it (its option is no new contract).
                let about_current = head.is_some_and(|h| h.at_start)
                    && triggers
                        .iter()
                        .all(|t| matches!(t.stage, Stage::Modification | Stage::Option))
                    && within(&found.contracts, s).next().is_none();
                // "… under a separate $2 million support contract. That contract was extended
                // …": the demonstrative points at the other contract just named.
                let separate_before = about_current
                    && THAT_CONTRACT.is_match(text)
                    && i > 0
                    && paragraphs[i - 1] == para
                    && drafts
                        .last()
                        .is_some_and(|d| !d.anchor.overlaps(doc.sentences[i - 1].span))
                    && SEPARATE_CONTRACT.is_match(doc.slice(doc.sentences[i - 1].span));
                let about_current = about_current && !separate_before;
                let opens = match drafts.last() {
                    None => true,
                    Some(_) if after_head || about_current => false,
                    Some(_) if separate_before => true,
                    Some(current) => {
                        own_object
                            || plan_target.is_none()
                                && opens_new_event(
                                    doc,
                                    found,
                                    s,
                                    &triggers,
                                    &zones,
                                    current,
                                    (agency, &vendors),
                                )
                    }
                };
                // The part of the sentence a new event claims: all of it, or from its trigger on
                // when an earlier clause still speaks of the current event ("would terminate task
                // order X and issue a new solicitation, Y").
                let mut region = s;
                if opens
                    && own_object
                    && let Some(current) = drafts.last_mut()
                {
                    let before = ByteSpan::new(s.start, triggers[0].span.start);
                    let speaks = within(&found.contracts, before).next().is_some()
                        || within(&found.money, before).next().is_some();
                    if speaks {
                        add_details(doc, found, current, before, &zones, None, cue[i]);
                        region = ByteSpan::new(triggers[0].span.start, s.end);
                    }
                }
                if opens {
                    drafts.push(Draft {
                        stage,
                        planned,
                        anchor: s,
                        agency: None,
                        vendors: Vec::new(),
                        amounts: Vec::new(),
                        ids: Vec::new(),
                        types: Vec::new(),
                        dates: Vec::new(),
                        period: None,
                        place: None,
                        purpose: None,
                        last_paragraph: para,
                        run_in_head: is_run_in_head(doc, &paragraphs, i),
                        order: triggers.iter().any(|t| {
                            let m = doc.slice(t.span).to_ascii_lowercase();
                            m.ends_with(" order") || m.ends_with(" orders")
                        }),
                    });
                }
                // The lead-in of the story's first event, a sentence or two before it, and a
                // low bid told a few sentences before an award.
                let mut low_bidder = None;
                if opens
                    && drafts.len() == 1
                    && let Some(draft) = drafts.last_mut()
                {
                    if let Some(l) = lead_in.take().filter(|&l| i - l <= 2) {
                        let ls = doc.sentences[l].span;
                        let lead_zones = other_contract_zones(doc.text, ls);
                        add_details(doc, found, draft, ls, &lead_zones, None, cue[l]);
                    }
                    // The amount right after "the low bid": the price of the award.
                    if let Some(l) = low_bid
                        .take()
                        .filter(|&l| i - l <= 6 && para <= paragraphs[l] + 1)
                        && matches!(draft.stage, Stage::Award | Stage::PlannedAward)
                        && draft.amounts.is_empty()
                        && let Some(m) = LOW_BID.find(doc.slice(doc.sentences[l].span))
                    {
                        let ls = doc.sentences[l].span;
                        let after = ByteSpan::new(ls.start + m.end(), ls.end);
                        if let Some(k) = within(&found.money, after).next()
                            && found.money[k].byte_start - after.start <= 8
                        {
                            draft.amounts.push((k, "value"));
                        }
                        // "Kiowa Bridge & Grading Inc. of Grand Island was the apparent low
                        // bidder": the bidder that opens the sentence is the one in line for
                        // the award, when the award names no vendor (set below, after the
                        // award's own parties).
                        if let Some(k) = within(&found.entities, ls).next()
                            && found.entities[k].kind == EntityType::Org
                            && found.entities[k].byte_end <= ls.start + m.start()
                            && ["", "the"].iter().any(|w| {
                                doc.text[ls.start..found.entities[k].byte_start]
                                    .trim()
                                    .eq_ignore_ascii_case(w)
                            })
                        {
                            low_bidder = Some(span_of(&found.entities[k]));
                        }
                    }
                }
                let target = if opens || after_head {
                    drafts.len() - 1
                } else if let Some(k) = plan_target {
                    k
                } else if triggers.iter().all(|t| t.planned)
                    && drafts
                        .last()
                        .is_some_and(|d| d.planned || d.stage <= Stage::Solicitation)
                {
                    // "The command expects to make the award in fiscal 2028" after its notice:
                    // a plan goes on with the plan or the solicitation just told, not a past
                    // award.
                    drafts.len() - 1
                } else {
                    // A protest's subject is the protester, whose own earlier contract is not
                    // the award it protests.
                    let protest_only = triggers.iter().all(|t| t.stage == Stage::Protest);
                    (!protest_only)
                        .then(|| continuation_target(doc, &drafts, s, &triggers))
                        .flatten()
                        .or_else(|| head.and_then(|h| referent(&drafts, found, h.noun)))
                        .unwrap_or(drafts.len() - 1)
                };
                // "NSPA placed a first order worth €214 million under the framework": an order
                // under the single-award vehicle just reported goes to its holder.
                let holder = (opens && drafts.len() >= 2 && UNDER_THE_VEHICLE.is_match(text))
                    .then(|| &drafts[drafts.len() - 2].vendors)
                    .filter(|v| v.len() == 1)
                    .map(|v| v[0]);
                let Some(draft) = drafts.get_mut(target) else {
                    continue;
                };
                // "run by Tamsin Data Corp. under a separate … contract. That contract was
                // extended": the holder named with the other contract.
                if separate_before
                    && draft.vendors.is_empty()
                    && let Some(v) = separate_contract_holder(doc, doc.sentences[i - 1].span)
                {
                    draft.vendors.push(v);
                }
                // "The contract, awarded in September 2024, has …" after an option exercised on
                // it: the base award's date is history.
                let base_award = !opens
                    && matches!(draft.stage, Stage::Modification | Stage::Option)
                    && triggers
                        .iter()
                        .all(|t| t.stage == Stage::Award && !t.planned);
                // (An order told so far without winner, amount or number is no order placed
                // under a vehicle: "has won the largest order in its history", then "was
                // awarded the $62.4 million contract" tells that order.)
                let bare =
                    draft.vendors.is_empty() && draft.amounts.is_empty() && draft.ids.is_empty();
                let vehicle = !opens
                    && !bare
                    && placed_order(draft)
                    && head.is_some_and(|h| vehicle_noun(h.noun));
                // … and it stays that contract: "The contract was signed on 6 November" after
                // it dates the order, not a vehicle.
                if !opens
                    && bare
                    && placed_order(draft)
                    && head.is_some_and(|h| vehicle_noun(h.noun))
                {
                    draft.order = false;
                }
                let before_details = (draft.amounts.len(), draft.dates.len());
                // "The procurement had been frozen since the incumbent filed a protest": a step
                // told as earlier than the award does not become the event's stage.
                let earlier_protest =
                    stage == Stage::Protest && told_as_earlier(doc.text, s, &triggers);
                if !opens && !earlier_protest {
                    merge_stage(draft, stage, planned);
                }
                // The body names the parties in full: its agency replaces the head's.
                let head_agency = if after_head {
                    draft.run_in_head = false;
                    draft.anchor = s;
                    draft.agency.take()
                } else {
                    None
                };
                // "DHS's Office of Procurement Operations issued the order": an office of the
                // buyer already named does not replace it.
                let office_of_buyer = |a: ByteSpan| {
                    draft.agency.is_some_and(|(b, _)| {
                        possessive_owner(doc.text, a)
                            .is_some_and(|o| agencies_compatible(o, doc.slice(b)))
                    })
                };
                if let Some(a) = agency.filter(|a| !office_of_buyer(a.0)) {
                    set_agency(draft, a);
                }
                if draft.agency.is_none() {
                    draft.agency = head_agency;
                }
                // A protester is a party of a protest, not of the award it protested.
                let protest_only = triggers.iter().all(|t| t.stage == Stage::Protest);
                if !protest_only || draft.stage == Stage::Protest {
                    for v in vendors {
                        push_unique(&mut draft.vendors, v);
                    }
                }
                if draft.vendors.is_empty()
                    && let Some(h) = holder
                {
                    draft.vendors.push(h);
                }
                if draft.vendors.is_empty()
                    && let Some(v) = low_bidder
                {
                    draft.vendors.push(v);
                }
                // "PEO C3T made the award on Nov. 20, according to a company filing": an award
                // the story told without its recipient is the company's the story is about.
                if draft.vendors.is_empty()
                    && MADE_THE_AWARD.is_match(doc.slice(triggers[0].span))
                    && let Some(v) = story_company(doc, found).filter(|v| v.end <= s.start)
                {
                    draft.vendors.push(v);
                }
                // "The contract was signed on 10 June with X, which had been named preferred
                // tenderer": a sentence about the event's contract names its vendor before the
                // trigger of an earlier step.
                if draft.vendors.is_empty() && !opens {
                    for v in later_vendors(doc, found, s) {
                        push_unique(&mut draft.vendors, v);
                    }
                }
                // "in the market for X": the purpose starts with the trigger's "for".
                let trigger_text = doc.slice(triggers[0].span).to_lowercase();
                let purpose_from = if trigger_text.ends_with("for") {
                    triggers[0].span.end - 3
                } else if let Some(k) = ["to buy", "to purchase"]
                    .iter()
                    .find(|v| trigger_text.ends_with(*v))
                    .map(|v| v.len())
                {
                    // "voted 6-1 on Tuesday to buy 40 buses from X": what the vote buys.
                    triggers[0].span.end - k
                } else {
                    triggers[0].span.end
                };
                // Of the intents, only "in the market for X" says what is bought; "A winner
                // would be chosen …" says nothing of it.
                let says_purpose = !triggers[0].rule.follows_plan
                    && triggers[0].stage != Stage::Forecast
                    || doc
                        .slice(triggers[0].span)
                        .to_lowercase()
                        .contains("market for");
                if draft.purpose.is_none() && says_purpose {
                    draft.purpose = fields::purpose(doc.text, s, purpose_from)
                        .filter(|p| {
                            !in_zones(&zones, *p)
                                && !is_bare_name(doc.slice(*p))
                                && !is_time_span(doc, found, *p)
                        })
                        .or_else(|| {
                            fields::purpose_on_contract(doc.text, s, triggers[0].span.start)
                        });
                }
                add_details(
                    doc,
                    found,
                    draft,
                    region,
                    &zones,
                    Some((triggers[0].span.start, triggers[0].stage)),
                    cue[i],
                );
                keep_own_details(draft, before_details, base_award, vehicle, doc.text, found);
                draft.last_paragraph = para;
                continue;
            }
            if drafts.is_empty() {
                continue;
            }
            let target = head
                .and_then(|h| referent(&drafts, found, h.noun))
                .unwrap_or(drafts.len() - 1);
            let Some(draft) = drafts.get_mut(target) else {
                continue;
            };
            let definite = head.is_some();
            let has_ids = within(&found.contracts, s)
                .any(|k| !in_zones(&zones, span_of(&found.contracts[k])));
            // "The firm, Quarry Peak Mobility, bid …" after an award "to a Denver firm"; "The
            // selected companies are:" and a list, in a paragraph of their own.
            let names_its_party = draft.vendors.is_empty()
                && (THE_PARTY_NAMED.is_match(text)
                    || WINNING_BIDDER.is_match(text)
                    || SOLD_THROUGH.is_match(text)
                    || cue[i] & feature::WINNERS != 0 && WINNERS.is_match(text));
            // "GAO sustained 13% of the protests it decided in fiscal 2025": a statistic over
            // many actions tells nothing of this one.
            let statistic =
                (text.contains('%') || text.contains("percent")) && STATISTIC.is_match(text);
            // "Vector Tug Co. won a $30 million agreement in 2024" in a story of 2026: a rival's
            // history (its trigger was set aside) tells nothing of this event.
            let history = cue[i] & feature::VERB != 0 && old_award(doc, text);
            let attached = !statistic
                && !history
                && !new_section
                && (para == draft.last_paragraph
                || definite
                || has_ids
                || names_its_party
                || cues::TEMPLATE.is_match(text)
                // "The bureau will hold an industry day on Feb. 10" a paragraph after its
                // notice: a step of the solicitation told.
                || draft.stage <= Stage::Solicitation
                    && contains_ignore_case(text, "industry day")
                // "Replies are due Jan. 21", "Vendors can ask questions at a pre-reply
                // conference on Dec. 8" the paragraph after a solicitation: its steps.
                    || draft.stage <= Stage::Solicitation
                        && para <= draft.last_paragraph + 1
                        && BIDDING_STEP.is_match(text)
                // "Firms have until June 23 to submit a capability statement" the paragraph
                // after a notice or a planned award: the deadline of its responses.
                    || (draft.stage <= Stage::Solicitation || draft.stage == Stage::PlannedAward)
                        && para <= draft.last_paragraph + 1
                        && contains_ignore_case(text, " to submit ")
                // "In a decision dated July 17, GAO found …": the ruling on the protest.
                    || draft.stage == Stage::Protest && PROTEST_DECISION.is_match(text)
                // "A termination notice signed Feb. 10 … says …" a paragraph after the
                // termination: the document of the termination told.
                    || draft.stage == Stage::Cancellation
                        && (contains_ignore_case(text, "termination notice")
                            || contains_ignore_case(text, "notice of termination"))
                // "The estimated value is about $3.4 million" a paragraph or two after an event
                // told without its value: the value of that contract.
                    || draft.amounts.is_empty()
                        && para <= draft.last_paragraph + 2
                        && within(&found.money, s).next().is_some()
                        && states_value(text));
            if !attached {
                if !new_section {
                    add_schedule_dates(doc, found, &mut drafts, i, para);
                }
                continue;
            }
            // "This delivery order provides for …": a sentence about the contract says what it is
            // for (not "The new contracts would require the service to …").
            if draft.purpose.is_none()
                && let Some(h) = head
                && h.at_start
                && let Some(p) = fields::purpose(doc.text, s, s.start + h.end)
                && !in_zones(&zones, p)
                && !OBJECT_VERBS.is_match(&doc.text[s.start + h.end..p.start])
            {
                draft.purpose = Some(p);
            }
            if draft.vendors.is_empty() {
                for v in later_vendors(doc, found, s) {
                    push_unique(&mut draft.vendors, v);
                }
            }
            let vehicle = placed_order(draft) && head.is_some_and(|h| vehicle_noun(h.noun));
            // "The contract, awarded in September 2024, has …" after an option on it.
            let base_award = matches!(draft.stage, Stage::Modification | Stage::Option)
                && head.is_some_and(|h| vehicle_noun(h.noun));
            let before_details = (draft.amounts.len(), draft.dates.len());
            add_details(doc, found, draft, s, &zones, None, cue[i]);
            keep_own_details(draft, before_details, base_award, vehicle, doc.text, found);
            draft.last_paragraph = para;
            // "Both contracts run until June 2031": the other events told just before too.
            if cues::PLURAL_SUBJECT.is_match(text) {
                add_schedule_dates(doc, found, &mut drafts, i, para);
            }
        }
    }
    finish(doc, found, drafts)
}

/// Whether a sentence states the value of a contract in its own words: "The estimated value is
/// about $3.4 million", "says the total value of the deal is …", "The contract cost is …"; a
/// sum over the contract's whole term ("or about $10.7 million over the five-year term", "over
/// its life"); the winner's low bid ("X's bid of $7.7 million was the lowest of four").
fn states_value(text: &str) -> bool {
    let is = |w: &str, set: &[&str]| set.iter().any(|v| w.eq_ignore_ascii_case(v));
    let (mut prev, mut prev2, mut prev3) = ("", "", "");
    let mut bid = false;
    for w in text
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
    {
        if is(w, &["value", "cost"]) && is(prev, &["estimated", "total", "overall", "contract"]) {
            return true;
        }
        // ("five-year" splits into two words.)
        if is(w, &["term", "life", "lifetime"])
            && (is(prev, &["the", "its"]) && is(prev2, &["over"])
                || is(prev2, &["the", "its"]) && is(prev3, &["over"])
                || is(prev, &["year"]) && is(prev3, &["the", "its"]))
        {
            return true;
        }
        bid |= is(w, &["bid", "offer", "proposal", "quote"]);
        if bid && is(w, &["lowest", "low"]) && is(prev, &["the"]) && is(prev2, &["was", "is"]) {
            return true;
        }
        // "The budget office puts the cost at R1.2 billion", "Engineers pegged its value at",
        // "Year three is priced at $14.9 million", "Licences and services together come to
        // $27 million": a sum given to the contract told before.
        if is(w, &["at"])
            && (is(prev, &["cost", "value", "price", "budget", "tag"])
                && (is(prev2, PUT_VERBS) || is(prev3, PUT_VERBS))
                || is(prev, &["priced"]) && is(prev2, &["is", "was", "are", "were", "be"]))
            && money_follows(text, w)
        {
            return true;
        }
        if is(w, &["to"])
            && is(
                prev,
                &["come", "comes", "came", "amount", "amounts", "amounted"],
            )
            && money_follows(text, w)
        {
            return true;
        }
        prev3 = prev2;
        prev2 = prev;
        prev = w;
    }
    false
}

/// Verbs that put a figure on something: "puts the cost at", "pegged its value at".
const PUT_VERBS: &[&str] = &[
    "put", "puts", "putting", "peg", "pegs", "pegged", "pegging", "place", "places", "placed",
    "placing",
];

/// Whether a sum starts right after the word `w` (a slice of `text`): "come to $27 million".
fn money_follows(text: &str, w: &str) -> bool {
    let end = (w.as_ptr() as usize)
        .saturating_sub(text.as_ptr() as usize)
        .saturating_add(w.len());
    let rest = text.get(end..).unwrap_or("").trim_start();
    let b = rest.as_bytes();
    rest.starts_with(|c: char| c.is_ascii_digit() || "$€£¥₹".contains(c))
        || b.len() > 1 && b[0].is_ascii_uppercase() && (b[1].is_ascii_digit() || b[1] == b'$')
        || strip_prefix_ignore_case(rest, "about ").is_some()
        || strip_prefix_ignore_case(rest, "roughly ").is_some()
        || strip_prefix_ignore_case(rest, "nearly ").is_some()
}

/// `text` after `prefix` when it starts with it (ASCII, any case).
fn strip_prefix_ignore_case<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// Whether `text` holds `needle` (ASCII, any case).
fn contains_ignore_case(text: &str, needle: &str) -> bool {
    text.as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Vendors an award's sentence left unnamed, named by a later sentence about it: "The winning
/// bidder is Lakeshore Pipe Partners"; "Saltmarsh Autonomy Inc. of Seattle, Brackwater Marine
/// LLC …, and Keel & Compass Shipbuilding … will compete for …" after "Three companies each
/// received a place …".
fn later_vendors(doc: &Document<'_>, found: &Mentions, s: ByteSpan) -> Vec<ByteSpan> {
    let text = doc.text;
    let usable = |v: &ByteSpan| {
        let name = &text[v.start..v.end];
        !parties::is_agency_like(name) && !parties::is_forum(name) && !parties::is_place(name)
    };
    // "The five-year agreement with Vantor Optics Inc. for 420 cameras …".
    // "The executive director had signed the contract with Bayline Marine LLC on Sept. 2".
    // "The follow-on, signed Sept. 29 with Tessellate Analytics Corp., is worth …".
    // "The contract, held by Prairie Roadworks Ltd. since 2021, is for …".
    if let Some(m) = THE_CONTRACT_WITH
        .find(doc.slice(s))
        .or_else(|| SIGNED_THE_CONTRACT_WITH.find(doc.slice(s)))
        .or_else(|| THE_CONTRACT_SIGNED_WITH.find(doc.slice(s)))
        .or_else(|| THE_CONTRACT_HELD_BY.find(doc.slice(s)))
    {
        let Some(v) = parties::name_list(text, s.start + m.end(), s.end)
            .into_iter()
            .next()
            .filter(usable)
        else {
            return Vec::new();
        };
        // "with Aurelio Bus Ibérica and its Irish partner, Ballinure Coachworks": the partner
        // too (and a party with a partner firm is a firm).
        let partner = TOGETHER_WITH
            .find(&text[v.end..s.end])
            .filter(|w| w.as_str().contains("partner"))
            .and_then(|w| parties::leading_company(text, v.end + w.end(), s.end))
            .filter(|y| usable(y) && is_organisation(doc, found, *y));
        if !is_organisation(doc, found, v) && partner.is_none() {
            return Vec::new();
        }
        return std::iter::once(v).chain(partner).collect();
    }
    // "The extension keeps MedSteril Partners LLC on the job through March": the vendor
    // kept.
    if let Some(m) = KEEPS_PARTY.find(doc.slice(s))
        && let Some(v) = parties::name_list(text, s.start + m.end(), s.end)
            .into_iter()
            .next()
            .filter(usable)
            .filter(|v| is_organisation(doc, found, *v))
        && STAYS_ON.is_match(&text[v.end..s.end])
    {
        return vec![v];
    }
    if let Some(m) = THE_PARTY_NAMED
        .find(doc.slice(s))
        .or_else(|| WINNING_BIDDER.find(doc.slice(s)))
        .or_else(|| SOLD_THROUGH.find(doc.slice(s)))
    {
        let mut names: Vec<ByteSpan> = parties::name_list(text, s.start + m.end(), s.end)
            .into_iter()
            .take(1)
            .filter(usable)
            .collect();
        // "The consortium, led by X of Hanover together with the Graz integrator Y, will
        // supply …": the other member, with a legal suffix.
        if let Some(&v) = names.first()
            && let Some(w) = TOGETHER_WITH.find(&text[v.end..s.end])
            && let Some(y) = parties::leading_company(text, v.end + w.end(), s.end)
            && parties::ends_with_legal_suffix(doc.slice(y))
            && usable(&y)
        {
            names.push(y);
        }
        return names;
    }
    let names = parties::name_list(text, s.start, s.end);
    let Some(last) = names.last() else {
        return Vec::new();
    };
    let opens = names
        .first()
        .is_some_and(|f| text[s.start..f.start].trim().is_empty());
    let next = parties::skip_attachments(text, last.end, s.end);
    let next = parties::skip_city_state(text, next, s.end);
    // "…, and Keel & Compass Shipbuilding, a unit of Ardmore Industries, will compete".
    let next = next + APPOSITIVE.find(&text[next..s.end]).map_or(0, |m| m.end());
    // "X and Y will …", not "Whilst Microsoft or Amazon would not …".
    let joined = names
        .windows(2)
        .all(|w| !text[w[0].end..w[1].start].contains(" or "));
    let companies = names.len() >= 2
        && joined
        && names.iter().all(|v| is_organisation(doc, found, *v))
        && names.iter().all(usable);
    if opens && companies && LIST_THEN_VERB.is_match(&text[next..s.end]) {
        names
    } else {
        Vec::new()
    }
}

/// The contract already reported, signed with its vendor by someone who is no buyer of its
/// own: "the executive director had signed the contract with X".
static SIGNED_THE_CONTRACT_WITH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:signed|executed|entered\s+into)\s+the\s+(?:[\w$.,-]+\s+){0,4}?(?:contract|agreement|deal|order)\s+with\s+(?:the\s+)?",
    )
});
/// A sentence that opens with the contract and its vendor: "The five-year agreement with X",
/// "The amendment with X", "The change order, numbered CO-4 under contract WA-22-17 with X"
/// (the contract's number before "with").
static THE_CONTRACT_WITH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*the\s+(?:[\w$.,-]+\s+){0,6}?(?:contract|agreement|deal|order|amendment|modification|extension)\s+(?:(?-u:[0-9A-Za-z])+(?:[./-](?-u:[0-9A-Za-z])+)*\s+)?with\s+(?:the\s+)?",
    )
});
/// Whether the phrase about another contract at `zone` opens `sentence` with a kind of contract
/// ("The bridge contract", "The new contract") that the event's own sentence `anchor` reported.
fn names_the_event_contract(
    doc: &Document<'_>,
    sentence: ByteSpan,
    zone: ByteSpan,
    anchor: ByteSpan,
) -> bool {
    const KINDS: &[&str] = &["bridge", "new", "follow-on", "replacement", "successor"];
    let lead = doc.text[sentence.start..zone.start].trim();
    let words: Vec<&str> = doc.slice(zone).split_whitespace().take(3).collect();
    let [first, kind, noun] = words[..] else {
        return false;
    };
    let noun = noun.trim_end_matches([',', '.', ';']);
    lead.is_empty()
        && first.eq_ignore_ascii_case("the")
        && KINDS.iter().any(|k| kind.eq_ignore_ascii_case(k))
        && CONTRACT_WORD.is_match(noun)
        && doc.slice(anchor).to_lowercase().contains(&format!(
            "{} {}",
            kind.to_lowercase(),
            noun.to_lowercase()
        ))
}

/// Whether the event is an order placed under a vehicle (a change order is a modification:
/// "That brings the Caldwell contract to $48.6 million" tells its new total).
fn placed_order(draft: &Draft) -> bool {
    draft.order && draft.stage == Stage::Award
}

/// Whether `noun` names a vehicle orders are placed under.
fn vehicle_noun(noun: &str) -> bool {
    const VEHICLES: &[&str] = &[
        "contract",
        "bpa",
        "idiq",
        "id/iq",
        "agreement",
        "vehicle",
        "gwac",
        "framework",
    ];
    let noun = noun.to_ascii_lowercase();
    VEHICLES.contains(&noun.trim_end_matches('s'))
}

/// Drops what a sentence added to an event that belongs to another instrument: the amounts and
/// dates of the vehicle an order was placed under (its identifier stays), the award date of the
/// contract a modification or option changes (not the change's own: "signed a bilateral
/// modification on May 12 that carries the contract through …"). `before` is the lengths of
/// the event's amounts and dates before the sentence was read.
fn keep_own_details(
    draft: &mut Draft,
    before: (usize, usize),
    base_award: bool,
    vehicle: bool,
    text: &str,
    found: &Mentions,
) {
    if vehicle {
        draft.amounts.truncate(before.0);
        draft.dates.truncate(before.1);
    } else if base_award {
        let mut k = 0;
        draft.dates.retain(|(j, role)| {
            k += 1;
            k <= before.1
                || *role != "award"
                || found
                    .dates
                    .get(*j)
                    .is_some_and(|d| fields::dates_the_change(text, d.byte_start))
        });
    }
}
/// A sentence that opens with the contract, signed or awarded with its vendor: "The
/// follow-on, signed Sept. 29 with X", "The contract was signed on 3 May with X".
static THE_CONTRACT_SIGNED_WITH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*the\s+(?:[\w$.-]+\s+){0,3}?(?:contract|agreement|deal|order|follow-on|extension|bridge)(?:\s*,\s*|\s+(?:was|were|has\s+been|had\s+been)\s+)(?:signed|executed|finalized|awarded)\s+(?:on\s+)?(?:[\w.]+\s+){0,3}?with\s+(?:the\s+)?",
    )
});
/// The contract and its holder: "The contract, held by X since 2021,", "the contract, which is
/// held by X".
static THE_CONTRACT_HELD_BY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\W*the\s+(?:[\w-]+\s+){0,3}?(?:contract|agreement|deal)\s*,?\s+(?:(?:which|that)\s+(?:is|was|has\s+been)\s+)?(?:currently\s+)?held\s+by\s+",
    )
});
/// A verb that keeps a party at work: "keeps X on the job".
static KEEPS_PARTY: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:keeps|keep|keeping|kept)\s+(?:the\s+)?"));
/// What follows the party kept: "on the job", "in place", "working".
static STAYS_ON: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^\s+(?:on\s+the\s+job|on\s+board|on\s+site|in\s+place|in\s+charge|working)\b")
});
/// An appositive after a name: ", a unit of Ardmore Industries,".
static APPOSITIVE: LazyLock<Regex> = LazyLock::new(|| re(r"^,\s*(?:a|an|the)\s+[^,;.]{1,80},"));

/// What names a pre-solicitation step rather than the solicitation it announces.
static PRESOLICITATION_NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?:pre-?solicitation|notice|sources?[\s-]sought|synopsis|intent|industry day|draft)")
});

/// How an award is made, between its verb and its object: "on a sole-source basis",
/// "without competition".
static AWARD_MANNER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:on\s+an?\s+[\w-]+\s+basis|without\s+(?:full\s+and\s+open\s+)?competition|non-?competitively)\s*$",
    )
});

/// Whether `gap` holds at most six words, each capitalised or a connector of names ("Aurelian",
/// "Harlow & Finch LLC"): the indirect object between a verb and what it gives.
fn names_only(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 6
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && !w.ends_with([',', ';', ':'])
                || ["&", "and", "of"].contains(w)
        })
}

/// What follows a list of vendors that opens a sentence: its verb.
static LIST_THEN_VERB: LazyLock<Regex> =
    LazyLock::new(|| re(r"^,?\s*(?:will|were|are|each|all|share|shared)\b"));

/// Where one clause ends and the next begins: ", and", ", but", ", while", a semicolon.
static ACTION_CLAUSE_SPLIT: LazyLock<Regex> =
    LazyLock::new(|| re(r",\s+(?:and|but|while|whereas)\s+|;\s+"));

/// A cancelling verb whose object is a contract not told before: "rescinded a food service
/// contract", "canceled an order".
static INDEFINITE_OBJECT: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:rescind|revok|cancel|terminat|scrap)\w*\s+(?:an?|another)\s"));

/// The parts of a sentence that report separate contract actions: it is cut at a clause
/// boundary between two award triggers (awards, options, modifications) when each side holds an
/// amount of its own. A sentence with one action is one part.
fn action_clauses(
    found: &Mentions,
    text: &str,
    s: ByteSpan,
    triggers: &[Trigger],
) -> Vec<ByteSpan> {
    let mut units = Vec::new();
    let mut start = s.start;
    let awardish = |t: &Trigger| {
        matches!(t.stage, Stage::Award | Stage::Option | Stage::Modification) && !t.planned
    };
    for pair in triggers.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let second = awardish(&b) || b.stage == Stage::Cancellation && !b.planned;
        if a.span.start < start || b.span.start <= a.span.end || !awardish(&a) || !second {
            continue;
        }
        let Some(m) = ACTION_CLAUSE_SPLIT
            .find_iter(&text[a.span.end..b.span.start])
            .last()
        else {
            continue;
        };
        let cut = a.span.end + m.start();
        let next = a.span.end + m.end();
        let has_amount = |span: ByteSpan| within(&found.money, span).next().is_some();
        // "approved a fleet contract with X, and in the same meeting rescinded a food service
        // contract": the undoing of another contract is an action of its own.
        let cancels_another = b.stage == Stage::Cancellation
            && INDEFINITE_OBJECT.is_match(&text[b.span.start..s.end]);
        if cancels_another
            || has_amount(ByteSpan::new(start, cut))
                && has_amount(ByteSpan::new(b.span.start, s.end))
        {
            units.push(ByteSpan::new(start, cut));
            start = next;
        }
    }
    units.push(ByteSpan::new(start, s.end));
    units
}

/// What joins a modification or option to the contract it changes: "a modification to its
/// existing contract", "an option on the current contract".
static MODIFIED_CONTRACT_LINK: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*(?:to|on|under|of)\s+$"));

/// Paragraph number of each sentence: a blank line between two sentences starts a new one.
fn paragraph_numbers(doc: &Document<'_>) -> Vec<usize> {
    let mut out = Vec::with_capacity(doc.sentences.len());
    let mut para = 0;
    let mut prev_end = 0;
    for s in &doc.sentences {
        let gap = &doc.text[prev_end.min(s.span.start)..s.span.start];
        if gap.matches('\n').count() >= 2 || gap.contains('\u{2029}') {
            para += 1;
        }
        out.push(para);
        prev_end = s.span.end;
    }
    out
}

/// Whether sentence `i` is a run-in head: in capitals, first of its paragraph, followed in it by
/// a sentence in lower case.
fn is_run_in_head(doc: &Document<'_>, paragraphs: &[usize], i: usize) -> bool {
    let first_of_paragraph = i == 0 || paragraphs.get(i - 1) != paragraphs.get(i);
    let next_in_paragraph =
        paragraphs.get(i + 1).is_some() && paragraphs.get(i + 1) == paragraphs.get(i);
    if !first_of_paragraph || !next_in_paragraph {
        return false;
    }
    let capitals = |k: usize| {
        let t = doc.slice(doc.sentences[k].span);
        t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase)
    };
    capitals(i) && !capitals(i + 1)
}

/// The headline: a first line without final punctuation followed by a blank line. It repeats
/// the lead, so it opens no event of its own.
fn headline(doc: &Document<'_>) -> Option<usize> {
    let first = doc.sentences.first()?;
    let line = doc.slice(first.span);
    let rest = &doc.text[first.span.end..];
    let blank_after = rest.trim_start_matches([' ', '\t', '\r']).starts_with('\n')
        && rest.trim_start_matches([' ', '\t', '\r', '\n']).len() + 1 < rest.len();
    let ends_sentence = line.ends_with(['.', '!', '?', '"', '”']);
    (blank_after && !ends_sentence && !line.contains('\n')).then_some(0)
}

/// The matches of `pattern` in `text` whose `gap` group holds no preposition. A rejected match
/// is retried one character later, so that "the life of the contract" still yields "the
/// contract".
fn gapped_matches<'t>(pattern: &Regex, text: &'t str) -> Vec<crate::pattern::Captures<'t>> {
    let mut out = Vec::new();
    let mut at = 0;
    while at <= text.len() {
        // The fast engine finds the match; the slower one that reports groups only reads it.
        let Some(found) = pattern.find_at(text, at) else {
            break;
        };
        let Some(c) = pattern.captures_at(&text[..found.end()], found.start()) else {
            break;
        };
        let Some(m) = c.get(0) else {
            break;
        };
        let ok = c
            .name("gap")
            .is_none_or(|g| !cues::gap_has_preposition(g.as_str()));
        if ok {
            at = if m.end() > m.start() {
                m.end()
            } else {
                m.end() + 1
            };
            out.push(c);
        } else {
            at = m.start() + 1;
        }
        while at < text.len() && !text.is_char_boundary(at) {
            at += 1;
        }
    }
    out
}

/// Spans of `sentence` that speak of another contract: from the marker to the end of its
/// clause (";" or the sentence end).
fn other_contract_zones(text: &str, sentence: ByteSpan) -> Vec<ByteSpan> {
    let s = &text[sentence.start..sentence.end];
    if !cues::may_name_other_contract(s) {
        return Vec::new();
    }
    cues::OTHER_CONTRACT
        .find_iter(s)
        // "a $187.6 million contract to replace the Interstate 5 bridge": what the contract is
        // for, not a contract it replaces.
        .filter(|m| {
            !(m.as_str().to_lowercase().starts_with("replac")
                && PURPOSE_TO_BEFORE.is_match(&s[..m.start()]))
        })
        .map(|m| {
            // "… while it runs a new competition, according to a modification posted Monday":
            // an attribution closes the phrase.
            let mut end = [";", ", according to "]
                .iter()
                .filter_map(|b| s[m.end()..].find(b))
                .min()
                .map_or(s.len(), |i| m.end() + i);
            // "replace JEDI with the Joint Warfighting Cloud Capability": the replacement is
            // the event.
            if m.as_str().to_lowercase().starts_with("replac")
                && let Some(i) = s[m.end()..end].find(" with ")
            {
                end = m.end() + i;
            }
            // "X held the predecessor contract for eight years and filed its protest on Nov. 3":
            // a phrase that is the object of the clause's verb ends where the subject's next
            // verb begins (not "the previous contract, which began in 2019 and ended in June").
            if let Some(at) = coordinated_verb(&s[..m.start()], &s[m.end()..end]) {
                end = m.end() + at;
            }
            // "a successor to the Granite Peak contract": the successor may be the event; what
            // it succeeds is the other contract.
            let successor = m.as_str().to_lowercase().starts_with("successor to");
            let start = if successor { m.end() } else { m.start() };
            // … and ends with its noun: "… contract in the third quarter" dates the successor.
            if successor
                && let Some(noun) = CONTRACT_WORD.find(&s[m.end()..end])
                && noun.start() <= 80
            {
                end = m.end() + noun.end();
            }
            ByteSpan::new(sentence.start + start, sentence.start + end)
        })
        .fold(Vec::new(), |mut merged: Vec<ByteSpan>, z| {
            // Zones run to the end of their clause, so they nest: keep them merged.
            match merged.last_mut() {
                Some(last) if z.start <= last.end => last.end = last.end.max(z.end),
                _ => merged.push(z),
            }
            merged
        })
}

/// Where, in `rest` (the words after a phrase about another contract), " and " opens a second
/// verb of the clause's subject ("held the predecessor contract … and filed its protest"):
/// only when the phrase follows a word of its clause (it is an object, not the subject) and no
/// relative pronoun comes first (whose clause the second verb may continue).
fn coordinated_verb(before: &str, rest: &str) -> Option<usize> {
    let lead = before.trim_end();
    if lead.is_empty() || lead.ends_with([',', ';', ':', '(', '"', '“']) {
        return None;
    }
    let mut from = 0;
    while let Some(i) = rest[from..].find(" and ") {
        let at = from + i;
        let relative = rest[..at]
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| {
                ["which", "that", "who", "whose", "when", "where"]
                    .contains(&w.to_ascii_lowercase().as_str())
            });
        if relative {
            return None;
        }
        // A verb in the past and the start of its object ("and filed its protest"), not an
        // adjective ("and related services").
        let mut words = rest[at + 5..].split_whitespace();
        let verb = words.next().unwrap_or("");
        let object = words.next().unwrap_or("").to_ascii_lowercase();
        if verb.len() >= 4
            && verb.ends_with("ed")
            && verb.bytes().all(|b| b.is_ascii_lowercase())
            && [
                "its", "the", "a", "an", "their", "it", "them", "on", "in", "with",
            ]
            .contains(&object.as_str())
        {
            return Some(at);
        }
        from = at + 5;
    }
    None
}

/// A contract noun and "to" before a verb: "a $96 million contract to …", "a contract worth
/// $640 million to X to …".
static PURPOSE_TO_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:contracts?|deals?|agreements?|orders?|awards?|bids?)\s+(?:(?:worth|valued\s+at)\s+(?:[^,;.]|\.\S){1,60}?\s+)?(?:to\s+[^,;]{1,80}?\s+)?to\s+$",
    )
});

/// "for the U.S. Navy": a name, not a purpose.
fn is_bare_name(text: &str) -> bool {
    let t = text.trim_start_matches("the ").trim_start_matches("The ");
    let all_name = t.split_whitespace().all(|w| {
        w.starts_with(|c: char| c.is_uppercase()) || ["of", "and", "the", "for", "&"].contains(&w)
    });
    all_name && parties::is_agency_like(t)
}

/// Whether a "for …" phrase is a stretch of time, no purpose: "for much of the next two years",
/// "for the next five years" (a date mention at its start, after "much of" and the like).
fn is_time_span(doc: &Document<'_>, found: &Mentions, p: ByteSpan) -> bool {
    let text = doc.slice(p);
    let lower = text.to_ascii_lowercase();
    let skip = ["much of ", "most of ", "part of ", "all of ", "some of "]
        .iter()
        .find(|q| lower.starts_with(*q))
        .map_or(0, |q| q.len());
    within(&found.dates, p).any(|k| found.dates[k].byte_start == p.start + skip)
}

fn in_zones(zones: &[ByteSpan], span: ByteSpan) -> bool {
    zones.iter().any(|z| z.overlaps(span))
}

/// A noun naming a contract anywhere in a sentence (cancellations need one).
/// Where a clause ends: "and", "but", a semicolon.
static CLAUSE_END: LazyLock<Regex> = LazyLock::new(|| re(r"\s(?:and|but|while)\s|;"));

/// Whether the cancellation verb at `start..end` of `text` (a sentence) has a contract in its
/// own clause, as its object or its subject ("canceled the solicitation", "the contract was
/// terminated"), not one in another clause ("cancelled a factory project and instead signed a
/// supply agreement").
fn cancels_a_contract(text: &str, start: usize, end: usize) -> bool {
    let after = &text[end..];
    let after = CLAUSE_END
        .find(after)
        .map_or(after, |m| &after[..m.start()]);
    let before = &text[..start];
    let before = CLAUSE_END
        .find_iter(before)
        .last()
        .map_or(before, |m| &before[m.end()..]);
    CONTRACT_WORD.is_match(after) || CONTRACT_WORD.is_match(before)
}

/// A contract as the whole subject of a passive award: "The contract, 70Z02327D00000012, was
/// awarded Tuesday".
static CONTRACT_AS_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:the|this|that|its|their|each)\s+(?:[\w-]+\s+){0,3}?(?:contract|order|task order|delivery order|agreement|deal|award|option|modification|bpa|idiq)s?\b(?:\s*,[^,;]{1,60},)?\s*(?:(?:has|have|had)\s+)?$",
    )
});

/// What follows "awarded" in a reduced relative clause after a contract noun: its buyer or
/// its date ("a contract awarded by the Navy", "a £28m contract awarded in March 2025", "awarded
/// last year", "awarded Thursday").
static REDUCED_RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s+(?:by\s|(?:in|during)\s+(?:early\s+|late\s+|mid-)?(?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|fiscal|the\s+(?:first|second|third|fourth|spring|summer|fall|autumn|winter))\b|(?:last|this|earlier\s+this|late\s+last)\s+(?:year|month|week|spring|summer|fall|autumn|winter|quarter)\b|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)\b)",
    )
});

/// A notice given before the trigger: "The agency notified X on Wednesday that it (is
/// terminating …)", its object the party notified.
static NOTIFIED_THAT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:notified|notifies|informed|informs|told|tells|warned|warns|advised|advises)\s+(?P<obj>[^;]{1,100}?)\s+that\s+it\s+(?:(?:has|had|have|will|would)\s+)?$",
    )
});

/// A lot and its winner in a list of lots: "Lot 2 (East: Overijssel) to", "and Lot 4 went to".
static LOT_TO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:and\s+)?(?-i:Lots?)\s+(?-u:[0-9A-Za-z])+(?:\s*\([^)]{0,80}\))?\s+(?:(?:went|goes|was\s+awarded|were\s+awarded|is\s+awarded)\s+)?to\s+",
    )
});

/// Words of minutes that say a motion passed.
const MOTION_CARRIED: &[&str] = &[
    "motion carried",
    "motion passed",
    "motion approved",
    "motion adopted",
    "carried unanimously",
    "passed unanimously",
];

/// Words of a labour negotiation ("negotiating a contract with the firefighters' union").
const LABOUR_WORDS: &[&str] = &[
    "union",
    "unions",
    "bargaining",
    "labor",
    "labour",
    "employees",
    "workers",
    "teachers",
    "nurses",
    "firefighters",
    "officers",
    "deputies",
    "players",
];

/// What an agency awards that is no contract: money given for research or merit.
const GRANT_NOUNS: &[&str] = &[
    "grant",
    "grants",
    "fellowship",
    "fellowships",
    "scholarship",
    "scholarships",
    "prize",
    "prizes",
];

static CONTRACT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:contracts?|task orders?|delivery orders?|orders?|agreements?|frameworks?|deals?|pacts?|awards?|solicitations?|requests? for (?:[\w-]+\s+)?proposals?|rfps?|tenders?|invitations? (?:for|to) bids?|standing offers?|bpa|idiq|procurement|program|leases?)\b",
    )
});

/// The triggers of a sentence, earliest first, overlaps removed, stages refined.
fn find_triggers(doc: &Document<'_>, s: ByteSpan, mask: u32) -> Vec<Trigger> {
    let text = doc.slice(s);
    let mut all: Vec<Trigger> = Vec::new();
    // Looked up at most once per sentence, and only when a trigger needs them.
    let names_contract = std::cell::OnceCell::new();
    let option_exercise = std::cell::OnceCell::new();
    let possible = cues::TRIGGER_FILTER.possible(text);
    for (i, (pattern, rule)) in cues::TRIGGERS.iter().enumerate() {
        // "the contract …, which the company won": only after a contract noun. Checked by a
        // second pattern, since a bounded gap in the trigger made a large automaton.
        let contract_before = |at: usize| {
            let from = fields::ceil_boundary(text, at.saturating_sub(200));
            CONTRACT_BEFORE_RELATIVE.is_match(&text[from..at])
        };
        if rule.needs & mask == 0 || rule.also & mask != rule.also || !possible.contains(i) {
            continue;
        }
        let pattern = pattern.get();
        let matches: Vec<crate::pattern::Match<'_>> = if rule.gap {
            // A group `at` marks the trigger inside a wider context ("the contract, which the
            // company won": the verb).
            gapped_matches(pattern, text)
                .into_iter()
                .filter_map(|c| c.name("at").or_else(|| c.get(0)))
                .collect()
        } else {
            pattern.find_iter(text).collect()
        };
        for m in matches {
            if rule.relative && rule.gap && !contract_before(m.start()) {
                continue;
            }
            // "agencies had awarded $776 billion in contracts": a total, no action; "issued a
            // stop-work order": no award.
            // "terminated 11 contracts for convenience in fiscal 2025": a tally over a period.
            // "In 2023, the agency had cancelled an earlier solicitation": the history of another
            // procurement.
            // (The word before is read from the end: no scan of the sentence per match.)
            let after_had = text[..m.start()]
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("had"));
            // "the work as awarded was $4.4 million": the contract in the form awarded, no
            // action.
            if matched_as_awarded(text, m.start(), m.as_str()) {
                continue;
            }
            // "has signed several large technology contracts this year": the count inside
            // the match, after its verb.
            let after_verb = m.start() + m.as_str().find(char::is_whitespace).unwrap_or(m.len());
            if TALLY_OBJECT.is_match(&text[m.end()..])
                || TALLY_OBJECT.is_match(&text[after_verb..])
                || STATISTIC.is_match(m.as_str())
                || after_had && EARLIER_OBJECT.is_match(&text[m.end()..])
                || AGGREGATE_OBJECT.is_match(&text[m.end()..])
                || STOP_WORK.is_match(m.as_str())
                || RELEASE_NOT_AWARD.is_match(m.as_str())
                || rule.stage == Stage::Award && awards_prize(text, m.start(), m.len())
            {
                continue;
            }
            // "Vector Tug Co. won a $30 million agreement in 2024" in a story of 2026: a
            // party's history, told as background.
            if rule.stage == Stage::Award
                && rule.shape == Shape::VendorSubject
                && !rule.planned
                && !rule.relative
                && told_years_before(doc, text, 2)
            {
                continue;
            }
            // "In 2016, the agency turned to X, awarding it an $88 million contract" in a story
            // of 2026: a sentence that opens on a year long before the story is background
            // (not "The Navy, which in 2019 began looking for a radar, awarded …").
            if rule.stage == Stage::Award
                && !rule.planned
                && !rule.relative
                && OPENS_ON_YEAR
                    .captures(&text[..m.start()])
                    .and_then(|c| c.name("y")?.as_str().parse::<i32>().ok())
                    .is_some_and(|y| doc.dct.is_some_and(|d| y + 2 <= d.year))
            {
                continue;
            }
            // "placed under its schedule contract, 47QTCA25D007K, which the company won in
            // 2025" in a story of 2026: a relative clause that dates the award before the
            // story's year describes another contract, no action of the story.
            if rule.relative
                && rule.stage == Stage::Award
                && told_years_before(doc, &text[m.end()..], 1)
            {
                continue;
            }
            // "If the prototypes succeed, the Army may award a follow-on": a condition, no plan;
            // "selected by prime contractor X to provide": a subcontract, no government award.
            // "If the prototypes perform, SSC plans to award X a follow-on …": a stated plan
            // stands, whatever it depends on.
            let conditional = rule.planned
                && CONDITION.is_match(&text[..m.start()])
                && !STATED_PLAN.is_match(m.as_str());
            let selection = ["select", "chose", "picked", "tapped"]
                .iter()
                .any(|v| m.as_str().to_ascii_lowercase().contains(v));
            if conditional || selection && subcontract_by(text, m.end()) {
                continue;
            }
            let matched = m.as_str();
            let before = &text[..m.start()];
            let prev_word = before
                .trim_end()
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .unwrap_or("")
                .to_lowercase();
            // "Bluff City Paving last won a city contract in 2023", "the contract originally
            // awarded to X": the history of a party, no action of the story.
            if HISTORY_ADVERBS.contains(&prev_word.as_str()) && !rule.planned {
                continue;
            }
            // "asked the auditor to review how the 2024 contract was awarded": a question about
            // an award, no report of one.
            if INDIRECT_QUESTION.is_match(before) {
                continue;
            }
            // "has not awarded", "no Calloway contracts had been issued stop-work orders": a
            // negated action is none.
            let near = &before[fields::ceil_boundary(before, before.len().saturating_sub(80))..];
            if NEGATED.is_match(near) {
                continue;
            }
            // "will pay more if it takes up an option": an option under a condition is no
            // exercise.
            if rule.stage == Stage::Option && OPTION_CONDITION.is_match(near) {
                continue;
            }
            // "until a new vendor is chosen", "before a contractor is selected": a step still
            // pending, told as the limit of something else.
            if !rule.planned && (PENDING_CLAUSE.is_match(near) || SUBJUNCTIVE_THAT.is_match(near)) {
                continue;
            }
            match rule.stage {
                Stage::Award
                    if rule.shape == Shape::AgencySubject
                        && matched.to_lowercase().starts_with("award") =>
                {
                    // "the Lockheed and BAE awards were among …": a noun.
                    let next_word = text[m.end()..]
                        .split_whitespace()
                        .next()
                        .unwrap_or("")
                        .to_lowercase();
                    if matched.eq_ignore_ascii_case("awards")
                        && [
                            "were", "are", "was", "is", "have", "had", "include", "included",
                        ]
                        .contains(&next_word.as_str())
                    {
                        continue;
                    }
                    // "a previously awarded contract", "the awarded contract" are no awards
                    // ("the state re-awarded its contract" is one).
                    let re_award = before.len() >= 3
                        && before.is_char_boundary(before.len() - 3)
                        && before[before.len() - 3..].eq_ignore_ascii_case("re-");
                    if before.ends_with('-') && !re_award
                        || [
                            "previously",
                            "the",
                            "a",
                            "an",
                            "newly",
                            "already",
                            "recently",
                            "competitively",
                        ]
                        .contains(&prev_word.as_str())
                    {
                        continue;
                    }
                    // "NAVSEA first awarded the contract in 2022": the history of the contract
                    // the story is about, no action of its own ("originally" and the other
                    // HISTORY_ADVERBS were set aside above, whatever the object).
                    if prev_word == "first"
                        && ["the", "it", "that", "this"].contains(&next_word.as_str())
                    {
                        continue;
                    }
                    // "The contract, awarded to Leidos on Tuesday, …": a participle after the
                    // contract it awards.
                    let prev_bare = prev_word.trim_end_matches(',');
                    // "a $40 million contract awarded last year by the Department of Veterans
                    // Affairs": a reduced relative reports the award too.
                    let reduced =
                        !prev_word.ends_with(',') && REDUCED_RELATIVE.is_match(&text[m.end()..]);
                    if matched.eq_ignore_ascii_case("awarded")
                        && (next_word == "to" || reduced)
                        && CONTRACT_WORD.is_match(prev_bare)
                    {
                        let span = ByteSpan::new(s.start + m.start(), s.start + m.end());
                        let mut participle = *rule;
                        participle.shape = Shape::ContractSubject;
                        participle.relative = true;
                        all.push(Trigger {
                            span,
                            rule: participle,
                            stage: Stage::Award,
                            planned: false,
                        });
                        continue;
                    }
                    // "the Navy often awards jobs", "which the Navy awarded in October": an
                    // active award names what it awards (a contract, or an amount).
                    let rest = &text[m.end()..fields::floor_boundary(text, m.end() + 300)];
                    // "awarded that contract": a demonstrative, not a relative "that".
                    let object = rest.trim_start();
                    let lead = ["that ", "this ", "those ", "these "]
                        .iter()
                        .find(|d| {
                            object
                                .get(..d.len())
                                .is_some_and(|w| w.eq_ignore_ascii_case(d))
                        })
                        .map_or(0, |d| rest.len() - object.len() + d.len() - 1);
                    let end = cues::OBJECT_END
                        .find(&rest[lead..])
                        .map_or(fields::floor_boundary(rest, 160), |e| lead + e.start());
                    let object = &rest[..end.min(rest.len())];
                    let contract_object = CONTRACT_WORD.is_match(object);
                    if !object.contains(['$', '£', '€']) && !contract_object {
                        continue;
                    }
                    // "BOEM awarded leases to the winning bidders of its lease sale": the
                    // government sells the lease, it buys nothing.
                    if contains_ignore_case(object, "lease")
                        && ["lease sale", "auction", "winning bid", "high bid"]
                            .iter()
                            .any(|w| contains_ignore_case(text, w))
                    {
                        continue;
                    }
                    // "has awarded Lakeshore State University a $6.5 million grant": a grant,
                    // a prize or a fellowship buys nothing for the government.
                    if !contract_object
                        && object.split_whitespace().any(|w| {
                            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                            GRANT_NOUNS.iter().any(|g| w.eq_ignore_ascii_case(g))
                        })
                    {
                        continue;
                    }
                }
                Stage::PlannedAward => {
                    // "to receive an award" is no plan to award.
                    let lower = matched.to_lowercase();
                    if lower.contains("award")
                        && lower
                            .split_whitespace()
                            .any(|w| ["a", "an", "the", "its", "their"].contains(&w))
                        && !lower.starts_with("award ")
                        && !lower.starts_with("make")
                        && !lower.starts_with("an award")
                        && !lower.starts_with("a award")
                    {
                        continue;
                    }
                    if prev_word == "previously" {
                        continue;
                    }
                    // "The district is negotiating a new contract with its teachers' union": a
                    // labour contract, no purchase.
                    if lower.contains("negotiating")
                        && text.split_whitespace().any(|w| {
                            let w = w.trim_matches(|c: char| !c.is_ascii_alphabetic());
                            let w = w.strip_suffix("'s").or(w.strip_suffix("’s")).unwrap_or(w);
                            LABOUR_WORDS.iter().any(|l| w.eq_ignore_ascii_case(l))
                        })
                    {
                        continue;
                    }
                }
                // A rule tried without a contract noun ("voted to reject the bids": the offers
                // rejected name the procurement) needs none in the clause either.
                Stage::Cancellation
                    if rule.also != 0
                        && (!*names_contract.get_or_init(|| CONTRACT_WORD.is_match(text))
                            || !cancels_a_contract(text, m.start(), m.end())) =>
                {
                    continue;
                }
                Stage::Award if rule.shape == Shape::VendorSubject => {
                    // "$24 million in contracts" counts money, not an award.
                    let lower = matched.to_lowercase();
                    if lower.contains(" in contracts") || lower.contains(" in orders") {
                        continue;
                    }
                }
                _ => {}
            }
            // "The contract was awarded in May 2009": the subject is the contract, not its
            // vendors; "with a single contract being awarded" reports no action at all.
            let mut rule = *rule;
            if rule.shape == Shape::RecipientSubject && CONTRACT_AS_SUBJECT.is_match(before) {
                rule.shape = Shape::ContractSubject;
            }
            if rule.shape == Shape::RecipientSubject
                && [
                    "contract",
                    "contracts",
                    "order",
                    "orders",
                    "option",
                    "options",
                    "modification",
                    "agreement",
                    "deal",
                    "award",
                ]
                .contains(&prev_word.as_str())
            {
                if matched.to_lowercase().starts_with("being") {
                    continue;
                }
                rule.shape = Shape::ContractSubject;
            }
            let rule = &rule;
            let span = ByteSpan::new(s.start + m.start(), s.start + m.end());
            let exercises_option =
                || *option_exercise.get_or_init(|| cues::OPTION_EXERCISE.is_match(text));
            let (mut stage, mut planned) = refine(doc.text, s, span, rule, exercises_option);
            // Minutes: "Motion by Trustee A, seconded by Trustee B, to award Bid No. 7 to X …;
            // motion carried 4-1": a motion to award that carried is the award.
            if stage == Stage::PlannedAward && matched.eq_ignore_ascii_case("to award") {
                let rest = &text[m.end()..];
                if MOTION_CARRIED.iter().any(|w| contains_ignore_case(rest, w)) {
                    stage = Stage::Award;
                    planned = false;
                }
            }
            all.push(Trigger {
                span,
                rule: *rule,
                stage,
                planned,
            });
        }
    }
    all.sort_by_key(|t| (t.span.start, std::cmp::Reverse(t.span.end)));
    let mut kept: Vec<Trigger> = Vec::new();
    for t in all {
        if kept.last().is_some_and(|k| k.span.end > t.span.start) {
            continue;
        }
        kept.push(t);
    }
    // No real sentence reports more actions than this.
    kept.truncate(32);
    kept
}

/// The stage a trigger reports: an award of "a … modification" is a modification, one that
/// exercises an option an option; a solicitation verb in its base form announces a plan.
fn refine(
    text: &str,
    sentence: ByteSpan,
    span: ByteSpan,
    rule: &TriggerRule,
    option_exercise: impl Fn() -> bool,
) -> (Stage, bool) {
    let matched = text[span.start..span.end].to_lowercase();
    if rule.stage == Stage::Solicitation {
        let stage = if matched.contains("pre-solicitation")
            || matched.contains("presolicitation")
            || matched.contains("draft")
        {
            Stage::Presolicitation
        } else if matched.contains("information notice") {
            // "published a prior information notice": the EU's advance notice of a tender.
            Stage::Presolicitation
        } else if matched.contains("information")
            || matched.ends_with("rfi")
            || matched.contains("sources sought")
            || matched.contains("sources-sought")
        {
            Stage::Rfi
        } else {
            Stage::Solicitation
        };
        // "plans to issue a tender": the verb after the auxiliary.
        let verb = matched
            .split_whitespace()
            .find(|w| !["to", "will", "would"].contains(w))
            .unwrap_or("");
        // ("put out" is also the past: "the city put out RFP 26-031 in June" unless an
        // auxiliary comes before it.)
        let auxiliary = text[sentence.start..span.start]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| {
                ["to", "will", "would"]
                    .iter()
                    .any(|a| w.eq_ignore_ascii_case(a))
            });
        let planned = [
            "release", "issue", "reissue", "re-issue", "post", "publish", "open", "launch",
        ]
        .contains(&verb)
            || verb == "put"
                && (auxiliary || matched.starts_with("to ") || matched.starts_with("will "));
        let stage = if planned && stage == Stage::Solicitation {
            Stage::Presolicitation
        } else {
            stage
        };
        return (stage, planned);
    }
    if !rule.refine {
        return (rule.stage, rule.planned);
    }
    let mut stage = rule.stage;
    let rest = &text[span.end..fields::floor_boundary(text, (span.end + 300).min(sentence.end))];
    let object_end = cues::OBJECT_END
        .find(rest)
        .map_or(fields::floor_boundary(rest, 160), |m| m.start());
    let object = format!("{} {}", matched, rest[..object_end].to_lowercase());
    // The head is the first contract noun outside parentheses: "a $235,390,812 contract
    // (including options)" is a contract.
    let mut best: Option<(usize, Stage)> = None;
    for (head, head_stage) in cues::OBJECT_HEADS {
        for (i, _) in object.match_indices(head) {
            let before_ok = object[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after_ok = object[i + head.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            let in_parens = object[..i].matches('(').count() > object[..i].matches(')').count();
            if before_ok && after_ok && !in_parens && best.is_none_or(|(j, _)| i < j) {
                best = Some((i, *head_stage));
            }
        }
    }
    if best.is_none() && object.contains('$') {
        // "awarded $11.3 million for a … option": the instrument bought with the amount.
        if let Some(c) = cues::FOR_INSTRUMENT.captures(&rest[object_end..]) {
            let noun = c.get(1).map_or("", |g| g.as_str()).to_lowercase();
            if let Some((_, head_stage)) = cues::OBJECT_HEADS.iter().find(|(h, _)| *h == noun) {
                stage = *head_stage;
            }
        }
    }
    if let Some((i, head_stage)) = best {
        stage = head_stage;
        // "a $5.1 billion contract modification": the last noun of the compound is its head.
        let after = object[i..].split_whitespace().nth(1).unwrap_or("");
        if let Some((_, second)) = cues::OBJECT_HEADS
            .iter()
            .find(|(h, st)| *st != Stage::Award && after.trim_end_matches([',', '.']) == *h)
        {
            stage = *second;
        }
    }
    if stage == Stage::Modification && option_exercise() {
        stage = Stage::Option;
    }
    (stage, rule.planned)
}

/// The stage of a sentence with several triggers: the latest actual one, else the latest plan.
fn combined_stage(triggers: &[Trigger]) -> (Stage, bool) {
    let actual = triggers
        .iter()
        .filter(|t| !t.planned)
        .map(|t| t.stage)
        .max();
    match actual {
        Some(stage) => (stage, false),
        None => (
            triggers
                .iter()
                .map(|t| t.stage)
                .max()
                .unwrap_or(Stage::Forecast),
            true,
        ),
    }
}

/// The event a continuing trigger sentence is about: the latest one whose sentence names the
/// trigger's subject ("JEDI was awarded to Microsoft" goes back to the JEDI event even after
/// another contract was reported), else the current one.
fn continuation_target(
    doc: &Document<'_>,
    drafts: &[Draft],
    s: ByteSpan,
    triggers: &[Trigger],
) -> Option<usize> {
    let text = doc.text;
    let region_end = triggers[0].span.start;
    let lo = fields::ceil_boundary(text, region_end.saturating_sub(fields::REACH).max(s.start));
    let clause_start = CLAUSE_BOUNDARY
        .find_iter(&text[lo..region_end])
        .last()
        .map_or(dateline_end(text, s).max(lo), |m| lo + m.end());
    let name = parties::leading_name(text, clause_start, region_end)?;
    let name = &text[name.start..name.end];
    if parties::is_agency_like(name) {
        return None;
    }
    // Only recent events: a reference reaches back a few paragraphs, not across a huge dump.
    for (k, d) in drafts.iter().enumerate().rev().take(64) {
        let anchor = doc.slice(d.anchor);
        let zones = other_contract_zones(text, d.anchor);
        let named = anchor.match_indices(name).any(|(i, _)| {
            let at = ByteSpan::new(d.anchor.start + i, d.anchor.start + i + name.len());
            let bounded = !anchor[..i].ends_with(char::is_alphanumeric)
                && !anchor[i + name.len()..].starts_with(char::is_alphanumeric);
            bounded && !in_zones(&zones, at)
        });
        if named {
            return Some(k);
        }
    }
    None
}

/// The definite reference to a contract in `text` ("the order", "the award"), outside
/// `zones` and not "its own …": the most telling one (a "BPA" over an "award"), with whether it
/// opens the sentence and where it ends.
fn definite_head<'t>(text: &'t str, offset: usize, zones: &[ByteSpan]) -> Option<Head<'t>> {
    const SPECIFIC: &[&str] = &[
        "bpa",
        "idiq",
        "id/iq",
        "order",
        "task order",
        "delivery order",
        "solicitation",
        "option",
        "modification",
        "protest",
        "cancellation",
        "decision",
    ];
    let is_specific = |n: &str| SPECIFIC.contains(&n.to_lowercase().trim_end_matches('s'));
    let mut best: Option<Head<'t>> = None;
    for r in cues::references(text) {
        let abs = ByteSpan::new(offset + r.start, offset + r.end);
        if !r.definite || r.own || in_zones(zones, abs) {
            continue;
        }
        let head = Head {
            noun: r.noun,
            at_start: text[..r.start].trim().is_empty(),
            end: r.end,
        };
        match best {
            None => best = Some(head),
            Some(b) if is_specific(r.noun) && !is_specific(b.noun) => best = Some(head),
            _ => {}
        }
    }
    best
}

/// A definite reference: its noun, whether it opens the sentence, where it ends.
#[derive(Debug, Clone, Copy)]
struct Head<'t> {
    noun: &'t str,
    at_start: bool,
    end: usize,
}

/// The latest event a definite reference can mean: "the order" an order, "the solicitation" a
/// solicitation, "the award" an award or what followed it; other nouns the current event.
fn referent(drafts: &[Draft], found: &Mentions, noun: &str) -> Option<usize> {
    let noun = noun.to_lowercase();
    let noun = noun.trim_end_matches('s');
    let fits = |d: &Draft| -> bool {
        match noun {
            n if n.contains("order") => {
                d.types.iter().any(|t| t.ends_with("_order"))
                    || d.ids
                        .iter()
                        .any(|&k| found.contracts[k].instrument.as_deref() == Some("order"))
            }
            "solicitation" | "notice" | "competition" => {
                d.stage <= Stage::Solicitation
                    || d.ids.iter().any(|&k| {
                        matches!(
                            found.contracts[k].instrument.as_deref(),
                            Some("rfp" | "rfq")
                        )
                    })
            }
            "bpa" => d.types.contains(&"bpa"),
            "idiq" | "id/iq" => d.types.contains(&"idiq"),
            "cancellation" => d.stage == Stage::Cancellation,
            "protest" | "decision" => matches!(d.stage, Stage::Protest | Stage::Cancellation),
            "option" => d.stage == Stage::Option,
            "modification" => matches!(d.stage, Stage::Modification | Stage::Option),
            "award" => d.stage >= Stage::Award && !d.planned,
            _ => true,
        }
    };
    match drafts.last() {
        Some(last) if fits(last) => Some(drafts.len() - 1),
        _ => drafts
            .iter()
            .enumerate()
            .rev()
            .take(64)
            .find(|(_, d)| fits(d))
            .map(|(k, _)| k),
    }
}

/// A later report overrides the stage: a plan only overrides an intent or another plan.
fn merge_stage(draft: &mut Draft, stage: Stage, planned: bool) {
    if planned {
        if draft.planned && stage > draft.stage {
            draft.stage = stage;
        }
        return;
    }
    // "X has been named preferred bidder …. The MoD launched the tender in 2024": with its
    // winner named, a planned award is past the earlier steps told after it.
    if draft.planned && stage < draft.stage && !draft.vendors.is_empty() {
        return;
    }
    if draft.planned || stage > draft.stage {
        draft.stage = stage;
        draft.planned = false;
    }
}

fn set_agency(draft: &mut Draft, candidate: (ByteSpan, AgencySource)) {
    match draft.agency {
        Some((_, source)) if source <= candidate.1 => {}
        _ => draft.agency = Some(candidate),
    }
}

/// The most entries an event list keeps: far above any real event, and a bound that keeps
/// the membership checks cheap on pathological input.
const LIST_CAP: usize = 256;

fn push_unique<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if list.len() < LIST_CAP && !list.contains(&item) {
        list.push(item);
    }
}

/// Whether a trigger sentence reports a contract other than the current event's.
fn opens_new_event(
    doc: &Document<'_>,
    found: &Mentions,
    s: ByteSpan,
    triggers: &[Trigger],
    zones: &[ByteSpan],
    current: &Draft,
    (agency, vendors): (Option<(ByteSpan, AgencySource)>, &[ByteSpan]),
) -> bool {
    let text = doc.slice(s);
    let compatible = match (agency, current.agency) {
        (Some((a, AgencySource::Subject)), Some((b, _))) => {
            same_entity(found, a, b)
                || agencies_compatible(doc.slice(a), doc.slice(b))
                || possessive_owner(doc.text, a)
                    .is_some_and(|o| agencies_compatible(o, doc.slice(b)))
        }
        _ => true,
    };
    // "Separately, the lab ordered a stop-work on …": the writer says it is another action.
    if SEPARATE_ACTION.is_match(text) {
        return true;
    }
    // "A local firm has won the largest order in its history: a state contract to build …",
    // then "X had been awarded the $62.4 million contract": a lead that names no winner,
    // amount or number, told again with them.
    if current.stage == Stage::Award
        && !current.planned
        && current.vendors.is_empty()
        && current.amounts.is_empty()
        && current.ids.is_empty()
        && compatible
        && !vendors.is_empty()
        && triggers
            .iter()
            .all(|t| t.stage == Stage::Award && !t.planned)
        && definite_head(text, s.start, zones).is_some()
    {
        return false;
    }
    // "The contract went to X in May. It was awarded by the regional office as a five-year
    // IDIQ …": "it" is the contract just told (not "It was awarded a contract", the company).
    if current.stage == Stage::Award && !current.planned && IT_WAS_AWARDED.is_match(text) {
        return false;
    }
    // "The agency issued a draft request for proposals in June and a sources-sought notice
    // last year" after its request for proposals: the earlier steps of the same procurement.
    if (Stage::Solicitation..=Stage::PlannedAward).contains(&current.stage)
        && compatible
        && triggers.iter().all(|t| {
            !t.planned
                && matches!(t.stage, Stage::Rfi | Stage::Presolicitation)
                && !NEW_PROCUREMENT.is_match(doc.slice(t.span))
        })
        && !NEW_PROCUREMENT.is_match(text)
        && EARLIER_STEP.is_match(text)
    {
        return false;
    }
    // "The city put out RFP 26-031 in June, and two proposals came in" after the award: the
    // solicitation of the contract just awarded, told with the offers it drew.
    if current.stage == Stage::Award
        && !current.planned
        && compatible
        && triggers.iter().all(|t| {
            !t.planned
                && (Stage::Rfi..=Stage::Solicitation).contains(&t.stage)
                && !NEW_PROCUREMENT.is_match(doc.slice(t.span))
        })
        && !NEW_PROCUREMENT.is_match(text)
        && RESPONSES_RECEIVED.is_match(text)
    {
        return false;
    }
    // "A second order, covering …, is expected later": another order than the one told.
    if triggers
        .iter()
        .any(|t| t.planned && ANOTHER_ORDER.is_match(doc.slice(t.span)))
    {
        return true;
    }
    // "On June 1 it placed the first task order, worth $6.8 million, with X" after the award of
    // a vehicle to several holders: an order under it is a procurement of its own.
    if current.stage == Stage::Award
        && !current.planned
        && current.vendors.len() >= 2
        && triggers.iter().any(|t| {
            !t.planned && t.stage == Stage::Award && FIRST_ORDER.is_match(doc.slice(t.span))
        })
    {
        return true;
    }
    // "will keep the current provider on a month-to-month basis": the incumbent's contract,
    // never the one just awarded or cancelled.
    // "X has continued to run the desk under a short-term extension": the same, told with the
    // incumbent as subject.
    if triggers.iter().any(|t| {
        t.stage == Stage::Modification
            && (KEEPS_INCUMBENT.is_match(doc.slice(t.span))
                || t.rule.shape == Shape::VendorSubject && doc.slice(t.span).contains(" under "))
    }) {
        return true;
    }
    // "Crestfield Dynamics' challenge of … remains open" after Pinemark's protest of an award
    // to Corliss: a protest whose parties are all others is another protest (not when the
    // current one lacks its protester: "Ridgeback … protested on April 27").
    if current.stage == Stage::Protest
        && triggers.iter().all(|t| t.stage == Stage::Protest)
        && !vendors.is_empty()
        && current.vendors.len() >= 2
    {
        let first_word = |v: &ByteSpan| {
            doc.slice(*v)
                .split_whitespace()
                .next()
                .map(|w| w.trim_end_matches(['\'', '’', ',']))
        };
        if !vendors.iter().any(|n| {
            current
                .vendors
                .iter()
                .any(|v| first_word(v) == first_word(n))
        }) {
            return true;
        }
    }
    // Whether the sentence names vendors and the current award others, none of them sharing a
    // first word.
    let other_winners = || {
        let first_word = |v: &ByteSpan| doc.slice(*v).split_whitespace().next();
        current.stage == Stage::Award
            && !current.vendors.is_empty()
            && !vendors.is_empty()
            && !vendors.iter().any(|n| {
                current
                    .vendors
                    .iter()
                    .any(|v| first_word(v) == first_word(n))
            })
    };
    // "Kestrel received a A$19.5 million contract. Brolga Systems won A$17.2 million for the
    // same work.": a winner that is none of the current event's vendors won another award.
    if triggers
        .iter()
        .all(|t| t.stage == Stage::Award && t.rule.shape == Shape::VendorSubject)
        && other_winners()
    {
        return true;
    }
    // Minutes: "Motion … to award Bid No. 7 to X …; motion carried" after a motion that awarded
    // another bid to Y: each motion carried is an award of its own.
    if !current.planned
        && triggers.iter().all(|t| {
            t.stage == Stage::Award
                && !t.planned
                && doc.slice(t.span).eq_ignore_ascii_case("to award")
        })
        && other_winners()
    {
        return true;
    }
    let planned_only = triggers.iter().all(|t| t.planned);
    if planned_only && current.stage <= Stage::PlannedAward && compatible {
        return false;
    }
    // "The contract was signed with X, which had been named preferred tenderer" after its
    // award: the plan told in the past perfect is an earlier step of the award.
    if planned_only
        && current.stage == Stage::Award
        && !current.planned
        && triggers.iter().all(|t| {
            doc.slice(t.span)
                .get(..4)
                .is_some_and(|w| w.eq_ignore_ascii_case("had "))
        })
    {
        return false;
    }
    // "Bids were submitted in March, after a prequalification round that shortlisted six
    // groups" after the award: a shortlist told in the past is an earlier step of the award.
    if planned_only
        && current.stage == Stage::Award
        && !current.planned
        && triggers.iter().all(|t| {
            // One word ending in "shortlisted".
            let m = doc.slice(t.span);
            !m.contains(char::is_whitespace)
                && m.len()
                    .checked_sub(11)
                    .and_then(|i| m.get(i..))
                    .is_some_and(|w| w.eq_ignore_ascii_case("shortlisted"))
        })
    {
        return false;
    }
    // "The center plans to release that solicitation in the fall" after an award or an
    // extension: the next procurement.
    // But "The tender was first advertised in August 2025, and TfNSW shortlisted the three
    // bidders in December": past steps of the procurement just reported.
    if planned_only
        && !current.planned
        && current.stage >= Stage::Award
        && (FUTURE_MARKER.is_match(text) || !DEFINITE_PROCUREMENT.is_match(text))
    {
        return true;
    }
    // "The utility intends to re-advertise the project …. In other business, the board
    // exercised an option on its contract with X": an option is on a contract in force, never
    // a step of a procurement still to come.
    if current.stage < Stage::Award
        && triggers
            .iter()
            .any(|t| t.stage == Stage::Option && !t.planned)
    {
        return true;
    }
    // "issued the replacement solicitation" after an extension: the next procurement, not a
    // step of the contract just reported.
    if current.stage >= Stage::Award
        && triggers.iter().any(|t| {
            !t.planned
                && (Stage::Rfi..=Stage::Solicitation).contains(&t.stage)
                && NEW_PROCUREMENT.is_match(doc.slice(t.span))
        })
    {
        return true;
    }
    // "expects to publish the contract notice for the replacement in 2027" after an option
    // exercise: a tender planned for the contract that follows, a procurement of its own.
    if current.stage >= Stage::Award
        && triggers.iter().any(|t| {
            t.planned
                && t.stage == Stage::Presolicitation
                && NEW_PROCUREMENT.is_match(
                    &doc.text[t.span.start
                        ..fields::floor_boundary(doc.text, (t.span.end + 40).min(s.end))],
                )
        })
    {
        return true;
    }
    // "The agency also extended its contract with the operator of …", "The board also voted
    // to terminate its food-service contract with X": a contract with another party than the
    // current event's vendors.
    if let Some(t) = triggers.iter().find(|t| {
        matches!(
            t.stage,
            Stage::Modification | Stage::Option | Stage::Cancellation
        )
    }) && let Some(with_end) = {
        // A cancellation verb comes before its object: "terminate its contract with X".
        let rest = &doc.text[t.span.end..s.end];
        if t.stage == Stage::Cancellation {
            CONTRACT_WITH
                .find(rest)
                .filter(|m| m.start() <= 60)
                .map(|m| m.end())
        } else {
            WITH_PARTY.find(rest).map(|m| m.end())
        }
    } {
        let from = t.span.end + with_end;
        let party: Vec<&str> = doc.text[from..s.end].split_whitespace().take(8).collect();
        let known = current.vendors.iter().any(|v| {
            doc.slice(*v)
                .split_whitespace()
                .next()
                .is_some_and(|w| party.contains(&w))
        });
        if !known {
            return true;
        }
    }
    // "Calloway will keep performing under the old contract, which was extended", "X's
    // current contract was extended" after a protest or award of the new one: the incumbent's
    // contract is another.
    if !matches!(current.stage, Stage::Modification | Stage::Option)
        && triggers.iter().any(|t| {
            matches!(t.stage, Stage::Modification | Stage::Option)
                && t.rule.shape == Shape::VendorSubject
                && INCUMBENT_CONTRACT.is_match(
                    &doc.text[fields::ceil_boundary(doc.text, t.span.start.saturating_sub(40))
                        ..fields::floor_boundary(doc.text, t.span.start + 12)],
                )
        })
    {
        return true;
    }
    // "Vanguard's current contract was extended": the contract of a party the current event
    // does not name.
    if let Some(t) = triggers.iter().find(|t| {
        matches!(t.stage, Stage::Modification | Stage::Option)
            && t.rule.shape == Shape::VendorSubject
    }) {
        let lead = &doc.text[s.start..t.span.start];
        let owner = lead
            .split_once(['\'', '\u{2019}'])
            .map(|(o, _)| o.rsplit(char::is_whitespace).next().unwrap_or(""))
            .unwrap_or("");
        if !owner.is_empty()
            && !current
                .vendors
                .iter()
                .any(|v| doc.slice(*v).split_whitespace().next() == Some(owner))
        {
            return true;
        }
    }
    // "under a £28m contract awarded in March 2025", "under a bridge contract with X, which the
    // department signed": an indefinite contract before a relative clause is another one.
    if triggers.iter().any(|t| {
        let from = fields::ceil_boundary(doc.text, t.span.start.saturating_sub(200).max(s.start));
        t.rule.relative && INDEFINITE_ANTECEDENT.is_match(&doc.text[from..t.span.start])
    }) {
        return true;
    }
    // "X and Y were each awarded a place on the framework": the vehicle already reported.
    let definite_object = {
        let t = doc.slice(triggers[0].span).to_lowercase();
        t.ends_with(" the") || t.ends_with(" its") || t.ends_with(" their")
    };
    if triggers[0].rule.shape == Shape::RecipientSubject
        && !definite_object
        && !triggers[0].planned
        && !text[..triggers[0].span.start - s.start]
            .trim_start()
            .to_lowercase()
            .starts_with("the ")
        && !work_subject(&text[..triggers[0].span.start - s.start])
        && !doc.text[triggers[0].span.end..s.end]
            .trim_start()
            .starts_with("to ")
    {
        return true;
    }
    let references = cues::references(text);
    // "PSPC also extended an existing support contract with X" after its award to X: a
    // contract in force before is not the one just awarded.
    if current.stage == Stage::Award
        && !current.planned
        && triggers.iter().all(|t| t.stage == Stage::Modification)
        && references.iter().any(|r| r.existing)
    {
        return true;
    }
    // "in a pre-solicitation notice", "under a previously awarded contract": not the object
    // of the trigger.
    let indefinite = references.iter().any(|r| {
        let abs = ByteSpan::new(s.start + r.start, s.start + r.end);
        // "as the law requires when a protest is filed": a generic case, not a new action.
        let prev = text[..r.start]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .to_lowercase();
        let generic =
            ["when", "if", "whenever", "unless", "once", "whether"].contains(&prev.as_str());
        // "issued a stop-work order": an order to the contractor, no new contract.
        let stop_work = STOP_WORK.is_match(&text[r.start..r.end]);
        // "X filed a protest with GAO on Oct. 27" right after an award: a protest is of an
        // award, and of the one just told unless the sentence names another.
        let protest_of_award = current.stage == Stage::Award
            && !current.planned
            && r.noun.to_lowercase().starts_with("protest")
            && triggers.iter().all(|t| t.stage == Stage::Protest)
            && !PROTESTED_OBJECT.is_match(&text[r.end..]);
        !r.definite
            && !r.after_preposition
            && !r.existing
            && !generic
            && !stop_work
            && !protest_of_award
            && !in_zones(zones, abs)
    });
    if indefinite {
        return true;
    }
    // Contract numbers other than the event's mean another contract; a solicitation number
    // next to an award is the same procurement.
    let contract_number = |k: usize| {
        let c = &found.contracts[k];
        c.kind == "id"
            && !matches!(
                c.instrument.as_deref(),
                Some("rfp" | "rfq" | "invitation_for_bids" | "notice_of_intent")
            )
    };
    let ids: Vec<String> = within(&found.contracts, s)
        .filter(|&k| contract_number(k) && !in_zones(zones, span_of(&found.contracts[k])))
        .map(|k| compact_id(&found.contracts[k].value))
        .collect();
    let current_ids: Vec<String> = current
        .ids
        .iter()
        .filter(|&&k| contract_number(k))
        .map(|&k| compact_id(&found.contracts[k].value))
        .collect();
    if !ids.is_empty() && !current_ids.is_empty() && ids.iter().all(|i| !current_ids.contains(i)) {
        return true;
    }
    // "The Technology Acquisition Center made the award on May 18" after the department's
    // award: the award just told, by the office that signed it, when the sentence names no
    // winner of its own.
    if current.stage == Stage::Award
        && !current.planned
        && vendors.is_empty()
        && triggers.iter().all(|t| {
            t.stage == Stage::Award && !t.planned && {
                let words = doc.slice(t.span).to_ascii_lowercase();
                words.starts_with("made ")
                    && [" the ", " that ", " this "]
                        .iter()
                        .any(|d| words.contains(d))
            }
        })
    {
        return false;
    }
    !compatible
}

/// A connective that opens a sentence of a story told in steps: "Then, on Oct. 9, …",
/// "Finally, on Tuesday, …".
static LEAD_CONNECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:then|finally|first|second|third|next|last|lastly|later|earlier|meanwhile|separately|also|elsewhere|additionally|in addition|likewise|similarly),\s+",
    )
});

/// A sentence that opens on a contract and gives its worth or its date: "The contract,
/// announced on Monday, is worth A$486 million", "The deal is valued at $40 million", "The
/// contracts, announced on Thursday, are worth a combined A$1.1 billion".
/// An order to come that is not the one told before: "a second order", "the next order".
/// The first order under a vehicle: "the first task order", "its initial delivery order".
static FIRST_ORDER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?:the|its|their|an?)\s+(?:first|initial)\s+(?:task\s+|delivery\s+|call-off\s+)?order\b")
});
static ANOTHER_ORDER: LazyLock<Regex> =
    LazyLock::new(|| re(&format!("^{}", cues::ANOTHER_ORDER_HEAD)));

/// A solicitation told by the close of its window: "the bidding window for … closed".
static WINDOW_CLOSED: LazyLock<Regex> =
    LazyLock::new(|| re(&format!("^{}", &*cues::WINDOW_CLOSES)));

/// A trigger that keeps the incumbent on: "keep the current provider on a month-to-month".
static KEEPS_INCUMBENT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^{}{}\b",
        cues::KEEPS_INCUMBENT_HEAD,
        cues::INCUMBENT
    ))
});

static LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*the\s+(?:new\s+)?(?:contract|deal|agreement|award)s?(?:\s*,[^,;]{1,60},)?\s+(?:is|are|was|were|will\s+be)\s+(?:[^.;]{1,100}?\s+and\s+(?:is|are|was|were|will\s+be)\s+)?(?:worth|valued\s+at)\b",
    )
});
/// What a protest is against, told right after the noun ("a protest against a VA task order",
/// "challenging the command's January award"): when a protest says it, it may be another award's.
static PROTESTED_OBJECT: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[^,.;]{0,80}?\b(?:against|challenging|contesting|over|of|at)\s"));
/// Whether every trigger of sentence `s` sits in a clause told as earlier than the main one.
fn told_as_earlier(text: &str, s: ByteSpan, triggers: &[Trigger]) -> bool {
    triggers.iter().all(|t| {
        let from = fields::ceil_boundary(text, t.span.start.saturating_sub(120).max(s.start));
        EARLIER_CLAUSE.is_match(&text[from..t.span.start])
    })
}

/// A clause that puts its action before the main one ("had been frozen since the incumbent
/// filed a protest", "after X had protested"): read over the words before a trigger.
static EARLIER_CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:since|after|before|when|had|once)\b[^;]{0,100}$"));
/// An indirect question right before a trigger: "review how the 2024 contract", "whether the
/// order", "report on contracts …, including how many were awarded without competition".
static INDIRECT_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:how|whether)\s+(?:the|a|an|its|this|that|their)\s+(?:[\w$.'’-]+\s+){0,4}$|\bhow\s+(?:many|much)\s+(?:of\s+(?:them|those|these|the\s+[\w-]+)\s+)?$",
    )
});
/// A negation right before a trigger: "did not award", "has never exercised", "no longer
/// plans to award", "no contracts had been issued", "none of its contracts have been
/// terminated"; read over the last words before it.
static NEGATED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:\b(?:not|never|no\s+longer)|\b(?:no|none\s+of)\s+(?:[\w$.'’-]+\s+){1,3}?(?:had|have|has|was|were|is|are)(?:\s+yet)?)\s+(?:been\s+|yet\s+|be\s+)?$",
    )
});
/// A subordinate clause of time or condition right before a trigger: "until a new vendor is
/// chosen", "before the replacement contractor is selected", "unless a new contract is awarded".
static PENDING_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:until|unless|before|if)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:(?:is|are|has\s+been|have\s+been)\s+)?$",
    )
});
/// A contract action named by its number ("approved Amendment 6 to that contract",
/// "Modification No. 12", "Task Order 3"): the object of the verb, no vendor.
static CONTRACT_ACTION_NAME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:amendment|modification|mod|option|change\s+order|task\s+order|delivery\s+order|supplement)\s+(?:no\.?\s*|number\s+|#\s*)?[\w-]*\d[\w-]*\s*$",
    )
});
/// A mandative subjunctive right before a trigger: "recommended that the contract be
/// terminated", "asked that the award be rescinded": a call for an action, none taken.
static SUBJUNCTIVE_THAT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\bthat\s+(?:the|a|an|its|their|this|his|her)\s+(?:[\w-]+\s+){0,3}?be\s+$")
});
/// Adverbs that put an action in a party's history when they come right before its verb.
const HISTORY_ADVERBS: &[&str] = &["last", "originally", "initially", "once", "formerly"];

/// A comma and a subordinator that open the clause of a trigger: ", when", ", after"; without
/// the comma, a subordinator that cannot be a preposition here, before a determiner ("will vote
/// on new machines this fall after the county board voted to buy …") or a local body named
/// without one ("are headed to the fire districts after county commissioners voted …").
static SUBORDINATE_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r",\s+(?:when|after|as|because|since|where|once)\s+|\s(?:when|after|because|once)\s+(?:the|(?:city|county|town|village|school|state)\s+(?:commissioners|supervisors|trustees|council|board|commission))\s",
    )
});
/// A low bid told before the award it leads to: "X submitted the low bid of $4.9 million".
static LOW_BID: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:submitted|entered|turned\s+in|had|was|with)\s+the\s+(?:apparent\s+)?low(?:est)?\s+bid\b|\bthe\s+(?:apparent\s+)?low(?:est)?\s+bid(?:der)?\s+(?:was|is|at|of)\b",
    )
});
/// A future or an intent in a sentence: its planned steps are ahead.
static FUTURE_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:will|shall|plans?|planned|planning|expects?|expected|intends?|aims?|hopes?|wants?|would|is\s+set|are\s+set|next|upcoming|later\s+this)\b",
    )
});
/// The incumbent's contract right before an extension: "the old contract, which was
/// extended", "Vanguard's current contract was extended".
static INCUMBENT_CONTRACT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b{}\s+(?:[\w-]+\s+)?(?:contract|deal|agreement|order)\b",
        cues::INCUMBENT
    ))
});
/// A sentence that opens on a demonstrative contract: "That contract was extended …".
static THAT_CONTRACT: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*(?:that|this)\s+(?:contract|deal|agreement|order)\b"));
/// Another contract named with an indefinite "separate" ("under a separate $6.5 million support
/// contract"), and the party named with it: "by X under a separate …", "a separate contract
/// with X".
static SEPARATE_CONTRACT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:(?:by|with)\s+(?P<holder>(?-i:\p{Lu})[^,;]{1,60}?)\s+under\s+)?(?:a|an)\s+(?:separate|different|unrelated)\s+(?:[\w$.,-]+\s+){0,4}?(?:contract|deal|agreement|order)(?:\s+with\s+(?P<with>(?-i:\p{Lu})))?",
    )
});

/// The holder of the other contract [`SEPARATE_CONTRACT`] names in `s`.
fn separate_contract_holder(doc: &Document<'_>, s: ByteSpan) -> Option<ByteSpan> {
    let c = SEPARATE_CONTRACT.captures(doc.slice(s))?;
    let at = s.start + c.name("holder").or_else(|| c.name("with"))?.start();
    parties::leading_company(doc.text, at, s.end)
        .filter(|v| !parties::is_agency_like(doc.slice(*v)))
}

/// A sentence opening that announces another action: "Separately,", "In a separate move,".
static SEPARATE_ACTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:separately|in\s+(?:a\s+separate|another|an\s+unrelated)\s+(?:action|move|announcement|deal|contract|award|procurement|vote|decision))\b",
    )
});
/// Words of a solicitation for a procurement after the one reported: "the replacement
/// solicitation", "a new request for proposals".
static NEW_PROCUREMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?:new|replacement|follow-on|successor|recompete|re-compete|fresh|re-?advertised)\b")
});
/// The offers a solicitation drew: "two proposals came in", "drew eleven bids".
static RESPONSES_RECEIVED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+(?:[\w-]+\s+)?(?:proposals|bids|offers|responses|tenders|quotes)\s+(?:came\s+in|were\s+(?:received|submitted)|arrived)\b|\b(?:drew|drawing|received|attracted)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+(?:[\w-]+\s+)?(?:proposals|bids|offers|responses|tenders|quotes)\b",
    )
});
/// The notices that come before a solicitation, told after it: "a draft request for
/// proposals", "a sources-sought notice".
static EARLIER_STEP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:draft\s+(?:request\s+for\s+proposals|rfp|solicitation)|sources[\s-]sought\s+notice|request\s+for\s+information)\b",
    )
});
/// A sentence that opens on the procurement already reported: "The tender was first
/// advertised …", "The solicitation drew five bids".
static DEFINITE_PROCUREMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:the|its)\s+(?:tender|solicitation|competition|request\s+for\s+proposals|rfp|procurement)\b",
    )
});

fn compact_id(value: &str) -> String {
    value
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_uppercase()
}

/// Names that stand for any of the agencies under them.
const GENERIC_AGENCIES: &[&str] = &[
    "navy",
    "army",
    "air force",
    "marine corps",
    "pentagon",
    "defense department",
    "department of defense",
    "dod",
    "agency",
    "department",
];

/// The military services, by the words that name them (lower case).
const SERVICES: &[&[&str]] = &[
    &[
        "navy",
        "naval",
        "marine corps",
        "navsea",
        "navair",
        "navsup",
    ],
    &["army"],
    &["air force", "space force", "afrl", "afwerx"],
    &["coast guard"],
];

/// Whether two agency names may name the same buyer.
/// Whether two spans are mentions of one entity of the article ("NAVSEA" and "Naval Sea
/// Systems Command", linked by the entity layer).
fn same_entity(found: &Mentions, a: ByteSpan, b: ByteSpan) -> bool {
    let entity = |s: ByteSpan| {
        within(&found.entities, s)
            .find(|&k| span_of(&found.entities[k]) == s)
            .and_then(|k| found.entities[k].entity)
    };
    entity(a).is_some_and(|x| entity(b) == Some(x))
}

/// The owner before a name in the possessive ("DHS" in "DHS's Office of Procurement
/// Operations"): an office of the owner buys for it.
fn possessive_owner(text: &str, name: ByteSpan) -> Option<&str> {
    let before = text[..name.start]
        .strip_suffix("'s ")
        .or_else(|| text[..name.start].strip_suffix("\u{2019}s "))?;
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-' || c == '&'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let owner = &before[start..];
    owner.starts_with(char::is_uppercase).then_some(owner)
}

fn agencies_compatible(a: &str, b: &str) -> bool {
    let x = parties::normalize_org(a);
    let y = parties::normalize_org(b);
    if x.is_empty() || y.is_empty() || x.contains(&y) || y.contains(&x) {
        return true;
    }
    // "Interior's Interior Business Center" is part of the "Interior Department": an office
    // named with its owner is compatible with whatever the owner is.
    let owner = |n: &str| {
        n.split_once("'s ")
            .or_else(|| n.split_once("’s "))
            .map(|(o, _)| o.to_string())
    };
    let owned_by =
        |n: &str, other: &str| owner(n).is_some_and(|o| !o.is_empty() && other.contains(&o));
    if owned_by(&x, &y) || owned_by(&y, &x) {
        return true;
    }
    // Different military services never buy for each other ("Navy" and "Air Force Life Cycle
    // Management Center").
    let service = |n: &str| {
        SERVICES
            .iter()
            .position(|words| words.iter().any(|w| n.contains(w)))
    };
    if let (Some(a), Some(b)) = (service(&x), service(&y))
        && a != b
    {
        return false;
    }
    if GENERIC_AGENCIES.contains(&x.as_str()) || GENERIC_AGENCIES.contains(&y.as_str()) {
        return true;
    }
    // "Department of Veterans Affairs" is the VA.
    let head = |n: &str| {
        ["department of the ", "department of ", "ministry of "]
            .iter()
            .find_map(|p| n.strip_prefix(p))
            .map(acronym)
    };
    acronym(&x) == y
        || acronym(&y) == x
        || acronym_of(&x) == y
        || acronym_of(&y) == x
        || head(&x).is_some_and(|a| a == y)
        || head(&y).is_some_and(|a| a == x)
}

/// How many organisations back a name's long form or a body's name is looked for.
const NEAR_ORGS: usize = 64;

/// The organisations that end at or before `pos`, nearest first, at most [`NEAR_ORGS`]: a
/// bound that keeps a pathological text linear.
fn orgs_before(found: &Mentions, pos: usize) -> impl Iterator<Item = &EntityMention> {
    let end = found.entities.partition_point(|e| e.byte_end <= pos);
    found.entities[..end]
        .iter()
        .rev()
        .filter(|e| e.kind == EntityType::Org)
        .take(NEAR_ORGS)
}

/// Whether the name at `span` is an acronym ("ODOT") of an agency the text named before it
/// ("The Ohio Department of Transportation"), though the text never defines it.
fn acronym_of_agency_before(doc: &Document<'_>, found: &Mentions, span: ByteSpan) -> bool {
    let name = doc.slice(span);
    let is_acronym = (2..=6).contains(&name.len()) && name.chars().all(|c| c.is_ascii_uppercase());
    if !is_acronym {
        return false;
    }
    let short = name.to_ascii_lowercase();
    orgs_before(found, span.start)
        .map(|e| &doc.text[e.byte_start..e.byte_end])
        .filter(|long| parties::is_agency_like(long))
        .any(|long| {
            let n = parties::normalize_org(long);
            acronym(&n) == short || acronym_of(&n) == short
        })
}

/// "ministry of defence" → "mod", "department of energy" → "doe": acronyms that keep the
/// "of".
fn acronym_of(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| !["and", "the", "for", "&"].contains(w))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// "immigration and customs enforcement" → "ice".
fn acronym(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| !["of", "and", "the", "for", "&"].contains(w))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// "X, which …": the clause subject is the name before the comma.
static WHICH: LazyLock<Regex> = LazyLock::new(|| re(r",?\s+which\s+$"));

/// An agency named by a series of capitalised words: "Children, Youth and Families
/// Department", after an optional "the" or an owner ("Japan's").
static SERIES_AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:the\s+|(?-i:\p{Lu})[\w.-]*['’]s\s+)?((?-i:\p{Lu})[\w&'’-]*(?:,\s+(?-i:\p{Lu})[\w&'’-]*)+,?\s+(?:and|&)\s+(?-i:\p{Lu})[\w&'’-]*(?:\s+(?-i:\p{Lu})[\w&'’-]*){0,4})",
    )
});

/// A local public body as a subject, in lower case: "the city council", "the school board".
static LOCAL_BODY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:the\s+)?(?:((?-i:\p{Lu}{2,})[\w&.'’-]*)\s+(?:board|council|commission)\b|((?:(?-i:\p{Lu})[\w.'’-]*\s+){0,3}(?:city|county|town|village|schools?|state|transit|port|water|library|hospital)\s+(?:council|board|commission|commissioners|authority|legislature|district|committee)(?:\s+of\s+(?-i:\p{Lu})[\w&'’-]*(?:\s+(?:and\s+)?(?-i:\p{Lu})[\w&'’-]*){0,2})?|(?:city|county|town|village|state|commonwealth|province)\s+of\s+(?-i:\p{Lu})[\w.'’-]*(?:\s+(?-i:\p{Lu})[\w.'’-]*){0,2}))\b",
    )
});

/// A relative clause between a subject and its verb, closed by a comma: ", which buys on
/// behalf of the coast guard, ".
static CLOSED_RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r",\s+(?:which|who)\s+[^,;.()]{{1,80}},\s*$|{OWNED_BY_STATE}[^,;.()]{{1,140}},\s*$"
    ))
});

/// An appositive that calls a company owned by a government: ", the state-owned utility",
/// ", a city-owned company".
const OWNED_BY_STATE: &str = r",\s+(?:the|a|an)\s+(?:state|government|city|county|publicly|municipally|federally|provincially)[\s-](?:owned|run|controlled)\b";

/// A name followed by its acronym and an [`OWNED_BY_STATE`] appositive: "Emirates Northern
/// Water Company (ENWC), the state-owned utility that …, has awarded".
static OWNED_APPOSITIVE: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"^\s*(?:\([^()]{{1,12}}\)\s*)?{OWNED_BY_STATE}")));

/// A label in capitals that opens an entry ("VOTE:", "BREAKING NEWS:").
static RUN_IN_LABEL: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*(?-i:[A-Z][A-Z'’]+(?:\s[A-Z][A-Z'’]+){0,2}):\s+"));

/// Where the clause of a trigger starts: after a dateline dash, "said", a relative pronoun or
/// a semicolon.
static CLAUSE_BOUNDARY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\s—\s*|—|\s--\s|\bsaid(?:\s+that)?\s+|\bsays(?:\s+that)?\s+|\b(?:disclosed|discloses|announced|announces|reported|reports|confirmed|confirms)\s+that\s+|,?\s+which\s+|;\s+",
    )
});

/// Whether a match of [`CLAUSE_BOUNDARY`] is a speech verb ("said", "disclosed that"): the
/// subject of the clause after it may be a pronoun for the speaker.
fn is_speech_boundary(boundary: &str) -> bool {
    let verb = boundary.split_whitespace().next().unwrap_or("");
    SPEECH_VERBS
        .split('|')
        .any(|v| verb.eq_ignore_ascii_case(v))
}

/// The agency named as the subject of the trigger at `pos`.
fn subject_agency(
    doc: &Document<'_>,
    found: &Mentions,
    s: ByteSpan,
    pos: usize,
    lenient: bool,
) -> Option<ByteSpan> {
    let text = doc.text;
    let verb_pos = pos;
    // "Public Services and Procurement Canada (PSPC), which buys for the coast guard, chose":
    // the subject ends before a relative clause closed by the comma before the verb.
    let pos = {
        let lo = fields::ceil_boundary(text, pos.saturating_sub(fields::REACH).max(s.start));
        CLOSED_RELATIVE
            .find(&text[lo..pos])
            .map_or(pos, |m| lo + m.start())
    };
    // "the Naval Air Warfare Center Training Systems Division in Orlando, Florida, exercised":
    // the subject ends before its place.
    let pos = before_place_appositive(doc, found, s, pos);
    let lo = fields::ceil_boundary(text, pos.saturating_sub(fields::REACH).max(s.start));
    let region = &text[lo..pos];
    let boundary = CLAUSE_BOUNDARY.find_iter(region).last();
    let clause_start = boundary.map_or(lo, |m| lo + m.end());
    let clause_start = clause_start.max(dateline_end(text, s).min(pos));
    let clause_start = skip_leading_date(doc, found, clause_start, pos);
    // "VOTE: Council votes 6-1 to award …", "UPDATE: The county signed …": a live blog's or a
    // bulletin's label in capitals is no part of the subject.
    let clause_start = clause_start
        + RUN_IN_LABEL
            .find(&text[clause_start..pos])
            .map_or(0, |m| m.end());
    // "Cost overruns grew on Thursday, when the TARC board approved …": the subject of the
    // subordinate clause the trigger is in.
    // Without its comma, the clause starts at the determiner the pattern ends with.
    let clause_start = clause_start
        + SUBORDINATE_OPENING
            .find_iter(&text[clause_start..pos])
            .last()
            .map_or(0, |m| {
                let matched = m.as_str();
                if matched.starts_with(',') {
                    m.end()
                } else {
                    // The clause starts after the subordinator: "after the TARC board",
                    // "after county commissioners".
                    let lead = matched.len() - matched.trim_start().len();
                    let word = matched[lead..]
                        .find(char::is_whitespace)
                        .unwrap_or(matched.len() - lead);
                    let rest = &matched[lead + word..];
                    m.start() + lead + word + (rest.len() - rest.trim_start().len())
                }
            });
    // "The Children, Youth and Families Department awarded …", "Japan's Acquisition,
    // Technology and Logistics Agency signed …": an agency named by a series, commas and all.
    if let Some(c) = SERIES_AGENCY.captures(&text[clause_start..pos])
        && let Some(g) = c.get(1)
        && parties::is_agency_like(g.as_str())
    {
        return Some(ByteSpan::new(
            clause_start + g.start(),
            clause_start + g.end(),
        ));
    }
    // "The city council voted to award …": local public bodies named in lower case.
    // "Metra's board ordered …", "Calderdale Council's cabinet agreed to award …".
    if let Some(c) = LOCAL_BODY
        .captures(&text[clause_start..pos])
        .or_else(|| BODY_OF.captures(&text[clause_start..pos]))
        && let Some(g) = c.get(1).or_else(|| c.get(2))
    {
        return Some(ByteSpan::new(
            clause_start + g.start(),
            clause_start + g.end(),
        ));
    }
    // "After an hour of debate, the county commissioners voted to hire …": a local body right
    // before the verb, after an introductory phrase closed by a comma.
    if let Some(comma) = text[clause_start..pos].rfind(", ")
        && let Some(c) = LOCAL_BODY.captures(&text[clause_start + comma + 1..pos])
        && let Some(g) = c.get(1).or_else(|| c.get(2))
        && text[clause_start + comma + 1 + g.end()..pos]
            .trim()
            .is_empty()
    {
        let at = clause_start + comma + 1;
        return Some(ByteSpan::new(at + g.start(), at + g.end()));
    }
    // "In a separate action, the Navy gave …", "To cover the gap, ODOT signed …": the name
    // after an introductory phrase.
    let after_intro = || {
        parties::trailing_name(text, clause_start, pos).filter(|t| {
            let intro = text[clause_start..t.start].trim_end();
            let intro = intro
                .strip_suffix("the")
                .or_else(|| intro.strip_suffix("The"))
                .unwrap_or(intro)
                .trim_end();
            intro.ends_with(',')
        })
    };
    let candidate = if text[clause_start..pos].trim().is_empty()
        && let Some(b) = boundary
        && WHICH.is_match(b.as_str())
    {
        parties::trailing_name(text, lo, lo + b.start())
    } else {
        parties::leading_name(text, clause_start, pos).or_else(|| {
            // "The Pentagon said it would …": the sentence's subject.
            let said = boundary.is_some_and(|b| is_speech_boundary(b.as_str()));
            if said {
                let start = dateline_end(text, s);
                parties::leading_name(text, start, lo + boundary.map_or(0, |b| b.start()))
            } else {
                after_intro()
            }
        })
    };
    let buyer = |c: ByteSpan| {
        Some(parties::strip_trailing_time(text, c))
            .and_then(|c| parties::trim_name(text, c))
            .filter(|&c| {
                parties::is_agency_like(doc.slice(c))
                    || org_entity_agency(doc, found, c)
                    || acronym_of_agency_before(doc, found, c)
                    || lenient && named_buyer(doc, found, c)
                    // "Rijkswaterstaat, the Dutch infrastructure agency, has awarded": a name
                    // its appositive calls a public body.
                    || c.end < pos && AGENCY_APPOSITIVE.is_match(&text[c.end..pos])
                    // "X (XW), the state-owned utility that …, has awarded".
                    || c.end < verb_pos && OWNED_APPOSITIVE.is_match(&text[c.end..verb_pos])
            })
    };
    // A capitalised word that opens an introductory phrase ("To cover the gap, ODOT …") is
    // no buyer: the name after the phrase may be.
    let named = candidate
        .and_then(buyer)
        .or_else(|| candidate.and_then(|_| after_intro()).and_then(buyer))
        // "Parish President Curtis Gautreaux signed …": the body of the official who signs.
        .or_else(|| {
            candidate
                .and_then(|c| official_body(text, c))
                .or_else(|| after_intro().and_then(|c| official_body(text, c)))
        });
    named
        .or_else(|| agency_in_subject(doc, found, clause_start, pos))
        // Not "X said it intends to award": the speaker, found by the caller.
        .or_else(|| {
            boundary
                .is_none()
                .then(|| pronoun_agency(doc, s, clause_start, pos))
                .flatten()
        })
}

/// Local governments whose officials sign for them.
const OFFICIAL_BODIES: &[&str] = &[
    "Parish", "County", "City", "Town", "Village", "Borough", "Township",
];
/// Titles of officials who sign contracts for their government.
const OFFICIAL_TITLES: &[&str] = &[
    "President",
    "Executive",
    "Manager",
    "Administrator",
    "Judge",
    "Mayor",
];

/// The government in a name that continues with an official's title and name ("Harlan County
/// Judge Ava Reese", "Bay City Manager Tom Ruiz"): "Harlan County", "Bay City".
fn official_body(text: &str, c: ByteSpan) -> Option<ByteSpan> {
    let name = &text[c.start..c.end];
    let mut words = name
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .peekable();
    let mut count = 0;
    while let Some((start, w)) = words.next() {
        count += 1;
        let titled = words
            .peek()
            .is_some_and(|(_, t)| OFFICIAL_TITLES.contains(t));
        // A person's name follows the title: at least two more words.
        if count >= 2 && OFFICIAL_BODIES.contains(&w) && titled && words.clone().count() >= 3 {
            return Some(ByteSpan::new(c.start, c.start + start + w.len()));
        }
    }
    None
}

/// An appositive that calls the name before it a public body: ", the Dutch infrastructure
/// agency,".
static AGENCY_APPOSITIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^,\s+(?:the|its|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:agency|ministry|department|authority|administration|regulator|government|utility|council|commission)\s*,",
    )
});

/// "CISA has wasted no time. On June 1 it placed …": the pronoun subject of a buyer's verb
/// stands for the agency that opens the sentence before.
fn pronoun_agency(
    doc: &Document<'_>,
    s: ByteSpan,
    clause_start: usize,
    pos: usize,
) -> Option<ByteSpan> {
    let subject = doc.text[clause_start..pos].trim();
    if !(subject.eq_ignore_ascii_case("it") || subject.eq_ignore_ascii_case("it has")) {
        return None;
    }
    let before = doc
        .sentences
        .iter()
        .take_while(|x| x.span.end <= s.start)
        .last()?
        .span;
    parties::leading_name(doc.text, before.start, before.end)
        .filter(|&a| parties::is_agency_like(doc.slice(a)))
}

/// Where a subject ends when a place follows it between commas ("X in Orlando, Florida,"
/// before the verb at `pos`): before "in"; otherwise `pos`. At most two places.
fn before_place_appositive(doc: &Document<'_>, found: &Mentions, s: ByteSpan, pos: usize) -> usize {
    let text = doc.text;
    let Some(mut end) = text[s.start..pos]
        .trim_end()
        .strip_suffix(',')
        .map(|t| s.start + t.len())
    else {
        return pos;
    };
    for _ in 0..2 {
        let near = ByteSpan::new(end.saturating_sub(64).max(s.start), end);
        let Some(place) = within(&found.entities, near)
            .rev()
            .map(|k| &found.entities[k])
            .find(|e| span_of(*e).end == end)
            .filter(|e| e.kind == EntityType::Loc)
            .map(span_of)
        else {
            return pos;
        };
        let before = text[s.start..place.start].trim_end();
        if let Some(rest) = before.strip_suffix(',') {
            end = s.start + rest.trim_end().len();
            continue;
        }
        let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
        return if ["in", "at"].contains(&word) {
            s.start + before.len() - word.len()
        } else {
            pos
        };
    }
    pos
}

/// Words that end a subject phrase before its verb: a name before one of them is not the
/// subject ("for the Army, the board voted").
static NOT_IN_SUBJECT: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:for|with|to|from|by|and|or|against|said|says)\b|[,;:()]"));

/// An agency named inside the subject phrase that ends at `pos` ("After three hours of
/// comment, the Lakeview City School District board of education voted …"): the last
/// agency-like entity after the last comma, followed by lower-case words of the phrase only.
fn agency_in_subject(
    doc: &Document<'_>,
    found: &Mentions,
    from: usize,
    pos: usize,
) -> Option<ByteSpan> {
    let text = doc.text;
    let start = text[from..pos].rfind(',').map_or(from, |c| from + c + 1);
    within(&found.entities, ByteSpan::new(start, pos))
        .rev()
        .map(|k| span_of(&found.entities[k]))
        .find(|e| {
            let tail = without_expectation(&text[e.end.min(pos)..pos]);
            e.end <= pos
                && parties::is_agency_like(doc.slice(*e))
                && !NOT_IN_SUBJECT.is_match(tail)
                && !capitalized_outside_dates(found, tail, e.end.min(pos))
        })
}

/// Whether `tail` (the words between a subject and its verb, starting at byte `at`) has a
/// capital letter outside the dates found there: "The Internal Revenue Service on Nov. 19
/// placed …" keeps its subject.
fn capitalized_outside_dates(found: &Mentions, tail: &str, at: usize) -> bool {
    if !tail.chars().any(char::is_uppercase) {
        return false;
    }
    let span = ByteSpan::new(at, at + tail.len());
    let dates = within(&found.dates, span);
    tail.char_indices().any(|(i, c)| {
        c.is_uppercase()
            && !dates.clone().any(|k| {
                let d = span_of(&found.dates[k]);
                d.start <= at + i && at + i < d.end
            })
    })
}

/// Whether a match `word` at `start` is the participle of "as awarded" ("the work as awarded
/// cost …").
fn matched_as_awarded(text: &str, start: usize, word: &str) -> bool {
    word.eq_ignore_ascii_case("awarded")
        && text[..start]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("as"))
}

/// The words between a subject and its verb without an expectation they end with ("a
/// contract the Bureau of Reclamation is expected to put out for bids": " is expected to "
/// becomes " "), so that its "to" ends no subject.
fn without_expectation(tail: &str) -> &str {
    let Some(rest) = tail.trim_end().strip_suffix(" to") else {
        return tail;
    };
    let Some((rest, word)) = rest.rsplit_once(' ') else {
        return tail;
    };
    let Some((rest, verb)) = rest.rsplit_once(' ') else {
        return tail;
    };
    let expected = [
        "expected",
        "set",
        "scheduled",
        "due",
        "poised",
        "likely",
        "preparing",
    ];
    if expected.contains(&word) && ["is", "are", "was", "were"].contains(&verb) {
        &tail[..rest.len() + 1]
    } else {
        tail
    }
}

/// A public body named by its common noun as the subject of an action ("In a separate vote,
/// the board approved …", "the sheriff's department will keep …", "the district's board of
/// directors voted …", after a time phrase "Last month the agency handed …"): it is the buyer
/// named before.
static GENERIC_BODY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?:^|[,—]["”’]?\s*)\s*(?:(?:and|but|so|then)\s+)?(?:(?:last|this|earlier|later)\s+(?:week|month|year|spring|summer|fall|autumn|winter)\s+|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?(?:(?:which|that)\s+)?(?:the\s+(?P<body>(?:(?-i:school|city|county|transit|town|village|state|water|port|library|park|utility|housing|health|[a-z]+['’]s)\s+)?(?P<head>board|council|commission|committee|district|city|county|agency|department|ministry|authority|legislature|state|province|government|center|command|service|corporation|utility|port|trust|university|college|division|directorate)(?:\s+of\s+(?:directors|trustees|education|supervisors|commissioners))?)|(?:the\s+)?(?:commissioners|supervisors|trustees|aldermen|council members|board members|lawmakers))\s+(?:(?:has|have|had|will|would)\s+)?(?:(?:also|then|later|separately|unanimously|quickly|formally|officially)\s+)?(?:(?:plans|planned|expects|expected|intends|intended|hopes|aims|wants|is\s+expected|is\s+set)(?:\s+to)?\s+)?$"#,
    )
});

/// A generic body ("the council", "the school board") as the whole subject of the clause in
/// `lead` (the text before a trigger): its span, and the span of its head noun. `None` when the
/// subject is something else; `Some` with no body span for "the commissioners".
fn generic_body(text: &str, lead: ByteSpan) -> Option<Option<(ByteSpan, ByteSpan)>> {
    let c = GENERIC_BODY.captures(&text[lead.start..lead.end])?;
    Some(c.name("body").zip(c.name("head")).map(|(b, h)| {
        (
            ByteSpan::new(lead.start + b.start(), lead.start + b.end()),
            ByteSpan::new(lead.start + h.start(), lead.start + h.end()),
        )
    }))
}

/// The buyer a generic body stands for when no event before names one: the last organisation
/// before `before` whose name has the body's head word ("Pueblo City Council" for "the council",
/// "Department of Veterans Affairs" for "the department"); else, for a local body that names
/// itself ("the school board", "the council"), the body as written.
fn body_named_before(
    doc: &Document<'_>,
    found: &Mentions,
    body: Option<(ByteSpan, ByteSpan)>,
    before: usize,
) -> Option<ByteSpan> {
    let Some((body, head)) = body else {
        // "Commissioners voted 5-0 to award …" after "The Housing Authority board of
        // commissioners has chosen …": the members of the public body named last.
        return orgs_before(found, before)
            .find(|e| parties::is_agency_like(&doc.text[e.byte_start..e.byte_end]))
            .map(|e| ByteSpan::new(e.byte_start, e.byte_end));
    };
    let head_word = doc.slice(head).to_ascii_lowercase();
    let named = orgs_before(found, before)
        .find(|e| {
            doc.text[e.byte_start..e.byte_end]
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case(&head_word))
        })
        .map(|e| ByteSpan::new(e.byte_start, e.byte_end))
        // "Take the Internal Revenue Service. Last month the agency handed …": "the agency" is
        // the government buyer named last, whatever its head word.
        .or_else(|| {
            (head_word == "agency")
                .then(|| {
                    orgs_before(found, before)
                        .find(|e| parties::is_agency_like(&doc.text[e.byte_start..e.byte_end]))
                        .map(|e| ByteSpan::new(e.byte_start, e.byte_end))
                })
                .flatten()
        });
    let local = [
        "board",
        "council",
        "commission",
        "committee",
        "district",
        "authority",
        "university",
        "college",
    ]
    .contains(&head_word.as_str());
    named.or_else(|| local.then_some(body))
}

/// Members who move motions, and the word for the body they sit on.
const MOTION_MEMBERS: &[(&str, &str)] = &[
    ("councilmember", "council"),
    ("council member", "council"),
    ("councilman", "council"),
    ("councilwoman", "council"),
    ("councilor", "council"),
    ("alderman", "council"),
    ("alderwoman", "council"),
    ("commissioner", "commission"),
    ("supervisor", "board"),
    ("trustee", "board"),
    ("director", "board"),
    ("board member", "board"),
];

/// Minutes: the body a motion's mover sits on ("Motion by Councilmember Ruiz, seconded by …,
/// to award …": the council named before), when `lead` (the text before the trigger) opens on
/// the motion.
fn motion_body(doc: &Document<'_>, found: &Mentions, lead: ByteSpan) -> Option<ByteSpan> {
    let lead_text = doc.slice(lead).trim_start();
    let rest = [
        "motion by ",
        "on a motion by ",
        "on motion by ",
        "on motion of ",
    ]
    .iter()
    .find_map(|p| strip_prefix_ignore_case(lead_text, p))?;
    let (_, head) = MOTION_MEMBERS
        .iter()
        .find(|(t, _)| strip_prefix_ignore_case(rest, t).is_some())?;
    orgs_before(found, lead.start)
        .find(|e| {
            doc.text[e.byte_start..e.byte_end]
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case(head))
        })
        .map(|e| ByteSpan::new(e.byte_start, e.byte_end))
}

/// Whether the subject of a plain award verb can be its buyer though no list calls it an
/// agency ("Public Services and Procurement Canada has awarded", "Ottawa also awarded"): an
/// organisation or place the entity layer found exactly there, without a company's legal
/// suffix.
fn named_buyer(doc: &Document<'_>, found: &Mentions, span: ByteSpan) -> bool {
    let name = doc.slice(span);
    // "Separately, the district modified …": an introductory adverb is no name.
    let introductory = doc.text[span.end..].starts_with(',')
        || !name.contains(' ') && name.to_ascii_lowercase().ends_with("ly");
    !introductory
        && !parties::ends_with_legal_suffix(name)
        && !parties::is_forum(name)
        && within(&found.entities, span).any(|k| {
            let e = &found.entities[k];
            matches!(e.kind, EntityType::Org | EntityType::Loc)
                && e.byte_start == span.start
                && e.byte_end == span.end
        })
}

/// A speech verb and what follows it up to the pronoun that stands for its subject.
static SPEECH_THEN_PRONOUN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\s(?:said|says|announced|announces|reported|reports|confirmed|confirms|disclosed|discloses)\b(?:[^,;.]{0,40}?)\s(?:that\s+)?(?:it|the company|the firm|we)\s*$",
    )
});

/// The company that announces its own award ("Leidos Holdings Inc. announced Monday that it
/// has been awarded"): when `subject` ends with a speech verb and a pronoun, the company name
/// that opens it.
fn speaker_for_pronoun(text: &str, subject: ByteSpan) -> Option<ByteSpan> {
    let m = SPEECH_THEN_PRONOUN.find(&text[subject.start..subject.end])?;
    parties::leading_company(text, subject.start, subject.start + m.start())
}

/// Whether the name at `span` is an organisation: a legal suffix ("LLC", "Corp.") or an ORG
/// entity of the entity layer over it.
fn is_organisation(doc: &Document<'_>, found: &Mentions, span: ByteSpan) -> bool {
    parties::ends_with_legal_suffix(doc.slice(span))
        || within(&found.entities, span).any(|k| found.entities[k].kind == EntityType::Org)
}

/// Whether the name at `span` is told with its home town ("Vireo Space Networks of Littleton,
/// Colorado"), as releases name a firm, and is no person's name (a PERSON entity that starts
/// with a given name: "Jane Marlow of Houston, Texas").
fn home_town_firm(doc: &Document<'_>, found: &Mentions, span: ByteSpan) -> bool {
    use crate::extract::entities::gazetteer as gz;
    let name = doc.slice(span);
    let given = name
        .split_whitespace()
        .next()
        .is_some_and(|w| gz::LEXICON.word_flags(w) & gz::GIVEN != 0);
    name.split_whitespace().count() >= 2
        && parties::home_town_end(doc.text, span.end, doc.text.len()).is_some()
        && !(given
            && within(&found.entities, span).any(|k| found.entities[k].kind == EntityType::Person))
}

/// Whether an ORG entity covering `span` reads as an agency (the entity layer's own judgement
/// when it has one).
fn org_entity_agency(doc: &Document<'_>, found: &Mentions, span: ByteSpan) -> bool {
    within(&found.entities, ByteSpan::new(span.start, span.end)).any(|k| {
        let e = &found.entities[k];
        e.kind == EntityType::Org
            && e.byte_start == span.start
            && e.byte_end == span.end
            && parties::is_agency_like(doc.slice(span_of(e)))
    })
}

/// Whether date `k` of role `role` is a coarser form of another date of the same role in
/// `dates` ("2026-08" beside "2026-08-14").
fn vaguer_date(found: &Mentions, dates: &[(usize, &'static str)], k: usize, role: &str) -> bool {
    let value = |k: usize| found.dates.get(k).and_then(|d| d.value.as_deref());
    let Some(v) = value(k) else {
        return false;
    };
    // "the same week" (2026-W32) beside "Aug. 10" (2026-08-10): the week holds the day, or
    // is a vaguer word for it ("a modification posted this week … was signed Aug. 28": within
    // two weeks of it).
    let in_week = |day: &str| {
        let (Some((y, w)), Some(d)) = (
            v.split_once("-W"),
            crate::calendar::CivilDate::parse_iso(day),
        ) else {
            return false;
        };
        let (dy, dw) = d.iso_week();
        let (y, w): (i32, u32) = (y.parse().unwrap_or(0), w.parse().unwrap_or(0));
        dy == y && dw.abs_diff(w) <= 2
    };
    dates.iter().any(|(j, r)| {
        *j != k
            && *r == role
            && value(*j).is_some_and(|w| w.len() > v.len() && w.starts_with(v) || in_week(w))
    })
}

/// The first (`i` = 0) or last (`i` = 1) day of date mention `k`'s range, if it has one.
fn date_bound(found: &Mentions, k: usize, i: usize) -> Option<crate::calendar::CivilDate> {
    found
        .dates
        .get(k)
        .and_then(|d| d.range.as_ref())
        .and_then(|r| crate::calendar::CivilDate::parse_iso(&r[i]))
}

/// Whether award date `k` ends a year or more before the story and before another award date
/// of `dates` begins.
fn older_award(
    doc: &Document<'_>,
    found: &Mentions,
    dates: &[(usize, &'static str)],
    k: usize,
) -> bool {
    let day = |k: usize, i: usize| date_bound(found, k, i);
    let story = doc.dct.and_then(|d| {
        crate::calendar::CivilDate::new(d.year, d.month.unwrap_or(1), d.day.unwrap_or(1))
    });
    let (Some(end), Some(story)) = (day(k, 1), story) else {
        return false;
    };
    story.to_days() - end.to_days() >= 365
        && dates.iter().any(|(j, r)| {
            *j != k
                && *r == "award"
                && day(*j, 0).is_some_and(|start| start.to_days() - end.to_days() >= 365)
        })
}

/// Whether start, completion or ordering-end date `k` ends more than a month before an award
/// date of `dates` begins: work cannot start or end before its contract is signed, so the
/// date is another contract's or another step's ("its previous contract … was finished last
/// spring", "an evaluation that began last spring"); so does a completion date that ends more
/// than a month before a start date of `dates` begins. A month told without its year is left
/// alone: its year is a guess.
fn ends_before_award(found: &Mentions, dates: &[(usize, &'static str)], k: usize) -> bool {
    let day = |k: usize, i: usize| date_bound(found, k, i);
    let Some(end) = day(k, 1) else {
        return false;
    };
    // "runs from Oct. 1": a month or day told without its year has a guessed year.
    let text = found.dates[k].text.as_str();
    let words = || text.split(|c: char| !c.is_ascii_alphanumeric());
    if words().any(|w| crate::calendar::month_from_name(w).is_some())
        && !words().any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    // "work begins Oct. 1 … a pilot the company completed last spring": a completion well
    // before the event's start ends some other work.
    let completion = dates.iter().any(|(j, r)| *j == k && *r == "completion");
    dates.iter().any(|(j, r)| {
        *j != k
            && (*r == "award" || completion && *r == "start")
            && day(*j, 0).is_some_and(|start| start.to_days() - end.to_days() > 30)
    })
}

/// Whether date `k` is a bare clock time ("11 p.m.", "2 p.m. Pacific time": no day named in
/// its own words) that gives way to another date of `dates` on its day ("until 2 p.m. Pacific
/// time on Dec. 9"), or to a time of its role that names its day ("voted Monday night, after
/// a meeting that ran past 11 p.m.").
fn bare_clock_time(
    found: &Mentions,
    dates: &[(usize, &'static str)],
    k: usize,
    role: &str,
) -> bool {
    let Some(m) = found.dates.get(k) else {
        return false;
    };
    let clock = m.kind == DateType::Time
        && m.text.split_whitespace().all(|w| {
            let w = w.trim_end_matches(',');
            w.chars().all(|c| c.is_ascii_digit() || c == ':')
                || [
                    "a.m.", "p.m.", "am", "pm", "noon", "midnight", "local", "time", "Eastern",
                    "Central", "Mountain", "Pacific", "ET", "CT", "MT", "PT", "EST", "EDT", "CST",
                    "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC",
                ]
                .contains(&w)
        });
    let Some(day) = m
        .value
        .as_deref()
        .and_then(|v| v.split_once('T'))
        .map(|(d, _)| d)
    else {
        return false;
    };
    clock
        && dates.iter().any(|(j, r)| {
            let Some(other) = found.dates.get(*j).filter(|_| *j != k) else {
                return false;
            };
            let value = other.value.as_deref().unwrap_or("");
            (other.kind == DateType::Date && value == day)
                || (*r == role && other.kind == DateType::Time && value.contains('T'))
        })
}

/// Whether date `k` is a bare year before the story's ("in 2022", "last year") in an event
/// that is no award or cancellation: an option, a modification or a step of a procurement
/// is told with its own day or month, and a past year beside it is its base contract's
/// ("the contract the Navy awarded the yard in 2022").
fn base_contract_year(doc: &Document<'_>, found: &Mentions, stage: Stage, k: usize) -> bool {
    !matches!(stage, Stage::Award | Stage::Cancellation | Stage::Protest)
        && found
            .dates
            .get(k)
            .and_then(|d| d.value.as_deref())
            .and_then(|v| (v.len() == 4).then(|| v.parse::<i32>().ok()).flatten())
            .zip(doc.dct)
            .is_some_and(|(year, dct)| year < dct.year)
}

/// Whether date `k` of role `role` is the day an action was announced ("today announced it
/// has been awarded", "The order, announced Friday,") while another date of `dates` gives the
/// same role without being one.
fn announcement_gives_way(
    text: &str,
    found: &Mentions,
    dates: &[(usize, &'static str)],
    k: usize,
    role: &str,
) -> bool {
    let announced = |k: usize| {
        announced_on(text, found, k)
            || found.dates.get(k).is_some_and(|d| {
                let start = span_of(d).start;
                let before = &text[fields::ceil_boundary(text, start.saturating_sub(60))..start];
                cues::ANNOUNCED_ACTION.is_match(before)
            })
    };
    announced(k)
        && dates
            .iter()
            .any(|(j, r)| *j != k && *r == role && !announced(*j))
}

/// Whether date `k` is followed by "announced" ("today announced").
fn announced_on(text: &str, found: &Mentions, k: usize) -> bool {
    found.dates.get(k).is_some_and(|d| {
        let end = span_of(d).end;
        ANNOUNCED_AFTER
            .is_match(&text[end..fields::floor_boundary(text, (end + 12).min(text.len()))])
    })
}

/// "announced" or "announces" right after a date ("today announced").
static ANNOUNCED_AFTER: LazyLock<Regex> = LazyLock::new(|| re(r"^\s+announce[ds]\b"));

/// Whether `head` holds " -", '—' (E2 80 94) or '–' (E2 80 93), one of which each dateline
/// separator of [`dateline_end`] holds.
fn may_hold_dateline_dash(head: &[u8]) -> bool {
    memchr::memchr2_iter(b'-', 0xE2, head).any(|i| {
        if head[i] == b'-' {
            i > 0 && head[i - 1] == b' '
        } else {
            head.get(i + 1..i + 3)
                .is_some_and(|t| t == [0x80, 0x94] || t == [0x80, 0x93])
        }
    })
}

/// Where the story of a sentence starts after a dateline ("WASHINGTON, March 3, 2021 — ").
fn dateline_end(text: &str, s: ByteSpan) -> usize {
    let head = &text[s.start..fields::floor_boundary(text, s.end.min(s.start + 160))];
    // Every separator below holds " -", '—' or '–': a head with none of them has no dateline,
    // and most sentences have none (this is called several times per sentence, and each
    // `find` builds a searcher).
    if !may_hold_dateline_dash(head.as_bytes()) {
        return s.start;
    }
    for sep in [" — ", "—", " -- "] {
        if let Some(i) = head.find(sep) {
            // "Separately, DE&S on Monday awarded … to three suppliers — …": a dash after a
            // clause of prose ends no dateline (a place, a date and a source name are words in
            // capitals).
            let lowercase_words = head[..i]
                .split_whitespace()
                .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
                .count();
            if lowercase_words > 3 {
                break;
            }
            let end = i + sep.len();
            // "LAKELAND, Fla. — Oct. 8, 2026 — The county …": the date after the place is part
            // of the dateline.
            let rest = &head[end..];
            if let Some(j) = rest
                .find(sep)
                .filter(|&j| j <= 24 && rest[..j].contains(|c: char| c.is_ascii_digit()))
            {
                return s.start + end + j + sep.len();
            }
            return s.start + end;
        }
    }
    // "WASHINGTON (Reuters) - ", "NEW YORK, March 3 – ": a plain dash ends a dateline that
    // opens with a place in capitals.
    let first_word = head.split([' ', ',']).next().unwrap_or("");
    let place_in_capitals = first_word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !first_word.chars().any(char::is_lowercase);
    for sep in [" - ", " – "] {
        if let Some(i) = head.find(sep) {
            // "April 20, 2026 - The Department …": a date alone before the dash.
            let words: Vec<&str> = head[..i].split_whitespace().collect();
            let date_alone = words.len() <= 3
                && words.first().is_some_and(|w| {
                    w.starts_with(char::is_uppercase)
                        && w.chars().all(|c| c.is_alphabetic() || c == '.')
                })
                && words
                    .last()
                    .is_some_and(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
            if place_in_capitals || date_alone {
                return s.start + i + sep.len();
            }
        }
    }
    s.start
}

/// "was issued by the Army Contracting Command", "will be administered by DOE".
static ACTED_BY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:issued|placed|awarded|administered|posted|signed|made|managed|let|competed|executed|exercised|definitized|modified)\s+by\s+(?:the\s+)?",
    )
});
/// "by the Cybersecurity and Infrastructure Security Agency (CISA)", "by the Army".
static BY_AGENCY: LazyLock<Regex> = LazyLock::new(|| re(r"\bby\s+(?:the\s+)?"));
/// "to the U.S. Navy", "for the Department of Agriculture", "from the Navy".
static MENTIONED_AGENCY: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:to|for|from|with)\s+(?:the\s+)?"));
/// "protest by X", "award of … to Y", names after "to" / "with".
/// "a bid protest brought by X", "a challenge filed by X".
static PROTESTER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?:protests?|challenges?)\s+(?:(?:brought|filed|lodged)\s+)?(?:by|from)\s+")
});
/// The winner a protest challenges, named as the buyer's pick: "challenged the AOC's choice
/// of Y", "protesting the selection of Y".
static CHOICE_OF: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[^.;,]{0,60}?\b(?:choice|selection|pick)\s+of\s+"));
static AWARD_TO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\baward(?:ed)?\s+(?:of\s+(?:[^.;]|\.\S){0,120}?\s+)?to\s+(?:(?:its\s+|a\s+)?(?:rival|competitor)\s+)?|\b(?:give|gave|giving|gives)\s+(?:a|an|the|its)\s+(?:[^.;]|\.\S){0,120}?\b(?:contract|order|deal|award|agreement)\s+to\s+(?:(?:its\s+|a\s+)?(?:rival|competitor)\s+)?",
    )
});
static CONTRACT_WITH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:contracts?|orders?|agreements?|deals?)\s+(?:(?:that|which)\s+(?:[\w.&'’-]+\s+){1,8}?(?:placed|signed|awarded|had|has|held)\s+)?with\s+",
    )
});
static TO_OR_WITH: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:to|with)\s+"));
/// An indefinite contract phrase before a relative clause or participle, in the same clause.
static INDEFINITE_ANTECEDENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:a|an)\s+(?:[\w$£€.,'’-]+\s+){0,6}?(?:contract|order|agreement|deal|extension|award)s?\b[^;]*$",
    )
});
/// An amount counted over many contracts: "$776 billion in contracts".
static AGGREGATE_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s+(?:about\s+|more than\s+|nearly\s+|some\s+|over\s+|almost\s+|roughly\s+)?\$[\d.,]+(?:\s+(?:million|billion|trillion))?\s+(?:in|worth of)\s+(?:[\w-]+\s+){0,3}?(?:contracts|orders|awards|task orders|grants|agreements|deals)\b",
    )
});
/// A counted plural object over a period: "11 contracts for convenience in fiscal 2025",
/// "more than 40 orders this year", "several large technology contracts this year".
static TALLY_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s+(?:about\s+|more than\s+|nearly\s+|some\s+|over\s+|almost\s+|roughly\s+)?(?:\d[\d,]*|dozens\s+of|hundreds\s+of|several|many|numerous|multiple)\s+(?:[\w-]+\s+){0,2}?(?:contracts|orders|awards|task orders|agreements|deals|modifications|solicitations)\b[^.;]{0,60}?\b(?:in\s+(?:fiscal\s+(?:year\s+)?)?\d{4}|(?:last|this|each|every|per|a)\s+(?:fiscal\s+)?year|since\s+\d{4}|so\s+far)\b",
    )
});
/// A sentence that opens on a ruling: "In a decision dated July 17, GAO found …".
static PROTEST_DECISION: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^\s*in\s+(?:a|its|the)\s+(?:[\w-]+\s+)?decision\s+(?:dated|issued|released|published)\b")
});
/// Whether `text` tells of a year `years` or more before the story's ("in 2024" in 2026 for
/// two).
fn told_years_before(doc: &Document<'_>, text: &str, years: i32) -> bool {
    doc.dct.is_some_and(|d| {
        PAST_YEAR
            .captures_iter(text)
            .filter_map(|c| c.name("y")?.as_str().parse::<i32>().ok())
            .any(|y| y + years <= d.year)
    })
}

/// Whether the sentence `text` tells a party's award of years before the story: "Vector Tug
/// Co. won a $30 million agreement in 2024".
fn old_award(doc: &Document<'_>, text: &str) -> bool {
    WON_VERB.is_match(text) && told_years_before(doc, text, 2)
}

/// The verbs of a party that wins a contract.
static WON_VERB: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?:won|landed|secured|captured|clinched|snagged|booked)\s+(?:an?|its|the|their)\s")
});

/// A share of many actions: "sustained 13% of the protests it decided" (not "40 percent of the
/// work is complete").
static STATISTIC: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b\d+(?:\.\d+)?\s*(?:%|percent)\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+\s+)?(?:protests|contracts|awards|orders|cases|bids|actions|solicitations)\b",
    )
});
/// Words that say a date is the award's ("and an award early next year", "pick a new vendor
/// before the end of the year"), not a request for bids' ("put out for bids next year").
static AWARD_TIME_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?:award|awards|awarded|vendor|winner|contractor|select|choose|pick)\b")
});
/// A sentence that opens on the year it tells: "In 2016, the agency …", "Back in 2019 the Army".
static OPENS_ON_YEAR: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\W*(?:back\s+)?(?:in|during)\s+(?P<y>(?:19|20)\d\d)\b"));
/// A year an action is told in: "in 2024", "In 2019,".
static PAST_YEAR: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:in|during)\s+(?P<y>(?:19|20)\d\d)\b"));
/// An object that is an earlier contract or procurement: "an earlier telematics solicitation".
static EARLIER_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^\s+(?:an?|its|their|the)\s+(?:earlier|previous|prior|older|original)\b")
});
/// "issued a press release announcing the Contract": a release is no award.
static RELEASE_NOT_AWARD: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:press|news)\s+release\b|\bstatement\b"));
/// A prize or an honour as what is awarded or received ("has been awarded the National Award
/// of Excellence", "received a safety award from the guild", "won the gold medal"): read from
/// the trigger's start, no amount before it.
static PRIZE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[^.;$€£]{0,80}?\b(?:(?:awards?|prizes?|medals?)\s+(?:of|for)\s+(?:excellence|merit|distinction|achievement|honou?r|outstanding|best|innovation)|(?:safety|design|industry|excellence|achievement|innovation|merit|quality|environmental|sustainability|leadership|lifetime|community|gold|silver|bronze|platinum|top|annual|national|regional|state|builders?['’]?|readers?['’]?)\s+(?:awards?|prizes?|medals?|honou?rs?)|prizes?|medals?|trophy|trophies|accolades?)\b",
    )
});

/// Whether an award trigger at `at` in `text` gives a prize or an honour, no contract.
fn awards_prize(text: &str, at: usize, trigger_len: usize) -> bool {
    let window = &text[at..fields::floor_boundary(text, at + trigger_len + 100)];
    PRIZE.find(window).is_some_and(|p| {
        // "was awarded a contract to renovate Medal Park": a contract before it is the object.
        let before = &window[trigger_len.min(p.start())..p.start()];
        !["contract", "order", "agreement", "deal"]
            .iter()
            .any(|w| contains_ignore_case(before, w))
    })
}
/// The members listed in `span` ("Fulton Hogan and Downer", "X, Y and Z"), each a name.
fn member_names(text: &str, span: ByteSpan) -> Vec<ByteSpan> {
    let piece = &text[span.start..span.end];
    let mut out = Vec::new();
    let mut at = 0;
    for part in piece.split([',']).flat_map(|p| p.split(" and ")) {
        let Some(i) = piece[at..].find(part) else {
            continue;
        };
        let start = span.start + at + i;
        at += i + part.len();
        let part_span = ByteSpan::new(start, start + part.len());
        if let Some(name) = parties::trim_name(text, part_span)
            && text[name.start..name.end].starts_with(|c: char| c.is_uppercase())
        {
            out.push(name);
        }
    }
    out
}

/// "for Varrow to produce …": the party an option or a change is for.
static FOR_PARTY_TO: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\bfor\s+((?-i:\p{Lu})[\w&.'’-]*(?:\s+(?-i:\p{Lu})[\w&.'’-]*){0,4})\s+to\s+\w")
});
/// An unnamed group told by its members: "A joint venture of X and Y".
static MEMBERS_OF: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"^\s*{GROUP_OF}")));
/// A group named before its common noun, with its members in an appositive: "the Tasman
/// Rail Partners joint venture, made up of X and Y,".
static NAMED_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:the\s+)?(?P<name>(?-i:\p{Lu})[^,;]*?)\s+(?:joint\s+venture|consortium|team|partnership|alliance)(?:\s*,\s*(?:made\s+up\s+of|comprising|consisting\s+of|formed\s+by|which\s+(?:includes|comprises))\s+(?P<members>[^;]+?)\s*,)?\s*$",
    )
});
/// A speech verb that opens a reported clause: "said", "confirmed that".
static REPORTED_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:{SPEECH_VERBS})\s+(?:on\s+\w+\s+|\w+day\s+)?(?:that\s+)?"
    ))
});
/// What ends a trigger's clause before a later date: punctuation, a subordinate clause ("after
/// a protest filed in March", "which it won in 2019"), a deadline ("by 2028", a role the
/// keywords give), or a new verb phrase ("and expects to …").
static AFTER_TRIGGER_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"[,;:()]|\b(?:after|since|before|when|while|which|that|who|whose|until|by|following|because|as|if|and|but|or|amid|despite|than|replac\w*|previous\w*|earlier|prior|last|said|says)\b",
    )
});
/// Whether `between` (from a date to a trigger) is ", when" and a short subject: "on
/// Thursday, when the TARC board approved".
fn when_clause_subject(between: &str) -> bool {
    between
        .trim_start_matches(',')
        .trim_start()
        .strip_prefix("when ")
        .is_some_and(|subject| {
            !subject.contains([',', ';', ':', '.'])
                && (1..=6).contains(&subject.split_whitespace().count())
        })
}

/// A relative clause that tells the award of the contract: "which the Navy awarded in", "that
/// was awarded".
static BASE_AWARD_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:which|that)\s+(?:[\w.&'’-]+\s+){0,4}?(?:awarded|won)\s+(?:[\w-]+\s+){0,2}?(?:in|on)?\s*$",
    )
});
/// `text` without the "than" of bounds before an amount ("no more than $5 million", "less
/// than £2m"), which end no clause.
fn without_amount_bounds(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(" than ") {
        let (head, after) = (&rest[..i], &rest[i + " than ".len()..]);
        let bound = ["more", "less", "fewer"].iter().any(|w| head.ends_with(w))
            && after.starts_with(|c: char| c.is_ascii_digit() || "$£€¥".contains(c));
        out.push_str(head);
        out.push_str(if bound { " " } else { " than " });
        rest = after;
    }
    out.push_str(rest);
    out
}
/// Whether `between` (from a trigger to a date after it) stays in the trigger's clause: no
/// break, or only an appositive of the vendor's between commas ("amended its contract with
/// Telvane Systems, a unit of Brixworth plc, on Feb. 10").
fn unbroken_after_trigger(between: &str) -> bool {
    // "worth no more than $212 million this week": a bound on an amount goes on.
    let unbounded;
    let between = if between.contains(" than ") {
        unbounded = without_amount_bounds(between);
        unbounded.as_str()
    } else {
        between
    };
    // "awarded the contract, W900KK-26-D-0007, to X on Sept. 18": an identifier between commas
    // is the object's appositive.
    let without_ids;
    let between = if between.contains(',') {
        without_ids = without_id_appositives(between);
        without_ids.as_str()
    } else {
        between
    };
    if !AFTER_TRIGGER_BREAK.is_match(between) {
        return true;
    }
    // "has awarded its maintenance contract to X, confirming on Wednesday a decision …": a
    // participle that makes the action final dates it.
    if let Some(comma) = between.rfind(',')
        && {
            let mut words = between[comma + 1..].split_whitespace();
            words.next().is_some_and(|w| CONFIRMING.contains(&w))
                && matches!(words.next(), None | Some("on"))
                && words.next().is_none()
        }
        && !AFTER_TRIGGER_BREAK.is_match(&between[..comma])
    {
        return true;
    }
    let Some(comma) = between.find(',') else {
        return false;
    };
    APPOSITIVE.find(&between[comma..]).is_some_and(|m| {
        !AFTER_TRIGGER_BREAK.is_match(&between[..comma])
            && !AFTER_TRIGGER_BREAK.is_match(&between[comma + m.end()..])
    })
}

/// Participles that make an action final: the date right after one dates the action.
const CONFIRMING: &[&str] = &[
    "confirming",
    "finalizing",
    "finalising",
    "formalizing",
    "formalising",
    "ratifying",
];

/// `between` without the identifiers set off by commas (", W900KK-26-D-0007,", ", number
/// 68HERC25D0019,"): one token with a digit, after an optional "number" or "No.".
fn without_id_appositives(between: &str) -> String {
    let parts: Vec<&str> = between.split(',').collect();
    let mut out = String::with_capacity(between.len());
    let mut dropped = false;
    for (i, part) in parts.iter().enumerate() {
        let inner = i > 0 && i + 1 < parts.len();
        let token = part
            .trim()
            .trim_start_matches("number ")
            .trim_start_matches("No. ");
        let id = !token.is_empty()
            && !token.contains(char::is_whitespace)
            && token.bytes().any(|b| b.is_ascii_digit())
            && token
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if inner && id {
            dropped = true;
            continue;
        }
        if i > 0 && !dropped {
            out.push(',');
        }
        dropped = false;
        out.push_str(part);
    }
    out
}

/// An "if" or "whether" clause open at the end of the text before an option's verb.
static OPTION_CONDITION: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:if|unless|whether)\s+[^,;.]{0,50}$"));
/// A sentence that opens with a condition, up to the comma that ends it.
static CONDITION: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*(?:if|unless|should|in case)\s[^,;]{1,160},"));
/// A plan the buyer states ("plans to award", "is expected to award"), not a possibility ("may
/// award").
static STATED_PLAN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:plans|planned|intends|intended|expects|expected|is\s+scheduled|was\s+scheduled)\s+to\b",
    )
});
/// "by prime contractor X", "by the prime".
static BY_PRIME: LazyLock<Regex> = LazyLock::new(|| re(r"^\s+by\s+(?:(?:the|its)\s+)?prime\b"));
/// Whether a selection ending at `at` was made by a company ("selected by prime contractor X",
/// "chosen by X Inc. to"): a subcontract.
fn subcontract_by(text: &str, at: usize) -> bool {
    if BY_PRIME.is_match(&text[at..]) {
        return true;
    }
    let rest = &text[at..];
    let Some(after_by) = rest.strip_prefix(" by ") else {
        return false;
    };
    let from = at + (rest.len() - after_by.len());
    let to = fields::floor_boundary(text, (from + 120).min(text.len()));
    parties::leading_company(text, from, to)
        .is_some_and(|v| parties::ends_with_legal_suffix(&text[v.start..v.end]))
}
/// A stop-work order halts a contract; it awards none.
static STOP_WORK: LazyLock<Regex> = LazyLock::new(|| re(r"\bstop[\s-]work\s+orders?\b"));
/// A contract noun earlier in the clause of a relative-clause trigger.
static CONTRACT_BEFORE_RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:contracts?|recompetes?|modifications?|options?|orders?|agreements?|deals?|bpas?|idiqs?|extensions?|awards?)\b[^;]*$",
    )
});
/// "with" right after a modified contract, or after the contract an option is on ("the
/// second of three renewal options on its license with"): the party whose contract it is.
static WITH_PARTY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s+(?:(?:on|under|in)\s+(?:its|the|their|a|an)\s+(?:[\w-]+\s+){0,3}?(?:contract|agreement|license|licence|lease|deal)\s+)?with\s+",
    )
});
/// "a consortium led by X", "a team headed by Y": the vendor is the leader.
static LED_BY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:team|consortium|joint venture|partnership|group)\s+(?:led|headed)\s+by\s+",
    )
});
/// After the leader of a team: ", including Y and Z", "with Y", "joined by Y".
static TEAM_MEMBERS: LazyLock<Regex> =
    LazyLock::new(|| re(r"^,?\s+(?:including|with|alongside|joined\s+by)\s+"));
/// Nouns that describe a vendor instead of naming it ("a Virginia software firm").
const PARTY_NOUNS: &str = "firm|company|contractor|start-?up|business|subsidiary|unit|manufacturer|provider|maker|developer|supplier|shipbuilder|shipyard|venture|partnership|team|consortium";

/// "with a Virginia software firm, Datawise Inc.", "to defense software startup Quillon Labs",
/// "with incumbent Ardent Corp.", "with the Finnish crane maker X", "to 12 companies, including
/// X and Y",
/// "shortlisted two companies, X and Y", "to three suppliers — X, Y and Z —": a description
/// before the vendors' names.
static DESCRIPTOR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^\s*(?:{GROUP_OF}|(?:an?|the|our|its|their)\s+(?:[\w-]+\s+){{0,4}}?(?:{PARTY_NOUNS}|employer)\s*,\s*|(?-i:(?:(?:the|an?)\s+(?:[A-Z][\w-]*\s+){{1,2}})?(?:[a-z][\w-]*\s+){{0,3}}?(?:{PARTY_NOUNS}|incumbent))\s+|{COUNTED_PARTIES}\s*(?:,\s*(?:(?:including|among them|such as|namely)\s*)?|:\s*|(?:—|–|--)\s*|(?:including|among them|such as)\s*))",
    ))
});
/// A number of parties: "three contractors", "six small businesses", "12 companies".
const COUNTED_PARTIES: &str = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple)\s+(?:[\w-]+\s+)?(?:companies|firms|vendors|contractors|bidders|businesses|teams|suppliers|tenderers|consortia|consortiums)";
/// A group named by its members: "a consortium of X and Y", "a joint venture between X and Y".
const GROUP_OF: &str = r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:consortium|joint\s+venture|partnership|team)\s+(?:of|between|formed\s+by|made\s+up\s+of|comprising)\s+";
/// "appointed six contractors to …": counted parties as the object (their names follow a
/// colon, see [`counted_object_names`]).
static COUNTED_OBJECT: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"^\s*(?:the\s+|all\s+)?{COUNTED_PARTIES}\b")));

/// Where the names of counted parties start: "appointed six contractors to a four-year
/// framework …: X, Y and Z", after a colon within 250 characters of the same clause (no period
/// or semicolon before it). Checked in code: a bounded gap of any character but three makes a
/// large automaton.
fn counted_object_names(text: &str, from: usize, to: usize) -> Option<usize> {
    let m = COUNTED_OBJECT.find(&text[from..to])?;
    let rest = &text[from + m.end()..to];
    let (at, c) = rest
        .char_indices()
        .take(251)
        .find(|&(_, c)| matches!(c, '.' | ';' | ':'))?;
    if c != ':' {
        return None;
    }
    let after = &rest[at + 1..];
    Some(to - after.trim_start().len())
}
/// Verbs of a signature between two parties, either of whom may be the subject.
static MUTUAL_VERB: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:signed|signs|inked|inks|executed|executes|concluded|concludes|entered|enters)\b")
});
/// "a separate contract held by Meadowlark Simulation LLC": the vendor of a contract named
/// by its holder.
static HELD_BY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:contracts?|orders?|agreements?|deals?)(?:\s+(?:for|on|near|at|to)\s+[^,;.]{1,60},)?\s+(?:currently\s+|now\s+)?(?:held|run|operated|performed)\s+by\s+",
    )
});
/// An introductory phrase before a subject: "Separately,", "In a separate action,".
static INTRO_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:separately|meanwhile|additionally|also|in addition|elsewhere|likewise|similarly|in a separate (?:action|announcement|move|release|vote|deal)|earlier|later|finally)\s*,\s*",
    )
});
/// A filing's defined term after a name: `(the "Company")`.
static DEFINED_TERM: LazyLock<Regex> =
    LazyLock::new(|| re(r#"\s*\((?:the\s+)?["“][^"”]{1,40}["”]\)\s*$"#));
/// A party described, not named: "A Huntsville company", "a Wakefield-based firm".
static DESCRIBED_PARTY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^(?:an?|the)\s+(?:[\w.'’-]+\s+){{0,3}}?(?:{PARTY_NOUNS})$"
    ))
});
/// A recipient described, not named, after an award verb: "to a Denver firm".
static DESCRIBED_RECIPIENT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^[^.;]{{0,60}}?\bto\s+an?\s+(?:[\w.'’-]+\s+){{0,3}}?(?:{PARTY_NOUNS})\b"
    ))
});
/// A step of the bidding told on its own: the responses' deadline or a bidders' meeting.
static BIDDING_STEP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:(?:proposals|bids|offers|replies|responses|tenders|quotes|submissions|applications)\s+(?:are|were|will\s+be)\s+due|pre-?(?:bid|proposal|reply|response|offer|submission|tender|quote)\s+(?:meeting|conference|briefing)|market[- ]sounding\s+(?:session|event|meeting))\b",
    )
});
/// A sentence that opens by naming the party an event described: "The firm, Quarry Peak
/// Mobility, bid …".
static THE_PARTY_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^\s*the\s+(?:{PARTY_NOUNS})\s*,\s*(?:(?:led|headed)\s+by\s+)?"
    ))
});
/// The second member of a group after its leader: " of Hanover together with the Graz
/// integrator ", " and its partner ".
static TOGETHER_WITH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:\s+(?:of|from)\s+(?-i:[A-Z])[a-z]+)?,?\s+(?:together\s+with|along\s+with|and)\s+(?:(?:the|its)\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?-i:[a-z][a-z-]+)(?:\s+partner)?,?\s+)?",
    )
});
/// A local body named by its owner: "Metra's board", "Calderdale Council's cabinet", "the board
/// of Lakeside Regional Airport".
static BODY_OF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:the\s+)?((?-i:\p{Lu})[\w.&-]*(?:\s+(?-i:\p{Lu})[\w.&-]*){0,4})(?:['’]s\s+(?:board|council|commission|cabinet|trustees|directors|board of (?:directors|trustees|supervisors|commissioners|education))|\s+(?:trustees|commissioners|supervisors|aldermen|selectmen))\b|^\s*the\s+(?:board|commission|trustees|directors)\s+of\s+(?:the\s+)?((?-i:\p{Lu})[\w.&-]*(?:\s+(?-i:\p{Lu})[\w.&-]*){0,5})\s*$",
    )
});
/// A pronoun as the object of an award verb: "awarded it a $30 million contract", "picked it
/// for a contract", "has issued the firm a task order".
static PRONOUN_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:has|have|had)\s+)?(?:awarded|awards|selected|picked|chosen|chose|tapped|gave|handed|granted|issued|issues)\s+(?:it|us|the company|the firm)\s+(?:a|an|the|for|to)\b",
    )
});
/// The company of the story as the other party of a contract: "its contract with the company".
static WITH_THE_COMPANY: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^[^.;]{0,80}?\b(?:contract|agreement|deal|order)s?\s+with\s+the\s+(?:company|firm)\b")
});
/// Whether `name` is an office of a buyer named by its owner: "Army's Program Executive Office
/// for Aviation".
fn buyer_office(name: &str) -> bool {
    name.split_once(['\'', '\u{2019}'])
        .is_some_and(|(owner, rest)| rest.starts_with("s ") && parties::is_agency_like(owner))
}
/// A name described as a company by the appositive after it: "Voltaic Reach, a three-year-old
/// Boulder, Colorado, start-up that makes …".
static DESCRIBED_AS_PARTY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^,\s+(?:an?|the)\s+[^;.()]{{0,80}}?\b(?:{PARTY_NOUNS})\b"
    ))
});
/// Whether a passive award's subject is the work itself: "Work was awarded under contract
/// …", "The work is being awarded …" (a detail of the contract just told, no recipient).
fn work_subject(lead: &str) -> bool {
    const AUX: &[&str] = &["was", "is", "has", "have", "been", "being", "will", "be"];
    let mut words = lead
        .split_whitespace()
        .rev()
        .skip_while(|w| AUX.contains(w));
    let noun = words.next().is_some_and(|w| w.eq_ignore_ascii_case("work"));
    noun && words.next().is_none_or(|w| w.eq_ignore_ascii_case("the")) && words.next().is_none()
}
/// Whether the name at `v` is a piece of a home town told before a company noun: "Reston" and
/// "Virginia-based" of "the Reston, Virginia-based company" (not "Acme Corp., Tampa-based …").
fn home_town_piece(text: &str, v: ByteSpan) -> bool {
    let name = &text[v.start..v.end];
    if name.ends_with("-based") {
        return true;
    }
    let Some(after) = text[v.end..].strip_prefix(',') else {
        return false;
    };
    after
        .split_whitespace()
        .take(3)
        .take_while(|w| w.starts_with(char::is_uppercase))
        .any(|w| w.ends_with("-based"))
        && name.split_whitespace().count() <= 3
        && !parties::ends_with_legal_suffix(name)
}
/// A home town before a company's name: "Tampa-based ", "St. Louis-based ".
static BASED_IN: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*(?-i:\p{Lu})[\w.'’]*(?:\s+(?-i:\p{Lu})[\w.'’]*){0,2}-based\s+"));
/// An order placed under the vehicle already reported: "under the framework".
static UNDER_THE_VEHICLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\bunder\s+(?:the|that|this|its)\s+(?:[\w-]+\s+){0,2}?(?:framework|contract|agreement|vehicle|idiq|bpa)\b",
    )
});
/// A vote to buy a counted lot: "voted 6-1 Wednesday to buy 12 electric school buses".
static VOTE_TO_BUY_COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^vot(?:ed|es)\b[^.;]{0,40}?\bto\s+(?:buy|purchase)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|hundreds of)\s",
    )
});
/// The seller of goods bought through a dealer: "sold through its New England dealer, X".
static SOLD_THROUGH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:sold|supplied|bought|purchased|delivered)\s+(?:through|by|via)\s+(?:its|their|the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:dealer|distributor|reseller)\s*,\s*",
    )
});
/// "made the award": an award already told, by its buyer.
static MADE_THE_AWARD: LazyLock<Regex> = LazyLock::new(|| re(r"^made\s+(?:the|that|this)\s"));
/// "on its shipboard radio contract", "of the company's propulsion test engineering services
/// contract": the contract of the clause's speaker.
/// "on a separate task order the company has held since 2025": the same, told by a relative
/// clause.
static ITS_CONTRACT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[^.;]{0,60}?\b(?:on|under|to|of)\s+(?:(?:its|the\s+(?:company|firm|contractor)['’]s)\s+(?:[\w-]+\s+){0,4}?(?:contract|(?:task\s+|delivery\s+)?order|agreement)\b|(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?(?:contract|order|agreement)\s+(?:that\s+|which\s+)?(?:the\s+(?:company|firm)|it)\s+(?:has|had|have)\s+(?:held|won|run|performed)\b)",
    )
});
/// "with its operator, X": the other party of a contract before a relative clause.
static RELATIVE_WITH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\bwith\s+(?:(?:its|the|their)\s+(?:[\w-]+\s+){0,2}?(?:operator|incumbent|contractor|vendor|provider|supplier|developer|manufacturer|builder)\s*,\s*)?",
    )
});
/// "… under a £28m contract" right before a participle: the subject works under it.
static UNDER_CONTRACT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\bunder\s+(?:a|an|the|its|their)\s+(?:[\w$£€.,'’-]+\s+){0,5}?(?:contract|order|agreement|deal)(?:\s+(?:worth|valued\s+at)\s+[^,;]{1,40})?\s*,?\s*$",
    )
});
/// A local body named by its common noun after a participle: "approved by commissioners",
/// "signed by the school board".
static BY_LOCAL_BODY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s+(?:(?:on\s+)?\w+\s+)?by\s+(?:the\s+)?(?P<body>(?:(?:city|county|town|village|school|district|state|port|transit)\s+)?(?:commissioners|supervisors|trustees|aldermen|selectmen|council\s+members|board\s+members|council|board|commission|committee|legislature))\b",
    )
});
/// "The winning bidder is X", "The low bidder was Y": the vendor named in a later sentence.
static WINNING_BIDDER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*the\s+(?:(?:winning|successful|apparent\s+low|low|lowest)\s+(?:bidder|offeror|tenderer|bid)|winner|awardee|successful\s+(?:supplier|contractor|provider))\s+(?:is|was|were|are)\s+(?:the\s+)?",
    )
});
/// A sentence about the contract just told, by its pronoun: "It was awarded by the command in
/// March", "It was awarded as a firm-fixed-price contract".
static IT_WAS_AWARDED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*It\s+(?:was|had\s+been|has\s+been)\s+(?:\w+\s+)?awarded\s+(?:by|in|on|as|under|through|without|after|following|last|earlier)\b",
    )
});
/// Verbs of buying, whose seller follows "from".
static PURCHASE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:ordered|ordering|purchased|purchasing|bought|buying)\b|\bto\s+(?:buy|purchase|procure|acquire)$",
    )
});
static FROM: LazyLock<Regex> = LazyLock::new(|| re(r"\bfrom\s+"));
/// "for" before a lower-case word: the purpose, after which no vendor is named.
static PURPOSE_FOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\sfor\s+(?:the\s+)?\p{Ll}").expect("valid"));

/// Agency and vendors named around the triggers of a sentence.
fn trigger_parties(
    doc: &Document<'_>,
    found: &Mentions,
    s: ByteSpan,
    triggers: &[Trigger],
    zones: &[ByteSpan],
) -> (Option<(ByteSpan, AgencySource)>, Vec<ByteSpan>) {
    let text = doc.text;
    let mut agency: Option<(ByteSpan, AgencySource)> = None;
    let mut vendors: Vec<ByteSpan> = Vec::new();
    let add_vendor = |v: ByteSpan, vendors: &mut Vec<ByteSpan>| {
        let name = &text[v.start..v.end];
        // "shipments to Ukraine": a country or state is no vendor.
        // "A Huntsville company has been awarded": a description, the name comes later.
        // "The indefinite-delivery, indefinite-quantity contracts, managed by …, were awarded":
        // a determiner left of a subject that is no name.
        let determiner = ["the", "a", "an", "this", "that", "its", "their"]
            .iter()
            .any(|d| name.trim().eq_ignore_ascii_case(d));
        // "to the Reston, Virginia-based company": a home town split at its comma is no name.
        // "with the Army's Program Executive Office for Aviation": an office of a buyer.
        if home_town_piece(text, v) || buyer_office(name) {
            return;
        }
        if !determiner
            && !parties::is_agency_like(name)
            && !parties::is_forum(name)
            && !parties::is_place(name)
            && !DESCRIBED_PARTY.is_match(name)
            && !CONTRACT_ACTION_NAME.is_match(name)
            && !in_zones(zones, v)
        {
            push_unique(vendors, v);
        }
    };
    let first = triggers[0];
    let after_first = first.span.end;
    // "was awarded to X", "was awarded jointly to X and Y".
    let passive_to = {
        let rest = text[first.span.end..s.end].trim_start();
        let rest = match rest.split_once(' ') {
            Some((adverb, tail)) if adverb.len() > 3 && adverb.ends_with("ly") => tail,
            _ => rest,
        };
        rest.starts_with("to ")
    };
    let shape = if first.rule.shape == Shape::RecipientSubject && passive_to {
        Shape::ContractSubject
    } else {
        first.rule.shape
    };
    match shape {
        Shape::RecipientSubject => {
            let start = dateline_end(text, s);
            let start = start.max(fields::ceil_boundary(
                text,
                first.span.start.saturating_sub(3000),
            ));
            // A dateline found past the trigger (in a fragment of a text) leaves no subject.
            let start = start.min(first.span.start);
            // "Separately, Lumen Ridge has been selected": the adverb is no vendor.
            let start = start
                + INTRO_PHRASE
                    .find(&text[start..first.span.start])
                    .map_or(0, |m| m.end());
            // "On September 28, 2026, Corran Technologies Inc. was awarded": nor is the date.
            let start =
                skip_leading_date(doc, found, start, first.span.start).min(first.span.start);
            // "the office confirmed that Ardmore Civil Ltd has been named": the subject of the
            // reported clause.
            // (Not "X announced that it has been awarded": the pronoun needs its speaker.)
            let start = start
                + REPORTED_CLAUSE
                    .find_iter(&text[start..first.span.start])
                    .last()
                    .filter(|m| {
                        let rest = &text[start + m.end()..first.span.start];
                        // "said the Tasman Rail Partners joint venture was selected".
                        let rest = rest.strip_prefix("the ").unwrap_or(rest);
                        rest.starts_with(|c: char| c.is_uppercase())
                            && !["It ", "We ", "The company", "The firm"]
                                .iter()
                                .any(|p| rest.starts_with(p))
                    })
                    .map_or(0, |m| m.end());
            // "A joint venture of Fulton Hogan and Downer has been named": the members.
            let members = MEMBERS_OF.find(&text[start..first.span.start]);
            let start = start + members.map_or(0, |m| m.end());
            // "Boeing Co. has been awarded": the auxiliary is no part of the name.
            let subject = ByteSpan::new(start, strip_auxiliaries(text, start, first.span.start));
            // "the Tasman Rail Partners joint venture, made up of X and Y, was selected": the
            // group by its name, then its members.
            let mut group_members = Vec::new();
            let subject = match NAMED_GROUP.captures(&text[subject.start..subject.end]) {
                Some(c) if members.is_none() => {
                    if let Some(m) = c.name("members") {
                        let m = ByteSpan::new(subject.start + m.start(), subject.start + m.end());
                        group_members = member_names(text, m);
                    }
                    c.name("name").map_or(subject, |n| {
                        ByteSpan::new(subject.start + n.start(), subject.start + n.end())
                    })
                }
                _ => subject,
            };
            // "Leidos Holdings Inc. announced Monday that it has been awarded": the pronoun
            // stands for the subject of the speech verb.
            if work_subject(&text[subject.start..subject.end]) {
                // "Work was awarded under contract …": the work, no recipient.
            } else if let Some(v) = speaker_for_pronoun(text, subject) {
                add_vendor(v, &mut vendors);
            } else {
                let ids: Vec<ByteSpan> = within(&found.contracts, subject)
                    .map(|k| span_of(&found.contracts[k]))
                    .collect();
                let listed = if members.is_some() {
                    member_names(text, subject)
                } else {
                    parties::recipient_vendors(text, subject, &ids)
                };
                // "Huntington Ingalls Industries' Newport News Shipbuilding division has been
                // awarded": no "Name, City, State" list, but a company opens the subject.
                let listed = if listed.is_empty() {
                    parties::leading_company(text, subject.start, subject.end)
                        .into_iter()
                        .collect()
                } else {
                    listed
                };
                // "Kessel Logistik GmbH of Bremen and Arvena Energy SA": two companies, each
                // with its legal suffix.
                let listed = match listed.as_slice() {
                    [v] => {
                        let split = parties::name_list(text, v.start, subject.end);
                        let companies = split.len() >= 2
                            && text[v.start..subject.end].contains(" and ")
                            && split
                                .iter()
                                .all(|x| parties::ends_with_legal_suffix(&text[x.start..x.end]));
                        if companies { split } else { listed }
                    }
                    _ => listed,
                };
                for v in listed {
                    add_vendor(v, &mut vendors);
                }
            }
            for v in group_members {
                add_vendor(v, &mut vendors);
            }
        }
        Shape::AgencySubject => {
            // A plain award verb's subject is its buyer; an everyday verb's only when it is
            // known as one.
            let lenient = !first.rule.weak
                && matches!(
                    first.stage,
                    Stage::Award | Stage::Modification | Stage::Option | Stage::PlannedAward
                );
            if let Some(a) = subject_agency(doc, found, s, first.span.start, lenient) {
                agency = Some((a, AgencySource::Subject));
            } else if MUTUAL_VERB.is_match(doc.slice(first.span))
                && let Some(v) = subject_vendor(doc, found, s, first.span.start)
                && (is_organisation(doc, found, v) || DESCRIBED_AS_PARTY.is_match(&text[v.end..]))
            {
                // "The company said it had inked a $230 million agreement with the IRS": a
                // signature's subject that is no buyer is the vendor.
                add_vendor(v, &mut vendors);
            }
            // Vendors come before what is bought ("— for commercial cargo resupply services to
            // the International Space Station").
            // ", for two vessels, to Saltmarsh": a purpose between commas leaves the vendors
            // after it.
            let until = PURPOSE_FOR
                .find(&text[after_first..s.end])
                .filter(|m| {
                    let inserted = text[..after_first + m.start()].ends_with(',')
                        && text[after_first + m.end()..s.end]
                            .split(['.', ';'])
                            .next()
                            .is_some_and(|r| r.contains(", to "));
                    !inserted
                })
                .map_or(s.end, |m| after_first + m.start());
            // The first object follows the verb ("gave X a $5 million option" matches as a
            // whole) or the whole trigger ("announced the award of X"); an auxiliary the match
            // opens with is not the verb ("has selected X as preferred bidder").
            let matched = doc.slice(first.span);
            let aux = ["has ", "have ", "had "]
                .iter()
                .find(|a| {
                    matched
                        .get(..a.len())
                        .is_some_and(|w| w.eq_ignore_ascii_case(a))
                })
                .map_or(0, |a| a.len());
            let verb_end = first.span.start
                + aux
                + matched[aux..]
                    .find(char::is_whitespace)
                    .unwrap_or(matched.len() - aux);
            let mut object = direct_object_vendors(found, text, verb_end, until, s.end);
            if object.is_empty() {
                object = direct_object_vendors(found, text, after_first, until, s.end);
            }
            // "appointed six contractors to a framework …: X, Y and Z".
            if object.is_empty()
                && let Some(names) = counted_object_names(text, verb_end, s.end)
            {
                object = parties::name_list(text, names, s.end);
            }
            for v in &object {
                add_vendor(*v, &mut vendors);
            }
            // "extended Boeing's contract", "exercised an option on a Tidewater contract": the
            // vendor as the contract's owner.
            if object.is_empty()
                && let Some(v) = possessive_vendor(text, verb_end.min(until), until)
                    .or_else(|| attributive_vendor(doc, found, verb_end.min(until), until))
            {
                object.push(v);
                add_vendor(v, &mut vendors);
            }
            // "awarded X a contract to build …": after a first-object vendor, "to" starts the
            // purpose.
            let until = if object.is_empty() {
                until
            } else {
                after_first
            };
            // "… A $46,250,000 CONTRACT TO ALLEGHENY LINEN CO. TO WASH AND DELIVER SHEETS": in
            // capitals every word looks like a name, and the "TO" of the purpose after the
            // vendor names none.
            let capitals = !text[s.start..s.end].chars().any(char::is_lowercase);
            for m in TO_OR_WITH.find_iter(&text[after_first..until]) {
                if capitals && !vendors.is_empty() {
                    break;
                }
                let from = after_first + m.end();
                // "to award a design-build contract to a team led by X": the leader.
                let led = LED_BY.find(&text[from..until]);
                let from = from + led.map_or(0, |d| d.end());
                let from = from + DESCRIPTOR.find(&text[from..until]).map_or(0, |d| d.end());
                let mut prev_end = from;
                for v in parties::name_list(text, from, until) {
                    if capitals
                        && text[prev_end..v.start]
                            .split_whitespace()
                            .any(|w| w == "TO")
                    {
                        break;
                    }
                    prev_end = v.end;
                    add_vendor(v, &mut vendors);
                }
                // "to a team led by X, including Y and Z": the members share the award.
                if led.is_some()
                    && prev_end > from
                    && let Some(members) = TEAM_MEMBERS.find(&text[prev_end..until])
                {
                    for v in parties::name_list(text, prev_end + members.end(), until) {
                        add_vendor(v, &mut vendors);
                    }
                }
            }
            // "awarded the civil contract for the extension to Deccan Infratech Ltd": the
            // recipient after what is bought, when it is plainly a company.
            if vendors.is_empty() && object.is_empty() && until < s.end {
                let company = TO_OR_WITH
                    .find_iter(&text[until..s.end])
                    .take(3)
                    .filter(|m| m.as_str().starts_with("to"))
                    .find_map(|m| {
                        let from = until + m.end();
                        // "to three contractors: X, Y and Z": described as parties, all of them.
                        if let Some(d) = DESCRIPTOR.find(&text[from..s.end]) {
                            let listed = parties::name_list(text, from + d.end(), s.end);
                            return (!listed.is_empty()).then_some(listed);
                        }
                        parties::name_list(text, from, s.end)
                            .first()
                            .copied()
                            .filter(|&v| {
                                parties::ends_with_legal_suffix(doc.slice(v))
                                    && !parties::is_agency_like(doc.slice(v))
                            })
                            .map(|v| vec![v])
                    });
                for v in company.into_iter().flatten() {
                    add_vendor(v, &mut vendors);
                }
            }
            // "ordering $28.3 million in services from Kestrel Analytics": a purchase names
            // its seller after "from"; "Nordhavn Marine ASA said the Coast Guard had ordered 12
            // boats": or tells of it.
            let purchase = PURCHASE_VERB.is_match(doc.slice(first.span));
            if purchase && vendors.is_empty() {
                let seller = match FROM.find(&text[first.span.start..s.end]) {
                    // "from a single company, Vireon Instruments Inc.": the name after its
                    // description.
                    Some(m) => {
                        let from = first.span.start + m.end();
                        let from =
                            from + DESCRIPTOR.find(&text[from..s.end]).map_or(0, |d| d.end());
                        parties::name_list(text, from, s.end).into_iter().next()
                    }
                    None => ATTRIBUTION_VERB
                        .find_iter(&text[s.start..first.span.start])
                        .last()
                        .and_then(|said| {
                            let said = s.start + said.start();
                            parties::trailing_name(text, dateline_end(text, s).min(said), said)
                        })
                        .filter(|v| parties::ends_with_legal_suffix(doc.slice(*v))),
                };
                if let Some(v) = seller {
                    add_vendor(v, &mut vendors);
                }
            }
        }
        Shape::ContractSubject => {
            let base = fields::floor_boundary(text, after_first.saturating_sub(3));
            if let Some(m) = TO_OR_WITH.find(&text[base..s.end]) {
                let from = base + m.end();
                // "a contract has been awarded to the company by the Coast Guard": the company
                // the story is about.
                let recipient = text[from..s.end].split([',', ';', '.']).next();
                let recipient = recipient.and_then(|r| r.split(" by ").next());
                if recipient.is_some_and(|r| COMPANY_NOUN.is_match(r.trim_end()))
                    && let Some(v) = story_company(doc, found)
                {
                    add_vendor(v, &mut vendors);
                }
                let from = from + DESCRIPTOR.find(&text[from..s.end]).map_or(0, |d| d.end());
                for v in parties::name_list(text, from, s.end) {
                    add_vendor(v, &mut vendors);
                }
            }
        }
        Shape::VendorSubject => {
            if let Some(v) = subject_vendor(doc, found, s, first.span.start) {
                add_vendor(v, &mut vendors);
            }
        }
        Shape::ProtestParties => {
            if let Some(m) = PROTESTER.find(&text[s.start..s.end]) {
                for v in parties::name_list(text, s.start + m.end(), s.end)
                    .into_iter()
                    .take(1)
                {
                    add_vendor(v, &mut vendors);
                }
            } else if let Some(v) = subject_vendor(doc, found, s, first.span.start) {
                // "X has filed a protest": the protester is the subject.
                add_vendor(v, &mut vendors);
            }
        }
    }
    // "X had challenged the agency's choice of Y": the awardee a protester challenges is a
    // party too.
    if first.stage == Stage::Protest
        && vendors.len() == 1
        && let Some(m) = CHOICE_OF.find(&text[first.span.start..s.end])
        && let Some(y) = parties::name_list(text, first.span.start + m.end(), s.end)
            .into_iter()
            .next()
            .filter(|y| is_organisation(doc, found, *y))
    {
        add_vendor(y, &mut vendors);
    }
    // A contract told before its relative clause names its vendor there: "a bridge contract …
    // with its operator, Tamberlane Software Inc., which the department signed"; "Calderbrook
    // provides interim support under a £28m contract awarded in March 2025".
    if first.rule.relative && vendors.is_empty() {
        let from = fields::ceil_boundary(text, first.span.start.saturating_sub(300).max(s.start));
        let before = &text[from..first.span.start];
        if let Some(m) = RELATIVE_WITH.find_iter(before).last() {
            for v in parties::name_list(text, from + m.end(), first.span.start)
                .into_iter()
                .take(1)
            {
                add_vendor(v, &mut vendors);
            }
        } else if let Some(m) = UNDER_CONTRACT.find(before) {
            let start = dateline_end(text, s);
            // "The firm will resurface 46 miles of roads under …": the company named last
            // before the sentence.
            let story = || {
                let lead = text[start..from + m.start()].trim_start();
                if !STORY_COMPANY_SUBJECTS.iter().any(|p| lead.starts_with(p)) {
                    return None;
                }
                orgs_before(found, s.start)
                    .map(|e| ByteSpan::new(e.byte_start, e.byte_end))
                    .find(|&e| {
                        let name = doc.slice(e);
                        !parties::is_agency_like(name) && !parties::is_forum(name)
                    })
            };
            if let Some(v) = parties::leading_company(text, start, from + m.start())
                .filter(|v| is_organisation(doc, found, *v))
                .or_else(story)
            {
                add_vendor(v, &mut vendors);
            }
        }
    }
    // "extended … a separate contract held by X": the holder of a modified contract.
    if matches!(
        first.stage,
        Stage::Modification | Stage::Option | Stage::Cancellation
    ) && vendors.is_empty()
        && let Some(m) = HELD_BY.find(&text[first.span.start..s.end])
    {
        for v in parties::name_list(text, first.span.start + m.end(), s.end)
            .into_iter()
            .take(1)
        {
            add_vendor(v, &mut vendors);
        }
    }
    // "exercised a $94.2 million option under contract N00024-24-C-5311 for Varrow to produce
    // …": the party the option is for.
    if matches!(first.stage, Stage::Modification | Stage::Option)
        && vendors.is_empty()
        && let Some(c) = FOR_PARTY_TO.captures(&text[first.span.end..s.end])
        && let Some(g) = c.get(1)
    {
        let v = ByteSpan::new(first.span.end + g.start(), first.span.end + g.end());
        if within(&found.entities, v).any(|k| found.entities[k].kind == EntityType::Org) {
            add_vendor(v, &mut vendors);
        }
    }
    // The awardee of a protested or cancelled award: "the award of … to Y", "a $96 million
    // contract with Y", "an order that CBP placed with Y".
    if matches!(first.stage, Stage::Protest | Stage::Cancellation)
        && let Some(m) = AWARD_TO
            .find(&text[s.start..s.end])
            .or_else(|| CONTRACT_WITH.find(&text[s.start..s.end]))
    {
        for v in parties::name_list(text, s.start + m.end(), s.end)
            .into_iter()
            .take(1)
        {
            add_vendor(v, &mut vendors);
        }
    }
    // "Quillon … received the contract from Army Contracting Command": the buyer a vendor
    // received it from.
    if agency.is_none()
        && shape == Shape::VendorSubject
        && let Some(m) = FROM.find(&text[after_first..s.end])
        && let Some(a) = parties::leading_name(text, after_first + m.end(), s.end)
        && parties::is_agency_like(&text[a.start..a.end])
        && !in_zones(zones, a)
    {
        agency = Some((a, AgencySource::By));
    }
    // "Naval Air Systems Command awarded it a contract", "had picked it for a contract": the
    // pronoun stands for the company the story is about.
    if vendors.is_empty()
        && shape == Shape::AgencySubject
        && PRONOUN_OBJECT.is_match(&text[first.span.start..s.end])
        && let Some(v) = story_company(doc, found)
    {
        add_vendor(v, &mut vendors);
    }
    // "the Army exercised a $9.8 million option on its support contract with the company":
    // the company the story is about.
    if vendors.is_empty()
        && shape == Shape::AgencySubject
        && WITH_THE_COMPANY.is_match(&text[first.span.end..s.end])
        && let Some(v) = story_company(doc, found)
    {
        add_vendor(v, &mut vendors);
    }
    // "Halvorsen also disclosed that the Navy exercised an option on its radio contract": the
    // company that speaks owns the contract.
    if matches!(first.stage, Stage::Modification | Stage::Option)
        && vendors.is_empty()
        && ITS_CONTRACT.is_match(&text[first.span.end..s.end])
        && let Some(b) = CLAUSE_BOUNDARY
            .find_iter(&text[s.start..first.span.start])
            .last()
            .filter(|b| is_speech_boundary(b.as_str()))
        && let Some(v) = {
            let from = dateline_end(text, s).min(s.start + b.start());
            // "The Company also announced that …": the filer, named by its defined term.
            let lead = text[from..s.start + b.start()].trim_start();
            if STORY_COMPANY_SUBJECTS.iter().any(|p| lead.starts_with(p)) {
                story_company(doc, found)
            } else {
                parties::leading_company(text, from, s.start + b.start())
                    .filter(|v| is_organisation(doc, found, *v))
            }
        }
    {
        add_vendor(v, &mut vendors);
    }
    // "… by the Army", then "to the U.S. Navy": agencies named after the trigger.
    if agency.is_none() {
        for (pattern, source) in [
            (&*BY_AGENCY, AgencySource::By),
            (&*MENTIONED_AGENCY, AgencySource::Mentioned),
        ] {
            for m in pattern.find_iter(&text[after_first..s.end]) {
                let from = after_first + m.end();
                if let Some(a) = parties::leading_name(text, from, s.end)
                    && parties::is_agency_like(&text[a.start..a.end])
                    && !in_zones(zones, a)
                {
                    agency = Some((a, source));
                    break;
                }
            }
            if agency.is_some() {
                break;
            }
            if source == AgencySource::By {
                agency =
                    attributed_agency(doc, found, s, zones).map(|a| (a, AgencySource::Attribution));
                if agency.is_some() {
                    break;
                }
            }
        }
    }
    // "a contract worth $17.3 million, approved by commissioners on Tuesday".
    if agency.is_none()
        && first.rule.relative
        && let Some(b) = BY_LOCAL_BODY
            .captures(&text[after_first..s.end])
            .and_then(|c| c.name("body"))
    {
        agency = Some((
            ByteSpan::new(after_first + b.start(), after_first + b.end()),
            AgencySource::By,
        ));
    }
    if agency.is_none() {
        agency = modifier_agency(doc, found, s, zones).map(|a| (a, AgencySource::Mentioned));
    }
    (agency, vendors)
}

/// The vendor named as the subject of the trigger at `pos` ("Google had won", "Acme Widgets
/// Inc., of Dayton, Ohio, won", "Separately, Raytheon won").
fn subject_vendor(
    doc: &Document<'_>,
    found: &Mentions,
    s: ByteSpan,
    pos: usize,
) -> Option<ByteSpan> {
    let text = doc.text;
    let lo = fields::ceil_boundary(text, pos.saturating_sub(fields::REACH).max(s.start));
    let region = &text[lo..pos];
    let clause_start = CLAUSE_BOUNDARY
        .find_iter(region)
        .last()
        .map_or(dateline_end(text, s).max(lo), |m| lo + m.end());
    let clause_start = skip_leading_date(doc, found, clause_start, pos).min(pos);
    // "Quillon Range Technologies Inc., which employs about 240 people …, received": the
    // subject before a closed relative clause.
    // "Meridel Health Services, which has handled … for a decade, has sued": the same after
    // the auxiliary.
    if let Some(b) = CLAUSE_BOUNDARY.find_iter(region).last()
        && b.as_str().contains("which")
        && text[lo + b.end()..strip_auxiliaries(text, lo + b.end(), pos)]
            .trim_end()
            .ends_with(',')
    {
        let start = dateline_end(text, s).max(lo).min(lo + b.start());
        if let Some(v) = parties::leading_company(text, start, lo + b.start()) {
            return Some(v);
        }
    }
    // "is a setback for Meridale Health Informatics, which won the contract": the name the
    // relative pronoun stands for.
    if let Some(b) = CLAUSE_BOUNDARY.find_iter(region).last()
        && WHICH.is_match(b.as_str())
        && lo + b.end() == clause_start
        && text[clause_start..strip_auxiliaries(text, clause_start, pos)]
            .trim()
            .is_empty()
        && let Some(v) = parties::trailing_name(text, lo, lo + b.start())
        && is_organisation(doc, found, v)
    {
        return Some(v);
    }
    // "Airbus, has won": the name before the auxiliary.
    let end = strip_auxiliaries(text, clause_start, pos);
    // "Halloran Medical Supply, Inc. (the "Company") entered into": the defined term is no name.
    if let Some(m) = DEFINED_TERM.find(&text[clause_start..end]) {
        return parties::leading_company(text, clause_start, clause_start + m.start());
    }
    // "Bell Textron Inc. said on Monday it had won": the pronoun stands for the subject of
    // "said".
    let subject = text[clause_start..end].trim().to_lowercase();
    let pronoun = ["it", "the company", "the firm", "we"].contains(&subject.as_str());
    if pronoun
        && let Some(b) = CLAUSE_BOUNDARY.find_iter(region).last()
        && is_speech_boundary(b.as_str())
    {
        let start = dateline_end(text, s);
        let said_at = lo + b.start();
        if start < said_at {
            let start = start
                + text[start..said_at]
                    .find("-based ")
                    .map_or(0, |i| i + "-based ".len());
            // "The company also said it had inked …": the company the story is about.
            let speaker = text[start..said_at].trim().to_lowercase();
            if COMPANY_NOUN.is_match(&speaker) {
                return story_company(doc, found);
            }
            return parties::leading_company(text, start, said_at);
        }
    }
    // "the contract, which the company won in March": the company the story is about.
    if COMPANY_NOUN.is_match(&subject) {
        return story_company(doc, found);
    }
    let trailing = parties::trailing_name(text, clause_start, end);
    // "BrightPath, based in Dallas, won": the trailing name is where the subject is based.
    if let Some(t) = trailing
        && let Some(m) = BASED_IN_PLACE.find(&text[clause_start..t.start])
    {
        return parties::leading_name(text, clause_start, clause_start + m.start())
            .filter(|n| within(&found.dates, *n).next().is_none());
    }
    let leading = parties::leading_company(text, clause_start, end);
    let name = match (trailing, leading) {
        // "Acme Widgets Inc., of Dayton, Ohio, won": the trailing run is the vendor's place.
        // "Brolga Systems, the Australian arm of U.S.-based Corran Aerospace, won": the
        // company before an appositive that describes it.
        (Some(t), Some(l))
            if l.end <= t.start
                && (parties::is_place(&text[t.start..t.end])
                    || parties::ends_with_legal_suffix(&text[l.start..l.end])
                        && text[l.end..t.start].trim_start().starts_with(',')
                    || APPOSITIVE_OPENING.is_match(&text[l.end..t.start])) =>
        {
            Some(l)
        }
        (Some(t), _) => Some(t),
        (None, _) => parties::leading_name(text, clause_start, end),
    };
    // "The complaint, filed under seal on Sept. 8, challenges": a date is no company.
    name.filter(|n| within(&found.dates, *n).next().is_none())
}

/// The opening of an appositive after a name: ", the Australian arm of", ", a unit of".
static APPOSITIVE_OPENING: LazyLock<Regex> = LazyLock::new(|| re(r"^,\s+(?:a|an|the)\s"));
/// Where a subject is based, right before the place: "BrightPath, based in ".
static BASED_IN_PLACE: LazyLock<Regex> =
    LazyLock::new(|| re(r",\s+(?:which\s+is\s+)?(?:based|headquartered|located)\s+in\s+$"));

/// A company named by its common noun: "the company", "the firm" (with an adverb after it).
static COMPANY_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^the\s+(?:company|firm|contractor)(?:\s+(?:also|then|later|separately|recently))?$")
});

/// Names of formats and wires that open stories but are no company of the story.
const NOT_STORY_COMPANY: &[&str] = &[
    "Q&A",
    "FAQ",
    "PRNewswire",
    "Business Wire",
    "GlobeNewswire",
    "Reuters",
    "AP",
];

/// How many sentences from the start (the headline and the lead) name the company a story is
/// about.
const STORY_LEAD: usize = 3;

/// The company a story is about, for "the company" in its body: the first organisation of
/// the headline or the lead that is neither an agency nor a court, one with a legal suffix
/// ("Quarry Hill Federal Inc.") first.
fn story_company(doc: &Document<'_>, found: &Mentions) -> Option<ByteSpan> {
    let lead = doc
        .sentences
        .get(STORY_LEAD.min(doc.sentences.len()).checked_sub(1)?)?
        .span;
    let candidates: Vec<ByteSpan> = within(&found.entities, ByteSpan::new(0, lead.end))
        .filter(|&k| found.entities[k].kind == EntityType::Org)
        .map(|k| span_of(&found.entities[k]))
        .filter(|&e| {
            let name = doc.slice(e);
            !parties::is_agency_like(name)
                && !parties::is_forum(name)
                && !NOT_STORY_COMPANY.contains(&name)
        })
        .collect();
    candidates
        .iter()
        .find(|&&e| parties::ends_with_legal_suffix(doc.slice(e)))
        .or_else(|| candidates.first())
        .copied()
}

/// The end of `text[from..to]` without trailing auxiliaries and adverbs ("Airbus, has",
/// "Boeing Co. has also").
fn strip_auxiliaries(text: &str, from: usize, to: usize) -> usize {
    const AUX: &[&str] = &[
        "has", "have", "had", "is", "was", "were", "are", "will", "would", "also", "recently",
        "just", "been", "be", "now", "jointly", "each",
    ];
    let from = from.min(to);
    let mut end = to;
    for _ in 0..6 {
        let head = text[from..end].trim_end();
        let last = head.rsplit(char::is_whitespace).next().unwrap_or("");
        if !last.is_empty() && AUX.contains(&last.to_lowercase().as_str()) {
            end = from + head.len() - last.len();
        } else {
            break;
        }
    }
    end
}

/// What may follow a verb's first object when that object is the vendor: "awarded Lockheed
/// Martin a $250 million contract", "selected Blue Origin to develop", "the selection of X for".
static DIRECT_OBJECT_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^,?\s*(?:(?:a|an|the|its|one|two|three|four|five|six|seven|eight|nine|ten|several|to|for|as|under|over|after)\b|\$)",
    )
});

/// The vendors named right after an award verb, as its first object ("selected X and Y to
/// build …").
fn direct_object_vendors(
    found: &Mentions,
    text: &str,
    from: usize,
    to: usize,
    sentence_end: usize,
) -> Vec<ByteSpan> {
    if from >= to {
        return Vec::new();
    }
    // "picked a consortium led by Bechtel National Inc. to manage …".
    let from = from + LED_BY.find(&text[from..to]).map_or(0, |m| m.end());
    // "shortlisted two companies, Harbourline Defence and Southern Cross Aerotech, for …".
    let from = from + DESCRIPTOR.find(&text[from..to]).map_or(0, |m| m.end());
    // "picked Tampa-based Gulfline Civil Constructors LLC": the home town is no part of the name.
    let from = from + BASED_IN.find(&text[from..to]).map_or(0, |m| m.end());
    let names = parties::name_list(text, from, to);
    let (Some(&v), Some(&last)) = (names.first(), names.last()) else {
        return Vec::new();
    };
    let gap = text[from..v.start].trim();
    if !(gap.is_empty() || gap == "the") {
        return Vec::new();
    }
    // "awarded Monday a contract", "released solicitation N00024-21-R-4412 for": a date or an
    // identifier is no vendor.
    let wide = ByteSpan::new(v.start.saturating_sub(64), v.end);
    let overlaps = |d: ByteSpan| d.overlaps(v);
    if within(&found.dates, wide).any(|k| overlaps(span_of(&found.dates[k])))
        || within(&found.contracts, wide).any(|k| overlaps(span_of(&found.contracts[k])))
    {
        return Vec::new();
    }
    let next = parties::skip_attachments(text, last.end, sentence_end);
    let next = parties::skip_city_state(text, next, sentence_end);
    if DIRECT_OBJECT_NEXT.is_match(&text[next..sentence_end]) {
        names
    } else {
        Vec::new()
    }
}

/// "Boeing's contract", "Oracle's $10 billion deal", "Quarry Hill Robotics' contract": a
/// company named as the owner of the contract right after the trigger.
fn possessive_vendor(text: &str, from: usize, to: usize) -> Option<ByteSpan> {
    let region = &text[from..to];
    // The name ends before "'s", or with the "s" of a bare apostrophe ("Robotics' ").
    let at = POSSESSIVE_MARKS
        .iter()
        .filter_map(|(mark, keep)| region.find(mark).map(|i| i + keep))
        .min()?;
    let name = parties::trailing_name(text, from, from + at)?;
    // Only the first few words after the trigger ("the value of"), or what an option is on
    // ("exercised a $9.4 million option on Brightwater Federal LLC's contract").
    let before = &text[from..name.start];
    let words = before.split_whitespace().count();
    if words > 3 && (words > 8 || !ACTION_ON.is_match(before)) {
        return None;
    }
    let n = &text[name.start..name.end];
    (!parties::is_agency_like(n) && !parties::is_place(n)).then_some(name)
}

/// Subjects that stand for the company the story is about ("The firm will resurface …", "The
/// Company also announced that …", a filing's defined term).
const STORY_COMPANY_SUBJECTS: &[&str] = &["The Company ", "The company ", "The firm ", "It "];

/// What an option or a change is on, just before its owner: "a $9.4 million option on ".
static ACTION_ON: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?:options?|extensions?|modifications?|orders?|years?)\s+(?:on|under|to)\s+$")
});

/// The marks that end an owner's name, with how many of their bytes belong to the name.
const POSSESSIVE_MARKS: &[(&str, usize)] = &[("'s ", 0), ("’s ", 0), ("s' ", 1), ("s’ ", 1)];

/// "an option worth $27.6 million on a Tidewater contract": a company named before the
/// contract noun, within the first words after the trigger.
fn attributive_vendor(
    doc: &Document<'_>,
    found: &Mentions,
    from: usize,
    to: usize,
) -> Option<ByteSpan> {
    let text = doc.text;
    let m = ON_A_COMPANY_CONTRACT.captures(&text[from..to])?;
    let g = m.name("name")?;
    if text[from..from + g.start()].split_whitespace().count() > 10 {
        return None;
    }
    let name = ByteSpan::new(from + g.start(), from + g.end());
    within(&found.entities, name)
        .map(|k| &found.entities[k])
        .find(|e| span_of(*e) == name && e.kind == EntityType::Org)
        .filter(|_| !parties::is_agency_like(doc.slice(name)))
        .map(span_of)
}

/// "on a Tidewater contract", "under the Leidos task order".
static ON_A_COMPANY_CONTRACT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:on|under)\s+(?:a|an|the)\s+(?P<name>(?-i:\p{Lu})[\w&.-]*(?:\s+(?-i:\p{Lu})[\w&.-]*){0,3})\s+(?:contract|deal|agreement|task\s+order|delivery\s+order)\b",
    )
});

/// A date that opens a clause ("On Monday the Air Force awarded", "Last week, NASA picked"):
/// where the clause goes on after it.
fn skip_leading_date(doc: &Document<'_>, found: &Mentions, from: usize, to: usize) -> usize {
    let region = ByteSpan::new(from, to);
    let Some(k) = within(&found.dates, region).next() else {
        return from;
    };
    let d = span_of(&found.dates[k]);
    if d.end > to {
        return from;
    }
    let before = doc.text[from..d.start].trim().to_lowercase();
    if ![
        "", "on", "in", "last", "earlier", "late", "early", "this", "by",
    ]
    .contains(&before.as_str())
    {
        return from;
    }
    let rest = &doc.text[d.end..to];
    d.end + (rest.len() - rest.trim_start_matches([',', ' ']).len())
}

/// Verbs of an attribution: "…, the Army said", "the IRS announced Friday".
static ATTRIBUTION_VERB: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"\b(?:{SPEECH_VERBS})\b")));
/// The verbs of [`ATTRIBUTION_VERB`] and [`REPORTED_CLAUSE`].
const SPEECH_VERBS: &str = "said|says|announced|announces|stated|states|confirmed|confirms|reported|reports|disclosed|discloses|noted|notes";
/// "according to the Department of Energy", "said the Navy".
static ATTRIBUTION_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:according\s+to|said|says|announced|announces)\s+(?:the\s+)?"));

/// The agency a sentence's report is attributed to.
fn attributed_agency(
    doc: &Document<'_>,
    found: &Mentions,
    s: ByteSpan,
    zones: &[ByteSpan],
) -> Option<ByteSpan> {
    let text = doc.text;
    let sentence = &text[s.start..s.end];
    let accept = |a: ByteSpan| {
        let a = parties::strip_trailing_time(text, a);
        let a = parties::trim_name(text, a)?;
        let name = &text[a.start..a.end];
        ((parties::is_agency_like(name) || org_entity_agency(doc, found, a)) && !in_zones(zones, a))
            .then_some(a)
    };
    for m in ATTRIBUTION_VERB.find_iter(sentence).take(8) {
        let end = s.start + m.start();
        let lo = fields::ceil_boundary(text, end.saturating_sub(120).max(s.start));
        if let Some(a) = parties::trailing_name(text, lo, end).and_then(accept) {
            return Some(a);
        }
    }
    for m in ATTRIBUTION_BEFORE.find_iter(sentence).take(8) {
        if let Some(a) = parties::leading_name(text, s.start + m.end(), s.end).and_then(accept) {
            return Some(a);
        }
    }
    None
}

/// An agency named as a modifier of the contract: "a $1.2 billion Navy contract", "the State
/// Department's $900 million contract".
static MODIFIED_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"['’]s\b|\s(?:contracts?|deals?|orders?|awards?|agreements?|solicitations?)\b")
});

fn modifier_agency(
    doc: &Document<'_>,
    found: &Mentions,
    s: ByteSpan,
    zones: &[ByteSpan],
) -> Option<ByteSpan> {
    let text = doc.text;
    for m in MODIFIED_NOUN.find_iter(&text[s.start..s.end]).take(16) {
        let end = s.start + m.start();
        // Cheap check first: the word before must be capitalised ("Navy contract").
        let word_before = text[s.start..end]
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        if !word_before.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let lo = fields::ceil_boundary(text, end.saturating_sub(100).max(s.start));
        let Some(name) = parties::trailing_name(text, lo, end) else {
            continue;
        };
        let name = parties::known_agency_tail(text, name);
        let n = &text[name.start..name.end];
        if (parties::is_agency_like(n) || org_entity_agency(doc, found, name))
            && !in_zones(zones, name)
        {
            return Some(name);
        }
    }
    None
}

/// Verbs whose infinitive is their object, not the contract's purpose ("would require the
/// service to announce …").
static OBJECT_VERBS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:requires?|required|allows?|allowed|lets?|asks?|asked|wants?|wanted|expects?|expected|plans?|planned|helps?|helped|forces?|forced|enables?|enabled|urges?|urged)\b",
    )
});

/// "… is the contracting activity", "The contracting activity is …".
static ACTIVITY_AFTER: LazyLock<Regex> =
    LazyLock::new(|| re(r",?\s+(?:is|was|will be|are)\s+the\s+contracting\s+activit(?:y|ies)\b"));
static ACTIVITY_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\bthe\s+contracting\s+activity\s+(?:is|was|will be)\s+(?:the\s+)?"));
/// "The winners are …", "Among the awardees are …", "The awardees, named Monday, are …", "The
/// winners — X of A; Y of B; and Z of C — each received …" (the list between dashes), "Winners,
/// according to the award notice dated 27 February:" (the list in the paragraph after).
static WINNERS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:winners|awardees|recipients|newcomers|new (?:holders|entrants)|selected (?:companies|firms|vendors))\b(?:\s+(?:of|for|under|and)\b[^.;:]{0,160}?)?(?:,[^,.;:]{1,40},)?(?:\s+(?:are|were|include|included)\s*(?::\s*|\s+|$)|\s+(?:—|–|--)\s*|,[^.;:]{0,80}:\s*$)",
    )
});
/// " at Scott Air Force Base": where an activity's name ends before its location.
static AT_LOCATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s(?:at|in)\s+\p{Lu}").expect("valid"));

/// Two or more spaces of any kind.
static SPACE_RUN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s{2,}").expect("valid"));

/// The contracting activity named in `s`, without its location.
fn contracting_activity(text: &str, s: ByteSpan) -> Option<ByteSpan> {
    let sentence = &text[s.start..s.end];
    let raw = if let Some(m) = ACTIVITY_AFTER.find(sentence) {
        ByteSpan::new(dateline_end(text, s), s.start + m.start())
    } else {
        let m = ACTIVITY_BEFORE.find(sentence)?;
        let start = s.start + m.end();
        let end = text[start..s.end].find('(').map_or(s.end, |i| start + i);
        ByteSpan::new(start, end)
    };
    // A dateline that runs past the activity phrase leaves nothing to name.
    if raw.start >= raw.end {
        return None;
    }
    let mut raw = raw;
    if let Some(m) = AT_LOCATION.find(&text[raw.start..raw.end]) {
        raw.end = raw.start + m.start();
    }
    // "DARPA\u{a0} Arlington, Virginia": a run of spaces (a scraped no-break space) ends the
    // name before its city.
    if let Some(m) = SPACE_RUN.find(&text[raw.start..raw.end]) {
        raw.end = raw.start + m.start();
    }
    let mut name = parties::name_before_location(text, raw)?;
    for article in ["The ", "the ", "THE "] {
        if text[name.start..name.end].starts_with(article) {
            name.start += article.len();
        }
    }
    parties::trim_name(text, name)
}

/// The paragraphs after an event's last one in which its schedule may still be told (a quote,
/// a bid table or a paragraph of background often comes between).
const SCHEDULE_PARAGRAPHS: usize = 4;

/// A sentence whose subject is a pronoun.
static PRONOUN_SUBJECT: LazyLock<Regex> = LazyLock::new(|| re(r"^\W*(?:it|they)\s"));

/// A sentence without the attribution it opens with: "According to the authority, the first
/// buses are due to enter service from 1 March" → "the first buses are due …".
fn without_attribution(sentence: &str) -> &str {
    let body = sentence.trim_start();
    let opens = body
        .get(..13)
        .is_some_and(|w| w.eq_ignore_ascii_case("according to "));
    match body.find(',') {
        Some(comma) if opens && comma <= 80 => &body[comma + 1..],
        _ => sentence,
    }
}

/// "Construction is scheduled to begin in March", "The buses are to be delivered by August
/// 2027", "Orders can be placed through November 2031": a sentence about the work or the
/// contract ([`cues::SCHEDULE_SENTENCE`]) that tells when it starts or ends, in the paragraph of
/// the story's last event or in one of the next [`SCHEDULE_PARAGRAPHS`], gives that event the
/// dates it lacks (a role it already has is not replaced: a second end date is another
/// phase's). The end of an ordering period is the vehicle's: it goes to the last event of a
/// vehicle type (not to the first order placed under the vehicle). A plural subject ("Both
/// agreements run …") dates every recent event of the last one's stage; a pronoun right after
/// a sentence about another contract ([`cues::OTHER_CONTRACT`]) dates none.
fn add_schedule_dates(
    doc: &Document<'_>,
    found: &Mentions,
    drafts: &mut [Draft],
    i: usize,
    para: usize,
) {
    let Some(last) = drafts.last() else {
        return;
    };
    let s = doc.sentences[i].span;
    if para > last.last_paragraph + SCHEDULE_PARAGRAPHS {
        return;
    }
    let dates = within(&found.dates, s);
    if dates.is_empty() {
        return;
    }
    // "Bids opened July 28.": a step of the bidding for the last award, told on its own; so
    // is "Tenders close on 23 January" after the solicitation.
    let bidding = !cues::SCHEDULE_SENTENCE.is_match(without_attribution(doc.slice(s)));
    if bidding
        && (!matches!(
            last.stage,
            Stage::Award | Stage::PlannedAward | Stage::Solicitation
        ) || para > last.last_paragraph + SCHEDULE_PARAGRAPHS
            || !fields::BIDDING_SENTENCE.is_match(doc.slice(s)))
    {
        return;
    }
    // "The previous arrangement … was worth A$85 million a year. It expires at the end of
    // December.": a pronoun after a sentence about another contract is that contract.
    if i > 0
        && PRONOUN_SUBJECT.is_match(doc.slice(s))
        && cues::OTHER_CONTRACT.is_match(doc.slice(doc.sentences[i - 1].span))
    {
        return;
    }
    let zones = other_contract_zones(doc.text, s);
    let all_of_them = cues::PLURAL_SUBJECT.is_match(doc.slice(s));
    // "The first vessel is due for delivery in March 2028 and the second by the end of March
    // 2029": the first date is one delivery's; a later one ends the work.
    let mut first_delivery = cues::FIRST_DELIVERY.is_match(doc.slice(s));
    let mut skipped_first = false;
    let mut previous_end = s.start;
    for k in dates {
        let date = &found.dates[k];
        let span = span_of(date);
        let prev = previous_end;
        if date.kind != DateType::Duration {
            previous_end = span.end;
        }
        if in_zones(&zones, span)
            || date.kind == DateType::Duration
            || date.value.as_deref().is_none_or(|v| v.starts_with('P'))
        {
            continue;
        }
        if first_delivery {
            first_delivery = false;
            skipped_first = true;
            continue;
        }
        // "… — the city could be tied to the hauler until 2039 if things go well": a date the
        // story only supposes.
        let clause = &doc.text[prev.min(span.start)..span.start];
        let supposed = clause
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("could") || w.eq_ignore_ascii_case("might"))
            && (clause.contains(" if ") || doc.text[span.end..s.end].starts_with(" if "));
        if supposed {
            continue;
        }
        let role = match fields::date_role(doc.text, s, span, prev, None) {
            Some(Some(role @ ("solicitation" | "responses_due" | "industry_day"))) if bidding => {
                role
            }
            _ if bidding => continue,
            Some(Some(role @ ("start" | "completion" | "ordering_end"))) => role,
            Some(None) | None if skipped_first => "completion",
            _ => continue,
        };
        let role = if skipped_first { "completion" } else { role };
        let target = match role {
            "ordering_end" => drafts
                .iter()
                .rposition(|d| d.types.iter().any(|t| VEHICLE_TYPES.contains(t)))
                .unwrap_or(drafts.len() - 1),
            _ => drafts.len() - 1,
        };
        // "Both framework agreements run until November 2033": every recent event of the
        // same stage as the last one (the lots or awards just told) gets the date.
        let targets = if all_of_them {
            let stage = drafts[target].stage;
            let first = drafts
                .iter()
                .rposition(|d| d.stage != stage || para > d.last_paragraph + SCHEDULE_PARAGRAPHS)
                .map_or(0, |i| i + 1);
            first..drafts.len()
        } else {
            target..target + 1
        };
        for draft in &mut drafts[targets] {
            if draft.dates.len() < LIST_CAP
                && !draft.dates.iter().any(|(j, r)| *j == k || *r == role)
            {
                draft.dates.push((k, role));
            }
        }
    }
}

/// Contract types of a vehicle that orders are placed under.
const VEHICLE_TYPES: &[&str] = &[
    "idiq",
    "requirements",
    "gwac",
    "bpa",
    "boa",
    "multiple_award",
];

/// Adds what sentence `s` says about the event: identifiers, amounts, dates, types, period,
/// place, agency, listed vendors.
fn add_details(
    doc: &Document<'_>,
    found: &Mentions,
    draft: &mut Draft,
    s: ByteSpan,
    zones: &[ByteSpan],
    trigger: Option<(usize, Stage)>,
    mask: u32,
) {
    let text = doc.text;
    // `trigger`: where the first trigger of a reporting sentence starts, and what it reports.
    let is_trigger = trigger.is_some();
    let trigger_at = trigger.map_or(s.start, |(at, _)| at);
    for k in within(&found.contracts, s) {
        if !in_zones(zones, span_of(&found.contracts[k])) {
            push_unique(&mut draft.ids, k);
        }
    }
    for k in within(&found.money, s) {
        let span = span_of(&found.money[k]);
        // "$8.90 per cubic yard", "$38.40 per megawatt-hour": a unit price, no sum of the
        // contract ("worth $19 million a year" is one).
        let unit_price = found.money[k]
            .per
            .as_deref()
            .is_some_and(|u| !["year", "month", "week", "day", "quarter"].contains(&u));
        if in_zones(zones, span)
            || draft.amounts.iter().any(|(j, _)| *j == k)
            || unit_price
            || conversion_of_previous(text, found, k)
        {
            continue;
        }
        if let Some(role) = fields::amount_role(text, s, span, is_trigger)
            && draft.amounts.len() < LIST_CAP
        {
            draft.amounts.push((k, role));
        }
    }
    let mut previous_end = s.start;
    // "OKLAHOMA CITY (Sept. 10, 2026) — …": the dateline dates the story, not the action.
    let story_start = dateline_end(text, s);
    // "The utility intends to re-advertise the project in October": a planned solicitation
    // that names no pre-solicitation notice is dated as the solicitation it plans.
    let role_of = |stage: Stage| match stage {
        Stage::Presolicitation
            if is_trigger
                && !PRESOLICITATION_NOTICE.is_match(
                    &text[trigger_at..fields::floor_boundary(text, s.end.min(trigger_at + 120))],
                ) =>
        {
            Some("solicitation")
        }
        // "the bidding window … closed on Oct. 2": the close is the responses' deadline.
        Stage::Solicitation
            if is_trigger
                && WINDOW_CLOSED.is_match(
                    &text[trigger_at..fields::floor_boundary(text, s.end.min(trigger_at + 200))],
                ) =>
        {
            Some("responses_due")
        }
        stage => stage.date_role(),
    };
    let own_role = role_of(draft.stage);
    // "it re-awarded the contract to X on Sept. 18" in a protest's story: a date in the
    // trigger's clause dates the trigger's own action.
    let trigger_role = role_of(trigger.map_or(draft.stage, |(_, stage)| stage));
    for k in within(&found.dates, s) {
        let span = span_of(&found.dates[k]);
        let prev = previous_end;
        // A length ("extends the ordering period by six months, to March 31") is no point in
        // time whose keywords end at it.
        if found.dates[k].kind != DateType::Duration {
            previous_end = span.end;
        }
        if in_zones(zones, span)
            || draft.dates.iter().any(|(j, _)| *j == k)
            || span.end <= story_start
        {
            continue;
        }
        // A date inside an identifier or an amount is part of it; "last year's hurricanes"
        // dates a noun, not an action.
        // ("At Monday night's meeting, the board voted …" dates the vote.)
        if within(&found.contracts, span).next().is_some()
            || (text[span.end..].starts_with("'s") || text[span.end..].starts_with("\u{2019}s"))
                && !cues::MEETING_AFTER.is_match(&text[span.end..s.end])
        {
            continue;
        }
        // "two months later than the earlier deadline": a comparison, not a point in time.
        if text[span.end..].starts_with(" than ")
            && ["later", "earlier", "sooner"]
                .iter()
                .any(|w| text[span.start..span.end].ends_with(w))
        {
            continue;
        }
        // "funds … will not expire at the end of the current fiscal year": the funds' life,
        // not the contract's.
        let before = text
            [fields::ceil_boundary(text, span.start.saturating_sub(60).max(s.start))..span.start]
            .to_ascii_lowercase();
        // "would decide … whether to issue a solicitation later in the year": a step that may
        // not come dates nothing.
        // (Both phrases of funds hold "expire": searched for once.)
        let expire = before.contains("expire");
        if expire && (before.contains("not expire") || before.contains("none of which will expire"))
            || before.contains("whether to ")
        {
            continue;
        }
        // "funds … will expire at the end of the current fiscal year": the funds' fiscal year.
        if expire
            && found.dates[k]
                .value
                .as_deref()
                .is_some_and(|v| v.starts_with("FY"))
            && text[s.start..span.start]
                .to_ascii_lowercase()
                .contains("funds")
        {
            continue;
        }
        // "Fiscal 2018 research and development funds": a funding year dates no action.
        let date_text = text[span.start..span.end].to_ascii_lowercase();
        if date_text.starts_with("fiscal") || date_text.starts_with("fy") {
            let after = &text[span.end..fields::floor_boundary(text, (span.end + 100).min(s.end))];
            let after = after.to_ascii_lowercase();
            if ["funds", "funding", "appropriation"]
                .iter()
                .any(|w| after.contains(w))
            {
                continue;
            }
        }
        // A length ("five years") dates nothing, unless it counts from now ("in three months")
        // and the date layer could resolve it to a point in time ("in weeks" stays "PXW").
        // ("a year" in "spent $310 million a year" is a rate: its value is a length too.)
        let length = found.dates[k]
            .value
            .as_deref()
            .is_none_or(|v| v.starts_with('P'));
        if length && found.dates[k].kind != DateType::Duration || found.dates[k].value.is_none() {
            continue;
        }
        if found.dates[k].kind == DateType::Duration {
            let before =
                text[fields::ceil_boundary(text, span.start.saturating_sub(12).max(s.start))
                    ..span.start]
                    .trim_end()
                    .to_lowercase();
            if !["in", "within", "after"]
                .iter()
                .any(|p| before.ends_with(&format!(" {p}")) || before == *p)
            {
                continue;
            }
            // "within 10 days of an award" counts from something else.
            let after = text[span.end..fields::floor_boundary(text, (span.end + 8).min(s.end))]
                .trim_start()
                .to_lowercase();
            if ["of ", "after ", "from "]
                .iter()
                .any(|p| after.starts_with(p))
            {
                continue;
            }
        }
        // "In January 2023, Skyforge won …": a date that opens the reporting clause dates the
        // action itself.
        let role = fields::date_role(text, s, span, prev, own_role).unwrap_or_else(|| {
            // A date that opens the clause: at most two words before it ("In", "Early on").
            let lead = &text[story_start.max(s.start).min(span.start)..span.start];
            // "Then, on Oct. 9, NOAA awarded …": a connective before it changes nothing.
            let lead = LEAD_CONNECTIVE
                .find(lead)
                .map_or(lead, |m| &lead[m.end()..]);
            // "The company also announced that on Sept. 24 the Navy exercised …": the date
            // opens the clause that is told.
            let lead = lead.rfind(" that ").map_or(lead, |i| &lead[i + 6..]);
            let opens_clause = is_trigger
                && span.start < trigger_at
                && !lead.contains([',', ';'])
                && lead.split_whitespace().take(3).count() <= 2
                && found.dates[k].kind != DateType::Duration;
            // "Separately, DE&S on Monday awarded …": a date right before the verb.
            // "… grew again on Thursday, when the board approved a change order": a date the
            // trigger's "when" clause explains.
            let before_verb = is_trigger
                && span.end <= trigger_at
                && (text[span.end..trigger_at].trim().is_empty()
                    || when_clause_subject(&text[span.end..trigger_at]))
                && found.dates[k].kind != DateType::Duration;
            // "won a $1.2 billion Navy contract last month to build …": a date in the trigger's
            // own clause, after it, dates the action.
            let in_trigger_clause = is_trigger
                && span.start >= trigger_at
                && span.start - trigger_at <= 160
                && found.dates[k].kind != DateType::Duration
                && unbroken_after_trigger(&text[trigger_at..span.start]);
            (opens_clause || before_verb || in_trigger_clause)
                .then_some(trigger_role)
                .flatten()
        });
        // "expects to release the solicitation in three months": the release of a notice
        // counted from now keeps its length as its value (nothing else does, nor "in weeks").
        let role = role.filter(|r| {
            !length
                || matches!(*r, "solicitation" | "presolicitation")
                    && found.dates[k]
                        .value
                        .as_deref()
                        .is_some_and(|v| !v.contains('X'))
        });
        // "adds work to contract X, which the Navy awarded in October": the award of the
        // contract a modification changes is history.
        let role = role.filter(|r| {
            *r != "award"
                || !matches!(draft.stage, Stage::Modification | Stage::Option)
                || !BASE_AWARD_CLAUSE.is_match(
                    &text[fields::ceil_boundary(text, span.start.saturating_sub(60).max(s.start))
                        ..span.start],
                )
        });
        if let Some(role) = role
            && draft.dates.len() < LIST_CAP
        {
            draft.dates.push((k, role));
        }
    }
    let typed = zones
        .iter()
        .map(|z| z.start)
        .min()
        .map_or(s, |z| ByteSpan::new(s.start, z.max(s.start)));
    // Each reader runs only when the sentence's cue words announce what it looks for.
    if mask & feature::TYPE != 0 {
        fields::contract_types(text, typed, is_trigger, &mut draft.types);
    }
    if draft.period.is_none() && mask & feature::PERIOD != 0 {
        draft.period = fields::period(text, s, zones);
    }
    if draft.place.is_none() && mask & feature::PLACE != 0 {
        draft.place = fields::place(text, s).filter(|p| !in_zones(zones, *p));
    }
    // "The delivery order … was placed by Naval Sea Systems Command".
    if !is_trigger && text[s.start..s.end].contains(" by ") {
        for m in ACTED_BY.find_iter(&text[s.start..s.end]).take(4) {
            let from = s.start + m.end();
            if let Some(a) = parties::leading_name(text, from, s.end)
                && parties::is_agency_like(&text[a.start..a.end])
                && !in_zones(zones, a)
            {
                set_agency(draft, (a, AgencySource::By));
                break;
            }
        }
    }
    if mask & feature::ACTIVITY != 0
        && let Some(a) = contracting_activity(text, s)
    {
        set_agency(draft, (a, AgencySource::ContractingActivity));
    }
    if mask & feature::WINNERS != 0
        && let Some(m) = WINNERS.find(&text[s.start..s.end])
    {
        let from = s.start + m.end();
        // "The winners — X; Y; and Z — each received …": the names up to the closing dash.
        let dashed = m.as_str().trim_end().ends_with(['—', '–', '-']);
        let until = if dashed {
            text[from..s.end]
                .find(['—', '–'])
                .or_else(|| text[from..s.end].find("--"))
                .map_or(from, |k| from + k)
        } else {
            s.end
        };
        // "The awardees … are:" and a bulleted list on the lines after.
        let names = if dashed {
            parties::name_list(text, from, until)
        } else if text[from..s.end].trim().is_empty() {
            bulleted_names(text, s.end)
        } else {
            parties::name_list(text, from, s.end)
        };
        for v in names {
            let name = &text[v.start..v.end];
            if !parties::is_agency_like(name) && !in_zones(zones, v) {
                push_unique(&mut draft.vendors, v);
            }
        }
    }
}

/// The most items of a bulleted list read as names.
const MAX_BULLETS: usize = 64;

/// Whether money mention `k` restates the one right before it in another currency, set off by
/// parentheses ("AED 1.86 billion ($506 million)", "£40 million ($50.6 million)"): the same
/// price, no second amount.
fn conversion_of_previous(text: &str, found: &Mentions, k: usize) -> bool {
    let Some(prev) = k.checked_sub(1).and_then(|j| found.money.get(j)) else {
        return false;
    };
    let this = &found.money[k];
    let (p, c) = (span_of(prev), span_of(this));
    p.end <= c.start
        && text
            .get(p.end..c.start)
            .is_some_and(|gap| gap.trim_start_matches([' ', '\u{a0}']) == "(")
        && text[c.end..].starts_with(')')
        && prev.currency != this.currency
}

/// The names that start the lines of a bulleted list beginning at or after `from` ("- CGI
/// Federal Inc.", "• Leidos, Reston, Virginia"): one per line, up to its first comma; the list
/// ends at the first line that is not an item (blank lines before it are skipped).
fn bulleted_names(text: &str, from: usize) -> Vec<ByteSpan> {
    let mut names = Vec::new();
    let mut pos = from;
    let mut started = false;
    for line in text[from..].split_inclusive('\n').take(MAX_BULLETS * 2) {
        let line_start = pos;
        pos += line.len();
        let body = line.trim_start();
        if body.is_empty() {
            if started {
                break;
            }
            continue;
        }
        let Some(item) = body
            .strip_prefix(['-', '•', '*', '–', '·'])
            .filter(|rest| rest.starts_with([' ', '\t']))
        else {
            break;
        };
        started = true;
        let item_start = line_start + (line.len() - item.len());
        let item_start = item_start + (item.len() - item.trim_start().len());
        let item_end = line_start + line.trim_end().len();
        // "- " alone on its line: an empty item.
        if item_start >= item_end {
            continue;
        }
        let cut = text[item_start..item_end]
            .find([',', ';', '('])
            .map_or(item_end, |c| item_start + c);
        if let Some(name) = parties::trim_name(text, ByteSpan::new(item_start, cut)) {
            names.push(name);
        }
        if names.len() >= MAX_BULLETS {
            break;
        }
    }
    names
}

/// A summary of several awards: "awarded two contracts worth a combined $735 million".
static SEVERAL_CONTRACTS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+(?:[\w-]+\s+){0,2}?(?:contracts|orders|awards|agreements)\b",
    )
});

/// Whether draft `i` only sums up the awards the drafts after it report one by one ("Space
/// Systems Command awarded two contracts worth a combined $735 million. Orbital Forge landed
/// the larger one, … Quillon Labs secured …"): an award of several contracts with no vendor,
/// identifier or amount of its own, followed by at least two awards that name their vendors.
fn is_summary(doc: &Document<'_>, drafts: &[Draft], i: usize) -> bool {
    let d = &drafts[i];
    d.stage == Stage::Award
        && d.vendors.is_empty()
        && d.ids.is_empty()
        && d.amounts.is_empty()
        && SEVERAL_CONTRACTS.is_match(doc.slice(d.anchor))
        && drafts[i + 1..]
            .iter()
            .filter(|n| n.stage == Stage::Award && !n.vendors.is_empty())
            .count()
            >= 2
}

/// Turns drafts into events: agency inherited when missing, entity links, offsets.
fn finish(doc: &Document<'_>, found: &Mentions, drafts: Vec<Draft>) -> Vec<ContractEvent> {
    let summaries: Vec<bool> = (0..drafts.len())
        .map(|i| is_summary(doc, &drafts, i))
        .collect();
    let drafts: Vec<Draft> = drafts
        .into_iter()
        .zip(summaries)
        .filter_map(|(d, summary)| (!summary).then_some(d))
        .collect();
    let mut drafts = drafts;
    if let Some(first) = drafts.first_mut()
        && let Some(k) = lead_day(doc, found, first)
    {
        first.dates.push((k, "award"));
    }
    let mut out = Vec::with_capacity(drafts.len());
    let mut previous_agency: Option<ByteSpan> = None;
    for d in drafts {
        let own_agency = d.agency.map(|(a, _)| a);
        let agency = own_agency
            .or(previous_agency)
            .or_else(|| context_agency(doc, found, d.anchor));
        if own_agency.is_some() {
            previous_agency = own_agency;
        }
        // A trigger with nothing to report ("the program was terminated") is no event.
        // A plan with its date ("The center plans to release that solicitation in the fall")
        // reports a step of the buyer named before.
        let dated_plan = d.planned && !d.dates.is_empty() && agency.is_some();
        if d.vendors.is_empty()
            && d.amounts.is_empty()
            && d.ids.is_empty()
            && own_agency.is_none()
            && !dated_plan
        {
            continue;
        }
        let mut vendor_names: Vec<String> = Vec::new();
        let mut vendors = Vec::new();
        let all_keys: Vec<String> = d
            .vendors
            .iter()
            .map(|v| parties::normalize_org(doc.slice(*v)))
            .collect();
        for v in &d.vendors {
            let key = parties::normalize_org(doc.slice(*v));
            // "Halvorsen" after "Halvorsen Systems Inc.": the short form of a listed vendor.
            let short_form = all_keys.iter().any(|k| {
                k.len() > key.len() && k.starts_with(&key) && k[key.len()..].starts_with([' ', ','])
            });
            // "X of Rimouski, Quebec": a place read on from a vendor's home town is no vendor.
            if vendor_names.contains(&key) || short_form || parties::is_place(doc.slice(*v)) {
                continue;
            }
            vendor_names.push(key);
            vendors.push(party(doc, found, *v));
        }
        let located = |span: ByteSpan| {
            let l = doc.locate(span);
            TextSpan {
                start: l.start,
                end: l.end,
                text: l.text,
                byte_start: span.start,
                byte_end: span.end,
            }
        };
        // "intends to re-advertise the project in October, with bids due Dec. 4 and an award
        // early next year": a plan that gives the award's time is a planned award
        // (EVENTS_GOLD.md, "Planned steps"); a planned solicitation alone stays one.
        let award_time = |k: usize| {
            found.dates.get(k).is_some_and(|m| {
                let start = span_of(m).start;
                let from = fields::ceil_boundary(doc.text, start.saturating_sub(40));
                AWARD_TIME_CUE.is_match(&doc.text[from..start])
            })
        };
        let stage = if d.planned
            && d.stage == Stage::Presolicitation
            && d.dates
                .iter()
                .any(|(k, role)| *role == "award" && award_time(*k))
        {
            Stage::PlannedAward
        } else {
            d.stage
        };
        let mut seen: Vec<(Option<&str>, &str)> = Vec::new();
        out.push(ContractEvent {
            stage: stage.name().to_string(),
            sentence: SentenceRef {
                start: doc.char_offset(d.anchor.start),
                end: doc.char_offset(d.anchor.end),
            },
            agency: agency.map(|a| party(doc, found, a)),
            vendors,
            amounts: d
                .amounts
                .iter()
                .map(|(k, role)| EventAmount {
                    money: *k,
                    role: (*role).to_string(),
                })
                .collect(),
            ids: d.ids.clone(),
            contract_type: d.types.iter().map(|t| (*t).to_string()).collect(),
            dates: d
                .dates
                .iter()
                // "this month denied …" and "its decision of Aug. 14": the vaguer of two dates
                // of one role that agree gives way.
                .filter(|(k, role)| !vaguer_date(found, &d.dates, *k, role))
                // "Keelstone today announced it has been awarded an order …, issued on
                // Nov. 6": the day of the announcement gives way to the action's own.
                .filter(|(k, role)| !announcement_gives_way(doc.text, found, &d.dates, *k, role))
                // "placed a $212 million order on Tuesday … under a contract signed in 2023":
                // an award date a year before the event's other one is its base contract's.
                .filter(|(k, role)| *role != "award" || !older_award(doc, found, &d.dates, *k))
                // "awarded on Sept. 24 … after an evaluation that began last spring": work
                // that starts or ends well before the award is not this contract's.
                .filter(|(k, role)| {
                    !matches!(*role, "start" | "completion" | "ordering_end")
                        || !ends_before_award(found, &d.dates, *k)
                })
                // "until 2 p.m. Pacific time on Dec. 9": a bare clock time gives way to the
                // day it is told with.
                .filter(|(k, role)| !bare_clock_time(found, &d.dates, *k, role))
                // "exercised an option under its 2024 bus purchase agreement": a past year
                // dates the base contract of an option, a change or a new procurement.
                .filter(|(k, role)| {
                    *role != "award" || !base_contract_year(doc, found, d.stage, *k)
                })
                // "KRL today announced that FEMA has exercised the second option year", "DOE
                // today announced the award of": the release's day, not the action's.
                .filter(|(k, role)| !(*role == "award" && announced_on(doc.text, found, *k)))
                // "extends the period of performance through March 31, 2027 … with an
                // estimated completion date of March 31, 2027": one date told twice.
                .filter(|(k, role)| {
                    let value = found.dates.get(*k).and_then(|m| m.value.as_deref());
                    let told = seen.contains(&(value, *role));
                    seen.push((value, *role));
                    value.is_none() || !told
                })
                .map(|(k, role)| EventDate {
                    date: *k,
                    role: (*role).to_string(),
                })
                .collect(),
            period: d.period.map(|p| {
                let l = doc.locate(p.span);
                EventPeriod {
                    start: l.start,
                    end: l.end,
                    text: l.text,
                    value: p.total.map(fields::iso_duration),
                    byte_start: p.span.start,
                    byte_end: p.span.end,
                }
            }),
            place_of_performance: d.place.map(located),
            purpose: d.purpose.map(located),
        });
    }
    out
}

/// The day a news lead names just before the story's first action, when the action's own
/// sentence dates nothing: "It took City Council three hours on Tuesday night to work through
/// its agenda" or "On Monday it became a promise." before "The council voted 6-1 to give X
/// the contract". One day of the week before the story (not its dateline's own day), and the
/// only one that sentence names.
fn lead_day(doc: &Document<'_>, found: &Mentions, d: &Draft) -> Option<usize> {
    if d.planned
        || !matches!(d.stage, Stage::Award | Stage::Modification | Stage::Option)
        || d.dates.iter().any(|(_, role)| *role == "award")
    {
        return None;
    }
    let story = doc.dct.and_then(|c| c.date())?;
    let i = doc
        .sentences
        .iter()
        .position(|x| x.span.start <= d.anchor.start && d.anchor.start < x.span.end)?;
    let prev = doc.sentences.get(i.checked_sub(1)?)?;
    if prev.boilerplate {
        return None;
    }
    let from = dateline_end(doc.text, prev.span);
    let mut day = None;
    let mut pick = None;
    for k in within(&found.dates, prev.span) {
        let m = &found.dates[k];
        if m.byte_start < from {
            continue;
        }
        // "after a down-select announced on Wednesday": the day of a telling, not of the vote.
        let near =
            &doc.text[fields::ceil_boundary(doc.text, m.byte_start.saturating_sub(30).max(from))
                ..m.byte_start]
                .to_ascii_lowercase();
        if [
            "announc", "said", "says", "told", "report", "publish", "posted",
        ]
        .iter()
        .any(|w| near.contains(w))
        {
            return None;
        }
        let (Some(a), Some(b)) = (date_bound(found, k, 0), date_bound(found, k, 1)) else {
            continue;
        };
        let ago = story.to_days() - a.to_days();
        if a != b || !(1..=7).contains(&ago) {
            return None;
        }
        if day.is_some_and(|x| x != a) {
            return None;
        }
        day = Some(a);
        if pick.is_none() || m.kind == crate::record::DateType::Date {
            pick = Some(k);
        }
    }
    pick
}

/// The agency an event's article names around it when its sentences name none: the nearest
/// agency-like organization before the event (the headline, the lead, "The FAA is rebuilding
/// its network. Last week it awarded …"), else the first one in the event's own sentence.
fn context_agency(doc: &Document<'_>, found: &Mentions, anchor: ByteSpan) -> Option<ByteSpan> {
    let is_agency = |k: &usize| {
        let e = &found.entities[*k];
        let name = doc.slice(span_of(e));
        e.kind == EntityType::Org && parties::is_agency_like(name)
    };
    let before = found
        .entities
        .partition_point(|e| e.byte_end <= anchor.start);
    (0..before)
        .rev()
        .take(200)
        .find(is_agency)
        .or_else(|| within(&found.entities, anchor).find(is_agency))
        .map(|k| span_of(&found.entities[k]))
}

/// A party, linked to the entity mention that overlaps it most (an ORG preferred) when that
/// mention covers most of it.
fn party(doc: &Document<'_>, found: &Mentions, span: ByteSpan) -> EventParty {
    let mut best: Option<(usize, (bool, usize))> = None;
    let lo = found.entities.partition_point(|e| e.byte_end <= span.start);
    for (k, e) in found.entities.iter().enumerate().skip(lo) {
        if e.byte_start >= span.end {
            break;
        }
        let overlap = e
            .byte_end
            .min(span.end)
            .saturating_sub(e.byte_start.max(span.start));
        // The mention must be most of the name (or hold it): "Inc." alone is not "Weeks
        // Marine, Inc.".
        let covers = 2 * overlap >= span.end - span.start
            || (e.byte_start <= span.start && span.end <= e.byte_end);
        let score = (e.kind == EntityType::Org, overlap);
        if overlap > 0 && covers && best.is_none_or(|(_, b)| score > b) {
            best = Some((k, score));
        }
    }
    let l = doc.locate(span);
    EventParty {
        entity: best.map(|(k, _)| k),
        start: l.start,
        end: l.end,
        text: l.text,
        byte_start: span.start,
        byte_end: span.end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Dct;

    use super::cases::run_on as run;

    #[test]
    fn sentences_that_state_a_value() {
        for text in [
            "The estimated value is about $3.4 million.",
            "That is $1.1 million a year, or $5.5 million over the five-year term.",
            "The county will pay $4 million over the 10-year term.",
            "It comes to $9 million over its life.",
            "Northgate's bid of $4.2 million was the lowest of five.",
            "The finance office puts the cost at R640 million over five years.",
            "Analysts pegged its total value at about $80 million.",
            "The second option year is priced at $3,250,000.",
            "Hardware and licences together come to A$12 million.",
            "The fees amount to about €4 million a year.",
        ] {
            assert!(states_value(text), "{text}");
        }
        for text in [
            "The company paid $2 million for the land.",
            "Its lowest price was $3 a unit.",
            "The mayor came to office in 2019 and cut $2 million from parks.",
            "Fuel is priced at the pump; the city spent $1 million on it.",
        ] {
            assert!(!states_value(text), "{text}");
        }
    }

    #[test]
    fn dod_paragraph() {
        let text = "Weeks Marine, Inc., Covington Park, Louisiana, was awarded a $91,992,023 firm-fixed-price contract for beach fill, initial construction, Manasquan Inlet to Barnegat Inlet, Ocean County, New Jersey.  Bids were solicited via the Internet with three received. Work will be performed in Brick, New Jersey, with an estimated completion date of May 30, 2018.  Fiscal 2014 operations and maintenance (Army) funds in the amount of $91,992,023 were obligated at the time of the award.  Army Corps of Engineers, Philadelphia, Pennsylvania, is the contracting activity (W912BU-17-C-0005).";
        let (m, events) = run(text, "2017-01-10");
        assert_eq!(events.len(), 1, "{events:#?}");
        let e = &events[0];
        assert_eq!(e.stage, "award");
        assert_eq!(
            e.agency.as_ref().map(|a| a.text.as_str()),
            Some("Army Corps of Engineers")
        );
        let vendors: Vec<&str> = e.vendors.iter().map(|v| v.text.as_str()).collect();
        assert_eq!(vendors, vec!["Weeks Marine, Inc."]);
        let roles: Vec<(&str, &str)> = e
            .amounts
            .iter()
            .map(|a| (m.money[a.money].text.as_str(), a.role.as_str()))
            .collect();
        assert_eq!(
            roles,
            vec![("$91,992,023", "value"), ("$91,992,023", "obligated")]
        );
        assert_eq!(e.ids.len(), 1);
        assert_eq!(e.contract_type, vec!["firm_fixed_price"]);
        assert_eq!(
            e.place_of_performance.as_ref().map(|p| p.text.as_str()),
            Some("Brick, New Jersey")
        );
        assert_eq!(
            e.purpose.as_ref().map(|p| p.text.as_str()),
            Some(
                "beach fill, initial construction, Manasquan Inlet to Barnegat Inlet, Ocean County, New Jersey"
            )
        );
        let dates: Vec<(&str, &str)> = e
            .dates
            .iter()
            .map(|d| (m.dates[d.date].text.as_str(), d.role.as_str()))
            .collect();
        assert!(dates.contains(&("May 30, 2018", "completion")), "{dates:?}");
    }

    #[test]
    fn hostile_inputs_stay_bounded() {
        // One sentence of 50 KB with a trigger every 90 bytes, references and lengths without
        // end, capitals without end, odd characters: no panic, and the lists stay capped.
        let cases = [
            "Acme Corp., Reston, Virginia, was awarded a $5 million contract to Boeing Co. for the work, "
                .repeat(600),
            "the the of the contract a previously awarded contract replaces a new solicitation ".repeat(700),
            "a one-year base period and four one-year options and ".repeat(800),
            "Word ".repeat(8_000) + "was awarded a $5 million contract.",
            "N00019‐21‐C‐0010‐ P00012 job order 0063 to the to a for the ".repeat(3_000),
            "\u{2010}$\u{a0}awarded—to ‘A’ “B” (C) ; : … é 📦 ".repeat(3_000),
            // An object of multi-byte characters whose 160-byte cut falls inside one (fuzz).
            "The Navy awarded a sole-source contr".to_string() + &"\u{fffd}".repeat(120),
            "NASA awards ".to_string() + &"\u{fffd}".repeat(120),
        ];
        // Money and contracts only: the other layers' own costs are theirs to test.
        let extractors: [&dyn Extractor; 3] = [
            &crate::extract::money::Money,
            &super::super::Contracts,
            &ContractEvents,
        ];
        for text in &cases {
            let doc = Document::new(text, Dct::parse("2021-01-01"));
            let mut m = Mentions::default();
            for e in extractors {
                e.extract(&doc, &mut m);
                m.normalize(&doc);
            }
            let events = m.contract_events;
            for e in &events {
                assert!(e.vendors.len() <= LIST_CAP && e.amounts.len() <= LIST_CAP);
                assert!(e.ids.len() <= LIST_CAP && e.dates.len() <= LIST_CAP);
            }
        }
        let many = "Acme Corp., Reston, Virginia, was awarded a $5 million firm-fixed-price contract for widgets. Army Contracting Command, Warren, Michigan, is the contracting activity (W56HZV-19-F-0194).\n\n"
            .repeat(300);
        let (_, events) = run(&many, "2021-01-01");
        assert_eq!(events.len(), 300);
    }

    #[test]
    fn no_cue_no_event() {
        let (_, events) = run(
            "The Red Sox beat the Yankees 6-4 on Tuesday night.",
            "2021-09-15",
        );
        assert!(events.is_empty());
        let (_, events) = run("", "2021-09-15");
        assert!(events.is_empty());
    }
}
