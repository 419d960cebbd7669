"""How a short headline names people: by surname once the dossier knows the full name,
without the titles written before it ("French Health Minister Claire Dubois" ->
"Dubois"); the surname only for the first person the dossier lists with it, so that
"Jackson" stays one person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from dossier_tui.events.headline_words import POSSESSIVE, core, first_verb
from dossier_tui.lexicon import fold
from dossier_tui.lexicon.name_words import HONORIFICS, TITLE_HEADS, family_name
from dossier_tui.model import Actor

_WORD = re.compile(r"\S+")
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
#: a written form of a person's name ("Claire Dubois", "Ms Dubois") -> how a short headline names
#: them
Names = Mapping[str, str]

#: a run of capitalised words, where a person's name may be
_CAPITALISED = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*")


def people_names(actors: Iterable[Actor]) -> dict[str, str]:
    """Each written form of a person's full name -> what a short headline calls them:
    the family name ("Chan"; "Ban" for "Ban Ki-moon") for the first person the dossier
    lists with it (actors come most named first), so that "Jackson" stays one person;
    others as written."""
    taken: set[str] = set()
    out: dict[str, str] = {}
    for a in actors:
        words = [w for w in a.name.split() if fold(w) not in _SUFFIXES]
        if a.kind != "person" or len(words) < 2:
            continue
        family = family_name(words)
        key = fold(family)
        primary = key not in taken
        taken.add(key)
        forms = [
            a.name,
            f"{words[0]} {words[-1]}",
        ]  # "Hillary Clinton" for "Hillary Rodham Clinton"
        for form in forms + [x for x in a.aliases if primary and len(x.split()) >= 2]:
            out.setdefault(form, family if primary else form)
    return out


def _named(text: str, names: Names) -> list[tuple[int, int, str]]:
    """(start, end, what to call them) of each known name in ``text``, left to right: a
    name ends its run of capitalised words (the titles before it are in the run), so
    "Michael Jackson Foundation" is a body's name, not a person's."""
    found = []
    for run in _CAPITALISED.finditer(text):
        starts = [m.start() + run.start() for m in _WORD.finditer(run.group())]
        for a in starts[:-1]:
            form = text[a : run.end()]
            tail = POSSESSIVE.search(form)
            call = names.get(form) or (names.get(form[: tail.start()]) if tail else None)
            if call is not None:
                found.append(
                    (a, run.end() - (len(tail.group()) if tail and form not in names else 0), call)
                )
                break
    return found


def _title_word(token: str) -> bool:
    w = core(token)
    return token[:1].isupper() or w in TITLE_HEADS or w in ("of", "for", "in", "the", "at")


def rename(text: str, names: Names) -> str:
    """People by what ``names`` calls them, without the titles written before them."""
    if not names:
        return text
    out, pos = [], 0
    for start, end, call in _named(text, names):
        before = text[pos:start]
        words = before.split()
        keep = len(words)
        if (
            pos == 0
            and words
            and first_verb(words + ["x"]) is None
            and not any(core(w) in ("and", "or", "with") or w.endswith(",") for w in words)
            and (core(words[-1]) in TITLE_HEADS or words[-1][:1].isupper())
        ):
            keep = 0  # "French Health Minister Claire Dubois visited": the name says who
        else:
            while (
                keep
                and _title_word(words[keep - 1])
                and words[keep - 1][:1].isupper()
                and not words[keep - 1].endswith((",", ";", ":"))
            ):
                keep -= 1  # "tells Judge Michael Pastor": the capitalised title goes
            if not any(core(w) in TITLE_HEADS or w in HONORIFICS for w in words[keep:]):
                keep = len(words)  # no title to drop
        lead = " ".join(words[:keep])
        out.append(before[: len(before) - len(before.lstrip())] + lead + " " if keep else "")
        out.append(call)
        pos = end
    out.append(text[pos:])
    return re.sub(r"\s+", " ", "".join(out)).strip()
