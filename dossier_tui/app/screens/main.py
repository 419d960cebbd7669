"""The main screen: three panes (timeline, actors, sources) in tabs, and the keys
that move between them.

Panes post ``Follow(link)``; this screen turns a link into "switch pane, select the
row, open the reader at the passage". An *evidence trail* (an event's passages, or an
actor's quotes) lets ``n``/``N`` step through passages across sources: the trail of
what is highlighted in the focused pane, never one left over from an earlier visit.

The screen also keeps the dossier's problems (those of its build, and sources changed
on disk since, found by a worker when a stored dossier opens); ``p`` lists them.
"""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass
from pathlib import Path

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import TabbedContent, TabPane
from textual.worker import get_current_worker

from dossier_tui.app.curator import SCREEN_KEYS, Curate, Curator, Pending, date_problem
from dossier_tui.app.links import Follow, Link
from dossier_tui.app.screens.ask import AskScreen
from dossier_tui.app.widgets.actors import ActorsPane
from dossier_tui.app.widgets.footer import FittedFooter
from dossier_tui.app.widgets.navlist import NavList
from dossier_tui.app.widgets.sources import SourcesPane
from dossier_tui.app.widgets.timeline import TimelinePane
from dossier_tui.app.words import clean, event_date, event_text, source_name
from dossier_tui.index_db import Index, TimelineFilter
from dossier_tui.model import Cancelled, Problem

PANES = ("timeline", "actors", "sources")
#: above this many events, the objects alive once the screen is shown are left out of
#: the cycle collector's full collections (``gc.freeze``) while it is shown
FREEZE_ABOVE = 5000
#: a full collection of the cycle collector waits for this many younger ones (Python's is 10)
RARE_FULL = 1000
#: how often a full collection is made while the app is idle (seconds)
IDLE_COLLECT = 5.0


@dataclass(frozen=True)
class Stop:
    """One passage of a trail: where it is, what dates it, and what to call it."""

    source: str
    passage: tuple[int, int]
    mark: tuple[int, int] | None
    about: str
    speaker: str = ""


