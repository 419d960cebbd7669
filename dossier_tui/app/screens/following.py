"""Following links and evidence trails on the main screen: a link becomes "switch
pane, select the row, open the reader at the passage"; a trail (an event's passages,
or an actor's quotes) is what ``n``/``N`` step through, across sources."""

from __future__ import annotations

from dataclasses import dataclass

from dossier_tui.app.links import Link
from dossier_tui.app.widgets.navlist import NavList
from dossier_tui.app.words import clean
from dossier_tui.index_db import TimelineFilter


@dataclass(frozen=True)
class Stop:
    """One passage of a trail: where it is, what dates it, and what to call it."""

    source: str
    passage: tuple[int, int]
    mark: tuple[int, int] | None
    about: str
    speaker: str = ""


#: a link to a row: the pane it is in, how to show it there, and what then takes the focus
_PANE_OF = {
    "event": ("timeline", lambda s, t: s.timeline.select_event(t), "#timeline-list"),
    "actor": ("actors", lambda s, t: s.actors.select_actor(t), "#actor-list"),
    "only-actor": (
        "timeline",
        lambda s, t: s.timeline.set_filter(TimelineFilter("", t)),
        "#timeline-list",
    ),
    "source": ("sources", lambda s, t: s.sources.open(t), "#source-list"),
}


class Following:
    """The main screen's links and trails (mixed into ``MainScreen``, whose panes,
    index and trail state they use)."""

    def trail_here(self) -> tuple[tuple[str, str], int | None] | None:
        """The trail ``n``/``N`` step through where the focus is, and the stop of it that
        is highlighted there (None: none in particular): the highlighted event's
        passages, the highlighted actor's quotes, or in the reader the trail it shows."""
        if not self.made(self.pane):  # its tab was clicked a moment ago
            return None
        if self.pane == "sources":
            r = self.sources.reader
            stop = self.trail[self.trail_pos] if self.trail else None
            if (
                stop
                and r.source is not None
                and (r.source.id, r.passage) == (stop.source, stop.passage)
            ):
                return self.trail_of, self.trail_pos
            return None
        links = self.query_one(
            "#event-links" if self.pane == "timeline" else "#actor-links", NavList
        )
        link = links.value if links.has_focus else None
        if link is not None and link.kind in ("evidence", "quote"):
            return (link.kind, link.target), link.index
        if link is not None and link.kind == "event":
            return ("evidence", link.target), None
        if self.pane == "timeline":
            e = self.timeline.current
            return (("evidence", e.id), None) if e is not None and e.evidence else None
        a = self.actors.current
        return (("quote", a.id), None) if a is not None and a.quotes else None

    def action_trail(self, step: int) -> None:
        """The next (``step`` 1) or previous passage of the trail here: one stop on from
        the passage the reader shows, else the one highlighted, else the first (last)."""
        here = self.trail_here()
        if here is None:
            self.notify(
                "Nothing here has passages to step through: highlight an event, "
                "or an actor with quotes.",
                severity="warning",
                markup=False,
            )
            return
        owner, index = here
        if owner == self.trail_of and index in (None, self.trail_pos):
            self.trail_pos = (self.trail_pos + step) % len(self.trail)
            self.open_stop()
        else:
            self.follow(
                Link(owner[0], owner[1], index if index is not None else (0 if step > 0 else -1))
            )

    def follow(self, link: Link) -> None:
        """Show what a link points at, in the pane it belongs to (a passage: the reader)."""
        pane = _PANE_OF[link.kind][0] if link.kind in _PANE_OF else "sources"
        self.when_made(pane, lambda: self._go_to(link))

    def _go_to(self, link: Link) -> None:
        if link.kind in _PANE_OF:
            pane, show, focus = _PANE_OF[link.kind]
            self.show_pane(pane)
            show(self, link.target)
            self.query_one(focus).focus()
        elif link.kind == "evidence":
            e = self.ix.event_by_id[link.target]
            about = f"Evidence for: {clean(e.headline, 80)}"
            self.trail = [
                Stop(
                    v.source,
                    (v.start, v.end),
                    (v.timex.start, v.timex.end) if v.timex else None,
                    about,
                )
                for v in e.evidence
            ]
            self.start_trail(link)
        elif link.kind == "quote":
            a = self.ix.actor_by_id[link.target]
            about = f"Quote of {clean(a.name, 60)}"
            self.trail = [
                Stop(q.source, (q.start, q.end), None, about, clean(a.name)) for q in a.quotes
            ]
            self.start_trail(link)

    def start_trail(self, link: Link) -> None:
        self.trail_of = (link.kind, link.target)
        self.trail_pos = link.index % len(self.trail)
        self.refresh_bindings()
        self.open_stop()

    def open_stop(self) -> None:
        """Open the reader at the current passage of the trail."""
        stop = self.trail[self.trail_pos]
        # the position first: a narrow reader cuts the end of the line
        note = f"{self.trail_pos + 1} of {len(self.trail)}"
        if len(self.trail) > 1:
            note += " (n/N)"
        note += f" · {stop.about}"
        self.show_pane("sources")
        self.sources.open(stop.source, stop.passage, stop.mark, note)
        self.sources.reader.scroller.focus()
