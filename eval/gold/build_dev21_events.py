#!/usr/bin/env python3
"""Builds dev21_events.jsonl (contract-event gold for corpus/dev21/) from the annotations below.

usage: build_dev21_events.py [DEV21_DIR] [OUT]   (defaults: corpus/dev21, eval/gold/dev21_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py. The annotations name every span by its
text; "text#n" is the n-th occurrence (1-based) in the article, "text@context[#n]" the first occurrence of
text inside the n-th occurrence of context. Never compute offsets by hand: edit the annotations and rerun.
See EVENTS_GOLD.md and DEV21_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV21 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev21"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev21_events.jsonl"

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "dod-contracts-ucca-nte-option-two-items.txt": "2026-11-13",
    "dot-nebraska-bridge-bids-low-bidder.txt": "2026-11-20",
    "epa-remediation-mac-idiq-seven-awardees.txt": "2026-07-08",
    "fms-state-dept-estonia-coastal-radars.txt": "2026-08-22",
    "gao-sustains-coastguard-helpdesk-protest.txt": "2026-03-31",
    "india-mod-loa-vajra-surveillance-radars.txt": "2026-06-09",
    "nhs-trust-epr-calloff-ccs-framework.txt": "2026-09-23",
    "noevent-earnings-stonemarch-q3-backlog.txt": "2026-10-29",
    "noevent-nsf-grant-lakeshore-university-quantum.txt": "2026-05-18",
    "schoolboard-ridgeway-bus-contract-incumbent.txt": "2026-04-14",
    "solesource-noi-reclamation-tamarack-governors.txt": "2026-12-01",
    "startup-brightwater-diu-ota-prototype.txt": "2026-11-12",
    "state-prison-food-service-extension-new-rfp.txt": "2026-10-21",
    "transit-cascade-metro-railcars-options.txt": "2026-10-02",
}

NDOT = ["department", "State Highway Commission", "Nebraska Department of Transportation"]
MILLBROOK = ["board", "district", "Millbrook Valley", "Board of Education", "Millbrook Valley Board of Education"]
MARYLAND = ["Board of Public Works", "board", "Department of Public Safety and Correctional Services", "department",
            "Maryland", "state"]
COAST_GUARD = ["Coast Guard", "service", "U.S. Coast Guard"]

EVENTS = {
    "dot-nebraska-bridge-bids-low-bidder.txt": [
        E("planned_award", "is expected to award the contract", "Nebraska Department of Transportation", NDOT,
          ["Kiowa Bridge & Grading Inc."], [("$38,614,220", "value")], [], [],
          [("Thursday@on the table Thursday", "2026-11-19", "responses_due"),
           ("Dec. 17", "2026-12-17", "award"), ("early spring", "2027-SP", "start")], None, None,
          "replacement of the U.S. 81 bridge over the Platte River near Columbus"),
    ],
    "schoolboard-ridgeway-bus-contract-incumbent.txt": [
        E("award", "voted 5-2", "Millbrook Valley Board of Education", MILLBROOK,
          ["Ridgeway Student Transit LLC"], [("$24.3 million", "value")], [], [],
          [("Monday night", "2026-04-13", "award"), ("July 1", "2026-07-01", "start")],
          ("five-year@The five-year agreement", "P5Y"), None, None),
    ],
    "transit-cascade-metro-railcars-options.txt": [
        E("award", "approved@on Thursday approved", "Cascade Metro@Cascade Metro's board",
          ["board", "agency", "Cascade Metro"],
          ["Voss-Kimura Rail Vehicles Inc."], [("$412.6 million", "value"), ("$684 million", "potential")], [], [],
          [("Thursday", "2026-10-01", "award"), ("2030@arriving through 2030", "2030", "completion")], None, None,
          "48 low-floor light-rail cars"),
    ],
    "india-mod-loa-vajra-surveillance-radars.txt": [
        E("award", "has issued a letter of acceptance", "Ministry of Defence",
          ["MoD", "ministry", "Ministry of Defence", "defence ministry"],
          ["Vajra Electro-Systems Ltd"], [("Rs 2,960 crore#2", "value"), ("$355 million", "value")], [], [],
          [("June 5", "2026-06-05", "award")], None, None,
          "84 mobile low-level surveillance radars for the Army's air defence units"),
    ],
    "nhs-trust-epr-calloff-ccs-framework.txt": [
        E("award", "has awarded", "Northern Fells Hospitals NHS Foundation Trust",
          ["trust", "Northern Fells", "Crown Commercial Service"],
          ["Halvergate Digital Ltd"], [("£38m#2", "value")], ["RM6417"], ["task_order"],
          [("1 November 2026", "2026-11-01", "start"), ("17 September", "2026-09-17", "award")],
          ("seven years from 1 November 2026, with the option of a two-year extension", "P9Y"), None,
          "replace the patchwork of clinical systems used across its three hospitals with a single electronic "
          "patient record"),
    ],
    "fms-state-dept-estonia-coastal-radars.txt": [],
    "startup-brightwater-diu-ota-prototype.txt": [
        E("award", "has won", "Defense Innovation Unit", ["DIU", "Pentagon"],
          ["Brightwater Kinetics@Brightwater Kinetics, the Akron"], [("$4.6 million#1", "value")], [], [],
          [("Nov. 6", "2026-11-06", "award")], ("18 months@Over 18 months", "P1Y6M"), None,
          "build ruggedized wireless charging pads for small military drones"),
        E("award", "won a $450K Air Force SBIR Phase I", "Air Force@$450K Air Force", [],
          ["Brightwater Kinetics@Brightwater Kinetics, the Akron"], [("$450K", "value")], [], [],
          [("2024@Phase I in 2024", "2024", "award")], None, None, None),
        E("award", "Phase II last year", "Air Force@$450K Air Force", [],
          ["Brightwater Kinetics@Brightwater Kinetics, the Akron"], [("$1.25 million", "value")], [], [],
          [("last year@Phase II last year", "2025", "award")], None, None, None),
    ],
    "solesource-noi-reclamation-tamarack-governors.txt": [
        E("planned_award", "intends to award a contract on a sole-source basis", "Bureau of Reclamation",
          ["Reclamation", "bureau", "Columbia–Pacific Northwest regional office", "agency", "Bureau of Reclamation"],
          ["Ferrand Hydro Controls Inc."], [("$3.4 million", "value")], ["140R1027Q0031"], [],
          [("Nov. 24", "2026-11-24", "presolicitation"), ("Dec. 9", "2026-12-09", "responses_due"),
           ("late January", "2027-01", "award")], None, None,
          "replace the governor systems on the three generating units at Tamarack Dam"),
    ],
    "gao-sustains-coastguard-helpdesk-protest.txt": [
        E("protest", "has sustained a protest", "Coast Guard@the Coast Guard's award", COAST_GUARD,
          ["Tidewell Systems Inc.", "Corvane Federal Solutions LLC"], [("$96.8 million#2", "value")],
          ["70Z0G326CPM000014"], [],
          [("March 19", "2026-03-19", "decision"), ("Nov. 24, 2025", "2025-11-24", "award"),
           ("Dec. 5", "2025-12-05", "protest")],
          ("a base year and four option years", "P5Y"), None, None),
        E("modification", "under a short-term extension", "Coast Guard@the Coast Guard's award", COAST_GUARD,
          ["Tidewell@Tidewell has continued"], [], [], [], [], None, None, None),
    ],
    "epa-remediation-mac-idiq-seven-awardees.txt": [
        E("award", "has picked", "Environmental Protection Agency",
          ["EPA", "agency", "Chicago contracting office", "Environmental Protection Agency"],
          ["Ashgrove Environmental LLC", "Bexley-Prum Remediation Inc.", "Caddo Basin Engineering Co.",
           "Delmont & Rook Consulting", "Evenfall Scientific Corp.", "Fenwright Geosciences LLC",
           "Glenhollow Site Services Inc."],
          [("$450 million#2", "ceiling"), ("$5,000", "minimum")], [],
          ["idiq", "multiple_award", "firm_fixed_price", "time_and_materials"],
          [("July 1, 2026", "2026-07-01", "start"), ("June 30, 2031", "2031-06-30", "ordering_end")],
          ("five years@The ordering period runs five years", "P5Y"), None,
          "remedial design and cleanup work at Superfund sites across its Region 5 states"),
    ],
    "state-prison-food-service-extension-new-rfp.txt": [
        E("modification", "approved an 18-month extension", "Board of Public Works#2", MARYLAND,
          ["Hearthline Correctional Dining Inc."], [("$61.5 million", "value")], [], [],
          [("Wednesday@Board of Public Works on Wednesday", "2026-10-21", "award"),
           ("Jan. 1, 2027", "2027-01-01", "start"), ("June 30, 2028", "2028-06-30", "completion")],
          ("18-month@an 18-month extension", "P1Y6M"), None, None),
        E("cancellation", "was withdrawn", "Department of Public Safety and Correctional Services", MARYLAND,
          [], [], [], [], [("in the spring@issued in the spring", "2026-SP", "solicitation")], None, None, None),
        E("presolicitation", "will issue a new request for proposals", "department@the department will issue",
          MARYLAND, [], [], [], [], [("the spring of 2027", "2027-SP", "solicitation")], None, None, None),
    ],
    "dod-contracts-ucca-nte-option-two-items.txt": [
        E("award", "was awarded", "U.S. Army Contracting Command", ["Army Contracting Command", "Army"],
          ["Harwell Dynamics Corp."], [("$187,400,000", "ceiling"), ("$56,220,000", "obligated")],
          ["W31P4Q-27-C-0012"], [], [("June 30, 2029", "2029-06-30", "completion")], None,
          "Huntsville, Alabama@performed in Huntsville, Alabama",
          "the production of counter-unmanned aircraft system interceptors and associated launcher kits"),
        E("option", "is awarded", "Naval Sea Systems Command", ["Navy", "NAVSEA"],
          ["Penbrook Shipyard LLC"], [("$64,915,300#1", "value"), ("$64,915,300#2", "obligated")],
          ["P00021", "N00024-25-C-4410"], ["firm_fixed_price"], [("September 2028", "2028-09", "completion")], None,
          "Marinette, Wisconsin (88%); and New Orleans, Louisiana (12%)",
          "the detail design and long-lead-time material for the third landing craft utility replacement vessel"),
    ],
    "noevent-nsf-grant-lakeshore-university-quantum.txt": [],
    "noevent-earnings-stonemarch-q3-backlog.txt": [],
}


def main():
    build(DEV21, OUT, "corpus/dev21", "newsextract-dev21", DCT, EVENTS)


if __name__ == "__main__":
    main()
