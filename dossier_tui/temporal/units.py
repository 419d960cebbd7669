"""Units and amounts of time as TIMEX3 writes them: ISO 8601 durations (P3D, PT2H,
PXW), unit words in the singular, counts in words, and the grains values are kept at."""

from __future__ import annotations

import re

from dossier_tui.calendar_words import month_number
from dossier_tui.temporal.lexicon import UNIT_PLURALS, UNITS, VAGUE, number

_WS = re.compile(r"\s+")
#: the grains of a calendar value, from finest to coarsest
GRAIN_SIZE = {
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
#: how a quarter is written as an ordinal: "third quarter", "Q3" aside
QUARTER_ORDINALS = {
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
#: how many years from now "this year", "last year", "next year" are
YEAR_STEP = {"this year": 0, "last year": -1, "next year": 1}
_SCALE = {"fortnight": 2, "decade": 10, "century": 100, "millennium": 1000, "weekend": 2}
#: half a unit in the next smaller one: 1.5 years -> P1Y6M, 1.5 hours -> PT1H30M
_HALF = {"Y": ("M", 6), "M": ("D", 15), "W": ("D", 3.5), "D": ("H", 12), "H": ("M", 30)}


def norm(s: str | None) -> str:
    """A matched phrase in lower case with its spaces made single; "" for None."""
    return _WS.sub(" ", s.lower()).strip() if s else ""


def unit(word: str) -> str:
    """'Years' -> 'year', 'centuries' -> 'century'."""
    w = word.lower()
    if w in UNIT_PLURALS:
        return UNIT_PLURALS[w]
    return w[:-1] if w.endswith("s") and w[:-1] in UNITS else w


def month_num(word: str) -> int:
    """The number of a month name the patterns matched (so known to be one)."""
    n = month_number(word)
    if n is None:
        raise KeyError(word)
    return n


def count(word: str) -> float | None:
    """How many a count says: a number, or None for a vague one ("several")."""
    w = norm(word)
    if w in ("a couple of", "a couple", "couple of"):
        return 2
    if w in VAGUE:
        return None
    return number(w)


def duration(n: float | None, unit: str) -> str:
    """ISO-8601 duration as TIMEX3 writes it: P3D, PT2H, PXW, P2Y6M, PT1H30M."""
    code = UNITS[unit]
    scale = _SCALE.get(unit, 1)
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
        smaller = ("S", 30) if code == "M" and time else _HALF.get(code)
        if smaller and smaller[1] == int(smaller[1]):
            sub, amount = smaller
            head = f"{whole}{code}" if whole else ""
            if time:
                return f"PT{head}{int(amount)}{sub}"
            if sub == "H":
                return f"P{head}T{int(amount)}{sub}"
            return f"P{head}{int(amount)}{sub}"
    num = f"{n:g}"
    return f"PT{num}{code}" if time else f"P{num}{code}"
