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

import bisect
import math
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import repeat

from dossier_tui.events.headline import sentence_headline
from dossier_tui.events.mentions import DATED, ONGOING, UNDATED, Mention
from dossier_tui.events.salience import scores, story_words, topicality
from dossier_tui.lexicon.speech import SAY, SAY_TELL
from dossier_tui.model import Conflict, Event, Evidence, Source
from dossier_tui.temporal.values import add_days, time_value
from dossier_tui.text.slugs import slug
from dossier_tui.text.terms import Weights

#: how alike two mentions must be to count as one happening (pairwise, see ``alike``)
SAME = 0.45
#: how alike a mention must be to a cluster's centroid to join it
JOIN = 0.3
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

_STATEMENT = re.compile(
    rf"\b(?:{SAY}|announced|announces|stated|confirmed|unveiled|declared)\b", re.I
)
#: a headline that says who *did* what reads better than a noun phrase ("X's visit")
_VERB = re.compile(
    rf"\b(?:[a-z]{{2,}}ed|is|are|was|were|has|have|had|will|{SAY_TELL}|met|took|made|went|"
    r"came|gave|left|began|held|won|lost|struck|fell|rose|ran|saw|sent|paid|led|fled|hit)\b"
)
#: a headline that tells of another time than the event's own
_OTHER_TIME = re.compile(
    r"\b(?:days?|weeks?|months?|years?|hours?|minutes?)\s+(?:after|before|later|earlier)\b", re.I
)
_FUTURE_WORDS = re.compile(
    r"\b(?:will|is due to|are due to|is expected to|are expected to|is to)\b", re.I
)
#: a headline in the first person is somebody's words; one that opens on "Knowing that" or
#: "Until" lost its main clause
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|us)\b")
_LOST_CLAUSE = re.compile(
    r"^(?:[A-Z][a-z]+ing\b(?!\s+(?:is|was|has|had|will)\b)|"
    r"(?:Until|Unless|Whereas|Although|Though|Because|If|Not|Since)\b)"
)
_QUOTE_MARKS = "\"“”‘’'`"
_PRONOUN_START = re.compile(
    r"^(?:his|her|its|their|it|they|this|that|these|those|he|she|"
    r"(?:in|at|on|of|during|for|by|from|with|after)\s+(?:which|whom))\b",
    re.I,
)
#: a headline whose verb is "to be" tells a state or a view ("The bombers are anonymous",
#: "Blair is not responsible"), not a happening; a passive ("was killed", "were held") is one
_BE = re.compile(
    r"\b(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:(?:not|still|also|now|clearly|"
    r"no\s+longer|nothing|never)\s+)*(?P<next>[\w’'-]+)",
    re.I,
)
_RELATIVE_CLAUSE = re.compile(r"\s(?:who|which|that)\s[\w\s’'-]*?(?=\s(?:is|are|was|were)\s)", re.I)
_PARTICIPLE = re.compile(
    r"(?:\w+(?:ed|en|wn|ing)|to|due|set|about|under|put|cut|hit|shot|held|found|made|"
    r"sent|built|caught|struck|told|led|paid|sold|bought|brought|kept|won|lost|met|"
    r"left|hurt|run|read|seen|done|gone|known|shut|split|spread|thrown|upheld)$",
    re.I,
)
_REPORTS = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+\s+){0,2}?\w+(?:ed|en|ck|ot|ut|ne|un|wn)\b|"
    r"\b(?:announced|agreed|struck|signed|reached|unveiled|launched|confirmed)\b",
    re.I,
)


def alike(w: Weights, a: Mention, b: Mention) -> float:
    """How alike two mentions are (0 when they cannot be one happening). They must
    share a word for what happened, not only names: "Lee leaves the embassy" and
    "Lee's visit" share only a name."""
    if not a.keys & b.keys or (a.source == b.source and a.sentence == b.sentence):
        return 0.0  # two happenings in one sentence are two happenings
    names_a, names_b = a.terms - a.keys, b.terms - b.keys
    if names_a and names_b and not names_a & names_b:
        return 0.0  # "Travelers' income rose", "Compaq's income rose": different actors
    if a.context and b.context and not a.context & b.context:
        return 0.0  # alike words in two unrelated stories
    return w.similarity(a.terms, b.terms)


