"""The tables of an index file, and its format version.

Bump FORMAT whenever a table or what a column holds changes: an index of another
format is rebuilt on open, never read.
"""

from __future__ import annotations

import sqlite3

#: the version of the tables below; stored in the index, compared on open
FORMAT = 3
#: what the ``meta`` table says an index file is, so a foreign SQLite file is never read as one
KIND = "dossier-index"

TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
-- events in timeline order (pos), with what a timeline row shows (short: its headline);
-- data: the whole event
CREATE TABLE events (
    pos INTEGER PRIMARY KEY, ord INTEGER NOT NULL, id BLOB NOT NULL,
    heading INTEGER NOT NULL, label TEXT NOT NULL, n_sources INTEGER NOT NULL,
    conflict INTEGER NOT NULL, key INTEGER NOT NULL, headline TEXT NOT NULL,
    short TEXT NOT NULL, date TEXT, start TEXT, "end" TEXT, data BLOB NOT NULL);
CREATE TABLE headings (n INTEGER PRIMARY KEY, text TEXT NOT NULL);
-- ids are BLOBs (their exact characters as UTF-8, lone surrogates kept), data the whole object
-- sources in dossier order; head: the source with only its opening words as text; data: whole
CREATE TABLE sources (
    n INTEGER PRIMARY KEY, id BLOB NOT NULL, head BLOB NOT NULL, data BLOB NOT NULL);
-- actors in dossier order; n_events: events it is listed with
CREATE TABLE actors (
    n INTEGER PRIMARY KEY, id BLOB NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
    main_role TEXT, n_events INTEGER NOT NULL, data BLOB NOT NULL);
-- the events of each actor, in the order its profile lists them
CREATE TABLE actor_events (actor INTEGER NOT NULL, k INTEGER NOT NULL, pos INTEGER NOT NULL,
    PRIMARY KEY (actor, k)) WITHOUT ROWID;
CREATE TABLE problems (n INTEGER PRIMARY KEY, data BLOB NOT NULL);
-- what the filter searches: headline, passages and actors' names, case-folded
CREATE TABLE words (pos INTEGER PRIMARY KEY, text TEXT NOT NULL);
-- arrays read whole on open: heading_of, each event's heading number by position
-- (int32, little-endian)
CREATE TABLE blobs (name TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;
"""

INDEXES = """
CREATE INDEX events_id ON events (id);
CREATE INDEX sources_id ON sources (id);
CREATE INDEX actors_id ON actors (id);
CREATE INDEX actor_events_pos ON actor_events (actor, pos);
"""

#: substring search: every run of three characters is a term, so any word of three or
#: more characters is found wherever it occurs (as ``in`` finds it); the text is
#: case-folded before it is stored, so no folding here
FTS = (
    "CREATE VIRTUAL TABLE words_fts USING fts5(text, content='words', content_rowid='pos', "
    "tokenize='trigram case_sensitive 1')"
)


def has_fts(conn: sqlite3.Connection) -> bool:
    """Whether this SQLite has FTS5 with the trigram tokenizer (3.34 and later)."""
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.fts_probe USING fts5(x, tokenize='trigram')")
        conn.execute("DROP TABLE temp.fts_probe")
        return True
    except sqlite3.Error:
        return False
