"""Sentences: the text units events and quotations are read in.

Sentences never cross page furniture and never change the text: they are spans.
"""

from __future__ import annotations

import re

from dossier_tui.calendar_words import MONTHS
from dossier_tui.lexicon import words
from dossier_tui.model import Source

#: a sentence ends at . ! ? (and closing quotes), not after an abbreviation or an initial
_END_RE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9£$€]|\s*$)|\n\s*\n|\n")
#: words a full stop follows without ending a sentence ("Mr.", "Jan.", "U.S.")
_ABBREVIATIONS = words("abbreviations")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
#: a single letter before a full stop: an initial ("J. Smith")
_INITIAL = re.compile(r"[a-z]")
_WORD_CHAR = re.compile(r"\w")


#: where a saved page glued a title or caption to the next sentence with no stop
#: between them: "... food and water The UN has launched", "... for Cardiff A judge",
#: "... aged 50 However, ..."
#: "... throughout the trial 29 September 2011 Jackson's bodyguard testifies": a dated entry of a
#: timeline side-bar glued to the text before it
_MONTH = "|".join(
    m.capitalize() for m in MONTHS if (len(m) > 3 or m == "may") and not m.endswith(".")
)
_ENTRY_DATE = re.compile(rf"(?:\d{{1,2}}\s+(?:{_MONTH})|(?:{_MONTH})\s+\d{{1,2}},?)\s+\d{{4}}$")
_GLUED = re.compile(
    r"(?<=[\w%’'”\")])\s+(?=(?:The|A|An)\s+[a-z]|The\s+[A-Z]|"
    r"(?:However|Meanwhile|But|It|He|She|They|We|This|These|There|His|Her|Their|Its)\s+[a-z]|"
    rf"\d{{1,2}}\s+(?:{_MONTH})\s+\d{{4}}\s+[A-Z]|(?:{_MONTH})\s+\d{{1,2}},?\s+\d{{4}}\s+[A-Z]|"
    r"(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][a-z]+\s+[a-z])"
)
#: "... to perform in Cardiff Ms Jackson attended": a name never runs on into an honorific, so
#: one after a capitalised word (not a title) opens the next sentence
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr)\b")
_TITLE_WORDS = frozenset(
    "minister president secretary general chancellor governor senator mayor judge chief "
    "leader spokesman spokeswoman ambassador commissioner prime".split()
)
#: words after which a capitalised "The" or "A" opens a name or a title, not a sentence
_TITLE_BEFORE = words("title_lead_ins")


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
                if word in _ABBREVIATIONS or _INITIAL.fullmatch(word):
                    continue
            _add_unglued(text, start, m.end(), out)
            start = m.end()
        _add_unglued(text, start, hi, out)
    return out


def _add_unglued(text: str, start: int, end: int, out: list) -> None:
    """A sentence, cut where a title or caption was glued to it."""
    for m in _GLUED.finditer(text, start, end):
        w = _WORD_BEFORE.search(text, max(start, m.start() - 20), m.start())
        if (
            w is None
            or w.group(1).lower() in _TITLE_BEFORE
            or m.start() - start < 12
            or _ENTRY_DATE.search(text, max(start, m.start() - 25), m.start())
        ):
            continue  # "29 September 2011 The bodyguard testifies": the date opens the entry
        if _HONORIFIC.match(text, m.end()) and (
            not w.group(1)[:1].isupper() or w.group(1).lower() in _TITLE_WORDS
        ):
            # "met Mr Smith", "Prime Minister Mr Blair": the honorific is inside the sentence
            continue
        _add(text, start, m.start(), out)
        start = m.end()
    _add(text, start, end, out)


#: the longest stretch read as one sentence: a run-on past it (a transcript without
#: stops, a page whose punctuation was lost) is read in clause-sized pieces, so that the
#: work on a sentence stays bounded whatever the text
MAX_SENTENCE = 1000
#: where a piece of an over-long sentence may end, best first
_PIECE_ENDS = (
    re.compile(r"[;:]\s"),
    re.compile(r",\s"),
    re.compile(r"\s[-–—]+\s"),
    re.compile(r"\s"),
)


def _add(text: str, start: int, end: int, out: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        for rx in _PIECE_ENDS:  # the last clause break in the second half of the piece
            found = [m.end() for m in rx.finditer(text, start + MAX_SENTENCE // 2, cut)]
            if found:
                cut = found[-1]
                break
        _add(text, start, cut, out)
        start = cut
    if end - start > 1 and _WORD_CHAR.search(text, start, end):
        out.append((start, end))
