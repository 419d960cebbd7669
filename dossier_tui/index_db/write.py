"""Writing an index: one pass over a Dossier into a new SQLite file, put in place
atomically (a temp file beside the target, then ``os.replace``), so a reader never sees
half an index and an interrupted build leaves no file behind."""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from array import array
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from dossier_tui.cache import analyser_version
from dossier_tui.index_db import codec, schema
from dossier_tui.model import Actor, Cancelled, Dossier, Event, Source
from dossier_tui.quiet_gc import paused
from dossier_tui.ranking import key_events, timeline_order
from dossier_tui.wording import group_heading, row_label

#: how many labels size the date column (enough for any real dossier's mix of precisions)
LABEL_SAMPLE = 2000
#: rows written per statement
BATCH = 5000
#: how many characters of a source's opening words its head keeps (more than any name shows)
LEAD_CHARS = 500

Progress = Callable[[str, int, int], None]
_INSERT_EVENTS = "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"


def source_head(s: Source) -> Source:
    """``s`` without its text but for the opening words: enough for every name and
    label the lists show (``Source.label`` reads only those), a fraction of the size."""
    lead = next((s.text[a:b] for a, b in s.body_spans() if s.text[a:b].strip()), "")
    lead = " ".join(lead.split())[:LEAD_CHARS]
    return Source(
        s.id,
        s.path,
        lead,
        s.title,
        s.outlet,
        s.url,
        s.published,
        s.published_basis,
        s.published_reason,
        None,
        0,
        (),
        s.encoding,
        s.sha256,
    )


def events_of_actors(order: list[Event], actors: Iterable[Actor]) -> dict[str, list[int]]:
    """Each actor's events as timeline positions: those whose passages name it, in
    timeline order, then those it lists itself."""
    place: dict[str, int] = {}
    for pos, e in enumerate(order):
        place.setdefault(e.id, pos)
    out: dict[str, list[int]] = {a.id: [] for a in actors}
    seen: dict[str, set[int]] = {a: set() for a in out}
    for e in order:
        for a in e.actors:
            if a in out and place[e.id] not in seen[a]:
                seen[a].add(place[e.id])
                out[a].append(place[e.id])
    for a in actors:
        for x in a.events:
            p = place.get(x)
            if p is not None and p not in seen[a.id]:
                seen[a.id].add(p)
                out[a.id].append(p)
    return out


def _words(e: Event, names: dict[str, list[str]]) -> str:
    parts = [e.headline, *(v.passage for v in e.evidence)]
    for a in e.actors:
        parts += names.get(a, ())
    return " ".join(" ".join(parts).split()).casefold()


