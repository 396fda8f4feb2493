#!/usr/bin/env python3
"""Builds dev7_events.jsonl (contract-event gold for corpus/dev7/) from the annotations below.

usage: build_dev7_events.py [DEV7_DIR] [OUT]   (defaults: corpus/dev7, eval/gold/dev7_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py, shared with the other dev builders. The
annotations name every span by its text; "text#n" is the n-th occurrence (1-based) in the article,
"text@context[#n]" the first occurrence of text inside the n-th occurrence of context. The script finds the
code-point offsets, checks that every span occurs and reads back exactly, parses money values and currencies,
checks stages, roles, contract types, TIMEX3 and ISO 8601 shapes, that every article file is listed and that every
article is 150-600 words with a headline line and a blank line, and writes one JSON line per article. Never
compute offsets by hand: edit the annotations and rerun. See EVENTS_GOLD.md and DEV7_GOLD.md.

This set has Indian rupees in crore ("Rs 1,450 crore") and Norwegian crowns ("3.4 billion crowns"), which
goldlib's money reader also knows. Bare "$" amounts of the Canadian and New Zealand articles go through
goldlib's `dollar` map.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV7 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev7"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev7_events.jsonl"

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "ireland-opw-flood-scheme-tender.txt": "2026-10-08",
    "germany-baainbw-radio-framework-lots.txt": "2026-11-26",
    "india-mod-patrol-vessels-order.txt": "2026-09-11",
    "canada-pspc-standing-offers-shelter-supplies.txt": "2026-11-04",
    "nz-waka-kotahi-tunnel-preferred-tenderer.txt": "2026-03-09",
    "nasa-release-engineering-services-contract.txt": "2026-11-17",
    "newsletter-dod-contracts-roundup.txt": "2026-10-16",
    "business-nordhavn-patrol-boats-order.txt": "2026-08-25",
    "gao-army-training-protest-denied.txt": "2026-10-21",
    "va-hhs-pharmacy-logistics-awards.txt": "2026-06-11",
    "hospital-stellwater-imaging-contract.txt": "2026-07-22",
    "filing-corran-8k-air-force-award.txt": "2026-10-02",
    "approps-house-cjs-bill-summary.txt": "2026-07-09",
    "feature-contractor-hiring-huntsville.txt": "2026-09-20",
}

# Bare "$" amounts that are not U.S. dollars.
DOLLAR = {"canada-pspc-standing-offers-shelter-supplies.txt": "CAD",
          "nz-waka-kotahi-tunnel-preferred-tenderer.txt": "NZD"}

OPW = ["Office of Public Works", "OPW", "office"]
BAAINBW = ["Federal Office of Bundeswehr Equipment, Information Technology and In-Service Support", "BAAINBw",
           "office", "Germany's military procurement agency"]
MOD = ["Ministry of Defence", "MoD", "ministry"]
PSPC = ["Public Services and Procurement Canada", "PSPC", "department"]
NZTA = ["NZ Transport Agency Waka Kotahi", "NZTA", "Waka Kotahi"]
NASA = ["NASA", "Johnson Space Center", "Johnson"]
ARMY = ["Army", "Army Contracting Command", "Army Contracting Command at Fort Eustis"]
VA = ["Department of Veterans Affairs", "VA", "Strategic Acquisition Center", "VA's Strategic Acquisition Center"]
HHS = ["Department of Health and Human Services", "HHS", "Administration for Strategic Preparedness and Response"]
STELLWATER = ["Stellwater University Health", "Stellwater", "health system", "system"]
AFLCMC = ["Air Force Life Cycle Management Center", "AFLCMC", "Air Force"]
CORRAN = "Corran Technologies Inc.@On September 28, 2026, Corran Technologies Inc."

EVENTS = {
    "ireland-opw-flood-scheme-tender.txt": [
        E("award", "The contract has been awarded to", "Office of Public Works", OPW[1:],
          ["Kilbride Murphy Joint Venture"], [("€38.6 million", "value")], [], [],
          [("2 October", "2026-10-02", "award"), ("January", "2027-01", "start"),
           ("the end of 2028", "2028", "completion")], None,
          "Bandon and Innishannon, County Cork", "the Lower Bandon flood relief scheme"),
        E("planned_award", "has been named preferred tenderer", "office@the office confirmed", OPW[:2],
          ["Ardmore Civil Ltd"], [("€21.4 million", "value")], [], [],
          [("before Christmas", "2026-12", "award")], None, None,
          "the Clonmel East flood defence scheme in County Tipperary"),
    ],
    "germany-baainbw-radio-framework-lots.txt": [
        E("award", "went to", BAAINBW[0], BAAINBW[1:],
          ["Rhenwald Kommunikation GmbH"], [("€455 million", "ceiling")], [], [],
          [("Nov. 20", "2026-11-20", "award"), ("November 2033", "2033-11", "completion")],
          ("seven years", "P7Y"), "Ulm", "vehicle-mounted radios and installation kits"),
        E("award", "was awarded jointly to", BAAINBW[0], BAAINBW[1:],
          ["Elbtal Systems GmbH", "Vossberg Electronic AG"], [("€185 million", "ceiling")], [], [],
          [("Nov. 20", "2026-11-20", "award"), ("November 2033", "2033-11", "completion")],
          ("seven years", "P7Y"), None, "handheld radios and accessories"),
        E("planned_award", "is expected@is expected in the first quarter", "office@the office said. No order",
          BAAINBW[:2] + BAAINBW[3:],
          ["Rhenwald Kommunikation GmbH"], [("€62 million", "value")], [], [],
          [("the first quarter of 2027", "2027-Q1", "award")], None, None, None),
    ],
    "india-mod-patrol-vessels-order.txt": [
        E("award", "signed a contract with", "Ministry of Defence", MOD[1:],
          ["Goa Shipyard Limited"], [("Rs 1,450 crore@at a cost of Rs 1,450 crore", "value")], [], [],
          [("Thursday", "2026-09-10", "award"), ("March 2030", "2030-03", "completion")], None, None,
          "eight fast patrol vessels for the Indian Coast Guard"),
        E("solicitation", "has issued a request for proposal", "ministry@the ministry has issued", MOD[:2],
          [], [("Rs 4,800 crore", "value")], [], [],
          [("December 15", "2026-12-15", "responses_due"), ("the next financial year", "FY2028", "award")],
          None, None, "six next-generation offshore patrol vessels for the Navy"),
    ],
    "canada-pspc-standing-offers-shelter-supplies.txt": [
        E("award", "has issued national standing offers to", PSPC[0], PSPC[1:],
          ["Northern Relief Supply Inc.", "Laurentide Textiles", "Prairie Shelter Products Ltd."],
          [("$85 million", "ceiling")], ["EW702-250881/A"], [],
          [("Nov. 1", "2026-11-01", "start"), ("Oct. 31, 2029", "2029-10-31", "completion")],
          ("their initial term, which took effect Nov. 1 and runs through Oct. 31, 2029, with the option to "
           "extend for two additional one-year periods", "P5Y"), None,
          "cots, blankets and hygiene kits that federal departments can draw on during floods, wildfires and "
          "other emergencies"),
        E("cancellation", "had cancelled", "PSPC@PSPC also said", PSPC[:1] + PSPC[2:],
          [], [], [], [],
          [("June", "2026-06", "solicitation"), ("Monday@The cancellation took effect Monday", "2026-11-02",
                                                   "cancellation")],
          None, None, "mobile kitchen units"),
        E("presolicitation", "reissue the solicitation", "department@The department intends", PSPC[:2],
          [], [], [], [], [("early next year", "2027", "solicitation")], None, None, None),
    ],
    "nz-waka-kotahi-tunnel-preferred-tenderer.txt": [
        E("planned_award", "has been named preferred tenderer", NZTA[0], NZTA[1:],
          ["Fulton Hogan#1", "Downer#1"], [("$212 million", "value")], [], [],
          [("May", "2026-05", "award"), ("1 July", "2026-07-01", "start")], ("ten-year", "P10Y"), None,
          "to maintain and operate the state highway tunnels north of Auckland"),
        E("award", "awarded a $46.5 million contract", "NZTA@NZTA also awarded", NZTA[:1] + NZTA[2:],
          ["Northland Civil Ltd"], [("$46.5 million", "value")], [], [],
          [("Earlier this month", "2026-03", "award"), ("last week", "2026-W10", "start"),
           ("April 2027", "2027-04", "completion")], None, None,
          "to resurface 180 kilometres of State Highway 1 between Wellsford and Whangārei"),
    ],
    "nasa-release-engineering-services-contract.txt": [
        E("award", "has selected", "NASA@NASA has selected", NASA[1:],
          ["Halcyon Aerospace Solutions LLC"], [("$1.42 billion", "ceiling")], ["80JSC027C0003"],
          ["cost_plus_award_fee", "idiq"],
          [("Dec. 1, 2026", "2026-12-01", "start"), ("Nov. 30, 2031", "2031-11-30", "completion")],
          ("a two-year base period followed by three one-year option periods", "P5Y"),
          "NASA's Johnson Space Center in Houston, Marshall Space Flight Center in Huntsville, and Kennedy "
          "Space Center in Florida, as well as White Sands Test Facility in Las Cruces, New Mexico",
          "to provide engineering, test and facility operations services supporting human spaceflight programs "
          "at three agency centers"),
        E("option", "exercised", "Johnson@Johnson exercised", ["Johnson Space Center", "NASA"],
          ["Brazos Mission Services"], [("$48.5 million", "value")], [], [],
          [("Jan. 1", "2027-01-01", "start"), ("Dec. 31, 2027", "2027-12-31", "completion")], None, None, None),
    ],
    "newsletter-dod-contracts-roundup.txt": [
        E("award", "is being awarded#1", "Naval Sea Systems Command", ["Navy"],
          ["Keystone Marine Systems Inc."], [("$96,412,880", "value"), ("$31,200,000", "obligated")],
          ["N00024-27-C-4107"], ["firm_fixed_price"], [("September 2029", "2029-09", "completion")], None,
          "Chesapeake, Virginia (70%), and Pascagoula, Mississippi (30%)",
          "the overhaul of main reduction gears on Arleigh Burke-class destroyers"),
        E("award", "is being awarded#2", "Army Contracting Command", ["Army"],
          ["Granite Peak Logistics LLC"], [("$48,950,000", "value"), ("$6,118,000", "obligated")],
          ["W519TC-27-C-0019"], ["cost_plus_fixed_fee"], [("Oct. 14, 2030", "2030-10-14", "completion")], None,
          "Fort Bliss, Texas", "depot-level maintenance of tactical generators"),
        E("award", "is being awarded#3", "Space Systems Command", ["Air Force"],
          ["Aurelian Data Corp."], [("$212,000,000", "ceiling"), ("$2,500,000", "obligated")],
          ["FA8819-27-D-0006"], ["idiq"], [("Oct. 15, 2031", "2031-10-15", "completion")],
          ("a five-year ordering period", "P5Y"), None,
          "to sustain ground-based space surveillance software"),
    ],
    "business-nordhavn-patrol-boats-order.txt": [
        E("award", "had ordered", "Philippine Coast Guard", [],
          ["Nordhavn Marine ASA"], [("3.4 billion crowns", "value")], [], [],
          [("Monday", "2026-08-24", "award"), ("the third quarter of 2029", "2029-Q3", "completion")], None,
          "Nordhavn's yard in Brattvåg and the rest at a partner yard in Subic Bay",
          "35-metre aluminium boats with a top speed of 30 knots, crew training and two years of spare parts"),
        E("planned_award", "had signed a letter of intent", None, [],
          ["Nordhavn Marine ASA"], [("$150 million", "potential")], [], [],
          [("the first half of 2027", "2027", "award")], None, None, "four larger offshore patrol vessels"),
    ],
    "gao-army-training-protest-denied.txt": [
        E("protest", "has denied a protest", "Army@the Army's award of a $310", ARMY[1:],
          ["Vantage Federal Services", "Sentinel Readiness Group"], [("$310 million", "value")],
          ["W911S0-26-D-0042"], ["idiq"],
          [("June 30", "2026-06-30", "award"), ("July 14", "2026-07-14", "protest"),
           ("Oct. 9", "2026-10-09", "decision")],
          ("a five-year ordering period", "P5Y"),
          "Fort Cavazos, Texas, Fort Carson, Colorado, and Fort Riley, Kansas",
          "simulation operators and range support"),
        E("protest", "filed a protest", "Army@the Army's award of a $74", ARMY[1:2],
          ["Crestmark Solutions", "Orion Tactical Services"], [("$74 million", "value")], [], [],
          [("Jul. 22", "2026-07-22", "award"), ("Aug. 3", "2026-08-03", "protest"),
           ("Nov. 12", "2026-11-12", "decision")], None, None, None),
    ],
    "va-hhs-pharmacy-logistics-awards.txt": [
        E("award", "awarded a contract", VA[0], VA[1:],
          ["Meridian Health Logistics Inc."], [("$2.3 billion", "ceiling")], [], [],
          [("Tuesday", "2026-06-09", "award"), ("Aug. 1", "2026-08-01", "start")],
          ("a one-year base period and four one-year option periods", "P5Y"),
          "Leavenworth, Kansas, and Tucson, Arizona",
          "to run two of its consolidated mail outpatient pharmacies"),
        E("modification", "modified its contract with", HHS[0], HHS[1:],
          ["Brightline Packaging Co."], [("$38 million", "value"), ("$212 million", "cumulative")], [], [],
          [("June 5", "2026-06-05", "award"), ("March 31, 2027", "2027-03-31", "completion")], None, None,
          "to buy additional auto-injector kits"),
    ],
    "hospital-stellwater-imaging-contract.txt": [
        E("award", "has signed", STELLWATER[0] + "@" + STELLWATER[0] + ", the private", STELLWATER[1:],
          ["Corvane Medical Systems"], [("$186 million", "value")], [], [],
          [("late 2025", "2025", "solicitation"), ("July 17", "2026-07-17", "award"),
           ("October", "2026-10", "start")],
          ("10-year@a 10-year, $186", "P10Y"), None,
          "to replace and service the imaging equipment at its four hospitals"),
    ],
    "filing-corran-8k-air-force-award.txt": [
        E("award", "was awarded", AFLCMC[0], AFLCMC[1:],
          [CORRAN], [("$2 million", "minimum"), ("$265 million", "ceiling")], ["FA8571-26-D-0014"], ["firm_fixed_price", "idiq"],
          [("September 28, 2026@On September 28, 2026", "2026-09-28", "award"),
           ("September 2033", "2033-09", "ordering_end")],
          ("a seven-year ordering period", "P7Y"), None,
          "the production and sustainment of automated test stations used to repair avionics on C-130 and "
          "F-15 aircraft"),
        E("award", "was issued at award", AFLCMC[0], AFLCMC[1:],
          [CORRAN], [("$18.7 million", "value")], ["FA8571-26-D-0014"],
          ["delivery_order", "firm_fixed_price", "idiq"], [], None, None, None),
        E("option", "exercised the second option year", "U.S. Navy", ["Navy"],
          [CORRAN], [("$9.2 million", "value")], ["N68335-24-C-0112"], [],
          [("September 24, 2026", "2026-09-24", "award"), ("October 1, 2026@from October 1, 2026", "2026-10-01",
                                                            "start"),
           ("September 30, 2027", "2027-09-30", "completion")],
          ("second option year", "P1Y"), None, None),
    ],
    # Articles without contract events: precision checks.
    "approps-house-cjs-bill-summary.txt": [],
    "feature-contractor-hiring-huntsville.txt": [],
}


def main():
    build(DEV7, OUT, "corpus/dev7", "newsextract-dev7", DCT, EVENTS, DOLLAR)


if __name__ == "__main__":
    main()
