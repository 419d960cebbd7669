"""How alike two mentions are, and what comparing one needs of it, worked out once.

Two mentions can be one happening only when they share a word for what happened, name
no different actors and belong to one story; then their likeness is the weighted cosine
of their terms.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import repeat

from dossier_tui.events.mentions import Mention
from dossier_tui.lexicon.speech import SAY
from dossier_tui.text.terms import Weights

#: how alike two mentions must be to count as one happening (pairwise, see ``alike``)
SAME = 0.45
#: how alike a mention must be to a cluster's centroid to join it
JOIN = 0.3
#: a headline that reports a statement
STATEMENT = re.compile(
    rf"\b(?:{SAY}|announced|announces|stated|confirmed|unveiled|declared)\b", re.I
)


def alike(w: Weights, a: Mention, b: Mention) -> float:
    """How alike two mentions are (0 when they cannot be one happening). They must
    share a word for what happened, not only names: "Lee leaves the embassy" and
    "Lee's visit" share only a name."""
    if frozenset(a.keys).isdisjoint(b.keys) or (a.source == b.source and a.sentence == b.sentence):
        return 0.0  # two happenings in one sentence are two happenings
    names_a, names_b = frozenset(a.terms).difference(a.keys), frozenset(b.terms).difference(b.keys)
    if names_a and names_b and not names_a & names_b:
        return 0.0  # "Travelers' income rose", "Compaq's income rose": different actors
    if a.context and b.context and frozenset(a.context).isdisjoint(b.context):
        return 0.0  # alike words in two unrelated stories
    return w.similarity(a.terms, b.terms)


@dataclass(frozen=True, eq=False)
class Form:
    """What comparing a mention needs of it, worked out once: its names (terms that
    are not keys), its terms (in order, so that a centroid takes them in one order
    whatever the set's) and their weights, their squared length."""

    own: frozenset[str]
    terms: tuple[str, ...]
    weights: tuple[float, ...]
    norm2: float


class FormWeights(Weights):
    """Weights that also keep each mention's ``Form``: a mention is compared with
    many clusters, its own numbers never change."""

    def __init__(self, bags: Sequence[Collection[str]]):
        super().__init__(bags)
        self._forms: dict[
            int, tuple[Mention, Form]
        ] = {}  # by id; the mention is kept, so its id is not reused

    def form(self, m: Mention) -> Form:
        kept = self._forms.get(id(m))
        if kept is None:
            terms = m.terms
            weights = tuple(map(self.idf.get, terms, repeat(self.unseen)))  # ``weight`` of each
            kept = self._forms[id(m)] = (
                m,
                Form(
                    frozenset(m.terms).difference(m.keys),
                    terms,
                    weights,
                    math.fsum(v**2 for v in weights),
                ),
            )
        return kept[1]
