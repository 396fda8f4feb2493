#!/usr/bin/env python3
"""Builds dev9_events.jsonl (contract-event gold for corpus/dev9/) from the annotations below.

usage: build_dev9_events.py [DEV9_DIR] [OUT]   (defaults: corpus/dev9, eval/gold/dev9_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py, shared with the other dev builders. The
annotations name every span by its text; "text#n" is the n-th occurrence (1-based) in the article,
"text@context[#n]" the first occurrence of text inside the n-th occurrence of context. The script finds the
code-point offsets, checks that every span occurs and reads back exactly, parses money values and currencies,
checks stages, roles, contract types, TIMEX3 and ISO 8601 shapes, that every article file is listed and that every
article is 150-600 words with a headline line and a blank line, and writes one JSON line per article. Never
compute offsets by hand: edit the annotations and rerun. See EVENTS_GOLD.md and DEV9_GOLD.md.

"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV9 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev9"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev9_events.jsonl"

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "city-dubuque-resurfacing-low-bid.txt": "2026-09-24",
    "county-brazos-jail-health-fuel-deferred.txt": "2026-10-28",
    "transit-tarc-change-order-bus-option.txt": "2026-07-17",
    "port-gulfport-emergency-dredging.txt": "2026-09-10",
    "schools-tulsa-custodial-default.txt": "2026-11-04",
    "utility-spartanburg-water-bids-rejected.txt": "2026-08-13",
    "state-michigan-bridge-award-protest.txt": "2026-07-23",
    "uk-nottingham-waste-preferred-bidder.txt": "2026-06-12",
    "canada-winnipeg-snow-clearing-extension.txt": "2026-11-19",
    "australia-nsw-illawarra-duplication-jv.txt": "2026-05-19",
    "india-pune-metro-viaduct-crore.txt": "2026-09-21",
    "eu-rotterdam-port-dredging-framework.txt": "2026-03-05",
    "city-columbus-capital-budget-hearing.txt": "2026-10-07",
    "uk-councils-procurement-act-outsourcing.txt": "2026-10-14",
}

DUBUQUE = ["City Council", "city", "Dubuque", "council"]
BRAZOS = ["Brazos County Commissioners Court", "Brazos County", "commissioners", "court", "county"]
TARC = ["TARC", "agency", "board"]
PORT = ["Mississippi State Port Authority", "port", "authority", "commissioners"]
TULSA = ["Tulsa Public Schools", "district", "school board", "board"]
SPARTANBURG = ["Spartanburg Water", "Board of Commissioners", "utility", "board"]
MDOT = ["Michigan Department of Transportation", "MDOT", "department", "state", "Contract Services Division"]
NOTTINGHAM = ["Nottingham City Council", "council", "authority", "Nottingham"]
WINNIPEG = ["City of Winnipeg", "city", "Winnipeg",
            "standing policy committee on infrastructure renewal and public works"]
MAHA = ["Maharashtra Metro Rail Corporation Ltd", "Maha-Metro"]
ROTTERDAM = ["Port of Rotterdam Authority", "authority"]

EVENTS = {
    "city-dubuque-resurfacing-low-bid.txt": [
        E("planned_award", "will recommend that the City Council award", "City Council@the City Council award",
          [a for a in DUBUQUE if a != "City Council"], ["Bluff City Paving Co."], [("$4,871,240", "value")],
          ["5520-26-01"], [],
          [("Tuesday", "2026-09-22", "responses_due"), ("Oct. 5", "2026-10-05", "award"),
           ("April", "2027-04", "start"), ("Nov. 30, 2027", "2027-11-30", "completion")],
          None, None, "the 2026-27 Street Resurfacing Program"),
        E("award", "awarded@the council awarded", "council@the council awarded",
          [a for a in DUBUQUE if a != "council"], ["Kwik-Set Concrete LLC"], [("$612,500", "value")], [], [],
          [("Monday", "2026-09-21", "award"), ("June 30, 2027", "2027-06-30", "completion")], None, None,
          "to rebuild 140 sidewalk ramps to meet federal accessibility rules"),
    ],
    "county-brazos-jail-health-fuel-deferred.txt": [
        E("award", "awarded", "Brazos County Commissioners Court", BRAZOS[1:],
          ["Lonestar Correctional Health Partners"], [("$14.2 million", "ceiling")], ["26-118"], [],
          [("Tuesday", "2026-10-27", "award"), ("Jan. 1", "2027-01-01", "start")],
          ("three-year@a three-year contract", "P3Y"), "the Brazos County Detention Center in Bryan",
          "medical and mental health care at the county jail"),
        E("planned_award", "had recommended going to", "court@The court then postponed",
          BRAZOS[:3] + BRAZOS[4:], ["Brazos Valley Petroleum Inc."], [("$2.8 million", "value")], [], [],
          [("Nov. 10", "2026-11-10", "award")], None, None,
          "unleaded and diesel for the county fleet"),
    ],
    "transit-tarc-change-order-bus-option.txt": [
        E("modification", "approved@the TARC board approved", "TARC@the TARC board", TARC[1:],
          ["Falls City Civil Constructors", "Hoosier-Bluegrass Contracting", "Trinity Transit Works Inc."],
          [("$1.9 million", "value"), ("$23.7 million", "cumulative")], [], [],
          [("Thursday", "2026-07-16", "award"), ("March 31, 2027", "2027-03-31", "completion")], None, None,
          "building stations along Broadway"),
        E("option", "exercised an option", "board@the board exercised", TARC[:2],
          ["Volta Coach Inc."], [("$13.4 million", "value"), ("$6.7 million", "obligated")], [], [],
          [("the end of 2027", "2027", "completion")], None, None,
          "12 more battery-electric buses"),
    ],
    "port-gulfport-emergency-dredging.txt": [
        E("award", "ratified an emergency contract", "Mississippi State Port Authority", PORT[1:],
          ["Gulf Coast Dredging & Marine LLC"], [("$2.4 million", "ceiling")], [], [],
          [("Tuesday", "2026-09-08", "award"), ("Aug. 29", "2026-08-29", "award"),
           ("Oct. 31", "2026-10-31", "completion")], None, None,
          "dredging the Gulfport ship channel"),
        E("award", "awarded", "commissioners@commissioners awarded", PORT[:3],
          ["Pelican Marine Construction Inc."], [("$3.6 million", "value")], [], [],
          [("July@bids opened in July", "2026-07", "responses_due"),
           ("the spring of 2028", "2028-SP", "completion")], None, None,
          "to replace the timber fender system on the West Pier"),
    ],
    "schools-tulsa-custodial-default.txt": [
        E("cancellation", "has terminated", "Tulsa Public Schools", TULSA[1:],
          ["BrightPath Facility Services Inc."], [("$11.8 million", "value")], [], [],
          [("Monday", "2026-11-02", "cancellation"), ("Oct. 19", "2026-10-19", "cancellation"),
           ("June 2025", "2025-06", "award"), ("June 30, 2028", "2028-06-30", "completion")], None, None,
          "to clean 72 schools and support buildings"),
        E("presolicitation", "plans to issue a new request for proposals", "district@The district plans",
          TULSA[:1] + TULSA[2:], [], [], [], [],
          [("January@custodial services in January", "2027-01", "solicitation"),
           ("March@proposals due in March", "2027-03", "responses_due"),
           ("July 1", "2027-07-01", "start")], None, None,
          "custodial services@proposals for custodial services"),
    ],
    "utility-spartanburg-water-bids-rejected.txt": [
        E("cancellation", "reject the bids", "Spartanburg Water@Spartanburg Water will try", SPARTANBURG[1:],
          [], [], [], [],
          [("Monday", "2026-08-10", "cancellation"), ("July 28", "2026-07-28", "responses_due")], None, None,
          "rebuilding the aeration basins at the Fairforest wastewater plant"),
        E("planned_award", "intends to re-advertise the project", "utility@The utility intends",
          SPARTANBURG[:2] + SPARTANBURG[3:], [], [], [], [],
          [("October", "2026-10", "solicitation"), ("Dec. 4", "2026-12-04", "responses_due"),
           ("early next year", "2027", "award")], None, None, None),
        E("option", "exercised the second of four one-year renewal options", "board@the board exercised",
          SPARTANBURG[:3], ["Carolina Chemical Supply"], [("$1.15 million", "ceiling"), ("$400,000", "minimum")],
          [], ["requirements"],
          [("Monday@business Monday", "2026-08-10", "award"), ("Aug. 31, 2027", "2027-08-31", "completion")],
          ("one-year@four one-year renewal", "P1Y"), None, "sodium hypochlorite"),
    ],
    "state-michigan-bridge-award-protest.txt": [
        E("protest", "has asked the state to throw out the award", "Michigan Department of Transportation",
          MDOT[1:], ["Superior Heavy Civil Group", "Great Lakes Bridgeworks Inc."],
          [("$147.6 million#2", "value")], ["34032-219871"], [],
          [("June 30", "2026-06-30", "award"), ("September", "2026-09", "start"),
           ("November 2029", "2029-11", "completion"), ("July 14", "2026-07-14", "protest"),
           ("Aug. 7", "2026-08-07", "decision")], None, "Ionia County@performed in Ionia County",
          "the design-build replacement of the I-96 bridges over the Grand River in Ionia County"),
    ],
    "uk-nottingham-waste-preferred-bidder.txt": [
        E("planned_award", "has named", "Nottingham City Council", NOTTINGHAM[1:],
          ["Greenway Environmental Services Ltd"], [("£212m#2", "value")], ["2025/S 000-031477"], [],
          [("October 2025", "2025-10", "solicitation"), ("the autumn", "2026-FA", "award"),
           ("1 April 2027", "2027-04-01", "start")],
          ("an initial term of eight years, with an option to extend for up to a further eight years", "P16Y"),
          None, "household waste and recycling collection"),
        E("award", "has awarded", "council@the council has awarded", NOTTINGHAM[:1] + NOTTINGHAM[2:],
          ["Midland Highway Services Ltd"], [("£1.35m", "value")], [], [],
          [("3 June", "2026-06-03", "award"), ("next month", "2026-07", "start"),
           ("the end of March 2027", "2027-03", "completion")], None, None,
          "to repair potholes and patch carriageways on 40 residential streets in Bulwell and Clifton"),
    ],
    "canada-winnipeg-snow-clearing-extension.txt": [
        E("modification", "has extended", "City of Winnipeg", WINNIPEG[1:],
          ["Prairie Roadworks Ltd."], [("C$18.6 million", "value"), ("C$71.2 million", "cumulative")], [], [],
          [("Tuesday", "2026-11-17", "award"), ("April 30, 2029", "2029-04-30", "completion")],
          ("two years@contract by two years", "P2Y"), None,
          "plowing and sanding of residential streets in the St. James and Transcona districts"),
        E("solicitation", "posted a tender", "city@the city last week", WINNIPEG[:1] + WINNIPEG[2:],
          [], [("C$2.3 million", "value")], ["981-2026"], [],
          [("last week", "2026-W46", "solicitation"), ("Dec. 4", "2026-12-04", "responses_due")],
          ("three winters with two optional one-year extensions", "P5Y"), None,
          "sidewalk plowing in the St. Vital and River Heights areas"),
    ],
    "australia-nsw-illawarra-duplication-jv.txt": [
        E("award", "was selected", "Transport for NSW", ["TfNSW"],
          ["Tasman Rail Partners", "Kellbridge Infrastructure Pty Ltd", "Corvo Construcciones SA"],
          [("A$486 million#2", "value"), ("A$538 million", "potential")], [], [],
          [("Monday", "2026-05-18", "award"), ("the third quarter of this year", "2026-Q3", "start"),
           ("mid-2029", "2029", "completion"), ("August 2025", "2025-08", "solicitation")], None, None,
          "duplicate 4.2 kilometres of single track on the South Coast Line between Unanderra and Dapto"),
    ],
    "india-pune-metro-viaduct-crore.txt": [
        E("award", "has awarded", "Maharashtra Metro Rail Corporation Ltd", MAHA[1:],
          ["Deccan Infratech Ltd"], [("₹1,284 crore#2", "value")], [], [],
          [("September 18", "2026-09-18", "award")], ("within 30 months", "P2Y6M"),
          "the Old Mumbai-Pune Highway between PCMC and Nigdi",
          "the 4.4-km elevated extension of Pune Metro's Line 1 from PCMC to Nigdi"),
        E("solicitation", "has floated a tender", "Maha-Metro@Maha-Metro has floated", MAHA[:1],
          [], [("₹212 crore", "value")], ["PMRP/NGD/CS-03/2026"], [],
          [("October 8", "2026-10-08", "industry_day"), ("November 6", "2026-11-06", "responses_due")],
          None, None, "the design and construction of a stabling yard and inspection shed at Nigdi"),
    ],
    "eu-rotterdam-port-dredging-framework.txt": [
        E("award", "has awarded", "Port of Rotterdam Authority", ROTTERDAM[1:],
          ["Van Oord", "Boskalis Nederland B.V.", "DEME Dredging NV"], [("€140 million", "ceiling")], [],
          ["multiple_award"],
          [("1 April", "2026-04-01", "start"), ("Tuesday", "2026-03-03", "award"),
           ("July 2025", "2025-07", "solicitation")],
          ("four-year@a four-year framework", "P4Y"), None,
          "maintenance dredging in the port's basins and the Nieuwe Waterweg"),
        E("presolicitation", "is preparing its own tender", "Port of Antwerp-Bruges", [],
          [], [], [], [], [("this autumn", "2026-FA", "solicitation")], None, None,
          "maintenance dredging in the Scheldt estuary"),
    ],
    # Articles without contract events: precision checks.
    "city-columbus-capital-budget-hearing.txt": [],
    "uk-councils-procurement-act-outsourcing.txt": [],
}

if __name__ == "__main__":
    build(DEV9, OUT, "corpus/dev9", "newsextract-dev9", DCT, EVENTS)
