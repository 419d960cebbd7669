"""Where the index of a dossier file lives, and whether the one there is its own.

Beside the file (``timeline.yaml`` -> ``.timeline.yaml.index.sqlite``) when its
folder can be written, else in the user's cache folder under a name made from the
file's full path. An index is the file's own when its format is this version's and
the SHA-256 it records is the file's; anything else there (another version, another
file's index, a damaged or foreign file) is rebuilt, never read.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from dossier_tui.cache import analyser_version
from dossier_tui.index_db import schema

SUFFIX = ".index.sqlite"
APP_NAME = "dossier"


def sha256_of(path: str | Path) -> str:
    """The SHA-256 of a file's bytes, read in pieces (a large dossier is never held whole)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def beside(timeline: Path) -> Path:
    """The index file next to the dossier file."""
    return timeline.with_name(f".{timeline.name}{SUFFIX}")


def cache_dir() -> Path:
    """The user's cache folder for indexes (``$XDG_CACHE_HOME/dossier`` on Linux)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def in_cache(timeline: Path) -> Path:
    """The index file in the cache folder: one per dossier file, named by its full path."""
    full = os.fsencode(os.path.abspath(timeline))
    return cache_dir() / f"{hashlib.sha256(full).hexdigest()[:24]}-{timeline.name}{SUFFIX}"


def places(timeline: str | Path) -> list[Path]:
    """Where to look for the index of ``timeline``, in order."""
    timeline = Path(timeline)
    return [beside(timeline), in_cache(timeline)]


def writable_place(timeline: str | Path) -> Path:
    """Where to write the index: beside the file if its folder can be written, else the
    cache folder (made if need be)."""
    timeline = Path(timeline)
    folder = timeline.resolve().parent
    if os.access(folder, os.W_OK | os.X_OK):
        return beside(timeline)
    target = in_cache(timeline)
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


def describes(index: Path, sha256: str, more: Mapping[str, str] | None = None) -> bool:
    """Whether ``index`` is an index of this format, made by this program, for a file
    with this hash (and, in its ``meta``, the values ``more``: what a cache built on it
    is keyed by). A file that is not one (damaged, foreign, another version) is simply
    not."""
    try:
        conn = sqlite3.connect(f"{index.resolve().as_uri()}?mode=ro", uri=True)
    except (sqlite3.Error, OSError, ValueError):
        return False
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        ok = (
            meta.get("kind") == schema.KIND
            and meta.get("format") == str(schema.FORMAT)
            # its headings and labels are the wording's and the ranking's of that code
            and meta.get("version") == analyser_version()
            and meta.get("sha256") == sha256
            and all(meta.get(k) == v for k, v in (more or {}).items())
        )
        if ok:  # the tables the reader needs are there and readable
            conn.execute(
                "SELECT pos, heading, key FROM events ORDER BY pos DESC LIMIT 1"
            ).fetchall()
        return ok
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def fresh_index(timeline: str | Path, sha256: str | None = None) -> Path | None:
    """The index file that stands for ``timeline`` as it is now, if there is one."""
    sha256 = sha256 or sha256_of(timeline)
    return next((p for p in places(timeline) if p.is_file() and describes(p, sha256)), None)
