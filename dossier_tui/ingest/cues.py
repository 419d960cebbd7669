"""Page furniture found by cue words, anywhere in a text, inside a line as well as on one.

A saved web page often comes as one long line (its paragraph breaks lost), so furniture
cannot be told by the line it sits on. What gives it away is its vocabulary: a comment
widget says "Reply" and "Report abuse", a gallery says "BACK 3 of 12 NEXT", a media player
says "JavaScript must be turned on", a programme listing says "the running order is
subject to change", a footer says "Terms of Service". Each cue below names the words that
give a piece of furniture away and how far the furniture reaches from them:

- ``match``: the cue's own words;
- ``sentence``: the sentence the cue sits in (furniture sentences are whole: nobody
  writes half a sentence of story and half of "Flash player");
- ``rest``: from the cue to the end of the page. A comment section, once it begins,
  runs to the foot of the page: what follows the comments is the page's footer.

Kinds: comments, social, gallery, schedule, notice, share, promo, footer, dateline (a
page's time stamps: "Last updated at 14:07 GMT", "Friday 8 July 2005 15.00 BST"), credit
(a photograph's: "Photograph: Jo Bloggs/AP"), section (a page's labels: "Your stories").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier_tui.ingest.cue_table import CUES, DAY, MONTH, WEEKDAY
from dossier_tui.model import Furniture
from dossier_tui.text.prefiltered import scanned

#: where a sentence ends: . ! ? (and closing quotes) before a blank and a capital, or the end
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9#@]|\s*$)|\n")
#: the longest sentence a cue may claim, in characters on either side of it
_REACH = 400


#: hashtags: "#CNN", "#bees"; not "#ng" (a garbled character) nor a tag the story quotes
_TAG = r"#(?:[A-Za-z]\w*[A-Z]\w*|[a-z]\w{3,})"
_HASHTAG = re.compile(r"(?<![\w&#/\"“‘'])(?<![\"“‘'] )" + _TAG)
#: what finds them fast: the tag alone (the look behind is tried only where there is one)
_HASHTAG_SCAN = re.compile(_TAG)
#: two tags this close belong to one side-bar
_TAG_GAP = 300


#: a comment's time stamp: "8th November 2011 - 17:40", "Added: Tuesday, 19 January, 2010, 17:55";
#: two or more make a comment list
_STAMPS = (
    rf"{DAY} {MONTH},? \d{{4}} - \d{{1,2}}:\d{{2}}\b",
    rf"(?:Added|Posted|Submitted):? (?:{WEEKDAY},? )?{DAY} {MONTH},? \d{{4}},? "
    r"\d{1,2}[:.]\d{2}\b",
)
_STAMP = re.compile("|".join(rf"\b{s}" for s in _STAMPS))
#: what finds them fast: the stamps without the word boundary they open on
_STAMP_SCAN = re.compile("|".join(_STAMPS))
#: a link to another site's story: "Girl pulled out alive - 4 hrs ago MSNBC"
_AGO = re.compile(r" - \d+ (?:mins?|minutes?|hrs?|hours?|days?) ago(?: [A-Z][\w.!'’-]*| via){0,4}")
#: two links this close make a list
_LINK_GAP = 300


def _sentence(text: str, start: int, end: int, lo: int) -> tuple[int, int]:
    """The sentence around ``[start, end)``: back to the previous sentence end (or ``lo``)
    and on to the next, each at most ``_REACH`` characters away."""
    a = max(lo, start - _REACH)
    s = a
    for m in _END.finditer(text, a, start):
        s = m.end()
    if s == a and a > lo:  # no sentence end within reach: the cue starts it
        s = start
    m = _END.search(text, end, min(len(text), end + _REACH))
    e = m.end() if m else end
    while s < start and text[s].isspace():
        s += 1
    return s, e


def _hashtag_runs(text: str, lo: int) -> Iterator[tuple[int, int]]:
    """Sentences holding two or more hashtags close together: a tweet or a side-bar."""
    for run in _runs(scanned(_HASHTAG, _HASHTAG_SCAN, text, lo), _TAG_GAP):
        yield _sentence(text, run[0].start(), run[-1].end(), lo)


def _runs(matches: Iterator[re.Match[str]], gap: int) -> Iterator[list[re.Match[str]]]:
    """Runs of two or more of the ``matches``, each within ``gap`` characters of the last."""
    run: list[re.Match[str]] = []
    for m in matches:
        if run and m.start() - run[-1].end() > gap:
            if len(run) > 1:
                yield run
            run = []
        run.append(m)
    if len(run) > 1:
        yield run


def find(text: str, body_start: int = 0) -> list[Furniture]:
    """Furniture spans found by cue words in ``text`` after ``body_start``, sorted; spans
    of one kind that touch are merged."""
    spans: list[Furniture] = []
    rest: int | None = None  # where the comment section begins
    low = text.lower()
    for cue in CUES:
        if not any(w in low for w in cue.anchors):
            continue
        kind, reach = cue.kind, cue.reach
        for m in cue.finditer(text, body_start):
            if reach == "rest":
                rest = m.start() if rest is None else min(rest, m.start())
                break
            a, b = (
                (m.start(), m.end())
                if reach == "match"
                else _sentence(text, m.start(), m.end(), body_start)
            )
            spans.append(Furniture(a, b, kind))
    spans += [Furniture(a, b, "social") for a, b in _hashtag_runs(text, body_start)]
    for run in _runs(_AGO.finditer(text, body_start), _LINK_GAP):
        spans.append(
            Furniture(
                _sentence(text, run[0].start(), run[0].end(), body_start)[0], run[-1].end(), "link"
            )
        )
    stamps = next(_runs(scanned(_STAMP, _STAMP_SCAN, text, body_start), len(text)), None)
    if stamps:
        rest = stamps[0].start() if rest is None else min(rest, stamps[0].start())
    if rest is not None:
        end = len(text.rstrip())
        spans = [f for f in spans if f.end <= rest] + [Furniture(rest, end, "comments")]
    return _merge(spans)


def _merge(spans: list[Furniture]) -> list[Furniture]:
    out: list[Furniture] = []
    for f in sorted(spans, key=lambda f: (f.start, -f.end)):
        if out and f.start <= out[-1].end and (f.kind == out[-1].kind or f.end <= out[-1].end):
            last = out[-1]
            out[-1] = Furniture(last.start, max(last.end, f.end), last.kind)
        else:
            out.append(f)
    return out
