//! Table-driven tests of contract events: a short text in, the fields of one of its events out.
//!
//! Each row is written to exercise one class of wording that news stories and press releases
//! use (not the DoD digest): the agency as subject or in an attribution, the agency named in an
//! earlier sentence, vendor names with their legal suffixes, planned awards and solicitations,
//! protests, cancellations, options and modifications in prose, amounts with roles.

use super::super::super::{Document, Mentions};
use crate::calendar::Dct;
use crate::extract::registry;
use crate::record::ContractEvent;

/// One row: the text, which event to check (of how many), and what it must say. `agency`
/// `None` means no agency; `amounts` lists (money text, role) pairs the event must hold.
struct Case {
    text: &'static str,
    count: usize,
    nth: usize,
    stage: &'static str,
    agency: Option<&'static str>,
    vendors: &'static [&'static str],
    amounts: &'static [(&'static str, &'static str)],
}

const fn case(
    text: &'static str,
    stage: &'static str,
    agency: Option<&'static str>,
    vendors: &'static [&'static str],
    amounts: &'static [(&'static str, &'static str)],
) -> Case {
    Case {
        text,
        count: 1,
        nth: 0,
        stage,
        agency,
        vendors,
        amounts,
    }
}

const fn nth(mut c: Case, count: usize, nth: usize) -> Case {
    c.count = count;
    c.nth = nth;
    c
}

