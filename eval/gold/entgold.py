"""Shared code of the entity gold builders (build_entdev1.py, build_entdev2.py).

Standard library only. A builder lists its documents as {file: {"dct": ..., "ents": [...],
"unannotated": [(start text, end text or None)]}} and calls build_set(name, specs), which reads
corpus/<name>/*.txt and writes eval/gold/<name>.jsonl. Entities are listed by their TEXT:
  (text, TYPE)            every word-bounded occurrence of `text` that is not inside a longer
                          listed span of the same document is a mention;
  (text, TYPE, [i, ...])  only occurrences i (0-based, counting every word-bounded occurrence of
                          `text` in the document, in reading order) are mentions.
Matching is case-sensitive. Longer strings are placed first; a shorter string's occurrence that
falls inside a longer mention is skipped (e.g. `Milwaukee` inside `Milwaukee Bucks`). Offsets are
Python str indices (Unicode code points), computed here, never by hand, and checked:
text[start:end] == span text, no overlaps, nothing inside an unannotated region.
A builder run with -v also prints, per document, the capitalised words outside any mention.
"""
import json
import os
import re
import sys

P, O, L, M = "PERSON", "ORG", "LOC", "MISC"


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        j = i + len(s)
        before_ok = i == 0 or not (text[i - 1].isalnum() and s[0].isalnum())
        after_ok = j == len(text) or not (text[j].isalnum() and s[-1].isalnum())
        if before_ok and after_ok:
            out.append(i)
        i = text.find(s, i + 1)
    return out


def build(root, corpus, source, fname, spec):
    path = os.path.join(root, corpus, fname)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    title = text.split("\n", 1)[0]
    regions = []
    for a, b in spec.get("unannotated", []):
        s = text.index(a)
        e = len(text) if b is None else text.index(b, s) + len(b)
        regions.append({"start": s, "end": e})
    claimed = []  # (start, end)
    ents = []
    seen = set()
    order = sorted(spec["ents"], key=lambda e: -len(e[0]))
    for ent in order:
        s, typ = ent[0], ent[1]
        assert typ in (P, O, L, M), ent
        assert (s, typ) not in seen, f"{fname}: duplicate entry {ent}"
        seen.add((s, typ))
        occ = occurrences(text, s)
        assert occ, f"{fname}: {s!r} not found"
        if len(ent) > 2:
            picks = [occ[k] for k in ent[2]]
            explicit = True
        else:
            picks, explicit = occ, False
        n = 0
        for st in picks:
            en = st + len(s)
            inside = any(a <= st and en <= b for a, b in claimed)
            overlap = any(st < b and a < en for a, b in claimed)
            if inside and not explicit:
                continue
            assert not overlap, f"{fname}: {s!r} at {st} overlaps another mention"
            if any(r["start"] <= st < r["end"] for r in regions):
                continue
            assert text[st:en] == s
            claimed.append((st, en))
            ents.append({"start": st, "end": en, "text": s, "type": typ, "subtype": None})
            n += 1
        assert n, f"{fname}: {s!r} has no mention left (all inside longer names?)"
    ents.sort(key=lambda e: e["start"])
    for a, b in zip(ents, ents[1:]):
        assert a["end"] <= b["start"], (a, b)
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"]
    words = len(text.split())
    assert 150 <= words <= 450, (fname, words)
    doc = {
        "id": f"{corpus}/{fname}", "source": source, "title": title,
        "dct": spec["dct"], "text": text, "annotated": ["entities"], "entities": ents,
        "dates": [], "money": [], "contracts": [],
        "meta": {"licence": "CC0 1.0", "unannotated_regions": regions},
    }
    return doc


def review(doc):
    """Capitalised tokens outside any mention (for reading; not an error)."""
    text, ents = doc["text"], doc["entities"]
    cov = [False] * len(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            cov[i] = True
    for r in doc["meta"]["unannotated_regions"]:
        for i in range(r["start"], r["end"]):
            cov[i] = True
    out = []
    for m in re.finditer(r"[^\W\d_][\w’'.&-]*", text):
        if m.group()[0].isupper() and not any(cov[m.start():m.end()]):
            out.append(m.group())
    return out


def main(root, corpus, source, out, specs):
    """Build every document of `specs` (file name -> spec), write `out`, print the counts (and
    with -v the capitalised words outside any mention)."""
    verbose = "-v" in sys.argv
    files = sorted(f for f in os.listdir(os.path.join(root, corpus)) if f.endswith(".txt"))
    assert sorted(specs) == files, (sorted(specs), files)
    docs = [build(root, corpus, source, f, specs[f]) for f in files]
    with open(out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    tot = {}
    for d in docs:
        c = {}
        for e in d["entities"]:
            c[e["type"]] = c.get(e["type"], 0) + 1
            tot[e["type"]] = tot.get(e["type"], 0) + 1
        print(f"{d['id']}: {len(d['entities'])} {c} words={len(d['text'].split())}")
        if verbose:
            print("   uncovered capitalised:", " ".join(review(d)))
    print("total", sum(tot.values()), tot, "->", os.path.relpath(out, root))


def build_set(name, specs):
    """Build the blind set `name` (corpus/<name>/, eval/gold/<name>.jsonl, source
    newsextract-<name>) from `specs`."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = os.path.join(root, "eval/gold", f"{name}.jsonl")
    main(root, f"corpus/{name}", f"newsextract-{name}", out, specs)
