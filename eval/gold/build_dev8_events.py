#!/usr/bin/env python3
"""Builds dev8_events.jsonl (contract-event gold for corpus/dev8/) from the annotations below.

usage: build_dev8_events.py [DEV8_DIR] [OUT]   (defaults: corpus/dev8, eval/gold/dev8_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py, shared with the other dev-set builders. The
annotations name every span by its text; "text#n" is the n-th occurrence (1-based) in the article,
"text@context[#n]" the first occurrence of text inside the n-th occurrence of context. The script finds the
code-point offsets, checks that every span occurs and reads back exactly, parses money values and currencies
(the British article's amounts are pounds, read from the "£" sign), checks stages, roles, contract types, TIMEX3
and ISO 8601 shapes, that every article file is listed and that every article is 150-600 words with a headline
line and a blank line, and writes one JSON line per article. Never compute offsets by hand: edit the annotations
and rerun. See EVENTS_GOLD.md and DEV8_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV8 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev8"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev8_events.jsonl"

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "county-pike-courthouse-roof-janitorial.txt": "2026-11-19",
    "dot-idaho-payette-bridge-low-bid.txt": "2026-10-13",
    "wire-varrow-space-force-ground-system.txt": "2026-09-25",
    "release-brightwater-teaming-and-prime.txt": "2026-07-08",
    "agency-gvsc-battery-ot-doe-coop.txt": "2026-08-06",
    "business-norvane-airline-coast-guard.txt": "2026-06-16",
    "gao-kestrel-dhs-dismissed-academic.txt": "2026-08-20",
    "uk-westmoor-trust-councils.txt": "2026-05-21",
    "trade-fema-bridge-extension-protest.txt": "2026-11-12",
    "newsletter-public-works-roundup.txt": "2026-11-24",
    "schools-lakeview-electric-buses-food-rfp.txt": "2026-03-12",
    "audit-interior-ig-wildfire-aviation.txt": "2026-10-02",
    "profile-navsup-contracting-officer.txt": "2026-09-14",
}

PIKE = ["commissioners", "board", "Pike County", "county"]
ITD = ["Idaho Transportation Department", "ITD", "Idaho Transportation Board", "department", "state"]
SPACE_FORCE = ["Space Force", "Space Systems Command", "Pentagon"]
GVSC = ["GVSC", "Army", "U.S. Army", "Army Contracting Command-Detroit Arsenal",
        "Ground Vehicle Systems Center"]
COAST_GUARD = ["Coast Guard", "Aviation Logistics Center", "service"]
DHS = ["DHS", "Office of Procurement Operations"]
FEMA = ["FEMA"]
LAKEVIEW = ["Lakeview School District", "board", "district"]

EVENTS = {
    "county-pike-courthouse-roof-janitorial.txt": [
        E("award", "voted 2-1 on Tuesday to hire", "Pike County commissioners", PIKE,
          ["Hartwell Roofing@hire Hartwell Roofing"], [("$684,500", "value")], [], [],
          [("Tuesday@voted 2-1 on Tuesday", "2026-11-17", "award"), ("in April", "2027-04", "start"),
           ("Oct. 30, 2027", "2027-10-30", "completion")], None, None,
          "replace the slate roof of the 1874 courthouse"),
        E("option", "the second of three one-year renewal options", "board@the board approved", PIKE[:1] + PIKE[2:],
          ["Spotless Commercial Cleaning"], [("$212,000", "value")], [], [],
          [("Jan. 1", "2027-01-01", "start"), ("Dec. 31, 2027", "2027-12-31", "completion")],
          ("one-year@three one-year renewal", "P1Y"), None, None),
    ],
    "dot-idaho-payette-bridge-low-bid.txt": [
        E("award", "was awarded", "Idaho Transportation Department", ["ITD", "department", "state"],
          ["Stonefly Constructors Inc.@Stonefly Constructors Inc. was awarded"],
          [("$14,862,300@the $14,862,300 contract", "value")], [], [],
          [("Oct. 8", "2026-10-08", "award"), ("in March", "2027-03", "start"),
           ("by the end of 2027", "2027", "completion")], None,
          "milepost 72.4 on SH-55",
          "replace the 1958 Payette River bridge on State Highway 55 near Banks"),
        E("modification", "approved a $2.1 million change order", "Idaho Transportation Board",
          ["Idaho Transportation Department", "ITD"],
          ["Tamarack Paving"], [("$2.1 million", "value"), ("$48.6 million", "cumulative")], [], [],
          [("Friday", "2026-10-09", "award")], None, None,
          "to add a noise wall the Federal Highway Administration required after a late environmental review"),
    ],
    "wire-varrow-space-force-ground-system.txt": [
        E("award", "had won", "U.S. Space Force", SPACE_FORCE,
          ["Varrow Dynamics Corp"],
          [("$2.4 billion@worth up to $2.4 billion to build", "ceiling"), ("$186.5 million", "obligated")],
          ["FA8808-26-C-0019"], ["cost_plus_incentive_fee"],
          [("Wednesday", "2026-09-23", "award"), ("Sept. 30, 2033", "2033-09-30", "completion")], None,
          "Colorado Springs, Colorado, and Aurora, Colorado",
          "build and sustain the ground control system for a new constellation of missile-warning satellites"),
        E("option", "exercised a $94.2 million option", "Naval Sea Systems Command", ["Navy"],
          ["Varrow@for Varrow to produce"], [("$94.2 million", "value")], ["N00024-24-C-5311"], [],
          [("Thursday", "2026-09-24", "award"), ("December 2028", "2028-12", "completion")], None, None,
          "produce 14 additional shipboard radar processors"),
    ],
    "release-brightwater-teaming-and-prime.txt": [
        E("award", "awarded Halvorsen", "Naval Air Warfare Center Training Systems Division", ["Navy"],
          ["Halvorsen Defense Group@prime contractor Halvorsen Defense Group"],
          [("$312 million", "value")], [], ["idiq"],
          [("June 19", "2026-06-19", "award"), ("June 2033", "2033-06", "ordering_end")],
          ("seven-year", "P7Y"), None, None),
        E("award", "has been awarded a prime contract",
          "U.S. Army Program Executive Office for Simulation, Training and Instrumentation",
          ["PEO STRI", "Army", "U.S. Army"],
          ["Brightwater@Brightwater also announced"], [("$18.6 million", "value")], ["W900KK-26-C-0042"],
          ["firm_fixed_price"], [("June 30", "2026-06-30", "award")],
          ("one base year and two option years", "P3Y"), "Chesapeake, Virginia, and Orlando, Florida",
          "develop a mixed-reality trainer for the Army's new armored multi-purpose vehicle crews"),
    ],
    "agency-gvsc-battery-ot-doe-coop.txt": [
        E("award", "has awarded a prototype Other Transaction agreement",
          "U.S. Army Combat Capabilities Development Command Ground Vehicle Systems Center", GVSC,
          ["Ground Mobility Prototyping Consortium"],
          [("$96 million@worth up to $96 million", "ceiling"), ("$12.4 million", "obligated")], [], [],
          [("July 31", "2026-07-31", "award"), ("January 2029", "2029-01", "completion")], None, None,
          "develop lithium-iron-phosphate battery packs for tactical vehicles"),
        E("award", "signed a $7.5 million cooperative agreement", "Department of Energy",
          ["Vehicle Technologies Office", "DOE"],
          ["Michigan Technological University"], [("$7.5 million", "value")], [], [],
          [("Monday", "2026-08-03", "award"), ("Oct. 1", "2026-10-01", "start")],
          ("three-year", "P3Y"), None, "study cold-weather charging of military batteries"),
    ],
    "business-norvane-airline-coast-guard.txt": [
        E("award", "placed a $212 million order", "U.S. Coast Guard", COAST_GUARD,
          ["Norvane Aircraft@Regional-jet maker Norvane Aircraft"], [("$212 million", "value")], [],
          ["delivery_order"],
          [("Tuesday@Then on Tuesday", "2026-06-16", "award"), ("by the end of 2029", "2029", "completion")],
          None, None, "four NV-90M maritime patrol aircraft"),
    ],
    "gao-kestrel-dhs-dismissed-academic.txt": [
        E("protest", "dismissed as academic a protest", "Department of Homeland Security", DHS,
          ["Kestrel Analytics LLC@a protest by Kestrel Analytics LLC", "Meridian Federal Solutions Inc."],
          [("$36.8 million", "value")], ["70RDAD26FR0000093"], ["task_order", "bpa"],
          [("June 30", "2026-06-30", "award"), ("July 14", "2026-07-14", "protest"),
           ("Aug. 11", "2026-08-11", "decision")],
          ("five years", "P5Y"), None, None),
    ],
    "uk-westmoor-trust-councils.txt": [
        E("award", "has awarded a £14.2m contract", "Westmoor Teaching Hospitals NHS Foundation Trust", ["trust"],
          ["Amberline Patient Transport"],
          [("£14.2m@awarded a £14.2m contract", "value"), ("£19.9m", "potential")], [], [],
          [("1 July", "2026-07-01", "start")],
          ("five years with an option to extend by two more", "P7Y"), None,
          "run non-emergency patient transport for its three hospitals"),
        E("planned_award", "named Greenline Environmental as preferred bidder", "Harrowgate Borough Council",
          ["council", "cabinet"],
          ["Greenline Environmental"], [("£96m", "value")], [], [],
          [("9 June", "2026-06-09", "award"), ("April 2027", "2027-04", "start")],
          ("eight-year", "P8Y"), None, "waste and recycling collection"),
        E("award", "appointed six contractors", "Kirkby Dale District Council", ["council"],
          ["Brayford Building Services", "Haigh & Sons Ltd", "Moorland Property Care",
           "Northern Reach Construction Ltd", "Pennine Maintenance Group", "Tern Valley Builders"],
          [("£40m", "ceiling")], [], ["multiple_award"], [("last week@Council last week", "2026-W20", "award")],
          ("four-year", "P4Y"), None, "housing repairs and void works across its 9,000 council homes"),
    ],
    "trade-fema-bridge-extension-protest.txt": [
        E("modification", "has extended", "Federal Emergency Management Agency", FEMA,
          ["Lakeshore Logistics Group"],
          [("$18.7 million", "value"), ("$241.3 million", "cumulative")], ["HSFE70-19-D-0187"], [],
          [("March 31@through March 31", "2027-03-31", "completion"), ("Nov. 6", "2026-11-06", "award")],
          None, None, None),
        E("protest", "filed a protest", "FEMA@FEMA's distribution", ["Federal Emergency Management Agency"],
          ["Lakeshore@Lakeshore filed", "Trident Response JV"],
          [("$580 million@ceiling of $580 million", "ceiling"), ("$2 million", "minimum")], [], ["single_award", "idiq"],
          [("Oct. 16", "2026-10-16", "award"), ("Oct. 27", "2026-10-27", "protest"),
           ("Feb. 4", "2027-02-04", "decision")],
          ("seven years", "P7Y"), None, None),
    ],
    "newsletter-public-works-roundup.txt": [
        E("award", "picked", "Bureau of Reclamation", ["Upper Colorado Basin Region", "Reclamation"],
          ["Ironbark Heavy Civil, Inc.", "Delgado Brothers Construction"],
          [("$27.9 million", "value")], ["140R4026C0031"], ["firm_fixed_price"],
          [("Nov. 19", "2026-11-19", "award"), ("the fall of 2028", "2028-FA", "completion")], None, None,
          "spillway modifications at Scofield Dam in Utah"),
        E("option", "exercised the third option year", "NASA@NASA's Marshall", ["Marshall Space Flight Center"],
          ["Tennvalley Services LLC"], [("$41.2 million", "value")], [], [],
          [("Dec. 1, 2026", "2026-12-01", "start"), ("Nov. 30, 2027", "2027-11-30", "completion")],
          ("option year", "P1Y"), None, None),
        E("solicitation", "issued a request for proposals", "GSA@GSA's Public Buildings Service",
          ["Public Buildings Service", "General Services Administration"],
          [], [], ["47PF0026R0012"], ["single_award", "firm_fixed_price"],
          [("Dec. 4", "2026-12-04", "responses_due"), ("in February", "2027-02", "award")], None, None,
          "furniture and installation at the rebuilt federal courthouse in Anchorage"),
        E("rfi", "wants to hear from small businesses", "Department of Veterans Affairs",
          ["VA", "Network Contracting Office 20"],
          [], [], ["36C26027Q0044"], [],
          [("Dec. 10", "2026-12-10", "responses_due"),
           ("the third quarter of fiscal 2027", "FY2027-Q3", "solicitation")], None, None,
          "provide sterile processing technicians at the Boise and Walla Walla medical centers"),
        E("cancellation", "canceled its invitation for bids", "Army Corps of Engineers",
          ["Walla Walla District", "Corps", "district"],
          [], [], ["W912EF26B0007"], [],
          [("Monday", "2026-11-23", "cancellation")], None, None,
          "lock-gate repairs at Ice Harbor Dam"),
        E("presolicitation", "plans to re-advertise", "district@The district plans",
          ["Army Corps of Engineers", "Walla Walla District", "Corps"],
          [], [], [], [],
          [("early next year", "2027", "solicitation")], None, None, None),
    ],
    "schools-lakeview-electric-buses-food-rfp.txt": [
        E("award", "voted 6-1 Monday to buy", "Lakeview School District board", LAKEVIEW,
          ["Blue Prairie Coach"], [("$4.1 million", "value", 4100000.0)], [], [],
          [("Monday", "2026-03-09", "award"), ("by August", "2026-08", "completion")], None, None,
          "12 electric school buses"),
        E("presolicitation", "will issue the request", "district@the district will issue", LAKEVIEW,
          [], [], [], [],
          [("in April", "2026-04", "solicitation"), ("in May", "2026-05", "responses_due"),
           ("July 1", "2026-07-01", "start")], None, None,
          "food service management"),
    ],
    # Articles without contract events: precision checks.
    "audit-interior-ig-wildfire-aviation.txt": [],
    "profile-navsup-contracting-officer.txt": [],
}


def main():
    build(DEV8, OUT, "corpus/dev8", "newsextract-dev8", DCT, EVENTS)


if __name__ == "__main__":
    main()
