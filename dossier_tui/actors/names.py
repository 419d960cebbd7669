"""Names in a story's sentences: runs of capitalised words, cut where a title, an
honorific or a body's name ends, and typed by what comes with them.

Only story text is read (never page furniture), so a presenter in a show banner or a
photographer in a credit never becomes a name here. Spans are character offsets into
the source text; nothing is normalised in place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier_tui.actors.name_kinds import (
    GROUP,
    PERSON,
    PLACE,
    PLACE_PREP,
    SAID_AFTER,
    in_dateline,
    is_country,
    kind_of,
    speaks_or_titled,
)
from dossier_tui.actors.name_runs import (
    ACRONYM,
    capital_runs,
    clean_last,
    cut_run,
    is_capitalised,
    is_initials,
    run_pieces,
)
from dossier_tui.lexicon import fold
from dossier_tui.lexicon.name_words import (
    BODY_WORDS,
    COUNTRY_OF,
    GIVEN_NAMES,
    ORG_HEADS,
    SENTENCE_OPENERS,
)
from dossier_tui.resources import country_of, place_kind

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
        # what news writes in initials that is no body: illnesses, substances, scans,
        # weapons, measures
        "AIDS",
        "HIV",
        "SARS",
        "MRSA",
        "BSE",
        "DNA",
        "RNA",
        "MRI",
        "ICU",
        "WMD",
        "IED",
        "IEDS",
        "RPG",
        "GDP",
        "VAT",
        "CPI",
        "UFO",
        "GPS",
        "SMS",
        "CPR",
        "TB",
        "PTSD",
        "IVF",
        "LSD",
        "ECG",
        # people, things and places, not bodies
        "GP",
        "CD",
        "DVD",
        "CCTV",
        "ATM",
        "SUV",
        "VIP",
        "HQ",
        "IQ",
    }
)


#: initials of three letters or more, in capitals
_SPELLED = re.compile(r"[A-Z]{3,6}")


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


def names(text: str, sentences: list[tuple[int, int]], lowercase: frozenset[str]) -> list[Name]:
    """Every name in the given sentence spans. ``lowercase`` holds words the corpus
    writes in lower case, so that a capital that only opens a sentence is not a name."""
    out: list[Name] = []
    for lo, hi in sentences:
        first = True
        for whole in _bodies_joined(text, capital_runs(text, lo, hi), lowercase):
            at_start = first and not text[lo : whole[0][0]].strip(" \"'“‘(")
            first = False
            pieces, titled = run_pieces(clean_last(whole))
            for n, run in enumerate(p for piece in pieces for p in _apart(piece, lowercase)):
                out.extend(
                    _named(text, run, at_start and n == 0 and run[0] == whole[0], titled, lowercase)
                )
    return out


def _bodies_joined(
    text: str, runs: list[list[tuple[int, int, str]]], lowercase: frozenset[str]
) -> list[list[tuple[int, int, str]]]:
    """Runs joined across "and" where the words on either side are common words of a
    body's name (or the text writes the whole name's initials) and the run after ends on
    a body's head word ("Food and Agriculture
    Organization", "Department of Health and Human Services"); never two names ("Ford and
    General Motors") nor two bodies ("the Home Office and Foreign Office")."""
    out: list[list[tuple[int, int, str]]] = []
    for run in runs:
        if out:
            last = out[-1]
            end, start = last[-1][1], run[0][0]
            if (
                text[end:start] == " and "
                and run[-1][2] in ORG_HEADS
                and last[-1][2] not in ORG_HEADS
                and fold(last[-1][2]) in lowercase
                and (fold(run[0][2]) in lowercase or _initials_written(text, last + run))
                and not is_country(" ".join(w for _, _, w in last))
            ):
                out[-1] = last + [(end + 1, end + 4, "and")] + run
                continue
        out.append(run)
    return out


def _initials_written(text: str, run: list[tuple[int, int, str]]) -> bool:
    """Whether the text writes the initials of a run's capitalised words ("INS" for
    "Immigration and Naturalization Service")."""
    letters = "".join(w[0] for _, _, w in run if w[:1].isupper() and w != "The")
    return len(letters) >= 3 and re.search(rf"\b{letters}\b", text) is not None


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
            and (is_initials(words[i - 1]) or person and i >= 2)
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
        and not (len(run) == 1 and _SPELLED.fullmatch(run[0][2]))  # "WHO said": initials
        and (
            fold(run[0][2]) in SENTENCE_OPENERS or (len(run) == 1 and fold(run[0][2]) in lowercase)
        )
    ):
        run = run[1:]
    if not run:
        return out
    before = " ".join(w for _, _, w in run[:-1])
    if (
        len(run) >= 2
        and is_initials(run[-1][2])
        and (fold(before) in COUNTRY_OF or place_kind(before))
    ):
        # "Florida BP": the place says where, the body is BP
        return _named(text, run[:-1], at_start, titled, lowercase) + _named(
            text, run[-1:], False, titled, lowercase
        )
    for part, cue in cut_run(run):
        words = [w for _, _, w in part]
        start, end = part[0][0], part[-1][1]
        if (
            len(words) == 1
            and _SPELLED.fullmatch(words[0])
            and (fold(words[0]) in lowercase or fold(words[0]) in SENTENCE_OPENERS)
        ):
            # "WHO", "CDC" (the corpus writes "who", "cdc.gov"): initials, but only of a body
            # the corpus names in full, never one of their own ("LIVE", "UPDATE")
            if words[0] not in _NOT_ACRONYMS and not in_dateline(text, start, end):
                out.append(Name(start, end, words[0], None, "spelled"))
            continue
        if len(words) == 1 and (
            fold(words[0]) in SENTENCE_OPENERS
            or fold(words[0]) in lowercase
            and not is_country(words[0])
        ):
            continue
        kind, why = kind_of(words, cue)
        if why == "given name" and fold(words[-1]) in lowercase:
            kind, why = (
                None,
                "",
            )  # "Michael Forever", "Rose Garden": a given name before a common word
        if (
            kind is None
            and len(words) >= 2
            and all(is_capitalised(w) for w in words)
            and fold(words[0]) not in lowercase
            and not GROUP.search(words[-1])
            and speaks_or_titled(text, start, end)
        ):
            kind, why = PERSON, "speaks"
        if why == "gazetteer" and (
            not SAID_AFTER.match(text, end) or PLACE_PREP.search(text, max(0, start - 8), start)
        ):
            # a city or a region is where things happen; it acts when it speaks ("Washington said")
            why = "setting"
        if all(w.isupper() for w in words) and in_dateline(text, start, end):
            kind, why = PLACE, "setting"  # "GENEVA (Reuters) - ": where the story was filed
        if kind is None and len(words) == 1 and ACRONYM.fullmatch(words[0]):
            if words[0] in _NOT_ACRONYMS or words[0].removesuffix("s") in _NOT_ACRONYMS:
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
