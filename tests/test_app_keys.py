"""Keys as people press them: in bursts after /, n/N on what is highlighted now, pager
and list keys, find in a source's text, and small terminals (footer, filter bar, the
cursor after a resize).

Real text throughout: the bundled dossier of the seeds and the hand-made dossier of
test_app.
"""

from __future__ import annotations

import pytest
from test_app import NARROW, WIDE, hand_made, until
from test_ranking import many_events
from textual import events
from textual.widgets._footer import FooterKey

from dossier_tui.app.app import DossierApp
from dossier_tui.app.screens.help import HelpScreen
from dossier_tui.app.screens.main import MainScreen
from dossier_tui.app.widgets.reader import FOUND_AT_STYLE, FOUND_STYLE, Reader, find_all
from dossier_tui.safe_text import printable

SMALL = (60, 20)


def main(app: DossierApp) -> MainScreen:
    assert isinstance(app.screen, MainScreen)
    return app.screen


async def burst(pilot, keys: str) -> None:
    """Send ``keys`` as a terminal sends a paste or ``tmux send-keys``: all at once,
    none waiting for the app to handle the one before."""
    names = {"/": "slash", " ": "space"}
    for ch in keys:
        pilot.app._driver.send_message(events.Key(names.get(ch, ch), ch))
    await pilot.pause()
    await pilot.pause()


def reader(app: DossierApp) -> Reader:
    return app.screen.query_one(Reader)


def shown_keys(app: DossierApp) -> list[str]:
    """The keys the footer shows whole, left of the command palette's key."""
    footer = app.screen.query_one("FittedFooter")
    palette = next((k for k in footer.query(FooterKey) if k.has_class("-command-palette")), None)
    end = palette.region.x if palette is not None else app.size.width
    return [
        k.key_display
        for k in footer.query(FooterKey)
        if k.display
        and not k.has_class("-command-palette")
        and k.region.right <= end
        and k.region.width
    ]


async def footer_shows(
    pilot, app: DossierApp, present: set[str], absent: set[str] = frozenset()
) -> None:
    """Wait (a bounded number of steps) for the footer, rebuilt after the next refresh,
    to show every key of ``present`` and none of ``absent``."""
    await until(
        pilot, lambda: present <= set(shown_keys(app)) and not absent & set(shown_keys(app))
    )


# ---------------------------------------------------------------- 1. keys after /
async def test_a_burst_after_slash_lands_in_the_filter(seeds):
    app = DossierApp(seeds, "seeds")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await burst(pilot, "/braverman")  # "e" would export, "r" and "n" are keys too
        screen = main(app)
        tl = screen.timeline
        assert app.screen.query_one("#filter-input").value == "braverman"
        assert tl.filter.text == "braverman"
        assert tl.shown and len(tl.shown) < len(seeds.events)
        assert all(
            "braverman" in " ".join([e.headline, *(v.passage for v in e.evidence)]).lower()
            or "suella-braverman" in e.actors
            for e in tl.shown
        )


async def test_slash_then_keys_pressed_one_by_one_also_filter(seeds):
    app = DossierApp(seeds, "seeds")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"braverman")
        assert main(app).timeline.filter.text == "braverman"
        await pilot.press("slash")  # in the input, / is a character
        assert main(app).timeline.filter.text == "braverman/"


async def test_a_burst_after_a_pane_key_and_slash_reaches_that_pane(seeds):
    app = DossierApp(seeds, "seeds")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await burst(pilot, "2/jenrick")
        screen = main(app)
        assert screen.pane == "actors"
        assert app.screen.query_one("#actor-filter-input").value == "jenrick"
        assert [a.name for a in [screen.actors.current]] == ["Robert Jenrick"]
        await pilot.press("enter")  # to the list: digits are text in the input
        await burst(pilot, "3r/boats")
        assert screen.pane == "sources"
        assert app.screen.query_one("#find-input").value == "boats"
        assert reader(app).lit_text(FOUND_AT_STYLE).lower() == "boats"


