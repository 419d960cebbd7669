"""TIMEX3 value arithmetic: parse a value, shift it, and give the days it covers.

A value is kept at the precision the text supports ("last month" is ``2023-07``),
so every operation here preserves granularity: shifting a month gives a month.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dossier_tui.model import TimeValue

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
#: the years a value can name: those of the proleptic Gregorian calendar Python knows
MINYEAR, MAXYEAR = date.min.year, date.max.year
PART_OF_DAY = ("MO", "MI", "AF", "EV", "NI")

_DATE_RE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?"
    r"|W(?P<w>\d{1,2})(?:-(?P<we>WE))?|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?"
    r"(?:T(?P<t>\d{2}(?::\d{2}(?::\d{2})?)?|MO|MI|AF|EV|NI))?$"
)
_DECADE_RE = re.compile(r"^(?P<c>\d{2})(?P<dec>\d)?$")
#: a value whose year the calendar cannot hold: before year 1 or after 9999
_BEYOND_RE = re.compile(r"^(?:-|\d{5}|0000)")


class OutOfRange(ValueError):
    """A value that would fall outside the calendar (before year 1 or after 9999)."""


def beyond_calendar(value: str) -> bool:
    """True for a value written with a year the calendar cannot hold ("0000", "10000")."""
    return _BEYOND_RE.match(value) is not None


@dataclass(frozen=True)
class Cal:
    """A parsed calendar value. ``grain`` is the finest unit the value states."""

    grain: str  # year, half, quarter, season, month, week, weekend, day, time, decade, century
    year: int
    month: int = 0
    day: int = 0
    week: int = 0
    part: int = 0  # quarter number, half number
    season: str = ""
    time: str = ""

    def value(self) -> str:
        y = f"{self.year:04d}"
        if self.grain == "century":
            return f"{self.year // 100:02d}"
        if self.grain == "decade":
            return f"{self.year // 10:03d}"
        if self.grain == "year":
            return y
        if self.grain == "half":
            return f"{y}-H{self.part}"
        if self.grain == "quarter":
            return f"{y}-Q{self.part}"
        if self.grain == "season":
            return f"{y}-{self.season}"
        if self.grain == "month":
            return f"{y}-{self.month:02d}"
        if self.grain == "week":
            return f"{y}-W{self.week:02d}"
        if self.grain == "weekend":
            return f"{y}-W{self.week:02d}-WE"
        base = f"{y}-{self.month:02d}-{self.day:02d}"
        return f"{base}T{self.time}" if self.grain == "time" else base

    def as_date(self) -> date:
        """First day covered."""
        return interval(self)[0]


def parse(value: str) -> Cal | None:
    """Parse a calendar TIMEX3 value; None for durations, refs and X-placeholders."""
    m = _DATE_RE.match(value)
    if m:
        y = int(m["y"])
        if m["t"]:
            return Cal("time", y, int(m["m"]), int(m["d"]), time=m["t"]) if m["d"] else None
        if m["d"]:
            return Cal("day", y, int(m["m"]), int(m["d"]))
        if m["m"]:
            return Cal("month", y, int(m["m"]))
        if m["w"]:
            return Cal("weekend" if m["we"] else "week", y, week=int(m["w"]))
        if m["q"]:
            return Cal("quarter", y, part=int(m["q"]))
        if m["h"]:
            return Cal("half", y, part=int(m["h"]))
        if m["s"]:
            return Cal("season", y, season=m["s"])
        return Cal("year", y)
    m = _DECADE_RE.match(value)
    if m:
        if m["dec"] is not None:
            return Cal("decade", int(m["c"] + m["dec"]) * 10)
        return Cal("century", int(m["c"]) * 100)
    return None


def interval(c: Cal) -> tuple[date, date]:
    """First and last day a calendar value covers, within the calendar: the first
    century ("00") starts on 1 January of year 1, the last week of 9999 ends with the
    year. Raises ``OutOfRange`` for a value wholly outside it."""
    y = c.year
    if c.grain in ("century", "decade"):
        span = 99 if c.grain == "century" else 9
        if y < 0 or y > MAXYEAR:
            raise OutOfRange(f"year {y} is out of range")
        return date(max(y, MINYEAR), 1, 1), date(min(y + span, MAXYEAR), 12, 31)
    if not MINYEAR <= y <= MAXYEAR:
        raise OutOfRange(f"year {y} is out of range")
    if c.grain == "year":
        return date(y, 1, 1), date(y, 12, 31)
    if c.grain == "half":
        m0 = 1 if c.part == 1 else 7
        return date(y, m0, 1), _month_end(y, m0 + 5)
    if c.grain == "quarter":
        m0 = 3 * (c.part - 1) + 1
        return date(y, m0, 1), _month_end(y, m0 + 2)
    if c.grain == "season":
        a, b = SEASON_MONTHS[c.season]
        if c.season == "WI":
            return date(y, 12, 1), _month_end(y + 1, 2) if y < MAXYEAR else date.max
        return date(y, a, 1), _month_end(y, b)
    if c.grain == "month":
        return date(y, c.month, 1), _month_end(y, c.month)
    if c.grain in ("week", "weekend"):
        monday = date.fromisocalendar(y, c.week, 1)
        first, last = (5, 6) if c.grain == "weekend" else (0, 6)
        return add_days(monday, first, clamp=True), add_days(monday, last, clamp=True)
    d = date(y, c.month, c.day)
    return d, d


def add_days(d: date, n: int, clamp: bool = False) -> date:
    """``d`` moved by ``n`` days; past either end of the calendar, that end when
    ``clamp``, else ``OutOfRange``."""
    try:
        return d + timedelta(days=n)
    except OverflowError:
        if clamp:
            return date.max if n > 0 else date.min
        raise OutOfRange(f"{d.isoformat()} moved by {n} days is out of range") from None


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


@lru_cache(maxsize=65536)
def time_value(value: str) -> TimeValue:
    """A value with its interval, when it is a calendar value."""
    c = parse(value)
    if c is None:
        return TimeValue(value)
    try:
        first, last = interval(c)
    except ValueError:  # an impossible date ("2023-02-30") or one beyond the calendar
        return TimeValue(value)
    return TimeValue(value, first, last)


def is_valid_date(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------- constructors
def day(d: date) -> Cal:
    return Cal("day", d.year, d.month, d.day)


def month(y: int, m: int) -> Cal:
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return Cal("month", y, m)


def week_of(d: date) -> Cal:
    iy, iw, _ = d.isocalendar()
    return Cal("week", iy, week=iw)


def weekend_of(d: date) -> Cal:
    iy, iw, _ = d.isocalendar()
    return Cal("weekend", iy, week=iw)


def quarter_of(d: date) -> Cal:
    return Cal("quarter", d.year, part=(d.month - 1) // 3 + 1)


def half_of(d: date) -> Cal:
    return Cal("half", d.year, part=1 if d.month <= 6 else 2)


def season_of(d: date) -> Cal:
    """Meteorological season containing ``d`` (December belongs to that year's winter)."""
    m = d.month
    if m in (12, 1, 2):
        return Cal("season", d.year if m == 12 else d.year - 1, season="WI")
    code = "SP" if m <= 5 else "SU" if m <= 8 else "FA"
    return Cal("season", d.year, season=code)


def with_time(d: date, t: str) -> Cal:
    return Cal("time", d.year, d.month, d.day, time=t)


# ---------------------------------------------------------------- arithmetic
_ORDER = ("SP", "SU", "FA", "WI")
#: units counted in days, and those counted in months
_DAYS = {"day": 1, "week": 7, "fortnight": 14}
_MONTHS = {
    "month": 1,
    "quarter": 3,
    "half": 6,
    "season": 3,
    "year": 12,
    "decade": 120,
    "century": 1200,
    "millennium": 12000,
}


def shift(c: Cal, n: int, unit: str | None = None) -> Cal:
    """Move ``c`` by ``n`` units (default: its own grain), keeping its grain.

    ``unit`` is one of day, week, fortnight, month, quarter, half, season, year, decade,
    century, millennium. Shifting a quarter by a year gives the same quarter a year
    away, as in "the year-earlier quarter". A result beyond the calendar raises
    ``OutOfRange``.
    """
    unit = unit or {"weekend": "week", "time": "day"}.get(c.grain, c.grain)
    if c.grain in ("day", "time", "week", "weekend") and unit in _DAYS:
        first = add_days(interval(c)[0], n * _DAYS[unit])
        if c.grain == "day":
            return day(first)
        if c.grain == "time":
            return with_time(first, c.time)
        return weekend_of(first) if c.grain == "weekend" else week_of(first)
    months = _MONTHS.get(unit)
    if months is None:  # days/weeks applied to a coarse value: not meaningful
        return c
    months *= n
    if c.grain in ("year", "decade", "century"):
        return Cal(c.grain, c.year + months // 12)
    if c.grain == "half":
        idx = c.year * 2 + (c.part - 1) + months // 6
        return Cal("half", idx // 2, part=idx % 2 + 1)
    if c.grain == "quarter":
        idx = c.year * 4 + (c.part - 1) + months // 3
        return Cal("quarter", idx // 4, part=idx % 4 + 1)
    if c.grain == "season":
        idx = c.year * 4 + _ORDER.index(c.season) + months // 3
        return Cal("season", idx // 4, season=_ORDER[idx % 4])
    if c.grain == "month":
        return month(c.year, c.month + months)
    if c.grain in ("week", "weekend"):
        first = interval(c)[0]
        moved = _add_months(first, months)
        return weekend_of(moved) if c.grain == "weekend" else week_of(moved)
    moved = _add_months(date(c.year, c.month, c.day), months)
    return with_time(moved, c.time) if c.grain == "time" else day(moved)


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    m += 1
    if not MINYEAR <= y <= MAXYEAR:
        raise OutOfRange(f"year {y} is out of range")
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def coarsen(c: Cal, grain: str) -> Cal:
    """The value of grain ``grain`` that contains ``c`` (e.g. the month of a day)."""
    first = interval(c)[0]
    return {
        "year": lambda: Cal("year", first.year),
        "half": lambda: half_of(first),
        "quarter": lambda: quarter_of(first),
        "season": lambda: season_of(first),
        "month": lambda: Cal("month", first.year, first.month),
        "week": lambda: week_of(first),
        "weekend": lambda: weekend_of(first),
        "day": lambda: day(first),
        "decade": lambda: Cal("decade", first.year // 10 * 10),
        "century": lambda: Cal("century", first.year // 100 * 100),
    }[grain]()
