"""Searching an index: events, actors and sources by name for the command palette, and
the timeline's filter, in SQLite and in pieces as the query finds them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from typing import TypeVar

from dossier_tui.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from dossier_tui.index_db import codec
from dossier_tui.index_db.query import parse
from dossier_tui.index_db.records import CHUNK, EventList, TimelineFilter
from dossier_tui.model import Actor, Cancelled, Source

#: how a date label may begin a weekday's or a month's name (``describe`` writes them short)
_DAYS_MONTHS = frozenset(name[:3].lower() for name in (*WEEKDAY_NAMES, *MONTH_NAMES))


#: SQLite steps between two checks whether a search is still wanted
PROGRESS_STEPS = 20000


def _like(words: list[str]) -> str:
    """A LIKE pattern every text holding all ``words`` matches: the longest word that
    SQLite's LIKE compares as Python's casefold does (ASCII letters and digits), else
    anything."""
    plain = [w for w in words if w.isascii() and w.isalnum()]
    return f"%{max(plain, key=len)}%" if plain else "%"


T = TypeVar("T")


def _first(cur: sqlite3.Cursor, keep: Callable[[tuple], T | None], limit: int) -> list[T]:
    """Up to ``limit`` of what ``keep`` makes of the rows ``cur`` reads, in their order
    (rows it makes None of are passed over); the rows are read a chunk at a time."""
    found: list[T] = []
    while len(found) < limit and (part := cur.fetchmany(CHUNK)):
        for row in part:
            item = keep(row)
            if item is not None:
                found.append(item)
                if len(found) >= limit:
                    break
    cur.close()
    return found


class Search:
    """The searches of an ``Index`` (which provides ``_conn``, ``fts``, ``n_events`` and
    ``key_positions``)."""

    def events_named(self, text: str, limit: int) -> list[tuple[str, str, str, bool]]:
        """(id, label, headline, key) of up to ``limit`` events, in timeline order, whose
        date label and headline hold every word of ``text`` (case-folded, as substrings):
        what the command palette offers on a dossier too large to match in full. The
        full-text table finds the candidates; only they are read."""
        words = text.casefold().split()
        if not words:
            return []
        # the full-text table holds the text, not the date label: a weekday or month name may
        # be in the label alone, so only other words of three letters or more look there
        long = [w for w in words if len(w) >= 3 and not (w.isalpha() and w[:3] in _DAYS_MONTHS)]
        conds = ["instr(lower(e.label || ' ' || e.headline), ?) > 0" for w in words if w.isascii()]
        params: list[object] = [w for w in words if w.isascii()]
        cols = "e.id, e.label, e.headline, e.key"
        if self.fts and long:
            match = " AND ".join('"' + w.replace('"', '""') + '"' for w in long)
            q = (
                f"SELECT {cols} FROM words_fts JOIN events e ON e.pos = words_fts.rowid "
                f"WHERE words_fts MATCH ? {''.join(' AND ' + c for c in conds)} "
                "ORDER BY words_fts.rowid"
            )
            params.insert(0, match)
        else:  # read the rows in order until enough are found
            where = "WHERE " + " AND ".join(conds) if conds else ""
            q = f"SELECT {cols} FROM events e {where} ORDER BY e.pos"

        def keep(row: tuple) -> tuple[str, str, str, bool] | None:
            i, label, headline, key = row
            said = f"{label} {headline}".casefold()
            return (
                (codec.unkey(i), label, headline, bool(key))
                if all(w in said for w in words)
                else None
            )

        return _first(self._conn().execute(q, params), keep, limit)

    def actors_named(self, text: str, limit: int) -> list[Actor]:
        """Up to ``limit`` actors, in dossier order, one of whose names (or
        aliases) holds every word of ``text``."""
        words = text.casefold().split()
        if not words:
            return []
        q = "SELECT data FROM actors WHERE CAST(data AS TEXT) LIKE ? ORDER BY n"

        def keep(row: tuple) -> Actor | None:
            a = codec.actor_of(row[0])
            names = (a.name, *a.aliases)
            return a if any(all(w in n.casefold() for w in words) for n in names) else None

        return _first(self._conn().execute(q, (_like(words),)), keep, limit)

    def sources_named(self, text: str, name: Callable[[Source], str], limit: int) -> list[Source]:
        """Up to ``limit`` sources (their heads), in dossier order, whose ``name(s)``
        holds every word of ``text``."""
        words = text.casefold().split()
        if not words:
            return []
        cur = self._conn().execute(
            "SELECT head FROM sources WHERE CAST(head AS TEXT) LIKE ? ORDER BY n", (_like(words),)
        )

        def keep(row: tuple) -> Source | None:
            s = codec.source_of(row[0])
            return s if all(w in name(s).casefold() for w in words) else None

        return _first(cur, keep, limit)

    # ------------------------------------------------------------ filtering
    def matching(
        self, f: TimelineFilter, key_only: bool = False, stop: Callable[[], bool] | None = None
    ) -> Iterator[list[int]]:
        """The positions of the events that pass ``f`` (among the key events only if
        ``key_only``), ascending, in pieces as the query finds them. Every word of the
        text must occur in the headline, a passage or an actor's name; dates written in
        it ("Aug 2023", ``2023-08``: ``query.parse``) match the event's value or its
        first or last day, any one of them."""
        if not f.active:
            yield list(self.key_positions if key_only else range(self.n_events))
            return
        conds: list[str] = []
        params: list[object] = []
        query = parse(f.text)
        tables = []
        if query.dates:
            tables.append("events")
            one = (
                '(date GLOB ? OR ((start GLOB ? OR "end" GLOB ?) '
                'AND julianday("end") - julianday(start) < ?))'
            )
            conds.append("(" + " OR ".join([one] * len(query.dates)) + ")")
            params += [
                p for pattern, days in query.dates for p in (pattern, pattern, pattern, days)
            ]
        if query.words:
            tables.append("words")
            long = [w for w in query.words if len(w) >= 3]
            if self.fts and long:
                conds.insert(0, "pos IN (SELECT rowid FROM words_fts WHERE words_fts MATCH ?)")
                params.insert(0, " AND ".join('"' + w.replace('"', '""') + '"' for w in long))
            for w in query.words:
                conds.append("instr(text, ?) > 0")
                params.append(w)
        table = (
            " JOIN ".join(tables) + (" USING (pos)" if len(tables) > 1 else "")
            if tables
            else "events"
        )
        if not conds and not f.actor:  # nothing but empty quotes
            yield list(self.key_positions if key_only else range(self.n_events))
            return
        if f.actor:
            conds.append(
                "pos IN (SELECT ae.pos FROM actor_events ae JOIN actors a ON a.n = ae.actor "
                "WHERE a.id = ?)"
            )
            params.append(codec.key(f.actor))
        if key_only:
            conds.append("pos IN (SELECT pos FROM events WHERE key = 1)")
        q = f"SELECT pos FROM {table} WHERE {' AND '.join(conds)} ORDER BY pos"
        conn = self._conn()
        if (
            stop is not None
        ):  # asked while SQLite works, so a long scan ends as soon as it is not wanted
            conn.set_progress_handler(stop, PROGRESS_STEPS)
        try:
            try:
                cur = conn.execute(q, params)
            except sqlite3.OperationalError:  # a search the full-text table refuses: read every row
                if stop is not None and stop():
                    raise Cancelled from None
                if not (self.fts and query.words):
                    raise
                q = q.replace(
                    "pos IN (SELECT rowid FROM words_fts WHERE words_fts MATCH ?) AND ", ""
                )
                cur = conn.execute(q, params[1:])
            while True:
                if stop is not None and stop():
                    cur.close()
                    raise Cancelled
                try:
                    part = cur.fetchmany(CHUNK)
                except sqlite3.OperationalError:
                    if stop is not None and stop():
                        raise Cancelled from None
                    raise
                if not part:
                    return
                yield [p for (p,) in part]
        finally:
            if stop is not None:
                conn.set_progress_handler(None, 0)

    def filtered(self, f: TimelineFilter, key_only: bool = False) -> EventList:
        """The events that pass the filter, among the key events only if ``key_only``."""
        positions: list[int] = []
        for part in self.matching(f, key_only):
            positions += part
        return EventList(self, positions)
