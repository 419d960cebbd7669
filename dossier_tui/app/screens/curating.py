"""Curating on the main screen: a pane's key asks for a decision (``Curate``); the
screen asks for the value it needs (a tag, a note, a date, a name), has the Curator
make and save it in a worker, then draws the marks again or shows the dossier indexed
again, on the same pane and row. A merge's and a move's keys come in pairs (the second
where it goes; Esc forgets the first). ``u`` undoes, ``H`` shows the hidden."""

from __future__ import annotations

from textual import work
from textual.screen import ModalScreen
from textual.widgets import TabbedContent

from dossier_tui import curation
from dossier_tui.app.curator import Answer, Curate, Curator, Pending, date_problem
from dossier_tui.app.screens.ask import ELSEWHERE, AskScreen, MoveScreen
from dossier_tui.app.screens.split import SplitScreen
from dossier_tui.app.words import clean, event_date, source_name
from dossier_tui.index_db import Index


class Curating:
    """The main screen's part in curation (a mixin: ``self`` is the MainScreen)."""

    curator: Curator | None
    ix: Index

    def _show_marks(self) -> None:
        c = self.curator
        panes = self._made_panes()
        for pane in panes:
            pane.curatable = c is not None
        self.timeline.moving = (
            c is not None and c.pending is not None and c.pending.action == "move"
        )
        cur = c.curated if c else None
        if cur is None and self.timeline.curated is None:
            return  # nothing decided: nothing to draw again
        for pane in panes:
            pane.redraw(cur)

    def _made_panes(self) -> list:
        """The panes that are made (the actors' and sources' wait to be shown)."""
        return [
            getattr(self, name) for name in ("timeline", "actors", "sources") if self.made(name)
        ]

    def use_index(self, ix: Index, here: tuple[str, str | None]) -> None:
        """Show the dossier of ``ix`` (the same sources, its events and actors as the
        curation now makes them) in these panes, on the same pane and row."""
        self.ix = ix
        panes = self._made_panes()
        for pane in panes:
            pane.ix = ix
        self.problems = list(ix.problems) + (self.curator.problems() if self.curator else [])
        self.trail, self.trail_of = [], None
        tabs = self.query_one(TabbedContent)
        tabs.get_tab("timeline").label = f"1 Timeline ({ix.n_events:,})"
        tabs.get_tab("actors").label = f"2 Actors ({ix.n_actors:,})"
        if self.made("actors"):
            self.actors.relist()
        self.timeline.relist()
        self._show_marks()
        self._restore(*here)
        self.refresh_bindings()

    def _restore(self, pane: str, target: str | None) -> None:
        self.when_made(pane, lambda: self._show_row(pane, target))

    def _show_row(self, pane: str, target: str | None) -> None:
        self.show_pane(pane)
        if target is None:
            return
        if pane == "actors":
            self.actors.select_actor(target)
            self.query_one("#actor-list").focus()
        elif pane == "timeline":
            self.timeline.select_event(target)

    def on_curate(self, message: Curate) -> None:
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
        if self._second_key(c, message) or self._nothing_to_split(message):
            return
        ask = self._question(message)
        if ask is None:
            self._decide(message, None)
            return
        self.app.push_screen(ask, lambda value: self._answered(message, value))

    def _second_key(self, c: Curator, message: Curate) -> bool:
        """The keys of a merge and a move come in pairs: the first marks what it is about,
        the second is pressed where it goes (on the same one again: forget it). Whether
        ``message`` was one of those."""
        p = c.pending
        if p is not None and (p.action, p.kind) == (message.action, message.kind):
            self.app.clear_notifications()  # what the first key said is done with
            if p.target == message.target:
                self.action_forget()
            else:
                self._decide(message, None)
            return True
        if message.action == "merge":
            self._wait(Pending("merge", message.kind, message.target, self._name_of(message)))
            return True
        return False

    def _answered(self, message: Curate, value: Answer) -> None:
        if value == ELSEWHERE:
            e = self.ix.event_by_id[message.target]
            v = e.evidence[message.passage or 0]
            label = f"“{clean(v.passage, 40)}”"
            self._wait(Pending("move", "event", e.id, label, curation.passage_anchor(v)))
        elif value is not None:
            self._decide(message, value)

    def _wait(self, p: Pending) -> None:
        """Keep the first key of a merge or a move, and say what the second one does."""
        assert self.curator is not None
        self.curator.pending = p
        self.timeline.moving = p.action == "move"
        if p.action == "move":
            said = f"Moving the passage {p.label}: press M on the event it belongs to"
        else:
            what = "actor" if p.kind == "actor" else "event"
            said = f"Merging {p.label}: press m on the {what} it belongs with"
        self.notify(said + " (Esc: forget it).", markup=False)
        self.refresh_bindings()

    def action_forget(self) -> None:
        c = self.curator
        if c is not None and c.pending is not None:
            self.notify(f"{c.pending.action.capitalize()} forgotten.", markup=False)
            c.pending = None
            self.timeline.moving = False
            self.refresh_bindings()

    def _name_of(self, message: Curate) -> str:
        if message.kind == "actor":
            a = self.ix.actor(message.target)
            return f"“{clean(a.name, 40)}”" if a else "the actor"
        if message.kind == "source":
            s = self.ix.source_head(message.target)
            return f"“{source_name(s, 50)}”" if s else "the source"
        return f"“{clean(self.ix.event_by_id[message.target].brief, 50)}”"

    def _question(self, message: Curate) -> ModalScreen | None:
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
            return MoveScreen()
        if message.action == "split":
            a = self.ix.actor(message.target)
            return SplitScreen(a) if a is not None else None
        return None

    def _nothing_to_split(self, message: Curate) -> bool:
        """Whether ``message`` asks to split an actor with no other names (said so)."""
        a = self.ix.actor(message.target) if message.action == "split" else None
        if a is None or a.aliases:
            return False
        self.notify(f"“{clean(a.name, 40)}” has no other names to split off.", markup=False)
        return True

    @work(thread=True, exclusive=True, group="curate")
    def _decide(self, message: Curate, value: Answer) -> None:
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
        if self.pane == "actors" and self.made("actors"):
            a = self.actors.current
            return "actors", a.id if a else None
        return self.pane, self.timeline.list.value

    def _after(self, again: bool, here: tuple[str, str | None]) -> None:
        """Show the curation as it now is (called in a worker's thread)."""
        c = self.curator
        assert c is not None
        self.app.call_from_thread(self.app.curation_saved)
        if again:
            ix = c.index()
            self.app.call_from_thread(self.app.curated_index, ix, here)
        else:
            self.app.call_from_thread(self._show_marks)

    def curation_allows(self, action: str) -> bool | None:
        """Whether the screen's curation key ``action`` works now (None: not one)."""
        if action == "undo":
            c = self.curator
            return c is not None and c.session is not None and c.session.can_undo
        if action == "hidden":
            return self.curator is not None and self.curator.has_decisions
        if action == "forget":
            return self.curator is not None and self.curator.pending is not None
        return None

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
