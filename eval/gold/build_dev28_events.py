#!/usr/bin/env python3
"""Builds dev28_events.jsonl (contract-event gold for corpus/dev28/) from the annotations below.

usage: build_dev28_events.py [DEV28_DIR] [OUT]   (defaults: corpus/dev28, eval/gold/dev28_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py. The annotations name every span by its
text; "text#n" is the n-th occurrence (1-based) in the article, "text@context[#n]" the first occurrence of
text inside the n-th occurrence of context. Never compute offsets by hand: edit the annotations and rerun.
See EVENTS_GOLD.md and DEV28_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV28 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev28"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev28_events.jsonl"

# Publication dates: every article has a dateline, date line or posting line giving it.
DCT = {
    "careers-page-job-corps-center-operator-hiring.txt": "2026-11-19",
    "coast-guard-letter-contract-definitized-buoy-tender.txt": "2026-11-20",
    "mexico-water-meter-tender-declared-void-pesos.txt": "2026-11-26",
    "noevent-claims-court-breach-judgment-levee-contractor.txt": "2026-11-24",
    "noevent-state-raises-bid-thresholds-explainer.txt": "2026-11-29",
    "nps-canyon-shuttle-rfq-gateway-town-page.txt": "2026-11-28",
    "nz-doc-predator-trapping-contract-volunteer-bulletin.txt": "2026-11-25",
    "port-dredging-staff-recommendation-agenda-packet.txt": "2026-11-30",
    "rfi-smithsonian-museum-ticketing-trade-newsletter.txt": "2026-11-24",
    "sba-size-protest-va-janitorial-award-bulletin.txt": "2026-11-23",
    "singapore-lta-train-option-forum-scrape.txt": "2026-11-27",
    "sweden-trafikverket-winter-road-maintenance-kronor-brief.txt": "2026-11-24",
    "switzerland-armasuisse-mountain-radio-relay-chf-newsletter.txt": "2026-11-27",
    "thread-reporter-county-paratransit-operator-award.txt": "2026-11-17",
}

DOL = ["department", "Department of Labor", "Office of Job Corps", "DOL", "U.S. Department of Labor"]
SFLC = ["Coast Guard", "service", "Surface Forces Logistics Center"]
SACMEX = ["Sacmex", "Mexico City water system", "utility", "Sistema de Aguas de la Ciudad de México"]
NPS = ["park", "the park", "National Park Service"]
DOC = ["DOC", "department", "Department of Conservation"]
PORT = ["Port of Westhaven", "Port", "Board of Commissioners", "PORT OF WESTHAVEN"]
SI = ["Smithsonian", "Institution", "Office of Contracting and Personal Property Management", "Smithsonian Institution"]
NCO = ["VA", "NCO 16", "Fort Harlan VA Medical Center", "Department of Veterans Affairs", "Network Contracting Office 16"]
LTA = ["LTA", "Land Transport Authority"]
TRV = ["Trafikverket", "agency", "Swedish Transport Administration"]
ARMA = ["armasuisse", "Federal Office for Defence Procurement"]
BCRTA = ["BCRTA", "board", "Brenner County Regional Transit Authority"]

EVENTS = {
    "careers-page-job-corps-center-operator-hiring.txt": [
        E("award", "made the award", "U.S. Department of Labor", DOL,
          ["Pathwise@the U.S. Department of Labor selected Pathwise"], [("$96.4 million", "potential")],
          ["DOL-JC-27-0112"], ["cost_plus_fixed_fee"],
          [("November 6", "2026-11-06", "award"), ("February 1, 2027", "2027-02-01", "start")],
          ("a two-year base period and three one-year options", "P5Y"), None,
          "operate the Clearfork Job Corps Center"),
    ],
    "coast-guard-letter-contract-definitized-buoy-tender.txt": [
        E("modification", "definitized the undefinitized contract action", "Surface Forces Logistics Center", SFLC,
          ["Tongass Marine Ways Inc."], [("$41.3 million#2", "value"), ("$18.3 million", "obligated")],
          ["P00004", "70Z08526C00061"], ["firm_fixed_price"],
          [("Tuesday", "2026-11-17", "award"), ("April 30, 2027", "2027-04-30", "completion")],
          None, None, "a mid-life maintenance availability"),
    ],
    "mexico-water-meter-tender-declared-void-pesos.txt": [
        E("cancellation", "has declared its smart-meter tender void", "Sistema de Aguas de la Ciudad de México", SACMEX,
          [], [("2.35 billion pesos", "value")], ["LPI-SACMEX-DGAP-021-2026"], [],
          [("Tuesday", "2026-11-24", "cancellation"), ("July", "2026-07", "solicitation"),
           ("30 October", "2026-10-30", "responses_due")],
          None, None,
          "the supply and installation of 480,000 ultrasonic meters with remote reading across eight boroughs"),
        E("presolicitation", "would publish a new call", "Sacmex@Sacmex's director", SACMEX,
          [], [], [], [], [("January@new call in January", "2027-01", "solicitation")], None, None, None),
    ],
    "noevent-claims-court-breach-judgment-levee-contractor.txt": [],
    "noevent-state-raises-bid-thresholds-explainer.txt": [],
    "nps-canyon-shuttle-rfq-gateway-town-page.txt": [
        E("solicitation", "posted a request for quotations", "National Park Service", NPS,
          [], [], ["140P1427Q0009"], ["firm_fixed_price"],
          [("Yesterday", "2026-11-27", "solicitation"), ("two weeks from Monday", "2026-12-14", "responses_due"),
           ("December 3", "2026-12-03", "industry_day")],
          ("one base season and four option seasons", "P5Y"), None, "the Vermilion Canyon visitor shuttle"),
    ],
    "nz-doc-predator-trapping-contract-volunteer-bulletin.txt": [
        E("award", "signed the contract", "Department of Conservation", DOC,
          ["Kahutara Pest Solutions Ltd"], [("NZ$14.2 million", "value")], [], [],
          [("last Thursday", "2026-11-19", "award"), ("1 February", "2027-02-01", "start")],
          ("a four-year term with one two-year extension", "P6Y"), None,
          "servicing roughly 6,400 traps and bait stations across the eastern ranges"),
    ],
    "port-dredging-staff-recommendation-agenda-packet.txt": [
        E("planned_award",
          "recommends that the Board of Commissioners authorize the Executive Director to execute a contract",
          "PORT OF WESTHAVEN", PORT,
          ["Siuslaw Dredge & Dock Co.@with Siuslaw Dredge & Dock Co."], [("$3,482,600#1", "value")],
          ["PW-2026-11"], [],
          [("December 10, 2026", "2026-12-10", "award"), ("October 19", "2026-10-19", "solicitation"),
           ("November 17", "2026-11-17", "responses_due"), ("January 15", "2027-01-15", "start"),
           ("February 28, 2027", "2027-02-28", "completion")],
          None, None, "maintenance dredging of the North Basin berths and the inner bar channel"),
    ],
    "rfi-smithsonian-museum-ticketing-trade-newsletter.txt": [
        E("rfi", "request for information posted", "Smithsonian Institution", SI,
          [], [], ["33330227Q-RFI-004"], [],
          [("Monday", "2026-11-23", "solicitation"), ("January 8, 2027", "2027-01-08", "responses_due"),
           ("December 9", "2026-12-09", "industry_day")],
          None, None, None),
    ],
    "sba-size-protest-va-janitorial-award-bulletin.txt": [
        E("protest", "upholding a size protest", "Network Contracting Office 16", NCO,
          ["Delmar Cleaning Services Inc.", "Brightline Facility Group LLC"], [("$9.6 million", "potential")],
          ["36C25626Q0418"], [],
          [("September 29", "2026-09-29", "award"), ("October 6", "2026-10-06", "protest"),
           ("November 18", "2026-11-18", "decision")],
          ("one base year and four option years", "P5Y"), None, None),
    ],
    "singapore-lta-train-option-forum-scrape.txt": [
        E("option", "has exercised the option", "Land Transport Authority", LTA,
          ["Kestrelwood Rail Systems Pte Ltd"], [("S$286 million", "value")], ["R382@Contract R382"], [],
          [("25 November 2026", "2026-11-25", "award"), ("end-2029", "2029", "completion")],
          None, None, "the supply of 18 additional four-car trains for the Riverside Line"),
    ],
    "sweden-trafikverket-winter-road-maintenance-kronor-brief.txt": [
        E("award", "award decision@Trafikverket's award decision", "Swedish Transport Administration", TRV,
          ["Nordvinter Drift AB"], [("412 million kronor", "value")], ["TRV 2026/31877"], [],
          [("Friday", "2026-11-20", "award"), ("1 September 2027", "2027-09-01", "start")],
          ("five years, with an option to extend it by up to two more", "P7Y"), None,
          "winter and summer operation and maintenance of state roads in the Luleå area"),
    ],
    "switzerland-armasuisse-mountain-radio-relay-chf-newsletter.txt": [
        E("award", "has concluded a contract", "Federal Office for Defence Procurement", ARMA,
          ["Alpenfunk Systeme AG"], [("CHF 38.7 million", "value")], ["2026-AR-0419"], [],
          [("23 November", "2026-11-23", "award"), ("March", "2026-03", "solicitation"),
           ("mid-2027", "2027", "start"), ("the end of 2029", "2029", "completion")],
          None, None,
          "the delivery of 46 transportable radio relay stations for the Swiss Armed Forces' tactical "
          "telecommunications network"),
    ],
    "thread-reporter-county-paratransit-operator-award.txt": [
        E("award", "voted 6-1 to hand the ADA paratransit service", "Brenner County Regional Transit Authority", BCRTA,
          ["Ridgeline Mobility Partners"], [("$31.2M", "value"), ("$44.6M", "potential")], [], [],
          [("tonight@tonight's", "2026-11-17", "award"), ("March 1", "2027-03-01", "start")],
          ("five years", "P5Y"), None, None),
    ],
}


def main():
    build(DEV28, OUT, "corpus/dev28", "newsextract-dev28", DCT, EVENTS)


if __name__ == "__main__":
    main()
