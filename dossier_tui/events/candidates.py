"""Happenings being gathered, and the indexes that find the ones a mention may join.

A happening is a cluster of mentions with a weighted centroid of their terms; the calendar
finds the clusters of compatible days that share a word for what happened, names and story,
so that a mention is compared with those only.
"""

from __future__ import annotations

import bisect
import math
import operator
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from itertools import repeat

from dossier_tui.events.mentions import Mention
from dossier_tui.events.similarity import JOIN, STATEMENT, Form, FormWeights


@dataclass(eq=False)
class Happening:
    """A happening being gathered: its dated mentions, its date and its centroid."""

    first: date
    last: date
    members: list[Mention] = field(default_factory=list)
    conflicts: list[Mention] = field(default_factory=list)  # same happening, another date
    joined: list[Mention] = field(default_factory=list)  # sentences that date nothing
    centroid: dict[str, float] = field(default_factory=dict)
    norm2: float = 0.0
    keys: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    context: set[str] = field(default_factory=set)
    sentences: set[tuple[str, tuple[int, int]]] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)

    def add(self, f: Form, m: Mention) -> None:
        """Take in a mention (of form ``f``): its weighted terms, words and sentence."""
        # one order of additions (the form's terms are in order): the same floats every run
        for t, v in zip(f.terms, f.weights):
            old = self.centroid.get(t, 0.0)
            new = old + v
            self.centroid[t] = new
            self.norm2 += new * new - old * old
        self.keys.update(m.keys)
        self.names.update(f.own)
        self.context.update(m.context)
        self.sentences.add((m.source, m.sentence))
        self.sources.add(m.source)

    def similarity(self, f: Form, m: Mention, names: bool = True) -> float:
        """Cosine of a mention's weighted terms (its ``form``, looked up once by a caller
        that compares it with many clusters) with the centroid; 0 when the mention cannot
        tell this happening (no shared word for what happened, other names when ``names``,
        another story, or another happening of one of its sentences)."""
        if self.keys.isdisjoint(m.keys) or (m.source, m.sentence) in self.sentences:
            return 0.0
        if names and f.own and self.names and f.own.isdisjoint(self.names):
            return 0.0
        if m.context and self.context and self.context.isdisjoint(m.context):
            return 0.0
        dot = math.fsum(map(operator.mul, f.weights, map(self.centroid.get, f.terms, repeat(0.0))))
        if not dot:
            return 0.0
        score = dot / math.sqrt(f.norm2 * self.norm2)
        if (
            m.source in self.sources
            and STATEMENT.search(m.headline)
            and any(x.source == m.source and STATEMENT.search(x.headline) for x in self.members)
        ):
            score = max(score, JOIN)  # one article, one day, two statements: one announcement
        return score

    def likeness(self, other: Happening) -> float:
        """Cosine of two centroids (0 unless they share a word for what happened)."""
        if not self.keys & other.keys:
            return 0.0
        small, big = sorted((self.centroid, other.centroid), key=len)
        dot = math.fsum(v * big.get(t, 0.0) for t, v in small.items())
        return dot / math.sqrt(self.norm2 * other.norm2) if dot > 0 else 0.0

    def absorb(self, other: Happening) -> None:
        """Take in another cluster of the same days: its mentions and its wording."""
        self.members += other.members
        self.conflicts += other.conflicts
        self.joined += other.joined
        for t, v in other.centroid.items():
            old = self.centroid.get(t, 0.0)
            self.centroid[t] = old + v
            self.norm2 += (old + v) ** 2 - old * old
        self.keys |= other.keys
        self.names |= other.names
        self.context |= other.context
        self.sentences |= other.sentences
        self.sources |= other.sources

    def centrality(self, f: Form) -> float:
        """Cosine of a member's terms (its ``form``) with the centroid of the other members."""
        pairs = [(v, self.centroid.get(t, 0.0)) for t, v in zip(f.terms, f.weights)]
        dot = math.fsum(v * (c - v) for v, c in pairs)
        rest = self.norm2 - math.fsum(2 * c * v - v * v for v, c in pairs)
        return dot / math.sqrt(f.norm2 * rest) if dot > 0 and rest > 1e-9 else 0.0


