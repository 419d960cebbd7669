"""Markdown export: a dossier a journalist can paste into a report.

Sources are numbered and cited as [n]; every event shows its date as precisely as the
sources support it, its sources, and a short quote from each with the dating words in
bold. Source text is untrusted: it is escaped so it can never become Markdown markup,
links or HTML, and control characters are replaced (in a link's address,
percent-encoded): the report can be printed on a terminal.
"""

from __future__ import annotations

import re
from itertools import groupby
from urllib.parse import quote

from dossier_tui import __version__
from dossier_tui.curation import Curated, Marks
from dossier_tui.model import Actor, Dossier, Event, Evidence
from dossier_tui.ranking import key_events
from dossier_tui.safe_text import printable
from dossier_tui.wording import (
    UNDATED_GROUP,
    count,
    describe,
    event_when,
    month_heading,
    published,
    tally,
    with_status,
)

_SPECIAL = re.compile(r"([\\`*_\[\]{}<>()#+!|~])")
_URL = re.compile(r"https?://[^\s()<>]+")
_URL_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f|]")  # controls; | would end a table cell
QUOTE_CHARS = 200


def escape(text: str) -> str:
    """Plain text that Markdown shows as written (runs of blanks become one space)."""
    flat = printable(re.sub(r"\s+", " ", text), keep_newlines=False)
    return _SPECIAL.sub(r"\\\1", flat)


def _link_target(url: str | None) -> str | None:
    """A source's web address as a link target, control characters (and ``|``)
    percent-encoded, as a browser would send them; None when it is no web address."""
    if not url:
        return None
    url = _URL_UNSAFE.sub(lambda m: quote(m[0]), url)
    return url if _URL.fullmatch(url) else None


