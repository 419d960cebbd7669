"""Regular-expression fragments the tagger rules are written with.

A rule's pattern (in ``rules/``) only *finds* spans; these are the pieces they share:
month and weekday names, days, years, units, time zones, spelled-out years, and the
modifiers written before a date or a quantity. All are for case-insensitive use.
"""

from __future__ import annotations

import re

from dossier_tui.temporal.lexicon import (
    MONTHS,
    WEEKDAYS,
    alt,
)
from dossier_tui.word_tables import section

MON = r"(?:" + alt(MONTHS) + r")(?![\w])"
#: month names that may stand alone: full names and dotted abbreviations
MON_FULL = (
    r"(?:" + alt([m for m in MONTHS if len(m) > 3 or m.endswith(".") or m == "may"]) + r")(?![\w])"
)
WD = r"(?:" + alt(WEEKDAYS) + r")(?![\w])"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
#: a time zone as news writes it after a clock time, capitals only ("1930 CDT", not "est")
ZONE = (
    r"(?-i:[ECMPA][SD]T|GMT|UTC|BST|CET|CEST|EET|EEST|IST|JST|MSK|GMT[+-]\d{1,2}|UTC[+-]\d{1,2})"
    r"|local\s+time"
)
#: four digits that are a time of day: "1930", "0805"
HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"
#: a year: four digits no time zone follows ("19 January, 1130 GMT" is a day and a time)
YEAR = rf"(?:1[0-9]\d\d|20\d\d)(?![\d])(?!\s*\(?(?:{ZONE})(?![\w]))"
POD = r"(?:morning|afternoon|evening|night|overnight)"
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?"
    r"|years?|decades?|century|centuries|millennium|millennia)"
)
UNIT1 = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century)"
REL = r"(?:last|this|next|this\s+past|this\s+coming|coming|past)"
SEASON = r"(?:spring|summer|autumn|fall|winter)"
QORD = r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
YEARREL = r"(?:this|last|next)\s+year"
TZ = r"(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EEST|GMT[+-]\d{1,2})"
SPELLED_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
SPELLED_TEENS = r"(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
SPELLED_TENS = r"(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
SPELLED_YEAR = (
    rf"(?:(?:eighteen|nineteen)[-\s]+(?:hundred|{SPELLED_TENS}(?:[-\s]+{SPELLED_ONES})?"
    rf"|{SPELLED_TEENS}|oh[-\s]+{SPELLED_ONES})"
    rf"|two\s+thousand(?:\s+and)?\s+(?:{SPELLED_TEENS}|{SPELLED_ONES}|ten))"
)
QMOD = (
    r"(?:about|around|nearly|almost|more\s+than|less\s+than|fewer\s+than|at\s+least"
    r"|roughly|approximately|some|over|under|up\s+to|just\s+over|just\s+under|well\s+over)"
)

_COUNTED_UNITS = [row for row in section("time_words", "unit") if row[0] != "weekend"]
#: keywords of the rules that name a unit: the singular, and the singular and plural
UNIT1_WORDS = " ".join(unit for unit, _, _ in _COUNTED_UNITS)
UNIT_WORDS = UNIT1_WORDS + " " + " ".join(plural for _, _, plural in _COUNTED_UNITS)
MONTH_WORDS = " ".join(sorted({m.rstrip(".") for m in MONTHS}))
WEEKDAY_WORDS = " ".join(sorted({w.rstrip(".") for w in WEEKDAYS}))
POD_WORDS = "morning afternoon evening night overnight"

#: a modifier in front of a date ("early 2023", "the end of May") and what it means
POS_MOD_RE = re.compile(
    r"(?:(?P<of>(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn)\s+of\s+)"
    r"|(?P<pos>early|late|mid|middle)(?:-|\s+))$",
    re.I,
)
#: a modifier in front of a quantity ("nearly two years", "more than a decade ago")
Q_MOD_RE = re.compile(rf"(?<![\w])(?P<q>{QMOD})\s+$", re.I)

POS_MODS = {
    "early": "START",
    "beginning": "START",
    "start": "START",
    "late": "END",
    "end": "END",
    "close": "END",
    "mid": "MID",
    "middle": "MID",
    "turn": "MID",
}
Q_MODS = {
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "some": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "under": "LESS_THAN",
    "just under": "LESS_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "just over": "MORE_THAN",
    "well over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS",
}
