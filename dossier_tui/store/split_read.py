"""Reading a large dossier on several cores: its events are cut into parts at their
list items, and the parts after the first are read (parsed, checked and built) by
forked processes while this one reads the rest.

Reading the file is most of the time a first open of a large dossier takes, and the
events are nearly all of the file. A line at column 0 that starts with ``- `` can
only be an item of a top-level list in the subset ``dumps`` writes (every other line
of a record is indented, or blank inside a literal block), so the text splits there
without being parsed first. Each part is read by the same ``yaml_fast.parse`` and the
same checks as the whole file, and gives the same values; when any part is outside
the subset or fails a check, the answer is None and the caller reads the whole file
as before (which then names the problem).

Only a single-threaded process forks (as ``workers`` decides), and only for a file
large enough to be worth a process.
"""

from __future__ import annotations

import multiprocessing
import re
import threading
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from dossier_tui import yaml_fast
from dossier_tui.model import Event
from dossier_tui.quiet_gc import paused
from dossier_tui.store.schema import KEYS, READS
from dossier_tui.store.valid import COMPILED

#: below this many characters a file is read in one piece (a process costs ~50 ms)
MIN_CHARS = 8_000_000
_EVENTS = "events:"
_SCHEMA = re.compile(r"^schema: (\d+)$", re.M)
#: the first line after a top-level list: one at column 0 that is no item of it
_BLOCK_END = re.compile(r"\n[^ \n-]")
_TO_PLAIN, _READ, _VALID = COMPILED["events"]


def can_fork() -> bool:
    """Whether forking is available and safe here (no other threads to leave broken)."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def cut(text: str, parts: int) -> tuple[str, list[str]] | None:
    """``text`` without the events of the later parts, and those parts, each as a file
    of its own (``events:`` and its items), cut so that each holds about as many
    characters; None when there is nothing to cut."""
    at = text.find("\n" + _EVENTS + "\n")
    if at < 0:
        return None
    first = at + len(_EVENTS) + 2  # the first item's line
    m = _BLOCK_END.search(text, first)
    end = m.start() + 1 if m else len(text)  # the line after the last item
    share = len(text) // parts
    bounds = [first + max(share - first - (len(text) - end), 0)]
    bounds += [bounds[0] + (end - bounds[0]) * k // (parts - 1) for k in range(1, parts - 1)]
    cuts = []
    for b in bounds:
        c = text.find("\n- ", max(b, first), end)
        if c < 0:
            break
        cuts.append(c + 1)
    cuts = sorted(set(cuts))
    if not cuts:
        return None
    later = [_EVENTS + "\n" + text[a:b] for a, b in zip(cuts, [*cuts[1:], end])]
    return text[: cuts[0]] + text[end:], later


def read_events(part: str, schema: int, max_lines: int) -> tuple[tuple[Event, ...], bool] | None:
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


def parse_split(text: str, jobs: int, max_lines: int) -> tuple[Any, tuple, bool] | None:
    """(the file's data without its later events, those events read, whether all of them
    had a short headline), read on ``jobs`` processes; None when the file is not worth
    cutting, cannot be cut, or a part is not one ``parse`` reads (read it whole)."""
    if jobs < 2 or len(text) < MIN_CHARS or not can_fork() or text.count("\n") > max_lines:
        return None
    m = _SCHEMA.search(text)
    if m is None or int(m[1]) not in READS:
        return None
    pieces = cut(text, jobs)
    if pieces is None:
        return None
    rest, later = pieces
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(len(later), mp_context=context) as pool:
        futures = [pool.submit(read_events, p, int(m[1]), max_lines) for p in later]
        del later
        with paused():
            data = yaml_fast.parse(rest, KEYS, max_lines)
        results = [f.result() for f in futures]
    if data is None or data.get("schema") != int(m[1]) or any(r is None for r in results):
        return None
    events = tuple(e for r in results for e in r[0])  # type: ignore[index]
    return data, events, all(r[1] for r in results)  # type: ignore[index]
