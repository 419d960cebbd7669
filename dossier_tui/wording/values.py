"""TIMEX3 values in words, as precise as the value and no more.

``describe("2023-08-08TNI")`` is "Tuesday 8 August 2023, night" (for reports); with
``short``, "Tue 8 Aug 2023 · night" (for narrow columns). These raise ValueError on a
value no calendar has; ``wording.dates`` gives the words everyone shows.
"""

from __future__ import annotations

import re

from dossier_tui.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from dossier_tui.temporal import values as V
from dossier_tui.wording.status import UNDATED, UNDATED_GROUP

_PARTS = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night"}
_SEASONS = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "WI": "Winter"}
_ORD = {1: "first", 2: "second", 3: "third", 4: "fourth"}
_REFS = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}
_UNITS = {
    "Y": "year",
    "M": "month",
    "W": "week",
    "D": "day",
    "Q": "quarter",
    "E": "decade",
    "C": "century",
    "L": "millennium",
    "H": "hour",
    "S": "second",
}


def _month(d, short: bool = False) -> str:
    """'Aug' / 'August': the calendar's own names, whatever the locale."""
    name = MONTH_NAMES[d.month - 1]
    return name[:3] if short else name


def _dmy(d, short: bool) -> str:
    """'8 Aug 2023' / '8 August 2023'."""
    return f"{d.day} {_month(d, short)} {d.year}"


def _day(d, short: bool) -> str:
    name = WEEKDAY_NAMES[d.weekday()]
    return f"{name[:3] if short else name} {_dmy(d, short)}"


def _duration(value: str) -> str:
    m = re.fullmatch(r"P(T)?(\d+(?:\.\d+)?|X)([YMWDQECLHS])", value)
    if not m:
        return value
    time, n, code = m.groups()
    unit = "minute" if code == "M" and time else _UNITS[code]
    if n == "X":
        return f"{unit}s" if unit != "century" else "centuries"
    num = float(n)
    plural = "" if num == 1 else ("ies" if unit == "century" else "s")
    unit = unit[:-1] if plural == "ies" else unit
    return f"{n} {unit}{plural}"


def describe(value: str | None, short: bool = False) -> str:
    """A TIMEX3 value in words; ``short`` for tight spaces."""
    if not value:
        return UNDATED
    if value in _REFS:
        return _REFS[value]
    if value.startswith("P"):
        return _duration(value)
    c = V.parse(value)
    if c is None:
        return value
    sep = " · " if short else ", "
    if c.grain == "century":
        n = c.year // 100 + 1
        nth = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{nth} century"
    if c.grain == "decade":
        return f"{c.year}s"
    if c.grain == "year":
        return str(c.year)
    if c.grain == "half":
        return f"H{c.part} {c.year}" if short else f"{_ORD[c.part]} half of {c.year}"
    if c.grain == "quarter":
        return f"Q{c.part} {c.year}" if short else f"{_ORD[c.part]} quarter of {c.year}"
    if c.grain == "season":
        if c.season == "WI":
            return f"Winter {c.year}–{str(c.year + 1)[2:]}"
        return f"{_SEASONS[c.season]} {c.year}"
    first, last = V.interval(c)
    if c.grain == "month":
        return f"{_month(first, short)} {first.year}"
    if c.grain == "week":
        return f"week of {_dmy(first, short)}"
    if c.grain == "weekend":
        return f"weekend of {first.day}–{_dmy(last, short)}"
    text = _day(first, short)
    if c.grain == "time":
        part = _PARTS.get(c.time)
        if part:
            return f"{text}{sep}{part}"
        return f"{text}{sep}{c.time[:5] if c.time != '24:00' else 'midnight'}"
    return text


def month_heading(value: str | None) -> str:
    """The chronology section an event belongs to: its month when the date is that
    precise, otherwise the value's own period ("2022", "Autumn 2023")."""
    c = V.parse(value) if value else None
    if c is None:
        return UNDATED_GROUP
    if c.grain in ("day", "time", "week", "weekend", "month"):
        first, last = V.interval(c)
        if c.grain in ("week", "weekend") and first.month != last.month:
            return f"{_month(first)}–{_month(last)} {last.year}"
        return f"{_month(first)} {first.year}"
    words = describe(value)
    return words[0].upper() + words[1:]


_EVERY = {
    "P1Y": "every year",
    "P1M": "every month",
    "P1W": "every week",
    "P1D": "every day",
    "PT1H": "every hour",
    "P3M": "every quarter",
}


def event_when(e, short: bool = False) -> str:
    """An event's date in words; for an undated one, the kind of time its sources give
    ("Every year", "Recently", "Since 2022")."""
    if e.date:
        text = describe(e.date, short)
    else:
        t = next((v.timex for v in e.evidence if v.timex), None)
        if t is None:
            text = UNDATED
        elif t.type == "SET":
            text = _EVERY.get(t.value, "repeatedly")
        elif t.value.endswith("_REF"):
            text = "in the past" if t.text.lower() == "the past" else t.text
        elif t.type in ("DATE", "TIME") and "X" not in t.value:
            text = f"since {describe(t.value, short)}"
        else:
            text = UNDATED
    return text[0].upper() + text[1:]
