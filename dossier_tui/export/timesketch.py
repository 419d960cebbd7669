"""Timesketch JSONL: one line per dated event, as Timesketch imports a timeline.

Timesketch needs ``message``, ``datetime`` (ISO 8601 with its offset) and
``timestamp_desc`` on every line, and places each line at one instant. An event dated
to a day or a month is placed at the start of it (UTC), and ``date_value`` and
``date_precision`` say how precise the sources really are; undated events are left out.
``tag`` is Timesketch's own list of tags (a starred event is also tagged "starred").
"""

from __future__ import annotations

from datetime import datetime, timezone

from dossier_tui.curation import Curated
from dossier_tui.export.curated import Row, rows
from dossier_tui.export.json import dumps
from dossier_tui.temporal.values import parse

#: what ``timestamp_desc`` says of every line
DESCRIPTION = "Event date (as reported)"


def _instant(r: Row) -> datetime:
    e = r.event
    y, m, d = (int(x) for x in (e.start or "").split("-"))
    c = parse(e.date) if e.date else None
    hh = mm = 0
    if c is not None and c.grain == "time" and c.time and ":" in c.time:
        hh, mm = (int(x) for x in c.time.split(":")[:2])
        hh = min(hh, 23)
    return datetime(y, m, d, hh, mm, tzinfo=timezone.utc)


def _line(r: Row) -> dict:
    e, m = r.event, r.marks
    at = _instant(r)
    c = parse(e.date) if e.date else None
    tags = [*m.tags, *(["starred"] if m.starred else [])]
    out = {
        "message": e.headline,
        "datetime": at.isoformat(),
        "timestamp": int(at.timestamp()) * 1_000_000,
        "timestamp_desc": DESCRIPTION,
        "tag": tags,
        "date_value": e.date,
        "date_precision": c.grain if c is not None else "",
        "date_in_words": r.when,
        "first_day": e.start,
        "last_day": e.end,
        "status": e.status,
        "event_id": e.id,
        "actors": [a.name for a in r.actors],
        "sources": [s.label() for s in r.sources],
        "passages": [" ".join(v.passage.split()) for v in e.evidence],
    }
    if m.corrected:
        out["machine_date"] = m.machine
    if m.notes:
        out["notes"] = list(m.notes)
    return out


def to_timesketch(cur: Curated, note: str | None = None) -> str:
    lines = [dumps(_line(r)) for r in rows(cur) if r.event.date and r.event.start]
    return "".join(line + "\n" for line in lines)
