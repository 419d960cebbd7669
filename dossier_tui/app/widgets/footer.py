"""The footer, fitted to the terminal's width: help and quit are never pushed off it.

Textual's footer shows the keys in a row, the focused widget's first and the app's
last, and cuts the row where the terminal ends: on a narrow terminal help and quit went
first. This one leaves keys out instead: those that decide (star, tag...) first, then
from the end of the row (the keys least tied to where the focus is), but never help or
quit. The help screen lists every key.
"""

from __future__ import annotations

from textual import events
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

#: actions whose keys the footer always shows
ALWAYS = frozenset({"help", "quit"})
#: actions whose keys go first when the row is too long: deciding (star, tag, hide...)
#: is done less often than reading, and the help screen lists them all
FIRST_TO_GO = frozenset({"curate", "undo", "hidden", "forget"})


def action_name(action: str) -> str:
    """``app.quit`` -> ``quit``; ``help(True)`` -> ``help``."""
    return action.partition("(")[0].rpartition(".")[2]


def key_width(key: FooterKey) -> int:
    """The cells a key takes in the row, padding, border and margins included."""
    return key.render().cell_len + key.styles.gutter.width + key.styles.margin.width


def offered(screen: Screen) -> tuple:
    """What a footer of ``screen`` draws: its keys, their words and whether each is on."""
    return tuple(
        (b.key, b.action, b.description, b.show, enabled, tooltip, b.group)
        for _, b, enabled, tooltip in screen.active_bindings.values()
    )


class FittedFooter(Footer):
    """A footer that leaves out the keys that do not fit, never help or quit."""

    _drawn: tuple | None = None  # what the keys shown were made from

    def bindings_changed(self, screen: Screen) -> None:
        """Bindings are told changed at every move of the focus; the keys are made
        again only when what they offer has changed (each remake restyles them all)."""
        if self._bindings_ready and screen is self.screen and offered(screen) == self._drawn:
            return
        super().bindings_changed(screen)

    async def recompose(self) -> None:
        if not self.is_attached:  # its screen has been replaced meanwhile
            return
        drawn = offered(self.screen) if self._bindings_ready else None
        if drawn is not None and drawn == self._drawn:  # queued twice before it ran
            return
        self._drawn = drawn
        await super().recompose()
        self.fit()

    def on_resize(self, event: events.Resize) -> None:
        self.fit()

    def fit(self) -> None:
        """Show as many keys as fit, dropping from the end of the row first."""
        width = self.size.width
        if width <= 0:
            return
        keys = [
            w
            for w in self.children
            if isinstance(w, FooterKey) and not w.has_class("-command-palette")
        ]
        room = width - sum(key_width(w) for w in self.children if w not in keys)
        needs = [key_width(k) for k in keys]
        total = sum(needs)
        shown = [True] * len(keys)
        for may_go in (FIRST_TO_GO, None):
            for i in reversed(range(len(keys))):
                if total <= room:
                    break
                name = action_name(keys[i].action)
                if shown[i] and name not in ALWAYS and (may_go is None or name in may_go):
                    shown[i] = False
                    total -= needs[i]
        for key, show in zip(keys, shown):
            key.display = show
