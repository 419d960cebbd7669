"""Curating as a person does it: one decision at a time, saved as it is made, undone
in the reverse order. No Textual here; the app's keys call this."""

from __future__ import annotations

import os
from pathlib import Path

from dossier_tui.curation import file
from dossier_tui.curation.apply import Applier, Curated, Lost
from dossier_tui.curation.decision import Curation, Decision
from dossier_tui.model import Dossier

#: changes that can be undone, the oldest forgotten first
UNDO_DEPTH = 100


class Session:
    """The machine's dossier, the decisions about it, and their file. Every change is
    written at once (atomically); a change that cannot be written raises WriteError and
    is not made."""

    def __init__(self, machine: Dossier, path: str | os.PathLike[str], curation: Curation):
        self.machine = machine
        self.path = Path(path)
        self.curation = curation
        self._applier = Applier(machine, curation.decisions)
        self._undo: list[Curation] = []

    @classmethod
    def open(cls, machine: Dossier, path: str | os.PathLike[str]) -> Session:
        """The session of the curation file at ``path`` (none there: no decision yet).
        CurationError when the file cannot be read."""
        return cls(machine, path, file.load(path))

    @property
    def curated(self) -> Curated:
        return self._applier.result()

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def decide(self, dec: Decision) -> Lost | None:
        """Add a decision; what it could not find, if anything (it is kept all the same,
        so that it is reported like any other)."""
        self._write(self.curation.adding(dec))
        return self._applier.add(dec)

    def withdraw(self, indices: set[int]) -> None:
        """Take back the decisions at ``indices`` (a star taken off, a tag removed)."""
        kept = tuple(d for i, d in enumerate(self.curation.decisions) if i not in indices)
        self._rebuild(Curation(kept))

    def undo(self) -> bool:
        """Go back to before the last change; False when there is nothing to undo."""
        if not self._undo:
            return False
        before = self._undo.pop()
        file.save(before, self.path)
        self.curation = before
        self._applier = Applier(self.machine, before.decisions)
        return True

    def _rebuild(self, c: Curation) -> None:
        self._write(c)
        self._applier = Applier(self.machine, c.decisions)

    def _write(self, c: Curation) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        file.save(c, self.path)
        self._undo.append(self.curation)
        del self._undo[:-UNDO_DEPTH]
        self.curation = c
