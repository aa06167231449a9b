"""A flag emoji names a country: «وزارة الخارجية 🇸🇦» signing a post is Saudi Arabia's
foreign ministry. Used for the authors of embedded posts, whose display names often carry
the flag instead of the demonym."""
from __future__ import annotations

import re
from functools import lru_cache

from ..data_files import load_yaml
from .kb import KB, name_tokens

# a flag is a pair of regional indicator symbols, one per letter of the ISO 3166 alpha-2 code
FLAG_RE = re.compile("([\U0001F1E6-\U0001F1FF])([\U0001F1E6-\U0001F1FF])")
REGIONAL_A = 0x1F1E6


@lru_cache(maxsize=1)
def _iso3_by_iso2() -> dict[str, str]:
    return {c["iso2"]: c["iso3"] for c in load_yaml("ar", "actors", "countries.yaml") or []
            if c.get("iso2") and c.get("iso3")}


def flag_country(text: str) -> str | None:
    """The ISO3 code of the first flag in `text`, or None."""
    found = FLAG_RE.search(text or "")
    if not found:
        return None
    iso2 = "".join(chr(ord("A") + ord(ch) - REGIONAL_A) for ch in found.groups())
    return _iso3_by_iso2().get(iso2)


def flagged_actor(kb: KB, text: str) -> str | None:
    """The actor a flagged name stands for: the country's own body whose Arabic name is the
    name followed by the country («وزارة الخارجية» + 🇸🇦 → «وزارة الخارجية السعودية»)."""
    iso3 = flag_country(text)
    name = name_tokens(FLAG_RE.sub(" ", text or ""))
    if not iso3 or not name:
        return None
    fits = []
    for actor in kb.actors.values():
        if actor.country != iso3 or actor.type == "country":
            continue
        for written in (actor.name_ar, *actor.aliases_ar):
            toks = name_tokens(written or "")
            if toks[:len(name)] == name and len(toks) - len(name) <= 2:
                fits.append((len(toks), actor.id))
    return min(fits)[1] if fits else None
