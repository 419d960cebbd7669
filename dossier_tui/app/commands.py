"""Command palette (Ctrl+P): jump to any event, actor or source by a fuzzy name."""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from dossier_tui.app.links import Link
from dossier_tui.app.words import clean, event_date, source_name

if TYPE_CHECKING:
    from dossier_tui.app.screens.main import MainScreen

MAX_HITS = 200


class DossierCommands(Provider):
    """Events by headline (and date), actors by name and alias, sources by name."""

    def _targets(self) -> list[tuple[str, str, Link]]:
        """(text to match, help line, link) for everything in the dossier."""
        screen = self._main()
        if screen is None:
            return []
        ix = screen.ix
        out = [(f"{event_date(e)}  {clean(e.headline, 100)}", f"{ix.event_kind(e)} on the timeline",
                Link("event", e.id)) for e in ix.events]
        for a in ix.actors:
            names = " / ".join(clean(x) for x in (a.name, *a.aliases))
            out.append((names, f"Actor · {a.kind}", Link("actor", a.id)))
        for s in ix.dossier.sources:
            out.append((source_name(s, 100), f"Source · {s.path}", Link("source", s.id)))
        return out

    def _main(self) -> MainScreen | None:
        from dossier_tui.app.screens.main import MainScreen
        return next((s for s in reversed(self.app.screen_stack) if isinstance(s, MainScreen)), None)

    def _go(self, link: Link) -> None:
        screen = self._main()
        if screen is not None:
            screen.follow(link)

    async def startup(self) -> None:
        self.targets = self._targets()

    async def discover(self) -> Hits:
        for text, help_text, link in self.targets[:20]:
            yield DiscoveryHit(text, partial(self._go, link), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        found = 0
        for text, help_text, link in self.targets:
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), partial(self._go, link), help=help_text)
                found += 1
                if found >= MAX_HITS:
                    return
