"""The timeline pane's part in curation: a person's marks drawn on its rows, the
filter's ``*`` and ``#tag``, and the key that asks for a decision about the event (or
the passage) highlighted. A mixin: ``self`` is the TimelinePane."""

from __future__ import annotations

from dossier_tui.app.curator import Curate, marked_words
from dossier_tui.app.widgets.event_detail import EventDetail
from dossier_tui.app.widgets.navlist import NavList
from dossier_tui.curation import Curated
from dossier_tui.curation.marks import NONE as NO_MARKS
from dossier_tui.curation.marks import Marks


class TimelineMarks:
    """Marks on the timeline's rows and the filter by them."""

    #: what a person decided about the dossier on show (None: nothing to show)
    curated: Curated | None = None
    #: whether the dossier on show can be curated (the keys that decide are offered)
    curatable = False
    #: whether a passage waits for the event it moves to (M works on any event then)
    moving = False

    def _marked(self) -> set[int] | None:
        """The positions of the events the filter's marks pass: ``*`` for starred ones,
        ``#tag`` for those tagged so (None: the filter names no mark)."""
        words, tags = marked_words(self.filter.text)
        starred = "*" in words.split()
        if not tags and not starred:
            return None
        cur = self.curated
        if cur is None:
            return set()
        ids = [
            i for i, m in cur.events.items() if (m.starred or not starred) and tags.issubset(m.tags)
        ]
        return {p for i in ids if (p := self.ix.position_of(i)) is not None}

    def marks(self, event_id: str) -> Marks:
        return self.curated.event_marks(event_id) if self.curated else NO_MARKS

    def relist(self) -> None:
        """List the events of the index now held (the curation changed them)."""
        self.key_only = self.key_only and self.ix.has_key_view
        self.refresh_list(keep=self.list.value)

    def redraw(self, curated: Curated | None) -> None:
        """Show a person's marks as they now are."""
        self.curated = curated
        self.list.marks = self.marks
        if self._marked() is not None:
            self.refresh_list(keep=self.list.value)
        self.list.redraw()
        self.query_one(EventDetail)._shown = None
        self.show_event(self.list.position)

    def passage(self) -> int | None:
        """The passage highlighted in the event's detail, if its list has the focus."""
        links = self.query_one("#event-links", NavList)
        link = links.value if links.has_focus else None
        return link.index if link is not None and link.kind == "evidence" else None

    def action_curate(self, action: str) -> None:
        e = self.current
        if e is not None:
            self.post_message(Curate(action, "event", e.id, self.passage()))
