"""A split as a person asks for it: the names of an actor that are someone else, and
the roles and quotes that leave with them. News copy gives a title or a quotation
beside the name of who holds or said it ("Mr X, the minister, said: ..."), so each goes
with the name written nearest to it in its sentence."""

from __future__ import annotations

import re

from dossier_tui.curation.anchor import key
from dossier_tui.curation.decide import actor_anchor, decision
from dossier_tui.curation.decision import Anchor, Decision, Span
from dossier_tui.model import Actor, Dossier

#: how far (characters) either side of a role or a quote the name that gives it is sought
REACH = 300
#: where a sentence ends: a stop, then any closing quotation marks or brackets, then a space
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s")


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
    """Which of ``names`` gives ``span`` in ``text``: the one written nearest to it
    (outside it, within REACH), in its own sentence before any other; of two as near,
    the longer ("Mr Smith" over "Smith"). "" when none is written near it."""
    lo, hi = max(0, span.start - REACH), min(len(text), span.end + REACH)
    best: tuple[bool, int, int, str] | None = None
    for n in names:
        for m in _pattern(n).finditer(text, lo, hi):
            if m.end() <= span.start:
                gap = text[m.end() : span.start]
            elif m.start() >= span.end:  # with the span's last marks: a quotation's '."'
                gap = text[max(span.start, span.end - 3) : m.start()]
            else:
                continue  # named inside a quotation: spoken of, not speaking
            rank = (bool(_SENTENCE_END.search(gap)), len(gap), -len(n), n)
            if best is None or rank < best:
                best = rank
    return best[3] if best else ""


def _pattern(name: str) -> re.Pattern[str]:
    """``name`` as whole words, whatever the case and the spacing between them."""
    words = r"\s+".join(re.escape(w) for w in name.split())
    return re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)
