"""A one-line question: a tag, a note, a corrected date, a new name, the headline of a
moved passage's event. Enter answers, Esc takes it back; an answer the question cannot
take is said under the line and the question stays open."""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static


class AskScreen(ModalScreen[str | None]):
    """Ask for one line of text; dismiss with it (stripped), or None when cancelled.
    ``check(answer)`` gives what is wrong with an answer, or None when it will do."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self,
        title: str,
        question: str,
        value: str = "",
        placeholder: str = "",
        check: Callable[[str], str | None] | None = None,
        note: str = "Enter to save · Esc to cancel",
    ) -> None:
        super().__init__()
        self.title_text = title
        self.question = question
        self.value = value
        self.placeholder = placeholder
        self.check = check
        self.note = note
        #: whether no answer will do (an empty one: what the question says it means)
        self.may_be_empty = False

    def compose(self) -> ComposeResult:
        with Vertical(id="ask-box"):
            yield Label(self.question, markup=False)
            yield Input(self.value, placeholder=self.placeholder, id="ask-input")
            yield Static(self.note, id="ask-note", markup=False)

    def on_mount(self) -> None:
        self.query_one("#ask-box").border_title = self.title_text
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _answer(self, message: Input.Submitted) -> None:
        answer = " ".join(message.value.split())
        problem = None if answer or self.may_be_empty else "Type something, or Esc to cancel."
        if problem is None and self.check is not None:
            problem = self.check(answer)
        if problem:
            note = self.query_one("#ask-note", Static)
            note.update(problem)
            note.add_class("-warn")
            return
        self.dismiss(answer)

    def action_cancel(self) -> None:
        self.dismiss(None)


#: what a MoveScreen answers when the passage goes to an event already there (no
#: answer typed is ever it: answers are words between single spaces)
ELSEWHERE = "\t"


class MoveScreen(AskScreen):
    """Where a passage goes: an event of its own (Enter, with its headline or none), or
    (Tab) an event already there, which the next key picks."""

    BINDINGS = [Binding("tab", "elsewhere", "To an event already there")]

    def __init__(self) -> None:
        super().__init__(
            "Move the passage",
            "The headline of the passage's own event (empty: its first words)",
            note="Enter: its own event · Tab: to another event · Esc: cancel",
        )
        self.may_be_empty = True

    def action_elsewhere(self) -> None:
        self.dismiss(ELSEWHERE)
