"""A first open of a timeline file: its index is built, with progress, before the
dossier is shown.

Reading a large YAML file takes long and much memory, so the index is built by a
child process (``python -m dossier_tui.index_db FILE``), watched by an async worker
that reads its progress lines: the app stays responsive, keeps only the index in its
memory, and quitting ends the child at once (it removes its temp file as it goes).
A damaged file closes the app with the loader's one-line message, as the command
line would give it.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Center, Middle
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, ProgressBar, Static

from dossier_tui.app.words import clean
from dossier_tui.index_db import Index, IndexError_
from dossier_tui.progress import describe


def size_words(n: int) -> str:
    """A file size a person reads at a glance: "820 KB", "55 MB"."""
    return f"{n / 1e6:,.0f} MB" if n >= 1e6 else f"{max(1, round(n / 1e3))} KB"


class IndexingScreen(Screen):
    """Shown while a timeline file's index is built."""

    class Progress(Message):
        """How far the child is: a stage, and (when it counts) done of total."""

        def __init__(self, stage: str, done: int, total: int) -> None:
            super().__init__()
            self.stage, self.done, self.total = stage, done, total

    def __init__(self, timeline: str) -> None:
        super().__init__()
        self.timeline = timeline
        self.started = time.monotonic()
        self.stage = "reading"
        self.process: asyncio.subprocess.Process | None = None

    def compose(self) -> ComposeResult:
        try:
            size = f" ({size_words(os.path.getsize(self.timeline))})"
        except OSError:
            size = ""
        with Middle(), Center(id="loading-box"):
            yield Static(
                f"Opening {clean(self.timeline)}{size} for the first time: indexing it "
                "(later opens use the index)",
                id="loading-title",
                markup=False,
            )
            yield ProgressBar(id="loading-bar", total=None, show_eta=False)
            yield Static("Reading the dossier…", id="loading-stage", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.set_interval(0.5, self._tick)
        self.index()

    def _tick(self) -> None:
        if self.stage == "reading":
            seconds = int(time.monotonic() - self.started)
            self.query_one("#loading-stage", Static).update(f"Reading the dossier… {seconds} s")

    @on(Progress)
    def _progress(self, message: Progress) -> None:
        self.stage = message.stage
        bar = self.query_one(ProgressBar)
        if message.total:
            bar.update(total=message.total, progress=message.done)
        if message.stage == "reading":  # a large file tells the parts it has read
            return
        self.query_one("#loading-stage", Static).update(
            describe(message.stage, message.done, message.total)
        )

    @work(exclusive=True, group="index")
    async def index(self) -> None:
        """Run the child and follow its lines; cancelled (the user quit), end it."""
        self.process = proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "dossier_tui.index_db",
            self.timeline,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        assert proc.stdout is not None
        found: str | None = None
        error: str | None = None
        try:
            while line := await proc.stdout.readline():
                try:
                    said = json.loads(line)
                except ValueError:
                    continue
                if "stage" in said:
                    self.post_message(self.Progress(said["stage"], said["done"], said["total"]))
                found = said.get("index", found)
                error = said.get("error", error)
            await proc.wait()
        finally:
            if proc.returncode is None:
                proc.terminate()
        if found is None:
            if error is None and proc.stderr is not None:
                lines = (await proc.stderr.read()).decode(errors="replace").strip().splitlines()
                why = lines[-1] if lines else proc.returncode
                error = f"{self.timeline}: could not index it ({why})"
            self.app.fail(error or f"{self.timeline}: could not index it")
            return
        try:
            ix = Index(found)
        except IndexError_ as e:
            self.app.fail(str(e))
            return
        self.app.show_index(ix, self.timeline)
