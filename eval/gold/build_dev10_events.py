#!/usr/bin/env python3
"""Builds dev10_events.jsonl (contract-event gold for corpus/dev10/) from the annotations below.

usage: build_dev10_events.py [DEV10_DIR] [OUT]   (defaults: corpus/dev10, eval/gold/dev10_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py, shared with the other dev builders. The
annotations name every span by its text; "text#n" is the n-th occurrence (1-based) in the article,
"text@context[#n]" the first occurrence of text inside the n-th occurrence of context. The script finds the
code-point offsets, checks that every span occurs and reads back exactly, parses money values and currencies,
checks stages, roles, contract types, TIMEX3 and ISO 8601 shapes, that every article file is listed and that every
article is 150-600 words with a headline line and a blank line, and writes one JSON line per article. Never
compute offsets by hand: edit the annotations and rerun. See EVENTS_GOLD.md and DEV10_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV10 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev10"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev10_events.jsonl"

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "trade-army-oasis-plus-logistics-order.txt": "2026-10-07",
    "pr-keelstone-sewp-cbp-order.txt": "2026-11-12",
    "gao-protest-roundup-navsea-fiscal-dhs.txt": "2026-09-23",
    "cofc-dha-coding-recompete-bridge.txt": "2026-09-16",
    "wire-navair-trainer-option-army-drone-ceiling.txt": "2026-08-26",
    "earnings-varnell-backlog-state-award.txt": "2026-11-05",
    "space-ssc-ota-aurelian-tracking-prototype.txt": "2026-10-14",
    "solesource-coast-guard-engines-faa-radar.txt": "2026-11-18",
    "trade-disa-network-idiq-six-awardees.txt": "2026-06-17",
    "trade-interior-alliant-cloud-cancellation.txt": "2026-07-22",
    "space-nasa-goddard-ceiling-marshall-rfp.txt": "2026-11-24",
    "wire-briefs-doe-savannah-river-gao-sustained.txt": "2026-10-08",
    "analysis-continuing-resolution-bridge-contracts.txt": "2026-10-21",
    "column-gwac-fees-vehicle-overload.txt": "2026-09-09",
}

ACC_APG = ["Army Contracting Command–Aberdeen Proving Ground", "ACC-APG", "Army"]
DISA = ["DISA", "Defense Information Technology Contracting Organization", "DITCO"]
INTERIOR = ["Interior Department", "Interior", "Interior Business Center", "Interior's Interior Business Center"]
SSC = ["Space Systems Command", "SSC", "Space Force"]

EVENTS = {
    "trade-army-oasis-plus-logistics-order.txt": [
        E("award", "has awarded", "Army Contracting Command–Aberdeen Proving Ground", ACC_APG[1:],
          ["Corvane Systems Inc."], [("$187 million", "ceiling"), ("$22.6 million", "obligated")], [],
          ["task_order", "multiple_award", "time_and_materials", "firm_fixed_price"],
          [("Friday", "2026-10-02", "award"), ("September 2031", "2031-09", "completion")],
          ("a one-year base period and four one-year options", "P5Y"),
          "Redstone Arsenal, Alabama, and Rock Island Arsenal, Illinois",
          "to modernize the data platform the Army Materiel Command uses to track spare parts"),
        E("option", "exercised a $9.4 million option", "ACC-APG@ACC-APG exercised", ACC_APG[:1] + ACC_APG[2:],
          ["Brightwater Federal LLC"], [("$9.4 million", "value")], [], [],
          [("Sept. 28", "2026-09-28", "award"), ("Sept. 30, 2027", "2027-09-30", "completion")],
          ("one-year@The one-year option", "P1Y"), None,
          "to run the Army Test and Evaluation Command's range scheduling software"),
    ],
    "pr-keelstone-sewp-cbp-order.txt": [
        E("award", "has been awarded", "U.S. Customs and Border Protection", ["CBP"],
          ["Keelstone Technologies, Inc."], [("$64.2 million", "value")],
          ["70B04C27F00000412", "NNG15SD22B"], ["delivery_order", "gwac", "firm_fixed_price"],
          [("Nov. 6", "2026-11-06", "award"), ("November 2028", "2028-11", "completion")],
          ("two-year", "P2Y"), None,
          "to replace switching and wireless equipment at 112 land ports of entry along the southern and northern borders"),
        E("option", "exercised a $7.1 million option", "Defense Information Systems Agency", ["DISA"],
          ["Keelstone@Keelstone also said"], [("$7.1 million", "value")], [], [],
          [("last week", "2026-W45", "award"), ("December 2027", "2027-12", "completion")], None, None,
          "engineering and operations support of the Pentagon's unclassified network"),
    ],
    "gao-protest-roundup-navsea-fiscal-dhs.txt": [
        E("protest", "denied a protest", "Naval Sea Systems Command", ["NAVSEA", "command"],
          ["Stellmark Solutions LLC", "Orrin-Vale Joint Venture"], [("$312 million", "ceiling")],
          ["N00024-26-D-6104"], ["idiq"],
          [("Sept. 17", "2026-09-17", "decision"), ("May@in May for", "2026-05", "award"),
           ("June 8", "2026-06-08", "protest")], None, None,
          "engineering IT support at the four public shipyards"),
        E("protest", "dismissed as academic a protest", "Bureau of the Fiscal Service",
          ["Treasury Department", "Treasury", "bureau", "Fiscal Service"],
          ["Pinemark Consulting Group", "Corliss & Abbot Inc."], [("$48.5 million", "value")], [],
          ["task_order", "multiple_award"],
          [("July 30", "2026-07-30", "award"), ("Aug. 10", "2026-08-10", "protest"),
           ("Sept. 14", "2026-09-14", "decision")], None, None,
          "to staff the Treasury's payment help line"),
        E("protest", "challenge@Crestfield Dynamics' challenge", "Department of Homeland Security", ["DHS"],
          ["Crestfield Dynamics", "Talland Cyber Inc."], [("$1.1 billion", "value")], [], [],
          [("June 30", "2026-06-30", "award"), ("July 12", "2026-07-12", "protest"),
           ("Oct. 20", "2026-10-20", "decision")], None, None, None),
    ],
    "cofc-dha-coding-recompete-bridge.txt": [
        E("protest", "has sued", "Defense Health Agency", ["DHA"],
          ["Meridel Health Services", "Tessdale Clinical Partners LLC"], [("$246 million", "value")],
          ["HT0011-26-C-0027"], ["single_award"],
          [("Sept. 8", "2026-09-08", "protest"), ("Aug. 12", "2026-08-12", "award"),
           ("Oct. 1", "2026-10-01", "start")],
          ("a one-year base and four option years", "P5Y"), None,
          "coding, auditing and billing support at 45 military hospitals and clinics"),
        E("award", "awarded@DHA awarded Meridel", "DHA@DHA awarded Meridel", ["Defense Health Agency"],
          ["Meridel@DHA awarded Meridel"], [("$14.8 million", "value")], [], [],
          [("Sept. 1", "2026-09-01", "award"), ("Feb. 28, 2027", "2027-02-28", "completion")],
          ("six-month", "P6M"), None, None),
    ],
    "wire-navair-trainer-option-army-drone-ceiling.txt": [
        E("option", "has exercised an option", "U.S. Navy@The U.S. Navy has exercised",
          ["Navy", "NAVAIR", "Naval Air Systems Command"],
          ["Hallmark Aerostructures Inc."], [("$212,480,115#1", "value"), ("$212,480,115#2", "obligated")],
          ["P00017", "N00019-24-C-0031"], ["fixed_price_incentive"],
          [("September 2029", "2029-09", "completion")], None,
          "St. Louis, Missouri (71%); and Wichita, Kansas (29%)",
          "the production and delivery of 14 T-57A advanced trainer aircraft for the Navy"),
        E("modification", "raised the value", "Army Contracting Command–Redstone", ["Army"],
          ["Quarry Hill Robotics"], [("$95 million", "value"), ("$340 million", "cumulative")],
          ["W31P4Q-23-D-0058"], ["idiq"],
          [("Aug. 21", "2026-08-21", "award"), ("March 2029", "2029-03", "completion")], None, None,
          "spare parts and repairs for the Army's Kestrel small drones"),
    ],
    "earnings-varnell-backlog-state-award.txt": [
        E("award", "awarded Varnell", "Bureau of Diplomatic Security", ["State Department", "department"],
          ["Varnell@awarded Varnell"], [("$780 million", "value")], [], [],
          [("Sept. 24", "2026-09-24", "award")], ("five-year", "P5Y"), None,
          "to install and maintain surveillance and access-control systems at U.S. embassies and consulates in 60 countries"),
        E("option", "exercised a $56 million option", "Air Force", [],
          ["Varnell@Varnell also said"], [("$56 million", "value")], [], [],
          [("October", "2026-10", "award")], None, None, None),
    ],
    "space-ssc-ota-aurelian-tracking-prototype.txt": [
        E("award", "has awarded", "Space Systems Command@Space Systems Command has awarded", SSC[1:],
          ["Aurelian Orbital@awarded Aurelian Orbital"], [("$96 million", "ceiling"), ("$31 million", "obligated")],
          ["FA8819-26-9-0011"], [],
          [("Sept. 30", "2026-09-30", "award"), ("the end of 2028", "2028", "completion")],
          ("27 months", "P2Y3M"), "the company's factory in Longmont, Colorado",
          "to build and launch two prototype satellites that track moving vehicles on the ground"),
        E("planned_award", "plans to award", "SSC@SSC plans", SSC[:1] + SSC[2:],
          ["Aurelian@award Aurelian"], [], [], [],
          [("the third quarter of fiscal 2028", "FY2028-Q3", "award")], None, None,
          "up to 12 operational satellites"),
    ],
    "solesource-coast-guard-engines-faa-radar.txt": [
        E("planned_award", "intends to award", "Coast Guard@The Coast Guard intends", ["service"],
          ["Ardent Marine Power Inc."], [("$58 million", "value")], ["70Z02327N00000031"], [],
          [("Monday", "2026-11-16", "presolicitation"), ("Dec. 4", "2026-12-04", "responses_due"),
           ("early next year", "2027", "award")],
          ("five years", "P5Y"), "the Coast Guard Yard in Baltimore",
          "overhauls of the diesel engines on its 270-foot medium endurance cutters"),
        E("award", "awarded@Administration awarded", "Federal Aviation Administration", ["FAA"],
          ["Sandpiper Avionics"], [("$9.8 million", "value")], [], [],
          [("Oct. 27", "2026-10-27", "award")], ("two-year", "P2Y"), None,
          "to keep maintaining the legacy radar display systems at 19 terminal radar approach control facilities"),
    ],
    "trade-disa-network-idiq-six-awardees.txt": [
        E("award", "has picked", "DISA@DISA has picked", DISA[1:],
          ["Bramblecote Technologies Inc.", "Harlow & Finch LLC", "Kessington Federal", "Northgate-Ridley JV",
           "Sable Point Inc.", "Thornbury Digital Services"],
          [("$2.4 billion", "ceiling"), ("$2,500", "minimum")],
          ["HC1028-26-D-0041", "HC1028-26-D-0046", "HC1028-25-R-0013"],
          ["multiple_award", "idiq", "firm_fixed_price", "time_and_materials", "cost_reimbursement"],
          [("Friday", "2026-06-12", "award"), ("June 2036", "2036-06", "ordering_end"),
           ("March 2025", "2025-03", "solicitation")],
          ("a five-year base ordering period and one five-year option", "P10Y"),
          "Fort Meade, Maryland, and at network sites worldwide",
          "engineering, modernization and sustainment of the Defense Information System Network"),
        E("award", "issued@DISA issued Sable Point", "DISA@DISA issued Sable Point", DISA[1:],
          ["Sable Point@DISA issued Sable Point"], [("$41 million", "value"), ("$118 million", "potential")], [],
          ["task_order", "multiple_award", "idiq"],
          [("Monday", "2026-06-15", "award")],
          ("a one-year base period and two one-year options", "P3Y"), None,
          "to upgrade optical transport equipment at 30 sites in the continental United States"),
    ],
    "trade-interior-alliant-cloud-cancellation.txt": [
        E("cancellation", "has canceled", "Interior Department", INTERIOR[1:],
          [], [("$310 million", "value")], ["140D0426Q0188"], ["task_order", "gwac"],
          [("Monday", "2026-07-20", "cancellation"), ("February", "2026-02", "solicitation"),
           ("April 3", "2026-04-03", "responses_due"), ("June@expected in June", "2026-06", "award")],
          None, None, "to host and manage roughly 240 applications"),
        E("planned_award", "plans to issue a revised solicitation",
          "Interior Business Center@The Interior Business Center plans", INTERIOR[:2] + INTERIOR[3:],
          [], [], [], [],
          [("the first quarter of fiscal 2027", "FY2027-Q1", "solicitation"),
           ("the end of next year", "2027", "award")], None, None, None),
    ],
    "space-nasa-goddard-ceiling-marshall-rfp.txt": [
        E("modification", "has raised the ceiling", "Goddard Space Flight Center", ["NASA", "Goddard"],
          ["Hollins-Park Aerospace"], [("$140 million", "value"), ("$1.24 billion", "ceiling")],
          ["P00052", "80GSFC21C0007"], ["cost_plus_award_fee"],
          [("April 30, 2028", "2028-04-30", "completion"), ("Nov. 20", "2026-11-20", "award")], None,
          "Goddard in Greenbelt, Maryland, and at the Wallops Flight Facility in Virginia",
          "engineering and technical services for Goddard's flight projects"),
        E("solicitation", "released a final request for proposals", "Marshall Space Flight Center",
          ["NASA", "Marshall", "center"], [], [("$450 million", "value")], ["80MSFC26R0012"],
          ["single_award", "idiq"],
          [("Thursday", "2026-11-19", "solicitation"), ("Jan. 8", "2027-01-08", "responses_due"),
           ("Dec. 2", "2026-12-02", "industry_day"),
           ("the third quarter of fiscal 2027", "FY2027-Q3", "award")],
          ("a five-year ordering period", "P5Y"),
          "Stennis Space Center, Mississippi, and at Marshall in Huntsville, Alabama",
          "test stand operations, maintenance and engineering"),
    ],
    "wire-briefs-doe-savannah-river-gao-sustained.txt": [
        E("award", "has selected", "Office of Environmental Management", ["Energy Department", "DOE", "department"],
          ["Palmetto-Cardell Remediation LLC"], [("$1.46 billion", "value")], [], ["cost_plus_incentive_fee"],
          [("Oct. 2", "2026-10-02", "award"), ("the spring of 2028", "2028-SP", "completion")], None, None,
          "to close two underground waste tanks and upgrade the evaporator system at the Savannah River Site near Aiken, South Carolina"),
        E("protest", "has sustained a protest", "Department of Veterans Affairs",
          ["VA", "Network Contracting Office 10", "VA's Network Contracting Office 10"],
          ["Lakemont Imaging Partners", "Teleview Diagnostics Inc."], [("$73 million", "value")], [],
          ["task_order", "gwac"],
          [("June 5", "2026-06-05", "award"), ("June 19", "2026-06-19", "protest"),
           ("Sept. 24", "2026-09-24", "decision")], None, None, "radiology reading services"),
    ],
    # Articles without contract events: precision checks.
    "analysis-continuing-resolution-bridge-contracts.txt": [],
    "column-gwac-fees-vehicle-overload.txt": [],
}


def main():
    build(DEV10, OUT, "corpus/dev10", "newsextract-dev10", DCT, EVENTS)


if __name__ == "__main__":
    main()
