"""Whether a TIMEX3 value in a file names a date the calendar has."""

from __future__ import annotations

import functools
import re

from dossier_tui.temporal import values as V

_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CLOCK_RE = re.compile(r"(\d{2}):(\d{2})(?::(\d{2}))?")


@functools.lru_cache(maxsize=1 << 16)
def date_problem(value: str, day: bool = False) -> str | None:
    """Why ``value`` cannot be the TIMEX3 value it looks like, or None. Only what looks
    like a calendar value is judged (durations, references and values with X are not);
    ``day``: it must be a calendar day ('2023-08-09')."""
    if day and not _DAY_RE.fullmatch(value):
        return f"expected a day such as '2023-08-09', got {value!r}"
    c = V.parse(value)
    if c is None:
        return None
    try:
        V.interval(c)
    except ValueError as e:  # 2023-02-30, 2023-13, 2023-W99, year 0
        return f"{value!r} is not a date the calendar has ({e})"
    clock = _CLOCK_RE.fullmatch(c.time) if c.grain == "time" else None
    if clock:
        h, m, s = (int(x or 0) for x in clock.groups())
        if not (h < 24 and m < 60 and s < 60 or (h, m, s) == (24, 0, 0)):
            return f"{value!r} is not a time of day"
    return None
