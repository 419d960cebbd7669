"""Scanning for many words at once finds what a word-by-word scan finds."""

from __future__ import annotations

import random
import re

from dossier_tui.actors.lower_case_bodies import _NamesByLastWord
from dossier_tui.actors.word_scan import at_word_start, trie_pattern
from dossier_tui.lexicon import alternation

WORDS = [
    "police",
    "policeman",
    "office",
    "offices",
    "home office",
    "home  secretary",
    "co-op",
    "u.s. army",
    "army",
    "national police",
    "haitian national police",
]


def _text(rng: random.Random) -> str:
    pieces = WORDS + ["the", "Police", "OFFICE", "xpolice", "army-", "\n", ",", "(", ")", "-"]
    return " ".join(rng.choice(pieces) for _ in range(60))


def test_a_tree_of_words_matches_as_their_alternation_does():
    tree = re.compile(trie_pattern(WORDS), re.I)
    alt = re.compile(alternation(re.escape(w).replace(r"\ ", r"\s+") for w in WORDS), re.I)
    rng = random.Random(7)
    for _ in range(200):
        text = _text(rng)
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in alt.finditer(text)]


def test_matches_at_word_starts_are_those_an_opening_boundary_gives():
    pattern = re.compile(r"(?:police|office)\s+\w+")
    bounded = re.compile(r"\b(?:police|office)\s+\w+")
    rng = random.Random(11)
    for _ in range(200):
        text = _text(rng)
        lo, hi = sorted(rng.sample(range(len(text) + 1), 2))
        got = [m.span() for m in at_word_start(pattern, text, lo, hi)]
        assert got == [m.span() for m in bounded.finditer(text, lo, hi)]


def _one_word_at_a_time(names: list[str], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Each last word found by ``str.find`` in turn, then its names matched in full."""
    by_last: dict[str, list[str]] = {}
    for f in sorted(names, key=len, reverse=True):
        by_last.setdefault(f.split()[-1], []).append(f)
    lowered, out = text.lower(), []
    for last, fs in by_last.items():
        pattern = re.compile(
            r"(?<![\w-])(?:"
            + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in fs)
            + r")(?![\w-])",
            re.I,
        )
        reach = 2 * max(len(f) for f in fs)
        at = lowered.find(last, lo, hi)
        while at >= 0:
            end = at + len(last)
            m = pattern.search(text, max(lo, end - reach), min(hi, end + 1))
            while m and m.end() < end:
                m = pattern.search(text, m.start() + 1, min(hi, end + 1))
            if m and m.end() == end:
                out.append(m.span())
            at = lowered.find(last, end, hi)
    return out


def test_bodies_names_are_found_as_a_scan_for_each_last_word_finds_them():
    names = [" ".join(w.split()) for w in WORDS if " " in w] + [
        "the national police",
        "acme co.",
        "army",
    ]
    found = _NamesByLastWord(names)
    rng = random.Random(3)
    for _ in range(200):
        text = _text(rng) + " Acme  Co. and acme co.x"
        lo, hi = sorted(rng.sample(range(len(text) + 1), 2))
        got = [m.span() for m in found.found(text, text.lower(), lo, hi)]
        assert got == _one_word_at_a_time(names, text, lo, hi)
