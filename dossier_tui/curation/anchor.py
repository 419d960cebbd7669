"""Finding what a decision is about in a dossier that may have been rebuilt since.

Spans are read again first: the source must still say the same words there, or say
them once nearby (an article edited since keeps its decisions). An event is then the
one whose passages hold most of the anchor's spans; an actor is the one with the name
or an alias the anchor remembers, else the one whose roles and quotes hold its spans;
a source is the one that still says its words, else the one at its address or with
its title.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections import defaultdict

from dossier_tui.curation.decision import Anchor, Span
from dossier_tui.curation.draft import Draft
from dossier_tui.model import Actor, Event, Source

#: how far (characters) an edited source may have moved a span and it still be found
DRIFT = 20_000


def relocate(span: Span, sources: dict[str, Source]) -> Span | None:
    """``span`` where its source says its words now, or None when it no longer does."""
    s = sources.get(span.source)
    if s is None or not span.text:
        return None
    if s.text[span.start : span.end] == span.text:
        return span
    found, at = [], s.text.find(span.text, max(0, span.start - DRIFT))
    while at != -1 and at <= span.start + DRIFT:
        found.append(at)
        at = s.text.find(span.text, at + 1)
    if not found:
        return None
    best = min(found, key=lambda a: abs(a - span.start))
    return Span(span.source, best, best + len(span.text), span.text)


def key(name: str) -> str:
    """A name as it is compared: case and spacing do not count."""
    return " ".join(name.casefold().split())


class Finder:
    """Anchors looked up in a draft, its indexes kept up to date as the draft changes
    (``update`` after each reshaping decision)."""

    def __init__(self, draft: Draft):
        self.draft = draft
        self._spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for e in draft.events.values():
            self._add(e)
        for spans in self._spans.values():
            spans.sort()
        self._index_actors()
        draft.taken()

    @property
    def sources(self) -> dict[str, Source]:
        return self.draft.sources

    @property
    def events(self) -> dict[str, Event]:
        return self.draft.events

    @property
    def actors(self) -> dict[str, Actor]:
        return self.draft.actors

    def update(self) -> None:
        """Index again what the draft changed since the last look."""
        events, renamed = self.draft.taken()
        for eid, old in events.items():
            if old is not None:
                for v in old.evidence:
                    spans = self._spans[v.source]
                    spans.remove((v.start, v.end, eid))
            new = self.draft.events.get(eid)
            if new is not None:
                for v in new.evidence:
                    insort(self._spans[v.source], (v.start, v.end, eid))
        if renamed:
            self._index_actors()

    def _add(self, e: Event) -> None:
        for v in e.evidence:
            self._spans[v.source].append((v.start, v.end, e.id))

    def _index_actors(self) -> None:
        self._names: dict[str, list[str]] = defaultdict(list)
        self._actor_spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for aid in self.draft.actor_order:
            a = self.draft.actors[aid]
            for n in dict.fromkeys([a.name, *a.aliases]):
                self._names[key(n)].append(a.id)
            for x in (*a.roles, *a.quotes):
                self._actor_spans[x.source].append((x.start, x.end, a.id))

    # ------------------------------------------------------------ events
    def spans(self, anchor: Anchor) -> list[Span]:
        """The anchor's spans that its sources still hold."""
        return [s for s in (relocate(s, self.sources) for s in anchor.spans) if s is not None]

    def events_at(self, span: Span) -> list[str]:
        """Ids of the events with a passage that overlaps ``span``."""
        spans = self._spans.get(span.source, [])
        hi = bisect_right(spans, (span.end, -1, ""))
        out = []
        for a, b, eid in spans[:hi]:
            if b > span.start and a < span.end and eid not in out:
                out.append(eid)
        return out

    def event(self, anchor: Anchor) -> Event | None:
        """The event that holds most of the anchor's spans; on a tie, the one with its
        headline, then its date, then the earliest listed."""
        votes: dict[str, int] = defaultdict(int)
        for s in self.spans(anchor):
            for eid in self.events_at(s):
                votes[eid] += 1
        if not votes:
            return None
        order = self.draft.order

        def rank(eid: str) -> tuple:
            e = self.events[eid]
            return (votes[eid], e.headline == anchor.name, e.date == anchor.when, -order[eid])

        return self.events[max(votes, key=rank)]

    # ------------------------------------------------------------ actors
    def actor(self, anchor: Anchor) -> Actor | None:
        """The actor the anchor names, else the one whose roles or quotes hold its spans."""
        for n in (anchor.name, *anchor.aliases):
            if n is None:
                continue
            ids = self._names.get(key(n), [])
            if ids:
                return self.actors[ids[0]]
        votes: dict[str, int] = defaultdict(int)
        for s in self.spans(anchor):
            for a, b, aid in self._actor_spans.get(s.source, ()):
                if b > s.start and a < s.end:
                    votes[aid] += 1
        return self.actors[max(votes, key=votes.get)] if votes else None

    # ------------------------------------------------------------ sources
    def source(self, anchor: Anchor) -> Source | None:
        """The source that says the anchor's words (where it said them first: a file
        read again under another name keeps its notes), else the one at its address,
        else the one with its title (its own id first, then the only one so titled)."""
        spans = self.spans(anchor)
        if spans:
            return self.sources[spans[0].source]
        every = self.sources.values()
        for span in anchor.spans:
            found = next((s for s in every if span.text and span.text in s.text), None)
            if found is not None:
                return found
        if anchor.url:
            found = next((s for s in every if s.url == anchor.url), None)
            if found is not None:
                return found
        titled = [s for s in every if anchor.name and anchor.name in (s.title, s.id)]
        ids = {span.source for span in anchor.spans}
        own = [s for s in titled if s.id in ids]
        return own[0] if own else (titled[0] if len(titled) == 1 else None)
