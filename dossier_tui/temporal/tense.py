"""Which way in time a sentence points: past, future or present.

A bare "Friday" or "February" is resolved backwards or forwards from the reference
date by the tense of the verbs nearest to it in its clause ("said Friday" is the Friday
just gone; "will meet on Friday" the one to come). This is a light, local heuristic:
the closest verb marker wins, weighted by distance.
"""

from __future__ import annotations

import re

_FUTURE = (
    r"will|won['’]t|['’]ll|shall|going\s+to|is\s+to|are\s+to|plans?\s+to|planning|planned\s+for"
    r"|expects?\s+to|expected\s+to|is\s+expected|are\s+expected|scheduled|due\s+to|due|set\s+to"
    r"|upcoming|to\s+be\s+held|to\s+take\s+place|taking\s+place|will\s+be|would|aims?\s+to"
    r"|intends?\s+to|hopes?\s+to|next|forthcoming|starting|begins?|opens?"
    r"|as\s+soon\s+as|as\s+early\s+as|no\s+later\s+than|payable|effective|expires?|ahead\s+of"
)
_IRREGULAR_PAST = (
    "said|told|was|were|had|did|took|made|came|went|met|gave|found|left|began|held|saw|brought"
    "|got|sent|spent|won|lost|fell|rose|paid|sold|bought|led|built|struck|broke|stood|ran|wrote"
    "|spoke|became|kept|put|set|shot|hit|cut|quit|fled|fought|caught|taught|thought|felt|heard"
    "|knew|grew|drew|threw|flew|drove|rode|wore|tore|chose|froze|stole|woke|sank|swam|sang"
    "|began|bore|forgave|forbade|withdrew|overtook|undertook|understood|upheld|arose|awoke"
    "|sought|dealt|meant|slid|split|spread|lit|laid|paid|swore|slept|sped|bid|hid"
)
#: past forms that point ahead: a plan, or a delay ("postponed until Tuesday")
_ED_AHEAD = {
    "scheduled",
    "expected",
    "planned",
    "proposed",
    "intended",
    "postponed",
    "adjourned",
    "deferred",
}
# words ending in -ed that usually mark the future or are adjectives, not past events
_ED_EXCEPTIONS = _ED_AHEAD | {
    "needed",
    "related",
    "based",
    "united",
    "limited",
    "red",
    "bed",
    "shed",
    "speed",
    "need",
    "feed",
    "seed",
    "breed",
    "proceed",
    "exceed",
    "succeed",
    "hundred",
    "indeed",
    "embed",
    "called",
    "named",
    "armed",
    "alleged",
    "so-called",
    "detailed",
    "advanced",
    "unprecedented",
    "renewed",
    "sacred",
}
_MARKER_RE = re.compile(
    # "had been due to", "was scheduled for": a plan that belongs to the past
    r"(?P<pastplan>\b(?:had\s+been|was|were)\s+(?:scheduled|due|expected|set|planned|supposed|to)\b)"
    rf"|(?P<future>\b(?:{_FUTURE})\b)"
    rf"|(?P<past>\b(?:{_IRREGULAR_PAST}|has\s+been|have\s+been|had\s+been|ago|last|earlier|previously)\b"
    r"|\b[a-z]{2,}ed\b)"
    r"|(?P<present>\b(?:is|are|am|says|has|have|does|do)\b)",
    re.I,
)
_PASSIVE_RE = re.compile(r"\b(?:be|being)\s+$", re.I)
_ENDED_RE = re.compile(r"\b(?:ended|closed)\s+(?:on\s+)?$", re.I)
_DEADLINE_RE = re.compile(r"\b(?:until|till|by|no\s+later\s+than)\s+$", re.I)
#: a sentence or clause ends here, unless the period closes an abbreviation ("vs.", "Mr.")
_CLAUSE_END = re.compile(
    r"(?<![A-Z])(?<!\b(?:vs|Mr|Ms|Dr|St|Jr|Co|No))(?<!\b(?:Mrs|Gen|Sen|Rep|Gov|Col|Sgt|Inc|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
    r"(?<!\bCorp|\bSept|\bCapt)[.!?;:](?:[\"”’]|'')?\s|\n"
)

_WINDOW = 160


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence-like stretch around ``[start, end)`` (at most a window)."""
    lo = max(0, start - _WINDOW)
    left = lo
    for m in _CLAUSE_END.finditer(text, lo, start):
        left = m.end()
    hi = min(len(text), end + _WINDOW)
    m = _CLAUSE_END.search(text, end, hi)
    right = m.start() + 1 if m else hi
    return left, right


_QUOTE_RE = re.compile(r"``|''|[\"“”]")


def _inside_quote(text: str, start: int, end: int, left: int, right: int) -> tuple[int, int]:
    """Narrow the clause to the quotation holding the expression, if any: in
    'he will leave on Thursday,'' Castro said', "said" does not date Thursday."""
    marks = [m.start() for m in _QUOTE_RE.finditer(text, left, right)]
    before = [p for p in marks if p < start]
    after = [p for p in marks if p >= end]
    if len(before) % 2 == 1 and after:
        return before[-1], after[0]
    return left, right


def tense(text: str, start: int, end: int) -> str | None:
    """'past', 'future', 'present' or None for the clause holding ``[start, end)``."""
    left, right = _inside_quote(text, start, end, *clause(text, start, end))
    scores = {"past": 0.0, "future": 0.0, "present": 0.0}
    if _DEADLINE_RE.search(text, max(0, start - 12), start):
        # "until Tuesday", "by 9 a.m. Friday": a deadline ahead, unless a verb says it
        # is over ("ran until June")
        scores["future"] += 0.5
    if _ENDED_RE.search(text, max(0, start - 12), start):
        return "past"  # "the year ended Jan. 31": a period already over
    for m in _MARKER_RE.finditer(text, left, right):
        if start <= m.start() < end:
            continue
        kind = m.lastgroup
        if kind == "pastplan":
            kind = "past"
        word = m.group().lower()
        if kind == "past" and _PASSIVE_RE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "would be paid": the auxiliary carries the tense
        if kind == "past" and word in _ED_EXCEPTIONS:
            if word in _ED_AHEAD:
                kind = "future"
            else:
                continue
        dist = m.start() - end if m.start() >= end else start - m.end()
        weight = 1.0 / (1.0 + max(dist, 0) / 12.0)
        if kind == "present":
            weight *= 0.5
        scores[kind] += weight
    best = max(scores, key=scores.get)
    return best if scores[best] > 0 else None
