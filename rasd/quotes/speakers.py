"""Who can speak: the actor references of a document, in text order, with their gender.

A reference is a named entity or an actor mention (role phrase, institution, collective).
A role phrase right before the name it introduces («الرئيس الروسي فلاديمير بوتين») is one
reference, resolved to the named person. Gender matters because Arabic verbs agree with
their subjects and «وأضافت» continues the last feminine speaker.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..text.normalize import normalized_set
from ..text.tokenize import stems

# Countries whose Arabic names are masculine; the others are feminine.
MASCULINE_COUNTRIES = normalized_set({"العراق", "لبنان", "الأردن", "السودان", "اليمن", "المغرب",
                                      "البحرين", "الكويت", "عمان", "الصومال"})
FEMININE_TITLES = normalized_set({"وزيرة", "رئيسة", "الوزيرة", "المتحدثة", "السفيرة", "الملكة", "الأميرة"})
PREPOSITIONS = normalized_set({"في", "من", "إلى", "على", "مع", "عن", "ل", "ب", "لدى", "حول", "ضد", "عبر"})


@dataclass
class Ref:
    start: int
    end: int
    actor: str
    gender: str       # m | f | pl
    kind: str         # entity label (PER/ORG/LOC) or mention label (role/institution/collective)


def refs_of(doc) -> "Refs":
    """The document's references, built once for the quotes and events stages (they do
    not change after the entities stage)."""
    key = (len(doc.layer("entities")), len(doc.layer("mentions")))
    cached = doc.__dict__.get("_refs")
    if cached is None or cached[0] != key:
        cached = (key, Refs(doc))
        doc.__dict__["_refs"] = cached
    return cached[1]


def media_actor(doc, actor_id: str | None) -> bool:
    """A news outlet or agency, or a journalist (sector MED): who reports and is spoken to."""
    return doc.actors.get(actor_id, {}).get("sector") == "MED"


def named_positions(doc) -> frozenset[int]:
    """Token indices inside named entities: a name is never a cue or a trigger
    («كيري» is not «ك» + «يرى», «فيدان» not «ف» + «يدان»). Built once for the quotes and
    events stages, as refs_of is."""
    key = len(doc.layer("entities"))
    cached = doc.__dict__.get("_named_positions")
    if cached is None or cached[0] != key:
        starts = doc.token_starts
        named: set[int] = set()
        for e in doc.layer("entities"):
            named.update(range(max(0, bisect_right(starts, e.start) - 1), bisect_left(starts, e.end)))
        cached = (key, frozenset(named))
        doc.__dict__["_named_positions"] = cached
    return cached[1]


class Refs:
    """Actor references of one document, searchable by position."""

    def __init__(self, doc):
        # no reference back to the document: it caches this object, and a cycle would
        # keep every document's tokens alive until the cyclic garbage collector runs
        spans = [s for layer in ("entities", "mentions") for s in doc.layer(layer) if s.get("actor")]
        refs = [_ref(s, doc.actors.get(s.get("actor"), {})) for s in spans]
        refs.sort(key=lambda r: (r.start, -r.end))
        self.refs = _merge_role_and_name(refs, doc.text)
        self.starts = [r.start for r in self.refs]
        self.ends = [r.end for r in self.refs]

    def starting_in(self, start: int, end: int) -> list[Ref]:
        return self.refs[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def before(self, pos: int, floor: int) -> list[Ref]:
        """References that end at or before pos and start at or after floor, nearest first."""
        # refs are sorted by start: those from `floor` to `pos` are one slice
        window = self.refs[bisect_left(self.starts, floor):bisect_right(self.starts, pos)]
        out = [r for r in window if r.end <= pos]
        return sorted(out, key=lambda r: -r.end)


def _ref(span, actor: dict) -> Ref:
    """The reference of an entity or mention span; `actor` is its doc.actors record."""
    return Ref(span.start, span.end, span.get("actor"), _gender(span.text, span.label, actor), span.label)


HONORIFICS = frozenset({"الأمير", "الشيخ", "السيد", "السيدة", "الدكتور", "د.", "اللواء", "الفريق", "المشير",
                        "العميد", "الملك", "السلطان", "الرئيس", "السفير", "الأميرة"})


def _merge_role_and_name(refs: list[Ref], text: str) -> list[Ref]:
    """«الرئيس الروسي فلاديمير بوتين», «وزير الخارجية السعودي الأمير فيصل بن فرحان» are
    one reference each: the person named."""
    out: list[Ref] = []
    for r in refs:
        if out and out[-1].kind == "role" and r.kind == "PER" and \
                all(w in HONORIFICS for w in text[out[-1].end:r.start].split()):
            out[-1] = Ref(out[-1].start, r.end, r.actor, out[-1].gender, "PER")
            continue
        if out and r.start < out[-1].end:   # nested or overlapping: keep the outer one
            continue
        out.append(r)
    return out


def _gender(text: str, label: str, actor: dict) -> str:
    return _gender_of(text, label, actor.get("type"))


@lru_cache(maxsize=32768)
def _gender_of(text: str, label: str, actor_type: str | None) -> str:
    """Cached: the same names and titles recur across articles."""
    from ..text.normalize import normalize_string
    words = normalize_string(text).split()
    first = stems(words[0])[1] if words and words[0][:1] in "وف" and len(stems(words[0])) > 1 else \
        (words[0] if words else "")
    if label == "PER" or label == "role":
        return "f" if first in FEMININE_TITLES else "m"
    if actor_type == "country":
        return "m" if first in MASCULINE_COUNTRIES else "f"
    if first.endswith(("ون", "ين")) and label == "collective":
        return "pl"
    if first.endswith(("ه", "ات")) or actor_type == "location":
        return "f"
    return "m"
