"""A plain-text overview of a dossier: its sources, its timeline and its actors.

What ``dossier`` prints: enough to see at a glance what the story covers, when, and
which sources support each event. A large dossier starts with its key events.
"""

from __future__ import annotations

from dossier_tui.model import Dossier, Event
from dossier_tui.ranking import KEY_EVENTS, key_events
from dossier_tui.safe_text import describe, event_when, printable

WIDTH = 100


def _clip(text: str, width: int) -> str:
    text = printable(" ".join(text.split()), keep_newlines=False)
    return text if len(text) <= width else text[: width - 1] + "…"


def _event(e: Event) -> str:
    date = event_when(e) + (" · planned" if e.status == "planned" and e.date else "")
    return f"  {_clip(date, 30):<30} {len(e.sources)}  {_clip(e.brief, WIDTH - 36)}"


def summarise(d: Dossier, label: str) -> str:
    n = len(d.sources)
    lines = [f"dossier: {n} source{'s' if n != 1 else ''} from {printable(label)}", ""]
    lines.append(f"  {'published':<24} {'basis':<9} title")
    for s in d.sources:
        pub = describe(s.published, short=True) if s.published else "—"
        lines.append(
            f"  {_clip(pub, 24):<24} {_clip(s.published_basis, 9):<9} {_clip(s.label(), WIDTH - 38)}"
        )
    dated = [e for e in d.events if e.date]
    rest = [e for e in d.events if not e.date]
    if len(d.events) > KEY_EVENTS:
        key = key_events(d)
        lines += ["", f"Key events ({len(key)} of {len(d.events):,}):"]
        lines += [_event(e) for e in key] or ["  (none)"]
    lines += ["", f"Timeline ({len(dated):,} dated events):"]
    lines += [_event(e) for e in dated] or ["  (none)"]
    if rest:
        lines += ["", f"Undated and ongoing ({len(rest):,}):"]
        lines += [_event(e) for e in rest]
    if d.actors:
        lines += ["", f"Actors ({len(d.actors)}):"]
        for a in d.actors:
            role = f", {a.main_role}" if a.roles else ""
            said = (
                f" · {len(a.quotes)} quote{'s' if len(a.quotes) != 1 else ''}" if a.quotes else ""
            )
            facts = f"{len(a.events)} event{'s' if len(a.events) != 1 else ''}{said}"
            lines.append(
                f"  {_clip(a.kind, 12):<12} {_clip(facts, 20):<20} {_clip(a.name + role, WIDTH - 36)}"
            )
    lines += [
        "",
        "Export: dossier export --format md   ·   time expressions: dossier timexes PATH   ·   "
        "help: dossier -h",
        "",
    ]
    return "\n".join(lines)
