"""Time vocabularies, compiled from rasd/data/ar/times/*.yaml.

Keys are normalised (see rasd/text/normalize.py) so that spelling variants that differ only
by alef, yaa or taa marbuta share one entry. `vocab()` keeps the month and weekday tables
that the embed and publication-date stages read; `lists()` gives every list the time rules
name in their patterns (surface → value), and `settings()` the scalars and context words.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from ..data_files import load_yaml
from ..errors import DataError
from ..text.normalize import normalize_string

MONTH_SYSTEMS = ("gregorian", "levantine", "maghrebi", "english")


@dataclass(frozen=True)
class Vocab:
    months: dict[str, int]       # normalised name → 1..12
    weekdays: dict[str, int]     # normalised name → ISO weekday (Monday = 1)
    month_re: str                # alternation of month names, longest first
    weekday_re: str


@dataclass(frozen=True)
class Settings:
    """Scalars and context word sets from the data files (all normalised)."""
    ambiguous: frozenset          # names that need context to be a time
    exact_spelling: dict          # normalised name → the original spellings that count
    false_before: dict            # head word → words that, just before it, unmake it
    false_after: dict             # head word → words that, just after it, unmake it
    counting: dict                # «قبل» → {sign, vague, event_relative, duration}
    event_relative_after: frozenset
    event_relative_skip: frozenset
    duration_before: frozenset
    vague_count: int
    vague_grain: dict
    week_starts_on: int
    strong_cues: tuple
    weak_cues: tuple
    counted_nouns: frozenset
    quantity_before: tuple
    connectors: frozenset
    named_events: frozenset
    plausible_years: tuple
    hijri_numeric_years: tuple
    min_era_year: int
    future_words: tuple
    past_words: tuple
    not_future_verbs: tuple
    window_words: int
    after_words: int
    months_ahead: int


def key(surface: str) -> str:
    """The lookup form of a surface: normalised, with single spaces."""
    return " ".join(normalize_string(surface).split())


def norm_key(normalised: str) -> str:
    """The lookup form of text already taken from the normalised view."""
    return " ".join(normalised.split())


def _alternation(names) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


def _times(name: str) -> Any:
    return load_yaml("ar", "times", f"{name}.yaml")


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    months = lists()["month"]
    weekdays = lists()["weekday"]
    return Vocab(months, weekdays, _alternation(months), _alternation(weekdays))


# ----------------------------------------------------------------------------- lists
class _Table(dict):
    """surface → value, refusing one surface with two values."""

    def __init__(self, name: str):
        super().__init__()
        self.name = name

    def put(self, surface: str, value: Any) -> None:
        _check_text(surface, self.name)
        k = key(surface)
        if k in self and self[k] != value:
            raise DataError(f"times/{self.name}: {surface!r} has two values ({self[k]!r}, {value!r})")
        self[k] = value

    def put_all(self, surfaces: Iterable[str], value: Any) -> "_Table":
        for s in surfaces:
            self.put(str(s), value)
        return self


def _check_text(surface: str, where: str) -> None:
    if unicodedata.normalize("NFC", surface) != surface:
        raise DataError(f"times/{where}: {surface!r} is not NFC")
    if any(0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF for c in surface):
        raise DataError(f"times/{where}: {surface!r} uses presentation forms")


@lru_cache(maxsize=1)
def lists() -> dict[str, _Table]:
    """Every vocabulary list the rule patterns can name, by list name."""
    out: dict[str, _Table] = {}
    out.update(_month_lists())
    out.update(_weekday_lists())
    out.update(_relative_lists())
    out.update(_number_lists())
    out.update(_period_lists())
    out.update(_year_lists())
    return out


def _month_lists() -> dict[str, _Table]:
    month = _Table("month")
    for entry in _times("months")["months"]:
        for system in MONTH_SYSTEMS:
            month.put_all(entry.get(system, []), entry["value"])
    hijri = _Table("hijri_month")
    for entry in _times("hijri_months")["months"]:
        hijri.put_all(entry["names"], entry["value"])
    return {"month": month, "hijri_month": hijri}


def _weekday_lists() -> dict[str, _Table]:
    weekday, bare = _Table("weekday"), _Table("weekday_bare")
    for entry in _times("weekdays")["weekdays"]:
        weekday.put_all(entry["arabic"] + entry["english"], entry["value"])
        bare.put_all(entry.get("bare", []), entry["value"])
    return {"weekday": weekday, "weekday_bare": bare}


def _relative_lists() -> dict[str, _Table]:
    data = _times("relative")
    deictic = _Table("deictic")
    for entry in data["days"]:
        deictic.put_all(entry["forms"], entry["value"])
    unit, counted, span = _Table("unit"), _Table("counted"), _Table("span_unit")
    for entry in data["units"]:
        name = entry["unit"]
        unit.put_all(entry["definite"], name)
        forms = entry["counted"]
        counted.put_all(forms["singular"], (name, 1))
        counted.put_all(forms["dual"], (name, 2))
        counted.put_all(forms["plural"], (name, None))
        span.put_all(entry["span"]["dual"], (name, 2))
        span.put_all(entry["span"]["plural"], (name, None))
    modifier = _Table("modifier")
    for direction, sign in (("past", -1), ("current", 0), ("next", 1), ("before_last", -2)):
        modifier.put_all(data["modifiers"][direction], sign)
    counting = _Table("counting").put_all((c["word"] for c in data["counting"]), True)
    return {
        "deictic": deictic, "unit": unit, "counted": counted, "span_unit": span,
        "modifier": modifier, "this": _Table("this").put_all(data["this"], 0),
        "counting": counting,
        "approximately": _Table("approximately").put_all(data["approximately"], True),
        "vague": _Table("vague").put_all(data["vague_counts"], True),
        "few": _Table("few").put_all(data["few"], True),
    }


def _number_lists() -> dict[str, _Table]:
    data = _times("numbers")
    ordinal, cardinal = _Table("ordinal"), _Table("cardinal")
    for entry in data["ordinals"]:
        ordinal.put_all(entry["forms"], entry["value"])
    for entry in data["cardinals"]:
        cardinal.put_all(entry["forms"], entry["value"])
    decade, construct = _Table("decade"), _Table("decade_construct")
    for entry in data["decades"]:
        decade.put_all(entry["forms"], entry["value"])
        construct.put_all(entry["construct"], entry["value"])
    return {"ordinal": ordinal, "cardinal": cardinal, "decade": decade,
            "decade_construct": construct}


def _period_lists() -> dict[str, _Table]:
    data = _times("periods")
    part, season = _Table("part"), _Table("season")
    for mod, words in data["parts"].items():
        part.put_all(words, mod)
    for code, words in data["seasons"].items():
        season.put_all(words, code)
    return {"part": part, "season": season,
            "day_part": _Table("day_part").put_all(data["day_parts"], True)}


def _year_lists() -> dict[str, _Table]:
    data = _times("years")
    era = _Table("era")
    for calendar, signs in data["eras"].items():
        era.put_all(signs, calendar)
    return {"era": era,
            "year_word": _Table("year_word").put_all(data["year_words"], True),
            "month_word": _Table("month_word").put_all(data["month_words"], True)}


# -------------------------------------------------------------------------- settings
def _keys(words: Iterable[str]) -> frozenset:
    return frozenset(key(str(w)) for w in words)


def _false_friends(entries: Iterable[dict], names: str) -> tuple[dict, dict]:
    before: dict[str, frozenset] = {}
    after: dict[str, frozenset] = {}
    for entry in entries:
        ff = entry.get("false_friends")
        if not ff:
            continue
        for surface in _surfaces(entry, names):
            before[key(surface)] = _keys(ff.get("before", []))
            after[key(surface)] = _keys(ff.get("after", []))
    return before, after


def _surfaces(entry: dict, names: str) -> list[str]:
    return [s for field in names.split() for s in entry.get(field, [])]


@lru_cache(maxsize=1)
def settings() -> Settings:
    rel, years, tense = _times("relative"), _times("years"), _times("tense")
    before, after = {}, {}
    for entries, names in ((_times("weekdays")["weekdays"], "arabic"),
                           (rel["days"], "forms"), (rel["units"], "definite")):
        b, a = _false_friends(entries, names)
        before.update(b)
        after.update(a)
    numbers = _times("numbers")
    b, a = _false_friends([{**d, "false_friends": numbers["decade_false_friends"]}
                           for d in numbers["decades"]], "forms construct")
    before.update(b)
    after.update(a)
    ambiguous = _keys(_times("months")["ambiguous"] + _times("hijri_months")["ambiguous"]
                      + _times("weekdays")["ambiguous"])
    exact: dict[str, frozenset] = {}
    for name in _times("months").get("exact_spelling", []):
        exact.setdefault(key(name), set()).add(name)
    low, high = years["plausible_years"]
    return Settings(
        ambiguous=ambiguous, exact_spelling={k: frozenset(v) for k, v in exact.items()},
        false_before=before, false_after=after,
        counting={key(c["word"]): c for c in rel["counting"]},
        event_relative_after=_keys(rel["event_relative_after"]),
        event_relative_skip=_keys(rel["event_relative_skip"]),
        duration_before=_keys(rel["duration_before"]),
        vague_count=int(rel["vague_count"]), vague_grain=dict(rel["vague_grain"]),
        week_starts_on=int(rel["week_starts_on"]),
        strong_cues=tuple(sorted(_keys(years["cues"]["strong"]), key=len, reverse=True)),
        weak_cues=tuple(sorted(_keys(years["cues"]["weak"]), key=len, reverse=True)),
        counted_nouns=_keys(years["counted_nouns"]),
        quantity_before=tuple(sorted(_keys(years["quantity_before"]), key=len, reverse=True)),
        connectors=_keys(years["connectors"]),
        named_events=_keys(years["named_events"]),
        plausible_years=(int(low), int(high)),
        hijri_numeric_years=tuple(int(y) for y in years["hijri_numeric_years"]),
        min_era_year=int(years["min_era_year"]),
        future_words=tuple(sorted(_keys(tense["future"]), key=len, reverse=True)),
        past_words=tuple(sorted(_keys(tense["past"]), key=len, reverse=True)),
        not_future_verbs=tuple(sorted(_keys(tense["not_future_verbs"]))),
        window_words=int(tense["window_words"]), after_words=int(tense["after_words"]),
        months_ahead=int(tense["months_ahead"]),
    )
