"""Bodies found again where a source writes their name in lower case ("the national
police" for the National Police)."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict

from dossier_tui.actors.clusters import Cluster
from dossier_tui.actors.name_kinds import ORG
from dossier_tui.actors.word_scan import trie_pattern
from dossier_tui.lexicon import fold
from dossier_tui.lexicon.name_words import (
    BODY_WORDS,
    ORG_HEADS,
)


def lower_case_bodies(
    clusters: dict[str, Cluster], texts: dict[str, str], body: dict[str, list[tuple[int, int]]], add
) -> None:
    """Find bodies again where a source writes their name in lower case."""
    owner: dict[str, str] = {}
    for c in clusters.values():
        if c.kind == ORG:
            for form in c.forms:  # a body's name, as its head word shows: "swine flu" is no body
                if len(form.split()) >= 2 and (
                    form.split()[-1] in ORG_HEADS or form.split()[-1] in BODY_WORDS
                ):
                    owner.setdefault(" ".join(fold(form).split()), c.key)
                    # a county's office is named with or without the county: "the Los Angeles
                    # coroner"
                    if " County " in form:
                        owner.setdefault(
                            " ".join(fold(form.replace(" County ", " ")).split()), c.key
                        )
    if not owner:
        return
    names = _NamesByLastWord(owner)
    covered: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for c in clusters.values():
        for m in c.mentions:
            covered[m.source].append((m.start, m.end))
    for sid in sorted(texts):
        text = texts[sid]
        lowered = text.lower()
        if len(lowered) != len(text):  # a letter whose lower case is longer: offsets would drift
            lowered = None
        taken = _Taken(covered[sid])
        for lo, hi in body[sid]:
            end = lo
            found = names.found(text, lowered, lo, hi)
            for m in sorted(found, key=lambda m: (m.start(), -m.end())):
                if m.start() < end or taken.overlaps(m.start(), m.end()):
                    continue
                key = owner.get(" ".join(fold(m.group()).split()))
                if key:
                    add(key, ORG, sid, m.start(), m.end(), form=False)
                    end = m.end()


#: a word a name's last word can be found by in one scan: letters, digits, hyphens
_WORD = re.compile(r"[\w-]+")


class _NamesByLastWord:
    """The bodies' names (folded), found in a passage from their last words: all the last
    words in one scan of the lower-cased text, then each name in full where its last word
    is, longest first, in the order of the last words (one pattern for each)."""

    def __init__(self, names):
        self.by_last: dict[str, list[str]] = defaultdict(list)
        for f in sorted(names, key=len, reverse=True):
            self.by_last[f.split()[-1]].append(f)
        self.order = {last: i for i, last in enumerate(self.by_last)}
        self.reach = {last: 2 * max(len(f) for f in fs) for last, fs in self.by_last.items()}
        # a name of one word (its words folded into one) has no space before its last word
        self.words = _Words(
            [
                last
                for last, fs in self.by_last.items()
                if _WORD.fullmatch(last) and all(" " in f for f in fs)
            ]
        )
        self.others = {last for last in self.by_last if last not in self.words}
        self.patterns: dict[str, re.Pattern] = {}

    def pattern(self, last: str) -> re.Pattern:
        """The names ending on ``last``, made when a passage first has the word."""
        if last not in self.patterns:
            # as a tree of the names, the longest first where one begins another
            self.patterns[last] = re.compile(
                r"(?<![\w-])" + trie_pattern(self.by_last[last]) + r"(?![\w-])", re.I
            )
        return self.patterns[last]

    def found(self, text: str, lowered: str | None, lo: int, hi: int) -> list[re.Match]:
        """The names in ``text[lo:hi]``, each last word's in turn (``lowered``: the text
        in lower case, None when that moves its offsets, and every pattern is run)."""
        if lowered is None:
            return [m for last in self.by_last for m in self.pattern(last).finditer(text, lo, hi)]
        out = []
        at_word = self.words.where(lowered, lo, hi)
        for last in sorted(at_word.keys() | self.others, key=self.order.__getitem__):
            pattern = self.pattern(last)
            ats = at_word[last] if last in self.words else _occurrences(lowered, last, lo, hi)
            for at in ats:  # a name that ends on this word
                m = pattern.search(
                    text, max(lo, at + len(last) - self.reach[last]), min(hi, at + len(last) + 1)
                )
                while m and m.end() < at + len(last):
                    m = pattern.search(text, m.start() + 1, min(hi, at + len(last) + 1))
                if m and m.end() == at + len(last):
                    out.append(m)
        return out


def _occurrences(lowered: str, last: str, lo: int, hi: int) -> list[int]:
    """Where ``last`` occurs in ``lowered[lo:hi]``, each after the one before."""
    out = []
    at = lowered.find(last, lo, hi)
    while at >= 0:
        out.append(at)
        at = lowered.find(last, at + len(last), hi)
    return out


class _Words:
    """Last words of names of several words, each a whole word, found in a passage all in
    one scan.

    A name ending on such a word ends where the word does and has a space right before
    it, so only the word's occurrences after a space and with no letter, digit or hyphen
    after them can end one: those are all the scan needs to give (and spaces are quick to
    look for)."""

    def __init__(self, words: list[str]):
        self.words = frozenset(words)
        self.pattern = re.compile(r"\s(" + trie_pattern(words) + r")(?![\w-])") if words else None

    def __contains__(self, word: str) -> bool:
        return word in self.words

    def where(self, lowered: str, lo: int, hi: int) -> dict[str, list[int]]:
        """Where each word occurs in ``lowered[lo:hi]`` after a space, as a whole word, in
        order."""
        out: dict[str, list[int]] = defaultdict(list)
        if self.pattern is None:
            return out
        for m in self.pattern.finditer(lowered, lo, hi):
            out[m.group(1)].append(m.start(1))
        return out


class _Taken:
    """The spans a source's names already cover, asked whether a span overlaps any of
    them by binary search (a long article names thousands of things)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach = list(
            itertools.accumulate((b for _, b in spans), max)
        )  # the furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # the spans that begin before ``end``
        return i > 0 and self.reach[i - 1] > start
