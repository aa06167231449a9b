"""Test data for the store, built by code: small JSONL corpora of invented reports."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

# the same phone call reported by two outlets, one day apart
CALL_SANA = {"id": "sana-1", "source": "sana", "published": "2025-02-12", "title": "اتصال هاتفي",
             "text": "أجرى الرئيس الروسي فلاديمير بوتين ونظيره السوري أحمد الشرع مكالمة هاتفية، "
                     "بحسب ما أعلن الكرملين."}
CALL_TASS = {"id": "tass-1", "source": "tass", "published": "2025-02-13",
             "text": "أجرى الرئيس الروسي فلاديمير بوتين ونظيره السوري أحمد الشرع مكالمة هاتفية."}
# the same kind of call a week later: another action
CALL_LATER = {"id": "rt-1", "source": "rt", "published": "2025-02-20",
              "text": "أجرى الرئيس الروسي فلاديمير بوتين ونظيره السوري أحمد الشرع مكالمة هاتفية."}
STRIKE = {"id": "aden-1", "source": "aawsat", "published": "2015-07-20",
          "text": "قصفت طائرات التحالف مواقع للحوثيين في صنعاء، وقال مصدر عسكري إن الغارات مستمرة."}
GOOD = [CALL_SANA, CALL_TASS, CALL_LATER, STRIKE]

# lines `read_inputs` turns into failures, with the code each must get
BAD_LINES = [
    ("{not json", "bad_record"),
    (json.dumps({"id": "no-text", "title": "x"}), "bad_record"),
    (json.dumps({"id": "empty", "text": "   "}), "empty_input"),
]

TEMPLATES = [
    "أجرى الرئيس الروسي فلاديمير بوتين ونظيره السوري أحمد الشرع مكالمة هاتفية. ({n})",
    "قصفت طائرات التحالف مواقع للحوثيين في صنعاء. ({n})",
    "التقى وزير الخارجية السعودي نظيره التركي في الرياض. ({n})",
]
OUTLETS = ["sana", "tass", "aawsat", "okaz", "alriyadh"]


def write_jsonl(path: Path, records=(), raw_lines=()) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        for line in raw_lines:
            fh.write(line + "\n")
    return path


def mixed_corpus(path: Path) -> Path:
    """The good reports with the bad lines between them."""
    lines = [json.dumps(r, ensure_ascii=False) for r in GOOD]
    for i, (bad, _) in enumerate(BAD_LINES):
        lines.insert(2 * i + 1, bad)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def tiny_corpus(path: Path, n: int, bad_every: int = 0) -> Path:
    """n short distinct reports over a month and five outlets; every `bad_every`-th line
    (when > 0) is not JSON."""
    start = dt.date(2025, 2, 1)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            if bad_every and i % bad_every == bad_every - 1:
                fh.write("{broken line\n")
                continue
            record = {"id": f"t{i}", "source": OUTLETS[i % len(OUTLETS)],
                      "published": (start + dt.timedelta(days=i % 28)).isoformat(),
                      "text": TEMPLATES[i % len(TEMPLATES)].format(n=i)}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
