"""Exports of a dossier: Markdown for reports, JSON for programs (YAML is the store)."""
from __future__ import annotations

from dossier_tui.export.json import to_json
from dossier_tui.export.markdown import to_markdown
from dossier_tui.model import Dossier

FORMATS = ("yaml", "md", "json")


def render(d: Dossier, fmt: str) -> str:
    """The dossier as text in format ``fmt`` (yaml, md or json)."""
    if fmt == "md":
        return to_markdown(d)
    if fmt == "json":
        return to_json(d)
    from dossier_tui.store import dumps
    return dumps(d)


def format_for(path: str | None) -> str | None:
    """The format a file name asks for (``.md``, ``.json``, ``.yaml``/``.yml``), if any."""
    if not path:
        return None
    lower = path.lower()
    for suffix, fmt in ((".md", "md"), (".markdown", "md"), (".json", "json"), (".yaml", "yaml"), (".yml", "yaml")):
        if lower.endswith(suffix):
            return fmt
    return None
