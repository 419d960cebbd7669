"""Times counted from the reference date or the text's last date: "last week", "next
year", "three years ago", "two days later", "the weekend", "the year"."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from dossier_tui.temporal import values as V
from dossier_tui.temporal.anaphora import NEAR, anaphoric, comparison, quarter_ref
from dossier_tui.temporal.candidate import Resolved
from dossier_tui.temporal.context import last_word, titled
from dossier_tui.temporal.lexicon import COUNT
from dossier_tui.temporal.patterns import MON, UNIT, WD
from dossier_tui.temporal.rule import Example, rule
from dossier_tui.temporal.units import GRAIN_SIZE, count, duration, norm, unit

if TYPE_CHECKING:
    from dossier_tui.temporal.resolve import Resolver

_DCT = "2023-08-09"  # a Wednesday
_EDGES = {"early": "START", "late": "END", "mid": "MID"}
_STEPS = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}
_UNRESOLVED = {
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "month": "XXXX-XX",
    "season": "XXXX-XX",
    "decade": "XXX",
    "century": "XX",
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
_ENDING_RE = re.compile(
    r"\s*,?\s*(?:which\s+|that\s+)?(?:ended|ending|ends|to\s+[A-Z][a-z]+\.?\s+\d)\b"
)


def unit_of(unit: str, shift_n: int, base: date) -> V.Cal:
    """The ``unit`` (week, month, ...) ``shift_n`` units from the one holding ``base``."""
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


def _relunit(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    rel = norm(m["rel"])
    u = m["unit"].lower()
    mod = _EDGES.get(norm(m["pre"]))
    if m["lastyear"]:  # "the same period last year"
        return comparison(r, mod)
    if m["ago"]:  # "the year before", "the week earlier"
        return anaphoric(r, u, "the previous", mod)
    if u == "quarter":
        return quarter_ref(r, rel, end, mod)
    if rel in ("the past", "the last", "the coming", "the next") or u not in GRAIN_SIZE:
        # "the past fortnight", "this millennium": no calendar value is that long
        return Resolved("DURATION", duration(1, u), "absolute")
    if rel in ("the previous", "the prior", "the preceding", "the following", "the same"):
        return anaphoric(r, u, rel, mod)
    if r.today is None:
        return Resolved("DATE", _UNRESOLVED.get(u, "XXXX"), "unresolved", mod)
    return Resolved("DATE", unit_of(u, _STEPS.get(rel, 0), r.today).value(), "reference", mod)


def ago_value(r: Resolver, u: str, n: int, from_text: bool) -> Resolved:
    """The ``u`` that is ``n`` units from the text's last date (``from_text``: "two days
    later") or from the reference date ("two days ago"), at the unit's grain."""
    if from_text and r.anchor is not None:
        base, basis = r.anchor, "context"
    elif r.today is not None:
        base, basis = V.day(r.today), "reference"
    else:
        return Resolved("DATE", "XXXX", "unresolved")
    if u in ("hour", "minute", "second"):
        if base.grain not in ("day", "time"):
            return Resolved("DATE", "XXXX-XX-XX", "unresolved")
        return Resolved("DATE", V.coarsen(base, "day").value(), basis)
    grain, size = _UNIT_GRAIN.get(u, (u, 1))
    if GRAIN_SIZE[base.grain] > GRAIN_SIZE[grain]:
        return Resolved("DATE", "XXXX", "unresolved")
    return Resolved("DATE", V.shift(V.coarsen(base, grain), n * size, grain).value(), basis)


