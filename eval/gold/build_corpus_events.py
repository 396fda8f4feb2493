#!/usr/bin/env python3
"""Builds corpus_events.jsonl (contract-event gold) from the annotations below.

usage: build_corpus_events.py [CORPUS_DIR] [OUT]   (defaults: corpus, eval/gold/corpus_events.jsonl)

The annotations name every span by its text; a suffix "#n" picks the n-th occurrence (1-based) in
the article. The script finds the code-point offsets, checks that every span occurs, parses money
values, and writes one JSON line per article. Never compute offsets by hand: edit the annotations
and rerun. See EVENTS_GOLD.md for the conventions.
"""
import json
import os
import re
import sys

CORPUS = sys.argv[1] if len(sys.argv) > 1 else "corpus"
OUT = sys.argv[2] if len(sys.argv) > 2 else "eval/gold/corpus_events.jsonl"

# Undated news articles: the publication dates chosen in eval/gold/CORPUS_GOLD.md.
CHOSEN_DCT = {
    "earnings-alphabet-cloud.txt": "2021-10-26",
    "sports-red-sox-yankees.txt": "2021-09-15",
    "politics-senators-pentagon-cloud.txt": "2021-07-12",
}
NEWS_DCT = {
    "gov-army-radio-rfi.txt": "2021-09-13",
    "gov-disa-network-idiq-award.txt": "2021-03-03",
    "gov-gao-sustains-cisa-protest.txt": "2021-01-21",
    "gov-gsa-cloud-bpa.txt": "2021-09-30",
    "gov-ice-cloud-hosting-award.txt": "2021-08-27",
    "gov-nasa-kennedy-option-exercise.txt": "2021-04-15",
    "gov-navair-mq25-modification.txt": "2021-06-24",
    "gov-navy-ship-repair-solicitation.txt": "2021-02-18",
    "gov-va-supply-chain-planned-award.txt": "2020-11-04",
    "alert-state-dept-cancels-guard-contract.txt": "2021-07-09",
    "scraped-lockport-data-center.txt": "2021-06-09",
    "earnings-siemens.txt": "2021-11-11",
    "earnings-hsbc.txt": "2021-08-02",
    **CHOSEN_DCT,
}


def E(stage, anchor, agency=None, aliases=(), vendors=(), amounts=(), ids=(), contract_type=(),
      dates=(), period=None, place=None, purpose=None):
    """One gold event. amounts: (text, role) or (text, role, value); dates: (text, value, role);
    period: (text, iso_value_or_None)."""
    return dict(stage=stage, anchor=anchor, agency=agency, aliases=list(aliases), vendors=list(vendors),
                amounts=list(amounts), ids=list(ids), contract_type=list(contract_type), dates=list(dates),
                period=period, place=place, purpose=purpose)


