"""Give each found expression its TIMEX3 type and value.

Relative expressions are resolved against the reference date (normally the article's
publication date); anaphoric ones ("the previous year", "that day", "the quarter")
against the last date the text itself mentioned. Without a reference date, relative
values keep X placeholders ("XXXX-WXX-2") rather than invent a year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dossier_tui.temporal import values as V
from dossier_tui.temporal.lexicon import (
    HOLIDAYS_FIXED,
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    SET_WORDS,
    UNIT_PLURALS,
    UNITS,
    VAGUE,
    number,
    ordinal,
    spelled_year,
)
from dossier_tui.temporal.recognise import Candidate, second_year
from dossier_tui.temporal.tense import tense

Cal = V.Cal


@dataclass(frozen=True)
class Resolved:
    type: str
    value: str
    basis: str
    mod: str | None = None
    #: False for comparisons ("a year earlier"): they do not move the text's focus
    focus: bool = True


_WS = re.compile(r"\s+")
_QORD = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "final": 4,
    "last": 4,
}
#: how close (in characters) a reported quarter must be for "a year earlier" to compare with it
_NEAR = 600
_ENDING_RE = re.compile(
    r"\s*,?\s*(?:which\s+|that\s+)?(?:ended|ending|ends|to\s+[A-Z][a-z]+\.?\s+\d)\b"
)
#: a deadline or end point written before a month: "by September", "through March"
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|through|no\s+later\s+than)\s+$", re.I)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|may|might|could|should|shall|must)\s+$", re.I)
_GRAIN_SIZE = {
    "time": 0,
    "day": 1,
    "week": 2,
    "weekend": 2,
    "month": 3,
    "quarter": 4,
    "season": 4,
    "half": 5,
    "year": 6,
    "decade": 7,
    "century": 8,
}
#: units that are no grain of a value, as a number of a grain: "a fortnight ago" is a
#: week two weeks back, "three decades ago" a year thirty years back
_UNIT_GRAIN = {
    "night": ("day", 1),
    "fortnight": ("week", 2),
    "decade": ("year", 10),
    "century": ("year", 100),
    "millennium": ("year", 1000),
}
_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def _word_before(text: str, start: int) -> str:
    m = re.search(r"(\w+)\W*$", text[max(0, start - 30) : start])
    return m.group(1).lower() if m else ""


def _norm(s: str | None) -> str:
    return _WS.sub(" ", s.lower()).strip() if s else ""


def _unit(word: str) -> str:
    """'Years' -> 'year', 'centuries' -> 'century'."""
    w = word.lower()
    if w in UNIT_PLURALS:
        return UNIT_PLURALS[w]
    return w[:-1] if w.endswith("s") and w[:-1] in UNITS else w


def _month_num(word: str) -> int:
    return MONTHS[word.lower()] if word.lower() in MONTHS else MONTHS[word.lower().rstrip(".")]


def duration(n: float | None, unit: str) -> str:
    """ISO-8601 duration as TIMEX3 writes it: P3D, PT2H, PXW, P2Y6M, PT1H30M."""
    code = UNITS[unit]
    scale = {"fortnight": 2, "decade": 10, "century": 100, "millennium": 1000, "weekend": 2}.get(
        unit, 1
    )
    if unit in ("decade", "century", "millennium"):
        code = "Y"
    elif unit == "weekend":
        code = "D"
    time = unit in ("hour", "minute", "second")
    if n is None:  # "decades" is some number of decades: PXE, not a number of years
        code = {"decade": "E", "century": "C", "millennium": "L"}.get(unit, code)
        return f"PTX{code}" if time else f"PX{code}"
    n = n * scale
    whole, half = int(n), n - int(n)
    if half:
        # half a unit in the next smaller one: 1.5 years -> P1Y6M, 1.5 hours -> PT1H30M
        smaller = {
            "Y": ("M", 6),
            "M": ("D", 15),
            "W": ("D", 3.5),
            "D": ("H", 12),
            "H": ("M", 30),
            "Q": ("M", 1.5),
        }.get(code)
        if code == "M" and time:
            smaller = ("S", 30)
        if smaller and smaller[1] == int(smaller[1]):
            sub, amount = smaller
            head = f"{whole}{code}" if whole else ""
            if time or sub == "H":
                if time:
                    return f"PT{head}{int(amount)}{sub}"
                return f"P{head}T{int(amount)}{sub}"
            return f"P{head}{int(amount)}{sub}"
    num = f"{n:g}"
    return f"PT{num}{code}" if time else f"P{num}{code}"


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

    # ------------------------------------------------------------ helpers
    def _tense(self, start: int, end: int) -> str | None:
        return tense(self.text, start, end)

    def _year_for(self, month: int, day: int | None, start: int, end: int) -> int | None:
        """The year of a month (and day) named without one: the occurrence nearest to
        the reference date, leaning towards the past or the future as the clause does."""
        if self.today is None:
            return None
        t = self._tense(start, end)
        y = self.today.year
        if _word_before(self.text, start) in ("ended", "closed"):
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

    def _basis(self) -> str:
        return "reference" if self.today is not None else "unresolved"

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
            whole_day = Candidate(c.start, c.end, day.rule, day.match, day.mod)
            d = self.resolve(whole_day)
            # a four-digit time beside its day ("Monday 1000 GMT") always has a day
            t = self._hhmm_time(time.match) if time.rule == "hhmm" else self.resolve(time)
            if d is None or t is None:
                return d or t
            return self._combine(d, t)
        self.pos = c.start
        try:
            r = getattr(self, "_" + c.rule)(c.match, c.start, c.end)
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
            r = getattr(self, "_" + c.rule)(c.match, c.start, c.end)
        except (V.OutOfRange, OverflowError):
            r = None
        finally:
            self.dct, self.today, self.anchor, self.day, self.quarter = saved
        if r is None or V.beyond_calendar(r.value):
            return None
        return Resolved(r.type, r.value, "unresolved", r.mod, focus=False)

    # ------------------------------------------------------------ absolute dates
    def _date(self, y: int | None, mth: int, d: int | None, start: int, end: int) -> Resolved:
        basis = "absolute"
        if y is None:
            y = self._year_for(mth, d, start, end)
            basis = self._basis()
        if d is not None and y is not None and not V.is_valid_date(y, mth, d):
            d = None
        ys = f"{y:04d}" if y is not None else "XXXX"
        value = f"{ys}-{mth:02d}" + (f"-{d:02d}" if d is not None else "")
        return Resolved("DATE", value, basis)

    def _iso(self, m, start, end):
        y, mth, d = int(m["y"]), int(m["m"]), int(m["d"])
        if not V.is_valid_date(y, mth, d):
            return Resolved("DATE", f"{y:04d}", "absolute")
        if m["h"]:
            return Resolved("TIME", f"{y:04d}-{mth:02d}-{d:02d}T{m['h']}:{m['mi']}", "absolute")
        return Resolved("DATE", f"{y:04d}-{mth:02d}-{d:02d}", "absolute")

    def _slash(self, m, start, end):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        if y < 100:
            y += 1900 if y >= 50 else 2000
        # month-first (US) unless that is impossible
        mth, d = (a, b) if a <= 12 else (b, a)
        if not V.is_valid_date(y, mth, d):
            return Resolved("DATE", f"{y:04d}", "absolute")
        return Resolved("DATE", f"{y:04d}-{mth:02d}-{d:02d}", "absolute")

    def _mdy(self, m, start, end):
        y = int(m["y"]) if m["y"] else None
        mth, d = _month_num(m["mon"]), int(re.match(r"\d+", m["day"]).group())
        rel = _norm(m.groupdict().get("rel"))
        if y is None and rel and self.today is not None:  # "last Oct. 23"
            y = self.today.year
            if rel == "last" and (mth, d) >= (self.today.month, self.today.day):
                y -= 1
            elif rel == "next" and (mth, d) <= (self.today.month, self.today.day):
                y += 1
            return self._date(y, mth, d, start, end)
        return self._date(y, mth, d, start, end)

    _dmy = _mdy

    def _range(self, m, start, end):
        """One day of "April 24 and 25" or "24-25 August": which one, the span says."""
        first = start == m.start()
        day = (m["d1"] if first else m["d2"]) if m["mon"] else (m["e1"] if first else m["e2"])
        return self._date(
            int(m["y"]) if m["y"] else None,
            _month_num(m["mon"] or m["mon2"]),
            int(re.match(r"\d+", day).group()),
            start,
            end,
        )

    def _weekof(self, m, start, end):
        """'the week of March 6': the week that holds that day."""
        mon, day = (m["mon"], m["day"]) if m["mon"] else (m["mon2"], m["day2"])
        r = self._date(
            int(m["y"]) if m["y"] else None,
            _month_num(mon),
            int(re.match(r"\d+", day).group()),
            start,
            end,
        )
        c = V.parse(r.value)
        if c is None or c.grain != "day":
            return Resolved("DATE", "XXXX-WXX", "unresolved")
        return Resolved("DATE", V.week_of(c.as_date()).value(), r.basis)

    def _my(self, m, start, end):
        y = int(m["y"]) if m["y"] else spelled_year(m["sy"])
        if y is None:
            return Resolved("DATE", f"XXXX-{_month_num(m['mon']):02d}", "unresolved")
        return Resolved("DATE", f"{y:04d}-{_month_num(m['mon']):02d}", "absolute")

    def _month(self, m, start, end):
        mth = _month_num(m["mon"])
        rel = _norm(m["rel"])
        if m["yrel"] and self.today is not None:  # "June last year"
            y = self.today.year + {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()]
            return Resolved("DATE", f"{y:04d}-{mth:02d}", "reference")
        if self.today is None:
            return Resolved("DATE", f"XXXX-{mth:02d}", "unresolved")
        y, cur = self.today.year, self.today.month
        if rel in ("last", "past", "this past"):
            # "last February" said in March is a year back: last month would be "last month"
            y = y if mth < cur - 1 else y - 1
        elif rel in ("next", "coming", "this coming"):
            y = y if mth > cur else y + 1
        elif rel != "this":
            y = self._year_for(mth, None, start, end)
        return Resolved("DATE", f"{y:04d}-{mth:02d}", "reference")

    def _year(self, m, start, end):
        return Resolved("DATE", m["y"], "absolute")

    def _yearrange(self, m, start, end):
        """One year of "2009-2010" or "1957-58": which one, the span says."""
        y = int(m["y1"]) if start == m.start("y1") else second_year(m["y1"], m["y2"])
        return Resolved("DATE", f"{y:04d}", "absolute")

    def _spelledyear(self, m, start, end):
        y = spelled_year(m["sy"])
        return Resolved("DATE", f"{y:04d}" if y else "XXXX", "absolute" if y else "unresolved")

    def _theunit(self, m, start, end):
        """'the year', 'the fiscal year', 'the week': the one under discussion; 'the year
        ended June 30' is a twelve-month period."""
        unit = m["unit"].lower()
        if _ENDING_RE.match(self.text, end, min(len(self.text), end + 20)) or _word_before(
            self.text, start
        ) in ("throughout", "over"):
            return Resolved("DURATION", duration(1, unit), "absolute")
        base = (
            self.anchor
            if unit != "year"
            and self.anchor is not None
            and _GRAIN_SIZE[self.anchor.grain] <= _GRAIN_SIZE[unit]
            else None
        )
        if base is None:
            if self.today is None:
                return Resolved(
                    "DATE",
                    {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX"}[unit],
                    "unresolved",
                )
            base = V.day(self.today)
            return Resolved("DATE", V.coarsen(base, unit).value(), "reference", focus=False)
        return Resolved("DATE", V.coarsen(base, unit).value(), "context", focus=False)

    def _decade(self, m, start, end):
        if m["dec"]:
            return Resolved("DATE", f"{int(m['dec']) // 10:03d}", "absolute")
        if m["dd"]:
            d = int(m["dd"])
            century = self._century_for(d)
            return Resolved(
                "DATE", f"{century // 10 + d // 10:03d}", "absolute" if century else "unresolved"
            )
        d = _DECADE_WORDS[m["dw"].lower()] * 10
        century = self._century_for(d)
        return Resolved("DATE", f"{(century + d) // 10:03d}", "absolute")

    def _century_for(self, two_digits: int) -> int:
        """The century of a decade written as '90s: the most recent one."""
        if self.today is None:
            return 1900
        c = self.today.year // 100 * 100
        return c if c + two_digits <= self.today.year else c - 100

    def _century(self, m, start, end):
        n = ordinal(m["ord"])
        if n is None:
            n = ORDINALS.get(m["ord"].lower(), 20)
        return Resolved("DATE", f"{n - 1:02d}", "absolute")

    def _season(self, m, start, end):
        code = SEASONS[m["season"].lower()]
        rel = _norm(m["rel"])
        pos = _norm(m["pos"])
        mod = {"early": "START", "late": "END", "mid": "MID"}.get(pos)
        y = m["y"] or (spelled_year(m["sy"]) if m["sy"] else None)
        if y:
            return Resolved("DATE", f"{int(y):04d}-{code}", "absolute", mod)
        if self.today is None:
            return Resolved("DATE", f"XXXX-{code}", "unresolved", mod)
        cur = V.season_of(self.today)
        # the most recent season with this code that has started, and the next one
        order = ("SP", "SU", "FA", "WI")
        steps_back = (order.index(cur.season) - order.index(code)) % 4
        recent = V.shift(cur, -steps_back, "season") if steps_back else cur
        upcoming = recent if steps_back == 0 else V.shift(recent, 4, "season")
        if rel == "this":
            target = (
                cur if steps_back == 0 else recent if recent.year == self.today.year else upcoming
            )
        elif rel in ("last", "past", "this past"):
            target = V.shift(recent, -4, "season") if steps_back == 0 else recent
        elif rel in ("next", "coming", "this coming"):
            target = V.shift(cur, 4, "season") if steps_back == 0 else upcoming
        else:
            t = self._tense(start, end)
            if steps_back == 0:
                target = cur
            elif t == "past":
                target = recent
            elif t == "future":
                target = upcoming
            else:
                target = recent if recent.year == self.today.year else upcoming
        return Resolved("DATE", target.value(), "reference", mod)

    def _quarter_year(self, q: int, start: int, end: int) -> int | None:
        """The year of a quarter named without one: nearest occurrence, by tense."""
        return self._year_for(3 * q, None, start, end)

    def _quarter(self, m, start, end):
        q = _QORD[m["ord"].lower()]
        y = m["y1"] or m["y2"]
        yrel = _norm(m["yrel"] or m["yrel2"])
        if y:
            return Resolved("DATE", f"{y}-Q{q}", "absolute")
        if yrel == "the year" and self.anchor is not None:
            return Resolved("DATE", f"{self.anchor.year:04d}-Q{q}", "context")
        if yrel and yrel != "the year" and self.today is not None:
            year = self.today.year + {"this year": 0, "last year": -1, "next year": 1}[yrel]
            return Resolved("DATE", f"{year:04d}-Q{q}", "reference")
        year = self._quarter_year(q, start, end)
        if year is None:
            return Resolved("DATE", f"XXXX-Q{q}", "unresolved")
        return Resolved("DATE", f"{year:04d}-Q{q}", "reference")

    def _qcode(self, m, start, end):
        q = int((m["q"] or m["q0"])[1])
        y = m["y"] or m["y0"]
        if y:
            y = int(y)
            if y < 100:
                y += 2000 if y < 50 else 1900
            return Resolved("DATE", f"{y:04d}-Q{q}", "absolute")
        year = self._quarter_year(q, start, end)
        return Resolved("DATE", f"{year:04d}-Q{q}" if year else f"XXXX-Q{q}", self._basis())

    def _half(self, m, start, end):
        h = 1 if m["ord"].lower() in ("first", "1st") else 2
        if m["y"]:
            return Resolved("DATE", f"{m['y']}-H{h}", "absolute")
        if m["dec"]:
            dec = m["dec"].lstrip("'’")
            dec = int(dec) if len(dec) == 4 else self._century_for(int(dec)) + int(dec)
            return Resolved("DATE", f"{dec // 10:03d}", "absolute", "START" if h == 1 else "END")
        yrel = _norm(m["yrel"])
        if yrel == "the year":
            if self.anchor is not None:
                return Resolved("DATE", f"{self.anchor.year:04d}-H{h}", "context")
            yrel = "this year"
        if self.today is None:
            return Resolved("DATE", f"XXXX-H{h}", "unresolved")
        year = self.today.year + {"this year": 0, "last year": -1, "next year": 1}[yrel]
        return Resolved("DATE", f"{year:04d}-H{h}", "reference")

    def _hcode(self, m, start, end):
        return Resolved("DATE", f"{m['y']}-{m['h'].upper()}", "absolute")

    # ------------------------------------------------------------ days and times
    def _weekday_date(self, wd: int, rel: str, start: int, end: int) -> date | None:
        if rel in ("the previous", "the following"):  # relative to the day being discussed
            base = (
                self.anchor.as_date()
                if self.anchor is not None and self.anchor.grain in ("day", "time")
                else self.today
            )
            if base is None:
                return None
            if rel == "the previous":
                return base - timedelta(days=(base.weekday() - wd) % 7 or 7)
            return base + timedelta(days=(wd - base.weekday()) % 7 or 7)
        if self.today is None:
            return None
        delta = wd - self.today.weekday()
        if rel in ("last", "past", "this past"):
            back = (self.today.weekday() - wd) % 7 or 7
            if rel == "last" and wd < self.today.weekday():
                back += 7  # "last Tuesday" said on Thursday: not this week's ("Tuesday"), the week before
            return self.today - timedelta(days=back)
        if rel in ("next", "coming", "this coming"):
            ahead = delta % 7 or 7
            return self.today + timedelta(days=ahead)
        if delta == 0:
            return self.today
        t = self._tense(start, end)
        if t == "future" or (rel == "this" and t != "past"):
            return self.today + timedelta(days=delta % 7)
        return self.today - timedelta(days=(-delta) % 7)

    def _weekday(self, m, start, end):
        from dossier_tui.temporal.lexicon import WEEKDAYS

        wd = WEEKDAYS[m["wd"].lower()]
        rel = _norm(m["rel"])
        mod = {"early": "START", "late": "END"}.get(rel)
        d = self._weekday_date(wd, "" if mod else rel, start, end)
        pod = PARTS_OF_DAY.get(_norm(m["pod"])) if m["pod"] else None
        if d is None:
            value = f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else "")
            return Resolved("TIME" if pod else "DATE", value, "unresolved", mod)
        if pod:
            return Resolved("TIME", f"{d.isoformat()}T{pod}", "reference", mod)
        return Resolved("DATE", d.isoformat(), "reference", mod)

    def _dayword(self, m, start, end):
        dw = _norm(m["dw"])
        pre = _norm(m["pre"])
        mod = {"early": "START", "late": "END"}.get(pre)
        offset = {
            "today": 0,
            "tonight": 0,
            "yesterday": -1,
            "tomorrow": 1,
            "the day before yesterday": -2,
            "the day after tomorrow": 2,
        }[dw]
        pod = "NI" if dw == "tonight" else PARTS_OF_DAY.get(_norm(m["pod"])) if m["pod"] else None
        if self.today is None:
            return Resolved(
                "TIME" if pod else "DATE",
                "XXXX-XX-XX" + (f"T{pod}" if pod else ""),
                "unresolved",
                mod,
            )
        d = self.today + timedelta(days=offset)
        if pod:
            return Resolved("TIME", f"{d.isoformat()}T{pod}", "reference", mod)
        return Resolved("DATE", d.isoformat(), "reference", mod)

    def _podrel(self, m, start, end):
        rel, pod = _norm(m["rel"]), PARTS_OF_DAY[_norm(m["pod"])]
        if self.today is None:
            return Resolved("TIME", f"XXXX-XX-XXT{pod}", "unresolved")
        d = self.today - timedelta(days=1) if rel == "last" else self.today
        return Resolved("TIME", f"{d.isoformat()}T{pod}", "reference")

    def _clock_value(self, h: int, mi: int) -> str:
        return f"{h:02d}:{mi:02d}"

    def _clock(self, m, start, end):
        h, mi = int(m["h"]), int(m["mi"] or 0)
        ap = m["ap"].lower().replace(".", "")
        if ap == "pm" and h < 12:
            h += 12
        elif ap == "am" and h == 12:
            h = 0
        mod = {
            "about": "APPROX",
            "around": "APPROX",
            "at about": "APPROX",
            "shortly after": "AFTER",
            "just after": "AFTER",
            "shortly before": "BEFORE",
            "just before": "BEFORE",
        }.get(_norm(m["mod"]))
        return self._time_of(self._clock_value(h, mi), mod)

    def _clock24(self, m, start, end):
        return self._time_of(self._clock_value(int(m["h"]), int(m["mi"])), None)

    def _hhmm(self, m, start, end):
        """'1930 CDT', 'at 1653 (2153 GMT)': a time of the day the text is about; with
        no day known at all, not worth a value (and never a year)."""
        if self.day is None and self.today is None:
            return None
        return self._hhmm_time(m)

    def _hhmm_time(self, m: re.Match) -> Resolved:
        return self._time_of(self._clock_value(int(m["h"]), int(m["mi"])), None)

    def _oclock(self, m, start, end):
        h = number(m["h"]) or 0
        if m["pod"] and m["pod"].lower() != "morning" and h < 12:
            h += 12  # "8 in the evening"
        return self._time_of(self._clock_value(h % 24, 0), None)

    def _noon(self, m, start, end):
        w = _norm(m["w"]).replace("-", "").replace(" ", "")
        t = {
            "noon": "12:00",
            "midday": "12:00",
            "midnight": "24:00",
            "midafternoon": "AF",
            "midmorning": "MO",
        }[w]
        return self._time_of(t, "MID" if w.startswith("mid") and len(w) > 8 else None)

    def _time_of(self, t: str, mod: str | None) -> Resolved:
        """A clock time belongs to the day the text is talking about, else to the
        reference date."""
        if self.day is not None:
            return Resolved("TIME", f"{self.day.value()}T{t}", "context", mod)
        if self.today is None:
            return Resolved("TIME", f"XXXX-XX-XXT{t}", "unresolved", mod)
        return Resolved("TIME", f"{self.today.isoformat()}T{t}", "reference", mod)

    def _combine(self, day: Resolved, time: Resolved) -> Resolved:
        """'9 a.m. Tuesday': the day's date with the time's clock."""
        t = time.value.split("T", 1)[1] if "T" in time.value else None
        dv = day.value.split("T", 1)[0]
        if t is None or V.parse(dv) is None and not dv.startswith("XXXX"):
            return day
        r = Resolved("TIME", f"{dv}T{t}", day.basis, time.mod or day.mod)
        return self._remember(r)

    # ------------------------------------------------------------ relative
    def _unit_of(self, unit: str, shift_n: int, base: date) -> Cal:
        if unit == "week":
            return V.week_of(base + timedelta(weeks=shift_n))
        if unit == "weekend":
            return V.weekend_of(base + timedelta(weeks=shift_n))
        if unit == "month":
            return V.month(base.year, base.month + shift_n)
        if unit == "quarter":
            return V.shift(V.quarter_of(base), shift_n)
        if unit == "season":
            return V.shift(V.season_of(base), shift_n)
        if unit == "decade":
            return V.Cal("decade", (base.year // 10 + shift_n) * 10)
        if unit == "century":
            return V.Cal("century", (base.year // 100 + shift_n) * 100)
        return V.Cal("year", base.year + shift_n)

    def _relunit(self, m, start, end):
        rel = _norm(m["rel"])
        unit = m["unit"].lower()
        mod = {"early": "START", "late": "END", "mid": "MID"}.get(_norm(m["pre"]))
        if m["lastyear"]:  # "the same period last year"
            return self._comparison(mod)
        if m["ago"]:  # "the year before", "the week earlier"
            return self._anaphoric(unit, "the previous", mod)
        if unit == "quarter":
            return self._quarter_ref(rel, end, mod)
        if rel in ("the past", "the last", "the coming", "the next") or unit not in _GRAIN_SIZE:
            # "the past fortnight", "this millennium": no calendar value is that long
            return Resolved("DURATION", duration(1, unit), "absolute")
        if rel in ("the previous", "the prior", "the preceding", "the following", "the same"):
            return self._anaphoric(unit, rel, mod)
        n = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
        if self.today is None:
            xs = {
                "week": "XXXX-WXX",
                "weekend": "XXXX-WXX-WE",
                "month": "XXXX-XX",
                "season": "XXXX-XX",
                "decade": "XXX",
                "century": "XX",
            }.get(unit, "XXXX")
            return Resolved("DATE", xs, "unresolved", mod)
        return Resolved("DATE", self._unit_of(unit, n, self.today).value(), "reference", mod)

    def _quarter_ref(self, rel: str, end: int, mod: str | None = None) -> Resolved:
        """'the quarter', 'the latest quarter', 'this quarter', 'last quarter'.

        A quarter named in the text is the focus of what follows ("the quarter" in an
        earnings report is the quarter being reported); "the quarter ended Sept. 30"
        says which one outright."""
        ended = self._ended_date(end)
        if ended is not None:  # the three months before that day, named by their middle
            return Resolved(
                "DATE", V.quarter_of(ended - timedelta(days=45)).value(), "absolute", mod
            )
        if rel in ("the previous", "the prior", "the preceding", "the following") and self.quarter:
            return Resolved(
                "DATE",
                V.shift(self.quarter, -1 if "follow" not in rel else 1).value(),
                "context",
                mod,
            )
        if rel in ("current", "the current"):
            if self.today is None:
                return Resolved("DATE", "XXXX-QX", "unresolved", mod)
            return Resolved("DATE", V.quarter_of(self.today).value(), "reference", mod)
        if rel in ("last", "next", "coming", "past", "previous"):
            if self.today is None:
                return Resolved("DATE", "XXXX-QX", "unresolved", mod)
            n = 1 if rel in ("next", "coming") else -1
            return Resolved("DATE", V.shift(V.quarter_of(self.today), n).value(), "reference", mod)
        if self.quarter is not None:
            return Resolved("DATE", self.quarter.value(), "context", mod)
        if self.today is None:
            return Resolved("DATE", "XXXX-QX", "unresolved", mod)
        q = V.quarter_of(self.today)
        if rel not in ("this",):
            q = V.shift(q, -1)  # the latest quarter is the last one completed
        return Resolved("DATE", q.value(), "reference", mod)

    _ENDED_RE = re.compile(
        r"\s*,?\s*(?:which\s+|that\s+)?(?:ended|ending|ends|to)\s+(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})\b"
    )

    def _ended_date(self, end: int) -> date | None:
        m = self._ENDED_RE.match(self.text, end, min(len(self.text), end + 40))
        if not m or m["mon"].lower() not in MONTHS and m["mon"].lower() + "." not in MONTHS:
            return None
        mth = _month_num(m["mon"])
        y = self._year_for(mth, int(m["day"]), end, end)
        if y is None or not V.is_valid_date(y, mth, int(m["day"])):
            return None
        return date(y, mth, int(m["day"]))

    def _comparison(self, mod: str | None = None) -> Resolved:
        """'the same period last year', 'a year earlier' in a results report: the period
        under discussion, a year back. It does not move the focus."""
        base = self.quarter if self.quarter is not None else self.anchor
        if base is not None and base.grain not in ("year", "decade", "century"):
            if base.grain in ("day", "time"):
                base = V.coarsen(base, "year")
            return Resolved("DATE", V.shift(base, -1, "year").value(), "context", mod, focus=False)
        if self.today is None:
            return Resolved("DATE", "XXXX", "unresolved", mod, focus=False)
        return Resolved("DATE", f"{self.today.year - 1:04d}", "reference", mod, focus=False)

    def _anaphoric(self, unit: str, rel: str, mod: str | None) -> Resolved | None:
        """'the previous year', 'the following day', 'that week': relative to the last
        date the text mentioned, else to the reference date. None when the text's last
        date is too coarse to point at one ("in 1990 ... that day")."""
        n = {
            "the previous": -1,
            "the prior": -1,
            "the preceding": -1,
            "the following": 1,
            "the next": 1,
        }.get(rel, 0)
        base, basis = self.anchor, "context"
        if base is None:
            if self.today is None:
                return Resolved("DATE", "XXXX", "unresolved", mod)
            base, basis = V.day(self.today), "reference"
        if unit in ("day", "night", "morning", "evening", "afternoon"):
            if base.grain not in ("day", "time"):
                return None
            d = base.as_date() + timedelta(days=n)
            pod = {"night": "NI", "morning": "MO", "evening": "EV", "afternoon": "AF"}.get(unit)
            if pod:
                return Resolved("TIME", f"{d.isoformat()}T{pod}", basis, mod)
            return Resolved("DATE", d.isoformat(), basis, mod)
        grain = (
            unit
            if unit in ("week", "weekend", "month", "quarter", "season", "decade", "century")
            else "year"
        )
        if _GRAIN_SIZE[base.grain] > _GRAIN_SIZE[grain]:
            return None  # "in 1990 ... that month"
        return Resolved("DATE", V.shift(V.coarsen(base, grain), n).value(), basis, mod)

    def _anaphor(self, m, start, end):
        mod = {"early": "START", "late": "END"}.get(_norm(m["pre"]))
        rel = _norm(m["rel"])
        if m["unit"].lower() == "quarter":
            return self._quarter_ref(rel, end, mod)
        return self._anaphoric(m["unit"].lower(), rel, mod)

    def _theday(self, m, start, end):
        """'the morning', 'later in the day': a part of the day being discussed."""
        if m["unit"]:
            unit = m["unit"].lower()
            base = self.anchor if unit != "year" else None
            if base is None or _GRAIN_SIZE[base.grain] > _GRAIN_SIZE[unit]:
                if self.today is None:
                    return Resolved("DATE", "XXXX", "unresolved")
                return Resolved(
                    "DATE", V.coarsen(V.day(self.today), unit).value(), "reference", focus=False
                )
            return Resolved("DATE", V.coarsen(base, unit).value(), "context", focus=False)
        return self._anaphoric(m["pod"].lower(), "that", None)

    def _vaguespan(self, m, start, end):
        return Resolved(
            "DURATION", duration(None, _unit(m["unit"] or m["unit2"] or m["unit3"])), "absolute"
        )

    def _daybefore(self, m, start, end):
        d = _norm(m["dir"])
        rel = "the previous" if d in ("before", "earlier", "prior") else "the following"
        return self._anaphoric(m["unit"].lower(), rel, None)

    def _yearago(self, m, start, end):
        """'the year-ago quarter', 'the year-earlier period', 'year-earlier' (adjective)."""
        if m["adj"]:
            return self._comparison()
        what = _norm(m["what"])
        qm = re.match(r"(first|second|third|fourth)", what)
        if qm:
            if self.today is None:
                return Resolved("DATE", f"XXXX-Q{_QORD[qm.group(1)]}", "unresolved", focus=False)
            year = (self.quarter.year if self.quarter else self.today.year) - 1
            return Resolved("DATE", f"{year:04d}-Q{_QORD[qm.group(1)]}", "context", focus=False)
        n = number(what.split()[0]) if what.endswith("months") and " " in what else None
        if n:
            return Resolved("DURATION", f"P{n}M", "absolute", focus=False)
        if what == "year":
            if self.today is None:
                return Resolved("DATE", "XXXX", "unresolved", focus=False)
            return Resolved("DATE", f"{self.today.year - 1:04d}", "reference", focus=False)
        if what == "quarter" and self.quarter is None and self.today is not None:
            q = V.shift(V.quarter_of(self.today), -1)
            return Resolved("DATE", V.shift(q, -1, "year").value(), "reference", focus=False)
        return self._comparison()

    def _period(self, m, start, end):
        y = m["y"] or m["y2"]
        if m["ly"]:
            return self._comparison()
        base = self.quarter
        if y:
            if base is not None and m["noun"].lower() == "quarter":
                return Resolved("DATE", f"{y}-Q{base.part}", "context", focus=False)
            return Resolved("DATE", y, "absolute", focus=False)
        if m["yrel"]:
            if self.today is None:
                return Resolved("DATE", "XXXX", "unresolved")
            year = (
                self.today.year
                + {"this year": 0, "last year": -1, "next year": 1}[_norm(m["yrel"])]
            )
            if base is not None:
                return Resolved(
                    "DATE", f"{year:04d}-Q{base.part}", "context", focus=year == base.year
                )
            return Resolved("DATE", f"{year:04d}", "reference")
        return self._quarter_ref("the latest", end)

    def _thequarter(self, m, start, end):
        if m["ly"]:  # "the quarter a year ago"
            return self._comparison()
        return self._quarter_ref(_norm(m["which"]) or "the", end)

    def _count(self, word: str) -> float | None:
        w = _norm(word)
        if w in ("a couple of", "a couple", "couple of"):
            return 2
        if w in VAGUE:
            return None
        return number(w)

    def _ago(self, m, start, end):
        unit = _unit(m["unit"])
        n = self._count(m["n"])
        d = _norm(m["dir"])
        sign = 1 if d in ("later", "from now", "hence") else -1
        if n is None or n != int(n):
            return Resolved("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", "reference")
        n = int(n) * sign
        from_text = d in ("earlier", "later")
        if (
            unit == "year"
            and n == -1
            and self.quarter is not None
            and self.pos - self.quarter_at < _NEAR
        ):
            return self._comparison()  # "net rose to $5m from $4m a year earlier"
        r = self._ago_value(unit, n, from_text)
        # "a year earlier" compares; "two days later" moves the story on
        keep = d != "earlier" and V.parse(r.value) is not None and V.parse(r.value).grain == "day"
        return Resolved(r.type, r.value, r.basis, r.mod, focus=keep)

    def _ago_value(self, unit: str, n: int, from_text: bool) -> Resolved:
        if from_text and self.anchor is not None:
            base, basis = self.anchor, "context"
        elif self.today is not None:
            base, basis = V.day(self.today), "reference"
        else:
            return Resolved("DATE", "XXXX", "unresolved")
        if unit in ("hour", "minute", "second"):
            if base.grain not in ("day", "time"):
                return Resolved("DATE", "XXXX-XX-XX", "unresolved")
            return Resolved("DATE", V.coarsen(base, "day").value(), basis)
        grain, size = _UNIT_GRAIN.get(unit, (unit, 1))
        steps = n * size
        if _GRAIN_SIZE[base.grain] > _GRAIN_SIZE[grain]:
            return Resolved("DATE", "XXXX", "unresolved")
        return Resolved("DATE", V.shift(V.coarsen(base, grain), steps, grain).value(), basis)

    def _agobare(self, m, start, end):
        d = _norm(m["dir"])
        return Resolved("DATE", "FUTURE_REF" if d == "later" else "PAST_REF", "reference")

    def _then(self, m, start, end):
        """'until then', 'since then', 'at the time,': the time the text was just
        talking about."""
        if self.anchor is None:
            return None  # nothing to refer back to: not a usable time expression
        return Resolved("DATE", self.anchor.value(), "context", focus=False)

    def _namedweek(self, m, start, end):
        """A week a campaign is named for ('its "clean air" week'): the one the
        text is written in, unless the sentence points elsewhere."""
        if self.today is None:
            return Resolved("DATE", "XXXX-WXX", "unresolved")
        return Resolved("DATE", V.week_of(self.today).value(), "reference")

    def _weekend(self, m, start, end):
        w = _norm(m.group())
        if self.today is None:
            return Resolved("DATE", "XXXX-WXX-WE", "unresolved")
        wd = self.today.weekday()
        if "last" in w or "past" in w:
            d = self.today - timedelta(days=wd + 1) if wd < 5 else self.today - timedelta(days=7)
        elif "next" in w or "coming" in w:
            d = self.today + timedelta(days=(5 - wd) % 7 or 7)
        elif "this" in w:
            d = self.today
        else:
            t = self._tense(start, end)
            if wd >= 5:
                d = self.today
            elif t == "future":
                d = self.today + timedelta(days=5 - wd)
            else:
                d = self.today - timedelta(days=wd + 1)
        return Resolved("DATE", V.weekend_of(d).value(), "reference")

    def _endyear(self, m, start, end):
        if self.today is None:
            return Resolved("DATE", "XXXX", "unresolved", "END")
        return Resolved("DATE", f"{self.today.year:04d}", "reference", "END")

    def _holiday(self, m, start, end):
        name = _norm(m["hol"]).replace("’", "'")
        rel = _norm(m["rel"])
        if self.today is None:
            return Resolved("DATE", "XXXX-XX-XX", "unresolved")

        def on(y: int) -> date | None:
            if not V.MINYEAR <= y <= V.MAXYEAR:
                raise V.OutOfRange(f"year {y} is out of range")
            if name in HOLIDAYS_FIXED:
                mm, dd = HOLIDAYS_FIXED[name]
                return date(y, mm, dd)
            if name.startswith("easter"):
                e = _easter(y)
                return e + timedelta(days=1) if name == "easter monday" else e
            if name.startswith("thanksgiving"):
                first = date(y, 11, 1)
                return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
            if name == "election day":
                first = date(y, 11, 1)
                monday = first + timedelta(days=(0 - first.weekday()) % 7)
                return monday + timedelta(days=1)
            if name.startswith("new year's"):
                return date(y, 1, 1) if name != "new year's eve" else date(y, 12, 31)
            return None

        y = self.today.year
        d = on(y)
        if d is None:
            return Resolved("DATE", f"{y:04d}", "reference")
        if rel == "last":
            d = on(y - 1) if d >= self.today else d
        elif rel == "next":
            d = on(y + 1) if d <= self.today else d
        elif rel != "this":
            d = on(self._year_for(d.month, d.day, start, end))
        if name == "easter week":
            return Resolved("DATE", V.week_of(d).value(), "reference")
        return Resolved("DATE", d.isoformat(), "reference")

    # ------------------------------------------------------------ durations
    def _duration(self, m, start, end):
        unit = _unit(m["unit"])
        n = self._count(m["n"])
        if (
            m["n"].lower() == "one"
            and unit == "day"
            and not m["det"]
            and _MODAL_BEFORE.search(self.text, max(0, start - 12), start)
        ):
            return Resolved("DATE", "FUTURE_REF", "reference")  # "Islam will one day be ..."
        if m["n0"] or m["n1"]:  # "two to three weeks": a range
            n = None
        if n is not None and (m["frac"] or m["frac2"]):
            n += 0.5
        if unit == "quarter" and n is not None:
            return Resolved("DURATION", f"P{n:g}Q" if n == int(n) else f"P{n * 3:g}M", "absolute")
        if unit == "quarter":
            return Resolved("DURATION", "PXQ", "absolute")
        return Resolved("DURATION", duration(n, unit), "absolute")

    def _unitlong(self, m, start, end):  # "a day-long meeting"
        return Resolved("DURATION", duration(1, m["unit"].lower()), "absolute")

    def _awhile(self, m, start, end):  # "for a while": some length of time
        return Resolved("DURATION", "PXX", "absolute")

    def _halfunit(self, m, start, end):
        return Resolved("DURATION", duration(0.5, _unit(m["unit"])), "absolute")

    def _bare(self, m, start, end):
        unit = _unit(m["unit"] or m["unit2"] or m["unit3"])
        return Resolved("DURATION", duration(None, unit), "absolute")

    # ------------------------------------------------------------ sets and references
    def _set(self, m, start, end):
        from dossier_tui.temporal.lexicon import WEEKDAYS

        if m["sw"]:
            return Resolved("SET", SET_WORDS[m["sw"].lower()], "absolute")
        if m["freq"]:
            return Resolved("SET", duration(1, _unit(m["funit"])), "absolute")
        word = _norm(m["eunit"])
        n = number(m["n"]) if m["n"] else 1
        if "other" in _norm(m.group()):
            n = 2
        if word in WEEKDAYS:
            return Resolved("SET", f"XXXX-WXX-{WEEKDAYS[word] + 1}", "absolute")
        if word in SEASONS:
            return Resolved("SET", f"XXXX-{SEASONS[word]}", "absolute")
        if word.rstrip(".") in MONTHS or word in MONTHS:
            return Resolved("SET", f"XXXX-{_month_num(word):02d}", "absolute")
        if word in PARTS_OF_DAY:
            return Resolved("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[word]}", "absolute")
        unit = _unit(word)
        if unit == "quarter":
            return Resolved("SET", f"P{n}Q", "absolute")
        return Resolved("SET", duration(n, unit), "absolute")

    def _per(self, m, start, end):
        return Resolved("SET", duration(1, _unit(m["unit"])), "absolute")

    def _recentunits(self, m, start, end):
        """'recent weeks', 'the coming months': a stretch of unknown length."""
        unit = _unit(m["unit"])
        if unit not in UNITS or _norm(m["future"]) == "future":
            return Resolved("DATE", "PAST_REF" if m["past"] else "FUTURE_REF", "reference")
        if unit == "quarter":
            return Resolved("DURATION", "PXM", "absolute")
        return Resolved("DURATION", duration(None, unit), "absolute")

    def _ref(self, m, start, end):
        from dossier_tui.temporal.lexicon import REF_WORDS

        w = _norm(m["w"])
        if w == "at this time":
            w = "now"
        return Resolved("DATE", REF_WORDS.get(w, "PRESENT_REF"), "reference")


def _easter(y: int) -> date:
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
