"""Mentions from many sources -> events: each happening once, with all its evidence.

Two mentions report the same happening when their dates are compatible (the days they
cover overlap) and their wording is alike (weighted term overlap, see ``text.py``).
Compatible dates refine each other: "this week" and "on Monday" give Monday. A
happening the sources date incompatibly is kept once with the disagreement recorded.
Sentences that date nothing but plainly report a dated happening ("The UK and Türkiye
have agreed a new partnership") join it as evidence.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from dossier_tui.events.mentions import DATED, ONGOING, UNDATED, Mention
from dossier_tui.events.text import Weights
from dossier_tui.model import Conflict, Event, Evidence, Source
from dossier_tui.temporal.values import time_value

#: how alike two dated mentions must be to count as one happening
SAME = 0.45
#: how alike an undated sentence must be to join a dated happening as evidence
JOIN = 0.5
#: how alike, on average, an article's opening must be to the news peg it joins
LEAD = 0.15
#: how alike two articles' openings must be to tell the same news
LEAD_GROUP = 0.15
#: how alike two mentions must be for their incompatible dates to be a conflict
CONFLICT = 0.6

_STATEMENT = re.compile(r"\b(?:said|says|announced|announces|stated|confirmed|unveiled|declared)\b", re.I)
_PRONOUN_START = re.compile(r"^(?:his|her|its|their|it|they|this|that|these|those|he|she)\b", re.I)
_REPORTS = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+){0,2}?\w+(?:ed|en|ck|ot|ut|ne|un|wn)\b|"
                      r"\b(?:announced|agreed|struck|signed|reached|unveiled|launched|confirmed)\b", re.I)


@dataclass
class _Cluster:
    mentions: list[Mention] = field(default_factory=list)
    joined: list[Mention] = field(default_factory=list)  # sentences that date nothing themselves

    @property
    def dated(self) -> list[Mention]:
        return [m for m in self.mentions if m.value]

    def interval(self):
        tvs = [time_value(m.value) for m in self.dated]
        return min(t.first for t in tvs), max(t.last for t in tvs)


def _overlap(a: Mention, b: Mention) -> bool:
    ta, tb = time_value(a.value), time_value(b.value)
    return ta.first <= tb.last and tb.first <= ta.last


def _alike(w: Weights, a: Mention, b: Mention) -> float:
    """How alike two mentions are. They must share a word for what happened, not
    only names: "Jenrick leaves Downing Street" and "Jenrick's visit" share only a name."""
    if not a.keys & b.keys or (a.source == b.source and a.sentence == b.sentence):
        return 0.0  # two happenings in one sentence are two happenings
    names_a, names_b = a.terms - a.keys, b.terms - b.keys
    if names_a and names_b and not names_a & names_b:
        return 0.0  # "Travelers' income rose", "Compaq's income rose": different actors
    if a.context and b.context and not a.context & b.context:
        return 0.0  # alike words in two unrelated stories
    score = w.similarity(a.terms, b.terms)
    if a.source == b.source and a.value and b.value and _same_days(a.value, b.value) \
            and _STATEMENT.search(a.headline) and _STATEMENT.search(b.headline):
        score = max(score, SAME)  # one article, one day, two statements: one announcement
    return score


def _same_days(a: str, b: str) -> bool:
    ta, tb = time_value(a), time_value(b)
    return (ta.first, ta.last) == (tb.first, tb.last)


def _groups(items: list[Mention], linked) -> list[list[Mention]]:
    """Single-link groups: two items share a group when a chain of linked pairs joins
    them. Only pairs that share a word for what happened are tried (an index on
    ``keys``), since ``_alike`` is zero for all others."""
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    index: dict[str, list[int]] = {}
    for i, m in enumerate(items):
        for k in m.keys:
            index.setdefault(k, []).append(i)
    for i, m in enumerate(items):
        tried = set()
        for k in m.keys:
            for j in index[k]:
                if j <= i or j in tried:
                    continue
                tried.add(j)
                if find(i) != find(j) and linked(m, items[j]):
                    parent[max(find(i), find(j))] = min(find(i), find(j))
    out: dict[int, list[Mention]] = {}
    for i, item in enumerate(items):
        out.setdefault(find(i), []).append(item)
    return list(out.values())


def _best(w: Weights, m: Mention, clusters: list[_Cluster]) -> tuple[float, _Cluster | None]:
    best, where = 0.0, None
    for c in clusters:
        s = max((_alike(w, m, x) for x in c.mentions), default=0.0)
        if s > best:
            best, where = s, c
    return best, where


def _refine(c: _Cluster) -> tuple[str, list[Mention]]:
    """The most precise value every dated mention allows, and the mentions that
    disagree with it (when some do not overlap the rest)."""
    values = [m.value for m in c.dated]
    tvs = {v: time_value(v) for v in values}
    agree = [v for v in values if all(tvs[v].first >= tvs[o].first and tvs[v].last <= tvs[o].last
                                      for o in values)]
    if agree:
        # narrowest first; between equal spans, the value with a part of day or a time
        best = min(agree, key=lambda v: ((tvs[v].last - tvs[v].first).days, -len(v), v))
        return best, []
    common = Counter(values).most_common()
    best = min((v for v, n in common if n == common[0][1]), key=lambda v: ((tvs[v].last - tvs[v].first).days, v))
    bt = tvs[best]
    return best, [m for m in c.dated if time_value(m.value).last < bt.first or time_value(m.value).first > bt.last]


def _slug(text: str, limit: int = 5) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.findall(r"[a-z0-9]+", plain) if w not in _SLUG_STOP]
    return "-".join(words[:limit]) or "event"


_SLUG_STOP = {"the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "with", "by", "from", "its",
              "his", "her", "their", "s", "that", "this", "has", "have", "had", "was", "were", "is",
              "are", "be", "been", "it", "as", "mr", "mrs", "ms", "minister", "immigration", "secretary",
              "upcoming", "next", "new", "also", "said", "says", "uk", "government"}


def _headline(w: Weights, c: _Cluster) -> str:
    ms = c.mentions
    def centrality(m: Mention) -> float:
        return sum(w.similarity(m.terms, o.terms) for o in ms if o is not m)
    # a clause that names who did what, neither a bare phrase nor a pronoun, most like the rest
    ranked = sorted(ms, key=lambda m: (bool(_PRONOUN_START.match(m.headline)), not m.value,
                                       len(m.headline) < 30, -round(centrality(m), 3), len(m.headline),
                                       m.source, m.sentence))
    return next((m.headline for m in ranked if m.headline), "")


def _evidence(m: Mention, sources: dict[str, Source]) -> Evidence:
    text = sources[m.source].text
    a, b = m.sentence
    return Evidence(m.source, a, b, text[a:b], m.timex)


def _to_event(w: Weights, c: _Cluster, sources: dict[str, Source], order: dict[str, int]) -> Event:
    value, disagree = _refine(c) if c.dated else (None, [])
    tv = time_value(value) if value else None
    seen, evidence = set(), []
    for m in sorted(c.mentions + c.joined, key=lambda m: (order[m.source], m.sentence)):
        key = (m.source, m.sentence)
        if key not in seen:
            seen.add(key)
            evidence.append(_evidence(m, sources))
    conflicts = []
    by_value: dict[str, list[str]] = {}
    for m in disagree:
        by_value.setdefault(m.value, [])
        if m.source not in by_value[m.value]:
            by_value[m.value].append(m.source)
    for v in sorted(by_value):
        conflicts.append(Conflict(v, tuple(by_value[v])))
    statuses = Counter(m.status for m in c.mentions)
    places = Counter(m.place for m in c.mentions if m.place)
    headline = _headline(w, c)
    return Event(
        id="", date=value, start=tv.first.isoformat() if tv else None,
        end=tv.last.isoformat() if tv else None, headline=headline,
        status="planned" if statuses["planned"] > statuses["reported"] else "reported",
        evidence=tuple(evidence), place=places.most_common(1)[0][0] if places else None,
        conflicts=tuple(conflicts),
    )


def _with_ids(events: list[Event]) -> list[Event]:
    """Ids from date and headline: stable for the same corpus, unique."""
    from dataclasses import replace
    seen: Counter = Counter()
    out = []
    for e in events:
        base = f"{e.date.lower() if e.date else 'ongoing'}-{_slug(e.headline)}"
        seen[base] += 1
        out.append(replace(e, id=base if seen[base] == 1 else f"{base}-{seen[base]}"))
    return out


def _attach_leads(w: Weights, all_mentions: list[Mention], dated: list[_Cluster],
                  published: dict[str, str | None], texts: dict[str, str]) -> set[Mention]:
    """Articles on one story open with the news itself, often undated ("The UK and
    Türkiye have agreed a new partnership"). Alike openings are grouped, and the group
    joins the happening those articles report as most recent (within a week before
    their dates) that reads most like them: the story's news peg."""
    opening: dict[str, list[tuple[int, int]]] = {}
    for m in all_mentions:  # the first two sentences of each article
        seen = opening.setdefault(m.source, [])
        if m.sentence not in seen and len(seen) < 2:
            seen.append(m.sentence)
    leads, taken = [], set()
    for m in all_mentions:  # the first opening sentence that reports something done
        if m.source not in taken and m.sentence in opening[m.source] and m.kind in (UNDATED, ONGOING) \
                and not m.value and _REPORTS.search(texts[m.source][m.sentence[0]:m.sentence[1]]):
            leads.append(m)
            taken.add(m.source)
    groups = _groups(leads, lambda a, b: _alike(w, a, b) >= LEAD_GROUP)
    joined: set[Mention] = set()
    for g in groups:
        sources = {m.source for m in g}
        best, where = 0.0, None
        for c in dated:
            if not c.dated or not sources & {x.source for x in c.mentions}:
                continue
            if all(m.status == "planned" for m in c.mentions):
                continue
            first, last = c.interval()
            recent = [s for s in sources if published.get(s) and
                      _within_week_before(first, last, time_value(published[s]))]
            if not recent:
                continue
            score = max(_alike(w, lead, x) for lead in g for x in c.mentions)
            if score > best:
                best, where = score, c
        if where is not None and best >= LEAD:
            where.joined.extend(g)
            joined.update(g)
    return joined


def _within_week_before(first, last, pub) -> bool:
    from datetime import timedelta
    return pub.first is not None and pub.first - timedelta(days=7) <= first <= pub.last


def merge(all_mentions: list[Mention], sources: list[Source],
          published: dict[str, str | None] | None = None) -> list[Event]:
    """Events from every source's mentions: dated ones in time order, then ongoing.
    ``published``: the date each source is read against (its own, or an inferred one)."""
    published = published or {s.id: s.published for s in sources}
    by_id = {s.id: s for s in sources}
    order = {s.id: i for i, s in enumerate(sources)}
    w = Weights([set(m.terms) for m in all_mentions])

    def same_happening(a: Mention, b: Mention) -> bool:
        score = _alike(w, a, b)
        if _overlap(a, b):
            return score >= SAME
        return a.source != b.source and score >= CONFLICT  # alike, dated apart: a conflict

    dated = [_Cluster(g) for g in _groups([m for m in all_mentions if m.kind == DATED], same_happening)]
    leads = _attach_leads(w, all_mentions, dated, published, {s.id: s.text for s in sources})
    vague = [m for m in all_mentions if m not in leads and
             (m.kind == ONGOING or (m.kind == UNDATED and m.timex is not None))]
    ongoing = [_Cluster(g) for g in _groups(vague, lambda a, b: _alike(w, a, b) >= SAME)]

    # a sentence that dates nothing but plainly reports a dated happening joins it
    for m in all_mentions:
        if m in leads or not (m.kind in (UNDATED, ONGOING) and m.timex is None or
                              m.kind == ONGOING and m.timex.value.endswith("_REF")):
            continue
        if not _REPORTS.search(by_id[m.source].text[m.sentence[0]:m.sentence[1]]):
            continue
        score, where = _best(w, m, dated)
        if where is not None and score >= JOIN:
            where.joined.append(m)
            for c in ongoing:  # and leaves the ongoing group
                if m in c.mentions:
                    c.mentions.remove(m)

    events = [_to_event(w, c, by_id, order) for c in dated]
    events.sort(key=lambda e: (e.start, e.end, e.headline))
    rest = [_to_event(w, c, by_id, order) for c in ongoing if c.mentions]
    rest.sort(key=lambda e: (-len(e.sources), e.headline))
    return _with_ids(events + rest)