# ---------------------------------------------------------------------------------------------
# DoD daily announcements (corpus/contracts/announcements.jsonl; none is in the dev gold).
# ---------------------------------------------------------------------------------------------
ANNOUNCEMENTS = {
    "dod/2017-01-10/p03": [E(
        "award", "has been awarded", "Defense Logistics Agency Troop Support", ["Defense Logistics Agency"],
        ["Rocky Brands Inc."], [("$8,372,721", "ceiling")], ["SPE1C1-17-D-1024"],
        ["firm_fixed_price", "idiq"], [("Jan. 19, 2018", "2018-01-19", "completion")],
        ("one-year contract with no option periods", "P1Y"), "Ohio and Puerto Rico", "hot weather combat boots")],
    "dod/2015-11-19/p04": [E(
        "award", "has been awarded", "Defense Logistics Agency Aviation", ["Defense Logistics Agency"],
        ["Lockheed Martin MS2"], [("$7,931,000", "ceiling")], ["THCV", "SPRWA1-13-D-2000"],
        ["firm_fixed_price", "delivery_order"], [("Jan. 31, 2019", "2019-01-31", "completion")],
        None, "New York#2", "receiver processors in support of the Navy H-60 program")],
    "dod/2015-11-19/p10": [E(
        "modification", "has been awarded", "Air Force Life Cycle Management Center", [],
        ["Northrop Grumman"], [("$120,791,630", "value")], ["P00105", "FA8726-09-C-0010"],
        [], [("June 22, 2016", "2016-06-22", "completion")],
        None, "San Diego, California#2", "to definitizate an undefinitized contract action")],
    "dod/2018-11-19/p01": [E(
        "modification", "was awarded", "U.S. Army Contracting Command", ["Army Contracting Command"],
        ["Birdon America Inc."], [("$44,452,448", "value"), ("$44,452,448#2", "obligated")],
        ["P00062", "W56HZV-14-C-0015"], [], [("March 31, 2020", "2020-03-31", "completion")],
        None, "Denver, Colorado#2", "bridge erection boats and crew protection kits")],
    "dod/2017-11-20/p01": [E(
        "award", "is being awarded", "Naval Facilities Engineering Command, Washington",
        ["Naval Facilities Engineering Command"],
        ["John C. Grimberg Co. Inc."],
        [("$46,630,000", "value"), ("$49,870,343", "potential"), ("$46,630,000#2", "obligated")],
        ["N40080-18-C-0006"], ["firm_fixed_price"], [("January 2020", "2020-01", "completion")],
        None, "Quantico, Virginia#2",
        "replacement of a middle school and high school at Marine Corps Base, Quantico, Virginia")],
    "dod/2015-11-25/p00": [E(
        "modification", "is being awarded", "Naval Air Systems Command", [],
        ["United Technologies Corp., Pratt & Whitney, Military Engines"],
        [("$214,597,057", "value"), ("$214,597,057#2", "obligated")], ["N00019-15-C-0004"],
        ["fixed_price_incentive", "cost_plus_incentive_fee"], [("April 2019", "2019-04", "completion")],
        None,
        "East Hartford, Connecticut (76 percent); Oklahoma City, Oklahoma (18 percent); Eglin Air Force Base, "
        "Florida (2 percent); Edwards Air Force Base, California (1 percent); Hill Air Force Base, Utah (1 percent); "
        "Luke Air Force Base, Arizona (1 percent); and Beaufort, South Carolina (1 percent)",
        "Low Rate Initial Production (LRIP) Lot 10 annualized sustainment in support of the F-35 Joint Strike "
        "Fighter aircraft for the U.S Navy, U.S Air Force, U.S. Marine Corps, Non -U.S. Department of Defense "
        "(DoD) participants and foreign military sales customers")],
    "dod/2015-11-25/p01": [E(
        "award", "is being awarded", "Naval Air Warfare Center Aircraft Division", [],
        ["Insitu Inc."], [("$70,941,310", "value"), ("$53,205,982", "obligated")],
        ["0011", "N68335-11-G-0009"], ["firm_fixed_price", "delivery_order", "boa"],
        [("June 2018", "2018-06", "completion")], None,
        "Bingen, Washington (80 percent); and undisclosed sites throughout Afghanistan (20 percent)",
        "the procurement of eight ScanEagle unmanned aircraft systems for the government of Afghanistan under "
        "the Foreign Military Sales program")],
    "dod/2018-11-26/p03": [E(
        "award", "was awarded", "Defense Information Technology Contracting Organization", [],
        ["Qwest Government Solutions Inc."], [("$1,000", "minimum"), ("$126,895,698", "ceiling")],
        ["HC1013-19-D-0002"], ["firm_fixed_price", "idiq"],
        [("Nov. 30, 2018", "2018-11-30", "start"), ("Nov. 29, 2023", "2023-11-29", "completion")],
        ("a five-year period of performance", "P5Y"), "various locations within CONUS",
        "the continued operations and maintenance support for dark fiber and commercial facilities in the "
        "continental U.S. (CONUS) to support the Department of Defense")],
    "dod/2018-11-26/p11": [E(
        "option", "is awarded", "Naval Facilities Engineering Command Marianas",
        ["Naval Facilities Engineering Command"],
        ["Landscape Management Systems Inc."],
        [("$11,426,341", "value"), ("$48,598,810", "cumulative"), ("$8,348,102", "obligated")],
        ["N40192-15-D-9008"], ["idiq"], [("November 2019", "2019-11", "completion")], None,
        "the Naval Facilities Engineering Command Marianas area of responsibility, including but not limited "
        "to, NB Guam (70 percent); and NSA Andersen, Guam (30 percent)",
        "base operations support services at Naval Base (NB) Guam and Naval Support Activity (NSA) Andersen, Guam")],
    "dod/2017-11-28/p06": [E(
        "modification", "has been awarded", "Air Force Research Laboratory", [],
        ["Provatek LLC"],
        [("$8,469,694", "value"), ("$12,493,001", "cumulative"), ("$375,000", "obligated")],
        ["P00006", "FA8750-16-C-0180"], [], [("July 31, 2020", "2020-07-31", "completion")], None,
        "Tampa, Florida#2",
        "rapid attack detection, isolation and characterization systems evaluator to provide for additional "
        "exercises and tests developed to be run on the performers' software")],
    "dod/2016-11-03/p06": [E(
        "option", "is being awarded",
        "Naval Surface Warfare Center Indian Head Explosive Ordnance Disposal Technology Division#2",
        ["Naval Surface Warfare Center"],
        ["Hydroid Inc."], [("$7,408,735", "value")], ["N00174-14-D-0001"],
        ["firm_fixed_price", "cost_plus_fixed_fee", "idiq"], [("November 2017", "2017-11", "completion")], None,
        "Pocasset, Massachusetts#2",
        "engineering support and training services for the MK18 Mod 1 and Mod 2 unmanned underwater vehicle systems")],
    "dod/2016-11-30/p11": [E(
        "award", "has been awarded", "Defense Advanced Research Projects Agency", ["DARPA"],
        ["The Johns Hopkins University Applied Physics Laboratory LLC"], [("$98,000,000", "ceiling")],
        ["HR0011-17-D-0001"], ["cost_plus_fixed_fee", "idiq"],
        [("November 2021", "2021-11", "completion")], None, "Laurel, Maryland#2",
        "engineering, development, and research capabilities")],
    "dod/2016-11-30/p12": [E(
        "modification", "has been awarded", "Defense Logistics Agency Energy#2", ["Defense Logistics Agency"],
        ["US Oil Refining Co."], [("$25,929,698", "value")], ["P00002", "SPE600-16-D-0500"],
        ["fixed_price_epa", "idiq"], [("Sept. 30, 2017", "2017-09-30", "completion")],
        ("a one-year contract with a 30-day carryover period", "P1Y30D"), "Washington#2",
        "additional quantities of aviation fuel")],
    "dod/2014-12-18/p00": [E(
        "option", "has been awarded", "Defense Logistics Agency Troop Support", ["Defense Logistics Agency"],
        ["Meridian Medical Technologies"], [("$129,537,132", "ceiling")], ["P00102", "SPM2DP-11-D-0002"],
        ["firm_fixed_price", "idiq"], [("Dec. 31, 2015", "2015-12-31", "completion")],
        ("one-year base contract SPM2DP-11-D-0002 with four one-year option periods", "P5Y"),
        "Maryland and Missouri", "nerve agent antidotes in auto-injectors")],
    "dod/2014-12-24/p00": [E(
        "modification", "has been awarded", "Air Force Life Cycle Management Center", [],
        ["Northrop Grumman Technical Services"],
        [("$19,558,660", "value"), ("$19,558,660#2", "obligated")], ["004", "FA8106-10-D-0001-0035"], [],
        [("Sept. 30, 2015", "2015-09-30", "completion")], None,
        "worldwide locations to include McGuire Air Force Base, New Jersey; Travis Air Force Base, California; "
        "Hickam Air Force Base, Hawaii; Yokota Air Base, Japan; and Tinker Air Force Base, Oklahoma",
        "contractor logistics services for aircraft and spares to support the KC-10 program")],
    "dod/2019-02-14/p02-03": [
        E("award", "is awarded", "Naval Sea Systems Command", [],
          ["L3 Communication Systems - West"], [("$29,610,900", "value"), ("$25,424,516", "obligated")],
          ["N00024-19-G-2304"], ["firm_fixed_price", "cost_plus_fixed_fee", "delivery_order", "boa"],
          [("September 2023", "2023-09", "completion")], None, "Salt Lake City, Utah#2",
          "the manufacture, integration, test, and delivery of the Tactical Common Data Link Maritime Shipboard "
          "Terminal Surface Terminal Equipment (TCDL MST STE) system"),
        E("award", "is awarded#2", "Naval Air Warfare Center Aircraft Division", [],
          ["L-3Communications Vertex Aerospace LLC"], [("$23,420,937", "value")], ["N00421-19-D-0031"],
          ["firm_fixed_price", "idiq"], [("February 2022", "2022-02", "completion")], None,
          "various locations inside and outside the continental U.S.",
          "to provide contractor owned and operated aircraft for airborne threat simulation capabilities to "
          "train shipboard and aircraft squadron weapon systems operations and aircrew to counter enemy "
          "electronic warfare and electronic attach operations"),
    ],
    "dod/2019-02-07/p14-15": [
        E("award", "was awarded", "U.S. Army Contracting Command", ["Army Contracting Command"],
          ["Oshkosh Defense LLC"], [("$40,946,478", "value"), ("$40,946,478#2", "obligated")],
          ["W56HZV-19-F-0194"], ["fixed_price_incentive"], [("July 31, 2020", "2020-07-31", "completion")],
          None, "Oshkosh, Wisconsin#2", "recapitalized Heavy Expanded Mobility Tactical Trucks"),
        E("award", "was awarded#2", "U.S. Army Contracting Command#2", ["Army Contracting Command"],
          ["Oshkosh Defense LLC#2"], [("$29,319,096", "value"), ("$29,319,096#2", "obligated")],
          ["W56HZV-19-F-0195"], ["fixed_price_incentive"], [("Oct. 31, 2020", "2020-10-31", "completion")],
          None, "Oshkosh, Wisconsin#4", "recapitalized Heavy Expanded Mobility Tactical Trucks#2"),
    ],
    "dod/2016-04-29/p00": [E(
        "award", "is being awarded", "Missile Defense Agency", [],
        ["Millennium Engineering and Integration"],
        [("$235,390,812", "potential"), ("$6,088,175", "obligated")], ["HQ0147-16-C-0034"],
        ["cost_plus_fixed_fee"], [("June 2021", "2021-06", "completion")], None,
        "Huntsville, Alabama; Dahlgren, Virginia; Colorado Springs, Colorado; Albuquerque, New Mexico; "
        "Vandenberg Air Force Base, California; Camp Smith, Hawaii; and Hanscom Air Force Base, Massachusetts",
        "advisory and assistance services for test, exercise and wargames in support of technical, "
        "engineering, advisory and management support")],
    "dod/2018-06-14/p11": [E(
        "modification", "has been awarded", "Air Force Life Cycle Management Center", [],
        ["General Atomics - Aeronautical Systems Inc."],
        [("$22,907,561", "value"), ("$22,907,561#2", "obligated")], ["000105", "FA8620-15-G-4040"],
        ["firm_fixed_price"], [("June 31, 2020", None, "completion")], None, "Poway, California#2",
        "MQ-9 Reaper radar productionization")],
    "dod/2018-06-14/p13-14": [
        E("award", "has been awarded", "Defense Logistics Agency Energy", ["Defense Logistics Agency"],
          ["U.S. Bank National Assoc."], [("$15,288,000", "value")], ["SPE608-18-F-0002", "GS-36-F-GA001"],
          ["task_order"], [("Nov. 29, 2022", "2022-11-29", "completion")],
          ("a four-year base contract with three, three-year option periods", "P13Y"), "Minnesota#2",
          "supporting the Department of Defense Swipe Ships' bunkers Easy Acquisition Card Fuel program"),
        E("award", "has been awarded#2", "Defense Logistics Agency Energy#2", ["Defense Logistics Agency"],
          ["Maytag Aircraft Corp."], [("$9,493,200", "ceiling")], ["SPE603-18-C-5019"],
          ["firm_fixed_price"], [("July 31, 2022", "2022-07-31", "completion")],
          ("a four-year base contract with one four-year option period and an option to extend, not to exceed "
           "six months", "P8Y6M"), "Colorado and Arizona",
          "above ground fuel storage tanks, associated components and services including management, operation, "
          "maintenance, product quality, surveillance, inventory control and accounting, security, safety, and "
          "environmental protection of the government-owned, contractor-operated facilities"),
    ],
}

