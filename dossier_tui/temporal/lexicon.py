"""English words for time: months, weekdays, numbers, units, seasons, parts of day.

Each table maps a lower-case surface form to its meaning; ``alt()`` turns a table into
a regex alternation (longest forms first, so "sept." wins over "sep").
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sept", "sep"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ],
    start=1,
):
    for _n in _names:
        MONTHS[_n] = _i
        if len(_n) <= 4 and _n != "may" and _n != "june" and _n != "july":
            MONTHS[_n + "."] = _i

WEEKDAYS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        ("monday", "mon."),
        ("tuesday", "tue.", "tues."),
        ("wednesday", "wed."),
        ("thursday", "thu.", "thur.", "thurs."),
        ("friday", "fri."),
        ("saturday", "sat."),
        ("sunday", "sun."),
    ],
):
    for _n in _names:
        WEEKDAYS[_n] = _i

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

PARTS_OF_DAY = {
    "morning": "MO",
    "mornings": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "midday": "MI",
    "noon": "MI",
    "lunchtime": "MI",
}

UNITS = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "fortnight": "W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "E",
    "century": "C",
    "millennium": "L",
    "weekend": "WE",
}
#: units of time of day, written after 'T' in a duration (PT2H)
TIME_UNITS = {"second", "minute", "hour"}

UNIT_PLURALS = {"centuries": "century", "millennia": "millennium"}

ONES = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
#: quantities that are not a number: the TIMEX3 value uses X ("several weeks" -> PXW)
VAGUE = {
    "a few",
    "few",
    "several",
    "some",
    "many",
    "a couple of",
    "a couple",
    "couple of",
    "a number of",
    "numerous",
    "countless",
    "a handful of",
    "dozens of",
    "hundreds of",
    "thousands of",
    "multiple",
    "various",
}

#: set words: "daily" -> P1D, "annually" -> P1Y
SET_WORDS = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "biannually": "P6M",
    "biennially": "P2Y",
}

#: words that refer to the present, the past or the future without a date
REF_WORDS = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "just now": "PAST_REF",
    "recently": "PAST_REF",
    "recent": "PAST_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "formerly": "PAST_REF",
    "previously": "PAST_REF",
    "once": "PAST_REF",
    "the future": "FUTURE_REF",
    "future": "FUTURE_REF",
    "soon": "FUTURE_REF",
    "shortly": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the coming": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "a later date": "FUTURE_REF",
}

HOLIDAYS_FIXED = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "boxing day": (12, 26),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
    "independence day": (7, 4),
    "bastille day": (7, 14),
    "guy fawkes night": (11, 5),
    "bonfire night": (11, 5),
    "st patrick's day": (3, 17),
    "st. patrick's day": (3, 17),
    "armistice day": (11, 11),
    "veterans day": (11, 11),
    "remembrance day": (11, 11),
    "may day": (5, 1),
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