# ---------------------------------------------------------------- 2. n/N
async def test_n_after_switching_panes_follows_the_highlighted_actor():
    app = DossierApp(hand_made(), "hand")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # the visit's passages
        await pilot.pause()
        r = reader(app)
        visit = r.lit_text()
        assert "visited Turkey" in visit
        await pilot.press("2")  # Robert Jenrick, who has no quotes: nothing to step through
        screen = main(app)
        assert screen.actors.current.name == "Robert Jenrick"
        await pilot.press("n")
        assert screen.pane == "actors" and r.lit_text() == visit
        await pilot.press("down", "n")  # Suella Braverman: her quote, not the old event's passage
        await pilot.pause()
        assert screen.pane == "sources" and r.lit_text() == "We must stop the boats."
        assert str(app.screen.query_one("#reader-note").render()).startswith(
            "1 of 1 · Quote of Suella Braverman"
        )


async def test_n_after_end_opens_the_highlighted_event(seeds):
    app = DossierApp(seeds, "seeds")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        tl = main(app).timeline
        await pilot.press(
            "enter"
        )  # the first event's passage: a trail that is not the last event's
        await pilot.press("1", "end")
        last = tl.current
        assert last is tl.shown[-1] and last.id != tl.shown[0].id
        await pilot.press("n")
        await pilot.pause()
        r = reader(app)
        assert r.source.id == last.evidence[0].source
        assert r.lit_text() == printable(last.evidence[0].passage)


async def test_n_on_the_event_the_reader_shows_steps_on(seeds):
    app = DossierApp(seeds, "seeds")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        screen = main(app)
        e = max(seeds.events, key=lambda e: len(e.evidence))
        assert screen.timeline.select_event(e.id)
        screen.timeline.list.focus()
        await pilot.press("enter")
        await pilot.press("1", "n")  # back on the timeline, the same event: its second passage
        await pilot.pause()
        assert reader(app).lit_text() == printable(e.evidence[1].passage)
        await pilot.press("N")
        assert reader(app).lit_text() == printable(e.evidence[0].passage)
        await pilot.press("N")  # round to the last
        assert reader(app).lit_text() == printable(e.evidence[-1].passage)


async def test_n_is_not_offered_off_the_trail_and_slash_filters_the_sources():
    """n is not offered on a source the trail does not show; / filters the sources by
    outlet and title."""
    app = DossierApp(hand_made(), "hand")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await footer_shows(pilot, app, {"n"})
        r = reader(app)
        other = "b" if r.source.id == "a" else "a"
        await pilot.press("escape")  # back to the list, then to the other source
        main(app).sources.list.highlight_value(other)
        await pilot.pause()
        assert r.source.id == other and r.passage is None
        await footer_shows(pilot, app, {"?"}, {"n"})
        await pilot.press("n")
        assert r.source.id == other and r.passage is None
        await pilot.press("3", "slash", *"sky")
        screen = main(app)
        lst = screen.sources.list
        assert lst.option_count == 1 and lst.value == "b"
        assert reader(app).source.id == "b"  # the reader shows what the list highlights
        screen.sources.bar.input.value = "deal agreed"  # a title's words
        await pilot.pause()
        assert lst.option_count == 1 and lst.value == "a"
        screen.sources.bar.input.value = "nowhere"
        await pilot.pause()
        assert lst.value is None and "No sources match" in str(lst.get_option_at_index(0).prompt)


