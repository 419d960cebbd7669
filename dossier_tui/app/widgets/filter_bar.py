"""A one-line bar: a text input and a short note beside it (what it found).

The timeline's filter, the actor and source lists' filters and the reader's find are
each one of these. It takes a single line, so a short terminal keeps its rows, and
``open`` focuses the input at once: keys typed in one burst after ``/`` (a paste, a
fast typist over SSH) all land in it, none fires a shortcut on the way.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Input, Static


def filter_bindings(tooltip: str) -> list[Binding]:
    """``/`` to filter (what it narrows: ``tooltip``) and Esc to clear, for a pane with a
    FilterBar. ``/`` is a priority binding: it focuses the bar before the keys that follow
    it are routed, so a burst such as ``/word`` lands in the bar."""
    return [
        Binding("slash", "filter", "Filter", priority=True, tooltip=tooltip),
        Binding("escape", "clear_filter", "Clear", key_display="Esc", tooltip="Clear the filter"),
    ]


class FilterBar(Horizontal):
    """Hidden until opened; an input (``#<id>-input``) and a note (``#<id>-note``)."""

    # in the input, ? and q are letters: help and quit have keys that are not
    BINDINGS = [
        Binding("f1", "screen.help", "Help", key_display="F1"),
        Binding("ctrl+q", "app.quit", "Quit", key_display="^q", priority=True),
    ]

    def __init__(self, placeholder: str, *, id: str) -> None:
        super().__init__(id=id, classes="filter-bar")
        self.placeholder = placeholder
        self._note_text = ""

    def compose(self) -> ComposeResult:
        yield Input(placeholder=self.placeholder, id=f"{self.id}-input", compact=True)
        yield Static(id=f"{self.id}-note", classes="filter-note", markup=False)

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    @property
    def value(self) -> str:
        return self.input.value

    @property
    def typing(self) -> bool:
        """The input has the focus."""
        return self.input.has_focus

    def open(self) -> None:
        """Show the bar and focus the input now (not after the next refresh, as
        ``focus()`` does), so the keys already on their way go to it."""
        self.add_class("-shown")
        self.screen.set_focus(self.input)

    def show(self, shown: bool) -> None:
        self.set_class(shown, "-shown")

    def set_value(self, text: str) -> None:
        """Put ``text`` in the input without telling anyone it changed."""
        inp = self.input
        if inp.value != text:
            with inp.prevent(Input.Changed):
                inp.value = text

    def note(self, text: str) -> None:
        """Say ``text`` beside the input; the screen is laid out again only when the
        note's length changes (a count typed key by key mostly keeps it)."""
        if text != self._note_text:
            self.query_one(".filter-note", Static).update(
                text, layout=len(text) != len(self._note_text)
            )
            self._note_text = text
