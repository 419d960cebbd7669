"""The dossier app: opens a dossier's index (building it first if need be) and shows it.

The App itself only decides what to show first; the panes live in MainScreen. What
the panes show comes from an ``Index``: the one beside a timeline file, one built
from it on a first open (IndexingScreen), or one made from a dossier in memory
(given, or just built from articles by LoadingScreen).
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Sequence

from textual.app import App
from textual.binding import Binding
from textual.filter import LineFilter

from dossier_tui.app.charset_filter import charset_filter, terminal_encoding
from dossier_tui.app.commands import DossierCommands
from dossier_tui.app.screens.indexing import IndexingScreen
from dossier_tui.app.screens.loading import LoadingScreen
from dossier_tui.app.screens.main import MainScreen
from dossier_tui.index_db import Index, index_dossier
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
                 paths: list[str] | None = None, index: Index | None = None,
                 timeline: str | None = None, encoding: str | None = None) -> None:
        """Show ``index``, else ``dossier``, else the timeline file ``timeline`` (indexed
        first), else build a dossier from the articles at ``paths``. ``encoding``: the
        terminal's (by default, that of the stream the screen is written to)."""
        super().__init__()
        #: on a terminal that is not UTF-8, what is drawn is fitted to its encoding
        self.charset = charset_filter(encoding or terminal_encoding())
        self.dossier = dossier
        self.label = label
        self.paths = paths or []
        self.timeline = timeline
        self.index: Index | None = index
        self.skipped = False  # some input could not be read: exit status 1, as in the CLI
        self.error: str | None = None  # why the app gave up, said on stderr after it closes
        self.build_thread: threading.Thread | None = None  # the build, while one runs

    def on_mount(self) -> None:
        if self.index is not None:
            self.show_index(self.index, self.label)
        elif self.dossier is not None:
            self.open_dossier(self.dossier, self.label)
        elif self.timeline is not None:
            self.push_screen(IndexingScreen(self.timeline))
        else:
            self.push_screen(LoadingScreen(self.paths))

    def get_line_filters(self) -> Sequence[LineFilter]:
        filters = super().get_line_filters()
        return [*filters, self.charset] if self.charset is not None else filters

    def on_unmount(self) -> None:
        if self.index is not None:
            self.index.close()

    def open_dossier(self, d: Dossier, label: str, skipped: bool = False, index: Index | None = None) -> None:
        """Show ``d`` through ``index`` (made here if not given)."""
        self.dossier = d
        self.show_index(index or index_dossier(d), label, skipped)

    def show_index(self, ix: Index, label: str, skipped: bool = False) -> None:
        """Show the dossier of ``ix`` (replacing the loading screen if there is one). A
        stored dossier's sources are checked against their files; one just built from
        ``paths`` is not."""
        if self.index is not None and self.index is not ix:
            self.index.close()
        self.index, self.label = ix, label
        self.sub_title = printable(label, keep_newlines=False)
        screen = MainScreen(ix, label, None if self.paths else self.disk_bases(label))
        if isinstance(self.screen, (LoadingScreen, IndexingScreen)):
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
