"""The dossier while a curation reshapes it: events and actors by id, changed in place,
so that a decision costs what it changes and not the size of the dossier. What changed
since it was last looked at is kept for the finder to index again."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from dossier_tui.model import Actor, Dossier, Event


class Draft:
    """A dossier being reshaped. ``order`` keeps each event's place in the dossier (a
    new one just after the event it came from), which breaks a finder's ties."""

    def __init__(self, d: Dossier):
        self.base = d
        self.sources = {s.id: s for s in d.sources}
        self.place = {s.id: i for i, s in enumerate(d.sources)}
        self.events: dict[str, Event] = {e.id: e for e in d.events}
        self.order: dict[str, float] = {e.id: float(i) for i, e in enumerate(d.events)}
        self.actors: dict[str, Actor] = {a.id: a for a in d.actors}
        self.actor_order = [a.id for a in d.actors]
        #: which actors list each event among theirs
        self.listing: dict[str, set[str]] = defaultdict(set)
        for a in d.actors:
            for x in a.events:
                self.listing[x].add(a.id)
        #: what changed since ``taken``: events put or dropped, actors whose names changed
        self.events_changed: dict[str, Event | None] = {}
        self.actors_renamed = False
        self._built: Dossier | None = d
        self._added = 0

    # ------------------------------------------------------------ events
    def put_event(self, e: Event, after: str | None = None) -> None:
        """Put ``e`` in (replacing the event with its id); a new one goes after ``after``."""
        if e.id not in self.order:
            self._added += 1
            base = self.order.get(after or "", float(len(self.order)))
            self.order[e.id] = base + self._added * 1e-6
        old = self.events.get(e.id)
        self.events_changed.setdefault(e.id, old)
        self.events[e.id] = e
        self._built = None

    def drop_event(self, event_id: str, into: str | None = None) -> None:
        """Take an event out; the actors that listed it list ``into`` instead (None: nothing)."""
        old = self.events.pop(event_id)
        self.events_changed.setdefault(event_id, old)
        self.order.pop(event_id, None)
        for aid in self.listing.pop(event_id, set()):
            a = self.actors[aid]
            moved = (into if x == event_id else x for x in a.events)
            self.put_actor(replace(a, events=tuple(dict.fromkeys(x for x in moved if x))))
        self._built = None

    # ------------------------------------------------------------ actors
    def put_actor(self, a: Actor, after: str | None = None) -> None:
        old = self.actors.get(a.id)
        if old is None:
            at = (
                self.actor_order.index(after) + 1
                if after in self.actor_order
                else len(self.actor_order)
            )
            self.actor_order.insert(at, a.id)
        if old is None or (old.name, old.aliases, old.roles, old.quotes) != (
            a.name,
            a.aliases,
            a.roles,
            a.quotes,
        ):
            self.actors_renamed = True
        if old is not None:
            for x in old.events:
                self.listing[x].discard(a.id)
        for x in a.events:
            self.listing[x].add(a.id)
        self.actors[a.id] = a
        self._built = None

    def drop_actor(self, actor_id: str, into: str) -> None:
        """Take an actor out; the events it was with are with ``into`` instead."""
        old = self.actors.pop(actor_id)
        self.actor_order.remove(actor_id)
        self.actors_renamed = True
        for x in old.events:
            self.listing[x].discard(actor_id)
        for e in list(self.events.values()):
            if actor_id in e.actors:
                mapped = (into if a == actor_id else a for a in e.actors)
                self.put_event(replace(e, actors=tuple(dict.fromkeys(mapped))))
        self._built = None

    # ------------------------------------------------------------ out
    def dossier(self) -> Dossier:
        """The dossier as it now stands (events in dossier order, the new after theirs)."""
        if self._built is None:
            events = sorted(self.events.values(), key=lambda e: self.order[e.id])
            actors = tuple(self.actors[i] for i in self.actor_order)
            self._built = replace(self.base, events=tuple(events), actors=actors)
        return self._built

    def taken(self) -> tuple[dict[str, Event | None], bool]:
        """What changed since the last call: the events put or dropped (with what was
        there before), and whether any actor's names, roles or quotes changed."""
        out = (self.events_changed, self.actors_renamed)
        self.events_changed, self.actors_renamed = {}, False
        return out
