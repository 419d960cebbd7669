"""The index beside a dossier: built once, reused while the file is unchanged, rebuilt
when it changes or when what is there is not an index of it; and the answers it gives
are the answers the dossier gives."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from test_app import EXAMPLE, hand_made
from test_ranking import many_events

from dossier_tui import store
from dossier_tui.index_db import (
    Index,
    TimelineFilter,
    build_file_index,
    index_dossier,
    open_file_index,
    place,
    remove_orphans,
    schema,
)
from dossier_tui.index_db.place import beside, in_cache
from dossier_tui.ranking import key_events, timeline_order


@pytest.fixture
def timeline(tmp_path) -> Path:
    path = tmp_path / "timeline.yaml"
    path.write_bytes(EXAMPLE.read_bytes())
    return path


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch) -> Path:
    """The user's cache folder, here."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder / "dossier"


def test_the_index_is_built_beside_the_file_and_reused_while_it_is_unchanged(timeline):
    assert open_file_index(timeline) is None
    path = build_file_index(timeline)
    assert path == beside(timeline) == timeline.with_name(".timeline.yaml.index.sqlite")
    stamp = path.stat().st_mtime_ns
    ix = open_file_index(timeline)
    assert ix is not None and ix.path == path and ix.dossier() == store.load(timeline)
    ix.close()
    assert (
        path.stat().st_mtime_ns == stamp
        and [p.name for p in timeline.parent.iterdir() if p.name.endswith(".tmp")] == []
    )


def test_a_changed_file_is_indexed_again(timeline):
    build_file_index(timeline)
    d = store.load(timeline)
    changed = replace(d, events=d.events[:3])
    store.save(changed, timeline)
    assert open_file_index(timeline) is None  # the hash differs: stale
    build_file_index(timeline)
    ix = open_file_index(timeline)
    assert ix is not None and ix.n_events == 3 and ix.dossier() == changed
    ix.close()


def test_an_index_made_by_another_version_of_the_program_is_made_again(timeline, monkeypatch):
    """Its headings and labels are the words of the code that made it: a program that
    words them otherwise (an upgrade) never shows the old ones."""
    from dossier_tui.index_db import place

    build_file_index(timeline)
    monkeypatch.setattr(place, "analyser_version", lambda: "another")
    assert open_file_index(timeline) is None
    monkeypatch.undo()
    ix = open_file_index(timeline)
    assert ix is not None
    ix.close()


@pytest.mark.parametrize(
    "damage", [b"", b"not a database at all\n" * 100, b"SQLite format 3\x00" + b"\xff" * 5000]
)
def test_a_damaged_or_foreign_index_is_rebuilt_never_read(timeline, damage):
    index = beside(timeline)
    index.write_bytes(damage)
    assert open_file_index(timeline) is None
    build_file_index(timeline)
    ix = open_file_index(timeline)
    assert ix is not None and ix.n_events == len(store.load(timeline).events)
    ix.close()


def test_another_sqlite_file_or_another_format_is_not_an_index(timeline):
    index = beside(timeline)
    conn = sqlite3.connect(index)
    conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('kind', 'something else')")
    conn.commit()
    conn.close()
    assert open_file_index(timeline) is None
    build_file_index(timeline)
    conn = sqlite3.connect(index)
    conn.execute("UPDATE meta SET value = '0' WHERE key = 'format'")
    conn.commit()
    conn.close()
    assert open_file_index(timeline) is None


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into any folder")
def test_an_unwritable_folder_keeps_the_index_in_the_cache(timeline, cache):
    timeline.parent.chmod(0o555)
    try:
        path = build_file_index(timeline)
        assert path.parent == cache and not beside(timeline).exists()
        assert open_file_index(timeline).path == path
    finally:
        timeline.parent.chmod(0o755)


def test_a_folder_that_cannot_hold_the_index_sends_it_to_the_cache(timeline, cache, monkeypatch):
    """As root no folder is unwritable, so the folder is made to say so."""
    real = os.access
    monkeypatch.setattr(
        place.os,
        "access",
        lambda p, mode: False if Path(p) == timeline.parent.resolve() else real(p, mode),
    )
    path = build_file_index(timeline)
    assert path == in_cache(timeline) and path.parent == cache and not beside(timeline).exists()
    ix = open_file_index(timeline)
    assert ix is not None and ix.path == path
    ix.close()


def test_the_app_on_a_timeline_file_builds_its_index_and_then_reuses_it(timeline, monkeypatch):
    import dossier_tui.app
    from dossier_tui.cli import main as cli

    runs: list[dict] = []
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.setattr(dossier_tui.app, "run", lambda *a, **k: runs.append(k) or 0)
    assert cli([str(timeline)]) == 0 and beside(timeline).is_file()
    assert cli([str(timeline)]) == 0
    assert runs[1]["index"].path == beside(timeline)


