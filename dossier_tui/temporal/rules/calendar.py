"""Calendar dates: ISO and slashed dates, days of a month, months, and the week of a day."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier_tui.calendar_words import ISO_DATE
from dossier_tui.temporal import values as V
from dossier_tui.temporal.candidate import Resolved
from dossier_tui.temporal.context import capitalised, sentence_start, word_after, word_before
from dossier_tui.temporal.lexicon import spelled_year
from dossier_tui.temporal.patterns import (
    DAY,
    MON,
    MON_FULL,
    MONTH_WORDS,
    REL,
    SPELLED_YEAR,
    WD,
    YEAR,
)
from dossier_tui.temporal.rule import Example, rule
from dossier_tui.temporal.units import month_num, norm
from dossier_tui.word_tables import cues

if TYPE_CHECKING:
    from dossier_tui.temporal.resolve import Resolver

_DIGITS = re.compile(r"\d+")
_CAPITALS = re.compile(r"[A-Z]{2,}")
#: words after "march" that make it the verb ("march on the capital")
_MARCH_VERB_NEXT = ("on", "to", "through", "against", "past", "in", "for")


def day_of(word: str) -> int:
    """The day of the month in "24", "24th"."""
    return int(_DIGITS.match(word).group())


def date_value(r: Resolver, y: int | None, mth: int, d: int | None, start: int, end: int):
    """A day (or month) of the calendar; without a year, the nearest one the clause
    allows (see ``Resolver.year_for``). An impossible day is left out."""
    basis = "absolute"
    if y is None:
        y = r.year_for(mth, d, start, end)
        basis = r.basis()
    if d is not None and y is not None and not V.is_valid_date(y, mth, d):
        d = None
    ys = f"{y:04d}" if y is not None else "XXXX"
    value = f"{ys}-{mth:02d}" + (f"-{d:02d}" if d is not None else "")
    return Resolved("DATE", value, basis)


def _iso(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    y, mth, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not V.is_valid_date(y, mth, d):
        return Resolved("DATE", f"{y:04d}", "absolute")
    if m["h"]:
        return Resolved("TIME", f"{y:04d}-{mth:02d}-{d:02d}T{m['h']}:{m['mi']}", "absolute")
    return Resolved("DATE", f"{y:04d}-{mth:02d}-{d:02d}", "absolute")


def _slash(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 1900 if y >= 50 else 2000
    mth, d = (a, b) if a <= 12 else (b, a)  # month-first (US) unless that is impossible
    if not V.is_valid_date(y, mth, d):
        return Resolved("DATE", f"{y:04d}", "absolute")
    return Resolved("DATE", f"{y:04d}-{mth:02d}-{d:02d}", "absolute")


def _day(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    y = int(m["y"]) if m["y"] else None
    mth, d = month_num(m["mon"]), day_of(m["day"])
    rel = norm(m.groupdict().get("rel"))
    if y is None and rel and r.today is not None:  # "last Oct. 23"
        y = r.today.year
        if rel == "last" and (mth, d) >= (r.today.month, r.today.day):
            y -= 1
        elif rel == "next" and (mth, d) <= (r.today.month, r.today.day):
            y += 1
    return date_value(r, y, mth, d, start, end)


def _range(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    """One day of "April 24 and 25" or "24-25 August": which one, the span says."""
    first = start == m.start()
    day = (m["d1"] if first else m["d2"]) if m["mon"] else (m["e1"] if first else m["e2"])
    y = int(m["y"]) if m["y"] else None
    return date_value(r, y, month_num(m["mon"] or m["mon2"]), day_of(day), start, end)


def _range_days(m: re.Match) -> tuple[tuple[int, int], ...]:
    """ "April 24 and 25, 1999": "April 24" and "25, 1999"."""
    if m["mon"]:
        return ((m.start(), m.end("d1")), (m.start("d2"), m.end()))
    return ((m.start(), m.end("e1")), (m.start("e2"), m.end()))


def _weekof(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    """'the week of March 6': the week that holds that day."""
    mon, day = (m["mon"], m["day"]) if m["mon"] else (m["mon2"], m["day2"])
    y = int(m["y"]) if m["y"] else None
    d = date_value(r, y, month_num(mon), day_of(day), start, end)
    c = V.parse(d.value)
    if c is None or c.grain != "day":
        return Resolved("DATE", "XXXX-WXX", "unresolved")
    return Resolved("DATE", V.week_of(c.as_date()).value(), d.basis)


def _month_year(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    y = int(m["y"]) if m["y"] else spelled_year(m["sy"])
    if y is None:
        return Resolved("DATE", f"XXXX-{month_num(m['mon']):02d}", "unresolved")
    return Resolved("DATE", f"{y:04d}-{month_num(m['mon']):02d}", "absolute")


def _month(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    mth = month_num(m["mon"])
    rel = norm(m["rel"])
    if m["yrel"] and r.today is not None:  # "June last year"
        y = r.today.year + {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()]
        return Resolved("DATE", f"{y:04d}-{mth:02d}", "reference")
    if r.today is None:
        return Resolved("DATE", f"XXXX-{mth:02d}", "unresolved")
    y, cur = r.today.year, r.today.month
    if rel in ("last", "past", "this past"):
        # "last February" said in March is a year back: last month would be "last month"
        y = y if mth < cur - 1 else y - 1
    elif rel in ("next", "coming", "this coming"):
        y = y if mth > cur else y + 1
    elif rel != "this":
        y = r.year_for(mth, None, start, end)
    return Resolved("DATE", f"{y:04d}-{mth:02d}", "reference")


def _capital_month(m: re.Match, text: str) -> bool:
    return capitalised(m["mon"] or m["mon2"])


def _accept_range(m: re.Match, text: str) -> bool:
    """Two days of one month, the second after the first: "April 29 to 5" is a day and a
    number ("raised its alert on April 29 to 5 on the scale")."""
    first, second = (m["d1"], m["d2"]) if m["mon"] else (m["e1"], m["e2"])
    return _capital_month(m, text) and day_of(first) < day_of(second)


def _accept_month(m: re.Match, text: str) -> bool:
    """A month named alone is a month unless it is part of a name ("Theresa May",
    "June Sarpong") or a verb ("may be", "march on")."""
    if not capitalised(m["mon"]):
        return False
    start, end = m.span()
    if m["rel"]:
        return True
    mon = m["mon"].lower()
    nxt, sep = word_after(text, end)
    prev = word_before(text, start)
    before = prev.lower()
    glued = sep.strip() == ""
    if (
        prev
        and capitalised(prev)
        and not sentence_start(text, start)
        and before not in cues("structure_words")
        and before.rstrip(".") not in ("mr", "mrs", "ms")
        and text[start - 2 : start].strip() not in (",", "(")
        and not _CAPITALS.fullmatch(prev)
        and before not in cues("temporal_prep")
    ):
        return False
    if nxt and glued and capitalised(nxt) and nxt.lower() not in cues("time_next"):
        return False
    if mon == "may":
        if glued and nxt.lower() in cues("modal_next"):
            return False
        if sentence_start(text, start) and glued and nxt[:1].islower():
            return before in cues("temporal_prep")
    if mon == "march" and glued and nxt.lower() in _MARCH_VERB_NEXT:
        return before in cues("temporal_prep") and before not in ("the", "a")
    return True


_DMY_EXAMPLE = Example("The talks opened on 9 August 2023 in Ankara.", "2023-08-10", "2023-08-09")

RULES = (
    rule(
        "iso",
        rf"(?<![\w-]){ISO_DATE}(?![\w-])",
        "<d>",
        _iso,
        role="day",
        examples=(
            Example("The order was filed 2023-08-09 at the court.", None, "2023-08-09"),
            Example("Logged at 2023-08-09T06:01 by the agency.", None, "2023-08-09T06:01"),
        ),
    ),
    rule(
        "slash",
        r"(?<![\w/.])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\w/])",
        "<d>",
        _slash,
        examples=(Example("The form was dated 08/09/2023.", None, "2023-08-09"),),
    ),
    rule(
        "mdy",
        rf"(?<![\w])(?:(?P<rel>last|this|next)\s+)?(?:(?P<wd>{WD}),?\s+)?(?P<mon>{MON})"
        rf"\s+(?P<day>{DAY})(?!\w|:\d)(?:(?:,\s*|\s+)(?P<y>{YEAR}))?",
        MONTH_WORDS,
        _day,
        accept=_capital_month,
        role="day",
        modifier="position",
        examples=(
            Example("The vote was held on Aug. 9, 2023.", None, "2023-08-09"),
            Example("Ministers will meet on March 3.", "2023-02-20", "2023-03-03"),
        ),
    ),
    rule(
        "dmy",
        rf"(?<![\w])(?:(?P<wd>{WD}),?\s+)?(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<mon>{MON})"
        rf"(?:,?\s+(?P<y>{YEAR}))?",
        MONTH_WORDS,
        _day,
        accept=_capital_month,
        role="day",
        modifier="position",
        examples=(_DMY_EXAMPLE, Example("He died on the 3rd of May.", "2023-08-10", "2023-05-03")),
    ),
    # "April 24 and 25", "24-25 August 2023": two dates, tagged separately
    rule(
        "range",
        rf"(?<![\w])(?:(?P<mon>{MON})\s+(?P<d1>{DAY})(?:\s*(?:-|–|and|to|through|&)\s*)"
        rf"(?P<d2>{DAY})(?!\w|:\d)"
        rf"|(?P<e1>{DAY})(?:\s*(?:-|–|and|to|&)\s*)(?P<e2>{DAY})\s+(?:of\s+)?(?P<mon2>{MON}))"
        rf"(?:,?\s+(?P<y>{YEAR}))?",
        MONTH_WORDS,
        _range,
        accept=_accept_range,
        split=_range_days,
        examples=(
            Example("Strikes are planned for 24-25 August 2023.", None, "2023-08-24", "24"),
            Example("Strikes are planned for April 24 and 25.", "2023-04-01", "2023-04-25", "25"),
        ),
    ),
    rule(
        "my",
        rf"(?<![\w])(?P<mon>{MON}),?\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?P<sy>{SPELLED_YEAR}))",
        MONTH_WORDS,
        _month_year,
        accept=_capital_month,
        modifier="position",
        examples=(Example("The scheme began in July 2021.", None, "2021-07"),),
    ),
    rule(
        "month",
        rf"(?<![\w])(?:(?P<rel>{REL})\s+)?(?P<mon>{MON_FULL})(?!\s+\d)"
        rf"(?:\s+(?P<yrel>this|last|next)\s+year(?![\w]))?",
        MONTH_WORDS,
        _month,
        accept=_accept_month,
        modifier="position",
        examples=(
            Example("The minister visited Ankara in July.", "2023-08-09", "2023-07"),
            Example("Elections are due next May.", "2023-08-09", "2024-05"),
            Example("Theresa May spoke in June last year.", "2023-08-09", "2022-06"),
        ),
    ),
    rule(
        "weekof",
        rf"(?<![\w])the\s+week\s+(?:of|beginning|starting|ending)\s+(?:(?P<wd>{WD}),?\s+)?"
        rf"(?:(?P<mon>{MON})\s+(?P<day>{DAY})|(?P<day2>{DAY})\s+(?P<mon2>{MON}))(?!\w|:\d)"
        rf"(?:,?\s+(?P<y>{YEAR}))?",
        "week",
        _weekof,
        examples=(Example("Talks resume the week of March 6, 2023.", None, "2023-W10"),),
    ),
)
