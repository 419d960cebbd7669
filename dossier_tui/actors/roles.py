"""Titles the sources give people, with where they give them.

Two English patterns carry nearly all of them: a title written before the name
("Foreign Secretary Ann Lee", "Health minister Tom Hart") and an apposition after it
("Maria Ruiz, the opposition's shadow finance minister,"). A title then names its
holder on its own ("the health minister") when exactly
one person in the corpus holds it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from dossier_tui.actors.clusters import ActorMention, Cluster
from dossier_tui.actors.namesakes import forms_of, titled_another
from dossier_tui.actors.title_words import (
    FUNCTION_WORDS,
    MODIFIERS,
    ends_title,
    fold,
    is_given_name,
    is_head,
    is_honorific,
    is_time,
    opens_name,
)
from dossier_tui.actors.word_scan import at_word_start, trie_pattern
from dossier_tui.lexicon import alternation
from dossier_tui.lexicon.name_words import TITLE_HEADS
from dossier_tui.lexicon.speech import SAY, SPEECH_VERBS
from dossier_tui.model import Role

#: the head words and modifiers of titles, as trees: a title's every word is tried against them
_HEAD_RE = trie_pattern(TITLE_HEADS)
_MODIFIER_RE = trie_pattern(MODIFIERS)
#: a word of a title: capitalised, in brackets, a modifier, a head or a small word
_WORD = (
    rf"(?:(?-i:[A-Z])[\w’'\-.]*|\([^()\n]{{1,60}}\)|(?:{_MODIFIER_RE})|(?:{_HEAD_RE})"
    r"|of|for|in|the)"
)
#: the title words right before a name, back to the first word that cannot be part of one
_BEFORE = re.compile(rf"(?<![\w’'])((?:{_WORD}[ \t]+)+)$", re.I)
#: a character of an apposition: no clause punctuation, but the dots of "U.S." or "U.N."
_CHAR = r"(?:[^,.;:()\n]|(?<=\b[A-Z])\.(?=[A-Z]\b)|(?<=\b[A-Z]\.[A-Z])\.)"
_APPOSITION = re.compile(
    rf",[ \t]+(?:(?:the|a|an)[ \t]+)?({_CHAR}{{0,80}}?\b(?:{_HEAD_RE}))\b"
    rf"(?:[ \t]+(?:of|for|at|to)[ \t]+{_CHAR}{{2,60}}?)?(?=[,;:)]|(?<!\b[A-Z])\.|[ \t]+(?:who|which"
    r")\b)",
    re.I,
)
#: "Magna's chief financial officer, James McAlpine": the title, a comma, then the name
_BEFORE_COMMA = re.compile(
    rf"(?:\b(?:the|its|his|her|their)|[\w.]+['’]s)[ \t]+((?:(?:{_MODIFIER_RE}|"
    rf"{_HEAD_RE}|and)[ \t]+){{0,4}}(?:{_HEAD_RE})),[ \t]+$",
    re.I,
)
_LEADING = re.compile(r"(?:(?:the|of|for|in|and|according|to|by|with)\s+)+", re.I)
_NOT_TITLES = frozenset(
    {
        "official",
        "officials",
        "minister",
        "ministers",
        "head",
        "chief",
        "partner",
        "owner",
        "general",
        "candidate",
        "speaker",
        "representative",
    }
)
#: words of address that stand before a title without being part of it ("His Holiness Pope ...")
_STYLES = frozenset("his her their its holiness majesty highness excellency".split())
#: a clause, not a title: "Iraqi working people have lost a ... leader"
_VERBS = re.compile(
    rf"\b(?:{SAY}|who|which|that|was|is|are|were|be|been|has|have|had|will|would|can|could|"
    r"should|may|might|did|does|" + alternation(SPEECH_VERBS) + r")\b"
)
#: an apposition that opens on a link word is not a title: ", with Prince, ...", ", and his deputy"
_LINKED = re.compile(
    r"(?:and|or|with|to|such|along|as|including|like|from|by|in|on|at|for|of|meets)\b", re.I
)
#: family, not office: "Clive Anderson, the son of a bank manager"
_KIN = re.compile(
    r"(?:son|daughter|wife|husband|widow|widower|mother|father|brother|sister|child|"
    r"grandson|granddaughter|nephew|niece|cousin)\b",
    re.I,
)
Span = tuple[int, int]


def _ordinary(word: str, lowercase: frozenset[str]) -> bool:
    return (
        word in lowercase and word not in MODIFIERS and word not in TITLE_HEADS or word in _STYLES
    )


def _head_in(words: list[str]) -> bool:
    return any(is_head(w) for w in words)


def _whole(text: str, start: int, end: int) -> bool:
    """A title is whole words: not "director of the U" out of "the U.S. agency"."""
    before = text[start - 1 : start]
    after = text[end : end + 2]
    return (
        not before.isalnum()
        and not after[:1].isalnum()
        and not (after[:1] == "." and after[1:2].isalnum())
    )


def _breaks(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` cannot be inside the title written after it: a word of time ("On
    Saturday Foreign Minister"), a small word that follows no head ("Iraq for President"),
    or one that leads to a second title ("spokesman for UN Secretary General Ban")."""
    if is_time(words[i]):
        return True
    if fold(words[i]) not in FUNCTION_WORDS or i == 0:
        return False
    prev = words[i - 1]
    if not (ends_title(prev) or fold(prev) in FUNCTION_WORDS):
        return True
    return (
        fold(words[i]) in ("for", "to")
        and is_head(prev)
        and any(is_head(w) for w in words[i + 1 :])
    )


