"""PLOVER export: POLECAT-style event records from one output document.

`plover_records(doc_dict)` turns the events of a `Document.to_dict()` into flat JSON
records, one per event, that carry everything a PLOVER consumer reads without the rest of
the document: the type/mode/context, actor and recipient lists as entities (ISO3 country
`code`, `sector`, the surface `entity_text`, Wikidata id), the place with its country,
the evidence sentence and its offsets, the sources the event is reported according to,
confidence and the auxiliary flags. It needs nothing but the document, so `rasd extract
--format plover` and the store's exports share it.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable

FLAGS = ("historical", "future", "negated", "hypothetical")
# layers whose spans name an actor in their "actor" attribute, in order of preference
ACTOR_LAYERS = ("entities", "mentions")


def full_date(value) -> str | None:
    """`value` when it is a complete ISO day (YYYY-MM-DD), else None."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def event_day(event: dict, published: str | None) -> str | None:
    """The day an event is placed on: its own full date; else, for a current event
    (not historical) without a date, the publication date. A partial date ("2014",
    "2015-07") places it on no day: the publication day would be a guess."""
    own = full_date(event.get("date"))
    if own:
        return own
    if event.get("date") in (None, "") and not event.get("historical"):
        return full_date(published)
    return None


def plover_records(doc: dict, id_prefix: str | None = None) -> list[dict]:
    """One POLECAT-style record per event of `doc` (a `Document.to_dict()`), in order.

    Record ids are "<id_prefix or doc_id>-<index of the event in the document>"."""
    actors = doc.get("actors") or {}
    surfaces = _actor_surfaces(doc)
    prefix = id_prefix or doc.get("doc_id") or "doc"
    return [_record(doc, event, f"{prefix}-{i}", actors, surfaces)
            for i, event in enumerate(doc.get("events") or [])]


def _record(doc: dict, event: dict, record_id: str, actors: dict, surfaces: dict) -> dict:
    window = (event.get("start", 0), event.get("end", 0))
    entity = lambda aid: _entity(aid, actors, surfaces, window)  # noqa: E731
    trigger = next((ev.get("trigger") for ev in event.get("evidence") or [] if ev.get("trigger")), None)
    return {
        "id": record_id,
        "doc_id": doc.get("doc_id"),
        "date": event_day(event, doc.get("published")),
        "event_date": event.get("date"),
        "story_date": doc.get("published"),
        "event_type": event.get("type"),
        "mode": event.get("mode"),
        "context": list(event.get("context") or []),
        "actor": [entity(a) for a in event.get("actor") or []],
        "recipient": [entity(a) for a in event.get("recipient") or []],
        "according_to": [entity(a) for a in event.get("according_to") or []],
        "event_loc": _place(event.get("place"), actors),
        "event_text": event.get("text"),
        "sentence_start": event.get("start"),
        "sentence_end": event.get("end"),
        "trigger": trigger,
        "confidence": event.get("confidence"),
        "flags": {flag: bool(event.get(flag)) for flag in FLAGS},
        "source": doc.get("source"),
        "url": doc.get("url"),
        "title": doc.get("title"),
        "language": doc.get("language"),
        "rule": event.get("rule"),
    }


def _entity(actor_id: str, actors: dict, surfaces: dict, window: tuple[int, int]) -> dict:
    record = actors.get(actor_id) or {}
    return {
        "actor_id": actor_id,
        "name": record.get("name_en") or record.get("name_ar") or actor_id,
        "name_ar": record.get("name_ar"),
        "entity_text": _surface(surfaces.get(actor_id, ()), window) or record.get("name_ar"),
        "code": record.get("country"),
        "sector": record.get("sector"),
        "type": record.get("type"),
        "wikidata_id": record.get("wikidata"),
    }


def _place(place, actors: dict) -> dict | None:
    """The event's place (an actor id, often an ISO3 country) with its country."""
    if not place:
        return None
    record = actors.get(place) or {}
    return {"place_id": place, "name": record.get("name_en") or record.get("name_ar") or place,
            "name_ar": record.get("name_ar"), "country": record.get("country"),
            "type": record.get("type")}


def _actor_surfaces(doc: dict) -> dict[str, list[tuple[int, str]]]:
    """actor id → (start, surface text) of every span naming it, in text order."""
    found: dict[str, list[tuple[int, str]]] = {}
    for layer in ACTOR_LAYERS:
        for span in doc.get(layer) or []:
            actor = span.get("actor")
            if isinstance(actor, str) and isinstance(span.get("text"), str):
                found.setdefault(actor, []).append((span.get("start", 0), span["text"]))
    for spans in found.values():
        spans.sort(key=lambda s: s[0])
    return found


def _surface(spans: Iterable[tuple[int, str]], window: tuple[int, int]) -> str | None:
    """The first surface inside the event's sentence; else the first in the document."""
    first = None
    for start, text in spans:
        if window[0] <= start < window[1]:
            return text
        first = first or text
    return first
