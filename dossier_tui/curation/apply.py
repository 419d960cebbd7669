"""Applying a curation to a dossier as built: the person's decisions over the machine's.

The dossier stays as the machine made it on disk; what is applied here is a view of it.
Decisions are applied in the order they were made. Those that change what the events
and actors are (merge, move, split, rename, a corrected date) reshape the dossier; the
rest mark what they land on. A decision whose anchor finds nothing, or only part of what
it names, is reported as ``Lost`` and changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from dossier_tui.curation import reshape
from dossier_tui.curation.anchor import Finder
from dossier_tui.curation.decision import Curation, Decision
from dossier_tui.curation.marks import NONE, Marks
from dossier_tui.model import Dossier


@dataclass(frozen=True)
class Lost:
    """A decision that no longer finds what it is about (``index`` in the curation)."""

    index: int
    decision: Decision
    why: str

    @property
    def message(self) -> str:
        label = self.decision.about.label or self.decision.about.name or "?"
        return f"decision {self.index + 1} ({self.decision.action} {label!r}): {self.why}"


@dataclass(frozen=True)
class Curated:
    """A dossier with a curation applied: every event and actor (hidden ones too, so a
    person can see and unhide them), each one's marks, and the decisions that were lost."""

    dossier: Dossier
    events: Mapping[str, Marks]
    actors: Mapping[str, Marks]
    lost: tuple[Lost, ...] = ()

    def event_marks(self, event_id: str) -> Marks:
        return self.events.get(event_id, NONE)

    def actor_marks(self, actor_id: str) -> Marks:
        return self.actors.get(actor_id, NONE)

    def visible(self) -> Dossier:
        """The dossier without what was hidden (events, actors, and the links to them)."""
        gone_e = {i for i, m in self.events.items() if m.hidden}
        gone_a = {i for i, m in self.actors.items() if m.hidden}
        if not gone_e and not gone_a:
            return self.dossier
        d = self.dossier
        events = tuple(
            replace(e, actors=tuple(a for a in e.actors if a not in gone_a))
            for e in d.events
            if e.id not in gone_e
        )
        actors = tuple(
            replace(a, events=tuple(x for x in a.events if x not in gone_e))
            for a in d.actors
            if a.id not in gone_a
        )
        return replace(d, events=events, actors=actors)


#: decisions that change what the events and actors are, not only how they are marked
_RESHAPING = {("event", "merge"), ("event", "move"), ("event", "redate")} | {
    ("actor", a) for a in ("merge", "split", "rename")
}


def apply(d: Dossier, c: Curation) -> Curated:
    """``d`` as ``c`` decides; an empty curation gives ``d`` itself back.

    First what reshapes the dossier, in the order decided; then the marks, each found
    where its passages have ended up (a star on an event merged into another stars the
    merged one)."""
    if not c.decisions:
        return Curated(d, {}, {})
    lost: list[Lost] = []
    machine: dict[tuple[str, str], str | None] = {}
    landed: dict[tuple[str, str], list[int]] = {}
    find = Finder(d)
    for i, dec in enumerate(c.decisions):
        if (dec.on, dec.action) not in _RESHAPING:
            continue
        done = reshape.apply_one(d, find, dec)
        if isinstance(done, str):
            lost.append(Lost(i, dec, done))
            continue
        d, target, before = done
        if target is not None:
            landed.setdefault((dec.on, target), []).append(i)
            if dec.action in ("redate", "rename"):
                machine.setdefault((dec.on, target), before)
        find = Finder(d)
    marks: dict[str, dict[str, Marks]] = {"event": {}, "actor": {}}
    for (on, target), indices in landed.items():
        m = NONE
        for i in indices:
            m = m.by(i, c.decisions[i])
        if (on, target) in machine:
            m = m.correcting(machine[on, target])
        marks[on][target] = m
    for i, dec in enumerate(c.decisions):
        if (dec.on, dec.action) in _RESHAPING:
            continue
        found = find.actor(dec.about) if dec.on == "actor" else find.event(dec.about)
        if found is None:
            lost.append(Lost(i, dec, reshape.not_found(dec.about)))
            continue
        marks[dec.on][found.id] = marks[dec.on].get(found.id, NONE).by(i, dec)
    lost.sort(key=lambda x: x.index)
    return Curated(d, marks["event"], marks["actor"], tuple(lost))
