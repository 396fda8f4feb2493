#!/usr/bin/env python3
"""Builds dev22_events.jsonl (contract-event gold for corpus/dev22/) from the annotations below.

usage: build_dev22_events.py [DEV22_DIR] [OUT]   (defaults: corpus/dev22, eval/gold/dev22_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py. The annotations name every span by its
text; "text#n" is the n-th occurrence (1-based) in the article, "text@context[#n]" the first occurrence of
text inside the n-th occurrence of context. Never compute offsets by hand: edit the annotations and rerun.
See EVENTS_GOLD.md and DEV22_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV22 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev22"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev22_events.jsonl"

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "au-defence-protected-vehicles-sustainment.txt": "2026-07-21",
    "council-brantley-trash-recycling-hauler-rfp.txt": "2026-02-19",
    "county-jail-cmar-gmp-amendment-harlan.txt": "2026-06-09",
    "gsa-bpa-observability-software-licenses.txt": "2026-10-07",
    "nasa-lunar-delivery-selection-three-landers.txt": "2026-01-28",
    "noevent-acquisition-ardent-harbor-telvane.txt": "2026-03-26",
    "noevent-settlement-city-janitors-wage-claims.txt": "2026-11-11",
    "rfi-industry-day-vha-supply-chain-tracking.txt": "2026-11-18",
    "rijkswaterstaat-framework-lots-lock-maintenance.txt": "2026-03-03",
    "shipbuilding-navy-multiyear-oilers-halvard.txt": "2026-08-27",
    "state-medicaid-mmis-termination-for-convenience.txt": "2026-05-15",
    "talks-port-saltmarsh-crane-automation.txt": "2026-10-26",
    "task-order-oasis-plus-doe-nuclear-cleanup-pmo.txt": "2026-04-20",
    "water-utility-change-order-treatment-plant.txt": "2026-09-17",
}

BRANTLEY = ["council", "city", "Brantley", "City Council", "Brantley City Council"]
HARLAN = ["county", "Harlan County", "board", "Board of Commissioners", "Harlan County Board of Commissioners"]
NAVY = ["Navy", "NAVSEA", "command", "Naval Sea Systems Command"]
OHA = ["authority", "agency", "state", "Oregon", "Oregon Health Authority"]
DEFENCE = ["Defence", "CASG", "Capability Acquisition and Sustainment Group", "Land Systems Division",
           "Department of Defence"]
GSA = ["GSA", "Federal Acquisition Service", "General Services Administration"]
NASA = ["agency", "Science Mission Directorate", "Johnson Space Center", "NASA"]
MILLSAP = ["authority", "board", "Millsap Valley Water Authority"]
VHA = ["VHA", "VHA Procurement and Logistics Office", "office", "department", "VA", "Veterans Health Administration"]
DOE = ["DOE", "Energy Department", "Office of Environmental Management", "Department of Energy",
       "General Services Administration", "GSA"]
PORT = ["port", "commission", "port's commission", "Port of Saltmarsh"]

EVENTS = {
    "council-brantley-trash-recycling-hauler-rfp.txt": [
        E("award", "voted 6-1", "Brantley City Council", BRANTLEY,
          ["Greenhollow Waste Services LLC"], [("$31.6 million", "value")], [], [],
          [("Wednesday@a.m. on Wednesday", "2026-02-18", "award"), ("last summer", "2025-SU", "solicitation"),
           ("Aug. 1", "2026-08-01", "start")],
          ("seven years, starting Aug. 1, with two optional renewals of three years each", "P13Y"), None, None),
    ],
    "county-jail-cmar-gmp-amendment-harlan.txt": [
        E("modification", "approve a guaranteed maximum price amendment", "Harlan County Board of Commissioners",
          HARLAN, ["Tennant-Voss Builders Inc."], [("$142.8 million", "value"), ("$144.7 million", "cumulative")],
          [], [],
          [("Monday@On Monday", "2026-06-08", "award"), ("July 15", "2026-07-15", "start"),
           ("Dec. 31, 2028", "2028-12-31", "completion")],
          ("30-month schedule", "P2Y6M"), None, None),
    ],
    "shipbuilding-navy-multiyear-oilers-halvard.txt": [
        E("award", "has signed a multiyear procurement contract", "Naval Sea Systems Command", NAVY,
          ["Halvard Gulf Shipbuilding@with Halvard Gulf Shipbuilding"],
          [("$3.38 billion", "value"), ("$3.61 billion", "potential")], ["N00024-26-C-2207"],
          ["fixed_price_incentive"],
          [("Aug. 24", "2026-08-24", "award"), ("2033@2030 through 2033", "2033", "completion")], None, None,
          "four more fleet replenishment oilers"),
        E("modification", "modified an earlier contract", "NAVSEA@NAVSEA modified", NAVY,
          ["Halvard Gulf Shipbuilding@with Halvard Gulf Shipbuilding"], [("$291.5 million", "value")],
          ["N00024-24-C-2231"], [], [("the same day", "2026-08-24", "award")], None, None,
          "advance procurement for hulls 15 and 16"),
    ],
    "state-medicaid-mmis-termination-for-convenience.txt": [
        E("cancellation", "is terminating the company's contract for convenience", "Oregon Health Authority", OHA,
          ["Corvath Health Technologies"], [("$187 million", "value")], [], [],
          [("Wednesday", "2026-05-13", "cancellation"), ("June 30", "2026-06-30", "completion"),
           ("2021@awarded in 2021", "2021", "award")], None, None,
          "replace the state's 1990s-era Medicaid Management Information System"),
    ],
    "rijkswaterstaat-framework-lots-lock-maintenance.txt": [
        E("award", "has awarded", "Rijkswaterstaat#2", ["agency", "Rijkswaterstaat"],
          ["Van der Sluys Techniek B.V.", "Hoekstra Installaties", "Brink Mechanica", "Delftgracht Infra B.V.",
           "Maasbouw Onderhoud B.V."],
          [("€96m#2", "ceiling")], [], ["single_award"],
          [("27 February", "2026-02-27", "award"), ("last August", "2025-08", "solicitation"),
           ("1 May 2026", "2026-05-01", "start")],
          ("four years, with the option of two one-year extensions", "P6Y"), None,
          "the mechanical and electrical maintenance of locks and movable bridges on the country's main inland "
          "waterways"),
    ],
    "au-defence-protected-vehicles-sustainment.txt": [
        E("award", "has signed", "Department of Defence", DEFENCE,
          ["Kurrajong Land Systems"], [("A$1.1bn#2", "value")], [], [],
          [("1 October 2026", "2026-10-01", "start")],
          ("an initial term of eight years from 1 October 2026, with two further extension options of up to three "
           "years each", "P14Y"), None,
          "maintain the Army's fleet of protected mobility vehicles"),
    ],
    "gsa-bpa-observability-software-licenses.txt": [
        E("award", "has established a single-award blanket purchase agreement", "General Services Administration",
          GSA, ["Lumenstack Federal Inc."], [("$725 million", "ceiling")], ["47QTCA26A0019"],
          ["bpa", "single_award"], [("Sept. 30", "2026-09-30", "award")],
          ("a one-year base period and four one-year option periods", "P5Y"), None, None),
    ],
    "nasa-lunar-delivery-selection-three-landers.txt": [
        E("award", "has selected", "NASA", NASA,
          ["Selenic Dynamics", "Harrow Aerospace", "Northlight Space Systems"], [("$612 million", "potential")], [],
          ["firm_fixed_price"], [("2029@2028 and 2029", "2029", "completion")], None, None,
          "fly science instruments to the lunar far side and the south polar region"),
    ],
    "water-utility-change-order-treatment-plant.txt": [
        E("modification", "approved a change order", "Millsap Valley Water Authority", MILLSAP,
          ["Bellweather Constructors Inc."], [("$6.35 million", "value"), ("$128.9 million", "cumulative")],
          ["CO-09", "WA-2024-117"], [],
          [("Tuesday", "2026-09-15", "award"), ("Nov. 20, 2027", "2027-11-20", "completion")], None, None,
          "replacing corroded influent piping that crews uncovered in March and for a redesign of the ozone contact "
          "basins"),
    ],
    "rfi-industry-day-vha-supply-chain-tracking.txt": [
        E("rfi", "A request for information posted", "Veterans Health Administration", VHA,
          [], [], ["36C10X27Q0042"], [],
          [("Monday@posted Monday", "2026-11-16", "solicitation"), ("Jan. 8, 2027", "2027-01-08", "responses_due"),
           ("Dec. 10", "2026-12-10", "industry_day")], None, None, None),
    ],
    "task-order-oasis-plus-doe-nuclear-cleanup-pmo.txt": [
        E("award", "has placed a task order", "Department of Energy", DOE,
          ["Calloway Ridge Associates LLC"], [("$84.2 million", "value")], ["89303326FEM400061"],
          ["task_order", "firm_fixed_price", "time_and_materials"], [("April 14", "2026-04-14", "award")],
          ("a one-year base period followed by four option years", "P5Y"), None,
          "program management and technical support at its Richland, Washington, operations office"),
    ],
    "talks-port-saltmarsh-crane-automation.txt": [
        E("planned_award", "is in the final stages of negotiating a contract", "Port of Saltmarsh", PORT,
          ["Hietala Cargotec Oy"], [("$148 million", "value")], [], [],
          [("next month", "2026-11", "award"), ("Nov. 19", "2026-11-19", "award"),
           ("June@closed in June", "2026-06", "responses_due")], None, None,
          "six remotely operated ship-to-shore cranes and the software to run them"),
    ],
    "noevent-acquisition-ardent-harbor-telvane.txt": [],
    "noevent-settlement-city-janitors-wage-claims.txt": [],
}


def main():
    build(DEV22, OUT, "corpus/dev22", "newsextract-dev22", DCT, EVENTS)


if __name__ == "__main__":
    main()
