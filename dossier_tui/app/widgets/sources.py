"""The sources pane: every article with its date and how that date is known, and
the reader showing the highlighted one."""
from __future__ import annotations

from pathlib import PurePath

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Vertical
from textual.content import Content

from dossier_tui.app.widgets.navlist import NavList
from dossier_tui.app.widgets.reader import Reader
from dossier_tui.app.words import clean, published
from dossier_tui.index_db import Index
from dossier_tui.model import Source


def source_row(s: Source) -> Content:
    """Two lines: the outlet (or, when none is known, the file name) and the title,
    then the date and its basis. The file name finds an article whatever its title."""
    name = clean(s.outlet or PurePath(s.path).name, 120)
    title = clean(s.title, 120) if s.title else ""
    first = Content.assemble((name, "bold"), (f" — {title}" if title else "", ""))
    basis = "" if s.published_basis == "unknown" else f" · {s.published_basis}"
    return Content.assemble(first, "\n  ", (f"{published(s, note=False)}{basis}", "dim"))


class SourcesPane(Vertical):
    """Source list and reader."""

    BINDINGS = [
        Binding("r", "read", "Read", tooltip="Move to the reader"),
        Binding("escape", "list", "Back to list", key_display="Esc"),
    ]

    def __init__(self, ix: Index, **kwargs) -> None:
        super().__init__(**kwargs)
        self.ix = ix
        #: the list is filled (``ensure_listed``)
        self.listed = False

    def compose(self) -> ComposeResult:
        with Container(classes="split"):
            yield NavList[str](id="source-list", classes="pane-list")
            yield Reader(id="reader", classes="pane-detail")

    def on_mount(self) -> None:
        self.query_one("#source-list", NavList).border_title = f"Sources · {self.ix.n_sources}"
        self.reader.border_title = "Reader"

    def ensure_listed(self, read_first: bool = True) -> None:
        """Fill the list, the first time the pane is needed (not when the dossier opens),
        and (``read_first``) show its first source in the reader."""
        if self.listed:
            return
        self.listed = True
        lst = self.query_one("#source-list", NavList)
        with lst.prevent(NavList.OptionHighlighted):
            lst.fill([(source_row(s), s.id) for s in self.ix.source_heads()])
        if read_first and self.reader.source is None:
            self.reader.show(self.ix.source(lst.value) if lst.value else None)

    @property
    def reader(self) -> Reader:
        return self.query_one(Reader)

    def open(self, source_id: str, passage: tuple[int, int] | None = None,
             mark: tuple[int, int] | None = None, note: str = "") -> None:
        """Show a source in the reader, a passage lit, without moving focus."""
        self.ensure_listed(read_first=False)
        lst = self.query_one("#source-list", NavList)
        with lst.prevent(NavList.OptionHighlighted):
            lst.highlight_value(source_id)
        self.reader.show(self.ix.source(source_id), passage, mark, note)

    @on(NavList.OptionHighlighted, "#source-list")
    def _highlighted(self, message: NavList.OptionHighlighted) -> None:
        sid = self.query_one("#source-list", NavList).value_of(message.option)
        if sid and (self.reader.source is None or self.reader.source.id != sid):
            self.reader.show(self.ix.source(sid))

    @on(NavList.OptionSelected, "#source-list")
    def _selected(self) -> None:
        self.action_read()

    def action_read(self) -> None:
        self.reader.scroller.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "list":
            return self.reader.scroller.has_focus
        if action == "read":
            return not self.reader.scroller.has_focus
        return True

    def action_list(self) -> None:
        self.query_one("#source-list").focus()
