"""Dossier <-> timeline.yaml (schema 2; schema 1 is still read): the file the app, the
exports and outside checks share.

Writes are deterministic (the same dossier gives the same bytes) and atomic
(``writes.write_atomic``: a failed write leaves the old file as it was). Loading
checks the file against the schema and names the file, line and problem of the first
thing wrong, so a hand-edited file gives a message a person can act on; a date no
calendar has ("2023-02-30", "2023-13", "2023-W99", year 0) is such a problem.

Schema 2 adds each event's ``score`` (how central it is to the story). A schema-1 file
has none: its events are scored by the number of distinct sources that report them,
the ranking outside tools used before scores existed.

- ``schema``: the table of records and fields every other part follows;
- ``compiled``: that table made into the functions that write, read and check values;
- ``check``: the checks of a file's YAML nodes, naming lines; ``valid``: the same
  over built values, for the fast path;
- ``write`` and ``read``: the file's text.
"""

from __future__ import annotations

from pathlib import Path

from dossier_tui.model import Dossier
from dossier_tui.store.errors import StoreError
from dossier_tui.store.read import (
    _Loader,
    _loads_fast,
    _loads_full,
    _PyLoader,
    from_dict,
    read_text,
)
from dossier_tui.store.schema import KEYS, READS, SCHEMA, SCORE_DECIMALS
from dossier_tui.store.split_read import Told
from dossier_tui.store.write import dumps, save, to_dict, write_atomic

__all__ = [
    "KEYS",
    "READS",
    "SCHEMA",
    "SCORE_DECIMALS",
    "StoreError",
    "_Loader",
    "_PyLoader",
    "_loads_fast",
    "_loads_full",
    "dumps",
    "from_dict",
    "load",
    "loads",
    "save",
    "to_dict",
    "write_atomic",
]


def loads(text: str, name: str = "timeline.yaml", progress: Told = None) -> Dossier:
    """The dossier in ``text``; StoreError names the line and the problem of the first
    thing wrong. A file as ``dumps`` writes it is read by ``yaml_fast`` and checked over
    the built values (some ten times faster); any other, or one with a problem, is read
    again by the full YAML path, which gives the same dossier or the message. A large
    file's parts are told to ``progress(done, total)`` as they are read."""
    return _loads_fast(text, progress) or _loads_full(text, name)


def load(path: str | Path, progress: Told = None) -> Dossier:
    """The dossier in the file at ``path`` (StoreError: why it cannot be read)."""
    return loads(*read_text(path), progress=progress)
