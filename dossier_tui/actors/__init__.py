"""Actors: the people, bodies and countries of a story, once each, with the titles the
sources give them, what they said and the events they appear in.

Rules for English news, offline: names are found in story text only (never page
furniture), typed by titles, honorifics, given names, head words and a country list,
merged across sources by surname, acronym and spelling, and linked to an event when
its evidence names them.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace

from dossier_tui.actors.aliases import gather
from dossier_tui.actors.clusters import Cluster
from dossier_tui.actors.name_kinds import ORG, PERSON, PLACE
from dossier_tui.actors.names import agreed, names
from dossier_tui.actors.quotes import is_statement
from dossier_tui.actors.roles import described, roles
from dossier_tui.actors.salience import in_company, salience
from dossier_tui.actors.speakers import attributed
from dossier_tui.lexicon import fold
from dossier_tui.lexicon.name_words import HONORIFICS
from dossier_tui.model import Actor, Event, Role, Source
from dossier_tui.quiet_gc import paused
from dossier_tui.text.sentences import sentences
from dossier_tui.text.slugs import slug

__all__ = ["body_words", "extract", "find"]


_LOWER_WORD = re.compile(r"(?<![\w’'])[a-z][\w’'\-]*")


class _Sentences:
    """Which sentence a position is in, per source."""

    def __init__(self, spans: dict[str, list[tuple[int, int]]]):
        self.spans = spans
        self.starts = {sid: [a for a, _ in s] for sid, s in spans.items()}

    def start(self, sid: str, pos: int) -> int:
        i = bisect.bisect_right(self.starts[sid], pos) - 1
        return self.spans[sid][i][0] if i >= 0 else 0


def body_words(source: Source) -> frozenset[str]:
    """The words a source's story text writes in lower case (casefolded)."""
    return frozenset(
        w.casefold() for a, b in source.body_spans() for w in _LOWER_WORD.findall(source.text, a, b)
    )


#: the steps ``extract`` tells its progress by
_STEPS = 5


def _quiet(done: int, total: int) -> None:
    pass


def find(
    sources: list[Source],
    spans: dict[str, list[tuple[int, int]]] | None = None,
    named: dict[str, list] | None = None,
    lowercase: frozenset[str] | None = None,
    progress: Callable[[int, int], None] = _quiet,
) -> tuple[list[Cluster], dict[str, list[Role]], _Sentences]:
    """Clusters of mentions for the corpus, and the roles of its people. ``spans``
    (sentences), ``named`` (names) and ``lowercase`` (the corpus's lower-case words)
    are each source's own findings, made here unless the build made them already;
    ``progress(done, total)`` is told each step."""
    if spans is None:
        spans = {s.id: sentences(s) for s in sources}
    texts = {s.id: s.text for s in sources}
    body = {s.id: s.body_spans() for s in sources}
    if lowercase is None:
        lowercase = frozenset().union(*(body_words(s) for s in sources))
    if named is None:
        named = {s.id: names(s.text, spans[s.id], lowercase) for s in sources}
    named = agreed(named)
    clusters = gather(named, texts, body)
    progress(1, _STEPS)
    sent = _Sentences(spans)
    people = {c.key: roles(c, texts, sent.start, lowercase) for c in clusters if c.kind == PERSON}
    by_key = {c.key: c for c in clusters}
    for key, found in described(people, texts, body).items():
        c = by_key[key]
        taken = {(m.source, m.start) for m in c.mentions}
        for mention, role in found:
            if (mention.source, mention.start) not in taken:
                c.mentions.append(mention)
            people[key].append(role)
        c.mentions.sort(key=lambda m: (m.source, m.start))
        people[key] = sorted(set(people[key]), key=lambda r: (r.source, r.start, r.end, r.title))
    return clusters, people, sent


def _name(c: Cluster) -> str:
    """The commonest full form for people and bodies, the reference name of a country."""
    forms = c.forms or Counter(m.text for m in c.mentions)
    if c.kind == PLACE and c.reference and any(fold(f) == fold(c.reference) for f in forms):
        return c.reference
    if c.kind == PLACE:
        return max(forms, key=lambda f: (forms[f], len(f), f))
    own = [f for f in forms if fold(f) == c.key.split(":", 1)[1]]
    if (
        c.kind == ORG and own and len(own[0].split()) == 1 and own[0].isupper()
    ):  # "BP", not "BP Plc"
        return max(own, key=lambda f: (forms[f], f))
    if all(len(f.split()) == 2 and f.split()[0] in HONORIFICS for f in forms):
        return max(forms, key=lambda f: (forms[f], f))  # "Mrs Pym", known by nothing else
    bare: Counter = Counter()
    for f, n in forms.items():  # "Dr. Barnett Slepian" names Barnett Slepian
        words = f.split()
        drop = len(words) > 1 and (words[0] in HONORIFICS or c.kind == ORG and words[0] == "The")
        bare[" ".join(words[1:]) if drop else f] += n
    plain = [f for f in bare if not f.isupper() and f not in HONORIFICS] or list(bare)
    # a full name, as most passages write it ("Barack Obama", not a typo's "Barack Oabama")
    full = [f for f in plain if len(f.split()) >= 2] or plain
    return max(full, key=lambda f: (bare[f], len(f.split()), len(f), f))


