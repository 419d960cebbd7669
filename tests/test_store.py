"""timeline.yaml: round trips, validation messages, atomic writes, staleness."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier_tui import store
from dossier_tui.build import build
from dossier_tui.ingest import load_corpus
from dossier_tui.model import Conflict, Dossier, Event, Evidence, Furniture, Source, Timex

ROOT = Path(__file__).resolve().parent.parent


def test_round_trip_of_the_seeds(dossier, tmp_path):
    path = tmp_path / "t.yaml"
    store.save(dossier, path)
    assert store.load(path) == dossier
    assert path.read_text(encoding="utf-8") == store.dumps(dossier)


def test_outside_readers_get_plain_values(dossier):
    data = yaml.safe_load(store.dumps(dossier))  # any YAML reader, with its usual resolvers
    assert data["schema"] == 2
    assert all(isinstance(s["published"], (str, type(None))) for s in data["sources"])
    assert all(isinstance(e["start"], (str, type(None))) for e in data["events"])
    assert all(type(e["score"]) is float for e in data["events"])
    ev = next(e for e in data["events"] if e["date"] == "2023-07")
    assert {
        "id",
        "date",
        "start",
        "end",
        "headline",
        "status",
        "score",
        "actors",
        "evidence",
    } <= set(ev)
    assert list(ev)[list(ev).index("status") + 1] == "score"
    assert {"source", "start", "end", "quote", "timex"} <= set(ev["evidence"][0])


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200)
#: scores as the file keeps them: any number, to three decimals
scores = st.integers(-(10**12), 10**12).map(lambda i: i / 1000)


@settings(max_examples=60, deadline=None)
@given(texts, st.sampled_from(["\n", "\r\n", "  \n", "\t"]), scores)
def test_round_trip_keeps_any_text_and_score_exactly(body, sep, score):
    text = f"Line one with {body}{sep}line two\x1b[31m {body} end  "
    src = Source(id="s", path="s.txt", text=text, furniture=(Furniture(0, 4, "banner"),))
    quote = text[0:8]
    ev = Evidence("s", 0, 8, quote, Timex(0, 4, text[0:4], "DATE", "2023", "absolute"))
    d = Dossier(
        (src,),
        (
            Event(
                "e",
                "2023",
                "2023-01-01",
                "2023-12-31",
                "Headline: *x* [y]",
                "reported",
                (),
                (ev,),
                None,
                (Conflict("2022", ("s",)),),
                score,
            ),
        ),
    )
    assert store.loads(store.dumps(d)) == d
    assert store.dumps(store.loads(store.dumps(d))) == store.dumps(d)


#: every character Unicode or YAML treats as a line break, and the other C0 spacing controls
LINE_BREAKS = [
    "\n",
    "\r",
    "\r\n",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x1d",
    "\x1e",
    "\x85",
    "\u2028",
    "\u2029",
]


@pytest.mark.parametrize("brk", LINE_BREAKS, ids=[repr(b) for b in LINE_BREAKS])
def test_a_build_with_any_line_break_reads_back_identical(tmp_path, brk):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(
        f"9 August 2023{brk}The deal was agreed on Monday.{brk}Talks go on.".encode()
    )
    (folder / "b.txt").write_bytes(f"Short{brk}x".encode())
    corpus = load_corpus([folder])
    d = build(corpus.sources)
    assert any(brk in s.text for s in d.sources)
    out = tmp_path / "t.yaml"
    store.save(d, out)
    assert store.load(out) == d


@settings(max_examples=60, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False) | st.integers(-(10**6), 10**6))
def test_any_score_is_stored_rounded_and_reads_back_as_a_float(score):
    d = Dossier(events=(Event("e", None, None, None, "H", score=score),))
    back = store.loads(store.dumps(d)).events[0].score
    assert type(back) is float and back == round(score, 3)


def test_a_schema_1_file_scores_events_by_their_distinct_sources(dossier):
    text = store.dumps(dossier).replace("schema: 2", "schema: 1", 1)
    old = re.sub(r"\n  score: [^\n]*", "", text)
    assert "score:" not in old
    d = store.loads(old)
    assert [e.score for e in d.events] == [float(len(e.sources)) for e in dossier.events]
    assert max(d.events, key=lambda e: e.score).score == 5.0
    assert (
        store.loads(text.replace("schema: 2", "schema: 1", 1)) == dossier
    )  # a score given is kept


@pytest.mark.parametrize(
    "damage, message",
    [
        (
            lambda t: t.replace("schema: 2", "schema: 3", 1),
            "reads schema 1 and 2, the file is schema 3",
        ),
        (
            lambda t: re.sub(r"score: [^\n]*", "score: high", t, count=1),
            "].score: expected a number, got 'high'",
        ),
        (
            lambda t: re.sub(r"score: [^\n]*", "score: .nan", t, count=1),
            "].score: expected a finite number",
        ),
        (lambda t: re.sub(r"\n  score: [^\n]*", "", t, count=1), "events[0]: missing key 'score'"),
        (lambda t: t.replace("events:", "evnts:", 1), "missing key 'events'"),
        (lambda t: t.replace("status: planned", "status: maybe", 1), "'maybe' is not one of"),
        (
            lambda t: t.replace(
                "  - source: 000_8a222fe0dcd3905b\n    start: ",
                "  - source: 000_8a222fe0dcd3905b\n    start: x",
                1,
            ),
            "expected a whole number",
        ),
        (
            lambda t: t.replace("quote: The deal comes after", "quote: The deal came after", 1),
            "the text is not the source's text",
        ),
        (lambda t: t + "\n  - [unclosed\n", "not valid YAML"),
        (
            lambda t: t.replace("title: Home Secretary", "title: Foreign Secretary", 1),
            "].roles[0]: the text is not the source",
        ),
        (lambda t: t.replace("kind: person", "kind: robot", 1), "'robot' is not one of"),
        (lambda t: t.replace("  - robert-jenrick\n", "  - bob\n", 1), "unknown actor 'bob'"),
        (lambda t: "", "the file is empty"),
    ],
)
def test_damaged_files_name_the_line_and_the_problem(dossier, tmp_path, damage, message):
    path = tmp_path / "timeline.yaml"
    damaged = damage(store.dumps(dossier))
    assert damaged != store.dumps(dossier) or message == "the file is empty"
    path.write_text(damaged, encoding="utf-8")
    with pytest.raises(store.StoreError) as err:
        store.load(path)
    text = str(err.value)
    assert text.startswith(str(path)) and message in text
    if message not in ("the file is empty",):
        assert text.split(":")[1].isdigit()  # file:line: ...


def test_hand_typed_dates_are_read_as_values(dossier, tmp_path):
    text = store.dumps(dossier).replace("published: '2023-08-09'", "published: 2023-08-09", 1)
    assert "published: 2023-08-09\n" in text
    d = store.loads(text)
    assert d.sources[1].published == "2023-08-09"


def test_failed_write_leaves_the_old_file_and_no_litter(dossier, tmp_path, monkeypatch):
    path = tmp_path / "timeline.yaml"
    path.write_text("old contents", encoding="utf-8")

    def broken(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(store.StoreError, match="No space left"):
        store.save(dossier, path)
    assert path.read_text() == "old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.yaml"]


def test_written_files_get_ordinary_permissions_and_keep_their_own(tmp_path):
    new, old = tmp_path / "new.md", tmp_path / "old.md"
    old.write_text("x")
    old.chmod(0o640)
    umask = os.umask(0o022)
    try:
        store.write_atomic(new, "text")
        store.write_atomic(old, "text")
    finally:
        os.umask(umask)
    assert new.stat().st_mode & 0o777 == 0o644  # not the temp file's private 0600
    assert old.stat().st_mode & 0o777 == 0o640 and old.read_text() == "text"


def test_unwritable_place_is_a_clear_error(dossier, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(store.StoreError, match="cannot write"):
        store.save(dossier, blocker / "timeline.yaml")


def test_repository_timeline_is_built_from_the_seeds(monkeypatch):
    monkeypatch.chdir(ROOT)  # as `dossier build` runs it: paths relative to the repository
    fresh = store.dumps(build(load_corpus(["seeds"]).sources))
    committed = (ROOT / "data" / "timeline.yaml").read_text(encoding="utf-8")
    assert committed == fresh, "data/timeline.yaml is stale: run `dossier build`"


def test_a_pipe_given_as_a_dossier_is_refused_not_read(tmp_path):
    os.mkfifo(tmp_path / "t.yaml")
    with pytest.raises(store.StoreError, match="not a regular file"):
        store.load(tmp_path / "t.yaml")


@pytest.mark.parametrize(
    "extra, problem",
    [
        ("x: !!python/object:os.system {}\n", "is not plain data"),
        ("? !!python/name:os.system\n: 1\n", "is not plain data"),
        ("x: " + "9" * 5000 + "\n", "too long"),
        (
            "a: &a [x, x, x, x, x, x, x, x, x]\n"
            + "".join(
                f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n"
                for i in range(8)
            ),
            "aliases",
        ),
        ("x: &x [*x]\n", "contains itself"),
    ],
)
def test_a_dossier_beyond_plain_data_is_refused_with_its_line(tmp_path, dossier, extra, problem):
    text = store.dumps(dossier) + extra
    with pytest.raises(store.StoreError, match=problem) as e:
        store.loads(text, "t.yaml")
    assert re.match(r"t\.yaml:\d+: ", str(e.value))


def dated(
    date: str = "2023-08-09",
    start: str = "2023-08-09",
    end: str = "2023-08-09",
    published: str = "2023-08-10",
    value: str = "2023-08-09",
    conflict: str = "2023-08-08",
) -> Dossier:
    """One source and one event, with every date a file holds."""
    text = "10 August 2023\nThe talks began on 9 August 2023.\n"
    a, b = text.index("The talks"), text.index(".\n")
    t = text.index("9 August 2023")
    src = Source("s", "s.txt", text, published=published, published_basis="stated")
    ev = Evidence(
        "s", a, b, text[a:b], Timex(t, t + 13, text[t : t + 13], "DATE", value, "absolute")
    )
    return Dossier(
        (src,),
        (
            Event(
                "e",
                date,
                start,
                end,
                "The talks began",
                evidence=(ev,),
                conflicts=(Conflict(conflict, ("s",)),),
            ),
        ),
    )


@pytest.mark.parametrize(
    "field, bad, where",
    [
        ("date", "2023-02-30", "events[0].date"),
        ("date", "2023-13", "events[0].date"),
        ("date", "2023-W99", "events[0].date"),
        ("date", "0000", "events[0].date"),
        ("date", "2023-08-09T25:00", "events[0].date"),
        ("start", "2023-02-30", "events[0].start"),
        ("end", "2023-08", "events[0].end"),
        ("published", "2023-02-29T06:01", "sources[0].published"),
        ("value", "2023-00", "events[0].evidence[0].timex.value"),
        ("conflict", "2023-W53", "events[0].conflicts[0].value"),
    ],
)
def test_impossible_dates_are_refused_with_file_line_and_place(tmp_path, field, bad, where):
    path = tmp_path / "timeline.yaml"
    path.write_text(store.dumps(dated(**{field: bad})), encoding="utf-8")
    with pytest.raises(store.StoreError) as err:
        store.load(path)
    said = re.fullmatch(rf"{re.escape(str(path))}:(\d+): (\S+): (.*)", str(err.value))  # one line
    assert said and said[2] == where and bad in said[3]
    assert (
        path.read_text(encoding="utf-8").splitlines()[int(said[1]) - 1].strip("'").endswith(bad)
    )  # that line


@pytest.mark.parametrize(
    "value",
    [
        "2024-02-29",
        "2023-W52",
        "2020-W53",
        "2023-08-08T24:00",
        "2023-08-08TNI",
        "XXXX-WXX-2",
        "P3D",
        "PRESENT_REF",
        "9999",
        "199",
        "19",
    ],
)
def test_possible_dates_of_every_kind_load(value):
    d = dated(date=value, value=value, conflict=value)
    assert store.loads(store.dumps(d)) == d
