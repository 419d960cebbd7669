"""Decisions made from what a person sees: an event, an actor or a passage of the
dossier as it stands, anchored to the source text behind it."""

from __future__ import annotations

import getpass
from datetime import datetime, timezone

from dossier_tui.curation.decision import Anchor, Decision, Span
from dossier_tui.model import Actor, Dossier, Event, Evidence, Source

#: spans an anchor keeps at most: enough to find it again (the most that agree wins), not
#: a copy of the dossier
MAX_SPANS = 24
#: characters of a source's story a source anchor keeps, where it opens and at its middle
SOURCE_WORDS = 160


def event_anchor(e: Event) -> Anchor:
    """An event by its passages: the first of each source, then the second of each...,
    so that the sources that report it all vote where it is after a rebuild."""
    rounds: dict[str, list[Evidence]] = {}
    for v in e.evidence:
        rounds.setdefault(v.source, []).append(v)
    spread = [vs[i] for i in range(len(e.evidence)) for vs in rounds.values() if i < len(vs)]
    spans = tuple(Span(v.source, v.start, v.end, v.passage) for v in spread[:MAX_SPANS])
    label = f"{e.date or 'undated'}: {e.headline}"
    return Anchor("event", spans, label, e.headline, when=e.date)


def passage_anchor(v: Evidence) -> Anchor:
    return Anchor("passage", (Span(v.source, v.start, v.end, v.passage),), v.passage[:80])


def actor_anchor(d: Dossier, a: Actor) -> Anchor:
    """An actor by name and aliases, and by the words that give its roles and quotes
    (else where a source names it), for when a rebuild names it otherwise."""
    spans = [Span(x.source, x.start, x.end, x.title) for x in a.roles]
    spans += [Span(q.source, q.start, q.end, q.text) for q in a.quotes]
    if not spans:
        texts = {s.id: s.text for s in d.sources}
        for sid in a.sources:
            at = texts.get(sid, "").find(a.name)
            if at >= 0:
                spans.append(Span(sid, at, at + len(a.name), a.name))
    return Anchor("actor", tuple(spans[:MAX_SPANS]), a.name, a.name, a.aliases, a.kind)


def source_anchor(s: Source) -> Anchor:
    """A source by the words where its story opens and at its middle (an edit of one
    leaves the other), then by its title and its address: what finds it again when it
    is read from a file renamed or rewritten since."""
    body = [(a, b) for a, b in s.body_spans() if s.text[a:b].strip()]
    spans: list[Span] = []
    if body:
        middle = (body[0][0] + body[-1][1]) // 2
        part = next((a, b) for a, b in body if b > middle)
        for at, stop in (body[0], (max(part[0], s.text.find(" ", middle, part[1])), part[1])):
            span = _words_at(s, at, stop)
            if span is not None and span not in spans:
                spans.append(span)
    return Anchor("source", tuple(spans), s.label(), s.title or s.id, url=s.url)


def _words_at(s: Source, at: int, stop: int) -> Span | None:
    """Up to SOURCE_WORDS characters of whole words of ``s`` from ``at`` (before ``stop``)."""
    text = s.text[at:stop]
    at += len(text) - len(text.lstrip())
    words = s.text[at : min(stop, at + SOURCE_WORDS)]
    if at + SOURCE_WORDS < stop and " " in words:
        words = words.rsplit(" ", 1)[0]
    words = words.rstrip()
    return Span(s.id, at, at + len(words), words) if words else None


def who() -> str:
    """The person deciding, as the system knows them (empty when it does not)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def now() -> str:
    """When a decision is made, in UTC to the second: a record of the act, never a date
    any analysis reads."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def decision(
    action: str,
    about: Anchor,
    value: str | None = None,
    others: tuple[Anchor, ...] = (),
    names: tuple[str, ...] = (),
    note: str | None = None,
) -> Decision:
    return Decision(action, about, value, others, names, who(), now(), note)
