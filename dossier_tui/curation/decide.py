"""Decisions made from what a person sees: an event, an actor or a passage of the
dossier as it stands, anchored to the source text behind it."""

from __future__ import annotations

import getpass
from datetime import datetime, timezone

from dossier_tui.curation.decision import Anchor, Decision, Span
from dossier_tui.model import Actor, Dossier, Event, Evidence

#: spans an anchor keeps at most: enough to find it again (the most that agree wins), not
#: a copy of the dossier
MAX_SPANS = 24


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
