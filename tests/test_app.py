"""The app as a user drives it: keys, panes, the reader, filter, palette, export.

Real text throughout: the bundled dossier of the seeds, and small dossiers made by
hand here (with actors, and with hostile text) whose offsets are computed from the
text itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_ranking import many_events
from textual.widgets import Input

from dossier_tui import store
from dossier_tui.app.app import DossierApp
from dossier_tui.app.screens.export import ExportScreen
from dossier_tui.app.screens.help import HelpScreen
from dossier_tui.app.screens.main import MainScreen
from dossier_tui.app.widgets.reader import MARK_STYLE, Reader
from dossier_tui.model import Actor, Conflict, Dossier, Event, Evidence, Quote, Role, Source, Timex
from dossier_tui.ranking import KEY_EVENTS, key_events
from dossier_tui.safe_text import printable

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "dossier_tui" / "examples" / "seeds.yaml"
WIDE, NARROW = (120, 40), (80, 24)


def span(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def hand_made() -> Dossier:
    """Two sources, two events, two actors: enough to walk every link."""
    a = (
        '9 August 2023\nHome Secretary Suella Braverman said: "We must stop the boats."\n'
        "The deal was agreed last night in London, after Robert Jenrick visited Turkey last month.\n"
    )
    b = (
        '10 August 2023\nImmigration Minister Robert Jenrick said the visit last month was "productive".\n'
        "Talks resume in the autumn.\n"
    )
    sa = Source(
        "a",
        "a.txt",
        a,
        title="Deal agreed",
        outlet="LBC",
        published="2023-08-09",
        published_basis="stated",
    )
    sb = Source(
        "b",
        "b.txt",
        b,
        title="Jenrick on the visit",
        outlet="Sky",
        published="2023-08-10",
        published_basis="stated",
    )

    def ev(src: Source, quote: str, timex: str) -> Evidence:
        s, e = span(src.text, quote)
        ts, te = span(src.text, timex, s)
        return Evidence(src.id, s, e, quote, Timex(ts, te, timex, "DATE", "2023-07", "reference"))

    visit = Event(
        "2023-07-jenrick-visit",
        "2023-07",
        "2023-07-01",
        "2023-07-31",
        "Robert Jenrick visited Turkey",
        actors=("robert-jenrick",),
        short="Jenrick visited Turkey",
        evidence=(
            ev(sa, "after Robert Jenrick visited Turkey last month", "last month"),
            ev(sb, 'the visit last month was "productive"', "last month"),
        ),
    )
    ds, de = span(a, "The deal was agreed last night in London")
    ts, te = span(a, "last night")
    deal = Event(
        "2023-08-08-deal",
        "2023-08-08TNI",
        "2023-08-08",
        "2023-08-08",
        "The deal was agreed",
        actors=("suella-braverman", "robert-jenrick"),
        short="Deal was agreed",
        evidence=(
            Evidence(
                "a",
                ds,
                de,
                a[ds:de],
                Timex(ts, te, "last night", "TIME", "2023-08-08TNI", "reference"),
            ),
        ),
    )
    qs, qe = span(a, "We must stop the boats.")
    rs, re_ = span(b, "Immigration Minister")
    actors = (
        Actor(
            "robert-jenrick",
            "Robert Jenrick",
            "person",
            aliases=("Mr Jenrick",),
            roles=(Role("Immigration Minister", "b", rs, re_),),
            events=(visit.id, deal.id),
        ),
        Actor(
            "suella-braverman",
            "Suella Braverman",
            "person",
            quotes=(Quote("a", qs, qe, a[qs:qe]),),
            events=(deal.id,),
        ),
    )
    return Dossier(sources=(sa, sb), events=(visit, deal), actors=actors)


def main(app: DossierApp) -> MainScreen:
    assert isinstance(app.screen, MainScreen)
    return app.screen


def test_bundled_example_is_the_build_of_the_seeds(monkeypatch):
    from dossier_tui.build import build
    from dossier_tui.ingest import load_corpus

    monkeypatch.chdir(ROOT)  # paths in the file are relative to the project
    assert EXAMPLE.read_text(encoding="utf-8") == store.dumps(build(load_corpus(["seeds"]).sources))


@pytest.mark.parametrize("size", [WIDE, NARROW])
async def test_opens_on_the_timeline_in_date_order_and_c_copies_and_arrows_move(seeds, size):
    app = DossierApp(seeds, "seeds")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = main(app)
        assert screen.pane == "timeline"
        assert app.screen.has_class("-wide" if size == WIDE else "-narrow")
        tl = screen.timeline
        starts = [e.start for e in tl.shown if e.start]
        assert starts == sorted(starts) and len(tl.shown) == len(seeds.events)
        assert tl.shown[-1].start is None  # undated last
        assert screen.focused is tl.list and tl.current is tl.shown[0]
        # c copies the event under the cursor
        await pilot.press("c")
        first = tl.current
        assert (
            app.clipboard.startswith(f"2022: {first.headline}")
            and first.evidence[0].passage in app.clipboard
        )
        # arrows and j/k move, and the detail follows
        await pilot.press("down", "j")
        await pilot.pause()
        third = tl.current
        assert third is tl.shown[2]
        summary = str(app.screen.query_one("#event-summary").render())
        assert third.headline in summary
        await pilot.press("k", "up")
        assert tl.current is first


async def open_event(pilot, app: DossierApp, event_id: str) -> Event:
    tl = main(app).timeline
    assert tl.select_event(event_id)
    tl.list.focus()
    await pilot.press("enter")
    await pilot.pause()
    return tl.ix.event_by_id[event_id]


@pytest.mark.parametrize("size", [WIDE, NARROW])
async def test_enter_opens_the_reader_at_the_evidence_lit_and_n_N_cycle(seeds, size):
    app = DossierApp(seeds, "seeds")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        e = next(
            e for e in seeds.events if e.evidence[0].timex and e.date and e.evidence[0].start > 1000
        )
        await open_event(pilot, app, e.id)
        screen = main(app)
        reader = app.screen.query_one(Reader)
        assert screen.pane == "sources" and reader.source.id == e.evidence[0].source
        assert reader.lit_text() == printable(e.evidence[0].passage)
        assert reader.lit_text(MARK_STYLE) == e.evidence[0].timex.text
        assert reader.scroller.has_focus
        # the passage is in view
        row = reader.row_of(e.evidence[0].start)
        top = reader.scroller.scroll_y
        assert top <= row < top + reader.scroller.size.height
        # n and N cycle through the evidence of an event, across its sources
        e = max(seeds.events, key=lambda e: len(e.sources))
        await open_event(pilot, app, e.id)
        seen = [(reader.source.id, reader.lit_text())]
        for _ in range(len(e.evidence) - 1):
            await pilot.press("n")
            seen.append((reader.source.id, reader.lit_text()))
        assert seen == [(v.source, v.passage) for v in e.evidence]
        assert len({s for s, _ in seen}) > 1
        await pilot.press("n")  # wraps round
        assert reader.lit_text() == e.evidence[0].passage
        await pilot.press("N")
        assert reader.lit_text() == e.evidence[-1].passage


async def test_the_detail_derives_the_date_a_click_opens_and_a_profile_leads_to_the_quote():
    d = hand_made()
    app = DossierApp(d, "hand")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        summary = str(app.screen.query_one("#event-summary").render())
        assert "'last month' → Jul 2023 in LBC, published Wed 9 Aug 2023" in summary
        assert "Actors: Robert Jenrick" in summary
        # a click shows a row, a second click opens it
        screen = main(app)
        y = 1 + screen.timeline.list.index_of("2023-08-08-deal")  # below the border; one line a row
        await pilot.click("#timeline-list", offset=(10, y))
        await pilot.pause()
        assert screen.pane == "timeline" and screen.timeline.current.id == "2023-08-08-deal"
        await pilot.click("#timeline-list", offset=(10, y))
        await pilot.pause()
        assert screen.pane == "sources"
        assert app.screen.query_one(Reader).lit_text() == "The deal was agreed last night in London"
        await pilot.press("2")
        screen = main(app)
        assert screen.pane == "actors"
        profile = str(app.screen.query_one("#actor-summary").render())
        assert (
            "Robert Jenrick" in profile and "Immigration Minister" in profile and "Sky" in profile
        )
        await pilot.press("enter")  # into the profile's links
        links = app.screen.query_one("#actor-links")
        assert links.has_focus and links.value.kind == "event"
        await pilot.press("down", "enter")  # the second event: the deal
        await pilot.pause()
        assert screen.pane == "timeline" and screen.timeline.current.id == "2023-08-08-deal"
        await pilot.press("o")
        await pilot.pause()
        reader = app.screen.query_one(Reader)
        assert reader.lit_text() == "The deal was agreed last night in London"
        await pilot.press("2", "down", "enter")  # Suella Braverman: her quote first
        links = app.screen.query_one("#actor-links")
        assert links.value.kind == "quote"
        await pilot.press("enter")
        await pilot.pause()
        assert screen.pane == "sources" and reader.lit_text() == "We must stop the boats."
        await pilot.press("c")
        assert app.clipboard.startswith("“We must stop the boats.” — Suella Braverman")


async def test_f_shows_only_the_actors_events_and_escape_clears():
    d = hand_made()
    app = DossierApp(d, "hand")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("2", "down", "f")
        await pilot.pause()
        screen = main(app)
        assert screen.pane == "timeline"
        assert [e.id for e in screen.timeline.shown] == ["2023-08-08-deal"]
        assert "Only events of Suella Braverman" in str(
            app.screen.query_one("#filter-note").render()
        )
        await pilot.press("escape")
        assert len(screen.timeline.shown) == 2


async def test_a_dossier_without_actors_says_so(seeds):
    from dataclasses import replace

    app = DossierApp(replace(seeds, actors=()), "seeds")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert "No actors in this dossier" in str(app.screen.query_one("#actor-summary").render())
        assert main(app).actors.current is None


async def test_filter_by_words_date_prefix_and_escape_then_the_palette_jumps(seeds):
    app = DossierApp(seeds, "seeds")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        tl = main(app).timeline
        await pilot.press("slash")
        assert app.screen.query_one("#filter-input").has_focus
        await pilot.press(*"2023-08")
        await pilot.pause()
        assert tl.shown and all(
            (e.start or "").startswith("2023-08") or (e.date or "").startswith("2023-08")
            for e in tl.shown
        )
        assert len(tl.shown) < len(seeds.events)
        tl.query_one("#filter-input").value = "bibby"
        await pilot.pause()
        assert tl.shown and all(
            "bibby" in (e.headline + " ".join(v.passage for v in e.evidence)).lower()
            for e in tl.shown
        )
        await pilot.press("enter")
        assert tl.list.has_focus
        await pilot.press("escape")
        assert len(tl.shown) == len(seeds.events) and not tl.filter.active
        # the palette (from any pane) jumps to an event by its words
        await pilot.press("3", "ctrl+p")
        await pilot.pause()
        await pilot.press(*"Bibby")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        screen = main(app)
        assert screen.pane == "timeline"
        assert "Bibby Stockholm barge" in screen.timeline.current.headline


async def test_export_writes_asks_before_overwriting_and_reports_what_it_cannot_write(
    seeds, tmp_path
):
    app = DossierApp(seeds, "seeds")
    target = tmp_path / "report.md"
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        app.screen.query_one("#export-path").value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert target.read_text(encoding="utf-8").startswith("# Dossier:")
        assert isinstance(app.screen, MainScreen)
        target.write_text("my notes")
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#export-path").value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen) and target.read_text() == "my notes"
        assert "already exists" in str(app.screen.query_one("#export-note").render())
        await pilot.press("enter")  # confirmed
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and target.read_text(encoding="utf-8").startswith(
            "# Dossier:"
        )
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#export-path").value = str(tmp_path / "t.yaml")
        await pilot.press("enter")
        await pilot.pause()
        assert store.load(tmp_path / "t.yaml") == seeds
        await pilot.press("e", "escape")
        assert isinstance(app.screen, MainScreen)
        # a place that cannot be written is reported, and the dialog stays
        blocker = tmp_path / "file"
        blocker.write_text("x")
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#export-path").value = str(blocker / "out.md")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert any("cannot write" in n.message for n in app._notifications)


async def test_help_describes_each_pane_and_closes_and_q_quits(seeds):
    app = DossierApp(seeds, "seeds")
    async with app.run_test(size=NARROW) as pilot:
        for pane, name in (("1", "timeline"), ("2", "actors"), ("3", "sources")):
            await pilot.press(pane, "question_mark")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            assert app.screen.pane == name
            await pilot.press("escape")
            assert isinstance(app.screen, MainScreen)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0 and not app.is_running


async def test_a_folder_with_nothing_readable_closes_with_a_message(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    app = DossierApp(paths=[str(tmp_path)])
    async with app.run_test(size=NARROW):
        await app.workers.wait_for_complete()  # the worker gives up, and the app closes
    assert app.return_code == 1 and "no readable" in app.error


async def test_timeline_with_ten_thousand_events_stays_responsive():
    import importlib.util

    spec = importlib.util.spec_from_file_location("app_speed", ROOT / "bench" / "app_speed.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    d = bench.synthetic(10_000)
    app = DossierApp(d, "synthetic")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        tl = main(app).timeline
        assert (
            len(tl.shown) == KEY_EVENTS
            and tl.list.border_title == "Timeline · 25 key events of 10,000"
        )
        await pilot.press("K")
        assert len(tl.shown) == 10_000 and tl.list.border_title == "Timeline · 10,000 events"
        await pilot.press("end")
        assert tl.current is tl.shown[-1]


def test_on_a_terminal_a_damaged_timeline_is_reported_before_the_app(terminal, tmp_path, capsys):
    from dossier_tui.cli import main as cli

    bad = tmp_path / "t.yaml"
    bad.write_text("schema: 1\nsources: []\nevents: 3\n", encoding="utf-8")
    assert cli([str(bad)]) == 1 and terminal == []
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and str(bad) in err and "Traceback" not in err
    assert cli([str(tmp_path / "missing")]) == 1 and terminal == []
    assert "no such file or folder" in capsys.readouterr().err


def test_on_a_terminal_a_timeline_opens_and_a_folder_is_built_in_the_app(
    terminal, tmp_path, monkeypatch
):
    from dossier_tui.cli import main as cli

    assert cli([str(EXAMPLE)]) == 0
    ((args, kwargs),) = terminal
    assert kwargs["index"].n_sources == 5 and kwargs["index"].dossier() == store.load(EXAMPLE)
    assert cli([str(ROOT / "seeds")]) == 0
    assert terminal[-1][1]["paths"] == [str(ROOT / "seeds")] and terminal[-1][1]["remember"] is None
    monkeypatch.chdir(tmp_path)  # no data/timeline.yaml here: the bundled example
    assert cli([]) == 0 and terminal[-1][1]["label"] == str(EXAMPLE)


async def test_a_conflict_is_marked_in_the_row_and_explained_in_the_detail():
    from dataclasses import replace

    d = hand_made()
    visit = replace(d.events[0], conflicts=(Conflict("2023-06", ("b",)),))
    app = DossierApp(replace(d, events=(visit, d.events[1])), "hand")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        lst = main(app).timeline.list
        assert "⚠" in lst.row_content(lst.index_of(visit.id)).plain
        assert "⚠" not in lst.row_content(lst.index_of("2023-08-08-deal")).plain
        summary = str(app.screen.query_one("#event-summary").render())
        assert "⚠ Conflict: Jun 2023 according to Sky" in summary


# ---------------------------------------------------------------- key events
@pytest.fixture(scope="module")
def talks() -> Dossier:
    """62 events (60 dated), more than the key-events view holds."""
    return many_events(60)


def footer(app: DossierApp) -> dict[str, str]:
    """What the footer offers: key shown -> description."""
    return {k.key_display: k.description for k in app.screen.query("FooterKey")}


def not_key(d: Dossier) -> Event:
    """A dated event that is not one of the key events."""
    key = {e.id for e in key_events(d)}
    return next(e for e in d.events if e.date and e.id not in key)


async def test_a_large_dossier_opens_on_its_key_events_K_shows_all_and_the_palette_any(talks):
    d = talks
    app = DossierApp(d, "talks")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        tl = main(app).timeline
        assert tl.key_only and [e.id for e in tl.shown] == [e.id for e in key_events(d)]
        assert tl.list.border_title == "Timeline · 25 key events of 62"
        assert footer(app)["K"] == "All events"
        assert "key event" in str(app.screen.query_one("#event-summary").render())
        await pilot.press("K")
        await pilot.pause()
        assert not tl.key_only and len(tl.shown) == 62
        assert tl.list.border_title == "Timeline · 62 events"
        assert footer(app)["K"] == "Key events"
        other = next(e for e in tl.shown if e.start and e.id not in tl.ix.key_ids)
        tl.list.highlight_value(other.id)
        await pilot.press("K")  # back to the key events: the cursor moves to the next one
        await pilot.pause()
        assert tl.key_only and tl.list.border_title == "Timeline · 25 key events of 62"
        assert tl.current is next(e for e in tl.shown if e.start > other.start)
        # a filter that no key event passes says where to look
        await pilot.press("slash")
        tl.bar.input.value = "2023-01-01"  # Round 0, not a key event
        await pilot.pause()
        assert tl.shown == [] and tl.key_only
        assert "No key events match the filter; press K" in str(
            app.screen.query_one("#event-summary").render()
        )
        await pilot.press("escape")
        await pilot.pause()
        # the palette jumps to any event, key or not
        wanted = not_key(d)
        await pilot.press("ctrl+p")
        await pilot.pause()
        app.screen.query_one(Input).value = wanted.headline  # what is typed: the input's
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert tl.current is wanted and not tl.key_only


async def test_a_small_dossier_shows_all_its_events_and_offers_no_key_view(seeds):
    app = DossierApp(seeds, "seeds")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        tl = main(app).timeline
        assert not tl.key_only and len(tl.shown) == len(seeds.events) <= KEY_EVENTS
        assert tl.list.border_title == f"Timeline · {len(seeds.events)} events"
        assert "K" not in footer(app) and "p" not in footer(app)  # nor problems to see
        await pilot.press("K")
        await pilot.pause()
        assert not tl.key_only and len(tl.shown) == len(seeds.events)
        await pilot.press("p")  # the problems view still says so
        await pilot.pause()
        assert "No problems: every file was read" in str(
            app.screen.query_one("#problems-summary").render()
        )


async def test_the_filter_and_the_actor_filter_work_within_the_view(talks):
    d, key = talks, key_events(talks)
    app = DossierApp(d, "talks")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        tl = main(app).timeline
        await pilot.press("slash", *"February")
        await pilot.pause()
        in_february = [e.id for e in key if "February" in e.evidence[0].passage]
        assert in_february and [e.id for e in tl.shown] == in_february
        assert tl.list.border_title == f"Timeline · {len(in_february)} of 25 key events"
        note = str(app.screen.query_one("#filter-note").render())
        assert f"{len(in_february)} of 25 key events · Esc clears · K shows all events" in note
        assert tl.query_one("#filter-input").value == "February"  # K was not typed
        await pilot.press("K")  # typed into the filter, not a switch
        await pilot.pause()
        assert tl.key_only and tl.query_one("#filter-input").value == "FebruaryK"
        tl.query_one("#filter-input").value = "February"
        await pilot.press("enter", "K")
        await pilot.pause()
        assert not tl.key_only and len(tl.shown) == 28  # every day of February 2023
        assert tl.list.border_title == "Timeline · 28 of 62"
        await pilot.press("escape", "K", "2", "f")  # the envoy's events, among the key events
        await pilot.pause()
        assert tl.key_only and main(app).pane == "timeline"
        assert [e.id for e in tl.shown] == [e.id for e in key if e.actors]
        await pilot.press("K")
        await pilot.pause()
        assert len(tl.shown) == sum(1 for e in d.events if e.actors)


async def test_a_jump_to_an_event_that_is_not_key_shows_all_events(talks):
    from dossier_tui.app.links import Link

    other = not_key(talks)
    app = DossierApp(talks, "talks")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        screen = main(app)
        tl = screen.timeline
        key = tl.shown[3]
        screen.follow(Link("event", key.id))  # a key event: the view stays
        await pilot.pause()
        assert tl.key_only and tl.current is key
        await pilot.press("slash", *"Round")
        await pilot.pause()
        screen.follow(Link("event", other.id))
        await pilot.pause()
        assert not tl.key_only and tl.current is other
        assert tl.filter.text == "Round"  # the filter did not hide it, so it stays
        assert tl.list.border_title == "Timeline · 62 of 62"


async def test_help_for_the_timeline_tells_of_the_key_events(talks):
    app = DossierApp(talks, "talks")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-box Static").render())
        assert "opens on its key events" in text
        assert "Show all events (now: only the key events" in text


def test_key_events_are_named_so_only_in_a_large_dossier(talks):
    from dossier_tui.index_db import index_dossier

    ix = index_dossier(talks)
    assert ix.has_key_view and ix.event_kind(ix.key_events[0]) == "Key event"
    assert ix.event_kind(not_key(talks)) == "Event"
    small = index_dossier(many_events(KEY_EVENTS - 2))
    assert not small.has_key_view and {small.event_kind(e) for e in small.events} == {"Event"}
    assert ix.nearest_key_event(ix.events[-1].id) == ix.key_events[-1].id  # past the last: the last


async def test_a_large_dossier_without_dated_events_opens_on_all_of_them(talks):
    from dataclasses import replace

    undated = replace(
        talks, events=tuple(replace(e, date=None, start=None, end=None) for e in talks.events)
    )
    app = DossierApp(undated, "talks")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        tl = main(app).timeline
        assert not tl.key_only and len(tl.shown) == 62 and "K" not in footer(app)


# ---------------------------------------------------------------- quitting during a build
def many_articles(folder: Path, n: int) -> Path:
    for i in range(n):
        (folder / f"{i:03d}.txt").write_text(
            f"{1 + i % 28} August 2023\nTalks on item {i} resumed on Tuesday.\n", encoding="utf-8"
        )
    return folder


async def until(pilot, condition, tries: int = 500) -> None:
    """Let the app run until ``condition()`` holds (a bounded wait, not a timing)."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.01)
    raise AssertionError("the condition never held")


