"""Paragraphs and sentences with offsets into the original text.

A paragraph is a non-empty line. A sentence ends at . ! ? ؟ … (with any closing quotes
or brackets that follow) before whitespace, and always at the end of a line. A full stop
inside an abbreviation written with dots («أ.ف.ب», «د.ب.أ», «U.S.») or between digits
does not end a sentence. Page furniture inside the text (share widgets, «اقرأ أيضا»;
`data/ar/text/boilerplate.yaml`) belongs to no sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..data_files import load_yaml

LINE_RE = re.compile(r"[^\n\r\u2028\u2029]+")
# end punctuation + closing marks, then whitespace or the end of the line. The pattern
# opens with a character class (not a repeated group such as «(?:\.{3}|…|[.!?؟])+», which
# matches the same runs) so that the regex engine skips ahead to candidate characters
# instead of trying a match at every position of the text.
SENT_END_RE = re.compile(r"[.!?؟…][.!?؟…]*[»\"”’')\]]*(?=\s|$)")
# a dot preceded by a lone letter («أ.ف.ب.») is an abbreviation, not an end
ABBREV_RE = re.compile(r"(?:^|[\s.(«])[^\W\d_]\.$")


def paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in LINE_RE.finditer(text):
        start, end = _strip(text, m.start(), m.end())
        if start < end:
            out.append((start, end))
    return out


def sentences(text: str, paras: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    out = []
    for p_start, p_end in paras if paras is not None else paragraphs(text):
        line = text[p_start:p_end]
        begin = 0
        for m in SENT_END_RE.finditer(line):
            if m.group().startswith(".") and ABBREV_RE.search(line[max(0, m.start() - 3):m.start() + 1]):
                continue
            _emit(text, p_start + begin, p_start + m.end(), out)
            begin = m.end()
        _emit(text, p_start + begin, p_end, out)
    return out


def _emit(text: str, start: int, end: int, out: list) -> None:
    start, end = _strip(text, start, end)
    for widget in _widgets():
        if text.startswith(widget, start):
            start, end = _strip(text, start + len(widget), end)
            break
    if start < end:
        out.append((start, end))


@lru_cache(maxsize=1)
def _widgets() -> tuple[str, ...]:
    return tuple(load_yaml("ar", "text", "boilerplate.yaml").get("widgets") or [])


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