const CASES: &[Case] = &[
    // A value put on the work by an office in a later sentence: "puts the cost at",
    // "pegged the value at".
    case(
        "The Department of Water and Sanitation has issued a tender for a five-year meter replacement programme. Its finance office puts the cost at R850 million over that period.",
        "solicitation",
        Some("Department of Water and Sanitation"),
        &[],
        &[("R850 million", "value")],
    ),
    case(
        "The Port Authority awarded Wexford Dredging Ltd. a contract to deepen the channel. Engineers pegged its total value at $31 million.",
        "award",
        Some("Port Authority"),
        &["Wexford Dredging Ltd."],
        &[("$31 million", "value")],
    ),
    // An amendment named by its number is the object approved, not the vendor.
    case(
        "The county Board of Supervisors on Monday approved Modification No. 4 to its janitorial contract, adding $80,000.",
        "modification",
        Some("county Board of Supervisors"),
        &[],
        &[("$80,000", "value")],
    ),
    // A directorate named by its remit signs a contract: a public buyer.
    case(
        "The National Directorate for Water Infrastructure has signed the contract for the reservoir dam.",
        "award",
        Some("National Directorate for Water Infrastructure"),
        &[],
        &[],
    ),
    // A division of a state department, named before, throws out every bid.
    case(
        "The state Ports Division opened bids for the wharf job in August.\n\nAnd on Monday the division formally rejected all bids.",
        "cancellation",
        Some("Ports Division"),
        &[],
        &[],
    ),
    // A day told between a council's verb and the contract it approves.
    case(
        "The Riverton Town Council unanimously approved on Tuesday a two-year contract with Greenway Mowing LLC to maintain park lawns.",
        "award",
        Some("Riverton Town Council"),
        &["Greenway Mowing LLC"],
        &[],
    ),
    // An aside set off by commas between the approval and the amendment it approves.
    case(
        "On May 4, the county commission approved, without discussion and on a 5-0 vote, the second amendment to the county's towing contract with Roadside Partners Inc.",
        "modification",
        Some("county commission"),
        &["Roadside Partners Inc."],
        &[],
    ),
    // What a buy left open, to be solicited anew.
    case(
        "The Food Purchasing Service will buy the remaining quantity in a new solicitation in March.",
        "presolicitation",
        Some("Food Purchasing Service"),
        &[],
        &[],
    ),
    // A tribunal that declines to order a contract cancelled cancels nothing.
    case(
        "The Ministry of Transport awarded the contract to Bayview Controls Ltd. on May 9. The tribunal did not recommend that the contract be cancelled.",
        "award",
        Some("Ministry of Transport"),
        &["Bayview Controls Ltd."],
        &[],
    ),
    // A protester and the winner it challenges, named as the buyer's pick.
    case(
        "Harlan Data Group Inc. has protested the state Department of Revenue's selection of Tallyworks Software LLC for its new tax system.",
        "protest",
        Some("Department of Revenue"),
        &["Harlan Data Group Inc.", "Tallyworks Software LLC"],
        &[],
    ),
    // The winner named in a sentence of its own after a signing told without it.
    case(
        "The Ministry of Health signed the hospital catering contract on 3 May.\n\nThe winner is the Consorcio Alimentar Norte, formed by two regional caterers.",
        "award",
        Some("Ministry of Health"),
        &["Consorcio Alimentar Norte"],
        &[],
    ),
    // A change that lowers the value: its size is the action's amount, the total left the
    // cumulative value.
    case(
        "The Forest Service signed a modification on March 3 that lowers the value of its grazing contract with Pinecrest Range LLC by $1.4 million, to $6.6 million.",
        "modification",
        Some("Forest Service"),
        &["Pinecrest Range LLC"],
        &[("$1.4 million", "value"), ("$6.6 million", "cumulative")],
    ),
    // The winner's low bid, told the paragraph after its award.
    case(
        "The Millbrook school board on Tuesday awarded the roofing contract to Summit Roofing Inc.\n\nSummit's bid of $845,000 was the lowest of three.",
        "award",
        Some("Millbrook school board"),
        &["Summit Roofing Inc."],
        &[("$845,000", "value")],
    ),
    // A yearly payment and its total over the term, in the paragraph after the award.
    case(
        "The Dunmore Town Council voted 5-2 to award the towing contract to Apex Towing LLC.\n\nThe town will pay Apex $300,000 a year, or about $1.5 million over the five-year term.",
        "award",
        Some("Dunmore Town Council"),
        &["Apex Towing LLC"],
        &[("$1.5 million", "value")],
    ),
    // "put out" in the past is the solicitation of the award just told, no plan of another.
    case(
        "The Harlow City Council voted 6-1 on Tuesday to award the ambulance contract to Tri-Valley Medical Transport Inc.\n\nThe city put out a request for proposals in June, and two proposals came in.",
        "award",
        Some("Harlow City Council"),
        &["Tri-Valley Medical Transport Inc."],
        &[],
    ),
    // The winner named after a description of it ("our employer, X,").
    case(
        "Naval Sea Systems Command has picked our employer, Brannock Marine Corp., to build six harbor tugs.",
        "award",
        Some("Naval Sea Systems Command"),
        &["Brannock Marine Corp."],
        &[],
    ),
    // A contract made smaller is modified.
    case(
        "The Forest Service has scaled back its seed-storage contract with Granary Hill Supply LLC, the agency said on Monday.",
        "modification",
        Some("Forest Service"),
        &["Granary Hill Supply LLC"],
        &[],
    ),
    // A notice of award withdrawn undoes the award.
    case(
        "The Vermont Lottery Commission voted Thursday to rescind its notice of award to Copperline Printing Inc. after a licensing review.",
        "cancellation",
        Some("Vermont Lottery Commission"),
        &["Copperline Printing Inc."],
        &[],
    ),
    // A body's agreement to extend a contract in force.
    case(
        "The Marion County Board of Commissioners also agreed to extend its contract with Harborview Linen Services Inc. through March 31, 2025.",
        "modification",
        Some("Marion County Board of Commissioners"),
        &["Harborview Linen Services Inc."],
        &[],
    ),
    // An option invoked or triggered is exercised.
    case(
        "The Department for Transport has invoked the second of three one-year options on its contract with Tollgate Systems Ltd.",
        "option",
        Some("Department for Transport"),
        &["Tollgate Systems Ltd."],
        &[],
    ),
    // The EU's prior information notice comes before the tender.
    case(
        "The Ministry of Health has published a prior information notice for a national laboratory information system, estimated at €14 million.",
        "presolicitation",
        Some("Ministry of Health"),
        &[],
        &[],
    ),
    // Florida's invitation to negotiate is a solicitation.
    case(
        "The Florida Department of Revenue on Monday issued an Invitation to Negotiate for a new tax-collection system.",
        "solicitation",
        Some("Florida Department of Revenue"),
        &[],
        &[],
    ),
    // The preferred proposer of a public-private partnership is an award to come.
    case(
        "The Virginia Department of Transportation said it had selected Tidewater Crossing Partners as the preferred proposer for the bridge concession.",
        "planned_award",
        Some("Virginia Department of Transportation"),
        &["Tidewater Crossing Partners"],
        &[],
    ),
    // A ministry named in Spanish signs a contract.
    case(
        "The Ministerio de Salud signed the contract with Alimentos Andinos S.A. on 3 March, a spokesman said.",
        "award",
        Some("Ministerio de Salud"),
        &["Alimentos Andinos S.A."],
        &[],
    ),
    // Commissioners of a body named before vote, a date in the words between.
    case(
        "The Pine Ridge Housing Authority board of commissioners met on Tuesday.\n\nCommissioners voted 4-1 at their Feb. 12 meeting to award the roofing contract to Summit Roofing LLC.",
        "award",
        Some("Pine Ridge Housing Authority"),
        &["Summit Roofing LLC"],
        &[],
    ),
    // A protest of the buyer's choice of a firm: the protester and the awardee (EVENTS_GOLD).
    case(
        "Quillon Data Inc. had challenged the department's choice of Ferrule Systems LLC, arguing that its price was misread.",
        "protest",
        None,
        &["Quillon Data Inc.", "Ferrule Systems LLC"],
        &[],
    ),
    // A lead that names no winner, then the award told with its winner: one event.
    case(
        "A Geelong workshop has won the biggest job in its history: a state contract to build 30 rescue trailers for the Country Fire Authority.\n\nThe minister said on Monday that Harbourline Trailers Pty Ltd had been awarded the $12.5 million contract after an open tender.",
        "award",
        Some("Country Fire Authority"),
        &["Harbourline Trailers Pty Ltd"],
        &[("$12.5 million", "value")],
    ),
    case(
        "A Geelong workshop has won the biggest order in its history: a state contract to build 30 rescue trailers for the Country Fire Authority.\n\nThe minister said on Monday that Harbourline Trailers Pty Ltd had been awarded the $12.5 million contract after an open tender.",
        "award",
        Some("Country Fire Authority"),
        &["Harbourline Trailers Pty Ltd"],
        &[("$12.5 million", "value")],
    ),
    // The total if every extension is used is the potential value.
    case(
        "The Ministry of Health has awarded Norden Care Ltd. a C$40 million contract for laundry services. The ministry puts its worth at C$52 million if every one of the extensions is used.",
        "award",
        Some("Ministry of Health"),
        &["Norden Care Ltd."],
        &[("C$40 million", "value"), ("C$52 million", "potential")],
    ),
    // An order under a blanket purchase agreement is a "call", placed against the BPA; a date
    // between the buyer and its verb keeps the buyer.
    case(
        "The Forest Service on June 2 placed a $640,000 call, No. 12345625F0031, against its blanket purchase agreement with Tamarack Survey Group LLC for timber cruising.",
        "award",
        Some("Forest Service"),
        &["Tamarack Survey Group LLC"],
        &[],
    ),
    case(
        "The Federal Aviation Administration on June 2 signed a $640,000 agreement with Tamarack Survey Group LLC for timber cruising.",
        "award",
        Some("Federal Aviation Administration"),
        &["Tamarack Survey Group LLC"],
        &[],
    ),
    // A purchase to come from one named seller, without competition: a planned award to it;
    // the body that is the subject outranks the office the notice is attributed to.
    case(
        "Marlow State College trains nurses and welders.\n\nThe college intends to buy a mass spectrometer from a single supplier, Quillfield Analytical Inc., without competition, according to a notice posted Friday by its purchasing office.",
        "planned_award",
        Some("Marlow State College"),
        &["Quillfield Analytical Inc."],
        &[],
    ),
    // A subscription renewed by a board's vote: a new term bought, an award.
    case(
        "The Harlan County Board of Supervisors voted 3-2 on Monday to renew the county jail's video-visitation subscription with Tellwise Systems Inc. for three more years.",
        "award",
        Some("Harlan County Board of Supervisors"),
        &["Tellwise Systems Inc."],
        &[],
    ),
    // "tender" as a verb: a solicitation to come.
    case(
        "The Harbour Authority is expected to tender a separate dredging maintenance contract for the channel in 2027.",
        "presolicitation",
        Some("Harbour Authority"),
        &[],
        &[],
    ),
    // A company its appositive calls state-owned buys as a public body.
    case(
        "Kestrel Valley Water Company (KVWC), the state-owned utility that supplies the valley's towns, has awarded a $40 million contract to Brannock Civil Ltd for a new reservoir.",
        "award",
        Some("Kestrel Valley Water Company"),
        &["Brannock Civil Ltd"],
        &[],
    ),
    // A command and its site of two words after a dash.
    case(
        "Naval Supply Systems Command–San Diego signed a services agreement on May 4 with Harlow Marine Inc. to repair barges.",
        "award",
        Some("Naval Supply Systems Command–San Diego"),
        &["Harlow Marine Inc."],
        &[],
    ),
    // A body after an introductory phrase that ends in a quotation.
    case(
        "After what the mayor called \"a very long wait,\" the council voted 4-1 to buy two street sweepers from Dalby Equipment Sales Inc. for $610,000.",
        "award",
        Some("council"),
        &["Dalby Equipment Sales Inc."],
        &[],
    ),
    // "It was awarded by …" after the award: the same contract, no recipient "It".
    case(
        "The Coast Guard awarded a contract worth up to $30 million for hangar repairs. The contract went to Pellham Builders LLC in June. It was awarded by the Coast Guard's Surface Forces Logistics Center as a firm-fixed-price contract.",
        "award",
        Some("Coast Guard"),
        &["Pellham Builders LLC"],
        &[],
    ),
    // A shortlist told in the past after the award is an earlier step of it.
    case(
        "The port authority has awarded a $50 million dredging contract to Norhaven Marine. Bids were opened in May, after a qualification round last year that shortlisted four groups.",
        "award",
        Some("port authority"),
        &["Norhaven Marine"],
        &[],
    ),
    // An item staff put to the council, not yet voted: a planned award with its vendor.
    case(
        "Minutes of the Brookvale City Council, regular meeting.\n\nItem 4.b. RFP No. 25-031, Custodial Services. Staff recommended a custodial agreement with Brightline Janitorial Services LLC for the 2027 season at a not-to-exceed amount of $240,000. Councilmember Ortiz asked for references before voting.",
        "planned_award",
        Some("Brookvale City Council"),
        &["Brightline Janitorial Services LLC"],
        &[("$240,000", "ceiling")],
    ),
    // The administration's request that the council approve an agreement, then tabled.
    case(
        "The Brookvale City Council met Monday. The manager had asked council to approve a four-year agreement with Ardent Billing Partners for collecting parking fines, which staff put at roughly $900,000 over the term. Council President Ames moved to table it.",
        "planned_award",
        Some("Brookvale City Council"),
        &["Ardent Billing Partners"],
        &[("$900,000", "value")],
    ),
    // A board's vote to hire a firm the entity layer may read as a person: a trade word
    // ending the name ("Roofing", "Excavating") marks a business; the board may follow an
    // introductory phrase closed by a comma.
    case(
        "After a long debate over drainage, the Ferris County commissioners voted 3-2 on Monday to hire Kessler Excavating to regrade the fairgrounds lot for $212,000.",
        "award",
        Some("Ferris County commissioners"),
        &["Kessler Excavating"],
        &[("$212,000", "value")],
    ),
    // A project re-advertised after a rescinded award: a new call for bids, an event of its
    // own after the cancellation.
    nth(
        case(
            "The Dunmore County commissioners on Monday rescinded the $2.2 million contract they had awarded to Ferrell Roofing LLC for the courthouse roof.\n\nThe project was re-advertised Tuesday as Bid No. 25-40R, with bids due March 3.",
            "solicitation",
            Some("Dunmore County commissioners"),
            &[],
            &[],
        ),
        2,
        1,
    ),
    // A lease awarded by a public buyer is a contract; its total value, told with a gap
    // before "comes to", is its value.
    case(
        "The Department of Veterans Affairs has awarded a 20-year lease to Harborline Realty LLC for a 40,000-square-foot clinic in Dover. The total lease value over the term, including scheduled escalations, comes to about $31.5 million.",
        "award",
        Some("Department of Veterans Affairs"),
        &["Harborline Realty LLC"],
        &[("$31.5 million", "value")],
    ),
    // Minutes: a motion to award that carried is the award, by the body its mover sits on.
    case(
        "Minutes of the Marlow County Commission, regular session.\n\nMotion by Commissioner Lee, seconded by Commissioner Park, to award Bid No. 14-22 to Tri-County Paving LLC in the amount of $512,300; motion carried 3-0.",
        "award",
        Some("Marlow County Commission"),
        &["Tri-County Paving LLC"],
        &[("$512,300", "value")],
    ),
    // The next motion carried awards another bid: an event of its own.
    nth(
        case(
            "Minutes of the Marlow County Commission, regular session.\n\nMotion by Commissioner Lee, seconded by Commissioner Park, to award Bid No. 14-22 to Tri-County Paving LLC in the amount of $512,300; motion carried 3-0.\n\nMotion by Commissioner Park, seconded by Commissioner Diaz, to award Bid No. 14-25 to Redline Fleet Sales Inc. in the amount of $88,150; motion carried 3-0.",
            "award",
            Some("Marlow County Commission"),
            &["Redline Fleet Sales Inc."],
            &[("$88,150", "value")],
        ),
        2,
        1,
    ),
    // A board's approval of a counted purchase from a seller; its members name the body.
    case(
        "Lakeview Unified trustees on Monday approved the purchase of 40 radios and 12 chargers from Summit Comms Inc. for $96,400.",
        "award",
        Some("Lakeview Unified"),
        &["Summit Comms Inc."],
        &[("$96,400", "value")],
    ),
    // An official who signs for a local government: the government is the buyer.
    case(
        "Tillman County Judge Ava Reese signed an emergency repair contract Friday with Northbank Builders LLC for the courthouse roof.",
        "award",
        Some("Tillman County"),
        &["Northbank Builders LLC"],
        &[],
    ),
    // Kenyan shillings written "KSh", and a conversion in parentheses before the contract noun.
    case(
        "The Coastal Water Works Development Agency has awarded a KSh 2.1 billion (about US$16.3m) contract to Lakeside Builders Ltd. for a pipeline.",
        "award",
        Some("Coastal Water Works Development Agency"),
        &["Lakeside Builders Ltd."],
        &[("KSh 2.1 billion", "value")],
    ),
    // A sentence that states the estimated value, two paragraphs after a notice told without
    // one, gives that contract's value.
    case(
        "The Bureau of Land Management intends to award a sole-source contract to Ridgeback Survey Inc. for boundary mapping.\n\nThe bureau says only Ridgeback holds the older survey data.\n\nThe estimated value is about $1.9 million, including two years of updates.",
        "planned_award",
        Some("Bureau of Land Management"),
        &["Ridgeback Survey Inc."],
        &[("$1.9 million", "value")],
    ),
    // "the value of the fixed-price contract is": a word or two before the contract noun.
    case(
        "The Coast Guard awarded a contract to Harbor Light Marine LLC for buoy tender repairs. The value of the fixed-price contract is $2.7 million.",
        "award",
        Some("Coast Guard"),
        &["Harbor Light Marine LLC"],
        &[("$2.7 million", "value")],
    ),
    // The total that staff put on the contract, in the sentence after the vote, is its value.
    case(
        "The Pinewood City Council on Tuesday approved a contract with Cleanline Services LLC for street sweeping. Finance staff put the total at about $4.2 million over five years.",
        "award",
        Some("Pinewood City Council"),
        &["Cleanline Services LLC"],
        &[("$4.2 million", "value")],
    ),
    // What the contract comes to, in the sentence after the vote, is its value.
    case(
        "The Corley City Council on Monday approved a construction contract with Brookfield Builders Inc. for the new library. The contract comes to $38.5 million.",
        "award",
        Some("Corley City Council"),
        &["Brookfield Builders Inc."],
        &[("$38.5 million", "value")],
    ),
    // A state read on from a listed vendor's home town is no vendor of its own.
    case(
        "The General Services Administration has awarded places on its Orbit contract to four more companies. The newcomers include Ashgrove Data LLC of Tulsa, Oklahoma; Pell Street Technologies of Dayton, Ohio; Kinmount & Reyes Federal of Reston, Virginia; and Tallgrass Systems Inc. of Boise, Idaho.",
        "award",
        Some("General Services Administration"),
        &[
            "Ashgrove Data LLC",
            "Pell Street Technologies",
            "Kinmount & Reyes Federal of Reston",
            "Tallgrass Systems Inc.",
        ],
        &[],
    ),
    // The winners listed between dashes after the selection, each with its home town.
    nth(
        case(
            "The Air Force has picked three companies to build test drones for its range program. The winners — Corvane Robotics of Austin, Texas; Pell Ridge Aero of Wichita, Kansas; and Stonecastle Systems of Ogden, Utah — each received a fixed-price contract.",
            "award",
            Some("Air Force"),
            &["Corvane Robotics", "Pell Ridge Aero", "Stonecastle Systems"],
            &[],
        ),
        1,
        0,
    ),
    // A vendor after a description with a nationality ("the German crane maker X").
    case(
        "The Port of Ardmoor is in the final stages of negotiating a contract with the German crane maker Tessbach Hebetechnik GmbH for four cranes.",
        "planned_award",
        Some("Port of Ardmoor"),
        &["Tessbach Hebetechnik GmbH"],
        &[],
    ),
    // The contractor of a change order, named after the number of the contract it changes.
    case(
        "The Ridley County Water District board on Monday approved a change order adding $2.1 million to the pipeline contract. The change order, numbered CO-4 under contract RC-2025-031 with Halloran Pipe Co., covers added rock excavation.",
        "modification",
        Some("Ridley County Water District"),
        &["Halloran Pipe Co."],
        &[("$2.1 million", "value")],
    ),
    // A buyer its appositive calls an agency; the winner of each lot, a name with particles
    // and a joint venture among them.
    case(
        "Vlaamse Waterweg, the Flemish waterways agency, has awarded a three-lot framework agreement for dredging. Lot 1 (Ghent) went to Van den Berghe Baggerwerken N.V.; Lot 2 (Antwerp) to a joint venture of Dekeyser Marine and Hollis Dredging; and Lot 3 (Bruges) to Maertens Infra N.V.",
        "award",
        Some("Vlaamse Waterweg"),
        &[
            "Van den Berghe Baggerwerken N.V.",
            "Dekeyser Marine",
            "Hollis Dredging",
            "Maertens Infra N.V.",
        ],
        &[],
    ),
    // An amendment agreed with a named party is a contract's change, whatever words come
    // before the noun.
    case(
        "The Dorrance County Board of Supervisors voted 5-0 on Tuesday to approve a guaranteed maximum price amendment with Ridgeline Builders LLC, the construction manager at risk for the new courthouse.",
        "modification",
        Some("Dorrance County Board of Supervisors"),
        &["Ridgeline Builders LLC"],
        &[],
    ),
    // A termination in the present tense, with its notice: the body that notifies is the
    // buyer, the party notified the vendor.
    case(
        "The Nevada Department of Transportation has struggled with the rollout for years. The department notified Kestrel Data Systems Inc. on Friday that it is terminating the company's contract for convenience.",
        "cancellation",
        Some("Nevada Department of Transportation"),
        &["Kestrel Data Systems Inc."],
        &[],
    ),
    // A notice named before its verb, as a participle with its day: the notice's release.
    case(
        "The Bureau of Reclamation wants ideas for monitoring dam seepage. A request for information posted Tuesday on SAM.gov, 140R8126Q0007, asks vendors how they would install sensors.",
        "rfi",
        Some("Bureau of Reclamation"),
        &[],
        &[],
    ),
    // Talks with one supplier over a contract are an award to come.
    case(
        "The Lakeport Transit Authority is in the final stages of negotiating a contract with Vossberg Rail GmbH for 12 light-rail vehicles, officials said.",
        "planned_award",
        Some("Lakeport Transit Authority"),
        &["Vossberg Rail GmbH"],
        &[],
    ),
    // The bidder that opens a low-bid sentence is the one in line for the award told after it.
    case(
        "Dunmore Paving Co. was the apparent low bidder at $2,410,000 for the resurfacing of Route 9, state officials said. The Ohio Department of Transportation is expected to award the contract next month.",
        "planned_award",
        Some("Ohio Department of Transportation"),
        &["Dunmore Paving Co."],
        &[("$2,410,000", "value")],
    ),
    // "adding about $4.5 million": the change's value, with its approximation.
    case(
        "The Ohio Department of Transportation on Monday extended its road-salt contract with Brisco Minerals Inc. by six months, adding about $4.5 million.",
        "modification",
        Some("Ohio Department of Transportation"),
        &["Brisco Minerals Inc."],
        &[("$4.5 million", "value")],
    ),
    // The total over the contract's life is its value (not the yearly cost).
    case(
        "The Harlan Township Board of Trustees voted 4-1 on Thursday to give the snow-removal contract to Pelham Grading LLC. The three-year agreement will cost the township about $1.2 million a year, or roughly $3.6 million over its life.",
        "award",
        Some("Harlan Township Board of Trustees"),
        &["Pelham Grading LLC"],
        &[("$3.6 million", "value")],
    ),
    // A stated expectation after a condition is still a plan ("If the bids check out, … is
    // expected to award"), unlike a possibility ("may award").
    case(
        "If the bids check out, the Ridgefield County Commission is expected to award the contract at its March 3 meeting.",
        "planned_award",
        Some("Ridgefield County Commission"),
        &[],
        &[],
    ),
    // A public body's vote to give a contract to a company is its award.
    case(
        "The Harlan Township Board of Trustees voted 4-1 on Thursday to give the snow-removal contract to Pelham Grading LLC.",
        "award",
        Some("Harlan Township Board of Trustees"),
        &["Pelham Grading LLC"],
        &[],
    ),
    // Companies picked "to share" a multiple-award contract, named later.
    case(
        "The Department of Energy has picked five small businesses to share a multiple-award contract for site cleanup worth up to $200 million.",
        "award",
        Some("Department of Energy"),
        &[],
        &[("$200 million", "ceiling")],
    ),
    // An appositive names the object again: the preposition before its comma does not part the
    // verb from the contract.
    case(
        "The Marlow Port Authority's board on Tuesday approved the largest equipment purchase in its history, a contract with Dorrance Crane Co. for six cranes.",
        "award",
        Some("Marlow Port Authority"),
        &["Dorrance Crane Co."],
        &[],
    ),
    // A solicitation withdrawn, as subject or as object, ends the procurement.
    case(
        "The Ohio Department of Administrative Services said its request for proposals for janitorial services, issued in March, was withdrawn after only one bid came in.",
        "cancellation",
        Some("Ohio Department of Administrative Services"),
        &[],
        &[],
    ),
    case(
        "The Bureau of Prisons withdrew the solicitation on Friday, citing errors in its pricing tables.",
        "cancellation",
        Some("Bureau of Prisons"),
        &[],
        &[],
    ),
    // The incumbent working on under an extension while a new award is fought over: a
    // modification of its own contract, another event than the award.
    nth(
        case(
            "The Navy awarded the help-desk contract to Arbel Systems LLC in May. Dunmore Facility Services Inc. has continued to run the help desk under a temporary extension while the protest played out.",
            "modification",
            Some("Navy"),
            &["Dunmore Facility Services Inc."],
            &[],
        ),
        2,
        1,
    ),
    // The winner's low bid, told after the award, is the contract's price.
    case(
        "The Bexley City Council on Monday approved a sidewalk contract with Fernhill Concrete Inc. for the east side. Fernhill came in lowest of five bidders at $1,204,500.",
        "award",
        Some("Bexley City Council"),
        &["Fernhill Concrete Inc."],
        &[("$1,204,500", "value")],
    ),
    // An option on another firm's contract in the next paragraph is an event of its own.
    nth(
        case(
            "The Dunmore City Council voted 6-1 on Monday to award a $4.1 million paving contract to Ashgrove Paving Inc.\n\nThe council then voted 7-0 to exercise the second of three renewal options on its license with Corbel Civic Software LLC for the permit system, at $98,000.",
            "option",
            Some("Dunmore City Council"),
            &["Corbel Civic Software LLC"],
            &[("$98,000", "value")],
        ),
        2,
        1,
    ),
    // A vote to exercise a renewal option is the exercise.
    case(
        "The Dunmore City Council voted 6-1 to exercise the first of two one-year renewal options on its contract with Kettleby Waste Services Inc. for curbside recycling, at $1.9 million.",
        "option",
        Some("Dunmore City Council"),
        &["Kettleby Waste Services Inc."],
        &[("$1.9 million", "value")],
    ),
    // An attribution between the role words and the amount: the estimate is the value, the
    // sum with the extensions the potential.
    case(
        "The Maritime Administration issued a request for proposals for ferry maintenance on Monday. The estimated value, according to the notice, is $80 million over five years, with two extensions that could push the total to $110 million.",
        "solicitation",
        Some("Maritime Administration"),
        &[],
        &[("$80 million", "value"), ("$110 million", "potential")],
    ),
    // "to a team led by X, including Y and Z": the leader and its members.
    case(
        "The port commission voted 5-0 on Monday to award a $310 million design-build contract to a team led by Quarrystone Builders Inc., including Fenwick Design Group and Tollard Electric, to rebuild the cargo wharf.",
        "award",
        Some("port commission"),
        &[
            "Quarrystone Builders Inc.",
            "Fenwick Design Group",
            "Tollard Electric",
        ],
        &[("$310 million", "value")],
    ),
    // "a protest brought by X against the award to Y": the protester and the awardee.
    case(
        "A judge has denied a bid protest brought by Ostler Paving LLC against the Park Service's award of a road repair contract to Grimsby Asphalt Inc.",
        "protest",
        Some("Park Service"),
        &["Ostler Paving LLC", "Grimsby Asphalt Inc."],
        &[],
    ),
    // "It's" and the price in a sentence without any other cue word.
    case(
        "The Coast Guard placed a task order with Tidepool Analytics Inc. under its data blanket purchase agreement, 70Z0G124A00000042. It's $9.5 million for building a model.",
        "award",
        Some("Coast Guard"),
        &["Tidepool Analytics Inc."],
        &[("$9.5 million", "value")],
    ),
    // What the purchase "will cost" is its value.
    case(
        "The Harlow County Board of Supervisors voted 4-1 on Tuesday to buy 40 voting machines from Tallyline Systems Inc. The purchase will cost $2.3 million, including five years of support.",
        "award",
        Some("Harlow County Board of Supervisors"),
        &["Tallyline Systems Inc."],
        &[("$2.3 million", "value")],
    ),
    // A renewal voted by a public body is an option exercised, with its price after the
    // length it adds.
    case(
        "GLENMORE, April 8, 2026 — The Glenmore County Board of Commissioners voted 4-1 on Tuesday to renew its janitorial contract with Brightstar Cleaning LLC for one more year at $640,000.",
        "option",
        Some("Glenmore County Board of Commissioners"),
        &["Brightstar Cleaning LLC"],
        &[("$640,000", "value")],
    ),
    // A sentence about the order that opens on "it" and its price.
    case(
        "The Coast Guard placed a task order with Tidepool Analytics Inc. under its data blanket purchase agreement last month. It's $9.5 million for building a vessel-tracking dashboard.",
        "award",
        Some("Coast Guard"),
        &["Tidepool Analytics Inc."],
        &[("$9.5 million", "value")],
    ),
    // Counted awardees named in the next paragraph as the vehicle's newcomers.
    case(
        "The Department of Energy on Tuesday awarded contracts to 12 more companies on Beacon, its small-business services vehicle.\n\nThe newcomers include Larkspur Data LLC of Austin, Texas; Ferro Point Systems of Dayton, Ohio; and Quillon Federal Inc. of Reston, Virginia.",
        "award",
        Some("Department of Energy"),
        &[
            "Larkspur Data LLC",
            "Ferro Point Systems",
            "Quillon Federal Inc.",
        ],
        &[],
    ),
    // A planned re-solicitation that gives the award's time is a planned award; one that
    // does not stays a presolicitation (EVENTS_GOLD.md, "Planned steps").
    case(
        "The Lakeshore Water Authority intends to re-advertise the pump station project in October, with bids due Dec. 4 and an award early next year.",
        "planned_award",
        Some("Lakeshore Water Authority"),
        &[],
        &[],
    ),
    case(
        "The Lakeshore Water Authority intends to re-advertise the pump station project in October.",
        "presolicitation",
        Some("Lakeshore Water Authority"),
        &[],
        &[],
    ),
    // A vote to buy told in an "after" clause whose local body has no article.
    case(
        "Two new snowplows are on their way to the road department after county commissioners voted 3-2 on Monday to buy them from Tallgrass Truck Sales Inc. for $612,000.",
        "award",
        Some("county commissioners"),
        &["Tallgrass Truck Sales Inc."],
        &[("$612,000", "value")],
    ),
    // "a not-to-exceed value of": a ceiling.
    case(
        "The Army awarded Redoubt Systems LLC a letter contract with a not-to-exceed value of $40 million for spare drone parts.",
        "award",
        Some("Army"),
        &["Redoubt Systems LLC"],
        &[("$40 million", "ceiling")],
    ),
    // An undefinitized contract action issued in a participle clause: an award.
    case(
        "The Navy has told a Maine shipyard to begin repairing a damaged destroyer before a price is agreed, issuing an undefinitized contract action worth up to $95 million to Casco Bay Ship Repair Inc.",
        "award",
        Some("Navy"),
        &["Casco Bay Ship Repair Inc."],
        &[("$95 million", "ceiling")],
    ),
    // A contract signed with the winner, which had been named preferred bidder: the award's
    // vendor, no plan of its own.
    case(
        "The Scottish Ferries Agency has signed a contract worth £64 million with a Norwegian-Scottish group for 30 hydrogen ferry engines.\n\nThe contract was signed on 4 May with Corrie Marine Ltd and its Norwegian partner, Fjordvik Propulsion Ltd, which had been named preferred bidder at the end of the tender.",
        "award",
        Some("Scottish Ferries Agency"),
        &["Corrie Marine Ltd", "Fjordvik Propulsion Ltd"],
        &[("£64 million", "value")],
    ),
    // A year inside a relative clause does not date the award of its sentence.
    case(
        "WASHINGTON, May 4, 2026 — The Navy, which in 2019 began looking for a new harbor radar, awarded Keelhaul Sensors Inc. a $90 million contract on Tuesday.",
        "award",
        Some("Navy"),
        &["Keelhaul Sensors Inc."],
        &[("$90 million", "value")],
    ),
    // An award dated years before the story, told as its background, is no event of it.
    nth(
        case(
            "WASHINGTON, May 4, 2026 — The Bureau of Prisons has awarded a $12 million contract to Ferncliff Kitchens LLC to replace cooking equipment at six prisons.\n\nIn 2019, the bureau turned to Ostrander Foodservice Inc., awarding it a $7 million contract for similar work.",
            "award",
            Some("Bureau of Prisons"),
            &["Ferncliff Kitchens LLC"],
            &[("$12 million", "value")],
        ),
        1,
        0,
    ),
    // The value of the contract's original award, years before, is a former value.
    case(
        "The Forest Service has awarded Larchmont Aerial LLC a contract worth $44 million to map wildfire fuels across four states. Its original 2019 award was worth $21 million.",
        "award",
        Some("Forest Service"),
        &["Larchmont Aerial LLC"],
        &[("$44 million", "value")],
    ),
    // The office that signed an award told in the sentence after the department's award: one
    // event, the department's.
    case(
        "The Department of Energy has awarded a $75 million contract to Pendlebury Grid Services LLC to upgrade substations at three national laboratories.\n\nThe Office of Science Consolidated Service Center made the award on March 3, according to a contract notice.",
        "award",
        Some("Department of Energy"),
        &["Pendlebury Grid Services LLC"],
        &[("$75 million", "value")],
    ),
    // A protest's awardee told by a relative clause: "a setback for X, which won the
    // contract"; the protester in the next sentence.
    case(
        "The Government Accountability Office has sustained a protest of a Federal Highway Administration award for bridge-inspection software.\n\nThe decision is a blow to Corvell Structural Inc., which won the $40 million contract in May. Brightwater Analytics LLC, the losing bidder, filed its protest in June.",
        "protest",
        Some("Federal Highway Administration"),
        &["Corvell Structural Inc.", "Brightwater Analytics LLC"],
        &[("$40 million", "value")],
    ),
    // "raised the contract's ceiling by X, to Y": the change is the action's value, the new
    // total its ceiling (a possessive before "ceiling").
    case(
        "The Census Bureau has extended its survey-processing contract with Halcott Data Services by four months and raised the contract's ceiling by $9 million, to $130 million.",
        "modification",
        Some("Census Bureau"),
        &["Halcott Data Services"],
        &[("$9 million", "value"), ("$130 million", "ceiling")],
    ),
    // Counted awardees of two words before "for" and a contract type with a slash: an award
    // whose names follow in a list.
    case(
        "The Food and Drug Administration has picked four small businesses for a multiple-award, indefinite-delivery/indefinite-quantity contract covering lab software, with a ceiling of $90 million.\n\nThe winners are:\n\n- Pellmar Bio Systems LLC, Frederick, Maryland\n- Stonecress Data Inc., Raleigh, North Carolina\n- Arbel Lab Works LLC, Austin, Texas\n- Kinnick Analytics Corp., Ames, Iowa",
        "award",
        Some("Food and Drug Administration"),
        &[
            "Pellmar Bio Systems LLC",
            "Stonecress Data Inc.",
            "Arbel Lab Works LLC",
            "Kinnick Analytics Corp.",
        ],
        &[("$90 million", "ceiling")],
    ),
    // The first order under a vehicle just awarded to several holders is a procurement of its
    // own; "it" is the agency that opens the sentence before.
    nth(
        case(
            "The Food and Drug Administration has picked Pellmar Bio Systems LLC and Stonecress Data Inc. for a multiple-award contract with a ceiling of $90 million.\n\nThe FDA moved quickly. On May 4 it placed the first task order, worth $2.2 million, with Stonecress Data Inc. to move sample records to the cloud.",
            "award",
            Some("FDA"),
            &["Stonecress Data Inc."],
            &[("$2.2 million", "value")],
        ),
        2,
        1,
    ),
    // "The consortium, led by X of City together with the City integrator Y": both members of
    // the group an agreement was concluded with.
    case(
        "COPENHAGEN, 2 March 2026 -- The Danish Ministry of Defence has concluded a framework agreement worth up to €60 million with a Nordic consortium to supply field radios.\n\nThe consortium, led by Fjordlink Radio A/S of Aarhus together with the Oslo integrator Tindvik Systemer ASA, will deliver the first radios next year.",
        "award",
        Some("Danish Ministry of Defence"),
        &["Fjordlink Radio A/S", "Tindvik Systemer ASA"],
        &[("€60 million", "ceiling")],
    ),
    // A signatory described as a company by its appositive is the vendor; the buyer's office
    // after "with" is none.
    case(
        "Kestrel Cell, a two-year-old Austin, Texas, start-up that builds fuel cells, has signed an other transaction agreement with the Navy's Office of Naval Research worth $3.1 million.",
        "award",
        Some("Navy"),
        &["Kestrel Cell"],
        &[("$3.1 million", "value")],
    ),
    // A home town told before "company" after "went to" is split at its comma: no vendor.
    case(
        "The Bureau of Reclamation on Monday chose Tallow Creek Hydrology LLC to model river flows, a contract worth $14 million.\n\nThe bureau said the award went to the Fargo, North Dakota-based company after a competition among four bidders.",
        "award",
        Some("Bureau of Reclamation"),
        &["Tallow Creek Hydrology LLC"],
        &[("$14 million", "value")],
    ),
    // A release in the passive: "awarded to the company" is the company of the release; "Work
    // was awarded under contract …" gives its number, no second award.
    case(
        "PORTLAND, Ore., March 3, 2026 /PRNewswire/ -- Quillfeather Systems Inc. today announced that a contract has been awarded to the company by the Bureau of Land Management to map grazing allotments.\n\nThe contract is valued at $4.2 million. Work was awarded under contract number 140L0126C0007 and is set to begin in April.",
        "award",
        Some("Bureau of Land Management"),
        &["Quillfeather Systems Inc."],
        &[("$4.2 million", "value")],
    ),
    // "The amendment with X": the vendor of an amended contract, named in the next sentence.
    case(
        "The Ohio Department of Transportation has signed an amendment that raises the value of its contract for snowplow tracking by $1.2 million, to $5 million.\n\nThe amendment with Brindle Fleetworks, a Columbus software company, was signed Oct. 2.",
        "modification",
        Some("Ohio Department of Transportation"),
        &["Brindle Fleetworks"],
        &[("$1.2 million", "value"), ("$5 million", "cumulative")],
    ),
    // The buyer named before "is expected to" in a clause after the contract.
    case(
        "The firm's next goal, its founder said, is a larger mapping contract the Forest Service is expected to put out for bids next year.",
        "presolicitation",
        Some("Forest Service"),
        &[],
        &[],
    ),
    // "The selected firms are:" and a bulleted list, in a paragraph of its own.
    case(
        "The National Park Service today announced the award of three indefinite-delivery contracts for trail repair with a combined ceiling of $45 million.\n\nThe selected firms are:\n\n• Ridgecrest Trailworks LLC, of Missoula, Montana;\n• Cairn Builders Inc., of Bozeman, Montana; and\n• Switchback Civil Group, of Boise, Idaho.\n\nWork is expected to begin in the spring.",
        "award",
        Some("National Park Service"),
        &[
            "Ridgecrest Trailworks LLC",
            "Cairn Builders Inc.",
            "Switchback Civil Group",
        ],
        &[("$45 million", "ceiling")],
    ),
    // A plan to seek bids, then the winner to come: the plan leads to an award.
    case(
        "The Coast Guard is preparing to seek bids for a contract worth as much as $400 million to replace its cutter maintenance software, officials said.\n\nA winner would be chosen late in fiscal 2028, they said.",
        "planned_award",
        Some("Coast Guard"),
        &[],
        &[("$400 million", "ceiling")],
    ),
    // A brief in capitals: the purpose's "TO" after the vendor names no second vendor.
    case(
        "THE NAVY HAS AWARDED A $12,500,000 CONTRACT TO HARBORSIDE CATERING LLC TO COOK AND SERVE MEALS AT TWO BASES, THE SERVICE SAID.",
        "award",
        Some("NAVY"),
        &["HARBORSIDE CATERING LLC"],
        &[("$12,500,000", "value")],
    ),
    // "has selected X as preferred bidder": a planned award, not the selection of a winner.
    case(
        "The Department of Transport has selected Harbourline Rail Pty Ltd as preferred bidder to run the new tram network.",
        "planned_award",
        Some("Department of Transport"),
        &["Harbourline Rail Pty Ltd"],
        &[],
    ),
    // "issued the company a task order": the company of the story; the schedule contract it
    // won the year before is background, no event of its own.
    case(
        "Tidemark Survey LLC has spent two years chasing federal work.\n\nThe Coast Guard has issued the company a $900,000 task order to chart three harbors. The order was placed under the company's schedule contract, 47QSWA22D0001, which it won in 2023.",
        "award",
        Some("Coast Guard"),
        &["Tidemark Survey LLC"],
        &[("$900,000", "value")],
    ),
    // "The district's board of directors": a body of the district, named in lower case.
    case(
        "The district's board of trustees voted 4-1 on Monday evening to approve a $2.3 million contract with Redfern Pumpworks to replace three pumps.",
        "award",
        Some("district's board of trustees"),
        &["Redfern Pumpworks"],
        &[("$2.3 million", "value")],
    ),
    // "Last week the agency gave …": the agency named before, after a time phrase.
    case(
        "Consider the Federal Aviation Administration. Last week the agency gave Tallgrass Avionics Group a $75 million contract to replace radar displays.",
        "award",
        Some("Federal Aviation Administration"),
        &["Tallgrass Avionics Group"],
        &[("$75 million", "value")],
    ),
    // A draft and a sources-sought notice told after the request for proposals: its earlier
    // steps, no event of their own.
    case(
        "The Bureau of Prisons released a request for proposals on Tuesday for kitchen equipment at 12 prisons. Offers are due Jan. 9.\n\nThe bureau issued a draft request for proposals in August and a sources-sought notice last spring.",
        "solicitation",
        Some("Bureau of Prisons"),
        &[],
        &[],
    ),
    // The incumbent keeps working under its old contract, extended: a modification of its own.
    nth(
        case(
            "Harbor Data Inc. has protested the Navy's award of a $90 million logistics contract to Zenith Corp.\n\nHarbor Data will keep working under the old contract, which was extended through March 31, a company spokeswoman said.",
            "modification",
            Some("Navy"),
            &["Harbor Data"],
            &[],
        ),
        2,
        1,
    ),
    // "That contract" after "a separate … contract": the other contract is the one extended.
    nth(
        case(
            "The Department of Revenue has canceled its $40 million contract with Quill Systems Inc. for a new tax system.\n\nMeanwhile, the old system, run by Tamsin Data Corp. under a separate $3 million support contract, stays in use. That contract was extended last month through June 30, 2027.",
            "modification",
            Some("Department of Revenue"),
            &["Tamsin Data Corp."],
            &[],
        ),
        2,
        1,
    ),
    // "The fixed-price, multiyear contract" in the next paragraph is the contract just awarded.
    case(
        "The Bureau of Reclamation awarded Dunmore Hydro Services Inc. a contract to overhaul two turbines.\n\nThe fixed-price, multiyear contract is worth up to $48 million.",
        "award",
        Some("Bureau of Reclamation"),
        &["Dunmore Hydro Services Inc."],
        &[("$48 million", "ceiling")],
    ),
    // A firm told with its home town ("X of City, State") is the one selected, without the town.
    case(
        "The Forest Service has selected Pinegate Aerial Mapping of Bend, Oregon, to survey burned timberland in three national forests.",
        "award",
        Some("Forest Service"),
        &["Pinegate Aerial Mapping"],
        &[],
    ),
    // "its contract with the company": the company the story is about.
    case(
        "Brightline Avionics Inc. reported higher quarterly sales on Tuesday.\n\nSeparately, the Air Force exercised a $4 million option on its test support contract with the company.",
        "option",
        Some("Air Force"),
        &["Brightline Avionics Inc."],
        &[("$4 million", "value")],
    ),
    // The complaint about a contract told before: its filer is the protester.
    case(
        "The Navy awarded a $5 million contract to Brisk Systems LLC in May.\n\nHarlow Data Inc. filed its complaint on Monday, asking a judge to stop the Navy from going ahead with the contract.",
        "protest",
        Some("Navy"),
        &["Brisk Systems LLC", "Harlow Data Inc."],
        &[],
    ),
    // How the award is made stands between the verb and the follow-on it awards.
    case(
        "The Coast Guard intends to award on a sole-source basis a follow-on contract to Bayline Optics Inc. for two more cameras.",
        "planned_award",
        Some("Coast Guard"),
        &["Bayline Optics Inc."],
        &[],
    ),
    // An amount received to do work is a contract.
    case(
        "Tarrant Marine Pty Ltd will receive A$80 million to build four patrol boats, the Department of Defence said on Friday.",
        "award",
        Some("Department of Defence"),
        &["Tarrant Marine Pty Ltd"],
        &[("A$80 million", "value")],
    ),
    // "In a separate vote" opens another action of the same body.
    nth(
        case(
            "The Elmwood City Council approved a $2 million contract with Parkline Paving LLC on Monday. In a separate vote, the council approved a $400,000 contract with Brightway Signals Inc. for traffic lights.",
            "award",
            Some("Elmwood City Council"),
            &["Brightway Signals Inc."],
            &[("$400,000", "value")],
        ),
        2,
        1,
    ),
    // A body's vote to end a contract with another vendor is a cancellation of its own.
    nth(
        case(
            "The Granger County Commission approved a $3 million contract with Oakline Roofing Inc. on Tuesday. The commission also voted to end its busing contract with Yellowfield Transit LLC.",
            "cancellation",
            Some("Granger County Commission"),
            &["Yellowfield Transit LLC"],
            &[],
        ),
        2,
        1,
    ),
    // A planned invitation to tender with the contract to follow: a planned award.
    case(
        "The Home Office plans to issue an invitation to tender for border radios next spring, with a contract to follow in 2028.",
        "planned_award",
        Some("Home Office"),
        &[],
        &[],
    ),
    // A bare description before the recipient's name.
    case(
        "The Navy plans to award a $90 million contract to robotics startup Tidewell Labs for hull inspections.",
        "planned_award",
        Some("Navy"),
        &["Tidewell Labs"],
        &[("$90 million", "value")],
    ),
    case(
        "The Interior Department extended its contract with incumbent Stonebridge Data Corp. through June 2027.",
        "modification",
        Some("Interior Department"),
        &["Stonebridge Data Corp."],
        &[],
    ),
    // "until a new hauler is chosen" is pending, no award: the plan after it opens its event.
    nth(
        case(
            "The Ashby County Commission signed a $1 million contract with Glenrock Waste LLC in May. Crews will keep collecting bulky items until a new hauler is chosen; a request for proposals is planned for August.",
            "presolicitation",
            Some("Ashby County Commission"),
            &[],
            &[],
        ),
        2,
        1,
    ),
    // A laboratory's subcontract, priced in the sentence that opens with it.
    case(
        "The Argonne National Laboratory ordered a stop-work on its annex project with Lakeshore Builders Inc. on Monday. The $8 million subcontract was due for completion in June.",
        "modification",
        Some("Argonne National Laboratory"),
        &["Lakeshore Builders Inc."],
        &[("$8 million", "value")],
    ),
    // What "a successor to" succeeds is another contract: its holder is no vendor.
    case(
        "The Energy Department plans to award a successor to the Ridgeway Analytics contract in the second quarter of fiscal 2027.",
        "planned_award",
        Some("Energy Department"),
        &[],
        &[],
    ),
    // A state's "Division of …" is a buyer.
    case(
        "The Nebraska Division of Public Health signed a $2 million contract with Prairie Lab Services Inc. for newborn screening.",
        "award",
        Some("Nebraska Division of Public Health"),
        &["Prairie Lab Services Inc."],
        &[("$2 million", "value")],
    ),
    // "The bridge contract" after the sentence that reported the bridge contract is the event.
    case(
        "The Montana Department of Labor signed a six-month bridge contract with Big Sky Claims LLC on Friday. The bridge contract is worth up to $1.4 million.",
        "award",
        Some("Montana Department of Labor"),
        &["Big Sky Claims LLC"],
        &[("$1.4 million", "ceiling")],
    ),
    // Synonym-spun reposts write "positioned" for "placed".
    case(
        "The Federal Aviation Administration has positioned a $12 million job order with Runway Optics Inc., the agency said.",
        "award",
        Some("Federal Aviation Administration"),
        &["Runway Optics Inc."],
        &[("$12 million", "value")],
    ),
    // The vendor named where the contract is said to have been signed with it.
    case(
        "The Bureau of Labor Statistics has awarded a sole-source bridge contract for its survey portal, the bureau said. The bridge, signed Aug. 3 with Quillfeather Data Corp., is worth $12 million.",
        "award",
        Some("Bureau of Labor Statistics"),
        &["Quillfeather Data Corp."],
        &[("$12 million", "value")],
    ),
    // "keeps X on the job": the vendor an extension keeps.
    case(
        "The Indian Health Service extended its laundry contract at the Gallup hospital through June 30. The extension, worth $1.1 million, keeps Mesa Linen Services LLC on the job while a new contract is competed.",
        "modification",
        Some("Indian Health Service"),
        &["Mesa Linen Services LLC"],
        &[("$1.1 million", "value")],
    ),
    // A subject whose modifiers hold commas leaves no determiner as a vendor.
    case(
        "The Defense Health Agency awarded four companies spots on a $400 million contract for lab services. The indefinite-delivery, indefinite-quantity contracts, managed by the agency's office in Falls Church, were awarded on May 2.",
        "award",
        Some("Defense Health Agency"),
        &[],
        &[("$400 million", "value")],
    ),
    // A stop-work order is a change to a contract in force; "Separately," opens another action
    // even under the same department.
    nth(
        case(
            "The Federal Aviation Administration awarded Delmar Paving Co. a $9 million contract for runway repairs.\n\nSeparately, the Federal Aviation Administration ordered a stop-work on its $4 million hangar contract with Ridgeway Builders Inc.",
            "modification",
            Some("Federal Aviation Administration"),
            &["Ridgeway Builders Inc."],
            &[("$4 million", "value")],
        ),
        2,
        1,
    ),
    // "the replacement solicitation" after an extension is the next procurement.
    nth(
        case(
            "The Bureau of Prisons extended its food-service contract with Larchmont Provisions LLC by four months, adding $2.2 million. The bureau issued the replacement solicitation, 15BFA026R00000012, on Oct. 2.",
            "solicitation",
            Some("Bureau of Prisons"),
            &[],
            &[],
        ),
        2,
        1,
    ),
    // A new request for quotes after a cancellation: a procurement to come.
    nth(
        case(
            "The Coast Guard canceled a $7 million order with Harbor Marine Inc. for buoy tenders' engines. The service will issue a new request for quotes in the spring.",
            "presolicitation",
            Some("Coast Guard"),
            &[],
            &[],
        ),
        2,
        1,
    ),
    // "plans to launch a solicitation" announces one.
    nth(
        case(
            "NOAA exercised a $12 million option on its contract with Skyline Ground Systems Inc. for data processing. NOAA plans to launch a solicitation for the follow-on ground system in March 2027.",
            "presolicitation",
            Some("NOAA"),
            &[],
            &[],
        ),
        2,
        1,
    ),
    // A stop-work order told alone is still a change to a contract (DEV12 gold convention).
    case(
        "The Bureau of Reclamation issued a stop-work order in March, citing welding defects.",
        "modification",
        Some("Bureau of Reclamation"),
        &[],
        &[],
    ),
    // "will keep running … under a bridge contract": an award in other words.
    case(
        "The incumbent, Tidewater Help Desk Inc., will keep running the service desk under a one-year bridge contract worth $3 million, the Forest Service said.",
        "award",
        Some("Forest Service"),
        &["Tidewater Help Desk Inc."],
        &[("$3 million", "value")],
    ),
    // "as a … deal with a base year and four option years" describes the contract terminated:
    // no new contract, and "The contract" is no vendor.
    case(
        "The Forest Service terminated its $5 million contract with Pinecrest Mapping LLC for convenience. The contract had been awarded in 2024 as a firm-fixed-price deal with a base year and four option years.",
        "cancellation",
        Some("Forest Service"),
        &["Pinecrest Mapping LLC"],
        &[("$5 million", "value")],
    ),
    // A buyer that expects to choose a supplier plans an award of its own; "Defence" alone is
    // the department.
    nth(
        case(
            "The Royal Australian Navy awarded Tarn Optics Ltd a A$8 million contract for sensor trials. Defence expects to choose one supplier for production by mid-2027.",
            "planned_award",
            Some("Defence"),
            &[],
            &[],
        ),
        2,
        1,
    ),
    // A second winner that "won" an amount for the same work, described by an appositive, is
    // another award.
    nth(
        case(
            "The Royal Australian Navy awarded Tarn Optics Ltd a A$8 million contract for sensor trials. Wirra Labs, the Australian arm of U.K.-based Halden Systems, won A$6.5 million for the same work.",
            "award",
            Some("Royal Australian Navy"),
            &["Wirra Labs"],
            &[("A$6.5 million", "value")],
        ),
        2,
        1,
    ),
    // A public body's vote to buy a counted lot is an award; the seller is the dealer named
    // in a later sentence.
    case(
        "The Dorchester School Committee voted 5-2 Tuesday to buy 20 electric vans.\n\nThe vans, sold through its regional dealer, Harbor Fleet Sales LLC, will cost $2.1 million.",
        "award",
        Some("Dorchester School Committee"),
        &["Harbor Fleet Sales LLC"],
        &[],
    ),
    // An order under the single-award framework just reported goes to its holder.
    nth(
        case(
            "The Defense Logistics Agency has signed a framework contract worth up to $900 million with Tarrant Fuels LLC for jet fuel. The agency placed a first order worth $80 million under the framework for deliveries to Guam.",
            "award",
            Some("Defense Logistics Agency"),
            &["Tarrant Fuels LLC"],
            &[("$80 million", "value")],
        ),
        2,
        1,
    ),
    // A protest of an agency's award named with its possessive; the awardee as "rival X".
    case(
        "Dunmore Analytics Inc. said on Tuesday it has protested the Internal Revenue Service's award of a $75 million data contract to rival Quayle Systems.",
        "protest",
        Some("Internal Revenue Service"),
        &["Dunmore Analytics Inc.", "Quayle Systems"],
        &[("$75 million", "value")],
    ),
    // "disclosed that" opens the reported clause; "its contract" is the speaker's.
    case(
        "Brantley Marine Corp. disclosed that the Coast Guard exercised a $6 million option on its cutter maintenance contract.",
        "option",
        Some("Coast Guard"),
        &["Brantley Marine Corp."],
        &[("$6 million", "value")],
    ),
    // "made the award" in a story about a company; the contract's worth told just before.
    case(
        "Shares of Tolland Optics Inc. rose 8% after the company disclosed its largest order.\n\nThe contract is for night-vision goggles and is worth up to $90 million. The Marine Corps made the award on March 3, according to a company filing.",
        "award",
        Some("Marine Corps"),
        &["Tolland Optics Inc."],
        &[("$90 million", "ceiling")],
    ),
    // "the board of X" is X's; a home town and a losing rival around the vendor.
    case(
        "On May 2, the board of Fairhaven Regional Airport picked Denver-based Castell Civil LLC over two rivals for a runway repair contract.",
        "award",
        Some("Fairhaven Regional Airport"),
        &["Castell Civil LLC"],
        &[],
    ),
    // A vote told in a subordinate clause without a comma: its subject is the buyer.
    case(
        "Drivers will see new plows this winter after the town council voted 5-2 Monday to buy four dump trucks from Harbison Truck Sales Inc.",
        "award",
        Some("town council"),
        &["Harbison Truck Sales Inc."],
        &[],
    ),
    // A school committee is a local public body.
    case(
        "The Brockton School Committee voted Tuesday to buy 30 laptop carts from Delmont Technology LLC.",
        "award",
        Some("Brockton School Committee"),
        &["Delmont Technology LLC"],
        &[],
    ),
    // "re-awarded" is an award, not an adjective like "previously-awarded".
    case(
        "The Ohio Department of Transportation re-awarded its $40 million bridge inspection contract to Calder Engineering Inc. on Friday.",
        "award",
        Some("Ohio Department of Transportation"),
        &["Calder Engineering Inc."],
        &[("$40 million", "value")],
    ),
    // A long appositive between the preferred bidder and "as preferred bidder".
    case(
        "The Department for Transport has named Northgate Rail Partners, a consortium of Alder Civil Engineering and Brightwater Systems plc, as preferred bidder for a £600m signalling contract.",
        "planned_award",
        Some("Department for Transport"),
        &["Northgate Rail Partners"],
        &[("£600m", "value")],
    ),
    // A framework priced in euros is an award object; its suppliers follow a dash.
    case(
        "The Danish Ministry of Defence awarded a three-year framework worth up to €30m to three suppliers — Vell Marine GmbH, Osk Hydraulics AB and Tarn Rigging Ltd — for spare parts.",
        "award",
        Some("Danish Ministry of Defence"),
        &["Vell Marine GmbH", "Osk Hydraulics AB", "Tarn Rigging Ltd"],
        &[("€30m", "ceiling")],
    ),
    // A relative clause closed by a comma before the verb: the buyer is before it.
    case(
        "The Defense Logistics Agency, which buys fuel for the armed forces, chose Maplecrest Data Inc., a unit of Tarn Holdings, after a competition that drew three bids. The award was made Oct. 2.",
        "award",
        Some("Defense Logistics Agency"),
        &["Maplecrest Data Inc."],
        &[],
    ),
    // A participle after the contract names a local body as its buyer; "the firm" is the
    // company named before.
    case(
        "Orchard Paving Co. has worked in the valley since 1990.\n\nThe firm will repave 12 miles of county roads under a three-year agreement worth $8.1 million, approved by supervisors on Monday.",
        "award",
        Some("supervisors"),
        &["Orchard Paving Co."],
        &[("$8.1 million", "value")],
    ),
    // An existing contract extended after a new award to the same company is another contract.
    nth(
        case(
            "The Coast Guard awarded Pinecrest Marine LLC a $40 million contract to refit two cutters. The Coast Guard also extended an existing maintenance contract with Pinecrest Marine by 12 months, adding $3 million.",
            "modification",
            Some("Coast Guard"),
            &["Pinecrest Marine"],
            &[("$3 million", "value")],
        ),
        2,
        1,
    ),
    // A question about how an old contract was awarded reports no award.
    nth(
        case(
            "The Maine Department of Corrections signed a $12 million food services contract with Garnet Catering LLC. The department said it would issue a new solicitation for laundry services next spring. A senator said she would ask the auditor to review how the 2022 contract was awarded.",
            "presolicitation",
            Some("Maine Department of Corrections"),
            &[],
            &[],
        ),
        2,
        1,
    ),
    // A list split by semicolons goes on after an appositive with "and" in it.
    case(
        "The Coast Guard has awarded places on a $900 million cutter maintenance contract to four companies. The awardees are Ashby Marine Inc.; Carrow Docks LLC, a partnership of Carrow Group and Teal Shipyards; Linden Hull Services; and Pike Harbor Works.",
        "award",
        Some("Coast Guard"),
        &[
            "Ashby Marine Inc.",
            "Carrow Docks LLC",
            "Linden Hull Services",
            "Pike Harbor Works",
        ],
        &[("$900 million", "value")],
    ),
    // Counted parties as the recipients ("to four contractors:") or the object ("appointed
    // five suppliers to … :"), their names after the colon; a consortium by its members; the
    // awardees' announcement day between commas.
    case(
        "The Highways Agency has awarded a three-year framework for bridge painting to four contractors: Ashgrove Coatings, Brisk & Sons Ltd, Carnmoor Painting and Dunlin Works.",
        "award",
        Some("Highways Agency"),
        &[
            "Ashgrove Coatings",
            "Brisk & Sons Ltd",
            "Carnmoor Painting",
            "Dunlin Works",
        ],
        &[],
    ),
    case(
        "Harwood County Council on Monday appointed five suppliers to a two-year framework worth up to £12m for school meals across its 80 schools: Ashgrove Foods, Birchfield Catering Ltd, Corrie Kitchens, Dalby & Co and Eastfold Meals.",
        "award",
        Some("Harwood County Council"),
        &[
            "Ashgrove Foods",
            "Birchfield Catering Ltd",
            "Corrie Kitchens",
            "Dalby & Co",
            "Eastfold Meals",
        ],
        &[("£12m", "ceiling")],
    ),
    case(
        "The Department of Transportation signed a $60 million contract with a consortium of Merrow Engineering Inc. and Tallis Systems to rebuild the signal network.",
        "award",
        Some("Department of Transportation"),
        &["Merrow Engineering Inc.", "Tallis Systems"],
        &[("$60 million", "value")],
    ),
    // The owner of the contract an option is on, after the option's amount.
    case(
        "The Air Force exercised a $6.2 million option on Tarrow Analytics Inc.'s contract to maintain the base's fuel software.",
        "option",
        Some("Air Force"),
        &["Tarrow Analytics Inc."],
        &[("$6.2 million", "value")],
    ),
    // The speaker owns the contract an option is on: a task order, told by a relative clause;
    // a filer named by its defined term.
    case(
        "Pemberton Data Systems Inc. today announced a new Army award. Pemberton also said that the Coast Guard had exercised a $2.4 million option on a separate logistics task order the company has held since 2024.",
        "option",
        Some("Coast Guard"),
        &["Pemberton"],
        &[("$2.4 million", "value")],
    ),
    case(
        "Ashcombe Robotics Inc. reported a new Air Force award on Monday. The Company also announced that the Navy exercised a $7.5 million option under the Company's existing test equipment contract.",
        "option",
        Some("Navy"),
        &["Ashcombe Robotics Inc."],
        &[("$7.5 million", "value")],
    ),
    // A numbered lot of a tender, with no other contract noun in the sentence.
    case(
        "The Ministry of Health split the purchase in two. Lot 2, covering portable scanners, went to Ostrava Medical GmbH with a maximum value of €38 million.",
        "award",
        Some("Ministry of Health"),
        &["Ostrava Medical GmbH"],
        &[("€38 million", "ceiling")],
    ),
    case(
        "The Navy picked four companies for a $300 million multiple-award contract for ship repair. The awardees, named Thursday, are Arlow Marine Inc., Brant Dock LLC, Cove Yards and Dellwood Ship Services.",
        "award",
        Some("Navy"),
        &[
            "Arlow Marine Inc.",
            "Brant Dock LLC",
            "Cove Yards",
            "Dellwood Ship Services",
        ],
        &[("$300 million", "value")],
    ),
    // A plan stated under a condition is still a plan.
    case(
        "If the demonstration succeeds, the Missile Defense Agency plans to award Corvid Sensors a follow-on production contract in fiscal 2028.",
        "planned_award",
        Some("Missile Defense Agency"),
        &["Corvid Sensors"],
        &[],
    ),
    // The subject before a closed relative clause and an auxiliary is the protester.
    case(
        "Larkin Field Services, which has run the base's motor pool since 2015, has sued the Army in the U.S. Court of Federal Claims over the award to Dunmore Logistics LLC.",
        "protest",
        Some("Army"),
        &["Larkin Field Services", "Dunmore Logistics LLC"],
        &[],
    ),
    // "had challenged the department's June 2 award to X": the protester's own protest (a day
    // number is no count of contracts); the awardee is a party.
    case(
        "GAO dismissed a protest by Quillmark Inc. against the Commerce Department.\n\nQuillmark had challenged the department's June 2 award to Tarrow LLC of a $5 million task order for help desk support.",
        "protest",
        Some("Commerce Department"),
        &["Quillmark Inc.", "Tarrow LLC"],
        &[("$5 million", "value")],
    ),
    // Another company's challenge of another award is another protest.
    nth(
        case(
            "GAO denied a protest by Altavia Systems Inc. against the Census Bureau's award to Norcott Data LLC of a $15 million order for survey support.\n\nBrennan Analytics' challenge of the Forest Service's $40 million fire mapping award to Skyline Geo Inc. is still pending.",
            "protest",
            Some("Forest Service"),
            &["Brennan Analytics", "Skyline Geo Inc."],
            &[("$40 million", "value")],
        ),
        2,
        1,
    ),
    // A suit against a named agency at the Court of Federal Claims is a protest.
    case(
        "Halden Medical Group has sued the Indian Health Service in the U.S. Court of Federal Claims over its award of a $30 million staffing contract to Pellow Care LLC.",
        "protest",
        Some("Indian Health Service"),
        &["Halden Medical Group", "Pellow Care LLC"],
        &[("$30 million", "value")],
    ),
    // "the $22 million task order": the amount is no count, the order the one protested.
    case(
        "The Government Accountability Office denied a protest by Ridgeline Analytics against a Coast Guard task order for vessel tracking software.\n\nThe Coast Guard issued the $22 million task order to Baywater Systems Inc. in April.",
        "protest",
        Some("Coast Guard"),
        &["Ridgeline Analytics", "Baywater Systems Inc."],
        &[("$22 million", "value")],
    ),
    // An office named with its owner ("Commerce's Enterprise Services Office") is the owner's:
    // its release of "the solicitation" is the history of the cancelled competition; the
    // revised solicitation is a new, planned procurement.
    nth(
        case(
            "The Commerce Department has canceled its competition for a data center task order worth about $90 million.\n\nCommerce's Enterprise Services Office released the solicitation in March.\n\nThe Enterprise Services Office plans to issue a revised solicitation next year.",
            "cancellation",
            Some("Commerce Department"),
            &[],
            &[("$90 million", "value")],
        ),
        2,
        0,
    ),
    // A command named with its site after a dash; the contract's owner in a bare possessive;
    // the raise as the value, the new total as the cumulative value.
    nth(
        case(
            "The Air Force picked Delmont Corp. for a $12 million radar contract.\n\nIn other news, Naval Supply Systems Command–Norfolk increased the value of Harbor Tugs' contract for towing services by $6 million, to $42 million.",
            "modification",
            Some("Naval Supply Systems Command–Norfolk"),
            &["Harbor Tugs"],
            &[("$6 million", "value"), ("$42 million", "cumulative")],
        ),
        2,
        1,
    ),
    // The ceiling raised: the raise is the value, the new ceiling the ceiling.
    case(
        "The Transportation Security Administration lifted the ceiling of its baggage screening contract with Corvan Systems by $75 million, to $610 million.",
        "modification",
        Some("Transportation Security Administration"),
        &["Corvan Systems"],
        &[("$75 million", "value"), ("$610 million", "ceiling")],
    ),
    // "This modification exercises an option": the subject points back at the action.
    case(
        "Kestrel Marine Inc., Mobile, Alabama, is awarded a $18,250,000 modification (P00009) to a previously awarded contract (N00024-22-C-4410). This modification exercises an option for two more patrol boats. The Naval Sea Systems Command, Washington, D.C., is the contracting activity.",
        "option",
        Some("Naval Sea Systems Command"),
        &["Kestrel Marine Inc."],
        &[("$18,250,000", "value")],
    ),
    // The agency as the subject of an active award, the vendor as its first object.
    case(
        "The Navy awarded Huntington Ingalls Industries a $2.4 billion contract to build two amphibious transport docks.",
        "award",
        Some("Navy"),
        &["Huntington Ingalls Industries"],
        &[("$2.4 billion", "value")],
    ),
    case(
        "On Monday the Air Force awarded Boeing Co. a $615 million contract for aerial refueling pods.",
        "award",
        Some("Air Force"),
        &["Boeing Co."],
        &[("$615 million", "value")],
    ),
    case(
        "The Department of Veterans Affairs has awarded Optum Public Sector Solutions a $1.3 billion deal to run community care claims.",
        "award",
        Some("Department of Veterans Affairs"),
        &["Optum Public Sector Solutions"],
        &[("$1.3 billion", "value")],
    ),
    case(
        "The Federal Aviation Administration this week awarded L3Harris Technologies Inc. a $78 million contract for tower radios.",
        "award",
        Some("Federal Aviation Administration"),
        &["L3Harris Technologies Inc."],
        &[("$78 million", "value")],
    ),
    // Selection verbs.
    case(
        "NASA has selected Blue Origin to develop a second crewed lunar lander under a $3.4 billion contract.",
        "award",
        Some("NASA"),
        &["Blue Origin"],
        &[("$3.4 billion", "value")],
    ),
    case(
        "The Defense Logistics Agency chose Tyson Foods Inc. for a $42 million contract to supply field rations.",
        "award",
        Some("Defense Logistics Agency"),
        &["Tyson Foods Inc."],
        &[("$42 million", "value")],
    ),
    case(
        "Anduril Industries was selected by the Marine Corps for a $200 million contract to field counter-drone systems.",
        "award",
        Some("Marine Corps"),
        &["Anduril Industries"],
        &[("$200 million", "value")],
    ),
    // Attributions after the report.
    case(
        "Raytheon Technologies won a $320 million contract for radar upgrades, the Army said on Tuesday.",
        "award",
        Some("Army"),
        &["Raytheon Technologies"],
        &[("$320 million", "value")],
    ),
    case(
        "General Dynamics Land Systems received a $1.1 billion order for tank upgrades, according to the Department of Defense.",
        "award",
        Some("Department of Defense"),
        &["General Dynamics Land Systems"],
        &[("$1.1 billion", "value")],
    ),
    case(
        "Leidos has won a $780 million contract to run data centers, the Internal Revenue Service announced Friday.",
        "award",
        Some("Internal Revenue Service"),
        &["Leidos"],
        &[("$780 million", "value")],
    ),
    case(
        "Booz Allen Hamilton secured a $95 million task order from the Defense Information Systems Agency to consolidate help desks.",
        "award",
        Some("Defense Information Systems Agency"),
        &["Booz Allen Hamilton"],
        &[("$95 million", "value")],
    ),
    // The agency named in an earlier sentence or in the headline.
    case(
        "The Federal Railroad Administration is rebuilding its signal network.\n\nLast week it awarded a $200 million contract to Wabtec Corp. for new signals.",
        "award",
        Some("Federal Railroad Administration"),
        &["Wabtec Corp."],
        &[("$200 million", "value")],
    ),
    case(
        "Bureau of Prisons picks health vendor\n\nCorizon Health Inc. won a $60 million contract to provide medical staff at six prisons.",
        "award",
        Some("Bureau of Prisons"),
        &["Corizon Health Inc."],
        &[("$60 million", "value")],
    ),
    // Vendor spans with legal suffixes.
    case(
        "Lockheed Martin Corp. was awarded a $45 million contract for F-35 spare parts.",
        "award",
        None,
        &["Lockheed Martin Corp."],
        &[("$45 million", "value")],
    ),
    case(
        "Acme Widgets Inc., of Dayton, Ohio, won a $3 million contract from the Air Force for test fixtures.",
        "award",
        Some("Air Force"),
        &["Acme Widgets Inc."],
        &[("$3 million", "value")],
    ),
    case(
        "The Army awarded a $12 million contract to Sierra Nevada Corp. for aircraft maintenance.",
        "award",
        Some("Army"),
        &["Sierra Nevada Corp."],
        &[("$12 million", "value")],
    ),
    // Contracting activity with a no-break space before its location.
    case(
        "Kratos Defense & Security Solutions Inc., San Diego, California, was awarded a $30 million cost-plus-fixed-fee contract for hypersonic test flights. DARPA\u{a0} Arlington, Virginia, is the contracting activity (HR0011-24-C-0001).",
        "award",
        Some("DARPA"),
        &["Kratos Defense & Security Solutions Inc."],
        &[("$30 million", "value")],
    ),
    // Press-release prose.
    case(
        "WASHINGTON – The U.S. Department of Energy today announced the award of a $400 million contract to Fluor Corp. for cleanup work at the Hanford Site.",
        "award",
        Some("U.S. Department of Energy"),
        &["Fluor Corp."],
        &[("$400 million", "value")],
    ),
    case(
        "RESTON, Va., March 4, 2024 /PRNewswire/ -- Nimbus Cyber LLC, a provider of security services, today announced that it has been awarded a $12 million contract by the Department of Homeland Security.",
        "award",
        Some("Department of Homeland Security"),
        &["Nimbus Cyber LLC"],
        &[("$12 million", "value")],
    ),
    case(
        "The General Services Administration announced the award of a $500 million blanket purchase agreement to Accenture Federal Services for cloud migration.",
        "award",
        Some("General Services Administration"),
        &["Accenture Federal Services"],
        &[("$500 million", "value")],
    ),
    // Orders placed with a vendor.
    case(
        "The Department of Agriculture placed a $40 million task order with Deloitte Consulting LLP for cloud migration.",
        "award",
        Some("Department of Agriculture"),
        &["Deloitte Consulting LLP"],
        &[("$40 million", "value")],
    ),
    // Votes and approvals of a public body.
    case(
        "The Metro Transit Board approved a $50 million contract with Siemens Mobility for new light-rail cars.",
        "award",
        Some("Metro Transit Board"),
        &["Siemens Mobility"],
        &[("$50 million", "value")],
    ),
    case(
        "The Denver City Council voted 9-4 on Monday to award a $12 million contract to Aramark Corp. for airport food service.",
        "award",
        Some("Denver City Council"),
        &["Aramark Corp."],
        &[("$12 million", "value")],
    ),
    // Protests, cancellations, options and modifications in news style.
    case(
        "The Army canceled a $1.2 billion contract with Bell Textron for scout helicopters.",
        "cancellation",
        Some("Army"),
        &["Bell Textron"],
        &[("$1.2 billion", "value")],
    ),
    case(
        "The Air Force terminated its $300 million contract with Ball Aerospace for weather satellites.",
        "cancellation",
        Some("Air Force"),
        &["Ball Aerospace"],
        &[("$300 million", "value")],
    ),
    case(
        "The Navy has scrapped solicitation N00024-24-R-2201 for ship repair in Mayport, Fla.",
        "cancellation",
        Some("Navy"),
        &[],
        &[],
    ),
    case(
        "The Navy exercised a $98 million option on its contract with Austal USA for littoral combat ship support.",
        "option",
        Some("Navy"),
        &["Austal USA"],
        &[("$98 million", "value")],
    ),
    case(
        "The Marine Corps modified its contract with BAE Systems Inc., adding $45 million for amphibious combat vehicles.",
        "modification",
        Some("Marine Corps"),
        &["BAE Systems Inc."],
        &[],
    ),
    case(
        "The Coast Guard has extended its contract with Eastern Shipbuilding Group by six months.",
        "modification",
        Some("Coast Guard"),
        &["Eastern Shipbuilding Group"],
        &[],
    ),
    case(
        "Peraton Inc. has filed a protest with the Government Accountability Office over the State Department's $900 million cybersecurity contract.",
        "protest",
        Some("State Department"),
        &["Peraton Inc."],
        &[],
    ),
    case(
        "Northrop Grumman Corp. received a $58 million modification to a previously awarded contract for radar sustainment, the Air Force said.",
        "modification",
        Some("Air Force"),
        &["Northrop Grumman Corp."],
        &[("$58 million", "value")],
    ),
    // Planned awards and solicitations.
    case(
        "The Army plans to award a $500 million contract for body armor later this year.",
        "planned_award",
        Some("Army"),
        &[],
        &[("$500 million", "value")],
    ),
    case(
        "The Department of Homeland Security issued a request for proposals for border surveillance towers worth up to $1 billion.",
        "solicitation",
        Some("Department of Homeland Security"),
        &[],
        &[("$1 billion", "ceiling")],
    ),
    case(
        "The Navy is expected to award a $2 billion contract for frigate combat systems in the spring.",
        "planned_award",
        Some("Navy"),
        &[],
        &[("$2 billion", "value")],
    ),
    case(
        "The U.S. Coast Guard has posted a sources-sought notice for cutter maintenance, a $60 million job.",
        "rfi",
        Some("U.S. Coast Guard"),
        &[],
        &[("$60 million", "value")],
    ),
    case(
        "The Environmental Protection Agency intends to award a $25 million blanket purchase agreement for laboratory services.",
        "planned_award",
        Some("Environmental Protection Agency"),
        &[],
        &[("$25 million", "value")],
    ),
    // Amounts with roles.
    case(
        "The Army awarded Oshkosh Defense a contract worth up to $6.3 billion for tactical vehicles.",
        "award",
        Some("Army"),
        &["Oshkosh Defense"],
        &[("$6.3 billion", "ceiling")],
    ),
    case(
        "The Air Force awarded Palantir Technologies a $90 million contract for data analytics. The contract has a potential value of $400 million if all options are exercised.",
        "award",
        Some("Air Force"),
        &["Palantir Technologies"],
        &[("$90 million", "value"), ("$400 million", "potential")],
    ),
    case(
        "Bechtel Corp. won a $4 billion contract from the Department of Energy that could be worth as much as $9 billion including options.",
        "award",
        Some("Department of Energy"),
        &["Bechtel Corp."],
        &[("$4 billion", "value"), ("$9 billion", "potential")],
    ),
    case(
        "SAIC won a $150 million contract from the Army. Options could bring the total value of the deal to $600 million.",
        "award",
        Some("Army"),
        &["SAIC"],
        &[("$150 million", "value"), ("$600 million", "potential")],
    ),
    case(
        "The State Department awarded CACI International a contract with a maximum value of $750 million for overseas network support.",
        "award",
        Some("State Department"),
        &["CACI International"],
        &[("$750 million", "ceiling")],
    ),
    // Several events in one story.
    nth(
        case(
            "The Army awarded Lockheed Martin a $250 million contract for missiles.\n\nSeparately, Raytheon won a $15 million order for spare parts, the Navy said.",
            "award",
            Some("Army"),
            &["Lockheed Martin"],
            &[("$250 million", "value")],
        ),
        2,
        0,
    ),
    nth(
        case(
            "The Army awarded Lockheed Martin a $250 million contract for missiles.\n\nSeparately, Raytheon won a $15 million order for spare parts, the Navy said.",
            "award",
            Some("Navy"),
            &["Raytheon"],
            &[("$15 million", "value")],
        ),
        2,
        1,
    ),
    nth(
        case(
            "The Navy awarded Textron Systems a $90 million contract for landing craft. In a separate action, the Navy gave Fincantieri Marinette Marine a $526 million option for a frigate.",
            "option",
            Some("Navy"),
            &["Fincantieri Marinette Marine"],
            &[("$526 million", "value")],
        ),
        2,
        1,
    ),
    nth(
        case(
            "The Navy awarded Textron Systems a $90 million contract for landing craft.\n\nThe Air Force awarded Boeing a $2 billion contract for bombs.",
            "award",
            Some("Air Force"),
            &["Boeing"],
            &[("$2 billion", "value")],
        ),
        2,
        1,
    ),
    // Aggregates and thresholds are no amount of the event.
    case(
        "The Army awarded Leonardo DRS a $64 million contract for sensors. The awards were among 31 contract actions worth a combined $2.2 billion announced Friday.",
        "award",
        Some("Army"),
        &["Leonardo DRS"],
        &[("$64 million", "value")],
    ),
    // A head in capitals and the body after it report one action; the body names the buyer.
    case(
        "ARMY EXTENDS RADIO DEAL. Army Contracting Command has exercised a $22 million option on its contract with Harris Corp. for tactical radios.",
        "option",
        Some("Army Contracting Command"),
        &["Harris Corp."],
        &[("$22 million", "value")],
    ),
    // The short form of a vendor already named is the same vendor.
    case(
        "Cobalt Systems Inc. has filed a protest with the Government Accountability Office over the Treasury Department's $85 million analytics contract. Cobalt filed the protest on May 2.",
        "protest",
        Some("Treasury Department"),
        &["Cobalt Systems Inc."],
        &[],
    ),
    // A generic clause ("when a protest is filed") opens no event.
    nth(
        case(
            "Halcyon LLC filed a bid protest against the Navy's $70 million logistics contract. The Navy halted work, as the law requires when a protest is filed within 10 days.",
            "protest",
            Some("Navy"),
            &["Halcyon LLC"],
            &[],
        ),
        1,
        0,
    ),
    // A long program name between the verb and the contract.
    case(
        "In March, Vireo Labs won a $1.1 million Small Business Innovation Research Phase II contract from the Air Force Research Laboratory.",
        "award",
        Some("Air Force Research Laboratory"),
        &["Vireo Labs"],
        &[("$1.1 million", "value")],
    ),
    // A ceiling raised to a new amount, from an old one.
    case(
        "The Space Force raised the ceiling on its contract with Parsons Corp. to $900 million from $600 million.",
        "modification",
        Some("Space Force"),
        &["Parsons Corp."],
        &[("$900 million", "ceiling")],
    ),
    // Obligated funds without a verb before "obligated".
    case(
        "Honeywell International Inc. was awarded a $14 million contract for engine parts, with $3 million obligated at time of award. The Defense Logistics Agency is the contracting activity.",
        "award",
        Some("Defense Logistics Agency"),
        &["Honeywell International Inc."],
        &[("$14 million", "value"), ("$3 million", "obligated")],
    ),
    // Passives with the auxiliary kept out of the name, participles, compounds, descriptors,
    // local buyers, solicitations in prose.
    case(
        "Boeing Co. has been awarded a $2.3 billion contract by the U.S. Air Force to build refueling tankers.",
        "award",
        Some("U.S. Air Force"),
        &["Boeing Co."],
        &[("$2.3 billion", "value")],
    ),
    case(
        "The contract, awarded to Leidos Holdings Inc. on Tuesday, is worth $1.4 billion over 10 years, the Department of Homeland Security said.",
        "award",
        Some("Department of Homeland Security"),
        &["Leidos Holdings Inc."],
        &[("$1.4 billion", "value")],
    ),
    case(
        "The Pentagon on Friday awarded a $9 billion cloud contract to Amazon, Google, Microsoft and Oracle.",
        "award",
        Some("Pentagon"),
        &["Amazon", "Google", "Microsoft", "Oracle"],
        &[("$9 billion", "value")],
    ),
    case(
        "Huntington Ingalls has landed a $1.5 billion Navy contract to refuel an aircraft carrier.",
        "award",
        Some("Navy"),
        &["Huntington Ingalls"],
        &[("$1.5 billion", "value")],
    ),
    case(
        "The U.S. Army has tapped General Dynamics to produce artillery shells under a $200 million deal.",
        "award",
        Some("U.S. Army"),
        &["General Dynamics"],
        &[("$200 million", "value")],
    ),
    case(
        "The City of Austin awarded a $3 million contract to Summit Paving LLC for road repairs.",
        "award",
        Some("City of Austin"),
        &["Summit Paving LLC"],
        &[("$3 million", "value")],
    ),
    case(
        "The contract was awarded to Raytheon Co., the Navy said.",
        "award",
        Some("Navy"),
        &["Raytheon Co."],
        &[],
    ),
    case(
        "Amazon Web Services Inc. won a contract worth as much as $10 billion from the National Security Agency.",
        "award",
        Some("National Security Agency"),
        &["Amazon Web Services Inc."],
        &[("$10 billion", "ceiling")],
    ),
    case(
        "The Department of Homeland Security is seeking proposals for a $400 million border technology contract.",
        "solicitation",
        Some("Department of Homeland Security"),
        &[],
        &[("$400 million", "value")],
    ),
    case(
        "Lockheed Martin Corp. announced Tuesday that it received a $1 billion contract from the U.S. Army for missile production.",
        "award",
        Some("U.S. Army"),
        &["Lockheed Martin Corp."],
        &[("$1 billion", "value")],
    ),
    case(
        "The Army said Tuesday it had awarded Oshkosh Defense a $1.6 billion order for trucks.",
        "award",
        Some("Army"),
        &["Oshkosh Defense"],
        &[("$1.6 billion", "value")],
    ),
    case(
        "Accenture Federal Services has been selected by the Department of Veterans Affairs for a $1.2 billion IT modernization contract.",
        "award",
        Some("Department of Veterans Affairs"),
        &["Accenture Federal Services"],
        &[("$1.2 billion", "value")],
    ),
    case(
        "The Navy has awarded General Dynamics Electric Boat a $5.1 billion contract modification for submarine work.",
        "modification",
        Some("Navy"),
        &["General Dynamics Electric Boat"],
        &[("$5.1 billion", "value")],
    ),
    case(
        "The Transportation Security Administration said it will award a contract worth up to $300 million for airport scanners next year.",
        "planned_award",
        Some("Transportation Security Administration"),
        &[],
        &[("$300 million", "ceiling")],
    ),
    case(
        "The Federal Bureau of Investigation terminated a $25 million contract with a Virginia software firm, Datawise Inc., citing delays.",
        "cancellation",
        Some("Federal Bureau of Investigation"),
        &["Datawise Inc."],
        &[("$25 million", "value")],
    ),
    // Wire datelines with a plain dash, pronoun subjects after "said", consortia, tickers.
    case(
        "WASHINGTON (Reuters) - The U.S. Navy has awarded Lockheed Martin a contract worth up to $1.1 billion to supply hypersonic missiles, the Pentagon said on Thursday.\n\nThe deal includes options that could bring its value to $2.2 billion, the statement said.",
        "award",
        Some("U.S. Navy"),
        &["Lockheed Martin"],
        &[("$1.1 billion", "ceiling"), ("$2.2 billion", "potential")],
    ),
    case(
        "Fort Worth-based Bell Textron Inc. said on Monday it had won a $7 billion Army contract to build the next generation of assault helicopters.",
        "award",
        Some("Army"),
        &["Bell Textron Inc."],
        &[("$7 billion", "value")],
    ),
    case(
        "The Department of Energy has picked a consortium led by Bechtel National Inc. to manage the Hanford tank farms under a contract valued at $45 billion over 10 years.",
        "award",
        Some("Department of Energy"),
        &["Bechtel National Inc."],
        &[("$45 billion", "value")],
    ),
    case(
        "Northrop Grumman Corp. (NYSE: NOC) has received a $705 million contract modification from the U.S. Space Force for missile warning satellites, the company said Wednesday.",
        "modification",
        Some("U.S. Space Force"),
        &["Northrop Grumman Corp."],
        &[("$705 million", "value")],
    ),
    case(
        "The Federal Aviation Administration on Wednesday canceled a $1.2 billion contract with Harris Corp. to modernize air traffic communications, citing cost overruns.",
        "cancellation",
        Some("Federal Aviation Administration"),
        &["Harris Corp."],
        &[("$1.2 billion", "value")],
    ),
    case(
        "GAO on Monday sustained a protest by Perspecta Enterprise Solutions challenging the Navy's award of a $300 million contract to Leidos.",
        "protest",
        Some("Navy"),
        &["Perspecta Enterprise Solutions", "Leidos"],
        &[("$300 million", "value")],
    ),
    case(
        "The Marine Corps issued a request for information last week on a new amphibious vehicle it hopes to buy starting in 2027.",
        "rfi",
        Some("Marine Corps"),
        &[],
        &[],
    ),
    // A news story with several actions; cancellations, options and multi-vendor awards in
    // prose; plans.
    nth(
        case(
            "Pentagon hands out billions in shipbuilding deals\n\nThe Navy on Friday awarded General Dynamics' Bath Iron Works a $1.1 billion contract for two destroyers, the service said.\n\nThe contract includes an option for a third ship that could raise its value to $1.6 billion. Work will be performed in Bath, Maine, and is expected to be completed by 2029.\n\nIn a separate announcement, Huntington Ingalls Industries received a $600 million modification to build long-lead parts for an amphibious assault ship.\n\nThe Navy also exercised a $75 million option with Austal USA for support of its expeditionary fast transports.",
            "award",
            Some("Navy"),
            &["General Dynamics' Bath Iron Works"],
            &[("$1.1 billion", "value"), ("$1.6 billion", "potential")],
        ),
        3,
        0,
    ),
    nth(
        case(
            "Pentagon hands out billions in shipbuilding deals\n\nThe Navy on Friday awarded General Dynamics' Bath Iron Works a $1.1 billion contract for two destroyers, the service said.\n\nThe contract includes an option for a third ship that could raise its value to $1.6 billion. Work will be performed in Bath, Maine, and is expected to be completed by 2029.\n\nIn a separate announcement, Huntington Ingalls Industries received a $600 million modification to build long-lead parts for an amphibious assault ship.\n\nThe Navy also exercised a $75 million option with Austal USA for support of its expeditionary fast transports.",
            "modification",
            Some("Navy"),
            &["Huntington Ingalls Industries"],
            &[("$600 million", "value")],
        ),
        3,
        1,
    ),
    nth(
        case(
            "Pentagon hands out billions in shipbuilding deals\n\nThe Navy on Friday awarded General Dynamics' Bath Iron Works a $1.1 billion contract for two destroyers, the service said.\n\nThe contract includes an option for a third ship that could raise its value to $1.6 billion. Work will be performed in Bath, Maine, and is expected to be completed by 2029.\n\nIn a separate announcement, Huntington Ingalls Industries received a $600 million modification to build long-lead parts for an amphibious assault ship.\n\nThe Navy also exercised a $75 million option with Austal USA for support of its expeditionary fast transports.",
            "option",
            Some("Navy"),
            &["Austal USA"],
            &[("$75 million", "value")],
        ),
        3,
        2,
    ),
    case(
        "The Department of Veterans Affairs said Tuesday it has canceled its $16 billion electronic health record contract with Oracle Health.\n\nThe VA said the company had failed to meet performance standards. Oracle said it would challenge the decision.",
        "cancellation",
        Some("Department of Veterans Affairs"),
        &["Oracle Health"],
        &[("$16 billion", "value")],
    ),
    case(
        "NASA has exercised a one-year option on its contract with Jacobs Engineering Group Inc. for test operations at Stennis Space Center, bringing the total contract value to $1.2 billion.",
        "option",
        Some("NASA"),
        &["Jacobs Engineering Group Inc."],
        &[("$1.2 billion", "cumulative")],
    ),
    case(
        "The General Services Administration has awarded a 10-year blanket purchase agreement worth up to $5 billion to 12 companies, including Booz Allen Hamilton and SAIC, for cloud services.",
        "award",
        Some("General Services Administration"),
        &["Booz Allen Hamilton", "SAIC"],
        &[("$5 billion", "ceiling")],
    ),
    case(
        "The Air Force plans to release a final request for proposals for the program in the fall and award a contract by mid-2025, according to a notice on SAM.gov.",
        "planned_award",
        Some("Air Force"),
        &[],
        &[],
    ),
    // Vendors followed by their city and state in prose, several first objects.
    case(
        "The Defense Information Systems Agency awarded a $45 million contract to Peraton Inc., Herndon, Virginia, to provide network services.",
        "award",
        Some("Defense Information Systems Agency"),
        &["Peraton Inc."],
        &[("$45 million", "value")],
    ),
    case(
        "A $12 million task order was awarded to Booz Allen Hamilton Inc., McLean, Virginia, for cyber training, the Army said.",
        "award",
        Some("Army"),
        &["Booz Allen Hamilton Inc."],
        &[("$12 million", "value")],
    ),
    case(
        "Raytheon Co., Tucson, Arizona, has been awarded a $98,456,000 modification (P00012) to contract N00024-19-C-5405 for Standard Missile production. Naval Sea Systems Command, Washington, D.C., is the contracting activity.",
        "modification",
        Some("Naval Sea Systems Command"),
        &["Raytheon Co."],
        &[("$98,456,000", "value")],
    ),
    case(
        "The Army has exercised an option worth $84 million under its contract with AM General LLC of South Bend, Ind., for Humvees.",
        "option",
        Some("Army"),
        &["AM General LLC"],
        &[("$84 million", "value")],
    ),
    case(
        "Anduril won a $100 million deal from U.S. Special Operations Command.",
        "award",
        Some("U.S. Special Operations Command"),
        &["Anduril"],
        &[("$100 million", "value")],
    ),
    case(
        "The Navy selected Saronic Technologies Inc. and Blue Water Autonomy to build prototypes of a medium uncrewed surface vessel under $40 million in other transaction agreements.",
        "award",
        Some("Navy"),
        &["Saronic Technologies Inc.", "Blue Water Autonomy"],
        &[],
    ),
    // Possessive owners, passive protest rulings, bidding, announcements of winners, long
    // first objects.
    case(
        "The Air Force has extended Boeing's contract for KC-46 maintenance by two years, adding $120 million.",
        "modification",
        Some("Air Force"),
        &["Boeing"],
        &[("$120 million", "value")],
    ),
    case(
        "Lockheed Martin's protest of the $3 billion helicopter award was denied by the Government Accountability Office on Thursday.",
        "protest",
        None,
        &["Lockheed Martin"],
        &[],
    ),
    case(
        "The Department of Energy rescinded the award to Acme Nuclear Services LLC after a conflict of interest surfaced.",
        "cancellation",
        Some("Department of Energy"),
        &["Acme Nuclear Services LLC"],
        &[],
    ),
    case(
        "The Coast Guard opened bidding on a $300 million contract for new patrol boats.",
        "solicitation",
        Some("Coast Guard"),
        &[],
        &[("$300 million", "value")],
    ),
    case(
        "The State Department is expected to announce the winner of the $2 billion embassy security contract next month.",
        "planned_award",
        Some("State Department"),
        &[],
        &[("$2 billion", "value")],
    ),
    case(
        "Palantir Technologies Inc. said Monday it had secured a five-year deal worth $480 million with the U.S. Army to expand its Maven Smart System.",
        "award",
        Some("U.S. Army"),
        &["Palantir Technologies Inc."],
        &[("$480 million", "value")],
    ),
    case(
        "The Navy on Monday handed Huntington Ingalls Industries Inc. a $9.6 billion deal for two aircraft carriers.",
        "award",
        Some("Navy"),
        &["Huntington Ingalls Industries Inc."],
        &[("$9.6 billion", "value")],
    ),
    // A local public body named in lower case.
    case(
        "The school board approved a $4 million contract with Sodexo for cafeteria services on Tuesday.",
        "award",
        Some("school board"),
        &["Sodexo"],
        &[("$4 million", "value")],
    ),
    case(
        "The city council voted 5-2 to award a $12 million paving contract to Granite Construction Inc.",
        "award",
        Some("city council"),
        &["Granite Construction Inc."],
        &[("$12 million", "value")],
    ),
    // Purchases name their seller after "from"; a shopper's purchase is no contract.
    case(
        "The National Institutes of Health went a different route, ordering $12.5 million in lab services from Quantum Biotech Corp. of Bethesda, Md., under its own contract.",
        "award",
        Some("National Institutes of Health"),
        &["Quantum Biotech Corp."],
        &[("$12.5 million", "value")],
    ),
    case(
        "The Army ordered $200 million of artillery ammunition from Olin Winchester LLC on Friday.",
        "award",
        Some("Army"),
        &["Olin Winchester LLC"],
        &[("$200 million", "value")],
    ),
    // Two actions in one sentence, each with its own amount, are two events.
    nth(
        case(
            "Harbor Dynamics won a $450 million Navy contract to build torpedo tubes, and Harbor Dynamics also booked a $75 million order from the Army for radar spares.",
            "award",
            Some("Navy"),
            &["Harbor Dynamics"],
            &[("$450 million", "value")],
        ),
        2,
        0,
    ),
    nth(
        case(
            "Harbor Dynamics won a $450 million Navy contract to build torpedo tubes, and Harbor Dynamics also booked a $75 million order from the Army for radar spares.",
            "award",
            Some("Army"),
            &["Harbor Dynamics"],
            &[("$75 million", "value")],
        ),
        2,
        1,
    ),
    // A release's "has selected" with no contract noun: the selected organisation.
    case(
        "The Department of Energy has selected Ridgeline Environmental Partners LLC to clean up the Hanford tank farms. The contract has an estimated value of $3 billion.",
        "award",
        Some("Department of Energy"),
        &["Ridgeline Environmental Partners LLC"],
        &[("$3 billion", "value")],
    ),
    // A preferred bidder is a planned award.
    case(
        "The Home Office has named Castlegate Security as preferred bidder for a £120m contract to run border detention centres.",
        "planned_award",
        Some("Home Office"),
        &["Castlegate Security"],
        &[("£120m", "value")],
    ),
    // An agency inside the subject phrase, after an introductory phrase.
    case(
        "After a two-hour hearing, the Marion County School District board of trustees voted 5-2 on Monday to award a $9.8 million contract to Valley Bus Lines.",
        "award",
        Some("Marion County School District"),
        &["Valley Bus Lines"],
        &[("$9.8 million", "value")],
    ),
    // "the council approved": the body named before.
    nth(
        case(
            "The Pinecrest City Council voted to award a $2.1 million contract to Summit Paving Co. for road repairs. In a separate vote, the council approved a $150,000 agreement with Brightline Signs Inc. for new street signs.",
            "award",
            Some("Pinecrest City Council"),
            &["Brightline Signs Inc."],
            &[("$150,000", "value")],
        ),
        2,
        1,
    ),
    // A modification of an existing contract names its buyer after "with".
    case(
        "Apex Data Systems also received a $4.2 million modification to its existing contract with the Department of Labor to extend help-desk support.",
        "modification",
        Some("Department of Labor"),
        &["Apex Data Systems"],
        &[("$4.2 million", "value")],
    ),
    // The awardee of a cancelled contract, and of a protested order.
    case(
        "The Department of Transportation canceled a $30 million contract with Skyway Software LLC after repeated delays.",
        "cancellation",
        Some("Department of Transportation"),
        &["Skyway Software LLC"],
        &[("$30 million", "value")],
    ),
    case(
        "GAO denied a protest by Orion Staffing LLC of an order that the Veterans Health Administration placed with Meridian Health Partners Inc. for nurse staffing.",
        "protest",
        Some("Veterans Health Administration"),
        &["Orion Staffing LLC", "Meridian Health Partners Inc."],
        &[],
    ),
    // Awardees in a bulleted list.
    case(
        "The Air Force awarded a $900 million multiple-award contract for base IT support. The awardees of the contract are:\n\n- Alpha Networks LLC\n- Beta Federal Inc., Dayton, Ohio\n- Gamma Systems Corp.\n\nWork will be performed at Wright-Patterson Air Force Base.",
        "award",
        Some("Air Force"),
        &[
            "Alpha Networks LLC",
            "Beta Federal Inc.",
            "Gamma Systems Corp.",
        ],
        &[("$900 million", "value")],
    ),
    // A summary of several awards, then each award: the summary is no event.
    nth(
        case(
            "The Navy awarded two contracts worth a combined $500 million for ship repair. Gulf Marine Inc. won the larger one, a $300 million contract. Atlantic Drydock LLC secured a $200 million contract for hull work.",
            "award",
            Some("Navy"),
            &["Gulf Marine Inc."],
            &[("$300 million", "value")],
        ),
        2,
        0,
    ),
    // A company's name ends with its legal suffix, not its city.
    case(
        "Keel Robotics Inc. of San Diego won a $12 million Navy contract for underwater drones.",
        "award",
        Some("Navy"),
        &["Keel Robotics Inc."],
        &[("$12 million", "value")],
    ),
    // What the contract comes to if its options are exercised.
    case(
        "The Marion school board awarded a $3 million contract to Valley Bus Lines. If the district exercises both one-year extensions, the deal would be worth $5 million.",
        "award",
        Some("Marion school board"),
        &["Valley Bus Lines"],
        &[("$3 million", "value"), ("$5 million", "potential")],
    ),
    // "valued the … contract at".
    case(
        "The Coast Guard awarded a contract to Bayside Marine LLC for buoy maintenance. The Coast Guard valued the three-year contract at $14.5 million.",
        "award",
        Some("Coast Guard"),
        &["Bayside Marine LLC"],
        &[("$14.5 million", "value")],
    ),
    // The price after "for", and an "award amount".
    case(
        "The State Department awarded Garda World a contract for embassy guards in Kabul for $180 million.",
        "award",
        Some("State Department"),
        &["Garda World"],
        &[("$180 million", "value")],
    ),
    case(
        "The Army awarded Northstar Builders LLC a contract for barracks renovation at Fort Hood. The award amount is $34.5 million.",
        "award",
        Some("Army"),
        &["Northstar Builders LLC"],
        &[("$34.5 million", "value")],
    ),
    // "picked" a company with no contract noun; a department by its short name.
    case(
        "The U.S. Army Corps of Engineers picked Kiewit Infrastructure Co. to build a flood wall in Port Arthur, Texas.",
        "award",
        Some("U.S. Army Corps of Engineers"),
        &["Kiewit Infrastructure Co."],
        &[],
    ),
    case(
        "Veterans Affairs signed a $10 billion deal with Cerner Corp. in 2018 to replace its health records system.",
        "award",
        Some("Veterans Affairs"),
        &["Cerner Corp."],
        &[("$10 billion", "value")],
    ),
    // A company announcing its own award with a pronoun; a recompete; a city named "city of".
    case(
        "Leidos Holdings Inc. announced Monday that it has been awarded a five-year, $450 million contract by the Federal Aviation Administration.",
        "award",
        Some("Federal Aviation Administration"),
        &["Leidos Holdings Inc."],
        &[("$450 million", "value")],
    ),
    case(
        "CACI International won a recompete of its $1.1 billion contract with the Army Intelligence and Security Command.",
        "award",
        Some("Army Intelligence and Security Command"),
        &["CACI International"],
        &[("$1.1 billion", "value")],
    ),
    case(
        "The city of Denver approved a $35 million contract with Kiewit to expand the airport's concourse.",
        "award",
        Some("city of Denver"),
        &["Kiewit"],
        &[("$35 million", "value")],
    ),
    // Protests reported as lost, or as the reason for a hold.
    case(
        "Boeing lost a protest over the Air Force's $3.1 billion contract award to Sierra Nevada Corp., the GAO said Friday.",
        "protest",
        Some("Air Force"),
        &["Boeing", "Sierra Nevada Corp."],
        &[("$3.1 billion", "value")],
    ),
    case(
        "The Pentagon has put on hold a $2 billion contract with Lockheed Martin after a protest by Boeing.",
        "protest",
        Some("Pentagon"),
        &["Boeing", "Lockheed Martin"],
        &[("$2 billion", "value")],
    ),
    // A company's division as the recipient.
    case(
        "Huntington Ingalls Industries' Newport News Shipbuilding division has been awarded a $2.9 billion contract modification by the Navy for work on the Columbia-class submarine program.",
        "modification",
        Some("Navy"),
        &["Huntington Ingalls Industries' Newport News Shipbuilding"],
        &[("$2.9 billion", "value")],
    ),
    // An introductory adverb is no vendor.
    case(
        "Separately, Northwind Analytics Inc. said it won a $7 million contract from the Census Bureau.",
        "award",
        Some("Census Bureau"),
        &["Northwind Analytics Inc."],
        &[("$7 million", "value")],
    ),
    // An award in a relative clause; "the company" is the company of the headline.
    case(
        "Veltrix Systems Inc. beats estimates\n\nRevenue rose on the Navy logistics contract, which the company won in April and which added $30 million in the quarter.",
        "award",
        Some("Navy"),
        &["Veltrix Systems Inc."],
        &[],
    ),
    // A reduced relative: "a contract awarded last year by AGENCY".
    case(
        "Ortega said the firm is busy with a $12 million contract awarded last year by the Bureau of Reclamation.",
        "award",
        Some("Bureau of Reclamation"),
        &[],
        &[("$12 million", "value")],
    ),
    // A signature whose subject is the vendor, the buyer after "with".
    case(
        "Pellam Data Corp. said Monday it had inked a $45 million agreement with the Social Security Administration.",
        "award",
        Some("Social Security Administration"),
        &["Pellam Data Corp."],
        &[("$45 million", "value")],
    ),
    // A committee signs off; the winning bidder is named in the next sentence.
    case(
        "The Denver City Council signed off on a $31 million contract to rebuild the Colfax viaduct. The winning bidder is Brightline Civil Group.",
        "award",
        Some("Denver City Council"),
        &["Brightline Civil Group"],
        &[("$31 million", "value")],
    ),
    // Places on a multiple-award vehicle; the companies named in the next sentence.
    case(
        "Two companies each received a place on an Army contract for tactical radios worth as much as $90 million. Ferrite Labs Inc. and Corvane Systems LLC will compete for orders.",
        "award",
        Some("Army"),
        &["Ferrite Labs Inc.", "Corvane Systems LLC"],
        &[("$90 million", "ceiling")],
    ),
    // Two companies from other countries, each with its legal suffix.
    case(
        "Norlund Werft GmbH of Kiel and Barrosa Naval SA were each awarded a place on the $300 million framework, the NATO Support and Procurement Agency said.",
        "award",
        Some("NATO Support and Procurement Agency"),
        &["Norlund Werft GmbH", "Barrosa Naval SA"],
        &[("$300 million", "value")],
    ),
    // A shortlist: the expected vendors of a planned award.
    case(
        "The Department of Defence has shortlisted two companies, Kestrel Aerospace and Marlin Systems, for a contract valued at up to A$200 million.",
        "planned_award",
        Some("Department of Defence"),
        &["Kestrel Aerospace", "Marlin Systems"],
        &[("A$200 million", "ceiling")],
    ),
    // All bids rejected: the procurement is cancelled.
    case(
        "The Tulsa City Council on Monday rejected all three bids for a contract to resurface 40 miles of streets.",
        "cancellation",
        Some("Tulsa City Council"),
        &[],
        &[],
    ),
    // A bid protest in court.
    case(
        "Dunmore Federal LLC has sued the government in the U.S. Court of Federal Claims, challenging the Navy's decision to give a $90 million training contract to Ashby Learning Inc.",
        "protest",
        Some("Navy"),
        &["Dunmore Federal LLC", "Ashby Learning Inc."],
        &[("$90 million", "value")],
    ),
    // An extension with an inserted phrase, of a contract named by its holder.
    nth(
        case(
            "The Army awarded Trellis Corp. a $40 million contract for radar repair. The command also extended, on a sole-source basis, a separate contract held by Vanta Services LLC for six months.",
            "modification",
            Some("Army"),
            &["Vanta Services LLC"],
            &[],
        ),
        2,
        1,
    ),
    // Another party's contract extended: an event of its own.
    nth(
        case(
            "The FBI awarded Corvel Data Inc. a $60 million contract for fingerprint systems. The bureau also extended its contract with the operator of its Clarksburg data center, adding $4 million.",
            "modification",
            Some("FBI"),
            &[],
            &[("$4 million", "value")],
        ),
        2,
        1,
    ),
    // A planned solicitation after an award is the next procurement.
    nth(
        case(
            "The Air Force awarded Sabre Aero Inc. a $20 million bridge contract for simulator support. The center plans to release a solicitation for the follow-on work in the spring.",
            "presolicitation",
            Some("Air Force"),
            &[],
            &[],
        ),
        2,
        1,
    ),
    // The vendor of a contract told before its relative clause.
    case(
        "Tempe will keep its parking meters running under a two-year contract worth $3 million with its operator, Meterline Systems Inc., which the Tempe City Council approved on Monday.",
        "award",
        Some("Tempe City Council"),
        &["Meterline Systems Inc."],
        &[("$3 million", "value")],
    ),
    case(
        "Harbor Dredge Corp. already maintains the channel under a $9 million contract awarded in June 2025 by the Army Corps of Engineers.",
        "award",
        Some("Army Corps of Engineers"),
        &["Harbor Dredge Corp."],
        &[("$9 million", "value")],
    ),
    // A purchase of things from a seller by a transit board.
    case(
        "Sound Transit's board on Tuesday ordered 24 light-rail vehicles from Kestrel Rail Corp. in a deal valued at $180 million.",
        "award",
        Some("Sound Transit"),
        &["Kestrel Rail Corp."],
        &[("$180 million", "value")],
    ),
    // "picked it": the company of the story.
    case(
        "Shares of Arbor Signal Inc. jumped after the company said the Coast Guard had picked it for a contract worth up to $75 million.",
        "award",
        Some("Coast Guard"),
        &["Arbor Signal Inc."],
        &[("$75 million", "ceiling")],
    ),
    // A council's cabinet agrees to award; the vendor as the first object.
    case(
        "Leeds City Council's cabinet agreed on Tuesday to award Northway Waste Ltd a £40m contract.",
        "award",
        Some("Leeds City Council"),
        &["Northway Waste Ltd"],
        &[("£40m", "value")],
    ),
    // "granted … to X"; an amendment to another firm's contract is a modification.
    nth(
        case(
            "The Tucson Water board granted a $60 million design-build contract to Saguaro Builders Inc. The board also approved a $1.2 million amendment to its contract with Dunlin Engineering LLC.",
            "modification",
            Some("Tucson Water board"),
            &["Dunlin Engineering LLC"],
            &[("$1.2 million", "value")],
        ),
        2,
        1,
    ),
    // A parenthesis in the words between verb and contract.
    case(
        "The Japan Coast Guard signed a ¥12 billion (about $80 million) contract with Hoshino Heavy Industries Co. on Monday.",
        "award",
        Some("Japan Coast Guard"),
        &["Hoshino Heavy Industries Co."],
        &[("¥12 billion", "value"), ("$80 million", "value")],
    ),
    // A described vendor, named in the next sentence with a relative clause; the buyer the
    // contract came "from".
    case(
        "A Dayton company has been awarded a $22 million contract for test support, the Pentagon said. Brightfield Labs Inc., which employs 90 people, received the contract from the Air Force Research Laboratory.",
        "award",
        Some("Air Force Research Laboratory"),
        &["Brightfield Labs Inc."],
        &[("$22 million", "value")],
    ),
    // Values stated in a sentence of their own.
    case(
        "The Bureau of Prisons intends to award a sole-source contract to Ridgeway Medical Inc. for dialysis services. The estimated value of the contract is $4.5 million.",
        "planned_award",
        Some("Bureau of Prisons"),
        &["Ridgeway Medical Inc."],
        &[("$4.5 million", "value")],
    ),
    // A Canadian province's preferred proponent, led by a named company.
    case(
        "Ontario's Ministry of Transportation has named a consortium led by Trillium Civil Partners as the preferred proponent to build the Highway 7 bridge.",
        "planned_award",
        Some("Ministry of Transportation"),
        &["Trillium Civil Partners"],
        &[],
    ),
    // A relative clause without "which"; the vendor in the next sentence's "agreement with".
    case(
        "Deputies will wear body cameras under a contract the Lee County Commission approved Tuesday. The five-year agreement with Corvex Optics Inc. will cost no more than $1.9 million.",
        "award",
        Some("Lee County Commission"),
        &["Corvex Optics Inc."],
        &[("$1.9 million", "ceiling")],
    ),
    // Commissioners extend another firm's contract at a cost; a planned solicitation.
    nth(
        case(
            "The Lee County Commission approved a $3 million contract with Pinecrest Foods Inc. for school meals. In a separate vote, commissioners extended the county jail's food service contract with Harbor Dining LLC for one year at a cost of $1.2 million.",
            "modification",
            Some("Lee County Commission"),
            &["Harbor Dining LLC"],
            &[("$1.2 million", "value")],
        ),
        2,
        1,
    ),
    nth(
        case(
            "The Fresno school board rescinded its bus contract with Valley Coach LLC on Monday. The district plans to seek bids for a long-term transportation contract this spring.",
            "cancellation",
            Some("Fresno school board"),
            &["Valley Coach LLC"],
            &[],
        ),
        2,
        0,
    ),
    nth(
        case(
            "The Fresno school board rescinded its bus contract with Valley Coach LLC on Monday. The district plans to seek bids for a long-term transportation contract this spring.",
            "presolicitation",
            Some("Fresno school board"),
            &[],
            &[],
        ),
        2,
        1,
    ),
    // A letter contract definitized; an 8-K's defined term; an adverb before a subject.
    case(
        "The Army Corps of Engineers definitized on Friday a $12 million contract with Levee Works Co. for flood repairs.",
        "modification",
        Some("Army Corps of Engineers"),
        &["Levee Works Co."],
        &[("$12 million", "value")],
    ),
    case(
        "On May 2, 2026, Brixton Medical, Inc. (the \"Company\") entered into a contract with the Defense Logistics Agency valued at $40 million.",
        "award",
        Some("Defense Logistics Agency"),
        &["Brixton Medical, Inc."],
        &[("$40 million", "value")],
    ),
    case(
        "Separately, Orbis Labs has been selected for a $900,000 award from NASA to test lunar sensors.",
        "award",
        Some("NASA"),
        &["Orbis Labs"],
        &[("$900,000", "value")],
    ),
    // Amount roles: "no more than" caps, "initial obligation", "potentially worth", a
    // conditional "could spend up to … if".
    case(
        "The Air Force gave Tallis Aero Inc. an undefinitized contract action worth no more than $212 million, with an initial obligation of $106 million.",
        "award",
        Some("Air Force"),
        &["Tallis Aero Inc."],
        &[("$212 million", "ceiling"), ("$106 million", "obligated")],
    ),
    case(
        "ICE has awarded a contract potentially worth $1.3 billion to Ironvale Transport LLC to move detainees.",
        "award",
        Some("ICE"),
        &["Ironvale Transport LLC"],
        &[("$1.3 billion", "potential")],
    ),
    case(
        "CMS has entered into an agreement with Brightwater Health Inc. worth $18.5 million, and the agency could spend up to $74 million if the prototype succeeds.",
        "award",
        Some("CMS"),
        &["Brightwater Health Inc."],
        &[("$18.5 million", "value"), ("$74 million", "potential")],
    ),
    // A generic body with no event before it: the body named earlier, else the body itself.
    case(
        "The Marlow Town Council met for four hours on Monday. Near midnight, the council voted 5-2 to award a $3 million contract to Pell Paving LLC to repave Main Street.",
        "award",
        Some("Marlow Town Council"),
        &["Pell Paving LLC"],
        &[("$3 million", "value")],
    ),
    case(
        "Parents packed the meeting. The school board voted to award a $900,000 contract to Ridgeline Buses Inc. for field trips.",
        "award",
        Some("school board"),
        &["Ridgeline Buses Inc."],
        &[("$900,000", "value")],
    ),
    // A recipient described in the award and named in a later paragraph, with its bid.
    case(
        "The Fenwick City Council met Tuesday.\n\nThe council voted to award a contract to a Tulsa firm to replace parking meters.\n\nThe firm, Meterworks Group, bid $1.4 million for the work.",
        "award",
        Some("Fenwick City Council"),
        &["Meterworks Group"],
        &[("$1.4 million", "value")],
    ),
    // The winner of a tender as the subject of "named preferred tenderer".
    case(
        "Galway County Council said Kinvara Civil Ltd has been named preferred tenderer for a €14 million road contract.",
        "planned_award",
        Some("Galway County Council"),
        &["Kinvara Civil Ltd"],
        &[("€14 million", "value")],
    ),
    // Standing offers are contracts to the buyer that issues them.
    case(
        "The Navy has issued standing offers to Harbourside Supply Inc. and Keelson Marine Ltd. for mooring lines.",
        "award",
        Some("Navy"),
        &["Harbourside Supply Inc.", "Keelson Marine Ltd."],
        &[],
    ),
    // A solicitation to be issued again is planned.
    case(
        "The Coast Guard intends to rework the requirement and reissue the solicitation for cutter boats next year.",
        "presolicitation",
        Some("Coast Guard"),
        &[],
        &[],
    ),
    // A date that opens a passive award's subject is no vendor; "awarded jointly to".
    case(
        "On March 3, 2026, Lorvane Systems Inc. was awarded a $12 million contract by the Air Force for radar spares.",
        "award",
        Some("Air Force"),
        &["Lorvane Systems Inc."],
        &[("$12 million", "value")],
    ),
    case(
        "The second lot was awarded jointly to Elbhafen Radio GmbH and Vossmark AG, with a ceiling of €90 million.",
        "award",
        None,
        &["Elbhafen Radio GmbH", "Vossmark AG"],
        &[("€90 million", "ceiling")],
    ),
    // An agency named by a series with commas; a state board "of" something; "goes to".
    case(
        "The Children, Youth and Families Department awarded a $41 million contract to Pinebrook Systems LLC for case management software.",
        "award",
        Some("Children, Youth and Families Department"),
        &["Pinebrook Systems LLC"],
        &[("$41 million", "value")],
    ),
    case(
        "The State Board of Finance on Tuesday approved a $96 million contract for a claims system. The contract goes to Meridale Claims Inc., a Nashville company.",
        "award",
        Some("State Board of Finance"),
        &["Meridale Claims Inc."],
        &[("$96 million", "value")],
    ),
    // A vote to buy from, or to hire, an organisation.
    case(
        "The Marlow School District board voted 6-1 Monday to buy 12 electric buses from Prairie Coach Inc. for $4.1 million.",
        "award",
        Some("Marlow School District"),
        &["Prairie Coach Inc."],
        &[("$4.1 million", "value")],
    ),
    // A council that appoints contractors to a framework.
    case(
        "Westmoor Council appointed six contractors to a four-year repairs framework worth £30m: Brayford Building Ltd, Haigh & Sons Ltd, Moorland Care Ltd, Northern Reach Ltd, Pennine Group Ltd and Tern Valley Builders.",
        "award",
        Some("Westmoor Council"),
        &[
            "Brayford Building Ltd",
            "Haigh & Sons Ltd",
            "Moorland Care Ltd",
            "Northern Reach Ltd",
            "Pennine Group Ltd",
            "Tern Valley Builders",
        ],
        &[("£30m", "value")],
    ),
    // A cancelled invitation for bids, and its job to be advertised again.
    case(
        "The Army Corps of Engineers canceled its invitation for bids for lock-gate repairs after all three bids came in high.",
        "cancellation",
        Some("Army Corps of Engineers"),
        &[],
        &[],
    ),
    nth(
        case(
            "The Army Corps of Engineers canceled its invitation for bids for lock-gate repairs after all three bids came in high. The Corps plans to re-advertise a smaller version of the job next year.",
            "presolicitation",
            Some("Corps"),
            &[],
            &[],
        ),
        2,
        1,
    ),
    // A department named by its portfolio and its country; an unnamed venture by its members.
    case(
        "Public Services and Procurement Canada has awarded a $12 million contract to Laurentide Textiles Inc. for blankets.",
        "award",
        Some("Public Services and Procurement Canada"),
        &["Laurentide Textiles Inc."],
        &[("$12 million", "value")],
    ),
    case(
        "A joint venture of Fulton Hogan and Downer has been named preferred tenderer for a $212 million tunnel contract.",
        "planned_award",
        None,
        &["Fulton Hogan", "Downer"],
        &[("$212 million", "value")],
    ),
    // A change order to a contract held by a company; an option exercised for a company.
    case(
        "The Idaho Transportation Board approved a $2.1 million change order to the contract for the bridge near Caldwell, held by Tamarack Paving Co., to add a noise wall.",
        "modification",
        Some("Idaho Transportation Board"),
        &["Tamarack Paving Co."],
        &[("$2.1 million", "value")],
    ),
    case(
        "Naval Sea Systems Command exercised a $94.2 million option under contract N00024-24-C-5311 for Varrow Dynamics Corp. to produce 14 radar processors.",
        "option",
        Some("Naval Sea Systems Command"),
        &["Varrow Dynamics Corp."],
        &[("$94.2 million", "value")],
    ),
    // "made that award"; companies picked for a contract and named later; another party's
    // contract extended.
    case(
        "The Army Contracting Command at Detroit Arsenal made that award on April 9, according to a federal contracts database.",
        "award",
        Some("Army Contracting Command"),
        &[],
        &[],
    ),
    case(
        "CISA has picked six companies for a multiple-award contract for incident response, with a shared ceiling of $1.5 billion.",
        "award",
        Some("CISA"),
        &[],
        &[("$1.5 billion", "ceiling")],
    ),
    nth(
        case(
            "The Army awarded a $310 million contract to Cobalt Range Services LLC.\n\nVanguard's current contract was extended in August to keep the centers running.",
            "modification",
            Some("Army"),
            &["Vanguard"],
            &[],
        ),
        2,
        1,
    ),
    // A capped contract; a sentence about the award that opens with its amount.
    case(
        "The Ohio Department of Transportation signed an emergency contract with Tri-County Structural Services Inc. to inspect bridges. That contract is capped at $2.4 million.",
        "award",
        Some("Ohio Department of Transportation"),
        &["Tri-County Structural Services Inc."],
        &[("$2.4 million", "ceiling")],
    ),
    case(
        "The Bureau of Reclamation awarded Sagebrush Builders Inc. a contract to rebuild a canal headworks. The $27.9 million firm-fixed-price award was signed Nov. 19.",
        "award",
        Some("Bureau of Reclamation"),
        &["Sagebrush Builders Inc."],
        &[("$27.9 million", "value")],
    ),
    // A counted order with its price, told by the company that sells.
    case(
        "Norwegian shipbuilder Nordhavn Marine ASA said on Tuesday the Coast Guard had ordered 12 patrol boats in a deal worth $318 million.",
        "award",
        Some("Coast Guard"),
        &["Nordhavn Marine ASA"],
        &[("$318 million", "value")],
    ),
    // A buyer that will pay a company a sum.
    case(
        "The Dunmore School District will pay Brightline Safety Inc. $420,000 over three years to install cameras.",
        "award",
        Some("Dunmore School District"),
        &["Brightline Safety Inc."],
        &[("$420,000", "value")],
    ),
    // An inserted phrase after the verb, a price after a comma.
    case(
        "The Fenwick City Council also approved, without debate, a one-year extension of its contract with Clearwater Janitorial LLC for cleaning the depot, at $98,000.",
        "modification",
        Some("Fenwick City Council"),
        &["Clearwater Janitorial LLC"],
        &[("$98,000", "value")],
    ),
    // A state department, its undefined acronym, an infinitive that opens the clause.
    case(
        "The Iowa Department of Transportation ended a road-striping contract last month. To fill the gap, IDOT signed an emergency contract with Plainsline Markings Inc. worth $600,000.",
        "award",
        Some("IDOT"),
        &["Plainsline Markings Inc."],
        &[("$600,000", "value")],
    ),
    // A subject with its place between commas; the contract's owner named before the noun.
    case(
        "Marlow Aerospace Inc. makes landing gear. Separately, the Fleet Readiness Center Southwest in San Diego, California, exercised a $14 million option on a Marlow contract for landing gear overhauls.",
        "option",
        Some("Fleet Readiness Center Southwest"),
        &["Marlow"],
        &[("$14 million", "value")],
    ),
    // The original award of the contract being modified is its history, and the acronym the
    // entity layer linked to the buyer is the same buyer.
    case(
        "Air Force Life Cycle Management Center (AFLCMC) has modified its contract with Quillon Aero Inc., adding $48 million for spares. AFLCMC first awarded the contract in 2021 after a competition.",
        "modification",
        Some("Air Force Life Cycle Management Center"),
        &["Quillon Aero Inc."],
        &[("$48 million", "value")],
    ),
    // A British-style agency ("Transport for …"), a group named before its common noun with
    // its members in an appositive, a lead-in sentence that gives the contract's worth.
    case(
        "The contract is worth £212 million. Transport for Wales said the Dyfi Track Alliance joint venture, made up of Corrin Civil Ltd and Avonmere Rail Ltd, was selected after a competitive tender.",
        "award",
        Some("Transport for Wales"),
        &[
            "Dyfi Track Alliance",
            "Corrin Civil Ltd",
            "Avonmere Rail Ltd",
        ],
        &[("£212 million", "value")],
    ),
    // A low bid told a few sentences before the recommendation to award it; a city official
    // who speaks is no buyer; a firm's earlier win is its history.
    case(
        "Harlan Paving Inc. submitted the low bid of $2,310,400 for the bridge deck work. Three other firms bid. County Engineer Dana Roth said staff will recommend that the Board of Supervisors award the contract to Harlan Paving on May 4. Harlan Paving last won a county contract in 2022.",
        "planned_award",
        Some("Board of Supervisors"),
        &["Harlan Paving"],
        &[("$2,310,400", "value")],
    ),
    // A public corporation with a legal suffix as buyer; the recipient after what is bought;
    // the letter of acceptance that awards it, with the amount; then a tender floated
    // separately is a solicitation of its own.
    nth(
        case(
            "The Kochi Metro Rail Corporation Ltd has awarded the contract for the depot works to Sahyadri Buildcon Ltd. The letter of acceptance for the ₹340 crore contract was issued on March 2. Separately, the corporation has floated a tender for station signage.",
            "award",
            Some("Kochi Metro Rail Corporation Ltd"),
            &["Sahyadri Buildcon Ltd."],
            &[("₹340 crore", "value")],
        ),
        2,
        0,
    ),
    nth(
        case(
            "The Kochi Metro Rail Corporation Ltd has awarded the contract for the depot works to Sahyadri Buildcon Ltd. Separately, the corporation has floated a tender for station signage.",
            "solicitation",
            Some("Kochi Metro Rail Corporation Ltd"),
            &[],
            &[],
        ),
        2,
        1,
    ),
    // The subject of a subordinate clause after a comma; an acronym's board is its agency.
    case(
        "Costs rose again on Monday, when the RTD board approved a $2.4 million change order to its contract with Mesa Line Builders Inc. for the station canopies.",
        "modification",
        Some("RTD"),
        &["Mesa Line Builders Inc."],
        &[("$2.4 million", "value")],
    ),
    // A vote to reject the bids cancels the procurement, no contract noun needed; an option
    // counted as "the second of four" after a plan is an event of its own.
    case(
        "The Harbor District Board of Commissioners voted on Tuesday to reject the bids, which came in far over the estimate.",
        "cancellation",
        Some("Harbor District Board of Commissioners"),
        &[],
        &[],
    ),
    nth(
        case(
            "The Cobb County Board of Commissioners intends to re-advertise the pump station work in October, with bids due Dec. 4. In other business, the board exercised the third of five renewal options on its contract with Lakemont Chemical Co. for water treatment chemicals, capped at $820,000.",
            "option",
            Some("Cobb County Board of Commissioners"),
            &["Lakemont Chemical Co."],
            &[("$820,000", "ceiling")],
        ),
        2,
        1,
    ),
    // A named buyer's everyday verb with a contract as its object reports the award; the
    // vendor and price may come in the next sentence.
    case(
        "The Tampa Port Authority board on Monday ratified an emergency contract for clearing the turning basin. The executive director had signed the contract with Bayline Marine LLC on Sept. 2; it is capped at $1.8 million.",
        "award",
        Some("Tampa Port Authority"),
        &["Bayline Marine LLC"],
        &[("$1.8 million", "ceiling")],
    ),
    // A contract's proper name with its acronym in parentheses still points back to it.
    case(
        "NASA has selected Corbel Test Services LLC to run vacuum chambers at two centers.\n\nThe Space Environments Testing Operations (SETO) contract is a cost-plus-award-fee contract with a maximum potential value of $310 million.",
        "award",
        Some("NASA"),
        &["Corbel Test Services LLC"],
        &[("$310 million", "ceiling")],
    ),
    // An office named with its department's possessive buys for the department: the
    // protested award told after the protest is the same procurement.
    case(
        "The Government Accountability Office denied a protest by Halden Data LLC challenging the Department of the Interior's award of a records task order to Quarry Systems. DOI's Office of Acquisition Services issued the $12 million order on May 3.",
        "protest",
        Some("Department of the Interior"),
        &["Halden Data LLC", "Quarry Systems"],
        &[("$12 million", "value")],
    ),
    // A protest that names no other award is of the award just told: one event, with the
    // protester and the awardee.
    case(
        "The Coast Guard awarded a $58 million contract to Harrow Marine LLC on Oct. 2. Bellport Shipyards filed a protest with the Government Accountability Office on Oct. 14.",
        "protest",
        Some("Coast Guard"),
        &["Harrow Marine LLC", "Bellport Shipyards"],
        &[("$58 million", "value")],
    ),
    // A protest told as what came before the award stays a step before it.
    case(
        "The Forest Service re-awarded its aerial survey contract to Skyline Mapping Inc. on Monday. The procurement had been on hold since the incumbent, Ridgeview Air, filed a protest in June.",
        "award",
        Some("Forest Service"),
        &["Skyline Mapping Inc."],
        &[],
    ),
    // "awarded that contract": a demonstrative before the contract, another buyer's award.
    nth(
        case(
            "The state Board of Finance on Tuesday approved a $12 million contract with Orrin Claims Inc. for a benefits system. A separate fight broke out over the licensing system. The Department of Labor awarded that contract, worth $4 million, to Quill Data LLC on Sept. 18.",
            "award",
            Some("Department of Labor"),
            &["Quill Data LLC"],
            &[("$4 million", "value")],
        ),
        2,
        1,
    ),
    // The holder of the contract just extended is its vendor.
    case(
        "The Ramsey County Board extended its snow-plowing contract by one winter on Tuesday, adding $2 million. The contract, held by Glacier Works Inc. since 2020, covers the north district.",
        "modification",
        Some("Ramsey County Board"),
        &["Glacier Works Inc."],
        &[("$2 million", "value")],
    ),
    // "X, based in Dallas, won": the place where the winner is based is no vendor.
    case(
        "Kestrel Clean, based in Dallas, won a $12 million custodial contract from the Army in June.",
        "award",
        Some("Army"),
        &["Kestrel Clean"],
        &[("$12 million", "value")],
    ),
    // A synonym spinner's "pact" for a contract.
    case(
        "The Division of Homeland Safety has granted Orrin Cyber Technologies a pact valued at as a lot as $40 million to guard its networks.",
        "award",
        Some("Division of Homeland Safety"),
        &["Orrin Cyber Technologies"],
        &[("$40 million", "ceiling")],
    ),
    // An award of an amount "for a … option" under an existing contract is the option.
    case(
        "Marlowe Optics Corp., Tampa, Florida, is awarded $7,250,000 for a cost-plus-fixed-fee option under previously awarded contract N00039-24-C-0117 for periscope lenses. Naval Sea Systems Command, Washington, D.C., is the contracting activity.",
        "option",
        Some("Naval Sea Systems Command"),
        &["Marlowe Optics Corp."],
        &[("$7,250,000", "value")],
    ),
    // An approval and, in the same sentence, the cancellation of another contract: two events.
    nth(
        case(
            "The Marion County Commission on Monday approved a $4.2 million road-salt contract with Ridgeway Supply Co., and at the same session canceled a janitorial contract it had awarded to Brightway Cleaning LLC in January.",
            "cancellation",
            Some("Marion County Commission"),
            &["Brightway Cleaning LLC"],
            &[],
        ),
        2,
        1,
    ),
    // Work put back out to bid and a new contract to be brought to the board: an award to come.
    case(
        "The Lane County Board of Commissioners rejected the striping bids on Monday. Public works staff will put the road-striping work back out to bid in August and expect to bring a new contract to the board in December.",
        "planned_award",
        Some("Lane County Board of Commissioners"),
        &[],
        &[],
    ),
    // The incumbent kept on month to month after a cancellation: a continuation of its own
    // contract, by the buyer named before ("the sheriff's department" names none).
    nth(
        case(
            "The Dane County Board of Supervisors on Monday canceled a laundry contract with Crestline Linen LLC. The sheriff's department will keep the current vendor on a month-to-month basis until a new contract is signed.",
            "modification",
            Some("Dane County Board of Supervisors"),
            &[],
            &[],
        ),
        2,
        1,
    ),
    // A solicitation reported by the close of its bidding window.
    case(
        "The bidding window for the Bureau of Reclamation's dam inspection contract closed on March 3.",
        "solicitation",
        Some("Bureau of Reclamation"),
        &[],
        &[],
    ),
    // Orders to come under a vehicle just awarded: each one a planned award of its own.
    nth(
        case(
            "The Bureau of Land Management awarded a $40 million mapping BPA to Corvid Geo LLC on Monday. The bureau plans to compete the first order among the holders in June. A second order, covering wildfire maps, is expected in the fall.",
            "planned_award",
            Some("Bureau of Land Management"),
            &[],
            &[],
        ),
        3,
        1,
    ),
    nth(
        case(
            "The Bureau of Land Management awarded a $40 million mapping BPA to Corvid Geo LLC on Monday. The bureau plans to compete the first order among the holders in June. A second order, covering wildfire maps, is expected in the fall.",
            "planned_award",
            Some("Bureau of Land Management"),
            &[],
            &[],
        ),
        3,
        2,
    ),
    // A release's "X today announced that AGENCY has exercised … of the company's contract":
    // the company that announces holds the contract.
    case(
        "DAYTON, Ohio, May 2, 2024 /PRNewswire/ -- Harlow Instruments Inc. today announced that the Air Force has exercised a $4.1 million option of the company's radar maintenance contract.",
        "option",
        Some("Air Force"),
        &["Harlow Instruments Inc."],
        &[("$4.1 million", "value")],
    ),
];

