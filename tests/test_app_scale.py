"""The app on dossiers too long to hold in widgets: the timeline draws rows read from
the index, moves without walking them, searches in a worker, and a timeline file is
indexed on its first open with its progress shown."""

from __future__ import annotations

import importlib.util
from dataclasses import replace

import pytest
from test_app import EXAMPLE, NARROW, hand_made, main, until
from test_app_hostile import FORBIDDEN, MARKUP, OSC52, assert_safe
from textual.widgets import Input

from dossier_tui import store
from dossier_tui.app.app import DossierApp
from dossier_tui.app.screens.indexing import IndexingScreen
from dossier_tui.app.widgets.reader import Reader
from dossier_tui.app.widgets.timeline import AT_ONCE
from dossier_tui.model import Dossier


def synthetic(n: int) -> Dossier:
    spec = importlib.util.spec_from_file_location(
        "app_speed", EXAMPLE.parents[2] / "bench" / "app_speed.py"
    )
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench.synthetic(n)


def drawn(app: DossierApp) -> list[str]:
    """The screen's lines as drawn."""
    return ["".join(seg.text for seg in strip) for strip in app.screen._compositor.render_strips()]


async def test_the_timeline_of_5000_events_scrolls_to_its_last_row_and_shows_it():
    d = synthetic(5000)
    app = DossierApp(d, "synthetic")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        tl = main(app).timeline
        await pilot.press("K")  # all events
        await pilot.pause()
        assert len(tl.shown) == 5000 and tl.list.border_title == "Timeline · 5,000 events"
        assert any("1 Timeline (5,000)" in line for line in drawn(app))  # the tab counts alike
        await pilot.press("end")
        await pilot.pause()
        last = tl.shown[-1]
        assert tl.current is last and last.id == max(d.events, key=lambda e: (e.start, e.id)).id
        lst = tl.list
        top, height = lst.scroll_offset.y, lst.scrollable_content_region.height
        assert lst.highlighted == lst.row_count - 1 and top <= lst.highlighted < top + height
        shown = ["".join(seg.text for seg in lst.render_line(y)) for y in range(height)]
        assert last.headline in shown[lst.highlighted - top]
        assert tl.shown[-2].headline in shown[lst.highlighted - top - 1]  # and the row above it
        assert any(last.headline in line for line in drawn(app))
        await pilot.press("home")
        await pilot.pause()
        assert tl.current is tl.shown[0]
        assert any(tl.shown[0].headline in line for line in drawn(app))
        await pilot.press("pagedown", "pagedown", "j", "k", "down")
        await pilot.pause()
        row = tl.list.highlighted
        assert not tl.list.listing.is_heading(row) and tl.current.id == tl.list.value


def large() -> tuple[Dossier, DossierApp]:
    """A dossier large enough to search in a worker, and the app on it."""
    d = synthetic(AT_ONCE + 1000)
    return d, DossierApp(d, "synthetic")


HOSTILE = [
    f"Talks {MARKUP}",
    "Vote [link=x]here[/link] [@click=app.quit]quit[/]",
    f"Escape \x1b[31mred\x1b[0m {OSC52} bell\x07",
    "Bidi \u202egnp.exe\u202c end",
]


async def test_hostile_headlines_show_literally_in_the_timeline():
    d = hand_made()
    events = tuple(
        replace(d.events[i % 2], id=f"h{i}", headline=h, short=h) for i, h in enumerate(HOSTILE)
    )
    app = DossierApp(replace(d, events=events), "hostile")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        text = assert_safe(app, "timeline")
        assert "Vote [link=x]here[/link]" in text  # drawn as written (the rest cut to the width)
        assert "Escape \ufffd[31mred\ufffd[0m" in text and "Bidi \ufffdgnp.exe\ufffd end" in text
        lst = main(app).timeline.list
        rows = [lst.row_content(lst.index_of(f"h{i}")).plain for i in range(len(HOSTILE))]
        assert rows[1].endswith("Vote [link=x]here[/link] [@click=app.quit]quit[/]")
        assert all(not FORBIDDEN & set(row) for row in rows)
        await pilot.click("#timeline-list", offset=(10, 1 + lst.index_of("h1")))
        await pilot.pause()
        assert app.is_running


