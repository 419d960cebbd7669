"""Hostile and damaged input, and the problems view.

Source text, file names and dossier fields that try to drive the terminal (escape
sequences, BEL, C1 controls, bidi overrides) or to become links and actions (Rich and
Textual markup), and dates no calendar has: none of it may reach the terminal as
anything but literal text, and none of it may crash the app. What the app would write
is checked on the screen's rendered strips (the segments the driver turns into bytes);
test_pty.py checks the bytes of the real app in a terminal.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_app import NARROW, footer, hand_made, main, span

from dossier_tui import store
from dossier_tui.app.app import DossierApp
from dossier_tui.app.screens.main import MainScreen
from dossier_tui.app.screens.problems import COUNTED, HEADINGS, ProblemsScreen
from dossier_tui.app.widgets.reader import Reader
from dossier_tui.export import render
from dossier_tui.ingest import changed_on_disk, load_corpus
from dossier_tui.model import (
    PROBLEM_KINDS,
    Actor,
    Conflict,
    Dossier,
    Event,
    Evidence,
    Problem,
    Quote,
    Role,
    Source,
    Timex,
)
from dossier_tui.safe_text import printable
from dossier_tui.summary import summarise

OSC0 = "\x1b]0;pwned\x07"
OSC52 = "\x1b]52;c;aGVsbG8=\x07"
OSC8 = "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\"
CSI = "\x1b[41m"
BIDI = "\u202egnp.exe\u202c"
MARKUP = (
    "[link=https://evil.example]click[/link] [link='https://evil.example']here[/link] "
    "[@click=app.quit]x[/] [@click='app.quit']y[/] [bold red]loud[/]"
)
EVIL = f"{MARKUP} {OSC52}{OSC0}{OSC8}{CSI}\x07\x9b31m{BIDI}"
#: what the app must never draw: C0 controls but tab and newline, DEL, C1, bidi controls
FORBIDDEN = {chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]} | set(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def hostile(bad_dates: bool = True) -> Dossier:
    """The hand-made dossier with something hostile in every field the app shows, and
    (``bad_dates``) dates no calendar has where a dossier built in memory could hold them."""
    d = hand_made()
    published, when, week, year0 = (
        ("2023-02-30", "2023-13-08TNI", "2023-W99", "0000-01-01")
        if bad_dates
        else ("2023-08-09", "2023-08-08TNI", "2023-W32", "2023-01-01")
    )
    text = f"9 August 2023\nMinisters met last night {EVIL} in London.\nThe deal was agreed last night.\n"
    ps, pe = span(text, f"Ministers met last night {EVIL} in London.")
    ts, te = span(text, "last night")
    qs, qe = span(text, f"{EVIL} in London")
    evil = Source(
        "evil",
        f"news{OSC0}/a{CSI}{MARKUP}.txt",
        text,
        title=f"Title {EVIL}",
        outlet=f"Out {EVIL}",
        url=f"https://x/{OSC52}",
        published=published,
        published_basis="inferred",
        published_reason=f"because {EVIL}",
    )
    ev = Evidence(
        "evil", ps, pe, text[ps:pe], Timex(ts, te, text[ts:te], "TIME", when, "reference")
    )
    meeting = Event(
        "2023-08-08-meeting",
        week,
        "2023-08-08",
        "2023-08-08",
        f"Ministers met {EVIL}",
        actors=("evil-actor",),
        evidence=(ev,),
        conflicts=(Conflict(f"{OSC52}[b]x[/b]", ("evil",)), Conflict(year0, ("evil",))),
    )
    actor = Actor(
        "evil-actor",
        f"Mr {EVIL}",
        "person",
        aliases=(f"Alias {EVIL}",),
        roles=(Role(text[qs:qe], "evil", qs, qe),),
        quotes=(Quote("evil", qs, qe, text[qs:qe]),),
        events=(meeting.id,),
    )
    problems = (
        Problem(evil.path, f"{evil.path}: {EVIL}", "decoding"),
        Problem(f"gone{OSC0}.txt", f"gone{OSC0}.txt: binary file, skipped", "skipped"),
    )
    return Dossier(
        sources=(*d.sources, evil),
        events=(*d.events, meeting),
        actors=(*d.actors, actor),
        problems=problems,
    )


def assert_safe(app: DossierApp, where: str) -> str:
    """Nothing the screen draws holds a control character, a hostile link or a hostile
    action; gives the text drawn."""
    text = ""
    for strip in app.screen._compositor.render_strips():
        for seg in strip:
            assert not FORBIDDEN & set(seg.text), (where, seg.text)
            if seg.style is not None:
                assert "evil.example" not in (seg.style.link or ""), (where, seg)
                assert "app.quit" not in str(seg.style.meta.get("@click", "")), (where, seg)
            text += seg.text
    return text


async def test_hostile_fields_are_drawn_and_copied_literally_and_bad_dates_crash_nothing():
    d = hostile()
    app = DossierApp(d, f"label{OSC0}{MARKUP}")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        screen = main(app)
        screen.timeline.select_event("2023-08-08-meeting")
        await pilot.pause()
        shown = assert_safe(app, "timeline")
        assert "[link=https://evil.example]click" in shown and "\ufffd]52;c;aGVsbG8=\ufffd" in shown
        await pilot.press("c")  # the event, markup and all, as plain text
        assert f"Ministers met {MARKUP}" in app.clipboard and not FORBIDDEN & set(app.clipboard)
        steps = [
            ("help", ["question_mark"]),
            ("problems", ["escape", "p"]),
            ("actors", ["escape", "2", "down", "down"]),
            ("quote", ["enter", "enter"]),
        ]
        for where, keys in steps:
            await pilot.press(*keys)
            await pilot.pause()
            assert_safe(app, where)
        assert screen.pane == "sources" and app.screen.query_one(Reader).source.id == "evil"
        await pilot.press("c")  # the quote
        quote = " ".join(d.actors[-1].quotes[0].text.split())
        assert app.clipboard.startswith(f"“{printable(quote)}”") and MARKUP in app.clipboard
        assert not FORBIDDEN & set(app.clipboard)
        await pilot.press("ctrl+p", *"Mi")
        await pilot.pause(0.3)
        assert_safe(app, "palette")
        assert app.is_running  # [@click=app.quit] was text, not an action


IMPOSSIBLE = ["2023-02-30", "2023-13", "2023-W99", "0000", "2023-02-29T10:00"]


def impossible(value: str) -> Dossier:
    """The hand-made dossier with ``value`` as an event's date, a publication date, a
    time expression's value and a conflicting date."""
    d = hand_made()
    visit, deal = d.events
    v = visit.evidence[0]
    visit = replace(
        visit,
        date=value,
        conflicts=(Conflict(value, ("b",)),),
        evidence=(replace(v, timex=replace(v.timex, value=value)), *visit.evidence[1:]),
    )
    undated = replace(
        deal,
        date=None,
        start=None,
        end=None,
        evidence=tuple(replace(x, timex=replace(x.timex, value=value)) for x in deal.evidence),
    )
    return replace(
        d, sources=(replace(d.sources[0], published=value), d.sources[1]), events=(visit, undated)
    )


