"""What the YAML and JSON exports add at their end: each curated event's, actor's and
source's marks by id, so a program reading the export sees the person's decisions
beside the machine's dossier (which keeps its own keys unchanged)."""

from __future__ import annotations

from dossier_tui.curation import Curated, Marks


def _marks(m: Marks, corrected: str) -> dict:
    out: dict = {}
    if m.starred:
        out["starred"] = True
    if m.tags:
        out["tags"] = list(m.tags)
    if m.notes:
        out["notes"] = list(m.notes)
    if m.corrected:
        out[corrected] = m.machine
    return out


def curation_section(cur: Curated) -> dict:
    """``{events: {id: marks}, actors: {id: marks}, sources: {id: marks}}`` for what is
    shown and marked; an empty dict when nothing is."""
    d = cur.visible()
    parts = {
        "events": {e.id: _marks(cur.event_marks(e.id), "machine_date") for e in d.events},
        "actors": {a.id: _marks(cur.actor_marks(a.id), "machine_name") for a in d.actors},
        "sources": {s.id: _marks(cur.source_marks(s.id), "") for s in d.sources},
    }
    out = {}
    for name, marks in parts.items():
        marked = {i: x for i, x in marks.items() if x}
        if marked:
            out[name] = marked
    return out
