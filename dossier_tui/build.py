"""Corpus -> Dossier: a per-document map, then corpus-wide steps.

Per document (independent, so it could run in parallel): tag time expressions and
find event mentions. Across the corpus: infer publication dates for undated articles,
merge mentions into events, then find the actors and link them to the events.

Nothing an article holds stops the build: a failure in one expression, sentence or
article is caught there, told to ``on_problem`` as one line naming the file, kept in
the dossier's ``problems``, and the rest is kept.

A caller that may stop waiting (the app, when the user quits) passes ``stop``, a plain
callable such as ``threading.Event().is_set``: it is asked before each article and each
stage, and when it says so the build raises ``Cancelled``.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable

from dossier_tui.actors import extract
from dossier_tui.events.dating import infer
from dossier_tui.events.mentions import Mention, mentions
from dossier_tui.events.merge import merge
from dossier_tui.ingest.repeats import mark_repeats
from dossier_tui.model import Cancelled, Dossier, Problem, Source, Timex
from dossier_tui.temporal import tag_source

Progress = Callable[[str, int, int], None]
OnProblem = Callable[[str], None]
Stop = Callable[[], bool]
#: the stages ``build`` reports, in order: reading, dating (when some article is undated), merging, actors
LAST_STAGE = "actors"

def _failure(e: Exception) -> str:
    return f"{type(e).__name__}: {e}" if str(e) else type(e).__name__


def _map(source: Source, say: Callable[[str, str], None], timexes: list[Timex] | None = None) -> list[Mention]:
    """The mentions of one article (tagged here unless ``timexes`` are given); an
    article that cannot be analysed gives none. ``say(message, path)`` is told why."""
    def note(message: str) -> None:
        say(f"{source.path}: {message}", source.path)
    try:
        if timexes is None:
            timexes = tag_source(source, on_error=note)
        return mentions(source, timexes, on_error=note)
    except Exception as e:  # a bug must cost one article, not the dossier
        note(f"could not analyse this article ({_failure(e)}); left out of the timeline")
        return []


def build(sources: Iterable[Source], progress: Progress | None = None,
          on_problem: OnProblem | None = None, stop: Stop | None = None,
          input_problems: Iterable[Problem] = ()) -> Dossier:
    """The dossier of a corpus. ``progress(stage, done, total)`` is told how far it is;
    ``on_problem(message)`` is told of anything that could not be analysed; ``stop()``
    is asked between articles and stages (``Cancelled`` when it says to stop). The
    dossier's ``problems`` are ``input_problems`` (those met reading the corpus) and the
    build's own."""
    sources = list(sources)
    problems = list(input_problems)

    def check() -> None:
        if stop is not None and stop():
            raise Cancelled

    def tell(stage: str, done: int, total: int) -> None:
        check()
        if progress is not None:
            progress(stage, done, total)

    def say(message: str, path: str = "") -> None:
        problems.append(Problem(path, message, "analysis"))
        if on_problem is not None:
            on_problem(message)

    check()
    try:  # what recurs across many articles (teasers, blurbs) is furniture
        sources = mark_repeats(sources)
    except Exception as e:
        say(f"could not look for text repeated across articles ({_failure(e)}); all of it is read as story")
    found: dict[str, list[Mention]] = {}
    for i, src in enumerate(sources, 1):
        check()
        found[src.id] = _map(src, say)
        tell("reading", i, len(sources))
    dated_mentions = [m for s in sources if s.published for m in found[s.id]]
    try:
        inferred = infer(sources, dated_mentions)
    except Exception as e:
        say(f"could not infer the dates of undated articles ({_failure(e)}); they stay undated")
        inferred = {}
    if inferred:
        tell("dating", len(inferred), len(inferred))
    final = []
    for src in sources:
        inf = inferred.get(src.id)
        if inf is not None:
            check()
            src = replace(src, published=inf.published, published_basis="inferred",
                          published_reason=inf.reason)
            found[src.id] = _map(src, say, list(inf.timexes))
        final.append(src)
    tell("merging", 0, 1)
    try:
        events = merge([m for s in final for m in found[s.id]], final)
    except Exception as e:
        say(f"could not merge the events ({_failure(e)}); the timeline is empty")
        events = []
    tell("merging", 1, 1)
    tell(LAST_STAGE, 0, 1)
    try:
        actors, events = extract(final, events)
    except Exception as e:
        say(f"could not find the actors ({_failure(e)}); the dossier has none")
        actors = ()
    tell(LAST_STAGE, 1, 1)
    return Dossier(sources=tuple(final), events=tuple(events), actors=tuple(actors), problems=tuple(problems))
