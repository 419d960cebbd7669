"""The parts of a sentence a clause is cut from: stretches between separators, the
attribution that closes a sentence ("..., the minister said"), asides between dashes or
commas. Spans are offsets into the text; nothing is rewritten.
"""

from __future__ import annotations

import re

from dossier_tui.lexicon.speech import SAY, SAY_TELL

SEPARATORS = re.compile(r",\s+|;\s+|\s+[–—]\s+|\s+--?\s+|:\s+")


FIRST_VERB = re.compile(
    rf"\b(?:[a-z]+ed|{SAY_TELL}|met|took|made|went|came|gave|left|began|held|saw|won|"
    r"lost|sent|paid|set|put|fled|led|ran|rose|fell|struck|clung|spoke|is|are|was|were|has|"
    r"have|had|will|would|can|could|may|might)\b"
)


def segments(text: str, lo: int, hi: int, times: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Comma-, dash- and semicolon-separated stretches (not inside quotes or time
    expressions: "July 18, 2023" is one)."""
    out, pos = [], lo
    for m in SEPARATORS.finditer(text, lo, hi):
        if inside_quote(text, lo, m.start()) or any(a <= m.start() < b for a, b in times):
            continue
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, hi))
    return [(a, b) for a, b in out if text[a:b].strip()]


def inside_quote(text: str, lo: int, pos: int) -> bool:
    chunk = text[lo:pos]
    return (chunk.count("“") > chunk.count("”")) or chunk.count('"') % 2 == 1


def split_at(text: str, a: int, b: int, rx: re.Pattern) -> list[tuple[int, int]]:
    out, pos = [], a
    for m in rx.finditer(text, a, b):
        if m.start() > pos and not inside_quote(text, a, m.start()):
            out.append((pos, m.start()))
            pos = m.end()
    out.append((pos, b))
    return out


def containing(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    return next(((a, b) for a, b in spans if a <= start and end <= b), None)


#: a closing source: "according to a poll published today"
ACCORDING = re.compile(r"\s*according\s+to\s", re.I)


#: a closing attribution: "the attorney general said", "Lord Goldsmith told MPs"
_ATTRIBUTION = re.compile(
    rf"(?:[\w’'.-]+\s+){{0,9}}?(?:{SAY}|added|announced|confirmed|reported|reports|stated|"
    r"told\s+[\w’'-]+(?:\s+[\w’'-]+)?)",
    re.I,
)


#: a segment that opens on these goes on with what was said ("spreading between people,
#: within countries and across the globe, the minister said"), it names nobody
_PHRASE_OF_PLACE = re.compile(
    r"\s*(?:in|within|across|at|on|by|for|from|to|with|between|through|during|after|before"
    r"|under|over|into|and|or|but|as|while|amid)\s",
    re.I,
)


#: a segment after a closing attribution that tells the moment, not the news
_ASIDE_AFTER = re.compile(r"\s*(?:as|while|amid|after|when|with)\s", re.I)


def said_at_the_end(
    text: str, segs: list[tuple[int, int]], idx: int, piece: tuple[int, int], sent: tuple[int, int]
) -> int | None:
    """Where the clause ends that a closing attribution reports ("..., the attorney
    general, Lord Goldsmith, said last night"): the start of the attribution's first
    segment, when the dated piece is the attribution at the sentence's end; else None."""
    if idx < 1 or piece[1] < segs[idx][1] - 1:
        return None
    # the attribution ends the sentence, or only an aside about the moment follows it
    # ("..., the minister said on Monday, as the talks resumed")
    if any(not _ASIDE_AFTER.match(text, a) for a, _ in segs[idx + 1 :]):
        return None
    head = text[segs[idx][0] : piece[1]]
    m = _ATTRIBUTION.match(head)
    if not m or FIRST_VERB.search(head, 0, m.start()):
        return None
    rest = head[m.end() :]
    if len(rest.split()) > 8 or FIRST_VERB.search(rest):
        # "Philippines says has second case ... said it recorded": no closing attribution
        return None
    first = idx
    while (
        first > 1
        and len(text[segs[first - 1][0] : segs[first - 1][1]].split()) <= 6
        and not FIRST_VERB.search(text, segs[first - 1][0], segs[first - 1][1])
        and not _PHRASE_OF_PLACE.match(text, segs[first - 1][0])
    ):
        first -= 1  # "the attorney general", "Lord Goldsmith": who said it
    end = segs[first - 1][1]
    return end if end - sent[0] >= 20 else None


def past_dashes(text: str, segs: list[tuple[int, int]], idx: int) -> int | None:
    """The segment after an aside between dashes that follows segment ``idx``, if any."""
    dash = re.compile(r"[–—]|\s--?\s")
    if idx < 0 or idx + 2 >= len(segs) or not dash.search(text, segs[idx][1], segs[idx + 1][0]):
        return None
    for j in range(idx + 2, min(len(segs), idx + 6)):
        if dash.search(text, segs[j - 1][1], segs[j][0]):
            return j
    return None


def is_aside(
    text: str, before: tuple[int, int], middle: tuple[int, int], after: tuple[int, int]
) -> bool:
    """True when ``middle`` is an aside, not what comes next is about: between dashes,
    or between commas with no verb ("The quake, the region's worst in decades, struck")."""
    seps = [text[a:b] for a, b in ((before[1], middle[0]), (middle[1], after[0]))]
    if all(re.search(r"[–—]|\s--?\s", sep) for sep in seps):
        return True
    if (
        not all("," in sep for sep in seps)
        or FIRST_VERB.search(text, before[0], before[1])
        or len(text[before[0] : before[1]].split()) > 8
    ):
        return False
    # "The pupil, who visited the US, was diagnosed": a relative clause between commas is an aside
    # too
    return not FIRST_VERB.search(text, middle[0], middle[1]) or bool(
        re.match(r"(?:who|which)\s", text[middle[0] :])
    )
