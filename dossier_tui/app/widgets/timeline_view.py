"""The timeline's list of rows, drawn a line at a time (Textual's Line API).

A ScrollView whose height is the number of rows; ``render_line`` draws only the rows
in view, reading them from the index by position in blocks that are kept while they
are near the viewport. Moving the cursor is arithmetic on row numbers (a heading row
is stepped over), so no key walks the events, however many there are. It looks and
answers like the OptionList it replaces: the same component classes, the same keys.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual

from dossier_tui.app.curator import marks_prefix, marks_suffix
from dossier_tui.app.widgets.navlist import RowCursor
from dossier_tui.app.words import CONFLICT_MARK, clean, fit
from dossier_tui.curation.marks import NONE as NO_MARKS
from dossier_tui.curation.marks import Marks
from dossier_tui.index_db import Index, Row
from dossier_tui.index_db.listing import Listing
from dossier_tui.wording import fitted_row_label

DATE_WIDTH = 24
#: events read per query as the view scrolls
BLOCK = 128
#: blocks kept (about 4,000 rows around the viewport)
BLOCKS_KEPT = 32
#: drawn lines kept
STRIPS_KEPT = 1024


#: what a row gives the sources count and the conflict mark: " 5 src ! "
COUNT_WIDTH = 9


def event_row(
    row: Row, width: int = DATE_WIDTH + 1, line: int | None = None, marks: Marks = NO_MARKS
) -> Content:
    """One line: date label, sources count, conflict mark, short headline (fitted to
    a ``line`` that wide, at a word), with a person's marks: a star before it, tags after."""
    mark = CONFLICT_MARK if row.conflict else " "
    room = None if line is None else line - width - COUNT_WIDTH
    before, after = marks_prefix(marks), marks_suffix(marks)
    if room is not None:
        room -= len(before) + len(after)
    parts = [
        # a gap before the count, however tight the column
        (fitted_row_label(clean(row.label), width - 1).ljust(width), ""),
        (f"{row.n_sources:>2} src ", "dim"),
        (f"{mark} ", "$warning bold"),
    ]
    if before:
        parts.append((before, "$accent bold"))
    parts.append(clean(row.short) if room is None or room < 8 else fit(row.short, room))
    if after:
        parts.append((after, "$accent"))
    return Content.assemble(*parts)


def heading_row(text: str) -> Content:
    return Content.styled(clean(text), "bold $text-primary")


