"""The records and views an index hands out: timeline rows, actor rows, the filter the
timeline asks with, lazy lists of events, and the small caches behind them.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, NamedTuple, TypeVar, overload

from dossier_tui.index_db import codec

if TYPE_CHECKING:
    from dossier_tui.index_db.read import Index
from dossier_tui.model import Event

#: rows fetched per query when a filter's results are read as they come
CHUNK = 2000

K = TypeVar("K")


V = TypeVar("V")


class IndexError_(Exception):
    """An index file that cannot be read as one (damaged, foreign, another version)."""


@dataclass(frozen=True)
class TimelineFilter:
    """What the timeline shows: free text (or a date prefix) and, optionally, one actor."""

    text: str = ""
    actor: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.text.strip() or self.actor)


class Row(NamedTuple):
    """What one timeline row shows of an event."""

    pos: int
    id: str
    label: str
    n_sources: int
    conflict: bool
    headline: str
    #: what the row shows: the short headline
    short: str


class ActorRow(NamedTuple):
    """What one row of the actor list shows."""

    id: str
    name: str
    kind: str
    main_role: str | None
    n_events: int


class LRU(Generic[K, V]):
    """A small least-recently-used cache."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._d: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        v = self._d.get(key)
        if v is not None:
            self._d.move_to_end(key)
        return v

    def put(self, key: K, value: V) -> V:
        self._d[key] = value
        self._d.move_to_end(key)
        if len(self._d) > self.size:
            self._d.popitem(last=False)
        return value


class ById(Generic[V]):
    """A read-only mapping by id over a lookup function (``x[id]``, ``.get``, ``in``)."""

    def __init__(self, lookup: Callable[[str], V | None]) -> None:
        self._lookup = lookup

    def get(self, key: str | None, default: V | None = None) -> V | None:
        found = self._lookup(key) if key is not None else None
        return default if found is None else found

    def __getitem__(self, key: str) -> V:
        found = self._lookup(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._lookup(key) is not None


class EventList(Sequence[Event]):
    """Events at some timeline positions, fetched when asked for (a list of 100,000
    events costs its positions, not its events)."""

    def __init__(self, ix: Index, positions: Sequence[int]) -> None:
        self.ix = ix
        self.positions = positions

    def __len__(self) -> int:
        return len(self.positions)

    @overload
    def __getitem__(self, i: int) -> Event: ...
    @overload
    def __getitem__(self, i: slice) -> list[Event]: ...
    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.ix.events_at(self.positions[i])
        return self.ix.event(self.positions[i])

    def __iter__(self) -> Iterator[Event]:
        for a in range(0, len(self.positions), CHUNK):
            yield from self.ix.events_at(self.positions[a : a + CHUNK])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, EventList):
            return list(self.positions) == list(other.positions) and self.ix is other.ix
        if isinstance(other, (list, tuple)):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __repr__(self) -> str:
        return f"EventList({len(self)} events)"


def row_of(r: tuple) -> Row:
    return Row(r[0], codec.unkey(r[1]), *r[2:])