@pytest.mark.parametrize("value", IMPOSSIBLE)
def test_impossible_dates_never_crash_the_summary_or_the_report_and_a_file_refuses_them(
    value, tmp_path
):
    d = impossible(value)
    assert (
        "Timeline" in summarise(d, "x") and "Dates differ" in render(d, "md") and render(d, "json")
    )
    path = tmp_path / "t.yaml"
    path.write_text(store.dumps(d), encoding="utf-8")
    with pytest.raises(store.StoreError, match=rf"^{path}:\d+: [^:]+: '{value}' is not"):
        store.load(path)


def test_a_dossier_file_with_an_impossible_date_is_one_line_on_stderr(tmp_path, capsys):
    from dossier_tui.cli import main as cli

    path = tmp_path / "t.yaml"
    path.write_text(store.dumps(impossible("2023-02-30")), encoding="utf-8")
    assert cli([str(path)]) == 1  # stdout is not a terminal here: the summary would have crashed
    err = capsys.readouterr().err
    assert (
        len(err.strip().splitlines()) == 1
        and "Traceback" not in err
        and "'2023-02-30' is not" in err
    )


def test_printable_replaces_controls_and_bidi_one_for_one():
    text = f"a{EVIL}b\tc\nd\r\n"
    out = printable(text)
    assert len(out) == len(text) and not FORBIDDEN & set(out) and out.endswith("b\tc\nd\ufffd\n")
    assert printable("\u202eabc\u2066") == "\ufffdabc\ufffd"
    assert printable("plain — “text”, café, Türkiye") == "plain — “text”, café, Türkiye"
    assert "\n" not in printable("a\nb\tc", keep_newlines=False)


# ---------------------------------------------------------------- the problems view
def hostile_folder(root):
    """A folder whose names and text are hostile, with a binary file, a cp1252 file and
    a sources.yaml entry whose date is not understood."""
    folder = root / f"news{OSC0}"
    folder.mkdir()
    text = (
        f"9 August 2023\nMinisters met [link='https://evil.example']here[/link] last night {EVIL} in London.\n"
        "The deal was agreed last night.\r\n"
    )
    (folder / f"a{CSI}{MARKUP.replace('/', '|')}.txt").write_text(
        text, encoding="utf-8", newline=""
    )
    (folder / f"bin{OSC52}.txt").write_bytes(b"\x00\x01" * 50)
    (folder / "cafe.txt").write_bytes(
        "10 August 2023\nTalks at the café resumed on Tuesday.\n".encode("cp1252")
    )
    (folder / "later.txt").write_text("Talks resumed.\n", encoding="utf-8")
    (folder / "sources.yaml").write_text("later.txt: {published: sometime}\n", encoding="utf-8")
    return folder, text


