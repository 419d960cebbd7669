"""The periods of a results report: "the quarter", "the latest quarter", "the same
period last year", "the year-ago quarter". They point at the quarter being reported."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier_tui.temporal import values as V
from dossier_tui.temporal.anaphora import comparison, quarter_ref
from dossier_tui.temporal.candidate import Resolved
from dossier_tui.temporal.lexicon import number
from dossier_tui.temporal.patterns import YEAR, YEARREL
from dossier_tui.temporal.rule import Example, rule
from dossier_tui.temporal.units import QUARTER_ORDINALS, YEAR_STEP, norm

if TYPE_CHECKING:
    from dossier_tui.temporal.resolve import Resolver

_DCT = "2023-08-09"
_QUARTER_ORDINAL = re.compile(r"(first|second|third|fourth)")


def _yearago(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    """'the year-ago quarter', 'the year-earlier period', 'year-earlier' (adjective)."""
    if m["adj"]:
        return comparison(r)
    what = norm(m["what"])
    qm = _QUARTER_ORDINAL.match(what)
    if qm:
        q = QUARTER_ORDINALS[qm.group(1)]
        if r.today is None:
            return Resolved("DATE", f"XXXX-Q{q}", "unresolved", focus=False)
        year = (r.quarter.year if r.quarter else r.today.year) - 1
        return Resolved("DATE", f"{year:04d}-Q{q}", "context", focus=False)
    n = number(what.split()[0]) if what.endswith("months") and " " in what else None
    if n:
        return Resolved("DURATION", f"P{n}M", "absolute", focus=False)
    if what == "year":
        if r.today is None:
            return Resolved("DATE", "XXXX", "unresolved", focus=False)
        return Resolved("DATE", f"{r.today.year - 1:04d}", "reference", focus=False)
    if what == "quarter" and r.quarter is None and r.today is not None:
        q = V.shift(V.quarter_of(r.today), -1)
        return Resolved("DATE", V.shift(q, -1, "year").value(), "reference", focus=False)
    return comparison(r)


def _period(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    y = m["y"] or m["y2"]
    if m["ly"]:
        return comparison(r)
    base = r.quarter
    if y:
        if base is not None and m["noun"].lower() == "quarter":
            return Resolved("DATE", f"{y}-Q{base.part}", "context", focus=False)
        return Resolved("DATE", y, "absolute", focus=False)
    if m["yrel"]:
        if r.today is None:
            return Resolved("DATE", "XXXX", "unresolved")
        year = r.today.year + YEAR_STEP[norm(m["yrel"])]
        if base is not None:
            return Resolved("DATE", f"{year:04d}-Q{base.part}", "context", focus=year == base.year)
        return Resolved("DATE", f"{year:04d}", "reference")
    return quarter_ref(r, "the latest", end)


def _thequarter(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    if m["ly"]:  # "the quarter a year ago"
        return comparison(r)
    return quarter_ref(r, norm(m["which"]) or "the", end)


_REPORT = "Profit rose in the second quarter of 2023. "

RULES = (
    rule(
        "yearago",
        r"(?<![\w])(?:(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?"
        r"(?P<ya>year[-\s](?:ago|earlier)|prior[-\s]year|previous[-\s]year)"
        r"\s+(?P<what>(?:(?:first|second|third|fourth)[-\s]+)?quarter|period|months?"
        r"|nine\s+months|six\s+months|half|year)"
        r"|(?P<adj>year[-\s](?:ago|earlier)))(?![\w-])",
        "year",
        _yearago,
        first=True,
        examples=(
            Example(
                _REPORT + "It beat the year-ago quarter.", _DCT, "2022-Q2", "the year-ago quarter"
            ),
        ),
    ),
    rule(
        "period",
        rf"(?<![\w])the\s+(?:(?P<which>latest|same|comparable|corresponding|recent|current"
        rf"|(?P<y>{YEAR})|(?P<yrel>{YEARREL})['’]s)\s+)?(?P<noun>period|(?<=\d\s)quarter)"
        rf"(?:\s+(?P<ly>last\s+year|a\s+year\s+(?:ago|earlier)|of\s+(?P<y2>{YEAR})))?(?![\w])",
        "period quarter",
        _period,
        first=True,
        examples=(
            Example(
                _REPORT + "Sales were flat in the same period last year.",
                _DCT,
                "2022-Q2",
                "the same period last year",
            ),
        ),
    ),
    rule(
        "thequarter",
        r"(?<![\w])(?:the|this|that|its)\s+(?:(?P<which>latest|current|recent|most\s+recent"
        r"|same|comparable|corresponding|just[-\s]ended|fiscal)\s+)?quarter(?![\w])"
        r"(?:\s+(?P<ly>a\s+year\s+(?:ago|earlier)|last\s+year))?",
        "quarter",
        _thequarter,
        first=True,
        examples=(Example(_REPORT + "Costs rose in the quarter.", _DCT, "2023-Q2", "the quarter"),),
    ),
)
