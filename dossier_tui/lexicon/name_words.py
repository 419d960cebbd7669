"""Words that tell what a capitalised name is: English news conventions, not a list
of the people in any one story (the long lists are ``resources/words``).

A name is a person when a title, an honorific or a common given name comes with it,
an organisation when it ends in a word that names a body ("Office", "Police",
"Party", "News"), and a place that acts as a party when it is a country.
"""

from __future__ import annotations

import re

from dossier_tui import resources
from dossier_tui.lexicon import fold, words

#: written before a person's surname
HONORIFICS = words("honorifics")

#: words that end a title ("Home Secretary", "immigration minister", "chief executive")
TITLE_HEADS = frozenset(w.casefold() for w in words("title_heads"))

#: a name whose last word is one of these is an organisation
ORG_HEADS = words("organisation_heads")

#: last words of bodies that are also surnames ("Red Cross", "Amnesty International", "Human
#: Rights Watch"): a body's when no given name opens the name ("Emily Cross" is a person)
BODY_WORDS = words("body_words")

#: short forms of given names: "Ed Chernoff" is "Edward Chernoff" when no other Chernoff is about
NICKNAMES = {
    fold(short): fold(full)
    for full, *shorts in map(str.split, resources.word_list("nicknames"))
    for short in shorts
}

#: newspapers known by one word ("the Guardian")
OUTLETS = frozenset(
    "Guardian Times Telegraph Observer Independent Herald Tribune "
    "Economist Reuters Bloomberg".split()
)

#: single-word bodies that news names without a head word
PARTIES = {
    "labour": "Labour Party",
    "conservatives": "Conservative Party",
    "tories": "Conservative Party",
    "tory": "Conservative Party",
    "democrats": "Democratic Party",
    "republicans": "Republican Party",
    "liberal democrats": "Liberal Democrats",
    "lib dems": "Liberal Democrats",
    "commons": "House of Commons",
    "lords": "House of Lords",
    "pentagon": "Pentagon",
    "kremlin": "Kremlin",
    "vatican": "Vatican",
    "whitehall": "Whitehall",
}

#: countries and the other names news gives them (``resources/countries.tsv``); the first
#: form is the reference one. Demonyms are left out: "British" is not a name of the UK.
COUNTRIES: tuple[tuple[str, ...], ...] = tuple(c.names for c in resources.countries())

#: folded country name, with or without a leading "the" -> reference name
COUNTRY_OF = {fold(p + v): names[0] for names in COUNTRIES for v in names for p in ("", "the ")}

#: words that open a sentence without being part of a name
SENTENCE_OPENERS = frozenset(w.casefold() for w in words("sentence_openers"))

#: given names common in English-language news, a person's name when one opens it
GIVEN_NAMES = frozenset(map(fold, words("given_names")))

#: the given names of GIVEN_NAMES that are women's, so that "Mrs" and "Ms" find a woman
FEMALE_NAMES = frozenset(map(fold, words("female_names")))
#: honorifics that say a person is a man or a woman; "Mrs Blair" is never Tony Blair
MALE_HONORIFICS = frozenset("Mr Mr. Sir Lord Herr Senor Señor".split())
FEMALE_HONORIFICS = frozenset("Mrs Mrs. Ms Ms. Miss Dame Lady Mme Mme. Mlle Senora Señora".split())


#: "Ki-moon", "Jong-un": a given name of two syllables joined by a hyphen, which Korean
#: names write after the family name ("Ban Ki-moon"; a double surname has two capitals)
_GIVEN_AFTER = re.compile(r"[A-Z][a-z]+-[a-z]+")


def family_name(words: list[str]) -> str:
    """The family name among a full name's words: the last ("Margaret Chan"), but the
    first before a hyphened given name ("Ban Ki-moon" is Mr Ban)."""
    if len(words) >= 2 and _GIVEN_AFTER.fullmatch(words[-1]):
        return words[0]
    return words[-1]
