#!/usr/bin/env python3
"""Builds dev27_events.jsonl (contract-event gold for corpus/dev27/) from the annotations below.

usage: build_dev27_events.py [DEV27_DIR] [OUT]   (defaults: corpus/dev27, eval/gold/dev27_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py. The annotations name every span by its
text; "text#n" is the n-th occurrence (1-based) in the article, "text@context[#n]" the first occurrence of
text inside the n-th occurrence of context. Never compute offsets by hand: edit the annotations and rerun.
See EVENTS_GOLD.md and DEV27_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV27 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev27"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev27_events.jsonl"

# Publication dates: every article has a dateline, date line or posting line giving it.
DCT = {
    "ag-trade-usda-canned-salmon-section-32-purchase.txt": "2026-11-13",
    "citt-law-firm-alert-dnd-simulator-complaint.txt": "2026-11-26",
    "finland-tampere-tram-depot-board-to-decide.txt": "2026-11-27",
    "goats-city-council-brush-grazing-contract.txt": "2026-11-06",
    "guam-power-authority-fuel-oil-supply-award.txt": "2026-11-20",
    "hawaii-radio-transcript-harbor-pier-bids-rejected.txt": "2026-11-19",
    "intranet-commissary-option-year-three-employee-news.txt": "2026-11-18",
    "letter-editor-county-parking-contract-fourth-amendment.txt": "2026-11-09",
    "noevent-interior-vendor-day-fiscal-2027-forecast.txt": "2026-11-16",
    "noevent-sentencing-roofer-school-bid-rigging.txt": "2026-11-10",
    "parents-newsletter-state-testing-contract-amendment.txt": "2026-11-21",
    "poland-gddkia-s19-bypass-zlotys-road-portal.txt": "2026-11-24",
    "south-africa-metro-water-loss-tender-rand-column.txt": "2026-11-22",
    "university-system-sis-contract-faq-it-news.txt": "2026-11-16",
}

AMS = ["AMS", "USDA", "agency", "U.S. Department of Agriculture", "Agricultural Marketing Service"]
PSPC = ["PSPC", "Department of National Defence", "department", "Public Services and Procurement Canada"]
TAMPERE = ["city board", "city", "Tampere", "procurement unit", "City of Tampere"]
ALDER = ["city", "council", "Alder Springs", "City of Alder Springs", "Fire Department",
         "Alder Springs City Council"]
GPA = ["GPA", "authority", "Consolidated Commission on Utilities", "CCU", "Guam Power Authority"]
HARBORS = ["Harbors", "division", "Department of Transportation", "state", "Hawaii Department of Transportation",
           "Harbors Division"]
DECA = ["DeCA", "agency", "Defense Commissary Agency"]
MARLOW = ["county", "Marlow County", "supervisors", "Board of Supervisors"]
NHDOE = ["Department of Education", "department", "state Board of Education", "Board of Education",
         "New Hampshire Department of Education"]
GDDKIA = ["GDDKiA", "directorate", "Rzeszów branch", "branch", "General Directorate for National Roads and Motorways"]
NMB = ["metro", "water and sanitation directorate", "directorate", "Nelson Mandela Bay Metropolitan Municipality",
       "Nelson Mandela Bay"]
PSUS = ["Board of Regents", "Regents", "system", "Prairie State University System"]

EVENTS = {
    "ag-trade-usda-canned-salmon-section-32-purchase.txt": [
        E("award", "awarded the contract", "Agricultural Marketing Service", AMS,
          ["Chiniak Bay Seafoods LLC"], [("$8,678,880", "value")], ["12-3J14-26-B-0091"], [],
          [("Nov. 9", "2026-11-09", "award"), ("September", "2026-09", "solicitation"),
           ("Oct. 20", "2026-10-20", "responses_due"), ("January@from January through June 2027", "2027-01", "start"),
           ("June 2027", "2027-06", "completion")],
          None, None, "2,116,800 pounds of canned pink salmon"),
        E("presolicitation", "will offer the remaining quantity again in a new solicitation",
          "AMS@AMS said it will offer", AMS, [], [], [], [],
          [("February", "2027-02", "solicitation")], None, None, None),
    ],
    "citt-law-firm-alert-dnd-simulator-complaint.txt": [
        E("protest", "has determined that a bid complaint filed by Northwind Simulation Inc. is valid in part",
          "Public Services and Procurement Canada", PSPC,
          ["Northwind Simulation Inc.", "Aerotrim Training Systems Ltd."],
          [("C$38.6 million", "value"), ("C$54.2 million", "potential")], ["W8486-26-0143/A"], [],
          [("July 9, 2026", "2026-07-09", "award"), ("August 4", "2026-08-04", "protest"),
           ("November 20@issued November 20", "2026-11-20", "decision"), ("September", "2026-09", "start")],
          ("five years, with two one-year option periods", "P7Y"), None,
          "flight-simulator maintenance at CFB Cold Lake and CFB Bagotville"),
    ],
    "finland-tampere-tram-depot-board-to-decide.txt": [
        E("planned_award", "is recommending that the city board award the contract", "City of Tampere", TAMPERE,
          ["Rautakivi Rakennus Oy", "Alpinbahn Technik AG"], [("€74.6 million", "value")], [], [],
          [("Monday", "2026-11-30", "award"), ("by the end of 2028", "2028", "completion")],
          None, None, "the Hervanta tram depot expansion"),
    ],
    "goats-city-council-brush-grazing-contract.txt": [
        E("award", "unanimously approved", "Alder Springs City Council", ALDER,
          ["Bleating Hearts Grazing Co."], [("$1,035,000", "ceiling")], [], [],
          [("Wednesday", "2026-11-04", "award"), ("February@Grazing starts in February", "2027-02", "start")],
          ("three-year", "P3Y"), None,
          "clear brush from about 300 acres of city-owned open space each year with a herd of roughly 400 goats"),
    ],
    "guam-power-authority-fuel-oil-supply-award.txt": [
        E("award", "awarded the Guam Power Authority's next fuel oil supply contract",
          "Guam Power Authority", GPA, ["Straits Energy Trading Pte. Ltd."], [("$630 million", "value")],
          ["GPA-041-26"], [],
          [("Thursday", "2026-11-19", "award"), ("March", "2027-03", "start")],
          ("three years, with two one-year extensions", "P5Y"), None, None),
    ],
    "hawaii-radio-transcript-harbor-pier-bids-rejected.txt": [
        E("cancellation", "formally rejected all bids", "Harbors Division", HARBORS,
          [], [("$44 million", "value")], ["HAR-KH-2025-03"], [],
          [("September 30", "2026-09-30", "responses_due"), ("Tuesday", "2026-11-17", "cancellation")],
          None, None, None),
        E("presolicitation", "put it back out to bid", "Harbors@Harbors says it will repackage", HARBORS,
          [], [], [], [], [("the first quarter of next year", "2027-Q1", "solicitation")], None, None, None),
    ],
    "intranet-commissary-option-year-three-employee-news.txt": [
        E("option", "has exercised option period three", "Defense Commissary Agency", DECA,
          ["Keystone Retail Services"], [("$14,912,300", "value"), ("$57 million", "cumulative")],
          ["HDEC02-23-C-0208"], [],
          [("last Friday", "2026-11-13", "award"), ("January 1, 2027", "2027-01-01", "start"),
           ("December 31, 2027", "2027-12-31", "completion")],
          ("another year", "P1Y"), None, None),
    ],
    "letter-editor-county-parking-contract-fourth-amendment.txt": [
        E("modification", "approved, on its consent calendar and without a word of discussion, the fourth amendment",
          "Board of Supervisors", MARLOW, ["MetroCite Solutions LLC"],
          [("$1.9 million", "value"), ("$7.4 million", "cumulative")], [], [],
          [("Oct. 27", "2026-10-27", "award"), ("Dec. 31, 2028", "2028-12-31", "completion")],
          None, None, None),
    ],
    "noevent-interior-vendor-day-fiscal-2027-forecast.txt": [],
    "noevent-sentencing-roofer-school-bid-rigging.txt": [],
    "parents-newsletter-state-testing-contract-amendment.txt": [
        E("modification", "approved Amendment 6", "New Hampshire Department of Education", NHDOE,
          ["Ardmore Learning Measures Inc."], [("$6.2 million", "value"), ("$48.9 million", "cumulative")],
          ["Amendment 6"], [],
          [("Tuesday#2", "2026-11-17", "award"), ("June 30, 2029", "2029-06-30", "completion")],
          None, None, None),
    ],
    "poland-gddkia-s19-bypass-zlotys-road-portal.txt": [
        E("award", "has signed the contract", "General Directorate for National Roads and Motorways", GDDKIA,
          ["Budmar Infrastruktura Sp. z o.o.", "Vltava Stavby a.s."], [("684.3 million zlotys", "value")],
          ["O.RZ.D-3.2410.7.2025"], [],
          [("Friday", "2026-11-20", "award"), ("May", "2026-05", "responses_due"),
           ("October", "2026-10", "decision"), ("the autumn of 2029", "2029-FA", "completion"),
           ("next spring", "2027-SP", "start")],
          ("34 months", "P34M"), None, "the 11.4-kilometre Kolbuszowa bypass on the S19 expressway"),
    ],
    "south-africa-metro-water-loss-tender-rand-column.txt": [
        E("solicitation", "advertised its non-revenue water tender", "Nelson Mandela Bay", NMB,
          [], [("R1.2 billion", "value")], ["SCM/WS/0417/2026"], [],
          [("Wednesday", "2026-11-18", "solicitation"), ("3 December", "2026-12-03", "industry_day"),
           ("23 January 2027", "2027-01-23", "responses_due"), ("1 July", "2027-07-01", "start")],
          ("five years", "P5Y"), None,
          "find and fix leaks, replace about 60,000 ageing meters and run pressure management across the metro's "
          "supply zones"),
    ],
    "university-system-sis-contract-faq-it-news.txt": [
        E("award", "approved a contract", "Prairie State University System", PSUS,
          ["Quadrant Campus Software Inc."], [("$27.4 million", "value")], ["2026-IT-07"], [],
          [("Nov. 12", "2026-11-12", "award"), ("last February", "2026-02", "solicitation"),
           ("January", "2027-01", "start")],
          ("seven years", "P7Y"), None, "a cloud-based student information system"),
    ],
}


def main():
    build(DEV27, OUT, "corpus/dev27", "newsextract-dev27", DCT, EVENTS)


if __name__ == "__main__":
    main()
