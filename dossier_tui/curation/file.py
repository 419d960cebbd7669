"""``curation.yaml``: the decisions beside the dossier they are about, as a person can
read and edit them. Read only through the bounded safe loader, written atomically;
a file that cannot be read is reported and left as it is."""

from __future__ import annotations

import os
import stat
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from dossier_tui import safe_yaml
from dossier_tui.curation.decision import (
    ACTOR_ACTIONS,
    ANCHOR_KINDS,
    EVENT_ACTIONS,
    SOURCE_ACTIONS,
    Anchor,
    Curation,
    Decision,
    Span,
)
from dossier_tui.safe_text import shown
from dossier_tui.writes import write_atomic

SCHEMA = 1
KIND = "dossier-curation"
#: the file beside a dossier's timeline file
NAME = "curation.yaml"
#: a curation file larger than this is refused (tens of thousands of decisions fit)
MAX_BYTES = 32 * 1024 * 1024

_HEADER = """\
# What a person decided about the dossier beside this file: hidden, starred, tagged,
# re-dated, merged and moved events; hidden, renamed, merged and split actors; notes on
# events, actors and sources. `dossier build` never writes it: every decision is applied
# again to each new build. Each decision names the source text it is about (source,
# start, end, text), so it still finds its event, actor or source after a rebuild; one
# that does not is reported.
"""


#: libyaml's parser and emitter where PyYAML has them (the same documents, several
#: times faster: a file of a thousand decisions is written at every decision)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class CurationError(Exception):
    """A curation file that cannot be read or written: one line saying where and why."""


def beside(timeline: str | os.PathLike[str]) -> Path:
    """The curation file of the dossier in the timeline file ``timeline``."""
    return Path(timeline).parent / NAME


def load(path: str | os.PathLike[str]) -> Curation:
    """The decisions in ``path``; no file is no decision."""
    data = read(path)
    return Curation() if data is None else loads(decoded(data, path), shown(str(path)))


def read(path: str | os.PathLike[str]) -> bytes | None:
    """The bytes of the curation file at ``path`` (None: there is none), once it is known
    to be a regular file (a FIFO would block the reader) no larger than MAX_BYTES."""
    name = shown(str(path))
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as e:
        raise CurationError(f"{name}: cannot read ({e.strerror})") from None
    if not stat.S_ISREG(st.st_mode):
        raise CurationError(f"{name}: not a regular file")
    if st.st_size > MAX_BYTES:
        raise CurationError(f"{name}: larger than {MAX_BYTES // 2**20} MB; not read")
    try:
        return Path(path).read_bytes()
    except OSError as e:
        raise CurationError(f"{name}: cannot read ({e.strerror})") from None


