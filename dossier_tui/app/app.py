"""The dossier app: opens a dossier's index (building it first if need be) and shows it.

The App itself only decides what to show first; the panes live in MainScreen. What
the panes show comes from an ``Index``: the one beside a timeline file, one built
from it on a first open (IndexingScreen), or one made from a dossier in memory
(given, or just built from articles by LoadingScreen).

The App also keeps the user's settings (``dossier_tui.settings``): the theme picked in
the palette, the timeline view picked with ``K``, and the dossier it was asked to
remember once that dossier shows.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from textual import on, work
from textual.app import App
from textual.binding import Binding
from textual.filter import LineFilter
from textual.timer import Timer

from dossier_tui.app import kept_curation
from dossier_tui.app.charset_filter import charset_filter, terminal_encoding
from dossier_tui.app.commands import DossierCommands
from dossier_tui.app.curator import Curator
from dossier_tui.app.screens.indexing import IndexingScreen
from dossier_tui.app.screens.loading import LoadingScreen
from dossier_tui.app.screens.main import MainScreen
from dossier_tui.app.widgets.timeline import TimelinePane
from dossier_tui.index_db import Index, index_dossier
from dossier_tui.model import Dossier
from dossier_tui.safe_text import printable, shown
from dossier_tui.settings import KEPT, SettingsFile


class DossierApp(App[int]):
    """A terminal dossier: timeline, actors and sources, every fact with its source text."""

    CSS_PATH = Path(__file__).with_name("dossier.tcss")
    TITLE = "dossier"
    COMMANDS = App.COMMANDS | {DossierCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    BINDINGS = [Binding("q", "quit", "Quit", tooltip="Leave dossier")]
    #: seconds without a decision before the kept curated index is written again
    KEEP_AFTER = 2.0
    #: seconds after a kept curated index shows before the curation is read and applied
    #: (in a worker), so that the first decision is as quick as the next
    PREPARE_AFTER = 1.0

    def __init__(
        self,
        dossier: Dossier | None = None,
        label: str = "",
        paths: list[str] | None = None,
        index: Index | None = None,
        timeline: str | None = None,
        encoding: str | None = None,
        settings: SettingsFile | None = None,
        remember: str | None = None,
        notice: str = "",
        curation: str | None = None,
    ) -> None:
        """Show ``index``, else ``dossier``, else the timeline file ``timeline`` (indexed
        first), else build a dossier from the articles at ``paths``. ``encoding``: the
        terminal's (by default, that of the stream the screen is written to); ``settings``:
        the user's (read here if not given); ``remember``: the path to keep as the last
        dossier once it shows; ``notice``: a word for the user when the app opens;
        ``curation``: the curation file of the timeline file shown (None: the dossier
        on show cannot be curated, as one built from articles in the app)."""
        super().__init__()
        #: on a terminal that is not UTF-8, what is drawn is fitted to its encoding
        self.charset = charset_filter(encoding or terminal_encoding())
        self.settings = settings or SettingsFile()
        self.remember = remember
        self.notice = notice
        self._told_unsaved = False  # a failure to save settings is told once
        self._theme_applied = False  # a theme set after this is the user's choice
        self.dossier = dossier
        self.label = label
        self.paths = paths or []
        self.timeline = timeline
        self.index: Index | None = index
        self.skipped = False  # some input could not be read: exit status 1, as in the CLI
        self.error: str | None = None  # why the app gave up, said on stderr after it closes
        self.build_thread: threading.Thread | None = None  # the build, while one runs
        self.curator = Curator(curation) if curation else None
        #: the hash of the curation file whose curated index is kept (None: none read)
        self.curation_sha256: str | None = None
        self._keep_timer: Timer | None = None

    def on_mount(self) -> None:
        self._apply_theme()
        if self.settings.problem:
            self.notify(
                f"{self.settings.problem}. {KEPT}.",
                title="Settings not read",
                severity="warning",
                timeout=20,
                markup=False,
            )
        if self.notice:
            self.notify(self.notice, markup=False)
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

    def _apply_theme(self) -> None:
        """The theme of the settings, if Textual knows it; from now on a theme set is
        the user's choice, and kept."""
        theme = self.settings.values.theme
        if theme and theme in self.available_themes:
            self.theme = theme
        elif theme:
            self.notify(
                f"No theme {shown(theme)} (set in {shown(str(self.settings.path))}); "
                f"using {self.theme}.",
                title="Settings",
                severity="warning",
                markup=False,
            )
        self._theme_applied = True

    def watch_theme(self, theme: str) -> None:
        if self._theme_applied:
            self.keep(theme=theme)

    @on(TimelinePane.ViewChosen)
    def _view_chosen(self, message: TimelinePane.ViewChosen) -> None:
        self.keep(timeline_view="key" if message.key_only else "all")

    def keep(self, **changes: str | None) -> None:
        """Keep a setting for next time; a failure to save is told once."""
        problem = self.settings.change(**changes)
        if problem and not self._told_unsaved:
            self._told_unsaved = True
            self.notify(problem, title="Settings", severity="warning", markup=False)

    def on_unmount(self) -> None:
        if self.index is not None:
            self.index.close()
        if self.curator is not None and self.curator.machine not in (None, self.index):
            self.curator.machine.close()

    def open_dossier(
        self, d: Dossier, label: str, skipped: bool = False, index: Index | None = None
    ) -> None:
        """Show ``d`` through ``index`` (made here if not given)."""
        self.dossier = d
        self.show_index(index or index_dossier(d), label, skipped)

    def show_index(self, ix: Index, label: str, skipped: bool = False) -> None:
        """Show the dossier of ``ix`` (replacing the loading screen if there is one). A
        stored dossier's sources are checked against their files; one just built from
        ``paths`` is not. A dossier with decisions about it is shown as they decide:
        from the curated index kept beside ``ix`` when there is one for the files as
        they are, else once they are applied (in a worker) and that index written."""
        c = self.curator
        if c is not None and c.session is None:
            curated, self.curation_sha256 = kept_curation.open_kept(c, ix)
            if curated is not None:  # kept beside the index, for the files as they are
                self._show(curated, label, skipped)
                self.set_timer(self.PREPARE_AFTER, lambda: self._open_session(ix))
                return
            if c.has_decisions:
                self.label, self.skipped = label, skipped
                self._apply_curation(ix)
                return
        self._show(ix, label, skipped)

    @work(thread=True, exclusive=True, group="curate")
    def _apply_curation(self, machine: Index) -> None:
        c = self.curator
        assert c is not None
        c.start(machine)
        ix = kept_curation.curated_index(c, self.curation_sha256)
        self.call_from_thread(self._show, ix, self.label, self.skipped)

    @work(thread=True, group="session")
    def _open_session(self, machine: Index) -> None:
        if self.curator is not None:
            self.curator.start(machine)

    def curation_saved(self) -> None:
        """A decision was saved: the kept curated index is written again once decisions
        pause for ``KEEP_AFTER`` seconds (not at each one: it is seconds of work on a
        large dossier; if the app closes first, the next open applies the curation)."""
        if self._keep_timer is not None:
            self._keep_timer.stop()
        self._keep_timer = self.set_timer(self.KEEP_AFTER, self._keep_curation)

    @work(thread=True, exclusive=True, group="keep")
    def _keep_curation(self) -> None:
        if self.curator is not None:
            self.curation_sha256 = kept_curation.keep_in_step(self.curator, self.curation_sha256)

    def curated_index(self, ix: Index, restore: tuple[str, str | None]) -> None:
        """Show the dossier as its curation now decides, the pane and item kept."""
        old = self.index
        self.index = ix
        if isinstance(self.screen, MainScreen):
            self.screen.use_index(ix, restore)
        else:
            self.switch_screen(self._screen(ix, self.label, restore))
        if old is not None and old is not ix and old is not (self.curator and self.curator.machine):
            old.close()

    def _screen(
        self, ix: Index, label: str, restore: tuple[str, str | None] | None = None
    ) -> MainScreen:
        return MainScreen(
            ix,
            label,
            None if self.paths else self.disk_bases(label),
            key_view=self.settings.values.timeline_view != "all",
            curator=self.curator,
            restore=restore,
        )

    def _show(self, ix: Index, label: str, skipped: bool = False) -> None:
        if self.index is not None and self.index is not ix:
            if not (self.curator and self.index is self.curator.machine):
                self.index.close()
        self.index, self.label = ix, label
        self.sub_title = printable(label, keep_newlines=False)
        screen = self._screen(ix, label)
        if isinstance(self.screen, (LoadingScreen, IndexingScreen)):
            self.switch_screen(screen)
        else:
            self.push_screen(screen)
        self.skipped = skipped
        if self.remember:
            self.keep(last_dossier=self.remember)

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
