"""The decisions that change what the events and actors are: merge, move, a corrected
date; rename, merge and split an actor. Each changes the draft in place and says what
it landed on, or says why it cannot apply (what it names is not found)."""

from __future__ import annotations

import re
from dataclasses import replace

from dossier_tui.curation.anchor import Finder, key
from dossier_tui.curation.decision import Anchor, Decision, Span
from dossier_tui.curation.draft import Draft
from dossier_tui.model import Actor, Conflict, Event, Evidence
from dossier_tui.temporal.values import time_value
from dossier_tui.text.slugs import slug

#: what a new event made of a moved passage is called, at most
HEADLINE_CHARS = 80

#: (the event or actor it landed on, what the machine said before: a date or a name)
Done = tuple[str | None, str | None]


def not_found(a: Anchor) -> str:
    """Why an anchor finds nothing, for a person."""
    if a.kind == "actor":
        return f"no actor is called {a.name!r} any more, and none has its roles or quotes"
    if a.kind == "source":
        return "no source says its words, has its address or its title any more"
    if a.spans and not any(s.text for s in a.spans):
        return "it names no source text"
    return "the passages it names are no longer in any source or event"


def apply_one(draft: Draft, find: Finder, dec: Decision) -> Done | str:
    """Apply one reshaping decision to ``draft``."""
    if dec.on == "actor":
        return _actor(draft, find, dec)
    if dec.action == "move":
        return _move(draft, find, dec)
    event = find.event(dec.about)
    if event is None:
        return not_found(dec.about)
    if dec.action == "redate":
        return _redate(draft, event, dec.value or "")
    others = [find.event(a) for a in dec.others]
    if any(o is None for o in others):
        return "an event merged into it is no longer found: " + not_found(dec.others[0])
    return _merge_events(draft, event, [o for o in others if o is not None])


# ---------------------------------------------------------------- events
def _redate(draft: Draft, e: Event, value: str) -> Done | str:
    value = value.strip()
    tv = time_value(value)
    if tv.first is None or tv.last is None:
        return f"{value!r} is not a date (write it as 2023-08-08, 2023-08, 2023-W32 or 2023)"
    draft.put_event(replace(e, date=value, start=tv.first.isoformat(), end=tv.last.isoformat()))
    return e.id, e.date


def _ordered(draft: Draft, evidence: list[Evidence]) -> tuple[Evidence, ...]:
    """Passages once each, in source order then by place in the source."""
    place = draft.place
    seen = dict.fromkeys(evidence)
    return tuple(sorted(seen, key=lambda v: (place.get(v.source, len(place)), v.start, v.end)))


def _merge_events(draft: Draft, into: Event, others: list[Event]) -> Done:
    others = [o for o in dict.fromkeys(others) if o.id != into.id]
    if not others:  # the machine has merged them itself since
        return into.id, None
    every = (into, *others)
    conflicts = list(into.conflicts)
    for o in others:
        if o.date and o.date != into.date and o.date not in {c.value for c in conflicts}:
            conflicts.append(Conflict(o.date, o.sources))
    draft.put_event(
        replace(
            into,
            evidence=_ordered(draft, [v for e in every for v in e.evidence]),
            actors=tuple(dict.fromkeys(a for e in every for a in e.actors)),
            conflicts=tuple(conflicts),
            score=max(e.score for e in every),
        )
    )
    for o in others:
        draft.drop_event(o.id, into=into.id)
    return into.id, None


def _move(draft: Draft, find: Finder, dec: Decision) -> Done | str:
    spans = find.spans(dec.about)
    holders = [find.events[i] for i in find.events_at(spans[0])] if spans else []
    if not holders:
        return not_found(dec.about)
    span, source = spans[0], holders[0]
    passage = max(
        (v for v in source.evidence if v.source == span.source),
        key=lambda v: min(v.end, span.end) - max(v.start, span.start),
    )
    target = None
    if dec.others:
        target = find.event(dec.others[0])
        if target is None:
            return "the event it moves to is no longer found: " + not_found(dec.others[0])
        if target.id == source.id:
            return target.id, None
    kept = tuple(v for v in source.evidence if v != passage)
    if target is not None:
        moved = replace(target, evidence=_ordered(draft, [*target.evidence, passage]))
        draft.put_event(moved)
    else:
        moved = _new_event(draft, source, passage, dec.value)
        draft.put_event(moved, after=source.id)
    if kept:
        draft.put_event(replace(source, evidence=kept))
    else:
        draft.drop_event(source.id)
    return moved.id, None