def filters(d):
    names = {a.id: [a.name, *a.aliases] for a in d.actors}
    return (
        [
            TimelineFilter(t)
            for t in (
                "",
                "deal",
                "JENRICK",
                "mr jenrick",
                "ank",
                "2023-08",
                "2023",
                "2023-W3",
                "last month",
                "zzz",
                "a",
                "“",
                "Türk",
            )
        ]
        + [TimelineFilter("", a) for a in names]
        + [TimelineFilter("visit", "robert-jenrick"), TimelineFilter("", "nobody")]
    )


def old_filter(d, f: TimelineFilter, key_only: bool = False) -> list[str]:
    """How the app filtered before the index: substring search over each event's
    headline, passages and actors' names, case-folded; a date prefix on its values."""
    import re

    actors = {a.id: a for a in d.actors}
    order = timeline_order(d.events)
    of_actor: dict[str, list[str]] = {a: [] for a in actors}
    for e in order:
        for a in e.actors:
            if a in of_actor and e.id not in of_actor[a]:
                of_actor[a].append(e.id)
    for a in actors.values():
        of_actor[a.id] += [
            x for x in a.events if x not in of_actor[a.id] and any(e.id == x for e in order)
        ]
    events = key_events(d) if key_only else order
    text = f.text.strip()
    out = []
    for e in events:
        if f.actor and e.id not in of_actor.get(f.actor, ()):
            continue
        if re.fullmatch(r"\d{4}(-[0-9W][0-9]?(-\d{1,2})?)?-?", text):
            if not any(v and v.startswith(text) for v in (e.date, e.start, e.end)):
                continue
        elif text:
            names = [
                n for a in e.actors if a in actors for n in (actors[a].name, *actors[a].aliases)
            ]
            hay = " ".join(
                " ".join([e.headline, *(v.passage for v in e.evidence), *names]).split()
            ).casefold()
            if not all(w in hay for w in text.casefold().split()):
                continue
        out.append(e.id)
    return out


@pytest.mark.parametrize("fts", [True, False], ids=["fts5", "like"])
def test_filtering_through_the_index_gives_the_events_it_gave_before(fts, monkeypatch):
    if not fts:
        monkeypatch.setattr(schema, "has_fts", lambda conn: False)
    for d in (store.load(EXAMPLE), hand_made(), many_events(60)):
        ix = index_dossier(d)
        assert ix.fts is fts
        for f in filters(d):
            for key_only in (False, True):
                assert [e.id for e in ix.filtered(f, key_only)] == old_filter(d, f, key_only), (
                    f,
                    key_only,
                )
        ix.close()


def test_an_index_from_a_file_answers_as_the_dossier_does(tmp_path):
    d = store.load(EXAMPLE)
    path = tmp_path / "t.yaml"
    store.save(d, path)
    ix = Index(build_file_index(path))
    order = timeline_order(d.events)
    assert [e.id for e in ix.events] == [e.id for e in order] and list(ix.events) == order
    assert [r.headline for r in ix.rows(range(ix.n_events))] == [e.headline for e in order]
    assert ix.source(d.sources[2].id) == d.sources[2]
    assert [s.id for s in ix.source_heads()] == [s.id for s in d.sources]
    assert all(h.label(200) == s.label(200) for h, s in zip(ix.source_heads(), d.sources))
    a = d.actors[0]
    assert ix.actor(a.id) == a and ix.actor_by_id[a.id] == a and "nobody" not in ix.actor_by_id
    ix.close()


def test_a_temporary_index_is_removed_when_closed():
    ix = index_dossier(hand_made())
    path = ix.path
    assert path.is_file()
    ix.close()
    assert not path.exists()


def test_an_index_beside_the_file_has_a_new_file_s_permissions_and_a_temporary_one_its_owner_s(
    timeline,
):
    mask = os.umask(0o022)
    os.umask(mask)
    assert build_file_index(timeline).stat().st_mode & 0o777 == 0o666 & ~mask
    ix = index_dossier(hand_made())
    assert ix.path.stat().st_mode & 0o777 == 0o600
    ix.close()


def test_the_temporary_indexes_of_a_process_that_was_killed_are_removed_by_the_next(tmp_path):
    import subprocess
    import sys

    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    pid = int(dead.stdout)
    left = [
        tmp_path / f"dossier-{pid}-abc.index.sqlite",
        tmp_path / f"dossier-{pid}-abc.index.sqlite-journal",
        tmp_path / f".dossier-{pid}-abc.index.sqlite.x1y2.tmp",
    ]
    kept = [
        tmp_path / f"dossier-{os.getpid()}-mine.index.sqlite",
        tmp_path / "dossier-notes.txt",
        tmp_path / f"dossier-{pid}-abc.index.sqlite.bak",
    ]
    for p in left + kept:
        p.write_bytes(b"x")
    assert sorted(remove_orphans(tmp_path)) == sorted(left)
    assert all(p.exists() for p in kept) and not any(p.exists() for p in left)
