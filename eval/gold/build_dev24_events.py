#!/usr/bin/env python3
"""Builds dev24_events.jsonl (contract-event gold for corpus/dev24/) from the annotations below.

usage: build_dev24_events.py [DEV24_DIR] [OUT]   (defaults: corpus/dev24, eval/gold/dev24_events.jsonl)

The machinery (span finding, checks, JSONL writing) is goldlib.py. The annotations name every span by its
text; "text#n" is the n-th occurrence (1-based) in the article, "text@context[#n]" the first occurrence of
text inside the n-th occurrence of context. Never compute offsets by hand: edit the annotations and rerun.
See EVENTS_GOLD.md and DEV24_GOLD.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import E, build  # noqa: E402

DEV24 = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev24"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/dev24_events.jsonl"

# Publication dates: every article has a dateline or date line giving it.
DCT = {
    "congress-release-iron-range-foundry-dla-valve-castings.txt": "2026-11-17",
    "council-minutes-two-bids-awarded-pool-item-tabled.txt": "2026-10-13",
    "emergency-debris-removal-parish-hurricane-delphine.txt": "2026-10-02",
    "gsa-build-to-suit-lease-ssa-hearing-office.txt": "2026-11-09",
    "japan-coast-guard-patrol-vessels-yen.txt": "2026-10-26",
    "navy-destroyer-drydock-availability-shipyard-town.txt": "2026-11-14",
    "noevent-city-sells-old-library-building-developer.txt": "2026-07-15",
    "noevent-fcc-auction-upper-c-band-winning-bidders.txt": "2026-08-21",
    "rescinded-award-bid-mistake-jail-hvac-rebid.txt": "2026-11-25",
    "scraped-spun-nasa-heliophysics-instrument-award.txt": "2026-09-03",
    "sourcewell-school-district-laptops-cooperative-buy.txt": "2026-12-04",
    "state-notice-intent-award-medicaid-call-center-scores.txt": "2026-11-23",
    "utility-board-solar-storage-ppa-per-mwh.txt": "2026-11-04",
    "world-bank-kenya-water-works-tender-ksh.txt": "2026-06-08",
}

ALDER = ["City", "City Council", "Council", "Alder Fork", "City of Alder Fork"]
DLA = ["DLA", "Land and Maritime", "DLA Land and Maritime", "Defense Logistics Agency's Land and Maritime office",
       "Defense Logistics Agency"]
PARISH = ["parish", "St. Aubin Parish", "Parish President Curtis Gautreaux", "parish government"]
CVPPD = ["district", "board", "Carrizo Valley PPD", "Carrizo Valley Public Power District"]
PUSD = ["district", "trustees", "Pinecrest Unified School District", "Pinecrest Unified"]
GSA = ["GSA", "U.S. General Services Administration", "Public Buildings Service", "GSA's Public Buildings Service",
       "General Services Administration"]
THWWDA = ["agency", "THWWDA", "Tana Highlands Water Works Development Agency"]
JCG = ["coast guard", "JCG", "equipment and technology division", "Ministry of Land, Infrastructure, Transport and Tourism",
       "Japan Coast Guard"]
NMHSD = ["department", "Human Services Department", "HSD", "New Mexico Human Services Department"]
BEXLEY = ["county", "commissioners", "board", "Bexley County commissioners", "Bexley County"]
NAVSEA = ["Navy", "NAVSEA", "Naval Sea Systems Command"]
NASA = ["NASA", "Goddard Area Flight Middle", "Goddard Space Flight Center", "National Aeronautics and Space Administration",
        "Nationwide Aeronautics and House Administration"]

EVENTS = {
    "council-minutes-two-bids-awarded-pool-item-tabled.txt": [
        E("award", "to award Bid No. 26-014", "City of Alder Fork#2", ALDER,
          ["Greyhill Pipeline Services, Inc.#2"], [("$1,284,650.00", "value")], ["26-014"], [],
          [("September 22, 2026", "2026-09-22", "responses_due")],
          ("180 calendar days", "P180D"), None,
          "the cured-in-place lining of roughly 2,900 linear feet of sewer main under Water Street and Mill Lane"),
        E("award", "to award Bid No. 26-017", "City of Alder Fork#2", ALDER,
          ["Northgate Truck Center LLC"], [("$218,904", "value")], ["26-017"], [],
          [("March 31, 2027", "2027-03-31", "completion")], None, None, None),
        E("planned_award", "Staff recommended a management agreement", "City of Alder Fork#2", ALDER,
          ["AquaSure Facility Partners"], [("$412,000", "ceiling")], ["26-009"], [],
          [("November 10, 2026", "2026-11-10", "award")], None, None, None),
    ],
    "congress-release-iron-range-foundry-dla-valve-castings.txt": [
        E("award", "has been awarded a federal contract", "Defense Logistics Agency", DLA,
          ["Ironwood Precision Castings"], [("$27.6 million", "ceiling"), ("$1.9 million", "obligated")],
          ["SPE7M1-26-D-0042"], ["idiq", "firm_fixed_price"],
          [("Nov. 12", "2026-11-12", "award")],
          ("five-year@The five-year indefinite", "P5Y"), "Virginia, Minnesota@performed in Virginia, Minnesota",
          "produce cast bronze valve bodies and pump housings used aboard Virginia-class and Columbia-class submarines"),
    ],
    "emergency-debris-removal-parish-hurricane-delphine.txt": [
        E("award", "signed an emergency debris-removal contract", "St. Aubin Parish#2", PARISH,
          ["Gulfway Environmental Recovery LLC"], [("$14-million", "ceiling")], [], [],
          [("Monday@contract Monday", "2026-09-28", "award"), ("Tuesday@picking up Tuesday", "2026-09-29", "start")],
          ("90 days#2", "P90D"), None, None),
    ],
    "utility-board-solar-storage-ppa-per-mwh.txt": [
        E("award", "to approve a 20-year power purchase agreement", "Carrizo Valley Public Power District", CVPPD,
          ["Mesa Lumen Solar LLC"], [("$300 million", "value")], [], [],
          [("on Monday", "2026-11-02", "award"), ("Dec. 31, 2028", "2028-12-31", "start"),
           ("last spring", "2026-SP", "solicitation")],
          ("20-year", "P20Y"), None,
          "the full output of a 180-megawatt solar farm paired with a 90-megawatt, four-hour battery system"),
    ],
    "sourcewell-school-district-laptops-cooperative-buy.txt": [
        E("award", "approved the purchase of 1,850 student laptops", "Pinecrest Unified#2", PUSD,
          ["Brightpath Technology Partners"], [("$2,046,318", "value")], ["081624-BTP"], [],
          [("on Thursday", "2026-12-03", "award"), ("Jan. 22, 2027", "2027-01-22", "completion")], None, None, None),
    ],
    "gsa-build-to-suit-lease-ssa-hearing-office.txt": [
        E("award", "has awarded a 15-year build-to-suit lease", "U.S. General Services Administration", GSA,
          ["Crestline Federal Properties LLC"], [("$46.1 million", "value")], ["GS-03P-LMD01276"], [],
          [("Oct. 30", "2026-10-30", "award"), ("the spring of 2028", "2028-SP", "start"),
           ("last year", "2025", "solicitation")],
          ("15-year@a 15-year build-to-suit", "P15Y"), None,
          "a new, 61,200-rentable-square-foot office that will house the Social Security Administration's hearing "
          "office and two field offices now scattered across aging strip-center space in Hagerstown, Md."),
    ],
    "world-bank-kenya-water-works-tender-ksh.txt": [
        E("award", "has awarded", "Tana Highlands Water Works Development Agency", THWWDA,
          ["China Hanjiang Hydro Engineering Co."], [("KSh 4.6 billion", "value")], ["THWWDA/WB/ICB/03/2025"], [],
          [("2 June", "2026-06-02", "award"), ("on Thursday", "2026-06-04", "award")],
          ("30 months", "P2Y6M"), None,
          "a treatment plant and bulk pipelines serving Murang'a and Nyeri counties"),
    ],
    "japan-coast-guard-patrol-vessels-yen.txt": [
        E("award", "has signed", "Japan Coast Guard", JCG,
          ["Kurose Shipbuilding Co."], [("¥18.4 billion", "value")], [], [],
          [("Oct. 21", "2026-10-21", "award"), ("the end of March 2029", "2029-03", "completion")], None, None,
          "two 1,000-tonne-class patrol vessels"),
    ],
    "state-notice-intent-award-medicaid-call-center-scores.txt": [
        E("planned_award", "has posted a notice of intent to award", "New Mexico Human Services Department", NMHSD,
          ["Tallgrass Contact Solutions Inc."], [("$58.7 million", "value")], ["26-630-8000-0017"], [],
          [("June@0017 in June", "2026-06", "solicitation"), ("Aug. 28", "2026-08-28", "responses_due"),
           ("January@contract in January", "2027-01", "award"), ("Feb. 1, 2027", "2027-02-01", "start")],
          ("four years and allows up to four more in one-year extensions", "P8Y"), None, None),
    ],
    "rescinded-award-bid-mistake-jail-hvac-rebid.txt": [
        E("cancellation", "rescinded the $3.87 million contract", "Bexley County", BEXLEY,
          ["Apex Mechanical Contractors"], [("$3.87 million", "value")], [], [],
          [("Nov. 3", "2026-11-03", "award"), ("on Tuesday", "2026-11-24", "cancellation")], None, None, None),
        E("solicitation", "was re-advertised", "Bexley County", BEXLEY,
          [], [], ["2026-118R"], [],
          [("Wednesday@re-advertised Wednesday", "2026-11-25", "solicitation"),
           ("Dec. 15", "2026-12-15", "industry_day"), ("Jan. 12, 2027", "2027-01-12", "responses_due")],
          None, None, None),
    ],
    "navy-destroyer-drydock-availability-shipyard-town.txt": [
        E("award", "awarded the firm-fixed-price contract", "Naval Sea Systems Command", NAVSEA,
          ["Harrow Point Ship Repair"], [("$46.2 million", "value"), ("$51.8 million", "potential")],
          ["N00024-26-C-4417"], ["firm_fixed_price"],
          [("on Thursday", "2026-11-12", "award"), ("Jan. 19, 2027", "2027-01-19", "start"),
           ("Sept. 24, 2027", "2027-09-24", "completion")],
          None, "Bayhaven@listed Bayhaven", "the ship's docking selected restricted availability"),
    ],
    "scraped-spun-nasa-heliophysics-instrument-award.txt": [
        E("award", "has picked", "Nationwide Aeronautics and House Administration", NASA,
          ["Kestrel Orbital Methods Inc."], [("$87.9 million", "value")], ["NNG26CA031C"], ["cost_plus_fixed_fee"],
          [("Oct. 1, 2026", "2026-10-01", "start"), ("Sept. 30, 2031", "2031-09-30", "completion")],
          None,
          "Kestrel's facility in Boulder and at NASA's Goddard Area Flight Middle in Greenbelt, Maryland",
          "construct the coronal imaging tools for the company's deliberate Helios Ring heliophysics mission"),
    ],
    "noevent-city-sells-old-library-building-developer.txt": [],
    "noevent-fcc-auction-upper-c-band-winning-bidders.txt": [],
}


def main():
    build(DEV24, OUT, "corpus/dev24", "newsextract-dev24", DCT, EVENTS)


if __name__ == "__main__":
    main()
