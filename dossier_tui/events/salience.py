"""How central each event is to the story: the ``score`` that ranks key events.

The core is how many independent sources tell the happening (verbatim copies count
once). Two signals of the date, as timeline summarisation measures them, raise it:
how many articles refer to that date, and how much the coverage bunches up just
after it. A happening the sources date precisely ranks above one they place only in
a year (a reader's key events are days), and one told in the story's own words above
one from another story that shares its pages (a radio show's other items, a sidebar).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from itertools import chain

from dossier_tui.events.mentions import DATED, Mention
from dossier_tui.model import Event
from dossier_tui.temporal.values import time_value

#: what a source counts for that reports a happening without dating it
UNDATED_SOURCE = 0.5
#: what a source counts for that tells the happening only in the first person ("I called
#: the helpline as my son ..."): a reader's or a columnist's own story, not the news
FIRST_PERSON = 0.5
_FIRST_PERSON = re.compile(r"\s*(?:I|My)\b(?!\.)")
#: what a lesser event of a day counts beside that day's main one
SECOND = 0.5
#: days after a happening in which the coverage it sets off is counted
AFTERMATH_DAYS = 2
#: how much a date's precision counts, by the days it covers (at most)
_PRECISION = ((0, 1.0), (6, 0.8), (31, 0.7), (92, 0.5), (366, 0.4))
_COARSE = 0.3


def _precision(days: int) -> float:
    return next((f for limit, f in _PRECISION if days <= limit), _COARSE)


def _independent(e: Event) -> float:
    """Sources that tell the event in their own words and under its date. A source
    that only reports it as the news of the day, without dating it, or places it only
    in a wider time ("this year" of a day's event) counts half: it says the happening
    matters, not when it was; one that tells it only in the first person counts half too."""
    disagree = {s for c in e.conflicts for s in c.sources}
    passages: dict[str, list[str]] = defaultdict(list)
    dated: set[str] = set()
    for v in e.evidence:
        if v.source not in disagree:
            passages[v.source].append(v.passage)
            if v.timex is not None and v.source not in dated and _within(v.timex.value, e):
                dated.add(v.source)

    def worth(src: str) -> float:
        own = FIRST_PERSON if all(_FIRST_PERSON.match(p) for p in passages[src]) else 1.0
        return own * (1.0 if src in dated else UNDATED_SOURCE)

    if len(passages) < 2:  # most events: no other source it could copy
        return sum((worth(src) for src in passages), 0.0)
    wordings = {
        src: {" ".join(p.casefold().split()) for p in told} for src, told in passages.items()
    }
    # a source whose every passage is word for word another source's is a copy
    seen: set[str] = set()
    count = 0.0
    for src in sorted(wordings, key=lambda s: (len(wordings[s]), s), reverse=True):
        if not wordings[src] <= seen:
            count += worth(src)
        seen |= wordings[src]
    return count


def _within(value: str, e: Event) -> bool:
    """True when a passage's time lies inside the event's days (or the event has none)."""
    if not e.start:
        return True
    tv = time_value(value)
    return tv.first is not None and e.start <= tv.first.isoformat() and tv.last.isoformat() <= e.end


def story_words(mentions: list[Mention]) -> dict[str, float]:
    """How much each term belongs to the corpus's story: the share of articles that
    use it, full at a tenth of them."""
    by_source: dict[str, list[frozenset[str]]] = defaultdict(list)
    for m in mentions:
        by_source[m.source].append(m.terms)
    df = Counter(chain.from_iterable(set().union(*bags) for bags in by_source.values()))
    full = max(1.0, 0.1 * len(by_source))
    return {t: min(1.0, n / full) for t, n in df.items()}


def topicality(centroid: dict[str, float], story: dict[str, float]) -> float:
    """The weighted share of an event's wording that is the story's (0 to 1)."""
    total = math.fsum(centroid.values())
    return math.fsum(v * story.get(t, 0.0) for t, v in centroid.items()) / total if total else 0.0


def scores(
    events: list[Event],
    topical: list[float],
    mentions: list[Mention],
    published: dict[str, str | None],
) -> list[float]:
    """A score per event (same order): higher is more central to the story.
    ``topical``: each event's ``topicality``."""
    refs: dict[tuple, set[str]] = defaultdict(set)
    for m in mentions:
        if m.kind == DATED:
            tv = time_value(m.value)
            refs[(tv.first, tv.last)].add(m.source)
    days = sorted(
        tv.first.toordinal()
        for tv in (time_value(p) for p in published.values() if p)
        if tv.first is not None
    )
    told = [_independent(e) for e in events]
    # the date's signals speak for the happening that made the date, the one most
    # sources tell; a lesser event of the same day (a comment, an aside) shares them
    # only as far as it is told as widely
    widest: dict[tuple, float] = defaultdict(float)
    for e, sources in zip(events, told):
        if e.start:
            widest[(e.start, e.end)] = max(widest[(e.start, e.end)], sources)
    out = []
    for e, topic, sources in zip(events, topical, told):
        on_story = 0.25 + 0.75 * topic
        if not e.start:
            out.append(round(on_story * _COARSE * math.log2(1 + sources), 3))
            continue
        tv = time_value(e.date)
        width = (tv.last - tv.first).days
        cited = len(refs.get((tv.first, tv.last), ()))
        lo, hi = tv.first.toordinal(), tv.last.toordinal() + AFTERMATH_DAYS
        burst = (bisect_right(days, hi) - bisect_left(days, lo)) / max(
            1.0, (width + 1 + AFTERMATH_DAYS) / 3
        )
        share = sources / widest[(e.start, e.end)] if widest[(e.start, e.end)] else 0.0
        date = 0.25 * math.log2(1 + cited) + 0.25 * math.log2(1 + burst)
        value = math.log2(1 + sources) * (1 + share * date)
        out.append(on_story * _precision(width) * value)
    # a second event of a day already told (an aside, or an account that did not merge)
    # says less about the story than the day's main one
    best: dict[tuple, float] = defaultdict(float)
    for e, v in zip(events, out):
        if e.start:
            best[(e.start, e.end)] = max(best[(e.start, e.end)], v)
    return [
        round(v * (SECOND if e.start and v < best[(e.start, e.end)] else 1.0), 3)
        for e, v in zip(events, out)
    ]
