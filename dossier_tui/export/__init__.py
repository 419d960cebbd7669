"""Exports of a dossier: Markdown for reports, JSON for programs (YAML is the store).

``FORMATS`` is the one list of them: the CLI's ``--format`` choices and help, the app's
export dialog and the README's table all come from it, so a new format is one entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dossier_tui.export.json import to_json
from dossier_tui.export.markdown import to_markdown
from dossier_tui.model import Dossier
from dossier_tui.ranking import only_key_events


def _yaml(d: Dossier, note: str | None) -> str:
    from dossier_tui.store import dumps  # the store is the YAML writer (and reads exports)

    return dumps(d)


@dataclass(frozen=True)
class Format:
    """One export format: its ``--format`` name, the file suffixes that ask for it (the
    first is the one written), its name and what it is in words, and its writer (the
    dossier and an optional note for the report's opening line, to the file's text)."""

    name: str
    suffixes: tuple[str, ...]
    title: str
    description: str
    write: Callable[[Dossier, str | None], str]

    @property
    def suffix(self) -> str:
        return self.suffixes[0]


#: every export format, in the order the CLI lists them (the first is the default)
FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("yaml", (".yaml", ".yml"), "YAML", "YAML (timeline file)", _yaml),
        Format("md", (".md", ".markdown"), "Markdown", "Markdown report", to_markdown),
        Format("json", (".json",), "JSON", "JSON", lambda d, note: to_json(d)),
    )
}
#: the format a file is written in when nothing asks for another
DEFAULT = next(iter(FORMATS))


def render(d: Dossier, fmt: str, top: int | None = None) -> str:
    """The dossier as text in format ``fmt`` (a name in FORMATS); with ``top``, only its
    ``top`` key events (every source, and the actors with their links to those events)."""
    note = None
    if top is not None:
        total = len(d.events)
        d = only_key_events(d, top)
        note = f"key events only: {len(d.events)} of {total:,}"
    return FORMATS[fmt].write(d, note)


def format_for(path: str | None) -> str | None:
    """The format a file name asks for by its suffix (``.md``, ``.json``, ``.yml``...), if any."""
    if not path:
        return None
    lower = path.lower()
    return next((f.name for f in FORMATS.values() for s in f.suffixes if lower.endswith(s)), None)


def formats_in_words() -> str:
    """The formats as a phrase: "YAML, Markdown or JSON"."""
    words = [f.title for f in FORMATS.values()]
    return ", ".join(words[:-1]) + " or " + words[-1] if len(words) > 1 else words[0]
