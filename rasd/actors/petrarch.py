"""Importing PETRARCH-format actor dictionaries into a rasd knowledge-base overlay.

A PETRARCH dictionary lists a name (words joined by «_») followed either by one code on the
same line («غزة  [PSE]») or by indented lines of dated codes («[IRQGOV 20101221-20140908]»).
A code is a country (three letters, or IGO) followed by sector codes (GOV, MIL, REB, …).
The overlay is a YAML list in the organisations/persons schema of rasd/data/ar/README.md,
with the original codes kept in `petrarch_codes`, which `rasd --kb-overlay` loads on top
of the shipped knowledge base. Names that the knowledge base already resolves to another
country are reported as conflicts, not imported silently.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataError
from .kb import SECTORS, KB, name_tokens
from .patterns import transliterate

CODE_RE = re.compile(r"\[([A-Z]{3,})\s*(?:(\d{8})\s*-\s*(\d{8}))?\]")
OPEN_END = "18000101"  # PETRARCH writes an open end as 1800-01-01


@dataclass
class PetrarchEntry:
    name: str
    codes: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    line: int = 0


def parse_dictionary(path: Path) -> list[PetrarchEntry]:
    entries: list[PetrarchEntry] = []
    current: PetrarchEntry | None = None
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line[0] in " \t" and line.strip().startswith("["):
                if current is None:
                    raise DataError(f"{path}:{n}: a code line with no name before it")
                current.codes += _codes(line)
                continue
            name, _, rest = line.strip().partition("[")
            current = PetrarchEntry(clean_name(name), [], n)
            if rest:
                current.codes += _codes("[" + rest)
            if current.name:
                entries.append(current)
    return entries


def clean_name(raw: str) -> str:
    """«عبد_اللٰه_» → «عبد الله»: words apart, marks, tatweel and bidi controls out."""
    from ..text.normalize import folding
    deleted = folding().deleted
    text = unicodedata.normalize("NFC", raw.replace("_", " "))
    text = "".join(ch for ch in text if ch not in deleted)
    return " ".join(text.split())


def _codes(text: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for code, start, end in CODE_RE.findall(text):
        out.append((code, _iso(start), None if end in ("", OPEN_END) else _iso(end)))
    return out


def _iso(yyyymmdd: str) -> str | None:
    return f"{yyyymmdd[:4]}-{yyyymmdd[4:6]}-{yyyymmdd[6:]}" if yyyymmdd else None


def split_code(code: str, countries: set[str]) -> tuple[str | None, str | None]:
    """«IRQGOV» → ('IRQ', 'GOV'); «IGO» → (None, 'IGO'); «PSECVLELI» → ('PSE', 'CVL')."""
    country = code[:3] if code[:3] in countries else None
    rest = code[3:] if country else code
    sectors = [rest[i:i + 3] for i in range(0, len(rest), 3)]
    sector = next((s for s in sectors if s in SECTORS), None)
    return country, sector


def to_overlay(entries: list[PetrarchEntry], kb: KB) -> tuple[list[dict], list[str]]:
    """Overlay records and conflict messages."""
    countries = {a.id for a in kb.actors.values() if a.type == "country"}
    records, conflicts, used = [], [], set(kb.actors)
    for e in entries:
        if not e.codes:
            continue
        latest = max(e.codes, key=lambda c: c[1] or "")
        country, sector = split_code(latest[0], countries)
        toks = name_tokens(e.name)
        if (country is None and sector != "IGO") or (len(toks) == 1 and toks[0] in kb.demonyms):
            continue  # generic agents («جيش [MIL]») and demonyms («سوري [SYR]») are not actors
        known = [n for n in kb.names.get(name_tokens(e.name), []) if n.how in ("name", "alias")]
        clash = [kb.actors[n.actor] for n in known if kb.actors[n.actor].country not in (None, country)]
        if clash:
            conflicts.append(f"line {e.line}: «{e.name}» [{latest[0]}] is {clash[0].name_en} "
                             f"({clash[0].country}) in rasd's knowledge base; not imported")
            continue
        if known:
            continue  # rasd already knows it, with the same country
        person = bool(toks) and toks[0] in kb.given_names
        rid = _slug(e.name, used)
        records.append({
            "id": rid, "name_en": transliterate(e.name), "aliases_en": [],
            "name_ar": e.name, "aliases_ar": [],
            "type": "person" if person else "organization",
            "country": country, "sector": sector or ("GOV" if country else "IGO"),
            "wikidata": None, "source": "petrarch",
            "petrarch_codes": [{"code": c, "start": s, "end": t} for c, s, t in e.codes],
        })
    return records, conflicts


def _slug(name: str, used: set[str]) -> str:
    base = "petrarch_" + (re.sub(r"[^a-z0-9]+", "_", transliterate(name).lower()).strip("_") or "x")
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}_{n}", n + 1
    used.add(slug)
    return slug

