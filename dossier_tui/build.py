"""Corpus -> Dossier: a per-document map, then corpus-wide steps.

Per document (independent, so it could run in parallel): tag time expressions and
find event mentions. Across the corpus: infer publication dates for undated articles,
merge mentions into events, then find the actors and link them to the events.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable

from dossier_tui.actors import extract
from dossier_tui.events.dating import infer
from dossier_tui.events.mentions import Mention, mentions
from dossier_tui.events.merge import merge
from dossier_tui.ingest.repeats import mark_repeats
from dossier_tui.model import Dossier, Source, Timex
from dossier_tui.temporal import tag_source

Progress = Callable[[str, int, int], None]
#: the stages ``build`` reports, in order: reading, dating (when some article is undated), merging, actors
LAST_STAGE = "actors"


def _map(source: Source) -> tuple[list[Timex], list[Mention]]:
    timexes = tag_source(source)
    return timexes, mentions(source, timexes)


def build(sources: Iterable[Source], progress: Progress | None = None) -> Dossier:
    """The dossier of a corpus. ``progress(stage, done, total)`` is told how far it is."""
    sources = mark_repeats(list(sources))
    tell = progress or (lambda stage, done, total: None)
    found: dict[str, list[Mention]] = {}
    for i, src in enumerate(sources, 1):
        _, found[src.id] = _map(src)
        tell("reading", i, len(sources))
    dated_mentions = [m for s in sources if s.published for m in found[s.id]]
    inferred = infer(sources, dated_mentions)
    if inferred:
        tell("dating", len(inferred), len(inferred))
    final = []
    for src in sources:
        inf = inferred.get(src.id)
        if inf is not None:
            src = replace(src, published=inf.published, published_basis="inferred",
                          published_reason=inf.reason)
            found[src.id] = mentions(src, list(inf.timexes))
        final.append(src)
    tell("merging", 0, 1)
    events = merge([m for s in final for m in found[s.id]], final)
    tell("merging", 1, 1)
    tell(LAST_STAGE, 0, 1)
    actors, events = extract(final, events)
    tell(LAST_STAGE, 1, 1)
    return Dossier(sources=tuple(final), events=events, actors=actors)
