"""What curation adds to an event or an actor, beside what the machine made of it."""

from __future__ import annotations

from dataclasses import dataclass, replace

from dossier_tui.curation.decision import Decision


@dataclass(frozen=True)
class Marks:
    """A person's marks on one event or actor. ``machine`` is what the machine said
    before a correction (an event's date, None when it was undated; an actor's name),
    kept so that both can be shown; ``decisions`` index the curation's decisions that
    landed here, oldest first."""

    hidden: bool = False
    starred: bool = False
    tags: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    corrected: bool = False
    machine: str | None = None
    decisions: tuple[int, ...] = ()

    def by(self, index: int, d: Decision) -> Marks:
        """These marks with decision ``index`` (``d``) applied."""
        m = replace(self, decisions=(*self.decisions, index))
        if d.action == "hide":
            return replace(m, hidden=True)
        if d.action == "star":
            return replace(m, starred=True)
        if d.action == "tag" and d.value and d.value not in m.tags:
            return replace(m, tags=(*m.tags, d.value))
        if d.action == "note" and d.value:
            return replace(m, notes=(*m.notes, d.value))
        return m

    def correcting(self, machine: str | None) -> Marks:
        """Marked corrected; the machine's first answer is kept through later ones."""
        return self if self.corrected else replace(self, corrected=True, machine=machine)


NONE = Marks()
