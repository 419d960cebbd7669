"""The source reader: an article's full text, exactly as stored, with a passage lit.

The display is built from the text by character offsets (Content spans, never
markup): control characters become U+FFFD one-for-one, so every stored span
``(start, end)`` lights exactly the characters it names. Furniture is dimmed.
``/`` finds words in the text: every match marked, one of them current, ``n``/``N``
(or Enter/Shift+Enter in the find bar) step through them.
"""

from __future__ import annotations

import re

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content, Span
from textual.widgets import Input, Static

from dossier_tui.app.widgets.filter_bar import FilterBar
from dossier_tui.app.words import basis_note, clean, published, source_name
from dossier_tui.model import Source
from dossier_tui.safe_text import printable

FURNITURE_STYLE = "dim italic"
PASSAGE_STYLE = "reverse"
MARK_STYLE = "bold underline reverse $warning"
FOUND_STYLE = "bold underline $warning"
FOUND_AT_STYLE = "bold reverse $warning"


def find_all(text: str, words: str) -> list[tuple[int, int]]:
    """Where ``words`` occur in ``text``, ignoring case; a space in them matches any run
    of white space (a line break in the text, say)."""
    parts = words.split()
    if not parts:
        return []
    pattern = re.compile(r"\s+".join(map(re.escape, parts)), re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)]


def display_text(text: str) -> str:
    """What the reader shows: the text with every control character replaced one-for-one
    (a carriage return before a newline becomes a space rather than a mark)."""
    return printable(text.replace("\r\n", " \n"))


def reader_content(
    source: Source,
    passage: tuple[int, int] | None = None,
    mark: tuple[int, int] | None = None,
    found: list[tuple[int, int]] | None = None,
    found_at: int | None = None,
) -> Content:
    """The source text with furniture dimmed, ``passage`` lit, ``mark`` (the time
    expression) lit differently, and the matches of a find marked (``found_at`` the
    current one)."""
    text = display_text(source.text)
    n = len(text)
    spans = []
    if source.body_start:
        spans.append(Span(0, source.body_start, FURNITURE_STYLE))
    spans += [
        Span(f.start, min(f.end, n), FURNITURE_STYLE) for f in source.furniture if f.start < n
    ]
    if passage:
        spans.append(Span(max(0, passage[0]), min(passage[1], n), PASSAGE_STYLE))
    if mark:
        spans.append(Span(max(0, mark[0]), min(mark[1], n), MARK_STYLE))
    for i, (start, end) in enumerate(found or ()):
        spans.append(Span(start, end, FOUND_AT_STYLE if i == found_at else FOUND_STYLE))
    return Content(text, spans=spans)


class TextScroll(VerticalScroll):
    """The text's scrolling view, with the keys of a pager as well as the arrows."""

    BINDINGS = [
        Binding(key, action, description, show=False)
        for key, action, description in (
            ("j", "scroll_down", "Line down"),
            ("k", "scroll_up", "Line up"),
            ("g", "scroll_home", "Top"),
            ("G", "scroll_end", "Bottom"),
            ("space", "page_down", "Page down"),
            ("b", "page_up", "Page up"),
        )
    ]