# ---------------------------------------------------------------------------------------------
# The seed article and the news articles (corpus/news/*.txt).
# ---------------------------------------------------------------------------------------------
SEED = [E(
    "planned_award", "award the contract in the 3rd quarter", "ICE@ICE officials system",
    ["U.S. Immigrations and Customs Enforcement", "U.S. Immigration and Customs Enforcement"],
    [], [("$100 million", "value")], [], [],
    [("early 2021", "2021", "award"), ("mid-January", "2021-01", "presolicitation"),
     ("the 3rd quarter of fiscal 2021", "FY2021-Q3", "award")],
    ("five many years", "P5Y"), None, "cloud infrastructure hosting in AWS and Microsoft Azure environments")]

NEWS = {
    "gov-army-radio-rfi.txt": [E(
        "rfi", "has issued a request for information", "U.S. Army",
        ["Army", "Army Contracting Command-Aberdeen Proving Ground", "Army Contracting Command"],
        [], [("$480 million", "ceiling")], ["W56KGY-21-R-0042"], ["single_award"],
        [("09/27/2021", "2021-09-27", "responses_due"), ("2021-10-14", "2021-10-14", "industry_day"),
         ("next spring", "2022-SP", "solicitation"),
         ("the second quarter of fiscal 2022", "FY2022-Q2", "presolicitation"),
         ("the fourth quarter of that year", "FY2022-Q4", "award")],
        ("10 years", "P10Y"), None,
        "to repair, upgrade and manage about 20,000 handheld and vehicle-mounted tactical radios")],
    "gov-disa-network-idiq-award.txt": [E(
        "award", "has awarded six companies", "Defense Information Systems Agency",
        ["DISA", "Defense Information Technology Contracting Organization"],
        ["Booz Allen Hamilton Inc.", "Leidos Inc.", "Peraton Inc.", "Science Applications International Corp.",
         "ManTech International Corp.", "Iron Bow Technologies LLC"],
        [("$950 million#2", "value"), ("$2,500", "minimum")],
        ["HC1047-21-D-0003", "HC1047-21-D-0004", "HC1047-21-D-0005", "HC1047-21-D-0006", "HC1047-21-D-0007",
         "HC1047-21-D-0008", "HC1047-20-R-0012"],
        ["multiple_award", "idiq", "firm_fixed_price", "time_and_materials"],
        [("April 2020", "2020-04", "solicitation")],
        ("a five-year ordering period made up of a base year plus four option years", "P5Y"),
        "mainly at Fort Meade, Md., where DISA has its headquarters, and at agency data centers in Oklahoma City "
        "and Columbus, Ohio", "network engineering and cybersecurity support")],
    "gov-gao-sustains-cisa-protest.txt": [E(
        "protest", "has sustained a protest", "Cybersecurity and Infrastructure Security Agency", ["CISA"],
        ["Perspecta Enterprise Solutions LLC", "Accenture Federal Services LLC"], [("$300 million#2", "value")],
        ["70QS0120F00000123", "47QTCK18D0004"], ["task_order", "gwac", "cost_plus_fixed_fee"],
        [("September", "2020-09", "award"), ("Jan. 8", "2021-01-08", "decision")],
        ("a base year and four option years", "P5Y"), None,
        "to run the agency’s threat-hunting and incident-response teams")],
    "gov-gsa-cloud-bpa.txt": [
        E("award", "established a multiple-award blanket purchase agreement", "General Services Administration",
          ["GSA"], ["Accenture Federal Services LLC", "Deloitte Consulting LLP", "Four Points Technology LLC"],
          [("$1.5 billion#2", "value")],
          ["47QTCA21A0011", "47QTCA21A0012", "47QTCA21A0013", "GS-35F-0119Y"],
          ["multiple_award", "bpa", "firm_fixed_price", "time_and_materials", "labor_hour"],
          [("Thursday", "2021-09-30", "award"), ("Sept. 29, 2026", "2026-09-29", "ordering_end")],
          ("five years", "P5Y"), None, "cloud migration services"),
        E("award", "went to Four Points", "Department of Agriculture",
          ["General Services Administration", "GSA"], ["Four Points@went to Four Points"], [("$24 million", "value")], [], [],
          [], None, None, "the Department of Agriculture’s move of its payroll systems to Amazon Web Services"),
    ],
    "gov-ice-cloud-hosting-award.txt": [
        E("award", "has awarded a $109 million contract", "U.S. Immigration and Customs Enforcement", ["ICE"],
          ["Alamo Digital Solutions LLC"], [("$109 million#2", "value"), ("$18.4 million", "obligated")],
          ["70CDCR21C00000001", "70CDCR21R00000004"], ["firm_fixed_price", "time_and_materials"],
          [("Aug. 31, 2026", "2026-08-31", "completion"), ("January", "2021-01", "presolicitation"),
           ("March", "2021-03", "solicitation")],
          ("a one-year base period and four one-year options, for a maximum of five years", "P5Y"),
          "Ashburn and at ICE headquarters in Washington, D.C.",
          "to manage the agency’s systems hosted on Amazon Web Services and Microsoft Azure"),
        E("award", "which signed its own multimillion-dollar cloud deal", "U.S. Customs and Border Protection",
          ["CBP"], [], [("multimillion-dollar", "value", None)], [], [], [("2020@cloud deal in 2020", "2020", "award")],
          None, None, None),
    ],
    "gov-nasa-kennedy-option-exercise.txt": [E(
        "option", "has exercised a two-year option", "NASA#2", ["National Aeronautics and Space Administration"],
        ["PAE Space Operations Co."], [("$382 million", "value"), ("$1.43 billion", "potential")],
        ["80KSC018C0012"], ["cost_plus_award_fee"],
        [("June 30, 2023", "2023-06-30", "completion"), ("July 1, 2018", "2018-07-01", "start")],
        ("two-year#2", "P2Y"), "Kennedy Space Center and Cape Canaveral Space Force Station",
        "base operations and spaceport services")],
    "gov-navair-mq25-modification.txt": [E(
        "modification", "has issued an $87.6 million cost-plus-fixed-fee modification", "Naval Air Systems Command",
        ["Navy", "NAVAIR"], ["Boeing Co."],
        [("$87.6 million#2", "value"), ("$1.03 billion", "cumulative"), ("$41.2 million", "obligated")],
        ["P00012", "N00019-21-C-0010"], ["cost_plus_fixed_fee"], [("August 2024", "2024-08", "completion")],
        None, "St. Louis (83%); Mascoutah, Ill. (9%); and Patuxent River (8%)",
        "three additional MQ-25A Stingray test aircraft")],
    "gov-navy-ship-repair-solicitation.txt": [E(
        "solicitation", "released solicitation", "Naval Sea Systems Command", ["NAVSEA", "Navy"], [],
        [("$2.4 billion#2", "value"), ("$10,000", "minimum")], ["N00024-21-R-4412"],
        ["multiple_award", "idiq", "firm_fixed_price", "cost_plus_fixed_fee"],
        [("Wednesday", "2021-02-17", "solicitation"), ("March 31", "2021-03-31", "responses_due"),
         ("the fourth quarter of fiscal 2021", "FY2021-Q4", "award")],
        ("a five-year ordering period and an optional three-year extension", "P8Y"),
        "private shipyards in San Diego and, for some jobs, at Naval Base San Diego and Pearl Harbor, Hawaii",
        "maintenance and modernization of surface ships based in San Diego")],
    "gov-va-supply-chain-planned-award.txt": [E(
        "planned_award", "plans to award a contract", "Department of Veterans Affairs", ["VA"], [],
        [("$1.2 billion#2", "ceiling")], ["36C10X20R0047"], ["firm_fixed_price", "single_award"],
        [("mid-January", "2021-01", "award"), ("three months", "P3M", "solicitation"),
         ("Nov. 17", "2020-11-17", "industry_day")],
        ("a two-year base period and three one-year options, for a total of five years", "P5Y"),
        "VA facilities across the U.S. and in Puerto Rico",
        "to modernize how its 170 medical centers order, store and track supplies")],
    "alert-state-dept-cancels-guard-contract.txt": [
        E("cancellation", "CANCELED A $2.1 BILLION CONTRACT", "STATE DEPARTMENT#2",
          ["State Department", "Bureau of Diplomatic Security", "Department of State"], ["CONSTELLIS"],
          [("$2.1 BILLION#2", "value")], ["19AQMM20F1234"], ["task_order"],
          [("FRIDAY", "2021-07-09", "cancellation"), ("March", "2021-03", "award"), ("April", "2021-04", "protest"), ("June 18", "2021-06-18", "decision")],
          ("a one-year base period and four one-year options", "P5Y"), None,
          "GUARD SERVICES AT U.S. EMBASSIES IN EUROPE AND AFRICA"),
        E("presolicitation", "issue a new solicitation", "Bureau of Diplomatic Security",
          ["STATE DEPARTMENT", "State Department", "Department of State"], [], [], ["19AQMM21R0045"], [],
          [("the end of the year", "2021", "solicitation")], None, None, None),
        E("award", "under a bridge contract worth up to $180 million", "STATE DEPARTMENT#2",
          ["State Department", "Department of State"], ["Triple Canopy"], [("$180 million", "ceiling")], [], [],
          [], ("six months#1", "P6M"), None, None),
    ],
    "politics-senators-pentagon-cloud.txt": [
        E("cancellation", "which the Pentagon canceled last Tuesday", "Pentagon@which the Pentagon canceled",
          ["Defense Department", "Department of Defense"], ["Microsoft#2"], [("$10 billion", "value")], [], [],
          [("last Tuesday", "2021-07-06", "cancellation"), ("two years ago", "2019", "award")], None, None, None),
        E("planned_award", "it expects to award", "Pentagon@The Pentagon said", ["Defense Department", "Department of Defense"],
          ["Microsoft Corp.", "Amazon.com Inc.", "Google", "Oracle Corp."],
          [("billions of dollars", "value", None)], [], [],
          [("next year", "2022", "award"), ("within three months", "P3M", "solicitation")],
          ("five years", "P5Y"), None, None),
    ],
    "earnings-alphabet-cloud.txt": [E(
        "award", "had won a multimillion-dollar contract", "U.S. Navy", ["Navy"], ["Google@Kurian said Google"],
        [("multimillion-dollar", "value", None)], [], [], [], None, None,
        "to provide collaboration software to the U.S. Navy")],
    # Articles without contract events: precision checks.
    "scraped-lockport-data-center.txt": [],
    "earnings-siemens.txt": [],
    "earnings-hsbc.txt": [],
    "sports-red-sox-yankees.txt": [],
}

