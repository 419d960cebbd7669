"""The command line's part in curation: a dossier read for export, or just built, with
the decisions kept beside its timeline file; what no longer applies is said on stderr,
one line a decision, never dropped in silence."""

from __future__ import annotations

from pathlib import Path

from dossier_tui import curation
from dossier_tui.commands.common import UserError, say
from dossier_tui.curation import Curated
from dossier_tui.model import Dossier
from dossier_tui.safe_text import shown
from dossier_tui.wording import count


def curated(d: Dossier, path: Path) -> Curated:
    """``d`` with the curation in ``path`` applied (none there: ``d`` as it is); the
    decisions that find nothing are said. A curation file that cannot be read is an
    error: an export without a person's decisions would pass for one with them."""
    try:
        c = curation.load(path)
    except curation.CurationError as e:
        raise UserError(f"{e}; move it away to export without it") from None
    cur = curation.apply(d, c)
    _tell(cur, path, len(c.decisions))
    return cur


def report_curation(d: Dossier, timeline: Path) -> None:
    """After a build: how the decisions beside ``timeline`` apply to the new dossier."""
    path = curation.beside(timeline)
    try:
        c = curation.load(path)
    except curation.CurationError as e:
        say(str(e))
        return
    if c.decisions:
        _tell(curation.apply(d, c), path, len(c.decisions))


def _tell(cur: Curated, path: Path, n: int) -> None:
    if not n:
        return
    for lost in cur.lost:
        say(f"{shown(str(path))}: {lost.message}")
    applied = n - len(cur.lost)
    verb = "applies" if len(cur.lost) == 1 else "apply"
    lost = f"; {count(len(cur.lost), 'decision')} no longer {verb}" if cur.lost else ""
    say(f"{shown(str(path))}: {count(applied, 'decision')} applied{lost}")
