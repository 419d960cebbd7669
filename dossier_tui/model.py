"""The dossier's data model: frozen dataclasses, no I/O.

Every span is ``(start, end)`` in characters of a source's *decoded* text, exactly as it
was read, so that ``source.text[start:end]`` always gives back the quoted words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

#: How a source's publication date is known (GUIDE §5).
PUBLISHED_BASES = ("stated", "metadata", "inferred", "unknown")

#: TIMEX3 types (TimeML 1.2).
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True, slots=True)
class Furniture:
    """A span of page furniture: text on the page that is not part of the story.

    ``kind`` names what it is (banner, audio, link, source-link, bio, slogan, credit,
    byline, heading, dateline, section; on crawled pages also comments, social, gallery,
    schedule, notice, share, promo, footer, and repeated: text the corpus repeats) so
    the app can dim it and analysis can skip it.
    """

    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class Source:
    """One article as read from disk, with what is known about it."""

    id: str
    path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    published_basis: str = "unknown"
    #: why the date is what it is, when it was inferred from the rest of the corpus
    published_reason: str | None = None
    #: where the publication date was read from: the dateline span when ``stated``
    published_span: tuple[int, int] | None = None
    #: first character after any YAML front matter
    body_start: int = 0
    furniture: tuple[Furniture, ...] = ()
    encoding: str = "utf-8"
    #: SHA-256 of the file's bytes when it was read (hex), to tell when it has changed since
    sha256: str | None = None

    def body_spans(self) -> list[tuple[int, int]]:
        """The story text: everything after the front matter that is not furniture."""
        spans, pos = [], self.body_start
        for f in sorted(self.furniture, key=lambda f: f.start):
            if f.start > pos:
                spans.append((pos, f.start))
            pos = max(pos, f.end)
        if pos < len(self.text):
            spans.append((pos, len(self.text)))
        return spans

    def label(self, limit: int = 90) -> str:
        """A name for people: the title, else the opening words of the story."""
        if self.title:
            return self.title
        lead = next((self.text[a:b] for a, b in self.body_spans() if self.text[a:b].strip()), "")
        lead = " ".join(lead.split())
        if not lead:
            return self.id
        return lead if len(lead) <= limit else lead[: limit - 1].rsplit(" ", 1)[0] + "…"

    def is_furniture(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps front matter or any furniture span."""
        if start < self.body_start:
            return True
        return any(f.start < end and start < f.end for f in self.furniture)


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A TIMEX3 value with the calendar interval it covers (None for non-dates)."""

    value: str
    first: date | None = None
    last: date | None = None


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression found in a text (a TIMEX3).

    ``basis`` says how the value was obtained, so a reader can judge it:
    ``absolute`` (the text names the date), ``reference`` (relative to the reference
    date, normally the publication date), ``context`` (relative to a date mentioned
    earlier in the text), ``unresolved`` (relative, but no reference date was known).
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    basis: str = "absolute"
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A passage of one source that reports an event; ``passage == text[start:end]``.
    Stored under the key ``quote`` (the data contract's name); it is not speech, which
    is ``Actor.quotes``."""

    source: str
    start: int
    end: int
    passage: str
    #: the expression that dates the event in this passage, if it has one
    timex: Timex | None = None


@dataclass(frozen=True, slots=True)
class Conflict:
    """A date some sources give for an event that the others contradict."""

    value: str
    sources: tuple[str, ...]


#: what an event's status says: it happened (as reported), or it is still to come
EVENT_STATUSES = ("reported", "planned")


@dataclass(frozen=True, slots=True)
class Event:
    """One real-world happening, once, with every passage that reports it.

    ``date`` is the most precise TIMEX3 value the sources support (None for undated
    or ongoing matters); ``start``/``end`` are the first and last day it covers.
    """

    id: str
    date: str | None
    start: str | None
    end: str | None
    headline: str
    status: str = "reported"
    actors: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    place: str | None = None
    conflicts: tuple[Conflict, ...] = ()
    #: how central the happening is to the story (higher = more central); ranks key events
    score: float = 0.0
    #: the headline a timeline row shows: who did what, in a few words (``headline`` in full)
    short: str = ""

    @property
    def brief(self) -> str:
        """The headline a row shows: the short one, else (made in code without one) the full."""
        return self.short or self.headline

    @property
    def sources(self) -> tuple[str, ...]:
        """Ids of the sources that report this event, in evidence order, once each."""
        return tuple(dict.fromkeys(e.source for e in self.evidence))


@dataclass(frozen=True, slots=True)
class Role:
    """A title a source gives an actor ("Immigration Minister"), with where it says so."""

    title: str
    source: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    """Words an actor said, verbatim: ``text == source_text[start:end]``."""

    source: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organisation or place that takes part in the story."""

    id: str
    name: str
    kind: str  # person | organisation | place
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[str, ...] = ()
    #: the sources whose story text names it
    sources: tuple[str, ...] = ()

    def titles(self) -> list[tuple[str, tuple[Role, ...]]]:
        """Each title once, in its commonest spelling, with every role that gives it."""
        by_title: dict[str, list[Role]] = {}
        for r in self.roles:
            by_title.setdefault(" ".join(r.title.casefold().split()), []).append(r)
        out = []
        for same in by_title.values():
            spellings = [r.title for r in same]
            out.append((max(dict.fromkeys(spellings), key=spellings.count), tuple(same)))
        return out

    @property
    def main_role(self) -> str | None:
        """The title the sources give most often."""
        titles = self.titles()
        return max(titles, key=lambda t: len(t[1]))[0] if titles else None


#: what a problem is about: a file that was not read at all, text decoded with a
#: fallback, metadata not understood, another note on an input file, a failure of
#: analysis, a source whose file has changed or gone since the build, a person's
#: decision (curation.yaml) that no longer finds what it is about
PROBLEM_KINDS = (
    "skipped",
    "decoding",
    "metadata",
    "input",
    "analysis",
    "changed",
    "missing",
    "curation",
)


@dataclass(frozen=True, slots=True)
class Problem:
    """Something a reader of the dossier should know about an input file or the build.

    ``message`` is one line that names the file (``path``, empty for the corpus as a
    whole); ``kind`` is one of PROBLEM_KINDS.
    """

    path: str
    message: str
    kind: str = "input"

    @property
    def skipped(self) -> bool:
        """The file's content was not loaded at all."""
        return self.kind == "skipped"


class Cancelled(BaseException):
    """Raised by a long task (reading a corpus, a build) when its caller's ``stop`` says
    nobody waits for the result any more. Like ``KeyboardInterrupt`` it is no
    ``Exception``, so the handlers that keep one bad article from stopping a build do
    not swallow it."""


@dataclass(frozen=True, slots=True)
class Dossier:
    """Everything known about one story: its sources, its timeline and its actors, and
    the problems met while building it."""

    sources: tuple[Source, ...] = ()
    events: tuple[Event, ...] = ()
    actors: tuple[Actor, ...] = ()
    problems: tuple[Problem, ...] = ()

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)
