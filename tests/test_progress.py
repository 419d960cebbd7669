"""A build tells every stage as it goes, with the time left once it can be measured:
the estimate from a clock the test moves by hand, the words, the terminal line of the
CLI (only on a terminal), the stages of a real build, and the app's loading screen."""

from __future__ import annotations

import io
import os
import re
import sys
from pathlib import Path

from textual.app import App
from textual.widgets import Static

from dossier_tui.app.screens.loading import LoadingScreen
from dossier_tui.build import build
from dossier_tui.ingest import load_corpus
from dossier_tui.progress import MIN_SECONDS, Estimate, TerminalLine, describe, time_left

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


class Clock:
    """A clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def tick(self, seconds: float) -> None:
        self.now += seconds


def test_no_estimate_until_the_stage_has_been_seen_to_move():
    clock = Clock()
    est = Estimate(clock)
    assert est.update("reading", 10, 200) is None
    clock.tick(5)
    assert est.update("reading", 10, 200) is None  # has not moved: no rate to go by
    est = Estimate(clock)
    est.update("reading", 0, 200)
    clock.tick(MIN_SECONDS / 2)
    assert est.update("reading", 10, 200) is None  # too soon to tell
    clock.tick(MIN_SECONDS / 2)
    assert est.update("reading", 20, 200) == 9.0


def test_the_estimate_is_the_measured_rate_and_counts_down_between_reports():
    clock = Clock()
    est = Estimate(clock)
    est.update("reading", 20, 200)
    clock.tick(4)
    assert est.update("reading", 60, 200) == 14.0  # 40 in 4 s: 10 a second, 140 to go
    clock.tick(3)
    assert est.left() == 11.0  # no report for 3 s: 3 s less
    clock.tick(20)
    assert est.left() == 0.0  # late, never negative
    clock.tick(6)
    assert est.update("reading", 100, 200) == 100 / (80 / 33)  # slower now: the whole stage's rate


def test_a_new_stage_is_measured_afresh_and_an_ended_one_has_no_estimate():
    clock = Clock()
    est = Estimate(clock)
    est.update("reading", 0, 100)
    clock.tick(2)
    assert est.update("reading", 100, 100) is None  # done
    assert est.update("naming", 0, 100) is None
    clock.tick(1)
    assert est.update("naming", 50, 100) == 1.0
    clock.tick(10)
    assert est.update("merging", 4, 5) is None and est.elapsed() == 0.0
    clock.tick(3)
    assert est.update("merging", 1, 1) is None and est.elapsed() == 0.0  # a new count: a new stage


def test_time_left_in_words():
    assert time_left(3) == "a few seconds left"
    assert time_left(12) == "about 10 s left"
    assert time_left(38) == "about 40 s left"
    assert time_left(89) == "about 1 min left" and time_left(95) == "about 2 min left"
    assert time_left(3 * 3600 + 7 * 60) == "about 3 h 07 min left"


def test_the_stage_line():
    assert describe("reading", 120, 200, 38.0) == "Reading articles 120/200 · about 40 s left"
    assert describe("events", 2500, 10000) == "Indexing events 2,500/10,000"
    assert describe("merging", 2, 5, None, elapsed=12.4) == "Merging and ranking events 2/5 · 12 s"
    assert describe("merging", 2, 5, None, elapsed=1.0) == "Merging and ranking events 2/5"
    assert describe("writing", 0, 1) == "Writing the timeline 0/1"


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_terminal_line_is_rewritten_in_place_with_the_time_left():
    clock, err = Clock(), Tty()
    line = TerminalLine(err, clock=clock)
    line("reading", 10, 100)
    clock.tick(0.05)
    line("reading", 11, 100)  # within the interval: not redrawn
    clock.tick(2)
    line("reading", 50, 100)
    line.clear()
    assert err.getvalue().split("\r") == [
        "",
        "\x1b[Kdossier: Reading articles 10/100",
        "\x1b[Kdossier: Reading articles 50/100 · a few seconds left",
        "\x1b[K",
    ]


def test_the_end_of_a_stage_is_always_drawn():
    clock, err = Clock(), Tty()
    line = TerminalLine(err, clock=clock)
    line("naming", 10, 20)
    line("naming", 20, 20)
    assert err.getvalue().endswith("Finding names 20/20")


def test_no_progress_when_stderr_is_not_a_terminal():
    err = io.StringIO()
    line = TerminalLine(err, clock=Clock())
    line("reading", 1, 2)
    line.clear()
    assert err.getvalue() == ""
    TerminalLine(None)("reading", 1, 2)  # stderr closed (2>&-): nothing, and no error


def test_a_build_tells_every_stage_in_order():
    told: list[tuple[str, int, int]] = []
    corpus = load_corpus([SEEDS])
    build(corpus.sources, lambda *x: told.append(x))
    stages = list(dict.fromkeys(stage for stage, _, _ in told))
    assert stages == ["repeats", "reading", "dating", "merging", "naming", "actors"]
    for stage in stages:  # each ends, and never goes past its total
        counts = [(d, t) for s, d, t in told if s == stage]
        assert counts[-1][0] == counts[-1][1] and all(0 <= d <= t for d, t in counts)


def test_a_dating_that_dates_nothing_still_ends(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(
            "The talks ended on Tuesday without a deal.\n", encoding="utf-8"
        )
    told: list[tuple[str, int, int]] = []
    build(load_corpus([tmp_path]).sources, lambda *x: told.append(x))
    assert [x for x in told if x[0] == "dating"] == [("dating", 0, 2), ("dating", 2, 2)]


def test_the_cli_on_a_terminal_shows_each_stage_then_only_its_result(tmp_path):
    from test_pty import Terminal

    env = {k: v for k, v in os.environ.items() if not k.startswith(("TEXTUAL", "PYTEST"))}
    out = tmp_path / "t.yaml"
    term = Terminal(
        [
            sys.executable,
            "-m",
            "dossier_tui",
            "build",
            str(SEEDS),
            "-o",
            str(out),
            "-j",
            "1",
            "--no-cache",
        ],
        env,
    )
    status = term.close(120)
    text = bytes(term.out).decode()
    assert status == 0 and "Traceback" not in text
    names = [m.group(1) for m in re.finditer(r"\x1b\[Kdossier: ([A-Z][a-z]+(?: [a-z]+)*)", text)]
    seen = list(dict.fromkeys(names))
    assert seen == [
        "Reading files",
        "Finding text repeated across articles",
        "Reading articles",
        "Dating undated articles",
        "Merging and ranking events",
        "Finding names",
        "Finding people and organisations",
        "Writing the timeline",
        "Indexing sources",
        "Indexing events",
        "Indexing the text for the filter",
    ]
    last = text.rstrip("\r\n").rsplit("\r", 1)[-1]  # the line left on screen: the result alone
    assert last.startswith("\x1b[Kdossier: 5 sources, ") and last.endswith(f"-> {out}")


class Loading(App):
    """A loading screen whose build is the test's messages."""

    def on_mount(self) -> None:
        self.push_screen(LoadingScreen(["articles"]))


async def test_the_loading_screen_shows_the_stage_and_the_time_left(monkeypatch):
    monkeypatch.setattr(LoadingScreen, "build", lambda self: None)
    clock = Clock()
    app = Loading()
    async with app.run_test() as pilot:
        screen = app.screen
        assert isinstance(screen, LoadingScreen)
        screen.estimate = Estimate(clock)
        stage = screen.query_one("#loading-stage", Static)
        screen.post_message(LoadingScreen.Progress("reading", 20, 200, 0))
        await pilot.pause()
        assert str(stage.render()) == "Reading articles 20/200"
        clock.tick(6)
        screen.post_message(LoadingScreen.Progress("reading", 80, 200, 2))
        await pilot.pause()
        assert str(stage.render()) == "Reading articles 80/200 · about 10 s left · 2 problems"
        clock.tick(9)
        screen._show()  # the second's tick
        assert str(stage.render()) == "Reading articles 80/200 · a few seconds left · 2 problems"
        screen.post_message(LoadingScreen.Progress("merging", 1, 5, 2))
        await pilot.pause()
        clock.tick(14)
        screen._show()
        assert (
            str(stage.render()) == "Merging and ranking events 1/5 · 14 s · 2 problems"
        )  # a long step runs
