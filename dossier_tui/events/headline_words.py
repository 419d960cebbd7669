"""What the words of a headline are, read without a parser: the forms and places
that tell a finite verb, and the words a phrase may not end on or that open one
(the lists are ``resources/words``).

English news conventions only; ``short_headline`` cuts headlines by them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from dossier_tui.lexicon import words
from dossier_tui.lexicon.speech import SPEECH_VERBS

_CONTRACTED = re.compile(r"\w['’](?:ve|re|ll|d|m)$|n['’]t$")
_CORE = re.compile(r"^[\"“‘'(\[]*(.*?)[\"”’'),.;:!?\]…]*$")
POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
#: words a phrase cannot end on
DANGLING = words("dangling_words")
#: words that open a trailing phrase the head can stand without
PHRASE_OPENERS = words("phrase_openers")
#: auxiliary and modal verbs
AUX = words("auxiliaries")
#: past tenses not in -ed ("said", "met", "fled")
PAST = words("past_verbs")
#: present-tense verbs of headlines ("Murray tells judge", "Rescuers applaud")
PRESENT = words("present_verbs")
#: words that open a subordinate clause before the main one
LEADING = frozenset(
    "after before while when although though as since despite following having "
    "once if unless whilst amid with in on at across throughout during for from by under".split()
)
#: what opens a clause, not a phrase, inside a subject: dropping it leaves a verb without its
#: subject
KEEPS_SUBJECT = frozenset(
    "and or but that who which to after before when while as since until because if "
    "although though whereas unless so where".split()
)
#: verbs whose object is a clause: what was said or found is the news
REPORTING = SPEECH_VERBS | frozenset(
    "revealed reveals found finds showed shows confirmed confirms "
    "disclosed discloses reported reports ruled rules".split()
)
#: words in -ed that are no verbs
_NOT_PAST = frozenset(
    "indeed speed breed bleed greed creed steed tweed hundred kindred sacred naked wicked "
    "rugged ragged wretched beloved".split()
)
#: words in -ly that are no adverbs
NOT_ADVERBS = frozenset(
    "family supply reply rally italy july only early likely elderly friendly "
    "assembly monopoly ally holy daily weekly monthly yearly nightly".split()
)
_NOUNS_LIKE_ADJECTIVES = words("nouns_like_adjectives")


@functools.lru_cache(maxsize=1 << 16)
def core(token: str) -> str:
    """A token without the punctuation around it, in lower case."""
    m = _CORE.match(token)
    return (m.group(1) if m else token).casefold()


def is_verb(words: Sequence[str], i: int) -> bool:
    """Whether the ``i``-th word reads as a finite verb (no parser: its form and place)."""
    return i > 0 and _verb_between(
        words[i - 1], words[i], words[i + 1] if i + 1 < len(words) else ""
    )


@functools.lru_cache(maxsize=1 << 16)
def _verb_between(before: str, word: str, after: str) -> bool:
    """Whether ``word`` reads as a finite verb between these two (the same words, the
    same answer)."""
    w, prev, nxt = core(word), core(before), core(after)
    if prev in ("the", "a", "an", "to", "of", "his", "her", "its", "their") or POSSESSIVE.search(
        prev
    ):
        return False
    if w in AUX or w in PAST or w in PRESENT:
        return True
    if _CONTRACTED.search(w):
        return True  # "I've", "they're", "can't"
    if len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST and w.isalpha():
        # "attempts prevented by the French", "arising from alleged incidents": no verb
        return nxt != "by" and prev not in PHRASE_OPENERS
    return False


def first_verb(words: Sequence[str]) -> int | None:
    """Where the first verb of ``words`` is, if any; remembered for the words, as the ways
    of shortening a headline ask it of the same words again and again."""
    return _first_verb(tuple(words))


@functools.lru_cache(maxsize=1 << 12)
def _first_verb(words: tuple[str, ...]) -> int | None:
    return next((i for i in range(len(words)) if is_verb(words, i)), None)


def adjective(word: str) -> bool:
    """A word that reads as an adjective ("illegal", "dangerous"): a phrase does not end on it."""
    return (
        len(word) > 4
        and word.endswith(("al", "ous", "ful", "ive"))
        and word not in _NOUNS_LIKE_ADJECTIVES
    )
