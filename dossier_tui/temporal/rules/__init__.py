"""Every tagger rule, gathered family by family in the order they are tried.

Order matters only for ties: when two rules find the same span, the one listed first
wins (rules marked ``first`` win over all others). A new rule goes in its family's
module, with its examples; nothing else needs to know its name.
"""

from __future__ import annotations

from dataclasses import replace

from dossier_tui.temporal.rule import Reading, Rule
from dossier_tui.temporal.rules import (
    anaphoric,
    calendar,
    clock,
    days,
    durations,
    holidays,
    parts_of_year,
    references,
    relative,
    reports,
    sets,
    years,
)

__all__ = ["RULES", "by_name", "with_reading"]

FAMILIES = (
    calendar,
    years,
    parts_of_year,
    days,
    clock,
    relative,
    reports,
    anaphoric,
    holidays,
    durations,
    sets,
    references,
)
RULES: tuple[Rule, ...] = tuple(r for family in FAMILIES for r in family.RULES)
assert len({r.name for r in RULES}) == len(RULES), "two rules share a name"


def by_name(name: str) -> Rule:
    """The rule called ``name`` (for tests and tools)."""
    return next(r for r in RULES if r.name == name)


def with_reading(name: str, resolve: Reading) -> tuple[Rule, ...]:
    """The rules with the reading of rule ``name`` replaced (for tests that break one)."""
    return tuple(replace(r, resolve=resolve) if r.name == name else r for r in RULES)
