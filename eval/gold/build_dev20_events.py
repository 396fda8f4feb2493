#!/usr/bin/env python3
"""Builds dev20_events.jsonl (contract-event gold for corpus/dev20/) from the annotations below.

usage: build_dev20_events.py [DEV20_DIR] [OUT]   (defaults: corpus/dev20, eval/gold/dev20_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py. The annotations name every span by its
text; "text#n" is the n-th occurrence (1-based) in the article, "text@context[#n]" the first occurrence of
text inside the n-th occurrence of context. Never compute offsets by hand: edit the annotations and rerun.
See EVENTS_GOLD.md and DEV20_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV20 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev20"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev20_events.jsonl"

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "canada-pspc-hovercraft-maintenance-rfp.txt": "2026-11-03",
    "cofc-forest-service-airtanker-protest-denied.txt": "2026-08-12",
    "council-hollis-falls-paving-license-ambulance-tabled.txt": "2026-03-18",
    "dod-contracts-dla-cpif-fms-three-items.txt": "2026-12-04",
    "education-fsa-rfp-cancelled-reissue.txt": "2026-01-21",
    "nasa-stennis-propulsion-test-cpaf.txt": "2026-10-21",
    "navy-option-fifth-survey-ship-harrowgate.txt": "2026-12-09",
    "noevent-brackenridge-water-plant-settlement.txt": "2026-07-22",
    "noevent-ostrava-pell-marrick-merger.txt": "2026-09-29",
    "regional-transit-team-wins-rail-extension.txt": "2026-10-09",
    "sourcessought-dha-sleep-lab-newsletter.txt": "2026-03-02",
    "stock-vantor-rhee-air-force-award-shares.txt": "2026-06-16",
    "usace-levee-pump-station-ntp.txt": "2026-06-24",
    "va-travel-nurse-ceiling-raised.txt": "2026-11-12",
}

# The Canadian story's bare "$" amounts are Canadian dollars.
DOLLAR = {"canada-pspc-hovercraft-maintenance-rfp.txt": "CAD"}

HOLLIS = ["Hollis Falls City Council", "Hollis Falls", "council", "City Council", "city"]
EDUCATION = ["Department of Education", "Federal Student Aid", "FSA", "department"]

EVENTS = {
    "council-hollis-falls-paving-license-ambulance-tabled.txt": [
        E("award", "approved 6-1", "City Council", HOLLIS,
          ["Marlow Asphalt & Grading Co."], [("$6,847,300", "value")], [], [],
          [("Tuesday night", "2026-03-17", "award"), ("April 20", "2026-04-20", "start"),
           ("Oct. 30", "2026-10-30", "completion")], None, None,
          "resurfacing roughly 23 lane-miles of east-side streets"),
        E("option", "to exercise the second of three one-year renewal options", "council@council voted 7-0", HOLLIS,
          ["Tessaline Public Software"], [("$212,500", "value")], [], [],
          [("Tuesday night", "2026-03-17", "award"), ("May 1", "2026-05-01", "start"),
           ("April 30, 2027", "2027-04-30", "completion")],
          ("one-year@three one-year renewal options", "P1Y"), None,
          "the permitting and code-enforcement system clerks have used since 2019"),
        E("planned_award", "moved to table it", "council@asked council to approve", HOLLIS,
          ["Pinecrest Revenue Partners@agreement with Pinecrest Revenue Partners"], [("$1.55 million", "value")], [], [],
          [("April 7", "2026-04-07", "award")], ("five-year@a five-year agreement", "P5Y"), None,
          "billing insurers and patients for emergency transports"),
    ],
    "cofc-forest-service-airtanker-protest-denied.txt": [
        E("protest", "has denied a bid protest", "U.S. Forest Service", ["Forest Service", "agency"],
          ["Sable Ridge Aviation LLC", "Kestrel Aerial Firefighting Inc."], [("$186.4 million", "ceiling")],
          ["12024B26C0047"], [],
          [("July 29", "2026-07-29", "decision"), ("Feb. 26", "2026-02-26", "award"),
           ("April 3", "2026-04-03", "protest"), ("Sept. 14", "2026-09-14", "start")],
          ("a base year and four option years", "P5Y"), None, "exclusive-use airtanker services"),
    ],
    "regional-transit-team-wins-rail-extension.txt": [
        E("award", "to award a design-build contract", "Three Rivers Regional Transit Authority",
          ["authority", "board", "Three Rivers"],
          ["Larkspur Civil Constructors Inc.", "Ostrowe Engineering Group", "Bellmead Rail Systems"],
          [("$1.2bn#2", "value")], [], [],
          [("Thursday", "2026-10-08", "award"), ("December 2031", "2031-12", "completion")], None, None,
          "design and build the 7.4-mile Blue Line extension from Millrace Junction to the airport"),
    ],
    "nasa-stennis-propulsion-test-cpaf.txt": [
        E("award", "has selected", "NASA@NASA has selected", ["agency", "Stennis Space Center",
                                                              "National Aeronautics and Space Administration"],
          ["Meridian Vale Engineering Inc."], [("$487 million", "ceiling")], ["80SSC027CA0003"],
          ["cost_plus_award_fee"], [("Jan. 1, 2027", "2027-01-01", "start")],
          ("a two-year base period followed by three two-year option periods", "P8Y"),
          "Stennis Space Center in Hancock County, Mississippi",
          "operate and maintain the agency's rocket propulsion test complex at NASA's Stennis Space Center"),
    ],
    "usace-levee-pump-station-ntp.txt": [
        E("award", "has awarded", "U.S. Army Corps of Engineers",
          ["Corps", "Kansas City District", "Army Corps of Engineers", "USACE", "district"],
          ["Dunmoor Heavy Civil Inc."], [("$94.7 million", "value")], ["W912DQ-26-C-4011"], [],
          [("June 10", "2026-06-10", "award"), ("June 22", "2026-06-22", "start"),
           ("the fall of 2029", "2029-FA", "completion")], None, None,
          "raise and widen 6.3 miles of the L-536 levee and replace the pump station at Rock Creek"),
    ],
    "va-travel-nurse-ceiling-raised.txt": [
        E("modification", "has modified", "Department of Veterans Affairs",
          ["VA", "Veterans Affairs", "Network Contracting Office", "department"],
          ["Northpass Clinical Staffing LLC"], [("$48.5 million#2", "value"), ("$212.3 million", "cumulative")],
          ["P00007", "36C26024D0019"], [],
          [("Nov. 4", "2026-11-04", "award"), ("Sept. 30, 2027", "2027-09-30", "ordering_end")], None, None, None),
    ],
    "canada-pspc-hovercraft-maintenance-rfp.txt": [
        E("solicitation", "has opened the competition", "Public Services and Procurement Canada",
          ["PSPC", "department", "Canadian Coast Guard", "Coast Guard"],
          [], [("$210 million#2", "value"), ("C$265 million", "potential")], ["F7013-260144/A"], [],
          [("29 October", "2026-10-29", "solicitation"), ("18 January 2027", "2027-01-18", "responses_due"),
           ("early 2027", "2027", "award"), ("6 October", "2026-10-06", "industry_day")],
          ("an initial term of eight years, with two optional extensions of two years each", "P12Y"), None,
          "maintain and overhaul the Canadian Coast Guard's air cushion vehicles"),
    ],
    "education-fsa-rfp-cancelled-reissue.txt": [
        E("cancellation", "has cancelled its solicitation", "Education Department@The Education Department",
          EDUCATION, [], [("$1.4 billion", "value")], ["91003125R0031"], [],
          [("Jan. 16", "2026-01-16", "cancellation")], ("up to ten years", "P10Y"), None, None),
        E("presolicitation", "will issue a rewritten request", "Education Department@The Education Department",
          EDUCATION, [], [], [], [],
          [("later this spring", "2026-SP", "solicitation"), ("the end of April", "2026-04", "solicitation")],
          None, None, None),
    ],
    "sourcessought-dha-sleep-lab-newsletter.txt": [
        E("rfi", "has put out a sources-sought notice", "Defense Health Agency", ["DHA"], [], [],
          ["HT0011-26-SS-0042"], [],
          [("March 20", "2026-03-20", "responses_due"),
           ("the fourth quarter of fiscal 2026", "FY2026-Q4", "solicitation")], None, None, None),
    ],
    "stock-vantor-rhee-air-force-award-shares.txt": [
        E("award", "had awarded it a contract", "Air Force Life Cycle Management Center", ["Air Force"],
          ["Vantor Rhee Systems Inc."], [("$640 million", "ceiling"), ("$3M", "obligated")], ["FA8730-26-D-0012"],
          ["idiq"], [], ("a seven-year ordering period", "P7Y"), None,
          "sustain and upgrade the ground-based air surveillance radars the Air Force and Air National Guard "
          "operate at 31 sites"),
    ],
    "navy-option-fifth-survey-ship-harrowgate.txt": [
        E("option", "has exercised", "Naval Sea Systems Command", ["Navy", "NAVSEA"],
          ["Harrowgate Marine Industries Inc."], [("$412.6 million", "value"), ("$40 million", "obligated")], ["N00024-22-C-2230"],
          ["fixed_price_incentive"], [("June 2030", "2030-06", "completion")], None,
          "Port Arden, Louisiana@performed in Port Arden, Louisiana",
          "the fifth ship of the Navy's new ocean surveillance ship class"),
    ],
    "dod-contracts-dla-cpif-fms-three-items.txt": [
        E("award", "has been awarded", "Defense Logistics Agency Aviation",
          ["Defense Logistics Agency", "DLA", "DLA Aviation"],
          ["Harlan Precision Components Inc."], [("$38,412,960", "ceiling")], ["SPRTA1-27-D-0031"],
          ["firm_fixed_price", "idiq"], [("Dec. 6, 2031", "2031-12-06", "ordering_end")],
          ("five-year@This is a five-year contract", "P5Y"), "Kansas@Location of performance is Kansas",
          "main landing gear actuator spare parts for the F-16 aircraft"),
        E("modification", "is awarded", "Strategic Systems Programs", ["Navy"],
          ["Ridgeline Space & Defense Corp."], [("$71,250,400#1", "value"), ("$71,250,400#2", "obligated")],
          ["P00018", "N00030-24-C-0105"], ["cost_plus_incentive_fee"],
          [("September 2028", "2028-09", "completion")], None,
          "Tucson, Arizona (72%); and Sunnyvale, California (28%)",
          "continued production engineering and test support of the reentry-body guidance electronics units"),
        E("award", "was awarded", "U.S. Army Contracting Command", ["Army Contracting Command", "Army"],
          ["Corbeau Aerostructures LLC"], [("$112,880,000#1", "value"), ("$112,880,000#2", "obligated")],
          ["W31P4Q-27-C-0044"], ["firm_fixed_price"], [("March 31, 2029", "2029-03-31", "completion")], None,
          "Fort Worth, Texas@performed in Fort Worth, Texas",
          "the manufacture of launcher rail assemblies and associated spares for the guided multiple launch "
          "rocket system"),
    ],
    "noevent-brackenridge-water-plant-settlement.txt": [],
    "noevent-ostrava-pell-marrick-merger.txt": [],
}


def main():
    build(DEV20, OUT, "corpus/dev20", "newsextract-dev20", DCT, EVENTS, DOLLAR)


if __name__ == "__main__":
    main()
