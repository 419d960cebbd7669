"""Dossier <-> timeline.yaml (schema 2; schema 1 is still read): the file the app, the
exports and outside checks share.

Writes are deterministic (the same dossier gives the same bytes) and atomic
(``writes.write_atomic``: a failed write leaves the old file as it was). Loading
checks the file against the schema and names the file, line and problem of the first
thing wrong, so a hand-edited file gives a message a person can act on; a date no
calendar has ("2023-02-30", "2023-13", "2023-W99", year 0) is such a problem.

Schema 2 adds each event's ``score`` (how central it is to the story). A schema-1 file
has none: its events are scored by the number of distinct sources that report them,
the ranking outside tools used before scores existed.
"""

from __future__ import annotations

import functools
import math
import os
import re
import stat
from pathlib import Path

import yaml

from dossier_tui import __version__, safe_yaml, yaml_fast
from dossier_tui.events.short_headline import with_short_headlines
from dossier_tui.model import (
    EVENT_STATUSES,
    PROBLEM_KINDS,
    PUBLISHED_BASES,
    Actor,
    Conflict,
    Dossier,
    Event,
    Evidence,
    Furniture,
    Problem,
    Quote,
    Role,
    Source,
    Timex,
)
from dossier_tui.quiet_gc import paused
from dossier_tui.safe_text import shown
from dossier_tui.temporal import values as V
from dossier_tui.writes import WriteError, write_atomic

SCHEMA = 2
#: the schemas this version reads
READS = (1, 2)
#: decimals a score keeps in the file, so the same dossier always gives the same bytes
SCORE_DECIMALS = 3


class StoreError(Exception):
    """A timeline file that cannot be read or written; the message says where and why,
    on one line (YAML's own messages span several)."""

    def __init__(self, message: str):
        super().__init__(" ".join(message.split()))


# ---------------------------------------------------------------- to plain data
def _timex(t: Timex) -> dict:
    return {
        "text": t.text,
        "start": t.start,
        "end": t.end,
        "value": t.value,
        "type": t.type,
        "basis": t.basis,
        "mod": t.mod,
    }


def _score(value: float) -> float:
    """A score as stored: a float rounded to SCORE_DECIMALS (and never -0.0)."""
    return float(round(value, SCORE_DECIMALS)) + 0.0


def to_dict(d: Dossier) -> dict:
    """The dossier as plain data, keys in the documented order."""
    return {
        "schema": SCHEMA,
        "generator": f"dossier {__version__}",
        "sources": [
            {
                "id": s.id,
                "path": s.path,
                "title": s.title,
                "outlet": s.outlet,
                "url": s.url,
                "published": s.published,
                "published_basis": s.published_basis,
                "published_reason": s.published_reason,
                "published_span": list(s.published_span) if s.published_span else None,
                "encoding": s.encoding,
                "sha256": s.sha256,
                "body_start": s.body_start,
                "furniture": [
                    {"start": f.start, "end": f.end, "kind": f.kind} for f in s.furniture
                ],
                "text": s.text,
            }
            for s in d.sources
        ],
        "events": [
            {
                "id": e.id,
                "date": e.date,
                "start": e.start,
                "end": e.end,
                "headline": e.headline,
                "short": e.short,
                "status": e.status,
                "score": _score(e.score),
                "place": e.place,
                "actors": list(e.actors),
                "evidence": [
                    {
                        "source": v.source,
                        "start": v.start,
                        "end": v.end,
                        "quote": v.passage,
                        "timex": _timex(v.timex) if v.timex else None,
                    }
                    for v in e.evidence
                ],
                "conflicts": [{"value": c.value, "sources": list(c.sources)} for c in e.conflicts],
            }
            for e in d.events
        ],
        "actors": [
            {
                "id": a.id,
                "name": a.name,
                "kind": a.kind,
                "aliases": list(a.aliases),
                "roles": [
                    {"title": r.title, "source": r.source, "start": r.start, "end": r.end}
                    for r in a.roles
                ],
                "quotes": [
                    {"source": q.source, "start": q.start, "end": q.end, "text": q.text}
                    for q in a.quotes
                ],
                "events": list(a.events),
                "sources": list(a.sources),
            }
            for a in d.actors
        ],
        "problems": [{"kind": p.kind, "path": p.path, "message": p.message} for p in d.problems],
    }


