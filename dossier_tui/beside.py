"""One call made in a forked copy of this process while this one does other work.

A corpus-wide step that needs nothing another one makes (the actors need no event)
can run on an idle core beside it. The copy is forked, so it reads what this process
holds without its being sent; only its answer comes back (pickled, through a pipe).
The copy is only a way to be faster: when it cannot be made (no ``fork``, other threads
that a fork would leave broken) or gives no answer (it failed, was killed, could not
send its answer), the call is made here when its result is asked for, so what it gives
never depends on where it ran.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from typing import Any

from dossier_tui.workers import can_fork


def _answer(conn: Any, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
    """In the copy: make the call and send back its result, or nothing."""
    try:
        conn.send(("done", fn(*args)))
    except BaseException:  # the caller makes the call itself, and meets it there
        try:
            conn.send(("failed", None))
        except BaseException:
            pass
    finally:
        conn.close()


class Beside:
    """``fn(*args)`` begun in a forked copy (when ``fork`` is true and it is safe);
    ``result`` waits for it, ``cancel`` gives it up."""

    def __init__(self, fn: Callable[..., Any], *args: Any, fork: bool = True):
        self.fn, self.args = fn, args
        self._proc: Any = None
        self._conn: Any = None
        if fork and can_fork():
            ctx = multiprocessing.get_context("fork")
            self._conn, send = ctx.Pipe(duplex=False)
            self._proc = ctx.Process(target=_answer, args=(send, fn, args), daemon=True)
            try:
                self._proc.start()
            except OSError:  # no memory or process left for a copy: made here instead
                self._conn.close()
                self._proc = self._conn = None
            finally:
                send.close()

    @property
    def forked(self) -> bool:
        """Whether the call is being made in a copy."""
        return self._proc is not None

    def result(self) -> Any:
        """What ``fn(*args)`` returns (or raises)."""
        if self._proc is not None:
            try:
                status, value = self._conn.recv()
            except (EOFError, OSError, Exception):  # the copy ended without an answer
                status, value = "failed", None
            self._end()
            if status == "done":
                return value
        return self.fn(*self.args)

    def cancel(self) -> None:
        """Give the copy up (the result is not wanted)."""
        if self._proc is not None:
            self._proc.terminate()
            self._end()

    def _end(self) -> None:
        self._conn.close()
        self._proc.join()
        self._proc.close()
        self._proc = self._conn = None
