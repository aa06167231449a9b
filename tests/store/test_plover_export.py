"""PLOVER records (rasd.export) from one output document, without the store."""
import json

import rasd
from rasd.export import event_day, plover_records
from store_fixtures import CALL_SANA


def test_records_from_an_extracted_document():
    doc = rasd.extract(CALL_SANA["text"], published=CALL_SANA["published"], id="sana-1",
                       source="sana").to_dict()
    records = plover_records(doc)
    assert len(records) == len(doc["events"]) >= 1
    call = records[0]
    assert call["id"] == "sana-1-0" and call["doc_id"] == "sana-1"
    assert (call["event_type"], call["mode"], call["date"]) == ("CONSULT", "phone", "2025-02-12")
    putin = next(a for a in call["actor"] if a["actor_id"] == "vladimir_putin")
    assert (putin["code"], putin["sector"], putin["wikidata_id"]) == ("RUS", "GOV", "Q7747")
    assert putin["entity_text"] in doc["text"]
    assert [s["actor_id"] for s in call["according_to"]] == ["kremlin"]
    event = doc["events"][0]
    assert call["event_text"] == doc["text"][call["sentence_start"]:call["sentence_end"]] == event["text"]
    assert call["flags"] == {"historical": False, "future": False, "negated": False, "hypothetical": False}
    assert call["source"] == "sana"
    json.dumps(records, ensure_ascii=False)  # plain JSON


def test_place_surfaces_and_prefix():
    text = "زار الرئيس دمشق أمس. ثم عاد."
    doc = {
        "doc_id": "d", "published": "2025-01-02", "text": text,
        "actors": {"p": {"name_en": "P", "name_ar": "ب", "type": "person", "country": "FRA",
                         "sector": "GOV", "wikidata": "Q1"},
                   "damascus": {"name_en": "Damascus", "name_ar": "دمشق", "type": "location",
                                "country": "SYR", "sector": None, "wikidata": "Q3766"}},
        "entities": [{"text": "الرئيس", "start": 4, "end": 10, "type": "PER", "actor": "p"}],
        "events": [{"text": text[:20], "start": 0, "end": 20, "type": "CONSULT", "mode": "visit",
                    "actor": ["p"], "recipient": ["unknown_id"], "date": None, "place": "damascus",
                    "according_to": [], "negated": True, "evidence": []}],
    }
    (record,) = plover_records(doc, id_prefix="key")
    assert record["id"] == "key-0" and record["date"] == "2025-01-02"
    assert record["actor"][0]["entity_text"] == "الرئيس"
    assert record["recipient"][0] == {"actor_id": "unknown_id", "name": "unknown_id", "name_ar": None,
                                      "entity_text": None, "code": None, "sector": None, "type": None,
                                      "wikidata_id": None}
    assert record["event_loc"]["country"] == "SYR" and record["event_loc"]["name"] == "Damascus"
    assert record["flags"]["negated"] is True


def test_event_day():
    assert event_day({"date": "2024-05-06"}, "2025-01-01") == "2024-05-06"
    assert event_day({"date": None}, "2025-01-01") == "2025-01-01"
    assert event_day({"date": "2024"}, "2025-01-01") is None          # partial: no day
    assert event_day({"date": None, "historical": True}, "2025-01-01") is None
    assert event_day({"date": None}, None) is None
