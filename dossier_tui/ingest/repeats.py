"""Corpus-level furniture: what recurs verbatim across many pages of one corpus.

A site puts the same teaser, share bar, blog blurb or product strip on every page it
serves, so in a crawl of that site the same words come back page after page. Each
source's words are cut into shingles (runs of ``SHINGLE`` words); a shingle is counted
once per source, so finding the repeated ones is linear in the size of the corpus, and
runs of repeated shingles in a source become spans snapped to word boundaries.

Outlets also reuse their own story sentences verbatim: agency copy quoted by several
pages on one day, a background paragraph carried through a week of updates. Those are
story text and stay. What tells furniture apart:

- it is not prose: few lower-case words, no verb-like run of small words, no sentence end,
  or words of page furniture ("Share", "comments", "newsletter");
- it recurs in pages published far apart (weeks or months), whereas reused copy recurs
  in pages of a few days;
- it recurs in a large share of the corpus;
- it sits at the same place on every page: at the foot (which tells a teaser from a
  story's own sentence, both prose).

A stretch that a sentence carries on into, before or after ("Dr Anne Schuchat of the U.S.
Centers for Disease Control and Prevention told ..."), is a phrase the story shares with
other pages and stays, whatever its other cues.

Thresholds are relative to the corpus (a share of its sources, never fewer than
``FLOOR``), so a handful of articles on one story is never touched by chance.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from statistics import median

from dossier_tui.ingest.shingles import SHINGLE, Shingles, shingles
from dossier_tui.ingest.shingles import WORD as _WORD
from dossier_tui.model import Furniture, Source

#: a shingle must recur in at least this many sources ...
FLOOR = 3
#: ... and in at least this share of them
SHARE = 0.01
#: a share of the corpus this large is the site's, not one story's
COMMON = 0.10
#: pages this many days apart do not reuse each other's copy
FAR_DAYS = 28
#: a stretch whose occurrences end this close to the foot of their pages (share of the
#: page) sits at the foot
FOOT = 0.9

_TRAIL = re.compile(r"[^\w\s]*")
#: where one unit of a page ends and the next begins: ". A", ") An", ": The"
_BOUNDARY = re.compile(r"(?:(?<=[a-z0-9]{2})[.!?:]|[)\]])[\"'”’)\]]*\s+(?=[\"'“‘(]?[A-Z])")
_FURNITURE_WORDS = re.compile(
    r"\b(?:share|comments?|reply|newsletter|subscribe|follow|blog|click|sign (?:in|up)|log in|"
    r"terms|privacy|copyright|advertis\w*|recommend(?:ed|s)?|print|e-?mail|rss|feeds?|"
    r"download|video|audio|watch|listen|gallery|slideshow|related|more (?:on|from)|latest|"
    r"most (?:read|popular|viewed)|top stories|javascript|flash|cookies?)\b",
    re.I,
)
#: a sentence goes on before a stretch (a lower-case word, a comma, an initial or title)
_MID_BEFORE = re.compile(r"(?:[a-z0-9,;]|\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|St|Prof)\.?)\s*$")
#: ... or after it (a lower-case word)
_MID_AFTER = re.compile(r"[\s,;]*[a-z(]")
_SMALL = frozenset(
    "a an the of to in on at for and or but is are was were has have had be been "
    "will would can could that this it he she they we who which with by from as not".split()
)


@dataclass
class _Stretch:
    start: int
    end: int
    shingles: list[int]  # hashes of the shingles it is made of


def _day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def is_prose(text: str) -> bool:
    """Running text: mostly lower-case words with the small words of a sentence, free of
    the words of page furniture. (Numbers count for neither.)"""
    words = [w for w in _WORD.findall(text) if not w[0].isdigit()]
    if len(words) < 6 or _FURNITURE_WORDS.search(text):
        return False
    lower = sum(1 for w in words if w[0].islower())
    small = sum(1 for w in words if w.casefold() in _SMALL)
    return lower / len(words) >= 0.5 and small / len(words) >= 0.1


def _embedded(before: str, after: str) -> bool:
    """The stretch sits inside a sentence that goes on before or after it: a phrase the story
    shares with other pages ("the U.S. Centers for Disease Control"), not a unit of its own."""
    return bool(_MID_BEFORE.search(before)) or bool(_MID_AFTER.match(after))


def cut(source: Source) -> Shingles:
    """What ``mark_repeats`` needs of one source on its own."""
    return shingles(source.text, source.body_start)


def mark_repeats(sources: Sequence[Source], cuts: Sequence[Shingles] | None = None) -> list[Source]:
    """The sources, with ``repeated`` furniture where the corpus repeats itself;
    ``cuts`` are the sources' ``cut``, made here unless given."""
    sources = list(sources)
    n = len(sources)
    need = max(FLOOR, math.ceil(SHARE * n))
    if n < need:
        return sources
    cuts = [cut(s) for s in sources] if cuts is None else list(cuts)
    # 1. shingles by the number of sources they occur in
    repeated = _in_many(cuts, need)
    if not repeated:
        return sources
    # 2. where the repeated shingles sit: which sources, how far down the page
    where: dict[int, list[tuple[int, float]]] = {h: [] for h in repeated}
    stretches: list[list[_Stretch]] = []
    for i, (s, c) in enumerate(zip(sources, cuts)):
        found = _stretches(s.text, c, repeated) if not repeated.isdisjoint(c.hashes) else []
        stretches.append(found)
        length = max(1, len(s.text.rstrip()) - s.body_start)
        for st in found:
            foot = (st.end - s.body_start) / length
            for h in set(st.shingles):
                where[h].append((i, foot))
    days = [_day(s.published) for s in sources]
    # 3. keep the stretches that are furniture
    out = []
    for s, found in zip(sources, stretches):
        extra = [
            Furniture(st.start, st.end, "repeated")
            for st in found
            if _is_furniture(s.text, st, where, days, n)
        ]
        if extra:
            s = replace(
                s, furniture=tuple(sorted([*s.furniture, *extra], key=lambda f: (f.start, f.end)))
            )
        out.append(s)
    return out


