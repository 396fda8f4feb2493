#!/usr/bin/env python3
"""Builds dev12_events.jsonl (contract-event gold for corpus/dev12/) from the annotations below.

usage: build_dev12_events.py [DEV12_DIR] [OUT]   (defaults: corpus/dev12, eval/gold/dev12_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py, shared with the other dev builders. The
annotations name every span by its text; "text#n" is the n-th occurrence (1-based) in the article,
"text@context[#n]" the first occurrence of text inside the n-th occurrence of context. The script finds the
code-point offsets, checks that every span occurs and reads back exactly, parses money values, checks stages,
roles, contract types, TIMEX3 and ISO 8601 shapes, that every article file is listed and that every article is
150-600 words with a headline line and a blank line, and writes one JSON line per article. Never compute offsets
by hand: edit the annotations and rerun. See EVENTS_GOLD.md and DEV12_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV12 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev12"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev12_events.jsonl"

NBSP = "\u00a0"

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "brief-coast-guard-cutter-maintenance.txt": "2026-08-26",
    "cbp-task-order-cancelled-after-protest.txt": "2026-11-04",
    "census-sole-source-followon.txt": "2026-10-07",
    "cms-termination-for-convenience.txt": "2026-11-18",
    "doe-hanford-ceiling-stop-work.txt": "2026-09-16",
    "nih-cdc-awards-and-planned-recompete.txt": "2026-06-10",
    "noevent-contractor-earnings-call.txt": "2026-11-04",
    "noevent-gsa-budget-hearing.txt": "2026-09-16",
    "prn-aggregator-fema-option-exercised.txt": "2026-08-12",
    "roundup-kennedy-sandia-gsa.txt": "2026-10-28",
    "spun-nasa-goddard-mission-ops-mod.txt": "2026-07-22",
    "spun-ohio-health-dept-option-declined-bridge.txt": "2026-09-30",
    "spun-tsa-novation-screening-order.txt": "2026-11-12",
    "va-ann-arbor-extension-recompete.txt": "2026-10-21",
}

# Spun names ("Nationwide Aeronautics and Area Administration") count as the buyer's names.
GODDARD = ["Nationwide Aeronautics and Area Administration", "NASA", "NASA Goddard", "Goddard",
           "Goddard Space Flight Center", "Goddard Area Flight Heart"]
DOE_EM = ["Department of Energy", "DOE", "Energy Department", "Richland Operations Office", "department"]
PNNL = ["PNNL", "laboratory", "lab", "Battelle Memorial Institute", "DOE", "Department of Energy"]
VA = ["VA", "Department of Veterans Affairs", "Lt. Col. Charles S. Kettles VA Medical Center", "medical center",
      "hospital", "hospital's contracting office", "Veterans Integrated Service Network 10"]
CBP = ["CBP", "U.S. Customs and Border Protection", "Customs and Border Protection", "agency"]
CENSUS = ["Census Bureau", "bureau", "Census"]
CMS = ["CMS", "Department of Health and Human Services", "HHS", "agency"]
USCG = ["U.S. Coast Guard", "Coast Guard"]
TSA = ["TSA", "Transportation Safety Administration", "Homeland Safety Division", "Department of Homeland Security"]
OHIO = ["Ohio Division of Well being", "Ohio Department of Health", "division", "state"]
NIH = ["NIH", "National Institute of Allergy and Infectious Diseases", "NIAID", "Office of Acquisitions"]
CDC = ["CDC", "Centers for Disease Control and Prevention"]
KSC = ["NASA", "NASA's Kennedy Space Center", "Kennedy Space Center", "center"]
SANDIA = ["Sandia National Laboratories", "Sandia", "Energy Department"]

EVENTS = {
    "spun-nasa-goddard-mission-ops-mod.txt": [
        E("modification", "modified@on Tuesday modified", "Goddard Area Flight Heart", GODDARD,
          ["Orbital Knowledge Works Inc."],
          [(f"$42{NBSP}million", "value"), ("$318.5 million", "cumulative")], ["NNG19CA07C"], [],
          [("Tuesday", "2026-07-21", "award"), ("March 31, 2027", "2027-03-31", "completion")], None,
          "Greenbelt, Maryland, and at a backup management heart in Fairmont, West Virginia",
          "to function floor techniques and flight dynamics for 5 Earth-science satellites"),
        E("presolicitation", "plans to launch a closing solicitation", "Goddard@a Goddard spokeswoman", GODDARD,
          [], [], [], [], [("early subsequent yr", "2027", "solicitation")], None, None, None),
    ],
    "prn-aggregator-fema-option-exercised.txt": [
        E("option", "has exercised the second option year", "Federal Emergency Management Agency", ["FEMA"],
          ['Keystone Relief Logistics, Inc.@Keystone Relief Logistics, Inc. ("KRL")'],
          [("$27.3 million", "value"), ("$141 million", "potential")], ["70FA6024C00000019"], [],
          [("Oct. 1", "2026-10-01", "start"), ("Sept. 30, 2027", "2027-09-30", "completion")],
          ("a one-year base period and four one-year options, for a total of five years", "P5Y"), None, None),
    ],
    "doe-hanford-ceiling-stop-work.txt": [
        E("modification", "has raised the ceiling", "Office of Environmental Management", DOE_EM,
          ["Columbia Basin Remediation LLC"],
          [("$1.2 billion", "value"), ("$13.2 billion", "ceiling")], ["89303320DEM000077"],
          ["idiq", "cost_reimbursement"],
          [("Sept. 9", "2026-09-09", "award"), ("September 2031", "2031-09", "ordering_end")], None, None, None),
        E("modification", "ordered a stop-work", "Pacific Northwest National Laboratory", PNNL,
          ["Sandhill Builders Inc."], [("$34 million", "value")], [], ["firm_fixed_price"],
          [("Aug. 28", "2026-08-28", "award")], None, None, None),
    ],
    "va-ann-arbor-extension-recompete.txt": [
        E("modification", "has extended", "Department of Veterans Affairs", VA,
          ["MedSteril Partners LLC"], [("$4.6 million", "value")], ["36C25021C0114"], [],
          [("Monday", "2026-10-19", "award"), ("March 31, 2027", "2027-03-31", "completion")],
          ("six months", "P6M"), None, None),
        E("solicitation", "issued the replacement solicitation", "Veterans Integrated Service Network 10", VA,
          [], [], ["36C25026R0088"], ["firm_fixed_price"],
          [("Oct. 9", "2026-10-09", "solicitation"), ("Dec. 4", "2026-12-04", "responses_due"),
           ("by the end of February", "2027-02", "award")],
          ("a one-year base period and four one-year option periods", "P5Y"), None, None),
    ],
    "cbp-task-order-cancelled-after-protest.txt": [
        E("cancellation", "has cancelled", "U.S. Customs and Border Protection", CBP,
          ["Pinegate Vision Systems Inc."], [("$58 million", "value")], ["70B03C26F00000412"], ["task_order"],
          [("June", "2026-06", "award"), ("July 14", "2026-07-14", "protest"), ("Oct. 22", "2026-10-22", "decision"),
           ("Monday", "2026-11-02", "cancellation")], None, None,
          "biometric exit cameras at 14 airports"),
        E("presolicitation", "issue a new request for quotes", "CBP@CBP said in a statement", CBP,
          [], [], [], [], [("the second quarter of fiscal 2027", "FY2027-Q2", "solicitation")], None, None, None),
    ],
    "census-sole-source-followon.txt": [
        E("award", "signed@The follow-on, signed", "Census Bureau@chief information officer of the Census Bureau",
          CENSUS, ["Tessellate Analytics Corp."],
          [("$88.2 million", "value"), ("$21 million", "obligated")], ["1333LB26C00000031"],
          ["time_and_materials"],
          [("Sept. 29", "2026-09-29", "award"), ("Oct. 1", "2026-10-01", "start"),
           ("Sept. 30, 2029", "2029-09-30", "completion")],
          ("a two-year base period and one one-year option, for three years in total", "P3Y"),
          "Suitland, Maryland, and at the bureau's National Processing Center in Jeffersonville, Indiana",
          "to operate and modernize the platform that processes responses to the American Community Survey "
          "and the 2027 Economic Census"),
    ],
    "cms-termination-for-convenience.txt": [
        E("cancellation", "has terminated for convenience", "Centers for Medicare & Medicaid Services", CMS,
          ["Harbor Point Insight LLC"], [("$36.5 million", "value")], ["75FCMC25C0042"], ["firm_fixed_price"],
          [("Nov. 10", "2026-11-10", "cancellation")], ("a base year and two option years", "P3Y"), None,
          "to analyze recordings from the 1-800-MEDICARE call centers"),
        E("award", "issued a $2.3 million order", "CMS@CMS would fold",
          CMS[1:] + ["Centers for Medicare & Medicaid Services"],
          ["Maximus Federal Services Inc."], [("$2.3 million", "value")], ["75FCMC22D0007"], ["task_order"],
          [("Nov. 12", "2026-11-12", "award"), ("June 30, 2027", "2027-06-30", "completion")], None, None,
          "call-recording analysis"),
    ],
    "brief-coast-guard-cutter-maintenance.txt": [
        E("option", "exercised a $12.7 million option", "Surface Forces Logistics Center", USCG,
          ["Chesapeake Marine Repair Co."], [("$12.7 million", "value"), ("$61 million", "ceiling")],
          ["70Z02324D00000011"], ["firm_fixed_price", "idiq"],
          [("Monday", "2026-08-24", "award"), ("Aug. 31, 2027", "2027-08-31", "completion")], None,
          "Baltimore, Maryland, and Portsmouth, Virginia", "dockside maintenance of 87-foot patrol boats"),
    ],
    "spun-tsa-novation-screening-order.txt": [
        E("award", "has positioned a $73.9 million job order", "Transportation Security Administration", TSA,
          ["Vantage Level Screening Options@Vantage Level Screening Options, the company"],
          [("$73.9 million", "value")], ["70T04021D7672N001"], ["idiq", "task_order"],
          [(f"Nov.{NBSP}6", "2026-11-06", "award"), ("the tip of 2027", "2027", "completion")], None, None, None),
    ],
    "spun-ohio-health-dept-option-declined-bridge.txt": [
        E("award", "signed a nine-month bridge contract", "Ohio Division of Well being", OHIO,
          ["Keel Civic Software program"], [("$3.9 million", "ceiling")], [], [],
          [("Monday", "2026-09-28", "award"), ("Oct. 1", "2026-10-01", "start"),
           ("June 30, 2027", "2027-06-30", "completion")], ("nine-month", "P9M"), None, None),
        E("solicitation", "issued a request for proposals", "state@The state issued", OHIO,
          [], [], ["DOH-27-0009"], [],
          [("Sept. 18", "2026-09-18", "solicitation"), ("Nov. 20", "2026-11-20", "responses_due"),
           ("the first quarter of 2027", "2027-Q1", "award")], None, None, "a brand new registry"),
    ],
    "nih-cdc-awards-and-planned-recompete.txt": [
        E("award", "has awarded four companies", "National Institutes of Health", NIH,
          ["Apex Biodata Inc.", "Lumina Research Systems", "Cordova-Hale Joint Venture LLC", "SciNexus Technologies"],
          [("$950 million@ceiling of $950 million", "ceiling"), ("$50,000", "minimum")], [],
          ["idiq", "multiple_award", "firm_fixed_price", "labor_hour"],
          [("May 29", "2026-05-29", "award"), ("May 2031", "2031-05", "ordering_end")],
          ("five-year ordering period", "P5Y"), None, "laboratory informatics"),
        E("modification", "modified its outbreak-analytics contract", "Centers for Disease Control and Prevention",
          CDC, ["Granite Peak Epidemiology"], [("$14.8 million", "value"), ("$61.2 million", "cumulative")], [], [],
          [("June 3", "2026-06-03", "award"), ("Dec. 31, 2026", "2026-12-31", "completion")], None, None, None),
        E("planned_award", "plans to award a successor", "CDC@the CDC said it plans", CDC,
          [], [], [], [],
          [("the third quarter of fiscal 2027", "FY2027-Q3", "award"), ("Aug. 18", "2026-08-18", "industry_day"),
           ("July@expected in July", "2026-07", "solicitation")], None, None, None),
    ],
    "roundup-kennedy-sandia-gsa.txt": [
        E("modification", "extended@Kennedy Space Center extended", "Kennedy Space Center@NASA's Kennedy Space Center",
          KSC, ["Spaceport Integrated Services"], [("$96 million", "value")], [], [],
          [("Friday", "2026-10-23", "award"), ("June 30, 2027", "2027-06-30", "completion")],
          ("six months", "P6M"), "Kennedy Space Center, Florida@performed at Kennedy Space Center, Florida", None),
        E("option", "exercised a two-year option", "National Technology and Engineering Solutions of Sandia LLC",
          SANDIA, ["Mesa Verde Facility Services"], [("$22.4 million", "value")], [], [],
          [("Oct. 1", "2026-10-01", "start")], ("two-year", "P2Y"), None, "custodial and grounds services"),
        E("award", "placed a $5.6 million order", "General Services Administration", ["GSA"],
          ["Fleetwise Telematics"], [("$5.6 million", "value")], ["47QMCA25A0003"], ["bpa"],
          [("Oct. 23", "2026-10-23", "award"), ("by the end of 2027", "2027", "completion")], None, None,
          "to install tracking units in 18,000 leased federal vehicles"),
    ],
    # Articles without contract events: precision checks.
    "noevent-gsa-budget-hearing.txt": [],
    "noevent-contractor-earnings-call.txt": [],
}


def main():
    build(DEV12, OUT, "corpus/dev12", "newsextract-dev12", DCT, EVENTS)


if __name__ == "__main__":
    main()
