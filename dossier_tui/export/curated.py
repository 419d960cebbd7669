"""What every export of a curated dossier lists: the events a person kept, in timeline
order, each with its marks and its date in words (the corrected one and the machine's)."""

from __future__ import annotations

from dataclasses import dataclass

from dossier_tui.curation import Curated, Marks
from dossier_tui.model import Actor, Event, Source
from dossier_tui.ranking import timeline_order
from dossier_tui.wording import describe, event_when


@dataclass(frozen=True)
class Row:
    """One event as an export shows it."""

    event: Event
    marks: Marks
    #: the date in words ("8 August 2023", "Undated")
    when: str
    #: the machine's date in words when a person corrected it, else None
    machine_when: str | None
    actors: tuple[Actor, ...]
    sources: tuple[Source, ...]


def rows(cur: Curated) -> list[Row]:
    """The visible events in timeline order."""
    d = cur.visible()
    actors = {a.id: a for a in d.actors}
    sources = {s.id: s for s in d.sources}
    out = []
    for e in timeline_order(d.events):
        m = cur.event_marks(e.id)
        out.append(
            Row(
                e,
                m,
                event_when(e),
                describe(m.machine) if m.corrected else None,
                tuple(actors[a] for a in e.actors if a in actors),
                tuple(sources[s] for s in e.sources if s in sources),
            )
        )
    return out
