"""Pictures of the main screens at 120x40 and 80x24, at 60x20, and in a 16-colour
theme (pytest-textual-snapshot).

They use the hand-made dossiers of test_app and test_ranking, which do not change when
analysis improves, so a changed picture means the app changed. Update with
``pytest --snapshot-update`` after checking the new pictures.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pytest_textual_snapshot")

from test_app import NARROW, WIDE, hand_made  # noqa: E402
from test_ranking import many_events  # noqa: E402

from dossier_tui.app.app import DossierApp  # noqa: E402

SCREENS = {
    "timeline": [],
    "evidence": ["enter"],
    "actors": ["2"],
    "profile": ["2", "enter"],
    "sources": ["3"],
    "filter": ["slash", *"deal"],
    "help": ["question_mark"],
}
#: screens of the keys that matter most where room is short: drawn at 80x24 only
NARROW_SCREENS = {
    "trail": ["enter", "n"],
    "actor-filter": ["2", "slash", *"jen"],
    "find": ["3", "r", "slash", *"last"],
    "find-steps": ["3", "r", "slash", *"last", "enter", "tab"],
}


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["120x40", "80x24"])
@pytest.mark.parametrize("name", list(SCREENS))
def test_screen(snap_compare, name, size):
    assert snap_compare(
        DossierApp(hand_made(), "hand-made"), press=SCREENS[name], terminal_size=size
    )


@pytest.mark.parametrize("name", list(NARROW_SCREENS))
def test_narrow_screen(snap_compare, name):
    assert snap_compare(
        DossierApp(hand_made(), "hand-made"), press=NARROW_SCREENS[name], terminal_size=NARROW
    )


def test_export_dialog(snap_compare):
    async def open_export(pilot):
        await pilot.press("e")
        await pilot.pause()
        pilot.app.screen.query_one("#export-ok").focus()  # no blinking text cursor in the picture

    assert snap_compare(
        DossierApp(hand_made(), "hand-made"), run_before=open_export, terminal_size=NARROW
    )


def test_problems_view(snap_compare):
    """The problems of a build, grouped by kind, at 80x24."""
    from dataclasses import replace

    from dossier_tui.model import Problem

    d = replace(
        hand_made(),
        problems=(
            Problem("a.txt", "a.txt: not valid UTF-8 (byte 120); decoded as cp1252", "decoding"),
            Problem("photo.txt", "photo.txt: binary file, skipped", "skipped"),
            Problem("notes.txt", "notes.txt: cannot read (Permission denied)", "skipped"),
            Problem(
                "b.txt",
                "b.txt: changed on disk since the build; the dossier shows the text it was built from",
                "changed",
            ),
        ),
    )
    assert snap_compare(DossierApp(d, "hand-made"), press=["p"], terminal_size=NARROW)


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["120x40", "80x24"])
def test_key_events_view(snap_compare, size):
    """A dossier of more events than the key-events view holds opens on its key events."""
    assert snap_compare(DossierApp(many_events(60), "talks"), terminal_size=size)


@pytest.mark.parametrize("name", ["filter-on", "trail"])
def test_small_terminal(snap_compare, name):
    """At 60x20 the footer still offers help and quit, the filter bar takes one line and
    the reader's position is not cut."""
    press = {"filter-on": ["slash", *"deal", "enter"], "trail": NARROW_SCREENS["trail"]}[name]
    assert snap_compare(DossierApp(hand_made(), "hand-made"), press=press, terminal_size=(60, 20))


@pytest.mark.parametrize("name", ["evidence", "find-steps"])
def test_sixteen_colours(snap_compare, name):
    """Textual's ANSI theme: the terminal's own 16 colours, as on a console or an old
    terminal; the passage, the time expression and the matches of a find must still show."""

    async def ansi(pilot):
        pilot.app.theme = "ansi-dark"
        await pilot.pause()
        await pilot.press(*{**SCREENS, **NARROW_SCREENS}[name])
        await pilot.pause()

    assert snap_compare(DossierApp(hand_made(), "hand-made"), run_before=ansi, terminal_size=NARROW)
