"""A plain-text overview of a dossier: its sources, its timeline and its actors.

What ``dossier`` prints: enough to see at a glance what the story covers, when, and
which sources support each event. A large dossier starts with its key events.
"""

from __future__ import annotations

from dossier_tui.model import Dossier, Event
from dossier_tui.ranking import KEY_EVENTS, key_events
from dossier_tui.safe_text import printable
from dossier_tui.wording import UNDATED_GROUP, count, event_when, published, with_status

WIDTH = 100


def _clip(text: str, width: int) -> str:
    text = printable(" ".join(text.split()), keep_newlines=False)
    return text if len(text) <= width else text[: width - 1] + "…"


def _event(e: Event) -> str:
    date = with_status(event_when(e), e.status)
    return f"  {_clip(date, 30):<30} {len(e.sources)}  {_clip(e.brief, WIDTH - 36)}"


def summarise(d: Dossier, label: str) -> str:
    lines = [f"dossier: {count(len(d.sources), 'source')} from {printable(label)}", ""]
    lines.append(f"  {'published':<24} {'basis':<9} title")
    for s in d.sources:
        pub = published(s)
        basis = _clip(s.published_basis, 9)
        lines.append(f"  {_clip(pub, 24):<24} {basis:<9} {_clip(s.label(), WIDTH - 38)}")
    dated = [e for e in d.events if e.date]
    rest = [e for e in d.events if not e.date]
    if len(d.events) > KEY_EVENTS:
        key = key_events(d)
        lines += ["", f"Key events ({len(key)} of {len(d.events):,}):"]
        lines += [_event(e) for e in key] or ["  (none)"]
    lines += ["", f"Timeline ({len(dated):,} dated events):"]
    lines += [_event(e) for e in dated] or ["  (none)"]
    if rest:
        lines += ["", f"{UNDATED_GROUP} ({len(rest):,}):"]
        lines += [_event(e) for e in rest]
    if d.actors:
        lines += ["", f"Actors ({len(d.actors)}):"]
        for a in d.actors:
            role = f", {a.main_role}" if a.roles else ""
            said = f" · {count(len(a.quotes), 'quote')}" if a.quotes else ""
            facts = f"{count(len(a.events), 'event')}{said}"
            who = _clip(a.name + role, WIDTH - 36)
            lines.append(f"  {_clip(a.kind, 12):<12} {_clip(facts, 20):<20} {who}")
    lines += [
        "",
        "Export: dossier export --format md   ·   time expressions: dossier timexes PATH   ·   "
        "help: dossier -h",
        "",
    ]
    return "\n".join(lines)
