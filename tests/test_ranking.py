"""Key events: one ranking, by score, for the app, the exports and the summary."""

from __future__ import annotations

from datetime import date, timedelta

from dossier_tui import store
from dossier_tui.model import Actor, Dossier, Event, Evidence, Source, Timex
from dossier_tui.ranking import KEY_EVENTS, key_events, only_key_events, timeline_order

SOURCES = tuple(Source(f"s{i}", f"s{i}.txt", "x" * 10) for i in range(5))


def ev(
    id: str,
    start: str | None,
    score: float = 0.0,
    sources: int = 1,
    passages: int | None = None,
    date: str | None = "",
    end: str | None = None,
) -> Event:
    """An event on ``start`` (or undated), reported by ``sources`` sources in ``passages`` passages."""
    evidence = tuple(Evidence(f"s{i % sources}", i, i + 1, "x") for i in range(passages or sources))
    return Event(
        id,
        start if date == "" else date,
        start,
        end or start,
        f"Headline {id}",
        evidence=evidence,
        score=score,
    )


def many_events(n: int = 60) -> Dossier:
    """``n`` events a day apart from 1 January 2023, then two undated ones, over three
    sources whose text quotes them; scores spread so that the key events are scattered
    through the timeline; one actor in every third event."""
    texts: list[str] = ["", "", ""]
    spans = []
    for i in range(n + 2):
        day = date(2023, 1, 1) + timedelta(days=i)
        when = f"on {day.day} {day:%B} {day.year}" if i < n else "each year"
        sentence = f"Round {i} of the border talks took place {when}. "
        k = i % 3
        spans.append(
            (
                k,
                len(texts[k]),
                len(texts[k]) + len(sentence) - 1,
                sentence.index(when),
                len(when),
                day,
            )
        )
        texts[k] += sentence
    sources = tuple(
        Source(
            f"s{k}",
            f"s{k}.txt",
            texts[k],
            title=f"Talks report {k}",
            outlet=f"Outlet {k}",
            published="2023-12-31",
            published_basis="stated",
        )
        for k in range(3)
    )
    events = []
    for i, (k, a, b, t, tn, day) in enumerate(spans):
        text = texts[k]
        dated = i < n
        timex = Timex(
            a + t,
            a + t + tn,
            text[a + t : a + t + tn],
            "DATE" if dated else "SET",
            day.isoformat() if dated else "P1Y",
        )
        events.append(
            Event(
                f"e{i:03}",
                day.isoformat() if dated else None,
                day.isoformat() if dated else None,
                day.isoformat() if dated else None,
                f"Round {i} of the border talks",
                actors=("envoy",) if i % 3 == 0 else (),
                evidence=(Evidence(f"s{k}", a, b, text[a:b], timex),),
                score=(i * 37 % 101) / 10,
            )
        )
    envoy = Actor("envoy", "Ada Envoy", "person", events=tuple(e.id for e in events if e.actors))
    return Dossier(sources, tuple(events), (envoy,))


def ids(events) -> list[str]:
    return [e.id for e in events]


def test_the_highest_scores_in_timeline_order():
    d = Dossier(
        SOURCES,
        (
            ev("c", "2023-03-01", 5),
            ev("a", "2023-01-01", 1),
            ev("b", "2023-02-01", 9),
            ev("d", "2023-04-01", 7),
        ),
    )
    assert ids(key_events(d, 2)) == ["b", "d"]
    assert ids(key_events(d, 3)) == ["b", "c", "d"] == ids(timeline_order(key_events(d, 3)))


def test_ties_go_to_more_sources_then_more_passages_then_the_id():
    d = Dossier(
        SOURCES,
        (
            ev("z", "2023-01-01", 1, sources=1, passages=4),
            ev("y", "2023-01-02", 1, sources=3),
            ev("x", "2023-01-03", 1, sources=1, passages=2),
            ev("w", "2023-01-04", 1),
            ev("v", "2023-01-05", 1),
        ),
    )
    assert ids(key_events(d, 1)) == ["y"]
    assert ids(key_events(d, 2)) == ["z", "y"]
    assert ids(key_events(d, 3)) == ["z", "y", "x"]
    assert ids(key_events(d, 4)) == ["z", "y", "x", "v"]  # v before w: the id decides


def test_undated_and_ongoing_events_are_never_key_events():
    d = Dossier(
        SOURCES,
        (
            ev("undated", None, 100, date=None),
            ev("dated", "2023-05-01", 0),
            ev("no-first-day", None, 50, date="PRESENT_REF"),
        ),
    )
    assert ids(key_events(d)) == ["dated"]


def test_same_day_events_keep_their_order_and_the_default_size():
    events = tuple(
        ev(f"e{i:02}", "2023-01-01" if i % 2 else "2022-06-01", score=i % 7) for i in range(40)
    )
    d = Dossier(SOURCES, events[::-1])
    key = key_events(d)
    assert len(key) == KEY_EVENTS == 25
    starts = [e.start for e in key]
    assert starts == sorted(starts)
    order = {e.id: i for i, e in enumerate(d.events)}
    for a, b in zip(key, key[1:]):
        if a.start == b.start:
            assert order[a.id] < order[b.id]
    assert key_events(d, 0) == [] and len(key_events(d, 1000)) == 40


def test_only_key_events_keeps_sources_and_trims_actors_links():
    d = Dossier(
        SOURCES,
        (ev("a", "2023-01-01", 1), ev("b", "2023-02-01", 9)),
        (Actor("x", "X", "person", events=("a", "b")), Actor("y", "Y", "person", events=("a",))),
    )
    top = only_key_events(d, 1)
    assert top.sources == d.sources and ids(top.events) == ["b"]
    assert [a.events for a in top.actors] == [("b",), ()]
    assert store.loads(store.dumps(top)) == top


def test_summary_lists_the_key_events_first_when_there_are_many():
    from dossier_tui.summary import summarise

    d = many_events(60)
    text = summarise(d, "talks")
    key = text[
        text.index(f"Key events ({KEY_EVENTS} of 62):") : text.index("Timeline (60 dated events):")
    ]
    rows = key.splitlines()[1:-1]
    assert [r.split("  ")[-1] for r in rows] == [e.headline for e in key_events(d)]
    small = summarise(many_events(KEY_EVENTS - 2), "talks")  # 25 events: all are shown, no key list
    assert "Key events" not in small and f"Timeline ({KEY_EVENTS - 2} dated events):" in small
