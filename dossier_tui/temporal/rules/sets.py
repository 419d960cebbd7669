"""How often something happens (TIMEX3 SET): "every week", "twice a year", "each
Monday", "daily", "$5 a year"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier_tui.calendar_words import MONTHS
from dossier_tui.temporal.candidate import Resolved
from dossier_tui.temporal.context import word_after
from dossier_tui.temporal.lexicon import (
    NUM,
    PARTS_OF_DAY,
    SEASONS,
    SET_WORDS,
    WEEKDAYS,
    alt,
    number,
)
from dossier_tui.temporal.patterns import MON_FULL, POD, SEASON, UNIT, UNIT1, UNIT1_WORDS, WD
from dossier_tui.temporal.rule import Example, rule
from dossier_tui.temporal.units import duration, month_num, norm, unit
from dossier_tui.word_tables import cues

if TYPE_CHECKING:
    from dossier_tui.temporal.resolve import Resolver

#: what a rate follows: "$5 a year", "20% per year", "2 billion a month"
_AMOUNT_WORDS = ("billion", "million", "pounds", "dollars", "percent")


def _set(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    if m["sw"]:
        return Resolved("SET", SET_WORDS[m["sw"].lower()], "absolute")
    if m["freq"]:
        return Resolved("SET", duration(1, unit(m["funit"])), "absolute")
    word = norm(m["eunit"])
    n = number(m["n"]) if m["n"] else 1
    if "other" in norm(m.group()):
        n = 2
    if word in WEEKDAYS:
        return Resolved("SET", f"XXXX-WXX-{WEEKDAYS[word] + 1}", "absolute")
    if word in SEASONS:
        return Resolved("SET", f"XXXX-{SEASONS[word]}", "absolute")
    if word.rstrip(".") in MONTHS or word in MONTHS:
        return Resolved("SET", f"XXXX-{month_num(word):02d}", "absolute")
    if word in PARTS_OF_DAY:
        return Resolved("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[word]}", "absolute")
    u = unit(word)
    if u == "quarter":
        return Resolved("SET", f"P{n}Q", "absolute")
    return Resolved("SET", duration(n, u), "absolute")


def _accept_set(m: re.Match, text: str) -> bool:
    """'daily' as an adverb ("published daily") is a set; "a quarterly dividend" only
    labels a payment, it does not say when anything happens."""
    if not m["sw"]:
        return True
    nxt, sep = word_after(text, m.end())
    return not (
        m["sw"].lower() == "quarterly"
        and sep.strip() == ""
        and nxt.lower() in cues("financial_nouns")
    )


def _per(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    return Resolved("SET", duration(1, unit(m["unit"])), "absolute")


def _accept_per(m: re.Match, text: str) -> bool:
    """'$5 a year', '20% per year': a rate, after an amount."""
    before = text[max(0, m.start() - 12) : m.start()].rstrip()
    return bool(before) and (
        before[-1].isdigit() or before[-1] == "%" or before.lower().endswith(_AMOUNT_WORDS)
    )


RULES = (
    rule(
        "set",
        rf"(?<![\w])(?:(?P<freq>once|twice|three\s+times|four\s+times|\d+\s+times)"
        rf"\s+(?:a|an|per|every|each)\s+(?P<funit>{UNIT1})"
        rf"|(?:every|each)\s+(?:other\s+)?(?:(?P<n>{NUM})\s+)?"
        rf"(?P<eunit>{UNIT}|{WD}|{POD}|{SEASON}|{MON_FULL})"
        rf"|(?P<sw>{alt(SET_WORDS)}))(?![\w])",
        " ".join(SET_WORDS) + " every each once twice times",
        _set,
        accept=_accept_set,
        first=True,
        examples=(
            Example("Inspectors visit every week.", None, "P1W"),
            Example("The board meets twice a year.", None, "P1Y"),
            Example("Markets open each Monday.", None, "XXXX-WXX-1"),
            Example("The figures are published monthly.", None, "P1M"),
        ),
    ),
    rule(
        "per",
        rf"(?<![\w])(?P<per>a|an|per)\s+(?P<unit>{UNIT1})(?![\w])",
        UNIT1_WORDS,
        _per,
        accept=_accept_per,
        first=True,
        examples=(Example("Fees rose to $500 a year.", None, "P1Y", "a year"),),
    ),
)
