"""Give each found expression its TIMEX3 type and value.

Relative expressions are resolved against the reference date (normally the article's
publication date); anaphoric ones ("the previous year", "that day", "the quarter")
against the last date the text itself mentioned. Without a reference date, relative
values keep X placeholders ("XXXX-WXX-2") rather than invent a year.

The ``Resolver`` holds that state; what a match of each rule means is the rule's own
``resolve`` (see ``rules/``).
"""

from __future__ import annotations

import re
from datetime import date

from dossier_tui.temporal import values as V
from dossier_tui.temporal.candidate import Candidate, Resolved
from dossier_tui.temporal.context import last_word
from dossier_tui.temporal.tense import tense

__all__ = ["Resolved", "Resolver"]

Cal = V.Cal

#: a deadline or end point written before a month: "by September", "through March"
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|through|no\s+later\s+than)\s+$", re.I)


class Resolver:
    """Resolves the expressions of one text, in order, remembering what it has seen."""

    def __init__(self, text: str, dct: str | None):
        self.text = text
        self.dct: Cal | None = V.parse(dct) if dct else None
        self.today: date | None = None
        if self.dct is not None and self.dct.grain in ("day", "time"):
            self.today = date(self.dct.year, self.dct.month, self.dct.day)
        self.anchor: Cal | None = None  # last calendar value the text mentioned
        self.quarter: Cal | None = None  # last completed quarter the text mentioned
        self.quarter_at = -1  # where it was mentioned
        self.pos = 0  # start of the expression being resolved
        self.day: Cal | None = None  # last day the text mentioned, for clock times
        self.beside_day = False  # resolving the time of a day and time ("Monday 1000 GMT")

    # ------------------------------------------------------------ helpers
    def tense(self, start: int, end: int) -> str | None:
        return tense(self.text, start, end)

    def year_for(self, month: int, day: int | None, start: int, end: int) -> int | None:
        """The year of a month (and day) named without one: the occurrence nearest to
        the reference date, leaning towards the past or the future as the clause does."""
        if self.today is None:
            return None
        t = self.tense(start, end)
        y = self.today.year
        if last_word(self.text, start) in ("ended", "closed"):
            t = "over"  # "the fiscal year ended Jan. 31": necessarily past
        years = [cand for cand in (y - 1, y, y + 1) if V.MINYEAR <= cand <= V.MAXYEAR]
        if day is None:
            here = y * 12 + self.today.month
            dist = {cand: cand * 12 + month - here for cand in years}
        else:
            d = min(day, 28)
            dist = {cand: (date(cand, month, d) - self.today).days for cand in years}
        past = max((c for c in dist if dist[c] <= 0), key=lambda c: dist[c], default=None)
        future = min((c for c in dist if dist[c] >= 0), key=lambda c: dist[c], default=None)
        if past is None or future is None:  # at an end of the calendar
            return past if future is None else future
        if past == future:
            return past
        dp, df = -dist[past], dist[future]
        if t == "over":
            return past
        if (
            t == "future"
            and day is None
            and _DEADLINE_BEFORE.search(self.text, max(0, start - 20), start)
        ):
            return future  # "must be agreed by September": the September to come
        if t == "past":
            return past if dp / 3 <= df else future
        if t == "future":
            return future if df / 3 <= dp else past
        return past if dp <= df else future

    def basis(self) -> str:
        return "reference" if self.today is not None else "unresolved"

    def time_of(self, t: str, mod: str | None) -> Resolved:
        """A clock time belongs to the day the text is talking about, else to the
        reference date."""
        if self.day is not None:
            return Resolved("TIME", f"{self.day.value()}T{t}", "context", mod)
        if self.today is None:
            return Resolved("TIME", f"XXXX-XX-XXT{t}", "unresolved", mod)
        return Resolved("TIME", f"{self.today.isoformat()}T{t}", "reference", mod)

    def _remember(self, r: Resolved) -> Resolved:
        c = V.parse(r.value)
        if c is not None and r.type in ("DATE", "TIME") and r.focus:
            self.anchor = c
            if c.grain in ("day", "time"):
                self.day = V.coarsen(c, "day")
            if c.grain == "quarter" and (self.today is None or V.interval(c)[1] < self.today):
                self.quarter = c  # the quarter being reported on, not one forecast
                self.quarter_at = self.pos
        return r

    # ------------------------------------------------------------ entry point
    def resolve(self, c: Candidate) -> Resolved | None:
        """Type and value of a found expression, in the context of what came before;
        None for an anaphor with nothing to refer to."""
        if c.parts:
            day, time = c.parts
            d = self.resolve(Candidate(c.start, c.end, day.rule, day.match, day.mod))
            self.beside_day = True
            try:
                t = self.resolve(time)
            finally:
                self.beside_day = False
            if d is None or t is None:
                return d or t
            return self._combine(d, t)
        self.pos = c.start
        try:
            r = c.rule.resolve(self, c.match, c.start, c.end)
            beyond = r is not None and V.beyond_calendar(r.value)
        except (V.OutOfRange, OverflowError):  # date arithmetic past year 1 or 9999
            beyond = True
        if beyond:
            r = self._unanchored(c)
        if r is None:
            return None
        if c.mod and r.mod is None:
            r = Resolved(r.type, r.value, r.basis, c.mod, r.focus)
        return self._remember(r)

    def _unanchored(self, c: Candidate) -> Resolved | None:
        """The value of an expression whose date, counted from the reference date or
        the text's last date, falls outside the calendar: the value it has when neither
        is known (X placeholders). None when even that is beyond the calendar (a
        written year 0000)."""
        saved = self.dct, self.today, self.anchor, self.day, self.quarter
        self.dct = self.today = self.anchor = self.day = self.quarter = None
        try:
            r = c.rule.resolve(self, c.match, c.start, c.end)
        except (V.OutOfRange, OverflowError):
            r = None
        finally:
            self.dct, self.today, self.anchor, self.day, self.quarter = saved
        if r is None or V.beyond_calendar(r.value):
            return None
        return Resolved(r.type, r.value, "unresolved", r.mod, focus=False)

    def _combine(self, day: Resolved, time: Resolved) -> Resolved:
        """'9 a.m. Tuesday': the day's date with the time's clock."""
        t = time.value.split("T", 1)[1] if "T" in time.value else None
        dv = day.value.split("T", 1)[0]
        if t is None or V.parse(dv) is None and not dv.startswith("XXXX"):
            return day
        r = Resolved("TIME", f"{dv}T{t}", day.basis, time.mod or day.mod)
        return self._remember(r)
