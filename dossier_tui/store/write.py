"""Dossier -> the file's text: deterministic (the same dossier gives the same bytes)
and written atomically (``writes.write_atomic``: a failed write leaves the old file)."""

from __future__ import annotations

from pathlib import Path

from dossier_tui import __version__, yaml_fast
from dossier_tui.model import Dossier
from dossier_tui.quiet_gc import paused
from dossier_tui.store.errors import StoreError
from dossier_tui.store.schema import SCHEMA, TOP
from dossier_tui.store.valid import COMPILED
from dossier_tui.store.yaml_records import write_lists
from dossier_tui.writes import WriteError, write_atomic

_WRITERS = tuple((key, COMPILED[key][0]) for key, _, _ in TOP)


def _header() -> dict:
    """What the file says before its lists: its schema and what wrote it."""
    return {"schema": SCHEMA, "generator": f"dossier {__version__}"}


def to_dict(d: Dossier) -> dict:
    """The dossier as plain data, keys in the documented order."""
    out = _header()
    for key, write in _WRITERS:
        out[key] = [write(x) for x in getattr(d, key)]
    return out


def dumps(d: Dossier) -> str:
    """The file's text: ``yaml_fast``'s block YAML, which any YAML reader reads back as
    ``to_dict(d)`` (PyYAML's own emitter takes some thirty times as long); the records
    are written straight from the dataclasses (``yaml_records``), the same text as
    ``yaml_fast.dump(to_dict(d))`` in half the time."""
    with paused():  # a large dossier: millions of small containers, none in a cycle
        w = yaml_fast.Writer()
        w.mapping(_header(), "", "")
        write_lists(w, d)
        return w.text()


def save(d: Dossier, path: str | Path) -> None:
    """Write ``d`` to ``path`` as ``write_atomic`` writes any file."""
    try:
        write_atomic(path, dumps(d))
    except WriteError as e:
        raise StoreError(str(e)) from None
