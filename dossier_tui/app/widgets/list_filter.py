"""A pane whose list ``/`` narrows by name, as the timeline's filter narrows events.

The actors and the sources panes are each one: a FilterBar above their list, ``/`` to
type in it, Esc to clear it. What a text matches is the index's to say (the same
search the command palette makes); the pane lists those rows, the cursor staying on
its row when that is still listed.
"""

from __future__ import annotations

from textual import on
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input

from dossier_tui.app.widgets.filter_bar import FilterBar, filter_bindings
from dossier_tui.app.widgets.navlist import NavList
from dossier_tui.index_db import Index


class FilteredPane(Vertical):
    """A pane with a NavList[str] (``LIST``) that its FilterBar (``BAR``) narrows."""

    #: the list's and the bar's ids, and what the rows are called ("actors")
    LIST = ""
    BAR = ""
    NOUN = ""

    BINDINGS = filter_bindings("Show only the rows whose name holds these words")

    def __init__(self, ix: Index, **kwargs) -> None:
        super().__init__(**kwargs)
        self.ix = ix
        #: the list is filled (``ensure_listed``)
        self.listed = False

    def filter_bar(self) -> FilterBar:
        """The bar, to yield first in ``compose``."""
        return FilterBar(f"the {self.NOUN} whose name holds…", id=self.BAR)

    @property
    def list(self) -> NavList[str]:
        return self.query_one(f"#{self.LIST}", NavList)

    @property
    def bar(self) -> FilterBar:
        return self.query_one(f"#{self.BAR}", FilterBar)

    # ------------------------------------------------------------ for each pane to say
    def rows(self, text: str) -> tuple[list[tuple[Content, str]], int]:
        """The rows whose names hold every word of ``text`` (all rows for no text), and
        how many rows there are in all."""
        raise NotImplementedError

    def show_value(self, value: str | None) -> None:
        """Show the row ``value`` in the detail (the cursor has moved there)."""
        raise NotImplementedError

    def filtering_here(self) -> bool:
        """Whether ``/`` and Esc filter the list where the focus is."""
        return True

    # ------------------------------------------------------------ the filter
    def list_rows(self, text: str = "") -> None:
        """Fill the list with the rows ``text`` passes, the cursor kept on its row."""
        lst = self.list
        before = lst.value
        rows, total = self.rows(text)
        with lst.prevent(NavList.OptionHighlighted):
            lst.fill(rows or [(Content(f"No {self.NOUN} match the filter."), None)])
            if before is not None:
                lst.highlight_value(before)
        title = self.NOUN.capitalize()
        lst.border_title = (
            f"{title} · {len(rows):,} of {total:,}" if text.strip() else f"{title} · {total:,}"
        )
        self.bar.note(
            f"{len(rows):,} of {total:,} {self.NOUN} · Esc clears" if text.strip() else ""
        )
        if self.listed and lst.value != before:
            self.show_value(lst.value)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "filter":  # in the input, "/" is a character
            return self.filtering_here() and not self.bar.typing
        if action == "clear_filter":
            return self.filtering_here() and self.bar.has_class("-shown")
        return True

    def action_filter(self) -> None:
        self.bar.open()
        self.screen.refresh_bindings()

    def action_clear_filter(self) -> None:
        """Esc: every row again, the bar hidden."""
        self.bar.set_value("")
        self.bar.show(False)
        self.list_rows()
        self.list.focus()

    @on(Input.Changed)
    def _typed(self, message: Input.Changed) -> None:
        if message.input.id == f"{self.BAR}-input":
            message.stop()
            self.list_rows(message.value)

    @on(Input.Submitted)
    def _submitted(self, message: Input.Submitted) -> None:
        if message.input.id == f"{self.BAR}-input":
            message.stop()
            self.bar.show(bool(message.value.strip()))
            self.list.focus()
