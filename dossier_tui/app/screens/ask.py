"""A one-line question: a tag, a note, a corrected date, a new name. Enter answers,
Esc takes it back; an answer the question cannot take is said under the line and the
question stays open."""

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
    ) -> None:
        super().__init__()
        self.title_text = title
        self.question = question
        self.value = value
        self.placeholder = placeholder
        self.check = check

    def compose(self) -> ComposeResult:
        with Vertical(id="ask-box"):
            yield Label(self.question, markup=False)
            yield Input(self.value, placeholder=self.placeholder, id="ask-input")
            yield Static("Enter to save · Esc to cancel", id="ask-note", markup=False)

    def on_mount(self) -> None:
        self.query_one("#ask-box").border_title = self.title_text
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _answer(self, message: Input.Submitted) -> None:
        answer = " ".join(message.value.split())
        problem = "Type something, or Esc to cancel." if not answer else None
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