def dumps(d: Dossier) -> str:
    """The file's text: ``yaml_fast``'s block YAML, which any YAML reader reads back as
    ``to_dict(d)`` (PyYAML's own emitter takes some thirty times as long)."""
    with paused():  # a large dossier: millions of small containers, none in a cycle
        return yaml_fast.dump(to_dict(d))


def save(d: Dossier, path: str | Path) -> None:
    """Write ``d`` to ``path`` as ``write_atomic`` writes any file."""
    try:
        write_atomic(path, dumps(d))
    except WriteError as e:
        raise StoreError(str(e)) from None


# ---------------------------------------------------------------- from the file
_STR, _INT, _NULL = "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:null"
_FLOAT = "tag:yaml.org,2002:float"
_WANT = {_STR: "text", _INT: "a whole number", _NULL: "null", _FLOAT: "a number"}
_VALUE = yaml.constructor.SafeConstructor()  # the value of a checked scalar node


class _PyLoader(yaml.SafeLoader):
    """The safe loader, except that dates stay text: a hand-typed 2023-08-09 is the
    TIMEX3 value it looks like, not a date object."""


_PyLoader.yaml_implicit_resolvers = yaml_fast.RESOLVERS


class _Loader(getattr(yaml, "CSafeLoader", _PyLoader)):
    """The same, with libyaml's parser where PyYAML has it (some four times faster, the
    same values); what libyaml refuses (the escaped lone surrogate of a file name that
    is not UTF-8) is read again by the pure-Python one."""


_Loader.yaml_implicit_resolvers = _PyLoader.yaml_implicit_resolvers


class _Checker:
    """Walks the composed YAML nodes, so each problem can name its line."""

    def __init__(self, name: str):
        self.name = name

    def fail(self, node, where: str, problem: str):
        line = node.start_mark.line + 1 if node is not None else 1
        raise StoreError(f"{self.name}:{line}: {where}: {problem}")

    def mapping(self, node, where: str, required: tuple[str, ...]) -> dict:
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, where, "expected a mapping of keys to values")
        keys = {}
        for k, v in node.value:
            if not isinstance(k, yaml.ScalarNode):
                self.fail(k, where, "keys must be plain words")
            keys[k.value] = v
        for r in required:
            if r not in keys:
                self.fail(node, where, f"missing key '{r}'")
        return keys

    def seq(self, node, where: str) -> list:
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, where, "expected a list")
        return node.value

    def scalar(
        self, node, where: str, kinds: tuple[str, ...], choices: tuple[str, ...] = ()
    ) -> None:
        if not isinstance(node, yaml.ScalarNode) or node.tag not in kinds:
            want = " or ".join(_WANT[k] for k in kinds if not (k == _INT and _FLOAT in kinds))
            got = node.value if isinstance(node, yaml.ScalarNode) else type(node).__name__
            hint = (
                " (quote dates and times: '2023-08-09')"
                if getattr(node, "tag", "").endswith("timestamp")
                else ""
            )
            self.fail(node, where, f"expected {want}, got {got!r}{hint}")
        if choices and node.tag == _STR and node.value not in choices:
            self.fail(node, where, f"{node.value!r} is not one of {', '.join(choices)}")
        if node.tag == _FLOAT and not math.isfinite(_VALUE.construct_yaml_float(node)):
            self.fail(node, where, f"expected a finite number, got {node.value!r}")

    def when(self, node, where: str, day: bool = False) -> None:
        """A (checked) text or null scalar that holds a TIMEX3 value: a date in it must
        be one the calendar has; ``day``: it must be a calendar day ('2023-08-09')."""
        if node.tag == _STR:
            problem = _date_problem(node.value, day)
            if problem:
                self.fail(node, where, problem)

    def fields(self, node, where: str, spec: dict[str, tuple], required: tuple[str, ...]) -> dict:
        keys = self.mapping(node, where, required)
        for key, kinds in spec.items():
            if key in keys and kinds:
                self.scalar(keys[key], f"{where}.{key}", *kinds)
        return keys


