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


def shingles(text: str, start: int = 0) -> Shingles:
    """The words of ``text`` from ``start``, and its shingles."""
    codes: dict[str, int] = {}
    starts, ends, words = array("i"), array("i"), []
    for m in WORD.finditer(text, start):
        starts.append(m.start())
        ends.append(m.end())
        w = m.group().casefold()
        c = codes.get(w)
        if c is None:
            c = codes[w] = _code(w)
        words.append(c)
    hashes = array(
        "q", [hash(tuple(words[i : i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)]
    )
    return Shingles(starts, ends, hashes)
