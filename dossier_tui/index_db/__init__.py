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
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from dossier_tui.index_db.place import SUFFIX, fresh_index, in_cache, sha256_of, writable_place
from dossier_tui.index_db.read import Index
from dossier_tui.index_db.records import ActorRow, EventList, IndexError_, Row, TimelineFilter
from dossier_tui.index_db.write import Progress, write_index
from dossier_tui.model import Dossier

__all__ = [
    "ActorRow",
    "EventList",
    "Index",
    "IndexError_",
    "Row",
    "TimelineFilter",
    "build_file_index",
    "index_dossier",
    "open_file_index",
    "remove_orphans",
    "save_index",
    "sha256_of",
    "write_temporary",
]


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


def build_file_index(
    timeline: str | Path, progress: Progress | None = None, stop: Callable[[], bool] | None = None
) -> Path:
    """Read ``timeline`` and write its index where it belongs; the index file's path.
    A damaged timeline raises ``store.StoreError`` (its message names file and line)."""
    from dossier_tui import store

    timeline = Path(timeline)
    sha256 = sha256_of(
        timeline
    )  # before reading: if the file changes meanwhile, the next open rebuilds
    if progress:
        progress("reading", 0, 0)
    told = (lambda done, total: progress("reading", done, total)) if progress else None
    return save_index(store.load(timeline, told), timeline, sha256, progress, stop)


def save_index(
    d: Dossier,
    timeline: str | Path,
    sha256: str,
    progress: Progress | None = None,
    stop: Callable[[], bool] | None = None,
) -> Path:
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


def write_temporary(
    d: Dossier, progress: Progress | None = None, stop: Callable[[], bool] | None = None
) -> Path:
    """Write the index of ``d`` to a new temporary file; its path (open it with
    ``Index(path, d, temporary=True)``, which removes it when closed). The file's name
    holds this process's id, so the files of a process that was killed (and could not
    remove them) are removed here, the next time."""
    remove_orphans()
    fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=SUFFIX)
    os.close(fd)
    try:
        return write_index(d, tmp, None, progress, stop, private=True)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


TEMP_PREFIX = "dossier-"
_TEMP_NAME = re.compile(
    r"\.?" + re.escape(TEMP_PREFIX) + r"(\d+)-.*" + re.escape(SUFFIX) + r"(\..*\.tmp|-journal)?"
)


def remove_orphans(folder: str | Path | None = None) -> list[Path]:
    """Remove the temporary indexes (and their half-written files) that processes no
    longer running left in ``folder`` (the temp folder); what was removed. Only this
    user's files are touched, and only those named as ``write_temporary`` names them."""
    removed: list[Path] = []
    uid = getattr(os, "getuid", None)
    if uid is None:  # not POSIX: no asking whether a process runs without signalling it
        return removed
    try:
        entries = list(os.scandir(folder or tempfile.gettempdir()))
    except OSError:
        return removed
    for entry in entries:
        m = _TEMP_NAME.fullmatch(entry.name)
        if m is None or int(m[1]) == os.getpid() or _running(int(m[1])):
            continue
        try:
            if (
                entry.is_file(follow_symlinks=False)
                and entry.stat(follow_symlinks=False).st_uid == uid()
            ):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # another user's, or not ours to ask: leave it
    return True


def index_dossier(
    d: Dossier, progress: Progress | None = None, stop: Callable[[], bool] | None = None
) -> Index:
    """The index of ``d``, in a temporary file (removed when the index is closed or
    collected); it answers with ``d``'s own objects."""
    path = write_temporary(d, progress, stop)
    try:
        return Index(path, dossier=d, temporary=True)
    except BaseException:
        os.unlink(path)
        raise
