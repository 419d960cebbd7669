"""Test settings shared by every test module.

Textual animates tab underlines, scrolling and the like; the Pilot waits for each
animation to end before the next key. Tests assert what is drawn once things settle,
which animations do not change, so they run without them (a user's own setting of
TEXTUAL_ANIMATIONS is kept). Set before any test module imports Textual.
"""
from __future__ import annotations

import os

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

# builds keep their analysis cache in a folder of the test run, never the user's
import tempfile  # noqa: E402

os.environ["DOSSIER_CACHE"] = tempfile.mkdtemp(prefix="dossier-test-cache-")


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def config_dir(tmp_path_factory, monkeypatch):
    """Every test (and every process it starts) keeps settings in a folder of its own,
    never the user's."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("DOSSIER_CONFIG_DIR", str(folder))
    return folder

