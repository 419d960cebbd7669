"""Pause Python's cycle collector while a great many long-lived objects are made.

Unpickling a corpus's kept analysis, or reading or writing a large dossier, makes
millions of small containers that all live on; each collection on the way walks every
one made so far again, which can cost more than the making (three times as much on a
warm build's reads). Nothing made there is a cycle to free, so the collector rests
until the block ends, then goes on as before.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The collector off for the block (left as it was: off stays off)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def set_aside() -> None:
    """Leave everything alive now out of later collections, until ``release``: what a
    build's stage leaves for the next ones lives to its end."""
    gc.freeze()


def release() -> None:
    """Collect from what was set aside again."""
    gc.unfreeze()
