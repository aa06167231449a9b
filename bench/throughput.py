#!/usr/bin/env python3
"""Whole-pipeline throughput of rasd.extract on the SaudiNewsNet benchmark corpus.

Prints articles/s, characters/s and peak RSS, side by side with a bare regex tokenisation
pass over the same texts in the same process (the floor any Python pipeline pays).

    python bench/throughput.py [--corpus PATH] [--limit N] [--repeat R]
"""
from __future__ import annotations

import argparse
import re
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-2015-political.jsonl"


def load(path: Path, limit: int | None) -> list[dict]:
    from times_vs_dateparser import load_jsonl   # the one JSONL reader of the benchmarks
    return load_jsonl(path, limit)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn, records, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn(records)
        best = min(best, time.perf_counter() - start)
    return best


def run_rasd(records):
    import rasd
    for r in records:
        rasd.extract(r["text"], published=r.get("published"), id=r["id"])


WORD_RE = re.compile(r"\w+|[^\w\s]")


def run_regex(records):
    for r in records:
        WORD_RE.findall(r["text"])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--repeat", type=int, default=3, help="best of R runs (default 3)")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"skipped: corpus not found at {args.corpus} (needs ../shared)", file=sys.stderr)
        return 0
    records = load(args.corpus, args.limit)
    chars = sum(len(r["text"]) for r in records)
    import rasd
    start = time.perf_counter()
    rasd.extract(records[0]["text"], published=records[0].get("published"))  # load resources
    warmup = time.perf_counter() - start
    rasd_s = timed(run_rasd, records, args.repeat)
    regex_s = timed(run_regex, records, args.repeat)
    print(f"rasd {rasd.__version__} on {len(records)} articles, {chars:,} characters "
          f"(first call incl. loading resources: {warmup * 1000:.0f} ms)")
    print(f"{'pass':<22}{'articles/s':>12}{'chars/s':>14}{'ms/article':>12}")
    for name, secs in (("rasd.extract", rasd_s), ("regex tokenisation", regex_s)):
        print(f"{name:<22}{len(records) / secs:>12,.0f}{chars / secs:>14,.0f}"
              f"{1000 * secs / len(records):>12.3f}")
    print(f"rasd / regex time ratio: {rasd_s / regex_s:.1f}x")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
