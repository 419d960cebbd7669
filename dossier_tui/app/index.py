"""Lookups the app needs over a Dossier, computed once when it opens.

The model is a plain tuple-of-dataclasses; the app asks "which source is this id",
"which events does this actor take part in", "does this event match the filter" many
times per key press, so the answers are indexed here. Pure Python, no Textual.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from dossier_tui.model import Actor, Dossier, Event, Source
from dossier_tui.ranking import KEY_EVENTS, key_events, timeline_order
from dossier_tui.safe_text import month_heading

UNDATED_HEADING = "Undated / ongoing"
_DATE_PREFIX = re.compile(r"\d{4}(-[0-9W][0-9]?(-\d{1,2})?)?-?")


def visible_actors(d: Dossier) -> tuple[Actor, ...]:
    """The actors worth showing: those analysis did not flag as noise."""
    return tuple(a for a in d.actors if not getattr(a, "noise", False))


@dataclass(frozen=True)
class TimelineFilter:
    """What the timeline shows: free text (or a date prefix) and, optionally, one actor."""

    text: str = ""
    actor: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.text.strip() or self.actor)


@dataclass
class DossierIndex:
    """A Dossier with the lookups the panes use."""

    dossier: Dossier
    events: list[Event] = field(init=False)
    actors: tuple[Actor, ...] = field(init=False)

    def __post_init__(self) -> None:
        d = self.dossier
        self.sources = {s.id: s for s in d.sources}
        self.actors = visible_actors(d)
        self.actor_by_id = {a.id: a for a in self.actors}
        self.events = timeline_order(d.events)
        self.event_by_id = {e.id: e for e in self.events}
        self.key_events = key_events(d)
        self.key_ids = {e.id for e in self.key_events}
        self._place = {e.id: i for i, e in enumerate(self.events)}
        self.events_of_actor: dict[str, list[str]] = {a.id: [] for a in self.actors}
        for e in self.events:
            for a in e.actors:
                if a in self.events_of_actor and e.id not in self.events_of_actor[a]:
                    self.events_of_actor[a].append(e.id)
        for a in self.actors:
            known = self.events_of_actor[a.id]
            known.extend(x for x in a.events if x in self.event_by_id and x not in known)
        self._haystack = {e.id: self._words(e) for e in self.events}
        self._headings: dict[str, str] = {}

    def _words(self, e: Event) -> str:
        names = []
        for aid in e.actors:
            a = self.actor_by_id.get(aid)
            if a:
                names += [a.name, *a.aliases]
        parts = [e.headline, *(v.quote for v in e.evidence), *names]
        return " ".join(" ".join(parts).split()).casefold()

    @property
    def has_key_view(self) -> bool:
        """Whether the dossier is large enough to be shown by its key events first (and
        has dated events to rank)."""
        return len(self.events) > KEY_EVENTS and bool(self.key_events)

    def nearest_key_event(self, event_id: str) -> str | None:
        """The key event at or after ``event_id`` on the timeline (else the last one)."""
        place = self._place.get(event_id, 0)
        after = (e.id for e in self.key_events if self._place[e.id] >= place)
        return next(after, self.key_events[-1].id if self.key_events else None)

    def event_kind(self, e: Event) -> str:
        """"Key event" for one of the key events of a large dossier, else "Event"."""
        return "Key event" if self.has_key_view and e.id in self.key_ids else "Event"

    def source(self, source_id: str) -> Source | None:
        return self.sources.get(source_id)

    def actor_names(self, e: Event) -> list[str]:
        """Names of the event's actors that the dossier knows (noise hidden)."""
        return [self.actor_by_id[a].name for a in e.actors if a in self.actor_by_id]

    def event_count(self, actor: Actor) -> int:
        return len(self.events_of_actor.get(actor.id, ()))

    def heading(self, e: Event) -> str:
        """The group an event is listed under: its month, or its coarser period."""
        h = self._headings.get(e.id)
        if h is None:
            h = self._headings[e.id] = month_heading(e.date) if e.start else UNDATED_HEADING
        return h

    def matches(self, e: Event, f: TimelineFilter) -> bool:
        """Whether ``e`` passes the filter: every word of the text must be found in the
        headline, the evidence or an actor's name; a date prefix such as ``2023-08``
        matches the event's value or its first or last day."""
        if f.actor and e.id not in self._actor_events(f.actor):
            return False
        text = f.text.strip()
        if not text:
            return True
        if _DATE_PREFIX.fullmatch(text):
            return any(v and v.startswith(text) for v in (e.date, e.start, e.end))
        hay = self._haystack[e.id]
        return all(w in hay for w in text.casefold().split())

    def _actor_events(self, actor_id: str) -> set[str]:
        return set(self.events_of_actor.get(actor_id, ()))

    def filtered(self, f: TimelineFilter, key_only: bool = False) -> list[Event]:
        """The events that pass the filter, among the key events only if ``key_only``."""
        events = self.key_events if key_only else self.events
        if not f.active:
            return events
        if f.actor:
            allowed = self._actor_events(f.actor)
            f2 = TimelineFilter(f.text)
            return [e for e in events if e.id in allowed and self.matches(e, f2)]
        return [e for e in events if self.matches(e, f)]
