"""A large dossier is read on several cores: its events cut into parts at their list
items, each part read by forked processes. It must give exactly what reading the file
whole gives, and nothing when a part is outside the subset or damaged (the whole file
is then read, and names the problem)."""

from __future__ import annotations

import re
import threading

import pytest

from dossier_tui import store, yaml_fast
from dossier_tui.store import split_read
from dossier_tui.store.read import _FAST_LINES


@pytest.fixture
def small_is_large(monkeypatch):
    """The seeds' dossier counts as large, so that its events are read in many parts."""
    monkeypatch.setattr(split_read, "MIN_CHARS", 0)
    monkeypatch.setattr(split_read, "PART_CHARS", 3000)


def whole(text: str):
    return store.from_dict(yaml_fast.parse(text, store.KEYS, _FAST_LINES))


@pytest.mark.parametrize("jobs", [2, 3, 5])
def test_a_file_read_in_parts_is_the_file_read_whole(seeds_text, small_is_large, jobs):
    data, later, all_short = split_read.parse_split(seeds_text, jobs, _FAST_LINES)
    expected = whole(seeds_text)
    assert all_short and later and data["events"]
    assert len(split_read.cut(seeds_text, 3000)[1]) > jobs  # more parts than processes
    assert tuple(map(split_read._READ, data["events"])) + later == expected.events
    assert store.loads(seeds_text) == expected


def test_a_damaged_later_event_sends_the_file_to_the_full_reader(seeds_text, small_is_large):
    last = seeds_text.rindex("  status: ")
    damaged = seeds_text[:last] + re.sub(
        r"status: \w+", "status: rumoured", seeds_text[last:], count=1
    )
    assert split_read.parse_split(damaged, 2, _FAST_LINES) is None
    with pytest.raises(store.StoreError) as err:
        store.loads(damaged, "t.yaml")
    assert re.match(r"t\.yaml:\d+: ", str(err.value)) and "rumoured" in str(err.value)


def test_an_old_file_without_short_headlines_is_read_whole(seeds_text, small_is_large):
    old = re.sub(r"(?m)^  short: .*\n", "", seeds_text)
    assert store.loads(old) == whole(old)


def test_cut_keeps_blank_lines_of_a_block_and_finds_the_end_of_the_list():
    text = (
        "schema: 2\nevents:\n- id: a\n  note: |\n    one\n\n    - not an item\n"
        "- id: b\n  note: x\n- id: c\n  note: y\nactors: []\n"
    )
    rest, later = split_read.cut(text, 1)
    assert rest.endswith("actors: []\n") and rest.startswith("schema: 2\nevents:\n- id: a\n")
    assert later and all(p.startswith("events:\n- id: ") for p in later)
    assert "actors" not in "".join(later)
    assert rest.count("- id: ") + sum(p.count("- id: ") for p in later) == 3
    at_end = text.replace("actors: []\n", "")
    rest, later = split_read.cut(at_end, 1)
    assert rest + "".join(p[len("events:\n") :] for p in later) == at_end


def test_a_process_with_threads_reads_every_part_itself(seeds_text, small_is_large, monkeypatch):
    def no_fork(*args):
        raise AssertionError("a process with threads forked")

    monkeypatch.setattr(split_read.multiprocessing, "get_context", no_fork)
    done = threading.Event()
    other = threading.Thread(target=done.wait)
    other.start()
    try:
        assert split_read.parse_split(seeds_text, 2, _FAST_LINES) is not None
        assert store.loads(seeds_text) == whole(seeds_text)
    finally:
        done.set()
        other.join()


@pytest.mark.parametrize("jobs", [1, 2])
def test_reading_in_parts_tells_how_far_it_is(seeds_text, small_is_large, monkeypatch, jobs):
    monkeypatch.setattr(store.read, "default_jobs", lambda: jobs)
    told: list[tuple[int, int]] = []
    d = store.loads(seeds_text, progress=lambda done, total: told.append((done, total)))
    assert d == whole(seeds_text)
    total = len(split_read.cut(seeds_text, 3000)[1])
    assert told[0] == (0, total) and told[-1] == (total, total)
    assert all(a[0] <= b[0] for a, b in zip(told, told[1:]))  # it only moves on
