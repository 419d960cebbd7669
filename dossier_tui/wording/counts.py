"""Counts as people read them: "1 source", "3 sources", "1,204 events"."""

from __future__ import annotations

from dossier_tui.model import Dossier
from dossier_tui.wording.status import UNDATED_COUNTED


def count(n: int, noun: str, many: str | None = None) -> str:
    """``n`` of ``noun``: "1 source", "3 sources", "1,204 events" (``many``: the plural,
    when it is not ``noun`` + "s")."""
    return f"{n:,} {noun if n == 1 else many or noun + 's'}"


def tally(d: Dossier) -> list[str]:
    """What a dossier holds, in a few counts: sources, dated events, the others."""
    dated = sum(1 for e in d.events if e.date)
    return [
        count(len(d.sources), "source"),
        count(dated, "dated event"),
        f"{len(d.events) - dated:,} {UNDATED_COUNTED}",
    ]
