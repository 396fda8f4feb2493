#!/usr/bin/env python3
"""Builds dev4_events.jsonl (contract-event gold for corpus/dev4/) from the annotations below.

usage: build_dev4_events.py [DEV4_DIR] [OUT]   (defaults: corpus/dev4, eval/gold/dev4_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py, shared with build_dev2_events.py and
build_dev3_events.py. The annotations name every span by its text; "text#n" is the n-th occurrence
(1-based) in the article, "text@context[#n]" the first occurrence of text inside the n-th occurrence of
context. The script finds the code-point offsets, checks that every span occurs and reads back exactly,
parses money values and currencies (this set has yen, "¥48.6 billion", which goldlib also
reads), checks stages, roles, contract types, TIMEX3 and ISO 8601 shapes, that every article file
is listed and that every article is 150-600 words with a headline line and a blank line, and writes one
JSON line per article. Never compute offsets by hand: edit the annotations and rerun. See
EVENTS_GOLD.md and DEV4_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV4 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev4"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev4_events.jsonl"

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "newsletter-census-bpa-call-order.txt": "2026-06-11",
    "trade-dhs-cyber-idiq-on-ramp.txt": "2026-03-04",
    "local-huntsville-army-award-rewrite.txt": "2026-09-25",
    "notice-va-intent-sole-source.txt": "2026-04-20",
    "trade-reclamation-default-termination.txt": "2026-07-16",
    "transit-metra-railcar-order.txt": "2026-05-14",
    "utility-el-paso-water-design-build.txt": "2026-02-10",
    "uk-council-waste-collection-contract.txt": "2026-10-08",
    "japan-atla-surveillance-drones.txt": "2026-06-30",
    "gao-protest-dismissed-untimely.txt": "2026-03-26",
    "release-veradyn-two-navy-awards.txt": "2026-09-02",
    "markets-brief-corvane-shares.txt": "2026-11-18",
    "hearing-house-procurement-delays.txt": "2026-10-21",
    "product-launch-skyward-thermal-drone.txt": "2026-08-12",
}

DHS = ["DHS", "Office of Procurement Operations", "DHS's Office of Procurement Operations"]
ACC = ["Army", "Army Contracting Command", "Army Contracting Command at Redstone Arsenal"]
USBR = ["Bureau of Reclamation", "Reclamation"]
EPW = ["El Paso Water", "El Paso Water Public Service Board", "Public Service Board", "board"]
ATLA = ["Acquisition, Technology and Logistics Agency", "ATLA", "Ministry of Defense"]
NAVY = ["Navy", "U.S. Navy"]
VERADYN = "Veradyn Systems, Inc.#1"

EVENTS = {
    "newsletter-census-bpa-call-order.txt": [
        E("award", "has placed a $14.2 million call order", "Census Bureau@The Census Bureau has placed",
          ["bureau"], ["Redfern Contact Solutions"], [("$14.2 million#2", "value")],
          ["1333LB26F00000317", "1333LB24A00000012"], ["firm_fixed_price", "bpa"],
          [("June 5", "2026-06-05", "award")],
          ("a ten-month base period and two six-month options", "P1Y10M"),
          "Redfern's contact centers in Lexington and in Jeffersonville, Indiana",
          "to staff the telephone assistance lines of the American Community Survey"),
    ],
    "trade-dhs-cyber-idiq-on-ramp.txt": [
        E("award", "added five companies", "Department of Homeland Security", DHS,
          ["Anvil Point Security LLC", "Maren Digital Defense", "Thistle Cyber Group Inc.", "Ocotillo Systems",
           "Northway Federal Partners LLC"],
          [("$5,000", "minimum"), ("$2.4 billion", "ceiling")], ["70RTAC25R00000009"],
          ["multiple_award", "idiq", "firm_fixed_price", "time_and_materials"],
          [("Feb. 26", "2026-02-26", "award"), ("September 2030", "2030-09", "ordering_end"),
           ("last July", "2025-07", "solicitation")],
          None, None, None),
    ],
    "local-huntsville-army-award-rewrite.txt": [
        E("award", "has been awarded", "Army Contracting Command", [ACC[0], ACC[2]],
          ["Quillon Range Technologies Inc."], [("$87.4 million", "value"), ("$6.1 million", "obligated")],
          ["W31P4Q-26-C-0093"], ["cost_plus_fixed_fee"], [("Sept. 30, 2031", "2031-09-30", "completion")], None,
          "Huntsville, Alabama, and at White Sands Missile Range, New Mexico",
          "to support flight tests of Army air and missile defense interceptors"),
        E("option", "exercised a $12.6 million option", "Army@The Army exercised", ACC[1:],
          ["Birchfield Analytics LLC"], [("$12.6 million", "value"), ("$41.2 million", "cumulative")],
          ["W31P4Q-23-C-0117"], [], [("Sept. 29, 2027", "2027-09-29", "completion")], None, None,
          "engineering support to the Lower Tier Air and Missile Defense Sensor program office"),
    ],
    "notice-va-intent-sole-source.txt": [
        E("planned_award", "intends to award a sole-source contract", "Department of Veterans Affairs",
          ["VA", "Network Contracting Office 23"], ["Lumacast Orthotic Imaging Inc."], [("$3.8 million", "value")],
          ["36C26326Q0388"], ["firm_fixed_price"],
          [("Friday", "2026-04-17", "presolicitation"), ("May 4", "2026-05-04", "responses_due"),
           ("June 1", "2026-06-01", "award")],
          ("a base year and four option years", "P5Y"),
          "VA medical centers in Minnesota, Iowa, Nebraska and the Dakotas",
          "software that scans residual limbs and designs prosthetic sockets"),
    ],
    "trade-reclamation-default-termination.txt": [
        E("cancellation", "has terminated for default", "Bureau of Reclamation", ["Reclamation"],
          ["Sandpoint Gate & Hoist Co."], [("$22.6 million", "value")], ["140R1026C0007"], [],
          [("July 9", "2026-07-09", "cancellation")], None, None,
          "to refurbish the radial spillway gates at Grand Coulee Dam"),
        E("presolicitation", "plans to issue a new solicitation", "Reclamation@Reclamation plans", USBR[:1],
          [], [("$15 million", "value")], [], [],
          [("October", "2026-10", "solicitation"), ("spring 2027", "2027-SP", "start")], None, None,
          "the remaining work"),
    ],
    "transit-metra-railcar-order.txt": [
        E("award", "ordered 40 rail cars", "Metra@Metra's board on Wednesday", ["Metra's board"],
          ["Halvard Rail Vehicles"], [("$312 million#2", "value"), ("$745 million", "potential")], [], [],
          [("Wednesday@on Wednesday ordered", "2026-05-13", "award"), ("mid-2030", "2030", "completion")],
          None, "its plant in Elkhart, Indiana",
          "to replace diesel-hauled trains on the Rock Island District"),
    ],
    "utility-el-paso-water-design-build.txt": [
        E("award", "granted a $148 million design-build contract", "El Paso Water Public Service Board#1",
          ["El Paso Water", "Public Service Board", "board"], ["Franklin Mesa Constructors"],
          [("$148 million#2", "value")], [], [],
          [("Monday", "2026-02-09", "award"), ("March", "2026-03", "start"), ("mid-2029", "2029", "completion")],
          None, None,
          "to expand the Kay Bailey Hutchison Desalination Plant from 27.5 million to 42 million gallons a day"),
        E("modification", "approved a $2.3 million amendment", "board@The board also approved", EPW[:3],
          ["Corbel Hydro Engineering"], [("$2.3 million", "value"), ("$9.7 million", "cumulative")], [], [],
          [("2029@through 2029", "2029", "completion")], None, None, None),
    ],
    "uk-council-waste-collection-contract.txt": [
        E("award", "agreed on Monday to award", "Calderdale Council", ["Calderdale", "council", "cabinet"],
          ["Pennine Resource Services Ltd"], [("£86m#2", "value")], [], [],
          [("Monday", "2026-10-05", "award"), ("1 April 2027", "2027-04-01", "start")],
          ("an eight-year contract with an option to extend for a further four years", "P12Y"), None,
          "to collect household waste and recycling from about 94,000 homes"),
    ],
    "japan-atla-surveillance-drones.txt": [
        E("award", "signed a ¥48.6 billion (about $310 million) contract",
          "Acquisition, Technology and Logistics Agency", ATLA[1:],
          ["Kawanishi Aerosystems Co."], [("¥48.6 billion#2", "value"), ("$310 million", "value")], [], [],
          [("Monday", "2026-06-29", "award"), ("March 2030", "2030-03", "completion")], None, None,
          "23 medium-altitude surveillance drones for the Japan Maritime Self-Defense Force"),
        E("option", "had exercised an option", "ATLA@Separately, ATLA", [ATLA[0], ATLA[2]],
          ["Hoshizora Electronics Corp."], [("¥6.2 billion", "value")], [], [], [], None, None,
          "12 additional radar warning receivers for F-15J fighters"),
    ],
    "gao-protest-dismissed-untimely.txt": [
        E("protest", "has dismissed a protest", "Defense Health Agency", ["DHA"],
          ["Granite Peak Health Services", "Orison Medical Supply LLC"], [("$196 million", "value")],
          ["HT9402-26-C-0015"], [],
          [("Jan. 8", "2026-01-08", "award"), ("Feb. 17", "2026-02-17", "protest"),
           ("March 20", "2026-03-20", "decision")],
          ("one base year and four option years", "P5Y"), None,
          "to manage pharmacy logistics for military hospitals and clinics in Japan, Korea and Guam"),
    ],
    "release-veradyn-two-navy-awards.txt": [
        E("award", "awarded Veradyn a $41.3 million task order", "Naval Information Warfare Systems Command",
          ["NAVWAR"] + NAVY, [VERADYN], [("$41.3 million", "value")], ["N6600126F3012", "N0017819D7604"],
          ["task_order", "multiple_award"], [],
          ("a one-year base period and four one-year options", "P5Y"), "San Diego and Norfolk, Virginia",
          "to modernize shipboard networks on amphibious assault ships"),
        E("award", "awarded the company a $16.9 million firm-fixed-price contract", "Naval Air Systems Command",
          ["NAVAIR"] + NAVY, [VERADYN], [("$16.9 million", "value")], ["N6833526C0108"], ["firm_fixed_price"],
          [("August 2028", "2028-08", "completion")], None, None,
          "automated test equipment used on fleet helicopters"),
    ],
    "markets-brief-corvane-shares.txt": [
        E("award", "had picked it for a contract", "U.S. Space Force", ["Space Force"],
          ["Corvane Aerospace Corp."], [("$540 million", "ceiling")], [], [], [], None, None,
          "to build ground antennas for satellite tracking"),
    ],
    # Articles without contract events: precision checks.
    "hearing-house-procurement-delays.txt": [],
    "product-launch-skyward-thermal-drone.txt": [],
}


def main():
    build(DEV4, OUT, "corpus/dev4", "newsextract-dev4", DCT, EVENTS)


if __name__ == "__main__":
    main()
