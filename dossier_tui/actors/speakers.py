"""Who said each quotation: the actor its attribution names.

The attribution is the clause that introduces the quotation ("X said:", "X told
reporters ...") or the one right after it ("'...,' X said", "'...,' said X",
"'...', according to X"). Its speaker is the subject of the speech verb there, never
a person merely named nearby (after a preposition, as a possessive) or inside a
quotation; "he" or "she" is the last person heard speaking. A quotation that follows
another with nothing but the first one's attribution between them goes on in the same
voice.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from dossier_tui.actors.clusters import Cluster
from dossier_tui.actors.name_kinds import PERSON
from dossier_tui.actors.quotes import (
    Quotation,
    introduced_by,
    named_after,
    pronoun_before,
    quotations,
)
from dossier_tui.lexicon import alternation
from dossier_tui.lexicon.speech import SPEECH_VERBS
from dossier_tui.model import Quote, Source

_SPEAKS = re.compile(r"\s*,?\s*(?:" + alternation(SPEECH_VERBS) + r")\b")
#: a name right before its verb: "X said", "X also told", "X, the mayor, said"
_SUBJECT_OF = re.compile(
    r"(?:\s*,[^,.;\"“”]{0,80},)?\s*(?:(?:also|then|later|has|had|have|was|is|"
    r"would|will|\w+ly)\s+){0,2}$"
)
#: "with the Home Office stating": a name right before its verb is its subject after a
#: preposition too
_RIGHT_BEFORE = re.compile(r"\s+(?:(?:also|then|later|\w+ly)\s+)?")
#: a name after one of these is not the subject of the sentence
_PREPOSITION = re.compile(
    r"\b(?:with|to|of|for|by|about|from|at|on|in|against|and|than|like|"
    r"between|among|on behalf of)\s+(?:the\s+)?$",
    re.I,
)
_POSSESSIVE = re.compile(r"['’]s?\b|['’]")
_PRONOUN_AFTER = re.compile(r"[\s,.!?’”\"']*(?:he|she)\s+\w+", re.I)
#: how far back a pronoun's person may be named
_REACH = 800


@dataclass(frozen=True, order=True)
class KeyedName:
    """Where a source names an actor, with the actor's key and kind."""

    start: int
    end: int
    key: str
    kind: str


def _in_order(m: KeyedName) -> tuple[str | int, ...]:
    """A name's place among a source's names: the order its fields give, compared at once."""
    return (m.start, m.end, m.key, m.kind)


@dataclass(frozen=True)
class Voice:
    """The attribution of the quotation before: where it ends and whom it names (None
    for nobody), so that the next quotation may go on in that voice."""

    end: int
    speaker: str | None


@dataclass
class _Source:
    """What attributing a source's quotations reads: its text, where each sentence
    starts, the actors it names outside quotation marks, and who has been heard so far
    (where each attributed quotation closes, and its speaker)."""

    text: str
    sentence_start: Callable[[int], int]
    names: list[KeyedName]
    heard: list[tuple[int, str]] = field(default_factory=list)


def antecedent(src: _Source, pos: int) -> str | None:
    """Who "he" or "she" is before ``pos``: the last person heard speaking nearby (a quoted
    speaker, or a name followed by "said"), unless a person has been the subject of a
    sentence since; else the last person named."""
    text = src.text
    near = [m for m in src.names if m.end <= pos and m.kind == PERSON and pos - m.end < _REACH]
    spoke = [(m.end, m.key) for m in near if _SPEAKS.match(text, m.end)]
    spoke += [(at, who) for at, who in src.heard if at <= pos and pos - at < _REACH]
    named = [(m.end, m.key) for m in _subjects(text, near)]
    if spoke:
        return max(spoke + named[-1:])[1]
    return near[-1].key if near else None


def _subjects(text: str, found: list[KeyedName]) -> list[KeyedName]:
    """The mentions that can be a subject: not after a preposition, not possessives."""
    return [
        m
        for m in found
        if not _PREPOSITION.search(text, max(0, m.start - 20), m.start)
        and not _POSSESSIVE.match(text, m.end)
    ]


def _subject(text: str, lo: int, verb: int, mentions: list[KeyedName]) -> str | None:
    """The subject of the speech verb at ``verb`` in the clause from ``lo``."""
    inside = [m for m in mentions if lo <= m.start and m.end <= verb]
    for group in ([m for m in inside if m.kind == PERSON], inside):
        subjects = _subjects(text, group)
        direct = [
            m
            for m in group
            if _SUBJECT_OF.fullmatch(text, m.end, verb)
            and (m in subjects or _RIGHT_BEFORE.fullmatch(text, m.end, verb))
        ]
        if direct:
            return direct[-1].key
        if subjects:
            return subjects[0].key
    return None


