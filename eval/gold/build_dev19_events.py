#!/usr/bin/env python3
"""Builds dev19_events.jsonl (contract-event gold for corpus/dev19/) from the annotations below.

usage: build_dev19_events.py [DEV19_DIR] [OUT]   (defaults: corpus/dev19, eval/gold/dev19_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py. The annotations name every span by its
text; "text#n" is the n-th occurrence (1-based) in the article, "text@context[#n]" the first occurrence of
text inside the n-th occurrence of context. Never compute offsets by hand: edit the annotations and rerun.
See EVENTS_GOLD.md and DEV19_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV19 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev19"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev19_events.jsonl"

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "dod-announcements-four-items.txt": "2026-11-24",
    "draft-rfp-tsa-scanner-maintenance.txt": "2026-01-28",
    "gao-decision-epa-lab-protest-sustained.txt": "2026-03-12",
    "interview-uscis-contracting-chief-qa.txt": "2026-10-05",
    "investigation-records-contractor-breach-suspended.txt": "2026-10-22",
    "noevent-city-budget-union-talks.txt": "2026-05-13",
    "noevent-stadium-naming-rights-deal.txt": "2026-07-16",
    "release-tallis-subsidiary-usace-idiq.txt": "2026-06-04",
    "state-nm-health-registry-rfp-award.txt": "2026-05-20",
    "termination-bop-claims-default-bridge.txt": "2026-02-27",
    "tradepress-gsa-gwac-onramp-new-holders.txt": "2026-08-06",
    "tv-school-bus-contract-renewal.txt": "2026-06-09",
    "uk-mod-watercraft-preferred-bidder.txt": "2026-09-14",
    "wire-business-briefs-energy-demolition.txt": "2026-04-02",
}

BOP = ["Federal Bureau of Prisons", "Bureau of Prisons", "bureau"]
USCIS = ["USCIS"]
CEDAR = ["Cedar Hollow Unified School District", "district", "board", "Cedar Hollow"]

EVENTS = {
    "gao-decision-epa-lab-protest-sustained.txt": [
        E("protest", "has sustained a bid protest", "Environmental Protection Agency",
          ["EPA", "Office of Acquisition Solutions", "agency"],
          ["Brightwater Analytical Services LLC", "Corvane Environmental Inc."], [("$84.6 million", "value")],
          ["68HERC25D0019"], [],
          [("March 9", "2026-03-09", "decision"), ("Oct. 20, 2025", "2025-10-20", "award"),
           ("Nov. 3", "2025-11-03", "protest")],
          ("a one-year base period and four option years", "P5Y"), None,
          "chemical and microbiological analysis of water, soil and sediment samples gathered at Superfund sites "
          "in 11 states"),
    ],
    "termination-bop-claims-default-bridge.txt": [
        E("cancellation", "has terminated for default", "Federal Bureau of Prisons", BOP[1:],
          ["Ostrander Health Partners Inc."], [("$48.3 million", "value")], [], [],
          [("Feb. 24", "2026-02-24", "cancellation")], ("five years", "P5Y"), None,
          "process outside medical claims for federal inmates"),
        E("award", "awarded a bridge contract", "bureau@the bureau awarded a bridge", BOP[:2],
          ["Kelmore Benefit Services LLC"], [("$7.9 million", "value")], [], [],
          [("March 2", "2026-03-02", "start")], ("six months", "P6M"), None, None),
    ],
    "release-tallis-subsidiary-usace-idiq.txt": [
        E("award", "has been selected", "U.S. Army Corps of Engineers",
          ["USACE", "Omaha District", "Army Corps of Engineers", "Corps"],
          ["Tallis Federal Solutions LLC"], [("$2.4 billion", "ceiling")], ["W9128F-26-D-0047"],
          ["multiple_award", "idiq", "firm_fixed_price", "cost_plus_fixed_fee"],
          [("June 1", "2026-06-01", "award")],
          ("a five-year base ordering period and one five-year option period", "P10Y"), None,
          "environmental remediation services at military installations nationwide"),
    ],
    "state-nm-health-registry-rfp-award.txt": [
        E("award", "has chosen", "New Mexico Department of Health", ["department", "Department of Health"],
          ["Mesa Quill Informatics LLC"], [("$11.6 million", "value")], ["26-665-4100-0012"], [],
          [("Tuesday", "2026-05-19", "award"), ("July 1", "2026-07-01", "start")], ("four years", "P4Y"), None,
          "replacing the registry's 17-year-old software, moving its records to a hosted platform and connecting "
          "it to the electronic health record systems of the state's larger hospital networks"),
    ],
    "tv-school-bus-contract-renewal.txt": [
        E("option", "to renew its contract", "Cedar Hollow Unified School District", CEDAR[1:],
          ["Prairie Line Student Transportation"], [("$4.15 million", "value", 4150000.0)], [], [],
          [("Monday", "2026-06-08", "award"), ("July 1", "2026-07-01", "start"),
           ("June 30", "2027-06-30", "completion")],
          ("one more year@for one more year at", "P1Y"), None, None),
        E("presolicitation", "put the whole thing out to bid again", "district@the district will probably",
          [CEDAR[0], "board", "Cedar Hollow"], [], [], [], [], [("January", "2027-01", "solicitation")],
          None, None, None),
    ],
    "dod-announcements-four-items.txt": [
        E("award", "was awarded", "Army Contracting Command", ["Army"], ["Brantwell Optics Corp."],
          [("$27,604,118#1", "value"), ("$27,604,118#2", "obligated")], ["W91CRB-27-C-0006"],
          ["firm_fixed_price"], [("Nov. 30, 2028", "2028-11-30", "completion")], None,
          "Tucson, Arizona@performed in Tucson, Arizona",
          "the repair and recertification of thermal weapon sight assemblies"),
        E("modification", "is awarded", "Naval Sea Systems Command", ["Navy", "NAVSEA"],
          ["Ferrous Point Shipbuilding Co."], [("$64,250,000", "value"), ("$32,125,000", "obligated")],
          ["P00031", "N00024-25-C-2207"], ["cost_plus_incentive_fee"],
          [("September 2029", "2029-09", "completion")], None,
          "Pascagoula, Mississippi (78%); and Houston, Texas (22%)",
          "long-lead-time material and advance planning for the third amphibious transport dock of the current "
          "production block"),
        E("award", "are each awarded", "Naval Facilities Engineering Systems Command Mid-Atlantic",
          ["Navy", "NAVFAC", "Naval Facilities Engineering Systems Command", "NAVFAC Mid-Atlantic"],
          ["Alderline Construction Inc.", "Baystone Builders LLC", "Crestmarsh Federal JV", "Dunmore-Whitcombe Inc."],
          [("$495,000,000", "ceiling"), ("$20,000", "obligated")], ["N40085-27-D-0101", "N40085-27-D-0104"],
          ["firm_fixed_price", "multiple_award", "idiq"], [("November 2031", "2031-11", "completion")],
          ("five years@The ordering period is five years", "P5Y"),
          "installations in the Hampton Roads area of Virginia (85%) and at Marine Corps Air Station Cherry Point, "
          "North Carolina (15%)",
          "waterfront and facility repair construction at naval installations in Virginia and North Carolina"),
        E("award", "has been awarded", "Space Systems Command", ["Space Force"], ["Halcyon Mission Systems Inc."],
          [("$41,870,552", "value"), ("$6,400,000", "obligated"), ("$9,150,000", "obligated"),
           ("$3,000,000", "obligated")],
          ["FA2550-27-C-0012"], ["cost_plus_fixed_fee"], [("Dec. 31, 2029", "2029-12-31", "completion")], None,
          "Colorado Springs, Colorado@performed at Colorado Springs, Colorado",
          "development and integration of ground software for a missile-warning data relay"),
    ],
    "tradepress-gsa-gwac-onramp-new-holders.txt": [
        E("award", "awarded contracts", "General Services Administration",
          ["GSA", "Federal Acquisition Service", "GWAC programs office"],
          ["Quillfeather Digital LLC", "Sorrento Point Technologies", "Marrow & Kline Federal", "Ninebark Systems Inc."],
          [("$15 billion", "value")], [], ["gwac", "fixed_price", "time_and_materials", "labor_hour"],
          [("Wednesday", "2026-08-05", "award"), ("2035@through 2035", "2035", "ordering_end")], None, None,
          "small-business IT services"),
    ],
    "draft-rfp-tsa-scanner-maintenance.txt": [
        E("presolicitation", "issued a draft request for proposals", "Transportation Security Administration",
          ["TSA", "agency"], [], [("$620 million", "value")], ["70T04026R0113"], ["single_award", "fixed_price"],
          [("Monday", "2026-01-26", "presolicitation"), ("Feb. 10", "2026-02-10", "industry_day"),
           ("March 16", "2026-03-16", "solicitation"), ("April 30", "2026-04-30", "responses_due"),
           ("late summer", "2026-SU", "award")],
          ("a one-year base period and four one-year option periods", "P5Y"), None,
          "maintaining the computed tomography scanners at airport checkpoints"),
    ],
    "uk-mod-watercraft-preferred-bidder.txt": [
        E("planned_award", "has named", "Ministry of Defence", ["MoD", "Defence Equipment and Support", "department"],
          ["Solent Haven Marine Ltd"], [("£265 million", "value")], [], [],
          [("29 January 2027", "2027-01-29", "award"), ("1 April 2027", "2027-04-01", "start")],
          ("seven-year", "P7Y"),
          "the Army's marine base at Marchwood, Hampshire, and at Solent Haven's yard in Gosport",
          "keep the British Army's fleet of landing craft, workboats and combat support boats at sea"),
    ],
    "investigation-records-contractor-breach-suspended.txt": [],
    "interview-uscis-contracting-chief-qa.txt": [
        E("presolicitation", "planning to release the solicitation", "U.S. Citizenship and Immigration Services", USCIS,
          [], [("$300 million", "value")], [], [],
          [("the second quarter of fiscal 2027", "FY2027-Q2", "solicitation")], ("five years", "P5Y"), None, None),
        E("award", "issued a task order", "U.S. Citizenship and Immigration Services", USCIS,
          ["Brightfen Analytics"], [("$14.2 million", "value")], ["70SBUR24A00000011"], ["task_order", "bpa"],
          [("Last month", "2026-09", "award")], None, None,
          "building and running the models our Fraud Detection and National Security Directorate uses to flag "
          "suspicious petitions"),
    ],
    "wire-business-briefs-energy-demolition.txt": [
        E("award", "has won", "Department of Energy", ["Energy Department"], ["Halloway Nuclear Services"],
          [("$212 million", "value")], [], [], [], None, None,
          "tear down two retired reactor buildings in South Carolina"),
    ],
    "noevent-city-budget-union-talks.txt": [],
    "noevent-stadium-naming-rights-deal.txt": [],
}


def main():
    build(DEV19, OUT, "corpus/dev19", "newsextract-dev19", DCT, EVENTS)


if __name__ == "__main__":
    main()
