"""What a word in a title can be, as English news writes titles.

A title written before a name ("Deputy Health Minister", "Secretary of State",
"Principal of St Anne's College") ends on a title word; a word of time ("On Saturday
Foreign Minister ...", "10:05 GMT President ...") or a preposition left hanging ("a
spokeswoman for Dr ...") tells that what stands before the name is not its title.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier_tui.lexicon import fold as _fold
from dossier_tui.lexicon import words
from dossier_tui.lexicon.name_words import GIVEN_NAMES, HONORIFICS, ORG_HEADS, TITLE_HEADS
from dossier_tui.temporal.lexicon import MONTHS, PARTS_OF_DAY, WEEKDAYS
from dossier_tui.temporal.patterns import ZONE

#: words that may stand in a title before its head ("shadow home secretary")
MODIFIERS = words("title_modifiers")

#: small words that join a title's parts and can neither open nor end one
FUNCTION_WORDS = frozenset("of for in the a an to at on and with by from as or into about".split())

#: titles that news also uses as given names ("Prince", "King", "Princess")
NAME_TITLES = frozenset("king queen prince princess".split())

#: titles of monarchs and popes, written before a given name ("King Abdullah", "Pope Benedict")
REGNAL = NAME_TITLES | frozenset("emperor empress sultan emir pope".split())

#: words that open a place's name: a title does not end on them ("Dean of St Paul's")
_NAME_OPENERS = frozenset("st st. saint san santa los las new fort mount port el la le".split())
#: words recur, and folding one is costly: fold each once
fold = lru_cache(maxsize=8192)(_fold)

_TIME_WORDS = frozenset(
    fold(w.rstrip(".")) for w in [*MONTHS, *WEEKDAYS, *PARTS_OF_DAY]
) | frozenset("today tonight yesterday tomorrow am pm a.m p.m noon midnight".split())
_ZONE = re.compile(rf"(?:{ZONE})")
_ORG_WORDS = frozenset(fold(w) for w in ORG_HEADS)
_HONORIFIC_WORDS = frozenset(fold(w.rstrip(".")) for w in HONORIFICS)
_GENERATIONS = frozenset("jr jr. sr sr. junior senior ii iii iv".split())


def is_time(word: str) -> bool:
    """A weekday, month, time of day, clock time or time zone: "Saturday", "GMT", "10:05"."""
    return (
        any(c.isdigit() for c in word)
        or fold(word.rstrip(".,")) in _TIME_WORDS
        or bool(_ZONE.fullmatch(word))
    )


def is_head(word: str) -> bool:
    return fold(word.strip("()")) in TITLE_HEADS


def is_honorific(word: str) -> bool:
    return fold(word.rstrip(".")) in _HONORIFIC_WORDS


def is_given_name(word: str) -> bool:
    return word[:1].isupper() and fold(word) in GIVEN_NAMES


def is_generation(word: str) -> bool:
    """ "Jr", "II": the name is a namesake's, not the bearer's own."""
    return fold(word) in _GENERATIONS


def ends_title(word: str) -> bool:
    """A word a title written before a name can end on: a head ("Minister"), a word of its
    office ("Secretary of State", "Minister for Finance") or a body ("University of ...")."""
    w = fold(word.strip("()"))
    return w in TITLE_HEADS or w in MODIFIERS or w in _ORG_WORDS or w.rstrip("s") in _ORG_WORDS


def opens_name(word: str) -> bool:
    """ "St", "Los", "New": the name goes on past this word, so a title cannot end on it."""
    return fold(word) in _NAME_OPENERS
