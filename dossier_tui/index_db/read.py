"""Reading an index: what the app shows, fetched a row or a window at a time.

An ``Index`` answers by timeline position ("the rows 4,000 to 4,060", "the event at
12,345") or by id, from SQLite, keeping recent answers in small caches; nothing is
read whole but the heading of each position (an int32 array) and the key events.
Each thread gets its own connection, so a filter can run in a worker while the
screen reads rows.

An index built from a Dossier in memory is given that Dossier too: it answers with
the Dossier's own objects (so a caller's event *is* the one it gave), and reads the
rest from the index like any other.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
import weakref
from array import array
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from dossier_tui.index_db import codec
from dossier_tui.index_db.listing import Listing
from dossier_tui.index_db.records import (
    CHUNK,
    LRU,
    ActorRow,
    ById,
    EventList,
    IndexError_,
    Row,
    row_of,
)
from dossier_tui.index_db.search import Search
from dossier_tui.model import Actor, Dossier, Event, Problem, Source
from dossier_tui.ranking import KEY_EVENTS, timeline_order


class Index(Search):
    """An index file opened for reading. ``dossier``: the Dossier it was built from,
    when that is in memory; ``temporary``: remove the file when closed."""

    def __init__(
        self, path: str | Path, dossier: Dossier | None = None, temporary: bool = False
    ) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._conns: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        if temporary:
            self._finalizer = weakref.finalize(self, _remove, str(self.path))
        try:
            c = self._conn()
            meta = dict(c.execute("SELECT key, value FROM meta"))
            self.sha256 = meta.get("sha256") or None
            self.n_events = int(meta["events"])
            self.n_sources = int(meta["sources"])
            self.n_actors = int(meta["actors"])
            self.label_width = int(meta["label_width"])
            self.fts = meta.get("fts") == "1"
            self.headings = [t for _, t in c.execute("SELECT n, text FROM headings ORDER BY n")]
            ((blob,),) = c.execute("SELECT data FROM blobs WHERE name = 'heading_of'")
            heading_of = array("i")
            heading_of.frombytes(blob)
            if sys.byteorder != "little":
                heading_of.byteswap()
            self.heading_of = heading_of
            key = c.execute("SELECT pos, id FROM events WHERE key = 1 ORDER BY pos").fetchall()
            self.key_positions = [p for p, _ in key]
            self.key_ids = frozenset(codec.unkey(i) for _, i in key)
            self.problems: tuple[Problem, ...] = tuple(
                codec.problem_of(t) for (t,) in c.execute("SELECT data FROM problems ORDER BY n")
            )
        except (sqlite3.Error, KeyError, ValueError) as e:
            self.close()
            raise IndexError_(f"{self.path}: not a readable index ({e})") from None
        self.live = dossier
        self._live_order = timeline_order(dossier.events) if dossier is not None else None
        self._live_sources = {s.id: s for s in dossier.sources} if dossier is not None else {}
        self._live_actors = {a.id: a for a in dossier.actors} if dossier is not None else {}
        self._events: LRU[int, Event] = LRU(1024)
        self._sources: LRU[str, Source] = LRU(32)
        self._actors: LRU[str, Actor] = LRU(256)
        self._heads: list[Source] | None = None
        self._heads_by_id: LRU[str, Source] = LRU(1024)
        self._listings: dict[str, Listing] = {}
        self.event_by_id: ById[Event] = ById(self._event_by_id)
        self.sources: ById[Source] = ById(self.source)
        self.actor_by_id: ById[Actor] = ById(self.actor)

    # ------------------------------------------------------------ connections
    def _conn(self) -> sqlite3.Connection:
        """This thread's connection (read-only)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
            with self._lock:
                self._conns.append(conn)
            self._local.conn = conn
        return conn

    def close(self) -> None:
        """Close every connection; a temporary index file is removed."""
        with self._lock:
            conns, self._conns = self._conns, []
        for conn in conns:
            try:
                conn.close()
            except sqlite3.Error:
                pass
        finalizer = getattr(self, "_finalizer", None)
        if finalizer is not None:
            finalizer()

    # ------------------------------------------------------------ the dossier
    @property
    def has_key_view(self) -> bool:
        """Whether the dossier is large enough to be shown by its key events first (and
        has dated events to rank)."""
        return self.n_events > KEY_EVENTS and bool(self.key_positions)

    @property
    def events(self) -> EventList:
        """Every event, in timeline order."""
        return EventList(self, range(self.n_events))

    @property
    def key_events(self) -> EventList:
        return EventList(self, self.key_positions)

    def dossier(self) -> Dossier:
        """The whole dossier the index was built from (for an export: read in full)."""
        if self.live is not None:
            return self.live
        c = self._conn()
        return Dossier(
            sources=tuple(
                codec.source_of(t) for (t,) in c.execute("SELECT data FROM sources ORDER BY n")
            ),
            events=tuple(
                codec.event_of(t) for (t,) in c.execute("SELECT data FROM events ORDER BY ord")
            ),
            actors=tuple(
                codec.actor_of(t) for (t,) in c.execute("SELECT data FROM actors ORDER BY n")
            ),
            problems=self.problems,
        )

    def blob(self, name: str) -> bytes | None:
        """The bytes a cache built on the index keeps under ``name`` (None: none)."""
        return self._first("SELECT data FROM blobs WHERE name = ?", name)

    def _first(self, query: str, *args: object) -> Any:
        """The first column of the first row ``query`` gives (None: no row)."""
        row = self._conn().execute(query, args).fetchone()
        return row[0] if row else None

    # ------------------------------------------------------------ events
    def event(self, pos: int) -> Event:
        """The event at timeline position ``pos``."""
        if self._live_order is not None:
            return self._live_order[pos]
        e = self._events.get(pos)
        if e is None:
            data = self._first("SELECT data FROM events WHERE pos = ?", pos)
            if data is None:
                raise IndexError(pos)
            e = self._events.put(pos, codec.event_of(data))
        return e

    def events_at(self, positions: Sequence[int]) -> list[Event]:
        """The events at ``positions``, in that order (one query for those not cached)."""
        if self._live_order is not None:
            return [self._live_order[p] for p in positions]
        missing = [p for p in positions if self._events.get(p) is None]
        for a in range(0, len(missing), 500):
            part = missing[a : a + 500]
            q = f"SELECT pos, data FROM events WHERE pos IN ({','.join('?' * len(part))})"
            for pos, data in self._conn().execute(q, part):
                self._events.put(pos, codec.event_of(data))
        return [self.event(p) for p in positions]

    def position_of(self, event_id: str) -> int | None:
        """The timeline position of the event with this id (the last, if ids repeat)."""
        return self._first(
            "SELECT pos FROM events WHERE id = ? ORDER BY pos DESC LIMIT 1", codec.key(event_id)
        )

    def _event_by_id(self, event_id: str) -> Event | None:
        pos = self.position_of(event_id)
        return None if pos is None else self.event(pos)

    def rows(self, positions: Sequence[int]) -> list[Row]:
        """What the timeline shows of the events at ``positions``, in that order."""
        if not positions:
            return []
        c = self._conn()
        cols = "pos, id, label, n_sources, conflict, headline, short"
        if isinstance(positions, range) and positions.step == 1:
            got = c.execute(
                f"SELECT {cols} FROM events WHERE pos >= ? AND pos < ? ORDER BY pos",
                (positions.start, positions.stop),
            ).fetchall()
            return [row_of(r) for r in got]
        found = {}
        for a in range(0, len(positions), 500):
            part = list(positions[a : a + 500])
            q = f"SELECT {cols} FROM events WHERE pos IN ({','.join('?' * len(part))})"
            for r in c.execute(q, part):
                found[r[0]] = row_of(r)
        return [found[p] for p in positions if p in found]

    def is_key(self, e: Event) -> bool:
        """Whether ``e`` is one of the key events of a large dossier."""
        return self.has_key_view and e.id in self.key_ids

    def event_kind(self, e: Event) -> str:
        """ "Key event" for one of the key events of a large dossier, else "Event"."""
        return "Key event" if self.is_key(e) else "Event"

    def nearest_key_event(self, event_id: str) -> str | None:
        """The key event at or after ``event_id`` on the timeline (else the last one)."""
        place = self.position_of(event_id) or 0
        after = next((p for p in self.key_positions if p >= place), None)
        if after is None:
            after = self.key_positions[-1] if self.key_positions else None
        return None if after is None else self.rows([after])[0].id

    def heading(self, e: Event) -> str:
        """The group an event is listed under: its month, or its coarser period."""
        pos = self.position_of(e.id)
        return self.headings[self.heading_of[pos]] if pos is not None else ""

    def listing(self, positions: Sequence[int] | None = None, key_only: bool = False) -> Listing:
        """The rows of a view: the events at ``positions``, else all (or the key) events."""
        if positions is not None:
            return Listing(positions, self.heading_of)
        name = "key" if key_only else "all"
        if name not in self._listings:
            self._listings[name] = Listing(
                self.key_positions if key_only else range(self.n_events), self.heading_of
            )
        return self._listings[name]

    def event_rows(self) -> Iterator[tuple[str, str, str, bool]]:
        """(id, label, headline, key) of every event in timeline order, read as needed."""
        cur = self._conn().execute("SELECT id, label, headline, key FROM events ORDER BY pos")
        while part := cur.fetchmany(CHUNK):
            yield from ((codec.unkey(i), lab, h, bool(k)) for i, lab, h, k in part)

    # ------------------------------------------------------------ sources
    def source(self, source_id: str) -> Source | None:
        """The whole source with this id (text and all)."""
        return self._source(source_id, "data", self._sources)

    def source_head(self, source_id: str) -> Source | None:
        """The source with this id with only the opening words of its text: enough to
        name and date it (``source`` gives the whole, text and all)."""
        return self._source(source_id, "head", self._heads_by_id)

    def _source(self, source_id: str, column: str, cache: LRU[str, Source]) -> Source | None:
        if self.live is not None:
            return self._live_sources.get(source_id)
        s = cache.get(source_id)
        if s is None:
            data = self._first(
                f"SELECT {column} FROM sources WHERE id = ? ORDER BY n DESC LIMIT 1",
                codec.key(source_id),
            )
            if data is None:
                return None
            s = cache.put(source_id, codec.source_of(data))
        return s

    def source_heads(self) -> list[Source]:
        """Every source in dossier order, with only the opening words of its text: what
        lists, names and the check for changes on disk need (``source`` gives the whole)."""
        if self.live is not None:
            return list(self.live.sources)
        if self._heads is None:
            self._heads = [
                codec.source_of(t)
                for (t,) in self._conn().execute("SELECT head FROM sources ORDER BY n")
            ]
        return self._heads

    # ------------------------------------------------------------ actors
    def actor(self, actor_id: str) -> Actor | None:
        """The actor with this id."""
        if self.live is not None:
            return self._live_actors.get(actor_id)
        a = self._actors.get(actor_id)
        if a is None:
            data = self._first(
                "SELECT data FROM actors WHERE id = ? ORDER BY n DESC LIMIT 1", codec.key(actor_id)
            )
            if data is None:
                return None
            a = self._actors.put(actor_id, codec.actor_of(data))
        return a

    @property
    def actors(self) -> list[Actor]:
        """Every actor, whole (for a small dossier; the list reads ``actor_rows``)."""
        return [a for r in self.actor_rows() if (a := self.actor(r.id)) is not None]

    def actor_rows(self) -> list[ActorRow]:
        """What the actor list shows of each actor, in dossier order."""
        q = "SELECT id, name, kind, main_role, n_events FROM actors ORDER BY n"
        return [ActorRow(codec.unkey(r[0]), *r[1:]) for r in self._conn().execute(q)]

    def actor_names(self, e: Event) -> list[str]:
        """Names of the event's actors that the dossier knows."""
        return [a.name for x in e.actors if (a := self.actor(x)) is not None]

    def actor_positions(self, actor_id: str) -> list[int]:
        """Timeline positions of the actor's events, in the order its profile lists them."""
        q = (
            "SELECT ae.pos FROM actor_events ae JOIN actors a ON a.n = ae.actor "
            "WHERE a.id = ? ORDER BY ae.k"
        )
        return [p for (p,) in self._conn().execute(q, (codec.key(actor_id),))]

    def event_count(self, actor: Actor | str) -> int:
        actor_id = actor if isinstance(actor, str) else actor.id
        n = self._first(
            "SELECT n_events FROM actors WHERE id = ? ORDER BY n DESC LIMIT 1", codec.key(actor_id)
        )
        return n or 0


def _remove(path: str) -> None:
    for p in (path, path + "-journal"):
        try:
            os.unlink(p)
        except OSError:
            pass
