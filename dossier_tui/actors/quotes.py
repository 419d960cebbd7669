"""Direct speech and where it is said to be said.

A quotation is the text between quotation marks: curly, straight, ``TeX-style'', or
single ones (‘...’, and ` ...' as tokenised text prints them). A quotation runs over
paragraphs when a paragraph opens a quotation it does not close and the next one opens
again, as English prints a long quotation; text saved without its paragraph breaks
shows the same thing as a quotation reopened just after a full stop. A quotation never
closed (a stray mark, or a close lost with the breaks) ends with its first sentence and
runs on only while it speaks in the first person, so that it cannot swallow the rest of
a one-line article. A press release prints "X said:" and then the words without marks:
what follows is the quotation for as long as it speaks in the first person.

The speaker is the actor named where the quotation is introduced ("X said:", "X said
... '...'") or in the attribution after it ("'...,' X said", "'...,' said X", "'...',
according to X"); a quotation nobody is said to have said (a scare quote) is nobody's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier_tui.lexicon import alternation
from dossier_tui.lexicon.speech import SPEECH_VERBS

_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:ve|m|d|ll)|we|We|our|Our|us|my|My|me)\b")
_VERBS = alternation(SPEECH_VERBS)
_INTRO_END = re.compile(r"\b(" + _VERBS + r")\b[^.!?\n“”\"]{0,50}:\s*$")
#: "X said: We ..." inside a line: a statement printed without marks
_INTRO_COLON = re.compile(r"\b(?:" + _VERBS + r")\b[^.!?\n“”\"`‘]{0,50}:[ \t]*(?=[A-Z])")
#: verbs that introduce words within a sentence ("announced its support for a “centre”" does not)
_VERB = re.compile(
    r"\b("
    + alternation(SPEECH_VERBS - {"according", "call", "calls", "announced", "announces"})
    + r")\b"
)
#: the attribution after a quotation: up to four words, then the verb ("he said", "said X")
_AFTER = re.compile(
    r"([\s,.!?’”\"']*(?:[,—–-]\s*)?)((?:[\w.’'\-]+\s+){0,4}?)(" + _VERBS + r")\b", re.I
)
#: how many words may stand between a speech verb and the quotation it introduces
_NEAR = 12
#: words that open an attribution naming nobody: "the defence lawyer added", "he said"
_DETERMINERS = frozenset("he she the a an his her their its one another".split())
#: after a quotation that ends its sentence, an attribution must end one too: '"..." he said.'
_ENDS_SOON = re.compile(r"(?:\s+[\w’'-]+){0,3}\s*[.!?](?:\s|$)")
_CLAUSE_ENDS = re.compile(r"[^.!?\"“”]{0,60}[.!?](?:\s|$)")
_PRONOUN = re.compile(r"\b(he|she|He|She)\s*$")
#: a sentence ends at . ! ? before a capital or a quotation mark, not after "Mr" or an initial
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMrs)(?<!\bMr|\bMs|\bDr|\bSt)[.!?]+(?=\s+[\"“`‘(]?[A-Z0-9])"
)
#: text a quotation may open after: a paragraph start, a sentence end, a colon or a comma
_OPENS_AFTER = re.compile(r"(?:^|[.!?:,;—–-]\s*)$")
#: a paragraph of a long quotation: longer than this, a reopening mark starts a new one
_PARAGRAPH = 700

_DOUBLE, _SINGLE = "double", "single"


@dataclass(frozen=True)
class Quotation:
    """Quoted words: ``start``/``end`` span the words inside the marks."""

    start: int
    end: int
    #: where the marks are, so that attribution can look just outside them
    open_at: int
    close_at: int
    #: for a statement printed without marks, where "X said:" ends
    intro_at: int = -1


@dataclass(frozen=True)
class _Mark:
    at: int
    width: int
    opening: bool
    kind: str


def _paragraphs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out, pos = [], lo
    for m in re.finditer(r"\n", text[lo:hi]):
        out.append((pos, lo + m.start()))
        pos = lo + m.end()
    out.append((pos, hi))
    return [(a, b) for a, b in out if text[a:b].strip()]


_MARK = re.compile(r"``|''|[“”\"`‘’']")
_PLURAL_POSSESSIVE = re.compile(r"s['’] [a-z]")


def _marks(text: str, a: int, b: int) -> list[_Mark]:
    """Every quotation mark of a paragraph. A straight double mark opens after a blank
    or at the start; a single closing mark is an apostrophe no letter follows."""
    out = []
    for m in _MARK.finditer(text, a, b):
        i, mark = m.start(), m.group()
        prev = text[i - 1] if i > a else " "
        nxt = text[i + len(mark)] if i + len(mark) < b else " "
        if mark in ("``", "“"):
            out.append(_Mark(i, len(mark), True, _DOUBLE))
        elif mark in ("''", "”"):
            out.append(_Mark(i, len(mark), False, _DOUBLE))
        elif mark == '"':
            out.append(_Mark(i, 1, prev.isspace() or prev in "([—–-:", _DOUBLE))
        elif mark in "`‘":
            out.append(_Mark(i, 1, True, _SINGLE))
        elif not nxt.isalnum() and not prev.isspace() and not _PLURAL_POSSESSIVE.match(text, i - 1):
            out.append(_Mark(i, 1, False, _SINGLE))  # ’ ' closing, not "don't" nor "workers' union"
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """(a, b) without the blanks at either end."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _first_person_run(text: str, a: int, b: int, skip_first: bool = False) -> int:
    """Where words that start at ``a`` stop speaking as "I"/"we": after their first
    sentence, and after each next one that still does (before ``b``). With
    ``skip_first`` the first sentence need not say "I" if the second one does."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, a, b)] + [b]
    end, pos, i = ends[0], ends[0], 1
    if skip_first and not _FIRST_PERSON.search(text, a, ends[0]):
        if len(ends) < 2 or not _FIRST_PERSON.search(text, ends[0], ends[1]):
            return a
        end, pos, i = ends[1], ends[1], 2
    for nxt in ends[i:]:
        if not _FIRST_PERSON.search(text, pos, nxt):
            break
        end, pos = nxt, nxt
    return _trim(text, a, end)[1]


def _continues(text: str, para_start: int, open_at: int, segment: int, pos: int) -> bool:
    """A mark that opens inside an open quotation reopens it (the next paragraph of a
    long quotation) when the quotation opened where quotations open, its last paragraph
    is not too long and ended a sentence just before the mark."""
    return (
        bool(
            _OPENS_AFTER.search(text[max(para_start, open_at - 40) : open_at])
            or _VERB.search(text, max(para_start, open_at - 40), open_at)
        )
        and pos - segment <= _PARAGRAPH
        and bool(re.search(r"[.!?,]\S*\s*$", text[segment:pos]))
    )


class _Open:
    """A quotation being read: its opening mark, kind, and the paragraph it is in."""

    def __init__(self, mark: _Mark, para_start: int):
        self.mark, self.para_start = mark, para_start
        self.segment = mark.at + mark.width  # where its last (re)opened paragraph starts

    def left_open(self, text: str, limit: int) -> Quotation:
        """The quotation of a mark never closed before ``limit``."""
        first = self.mark.at + self.mark.width
        end = _first_person_run(text, self.segment, limit)
        start, end = _trim(text, first, end)
        return Quotation(start, end, self.mark.at, end)


def _pair(text: str, paras: list[tuple[int, int]]) -> list[Quotation]:
    """The quotations of the paragraphs of one story span, marks paired."""
    found: list[Quotation] = []
    opened: _Open | None = None
    last_end = paras[0][0] if paras else 0
    for a, b in paras:
        marks = _marks(text, a, b)
        if opened is not None:
            reopens = (
                bool(marks)
                and marks[0].opening
                and marks[0].kind == opened.mark.kind
                and not text[a : marks[0].at].strip()
            )
            if reopens:
                opened.segment = marks[0].at + marks[0].width
                marks = marks[1:]
            else:  # never closed and not reopened: it ends with its paragraph at the latest
                found.append(opened.left_open(text, last_end))
                opened = None
        for mark in marks:
            if opened is None:
                if mark.opening:
                    opened = _Open(mark, a)
                continue
            if mark.kind != opened.mark.kind:
                continue  # a quotation inside the quotation is part of it
            if not mark.opening:
                start, end = _trim(text, opened.mark.at + opened.mark.width, mark.at)
                if start < end:
                    found.append(Quotation(start, end, opened.mark.at, mark.at + mark.width))
                opened = None
            elif _continues(text, opened.para_start, opened.mark.at, opened.segment, mark.at):
                opened.segment = mark.at + mark.width
            else:
                found.append(opened.left_open(text, mark.at))
                opened = _Open(mark, a)
        last_end = _trim(text, a, b)[1]
    if opened is not None:
        found.append(opened.left_open(text, last_end))
    return found


def quotations(text: str, body: list[tuple[int, int]]) -> list[Quotation]:
    """Every quotation in the story text, long ones whole."""
    found = [q for lo, hi in body for q in _pair(text, _paragraphs(text, lo, hi))]
    return _with_blocks(text, body, found)


def _inside(found: list[Quotation], pos: int) -> bool:
    return any(q.open_at <= pos < max(q.end, q.close_at) for q in found)


def _with_blocks(text: str, body: list[tuple[int, int]], found: list[Quotation]) -> list[Quotation]:
    """Add statements printed without marks: the words after "X said:" for as long as
    they speak as "I"/"we", paragraph after paragraph."""
    out = list(found)
    for lo, hi in body:
        paras = _paragraphs(text, lo, hi)
        for i, (a, b) in enumerate(paras):
            if text.find(":", a, b) < 0:
                continue  # both ways of introducing a statement end on a colon
            intro = _INTRO_END.search(text, a, b)
            if intro and i + 1 < len(paras):
                block = _block_after(text, paras, i + 1)
                if block:
                    out.append(Quotation(*block, block[0], block[1], intro.end()))
                continue
            for m in _INTRO_COLON.finditer(text, a, b):
                if not _inside(found, m.start()):
                    end = _first_person_run(
                        text, m.end(), _next_mark(text, m.end(), b), skip_first=True
                    )
                    if end > m.end():
                        out.append(Quotation(m.end(), end, m.end(), end, m.end()))
    return sorted(out, key=lambda q: q.start)


def _next_mark(text: str, a: int, b: int) -> int:
    """Where the next double quotation mark is, or ``b``."""
    m = re.compile(r"``|[“”\"]").search(text, a, b)
    return m.start() if m else b


def _block_after(text: str, paras: list[tuple[int, int]], j: int) -> tuple[int, int] | None:
    """The statement that starts with paragraph ``j``: whole paragraphs while they speak in
    the first person; a paragraph that stops doing so mid-way ends it there."""
    if text[paras[j][0] : paras[j][1]].lstrip()[:1] in "\"“`'‘":
        return None  # an ordinary quotation follows
    start, end = paras[j][0], paras[j][0]
    for a, b in paras[j:]:
        if _INTRO_END.search(text, a, b) or not _FIRST_PERSON.search(text, a, b):
            break
        stop = _first_person_run(text, a, _next_mark(text, a, b), skip_first=True)
        if stop <= a:
            break
        end = stop
        if stop < _trim(text, a, b)[1]:
            break
    return (start, end) if end > start else None


def introduced_by(text: str, q: Quotation, sent_start: int) -> tuple[int, int] | None:
    """Where the words that introduce a quotation are: (start, verb position), for the
    speaker to be found just before the verb; or (verb end, window end) after it."""
    before = text[sent_start : q.open_at]
    m = _INTRO_END.search(before)
    if m:
        return sent_start, sent_start + m.start(1)
    verbs = list(_VERB.finditer(before))
    if verbs and len(before[verbs[-1].end() :].split()) <= _NEAR:
        return sent_start, sent_start + verbs[-1].start()
    return None


def named_after(text: str, q: Quotation) -> tuple[int, int, bool] | None:
    """'"...," Dr Lee said' / '"...," said Dr Lee' / '"...", according to Dr Lee': the span
    of the attribution's words, and whether they come before the verb. A quotation that
    ends its sentence ('"..." Police said the ...') has one only if it is short and ends
    there too ('"..." he said.')."""
    m = _AFTER.match(text, q.close_at, min(len(text), q.close_at + 80))
    if not m or "\n" in m.group(0):
        return None
    if m.group(2).strip():
        a, b = q.close_at + len(m.group(1)), m.start(3)
        first = m.group(2).split()[0]
        if first[:1].islower() and first not in _DETERMINERS:
            return None  # "... and asked": the quotation's own sentence goes on
        ends = _ENDS_SOON
    else:
        clause = re.match(r"(?:\s+to)?\s+([^,.;:!?\"“”`]{0,50})", text[m.end() : m.end() + 60])
        a, b = m.end(), m.end() + (clause.end() if clause else 0)
        ends = _CLAUSE_ENDS
    stop = text[q.close_at - 2 : q.close_at + len(m.group(1))]
    if not re.search(r"[,!?—–-]", stop) and not ends.match(text, m.end()):
        return None
    return a, b, bool(m.group(2).strip())


def pronoun_before(text: str, lo: int, verb_at: int) -> bool:
    """ "... he said": the speaker is the person last named."""
    return bool(_PRONOUN.search(text[lo:verb_at].rstrip()))


def is_statement(text: str, start: int) -> bool:
    """A quotation introduced as a statement, "X said:" (or "X said about the deal:")."""
    before = text[max(0, start - 160) : start].rstrip(' \t"“`\n')
    return bool(_INTRO_END.search(before + "\n" if before.endswith(":") else before))
