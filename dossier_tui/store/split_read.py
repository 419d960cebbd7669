"""Reading a large dossier in parts: its events are cut at their list items into parts
of a few megabytes, read one after another, some by this process and the rest by
forked ones, while this one reads what is not events.

Two costs of a large file are cut so. Memory: reading a file whole holds every line
and every parsed mapping of it at once, several times the dossier built from them
(600 MB for the 56 MB file of 100,000 events); part by part, only one part's are held.
Time: the events are nearly all of the file, and the forked processes read them on the
other cores (reading is most of what a first open of a large dossier waits for).

A line at column 0 that starts with ``- `` can only be an item of a top-level list in
the subset ``dumps`` writes (every other line of a record is indented, or blank inside
a literal block), so the text splits there without being parsed first. Each part is
read by the same ``yaml_fast.parse`` and the same checks as the whole file, and gives
the same values; when any part is outside the subset or fails a check, the answer is
None and the caller reads the whole file as before (which then names the problem).

Only a single-threaded process forks (as ``workers`` decides); one with threads, or
one core, reads every part itself.
"""

from __future__ import annotations

import multiprocessing
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from dossier_tui import yaml_fast
from dossier_tui.model import Event
from dossier_tui.quiet_gc import paused
from dossier_tui.store.schema import KEYS, READS
from dossier_tui.store.valid import COMPILED
from dossier_tui.workers import can_fork

#: below this many characters a file is read in one piece
MIN_CHARS = 8_000_000
#: about how many characters of events a part holds
PART_CHARS = 2_000_000
_EVENTS = "events:"
_SCHEMA = re.compile(r"^schema: (\d+)$", re.M)
#: the first line after a top-level list: one at column 0 that is no item of it
_BLOCK_END = re.compile(r"\n[^ \n-]")
_, _READ, _VALID = COMPILED["events"]
#: what reading one part gives: its events, and whether all had a short headline
Part = tuple[tuple[Event, ...], bool]
Told = Callable[[int, int], None] | None


def cut(text: str, size: int = PART_CHARS) -> tuple[str, list[str]] | None:
    """``text`` with only its first event, and the other events in parts of about
    ``size`` characters, each a file of its own (``events:`` and its items); None when
    there are no events to cut off."""
    at = text.find("\n" + _EVENTS + "\n")
    if at < 0:
        return None
    first = at + len(_EVENTS) + 2  # the first item's line
    m = _BLOCK_END.search(text, first)
    end = m.start() + 1 if m else len(text)  # the line after the last item
    cuts = []
    c = text.find("\n- ", first, end)
    while c >= 0:
        cuts.append(c + 1)
        c = text.find("\n- ", min(c + size, end), end)
    if not cuts:
        return None
    parts = [_EVENTS + "\n" + text[a:b] for a, b in zip(cuts, [*cuts[1:], end])]
    return text[: cuts[0]] + text[end:], parts


def read_events(part: str, schema: int, max_lines: int) -> Part | None:
    """The events of one part and whether all had a short headline; None when the part
    is outside the subset or an event fails its check."""
    with paused():
        data = yaml_fast.parse(part, KEYS, max_lines)
        if type(data) is not dict or list(data) != ["events"] or type(data["events"]) is not list:
            return None
        items = data["events"]
        if not all(_VALID(x, schema) for x in items):
            return None
        return tuple(map(_READ, items)), all("short" in x for x in items)


def parse_split(
    text: str, jobs: int, max_lines: int, progress: Told = None
) -> tuple[Any, tuple, bool] | None:
    """(the file's data with only its first event, the other events read, whether all
    of those had a short headline), read in parts on up to ``jobs`` processes; None when
    the file is small, cannot be cut, or a part is not one ``parse`` reads.
    ``progress(done, total)`` is told the parts read so far, as this process goes."""
    if len(text) < MIN_CHARS or text.count("\n") > max_lines:
        return None
    m = _SCHEMA.search(text)
    if m is None or int(m[1]) not in READS:
        return None
    pieces = cut(text, PART_CHARS)
    if pieces is None:
        return None
    rest, parts = pieces
    schema = int(m[1])
    helpers = min(jobs - 1, len(parts)) if can_fork() else 0
    # this process reads what is not events and an even share of the parts, the first
    # ones: what is not events is mostly sources' text, quick to read, and what this one
    # spends taking in the others' events is about what they spend sending them (at
    # 100,000 events, a share by characters left it 15 parts of 25 to wait for: 8.1 s
    # for the whole, against 5.8 s)
    mine = -(-len(parts) // (helpers + 1))
    tell = progress or (lambda done, total: None)
    total = len(parts)
    with _forked(helpers) as pool:  # (with no helpers, ``mine`` is every part)
        later = [pool.apply_async(read_events, (p, schema, max_lines)) for p in parts[mine:]]
        tell(0, total)
        with paused():
            data = yaml_fast.parse(rest, KEYS, max_lines)
        own: list[Part | None] = []
        for p in parts[:mine] if data is not None else ():
            own.append(read_events(p, schema, max_lines))
            tell(len(own) + sum(r.ready() for r in later), total)
        del parts
        theirs: list[Part | None] = []
        for r in later:
            theirs.append(r.get())
            tell(len(own) + len(theirs) + sum(x.ready() for x in later[len(theirs) :]), total)
        results = own + theirs
    if data is None or data.get("schema") != schema or any(r is None for r in results):
        return None
    events = tuple(e for r in results for e in r[0])  # type: ignore[index]
    return data, events, all(r[1] for r in results)  # type: ignore[index]


@contextmanager
def _forked(n: int) -> Iterator[Any]:
    """A pool of ``n`` forked processes (None for none), ended with the block: every
    result is in by then, or none is wanted any more (an error, a signal)."""
    if not n:
        yield None
        return
    pool = multiprocessing.get_context("fork").Pool(n)
    try:
        yield pool
    finally:
        pool.terminate()
