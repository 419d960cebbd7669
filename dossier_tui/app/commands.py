"""Command palette (Ctrl+P): jump to any event, actor or source by a fuzzy name.

Headlines, names and paths are article text: the palette reads a ``str`` prompt or
help line as markup (and ``Matcher.highlight`` parses its candidate as markup), so
every hit here is given as Content, highlighted by offsets, with its help line inside
the prompt rather than in the markup-reading ``help``.
"""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from dossier_tui.app.links import Link
from dossier_tui.app.words import clean, source_name

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
        kinds = ("Event on the timeline", "Key event on the timeline" if ix.has_key_view else "Event on the timeline")
        out = [(f"{clean(label)}  {clean(headline, 100)}", kinds[key], Link("event", event_id))
               for event_id, label, headline, key in ix.event_rows()]
        for a in ix.actors:
            names = " / ".join(clean(x) for x in (a.name, *a.aliases))
            out.append((names, f"Actor · {a.kind}", Link("actor", a.id)))
        for s in ix.source_heads():
            out.append((source_name(s, 100), f"Source · {clean(s.path)}", Link("source", s.id)))
        return out

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

    async def startup(self) -> None:
        self.targets = self._targets()

    async def discover(self) -> Hits:
        for text, help_text, link in self.targets[:20]:
            yield DiscoveryHit(self._prompt(text, help_text), partial(self._go, link), text=text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        found = 0
        for text, help_text, link in self.targets:
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, self._prompt(text, help_text, matcher), partial(self._go, link), text=text)
                found += 1
                if found >= MAX_HITS:
                    return
