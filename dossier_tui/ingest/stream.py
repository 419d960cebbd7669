"""An article read from a stream: standard input (``-``), or a pipe or a terminal named
on the command line (``/dev/stdin``, a shell's ``<(...)``).

A folder's pipes and devices are skipped (a build must never block on one it happened
to find), but one the user names is what they want read, as ``cat`` reads it. It is
read once, up to the size an article may be, and decoded as any article file is.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from dossier_tui.ingest.corpus import MAX_ARTICLE_BYTES, Problem, _size, source_of
from dossier_tui.model import Source

STDIN = "-"


def is_stream(given: str) -> bool:
    """Whether ``given`` names standard input, a pipe or a character device (a terminal)."""
    if given == STDIN:
        return True
    try:
        mode = os.stat(given).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)


def _read(given: str, limit: int) -> bytes:
    if given == STDIN:
        stdin: BinaryIO | None = getattr(sys.stdin, "buffer", None)
        if stdin is None:
            raise OSError(0, "standard input is closed")
        return stdin.read(limit + 1)
    with open(given, "rb") as f:
        return f.read(limit + 1)


def read_stream(given: str, limit: int = MAX_ARTICLE_BYTES) -> tuple[Source | None, list[Problem]]:
    """The article ``given`` holds (``-`` for standard input), shown by that name; or
    None and why it could not be read."""
    try:
        data = _read(given, limit)
    except (OSError, ValueError) as e:
        why = getattr(e, "strerror", None) or e.__class__.__name__
        return None, [Problem(given, f"{given}: cannot read ({why})", "skipped")]
    if len(data) > limit:
        return None, [
            Problem(
                given,
                f"{given}: larger than the {_size(limit)} an article may be; skipped",
                "skipped",
            )
        ]
    return source_of(data, Path("stdin" if given == STDIN else given), given)
