"""The timeline pane: events in date order, grouped by month, beside the event detail.

The list is a TimelineView: it draws only the rows in view, read from the index by
position, so a dossier of 100,000 events opens and scrolls as one of ten does. The
filter bar narrows it by text, date prefix or actor, through the index's search; on
a large dossier the search runs in a worker a moment after the last key typed, and
its first results are shown while it reads the rest. A dossier of more than
KEY_EVENTS events opens on its key events (the highest scores, in date order); ``K``
switches between them and all events, and the filter works in either.
"""

from __future__ import annotations

import time

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from dossier_tui.app.curator import EVENT_KEYS, marked_words
from dossier_tui.app.links import Follow, Link
from dossier_tui.app.widgets.event_detail import EventDetail
from dossier_tui.app.widgets.filter_bar import FilterBar, filter_bindings
from dossier_tui.app.widgets.timeline_marks import TimelineMarks
from dossier_tui.app.widgets.timeline_view import TimelineView
from dossier_tui.app.words import clean
from dossier_tui.curation.marks import NONE as NO_MARKS
from dossier_tui.index_db import EventList, Index, TimelineFilter
from dossier_tui.model import Cancelled, Event
from dossier_tui.ranking import KEY_EVENTS
from dossier_tui.wording import count

#: up to this many events the filter and the detail answer each key at once; above, the
#: filter searches in a worker and the detail waits for the cursor to rest
AT_ONCE = 5000
#: how long the worker waits after a key for the next one before it searches (seconds)
DEBOUNCE = 0.02
#: a search still reading after this long shows its first results (seconds)
FIRST_AFTER = 0.1
#: how long the cursor rests before a large dossier's detail follows it (seconds): keys
#: held down move the list without laying out the detail for every row they pass
DETAIL_AFTER = 0.1


