"""Publication dates for articles that state none, inferred from the rest of the corpus.

An undated article that calls the announcement "Tuesday night" while a dated one calls
it "last night" must have been written within a week after that Tuesday. Each candidate
publication day is tried: the article is tagged against it, and its happenings are
compared with the happenings dated sources report. The days that agree best are kept;
the publication date is the finest calendar value that holds them all (a week, a
month), and each relative expression gets the value all those days give it, or a
coarser one that holds every possibility. Never today's date, never a file's mtime.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from dossier_tui.events.mentions import DATED, Mention, mentions
from dossier_tui.events.similarity import SAME, alike
from dossier_tui.model import Source, Timex
from dossier_tui.temporal import tag_source
from dossier_tui.temporal import values as V
from dossier_tui.temporal.values import time_value
from dossier_tui.text.terms import Weights

#: how far around the dated sources' own dates a publication date is looked for
SEARCH_DAYS = 45
_GRAINS = ("day", "week", "month", "quarter", "year")
#: values too coarse to date an article by
_COARSE = ("year", "half", "decade", "century")


@dataclass(frozen=True)
class Inference:
    published: str
    reason: str
    timexes: tuple[Timex, ...]


def container(values: list[str]) -> str | None:
    """The finest calendar value holding every one of ``values`` (None if they are
    not all calendar values)."""
    tvs = [time_value(v) for v in values]
    if any(t.first is None for t in tvs):
        return None
    first, last = min(t.first for t in tvs), max(t.last for t in tvs)
    base = V.day(first)
    for grain in _GRAINS:
        c = V.coarsen(base, grain)
        lo, hi = V.interval(c)
        if lo <= first and last <= hi:
            return c.value()
    return None


def _consensus(runs: list[list[Timex]]) -> list[Timex]:
    """One timex per span: the value every run agrees on, else one that holds them all."""
    by_span: dict[tuple[int, int], list[Timex]] = {}
    for run in runs:
        for t in run:
            by_span.setdefault((t.start, t.end), []).append(t)
    out = []
    for span in sorted(by_span):
        ts = by_span[span]
        first = ts[0]
        values = sorted({t.value for t in ts})
        if first.basis == "absolute":
            out.append(first)
            continue
        value = values[0] if len(values) == 1 else container(values)
        if value is None:  # the possible dates straddle years: say so rather than pick one
            out.append(replace(first, value="XXXX", basis="unresolved"))
        else:
            out.append(replace(first, value=value, basis="inferred"))
    return out


def infer(sources: list[Source], dated_mentions: list[Mention]) -> dict[str, Inference]:
    """Publication dates for the sources without one, from the ``dated_mentions`` of
    the sources that have one."""
    dated = [s for s in sources if s.published]
    undated = [s for s in sources if not s.published]
    if not dated or not undated:
        return {}
    known = [(m, time_value(m.value)) for m in dated_mentions if m.kind == DATED]
    pubs = [time_value(s.published).first for s in dated if time_value(s.published).first]
    if not known or not pubs:
        return {}
    lo, hi = (
        V.add_days(min(pubs), -SEARCH_DAYS, clamp=True),
        V.add_days(max(pubs), SEARCH_DAYS, clamp=True),
    )
    days = [lo + timedelta(days=i) for i in range((hi - lo).days + 1)]
    out = {}
    for src in undated:
        result = _infer_one(src, days, known, dated_mentions)
        if result is not None:
            out[src.id] = result
    return out


def _quiet(message: str) -> None:
    """Trial readings against candidate days say nothing: the article's own reading
    in the build reports what it cannot read."""


def _infer_one(
    src: Source, days: list[date], known, dated_mentions: list[Mention]
) -> Inference | None:
    probe = mentions(src, tag_source(src, days[len(days) // 2].isoformat(), on_error=_quiet))
    w = Weights([m.terms for m in dated_mentions + probe])
    # which passages of this article tell a happening a dated source tells
    pairs: dict[tuple[int, int], list[tuple[Mention, object]]] = {}
    for m in probe:
        if m.kind != DATED or m.timex is None or m.timex.basis == "absolute":
            continue
        if V.parse(m.value) is None or V.parse(m.value).grain in _COARSE:
            continue  # "41 years ago" says little about the day an article was written
        same = [(k, tv) for k, tv in known if alike(w, m, k) >= SAME]
        if same:
            pairs[(m.timex.start, m.timex.end)] = same
    if not pairs:
        return None
    scored: list[tuple[int, date, list[Timex]]] = []
    for d in days:
        timexes = tag_source(src, d.isoformat(), on_error=_quiet)
        score = 0
        for t in timexes:
            matches = pairs.get((t.start, t.end))
            tv = time_value(t.value) if matches else None
            if not matches or tv is None or tv.first is None:
                continue
            # the value this day gives must overlap a dated source's value for the same happening
            score += 1 if any(tv.first <= k.last and k.first <= tv.last for _, k in matches) else -1
        scored.append((score, d, timexes))
    best = max(s for s, _, _ in scored)
    if best <= 0:
        return None
    winners = [(d, t) for s, d, t in scored if s == best]
    published = container([d.isoformat() for d, _ in winners])
    if published is None:
        return None
    first, last = winners[0][0], winners[-1][0]
    quoted = ", ".join(f"'{src.text[a:b]}'" for a, b in sorted(pairs)[:3])
    span = first.isoformat() if first == last else f"{first.isoformat()} and {last.isoformat()}"
    reason = (
        f"{best} passage{'s' if best != 1 else ''} ({quoted}) match happenings dated in other "
        f"sources only if it was published between {span}"
    )
    return Inference(published, reason, tuple(_consensus([t for _, t in winners])))
