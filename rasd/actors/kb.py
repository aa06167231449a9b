"""The actor knowledge base: load, validate and compile rasd/data/ar/actors/.

Files (schema in rasd/data/ar/README.md): countries.yaml, places.yaml, persons/*.yaml,
organizations/*.yaml, institutions.yaml (country-bound institutions generated from
demonyms) and roles.yaml (office titles). `load_kb()` returns the compiled `KB`, built once
per process and cached on disk keyed by the hash of the data files, so a new process
loads it in tens of milliseconds. `check_kb()` lists every problem `rasd kb check` reports.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..data_files import data_path, load_yaml
from ..errors import DataError
from ..text.normalize import normalize_string
from ..text.tokenize import TOKEN_RE

CACHE_VERSION = "kb-1"
TYPES = {"person", "organization", "country", "location", "group"}
SECTORS = {"GOV", "MIL", "SPY", "COP", "JUD", "LEG", "PTY", "REB", "OPP", "IGO", "NGO",
           "MED", "BUS", "CVL", "REL", "UAF", "EDU"}
ENTITY_TYPE = {"person": "PER", "organization": "ORG", "group": "ORG",
               "country": "LOC", "location": "LOC"}
_BAD_CHARS_RE = re.compile(r"[\u064b-\u0652\u0670\u0640\ufb50-\ufdff\ufe70-\ufeff\u200b-\u200f\u202a-\u202e]")
_QID_RE = re.compile(r"^Q[1-9]\d*$")
_ID_RE = re.compile(r"^[a-z0-9_]+$")


@dataclass
class Actor:
    id: str
    name_en: str
    name_ar: str
    type: str
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    aliases_en: list[str] = field(default_factory=list)
    aliases_ar: list[str] = field(default_factory=list)
    kind: str | None = None
    source: str = "kb"           # kb | generated | document
    leader_office: str | None = None
    metonym_for: str | None = None   # a capital or seat that stands for a government
    theatre: tuple[str, ...] = ()    # countries it acts in («التحالف» in a Yemen report)
    speaks_for: str | None = None    # a spokesperson's body: what they say, it says too
    named: bool = True               # False: mentions of it are not named entities («الشعب السوري»)

    def record(self) -> dict:
        """The actor as the output contract's registry writes it."""
        out = {"name_en": self.name_en, "name_ar": self.name_ar, "type": self.type,
               "country": self.country, "sector": self.sector, "wikidata": self.wikidata}
        if self.aliases_en:
            out["aliases_en"] = list(self.aliases_en)
        if self.aliases_ar:
            out["aliases_ar"] = list(self.aliases_ar)
        if self.source != "kb":
            out["source"] = self.source
        return out


@dataclass(frozen=True)
class Name:
    """One way of writing an actor: normalised tokens and how trustworthy it is."""
    actor: str
    how: str                    # name | alias | short | ambiguous
    entity: str                 # PER | ORG | LOC


@dataclass
class Holder:
    person: str
    start: str
    end: str | None


