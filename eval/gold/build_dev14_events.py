#!/usr/bin/env python3
"""Builds dev14_events.jsonl (contract-event gold for corpus/dev14/) from the annotations below.

usage: build_dev14_events.py [DEV14_DIR] [OUT]   (defaults: corpus/dev14, eval/gold/dev14_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py. The annotations name every span by its
text; "text#n" is the n-th occurrence (1-based) in the article, "text@context[#n]" the first occurrence of
text inside the n-th occurrence of context. Never compute offsets by hand: edit the annotations and rerun.
See EVENTS_GOLD.md and DEV14_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV14 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev14"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev14_events.jsonl"

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "business-shipyard-planned-award.txt": "2026-06-03",
    "dod-contracts-aug14-navy-option.txt": "2026-08-14",
    "dod-contracts-nov20-air-force-multiple.txt": "2026-11-20",
    "dod-contracts-sept30-army-navy.txt": "2026-09-30",
    "local-tulsa-transit-bus-contract.txt": "2026-04-16",
    "nasa-release-lunar-comms-award.txt": "2026-10-08",
    "noevent-earnings-government-customers.txt": "2026-11-05",
    "noevent-lawsuit-software-merger.txt": "2026-05-19",
    "protest-gao-army-logistics.txt": "2026-07-22",
    "roundup-maine-business-briefs.txt": "2026-02-09",
    "solicitation-faa-tower-sensors-rfp.txt": "2026-10-27",
    "spun-repost-cybersecurity-award.txt": "2026-03-11",
    "state-michigan-cancels-benefits-system.txt": "2026-01-20",
    "tech-uk-mod-secure-cloud.txt": "2026-09-23",
}

ARMY_PROTEST = ["Army Contracting Command–Rock Island", "Army Contracting Command"]
MICHIGAN = ["Michigan", "state", "Department of Technology, Management and Budget", "Unemployment Insurance Agency",
            "agency"]
TULSA_TRANSIT = ["authority", "transit authority"]

EVENTS = {
    "dod-contracts-sept30-army-navy.txt": [
        E("award", "was awarded#1", "U.S. Army Corps of Engineers, Alaska District",
          ["U.S. Army Corps of Engineers", "Alaska District", "Army"],
          ["Harlow Ridge Constructors LLC"],
          [("$147,318,400#1", "value"), ("$147,318,400#2", "obligated")], ["W911KB-26-C-0019"],
          ["firm_fixed_price"], [("Sept. 30, 2029", "2029-09-30", "completion")], None,
          "Anchorage, Alaska@performed in Anchorage, Alaska",
          "construction of a vehicle maintenance complex and cold-storage hangar at Joint Base Elmendorf-Richardson"),
        E("modification", "was awarded#2", "Army Contracting Command", ["Army", "Redstone Arsenal"],
          ["Tennant Fields Defense Systems Inc."],
          [("$12,604,250", "value"), ("$4,100,000", "obligated")], ["P00007", "W31P4Q-24-C-0112"], [],
          [("March 31, 2028", "2028-03-31", "completion")], None,
          "Huntsville, Alabama@performed in Huntsville, Alabama",
          "engineering services supporting the Lower Tier Air and Missile Defense Sensor"),
        E("option", "is awarded", "Naval Sea Systems Command", ["Navy"],
          ["Corwin Marine Electric Co."],
          [("$38,912,776", "value"), ("$211,450,990", "cumulative"), ("$9,728,194", "obligated")],
          ["N00024-23-C-4410"], ["cost_plus_fixed_fee"],
          [("September 2027", "2027-09", "completion")], None,
          "Norfolk, Virginia (85%); and Mayport, Florida (15%)",
          "ship alteration installation and testing on DDG 51-class destroyers"),
        E("award", "has been awarded", "Air Force Sustainment Center", ["Air Force"],
          ["Sable Creek Technologies LLC"], [("$8,975,000", "value")], ["FA8224-26-C-0087"], ["firm_fixed_price"],
          [("Sept. 29, 2027", "2027-09-29", "completion")], None,
          "Hill Air Force Base, Utah@performed at Hill Air Force Base, Utah",
          "calibration and repair of F-35 support equipment test sets"),
    ],
    "dod-contracts-nov20-air-force-multiple.txt": [
        E("award", "have each been awarded", "Air Force Research Laboratory", ["Air Force"],
          ["Arden Peak Analytics Inc.", "Brightline Federal LLC", "Ostrava-Kim Joint Venture",
           "Quarry Lane Engineering"],
          [("$475,000,000", "ceiling"), ("$40,000", "minimum")],
          ["FA8650-27-D-6601", "FA8650-27-D-6602", "FA8650-27-D-6603", "FA8650-27-D-6604"],
          ["multiple_award", "idiq"], [("Nov. 19, 2033", "2033-11-19", "completion")], None,
          "Wright-Patterson Air Force Base, Ohio@performed at Wright-Patterson Air Force Base, Ohio",
          "advanced materials research and prototyping"),
        E("award", "has been awarded", "Defense Logistics Agency Troop Support",
          ["Defense Logistics Agency", "DLA", "DEFENSE LOGISTICS AGENCY"],
          ["Saltmarsh Provisions Co."], [("$62,500,000", "ceiling")], ["SPE300-27-D-3182"],
          ["fixed_price_epa", "idiq"], [("May 19, 2031", "2031-05-19", "ordering_end")], ("54-month", "P54M"),
          "Georgia and South Carolina", "full-line food distribution"),
    ],
    "dod-contracts-aug14-navy-option.txt": [
        E("award", "is awarded#1", "Naval Information Warfare Center Pacific", ["Navy"],
          ["Kestrel Bay Systems"], [("$23,887,115#1", "value"), ("$23,887,115#2", "obligated")],
          ["N66001-26-F-0388", "N66001-24-G-0051"], ["firm_fixed_price", "boa", "delivery_order"],
          [("June 2028", "2028-06", "completion")], None,
          "San Diego, California (70%); and Fort Worth, Texas (30%)",
          "the procurement of 40 tactical radio gateway kits for Marine Corps expeditionary units"),
        E("option", "is awarded#2", "Naval Air Warfare Center Aircraft Division", ["Navy"],
          ["Palisade Aero Services Inc."], [("$17,250,600", "value"), ("$69,410,300", "cumulative")],
          ["N68335-23-D-0207"], ["firm_fixed_price", "idiq"],
          [("August 2027", "2027-08", "completion")], None,
          "Jacksonville, Florida@performed in Jacksonville, Florida",
          "depot-level repair of P-8A auxiliary power units"),
        E("modification", "was awarded", "U.S. Army Medical Research Acquisition Activity", ["Army"],
          ["Blue Heron Medical Supply LLC"],
          [("$31,460,000", "value"), ("$88,215,500", "cumulative"), ("$2,500,000", "obligated")],
          ["P00012", "W81K04-25-D-0033"], [],
          [("Feb. 28, 2027", "2027-02-28", "ordering_end"), ("Aug. 31, 2027", "2027-08-31", "completion")], None,
          "Frederick, Maryland", "field medical kits and resupply sets"),
    ],
    "state-michigan-cancels-benefits-system.txt": [
        E("cancellation", "has canceled", "Department of Technology, Management and Budget", MICHIGAN,
          ["Teller-Rowan Solutions"], [("$74 million#2", "value")], [], [],
          [("Friday", "2026-01-16", "cancellation"), ("March 2023", "2023-03", "award")], None, None,
          "a new unemployment benefits computer system"),
        E("planned_award", "will issue a new request for proposals", "state@The state will issue", MICHIGAN,
          [], [], [], [],
          [("the end of June", "2026-06", "solicitation"), ("the end of the year", "2026", "award")],
          None, None, None),
        E("modification", "was extended", "Unemployment Insurance Agency", MICHIGAN,
          ["Ferris Data Group"], [], [], [],
          [("last month", "2025-12", "award"), ("June 30, 2027", "2027-06-30", "completion")], None, None,
          None),
    ],
    "nasa-release-lunar-comms-award.txt": [
        E("award", "has selected", "NASA", ["Goddard Space Flight Center", "agency"],
          ["Vireo Space Networks"], [("$312 million", "ceiling"), ("$5 million", "minimum")],
          ["80GSFC26D0014"], ["firm_fixed_price", "idiq"],
          [("Nov. 1", "2026-11-01", "start"), ("October 2034", "2034-10", "completion")],
          ("a five-year base period and one three-year option", "P8Y"),
          "the company's facilities in Littleton and at NASA's Goddard Space Flight Center in Greenbelt, Maryland",
          "provide communications and navigation relay services for the agency's Artemis missions at the Moon's "
          "south polar region"),
    ],
    "business-shipyard-planned-award.txt": [
        E("planned_award", "expects to award", "U.S. Coast Guard", ["Coast Guard", "service"],
          [], [("$3.2 billion", "potential")], [], ["fixed_price_incentive"],
          [("early next year", "2027", "award"), ("April", "2026-04", "responses_due"),
           ("the second quarter of fiscal 2027", "FY2027-Q2", "award")], None, None,
          "the detail design and construction of its next class of medium icebreakers"),
    ],
    "local-tulsa-transit-bus-contract.txt": [
        E("award", "to approve a contract", "Tulsa City Council",
          ["city", "Metropolitan Tulsa Transit Authority", "council"],
          ["New Flyer of America Inc."], [("$48.2 million", "value")], [], [],
          [("Wednesday@on Wednesday to approve", "2026-04-15", "award"), ("January 2027", "2027-01", "start"),
           ("the end of 2028", "2028", "completion")], None, None,
          "up to 60 battery-electric buses"),
        E("presolicitation", "plans to seek bids", "Metropolitan Tulsa Transit Authority", TULSA_TRANSIT,
          [], [], [], [], [("this summer", "2026-SU", "solicitation")], None, None,
          "to install solar canopies at the garage"),
    ],
    "tech-uk-mod-secure-cloud.txt": [
        E("award", "has signed", "Ministry of Defence", ["MoD", "Defence Digital"],
          ["Ardent Digital Ltd", "Halvard Systems"], [("£410m#2", "value"), ("£585m", "potential")], [], [],
          [("18 September", "2026-09-18", "award"), ("January", "2027-01", "start")],
          ("seven years, with an option to extend by a further three", "P10Y"), None,
          "build and run a classified cloud platform for the armed forces"),
    ],
    "spun-repost-cybersecurity-award.txt": [
        E("award", "has granted", "Division of Veterans Affairs",
          ["VA", "Veterans Matters Department", "Know-how Acquisition Middle", "division"],
          ["Sentinel Grove Technologies"], [("$96 million", "ceiling")], [], ["bpa"],
          [("March 2", "2026-03-02", "award"), ("the top of April", "2026-04", "start")],
          ("five-year", "P5Y"), None,
          "fortify the cybersecurity of the division's medical report techniques"),
    ],
    "protest-gao-army-logistics.txt": [
        E("protest", "has filed a bid protest", "Army@the Army's decision", ARMY_PROTEST,
          ["Meridian Support Group", "Calloway Logistics Services"], [("$1.1 billion#2", "value")], [],
          ["cost_plus_award_fee"],
          [("July 14", "2026-07-14", "protest"), ("Oct. 22", "2026-10-22", "decision"),
           ("June 30", "2026-06-30", "award")],
          ("a one-year base period and four one-year options", "P5Y"), None,
          "maintenance, supply and transportation support at installations in Kuwait and Qatar"),
        E("modification", "was extended", "Army@the Army must stop", ARMY_PROTEST + ["Army"],
          ["Calloway@Calloway will keep"], [], [], [],
          [("Dec. 31", "2026-12-31", "completion")], None, None, None),
    ],
    "solicitation-faa-tower-sensors-rfp.txt": [
        E("solicitation", "released a request for proposals", "Federal Aviation Administration", ["FAA", "agency"],
          [], [("$700 million", "value")], ["6973GH-27-R-00012"],
          ["single_award", "idiq", "firm_fixed_price", "time_and_materials"],
          [("Monday", "2026-10-26", "solicitation"), ("Dec. 4#2", "2026-12-04", "responses_due"),
           ("Nov. 5", "2026-11-05", "industry_day"), ("June", "2026-06", "presolicitation"),
           ("the third quarter of fiscal 2027", "FY2027-Q3", "award")],
          ("a base period of five years and five one-year options", "P10Y"),
          "the selected airports and at the FAA's William J. Hughes Technical Center in Atlantic City, New Jersey",
          "design, install and maintain ground sensors and software at up to 45 towered airports"),
    ],
    "roundup-maine-business-briefs.txt": [
        E("modification", "received", "Naval Sea Systems Command", ["Navy"],
          ["General Dynamics Bath Iron Works"], [("$27.6 million", "value")], [], [],
          [("last week", "2026-W06", "award"), ("December 2027", "2027-12", "completion")], None, None,
          "planning and long-lead material for a DDG 51 destroyer"),
    ],
    "noevent-lawsuit-software-merger.txt": [],
    "noevent-earnings-government-customers.txt": [],
}


def main():
    build(DEV14, OUT, "corpus/dev14", "newsextract-dev14", DCT, EVENTS)


if __name__ == "__main__":
    main()
