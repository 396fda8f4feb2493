#!/usr/bin/env python3
"""Builds dev13_events.jsonl (contract-event gold for corpus/dev13/) from the annotations below.

usage: build_dev13_events.py [DEV13_DIR] [OUT]   (defaults: corpus/dev13, eval/gold/dev13_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py, shared with the other builders. The
annotations name every span by its text; "text#n" is the n-th occurrence (1-based) in the article,
"text@context[#n]" the first occurrence of text inside the n-th occurrence of context. The script finds the
code-point offsets, checks every span, stage, role and type name, TIMEX3 and ISO 8601 shape and the article
shape, and writes one JSON line per article. Never compute offsets by hand: edit the annotations and rerun.
The all-capitals wire brief writes "$75 MILLION"; goldlib reads magnitude words in lower case only, so this
script reads such amounts through a thin wrapper that lower-cases the magnitude word (goldlib is unchanged).
See EVENTS_GOLD.md and DEV13_GOLD.md.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldlib  # noqa: E402
from goldlib import E, build  # noqa: E402

DEV13 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev13"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev13_events.jsonl"

_money = goldlib.money


def money_any_case(text, name, dollar):
    """goldlib.money, also for upper-case magnitude words ("$75 MILLION")."""
    return _money(re.sub(r"(THOUSAND|MILLION|BILLION|TRILLION)$", lambda m: m.group(1).lower(), text),
                  name, dollar)


goldlib.money = money_any_case

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "wire-reuters-pentagon-ai-logistics-poised.txt": "2026-10-21",
    "earnings-corvane-q3-navy-award.txt": "2026-11-04",
    "gao-census-analytics-protest-denied.txt": "2026-07-23",
    "cofc-va-scheduling-reaward-lawsuit.txt": "2026-09-16",
    "local-riverton-council-electric-buses.txt": "2026-06-10",
    "uk-mod-radar-support-halberd.txt": "2026-03-11",
    "canada-dnd-arctic-over-snow-vehicles.txt": "2026-08-05",
    "australia-defence-drones-split-award.txt": "2026-05-14",
    "tech-dhs-cyber-idiq-eight-winners.txt": "2026-11-18",
    "startup-orbitlane-space-force-first-contract.txt": "2026-04-22",
    "wire-brief-allcaps-kestrel-nasa.txt": "2026-02-26",
    "repost-maple-hollow-schools-hvac-food.txt": "2026-01-29",
    "analysis-federal-it-spending-outlook-2027.txt": "2026-12-02",
    "local-linn-county-budget-hearing.txt": "2026-10-14",
}

PENTAGON = ["Pentagon", "Defense Department", "Defense Department's Chief Digital and Artificial Intelligence Office",
            "CDAO", "department"]
CENSUS = ["Census Bureau", "bureau", "Census", "agency", "Commerce Department"]
VA = ["Department of Veterans Affairs", "VA", "department"]
RIVERTON = ["Riverton City Council", "council", "city", "Riverton", "Riverton Transit"]
UKMOD = ["UK Ministry of Defence", "MoD", "ministry", "Defence Equipment and Support", "DE&S"]
DND = ["Department of National Defence", "department", "Public Services and Procurement Canada"]
AUS = ["Australia's Department of Defence", "Department of Defence", "Defence", "department"]
DHS = ["Department of Homeland Security", "DHS", "department"]
SPACE = ["U.S. Space Force", "Space Force", "Space Systems Command", "SpaceWERX", "command"]
MAPLE = ["Maple Hollow Unified School District board", "Maple Hollow Unified School District", "board", "district"]

EVENTS = {
    "wire-reuters-pentagon-ai-logistics-poised.txt": [
        E("planned_award", "is poised to award", "Pentagon@The Pentagon is poised", PENTAGON[1:],
          ["Halvorsen Labs"], [("$1.2 billion", "ceiling")], [], [],
          [("by the end of the year", "2026", "award")],
          ("a three-year base period and two one-year options", "P5Y"),
          "Defense Logistics Agency sites in Ohio and Pennsylvania",
          "to forecast spare-parts demand across the military services"),
    ],
    "earnings-corvane-q3-navy-award.txt": [
        E("award", "awarded it a $212 million contract", "Naval Information Warfare Systems Command", ["Navy"],
          ["Corvane Systems Inc."], [("$212 million", "value")], [], ["firm_fixed_price"],
          [("Oct. 28", "2026-10-28", "award")], ("five-year", "P5Y"), "San Diego and Norfolk, Virginia",
          "to modernize shipboard networks on 22 destroyers"),
        E("option", "exercised a $45 million option", "Army@the Army exercised", [],
          ["Corvane@Corvane also said"], [("$45 million", "value")], [], [],
          [("last month", "2026-10", "award"), ("September 2027", "2027-09", "completion")], None, None, None),
    ],
    "gao-census-analytics-protest-denied.txt": [
        E("protest", "has denied a protest", "Census Bureau@Census Bureau's $310 million", CENSUS[1:],
          ["Meridian Analytics LLC", "Polaris Data Group Inc."], [("$310 million", "value")],
          ["1333LB26C00000412"], [],
          [("July 17", "2026-07-17", "decision"), ("March 20", "2026-03-20", "award"),
           ("April 2", "2026-04-02", "protest")],
          ("a one-year base period and four one-year options", "P5Y"), None,
          "survey-processing and data-analytics services"),
    ],
    "cofc-va-scheduling-reaward-lawsuit.txt": [
        E("protest", "filed its complaint", "Department of Veterans Affairs", VA[1:],
          ["Cobalt Health Solutions Inc.", "Sentry Point Technologies"], [("$640 million#2", "value")],
          ["36C10B26D0009"], ["idiq"],
          [("Monday", "2026-09-14", "protest"), ("Sept. 8", "2026-09-08", "award")],
          ("10 years", "P10Y"), None, "appointment-scheduling software at 170 medical centers"),
        E("modification", "has extended its existing contract", "VA@the VA has extended", VA[:1] + VA[2:],
          ["Ardent Systems Corp."], [("$38 million", "value")], [], [],
          [("March 31, 2027", "2027-03-31", "completion")], None, None, None),
    ],
    "local-riverton-council-electric-buses.txt": [
        E("award", "voted 6-1", "Riverton City Council", RIVERTON[1:],
          ["Gillespie Coach Works Inc."], [("$48.6 million#2", "value")], [], [],
          [("Tuesday", "2026-06-09", "award"), ("in the second half of next year", "2027", "start"),
           ("by the end of 2028", "2028", "completion")], None, None,
          "to buy 40 battery-electric buses"),
        E("award", "approved a three-year, $3.2 million contract", "council@the council approved",
          RIVERTON[:1] + RIVERTON[2:], ["Volt Depot LLC"], [("$3.2 million", "value")], [], [], [],
          ("three-year", "P3Y"), None,
          "to install and maintain charging equipment at the Eastside bus yard"),
        E("presolicitation", "plans to issue a request for proposals", "city@The city plans",
          RIVERTON[:2] + RIVERTON[3:], [], [], [], [], [("in the fall", "2026-FA", "solicitation")], None, None,
          "a new fare-collection system"),
    ],
    "uk-mod-radar-support-halberd.txt": [
        E("award", "has awarded a £340m contract", "UK Ministry of Defence", UKMOD[1:],
          ["Halberd Systems Ltd"], [("£340m#2", "value")], [], [],
          [("on Monday@announced on Monday", "2026-03-09", "award"), ("March 2031", "2031-03", "completion")],
          ("five-year", "P5Y"),
          "RAF Boulmer in Northumberland and at Halberd's site in Cowes on the Isle of Wight",
          "to support the air-defence radars that watch over British airspace"),
        E("planned_award", "plans to issue an invitation to tender", "ministry@The ministry also plans",
          UKMOD[:2] + UKMOD[3:], [], [], [], [],
          [("early next year", "2027", "solicitation"), ("in 2029", "2029", "award")], None, None,
          "a replacement radar system"),
    ],
    "canada-dnd-arctic-over-snow-vehicles.txt": [
        E("award", "has signed a contract", "Department of National Defence", DND[1:],
          ["Norvik Mobility Inc."], [("C$412 million#2", "value"), ("C$690 million", "potential")], [], [],
          [("July 30", "2026-07-30", "award"), ("in 2028", "2028", "start"),
           ("by the end of 2030", "2030", "completion")], None, "Kingston, Ontario#1",
          "150 tracked over-snow vehicles for Arctic operations"),
        E("option", "exercised a C$18.5 million option", "department@the department exercised",
          DND[:1] + DND[2:], ["Arctic Shelter Systems Ltd."], [("C$18.5 million", "value")], [], [],
          [("March 2027", "2027-03", "completion")], None, None, "modular tent systems"),
    ],
    "australia-defence-drones-split-award.txt": [
        E("award", "will receive", "Australia's Department of Defence", AUS[1:],
          ["Skyreach Autonomy Pty Ltd"], [("A$640 million", "value")], [], [],
          [("Thursday", "2026-05-14", "award"), ("through 2032", "2032", "completion")], None,
          "Adelaide, South Australia",
          "to supply 36 long-range maritime surveillance drones for the Royal Australian Navy"),
        E("award", "won a separate A$460 million contract", "Australia's Department of Defence", AUS[1:],
          ["SCU-Bellrock JV"], [("A$460 million", "value")], [], [],
          [("Thursday", "2026-05-14", "award")], None, "Brisbane and Toowoomba, Queensland",
          "to provide smaller launched drones and ground control stations for the Army"),
    ],
    "tech-dhs-cyber-idiq-eight-winners.txt": [
        E("award", "has awarded spots", "Department of Homeland Security", DHS[1:],
          ["Bluefin Cyber LLC", "Corsair Federal Inc.", "Halcyon-Keystone JV LLC", "Ironbark Technologies Corp.",
           "Northgate Secure Solutions", "Quanta Shield Inc.", "Tidewater-Anvil Joint Venture",
           "Veritas Digital LLC"],
          [("$8bn#2", "ceiling"), ("$25,000", "minimum")], [],
          ["multiple_award", "idiq", "firm_fixed_price", "time_and_materials", "labor_hour"],
          [("Friday", "2026-11-13", "award"), ("in January", "2027-01", "start")],
          ("a five-year base period and a five-year option", "P10Y"), None, "cybersecurity services#2"),
    ],
    "startup-orbitlane-space-force-first-contract.txt": [
        E("award", "has won its first government contract", "U.S. Space Force", SPACE[1:],
          ["Orbitlane@Orbitlane, a 45-person"], [("$17.5 million", "value")], [], [],
          [("April 14", "2026-04-14", "award"), ("by the end of 2027", "2027", "completion")], None, None,
          "to demonstrate an orbital transfer vehicle that can move satellites between orbits"),
        E("planned_award", "intends to award on a sole-source basis",
          "Space Systems Command@Space Systems Command said", SPACE[:2] + SPACE[3:],
          ["Orbitlane@contract to Orbitlane"], [], [], [],
          [("last week", "2026-W16", "presolicitation"), ("May 6", "2026-05-06", "responses_due"),
           ("in fiscal 2028", "FY2028", "award")], None, None, "two additional flight units"),
    ],
    "wire-brief-allcaps-kestrel-nasa.txt": [
        E("award", "AWARDED $75 MILLION CONTRACT", "NASA@CONTRACT BY NASA", [],
          ["KESTREL SPACE SYSTEMS"],
          [("$75 MILLION#2", "value"), ("$112 MILLION", "potential")], [], [],
          [("FEB 24", "2026-02-24", "award"), ("DECEMBER 2029", "2029-12", "completion")], None,
          "HUNTSVILLE, ALABAMA", "A LUNAR COMMUNICATIONS RELAY SATELLITE"),
        E("option", "EXERCISED A $9.8 MILLION OPTION", "U.S. ARMY", [],
          ["KESTREL AEROSPACE CORP@KESTREL AEROSPACE CORP SAYS SEPARATELY"], [("$9.8 MILLION", "value")], [], [],
          [("JUNE 30, 2027", "2027-06-30", "completion")], None, None, None),
    ],
    "repost-maple-hollow-schools-hvac-food.txt": [
        E("award", "approved a $14.2 million contract", "Maple Hollow Unified School District board",
          MAPLE[1:], ["Brennan Mechanical Inc."], [("$14.2 million#2", "value")], [], [],
          [("Wednesday", "2026-01-28", "award"), ("June 15", "2026-06-15", "start"),
           ("in the spring of 2028", "2028-SP", "completion")], None,
          "Maple Hollow High School, Cedar Middle School and two elementary schools",
          "to replace heating and ventilation systems at four schools"),
        E("cancellation", "voted to terminate", "board@The board also voted", MAPLE,
          ["Harvest Table Services LLC"], [("$6.3 million", "value")], [], [],
          [("Feb. 13", "2026-02-13", "cancellation"), ("in 2024@contract in 2024", "2024", "award")],
          ("five-year", "P5Y"), None, None),
        E("presolicitation", "a request for proposals is planned", "District@District staff", MAPLE,
          [], [], [], [], [("March@planned for March", "2026-03", "solicitation")], None, None, None),
    ],
    # Articles without contract events: precision checks.
    "analysis-federal-it-spending-outlook-2027.txt": [],
    "local-linn-county-budget-hearing.txt": [],
}


def main():
    build(DEV13, OUT, "corpus/dev13", "newsextract-dev13", DCT, EVENTS)


if __name__ == "__main__":
    main()
