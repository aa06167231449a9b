"""Stage: the publication date, from metadata or inferred from the document.

Metadata (JSONL `published`, HTML meta tags) wins. Otherwise, in order of trust:
1. an embedded post dated D while the text names D's weekday as today («اليوم (الأربعاء)»)
   or as the day of the news («قالت الرئاسة، الأربعاء،») → `embedded_post+weekday`;
2. a dateline: a full date at the very start of the text → `dateline`;
3. a full date in the same sentence as «اليوم» → `text_today`;
4. the latest embedded post's date alone → `embedded_post` (the article cannot be older).
Nothing supports a date → `published` stays null.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..times.dates import find_full_dates
from ..times.vocab import vocab

NAME = "published"
REQUIRES = ("sentences", "embedded_posts")
ASSIGNS: tuple[str, ...] = ()

DATELINE_CHARS = 120
TODAY = "اليوم"


@lru_cache(maxsize=1)
def _weekday_re() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?P<today>{TODAY}\s*\(?\s*)?(?P<weekday>{vocab().weekday_re})(?!\w)")


def run(doc, resources=None):
    if doc.meta.published:
        doc.meta.published_source = doc.meta.published_source or "metadata"
        return doc
    value, how = infer(doc)
    doc.meta.published, doc.meta.published_source = value, how
    return doc


def infer(doc) -> tuple[str | None, str | None]:
    norm = doc.normalized.text
    posts = [p for p in doc.layer("embedded_posts") if p.get("date")]
    today, named = _weekdays_outside_posts(doc, norm)
    for wanted in ([{today}] if today else []) + [named]:
        for post in posts:
            if dt.date.fromisoformat(post.get("date")).isoweekday() in wanted:
                return post.get("date"), "embedded_post+weekday"
    for start, _, value in find_full_dates(norm, 0, min(len(norm), DATELINE_CHARS)):
        if start < DATELINE_CHARS // 2:
            return value, "dateline"
    for sent in doc.layer("sentences"):
        a, b = doc.normalized.from_original(sent.start), doc.normalized.from_original(sent.end)
        if TODAY in norm[a:b]:
            for _, _, value in find_full_dates(norm, a, b):
                return value, "text_today"
    if posts:
        return max(p.get("date") for p in posts), "embedded_post"
    return None, None


def _weekdays_outside_posts(doc, norm: str) -> tuple[int | None, set[int]]:
    """The weekday the text calls today, and every weekday it names, outside embeds."""
    weekdays = vocab().weekdays
    today, named = None, set()
    posts = doc.layer("embedded_posts")
    for m in _weekday_re().finditer(norm):
        start = doc.normalized.to_original(m.start())
        if any(p.start <= start < p.end for p in posts):
            continue
        day = weekdays[m.group("weekday")]
        named.add(day)
        if m.group("today") and today is None:
            today = day
    return today, named
