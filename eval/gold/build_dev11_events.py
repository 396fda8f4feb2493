#!/usr/bin/env python3
"""Builds dev11_events.jsonl (contract-event gold for corpus/dev11/) from the annotations below.

usage: build_dev11_events.py [DEV11_DIR] [OUT]   (defaults: corpus/dev11, eval/gold/dev11_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py, shared with the other builders. The
annotations name every span by its text; "text#n" is the n-th occurrence (1-based) in the article,
"text@context[#n]" the first occurrence of text inside the n-th occurrence of context. The script finds the
code-point offsets, checks that every span occurs and reads back exactly, parses money values and currencies
(USD, GBP, EUR, AUD "A$", CAD "C$"), checks stages, roles, contract types, TIMEX3 and ISO 8601 shapes, that
every article file is listed and that every article is 150-600 words with a headline line and a blank line,
and writes one JSON line per article. Never compute offsets by hand: edit the annotations and rerun. See
EVENTS_GOLD.md and DEV11_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV11 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev11"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev11_events.jsonl"

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "ticker-halvorsen-army-radios.txt": "2026-11-25",
    "local-lakeland-paving-firm-wins-loses.txt": "2026-10-08",
    "health-nebraska-medicaid-dental-reaward.txt": "2026-09-17",
    "state-arizona-prison-health-ended-early.txt": "2026-11-03",
    "county-eau-claire-voting-equipment.txt": "2026-04-17",
    "schools-lowell-electric-buses-extension.txt": "2026-06-11",
    "uk-mod-preferred-bidder-frigate-support.txt": "2026-07-09",
    "australia-defence-downselect-drones.txt": "2026-03-12",
    "nato-nspa-ammunition-framework.txt": "2026-10-22",
    "canada-pspc-coast-guard-refit.txt": "2026-10-06",
    "it-oregon-dmv-system-modification.txt": "2026-02-19",
    "wire-corvane-protest-faa-helpdesk.txt": "2026-10-14",
    "budget-springfield-capital-plan.txt": "2026-05-21",
    "earnings-meridian-defense-backlog.txt": "2026-08-06",
}

PEO = ["PEO C3T", "Army", "Army's Program Executive Office Command, Control and Communications-Tactical"]
DHHS = ["DHHS", "state", "department"]
ADCRR_NAME = "Arizona Department of Corrections, Rehabilitation and Reentry"
ADCRR = [ADCRR_NAME, "ADCRR", "department", "state"]
EAU_CLAIRE = ["county board", "Eau Claire County", "county"]
LOWELL = ["Lowell School Committee", "committee", "district", "Lowell"]
MOD = ["Ministry of Defence", "MoD", "Defence Equipment and Support", "DE&S"]
AUS = ["Department of Defence", "Defence"]
NSPA = ["NATO Support and Procurement Agency", "NSPA", "agency"]
PSPC = ["Public Services and Procurement Canada", "PSPC", "Canadian Coast Guard", "coast guard", "federal government"]
ODOT = ["ODOT", "Driver and Motor Vehicle Services", "DMV", "Oregon Department of Transportation"]

KESTREL, BROLGA = "Kestrel Autonomy Pty Ltd", "Brolga Systems"
DRONE_PURPOSE = "build and fly three prototypes that can launch from and recover to an Arafura-class patrol vessel"
DRONE_PLACE = "Jervis Bay Range Facility in New South Wales"

EVENTS = {
    "ticker-halvorsen-army-radios.txt": [
        E("award", "made the award", "Program Executive Office Command, Control and Communications-Tactical", PEO,
          ["Halvorsen Systems Inc."], [("$412 million", "ceiling"), ("$38.6 million", "obligated"), ("$25 million", "minimum")],
          ["W15P7T-27-D-0012"], ["single_award", "idiq"],
          [("Nov. 20", "2026-11-20", "award"), ("November 2031", "2031-11", "ordering_end")],
          ("five years", "P5Y"), "Eden Prairie, Minnesota", "handheld tactical radios and spare parts"),
        E("option", "exercised a $12.4 million option", "Navy@the Navy last week exercised", [],
          ["Halvorsen@Halvorsen also disclosed"], [("$12.4 million", "value")], ["N00039-24-C-0107"], [],
          [("last week", "2026-W47", "award"), ("September 2027", "2027-09", "completion")], None, None, None),
    ],
    "local-lakeland-paving-firm-wins-loses.txt": [
        E("award", "approved", "Polk County", ["county", "commissioners"],
          ["Sunbelt Asphalt & Grading"], [("$17.3 million", "value")], [], [],
          [("Tuesday", "2026-10-06", "award"), ("January", "2027-01", "start"),
           ("the end of 2028", "2028", "completion")],
          ("two-year", "P2Y"), "rural roads between Lake Wales and Frostproof",
          "resurface 46 miles of rural roads"),
        E("award", "picked", "Lakeland Linder International Airport", ["airport", "airport's board"],
          ["Gulfline Civil Constructors LLC"], [("$9.6 million", "value")], [], [],
          [("Sept. 30", "2026-09-30", "award")], None, None, "taxiway rehabilitation"),
    ],
    "health-nebraska-medicaid-dental-reaward.txt": [
        E("award", "re-awarded", "Department of Health and Human Services", DHHS,
          ["Prairie Smile Dental Partners"], [("$212 million", "value"), ("$298 million", "potential")],
          ["6714 Z1"], [],
          [("Wednesday", "2026-09-16", "award"), ("July 14", "2026-07-14", "protest"),
           ("Aug. 19", "2026-08-19", "decision"), ("Jan. 1, 2027", "2027-01-01", "start")],
          ("a five-year base term with two one-year renewal options", "P7Y"), None,
          "manage dental benefits for about 130,000 children and adults on Medicaid"),
    ],
    "state-arizona-prison-health-ended-early.txt": [
        E("cancellation", "terminated", ADCRR_NAME, ADCRR[1:],
          ["Corvalis Correctional Health LLC"], [("$1.1 billion", "value")], [], [],
          [("Monday", "2026-11-02", "cancellation"), ("2024@signed in 2024", "2024", "award"),
           ("June 2029", "2029-06", "completion")],
          ("five-year", "P5Y"), None,
          "provide medical, dental and mental health care to about 23,000 people in 10 state prisons"),
        E("award", "signed an emergency contract", "department@the department signed", ADCRR[:2] + ADCRR[3:],
          ["Desert Sage Health Services Inc."], [("$265 million", "ceiling")], [], [],
          [("Friday", "2026-10-30", "award"), ("Dec. 31, 2027", "2027-12-31", "completion")], None, None, None),
        E("presolicitation", "would issue a new solicitation", "state@the state would issue", ADCRR[:3],
          [], [], [], [], [("the third quarter of fiscal 2027", "FY2027-Q3", "solicitation")], None, None, None),
    ],
    "county-eau-claire-voting-equipment.txt": [
        E("award", "voted 14-3 Thursday to buy", "county board", EAU_CLAIRE[1:],
          ["Clearcast Voting Systems"], [("$6.8 million", "value")], [], [],
          [("Thursday", "2026-04-16", "award"), ("Aug. 1", "2026-08-01", "completion")],
          ("seven years", "P7Y"), None, "310 ballot-marking devices and 95 tabulators"),
        E("solicitation", "released a request for proposals", "county@The county also released", EAU_CLAIRE[:2],
          [], [], ["RFP 2026-041"], [],
          [("Monday", "2026-04-13", "solicitation"), ("May 8", "2026-05-08", "responses_due"),
           ("June", "2026-06", "award")], None, None, "electronic poll books"),
    ],
    "schools-lowell-electric-buses-extension.txt": [
        E("award", "voted 6-1 Wednesday to buy", "Lowell School Committee", LOWELL[1:],
          ["Granite Bus & Coach Inc."], [("$4.74 million", "value")], [], [],
          [("Wednesday", "2026-06-10", "award"), ("August 2027", "2027-08", "completion")],
          None, None, "12 electric school buses"),
        E("modification", "extended", "committee@the committee extended", LOWELL[:1] + LOWELL[2:],
          ["Merrimack Student Transit"], [("$9.2 million", "value"), ("$41.5 million", "cumulative")], [], [],
          [("June 30, 2028", "2028-06-30", "completion")], ("two years@for two years", "P2Y"), None, None),
    ],
    "uk-mod-preferred-bidder-frigate-support.txt": [
        E("planned_award", "as preferred bidder", "Ministry of Defence", MOD[1:],
          ["Thamesbridge Marine Services"], [("£1.2bn@for a £1.2bn contract", "value")], [], [],
          [("early next year", "2027", "award")], ("10 years", "P10Y"), "Rosyth and Devonport",
          "maintain the Royal Navy's new general-purpose frigates"),
        E("award", "awarded a four-year framework", "DE&S@Separately, DE&S", MOD[:2] + MOD[2:3],
          ["Ardent Rope & Rigging", "Solent Hydraulics Ltd", "Kelvin Marine"], [("£48m", "ceiling")], [],
          ["multiple_award"], [("Monday", "2026-07-06", "award")], ("four-year", "P4Y"), None,
          "spare parts and repairs for ship handling equipment"),
    ],
    "australia-defence-downselect-drones.txt": [
        E("award", "received", "Department of Defence", AUS[1:], [KESTREL], [("A$19.5 million", "value")], [], [],
          [("March 6", "2026-03-06", "award")], ("14 months", "P1Y2M"), DRONE_PLACE, DRONE_PURPOSE),
        E("award", "won@won A$17.2 million", "Department of Defence", AUS[1:], [BROLGA],
          [("A$17.2 million", "value")], [], [],
          [("March 6", "2026-03-06", "award")], ("14 months", "P1Y2M"), DRONE_PLACE, DRONE_PURPOSE),
        E("planned_award", "expects to choose one supplier for production", "Defence@Defence expects", AUS[:1],
          [KESTREL, BROLGA], [], [], [], [("mid-2027", "2027", "award")], None, None, None),
    ],
    "nato-nspa-ammunition-framework.txt": [
        E("award", "has signed a framework contract", "NATO Support and Procurement Agency", NSPA[1:],
          ["Rheinwerk-Tarnova Munitions GmbH"], [("€1.9 billion@worth up to €1.9 billion", "ceiling")], [], [],
          [("Oct. 15", "2026-10-15", "award"), ("2033", "2033", "completion")], ("seven-year", "P7Y"),
          "Unterlüß, Germany, and Vlašim, Czech Republic", "155mm artillery ammunition for allied armies"),
        E("award", "placed a first order", "NSPA@NSPA placed", NSPA[:1] + NSPA[2:],
          ["Rheinwerk-Tarnova Munitions GmbH"], [("€214 million", "value")], [], [],
          [("the end of 2027", "2027", "completion")], None, None, "about 60,000 rounds"),
    ],
    "canada-pspc-coast-guard-refit.txt": [
        E("award", "chose", "Public Services and Procurement Canada", PSPC[1:],
          ["Fundy Dockyard Ltd."], [("C$86.4 million", "value"), ("C$131 million", "potential")], [], [],
          [("Oct. 2", "2026-10-02", "award")], ("an initial five-year term with three one-year options", "P8Y"),
          "the company's yard in Saint John, New Brunswick",
          "refit and maintenance of five mid-shore patrol vessels based in the Maritimes"),
        E("modification", "extended", "PSPC@PSPC also extended", PSPC[:1] + PSPC[2:],
          ["Fundy Dockyard@with Fundy Dockyard for"], [("C$12.9 million", "value")], [], [],
          [("March 31, 2028", "2028-03-31", "completion")], ("18 months", "P1Y6M"), None, None),
    ],
    "it-oregon-dmv-system-modification.txt": [
        E("modification", "amended", "Oregon Department of Transportation", ODOT[:3],
          ["Telvane Systems"], [("$14.8 million@to add $14.8 million", "value"), ("$93.2 million", "cumulative")],
          [], [], [("Feb. 10", "2026-02-10", "award"), ("the spring of 2028", "2028-SP", "completion")], None, None,
          "finish moving vehicle registration and titling onto the new system"),
    ],
    "wire-corvane-protest-faa-helpdesk.txt": [
        E("protest", "has protested", "Federal Aviation Administration", ["FAA"],
          ["Corvane Technologies Inc.", "Beacon Ridge Solutions"],
          [("$240 million@award of a $240 million", "value")], ["693KA9-26-C-00031"], [],
          [("Oct. 9", "2026-10-09", "protest"), ("Sept. 29", "2026-09-29", "award"),
           ("Jan. 17", "2027-01-17", "decision")],
          ("a one-year base period and four option years", "P5Y"), None,
          "help-desk and end-user support for about 45,000 FAA employees and contractors"),
    ],
    # Articles without contract events: precision checks.
    "budget-springfield-capital-plan.txt": [],
    "earnings-meridian-defense-backlog.txt": [],
}


def main():
    build(DEV11, OUT, "corpus/dev11", "newsextract-dev11", DCT, EVENTS)


if __name__ == "__main__":
    main()