@dataclass(frozen=True, eq=False)
class _Form:
    """What comparing a mention needs of it, worked out once: its names (terms that
    are not keys), its terms and their weights, their squared length."""

    own: frozenset[str]
    terms: tuple[str, ...]
    weights: tuple[float, ...]
    norm2: float
    statement: bool


class _Weights(Weights):
    """Weights that also keep each mention's ``_Form``: a mention is compared with
    many clusters, its own numbers never change."""

    def __init__(self, bags: list[set[str]]):
        super().__init__(bags)
        self._forms: dict[
            int, tuple[Mention, _Form]
        ] = {}  # by id; the mention is kept, so its id is not reused

    def form(self, m: Mention) -> _Form:
        kept = self._forms.get(id(m))
        if kept is None:
            terms = tuple(m.terms)
            weights = tuple(map(self.weight, terms))
            kept = self._forms[id(m)] = (
                m,
                _Form(
                    m.terms - m.keys,
                    terms,
                    weights,
                    math.fsum(v**2 for v in weights),
                    bool(_STATEMENT.search(m.headline)),
                ),
            )
        return kept[1]


@dataclass(eq=False)
class _Cluster:
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

    def add(self, w: Weights, m: Mention) -> None:
        for t in sorted(
            m.terms
        ):  # one order of additions, whatever the set's: the same floats every run
            old = self.centroid.get(t, 0.0)
            new = old + w.weight(t)
            self.centroid[t] = new
            self.norm2 += new * new - old * old
        self.keys |= m.keys
        self.names |= m.terms - m.keys
        self.context |= m.context
        self.sentences.add((m.source, m.sentence))
        self.sources.add(m.source)

    def similarity(self, w: _Weights, m: Mention, names: bool = True) -> float:
        """Cosine of a mention's weighted terms with the centroid; 0 when the mention
        cannot tell this happening (no shared word for what happened, other names
        when ``names``, another story, or another happening of one of its sentences)."""
        if m.keys.isdisjoint(self.keys) or (m.source, m.sentence) in self.sentences:
            return 0.0
        f = w.form(m)
        if names and f.own and self.names and f.own.isdisjoint(self.names):
            return 0.0
        if m.context and self.context and m.context.isdisjoint(self.context):
            return 0.0
        dot = math.fsum(map(operator.mul, f.weights, map(self.centroid.get, f.terms, repeat(0.0))))
        if not dot:
            return 0.0
        score = dot / math.sqrt(f.norm2 * self.norm2)
        if (
            m.source in self.sources
            and f.statement
            and any(x.source == m.source and _STATEMENT.search(x.headline) for x in self.members)
        ):
            score = max(score, JOIN)  # one article, one day, two statements: one announcement
        return score

    def likeness(self, other: _Cluster) -> float:
        """Cosine of two centroids (0 unless they share a word for what happened)."""
        if not self.keys & other.keys:
            return 0.0
        small, big = sorted((self.centroid, other.centroid), key=len)
        dot = math.fsum(v * big.get(t, 0.0) for t, v in small.items())
        return dot / math.sqrt(self.norm2 * other.norm2) if dot > 0 else 0.0

    def absorb(self, other: _Cluster) -> None:
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

    def centrality(self, w: Weights, m: Mention) -> float:
        """Cosine of a member's terms with the centroid of the other members."""
        own = {t: w.weight(t) for t in m.terms}
        dot = math.fsum(v * (self.centroid.get(t, 0.0) - v) for t, v in own.items())
        rest = self.norm2 - math.fsum(
            2 * self.centroid.get(t, 0.0) * v - v * v for t, v in own.items()
        )
        return dot / math.sqrt(w.norm2(m.terms) * rest) if dot > 0 and rest > 1e-9 else 0.0


class _Holders:
    """The clusters that hold each word of one of their word sets, and those whose set
    is empty: the clusters a filter of ``similarity`` lets a mention through to."""

    def __init__(self) -> None:
        self.having: dict[str, set[int]] = defaultdict(set)
        self.empty: set[int] = set()

    def note(self, i: int, new: frozenset[str] | set[str], now_empty: bool) -> None:
        for t in new:
            self.having[t].add(i)
        if now_empty:
            self.empty.add(i)
        else:
            self.empty.discard(i)

    def sharing(self, words: frozenset[str], among: set[int]) -> set[int]:
        """Those of ``among`` whose set is empty or shares one of ``words``."""
        out = among & self.empty
        for t in words:
            holders = self.having.get(t)
            if holders:
                out |= among & holders
        return out


