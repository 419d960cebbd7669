"""The main screen: three panes (timeline, actors, sources) in tabs, and the keys
that move between them.

Panes post ``Follow(link)``; this screen turns a link into "switch pane, select the
row, open the reader at the passage". An *evidence trail* (an event's passages, or an
actor's quotes) lets ``n``/``N`` step through passages across sources: the trail of
what is highlighted in the focused pane, never one left over from an earlier visit.

The actors' and the sources' panes are made when first shown: most visits never go
there, and every widget on the screen is one more for Textual to visit after each key.

The screen also keeps the dossier's problems (those of its build, and sources changed
on disk since, found by a worker when a stored dossier opens); ``p`` lists them.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widget import AwaitMount
from textual.widgets import TabbedContent, TabPane
from textual.worker import get_current_worker

from dossier_tui.app.curator import SCREEN_KEYS, Curator
from dossier_tui.app.links import Follow, Link
from dossier_tui.app.screens.curating import Curating
from dossier_tui.app.screens.following import Following, Stop
from dossier_tui.app.widgets.actors import ActorsPane
from dossier_tui.app.widgets.footer import FittedFooter
from dossier_tui.app.widgets.sources import SourcesPane
from dossier_tui.app.widgets.timeline import TimelinePane
from dossier_tui.app.words import clean, event_text, source_name
from dossier_tui.curation import Curated
from dossier_tui.index_db import Index
from dossier_tui.model import Cancelled, Dossier, Problem
from dossier_tui.wording import count

PANES = ("timeline", "actors", "sources")
#: the panes made when first shown, and the id of each one's widget
_LATER = {"actors": (ActorsPane, "actors-pane"), "sources": (SourcesPane, "sources-pane")}
#: above this many events, the objects alive once the screen is shown are left out of
#: the cycle collector's full collections (``gc.freeze``) while it is shown
FREEZE_ABOVE = 5000
#: a full collection of the cycle collector waits for this many younger ones (Python's is 10)
RARE_FULL = 1000
#: how often a full collection is made while the app is idle (seconds)
IDLE_COLLECT = 5.0


class MainScreen(Curating, Following, Screen):
    """Timeline, actors and sources, one visible at a time in tabs."""

    #: the timeline's list has the focus as the screen first shows (not a moment later:
    #: the footer would be made twice, for the screen's keys and then for the list's)
    AUTO_FOCUS = "#timeline-list"

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
        #: the panes of ``_LATER`` made, and those being made
        self._made: set[str] = set()
        self._making: dict[str, AwaitMount] = {}

    def compose(self) -> ComposeResult:
        ix = self.ix
        with TabbedContent(id="panes"):
            with TabPane(f"1 Timeline ({ix.n_events:,})", id="timeline"):
                yield TimelinePane(self.ix, self.key_view, id="timeline-pane")
            yield TabPane(f"2 Actors ({ix.n_actors:,})", id="actors")
            yield TabPane(f"3 Sources ({ix.n_sources:,})", id="sources")
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
            self.call_after_refresh(self._restore, *self.restore)
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

    # ------------------------------------------------------------ problems
    def _tell_problems(self, problems: list[Problem], noun: str, what: str) -> None:
        """A toast: "3 problems building this dossier: press p to see them"."""
        if problems:
            n = len(problems)
            self.notify(
                f"{count(n, noun)} {what}: press p to see them.",
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

    def made(self, name: str) -> bool:
        """Whether the pane ``name`` is there (the actors' and sources' wait to be shown)."""
        return name not in _LATER or name in self._made

    def when_made(self, name: str, then: Callable[[], object]) -> None:
        """Call ``then`` once the pane ``name`` is there: at once if it is, else once it
        is made (before this screen handles anything else)."""
        if self.made(name):
            then()
        else:
            self.call_next(self._make, name, then)

    async def _make(self, name: str, then: Callable[[], object] = lambda: None) -> None:
        if not self.made(name):
            mounting = self._making.get(name)
            if mounting is None:  # not asked already (a click on the tab, then its key)
                kind, pane_id = _LATER[name]
                pane = kind(self.ix, id=pane_id)
                pane.curatable = self.curator is not None
                pane.curated = self.curator.curated if self.curator else None
                mounting = self._making[name] = self.query_one(f"TabPane#{name}").mount(pane)
            await mounting
            self._made.add(name)
        then()

    def show_pane(self, name: str) -> None:
        """Show the pane ``name``, which must be made (``when_made``)."""
        self._listed(name)
        self.query_one(TabbedContent).active = name

    def _listed(self, name: str) -> None:
        """The actors' and sources' lists are filled when their pane is first shown."""
        if name == "actors":
            self.actors.ensure_listed()
        elif name == "sources":
            self.sources.ensure_listed()

    # ------------------------------------------------------------ actions
    async def action_pane(self, name: str) -> None:
        # awaited where the key is handled, so the keys typed after it ("2/jenrick") reach
        # the pane it shows
        await self._make(name)
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
        name = message.pane.id or ""
        self.when_made(name, lambda: (self._listed(name), self.refresh_bindings()))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        allowed = self.curation_allows(action)
        if allowed is not None:
            return allowed
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
                where = source_name(self.ix.source(q.source), 200)
                return f"“{clean(q.text)}” — {clean(a.name)}, {where}", "the quote"
            return (clean(a.name), "the name") if a else ("", "")
        e = self.timeline.current
        if e is None:
            return "", ""
        return event_text(e, self.ix.sources, self.ix.actor_names(e)), "the event"

    def action_export(self) -> None:
        from dossier_tui.app.screens.export import ExportScreen

        if self.app.return_code is not None:
            return  # quitting: a dialog mounted now would find its app gone
        self.app.push_screen(ExportScreen(self._to_export))

    def _to_export(self) -> Dossier | Curated:
        """What an export writes: the dossier with its curation, when it has one."""
        cur = self.curator.whole() if self.curator is not None else None
        return cur if cur is not None else self.ix.dossier()

    def action_help(self) -> None:
        from dossier_tui.app.screens.help import ABOUT, KEY_EVENTS_ABOUT, HelpScreen

        about = ABOUT.get(self.pane, "")
        if self.pane == "timeline" and self.ix.has_key_view:
            about += " " + KEY_EVENTS_ABOUT
        self.app.push_screen(HelpScreen(self.pane, self.active_bindings, about))

    # ------------------------------------------------------------ following links
    @on(Follow)
    def _follow(self, message: Follow) -> None:
        message.stop()
        self.follow(message.link)
