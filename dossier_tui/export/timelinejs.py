"""TimelineJS (Knight Lab) JSON: a title slide and one slide per dated event.

TimelineJS places a slide by ``start_date``, so undated and ongoing events are left out
(the title slide says how many). A date is given as precisely as its value: a month is
``{year, month}``, never a made-up first day; a week, season or part of a day gives its
first and last day and says in ``display_date`` what it is. TimelineJS reads ``text``
as HTML: every word from the sources is escaped.
"""

from __future__ import annotations

from html import escape

from dossier_tui.curation import Curated
from dossier_tui.export.curated import Row, rows
from dossier_tui.export.json import dumps
from dossier_tui.safe_text import printable
from dossier_tui.temporal.values import parse

#: the grains TimelineJS can say as they are (a slide's date parts)
_PARTS = {"year": 1, "month": 2, "day": 3, "time": 5}


def _date(day: str, parts: int, clock: str | None = None) -> dict:
    y, m, d = (int(x) for x in day.split("-"))
    out: dict = {"year": y}
    if parts >= 2:
        out["month"] = m
    if parts >= 3:
        out["day"] = d
    if clock and parts >= 5:
        hh, mm = clock.split(":")[:2]
        out["hour"], out["minute"] = int(hh), int(mm)
    return out


def _when(r: Row) -> dict:
    """start_date, end_date and display_date of a dated event."""
    e = r.event
    c = parse(e.date) if e.date else None
    grain = c.grain if c is not None else ""
    clock = c.time if c is not None and grain == "time" and ":" in (c.time or "") else None
    out: dict = {}
    if grain in ("year", "month", "day") or clock:
        out["start_date"] = _date(e.start or "", _PARTS["time" if clock else grain], clock)
    else:  # a span: a week, a season, a quarter, a decade, a part of a day
        out["start_date"] = _date(e.start or "", 3)
        if e.end and e.end != e.start:
            out["end_date"] = _date(e.end, 3)
    out["display_date"] = printable(r.when if r.machine_when is None else f"{r.when} (corrected)")
    return out


def _text(r: Row) -> str:
    e, m = r.event, r.marks
    parts = []
    if m.corrected:
        parts.append(
            f"<p><em>Date corrected; the sources gave {escape(r.machine_when or '')}.</em></p>"
        )
    if m.tags:
        parts.append(f"<p>Tags: {escape(', '.join(m.tags))}</p>")
    for n in m.notes:
        parts.append(f"<p>Note: {escape(n)}</p>")
    names = {s.id: s.label() for s in r.sources}
    for v in e.evidence:
        passage = escape(" ".join(v.passage.split()))
        cite = escape(names.get(v.source, v.source))
        parts.append(f"<blockquote>{passage}<br><cite>{cite}</cite></blockquote>")
    if r.actors:
        parts.append(f"<p>With: {escape(', '.join(a.name for a in r.actors))}</p>")
    return printable("".join(parts))


def to_timelinejs(cur: Curated, note: str | None = None) -> str:
    listed = [r for r in rows(cur) if r.event.date and r.event.start]
    left_out = len(cur.visible().events) - len(listed)
    title = next((s.title for s in cur.dossier.sources if s.title), None) or "Dossier"
    about = f"{len(listed)} dated events from {len(cur.dossier.sources)} sources"
    if left_out:
        about += f"; {left_out} undated or ongoing left out"
    if note:
        about += f"; {note}"
    events = []
    for r in listed:
        slide = {
            **_when(r),
            "text": {
                "headline": escape(("★ " if r.marks.starred else "") + r.event.brief),
                "text": _text(r),
            },
            "unique_id": r.event.id,
            "autolink": False,
        }
        if r.marks.tags:
            slide["group"] = r.marks.tags[0]
        events.append(slide)
    doc = {
        "title": {
            "text": {"headline": escape(printable(title)), "text": f"<p>{escape(about)}</p>"}
        },
        "events": events,
    }
    return dumps(doc, indent=1) + "\n"
