"""How the app names things: sources, events, derivations (dates, their basis and
counts are worded by ``wording``, shared with the exports).

Everything shown comes from untrusted article text, so these helpers return plain
strings passed through ``printable`` (never markup); widgets wrap them in Content.
"""

from __future__ import annotations

from dossier_tui.model import Event, Evidence, Source
from dossier_tui.safe_text import printable
from dossier_tui.wording import basis_phrase, describe, row_label
from dossier_tui.wording import published as published_on

CONFLICT_MARK = "⚠"


def clean(text: str, limit: int | None = None) -> str:
    """One line of safe text, whitespace collapsed, cut at ``limit`` characters."""
    text = printable(" ".join(text.split()), keep_newlines=False)
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def fit(text: str, limit: int) -> str:
    """``text`` made one safe line of at most ``limit`` characters, cut after a whole
    word where that keeps most of it, so a row never ends on half a word."""
    text = clean(text)
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    if cut < limit // 2:
        return clean(text, limit)
    return text[:cut].rstrip(" ,;:–—-") + "…"


def source_name(s: Source | None, limit: int = 48) -> str:
    """A short name for a source: its outlet, else its title or opening words."""
    if s is None:
        return "unknown source"
    return clean(s.outlet or s.label(limit), limit)


def published(s: Source, note: bool = True) -> str:
    """When a source was published (``note``: saying so when it is inferred)."""
    when = published_on(s)
    if note and s.published and s.published_basis == "inferred":
        return f"{when} (inferred publication date)"
    return when


def basis_note(s: Source) -> str:
    """The publication date's basis in words, for the source list."""
    return basis_phrase(s.published_basis)


def event_date(e: Event) -> str:
    """The honest date label of an event row: no more precise than its sources (the
    label the index keeps for the row)."""
    return row_label(e)


def derivation(v: Evidence, s: Source | None) -> str | None:
    """How one passage dates its event: "'last month' in LBC, published 9 Aug 2023"."""
    t = v.timex
    if t is None:
        return None
    where = source_name(s)
    said = f"'{clean(t.text, 40)}' → {describe(t.value, short=True)}"
    if s is None:
        return f"{said} in {where}"
    if t.basis == "absolute":
        return f"{said}, stated in {where}"
    if t.basis == "context":
        return f"{said}, relative to an earlier date in {where}"
    if t.basis == "unresolved" or not s.published:
        return f"{said} in {where} (no reference date)"
    return f"{said} in {where}, published {published(s)}"


def event_text(e: Event, sources: dict[str, Source], actor_names: list[str]) -> str:
    """The event as plain text, for the clipboard."""
    lines = [f"{event_date(e)}: {clean(e.headline)}"]
    for v in e.evidence:
        s = sources.get(v.source)
        lines.append(f"  — {source_name(s)}: “{clean(v.passage)}”")
    if actor_names:
        lines.append("  Actors: " + ", ".join(clean(n) for n in actor_names))
    return "\n".join(lines)
