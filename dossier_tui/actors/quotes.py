"""Direct speech and who said it.

A quotation is the text between quotation marks (curly, straight or ``TeX-style''),
running over paragraphs when a paragraph opens a quotation it does not close and the
next one opens again, as English prints a long quotation. A press release prints
"X said:" and then the words without marks: the paragraphs after it are the quotation
for as long as they speak in the first person. The speaker is the actor named where
the quotation is introduced ("X said:", "X said ... '...'", "'...,' X said"); a quotation
nobody is said to have said (a scare quote) is nobody's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from dossier_tui.actors.lexicon import SPEECH_VERBS, alternation

_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:ve|m|d|ll)|we|We|our|Our|us|my|My|me)\b")
_INTRO_END = re.compile(r"\b(" + alternation(SPEECH_VERBS) + r")\b[^.!?\n“”\"]{0,50}:\s*$")
#: verbs that introduce words within a sentence ("announced its support for a “centre”" does not)
_VERB = re.compile(r"\b(" + alternation(SPEECH_VERBS - {"according", "call", "calls", "announced", "announces"})
                   + r")\b")
_AFTER = re.compile(r"[\s,.!?’”\"']*(?:[,—–-]\s*)?((?:[\w.’'\-]+\s+){0,4}?)(" + alternation(SPEECH_VERBS)
                    + r")\b", re.I)
#: how many words may stand between a speech verb and the quotation it introduces
_NEAR = 12
_PRONOUN = re.compile(r"\b(he|she|He|She)\s*$")


@dataclass(frozen=True)
class Quotation:
    """Quoted words: ``start``/``end`` span the words inside the marks."""

    start: int
    end: int
    #: where the marks are, so that attribution can look just outside them
    open_at: int
    close_at: int


def _paragraphs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out, pos = [], lo
    for m in re.finditer(r"\n", text[lo:hi]):
        out.append((pos, lo + m.start()))
        pos = lo + m.end()
    out.append((pos, hi))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _marks(text: str, a: int, b: int) -> list[tuple[int, int, bool]]:
    """(position, width, opening?) of every double quotation mark in a paragraph."""
    out = []
    for m in re.finditer(r"``|''|[“”\"]", text[a:b]):
        i, mark = a + m.start(), m.group()
        if mark in ("``", "“"):
            out.append((i, len(mark), True))
        elif mark in ("''", "”"):
            out.append((i, len(mark), False))
        else:  # a straight mark opens after a space or at the start
            prev = text[i - 1] if i > a else " "
            out.append((i, 1, prev.isspace() or prev in "([—–-:"))
    return out


def quotations(text: str, body: list[tuple[int, int]]) -> list[Quotation]:
    """Every quotation in the story text, long ones whole."""
    found: list[Quotation] = []
    for lo, hi in body:
        opened: tuple[int, int] | None = None  # (open mark, first quoted character)
        last_end = lo
        for a, b in _paragraphs(text, lo, hi):
            marks = _marks(text, a, b)
            reopens = bool(marks) and marks[0][2] and not text[a:marks[0][0]].strip()
            if opened is not None and not reopens:
                # never closed and not reopened: the quotation ends with its paragraph
                found.append(Quotation(opened[1], last_end, opened[0], last_end))
                opened = None
            for pos, width, is_open in marks:
                if is_open and opened is None:
                    opened = (pos, pos + width)
                elif not is_open and opened is not None:
                    if text[opened[1]:pos].strip():
                        found.append(Quotation(opened[1], pos, opened[0], pos + width))
                    opened = None
                # an opening mark inside an open quotation is the one that reopens it: skip
            last_end = b
            while last_end > a and text[last_end - 1].isspace():
                last_end -= 1
        if opened is not None:
            found.append(Quotation(opened[1], last_end, opened[0], last_end))
    return _with_blocks(text, body, found)


def _with_blocks(text: str, body: list[tuple[int, int]], found: list[Quotation]) -> list[Quotation]:
    """Add press-release quotations: paragraphs after "X said:" that speak as "I"/"we"."""
    out = list(found)
    for lo, hi in body:
        paras = _paragraphs(text, lo, hi)
        for i, (a, b) in enumerate(paras):
            if not _INTRO_END.search(text[a:b]) or i + 1 >= len(paras):
                continue
            n_a, n_b = paras[i + 1]
            if text[n_a:n_b].lstrip()[:1] in "\"“`'‘":
                continue  # an ordinary quotation follows
            j = i + 1
            while j < len(paras) and _FIRST_PERSON.search(text[paras[j][0]:paras[j][1]]) \
                    and not _INTRO_END.search(text[paras[j][0]:paras[j][1]]):
                j += 1
            if j > i + 1:
                start = paras[i + 1][0]
                end = paras[j - 1][1]
                while end > start and text[end - 1].isspace():
                    end -= 1
                out.append(Quotation(start, end, start, end))
    return sorted(out, key=lambda q: q.start)


def introduced_by(text: str, q: Quotation, sent_start: int) -> tuple[int, int] | None:
    """Where the words that introduce a quotation are: (start, verb position), for the
    speaker to be found just before the verb; or (verb end, window end) after it."""
    before = text[sent_start:q.open_at]
    m = _INTRO_END.search(before)
    if m:
        return sent_start, sent_start + m.start(1)
    verbs = list(_VERB.finditer(before))
    if verbs and len(before[verbs[-1].end():].split()) <= _NEAR:
        return sent_start, sent_start + verbs[-1].start()
    return None


def named_after(text: str, q: Quotation) -> tuple[int, int] | None:
    """'"...," Jenrick said' / '"...," said Jenrick': the span where the speaker is named."""
    m = _AFTER.match(text, q.close_at, min(len(text), q.close_at + 80))
    if not m or "\n" in m.group(0):
        return None
    return q.close_at, m.end() + 60


def pronoun_before(text: str, lo: int, verb_at: int) -> bool:
    """"... he said": the speaker is the person last named."""
    return bool(_PRONOUN.search(text[lo:verb_at].rstrip()))


def is_statement(text: str, start: int) -> bool:
    """A quotation introduced as a statement, "X said:" (or "X said about the deal:")."""
    before = text[max(0, start - 160):start].rstrip(" \t\"“`\n")
    return bool(_INTRO_END.search(before + "\n" if before.endswith(":") else before))
