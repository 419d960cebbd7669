"""Runs of capitalised words in a sentence, cut into the pieces that can be names.

A run joins capitalised tokens by single spaces and small connectors ("Bank of England");
it is cut after a title or an honorific, after a body's head word, before the words that
start a new sentence or a title-case line, and without the weekdays, months and time zones
that datelines put around names.
"""

from __future__ import annotations

import functools
import re

from dossier_tui.calendar_words import MONTHS, WEEKDAYS
from dossier_tui.lexicon import fold
from dossier_tui.lexicon.name_words import (
    GIVEN_NAMES,
    HONORIFICS,
    ORG_HEADS,
    TITLE_HEADS,
)
from dossier_tui.temporal.patterns import ZONE

#: a word, an initialism ("U.S.") or an honorific with its stop ("Mr.")
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_](?:[\w\-]|['’](?=[^\W\d_]))*\.?")


#: small words that may sit inside a name ("Bank of England", "Minister for Immigration")
CONNECTORS = frozenset(
    {"of", "for", "de", "van", "von", "al", "bin", "da", "di", "du", "del", "la", "le"}
)


#: weekdays, and months that are no given names ("May", "June"): words that end a name
#: only by standing after it in a dateline or an aside
_DAYS = frozenset(w for w in WEEKDAYS if not w.endswith("."))


_WEEKDAYS = _DAYS | frozenset(m.rstrip(".") for m in MONTHS) - {"may", "june"}


#: time zones, which datelines and live pages put before a name ("GMT Syrian President")
_ZONES = re.compile(rf"(?:{ZONE})$")


#: words that, capitalised inside a run of capitals, start a new sentence, a title-case
#: headline or a caption ("Ban Ki-moon Some aid ...", "Galloway Goes To Washington")
_BREAKS = frozenset(
    """
a an the some many most this that these those he she it they we i his her its their our my but
and or if when while however meanwhile there here what why how after before as at in on to by
with from into onto is are was were be been has have had would could should might must do does
did not no so then than also just only even still yet now today tonight yesterday tomorrow any
every each all both either neither such another several few other others
""".split()
)


#: capitalised small words that mark a title-case line ("Tower Of London", "Goes To Washington")
_TITLE_CASE = frozenset("of for to in on at and with from by the a an is are was be".split())


_POSSESSIVE = re.compile(r"['’]s?$")


ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}s?")


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


_INITIALISM = re.compile(r"(?:[A-Z]\.)+")


def _ends_run(word: str) -> bool:
    """A possessive or a full stop closes a name: "Hart’s visit", "... Hart. The"."""
    if word.endswith(("’s", "'s", "’", "'")):
        return True
    return word.endswith(".") and word not in HONORIFICS and not _INITIALISM.fullmatch(word)


def capital_runs(text: str, lo: int, hi: int) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised tokens within ``text[lo:hi]``, joined by single spaces or
    connectors ("Bank of England", "Chancellor of the Exchequer")."""
    runs: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    pending: list[tuple[int, int, str]] = []  # connectors after ``cur``, kept if a capital follows
    for m in _TOKEN.finditer(text, lo, hi):
        word = m.group()
        capital = word[:1].isupper()
        if not cur:  # most words: lower case, outside any run
            if capital:
                cur = [(m.start(), m.end(), word)]
                if _ends_run(word):
                    runs.append(cur)
                    cur = []
            continue
        tok = (m.start(), m.end(), word)
        after = (pending[-1] if pending else cur[-1])[1]
        joined = tok[0] == after + 1 and text[after] == " "
        if joined and capital:
            cur += pending
            cur.append(tok)
            pending = []
        elif joined and (
            not pending
            and word in CONNECTORS
            or len(pending) == 1
            and pending[0][2] == "of"
            and word == "the"
        ):
            pending.append(tok)
            continue
        else:
            runs.append(cur)
            cur, pending = ([tok] if capital else []), []
        if cur and _ends_run(word):
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def clean_last(run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop a possessive or a sentence's full stop from the last word."""
    s, e, w = run[-1]
    if w.endswith(".") and w not in HONORIFICS and not _INITIALISM.fullmatch(w):
        w, e = w[:-1], e - 1
    m = _POSSESSIVE.search(w)
    if m and len(w) > m.end() - m.start():
        w, e = w[: m.start()], e - (m.end() - m.start())
    return run[:-1] + [(s, e, w)] if w else run[:-1]


def _title_end(words: list[str]) -> int:
    """How many leading words form a title ("Immigration Minister", "Secretary of State")."""
    end = 0
    for i, w in enumerate(words):
        # "Director-General", "Secretary-General": the head of a hyphened title leads it
        if fold(w) in TITLE_HEADS or "-" in w and fold(w.split("-")[0]) in TITLE_HEADS:
            end = i + 1
            # "Secretary of State Madeleine Albright": the "of X" belongs to the title
            if end + 1 < len(words) and words[end] in CONNECTORS:
                end += 3 if words[end + 1] == "the" and end + 2 < len(words) else 2
    return end


def cut_run(run: list[tuple[int, int, str]]) -> list[tuple[list[tuple[int, int, str]], str]]:
    """Cut a run into names with a cue each: after a title, after a body's head word."""
    words = [w for _, _, w in run]
    if len(words) > 1 and words[0] in HONORIFICS:
        joins = [i for i, w in enumerate(words) if i > 1 and (w in CONNECTORS or w == "the")]
        if joins:  # "Dr Zeev Kain of the University of California"
            j = joins[0] + 1 + (joins[0] + 1 < len(words) and words[joins[0] + 1] == "the")
            return [(run[: joins[0]], "honorific")] + cut_run(run[j:])
        return [(run, "honorific")]
    if len(words) >= 3 and fold(words[0]) in GIVEN_NAMES:
        k = next((i for i, w in enumerate(words) if i >= 2 and is_initials(w)), None)
        if k is not None and not any(is_initials(w) for w in words[:k]):
            return cut_run(run[:k]) + cut_run(run[k:])  # a byline: "Peter Bowes BBC News"
    if len(words) > 1 and words[-1] in ORG_HEADS:  # "Justice Department", not Mr Department
        return [(run, "head")]
    if len(words) >= 3 and ACRONYM.fullmatch(words[-1]) and not ACRONYM.fullmatch(words[-2]):
        return cut_run(run[:-1]) + [(run[-1:], "")]  # "Lisa Stark ABC"
    joins = [i for i, w in enumerate(words) if w in CONNECTORS or w == "the"]
    if (
        joins
        and words[0] not in ORG_HEADS
        and fold(words[0]) not in TITLE_HEADS
        and (fold(words[0]) in GIVEN_NAMES or words[joins[0] - 1] not in ORG_HEADS)
    ):
        # a person is not "of" anything: "Henry Mansell of the Archdiocese of Buffalo"
        i = joins[0]
        j = i + 1 + (words[i + 1] == "the" if i + 1 < len(words) else 0)
        return cut_run(run[:i]) + cut_run(run[j:])
    t = _title_end(words)
    named = words[t : next((j for j in joins if j > t), len(words))]
    if 0 < t < len(words) and len(named) > 1 and named[-1] in ORG_HEADS:
        return [(run, "head")]  # "Queen Mary School of Medicine": the title names the body
    if 0 < t < len(words):
        rest = cut_run(run[t:])  # "Bishop Henry Mansell of the Archdiocese of Buffalo"
        return [(rest[0][0], "title")] + rest[1:] if rest else []
    if t == len(words):
        return []  # "Prime Minister" alone names nobody
    for i, w in enumerate(words[:-1]):
        if w in ORG_HEADS and words[i + 1] not in CONNECTORS:
            rest = run[i + 1 :]
            if len(rest) >= 2:  # "Foreign Office Ann Lee"
                return [(run[: i + 1], "head")] + cut_run(rest)
    if words[-1] not in ORG_HEADS:
        heads = [
            i
            for i, w in enumerate(words)
            if w in ORG_HEADS and i > 0 and (i + 1 == len(words) or words[i + 1] not in CONNECTORS)
        ]
        if heads:  # "Home Office Intelligence" -> "Home Office"
            return [(run[: heads[-1] + 1], "head")]
    return [(run, "")]


def is_initials(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _timeword(word: str, last: bool) -> bool:
    """A weekday or a time zone anywhere in a run, a month at its end ("April Jones" is a name)."""
    anywhere, at_end = _time_kind(word)
    return at_end if last else anywhere


@functools.lru_cache(maxsize=1 << 14)
def _time_kind(word: str) -> tuple[bool, bool]:
    """Whether ``word`` ends a name anywhere in a run, and at its end; capitalised words
    recur, so each is told once."""
    w = fold(word).rstrip(".")
    anywhere = w in _DAYS or bool(_ZONES.match(word))
    return anywhere, anywhere or w in _WEEKDAYS


def run_pieces(run: list[tuple[int, int, str]]) -> tuple[list[list[tuple[int, int, str]]], bool]:
    """A run cut where a name cannot go on: before a capitalised function word (the next
    sentence or a headline's words), before an honorific ("Gordon Brown Mrs Brown"), and
    without the weekdays, months and time zones around it. True with them when the run
    is a line of capitals (title case, all caps)."""
    words = [w for _, _, w in run]
    caps = [w for w in words if is_initials(w)]
    shouted = len(caps) >= 2 and any(len(w) > 4 for w in caps)  # "SWINE FLU ALERT"
    titled = shouted or any(fold(w) in _TITLE_CASE and w[:1].isupper() for w in words[1:])
    out: list[list[tuple[int, int, str]]] = [[]]
    for i, tok in enumerate(run):
        w = tok[2]
        if (
            i > 0
            and (fold(w) in _BREAKS or w in HONORIFICS or titled and fold(w) in _TITLE_CASE)
            and w[:1].isupper()
            or shouted
            and i > 0
            and is_initials(words[i - 1]) != is_initials(w)
        ):
            out.append([])  # "... Some", "... Mrs Brown", "SWINE FLU ALERT | Mexico"
        if _timeword(w, i == len(run) - 1):  # "Thursday BP", "GMT Syrian President"
            out.append([])
            continue
        out[-1].append(tok)
    pieces = []
    for p in out:
        while p and (fold(p[0][2]) in _BREAKS or fold(p[0][2]) in _TITLE_CASE):  # "Of London", "OF"
            p = p[1:]
        while p and (p[-1][2] in CONNECTORS or p[-1][2] == "the"):
            p = p[:-1]  # "the University of Rochester for [Saturday]": the day went, so does "for"
        if p:
            pieces.append(p)
    return pieces, titled
