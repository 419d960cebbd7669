"""The export dialog asks before it makes a folder or replaces a file, in the words
its button shows, and its notice says where the file went."""

from __future__ import annotations

import pytest
from test_app import NARROW

from dossier_tui.app.app import DossierApp
from dossier_tui.app.screens.export import ExportScreen
from dossier_tui.app.screens.main import MainScreen


@pytest.fixture
def app(seeds, tmp_path, monkeypatch) -> DossierApp:
    """The app on the seeds, in an empty folder of its own."""
    monkeypatch.chdir(tmp_path)
    return DossierApp(seeds, "seeds")


def note(app: DossierApp) -> str:
    return str(app.screen.query_one("#export-note").render())


def button(app: DossierApp) -> str:
    return str(app.screen.query_one("#export-ok").label)


async def export_to(pilot, path: str, *keys: str) -> None:
    """Open the dialog (if it is not open), type ``path``, press Enter, then ``keys``."""
    if not isinstance(pilot.app.screen, ExportScreen):
        await pilot.press("e")
        await pilot.pause()
    pilot.app.screen.query_one("#export-path").value = path
    for key in ("enter", *keys):
        await pilot.press(key)
        await pilot.pause()


async def test_a_missing_folder_is_asked_about_and_a_new_path_asks_again(app, tmp_path):
    """Cancel makes nothing; a path edited takes the question back; a folder that cannot
    be made is said, and the file in its way is left as it was."""
    (tmp_path / "notes").write_text("a file, not a folder")
    async with app.run_test(size=NARROW) as pilot:
        await export_to(pilot, "no/such/report.md")
        assert isinstance(app.screen, ExportScreen) and not (tmp_path / "no").exists()
        assert (
            note(app)
            == f"Folder {tmp_path / 'no' / 'such'} does not exist. Press Create folder to make it."
        )
        assert button(app) == "Create folder"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and not (tmp_path / "no").exists()
        # editing the path takes the question back
        await export_to(pilot, "no/such/report.md")
        assert button(app) == "Create folder"
        await export_to(pilot, "other/report.md")  # a new path: asked again, not made
        assert button(app) == "Create folder" and "other" in note(app)
        assert not (tmp_path / "no").exists() and not (tmp_path / "other").exists()
        app.screen.query_one("#export-path").value = "report.md"
        await pilot.pause()
        assert button(app) == "Export" and note(app) == ""
        # a folder that cannot be made
        await export_to(pilot, "notes/sub/report.md", "enter")
        assert isinstance(app.screen, ExportScreen)
        assert (
            note(app) == f"{tmp_path / 'notes' / 'sub'}: cannot make the folder (Not a directory)"
        )
        assert (tmp_path / "notes").read_text() == "a file, not a folder"


async def test_a_folder_made_on_confirm_a_file_replaced_on_overwrite_and_the_notice(app, tmp_path):
    """Create folder makes it and writes; Overwrite is named before it replaces; the
    notice gives the full path, escaped, never as markup."""
    (tmp_path / "dossier.md").write_text("my notes")
    async with app.run_test(size=NARROW) as pilot:
        await export_to(pilot, "no/such/report.md")
        await pilot.click("#export-ok")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        written = tmp_path / "no" / "such" / "report.md"
        assert written.read_text(encoding="utf-8").startswith("# Dossier:")
        assert [n.message for n in app._notifications][-1] == f"Wrote {written}"
        # a file there: the note names the button
        await export_to(pilot, "dossier.md")
        assert note(app) == "dossier.md already exists. Press Overwrite to replace it."
        assert button(app) == "Overwrite" and (tmp_path / "dossier.md").read_text() == "my notes"
        await export_to(pilot, "dossier.md")  # the same path: confirmed
        assert isinstance(app.screen, MainScreen)
        assert (tmp_path / "dossier.md").read_text(encoding="utf-8").startswith("# Dossier:")
        # the notice
        await export_to(pilot, "[b]re\x1bport.md")
        assert isinstance(app.screen, MainScreen)
        assert (tmp_path / "[b]re\x1bport.md").is_file()
        toast = list(app._notifications)[-1]
        assert toast.message == f"Wrote {tmp_path}/[b]re\\x1bport.md"
        assert toast.markup is False
