"""An actor being assembled from the names that stand for it: the records every step
of gathering aliases shares."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ActorMention:
    """Where a source names an actor: ``text == source_text[start:end]``."""

    source: str
    start: int
    end: int
    text: str


@dataclass
class Cluster:
    """An actor being assembled: its key, kind and every mention of it."""

    key: str
    kind: str
    mentions: list[ActorMention] = field(default_factory=list)
    #: forms that name it (not descriptions such as "the immigration minister")
    forms: Counter = field(default_factory=Counter)
    reference: str | None = None
