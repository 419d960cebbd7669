"""Help for the pane in view: what it shows and the keys that work there now."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from dossier_tui.ranking import KEY_EVENTS

ABOUT = {
    "timeline": "Events in date order, grouped by month; undated and ongoing matters come last. "
    "A date is never more precise than its sources. “planned” marks what is still to come, "
    "⚠ a date the sources disagree on. The detail shows how each date was derived and every "
    "passage that reports the event: Enter on a passage opens it in the reader.",
    "actors": "People, organisations and places, with their roles, quotes and events. "
    "Enter on a quote opens it in its source; Enter on an event shows it on the timeline.",
    "sources": "Every article with its publication date and how that date is known "
    "(stated, metadata, inferred, unknown). The reader shows the text exactly as stored: "
    "page furniture dimmed, the passage lit, its time expression marked.",
}

#: said of the timeline when the dossier is large enough to open on its key events
KEY_EVENTS_ABOUT = (
    f"This dossier opens on its key events: the {KEY_EVENTS} most central to the story "
    "(analysis scores every event), in date order; K switches between them and all events. "
    "A jump (^p) to any other event shows all events."
)

GENERAL = [
    ("1 2 3", "timeline, actors, sources"),
    ("Tab ⇧Tab", "next / previous list or detail"),
    ("↑ ↓ j k", "move; Enter opens or follows"),
    ("g G", "first / last row of a list"),
    ("^p", "jump to any event, actor or source"),
    ("p", "problems of the build: files skipped, sources changed"),
    ("F1 ^q", "help, quit while typing in a filter or find bar"),
]

#: the keys of each pane that the footer does not name, or names too briefly
PANE_KEYS = {
    "timeline": [
        ("/", "filter by words, names or dates (Aug 2023, 2023-08)"),
        ("n N", "next / previous passage of the highlighted event"),
    ],
    "actors": [
        ("/", "filter the list by name; Esc clears"),
        ("n N", "next / previous quote of the highlighted actor"),
    ],
    "sources": [
        ("/", "filter the list by outlet, title or file name"),
        ("/ in reader", "find words in the text; Enter ⇧Enter next / previous"),
        ("n N", "next / previous match, else passage or quote"),
        ("j k  g G", "in the reader: line down / up, top / bottom"),
        ("space b", "in the reader: page down / up"),
    ],
}


class HelpScreen(ModalScreen[None]):
    """A dialog: the pane's purpose, then the keys."""

    BINDINGS = [Binding("escape,question_mark,q", "dismiss", "Close", key_display="Esc")]

    def __init__(self, pane: str, bindings: dict, about: str | None = None) -> None:
        """Help for ``pane`` with its active ``bindings``; ``about`` replaces what the pane
        is said to show."""
        super().__init__()
        self.pane = pane
        self.bindings = bindings
        self.about = ABOUT.get(pane, "") if about is None else about

    def compose(self) -> ComposeResult:
        keys: dict[str, str] = dict(PANE_KEYS.get(self.pane, [])) | dict(GENERAL)
        told = {k for line in keys for k in line.split()}
        for active in self.bindings.values():
            b = active.binding
            shown = b.key_display or self.app.get_key_display(b)
            # the keys the footer leaves out when it is short of room have a tooltip
            if (b.show or b.tooltip) and b.description and active.enabled and shown not in told:
                keys.setdefault(shown, b.tooltip or b.description)
        width = max(len(k) for k in keys)
        rows = [Content.styled(self.pane.capitalize(), "bold"), Content("\n" + self.about + "\n")]
        rows += [
            Content.assemble("\n", (k.ljust(width + 2), "$accent bold"), d) for k, d in keys.items()
        ]
        with VerticalScroll(id="help-box"):
            yield Static(Content("").join(rows), markup=False)

    def on_mount(self) -> None:
        box = self.query_one("#help-box")
        box.border_title = "Help · Esc closes"
        box.focus()
