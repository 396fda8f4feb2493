#!/usr/bin/env python3
"""Builds dev26_events.jsonl (contract-event gold for corpus/dev26/) from the annotations below.

usage: build_dev26_events.py [DEV26_DIR] [OUT]   (defaults: corpus/dev26, eval/gold/dev26_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py. The annotations name every span by its
text; "text#n" is the n-th occurrence (1-based) in the article, "text@context[#n]" the first occurrence of
text inside the n-th occurrence of context. Never compute offsets by hand: edit the annotations and rerun.
See EVENTS_GOLD.md and DEV26_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV26 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev26"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev26_events.jsonl"

# Publication dates: every article has a dateline, date line or posting line giving it.
DCT = {
    "blm-wild-horse-pasture-contract-cut-ranch-weekly.txt": "2026-11-03",
    "brazil-parana-hospital-meals-pregao-reais.txt": "2026-11-09",
    "florida-fwc-invitation-to-negotiate-license-system.txt": "2026-11-20",
    "gaming-trade-lottery-pulls-instant-ticket-award.txt": "2026-10-28",
    "greece-patmos-desalination-award-expat-blog.txt": "2026-10-17",
    "holyrood-transport-scotland-smartcard-extension-option.txt": "2026-11-25",
    "ireland-hse-prior-information-notice-patient-transport.txt": "2026-11-24",
    "legal-journal-courts-efiling-protest-denied.txt": "2026-11-06",
    "liveblog-council-ambulance-contract-timestamps.txt": "2026-11-17",
    "muni-wire-p3-express-lanes-preferred-proposer.txt": "2026-11-10",
    "noevent-airport-food-concession-leases-revenue.txt": "2026-11-19",
    "noevent-construction-prize-courthouse-builder.txt": "2026-10-22",
    "tribal-housing-authority-24-homes-indian-preference.txt": "2026-11-12",
    "union-newsletter-marine-corps-wreckers-options.txt": "2026-11-23",
}

BLM = ["BLM", "agency", "Bureau of Land Management"]
SESA = ["SESA", "Paraná's health secretariat", "health secretariat", "secretariat", "Paraná",
        "Secretaria de Estado da Saúde"]
FWC = ["FWC", "Commission", "Florida Fish and Wildlife Conservation Commission"]
KLC = ["Kansas Lottery", "lottery", "commission", "Kansas Lottery Commission"]
DEYA = ["municipal water company", "water company", "DEYA Patmou"]
TS = ["Transport Scotland", "agency", "Scottish Government", "ministers"]
HSE = ["HSE", "Health Service Executive"]
AOC = ["AOC", "Administrative Office of the Courts", "courts", "Nevada Administrative Office of the Courts"]
HARWICK = ["Harwick City Council", "council", "city", "Harwick", "City of Harwick"]
NCDOT = ["NCDOT", "department", "North Carolina Department of Transportation"]
SRHA = ["SRHA", "authority", "board of commissioners", "Commissioners", "Sweetgrass River Housing Authority"]
MCSC = ["MCSC", "Marine Corps", "Marines", "Marine Corps Systems Command"]

EVENTS = {
    "blm-wild-horse-pasture-contract-cut-ranch-weekly.txt": [
        E("modification", "has cut back its long-term pasture contract", "Bureau of Land Management", BLM,
          ["Kiowa Creek Cattle Co."], [("$3.1 million", "value"), ("$18.4 million", "cumulative")],
          ["140L0122C0007"], [],
          [("Oct. 26", "2026-10-26", "award"), ("Sept. 30, 2032", "2032-09-30", "completion")],
          None, None, None),
    ],
    "brazil-parana-hospital-meals-pregao-reais.txt": [
        E("award", "signed the contract", "Secretaria de Estado da Saúde", SESA,
          ["Consórcio Nutrisul Alimentação Hospitalar"], [("R$312.6 million#2", "value")], ["087/2026-SESA"], [],
          [("4 November", "2026-11-04", "award"), ("22 September", "2026-09-22", "responses_due"),
           ("1 December", "2026-12-01", "start"), ("August@republished the notice in August", "2026-08", "solicitation")],
          ("30 months", "P30M"), None, None),
    ],
    "florida-fwc-invitation-to-negotiate-license-system.txt": [
        E("solicitation", "issued an Invitation to Negotiate", "Florida Fish and Wildlife Conservation Commission", FWC,
          [], [("$28 million", "value")], ["FWC 26/27-14"], [],
          [("Wednesday", "2026-11-18", "solicitation"), ("Jan. 21", "2027-01-21", "responses_due"),
           ("Dec. 8", "2026-12-08", "industry_day"), ("May@notice of intent to award in May", "2027-05", "award")],
          ("a five-year initial term with up to three years of renewals", "P8Y"), None,
          "a new licensing and permit sales system"),
    ],
    "gaming-trade-lottery-pulls-instant-ticket-award.txt": [
        E("cancellation", "to withdraw its notice of award", "Kansas Lottery Commission", KLC,
          ["Vantage Gaming Print Ltd."], [("$41 million", "value")], [], [],
          [("Monday", "2026-10-26", "cancellation"), ("July", "2026-07", "award"),
           ("January", "2027-01", "start")],
          ("six-year", "P6Y"), None, "instant-ticket printing"),
        E("presolicitation", "will reissue the request for proposals", "lottery@The lottery will reissue", KLC,
          [], [], [], [], [("in the spring", "2027-SP", "solicitation")], None, None, None),
        E("modification", "agreed to extend its current contract", "commission@the commission also agreed", KLC,
          ["Bluepine Lottery Systems Inc."], [("$3.4 million", "value")], [], [],
          [("June 30, 2027", "2027-06-30", "completion")], None, None, None),
    ],
    "greece-patmos-desalination-award-expat-blog.txt": [
        E("award", "signed@signed on Wednesday with the contractor", "DEYA Patmou", DEYA,
          ["Aigaio Hydrotechniki S.A."], [("€8.94 million", "value")], ["2/2026"], [],
          [("Wednesday", "2026-10-14", "award"), ("March", "2026-03", "solicitation"),
           ("June", "2026-06", "protest"), ("September", "2026-09", "decision"),
           ("April 2028", "2028-04", "completion")],
          ("18 months", "P18M"), None, "build the new reverse-osmosis unit at Grikos"),
    ],
    "holyrood-transport-scotland-smartcard-extension-option.txt": [
        E("option", "has triggered the first of two one-year extension options", "Transport Scotland", TS,
          ["Caledon Card Services Ltd"], [("£4.6m", "value")], [], [],
          [("1 April 2027", "2027-04-01", "start"), ("31 March 2028", "2028-03-31", "completion"),
           ("in the autumn", "2026-FA", "award")],
          ("one-year@two one-year extension options", "P1Y"), None, None),
        E("presolicitation", "expects to publish the contract notice for the replacement",
          "agency@The agency now expects", TS, [], [], [], [],
          [("summer 2027", "2027-SU", "solicitation")], None, None, None),
    ],
    "ireland-hse-prior-information-notice-patient-transport.txt": [
        E("presolicitation", "publishing a prior information notice", "Health Service Executive", HSE,
          [], [("€22 million", "value")], [], [],
          [("19 November", "2026-11-19", "presolicitation"), ("15 December", "2026-12-15", "industry_day"),
           ("8 January", "2027-01-08", "responses_due"), ("the second quarter of 2027", "2027-Q2", "solicitation")],
          ("up to seven years", "P7Y"), None,
          "a national booking and dispatch platform for non-emergency patient transport"),
    ],
    "legal-journal-courts-efiling-protest-denied.txt": [
        E("protest", "has denied a losing bidder's protest", "Nevada Administrative Office of the Courts", AOC,
          ["Docketline Systems Inc.", "Clerkwise Technologies LLC"], [("$23.5 million", "value")],
          ["AOC-RFP-2026-04"], [],
          [("Nov. 2", "2026-11-02", "decision"), ("August", "2026-08", "award"),
           ("Aug. 28", "2026-08-28", "protest"), ("January", "2027-01", "start")],
          ("seven-year", "P7Y"), None, "a statewide electronic filing system"),
    ],
    "liveblog-council-ambulance-contract-timestamps.txt": [
        E("award", "to award the emergency ambulance contract", "Council@Council votes 6-1", HARWICK,
          ["Tri-County Medical Transport Inc."], [("$10.7 million", "value")], ["26-031"], [],
          [("Jan. 1", "2027-01-01", "start"), ("June", "2026-06", "solicitation"),
           ("Aug. 14", "2026-08-14", "responses_due")],
          ("five-year", "P5Y"), None, None),
    ],
    "muni-wire-p3-express-lanes-preferred-proposer.txt": [
        E("planned_award", "had selected Piedmont Express Mobility Partners as the preferred proposer",
          "North Carolina Department of Transportation", NCDOT,
          ["Piedmont Express Mobility Partners"], [("$2.6 billion", "value")], [], [],
          [("Sept. 15", "2026-09-15", "responses_due"), ("March@targeted for March", "2027-03", "award")],
          None, None, "design, build, finance and maintain 14 miles of express lanes on US 1 south of Raleigh"),
    ],
    "noevent-airport-food-concession-leases-revenue.txt": [],
    "noevent-construction-prize-courthouse-builder.txt": [],
    "tribal-housing-authority-24-homes-indian-preference.txt": [
        E("award", "to award the construction contract", "Sweetgrass River Housing Authority", SRHA,
          ["Red Hawk Builders LLC"], [("$7,684,000", "value")], [], [],
          [("Oct. 29", "2026-10-29", "award"), ("Sept. 30", "2026-09-30", "responses_due"),
           ("next spring", "2027-SP", "start"), ("by the end of 2027", "2027", "completion")],
          ("540 calendar days", "P540D"), None, "put up 24 new homes at Eagle Flats"),
    ],
    "union-newsletter-marine-corps-wreckers-options.txt": [
        E("award", "has picked our employer", "Marine Corps Systems Command", MCSC,
          ["Stallard Heavy Vehicles Corp."], [("$74.3 million", "value"), ("$121.9 million", "potential")],
          ["M67854-27-C-0012"], ["firm_fixed_price"],
          [("Nov. 16", "2026-11-16", "award"), ("September 2029", "2029-09", "completion")],
          None, "the Ridgeline plant in Kessler, Ohio", "build the next generation of medium tactical wreckers"),
    ],
}


def main():
    build(DEV26, OUT, "corpus/dev26", "newsextract-dev26", DCT, EVENTS)


if __name__ == "__main__":
    main()