def _in_many(cuts: Sequence[Shingles], need: int) -> set[int]:
    """The shingles that occur in at least ``need`` sources. Most shingles occur once in
    the corpus: counting every occurrence first, with no set made per source, leaves the
    few that occur ``need`` times at all, and only those are counted once per source."""
    seen: Counter[int] = Counter()
    for c in cuts:
        seen.update(c.hashes)
    often = {h for h, k in seen.items() if k >= need}
    del seen
    sources: Counter[int] = Counter()
    for c in cuts:
        sources.update(often.intersection(c.hashes))
    return {h for h, k in sources.items() if k >= need}


def _stretches(text: str, cut: Shingles, repeated: set[int]) -> list[_Stretch]:
    """Maximal runs of repeated shingles, as character spans from the first word to the
    last (with the punctuation that closes it)."""
    starts, ends, hashes = cut
    out: list[_Stretch] = []
    i = 0
    while i < len(hashes):
        if hashes[i] not in repeated:
            i += 1
            continue
        j = i
        while j + 1 < len(hashes) and hashes[j + 1] in repeated:
            j += 1
        last = ends[j + SHINGLE - 1]
        end = last + len(_TRAIL.match(text, last).group())
        start = starts[i]
        # a run that begins with the end of the page's own sentence ("said. An ultra-low ...")
        # begins after it
        boundary = _BOUNDARY.search(text, start, starts[min(j + SHINGLE - 1, i + SHINGLE - 2)])
        if boundary:
            start = boundary.end()
        out += _pieces(text, starts, hashes, i, j, start, end)
        i = j + 1
    return out


def _pieces(
    text: str, starts: Sequence[int], hashes: Sequence[int], i: int, j: int, start: int, end: int
) -> list[_Stretch]:
    """A run cut into its units (sentences, blurbs, labels), each with the shingles that
    begin in it (or, for a short last unit, those that reach into it): a story sentence
    three pages share runs straight into the teaser all pages share, and each is judged
    on its own."""
    cuts = [m.end() for m in _BOUNDARY.finditer(text, start, end)]
    out = []
    for a, b in zip([start, *cuts], [*cuts, end]):
        wa, wb = bisect_left(starts, a), bisect_left(starts, b) - 1
        if wb - wa < 1:  # a word left over between two units ("At" of the next header)
            continue
        own = range(max(i, wa), min(j, wb) + 1)
        if not own:
            own = range(max(i, wb - SHINGLE + 1), min(j, wb) + 1)
        if own:
            out.append(_Stretch(a, len(text[:b].rstrip()), list(hashes[own.start : own.stop])))
    return out


def _is_furniture(
    text: str,
    st: _Stretch,
    where: dict[int, list[tuple[int, float]]],
    days: list[date | None],
    n: int,
) -> bool:
    # the stretch's most widely shared shingle speaks for it
    h = max(st.shingles, key=lambda h: len(where[h]))
    occ = where[h]
    sources = {i for i, _ in occ}
    dated = sorted(d for i in sources if (d := days[i]) is not None)
    far = len(dated) >= 2 and (dated[-1] - dated[0]).days >= FAR_DAYS
    common = len(sources) >= COMMON * n
    foot = median(f for _, f in occ) >= FOOT
    if _embedded(text[max(0, st.start - 40) : st.start], text[st.end : st.end + 40]):
        return False
    if not is_prose(text[st.start : st.end]):
        return far or common or len(sources) >= 2 * FLOOR
    # prose: a teaser, a product strip; not a quotation three pages carried over months
    return (common and (far or foot)) or (far and foot and len(sources) >= 2 * FLOOR)
