#!/usr/bin/env python3
"""ASSAULT and PROTEST detection on the OEDA Arabic gold (../shared/eval/gsr_eval.py).

Writes the gold sentences as documents, runs rasd over them and prints the scorer's
table. A keyword baseline gets F1 0.32 (ASSAULT) and 0.12 (PROTEST) there.

    python bench/gsr.py [--keep DIR]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "gsr_eval.py"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path, help="keep the input and output JSONL in this folder")
    args = ap.parse_args(argv)
    if not SCORER.exists():
        print(f"skipped: {SCORER} not found (needs ../shared)", file=sys.stderr)
        return 0
    work = args.keep or Path(tempfile.mkdtemp(prefix="rasd-gsr-"))
    work.mkdir(parents=True, exist_ok=True)
    docs, out = work / "gsr_docs.jsonl", work / "gsr_out.jsonl"
    subprocess.run([sys.executable, str(SCORER), "docs", str(docs)], check=True)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "rasd", "extract", str(docs), "-o", str(out), "--no-progress"],
                   check=False, cwd=ROOT)
    print(f"rasd ran over the sentences in {time.perf_counter() - start:.1f} s")
    return subprocess.run([sys.executable, str(SCORER), "score", str(out)], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
