"""Model objects to compact JSON and back, for the rows of the index.

SQLite holds UTF-8 only, and a dossier may hold lone surrogates (the bytes of a file
name that was not UTF-8, as ``os.fsdecode`` gives them): so whole objects are stored
as UTF-8 bytes that keep them (``surrogatepass``), ids likewise (``key``), and text
only shown or searched has them replaced (``text``), as the screen shows them anyway.

The index keeps each event, source, actor and problem whole, so that the dossier it
was built from can be given back exactly (an export from the index equals one from
the file) and a detail pane can be filled from one row. Plain data only: lists become
tuples again on the way back, so the objects compare equal to the originals.
"""

from __future__ import annotations

import json
import re

from dossier_tui.model import (
    Actor,
    Conflict,
    Event,
    Evidence,
    Furniture,
    Problem,
    Quote,
    Role,
    Source,
    Timex,
)

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(data: object) -> bytes:
    """One compact line of JSON as UTF-8, every character kept (lone surrogates too)."""
    return _ENCODER.encode(data).encode("utf-8", "surrogatepass")


def loads(data: bytes) -> object:
    return json.loads(data.decode("utf-8", "surrogatepass"))


def key(value: str) -> bytes:
    """An id as stored and looked up: its exact characters, as bytes."""
    return value.encode("utf-8", "surrogatepass")


def unkey(value: bytes) -> str:
    return value.decode("utf-8", "surrogatepass")


def text(value: str | None) -> str | None:
    """Text only shown or searched: a lone surrogate becomes U+FFFD (as shown)."""
    if value is None or value.isascii():  # most text: nothing to replace, and no scan for it
        return value
    return _SURROGATE.sub("\ufffd", value)


def _timex(t: Timex | None) -> list | None:
    return None if t is None else [t.start, t.end, t.text, t.type, t.value, t.basis, t.mod]


def _timex_of(x: list | None) -> Timex | None:
    return None if x is None else Timex(*x)


def event_data(e: Event) -> bytes:
    return dumps(
        [
            e.id,
            e.date,
            e.start,
            e.end,
            e.headline,
            e.status,
            list(e.actors),
            [[v.source, v.start, v.end, v.passage, _timex(v.timex)] for v in e.evidence],
            e.place,
            [[c.value, list(c.sources)] for c in e.conflicts],
            e.score,
            e.short,
        ]
    )


def event_of(data: bytes) -> Event:
    i, date, start, end, headline, status, actors, evidence, place, conflicts, score, short = loads(
        data
    )
    return Event(
        i,
        date,
        start,
        end,
        headline,
        status,
        tuple(actors),
        tuple(Evidence(s, a, b, q, _timex_of(t)) for s, a, b, q, t in evidence),
        place,
        tuple(Conflict(v, tuple(ss)) for v, ss in conflicts),
        score,
        short,
    )


def source_data(s: Source) -> bytes:
    return dumps(
        [
            s.id,
            s.path,
            s.text,
            s.title,
            s.outlet,
            s.url,
            s.published,
            s.published_basis,
            s.published_reason,
            list(s.published_span) if s.published_span is not None else None,
            s.body_start,
            [[f.start, f.end, f.kind] for f in s.furniture],
            s.encoding,
            s.sha256,
        ]
    )


def source_of(data: bytes) -> Source:
    (
        i,
        path,
        body,
        title,
        outlet,
        url,
        published,
        basis,
        reason,
        span,
        body_start,
        furniture,
        encoding,
        sha256,
    ) = loads(data)
    return Source(
        i,
        path,
        body,
        title,
        outlet,
        url,
        published,
        basis,
        reason,
        tuple(span) if span is not None else None,
        body_start,
        tuple(Furniture(*f) for f in furniture),
        encoding,
        sha256,
    )


def actor_data(a: Actor) -> bytes:
    return dumps(
        [
            a.id,
            a.name,
            a.kind,
            list(a.aliases),
            [[r.title, r.source, r.start, r.end] for r in a.roles],
            [[q.source, q.start, q.end, q.text] for q in a.quotes],
            list(a.events),
            list(a.sources),
        ]
    )


def actor_of(data: bytes) -> Actor:
    i, name, kind, aliases, roles, quotes, events, sources = loads(data)
    return Actor(
        i,
        name,
        kind,
        tuple(aliases),
        tuple(Role(*r) for r in roles),
        tuple(Quote(*q) for q in quotes),
        tuple(events),
        tuple(sources),
    )


def problem_data(p: Problem) -> bytes:
    return dumps([p.path, p.message, p.kind])


def problem_of(data: bytes) -> Problem:
    return Problem(*loads(data))
