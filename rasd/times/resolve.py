"""Resolvers: what a rule found → a TIMEX3 value, against the anchor date.

Each rule in rasd/data/ar/times/rules.yaml names one resolver here. A resolver gets the
slots the rule filled (with their vocabulary values) and returns a `Resolved`, or None when
the match turns out not to be a time expression (a unit with nothing to move it, a vague
count of years). Relative expressions need an anchor date (the publication day, or an
embedded post's own day); without one their value is None and so is their anchor.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Callable

from . import calendar as cal
from .context import direction
from .grammar import Slot
from .vocab import norm_key, settings

_DIGITS_RE = re.compile(r"\d+")


@dataclass
class Found:
    """A rule's match and what it is resolved against (normalised offsets)."""
    text: str
    start: int
    end: int
    slots: dict[str, Slot]
    today: dt.date | None
    anchor: str | None                   # what `today` is: "published" or "explicit"
    sentence: tuple[int, int]
    _direction: int | None = field(default=None, repr=False)

    def has(self, *names: str) -> bool:
        return any(n in self.slots for n in names)

    def value(self, name: str, default=None):
        slot = self.slots.get(name)
        return default if slot is None else slot.value

    def number(self, *names: str) -> int | None:
        """The first of the slots that holds a number, as digits or as a number word."""
        for name in names:
            slot = self.slots.get(name)
            if slot is None:
                continue
            if slot.value is not None and isinstance(slot.value, int):
                return slot.value
            digits = _DIGITS_RE.search(slot.text)
            if digits:
                return int(digits.group())
        return None

    def direction(self) -> int:
        """+1 future, -1 past, 0 no tense cue (read as past), from the words around."""
        if self._direction is None:
            self._direction = direction(self.text, self.start, self.end, self.sentence)
        return self._direction


@dataclass
class Resolved:
    value: str | None
    mod: str | None = None
    anchor: str | None = None
    type: str = "DATE"
    # (month, day) of a date written without its year: a year written with the next date
    # of the sentence can still give it one («بين 15 مايو و20 يونيو 2014»)
    yearless: tuple[int, int | None] | None = None
    explicit: tuple[int, int] | None = None     # (year, month) written in full


def _relative(found: Found, value: Callable[[dt.date], str | None]) -> Resolved:
    """A value computed from the anchor date; no value without one, or past year 9999."""
    mod = found.value("part")
    if found.today is None:
        return Resolved(None, mod)
    try:
        return Resolved(value(found.today), mod, found.anchor)
    except (OverflowError, ValueError):
        return Resolved(None, mod)


# ---------------------------------------------------------------------- calendar dates
def calendar(found: Found) -> Resolved | None:
    """«12 فبراير 2025», «ديسمبر (كانون الأول) الماضي», «نهاية يناير», «2025/2/12»."""
    month = found.number("month")
    day = found.number("day", "day_word")
    mod = found.value("part")
    if found.has("year"):
        year = _explicit_year(found)
        if _is_hijri_numeric(found, year):           # «25/6/1436» in Saudi official texts
            date = cal.hijri_to_date(year, month, day)
            return Resolved(date.isoformat() if date else None, mod)
        return Resolved(_date_value(year, month, day), mod, explicit=(year, month))
    yearless = None if found.has("modifier", "year_unit") else (month, day)
    if found.today is None:
        return Resolved(None, mod, yearless=yearless)
    year = _year_for_month(found, month, day, found.today)
    return Resolved(_date_value(year, month, day), mod, found.anchor, yearless=yearless)


def _explicit_year(found: Found) -> int:
    return found.number("year")


def with_year_of(yearless: tuple[int, int | None], year: int, month: int
                 ) -> tuple[str | None, int]:
    """(value, year) of a yearless (month, day) listed before a date of `month` `year`: the
    same year, or the one before when its month comes later («23 ديسمبر وحتى 5 يناير 2016»)."""
    own_month, day = yearless
    own_year = year if own_month <= month else year - 1
    return _date_value(own_year, own_month, day), own_year


