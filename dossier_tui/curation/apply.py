"""Applying a curation to a dossier as built: the person's decisions over the machine's.

The dossier stays as the machine made it on disk; what is applied here is a view of it.
Decisions are applied in the order they were made. Those that change what the events
and actors are (merge, move, split, rename, a corrected date) reshape the dossier; the
rest mark what they land on. A decision whose anchor finds nothing, or only part of what
it names, is reported as ``Lost`` and changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from dossier_tui.curation import reshape
from dossier_tui.curation.anchor import Finder
from dossier_tui.curation.decision import Curation, Decision
from dossier_tui.curation.draft import Draft
from dossier_tui.curation.marks import NONE, Marks
from dossier_tui.model import Dossier
from dossier_tui.ranking import timeline_order


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
    person can see and unhide them), each one's marks and each source's, and the
    decisions that were lost."""

    dossier: Dossier
    events: Mapping[str, Marks]
    actors: Mapping[str, Marks]
    lost: tuple[Lost, ...] = ()
    sources: Mapping[str, Marks] = field(default_factory=dict)

    def event_marks(self, event_id: str) -> Marks:
        return self.events.get(event_id, NONE)

    def actor_marks(self, actor_id: str) -> Marks:
        return self.actors.get(actor_id, NONE)

    def source_marks(self, source_id: str) -> Marks:
        return self.sources.get(source_id, NONE)

    def keeping(self, event_ids: set[str]) -> Curated:
        """Only the events ``event_ids`` (every source stays; actors keep only their
        links to those events)."""
        d = self.dossier
        events = tuple(e for e in d.events if e.id in event_ids)
        actors = tuple(
            replace(a, events=tuple(x for x in a.events if x in event_ids)) for a in d.actors
        )
        return replace(self, dossier=replace(d, events=events, actors=actors))

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


def reshapes(dec: Decision) -> bool:
    """Whether a decision changes what the events and actors are (not only marks them)."""
    return (dec.on, dec.action) in _RESHAPING


class Applier:
    """A curation applied one decision at a time, as the app adds them: the reshaping
    ones change the dossier in the order decided, then every mark is found again where
    its passages have ended up (a star on an event merged into another stars the merged
    one), so that adding a decision here gives what ``apply`` gives from the file."""

    def __init__(self, d: Dossier, decisions: Iterable[Decision] = ()):
        """``d`` with ``decisions`` applied at once (the marks found once, at the end)."""
        self.draft = Draft(d)
        self.find = Finder(self.draft)
        self.decisions: list[Decision] = []
        self._lost: dict[int, Lost] = {}
        self._machine: dict[tuple[str, str], str | None] = {}
        self._landed: dict[tuple[str, str], list[int]] = {}
        self._marks: dict[str, dict[str, Marks]] = {"event": {}, "actor": {}, "source": {}}
        self._result: Curated | None = None
        for dec in decisions:
            self.decisions.append(dec)
            if reshapes(dec):
                self._reshape(len(self.decisions) - 1, dec)
        self._remark()

    def add(self, dec: Decision) -> Lost | None:
        """Apply one more decision; what was lost, if it finds nothing."""
        i = len(self.decisions)
        self.decisions.append(dec)
        self._result = None
        if reshapes(dec):
            self._reshape(i, dec)
            self._remark()
        else:
            self._mark(i, dec)
        return self._lost.get(i)

    def _reshape(self, i: int, dec: Decision) -> None:
        done = reshape.apply_one(self.draft, self.find, dec)
        self.find.update()
        if isinstance(done, str):
            self._lost[i] = Lost(i, dec, done)
            return
        target, before = done
        if target is not None:
            self._landed.setdefault((dec.on, target), []).append(i)
            if dec.action in ("redate", "rename"):
                self._machine.setdefault((dec.on, target), before)

    def _remark(self) -> None:
        self._marks = {"event": {}, "actor": {}, "source": {}}
        for (on, target), indices in self._landed.items():
            m = NONE
            for i in indices:
                m = m.by(i, self.decisions[i])
            if (on, target) in self._machine:
                m = m.correcting(self._machine[on, target])
            self._marks[on][target] = m
        for i, dec in enumerate(self.decisions):
            if not reshapes(dec):
                self._lost.pop(i, None)
                self._mark(i, dec)

    def _mark(self, i: int, dec: Decision) -> None:
        find = {"actor": self.find.actor, "source": self.find.source}.get(dec.on, self.find.event)
        found = find(dec.about)
        if found is None:
            self._lost[i] = Lost(i, dec, reshape.not_found(dec.about))
            return
        marks = self._marks[dec.on]
        marks[found.id] = marks.get(found.id, NONE).by(i, dec)

    def result(self) -> Curated:
        """The curated dossier (its events in timeline order: a corrected date moves one);
        made once until the next decision (the app asks for it at every redraw)."""
        if self._result is not None:
            return self._result
        lost = tuple(self._lost[i] for i in sorted(self._lost))
        d = self.draft.dossier()
        if self._landed:
            d = replace(d, events=tuple(timeline_order(d.events)))
        marks = self._marks
        self._result = Curated(
            d, dict(marks["event"]), dict(marks["actor"]), lost, dict(marks["source"])
        )
        return self._result


def apply(d: Dossier, c: Curation) -> Curated:
    """``d`` as ``c`` decides; an empty curation gives ``d`` itself back."""
    if not c.decisions:
        return Curated(d, {}, {})
    return Applier(d, c.decisions).result()
