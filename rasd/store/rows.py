"""Turning one output document into the store's rows.

This runs in the worker processes, so the single writer only executes inserts: the
content hash, the compressed document JSON, the normalised text for full-text search, the
actor keys and the clustering key of every event are all computed here.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import zlib
from typing import Any

from .. import __version__
from ..export import event_day
from ..readers import RECORD_FIELDS, RawDoc
from ..text.normalize import normalize_string

LOCAL_SOURCE = "document"
# actor types that are places, not participants: they never make two events the same
_ISO3_RE = re.compile(r"[A-Z]{3}")
PLACE_TYPES = frozenset({"location", "place", "city", "region"})


# ----------------------------------------------------------------- identity

def content_key(raw: RawDoc) -> str:
    """The document's key: a hash of its text and metadata (not of its id or input name,
    so the same article read from another file or folder is the same document)."""
    digest = hashlib.sha256()
    for name in RECORD_FIELDS:
        digest.update(f"{name}={raw.meta.get(name) or ''}\x1f".encode("utf-8", "surrogatepass"))
    digest.update(raw.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:20]


def is_local(actor_id: str, record: dict | None) -> bool:
    return actor_id.startswith("local_") or (record or {}).get("source") == LOCAL_SOURCE


def actor_key(actor_id: str, record: dict | None, doc_key: str) -> str:
    """Knowledge-base ids are global; document-local ids only mean something in their
    document, so they are keyed by it."""
    return f"{actor_id}@{doc_key}" if is_local(actor_id, record) else actor_id


def event_id(doc_key: str, index: int) -> str:
    return f"{doc_key}-{index}"


# ------------------------------------------------------- compact document JSON

def compact(doc: dict) -> dict:
    """The document without the span texts that equal text[start:end] (the text is then
    stored once instead of three or four times); `expand` restores them exactly."""
    text = doc.get("text") or ""
    out = {}
    for name, value in doc.items():
        if isinstance(value, list) and name != "text":
            value = [_without_text(rec, text) for rec in value]
        out[name] = value
    return out


def _without_text(rec, text: str):
    if (isinstance(rec, dict) and isinstance(rec.get("start"), int) and isinstance(rec.get("end"), int)
            and rec.get("text") == text[rec["start"]:rec["end"]]):
        return {k: v for k, v in rec.items() if k != "text"}
    return rec


def expand(doc: dict) -> dict:
    text = doc.get("text") or ""
    for name, value in doc.items():
        if isinstance(value, list):
            doc[name] = [_with_text(rec, text) for rec in value]
    return doc


def _with_text(rec, text: str):
    if (isinstance(rec, dict) and "text" not in rec and isinstance(rec.get("start"), int)
            and isinstance(rec.get("end"), int)):
        return {"text": text[rec["start"]:rec["end"]], **rec}
    return rec


def pack(doc: dict) -> bytes:
    data = json.dumps(compact(doc), ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(data.encode("utf-8"), 1)


def unpack(blob: bytes) -> dict:
    return expand(json.loads(zlib.decompress(blob).decode("utf-8")))


# ------------------------------------------------------------------- rows

def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _search_text(record: dict, actor_id: str) -> str:
    """Every name of an actor, normalised and lower-cased, for --actor NAME."""
    names = [actor_id, record.get("name_en"), record.get("name_ar"),
             *(record.get("aliases_en") or []), *(record.get("aliases_ar") or [])]
    return " | ".join(normalize_string(n).lower() for n in names if isinstance(n, str) and n)


def participant_key(key: str, record: dict | None) -> str | None:
    """What must match for two reports to name the same participant: its country and
    sector when it has a country (so a president in one report and his government in
    another match; a country acts through its government); else its actor key. Places
    and document-local actors without a country match nothing."""
    record = record or {}
    if record.get("type") in PLACE_TYPES:
        return None
    country = record.get("country")
    if not record and _ISO3_RE.fullmatch(key):
        country = key  # a country id the document's registry lacks
    if country:
        is_country = record.get("type") == "country" or not record
        sector = record.get("sector") or ("GOV" if is_country else "-")
        return f"{country}/{sector}"
    return None if "@" in key else key


def group_key(event: dict, eid: str, day: str | None, keys: dict, actors: dict) -> str | None:
    """Events that may be the same action share this key: type and participants (actor
    and recipient together, since reports of one call differ on who called whom).
    None: not clustered (negated or hypothetical). "solo:…": a cluster of its own
    (no day or no participant that can match)."""
    if event.get("negated") or event.get("hypothetical"):
        return None
    ids = [*(event.get("actor") or []), *(event.get("recipient") or [])]
    signature = sorted({p for a in ids if (p := participant_key(keys[a], actors.get(a)))})
    if not day or not signature:
        return f"solo:{eid}"
    return f"{event.get('type')}|{' '.join(signature)}"


def day_number(day: str | None) -> int | None:
    return dt.date.fromisoformat(day).toordinal() if day else None


def prepare(doc: dict, doc_key: str, input_name: str | None = None,
            normalized_text: str | None = None) -> dict[str, Any]:
    """All rows of one document, as tuples in the column order the writer inserts."""
    actors = doc.get("actors") or {}
    keys = _KeyMap(actors, doc_key)
    events = doc.get("events") or []
    out: dict[str, Any] = {
        "key": doc_key,
        "doc_id": doc.get("doc_id"),
        "input_name": input_name,
        "document": (doc_key, doc.get("doc_id"), input_name, doc.get("title"),
                     doc.get("url"), doc.get("source"), doc.get("author"), doc.get("published"),
                     doc.get("published_source"), doc.get("language"), len(doc.get("text") or ""),
                     len(events), __version__, pack(doc)),
        "fts": (normalize_string(doc.get("title") or "").lower(),
                (normalized_text if normalized_text is not None
                 else normalize_string(doc.get("text") or "")).lower()),
        "actors": [_actor_row(aid, rec, keys[aid], doc_key) for aid, rec in actors.items()],
        "mentions": _mention_rows(doc, doc_key, keys),
        "times": [(doc_key, i, t["start"], t["end"], t.get("text", ""), t.get("type"),
                   _str(t.get("value")), t.get("mod"), t.get("anchor"), t.get("rule"))
                  for i, t in enumerate(doc.get("times") or [])],
        "quotes": [(doc_key, i, q["start"], q["end"], q.get("text", ""), q.get("kind"),
                    keys.get(q.get("speaker")), _json([keys[v] for v in q.get("via") or []]),
                    q.get("channel"), _bool(q.get("direct")), q.get("rule"))
                   for i, q in enumerate(doc.get("quotes") or [])],
        "events": [], "participants": [], "sources": [],
    }
    for i, event in enumerate(events):
        _add_event(out, doc, event, event_id(doc_key, i), i, keys, actors)
    return out


def _add_event(out: dict, doc: dict, event: dict, eid: str, index: int, keys, actors) -> None:
    day = event_day(event, doc.get("published"))
    out["events"].append((
        eid, out["key"], index, event["start"], event["end"], event.get("text", ""),
        event.get("type"), event.get("mode"), _str(event.get("date")), day, day_number(day),
        keys.get(event.get("place")), _bool(event.get("historical")), _bool(event.get("future")),
        _bool(event.get("negated")), _bool(event.get("hypothetical")),
        _json(event.get("context") or []), event.get("confidence"), event.get("rule"),
        _json(event.get("evidence") or []), group_key(event, eid, day, keys, actors)))
    for role in ("actor", "recipient"):
        out["participants"].extend((eid, role, pos, keys[a])
                                   for pos, a in enumerate(event.get(role) or []))
    out["sources"].extend((eid, pos, keys[a]) for pos, a in enumerate(event.get("according_to") or []))


def _actor_row(aid: str, rec: dict, key: str, doc_key: str) -> tuple:
    rec = rec or {}
    return (key, aid, doc_key if "@" in key else None, rec.get("name_en"), rec.get("name_ar"),
            rec.get("type"), rec.get("country"), rec.get("sector"), rec.get("wikidata"),
            rec.get("source"), _search_text(rec, aid), _json(rec))


def _mention_rows(doc: dict, doc_key: str, keys) -> list[tuple]:
    rows = []
    for layer, label_field in (("entities", "type"), ("mentions", "label")):
        for i, span in enumerate(doc.get(layer) or []):
            rows.append((doc_key, layer, i, span["start"], span["end"], span.get("text", ""),
                         span.get(label_field), keys.get(span.get("actor")), span.get("rule")))
    return rows


class _KeyMap(dict):
    """actor id → actor key for one document; ids missing from the registry too."""

    def __init__(self, actors: dict, doc_key: str):
        super().__init__((aid, actor_key(aid, rec, doc_key)) for aid, rec in actors.items())
        self.doc_key = doc_key

    def __missing__(self, aid):
        key = actor_key(str(aid), None, self.doc_key)
        self[aid] = key
        return key

    def get(self, aid, default=None):
        return default if not isinstance(aid, str) or not aid else self[aid]


def _bool(value) -> int | None:
    return None if value is None else int(bool(value))


def _str(value) -> str | None:
    return None if value is None else str(value)
