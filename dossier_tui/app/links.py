"""Where a selection can take the reader: an event, an actor, a source passage.

Panes never reach into each other; they post ``Follow(link)`` and the screen that
owns the panes decides how to show the target.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass(frozen=True)
class Link:
    """A target: ``kind`` is event, actor, source, evidence or quote.

    ``target`` is the event, actor or source id; ``index`` picks one piece of
    evidence of an event or one quote of an actor.
    """

    kind: str
    target: str
    index: int = 0


class Follow(Message):
    """Ask the screen to show a link's target."""

    def __init__(self, link: Link) -> None:
        super().__init__()
        self.link = link
