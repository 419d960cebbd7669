"""The word tables of ``dossier_tui/resources``: tab-separated rows, each file read once.

A table is a reviewable data file, not code: a line is one row of tab-separated cells;
blank lines and lines starting with ``#`` are comments.
"""

from __future__ import annotations

import functools
from importlib import resources as _files

__all__ = ["cues", "rows", "section"]


@functools.cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``resources/<name>.tsv``, each a tuple of stripped cells."""
    text = _files.files("dossier_tui.resources").joinpath(f"{name}.tsv").read_text("utf-8")
    return tuple(
        tuple(cell.strip() for cell in line.split("\t"))
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


def section(name: str, kind: str) -> tuple[tuple[str, ...], ...]:
    """The rows of table ``name`` whose first cell is ``kind``, without that cell."""
    return tuple(r[1:] for r in rows(name) if r[0] == kind)


@functools.cache
def cues(kind: str) -> frozenset[str]:
    """A list of cue words from ``resources/time_cues.tsv`` (its lines may share a name)."""
    return frozenset(w for (words,) in section("time_cues", kind) for w in words.split())