_S, _SN, _I, _IN, _N = (_STR,), (_STR, _NULL), (_INT,), (_INT, _NULL), (_INT, _FLOAT)
_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CLOCK_RE = re.compile(r"(\d{2}):(\d{2})(?::(\d{2}))?")
_SHA256_RE = re.compile(r"[0-9a-f]{64}")


@functools.lru_cache(maxsize=1 << 16)
def _date_problem(value: str, day: bool = False) -> str | None:
    """Why ``value`` cannot be the TIMEX3 value it looks like, or None. Only what looks
    like a calendar value is judged (durations, references and values with X are not)."""
    if day and not _DAY_RE.fullmatch(value):
        return f"expected a day such as '2023-08-09', got {value!r}"
    c = V.parse(value)
    if c is None:
        return None
    try:
        V.interval(c)
    except ValueError as e:  # 2023-02-30, 2023-13, 2023-W99, year 0
        return f"{value!r} is not a date the calendar has ({e})"
    clock = _CLOCK_RE.fullmatch(c.time) if c.grain == "time" else None
    if clock:
        h, m, s = (int(x or 0) for x in clock.groups())
        if not (h < 24 and m < 60 and s < 60 or (h, m, s) == (24, 0, 0)):
            return f"{value!r} is not a time of day"
    return None


