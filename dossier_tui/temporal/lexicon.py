"""English words for time: months, weekdays, numbers, units, seasons, parts of day.

Each table maps a lower-case surface form to its meaning. The tables are data
(``resources/time_words.tsv``; months and weekdays come from ``calendar_words``);
``alt()`` turns a table into a regex alternation (longest forms first, so "sept." wins
over "sep").
"""

from __future__ import annotations

import re

from dossier_tui.calendar_words import MONTHS, WEEKDAYS
from dossier_tui.word_tables import section

__all__ = [
    "COUNT",
    "HOLIDAYS_FIXED",
    "MONTHS",
    "NUM",
    "ORD",
    "ORDINALS",
    "PARTS_OF_DAY",
    "REF_WORDS",
    "SEASONS",
    "SET_WORDS",
    "TIME_UNITS",
    "UNITS",
    "UNIT_PLURALS",
    "VAGUE",
    "WEEKDAYS",
    "alt",
    "number",
    "ordinal",
    "spelled_year",
]


def _table(kind: str) -> dict[str, str]:
    return {word: value for word, value, *_ in section("time_words", kind)}


SEASONS = _table("season")
PARTS_OF_DAY = _table("part_of_day")
UNITS = _table("unit")
#: units of time of day, written after 'T' in a duration (PT2H)
TIME_UNITS = {"second", "minute", "hour"}
#: plurals that are not the unit with an "s": "centuries", "millennia"
UNIT_PLURALS = {
    plural: unit for unit, _, plural in section("time_words", "unit") if plural != unit + "s"
}
_NUMBERS = {word: int(n) for word, n in _table("number").items()}
ONES = {w: n for w, n in _NUMBERS.items() if n < 20}
TENS = {w: n for w, n in _NUMBERS.items() if n >= 20}
ORDINALS = {word: int(n) for word, n in _table("ordinal").items()}
#: quantities that are not a number: the TIMEX3 value uses X ("several weeks" -> PXW)
VAGUE = {words for (words,) in section("time_words", "vague")}
#: set words: "daily" -> P1D, "annually" -> P1Y
SET_WORDS = _table("set")
#: words that refer to the present, the past or the future without a date
REF_WORDS = _table("ref")
HOLIDAYS_FIXED = {
    name: (int(month), int(day)) for name, month, day in section("time_words", "holiday")
}


def alt(words) -> str:
    """Regex alternation of ``words``, factored as a trie ("sept" and "sept." share a
    branch). Python's regex engine tries alternatives one by one, so a trie makes
    long word lists (numbers, months) cheap to scan for; matching stays greedy."""
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = [re.escape(ch) + _trie_regex(sub) for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return ("(?:" + body + ")?") if len(branches) == 1 else body + "?"
    return body


def number(word: str) -> int | None:
    """Value of a number written in digits or words ("twenty-five", "a", "1,000")."""
    w = word.lower().replace(",", "").strip()
    if w.isdigit():
        return int(w)
    if w in ("a", "an", "one"):
        return 1
    if w in ONES:
        return ONES[w]
    if w in TENS:
        return TENS[w]
    if w in ("a dozen", "dozen"):
        return 12
    if w in ("a hundred", "hundred", "one hundred"):
        return 100
    if w in ("a half", "half a", "half an"):
        return None
    parts = re.split(r"[-\s]+", w)
    if len(parts) == 2 and parts[0] in TENS and parts[1] in ONES and ONES[parts[1]] < 10:
        return TENS[parts[0]] + ONES[parts[1]]
    return None


_NUM_WORDS = (
    list(ONES)
    + list(TENS)
    + [f"{t}-{o}" for t in TENS for o in list(ONES)[1:10]]
    + [f"{t} {o}" for t in TENS for o in list(ONES)[1:10]]
)
#: a cardinal number in digits or words
NUM = (
    r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d+)?(?!\d)|\d{5,}|"
    + alt(_NUM_WORDS + ["a dozen", "dozen", "a hundred", "hundred"])
    + r")"
)
#: a count: a number, "a"/"an", or a vague quantity
COUNT = r"(?:" + NUM + r"|an?|" + alt(VAGUE) + r")"
ORD = alt(list(ORDINALS)) + r"|\d{1,2}(?:st|nd|rd|th)"


def ordinal(word: str) -> int | None:
    w = word.lower()
    if w in ORDINALS:
        return ORDINALS[w]
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", w)
    return int(m.group(1)) if m else None


def spelled_year(words: str) -> int | None:
    """'nineteen ninety-four' -> 1994, 'two thousand and three' -> 2003."""
    w = words.lower().replace("-", " ").split()
    if not w:
        return None
    if w[:2] == ["two", "thousand"]:
        rest = [x for x in w[2:] if x != "and"]
        if not rest:
            return 2000
        n = number(" ".join(rest)) if len(rest) == 1 else number("-".join(rest))
        return 2000 + n if n is not None and n < 100 else None
    if w[0] in ONES and 10 <= ONES[w[0]] <= 20 or w[0] == "twenty":
        hundreds = ONES.get(w[0], 20)
        rest = w[1:]
        if rest == ["hundred"]:
            return hundreds * 100
        if not rest:
            return None
        n = number(rest[0]) if len(rest) == 1 else number("-".join(rest))
        if n is None or n >= 100 or n < 10:
            return None
        return hundreds * 100 + n
    return None
