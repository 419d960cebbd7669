"""Sentences and content terms: the text units events are built from.

Sentences never cross page furniture and never change the text: they are spans.
Terms are lower-case, lightly stemmed content words with spelling variants folded
("Türkiye", "Turkiye" and "Turkish" are all ``turkey``), so that two outlets'
wordings of one happening can be compared.
"""
from __future__ import annotations

import math
import re
from collections import Counter

from dossier_tui.model import Source

#: a sentence ends at . ! ? (and closing quotes), not after an abbreviation or an initial
_END_RE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9£$€]|\s*$)|\n\s*\n|\n")
_ABBREV = {"mr", "mrs", "ms", "dr", "st", "vs", "gen", "sen", "rep", "gov", "col", "sgt", "capt", "lt",
           "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
           "oct", "nov", "dec", "no", "prof", "rev", "jr", "sr", "mt", "ft", "approx", "est", "u.s",
           "u.k", "e.g", "i.e", "a.m", "p.m"}
_WORD_BEFORE = re.compile(r"([\w.]+)$")


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
            _add(text, start, m.end(), out)
            start = m.end()
        _add(text, start, hi, out)
    return out


def _add(text: str, start: int, end: int, out: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start > 1 and re.search(r"\w", text[start:end]):
        out.append((start, end))


STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours ourselves out over own
same she should so some such than that the their theirs them themselves then there these they
this those through to too under until up very was we were what when where which while who whom why
will with would you your yours yourself yourselves said says say told according amid including
new one two three four five six seven eight nine ten per cent percent mr mrs ms dr its it's
last next this year years month months week weeks day days today yesterday tomorrow night
corp corporation inc co ltd plc llc official officials spokesman spokeswoman spokesperson
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
morning evening afternoon monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december autumn spring
summer winter fall quarter first second third fourth recently currently now ago earlier later
""".split())

#: spelling variants and near-synonyms that name the same thing in news copy
_FOLD = {
    "türkiye": "turkey", "turkiye": "turkey", "turkish": "turkey", "turks": "turkey", "turk": "turkey",
    "britain": "uk", "british": "uk", "u.k": "uk", "kingdom": "uk", "britons": "uk",
    "agreement": "deal", "agreements": "deal", "agreed": "deal", "agree": "deal", "agrees": "deal",
    "partnership": "deal", "partnerships": "deal", "pact": "deal", "accord": "deal", "deals": "deal",
    "struck": "deal", "strike": "deal", "reached": "deal",
    "visited": "visit", "visits": "visit", "visiting": "visit", "trip": "visit",
    "announced": "announce", "announces": "announce", "announcement": "announce", "unveiled": "announce",
    "centre": "center", "centres": "center", "centers": "center",
    "smugglers": "smuggle", "smuggling": "smuggle", "smuggler": "smuggle",
    "migrants": "migrant", "migration": "migrant", "immigration": "migrant",
    "boarded": "board", "boarding": "board", "aboard": "board",
    "govt": "government", "governments": "government",
}
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "es", "ed", "s")
_TERM_RE = re.compile(r"[^\W\d_][\w'’.-]*[^\W_]|[^\W\d_]", re.U)


def stem(word: str) -> str:
    """A light suffix-stripping stem: enough to match "visits" with "visit"."""
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            base = word[: -len(suf)]
            return base + "y" if suf in ("ies", "ied") else base
    return word


def terms(text: str, names: bool = True) -> list[str]:
    """Content terms of a passage, folded and stemmed, in order. ``names=False`` keeps
    only words written in lower case: what happened, rather than who or where."""
    out = []
    for raw in _TERM_RE.findall(text):
        if not names and not raw[0].islower():
            continue
        w = raw.lower().replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        for part in re.split(r"[-']", w):
            part = _FOLD.get(part.strip("."), part.strip("."))
            if len(part) < 2 or part in STOPWORDS:
                continue
            out.append(_FOLD.get(part, stem(part)))
    return out


class Weights:
    """Inverse document frequency of terms over a corpus's sentences: words every
    sentence of the story shares ("UK", "Turkey") count less than distinctive ones
    ("barge", "Kapikule")."""

    def __init__(self, bags: list[set[str]]):
        df = Counter(t for bag in bags for t in bag)
        self.n = max(1, len(bags))
        self.idf = {t: math.log(1 + self.n / c) for t, c in df.items()}
        self._totals: dict[frozenset[str], float] = {}

    def weight(self, term: str) -> float:
        return self.idf.get(term, math.log(1 + self.n))

    def similarity(self, a: frozenset[str], b: frozenset[str]) -> float:
        """Weighted cosine of two term sets: shared weight over the geometric mean of
        both (a three-word clause inside a long one is not thereby the same)."""
        if not a or not b:
            return 0.0
        shared = sum(self.weight(t) for t in a & b)
        return shared / math.sqrt(self.total(a) * self.total(b))

    def total(self, bag: frozenset[str]) -> float:
        if bag not in self._totals:
            self._totals[bag] = sum(self.weight(t) for t in bag)
        return self._totals[bag]