class _Spans:
    """Where each source names an actor, sorted, so that the names inside a passage (or
    around it) are found without reading every name of a long source."""

    def __init__(self, at: dict[str, list[tuple[int, int, str]]]):
        self.at = {sid: sorted(found) for sid, found in at.items()}
        self.starts = {sid: [a for a, _, _ in found] for sid, found in self.at.items()}
        self.longest = {
            sid: max((b - a for a, b, _ in found), default=0) for sid, found in self.at.items()
        }

    def around(self, sid: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """The spans that may lie inside ``start:end`` or contain it."""
        if sid not in self.at:
            return []
        starts = self.starts[sid]
        lo = bisect.bisect_left(starts, start - self.longest[sid])
        return self.at[sid][lo : bisect.bisect_right(starts, end)]


def _lead_events(events: list[Event], sent: _Sentences) -> dict[str, str]:
    """The event each article opens with: the one whose evidence is its first sentence."""
    out = {}
    for e in events:
        for v in e.evidence:
            spans = sent.spans.get(v.source)
            if spans and v.start <= spans[0][0] < v.end + 1 and v.source not in out:
                out[v.source] = e.id
    return out


def extract(
    sources: list[Source],
    events: list[Event],
    spans: dict[str, list[tuple[int, int]]] | None = None,
    named: dict[str, list] | None = None,
    lowercase: frozenset[str] | None = None,
    quoted: dict[str, list | None] | None = None,
    progress: Callable[[int, int], None] = _quiet,
) -> tuple[tuple[Actor, ...], tuple[Event, ...]]:
    """Actors of the corpus, and the events with their actors filled in (``find`` says
    what the optional per-source findings are; ``quoted``: each source's quotations).
    ``progress(done, total)`` is told each step, so a long one shows it moves.

    The cycle collector rests meanwhile: the mentions, keys and spans made here all
    live until the dossier is made, and each collection on the way would walk them again
    (a fifth of the time on a large corpus)."""
    with paused():
        return _extract(sources, events, spans, named, lowercase, quoted, progress)


def _extract(
    sources: list[Source],
    events: list[Event],
    spans: dict[str, list[tuple[int, int]]] | None,
    named: dict[str, list] | None,
    lowercase: frozenset[str] | None,
    quoted: dict[str, list | None] | None,
    progress: Callable[[int, int], None],
) -> tuple[tuple[Actor, ...], tuple[Event, ...]]:
    sources = list(sources)
    progress(0, _STEPS)
    clusters, people, sent = find(sources, spans, named, lowercase, progress)
    progress(2, _STEPS)
    said = attributed(sources, clusters, sent.start, quoted)
    progress(3, _STEPS)
    company = in_company(
        clusters, sent.starts, {s.id: fold(s.outlet) if s.outlet else None for s in sources}
    )
    weight = {c.key: salience(c, said.get(c.key, ()), company[c.key]) for c in clusters}
    name_of = {c.key: _name(c) for c in clusters}
    ranked = sorted(clusters, key=lambda c: (-weight[c.key], -len(c.mentions), name_of[c.key]))
    ids: dict[str, str] = {}
    taken: Counter = Counter()
    for c in ranked:
        base = slug(name_of[c.key], "actor")
        taken[base] += 1
        ids[c.key] = base if taken[base] == 1 else f"{base}-{taken[base]}"
    at: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for c in ranked:
        for m in c.mentions:
            at[m.source].append((m.start, m.end, c.key))
    rank = {c.key: i for i, c in enumerate(ranked)}
    # a speaker takes part in what their own words report; a quotation is long, so its spans
    # are kept apart from the names', whose reach stays that of a name
    spoken: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for key, qs in said.items():
        for q in qs:
            spoken[q.source].append((q.start, q.end, key))
    # a statement ("X said:") in an article answers the news the article opens with
    leads = _lead_events(events, sent)
    texts = {s.id: s.text for s in sources}
    statements: dict[str, set[str]] = defaultdict(set)
    for key, qs in said.items():
        for q in qs:
            if q.source in leads and is_statement(texts[q.source], q.start):
                statements[leads[q.source]].add(key)
    spans = (_Spans(at), _Spans(spoken))
    linked: list[Event] = []
    events_of: dict[str, list[str]] = defaultdict(list)
    for e in events:
        keys = {
            k
            for v in e.evidence
            for found in spans
            for a, b, k in found.around(v.source, v.start, v.end)
            if v.start <= a and b <= v.end or a <= v.start and v.end <= b
        } | statements[e.id]
        ordered = sorted(keys, key=rank.__getitem__)
        for k in ordered:
            events_of[k].append(e.id)
        named_here = tuple(ids[k] for k in ordered)
        linked.append(e if named_here == e.actors else replace(e, actors=named_here))
    progress(4, _STEPS)
    order = {s.id: i for i, s in enumerate(sources)}
    actors = []
    for c in ranked:
        name = name_of[c.key]
        aliases = sorted(
            {m.text for m in c.mentions if m.text in c.forms and m.text != name}
            | ({f for f in c.forms if f != name})
        )
        actors.append(
            Actor(
                id=ids[c.key],
                name=name,
                kind=c.kind,
                aliases=tuple(aliases),
                roles=tuple(people.get(c.key, ())),
                quotes=tuple(sorted(said.get(c.key, ()), key=lambda q: (q.source, q.start))),
                events=tuple(events_of.get(c.key, ())),
                sources=tuple(
                    dict.fromkeys(
                        m.source for m in sorted(c.mentions, key=lambda m: order[m.source])
                    )
                ),
            )
        )
    return tuple(actors), tuple(linked)
