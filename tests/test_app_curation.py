"""Curating in the app, key by key: each decision saved to curation.yaml as it is made,
shown in the rows and the detail, undone with u, and found again on the next open."""

from __future__ import annotations

import shutil

import pytest
from conftest import EXAMPLE
from test_app import NARROW
from textual.widgets import Input

from dossier_tui import curation
from dossier_tui.app.app import DossierApp
from dossier_tui.app.screens.ask import AskScreen
from dossier_tui.app.screens.main import MainScreen
from dossier_tui.index_db import build_file_index, open_file_index


@pytest.fixture
def files(tmp_path):
    """A timeline file of the seeds, indexed, and where its curation goes."""
    timeline = tmp_path / "timeline.yaml"
    shutil.copy(EXAMPLE, timeline)
    build_file_index(timeline)
    return timeline, curation.beside(timeline)


def app_on(files) -> DossierApp:
    timeline, path = files
    return DossierApp(index=open_file_index(timeline), label=str(timeline), curation=str(path))


def main(app: DossierApp) -> MainScreen:
    assert isinstance(app.screen, MainScreen)
    return app.screen


async def settle(pilot) -> None:
    """Wait for the decision's worker and for what it shows: the screen of the index
    the app now holds, mounted, and nothing left to do."""
    app = pilot.app
    for _ in range(200):
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        if isinstance(screen, MainScreen) and screen.ix is app.index and screen.is_mounted:
            if all(w.is_finished for w in app.workers):
                break
    await pilot.pause()


def decided(files) -> list[tuple[str, str | None]]:
    return [(d.action, d.value) for d in curation.load(files[1]).decisions]


def row(app: DossierApp) -> str:
    tv = main(app).timeline.list
    return tv.row_content(tv.highlighted).plain


def summary(app: DossierApp) -> str:
    return str(main(app).query_one("#event-summary").render())


async def to_event(pilot, words: str) -> None:
    """Put the timeline's cursor on the event whose headline holds ``words``."""
    screen = main(pilot.app)
    e = next(e for e in screen.ix.events if words in e.headline)
    assert screen.timeline.select_event(e.id)
    await pilot.pause()


async def type_filter(pilot, text: str) -> None:
    """``/``, then ``text`` in the timeline's filter bar, then Enter."""
    await pilot.press("slash")
    main(pilot.app).timeline.bar.input.value = text
    await pilot.press("enter")
    await pilot.pause()


async def answer(pilot, text: str) -> None:
    for _ in range(50):
        if isinstance(pilot.app.screen, AskScreen):
            break
        await pilot.pause()
    ask = pilot.app.screen
    assert isinstance(ask, AskScreen)
    if text:  # what is typed is the Input's to handle: here only what it holds counts
        ask.query_one(Input).value = text
    await pilot.press("enter")
    await settle(pilot)


async def test_event_keys_star_tag_note_filter_redate_hide(files):
    """One session through the keys that mark an event: each decision saved, shown in
    the row and the detail, and taken back by the same key."""
    app = app_on(files)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        # * stars, and * again takes the star off
        await to_event(pilot, "Jenrick visited")
        await pilot.press("asterisk")
        await settle(pilot)
        assert decided(files) == [("star", None)]
        assert "★ Jenrick visited" in row(app) and "★" in summary(app)
        await pilot.press("asterisk")
        await settle(pilot)
        assert decided(files) == [] and "★" not in row(app)
        # t tags, a notes; the filter selects by #tag and by *
        await to_event(pilot, "centre of excellence")
        await pilot.press("t")
        await answer(pilot, "agreement")
        await pilot.press("a")
        await answer(pilot, "ask for the text of the deal")
        assert row(app).endswith("#agreement")
        assert "Tags: agreement" in summary(app) and "Note: ask for the text" in summary(app)
        await to_event(pilot, "Jenrick visited")
        await pilot.press("asterisk")
        await settle(pilot)
        timeline = main(app).timeline
        await type_filter(pilot, "#agreement")
        assert [e.headline for e in timeline.shown] == [
            next(e.headline for e in main(app).ix.events if "centre of excellence" in e.headline)
        ]
        await pilot.press("escape")
        await type_filter(pilot, "*")
        assert len(timeline.shown) == 1 and "Jenrick visited" in timeline.shown[0].headline
        await pilot.press("escape")
        # a tag it has: t takes it off
        await to_event(pilot, "centre of excellence")
        await pilot.press("t")
        await answer(pilot, "agreement")
        assert ("tag", "agreement") not in decided(files)
        # D corrects the date: the sources' date is offered, a bad one is explained
        await to_event(pilot, "Migration Dialogue")
        await pilot.press("D")
        ask = app.screen
        assert isinstance(ask, AskScreen) and ask.value == "2023-FA"
        ask.query_one(Input).value = "soon"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is ask and "Write the date as" in str(ask.query_one("#ask-note").render())
        await answer(pilot, "2023-10")
        assert ("redate", "2023-10") in decided(files)
        await to_event(pilot, "Migration Dialogue")
        assert row(app).startswith("Oct 2023")
        assert "the sources give Autumn 2023" in summary(app)
        # x hides, H shows the hidden, x on a hidden one shows it again
        before = decided(files)
        n = main(app).ix.n_events
        await to_event(pilot, "economic crisis")
        await pilot.press("x")
        await settle(pilot)
        assert main(app).ix.n_events == n - 1
        assert not any("economic crisis" in e.headline for e in main(app).ix.events)
        await pilot.press("H")
        await settle(pilot)
        assert main(app).ix.n_events == n
        await to_event(pilot, "economic crisis")
        assert row(app).split("src", 1)[1].strip().startswith("(hidden)")
        await pilot.press("x")
        await settle(pilot)
        assert decided(files) == before and "(hidden)" not in row(app)


