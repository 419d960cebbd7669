"""Clusters that are one actor written another way, joined: other spellings
("Gaddafi", "Gadhafi"), a first name alone ("Juan Miguel" of "Juan Miguel Gonzalez"),
middle names and nicknames ("James C. Kopp", "Jim Kopp")."""

from __future__ import annotations

import re
from collections import defaultdict

from dossier_tui.actors.clusters import Cluster
from dossier_tui.actors.name_keys import DOMINANT, body_spelling
from dossier_tui.actors.name_kinds import ORG, PERSON
from dossier_tui.lexicon import fold
from dossier_tui.lexicon.name_words import (
    COUNTRY_OF,
    FEMALE_HONORIFICS,
    GIVEN_NAMES,
    MALE_HONORIFICS,
    NICKNAMES,
)


def join_variants(clusters: dict[str, Cluster]) -> None:
    """Join, in place, the clusters that are one actor written another way."""
    _spellings(clusters)
    _first_names_of_full_ones(clusters)
    _middle_names(clusters)


def _absorb(clusters: dict[str, Cluster], keep: str, other: str) -> None:
    """``other``'s mentions and forms become ``keep``'s, and ``other`` goes."""
    clusters[keep].mentions += clusters[other].mentions
    clusters[keep].forms.update(clusters[other].forms)
    del clusters[other]


def _first_names_of_full_ones(clusters: dict[str, Cluster]) -> None:
    """ "Juan Miguel" is the "Juan Miguel Gonzalez" of the same article when he is the only
    person whose name it begins (or one named far more often than the others); so is a
    lone given name ("Saddam" of "Saddam Hussein") that is nobody's surname."""
    people = {k: c for k, c in clusters.items() if c.kind == PERSON}
    starting: dict[tuple[str, ...], list[str]] = {}  # the first words of a name -> the names
    for k in people:
        words = k.split(":", 1)[1].split()
        for n in range(1, len(words) + 1):
            starting.setdefault(tuple(words[:n]), []).append(k)
    surnames = {k.split()[-1] for k in people if len(k.split()) >= 2}
    for key, c in sorted(people.items()):
        words = key.split(":", 1)[1].split()
        if len(words) < 2 and (
            words[0] in surnames and words[0] not in GIVEN_NAMES or not _first_name(c)
        ):
            continue
        longer = sorted(
            (k for k in starting.get(tuple(words), ()) if k != key),
            key=lambda k: (-len(clusters[k].mentions), k),
        )
        if (
            not longer
            or len(longer) > 1
            and len(clusters[longer[0]].mentions) < DOMINANT * len(clusters[longer[1]].mentions)
        ):
            continue
        full = clusters[longer[0]]
        if not {m.source for m in c.mentions} & {m.source for m in full.mentions}:
            continue
        _absorb(clusters, longer[0], key)


def skeleton(name: str) -> str:
    """What two spellings of one name share: "Gaddafi", "Gadhafi" and "Qaddafi" -> "kdf",
    "Organisation" and "Organization" -> "orknstn" (the consonants, with the letters
    transliterations and spelling habits swap folded together)."""
    out = []
    for w in fold(name).replace("-", " ").split():
        if w in ("al", "el"):  # "Bashar al-Assad" is "Bashar Assad"
            continue
        w = re.sub(
            r"(?<=[^aeiou])h", "", re.sub(r"[gqck]", "k", w.replace("ph", "f").replace("z", "s"))
        )
        w = re.sub(r"(.)\1+", r"\1", w)
        # a final vowel stays: "Michelle" is not "Michael"
        out.append(w[:1] + re.sub(r"[aeiouy]", "", w[1:-1]) + w[-1:] if len(w) > 1 else w)
    return " ".join(w for w in out if w)


def _body_skeleton(name: str) -> str:
    """A body's ``skeleton``, with British and American spellings and a plural the
    writers disagree on folded too ("Centre for Disease Control", "Centers for ...")."""
    return skeleton(body_spelling(name))


