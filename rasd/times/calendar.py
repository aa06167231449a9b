"""Calendar arithmetic and TIMEX3 value strings; no language knowledge here.

Values: `2025-02-12` (day), `2025-W07` (ISO week), `2025-02` (month), `2025-SU` (season),
`2025` (year), `202` (decade), `20` (century: the 2000s), `XXXX-WXX-1` (every Monday).
Anything that is not a real date comes back as None; only moving a date past year 9999
raises (OverflowError), which the resolvers catch.
"""
from __future__ import annotations

import datetime as dt

from hijridate import Gregorian, Hijri

SEASONS = ("SP", "SU", "FA", "WI")     # in calendar order within a year
SEASON_OF_MONTH = {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU",
                   9: "FA", 10: "FA", 11: "FA", 12: "WI", 1: "WI", 2: "WI"}
MAX_YEAR = 9999


def day_value(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except (ValueError, OverflowError):
        return None


def month_value(year: int, month: int) -> str | None:
    return f"{year:04d}-{month:02d}" if 1 <= month <= 12 and 0 < year <= MAX_YEAR else None


def year_value(year: int) -> str | None:
    return f"{year:04d}" if 0 < year <= MAX_YEAR else None


def week_value(day: dt.date, week_starts_on: int = 1) -> str:
    """ISO week of `day`; days from `week_starts_on` to Sunday belong to the next week
    (an Arab week that starts on Sunday is the ISO week of its Monday)."""
    if week_starts_on != 1 and day.isoweekday() >= week_starts_on:
        day += dt.timedelta(days=8 - day.isoweekday())
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def decade_value(year: int) -> str | None:
    return f"{year // 10:03d}" if 0 < year <= MAX_YEAR else None


def century_value(century_index: int) -> str | None:
    """`century_index` 19 is the 1900s («القرن العشرين»)."""
    return f"{century_index:02d}" if 0 <= century_index < 100 else None


def season_value(year: int, code: str) -> str | None:
    return f"{year:04d}-{code}" if 0 < year <= MAX_YEAR else None


def weekly_value(weekday: int) -> str:
    return f"XXXX-WXX-{weekday}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def add_days(day: dt.date, n: float) -> dt.date:
    """`day` moved by `n` days, whole days only (a few hours back is still `day`); raises
    OverflowError beyond year 9999."""
    return day + dt.timedelta(days=int(n))


def weekday_near(today: dt.date, weekday: int, direction: int, strict: bool) -> dt.date:
    """The `weekday` nearest `today` in `direction` (-1 back, +1 forward); `strict` skips
    today itself."""
    if direction < 0:
        back = (today.isoweekday() - weekday) % 7
        return today - dt.timedelta(days=back or (7 if strict else 0))
    ahead = (weekday - today.isoweekday()) % 7
    return today + dt.timedelta(days=ahead or (7 if strict else 0))


def year_of_day(today: dt.date, month: int, day: int, direction: int) -> int:
    """The year of the (month, day) strictly before (-1) or after (+1) `today`."""
    if direction < 0:
        return today.year if (month, day) < (today.month, today.day) else today.year - 1
    return today.year if (month, day) > (today.month, today.day) else today.year + 1


def nearest_weekday(day: dt.date, weekday: int) -> dt.date:
    """The `weekday` nearest `day` (the same day when it already is that weekday)."""
    ahead = (weekday - day.isoweekday()) % 7
    return day + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)


def year_of_month(today: dt.date, month: int, direction: int, strict: bool) -> int:
    """The year of the `month` nearest `today` in `direction`: the current month counts
    unless `strict`; direction 0 is the current year."""
    if direction == 0:
        return today.year
    if direction < 0:
        before = month < today.month or (month == today.month and not strict)
        return today.year if before else today.year - 1
    after = month > today.month or (month == today.month and not strict)
    return today.year if after else today.year + 1


def season_near(today: dt.date, code: str, direction: int) -> int:
    """The year of season `code` before (-1), in (0) or after (+1) the season of `today`;
    winter belongs to the year of its December."""
    current = SEASON_OF_MONTH[today.month]
    current_year = today.year - 1 if today.month <= 2 else today.year
    now = (current_year, SEASONS.index(current))
    wanted = SEASONS.index(code)
    if direction == 0:
        return current_year
    if direction < 0:
        return now[0] if wanted < now[1] else now[0] - 1
    return now[0] if wanted > now[1] else now[0] + 1


# ------------------------------------------------------------------------------ Hijri
def hijri_to_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


def hijri_year_of(day: dt.date) -> tuple[int, int] | None:
    """(Hijri year, Hijri month) of a Gregorian day."""
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month


def hijri_year_to_gregorian(year: int) -> int | None:
    """The Gregorian year of a Hijri year's 1 Rajab, about its middle."""
    middle = hijri_to_date(year, 7, 1)
    return middle.year if middle else None


def hijri_month_in_gregorian_year(month: int, year: int) -> dt.date | None:
    """The 15th of Hijri `month` that falls in Gregorian `year` (the first such)."""
    start = hijri_year_of(dt.date(year, 1, 1)) if 0 < year <= MAX_YEAR else None
    if start is None:
        return None
    for hijri_year in (start[0], start[0] + 1):
        middle = hijri_to_date(hijri_year, month, 15)
        if middle and middle.year == year:
            return middle
    return None