def _after_break(text: str, spans: list[Span]) -> list[Span]:
    """The words after the last one that cannot be inside a title written before a name,
    or after another person's name ("Judge Ann Hale Murray", "the BBC's Tom Kerr President")."""
    words = [text[a:b] for a, b in spans]
    cut = 0
    for i, w in enumerate(words):
        if _breaks(words, i):
            cut = i + 1
        elif is_given_name(w) and i + 1 < len(words) and words[i + 1][:1].isupper():
            cut = i + 2
    return spans[cut:]


def _trimmed(text: str, spans: list[Span], lowercase: frozenset[str]) -> list[Span]:
    """The title among the words before a name, or nothing when they end on no title word."""
    while spans and is_honorific(text[slice(*spans[-1])]):
        spans = spans[:-1]  # "a spokeswoman for Dr Murray": "Dr" is part of the name
    words = [text[a:b] for a, b in spans]
    if not words or opens_name(words[-1]) or not (ends_title(words[-1]) or _office_of_place(words)):
        return []  # "a judge in Los Angeles", "justice for Michael": the name is not the holder
    spans = _after_break(text, spans)
    while spans and _ordinary(fold(text[slice(*spans[0])]), lowercase):
        spans = spans[1:]  # "Good for Attorney General": an ordinary word opens no title
    while spans and fold(text[slice(*spans[0])]) in FUNCTION_WORDS:
        spans = spans[1:]
    return spans


def _office_of_place(words: list[str]) -> bool:
    """ "Archbishop of York", "Dean of St Paul's": a head, "of", then a short capitalised name."""
    for i in range(len(words) - 1, 0, -1):
        if fold(words[i]) in ("of", "for"):
            rest = [w for w in words[i + 1 :] if fold(w) != "the"]
            return (
                is_head(words[i - 1])
                and 0 < len(rest) <= 3
                and all(w[:1].isupper() for w in rest)
                and not any(is_given_name(w) for w in rest)
            )
    return False


#: a title word used as a verb: "History will judge Blair"
_VERB_BEFORE = re.compile(r"\b(?:will|would|shall|should|can|could|may|might|must)[ \t]+$", re.I)


def _may_end_title(text: str, lo: int, at: int) -> bool:
    """Whether the word right before ``at`` could end a title: most names follow a verb or
    a preposition ("said", "by"), and then there is nothing to look for."""
    if not text[at - 1 : at].isspace():
        return False
    last = text[max(lo, at - 40) : at].split()
    if not last:
        return False
    word = _WORD_START.split(last[-1])[-1]  # '"President', 'actor-director'
    return last[-1].endswith(")") or word[:1].isupper() or ends_title(word)


_WORD_START = re.compile(r"[\-\"“‘'(\[/]")


#: a name that owns the next title: "Michael Jackson's personal physician, Conrad Murray"
_OWNS_TITLE = re.compile(rf"['’]s[ \t]+(?:(?:{_MODIFIER_RE})[ \t]+){{0,3}}(?:{_HEAD_RE})\b", re.I)


