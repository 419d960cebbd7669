"""The curation keys that come in steps: a passage moved to an event already there (M,
Tab, then M on that event; Esc forgets), an actor split (S: its names picked, the new
one named), a note on a source (a, in the sources pane); each saved, shown at once,
found again from the file, and undone with u."""

from __future__ import annotations

from test_app import NARROW
from test_app_curation import answer, app_on, decided, main, settle, to_event
from test_app_curation import files as files  # the fixture: a timeline file and its curation
from textual.widgets import Input, SelectionList

from dossier_tui import curation, store
from dossier_tui.app.screens.ask import MoveScreen
from dossier_tui.app.screens.split import SplitScreen


def holding(app, passage: tuple[str, int]) -> list[str]:
    """Headlines of the events on show with the passage at ``(source, start)``."""
    ix = main(app).ix
    return [e.headline for e in ix.events if passage in {(v.source, v.start) for v in e.evidence}]


def passage_holds(app, link, words: str) -> bool:
    """Whether ``link`` (in the event's detail) is a passage holding ``words``."""
    e = main(app).timeline.current
    return link is not None and link.kind == "evidence" and words in e.evidence[link.index].passage


async def test_move_a_passage_to_an_event_already_there(files):
    app = app_on(files)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        n = main(app).ix.n_events
        (target,) = [e.headline for e in main(app).ix.events if "Jenrick visited" in e.headline]
        for forget in (True, False):
            await to_event(pilot, "centre of excellence")
            links = main(app).query_one("#event-links")
            links.focus()
            await pilot.pause()
            while not passage_holds(app, links.value, "joint operations"):
                await pilot.press("down")
            v = main(app).timeline.current.evidence[links.value.index]
            await pilot.press("M")
            await pilot.pause()
            assert isinstance(app.screen, MoveScreen)
            await pilot.press("tab")  # to an event already there
            await pilot.pause()
            assert main(app).curator.pending.action == "move"
            assert main(app).check_action("forget", ())
            if forget:
                await pilot.press("escape")
                await pilot.pause()
                assert main(app).curator.pending is None and decided(files) == []
        await to_event(pilot, "Jenrick visited")
        main(app).timeline.list.focus()
        await pilot.press("M")
        await settle(pilot)
        assert holding(app, (v.source, v.start)) == [target]
        assert main(app).ix.n_events == n and main(app).curator.pending is None
        (move,) = curation.load(files[1]).decisions
        assert move.action == "move" and move.others[0].name == target
        await pilot.press("u")
        await settle(pilot)
        assert decided(files) == [] and target not in holding(app, (v.source, v.start))


async def test_split_an_actor_and_note_a_source_then_undo_both(files):
    app = app_on(files)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await pilot.pause()
        n = main(app).ix.n_actors
        assert main(app).actors.select_actor("home-office")  # no other name: nothing to ask
        await pilot.press("S")
        await pilot.pause()
        assert not isinstance(app.screen, SplitScreen)
        assert main(app).actors.select_actor("turkiye")
        await pilot.pause()
        assert main(app).active_bindings["S"].binding.description == "Split"
        await pilot.press("S")
        await pilot.pause()
        split = app.screen
        assert isinstance(split, SplitScreen)
        await pilot.press("enter")  # nothing picked yet: said, and the question stays
        assert app.screen is split and "Pick the names" in str(
            split.query_one("#ask-note").render()
        )
        await pilot.press("space")  # the first other name, Turkey
        await pilot.pause()
        assert split.query_one(SelectionList).selected == ["Turkey"]
        assert split.query_one(Input).value == "Turkey"
        await pilot.press("enter")
        await settle(pilot)
        ix = main(app).ix
        assert ix.n_actors == n + 1 and main(app).pane == "actors"
        (turkey,) = [a for a in ix.dossier().actors if a.name == "Turkey"]
        assert [q.text for q in turkey.quotes] == ["turned back"] and turkey.kind == "place"
        assert "Turkey" not in ix.actor("turkiye").aliases and not ix.actor("turkiye").quotes
        # the file gives the same on the next open
        cur = curation.apply(store.load(files[0]), curation.load(files[1]))
        assert [a.name for a in cur.dossier.actors if a.kind == "place"][:2] == [
            "Türkiye",
            "Turkey",
        ]
        # a note on the second source
        await pilot.press("3")
        await pilot.pause()
        sources = main(app).sources
        sources.list.focus()
        await pilot.press("down")
        await pilot.pause()
        second = sources.list.value
        assert main(app).active_bindings["a"].binding.tooltip == "Write a note on the source"
        await pilot.press("a")
        await answer(pilot, "official press release, no byline")
        assert decided(files)[-1] == ("note", "official press release, no byline")
        row = sources.list.get_option_at_index(sources.list.highlighted).prompt
        assert str(row).endswith("· 1 note") and sources.reader.source.id == second
        marks = str(sources.reader.query_one("#reader-marks").render())
        assert marks == "Note: official press release, no byline"
        await pilot.press("u")
        await settle(pilot)
        assert not str(sources.list.get_option_at_index(1).prompt).endswith("note")
        assert not str(sources.reader.query_one("#reader-marks").render())
        await pilot.press("u")
        await settle(pilot)
        assert decided(files) == [] and main(app).ix.n_actors == n
