"""Sentences and content terms: the text units events are built from.

Sentences never cross page furniture and never change the text: they are spans.
Terms are lower-case, stemmed content words, with every name of a country folded to
one term ("Côte d'Ivoire", "Ivory Coast", "Ivorian") and the words of one news-word family to
one ("agreed", "deal", "pact"), so that two outlets' wordings of one happening can be
compared. The countries and families are data (``dossier_tui/resources``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache, lru_cache
from itertools import chain

import Stemmer

from dossier_tui import resources
from dossier_tui.calendar_words import MONTHS, WEEKDAYS
from dossier_tui.model import Source

#: a sentence ends at . ! ? (and closing quotes), not after an abbreviation or an initial
_END_RE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9£$€]|\s*$)|\n\s*\n|\n")
_ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "vs",
    "gen",
    "sen",
    "rep",
    "gov",
    "col",
    "sgt",
    "capt",
    "lt",
    "inc",
    "corp",
    "co",
    "ltd",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "no",
    "prof",
    "rev",
    "jr",
    "sr",
    "mt",
    "ft",
    "approx",
    "est",
    "u.s",
    "u.k",
    "e.g",
    "i.e",
    "a.m",
    "p.m",
}
_WORD_BEFORE = re.compile(r"([\w.]+)$")


#: where a saved page glued a title or caption to the next sentence with no stop
#: between them: "... food and water The UN has launched", "... for Cardiff A judge",
#: "... aged 50 However, ..."
#: "... throughout the trial 29 September 2011 Jackson's bodyguard testifies": a dated entry of a
#: timeline side-bar glued to the text before it
_MONTH = "|".join(
    m.capitalize() for m in MONTHS if (len(m) > 3 or m == "may") and not m.endswith(".")
)
_ENTRY_DATE = re.compile(rf"(?:\d{{1,2}}\s+(?:{_MONTH})|(?:{_MONTH})\s+\d{{1,2}},?)\s+\d{{4}}$")
_GLUED = re.compile(
    r"(?<=[\w%’'”\")])\s+(?=(?:The|A|An)\s+[a-z]|The\s+[A-Z]|"
    r"(?:However|Meanwhile|But|It|He|She|They|We|This|These|There|His|Her|Their|Its)\s+[a-z]|"
    rf"\d{{1,2}}\s+(?:{_MONTH})\s+\d{{4}}\s+[A-Z]|(?:{_MONTH})\s+\d{{1,2}},?\s+\d{{4}}\s+[A-Z]|"
    r"(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][a-z]+\s+[a-z])"
)
#: "... to perform in Cardiff Ms Jackson attended": a name never runs on into an honorific, so
#: one after a capitalised word (not a title) opens the next sentence
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr)\b")
_TITLE_WORDS = frozenset(
    "minister president secretary general chancellor governor senator mayor judge chief "
    "leader spokesman spokeswoman ambassador commissioner prime".split()
)
#: words after which a capitalised "The" or "A" opens a name or a title, not a sentence
_TITLE_BEFORE = frozenset(
    """
in of to by for from with on at into onto about against via than like as and or but nor the a an
told tells telling said says saying read reads wrote writes called calls named titled entitled
film show programme program newspaper magazine book album song single paper column series play
musical novel station channel song episode edition
""".split()
)


def sentences(source: Source) -> list[tuple[int, int]]:
    """Sentence spans of the source's story text, stripped of surrounding blanks."""
    out = []
    text = source.text
    for lo, hi in source.body_spans():
        start = lo
        for m in _END_RE.finditer(text, lo, hi):
            if m.group()[0] == ".":
                w = _WORD_BEFORE.search(text, max(lo, m.start() - 12), m.start())
                word = w.group(1).lower() if w else ""
                if word in _ABBREV or re.fullmatch(r"[a-z]", word):
                    continue
            _add_unglued(text, start, m.end(), out)
            start = m.end()
        _add_unglued(text, start, hi, out)
    return out


