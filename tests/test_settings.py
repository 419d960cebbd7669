"""The user's settings: kept in a commented file, read strictly, never written over
when damaged; the app keeps its theme and timeline view, the CLI reopens the last dossier.

Every test has a config folder of its own (conftest's ``config_dir``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from test_app import EXAMPLE, NARROW, ROOT, hand_made
from test_ranking import many_events

from dossier_tui import cli, settings, store
from dossier_tui.app.app import DossierApp
from dossier_tui.commands import app_launch
from dossier_tui.settings import Settings, SettingsFile


def test_the_config_folder_is_the_tests_own(config_dir):
    assert settings.settings_path() == config_dir / "settings.yaml"
    assert SettingsFile().values == Settings() and SettingsFile().problem is None


def test_a_change_is_written_commented_and_in_a_stable_order(config_dir):
    path = config_dir / "deeper" / "settings.yaml"  # a missing folder is made: it is ours
    f = SettingsFile(path)
    assert f.change(timeline_view="all") is None
    assert f.change(theme="nord") is None
    text = path.read_text(encoding="utf-8")
    assert [
        line.split(":")[0] for line in text.splitlines() if line and not line.startswith("#")
    ] == ["theme", "last_dossier", "timeline_view"]
    assert (
        "theme: nord\n" in text
        and "last_dossier: null\n" in text
        and "timeline_view: all\n" in text
    )
    assert all(line.startswith("#") for line in text.splitlines()[:3])
    assert SettingsFile(path).values == Settings(theme="nord", timeline_view="all")


@pytest.mark.parametrize(
    "name",
    [
        "/tmp/a b/timeline.yaml",
        "yes",
        "2023-08-09",
        "x: y # z",
        "'quoted'",
        "C:\\news\\timeline.yaml",
        "T\u00fcrkiye/\u202eevil\x1b[31m.yaml",
        "/tmp/\udcff.yaml",
        "line\nbreak",
    ],
)
def test_any_path_reads_back_as_it_was_written(config_dir, name):
    SettingsFile().change(last_dossier=name)
    assert SettingsFile().values.last_dossier == name
    assert SettingsFile().problem is None


#: any text, lone surrogates too (the undecodable bytes of a file name)
ANY_TEXT = st.one_of(st.none(), st.text(st.characters(exclude_categories=())))


@hypothesis_settings(max_examples=200, deadline=None)
@given(ANY_TEXT, ANY_TEXT, st.sampled_from([None, *settings.VIEWS]))
def test_every_value_written_reads_back(theme, last, view):
    s = Settings(theme, last, view)
    assert settings.parse(settings.render(s), "settings.yaml") == s


def test_an_edit_made_meanwhile_is_kept(config_dir):
    f = SettingsFile()
    f.change(theme="nord")
    (config_dir / "settings.yaml").write_text(
        "theme: gruvbox\nlast_dossier: /tmp/story\n", encoding="utf-8"
    )
    f.change(timeline_view="all")
    assert SettingsFile().values == Settings(
        theme="gruvbox", last_dossier="/tmp/story", timeline_view="all"
    )


DAMAGED = [
    ("theme: [nord\n", "settings.yaml:2: not YAML"),
    (
        "theme: nord\nthem: gruvbox\n",
        "settings.yaml:2: unknown key 'them' (known: theme, last_dossier, timeline_view)",
    ),
    ("theme: 3\n", "settings.yaml:1: theme: expected a theme name, not 3"),
    ("timeline_view: some\n", "settings.yaml:1: timeline_view: expected key or all, not 'some'"),
    ("- theme\n- nord\n", "settings.yaml:1: expected lines of key: value"),
    (
        "theme: !!python/object:os.system x\n",
        "settings.yaml:1: the tag 'tag:yaml.org,2002:python/object:os.system'",
    ),
    ("theme: caf\xe9\n".encode("latin-1"), "settings.yaml: not UTF-8 text (byte 10)"),
]


@pytest.mark.parametrize("content, problem", DAMAGED)
def test_a_damaged_file_gives_the_defaults_and_is_never_written(config_dir, content, problem):
    path = config_dir / "settings.yaml"
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    path.write_bytes(data)
    f = SettingsFile()
    assert f.values == Settings()
    assert f.problem is not None and f.problem.startswith(str(path)) and problem in f.problem
    assert "\n" not in f.problem
    assert f.change(theme="nord") is None  # kept for this run only: the user was told
    assert f.values.theme == "nord" and path.read_bytes() == data


def test_a_file_that_cannot_be_written_is_said_and_the_change_kept(config_dir):
    (config_dir / "settings.yaml").symlink_to(config_dir / "gone" / "settings.yaml")
    f = SettingsFile()
    assert f.problem is None
    problem = f.change(theme="nord")
    assert problem is not None and problem.endswith("; settings not saved") and "\n" not in problem
    assert str(config_dir / "settings.yaml") in problem
    assert f.values.theme == "nord" and not (config_dir / "gone").exists()


def test_a_file_that_cannot_be_read_is_said(config_dir):
    (config_dir / "settings.yaml").mkdir()
    f = SettingsFile()
    assert f.problem == f"{config_dir / 'settings.yaml'}: cannot read (Is a directory)"
    assert f.change(theme="nord") is None and (config_dir / "settings.yaml").is_dir()


# ---------------------------------------------------------------- the app


async def test_the_theme_picked_in_the_palette_is_there_after_a_restart(config_dir):
    app = DossierApp(hand_made(), "hand-made")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        assert app.theme != "nord"
        app.action_change_theme()  # the palette's "Change theme"
        await pilot.pause()
        await pilot.press(*"nord", "enter")
        await pilot.pause()
        assert app.theme == "nord"
    assert "theme: nord\n" in (config_dir / "settings.yaml").read_text(encoding="utf-8")
    again = DossierApp(hand_made(), "hand-made")
    async with again.run_test(size=NARROW) as pilot:
        await pilot.pause()
        assert again.theme == "nord"


def app_with(config_dir: Path, text: str) -> DossierApp:
    """The app on a small dossier, with ``text`` as the settings file."""
    (config_dir / "settings.yaml").write_text(text, encoding="utf-8")
    return DossierApp(hand_made(), "hand-made")


async def test_a_damaged_file_is_told_once_and_left_as_it_is(config_dir):
    path = config_dir / "settings.yaml"
    app = app_with(config_dir, "theme: nord\nthem: gruvbox\n")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        told = [n for n in app._notifications if n.title == "Settings not read"]
        assert len(told) == 1 and told[0].markup is False
        assert told[0].message.startswith(f"{path}:2: unknown key 'them'")
        assert "leaves the file as it is" in told[0].message
        assert app.theme == "textual-dark"  # the defaults, not half of the file
        app.theme = "gruvbox"
        await pilot.pause()
        assert (
            len([n for n in app._notifications if n.title in ("Settings", "Settings not read")])
            == 1
        )
    assert path.read_text(encoding="utf-8") == "theme: nord\nthem: gruvbox\n"


async def test_an_unknown_theme_is_said_and_the_default_used(config_dir):
    app = app_with(config_dir, "theme: no-such-theme\n")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        assert app.theme == "textual-dark"
        assert any("No theme no-such-theme" in n.message for n in app._notifications)
    assert (config_dir / "settings.yaml").read_text(encoding="utf-8") == "theme: no-such-theme\n"


async def test_the_timeline_view_chosen_with_k_is_kept(config_dir):
    app = DossierApp(many_events(), "many")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        assert app.screen.timeline.key_only
        await pilot.press("K")
        await pilot.pause()
        assert not app.screen.timeline.key_only
    assert SettingsFile().values.timeline_view == "all"
    again = DossierApp(many_events(), "many")
    async with again.run_test(size=NARROW) as pilot:
        await pilot.pause()
        assert not again.screen.timeline.key_only and len(again.screen.timeline.shown) == 62


async def test_the_app_keeps_the_dossier_it_shows_as_the_last_one(config_dir):
    app = DossierApp(
        store.load(EXAMPLE),
        "story",
        remember="/data/story/timeline.yaml",
        notice="/data/story/timeline.yaml: the dossier opened last",
    )
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        assert [n.message for n in app._notifications] == [
            "/data/story/timeline.yaml: the dossier opened last"
        ]
    assert SettingsFile().values.last_dossier == "/data/story/timeline.yaml"
    # a dossier not asked to be remembered (a test's, the bundled example) leaves it
    async with DossierApp(hand_made(), "hand-made").run_test(size=NARROW) as pilot:
        await pilot.pause()
    assert SettingsFile().values.last_dossier == "/data/story/timeline.yaml"


# ---------------------------------------------------------------- the CLI


@pytest.fixture
def elsewhere(tmp_path, monkeypatch) -> Path:
    """A working folder with no data/timeline.yaml, and a timeline file outside it."""
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    story = tmp_path / "story" / "timeline.yaml"
    story.parent.mkdir()
    story.write_bytes(EXAMPLE.read_bytes())
    return story


def test_no_path_opens_the_last_dossier_while_it_is_there(elsewhere):
    assert app_launch.default_path(None) == (str(app_launch.bundled_example()), "")
    path, notice = app_launch.default_path(str(elsewhere))
    assert path == str(elsewhere)
    assert notice == f"{elsewhere}: the dossier opened last (there is no data/timeline.yaml here)"
    elsewhere.unlink()
    assert app_launch.default_path(str(elsewhere)) == (str(app_launch.bundled_example()), "")


def test_data_timeline_here_comes_before_the_last_dossier(elsewhere):
    (Path("data")).mkdir()
    (Path("data") / "timeline.yaml").write_bytes(EXAMPLE.read_bytes())
    assert app_launch.default_path(str(elsewhere)) == ("data/timeline.yaml", "")


def test_what_is_remembered_is_absolute_and_never_the_example(elsewhere):
    assert app_launch.to_remember("../story/timeline.yaml") == str(elsewhere)
    assert app_launch.to_remember(str(app_launch.bundled_example())) is None
    assert app_launch.to_remember(str(ROOT / "seeds")) is None


def test_on_a_terminal_no_path_opens_the_last_dossier_and_says_so(elsewhere, terminal):
    SettingsFile().change(last_dossier=str(elsewhere))
    assert cli.main([]) == 0
    ((args, kwargs),) = terminal
    assert kwargs["label"] == str(elsewhere) and kwargs["remember"] == str(elsewhere)
    assert (
        kwargs["notice"]
        == f"{elsewhere}: the dossier opened last (there is no data/timeline.yaml here)"
    )
    assert cli.main(["../story"]) == 0  # a folder given: kept, as an absolute path, once it shows
    assert terminal[-1][1]["paths"] == ["../story"] and terminal[-1][1]["remember"] == str(
        elsewhere.parent
    )


def run_dossier(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dossier_tui"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=120,
        env=os.environ.copy(),
    )


def test_the_summary_shows_the_last_dossier_and_says_so(elsewhere, config_dir):
    SettingsFile().change(last_dossier=str(elsewhere))
    r = run_dossier(Path.cwd())
    assert r.returncode == 0
    assert r.stdout.startswith(f"dossier: 5 sources from {elsewhere}")
    assert (
        r.stderr
        == f"dossier: {elsewhere}: the dossier opened last (there is no data/timeline.yaml here)\n"
    )


def test_the_summary_with_a_damaged_file_says_it_in_one_line(elsewhere, config_dir):
    (config_dir / "settings.yaml").write_text("last_dossier: [\n", encoding="utf-8")
    r = run_dossier(Path.cwd())
    assert r.returncode == 0 and r.stdout.startswith(
        f"dossier: 5 sources from {app_launch.bundled_example()}"
    )
    assert r.stderr.startswith(f"dossier: {config_dir / 'settings.yaml'}:2: not YAML")
    assert (
        r.stderr.endswith("; the last dossier opened is not known\n") and r.stderr.count("\n") == 1
    )
    assert (config_dir / "settings.yaml").read_text(encoding="utf-8") == "last_dossier: [\n"
