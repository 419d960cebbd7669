"""The words around a candidate expression, as the rules' checks read them."""

from __future__ import annotations

import re

_NEXT_WORD = re.compile(r"([^\w]*)([\w'’]+)")
_WORD_BEFORE = re.compile(r"([\w'’.]+)\W*$")
_TITLE_WORD = re.compile(r"\s+([A-Z][\w'’-]*)")


def word_before(text: str, start: int) -> str:
    """The word just before ``start`` (with any full stop it ends in), or ""."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1) if m else ""


def word_after(text: str, end: int) -> tuple[str, str]:
    """Next word after ``end`` and what separates it from the expression."""
    m = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    return (m.group(2), m.group(1)) if m else ("", "")


def sentence_start(text: str, start: int) -> bool:
    """True when ``start`` opens a sentence, a line, a quotation or a parenthesis."""
    before = text[max(0, start - 3) : start]
    return start == 0 or not before.strip() or before.rstrip()[-1:] in ".!?\"“‘'(\n:—-"


def capitalised(word: str) -> bool:
    return word[:1].isupper()


def titled(m: re.Match) -> bool:
    """True for a match whose unit is capitalised in mixed-case text: "This Week",
    "60 Minutes" are titles, not times."""
    return m["unit"][:1].isupper() and not m.group().isupper()


def title_words_end_in(text: str, end: int, nouns: frozenset[str]) -> bool:
    """True when Title-case words after ``end`` end in one of ``nouns`` ("Border
    Strategy")."""
    pos = end
    for _ in range(5):
        w = _TITLE_WORD.match(text, pos, min(len(text), pos + 40))
        if not w:
            return False
        if w.group(1).lower() in nouns:
            return True
        pos = w.end()
    return False


_LAST_WORD = re.compile(r"(\w+)\W*$")


def last_word(text: str, start: int) -> str:
    """The last run of word characters before ``start``, in lower case, or ""."""
    m = _LAST_WORD.search(text[max(0, start - 30) : start])
    return m.group(1).lower() if m else ""
