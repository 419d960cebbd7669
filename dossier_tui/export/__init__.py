"""Exports of a dossier: Markdown for reports, JSON for programs (YAML is the store)."""

from __future__ import annotations

from dossier_tui.export.json import to_json
from dossier_tui.export.markdown import to_markdown
from dossier_tui.model import Dossier
from dossier_tui.ranking import only_key_events

FORMATS = ("yaml", "md", "json")


def render(d: Dossier, fmt: str, top: int | None = None) -> str:
    """The dossier as text in format ``fmt`` (yaml, md or json); with ``top``, only its
    ``top`` key events (every source, and the actors with their links to those events)."""
    note = None
    if top is not None:
        total = len(d.events)
        d = only_key_events(d, top)
        note = f"key events only: {len(d.events)} of {total:,}"
    if fmt == "md":
        return to_markdown(d, note)
    if fmt == "json":
        return to_json(d)
    from dossier_tui.store import dumps

    return dumps(d)


def format_for(path: str | None) -> str | None:
    """The format a file name asks for (``.md``, ``.json``, ``.yaml``/``.yml``), if any."""
    if not path:
        return None
    lower = path.lower()
    for suffix, fmt in (
        (".md", "md"),
        (".markdown", "md"),
        (".json", "json"),
        (".yaml", "yaml"),
        (".yml", "yaml"),
    ):
        if lower.endswith(suffix):
            return fmt
    return None