def _check(root, name: str) -> None:
    c = _Checker(name)
    top = c.mapping(root, "file", ("schema", "sources", "events"))
    c.scalar(top["schema"], "schema", _I)
    schema = _VALUE.construct_yaml_int(top["schema"])
    if schema not in READS:
        c.fail(
            top["schema"],
            "schema",
            f"this dossier reads schema {' and '.join(map(str, READS))}, "
            f"the file is schema {top['schema'].value}",
        )
    for i, s in enumerate(c.seq(top["sources"], "sources")):
        w = f"sources[{i}]"
        keys = c.fields(
            s,
            w,
            {
                "id": (_S,),
                "path": (_SN,),
                "title": (_SN,),
                "outlet": (_SN,),
                "url": (_SN,),
                "published": (_SN,),
                "published_basis": (_S, PUBLISHED_BASES),
                "published_reason": (_SN,),
                "encoding": (_S,),
                "sha256": (_SN,),
                "body_start": (_I,),
                "text": (_S,),
            },
            ("id",),
        )
        if "published" in keys:
            c.when(keys["published"], f"{w}.published")
        if (
            "sha256" in keys
            and keys["sha256"].tag == _STR
            and not _SHA256_RE.fullmatch(keys["sha256"].value)
        ):
            c.fail(
                keys["sha256"],
                f"{w}.sha256",
                "expected 64 hexadecimal digits (a SHA-256 of the file)",
            )
        for j, f in enumerate(
            c.seq(keys["furniture"], f"{w}.furniture") if "furniture" in keys else []
        ):
            c.fields(
                f,
                f"{w}.furniture[{j}]",
                {"start": (_I,), "end": (_I,), "kind": (_S,)},
                ("start", "end", "kind"),
            )
        if "published_span" in keys and keys["published_span"].tag != _NULL:
            span = c.seq(keys["published_span"], f"{w}.published_span")
            for x in span:
                c.scalar(x, f"{w}.published_span", _I)
    for i, e in enumerate(c.seq(top["events"], "events")):
        w = f"events[{i}]"
        keys = c.fields(
            e,
            w,
            {
                "id": (_S,),
                "date": (_SN,),
                "start": (_SN,),
                "end": (_SN,),
                "headline": (_S,),
                "short": (_S,),
                "status": (_S, EVENT_STATUSES),
                "score": (_N,),
                "place": (_SN,),
            },
            ("id", "date", "headline", "evidence") + (("score",) if schema >= 2 else ()),
        )
        for key in ("date", "start", "end"):
            if key in keys:
                c.when(keys[key], f"{w}.{key}", day=key != "date")
        for j, a in enumerate(c.seq(keys["actors"], f"{w}.actors") if "actors" in keys else []):
            c.scalar(a, f"{w}.actors[{j}]", _S)
        for j, v in enumerate(c.seq(keys["evidence"], f"{w}.evidence")):
            vk = c.fields(
                v,
                f"{w}.evidence[{j}]",
                {"source": (_S,), "start": (_I,), "end": (_I,), "quote": (_S,)},
                ("source", "start", "end", "quote"),
            )
            if "timex" in vk and vk["timex"].tag != _NULL:
                tk = c.fields(
                    vk["timex"],
                    f"{w}.evidence[{j}].timex",
                    {
                        "text": (_S,),
                        "start": (_I,),
                        "end": (_I,),
                        "value": (_S,),
                        "type": (_S,),
                        "basis": (_S,),
                        "mod": (_SN,),
                    },
                    ("text", "start", "end", "value"),
                )
                c.when(tk["value"], f"{w}.evidence[{j}].timex.value")
        for j, x in enumerate(
            c.seq(keys["conflicts"], f"{w}.conflicts") if "conflicts" in keys else []
        ):
            xk = c.fields(x, f"{w}.conflicts[{j}]", {"value": (_S,)}, ("value", "sources"))
            c.when(xk["value"], f"{w}.conflicts[{j}].value")
            for y in c.seq(xk["sources"], f"{w}.conflicts[{j}].sources"):
                c.scalar(y, f"{w}.conflicts[{j}].sources", _S)
    for i, a in enumerate(c.seq(top["actors"], "actors") if "actors" in top else []):
        w = f"actors[{i}]"
        keys = c.fields(
            a,
            w,
            {"id": (_S,), "name": (_S,), "kind": (_S, ("person", "organisation", "place"))},
            ("id", "name", "kind"),
        )
        for j, r in enumerate(c.seq(keys["roles"], f"{w}.roles") if "roles" in keys else []):
            c.fields(
                r,
                f"{w}.roles[{j}]",
                {"title": (_S,), "source": (_S,), "start": (_I,), "end": (_I,)},
                ("title", "source", "start", "end"),
            )
        for j, q in enumerate(c.seq(keys["quotes"], f"{w}.quotes") if "quotes" in keys else []):
            c.fields(
                q,
                f"{w}.quotes[{j}]",
                {"source": (_S,), "start": (_I,), "end": (_I,), "text": (_S,)},
                ("source", "start", "end", "text"),
            )
        for key in ("aliases", "events", "sources"):
            for j, x in enumerate(c.seq(keys[key], f"{w}.{key}") if key in keys else []):
                c.scalar(x, f"{w}.{key}[{j}]", _S)
    for i, p in enumerate(c.seq(top["problems"], "problems") if "problems" in top else []):
        c.fields(
            p,
            f"problems[{i}]",
            {"kind": (_S, PROBLEM_KINDS), "path": (_S,), "message": (_S,)},
            ("kind", "path", "message"),
        )


