"""Stage: embedded social-media posts (tweets, Telegram, Facebook, Instagram).

Shapes are data (rasd/data/ar/embeds/platforms.yaml). A post is the line above an
attribution line («— Author (@handle) February 12, 2025»); a status URL standing on a line
of its own is a post whose author is known only by handle. Each post becomes a span of the
`embedded_posts` layer covering text and attribution, with `content_start`/`content_end`
for its text, so later layers can tell that a sentence belongs to a post
(`in_embedded_post`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data_files import load_yaml
from ..times.dates import find_full_dates

NAME = "embeds"
REQUIRES = ("paragraphs",)
ASSIGNS = ("embedded_posts",)


@dataclass(frozen=True)
class Shapes:
    links: list[tuple[str, re.Pattern]]
    status_urls: list[tuple[str, re.Pattern]]
    attributions: list[tuple[str, str | None, re.Pattern]]
    hints: tuple[str, ...]


@lru_cache(maxsize=1)
def shapes() -> Shapes:
    data = load_yaml("ar", "embeds", "platforms.yaml")
    links, status = [], []
    for platform, spec in data["platforms"].items():
        links.append((platform, re.compile("|".join(spec["links"]))))
        status.append((platform, re.compile(spec["status_url"], re.IGNORECASE)))
    attributions = [(a["name"], a["platform"], re.compile(a["pattern"])) for a in data["attributions"]]
    return Shapes(links, status, attributions, tuple(data["hints"]))


def run(doc, resources=None):
    norm = doc.normalized.text
    s = shapes()
    if not any(hint in norm for hint in s.hints):  # most articles embed nothing
        return doc
    paras = doc.layer("paragraphs")
    taken = set()
    for i, para in enumerate(paras):
        line, offset = _norm_line(doc, para.start, para.end)
        for rule, platform, pattern in s.attributions:
            m = pattern.match(line)
            if m:
                prev = paras[i - 1] if i > 0 and (i - 1) not in taken else None
                _add_post(doc, prev, para, m, offset, rule, platform, s)
                taken.update({i, i - 1})
                break
    for i, para in enumerate(paras):
        if i not in taken:
            _status_url_post(doc, para, s)
    doc.layer("embedded_posts").sort(key=lambda sp: sp.start)
    return doc


def _norm_line(doc, start: int, end: int) -> tuple[str, int]:
    """The normalised text of the original [start, end) and where it starts."""
    a, b = doc.normalized.from_original(start), doc.normalized.from_original(end)
    return doc.normalized.text[a:b], a


def _group(doc, m, name: str, offset: int) -> str | None:
    """A match group's text in the original spelling (handles keep their capitals)."""
    if m.groupdict().get(name) is None:
        return None
    start, end = doc.normalized.span_to_original(offset + m.start(name), offset + m.end(name))
    return doc.text[start:end].strip() or None


def _norm_slice(doc, start: int, end: int) -> str:
    return _norm_line(doc, start, end)[0]


def _platform(text: str, default: str | None, s: Shapes) -> str:
    if default:
        return default
    for platform, pattern in s.links:
        if pattern.search(text):
            return platform
    return "twitter"


def _add_post(doc, content, attribution, m, offset, rule, platform, s: Shapes) -> None:
    start = content.start if content is not None else attribution.start
    content_text = content.text if content is not None else ""
    dates = list(find_full_dates(m.group("date")))
    doc.add("embedded_posts", start, attribution.end,
            label=_platform(_norm_slice(doc, start, attribution.end), platform, s),
            rule=f"embeds.{rule}",
            author=_group(doc, m, "author", offset),
            handle=_group(doc, m, "handle", offset),
            date=dates[0][2] if dates else None,
            content=_strip_links(content_text),
            content_start=start,
            content_end=content.end if content is not None else start,
            attribution_start=attribution.start)


def _status_url_post(doc, para, s: Shapes) -> None:
    """A status URL alone on its line: a post known by platform and handle only."""
    line = para.text.strip()
    if " " in line:
        return
    for platform, pattern in s.status_urls:
        m = pattern.search(line)
        if m:
            handle = None if platform == "instagram" else "@" + m.group("handle")
            doc.add("embedded_posts", para.start, para.end, label=platform,
                    rule="embeds.status_url", author=None, handle=handle, date=None,
                    content="", content_start=para.start, content_end=para.start,
                    attribution_start=para.start)
            return


_LINK_RE = re.compile(r"\s*(?:https?://\S+|pic\.twitter\.com/\S+)")


def _strip_links(text: str) -> str:
    return _LINK_RE.sub("", text).strip()


def in_embedded_post(doc, start: int, end: int | None = None):
    """The embedded post that contains [start, end), or None."""
    return doc.covering("embedded_posts", start, end)
