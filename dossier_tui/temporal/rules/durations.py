"""Lengths of time: "three years", "a 16-hour shift", "a day-long meeting", "for a
while", "half an hour", "over the years", "for decades"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier_tui.temporal.candidate import Resolved
from dossier_tui.temporal.context import titled, word_after, word_before
from dossier_tui.temporal.lexicon import COUNT, NUM
from dossier_tui.temporal.patterns import UNIT, UNIT_WORDS
from dossier_tui.temporal.rule import Example, rule
from dossier_tui.temporal.units import count, duration, unit

if TYPE_CHECKING:
    from dossier_tui.temporal.resolve import Resolver

_MODAL_BEFORE = re.compile(r"\b(?:will|would|may|might|could|should|shall|must)\s+$", re.I)


def _duration(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    u = unit(m["unit"])
    n = count(m["n"])
    if (
        m["n"].lower() == "one"
        and u == "day"
        and not m["det"]
        and _MODAL_BEFORE.search(r.text, max(0, start - 12), start)
    ):
        return Resolved("DATE", "FUTURE_REF", "reference")  # "Islam will one day be ..."
    if m["n0"] or m["n1"]:  # "two to three weeks": a range
        n = None
    if n is not None and (m["frac"] or m["frac2"]):
        n += 0.5
    if u == "quarter" and n is not None:
        return Resolved("DURATION", f"P{n:g}Q" if n == int(n) else f"P{n * 3:g}M", "absolute")
    if u == "quarter":
        return Resolved("DURATION", "PXQ", "absolute")
    return Resolved("DURATION", duration(n, u), "absolute")


def _accept_duration(m: re.Match, text: str) -> bool:
    """Not a title ("60 Minutes"), an ordinal ("a second referendum") or a fraction
    ("a quarter of the vote")."""
    if titled(m):
        return False
    n, u = m["n"].lower(), m["unit"].lower()
    nxt, sep = word_after(text, m.end())
    glued = sep.strip() == ""
    if u == "second" and n in ("a", "an", "one") and glued and nxt[:1].isalpha():
        return False  # "a second referendum"
    if u == "seconds" and n == "one" and glued and nxt[:1].isalpha():
        return False
    # "a quarter of the vote", "three quarters of voters": fractions
    return not (
        u.startswith("quarter") and glued and nxt.lower() == "of" and n in ("a", "one", "three")
    )


def _trim_article(m: re.Match, text: str) -> int | None:
    """'a 16-hour [shift]' -> '16-hour': an adjectival duration leaves its article to
    the noun that follows."""
    adjectival = (
        not m["unit"].lower().endswith("s")
        and m["n"].lower() not in ("a", "an", "one")
        and not m["rel"]
    )
    if m["det"] and (adjectival or "-" in text[m.start("n") : m.end("unit")]):
        return m.start("n")
    return None


def _unitlong(
    r: Resolver, m: re.Match, start: int, end: int
) -> Resolved | None:  # "a day-long meeting"
    return Resolved("DURATION", duration(1, m["unit"].lower()), "absolute")


def _awhile(
    r: Resolver, m: re.Match, start: int, end: int
) -> Resolved | None:  # "for a while": some length of time
    return Resolved("DURATION", "PXX", "absolute")


def _halfunit(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    return Resolved("DURATION", duration(0.5, unit(m["unit"])), "absolute")


def _some_units(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    """'over the years', 'for decades': some number of a unit."""
    u = unit(m["unit"] or m["unit2"] or m["unit3"])
    return Resolved("DURATION", duration(None, u), "absolute")


def _accept_bare(m: re.Match, text: str) -> bool:
    """'for years', 'weeks of delays', 'decades-long'; not 'in years' or 'the early hours'."""
    before = word_before(text, m.start()).lower()
    return (
        bool(m["adj"])
        or m["of"] is not None
        and before not in ("early", "small", "late", "wee")
        or before in ("for", "over", "within", "after", "lasting", "spanning")
    )


RULES = (
    rule(
        "duration",
        rf"(?<![\w$£€#.,])(?:(?P<det>the|a|an|this|these|those|its|his|her|their)\s+)?"
        r"(?:(?P<rel>past|last|next|coming|first|final|previous|following|remaining|latest"
        r"|preceding|initial|subsequent|entire|whole|full|other)\s+)?"
        rf"(?:(?P<n0>{NUM})\s+(?:to|or)\s+|(?P<n1>\d+)[-–])?(?P<n>{COUNT})"
        r"(?P<frac>\s+1/2|[-\s]+and[-\s]+a[-\s]+half)?(?:\s+or\s+so)?"
        r"(?:[-\s]+(?P<more>more|additional|further|extra|straight|consecutive|full|long"
        r"|trading|business|working|calendar))?"
        rf"[-\s]+(?P<unit>{UNIT})(?![\w])(?P<frac2>[-\s]+and[-\s]+a[-\s]+half)?(?P<adj>-long)?"
        r"(?![-\s]+old\b)",
        UNIT_WORDS,
        _duration,
        accept=_accept_duration,
        modifier="quantity-mod",
        trim=_trim_article,
        examples=(
            Example("The inquiry lasted three years.", None, "P3Y"),
            Example("Guards worked a 16-hour shift.", None, "PT16H", "16-hour"),
            Example("Talks ran for two and a half days.", None, "P2DT12H"),
        ),
    ),
    rule(
        "unitlong",
        r"(?<![\w-])(?P<unit>hour|day|week|fortnight|month|year|decade|century)-long(?![\w-])",
        "long",
        _unitlong,
        examples=(Example("Ministers held day-long talks.", None, "P1D"),),
    ),
    rule(
        "awhile",
        r"(?:(?<=\bfor\s)|(?<=\bafter\s)|(?<=\bin\s))a\s+(?:little\s+|short\s+|long\s+)?while"
        r"(?![\w])",
        "while",
        _awhile,
        examples=(Example("The road was shut for a while.", None, "PXX"),),
    ),
    rule(
        "halfunit",
        r"(?<![\w])(?:half\s+an?|a\s+half)[-\s]+(?P<unit>hour|day|year|month|century|decade)"
        r"(?![\w])",
        "half",
        _halfunit,
        modifier="quantity",
        examples=(Example("The hearing lasted half an hour.", None, "PT30M"),),
    ),
    rule(
        "vaguespan",
        r"(?<![\w])(?:(?<=\bover\s)the\s+(?P<unit>years|months|weeks|decades|centuries"
        r"|millennia)(?![\w-])"
        r"|the\s+(?P<unit2>days|weeks|months|years)\s+ahead"
        r"|the\s+(?P<unit3>years|months|weeks|days)(?=\s+that\s+followed))",
        "years months weeks decades days centuries millennia",
        _some_units,
        examples=(Example("The route has changed over the years.", None, "PXY"),),
    ),
    rule(
        "bare",
        r"(?<![\w-])(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries|millennia)"
        r"(?:(?P<adj>-(?:long|old))|(?=\s+of\s+(?!the\b|a\b|an\b|age\b|\d))(?P<of>))?(?![\w-])",
        "years months weeks days decades hours minutes centuries millennia",
        _some_units,
        accept=_accept_bare,
        examples=(Example("The families waited for months.", None, "PXM"),),
    ),
)
