"""Command palette (Ctrl+P): jump to any event, actor or source by a fuzzy name.

Headlines, names and paths are article text: the palette reads a ``str`` prompt or
help line as markup (and ``Matcher.highlight`` parses its candidate as markup), so
every hit here is given as Content, highlighted by offsets, with its help line inside
the prompt rather than in the markup-reading ``help``.

A dossier of more than AT_ONCE events, actors and sources is not read whole when the
palette opens: each query asks the index for the events, actors and sources whose
names hold its words (the filter's full-text table finds the events), and only those
are matched, so a query costs what its hits cost, however large the dossier.
"""

from __future__ import annotations

import asyncio
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from dossier_tui.app.links import Link
from dossier_tui.app.words import clean, source_name
from dossier_tui.index_db import Index
from dossier_tui.model import Actor, Source

if TYPE_CHECKING:
    from dossier_tui.app.screens.main import MainScreen

MAX_HITS = 200
#: of a large dossier, the index is asked for this many events, actors and sources a query
#: names (each kind): more than the palette shows, few enough to rank at every key typed
NAMED = 40
#: up to this many targets the palette reads them all when it opens and matches fuzzily
AT_ONCE = 5000


class DossierCommands(Provider):
    """Events by headline (and date), actors by name and alias, sources by name."""

    def _targets(self) -> list[tuple[str, str, Link]]:
        """(text to match, help line, link) for everything in the dossier."""
        screen = self._main()
        if screen is None:
            return []
        ix = screen.ix
        out = [self._event(ix, *row) for row in ix.event_rows()]
        out += [self._actor(a) for a in ix.actors]
        out += [self._source(s) for s in ix.source_heads()]
        return out

    def _named(self, ix: Index, query: str) -> list[tuple[str, str, Link]]:
        """The targets whose names hold the words of ``query``, asked of the index (a
        large dossier): up to NAMED of each kind."""
        out = [self._event(ix, *row) for row in ix.events_named(query, NAMED)]
        out += [self._actor(a) for a in ix.actors_named(query, NAMED)]
        out += [
            self._source(s) for s in ix.sources_named(query, lambda s: source_name(s, 100), NAMED)
        ]
        return out

    @staticmethod
    def _event(
        ix: Index, event_id: str, label: str, headline: str, key: bool
    ) -> tuple[str, str, Link]:
        kind = "Key event on the timeline" if key and ix.has_key_view else "Event on the timeline"
        return f"{clean(label)}  {clean(headline, 100)}", kind, Link("event", event_id)

    @staticmethod
    def _actor(a: Actor) -> tuple[str, str, Link]:
        names = " / ".join(clean(x) for x in (a.name, *a.aliases))
        return names, f"Actor · {a.kind}", Link("actor", a.id)

    @staticmethod
    def _source(s: Source) -> tuple[str, str, Link]:
        return source_name(s, 100), f"Source · {clean(s.path)}", Link("source", s.id)

    @staticmethod
    def _prompt(text: str, help_text: str, matcher: Matcher | None = None) -> Content:
        """The hit as literal text (the letters the query matches lit), its help line below."""
        prompt = Content(text)
        if matcher is not None:
            _, offsets = matcher.fuzzy_search.match(matcher.query, text)  # cached from the search
            for offset in offsets:
                if not text[offset].isspace():
                    prompt = prompt.stylize(matcher.match_style, offset, offset + 1)
        return Content.assemble(prompt, "\n", (help_text, "dim"))

    def _main(self) -> MainScreen | None:
        from dossier_tui.app.screens.main import MainScreen

        return next((s for s in reversed(self.app.screen_stack) if isinstance(s, MainScreen)), None)

    def _go(self, link: Link) -> None:
        screen = self._main()
        if screen is not None:
            screen.follow(link)

    def _large(self, ix: Index) -> bool:
        return ix.n_events + ix.n_actors + ix.n_sources > AT_ONCE

    async def startup(self) -> None:
        screen = self._main()
        self.ix = screen.ix if screen is not None else None
        self.targets = [] if self.ix is None or self._large(self.ix) else self._targets()

    async def discover(self) -> Hits:
        if self.ix is not None and self._large(self.ix):
            targets = [
                self._event(self.ix, r.id, r.label, r.headline, False)
                for r in self.ix.rows(range(20))
            ]
        else:
            targets = self.targets[:20]
        for text, help_text, link in targets:
            yield DiscoveryHit(self._prompt(text, help_text), partial(self._go, link), text=text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        targets, named = self.targets, False
        if self.ix is not None and self._large(self.ix):  # asked of the index, off the event loop
            targets, named = await asyncio.to_thread(self._named, self.ix, query), True
        found = 0
        for text, help_text, link in targets:
            # the index's hits hold every word, in any order: each is a hit, the fuzzy score ranks
            score = matcher.match(text) or (0.001 if named else 0)
            if score > 0:
                yield Hit(
                    score,
                    self._prompt(text, help_text, matcher),
                    partial(self._go, link),
                    text=text,
                )
                found += 1
                if found >= MAX_HITS:
                    return
