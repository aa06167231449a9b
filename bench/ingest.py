#!/usr/bin/env python3
"""`rasd ingest` throughput on the SaudiNewsNet benchmark corpus (1,864 articles).

Ingests the corpus into a fresh temporary database with 1 and with 2 worker processes
(each in its own process, so memory figures do not mix), then once more into the
same database (the idempotent re-run). Prints articles/s, the time the single writer
spent in its transactions, the parent's CPU time (everything but the pipeline: reading,
hashing, receiving rows, writing; with workers >= 1, since the pipeline runs in them), the database size, and peak RSS of the ingesting process
(RUSAGE_SELF) and of its largest worker (RUSAGE_CHILDREN).

    python bench/ingest.py [--corpus PATH] [--workers 1 2] [--limit N]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-2015-political.jsonl"


def measure(corpus: str, db: str, workers: int) -> dict:
    """One ingest in this process; the figures as a dict."""
    from rasd.store import writer as writer_module
    from rasd.store.ingest import ingest

    busy = [0.0]
    write = writer_module.Writer.write

    def timed_write(self, *args, **kwargs):  # how long the one writer holds transactions
        start = time.perf_counter()
        try:
            return write(self, *args, **kwargs)
        finally:
            busy[0] += time.perf_counter() - start

    writer_module.Writer.write = timed_write
    result = ingest([corpus], db, workers=workers)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    parent_cpu = usage.ru_utime + usage.ru_stime  # reading, hashing, receiving, writing
    rerun = ingest([corpus], db, workers=workers)
    return {
        "workers": workers, "read": result.read, "stored": result.stored,
        "failed": result.failed, "events": result.events, "seconds": result.seconds,
        "articles_per_s": result.rate, "writer_seconds": busy[0], "parent_cpu_seconds": parent_cpu,
        "rerun_articles_per_s": rerun.rate, "rerun_stored": rerun.stored,
        "db_mb": _size_mb(db),
        "peak_rss_parent_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "peak_rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def _size_mb(db: str) -> float:
    return sum(os.path.getsize(p) for p in (db, db + "-wal") if os.path.exists(p)) / 2**20


def run_isolated(corpus: Path, workers: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        out = subprocess.run([sys.executable, __file__, "--measure", str(corpus), db, str(workers)],
                             capture_output=True, text=True, check=True, cwd=ROOT)
        return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--limit", type=int, help="Only the first N articles.")
    parser.add_argument("--measure", nargs=3, metavar=("CORPUS", "DB", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        corpus, db, workers = args.measure
        print(json.dumps(measure(corpus, db, int(workers))))
        return 0
    if not args.corpus.exists():
        print(f"skipped: the corpus {args.corpus} is absent (it lives in ../shared beside the "
              "repository)", file=sys.stderr)
        return 0
    corpus = args.corpus
    with tempfile.TemporaryDirectory() as tmp:
        if args.limit:
            corpus = Path(tmp) / "sample.jsonl"
            with open(args.corpus, encoding="utf-8") as src:
                corpus.write_text("".join(line for _, line in zip(range(args.limit), src)), encoding="utf-8")
        print(f"corpus: {args.corpus.name}, {os.cpu_count()} cores")
        print(f"{'workers':>7} {'articles':>8} {'failed':>6} {'events':>7} {'seconds':>8} "
              f"{'art/s':>7} {'writer s':>8} {'parent cpu s':>12} {'rerun art/s':>11} {'db MB':>6} {'RSS parent':>10} "
              f"{'RSS worker':>10}")
        for workers in args.workers:
            r = run_isolated(corpus, workers)
            print(f"{r['workers']:>7} {r['read']:>8} {r['failed']:>6} {r['events']:>7} "
                  f"{r['seconds']:>8.1f} {r['articles_per_s']:>7.0f} {r['writer_seconds']:>8.2f} {r['parent_cpu_seconds']:>12.2f} "
                  f"{r['rerun_articles_per_s']:>11.0f} {r['db_mb']:>6.1f} "
                  f"{r['peak_rss_parent_mb']:>8.0f}MB {r['peak_rss_worker_mb']:>8.0f}MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
