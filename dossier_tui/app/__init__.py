"""The Textual app. Nothing outside this package imports Textual."""
from __future__ import annotations

import sys

from dossier_tui.model import Dossier


def run(dossier: Dossier | None = None, label: str = "", paths: list[str] | None = None) -> int:
    """Run the app on a dossier, or on articles to build; the exit status."""
    from dossier_tui.app.app import DossierApp
    app = DossierApp(dossier, label, paths)
    app.run()
    if app.error:
        print(f"dossier: {app.error}", file=sys.stderr)
    return app.return_code or (1 if app.skipped else 0)
