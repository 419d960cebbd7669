"""Key events: the happenings most central to the story, ranked one way for every view.

Analysis gives each event a ``score`` (higher = more central). The app's key-events
view, ``dossier export --top N``, the report's opening chronology and the text summary
all take their key events from :func:`key_events`; nothing else ranks events.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import replace

from dossier_tui.model import Dossier, Event

#: how many events the key-events view shows by default
KEY_EVENTS = 25


def timeline_order(events: Iterable[Event]) -> list[Event]:
    """Events as the timeline lists them: those with a first day in date order (first
    day, then last), keeping their given order within a tie; undated and ongoing ones
    after them, as given."""
    events = list(events)
    dated = sorted((e for e in events if e.start), key=lambda e: (e.start, e.end or ""))
    return dated + [e for e in events if not e.start]


def is_calendar_dated(e: Event) -> bool:
    """True for an event placed on the calendar (not undated, not ongoing)."""
    return bool(e.date and e.start)


def rank(e: Event) -> tuple:
    """Sort key, most central first: score, then distinct sources, then passages, then id
    (so that the same dossier always gives the same key events)."""
    return (-e.score, -len(e.sources), -len(e.evidence), e.id)


def key_events(d: Dossier, n: int = KEY_EVENTS) -> list[Event]:
    """The ``n`` calendar-dated events with the highest score, in timeline order."""
    if n < 1:
        return []
    chosen = {
        id(e) for e in heapq.nsmallest(n, (e for e in d.events if is_calendar_dated(e)), key=rank)
    }
    return [e for e in timeline_order(d.events) if id(e) in chosen]


def only_key_events(d: Dossier, n: int = KEY_EVENTS) -> Dossier:
    """The dossier cut down to its ``n`` key events: every source stays, every actor
    stays but keeps only its links to the events kept."""
    events = key_events(d, n)
    kept = {e.id for e in events}
    actors = tuple(replace(a, events=tuple(x for x in a.events if x in kept)) for a in d.actors)
    return replace(d, events=tuple(events), actors=actors)
