#!/usr/bin/env python3
"""Builds dev5_events.jsonl (contract-event gold for corpus/dev5/) from the annotations below.

usage: build_dev5_events.py [DEV5_DIR] [OUT]   (defaults: corpus/dev5, eval/gold/dev5_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py, shared with the dev2-dev4 builders. The
annotations name every span by its text; "text#n" is the n-th occurrence (1-based) in the article,
"text@context[#n]" the first occurrence of text inside the n-th occurrence of context. The script finds the
code-point offsets, checks that every span occurs and reads back exactly, parses money values and currencies
(bare "$" amounts of the British Columbia article are Canadian dollars, through goldlib's `dollar` map), checks
stages, roles, contract types, TIMEX3 and ISO 8601 shapes, that every article file is listed and that every
article is 150-600 words with a headline line and a blank line, and writes one JSON line per article. Never
compute offsets by hand: edit the annotations and rerun. See EVENTS_GOLD.md and DEV5_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV5 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev5"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev5_events.jsonl"

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "wire-corps-levee-definitized.txt": "2026-08-19",
    "trade-qa-ceo-faa-first-prime.txt": "2026-10-14",
    "state-oklahoma-medicaid-system-protest.txt": "2026-09-10",
    "county-marion-bodycams-jail-food.txt": "2026-06-24",
    "startup-lumen-ridge-darpa-ot-nasa-sbir.txt": "2026-05-07",
    "canada-bc-stave-river-bridge-proponent.txt": "2026-03-19",
    "filing-halloran-8k-dla-contract.txt": "2026-11-23",
    "schools-spokane-bus-operator-bankruptcy.txt": "2026-02-12",
    "gao-va-task-order-protest-sustained.txt": "2026-07-29",
    "joint-noaa-usgs-gulf-mapping.txt": "2026-04-09",
    "report-top-contractors-fiscal-2026.txt": "2026-11-05",
    "labor-wichita-missile-plant-strike.txt": "2026-10-27",
}

# Bare "$" amounts that are not U.S. dollars.
DOLLAR = {"canada-bc-stave-river-bridge-proponent.txt": "CAD"}

USACE = ["Corps", "Army Corps of Engineers", "St. Louis District", "Corps' St. Louis District", "district"]
MARION = ["County Commission", "Marion County", "commission", "commissioners", "sheriff's office"]
SPOKANE = ["Spokane Public Schools", "board", "district"]
NOAA = ["National Oceanic and Atmospheric Administration", "NOAA"]
USGS = ["U.S. Geological Survey", "USGS"]

EVENTS = {
    "wire-corps-levee-definitized.txt": [
        E("modification", "definitized", "U.S. Army Corps of Engineers", USACE,
          ["Delta Earthworks Co."], [("$38.4 million", "value")], ["W912P9-26-C-0041"], ["firm_fixed_price"],
          [("Tuesday", "2026-08-18", "award"), ("Dec. 15, 2026", "2026-12-15", "completion")], None,
          "six breach sites between Clarksville and Louisiana, Missouri",
          "emergency repairs to flood-damaged levees along the Mississippi River"),
    ],
    "trade-qa-ceo-faa-first-prime.txt": [
        E("award", "awarded us", "Federal Aviation Administration", ["FAA"],
          ["Tessaly Labs@Tessaly Labs, a 140-person"], [("$27.5 million", "value")], [], ["firm_fixed_price"],
          [("Oct. 2", "2026-10-02", "award")], ("five-year", "P5Y"),
          "our Reston office and at the FAA's technical center in Atlantic City, New Jersey",
          "to build the data platform that tracks runway incursions at towered airports"),
    ],
    "state-oklahoma-medicaid-system-protest.txt": [
        E("protest", "has formally protested", "Oklahoma Health Care Authority", ["authority"],
          ["Brazos Point Technologies#1", "Keystone Civic Systems LLC"], [("$61 million#2", "value")],
          ["OHCA-RFP-2025-0117"], [],
          [("Sept. 4", "2026-09-04", "protest"), ("Aug. 21", "2026-08-21", "award")],
          ("six years", "P6Y"), None, "a new Medicaid eligibility system"),
    ],
    "county-marion-bodycams-jail-food.txt": [
        E("award", "approved", "County Commission", MARION[1:],
          ["Vantor Optics Inc."], [("$2.9 million", "ceiling")], [], [],
          [("Tuesday", "2026-06-23", "award"), ("September", "2026-09", "start")], ("five-year", "P5Y"), None,
          "420 cameras, docking stations, cloud storage for footage and two rounds of hardware replacement"),
        E("modification", "extended", "commissioners@commissioners extended", MARION[:3] + MARION[4:],
          ["Crestline Correctional Dining"], [("$1.74 million", "value")], [], [],
          [("Sept. 30, 2027", "2027-09-30", "completion")], ("one year", "P1Y"), None, None),
        E("presolicitation", "A new competitive solicitation for jail food service is planned",
          "county@county purchasing director", MARION[:4],
          [], [], [], [], [("next year", "2027", "solicitation")], None, None, "jail food service"),
    ],
    "startup-lumen-ridge-darpa-ot-nasa-sbir.txt": [
        E("award", "had awarded it", "Defense Advanced Research Projects Agency", ["DARPA"],
          ["Lumen Ridge Photonics"], [("$14.5 million", "ceiling"), ("$3.2 million", "obligated")],
          ["HR0011-26-9-0032"], [], [], ("30 months", "P2Y6M"),
          "the company's Boulder lab and at Holloman Air Force Base in New Mexico",
          "to build prototype navigation units that work without GPS"),
        E("award", "has been selected", "NASA@from NASA", ["Goddard Space Flight Center"],
          ["Lumen Ridge@Lumen Ridge has been selected"], [("$850,000", "value")], [], [], [],
          ("two-year", "P2Y"), None, "to adapt the gyroscope for small lunar landers"),
    ],
    "canada-bc-stave-river-bridge-proponent.txt": [
        E("planned_award", "has named", "Ministry of Transportation and Transit",
          ["ministry", "British Columbia", "province"], ["Aldergrove Civil Partners"],
          [("$612 million", "value")], [], ["fixed_price"],
          [("early next year", "2027", "award"), ("spring 2027", "2027-SP", "start"),
           ("late 2030", "2030", "completion")], None, None,
          "to design, build and finance a replacement for the two-lane Stave River crossing near Mission"),
    ],
    "filing-halloran-8k-dla-contract.txt": [
        E("award", "entered into a contract", "Defense Logistics Agency Troop Support",
          ["DLA Troop Support", "Defense Logistics Agency", "DLA"], ["Halloran Medical Supply, Inc."],
          [("$5,000,000", "minimum"), ("$410,000,000", "ceiling")], ["SPE2D1-27-D-0006"],
          ["idiq", "firm_fixed_price"],
          [("November 18, 2026", "2026-11-18", "award"), ("January 4, 2027", "2027-01-04", "start")],
          ("a term of two years, beginning January 4, 2027, with three one-year option periods", "P5Y"),
          "facilities in Hawaii, Guam, Japan and South Korea",
          "supply pharmaceuticals and medical-surgical items to military treatment facilities in the Pacific region"),
    ],
    "schools-spokane-bus-operator-bankruptcy.txt": [
        E("cancellation", "rescinded", "Spokane Public Schools@The Spokane Public Schools board", SPOKANE[1:],
          ["Inland Pupil Transit LLC"], [("$19 million", "value")], [], [],
          [("Wednesday", "2026-02-11", "cancellation"), ("2023", "2023", "award"),
           ("June 2028", "2028-06", "completion")], None, None, None),
        E("award", "voted 5-0 to award", "board@The board then voted", SPOKANE[:1] + SPOKANE[2:],
          ["Cascadia Coach Services"], [("$7.6 million", "ceiling")], [], [],
          [("Feb. 23", "2026-02-23", "start"), ("June 19", "2026-06-19", "completion")], None, None, None),
        E("presolicitation", "plans to seek bids", "district@The district plans", SPOKANE[:2],
          [], [], [], [], [("this spring", "2026-SP", "solicitation")], None, None, None),
    ],
    "gao-va-task-order-protest-sustained.txt": [
        E("protest", "has upheld a protest", "Department of Veterans Affairs",
          ["VA", "Technology Acquisition Center", "VA's Technology Acquisition Center"],
          ["Ridgeback Digital Inc.", "Marlow Federal Services"], [("$88 million#2", "value")],
          ["36C10B26N10070187", "36C10B24D0012"], ["task_order", "multiple_award"],
          [("April 14", "2026-04-14", "award"), ("April 27", "2026-04-27", "protest"),
           ("July 22", "2026-07-22", "decision")],
          ("a one-year base period and four option years", "P5Y"), None,
          "help-desk and end-user device support"),
    ],
    "joint-noaa-usgs-gulf-mapping.txt": [
        E("award", "have jointly awarded", "National Oceanic and Atmospheric Administration",
          NOAA[1:] + USGS + ["Acquisition and Grants Office", "NOAA's Acquisition and Grants Office"],
          ["Seabright Hydrographic"], [("$46 million", "value")], [], [],
          [("March 31", "2026-03-31", "award")], ("four years", "P4Y"),
          "Mobile Bay to the Mississippi River delta",
          "to map the seafloor and shoreline of the northern Gulf of Mexico"),
        E("option", "exercised a $3.4 million option", "NOAA@NOAA exercised", NOAA[:1],
          ["Pelican Geomatics LLC"], [("$3.4 million", "value")], [], [],
          [("last month", "2026-03", "award"), ("March 2027", "2027-03", "completion")], None, None,
          "tide-gauge maintenance along the Gulf coast"),
        E("award", "placed a $1.1 million order", "USGS@And USGS placed", USGS[:1],
          ["Bayou Drone Works"], [("$1.1 million", "value")], [], [], [], None, None,
          "aerial imagery of barrier islands damaged in last year's hurricanes"),
    ],
    # Articles without contract events: precision checks.
    "report-top-contractors-fiscal-2026.txt": [],
    "labor-wichita-missile-plant-strike.txt": [],
}


def main():
    build(DEV5, OUT, "corpus/dev5", "newsextract-dev5", DCT, EVENTS, DOLLAR)


if __name__ == "__main__":
    main()
