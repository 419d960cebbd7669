"""Splitting an actor: which of its other names are someone else, and that one's name.
Space picks a name, Tab goes to the name asked for (the first name picked, until one
is typed), Enter splits, Esc takes it back."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, SelectionList, Static

from dossier_tui.app.words import clean
from dossier_tui.model import Actor

#: what the note under the question says until an answer will not do
KEYS = "Space picks · Tab to the name · Enter splits · Esc cancels"


class SplitScreen(ModalScreen[tuple[str, tuple[str, ...]] | None]):
    """Dismissed with the new actor's name and the names it takes, or None."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        # before the list's own Enter (which picks) and the input's (which submits)
        Binding("enter", "split", "Split", priority=True),
    ]

    def __init__(self, actor: Actor) -> None:
        super().__init__()
        self.actor = actor
        #: the name last put in the input for the person (replaced while it is unchanged)
        self._offered = ""

    def compose(self) -> ComposeResult:
        name = clean(self.actor.name, 40)
        with Vertical(id="ask-box"):
            yield Label(f"Which names of “{name}” are someone else?", markup=False)
            yield SelectionList[str](
                *[(clean(n, 60), n) for n in self.actor.aliases], id="split-names"
            )
            yield Label("The name of the new actor", markup=False)
            yield Input(placeholder="the first name picked", id="ask-input")
            yield Static(KEYS, id="ask-note", markup=False)

    def on_mount(self) -> None:
        self.query_one("#ask-box").border_title = "Split"
        self.query_one(SelectionList).focus()

    @on(SelectionList.SelectedChanged)
    def _picked(self) -> None:
        """The first name picked is offered as the new actor's, until one is typed."""
        field = self.query_one(Input)
        if field.value.strip() in ("", self._offered):
            picked = self.query_one(SelectionList).selected
            self._offered = picked[0] if picked else ""
            field.value = self._offered

    def action_split(self) -> None:
        picked = tuple(self.query_one(SelectionList).selected)
        name = " ".join(self.query_one(Input).value.split()) or (picked[0] if picked else "")
        problem = None
        if not picked:
            problem = "Pick the names that leave with Space first (Esc cancels)."
        elif name.casefold() == " ".join(self.actor.name.split()).casefold():
            problem = "That is the name it keeps: give the new actor another."
        if problem:
            note = self.query_one("#ask-note", Static)
            note.update(problem)
            note.add_class("-warn")
            return
        self.dismiss((name, picked))

    def action_cancel(self) -> None:
        self.dismiss(None)
