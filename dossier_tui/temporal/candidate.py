"""A found expression (a candidate span and the rule that found it) and its reading."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dossier_tui.temporal.rule import Rule


@dataclass
class Candidate:
    """A span a rule found. Not frozen: fitting it to TimeML's span conventions moves
    its start and sets its modifier (see ``recognise``)."""

    start: int
    end: int
    rule: Rule
    match: re.Match
    mod: str | None = None
    #: for a clock time joined to its day ("9 a.m. Tuesday"): the day and the time
    parts: tuple[Candidate, Candidate] | None = None
    #: where the rule stands when two rules find the same span (lower wins)
    rank: int = 0


@dataclass(frozen=True)
class Resolved:
    """What an expression means: its TIMEX3 type and value, and what the value rests on."""

    type: str
    value: str
    basis: str
    mod: str | None = None
    #: False for comparisons ("a year earlier"): they do not move the text's focus
    focus: bool = True
