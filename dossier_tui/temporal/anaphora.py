"""Values that point back at what the text was talking about: "the previous year",
"that day", "the quarter", "the same period last year".

Each function reads the resolver's memory of the text (its last date, the quarter being
reported on) and falls back to the reference date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from dossier_tui.temporal import values as V
from dossier_tui.temporal.candidate import Resolved
from dossier_tui.temporal.units import GRAIN_SIZE, month_num

if TYPE_CHECKING:
    from dossier_tui.temporal.resolve import Resolver

#: how close (in characters) a reported quarter must be for "a year earlier" to compare with it
NEAR = 600
_ENDED_RE = re.compile(
    r"\s*,?\s*(?:which\s+|that\s+)?(?:ended|ending|ends|to)\s+"
    r"(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})\b"
)
_STEP = {"the previous": -1, "the prior": -1, "the preceding": -1, "the following": 1}
_POD = {"night": "NI", "morning": "MO", "evening": "EV", "afternoon": "AF"}


def ended_date(r: Resolver, end: int) -> date | None:
    """The day a period is said to end on just after ``end``: "ended Sept. 30"."""
    m = _ENDED_RE.match(r.text, end, min(len(r.text), end + 40))
    if not m:
        return None
    try:
        mth = month_num(m["mon"])
    except KeyError:
        return None
    y = r.year_for(mth, int(m["day"]), end, end)
    if y is None or not V.is_valid_date(y, mth, int(m["day"])):
        return None
    return date(y, mth, int(m["day"]))


def quarter_ref(r: Resolver, rel: str, end: int, mod: str | None = None) -> Resolved:
    """'the quarter', 'the latest quarter', 'this quarter', 'last quarter'.

    A quarter named in the text is the focus of what follows ("the quarter" in an
    earnings report is the quarter being reported); "the quarter ended Sept. 30"
    says which one outright."""
    ended = ended_date(r, end)
    if ended is not None:  # the three months before that day, named by their middle
        return Resolved("DATE", V.quarter_of(ended - timedelta(days=45)).value(), "absolute", mod)
    if rel in _STEP and r.quarter:
        return Resolved("DATE", V.shift(r.quarter, _STEP[rel]).value(), "context", mod)
    if rel in ("current", "the current"):
        if r.today is None:
            return Resolved("DATE", "XXXX-QX", "unresolved", mod)
        return Resolved("DATE", V.quarter_of(r.today).value(), "reference", mod)
    if rel in ("last", "next", "coming", "past", "previous"):
        if r.today is None:
            return Resolved("DATE", "XXXX-QX", "unresolved", mod)
        n = 1 if rel in ("next", "coming") else -1
        return Resolved("DATE", V.shift(V.quarter_of(r.today), n).value(), "reference", mod)
    if r.quarter is not None:
        return Resolved("DATE", r.quarter.value(), "context", mod)
    if r.today is None:
        return Resolved("DATE", "XXXX-QX", "unresolved", mod)
    q = V.quarter_of(r.today)
    if rel not in ("this",):
        q = V.shift(q, -1)  # the latest quarter is the last one completed
    return Resolved("DATE", q.value(), "reference", mod)


def comparison(r: Resolver, mod: str | None = None) -> Resolved:
    """'the same period last year', 'a year earlier' in a results report: the period
    under discussion, a year back. It does not move the focus."""
    base = r.quarter if r.quarter is not None else r.anchor
    if base is not None and base.grain not in ("year", "decade", "century"):
        if base.grain in ("day", "time"):
            base = V.coarsen(base, "year")
        return Resolved("DATE", V.shift(base, -1, "year").value(), "context", mod, focus=False)
    if r.today is None:
        return Resolved("DATE", "XXXX", "unresolved", mod, focus=False)
    return Resolved("DATE", f"{r.today.year - 1:04d}", "reference", mod, focus=False)


def anaphoric(r: Resolver, unit: str, rel: str, mod: str | None) -> Resolved | None:
    """'the previous year', 'the following day', 'that week': relative to the last
    date the text mentioned, else to the reference date. None when the text's last
    date is too coarse to point at one ("in 1990 ... that day")."""
    n = {**_STEP, "the next": 1}.get(rel, 0)
    base, basis = r.anchor, "context"
    if base is None:
        if r.today is None:
            return Resolved("DATE", "XXXX", "unresolved", mod)
        base, basis = V.day(r.today), "reference"
    if unit in ("day", "night", "morning", "evening", "afternoon"):
        if base.grain not in ("day", "time"):
            return None
        d = base.as_date() + timedelta(days=n)
        pod = _POD.get(unit)
        if pod:
            return Resolved("TIME", f"{d.isoformat()}T{pod}", basis, mod)
        return Resolved("DATE", d.isoformat(), basis, mod)
    grain = (
        unit
        if unit in ("week", "weekend", "month", "quarter", "season", "decade", "century")
        else "year"
    )
    if GRAIN_SIZE[base.grain] > GRAIN_SIZE[grain]:
        return None  # "in 1990 ... that month"
    return Resolved("DATE", V.shift(V.coarsen(base, grain), n).value(), basis, mod)