def _ago(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    u = unit(m["unit"])
    n = count(m["n"])
    d = norm(m["dir"])
    sign = 1 if d in ("later", "from now", "hence") else -1
    if n is None or n != int(n):
        return Resolved("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", "reference")
    n = int(n) * sign
    if u == "year" and n == -1 and r.quarter is not None and r.pos - r.quarter_at < NEAR:
        return comparison(r)  # "net rose to $5m from $4m a year earlier"
    v = ago_value(r, u, n, d in ("earlier", "later"))
    # "a year earlier" compares; "two days later" moves the story on
    c = V.parse(v.value)
    keep = d != "earlier" and c is not None and c.grain == "day"
    return Resolved(v.type, v.value, v.basis, v.mod, focus=keep)


def _agobare(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    d = norm(m["dir"])
    return Resolved("DATE", "FUTURE_REF" if d == "later" else "PAST_REF", "reference")


def _theunit(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    """'the year', 'the fiscal year', 'the week': the one under discussion; 'the year
    ended June 30' is a twelve-month period."""
    u = m["unit"].lower()
    ending = _ENDING_RE.match(r.text, end, min(len(r.text), end + 20))
    if ending or last_word(r.text, start) in ("throughout", "over"):
        return Resolved("DURATION", duration(1, u), "absolute")
    base = r.anchor
    if u == "year" or base is None or GRAIN_SIZE[base.grain] > GRAIN_SIZE[u]:
        if r.today is None:
            xs = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX"}[u]
            return Resolved("DATE", xs, "unresolved")
        return Resolved("DATE", V.coarsen(V.day(r.today), u).value(), "reference", focus=False)
    return Resolved("DATE", V.coarsen(base, u).value(), "context", focus=False)


def _weekend(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    w = norm(m.group())
    today = r.today
    if today is None:
        return Resolved("DATE", "XXXX-WXX-WE", "unresolved")
    wd = today.weekday()
    if "last" in w or "past" in w:
        d = today - timedelta(days=wd + 1) if wd < 5 else today - timedelta(days=7)
    elif "next" in w or "coming" in w:
        d = today + timedelta(days=(5 - wd) % 7 or 7)
    elif "this" in w or wd >= 5:
        d = today
    elif r.tense(start, end) == "future":
        d = today + timedelta(days=5 - wd)
    else:
        d = today - timedelta(days=wd + 1)
    return Resolved("DATE", V.weekend_of(d).value(), "reference")


def _namedweek(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    """A week a campaign is named for ('its "clean air" week'): the one the
    text is written in, unless the sentence points elsewhere."""
    if r.today is None:
        return Resolved("DATE", "XXXX-WXX", "unresolved")
    return Resolved("DATE", V.week_of(r.today).value(), "reference")


def _two_back(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    """'the week before last', 'the year after next': two units from the reference
    date's, at that unit's grain."""
    u = m["unit"].lower()
    if r.today is None:
        return Resolved("DATE", _UNRESOLVED.get(u, "XXXX"), "unresolved")
    n = -2 if m["dir"].lower().startswith("before") else 2
    return Resolved("DATE", unit_of(u, n, r.today).value(), "reference")


def _not_title(m: re.Match, text: str) -> bool:
    return not titled(m)


RULES = (
    rule(
        "relunit",
        r"(?<![\w])(?:(?P<pre>earlier|later|early|late|mid)[-\s]+)?"
        r"(?P<rel>last|this|next|the\s+past|the\s+coming|the\s+previous|the\s+following"
        r"|the\s+current|the\s+same|the\s+next|the\s+last|the\s+prior|past|coming|previous"
        r"|current|the\s+latest|the\s+preceding|the\s+present)"
        r"\s+(?P<fiscal>fiscal\s+)?(?P<unit>week|weekend|fortnight|month|year|quarter|decade"
        r"|century|millennium|season)(?![\w-])"
        r"(?:(?P<ago>\s+(?:ago|earlier|before))"
        r"|\s+(?P<lastyear>last\s+year|a\s+year\s+(?:ago|earlier)))?",
        "week weekend fortnight month year quarter decade century millennium season",
        _relunit,
        accept=_not_title,
        first=True,
        modifier="position",
        examples=(
            Example("The minister visited Ankara last month.", _DCT, "2023-07"),
            Example("A new law takes effect next year.", _DCT, "2024"),
            Example("Arrivals fell this week.", _DCT, "2023-W32"),
            Example("Crossings fell over the past fortnight.", _DCT, "P2W"),
        ),
    ),
    rule(
        "ago",
        rf"(?<![\w])(?P<n>{COUNT})\s+(?P<unit>{UNIT})(?:\s+or\s+(?:so|two|three))?"
        rf"\s+(?P<dir>ago|earlier|later|from\s+now|hence|back|previously)(?![\w])",
        "ago earlier later now hence back previously",
        _ago,
        accept=_not_title,
        first=True,
        modifier="quantity",
        examples=(
            Example("The camp was cleared three years ago.", _DCT, "2020"),
            Example("He was arrested two days ago.", _DCT, "2023-08-07"),
            Example(
                "The deal was signed on 2 May. A week later it collapsed.",
                _DCT,
                "2023-W19",
                "A week later",
            ),
            # counted from the last date the text gave, not from the reference date
            Example(
                "The treaty was signed in March 2021. A month earlier, envoys met.",
                _DCT,
                "2021-02",
                "A month earlier",
            ),
        ),
    ),
    # "the week before last" (not "the week before last Tuesday's vote")
    rule(
        "beforelast",
        rf"(?<![\w])the\s+(?P<unit>week|weekend|month|year)\s+(?P<dir>before\s+last|after\s+next)"
        rf"(?![\w'’-])(?!\s+(?:{WD}|{MON}|week|weekend|month|year|night|time)(?![\w]))",
        "last next",
        _two_back,
        examples=(
            Example("Prices peaked the year before last.", _DCT, "2021"),
            Example("Talks resume the week after next.", _DCT, "2023-W34"),
            Example("The vote was held the month before last.", _DCT, "2023-06"),
        ),
    ),
    rule(
        "agobare",
        r"(?<![\w])(?P<unit>years|months|weeks|days|decades|centuries|millennia)"
        r"\s+(?P<dir>ago|earlier|later)(?![\w])",
        "ago earlier later",
        _agobare,
        examples=(Example("The fence went up years ago.", _DCT, "PAST_REF"),),
    ),
    rule(
        "theunit",
        r"(?<![\w])the\s+(?:(?P<q>full|fiscal|calendar|entire|whole)\s+)?(?P<unit>year|week|month)"
        r"(?![\w-])(?!\s+(?:before|after|earlier|later|ago|of\s+(?!the\b)))",
        "year week month",
        _theunit,
        modifier="position",
        examples=(Example("Sales for the year rose 4%.", _DCT, "2023"),),
    ),
    rule(
        "namedweek",
        r"(?:(?<=\bits\s)|(?<=\btheir\s)|(?<=\bthe\s)|(?<=\bthis\s)|(?<=\bour\s))"
        r"(?P<name>[\"“‘'][^\"”’'\n]{2,40}[\"”’'])\s+week(?![\w])",
        "week",
        _namedweek,
        examples=(Example('The council began its "clean air" week.', _DCT, "2023-W32"),),
    ),
    rule(
        "weekend",
        r"(?<![\w])(?:the|this|last|next|this\s+past|this\s+coming)\s+weekend(?![\w])",
        "weekend",
        _weekend,
        modifier="position",
        examples=(Example("Hundreds crossed at the weekend.", _DCT, "2023-W31-WE"),),
    ),
)
