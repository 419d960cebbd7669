"""The build's per-article map on a Dask cluster, for corpora too large for one machine.

``DaskMapper`` is a ``workers.Mapper`` whose chunks run on the workers of a Dask
scheduler: the same chunks, the results put back in input order, progress after each
chunk and ``stop`` heard between chunks, so the dossier is the same byte for byte.
Only the map goes out: the cache is looked up before it and the corpus-wide steps
run after it, here, so an article the cache holds is never sent.

A worker runs dossier's own code, so it must have the same dossier installed. The
analyser's version (a hash of the package's code and of Python's version, the one the
cache keys by) is compared with every worker's on connecting and with each chunk's
results: a dossier that depended on which worker read which article would be wrong
without anyone seeing it.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from dossier_tui import workers
from dossier_tui.cache import analyser_version
from dossier_tui.model import Cancelled
from dossier_tui.workers import Asked, Mapper, Task, Told

#: how long to wait for the scheduler, and for a first worker, before giving up
CONNECT_SECONDS = 10
#: how often the map looks at ``stop`` while no chunk comes back
POLL_SECONDS = 0.2
INSTALL = "pip install 'dossier-tui[dask]'"
SAME_DOSSIER = "install this same dossier, on the same Python version, on every worker"


class ClusterError(Exception):
    """The cluster cannot run the map; the message says why in one line."""


def _failure(e: BaseException) -> str:
    """One line: Dask's messages run over several."""
    text = " ".join(str(e).split())
    return f"{type(e).__name__}: {text}" if text else type(e).__name__


#: a worker process has one ``workers.shared``, so its threads take chunks in turn
#: (the analysis is pure Python: threads would wait for one another anyway)
_one_at_a_time = threading.Lock()


def _run_chunk(fn: Callable[[Any], Any], items: Sequence[Any], value: Any) -> tuple[str, list[Any]]:
    """On a worker: ``fn`` over a chunk with ``workers.shared`` set, and the analyser
    version that made the results."""
    with _one_at_a_time:
        try:
            return analyser_version(), workers._chunk(fn, items, value)
        finally:
            workers._setup(None)


def _version() -> str:
    """On a worker: the analyser version its dossier has."""
    return analyser_version()


def _connect(address: str, timeout: float):
    """A client of the scheduler at ``address``, or ClusterError saying why not."""
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError(f"--scheduler needs the distributed package: {INSTALL}") from None
    try:
        return Client(address, timeout=timeout, set_as_default=False)
    except Exception as e:  # unreachable, not an address, not a Dask scheduler
        why = _failure(e)
    # a client that failed to start is left in a reference cycle; closed at exit it
    # would wait and print a traceback, so it is collected now
    gc.collect()
    raise ClusterError(f"{address}: cannot use a Dask scheduler there ({why})")


class DaskMapper(Mapper):
    """Runs ``fn`` over items on the workers of the Dask scheduler at ``address``
    (``tcp://HOST:8786``, or any address ``distributed.Client`` takes)."""

    def __init__(self, address: str, timeout: float | None = None):
        self.address = address
        timeout = CONNECT_SECONDS if timeout is None else timeout
        self.client = _connect(address, timeout)
        try:
            self._check_workers(timeout)
        except BaseException:
            self.close()
            raise
        super().__init__(self._threads())

    def _threads(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def _check_workers(self, timeout: float) -> None:
        """ClusterError unless there are workers and each runs this dossier."""
        try:
            self.client.wait_for_workers(1, timeout=timeout)
        except Exception:
            raise ClusterError(
                f"{self.address}: the scheduler has no workers (waited {timeout:g} s)"
            ) from None
        try:
            versions = self.client.run(_version)
        except Exception as e:
            raise ClusterError(
                f"{self.address}: the workers cannot run dossier ({_failure(e)}); {SAME_DOSSIER}"
            ) from None
        for worker, version in sorted(versions.items()):
            if version != analyser_version():
                raise self._other(worker, version)

    def _other(self, worker: str, version: str) -> ClusterError:
        return ClusterError(
            f"{self.address}: worker {worker} runs another dossier (analyser {version}, "
            f"here {analyser_version()}); {SAME_DOSSIER}"
        )

    def _alone(self) -> bool:
        return False  # one worker thread is still another machine

    def start(self) -> None:
        pass  # the cluster's workers are running already

    def _slots(self) -> int:
        return self._threads()

    def _submit(self, fn: Task, parts: list[list[Any]], shared_value: Any) -> Any:
        return self._send(fn, parts, shared_value)

    def _collect(
        self, sent: Any, parts: list[list[Any]], progress: Told, stop: Asked
    ) -> list[list[Any]]:
        return self._gather(sent[1], parts, progress, stop)

    def _abandon(self, sent: Any) -> None:
        if self.client is not None:
            self.client.cancel(sent[1])
        self._settle(sent)

    def _settle(self, sent: Any) -> None:
        shared = sent[0]
        if shared is not None:
            shared.release()

    def _send(self, fn: Callable[[Any], Any], parts: list[list[Any]], shared_value: Any):
        """(the shared value's future, a future per chunk); the shared value goes once
        to every worker rather than with each chunk."""
        try:
            shared = None
            if shared_value is not None:  # in a list: a set or tuple would be sent item by item
                [shared] = self.client.scatter([shared_value], broadcast=True, hash=False)
            return shared, [
                self.client.submit(_run_chunk, fn, part, shared, pure=False) for part in parts
            ]
        except Exception as e:
            raise ClusterError(
                f"{self.address}: cannot send the work to the cluster ({_failure(e)})"
            ) from e

    def _gather(
        self,
        futures: list,
        parts: list[list[Any]],
        progress: Callable[[int, int], None] | None,
        stop: Callable[[], bool] | None,
    ) -> list[list[Any]]:
        """Each chunk's results as it ends, in the chunks' order; ``stop`` is asked
        every ``POLL_SECONDS`` while none ends."""
        from distributed import as_completed

        index = {f.key: i for i, f in enumerate(futures)}
        out: list[list[Any]] = [[] for _ in parts]
        total, done = sum(map(len, parts)), 0
        waiting = as_completed(futures, loop=self.client.loop)
        while not waiting.is_empty():
            if stop is not None and stop():
                raise Cancelled
            finished = waiting.next_batch(block=False)
            if not finished:
                time.sleep(POLL_SECONDS)
            for f in finished:
                i = index[f.key]
                version, out[i] = self._result(f)
                if version != analyser_version():  # a worker that joined since connecting
                    raise self._other(self._where(f), version)
                done += len(parts[i])
                if progress is not None:
                    progress(done, total)
        return out

    def _result(self, future) -> tuple[str, list[Any]]:
        try:
            return future.result()
        except Exception as e:
            raise ClusterError(
                f"{self.address}: a chunk of the work failed on the cluster ({_failure(e)})"
            ) from e

    def _where(self, future) -> str:
        """The worker that ran ``future``, for a message (the scheduler may no longer know)."""
        try:
            return ", ".join(sorted(self.client.who_has([future]).get(future.key, ()))) or "?"
        except Exception:
            return "?"

    def close(self) -> None:
        """Let the scheduler go (the cluster keeps running)."""
        client = getattr(self, "client", None)
        if client is not None:
            self.client = None
            client.close()