def _is_hijri_numeric(found: Found, year: int) -> bool:
    """A date written in digits only («25/6/1436») whose year is a Hijri one."""
    month_in_digits = found.value("month") is None
    return month_in_digits and (found.value("era") == "hijri" or _in_hijri_range(year))


def _in_hijri_range(year: int) -> bool:
    low, high = settings().hijri_numeric_years
    return low <= year <= high


def _date_value(year: int, month: int, day: int | None) -> str | None:
    if year > cal.MAX_YEAR:
        return None
    return cal.day_value(year, month, day) if day is not None else cal.month_value(year, month)


def _year_for_month(found: Found, month: int, day: int | None, today: dt.date) -> int:
    """«فبراير من العام الماضي»; «ديسمبر الماضي» (strictly before this month; with a day,
    strictly before today); «يونيو» (the nearest in the tense's direction, this month
    included, and the next month or so counts as coming even without a future cue)."""
    if found.has("year_unit"):
        return today.year + found.value("year_mod", 0)
    if found.has("modifier"):
        sign = found.value("modifier")
        extra = _extra_periods(sign)                  # «ديسمبر قبل الماضي»
        if day is not None and sign != 0:
            return cal.year_of_day(today, month, day, sign) - extra
        return cal.year_of_month(today, month, sign, strict=True) - extra
    sign = found.direction()
    if sign == 0 and 0 < (month - today.month) % 12 <= settings().months_ahead:
        sign = 1
    return cal.year_of_month(today, month, sign or -1, strict=False)


def hijri(found: Found) -> Resolved | None:
    """«10 شوال 1436هـ», «شهر رمضان», «رمضان المقبل»: converted to the Gregorian calendar."""
    month = found.value("hijri_month")
    day = found.number("day", "day_word")
    mod = found.value("part")
    year = found.number("year") if found.has("year") else None
    if year is not None and year > settings().hijri_numeric_years[1] \
            and found.value("era") != "hijri":
        middle = cal.hijri_month_in_gregorian_year(month, year)   # «رمضان 2015»
        return Resolved(cal.month_value(middle.year, middle.month) if middle else None, mod)
    anchor = None
    if year is None:
        if found.today is None:
            return Resolved(None, mod)
        year, anchor = _hijri_year_near(found, month), found.anchor
        if year is None:
            return Resolved(None, mod)
    date = cal.hijri_to_date(year, month, day if day is not None else 15)
    if date is None:
        return Resolved(None, mod, anchor)
    value = date.isoformat() if day is not None else cal.month_value(date.year, date.month)
    return Resolved(value, mod, anchor)


def _hijri_year_near(found: Found, month: int) -> int | None:
    now = cal.hijri_year_of(found.today)
    if now is None:
        return None
    h_year, h_month = now
    if found.has("modifier"):
        sign, strict = found.value("modifier"), True
    else:
        sign, strict = found.direction() or -1, False
    if sign == 0:
        return h_year
    if sign < 0:
        return h_year if month < h_month or (month == h_month and not strict) else h_year - 1
    return h_year if month > h_month or (month == h_month and not strict) else h_year + 1


# --------------------------------------------------------------------- days and weeks
def deictic(found: Found) -> Resolved:
    """«اليوم (الأربعاء)», «أمس», «أول من أمس», «غداً»: days from the anchor. When the
    weekday named with it disagrees («أمس الجمعة» in a report dated Sunday, written the
    day before), the named weekday nearest that day wins."""
    offset = found.value("deictic")
    weekday = found.value("weekday")

    def value(today: dt.date) -> str:
        day = cal.add_days(today, offset)
        return (cal.nearest_weekday(day, weekday) if weekday else day).isoformat()
    return _relative(found, value)


