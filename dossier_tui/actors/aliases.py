"""Names -> actors, their aliases gathered: every way the corpus names one person, body
or country, together.

"Mr Lee" and "Mr. Lee" join the Ann Lee of the same article (else the only Lee in
the corpus); an acronym joins the body whose initials it spells or that it follows in
brackets ("World Health Organization (WHO)"); "Ivory Coast" and "Côte d'Ivoire" are
one country; a body named in lower case elsewhere ("the national police") is found
again by its name.
"""

from __future__ import annotations

from dossier_tui.actors.clusters import ActorMention, Cluster
from dossier_tui.actors.lower_case_bodies import lower_case_bodies
from dossier_tui.actors.name_keys import NameIndex, bracketed, key_of
from dossier_tui.actors.name_kinds import ORG, PLACE
from dossier_tui.actors.names import Name
from dossier_tui.actors.spelling_variants import join_variants
from dossier_tui.lexicon.name_words import (
    COUNTRY_OF,
)


def gather(
    named: dict[str, list[Name]], texts: dict[str, str], body: dict[str, list[tuple[int, int]]]
) -> list[Cluster]:
    """Actors of the corpus, each with every mention of it. ``named`` maps a source id
    to the names found in its story text; ``body`` to its story spans."""
    idx = NameIndex(named, texts)
    clusters: dict[str, Cluster] = {}

    def add(key: str, kind: str, sid: str, start: int, end: int, form: bool = True) -> None:
        c = clusters.get(key)
        if c is None:
            c = clusters[key] = Cluster(key, kind)
        text = texts[sid][start:end]
        c.mentions.append(ActorMention(sid, start, end, text))
        if form:
            c.forms[text] += 1

    acr_orgs: dict[str, str] = {}
    for sid in sorted(named):
        found, text = named[sid], texts[sid]
        keyed = {}
        known: dict[tuple, tuple[str, str] | None] = {}
        for i, n in enumerate(found):
            k = _key_in_article(sid, n, text, idx, known)
            if k:
                keyed[i] = k[0]
                add(k[0], k[1], sid, n.start, n.end)
        for i, key in bracketed(sid, found, text, keyed).items():
            acr_orgs[found[i].bare] = key
            add(key, ORG, sid, found[i].start, found[i].end)
    # an acronym defined in one article stands for the same body in the others
    for sid in sorted(named):
        for n in named[sid]:
            if (
                n.cue in ("acronym", "spelled")
                and n.bare in acr_orgs
                and key_of(sid, n, texts[sid], idx) is None
                and texts[sid][max(0, n.start - 1) : n.start] != "("
            ):
                add(acr_orgs[n.bare], ORG, sid, n.start, n.end)
    lower_case_bodies(clusters, texts, body, add)
    join_variants(clusters)
    for c in clusters.values():
        c.mentions.sort(key=lambda m: (m.source, m.start))
        if c.kind == PLACE:
            c.reference = COUNTRY_OF.get(c.key.split(":", 1)[1])
    return [c for c in clusters.values() if c.mentions]


def _key_in_article(
    sid: str, n: Name, text: str, idx: NameIndex, known: dict[tuple, tuple[str, str] | None]
) -> tuple[str, str] | None:
    """``key_of``, worked out once for each way an article writes a name: written alike, a
    name stands for the same actor wherever the article has it (but initials, which the
    words around them type)."""
    if n.cue in ("acronym", "spelled"):
        return key_of(sid, n, text, idx)
    form = (n.text, n.kind, n.cue, n.honorific)
    if form not in known:
        known[form] = key_of(sid, n, text, idx)
    return known[form]
