"""What every command shares: its errors, its one-line messages on stderr, the default
timeline and how output is written (to stdout or atomically to a file).
"""

from __future__ import annotations

import sys
from pathlib import Path

from dossier_tui import stdout
from dossier_tui.safe_text import shown

DEFAULT_TIMELINE = Path("data") / "timeline.yaml"


class UserError(Exception):
    """A problem the user can fix; its message is printed as is."""


class UsageError(UserError):
    """A command given without what it needs: exit status 2, as for a usage error."""


def say(message: str) -> None:
    """One line on stderr; names in ``message`` cannot split it or drive the terminal.
    Nothing is said when stderr is closed (print would go to stdout instead)."""
    if sys.stderr is None:
        return
    try:
        print(f"dossier: {shown(message)}", file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


def write_output(output: str, text: str, json: bool = False) -> None:
    """``text`` to stdout (``-``) or to the file ``output``, as ``write_atomic`` writes."""
    from dossier_tui.writes import WriteError, write_atomic

    if output == "-":
        stdout.prepare(json)
        stdout.write(text, flush=True)
        return
    try:
        write_atomic(output, text)
    except WriteError as e:
        raise UserError(str(e)) from None
