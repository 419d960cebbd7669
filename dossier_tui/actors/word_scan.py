"""Scanning a corpus fast for many words at once.

An alternation of a few hundred words ("agency|army|assembly|...") makes the regex
engine try every word at every position of a text; written as a tree of their shared
beginnings ("a(?:gency|rmy|ssembly)") it tries one letter per branch, so scanning a
corpus for all the head words of its bodies, or all the titles its people hold, costs
about as much as scanning it for one. A pattern that opens on a literal word is found
by a fast scan for that word, which an opening ``\\b`` prevents: ``at_word_start``
checks the boundary after the scan instead.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from dossier_tui.text.prefiltered import scanned


def trie_pattern(words: Iterable[str], space: str = r"\s+") -> str:
    """A pattern that matches exactly the ``words`` (a space in one matches ``space``),
    the longest first where one word begins another."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _branches(root, space)


def _branches(node: dict, space: str) -> str:
    alts = [
        (space if ch == " " else re.escape(ch)) + _branches(node[ch], space)
        for ch in sorted(node)
        if ch
    ]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


@functools.cache
def _at_boundary(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` after ``\\b``."""
    return re.compile(rf"\b(?:{pattern.pattern})", pattern.flags)


def at_word_start(
    pattern: re.Pattern, text: str, lo: int = 0, hi: int | None = None
) -> Iterator[re.Match]:
    """The matches ``\\b`` then ``pattern`` would give in ``text[lo:hi]``, one after
    another: a pattern that opens on a literal is found by a fast scan for it, which an
    opening ``\\b`` prevents."""
    return scanned(_at_boundary(pattern), pattern, text, lo, hi)