def _new_event(draft: Draft, source: Event, v: Evidence, headline: str | None) -> Event:
    """An event of its own for a passage: its headline given, else the passage's first
    words; its date the passage's own time expression, if it has a calendar one."""
    words = " ".join(v.passage.split())
    if not headline:
        headline = words if len(words) <= HEADLINE_CHARS else _cut(words)
    value = v.timex.value if v.timex is not None else None
    tv = time_value(value) if value else None
    dated = tv is not None and tv.first is not None and tv.last is not None
    return Event(
        _unique(source.id, set(draft.events)),
        value if dated else None,
        tv.first.isoformat() if dated else None,
        tv.last.isoformat() if dated else None,
        headline,
        source.status,
        tuple(a for a in source.actors if a in draft.actors and _names(draft.actors[a], words)),
        (v,),
    )


def _cut(words: str) -> str:
    return words[: HEADLINE_CHARS - 1].rsplit(" ", 1)[0] + "…"


# ---------------------------------------------------------------- actors
def _actor(draft: Draft, find: Finder, dec: Decision) -> Done | str:
    actor = find.actor(dec.about)
    if actor is None:
        return not_found(dec.about)
    if dec.action == "rename":
        name = " ".join((dec.value or "").split())
        aliases = tuple(n for n in dict.fromkeys((actor.name, *actor.aliases)) if n != name)
        draft.put_actor(replace(actor, name=name, aliases=aliases))
        return actor.id, actor.name
    if dec.action == "merge":
        others = [find.actor(a) for a in dec.others]
        if any(o is None for o in others):
            return "an actor merged into it is no longer found: " + not_found(dec.others[0])
        return _merge_actors(draft, actor, [o for o in others if o is not None])
    return _split(draft, find, actor, dec)


def _merge_actors(draft: Draft, into: Actor, others: list[Actor]) -> Done:
    others = [o for o in dict.fromkeys(others) if o.id != into.id]
    if not others:
        return into.id, None
    every = (into, *others)
    names = [n for a in every for n in (a.name, *a.aliases)]
    draft.put_actor(
        replace(
            into,
            aliases=tuple(n for n in dict.fromkeys(names) if n != into.name),
            roles=tuple(dict.fromkeys(r for a in every for r in a.roles)),
            quotes=tuple(dict.fromkeys(q for a in every for q in a.quotes)),
            events=tuple(dict.fromkeys(x for a in every for x in a.events)),
            sources=tuple(dict.fromkeys(s for a in every for s in a.sources)),
        )
    )
    for o in others:
        draft.drop_actor(o.id, into=into.id)
    return into.id, None


def _split(draft: Draft, find: Finder, actor: Actor, dec: Decision) -> Done:
    """A new actor out of ``actor``: the name given, the aliases named, the roles and
    quotes at the spans given, and the events whose passages name it or hold those."""
    name = " ".join((dec.value or "").split())
    leaving = {key(n) for n in (name, *dec.names)}
    spans: list[Span] = [s for a in dec.others for s in find.spans(a)]

    def taken(x) -> bool:
        return any(s.source == x.source and s.start < x.end and x.start < s.end for s in spans)

    aliases = tuple(n for n in dec.names if key(n) != key(name))
    probe = Actor("", name, actor.kind, aliases)
    events = [
        e.id
        for e in draft.events.values()
        if actor.id in e.actors
        and (
            any(taken(v) for v in e.evidence)
            or _names(probe, " ".join(v.passage for v in e.evidence))
        )
    ]
    kind = next((a.actor_kind for a in dec.others if a.actor_kind), None) or actor.kind
    new = Actor(
        _unique(slug(name, "actor"), set(draft.actors)),
        name,
        kind,
        aliases,
        tuple(r for r in actor.roles if taken(r)),
        tuple(q for q in actor.quotes if taken(q)),
        tuple(events),
        tuple(s for s in actor.sources if _names(probe, draft.sources[s].text)),
    )
    draft.put_actor(
        replace(
            actor,
            aliases=tuple(n for n in actor.aliases if key(n) not in leaving),
            roles=tuple(r for r in actor.roles if not taken(r)),
            quotes=tuple(q for q in actor.quotes if not taken(q)),
        )
    )
    draft.put_actor(new, after=actor.id)
    for x in events:
        e = draft.events[x]
        draft.put_event(replace(e, actors=(*e.actors, new.id)))
    return actor.id, None


def _words(text: str) -> str:
    """``text`` as words between spaces, to find a name as whole words."""
    return " " + key(re.sub(r"[^\w]+", " ", text)) + " "


def _names(a: Actor, text: str) -> bool:
    """Whether ``text`` names ``a`` (its name or an alias, as whole words)."""
    folded = _words(text)
    return any(_words(n) in folded for n in (a.name, *a.aliases) if n.strip())


def _unique(base: str, taken: set[str]) -> str:
    """``base``, else ``base-2``, ``base-3``... whichever is not taken yet."""
    out, n = base, 2
    while out in taken:
        out, n = f"{base}-{n}", n + 1
    return out
