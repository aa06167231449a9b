"""Month and weekday vocabularies, compiled from rasd/data/ar/times/*.yaml.

Keys are normalised (see rasd/text/normalize.py) so that spelling variants that differ only
by alef, yaa or taa marbuta share one entry.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

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


def _alternation(names) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    months: dict[str, int] = {}
    for entry in load_yaml("ar", "times", "months.yaml")["months"]:
        for system in MONTH_SYSTEMS:
            for name in entry.get(system, []):
                key = normalize_string(name)
                if months.get(key, entry["value"]) != entry["value"]:
                    raise DataError(f"months.yaml: {name!r} names two months")
                months[key] = entry["value"]
    weekdays: dict[str, int] = {}
    for entry in load_yaml("ar", "times", "weekdays.yaml")["weekdays"]:
        for name in entry["arabic"] + entry["english"]:
            weekdays[normalize_string(name)] = entry["value"]
    return Vocab(months, weekdays, _alternation(months), _alternation(weekdays))
