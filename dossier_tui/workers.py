"""One function over many items on several processes, the results in input order.

The build's per-article work (reading, tagging, finding mentions and names) needs
nothing from other articles, so it runs on every core; the order of the results, and
so the dossier, is the same whatever the number of processes. Work goes out in chunks
(a few per process, so that a slow chunk does not hold the rest back) and comes back
as each chunk ends, so progress moves and a ``stop`` is heard between chunks.

A process is forked where that is safe (a single-threaded caller on a system with
``fork``); a caller with threads, such as the app, gets fresh processes instead. The
processes are made once (by ``start``, else by the first map that needs them) and
serve every later map until ``rest`` or ``close``: forked while the build is small, they
share none of what it grows to, where processes forked anew for each stage would each
come to hold a copy of every page of it that the build writes to while they live (at
10,000 articles, 600 MB more).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

from dossier_tui.model import Cancelled
from dossier_tui.quiet_gc import set_aside

#: chunks per process: enough to balance uneven articles, few enough to cost nothing
CHUNKS_PER_JOB = 8
#: below this many items the processes cost more than they save
MIN_PARALLEL = 16


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    """Whether forking is available and safe here (no other threads to leave broken)."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _context():
    return multiprocessing.get_context("fork" if can_fork() else "spawn")


#: what ``setup`` gave the processes of the current map (the corpus-wide part of the input)
shared: Any = None


def _setup(value: Any) -> None:
    global shared
    shared = value


def _chunk(fn: Callable[[Any], Any], items: Sequence[Any], value: Any) -> list[Any]:
    _setup(value)
    return [fn(x) for x in items]


def chunks(items: list[Any], jobs: int) -> list[list[Any]]:
    """``items`` cut in order into about ``CHUNKS_PER_JOB`` chunks per job."""
    size = max(1, -(-len(items) // (max(1, jobs) * CHUNKS_PER_JOB)))
    return [items[i : i + size] for i in range(0, len(items), size)]


#: the work done on each item; what is told of progress (done, total); whether to stop
Task = Callable[[Any], Any]
Told = Callable[[int, int], None] | None
Asked = Callable[[], bool] | None


class Mapper:
    """Runs ``fn`` over items with ``jobs`` processes (1: in this process)."""

    def __init__(self, jobs: int = 1):
        self.jobs = max(1, jobs)
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Mapper:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Let the processes go."""
        self.rest()

    def rest(self) -> None:
        """Let the processes go while no map needs them (the next map makes others)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def start(self) -> None:
        """Make the processes now, while this process is small (else the first map that
        needs them makes them, and they come to hold what it has read by then)."""
        if not self._alone():
            self._processes().submit(int).result()  # they are forked at the first work

    def _processes(self) -> ProcessPoolExecutor:
        """The processes, made on first use."""
        if self._pool is None:
            # what lives now is theirs too: set aside, their collections leave it be
            # rather than touch (and so copy) its pages
            set_aside()
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=_context())
        return self._pool

    def map(
        self,
        fn: Callable[[Any], Any],
        items: Sequence[Any],
        shared_value: Any = None,
        progress: Callable[[int, int], None] | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> list[Any]:
        """``[fn(x) for x in items]``; ``fn`` reads ``workers.shared`` for
        ``shared_value``. ``progress(done, total)`` after each chunk; ``Cancelled`` when
        ``stop()`` says so."""
        items = list(items)
        if len(items) < MIN_PARALLEL or self._alone():
            return self._here(fn, items, shared_value, progress, stop)
        parts = chunks(items, self._slots())
        out = self._chunks(fn, parts, shared_value, progress, stop)
        return [r for chunk in out for r in chunk]

    def _alone(self) -> bool:
        """Whether the work runs in this process whatever its size."""
        return self.jobs == 1

    def _slots(self) -> int:
        """How many chunks may run at once."""
        return self.jobs

    def _chunks(
        self, fn: Task, parts: list[list[Any]], shared_value: Any, progress: Told, stop: Asked
    ) -> list[list[Any]]:
        """Each chunk's results, in the chunks' order."""
        total = sum(map(len, parts))
        out: list[list[Any] | None] = [None] * len(parts)
        done = 0
        pool = self._processes()
        pending: dict[Future, int] = {}
        try:
            for i, c in enumerate(parts):
                pending[pool.submit(_chunk, fn, c, shared_value)] = i
            while pending:
                finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                if stop is not None and stop():
                    raise Cancelled
                for f in finished:
                    i = pending.pop(f)
                    out[i] = f.result()
                    # what came back lives on: collections while the rest comes would
                    # walk it again and again, taking a core from the processes
                    set_aside()
                    done += len(parts[i])
                    if progress is not None:
                        progress(done, total)
        except BaseException:
            for f in pending:
                f.cancel()
            # a chunk may still run (or a process have died): a later map gets new ones
            self._pool = None
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        return out  # type: ignore[return-value]

    @staticmethod
    def _here(fn, items, shared_value, progress, stop) -> list[Any]:
        global shared
        before, shared = shared, shared_value
        try:
            out = []
            for i, x in enumerate(items, 1):
                if stop is not None and stop():
                    raise Cancelled
                out.append(fn(x))
                if progress is not None and (i % 16 == 0 or i == len(items)):
                    progress(i, len(items))
            return out
        finally:
            shared = before
