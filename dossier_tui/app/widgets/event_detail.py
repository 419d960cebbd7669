"""One event in full: what, when and how the date is known, and every passage.

The evidence is a list of links (grouped under each source), so a key or a click
opens the reader at that passage; the actors involved are links to their profiles.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from dossier_tui.app.curator import marks_lines, marks_prefix
from dossier_tui.app.links import Follow, Link
from dossier_tui.app.widgets.navlist import NavList
from dossier_tui.app.words import (
    CONFLICT_MARK,
    clean,
    derivation,
    event_date,
    published,
    source_name,
)
from dossier_tui.curation.marks import NONE as NO_MARKS
from dossier_tui.curation.marks import Marks
from dossier_tui.index_db import Index
from dossier_tui.model import Event
from dossier_tui.wording import count, describe


def event_summary(ix: Index, e: Event, marks: Marks = NO_MARKS) -> Content:
    """Headline, date, how the date was derived, conflicts and actors; and what a
    person decided (a star, tags, notes, a corrected date beside the sources' own)."""
    parts: list[Content] = [
        Content.styled(marks_prefix(marks), "$accent bold"),
        Content.styled(clean(e.headline), "bold"),
        Content("\n"),
    ]
    kind = "  ·  key event" if ix.event_kind(e) == "Key event" else ""
    parts.append(
        Content.assemble(
            (event_date(e), "$accent bold"),
            kind,
            f"  ·  {count(len(e.sources), 'source')}  ·  {count(len(e.evidence), 'passage')}",
        )
    )
    machine = describe(marks.machine) if marks.machine else "no date"
    parts += marks_lines(marks, f"Date corrected by hand; the sources give {machine}.")
    ways = list(
        dict.fromkeys(d for v in e.evidence if (d := derivation(v, ix.source_head(v.source))))
    )
    if ways:
        parts.append(Content("\nDated by: "))
        parts.append(Content("\n          ").join(Content(w) for w in ways))
    elif e.date is None:
        parts.append(Content("\nNo source gives this a date."))
    for c in e.conflicts:
        names = ", ".join(source_name(ix.source_head(s)) for s in c.sources)
        parts.append(
            Content.assemble(
                "\n",
                (f"{CONFLICT_MARK} Conflict: ", "$warning bold"),
                f"{describe(c.value, short=True)} according to {names}",
            )
        )
    names = ix.actor_names(e)
    parts.append(
        Content("\nActors: " + (", ".join(clean(x) for x in names) if names else "none recorded"))
    )
    return Content("").join(parts)


def evidence_rows(ix: Index, e: Event) -> list[tuple[Content, Link | None]]:
    """Evidence grouped by source (a heading per source), then the actors involved."""
    rows: list[tuple[Content, Link | None]] = []
    for k, sid in enumerate(e.sources):
        s = ix.source_head(sid)
        head = source_name(s, 70) + (f" — {published(s)}" if s else "")
        if k:
            rows.append((Content(""), None))
        rows.append((Content.styled(head, "bold"), None))
        for i, v in enumerate(e.evidence):
            if v.source == sid:
                rows.append(
                    (Content.assemble("  “", clean(v.passage), "”"), Link("evidence", e.id, i))
                )
    actors = [a for a in e.actors if a in ix.actor_by_id]
    if actors:
        rows += [(Content(""), None), (Content.styled("Actors", "bold"), None)]
        rows += [(Content("  " + clean(ix.actor_by_id[a].name)), Link("actor", a)) for a in actors]
    return rows


class EventDetail(Vertical):
    """The highlighted event: a summary above a list of its passages and actors."""

    _summary_lines: int | None = None
    #: what is shown (index, event), so that showing it again costs nothing
    _shown: tuple[Index, Event, Marks] | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="event-summary", markup=False)
        yield NavList[Link](id="event-links")

    def show(self, ix: Index, e: Event | None, marks: Marks = NO_MARKS) -> None:
        summary = self.query_one("#event-summary", Static)
        links = self.query_one("#event-links", NavList)
        if e is None:
            self._shown = None
            summary.update(Content("No event selected."))
            links.fill([])
            return
        if self._shown is not None and self._shown[0] is ix and self._shown[1:] == (e, marks):
            return
        self._shown = (ix, e, marks)
        content = event_summary(ix, e, marks)
        width = summary.content_region.width
        lines = len(content.wrap(width)) if width > 0 else None
        # the screen is laid out again only when the summary's height changes: moving down a
        # long timeline shows event after event of the same shape
        summary.update(content, layout=lines is None or lines != self._summary_lines)
        self._summary_lines = lines
        links.fill(evidence_rows(ix, e))
        self.border_title = "Event"

    def on_option_list_option_selected(self, message: NavList.OptionSelected) -> None:
        message.stop()
        link = self.query_one("#event-links", NavList).value_of(message.option)
        if link is not None:
            self.post_message(Follow(link))
