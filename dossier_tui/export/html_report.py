"""One self-contained HTML report: the chronology, the profiles and the source passages.

The page carries its own stylesheet and no script, loads nothing (its Content Security
Policy refuses any request, so not even a browser's guess at a favicon leaves it), and
escapes every word taken from the sources. Links to the articles' own addresses are
plain links: nothing is fetched unless the reader follows one.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape
from importlib import resources
from itertools import groupby

from dossier_tui import __version__
from dossier_tui.curation import Curated, Marks
from dossier_tui.export.curated import Row, rows
from dossier_tui.model import Actor, Source
from dossier_tui.safe_text import printable
from dossier_tui.wording import describe, month_heading

#: refuse every request the page could make; allow only its own inline style
POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
#: passages shown open under each event before the rest fold away
OPEN_PASSAGES = 2


@lru_cache(maxsize=1)
def _css() -> str:
    return resources.files("dossier_tui.export").joinpath("report.css").read_text("utf-8")


def _e(text: object) -> str:
    return escape(printable(str(text)), quote=True)


def _anchor(prefix: str, ident: str) -> str:
    """An id attribute from an id of the dossier (any text: escaped, spaces made dashes)."""
    return _e(f"{prefix}-{'-'.join(ident.split())}")


def _url(url: str | None) -> str | None:
    """A source's address when it is a web address (never ``javascript:`` or a data URL)."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


def _event(r: Row, cite: dict[str, int], names: dict[str, str]) -> list[str]:
    e, m = r.event, r.marks
    css = "event starred" if m.starred else "event"
    when = _e(r.when)
    if r.machine_when is not None:
        when += (
            f' <span class="machine" title="the date the sources gave">{_e(r.machine_when)}</span>'
        )
        when += " (corrected)"
    star = '<span class="star" title="starred">★</span> ' if m.starred else ""
    out = [f'<article class="{css}" id="{_anchor("event", e.id)}">']
    out.append(f'<div class="when">{when}</div>')
    out.append(f'<p class="headline">{star}{_e(e.headline)}</p>')
    if m.tags:
        out.append(
            '<div class="tags">' + "".join(f"<span>{_e(t)}</span>" for t in m.tags) + "</div>"
        )
    out += [f'<p class="note">{_e(n)}</p>' for n in m.notes]
    if r.actors:
        links = ", ".join(f'<a href="#{_anchor("actor", a.id)}">{_e(a.name)}</a>' for a in r.actors)
        out.append(f'<p class="with">With {links}</p>')
    quotes = [_passage(v.passage, v.source, cite, names) for v in e.evidence]
    out += quotes[:OPEN_PASSAGES]
    if len(quotes) > OPEN_PASSAGES:
        more = len(quotes) - OPEN_PASSAGES
        out.append(f"<details><summary>{more} more passage{'s' if more > 1 else ''}</summary>")
        out += quotes[OPEN_PASSAGES:]
        out.append("</details>")
    out.append("</article>")
    return out


def _passage(text: str, source: str, cite: dict[str, int], names: dict[str, str]) -> str:
    n = cite.get(source)
    ref = f'<a href="#{_anchor("source", source)}">[{n}]</a> ' if n else ""
    words = _e(" ".join(text.split()))
    cited = f'<span class="cite">{ref}{_e(names.get(source, source))}</span>'
    return f"<blockquote>{words}{cited}</blockquote>"


def _actor(
    a: Actor, cur: Curated, cite: dict[str, int], names: dict[str, str], dated: dict
) -> list[str]:
    m = cur.actor_marks(a.id)
    out = [f'<section class="actor" id="{_anchor("actor", a.id)}">']
    out.append(f'<h4>{_e(a.name)}<span class="kind">{_e(a.kind)}</span></h4>')
    if m.corrected and m.machine:
        out.append(f'<p class="with">Renamed; the sources call it {_e(m.machine)}</p>')
    if a.aliases:
        out.append(f'<p class="with">Also: {_e(", ".join(a.aliases))}</p>')
    if m.tags:
        out.append(
            '<div class="tags">' + "".join(f"<span>{_e(t)}</span>" for t in m.tags) + "</div>"
        )
    out += [f'<p class="note">{_e(n)}</p>' for n in m.notes]
    titles = [t for t, _ in a.titles()]
    if titles:
        out.append(f"<p>{_e('; '.join(titles))}</p>")
    for q in a.quotes:
        out.append(_passage(f"“{q.text}”", q.source, cite, names))
    listed = [dated[x] for x in a.events if x in dated]
    if listed:
        out.append("<ul>")
        for r in listed:
            link = f'<a href="#{_anchor("event", r.event.id)}">{_e(r.when)}</a>'
            out.append(f"<li>{link}: {_e(r.event.brief)}</li>")
        out.append("</ul>")
    out.append("</section>")
    return out


def _source(s: Source, n: int, m: Marks) -> str:
    url = _url(s.url)
    title = _e(s.label())
    if url:
        title = f'<a href="{_e(url)}" rel="noreferrer noopener">{title}</a>'
    title += "".join(f'<p class="note">{_e(x)}</p>' for x in m.notes)
    published = _e(describe(s.published)) if s.published else "unknown"
    return (
        f'<tr id="{_anchor("source", s.id)}"><td>[{n}]</td><td>{title}</td>'
        f"<td>{_e(s.outlet or '—')}</td><td>{published}</td></tr>"
    )


def to_html(cur: Curated, note: str | None = None) -> str:
    d = cur.visible()
    listed = rows(cur)
    cite = {s.id: i for i, s in enumerate(d.sources, 1)}
    names = {s.id: s.label() for s in d.sources}
    title = next((s.title for s in d.sources if s.title), None)
    dated = [r for r in listed if r.event.date]
    undated = [r for r in listed if not r.event.date]
    starred = sum(r.marks.starred for r in listed)
    facts = [
        f"{len(d.sources)} sources",
        f"{len(dated)} dated events",
        f"{len(undated)} undated or ongoing",
    ]
    if starred:
        facts.append(f"{starred} starred")
    if note:
        facts.append(note)
    facts.append(f"built by dossier {__version__}")
    body = [
        f"<h1>{_e(title) if title else 'Dossier'}</h1>",
        f'<p class="meta">{_e(" · ".join(facts))}</p>',
        '<nav><a href="#chronology">Chronology</a><a href="#actors">People and organisations</a>'
        '<a href="#sources">Sources</a></nav>',
        '<h2 id="chronology">Chronology</h2>',
    ]
    if not dated:
        body.append("<p>No dated events.</p>")
    for heading, group in groupby(dated, key=lambda r: month_heading(r.event.date)):
        body.append(f"<h3>{_e(heading)}</h3>")
        for r in group:
            body += _event(r, cite, names)
    if undated:
        body.append("<h3>Undated and ongoing</h3>")
        for r in undated:
            body += _event(r, cite, names)
    body.append('<h2 id="actors">People and organisations</h2>')
    by_id = {r.event.id: r for r in listed}
    for a in d.actors:
        body += _actor(a, cur, cite, names, by_id)
    body += [
        '<h2 id="sources">Sources</h2>',
        "<table>",
        "<tr><th></th><th>Title</th><th>Outlet</th><th>Published</th></tr>",
    ]
    body += [_source(s, cite[s.id], cur.source_marks(s.id)) for s in d.sources]
    body.append("</table>")
    page = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{_e(title) if title else 'Dossier'}</title>",
        f"<style>\n{_css()}</style>",
        "</head>",
        "<body>",
        *body,
        "</body>",
        "</html>",
    ]
    return "\n".join(page) + "\n"
