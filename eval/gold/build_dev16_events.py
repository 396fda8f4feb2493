#!/usr/bin/env python3
"""Builds dev16_events.jsonl (contract-event gold for corpus/dev16/) from the annotations below.

usage: build_dev16_events.py [DEV16_DIR] [OUT]   (defaults: corpus/dev16, eval/gold/dev16_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py. The annotations name every span by its
text; "text#n" is the n-th occurrence (1-based) in the article, "text@context[#n]" the first occurrence of
text inside the n-th occurrence of context. Never compute offsets by hand: edit the annotations and rerun.
See EVENTS_GOLD.md and DEV16_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV16 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev16"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev16_events.jsonl"

NBSP = "\u00a0"

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "au-services-australia-preferred-bidder.txt": "2026-11-24",
    "bizjournal-8a-firm-first-task-order.txt": "2026-04-08",
    "caps-wire-brief-vha-linen-award.txt": "2026-01-27",
    "dod-contracts-oct2-fms-extension.txt": "2026-10-02",
    "doe-release-em-cleanup-idiq.txt": "2026-09-24",
    "local-tv-school-buses-vote.txt": "2026-05-13",
    "noevent-earnings-govtech-quarter.txt": "2026-07-30",
    "noevent-sports-shortstop-extension.txt": "2026-01-26",
    "opinion-buying-software-like-tanks.txt": "2026-07-09",
    "scraped-reclamation-dam-contract.txt": "2026-06-04",
    "termination-forest-service-camera-default.txt": "2026-02-18",
    "tradepress-fema-inspections-rfp.txt": "2026-08-18",
    "wire-army-recruiting-it-planned.txt": "2026-10-19",
    "wire-tsa-scanner-award-protest.txt": "2026-03-12",
}

FOREST_SERVICE = ["Forest Service", "U.S. Forest Service", "agency", "Regional Office"]

EVENTS = {
    "wire-tsa-scanner-award-protest.txt": [
        E("award", "awarded@on Wednesday awarded", "U.S. Transportation Security Administration",
          ["Transportation Security Administration", "TSA", "agency", "Department of Homeland Security",
           "department"],
          ["Halvorsen Imaging Corp"], [("$1.37 billion#2", "ceiling"), ("$48 million", "minimum")], [],
          ["idiq"], [("Wednesday", "2026-03-11", "award")],
          ("a base period of three years and four one-year options", "P7Y"), None,
          "supply computed-tomography baggage scanners for airport checkpoints"),
    ],
    "wire-army-recruiting-it-planned.txt": [
        E("planned_award", "is preparing to seek bids", "Army@The Army is preparing", ["service"],
          [], [("$3 billion", "ceiling")], [], ["single_award"],
          [("December", "2026-12", "presolicitation"),
           ("the second quarter of fiscal 2027", "FY2027-Q2", "solicitation"),
           ("the fourth quarter of fiscal 2027", "FY2027-Q4", "award")],
          ("ten years@up to ten years", "P10Y"), None,
          "replace the patchwork of computer systems its recruiters use to track applicants"),
    ],
    "doe-release-em-cleanup-idiq.txt": [
        E("award", "announced the award", "Office of Environmental Management@Department of Energy's Office of Environmental Management",
          ["EM", "Department of Energy", "U.S. Department of Energy", "DOE", "EM Richland Operations Office"],
          ["Columbia Basin Field Services LLC", "Three Rivers Infrastructure Group",
           "Sagebrush-Ortega Joint Venture", "Northstar Civil Works Inc."],
          [("$640 million", "ceiling"), ("$25,000", "minimum")], [],
          ["multiple_award", "idiq", "firm_fixed_price", "time_and_materials"],
          [("March@issued in March", "2026-03", "solicitation")],
          ("five-year ordering period", "P5Y"), None,
          "road, utility and facility maintenance work at the Hanford Site in southeastern Washington"),
    ],
    "dod-contracts-oct2-fms-extension.txt": [
        E("award", "is awarded", "Naval Sea Systems Command", ["Navy", "NAVY"],
          ["Tidewell Ordnance Systems Inc."], [("$64,218,930#1", "value"), ("$64,218,930#2", "obligated")],
          ["N00024-27-C-6103"], ["firm_fixed_price"], [("December 2029", "2029-12", "completion")], None,
          "Camden, Arkansas (80%); and Keyport, Washington (20%)",
          "the production of 310 Mk 54 lightweight torpedo propulsion sections and associated spares for the "
          "Governments of Australia and Norway"),
        E("modification", "was awarded", "Army Contracting Command", ["Army", "ARMY", "Redstone Arsenal"],
          ["Redgate Aviation Logistics LLC"], [("$19,775,400", "value"), ("$6,400,000", "obligated")],
          ["P00034", "W58RGZ-22-C-0041"], [], [("March 31, 2027#1", "2027-03-31", "completion")], None,
          "Fort Novosel, Alabama@performed at Fort Novosel, Alabama",
          "extend the period of performance for UH-72 Lakota maintenance and logistics support at Fort Novosel, "
          "Alabama"),
        E("award", "has been awarded", "Defense Health Agency@The Defense Health Agency, Falls Church",
          ["DEFENSE HEALTH AGENCY"],
          ["Pellucid Health Data Inc."],
          [("$12,940,188#1", "value"), ("$66,310,520", "potential"), ("$12,940,188#2", "obligated")],
          ["HT0011-27-F-0006", "47QTCA21D00FG"], ["firm_fixed_price", "task_order"],
          [("October 2027", "2027-10", "completion")],
          ("a 12-month base period and four 12-month option periods", "P5Y"),
          "Falls Church, Virginia@performed in Falls Church, Virginia",
          "data analytics and reporting services supporting the Military Health System's patient safety program"),
    ],
    "local-tv-school-buses-vote.txt": [
        E("award", "to approve", "board of directors",
          ["board", "Cedar Hollow School District", "district", "Cedar Hollow schools"],
          ["Cascade Coachworks#1"], [("$5.9 million", "value")], [], [],
          [("Tuesday@on Tuesday night", "2026-05-12", "award"), ("July 1", "2026-07-01", "start")], None, None,
          "buy 38 propane-powered school buses"),
    ],
    "bizjournal-8a-firm-first-task-order.txt": [
        E("award", "has issued", "U.S. Geological Survey", ["USGS"],
          ["Yazzie Signal Analytics"], [("$1.8 million", "value")], ["140G0126F0052", "47QTCA25D007K"],
          ["task_order"], [("May@starts in May", "2026-05", "start")],
          ("one base year plus two option years", "P3Y"), None,
          "clean up and publish decades of stream-gauge records for the upper Rio Grande basin"),
        E("presolicitation", "is expected to put out for bids", "Bureau of Reclamation", [],
          [], [], [], [], [("next year@for bids next year", "2027", "solicitation")], None, None, None),
    ],
    "termination-forest-service-camera-default.txt": [
        E("cancellation", "has terminated for default", "U.S. Forest Service", FOREST_SERVICE,
          ["Pinecrest Sensing Inc."], [("$21.7 million", "value")], [], [],
          [("Feb. 10", "2026-02-10", "cancellation"), ("August 2023", "2023-08", "award")], None, None,
          "build a network of wildfire-detection cameras across national forests in Idaho and Montana"),
        E("planned_award", "intends to re-solicit", "Forest Service@Forest Service spokesperson", FOREST_SERVICE,
          [], [], [], [], [("the 2027 fire season", "2027", "award")], None, None, None),
    ],
    "au-services-australia-preferred-bidder.txt": [
        E("planned_award", "has selected", "Services Australia@Services Australia has selected", ["agency"],
          ["Kookaburra Systems"], [("A$310 million", "value")], [], [],
          [("February", "2027-02", "award"), ("May last year", "2025-05", "solicitation")],
          ("an initial five-year term with two three-year extension options", "P11Y"), None,
          "replace the ageing engine that calculates and pays Centrelink benefits"),
    ],
    "tradepress-fema-inspections-rfp.txt": [
        E("solicitation", "released its long-awaited request for proposals", "Federal Emergency Management Agency",
          ["FEMA", "agency"], [], [("$1.25 billion", "ceiling")], ["70FA3026R00000041"],
          ["multiple_award", "idiq", "firm_fixed_price", "time_and_materials"],
          [("Monday", "2026-08-17", "solicitation"), ("June 23", "2026-06-23", "industry_day"),
           ("Oct. 1", "2026-10-01", "responses_due"),
           ("the second quarter of fiscal 2027", "FY2027-Q2", "award")],
          ("a one-year base and four one-year options", "P5Y"), None, "housing inspection services"),
    ],
    "opinion-buying-software-like-tanks.txt": [
        E("award", "handed", "Internal Revenue Service", ["IRS", "agency"],
          ["Brightwater Federal Solutions"], [("$940 million", "value")], [], [],
          [("Last month", "2026-06", "award")], ("ten years@runs ten years", "P10Y"), None,
          "rebuild the system that holds individual taxpayers' account histories"),
    ],
    "scraped-reclamation-dam-contract.txt": [
        E("award", "has awarded", "U.S. Bureau of Reclamation#1", ["Reclamation", "bureau", "agency"],
          ["Granite Ridge Heavy Civil Inc."], [(f"$87.4{NBSP}million", "value")], [], ["firm_fixed_price"],
          [("September", "2026-09", "start"), (f"December{NBSP}2029", "2029-12", "completion")], None, None,
          "strengthen the spillway and foundation of a decades-old dam west of Pueblo"),
    ],
    "caps-wire-brief-vha-linen-award.txt": [
        E("award", "HAS AWARDED", "DEPARTMENT OF VETERANS AFFAIRS", ["VA", "NETWORK CONTRACTING OFFICE 4", "AGENCY"],
          ["ALLEGHENY COMMERCIAL LINEN CO."], [("$46,250,000", "value")], ["36C24426D0019"], ["requirements"],
          [("MARCH 1", "2026-03-01", "start")], ("A BASE YEAR AND FOUR ONE-YEAR OPTIONS", "P5Y"), None,
          "WASH AND DELIVER SHEETS, GOWNS AND SURGICAL TEXTILES FOR 11 VA MEDICAL CENTERS IN PENNSYLVANIA, NEW "
          "YORK AND NEW JERSEY"),
    ],
    "noevent-sports-shortstop-extension.txt": [],
    "noevent-earnings-govtech-quarter.txt": [],
}


def main():
    build(DEV16, OUT, "corpus/dev16", "newsextract-dev16", DCT, EVENTS)


if __name__ == "__main__":
    main()
