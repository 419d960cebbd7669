"""One function over many items on several processes, the results in input order.

The build's per-article work (reading, tagging, finding mentions and names) needs
nothing from other articles, so it runs on every core; the order of the results, and
so the dossier, is the same whatever the number of processes. Work goes out in chunks
(a few per process, so that a slow chunk does not hold the rest back) and comes back
as each chunk ends, so progress moves and a ``stop`` is heard between chunks. A map can
be begun (``begin``) and its results asked for later, so that the processes work while
this one does a corpus-wide step that does not need them.

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
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
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


class Running:
    """A map begun (``Mapper.begin``): ``result`` waits for its results, in input
    order; ``cancel`` gives it up."""

    def __init__(self, finish: Callable[[Told, Asked], list[Any]], cancel: Callable[[], None]):
        self._finish = finish
        self.cancel = cancel

    def result(self, progress: Told = None, stop: Asked = None) -> list[Any]:
        """The results; ``progress(done, total)`` after each chunk that comes back,
        ``Cancelled`` when ``stop()`` says so."""
        return self._finish(progress, stop)


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
        return self.begin(fn, items, shared_value).result(progress, stop)

    def begin(
        self, fn: Callable[[Any], Any], items: Sequence[Any], shared_value: Any = None
    ) -> Running:
        """``map`` begun: the processes work on it while this one does something else,
        and ``result`` waits for what is left. Work that runs here (``jobs`` 1, a few
        items) is done when ``result`` is asked, so the order of the work never changes
        what it gives."""
        items = list(items)
        if len(items) < MIN_PARALLEL or self._alone():
            return Running(
                lambda progress, stop: self._here(fn, items, shared_value, progress, stop),
                lambda: None,
            )
        parts = chunks(items, self._slots())
        sent = self._submit(fn, parts, shared_value)

        def finish(progress: Told, stop: Asked) -> list[Any]:
            try:
                out = self._collect(sent, parts, progress, stop)
            except BaseException:
                self._abandon(sent)
                raise
            self._settle(sent)
            return [r for chunk in out for r in chunk]

        return Running(finish, lambda: self._abandon(sent))

    def _alone(self) -> bool:
        """Whether the work runs in this process whatever its size."""
        return self.jobs == 1

    def _slots(self) -> int:
        """How many chunks may run at once."""
        return self.jobs

    def _submit(self, fn: Task, parts: list[list[Any]], shared_value: Any) -> Any:
        """Send every chunk to the processes; what ``_collect`` waits on."""
        pool = self._processes()
        try:
            return pool, {pool.submit(_chunk, fn, c, shared_value): i for i, c in enumerate(parts)}
        except BaseException:
            self._pool = None
            pool.shutdown(wait=False, cancel_futures=True)
            raise

    def _collect(
        self, sent: Any, parts: list[list[Any]], progress: Told, stop: Asked
    ) -> list[list[Any]]:
        """Each chunk's results, in the chunks' order, as they come back."""
        _, futures = sent
        pending = dict(futures)
        total = sum(map(len, parts))
        out: list[list[Any] | None] = [None] * len(parts)
        done = 0
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
        return out  # type: ignore[return-value]

    def _abandon(self, sent: Any) -> None:
        """A map given up (it failed, or no one waits for it any more): a chunk may still
        run (or a process have died), so a later map gets new processes."""
        pool, futures = sent
        for f in futures:
            f.cancel()
        if self._pool is pool:
            self._pool = None
        pool.shutdown(wait=False, cancel_futures=True)

    def _settle(self, sent: Any) -> None:
        """What a map that ended well lets go (nothing, for processes)."""

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
