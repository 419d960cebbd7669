"""CSV for spreadsheets: one row per event, with its marks, actors and sources.

Cells come from untrusted source text, and a spreadsheet runs a cell that starts with
``=``, ``+``, ``-`` or ``@`` as a formula; such a cell is written with a leading
apostrophe, which spreadsheets show as text. A byte-order mark tells spreadsheet
programs the file is UTF-8.
"""

from __future__ import annotations

import csv
import io

from dossier_tui.curation import Curated
from dossier_tui.export.curated import rows
from dossier_tui.safe_text import printable

COLUMNS = (
    "date",
    "first_day",
    "last_day",
    "when",
    "machine_date",
    "status",
    "headline",
    "short",
    "starred",
    "tags",
    "notes",
    "actors",
    "sources",
    "passages",
    "first_passage",
    "event_id",
)
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> str:
    """A value as a cell no spreadsheet takes for a formula."""
    text = printable("" if value is None else str(value))
    return "'" + text if text.startswith(_FORMULA) else text


def to_csv(cur: Curated, note: str | None = None) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(COLUMNS)
    for r in rows(cur):
        e, m = r.event, r.marks
        w.writerow(
            cell(v)
            for v in (
                e.date,
                e.start,
                e.end,
                r.when,
                m.machine if m.corrected else "",
                e.status,
                e.headline,
                e.brief,
                "yes" if m.starred else "",
                "; ".join(m.tags),
                " | ".join(m.notes),
                "; ".join(a.name for a in r.actors),
                "; ".join(s.label() for s in r.sources),
                len(e.evidence),
                " ".join(e.evidence[0].passage.split()) if e.evidence else "",
                e.id,
            )
        )
    return "\ufeff" + out.getvalue()
