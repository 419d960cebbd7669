"""How central each event is to the story: the ``score`` that ranks key events.

Three signals, as timeline summarisation measures them: how many independent sources
tell the happening (verbatim copies count once), how many articles refer to its date,
and how much the coverage bunches up just after it. A happening the sources date
precisely ranks above one they place only in a year: a reader's key events are days.
"""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import defaultdict

from dossier_tui.events.mentions import DATED, Mention
from dossier_tui.model import Event
from dossier_tui.temporal.values import time_value

#: days after a happening in which the coverage it sets off is counted
AFTERMATH_DAYS = 2
#: how much a date's precision counts, by the days it covers (at most)
_PRECISION = ((0, 1.0), (6, 0.8), (31, 0.7), (92, 0.5), (366, 0.4))
_COARSE = 0.3


def _precision(days: int) -> float:
    return next((f for limit, f in _PRECISION if days <= limit), _COARSE)


def _independent(e: Event) -> int:
    """Sources that tell the event in their own words and under its date."""
    disagree = {s for c in e.conflicts for s in c.sources}
    agree = {v.source for v in e.evidence} - disagree
    wordings: dict[str, set[str]] = defaultdict(set)
    for v in e.evidence:
        if v.source in agree:
            wordings[v.source].add(" ".join(v.quote.casefold().split()))
    # a source whose every passage is word for word another source's is a copy
    seen: set[str] = set()
    count = 0
    for src in sorted(wordings, key=lambda s: (len(wordings[s]), s), reverse=True):
        if not wordings[src] <= seen:
            count += 1
        seen |= wordings[src]
    return count


def scores(events: list[Event], mentions: list[Mention], published: dict[str, str | None]) -> list[float]:
    """A score per event (same order): higher is more central to the story."""
    refs: dict[tuple, set[str]] = defaultdict(set)
    for m in mentions:
        if m.kind == DATED:
            tv = time_value(m.value)
            refs[(tv.first, tv.last)].add(m.source)
    days = sorted(tv.first.toordinal() for tv in (time_value(p) for p in published.values() if p)
                  if tv.first is not None)
    out = []
    for e in events:
        sources = _independent(e)
        if not e.start:
            out.append(round(_COARSE * math.log2(1 + sources), 3))
            continue
        tv = time_value(e.date)
        width = (tv.last - tv.first).days
        cited = len(refs.get((tv.first, tv.last), ()))
        lo, hi = tv.first.toordinal(), tv.last.toordinal() + AFTERMATH_DAYS
        burst = (bisect_right(days, hi) - bisect_left(days, lo)) / max(1.0, (width + 1 + AFTERMATH_DAYS) / 3)
        value = math.log2(1 + sources) + 0.5 * math.log2(1 + cited) + 0.5 * math.log2(1 + burst)
        out.append(round(_precision(width) * value, 3))
    return out
