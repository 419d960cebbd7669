"""Titles the sources give people, with where they give them.

Two English patterns carry nearly all of them: a title written before the name
("Home Secretary Suella Braverman", "Immigration minister Robert Jenrick") and an
apposition after it ("Yvette Cooper, the Labour Party's shadow home secretary,").
A title then names its holder on its own ("the immigration minister") when exactly
one person in the corpus holds it.
"""
from __future__ import annotations

import re
from collections import defaultdict

from dossier_tui.actors.lexicon import TITLE_HEADS, alternation, fold
from dossier_tui.actors.resolve import Cluster, Mention
from dossier_tui.model import Role

#: lower-case words that may stand in a title before its head ("shadow home secretary")
_MODIFIERS = ("shadow deputy former foreign home interior immigration justice defence defense finance "
              "health education prime vice chief senior junior acting state general executive managing "
              "assistant associate opposition party police army trade environment transport culture "
              "security public national regional local economy energy attorney press communications "
              "federal district county city state's first lead principal permanent financial operating "
              "technology marketing information legal medical military non-executive independent")
_MODIFIER_SET = frozenset(_MODIFIERS.split())
_HEAD_RE = alternation(re.escape(h) for h in TITLE_HEADS)
_MODIFIER_RE = "|".join(_MODIFIERS.split())
_WORD = rf"(?:(?-i:[A-Z])[\w’'\-.]*|\([^()\n]{{1,60}}\)|(?:{_MODIFIER_RE})|(?:{_HEAD_RE})|of|for|in|the)"
#: the title words right before a name, back to the first word that cannot be part of one
_BEFORE = re.compile(rf"(?<![\w’'])((?:{_WORD}[ \t]+)+)$", re.I)
_APPOSITION = re.compile(rf",[ \t]+(?:(?:the|a|an)[ \t]+)?((?:[^,.;:()\n]|(?<=[A-Z])\.(?=[A-Z]\.)|(?<=\b[A-Z]\.[A-Z])\.){{0,80}}?\b(?:{_HEAD_RE}))\b"
                         rf"(?:[ \t]+(?:of|for|at|to)[ \t]+[^,.;:()\n]{{2,60}}?)?(?=[,.;:)]|[ \t]+(?:who|which)\b)",
                         re.I)
#: "Magna's chief financial officer, James McAlpine": the title, a comma, then the name
_BEFORE_COMMA = re.compile(rf"(?:\b(?:the|its|his|her|their)|[\w.]+['’]s)[ \t]+((?:(?:{_MODIFIER_RE}|"
                           rf"{_HEAD_RE}|and)[ \t]+){{0,4}}(?:{_HEAD_RE})),[ \t]+$", re.I)
_LEADING = re.compile(r"(?:(?:the|of|for|in|and|according|to|by|with)\s+)+", re.I)
_NOT_TITLES = frozenset({"official", "officials", "minister", "ministers", "head", "chief", "partner",
                         "owner", "general", "candidate", "speaker", "representative"})


def _ordinary(word: str, lowercase: frozenset[str]) -> bool:
    return word in lowercase and word not in _MODIFIER_SET and word not in TITLE_HEADS


def _head_in(words: list[str]) -> bool:
    return any(fold(w.strip("()")) in TITLE_HEADS for w in words)


def _before(text: str, m: Mention, lo: int, lowercase: frozenset[str]) -> Role | None:
    window_start = max(lo, m.start - 160)
    comma = _BEFORE_COMMA.search(text, window_start, m.start)
    if comma and fold(comma.group(1)) not in _NOT_TITLES:
        return Role(comma.group(1), m.source, comma.start(1), comma.end(1))
    hit = _BEFORE.search(text, window_start, m.start)
    if not hit:
        return None
    start, end = hit.start(1), hit.end(1)
    lead = _LEADING.match(text, start, end)
    if lead:
        start = lead.end()
    spans = [(start + w.start(), start + w.end()) for w in re.finditer(r"\S+", text[start:end])]
    while spans and _ordinary(fold(text[slice(*spans[0])]), lowercase):
        spans.pop(0)  # "Good for Attorney General": an ordinary word opens no title
    if not spans:
        return None
    start, end = spans[0][0], spans[-1][1]
    phrase = text[start:end]
    words = phrase.split()
    if not _head_in(words) or not words[0][:1].isupper() and fold(words[0]) not in TITLE_HEADS:
        return None
    if len(words) == 1 and fold(words[0]) in _NOT_TITLES:
        return None
    return Role(phrase, m.source, start, start + len(phrase))


def _after(text: str, m: Mention) -> Role | None:
    hit = _APPOSITION.match(text, m.end)
    if not hit or hit.start() != m.end:
        return None
    phrase = hit.group(0)[hit.start(1) - hit.start():].rstrip(",.;:) ")
    start = hit.start(1)
    if len(phrase.split()) > 12 or re.search(r"\b(?:said|says|who|which|was|is|has|had|will|would)\b", phrase) \
            or re.match(r"[a-z]+ed\b", phrase):  # ", resigned and its chairman": a verb, not a title
        return None
    return Role(phrase, m.source, start, start + len(phrase))


def roles(cluster: Cluster, texts: dict[str, str], sentence_of, lowercase: frozenset[str] = frozenset()) -> list[Role]:
    """Titles of a person, in source order, each once per place it is given."""
    found: dict[tuple[str, int], Role] = {}
    for m in cluster.mentions:
        text = texts[m.source]
        lo = sentence_of(m.source, m.start)
        for role in (_before(text, m, lo, lowercase), _after(text, m)):
            if role:
                found[(role.source, role.start)] = role
    return sorted(found.values(), key=lambda r: (r.source, r.start))


def core(title: str) -> str:
    """What a title says without who gives it: "UK Immigration Minister" -> "immigration minister"."""
    words = re.sub(r"\([^)]*\)", " ", title).split()
    words = words[-2:] if len(words) >= 2 else words
    return fold(" ".join(words))


def described(people: dict[str, list[Role]], texts: dict[str, str],
              body: dict[str, list[tuple[int, int]]]) -> dict[str, list[tuple[Mention, Role]]]:
    """"the immigration minister" as a mention of the one person who holds that title."""
    holders: dict[str, set[str]] = defaultdict(set)
    for key, rs in people.items():
        for r in rs:
            c = core(r.title)
            if len(c.split()) == 2 and fold(r.title.split()[-1]) in TITLE_HEADS:
                holders[c].add(key)
    titles = {c: next(iter(k)) for c, k in holders.items() if len(k) == 1}
    if not titles:
        return {}
    pattern = re.compile(r"\bthe\s+(" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in
                                                 sorted(titles, key=len, reverse=True)) + r")\b(?!\s+(?-i:[A-Z]))", re.I)
    out: dict[str, list[tuple[Mention, Role]]] = defaultdict(list)
    for sid in sorted(texts):
        for lo, hi in body[sid]:
            for m in pattern.finditer(texts[sid], lo, hi):
                key = titles[" ".join(fold(m.group(1)).split())]
                s, e = m.start(1), m.end(1)
                out[key].append((Mention(sid, m.start(), e, texts[sid][m.start():e]),
                                 Role(texts[sid][s:e], sid, s, e)))
    return out
