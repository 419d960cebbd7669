"""The decisions that change what the events and actors are: merge, move, a corrected
date; rename, merge and split an actor. Each takes the dossier as it stands and gives
the next one, or says why it cannot apply (what it names is not found)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from dossier_tui.curation.anchor import Finder, key
from dossier_tui.curation.decision import Anchor, Decision, Span
from dossier_tui.model import Actor, Conflict, Dossier, Event, Evidence
from dossier_tui.temporal.values import time_value

#: what a new event made of a moved passage is called, at most
HEADLINE_CHARS = 80

#: (the dossier after, the event or actor it landed on, what the machine said before)
Done = tuple[Dossier, str | None, str | None]


def not_found(a: Anchor) -> str:
    """Why an anchor finds nothing, for a person."""
    if a.kind == "actor":
        return f"no actor is called {a.name!r} any more, and none has its roles or quotes"
    if a.spans and not any(s.text for s in a.spans):
        return "it names no source text"
    return "the passages it names are no longer in any source or event"


def apply_one(d: Dossier, find: Finder, dec: Decision) -> Done | str:
    if dec.on == "actor":
        return _actor(d, find, dec)
    if dec.action == "move":
        return _move(d, find, dec)
    event = find.event(dec.about)
    if event is None:
        return not_found(dec.about)
    if dec.action == "redate":
        return _redate(d, event, dec.value or "")
    others = [find.event(a) for a in dec.others]
    if any(o is None for o in others):
        return "an event merged into it is no longer found: " + not_found(dec.others[0])
    return _merge_events(d, event, [o for o in others if o is not None])


# ---------------------------------------------------------------- events
def _redate(d: Dossier, e: Event, value: str) -> Done | str:
    value = value.strip()
    tv = time_value(value)
    if tv.first is None or tv.last is None:
        return f"{value!r} is not a date (write it as 2023-08-08, 2023-08, 2023-W32 or 2023)"
    fixed = replace(e, date=value, start=tv.first.isoformat(), end=tv.last.isoformat())
    return _with_events(d, {e.id: fixed}), e.id, e.date


def _ordered(d: Dossier, evidence: list[Evidence]) -> tuple[Evidence, ...]:
    place = {s.id: i for i, s in enumerate(d.sources)}
    seen = dict.fromkeys(evidence)
    return tuple(sorted(seen, key=lambda v: (place.get(v.source, len(place)), v.start, v.end)))


def _merge_events(d: Dossier, into: Event, others: list[Event]) -> Done:
    others = [o for o in dict.fromkeys(others) if o.id != into.id]
    if not others:  # the machine has merged them itself since
        return d, into.id, None
    conflicts = list(into.conflicts)
    for o in others:
        if o.date and o.date != into.date and o.date not in {c.value for c in conflicts}:
            conflicts.append(Conflict(o.date, o.sources))
    merged = replace(
        into,
        evidence=_ordered(d, [v for e in (into, *others) for v in e.evidence]),
        actors=tuple(dict.fromkeys(a for e in (into, *others) for a in e.actors)),
        conflicts=tuple(conflicts),
        score=max(e.score for e in (into, *others)),
    )
    gone = {o.id for o in others}
    changed = {into.id: merged} | dict.fromkeys(gone)
    actors = tuple(_relinked(a, gone, into.id) for a in d.actors)
    return replace(_with_events(d, changed), actors=actors), into.id, None


def _move(d: Dossier, find: Finder, dec: Decision) -> Done | str:
    spans = find.spans(dec.about)
    if not spans:
        return not_found(dec.about)
    span = spans[0]
    holders = [find.events[i] for i in find.events_at(span)]
    if not holders:
        return not_found(dec.about)
    source = holders[0]
    passage = max(
        (v for v in source.evidence if v.source == span.source),
        key=lambda v: min(v.end, span.end) - max(v.start, span.start),
    )
    if dec.others:
        target = find.event(dec.others[0])
        if target is None:
            return "the event it moves to is no longer found: " + not_found(dec.others[0])
        if target.id == source.id:
            return d, target.id, None
        moved = replace(target, evidence=_ordered(d, [*target.evidence, passage]))
    else:
        moved = _new_event(d, source, passage, dec.value)
    kept = tuple(v for v in source.evidence if v != passage)
    changed: dict[str, Event | None] = {moved.id: moved}
    changed[source.id] = replace(source, evidence=kept) if kept else None
    out = _with_events(d, changed, after=source.id)
    if not kept:
        out = replace(out, actors=tuple(_relinked(a, {source.id}, None) for a in out.actors))
    return out, moved.id, None


def _new_event(d: Dossier, source: Event, v: Evidence, headline: str | None) -> Event:
    words = " ".join(v.passage.split())
    if not headline:
        headline = words if len(words) <= HEADLINE_CHARS else _cut(words)
    value = v.timex.value if v.timex is not None else None
    tv = time_value(value) if value else None
    dated = tv is not None and tv.first is not None and tv.last is not None
    taken = {e.id for e in d.events}
    n = 2
    while f"{source.id}-{n}" in taken:
        n += 1
    return Event(
        f"{source.id}-{n}",
        value if dated else None,
        tv.first.isoformat() if dated else None,
        tv.last.isoformat() if dated else None,
        headline,
        source.status,
        tuple(a for a in source.actors if a in _named(d, words)),
        (v,),
    )


def _cut(words: str) -> str:
    return words[: HEADLINE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _named(d: Dossier, text: str) -> set[str]:
    """Ids of the actors whose name or an alias ``text`` holds as whole words."""
    return {a.id for a in d.actors if _named_in([a.name, *a.aliases], text)}


def _with_events(d: Dossier, changed: dict[str, Event | None], after: str = "") -> Dossier:
    """``d`` with events replaced (None: removed); new ones go after the event ``after``."""
    have = {e.id for e in d.events}
    new = [x for i, x in changed.items() if x is not None and i not in have]
    out: list[Event] = []
    for e in d.events:
        x = changed.get(e.id) if e.id in changed else e
        if x is not None:
            out.append(x)
        if e.id == after:
            out.extend(new)
    return replace(d, events=tuple(out))


def _relinked(a: Actor, gone: set[str], into: str | None) -> Actor:
    if not gone.intersection(a.events):
        return a
    events = (into if x in gone else x for x in a.events)
    return replace(a, events=tuple(dict.fromkeys(x for x in events if x is not None)))


# ---------------------------------------------------------------- actors
def _actor(d: Dossier, find: Finder, dec: Decision) -> Done | str:
    actor = find.actor(dec.about)
    if actor is None:
        return not_found(dec.about)
    if dec.action == "rename":
        name = " ".join((dec.value or "").split())
        aliases = tuple(n for n in dict.fromkeys((actor.name, *actor.aliases)) if n != name)
        renamed = replace(actor, name=name, aliases=aliases)
        return _with_actors(d, {actor.id: renamed}), actor.id, actor.name
    if dec.action == "merge":
        others = [find.actor(a) for a in dec.others]
        if any(o is None for o in others):
            return "an actor merged into it is no longer found: " + not_found(dec.others[0])
        return _merge_actors(d, actor, [o for o in others if o is not None])
    return _split(d, find, actor, dec)


def _merge_actors(d: Dossier, into: Actor, others: list[Actor]) -> Done:
    others = [o for o in dict.fromkeys(others) if o.id != into.id]
    if not others:
        return d, into.id, None
    every = (into, *others)
    names = [n for a in every for n in (a.name, *a.aliases)]
    merged = replace(
        into,
        aliases=tuple(n for n in dict.fromkeys(names) if n != into.name),
        roles=tuple(dict.fromkeys(r for a in every for r in a.roles)),
        quotes=tuple(dict.fromkeys(q for a in every for q in a.quotes)),
        events=tuple(dict.fromkeys(x for a in every for x in a.events)),
        sources=tuple(dict.fromkeys(s for a in every for s in a.sources)),
    )
    gone = {o.id for o in others}
    events = tuple(
        replace(e, actors=tuple(dict.fromkeys(into.id if a in gone else a for a in e.actors)))
        if gone.intersection(e.actors)
        else e
        for e in d.events
    )
    changed = {into.id: merged} | dict.fromkeys(gone)
    return replace(_with_actors(d, changed), events=events), into.id, None


def _split(d: Dossier, find: Finder, actor: Actor, dec: Decision) -> Done | str:
    name = " ".join((dec.value or "").split())
    leaving = {key(n) for n in (name, *dec.names)}
    spans: list[Span] = [s for a in dec.others for s in find.spans(a)]

    def taken(x) -> bool:
        return any(s.source == x.source and s.start < x.end and x.start < s.end for s in spans)

    new_id = _unique(_slug(name), {a.id for a in d.actors})
    aliases = tuple(n for n in dec.names if key(n) != key(name))
    texts = {s.id: s.text for s in d.sources}
    new_words = [n for n in (name, *aliases) if n]
    events = [
        e.id
        for e in d.events
        if actor.id in e.actors
        and (
            any(taken(v) for v in e.evidence)
            or _named_in(new_words, " ".join(v.passage for v in e.evidence))
        )
    ]
    kind = next((a.actor_kind for a in dec.others if a.actor_kind), None)
    new = Actor(
        new_id,
        name,
        kind or actor.kind,
        aliases,
        tuple(r for r in actor.roles if taken(r)),
        tuple(q for q in actor.quotes if taken(q)),
        tuple(events),
        tuple(s for s in actor.sources if _named_in(new_words, texts.get(s, ""))),
    )
    kept = replace(
        actor,
        aliases=tuple(n for n in actor.aliases if key(n) not in leaving),
        roles=tuple(r for r in actor.roles if not taken(r)),
        quotes=tuple(q for q in actor.quotes if not taken(q)),
    )
    linked = set(events)
    out_events = tuple(
        replace(e, actors=(*e.actors, new_id)) if e.id in linked else e for e in d.events
    )
    at = [a.id for a in d.actors].index(actor.id)
    actors = (*d.actors[:at], kept, new, *d.actors[at + 1 :])
    return replace(d, events=out_events, actors=actors), actor.id, None


def _words(text: str) -> str:
    """``text`` as words between spaces, to find a name as whole words."""
    return " " + key(re.sub(r"[^\w]+", " ", text)) + " "


def _named_in(names: list[str], text: str) -> bool:
    """Whether ``text`` holds one of ``names`` as whole words."""
    folded = _words(text)
    return any(_words(n) in folded for n in names if n.strip())


def _slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return "-".join(re.findall(r"[a-z0-9]+", plain)) or "actor"


def _unique(base: str, taken: set[str]) -> str:
    out, n = base, 2
    while out in taken:
        out, n = f"{base}-{n}", n + 1
    return out


def _with_actors(d: Dossier, changed: dict[str, Actor | None]) -> Dossier:
    out = (changed.get(a.id) if a.id in changed else a for a in d.actors)
    return replace(d, actors=tuple(a for a in out if a is not None))
