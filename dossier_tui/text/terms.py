"""Content terms and their weights: how two wordings of one happening are compared.

Terms are lower-case, stemmed content words, with every name of a country folded to
one term ("Côte d'Ivoire", "Ivory Coast", "Ivorian") and the words of one news-word family to
one ("agreed", "deal", "pact"), so that two outlets' wordings of one happening can be
compared. The countries and families are data (``dossier_tui/resources``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Sequence
from functools import cache, lru_cache
from itertools import chain
from operator import itemgetter

import Stemmer

from dossier_tui import resources
from dossier_tui.calendar_words import MONTHS, WEEKDAYS
from dossier_tui.lexicon import words

#: words that tell no happening (``resources/words/stopwords.txt``)
STOPWORDS = words("stopwords") | {w.rstrip(".") for w in (*MONTHS, *WEEKDAYS)}

_TERM_RE = re.compile(r"[^\W\d_][\w'’.-]*[^\W_]|[^\W\d_]", re.U)
_STEMMER = Stemmer.Stemmer("english")


@cache
def _families() -> dict[str, str]:
    """Stem of each word of a news-word family -> the stem of the family's reference
    term, so that "agreed", "deal" and "pact" compare as one word."""
    return {
        _STEMMER.stemWord(v): _STEMMER.stemWord(ref) for v, ref in resources.word_families().items()
    }


@lru_cache(maxsize=1 << 16)
def _term(word: str, capital: bool) -> str | None:
    """The comparable form of one lower-case word (``capital``: written with a capital,
    so it may name a country), or None for a stop word."""
    if capital:
        country = resources.country_of(word) or resources.country_of(word + ".")
        if country is not None:
            return "country:" + country.casefold()
    word = word.strip(".")
    if len(word) < 2 or word in STOPWORDS:
        return None
    base = _STEMMER.stemWord(word)
    if len(base) >= 6 and base.endswith("er"):
        base = base[:-2]  # who does it, as what is done: "bombers", "bombing"
    return _families().get(base, base)


_fold = lru_cache(maxsize=1 << 16)(resources.fold)


@cache
def _phrase_starts() -> frozenset[str]:
    """First words of the country names of several words ("united", "côte", "trinidad")."""
    return frozenset(
        resources.fold(form).split()[0]
        for c in resources.countries()
        for form in c.forms
        if " " in form.strip()
    )


def _country_phrase(raws: list[str], i: int) -> tuple[str, int] | None:
    """The country term of the longest country name of two to four words at ``i``,
    with its length in words."""
    if _fold(raws[i]) not in _phrase_starts():
        return None
    for n in (4, 3, 2):
        if i + n <= len(raws):
            country = resources.country_of(" ".join(raws[i : i + n]))
            if country is not None:
                return "country:" + country.casefold(), n
    return None


@lru_cache(maxsize=1 << 17)
def _token_terms(raw: str) -> tuple[str, ...]:
    """The terms of one written word: "U.S." and "Britons" name a country, "bombers'"
    is "bomb", "cross-border" is "cross" and "border"."""
    w = raw.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    capital = raw[0].isupper()
    if "." in w:  # "U.S.", "U.N.": an abbreviation is one word
        t = _term(w, capital) if capital else None
        if t is not None and t.startswith("country:"):
            return (t,)
        w = w.replace(".", "") if re.fullmatch(r"(?:\w\.)+\w?", w) else w
    return tuple(t for part in re.split(r"[-']", w) if (t := _term(part, capital)) is not None)


@lru_cache(maxsize=1 << 17)
def _word(raw: str) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """What ``term_bags`` asks of each written word, worked out once per word: its
    terms, those terms again if it is written in lower case (else none), and whether a
    country name may start there."""
    found = _token_terms(raw)
    starts = raw[0].isupper() and _fold(raw) in _phrase_starts()
    return found, found if raw[0].islower() else (), starts


#: the parts of a ``_word`` entry, to be mapped over a passage's words without a loop
_found, _lower_found, _starts = itemgetter(0), itemgetter(1), itemgetter(2)


def term_bags(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """All the terms of a passage, and those of its words written in lower case: what
    happened, rather than who or where."""
    raws = _TERM_RE.findall(text)
    words = list(map(_word, raws))
    if not any(map(_starts, words)):  # no country name of several words: most passages
        return (
            frozenset(chain.from_iterable(map(_found, words))),
            frozenset(chain.from_iterable(map(_lower_found, words))),
        )
    every: list[str] = []
    lower: list[str] = []
    i, n = 0, len(raws)
    while i < n:
        found, low, starts = words[i]
        if starts and i + 1 < n:
            many = _country_phrase(
                raws, i
            )  # "United Kingdom", "Côte d'Ivoire", "Trinidad and Tobago"
            if many is not None:
                every.append(many[0])
                i += many[1]
                continue
        every.extend(found)
        lower.extend(low)
        i += 1
    return frozenset(every), frozenset(lower)


class Weights:
    """Inverse document frequency of terms over a corpus's sentences: words every
    sentence of the story shares (its main places and people) count less than distinctive ones
    ("barge", "ferry")."""

    def __init__(self, bags: Sequence[Collection[str]]):
        df = Counter(chain.from_iterable(bags))
        self.n = max(1, len(bags))
        self.idf = {t: math.log(1 + self.n / c) for t, c in df.items()}
        self.unseen = math.log(1 + self.n)
        self._totals: dict[Collection[str], float] = {}

    def weight(self, term: str) -> float:
        return self.idf.get(term, self.unseen)

    def similarity(self, a: Collection[str], b: Collection[str]) -> float:
        """Weighted cosine of two term sets: shared weight over the geometric mean of
        both (a three-word clause inside a long one is not thereby the same)."""
        if not a or not b:
            return 0.0
        shared = math.fsum(self.weight(t) for t in frozenset(a).intersection(b))
        return shared / math.sqrt(self.total(a) * self.total(b))

    def norm2(self, bag: Collection[str]) -> float:
        """The squared length of a term set as a weighted vector."""
        return math.fsum(self.weight(t) ** 2 for t in bag)

    def total(self, bag: Collection[str]) -> float:
        if bag not in self._totals:
            self._totals[bag] = math.fsum(self.weight(t) for t in bag)
        return self._totals[bag]
