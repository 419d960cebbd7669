"""A tagger rule as one record: what it finds, how it tells a date from a look-alike,
what a match means, and sentences that show it at work.

A rule lives in one place (a family module of ``rules/``); the recogniser and the
resolver only iterate the records of ``rules.RULES``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dossier_tui.temporal.candidate import Resolved
    from dossier_tui.temporal.resolve import Resolver

#: reads a match in its context: (resolver, match, start, end) -> a value, or None
Reading = Callable[["Resolver", re.Match, int, int], "Resolved | None"]


@dataclass(frozen=True)
class Example:
    """A sentence of news English, its reference date, and what the rule makes of the
    expression ``phrase`` in it (the whole match when ``phrase`` is empty)."""

    text: str
    dct: str | None
    value: str
    phrase: str = ""
    type: str = ""


def always(m: re.Match, text: str) -> bool:
    """The check of a rule whose every match is a time expression."""
    return True


@dataclass(frozen=True)
class Rule:
    """One kind of temporal expression.

    ``keywords``: one of these words is in every match ("<d>": a digit), so text that
    has none of them is never searched. ``first``: the rule wins over others that find
    the same span. ``split``: the spans of the expressions one match holds ("2009-2010"
    is two years). ``role``: "day" or "time" for expressions that join with a
    neighbour ("9 a.m. Tuesday"). ``modifier``: a modifier written before the span that
    the rule takes in — "position" ("early 2023"), "quantity" ("nearly two years ago"),
    or "quantity-mod" (the modifier's meaning only, not its words). ``trim``: the start
    of the span without its article, when TimeML leaves it out, or None."""

    name: str
    pattern: re.Pattern[str]
    keywords: frozenset[str]
    resolve: Reading
    accept: Callable[[re.Match, str], bool] = always
    examples: tuple[Example, ...] = ()
    first: bool = False
    split: Callable[[re.Match], tuple[tuple[int, int], ...]] | None = None
    role: str = ""
    modifier: str = ""
    trim: Callable[[re.Match, str], int | None] | None = None


def rule(name: str, pattern: str, keywords: str, resolve: Reading, **fields) -> Rule:
    """A rule from its pattern source (compiled case-insensitive) and its keywords as
    one space-separated string."""
    return Rule(name, re.compile(pattern, re.I), frozenset(keywords.split()), resolve, **fields)