async def test_merge_move_and_undo_each_in_turn(files):
    """m…m merges two events, M moves a passage to an event of its own, and u takes
    back each decision, the last first."""
    app = app_on(files)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        n = main(app).ix.n_events
        await to_event(pilot, "Jenrick visited")
        await pilot.press("asterisk")
        await settle(pilot)
        await to_event(pilot, "investigation for the Guardian")
        await pilot.press("m")
        await pilot.pause()
        await to_event(pilot, "The Home Office provided")
        await pilot.press("m")
        await settle(pilot)
        assert main(app).ix.n_events == n - 1
        assert decided(files) == [("star", None), ("merge", None)]
        assert not any("investigation for the Guardian" in e.headline for e in main(app).ix.events)
        await to_event(pilot, "centre of excellence")
        links = main(app).query_one("#event-links")
        links.focus()
        await pilot.pause()
        while links.value is None or links.value.kind != "evidence":
            await pilot.press("down")
        await pilot.press("M")
        await answer(pilot, "Officers to work on joint operations")
        assert main(app).ix.n_events == n
        assert any(
            e.headline == "Officers to work on joint operations" for e in main(app).ix.events
        )
        await pilot.press("u")
        await settle(pilot)
        assert main(app).ix.n_events == n - 1
        assert [a for a, _ in decided(files)] == ["star", "merge"]
        await pilot.press("u")
        await settle(pilot)
        assert main(app).ix.n_events == n and decided(files) == [("star", None)]
        await pilot.press("u")
        await settle(pilot)
        assert decided(files) == []
        await to_event(pilot, "Jenrick visited")
        assert "★" not in row(app)
        assert not main(app).check_action("undo", ())


async def test_actor_keys_rename_tag_merge_hide(files):
    app = app_on(files)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await pilot.pause()
        actors = main(app).actors
        assert actors.select_actor("british-government")
        await pilot.press("R")
        ask = app.screen
        assert isinstance(ask, AskScreen) and ask.value == "British Government"
        await answer(pilot, "UK Government")
        assert main(app).actors.current.name == "UK Government"
        await pilot.press("t")
        await answer(pilot, "institution")
        assert "#institution" in str(
            main(app).actors.list.get_option_at_index(main(app).actors.list.highlighted).prompt
        )
        n = main(app).ix.n_actors
        assert main(app).actors.select_actor("downing-street")
        await pilot.press("m")
        await pilot.pause()
        assert main(app).actors.select_actor("british-government")
        await pilot.press("m")
        await settle(pilot)
        assert main(app).ix.n_actors == n - 1
        assert "Downing Street" in main(app).ix.actor("british-government").aliases
        await pilot.press("x")
        await settle(pilot)
        assert main(app).ix.n_actors == n - 2
        assert [a for a, _ in decided(files)] == ["rename", "tag", "merge", "hide"]


async def test_decisions_are_there_on_the_next_open_and_a_lost_one_is_a_problem(files):
    from dossier_tui.app.screens.problems import ProblemsScreen

    app = app_on(files)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await to_event(pilot, "Jenrick visited")
        await pilot.press("asterisk")
        await settle(pilot)
    # a decision whose words are in no source any more, added to the file by hand
    gone = curation.Anchor("event", (curation.Span("no-such-source", 0, 5, "words"),), "2023: gone")
    kept = curation.load(files[1]).decisions
    curation.save(curation.Curation((*kept, curation.decision("hide", gone))), files[1])
    again = app_on(files)
    async with again.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await to_event(pilot, "Jenrick visited")
        assert "★" in row(again)
        problems = [p for p in main(again).problems if p.kind == "curation"]
        assert len(problems) == 1 and "2023: gone" in problems[0].message
        assert "no longer" in problems[0].message
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(again.screen, ProblemsScreen)
        text = " ".join(str(w.render()) for w in again.screen.query("Static"))
        assert "1 decision lost" in text


async def test_a_dossier_in_memory_offers_no_decision(seeds):
    app = DossierApp(seeds, "seeds")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        assert not main(app).timeline.check_action("curate", ("star",))
        await pilot.press("asterisk")
        await pilot.pause()
        assert main(app).curator is None
