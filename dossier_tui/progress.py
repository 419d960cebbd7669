"""How far a build is, in words: the stage, its count, and the time it has left.

A build tells ``progress(stage, done, total)`` as it goes (``build.py``; the index adds
its own stages). The CLI (on a terminal) and the app's loading screen say the same
words, from ``STAGES``. The time left is measured, never assumed: ``Estimate`` keeps the
rate at which the current stage has moved since it was first heard of, and says nothing
until it has watched the stage move for a while; a stage's steps need not take equal
time, so it is "about", rounded, and counts down between reports.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

Clock = Callable[[], float]

#: each stage a build (and the index after it) reports, as the user reads it
STAGES = {
    "files": "Reading files",
    "repeats": "Finding text repeated across articles",
    "reading": "Reading articles",
    "dating": "Dating undated articles",
    "merging": "Merging and ranking events",
    "naming": "Finding names",
    "actors": "Finding people and organisations",
    "writing": "Writing the timeline",
    "sources": "Indexing sources",
    "events": "Indexing events",
    "search": "Indexing the text for the filter",
}
#: how long a stage is watched, and how far it must have moved, before its end is foretold
MIN_SECONDS = 1.0


def stage_name(stage: str) -> str:
    return STAGES.get(stage, stage)


class Estimate:
    """The time left in the current stage, from the rate it has moved at so far."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self.clock = clock
        self.stage: str | None = None
        self.total = 0
        self._first = (0.0, 0)  # (time, done) when the stage was first heard of
        self._last = (0.0, 0)  # ... and last

    def update(self, stage: str, done: int, total: int) -> float | None:
        """Note that ``stage`` is at ``done`` of ``total``; the seconds it has left, if known."""
        now = self.clock()
        if stage != self.stage or total != self.total or done < self._last[1]:
            self.stage, self.total, self._first = stage, total, (now, done)
        self._last = (now, done)
        return self.left()

    def elapsed(self) -> float:
        """Seconds since the current stage was first heard of."""
        return self.clock() - self._first[0] if self.stage is not None else 0.0

    def left(self) -> float | None:
        """Seconds the current stage has left: what the rest takes at the rate measured
        from its first report to its last, less the time since the last; None while
        the stage has not moved for ``MIN_SECONDS`` or has ended."""
        (t0, d0), (t1, d1) = self._first, self._last
        if self.stage is None or d1 <= d0 or t1 - t0 < MIN_SECONDS or d1 >= self.total:
            return None
        rate = (d1 - d0) / (t1 - t0)
        return max(0.0, (self.total - d1) / rate - (self.clock() - t1))


def time_left(seconds: float) -> str:
    """ "about 40 s left", rounded as a person would say it."""
    if seconds < 10:
        return "a few seconds left"
    if seconds < 60:
        return f"about {max(10, round(seconds / 5) * 5)} s left"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"about {minutes} min left"
    return f"about {minutes // 60} h {minutes % 60:02d} min left"


def describe(
    stage: str, done: int, total: int, left: float | None = None, elapsed: float | None = None
) -> str:
    """One line: "Reading articles 120/200 · about 40 s left". Without an estimate, the
    seconds the stage has taken so far (``elapsed``, from 2 s), so a long step is seen
    to be running."""
    text = stage_name(stage) + (f" {done:,}/{total:,}" if total else "")
    if left is not None:
        return f"{text} · {time_left(left)}"
    if elapsed is not None and elapsed >= 2 and done < max(total, 1):
        return f"{text} · {elapsed:.0f} s"
    return text


def is_terminal(stream: TextIO | None) -> bool:
    """Whether ``stream`` is a terminal (it is None, or closed, when started with >&-)."""
    try:
        return stream is not None and stream.isatty()
    except (OSError, ValueError):
        return False


class TerminalLine:
    """A build's progress on one line of ``stream`` (stderr), rewritten in place; nothing
    at all when the stream is not a terminal (a log, a pipe, CI). Rewrites are at most
    ``interval`` seconds apart within a stage, so a fast stage costs no time in writes."""

    def __init__(
        self,
        stream: TextIO | None,
        prefix: str = "dossier: ",
        clock: Clock = time.monotonic,
        interval: float = 0.1,
    ) -> None:
        self.stream = stream if is_terminal(stream) else None
        self.prefix, self.clock, self.interval = prefix, clock, interval
        self.estimate = Estimate(clock)
        self._shown: tuple[str, float] | None = None  # (stage, when) of the line on screen

    def __call__(self, stage: str, done: int, total: int) -> None:
        left = self.estimate.update(stage, done, total)
        if self.stream is None:
            return
        now = self.clock()
        recent = (
            self._shown is not None
            and self._shown[0] == stage
            and now - self._shown[1] < self.interval
        )
        if recent and done < total:  # the end of a stage is always drawn
            return
        line = describe(stage, done, total, left, self.estimate.elapsed())
        self._write(f"\r\x1b[K{self.prefix}{line}")
        self._shown = (stage, now)

    def clear(self) -> None:
        """Take the line off the screen (before a message, or at the end)."""
        if self.stream is not None and self._shown is not None:
            self._write("\r\x1b[K")
            self._shown = None

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # a terminal gone is no reason to stop the build
            self.stream = None
