"""Mentions joined into happenings: dated ones by their days, undated ones that report
recent news, vague ones by wording alone.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from datetime import date

from dossier_tui.events.candidates import Calendar, Happening, Holders
from dossier_tui.events.mentions import Mention
from dossier_tui.events.similarity import JOIN, FormWeights
from dossier_tui.temporal.values import add_days, time_value

#: how alike an undated sentence must be to a recent event to report it
REPORT = 0.35
#: how alike an article's opening must be to a recent event to report it (openings
#: tell the news of the day, so less likeness is needed)
LEAD = 0.12
#: how alike two clusters of the same days must be, as wholes, to be one happening
GATHER = 0.25
#: how alike a passage with another date must be to count as a conflict, not a new event
CONFLICT = 0.65
#: how many days before its article's publication a happening may lie to be the news
#: an undated sentence reports
RECENT_DAYS = 4
#: how far apart in time a conflicting date may lie
CONFLICT_DAYS = 31


def _width(m: Mention) -> int:
    tv = time_value(m.value)
    return (tv.last - tv.first).days


def cluster_dated(w: FormWeights, dated: list[Mention], order: dict[str, int]) -> Calendar:
    """Dated mentions, narrowest date first, each into the most alike cluster its date
    is compatible with; else, if it retells a cluster almost word for word under
    another date, into that one as a conflict; else a cluster of its own."""
    cal = Calendar()
    dated = sorted(dated, key=lambda m: (_width(m), order[m.source], m.sentence, m.clause))
    for m in dated:
        tv, f = time_value(m.value), w.form(m)
        # every cluster so far is at most as wide as m: compatible ones lie within m's days
        best, where = 0.0, None
        for i in cal.open_to(f, m, tv.first, tv.last):
            s = cal.clusters[i].similarity(f, m)
            if s > best:
                best, where = s, i
        if where is not None and best >= JOIN:
            c = cal.clusters[where]
            c.members.append(m)
            cal.grow(where, w, m)
            continue
        near = cal.open_to(
            f,
            m,
            add_days(tv.first, -CONFLICT_DAYS, clamp=True),
            add_days(tv.last, CONFLICT_DAYS, clamp=True),
        )
        best, where = 0.0, None
        for i in near:
            c = cal.clusters[i]
            if m.source in c.sources or not (c.last < tv.first or tv.last < c.first):
                continue
            s = c.similarity(f, m)
            if s > best:
                best, where = s, i
        if where is not None and best >= CONFLICT:
            cal.clusters[where].conflicts.append(m)
            continue
        c = Happening(tv.first, tv.last)
        c.members.append(m)
        c.add(f, m)
        cal.add(c)
    return _gather(cal)


def _gather(cal: Calendar) -> Calendar:
    """Clusters of the same days that read alike as wholes are one happening told in
    several ways ("the quake struck", "the 7.0-magnitude quake hit"): each joins the
    largest alike cluster of its days."""
    by_days: dict[tuple[date, date], list[Happening]] = {}
    for c in cal.clusters:
        by_days.setdefault((c.first, c.last), []).append(c)
    gathered: list[Happening] = []
    for same in by_days.values():
        kept: list[Happening] = []
        having: dict[str, set[int]] = defaultdict(set)  # key word -> the kept clusters with it
        for c in sorted(same, key=lambda c: -len(c.sources)):  # stable: ties keep their order
            best, where = 0.0, None
            # only clusters that share a key word can be alike: no pass over all of them
            for i in sorted(set().union(*(having.get(k, ()) for k in c.keys))):
                s = kept[i].likeness(c)
                if s > best:
                    best, where = s, i
            if where is not None and best >= GATHER:
                kept[where].absorb(c)
            else:
                where = len(kept)
                kept.append(c)
            for k in c.keys:
                having[k].add(where)
        gathered += kept
    return Calendar.of(gathered)  # the calendar of events is only asked what lies within days


def openings(all_mentions: list[Mention]) -> set[tuple[str, tuple[int, int]]]:
    """The first two sentences of each article: where it tells its news."""
    seen: dict[str, list[tuple[int, int]]] = {}
    for m in all_mentions:
        s = seen.setdefault(m.source, [])
        if m.sentence not in s and len(s) < 2:
            s.append(m.sentence)
    return {(src, sent) for src, sents in seen.items() for sent in sents}


def report_news(
    w: FormWeights,
    cal: Calendar,
    undated: list[Mention],
    published: dict[str, str | None],
    openings: set,
) -> set[Mention]:
    """Sentences that date nothing but report a happening ("X has died") join the
    event they tell of, if it lies within a few days before their article's
    publication. Their words widen the event's wording (never its date), so the
    sentences are taken in rounds: those alike enough to an event join it, and the
    next round compares the rest with the events as they have grown."""
    todo = []
    for m in undated:
        pub = published.get(m.source)
        tv = time_value(pub) if pub else None
        if tv is None or tv.first is None:
            continue
        opening = (m.source, m.sentence) in openings
        if opening or m.reports:
            todo.append(
                (
                    m,
                    add_days(tv.first, -RECENT_DAYS, clamp=True),
                    tv.last,
                    LEAD if opening else REPORT,
                )
            )
    joined: set[Mention] = set()
    planned = [
        all(x.status == "planned" for x in c.members) for c in cal.clusters
    ]  # members never change here
    scores: list[dict[int, float]] = [{} for _ in todo]  # each sentence's alike events, by index
    grown: list[tuple[date, date, int]] | None = (
        None  # the events that grew in the last round, by days
    )
    for _ in range(6):
        found = []
        grown_in: dict[tuple[date, date], list[int]] = {}  # per window, the events in it that grew
        for (m, lo, hi, need), alike_ in zip(todo, scores):
            if grown is None:
                near = cal.within(m.keys, lo, hi)
            else:  # only an event that grew can be more (or less) alike than before
                if (lo, hi) not in grown_in:
                    grown_in[lo, hi] = _in_days(grown, lo, hi)
                near = [i for i in grown_in[lo, hi] if not cal.clusters[i].keys.isdisjoint(m.keys)]
                if not near:
                    continue  # as far from joining as it was
            for i in near:
                s = _news_score(w, cal.clusters[i], m) if not planned[i] else 0.0
                if s > 0.0:
                    alike_[i] = s
                else:
                    alike_.pop(i, None)
            if alike_:
                where = min(
                    alike_, key=lambda i: (-alike_[i], i)
                )  # the most alike; the first of equals
                if alike_[where] >= need:
                    found.append((m, where))
        if not found:
            break
        for m, i in found:
            c = cal.clusters[i]
            c.joined.append(m)
            cal.grow(i, w, m)
            joined.add(m)
        grown = sorted(
            (cal.clusters[i].first, cal.clusters[i].last, i) for i in {i for _, i in found}
        )
        told = {
            (m.source, m.sentence) for m, _ in found
        }  # a cheap look before hashing a whole mention
        kept = [
            n
            for n, t in enumerate(todo)
            if (t[0].source, t[0].sentence) not in told or t[0] not in joined
        ]
        todo, scores = [todo[n] for n in kept], [scores[n] for n in kept]
    return joined


def _in_days(spans: list[tuple[date, date, int]], first: date, last: date) -> list[int]:
    """The clusters of ``spans`` (days and index, in order) whose days lie within
    ``first``..``last``."""
    at, end = (
        bisect.bisect_left(spans, (first,)),
        bisect.bisect_right(spans, (last, date.max, math.inf)),
    )
    return sorted(i for _, until, i in spans[at:end] if until <= last)


def _news_score(w: FormWeights, c: Happening, m: Mention) -> float:
    """How alike an undated sentence is to an event as the news it reports."""
    if sum(t in c.centroid for t in m.terms) < 2:
        return 0.0  # one word in common ("media") is not the same news
    return c.similarity(w.form(m), m, names=False)  # the days already say whose news it is


def cluster_vague(w: FormWeights, items: list[Mention]) -> list[Happening]:
    """Mentions without a calendar date, by wording alone: habits, vague and relative
    times ("each year", "recently")."""
    clusters: list[Happening] = []
    keys, names, context = Holders(), Holders(), Holders()
    for m in items:
        f = w.form(m)
        # only clusters that pass the filters of ``similarity``: no pass over all that share a key
        near = set().union(*[keys.having[k] for k in m.keys if k in keys.having])
        if f.own and near:
            near = names.sharing(f.own, near)
        if m.context and near:
            near = context.sharing(m.context, near)
        best, where = 0.0, None
        for i in sorted(near):
            s = clusters[i].similarity(f, m)
            if s > best:
                best, where = s, i
        if where is None or best < JOIN:
            clusters.append(Happening(date.min, date.max))
            where = len(clusters) - 1
        c = clusters[where]
        new = (
            [k for k in m.keys if k not in c.keys],
            f.own - c.names,
            [k for k in m.context if k not in c.context],
        )
        c.members.append(m)
        c.add(f, m)
        keys.note(where, new[0], not c.keys)
        names.note(where, new[1], not c.names)
        context.note(where, new[2], not c.context)
    return clusters