# what _check accepts, as the types of built values: str, None, int, a finite float
_TS, _TSN, _TI, _TN = (
    frozenset((str,)),
    frozenset((str, type(None))),
    frozenset((int,)),
    frozenset((int, float)),
)
_SPEC_SOURCE = {
    "id": (_TS, ()),
    "path": (_TSN, ()),
    "title": (_TSN, ()),
    "outlet": (_TSN, ()),
    "url": (_TSN, ()),
    "published": (_TSN, ()),
    "published_basis": (_TS, PUBLISHED_BASES),
    "published_reason": (_TSN, ()),
    "encoding": (_TS, ()),
    "sha256": (_TSN, ()),
    "body_start": (_TI, ()),
    "text": (_TS, ()),
}
_SPEC_FURNITURE = {"start": (_TI, ()), "end": (_TI, ()), "kind": (_TS, ())}
_SPEC_EVENT = {
    "id": (_TS, ()),
    "date": (_TSN, ()),
    "start": (_TSN, ()),
    "end": (_TSN, ()),
    "headline": (_TS, ()),
    "short": (_TS, ()),
    "status": (_TS, EVENT_STATUSES),
    "score": (_TN, ()),
    "place": (_TSN, ()),
}
_SPEC_EVIDENCE = {"source": (_TS, ()), "start": (_TI, ()), "end": (_TI, ()), "quote": (_TS, ())}
_SPEC_TIMEX = {
    "text": (_TS, ()),
    "start": (_TI, ()),
    "end": (_TI, ()),
    "value": (_TS, ()),
    "type": (_TS, ()),
    "basis": (_TS, ()),
    "mod": (_TSN, ()),
}
_SPEC_ACTOR = {
    "id": (_TS, ()),
    "name": (_TS, ()),
    "kind": (_TS, ("person", "organisation", "place")),
}
_SPEC_ROLE = {"title": (_TS, ()), "source": (_TS, ()), "start": (_TI, ()), "end": (_TI, ())}
_SPEC_QUOTE = {"source": (_TS, ()), "start": (_TI, ()), "end": (_TI, ()), "text": (_TS, ())}
_SPEC_PROBLEM = {"kind": (_TS, PROBLEM_KINDS), "path": (_TS, ()), "message": (_TS, ())}
_SPEC_CONFLICT = {"value": (_TS, ())}
_SPEC_TOP: dict = {}


#: (spec, keys, types of the values) -> the keys whose values still need a look (a float
#: must be finite, a word one of its choices), or None when the types are wrong
_SHAPES: dict[tuple, tuple | None] = {}


def _shape(spec: dict, required: tuple[str, ...], keys: tuple, types: tuple) -> tuple | None:
    if not set(required) <= set(keys):
        return None
    later = []
    for key, t in zip(keys, types):
        if key in spec:
            kinds, choices = spec[key]
            if t not in kinds:
                return None
            if t is float or choices and t is str:
                later.append((key, choices))
    return tuple(later)


def _fields_ok(x, spec: dict, required: tuple[str, ...]) -> bool:
    """What ``_Checker.fields`` says of a mapping's built value. A file's records share
    a few shapes (keys and the types of their values), each judged once."""
    if type(x) is not dict:
        return False
    sig = (
        id(spec),
        required,
        tuple(x),
        tuple(map(type, x.values())),
    )  # the specs above live as long
    later = _SHAPES.get(sig, _SHAPES)
    if later is _SHAPES:
        if len(_SHAPES) > 4096:  # a file of very many shapes: judge afresh rather than grow
            _SHAPES.clear()
        later = _SHAPES[sig] = _shape(spec, required, sig[2], sig[3])
    if later is None:
        return False
    for key, choices in later:
        v = x[key]
        if type(v) is float and not math.isfinite(v) or type(v) is str and v not in choices:
            return False
    return True


def _items_ok(parent: dict, key: str, spec: dict, required: tuple[str, ...], also=None) -> bool:
    """Whether ``parent[key]``, when present, is a list of mappings of ``spec`` (each
    passing ``also``, if given)."""
    items = parent.get(key)
    if key not in parent:
        return True
    return type(items) is list and all(
        _fields_ok(x, spec, required) and (also is None or also(x)) for x in items
    )


