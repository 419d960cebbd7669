"""Building a dossier from articles, and its index, in a background thread, with a
progress bar, each stage's name and the time it has left (``progress``).

``build`` is CPU work; run on the event loop it would freeze the terminal, so it runs
in a thread that reports through messages (``post_message`` is thread-safe). The
thread is a daemon, watched by a worker: quitting cancels the worker, which sets the
build's ``stop`` event, and the build ends at its next check (between articles and
stages). One stage of a large corpus can take many seconds without a check; the app
does not wait for it (a thread of Textual's executor would be joined at exit).
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Center, Middle
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, ProgressBar, Static

from dossier_tui.app.words import clean
from dossier_tui.index_db import Index, write_temporary
from dossier_tui.model import Cancelled, Dossier
from dossier_tui.progress import Estimate, describe, stage_name
from dossier_tui.wording import count


class LoadingScreen(Screen):
    """Shown while a folder of articles is built into a dossier."""

    class Progress(Message):
        """How far the build is."""

        def __init__(self, stage: str, done: int, total: int, problems: int) -> None:
            super().__init__()
            self.stage, self.done, self.total, self.problems = stage, done, total, problems

    def __init__(self, paths: list[str]) -> None:
        super().__init__()
        self.paths = paths
        #: set to stop the build: by the worker when it is cancelled
        self.stop = threading.Event()
        self.thread: threading.Thread | None = None
        #: how the build ended: "built", "empty" (nothing readable), "cancelled", "failed"
        self.outcome: str | None = None
        self.result: Dossier | None = None
        #: the index of the result, written by the build thread
        self.index_file: Path | None = None
        self.error: BaseException | None = None
        #: the time left in the stage, from the rate of the progress messages
        self.estimate = Estimate()
        self.last: LoadingScreen.Progress | None = None

    def compose(self) -> ComposeResult:
        with Middle(), Center(id="loading-box"):
            yield Static(
                f"Building a dossier from {clean(', '.join(self.paths))}",
                id="loading-title",
                markup=False,
            )
            yield ProgressBar(id="loading-bar", show_eta=False)
            yield Static(f"{stage_name('files')}…", id="loading-stage", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.set_interval(1, self._show)  # the time left counts down between messages
        self.build()

    @on(Progress)
    def _progress(self, message: Progress) -> None:
        self.estimate.update(message.stage, message.done, message.total)
        self.last = message
        self.query_one(ProgressBar).update(total=max(message.total, 1), progress=message.done)
        self._show()

    def _show(self) -> None:
        """The stage line: what is being done, how far, the time left and the problems."""
        m = self.last
        if m is None:
            return
        found = f" · {count(m.problems, 'problem')}" if m.problems else ""
        self.query_one("#loading-stage", Static).update(
            describe(m.stage, m.done, m.total, self.estimate.left(), self.estimate.elapsed())
            + found
        )

    def _run(self) -> None:
        """The build, in its thread: read the articles, build, keep the outcome."""
        from dossier_tui.build import build
        from dossier_tui.cache import Cache, default_folder
        from dossier_tui.ingest import load_corpus
        from dossier_tui.workers import Mapper

        problems = 0

        def progress(stage: str, done: int, total: int) -> None:
            self.post_message(self.Progress(stage, done, total, problems))

        def problem(message: str) -> None:
            nonlocal problems
            problems += 1

        try:
            # in this process: under the app, stderr is not a file a new process can inherit
            mapper, cache = Mapper(1), Cache(default_folder())
            try:
                corpus = load_corpus(
                    self.paths,
                    stop=self.stop.is_set,
                    mapper=mapper,
                    cache=cache,
                    progress=lambda done, total: progress("files", done, total),
                )
                problems = len(corpus.problems)
                if not corpus.sources:
                    self.outcome = "empty"
                    return
                self.result = build(
                    corpus.sources,
                    progress,
                    problem,
                    stop=self.stop.is_set,
                    input_problems=corpus.problems,
                    mapper=mapper,
                    cache=cache,
                )
            finally:
                cache.close()
            self.index_file = write_temporary(self.result, progress, stop=self.stop.is_set)
            self.outcome = "built"
        except Cancelled:
            self.outcome = "cancelled"
        except Exception as e:  # a bug: shown by the worker, on the event loop
            self.error, self.outcome = e, "failed"

    @work(exclusive=True, group="build")
    async def build(self) -> None:
        """Run the build in its thread and wait for it; cancelled (the user quit, the
        screen went), tell the build to stop and leave without waiting."""
        loop = asyncio.get_running_loop()
        finished = asyncio.Event()

        def run() -> None:
            try:
                self._run()
            finally:
                try:
                    loop.call_soon_threadsafe(finished.set)
                except RuntimeError:  # the app has closed meanwhile
                    pass

        self.thread = self.app.build_thread = threading.Thread(
            target=run, name="dossier-build", daemon=True
        )
        self.thread.start()
        try:
            await finished.wait()
        finally:
            self.stop.set()  # a no-op once the build has ended
        if self.outcome == "failed" and self.error is not None:
            raise self.error
        if self.outcome == "empty":
            self.app.fail(f"{', '.join(self.paths)}: no readable .txt or .md articles found")
        elif self.outcome == "built" and self.result is not None and self.index_file is not None:
            d = self.result
            ix = Index(self.index_file, d, temporary=True)
            self.app.open_dossier(
                d, ", ".join(self.paths), skipped=any(p.skipped for p in d.problems), index=ix
            )
