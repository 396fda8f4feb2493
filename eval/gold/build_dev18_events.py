#!/usr/bin/env python3
"""Builds dev18_events.jsonl (contract-event gold for corpus/dev18/) from the annotations below.

usage: build_dev18_events.py [DEV18_DIR] [OUT]   (defaults: corpus/dev18, eval/gold/dev18_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py. The annotations name every span by its
text; "text#n" is the n-th occurrence (1-based) in the article, "text@context[#n]" the first occurrence of
text inside the n-th occurrence of context. Never compute offsets by hand: edit the annotations and rerun.
See EVENTS_GOLD.md and DEV18_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV18 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev18"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev18_events.jsonl"

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "cancellation-forest-service-helicopter-solicitation.txt": "2026-10-14",
    "county-commission-pumper-trucks-piggyback.txt": "2026-11-18",
    "dod-announcements-three-items.txt": "2026-09-29",
    "investigative-usps-sorting-program-history.txt": "2026-08-20",
    "ireland-nta-electric-bus-contract.txt": "2026-06-12",
    "nasa-release-cpaf-engineering-services.txt": "2026-04-23",
    "national-cbp-towers-planned-critics.txt": "2026-07-09",
    "newsletter-digest-three-items.txt": "2026-03-27",
    "noevent-cable-carriage-dispute-blackout.txt": "2026-09-02",
    "noevent-house-appropriations-homeland-bill.txt": "2026-06-17",
    "release-halvorsen-q3-results-option.txt": "2026-11-05",
    "rfi-reclamation-dam-sensors-industry-day.txt": "2026-01-22",
    "tradepress-va-scheduling-award-incumbent-loses.txt": "2026-05-21",
    "wire-spaceforce-radar-undefinitized.txt": "2026-02-12",
}

FS = ["Forest Service", "agency"]

EVENTS = {
    "wire-spaceforce-radar-undefinitized.txt": [
        E("award", "issuing an undefinitized contract action", "Space Systems Command", ["Space Force", "command"],
          ["Kestrel Ridge Sensors Inc."], [("$287 million", "ceiling"), ("$64 million", "obligated")],
          ["FA8819-26-C-0007"], [],
          [("Wednesday", "2026-02-11", "award"), ("fiscal 2029", "FY2029", "completion")], None,
          "Clear Space Force Station, Alaska, and at the company's plant in Colorado Springs",
          "rebuilding the electronics of an aging space-tracking radar"),
    ],
    "tradepress-va-scheduling-award-incumbent-loses.txt": [
        E("award", "has awarded", "Department of Veterans Affairs",
          ["VA", "Veterans Affairs", "Technology Acquisition Center", "department"],
          ["Hollowell Clinical Software"], [("$640 million", "ceiling"), ("$118 million", "value")],
          ["36C10B26C0031"], [], [("May 18", "2026-05-18", "award")],
          ("a two-year base period and three one-year option periods", "P5Y"), None,
          "replace the scheduling tool used at roughly 1,300 VA medical centers and clinics"),
    ],
    "county-commission-pumper-trucks-piggyback.txt": [
        E("award", "voted 4-1", "Marlow County@Marlow County's volunteer",
          ["county", "county commissioners", "commissioners", "board"],
          ["Ridgeline Fire Apparatus"], [("$2,870,000", "value")], ["26-COOP-0418"], [],
          [("Tuesday@4-1 on Tuesday", "2026-11-17", "award"), ("next fall", "2027-FA", "completion")],
          None, None, None),
    ],
    "national-cbp-towers-planned-critics.txt": [
        E("planned_award", "intends to award the contract", "U.S. Customs and Border Protection",
          ["CBP", "Customs and Border Protection", "Department of Homeland Security", "Homeland Security"],
          [], [("$1.3 billion", "value")], [], [],
          [("October", "2026-10", "presolicitation"),
           ("the second quarter of fiscal 2027", "FY2027-Q2", "award")],
          ("eight years", "P8Y"), None,
          "buy a new generation of autonomous surveillance towers for the southern and northern borders"),
    ],
    "dod-announcements-three-items.txt": [
        E("award", "has been awarded", "Air Force Sustainment Center", ["Air Force"],
          ["Tamsin Aerostructures LLC"], [("$74,318,500", "value"), ("$18,500,000", "obligated")],
          ["FA8118-26-C-0042"], ["firm_fixed_price"],
          [("Sept. 30, 2029", "2029-09-30", "completion")], None,
          "Wichita, Kansas@performed in Wichita, Kansas",
          "the overhaul and repair of KC-135 wing leading edges and flap assemblies"),
        E("modification", "is awarded", "Naval Sea Systems Command", ["Navy", "NAVSEA"],
          ["Harborline Systems Inc."],
          [("$12,450,612", "value"), ("$96,205,113", "cumulative"), ("$3,100,000", "obligated")],
          ["P00017", "N00024-23-C-4410"], ["cost_plus_fixed_fee"],
          [("March 2028", "2028-03", "completion")], None,
          "Norfolk, Virginia (80%); and Chesapeake, Virginia (20%)",
          "provide additional engineering services for combat-system integration aboard amphibious ships"),
        E("option", "to exercise an option", "U.S. Army Contracting Command", ["Army", "Army Contracting Command"],
          ["Corvath Defense Electronics Inc."],
          [("$38,990,004#1", "value"), ("$38,990,004#2", "obligated")],
          ["P00009", "W31P4Q-24-C-0087"], [],
          [("Dec. 31, 2027", "2027-12-31", "completion")], None,
          "Huntsville, Alabama@performed in Huntsville, Alabama",
          "the production of counter-battery radar spare parts and repair kits"),
    ],
    "nasa-release-cpaf-engineering-services.txt": [
        E("award", "has selected", "NASA@NASA has selected", ["agency", "Goddard Space Flight Center", "Goddard"],
          ["Verrow Technical Services Inc."], [("$1.14 billion", "ceiling")], ["80GSFC26CA012"],
          ["cost_plus_award_fee"], [("June 1, 2026", "2026-06-01", "start")],
          ("a two-year base period followed by three one-year option periods", "P5Y"),
          "NASA's Goddard Space Flight Center in Greenbelt, Maryland; Wallops Flight Facility on Virginia's Eastern "
          "Shore; the Jet Propulsion Laboratory in Pasadena, California; and Langley Research Center in Hampton, "
          "Virginia",
          "provide engineering, technical and science support for the agency's Earth-observing satellite missions"),
    ],
    "cancellation-forest-service-helicopter-solicitation.txt": [
        E("cancellation", "has cancelled its solicitation", "U.S. Forest Service", FS,
          [], [("$410 million", "value")], ["12024B26R0009"], [],
          [("Oct. 9", "2026-10-09", "cancellation"), ("August", "2026-08", "protest")],
          ("one base year and four option years", "P5Y"), None,
          "exclusive-use Type 1 firefighting helicopters"),
        E("presolicitation", "will re-compete the requirement", "U.S. Forest Service", FS,
          [], [], [], [], [("early next year#2", "2027", "solicitation")], None, None, None),
    ],
    "release-halvorsen-q3-results-option.txt": [
        E("option", "has exercised", "Naval Sea Systems Command", ["Navy", "U.S. Navy"],
          ["Halvorsen Systems Inc."], [("$46.2 million", "value")], [], [],
          [("October 28", "2026-10-28", "award"), ("October 2027", "2027-10", "completion")], None,
          "San Diego, California, and Keyport, Washington",
          "depot maintenance of submarine towed sonar arrays"),
    ],
    "ireland-nta-electric-bus-contract.txt": [
        E("award", "has signed a contract", "National Transport Authority", ["NTA", "authority"],
          ["Aurelio Bus Ibérica", "Ballinure Coachworks"], [("€187 million", "value")], [], [],
          [("10 June 2026", "2026-06-10", "award"), ("1 March 2027", "2027-03-01", "start"),
           ("30 November 2028", "2028-11-30", "completion")], None,
          "Vitoria-Gasteiz, Spain, and at Ballinure's plant in Co. Tipperary",
          "240 battery-electric double-deck buses"),
    ],
    "rfi-reclamation-dam-sensors-industry-day.txt": [
        E("rfi", "posted a sources-sought notice", "Bureau of Reclamation", ["Reclamation", "bureau", "agency"],
          [], [], ["140R8126Q0007"], [],
          [("Feb. 10", "2026-02-10", "industry_day"), ("March 2", "2026-03-02", "responses_due")],
          None, None, None),
    ],
    "newsletter-digest-three-items.txt": [
        E("award", "awarded@Service awarded", "General Services Administration",
          ["GSA", "Federal Acquisition Service"], ["Pellmont Logistics"], [("$23.5 million", "value")], [], [],
          [("Monday", "2026-03-23", "award")], None, None,
          "run furniture warehousing for federal agencies in the National Capital Region"),
        E("protest", "filed a protest", "Food and Drug Administration", ["FDA"],
          ["Oakfield Labs", "Tenvire Data Inc."], [("$61 million", "value")], [], [],
          [("March 24", "2026-03-24", "protest"), ("July 2", "2026-07-02", "decision")], None, None,
          "adverse-event reporting software"),
        E("solicitation", "released solicitation", "Defense Logistics Agency", ["DLA"],
          [], [], ["SPE4A7-26-R-0112"], [],
          [("Wednesday", "2026-03-25", "solicitation"), ("April 30", "2026-04-30", "responses_due")], None, None,
          "aircraft brake assemblies"),
    ],
    "investigative-usps-sorting-program-history.txt": [
        E("award", "awarded@Postal Service awarded Brennick", "Postal Service@the Postal Service awarded",
          ["U.S. Postal Service", "agency"], ["Brennick Automation Inc."], [("$157 million", "value")], [], [],
          [("Tuesday", "2026-08-18", "award"), ("December 2028", "2028-12", "completion")], None, None,
          "replace the feeders and software on 96 of the remaining flat sorters and to maintain them for five years"),
    ],
    "noevent-house-appropriations-homeland-bill.txt": [],
    "noevent-cable-carriage-dispute-blackout.txt": [],
}


def main():
    build(DEV18, OUT, "corpus/dev18", "newsextract-dev18", DCT, EVENTS)


if __name__ == "__main__":
    main()
