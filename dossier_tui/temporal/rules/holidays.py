"""Named days of the year ("Christmas", "Easter Monday", "Thanksgiving") and the end
of the year ("year-end")."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from dossier_tui.temporal import values as V
from dossier_tui.temporal.candidate import Resolved
from dossier_tui.temporal.context import capitalised
from dossier_tui.temporal.lexicon import HOLIDAYS_FIXED
from dossier_tui.temporal.rule import Example, rule
from dossier_tui.temporal.units import norm

if TYPE_CHECKING:
    from dossier_tui.temporal.resolve import Resolver

_DCT = "2023-08-09"


def easter(y: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(y, month, day + 1)


def holiday_on(name: str, y: int) -> date | None:
    """The day of holiday ``name`` (lower case) in year ``y``; None for one whose day
    is not known (it is given as its year)."""
    if not V.MINYEAR <= y <= V.MAXYEAR:
        raise V.OutOfRange(f"year {y} is out of range")
    if name in HOLIDAYS_FIXED:
        mm, dd = HOLIDAYS_FIXED[name]
        return date(y, mm, dd)
    if name.startswith("easter"):
        e = easter(y)
        return e + timedelta(days=1) if name == "easter monday" else e
    if name.startswith("thanksgiving"):  # the fourth Thursday of November
        first = date(y, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if name == "election day":  # the Tuesday after the first Monday of November
        first = date(y, 11, 1)
        return first + timedelta(days=(0 - first.weekday()) % 7 + 1)
    if name.startswith("new year's"):
        return date(y, 1, 1) if name != "new year's eve" else date(y, 12, 31)
    return None


def _holiday(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    name = norm(m["hol"]).replace("’", "'")
    rel = norm(m["rel"])
    if r.today is None:
        return Resolved("DATE", "XXXX-XX-XX", "unresolved")
    y = r.today.year
    d = holiday_on(name, y)
    if d is None:
        return Resolved("DATE", f"{y:04d}", "reference")
    if rel == "last":
        d = holiday_on(name, y - 1) if d >= r.today else d
    elif rel == "next":
        d = holiday_on(name, y + 1) if d <= r.today else d
    elif rel != "this":
        d = holiday_on(name, r.year_for(d.month, d.day, start, end))
    if name == "easter week":
        return Resolved("DATE", V.week_of(d).value(), "reference")
    return Resolved("DATE", d.isoformat(), "reference")


def _accept_holiday(m: re.Match, text: str) -> bool:
    return capitalised(m["hol"])


def _endyear(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    if r.today is None:
        return Resolved("DATE", "XXXX", "unresolved", "END")
    return Resolved("DATE", f"{r.today.year:04d}", "reference", "END")


RULES = (
    rule(
        "endyear",
        r"(?<![\w])(?:year[-\s]end|year['’]s\s+end)(?![\w])",
        "end",
        _endyear,
        modifier="position",
        examples=(Example("The scheme will be reviewed at year-end.", _DCT, "2023"),),
    ),
    rule(
        "holiday",
        r"(?<![\w])(?:(?P<rel>last|this|next)\s+)?(?P<hol>Christmas(?:\s+(?:Day|Eve))?"
        r"|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Easter(?:\s+(?:Sunday|Monday|week))?"
        r"|Thanksgiving(?:\s+Day)?|Election\s+Day|Boxing\s+Day|Valentine['’]s\s+Day|Halloween"
        r"|Independence\s+Day|Bastille\s+Day|Bonfire\s+Night|Guy\s+Fawkes\s+Night"
        r"|Armistice\s+Day|Remembrance\s+Day|Veterans\s+Day|St\.?\s+Patrick['’]s\s+Day"
        r"|May\s+Day)(?![\w])",
        "christmas new easter thanksgiving election boxing valentine halloween independence"
        " bastille bonfire fawkes armistice remembrance veterans patrick may",
        _holiday,
        accept=_accept_holiday,
        role="day",
        examples=(
            Example("The camp is to close by Christmas.", _DCT, "2023-12-25"),
            Example("Talks stalled over Easter.", "2023-05-02", "2023-04-09"),
        ),
    ),
)
