#!/usr/bin/env python3
"""Builds dev3_events.jsonl (contract-event gold for corpus/dev3/) from the annotations below.

usage: build_dev3_events.py [DEV3_DIR] [OUT]   (defaults: corpus/dev3, eval/gold/dev3_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py, shared with build_dev2_events.py.
The annotations name every span by its text; "text#n" is the n-th occurrence (1-based) in the
article, "text@context[#n]" the first occurrence of text inside the n-th occurrence of context.
The script finds the code-point offsets, checks that every span occurs and reads back exactly,
parses money values and currencies ("A$1.1 billion", "€640 million"), checks stages, roles, contract
types, TIMEX3 and ISO 8601 shapes, that every article file is listed and that every article is
150-600 words with a headline line and a blank line, and writes one JSON line per article. Never
compute offsets by hand: edit the annotations and rerun. See EVENTS_GOLD.md and DEV3_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV3 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev3"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev3_events.jsonl"

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "au-defence-radar-sustainment-tender.txt": "2026-08-19",
    "nato-nspa-fuel-framework.txt": "2026-04-15",
    "state-dot-bridge-low-bidder.txt": "2026-09-10",
    "health-cms-ota-cdc-bpa.txt": "2026-06-04",
    "trade-air-force-letter-contract-bridge.txt": "2026-07-23",
    "court-cofc-protest-after-corrective-action.txt": "2026-10-14",
    "brief-coast-guard-engines-scraped.txt": "2026-11-20",
    "feature-chicago-lead-service-lines.txt": "2026-03-19",
    "earnings-quarry-hill-federal-results.txt": "2026-10-27",
    "city-rejects-all-bids-bus-shelters.txt": "2026-05-06",
    "rfp-minnesota-unemployment-system.txt": "2026-01-29",
    "ice-detention-transport-contract-advocates.txt": "2026-02-26",
    "wire-navsea-unmanned-awards-option.txt": "2026-11-24",
    "audit-oig-contract-spending-review.txt": "2026-09-30",
    "grant-rural-broadband-program-announcement.txt": "2026-11-12",
}

DEFENCE = ["Department of Defence", "Defence"]
NSPA = ["NATO Support and Procurement Agency", "NSPA", "NATO"]
OREGON = ["Oregon Transportation Commission", "Oregon Department of Transportation", "ODOT"]
AFLCMC = ["Air Force Life Cycle Management Center", "Air Force", "U.S. Air Force"]
TUCSON = ["Tucson", "Tucson City Council", "City Council", "Department of Transportation and Mobility"]
DEED = ["Department of Employment and Economic Development", "DEED", "Minnesota"]
ICE = ["ICE", "U.S. Immigration and Customs Enforcement", "Immigration and Customs Enforcement"]
NAVSEA = ["Naval Sea Systems Command", "NAVSEA", "Navy", "U.S. Navy"]
QHF = "Quarry Hill Federal Inc."

EVENTS = {
    "au-defence-radar-sustainment-tender.txt": [
        E("award", "has signed an A$1.1 billion contract", "Department of Defence#1", ["Defence"],
          ["Westrange Systems Pty Ltd"], [("A$1.1 billion#2", "value")], [], [],
          [("Monday", "2026-08-17", "award"), ("1 January 2027", "2027-01-01", "start")],
          ("seven-year contract, with an option to extend for a further three years", "P10Y"),
          "Longreach, Laverton and Alice Springs",
          "to maintain the over-the-horizon radar network that watches Australia's northern approaches"),
        E("planned_award", "has shortlisted two companies", "Defence@Defence also confirmed", DEFENCE,
          ["Harbourline Defence", "Southern Cross Aerotech"], [("A$420 million", "ceiling")], [], [],
          [("mid-2027", "2027", "award")], None, None, "to upgrade the network's receiver electronics"),
    ],
    "nato-nspa-fuel-framework.txt": [
        E("award", "has concluded a framework agreement", "NATO Support and Procurement Agency", NSPA[1:],
          ["Kessel Logistik GmbH", "Arvena Energy SA"], [("€640 million", "ceiling")], [], [], [],
          ("six years", "P6Y"), None, "deployable fuel storage and distribution"),
        E("award", "signed an €85 million contract", "agency@Separately, the agency", NSPA,
          ["Tervia Engineering Oy"], [("€85 million", "value")], [], [], [], ("three years", "P3Y"),
          "Estonia, Latvia and Lithuania",
          "the maintenance of fuel-handling equipment already in service with Baltic units"),
    ],
    "state-dot-bridge-low-bidder.txt": [
        E("award", "voted 5-0 to award", "Oregon Transportation Commission", OREGON[1:],
          ["Lindqvist Heavy Civil Inc."], [("$187.6 million", "value")], [], [],
          [("Wednesday", "2026-09-09", "award"), ("early 2027", "2027", "start"), ("fall 2030", "2030-FA", "completion")],
          None, None, "to replace the Interstate 5 bridge over the Willamette River at Harrisburg"),
        E("award", "the commission approved a $14.9 million contract",
          "commission@At the same meeting, the commission", OREGON,
          ["Cascade Paving & Striping"], [("$14.9 million", "value")], [], [],
          [("October 2027", "2027-10", "completion")], None, None,
          "to repave 22 miles of U.S. 97 between Chemult and the Klamath County line"),
    ],
    "health-cms-ota-cdc-bpa.txt": [
        E("award", "has entered into an other transaction agreement", "Centers for Medicare & Medicaid Services",
          ["CMS", "HHS", "Department of Health and Human Services"],
          ["Brightwater Health Technologies"], [("$18.5 million", "value"), ("$74 million", "potential")], [], [],
          [], None, None,
          "to build a prototype of an electronic prior-authorization exchange for Medicare Advantage plans"),
        E("award", "has established a blanket purchase agreement", "Centers for Disease Control and Prevention",
          ["CDC", "HHS", "Department of Health and Human Services"],
          ["Meridian Lab Informatics LLC"], [("$45 million", "ceiling")], [], ["bpa"],
          [("February", "2026-02", "solicitation")], ("a base year and four option years", "P5Y"), None,
          "to connect public health laboratories to its data systems"),
    ],
    "trade-air-force-letter-contract-bridge.txt": [
        E("award", "gave Tallis Aero Support Inc. an undefinitized contract action",
          "Air Force Life Cycle Management Center", AFLCMC[1:],
          ["Tallis Aero Support Inc."], [("$212 million", "ceiling"), ("$106 million", "obligated")],
          ["FA8617-26-C-6021"], [], [("this week", "2026-W30", "award")], None,
          "Randolph Air Force Base, Texas; Vance Air Force Base, Oklahoma; and Columbus Air Force Base, Mississippi",
          "to keep maintaining the service's fleet of T-6A Texan II trainers"),
        E("modification", "had extended", "center@the center said it had extended", AFLCMC,
          ["Meadowlark Simulation LLC"], [("$9.4 million", "value")], [], [],
          [("January 2027", "2027-01", "completion")], ("six months", "P6M"), None, None),
        E("presolicitation", "plans to release that solicitation", "center@The center plans", AFLCMC,
          [], [], [], [], [("the fall", "2026-FA", "solicitation")], None, None, "simulator support"),
    ],
    "court-cofc-protest-after-corrective-action.txt": [
        E("protest", "has sued the government", "Army@challenging the Army's decision", ["U.S. Army"],
          ["Ostrander Federal Solutions LLC", "Pinecrest Digital Inc."], [("$348 million", "value")],
          ["W91CRB-26-C-0044"], [],
          [("Oct. 9", "2026-10-09", "protest"), ("Sept. 18", "2026-09-18", "award")],
          ("a one-year base period and four one-year option periods", "P5Y"), None, None),
    ],
    "brief-coast-guard-engines-scraped.txt": [
        E("award", "has chosen", "Coast Guard@The Coast Guard has chosen",
          ["U.S. Coast Guard", "Surface Forces Logistics Center"],
          ["Halcyon Marine Power Inc."], [("$63 million", "ceiling")], ["70Z02327D00000012"], ["idiq"],
          [("Tuesday", "2026-11-17", "award")], ("five-year", "P5Y"), None,
          "to supply outboard engines for its 29-foot response boats"),
    ],
    "feature-chicago-lead-service-lines.txt": [
        E("award", "the full council ratified it", "Department of Water Management",
          ["Chicago", "City Council", "Chicago City Council"],
          ["Lakeshore Pipe Partners"], [("$96 million", "value")], [], ["fixed_price"],
          [("Wednesday@ratified it on Wednesday", "2026-03-18", "award"), ("May@Work starts in May", "2026-05", "start")],
          ("three years@over three years", "P3Y"), None, "to replace about 9,000 lines on the Southwest Side"),
    ],
    "earnings-quarry-hill-federal-results.txt": [
        E("award", "which the company won in March", "Army@Army enterprise network", ["U.S. Army"],
          [QHF], [], [], [], [("March@won in March", "2026-03", "award")], None, None, None),
        E("award", "contract awarded last year", "Department of Veterans Affairs", ["VA"],
          [QHF], [("$40 million", "value")], [], [], [("last year@awarded last year", "2025", "award")],
          None, None, None),
        E("award", "had inked a five-year, $230 million agreement", "Internal Revenue Service", ["IRS"],
          [QHF], [("$230 million", "value"), ("$25 million", "minimum")], [], [],
          [("the quarter@during the quarter", "2026-Q3", "award")], ("five-year", "P5Y"), None,
          "to modernize the agency's taxpayer correspondence systems"),
    ],
    "city-rejects-all-bids-bus-shelters.txt": [
        E("cancellation", "rejected all four bids", "Tucson@Tucson's City Council", TUCSON[1:],
          [], [("$11 million", "value")], [], [],
          [("Tuesday", "2026-05-05", "cancellation"), ("January", "2026-01", "solicitation")], None, None,
          "to replace and maintain more than 300 bus shelters"),
        E("planned_award", "A new invitation for bids is expected to go out", "Department of Transportation and Mobility",
          TUCSON[:3], [], [], [], [],
          [("April 2027", "2027-04", "solicitation"), ("the end of that summer", "2027-SU", "award")],
          None, None, None),
    ],
    "rfp-minnesota-unemployment-system.txt": [
        E("solicitation", "released a request for proposals", "Department of Employment and Economic Development",
          DEED[1:], [], [], ["DEED-UI-2026-01"], ["fixed_price"],
          [("Thursday", "2026-01-29", "solicitation"), ("March 27", "2026-03-27", "responses_due"),
           ("August", "2026-08", "award"), ("Feb. 17", "2026-02-17", "industry_day"),
           ("fiscal 2029", "FY2029", "completion")], None, None,
          "a new unemployment insurance system to replace the mainframe software it has used since 1987"),
        E("award", "gave Northstar Data Group a $3.2 million contract", "department@the department gave", DEED,
          ["Northstar Data Group"], [("$3.2 million", "value")], [], [], [("December", "2025-12", "award")],
          None, None, "to clean up decades of claims records before they are moved"),
    ],
    "ice-detention-transport-contract-advocates.txt": [
        E("award", "has awarded a contract", "U.S. Immigration and Customs Enforcement", ["ICE", "Immigration and Customs Enforcement"],
          ["Ironbridge Secure Transport LLC"], [("$1.3 billion#2", "potential"), ("$212 million", "obligated")], [], [],
          [("last Friday", "2026-02-20", "award")], ("a one-year base period with four one-year options", "P5Y"),
          "Texas, New Mexico and Arizona",
          "to transport detained immigrants between facilities in Texas, New Mexico and Arizona"),
        E("modification", "also extended its contract", "agency@The agency also extended", ICE,
          [], [("$18.6 million", "value")], [], [], [("Sept. 30", "2026-09-30", "completion")],
          ("six months", "P6M"), "Otero County Processing Center in New Mexico", None),
    ],
    "wire-navsea-unmanned-awards-option.txt": [
        E("award", "each received a place", "Naval Sea Systems Command", NAVSEA[1:],
          ["Saltmarsh Autonomy Inc.", "Brackwater Marine LLC", "Keel & Compass Shipbuilding"],
          [("$450 million", "ceiling"), ("$2 million", "minimum")],
          ["N0002427D2210", "N0002427D2211", "N0002427D2212"], ["firm_fixed_price", "multiple_award", "idiq"],
          [("Monday", "2026-11-23", "award"), ("November 2031", "2031-11", "completion")],
          ("five years", "P5Y"), "Seattle; Gulfport; and Sturgeon Bay, Wisconsin",
          "to build medium unmanned surface vessels"),
        E("award", "awarded the first order", "Navy@The Navy awarded the first order", NAVSEA,
          ["Saltmarsh@to Saltmarsh on"], [("$61.8 million", "value")], ["N0002427F0081"],
          ["delivery_order", "firm_fixed_price", "multiple_award", "idiq"],
          [("the same day", "2026-11-23", "award")], None, None, "two vessels"),
        E("option", "exercised a $27.3 million option", "NAVSEA@Separately, NAVSEA", NAVSEA,
          ["Pellworth Sensors Corp."], [("$27.3 million", "value"), ("$148 million", "cumulative")],
          ["N00024-24-C-5311"], [], [("December 2027", "2027-12", "completion")], None, None, "towed sonar arrays"),
    ],
    # Articles without contract events: precision checks.
    "audit-oig-contract-spending-review.txt": [],
    "grant-rural-broadband-program-announcement.txt": [],
}


def main():
    build(DEV3, OUT, "corpus/dev3", "newsextract-dev3", DCT, EVENTS)


if __name__ == "__main__":
    main()
