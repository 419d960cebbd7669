"""An article's words and shingle hashes: the per-article half of finding repeats.

Cutting every article into shingles is most of the work of ``repeats.mark_repeats``
and needs nothing from the other articles, so it runs in the per-article map and is
kept in the cache; the corpus-wide half only counts hashes. Kept hashes meet fresh
ones, so they must be the same in every process and every run, which Python's string
hash is not: a word is hashed by its bytes, a shingle by its words' hashes (an int's
hash, and so a tuple of ints', is fixed). Positions and hashes are arrays: compact to
keep, quick to read back, small in memory for a whole corpus.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from typing import NamedTuple

#: words in a shingle
SHINGLE = 8

WORD = re.compile(r"\w[\w'’-]*")


class Shingles(NamedTuple):
    """Where each word of a text starts and ends, and the hash of each run of
    ``SHINGLE`` words (casefolded), in order."""

    starts: array
    ends: array
    hashes: array


def _code(word: str) -> int:
    return int.from_bytes(
        hashlib.blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest(),
        "little",
        signed=True,
    )


#: the code of each spelling met so far: the words of a corpus recur from article to
#: article, so most are hashed once per process (forgotten past ``_KNOWN_MOST``)
_KNOWN: dict[str, int] = {}
_KNOWN_MOST = 1 << 17


def _codes(words: list[str]) -> list[int]:
    """The code of each word as written (that of its casefolded form)."""
    new = set(words).difference(_KNOWN)
    if len(_KNOWN) + len(new) > _KNOWN_MOST:
        _KNOWN.clear()
        new = set(words)
    for w in new:
        _KNOWN[w] = _code(w.casefold())
    return list(map(_KNOWN.__getitem__, words))


def shingles(text: str, start: int = 0) -> Shingles:
    """The words of ``text`` from ``start``, and its shingles."""
    found = list(WORD.finditer(text, start))
    codes = _codes([m.group() for m in found])
    # a shingle is the tuple of SHINGLE consecutive codes: zip of the shifted lists
    runs = zip(*(codes[k:] for k in range(SHINGLE)))
    return Shingles(
        array("i", [m.start() for m in found]),
        array("i", [m.end() for m in found]),
        array("q", map(hash, runs)),
    )
