"""Notes on sources: anchored to the words of the source (its opening and its middle),
its title and its address; found again after a rebuild, a file renamed or an edit,
reported when the source is gone, and carried by the exports that carry notes."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
import yaml
from test_curation import _build, _corpus

from dossier_tui import curation
from dossier_tui.curation import Curation, decision, source_anchor
from dossier_tui.export import render

NOTE = "ask the outlet for the full statement"


@pytest.fixture(scope="module")
def noted(tmp_path_factory):
    """The seeds built, a note on the Guardian's article, the curation saved."""
    tmp = tmp_path_factory.mktemp("noted")
    d = _build(_corpus(tmp))
    (guardian,) = [s for s in d.sources if s.outlet == "The Guardian"]
    path = tmp / "curation.yaml"
    curation.save(Curation((decision("note", source_anchor(guardian), NOTE),)), path)
    return tmp, d, guardian, path


def test_a_note_lands_on_its_source_and_reads_back(noted):
    _, d, guardian, path = noted
    text = path.read_text(encoding="utf-8")
    c = curation.load(path)
    assert curation.dumps(c) == text and "kind: source" in text
    (dec,) = c.decisions
    assert dec.on == "source" and dec.about.name == guardian.title
    assert all(guardian.text[s.start : s.end] == s.text for s in dec.about.spans)
    cur = curation.apply(d, c)
    assert cur.lost == () and cur.source_marks(guardian.id).notes == (NOTE,)
    assert not cur.events and not cur.actors and cur.dossier == d


def test_the_exports_carry_it(noted):
    _, d, guardian, path = noted
    cur = curation.apply(d, curation.load(path))
    n = [s.id for s in d.sources].index(guardian.id) + 1
    assert yaml.safe_load(render(cur, "yaml"))["curation"]["sources"] == {
        guardian.id: {"notes": [NOTE]}
    }
    assert json.loads(render(cur, "json"))["curation"]["sources"][guardian.id]["notes"] == [NOTE]
    assert f"*Note on [{n}]:* {NOTE}" in render(cur, "md")
    html = render(cur, "html")
    assert f'<p class="note">{NOTE}</p>' in html.split('id="sources"')[1]


@pytest.mark.parametrize("rebuilt", ["a sixth article", "renamed", "opening rewritten"])
def test_it_is_found_again_after_a_rebuild(noted, tmp_path, rebuilt):
    _, _, guardian, path = noted
    folder = _corpus(tmp_path, sixth=rebuilt == "a sixth article")
    f = folder / f"{guardian.id}.txt"
    if rebuilt == "renamed":
        f.rename(folder / "guardian-deal.txt")
    if rebuilt == "opening rewritten":
        (opening, _) = curation.load(path).decisions[0].about.spans
        f.write_text(f.read_text(encoding="utf-8").replace(opening.text, "Updated."), "utf-8")
    d = _build(folder)
    cur = curation.apply(d, curation.load(path))
    assert cur.lost == ()
    ((found, marks),) = cur.sources.items()
    assert marks.notes == (NOTE,)
    assert found == ("guardian-deal" if rebuilt == "renamed" else guardian.id)


def test_a_note_whose_source_is_gone_is_reported(noted, tmp_path):
    _, _, guardian, path = noted
    folder = _corpus(tmp_path)
    (folder / f"{guardian.id}.txt").unlink()
    cur = curation.apply(_build(folder), curation.load(path))
    (lost,) = cur.lost
    assert not cur.sources and guardian.title in lost.message
    assert "no source says its words" in lost.message


def test_an_address_finds_a_source_whose_words_are_all_new(noted):
    _, d, guardian, _ = noted
    url = "https://example.org/news/deal"
    (other, *_) = [s for s in d.sources if s.id != guardian.id]
    d = replace(d, sources=tuple(replace(s, url=url) if s == other else s for s in d.sources))
    words = (curation.Span(guardian.id, 0, 20, "words no source says"),)
    anchor = curation.Anchor("source", words, "gone", "no such title", url=url)
    cur = curation.apply(d, Curation((decision("note", anchor, NOTE),)))
    assert cur.lost == () and cur.source_marks(other.id).notes == (NOTE,)


def test_only_a_note_may_be_decided_about_a_source():
    about = "about: {kind: source, name: T, spans: [{source: a, start: 0, end: 1, text: x}]}"
    with pytest.raises(curation.CurationError) as e:
        curation.loads(f"decisions:\n- action: hide\n  {about}\n", "curation.yaml")
    assert "decisions[0].action: 'hide' is not one of note (a source)" in str(e.value)
    with pytest.raises(curation.CurationError, match="kind: 'book' is not one of"):
        curation.loads("decisions:\n- action: note\n  value: x\n  about: {kind: book, name: T}\n")
