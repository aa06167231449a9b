#!/usr/bin/env python3
"""rasd's time layer beside dateparser.search_dates: speed and accuracy.

Speed: both run on the same SaudiNewsNet articles (the first N, default 200). rasd is timed
twice: the times stage alone on documents whose text layer is built (what the layer
itself costs), and the whole chain from raw text (normalisation, sentences, embeds,
publication date, times). dateparser runs `search_dates(text, languages=['ar'])` with the
article's publication date as the relative base.

Accuracy: both are scored on the dev gold times (../shared/eval/gold/dev) exactly as
../shared/eval/score.py scores them (its score_times is imported and used). dateparser
returns datetimes without positions or granularity, so its value is the day.

    python bench/times_vs_dateparser.py [--limit N] [--repeat R] [--corpus PATH] [--gold DIR]

Needs dateparser (`pip install -e '.[bench]'`) and the ../shared folder beside the
repository; it says so and exits 0 when either is missing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT_CORPUS = SHARED / "data" / "news" / "saudinewsnet-2015-political.jsonl"
DEFAULT_GOLD = SHARED / "eval" / "gold" / "dev"
SCORER = SHARED / "eval" / "score.py"


def load_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    records = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                records.append(json.loads(line))
                if limit and len(records) >= limit:
                    break
    return records


def import_scorer():
    spec = importlib.util.spec_from_file_location("rasd_bench_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ------------------------------------------------------------------------------ rasd
def rasd_chain():
    from rasd.pipeline import Pipeline
    from rasd.stages import embeds, published, text, times
    return Pipeline(stages=(text, embeds, published, times)), Pipeline(stages=(text, embeds, published))


def rasd_document(record: dict):
    from rasd.document import Document, Meta
    return Document(record["text"], id=record.get("id", "doc"), meta=Meta(published=record.get("published")))


def rasd_times(record: dict, chain) -> list[dict]:
    doc = chain(rasd_document(record))
    return [{"text": s.text, "value": s.get("value")} for s in doc.layer("times")]


# ------------------------------------------------------------------------ dateparser
def dateparser_times(record: dict) -> list[dict]:
    from dateparser.search import search_dates
    settings = {"PREFER_DATES_FROM": "past"}
    if record.get("published"):
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(record["published"])
    found = search_dates(record["text"], languages=["ar"], settings=settings) or []
    return [{"text": text, "value": when.date().isoformat()} for text, when in found]


# ----------------------------------------------------------------------------- speed
def best_of(repeat: int, fn) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def measure_speed(records: list[dict], repeat: int) -> dict:
    from rasd.stages import times
    with_times, before_times = rasd_chain()
    prepared = [before_times(rasd_document(r)) for r in records]
    for doc in prepared:
        doc.normalized                        # built by the text layer, not by times
    rasd_document_one = prepared[0]
    times.run(rasd_document_one, None)        # compile the rules once

    def stage_only():
        for doc in prepared:
            doc.layers["times"] = []
            times.run(doc, None)

    def chain():
        for r in records:
            with_times(rasd_document(r))

    dateparser_times(records[0])              # load dateparser's language data once
    return {
        "times stage": best_of(repeat, stage_only),
        "text → times": best_of(repeat, chain),
        # dateparser is slow: at most two runs, so that the default run stays short
        "dateparser": best_of(min(repeat, 2), lambda: [dateparser_times(r) for r in records]),
    }


# -------------------------------------------------------------------------- accuracy
def measure_accuracy(gold_dir: Path) -> dict:
    scorer = import_scorer()
    gold = scorer.load_gold([gold_dir])
    inputs = {r["id"]: r for r in load_jsonl(gold_dir / "docs.jsonl")}
    with_times, _ = rasd_chain()
    tallies = {"rasd": scorer.Tally(), "dateparser": scorer.Tally()}
    for doc_id, g in gold.items():
        record = dict(inputs[doc_id])
        record["published"] = record.get("published") or g.get("published")
        scorer.score_times(g, {"times": rasd_times(record, with_times)}, tallies["rasd"])
        scorer.score_times(g, {"times": dateparser_times(record)}, tallies["dateparser"])
    return tallies


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=200, help="articles to time (default 200)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="best of R runs (default 3; dateparser runs at most twice)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    args = ap.parse_args(argv)
    try:
        import dateparser  # noqa: F401
    except ImportError:
        print("skipped: dateparser is not installed (pip install -e '.[bench]')", file=sys.stderr)
        return 0
    missing = [p for p in (args.corpus, args.gold, SCORER) if not p.exists()]
    if missing:
        print(f"skipped: {missing[0]} not found (needs ../shared beside the repository)",
              file=sys.stderr)
        return 0

    records = load_jsonl(args.corpus, args.limit)
    chars = sum(len(r["text"]) for r in records)
    speed = measure_speed(records, args.repeat)
    print(f"speed on {len(records)} articles ({chars:,} characters)")
    print(f"{'':<16}{'ms/article':>12}{'ms/2000 chars':>15}{'dateparser / this':>20}")
    for name, secs in speed.items():
        print(f"{name:<16}{1000 * secs / len(records):>12.3f}{2000 * 1000 * secs / chars:>15.3f}"
              f"{speed['dateparser'] / secs:>19.1f}x")

    tallies = measure_accuracy(args.gold)
    print(f"\naccuracy on the dev gold times ({args.gold}), scored as score.py scores them")
    print(f"{'':<16}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for name, tally in tallies.items():
        p, r, f = tally.prf()
        print(f"{name:<16}{tally.gold:>6}{tally.pred:>6}{tally.tp:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
