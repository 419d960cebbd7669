"""Test settings and fixtures shared by every test module.

Textual animates tab underlines, scrolling and the like; the Pilot waits for each
animation to end before the next key. Tests assert what is drawn once things settle,
which animations do not change, so they run without them (a user's own setting of
TEXTUAL_ANIMATIONS is kept). Set before any test module imports Textual.

The dossiers of the seeds are made once per module, as each module made its own:
``seeds`` (the bundled example, loaded), ``dossier`` (built from ``seeds/``) and
``seeds_text`` (that one as the store writes it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

# builds keep their analysis cache in a folder of the test run, never the user's
import tempfile  # noqa: E402

os.environ["DOSSIER_CACHE"] = tempfile.mkdtemp(prefix="dossier-test-cache-")


import pytest  # noqa: E402

from dossier_tui import store  # noqa: E402
from dossier_tui.build import build  # noqa: E402
from dossier_tui.ingest import load_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
#: the bundled example dossier: the seeds, built and kept in the package
EXAMPLE = ROOT / "dossier_tui" / "examples" / "seeds.yaml"


def pytest_configure(config) -> None:
    """Compile the package once before the tests: many tests start ``python -m
    dossier_tui``, and where the environment says not to write bytecode
    (PYTHONDONTWRITEBYTECODE) each of them would compile every module again."""
    if not hasattr(config, "workerinput"):  # once, in the process that starts the workers
        import compileall

        compileall.compile_dir(ROOT / "dossier_tui", quiet=2)


def pytest_xdist_auto_num_workers(config) -> int:
    """``-n auto``: a worker per core and one more for every two. An app test spends
    much of its time asleep (Textual's Pilot waits for the app to go idle in steps of
    20 ms after each key), so one worker a core leaves the cores idle a third of the
    time; more than half as many again only adds workers to start."""
    from dossier_tui.workers import default_jobs  # the cores a build's --jobs uses

    cores = default_jobs()
    return cores + cores // 2


@pytest.fixture(autouse=True)
def config_dir(tmp_path_factory, monkeypatch):
    """Every test (and every process it starts) keeps settings in a folder of its own,
    never the user's."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("DOSSIER_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture(scope="module")
def seeds():
    """The bundled example dossier, loaded: what the app opens, without a build's wait."""
    return store.load(EXAMPLE)


@pytest.fixture(scope="module")
def dossier():
    """The dossier of ``seeds/``, built here: what the analysis gives today."""
    return build(load_corpus([ROOT / "seeds"]).sources)


@pytest.fixture(scope="module")
def seeds_text(dossier):
    """That dossier as the store writes it."""
    return store.dumps(dossier)


@pytest.fixture
def terminal(monkeypatch):
    """``dossier`` as if stdout were a terminal; records what the app was given."""
    import dossier_tui.app  # the app's widgets, only for the tests that start it

    runs: list[tuple] = []
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(dossier_tui.app, "run", lambda *a, **k: runs.append((a, k)) or 0)
    return runs
