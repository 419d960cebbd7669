"""An OptionList that carries a value per option and moves with j/k and g/G as well as
arrows, Home and End.

Every list of the app (events, actors, sources, evidence and profile links) is one of
these: OptionList renders only the visible lines, so it stays fast with 10,000 rows,
and ``markup=False`` keeps article text from being read as markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

T = TypeVar("T")


class RowCursor(Generic[T]):
    """What every list of the app offers the panes: the row of a value, and the cursor
    moved to it."""

    highlighted: int | None

    def index_of(self, value: T) -> int | None:
        raise NotImplementedError

    def highlight_value(self, value: T) -> bool:
        """Move the cursor to the row holding ``value``; False if it is not listed."""
        index = self.index_of(value)
        if index is not None:
            self.highlighted = index
        return index is not None


class NavList(RowCursor[T], OptionList, Generic[T]):
    """Options with values; ``value_of(option)`` gives back what a row stands for."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(markup=False, id=id, classes=classes)
        self._values: dict[str, T] = {}

    def fill(self, rows: Iterable[tuple[Content | str, T | None]]) -> None:
        """Replace all options. A row whose value is None is a heading (not selectable)."""
        self._values = {}
        options: list[Option] = []
        for i, (prompt, value) in enumerate(rows):
            if value is None:
                options.append(Option(prompt, disabled=True))
            else:
                key = f"o{i}"
                self._values[key] = value
                options.append(Option(prompt, id=key))
        self.set_options(options)
        first = next((i for i, o in enumerate(options) if not o.disabled), None)
        self.highlighted = first

    def on_resize(self) -> None:
        """A smaller view must still show the cursor (once the lines are laid out again)."""
        self.call_after_refresh(self.scroll_to_highlight)

    def value_of(self, option: Option | None) -> T | None:
        if option is None or option.id is None:
            return None
        return self._values.get(option.id)

    @property
    def value(self) -> T | None:
        """The value of the highlighted row."""
        return self.value_of(self.highlighted_option)

    def index_of(self, value: T) -> int | None:
        """The row holding ``value``, if it is listed."""
        key = next((k for k, v in self._values.items() if v == value), None)
        return None if key is None else self.get_option_index(key)
