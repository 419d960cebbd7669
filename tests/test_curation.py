"""Curation kept across rebuilds: decisions made on the seeds' dossier, a sixth article
added, the corpus built again, every decision found again (or reported when its words
are gone)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dossier_tui import curation
from dossier_tui.build import build
from dossier_tui.curation import Curation, actor_anchor, decision, event_anchor, passage_anchor
from dossier_tui.ingest import load_corpus

ROOT = Path(__file__).resolve().parent.parent

#: a sixth report of the story, written for these tests in the manner of a wire story
SIXTH = """\
Turkey and Britain step up joint work against smuggling gangs

10 August 2023

Officers from the National Crime Agency will start work in Ankara next month under the
agreement announced on Tuesday, the Home Office said on Thursday.

Robert Jenrick, the immigration minister, said the new centre would "go after the
gangs and the boats they use". He visited Turkey in July.

Suella Braverman said the partnership showed that the government was delivering on its
promise to stop the boats.

Labour said the announcement did nothing to clear the backlog of asylum claims.
"""


def _corpus(tmp_path: Path, sixth: bool = False) -> Path:
    folder = tmp_path / "corpus"
    if not folder.exists():
        shutil.copytree(ROOT / "seeds", folder)
    if sixth:
        (folder / "005_sixth.txt").write_text(SIXTH, encoding="utf-8")
    return folder


def _build(folder: Path):
    return build(load_corpus([folder]).sources)


def _event(d, *words: str):
    """The one event whose headline holds all ``words``."""
    (e,) = [e for e in d.events if all(w in e.headline for w in words)]
    return e


def _holding(curated, text: str):
    """The event of a curated dossier with a passage holding ``text``."""
    found = [e for e in curated.dossier.events if any(text in v.passage for v in e.evidence)]
    assert len(found) == 1, (text, [e.headline for e in found])
    return found[0]


@pytest.fixture(scope="module")
def decided(tmp_path_factory):
    """The seeds built, curated (hide, re-date, merge, move a passage, star, tag, rename
    an actor, merge and split actors, a note), the curation saved."""
    tmp = tmp_path_factory.mktemp("curate")
    folder = _corpus(tmp)
    d = _build(folder)
    crisis = _event(d, "economic crisis")
    dialogue = _event(d, "Migration Dialogue")
    funding = _event(d, "The Home Office provided")
    investigation = _event(d, "investigation for the Guardian")
    centre = _event(d, "centre of excellence")
    visit = _event(d, "Jenrick visited")
    moved = next(v for v in centre.evidence if "joint operations" in v.passage)
    government = next(a for a in d.actors if a.name == "British Government")
    jenrick = next(a for a in d.actors if a.name == "Robert Jenrick")
    c = Curation()
    for dec in (
        decision("hide", event_anchor(crisis), note="background, not an event"),
        decision("redate", event_anchor(dialogue), "2023-10"),
        decision("merge", event_anchor(funding), others=(event_anchor(investigation),)),
        decision("move", passage_anchor(moved), "More officers deployed to Turkey"),
        decision("star", event_anchor(visit)),
        decision("tag", event_anchor(centre), "agreement"),
        decision("note", event_anchor(centre), "check the date of the announcement"),
        decision("rename", actor_anchor(d, government), "UK Government"),
        decision("tag", actor_anchor(d, jenrick), "minister"),
    ):
        c = c.adding(dec)
    path = curation.beside(tmp / "data" / "timeline.yaml")
    path.parent.mkdir()
    curation.save(c, path)
    return tmp, d, path, moved, visit.evidence[0].passage


def test_the_file_reads_back_as_it_was_written(decided):
    _, _, path, *_ = decided
    text = path.read_text(encoding="utf-8")
    c = curation.load(path)
    assert len(c.decisions) == 9
    assert curation.dumps(c) == text
    assert text.startswith("# ") and "schema: 1" in text and "kind: dossier-curation" in text
    for dec in c.decisions:
        assert dec.at.endswith("Z") and dec.about.spans


@pytest.mark.parametrize("rebuilt", [False, True], ids=["same corpus", "a sixth article"])
def test_every_decision_applies_after_a_rebuild(decided, rebuilt):
    tmp, before, path, moved, visited = decided
    d = _build(_corpus(tmp, sixth=rebuilt)) if rebuilt else before
    if rebuilt:
        assert len(d.sources) == 6 and len(d.events) != len(before.events)
    cur = curation.apply(d, curation.load(path))
    assert cur.lost == ()
    # hidden: still there (to be shown on demand), gone from what is visible
    crisis = _holding(cur, "economic crisis")
    assert cur.event_marks(crisis.id).hidden
    assert crisis.id not in {e.id for e in cur.visible().events}
    # re-dated, the machine's date kept beside it
    dialogue = _holding(cur, "migration dialogue meeting")
    assert (dialogue.date, dialogue.start, dialogue.end) == ("2023-10", "2023-10-01", "2023-10-31")
    marks = cur.event_marks(dialogue.id)
    assert marks.corrected and marks.machine == "2023-FA"
    # merged: the investigation's passage and the funding's in one event
    merged = _holding(cur, "An investigation for the Guardian revealed")
    assert merged.date == "2022" and "2023-06" in {c.value for c in merged.conflicts}
    # moved: the passage makes an event of its own, no longer in the centre's
    new = next(e for e in cur.dossier.events if e.headline == "More officers deployed to Turkey")
    assert [(v.source, v.start, v.end) for v in new.evidence] == [
        (moved.source, moved.start, moved.end)
    ]
    centre = _holding(cur, "centre of excellence")
    assert (moved.source, moved.start) not in {(v.source, v.start) for v in centre.evidence}
    # starred, tagged, noted: once each, on the event that now holds most of the passages
    # the person saw (a rebuild may split a happening the machine had in one event)
    assert cur.event_marks(_holding(cur, visited).id).starred
    (tagged,) = [i for i, m in cur.events.items() if m.tags]
    assert cur.event_marks(tagged).tags == ("agreement",)
    assert cur.event_marks(tagged).notes == ("check the date of the announcement",)
    seen = {(v.source, v.start) for v in _event(before, "centre of excellence").evidence}
    holds = {
        e.id: len(seen & {(v.source, v.start) for v in e.evidence}) for e in cur.dossier.events
    }
    assert holds[tagged] == max(holds.values()) > 0
    # the actor renamed (its old name now an alias) and tagged
    (gov,) = [a for a in cur.dossier.actors if a.name == "UK Government"]
    assert "British Government" in gov.aliases
    assert cur.actor_marks(gov.id).machine == "British Government"
    (jenrick,) = [a for a in cur.dossier.actors if a.name == "Robert Jenrick"]
    assert cur.actor_marks(jenrick.id).tags == ("minister",)
    if rebuilt:  # the new article's passages have joined the events they report
        assert any(v.source == "005_sixth" for e in cur.dossier.events for v in e.evidence)


def test_a_decision_whose_words_are_gone_is_reported(decided, tmp_path):
    _, before, path, *_ = decided
    folder = tmp_path / "corpus"
    shutil.copytree(ROOT / "seeds", folder)
    crisis = _event(before, "economic crisis")
    (source,) = crisis.sources
    # the article is edited: the sentence the hidden event stands on is rewritten
    f = folder / f"{source}.txt"
    f.write_text(
        f.read_text(encoding="utf-8").replace("grappling with", "facing"), encoding="utf-8"
    )
    cur = curation.apply(_build(folder), curation.load(path))
    (lost,) = cur.lost
    assert lost.decision.action == "hide" and lost.index == 0
    assert "economic crisis" in lost.message and "no longer" in lost.message
    assert not any(m.hidden for m in cur.events.values())  # nothing else hidden instead


def test_an_edited_article_keeps_its_decisions(decided, tmp_path):
    """Words moved by an edit above them are found where they are now."""
    _, before, path, *_ = decided
    folder = tmp_path / "corpus"
    shutil.copytree(ROOT / "seeds", folder)
    for f in folder.glob("*.txt"):
        text = f.read_text(encoding="utf-8").rstrip("\n")
        at = text.index("\n", len(text) // 3)
        note = "\nThis article was updated to add a response from the ministry.\n"
        f.write_text(text[:at] + note + text[at:] + "\n", encoding="utf-8")
    after = _build(folder)
    assert {v.start for e in after.events for v in e.evidence} != {
        v.start for e in before.events for v in e.evidence
    }
    cur = curation.apply(after, curation.load(path))
    assert cur.lost == ()


def test_a_merge_that_finds_only_one_side_changes_nothing(decided):
    _, d, *_ = decided
    funding = _event(d, "The Home Office provided")
    gone = curation.Anchor("event", (curation.Span("no-such-source", 0, 5, "words"),), "x")
    c = Curation((decision("merge", event_anchor(funding), others=(gone,)),))
    cur = curation.apply(d, c)
    assert cur.dossier == d and [x.index for x in cur.lost] == [0]
    assert "merged into it" in cur.lost[0].message


def test_merged_and_split_actors(decided):
    _, d, *_ = decided
    braverman = next(a for a in d.actors if a.name == "Suella Braverman")
    office = next(a for a in d.actors if a.name == "Home Office")
    c = Curation(
        (decision("merge", actor_anchor(d, office), others=(actor_anchor(d, braverman),)),)
    )
    cur = curation.apply(d, c)
    (merged,) = [a for a in cur.dossier.actors if a.name == "Home Office"]
    assert "Suella Braverman" in merged.aliases
    assert set(braverman.quotes) <= set(merged.quotes)
    assert not any(a.name == "Suella Braverman" for a in cur.dossier.actors)
    assert not any(braverman.id in e.actors for e in cur.dossier.events)
    # and split again: the quotes that were hers leave with her
    spans = curation.Anchor(
        "actor",
        tuple(curation.Span(q.source, q.start, q.end, q.text) for q in braverman.quotes),
        "Suella Braverman",
        actor_kind="person",
    )
    c = c.adding(decision("split", actor_anchor(d, office), "Suella Braverman", (spans,)))
    cur = curation.apply(d, c)
    (again,) = [a for a in cur.dossier.actors if a.name == "Suella Braverman"]
    assert set(again.quotes) == set(braverman.quotes)
    assert again.kind == "person" and set(again.events) <= set(braverman.events)
    assert all(again.id in e.actors for e in cur.dossier.events if e.id in again.events)


@pytest.mark.parametrize(
    "text, problem",
    [
        ("decisions: 3", "decisions: should be a list"),
        (
            "decisions:\n- action: stra\n  about: {kind: event, spans: [{source: a, start: 0, end: 1, text: x}]}",
            "decisions[0].action: 'stra' is not one of",
        ),
        (
            "decisions:\n- action: tag\n  about: {kind: event, spans: [{source: a, start: 0, end: 1, text: x}]}",
            "decisions[0].value: a tag decision needs a value",
        ),
        (
            "decisions:\n- action: hide\n  about: {kind: event, spans: [{source: a, start: 5, end: 1, text: x}]}",
            "end comes before start",
        ),
        ("schema: 9\ndecisions: []", "this dossier reads schema 1"),
        ("decisions: [", "not YAML"),
        ("a: &a [*a, *a]\n", ""),
    ],
)
def test_a_file_that_cannot_be_read_says_where_and_why(text, problem):
    with pytest.raises(curation.CurationError) as e:
        curation.loads(text, "curation.yaml")
    assert str(e.value).startswith("curation.yaml") and problem in str(e.value)
    assert "\n" not in str(e.value)


def test_a_redate_that_is_no_date_is_reported(decided):
    _, d, *_ = decided
    c = Curation((decision("redate", event_anchor(d.events[0]), "soon"),))
    cur = curation.apply(d, c)
    assert cur.dossier == d and "'soon' is not a date" in cur.lost[0].message


def test_decisions_added_one_at_a_time_give_what_the_file_gives(decided):
    """The app adds decisions one by one; reopening applies the file at once."""
    _, d, path, *_ = decided
    c = curation.load(path)
    one_by_one = curation.Applier(d)
    for dec in c.decisions:
        one_by_one.add(dec)
    assert one_by_one.result() == curation.apply(d, c)


def test_a_session_saves_each_decision_and_undoes_them(decided, tmp_path):
    _, d, _, *_ = decided
    path = tmp_path / "curation.yaml"
    s = curation.Session.open(d, path)
    assert s.curation.decisions == () and not s.can_undo
    visit = _event(d, "Jenrick visited")
    s.decide(decision("star", event_anchor(visit)))
    s.decide(decision("redate", event_anchor(visit), "2023-07-20"))
    assert len(curation.load(path).decisions) == 2
    (now,) = [e for e in s.curated.dossier.events if e.id == visit.id]
    assert now.date == "2023-07-20" and s.curated.event_marks(visit.id).starred
    # the star taken off: the decision leaves the file
    (star,) = [i for i, x in enumerate(s.curation.decisions) if x.action == "star"]
    s.withdraw({star})
    assert [x.action for x in curation.load(path).decisions] == ["redate"]
    assert not s.curated.event_marks(visit.id).starred
    assert s.undo() and [x.action for x in curation.load(path).decisions] == ["star", "redate"]
    assert s.undo() and s.undo() and not s.undo()
    assert curation.load(path).decisions == () and s.curated.dossier == d


def test_a_decision_that_cannot_be_saved_is_not_made(decided, tmp_path):
    from dossier_tui.writes import WriteError

    _, d, *_ = decided
    (tmp_path / "curation.yaml").mkdir()  # a folder where the file should be
    s = curation.Session(d, tmp_path / "curation.yaml", Curation())
    with pytest.raises(WriteError):
        s.decide(decision("star", event_anchor(d.events[0])))
    assert s.curation.decisions == () and not s.curated.events and not s.can_undo
