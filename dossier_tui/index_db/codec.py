"""Model objects to compact JSON and back, for the rows of the index.

SQLite holds UTF-8 only, and a dossier may hold lone surrogates (the bytes of a file
name that was not UTF-8, as ``os.fsdecode`` gives them): so whole objects are stored
as UTF-8 bytes that keep them (``surrogatepass``), ids likewise (``key``), and text
only shown or searched has them replaced (``text``), as the screen shows them anyway.

The index keeps each event, source, actor and problem whole, so that the dossier it
was built from can be given back exactly (an export from the index equals one from
the file) and a detail pane can be filled from one row. Plain data only: each object is
a list of its fields in order (``store.rows``, from the store's schema), and lists
become tuples again on the way back, so the objects compare equal to the originals.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from dossier_tui.store.rows import ROWS

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(data: object) -> bytes:
    """One compact line of JSON as UTF-8, every character kept (lone surrogates too)."""
    return _ENCODER.encode(data).encode("utf-8", "surrogatepass")


def loads(data: bytes) -> object:
    return json.loads(data.decode("utf-8", "surrogatepass"))


def key(value: str) -> bytes:
    """An id as stored and looked up: its exact characters, as bytes."""
    return value.encode("utf-8", "surrogatepass")


def unkey(value: bytes) -> str:
    return value.decode("utf-8", "surrogatepass")


def text(value: str | None) -> str | None:
    """Text only shown or searched: a lone surrogate becomes U+FFFD (as shown)."""
    if value is None or value.isascii():  # most text: nothing to replace, and no scan for it
        return value
    return _SURROGATE.sub("\ufffd", value)


def _coders(key: str) -> tuple[Callable[[Any], bytes], Callable[[bytes], Any]]:
    """(object -> stored bytes, and back) for the objects of the dossier's list ``key``."""
    to_row, from_row = ROWS[key]
    return (lambda x: dumps(to_row(x))), (lambda data: from_row(loads(data)))


event_data, event_of = _coders("events")
source_data, source_of = _coders("sources")
actor_data, actor_of = _coders("actors")
problem_data, problem_of = _coders("problems")
