"""The Textual app. Nothing outside this package imports Textual."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from dossier_tui.model import Dossier

if TYPE_CHECKING:
    from dossier_tui.index_db import Index
    from dossier_tui.settings import SettingsFile

#: how long a build abandoned by quitting may take to reach its next check
BUILD_STOP_WAIT = 0.2


def run(
    dossier: Dossier | None = None,
    label: str = "",
    paths: list[str] | None = None,
    index: Index | None = None,
    timeline: str | None = None,
    settings: SettingsFile | None = None,
    remember: str | None = None,
    notice: str = "",
    curation: str | None = None,
) -> int:
    """Run the app on an index, a dossier, a timeline file to index first, or articles
    to build (with the user's ``settings``, keeping ``remember`` as the last dossier and
    saying ``notice``, and curating through the file ``curation``, as DossierApp does);
    the exit status.

    A user who quits during a build has been told the build stops at its next check;
    one stage of a large corpus has none for many seconds, and tearing down the
    interpreter while it runs (freeing what it holds, sharing the processor with it)
    takes seconds more. Nothing the build holds is wanted, so then the process ends
    at once, its output flushed."""
    from dossier_tui.app.app import DossierApp

    app = DossierApp(
        dossier,
        label,
        paths,
        index=index,
        timeline=timeline,
        settings=settings,
        remember=remember,
        notice=notice,
        curation=curation,
    )
    app.run()
    if app.error:
        print(f"dossier: {app.error}", file=sys.stderr)
    status = app.return_code or (1 if app.skipped else 0)
    build = app.build_thread
    if build is not None and build.is_alive():
        build.join(BUILD_STOP_WAIT)
        if build.is_alive():
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(status)
    return status