MAGNITUDE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def money_value(text):
    m = re.match(r"\$([\d,]+(?:\.\d+)?)(?:\s+(\w+))?$", text.strip(), re.I)
    if not m:
        raise SystemExit(f"cannot read money value of {text!r}")
    v = float(m.group(1).replace(",", ""))
    if m.group(2):
        v *= MAGNITUDE[m.group(2).lower()]
    return v


class Doc:
    def __init__(self, did, text):
        self.id, self.text = did, text

    def find(self, spec):
        """Code-point span of `spec`: "text", "text#n" (n-th occurrence) or "text@context[#n]"
        (the first occurrence of text inside the n-th occurrence of context)."""
        text, _, context = spec.partition("@")
        where = context or text
        n = 1
        if "#" in where:
            where, k = where.rsplit("#", 1)
            n = int(k)
            if not context:
                text = where
        pos = -1
        for _ in range(n):
            pos = self.text.find(where, pos + 1)
            if pos < 0:
                raise SystemExit(f"{self.id}: {spec!r} not found")
        if context:
            inner = where.find(text)
            if inner < 0:
                raise SystemExit(f"{self.id}: {text!r} not inside {where!r}")
            pos += inner
        return {"start": pos, "end": pos + len(text), "text": text}


def build_event(doc, e):
    out = {"stage": e["stage"], "anchor": doc.find(e["anchor"])}
    if e["agency"]:
        out["agency"] = dict(doc.find(e["agency"]), aliases=e["aliases"])
    else:
        out["agency"] = None
    out["vendors"] = [doc.find(v) for v in e["vendors"]]
    amounts = []
    for a in e["amounts"]:
        span = doc.find(a[0])
        value = a[2] if len(a) > 2 else money_value(span["text"])
        amounts.append(dict(span, value=value, currency="USD", role=a[1]))
    out["amounts"] = amounts
    out["ids"] = [doc.find(i) for i in e["ids"]]
    out["contract_type"] = e["contract_type"]
    out["dates"] = [dict(doc.find(t), value=v, role=r) for t, v, r in e["dates"]]
    out["period"] = dict(doc.find(e["period"][0]), value=e["period"][1]) if e["period"] else None
    out["place_of_performance"] = doc.find(e["place"]) if e["place"] else None
    out["purpose"] = doc.find(e["purpose"]) if e["purpose"] else None
    return out


