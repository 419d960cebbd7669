"""Times the text has just been talking about: "that day", "the following week",
"the day before", "later in the day", "until then", "at the time"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier_tui.temporal import values as V
from dossier_tui.temporal.anaphora import anaphoric, quarter_ref
from dossier_tui.temporal.candidate import Resolved
from dossier_tui.temporal.rule import Example, rule
from dossier_tui.temporal.units import GRAIN_SIZE, norm

if TYPE_CHECKING:
    from dossier_tui.temporal.resolve import Resolver

_DCT = "2023-08-09"
_EDGE = {"early": "START", "late": "END"}


def _anaphor(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    mod = _EDGE.get(norm(m["pre"]))
    rel = norm(m["rel"])
    if m["unit"].lower() == "quarter":
        return quarter_ref(r, rel, end, mod)
    return anaphoric(r, m["unit"].lower(), rel, mod)


def _theday(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    """'the morning', 'later in the day': a part of the day being discussed."""
    if not m["unit"]:
        return anaphoric(r, m["pod"].lower(), "that", None)
    unit = m["unit"].lower()
    base = r.anchor if unit != "year" else None
    if base is not None and GRAIN_SIZE[base.grain] <= GRAIN_SIZE[unit]:
        return Resolved("DATE", V.coarsen(base, unit).value(), "context", focus=False)
    if r.today is None:
        return Resolved("DATE", "XXXX", "unresolved")
    return Resolved("DATE", V.coarsen(V.day(r.today), unit).value(), "reference", focus=False)


def _daybefore(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    d = norm(m["dir"])
    rel = "the previous" if d in ("before", "earlier", "prior") else "the following"
    return anaphoric(r, m["unit"].lower(), rel, None)


def _then(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    """'until then', 'since then', 'at the time,': the time the text was just
    talking about."""
    if r.anchor is None:
        return None  # nothing to refer back to: not a usable time expression
    if m[0].endswith("time") and r.today is not None:
        span = V.time_value(r.anchor.value())
        if span.first is not None and span.first > r.today:
            # "at the time" looks back: the last date named lies ahead ("a hearing on 28
            # September. His doctor at the time, ..."), so it is not the one meant
            return None
    return Resolved("DATE", r.anchor.value(), "context", focus=False)


RULES = (
    rule(
        "anaphor",
        r"(?<![\w])(?:(?P<pre>earlier|later|early|late)\s+)?"
        r"(?P<rel>that(?:\s+same)?|the\s+same|the\s+following|the\s+next|the\s+previous"
        r"|the\s+prior)\s+(?P<unit>day|night|morning|evening|afternoon|week|weekend|month|year)"
        r"(?![\w-])",
        "day night morning evening afternoon week weekend month year",
        _anaphor,
        examples=(
            Example(
                "Talks began on 3 May. The following day they broke down.",
                _DCT,
                "2023-05-04",
                "The following day",
            ),
            Example("He arrived in 2019. That year the camp closed.", _DCT, "2019", "That year"),
        ),
    ),
    rule(
        "theday",
        r"(?<![\w])(?:(?P<pre>later|earlier)\s+in\s+)?"
        r"(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bby\s)|(?<=\bthrough\s))?"
        r"the\s+(?P<pod>morning|afternoon|evening)(?![\w])"
        r"|(?<![\w])(?P<pre2>later|earlier)\s+in\s+the\s+(?P<unit>day|week|month|year)(?![\w])",
        "morning afternoon evening day week month year",
        _theday,
        examples=(
            Example(
                "Police arrived on 3 May. Later in the day a second boat landed.",
                _DCT,
                "2023-05-03",
                "Later in the day",
            ),
            Example(
                "The boat left on 3 May and sank in the evening.",
                _DCT,
                "2023-05-03TEV",
                "the evening",
            ),
        ),
    ),
    rule(
        "daybefore",
        r"(?<![\w])the\s+(?P<unit>day|night|week|month|year)\s+"
        r"(?P<dir>before|after|earlier|later|prior)(?=[\s]*[.,;:)!?]|\s+(?:that|this|last"
        r"|the\s+(?:attack|shooting|bombing|election|vote|murder|slaying|crash|incident"
        r"|meeting|event)))",
        "day night week month year",
        _daybefore,
        examples=(
            Example(
                "The vote was on 4 July. The day before, crowds gathered.",
                _DCT,
                "2023-07-03",
                "The day before",
            ),
        ),
    ),
    # the time being talked of: "until then"; "at the time," (not "at the time of", nor
    # "at the time he arrived", where a clause says which time)
    rule(
        "then",
        r"(?:(?<=\buntil\s)|(?<=\btill\s)|(?<=\bby\s)|(?<=\bsince\s))then(?![\w-])"
        r"|(?<=\bat\s)the\s+time(?=\s*(?:[,.;:!?)\"”’]|[—–-]\s|$))",
        "then time",
        _then,
        examples=(
            Example(
                "The camp opened in 2019. Since then, numbers have doubled.", _DCT, "2019", "then"
            ),
            Example(
                "He was arrested in March 2021. At the time, he denied it.",
                _DCT,
                "2021-03",
                "the time",
            ),
        ),
    ),
)