def decoded(data: bytes, path: str | os.PathLike[str]) -> str:
    """The text of a curation file's bytes."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise CurationError(f"{shown(str(path))}: cannot read (not UTF-8 text)") from None


def loads(text: str, name: str = NAME) -> Curation:
    try:
        data = safe_yaml.load(text, _LOADER)
    except safe_yaml.YAMLLimit as e:
        raise CurationError(f"{name}:{e.line}: {e.problem}") from None
    except yaml.YAMLError as e:
        line, problem = safe_yaml.where(e)
        raise CurationError(" ".join(f"{name}{line}: not YAML ({problem})".split())) from None
    if data is None:
        return Curation()
    return _curation(data, name)


def dumps(c: Curation) -> str:
    data = {"schema": SCHEMA, "kind": KIND, "decisions": [_plain(d) for d in c.decisions]}
    body = yaml.dump(data, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=100)
    return _HEADER + body


def save(c: Curation, path: str | os.PathLike[str]) -> None:
    """Write ``c`` to ``path`` atomically (WriteError when it cannot be written)."""
    write_atomic(path, dumps(c), wait=False)


# ---------------------------------------------------------------- to plain data
def _plain_anchor(a: Anchor) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": a.kind}
    if a.label:
        out["label"] = a.label
    if a.name is not None:
        out["name"] = a.name
    if a.aliases:
        out["aliases"] = list(a.aliases)
    if a.actor_kind:
        out["actor_kind"] = a.actor_kind
    if a.when:
        out["when"] = a.when
    if a.url:
        out["url"] = a.url
    out["spans"] = [
        {"source": s.source, "start": s.start, "end": s.end, "text": s.text} for s in a.spans
    ]
    return out


def _plain(d: Decision) -> dict[str, Any]:
    out: dict[str, Any] = {"action": d.action, "by": d.by, "at": d.at}
    if d.value is not None:
        out["value"] = d.value
    if d.note:
        out["note"] = d.note
    out["about"] = _plain_anchor(d.about)
    if d.others:
        out["others"] = [_plain_anchor(a) for a in d.others]
    if d.names:
        out["names"] = list(d.names)
    return out


# ---------------------------------------------------------------- from plain data
class _Reader:
    """Checks as it reads, so the first problem is told with where it is."""

    def __init__(self, name: str):
        self.name = name

    def fail(self, where: str, problem: str) -> CurationError:
        return CurationError(f"{self.name}: {where}: {problem}")

    def map(self, x: Any, where: str) -> dict:
        if not isinstance(x, dict):
            raise self.fail(where, "should be a mapping")
        return x

    def list(self, x: Any, where: str) -> list:
        if x is None:
            return []
        if not isinstance(x, list):
            raise self.fail(where, "should be a list")
        return x

    def text(self, x: Any, where: str, optional: bool = False) -> str | None:
        if x is None and optional:
            return None
        if isinstance(x, (date, datetime)):  # typed by hand without quotes: as written
            return x.isoformat().replace("+00:00", "Z")
        if isinstance(x, bool) or not isinstance(x, (str, int, float)):
            raise self.fail(where, "should be text")
        return str(x)

    def count(self, x: Any, where: str) -> int:
        if isinstance(x, bool) or not isinstance(x, int) or x < 0:
            raise self.fail(where, "should be a whole number, 0 or more")
        return x

    def texts(self, x: Any, where: str) -> tuple[str, ...]:
        return tuple(self.text(v, f"{where}[{i}]") or "" for i, v in enumerate(self.list(x, where)))


def _anchor(r: _Reader, x: Any, where: str) -> Anchor:
    m = r.map(x, where)
    kind = m.get("kind")
    if kind not in ANCHOR_KINDS:
        raise r.fail(f"{where}.kind", f"{kind!r} is not one of {', '.join(ANCHOR_KINDS)}")
    spans = []
    for i, s in enumerate(r.list(m.get("spans"), f"{where}.spans")):
        w = f"{where}.spans[{i}]"
        s = r.map(s, w)
        start, end = r.count(s.get("start"), f"{w}.start"), r.count(s.get("end"), f"{w}.end")
        if end < start:
            raise r.fail(w, "end comes before start")
        text = r.text(s.get("text"), f"{w}.text") or ""
        spans.append(Span(r.text(s.get("source"), f"{w}.source") or "", start, end, text))
    name = r.text(m.get("name"), f"{where}.name", optional=True)
    if not spans and not name:
        raise r.fail(where, "names no source text and no name: nothing can find it")
    return Anchor(
        kind,
        tuple(spans),
        r.text(m.get("label", ""), f"{where}.label") or "",
        name,
        r.texts(m.get("aliases"), f"{where}.aliases"),
        r.text(m.get("actor_kind"), f"{where}.actor_kind", optional=True),
        r.text(m.get("when"), f"{where}.when", optional=True),
        r.text(m.get("url"), f"{where}.url", optional=True),
    )


#: what may be decided about each kind of anchor (a passage's are an event's), and its name
_ALLOWED = {"actor": (ACTOR_ACTIONS, "an actor"), "source": (SOURCE_ACTIONS, "a source")}


def _decision(r: _Reader, x: Any, where: str) -> Decision:
    m = r.map(x, where)
    about = _anchor(r, m.get("about"), f"{where}.about")
    action = m.get("action")
    allowed, what = _ALLOWED.get(about.kind, (EVENT_ACTIONS, "an event"))
    if action not in allowed:
        raise r.fail(f"{where}.action", f"{action!r} is not one of {', '.join(allowed)} ({what})")
    d = Decision(
        action,
        about,
        r.text(m.get("value"), f"{where}.value", optional=True),
        tuple(
            _anchor(r, a, f"{where}.others[{i}]")
            for i, a in enumerate(r.list(m.get("others"), f"{where}.others"))
        ),
        r.texts(m.get("names"), f"{where}.names"),
        r.text(m.get("by", ""), f"{where}.by") or "",
        r.text(m.get("at", ""), f"{where}.at") or "",
        r.text(m.get("note"), f"{where}.note", optional=True),
    )
    needs_value = ("tag", "note", "redate", "rename", "split")
    if action in needs_value and not (d.value or "").strip():
        raise r.fail(f"{where}.value", f"a {action} decision needs a value")
    if action == "merge" and not d.others:
        raise r.fail(f"{where}.others", "a merge names what is merged into it")
    return d


def _curation(data: Any, name: str) -> Curation:
    r = _Reader(name)
    m = r.map(data, "the file")
    if m.get("kind", KIND) != KIND:
        raise r.fail("kind", f"{m.get('kind')!r}: not a curation file ({KIND})")
    schema = m.get("schema", SCHEMA)
    if schema != SCHEMA:
        raise r.fail("schema", f"{schema!r}: this dossier reads schema {SCHEMA}")
    decisions = r.list(m.get("decisions"), "decisions")
    return Curation(tuple(_decision(r, d, f"decisions[{i}]") for i, d in enumerate(decisions)))
