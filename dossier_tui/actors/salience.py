"""How central an actor is to the story, so that a profile list opens with its protagonists.

A crawl mixes the story with whatever shares its pages: a radio schedule that lists
one tribute among twenty shows, a sidebar of other news. Counting the sources that
name an actor would rank the schedule's station beside the story's coroner. What
tells them apart is company: the story's own actors are named beside the actors the
whole corpus keeps naming (the coroner in the sentence after the singer), the other
pages' actors are not. So a source counts in full for an actor named there within a
sentence of one of the corpus's most named actors, and a quarter otherwise (as does an
outlet in its own pages); a source that quotes the actor raises it (a protagonist
speaks); a place counts half.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict

from dossier_tui.actors.clusters import Cluster
from dossier_tui.actors.name_kinds import PLACE

__all__ = ["SETTING", "salience", "in_company"]

#: how much a place counts beside a person or a body: where the story happens, not who acts in it
SETTING = 0.5
#: what a source counts that names the actor away from the story's main actors
APART = 0.25
#: the story's main actors: the people and bodies most sources name
CORE = 3
#: how many sentences away a main actor may be named for the actor to be in its company
NEAR = 1


def _own_outlet(key: str, outlet: str | None) -> bool:
    """ "BBC News" in the BBC's pages: the outlet's byline ("Karen Allen, BBC News") and
    its interviews ("he told BBC News"), the medium rather than the story."""
    if not outlet:
        return False
    name = key.split(":", 1)[1]
    return name == outlet or name.startswith(outlet + " ") or name == "the " + outlet


def in_company(
    clusters: list[Cluster],
    starts: dict[str, list[int]],
    outlets: dict[str, str | None] | None = None,
) -> dict[str, set[str]]:
    """For each actor key, the sources that name it within ``NEAR`` sentences of one of the
    ``CORE`` people or bodies the most sources name (all of theirs, for those), leaving
    out the sources whose own outlet it is (``outlets``: source id -> folded outlet).
    ``starts``: where each source's sentences begin, in order."""
    outlets = outlets or {}

    def index(sid: str, pos: int) -> int:
        return bisect.bisect_right(starts.get(sid, ()), pos) - 1

    reach = {
        c.key: sum(
            1 for sid in {m.source for m in c.mentions} if not _own_outlet(c.key, outlets.get(sid))
        )
        for c in clusters
    }
    core = sorted((c for c in clusters if c.kind != PLACE), key=lambda c: (-reach[c.key], c.key))[
        :CORE
    ]
    near: dict[str, set[int]] = defaultdict(set)  # source -> sentences next to a main actor's
    for c in core:
        for m in c.mentions:
            i = index(m.source, m.start)
            near[m.source].update(range(i - NEAR, i + NEAR + 1))
    out = {c.key: {m.source for m in c.mentions} for c in core}
    for c in clusters:
        if c.key not in out:
            out[c.key] = {
                m.source for m in c.mentions if index(m.source, m.start) in near[m.source]
            }
        out[c.key] = {s for s in out[c.key] if not _own_outlet(c.key, outlets.get(s))}
    return out


def salience(c: Cluster, quotes, company: set[str]) -> float:
    """The sources that name the actor, in full where it is in the story's company, raised
    by the sources that quote it, less for a place. ``company``: from ``in_company``."""
    named = {m.source for m in c.mentions}
    weight = len(named & company) + APART * len(named - company)
    quoted = len({q.source for q in quotes})
    return weight * (1 + math.log2(1 + quoted) / 2) * (SETTING if c.kind == PLACE else 1.0)
