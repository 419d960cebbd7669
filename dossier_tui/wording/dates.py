"""Dates as every view and export shows them: events, groups and publication dates.

A dossier built in memory may hold a date no calendar has ("2023-02-30", "2023-W99"):
the loader rejects one in a file, but a view must not crash on one either, so these
give the words for a value when it has them and the value itself, made printable,
when it has none. Every result is printable (never markup)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from dossier_tui.model import Event, Source
from dossier_tui.safe_text import printable
from dossier_tui.wording import values as W
from dossier_tui.wording.basis import NO_DATE
from dossier_tui.wording.status import PLANNED, UNDATED, UNDATED_GROUP, with_status


def describe(value: str | None, short: bool = False) -> str:
    """A TIMEX3 value in words; ``short`` for tight spaces."""
    try:
        return printable(W.describe(value, short))
    except (ValueError, OverflowError):
        return printable(value or "")


def event_when(e, short: bool = False) -> str:
    """An event's date in words; for an undated one, the kind of time its sources give
    ("Every year", "Since 2022")."""
    try:
        return printable(W.event_when(e, short))
    except (ValueError, OverflowError):
        return printable(e.date or UNDATED)


def month_heading(value: str | None) -> str:
    """The chronology section of a value: its month, else its own period."""
    try:
        return printable(W.month_heading(value))
    except (ValueError, OverflowError):
        return printable(value or "")


def row_label(e: Event) -> str:
    """The honest date label of an event row, with its status: no more precise than
    its sources ("Tue 8 Aug 2023 · planned")."""
    return with_status(_dated_label(e.date) if e.date else event_when(e, short=True), e.status)


#: "Thu " before a day's number: the weekday a tight row can do without
_WEEKDAY = re.compile(r"^[A-Z][a-z]{2} (?=\d)")


def fitted_row_label(label: str, width: int) -> str:
    """A row label (``row_label``) in ``width`` characters, losing first what matters
    least: the weekday ("14 Jan 2010 · afternoon"), then the part of the day or the time
    ("17 Jan 2010 · planned"); the status stays. Cut with "…" only when nothing else
    fits."""
    if len(label) <= width:
        return label
    label = _WEEKDAY.sub("", label)
    if len(label) <= width:
        return label
    parts = label.split(" · ")
    if len(parts) > 1:
        kept = parts[:1] + ([PLANNED] if parts[-1] == PLANNED else [])
        label = " · ".join(kept)
    return label if len(label) <= width else label[: width - 1].rstrip() + "…"


def group_heading(e: Event) -> str:
    """The group an event is listed under: its month, or its coarser period; the
    undated and ongoing last."""
    return _month(e.date) if e.start else UNDATED_GROUP


@lru_cache(maxsize=4096)
def _dated_label(value: str) -> str:
    """A dated event's label depends on its value alone: one reckoning per date."""
    return event_when(_Dated(value), short=True)


@lru_cache(maxsize=4096)
def _month(value: str | None) -> str:
    return month_heading(value)


class _Dated:
    """What ``event_when`` reads of a dated event."""

    def __init__(self, date: str) -> None:
        self.date = date
        self.evidence = ()


def published(
    s: Source, short: bool = True, basis: bool = False, words: Callable[[str], str] = str
) -> str:
    """When a source was published ("8 Aug 2023"), or that it is not known; with
    ``basis``, how that is known ("8 August 2023 (stated)"). ``words`` makes the date's
    words safe for where they go (a report escapes them), the rest being fixed text."""
    if not s.published:
        return NO_DATE
    when = words(describe(s.published, short))
    return f"{when} ({s.published_basis})" if basis else when