async def test_q_during_a_build_stops_it_between_articles(tmp_path, monkeypatch):
    import time

    import dossier_tui.reading as R
    from dossier_tui.app.screens.loading import LoadingScreen

    read: list[str] = []
    real_read = R.read

    def slow_read(item):
        read.append(item[0].id)
        time.sleep(0.01)
        return real_read(item)

    monkeypatch.setattr(R, "read", slow_read)
    app = DossierApp(paths=[str(many_articles(tmp_path, 200))])
    async with app.run_test(size=NARROW) as pilot:
        screen = app.screen
        assert isinstance(screen, LoadingScreen)
        await until(pilot, lambda: len(read) > 2)
        await pilot.press("q")
    assert not app.is_running and app.dossier is None
    screen.thread.join(timeout=30)
    assert screen.stop.is_set() and screen.outcome == "cancelled"
    assert len(read) < 200  # it stopped at an article, not at the end


async def test_q_during_a_long_stage_leaves_without_waiting_for_it(tmp_path, monkeypatch):
    import threading

    import dossier_tui.build as B
    from dossier_tui.app.screens.loading import LoadingScreen

    entered, release = threading.Event(), threading.Event()

    def stuck(sources, events, *found):  # a stage that asks nobody whether to stop
        entered.set()
        release.wait(timeout=60)
        return (), events

    monkeypatch.setattr(B, "extract", stuck)
    app = DossierApp(paths=[str(many_articles(tmp_path, 2))])
    try:
        async with app.run_test(size=NARROW) as pilot:
            screen = app.screen
            assert isinstance(screen, LoadingScreen)
            await until(pilot, entered.is_set)
            await pilot.press("q")
        assert not app.is_running and screen.stop.is_set()
        assert (
            screen.thread.is_alive() and screen.outcome is None
        )  # still in the stage: not waited for
    finally:
        release.set()
    screen.thread.join(timeout=30)
    assert screen.outcome == "cancelled"  # and it stopped at the next check