class MainScreen(Screen):
    """Timeline, actors and sources, one visible at a time in tabs."""

    BINDINGS = [
        # priority bindings (an input takes digits as text): the pane has the focus before
        # the keys that follow are routed, so "3r" typed at once reads the third pane
        Binding(
            "1",
            "pane('timeline')",
            "Timeline",
            show=False,
            priority=True,
            tooltip="Show the timeline",
        ),
        Binding(
            "2", "pane('actors')", "Actors", show=False, priority=True, tooltip="Show the actors"
        ),
        Binding(
            "3",
            "pane('sources')",
            "Sources",
            show=False,
            priority=True,
            tooltip="Show the sources and the reader",
        ),
        Binding(
            "n,right_square_bracket",
            "trail(1)",
            "Next",
            key_display="n",
            tooltip="Next passage of the event (or quote of the actor)",
        ),
        Binding(
            "N,left_square_bracket",
            "trail(-1)",
            "Prev",
            key_display="N",
            tooltip="Previous passage",
        ),
        Binding("c", "copy", "Copy", tooltip="Copy the selected event, passage or quote"),
        Binding(
            "e", "export", "Export", tooltip="Write the dossier to a YAML, Markdown or JSON file"
        ),
        # one key, two bindings: the footer offers it only when there are problems to see
        Binding(
            "p",
            "problems(True)",
            "Problems",
            id="main.problems",
            tooltip="Problems of the build: files skipped and why, decoding fallbacks, "
            "sources changed on disk since",
        ),
        Binding("p", "problems(False)", "Problems", show=False),
        *SCREEN_KEYS,
        Binding("question_mark", "help", "Help", key_display="?"),
    ]

    class ProblemsFound(Message):
        """More problems: sources changed on disk since the build."""

        def __init__(self, problems: list[Problem]) -> None:
            super().__init__()
            self.problems = problems

    def __init__(
        self,
        ix: Index,
        label: str = "",
        disk_bases: list[Path] | None = None,
        key_view: bool = True,
        curator: Curator | None = None,
        restore: tuple[str, str | None] | None = None,
    ) -> None:
        """Show ``ix``; ``disk_bases``: check its sources against their files, looking for
        relative paths under these folders (None: do not check, the dossier was just built);
        ``key_view``: a large dossier's timeline opens on its key events; ``curator``: the
        curation of the dossier (None: it cannot be curated); ``restore``: the pane and the
        event or actor to show first (the dossier indexed again after a decision)."""
        super().__init__()
        self.curator = curator
        self.restore = restore
        self.key_view = key_view
        self.ix = ix
        self.label = label
        self.trail: list[Stop] = []
        self.trail_pos = 0
        #: whose trail it is: ("evidence", event id) or ("quote", actor id)
        self.trail_of: tuple[str, str] | None = None
        self.problems: list[Problem] = list(ix.problems) + (curator.problems() if curator else [])
        self.disk_bases = disk_bases
        self._last_key = 0.0

    def compose(self) -> ComposeResult:
        ix = self.ix
        with TabbedContent(id="panes"):
            with TabPane(f"1 Timeline ({ix.n_events})", id="timeline"):
                yield TimelinePane(self.ix, self.key_view, id="timeline-pane")
            with TabPane(f"2 Actors ({ix.n_actors})", id="actors"):
                yield ActorsPane(self.ix, id="actors-pane")
            with TabPane(f"3 Sources ({ix.n_sources})", id="sources"):
                yield SourcesPane(self.ix, id="sources-pane")
        yield FittedFooter()

    def on_mount(self) -> None:
        if self.ix.n_events > FREEZE_ABOVE:
            # A full collection of the cycle collector walks every object alive: on a large
            # dossier a pause of tens of ms, which lands inside a key press. What is alive
            # once the dossier is shown lives as long as the screen (frozen: never walked
            # again), and full collections wait for the app to be idle (IDLE_COLLECT).
            self.call_after_refresh(gc.freeze)
            self._thresholds = gc.get_threshold()
            gc.set_threshold(self._thresholds[0], self._thresholds[1], RARE_FULL)
            self.set_interval(IDLE_COLLECT, self._collect_when_idle)
        # where this dossier came from: a path, so Content (a str border title is markup)
        self.timeline.list.border_subtitle = Content(clean(self.label, 60))
        self.timeline.list.focus()
        self._show_marks()
        if self.restore is not None:
            self._restore(*self.restore)
        self._tell_problems(self.problems, "problem", "building this dossier")
        if self.disk_bases is not None:
            self.check_disk(self.disk_bases)

    def on_unmount(self) -> None:
        if self.ix.n_events > FREEZE_ABOVE:
            gc.set_threshold(*self._thresholds)
            gc.unfreeze()

    def on_key(self, event: events.Key) -> None:
        self._last_key = time.monotonic()

    def _collect_when_idle(self) -> None:
        """A full collection, if no key has come for a while."""
        if time.monotonic() - self._last_key > IDLE_COLLECT / 2:
            gc.collect()

    # ------------------------------------------------------------ curation
    def _show_marks(self) -> None:
        self.timeline.curatable = self.actors.curatable = self.curator is not None
        cur = self.curator.curated if self.curator else None
        self.timeline.redraw(cur)
        self.actors.redraw(cur)

    def _restore(self, pane: str, target: str | None) -> None:
        self.show_pane(pane)
        if target is None:
            return
        if pane == "actors":
            self.actors.select_actor(target)
            self.query_one("#actor-list").focus()
        elif pane == "timeline":
            self.timeline.select_event(target)

    @on(Curate)
    def _curate(self, message: Curate) -> None:
        message.stop()
        c = self.curator
        if c is None:
            self.notify(
                "Decisions are kept in curation.yaml beside a timeline file: build one "
                "(dossier build FOLDER -o data/timeline.yaml) and open it to curate it.",
                severity="warning",
                markup=False,
            )
            return
        what = "actor" if message.kind == "actor" else "event"
        if message.action == "merge" and c.pending and c.pending.target == message.target:
            c.pending = None
            self.notify("Merge forgotten.", markup=False)
            return
        if message.action == "merge" and (c.pending is None or c.pending.kind != message.kind):
            name = self._name_of(message)
            c.pending = Pending(message.kind, message.target, name)
            self.notify(
                f"Merging {name}: press m on the {what} it belongs with "
                "(m on this one again: forget it).",
                markup=False,
            )
            return
        ask = self._question(message)
        if ask is None:
            self._decide(message, None)
            return
        self.app.push_screen(ask, lambda value: value is not None and self._decide(message, value))

    def _name_of(self, message: Curate) -> str:
        if message.kind == "actor":
            a = self.ix.actor(message.target)
            return f"“{clean(a.name, 40)}”" if a else "the actor"
        return f"“{clean(self.ix.event_by_id[message.target].brief, 50)}”"

    def _question(self, message: Curate) -> AskScreen | None:
        """The question a decision needs answered first, if any."""
        name = self._name_of(message)
        if message.action == "tag":
            return AskScreen("Tag", f"Tag {name} (a tag it has already: take it off)")
        if message.action == "note":
            return AskScreen("Note", f"A note on {name}")
        if message.action == "redate":
            e = self.ix.event_by_id[message.target]
            return AskScreen(
                "Correct the date",
                f"The date of {name} (now {event_date(e)}), as a TIMEX3 value",
                e.date or "",
                "2023-08-08, 2023-08, 2023-W32, 2023-Q3, 2023-FA or 2023",
                date_problem,
            )
        if message.action == "rename":
            a = self.ix.actor(message.target)
            return AskScreen("Rename", f"The name {name} should have", a.name if a else "")
        if message.action == "move":
            return AskScreen(
                "Move the passage",
                "The headline of the event the passage makes (empty: its first words)",
                check=None,
            )
        return None

    @work(thread=True, exclusive=True, group="curate")
    def _decide(self, message: Curate, value: str | None) -> None:
        """Make the decision and save it (in a thread: the first one reads the dossier
        whole); then draw the marks again, or index the dossier again."""
        from dossier_tui.writes import WriteError

        c = self.curator
        assert c is not None
        try:
            c.start(c.machine or self.ix)
            again = c.decide(message, self.ix, value)
        except WriteError as e:
            self.app.call_from_thread(
                self.notify, str(e), title="Not saved", severity="error", markup=False
            )
            return
        self._after(again, self._here())

    def _here(self) -> tuple[str, str | None]:
        if self.pane == "actors":
            a = self.actors.current
            return "actors", a.id if a else None
        return self.pane, self.timeline.list.value

    def _after(self, again: bool, here: tuple[str, str | None]) -> None:
        """Show the curation as it now is (called in a worker's thread)."""
        c = self.curator
        assert c is not None
        if again:
            ix = c.index()
            self.app.call_from_thread(self.app.curated_index, ix, here)
        else:
            self.app.call_from_thread(self._show_marks)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "undo":
            c = self.curator
            return c is not None and c.session is not None and c.session.can_undo
        if action == "hidden":
            return self.curator is not None and self.curator.has_decisions
        return self._check_action(action, parameters)

    def action_undo(self) -> None:
        self._undo(self._here())

    @work(thread=True, exclusive=True, group="curate")
    def _undo(self, here: tuple[str, str | None]) -> None:
        c = self.curator
        assert c is not None
        from dossier_tui.writes import WriteError

        try:
            done = c.undo()
        except WriteError as e:
            self.app.call_from_thread(
                self.notify, str(e), title="Not undone", severity="error", markup=False
            )
            return
        if done:
            self.app.call_from_thread(self.notify, "Undone.", markup=False)
            self._after(True, here)

    def action_hidden(self) -> None:
        c = self.curator
        assert c is not None
        c.show_hidden = not c.show_hidden
        self.notify(
            "Hidden events and actors are shown, marked (hidden)."
            if c.show_hidden
            else "Hidden events and actors are left out.",
            markup=False,
        )
        self._reindex(self._here())

    @work(thread=True, exclusive=True, group="curate")
    def _reindex(self, here: tuple[str, str | None]) -> None:
        c = self.curator
        assert c is not None
        c.start(c.machine or self.ix)
        self._after(True, here)

    # ------------------------------------------------------------ problems
    def _tell_problems(self, problems: list[Problem], noun: str, what: str) -> None:
        """A toast: "3 problems building this dossier: press p to see them"."""
        if problems:
            n = len(problems)
            self.notify(
                f"{n} {noun}{'s' if n != 1 else ''} {what}: press p to see them.",
                severity="warning",
                markup=False,
            )

    @work(thread=True, exclusive=True, group="disk-check")
    def check_disk(self, bases: list[Path]) -> None:
        """Hash the sources' files (I/O, so in a thread); stops when cancelled."""
        from dossier_tui.ingest import changed_on_disk

        worker = get_current_worker()
        heads = self.ix.source_heads()  # here, not when the screen opens: a large dossier has many
        if not any(s.sha256 for s in heads):
            return
        try:
            found = changed_on_disk(heads, bases, stop=lambda: worker.is_cancelled)
        except Cancelled:
            return
        if found:
            self.post_message(self.ProblemsFound(found))

    @on(ProblemsFound)
    def _found(self, message: ProblemsFound) -> None:
        self.problems += message.problems
        self.refresh_bindings()
        self._tell_problems(message.problems, "source", "changed or gone on disk since the build")

    def action_problems(self, shown: bool = True) -> None:
        from dossier_tui.app.screens.problems import ProblemsScreen

        def opened(source_id: str | None) -> None:
            if source_id:
                self.follow(Link("source", source_id))

        self.app.push_screen(ProblemsScreen(self.problems, self.ix.source_heads()), opened)

    # ------------------------------------------------------------ parts
    @property
    def timeline(self) -> TimelinePane:
        return self.query_one(TimelinePane)

    @property
    def actors(self) -> ActorsPane:
        return self.query_one(ActorsPane)

    @property
    def sources(self) -> SourcesPane:
        return self.query_one(SourcesPane)

    @property
    def pane(self) -> str:
        return self.query_one(TabbedContent).active

    def show_pane(self, name: str) -> None:
        self._listed(name)
        self.query_one(TabbedContent).active = name

    def _listed(self, name: str) -> None:
        """The actors' and sources' lists are filled when their pane is first shown."""
        if name == "actors":
            self.actors.ensure_listed()
        elif name == "sources":
            self.sources.ensure_listed()

    # ------------------------------------------------------------ actions
    def action_pane(self, name: str) -> None:
        self.show_pane(name)
        focus = {"timeline": "#timeline-list", "actors": "#actor-list", "sources": "#source-list"}[
            name
        ]
        self.set_focus(self.query_one(focus))

    def on_descendant_focus(self) -> None:
        """Tell each list/detail pair which half has the focus (narrow layouts give
        that half most of the height)."""
        for split in self.query(".split"):
            detail = any(w.has_focus for w in split.query(".pane-detail *"))
            split.set_class(detail, "-reading")
            split.set_class(not detail, "-listing")
        self.refresh_bindings()

    @on(TabbedContent.TabActivated)
    def _tab(self, message: TabbedContent.TabActivated) -> None:
        self._listed(message.pane.id or "")
        self.refresh_bindings()

    def _check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "trail":
            return self.trail_here() is not None
        if action == "problems":  # the binding shown when there are problems, the other when not
            return parameters[0] == bool(self.problems)
        return True

    def action_copy(self) -> None:
        text, what = self.selection_text()
        if not text:
            self.notify("Nothing selected to copy.", severity="warning")
            return
        self.app.copy_to_clipboard(text)
        self.notify(
            f"Copied {what} to the clipboard (if the terminal allows it). "
            "To keep the whole dossier in a file, press e to export.",
            markup=False,
        )

    def selection_text(self) -> tuple[str, str]:
        """What ``c`` copies in the current pane, and a word for it."""
        if self.pane == "sources":
            r = self.sources.reader
            if r.source is not None and r.passage:
                stop = self.trail[self.trail_pos] if self.trail else None
                who = (
                    f"{stop.speaker}, "
                    if stop and stop.speaker and stop.source == r.source.id
                    else ""
                )
                return f"“{clean(r.lit_text())}” — {who}{source_name(r.source, 200)}", "the passage"
            return "", ""
        if self.pane == "actors":
            link = self.query_one("#actor-links").value
            a = self.actors.current
            if a is not None and link is not None and link.kind == "quote":
                q = a.quotes[link.index]
                return (
                    f"“{clean(q.text)}” — {clean(a.name)}, {source_name(self.ix.source(q.source), 200)}",
                    "the quote",
                )
            return (clean(a.name), "the name") if a else ("", "")
        e = self.timeline.current
        if e is None:
            return "", ""
        return event_text(e, self.ix.sources, self.ix.actor_names(e)), "the event"

    def action_export(self) -> None:
        from dossier_tui.app.screens.export import ExportScreen

        if self.app.return_code is not None:
            return  # quitting: a dialog mounted now would find its app gone
        self.app.push_screen(ExportScreen(self.ix.dossier))

    def action_help(self) -> None:
        from dossier_tui.app.screens.help import ABOUT, KEY_EVENTS_ABOUT, HelpScreen

        about = ABOUT.get(self.pane, "")
        if self.pane == "timeline" and self.ix.has_key_view:
            about += " " + KEY_EVENTS_ABOUT
        self.app.push_screen(HelpScreen(self.pane, self.active_bindings, about))

    def trail_here(self) -> tuple[tuple[str, str], int | None] | None:
        """The trail ``n``/``N`` step through where the focus is, and the stop of it that
        is highlighted there (None: none in particular): the highlighted event's
        passages, the highlighted actor's quotes, or in the reader the trail it shows."""
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

    # ------------------------------------------------------------ following links
    @on(Follow)
    def _follow(self, message: Follow) -> None:
        message.stop()
        self.follow(message.link)

    def follow(self, link: Link) -> None:
        """Show what a link points at, in the pane it belongs to."""
        if link.kind == "event":
            self.show_pane("timeline")
            self.timeline.select_event(link.target)
            self.timeline.list.focus()
        elif link.kind == "actor":
            self.show_pane("actors")
            self.actors.select_actor(link.target)
            self.query_one("#actor-list").focus()
        elif link.kind == "only-actor":
            self.show_pane("timeline")
            self.timeline.set_filter(TimelineFilter("", link.target))
            self.timeline.list.focus()
        elif link.kind == "source":
            self.show_pane("sources")
            self.sources.open(link.target)
            self.query_one("#source-list").focus()
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