def _short_quote(text: str, ev: Evidence) -> str:
    """The evidence sentence, cut around the dating words, which are set in bold."""
    quote = ev.passage
    if ev.timex is None or not (ev.start <= ev.timex.start and ev.timex.end <= ev.end):
        cut = quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS].rsplit(" ", 1)[0] + " …"
        return escape(cut)
    a, b = ev.timex.start - ev.start, ev.timex.end - ev.start
    left, right = quote[:a], quote[b:]
    room = max(40, (QUOTE_CHARS - (b - a)) // 2)
    if len(left) > room:
        left = "… " + left[-room:].split(" ", 1)[-1]
    if len(right) > room:
        right = right[:room].rsplit(" ", 1)[0] + " …"
    return f"{escape(left)}**{escape(quote[a:b])}**{escape(right)}"


def _when(e: Event) -> str:
    """The event's date in the report's words ("Autumn 2023 (planned)")."""
    return with_status(escape(event_when(e)), e.status, aside=True)


def _star(m: Marks) -> str:
    return "★ " if m.starred else ""


def _marked(m: Marks, corrected: str) -> list[str]:
    """What a person decided, under the headline (or name) it is about."""
    lines = [corrected] if m.corrected and corrected else []
    if m.tags:
        lines.append(f"*Tags:* {', '.join(escape(t) for t in m.tags)}")
    lines += [f"*Note:* {escape(n)}" for n in m.notes]
    return [x for line in lines for x in ("", line)]  # a paragraph each


def _key_events(d: Dossier, marks: Curated) -> list[str]:
    """The story in brief: the key events in date order, each by its short headline with
    its number of sources, and the full headline below it where that says more."""
    key = key_events(d)
    if not key:
        return []
    out = ["## Key events", ""]
    for e in key:
        star = _star(marks.event_marks(e.id))
        out.append(
            f"- **{_when(e)}** — {star}{escape(e.brief)} · {count(len(e.sources), 'source')}"
        )
        if e.short and e.short != e.headline:
            out.append(f"  - {escape(e.headline)}")
    return out + [""]


def _event(
    e: Event, cite: dict[str, int], texts: dict[str, str], names: dict[str, str], m: Marks
) -> list[str]:
    when_ = _when(e)
    refs = " ".join(f"[{cite[s]}]" for s in e.sources if s in cite)
    n = f" · {count(len(e.sources), 'source')}" if len(e.sources) > 1 else ""
    place = f" · {escape(e.place)}" if e.place and e.place not in e.headline else ""
    headline = f"{_star(m)}{escape(e.headline)}"
    lines = [f"**{when_}** — {headline}{place}{n} {refs}".rstrip()]
    machine = escape(describe(m.machine)) if m.machine else "no date"
    lines += _marked(m, f"*Date corrected by hand;* the sources give {machine}.")
    lines.append("")
    # one passage per source: the one that dates the event, if the source has one
    best: dict[str, Evidence] = {}
    for ev in e.evidence:
        if ev.source not in best or (best[ev.source].timex is None and ev.timex is not None):
            best[ev.source] = ev
    for ev in best.values():
        lines.append(
            f"> {_short_quote(texts.get(ev.source, ''), ev)} — [{cite.get(ev.source, '?')}]"
        )
        lines.append(">")
    if lines[-1] == ">":
        lines.pop()
    for c in e.conflicts:
        who = " ".join(f"[{cite[s]}]" for s in c.sources if s in cite)
        lines += [
            "",
            f"> ⚠ **Dates differ:** {who} give{'s' if len(c.sources) == 1 else ''} "
            f"{escape(describe(c.value))} ({escape(c.value)}).",
        ]
    involved = [names[a] for a in e.actors if a in names]
    if involved:
        lines += ["", f"*Involved:* {', '.join(escape(n) for n in involved)}"]
    return lines + [""]


_REOPENED = re.compile(r"\s*\n\s*(?:[\"“]|``)?")
_KIND_HEADINGS = (("person", "People"), ("organisation", "Organisations"), ("place", "Countries"))
QUOTE_MAX = 600


def _cites(cite: dict[str, int], sources) -> str:
    return "".join(f"[{cite[s]}]" for s in dict.fromkeys(sources) if s in cite)


def _actor(a: Actor, cite: dict[str, int], events: dict[str, Event], m: Marks) -> list[str]:
    renamed = f"*Renamed by hand;* the sources: {escape(m.machine)}." if m.machine else ""
    lines = [f"### {escape(a.name)}", *_marked(m, renamed), ""]
    if a.aliases:
        lines += [f"Also named: {', '.join(escape(x) for x in a.aliases)}", ""]
    for title, same in a.titles():  # one line per title, however many sources give it
        lines.append(f"- **{escape(title)}** {_cites(cite, [r.source for r in same])}")
    if a.sources:
        lines.append(f"- Named in {_cites(cite, a.sources)}")
    lines.append("")
    for eid in a.events:
        e = events.get(eid)
        if e is not None:
            said = f"- {escape(event_when(e))} — {escape(e.headline)}"
            lines.append(f"{said} {_cites(cite, e.sources)}".rstrip())
    if a.events:
        lines.append("")
    for q in a.quotes:
        words = _REOPENED.sub(
            " ", q.text
        )  # a long quotation's reopening marks are print, not words
        words = words if len(words) <= QUOTE_MAX else words[:QUOTE_MAX].rsplit(" ", 1)[0] + " …"
        lines += [f"> “{escape(words)}” — [{cite.get(q.source, '?')}]", ""]
    return lines


def _actors(d: Dossier, cite: dict[str, int], marks: Curated) -> list[str]:
    if not d.actors:
        return []
    events = {e.id: e for e in d.events}
    out = []
    for kind, heading in _KIND_HEADINGS:
        group = [a for a in d.actors if a.kind == kind]
        if not group:
            continue
        out += [f"## {heading}", ""]
        if kind == "place":  # countries as parties: a line each is enough
            for a in group:
                also = f" (also {', '.join(escape(x) for x in a.aliases)})" if a.aliases else ""
                out.append(
                    f"- **{escape(a.name)}**{also}: {count(len(a.events), 'event')}, "
                    f"named in {_cites(cite, a.sources)}"
                )
            out.append("")
            continue
        for a in group:
            out += _actor(a, cite, events, marks.actor_marks(a.id))
    return out


def to_markdown(d: Dossier, note: str | None = None, marks: Curated | None = None) -> str:
    """The report; ``note`` is added to its opening line (e.g. that it holds only the key
    events); ``marks``: what a person decided about the events and actors of ``d``."""
    marks = marks or Curated(d, {}, {})
    starred = sum(marks.event_marks(e.id).starred for e in d.events)
    if starred:
        note = f"{starred} starred" + (f" · {note}" if note else "")
    cite = {s.id: i for i, s in enumerate(d.sources, 1)}
    texts = {s.id: s.text for s in d.sources}
    names = {a.id: a.name for a in d.actors}
    title = next((s.title for s in d.sources if s.title), None)
    dated = [e for e in d.events if e.date]
    undated = [e for e in d.events if not e.date]
    out = [
        f"# Dossier: {escape(title)}" if title else "# Dossier",
        "",
        " · ".join(
            [*tally(d), *([escape(note)] if note else []), f"built by dossier {__version__}"]
        ),
        "",
        *_key_events(d, marks),
        "## Sources",
        "",
        "| | Title | Outlet | Published |",
        "|---|---|---|---|",
    ]
    notes = []
    for s in d.sources:
        pub = published(s, short=False, basis=True, words=escape)
        if s.published_reason:
            notes.append(s.published_reason)
            pub += f" [^{len(notes)}]"
        name = escape(s.label())
        url = _link_target(s.url)
        if url:
            name = f"[{name}](<{url}>)"
        out.append(f"| [{cite[s.id]}] | {name} | {escape(s.outlet) if s.outlet else '—'} | {pub} |")
    out.append("")
    for s in d.sources:  # a person's notes on a source, a paragraph each
        out += [f"*Note on [{cite[s.id]}]:* {escape(n)}" for n in marks.source_marks(s.id).notes]
    if out[-1]:
        out.append("")
    for i, note in enumerate(notes, 1):
        out.append(f"[^{i}]: Inferred: {escape(note)}.")
    if notes:
        out.append("")
    out += ["## Chronology", ""]
    if not dated:
        out += ["No dated events.", ""]
    for heading, group in groupby(dated, key=lambda e: month_heading(e.date)):
        out += [f"### {escape(heading)}", ""]
        for e in group:
            out += _event(e, cite, texts, names, marks.event_marks(e.id))
    if undated:
        out += [f"## {UNDATED_GROUP}", ""]
        for e in undated:
            out += _event(e, cite, texts, names, marks.event_marks(e.id))
    out += _actors(d, cite, marks)
    # every field from the sources is escaped above; this makes sure of it for good
    return printable("\n".join(out).rstrip() + "\n")