fn run(text: &str) -> (Mentions, Vec<ContractEvent>) {
    run_on(text, "2024-03-05")
}

/// Every extractor of the registry on `text` published on `dct`: the layers and the events.
pub(super) fn run_on(text: &str, dct: &str) -> (Mentions, Vec<ContractEvent>) {
    let doc = Document::new(text, Dct::parse(dct));
    let mut m = Mentions::default();
    for e in registry() {
        e.extract(&doc, &mut m);
        m.normalize(&doc);
    }
    let events = m.contract_events.clone();
    (m, events)
}

/// What went wrong with one row, if anything.
fn check(c: &Case) -> Option<String> {
    let (m, events) = run(c.text);
    if events.len() != c.count {
        return Some(format!("{} events, expected {}", events.len(), c.count));
    }
    let e = &events[c.nth];
    let mut wrong = Vec::new();
    if e.stage != c.stage {
        wrong.push(format!("stage {} (expected {})", e.stage, c.stage));
    }
    let agency = e.agency.as_ref().map(|a| a.text.as_str());
    if agency != c.agency {
        wrong.push(format!("agency {agency:?} (expected {:?})", c.agency));
    }
    let vendors: Vec<&str> = e.vendors.iter().map(|v| v.text.as_str()).collect();
    if vendors != c.vendors {
        wrong.push(format!("vendors {vendors:?} (expected {:?})", c.vendors));
    }
    let amounts: Vec<(&str, &str)> = e
        .amounts
        .iter()
        .map(|a| (m.money[a.money].text.as_str(), a.role.as_str()))
        .collect();
    for want in c.amounts {
        if !amounts.contains(want) {
            wrong.push(format!("amounts {amounts:?} (expected {want:?})"));
        }
    }
    (!wrong.is_empty()).then(|| wrong.join("; "))
}

