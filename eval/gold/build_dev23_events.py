#!/usr/bin/env python3
"""Builds dev23_events.jsonl (contract-event gold for corpus/dev23/) from the annotations below.

usage: build_dev23_events.py [DEV23_DIR] [OUT]   (defaults: corpus/dev23, eval/gold/dev23_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py. The annotations name every span by its
text; "text#n" is the n-th occurrence (1-based) in the article, "text@context[#n]" the first occurrence of
text inside the n-th occurrence of context. Never compute offsets by hand: edit the annotations and rerun.
See EVENTS_GOLD.md and DEV23_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV23 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev23"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev23_events.jsonl"

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "bop-telehealth-contract-extension-spokesperson.txt": "2026-05-19",
    "dot-design-build-river-bridge-joint-venture.txt": "2026-03-12",
    "fms-army-air-defense-radars-poland.txt": "2026-01-16",
    "gao-sustains-protest-army-logistics-analytics.txt": "2026-07-27",
    "hospital-linen-laundry-per-pound-renewal.txt": "2026-09-04",
    "india-railway-doubling-tender-crore.txt": "2026-08-18",
    "noevent-earnings-halden-federal-q3.txt": "2026-11-03",
    "noevent-state-appropriation-lead-pipe-program.txt": "2026-06-25",
    "sbir-phase-two-afwerx-drone-batteries-boise.txt": "2026-10-05",
    "scraped-spun-disa-cloud-task-order.txt": "2026-08-14",
    "sole-source-intent-noaa-buoy-sensors.txt": "2026-06-10",
    "tolling-program-award-and-later-protest.txt": "2026-02-05",
    "transit-battery-buses-base-order-options.txt": "2026-04-22",
    "uk-council-highways-term-contract-standstill.txt": "2026-11-20",
}

ODOT = ["ODOT", "department", "Ohio Department of Transportation"]
ARMY_RI = ["Army", "Rock Island", "service", "Army Contracting Command", "Army Contracting Command–Rock Island"]
ARMY_RS = ["Army", "Army Contracting Command at Redstone Arsenal", "Redstone Arsenal", "Army Contracting Command"]
CR = ["railway", "Central Railway", "office of the chief administrative officer (construction)", "Railway Board"]
RRT = ["Riverline", "agency", "board", "Riverline Regional Transit"]
HCH = ["Harbor County Health", "system", "board of trustees", "Harbor County Health System"]
NOAA = ["NOAA", "agency", "Acquisition and Grants Office", "NOAA's Acquisition and Grants Office",
        "National Oceanic and Atmospheric Administration"]
WBC = ["council", "Wealdham Borough Council"]
USAF = ["Air Force", "AFWERX", "Air Force Research Laboratory"]
BOP = ["bureau", "Federal Bureau of Prisons", "Bureau of Prisons"]
DISA = ["DISA", "Protection Information Programs Company", "Division of Protection",
        "Protection Knowledge Generation Contracting Group", "Division of Protection Information Programs Company",
        "Defense Information Systems Agency"]
CTA = ["authority", "board", "Cascade Tolling Authority"]

EVENTS = {
    "dot-design-build-river-bridge-joint-venture.txt": [
        E("award", "awarded the design-build contract", "Ohio Department of Transportation", ODOT,
          ["Kessler Brothers Construction", "Marrow & Pike Civil"], [("$412.6 million#2", "value")],
          ["26-0118"], [],
          [("on Tuesday", "2026-03-10", "award"), ("May@expected in May", "2026-05", "start"),
           ("Nov. 30, 2030", "2030-11-30", "completion")], None, None,
          "the replacement of the aging Lockhart Memorial Bridge"),
    ],
    "gao-sustains-protest-army-logistics-analytics.txt": [
        E("protest", "has sustained a protest", "Army Contracting Command–Rock Island", ARMY_RI,
          ["Brightwater Analytics LLC", "Tessaract Federal Solutions"], [("$96.4 million", "value")],
          ["W52P1J-25-R-0087"], [],
          [("March 31", "2026-03-31", "award"), ("April 13", "2026-04-13", "protest"),
           ("July 22", "2026-07-22", "decision"), ("May@began in May", "2026-05", "start")],
          ("five years@over five years", "P5Y"), None, None),
    ],
    "fms-army-air-defense-radars-poland.txt": [
        E("award", "awarded Corvane Sensor Systems Inc.", "Army Contracting Command", ARMY_RS,
          ["Corvane Sensor Systems Inc."], [("$214,812,406", "value"), ("$64,443,722", "obligated")],
          ["W31P4Q-26-C-0014"], ["firm_fixed_price"],
          [("on Wednesday", "2026-01-14", "award"), ("Dec. 31, 2029", "2029-12-31", "completion")], None,
          "Huntsville, Alabama, and Mielec, Poland",
          "the production of eight AN/TPQ-93 fire-control radars and associated spares"),
    ],
    "india-railway-doubling-tender-crore.txt": [
        E("award", "has awarded the contract", "Central Railway#2", CR,
          ["Sriram Venkata Infra Projects Ltd"], [("Rs 1,480.6 crore", "value")], [], [],
          [("14 August", "2026-08-14", "award"), ("March@floated in March", "2026-03", "solicitation"),
           ("June@opened in June", "2026-06", "responses_due")],
          ("30 months", "P2Y6M"), None,
          "doubling the 92-km single-line section between Daund and Baramati"),
    ],
    "transit-battery-buses-base-order-options.txt": [
        E("award", "voted 9-0", "Riverline Regional Transit", RRT,
          ["Halloway Coach Works"], [("$48.1 million", "value"), ("$121 million", "ceiling")],
          ["RRT-2025-041"], [],
          [("on Tuesday", "2026-04-21", "award"), ("December 2027", "2027-12", "completion"),
           ("last October", "2025-10", "solicitation")], None, None,
          "buy 40 battery-electric, 40-foot buses"),
    ],
    "hospital-linen-laundry-per-pound-renewal.txt": [
        E("award", "approved a five-year linen and laundry contract", "Harbor County Health System", HCH,
          ["Tidewell Textile Care"], [("$45.2 million", "value")], [], [],
          [("on Thursday", "2026-09-03", "award"), ("Jan. 1, 2027", "2027-01-01", "start"),
           ("January@starting in January", "2027-01", "start"), ("April@proposals in April", "2026-04",
                                                                  "solicitation")],
          ("five years with one optional five-year renewal", "P10Y"), None, None),
    ],
    "sole-source-intent-noaa-buoy-sensors.txt": [
        E("planned_award", "has posted a notice of intent to award a sole-source contract",
          "National Oceanic and Atmospheric Administration", NOAA,
          ["Vantor Acoustics Inc."], [("$3.4 million", "value")], ["NOAA-AGO-26-0193"], ["firm_fixed_price"],
          [("June 8", "2026-06-08", "presolicitation"), ("June 23", "2026-06-23", "responses_due"),
           ("the end of July", "2026-07", "award")],
          ("a base year and two option years", "P3Y"), None,
          "replacement hydrophone and pressure-sensor assemblies on the tsunami-warning buoys the agency maintains "
          "in the Pacific and Atlantic"),
    ],
    "uk-council-highways-term-contract-standstill.txt": [
        E("award", "has formally awarded", "Wealdham Borough Council", WBC,
          ["Carraway Civils Ltd"], [("£52.5m#2", "value")], [], [],
          [("on Wednesday", "2026-11-18", "award"), ("1 April 2027", "2027-04-01", "start")],
          ("five years, with the option to extend by up to two years", "P7Y"), None, None),
    ],
    "sbir-phase-two-afwerx-drone-batteries-boise.txt": [
        E("award", "has won a Small Business Innovation Research Phase II contract", "Air Force#2", USAF,
          ["Cindral Energy"], [("$1,249,860", "value")], ["FA8649-26-C-B117"], [],
          [("Oct. 1", "2026-10-01", "start")],
          ("24-month period of performance", "P2Y"), "Garden City@done in Garden City",
          "keep developing solid-state battery packs for small military drones"),
    ],
    "bop-telehealth-contract-extension-spokesperson.txt": [
        E("modification", "has extended its inmate telehealth contract", "Federal Bureau of Prisons", BOP,
          ["MedLink Correctional Health"], [("$14.2 million", "value"), ("$61.7 million", "cumulative")],
          ["15BFA022D0000311"], [],
          [("May 12", "2026-05-12", "award"), ("June 30, 2027", "2027-06-30", "completion")], None, None, None),
    ],
    "scraped-spun-disa-cloud-task-order.txt": [
        E("award", "has granted", "Division of Protection Information Programs Company", DISA,
          ["Amazon Net Services Inc."], [("$212.4 million", "value"), ("$38.6 million", "obligated")],
          ["HC1084-26-F-0219"], ["task_order"],
          [("August 11, 2029", "2029-08-11", "completion"), ("August 11@made on August 11", "2026-08-11", "award")],
          None, "a lot of places",
          "offer business cloud computing products and services to the armed forces"),
    ],
    "tolling-program-award-and-later-protest.txt": [
        E("award", "awarding the roadside toll-collection system", "Cascade Tolling Authority", CTA,
          ["Norvik Traffic Technologies"], [("$87.3 million", "value")], ["CTA-2025-RS-02"], [],
          [("on Tuesday", "2026-02-03", "award")], None, None, None),
        E("protest", "filed a formal protest", "Cascade Tolling Authority", CTA,
          ["Clearpath Mobility Solutions", "Meridian Toll Services"], [("$64 million", "value")],
          ["CTA-2025-BO-01"], [],
          [("Dec. 18", "2025-12-18", "award"), ("Jan. 9", "2026-01-09", "protest"),
           ("Feb. 27", "2026-02-27", "decision")],
          ("ten years", "P10Y"), None, None),
    ],
    "noevent-earnings-halden-federal-q3.txt": [],
    "noevent-state-appropriation-lead-pipe-program.txt": [],
}


def main():
    build(DEV23, OUT, "corpus/dev23", "newsextract-dev23", DCT, EVENTS)


if __name__ == "__main__":
    main()
