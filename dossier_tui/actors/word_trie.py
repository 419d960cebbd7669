"""One regular expression for many words, written as a tree of their shared beginnings.

An alternation of a few hundred words ("agency|army|assembly|...") makes the regex
engine try every word at every position of a text; written as a tree
("a(?:gency|rmy|ssembly)") it tries one letter per branch, so scanning a corpus for
all the head words of its bodies, or all the titles its people hold, costs about as
much as scanning it for one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


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
