"""The parallel, cached build gives the dossier the plain build gives."""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path

import pytest

from dossier_tui import reading, store
from dossier_tui.build import build
from dossier_tui.cache import Cache
from dossier_tui.ingest import load_corpus
from dossier_tui.workers import Mapper

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def corpus(folder: Path, n: int = 24) -> Path:
    """``n`` articles made of the seeds' sentences, each a different mix, dated apart."""
    sentences = [
        s
        for p in sorted(SEEDS.glob("*.txt"))
        for s in re.split(r"(?<=[.!?])\s+", p.read_text(encoding="utf-8"))
        if len(s) > 40
    ]
    folder.mkdir()
    meta = []
    for i in range(n):
        picked = [sentences[(i * 7 + k * 5) % len(sentences)] for k in range(12)]
        (folder / f"a{i:02d}.txt").write_text(" ".join(picked) + "\n", encoding="utf-8")
        meta.append(f"a{i:02d}.txt: {{published: 2023-0{1 + i % 9}-1{i % 10}}}")
    (folder / "sources.yaml").write_text("\n".join(meta) + "\n", encoding="utf-8")
    return folder


def built(folder: Path, mapper: Mapper, cache: Cache) -> str:
    c = load_corpus([folder], mapper=mapper, cache=cache)
    return store.dumps(build(c.sources, input_problems=c.problems, mapper=mapper, cache=cache))


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> tuple[Path, str]:
    folder = corpus(tmp_path_factory.mktemp("c") / "articles")
    return folder, built(folder, Mapper(1), Cache(None))


def test_two_processes_give_the_same_bytes(plain):
    folder, expected = plain
    assert "events:" in expected and expected.count("- id:") > 40
    with Mapper(2) as two:
        assert built(folder, two, Cache(None)) == expected


def _pid(_) -> int:
    import time

    time.sleep(0.005)  # long enough that both processes take chunks
    return os.getpid()


def test_the_processes_serve_every_map_until_the_build_is_done_with_them(plain):
    folder, expected = plain
    with Mapper(2) as two:
        two.start()
        seen = set().union(*(two.map(_pid, range(32)) for _ in range(3)))
        # three maps, and never more than the two processes made first
        assert 1 <= len(seen) <= 2 and os.getpid() not in seen
        assert built(folder, two, Cache(None)) == expected
        # the build let them go after its last map (naming): a later map makes others
        assert set(two.map(_pid, range(32))).isdisjoint(seen)


def _mark(path: str) -> str:
    Path(path).touch()
    return path


def test_a_map_begun_goes_on_while_this_process_does_other_work(tmp_path):
    marks = [str(tmp_path / f"m{i}") for i in range(32)]
    with Mapper(2) as two:
        two.start()
        running = two.begin(_mark, marks)
        # nobody has asked for the results yet, and the processes make them all the same
        for _ in range(3000):
            if all(os.path.exists(m) for m in marks):
                break
            threading.Event().wait(0.01)
        assert all(os.path.exists(m) for m in marks)
        assert running.result() == marks


def test_a_map_begun_here_waits_to_be_asked(tmp_path):
    calls: list[int] = []
    running = Mapper(1).begin(lambda x: calls.append(x) or -x, range(20))
    assert calls == []  # in this process, the work is done when the result is asked
    assert running.result() == [-x for x in range(20)] and calls == list(range(20))


def test_a_map_given_up_leaves_the_next_one_whole(tmp_path):
    with Mapper(2) as two:
        running = two.begin(_pid, range(64))
        running.cancel()
        assert two.map(abs, [-x for x in range(40)]) == list(range(40))


def watch(monkeypatch) -> dict[str, list[str]]:
    """The ids of the articles each per-article step is run on, by step."""
    calls: dict[str, list[str]] = {"read": [], "cut": [], "name": []}
    for step, ident in (
        ("read", lambda item: item[0].id),
        ("cut", lambda source: source.id),
        ("name", lambda item: item[0].id),
    ):
        real = getattr(reading, step)
        monkeypatch.setattr(
            reading,
            step,
            lambda x, real=real, step=step, ident=ident: calls[step].append(ident(x)) or real(x),
        )
    return calls


def test_a_warm_cache_gives_the_same_bytes_and_reads_nothing_again(plain, tmp_path, monkeypatch):
    folder, expected = plain
    assert built(folder, Mapper(1), Cache(tmp_path)) == expected
    calls = watch(monkeypatch)
    assert built(folder, Mapper(1), Cache(tmp_path)) == expected
    assert calls == {"read": [], "cut": [], "name": []}


