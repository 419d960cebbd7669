"""Find temporal expressions: run the rules, reject look-alikes, keep the best spans.

Look-alikes are the main source of false dates in news: counts ("1,486 nationals"),
names with years ("2025 Border Strategy"), the modal "may", ordinals ("1st batch").
Each rule's ``accept`` holds the checks that tell them apart from real dates; this
module runs the rules of ``rules.RULES``, keeps the longest non-overlapping spans, and
fits them to TimeML's span conventions.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from dossier_tui.temporal import rules
from dossier_tui.temporal.candidate import Candidate
from dossier_tui.temporal.patterns import POS_MOD_RE, POS_MODS, Q_MOD_RE, Q_MODS

__all__ = ["Candidate", "failure", "find"]

#: a line, cut after a sentence end (not after "Sept." or "a.m." before a number or name)
_SEGMENT_RE = re.compile(
    r"[^\n]{1,2000}?(?:(?<=[.!?;])(?<![ap]\.m\.)(?=\s+[A-Z\"“‘'(])|\n|$)|[^\n]{1,2000}"
)
_WORD_RE = re.compile(r"[a-z]+|\d")
#: a rule marked ``first`` wins a tie for a span over every rule that is not
_FIRST = -100
#: the words ``_WORD_RE`` finds for a digit ("<d>" stands for any of them)
_DIGITS = frozenset("0123456789")


class _RuleIndex:
    """The rules with their ranks (their places, ``first`` ones ahead), and which rules
    each keyword belongs to: a segment's words meet a handful of the keywords, so
    looking its words up beats asking every rule."""

    def __init__(self, ruleset: list) -> None:
        self.rules = ruleset
        self.ranked = [(i + (_FIRST if r.first else 0), r) for i, r in enumerate(ruleset)]
        self.of: dict[str, list[int]] = {}
        for i, r in enumerate(ruleset):
            for k in r.keywords:
                self.of.setdefault(k, []).append(i)
        self.keywords = frozenset(self.of)

    def places(self, words: set[str]) -> list[int]:
        """The places of the rules one of whose keywords is among ``words``, in order."""
        hit = words & self.keywords
        if len(hit) <= 1:
            return self.of[next(iter(hit))] if hit else []
        return sorted({i for w in hit for i in self.of[w]})


_index = _RuleIndex(rules.RULES)


def _rule_index() -> _RuleIndex:
    """The index of ``rules.RULES`` as the list now is (made again if it was replaced)."""
    global _index
    if _index.rules is not rules.RULES:
        _index = _RuleIndex(rules.RULES)
    return _index


def _segments(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """Stretches of text no expression crosses: lines, cut at sentence ends when long."""
    for m in _SEGMENT_RE.finditer(text, lo, hi):
        if m.end() > m.start():
            yield m.start(), m.end()


def find(
    text: str,
    spans: list[tuple[int, int]] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> list[Candidate]:
    """All accepted candidates in ``text`` (or within ``spans`` of it), best first
    resolved: non-overlapping, in text order.

    Each rule runs only over segments that hold one of its keywords, which keeps the
    tagger fast on long texts: most sentences have no date at all. A match whose checks
    fail with an error is left out and reported to ``on_error``."""
    regions = spans if spans is not None else [(0, len(text))]
    index = _rule_index()
    cands: list[Candidate] = []
    for lo, hi in regions:
        for s_lo, s_hi in _segments(text, lo, hi):
            words = set(_WORD_RE.findall(text[s_lo:s_hi].lower()))
            if not words.isdisjoint(_DIGITS):
                words.add("<d>")
            for place in index.places(words):
                rank, rule = index.ranked[place]
                for m in rule.pattern.finditer(text, s_lo, s_hi):
                    try:
                        if m.end() > m.start() and rule.accept(m, text):
                            spans_of = rule.split(m) if rule.split else (m.span(),)
                            cands.extend(Candidate(a, b, rule, m, rank=rank) for a, b in spans_of)
                    except Exception as e:
                        _report(on_error, m.group(), m.start(), e)
    cands.sort(key=lambda c: (-(c.end - c.start), c.rank, c.start))
    taken: list[Candidate] = []
    occupied: list[tuple[int, int]] = []
    for c in cands:
        i = bisect.bisect_left(occupied, (c.start, c.start))
        clash = (i > 0 and occupied[i - 1][1] > c.start) or (
            i < len(occupied) and occupied[i][0] < c.end
        )
        if not clash:
            occupied.insert(i, (c.start, c.end))
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    prev_end = 0
    kept = []
    for c in taken:
        try:
            _extend_with_modifier(text, c, prev_end)
        except Exception as e:
            _report(on_error, text[c.start : c.end], c.start, e)
            continue
        kept.append(c)
        prev_end = c.end
    return _join_times(text, kept)


def failure(phrase: str, start: int, error: BaseException) -> str:
    """The one-line report of an expression that could not be read."""
    if len(phrase) > 60:
        phrase = phrase[:57] + "..."
    return f"could not read {phrase!r} at {start} ({type(error).__name__}: {error}); skipped"


def _report(
    on_error: Callable[[str], None] | None, phrase: str, start: int, error: Exception
) -> None:
    if on_error is not None:
        on_error(failure(phrase, start, error))


_TIME_THEN_DAY = re.compile(r"\s*(?:,\s*)?(?:on\s+)?")
_DAY_THEN_TIME = re.compile(r"\s*(?:,\s*)?(?:at\s+|from\s+)?")


def _is_time(c: Candidate) -> bool:
    return c.rule.role == "time"


def _is_day(c: Candidate) -> bool:
    """A whole day ("Tuesday", "Nov. 9"), not a part of one ("Tuesday night", "tonight")."""
    if c.rule.role != "day":
        return False
    gd = c.match.groupdict()
    return not gd.get("pod") and not gd.get("h") and (gd.get("dw") or "").lower() != "tonight"


def _join_times(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Join a clock time to the day written next to it: '9 a.m. Tuesday',
    'noon Thursday', 'Friday at 10pm', '5 p.m. EST, Nov. 9'."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if nxt is not None:
            if _is_time(c) and _is_day(nxt):
                sep = _TIME_THEN_DAY.fullmatch(text, c.end, nxt.start)
                pair = (nxt, c)
            elif _is_day(c) and _is_time(nxt):
                sep = _DAY_THEN_TIME.fullmatch(text, c.end, nxt.start)
                pair = (c, nxt)
            else:
                sep = None
            if sep:
                out.append(Candidate(c.start, nxt.end, c.rule, c.match, c.mod or nxt.mod, pair))
                i += 2
                continue
        out.append(c)
        i += 1
    return out


_POSITION_WORD = re.compile(r"(end|beginning|start|middle|close|turn)")
_SPACES = re.compile(r"\s+")


def _extend_with_modifier(text: str, c: Candidate, floor: int) -> None:
    """Adjust a span to TimeML's conventions: take in a modifier written before the
    expression ("early 2023", "nearly two years ago") and leave out the article of an
    adjectival duration or quarter ("a 16-hour [shift]" -> "16-hour", "the
    third-quarter [loss]" -> "third-quarter"): it belongs to the noun that follows."""
    before = text[max(floor, c.start - 40) : c.start]
    rule = c.rule
    if rule.trim is not None:
        start = rule.trim(c.match, text)
        if start is not None:
            c.start = start
    if rule.modifier in ("quantity", "quantity-mod"):
        q = Q_MOD_RE.search(before)
        if q:
            if rule.modifier == "quantity":
                c.start -= len(before) - q.start()
            c.mod = Q_MODS.get(_SPACES.sub(" ", q["q"].lower()))
    elif rule.modifier == "position" and c.match.group()[:4].lower() not in (
        "earl",
        "late",
        "mid-",
        "mid ",
    ):
        m = POS_MOD_RE.search(before)
        if m:
            c.start -= len(before) - m.start()
            word = (m["pos"] or _POSITION_WORD.search(m["of"].lower()).group(1)).lower()
            c.mod = POS_MODS.get(word)
