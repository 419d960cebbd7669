"""What a timeline filter asks for: dates written as people write them, and words.

The timeline's headings read "August 2023" and its rows "Tue 8 Aug 2023", so a person
filters with those words: ``August 2023``, ``aug``, ``8 Aug``, ``autumn 2023``,
``Q3 2023``, or an ISO prefix such as ``2023-08``. Each run of date words becomes one
pattern over an event's TIMEX3 value and its first and last day; the other words are
searched in the text. A word in quotes (``"may"``) is always text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier_tui.temporal.lexicon import MONTHS, SEASONS, WEEKDAYS

#: an ISO date or a prefix of one: 2023, 2023-08, 2023-08-0, 2023-W32
ISO_PREFIX = re.compile(r"\d{4}(-(W\d{0,2}|\d{1,2}(-\d{1,2})?))?-?")
_YEAR = re.compile(r"[12]\d{3}")
_DAY = re.compile(r"(\d{1,2})(st|nd|rd|th)?")
_QUARTER = re.compile(r"q([1-4])")
#: weekday names as date labels write them short ("Tue 8 Aug 2023"), besides the full ones
_WEEKDAYS = set(WEEKDAYS) | {w.rstrip(".") for w in WEEKDAYS} | {"tue", "thu"}


@dataclass(frozen=True)
class Query:
    """``dates``: each a GLOB pattern and the days the date it names may cover. An event
    passes one if its value matches the pattern, or its first or last day does and it
    covers no more days than that (a week across two months is in both; the year 2023
    is not "in" December 2023). It must pass one of them ("Aug 2023 Sep 2023": either
    month). ``words``: case-folded words its text must all hold."""

    dates: tuple[tuple[str, int], ...] = ()
    words: tuple[str, ...] = ()


def _kind(token: str) -> tuple[str, object] | None:
    """What a date word is (month, season, quarter, year, day, weekday), or None."""
    bare = token.rstrip(".")
    if token in MONTHS or bare in MONTHS:
        return "month", MONTHS.get(token, MONTHS.get(bare))
    if bare in SEASONS:
        return "season", SEASONS[bare]
    if m := _QUARTER.fullmatch(bare):
        return "quarter", int(m.group(1))
    if _YEAR.fullmatch(bare):
        return "year", bare
    if (m := _DAY.fullmatch(bare)) and 1 <= int(m.group(1)) <= 31:
        return "day", int(m.group(1))
    if token in _WEEKDAYS or bare in _WEEKDAYS:
        return "weekday", None
    return None


def _pattern(date: dict[str, object]) -> tuple[str, int] | None:
    """The GLOB of one date read from words and the most days it covers, or None if it
    names none (a weekday alone)."""
    year = date.get("year", "????")
    if "month" in date:
        if "day" in date:
            return f"{year}-{date['month']:02d}-{date['day']:02d}*", 1
        return f"{year}-{date['month']:02d}*", 31
    if "season" in date:
        return f"{year}-{date['season']}*", 92
    if "quarter" in date:
        return f"{year}-Q{date['quarter']}*", 92
    return (f"{year}*", 366) if "year" in date else None


def _iso(token: str) -> tuple[str, int]:
    """The GLOB of an ISO date or prefix (``2023-08``, ``2023-W32``) and the days it covers."""
    parts = token.rstrip("-").split("-")
    days = 7 if "W" in token else {1: 366, 2: 31}.get(len(parts), 1)
    return token + "*", days


def _dates(run: list[tuple[str, object, str]]) -> tuple[list[tuple[str, int]], list[str]]:
    """The date patterns a run of date words makes, and the words of it that date nothing
    (a number with no month, a weekday with no date): those are searched as text."""
    patterns: list[tuple[str, int]] = []
    words: list[str] = []
    date: dict[str, object] = {}
    held: list[tuple[object, str]] = []  # days read before their month ("8 Aug")
    weekdays: list[str] = []

    def close() -> None:
        nonlocal date
        pattern = _pattern(date)
        if pattern is not None:
            patterns.append(pattern)
        date = {}

    for kind, value, token in run:
        if kind == "weekday":
            weekdays.append(token)
        elif kind == "day":
            if "month" in date and "day" not in date and "year" not in date:
                date["day"] = value
            else:
                words.extend(t for _, t in held)
                held = [(value, token)]
        else:
            periods = {"month", "season", "quarter"}
            if kind in date or (kind in periods and periods & date.keys()):
                close()
            date[kind] = value
            if kind == "month" and held:
                date["day"] = held.pop()[0]
            words.extend(t for _, t in held)
            held = []
    close()
    words.extend(t for _, t in held)
    if not patterns:
        words.extend(weekdays)
    return patterns, words


def parse(text: str) -> Query:
    """The dates and words of a filter's ``text``."""
    dates: list[tuple[str, int]] = []
    words: list[str] = []
    run: list[tuple[str, object, str]] = []

    def flush() -> None:
        found, loose = _dates(run)
        dates.extend(found)
        words.extend(loose)
        run.clear()

    for raw in text.split():
        if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
            flush()
            words.append(raw[1:-1].casefold())
            continue
        token = raw.casefold().strip(",;")
        if "-" in token and ISO_PREFIX.fullmatch(token.upper()):
            flush()
            dates.append(_iso(token.upper()))
        elif (kind := _kind(token)) is not None:
            run.append((kind[0], kind[1], token))
        else:
            flush()
            words.append(token)
    flush()
    return Query(tuple(dict.fromkeys(dates)), tuple(w for w in dict.fromkeys(words) if w))