async def test_a_hostile_folder_builds_and_the_problems_view_lists_its_problems(tmp_path):
    folder, text = hostile_folder(tmp_path)
    app = DossierApp(paths=[str(folder)])
    async with app.run_test(size=NARROW) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = main(app)
        assert app.dossier.sources[0].text == text  # stored exactly, shown escaped
        assert_safe(app, "timeline")
        assert footer(app)["p"] == "Problems"
        notices = [n.message for n in app._notifications]
        assert any("3 problems building this dossier: press p" in n for n in notices)
        assert all(not FORBIDDEN & set(n) for n in notices)
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        shown = assert_safe(app, "problems")
        for heading in (
            "Files not read (1)",
            "Text decoded with a fallback (1)",
            "Metadata not understood (1)",
        ):
            assert heading in shown
        lst = app.screen.query_one("#problems-list")
        listed = " ".join(str(lst.get_option_at_index(i).prompt) for i in range(lst.option_count))
        # the rows' own text: what is drawn may be cut to the width (a long temporary path)
        assert (
            "binary file, skipped" in listed
            and "decoded as cp1252" in listed
            and "'sometime'" in listed
        )
        cafe = next(
            i for i in range(lst.option_count) if "cp1252" in str(lst.get_option_at_index(i).prompt)
        )
        lst.highlighted = cafe
        await pilot.press("enter")  # opens the source in the reader
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and screen.pane == "sources"
        assert app.screen.query_one(Reader).source.path.endswith("cafe.txt")
        await pilot.press("3", "home")  # the hostile article
        await pilot.pause()
        shown = app.screen.query_one(Reader).content.plain
        assert len(shown) == len(text) and "\ufffd[41m" in shown and MARKUP in shown


async def test_a_source_changed_on_disk_since_the_build_is_a_problem(tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(
            f"9 August 2023\nTalks on {name} resumed on Tuesday.\n", encoding="utf-8"
        )
    from dossier_tui.build import build

    monkeypatch.chdir(tmp_path)
    d = build(load_corpus(["articles"]).sources)
    timeline = tmp_path / "data" / "timeline.yaml"
    timeline.parent.mkdir()
    store.save(d, timeline)
    (folder / "b.txt").write_text("9 August 2023\nTalks collapsed.\n", encoding="utf-8")
    (folder / "c.txt").unlink()
    monkeypatch.chdir(
        tmp_path / "data"
    )  # paths are relative to where the build ran: found from the file
    app = DossierApp(store.load(timeline), str(timeline))
    async with app.run_test(size=NARROW) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()  # the worker's message, then the footer its bindings remake
        assert footer(app).get("p") == "Problems"
        assert any(
            "2 sources changed or gone on disk since the build" in n.message
            for n in app._notifications
        )
        await pilot.press("p")
        await pilot.pause()
        shown = assert_safe(app, "problems")
        assert (
            "Changed on disk since the build (1)" in shown
            and "articles/b.txt: changed on disk" in shown
        )
        assert "No longer on disk (1)" in shown and "articles/c.txt" in shown


def test_changed_on_disk_says_nothing_when_no_file_is_here(tmp_path):
    (tmp_path / "a.txt").write_text("9 August 2023\nTalks.\n", encoding="utf-8")
    src = load_corpus([tmp_path / "a.txt"]).sources[0]
    assert src.sha256 and changed_on_disk([src], [tmp_path]) == []
    moved = replace(src, path="elsewhere/a.txt")
    assert changed_on_disk([moved], [tmp_path]) == []  # the articles are not here at all
    (tmp_path / "a.txt").write_text("changed", encoding="utf-8")
    assert [p.kind for p in changed_on_disk([src, moved], [tmp_path])] == ["changed", "missing"]
    assert (
        changed_on_disk([replace(src, sha256=None)], [tmp_path]) == []
    )  # an older file: not checked


def test_problems_and_hashes_round_trip_and_are_checked(tmp_path):
    d = hostile(bad_dates=False)
    d = replace(d, sources=tuple(replace(s, sha256="ab" * 32) for s in d.sources))
    assert store.loads(store.dumps(d)) == d  # hostile text, problems and hashes kept exactly
    assert set(HEADINGS) == set(COUNTED) == set(PROBLEM_KINDS)
    with pytest.raises(
        store.StoreError, match=r"sources\[0\]\.sha256: expected 64 hexadecimal digits"
    ):
        store.loads(
            store.dumps(replace(d, sources=(replace(d.sources[0], sha256="xyz"), *d.sources[1:])))
        )
    with pytest.raises(store.StoreError, match=r"problems\[0\]\.kind: 'odd' is not one of"):
        store.loads(
            store.dumps(replace(hand_made(), problems=(Problem("a.txt", "a.txt: odd", "odd"),)))
        )