class TimelinePane(TimelineMarks, Vertical):
    """Filter bar, event list and event detail."""

    BINDINGS = [
        *filter_bindings(
            "Filter by words, actor names or dates as written (August 2023, 8 Aug, "
            'autumn 2023, 2023-08); quote a word to search it as text ("may")'
        ),
        # one key, two bindings: the footer names the view the key switches to
        Binding(
            "K",
            "key_view(False)",
            "All events",
            id="timeline.all-events",
            tooltip="Show all events (now: only the key events, those most central to the story)",
        ),
        Binding(
            "K",
            "key_view(True)",
            "Key events",
            id="timeline.key-events",
            tooltip=f"Show only the key events: the {KEY_EVENTS} most central to the story, "
            "in date order",
        ),
        *EVENT_KEYS,
    ]

    class Found(Message):
        """Events the filter's search found: all of them (``done``) or the first ones."""

        def __init__(
            self,
            f: TimelineFilter,
            key_only: bool,
            positions: list[int],
            keep: int | None,
            done: bool,
        ) -> None:
            super().__init__()
            self.filter, self.key_only, self.positions, self.keep, self.done = (
                f,
                key_only,
                positions,
                keep,
                done,
            )

    class ViewChosen(Message):
        """The user chose the key events or all events (``K``), to be kept for next time."""

        def __init__(self, key_only: bool) -> None:
            super().__init__()
            self.key_only = key_only

    def __init__(self, ix: Index, key_view: bool = True, **kwargs) -> None:
        """``key_view``: open a dossier of more than KEY_EVENTS events on its key events."""
        super().__init__(classes="split -listing", **kwargs)  # the list has the focus first
        self.ix = ix
        self.filter = TimelineFilter()
        #: showing only the key events (the default for a dossier of more than KEY_EVENTS)
        self.key_only = ix.has_key_view and key_view
        #: the events listed, fetched from the index when asked for
        self.shown: EventList = EventList(ix, [])
        #: a search is still reading (its first results are shown)
        self.searching = False
        self._detail_timer: Timer | None = None
        self._moved_at = 0.0
        #: the pane's bindings the footer was last told of (clear filter, all events, key events)
        self._bindings_for: tuple[bool | None, ...] | None = None

    def compose(self) -> ComposeResult:
        # the pane is its own list/detail split (no container between: each layer is
        # drawn again for every row a key press scrolls), the bar docked above both
        yield FilterBar("words, names or dates (Aug 2023, 2023-08)", id="filter")
        yield TimelineView(id="timeline-list", classes="pane-list")
        yield EventDetail(id="event-detail", classes="pane-detail")

    def on_mount(self) -> None:
        self.list.marks = self.marks
        self.refresh_list()

    @property
    def list(self) -> TimelineView:
        return self.query_one(TimelineView)

    def refresh_list(self, keep: str | None = None, at_once: bool = True) -> None:
        """List the events the filter passes, keeping the cursor on ``keep`` if listed.
        Without ``at_once``, a large dossier's search runs in a worker."""
        keep_pos = self.ix.position_of(keep) if keep else None
        marked = self._marked()
        if marked is not None:
            self.workers.cancel_group(self, "filter")
            words, _ = marked_words(self.filter.text)
            words = " ".join(w for w in words.split() if w != "*")
            positions = []
            for part in self.ix.matching(TimelineFilter(words, self.filter.actor), self.key_only):
                positions += [p for p in part if p in marked]
            self._list(positions, keep_pos, done=True)
        elif not self.filter.active:
            self.workers.cancel_group(self, "filter")
            self._list(None, keep_pos, done=True)
        elif at_once or self.ix.n_events <= AT_ONCE:
            self.workers.cancel_group(self, "filter")
            positions: list[int] = []
            for part in self.ix.matching(self.filter, self.key_only):
                positions += part
            self._list(positions, keep_pos, done=True)
        else:
            self.search(self.filter, self.key_only, keep_pos)

    def _list(self, positions: list[int] | None, keep: int | None, done: bool) -> None:
        """Show ``positions`` (None: the whole view), the cursor on position ``keep``."""
        listing = self.ix.listing(positions, self.key_only)
        self.searching = not done
        self.shown = EventList(self.ix, listing.positions)
        lst = self.list
        lst.show(self.ix, listing, keep)
        lst.border_title = f"Timeline · {self.counts()}"
        self._note()
        self.show_event(lst.position)
        self._refresh_bindings()

    def _refresh_bindings(self) -> None:
        """Tell the footer, if what it offers for this pane has changed (it is rebuilt
        each time it is told, so not on every result of a filter typed)."""
        offered = (
            self.check_action("clear_filter", ()),
            self.check_action("key_view", (False,)),
            self.check_action("key_view", (True,)),
        )
        if offered != self._bindings_for:
            self._bindings_for = offered
            self.screen.refresh_bindings()

    @work(thread=True, exclusive=True, group="filter")
    def search(self, f: TimelineFilter, key_only: bool, keep: int | None) -> None:
        """The filter's search, in a thread: after DEBOUNCE without another key, read the
        matches, posting the first piece at once and the whole when done."""
        worker = get_current_worker()
        time.sleep(DEBOUNCE)
        if worker.is_cancelled:
            return
        positions: list[int] = []
        started, told = time.monotonic(), False
        try:
            for part in self.ix.matching(f, key_only, stop=lambda: worker.is_cancelled):
                positions += part
                if not told and time.monotonic() - started > FIRST_AFTER:
                    told = True  # a slow search: show what it has found so far
                    self.post_message(self.Found(f, key_only, list(positions), keep, done=False))
        except Cancelled:
            return
        if not worker.is_cancelled:
            self.post_message(self.Found(f, key_only, positions, keep, done=True))

    @on(Found)
    def _found(self, message: Found) -> None:
        if message.filter != self.filter or message.key_only != self.key_only:
            return  # the filter has changed since: a newer search is coming
        # while first results are shown the cursor may have moved: it stays where it is
        keep = (
            self.list.position
            if self.searching and self.list.position is not None
            else message.keep
        )
        self._list(message.positions, keep, done=message.done)

    def counts(self) -> str:
        """What the list shows, in numbers: "25 key events of 2,762", "3 of 2,762"."""
        total, key = self.ix.n_events, len(self.ix.key_positions)
        found = f"{len(self.shown):,}" + ("+" if self.searching else "")
        if self.key_only:
            if self.filter.active:
                return f"{found} of {count(key, 'key event')}"
            return f"{count(key, 'key event')} of {total:,}"
        if self.filter.active:
            return f"{found} of {total:,}"
        return count(total, "event")

    @property
    def bar(self) -> FilterBar:
        return self.query_one(FilterBar)

    def _note(self) -> None:
        bar = self.bar
        parts = []
        if self.filter.actor and (a := self.ix.actor(self.filter.actor)):
            parts.append(f"Only events of {clean(a.name)}")
        if self.filter.active:
            counts = self.counts()
            parts.append(f"{counts if self.key_only else counts + ' events'} · Esc clears")
            if self.key_only:
                parts.append("K shows all events")
        bar.note(" · ".join(parts))
        bar.show(self.filter.active or bar.typing)

    def show_event(self, pos: int | None) -> None:
        """Show the event at timeline position ``pos`` in the detail."""
        e = self.ix.event(pos) if pos is not None else None
        detail = self.query_one(EventDetail)
        detail.show(self.ix, e, self.marks(e.id) if e is not None else NO_MARKS)
        if e is None and not self.shown and not self.searching:
            detail.query_one("#event-summary", Static).update(self._nothing())

    def _nothing(self) -> str:
        """Why the list is empty."""
        if self.key_only:
            return "No key events match the filter; press K to see all events."
        return "No events match the filter." if self.filter.active else "No events in this dossier."

    @property
    def current(self) -> Event | None:
        pos = self.list.position
        return self.ix.event(pos) if pos is not None else None

    def select_event(self, event_id: str) -> bool:
        """Put the cursor on an event: showing all events if it is not a key event, and
        clearing the filter if it hides it."""
        if (
            not self.list.highlight_value(event_id)
            and self.key_only
            and event_id not in self.ix.key_ids
        ):
            self.show_key_events(False, keep=event_id)
        if not self.list.highlight_value(event_id):
            self.set_filter(TimelineFilter())
            if not self.list.highlight_value(event_id):
                return False
        return True

    def set_filter(self, f: TimelineFilter) -> None:
        self.filter = f
        self.bar.set_value(f.text)
        self.refresh_list(keep=self.list.value)

    def action_filter(self) -> None:
        self.bar.open()
        self._refresh_bindings()

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
        self.post_message(self.ViewChosen(key_only))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "curate":  # asked at every refresh of the footer: no event is read here
            if not self.curatable or self.bar.typing or self.list.position is None:
                return False
            return parameters[0] != "move" or self.moving or self.passage() is not None
        if action == "filter":  # in the input, "/" is a character (Textual does not know it as one)
            return not self.bar.typing
        if action == "clear_filter":
            return self.filter.active or self.bar.typing
        if action == "key_view":  # offered on large dossiers; the binding shown is the other view
            return self.ix.has_key_view and parameters[0] != self.key_only
        return True

    def action_clear_filter(self) -> None:
        """Esc: drop the filter and hide the bar."""
        self.set_filter(TimelineFilter())
        self.bar.show(False)
        self.list.focus()

    @on(Input.Changed, "#filter-input")
    def _typed(self, message: Input.Changed) -> None:
        self.filter = TimelineFilter(message.value, self.filter.actor)
        self.refresh_list(keep=self.list.value, at_once=False)

    @on(Input.Submitted, "#filter-input")
    def _submitted(self) -> None:
        self.list.focus()
        self._note()

    @on(TimelineView.Highlighted, "#timeline-list")
    def _highlighted(self, message: TimelineView.Highlighted) -> None:
        message.stop()  # nothing above the pane listens: no need to bubble on every key
        if self.ix.n_events <= AT_ONCE:
            self.show_event(self.list.position)
            return
        self._moved_at = time.monotonic()
        if self._detail_timer is None:  # one timer however fast the keys come
            self._detail_timer = self.set_timer(DETAIL_AFTER, self._rested)

    def _rested(self) -> None:
        """The detail follows the cursor once it has rested DETAIL_AFTER."""
        still = time.monotonic() - self._moved_at
        if still < DETAIL_AFTER:
            self._detail_timer = self.set_timer(DETAIL_AFTER - still, self._rested)
            return
        self._detail_timer = None
        self.show_event(self.list.position)

    @on(TimelineView.Selected, "#timeline-list")
    def _selected(self, message: TimelineView.Selected) -> None:
        message.stop()
        e = self.current
        if e is not None and e.evidence:
            self.post_message(Follow(Link("evidence", e.id, 0)))
