"""The app on a terminal whose encoding is not UTF-8 (``LC_ALL=C``, a Latin-1 console).

Textual draws box lines, scroll bars and symbols whatever the terminal holds, and
Python's stream then writes each character it cannot encode as an escape such as
``\\u2500``: six cells where the layout expects one, so every line after it is torn.
The app therefore passes what it draws through a line filter (the hook Textual itself
uses for NO_COLOR) that gives each character the encoding lacks its one-cell ASCII
look-alike (``charset.lookalike``: ``+-|`` for boxes, ``-`` for ``·``, ``u`` for ``ü``),
or ``?`` per cell, so the screen keeps its shape and nothing is escaped.
"""

from __future__ import annotations

import sys

from rich.cells import cell_len
from rich.segment import Segment
from textual.color import Color
from textual.filter import LineFilter

from dossier_tui.charset import is_utf, lookalike


def terminal_encoding() -> str | None:
    """The encoding of the stream Textual's driver writes the screen to."""
    stream = sys.__stdout__ if sys.platform == "win32" else sys.__stderr__
    return getattr(stream, "encoding", None)


class CharsetFilter(LineFilter):
    """Each character ``encoding`` cannot hold as its one-cell look-alike, else ``?``s."""

    def __init__(self, encoding: str) -> None:
        super().__init__()
        self.encoding = encoding
        self._fitted: dict[str, str] = {}

    def _fit_char(self, ch: str) -> str:
        fitted = self._fitted.get(ch)
        if fitted is None:
            try:
                ch.encode(self.encoding)
                fitted = ch
            except UnicodeEncodeError:
                alike, cells = lookalike(ch), cell_len(ch)
                fitted = alike.ljust(cells) if alike is not None and cells else "?" * cells
            self._fitted[ch] = fitted
        return fitted

    def fit(self, text: str) -> str:
        """``text`` with what the encoding lacks replaced, cell for cell."""
        try:
            text.encode(self.encoding)
            return text
        except UnicodeEncodeError:
            return "".join(map(self._fit_char, text))

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        return [s if s.control else Segment(self.fit(s.text), s.style) for s in segments]


def charset_filter(encoding: str | None) -> CharsetFilter | None:
    """The filter a terminal of ``encoding`` needs; None for UTF-8 (or unknown)."""
    return None if is_utf(encoding) else CharsetFilter(encoding or "ascii")
