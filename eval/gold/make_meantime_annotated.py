#!/usr/bin/env python3
"""Derive meantime_annotated.dev.jsonl from meantime.dev.jsonl.

MEANTIME annotates only the beginning of each article: the title, the dateline and the first
four sentences of the body (six "sentences" in all). The rest of the text carries no
annotation, yet meantime.dev.jsonl does not say so, so every correct mention a system finds
there counts as a false positive. This script marks the rest of each text as
`meta.unannotated_regions`, which the scorer (score.py and `newsextract eval`) already honours:
predictions there that overlap no gold span are neither right nor wrong; gold spans still
count wherever they are.

The boundary is the end of the sixth sentence (title, dateline, four body sentences, split at
sentence punctuation followed by a capital, abbreviations aside), moved later when a gold span
or an ignore span lies beyond it. Nothing else of the gold is changed.

usage: make_meantime_annotated.py meantime.dev.jsonl > meantime_annotated.dev.jsonl
Standard library only.
"""
import json
import re
import sys

ANNOTATED_SENTENCES = 6
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "gen",
    "sen", "rep", "gov", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "u.s", "u.k", "u.n", "e.u", "d.c",
}
BREAK = re.compile(r'[.!?]["”’)]?\s+(?=["“]?[A-Z0-9])')


def sentence_ends(text):
    """End offsets of the sentences of text: each line, then each sentence of a line."""
    ends, pos = [], 0
    for line in text.split("\n"):
        for m in BREAK.finditer(line):
            word = re.search(r"([\w.]+)[.!?]$", line[: m.start() + 1])
            if word and (word.group(1).lower() in ABBREVIATIONS or len(word.group(1)) == 1):
                continue
            ends.append(pos + m.start() + 1)
        if line.strip():
            ends.append(pos + len(line))
        pos += len(line) + 1
    return sorted(set(ends))


def boundary(doc):
    text = doc["text"]
    ends = sentence_ends(text)
    cut = ends[ANNOTATED_SENTENCES - 1] if len(ends) >= ANNOTATED_SENTENCES else len(text)
    meta = doc.get("meta") or {}
    spans = [s["end"] for layer in ("entities", "dates", "money", "contracts") for s in doc.get(layer) or []]
    spans += [x["end"] if isinstance(x, dict) else x[1] for x in meta.get("entity_ignore_spans") or []]
    last = max(spans, default=0)
    if last > cut:
        cut = next((e for e in ends if e >= last), len(text))
    return cut


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            doc = json.loads(line)
            cut = boundary(doc)
            if cut < len(doc["text"]):
                meta = doc.setdefault("meta", {})
                regions = list(meta.get("unannotated_regions") or [])
                regions.append({"start": cut, "end": len(doc["text"])})
                meta["unannotated_regions"] = regions
            doc["id"] = doc["id"]
            sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
