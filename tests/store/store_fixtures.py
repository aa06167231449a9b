"""Test data for the store, built by code: small JSONL corpora of invented reports."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

# the same phone call reported by two outlets, one day apart
CALL_SANA = {"id": "sana-1", "source": "sana", "published": "2025-02-12", "title": "اتصال هاتفي",
             "text": "أجرى الرئيس السوري أحمد الشرع ونظيره الروسي فلاديمير بوتين مكالمة هاتفية تناولت "
                     "التعاون الاقتصادي، بحسب ما أعلن الكرملين."}
CALL_TASS = {"id": "tass-1", "source": "tass", "published": "2025-02-13",
             "text": "أجرى الرئيس السوري أحمد الشرع ونظيره الروسي فلاديمير بوتين مكالمة هاتفية."}
# the same kind of call a week later: another action
CALL_LATER = {"id": "rt-1", "source": "rt", "published": "2025-02-20",
              "text": "أجرى الرئيس السوري أحمد الشرع ونظيره الروسي فلاديمير بوتين مكالمة هاتفية."}
STRIKE = {"id": "aden-1", "source": "aawsat", "published": "2015-07-20",
          "text": "قصفت طائرات التحالف مخازن أسلحة للحوثيين في صعدة، وقال مصدر عسكري إن الغارات مستمرة."}
GOOD = [CALL_SANA, CALL_TASS, CALL_LATER, STRIKE]

# lines `read_inputs` turns into failures, with the code each must get
BAD_LINES = [
    ("{not json", "bad_record"),
    (json.dumps({"id": "no-text", "title": "x"}), "bad_record"),
    (json.dumps({"id": "empty", "text": "   "}), "empty_input"),
]

TEMPLATES = [
    "أجرى الرئيس السوري أحمد الشرع ونظيره الروسي فلاديمير بوتين مكالمة هاتفية. ({n})",
    "قصفت طائرات التحالف مخازن أسلحة للحوثيين في صعدة. ({n})",
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


# ------------------------------------------- hand-made output documents (no pipeline)

TEXT = "نص تجريبي لحدث سياسي. " * 4
ACTORS = {
    "vladimir_putin": {"name_en": "Vladimir Putin", "name_ar": "فلاديمير بوتين", "type": "person",
                       "country": "RUS", "sector": "GOV", "wikidata": "Q7747"},
    "russian_government": {"name_en": "Government of Russia", "name_ar": "الحكومة الروسية",
                           "type": "organization", "country": "RUS", "sector": "GOV", "wikidata": None},
    "ahmed_al_sharaa": {"name_en": "Ahmed al-Sharaa", "name_ar": "أحمد الشرع", "type": "person",
                        "country": "SYR", "sector": "GOV", "wikidata": None},
    "SYR": {"name_en": "Syria", "name_ar": "سوريا", "type": "country", "country": "SYR",
            "sector": None, "wikidata": "Q858"},
    "moscow": {"name_en": "Moscow", "name_ar": "موسكو", "type": "location", "country": "RUS",
               "sector": None, "wikidata": "Q649"},
    "local_1": {"name_en": "a source", "name_ar": "مصدر", "type": "person", "country": None,
                "sector": None, "wikidata": None, "source": "document"},
}


def event(type_="CONSULT", actor=("vladimir_putin", "ahmed_al_sharaa"), recipient=(), mode="phone",
          date=None, according_to=(), **flags):
    return {"text": TEXT[:20], "start": 0, "end": 20, "type": type_, "mode": mode,
            "actor": list(actor), "recipient": list(recipient), "date": date,
            "according_to": list(according_to), "historical": False, "future": False,
            "negated": False, "hypothetical": False, "place": None, "context": [],
            "confidence": 0.9, "evidence": [{"start": 0, "end": 20, "rule": "test"}],
            "rule": "test", **flags}


def document(doc_id, published, source, *events):
    return {"doc_id": doc_id, "title": None, "url": None, "source": source, "author": None,
            "published": published, "published_source": "metadata", "language": "ar",
            "text": TEXT, "actors": ACTORS, "entities": [], "times": [], "quotes": [],
            "events": list(events), "embedded_posts": [], "paragraphs": [], "sentences": []}
