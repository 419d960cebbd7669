"""The index of a curated dossier, kept beside the machine's index, so that a dossier
with a person's decisions opens as fast as one without.

Applying a curation reads the machine's dossier whole, applies every decision and
indexes the result: seconds on a large dossier. What it gives depends only on the
timeline file, the curation file and the code that applies and indexes them. So the
curated index is kept beside the machine's (``.timeline.yaml.curated.index.sqlite``),
keyed in its ``meta`` by the SHA-256 of both files and the analyser's version, with
the marks (stars, tags, notes, what is hidden) and the lost decisions in a blob. It is
read only when all three match: a changed timeline, curation or program is a rebuild,
never an old view. Like every index it is a cache: deleting it costs a rebuild, a
damaged one is ignored, and it is written atomically. No Textual here.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import astuple
from pathlib import Path

from dossier_tui import curation
from dossier_tui.curation import Curated, Curation, CurationError, Lost, Marks
from dossier_tui.index_db import codec
from dossier_tui.index_db.place import SUFFIX, describes
from dossier_tui.index_db.read import Index
from dossier_tui.index_db.records import IndexError_
from dossier_tui.index_db.write import write_index
from dossier_tui.model import Dossier

#: what the curated index's name adds to the machine's
CURATED = ".curated"
#: the blob of the marks and the lost decisions
MARKS = "marks"
#: what a damaged cache raises on the way in (it is then ignored)
DAMAGED = (
    sqlite3.Error,
    IndexError_,
    CurationError,
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
)


def place_of(machine: Index) -> Path | None:
    """Where the curated index of ``machine`` is kept: beside it (None: the machine's
    index is a temporary one, of a dossier that is no file)."""
    name = machine.path.name
    if machine.sha256 is None or not name.endswith(SUFFIX) or CURATED + SUFFIX in name:
        return None
    return machine.path.with_name(name[: -len(SUFFIX)] + CURATED + SUFFIX)


def curation_file(path: str | os.PathLike[str]) -> tuple[str, str] | None:
    """The SHA-256 of the curation file's bytes and its text: what the cache is keyed by,
    and what the session reads once it opens (so both are the same bytes). None: no
    curation file that can be read there; the curation is then read as usual, errors and
    all."""
    try:
        data = curation.file.read(path)
        return (
            None
            if data is None
            else (hashlib.sha256(data).hexdigest(), curation.file.decoded(data, path))
        )
    except CurationError:
        return None


def key(curation_sha256: str) -> dict[str, str]:
    """What a curated index records beside the timeline's SHA-256 and the program's
    version (as every index does), and must match."""
    return {"curation": curation_sha256}


def open_curated(machine: Index, curation_sha256: str) -> tuple[Index, Curated] | None:
    """The curated index kept for ``machine`` and the curation with this hash, and the
    marks it was made with; None when there is none, it is another's, or damaged."""
    path = place_of(machine)
    if path is None or not path.is_file():
        return None
    assert machine.sha256 is not None
    if not describes(path, machine.sha256, key(curation_sha256)):
        return None
    ix = None
    try:
        ix = Index(path)
        blob = ix.blob(MARKS)
        if blob is None:
            raise ValueError("no marks")
        return ix, marks_of(blob)
    except DAMAGED:
        if ix is not None:
            ix.close()
        return None


def save_curated(machine: Index, curation_sha256: str, cur: Curated) -> Index:
    """Write the index of what ``cur`` shows (hidden ones left out) where the curated
    index of ``machine`` is kept, keyed by the curation's hash; that index, answering
    with ``cur``'s objects. OSError when it cannot be written."""
    path = place_of(machine)
    if path is None:
        raise OSError("the dossier is no file: its curated index is not kept")
    shown = cur.visible()
    extra: dict[str, str | bytes] = {**key(curation_sha256), MARKS: marks_blob(cur)}
    write_index(shown, path, machine.sha256, extra=extra)
    return Index(path, dossier=shown)


def marks_blob(cur: Curated) -> bytes:
    """The marks of every event, actor and source and the decisions lost, as stored."""
    lost = [x.decision for x in cur.lost]
    return codec.dumps(
        {
            "events": {i: astuple(m) for i, m in cur.events.items()},
            "actors": {i: astuple(m) for i, m in cur.actors.items()},
            "sources": {i: astuple(m) for i, m in cur.sources.items()},
            "lost": [[x.index, x.why] for x in cur.lost],
            "decisions": curation.dumps(Curation(tuple(lost))) if lost else "",
        }
    )


def marks_of(blob: bytes) -> Curated:
    """What ``marks_blob`` stored: the marks and the lost decisions, on an empty
    dossier (the dossier is the index's)."""
    data = codec.loads(blob)
    if not isinstance(data, dict):
        raise ValueError("not a map")
    decisions = curation.loads(data["decisions"]).decisions if data["lost"] else ()
    if len(decisions) != len(data["lost"]):
        raise ValueError("lost decisions do not match")
    lost = tuple(Lost(i, d, why) for (i, why), d in zip(data["lost"], decisions))
    return Curated(
        Dossier(), _marks(data["events"]), _marks(data["actors"]), lost, _marks(data["sources"])
    )


def _marks(rows: dict) -> dict[str, Marks]:
    return {i: Marks(*(tuple(v) if isinstance(v, list) else v for v in m)) for i, m in rows.items()}
