"""Corpus -> Dossier: a per-document map, then corpus-wide steps.

Per document (independent, so it runs on the mapper's processes): tag time expressions
and find event mentions, then names and quotations. Across the corpus: infer
publication dates for undated articles, merge mentions into events (while the
processes find the names), then find the actors and link them to the events.

Nothing an article holds stops the build: a failure in one expression, sentence or
article is caught there, told to ``on_problem`` as one line naming the file, kept in
the dossier's ``problems``, and the rest is kept.

A caller that may stop waiting (the app, when the user quits) passes ``stop``, a plain
callable such as ``threading.Event().is_set``: it is asked before each article and each
stage, and when it says so the build raises ``Cancelled``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from dossier_tui.actors import extract
from dossier_tui.cache import Cache
from dossier_tui.events.dating import infer
from dossier_tui.events.merge import merge
from dossier_tui.events.named_days import dated_by_name
from dossier_tui.events.short_headline import with_short_headlines
from dossier_tui.ingest.repeats import mark_repeats
from dossier_tui.model import Cancelled, Dossier, Problem, Source
from dossier_tui.quiet_gc import release, set_aside
from dossier_tui.reading import begin_naming, cut_all, lower_words, read_all
from dossier_tui.workers import Mapper

Progress = Callable[[str, int, int], None]
OnProblem = Callable[[str], None]
Stop = Callable[[], bool]
#: the stages ``build`` reports, in order: repeats, reading, dating (when some article is undated),
#: merging (and ranking), naming, actors; ``progress.STAGES`` names them
LAST_STAGE = "actors"


def _failure(e: Exception) -> str:
    return f"{type(e).__name__}: {e}" if str(e) else type(e).__name__


def build(
    sources: Iterable[Source],
    progress: Progress | None = None,
    on_problem: OnProblem | None = None,
    stop: Stop | None = None,
    input_problems: Iterable[Problem] = (),
    mapper: Mapper | None = None,
    cache: Cache | None = None,
) -> Dossier:
    """The dossier of a corpus. ``progress(stage, done, total)`` is told how far it is;
    ``on_problem(message)`` is told of anything that could not be analysed; ``stop()``
    is asked between articles and stages (``Cancelled`` when it says to stop). The
    dossier's ``problems`` are ``input_problems`` (those met reading the corpus) and the
    build's own. The per-article work runs on ``mapper`` (in this process if none) and
    is kept in ``cache``; neither changes a byte of the result."""
    try:
        return _build(sources, progress, on_problem, stop, input_problems, mapper, cache)
    finally:
        release()


def _build(
    sources: Iterable[Source],
    progress: Progress | None,
    on_problem: OnProblem | None,
    stop: Stop | None,
    input_problems: Iterable[Problem],
    mapper: Mapper | None,
    cache: Cache | None,
) -> Dossier:
    sources = list(sources)
    problems = list(input_problems)
    mapper = mapper or Mapper()
    cache = cache or Cache(None)

    def check() -> None:
        if stop is not None and stop():
            raise Cancelled

    def tell(stage: str, done: int, total: int) -> None:
        check()
        if progress is not None:
            progress(stage, done, total)

    def counter(stage: str):
        return lambda done, total: tell(stage, done, total)

    def say(message: str, path: str = "") -> None:
        problems.append(Problem(path, message, "analysis"))
        if on_problem is not None:
            on_problem(message)

    check()
    try:  # what recurs across many articles (teasers, blurbs) is furniture
        sources = mark_repeats(sources, cut_all(mapper, cache, sources, counter("repeats"), stop))
    except Exception as e:
        say(
            f"could not look for text repeated across articles ({_failure(e)}); all of it is read a"
            "s story"
        )
    readings = read_all(mapper, cache, [(s, None) for s in sources], counter("reading"), stop)
    # the corpus's lower-case words; each article's own (the same when it is read again,
    # dated) are not kept past this
    lowercase = lower_words(readings)
    # what was read lives on through the corpus-wide stages; set aside before the readings
    # are remade, so that making them sets off no collection walking all that was read
    set_aside()
    readings = [replace(r, lowercase="") for r in readings]
    tell("reading", len(sources), len(sources))
    for r in readings:
        for message, path in r.problems:
            say(message, path)
    found = {s.id: r for s, r in zip(sources, readings)}
    del readings
    undated = sum(1 for s in sources if not s.published)
    if undated:
        tell("dating", 0, undated)
    try:
        inferred = infer(
            sources,
            [m for s in sources if s.published for m in found[s.id].mentions if not m.earlier],
        )
    except Exception as e:
        say(f"could not infer the dates of undated articles ({_failure(e)}); they stay undated")
        inferred = {}
    final = []
    for src in sources:
        inf = inferred.get(src.id)
        if inf is not None:
            src = replace(
                src,
                published=inf.published,
                published_basis="inferred",
                published_reason=inf.reason,
            )
        final.append(src)
    if inferred:
        again = [s for s in final if s.id in inferred]
        redone = read_all(
            mapper,
            cache,
            [(s, tuple(inferred[s.id].timexes)) for s in again],
            counter("dating"),
            stop,
        )
        for s, r in zip(again, redone):
            for message, path in r.problems:
                say(message, path)
            found[s.id] = replace(r, lowercase="")
        tell("dating", len(inferred), len(inferred))
    elif undated:  # none could be dated
        tell("dating", undated, undated)
    spans = {s.id: found[s.id].sentences for s in final}
    # the names need only the articles and their words: the processes find them while
    # this one merges the events
    naming = begin_naming(mapper, cache, final, [spans[s.id] for s in final], lowercase)
    try:
        try:
            events = merge(
                dated_by_name((m for s in final for m in found[s.id].mentions), final),
                final,
                progress=counter("merging"),
            )
        except Exception as e:
            say(f"could not merge the events ({_failure(e)}); the timeline is empty")
            events = []
        tell("merging", 1, 1)
        del found  # the mentions are in the events now
        named = naming.result(counter("naming"), stop)
    except BaseException:
        naming.cancel()
        raise
    mapper.rest()  # the per-article work is done: its processes would only hold memory
    set_aside()  # and so do the events and names
    tell("naming", len(final), len(final))
    for n in named:
        for message, path in n.problems:
            say(message, path)
    try:
        actors, events = extract(
            final,
            events,
            {s.id: list(spans[s.id]) for s in final},
            {s.id: list(n.names) for s, n in zip(final, named)},
            lowercase,
            {s.id: n.quotations for s, n in zip(final, named)},
            counter(LAST_STAGE),
        )
    except Exception as e:
        say(f"could not find the actors ({_failure(e)}); the dossier has none")
        actors = ()
    try:
        events = with_short_headlines(events, actors)
    except Exception as e:
        say(f"could not shorten the headlines ({_failure(e)}); the timeline shows them whole")
    tell(LAST_STAGE, 1, 1)
    return Dossier(
        sources=tuple(final), events=tuple(events), actors=tuple(actors), problems=tuple(problems)
    )
