"""The source reader: an article's full text, exactly as stored, with a passage lit.

The display is built from the text by character offsets (Content spans, never
markup): control characters become U+FFFD one-for-one, so every stored span
``(start, end)`` lights exactly the characters it names. Furniture is dimmed.
"""
from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content, Span
from textual.widgets import Static

from dossier_tui.app.words import basis_note, clean, published, source_name
from dossier_tui.model import Source
from dossier_tui.safe_text import printable

FURNITURE_STYLE = "dim italic"
PASSAGE_STYLE = "reverse"
MARK_STYLE = "bold underline reverse $warning"


def display_text(text: str) -> str:
    """What the reader shows: the text with every control character replaced one-for-one
    (a carriage return before a newline becomes a space rather than a mark)."""
    return printable(text.replace("\r\n", " \n"))


def reader_content(source: Source, passage: tuple[int, int] | None = None,
                   mark: tuple[int, int] | None = None) -> Content:
    """The source text with furniture dimmed, ``passage`` lit and ``mark`` (the time
    expression) lit differently."""
    text = display_text(source.text)
    n = len(text)
    spans = []
    if source.body_start:
        spans.append(Span(0, source.body_start, FURNITURE_STYLE))
    spans += [Span(f.start, min(f.end, n), FURNITURE_STYLE) for f in source.furniture if f.start < n]
    if passage:
        spans.append(Span(max(0, passage[0]), min(passage[1], n), PASSAGE_STYLE))
    if mark:
        spans.append(Span(max(0, mark[0]), min(mark[1], n), MARK_STYLE))
    return Content(text, spans=spans)


class Reader(Vertical):
    """A header naming the source, and its text in a scrolling view."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.source: Source | None = None
        self.passage: tuple[int, int] | None = None
        self.mark: tuple[int, int] | None = None
        self.content = Content("")

    def compose(self) -> ComposeResult:
        with Vertical(id="reader-head"):
            yield Static(id="reader-title", markup=False)
            yield Static(id="reader-meta", markup=False)
            yield Static(id="reader-reason", markup=False)
            yield Static(id="reader-note", markup=False)
        with VerticalScroll(id="reader-scroll"):
            yield Static(id="reader-text", markup=False)

    @property
    def scroller(self) -> VerticalScroll:
        return self.query_one("#reader-scroll", VerticalScroll)

    def show(self, source: Source | None, passage: tuple[int, int] | None = None,
             mark: tuple[int, int] | None = None, note: str = "") -> None:
        """Show ``source``; with a passage, light it and scroll it into view."""
        self.source, self.passage, self.mark = source, passage, mark
        body = self.query_one("#reader-text", Static)
        parts = {"title": "", "meta": "", "reason": "", "note": note}
        if source is not None:
            parts["title"] = source_name(source, 200)
            parts["meta"] = f"{published(source, note=False)} · date {basis_note(source)} · {clean(source.path)}"
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
        if self.passage is None:
            return
        if self.query_one("#reader-text", Static).content_region.width <= 1 and tries > 0:
            self.call_after_refresh(self.scroll_to_passage, tries - 1)
            return
        row = self.row_of(self.passage[0])
        context = min(3, self.scroller.size.height // 4)
        self.scroller.scroll_to(y=max(0, row - context), animate=False)

    def lit_text(self, style: str = PASSAGE_STYLE) -> str:
        """The characters displayed with ``style`` (the lit passage by default)."""
        plain = self.content.plain
        return "".join(plain[s.start:s.end] for s in self.content.spans if s.style == style)
