"""Shared machinery of the hand-made contract-event gold builders (build_dev2_events.py, build_dev3_events.py).

A builder lists its annotations as texts (see `E`) and calls `build`. Spans are named by their text: "text#n"
is the n-th occurrence (1-based) in the article, "text@context[#n]" the first occurrence of text inside the
n-th occurrence of context. `build` finds the code-point offsets, checks that every span occurs and reads back
exactly, parses money values and currencies, checks stages, roles, contract types, TIMEX3 and ISO 8601 shapes,
that every article file is annotated and dated and that every article is 150-600 words with a headline line and
a blank line, and writes one JSON line per article. Never compute offsets by hand: edit the annotations and
rerun. See EVENTS_GOLD.md for the format and conventions.
"""
import json
import os
import re
import sys

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


MAGNITUDE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "k": 1e3}
SYMBOL = {"$": "USD", "£": "GBP", "€": "EUR", "A$": "AUD"}


# Amounts written with a word for the currency: (pattern, multiplier of the number, currency).
WORDED = [
    (re.compile(r"¥([\d,]+(?:\.\d+)?)(?:\s(million|billion|trillion))?$"), 1.0, "JPY"),
    (re.compile(r"C\$([\d,]+(?:\.\d+)?)(?:\s(million|billion))?$"), 1.0, "CAD"),
    (re.compile(r"(?:Rs\.? ?|₹ ?)([\d,]+(?:\.\d+)?) crore$"), 1e7, "INR"),
    (re.compile(r"([\d,]+(?:\.\d+)?) (million|billion) crowns$"), 1.0, "NOK"),
    (re.compile(r"KSh ?([\d,]+(?:\.\d+)?)(?:\s(million|billion))?$"), 1.0, "KES"),
    (re.compile(r"AED ?([\d,]+(?:\.\d+)?)(?:\s(million|billion))?$"), 1.0, "AED"),
    (re.compile(r"R\$ ?([\d,]+(?:\.\d+)?)(?:\s(million|billion))?$"), 1.0, "BRL"),
    (re.compile(r"([\d,]+(?:\.\d+)?) (million|billion) zlotys?$"), 1.0, "PLN"),
    (re.compile(r"R ?([\d,]+(?:\.\d+)?)(?:\s?(million|billion|bn))?$"), 1.0, "ZAR"),
    (re.compile(r"NZ\$([\d,]+(?:\.\d+)?)(?:\s(million|billion))?$"), 1.0, "NZD"),
    (re.compile(r"S\$([\d,]+(?:\.\d+)?)(?:\s(million|billion))?$"), 1.0, "SGD"),
    (re.compile(r"CHF ?([\d,]+(?:\.\d+)?)(?:\s(million|billion))?$"), 1.0, "CHF"),
    (re.compile(r"([\d,]+(?:\.\d+)?) (million|billion) (?:kronor|krona)$"), 1.0, "SEK"),
    (re.compile(r"([\d,]+(?:\.\d+)?) (million|billion) pesos$"), 1.0, "MXN"),
]


def money(text, name, dollar):
    """(value, currency) of a money span: "$1.2 billion", "$420-million", "£340m", "$386,000", "A$1.1 billion",
    "¥48.6 billion", "C$18.6 million", "Rs 1,450 crore" or "₹1,284 crore" (1 crore = 10
    million), "$450K" (k = thousand), "3.4 billion crowns" (NOK), "KSh 4.6 billion" (KES), "AED 1.86 billion" (AED), "R$312.6 million" (BRL), "684.3 million zlotys" (PLN), "R1.2 billion" or "R1.2bn" (South African rand, ZAR), "NZ$14.2 million" (NZD), "S$286 million" (SGD), "CHF 38.7 million" (CHF), "412 million kronor" (SEK), "2.35 billion pesos" (MXN); the magnitude word or letter in any case ("$3M", "$2.1 BILLION").
    `dollar` maps article names to the currency of their bare "$" amounts where it is not USD."""
    for pattern, unit, currency in WORDED:
        w = pattern.match(text.strip())
        if w:
            v = float(w.group(1).replace(",", "")) * unit
            if w.lastindex and w.lastindex >= 2 and w.group(2):
                v *= MAGNITUDE[w.group(2)]
            return v, currency
    m = re.match(r"(A\$|[$£€])([\d,]+(?:\.\d+)?)(?:[\s-]?(thousand|million|billion|trillion|m|bn|k))?$", text.strip(),
                 re.IGNORECASE)
    if not m:
        raise SystemExit(f"{name}: cannot read money value of {text!r}")
    v = float(m.group(2).replace(",", ""))
    if m.group(3):
        v *= MAGNITUDE[m.group(3).lower()]
    currency = SYMBOL[m.group(1)]
    if m.group(1) == "$":
        currency = dollar.get(name, "USD")
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


def build_event(name, doc, e, dollar):
    check(name, e)
    out = {"stage": e["stage"], "anchor": doc.find(e["anchor"])}
    out["agency"] = dict(doc.find(e["agency"]), aliases=e["aliases"]) if e["agency"] else None
    out["vendors"] = [doc.find(v) for v in e["vendors"]]
    amounts = []
    for a in e["amounts"]:
        span = doc.find(a[0])
        value, currency = money(span["text"], name, dollar)
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


def build(directory, out, id_prefix, source, dct, events, dollar=None):
    """Reads every .txt file of `directory`, builds its gold line from `dct[name]` and `events[name]`
    (ids `<id_prefix>/<name>`, the given `source`) and writes the JSONL to `out`."""
    dollar = dollar or {}
    files = sorted(f for f in os.listdir(directory) if f.endswith(".txt"))
    if sorted(events) != files or sorted(dct) != files:
        raise SystemExit(f"annotated articles differ from the files of {directory}")
    lines = []
    for name in files:
        with open(os.path.join(directory, name), encoding="utf-8") as f:
            text = f.read()
        head, blank = text.split("\n")[:2]
        words = len(text.split())
        if not head.strip() or blank.strip() or not 150 <= words <= 600:
            raise SystemExit(f"{name}: needs a headline, a blank line and 150-600 words ({words})")
        did = f"{id_prefix}/{name}"
        doc = Doc(did, text)
        lines.append({"id": did, "source": source, "dct": dct[name], "text": text,
                      "events": [build_event(name, doc, e, dollar) for e in events[name]]})
    with open(out, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    stages = {}
    for x in lines:
        for e in x["events"]:
            stages[e["stage"]] = stages.get(e["stage"], 0) + 1
    n_events = sum(len(x["events"]) for x in lines)
    print(f"{len(lines)} articles, {n_events} events {dict(sorted(stages.items()))} -> {out}", file=sys.stderr)
    return lines
