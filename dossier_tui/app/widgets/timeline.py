"""The timeline pane: events in date order, grouped by month, beside the event detail.

The list is an OptionList (it draws only visible rows, so 10,000 events scroll as
smoothly as ten); the filter bar narrows it by text, date prefix or actor. A dossier
of more than KEY_EVENTS events opens on its key events (the highest scores, in date
order); ``K`` switches between them and all events, and the filter works in either.
"""
from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Vertical
from textual.content import Content
from textual.widgets import Input, Static

from dossier_tui.app.index import DossierIndex, TimelineFilter
from dossier_tui.app.links import Follow, Link
from dossier_tui.app.widgets.event_detail import EventDetail
from dossier_tui.app.widgets.navlist import NavList
from dossier_tui.app.words import CONFLICT_MARK, clean, event_date
from dossier_tui.model import Event
from dossier_tui.ranking import KEY_EVENTS

DATE_WIDTH = 24


def event_row(e: Event, width: int = DATE_WIDTH) -> Content:
    """One line: date label, sources count, conflict mark, headline."""
    n = len(e.sources)
    mark = CONFLICT_MARK if e.conflicts else " "
    return Content.assemble(
        (clean(event_date(e), width).ljust(width), ""),
        (f"{n:>2} src ", "dim"),
        (f"{mark} ", "$warning bold"),
        clean(e.headline),
    )


def timeline_rows(ix: DossierIndex, events: list[Event],
                  cache: dict[tuple[str, int], Content] | None = None) -> list[tuple[Content, str | None]]:
    """Rows for the list: a heading whenever the month (or period) changes. ``cache``
    keeps rows between fills, so typing a filter over 10,000 events stays quick (the
    same Content also keeps its measured height)."""
    cache = {} if cache is None else cache
    rows: list[tuple[Content, str | None]] = []
    heading = None
    labels = [event_date(e) for e in ix.events[:2000]]  # enough to size the column
    width = min(DATE_WIDTH, max((len(x) for x in labels), default=0)) + 1
    for e in events:
        h = ix.heading(e)
        if h != heading:
            heading = h
            rows.append((Content.styled(h, "bold $text-primary"), None))
        row = cache.get((e.id, width))
        if row is None:
            row = cache[(e.id, width)] = event_row(e, width)
        rows.append((row, e.id))
    return rows


class TimelineList(NavList[str]):
    """The event rows; the value of a row is the event id."""

    BINDINGS = [Binding("o", "select", "Open evidence", tooltip="Open the first passage in the reader")]

    async def _on_click(self, event: events.Click) -> None:
        """A click highlights a row (showing its detail); a click on the highlighted row
        opens its evidence, as Enter does."""
        index = event.style.meta.get("option")
        if index is not None and index != self.highlighted:
            event.prevent_default()
            if not self.get_option_at_index(index).disabled:
                self.highlighted = index


