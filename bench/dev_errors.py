#!/usr/bin/env python3
"""Where rasd and the dev gold disagree, layer by layer (a tuning aid, not a score).

    python bench/dev_errors.py [--layer entities|times|quotes|events] [--doc ID] [--pred OUT.jsonl]

Without --pred it runs rasd on ../shared/eval/gold/dev/docs.jsonl first. Scores come from
../shared/eval/score.py; this script only lists the misses and the extras.
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "eval" / "gold" / "dev"


def scorer():
    spec = importlib.util.spec_from_file_location("score", GOLD.parent.parent / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def predictions(path: Path | None) -> dict:
    if path:
        return {d["doc_id"]: d for d in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
    import rasd
    out = {}
    for line in (GOLD / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        doc = rasd.extract(rec["text"], published=rec.get("published"), id=rec["id"])
        out[rec["id"]] = doc.to_dict()
    return out


def entity_diff(sc, gold, pred):
    golds = collections.Counter()
    for g in gold["entities"]:
        golds[(sc.norm_ar(g["text"]), g.get("optional", False))] += g.get("count", 1)
    preds = collections.Counter(sc.norm_ar(p["text"]) for p in pred["entities"])
    want = collections.Counter({k[0]: v for k, v in golds.items() if not k[1]})
    allowed = set(k[0] for k in golds)
    for text, n in sorted(want.items()):
        if preds[text] < n:
            print(f"  MISS {text} ({preds[text]}/{n})")
    for text, n in sorted(preds.items()):
        if text not in allowed:
            acts = {p.get('actor') for p in pred['entities'] if sc.norm_ar(p['text']) == text}
            print(f"  EXTRA {text} x{n} {acts}")
        elif n > want.get(text, 0) and text in want:
            print(f"  MORE {text} {n}>{want[text]}")
    ga = gold["actors"]
    for e in pred["entities"]:
        a = pred["actors"].get(e.get("actor"))
        gold_ids = [g["actor"] for g in gold["entities"] if sc.norm_ar(g["text"]) == sc.norm_ar(e["text"])]
        if a and gold_ids and not any(sc.actor_matches(a, ga[k]) for k in gold_ids if k in ga):
            print(f"  ACTOR {e['text']}: {a.get('name_en')} ({e.get('actor')}) ≠ {gold_ids}")


def times_diff(sc, gold, pred):
    for g in gold["times"]:
        print(f"  GOLD {g['text']} = {g['value']}")
    for p in pred["times"]:
        print(f"  PRED {p['text']} = {p.get('value')} [{p.get('rule')}]")


def quotes_diff(sc, gold, pred):
    for g in gold["quotes"]:
        print(f"  GOLD [{','.join(g['speaker'])}] {g['text'][:90]}")
    for p in pred["quotes"]:
        a = pred["actors"].get(p.get("speaker") or "", {})
        print(f"  PRED [{a.get('name_en')}] via {p.get('via')} {p['text'][:90]}")


def events_diff(sc, gold, pred):
    for g in gold["events"]:
        flag = "" if g.get("required", True) else " (optional)"
        print(f"  GOLD {g['type']}/{g.get('mode')} {g['actor']} -> {g['recipient']} {g.get('date')}{flag}")
    for p in pred["events"]:
        names = lambda ids: [pred["actors"].get(i, {}).get("name_en", i) for i in ids]
        print(f"  PRED {p['type']}/{p.get('mode')} {names(p['actor'])} -> {names(p['recipient'])} "
              f"{p.get('date')} src={names(p.get('according_to', []))} «{p.get('text', '')[:50]}»")


DIFFS = {"entities": entity_diff, "times": times_diff, "quotes": quotes_diff, "events": events_diff}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--layer", default="entities", choices=["entities", "times", "quotes", "events"])
    ap.add_argument("--doc", help="only this document")
    ap.add_argument("--pred", type=Path)
    args = ap.parse_args(argv)
    if not GOLD.exists():
        print(f"skipped: no gold at {GOLD}", file=sys.stderr)
        return 0
    sc = scorer()
    preds = predictions(args.pred)
    for gold_file in sorted(GOLD.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        if args.doc and gold["doc_id"] != args.doc:
            continue
        print(f"== {gold['doc_id']}")
        pred = preds.get(gold["doc_id"], {"entities": [], "actors": {}, "times": [], "quotes": [], "events": []})
        DIFFS[args.layer](sc, gold, pred)
    return 0


if __name__ == "__main__":
    sys.exit(main())
