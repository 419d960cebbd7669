"""The actors pane: people, organisations and places, and the profile of one.

A profile's quotes and events are links: Enter opens a quote in its source (lit)
or an event on the timeline; ``f`` narrows the timeline to the actor's events, and
``/`` the list to the actors whose names (or other names) hold the words typed.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Vertical
from textual.content import Content
from textual.widgets import Static

from dossier_tui.app.curator import (
    ACTOR_KEYS,
    Curate,
    marked_words,
    marks_lines,
    marks_prefix,
    marks_suffix,
)
from dossier_tui.app.links import Follow, Link
from dossier_tui.app.widgets.list_filter import FilteredPane
from dossier_tui.app.widgets.navlist import NavList
from dossier_tui.app.words import clean, source_name
from dossier_tui.curation import Curated
from dossier_tui.curation.marks import NONE as NO_MARKS
from dossier_tui.curation.marks import Marks
from dossier_tui.index_db import ActorRow, Index
from dossier_tui.model import Actor
from dossier_tui.wording import count

NO_ACTORS = "No actors in this dossier"
QUOTE_CHARS = 200  # in the profile; Enter shows the whole quote in its source


def actor_row(a: ActorRow, marks: Marks = NO_MARKS) -> Content:
    """Name, then kind, main role and number of events; a person's tags after the name."""
    role = f" · {clean(a.main_role, 40)}" if a.main_role else ""
    return Content.assemble(
        (marks_prefix(marks), "$accent bold"),
        (clean(a.name, 60), "bold"),
        (marks_suffix(marks), "$accent"),
        (f"\n  {a.kind}{role} · {count(a.n_events, 'event')}", "dim"),
    )


def profile_summary(ix: Index, a: Actor, marks: Marks = NO_MARKS) -> Content:
    """Name, kind, aliases and roles with the source that gives each; and what a person
    decided (the name the sources give before a rename, tags, notes)."""
    parts = [Content.styled(clean(a.name), "bold"), Content(f"  ({a.kind})")]
    renamed = f"Renamed by hand; the sources: {clean(marks.machine)}" if marks.machine else ""
    parts += marks_lines(marks, renamed)
    if a.aliases:
        parts.append(Content("\nAlso: " + ", ".join(clean(x) for x in a.aliases)))
    roles: dict[
        str, tuple[str, list[str]]
    ] = {}  # one line per title, with every source that gives it
    for r in a.roles:
        title, where = roles.setdefault(clean(r.title).casefold(), (clean(r.title), []))
        name = source_name(ix.source_head(r.source), 32)
        if name not in where:
            where.append(name)
    for title, where in roles.values():
        parts.append(Content.assemble("\nRole: ", (title, "$accent"), f" — {'; '.join(where)}"))
    if not a.roles:
        parts.append(Content("\nNo role recorded."))
    return Content("").join(parts)


def profile_rows(ix: Index, a: Actor) -> list[tuple[Content, Link | None]]:
    """Quotes (grouped under their source) and events, each a link."""
    rows: list[tuple[Content, Link | None]] = []
    if a.quotes:
        rows.append((Content.styled(f"Quotes ({len(a.quotes)})", "bold"), None))
        for i, q in enumerate(a.quotes):
            rows.append(
                (
                    Content.assemble(
                        "  “",
                        clean(q.text, QUOTE_CHARS),
                        "” ",
                        (f"— {source_name(ix.source_head(q.source))}", "dim"),
                    ),
                    Link("quote", a.id, i),
                )
            )
    events = ix.rows(ix.actor_positions(a.id))
    rows.append((Content.styled(f"Events ({len(events)})", "bold"), None))
    for e in events:
        rows.append(
            (
                Content.assemble("  ", (clean(e.label), "bold"), "  ", clean(e.short)),
                Link("event", e.id),
            )
        )
    return rows


