"""Whatever the articles say, a build finishes, reports nothing it could not read, and
every passage it keeps is the source's own text."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_tui.build import build
from dossier_tui.ingest import load_corpus

_WORDS = [
    "the",
    "minister",
    "said",
    "on",
    "Monday",
    "Tuesday night",
    "last week",
    "a fortnight ago",
    "two millennia later",
    "in 1998",
    "1000s of",
    "at 1653 (2153 GMT)",
    "10:13 a.m.",
    "(1713 in Egypt)",
    "March 19",
    "19 March 2011",
    "the following day",
    "that year",
    "since then",
    "each year",
    "earthquake",
    "killed",
    "Reply",
    "| Report abuse |",
    "#news",
    "@someone:",
    "BACK { } of {total} NEXT",
    "The",
    "Haiti",
    "UK",
    "Türkiye",
    "agreed",
    "a deal",
    ".",
    ",",
    "\n",
    "\n\n",
    '"',
    "“",
    "”",
    "'s",
    "42",
    "2011",
    "9999",
    "0001",
    "31 December 9999",
    "1 January 0001",
    "29 February 2023",
    "Q3",
    "H2",
    "the 1990s",
    "decades ago",
    "the 21st century",
    "Mr",
    "Dr.",
    "U.S.",
    "—",
    "…",
    "\r\n",
]
_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(_WORDS), max_size=80).map(" ".join),
)
_published = st.one_of(
    st.none(),
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["0001-01-01", "9999-12-31", "2011-02-05"]),
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_text, _published), min_size=1, max_size=4))
def test_a_build_of_any_articles_finishes_and_keeps_only_real_passages(articles):
    with tempfile.TemporaryDirectory() as tmp:
        meta = []
        for i, (text, published) in enumerate(articles):
            name = f"a{i}.txt"
            (Path(tmp) / name).write_text(text, encoding="utf-8", newline="")
            if published:
                meta.append(f"{name}: {{published: '{published}'}}")
        (Path(tmp) / "sources.yaml").write_text("\n".join(meta) + "\n", encoding="utf-8")
        corpus = load_corpus([tmp])
        problems: list[str] = []
        d = build(corpus.sources, on_problem=problems.append)
    assert problems == []
    texts = {s.id: s.text for s in d.sources}
    for e in d.events:
        assert e.evidence
        for v in e.evidence:
            assert texts[v.source][v.start : v.end] == v.passage
            if v.timex:
                assert texts[v.source][v.timex.start : v.timex.end] == v.timex.text
    for a in d.actors:
        for q in a.quotes:
            assert texts[q.source][q.start : q.end] == q.text


def test_a_failing_article_is_reported_and_the_others_are_kept(tmp_path, monkeypatch):
    import dossier_tui.reading as R

    (tmp_path / "sources.yaml").write_text(
        "a.txt: {published: 2023-05-10}\nb.txt: {published: 2023-05-10}\n"
    )
    (tmp_path / "a.txt").write_text("The minister signed the treaty in Zenda on Monday.\n")
    (tmp_path / "b.txt").write_text("The minister resigned on Tuesday.\n")
    real = R.mentions

    def broken(source, timexes, *args, **kwargs):
        if source.id == "a":
            raise RuntimeError("boom")
        return real(source, timexes, *args, **kwargs)

    monkeypatch.setattr(R, "mentions", broken)
    problems: list[str] = []
    d = build(load_corpus([tmp_path]).sources, on_problem=problems.append)
    assert len(problems) == 1 and "a.txt" in problems[0] and "RuntimeError: boom" in problems[0]
    assert [s.id for s in d.sources] == ["a", "b"]
    assert any("resigned" in e.headline for e in d.events)
    assert not any("treaty" in e.headline for e in d.events)