def weekday(found: Found) -> Resolved:
    """«الخميس» is the most recent Thursday on or before the anchor; «الخميس الماضي» the one
    before it; «الخميس المقبل» or a future verb the next one after it."""
    day = found.value("weekday")
    extra = 0
    if found.has("modifier") and found.value("modifier") != 0:
        sign, strict = found.value("modifier"), True
        extra = _extra_periods(sign)                  # «الأربعاء قبل الماضي»
    else:
        sign = found.direction() or -1
        strict = sign > 0

    def value(today: dt.date) -> str:
        return (cal.weekday_near(today, day, sign, strict) - dt.timedelta(weeks=extra)).isoformat()
    return _relative(found, value)


def _extra_periods(sign: int) -> int:
    """How many periods back beyond the last one a modifier goes (1 for «قبل الماضي»)."""
    return max(0, -sign - 1)


def weekly(found: Found) -> Resolved:
    """«كل يوم اثنين»: every Monday."""
    day = found.value("weekday") or found.value("weekday_bare")
    return Resolved(cal.weekly_value(day), type="SET")


# ----------------------------------------------------------------------------- years
def year(found: Found) -> Resolved | None:
    """«عام 2015», «منتصف 2014», «1436هـ» (the Gregorian year of its middle)."""
    number = found.number("year")
    mod = found.value("part")
    if found.value("era") == "gregorian" and number < settings().min_era_year \
            and not found.has("year_word"):
        return None                                  # «100م» is a hundred meters
    if found.value("era") == "hijri":
        gregorian = cal.hijri_year_to_gregorian(number)
        return Resolved(cal.year_value(gregorian) if gregorian else None, mod)
    return Resolved(cal.year_value(number), mod)