/// The government sells a lease at its lease sale: no contract action.
#[test]
fn leases_sold_at_a_lease_sale_are_no_award() {
    let (_, events) = run(
        "The Bureau of Ocean Energy Management awarded leases to Northwind Offshore LLC and two other winning bidders of its offshore wind lease sale, which raised $310 million.",
    );
    assert!(events.is_empty(), "{events:?}");
}

#[test]
fn awardee_lists_with_empty_or_odd_items_never_panic() {
    for text in [
        "The Navy awarded a $5 million contract. The awardees are:\n\n- \n-  \n- Acme Corp.\n",
        "The Navy awarded a $5 million contract. The awardees are:\n\n-\t\n• é\n",
        "The Navy awarded a $5 million contract. The awardees are:",
    ] {
        let (_, events) = run(text);
        assert!(events.len() <= 1, "{text}: {events:?}");
    }
    let (_, events) =
        run("The Navy awarded a $5 million contract. The awardees are:\n\n- \n- Acme Corp.\n");
    let vendors: Vec<&str> = events[0].vendors.iter().map(|v| v.text.as_str()).collect();
    assert_eq!(vendors, ["Acme Corp."]);
}

/// Amounts of other instruments, which the first event must not hold: (text, money text).
const OTHER_AMOUNT_CASES: &[(&str, &str)] = &[
    // The price with tax added restates the price; an option's own size is no value of the
    // contract.
    (
        "The Department of Roads has awarded Tarrant Civil Pty Ltd a $20 million contract for a bridge. Once GST is added, the department will pay $22 million.",
        "$22 million",
    ),
    (
        "The Department of Roads has awarded Tarrant Civil Pty Ltd a $20 million contract for a bridge. It has an option for two more spans, which the department values at $6 million if it is ever exercised.",
        "$6 million",
    ),
    // A conversion in parentheses restates the price in another currency.
    (
        "The Ministry of Transport has awarded a €240 million ($262 million) contract to Valdor Rail SA for signalling upgrades.",
        "$262 million",
    ),
    // A unit price is no sum of the contract.
    (
        "The Harlow County Commission awarded a $2.4 million road-salt contract to Ridgeway Minerals Inc. The company will be paid $78.25 per ton delivered.",
        "$78.25",
    ),
    // The value of the base contract when it was signed is not the option's.
    (
        "The Navy exercised a $90 million option with Tarrow Shipbuilding Inc. for a third tug. The option was priced into the contract the Navy awarded Tarrow in 2023, which was worth $240 million when it was signed.",
        "$240 million",
    ),
    // A difference between two costs is no amount of the action.
    (
        "The Glenmore school board terminated its custodial contract with Brightmop LLC on Monday. Temporary crews will cost $300,000 more than the contract through June, the superintendent said.",
        "$300,000",
    ),
    // The sum of several earlier modifications of the contract cancelled.
    (
        "The Navy has terminated its $9 million contract with Brackley Optics Inc. for periscope repairs. The service had added $1.2 million through three modifications for spare parts.",
        "$1.2 million",
    ),
    // A former value of the contract extended.
    (
        "The Army extended its range-support contract with Kestrel Range Services Inc. through May 2027, adding $6 million. The contract was originally valued at $30 million.",
        "$30 million",
    ),
    // The ceiling of the vehicle an order is placed under.
    (
        "The Bureau of Land Management placed a $3.1 million order with Ridgeline Survey LLC under its blanket purchase agreement. The BPA, awarded in 2024 to four vendors, has a ceiling of $90 million.",
        "$90 million",
    ),
    // An earlier award to another vendor.
    (
        "The Coast Guard canceled its $7 million order with Harbor Marine Inc. on Monday. A 2021 award to a different vendor for engines, worth $3 million, remains in place.",
        "$3 million",
    ),
];

