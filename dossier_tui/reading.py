"""What one article gives on its own: the map half of the build.

Each function here takes one article (and at most a corpus-wide value shared by all)
and returns plain, picklable results, so ``workers.Mapper`` can run it on every core
and ``cache.Cache`` can keep it between builds. The corpus-wide steps (furniture
repeated across pages, dates of undated articles, merging, resolving actors) stay in
``build``.

Names need one thing from the corpus: the words it writes in lower case ("Bush" is a
name, "Fire" may not be). What an article's names depend on is only the answers to
the questions it asked of that set, so they are kept with those answers, and reused
while the corpus gives the same ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dossier_tui import workers
from dossier_tui.actors import body_words
from dossier_tui.actors.names import Name, names
from dossier_tui.actors.quotes import Quotation, quotations
from dossier_tui.cache import Cache
from dossier_tui.cache import key as cache_key
from dossier_tui.events.mentions import Mention, mentions
from dossier_tui.ingest.repeats import cut
from dossier_tui.ingest.shingles import Shingles
from dossier_tui.model import Source, Timex
from dossier_tui.temporal import tag_source
from dossier_tui.text.sentences import sentences


def _failure(e: Exception) -> str:
    return f"{type(e).__name__}: {e}" if str(e) else type(e).__name__


@dataclass(frozen=True)
class Reading:
    """An article's event mentions, sentence spans and lower-case words, and the
    problems met finding them (message, path).

    The words are one string, a line each (``words`` gives them): all a corpus's
    readings are held at once, and a set of a few hundred strings per article cost a
    fifth of a large build's memory, for a union taken once."""

    mentions: tuple[Mention, ...]
    sentences: tuple[tuple[int, int], ...]
    lowercase: str
    problems: tuple[tuple[str, str], ...]

    def words(self) -> list[str]:
        """The lower-case words the article writes (casefolded)."""
        return self.lowercase.split("\n") if self.lowercase else []


def lower_words(readings) -> frozenset[str]:
    """The words a corpus's readings write in lower case."""
    out: set[str] = set()
    for r in readings:
        out.update(r.words())
    return frozenset(out)


def read(item: tuple[Source, tuple[Timex, ...] | None]) -> Reading:
    """The reading of one article, tagged here unless its time expressions are given;
    an article that cannot be analysed gives no mentions, and says why."""
    source, timexes = item
    problems: list[tuple[str, str]] = []

    def note(message: str) -> None:
        problems.append((f"{source.path}: {message}", source.path))

    found: list[Mention] = []
    unread = None
    try:  # first, as the mentions need the sentences too
        spans: tuple[tuple[int, int], ...] | None = tuple(sentences(source))
        lower = "\n".join(sorted(body_words(source)))
    except Exception as e:
        unread, spans, lower = e, None, ""
    try:
        if timexes is None:
            timexes = tuple(tag_source(source, on_error=note))
        found = mentions(
            source, list(timexes), on_error=note, sents=None if spans is None else list(spans)
        )
    except Exception as e:  # a bug must cost one article, not the dossier
        note(f"could not analyse this article ({_failure(e)}); left out of the timeline")
    if unread is not None:
        note(f"could not read its sentences ({_failure(unread)}); its actors are left out")
    return Reading(tuple(found), spans or (), lower, tuple(problems))


class _Asked:
    """The corpus's lower-case words, remembering what was asked of them."""

    def __init__(self, words: frozenset[str]):
        self.words = words
        self.yes: set[str] = set()
        self.no: set[str] = set()

    def __contains__(self, word: object) -> bool:
        if word in self.words:
            self.yes.add(word)  # type: ignore[arg-type]
            return True
        self.no.add(word)  # type: ignore[arg-type]
        return False


