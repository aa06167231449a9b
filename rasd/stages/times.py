"""Stage: time expressions, normalised to TIMEX3 values against the publication date.

Every expression becomes a span of the `times` layer labelled DATE or SET, with `value`
(`2025-02-12`, `2025-W07`, `2025-02`, `2024`, `199`, or null when it names no real date or
has nothing to be resolved against), `mod` (START, MID, END or null) and `anchor` (what
it was resolved against: "published"; "explicit" when a date without a year takes the
year written with the next date of a list, «بين 15 مايو و20 يونيو 2014»; null for dates
written in full). Inside an embedded post, relative expressions count from the post's own
date. The rules and vocabularies are in rasd/data/ar/times/, the tagger in rasd/times/.
"""
from __future__ import annotations

import datetime as dt

from ..text.normalize import folding
from ..times.tagger import tag

NAME = "times"
REQUIRES = ("sentences", "embedded_posts")
ASSIGNS = ("times",)


def run(doc, resources=None):
    norm = doc.normalized
    sentences = [(norm.from_original(s.start), norm.from_original(s.end))
                 for s in doc.layer("sentences")]
    for expr in tag(norm.text, _anchors(doc), sentences, _original(doc)):
        start, end = _original_span(doc, expr.start, expr.end)
        doc.add("times", start, end, label=expr.type, rule=f"times.{expr.rule}",
                value=expr.value, mod=expr.mod, anchor=expr.anchor)
    return doc


def _original_span(doc, start: int, end: int) -> tuple[int, int]:
    """The original offsets of a normalised span, with the marks the normalised view
    dropped at its end (the tatweel of «هـ»)."""
    start, end = doc.normalized.span_to_original(start, end)
    deleted = folding().deleted
    while end < len(doc.text) and doc.text[end] in deleted:
        end += 1
    return start, end


def _original(doc):
    def original(start: int, end: int) -> str:
        o_start, o_end = doc.normalized.span_to_original(start, end)
        return doc.text[o_start:o_end]
    return original


def _anchors(doc):
    """today_at(pos): the date relative expressions at normalised `pos` count from: the
    embedded post's own date inside a post, else the publication date."""
    norm = doc.normalized
    published = _date(doc.meta.published)
    posts = [(norm.from_original(p.start), norm.from_original(p.end), _date(p.get("date")))
             for p in doc.layer("embedded_posts")]
    posts = [p for p in posts if p[2] is not None]

    def today_at(pos: int):
        for start, end, date in posts:
            if start <= pos < end:
                return date, "published"
        return (published, "published") if published else (None, None)

    return today_at


def _date(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
