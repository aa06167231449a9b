"""Role phrases: «الرئيس الروسي», «وزير خارجية روسيا», «أمير قطر», «نظيره السوري».

A title (roles.yaml) followed by a country adjective or name resolves to the holder of
`<ISO3>.<role>` on the clause's date through the knowledge base's office tables.
«نظيره X» takes the role of the person it refers back to and resolves it in country X.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..text.normalize import normalize_string
from ..text.index import longest_entry_at
from ..text.tokenize import Token
from .kb import KB, name_tokens

MAX_COUNTRY_TOKENS = 3


@dataclass
class Title:
    title: str
    role: str
    governments: tuple[str, ...] | None
    form: str                      # definite | construct | counterpart
    country: str | None = None     # a title of one country's office («خادم الحرمين الشريفين»)


@dataclass
class RoleMention:
    first: int
    last: int
    start: int
    end: int
    title: str
    role: str | None
    country: str | None
    office: str | None
    holder: str | None


@dataclass
class TitleIndex:
    titles: dict[tuple[str, ...], list[Title]]
    longest: dict[str, int]
    country_roles: dict[str, dict[str, str]]
    fallback: dict[str, str]


@lru_cache(maxsize=4)
def title_index(kb: KB) -> TitleIndex:
    data = kb.roles
    titles: dict[tuple[str, ...], list[Title]] = {}
    for spec in data.get("titles", []):
        govs = tuple(spec["governments"]) if spec.get("governments") else None
        for form in ("definite", "construct"):
            for text in spec.get(form) or []:
                titles.setdefault(name_tokens(text), []).append(
                    Title(spec["title"], spec["role"], govs, form, spec.get("country")))
    for text in data.get("counterparts", []):
        titles.setdefault(name_tokens(text), []).append(Title("counterpart", None, None, "counterpart"))
    longest: dict[str, int] = {}
    for toks in titles:
        longest[toks[0]] = max(longest.get(toks[0], 0), len(toks))
    return TitleIndex(titles, longest, data.get("country_roles") or {}, data.get("fallback_roles") or {})


def find_roles(doc, kb: KB, tokens: list[Token], date_at) -> list[RoleMention]:
    """Every title + country phrase; `date_at(offset)` gives the clause's ISO date."""
    index = title_index(kb)
    out: list[RoleMention] = []
    next_free = 0
    for i in doc.token_index.positions(index.longest):
        if i < next_free:
            continue
        found = _title_at(tokens, i, index)
        if not found:
            continue
        length, candidates = found
        country, used = _country_after(tokens, i + length, kb, candidates)
        if country is None:
            country = next((t.country for t in candidates if t.country), None)   # its own country
        title = _pick(candidates, country, kb)
        if title is None:
            continue
        last = i + length + used
        mention = RoleMention(i, last, tokens[i].start, tokens[last - 1].end, title.title,
                              title.role, country, None, None)
        if title.role and country:
            mention.office, mention.holder = resolve_office(kb, index, country, title, date_at(tokens[i].start))
        out.append(mention)
        next_free = last
    return out


def resolve_office(kb: KB, index: TitleIndex, country: str, title: Title, date: str | None):
    """(office, holder on `date`); without a date nobody can be named (holder None)."""
    role = index.country_roles.get(country, {}).get(title.title, title.role)
    office = f"{country}.{role}"
    if role in index.fallback and not kb.offices.get(office):
        office = f"{country}.{index.fallback[role]}"
    holder = kb.holder(office, date) if date else None
    if holder is None and date and role in index.fallback:
        office = f"{country}.{index.fallback[role]}"
        holder = kb.holder(office, date)
    return office, holder


def counterpart_office(kb: KB, index: TitleIndex, role: str, country: str, date: str | None):
    return resolve_office(kb, index, country, Title("counterpart", role, None, "counterpart"), date)


def _title_at(tokens, i, index: TitleIndex):
    return longest_entry_at(tokens, i, index.titles, index.longest)


def _country_after(tokens, j, kb: KB, candidates) -> tuple[str | None, int]:
    """The country named right after a title: an adjective (definite forms) or a name."""
    if j >= len(tokens):
        return None, 0
    forms = {t.form for t in candidates}
    if forms & {"definite", "counterpart"}:
        adj = kb.demonyms.get(tokens[j].norm)
        if adj and tokens[j].norm.startswith("ال"):
            return adj[0], 1
    if "construct" in forms:
        for length in range(min(MAX_COUNTRY_TOKENS, len(tokens) - j), 0, -1):
            name = " ".join(t.norm for t in tokens[j:j + length])
            if name in kb.country_names:
                return kb.country_names[name], length
    return None, 0


def _pick(candidates: list[Title], country: str | None, kb: KB) -> Title | None:
    """The title that fits the country's form of government (king → monarchy …)."""
    if country is None:
        return None  # a bare title («الرئيس») names no one we can resolve
    government = kb.governments.get(country, "other")
    for t in candidates:
        if t.governments is None or government in t.governments:
            return t
    return None


def normalized_counterparts(kb: KB) -> frozenset[str]:
    """«نظيره», «نظيرته» …, normalised (roles.yaml `counterparts`)."""
    return frozenset(normalize_string(w) for w in kb.roles.get("counterparts", []))
