"""Per-article analysis kept between builds, so a rebuild reads again only what changed.

An SQLite file in the user's cache folder maps a key to a pickled result. A key is a
hash of everything the result depends on (the article's bytes or text, its metadata)
together with the analyser's version: a hash of the package's own code and word
lists, so any change to how articles are read makes every old entry unreachable, and
the cache is never stale. The file holds only what this program wrote there; it may
be deleted at any time, and a broken or locked one costs speed, never a build: it is
set aside and the build goes on without it.

Entries no build has asked for in ``KEEP_BUILDS`` builds are dropped, so the file
tracks the corpora in use rather than growing for ever.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sqlite3
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dossier_tui.quiet_gc import paused, set_aside

#: builds an entry survives without being asked for
KEEP_BUILDS = 20
_PACKAGE = Path(__file__).resolve().parent
_FILE = "analysis.sqlite"
#: keys looked up per statement (SQLite allows some thousands of parameters)
_PART = 500
#: results by key; the build that last asked for each (apart, so that marking a result
#: used rewrites a small row, not the result); the count of builds. The layout before
#: (``entry``) held the results of older analysers only, which no key reaches: dropped.
_TABLES = """
DROP TABLE IF EXISTS entry;
CREATE TABLE IF NOT EXISTS result (key TEXT PRIMARY KEY, value BLOB);
CREATE TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY, build INTEGER) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value INTEGER);
"""


#: what the analysis is made of: its code, its cue tables and its word lists
_ANALYSER_FILES = (".py", ".tsv", ".txt")


@functools.cache
def analyser_version() -> str:
    """Computed when a key is first made, not at import: opening a dossier needs none."""
    h = hashlib.sha256(sys.version.encode())
    for p in sorted(_PACKAGE.rglob("*")):
        if p.suffix in _ANALYSER_FILES and "app" not in p.relative_to(_PACKAGE).parts:
            h.update(p.relative_to(_PACKAGE).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def default_folder() -> Path:
    """``$DOSSIER_CACHE``, else the platform's user cache folder for dossier."""
    if os.environ.get("DOSSIER_CACHE"):
        return Path(os.environ["DOSSIER_CACHE"])
    import platformdirs

    return Path(platformdirs.user_cache_dir("dossier", appauthor=False))


def key(*parts: Any) -> str:
    """A cache key: the analyser's version and a hash of ``parts`` (plain data)."""
    return analyser_version() + hashlib.sha256(pickle.dumps(parts, protocol=5)).hexdigest()


class Cache:
    """Results by key. ``folder=None`` keeps nothing (every lookup misses)."""

    def __init__(self, folder: Path | None = None):
        self.problem: str | None = None  # why the cache was set aside, if it was
        self._db: sqlite3.Connection | None = None
        self._generation = 0
        if folder is not None:
            self._open(Path(folder))

    def _open(self, folder: Path) -> None:
        path = folder / _FILE
        try:
            folder.mkdir(parents=True, exist_ok=True)
            db = self._connect(path)
        except sqlite3.DatabaseError as e:  # not a database, or a damaged one: start again
            try:
                os.replace(path, path.with_suffix(".broken"))
                db = self._connect(path)
                self.problem = (
                    f"{path}: the analysis cache was damaged ({e}); set aside, a new one started"
                )
            except (OSError, sqlite3.Error) as e2:
                self.problem = (
                    f"{path}: the analysis cache cannot be used ({e2}); building without it"
                )
                return
        except OSError as e:
            why = e.strerror or e
            self.problem = f"{path}: the analysis cache cannot be used ({why}); building without it"
            return
        self._db = db

    def _connect(self, path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(path, timeout=5, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(_TABLES)
        db.execute("INSERT OR IGNORE INTO meta VALUES ('generation', 0)")
        db.execute("UPDATE meta SET value = value + 1 WHERE name = 'generation'")
        self._generation = db.execute(
            "SELECT value FROM meta WHERE name = 'generation'"
        ).fetchone()[0]
        old = (self._generation - KEEP_BUILDS,)
        db.execute("BEGIN")
        db.execute("DELETE FROM result WHERE key IN (SELECT key FROM used WHERE build < ?)", old)
        db.execute("DELETE FROM used WHERE build < ?", old)
        db.execute("COMMIT")
        return db

    @property
    def active(self) -> bool:
        return self._db is not None

    def _failed(self, e: Exception) -> None:
        self.problem = f"the analysis cache failed ({e}); building without it"
        try:
            self._db.close()  # type: ignore[union-attr]
        except sqlite3.Error:
            pass
        self._db = None

    def get(self, keys: Iterable[str]) -> dict[str, Any]:
        """The results the cache holds among ``keys`` (marked as used by this build).

        They live on through the build that asked (a warm build's analysis is millions
        of small objects), so they are set aside from the cycle collector
        (``quiet_gc.set_aside``) until the build's ``release``: otherwise the first
        collection after reading them would walk every one, and so would later ones."""
        keys = list(dict.fromkeys(keys))
        if self._db is None or not keys:
            return {}
        out: dict[str, Any] = {}
        try:
            with paused():
                self._db.execute("BEGIN")  # one transaction for all the marks, not one each
                for i in range(0, len(keys), _PART):
                    part = keys[i : i + _PART]
                    marks = ",".join("?" * len(part))
                    for k, blob in self._db.execute(
                        f"SELECT key, value FROM result WHERE key IN ({marks})", part
                    ):
                        try:
                            out[k] = pickle.loads(blob)
                        except Exception:  # written by a build that died mid-way: read again
                            continue
                    self._db.execute(
                        f"UPDATE used SET build = ? WHERE key IN ({marks})",
                        [self._generation, *part],
                    )
                self._db.execute("COMMIT")
                set_aside()
        except sqlite3.Error as e:
            self._failed(e)
            return {}
        return out

    def put(self, items: dict[str, Any]) -> None:
        if self._db is None or not items:
            return
        rows = [(k, pickle.dumps(v, protocol=5)) for k, v in items.items()]
        try:
            self._db.execute("BEGIN")
            self._db.executemany("INSERT OR REPLACE INTO result VALUES (?, ?)", rows)
            self._db.executemany(
                "INSERT OR REPLACE INTO used VALUES (?, ?)",
                ((k, self._generation) for k in items),
            )
            self._db.execute("COMMIT")
        except sqlite3.Error as e:
            self._failed(e)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
