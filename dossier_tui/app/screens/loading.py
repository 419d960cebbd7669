"""Building a dossier from articles, in a worker thread, with a progress bar.

``build`` is CPU work; run on the event loop it would freeze the terminal, so it
runs in a thread and reports each stage through ``call_from_thread``.
"""
from __future__ import annotations

from textual import work
from textual.worker import get_current_worker
from textual.app import ComposeResult
from textual.containers import Center, Middle
from textual.screen import Screen
from textual.widgets import Footer, ProgressBar, Static

from dossier_tui.app.words import clean
from dossier_tui.model import Dossier

STAGES = {"reading": "Reading articles", "dating": "Dating undated articles", "merging": "Merging events",
          "actors": "Finding people and organisations"}


class _Stopped(Exception):
    """Raised from the progress callback to abandon a build nobody waits for."""


class LoadingScreen(Screen):
    """Shown while a folder of articles is built into a dossier."""

    def __init__(self, paths: list[str]) -> None:
        super().__init__()
        self.paths = paths

    def compose(self) -> ComposeResult:
        with Middle(), Center(id="loading-box"):
            yield Static(f"Building a dossier from {clean(', '.join(self.paths))}", id="loading-title",
                         markup=False)
            yield ProgressBar(id="loading-bar", show_eta=False)
            yield Static("Reading articles…", id="loading-stage", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.build()

    def progress(self, stage: str, done: int, total: int) -> None:
        self.query_one(ProgressBar).update(total=max(total, 1), progress=done)
        self.query_one("#loading-stage", Static).update(f"{STAGES.get(stage, stage)} {done}/{total}")

    @work(thread=True, exclusive=True)
    def build(self) -> None:
        from dossier_tui.build import build
        from dossier_tui.ingest import load_corpus
        corpus = load_corpus(self.paths)
        for problem in corpus.problems:
            self.app.call_from_thread(self.app.notify, clean(problem.message), severity="warning", markup=False)
        if not corpus.sources:
            message = f"{', '.join(self.paths)}: no readable .txt or .md articles found"
            self.app.call_from_thread(self.app.fail, message)
            return
        skipped = any(p.skipped for p in corpus.problems)
        worker = get_current_worker()

        def progress(stage: str, done: int, total: int) -> None:
            if worker.is_cancelled:  # the user quit: stop at the next article
                raise _Stopped
            self.app.call_from_thread(self.progress, stage, done, total)

        def problem(message: str) -> None:
            self.app.call_from_thread(self.app.notify, clean(message), severity="warning", markup=False)

        try:
            d = build(corpus.sources, progress, problem)
        except _Stopped:
            return
        self.app.call_from_thread(self.done, d, skipped)

    def done(self, d: Dossier, skipped: bool) -> None:
        self.app.open_dossier(d, ", ".join(self.paths), skipped)