def main():
    lines = []
    with open(os.path.join(CORPUS, "contracts", "announcements.jsonl"), encoding="utf-8") as f:
        records = {r["id"]: r for r in map(json.loads, f)}
    for did, events in ANNOUNCEMENTS.items():
        r = records[did]
        doc = Doc(did, r["text"])
        lines.append({"id": did, "source": "newsextract-corpus", "dct": r["dct"], "text": r["text"],
                      "events": [build_event(doc, e) for e in events]})
    seed_path = os.path.join(CORPUS, "seed-bloomberg-ice-cloud.txt")
    with open(seed_path, encoding="utf-8") as f:
        text = f.read()
    did = "corpus/seed-bloomberg-ice-cloud.txt"
    lines.append({"id": did, "source": "newsextract-corpus", "dct": "2020-12-10", "text": text,
                  "events": [build_event(Doc(did, text), e) for e in SEED]})
    for name, events in NEWS.items():
        with open(os.path.join(CORPUS, "news", name), encoding="utf-8") as f:
            text = f.read()
        did = f"corpus/news/{name}"
        lines.append({"id": did, "source": "newsextract-corpus", "dct": NEWS_DCT[name], "text": text,
                      "events": [build_event(Doc(did, text), e) for e in events]})
    with open(OUT, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    n_events = sum(len(x["events"]) for x in lines)
    print(f"{len(lines)} articles, {n_events} events -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
