"""The dossier app: opens a Dossier (or builds one from articles) and shows it.

The App itself only decides what to show first; the panes live in MainScreen.
"""
from __future__ import annotations

import threading
from pathlib import Path

from textual.app import App
from textual.binding import Binding

from dossier_tui.app.commands import DossierCommands
from dossier_tui.app.index import DossierIndex
from dossier_tui.app.screens.loading import LoadingScreen
from dossier_tui.app.screens.main import MainScreen
from dossier_tui.model import Dossier
from dossier_tui.safe_text import printable


class DossierApp(App[int]):
    """A terminal dossier: timeline, actors and sources, every fact with its source text."""

    CSS_PATH = Path(__file__).with_name("dossier.tcss")
    TITLE = "dossier"
    COMMANDS = App.COMMANDS | {DossierCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    BINDINGS = [Binding("q", "quit", "Quit", tooltip="Leave dossier")]

    def __init__(self, dossier: Dossier | None = None, label: str = "",
                 paths: list[str] | None = None) -> None:
        """Show ``dossier``; or, without one, build one from the articles at ``paths``."""
        super().__init__()
        self.dossier = dossier
        self.label = label
        self.paths = paths or []
        self.index: DossierIndex | None = None
        self.skipped = False  # some input could not be read: exit status 1, as in the CLI
        self.error: str | None = None  # why the app gave up, said on stderr after it closes
        self.build_thread: threading.Thread | None = None  # the build, while one runs

    def on_mount(self) -> None:
        if self.dossier is not None:
            self.open_dossier(self.dossier, self.label)
        else:
            self.push_screen(LoadingScreen(self.paths))

    def open_dossier(self, d: Dossier, label: str, skipped: bool = False) -> None:
        """Show ``d`` (replacing the loading screen if there is one). A stored dossier's
        sources are checked against their files; one just built from ``paths`` is not."""
        self.dossier, self.label = d, label
        self.index = DossierIndex(d)
        self.sub_title = printable(label, keep_newlines=False)
        screen = MainScreen(self.index, label, None if self.paths else self.disk_bases(label))
        if isinstance(self.screen, LoadingScreen):
            self.switch_screen(screen)
        else:
            self.push_screen(screen)
        self.skipped = skipped

    @staticmethod
    def disk_bases(label: str) -> list[Path]:
        """Where the relative paths of a stored dossier's sources may start: here, else
        the folder of the timeline file (``label``, when it names one) or any above it."""
        bases = [Path.cwd()]
        timeline = Path(label)
        if label and timeline.is_file():
            bases += timeline.resolve().parents
        return bases

    def fail(self, message: str) -> None:
        """Give up (nothing could be read): leave, and let the caller say why (on the
        terminal, after the app: so the message is made printable here)."""
        self.error = printable(message, keep_newlines=False)
        self.exit(return_code=1)
