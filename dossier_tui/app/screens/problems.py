"""The problems of a build: files skipped and why, text decoded with a fallback,
metadata not understood, articles analysis gave up on, and sources whose file has
changed (or gone) since the build. Enter on one that names a source opens it."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from dossier_tui.app.widgets.navlist import NavList
from dossier_tui.app.words import clean
from dossier_tui.model import PROBLEM_KINDS, Problem, Source

#: the heading of each kind of problem, in PROBLEM_KINDS order
HEADINGS = {
    "skipped": "Files not read",
    "decoding": "Text decoded with a fallback",
    "metadata": "Metadata not understood",
    "input": "Other notes on the files",
    "analysis": "Left out by analysis",
    "changed": "Changed on disk since the build",
    "missing": "No longer on disk",
    "curation": "Decisions that no longer find what they are about",
}


#: how the summary line counts each kind: (one, more)
COUNTED = {
    "skipped": ("file not read", "files not read"),
    "decoding": ("file decoded with a fallback", "files decoded with a fallback"),
    "metadata": ("metadata problem", "metadata problems"),
    "input": ("other note", "other notes"),
    "analysis": ("analysis problem", "analysis problems"),
    "changed": ("file changed on disk since the build", "files changed on disk since the build"),
    "missing": ("file no longer on disk", "files no longer on disk"),
    "curation": ("decision lost", "decisions lost"),
}


def counts(problems: list[Problem]) -> str:
    """One line: how many problems of each kind ("2 files not read · 1 metadata problem")."""
    parts = []
    for kind in PROBLEM_KINDS:
        n = sum(1 for p in problems if p.kind == kind)
        if n:
            parts.append(f"{n} {COUNTED[kind][n != 1]}")
    return " · ".join(parts)


def problem_rows(
    problems: list[Problem], sources: list[Source]
) -> list[tuple[Content, str | None]]:
    """A heading per kind, then its problems; a row's value is the id of the source it
    names ("" when the dossier has no such source, as for a file not read)."""
    by_path = {s.path: s.id for s in sources}
    rows: list[tuple[Content, str | None]] = []
    for kind in PROBLEM_KINDS:
        mine = [p for p in problems if p.kind == kind]
        if not mine:
            continue
        if rows:
            rows.append((Content(""), None))
        rows.append((Content.styled(f"{HEADINGS[kind]} ({len(mine)})", "bold"), None))
        rows += [(Content("  " + clean(p.message)), by_path.get(p.path, "")) for p in mine]
    return rows


class ProblemsScreen(ModalScreen[str | None]):
    """A dialog listing the problems; dismissed with the id of a source to open, or None."""

    BINDINGS = [Binding("escape,p,q", "dismiss", "Close", key_display="Esc")]

    def __init__(self, problems: list[Problem], sources: list[Source]) -> None:
        """``sources``: the dossier's (their paths and hashes are read, not their text)."""
        super().__init__()
        self.problems = problems
        self.sources = sources

    def compose(self) -> ComposeResult:
        with Vertical(id="problems-box"):
            yield Static(self._summary(), id="problems-summary", markup=False)
            yield NavList[str](id="problems-list")
            yield Static(
                "Enter opens the source in the reader · Esc closes",
                id="problems-note",
                markup=False,
            )

    def _summary(self) -> str:
        if self.problems:
            return counts(self.problems)
        if not any(s.sha256 for s in self.sources):
            return (
                "No problems were recorded. This dossier keeps no hashes of its files, so changes "
                "on disk since the build cannot be seen."
            )
        return (
            "No problems: every file was read and analysed, and none has changed on disk "
            "since the build."
        )

    def on_mount(self) -> None:
        box = self.query_one("#problems-box")
        n = len(self.problems)
        box.border_title = f"Problems · {n:,}" if n else "Problems · Esc closes"
        box.set_class(not n, "-empty")
        lst = self.query_one("#problems-list", NavList)
        lst.fill(problem_rows(self.problems, self.sources))
        if n:
            lst.focus()

    @on(NavList.OptionSelected, "#problems-list")
    def _open(self, message: NavList.OptionSelected) -> None:
        message.stop()
        source_id = self.query_one("#problems-list", NavList).value_of(message.option)
        if source_id:
            self.dismiss(source_id)
