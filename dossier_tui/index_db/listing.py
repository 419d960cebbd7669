"""The rows of a timeline view: its events by position, with a heading row wherever
the group (month, or coarser period) changes, as the timeline has always shown them.

Only the positions of where groups start are kept, so any row is found by a binary
search: a view of 100,000 events costs one pass to make and nothing per row after.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence


class Listing:
    """``positions`` (ascending timeline positions of the events shown) laid out as rows."""

    def __init__(self, positions: Sequence[int], heading_of: Sequence[int]) -> None:
        self.positions = positions
        starts: list[int] = []  # index into positions where each group begins
        groups: list[int] = []  # the heading number of each group
        prev = None
        for k, p in enumerate(positions):
            h = heading_of[p]
            if h != prev:
                starts.append(k)
                groups.append(h)
                prev = h
        self._starts = starts
        self._groups = groups
        self._heading_rows = [k + j for j, k in enumerate(starts)]

    def __len__(self) -> int:
        return len(self.positions) + len(self._starts)

    @property
    def events(self) -> int:
        """How many events the view shows."""
        return len(self.positions)

    def at(self, row: int) -> tuple[int | None, int | None]:
        """(heading number, None) for a heading row, (None, index into positions) for an
        event row."""
        j = bisect_right(self._heading_rows, row) - 1
        if j < 0:
            return None, None
        if self._heading_rows[j] == row:
            return self._groups[j], None
        return None, row - j - 1

    def is_heading(self, row: int) -> bool:
        return self.at(row)[0] is not None

    def row_of(self, k: int) -> int:
        """The row of the ``k``-th event shown."""
        return k + bisect_right(self._starts, k)

    def index_of_position(self, pos: int) -> int | None:
        """Which of the events shown is at timeline position ``pos`` (None: not shown)."""
        k = bisect_left(self.positions, pos)
        return k if k < len(self.positions) and self.positions[k] == pos else None
