"""The export dialog: a path and a format. An existing file is only replaced, and a
missing folder only made, after the user confirms: the note says what the button now
does ("Overwrite", "Create folder"), and a second press does it; editing the path
takes the question back. Files are written as ``writes.write_atomic`` writes them:
atomically, never making a folder itself."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from dossier_tui.curation import Curated
from dossier_tui.export import FORMATS, format_for, render
from dossier_tui.model import Dossier
from dossier_tui.safe_text import shown
from dossier_tui.writes import WriteError, write_atomic

#: the format the dialog offers first, and chooses when the file name asks for none
OFFERED = "md"
#: the formats as the dialog lists them: the one it offers first, then the others in order
CHOICES = sorted(FORMATS.values(), key=lambda f: f.name != OFFERED)
#: what the Export button becomes when the dialog asks first
OVERWRITE, CREATE = "Overwrite", "Create folder"


class ExportScreen(ModalScreen[str | None]):
    """Ask where and how to export; dismiss with the path written, or None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self,
        dossier: Dossier | Curated | Callable[[], Dossier | Curated],
        path: str = "dossier.md",
    ) -> None:
        """``dossier``: the dossier, or how to read it whole (only when the user exports)."""
        super().__init__()
        self.dossier = dossier
        self.initial = path
        #: the question the user was asked, (what the button does, the path it was about)
        self.confirm_for: tuple[str, str] | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            yield Label("File")
            yield Input(self.initial, id="export-path")
            with RadioSet(id="export-format"):
                for f in CHOICES:
                    yield RadioButton(
                        f.description,
                        value=f.name == (format_for(self.initial) or OFFERED),
                        name=f.name,
                    )
            yield Static("", id="export-note", markup=False)
            with Horizontal(id="export-buttons"):
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one("#export-box").border_title = "Export the dossier"
        self.query_one("#export-path", Input).focus()

    @property
    def fmt(self) -> str:
        pressed = self.query_one(RadioSet).pressed_button
        return pressed.name if pressed and pressed.name else OFFERED

    def note(self, text: str, warn: bool = False) -> None:
        note = self.query_one("#export-note", Static)
        note.update(text)
        note.set_class(warn, "-warn")

    def ask(self, action: str, path: str, question: str) -> None:
        """Ask before doing ``action`` (the button's new label) for ``path``."""
        self.confirm_for = (action, path)
        self.note(question, warn=True)
        self.query_one("#export-ok", Button).label = action

    def unask(self) -> None:
        """Take back the question: the path or the format changed."""
        self.confirm_for = None
        self.note("")
        self.query_one("#export-ok", Button).label = "Export"

    def confirmed(self, action: str, path: str) -> bool:
        return self.confirm_for == (action, path)

    @on(Input.Changed, "#export-path")
    def _path_changed(self, message: Input.Changed) -> None:
        self.unask()
        fmt = format_for(message.value)
        if fmt:
            for button in self.query(RadioButton):
                if button.name == fmt and not button.value:
                    button.value = True

    @on(RadioSet.Changed)
    def _format_changed(self) -> None:
        """Keep the file name's extension in step with the chosen format."""
        inp = self.query_one("#export-path", Input)
        path = Path(inp.value)
        want = FORMATS[self.fmt].suffix
        if inp.value and format_for(inp.value) != self.fmt:
            with inp.prevent(Input.Changed):
                inp.value = str(path.with_suffix(want))
            self.unask()

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-ok")
    def export(self) -> None:
        path = self.query_one("#export-path", Input).value.strip()
        if not path:
            self.note("Give a file name.", warn=True)
            return
        target = Path(path).expanduser()
        if target.is_dir():
            self.note(f"{shown(path)} is a folder; give a file name.", warn=True)
            return
        folder = target.parent
        if not folder.exists():
            if not self.confirmed(CREATE, path):
                self.ask(
                    CREATE,
                    path,
                    f"Folder {shown(os.path.abspath(folder))} does not exist. "
                    f"Press {CREATE} to make it.",
                )
                return
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                self.note(
                    f"{shown(os.path.abspath(folder))}: cannot make the folder ({e.strerror})",
                    warn=True,
                )
                return
        elif target.exists() and not self.confirmed(OVERWRITE, path):
            self.ask(
                OVERWRITE, path, f"{shown(path)} already exists. Press {OVERWRITE} to replace it."
            )
            return
        try:  # a FIFO nobody reads is refused rather than waited for: the app must not hang
            d = self.dossier() if callable(self.dossier) else self.dossier
            write_atomic(target, render(d, self.fmt), wait=False)
        except WriteError as e:
            self.note(str(e), warn=True)
            self.app.notify(str(e), title="Export failed", severity="error", markup=False)
            return
        self.app.notify(f"Wrote {shown(os.path.abspath(target))}", title="Exported", markup=False)
        self.dismiss(path)

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