def _fill(
    conn: sqlite3.Connection,
    d: Dossier,
    sha256: str | None,
    progress: Progress,
    stop: Callable[[], bool],
    extra: Mapping[str, str | bytes],
) -> None:
    def check() -> None:
        if stop():
            raise Cancelled

    conn.executescript(schema.TABLES)
    total = len(d.events)
    progress("sources", 0, len(d.sources))
    conn.executemany(
        "INSERT INTO sources VALUES (?, ?, ?, ?)",
        (
            (n, codec.key(s.id), codec.source_data(source_head(s)), codec.source_data(s))
            for n, s in enumerate(d.sources)
        ),
    )
    check()
    order = timeline_order(d.events)
    key = {id(e) for e in key_events(d)}
    ordinal = {id(e): i for i, e in enumerate(d.events)}
    names = {a.id: [a.name, *a.aliases] for a in d.actors}
    headings: dict[str, int] = {}
    rows, words = [], []
    heading_of = array("i")
    width = 0
    for pos, e in enumerate(order):
        h = headings.setdefault(group_heading(e), len(headings))
        heading_of.append(h)
        label = row_label(e)
        if pos < LABEL_SAMPLE:
            width = max(width, len(label))
        rows.append(
            (
                pos,
                ordinal[id(e)],
                codec.key(e.id),
                h,
                codec.text(label),
                len(e.sources),
                int(bool(e.conflicts)),
                int(id(e) in key),
                codec.text(e.headline),
                codec.text(e.brief),
                codec.text(e.date),
                codec.text(e.start),
                codec.text(e.end),
                codec.event_data(e),
            )
        )
        words.append((pos, codec.text(_words(e, names))))
        if len(rows) >= BATCH:
            conn.executemany(_INSERT_EVENTS, rows)
            conn.executemany("INSERT INTO words VALUES (?, ?)", words)
            rows, words = [], []
            check()
            progress("events", pos + 1, total)
    conn.executemany(_INSERT_EVENTS, rows)
    conn.executemany("INSERT INTO words VALUES (?, ?)", words)
    progress("events", total, total)
    conn.executemany(
        "INSERT INTO headings VALUES (?, ?)", ((n, codec.text(t)) for t, n in headings.items())
    )
    if sys.byteorder != "little":
        heading_of.byteswap()
    conn.execute("INSERT INTO blobs VALUES ('heading_of', ?)", (heading_of.tobytes(),))
    listed = events_of_actors(order, d.actors)
    conn.executemany(
        "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            (
                n,
                codec.key(a.id),
                codec.text(a.name),
                codec.text(a.kind),
                codec.text(a.main_role),
                len(listed.get(a.id, ())),
                codec.actor_data(a),
            )
            for n, a in enumerate(d.actors)
        ),
    )
    number: dict[str, int] = {}
    for n, a in enumerate(d.actors):
        number.setdefault(a.id, n)
    conn.executemany(
        "INSERT OR IGNORE INTO actor_events VALUES (?, ?, ?)",
        ((number[a], k, pos) for a, positions in listed.items() for k, pos in enumerate(positions)),
    )
    conn.executemany(
        "INSERT INTO problems VALUES (?, ?)",
        ((n, codec.problem_data(p)) for n, p in enumerate(d.problems)),
    )
    check()
    progress("search", 0, 1)
    fts = schema.has_fts(conn)
    if fts:
        conn.execute(schema.FTS)
        conn.execute("INSERT INTO words_fts(words_fts) VALUES ('rebuild')")
    conn.executescript(schema.INDEXES)
    meta = {
        "kind": schema.KIND,
        "format": schema.FORMAT,
        "version": analyser_version(),
        "sha256": sha256 or "",
        "events": total,
        "key": len(key),
        "sources": len(d.sources),
        "actors": len(d.actors),
        "label_width": width,
        "fts": int(fts),
    }
    meta.update((k, v) for k, v in extra.items() if isinstance(v, str))
    conn.executemany("INSERT INTO meta VALUES (?, ?)", ((k, str(v)) for k, v in meta.items()))
    conn.executemany(
        "INSERT INTO blobs VALUES (?, ?)",
        ((k, v) for k, v in extra.items() if isinstance(v, bytes)),
    )
    progress("search", 1, 1)


def write_index(
    d: Dossier,
    dest: str | Path,
    sha256: str | None = None,
    progress: Progress | None = None,
    stop: Callable[[], bool] | None = None,
    private: bool = False,
    extra: Mapping[str, str | bytes] | None = None,
) -> Path:
    """Write the index of ``d`` to ``dest`` (replacing what is there, atomically);
    ``sha256``: the hash of the dossier file it stands for. ``progress(stage, done,
    total)`` is told as it goes; ``stop()`` is asked between batches (``Cancelled``).
    The file gets the permissions a new file gets here (the umask's), or, ``private``,
    only its owner's. ``extra``: what a cache built on the index adds, text to ``meta``
    and bytes to ``blobs`` (the key of a curated index, its marks)."""
    dest = Path(dest)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    try:
        if not private:
            os.chmod(tmp, 0o666 & ~_umask())
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            with conn, paused():  # a large dossier's rows: many small objects, no cycles
                _fill(
                    conn,
                    d,
                    sha256,
                    progress or (lambda *a: None),
                    stop or (lambda: False),
                    extra or {},
                )
        finally:
            conn.close()
        os.replace(tmp, dest)
    except sqlite3.Error as e:  # a full disk, a folder gone: a write that failed, as any other
        _remove(tmp)
        raise OSError(f"{dest}: cannot write the index ({e})") from None
    except BaseException:
        _remove(tmp)
        raise
    return dest


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
