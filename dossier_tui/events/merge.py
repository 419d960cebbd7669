"""Mentions from many sources -> events: each happening once, with all its evidence.

A happening is a cluster of mentions, and a mention joins a cluster by how alike it is
to the cluster as a whole (the weighted centroid of its terms), never through a chain
of single similar pairs: a hundred openings that each resemble the next are not
thereby one happening. A dated mention joins only a cluster whose date is compatible
with its own (one holds the other: "June" holds "25 June"), so an event's date is the
most precise one its passages give. Mentions are taken narrowest date first, so the
days of a story form first and coarser mentions ("in June", "in 2009") join the day
they tell of. A passage that tells a clustered happening almost word for word but
gives it another date joins it as a recorded conflict.

A sentence that dates nothing but reports a happening ("Michael Jackson has died")
joins only an event dated within a few days before its article was published, and
never decides an event's date.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace

from dossier_tui.events.candidates import Happening
from dossier_tui.events.headline_choice import event_headline
from dossier_tui.events.joining import cluster_dated, cluster_vague, openings, report_news
from dossier_tui.events.mentions import DATED, ONGOING, UNDATED, Mention
from dossier_tui.events.salience import scores, story_words, topicality
from dossier_tui.events.similarity import FormWeights
from dossier_tui.lexicon import words
from dossier_tui.model import Conflict, Event, Evidence, Source
from dossier_tui.quiet_gc import paused
from dossier_tui.temporal.values import time_value
from dossier_tui.text.slugs import slug

#: the share of an event's sources a date needs behind it to be the event's date: one
#: passage's "early the next morning" does not date what six others place in June
DATE_SUPPORT = 0.2


def _date_of(c: Happening) -> str:
    """The most precise value the cluster's dated mentions agree on: the narrowest that
    enough of its sources place it within; between equal spans, the one with a part of
    day or a time."""

    def key(v: str):
        tv = time_value(v)
        return ((tv.last - tv.first).days, -len(v), v)

    values = {m.value for m in c.members}
    if len(values) == 1:  # most clusters: every passage gives the one value
        return values.pop()
    spans = [(m.source, time_value(m.value)) for m in c.members]
    need = DATE_SUPPORT * len({src for src, _ in spans})
    for v in sorted(values, key=key):
        tv = time_value(v)
        if len({src for src, t in spans if tv.first <= t.first and t.last <= tv.last}) >= need:
            return v
    return min((m.value for m in c.members), key=key)


#: a title before a name ("Trade Minister Ann Lee"): the name is enough
_TITLES = re.compile(
    r"\b(?:[A-Z][\w’'-]*\s+){0,3}(?:Minister|Secretary|President|Chancellor|Governor|"
    r"Senator|Ambassador|Commissioner|Spokesman|Spokeswoman|Chief|Director|Chairman|"
    r"Judge|General|Mayor|Leader)\s+(?=[A-Z])"
)


def _slug(headline: str) -> str:
    """The words of a headline that tell the event, without titles before names."""
    return slug(_TITLES.sub("", headline), "event", drop=_SLUG_STOP, limit=5)


#: words a headline's slug leaves out
_SLUG_STOP = words("slug_stopwords")


def _evidence(m: Mention, sources: dict[str, Source]) -> Evidence:
    text = sources[m.source].text
    a, b = m.sentence
    return Evidence(m.source, a, b, text[a:b], m.timex)


def _to_event(
    w: FormWeights, c: Happening, dated: bool, sources: dict[str, Source], order: dict[str, int]
) -> Event:
    value = _date_of(c) if dated else None
    tv = time_value(value) if value else None
    seen, evidence = set(), []
    for m in sorted(
        c.members + c.conflicts + c.joined, key=lambda m: (order[m.source], m.sentence)
    ):
        key = (m.source, m.sentence)
        if key not in seen:
            seen.add(key)
            evidence.append(_evidence(m, sources))
    by_value: dict[str, list[str]] = {}
    for m in c.conflicts:
        srcs = by_value.setdefault(m.value, [])
        if m.source not in srcs:
            srcs.append(m.source)
    planned = sum(1 for m in c.members if m.status == "planned")
    reported = sum(1 for m in c.members if m.status == "reported")
    status = "planned" if planned > reported and not _told_done(c, tv, sources) else "reported"
    return Event(
        id="",
        date=value,
        start=tv.first.isoformat() if tv else None,
        end=tv.last.isoformat() if tv else None,
        headline=event_headline(w, c, value, status, sources),
        status=status,
        evidence=tuple(evidence),
        place=_most_common(m.place for m in c.members if m.place),
        conflicts=tuple(Conflict(v, tuple(s)) for v, s in sorted(by_value.items())),
    )


def _told_done(c: Happening, tv, sources: dict[str, Source]) -> bool:
    """Whether a source written once the event's day had come tells it as done: then
    the previews written before it ("experts will meet on Tuesday") announced what
    happened, and the event is no longer to come."""
    if tv is None or tv.first is None:
        return False
    for m in c.members:
        published = sources[m.source].published
        if m.status == "reported" and published:
            pub = time_value(published)
            if pub.first is not None and pub.first >= tv.first:
                return True
    return False


def _most_common(values: Iterable[str]) -> str | None:
    """The value given most often, the first given of equals (None when none is): what
    ``Counter.most_common`` answers, without building a Counter per event."""
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def _ids(events: list[Event]) -> list[str]:
    """Ids from date and headline: stable for the same corpus, unique."""
    seen: Counter = Counter()
    out = []
    for e in events:
        base = f"{e.date.lower() if e.date else 'ongoing'}-{_slug(e.headline)}"
        seen[base] += 1
        out.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return out


#: the steps ``merge`` tells its progress by
_STEPS = 5


def merge(
    all_mentions: list[Mention],
    sources: list[Source],
    progress: Callable[[int, int], None] | None = None,
) -> list[Event]:
    """Events from every source's mentions: dated ones in time order, then ongoing,
    each with its ``score``. Each source is read against its ``published`` date (its
    own, or an inferred one). ``progress(done, total)`` after each step, so that a
    long merge shows it moves (and a caller may stop it there)."""
    # the clusters, centroids and events made here all live to the end of the build, and
    # none is a cycle: collections on the way would only walk them again and again
    with paused():
        return _merge(all_mentions, sources, progress)


def _merge(
    all_mentions: list[Mention],
    sources: list[Source],
    progress: Callable[[int, int], None] | None,
) -> list[Event]:
    published = {s.id: s.published for s in sources}
    by_id = {s.id: s for s in sources}
    order = {s.id: i for i, s in enumerate(sources)}
    tell = progress or (lambda done, total: None)
    w = FormWeights([m.terms for m in all_mentions])

    tell(0, _STEPS)
    cal = cluster_dated(w, [m for m in all_mentions if m.kind == DATED], order)
    tell(1, _STEPS)
    plain = [
        m
        for m in all_mentions
        if m.kind in (UNDATED, ONGOING) and (m.timex is None or m.timex.value.endswith("_REF"))
    ]
    reported = report_news(w, cal, plain, published, openings(all_mentions))
    tell(2, _STEPS)
    vague = [
        m
        for m in all_mentions
        if (m.kind == ONGOING or (m.kind == UNDATED and m.timex is not None)) and m not in reported
    ]
    ongoing = cluster_vague(w, vague)
    tell(3, _STEPS)

    story = story_words(all_mentions)
    dated_events = sorted(
        (
            (_to_event(w, c, True, by_id, order), topicality(c.centroid, story))
            for c in cal.clusters
        ),
        key=lambda x: (x[0].start, x[0].end, x[0].headline),
    )
    rest = sorted(
        ((_to_event(w, c, False, by_id, order), topicality(c.centroid, story)) for c in ongoing),
        key=lambda x: (-len(x[0].sources), x[0].headline),
    )
    events = [e for e, _ in dated_events + rest]
    tell(4, _STEPS)
    found = scores(events, [t for _, t in dated_events + rest], all_mentions, published)
    return [replace(e, id=i, score=s) for e, i, s in zip(events, _ids(events), found)]
