"""The curated index kept beside the machine's: read when the timeline, the curation
and the program are as they were, rebuilt when one changed, ignored when damaged; and
the app shows the same rows and problems from it as from the curation applied."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest
from conftest import EXAMPLE
from test_app import NARROW

from dossier_tui import curation, store
from dossier_tui.app.app import DossierApp
from dossier_tui.app.screens.main import MainScreen
from dossier_tui.curation import decision, event_anchor
from dossier_tui.index_db import build_file_index, open_file_index, place
from dossier_tui.index_db import curated as kept
from dossier_tui.ranking import timeline_order

GONE = curation.Anchor("event", (curation.Span("no-such-source", 0, 5, "words"),), "2023: gone")


@pytest.fixture
def files(tmp_path):
    """A timeline file of the seeds, indexed, and its curation: a star, a hidden event,
    a corrected date, a merge, a tagged actor, a note on a source and a decision that
    finds nothing."""
    timeline = tmp_path / "timeline.yaml"
    shutil.copy(EXAMPLE, timeline)
    build_file_index(timeline)
    d = store.load(timeline)
    ev = d.events
    decisions = (
        decision("star", event_anchor(ev[0])),
        decision("hide", event_anchor(ev[2])),
        decision("redate", event_anchor(ev[3]), "2023-07"),
        decision("merge", event_anchor(ev[4]), others=(event_anchor(ev[5]),)),
        decision("tag", curation.actor_anchor(d, d.actors[0]), "key"),
        decision("note", curation.source_anchor(d.sources[0]), "read again"),
        decision("hide", GONE),
    )
    path = curation.beside(timeline)
    curation.save(curation.Curation(decisions), path)
    return timeline, path


def _machine(timeline):
    ix = open_file_index(timeline)
    assert ix is not None
    return ix


def _sha(path) -> str:
    read = kept.curation_file(path)
    assert read is not None
    return read[0]


def test_the_kept_index_gives_back_what_was_applied(files):
    timeline, path = files
    machine = _machine(timeline)
    cur = curation.apply(machine.dossier(), curation.load(path))
    kept.save_curated(machine, _sha(path), cur).close()
    found = kept.open_curated(machine, _sha(path))
    assert found is not None
    ix, marks = found
    assert [r[0] for r in ix.event_rows()] == [e.id for e in timeline_order(cur.visible().events)]
    assert ix.dossier() == cur.visible()
    assert (marks.events, marks.actors, marks.lost) == (cur.events, cur.actors, cur.lost)
    assert marks.sources == cur.sources and len(marks.sources) == len(marks.lost) == 1
    ix.close()
    machine.close()


def test_a_changed_curation_timeline_or_program_is_not_read(files, monkeypatch):
    timeline, path = files
    machine = _machine(timeline)
    sha = _sha(path)
    kept.save_curated(machine, sha, curation.apply(machine.dossier(), curation.load(path))).close()
    assert kept.open_curated(machine, "0" * 64) is None  # another curation
    monkeypatch.setattr(place, "analyser_version", lambda: "another")
    assert kept.open_curated(machine, sha) is None  # another program
    monkeypatch.undo()
    assert kept.open_curated(machine, sha) is not None
    with open(timeline, "a", encoding="utf-8") as f:
        f.write("# edited\n")
    build_file_index(timeline)
    assert kept.open_curated(_machine(timeline), sha) is None  # another timeline


def test_a_damaged_kept_index_is_ignored(files):
    timeline, path = files
    machine = _machine(timeline)
    sha = _sha(path)
    place = kept.place_of(machine)
    assert place is not None
    kept.save_curated(machine, sha, curation.apply(machine.dossier(), curation.load(path))).close()
    with sqlite3.connect(place) as conn:
        conn.execute("UPDATE blobs SET data = ? WHERE name = ?", (b'{"events": [1', kept.MARKS))
    assert kept.open_curated(machine, sha) is None
    place.write_bytes(b"not an index")
    assert kept.open_curated(machine, sha) is None
    path.write_bytes(b"\xff\xfe not UTF-8")
    assert kept.curation_file(path) is None


def rows(app: DossierApp) -> list[str]:
    screen = app.screen
    assert isinstance(screen, MainScreen)
    tv = screen.timeline.list
    return [tv.row_content(i).plain for i in range(tv.row_count)]


def lost(app: DossierApp) -> list[str]:
    screen = app.screen
    assert isinstance(screen, MainScreen)
    return [p.message for p in screen.problems if p.kind == "curation"]


async def test_the_app_shows_the_same_curated_rows_from_the_kept_index(files, monkeypatch):
    """Applied without a kept index, applied and kept, read from it; a decision made in
    the app is kept once decisions pause; a curation edited by hand is applied again."""
    from test_app_curation import settle, to_event

    timeline, path = files
    applied = []
    real = curation.session.Applier

    def counted(*args):
        applied.append(1)
        return real(*args)

    monkeypatch.setattr(curation.session, "Applier", counted)
    monkeypatch.setattr(DossierApp, "PREPARE_AFTER", 600)  # the session opens on a decision

    async def opened(then=None) -> tuple[list[str], list[str], int]:
        applied.clear()
        app = DossierApp(index=_machine(timeline), label=str(timeline), curation=str(path))
        async with app.run_test(size=NARROW) as pilot:
            await settle(pilot)
            seen = rows(app), lost(app), len(applied)
            if then:
                await then(pilot)
        return seen

    place = kept.place_of(_machine(timeline))
    assert place is not None
    with monkeypatch.context() as m:  # nowhere to keep it: applied, as before
        m.setattr(kept, "place_of", lambda machine: place.parent / "gone" / place.name)
        shown, problems, n = await opened()
    assert n == 1 and not place.exists()
    assert any("★" in r for r in shown) and len(problems) == 1
    assert await opened() == (shown, problems, 1)  # applied, and kept
    assert place.is_file()

    async def star(pilot):
        await to_event(pilot, "Jenrick visited")
        await pilot.press("asterisk")
        await settle(pilot)
        await pilot.pause(0.1)  # decisions pause: the kept index is written in a worker
        await pilot.app.workers.wait_for_complete()

    monkeypatch.setattr(DossierApp, "KEEP_AFTER", 0.01)

    assert await opened(star) == (shown, problems, 0)  # read: nothing applied

    async def prepared(pilot):  # read from the kept index; a moment later, the session
        c = pilot.app.curator
        assert c.stored is not None
        await pilot.pause(0.1)
        await pilot.app.workers.wait_for_complete()
        assert c.session is not None and len(applied) == 1

    monkeypatch.setattr(DossierApp, "PREPARE_AFTER", 0.01)
    starred, problems, _ = await opened(prepared)
    assert len(problems) == 1
    assert sum("★" in r for r in starred) == sum("★" in r for r in shown) + 1

    c = curation.load(path)
    d = store.load(timeline)
    curation.save(c.adding(decision("tag", event_anchor(d.events[1]), "hand")), path)
    tagged, _, n = await opened()
    assert n == 1 and any("#hand" in r for r in tagged)


def test_an_export_from_the_kept_index_is_the_curation_applied(files):
    """What the panes show from a kept index is its marks; an export reads the whole."""
    from dossier_tui.app import kept_curation
    from dossier_tui.app.curator import Curator

    timeline, path = files
    machine = _machine(timeline)
    cur = curation.apply(machine.dossier(), curation.load(path))
    kept.save_curated(machine, _sha(path), cur).close()
    c = Curator(path)
    ix, sha = kept_curation.open_kept(c, machine)
    assert ix is not None and sha == _sha(path) and c.session is None
    assert c.has_decisions and c.curated is not None and c.curated.events == cur.events
    assert [p.message for p in c.problems()] == [x.message for x in cur.lost]
    assert c.whole() == cur
    ix.close()


def test_a_curation_file_that_is_no_regular_file_keys_no_cache_and_never_blocks(tmp_path):
    fifo = tmp_path / "curation.yaml"
    os.mkfifo(fifo)  # opened for reading, it would wait for a writer
    assert kept.curation_file(fifo) is None
    with pytest.raises(curation.CurationError, match="not a regular file"):
        curation.load(fifo)
