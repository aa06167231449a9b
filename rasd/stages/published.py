"""Stage: the publication date, from metadata or inferred from the document.

Metadata (JSONL `published`, HTML meta tags) wins. Otherwise, in order of trust:
1. an embedded post dated D while the text names today's weekday («اليوم (الأربعاء)»):
   the first such weekday on or after D; or a weekday named in the report («قالت الرئاسة،
   الأربعاء،») that is D's weekday: D → `embedded_post+weekday`;
2. a dateline: a full date at the very start of the text → `dateline`;
3. a full date in the same sentence as «اليوم» → `text_today`;
4. the latest embedded post's date alone → `embedded_post` (the article cannot be older);
5. a date written in the document's id, URL or file name («AAW_ARB_20081225.0051» in
   LDC Gigaword, «/2025/02/12/» in news URLs) → `identifier`.
Nothing supports a date → `published` stays null.
"""
from __future__ import annotations

import datetime as dt
import re

from ..times.dates import find_full_dates
from ..times.vocab import vocab

NAME = "published"
REQUIRES = ("sentences", "embedded_posts")
ASSIGNS: tuple[str, ...] = ()

DATELINE_CHARS = 120
TODAY = "اليوم"


_TODAY_BEFORE_RE = re.compile(rf"{TODAY}\s*\(?\s*$")
# year, month, day with one optional separator between them, not inside a longer number
_IDENTIFIER_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_/.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")
EARLIEST_IDENTIFIER_YEAR = 1990


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
    if today and posts:
        # «اليوم (الأربعاء)»: the first such weekday on or after the latest post
        latest = dt.date.fromisoformat(max(p.get("date") for p in posts))
        shift = (today - latest.isoweekday()) % 7
        return (latest + dt.timedelta(days=shift)).isoformat(), "embedded_post+weekday"
    for post in posts:
        if dt.date.fromisoformat(post.get("date")).isoweekday() in named:
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
    value = identifier_date(doc.id, doc.meta.url, doc.meta.input_name)
    return (value, "identifier") if value else (None, None)


def identifier_date(*names: str | None) -> str | None:
    """The first valid date written in an id, URL or file name, if it is not in the future."""
    for name in names:
        for match in _IDENTIFIER_DATE_RE.finditer(name or ""):
            year, _, month, day = match.groups()
            try:
                value = dt.date(int(year), int(month), int(day))
            except ValueError:
                continue     # «20250231» is no day
            if EARLIEST_IDENTIFIER_YEAR <= value.year and value <= dt.date.today():
                return value.isoformat()
    return None


def _weekdays_outside_posts(doc, norm: str) -> tuple[int | None, set[int]]:
    """The weekday the text calls today, and every weekday it names, outside embeds.

    str.find per name is much faster than one alternation regex over a whole article."""
    today_at, today, named = len(norm), None, set()
    posts = doc.layer("embedded_posts")
    for name, day in vocab().weekdays.items():
        pos = norm.find(name)
        while pos >= 0:
            end = pos + len(name)
            if _is_word(norm, pos, end) and not _in_post(doc, posts, pos):
                named.add(day)
                if pos < today_at and _TODAY_BEFORE_RE.search(norm, max(0, pos - 12), pos):
                    today_at, today = pos, day
            pos = norm.find(name, end)
    return today, named


def _is_word(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def _in_post(doc, posts, norm_pos: int) -> bool:
    if not posts:
        return False
    pos = doc.normalized.to_original(norm_pos)
    return any(p.start <= pos < p.end for p in posts)
