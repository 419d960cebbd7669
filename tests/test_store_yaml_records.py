"""The store writes its records straight from the dataclasses (``store.yaml_records``):
the text must be, byte for byte, what the generic writer gives for ``to_dict``, for
any values the fields may hold (and for values they should not hold)."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_tui import store, yaml_fast
from dossier_tui.model import Dossier

#: texts that YAML writes in each of its ways: plain, quoted, literal blocks, escapes
_TEXTS = st.one_of(
    st.sampled_from(["", " ", "-", "a: b", "yes", "12", "2023-08-09", "x" * 90, "a\nb" * 40]),
    st.text(max_size=30),
    st.text(alphabet=st.sampled_from("ab \n\t'\"\\\x85\u2028é"), max_size=120),
)
_MAYBE = st.none() | _TEXTS
#: what a field should not hold, and the generic writer still writes
_ODD = st.one_of(st.integers(-5, 5), st.booleans(), st.floats(allow_nan=True), st.lists(_TEXTS))


def generic(d: Dossier) -> str:
    return yaml_fast.dump(store.to_dict(d))


def test_a_built_dossier_is_written_as_the_generic_writer_writes_it(seeds):
    assert store.dumps(seeds) == generic(seeds)
    empty = Dossier(sources=(), events=(), actors=(), problems=())
    assert store.dumps(empty) == generic(empty)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    texts=st.lists(_TEXTS, min_size=6, max_size=6),
    maybe=st.lists(_MAYBE, min_size=4, max_size=4),
    lists=st.lists(st.lists(_TEXTS, max_size=3), min_size=2, max_size=2),
    odd=st.lists(_ODD, min_size=3, max_size=3),
    score=st.floats(allow_nan=False, allow_infinity=False, width=32),
    span=st.none() | st.tuples(st.integers(0, 9), st.integers(10, 99)),
    none_timex=st.booleans(),
)
def test_any_values_are_written_as_the_generic_writer_writes_them(
    seeds, texts, maybe, lists, odd, score, span, none_timex
):
    s = replace(
        seeds.sources[0],
        text=texts[0],
        title=maybe[0],
        outlet=maybe[1],
        url=odd[0],
        published_span=span,
        furniture=(),
    )
    e = seeds.events[0]
    v = replace(e.evidence[0], passage=texts[1], timex=None if none_timex else e.evidence[0].timex)
    e = replace(
        e,
        headline=texts[2],
        short=odd[1],
        place=maybe[2],
        score=score,
        actors=tuple(lists[0]),
        evidence=(v, *e.evidence[1:]),
        conflicts=(),
    )
    a = seeds.actors[0]
    a = replace(a, name=texts[3], aliases=tuple(lists[1]), kind=odd[2], events=())
    d = replace(seeds, sources=(s, *seeds.sources[1:2]), events=(e,), actors=(a,))
    assert store.dumps(d) == generic(d)