def _before(src: _Source, q: Quotation, lo: int) -> str | None:
    """The speaker named in the words that introduce the quotation."""
    text, mentions = src.text, src.names
    span = introduced_by(text, q, lo)
    if not span:
        return None
    a, verb = span
    right_after = [m for m in mentions if verb < m.start <= verb + 12 and m.kind == PERSON]
    if right_after and re.fullmatch(r"\w+\s+", text[verb : right_after[0].start]):
        return right_after[0].key  # "said Armando Gutierrez"
    who = _subject(text, a, verb, mentions)
    if who is None and pronoun_before(text, a, verb):
        return antecedent(src, a)
    return who


def _after(src: _Source, q: Quotation) -> tuple[bool, str | None]:
    """(whether there is an attribution after the quotation, the speaker it names)."""
    text = src.text
    after = named_after(text, q)
    if not after:
        return False, None
    a, b, before_verb = after
    named = [m for m in src.names if a <= m.start < b]
    if named:
        people = [m for m in named if m.kind == PERSON]
        return True, (people or named)[0].key
    if before_verb and re.match(r"\s*(?:he|she)\s", text[a : b + 1], re.I):
        return True, antecedent(src, q.open_at)
    return True, None


def speaker(src: _Source, q: Quotation, previous: Voice | None) -> str | None:
    """The actor a quotation is attributed to, or None for a quotation nobody is said to say.
    ``previous`` is the attribution of the quotation before it."""
    text, sentence_start = src.text, src.sentence_start
    if q.intro_at >= 0:  # a statement: "X said:" before it introduces it
        line = text.rfind("\n", 0, max(0, text.rfind("\n", 0, q.intro_at - 1))) + 1
        lo = max(line, sentence_start(q.intro_at - 1))
        return _before(src, Quotation(q.start, q.end, q.intro_at, q.intro_at), lo)
    goes_on = (
        previous is not None
        and previous.end <= q.open_at
        and not text[previous.end : q.open_at].strip()
    )
    attributed, who = _after(src, q)
    if attributed and goes_on and _PRONOUN_AFTER.match(text, q.close_at):
        return previous.speaker  # '"...," said X. "...," he added': X, named or not
    if attributed:
        return who
    if goes_on and previous.speaker:
        return previous.speaker  # '"...," said X. "..."': the same voice goes on
    return _before(src, q, max(sentence_start(q.open_at), q.open_at - 400))


def clause_end(text: str, pos: int) -> int:
    """Past the attribution that follows a quotation (', said X.') to the next sentence;
    ``pos`` itself when the sentence goes on past it."""
    m = re.match(r"[^.!?\n“”\"`‘]{0,120}[.!?]\s*|\s*", text[pos : pos + 140])
    return pos + (m.end() if m else 0)


def _outside(mentions: list[KeyedName], found: list[Quotation]) -> list[KeyedName]:
    """The mentions that start inside no quotation: one starts inside some quotation when
    the furthest end of those opening at or before it lies past it."""
    spans = sorted((q.start, q.end) for q in found)
    starts = [a for a, _ in spans]
    reach, furthest = [], -1
    for _, b in spans:
        furthest = max(furthest, b)
        reach.append(furthest)
    out = []
    for m in mentions:
        i = bisect_right(starts, m.start)
        if not i or reach[i - 1] <= m.start:
            out.append(m)
    return out


def attributed(
    sources: list[Source],
    clusters: list[Cluster],
    sentence_start: Callable[[str, int], int],
    quoted: dict[str, list[Quotation] | None] | None = None,
) -> dict[str, list[Quote]]:
    """Each actor's quotations, by cluster key; ``quoted`` holds a source's
    ``quotations`` when the build found them already."""
    by_source: dict[str, list[KeyedName]] = defaultdict(list)
    for c in clusters:
        for m in c.mentions:
            by_source[m.source].append(KeyedName(m.start, m.end, c.key, c.kind))
    out: dict[str, list[Quote]] = defaultdict(list)
    for s in sources:
        found = (quoted or {}).get(s.id)
        if found is None:
            found = quotations(s.text, s.body_spans())
        # a name inside quotation marks is spoken about, not speaking
        src = _Source(
            s.text,
            lambda pos, sid=s.id: sentence_start(sid, pos),
            _outside(sorted(by_source.get(s.id, []), key=_in_order), found),
        )
        previous: Voice | None = None
        for q in found:
            who = speaker(src, q, previous)
            if who:
                out[who].append(Quote(s.id, q.start, q.end, s.text[q.start : q.end]))
                src.heard.append((q.close_at, who))
            previous = Voice(clause_end(s.text, q.close_at), who)
    return out
