"""What the words of a headline are, read without a parser: the forms and places
that tell a finite verb, and the words a phrase may not end on or that open one.

English news conventions only; ``short_headline`` cuts headlines by them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from dossier_tui.actors.lexicon import SPEECH_VERBS

_CONTRACTED = re.compile(r"\w['’](?:ve|re|ll|d|m)$|n['’]t$")
_CORE = re.compile(r"^[\"“‘'(\[]*(.*?)[\"”’'),.;:!?\]…]*$")
POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
#: words a phrase cannot end on
DANGLING = frozenset(
    """
a an the of to in on at by for with from into onto over under about against between than as and or but nor
so that which who whom whose when where while if because after before since until during its his her their
following including ahead next last every each some any all both either neither
our my your this these those is are was were be been being has have had will would can could may might
shall should must do does did not no very more most such said says told says, including like per via
""".split()
)
#: words that open a trailing phrase the head can stand without
OPENERS = frozenset(
    """
in on at by for with from into onto over under about against between across through throughout toward
towards near off amid among around along behind beyond despite without within upon via after before
below above beneath inside outside past
since until during while when where as because although though whereas if unless so and but or
which who whom whose that including following ahead
""".split()
)
AUX = frozenset(
    """
is are was were has have had will would can could may might shall should must does did do am
""".split()
)
PAST = frozenset(
    """
said told met took made went came gave left began held saw won lost sent paid set put fled led ran rose fell
struck spoke found brought bought caught thought kept knew grew drew threw wore broke chose froze stole rode
wrote drove hit cut shut quit let spread hurt cost beat fought sought taught sold sat stood sank sang rang
swam became withdrew upheld overcame overturned forgave forbade arose awoke bore bound bled bred built burnt
clung crept dealt dug fed felt flew forgot got hung heard hid laid lent lit meant paid read rang sought shook
shot slid slept spent spun split stuck stung swept swore swung tore woke wound died tied lied owed used axed
""".split()
)
#: present-tense verbs of headlines ("Murray tells judge", "Rescuers applaud")
PRESENT = frozenset(
    """
says tells leaves visits meets signs calls goes wins dies faces backs admits denies warns urges vows plans
agrees launches opens closes arrives returns resigns quits hits kills rejects accepts announces claims
applaud applauds begins ends seeks asks gets gives takes makes sets puts pulls pays holds keeps brings
""".split()
)
#: words that open a subordinate clause before the main one
LEADING = frozenset(
    "after before while when although though as since despite following having "
    "once if unless whilst amid with in on at across throughout during for from by under".split()
)
#: what opens a clause, not a phrase, inside a subject: dropping it leaves a verb without its subject
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
_NOUNS_LIKE_ADJECTIVES = frozenset(
    """
official trial appeal arrival approval proposal rival festival hospital capital signal total general
criminal individual executive detective relative representative objective initiative alternative
incentive motive native removal survival denial tribunal council funeral refusal memorial potential
material professional withdrawal renewal dismissal journal animal terminal manual scandal ritual
""".split()
)


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
    """Whether ``word`` reads as a finite verb between these two (the same words, the same answer)."""
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
        return nxt != "by" and prev not in OPENERS
    return False


def first_verb(words: Sequence[str]) -> int | None:
    return next((i for i in range(len(words)) if is_verb(words, i)), None)


def adjective(word: str) -> bool:
    """A word that reads as an adjective ("illegal", "dangerous"): a phrase does not end on it."""
    return (
        len(word) > 4
        and word.endswith(("al", "ous", "ful", "ive"))
        and word not in _NOUNS_LIKE_ADJECTIVES
    )