# ---------------------------------------------------------------- 4. reader and list keys
async def test_the_actor_filter_then_g_and_G_in_every_list_then_the_reader_as_a_pager(seeds):
    """/ filters the actors by name and Esc clears; g and G go to the first and last
    row of every list; the reader moves as a pager."""
    app = DossierApp(seeds, "seeds")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("2", "slash", *"turk")
        screen = main(app)
        lst = screen.actors.list
        names = [
            screen.ix.actor(lst.value_of(lst.get_option_at_index(i))).name
            for i in range(lst.option_count)
        ]
        assert names and all(
            "turk" in n.lower()
            or any(
                "turk" in x.lower()
                for x in screen.ix.actor(lst.value_of(lst.get_option_at_index(i))).aliases
            )
            for i, n in enumerate(names)
        )
        assert "Robert Jenrick" not in names and len(names) < len(screen.ix.actor_rows())
        assert lst.border_title == f"Actors · {len(names)} of {len(screen.ix.actor_rows())}"
        await pilot.press("enter")  # to the list, the filter kept
        assert lst.has_focus and lst.option_count == len(names)
        await pilot.press("escape")
        assert lst.option_count == len(screen.ix.actor_rows())
        assert not app.screen.query_one("#actor-filter").has_class("-shown")
        screen = main(app)
        tl = screen.timeline

        def where(pane: str) -> tuple[bool, bool]:
            """Whether the pane's cursor is on its first row, on its last."""
            if pane == "1":
                return tl.current is tl.shown[0], tl.current is tl.shown[-1]
            nav = app.screen.query_one("#actor-list" if pane == "2" else "#source-list")
            return nav.highlighted == 0, nav.highlighted == nav.option_count - 1

        for pane in "123":
            await pilot.press(pane, "G")
            assert where(pane) == (False, True)
            await pilot.press("g")
            assert where(pane) == (True, False)
        await pilot.press("3", "r")
        await pilot.pause()
        scroll = reader(app).scroller
        assert scroll.has_focus and scroll.max_scroll_y > scroll.size.height
        # where each key leaves the text, read once it has been pressed (the text's
        # layout may still settle while the first keys are handled)
        for keys, y in (
            ("j j", lambda: 2),
            ("k", lambda: 1),
            ("G", lambda: scroll.max_scroll_y),
            ("g", lambda: 0),
            ("space", lambda: scroll.size.height),
            ("b", lambda: 0),
        ):
            for key in keys.split():  # a scroll lands on the frame after its key
                await pilot.press(key)
                await pilot.pause()
            assert scroll.scroll_y == y(), keys


def test_find_ignores_case_and_reads_a_space_as_any_white_space():
    text = "Stop the\nboats. STOP THE BOATS [b]now[/b] (x)"
    assert [text[s:e] for s, e in find_all(text, "stop the boats")] == [
        "Stop the\nboats",
        "STOP THE BOATS",
    ]
    assert [text[s:e] for s, e in find_all(text, "[b]")] == [
        "[b]"
    ]  # what it types, never a pattern
    assert find_all(text, "(x)") == [(len(text) - 3, len(text))]
    assert find_all(text, "   ") == []


async def test_find_marks_every_match_steps_through_them_and_says_when_none(seeds):
    """Find in the text marks every match and steps through them, and says when
    nothing matches."""
    app = DossierApp(seeds, "seeds")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("3", "r", "slash", *"boats")
        await pilot.pause()
        r = reader(app)
        n = r.source.text.lower().count("boats")
        assert n > 2 and len(r.found) == n
        note = app.screen.query_one("#find-note")
        assert str(note.render()) == f"1 of {n}"
        assert r.lit_text(FOUND_STYLE).lower() == "boats" * (n - 1)
        assert r.lit_text(FOUND_AT_STYLE).lower() == "boats"

        def in_view() -> bool:
            row = r.row_of(r.found[r.found_at][0])
            return r.scroller.scroll_y <= row < r.scroller.scroll_y + r.scroller.size.height

        await pilot.press("enter", "enter")
        await pilot.pause()
        assert str(note.render()) == f"3 of {n}" and in_view()
        await pilot.press("shift+enter")
        await pilot.pause()
        assert str(note.render()) == f"2 of {n}" and in_view()
        await pilot.press("tab")  # to the text: n/N step through the matches
        assert r.scroller.has_focus
        await pilot.press("N", "N")
        await pilot.pause()
        assert str(note.render()) == f"{n} of {n}" and in_view()
        await pilot.press("n")
        assert str(note.render()) == f"1 of {n}"
        # words in no part of the text
        app.screen.query_one("#find-input").value = "zeppelin"
        await pilot.pause()
        assert str(note.render()) == "no match"
        assert not r.found
        await pilot.press("escape")  # the find closes
        assert not r.found and not r.lit_text(FOUND_STYLE) and not r.lit_text(FOUND_AT_STYLE)
        assert not app.screen.query_one("#find").has_class("-shown") and r.scroller.has_focus
        await pilot.press("escape")  # and Esc again goes back to the list
        assert main(app).sources.list.has_focus