@dataclass(eq=False)  # hashable by identity: caches keyed on the loaded KB
class KB:
    actors: dict[str, Actor]
    names: dict[tuple[str, ...], list[Name]]        # token tuple → names
    first_tokens: dict[str, int]                    # first token → longest name length
    demonyms: dict[str, tuple[str, str]]            # adjective form → (iso3, gender/number)
    country_names: dict[str, str]                   # normalised country name → iso3
    offices: dict[str, list[Holder]]
    person_offices: dict[str, list[str]]            # person → offices held
    institutions: list[dict]
    roles: dict
    governments: dict[str, str]                     # iso3 → republic | monarchy | …
    heads: dict[str, frozenset]                     # organization | location → head nouns
    given_names: frozenset                          # first names, for names the KB lacks
    common_words: frozenset                         # everyday words that are also names
    everyday_given_names: frozenset                 # first names that are everyday words
    not_name_words: frozenset                       # nouns that never continue a person's name
    collectives: dict                               # nouns → group of a country («وفد روسي»)
    need_head: frozenset = frozenset()              # common words trusted only after a head noun
    idioms: dict = field(default_factory=dict)      # name → next words that make an idiom of it
    not_family_names: frozenset = frozenset()       # last words of a name that are no family name

    def holder(self, office: str, date: str | None) -> str | None:
        """The person holding `office` on ISO `date` (the latest holder when date is None)."""
        holders = self.offices.get(office)
        if not holders:
            return None
        if date is None:
            return holders[-1].person
        for h in reversed(holders):
            if _date_key(h.start, False) <= date and (h.end is None or date <= _date_key(h.end, True)):
                return h.person
        return None

    def offices_of(self, person: str, date: str | None) -> list[str]:
        out = []
        for office in self.person_offices.get(person, ()):
            for h in self.offices[office]:
                if h.person == person and (date is None or (
                        _date_key(h.start, False) <= date and (h.end is None or date <= _date_key(h.end, True)))):
                    out.append(office)
                    break
        return out


def _date_key(value: str, end: bool) -> str:
    """A partial date as a comparable ISO string: 2015 → 2015-01-01 or 2015-12-31."""
    value = str(value)
    if len(value) == 4:
        return value + ("-12-31" if end else "-01-01")
    if len(value) == 7:
        return value + ("-31" if end else "-01")
    return value


HYPHENS = frozenset("-‐‑–")


def name_tokens(name: str) -> tuple[str, ...]:
    """A name as normalised tokens; hyphens are left out («فرانك-فالتر» = «فرانك فالتر»)."""
    return tuple(m.group() for m in TOKEN_RE.finditer(normalize_string(name)) if m.group() not in HYPHENS)


# ---------------------------------------------------------------- loading

def _files() -> list[Path]:
    root = data_path("ar", "actors")
    return sorted(p for p in root.rglob("*.yaml"))


def _data_hash(overlays: tuple[str, ...] = ()) -> str:
    h = hashlib.sha256(CACHE_VERSION.encode())
    extra = [data_path("ar", "text", "function_words.yaml"), data_path("ar", "times", "months.yaml")]
    for path in _files() + extra + [Path(p) for p in overlays]:
        h.update(path.as_posix().encode())
        h.update(path.read_bytes())
    for extra in (Path(__file__), Path(__file__).with_name("generate.py")):
        h.update(extra.read_bytes())
    return h.hexdigest()[:20]


def _cache_dir() -> Path:
    return Path(os.environ.get("RASD_CACHE_DIR") or Path.home() / ".cache" / "rasd")


def load_kb(overlays: tuple[str, ...] = ()) -> KB:
    """The compiled knowledge base (from the disk cache when the data is unchanged), with
    user overlays (YAML lists of persons/organisations, e.g. from `rasd kb import-petrarch`)
    applied on top: an overlay entry replaces a shipped entry with the same id. One KB per
    set of overlays and process, however the overlays are spelled."""
    return _load_kb(tuple(str(Path(p).resolve()) for p in overlays))


