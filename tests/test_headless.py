"""The analysis core never imports Textual: it runs in scripts, servers and tests."""

from __future__ import annotations

import subprocess
import sys


def test_core_does_not_import_textual():
    code = (
        "import sys, dossier_tui.build, dossier_tui.store, dossier_tui.export, dossier_tui.summary, "
        "dossier_tui.ranking, dossier_tui.settings, "
        "dossier_tui.cli; "
        "sys.exit('textual' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
