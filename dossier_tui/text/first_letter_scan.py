"""Patterns that look for one of many words written as a regular expression, built to
scan a text fast (``actors.word_scan`` does this for plain word lists, as a tree).

A search for ``\\b(?:will|shall|next)\\b`` tries every word of the alternation at every
position of the text. Put first, a look-ahead for the letters those words start with
(``(?=[wsn])``) rejects most positions with one set test, so the same matches are found
in about half the time. The letters are worked out from the alternation, so that a word
added to it can never be missed.
"""

from __future__ import annotations

import re


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` ("a(?:b|c)|d" -> ["a(?:b|c)", "d"])."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1
        elif ch == "[":
            i = pattern.index("]", i + 2)  # a class's first character may be "]"
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _closing(pattern: str, i: int) -> int:
    """The index of the parenthesis that closes the group opened at ``i``."""
    depth = 0
    while True:
        ch = pattern[i]
        if ch == "\\":
            i += 1
        elif ch == "[":
            i = pattern.index("]", i + 2)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1


def first_letters(pattern: str) -> str:
    """The letters a match of ``pattern`` may start with: each alternative must open on a
    letter or on a non-capturing group that does, which is always there."""
    letters = set()
    for alt in _alternatives(pattern):
        if alt[:1].isalpha():
            letters.add(alt[0].lower())
        elif alt.startswith("(?:"):
            end = _closing(alt, 0)
            if alt[end + 1 : end + 2] in ("?", "*", "{"):
                raise ValueError(f"an optional group opens {alt!r}")
            letters.update(first_letters(alt[3:end]))
        else:
            raise ValueError(f"no letter opens {alt!r}")
    return "".join(sorted(letters))


def first_letter_scan(
    words: str, before: str = r"\b", after: str = r"\b", flags=re.I
) -> re.Pattern:
    """``before`` (zero-width, as ``\\b``), one of the alternation ``words``, then ``after``,
    compiled with the look-ahead for the letters the words start with (which ``flags`` read
    as the words)."""
    return re.compile(f"(?=[{first_letters(words)}]){before}(?:{words}){after}", flags)
