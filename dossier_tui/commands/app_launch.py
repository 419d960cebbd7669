"""Opening the app: on a timeline file (through its index), a folder of articles, or what
the settings choose; a text summary instead when stdout is no terminal.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

from dossier_tui import stdout
from dossier_tui.commands.build_command import built
from dossier_tui.commands.common import DEFAULT_TIMELINE, UserError, say
from dossier_tui.progress import is_terminal
from dossier_tui.safe_text import shown

#: a timeline file up to this size is read before the app starts on a first open, so a
#: damaged one is one line on stderr; a larger one is indexed in the app, with progress
LOAD_BEFORE_APP = 1_000_000


def bundled_seeds() -> Path | None:
    """The example corpus shipped with the source tree (found from the package, not
    from the working directory, so ``dossier`` works from anywhere)."""
    here = Path(__file__).resolve().parents[2] / "seeds"
    return here if here.is_dir() else None


def bundled_example() -> Path | None:
    """The example dossier of the seeds, installed with the package."""
    here = Path(__file__).resolve().parents[1] / "examples" / "seeds.yaml"
    return here if here.is_file() else None


def default_path(last: str | None) -> tuple[str, str]:
    """What ``dossier`` opens with no PATH, and a word on it for the user: ./data/timeline.yaml,
    else ``last`` (the dossier opened last) if it is still there, else the bundled example."""
    if DEFAULT_TIMELINE.is_file():
        return str(DEFAULT_TIMELINE), ""
    if last and Path(last).exists():
        return last, f"{shown(last)}: the dossier opened last (there is no {DEFAULT_TIMELINE} here)"
    example = bundled_example() or bundled_seeds()
    if example is None:
        raise UserError("no data/timeline.yaml here and no bundled example; run: dossier PATH")
    return str(example), ""


def to_remember(path: str) -> str | None:
    """The absolute path to keep as the last dossier (not the bundled example)."""
    if Path(path).resolve() in (bundled_example(), bundled_seeds()):
        return None
    return os.path.abspath(path)


def curation_for(path: str) -> str | None:
    """Where the decisions about a timeline file are kept: beside it; for the bundled
    example (which belongs to the installation), in the user's settings folder."""
    from dossier_tui import curation
    from dossier_tui.settings import config_dir

    p = Path(path)
    if not is_timeline(p):
        return None
    if p.resolve() == bundled_example():
        return str(config_dir() / "example-curation.yaml")
    return str(curation.beside(p))


def is_timeline(p: Path) -> bool:
    return p.is_file() and p.suffix.lower() in (".yaml", ".yml")


def load_timeline(p: Path):
    from dossier_tui import store

    try:
        return store.load(p)
    except store.StoreError as e:
        raise UserError(str(e)) from None


def _dossier_of(path: str):
    """(dossier, label, problems were skipped) for a timeline file or a folder of articles."""
    p = Path(path)
    if is_timeline(p):
        return load_timeline(p), path, False
    corpus, d, problems = built([path])
    return d, path, bool(problems) or any(x.skipped for x in corpus.problems)


def show(path: str | None) -> int:
    """The app on a terminal; elsewhere (pipes, scripts, CI) a text summary.

    A timeline file is loaded, and a folder checked, before the app starts, so a
    problem is one line on stderr rather than a screen that flashes and goes. The app
    keeps the path it shows as the last dossier, in the user's settings."""
    from dossier_tui.settings import SettingsFile

    settings = SettingsFile()
    notice, problem = "", None
    if path is None:  # the settings choose what is shown
        path, notice = default_path(settings.values.last_dossier)
        problem = settings.problem and f"{settings.problem}; the last dossier opened is not known"
    if not is_terminal(sys.stdout):
        from dossier_tui.summary import summarise

        for said in (problem, notice):
            if said:
                say(said)
        d, label, skipped = _dossier_of(path)
        stdout.prepare()
        stdout.write(summarise(d, label), flush=True)
        return 1 if skipped else 0
    from dossier_tui import app

    run = functools.partial(
        app.run,
        settings=settings,
        remember=to_remember(path),
        notice=notice,
        curation=curation_for(path),
    )
    p = Path(path)
    if is_timeline(p):
        return _show_timeline(p, path, run)
    if not p.exists():
        raise UserError(f"{path}: no such file or folder")
    return run(paths=[path])


def _show_timeline(p: Path, label: str, run) -> int:
    """The app on a timeline file through its index: the one there if it stands for the
    file as it is, else one built now (a small file, read first) or in the app."""
    from dossier_tui import index_db

    ix = index_db.open_file_index(p)
    if ix is not None:
        return run(index=ix, label=label)
    try:
        size = p.stat().st_size
    except OSError as e:
        raise UserError(f"{shown(label)}: cannot read ({e.strerror})") from None
    if size > LOAD_BEFORE_APP:
        return run(timeline=label, label=label)
    sha256 = index_db.sha256_of(p)
    d = load_timeline(p)
    try:
        return run(index=index_db.Index(index_db.save_index(d, p, sha256)), label=label)
    except (OSError, index_db.IndexError_):  # nowhere to keep an index: one for this session
        return run(dossier=d, label=label)