@lru_cache(maxsize=4)
def _load_kb(overlays: tuple[str, ...]) -> KB:
    for p in overlays:
        if not Path(p).is_file():
            raise DataError(f"knowledge-base overlay {p} does not exist")
    key = _data_hash(overlays)
    cache = _cache_dir() / f"kb-{key}.pickle"
    try:
        with open(cache, "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    kb = compile_kb(apply_overlays(read_raw(), overlays))
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".tmp{os.getpid()}")
        with open(tmp, "wb") as fh:
            pickle.dump(kb, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only home is fine: compile again next time
    return kb


def read_raw() -> dict:
    """All actor data files, parsed, with the file each entry came from."""
    raw = {"countries": [], "places": [], "persons": [], "organizations": []}
    for path in _files():
        rel = path.relative_to(data_path("ar", "actors")).as_posix()
        data = load_yaml("ar", "actors", *rel.split("/"))
        kind = rel.split("/")[0].removesuffix(".yaml")
        if kind in raw:
            for entry in data or []:
                if not isinstance(entry, dict):
                    raise DataError(f"{rel}: every entry must be a mapping, got {entry!r}")
                entry["_file"] = rel
                raw[kind].append(entry)
        elif kind in ("institutions", "roles", "common_words", "heads", "given_names", "collectives"):
            raw[kind] = data
    return raw


def apply_overlays(raw: dict, overlays: tuple[str, ...]) -> dict:
    import yaml
    for path in overlays:
        try:
            entries = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
        except yaml.YAMLError as exc:
            raise DataError(f"{path}: not valid YAML: {exc}") from exc
        if not isinstance(entries, list):
            raise DataError(f"{path}: an overlay is a YAML list of actors")
        ids = {e.get("id") for e in entries if isinstance(e, dict)}
        for kind in ("persons", "organizations", "places"):
            raw[kind] = [e for e in raw[kind] if e.get("id") not in ids]
        for e in entries:
            if not isinstance(e, dict):
                raise DataError(f"{path}: every overlay entry must be a mapping, got {e!r}")
            e = dict(e, _file=str(path))
            kind = "persons" if e.get("type") == "person" or "offices" in e else \
                "places" if e.get("type") == "location" else "organizations"
            if kind == "persons":
                e.pop("type", None)
            raw[kind].append(e)
    return raw


def compile_kb(raw: dict) -> KB:
    from .generate import demonym_forms, institutions_for

    problems = [p for p in check_raw(raw) if p.startswith("ERROR")]
    if problems:
        raise DataError("the knowledge base is invalid:\n" + "\n".join(problems[:20]))
    actors: dict[str, Actor] = {}
    names: dict[tuple[str, ...], list[Name]] = {}

    common = {normalize_string(w) for w in (raw.get("common_words") or {}).get("words", [])}
    need_head = frozenset(normalize_string(w) for w in (raw.get("common_words") or {}).get("need_head", []))
    idioms = {normalize_string(k): frozenset(normalize_string(w) for w in v)
              for k, v in ((raw.get("common_words") or {}).get("idioms") or {}).items()}
    common |= need_head
    common |= _everyday_words()

    def add_name(text: str | None, actor: Actor, how: str) -> None:
        if not text:
            return
        for toks in _spelling_variants(name_tokens(text)):
            name_how = "ambiguous" if " ".join(toks) in common and how != "alias_en" else how
            name = Name(actor.id, name_how, ENTITY_TYPE[actor.type])
            if toks and name not in names.get(toks, []):
                names.setdefault(toks, []).append(name)

    demonyms: dict[str, tuple[str, str]] = {}
    country_names: dict[str, str] = {}
    governments: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for c in raw["countries"]:
        a = Actor(c["iso3"], c["name_en"], c["name_ar"], "country", c["iso3"], None,
                  c.get("wikidata"), list(c.get("aliases_en") or []), list(c.get("aliases_ar") or []))
        actors[a.id] = a
        governments[a.id] = c.get("government") or "other"
        if c.get("capital"):
            capitals[c["capital"]] = a.id
        how = "ambiguous" if c.get("ambiguous") else "name"
        for n in [a.name_ar] + a.aliases_ar:
            add_name(n, a, how)
            country_names.setdefault(normalize_string(n), a.id)
        for n in [a.name_en] + a.aliases_en:
            add_name(n, a, "alias_en")
        for form, gn in demonym_forms(c):
            demonyms.setdefault(normalize_string(form), (a.id, gn))
    for p in raw["places"]:
        a = Actor(p["id"], p["name_en"], p["name_ar"], "location", p.get("country"), None,
                  p.get("wikidata"), list(p.get("aliases_en") or []), list(p.get("aliases_ar") or []),
                  kind=p.get("kind"))
        if p.get("kind") == "capital" and p["id"] in capitals:
            a.metonym_for = capitals[p["id"]]
        actors[a.id] = a
        how = "ambiguous" if p.get("ambiguous") else "name"
        for n in [a.name_ar] + a.aliases_ar:
            add_name(n, a, how)
    offices: dict[str, list[Holder]] = {}
    person_offices: dict[str, list[str]] = {}
    for p in raw["persons"]:
        a = Actor(p["id"], p["name_en"], p["name_ar"], "person", p.get("country"), p.get("sector"),
                  p.get("wikidata"), list(p.get("aliases_en") or []), list(p.get("aliases_ar") or []),
                  speaks_for=p.get("speaks_for"))
        actors[a.id] = a
        for n in [a.name_ar] + a.aliases_ar:
            add_name(n, a, "name")
        for n in p.get("short_ar") or []:
            add_name(n, a, "short")
        for o in p.get("offices") or []:
            offices.setdefault(o["office"], []).append(Holder(a.id, str(o["start"]), _opt_str(o.get("end"))))
            person_offices.setdefault(a.id, [])
            if o["office"] not in person_offices[a.id]:
                person_offices[a.id].append(o["office"])
    for holders in offices.values():
        holders.sort(key=lambda h: _date_key(h.start, False))
    for o in raw["organizations"]:
        a = Actor(o["id"], o["name_en"], o["name_ar"], o.get("type") or "organization",
                  o.get("country"), o.get("sector"), o.get("wikidata"),
                  list(o.get("aliases_en") or []), list(o.get("aliases_ar") or []),
                  kind=o.get("kind"), leader_office=o.get("leader_office"),
                  theatre=tuple(o.get("theatre") or ()))
        actors[a.id] = a
        how = "ambiguous" if o.get("ambiguous") else "name"
        for n in [a.name_ar] + a.aliases_ar:
            add_name(n, a, how)
        for n in o.get("ambiguous_ar") or []:
            add_name(n, a, "ambiguous")
    institutions = raw.get("institutions") or {}
    for inst in institutions_for(raw["countries"], institutions, actors, names):
        if inst.id not in actors:
            actors[inst.id] = inst
        for n in [inst.name_ar] + inst.aliases_ar:
            add_name(n, actors[inst.id], "name")
    for a in actors.values():
        if a.speaks_for and a.speaks_for not in actors:
            raise DataError(f"{a.id}: speaks_for {a.speaks_for!r} is no actor of the knowledge base")
    heads = {kind: frozenset(normalize_string(h) for h in words)
             for kind, words in (raw.get("heads") or {}).items() if kind != "examples"}
    name_heads = [words for kind, words in heads.items() if not kind.startswith("bare")]   # bare heads stand alone
    _drop_head_aliases(names, frozenset().union(*name_heads) if name_heads else frozenset(), actors)
    first_tokens: dict[str, int] = {}
    for toks in names:
        first_tokens[toks[0]] = max(first_tokens.get(toks[0], 0), len(toks))
    given = {name_tokens(a.name_ar)[0] for a in actors.values() if a.type == "person" and a.name_ar}
    given = {w for w in given if not w.startswith("ال")}     # «الشيخ …», «الملك …»: titles
    given |= {normalize_string(w) for w in (raw.get("given_names") or {}).get("names", [])}
    return KB(actors, names, first_tokens, demonyms, country_names, offices, person_offices,
              (institutions or {}).get("institutions", []), raw.get("roles") or {}, governments,
              heads, frozenset(given), frozenset(common),
              frozenset(normalize_string(w) for w in (raw.get("given_names") or {}).get("everyday", [])),
              frozenset(normalize_string(w) for w in (raw.get("given_names") or {}).get("never_in_names", [])),
              _collectives(raw.get("collectives") or {}), need_head, idioms,
              frozenset(normalize_string(w) for w in (raw.get("given_names") or {}).get("not_family_names", [])))


def _collectives(data: dict) -> dict:
    return {"nouns": frozenset(normalize_string(w) for w in data.get("nouns", [])),
            "max_between": int(data.get("max_between", 2)),
            "source_nouns": frozenset(normalize_string(w) for w in data.get("source_nouns", [])),
            "group_nouns": frozenset(normalize_string(w) for w in data.get("group_nouns", [])),
            "source_adjectives": frozenset(normalize_string(w) for w in data.get("source_adjectives", []))}


def _everyday_words() -> set[str]:
    """Function words, pronoun-suffixed complementizers and month and weekday names: a
    one-word name spelled like one («إب» ~ «آب» August, «بانه» ~ «بأنه») needs support."""
    from ..text.tokenize import stems
    fw = load_yaml("ar", "text", "function_words.yaml")
    words = {normalize_string(w) for kind, ws in fw.items() if kind != "nouns" for w in ws}
    words |= {normalize_string(w) for w in ("أنه", "أنها", "إنه", "إنها", "أنهم", "لأنه", "بأنه", "بأنها")}
    months = load_yaml("ar", "times", "months.yaml")["months"]
    for entry in months:
        for system in ("gregorian", "levantine", "maghrebi"):
            words |= {normalize_string(m) for m in entry.get(system, [])}
    expanded = set(words)
    for w in words:                    # «بأنه» is ب + «أنه»
        expanded.update(stems(w))
    return expanded


KUNYA_CASES = ("ابي", "ابا")   # «أبو» in the genitive and the accusative, as normalised


def _spelling_variants(toks: tuple[str, ...]) -> list[tuple[str, ...]]:
    """«عبد الله» and «عبدالله» are both written: index a name both ways."""
    out = [toks]
    joined: list[str] = []
    k = 0
    while k < len(toks):
        if toks[k] in ("عبد", "ابو") and k + 1 < len(toks):
            joined.append(toks[k] + toks[k + 1])
            k += 2
        else:
            joined.append(toks[k])
            k += 1
    if len(joined) != len(toks):
        out.append(tuple(joined))
    if toks[0] == "ابو" and len(toks) > 1:
        # a kunya takes the case of its place: «عن أبي بكر البغدادي», «إن أبا بكر …»
        out += [(case,) + toks[1:] for case in KUNYA_CASES]
    return out


def _drop_head_aliases(names: dict, heads: frozenset, actors: dict) -> None:
    """Drop «حركة حماس» where «حماس» names the same actor: the name is what follows.
    A place keeps its head when the head is part of its main name («إقليم كردستان»)."""
    for toks in list(names):
        for cut in (1, 2):
            if len(toks) > cut and " ".join(toks[:cut]) in heads:
                rest = names.get(toks[cut:], [])
                rest_actors = {n.actor for n in rest
                               if actors[n.actor].type not in ("location", "country")
                               or name_tokens(actors[n.actor].name_ar) == toks[cut:]}
                kept = [n for n in names[toks] if n.actor not in rest_actors]
                if len(kept) != len(names[toks]):
                    if kept:
                        names[toks] = kept
                    else:
                        del names[toks]
                    break


def _opt_str(value) -> str | None:
    return None if value is None else str(value)


# ---------------------------------------------------------------- checks

def check_kb() -> list[str]:
    """Every problem in the data, as 'ERROR …' or 'WARNING …' lines (empty: all good)."""
    raw = read_raw()
    problems = check_raw(raw)
    if not any(p.startswith("ERROR") for p in problems):
        try:
            compile_kb(raw)
        except DataError as exc:
            problems.append(f"ERROR {exc}")
    return problems


def check_raw(raw: dict) -> list[str]:
    out: list[str] = []
    isos = {c.get("iso3") for c in raw["countries"]}
    seen: dict[str, str] = {}

    def err(entry, msg):
        out.append(f"ERROR {entry.get('_file')}: {entry.get('id') or entry.get('iso3')}: {msg}")

    for c in raw["countries"]:
        if not re.fullmatch(r"[A-Z]{3}", str(c.get("iso3"))):
            err(c, "iso3 must be three capital letters")
        _check_common(c, c.get("iso3"), seen, err)
    place_ids = {p.get("id") for p in raw["places"]}
    for c in raw["countries"]:
        if c.get("capital") and c["capital"] not in place_ids:
            err(c, f"capital {c['capital']!r} is not in places.yaml")
    org_ids = {o.get("id") for o in raw["organizations"]}
    for kind in ("places", "persons", "organizations"):
        for e in raw[kind]:
            if not _ID_RE.match(str(e.get("id"))):
                err(e, "id must be lowercase ascii [a-z0-9_]")
            _check_common(e, e.get("id"), seen, err)
            if e.get("country") is not None and e["country"] not in isos:
                err(e, f"country {e['country']!r} is not an ISO3 code in countries.yaml")
            if kind != "places" and e.get("sector") not in SECTORS:
                err(e, f"sector {e.get('sector')!r} is not one of {sorted(SECTORS)}")
            if kind == "organizations" and (e.get("type") or "organization") not in TYPES:
                err(e, f"type {e.get('type')!r} is not one of {sorted(TYPES)}")
    holders: dict[str, list[tuple[str, str | None, str, dict]]] = {}
    for p in raw["persons"]:
        for o in p.get("offices") or []:
            office, start, end = o.get("office", ""), o.get("start"), o.get("end")
            prefix = office.split(".")[0]
            if "." not in office or (prefix not in isos and prefix not in org_ids):
                out.append(f"WARNING {p['_file']}: {p['id']}: office {office!r} names no country or organisation")
            if start is None or not _valid_date(start) or (end is not None and not _valid_date(end)):
                err(p, f"office {office}: dates must be YYYY, YYYY-MM or YYYY-MM-DD")
                continue
            if end is not None and _date_key(str(end), True) < _date_key(str(start), False):
                err(p, f"office {office}: ends ({end}) before it starts ({start})")
            holders.setdefault(office, []).append((str(start), _opt_str(end), p["id"], p))
    for office, hs in holders.items():
        hs.sort(key=lambda h: _date_key(h[0], False))
        for (s1, e1, p1, entry), (s2, e2, p2, _) in zip(hs, hs[1:]):
            # a partial start date (2019-07) overlaps only if even its last day is too early
            if e1 is None or _date_key(s2, True) < _date_key(e1, False):
                if p1 != p2:
                    err(entry, f"office {office}: {p1} ({s1}–{e1 or 'today'}) and {p2} "
                               f"(from {s2}) hold it at the same time")
    return out


def _check_common(entry: dict, key, seen: dict, err) -> None:
    if key in seen:
        err(entry, f"duplicate id (also in {seen[key]})")
    seen[key] = entry.get("_file")
    for fld in ("name_en", "name_ar"):
        if not entry.get(fld):
            err(entry, f"missing {fld}")
    texts = [entry.get("name_ar")] + list(entry.get("aliases_ar") or []) + list(entry.get("short_ar") or []) \
        + list(entry.get("ambiguous_ar") or [])
    for t in texts:
        if not t:
            continue
        if unicodedata.normalize("NFC", t) != t:
            err(entry, f"{t!r} is not NFC")
        if _BAD_CHARS_RE.search(t):
            err(entry, f"{t!r} has diacritics, tatweel, presentation forms or bidi controls")
    if entry.get("wikidata") is not None and not _QID_RE.match(str(entry["wikidata"])):
        err(entry, f"wikidata {entry['wikidata']!r} is not a Q-id")


def _valid_date(value) -> bool:
    if isinstance(value, dt.date):
        return True
    text = str(value)
    try:
        if re.fullmatch(r"\d{4}", text):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", text):
            return 1 <= int(text[5:]) <= 12
        dt.date.fromisoformat(text)
        return True
    except ValueError:
        return False
