"""The seeds' sources.yaml: each article's outlet and title as its own text states
them, no dates (the undated articles stay undated), and the Sources list shows the
outlet, or the file name where there is none."""

from __future__ import annotations

import hashlib

import yaml
from test_app import EXAMPLE, NARROW, ROOT

from dossier_tui import store
from dossier_tui.app.app import DossierApp
from dossier_tui.app.widgets.sources import source_row
from dossier_tui.ingest import load_corpus

SEEDS = ROOT / "seeds"
METADATA = yaml.safe_load((SEEDS / "sources.yaml").read_text(encoding="utf-8"))


def seeds():
    corpus = load_corpus([str(SEEDS)])
    assert not corpus.problems
    return {s.id: s for s in corpus.sources}


def test_every_seed_has_an_entry_and_none_gives_a_date():
    assert sorted(METADATA) == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert all(set(fields) == {"outlet", "title"} for fields in METADATA.values())


def test_the_outlets_and_titles_are_what_the_texts_say():
    for name, fields in METADATA.items():
        text = (SEEDS / name).read_text(encoding="utf-8")
        if fields["title"]:
            assert fields["title"] in text, name
        if fields["outlet"]:
            assert fields["outlet"].removeprefix("The ") in text, name


def test_each_seed_is_read_with_its_outlet_and_title():
    got = seeds()
    assert {sid: s.outlet for sid, s in got.items()} == {
        name.removesuffix(".txt"): fields["outlet"] for name, fields in METADATA.items()
    }
    assert got["003_162e6472c6335bb0"].outlet == "The Guardian"
    assert (
        got["003_162e6472c6335bb0"].title
        == "UK government announces deal with Turkey to ‘disrupt’ people smuggling gangs"
    )


def test_the_undated_seeds_stay_undated():
    got = seeds()
    undated = sorted(sid for sid, s in got.items() if s.published is None)
    assert undated == ["003_162e6472c6335bb0", "004_8eb9c4c09ee48502"]
    assert all(got[sid].published_basis == "unknown" for sid in undated)
    assert {s.published_basis for sid, s in got.items() if sid not in undated} == {"stated"}
    example = {
        s.id: s for s in store.load(EXAMPLE).sources
    }  # dated afterwards from the corpus alone
    assert [example[sid].published_basis for sid in undated] == ["inferred", "inferred"]


def test_the_seed_texts_are_those_the_example_was_built_from():
    for s in store.load(EXAMPLE).sources:
        assert hashlib.sha256((ROOT / s.path).read_bytes()).hexdigest() == s.sha256


def test_a_row_gives_the_outlet_else_the_file_name():
    got = seeds()
    assert (
        source_row(got["003_162e6472c6335bb0"]).plain.splitlines()[0]
        == "The Guardian — UK government announces deal with Turkey to ‘disrupt’ people smuggling gangs"
    )
    assert (
        source_row(got["001_4da5003dd1718fc8"]).plain.splitlines()[0] == "001_4da5003dd1718fc8.txt"
    )
    assert (
        source_row(got["000_8a222fe0dcd3905b"]).plain.splitlines()[0]
        == "000_8a222fe0dcd3905b.txt — UK and Turkey agree intelligence-sharing deal to 'smash' people smuggling gangs"
    )


async def test_the_sources_list_shows_the_outlet():
    app = DossierApp(store.load(EXAMPLE), "seeds")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("3")
        await pilot.pause()
        lst = app.screen.query_one("#source-list")
        rows = [
            str(lst.get_option_at_index(i).prompt).splitlines()[0] for i in range(lst.option_count)
        ]
        assert (
            "The Guardian — UK government announces deal with Turkey to ‘disrupt’ people smuggling gangs"
            in rows
        )
        assert "001_4da5003dd1718fc8.txt" in rows and not any(r.startswith("—") for r in rows)
