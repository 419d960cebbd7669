"""Exports of a dossier: Markdown and HTML for reports, JSON for programs (YAML is the
store), and what other tools read: TimelineJS, Timesketch, CSV for spreadsheets.

``FORMATS`` is the one list of them: the CLI's ``--format`` choices and help, the app's
export dialog and the README's table all come from it, so a new format is one entry.
Every writer takes the dossier with its curation (``Curated``): what a person hid is
left out, and stars, tags, notes and corrected dates go with the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dossier_tui.curation import Curated
from dossier_tui.export.curation_section import curation_section
from dossier_tui.export.html_report import to_html
from dossier_tui.export.json import dumps as json_dumps
from dossier_tui.export.markdown import to_markdown
from dossier_tui.export.spreadsheet import to_csv
from dossier_tui.export.timelinejs import to_timelinejs
from dossier_tui.export.timesketch import to_timesketch
from dossier_tui.model import Dossier
from dossier_tui.ranking import key_events


def _yaml(cur: Curated, note: str | None) -> str:
    """The timeline file's YAML (it loads like any other), the curation at its end."""
    import yaml

    from dossier_tui.store import dumps  # the store is the YAML writer (and reads exports)

    text = dumps(cur.visible())
    section = curation_section(cur)
    if section:
        text += yaml.safe_dump({"curation": section}, sort_keys=False, allow_unicode=True)
    return text


def _json(cur: Curated, note: str | None) -> str:
    from dossier_tui.store import to_dict

    data = to_dict(cur.visible())
    section = curation_section(cur)
    if section:
        data["curation"] = section
    return json_dumps(data, indent=2) + "\n"


def _markdown(cur: Curated, note: str | None) -> str:
    return to_markdown(cur.visible(), note, cur)


@dataclass(frozen=True)
class Format:
    """One export format: its ``--format`` name, the file suffixes that ask for it (the
    first is the one written), its name and what it is in words, and its writer (the
    dossier and an optional note for the report's opening line, to the file's text)."""

    name: str
    suffixes: tuple[str, ...]
    title: str
    description: str
    write: Callable[[Curated, str | None], str]

    @property
    def suffix(self) -> str:
        return self.suffixes[0]


#: every export format, in the order the CLI lists them (the first is the default)
FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("yaml", (".yaml", ".yml"), "YAML", "YAML (timeline file)", _yaml),
        Format("md", (".md", ".markdown"), "Markdown", "Markdown report", _markdown),
        Format("json", (".json",), "JSON", "JSON", _json),
        Format("html", (".html", ".htm"), "HTML", "HTML report (one file)", to_html),
        Format("csv", (".csv",), "CSV", "CSV (spreadsheet)", to_csv),
        Format("timelinejs", (".timeline.json",), "TimelineJS", "TimelineJS JSON", to_timelinejs),
        Format("timesketch", (".jsonl",), "Timesketch", "Timesketch JSONL", to_timesketch),
    )
}
#: the format a file is written in when nothing asks for another
DEFAULT = next(iter(FORMATS))


def render(d: Dossier | Curated, fmt: str, top: int | None = None) -> str:
    """The dossier (curated or not) as text in format ``fmt`` (a name in FORMATS); with
    ``top``, only its ``top`` key events and those a person starred (every source, and
    the actors with their links to those events)."""
    cur = d if isinstance(d, Curated) else Curated(d, {}, {})
    note = None
    if top is not None:
        shown = cur.visible()
        kept = {e.id for e in key_events(shown, top)}
        kept |= {i for i, m in cur.events.items() if m.starred}
        cur = cur.keeping(kept)
        note = (
            f"key events only: {len(kept & {e.id for e in shown.events})} of {len(shown.events):,}"
        )
    return FORMATS[fmt].write(cur, note)


def format_for(path: str | None) -> str | None:
    """The format a file name asks for by its suffix (``.md``, ``.json``, ``.yml``...), if
    any; the longest suffix that fits wins (``.timeline.json`` over ``.json``)."""
    if not path:
        return None
    lower = path.lower()
    fits = [(len(s), f.name) for f in FORMATS.values() for s in f.suffixes if lower.endswith(s)]
    return max(fits)[1] if fits else None


def formats_in_words() -> str:
    """The formats as a phrase: "YAML, Markdown or JSON"."""
    words = [f.title for f in FORMATS.values()]
    return ", ".join(words[:-1]) + " or " + words[-1] if len(words) > 1 else words[0]