def century(found: Found) -> Resolved | None:
    """«القرن العشرين» → 19, «القرن الماضي» → the century before the anchor's."""
    if found.value("century") != "century":
        return None
    mod = found.value("part")
    ordinal = found.number("century_ordinal", "century_number")
    if ordinal is not None:
        return Resolved(cal.century_value(ordinal - 1), mod)
    shift = found.value("century_mod")
    return _relative(found, lambda today: cal.century_value(today.year // 100 + shift))


def decade(found: Found) -> Resolved:
    """«التسعينيات» → 199: in the century the text names, else the latest one that has
    already begun by the anchor date (the 1900s without an anchor)."""
    tens = found.value("decade", found.value("decade_construct"))
    mod = found.value("part")
    base = _century_base(found)
    if base is None:
        latest = found.today.year if found.today else 1999
        base = latest // 100 * 100
        if base + tens * 10 > latest:
            base -= 100
    return Resolved(cal.decade_value(base + tens * 10), mod)


def _century_base(found: Found) -> int | None:
    if not found.has("century"):
        return None
    ordinal = found.number("century_ordinal", "century_number")
    if ordinal is not None:
        return (ordinal - 1) * 100
    if found.today is None:
        return None
    return (found.today.year // 100 + found.value("century_mod")) * 100


# ------------------------------------------------------------------ calendar units
def day_of_month(found: Found) -> Resolved | None:
    """«الرابع عشر من الشهر الماضي», «17 الشهر الحالي»: a day of a month counted from the
    anchor."""
    if found.value("unit") != "month":
        return None
    day, shift = found.number("day", "day_word"), found.value("modifier")

    def value(today: dt.date) -> str | None:
        year, month = cal.add_months(today.year, today.month, shift)
        return cal.day_value(year, month, day)
    return _relative(found, value)


def unit(found: Found) -> Resolved | None:
    """«العام الماضي», «هذا الأسبوع», «الشهر المقبل», «مطلع العام الحالي»."""
    if not found.has("this", "modifier", "part"):
        return None                      # «العام» alone is "general", not a time
    name = found.value("unit")
    if name in ("decade", "century") and not found.has("this", "modifier"):
        return None                      # «أواخر العقد الأول من القرن» counts from elsewhere
    offset = found.value("modifier", 0)
    if name == "year" and found.has("year"):
        return Resolved(cal.year_value(found.number("year")), found.value("part"))
    shifted = _UNIT_SHIFT.get(name)
    if shifted is None:
        return None
    return _relative(found, lambda today: shifted(today, offset))


def _week(today: dt.date, n: int) -> str:
    return cal.week_value(today + dt.timedelta(weeks=n), settings().week_starts_on)


def _month(today: dt.date, n: int) -> str | None:
    return cal.month_value(*cal.add_months(today.year, today.month, n))


# A unit moved n times from the anchor date, valued at the unit's own grain.
_UNIT_SHIFT: dict[str, Callable[[dt.date, int], str | None]] = {
    "day": lambda today, n: cal.add_days(today, n).isoformat(),
    "week": _week,
    "month": _month,
    "year": lambda today, n: cal.year_value(today.year + n),
    "decade": lambda today, n: cal.decade_value(today.year + 10 * n),
    "century": lambda today, n: cal.century_value(today.year // 100 + n),
}
# A vague count is given one grain coarser: the value of that grain at the shifted day.
_GRAIN_OF_DAY: dict[str, Callable[[dt.date], str | None]] = {
    "day": lambda d: d.isoformat(),
    "month": lambda d: cal.month_value(d.year, d.month),
    "year": lambda d: cal.year_value(d.year),
}
_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30.44, "year": 365.25}


def counted(found: Found) -> Resolved | None:
    """«قبل يومين», «منذ ثلاثة أيام», «قبل أربع سنوات», «بعد أسبوعين», «قبل بضعة أشهر»."""
    name, implied = found.value("counted")
    sign = settings().counting[norm_key(found.slots["counting"].text)]["sign"]
    count = found.number("cardinal", "number")
    if count is None and not found.has("vague"):
        count = implied
    return _shifted(found, name, sign, count)


def span(found: Found) -> Resolved | None:
    """«اليومين الماضيين» (from yesterday), «الساعات الـ24 الماضية» (today), «الأيام
    الماضية» (this month): a span that ends at the anchor, valued by its earliest unit."""
    name, implied = found.value("span_unit")
    sign = found.value("modifier")
    if sign == 0:
        return None
    count = found.number("number")
    count = count if count is not None else implied
    if count is not None:
        return _shifted(found, name, sign, count - 1)
    return _shifted(found, name, sign, None)


def _shifted(found: Found, name: str, sign: int, count: int | None) -> Resolved | None:
    if count is None:                    # vague: a few units, one grain coarser
        grain = settings().vague_grain.get(name)
        if grain is None or name not in _UNIT_DAYS:
            return None
        days = sign * settings().vague_count * _UNIT_DAYS[name]
        return _relative(found, lambda today: _GRAIN_OF_DAY[grain](cal.add_days(today, days)))
    if name == "hour":
        return _relative(found, lambda today: _hours(today, sign, count))
    if name not in _UNIT_SHIFT:
        return None
    return _relative(found, lambda today: _UNIT_SHIFT[name](today, sign * count))


def _hours(today: dt.date, sign: int, count: int) -> str:
    """Hours back or forward from a day whose hour is unknown: whole days only."""
    return cal.add_days(today, sign * (count // 24)).isoformat()


# ------------------------------------------------------------------------------ seasons
def season(found: Found) -> Resolved:
    """«صيف 2014», «صيف العام الماضي», «الصيف الماضي»."""
    code = found.value("season")
    mod = found.value("part")
    if found.has("year"):
        return Resolved(cal.season_value(_explicit_year(found), code), mod)
    if found.has("year_unit"):
        shift = found.value("year_mod", 0)
        return _relative(found, lambda today: cal.season_value(today.year + shift, code))
    sign = found.value("modifier", 0)
    return _relative(found, lambda today: cal.season_value(cal.season_near(today, code, sign), code))


RESOLVERS: dict[str, Callable[[Found], Resolved | None]] = {
    "calendar": calendar, "hijri": hijri, "deictic": deictic, "weekday": weekday,
    "weekly": weekly, "year": year, "century": century, "decade": decade, "unit": unit,
    "day_of_month": day_of_month,
    "counted": counted, "span": span, "season": season,
}
