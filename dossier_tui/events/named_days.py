"""Days without their year that name a happening of an earlier year ("the September 11
attacks", "the lessons of September 11"), read across the corpus.

An article gives a day without its year the year of its nearest occurrence (leaning to
the past or the future as the clause does), and it cannot do better: the text does not
say. But the name of a happening nobody announces ahead (attacks, deaths, earthquakes)
outlives its year, and a corpus shows when it has: a source writes the year ("the
September 11 2001 attacks"), or a source written before the day already names it as
done, or the articles' own readings of the name fall in different years. The day is then
the earliest year's, and a later year an article gave it is not a happening of that
year, unless a source writes that year too ("his death on 25 June 2009" keeps the 2009
of "his death on 25 June"): such a mention dates nothing.

The same holds for the day alone ("since September 11"), except in a source written
within a week of the day it was read as (that is the news of its week: a new happening
on the day) or a sentence that speaks of the anniversary ("a tribute show scheduled for
25 June, the anniversary of his death").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from dossier_tui.events.mentions import DATED, Mention, names_past_happening, year_written
from dossier_tui.model import Source
from dossier_tui.temporal.values import time_value

#: a source written this close to the day it reads is telling that day's news
_NEWS_DAYS = 7
_ANNIVERSARY = re.compile(r"\banniversar(?:y|ies)\b|\bcommemorat", re.I)

Day = tuple[int, int]  # (month, day)


def _date(value: str | None) -> date | None:
    """The day a value names, if it names one (a time of day names its day)."""
    tv = time_value(value) if value else None
    return tv.first if tv is not None and tv.first is not None and tv.first == tv.last else None


def _named_day(m: Mention) -> date | None:
    """The day of a happening nobody announces ahead that the mention names by it."""
    if not m.named or not names_past_happening(m.headline):
        return None
    return _date(m.value)


def _latest_by(day: Day, written: date) -> int:
    """The latest year in which ``day`` came on or before ``written``."""
    return written.year if day <= (written.month, written.day) else written.year - 1


def dated_by_name(mentions: Iterable[Mention], sources: Iterable[Source]) -> list[Mention]:
    """``mentions`` without those that date a happening by a later year than the corpus
    shows its day's name is of, and without those an article already found to name a
    happening of an earlier year (``Mention.earlier``)."""
    mentions, sources = list(mentions), list(sources)
    published = {s.id: _date(s.published) for s in sources}
    earliest: dict[Day, int] = {}
    written: set[tuple[Day, int]] = set()  # days given with their year
    for m in mentions:
        d = _named_day(m)
        if d is None or m.timex is None:
            continue
        day, year = (d.month, d.day), d.year
        if year_written(m.timex):
            written.add((day, year))
        elif m.earlier:
            when = published.get(m.source)
            if when is None:
                continue
            year = _latest_by(day, when)
        earliest[day] = min(year, earliest.get(day, year))
    if not earliest:
        return [m for m in mentions if not m.earlier]
    text = {s.id: s.text for s in sources}
    out = []
    for m in mentions:
        if m.earlier:
            continue
        if m.kind == DATED and m.timex is not None and not year_written(m.timex):
            d = _date(m.value)
            day = (d.month, d.day) if d is not None else None
            if (
                d is not None
                and d.year > earliest.get(day, d.year)
                and (day, d.year) not in written
                and (_named_day(m) is not None or not _own_year(m, d, published, text))
            ):
                continue
        out.append(m)
    return out


def _own_year(m: Mention, d: date, published: dict, text: dict) -> bool:
    """Whether the passage tells the day of the year it was read as: its source was
    written that week, or it speaks of the day's anniversary."""
    written = published.get(m.source)
    if written is not None and abs((written - d).days) <= _NEWS_DAYS:
        return True
    return bool(_ANNIVERSARY.search(text.get(m.source, ""), *m.sentence))
