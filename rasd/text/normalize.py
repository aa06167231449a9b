"""The normalised view of Arabic text, with an exact map back to original offsets.

Folding rules live in `rasd/data/ar/normalize/folding.yaml`. One-to-one folds (alef
variants, taa marbuta, digits) go through `str.translate` and keep offsets; deletions
(diacritics, tatweel, bidi controls) and NFKC expansions (presentation forms, ligatures)
change lengths, so they are found with one regex and recorded in an offset map. Text
without such characters, the common case in news, gets an identity map at no cost.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ..data_files import codepoint, load_yaml


@dataclass(frozen=True)
class Folding:
    table: dict           # code point → replacement, for one-to-one folds
    fold_chars: frozenset  # the characters `table` folds
    specials: re.Pattern   # characters that are deleted or expanded
    deleted: frozenset


@lru_cache(maxsize=1)
def folding() -> Folding:
    data = load_yaml("ar", "normalize", "folding.yaml")
    table: dict[int, str] = {ord(codepoint(a)): codepoint(b) for a, b in data["fold"].items()}
    for lo, hi in data["digits"]:
        base = ord(codepoint(lo))
        for cp in range(base, ord(codepoint(hi)) + 1):
            table[cp] = str(cp - base)
    if data.get("lowercase_ascii"):
        for cp in range(ord("A"), ord("Z") + 1):
            table[cp] = chr(cp + 32)
    deleted = set()
    for lo, hi in data["delete"]:
        deleted.update(chr(cp) for cp in range(ord(codepoint(lo)), ord(codepoint(hi)) + 1))
    ranges = [(codepoint(lo), codepoint(hi)) for lo, hi in data["delete"] + data["nfkc"]]
    klass = "".join(f"{re.escape(lo)}-{re.escape(hi)}" for lo, hi in ranges)
    return Folding(table, frozenset(chr(cp) for cp in table), re.compile(f"[{klass}]"),
                   frozenset(deleted))


class NormalizedText:
    """`text` is the folded string; `to_original` maps its offsets back."""

    __slots__ = ("text", "original", "_map")

    def __init__(self, text: str, original: str, offset_map: "array | list[int] | None"):
        self.text = text
        self.original = original
        self._map = offset_map  # None: identity

    def to_original(self, i: int) -> int:
        """Original offset of the normalised character at `i` (or the end)."""
        return i if self._map is None else self._map[i]

    def from_original(self, pos: int) -> int:
        """The first normalised offset whose character comes from original `pos` or later."""
        if self._map is None:
            return pos
        return bisect_left(self._map, pos)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) covering the normalised [start, end)."""
        if self._map is None:
            return start, end
        if end <= start:
            pos = self._map[start]
            return pos, pos
        o_start = self._map[start]
        o_end = self._map[end - 1] + 1
        deleted = folding().deleted
        # keep the marks that sit on the last letter (diacritics) inside the span
        while o_end < len(self.original) and o_end < self._map[end] and \
                self.original[o_end] in deleted and unicodedata.combining(self.original[o_end]):
            o_end += 1
        return o_start, o_end

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text


def normalized_set(words) -> frozenset:
    """Words as the normalised view spells them, so code can write them naturally."""
    return frozenset(normalize_string(w) for w in words)


@lru_cache(maxsize=65536)
def normalize_string(text: str) -> str:
    """The folded form of a string, without the offset map (for lexicon keys and short
    spans; cached because names and words repeat)."""
    return normalize(text).text


def fold_chars(text: str) -> str:
    """Apply the one-to-one folds. `str.translate` with a dict costs ~100 ns a character
    on Arabic text; replacing only the characters that occur is several times faster."""
    table = folding().table
    for ch in folding().fold_chars:
        if ch in text:
            text = text.replace(ch, table[ord(ch)])
    return text


def normalize(text: str) -> NormalizedText:
    fold = folding()
    matches = list(fold.specials.finditer(text))
    if not matches:
        return NormalizedText(fold_chars(text), text, None)
    if all(m.group() in fold.deleted for m in matches):
        return _normalize_deletions(text, matches)
    pieces: list[str] = []
    offset_map = array("i")
    last = 0
    for m in matches:
        pos = m.start()
        if pos > last:
            pieces.append(text[last:pos])
            offset_map.extend(range(last, pos))
        ch = text[pos]
        if ch not in fold.deleted:
            expanded = "".join(c for c in unicodedata.normalize("NFKC", ch) if c not in fold.deleted)
            pieces.append(expanded)
            offset_map.extend([pos] * len(expanded))
        last = pos + 1
    if last < len(text):
        pieces.append(text[last:])
        offset_map.extend(range(last, len(text)))
    offset_map.append(len(text))
    return NormalizedText(fold_chars("".join(pieces)), text, offset_map)


def _normalize_deletions(text: str, matches) -> NormalizedText:
    """The common case (harakat, tatweel, bidi marks): the map lists the kept positions
    (a list grown by ranges is several times faster to build than an array)."""
    pieces: list[str] = []
    offset_map: list[int] = []
    last = 0
    for m in matches:
        pieces.append(text[last:m.start()])
        offset_map += range(last, m.start())
        last = m.end()
    pieces.append(text[last:])
    offset_map += range(last, len(text) + 1)
    return NormalizedText(fold_chars("".join(pieces)), text, offset_map)