def test_shingle_hashes_are_the_same_in_every_process(tmp_path):
    import subprocess
    import sys

    text = "The ministry said on Tuesday that the minister had resigned after the vote. " * 3
    code = (
        f"from dossier_tui.ingest.shingles import shingles; print(list(shingles({text!r}).hashes))"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(runs) == 1 and len(eval(runs.pop())) > 10


def test_only_what_a_changed_file_changes_is_read_again(plain, tmp_path, monkeypatch):
    folder, _ = plain
    mine = tmp_path / "articles"
    mine.mkdir()
    for p in folder.iterdir():
        (mine / p.name).write_bytes(p.read_bytes())
    from dossier_tui.ingest.repeats import mark_repeats

    built(mine, Mapper(1), Cache(tmp_path / "cache"))
    before = {s.id: s for s in mark_repeats(load_corpus([mine]).sources)}
    (mine / "a03.txt").write_text(
        "The minister resigned on Tuesday, the ministry said.\n", encoding="utf-8"
    )
    after = mark_repeats(load_corpus([mine]).sources)
    # the changed file, and those whose text repeated across pages changed with it
    changed = [s.id for s in after if s != before[s.id]]
    assert "a03" in changed and len(changed) < len(after) / 2
    calls = watch(monkeypatch)
    warm = built(mine, Mapper(1), Cache(tmp_path / "cache"))
    assert calls["read"] == changed and calls["cut"] == ["a03"]
    assert (
        set(changed) <= set(calls["name"]) < {s.id for s in after}
    )  # and those the new words change
    assert warm == built(mine, Mapper(1), Cache(None))
    assert "resigned" in warm


def test_a_damaged_cache_is_set_aside_and_the_build_goes_on(plain, tmp_path):
    folder, expected = plain
    (tmp_path / "analysis.sqlite").write_bytes(b"this is not a database" * 100)
    cache = Cache(tmp_path)
    assert cache.active and "damaged" in (cache.problem or "")
    assert built(folder, Mapper(1), cache) == expected
    assert (tmp_path / "analysis.broken").exists()


def test_an_unusable_cache_folder_costs_only_the_cache(plain, tmp_path):
    folder, expected = plain
    (tmp_path / "file").write_text("x")
    cache = Cache(tmp_path / "file" / "inside")
    assert not cache.active and "cannot be used" in (cache.problem or "")
    assert built(folder, Mapper(1), cache) == expected


def test_kept_names_serve_only_while_the_corpus_answers_alike():
    kept = reading.Named((), frozenset({"fire"}), frozenset({"bush"}))
    assert kept.holds_for(frozenset({"fire", "water"}))
    assert not kept.holds_for(frozenset({"water"}))  # "fire" is no longer written in lower case
    assert not kept.holds_for(frozenset({"fire", "bush"}))  # "bush" now is


def test_the_cli_builds_the_same_with_any_number_of_jobs(plain, tmp_path, monkeypatch):
    from dossier_tui.cli import main

    folder, _ = plain
    monkeypatch.setenv("DOSSIER_CACHE", str(tmp_path / "cache"))
    assert (
        main(["build", str(folder), "-o", str(tmp_path / "one.yaml"), "-j", "1", "--no-cache"]) == 0
    )
    assert main(["build", str(folder), "-o", str(tmp_path / "two.yaml"), "-j", "2"]) == 0
    assert main(["build", str(folder), "-o", str(tmp_path / "warm.yaml"), "-j", "2"]) == 0
    one = (tmp_path / "one.yaml").read_bytes()
    assert one == (tmp_path / "two.yaml").read_bytes() == (tmp_path / "warm.yaml").read_bytes()
    assert (tmp_path / "cache" / "analysis.sqlite").exists()


@pytest.mark.parametrize("stage, later", [("merging", "naming"), ("actors", None)])
def test_the_corpus_wide_stages_tell_their_steps_and_stop_between_them(tmp_path, stage, later):
    """A long merge, or a long search for actors, moves the progress bar, and a stop
    asked during it is heard there."""
    from dossier_tui.model import Cancelled

    c = load_corpus([corpus(tmp_path / "articles", 8)])
    seen: list[tuple[int, int]] = []
    build(c.sources, lambda s, done, total: seen.append((done, total)) if s == stage else None)
    steps = [done for done, total in seen if total > 1]
    assert len(steps) >= 4 and steps == sorted(steps) and len(set(steps)) == len(steps)  # it moves
    assert seen[-1] == (1, 1)  # and ends whole

    asked = []

    def stop() -> bool:  # stop once the stage has told its second step
        return asked.count(stage) >= 2

    with pytest.raises(Cancelled):
        build(c.sources, lambda s, done, total: asked.append(s), stop=stop)
    assert asked.count(stage) == 2 and (later is None or later not in asked)


def test_what_a_large_corpus_holds_of_each_article_is_compact_and_the_same(tmp_path):
    """A mention's words are sorted tuples and an article's lower-case words one string
    (a corpus holds them all at once), and they say what the sets said."""
    from dossier_tui.actors import body_words
    from dossier_tui.events.mentions import DATED, Mention

    m = Mention("a", (0, 1), (0, 1), DATED, "", frozenset({"vote", "held"}), {"vote"}, ["Lee"])
    assert (m.terms, m.keys, m.context) == (("held", "vote"), ("vote",), ("Lee",))
    c = load_corpus([corpus(tmp_path / "articles", 3)])
    readings = [reading.read((s, None)) for s in c.sources]
    for s, r in zip(c.sources, readings):
        assert set(r.words()) == body_words(s) and r.words() == sorted(r.words())
        assert all(type(x.terms) is tuple and list(x.terms) == sorted(x.terms) for x in r.mentions)
    assert reading.lower_words(readings) == frozenset().union(*map(body_words, c.sources))
    assert reading.lower_words([]) == frozenset()


def test_the_analyser_version_covers_every_word_list_and_cue_table(monkeypatch, tmp_path):
    """A word list edited in a new release reads text differently: no cached reading of
    the old one may be served."""
    import shutil

    from dossier_tui import cache

    package = tmp_path / "pkg"
    shutil.copytree(cache._PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "_PACKAGE", package)
    versions = []
    for edit in (None, "resources/words/past_happenings.txt", "resources/furniture_cues.tsv"):
        if edit:
            with open(package / edit, "a", encoding="utf-8") as f:
                f.write("\n# edited\n")
        cache.analyser_version.cache_clear()
        versions.append(cache.analyser_version())
    cache.analyser_version.cache_clear()
    assert len(set(versions)) == 3
