"""Splitting an actor by the names a person picks: the roles and quotes given beside
those names leave with them, and the split is found again from the file."""

from __future__ import annotations

from conftest import EXAMPLE

from dossier_tui import curation, store
from dossier_tui.curation import Curation
from dossier_tui.curation.decision import Span
from dossier_tui.curation.splitting import nearest, split_decision


def test_the_quotes_beside_the_names_picked_leave_with_them(tmp_path):
    d = store.load(EXAMPLE)
    (turkiye,) = [a for a in d.actors if a.name == "Türkiye"]
    (quote,) = turkiye.quotes
    dec = split_decision(d, turkiye, ("Turkey",), "Turkey")
    assert [s.text for s in dec.others[0].spans] == [quote.text]
    path = tmp_path / "curation.yaml"
    curation.save(Curation((dec,)), path)
    cur = curation.apply(d, curation.load(path))
    (kept,) = [a for a in cur.dossier.actors if a.id == turkiye.id]
    (new,) = [a for a in cur.dossier.actors if a.name == "Turkey"]
    assert kept.aliases == ("Turkiye",) and not kept.quotes
    assert new.quotes == (quote,) and new.kind == "place" and new.events
    assert all(new.id in e.actors for e in cur.dossier.events if e.id in new.events)


def test_the_name_written_nearest_gives_a_quote():
    text = 'Mr Smith, the minister, said: "We will act." Ms Jones disagreed with Smith.'
    said = text.index('"We')
    span = Span("a", said, said + len('"We will act."'), '"We will act."')
    assert nearest(text, span, ("Ms Jones", "Smith", "Mr Smith")) == "Mr Smith"
    inside = Span("a", 0, len(text), text)  # names inside the span are spoken of
    assert nearest(text, inside, ("Smith",)) == ""