class _Calendar:
    """Clusters by the first day they cover, per word for what happened, so that the
    clusters a mention may join are found without looking at every cluster."""

    def __init__(self) -> None:
        #: key -> the first days of the clusters with it, in order, and those clusters
        self.by_key: dict[str, tuple[list[int], list[int]]] = {}
        self.clusters: list[_Cluster] = []
        self.lasts: list[int] = []  # each cluster's last day (its days never change)
        self.names, self.context = _Holders(), _Holders()
        self._indexed: dict[int, set[str]] = {}

    def add(self, c: _Cluster) -> None:
        i = len(self.clusters)
        self.clusters.append(c)
        self.lasts.append(c.last.toordinal())
        self._indexed[i] = set()
        self._reindex(i)
        self.names.note(i, c.names, not c.names)
        self.context.note(i, c.context, not c.context)

    def grow(self, i: int, w: _Weights, m: Mention) -> None:
        """Add a mention's words to cluster ``i``, and find it by them."""
        c = self.clusters[i]
        c.add(w, m)
        self._reindex(i)
        self.names.note(i, w.form(m).own, not c.names)
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

    def within(self, keys: frozenset[str], first: date, last: date) -> list[int]:
        """Clusters sharing a key whose days lie within ``first``..``last``."""
        return sorted(self._within(keys, first, last))

    def open_to(self, w: _Weights, m: Mention, first: date, last: date) -> list[int]:
        """Those clusters ``within`` that the filters of ``similarity`` (names, story) let
        ``m`` through to: the others would only score 0."""
        found, f = self._within(m.keys, first, last), w.form(m)
        if f.own and found:
            found = self.names.sharing(f.own, found)
        if m.context and found:
            found = self.context.sharing(m.context, found)
        return sorted(found)

    def _within(self, keys: frozenset[str], first: date, last: date) -> set[int]:
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


def _width(m: Mention) -> int:
    tv = time_value(m.value)
    return (tv.last - tv.first).days


def _cluster_dated(w: _Weights, dated: list[Mention], order: dict[str, int]) -> _Calendar:
    """Dated mentions, narrowest date first, each into the most alike cluster its date
    is compatible with; else, if it retells a cluster almost word for word under
    another date, into that one as a conflict; else a cluster of its own."""
    cal = _Calendar()
    dated = sorted(dated, key=lambda m: (_width(m), order[m.source], m.sentence, m.clause))
    for m in dated:
        tv = time_value(m.value)
        # every cluster so far is at most as wide as m: compatible ones lie within m's days
        best, where = 0.0, None
        for i in cal.open_to(w, m, tv.first, tv.last):
            s = cal.clusters[i].similarity(w, m)
            if s > best:
                best, where = s, i
        if where is not None and best >= JOIN:
            c = cal.clusters[where]
            c.members.append(m)
            cal.grow(where, w, m)
            continue
        near = cal.open_to(
            w,
            m,
            add_days(tv.first, -CONFLICT_DAYS, clamp=True),
            add_days(tv.last, CONFLICT_DAYS, clamp=True),
        )
        best, where = 0.0, None
        for i in near:
            c = cal.clusters[i]
            if m.source in c.sources or not (c.last < tv.first or tv.last < c.first):
                continue
            s = c.similarity(w, m)
            if s > best:
                best, where = s, i
        if where is not None and best >= CONFLICT:
            cal.clusters[where].conflicts.append(m)
            continue
        c = _Cluster(tv.first, tv.last)
        c.members.append(m)
        c.add(w, m)
        cal.add(c)
    return _gather(cal)


def _gather(cal: _Calendar) -> _Calendar:
    """Clusters of the same days that read alike as wholes are one happening told in
    several ways ("the quake struck", "the 7.0-magnitude quake hit"): each joins the
    largest alike cluster of its days."""
    by_days: dict[tuple[date, date], list[_Cluster]] = {}
    for c in cal.clusters:
        by_days.setdefault((c.first, c.last), []).append(c)
    out = _Calendar()
    for same in by_days.values():
        kept: list[_Cluster] = []
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
        for c in kept:
            out.add(c)
    return out


