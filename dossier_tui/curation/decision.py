"""What a person decided about a dossier, anchored to the sources, not to generated ids.

A rebuild renumbers and re-merges events and may rename actors; the words of the
sources stay. So every decision names the spans of source text it is about (source id,
offsets and the text itself), and finds its event or actor again through them.
"""

from __future__ import annotations

from dataclasses import dataclass

#: what may be decided about an event
EVENT_ACTIONS = ("hide", "star", "tag", "note", "redate", "merge", "move")
#: what may be decided about an actor
ACTOR_ACTIONS = ("hide", "tag", "note", "rename", "merge", "split")
#: what may be decided about a source
SOURCE_ACTIONS = ("note",)
#: what an anchor stands for: an event (its passages), an actor (its name and the spans
#: that name or quote it), one passage (the words a ``move`` takes) or a source (words of
#: its text, its title and its address)
ANCHOR_KINDS = ("event", "actor", "passage", "source")


@dataclass(frozen=True)
class Span:
    """Words of one source: ``text == source.text[start:end]`` when the decision was made."""

    source: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Anchor:
    """What a decision is about, told by source text. ``label`` is what the person saw
    (an event's headline and date, an actor's name) so that a report can name it once it
    is lost; for an actor ``name`` and ``aliases`` find it first, its spans after. For an
    event ``name`` is its headline and ``when`` its date: they choose between events that
    hold the same passages. For a source ``name`` is its title and ``url`` its address:
    they find it when its words are gone."""

    kind: str
    spans: tuple[Span, ...]
    label: str = ""
    name: str | None = None
    aliases: tuple[str, ...] = ()
    #: an actor's kind (person, organisation, place): what a split makes the new one
    actor_kind: str | None = None
    when: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Decision:
    """One decision. ``value`` is the tag, the note, the corrected TIMEX3 value, the new
    name or the new actor's name (``split``), or the headline of a new event (``move``
    with no target). ``others``: the events or actors merged into ``about``, the event a
    passage moves to (none: a new event), or for ``split`` the spans that leave with the
    new actor (and its kind). ``names``: the aliases a ``split`` takes away."""

    action: str
    about: Anchor
    value: str | None = None
    others: tuple[Anchor, ...] = ()
    names: tuple[str, ...] = ()
    by: str = ""
    at: str = ""
    note: str | None = None

    @property
    def on(self) -> str:
        """Whether it is about an event, an actor or a source (a passage belongs to an
        event)."""
        return self.about.kind if self.about.kind in ("actor", "source") else "event"


@dataclass(frozen=True)
class Curation:
    """Every decision about one dossier, in the order they were made (later ones win)."""

    decisions: tuple[Decision, ...] = ()

    def adding(self, d: Decision) -> Curation:
        return Curation((*self.decisions, d))

    def without(self, index: int) -> Curation:
        return Curation(self.decisions[:index] + self.decisions[index + 1 :])