class Reader(Vertical):
    """A header naming the source, a find bar, and the text in a scrolling view."""

    BINDINGS = [
        # a priority binding, as the timeline's filter: the keys after it go to the bar
        Binding("slash", "find", "Find", priority=True, tooltip="Find words in this text"),
        Binding("n", "find_step(1)", "Next match", show=False),
        Binding("N", "find_step(-1)", "Previous match", show=False),
        Binding("shift+enter", "find_step(-1)", "Previous match", show=False),
        Binding("escape", "close_find", "Close find", key_display="Esc"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.source: Source | None = None
        self.passage: tuple[int, int] | None = None
        self.mark: tuple[int, int] | None = None
        self.content = Content("")
        #: the matches of the find, and which one is current
        self.found: list[tuple[int, int]] = []
        self.found_at: int | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="reader-head"):
            yield Static(id="reader-title", markup=False)
            yield Static(id="reader-meta", markup=False)
            yield Static(id="reader-reason", markup=False)
            yield Static(id="reader-note", markup=False)
            yield Static(id="reader-marks", markup=False, classes="-empty")
        yield FilterBar("find in this text", id="find")
        with TextScroll(id="reader-scroll"):
            yield Static(id="reader-text", markup=False)

    @property
    def scroller(self) -> VerticalScroll:
        return self.query_one("#reader-scroll", VerticalScroll)

    @property
    def bar(self) -> FilterBar:
        return self.query_one(FilterBar)

    def show(
        self,
        source: Source | None,
        passage: tuple[int, int] | None = None,
        mark: tuple[int, int] | None = None,
        note: str = "",
    ) -> None:
        """Show ``source``; with a passage, light it and scroll it into view. A find
        ends (its matches were in the text shown before)."""
        self.source, self.passage, self.mark = source, passage, mark
        self.found, self.found_at = [], None
        self.bar.set_value("")
        self.bar.note("")
        self.bar.show(False)
        body = self.query_one("#reader-text", Static)
        parts = {"title": "", "meta": "", "reason": "", "note": note}
        if source is not None:
            parts["title"] = source_name(source, 200)
            parts["meta"] = (
                f"{published(source, note=False)} · date {basis_note(source)} · "
                f"{clean(source.path)}"
            )
            parts["reason"] = clean(source.published_reason or "")
        for name, text in parts.items():
            part = self.query_one(f"#reader-{name}", Static)
            part.update(text)
            part.set_class(not text, "-empty")
        if source is None:
            body.update(Content("No source selected."))
            return
        self.content = reader_content(source, passage, mark)
        body.update(self.content)
        if passage:
            self.call_after_refresh(self.scroll_to_passage, 5)
        else:
            self.scroller.scroll_home(animate=False)

    def show_notes(self, notes: tuple[str, ...]) -> None:
        """Show the notes a person wrote on the source shown, under its name."""
        part = self.query_one("#reader-marks", Static)
        part.update(
            Content("\n").join(
                Content.assemble(("Note: ", "$accent bold"), clean(n)) for n in notes
            )
        )
        part.set_class(not notes, "-empty")

    def row_of(self, offset: int) -> int:
        """The display row (after wrapping) on which character ``offset`` falls."""
        if self.source is None or offset <= 0:
            return 0
        width = max(1, self.query_one("#reader-text", Static).content_region.width)
        before = display_text(self.source.text[:offset])
        return max(0, len(Content(before).wrap(width)) - 1)

    def scroll_to_passage(self, tries: int = 0) -> None:
        """Scroll so that the lit passage starts a few lines below the top (once the
        text has been laid out: a pane just switched to has no width yet)."""
        if self.passage is not None:
            self.scroll_to_offset(self.passage[0], tries)

    def scroll_to_offset(self, offset: int, tries: int = 0) -> None:
        """Scroll so that character ``offset`` is a few lines below the top."""
        if self.query_one("#reader-text", Static).content_region.width <= 1 and tries > 0:
            self.call_after_refresh(self.scroll_to_offset, offset, tries - 1)
            return
        row = self.row_of(offset)
        context = min(3, self.scroller.size.height // 4)
        self.scroller.scroll_to(y=max(0, row - context), animate=False)

    # ------------------------------------------------------------ find
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "find":  # in the find bar, "/" is a character
            return self.source is not None and not self.bar.typing
        if action == "find_step":
            return bool(self.found)
        if action == "close_find":
            return self.bar.has_class("-shown")
        return True

    def action_find(self) -> None:
        self.bar.open()
        self.screen.refresh_bindings()

    def find(self, words: str) -> None:
        """Mark every match of ``words``; the current one is the first in view or after."""
        if self.source is None:
            return
        self.found = find_all(self.content.plain, words)
        top = self.scroller.scroll_y
        after = [i for i, (start, _) in enumerate(self.found) if self.row_of(start) >= top]
        self.found_at = (after[0] if after else 0) if self.found else None
        self._show_found()

    def action_find_step(self, step: int) -> None:
        """The next (``step`` 1) or previous match, round the end of the text."""
        if self.found:
            self.found_at = ((self.found_at or 0) + step) % len(self.found)
            self._show_found()

    def action_close_find(self) -> None:
        """Esc: the marks go, the bar hides, and the text has the focus."""
        self.found, self.found_at = [], None
        self.bar.set_value("")
        self.bar.show(False)
        self._show_found()
        self.scroller.focus()

    def _show_found(self) -> None:
        """Draw the matches, say where the current one is ("2 of 7") and scroll to it."""
        if self.source is None:
            return
        self.content = reader_content(
            self.source, self.passage, self.mark, self.found, self.found_at
        )
        self.query_one("#reader-text", Static).update(self.content)
        words = self.bar.value.strip()
        if self.found_at is not None:
            self.bar.note(f"{self.found_at + 1} of {len(self.found)}")
            self.call_after_refresh(self.scroll_to_offset, self.found[self.found_at][0], 5)
        else:
            self.bar.note("no match" if words else "")
        self.screen.refresh_bindings()

    @on(Input.Changed, "#find-input")
    def _typed(self, message: Input.Changed) -> None:
        message.stop()
        self.find(message.value)

    @on(Input.Submitted, "#find-input")
    def _submitted(self, message: Input.Submitted) -> None:
        message.stop()
        self.action_find_step(1)

    def lit_text(self, style: str = PASSAGE_STYLE) -> str:
        """The characters displayed with ``style`` (the lit passage by default)."""
        plain = self.content.plain
        return "".join(plain[s.start : s.end] for s in self.content.spans if s.style == style)
