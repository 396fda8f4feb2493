#!/usr/bin/env python3
"""Builds dev6_events.jsonl (contract-event gold for corpus/dev6/) from the annotations below.

usage: build_dev6_events.py [DEV6_DIR] [OUT]   (defaults: corpus/dev6, eval/gold/dev6_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py, shared with the other dev builders. The
annotations name every span by its text; "text#n" is the n-th occurrence (1-based) in the article,
"text@context[#n]" the first occurrence of text inside the n-th occurrence of context. The script finds the
code-point offsets, checks that every span occurs and reads back exactly, parses money values and currencies,
checks stages, roles, contract types, TIMEX3 and ISO 8601 shapes, that every article file is listed and that
every article is 150-600 words with a headline line and a blank line, and writes one JSON line per article.
Never compute offsets by hand: edit the annotations and rerun. See EVENTS_GOLD.md and DEV6_GOLD.md.

The wire reprint writes its amounts with a no-break space before the magnitude ("$45\u00a0million"); its
annotations below spell that space as NB.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV6 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev6"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev6_events.jsonl"
NB = "\u00a0"

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "wire-reprint-space-force-ground-stations.txt": "2026-11-24",
    "state-medicaid-child-welfare-board-protest.txt": "2026-10-16",
    "transit-council-fare-system-denver-firm.txt": "2026-09-23",
    "release-task-order-gwac-fsa-cloud.txt": "2026-09-29",
    "defense-trade-navy-mod-option-same-vendor.txt": "2026-08-13",
    "solicitation-va-scheduling-rfp-industry-day.txt": "2026-07-08",
    "termination-default-bridge-inspection-ohio.txt": "2026-06-17",
    "tv-station-school-district-bus-cameras.txt": "2026-05-14",
    "investor-note-corvana-shares-army-win.txt": "2026-04-22",
    "roundup-dhs-idiq-jv-bpa-call.txt": "2026-03-11",
    "gao-protest-army-training-support.txt": "2026-10-07",
    "noevent-county-budget-hearing.txt": "2026-02-25",
    "noevent-wage-lawsuit-janitorial-contractor.txt": "2026-01-21",
}

SSC = ["Space Systems Command", "U.S. Space Force", "Space Force", "command"]
NMHCA = ["Health Care Authority", "State Board of Finance", "New Mexico"]
CYFD = ["Children, Youth and Families Department", "department"]
PUEBLO = ["Pueblo City Council", "council", "Pueblo Transit", "city", "Pueblo"]
FSA = ["Farm Service Agency", "FSA", "U.S. Department of Agriculture", "Department of Agriculture"]
VA = ["Department of Veterans Affairs", "VA", "Technology Acquisition Center"]
ODOT = ["Ohio Department of Transportation", "ODOT", "department", "agency"]
HARLAN = ["school board", "board", "district", "Harlan County"]
CISA = ["Cybersecurity and Infrastructure Security Agency", "CISA", "DHS"]
ARMY = ["Army Contracting Command", "Army"]

EVENTS = {
    "wire-reprint-space-force-ground-stations.txt": [
        E("planned_award", "expects to award", "Space Systems Command", SSC[1:],
          [], [(f"$1.2{NB}billion", "ceiling")], [], [],
          [("the second quarter of fiscal 2027", "FY2027-Q2", "award"), ("Monday", "2026-11-23", "presolicitation"),
           ("January", "2027-01", "solicitation")], None, None,
          "to replace the aging antennas that talk to most of its satellites"),
        E("award", "has awarded", "command@the command has awarded", SSC[:3],
          ["Halvorsen Aerospace Inc."], [(f"$45{NB}million", "value")], [], [],
          [("Nov. 20", "2026-11-20", "award"), ("Sept. 30, 2027", "2027-09-30", "completion")], None, None,
          "to keep the existing antennas running"),
    ],
    "state-medicaid-child-welfare-board-protest.txt": [
        E("award", "approved", "Health Care Authority@clearing the way for the Health Care Authority", NMHCA[1:],
          ["Meridian Claims Solutions Inc."], [("$96.3 million", "value"), ("$118.5 million", "potential")], [], [],
          [("Tuesday", "2026-10-13", "award")], None, None, "a new Medicaid claims processing system"),
        E("protest", "filed a formal protest", "Children, Youth and Families Department", CYFD[1:],
          ["Calloway Public Sector Group", "Pinecrest Human Services Technology LLC"],
          [("$41.8 million", "value")], [], [],
          [("Sept. 18", "2026-09-18", "award"), ("Oct. 5", "2026-10-05", "protest"),
           ("Nov. 4", "2026-11-04", "decision")], ("seven years", "P7Y"), None, None),
    ],
    "transit-council-fare-system-denver-firm.txt": [
        E("award", "voted 6-1 to award", "council@the council voted 6-1", PUEBLO[:1] + PUEBLO[2:],
          ["Quarry Peak Mobility"], [("$2.86 million", "value")], [], [],
          [("Monday@9:30 p.m. Monday", "2026-09-21", "award"), ("January", "2027-01", "start"),
           ("the end of June 2027", "2027-06", "completion")], None, None,
          "to install new fareboxes and a mobile ticketing app"),
        E("modification", "a one-year extension", "council@The council also approved", PUEBLO[:1] + PUEBLO[2:],
          ["Sandoval Janitorial"], [("$212,000", "value")], [], [],
          [("Sept. 30, 2027", "2027-09-30", "completion")], ("one-year", "P1Y"), None,
          "cleaning the downtown bus terminal"),
    ],
    "release-task-order-gwac-fsa-cloud.txt": [
        E("award", "has been awarded", "Farm Service Agency", FSA[1:] + ["U.S. Department of Agriculture's Farm Service Agency"],
          ["Brightwater Federal Solutions, LLC@Brightwater Federal Solutions, LLC, a provider"],
          [("$68.4 million", "ceiling")], ["12FPC426F0193", "47QTCK18D0027"],
          ["task_order", "gwac", "firm_fixed_price", "time_and_materials"],
          [("Oct. 1, 2026", "2026-10-01", "start"), ("Sept. 30, 2031", "2031-09-30", "completion")],
          ("a period of performance from Oct. 1, 2026, through Sept. 30, 2031, consisting of a one-year base "
           "period and four one-year option periods", "P5Y"),
          "Kansas City, Missouri, and at Brightwater's offices in Reston",
          "to move the agency's farm loan applications to the cloud"),
        E("option", "had exercised", "FSA@FSA had exercised", FSA[:1] + FSA[2:],
          ["Brightwater@Brightwater also said"], [("$3.1 million", "value")], [], ["task_order"],
          [("September 2027", "2027-09", "completion")], None, None, None),
    ],
    "defense-trade-navy-mod-option-same-vendor.txt": [
        E("modification", "has modified", "Naval Sea Systems Command", ["NAVSEA", "Navy"],
          ["Tidewater Systems Corp."],
          [("$212.4 million#1", "value"), ("$1.03 billion", "cumulative"), ("$212.4 million#2", "obligated")],
          ["N00024-22-C-5310", "P00041"], ["fixed_price_incentive"],
          [("Aug. 7", "2026-08-07", "award"), ("March 2030", "2030-03", "completion")], None,
          "Moorestown, New Jersey (71%), and Syracuse, New York (29%)", "the SPQ-12 surface search radar"),
        E("option", "exercised an option", "Naval Air Warfare Center Training Systems Division", ["Navy"],
          ["Tidewater@a Tidewater contract"], [("$27.6 million", "value"), ("$118 million", "cumulative")],
          ["N61340-24-C-0009"], [],
          [("Aug. 10", "2026-08-10", "award"), ("Aug. 31, 2027", "2027-08-31", "completion")], None, None,
          "shipboard radar operator trainers"),
    ],
    "solicitation-va-scheduling-rfp-industry-day.txt": [
        E("solicitation", "released a request for proposals", "Department of Veterans Affairs", VA[1:],
          [], [("$850 million#2", "ceiling")], ["36C10B26R0042"], ["single_award", "idiq"],
          [("Monday", "2026-07-06", "solicitation"), ("Aug. 28", "2026-08-28", "responses_due"),
           ("July 21#2", "2026-07-21", "industry_day"), ("the end of March 2027", "2027-03", "award")],
          ("a five-year base period and one five-year option", "P10Y"), None,
          "a new system to schedule appointments at its 170 medical centers"),
        E("rfi", "issued a request for information", "VA@the VA issued", VA[:1] + VA[2:],
          [], [], [], [],
          [("July 2@on July 2 seeking", "2026-07-02", "solicitation"), ("July 24", "2026-07-24", "responses_due")], None, None,
          "a chatbot that would let veterans reschedule appointments by text message"),
    ],
    "termination-default-bridge-inspection-ohio.txt": [
        E("cancellation", "has terminated for default", "Ohio Department of Transportation", ODOT[1:],
          ["Keller-Brandt Engineering Group"], [("$14.7 million", "value")], [], [],
          [("Monday", "2026-06-15", "cancellation"), ("March 2024", "2024-03", "award"),
           ("Feb. 28, 2028", "2028-02-28", "completion")], ("four-year", "P4Y"), None,
          "to inspect more than 2,100 bridges in the state's southeast"),
        E("award", "signed an emergency contract", "ODOT@ODOT on Tuesday signed", ODOT[:1] + ODOT[2:],
          ["Tri-County Structural Services Inc."], [("$2.4 million", "ceiling")], [], [],
          [("Tuesday@ODOT on Tuesday signed", "2026-06-16", "award"), ("Dec. 31", "2026-12-31", "completion")],
          None, None,
          "to inspect the 310 bridges that are due for their federally required checks before the end of the year"),
        E("presolicitation", "plans to seek bids", "ODOT@ODOT plans", ODOT[:1] + ODOT[2:],
          [], [], [], [], [("the fall", "2026-FA", "solicitation"), ("early 2027", "2027", "start")],
          None, None, None),
    ],
    "tv-station-school-district-bus-cameras.txt": [
        E("award", "voted", "school board@The school board voted", HARLAN[1:],
          ["SafeStop Technologies"], [("$1.3 million", "value")], [], [],
          [("Wednesday", "2026-05-13", "award")], ("five years", "P5Y"), None, "put cameras on all 61 buses"),
        E("award", "approved a contract", "board@The board also approved", HARLAN[:1] + HARLAN[2:],
          ["Mountain Comm Inc."], [("$186,400", "value")], [], [],
          [("June 1", "2026-06-01", "start")], None, None, "new radios"),
    ],
    "investor-note-corvana-shares-army-win.txt": [
        E("award", "made that award", "Army Contracting Command", ["Army", "Detroit Arsenal"],
          ["Corvana Systems Inc."], [("$312 million", "value")], [], ["cost_plus_fixed_fee"],
          [("April 9", "2026-04-09", "award")], ("five-year", "P5Y"), None,
          "to maintain tactical vehicles for units at Fort Hood and Fort Bliss in Texas"),
        E("solicitation", "is still under evaluation", "Marine Corps", [],
          [], [("$2 billion", "ceiling")], [], [],
          [("the summer", "2026-SU", "award")], None, None, None),
    ],
    "roundup-dhs-idiq-jv-bpa-call.txt": [
        E("award", "has picked", "CISA@CISA has picked", CISA[:1] + CISA[2:],
          ["Ardent Shield Inc.", "Kessler Brook Cyber LLC", "Northgate-Ridgeline JV#1", "Palisade Federal",
           "Stonecrest Analytics Inc.", "TriPoint Secure Solutions"],
          [("$1.5 billion", "ceiling"), ("$25,000", "minimum")],
          ["70QS0126D00000011", "70QS0126D00000016"],
          ["multiple_award", "firm_fixed_price", "time_and_materials", "labor_hour"],
          [("Monday", "2026-03-09", "award"), ("April 1", "2026-04-01", "start")],
          ("a five-year base and a two-year option", "P7Y"), None, "cyber incident response"),
        E("award", "has placed", "U.S. Customs and Border Protection", ["CBP"],
          ["Lantern Data Corp."], [("$7.9 million", "value")], ["70B04C26F00000388", "70B04C24A00000012"],
          ["bpa"], [("Feb. 27", "2026-02-27", "award"), ("February 2027", "2027-02", "completion")], None, None,
          "license plate reader maintenance"),
        E("option", "exercised", "Coast Guard@The Coast Guard exercised", [],
          ["Harbor Point Builders"], [("$4.4 million", "value"), ("$19.6 million", "cumulative")], [], [],
          [("Friday", "2026-03-06", "award"), ("December", "2026-12", "completion")], None, None,
          "to keep working on hangar repairs at Air Station Clearwater in Florida"),
    ],
    "gao-protest-army-training-support.txt": [
        E("protest", "has protested", "Army Contracting Command", ["Army"],
          ["Vanguard Training Solutions", "Cobalt Range Services LLC"], [("$486 million#2", "ceiling")],
          ["W900KK-26-D-0007"], ["idiq"],
          [("Sept. 30", "2026-09-30", "protest"), ("Jan. 8", "2027-01-08", "decision"),
           ("Sept. 18", "2026-09-18", "award"), ("September 2031", "2031-09", "ordering_end")],
          ("five-year ordering period", "P5Y"), None, "to run simulation centers at 11 installations"),
        E("modification", "was extended", "Army@so the Army may need", ["Army Contracting Command"],
          ["Vanguard@Vanguard's current contract"], [], [], [],
          [("August", "2026-08", "award"), ("the end of December", "2026-12", "completion")], None, None,
          "to keep the centers running"),
    ],
    "noevent-county-budget-hearing.txt": [],
    "noevent-wage-lawsuit-janitorial-contractor.txt": [],
}

build(DEV6, OUT, "corpus/dev6", "newsextract-dev6", DCT, EVENTS)
