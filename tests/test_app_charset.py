"""The app on a terminal that is not UTF-8: what it draws is fitted to the terminal's
encoding cell for cell (ASCII boxes and symbols, letters without their accents), so the
screen keeps its shape and no character is written as an escape."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from dossier_tui import store
from dossier_tui.app.app import DossierApp
from dossier_tui.app.charset_filter import CharsetFilter

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "dossier_tui" / "examples" / "seeds.yaml"


def screen_lines(app: DossierApp) -> list[str]:
    return ["".join(seg.text for seg in strip) for strip in app.screen._compositor.render_strips()]


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
async def test_every_pane_is_drawn_in_the_terminals_encoding(encoding):
    app = DossierApp(store.load(EXAMPLE), str(EXAMPLE), encoding=encoding)
    async with app.run_test(size=(100, 30)) as pilot:
        for key in ("1", "2", "3", "question_mark"):
            await pilot.press(key)
            await pilot.pause()
            lines = screen_lines(app)
            assert all(len(line) == 100 for line in lines)  # one character a cell: nothing torn
            "".join(lines).encode(encoding)
            if key == "question_mark":
                await pilot.press("escape")
        await pilot.press("1")
        await pilot.pause()
        text = "\n".join(screen_lines(app))
        dot = "·" if encoding == "latin-1" else "-"  # Latin-1 holds a "·"; ASCII has its look-alike
        assert f"+- Timeline {dot} 23 events -" in text  # a round box, in ASCII


async def test_a_utf8_terminal_is_drawn_as_it_is():
    app = DossierApp(store.load(EXAMPLE), str(EXAMPLE), encoding="utf-8")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.charset is None
        assert "╭─ Timeline · 23 events ─" in "\n".join(screen_lines(app))


async def test_the_sources_text_is_fitted_without_its_accents():
    app = DossierApp(store.load(EXAMPLE), str(EXAMPLE), encoding="ascii")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        text = "\n".join(screen_lines(app))
        assert "Turkiye" in text and "\\x" not in text and "\\u" not in text


def test_a_wide_character_keeps_its_two_cells():
    fit = CharsetFilter("ascii").fit
    assert fit("中文 ok") == "???? ok" and fit("e\u0301") == "e" and fit("plain") == "plain"
    assert fit("🔎 Search") == ">  Search"  # a look-alike, and the wide icon's second cell


def test_the_app_in_a_c_locale_terminal_writes_ascii_and_no_escapes(tmp_path):
    from test_pty import Terminal

    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TEXTUAL", "PYTEST", "LC_", "PYTHONIO"))
    }
    env.update(
        TERM="xterm-256color", COLUMNS="80", LINES="24", LC_ALL="C", LANG="C", PYTHONUTF8="0"
    )
    term = Terminal([sys.executable, "-m", "dossier_tui", str(EXAMPLE)], env)
    try:
        assert term.read(60, until=b"Timeline"), "the app closed before drawing"
        term.send("3", until=b"Sources")
        term.send("q", settle=0)
    finally:
        status = term.close()
    out = bytes(term.out)
    assert status == 0 and b"Traceback" not in out
    assert (
        out.isascii() and b"\\u25" not in out and b"\\xb7" not in out
    )  # no box line or "·" escaped
    drawn = re.sub(rb"\x1b\[[0-9;]*m", b"", out)  # the text, without its colours
    assert b"+- Timeline - 23 events -" in drawn