class ActorsPane(FilteredPane):
    """Actor list and profile."""

    LIST, BAR, NOUN = "actor-list", "actor-filter", "actors"
    BINDINGS = [
        Binding(
            "f",
            "only_actor",
            "Their events",
            tooltip="Show only this actor's events on the timeline",
        ),
        *ACTOR_KEYS,
    ]

    #: what a person decided about the dossier on show (None: nothing to show)
    curated: Curated | None = None
    #: whether the dossier on show can be curated (the keys that decide are offered)
    curatable = False

    #: every row of the list, made when first listed
    _all: list[tuple[Content, str]] | None = None

    def compose(self) -> ComposeResult:
        yield self.filter_bar()
        with Container(classes="split -listing"):  # the list has the focus first
            yield NavList[str](id="actor-list", classes="pane-list")
            with Vertical(id="actor-profile", classes="pane-detail"):
                yield Static(id="actor-summary", markup=False)
                yield NavList[Link](id="actor-links")

    def on_mount(self) -> None:
        self.query_one("#actor-list", NavList).border_title = f"Actors · {self.ix.n_actors:,}"
        self.query_one("#actor-profile").border_title = "Profile"

    def ensure_listed(self) -> None:
        """Fill the list, the first time the pane is needed (not when the dossier opens:
        most visits never come here)."""
        if self.listed:
            return
        self.list_rows()
        self.listed = True
        if not self.ix.n_actors:
            self.list.fill([(Content(NO_ACTORS), None)])
        self.show_actor(self.list.value)

    def rows(self, text: str) -> tuple[list[tuple[Content, str]], int]:
        if self._all is None:
            self._all = [(actor_row(a, self.marks(a.id)), a.id) for a in self.ix.actor_rows()]
        rows = self._all
        words, tags = marked_words(text)
        if words.strip():
            named = {a.id for a in self.ix.actors_named(words, len(rows))}
            rows = [row for row in rows if row[1] in named]
        if tags:
            rows = [row for row in rows if tags.issubset(self.marks(row[1]).tags)]
        return rows, len(self._all)

    def marks(self, actor_id: str) -> Marks:
        return self.curated.actor_marks(actor_id) if self.curated else NO_MARKS

    def relist(self) -> None:
        """List the actors of the index now held (the curation changed them)."""
        self._all = None
        self.list.border_title = f"Actors · {self.ix.n_actors:,}"
        if self.listed:
            self.list_rows(self.bar.value)
            self.show_actor(self.list.value)

    def redraw(self, curated: Curated | None) -> None:
        """Show a person's marks as they now are."""
        self.curated = curated
        if self.listed:
            self._all = None
            self.list_rows(self.bar.value)
            self.show_actor(self.list.value)

    def show_value(self, value: str | None) -> None:
        self.show_actor(value)

    @property
    def current(self) -> Actor | None:
        self.ensure_listed()
        value = self.query_one("#actor-list", NavList).value
        return self.ix.actor(value) if value else None

    def show_actor(self, actor_id: str | None) -> None:
        summary = self.query_one("#actor-summary", Static)
        links = self.query_one("#actor-links", NavList)
        a = self.ix.actor(actor_id) if actor_id else None
        if a is None:
            summary.update(
                Content(NO_ACTORS + "." if not self.ix.n_actors else "No actor selected.")
            )
            links.fill([])
            return
        summary.update(profile_summary(self.ix, a, self.marks(a.id)))
        links.fill(profile_rows(self.ix, a))

    def select_actor(self, actor_id: str) -> bool:
        self.ensure_listed()
        lst = self.query_one("#actor-list", NavList)
        if not lst.highlight_value(actor_id):
            return False
        self.show_actor(actor_id)
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "curate":  # asked at every refresh of the footer: no actor is read here
            return self.curatable and not self.bar.typing and self.list.value is not None
        if action == "only_actor":
            return self.current is not None
        return super().check_action(action, parameters)

    def action_curate(self, action: str) -> None:
        a = self.current
        if a is not None:
            self.post_message(Curate(action, "actor", a.id))

    def action_only_actor(self) -> None:
        a = self.current
        if a is not None:
            self.post_message(Follow(Link("only-actor", a.id)))

    @on(NavList.OptionHighlighted, "#actor-list")
    def _highlighted(self, message: NavList.OptionHighlighted) -> None:
        self.show_actor(self.query_one("#actor-list", NavList).value_of(message.option))
        self.screen.refresh_bindings()  # n/N step through this actor's quotes, if any

    @on(NavList.OptionSelected, "#actor-list")
    def _selected(self) -> None:
        self.query_one("#actor-links").focus()

    @on(NavList.OptionSelected, "#actor-links")
    def _follow(self, message: NavList.OptionSelected) -> None:
        message.stop()
        link = self.query_one("#actor-links", NavList).value_of(message.option)
        if link is not None:
            self.post_message(Follow(link))