# ---------------------------------------------------------------- 5. small terminals
@pytest.mark.parametrize("size", [NARROW, SMALL], ids=["80x24", "60x20"])
async def test_the_footer_keeps_help_and_quit(seeds, size):
    app = DossierApp(seeds, "seeds")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"aug", "enter")  # a filter on: the footer offers more
        await footer_shows(pilot, app, {"?", "q", "Esc"})
        await pilot.press("slash")  # typing: ? and q are letters; F1 and ^q are offered
        await footer_shows(pilot, app, {"F1", "^q"}, {"?"})
        await pilot.press("escape", "enter")  # the reader, on a trail
        assert main(app).pane == "sources"
        await footer_shows(pilot, app, {"?", "q"})


async def test_a_wide_footer_leaves_nothing_out_and_help_lists_the_new_keys(seeds):
    """At 120 columns the footer leaves no key out, and help lists the new keys."""
    app = DossierApp(seeds, "seeds")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"aug", "enter")
        await footer_shows(pilot, app, {"Esc", "e", "?", "q"})
        assert shown_keys(app) == [
            k.key_display
            for k in app.screen.query(FooterKey)
            if not k.has_class("-command-palette")
        ]
        await pilot.press("3", "r", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-box Static").render())
        for words in (
            "j k  g G",
            "space b",
            "find words in the text",
            "first / last row of a list",
            "filter the list by outlet, title or file name",
        ):
            assert words in text


async def test_the_filter_bar_takes_one_line_and_f1_and_ctrl_q_work_while_typing(seeds):
    """The filter bar takes one line; F1 and ctrl+q work while typing in it."""
    app = DossierApp(seeds, "seeds")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"2023")
        await pilot.pause()
        assert app.screen.query_one("#filter").outer_size.height == 1
        assert (
            main(app).timeline.list.scrollable_content_region.height >= 8
        )  # it was 6 with a 3-line bar
        note = str(app.screen.query_one("#filter-note").render())
        assert note.endswith("events · Esc clears")
        await pilot.press("slash", *"deal", "f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.press("ctrl+q")
    assert not app.is_running


async def test_the_readers_position_comes_first(seeds):
    app = DossierApp(seeds, "seeds")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        e = max(seeds.events, key=lambda e: len(e.evidence))
        tl = main(app).timeline
        assert tl.select_event(e.id)
        tl.list.focus()
        await pilot.press("enter", "n")
        await pilot.pause()
        note = app.screen.query_one("#reader-note")
        assert str(note.render()).startswith(f"2 of {len(e.evidence)} (n/N) · Evidence for: ")
        drawn = "".join(s.text for s in note.render_lines(note.region.reset_offset)[0])
        assert f"2 of {len(e.evidence)}" in drawn  # on screen, not cut


async def test_the_highlighted_row_stays_in_view_after_a_resize(seeds):
    app = DossierApp(many_events(60), "talks")
    async with app.run_test(size=(200, 60)) as pilot:
        await pilot.pause()
        await pilot.press("K", "G", "k", "k")  # low in a tall view: off a short one's screen
        await pilot.pause()
        view = main(app).timeline.list
        row = view.highlighted
        await pilot.resize_terminal(*SMALL)
        await pilot.pause()
        await pilot.pause()
        assert view.highlighted == row
        assert (
            view.scroll_offset.y
            <= row
            < view.scroll_offset.y + view.scrollable_content_region.height
        )


async def test_a_list_keeps_its_highlighted_row_in_view_after_a_resize(seeds):
    app = DossierApp(seeds, "seeds")
    async with app.run_test(size=(200, 60)) as pilot:
        await pilot.pause()
        await pilot.press("2", "G")
        lst = app.screen.query_one("#actor-list")
        await pilot.resize_terminal(*SMALL)
        await pilot.pause()
        await pilot.pause()
        assert lst.highlighted == lst.option_count - 1
        last = lst.option_count * 2 - 1  # two lines an actor
        assert (
            lst.scroll_offset.y <= last < lst.scroll_offset.y + lst.scrollable_content_region.height
        )
