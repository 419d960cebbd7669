"""A plain-text overview of a corpus: its sources and the dates its articles mention.

What ``dossier`` prints for a folder of articles: enough to see at a glance what the
story covers and which sources support each date.
"""
from __future__ import annotations

from collections import defaultdict

from dossier_tui.model import Source
from dossier_tui.safe_text import printable
from dossier_tui.temporal import tag_source
from dossier_tui.temporal.values import time_value

_WIDTH = 100


def _clip(text: str, width: int) -> str:
    text = printable(" ".join(text.split()), keep_newlines=False)
    return text if len(text) <= width else text[: width - 1] + "…"


def summarise(sources: list[Source] | tuple[Source, ...], label: str) -> str:
    lines = [f"dossier: {len(sources)} source{'s' if len(sources) != 1 else ''} in {printable(label)}", ""]
    lines.append(f"  {'published':<18} {'basis':<9} {'source':<24} title")
    for s in sources:
        lead = next((s.text[a:b] for a, b in s.body_spans() if s.text[a:b].strip()), "")
        title = s.title or lead[:200].strip() or "(empty)"
        lines.append(f"  {s.published or '—':<18} {s.published_basis:<9} {_clip(s.id, 24):<24} "
                     f"{_clip(title, _WIDTH - 56)}")

    dated: dict[str, list[tuple[str, str]]] = defaultdict(list)
    vague: dict[str, list[tuple[str, str]]] = defaultdict(list)
    unresolved: dict[str, list[str]] = defaultdict(list)
    for s in sources:
        for t in tag_source(s):
            if t.basis == "unresolved":
                unresolved[s.id].append(t.text)
            elif t.type in ("DATE", "TIME") and time_value(t.value).first is not None:
                dated[t.value].append((s.id, t.text))
            else:
                vague[t.value].append((s.id, t.text))
    lines += ["", "Dates the articles mention, earliest first:"]
    if not dated:
        lines.append("  (none)")
    for value in sorted(dated, key=lambda v: (time_value(v).first, time_value(v).last, v)):
        uses = dated[value]
        phrases = sorted({_clip(text, 30) for _, text in uses})
        where = sorted({sid for sid, _ in uses})
        lines.append(f"  {value:<18} {_clip(', '.join(repr(p) for p in phrases), 44):<44} "
                     f"{len(where)} source{'s' if len(where) != 1 else ''}")
    if vague:
        lines += ["", "Durations, repetitions and vague references:"]
        for value in sorted(vague):
            phrases = sorted({_clip(text, 30) for _, text in vague[value]})
            lines.append(f"  {value:<18} {_clip(', '.join(repr(p) for p in phrases), 70)}")
    if unresolved:
        lines += ["", "Relative dates in sources with no publication date (left unresolved):"]
        for sid, texts in unresolved.items():
            lines.append(f"  {_clip(sid, 24):<24} {_clip(', '.join(repr(t) for t in dict.fromkeys(texts)), 74)}")
    lines += ["", "Tag any folder: dossier timexes PATH   ·   help: dossier -h", ""]
    return "\n".join(lines)