def _strs_ok(x) -> bool:
    return type(x) is list and all(type(y) is str for y in x)


def _when_ok(v, day: bool = False) -> bool:
    return type(v) is not str or _date_problem(v, day) is None


def _valid(data) -> bool:
    """What ``_check`` says of a file, told from its built values instead of its nodes:
    True exactly when ``_check`` finds nothing wrong. It is several times faster, and
    says nothing more; the full path says what and where."""
    if (
        not _fields_ok(data, _SPEC_TOP, ("schema", "sources", "events"))
        or type(data["schema"]) is not int
        or data["schema"] not in READS
        or type(data["sources"]) is not list
        or type(data["events"]) is not list
    ):
        return False
    for s in data["sources"]:
        if not _fields_ok(s, _SPEC_SOURCE, ("id",)) or not _when_ok(s.get("published")):
            return False
        sha = s.get("sha256")
        if type(sha) is str and not _SHA256_RE.fullmatch(sha):
            return False
        if not _items_ok(s, "furniture", _SPEC_FURNITURE, ("start", "end", "kind")):
            return False
        span = s.get("published_span")
        if span is not None and not (type(span) is list and all(type(x) is int for x in span)):
            return False
    required = ("id", "date", "headline", "evidence") + (("score",) if data["schema"] >= 2 else ())
    for e in data["events"]:
        if (
            not _fields_ok(e, _SPEC_EVENT, required)
            or not _when_ok(e["date"])
            or not _when_ok(e.get("start"), True)
            or not _when_ok(e.get("end"), True)
        ):
            return False
        if "actors" in e and not _strs_ok(e["actors"]):
            return False
        if type(e["evidence"]) is not list:
            return False
        for v in e["evidence"]:
            if not _fields_ok(v, _SPEC_EVIDENCE, ("source", "start", "end", "quote")):
                return False
            t = v.get("timex")
            if t is not None and not (
                _fields_ok(t, _SPEC_TIMEX, ("text", "start", "end", "value"))
                and _when_ok(t["value"])
            ):
                return False
        if not _items_ok(
            e,
            "conflicts",
            _SPEC_CONFLICT,
            ("value", "sources"),
            lambda c: _when_ok(c["value"]) and _strs_ok(c["sources"]),
        ):
            return False
    if "actors" in data:
        if type(data["actors"]) is not list:
            return False
        for a in data["actors"]:
            if not _fields_ok(a, _SPEC_ACTOR, ("id", "name", "kind")):
                return False
            if not (
                _items_ok(a, "roles", _SPEC_ROLE, tuple(_SPEC_ROLE))
                and _items_ok(a, "quotes", _SPEC_QUOTE, tuple(_SPEC_QUOTE))
            ):
                return False
            for key in ("aliases", "events", "sources"):
                if key in a and not _strs_ok(a[key]):
                    return False
    return _items_ok(data, "problems", _SPEC_PROBLEM, ("kind", "path", "message"))


def _tx(d: dict | None) -> Timex | None:
    if not d:
        return None
    return Timex(
        d["start"],
        d["end"],
        d["text"],
        d.get("type") or "DATE",
        d["value"],
        d.get("basis") or "absolute",
        d.get("mod"),
    )


def _event_score(e: dict) -> float:
    """The stored score; for a schema-1 event, the number of distinct sources."""
    if e.get("score") is not None:
        return _score(e["score"])
    return float(len({v["source"] for v in e["evidence"]}))