def _without_country(clusters: dict[str, Cluster]) -> dict[str, str]:
    """Bodies named with and without their country ("U.S. Centers for Disease Control",
    "Centers for Disease Control"; "U.S. State Department", "State Department"): for each
    key named with one, the name without it, when no other country comes before that name
    ("US Army", "UK Army" are two) and the corpus names the body with its country in at
    least as many sources as without (a UK corpus's "Department of Health" is the UK's,
    whatever one article says of the "US Department of Health")."""
    sources: dict[str, set[str]] = defaultdict(set)  # a body's skeleton -> sources without
    prefixed: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, c in clusters.items():
        if c.kind != ORG:
            continue
        words = key.split(":", 1)[1].split()
        if len(words) >= 3 and words[0] in COUNTRY_OF:
            prefixed[_body_skeleton(" ".join(words[1:]))].append((key, COUNTRY_OF[words[0]]))
        else:
            sources[_body_skeleton(" ".join(words))] |= {m.source for m in c.mentions}
    out = {}
    for rest, named in prefixed.items():
        if len({country for _, country in named}) > 1:
            continue
        told = set().union(*({m.source for m in clusters[k].mentions} for k, _ in named))
        if len(told) >= len(sources.get(rest, ())):
            out.update((key, rest) for key, _ in named)
    return out


def _spellings(clusters: dict[str, Cluster]) -> None:
    """Two spellings of one person or body ("Muammar Gaddafi" / "Moammar Gadhafi", "World
    Health Organisation" / "Organization", "U.S. Centers for Disease Control" / "Centre
    for Disease Control") are one actor, named as most sources write it."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    bare = _without_country(clusters)
    for key, c in clusters.items():
        name = key.split(":", 1)[1]
        if c.kind == ORG and len(name.split()) >= 2:
            groups[(c.kind, bare.get(key) or _body_skeleton(name))].append(key)
        elif c.kind == PERSON and len(name.split()) >= 2:
            groups[(c.kind, skeleton(name))].append(key)
    for keys in groups.values():
        if len(keys) < 2:
            continue
        keep = max(keys, key=lambda k: (len({m.source for m in clusters[k].mentions}), k))
        for k in keys:
            if k != keep:
                _absorb(clusters, keep, k)


def _first_name(c: Cluster) -> bool:
    """A one-word person news calls by the given name ("Saddam", "Bashar"), never with an
    honorific (which goes with a surname: "Mr Saddam" is not said)."""
    return not any(m.text.split()[0] in MALE_HONORIFICS | FEMALE_HONORIFICS for m in c.mentions)


def _middle_names(clusters: dict[str, Cluster]) -> None:
    """ "James Kopp", "James C. Kopp", "James Charles Kopp" and "Jim Kopp" are one person
    when no other James Kopp's middle name contradicts theirs."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, c in clusters.items():
        words = key.split(":", 1)[1].split()
        if c.kind == PERSON and len(words) >= 2:  # "Ed" and "Edward" are one given name
            groups[(NICKNAMES.get(words[0], words[0]), words[-1])].append(key)
    for keys in groups.values():
        if len(keys) < 2:
            continue
        middles = {k: k.split(":", 1)[1].split()[1:-1] for k in keys}
        full = [m for m in middles.values() if m]
        if any(not _same_middle(a, b) for a in full for b in full):
            keys = _dominant_middle(clusters, keys, middles)
            if not keys:
                continue
        keep = max(keys, key=lambda k: (len(k.split()), len(k), k))
        for k in keys:
            if k != keep:
                _absorb(clusters, keep, k)


def _dominant_middle(
    clusters: dict[str, Cluster], keys: list[str], middles: dict[str, list[str]]
) -> list[str]:
    """Of names whose middle names disagree ("George W Bush", "George HW Bush"), the
    ones that join: those with the middle name far more sources give than any other, and
    the name without one ("George Bush" is the George W Bush ten sources of a 2005 corpus
    name, for the other's one); none when no middle name dominates."""
    told: list[tuple[int, list[str]]] = []  # sources and keys of each middle name
    for k in keys:
        if middles[k]:
            at = next(
                (i for i, (_, ks) in enumerate(told) if _same_middle(middles[ks[0]], middles[k])),
                None,
            )
            if at is None:
                told.append((0, []))
                at = len(told) - 1
            n, ks = told[at]
            told[at] = (n + len({m.source for m in clusters[k].mentions}), ks + [k])
    told.sort(key=lambda t: -t[0])
    if len(told) < 2 or told[0][0] < DOMINANT * told[1][0]:
        return []
    return told[0][1] + [k for k in keys if not middles[k]]


def _same_middle(a: list[str], b: list[str]) -> bool:
    """ "c." and "charles" agree; "c." and "d." do not."""
    if len(a) != len(b):
        return False
    return all(
        x.rstrip(".") == y.rstrip(".")
        or (x.endswith(".") or len(x) == 1)
        and y.startswith(x.rstrip("."))
        or (y.endswith(".") or len(y) == 1)
        and x.startswith(y.rstrip("."))
        for x, y in zip(a, b)
    )