def _openings(all_mentions: list[Mention]) -> set[tuple[str, tuple[int, int]]]:
    """The first two sentences of each article: where it tells its news."""
    seen: dict[str, list[tuple[int, int]]] = {}
    for m in all_mentions:
        s = seen.setdefault(m.source, [])
        if m.sentence not in s and len(s) < 2:
            s.append(m.sentence)
    return {(src, sent) for src, sents in seen.items() for sent in sents}


def _report_news(
    w: _Weights,
    cal: _Calendar,
    undated: list[Mention],
    published: dict[str, str | None],
    texts: dict[str, str],
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
        if opening or _REPORTS.search(texts[m.source], m.sentence[0], m.sentence[1]):
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
                near = [i for i in grown_in[lo, hi] if not m.keys.isdisjoint(cal.clusters[i].keys)]
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
    """The clusters of ``spans`` (days and index, in order) whose days lie within ``first``..``last``."""
    at, end = (
        bisect.bisect_left(spans, (first,)),
        bisect.bisect_right(spans, (last, date.max, math.inf)),
    )
    return sorted(i for _, until, i in spans[at:end] if until <= last)


def _news_score(w: _Weights, c: _Cluster, m: Mention) -> float:
    """How alike an undated sentence is to an event as the news it reports."""
    if len(m.terms & c.centroid.keys()) < 2:
        return 0.0  # one word in common ("media") is not the same news
    return c.similarity(w, m, names=False)  # the days already say whose news it is


def _cluster_vague(w: _Weights, items: list[Mention]) -> list[_Cluster]:
    """Mentions without a calendar date, by wording alone: habits, vague and relative
    times ("each year", "recently")."""
    clusters: list[_Cluster] = []
    keys, names, context = _Holders(), _Holders(), _Holders()
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
            s = clusters[i].similarity(w, m)
            if s > best:
                best, where = s, i
        if where is None or best < JOIN:
            clusters.append(_Cluster(date.min, date.max))
            where = len(clusters) - 1
        c = clusters[where]
        new = (m.keys - c.keys, f.own - c.names, m.context - c.context)
        c.members.append(m)
        c.add(w, m)
        keys.note(where, new[0], not c.keys)
        names.note(where, new[1], not c.names)
        context.note(where, new[2], not c.context)
    return clusters


#: the share of an event's sources a date needs behind it to be the event's date: one
#: passage's "early the next morning" does not date what six others place in June
DATE_SUPPORT = 0.2


def _date_of(c: _Cluster) -> str:
    """The most precise value the cluster's dated mentions agree on: the narrowest that
    enough of its sources place it within; between equal spans, the one with a part of
    day or a time."""

    def key(v: str):
        tv = time_value(v)
        return ((tv.last - tv.first).days, -len(v), v)

    spans = [(m.source, time_value(m.value)) for m in c.members]
    need = DATE_SUPPORT * len({src for src, _ in spans})
    for v in sorted({m.value for m in c.members}, key=key):
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
_SLUG_STOP = frozenset(
    "the a an of to in on at for and with by from its his her their s that this has have had was were is are be been it as mr mrs ms dr upcoming next new also said says".split()
)


def _headline(
    w: Weights, c: _Cluster, value: str | None, status: str, sources: dict[str, Source]
) -> str:
    """A clause that names who did what (neither a bare phrase nor a pronoun), from a
    passage that gives the event's own date, tells the happening at its own time (not
    "two days after" it, not "will" of a thing done), as a deed rather than a state
    ("X is responsible"), and is most like the rest of the event."""
    days = (time_value(value).first, time_value(value).last) if value else None

    def own_date(m: Mention) -> bool:
        return (
            days is not None
            and m.value is not None
            and (time_value(m.value).first, time_value(m.value).last) == days
        )

    def other_time(m: Mention) -> bool:
        return bool(
            _OTHER_TIME.search(m.headline)
            or status == "reported"
            and _FUTURE_WORDS.search(m.headline)
        )

    def state(m: Mention) -> bool:
        main = _RELATIVE_CLAUSE.sub(
            "", m.headline
        )  # "The bombers who targeted London are anonymous"
        verb = _VERB.search(main)
        be = _BE.match(main, verb.start()) if verb else None
        return be is not None and not _PARTICIPLE.match(be["next"])

    def quoted(m: Mention) -> bool:  # somebody's words, not the reporter's account
        first = sources[m.source].text[m.sentence[0] : m.sentence[0] + 1]
        return (
            (first != "" and first in _QUOTE_MARKS)
            or (m.headline[:1] != "" and m.headline[:1] in _QUOTE_MARKS)
            or bool(_FIRST_PERSON.search(m.headline))
        )

    # the sentences that report the event without dating it may say it best
    told = [
        m
        if m.headline
        else replace(m, headline=sentence_headline(sources[m.source].text, m.sentence))
        for m in c.members + c.joined
    ]
    # a happening many passages name ("the March 2003 invasion") rather than tell is best
    # headed by its name
    named = sum(m.named for m in c.members) * 3 >= len(c.members)

    def telling(m: Mention) -> tuple:
        """Lower is better: a clause telling the deed, the name a passage gives the
        happening, a clause that tells it less well."""
        if m.named:
            return (0 if named else 1,)
        # a clause whose time dates one of its nouns ("surged since his death on Thursday") tells another deed
        flaws = (
            len(m.headline) < 30,
            not _VERB.search(m.headline),
            m.modifier or other_time(m),
            state(m),
        )
        return (2, *flaws) if any(flaws) else (1 if named else 0,)

    ranked = sorted(
        (m for m in told if m.headline),
        key=lambda m: (
            bool(_PRONOUN_START.match(m.headline) or _LOST_CLAUSE.match(m.headline)),
            quoted(m),
            not own_date(m),
            telling(m),
            -round(c.centrality(w, m), 3),
            len(m.headline),
            m.source,
            m.sentence,
        ),
    )
    return ranked[0].headline if ranked else ""


def _evidence(m: Mention, sources: dict[str, Source]) -> Evidence:
    text = sources[m.source].text
    a, b = m.sentence
    return Evidence(m.source, a, b, text[a:b], m.timex)


def _to_event(
    w: Weights, c: _Cluster, dated: bool, sources: dict[str, Source], order: dict[str, int]
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
    statuses = Counter(m.status for m in c.members)
    status = "planned" if statuses["planned"] > statuses["reported"] else "reported"
    places = Counter(m.place for m in c.members if m.place)
    return Event(
        id="",
        date=value,
        start=tv.first.isoformat() if tv else None,
        end=tv.last.isoformat() if tv else None,
        headline=_headline(w, c, value, status, sources),
        status=status,
        evidence=tuple(evidence),
        place=places.most_common(1)[0][0] if places else None,
        conflicts=tuple(Conflict(v, tuple(s)) for v, s in sorted(by_value.items())),
    )


def _with_ids(events: list[Event]) -> list[Event]:
    """Ids from date and headline: stable for the same corpus, unique."""
    seen: Counter = Counter()
    out = []
    for e in events:
        base = f"{e.date.lower() if e.date else 'ongoing'}-{_slug(e.headline)}"
        seen[base] += 1
        out.append(replace(e, id=base if seen[base] == 1 else f"{base}-{seen[base]}"))
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
    published = {s.id: s.published for s in sources}
    by_id = {s.id: s for s in sources}
    order = {s.id: i for i, s in enumerate(sources)}
    tell = progress or (lambda done, total: None)
    w = _Weights([set(m.terms) for m in all_mentions])

    tell(0, _STEPS)
    cal = _cluster_dated(w, [m for m in all_mentions if m.kind == DATED], order)
    tell(1, _STEPS)
    plain = [
        m
        for m in all_mentions
        if m.kind in (UNDATED, ONGOING) and (m.timex is None or m.timex.value.endswith("_REF"))
    ]
    reported = _report_news(
        w, cal, plain, published, {s.id: s.text for s in sources}, _openings(all_mentions)
    )
    tell(2, _STEPS)
    vague = [
        m
        for m in all_mentions
        if (m.kind == ONGOING or (m.kind == UNDATED and m.timex is not None)) and m not in reported
    ]
    ongoing = _cluster_vague(w, vague)
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
    events = _with_ids([e for e, _ in dated_events + rest])
    tell(4, _STEPS)
    found = scores(events, [t for _, t in dated_events + rest], all_mentions, published)
    return [replace(e, score=s) for e, s in zip(events, found)]
