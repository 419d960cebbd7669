"""Words of English news shared across the analysis, and how to look them up.

- ``name_words``: what tells a capitalised name is a person, a body or a country.
- ``speech``: the verbs that report speech.

The long lists are data (``dossier_tui/resources/words``), read once; this module folds
words for lookup and turns a list into a regular-expression alternation.
"""

from __future__ import annotations

import functools
import unicodedata

from dossier_tui import resources


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case, accents and apostrophes folded away: "Côte d’Ivoire" -> "cote d'ivoire". Names recur,
    so the folded forms are kept."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def alternation(words) -> str:
    """A regular-expression alternation of ``words``, longest first, in a fixed order."""
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


def words(name: str) -> frozenset[str]:
    """The words of the list ``resources/words/<name>.txt``."""
    return frozenset(resources.word_list(name))
