"""Whether a title found before a name is that person's: not when it is part of a name
("Prince Michael Jackson II"), when the bare surname stands for a namesake the article
named before, or when the corpus gives the title only before another full name.
"""

from __future__ import annotations

import re

from dossier_tui.actors.clusters import ActorMention, Cluster
from dossier_tui.actors.title_words import (
    NAME_TITLES,
    REGNAL,
    ends_title,
    fold,
    is_generation,
    is_honorific,
    is_time,
)
from dossier_tui.actors.word_scan import at_word_start, trie_pattern
from dossier_tui.lexicon.name_words import SENTENCE_OPENERS


def _memo(texts: dict[str, str]) -> dict:
    """What is worked out once per corpus (the same ``texts``) and reused for every person."""
    corpus, memo = _MEMO[-1]
    if corpus is not texts:
        memo = {}
        _MEMO[-1] = (texts, memo)
    return memo


_MEMO: list[tuple[dict | None, dict]] = [(None, {})]


def _bare_names(texts: dict[str, str]) -> frozenset[str]:
    """Titles the corpus also writes as a given name on its own, in a list of names
    ("his children Prince, Paris and Blanket"): there "Prince Michael" is a name."""
    memo = _memo(texts)
    if "bare" not in memo:
        memo["bare"] = frozenset(
            fold(m.group(0))
            for text in texts.values()
            for m in at_word_start(_BARE_NAME, text)
            if _BARE_BEFORE.search(text[max(0, m.start() - 24) : m.start()])
        )
    return memo["bare"]


#: a title written as a given name (after ``\\b``, which ``at_word_start`` checks)
_BARE_NAME = re.compile(
    trie_pattern(w.capitalize() for w in NAME_TITLES) + r"\b(?=\s*(?:,|\(|and\b))"
)


#: what stands before a name in a list: a comma, a bracket, or a lower-case word that is not "the"
_BARE_BEFORE = re.compile(r"(?:^|[,(]\s*|(?<![\w’'])(?!(?:the|his|her)\s)[a-z]\w{2,}\s+)$")


def _named_title(texts: dict[str, str], m: ActorMention, title: str, forms: frozenset[str]) -> bool:
    """ "Prince" in "Prince Michael Jackson II" or in a corpus where Prince is a given name:
    part of somebody's name, not a title. A monarch is titled by a given name ("King
    Hussein"), so a royal title before the surname of a person with a full name is another's."""
    head = fold(title.split()[-1])
    if head not in REGNAL:
        return False
    if head in _bare_names(texts):
        return True
    text = texts[m.source]
    word = fold(m.text.split()[-1])
    if len(m.text.split()) == 1 and any(
        len(f.split()) > 1 and f.split()[-1] == word for f in forms
    ):
        return True
    nxt = re.match(r"\s+([\w.]+)", text[m.end : m.end + 8])
    return len(m.text.split()) >= 2 and bool(nxt) and is_generation(nxt.group(1))


def _surname_of_another(text: str, m: ActorMention, forms: frozenset[str]) -> bool:
    """ "President Clinton" after "Bill Clinton" in an article that has not named Hillary
    Clinton is Bill Clinton, whom else the corpus merges it with: a bare surname stands
    for a full name the article gave before it."""
    words = [w for w in m.text.split() if not is_honorific(w)]
    if len(words) != 1 or not any(len(f.split()) > 1 for f in forms):
        return False
    other = False
    at = text.find(words[0], 0, m.start)
    while at >= 0:
        hit = _RUN.search(text, max(0, at - 80), at)
        at = text.find(words[0], at + 1, m.start)
        if not hit or text[hit.end() + len(words[0]) : hit.end() + len(words[0]) + 1].isalnum():
            continue
        run = hit.group(0).split() + words
        if any(
            fold(" ".join(w for w in run[i:] if not is_honorific(w))) in forms
            for i in range(len(run) - 1)
        ):
            return False
        other = other or _given(run[-2])
    return other


def _titled_elsewhere(
    texts: dict[str, str], title: str, m: ActorMention, forms: frozenset[str]
) -> bool:
    """ "Former President Clinton" where the corpus writes "President Bill Clinton" and never
    the title before this person's full name: the title is the namesake's."""
    words = [w for w in m.text.split() if not is_honorific(w)]
    if len(words) != 1 or not any(len(f.split()) > 1 for f in forms):
        return False
    memo = _memo(texts).setdefault("titled", {})
    key = (title.split()[-1], words[0])
    if key not in memo:
        pattern = re.compile(
            rf"{re.escape(key[0])}\s+((?:[A-Z][\w’'.\-]*\s+){{1,2}}){re.escape(key[1])}\b"
        )
        memo[key] = frozenset(
            " ".join(fold(h.group(1) + key[1]).split())
            for t in _texts_with(texts, key[0])
            if key[1] in t
            for h in at_word_start(pattern, t)
        )
    return bool(memo[key]) and not memo[key] & forms


def _texts_with(texts: dict[str, str], word: str) -> list[str]:
    """The texts that hold ``word``: a title word recurs across many surnames, so the
    corpus is read for it once rather than once per surname."""
    memo = _memo(texts).setdefault("with", {})
    if word not in memo:
        memo[word] = [t for t in texts.values() if word in t]
    return memo[word]


#: the capitalised words right before a surname: "Bill " in "Bill Clinton"
_RUN = re.compile(r"(?<![\w’'])(?:[A-Z][\w’'.\-]*\s+)+$")


def _given(word: str) -> bool:
    """A word that can be a given name before a surname: not "The", "Neither", "Presidents"."""
    w = word.rstrip("s")
    return not (
        fold(word) in SENTENCE_OPENERS
        or ends_title(word)
        or ends_title(w)
        or is_honorific(word)
        or is_time(word)
    )


def forms_of(cluster: Cluster) -> frozenset[str]:
    """The names a person goes by, folded, without "Mr" or "Dr"."""
    return frozenset(
        fold(" ".join(w for w in f.split() if not is_honorific(w))) for f in cluster.forms
    )


def titled_another(
    texts: dict[str, str], m: ActorMention, title: str, forms: frozenset[str]
) -> bool:
    """Whether ``title``, written before mention ``m`` of a person with these ``forms``
    (see :func:`forms_of`), is part of a name or a namesake's rather than the person's."""
    return (
        _named_title(texts, m, title, forms)
        or _surname_of_another(texts[m.source], m, forms)
        or _titled_elsewhere(texts, title, m, forms)
    )
