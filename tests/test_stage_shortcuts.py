"""The quicker ways of the corpus-wide stages give what the plain ways give."""

from __future__ import annotations

from array import array
from collections import Counter
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier_tui.events.candidates import Calendar, Happening
from dossier_tui.events.headline_choice import _first_least
from dossier_tui.ingest.repeats import _in_many
from dossier_tui.ingest.shingles import Shingles

_DAY = date(2023, 8, 1)


def _cut(hashes: list[int]) -> Shingles:
    return Shingles(array("i"), array("i"), array("q", hashes))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(st.integers(-5, 5), max_size=12), max_size=12),
    st.integers(1, 5),
)
def test_shingles_in_many_sources_are_those_counted_once_per_source(sources, need):
    df = Counter(h for hashes in sources for h in set(hashes))
    expected = {h for h, k in df.items() if k >= need}
    assert _in_many([_cut(hashes) for hashes in sources], need) == expected


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 6), st.integers(0, 3), st.sets(st.sampled_from("abcde"))),
        max_size=15,
    )
)
def test_a_calendar_made_at_once_has_the_rows_of_one_made_cluster_by_cluster(specs):
    clusters = []
    for offset, width, keys in specs:
        c = Happening(_DAY + timedelta(offset), _DAY + timedelta(offset + width))
        c.keys = set(keys)
        clusters.append(c)
    one_by_one = Calendar(filters=False)
    for c in clusters:
        one_by_one.add(c)
    at_once = Calendar.of(clusters)
    assert at_once.by_key == one_by_one.by_key
    assert at_once.lasts == one_by_one.lasts
    lo, hi = _DAY + timedelta(1), _DAY + timedelta(5)
    assert at_once.within(frozenset("abc"), lo, hi) == one_by_one.within(frozenset("abc"), lo, hi)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2), st.integers(0, 2)), min_size=1))
def test_the_first_least_by_keys_in_turn_is_the_first_of_a_stable_sort(items):
    keys = (lambda x: x[0], lambda x: -x[1], lambda x: x[2] % 2)
    items = [(*x, n) for n, x in enumerate(items)]  # told apart, as mentions are
    expected = sorted(items, key=lambda x: tuple(k(x) for k in keys))[0]
    assert _first_least(items, keys) == expected
