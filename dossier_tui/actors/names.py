"""Names in a story's sentences: runs of capitalised words, cut where a title, an
honorific or a body's name ends, and typed by what comes with them.

Only story text is read (never page furniture), so a presenter in a show banner or a
photographer in a credit never becomes a name here. Spans are character offsets into
the source text; nothing is normalised in place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from dossier_tui.actors.lexicon import (COUNTRY_OF, GIVEN_NAMES, HONORIFICS, OPENERS, ORG_HEADS, OUTLETS, PARTIES,
                                        TITLE_HEADS, alternation, fold)

PERSON, ORG, PLACE = "person", "organisation", "place"

#: a word, an initialism ("U.S.") or an honorific with its stop ("Mr.")
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_](?:[\w\-]|['’](?=[^\W\d_]))*\.?")
#: small words that may sit inside a name ("Bank of England", "Minister for Immigration")
_CONNECTORS = frozenset({"of", "for", "de", "van", "von", "al", "bin", "da", "di", "du", "del", "la", "le"})
#: words that end a name only by standing after it in a dateline or an aside
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb",
                       "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
                       "march", "april", "july", "august", "september", "october", "november", "december"})
_POSSESSIVE = re.compile(r"['’]s?$")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}s?")
_NOT_ACRONYMS = frozenset({"AM", "PM", "GMT", "BST", "EDT", "EST", "CET", "UTC", "TV", "CEO", "MP", "MPS", "ID",
                           "OK", "II", "III", "IV", "Q1", "Q2", "Q3", "Q4", "AD", "BC", "A", "I", "PC", "CFO"})


@dataclass(frozen=True)
class Name:
    """One occurrence of a name: its span, its words and what kind of actor it names.

    ``kind`` is None when nothing in the text says; ``cue`` records what did (a title,
    an honorific, a given name, a head word, the gazetteer) so a reader can judge it.
    """

    start: int
    end: int
    text: str
    kind: str | None
    cue: str
    honorific: bool = False

    @property
    def bare(self) -> str:
        """The name without an honorific: "Mr. Jenrick" -> "Jenrick"."""
        return self.text.split(None, 1)[1] if self.honorific and " " in self.text else self.text


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _ends_run(word: str) -> bool:
    """A possessive or a full stop closes a name: "Jenrick’s visit", "... Jenrick. The"."""
    if word.endswith(("’s", "'s", "’", "'")):
        return True
    return word.endswith(".") and word not in HONORIFICS and not re.fullmatch(r"(?:[A-Z]\.)+", word)


def _runs(text: str, lo: int, hi: int) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised tokens within ``text[lo:hi]``, joined by single spaces or
    connectors ("Bank of England", "Chancellor of the Exchequer")."""
    runs: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    pending: list[tuple[int, int, str]] = []
    for m in _TOKEN.finditer(text, lo, hi):
        tok = (m.start(), m.end(), m.group())
        last = pending[-1] if pending else (cur[-1] if cur else None)
        joined = last is not None and text[last[1]:m.start()] == " "
        if cur and joined and _is_cap(tok[2]):
            cur += pending + [tok]
            pending = []
        elif cur and joined and (not pending and tok[2] in _CONNECTORS or
                                 [p[2] for p in pending] == ["of"] and tok[2] == "the"):
            pending.append(tok)
            continue
        else:
            if cur:
                runs.append(cur)
            cur, pending = ([tok] if _is_cap(tok[2]) else []), []
        if cur and _ends_run(cur[-1][2]):
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def _clean_last(run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop a possessive or a sentence's full stop from the last word."""
    s, e, w = run[-1]
    if w.endswith(".") and w not in HONORIFICS and not re.fullmatch(r"(?:[A-Z]\.)+", w):
        w, e = w[:-1], e - 1
    m = _POSSESSIVE.search(w)
    if m and len(w) > m.end() - m.start():
        w, e = w[:m.start()], e - (m.end() - m.start())
    return run[:-1] + [(s, e, w)] if w else run[:-1]


def _title_end(words: list[str]) -> int:
    """How many leading words form a title ("Immigration Minister", "Secretary of State")."""
    end = 0
    for i, w in enumerate(words):
        if fold(w) in TITLE_HEADS:
            end = i + 1
            # "Secretary of State Madeleine Albright": the "of X" belongs to the title
            if end + 1 < len(words) and words[end] in _CONNECTORS:
                end += 3 if words[end + 1] == "the" and end + 2 < len(words) else 2
    return end


def _split(run: list[tuple[int, int, str]]) -> list[tuple[list[tuple[int, int, str]], str]]:
    """Cut a run into names with a cue each: after a title, after a body's head word."""
    words = [w for _, _, w in run]
    if len(words) > 1 and words[0] in HONORIFICS:
        return [(run, "honorific")]
    if len(words) > 1 and words[-1] in ORG_HEADS:  # "Justice Department", not Mr Department
        return [(run, "head")]
    if len(words) >= 3 and _ACRONYM.fullmatch(words[-1]) and not _ACRONYM.fullmatch(words[-2]):
        return _split(run[:-1]) + [(run[-1:], "")]  # "Lisa Stark ABC"
    joins = [i for i, w in enumerate(words) if w in _CONNECTORS or w == "the"]
    if joins and words[0] not in ORG_HEADS and fold(words[0]) not in TITLE_HEADS and \
            (fold(words[0]) in GIVEN_NAMES or words[joins[0] - 1] not in ORG_HEADS):
        # a person is not "of" anything: "Henry Mansell of the Archdiocese of Buffalo"
        i = joins[0]
        j = i + 1 + (words[i + 1] == "the" if i + 1 < len(words) else 0)
        return _split(run[:i]) + _split(run[j:])
    t = _title_end(words)
    if 0 < t < len(words):
        rest = _split(run[t:])  # "Bishop Henry Mansell of the Archdiocese of Buffalo"
        return [(rest[0][0], "title")] + rest[1:] if rest else []
    if t == len(words):
        return []  # "Prime Minister" alone names nobody
    for i, w in enumerate(words[:-1]):
        if w in ORG_HEADS and words[i + 1] not in _CONNECTORS:
            rest = run[i + 1:]
            if len(rest) >= 2:  # "Home Office Robert Jenrick"
                return [(run[:i + 1], "head")] + _split(rest)
    if words[-1] not in ORG_HEADS:
        heads = [i for i, w in enumerate(words) if w in ORG_HEADS and i > 0]
        if heads:  # "Home Office Intelligence" -> "Home Office"
            return [(run[:heads[-1] + 1], "head")]
    return [(run, "")]


def _kind(words: list[str], cue: str) -> tuple[str | None, str]:
    name = " ".join(words)
    if fold(name) in COUNTRY_OF or fold(name.removeprefix("the ")) in COUNTRY_OF:
        return PLACE, "country"
    if fold(name) in PARTIES:
        return ORG, "party"
    if cue in ("honorific", "title"):
        return PERSON, cue
    if words[-1] in ORG_HEADS and (len(words) > 1 or words[0] in OUTLETS) or cue == "head" and len(words) > 1:
        return ORG, "head"
    if len(words) >= 2 and fold(words[0]) in GIVEN_NAMES and all(_is_cap(w) for w in words):
        return PERSON, "given name"
    return None, ""


def names(text: str, sentences: list[tuple[int, int]], lowercase: frozenset[str]) -> list[Name]:
    """Every name in the given sentence spans. ``lowercase`` holds words the corpus
    writes in lower case, so that a capital that only opens a sentence is not a name."""
    out: list[Name] = []
    for lo, hi in sentences:
        first = True
        for run in _runs(text, lo, hi):
            at_start = first and not text[lo:run[0][0]].strip(" \"'“‘(")
            first = False
            run = _clean_last(run)
            while len(run) > 1 and fold(run[-1][2]).rstrip(".") in _WEEKDAYS:  # "the Rose Garden Wednesday"
                run = run[:-1]
            if len(run) > 1 and run[0][2] == "The":  # "The Associated Press" is the Associated Press
                run = run[1:]
            while run and at_start and (fold(run[0][2]) in OPENERS or
                                        (len(run) == 1 and fold(run[0][2]) in lowercase)):
                run = run[1:]
            if not run:
                continue
            for part, cue in _split(run):
                words = [w for _, _, w in part]
                if len(words) == 1 and (fold(words[0]) in OPENERS or fold(words[0]) in lowercase
                                        and fold(words[0]) not in COUNTRY_OF):
                    continue
                kind, why = _kind(words, cue)
                start, end = part[0][0], part[-1][1]
                if kind is None and len(words) >= 2 and all(_is_cap(w) for w in words) and \
                        fold(words[0]) not in lowercase and not _GROUP.search(words[-1]) and \
                        _speaks_or_titled(text, start, end):
                    kind, why = PERSON, "speaks"
                if kind is None and len(words) == 1 and _ACRONYM.fullmatch(words[0]):
                    if words[0] in _NOT_ACRONYMS:
                        continue
                    why = "acronym"
                out.append(Name(start, end, text[start:end], kind, why or cue,
                                honorific=cue == "honorific"))
    return out


#: "Cuban Americans said": a people, not a person
_GROUP = re.compile(r"(?:an|ian|ese|ish)s$")
_SAID_BEFORE = re.compile(r"\b(?:said|says|according to)\s+$")
_SAID_AFTER = re.compile(r"\s+(?:said|says|told|added|stated)\b")
_TITLED_AFTER = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'\-]+\s+){0,5}?(?:" +
                           alternation(TITLE_HEADS) + r")\b")


def _speaks_or_titled(text: str, start: int, end: int) -> bool:
    """"said Armando Gutierrez", "Armando Gutierrez said", "Armando Gutierrez, spokesman for":
    only people speak and hold titles."""
    return bool(_SAID_BEFORE.search(text, max(0, start - 20), start) or _SAID_AFTER.match(text, end)
                or _TITLED_AFTER.match(text, end))
