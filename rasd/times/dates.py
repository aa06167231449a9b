"""Explicit calendar dates: «12 فبراير 2025», «February 12, 2025», «2025/2/12», «12-02-2025».

Patterns run on the normalised view (digits folded, Latin lower-cased). The month names
come from vocab.py; impossible dates get no value.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .vocab import vocab

_DAY = r"(?P<day>[0-3]?\d)"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"


def iso_date(year: int, month: int, day: int | None = None) -> str | None:
    """ISO value for a (year, month[, day]) or None when no such date exists."""
    try:
        if day is None:
            if not 1 <= month <= 12:
                return None
            return f"{year:04d}-{month:02d}"
        return dt.date(year, month, day).isoformat()
    except (ValueError, OverflowError):
        return None


@lru_cache(maxsize=1)
def full_date_re() -> re.Pattern:
    """A date with day, month and year, in any of the orders news uses."""
    month = rf"(?P<month>{vocab().month_re})"
    month2 = month.replace("?P<month>", "?P<month2>")
    day2, year2 = _DAY.replace("day", "day2"), _YEAR.replace("year", "year2")
    numeric_dmy = r"(?P<nd>[0-3]?\d)[/.\-](?P<nm>[01]?\d)[/.\-](?P<ny>(?:19|20)\d\d)"
    numeric_ymd = r"(?P<ry>(?:19|20)\d\d)[/.\-](?P<rm>[01]?\d)[/.\-](?P<rd>[0-3]?\d)"
    return re.compile(
        rf"(?<![\w/.\-])(?:{_DAY}\s*(?:من\s+)?{month}\s*[,،]?\s*{_YEAR}"
        rf"|{month2}\s+{day2}\s*[,،]?\s*{year2}"
        rf"|{numeric_ymd}|{numeric_dmy})(?![\w/])"
    )


def parse_full_date(match: re.Match) -> str | None:
    g = match.groupdict()
    months = vocab().months
    if g.get("month"):
        return iso_date(int(g["year"]), months[g["month"]], int(g["day"]))
    if g.get("month2"):
        return iso_date(int(g["year2"]), months[g["month2"]], int(g["day2"]))
    if g.get("ry"):
        return iso_date(int(g["ry"]), int(g["rm"]), int(g["rd"]))
    return iso_date(int(g["ny"]), int(g["nm"]), int(g["nd"]))


def find_full_dates(norm_text: str, start: int = 0, end: int | None = None):
    """(norm_start, norm_end, iso) for every valid full date in norm_text[start:end]."""
    for m in full_date_re().finditer(norm_text, start, len(norm_text) if end is None else end):
        value = parse_full_date(m)
        if value:
            yield m.start(), m.end(), value
