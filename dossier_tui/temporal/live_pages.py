"""The entry stamps of a live page: "2259 The BBC's Andy Gallagher says: ...".

A live page ("As it happened") is a column of short entries, each opened by the time
it was posted, written as four digits, newest first (or oldest first). Read one at a
time, those stamps look like years ("1746 UN humanitarian chief John Holmes says ..."),
and a timeline of this month's earthquake would list what was said in 1746. Read
together, they are plainly times: many sentences open on four digits that are all
valid clock times, in clock order, and some of them are no year news writes of (2300,
1100) or they fall, as no chronology does.

Each stamp is a time of the page's own day, the reference date for the newest entry;
a step back past midnight (2350 after 0010, newest first) is the day before.
"""

from __future__ import annotations

import re

from dossier_tui.temporal.context import word_before
from dossier_tui.temporal.patterns import HHMM

#: four digits opening a sentence or a line (or following a quotation that ends one
#: without a stop), before a word, a name or a quotation
_OPENER = re.compile(
    r"(?:\A|\n|[.!?](?:\s*(?:''|[\"”’')]))*\s|(?:''|[\"”])\s)\s*(?P<n>\d{4})"
    r"(?=\s+(?:[A-Z\"“‘(]|``|'))"
)
_CLOCK = re.compile(HHMM)
#: a live page has at least this many stamps
MIN_STAMPS = 4
#: stamps falling (newest first) as no chronology of years does, when this many
MIN_FALLING = 8
#: the share of steps from stamp to stamp that must go one way round the clock
ORDERED = 0.9
#: years news writes of, read as a year: a stamp outside them can only be a time
_YEARS = range(1600, 2100)

_last: tuple[str, dict[int, int]] | None = None


def live_stamps(text: str) -> dict[int, int]:
    """Where each entry stamp of a live page starts in ``text``, with how many days
    before the page's day its entry was posted; empty for any other text."""
    global _last
    last = _last  # once: another thread may replace it meanwhile
    if last is not None and last[0] is text:
        return last[1]
    found = _stamps(text)
    _last = (text, found)
    return found


#: four digits before a name, anywhere: a stamp whose entry follows a caption or a
#: headline that ends without a stop ("250,000 injured 2032 Gen Douglas Fraser says")
_BARE = re.compile(rf"(?<![\w.,:$£€#/-])(?P<n>{HHMM})(?=\s+[A-Z])")
#: words after which four digits are a year or a count, whatever follows them
_BEFORE_YEAR = frozenset(
    "the a an this that these those its his her their our my your in on since by from until"
    " till before after of for to and or at during between through".split()
)


def _between(text: str, stamps: list[tuple[int, str]], newest_first: bool) -> list[tuple[int, str]]:
    """The stamps, with those that open an entry after an unstopped line: four digits
    before a name whose time lies between the stamps on either side of them (and not
    after a word that makes them a year: "the 2004 Asian tsunami")."""
    out = list(stamps)
    for (a, sa), (b, sb) in zip(stamps, stamps[1:]):
        lo, hi = sorted((_minutes(sa), _minutes(sb)))
        if (hi - lo > 12 * 60) or (_minutes(sa) > _minutes(sb)) != newest_first:
            continue  # across midnight, or out of order: no telling what lies between
        for m in _BARE.finditer(text, a + 4, b):
            before = word_before(text, m.start()).lower().rstrip(".")
            if lo <= _minutes(m["n"]) <= hi and before not in _BEFORE_YEAR:
                out.append((m.start(), m["n"]))
    return sorted(out)


def _minutes(stamp: str) -> int:
    return int(stamp[:2]) * 60 + int(stamp[2:])


def _stamps(text: str) -> dict[int, int]:
    openers = [(m.start("n"), m["n"]) for m in _OPENER.finditer(text)]
    stamps = [(at, s) for at, s in openers if _CLOCK.fullmatch(s)]
    if len(stamps) < MIN_STAMPS or len(stamps) < ORDERED * len(openers):
        return {}
    clock = [_minutes(s) for _, s in stamps]
    steps = [b - a for a, b in zip(clock, clock[1:])]
    # (a step the other way by more than half a day passes midnight)
    falling = sum(1 for d in steps if d <= 0 or d > 12 * 60)
    rising = sum(1 for d in steps if d >= 0 or d < -12 * 60)
    newest_first = falling >= rising
    if max(falling, rising) < ORDERED * len(steps):
        return {}
    if not (
        newest_first and len(stamps) >= MIN_FALLING or any(int(s) not in _YEARS for _, s in stamps)
    ):
        return {}  # as years they could be a chronology: "1804 Haiti declares independence"
    stamps = _between(text, stamps, newest_first)
    clock = [_minutes(s) for _, s in stamps]
    # days back from the newest entry, counting each pass over midnight
    back, days = 0, []
    order = range(len(stamps)) if newest_first else range(len(stamps) - 1, -1, -1)
    prev = None
    for i in order:
        if prev is not None and clock[i] - clock[prev] > 12 * 60:
            back += 1
        days.append((stamps[i][0], back))
        prev = i
    return dict(days)
