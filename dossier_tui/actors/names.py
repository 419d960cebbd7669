"""Names in a story's sentences: runs of capitalised words, cut where a title, an
honorific or a body's name ends, and typed by what comes with them.

Only story text is read (never page furniture), so a presenter in a show banner or a
photographer in a credit never becomes a name here. Spans are character offsets into
the source text; nothing is normalised in place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier_tui.actors.lexicon import (
    BODY_WORDS,
    COUNTRY_OF,
    GIVEN_NAMES,
    HONORIFICS,
    OPENERS,
    ORG_HEADS,
    OUTLETS,
    PARTIES,
    TITLE_HEADS,
    alternation,
    fold,
)
from dossier_tui.calendar_words import MONTHS, WEEKDAYS
from dossier_tui.resources import country_of, place_kind
from dossier_tui.temporal.patterns import ZONE

PERSON, ORG, PLACE = "person", "organisation", "place"

#: a word, an initialism ("U.S.") or an honorific with its stop ("Mr.")
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_](?:[\w\-]|['’](?=[^\W\d_]))*\.?")
#: small words that may sit inside a name ("Bank of England", "Minister for Immigration")
_CONNECTORS = frozenset(
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
    """a an the some many most this that these those he she it they we i his her its their our
my but and or if when while however meanwhile there here what why how after before as at in on to by with
from into onto is are was were be been has have had would could should might must do does did
not no so then than also just only even still yet now today tonight yesterday tomorrow any every each all both
either neither such another several few other others""".split()
)
#: capitalised small words that mark a title-case line ("Tower Of London", "Goes To Washington")
_TITLE_CASE = frozenset("of for to in on at and with from by the a an is are was be".split())
_POSSESSIVE = re.compile(r"['’]s?$")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}s?")
_NOT_ACRONYMS = frozenset(
    {
        "AM",
        "PM",
        "GMT",
        "BST",
        "EDT",
        "EST",
        "CET",
        "UTC",
        "TV",
        "CEO",
        "MP",
        "MPS",
        "ID",
        "OK",
        "II",
        "III",
        "IV",
        "Q1",
        "Q2",
        "Q3",
        "Q4",
        "AD",
        "BC",
        "A",
        "I",
        "PC",
        "CFO",
    }
)


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
    #: found in a line of capitals (a title-case headline, an all-caps caption), where
    #: every word is capitalised: only a name running text also gives is one
    titled: bool = False

    @property
    def bare(self) -> str:
        """The name without an honorific: "Mr. Hart" -> "Hart"."""
        return self.text.split(None, 1)[1] if self.honorific and " " in self.text else self.text


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _ends_run(word: str) -> bool:
    """A possessive or a full stop closes a name: "Hart’s visit", "... Hart. The"."""
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
        joined = last is not None and text[last[1] : m.start()] == " "
        if cur and joined and _is_cap(tok[2]):
            cur += pending + [tok]
            pending = []
        elif (
            cur
            and joined
            and (
                not pending
                and tok[2] in _CONNECTORS
                or [p[2] for p in pending] == ["of"]
                and tok[2] == "the"
            )
        ):
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
        w, e = w[: m.start()], e - (m.end() - m.start())
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
        joins = [i for i, w in enumerate(words) if i > 1 and (w in _CONNECTORS or w == "the")]
        if joins:  # "Dr Zeev Kain of the University of California"
            j = joins[0] + 1 + (joins[0] + 1 < len(words) and words[joins[0] + 1] == "the")
            return [(run[: joins[0]], "honorific")] + _split(run[j:])
        return [(run, "honorific")]
    if len(words) > 1 and words[-1] in ORG_HEADS:  # "Justice Department", not Mr Department
        return [(run, "head")]
    if len(words) >= 3 and _ACRONYM.fullmatch(words[-1]) and not _ACRONYM.fullmatch(words[-2]):
        return _split(run[:-1]) + [(run[-1:], "")]  # "Lisa Stark ABC"
    joins = [i for i, w in enumerate(words) if w in _CONNECTORS or w == "the"]
    if (
        joins
        and words[0] not in ORG_HEADS
        and fold(words[0]) not in TITLE_HEADS
        and (fold(words[0]) in GIVEN_NAMES or words[joins[0] - 1] not in ORG_HEADS)
    ):
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
            rest = run[i + 1 :]
            if len(rest) >= 2:  # "Foreign Office Ann Lee"
                return [(run[: i + 1], "head")] + _split(rest)
    if words[-1] not in ORG_HEADS:
        heads = [
            i
            for i, w in enumerate(words)
            if w in ORG_HEADS and i > 0 and (i + 1 == len(words) or words[i + 1] not in _CONNECTORS)
        ]
        if heads:  # "Home Office Intelligence" -> "Home Office"
            return [(run[: heads[-1] + 1], "head")]
    return [(run, "")]


def _country(name: str) -> bool:
    """True when ``name`` is a country's ("the Netherlands"); a short one only in capitals
    ("Us" in a title-case line is not the US)."""
    if len(name) <= 3 and not name.isupper():
        return False
    return fold(name) in COUNTRY_OF or fold(name.removeprefix("the ")) in COUNTRY_OF


def _kind(words: list[str], cue: str) -> tuple[str | None, str]:
    name = " ".join(words)
    if _country(name):
        return PLACE, "country"
    if fold(name) in PARTIES:
        return ORG, "party"
    if cue in ("honorific", "title"):
        return PERSON, cue
    if place_kind(name):
        return PLACE, "gazetteer"
    if (
        len(words) >= 2
        and _is_initials(words[0])
        and len(words[0]) <= 4
        and fold(words[0]) not in COUNTRY_OF
        and not any(_is_initials(w) for w in words[1:])
    ):
        return (
            ORG,
            "initials",
        )  # "BBC Radio", "NHS London": a body known by its initials, and a part of it
    heads = [i for i, w in enumerate(words[:-1]) if w in ORG_HEADS and words[i + 1] in _CONNECTORS]
    if heads and cue != "honorific":
        return ORG, "head"  # "Centers for Disease Control", "Ministry of Health"
    if len(words) > 1 and words[-1] in BODY_WORDS and fold(words[0]) not in GIVEN_NAMES:
        return ORG, "head"
    if (
        words[-1] in ORG_HEADS
        and (len(words) > 1 or words[0] in OUTLETS)
        or cue == "head"
        and len(words) > 1
    ):
        return ORG, "head"
    if len(words) >= 2 and fold(words[0]) in GIVEN_NAMES and all(_is_cap(w) for w in words):
        return PERSON, "given name"
    return None, ""


def _is_initials(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _timeword(word: str, last: bool) -> bool:
    """A weekday or a time zone anywhere in a run, a month at its end ("April Jones" is a name)."""
    w = fold(word).rstrip(".")
    return w in _DAYS or bool(_ZONES.match(word)) or last and w in _WEEKDAYS


def _pieces(run: list[tuple[int, int, str]]) -> tuple[list[list[tuple[int, int, str]]], bool]:
    """A run cut where a name cannot go on: before a capitalised function word (the next
    sentence or a headline's words), before an honorific ("Gordon Brown Mrs Brown"), and
    without the weekdays, months and time zones around it. True with them when the run
    is a line of capitals (title case, all caps)."""
    words = [w for _, _, w in run]
    caps = [w for w in words if _is_initials(w)]
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
            and _is_initials(words[i - 1]) != _is_initials(w)
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
        if p:
            pieces.append(p)
    return pieces, titled


def names(text: str, sentences: list[tuple[int, int]], lowercase: frozenset[str]) -> list[Name]:
    """Every name in the given sentence spans. ``lowercase`` holds words the corpus
    writes in lower case, so that a capital that only opens a sentence is not a name."""
    out: list[Name] = []
    for lo, hi in sentences:
        first = True
        for whole in _runs(text, lo, hi):
            at_start = first and not text[lo : whole[0][0]].strip(" \"'“‘(")
            first = False
            pieces, titled = _pieces(_clean_last(whole))
            for n, run in enumerate(p for piece in pieces for p in _apart(piece, lowercase)):
                out.extend(
                    _named(text, run, at_start and n == 0 and run[0] == whole[0], titled, lowercase)
                )
    return out


def _apart(
    run: list[tuple[int, int, str]], lowercase: frozenset[str]
) -> list[list[tuple[int, int, str]]]:
    """A run cut where a person's name ends inside it, as listings and captions glue
    names: before a given name after initials ("LIVE Mark Pougatch") or after a full name
    ("Ian Rankin Michael Berkeley"), and before a common word or a people's word after a
    full name ("Ian Rankin Award-winning", "Matt Frei Haitian"), unless the run ends on
    a body's head word."""
    words = [w for _, _, w in run]
    person = fold(words[0]) in GIVEN_NAMES
    body = words[-1] in ORG_HEADS or words[-1] in BODY_WORDS
    for i in range(1, len(words) - 1):
        given = fold(words[i]) in GIVEN_NAMES and fold(words[i - 1]) not in GIVEN_NAMES
        common = (
            fold(words[i]) in lowercase
            and words[i] not in ORG_HEADS
            or country_of(words[i]) is not None
        )
        if (
            given
            and (_is_initials(words[i - 1]) or person and i >= 2)
            or person
            and i >= 2
            and not body
            and common
        ):
            return [run[:i]] + _apart(run[i:], lowercase)
    return [run]


def _named(
    text: str,
    run: list[tuple[int, int, str]],
    at_start: bool,
    titled: bool,
    lowercase: frozenset[str],
) -> list[Name]:
    """The names of one run of capitals."""
    out: list[Name] = []
    if len(run) > 1 and run[0][2] == "The":  # "The Associated Press" is the Associated Press
        run = run[1:]
    while (
        run
        and at_start
        and (fold(run[0][2]) in OPENERS or (len(run) == 1 and fold(run[0][2]) in lowercase))
    ):
        run = run[1:]
    if not run:
        return out
    before = " ".join(w for _, _, w in run[:-1])
    if (
        len(run) >= 2
        and _is_initials(run[-1][2])
        and (fold(before) in COUNTRY_OF or place_kind(before))
    ):
        # "Florida BP": the place says where, the body is BP
        return _named(text, run[:-1], at_start, titled, lowercase) + _named(
            text, run[-1:], False, titled, lowercase
        )
    for part, cue in _split(run):
        words = [w for _, _, w in part]
        if len(words) == 1 and (
            fold(words[0]) in OPENERS or fold(words[0]) in lowercase and not _country(words[0])
        ):
            continue
        kind, why = _kind(words, cue)
        if why == "given name" and fold(words[-1]) in lowercase:
            kind, why = (
                None,
                "",
            )  # "Michael Forever", "Rose Garden": a given name before a common word
        start, end = part[0][0], part[-1][1]
        if (
            kind is None
            and len(words) >= 2
            and all(_is_cap(w) for w in words)
            and fold(words[0]) not in lowercase
            and not _GROUP.search(words[-1])
            and _speaks_or_titled(text, start, end)
        ):
            kind, why = PERSON, "speaks"
        if why == "gazetteer" and (
            not _SAID_AFTER.match(text, end) or _PLACE_PREP.search(text, max(0, start - 8), start)
        ):
            why = "setting"  # a city or a region is where things happen; it acts when it speaks ("Washington said")
        if all(w.isupper() for w in words) and _dateline(text, start, end):
            kind, why = PLACE, "setting"  # "GENEVA (Reuters) - ": where the story was filed
        if kind is None and len(words) == 1 and _ACRONYM.fullmatch(words[0]):
            if words[0] in _NOT_ACRONYMS:
                continue
            why = "acronym"
        out.append(
            Name(
                start,
                end,
                text[start:end],
                kind,
                why or cue,
                honorific=cue == "honorific",
                titled=titled,
            )
        )
    return out


def agreed(named: dict[str, list[Name]]) -> dict[str, list[Name]]:
    """The names of a corpus with those of capital lines kept only where running text
    names the same (the longest such stretch of words): "Galloway Goes" -> "Galloway"
    when the corpus writes of Galloway, nothing at all for "Goes"."""
    known = {fold(n.bare) for found in named.values() for n in found if not n.titled}
    known |= {
        fold(n.bare.split()[-1])
        for found in named.values()
        for n in found
        if not n.titled and n.kind == PERSON and len(n.bare.split()) >= 2
    }
    out: dict[str, list[Name]] = {}
    for sid, found in named.items():
        kept = []
        for n in found:
            if not n.titled:
                kept.append(n)
                continue
            kept.extend(_known_parts(n, known))
        out[sid] = kept
    return out


def _known_parts(n: Name, known: set[str]) -> list[Name]:
    """The longest stretches of a capital line's name that the corpus names elsewhere."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", n.text)]
    out, i = [], 0
    while i < len(spans):
        for j in range(len(spans), i, -1):
            a, b = spans[i][0], spans[j - 1][1]
            if fold(n.text[a:b]) in known and (
                b - a > 3 or n.text[a:b].isupper()
            ):  # "Us" is not the US
                text = n.text[a:b]
                honorific = n.honorific and i == 0 and j - i > 1
                out.append(
                    Name(
                        n.start + a,
                        n.start + b,
                        text,
                        n.kind if (i, j) == (0, len(spans)) else None,
                        n.cue if (i, j) == (0, len(spans)) else "",
                        honorific=honorific,
                    )
                )
                i = j
                break
        else:
            i += 1
    return out


#: "Cuban Americans said": a people, not a person
_GROUP = re.compile(r"(?:an|ian|ese|ish)s$")
#: what follows the place of a wire dateline: "GENEVA (Reuters) - ", "MEXICO CITY/GENEVA | Sat Apr 25"
_DATELINE_TAIL = re.compile(
    r"(?:\s*/\s*[A-Z][A-Z.'’]*(?:[ ][A-Z][A-Z.'’]*)*)*[ \t]*(?:\(\w+\)[ \t]*)?"
    r"(?:[-–—]+\s+(?=[A-Z\"“‘'])|\|\s*[A-Z][a-z]{2}\b)"
)
#: what precedes it: the start of a line or a sentence, and perhaps other places of the dateline
_DATELINE_HEAD = re.compile(r"(?:^|[.!?\"”)]\s+|\n\s*)(?:[A-Z][A-Z.'’]*(?:[ \t]+|[ \t]*/[ \t]*))*$")


def _dateline(text: str, start: int, end: int) -> bool:
    """Whether capitals at ``start:end`` are a wire dateline's place (or one of its places)."""
    return bool(
        _DATELINE_TAIL.match(text, end) and _DATELINE_HEAD.search(text[max(0, start - 40) : start])
    )


#: "the Archdiocese of Buffalo said": the place is where the speaker is from
_PLACE_PREP = re.compile(r"\b(?:of|in|from|at|to|near|for)\s+$")
_SAID_BEFORE = re.compile(r"\b(?:said|says|according to)\s+$")
_SAID_AFTER = re.compile(r"\s+(?:said|says|told|added|stated)\b")
_TITLED_AFTER = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'\-]+\s+){0,5}?(?:" + alternation(TITLE_HEADS) + r")\b"
)


#: "his lawyer, Lara Quinn": a title in lower case right before the name
_TITLED_BEFORE = re.compile(
    r"(?<![\w’'])(?-i:[a-z][\w’'\-]*\s+)?(?:" + alternation(TITLE_HEADS) + r"),?\s+$"
)


def _speaks_or_titled(text: str, start: int, end: int) -> bool:
    """ "said Armando Gutierrez", "Armando Gutierrez said", "Armando Gutierrez, spokesman for",
    "his lawyer, Armando Gutierrez": only people speak and hold titles."""
    return bool(
        _SAID_BEFORE.search(text, max(0, start - 20), start)
        or _SAID_AFTER.match(text, end)
        or _TITLED_AFTER.match(text, end)
        or _TITLED_BEFORE.search(text, max(0, start - 40), start)
    )