class TimelinePane(Vertical):
    """Filter bar, event list and event detail."""

    BINDINGS = [
        Binding("slash", "filter", "Filter", tooltip="Filter by text, actor name or date prefix (2023-08)"),
        Binding("escape", "clear_filter", "Clear filter", key_display="Esc"),
        # one key, two bindings: the footer names the view the key switches to
        Binding("K", "key_view(False)", "All events", id="timeline.all-events",
                tooltip="Show all events (now: only the key events, those most central to the story)"),
        Binding("K", "key_view(True)", "Key events", id="timeline.key-events",
                tooltip=f"Show only the key events: the {KEY_EVENTS} most central to the story, in date order"),
    ]

    def __init__(self, ix: DossierIndex, **kwargs) -> None:
        super().__init__(**kwargs)
        self.ix = ix
        self.filter = TimelineFilter()
        #: showing only the key events (the default for a dossier of more than KEY_EVENTS)
        self.key_only = ix.has_key_view
        self.shown: list[Event] = []
        self._rows: dict[tuple[str, int], Content] = {}

    def compose(self) -> ComposeResult:
        with Vertical(id="filter-bar"):
            yield Input(placeholder="Filter: words, actor name or date prefix such as 2023-08 (Esc clears)",
                        id="filter-input")
            yield Static(id="filter-note", markup=False)
        with Container(classes="split"):
            yield TimelineList(id="timeline-list", classes="pane-list")
            yield EventDetail(id="event-detail", classes="pane-detail")

    def on_mount(self) -> None:
        self.refresh_list()

    @property
    def list(self) -> TimelineList:
        return self.query_one(TimelineList)

    def refresh_list(self, keep: str | None = None) -> None:
        """Fill the list from the current filter, keeping the cursor on ``keep`` if listed."""
        self.shown = self.ix.filtered(self.filter, self.key_only)
        lst = self.list
        lst.fill(timeline_rows(self.ix, self.shown, self._rows))
        if keep:
            lst.highlight_value(keep)
        lst.border_title = f"Timeline · {self.counts()}"
        self._note()
        self.show_event(lst.value)
        self.screen.refresh_bindings()

    def counts(self) -> str:
        """What the list shows, in numbers: "25 key events of 2,762", "3 of 2,762"."""
        total, key = len(self.ix.events), len(self.ix.key_events)
        if self.key_only:
            if self.filter.active:
                return f"{len(self.shown):,} of {key:,} key event{'s' if key != 1 else ''}"
            return f"{key:,} key event{'s' if key != 1 else ''} of {total:,}"
        if self.filter.active:
            return f"{len(self.shown):,} of {total:,}"
        return f"{total:,} event{'s' if total != 1 else ''}"

    def _note(self) -> None:
        note = self.query_one("#filter-note", Static)
        bar = self.query_one("#filter-bar")
        parts = []
        if self.filter.actor and (a := self.ix.actor_by_id.get(self.filter.actor)):
            parts.append(f"Only events of {clean(a.name)}")
        if self.filter.active:
            counts = self.counts()
            parts.append(f"{counts if self.key_only else counts + ' events'} · Esc clears")
            if self.key_only:
                parts.append("K shows all events")
        note.update(" · ".join(parts))
        bar.set_class(self.filter.active or self.query_one("#filter-input").has_focus, "-shown")

    def show_event(self, event_id: str | None) -> None:
        e = self.ix.event_by_id.get(event_id) if event_id else None
        if e is None and not self.shown:
            detail = self.query_one(EventDetail)
            detail.show(self.ix, None)
            detail.query_one("#event-summary", Static).update(self._nothing())
            return
        self.query_one(EventDetail).show(self.ix, e)

    def _nothing(self) -> str:
        """Why the list is empty."""
        if self.key_only:
            return "No key events match the filter; press K to see all events."
        return "No events match the filter." if self.filter.active else "No events in this dossier."

    @property
    def current(self) -> Event | None:
        value = self.list.value
        return self.ix.event_by_id.get(value) if value else None

    def select_event(self, event_id: str) -> bool:
        """Put the cursor on an event: showing all events if it is not a key event, and
        clearing the filter if it hides it."""
        if not self.list.highlight_value(event_id) and self.key_only and event_id not in self.ix.key_ids:
            self.show_key_events(False, keep=event_id)
        if not self.list.highlight_value(event_id):
            self.set_filter(TimelineFilter())
            if not self.list.highlight_value(event_id):
                return False
        self.show_event(event_id)
        return True

    def set_filter(self, f: TimelineFilter) -> None:
        self.filter = f
        inp = self.query_one("#filter-input", Input)
        if inp.value != f.text:
            with inp.prevent(Input.Changed):
                inp.value = f.text
        self.refresh_list(keep=self.list.value)

    def action_filter(self) -> None:
        self.query_one("#filter-bar").add_class("-shown")
        self.query_one("#filter-input", Input).focus()
        self.screen.refresh_bindings()

    def show_key_events(self, key_only: bool, keep: str | None = None) -> None:
        """Show only the key events, or all events; the filter stays. The cursor stays on
        its event, or (going to the key events) moves to the next key event."""
        self.key_only = key_only
        keep = keep or self.list.value
        if key_only and keep and keep not in self.ix.key_ids:
            keep = self.ix.nearest_key_event(keep)
        self.refresh_list(keep=keep)

    def action_key_view(self, key_only: bool) -> None:
        self.show_key_events(key_only)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filter":
            return self.filter.active or self.query_one("#filter-input").has_focus
        if action == "key_view":  # offered on large dossiers; the binding shown is the other view
            return self.ix.has_key_view and parameters[0] != self.key_only
        return True

    def action_clear_filter(self) -> None:
        """Esc: drop the filter and hide the bar."""
        self.set_filter(TimelineFilter())
        self.query_one("#filter-bar").remove_class("-shown")
        self.list.focus()

    @on(Input.Changed, "#filter-input")
    def _typed(self, message: Input.Changed) -> None:
        self.filter = TimelineFilter(message.value, self.filter.actor)
        self.refresh_list(keep=self.list.value)

    @on(Input.Submitted, "#filter-input")
    def _submitted(self) -> None:
        self.list.focus()
        self._note()

    @on(NavList.OptionHighlighted, "#timeline-list")
    def _highlighted(self, message: NavList.OptionHighlighted) -> None:
        self.show_event(self.list.value_of(message.option))

    @on(NavList.OptionSelected, "#timeline-list")
    def _selected(self, message: NavList.OptionSelected) -> None:
        message.stop()
        event_id = self.list.value_of(message.option)
        if event_id and self.ix.event_by_id[event_id].evidence:
            self.post_message(Follow(Link("evidence", event_id, 0)))
