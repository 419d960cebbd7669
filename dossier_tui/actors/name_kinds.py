"""What kind of actor a name is, and the places where a capitalised run is no actor.

A name is a country, a party, a person (an honorific, a title or a given name opens it),
a place of the gazetteer or a body (its initials, a head word such as "Office"); a run
that only opens a dateline ("LONDON -") or a group word ("Iraqis") is none.
"""

from __future__ import annotations

import re

from dossier_tui.actors.name_runs import CONNECTORS, is_capitalised, is_initials
from dossier_tui.lexicon import alternation, fold
from dossier_tui.lexicon.name_words import (
    BODY_WORDS,
    COUNTRY_OF,
    GIVEN_NAMES,
    ORG_HEADS,
    OUTLETS,
    PARTIES,
    TITLE_HEADS,
)
from dossier_tui.lexicon.speech import SAY, SAY_TELL
from dossier_tui.resources import place_kind

#: the kinds of actor
PERSON, ORG, PLACE = "person", "organisation", "place"


def is_country(name: str) -> bool:
    """True when ``name`` is a country's ("the Netherlands"); a short one only in capitals
    ("Us" in a title-case line is not the US)."""
    if len(name) <= 3 and not name.isupper():
        return False
    return fold(name) in COUNTRY_OF or fold(name.removeprefix("the ")) in COUNTRY_OF


def kind_of(words: list[str], cue: str) -> tuple[str | None, str]:
    name = " ".join(words)
    if is_country(name):
        return PLACE, "country"
    if fold(name) in PARTIES:
        return ORG, "party"
    if cue in ("honorific", "title"):
        return PERSON, cue
    if place_kind(name):
        return PLACE, "gazetteer"
    if (
        len(words) >= 2
        and is_initials(words[0])
        and len(words[0]) <= 4
        and fold(words[0]) not in COUNTRY_OF
        and not any(is_initials(w) for w in words[1:])
    ):
        return (
            ORG,
            "initials",
        )  # "BBC Radio", "NHS London": a body known by its initials, and a part of it
    heads = [i for i, w in enumerate(words[:-1]) if w in ORG_HEADS and words[i + 1] in CONNECTORS]
    if heads and cue != "honorific":
        return ORG, "head"  # "Centers for Disease Control", "Ministry of Health"
    if len(words) > 1 and words[-1] in BODY_WORDS and fold(words[0]) not in GIVEN_NAMES:
        return ORG, "head"
    if (
        words[-1] in ORG_HEADS
        and (len(words) > 1 or words[0] in OUTLETS)
        or cue == "head"
        and len(words) > 1
    ):
        return ORG, "head"
    if len(words) >= 2 and fold(words[0]) in GIVEN_NAMES and all(is_capitalised(w) for w in words):
        return PERSON, "given name"
    return None, ""


#: "Cuban Americans said": a people, not a person
GROUP = re.compile(r"(?:an|ian|ese|ish)s$")


#: what follows the place of a wire dateline: "GENEVA (Reuters) - ", "MEXICO CITY/GENEVA | Sat Apr
#: 25"
_DATELINE_TAIL = re.compile(
    r"(?:\s*/\s*[A-Z][A-Z.'’]*(?:[ ][A-Z][A-Z.'’]*)*)*[ \t]*(?:\(\w+\)[ \t]*)?"
    r"(?:[-–—]+\s+(?=[A-Z\"“‘'])|\|\s*[A-Z][a-z]{2}\b)"
)


#: what precedes it: the start of a line or a sentence, and perhaps other places of the dateline
_DATELINE_HEAD = re.compile(r"(?:^|[.!?\"”)]\s+|\n\s*)(?:[A-Z][A-Z.'’]*(?:[ \t]+|[ \t]*/[ \t]*))*$")


#: what only a wire dateline has after its place: the agency and a dash ("WASHINGTON, April
#: 30 (Reuters) - "), so it is one wherever the page's line breaks went ("... Science
#: Editor WASHINGTON (Reuters) - ")
_AGENCY_TAIL = re.compile(r"[^()\n.]{0,30}\([A-Z][A-Za-z ]{1,25}\)[ \t]*[-–—]")


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether capitals at ``start:end`` are a wire dateline's place (or one of its places)."""
    return bool(
        _DATELINE_TAIL.match(text, end) and _DATELINE_HEAD.search(text[max(0, start - 40) : start])
    ) or bool(_AGENCY_TAIL.match(text, end))


#: "the Archdiocese of Buffalo said": the place is where the speaker is from
PLACE_PREP = re.compile(r"\b(?:of|in|from|at|to|near|for)\s+$")


_SAID_BEFORE = re.compile(rf"\b(?:{SAY}|according to)\s+$")


SAID_AFTER = re.compile(rf"\s+(?:{SAY_TELL}|added|stated)\b")


_TITLED_AFTER = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'\-]+\s+){0,5}?(?:" + alternation(TITLE_HEADS) + r")\b"
)


#: "his lawyer, Lara Quinn": a title in lower case right before the name
_TITLED_BEFORE = re.compile(
    r"(?<![\w’'])(?-i:[a-z][\w’'\-]*\s+)?(?:" + alternation(TITLE_HEADS) + r"),?\s+$"
)


def speaks_or_titled(text: str, start: int, end: int) -> bool:
    """ "said Armando Gutierrez", "Armando Gutierrez said", "Armando Gutierrez, spokesman for",
    "his lawyer, Armando Gutierrez": only people speak and hold titles."""
    return bool(
        _SAID_BEFORE.search(text, max(0, start - 20), start)
        or SAID_AFTER.match(text, end)
        or _TITLED_AFTER.match(text, end)
        or _TITLED_BEFORE.search(text, max(0, start - 40), start)
    )