def from_dict(data: dict) -> Dossier:
    sources = tuple(
        Source(
            id=s["id"],
            path=s.get("path") or s["id"],
            text=s.get("text") or "",
            title=s.get("title"),
            outlet=s.get("outlet"),
            url=s.get("url"),
            published=s.get("published"),
            published_basis=s.get("published_basis") or "unknown",
            published_reason=s.get("published_reason"),
            published_span=tuple(s["published_span"]) if s.get("published_span") else None,
            body_start=s.get("body_start") or 0,
            furniture=tuple(
                Furniture(f["start"], f["end"], f["kind"]) for f in s.get("furniture") or ()
            ),
            encoding=s.get("encoding") or "utf-8",
            sha256=s.get("sha256"),
        )
        for s in data["sources"]
    )
    events = tuple(
        Event(
            id=e["id"],
            date=e["date"],
            start=e.get("start"),
            end=e.get("end"),
            headline=e["headline"],
            short=e.get("short") or "",
            status=e.get("status") or "reported",
            score=_event_score(e),
            actors=tuple(e.get("actors") or ()),
            evidence=tuple(
                Evidence(v["source"], v["start"], v["end"], v["quote"], _tx(v.get("timex")))
                for v in e["evidence"]
            ),
            place=e.get("place"),
            conflicts=tuple(
                Conflict(c["value"], tuple(c["sources"])) for c in e.get("conflicts") or ()
            ),
        )
        for e in data["events"]
    )
    actors = tuple(
        Actor(
            id=a["id"],
            name=a["name"],
            kind=a["kind"],
            aliases=tuple(a.get("aliases") or ()),
            roles=tuple(
                Role(r["title"], r["source"], r["start"], r["end"]) for r in a.get("roles") or ()
            ),
            quotes=tuple(
                Quote(q["source"], q["start"], q["end"], q["text"]) for q in a.get("quotes") or ()
            ),
            events=tuple(a.get("events") or ()),
            sources=tuple(a.get("sources") or ()),
        )
        for a in data.get("actors") or ()
    )
    problems = tuple(
        Problem(p["path"], p["message"], p["kind"]) for p in data.get("problems") or ()
    )
    if any("short" not in e for e in data["events"]):  # written before events had short headlines
        events = tuple(with_short_headlines(events, actors))
    return Dossier(sources, events, actors, problems)


def _consistent(d: Dossier, root, name: str) -> None:
    """Cross-references hold: evidence, roles and quotes name a known source and quote
    its text exactly; events name known actors."""
    texts = {s.id: s.text for s in d.sources}
    top = {k.value: v for k, v in root.value}

    def spans(items, nodes, where: str, said) -> None:
        for j, (x, node) in enumerate(zip(items, nodes)):
            line = f"{name}:{node.start_mark.line + 1}: {where}[{j}]"
            if x.source not in texts:
                raise StoreError(f"{line}: unknown source {x.source!r}")
            text = texts[x.source]
            if text and text[x.start : x.end] != said(x):
                raise StoreError(f"{line}: the text is not the source's text at {x.start}-{x.end}")

    def sub(node, key: str) -> list:
        found = {k.value: v for k, v in node.value}.get(key)
        return found.value if isinstance(found, yaml.SequenceNode) else []

    actor_ids = {a.id for a in d.actors}
    for i, (e, node) in enumerate(zip(d.events, top["events"].value)):
        spans(e.evidence, sub(node, "evidence"), f"events[{i}].evidence", lambda v: v.passage)
        if actor_ids:
            for j, (a, anode) in enumerate(zip(e.actors, sub(node, "actors"))):
                if a not in actor_ids:
                    raise StoreError(
                        f"{name}:{anode.start_mark.line + 1}: events[{i}].actors[{j}]: "
                        f"unknown actor {a!r}"
                    )
    for i, (a, node) in enumerate(zip(d.actors, top["actors"].value if "actors" in top else [])):
        spans(a.roles, sub(node, "roles"), f"actors[{i}].roles", lambda r: r.title)
        spans(a.quotes, sub(node, "quotes"), f"actors[{i}].quotes", lambda q: q.text)


