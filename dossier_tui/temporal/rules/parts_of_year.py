"""Parts of a year: seasons ("last summer", "autumn 2022"), quarters ("the third
quarter", "Q3 2023") and halves ("the first half of 2023", "H2 2023")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier_tui.temporal import values as V
from dossier_tui.temporal.candidate import Resolved
from dossier_tui.temporal.context import word_after, word_before
from dossier_tui.temporal.lexicon import SEASONS, spelled_year
from dossier_tui.temporal.patterns import QORD, REL, SEASON, SPELLED_YEAR, YEAR, YEARREL
from dossier_tui.temporal.rule import Example, rule
from dossier_tui.temporal.rules.years import century_for
from dossier_tui.temporal.units import QUARTER_ORDINALS, YEAR_STEP, norm

if TYPE_CHECKING:
    from dossier_tui.temporal.resolve import Resolver

_ORDER = ("SP", "SU", "FA", "WI")
_SEASON_MODS = {"early": "START", "late": "END", "mid": "MID"}
#: words before a bare season that make it a time: "in spring", "during the winter"
_SEASON_BEFORE = frozenset(
    "in during by until since through throughout over this last next".split()
)
#: "fall" and "spring" are also verbs and nouns: fewer words vouch for them
_FALL_SPRING_BEFORE = _SEASON_BEFORE | {"early", "late", "mid"}
#: nouns after a season that make it one: "the summer recess", "winter months"
_SEASON_NOUNS = frozenset("season term session recess break holiday holidays months".split())
_OTHER_SEASON_BEFORE = _SEASON_BEFORE | {"for", "all", "each", "every", "before", "after", "till"}


def _accept_season(m: re.Match, text: str) -> bool:
    """'in the spring', 'last winter', 'autumn 2022', 'summer holidays' are seasons;
    'the fall of Kabul' and a bare 'spring' or 'fall' (a verb, a noun) are not."""
    if m["y"]:
        return True
    rel = (m["rel"] or "").lower()
    nxt, sep = word_after(text, m.end())
    if rel in ("the", "") and sep.strip() == "":
        if nxt.lower() == "of":
            return False  # "the fall of Kabul"
        if nxt.lower() in _SEASON_NOUNS:
            return True  # "the summer recess", "winter months"
    if rel or m["pos"]:
        return True
    prev = word_before(text, m.start()).lower()
    if m["season"].lower() in ("fall", "spring"):
        return prev in _FALL_SPRING_BEFORE
    return prev in _OTHER_SEASON_BEFORE


def _season(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    code = SEASONS[m["season"].lower()]
    rel = norm(m["rel"])
    mod = _SEASON_MODS.get(norm(m["pos"]))
    y = m["y"] or (spelled_year(m["sy"]) if m["sy"] else None)
    if y:
        return Resolved("DATE", f"{int(y):04d}-{code}", "absolute", mod)
    if r.today is None:
        return Resolved("DATE", f"XXXX-{code}", "unresolved", mod)
    cur = V.season_of(r.today)
    # the most recent season with this code that has started, and the next one
    steps_back = (_ORDER.index(cur.season) - _ORDER.index(code)) % 4
    recent = V.shift(cur, -steps_back, "season") if steps_back else cur
    upcoming = recent if steps_back == 0 else V.shift(recent, 4, "season")
    if rel == "this":
        target = cur if steps_back == 0 else recent if recent.year == r.today.year else upcoming
    elif rel in ("last", "past", "this past"):
        target = V.shift(recent, -4, "season") if steps_back == 0 else recent
    elif rel in ("next", "coming", "this coming"):
        target = V.shift(cur, 4, "season") if steps_back == 0 else upcoming
    else:
        t = r.tense(start, end)
        if steps_back == 0:
            target = cur
        elif t == "past":
            target = recent
        elif t == "future":
            target = upcoming
        else:
            target = recent if recent.year == r.today.year else upcoming
    return Resolved("DATE", target.value(), "reference", mod)


def _quarter_year(r: Resolver, q: int, start: int, end: int) -> int | None:
    """The year of a quarter named without one: nearest occurrence, by tense."""
    return r.year_for(3 * q, None, start, end)


def _quarter(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    q = QUARTER_ORDINALS[m["ord"].lower()]
    y = m["y1"] or m["y2"]
    yrel = norm(m["yrel"] or m["yrel2"])
    if y:
        return Resolved("DATE", f"{y}-Q{q}", "absolute")
    if yrel == "the year" and r.anchor is not None:
        return Resolved("DATE", f"{r.anchor.year:04d}-Q{q}", "context")
    if yrel and yrel != "the year" and r.today is not None:
        return Resolved("DATE", f"{r.today.year + YEAR_STEP[yrel]:04d}-Q{q}", "reference")
    year = _quarter_year(r, q, start, end)
    if year is None:
        return Resolved("DATE", f"XXXX-Q{q}", "unresolved")
    return Resolved("DATE", f"{year:04d}-Q{q}", "reference")


def _trim_quarter(m: re.Match, text: str) -> int | None:
    """'the third-quarter [loss]': the article belongs to the noun that follows."""
    if m["det"] and "-" in text[m.start("ord") : m.end()]:
        return re.compile(r"\s*").match(text, m.end("det")).end()
    return None


def _qcode(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    q = int((m["q"] or m["q0"])[1])
    y = m["y"] or m["y0"]
    if y:
        y = int(y)
        if y < 100:
            y += 2000 if y < 50 else 1900
        return Resolved("DATE", f"{y:04d}-Q{q}", "absolute")
    year = _quarter_year(r, q, start, end)
    return Resolved("DATE", f"{year:04d}-Q{q}" if year else f"XXXX-Q{q}", r.basis())


def _accept_qcode(m: re.Match, text: str) -> bool:
    return m.group()[:1] in "Q1234567890" or m.group()[:1].isdigit()


def _half(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    h = 1 if m["ord"].lower() in ("first", "1st") else 2
    if m["y"]:
        return Resolved("DATE", f"{m['y']}-H{h}", "absolute")
    if m["dec"]:
        dec = m["dec"].lstrip("'’")
        dec = int(dec) if len(dec) == 4 else century_for(r, int(dec)) + int(dec)
        return Resolved("DATE", f"{dec // 10:03d}", "absolute", "START" if h == 1 else "END")
    yrel = norm(m["yrel"])
    if yrel == "the year":
        if r.anchor is not None:
            return Resolved("DATE", f"{r.anchor.year:04d}-H{h}", "context")
        yrel = "this year"
    if r.today is None:
        return Resolved("DATE", f"XXXX-H{h}", "unresolved")
    return Resolved("DATE", f"{r.today.year + YEAR_STEP[yrel]:04d}-H{h}", "reference")


def _hcode(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    return Resolved("DATE", f"{m['y']}-{m['h'].upper()}", "absolute")


_DCT = "2023-08-09"

RULES = (
    rule(
        "season",
        rf"(?<![\w])(?:(?P<rel>{REL}|the|this\s+past)\s+)?(?:(?P<pos>early|late|mid)[-\s]?)?"
        rf"(?P<season>{SEASON})(?![\w])(?:\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?P<sy>{SPELLED_YEAR})))?",
        "spring summer autumn fall winter",
        _season,
        accept=_accept_season,
        modifier="position",
        examples=(
            Example("Crossings peaked last summer.", _DCT, "2022-SU"),
            Example("A deal is expected by autumn 2024.", None, "2024-FA"),
        ),
    ),
    rule(
        "quarter",
        rf"(?<![\w])(?:(?P<det>the|this|that)\s+)?"
        rf"(?:(?P<y1>{YEAR})\s+|(?P<yrel>{YEARREL})['’]s\s+)?(?:fiscal[-\s]+)?"
        rf"(?P<ord>{QORD})[-\s]+(?:fiscal[-\s]+)?quarter(?![\w])"
        rf"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<y2>{YEAR})|(?P<yrel2>{YEARREL}|the\s+year)))?",
        "quarter",
        _quarter,
        trim=_trim_quarter,
        modifier="position",
        examples=(
            Example("Profits rose in the third quarter of 2023.", None, "2023-Q3"),
            Example("It posted a third-quarter loss.", _DCT, "2023-Q3", "third-quarter"),
        ),
    ),
    rule(
        "qcode",
        rf"(?<![\w])(?:(?P<q>Q[1-4])(?:\s+|/|-)?(?P<y>{YEAR}|\d\d)?"
        rf"|(?P<y0>{YEAR})[\s-]?(?P<q0>Q[1-4]))(?![\w])",
        "q",
        _qcode,
        accept=_accept_qcode,
        examples=(Example("Sales fell in Q3 2023.", None, "2023-Q3"),),
    ),
    rule(
        "half",
        rf"(?<![\w])(?:the\s+)?(?P<ord>first|second|last|latter|1st|2nd)\s+half\s+of\s+"
        rf"(?:(?P<y>{YEAR})|(?P<yrel>{YEARREL}|the\s+year)"
        rf"|the\s+(?P<dec>1[0-9]\d0|20\d0|['’]\d0)s)",
        "half",
        _half,
        examples=(
            Example("Arrivals doubled in the first half of 2023.", None, "2023-H1"),
            Example("Growth slowed in the second half of last year.", _DCT, "2022-H2"),
        ),
    ),
    rule(
        "hcode",
        rf"(?<![\w])(?P<h>H[12])\s+(?P<y>{YEAR})",
        "h",
        _hcode,
        examples=(Example("Results for H1 2023 were weak.", None, "2023-H1"),),
    ),
)
