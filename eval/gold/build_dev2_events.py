#!/usr/bin/env python3
"""Builds dev2_events.jsonl (contract-event gold for corpus/dev2/) from the annotations below.

usage: build_dev2_events.py [DEV2_DIR] [OUT]   (defaults: corpus/dev2, eval/gold/dev2_events.jsonl)

Adapted from build_corpus_events.py. The annotations name every span by its text; "text#n" is the
n-th occurrence (1-based) in the article, "text@context[#n]" the first occurrence of text inside
the n-th occurrence of context. The script finds the code-point offsets, checks that every span
occurs and reads back exactly, parses money values and currencies, checks stages, roles, contract
types, TIMEX3 and ISO 8601 shapes, that every article file is listed and that every article is
150-600 words with a headline line and a blank line, and writes one JSON line per article. Never
compute offsets by hand: edit the annotations and rerun. See EVENTS_GOLD.md and DEV2_GOLD.md.
"""
import json
import os
import re
import sys

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

STAGES = {"rfi", "presolicitation", "solicitation", "planned_award", "award", "modification", "option",
          "protest", "cancellation"}
AMOUNT_ROLES = {"value", "ceiling", "minimum", "obligated", "cumulative", "potential"}
DATE_ROLES = {"award", "start", "completion", "ordering_end", "presolicitation", "solicitation",
              "responses_due", "industry_day", "protest", "decision", "cancellation"}
CONTRACT_TYPES = {"firm_fixed_price", "fixed_price", "fixed_price_incentive", "fixed_price_epa",
                  "cost_plus_fixed_fee", "cost_plus_award_fee", "cost_plus_incentive_fee", "cost_reimbursement",
                  "time_and_materials", "labor_hour", "idiq", "requirements", "gwac", "bpa", "boa",
                  "multiple_award", "single_award", "task_order", "delivery_order"}
TIMEX = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?|-W\d{2}|-Q[1-4]|-(SP|SU|FA|WI))?|FY\d{4}(-Q[1-4])?|P\d+[YMWD])$")
DURATION = re.compile(r"^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$")


def E(stage, anchor, agency=None, aliases=(), vendors=(), amounts=(), ids=(), contract_type=(),
      dates=(), period=None, place=None, purpose=None):
    """One gold event. amounts: (text, role) or (text, role, value); dates: (text, value, role);
    period: (text, iso_value)."""
    return dict(stage=stage, anchor=anchor, agency=agency, aliases=list(aliases), vendors=list(vendors),
                amounts=list(amounts), ids=list(ids), contract_type=list(contract_type), dates=list(dates),
                period=period, place=place, purpose=purpose)


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
          ["firm_fixed_price", "task_order"], [("today", "2026-06-16", "award")],
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

MAGNITUDE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9}
SYMBOL = {"$": "USD", "£": "GBP", "€": "EUR"}


def money(text, name):
    """(value, currency) of a money span: "$1.2 billion", "$420-million", "£340m", "$386,000"."""
    m = re.match(r"([$£€])([\d,]+(?:\.\d+)?)(?:[\s-]?(thousand|million|billion|trillion|m|bn))?$", text.strip())
    if not m:
        raise SystemExit(f"{name}: cannot read money value of {text!r}")
    v = float(m.group(2).replace(",", ""))
    if m.group(3):
        v *= MAGNITUDE[m.group(3).lower()]
    currency = SYMBOL[m.group(1)]
    if m.group(1) == "$":
        currency = DOLLAR.get(name, "USD")
    return v, currency


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
        span = {"start": pos, "end": pos + len(text), "text": text}
        assert self.text[span["start"]:span["end"]] == text
        return span


def check(name, e):
    if e["stage"] not in STAGES:
        raise SystemExit(f"{name}: stage {e['stage']!r}")
    for a in e["amounts"]:
        if a[1] not in AMOUNT_ROLES:
            raise SystemExit(f"{name}: amount role {a[1]!r}")
    for t in e["contract_type"]:
        if t not in CONTRACT_TYPES:
            raise SystemExit(f"{name}: contract type {t!r}")
    for t, v, r in e["dates"]:
        if r not in DATE_ROLES or (v is not None and not TIMEX.match(v)):
            raise SystemExit(f"{name}: date {t!r} {v!r} {r!r}")
    if e["period"] and not (DURATION.match(e["period"][1]) and e["period"][1] != "P"):
        raise SystemExit(f"{name}: period {e['period']!r}")


def build_event(name, doc, e):
    check(name, e)
    out = {"stage": e["stage"], "anchor": doc.find(e["anchor"])}
    out["agency"] = dict(doc.find(e["agency"]), aliases=e["aliases"]) if e["agency"] else None
    out["vendors"] = [doc.find(v) for v in e["vendors"]]
    amounts = []
    for a in e["amounts"]:
        span = doc.find(a[0])
        value, currency = money(span["text"], name)
        if len(a) > 2:
            value = a[2]
        amounts.append(dict(span, value=value, currency=currency, role=a[1]))
    out["amounts"] = amounts
    out["ids"] = [doc.find(i) for i in e["ids"]]
    out["contract_type"] = e["contract_type"]
    out["dates"] = [dict(doc.find(t), value=v, role=r) for t, v, r in e["dates"]]
    out["period"] = dict(doc.find(e["period"][0]), value=e["period"][1]) if e["period"] else None
    out["place_of_performance"] = doc.find(e["place"]) if e["place"] else None
    out["purpose"] = doc.find(e["purpose"]) if e["purpose"] else None
    return out


def main():
    files = sorted(f for f in os.listdir(DEV2) if f.endswith(".txt"))
    if sorted(EVENTS) != files or sorted(DCT) != files:
        raise SystemExit(f"annotated articles differ from the files of {DEV2}")
    lines = []
    for name in files:
        with open(os.path.join(DEV2, name), encoding="utf-8") as f:
            text = f.read()
        head, blank = text.split("\n")[:2]
        words = len(text.split())
        if not head.strip() or blank.strip() or not 150 <= words <= 600:
            raise SystemExit(f"{name}: needs a headline, a blank line and 150-600 words ({words})")
        did = f"corpus/dev2/{name}"
        doc = Doc(did, text)
        lines.append({"id": did, "source": "newsextract-dev2", "dct": DCT[name], "text": text,
                      "events": [build_event(name, doc, e) for e in EVENTS[name]]})
    with open(OUT, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    stages = {}
    for x in lines:
        for e in x["events"]:
            stages[e["stage"]] = stages.get(e["stage"], 0) + 1
    n_events = sum(len(x["events"]) for x in lines)
    print(f"{len(lines)} articles, {n_events} events {dict(sorted(stages.items()))} -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
