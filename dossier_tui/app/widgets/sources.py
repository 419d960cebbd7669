"""The sources pane: every article with its date and how that date is known, and
the reader showing the highlighted one. ``/`` on the list narrows it to the sources
whose outlet, title or file name holds the words typed; in the reader it finds words
in the text. ``a`` writes a note on the source shown, which its row counts and the
reader's head shows."""

from __future__ import annotations

from pathlib import PurePath

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container
from textual.content import Content

from dossier_tui.app.curator import SOURCE_KEYS, Curate
from dossier_tui.app.widgets.list_filter import FilteredPane
from dossier_tui.app.widgets.navlist import NavList
from dossier_tui.app.widgets.reader import Reader
from dossier_tui.app.words import clean, published, source_name
from dossier_tui.curation import Curated
from dossier_tui.curation.marks import NONE as NO_MARKS
from dossier_tui.curation.marks import Marks
from dossier_tui.model import Source
from dossier_tui.wording import count


def source_row(s: Source, marks: Marks = NO_MARKS) -> Content:
    """Two lines: the outlet (or, when none is known, the file name) and the title,
    then the date and its basis, and how many notes a person wrote on it. The file name
    finds an article whatever its title."""
    name = clean(s.outlet or PurePath(s.path).name, 120)
    title = clean(s.title, 120) if s.title else ""
    first = Content.assemble((name, "bold"), (f" — {title}" if title else "", ""))
    basis = "" if s.published_basis == "unknown" else f" · {s.published_basis}"
    noted = f" · {count(len(marks.notes), 'note')}" if marks.notes else ""
    return Content.assemble(
        first, "\n  ", (f"{published(s, note=False)}{basis}", "dim"), (noted, "$accent")
    )


def names(s: Source) -> str:
    """What the list's filter searches: the outlet, the title and the file name."""
    return f"{source_name(s, 200)} {s.title or ''} {s.path}"


class SourcesPane(FilteredPane):
    """Source list and reader."""

    LIST, BAR, NOUN = "source-list", "source-filter", "sources"

    BINDINGS = [
        # a priority binding, as / is: "r/" typed at once finds in the text
        Binding("r", "read", "Read", priority=True, tooltip="Move to the reader"),
        Binding("escape", "list", "Back to list", key_display="Esc"),
        *SOURCE_KEYS,
    ]

    #: what a person decided about the dossier on show (None: nothing to show)
    curated: Curated | None = None
    #: whether the dossier on show can be curated (the keys that decide are offered)
    curatable = False

    def compose(self) -> ComposeResult:
        yield self.filter_bar()
        with Container(classes="split -listing"):  # the list has the focus first
            yield NavList[str](id="source-list", classes="pane-list")
            yield Reader(id="reader", classes="pane-detail")

    def on_mount(self) -> None:
        self.query_one("#source-list", NavList).border_title = f"Sources · {self.ix.n_sources:,}"
        self.reader.border_title = "Reader"

    def ensure_listed(self, read_first: bool = True) -> None:
        """Fill the list, the first time the pane is needed (not when the dossier opens),
        and (``read_first``) show its first source in the reader."""
        if self.listed:
            return
        self.list_rows()
        self.listed = True
        lst = self.list
        if read_first and self.reader.source is None:
            self._read(lst.value)

    def rows(self, text: str) -> tuple[list[tuple[Content, str]], int]:
        heads = every = self.ix.source_heads()
        if text.strip():
            named = {s.id for s in self.ix.sources_named(text, names, len(every))}
            heads = [s for s in every if s.id in named]
        return [(source_row(s, self.marks(s.id)), s.id) for s in heads], len(every)

    def marks(self, source_id: str) -> Marks:
        return self.curated.source_marks(source_id) if self.curated else NO_MARKS

    def redraw(self, curated: Curated | None) -> None:
        """Show a person's notes as they now are."""
        self.curated = curated
        if self.listed:
            self.list_rows(self.bar.value)
        source = self.reader.source
        self.reader.show_notes(self.marks(source.id).notes if source else ())

    def _read(
        self,
        source_id: str | None,
        passage: tuple[int, int] | None = None,
        mark: tuple[int, int] | None = None,
        note: str = "",
    ) -> None:
        """Show a source in the reader, with the notes a person wrote on it."""
        self.reader.show(self.ix.source(source_id) if source_id else None, passage, mark, note)
        self.reader.show_notes(self.marks(source_id).notes if source_id else ())

    def show_value(self, value: str | None) -> None:
        if value and (self.reader.source is None or self.reader.source.id != value):
            self._read(value)

    def filtering_here(self) -> bool:
        """Not in the reader: there ``/`` finds words in the text, and Esc goes back."""
        return not self.reader.has_focus_within

    @property
    def reader(self) -> Reader:
        return self.query_one(Reader)

    def open(
        self,
        source_id: str,
        passage: tuple[int, int] | None = None,
        mark: tuple[int, int] | None = None,
        note: str = "",
    ) -> None:
        """Show a source in the reader, a passage lit, without moving focus."""
        self.ensure_listed(read_first=False)
        lst = self.query_one("#source-list", NavList)
        with lst.prevent(NavList.OptionHighlighted):
            lst.highlight_value(source_id)
        self._read(source_id, passage, mark, note)

    @on(NavList.OptionHighlighted, "#source-list")
    def _highlighted(self, message: NavList.OptionHighlighted) -> None:
        self.show_value(self.query_one("#source-list", NavList).value_of(message.option))
        self.screen.refresh_bindings()  # n/N: the reader may no longer show a passage of the trail

    @on(NavList.OptionSelected, "#source-list")
    def _selected(self) -> None:
        self.action_read()

    def action_read(self) -> None:
        self.screen.set_focus(self.reader.scroller)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "curate":
            typing = self.bar.typing or self.reader.bar.typing
            return self.curatable and not typing and self.current is not None
        if action == "list":
            return self.reader.scroller.has_focus
        if action == "read":
            return not self.reader.scroller.has_focus
        return super().check_action(action, parameters)

    def action_list(self) -> None:
        self.query_one("#source-list").focus()

    @property
    def current(self) -> str | None:
        """The id of the source a key is about: the row highlighted, in the list; the
        source read, in the reader."""
        if self.list.has_focus:
            return self.list.value
        return self.reader.source.id if self.reader.source else None

    def action_curate(self, action: str) -> None:
        source = self.current
        if source is not None:
            self.post_message(Curate(action, "source", source))