class Holders:
    """The clusters that hold each word of one of their word sets, and those whose set
    is empty: the clusters a filter of ``similarity`` lets a mention through to."""

    def __init__(self) -> None:
        self.having: dict[str, set[int]] = defaultdict(set)
        self.empty: set[int] = set()

    def note(self, i: int, new: Collection[str], now_empty: bool) -> None:
        for t in new:
            self.having[t].add(i)
        if now_empty:
            self.empty.add(i)
        else:
            self.empty.discard(i)

    def sharing(self, words: Collection[str], among: set[int]) -> set[int]:
        """Those of ``among`` whose set is empty or shares one of ``words``."""
        out = among & self.empty
        for t in words:
            holders = self.having.get(t)
            if holders:
                out |= among & holders
        return out


class Calendar:
    """Clusters by the first day they cover, per word for what happened, so that the
    clusters a mention may join are found without looking at every cluster."""

    def __init__(self, filters: bool = True) -> None:
        """``filters``: keep the indexes of names and story that ``open_to`` asks; a
        calendar only ever asked ``within`` is spared the work of keeping them."""
        #: key -> the first days of the clusters with it, in order, and those clusters
        self.by_key: dict[str, tuple[list[int], list[int]]] = {}
        self.clusters: list[Happening] = []
        self.lasts: list[int] = []  # each cluster's last day (its days never change)
        self.filters = filters
        self.names, self.context = Holders(), Holders()
        self._indexed: dict[int, set[str]] = {}

    @classmethod
    def of(cls, clusters: list[Happening]) -> Calendar:
        """A calendar without filters of clusters that are all there at once: each key's
        row made in one sort, rather than by one insertion into it per cluster (the same
        rows: clusters by first day, those of one day in the order given)."""
        cal = cls(filters=False)
        rows: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for i, c in enumerate(clusters):
            cal.clusters.append(c)
            cal.lasts.append(c.last.toordinal())
            cal._indexed[i] = set(c.keys)
            first = c.first.toordinal()
            for k in c.keys:
                rows[k].append((first, i))
        for k, row in rows.items():
            row.sort()
            cal.by_key[k] = ([first for first, _ in row], [i for _, i in row])
        return cal

    def add(self, c: Happening) -> None:
        i = len(self.clusters)
        self.clusters.append(c)
        self.lasts.append(c.last.toordinal())
        self._indexed[i] = set()
        self._reindex(i)
        if self.filters:
            self.names.note(i, c.names, not c.names)
            self.context.note(i, c.context, not c.context)

    def grow(self, i: int, w: FormWeights, m: Mention) -> None:
        """Add a mention's words to cluster ``i``, and find it by them."""
        c, f = self.clusters[i], w.form(m)
        c.add(f, m)
        self._reindex(i)
        if self.filters:
            self.names.note(i, f.own, not c.names)
            self.context.note(i, m.context, not c.context)

    def _reindex(self, i: int) -> None:
        c, done = self.clusters[i], self._indexed[i]
        first = c.first.toordinal()
        for k in c.keys - done:
            days, ids = self.by_key.setdefault(k, ([], []))
            at = bisect.bisect_right(days, first)
            days.insert(at, first)
            ids.insert(at, i)
        done |= c.keys

    def within(self, keys: Collection[str], first: date, last: date) -> list[int]:
        """Clusters sharing a key whose days lie within ``first``..``last``."""
        return sorted(self._within(keys, first, last))

    def open_to(self, f: Form, m: Mention, first: date, last: date) -> list[int]:
        """Those clusters ``within`` that the filters of ``similarity`` (names, story) let
        ``m`` (of form ``f``) through to: the others would only score 0."""
        if not self.filters:
            raise ValueError("a calendar made without filters cannot tell what is open")
        found = self._within(m.keys, first, last)
        if f.own and found:
            found = self.names.sharing(f.own, found)
        if m.context and found:
            found = self.context.sharing(m.context, found)
        return sorted(found)

    def _within(self, keys: Collection[str], first: date, last: date) -> set[int]:
        lo, hi, lasts, found = first.toordinal(), last.toordinal(), self.lasts, set()
        for k in keys:
            row = self.by_key.get(k)
            if row is None:
                continue
            days, ids = row
            a, b = bisect.bisect_left(days, lo), bisect.bisect_right(days, hi)
            if a < b:
                found.update([i for i in ids[a:b] if lasts[i] <= hi])
        return found
