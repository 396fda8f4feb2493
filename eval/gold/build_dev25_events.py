#!/usr/bin/env python3
"""Builds dev25_events.jsonl (contract-event gold for corpus/dev25/) from the annotations below.

usage: build_dev25_events.py [DEV25_DIR] [OUT]   (defaults: corpus/dev25, eval/gold/dev25_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py. The annotations name every span by its
text; "text#n" is the n-th occurrence (1-based) in the article, "text@context[#n]" the first occurrence of
text inside the n-th occurrence of context. Never compute offsets by hand: edit the annotations and rerun.
See EVENTS_GOLD.md and DEV25_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV25 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev25"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev25_events.jsonl"

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "army-ota-prototype-headsets-production-followon.txt": "2026-11-18",
    "au-wa-dfes-bushfire-tankers-regional-paper.txt": "2026-11-12",
    "canada-saskbuilds-air-ambulance-maintenance-cad.txt": "2026-10-21",
    "ferry-authority-terminates-shipyard-default-rebid.txt": "2026-10-08",
    "ig-report-va-prosthetics-logistics-award-faulted.txt": "2026-11-19",
    "noevent-automaker-battery-cell-supply-deal.txt": "2026-07-09",
    "noevent-state-grant-awards-stormwater-towns-nonprofits.txt": "2026-06-25",
    "selectboard-plow-truck-clock-tower-weekly.txt": "2026-09-24",
    "state-medicaid-managed-care-three-plans-protests-threatened.txt": "2026-10-30",
    "tv-sheriff-bodycam-subscription-renewal.txt": "2026-11-04",
    "uae-state-water-company-pipeline-epc-dirhams.txt": "2026-09-16",
    "university-sole-source-cryo-em-justification-campus-paper.txt": "2026-09-14",
    "water-sewer-lift-station-low-bid-alternates.txt": "2026-08-17",
    "wire-briefs-irs-bpa-call-order.txt": "2026-11-24",
}

# The Australian regional paper's bare "$" amounts are Australian dollars.
DOLLAR = {"au-wa-dfes-bushfire-tankers-regional-paper.txt": "AUD"}

ACCNJ = ["Army", "Army Contracting Command", "ACC-New Jersey", "ACC-NJ"]
DFES = ["DFES", "State Government", "State", "Western Australia", "Government of Western Australia"]
SASK = ["SaskBuilds and Procurement", "province", "Saskatchewan", "ministry", "Government of Saskatchewan"]
SKERRY = ["authority", "board", "Skerry Sound Ferry Authority's board"]
VA = ["VA", "Strategic Acquisition Center", "VA's Strategic Acquisition Center", "Department of Veterans Affairs"]
ASHBY = ["board", "Ashby Falls", "town", "Town of Ashby Falls", "Select Board"]
MSDOM = ["Division of Medicaid", "division", "Medicaid", "agency", "Mississippi Division of Medicaid"]
DEXTER = ["Dexter County", "supervisors", "county", "sheriff's office", "Dexter County Sheriff's Office",
          "Board of Supervisors"]
ENWC = ["ENWC", "company", "Emirates Northern Water Company"]
CSU = ["university", "Cottonwood State", "Office of Procurement Services", "procurement office",
       "Cottonwood State University"]
CSD = ["district", "board", "Clearbrook Sanitary District board", "Clearbrook Sanitary District"]
IRS = ["IRS", "Internal Revenue Service"]

EVENTS = {
    "army-ota-prototype-headsets-production-followon.txt": [
        E("award", "signed a prototype other transaction agreement", "Army Contracting Command–New Jersey", ACCNJ,
          ["Halcyon Acoustics Inc."], [("$31.8 million", "value")], ["W15QKN-27-9-1004"], [],
          [("Nov. 9", "2026-11-09", "award"), ("April@went out in April", "2026-04", "solicitation")],
          ("22 months", "P22M"), None,
          "design, build and field-test 1,200 tactical communication headsets"),
    ],
    "au-wa-dfes-bushfire-tankers-regional-paper.txt": [
        E("award", "had been awarded", "Department of Fire and Emergency Services", DFES,
          ["Coastline Fire & Rescue Bodies Pty Ltd"], [("$62.4 million", "value")], ["DFES2026/0193"], [],
          [("6 November", "2026-11-06", "award"), ("31 December 2028", "2028-12-31", "completion"),
           ("March@Tenders WA in March", "2026-03", "solicitation"), ("14 May", "2026-05-14", "responses_due")],
          None, None, "build 48 bushfire tankers"),
    ],
    "canada-saskbuilds-air-ambulance-maintenance-cad.txt": [
        E("award", "has awarded", "Government of Saskatchewan", SASK,
          ["Northern Lights Aero Services Ltd."], [("C$96.5 million", "value"), ("C$131 million", "potential")],
          ["SBP-2025-0417"], [],
          [("Oct. 16", "2026-10-16", "award"), ("Jan. 1, 2027", "2027-01-01", "start"),
           ("June 30 of last year", "2025-06-30", "responses_due")],
          ("seven years, with the option of three one-year extensions", "P10Y"),
          "Prince Albert and at the province's air-ambulance base in Saskatoon",
          "maintain the province's fleet of nine air-ambulance aircraft"),
    ],
    "ferry-authority-terminates-shipyard-default-rebid.txt": [
        E("cancellation", "to terminate for default", "Skerry Sound Ferry Authority", SKERRY,
          ["Bellmarsh Marine Works LLC"], [("$27.9 million", "value")], [], [],
          [("Monday night", "2026-10-05", "cancellation"), ("June 2024", "2024-06", "award")],
          None, None, "the hybrid car ferry that was supposed to join the run to Gull Harbor this past summer"),
        E("presolicitation", "intends to put the remaining work out to bid", "Skerry Sound Ferry Authority", SKERRY,
          [], [], [], [],
          [("February@advertise it by February", "2027-02", "solicitation")], None, None, None),
    ],
    "ig-report-va-prosthetics-logistics-award-faulted.txt": [
        E("award", "awarded a contract worth up to", "Department of Veterans Affairs", VA,
          ["Orvale Health Logistics LLC"], [("$212.4 million", "ceiling")], ["36C10G24D0061"],
          ["idiq", "firm_fixed_price"],
          [("September 2024", "2024-09", "award"), ("Oct. 1, 2024", "2024-10-01", "start"),
           ("Sept. 30, 2029", "2029-09-30", "ordering_end")],
          ("five-year", "P5Y"), None, "prosthetics warehousing and distribution"),
    ],
    "noevent-automaker-battery-cell-supply-deal.txt": [],
    "noevent-state-grant-awards-stormwater-towns-nonprofits.txt": [],
    "selectboard-plow-truck-clock-tower-weekly.txt": [
        E("award", "voted 3-0 to buy", "Select Board", ASHBY,
          ["Twin State Truck Sales"], [("$286,450", "value")], [], [],
          [("Monday@Monday's Select Board", "2026-09-21", "award"), ("Dec. 15", "2026-12-15", "completion"),
           ("this summer", "2026-SU", "solicitation")],
          None, None, None),
    ],
    "state-medicaid-managed-care-three-plans-protests-threatened.txt": [
        E("award", "has awarded managed-care contracts", "Mississippi Division of Medicaid", MSDOM,
          ["Magnolia Crest Health Plan", "Riverbend Community Care", "Delta Sound Health Inc."],
          [("$14.8 billion", "value")], ["20251107"], [],
          [("Wednesday@signed Wednesday", "2026-10-28", "award"), ("July 1, 2027", "2027-07-01", "start")],
          ("four years with two optional one-year extensions", "P6Y"), None,
          "run the state's coordinated-care program for roughly 420,000 enrollees"),
    ],
    "tv-sheriff-bodycam-subscription-renewal.txt": [
        E("award", "voted 4-1 to renew", "Board of Supervisors", DEXTER,
          ["Veritrace Public Safety Inc."], [("$943,200", "value")], [], [],
          [("On Tuesday", "2026-11-03", "award"), ("Dec. 1", "2026-12-01", "start"),
           ("Nov. 30, 2031", "2031-11-30", "completion")],
          ("five years@Over five years", "P5Y"), None, None),
    ],
    "uae-state-water-company-pipeline-epc-dirhams.txt": [
        E("award", "has awarded", "Emirates Northern Water Company", ENWC,
          ["Hanbit Engineering & Construction", "Al Sahel General Contracting"],
          [("AED 1.86 billion", "value")], ["ENWC/T/2025/118"], [],
          [("10 September", "2026-09-10", "award"), ("March@submitted in March", "2026-03", "responses_due"),
           ("the fourth quarter of 2029", "2029-Q4", "completion")],
          ("42 months", "P3Y6M"), None, "its long-delayed Fujairah-to-Al Dhaid transmission line"),
        E("presolicitation", "is expected to tender a separate operation and maintenance contract",
          "ENWC@ENWC is fully owned", ENWC, [], [], [], [],
          [("in 2028", "2028", "solicitation")], None, None, None),
    ],
    "university-sole-source-cryo-em-justification-campus-paper.txt": [
        E("planned_award", "intends to buy", "Cottonwood State University", CSU,
          ["Vireon Instruments Inc."], [("$4.6 million", "value")], ["CSU-SS-26-031"], [],
          [("Sept. 9", "2026-09-09", "presolicitation"), ("Sept. 24", "2026-09-24", "responses_due"),
           ("October", "2026-10", "award"), ("by summer", "2027-SU", "completion")],
          None, None, None),
    ],
    "water-sewer-lift-station-low-bid-alternates.txt": [
        E("award", "awarded a $4,186,700 construction contract", "Clearbrook Sanitary District", CSD,
          ["Ruddock & Sons Excavating Inc."], [("$4,186,700", "value")], ["2026-03"], [],
          [("Aug. 13", "2026-08-13", "award"), ("July 28", "2026-07-28", "responses_due"),
           ("September@notice in September", "2026-09", "start")],
          ("420 calendar days", "P420D"), None,
          "replace the Pine Hollow lift station and about 3,400 feet of force main"),
    ],
    "wire-briefs-irs-bpa-call-order.txt": [
        E("award", "placed a $9.8 million call", "Internal Revenue Service", IRS,
          ["Lumora Data Systems LLC"], [("$9.8 million", "value")], ["2032H5-27-F-00041", "2032H5-24-A-00007"],
          ["bpa"], [("Nov. 19", "2026-11-19", "award")], None, None,
          "taxpayer-correspondence scanning at its Ogden, Utah, campus"),
    ],
}


def main():
    build(DEV25, OUT, "corpus/dev25", "newsextract-dev25", DCT, EVENTS, DOLLAR)


if __name__ == "__main__":
    main()
