"""The index of a dossier: an SQLite file holding what the app shows, in the order it
shows it, so the app opens and moves through a dossier of any size without reading it
whole.

- ``open_file_index(timeline)``: the index beside (or cached for) a timeline file, if it
  is there and stands for the file as it is now (same SHA-256, same format).
- ``build_file_index(timeline, progress)``: read the file (``store.load``) and write its
  index, atomically; what ``python -m dossier_tui.index_db FILE`` runs.
- ``index_dossier(d, progress)``: the index of a dossier in memory (just built from
  articles), in a temporary file removed when it is closed.

The index is a cache: deleting it costs a rebuild, and a damaged or foreign file in
its place is rebuilt, never trusted. No Textual here.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

from dossier_tui.index_db.place import SUFFIX, fresh_index, in_cache, sha256_of, writable_place
from dossier_tui.index_db.read import ActorRow, EventList, Index, IndexError_, Row, TimelineFilter
from dossier_tui.index_db.write import UNDATED_HEADING, Progress, heading, row_label, visible_actors, write_index
from dossier_tui.model import Dossier

__all__ = ["ActorRow", "EventList", "Index", "IndexError_", "Row", "TimelineFilter", "UNDATED_HEADING",
           "build_file_index", "heading", "index_dossier", "open_file_index", "row_label", "save_index",
           "sha256_of", "visible_actors",
           "write_temporary"]


def open_file_index(timeline: str | Path) -> Index | None:
    """The index of ``timeline`` if one stands for the file as it is now, else None
    (there is none, or it is stale, damaged or foreign: build one)."""
    path = fresh_index(timeline)
    if path is None:
        return None
    try:
        return Index(path)
    except IndexError_:
        return None


def build_file_index(timeline: str | Path, progress: Progress | None = None,
                     stop: Callable[[], bool] | None = None) -> Path:
    """Read ``timeline`` and write its index where it belongs; the index file's path.
    A damaged timeline raises ``store.StoreError`` (its message names file and line)."""
    from dossier_tui import store
    timeline = Path(timeline)
    sha256 = sha256_of(timeline)  # before reading: if the file changes meanwhile, the next open rebuilds
    if progress:
        progress("reading", 0, 0)
    return save_index(store.load(timeline), timeline, sha256, progress, stop)


def save_index(d: Dossier, timeline: str | Path, sha256: str, progress: Progress | None = None,
               stop: Callable[[], bool] | None = None) -> Path:
    """Write the index of ``d``, read from ``timeline`` whose bytes had ``sha256``,
    beside the file (else in the cache folder); the index file's path."""
    timeline = Path(timeline)
    target = writable_place(timeline)
    try:
        return write_index(d, target, sha256, progress, stop)
    except PermissionError:  # the folder looked writable but is not (a read-only mount)
        target = in_cache(timeline)
        target.parent.mkdir(parents=True, exist_ok=True)
        return write_index(d, target, sha256, progress, stop)


def write_temporary(d: Dossier, progress: Progress | None = None, stop: Callable[[], bool] | None = None) -> Path:
    """Write the index of ``d`` to a new temporary file; its path (open it with
    ``Index(path, d, temporary=True)``, which removes it when closed)."""
    fd, tmp = tempfile.mkstemp(prefix="dossier-", suffix=SUFFIX)
    os.close(fd)
    try:
        return write_index(d, tmp, None, progress, stop, private=True)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def index_dossier(d: Dossier, progress: Progress | None = None, stop: Callable[[], bool] | None = None) -> Index:
    """The index of ``d``, in a temporary file (removed when the index is closed or
    collected); it answers with ``d``'s own objects."""
    path = write_temporary(d, progress, stop)
    try:
        return Index(path, dossier=d, temporary=True)
    except BaseException:
        os.unlink(path)
        raise