async def test_a_first_open_indexes_the_file_with_progress_then_shows_it(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_bytes(EXAMPLE.read_bytes())
    app = DossierApp(timeline=str(path), label=str(path))
    async with app.run_test(size=NARROW) as pilot:
        assert isinstance(app.screen, IndexingScreen)
        assert "for the first time" in str(app.screen.query_one("#loading-title").render())
        await until(pilot, lambda: not isinstance(app.screen, IndexingScreen), tries=3000)
        await pilot.pause()
        tl = main(app).timeline
        assert len(tl.shown) == len(store.load(path).events)
    assert (tmp_path / ".t.yaml.index.sqlite").is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


async def test_a_damaged_file_on_first_open_closes_the_app_with_its_message(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text("schema: 2\nsources: []\nevents: 3\n", encoding="utf-8")
    app = DossierApp(timeline=str(path), label=str(path))
    async with app.run_test(size=NARROW) as pilot:
        await until(pilot, lambda: not app.is_running or app.return_code is not None, tries=3000)
    assert app.return_code == 1 and str(path) in app.error and "Traceback" not in app.error
    assert not (tmp_path / ".t.yaml.index.sqlite").exists()


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_a_stored_dossier_opens_from_its_index_as_it_did_from_memory(tmp_path, size):
    from dossier_tui.index_db import Index, build_file_index

    path = tmp_path / "t.yaml"
    store.save(hand_made(), path)
    from_file = DossierApp(index=Index(build_file_index(path)), label="hand-made")
    in_memory = DossierApp(hand_made(), "hand-made")
    screens = []
    for app in (from_file, in_memory):
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await pilot.press("down", "enter")
            await pilot.pause()
            screens.append(drawn(app))
    assert screens[0] == screens[1]


async def test_the_palette_of_a_large_dossier_finds_an_event_by_its_words_through_the_index():
    from dossier_tui.app.commands import AT_ONCE as PALETTE_AT_ONCE
    from dossier_tui.app.commands import DossierCommands

    d = synthetic(PALETTE_AT_ONCE + 1000)
    wanted = next(e for e in d.events if e.headline.endswith("number 5432"))
    app = DossierApp(d, "synthetic")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        provider = next(p for p in app.screen._providers if isinstance(p, DossierCommands))
        assert provider.targets == []  # nothing read whole when the palette opens
        app.screen.query_one(Input).value = "5432 number"  # words, in any order
        await until(pilot, lambda: "5432" in " ".join(drawn(app)), tries=3000)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        tl = main(app).timeline
        assert tl.current is wanted and not tl.key_only


def test_the_index_names_events_actors_and_sources_by_their_words():
    from dossier_tui.index_db import index_dossier

    ix = index_dossier(hand_made())
    assert [r[0] for r in ix.events_named("jenrick visited", 10)] == ["2023-07-jenrick-visit"]
    assert [r[0] for r in ix.events_named("visited JUL", 10)] == [
        "2023-07-jenrick-visit"
    ]  # the date label too
    assert [r[0] for r in ix.events_named("agreed", 10)] == ["2023-08-08-deal"]
    assert ix.events_named("nowhere", 10) == [] and ix.events_named("", 10) == []
    assert [a.id for a in ix.actors_named("mr jenrick", 10)] == ["robert-jenrick"]  # an alias
    assert [s.id for s in ix.sources_named("sky", lambda s: s.outlet or "", 10)] == ["b"]


async def test_the_actors_and_sources_panes_are_made_and_listed_when_first_shown():
    app = DossierApp(hand_made(), "hand-made")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        screen = main(app)
        assert not screen.made("actors") and not screen.made("sources")
        assert not screen.query("#actor-list") and not screen.query(Reader)
        await pilot.press("2")
        await pilot.pause()
        assert screen.actors.listed and screen.actors.current.name == "Robert Jenrick"
        assert screen.focused is screen.query_one("#actor-list")
        assert not screen.made("sources")
        screen.when_made("sources", lambda: None)  # as a click on its tab asks
        await pilot.press("3")  # and its key, while it is being made
        await pilot.pause()
        assert screen.pane == "sources" and screen.focused is screen.query_one("#source-list")
        await pilot.press("1")
        await pilot.click("#--content-tab-sources")  # a click on its tab shows it
        await pilot.pause()
        assert screen.pane == "sources" and screen.made("sources")
        assert screen.query_one("#source-list").option_count == 2
        assert screen.sources.reader.source.id == "a"


async def test_a_large_dossier_keeps_collections_out_of_keys_shows_the_resting_event_and_filters():
    """On a dossier large enough to search in a worker: full collections of the cycle
    collector wait for idle (and the collector is restored on leaving); the detail shows
    the event under the cursor once it rests; the filter runs in a worker and gives the
    same events as a scan."""
    import gc

    from dossier_tui.app.screens.main import RARE_FULL
    from dossier_tui.app.widgets.event_detail import EventDetail

    before = gc.get_threshold()
    d, app = large()
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert gc.get_threshold()[2] == RARE_FULL and gc.get_freeze_count() > 0
        tl = main(app).timeline
        await pilot.press("K", *["j"] * 7, "down", "k", "pagedown", "j")
        detail = app.screen.query_one(EventDetail)
        summary = app.screen.query_one("#event-summary")
        await until(pilot, lambda: detail._shown is not None and detail._shown[1] is tl.current)
        await pilot.pause()
        assert tl.current.headline in str(summary.render())
        lst = tl.list
        assert tl.current.id == lst.value and not lst.listing.is_heading(lst.highlighted)
        # all events are on show (K): the filter, in a worker
        await pilot.press("slash")
        tl.bar.input.value = "number 4242"
        await until(
            pilot,
            lambda: (
                tl.filter.text == "number 4242"
                and not tl.searching
                and not any(w.group == "filter" and not w.is_finished for w in app.workers)
            ),
        )
        await pilot.pause()
        assert sorted(e.id for e in tl.shown) == sorted(
            e.id for e in d.events if "number 4242" in e.headline
        )
        assert tl.list.border_title == f"Timeline · {len(tl.shown)} of {len(d.events):,}"
        await pilot.press("escape")
        await pilot.pause()
        assert len(tl.shown) == len(d.events)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_a_date_fitted_to_its_column_keeps_its_status_and_stands_apart_from_the_count():
    from dossier_tui.app.widgets.timeline_view import event_row
    from dossier_tui.index_db import Row

    row = Row(0, "e", "Thu 14 Jan 2010 · afternoon", 10, False, "A team landed", "Team landed")
    line = event_row(row, 25, 80).plain
    assert line.startswith("14 Jan 2010 · afternoon  10 src ")  # the weekday gives way
    planned = row._replace(label="Sun 17 Jan 2010 · afternoon · planned")
    assert event_row(planned, 25, 80).plain.startswith("17 Jan 2010 · planned" + " " * 4 + "10 src")
    short = event_row(row._replace(label="Thu 14 Jan 2010"), 25, 80).plain
    assert short.startswith("Thu 14 Jan 2010" + " " * 10 + "10 src ")