class TimelineView(RowCursor[str], ScrollView, can_focus=True):
    """Event rows under month headings; the cursor is on an event row (or nowhere)."""

    DEFAULT_CSS = """
    TimelineView {
        height: 1fr;
        color: $foreground;
        overflow-x: hidden;
        border: tall $border-blurred;
        padding: 0 1;
        background: $surface;
        & > .option-list--option-highlighted {
            color: $foreground;
            background: $block-cursor-blurred-background;
        }
        &:focus {
            border: tall $border;
            background-tint: $foreground 5%;
            & > .option-list--option-highlighted {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
                text-style: $block-cursor-text-style;
            }
        }
        & > .option-list--option-disabled {
            color: $text-disabled;
        }
        & > .option-list--option-hover {
            background: $block-hover-background;
        }
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "option-list--option",
        "option-list--option-disabled",
        "option-list--option-highlighted",
        "option-list--option-hover",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("end,G", "last", "Last", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("pagedown", "page_down", "Page Down", show=False),
        Binding("pageup", "page_up", "Page Up", show=False),
        Binding("enter", "select", "Select", show=False),
        Binding("o", "select", "Open", tooltip="Open the first passage in the reader"),
    ]

    highlighted: reactive[int | None] = reactive(None, always_update=True)
    """The row of the cursor (an event row), or None when nothing is listed."""

    _hover: reactive[int | None] = reactive(None)

    class Highlighted(Message):
        """The cursor is on another event (``event_id`` None: none listed)."""

        def __init__(self, view: TimelineView, event_id: str | None) -> None:
            super().__init__()
            self.view, self.event_id = view, event_id

        @property
        def control(self) -> TimelineView:
            return self.view

    class Selected(Message):
        """Enter (or a second click) on an event row."""

        def __init__(self, view: TimelineView, event_id: str) -> None:
            super().__init__()
            self.view, self.event_id = view, event_id

        @property
        def control(self) -> TimelineView:
            return self.view

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.ix: Index | None = None
        #: a person's marks on each event (star, tags), by id
        self.marks: Callable[[str], Marks] = lambda _: NO_MARKS
        self.listing = Listing([], [])
        self.date_width = DATE_WIDTH
        self._blocks: dict[int, list[Row]] = {}
        self._strips: dict[tuple, Strip] = {}
        #: what every row of the frame being drawn shares (see render_lines)
        self._frame: tuple[int, int, dict] | None = None

    # ------------------------------------------------------------ contents
    def show(self, ix: Index, listing: Listing, keep_position: int | None = None) -> None:
        """List ``listing``'s rows, the cursor on the event at ``keep_position`` if it is
        listed, else on the first event."""
        self.ix, self.listing = ix, listing
        self.date_width = min(DATE_WIDTH, ix.label_width) + 1
        self._blocks.clear()
        self._strips.clear()
        self._hover = None
        self._set_rows(len(listing))
        row = self.row_of_position(keep_position) if keep_position is not None else None
        if row is None:
            self.scroll_to(y=0, animate=False, immediate=True)
            row = self._event_row_at_or_after(0)
        self.highlighted = row
        self.refresh()
        self.call_after_refresh(self._reveal)

    def _set_rows(self, n: int) -> None:
        """Make the list ``n`` rows high. The screen is laid out again only when the
        scrollbar appears or goes: a filter's results, typed key by key, are the same
        widget with another scroll range."""
        size = Size(self.scrollable_content_region.width, n)
        height = self.scrollable_content_region.height
        if (
            self.is_mounted
            and height > 0
            and size.width == self.virtual_size.width
            and (n > height) == (self.virtual_size.height > height)
            and self.show_vertical_scrollbar == (n > height)
        ):
            self.set_reactive(TimelineView.virtual_size, size)
            self._scroll_update(size)  # the scrollbar's range, and the scroll offset kept within it
            self.refresh()
        else:
            self.virtual_size = size

    def _reveal(self) -> None:
        """Scroll the cursor into view with its heading, if that is the row above (once
        laid out: a list just shown may not have its height yet)."""
        row = self.highlighted
        if row is None:
            return
        top = row - 1 if row > 0 and self.listing.is_heading(row - 1) else row
        self.scroll_to_region(
            Region(0, top, 1, row - top + 1), animate=False, force=True, immediate=True
        )

    @property
    def row_count(self) -> int:
        return len(self.listing)

    def _row_data(self, k: int) -> Row:
        """The ``k``-th event listed, from its block (read whole when first needed)."""
        b = k // BLOCK
        block = self._blocks.get(b)
        if block is None:
            assert self.ix is not None
            block = self.ix.rows(self.listing.positions[b * BLOCK : (b + 1) * BLOCK])
            if len(self._blocks) >= BLOCKS_KEPT:
                far = max(self._blocks, key=lambda x: abs(x - b))
                del self._blocks[far]
            self._blocks[b] = block
        return block[k - b * BLOCK]

    def row_content(self, row: int, width: int | None = None) -> Content:
        """What row ``row`` shows (on a line ``width`` wide)."""
        heading, k = self.listing.at(row)
        if heading is not None:
            assert self.ix is not None
            return heading_row(self.ix.headings[heading])
        data = self._row_data(k)
        return event_row(data, self.date_width, width, self.marks(data.id))

    def position_at(self, row: int | None) -> int | None:
        """The timeline position of the event on ``row`` (None for a heading)."""
        if row is None or not 0 <= row < len(self.listing):
            return None
        _, k = self.listing.at(row)
        return None if k is None else self.listing.positions[k]

    def value_at(self, row: int | None) -> str | None:
        """The id of the event on ``row`` (None for a heading or no row)."""
        if row is None or not 0 <= row < len(self.listing):
            return None
        _, k = self.listing.at(row)
        return None if k is None else self._row_data(k).id

    @property
    def value(self) -> str | None:
        """The id of the event under the cursor."""
        return self.value_at(self.highlighted)

    @property
    def position(self) -> int | None:
        """The timeline position of the event under the cursor."""
        return self.position_at(self.highlighted)

    def row_of_position(self, pos: int) -> int | None:
        k = self.listing.index_of_position(pos)
        return None if k is None else self.listing.row_of(k)

    def index_of(self, event_id: str) -> int | None:
        """The row of the event with this id, if it is listed."""
        pos = self.ix.position_of(event_id) if self.ix is not None else None
        return None if pos is None else self.row_of_position(pos)

    # ------------------------------------------------------------ drawing
    def render_lines(self, crop: Region) -> list[Strip]:
        """The rows in view. What they all share (the scroll, the width, the styles of a
        row, a heading, the cursor's row) is read once a frame rather than once a row:
        on a scroll every row in view is drawn again."""
        self._frame = self._shared()
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def _shared(self) -> tuple[int, int, dict]:
        """The scroll, the width, and room for the styles looked up while drawing."""
        return self.scroll_offset.y, self.scrollable_content_region.width, {}

    def _style(self, cls: str, styles: dict):
        style = styles.get(cls)
        if style is None:
            parts = ("option-list--option", cls) if cls else ("option-list--option",)
            style = styles[cls] = self.get_visual_style(*parts)
        return style

    def render_line(self, y: int) -> Strip:
        top, width, styles = self._frame or self._shared()
        row = top + y
        if not 0 <= row < len(self.listing):
            return Strip.blank(width, self._style("", styles).rich_style)
        if self.listing.is_heading(row):
            cls = "option-list--option-disabled"
        elif row == self.highlighted:
            cls = "option-list--option-highlighted"
        elif row == self._hover:
            cls = "option-list--option-hover"
        else:
            cls = ""
        style = self._style(cls, styles)
        key = (row, cls, width, style)
        strip = self._strips.get(key)
        if strip is None:
            content = self.row_content(row, width)
            strips = Visual.to_strips(self, content, width, 1, style)
            strip = strips[0] if strips else Strip.blank(width)
            strip = strip.crop_extend(0, width, style.rich_style).apply_meta({"row": row})
            if len(self._strips) >= STRIPS_KEPT:
                self._strips.clear()
            self._strips[key] = strip
        return strip

    def redraw(self) -> None:
        """Draw every row again (a person's marks have changed)."""
        self._strips.clear()
        self.refresh()

    def _on_resize(self, event: events.Resize) -> None:
        self._strips.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.listing))
        self.call_after_refresh(self._reveal)  # a smaller view must still show the cursor

    def notify_style_update(self) -> None:
        self._strips.clear()
        super().notify_style_update()

    # ------------------------------------------------------------ the cursor
    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        top = self.scroll_offset.y
        if new is not None:
            self.scroll_to_region(Region(0, new, 1, 1), animate=False, force=True, immediate=True)
        if self.scroll_offset.y != top or old is None or new is None or old == new:
            self.refresh()  # scrolled (or a new list): every line in view changes
        else:  # only the rows the cursor left and reached
            self.refresh_line(old)
            self.refresh_line(new)
        self.post_message(self.Highlighted(self, self.value_at(new)))

    def watch__hover(self, old: int | None, new: int | None) -> None:
        for row in (old, new):
            if row is not None:
                self.refresh_line(row)

    def _event_row_at_or_after(self, row: int) -> int | None:
        n = len(self.listing)
        while 0 <= row < n and self.listing.is_heading(row):
            row += 1
        return row if 0 <= row < n else None

    def _event_row_at_or_before(self, row: int) -> int | None:
        while row >= 0 and row < len(self.listing) and self.listing.is_heading(row):
            row -= 1
        return row if 0 <= row < len(self.listing) else None

    def _move_to(self, row: int, down: bool) -> None:
        n = len(self.listing)
        if not n:
            return
        row = max(0, min(n - 1, row))
        found = self._event_row_at_or_after(row) if down else self._event_row_at_or_before(row)
        if found is None:  # past the first or last event: the nearest in the other direction
            found = self._event_row_at_or_before(row) if down else self._event_row_at_or_after(row)
        if found is not None and found != self.highlighted:
            self.highlighted = found

    def action_cursor_down(self) -> None:
        if self.highlighted is None:
            self.action_first()
        else:
            self._move_to(self.highlighted + 1, down=True)

    def action_cursor_up(self) -> None:
        if self.highlighted is None:
            self.action_last()
        elif (row := self._event_row_at_or_before(self.highlighted - 1)) is not None:
            self.highlighted = row

    def action_first(self) -> None:
        self._move_to(0, down=True)

    def action_last(self) -> None:
        self._move_to(len(self.listing) - 1, down=False)

    def action_page_down(self) -> None:
        step = max(1, self.scrollable_content_region.height)
        self._move_to((self.highlighted or 0) + step, down=True)

    def action_page_up(self) -> None:
        step = max(1, self.scrollable_content_region.height)
        self._move_to((self.highlighted or 0) - step, down=False)

    def action_select(self) -> None:
        value = self.value
        if value is not None:
            self.post_message(self.Selected(self, value))

    # ------------------------------------------------------------ the mouse
    def _on_mouse_move(self, event: events.MouseMove) -> None:
        self._hover = event.style.meta.get("row")

    def _on_leave(self, event: events.Leave) -> None:
        self._hover = None

    async def _on_click(self, event: events.Click) -> None:
        """A click highlights a row (showing its detail); a click on the highlighted row
        opens its evidence, as Enter does."""
        row = event.style.meta.get("row")
        if row is None or self.listing.is_heading(row):
            return
        if row != self.highlighted:
            self.highlighted = row
        else:
            self.action_select()