def _before(text: str, m: ActorMention, lo: int, lowercase: frozenset[str]) -> Role | None:
    window_start = max(lo, m.start - 160)
    if _OWNS_TITLE.match(text, m.end):
        return None  # "the star's physician Michael Jackson's physician": a caption glued before it
    if text[max(0, m.start - 6) : m.start].rstrip(" \t").endswith(","):
        comma = _BEFORE_COMMA.search(text, window_start, m.start)
        if comma and fold(comma.group(1)) not in _NOT_TITLES:
            return Role(comma.group(1), m.source, comma.start(1), comma.end(1))
    if not _may_end_title(text, window_start, m.start):
        return None
    hit = _BEFORE.search(text, window_start, m.start)
    if not hit:
        return None
    start, end = hit.start(1), hit.end(1)
    lead = _LEADING.match(text, start, end)
    if lead:
        start = lead.end()
    spans = _trimmed(
        text,
        [(start + w.start(), start + w.end()) for w in re.finditer(r"\S+", text[start:end])],
        lowercase,
    )
    if not spans:
        return None
    start, end = spans[0][0], spans[-1][1]
    phrase = text[start:end]
    words = phrase.split()
    if (
        text[end : m.start].strip()
        or phrase.islower()
        and _VERB_BEFORE.search(text, max(0, start - 12), start)
    ):
        return None
    if not _head_in(words) or not words[0][:1].isupper() and fold(words[0]) not in TITLE_HEADS:
        return None
    if len(words) == 1 and fold(words[0]) in _NOT_TITLES:
        return None
    return Role(phrase, m.source, start, start + len(phrase))


def _after(text: str, m: ActorMention) -> Role | None:
    hit = _APPOSITION.match(text, m.end)
    if not hit or hit.start() != m.end:
        return None
    phrase = hit.group(0)[hit.start(1) - hit.start() :].rstrip(",.;:) ")
    start = hit.start(1)
    words = phrase.split()
    if (
        len(words) > 12
        or _VERBS.search(phrase)
        or _KIN.match(phrase)
        or re.match(r"[a-z]+ed\b", phrase)
        or _LINKED.match(phrase)
        or fold(words[-1]) in FUNCTION_WORDS
        or phrase.isupper()
    ):
        return (
            None  # ", resigned and its chairman": a verb, not a title; "PORT AU PRINCE": a dateline
        )
    return Role(phrase, m.source, start, start + len(phrase))


def roles(
    cluster: Cluster, texts: dict[str, str], sentence_of, lowercase: frozenset[str] = frozenset()
) -> list[Role]:
    """Titles of a person, in source order, each once per place it is given."""
    found: dict[tuple[str, int], Role] = {}
    forms: frozenset[str] | None = None
    for m in cluster.mentions:
        text = texts[m.source]
        before = _before(text, m, sentence_of(m.source, m.start), lowercase)
        if before:
            forms = forms_of(cluster) if forms is None else forms
            if titled_another(texts, m, before.title, forms):
                before = None
        for role in (before, _after(text, m)):
            if role and _whole(text, role.start, role.end):
                found[(role.source, role.start)] = role
    return sorted(found.values(), key=lambda r: (r.source, r.start))


def core(title: str) -> str:
    """What a title says without who gives it: "UK Immigration Minister" ->
    "immigration minister"."""
    words = re.sub(r"\([^)]*\)", " ", title).split()
    words = words[-2:] if len(words) >= 2 else words
    return fold(" ".join(words))


#: words that make a title another office than its last two words say ("deputy health minister")
_RANKS = frozenset(
    "former deputy vice assistant shadow acting junior associate ex then late outgoing "
    "interim".split()
)


def _ranked(title: str) -> bool:
    return any(fold(w) in _RANKS for w in title.split()[:-1])


def described(
    people: dict[str, list[Role]], texts: dict[str, str], body: dict[str, list[tuple[int, int]]]
) -> dict[str, list[tuple[ActorMention, Role]]]:
    """ "the immigration minister" as a mention of the one person who holds that title; not
    when a name follows it ("the foreign minister, Ana Ruiz,"), which says who holds it there."""
    holders: dict[str, set[str]] = defaultdict(set)
    for key, rs in people.items():
        for r in rs:
            c = core(r.title)
            if (
                len(c.split()) == 2
                and fold(r.title.split()[-1]) in TITLE_HEADS
                and not _ranked(r.title)
            ):
                holders[c].add(key)
    titles = {c: next(iter(k)) for c, k in holders.items() if len(k) == 1}
    if not titles:
        return {}
    # "the", then the longest title there, each title a whole word, none with a name after it
    pattern = re.compile(r"the\s+(" + trie_pattern(titles) + r")\b(?!,?\s+(?-i:[A-Z]))", re.I)
    out: dict[str, list[tuple[ActorMention, Role]]] = defaultdict(list)
    for sid in sorted(texts):
        for lo, hi in body[sid]:
            for m in at_word_start(pattern, texts[sid], lo, hi):
                key = titles[" ".join(fold(m.group(1)).split())]
                s, e = m.start(1), m.end(1)
                out[key].append(
                    (
                        ActorMention(sid, m.start(), e, texts[sid][m.start() : e]),
                        Role(texts[sid][s:e], sid, s, e),
                    )
                )
    return out
