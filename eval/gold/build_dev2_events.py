#!/usr/bin/env python3
"""Builds dev2_events.jsonl (contract-event gold for corpus/dev2/) from the annotations below.

usage: build_dev2_events.py [DEV2_DIR] [OUT]   (defaults: corpus/dev2, eval/gold/dev2_events.jsonl)

Adapted from build_corpus_events.py; the machinery (span finding, checks, JSONL writing) is in
goldlib.py, shared with build_dev3_events.py. The annotations name every span by its text; "text#n"
is the n-th occurrence (1-based) in the article, "text@context[#n]" the first occurrence of text
inside the n-th occurrence of context. The script finds the code-point offsets, checks that every
span occurs and reads back exactly, parses money values and currencies, checks stages, roles,
contract types, TIMEX3 and ISO 8601 shapes, that every article file is listed and that every article
is 150-600 words with a headline line and a blank line, and writes one JSON line per article. Never
compute offsets by hand: edit the annotations and rerun. See EVENTS_GOLD.md and DEV2_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV2 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev2"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev2_events.jsonl"

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "local-lakeview-school-bus-contract.txt": "2026-03-11",
    "trade-army-logistics-idiq-awards.txt": "2026-11-05",
    "release-halvorsen-va-task-order.txt": "2026-06-16",
    "release-nasa-marshall-engineering-award.txt": "2026-09-24",
    "gao-protest-decisions-roundup.txt": "2026-08-20",
    "wire-corps-galveston-option-modification.txt": "2026-05-28",
    "trade-interior-terminates-dispatch-software.txt": "2026-10-09",
    "notice-faa-runway-lighting-sources-sought.txt": "2026-11-18",
    "markets-stellwagen-shares-navy-win.txt": "2026-10-29",
    "uk-mod-preferred-bidder-training.txt": "2026-07-02",
    "canada-coast-guard-vessel-maintenance.txt": "2026-04-22",
    "trade-space-force-awards-and-protest.txt": "2026-02-12",
    "local-county-budget-request.txt": "2026-02-03",
    "court-contractor-wage-lawsuit.txt": "2026-09-15",
}

# Currency of "$" amounts where it is not the U.S. dollar (the article says so).
DOLLAR = {"canada-coast-guard-vessel-maintenance.txt": "CAD"}


SCHOOL = "Lakeview City School District"
SCHOOL_ALIASES = ["Lakeview City School District board of education", "Lakeview school board"]
ACC_RI = ["ACC-RI", "Army", "U.S. Army"]
CORPS = ["Galveston District", "Army Corps of Engineers", "Corps"]
INTERIOR = ["Interior Department", "Interior", "Department of the Interior"]
SSC = ["SSC", "Space Force", "U.S. Space Force"]
CANADA = ["Public Services and Procurement Canada", "Canadian Coast Guard", "Coast Guard", "Ottawa"]

EVENTS = {
    "local-lakeview-school-bus-contract.txt": [
        E("award", "voted 4-1 on Tuesday to award", SCHOOL, SCHOOL_ALIASES,
          ["Tri-County Coach Lines"], [("$14.2 million", "value"), ("$21.6 million", "potential")], [], [],
          [("Tuesday", "2026-03-10", "award"), ("July 1", "2026-07-01", "start")],
          ("a three-year contract with two two-year extensions", "P7Y"), None, None),
        E("award", "approved a $386,000 agreement", SCHOOL, SCHOOL_ALIASES,
          ["RouteWise Inc."], [("$386,000", "value")], [], [], [], None, None,
          "to install GPS tracking tablets on all 74 buses"),
    ],
    "trade-army-logistics-idiq-awards.txt": [
        E("award", "under multiple-award contracts awarded", "Army Contracting Command-Rock Island", ACC_RI,
          ["Accenture Federal Services LLC", "Booz Allen Hamilton", "CGI Federal Inc.", "Pellucid Systems Corp.",
           "Leidos", "Tamarack Digital", "SAIC", "Verity-Northgate JV LLC", "Castlebar Technologies Inc."],
          [("$4.8 billion", "ceiling"), ("$5,000", "minimum")], ["W52P1J-25-R-0031"],
          ["multiple_award", "idiq", "firm_fixed_price", "time_and_materials", "cost_plus_fixed_fee"],
          [("Tuesday", "2026-11-03", "award"), ("Nov. 2, 2036", "2036-11-02", "ordering_end")],
          ("a five-year base period and five one-year options", "P10Y"),
          "Rock Island Arsenal, Illinois, and Redstone Arsenal, Alabama",
          "to modernize the Army's logistics software"),
        E("award", "went to Pellucid Systems", "Army@into the Army's cloud", ["Army Contracting Command-Rock Island",
                                                                          "ACC-RI", "U.S. Army"],
          ["Pellucid Systems@went to Pellucid Systems"], [("$27.5 million", "value")], ["W52P1J-27-F-0004"],
          ["task_order", "multiple_award", "idiq"], [("December 2027", "2027-12", "completion")], None, None,
          "data migration from legacy supply databases into the Army's cloud environment"),
    ],
    "release-halvorsen-va-task-order.txt": [
        E("award", "has received a task order", "Department of Veterans Affairs", ["VA"],
          ["Halvorsen Analytics, Inc."], [("$62.4 million", "potential")], ["36C10B26N0412", "36C10B24D0007"],
          ["firm_fixed_price", "task_order"], [],
          ("one base year and four option years", "P5Y"),
          "Washington, D.C., and at Halvorsen's facility in Reston",
          "to build and operate a new analytics platform for disability claims processing"),
        E("modification", "also received an $8.5 million modification", "Department of Health and Human Services",
          ["Health Resources and Services Administration"], ["Halvorsen@Halvorsen also received"],
          [("$8.5 million", "value")], [], [], [("March 2027", "2027-03", "completion")], None, None,
          "to extend cloud hosting support for the Health Resources and Services Administration"),
    ],
    "release-nasa-marshall-engineering-award.txt": [
        E("award", "has selected", "NASA@NASA has selected",
          ["National Aeronautics and Space Administration", "Marshall Space Flight Center"],
          ["Cobalt Ridge Engineering Partners, LLC"], [("$412 million", "potential")], ["80MSFC27C0001"],
          ["cost_plus_award_fee"], [("Jan. 1, 2027", "2027-01-01", "start"), ("February", "2026-02", "solicitation")],
          ("a two-year base period that begins Jan. 1, 2027, followed by three two-year options", "P8Y"),
          "Marshall and at NASA's Michoud Assembly Facility in New Orleans",
          "to provide engineering and science services at the agency's Marshall Space Flight Center in Huntsville"),
    ],
    "gao-protest-decisions-roundup.txt": [
        E("protest", "denied a protest", "U.S. Customs and Border Protection", ["CBP"],
          ["Keystone Federal Partners LLC", "Northlake Systems Inc."], [("$188 million", "value")],
          ["70B02C26Q00000117"], ["task_order"],
          [("April", "2026-04", "award"), ("May 8", "2026-05-08", "protest"), ("Aug. 14", "2026-08-14", "decision")],
          None, None, "maintenance of remote video surveillance towers along the southwest border"),
        E("protest", "sustained a protest", "Federal Emergency Management Agency", ["FEMA"],
          ["Ardent Contact Solutions, Inc.", "Halyard Services Group"], [("$96.3 million", "value")], [], [],
          [("June", "2026-06", "protest"), ("Aug. 7", "2026-08-07", "decision")], ("five-year", "P5Y"), None, None),
    ],
    "wire-corps-galveston-option-modification.txt": [
        E("option", "has exercised a $48.7 million option", "U.S. Army Corps of Engineers", CORPS,
          ["Great Lakes Dredge & Dock Co."], [("$48.7 million", "value"), ("$312.4 million", "cumulative")],
          ["W912HY-23-C-0011"], [], [("May 2027", "2027-05", "completion")], ("one-year option", "P1Y"),
          None, None),
        E("modification", "modified a contract", "U.S. Army Corps of Engineers", CORPS,
          ["Orion Marine Group"], [("$11.2 million", "value"), ("$86.9 million", "cumulative")],
          ["P00007", "W912HY-24-C-0027"], ["firm_fixed_price"], [("the end of 2027", "2027", "completion")],
          None, None, "to add placement of dredged material at a new beneficial-use site near Texas City"),
    ],
    "trade-interior-terminates-dispatch-software.txt": [
        E("cancellation", "terminated for convenience", "Interior Department", ["Interior", "Department of the Interior",
                                                                              "National Interagency Fire Center"],
          ["Palisade Cloud Services"], [("$96 million", "value")], ["140D0424C0019"], [],
          [("Friday", "2026-10-09", "cancellation"), ("August 2024", "2024-08", "award")], None, None,
          "a system meant to replace the software that dispatches firefighters, engines and aircraft to wildfires"),
        E("presolicitation", "intends to issue a new solicitation", "Interior@Interior intends", INTERIOR,
          [], [], [], [], [("early 2027", "2027", "solicitation")], None, None, None),
        E("award", "which the department signed", "department@which the department signed", INTERIOR,
          ["Tamberlane Software Inc."], [("$14 million", "ceiling")], [], [], [("Sept. 30", "2026-09-30", "award")],
          ("one-year", "P1Y"), None, None),
    ],
    "notice-faa-runway-lighting-sources-sought.txt": [
        E("rfi", "has posted a sources-sought notice", "Federal Aviation Administration", ["FAA"],
          [], [("$275 million", "ceiling")], ["6973GH-27-SS-0102"],
          ["single_award", "idiq", "firm_fixed_price", "labor_hour"],
          [("Jan. 8, 2027", "2027-01-08", "responses_due"), ("Dec. 3", "2026-12-03", "industry_day"),
           ("next spring", "2027-SP", "solicitation"), ("the fourth quarter of fiscal 2027", "FY2027-Q4", "award")],
          ("a base year and four one-year options", "P5Y"), None,
          "maintenance of runway and approach lighting systems at about 340 airports"),
    ],
    "markets-stellwagen-shares-navy-win.txt": [
        E("award", "won a $1.2 billion Navy contract", "Navy@$1.2 billion Navy contract", ["U.S. Navy"],
          ["Stellwagen@Stellwagen won"], [("$1.2 billion", "value")], [], [],
          [("last month", "2026-09", "award")], None, None, "to build sonar arrays for Virginia-class submarines"),
        E("award", "had also booked a $310 million order", "Army@order from the Army", ["U.S. Army"],
          ["Stellwagen@said Stellwagen had"], [("$310 million", "value")], [], [],
          [("the quarter@during the quarter", "2026-Q3", "award")], None, None, "counter-drone radars"),
    ],
    "uk-mod-preferred-bidder-training.txt": [
        E("planned_award", "has named Calderbrook Systems as preferred bidder", "Ministry of Defence",
          ["MoD", "Defence Equipment and Support"], ["Calderbrook Systems@named Calderbrook Systems"],
          [("£340m#2", "value")], [], [],
          [("the autumn", "2026-FA", "award"), ("2024@the tender in 2024", "2024", "solicitation")],
          ("ten-year", "P10Y"), "Warminster, Catterick and Tidworth",
          "to run the British Army's collective training simulators"),
        E("award", "contract awarded in March 2025", "Ministry of Defence", ["MoD", "Defence Equipment and Support"],
          ["Calderbrook@Calderbrook already provides"], [("£28m", "value")], [], [],
          [("March 2025", "2025-03", "award")], None, None,
          "to keep the ageing equipment running until the new deal starts"),
    ],
    "canada-coast-guard-vessel-maintenance.txt": [
        E("award", "has awarded a $420-million contract", "Public Services and Procurement Canada", CANADA[1:],
          ["Bedford Basin Marine Ltd."], [("$420-million#2", "value")], [], [], [],
          ("an initial term of eight years with two options to extend it by one year each", "P10Y"),
          "the company's yard in Dartmouth, Nova Scotia",
          "the maintenance and refit of nine Canadian Coast Guard mid-shore patrol and science vessels"),
        E("award", "also awarded a $37-million contract", "Ottawa@Ottawa also awarded", CANADA[:3],
          ["Pacifica Naval Engineering Inc."], [("$37-million", "value")], [], [],
          [("March 2029", "2029-03", "completion")], None, None, "engineering support on the same vessel classes"),
    ],
    "trade-space-force-awards-and-protest.txt": [
        E("award", "landed the larger one", "Space Systems Command", SSC,
          ["Orbital Forge Inc."], [("$640 million", "value")], [], ["cost_plus_incentive_fee"],
          [("September 2031", "2031-09", "completion"), ("Monday", "2026-02-09", "award")], None, None,
          "to modernize the command-and-control software for the GPS constellation"),
        E("award", "secured a $95 million firm-fixed-price contract", "Space Systems Command", SSC,
          ["Quillon Labs@Quillon Labs, a"], [("$95 million", "value")], [], ["firm_fixed_price"],
          [("this week", "2026-W07", "award")], None,
          "San Diego and at Vandenberg Space Force Base, California",
          "to build a prototype mission-planning tool for tactically responsive launches"),
        E("protest", "has filed a protest", "Space Systems Command", SSC,
          ["Tessaract Aerospace", "Nimbus Geo Corp."], [("$212 million", "value")], ["FA8810-26-C-0003"], [],
          [("January@command's January award", "2026-01", "award"), ("Feb. 9", "2026-02-09", "protest"),
           ("May 20", "2026-05-20", "decision")], None, None, None),
    ],
    # Articles without contract events: precision checks.
    "local-county-budget-request.txt": [],
    "court-contractor-wage-lawsuit.txt": [],
}


def main():
    build(DEV2, OUT, "corpus/dev2", "newsextract-dev2", DCT, EVENTS, DOLLAR)


if __name__ == "__main__":
    main()