def _add_unglued(text: str, start: int, end: int, out: list) -> None:
    """A sentence, cut where a title or caption was glued to it."""
    for m in _GLUED.finditer(text, start, end):
        w = _WORD_BEFORE.search(text, max(start, m.start() - 20), m.start())
        if (
            w is None
            or w.group(1).lower() in _TITLE_BEFORE
            or m.start() - start < 12
            or _ENTRY_DATE.search(text, max(start, m.start() - 25), m.start())
        ):
            continue  # "29 September 2011 The bodyguard testifies": the date opens the entry
        if _HONORIFIC.match(text, m.end()) and (
            not w.group(1)[:1].isupper() or w.group(1).lower() in _TITLE_WORDS
        ):
            continue  # "met Mr Smith", "Prime Minister Mr Blair": the honorific is inside the sentence
        _add(text, start, m.start(), out)
        start = m.end()
    _add(text, start, end, out)


#: the longest stretch read as one sentence: a run-on past it (a transcript without
#: stops, a page whose punctuation was lost) is read in clause-sized pieces, so that the
#: work on a sentence stays bounded whatever the text
MAX_SENTENCE = 1000
#: where a piece of an over-long sentence may end, best first
_PIECE_ENDS = (
    re.compile(r"[;:]\s"),
    re.compile(r",\s"),
    re.compile(r"\s[-–—]+\s"),
    re.compile(r"\s"),
)


def _add(text: str, start: int, end: int, out: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        for rx in _PIECE_ENDS:  # the last clause break in the second half of the piece
            found = [m.end() for m in rx.finditer(text, start + MAX_SENTENCE // 2, cut)]
            if found:
                cut = found[-1]
                break
        _add(text, start, cut, out)
        start = cut
    if end - start > 1 and re.search(r"\w", text[start:end]):
        out.append((start, end))


STOPWORDS = frozenset(
    """
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours ourselves out over own
same she should so some such than that the their theirs them themselves then there these they
this those through to too under until up very was we were what when where which while who whom why
will with would you your yours yourself yourselves us said says say told according amid including
new one two three four five six seven eight nine ten per cent percent mr mrs ms dr its it's
last next this year years month months week weeks day days today yesterday tomorrow night
corp corporation inc co ltd plc llc official officials spokesman spokeswoman spokesperson
morning evening afternoon autumn spring
summer winter fall quarter first second third fourth recently currently now ago earlier later
come comes came coming follow follows followed following move latest move
""".split()
) | {w.rstrip(".") for w in (*MONTHS, *WEEKDAYS)}

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
def _word(raw: str) -> tuple[tuple[str, ...], bool, bool]:
    """What ``term_bags`` asks of each written word, worked out once per word: its
    terms, whether it is written in lower case, whether a country name may start there."""
    return _token_terms(raw), raw[0].islower(), raw[0].isupper() and _fold(raw) in _phrase_starts()


def term_bags(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """All the terms of a passage, and those of its words written in lower case: what
    happened, rather than who or where."""
    raws = _TERM_RE.findall(text)
    words = list(map(_word, raws))
    if not any(starts for _, _, starts in words):  # no country name of several words: most passages
        return (
            frozenset(chain.from_iterable(found for found, _, _ in words)),
            frozenset(chain.from_iterable(found for found, low, _ in words if low)),
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
        if low:
            lower.extend(found)
        i += 1
    return frozenset(every), frozenset(lower)


class Weights:
    """Inverse document frequency of terms over a corpus's sentences: words every
    sentence of the story shares (its main places and people) count less than distinctive ones
    ("barge", "ferry")."""

    def __init__(self, bags: list[set[str]]):
        df = Counter(t for bag in bags for t in bag)
        self.n = max(1, len(bags))
        self.idf = {t: math.log(1 + self.n / c) for t, c in df.items()}
        self._unseen = math.log(1 + self.n)
        self._totals: dict[frozenset[str], float] = {}

    def weight(self, term: str) -> float:
        return self.idf.get(term, self._unseen)

    def similarity(self, a: frozenset[str], b: frozenset[str]) -> float:
        """Weighted cosine of two term sets: shared weight over the geometric mean of
        both (a three-word clause inside a long one is not thereby the same)."""
        if not a or not b:
            return 0.0
        shared = math.fsum(self.weight(t) for t in a & b)
        return shared / math.sqrt(self.total(a) * self.total(b))

    def norm2(self, bag: frozenset[str]) -> float:
        """The squared length of a term set as a weighted vector."""
        return math.fsum(self.weight(t) ** 2 for t in bag)

    def total(self, bag: frozenset[str]) -> float:
        if bag not in self._totals:
            self._totals[bag] = math.fsum(self.weight(t) for t in bag)
        return self._totals[bag]
