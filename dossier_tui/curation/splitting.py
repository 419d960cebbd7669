"""A split as a person asks for it: the names of an actor that are someone else, and
the roles and quotes that leave with them. News copy gives a title or a quotation
beside the name of who holds or said it ("Mr X, the minister, said: ..."), so each goes
with the name of the actor written nearest to it."""

from __future__ import annotations

import re

from dossier_tui.curation.anchor import key
from dossier_tui.curation.decide import actor_anchor, decision
from dossier_tui.curation.decision import Anchor, Decision, Span
from dossier_tui.model import Actor, Dossier

#: how far (characters) either side of a role or a quote the name that gives it is sought
REACH = 300


def split_decision(d: Dossier, a: Actor, names: tuple[str, ...], name: str) -> Decision:
    """The decision that ``names`` (some of ``a``'s aliases) are another actor called
    ``name``, who takes the roles and quotes those names give."""
    texts = {s.id: s.text for s in d.sources}
    leaving = {key(n) for n in names}
    every = tuple(dict.fromkeys((a.name, *a.aliases)))
    spans = [Span(r.source, r.start, r.end, r.title) for r in a.roles]
    spans += [Span(q.source, q.start, q.end, q.text) for q in a.quotes]
    taken = tuple(s for s in spans if key(nearest(texts.get(s.source, ""), s, every)) in leaving)
    others = (Anchor("actor", taken, name, name, actor_kind=a.kind),)
    return decision("split", actor_anchor(d, a), name, others, names)


def nearest(text: str, span: Span, names: tuple[str, ...]) -> str:
    """Which of ``names`` is written nearest to ``span`` in ``text`` (outside it, within
    REACH; the longer of two as near: "Mr Smith" over "Smith"), or "" when none is."""
    lo, hi = max(0, span.start - REACH), min(len(text), span.end + REACH)
    best: tuple[int, int, str] | None = None
    for n in names:
        for m in _pattern(n).finditer(text, lo, hi):
            if m.end() <= span.start:
                far = span.start - m.end()
            elif m.start() >= span.end:
                far = m.start() - span.end
            else:
                continue  # named inside a quotation: spoken of, not speaking
            if best is None or (far, -len(n)) < best[:2]:
                best = (far, -len(n), n)
    return best[2] if best else ""


def _pattern(name: str) -> re.Pattern[str]:
    """``name`` as whole words, whatever the case and the spacing between them."""
    words = r"\s+".join(re.escape(w) for w in name.split())
    return re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)
