#!/usr/bin/env python3
"""Builds dev17_events.jsonl (contract-event gold for corpus/dev17/) from the annotations below.

usage: build_dev17_events.py [DEV17_DIR] [OUT]   (defaults: corpus/dev17, eval/gold/dev17_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py. The annotations name every span by its
text; "text#n" is the n-th occurrence (1-based) in the article, "text@context[#n]" the first occurrence of
text inside the n-th occurrence of context. Never compute offsets by hand: edit the annotations and rerun.
See EVENTS_GOLD.md and DEV17_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV17 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev17"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev17_events.jsonl"

NBSP = "\u00a0"

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "europe-austria-interior-bodycam-framework.txt": "2026-11-05",
    "fedworkforce-fsa-call-center-extension.txt": "2026-09-10",
    "govcon-weekly-cisa-idiq-six-awardees.txt": "2026-06-03",
    "noevent-music-label-recording-deal.txt": "2026-05-20",
    "noevent-nurses-union-contract-talks.txt": "2026-02-25",
    "notice-faa-sole-source-runway-lighting.txt": "2026-03-12",
    "podcast-nws-radar-data-interview.txt": "2026-03-03",
    "regional-navy-everett-pier-rebuild.txt": "2026-06-18",
    "release-veridax-coast-guard-maintenance.txt": "2026-08-06",
    "scraped-duluth-federal-building-renovation.txt": "2026-09-23",
    "startup-newsletter-ota-drone-batteries.txt": "2026-05-07",
    "statehouse-vermont-immunization-registry-amendment.txt": "2026-10-08",
    "tradepress-gao-sustains-cdc-lab-data.txt": "2026-07-16",
    "wire-ssa-disability-claims-it-award.txt": "2026-04-15",
}

CISA = ["CISA", "Cybersecurity and Infrastructure Security Agency"]
FSA = ["Federal Student Aid", "Office of Federal Student Aid", "Education Department", "department", "office"]

EVENTS = {
    "wire-ssa-disability-claims-it-award.txt": [
        E("award", "chose@on Tuesday chose", "Social Security Administration", ["Social Security", "agency"],
          ["Lanthorn Digital Services Inc"], [("$58 million", "value"), ("$2.4 billion", "ceiling")],
          ["28321326C00000112"], [], [("Tuesday@on Tuesday chose", "2026-04-14", "award")],
          ("a two-year base period followed by eight one-year options", "P10Y"), None,
          "rebuild the software its field offices and state examiners use to decide disability claims"),
    ],
    "regional-navy-everett-pier-rebuild.txt": [
        E("award", "awarded@Northwest awarded", "Naval Facilities Engineering Systems Command Northwest", ["Navy"],
          ["Puget Marine Constructors"], [("$131.6 million", "value")], ["N44255-26-C-0019"],
          ["firm_fixed_price"],
          [("June 12", "2026-06-12", "award"), ("November 2029", "2029-11", "completion")], None,
          "Everett, Washington@performed in Everett, Washington",
          "demolish and rebuild Pier Bravo, the station's second berth"),
    ],
    "tradepress-gao-sustains-cdc-lab-data.txt": [
        E("protest", "has sustained a protest", "Centers for Disease Control and Prevention", ["CDC", "agency"],
          ["Tessaract Analytics LLC", "Meridale Health Informatics"], [("$212 million", "value")],
          ["75D301-25-R-72214"], ["single_award"],
          [("March 20", "2026-03-20", "award"), ("April 6", "2026-04-06", "protest"),
           ("July 9", "2026-07-09", "decision")],
          ("a one-year base period and six option years", "P7Y"), None,
          "a system that moves laboratory test results from state and commercial labs into the agency's "
          "surveillance databases"),
    ],
    "notice-faa-sole-source-runway-lighting.txt": [
        E("planned_award", "intends to award on a sole-source basis", "Federal Aviation Administration",
          ["FAA", "agency"], ["Brightline Airfield Controls Inc."], [("$17.8 million", "value")],
          ["697DCK-26-R-00318"], [],
          [("March 10", "2026-03-10", "presolicitation"), ("March 26", "2026-03-26", "responses_due"),
           ("June@contract in June", "2026-06", "award")],
          ("a base year and two option years", "P3Y"), None,
          "upgrade the software that controls runway and taxiway lighting at 38 airports"),
    ],
    "startup-newsletter-ota-drone-batteries.txt": [
        E("award", "has signed an other transaction agreement", "Program Executive Office for Aviation",
          ["Army", "Army's Program Executive Office for Aviation"],
          ["Voltaic Reach"], [("$9.4 million", "value")], [], [],
          [("May 1", "2026-05-01", "award")], ("18 months", "P18M"), None,
          "deliver 300 cold-weather battery packs for quadcopters used by infantry squads"),
    ],
    "release-veridax-coast-guard-maintenance.txt": [
        E("award", "has been awarded", "United States Coast Guard",
          ["Coast Guard", "Surface Forces Logistics Center"],
          ["Veridax Corporation@Veridax Corporation (NASDAQ"],
          [("$12.3 million", "value"), ("$71.5 million", "potential")], ["70Z02326C00000045"], [],
          [("Oct. 1, 2026", "2026-10-01", "start")],
          ("a one-year base period and four one-year options", "P5Y"), None,
          "deploy its predictive maintenance platform across the service's cutter fleet"),
    ],
    "statehouse-vermont-immunization-registry-amendment.txt": [
        E("modification", "has signed an amendment", "Vermont Department of Health",
          ["Department of Health", "department", "health department"],
          ["Calloway Public Health Systems"], [("$3.55 million", "value"), ("$9.75 million", "cumulative")],
          [], [], [("Sept. 30", "2026-09-30", "award"), ("June 30, 2028", "2028-06-30", "completion")], None, None,
          "a new immunization registry"),
    ],
    "govcon-weekly-cisa-idiq-six-awardees.txt": [
        E("award", "has picked", "Cybersecurity and Infrastructure Security Agency", CISA,
          ["Bluestem Cyber Group LLC", "Ironweir Security Inc.", "Kasaba Technologies",
           "Northlight Defense Analytics LLC", "Quarry Hill Solutions", "Tidecrest Information Assurance Corp."],
          [("$475 million#2", "ceiling"), ("$50,000", "minimum")], [],
          ["multiple_award", "idiq", "firm_fixed_price", "time_and_materials", "labor_hour"],
          [("May 29", "2026-05-29", "award")], ("five-year ordering period", "P5Y"), None,
          "incident response and threat hunting for federal civilian networks"),
        E("award", "placed the first task order", "CISA@CISA has wasted", CISA,
          ["Northlight Defense Analytics@with Northlight Defense Analytics"], [("$6.8 million", "value")],
          ["70QS0126F00000207", "70QS0126D00000033"], ["task_order"],
          [("June 1", "2026-06-01", "award")], ("one year@runs one year", "P1Y"),
          "Dayton, Ohio, and at the customer agencies' sites",
          "hunt for intruders on the networks of three small agencies that lack their own security operations "
          "centers"),
    ],
    "europe-austria-interior-bodycam-framework.txt": [
        E("award", "has concluded", "Federal Ministry of the Interior", ["ministry"],
          ["Nordsicht Videotechnik GmbH", "Steirer Datensysteme AG"], [("€38 million#2", "ceiling")], [], [],
          [("3 November 2026", "2026-11-03", "award"), ("16 March 2026", "2026-03-16", "solicitation"),
           ("4 May 2026", "2026-05-04", "responses_due")],
          ("four years, with an option to extend it by a further two years", "P6Y"), None,
          "equip the federal police with body-worn cameras"),
    ],
    "fedworkforce-fsa-call-center-extension.txt": [
        E("modification", "has extended", "Office of Federal Student Aid", FSA,
          ["Marrowfield Contact Solutions"], [("$31 million", "value"), ("$243 million", "ceiling")],
          ["P00047", "91003119C0008"], [],
          [("Aug. 28", "2026-08-28", "award"), ("March 31, 2027", "2027-03-31", "completion")], None, None, None),
        E("solicitation", "issued@issued last November", "Federal Student Aid@Federal Student Aid had hoped", FSA,
          [], [], [], [], [("last November", "2025-11", "solicitation")], None, None, None),
    ],
    "podcast-nws-radar-data-interview.txt": [
        E("planned_award", "are going to put out the solicitation", "National Weather Service", ["Weather Service"],
          [], [("$160 million", "value")], [], ["single_award"],
          [("later this spring", "2026-SP", "solicitation"), ("the end of the fiscal year", "FY2026", "award")],
          None, None, None),
    ],
    "scraped-duluth-federal-building-renovation.txt": [
        E("award", "has awarded", "U.S. General Services Administration", ["GSA", "Great Lakes Region"],
          ["Arrowhead Builders Group"], [(f"$48.3{NBSP}million#2", "value")], [], [],
          [(f"Sept.{NBSP}18", "2026-09-18", "award"), ("November@start in November", "2026-11", "start"),
           ("the spring of 2029", "2029-SP", "completion")], None, None,
          "renovate the Gerald W. Heaney Federal Building"),
    ],
    "noevent-nurses-union-contract-talks.txt": [],
    "noevent-music-label-recording-deal.txt": [],
}


def main():
    build(DEV17, OUT, "corpus/dev17", "newsextract-dev17", DCT, EVENTS)


if __name__ == "__main__":
    main()