@dataclass(frozen=True)
class Named:
    """An article's names, with the lower-case questions they were found with, and its
    quotations (which need only the article, and so are found here, in parallel)."""

    names: tuple[Name, ...]
    yes: frozenset[str]
    no: frozenset[str]
    problems: tuple[tuple[str, str], ...] = ()
    #: its quotations (None when they could not be found here: the actors step tries again)
    quotations: tuple[Quotation, ...] | None = ()

    def holds_for(self, lowercase: frozenset[str]) -> bool:
        """Whether a corpus writing ``lowercase`` would give the same names."""
        return self.yes <= lowercase and self.no.isdisjoint(lowercase)


def name(item: tuple[Source, tuple[tuple[int, int], ...]]) -> Named:
    """The names of one article, against the corpus's lower-case words (shared)."""
    source, spans = item
    asked = _Asked(workers.shared)
    try:
        found = tuple(names(source.text, list(spans), asked))  # type: ignore[arg-type]
        problems: tuple[tuple[str, str], ...] = ()
    except Exception as e:
        found = ()
        problems = (
            (
                f"{source.path}: could not find its names ({_failure(e)}); its actors are left out",
                source.path,
            ),
        )
    try:
        quoted: tuple[Quotation, ...] | None = tuple(quotations(source.text, source.body_spans()))
    except Exception:
        quoted = None
    return Named(found, frozenset(asked.yes), frozenset(asked.no), problems, quoted)


def cut_all(
    mapper: workers.Mapper, cache: Cache, sources: list[Source], progress=None, stop=None
) -> list[Shingles]:
    """``repeats.cut`` over the sources, from the cache where it already has them."""
    keys = [cache_key("shingles", s.text, s.body_start) for s in sources]
    return _cached(mapper, cache, cut, sources, keys, progress, stop)


def read_all(
    mapper: workers.Mapper,
    cache: Cache,
    items: list[tuple[Source, tuple[Timex, ...] | None]],
    progress=None,
    stop=None,
) -> list[Reading]:
    """``read`` over ``items``, from the cache where it already has them."""
    keys = [cache_key("reading", s, t) for s, t in items]
    return _cached(mapper, cache, read, items, keys, progress, stop)


def begin_naming(
    mapper: workers.Mapper,
    cache: Cache,
    sources: list[Source],
    spans: list[tuple[tuple[int, int], ...]],
    lowercase: frozenset[str],
) -> workers.Running:
    """``name`` over the sources, each with its sentence spans, begun on the processes
    (it needs nothing the merge makes, so it runs beside it); a kept result serves while
    the corpus answers its questions the same way."""
    keys = [cache_key("names", s) for s in sources]
    items = list(zip(sources, spans))
    return _begin_cached(
        mapper, cache, name, items, keys, lowercase, lambda kept: kept.holds_for(lowercase)
    )


def _cached(
    mapper: workers.Mapper,
    cache: Cache,
    fn,
    items: list[Any],
    keys: list[str],
    progress,
    stop,
) -> list[Any]:
    """``fn`` over ``items``, but a result the cache keeps under an item's key is taken
    instead; what is made is kept."""
    return _begin_cached(mapper, cache, fn, items, keys).result(progress, stop)


def _begin_cached(
    mapper: workers.Mapper,
    cache: Cache,
    fn,
    items: list[Any],
    keys: list[str],
    shared: Any = None,
    serves=lambda kept: True,
) -> workers.Running:
    """``_cached`` begun: what the cache keeps (and ``serves``) is taken now, the rest
    sent to the processes; ``result`` waits for it and keeps it."""
    known = {k: v for k, v in cache.get(keys).items() if serves(v)}
    todo = [n for n, k in enumerate(keys) if k not in known]
    running = mapper.begin(fn, [items[n] for n in todo], shared)

    def finish(progress, stop) -> list[Any]:
        fresh = running.result(progress, stop)
        made = {keys[n]: r for n, r in zip(todo, fresh)}
        cache.put(made)
        return [made[k] if k in made else known[k] for k in keys]

    return workers.Running(finish, running.cancel)