#[test]
fn amounts_of_other_instruments_stay_out() {
    let mut failures = Vec::new();
    for (text, money) in OTHER_AMOUNT_CASES {
        let (m, events) = run(text);
        let Some(e) = events.first() else {
            failures.push(format!("{text}\n    no event"));
            continue;
        };
        if e.amounts.iter().any(|a| m.money[a.money].text == *money) {
            failures.push(format!("{text}\n    holds {money}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn everyday_purchases_are_no_events() {
    for text in [
        // A prize or an honour awarded or received is no contract.
        "Brightwater Builders Inc. has been awarded the 2023 Award of Excellence by the state builders' association for its work on the county library.",
        "The firm also received a safety award from the association for its work on the county jail.",
        // An option under a condition is not exercised.
        "The agency will pay about $2 million more if it takes up an option to add two stations.",
        // "as awarded": the contract in the form awarded, no action.
        "The estimate for the work as awarded was $4.4 million.",
        // A labour contract under negotiation buys nothing.
        "The Lakeport Transit Authority is negotiating a new contract with the drivers' union, which represents 900 employees.",
        // A grant, prize or fellowship awarded buys nothing: no contract.
        "The National Science Foundation has awarded Orchard State University a three-year, $2.1 million grant to study soil microbes.",
        // A winner to come with no plan told before it.
        "A winner will be chosen at the county fair on Saturday, organizers said.",
        // A person selected with a home town is no firm awarded.
        "The Forest Service has selected Jane Marlow of Bend, Oregon, to lead its fire research office.",
        // A rival's award two years before the story, tallies over a period and shares of many.
        "Rival Northwind Robotics won a $25 million Army contract in 2022 and has grown since.",
        "The agency has signed several large software contracts this year.",
        "GAO sustained 15% of the protests it decided in fiscal 2023.",
        // Tallies over a period, and the history of an earlier procurement.
        "The Interior Department terminated 23 contracts for convenience in fiscal 2024, an audit found.",
        "In 2022, the bureau had cancelled an earlier solicitation for the same radios after a pricing dispute.",
        // A vote to buy something uncounted, with no seller, is no contract action.
        "The city council voted 7-0 to buy land for a new park.",
        "Shoppers bought $5 billion of goods from Amazon.com Inc. on Prime Day.",
        "Investors were buying $2 billion of Treasury bonds from dealers, the Federal Reserve said.",
        // Selections of people, agreements between companies, projects cancelled.
        "NASA has selected four astronauts for the Artemis V mission.",
        "The Navy picked Adm. Lisa Franchetti to lead the service.",
        "The school board picked Maria Lopez as superintendent.",
        "Lumora signed a $3 billion supply agreement with Panasonic.",
        "She cancelled a $2 billion factory project and instead signed a supply agreement with a battery maker.",
        // Lawsuits and spending that are no contract actions.
        "Former guards sued the government contractor Calder Corrections Group for $40 million in back wages.",
        "Whilst Microsoft or Amazon would not bid on the contract, both had spent tens of millions of dollars on sales teams.",
        "Agencies had awarded $776 billion in contracts in fiscal 2025, the General Services Administration said.",
        "State officials in Mississippi and Alabama have asked both agencies to share the new data.",
        "On May 2, 2026, the Company issued a press release announcing the contract.",
        // Totals since a year, conditions, and selections by a prime contractor.
        "GVSC has awarded more than $1.2 billion in Other Transaction agreements since 2019.",
        "If the prototypes succeed, the Army may award a follow-on production agreement without further competition.",
        "Brightmoor Inc. today announced that it has been selected by prime contractor Halden Defense Group to provide trainers for a Navy program.",
        // Negated actions.
        "The shutdown delayed about $20 million of revenue, but none of Orvell's contracts had been issued stop-work orders, the company said.",
        "The Army has not awarded the $300 million vehicle repair contract to Kestrel Motors Inc.",
        "No Marlow Systems contracts have been terminated, the chief executive said.",
        // A count asked for in a report is no award.
        "The committee adopted an amendment requiring the Department of Energy to report each year on its cleanup contracts worth more than $50 million, including how many were awarded without competition.",
    ] {
        let (_, events) = run(text);
        assert!(events.is_empty(), "{text}: {events:?}");
    }
}

#[test]
fn sentences_give_their_event_fields() {
    assert!(CASES.len() >= 40);
    let failures: Vec<String> = CASES
        .iter()
        .filter_map(|c| check(c).map(|w| format!("{}\n    {w}", c.text)))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} rows wrong:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

/// Dates with their roles: (text, [(date text, role)]) of the first event, exactly.
const DATE_CASES: &[(&str, &[(&str, &str)])] = &[
    // A tender's bidding steps told in a sentence of their own: a briefing bidders must attend
    // and the close of the bids.
    (
        "The Riverbend Water Board on Tuesday issued a tender for repairs to its pump stations.\n\nKey dates: a compulsory clarification meeting at the main depot on 4 March, and bids closing on 9 April.",
        &[
            ("Tuesday", "solicitation"),
            ("4 March", "industry_day"),
            ("9 April", "responses_due"),
        ],
    ),
    // A cancelled contract's planned start stays its start.
    (
        "The Kent Transit Authority board voted Monday to cancel its award of a bus-washing contract to Spotless Fleet LLC. The contract, awarded in May, was expected to start in January.",
        &[
            ("Monday", "cancellation"),
            ("May", "award"),
            ("January", "start"),
        ],
    ),
    // Homes built when their tenants move in: the work's end.
    (
        "The housing authority awarded Red Cedar Homes LLC a $3 million contract on April 8 to build 10 rental homes. Construction starts in June, with tenants moving in by the end of 2027.",
        &[
            ("April 8", "award"),
            ("June", "start"),
            ("the end of 2027", "completion"),
        ],
    ),
    // The responses' deadline and a bidders' briefing told the paragraph after the solicitation.
    (
        "The Bayport Harbor Commission on Monday issued a request for proposals for dredging the north channel.\n\nThe solicitation covers three years of maintenance dredging.\n\nOffers are due March 3. Firms may attend a pre-offer briefing on Feb. 10.",
        &[
            ("Monday", "solicitation"),
            ("March 3", "responses_due"),
            ("Feb. 10", "industry_day"),
        ],
    ),
    // A deadline named after its date is the responses'.
    (
        "The county awarded Ridgecrest Paving LLC a $1.2 million contract on June 2 to repave Mill Road. Ridgecrest's bid was the lowest of three received by the May 14 deadline.",
        &[("June 2", "award"), ("May 14", "responses_due")],
    ),
    // An order told without its winner, then told as a contract: a later sentence on "the
    // contract" dates that order (no vehicle of its own).
    (
        "A Geelong workshop has won the biggest order in its history: a state contract to build 30 rescue trailers for the Country Fire Authority.\n\nThe minister said on Monday that Harbourline Trailers Pty Ltd had been awarded the $12.5 million contract after an open tender.\n\nThe contract was signed on 2 March, a spokeswoman said.",
        &[("2 March", "award")],
    ),
    // A delivery promised by a day, told on its own: the end of the work.
    (
        "The Select Board voted 3-0 on Monday to buy a dump truck from Valley Truck Sales for $190,000.\n\nThe old truck will be sold at auction. Valley Truck has promised delivery by Nov. 20.",
        &[("Monday", "award"), ("Nov. 20", "completion")],
    ),
    // The first units due by one date and the last by another: the last ends the work.
    (
        "The county awarded Ridgeway Coachworks a $9 million contract on May 5 for 20 ambulances.\n\nThe vehicles will replace an aging fleet. The first six are due by March 2027 and the rest by the end of 2027.",
        &[("May 5", "award"), ("the end of 2027", "completion")],
    ),
    // A step of the bidding told on its own, a paragraph or two after the award.
    (
        "The Harbor District awarded Tidemark Builders Inc. a $2.3 million contract on Aug. 11 to rebuild the fuel dock.\n\nThe district's engineer called the price fair.\n\nBids opened July 21.",
        &[("Aug. 11", "award"), ("July 21", "responses_due")],
    ),
    (
        "The Transit Authority has awarded Corran Signal Ltd. a $48 million contract to replace the signals on its east line.\n\nCorran beat three rivals after a solicitation that closed in March.",
        &[("March", "responses_due")],
    ),
    // A change signed on a day, told in a quote after the change: the change's own date.
    (
        "The Coast Guard has extended its harbor dredging contract with Silt Works Inc. for six months.\n\n\"We signed a bilateral modification on March 2 that carries the contract through Sept. 30,\" a spokesman said.",
        &[("March 2", "award"), ("Sept. 30", "completion")],
    ),
    // The term of the contract told in a sentence of its own (not the end it could reach).
    (
        "The Village Board on Tuesday awarded Greenfield Hauling LLC a $4 million contract for trash pickup.\n\nThe mayor praised the bid. That term is five years, starting July 1, with two renewals — the village could keep Greenfield until 2036 if all goes well.",
        &[("Tuesday", "award"), ("July 1", "start")],
    ),
    // A month between a possessive and the award it dates.
    (
        "Blue Reef Inc. filed a protest with GAO on Tuesday challenging the Navy's August award of a dredging contract to Harbor Silt LLC.",
        &[("Tuesday", "protest"), ("August", "award")],
    ),
    // The close of a tender, as the second of its two steps or after its number.
    (
        "The Port Authority awarded Keelstone Marine Ltd. a $12 million contract on 3 June for two pilot boats.\n\nThe tender was advertised in January and closed on 20 February.",
        &[
            ("3 June", "award"),
            ("January", "solicitation"),
            ("20 February", "responses_due"),
        ],
    ),
    (
        "The Ministry of Transport awarded Ardent Rail Ltd. a C$30 million contract on June 3 for track inspection.\n\nThe request for proposals, MOT-2025-0088, closed on Feb. 20.",
        &[("June 3", "award"), ("Feb. 20", "responses_due")],
    ),
    // A later sentence on a series of deliveries: the first unit's date is neither start nor
    // end of the work; the last unit's date ends it.
    (
        "The Port Authority of Marwick awarded Stellan Yards Ltd. a $140 million contract on Monday for three harbor tugs.\n\nThe first tug is scheduled for delivery in June 2028 and the remaining two by the end of 2029.",
        &[("Monday", "award"), ("the end of 2029", "completion")],
    ),
    (
        "The Ferry Authority awarded Corvane Shipbuilding a $90 million contract on May 4 for four ferries.\n\nDeliveries are expected to start in 2028, with the last vessel to be handed over by April 2030.",
        &[("May 4", "award"), ("April 2030", "completion")],
    ),
    // A vessel due to arrive for its overhaul on a day: the work starts then; the end follows.
    (
        "The Navy awarded Hullwright Marine Inc. a $61 million contract on Thursday to overhaul the destroyer Kestrel. The ship is due to arrive March 3, 2027, and the work is to be done by Oct. 8, 2027.",
        &[
            ("Thursday", "award"),
            ("March 3, 2027", "start"),
            ("Oct. 8, 2027", "completion"),
        ],
    ),
    // A solicitation that "took proposals until" a day: that day is the responses' deadline.
    (
        "The Harlow County Board of Commissioners issued a request for proposals for ambulance billing in May and took proposals until July 14. It expects to award the contract in September.",
        &[
            ("May", "solicitation"),
            ("July 14", "responses_due"),
            ("September", "award"),
        ],
    ),
    // A lease's term begins at occupancy: the expected occupancy, told in the next sentence,
    // is the start.
    (
        "The General Services Administration has awarded a 10-year lease to Riverbend Properties LLC for a new field office in Dalton. Occupancy is expected in March 2027.",
        &[("March 2027", "start")],
    ),
    // "The contract was concluded on …": the day it was signed.
    (
        "The Philippine Coast Guard has signed a contract with Ostra Marine Corp. for four patrol boats. The contract was concluded on May 14.",
        &[("May 14", "award")],
    ),
    // The second of a tender's two steps, its opening, is the bids' deadline.
    (
        "The water board awarded Fenwick Pipe Ltd a contract to reline the Ashby trunk main. The invitation to bid, advertised in May and opened on July 2, drew five offers.",
        &[("May", "solicitation"), ("July 2", "responses_due")],
    ),
    // A completion months before the work starts ends some earlier work.
    (
        "The Navy has awarded Keystone Hydro Inc. a contract for sonar upgrades, with work to begin Oct. 1, 2026. It follows a pilot the company completed in March 2026.",
        &[("Oct. 1, 2026", "start")],
    ),
    // The responses' deadline told the paragraph after a planned sole-source award.
    (
        "The Forest Service intends to award a sole-source contract to Larchmont Radio LLC for repeater upgrades. The notice cites the firm's proprietary software.\n\nOther firms have until March 18 to submit a capability statement.",
        &[("March 18", "responses_due")],
    ),
    // A participle that makes the award final dates it.
    (
        "Castleford District Council has awarded its grounds maintenance contract to Greenacre Services Ltd, confirming on Monday a choice it had announced last month.",
        &[("Monday", "award")],
    ),
    // An end the contract "was due" to reach before it was extended is no longer its end.
    (
        "The Hallam Water Authority on Friday extended its meter-reading contract with Clearline Metering Inc. through March 31, 2028. The contract was due to expire at the end of September.",
        &[("Friday", "award"), ("March 31, 2028", "completion")],
    ),
    // "between A and B": the second date ends the span; the first starts nothing of an order.
    (
        "The Marlow County transit board on Monday awarded Keystone Mobility Inc. a $3.9 million contract for 25 paratransit vans. The vans will be delivered between March and August 2027.",
        &[("Monday", "award"), ("August 2027", "completion")],
    ),
    // An award verb, its object and phrases set off by commas, then the recipient and the day:
    // the day of the award, however far the verb is.
    (
        "The Harlow Port Authority has rejected a bid protest filed by Tidewell Marine Services. The authority awarded the dredging contract, valued at about $31 million over four years and numbered HPA-24-117, to Coastline Dredge Co. on Jan. 14, and Tidewell protested on Feb. 2.",
        &[("Jan. 14", "award"), ("Feb. 2", "protest")],
    ),
    // A capitalised word of a name ("Open" in a group's name) is no keyword of the date after it.
    (
        "The Ferris County library board on Tuesday awarded a cataloguing contract to Northgate Data Systems Inc. The contract drew objections from the Alliance for Open Library Standards, which wrote to the board in March.",
        &[("Tuesday", "award")],
    ),
    // The end of the older vehicle the work was done under is not the new order's.
    (
        "The Interior Department on Monday awarded Pinecrest Analytics LLC a $4 million task order for records support. The work is now done under an older vehicle that expires in September.",
        &[("Monday", "award")],
    ),
    // A lead that names the day of the meeting, before the vote that dates nothing itself.
    (
        "It took the Harrow County Council nearly four hours on Monday to get through its agenda. The council voted 5-2 to give Lakeside Hauling LLC the county recycling contract.",
        &[("Monday", "award")],
    ),
    // The day of a termination's notice; its effective day ends the contract's work.
    (
        "SALEM, Ore., Friday, May 8, 2026 — The Oregon Department of Revenue notified Quartzline Software Inc. on Wednesday that it is terminating the company's contract for convenience, effective June 30.",
        &[("Wednesday", "cancellation"), ("June 30", "completion")],
    ),
    // An award notice's own date is the award's; the winners in the paragraph after.
    (
        "ARNHEM, 20 March 2026 — Rivierenland Water Board, the regional water authority, has awarded a two-lot framework agreement for pump maintenance. Winners, according to the award notice dated 12 March 2026:\n\nLot 1 (Tiel) went to Kessel Pompen B.V.; and Lot 2 (Culemborg) to Ooster Techniek B.V.",
        &[("12 March 2026", "award")],
    ),
    // A bare clock time is not a date of its own beside the day it is told with, nor beside
    // a time of the same role that names its day.
    (
        "FRESNO, Calif., March 3, 2026 — The Bureau of Reclamation intends to award a sole-source contract to Westbank Pump Co. for canal pump repairs. Interested firms have until 3 p.m. Pacific time on March 18 to send capability statements.",
        &[("March 18", "responses_due")],
    ),
    // Work cannot end or start well before its contract is signed: "last spring" is the
    // earlier contract's end, or the evaluation's start, not this award's.
    (
        "BOISE, Idaho, Oct. 8, 2026 — The Bureau of Land Management awarded a $4 million contract to Sagebrush Analytics LLC on Oct. 2 to map grazing allotments across southern Idaho. The bureau's last mapping contract in the region, a $1 million job, was finished last spring.",
        &[("Oct. 2", "award")],
    ),
    (
        "BOISE, Idaho, Oct. 8, 2026 — The Bureau of Land Management has signed agreements with three mapping firms. The agreements were awarded on Oct. 2 after a review that began with a field test last spring.",
        &[("Oct. 2", "award")],
    ),
    // "the ordering period still ends …": the end of ordering, not of the work.
    (
        "The Coast Guard raised the ceiling of its staffing agreement with Marrick Health Staffing LLC by $12 million. A spokesman said the ordering period still ends June 30, 2026.",
        &[("June 30, 2026", "ordering_end")],
    ),
    // A notice to proceed starts the work; "Completion is expected in the fall of 2029" two
    // paragraphs on ends it.
    (
        "OMAHA, May 4, 2026 — The Corps of Engineers has awarded a $31 million contract to Plainsview Earthworks Inc. to rebuild a flood wall. The Corps signed the contract on April 20 and issued a notice to proceed on May 1.\n\nThe wall was damaged in 2019.\n\nCompletion is expected in the fall of 2028, a spokesman said.",
        &[
            ("April 20", "award"),
            ("May 1", "start"),
            ("the fall of 2028", "completion"),
        ],
    ),
    // An option under an agreement signed in a past year: that year is the agreement's.
    (
        "DAYTON, Ohio, March 5, 2024 — The transit board exercised an option on Tuesday under its 2022 purchase agreement with Corvane Bus Co. for eight more buses, at a cost of $7.2 million.",
        &[("Tuesday", "award")],
    ),
    // A head in capitals opens another brief of a wire page: its schedule is not the award's.
    (
        "DEMOLITION\nCarrick Demolition Inc. has won a $58 million contract from the Army Corps of Engineers to tear down three old locks on the Ohio River. The company was one of four bidders.\n\nFACTORIES\nBrightloom Textiles will open a $30 million mill in Gastonia. The work on the building should start in early 2027.",
        &[],
    ),
    // A termination notice told a paragraph after the termination is its document.
    (
        "The Forest Service has terminated for default its contract with Ridgeback Fencing LLC for boundary fencing.\n\nA termination notice signed March 3 by the contracting officer cites missed deadlines.",
        &[("March 3", "cancellation")],
    ),
    // A long appositive of the vendor between commas keeps the date in the trigger's clause.
    (
        "WASHINGTON, June 2, 2026 — The Navy awarded a $40 million pier repair contract to Harborline Marine LLC, a joint venture of Seacrest Engineering Services and Duneview Logistics, on May 3.",
        &[("May 3", "award")],
    ),
    // An identifier set off by commas after the object keeps the date in the trigger's clause:
    // the protested award's own day.
    (
        "Ridgeway Analytics LLC filed a protest with the Government Accountability Office on Aug. 20 against the Coast Guard's award of a data contract to Tern Systems Inc.\n\nThe Coast Guard awarded the contract, 70Z02326D00000015, to Tern Systems Inc. on Aug. 4.",
        &[("Aug. 20", "protest"), ("Aug. 4", "award")],
    ),
    // A termination notice signed on a day dates the termination.
    (
        "The Forest Service has terminated for default its contract with Ridgeback Fencing LLC for boundary fencing. A termination notice signed March 3 cites missed deadlines.",
        &[("March 3", "cancellation")],
    ),
    // Responses that "would be due" after a draft; the meeting at which a board voted.
    (
        "The Transportation Security Administration issued a draft request for proposals on Monday for baggage-belt repairs. Proposals would then be due May 12.",
        &[("Monday", "presolicitation"), ("May 12", "responses_due")],
    ),
    (
        "At Tuesday's meeting, the Glenmore County Board of Commissioners voted 4-1 to renew its janitorial contract with Brightstar Cleaning LLC for one more year at $640,000.",
        &[("Tuesday", "award")],
    ),
    // The protester held the previous contract "and filed its protest": the filing is the
    // subject's next act, not part of the phrase about the previous contract.
    (
        "Kestrel Labs Inc. has protested the Bureau of Reclamation's award of a water-testing contract to Marlow Analytics LLC. Kestrel, of Boulder, held the previous contract for six years and filed its protest on Oct. 2.",
        &[("Oct. 2", "protest")],
    ),
    // A schedule sentence a paragraph later, opened by an attribution, with the vehicles
    // entering service.
    (
        "The Scottish Rail Authority has signed a contract worth £52 million with Afon Rail Ltd for 14 battery trains.\n\nThe trains will be built in Newport.\n\nAccording to the authority, the first trains are due to enter service from 1 May 2028, with the last delivered by 31 March 2029.",
        &[("1 May 2028", "start"), ("31 March 2029", "completion")],
    ),
    // An industry day a paragraph after the notice; a step the agency may or may not take
    // dates nothing.
    (
        "The Indian Health Service issued a request for information for mobile dental clinics.\n\nThe agency will hold an industry day on April 14 in Albuquerque. It will take written questions until April 20 and then decide whether to issue a solicitation in the fall.",
        &[("April 14", "industry_day")],
    ),
    // The day a notice was posted gives way to the award's own day.
    (
        "The Coast Guard awarded Tidewell Marine Inc. a $30 million contract on June 2 for pier repairs, according to a notice posted Friday.",
        &[("June 2", "award")],
    ),
    // A ruling due by a date after a protest is the decision, not a delivery.
    (
        "Brackwell Survey LLC filed a protest on May 4 against the Bureau of Land Management's mapping award to Tarn Geodata Inc. A ruling is due by Aug. 12.",
        &[("May 4", "protest"), ("Aug. 12", "decision")],
    ),
    // A deadline for questions dates none of the solicitation's steps.
    (
        "The Bureau of Prisons released a request for proposals on Tuesday for kitchen equipment. Offers are due Jan. 9, and questions must be submitted by Dec. 12.",
        &[("Tuesday", "solicitation"), ("Jan. 9", "responses_due")],
    ),
    // The second date of a range ends the option; a line opening to trains ends the work.
    (
        "The Park Service exercised a $6 million option on its grounds contract with Elmridge Landscapes LLC. The option runs from April 1, 2027, to March 31, 2028.",
        &[("April 1, 2027", "start"), ("March 31, 2028", "completion")],
    ),
    (
        "Metro Transit awarded a $210 million contract to Kestrel Rail Builders Inc. to extend the Blue Line, which is expected to open to trains by late 2029.",
        &[("late 2029", "completion")],
    ),
    // A plan to award whose object and its given name stand between the verb and the quarter;
    // a draft notice's date and a final solicitation "due out".
    (
        "The Army Contracting Command expects to award the contract, known as the Ridgeline Radio program, in the first quarter of fiscal 2028, according to a draft notice posted Tuesday. A final request for proposals is due out in March.",
        &[
            ("the first quarter of fiscal 2028", "award"),
            ("Tuesday", "presolicitation"),
            ("March", "solicitation"),
        ],
    ),
    (
        "The Coast Guard expects to award a single indefinite-delivery/indefinite-quantity contract with firm-fixed-price delivery orders for patrol boat engines in the fourth quarter of fiscal 2027.",
        &[("the fourth quarter of fiscal 2027", "award")],
    ),
    // What the winner must do by a date ends the work; a rival's award of years before dates
    // nothing of this one.
    (
        "Skylift Robotics Inc. has won a $9 million Army contract, signed March 2, to build four cargo drones. Skylift must deliver the drones by the end of 2025. A rival, Ferrow Air LLC, landed a $12 million contract in 2021 and flew its first drone last year.",
        &[("March 2", "award"), ("the end of 2025", "completion")],
    ),
    // A statistic over many protests dates nothing of this one.
    (
        "GAO on Monday denied a protest by Arlen Systems Inc. of the Navy's award to Brixton Corp.\n\nGAO sustained 15% of the protests it decided in fiscal 2025.",
        &[("Monday", "decision")],
    ),
    // Contracts announced together, told before the first of them.
    (
        "The contracts, announced on Tuesday, are worth a combined $90 million. Harrow Marine LLC will receive $50 million to build two tugs for the Navy.",
        &[("Tuesday", "award")],
    ),
    // The decision of the protest, told in a paragraph of its own.
    (
        "GAO denied a protest by Arlen Systems Inc. of the Navy's award to Brixton Corp.\n\nIn a decision dated Feb. 27, GAO found the evaluation reasonable.",
        &[("Feb. 27", "decision")],
    ),
    // The tender's date and the award that follows it.
    (
        "The Home Office plans to issue an invitation to tender for border radios next spring, with a contract to follow in 2028.",
        &[("next spring", "solicitation"), ("2028", "award")],
    ),
    // "The change" refers back to the modification reported.
    (
        "The Navy raised the ceiling of its contract with Harbor Dredge LLC by $20 million.\n\nThe change was signed Oct. 2, the Navy said.",
        &[("Oct. 2", "award")],
    ),
    // "mentioned Thursday" dates the telling.
    (
        "The Forest Service has placed a $3 million order with Cedar Air Inc., the agency mentioned Thursday.",
        &[],
    ),
    // Room to order work through a date: the end of ordering.
    (
        "The Army raised the ceiling of its contract with Delta Range Services LLC by $90 million, letting the service order work through June 2030.",
        &[("June 2030", "ordering_end")],
    ),
    // The award of the contract an option is exercised on is history.
    (
        "The Coast Guard exercised a $4 million option on its contract with Harborline Marine Inc. for buoy maintenance. The contract, awarded in May 2023, runs five years.",
        &[],
    ),
    // "The extension, announced Tuesday": the action's date.
    (
        "The Forest Service extended its aviation contract with Cedar Air Inc. by four months. The extension, announced Tuesday, is valued at $2 million.",
        &[("Tuesday", "award")],
    ),
    // The modification's posting dates it; the attribution is outside "a new competition".
    (
        "The Army extended its dining contract with Harvest Table LLC while it runs a new competition, according to a modification posted Thursday.",
        &[("Thursday", "award")],
    ),
    // The award of a terminated contract, told in the past perfect, is its history.
    (
        "The Forest Service terminated its $5 million contract with Pinecrest Mapping LLC on Nov. 3. The contract had been awarded in June 2024.",
        &[("Nov. 3", "cancellation")],
    ),
    // The date of the modification's own document dates the action.
    (
        "The Navy raised the value of Ostrander Marine's repair contract by $8 million, according to a modification dated May 14.",
        &[("May 14", "award")],
    ),
    // A date before the action noun dates the award; the filing of a complaint is no vendor.
    (
        "The complaint, filed on March 9, challenges the Coast Guard's Feb. 20 award to Orvell Inc. of a $9 million order.",
        &[("March 9", "protest"), ("Feb. 20", "award")],
    ),
    // A dateline's date dates the story; "said Wednesday" dates the telling.
    (
        "TULSA (Sept. 10, 2026) — The Oklahoma Health Care Authority awarded a $61 million contract to Vessel Data Inc. on Aug. 21, the authority said Wednesday.",
        &[("Aug. 21", "award")],
    ),
    // "today announced the award of" dates the release, not the award (EVENTS_GOLD.md).
    (
        "WASHINGTON, March 4, 2024 – The U.S. Department of Energy today announced the award of a $400 million contract to Fluor Corp. for cleanup work at the Hanford Site.",
        &[],
    ),
    (
        "The Army on Tuesday awarded Lockheed Martin a $250 million contract for missiles, with work expected to be completed by December 2027.",
        &[("Tuesday", "award"), ("December 2027", "completion")],
    ),
    (
        "The Navy awarded Austal USA a $98 million contract on Feb. 12 for ship repair. Work is scheduled to begin in April and end in September 2026.",
        &[
            ("Feb. 12", "award"),
            ("April", "start"),
            ("September 2026", "completion"),
        ],
    ),
    (
        "NASA selected SpaceX on Friday for a $843 million contract to build a deorbit vehicle.",
        &[("Friday", "award")],
    ),
    (
        "In January 2023, Vireo Labs won a $1.1 million contract from the Air Force Research Laboratory.",
        &[("January 2023", "award")],
    ),
    (
        "The Metro Council voted 8-3 on Thursday to award a $20 million contract to Kiewit Corp. for a bridge.",
        &[("Thursday", "award")],
    ),
    (
        "Halcyon LLC filed a bid protest against the Navy's $70 million logistics contract on June 2. The Navy halted work, as the law requires when a protest is filed within 10 days of an award.",
        &[("June 2", "protest")],
    ),
    (
        "Acme Corp., Reston, Virginia, was awarded a $5 million contract for radios. Work is expected to be completed by May 2026. Fiscal 2024 procurement funds in the amount of $5 million were obligated at the time of award and will not expire at the end of the current fiscal year. Army Contracting Command, Aberdeen Proving Ground, Maryland, is the contracting activity.",
        &[("May 2026", "completion")],
    ),
    (
        "The Army issued a request for prototype proposals in August. Proposals had been due Oct. 3.",
        &[("August", "solicitation"), ("Oct. 3", "responses_due")],
    ),
    // A protest story: the filing, the decision (a verb before its noun), a deadline to rule.
    (
        "GAO has denied a protest by Larkspur Inc. of a $40 million Navy order. Larkspur filed on May 2. GAO denied the protest, B-423001, on July 30.",
        &[("May 2", "protest"), ("July 30", "decision")],
    ),
    (
        "Orvane LLC has protested a $12 million Army contract. Orvane filed on Jan. 5, and GAO must rule by April 15.",
        &[("Jan. 5", "protest"), ("April 15", "decision")],
    ),
    // Outside a protest, a filing dates nothing, and a decision is the award's.
    (
        "Kestrel Corp. said the Navy awarded it a $30 million contract on Nov. 3. The company filed the contract as an exhibit to its report for the fiscal year.",
        &[("Nov. 3", "award")],
    ),
    (
        "The ministry has shortlisted two bidders for a $200 million radar contract. A decision is expected by mid-2027.",
        &[("mid-2027", "award")],
    ),
    // A thing due without a response is a delivery; "to submit" makes a response deadline.
    (
        "The transit board on Wednesday ordered 30 buses from Gillig LLC for $28 million, with the last bus due by mid-2028.",
        &[("Wednesday", "award"), ("mid-2028", "completion")],
    ),
    (
        "The VA intends to award a sole-source contract to Orthex Inc., according to a notice of intent posted Friday. Companies have until May 4 to submit capability statements.",
        &[("Friday", "presolicitation"), ("May 4", "responses_due")],
    ),
    // A notice of the award, a stop-work order and a publication date nothing.
    (
        "The Census Bureau placed a $14 million order with Tidewell LLC, according to an award notice posted Tuesday. The order was issued on June 5.",
        &[("June 5", "award")],
    ),
    (
        "The agency terminated its $20 million contract with Brisk Co. for default. It had issued a stop-work order in March, and the termination notice followed on July 9.",
        &[("July 9", "cancellation")],
    ),
    (
        "The Navy canceled a $45 million base operations solicitation, according to a notice posted Sept. 12.",
        &[("Sept. 12", "cancellation")],
    ),
    // A date after a verb that has no keyword: the event's own action.
    (
        "The city council on Tuesday rejected all four bids for a $9 million contract to replace bus shelters.",
        &[("Tuesday", "cancellation")],
    ),
    // The ordering period; a start, a finish and an opening to traffic.
    (
        "DHS awarded IDIQ contracts to Anvil Point LLC and Maren Digital Inc. on Feb. 26. The ordering period, which ends in September 2030, is unchanged.",
        &[("Feb. 26", "award"), ("September 2030", "ordering_end")],
    ),
    (
        "The Defense Ministry signed a $300 million contract on Monday with Kawanishi Co. for drones, with deliveries to finish by March 2030.",
        &[("Monday", "award"), ("March 2030", "completion")],
    ),
    (
        "The commission awarded a $180 million contract to Skanska USA to replace the bridge. The contract takes effect July 1, and the bridge must open to traffic by fall 2030.",
        &[("July 1", "start"), ("fall 2030", "completion")],
    ),
    // A date in the trigger's own clause, after it; not one after a subordinate clause.
    (
        "Stellwagen Corp. won a $1.2 billion Navy contract last month to build sonar arrays.",
        &[("last month", "award")],
    ),
    (
        "The Army awarded Pelican LLC a $1 million order for imagery of islands damaged in last year's hurricanes.",
        &[],
    ),
    (
        "Shares of Corvane Corp. rose 11% on Wednesday after the company said the Army had picked it for a $90 million contract.",
        &[],
    ),
    // "through" a date after a date makes a start; "through small purchases" does not.
    (
        "The VA awarded Scanline Inc. a $2 million contract. Scanline has sold scanners to VA clinics since 2021 through small purchases.",
        &[],
    ),
    // A deadline to decide is the decision's date.
    (
        "Crestline Inc. filed a protest against the Army's $74 million order to Orion LLC on Aug. 3, and GAO has until Nov. 12 to decide it.",
        &[("Aug. 3", "protest"), ("Nov. 12", "decision")],
    ),
    // A termination that takes effect dates the cancellation, not a start.
    (
        "The Iowa Department of Transportation has terminated its $5 million contract with Plainsline Markings Inc. for default.\n\nThe termination took effect Monday.",
        &[("Monday", "cancellation")],
    ),
    // A vaguer date of the same role gives way to the exact one.
    (
        "The Government Accountability Office this month denied a protest by Keystone LLC of a $188 million CBP order. In its decision of March 1, GAO found the evaluation reasonable.",
        &[("March 1", "decision")],
    ),
    // The year the modified contract was first awarded dates nothing of the modification.
    (
        "The Army has modified its contract with Corliss Labs Inc. on June 3, adding $9 million. The Army first awarded the contract in 2019.",
        &[("June 3", "award")],
    ),
    // Past steps of the procurement just reported join it; a shortlisting dates nothing; the
    // contract "announced" on a day was awarded that day.
    (
        "The Department for Transport awarded a £40 million contract to Harrowgate Signals Ltd. The contract, announced on Monday, runs four years. The tender was advertised in March 2025, and the department shortlisted three bidders in October.",
        &[("Monday", "award"), ("March 2025", "solicitation")],
    ),
    // A date in the phrase that sets the action apart dates it.
    (
        "In a separate vote Tuesday, the council awarded a $410,000 contract to Ridgeway Concrete LLC.",
        &[("Tuesday", "award")],
    ),
    // A pre-bid meeting is the tender's industry day; a letter of acceptance dates the award.
    (
        "The Paradip Port Trust has floated a tender for a new berth. A pre-bid meeting will be held on June 4, and bids are due by July 1.",
        &[("June 4", "industry_day"), ("July 1", "responses_due")],
    ),
    // The day bids were opened is their deadline; the day of the vote dates the action.
    (
        "The Harbor District Board of Commissioners voted on Tuesday to reject the bids, which were opened Aug. 4.",
        &[("Tuesday", "cancellation"), ("Aug. 4", "responses_due")],
    ),
    // The day of an announcement gives way to the day of the action the release reports.
    (
        "DALLAS, May 8, 2026 /PRNewswire/ -- Orrin Systems Inc. today announced it has been awarded a $22 million task order by the Defense Health Agency. The order was issued on May 1.",
        &[("May 1", "award")],
    ),
    // A follow-on given to a named vendor is the planned event itself, and a date in the
    // planning clause after its verb dates the planned award.
    (
        "If the tests go well, the Air Force plans to award Cobalt Ridge a follow-on production contract for up to 40 engines in the second quarter of fiscal 2029.",
        &[("the second quarter of fiscal 2029", "award")],
    ),
    // A planned re-solicitation is dated as the solicitation it plans; "bids due" gives the
    // deadline.
    (
        "The water authority plans to re-advertise the pump station contract in March, with bids due April 20.",
        &[("March", "solicitation"), ("April 20", "responses_due")],
    ),
    // The end of the contract being replaced dates nothing of the new one.
    (
        "The Navy awarded Pellham Logistics a $30 million contract for warehouse support through June 2031. Corwin Services has done the work since 2019 under a $12 million contract. That contract expires in March.",
        &[("June 2031", "completion")],
    ),
    (
        "The Navy awarded Pellham Logistics a $30 million contract for warehouse support through June 2031. The incumbent's contract ends in March.",
        &[("June 2031", "completion")],
    ),
    // A date after the vendor's appositive is still in the trigger's clause; the date the
    // original contract was won dates nothing of the modification.
    (
        "The Maine Department of Labor amended its contract with Norvale Data, a unit of Kessick plc, on March 3 to add $2 million. Norvale won the original contract in 2020.",
        &[("March 3", "award")],
    ),
    // A later sentence about the work tells when it starts and ends, two paragraphs on.
    (
        "The Hampton Transit board awarded a $12 million contract to Lindell Paving Co. on Tuesday.\n\n\"They were the lowest bidder,\" the chairwoman said.\n\nConstruction is scheduled to begin in April 2027 and must be finished by the end of 2028.",
        &[
            ("Tuesday", "award"),
            ("April 2027", "start"),
            ("the end of 2028", "completion"),
        ],
    ),
    // A sentence about something else dates nothing.
    (
        "The Hampton Transit board awarded a $12 million contract to Lindell Paving Co. on Tuesday.\n\nThe last shutdown, which began in December 2018, lasted 35 days.",
        &[("Tuesday", "award")],
    ),
    // The end of the ordering period is the vehicle's, not the first order's.
    (
        "The Interior Department on Monday established a multiple-award blanket purchase agreement with eight companies.\n\nThe first order, worth $3 million, went to Kestrel Data LLC.\n\nOrders can be placed until Sept. 29, 2031.",
        &[("Monday", "award"), ("Sept. 29, 2031", "ordering_end")],
    ),
    // A reduced relative with a bare day dates the award it reports.
    (
        "A Tacoma contractor will rebuild the runway at Naval Air Station Fallon under a $41.7 million contract awarded Thursday by the Navy.",
        &[("Thursday", "award")],
    ),
    // An extended ordering period ends on its new date.
    (
        "FEMA modified its inspection contract with Vantage Field Services on Feb. 14, raising the ceiling by $90 million. The modification also extends the ordering period by six months, to March 31, 2026.",
        &[("Feb. 14", "award"), ("March 31, 2026", "ordering_end")],
    ),
    // A synonym spinner's "by means of" for "through".
    (
        "The Kansas Department of Labor awarded a $2.1 million bridge contract to Marlow Data Inc. on Monday. The contract runs from Oct. 1 by means of June 30, 2027.",
        &[
            ("Monday", "award"),
            ("Oct. 1", "start"),
            ("June 30, 2027", "completion"),
        ],
    ),
    // The winners of an award, announced on a day: the award's date.
    (
        "The Department of Energy awarded a $900 million multiple-award contract for site cleanup to four companies. The winners, announced Tuesday, are Amberline Corp., Bexley Group, Corvid LLC and Dunmore Inc.",
        &[("Tuesday", "award")],
    ),
    // What is to be delivered by a date is due then: the contract's end.
    (
        "The Navy on Friday awarded Harlan Shipyard a $40 million contract for two barges, to be delivered by March 2029.",
        &[("Friday", "award"), ("March 2029", "completion")],
    ),
    // A schedule told of both awards dates the first as well as the last.
    (
        "The Army on Tuesday awarded a $40 million contract to Fernwerk Inc. for radios. The Navy awarded a $25 million contract to Alder Radio Corp. for antennas. Both contracts run until June 2031.",
        &[("Tuesday", "award"), ("June 2031", "completion")],
    ),
    // A dateline of a place and a date between dashes dates no event.
    (
        "RALEIGH, N.C. — Oct. 8, 2026 — The state awarded a $3 million contract to Pellham Data Inc. on Monday.",
        &[("Monday", "award")],
    ),
    // A schedule told after a quote and a table of bids is still the award's.
    (
        "The Ottawa County Road Commission awarded a $6.2 million contract to Lindell Paving Co. on Tuesday.\n\nThe bid tabulation shows how close the field was:\n\n- Lindell Paving Co.: $6.2 million\n- Ardmore Asphalt: $6.4 million\n\n\"We had real competition,\" the engineer said.\n\nConstruction is scheduled to begin in April 2027.",
        &[("Tuesday", "award"), ("April 2027", "start")],
    ),
    // "It" after a sentence about the previous contract is that contract.
    (
        "The Navy awarded a $9 million contract to Corley Marine Inc. on Monday for pier repairs.\n\nThe previous contract, held by Dunmore Marine since 2019, was worth $5 million a year. It expires at the end of December.",
        &[("Monday", "award")],
    ),
    // What is to be done, installed or in service by a date ends then.
    (
        "The hospital board signed a $14 million contract with Vireo Imaging on Friday. Installation is to begin in October, with the last scanner in service by June 2028.",
        &[
            ("Friday", "award"),
            ("October", "start"),
            ("June 2028", "completion"),
        ],
    ),
    (
        "The Coast Guard exercised a $4.4 million option with Harbor Point Builders on Friday for hangar repairs. Work is to be done by December.",
        &[("Friday", "award"), ("December", "completion")],
    ),
    // "through" a buying office is no end: only right before its date.
    (
        "The Army awarded a $40 million agreement to Volt Consortium to develop battery packs. The agreement, awarded through Army Contracting Command-Detroit Arsenal on July 31, funds work that runs through January 2029.",
        &[("July 31", "award"), ("January 2029", "completion")],
    ),
    // What was issued on a date: the order's award, also in a protest of it.
    (
        "CBP placed a $3.1 million call order with Lantern Data Corp. under the company's blanket purchase agreement. The call, 70B04C26F00000388, was issued Feb. 27 under BPA 70B04C24A00000012.",
        &[("Feb. 27", "award")],
    ),
    (
        "The Government Accountability Office sustained a protest by Ferris Cyber Inc. of a CISA task order. The task order, 70QS0120F00000123, was issued in September to Ardent Data LLC.",
        &[("September", "award")],
    ),
    // A day told after its week ("last week", then "Feb. 28"): the day; and "It was
    // exercised <date>" dates the option.
    (
        "The Navy exercised a $5 million option with Harlan Marine last week for more barges. It was exercised Feb. 28, the announcement said.",
        &[("Feb. 28", "award")],
    ),
    // A connective before the opening date of a story told in steps leaves it the action's.
    (
        "Next, on March 3, the Navy awarded Harbor Line Marine a $12 million contract to dredge two piers.",
        &[("March 3", "award")],
    ),
    // The rebid's month and the month the new contract goes to the board for its vote.
    (
        "The Lane County Board of Commissioners rejected the striping bids on Monday. Public works staff will put the road-striping work back out to bid in August and expect to bring a new contract to the board in December.",
        &[("August", "solicitation"), ("December", "award")],
    ),
    // The close of a bidding window is the responses' deadline.
    (
        "The bidding window for the Bureau of Reclamation's dam inspection contract closed on March 3.",
        &[("March 3", "responses_due")],
    ),
    // What has lasted since a date dates no action of the event.
    (
        "The Forest Service exercised a $2 million option on a mapping order Pinecrest Geo LLC has held since 2022, extending it through May 2025.",
        &[("May 2025", "completion")],
    ),
    // What was first done, or originally set, dates the history of the contract.
    (
        "The Marine Corps has extended its dining contract with Harvest Table LLC through June 30, adding $4 million. The contract was originally set to expire March 31.",
        &[("June 30", "completion")],
    ),
    (
        "Ostrow Corp. filed a protest on Monday over the Army's second award to Delmar Systems Inc. for base support. The Army first picked Delmar in January.",
        &[("Monday", "protest")],
    ),
    // The close of a solicitation is the responses' deadline.
    (
        "The city of Dunmore on Monday issued a request for proposals for street lighting repairs. The solicitation closes April 12.",
        &[("Monday", "solicitation"), ("April 12", "responses_due")],
    ),
    // Choosing a supplier dates the planned award; work that wraps up ends then.
    (
        "The Coast Guard expects to choose one supplier for its cutter engines by mid-2025.",
        &[("mid-2025", "award")],
    ),
    (
        "The Army awarded a $12 million contract to Pell Ridge Systems on Tuesday for range upkeep. If the Army exercises every option, work is slated to wrap up in late 2026.",
        &[("Tuesday", "award"), ("late 2026", "completion")],
    ),
    // A new operator taking over starts the work.
    (
        "Metro Coachlines has been named preferred bidder for the transit board's bus operations contract. The contract is expected to be signed in April, with Metro Coachlines taking over on 1 June.",
        &[("April", "award"), ("1 June", "start")],
    ),
    // Funds that expire at the end of the fiscal year date nothing of the contract.
    (
        "The Navy awarded Ostrander Marine a $9 million contract on Friday for pier repairs. Fiscal 2024 operation and maintenance funds of $9 million will be obligated at time of award and will expire at the end of the current fiscal year.",
        &[("Friday", "award")],
    ),
    // A dash in prose ends no dateline: the date before it still dates the action.
    (
        "Separately, the Ministry of Defence on Monday awarded a £40m framework to three suppliers — Halden Rope, Brisk Marine and Colm Ltd.",
        &[("Monday", "award")],
    ),
    // A date alone before a dash is a dateline, not the action's date.
    (
        "March 4, 2024 - The Bureau of Prisons intends to award a sole-source contract to Cedar Health LLC for dental care.",
        &[],
    ),
    // A date that opens a told clause ("announced that on …") dates its action.
    (
        "The company also announced that on Feb. 20, 2024, the Air Force exercised a $5 million option on its radar support contract.",
        &[("Feb. 20, 2024", "award")],
    ),
    // The release of a request for information dates the notice.
    (
        "The Bureau of Land Management issued a request for information on Feb. 27 seeking ideas for wild horse holding facilities. Responses are due March 20.",
        &[("Feb. 27", "solicitation"), ("March 20", "responses_due")],
    ),
    // A bound on the amount ("no more than") stays in the trigger's clause.
    (
        "The Navy gave Harbor Point Builders a letter contract worth no more than $40 million this week to keep repairing its piers.",
        &[("this week", "award")],
    ),
    // In a cancellation's story the ruling that led to it is a decision.
    (
        "The Interior Department on Friday canceled a $30 million contract with Brisk Air LLC. Rival Tamber Aviation protested the award in January. In a ruling issued Feb. 20, GAO agreed with Tamber.",
        &[
            ("Friday", "cancellation"),
            ("January", "protest"),
            ("Feb. 20", "decision"),
        ],
    ),
    // A plan to award told after a solicitation goes on with the solicitation, not with the
    // option reported before it (the option's dates stay its own).
    (
        "The Army exercised a $3 million option on its range contract with Delta Range Services LLC.\n\nSeparately, the Army Corps of Engineers released a request for proposals on Tuesday for levee repairs. Proposals are due April 9. The Corps expects to make the award in the fourth quarter of fiscal 2024.",
        &[],
    ),
    // "an ordering period ending <date>": the end of ordering.
    (
        "The Air Force awarded Pell Ridge Systems a $90 million contract on Monday. The contract has a maximum value of $90 million over a five-year ordering period ending March 2029.",
        &[("Monday", "award"), ("March 2029", "ordering_end")],
    ),
    // What a contract to a named firm is to replace is its purpose, not a contract replaced:
    // the bids' opening after it still dates the event.
    (
        "The port board awarded a $3.6 million contract to Harbor Line Marine Inc. to replace the fender system on the East Pier, the low of four bids opened in January.",
        &[("January", "responses_due")],
    ),
    // A new contractor in place by a date starts the work.
    (
        "The school district awarded a $5 million custodial contract to Brisk Clean LLC on Monday, with the new contractor in place by July 1.",
        &[("Monday", "award"), ("July 1", "start")],
    ),
    // Its last award before this one is the company's history.
    (
        "The Navy awarded Harlan Marine a $40 million contract on Monday for barge repairs. Its last large Navy award, a $12 million dock contract in 2019, ran two years late.",
        &[("Monday", "award")],
    ),
    // The award of the contract a modification changes, told in a relative clause, is history.
    (
        "The Air Force has issued a $20 million modification to Pell Ridge Systems. The modification adds work to contract FA8571-23-C-0010, which the Air Force awarded in June for radar upgrades.",
        &[],
    ),
    // The release of a solicitation counted from now keeps its length.
    (
        "The Bureau of Prisons plans to award a contract worth up to $300 million for kitchen equipment. The bureau expects to release the final solicitation in two months.",
        &[("two months", "solicitation")],
    ),
    // A date the trigger's "when" clause explains dates the action; a length "later than" a
    // deadline is a comparison.
    (
        "Costs on the new ferry terminal rose again on Tuesday, when the Pierce County Council approved a $2.4 million change order to the county's contract with Dunmore Marine Builders. The builder now has until June 30, 2025, to finish the terminal, three months later than the earlier deadline.",
        &[("Tuesday", "award"), ("June 30, 2025", "completion")],
    ),
    // Having a contract before the board by a date: the award's vote.
    (
        "The Dane County Board also released a request for proposals for jail medical services on Monday. Proposals are due April 2, and staff hope to have a contract before the board in June.",
        &[
            ("Monday", "solicitation"),
            ("April 2", "responses_due"),
            ("June", "award"),
        ],
    ),
    // A closing "with deliveries to finish by …" in the next paragraph ends the work.
    (
        "The Coast Guard on Monday signed a $90 million contract with Brisk Marine Ltd. for six patrol boats.\n\nBrisk Marine will build the boats, train the crews and supply spare parts, with deliveries to finish by June 2027.",
        &[("Monday", "award"), ("June 2027", "completion")],
    ),
    // A relative date before "through" is the extension's own date, not a range's start.
    (
        "The Bureau of Reclamation extended its dam inspection contract with Corwin Engineering Inc. last month through June 30, 2028.",
        &[("last month", "award"), ("June 30, 2028", "completion")],
    ),
    // The year of the contract an order is placed under is not the order's award.
    (
        "The Coast Guard on Tuesday placed a $64 million order for two cutter engines with Marlow Diesel Co. The order, under a contract the service signed with Marlow in 2022, brings its fleet of the engines to 12.",
        &[("Tuesday", "award")],
    ),
    // The end of a fiscal quarter just named is no end of the work.
    (
        "The Navy plans to release a final request for proposals for hull cleaning in the second quarter of fiscal 2027 and to pick a winner in the fourth quarter of fiscal 2027, which ends Sept. 30, 2027.",
        &[
            ("the second quarter of fiscal 2027", "solicitation"),
            ("the fourth quarter of fiscal 2027", "award"),
        ],
    ),
    // The first delivery dates no step of the contract.
    (
        "The transit board on Monday approved a $7.2 million contract with Halden Bus Co. for 20 hybrid buses. The contract starts June 1, and the first buses are expected to arrive in September.",
        &[("Monday", "award"), ("June 1", "start")],
    ),
    // A release's own day is not the day the agency exercised the option.
    (
        "SEATTLE, Aug. 12, 2026 /PRNewswire/ -- Corbel Logistics Inc. today announced that the Defense Logistics Agency has exercised the third option year of its fuel delivery contract, valued at $18 million. The option period begins Oct. 1 and runs through Sept. 30, 2027.",
        &[("Oct. 1", "start"), ("Sept. 30, 2027", "completion")],
    ),
    // One end date told twice is one date.
    (
        "Bayfield Aviation Services Inc., Dothan, Alabama, was awarded a $6,400,000 modification (P00012) to contract W9124G-24-C-0031 for helicopter maintenance. The modification extends the period of performance through March 31, 2027. Work will be performed at Fort Novosel, Alabama, with an estimated completion date of March 31, 2027.",
        &[("March 31, 2027", "completion")],
    ),
    // The week a notice was posted gives way to the day the action was signed.
    (
        "The Air Force exercised a $9 million option on its fuel contract with Dunmore Energy LLC, according to a notice posted this week. The option was signed Feb. 29 and runs through Feb. 28, 2025.",
        &[("Feb. 29", "award"), ("Feb. 28, 2025", "completion")],
    ),
];

#[test]
fn sentences_give_their_event_dates() {
    let mut failures = Vec::new();
    for (text, want) in DATE_CASES {
        let (m, events) = run(text);
        let got: Vec<(&str, &str)> = events.first().map_or(Vec::new(), |e| {
            e.dates
                .iter()
                .map(|d| (m.dates[d.date].text.as_str(), d.role.as_str()))
                .collect()
        });
        if got != *want {
            failures.push(format!("{text}\n    {got:?} (expected {want:?})"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Periods: (text, ISO total of the first event's period).
const PERIOD_CASES: &[(&str, Option<&str>)] = &[
    // Something else that runs for a time is no period of the contract.
    (
        "The transit agency awarded Volta Coach Inc. a $9 million contract for 12 buses. The first bus will run for four months before the rest arrive.",
        None,
    ),
    (
        "The council awarded Ashdown Highways Ltd a £20 million contract for road repairs. It runs five years, with the option to extend by up to two years.",
        Some("P7Y"),
    ),
    // A construction contract's time counts from the notice to proceed.
    (
        "The Harlan Water Board awarded a $3 million contract to Delmore Pipe Inc. to replace a pump station. The contract gives Delmore 300 calendar days from the notice to proceed to finish.",
        Some("P300D"),
    ),
    (
        "The state awarded Halcyon Health Plan a $900 million contract. The contract begins Jan. 1 and runs three years with two optional one-year extensions.",
        Some("P5Y"),
    ),
    // The length the contract runs, with its extensions.
    (
        "The Ministry of Health awarded Norden Care Ltd. a C$40 million contract for laundry services. It runs five years, with the option of two one-year extensions.",
        Some("P7Y"),
    ),
    (
        "The county awarded Brightline Paving Inc. a $2 million contract that runs 18 months.",
        Some("P1Y6M"),
    ),
    // The length a renewal adds.
    (
        "The Glenmore County Board of Commissioners renewed its janitorial contract with Brightstar Cleaning LLC for one more year at $640,000.",
        Some("P1Y"),
    ),
    // The length an extension adds.
    (
        "The Forest Service extended its aviation contract with Cedar Air Inc. by four months.",
        Some("P4M"),
    ),
    (
        "The VA has extended its laundry contract with Tri-County Linen LLC for another six months.",
        Some("P6M"),
    ),
    (
        "The Army awarded Leidos a five-year, $38.6 million contract for logistics support.",
        Some("P5Y"),
    ),
    (
        "The VA awarded Cerner a 10-year, $16 billion contract to replace its health records system.",
        Some("P10Y"),
    ),
    (
        "NASA awarded SpaceX a $1.5 billion contract over 10 years for cargo missions.",
        Some("P10Y"),
    ),
    (
        "The Coast Guard awarded Bollinger Shipyards a $90 million contract with a one-year base period and four one-year options.",
        Some("P5Y"),
    ),
    (
        "The Army awarded Oshkosh Defense a $50 million contract for trucks; the company has 25-year-old plants in Wisconsin.",
        None,
    ),
    // A base "term" is a base period; extension options count as options.
    (
        "The Air Force awarded Pell Ridge Systems a $22 million contract with a six-month base term and three option years.",
        Some("P3Y6M"),
    ),
    (
        "The Coast Guard signed a contract with Marlin Dock Ltd. for six years, with two two-year extension options.",
        Some("P10Y"),
    ),
];

#[test]
fn sentences_give_their_event_period() {
    let mut failures = Vec::new();
    for (text, want) in PERIOD_CASES {
        let (_, events) = run(text);
        let got = events
            .first()
            .and_then(|e| e.period.as_ref())
            .and_then(|p| p.value.as_deref());
        if got != *want {
            failures.push(format!("{text}\n    {got:?} (expected {want:?})"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Purposes: (text, purpose of the first event).
const PURPOSE_CASES: &[(&str, Option<&str>)] = &[
    // A participle after the purpose tells what the action leads to.
    (
        "The city has awarded a $4 million contract to Larkfield Systems Inc. for a new permit portal, clearing the way for online filing next year.",
        Some("a new permit portal"),
    ),
    // A contract worth an amount, to a winner, to replace something: the purpose.
    (
        "The Bureau of Labor Statistics has awarded a contract worth as much as $85 million to Pellucid Survey Systems to replace the software its field interviewers use.",
        Some("to replace the software its field interviewers use"),
    ),
    // What a vote buys.
    (
        "The Dover City Council voted 5-2 on Monday to buy 12 street sweepers from Halsey Equipment Inc.",
        Some("to buy 12 street sweepers"),
    ),
    // "to do" is what was agreed, not what is bought.
    (
        "The Army re-awarded the contract to Kestrel Range LLC on May 2, something it agreed to do in March.",
        None,
    ),
    // A "for" in a later subordinate clause is what the buyer does, not what the contract is for.
    (
        "The Kansas Department of Revenue signed a six-month bridge contract with Lakeview Data Inc. while it searches for a new records system.",
        None,
    ),
    // "weeks after …" tells when, not what for.
    (
        "The Coast Guard has cancelled a $9 million order for harbor radars, weeks after a rival protested the award.",
        Some("harbor radars"),
    ),
    // The next procurement is no purpose of the extension.
    (
        "The Army extended its range contract with Kestrel Range Services Inc. by three months while it evaluates bids for the follow-on.",
        None,
    ),
    // A step of the procurement is not what is bought.
    (
        "The Forest Service plans to release a new solicitation in the spring and to make a final award by December.",
        None,
    ),
    (
        "The U.S. Army has tapped General Dynamics to produce artillery shells under a $200 million deal.",
        Some("to produce artillery shells"),
    ),
    (
        "The Transportation Security Administration said it will award a contract worth up to $300 million for airport scanners next year.",
        Some("airport scanners"),
    ),
    (
        "The Fresno County Board voted to award a $9 million contract to Gillig LLC for 12 electric buses, the county's largest purchase of clean vehicles.",
        Some("12 electric buses"),
    ),
    (
        "The Navy has issued a request for information to identify companies able to provide hull cleaning for its submarines.",
        Some("hull cleaning for its submarines"),
    ),
    (
        "Five agencies placed task orders with Acme Corp. according to award notices, and the Army awarded Acme a $7 million order to upgrade radios.",
        Some("to upgrade radios"),
    ),
    // A date phrase after the purpose is not part of it.
    (
        "The Coast Guard awarded Brisk Marine a $14 million contract for 30 patrol boats by the end of 2028.",
        Some("30 patrol boats"),
    ),
    (
        "The Air Force plans to award a follow-on contract for up to 40 engines in the third quarter of fiscal 2029.",
        Some("up to 40 engines"),
    ),
    // A stretch of time after "for" is no purpose.
    (
        "A Tacoma contractor will rebuild the runway under a $41.7 million contract awarded Thursday by the Navy, a project that will close the base for much of the next two years.",
        None,
    ),
    // A synonym spinner's attribution ("the corporate stated") ends the purpose.
    (
        "The Navy awarded Harlan Marine Corp. a $5 million contract to repair two piers, the corporate stated in a assertion.",
        Some("to repair two piers"),
    ),
];

#[test]
fn sentences_give_their_event_purpose() {
    let mut failures = Vec::new();
    for (text, want) in PURPOSE_CASES {
        let (_, events) = run(text);
        let got = events
            .first()
            .and_then(|e| e.purpose.as_ref())
            .map(|p| p.text.as_str());
        if got != *want {
            failures.push(format!("{text}\n    {got:?} (expected {want:?})"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
