#!/usr/bin/env python3
"""Builds dev15_events.jsonl (contract-event gold for corpus/dev15/) from the annotations below.

usage: build_dev15_events.py [DEV15_DIR] [OUT]   (defaults: corpus/dev15, eval/gold/dev15_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py. The annotations name every span by its
text; "text#n" is the n-th occurrence (1-based) in the article, "text@context[#n]" the first occurrence of
text inside the n-th occurrence of context. Never compute offsets by hand: edit the annotations and rerun.
See EVENTS_GOLD.md and DEV15_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV15 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev15"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev15_events.jsonl"

NB = "\u00a0"  # the scraped repost keeps the page's non-breaking spaces

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "canada-pspc-coast-guard-sensors.txt": "2026-09-10",
    "dod-contracts-may28-army-navy-space.txt": "2026-05-28",
    "feature-fema-grants-system-overhaul.txt": "2026-02-18",
    "local-sacramento-county-jail-food-rebid.txt": "2026-05-13",
    "multistage-noaa-week-in-contracts.txt": "2026-10-16",
    "noevent-house-appropriations-homeland.txt": "2026-06-17",
    "noevent-merger-federal-services.txt": "2026-08-26",
    "protest-cofc-navy-corrective-action.txt": "2026-06-24",
    "release-huntsville-nasa-option.txt": "2026-07-14",
    "release-reston-transcom-award.txt": "2026-03-03",
    "scraped-repost-cbp-tower-maintenance.txt": "2026-04-22",
    "trade-army-logistics-data-task-order.txt": "2026-06-09",
    "trade-cisa-soc-recompete-rfp.txt": "2026-12-02",
    "trade-uscis-multiple-award-bpa.txt": "2026-10-01",
}

USCIS = ["USCIS", "U.S. Citizenship and Immigration Services", "agency"]
SACRAMENTO = ["Sacramento County Board of Supervisors", "Sacramento County", "county", "board", "supervisors",
              "General Services", "sheriff's department"]
NOAA = ["National Oceanic and Atmospheric Administration", "NOAA", "agency"]

EVENTS = {
    "trade-army-logistics-data-task-order.txt": [
        E("award", "has handed", "Army@The Army has handed",
          ["Army Contracting Command–Aberdeen Proving Ground", "Army Contracting Command", "service"],
          ["Corvane Federal Inc."], [("$218 million", "potential"), ("$41.6 million", "obligated")],
          ["W911QX-26-F-0217"], ["task_order", "gwac", "firm_fixed_price", "time_and_materials"],
          [("May 29", "2026-05-29", "award"), ("mid-2031", "2031", "completion"),
           ("February", "2026-02", "solicitation")],
          ("a one-year base period and four one-year options", "P5Y"),
          "Aberdeen Proving Ground, Maryland, and at Army Materiel Command headquarters on Redstone Arsenal, Alabama",
          "consolidate logistics data from more than 40 legacy systems into a single analytics platform"),
    ],
    "trade-cisa-soc-recompete-rfp.txt": [
        E("solicitation", "released the final request for proposals", "Cybersecurity and Infrastructure Security Agency",
          ["CISA", "agency"], [], [("$1.4 billion", "ceiling")], ["70QS0127R00000004"],
          ["single_award", "cost_plus_award_fee", "firm_fixed_price"],
          [("Tuesday", "2026-12-01", "solicitation"), ("Jan. 12", "2027-01-12", "responses_due"),
           ("the second quarter of fiscal 2027", "FY2027-Q2", "award"),
           ("mid-September", "2026-09", "presolicitation"), ("Oct. 7", "2026-10-07", "industry_day")],
          ("a two-year base period followed by five one-year option periods", "P7Y"),
          "CISA's operations floor in Arlington, Virginia",
          "round-the-clock monitoring, threat hunting and incident response for the networks of more than 100 "
          "civilian agencies"),
    ],
    "trade-uscis-multiple-award-bpa.txt": [
        E("award", "picked", "U.S. Citizenship and Immigration Services", USCIS[:1] + USCIS[2:],
          ["Lumen Arc Digital", "Pathway Ninety LLC", "Redgate Civic Technology", "Stillwater Labs Inc.",
           "Tandem Forge Consulting"],
          [("$620 million", "ceiling")], [], ["multiple_award", "bpa", "time_and_materials", "labor_hour"],
          [("Sept. 24", "2026-09-24", "award"), ("September 2031", "2031-09", "ordering_end")],
          ("five years", "P5Y"), None, "buying agile software teams"),
        E("planned_award", "plans to compete the first order", "agency@The agency plans to compete", USCIS[:2],
          [], [], [], ["task_order"], [("the first quarter of fiscal 2027", "FY2027-Q1", "award")], None, None,
          "a case-management modernization effort for the Field Operations Directorate"),
        E("planned_award", "is expected", "agency@The agency plans to compete", USCIS[:2],
          [], [], [], ["task_order"], [], None, None, "the public-facing account portal"),
    ],
    "release-reston-transcom-award.txt": [
        E("award", "has been awarded", "U.S. Transportation Command", ["USTRANSCOM", "command"],
          ["Halberd Mission Systems@Halberd Mission Systems, a provider"], [("$74.5 million", "value")],
          ["HTC711-26-C-R004"], [], [("Feb. 26", "2026-02-26", "award")],
          ("a 12-month base term and two option years", "P3Y"),
          "Scott Air Force Base, Illinois, and at Halberd's Reston headquarters",
          "modernize the command's in-transit visibility system"),
    ],
    "release-huntsville-nasa-option.txt": [
        E("option", "has exercised", "Marshall Space Flight Center", ["NASA", "Marshall"],
          ["Tessaro Engineering Group, Inc.@Tessaro Engineering Group, Inc. today"],
          [("$38.2 million", "value"), ("$141.6 million", "cumulative")], ["80MSFC24C0009"], [],
          [("July 31, 2027", "2027-07-31", "completion")],
          ("a two-year base period with three one-year options, or five years in total", "P5Y"),
          "Marshall's test area on Redstone Arsenal, Alabama",
          "design, instrument and operate test stands for rocket engine components and provide data analysis to "
          "NASA and its commercial partners"),
    ],
    "dod-contracts-may28-army-navy-space.txt": [
        E("award", "was awarded", "U.S. Army Corps of Engineers", ["Army"],
          ["Brackenridge Civil Works LLC"], [("$64,210,880#1", "value"), ("$64,210,880#2", "obligated")],
          ["W9126G-26-C-0041"], ["firm_fixed_price"], [("Nov. 30, 2028", "2028-11-30", "completion")], None,
          "Fort Cavazos, Texas@performed at Fort Cavazos, Texas",
          "the repair and reconstruction of runway and taxiway pavements at Robert Gray Army Airfield"),
        E("modification", "is awarded#1", "Naval Sea Systems Command", ["Navy"],
          ["Lindqvist Maritime Systems Inc."],
          [("$19,774,306", "value"), ("$102,650,118", "cumulative"), ("$6,000,000", "obligated")],
          ["P00014", "N00024-24-C-6233"], ["cost_plus_fixed_fee"], [("June 2028", "2028-06", "completion")], None,
          "Bremerton, Washington (80%); and Groton, Connecticut (20%)",
          "refurbishment of submarine towed sonar arrays"),
        E("option", "is awarded#2", "Naval Air Warfare Center Aircraft Division", ["Navy"],
          ["Coastline Avionics Corp."], [("$11,305,940#1", "value"), ("$11,305,940#2", "obligated")],
          ["N68335-25-C-0092"], ["firm_fixed_price"], [("December 2027", "2027-12", "completion")], None,
          "Melbourne, Florida@performed in Melbourne, Florida",
          "the production of 160 cockpit display units for T-45C training aircraft"),
        E("award", "have been awarded", "Space Systems Command", ["Air Force", "AIR FORCE"],
          ["Ashgrove Defense Technologies LLC", "Ferrowind Systems Inc.", "Northspar Analytics Corp.",
           "Valence Ridge Engineering LLC"],
          [("$900,000,000", "value")],
          ["FA8819-26-D-0031", "FA8819-26-D-0032", "FA8819-26-D-0033", "FA8819-26-D-0034"],
          ["multiple_award", "idiq"], [("May 27, 2034", "2034-05-27", "completion")], None,
          "the contractors' locations", "space domain awareness sensor engineering and integration"),
        E("award", "has been awarded", "Defense Logistics Agency Troop Support",
          ["Defense Logistics Agency", "DEFENSE LOGISTICS AGENCY"],
          ["Parkhurst Medical Inc."], [("$48,000,000", "ceiling")], ["SPE2D1-26-D-0027"],
          ["firm_fixed_price", "idiq"], [("May 27, 2027", "2027-05-27", "ordering_end")],
          ("a one-year base contract with four one-year option periods", "P5Y"),
          "Kentucky@Location of performance is Kentucky", "surgical instruments"),
    ],
    "local-sacramento-county-jail-food-rebid.txt": [
        E("award", "approved", "Sacramento County Board of Supervisors", SACRAMENTO[1:],
          ["Pacheco Fleet Services"], [("$23.7 million", "value")], [], [],
          [("Tuesday@on Tuesday approved", "2026-05-12", "award"), ("July 1@work begins July 1", "2026-07-01", "start")],
          ("five-year", "P5Y"), None, "maintain the county's roughly 1,900 vehicles"),
        E("cancellation", "rescinded", "Sacramento County Board of Supervisors", SACRAMENTO[1:],
          ["Trellis Correctional Dining"], [("$9.1 million", "value")], [], [],
          [("Tuesday@on Tuesday approved", "2026-05-12", "cancellation"), ("March", "2026-03", "award")],
          ("three years", "P3Y"), None, None),
        E("modification", "will keep the current provider", "sheriff's department",
          SACRAMENTO[:-1], [], [], [], [], [], None, None, None),
        E("planned_award", "put the jail food work back out to bid", "General Services@General Services staff",
          SACRAMENTO[:5] + SACRAMENTO[6:], [], [], [], [],
          [("July@bid in July", "2026-07", "solicitation"), ("November", "2026-11", "award")], None, None,
          "the jail food work"),
    ],
    "canada-pspc-coast-guard-sensors.txt": [
        E("award", "has awarded", "Public Services and Procurement Canada",
          ["Canadian Coast Guard", "Coast Guard", "department"],
          ["Laurentide Marine Technologies"], [("C$212.4 million", "value"), ("C$301 million", "potential")], [], [],
          [("Sept. 4", "2026-09-04", "award"), ("the spring of 2027", "2027-SP", "start"),
           ("February", "2026-02", "responses_due")],
          ("an initial term of six years, with two two-year extension options", "P10Y"), None,
          "supply and maintain ice-monitoring radar and sensor suites for the Canadian Coast Guard's fleet of "
          "icebreakers"),
    ],
    "feature-fema-grants-system-overhaul.txt": [
        E("planned_award", "preparing to replace it", "FEMA@The effort belongs to FEMA", ["agency", "the government"],
          [], [("$150 million", "value")], [], [],
          [("late March", "2026-03", "presolicitation"), ("April", "2026-04", "industry_day"),
           ("the fourth quarter of fiscal 2027", "FY2027-Q4", "award")],
          ("six years", "P6Y"), None,
          "software licenses, integration, data migration and help-desk support for state and local users"),
    ],
    "protest-cofc-navy-corrective-action.txt": [
        E("protest", "filed the bid protest", "Naval Air Warfare Center Training Systems Division", ["Navy"],
          ["Orion Sim Services", "Keystone Aerotraining Inc."], [("$365 million", "value")], [], [],
          [("May 11", "2026-05-11", "protest"), ("April 2", "2026-04-02", "award"),
           ("June 19", "2026-06-19", "decision"), ("Aug. 31", "2026-08-31", "award")],
          ("a one-year base period and six one-year options", "P7Y"),
          "Naval Air Station Whiting Field, Florida, and Naval Air Station Corpus Christi, Texas",
          "instruction, simulator operation and courseware maintenance for naval aviation students"),
    ],
    "scraped-repost-cbp-tower-maintenance.txt": [
        E("award", "has awarded", "U.S. Customs and Border Protection", ["CBP", "agency", "Office of Acquisition"],
          ["Meseta Sensor Services"], [(f"$57{NB}million", "ceiling"), (f"$9.8{NB}million", "obligated")],
          ["HSBP1026C00051"], [],
          [(f"April{NB}16", "2026-04-16", "award"), (f"May{NB}1", "2026-05-01", "start")],
          ("a base year and four option years", "P5Y"), f"Arizona, New{NB}Mexico and Texas",
          "maintain and repair the agency’s fixed surveillance towers along the southwest border"),
    ],
    "multistage-noaa-week-in-contracts.txt": [
        E("solicitation", "closed@closed on Oct. 2", "National Oceanic and Atmospheric Administration", NOAA[1:],
          [], [("$780 million", "value")], ["1305M326RNEEA0014"], [],
          [("Oct. 2", "2026-10-02", "responses_due"), ("July", "2026-07", "solicitation"),
           ("the summer of 2027", "2027-SU", "award")], None, None, None),
        E("award", "awarded@NOAA awarded Tidewater", "NOAA@NOAA awarded Tidewater", NOAA[:1] + NOAA[2:],
          ["Tidewater Aviation Services"], [("$96 million", "value")], [], [],
          [("Oct. 9", "2026-10-09", "award"), ("Nov. 1", "2026-11-01", "start")],
          ("a base year and four option years", "P5Y"),
          "its Aircraft Operations Center in Lakeland, Florida",
          "maintain the agency's hurricane hunter aircraft"),
        E("protest", "filed a protest", "NOAA@challenging NOAA's", NOAA[:1] + NOAA[2:],
          ["Blue Fathom Instruments", "Northwind Ocean Systems"], [("$41.5 million", "value")], [], [],
          [("Tuesday", "2026-10-13", "protest"), ("August", "2026-08", "award"),
           ("Jan. 21", "2027-01-21", "decision")], None, None, "ocean-buoy refurbishment"),
    ],
    "noevent-house-appropriations-homeland.txt": [],
    "noevent-merger-federal-services.txt": [],
}


def main():
    build(DEV15, OUT, "corpus/dev15", "newsextract-dev15", DCT, EVENTS)


if __name__ == "__main__":
    main()