def _loads_full(text: str, name: str) -> Dossier:
    """Any YAML file: composed by a full YAML parser, so that each problem names its line."""
    try:
        try:
            loader, root = safe_yaml.compose(text, _Loader)
        except yaml.YAMLError:
            if _Loader is _PyLoader:
                raise
            loader, root = safe_yaml.compose(text, _PyLoader)
    except yaml.YAMLError as e:
        line, problem = safe_yaml.where(e)
        raise StoreError(f"{name}{line}: not valid YAML ({problem})") from None
    except safe_yaml.YAMLLimit as e:
        raise StoreError(f"{name}:{e.line}: {e.problem}") from None
    try:
        if root is None:
            raise StoreError(f"{name}: the file is empty")
        _check(root, name)
        try:
            data = safe_yaml.build(loader, root)
        except safe_yaml.YAMLLimit as e:
            raise StoreError(f"{name}:{e.line}: {e.problem}") from None
    finally:
        loader.dispose()
    d = from_dict(data)
    _consistent(d, root, name)
    return d


#: every key a dossier file has (the fast reader refuses a file with any other)
KEYS = frozenset(
    (
        "schema",
        "generator",
        "sources",
        "events",
        "actors",
        "problems",
        "id",
        "path",
        "title",
        "outlet",
        "url",
        "published",
        "published_basis",
        "published_reason",
        "published_span",
        "encoding",
        "sha256",
        "body_start",
        "furniture",
        "start",
        "end",
        "kind",
        "text",
        "date",
        "headline",
        "short",
        "status",
        "score",
        "place",
        "evidence",
        "source",
        "quote",
        "timex",
        "value",
        "type",
        "basis",
        "mod",
        "conflicts",
        "name",
        "aliases",
        "roles",
        "quotes",
        "message",
    )
)
#: a file of at most this many lines has at most safe_yaml.MAX_NODES nodes (a line of
#: the fast reader's subset holds at most three: "- key: value")
_FAST_LINES = (safe_yaml.MAX_NODES - 1) // 3


def _loads_fast(text: str) -> Dossier | None:
    """The dossier in ``text`` when it is in the subset ``dumps`` writes and has nothing
    wrong with it, else None (the full path then reads it, and names any problem)."""
    with paused():  # a large dossier: millions of small containers, none in a cycle
        data = yaml_fast.parse(text, KEYS, _FAST_LINES)
        if data is None or not _valid(data):
            return None
        d = from_dict(data)
        return d if _consistent_ok(d) else None


def _consistent_ok(d: Dossier) -> bool:
    """What ``_consistent`` says, without the nodes: True when it finds nothing wrong."""
    texts = {s.id: s.text for s in d.sources}

    def spans_ok(items, said) -> bool:
        for x in items:
            if x.source not in texts:
                return False
            text = texts[x.source]
            if text and text[x.start : x.end] != said(x):
                return False
        return True

    actor_ids = {a.id for a in d.actors}
    for e in d.events:
        if not spans_ok(e.evidence, lambda v: v.passage):
            return False
        if actor_ids and not actor_ids.issuperset(e.actors):
            return False
    return all(
        spans_ok(a.roles, lambda r: r.title) and spans_ok(a.quotes, lambda q: q.text)
        for a in d.actors
    )


def loads(text: str, name: str = "timeline.yaml") -> Dossier:
    """The dossier in ``text``; StoreError names the line and the problem of the first
    thing wrong. A file as ``dumps`` writes it is read by ``yaml_fast`` and checked over
    the built values (some ten times faster); any other, or one with a problem, is read
    again by the full YAML path, which gives the same dossier or the message."""
    return _loads_fast(text) or _loads_full(text, name)


def load(path: str | Path) -> Dossier:
    path = Path(path)
    name = shown(str(path))  # messages name it on one line, whatever its name holds
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a pipe or a device would block or never end
            raise StoreError(f"{name}: not a regular file")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise StoreError(f"{name}: no such file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise StoreError(
            f"{name}: cannot read ({getattr(e, 'strerror', None) or e.__class__.__name__})"
        ) from None
    return loads(text, name)
