"""The records of a timeline file, once: each field's key, type, whether it may be
missing or null, its default, its checks, and the dataclass attribute it holds.

Writing (``to_dict``), reading (``from_dict``), the checks of a file's nodes (with the
line of each problem) and the fast checks of its built values all follow this table,
so a new field is one line here (and its attribute in ``model``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dossier_tui.model import (
    EVENT_STATUSES,
    PROBLEM_KINDS,
    PUBLISHED_BASES,
    Actor,
    Conflict,
    Event,
    Evidence,
    Furniture,
    Problem,
    Quote,
    Role,
    Source,
    Timex,
)

SCHEMA = 2
#: the schemas this version reads
READS = (1, 2)
#: decimals a score keeps in the file, so the same dossier always gives the same bytes
SCORE_DECIMALS = 3

#: what a field holds: text, a whole number, a number, a list of texts or of whole
#: numbers, a list of records, one record
TEXT, WHOLE, NUMBER, TEXTS, WHOLES, RECORDS, RECORD = (
    "text",
    "whole",
    "number",
    "texts",
    "wholes",
    "records",
    "record",
)


@dataclass(frozen=True)
class Field:
    """One key of a record. ``default`` replaces a missing or empty value on reading
    (``or_key``: the value of that other key does); ``since``: the schema from which a
    ``required`` key must be there; ``when``: a TIMEX3 value whose date the calendar
    must have ("value"), or a calendar day ("day"); ``pattern``: what a text must
    match, and the problem when it does not; ``write``/``read``: the names of the
    functions that store the attribute and read it back from the whole mapping."""

    key: str
    kind: str = TEXT
    attr: str = ""
    required: bool = False
    null: bool = False
    default: object = None
    or_key: str = ""
    choices: tuple[str, ...] = ()
    since: int = 1
    when: str = ""
    pattern: tuple[re.Pattern, str] | None = None
    record: Record | None = None
    write: str = ""
    read: str = ""

    @property
    def name(self) -> str:
        """The dataclass attribute the key holds."""
        return self.attr or self.key


@dataclass(frozen=True)
class Record:
    """A kind of mapping in the file, and the dataclass it becomes."""

    name: str
    cls: type
    fields: tuple[Field, ...] = field(default=())

    def required(self, schema: int = SCHEMA) -> tuple[str, ...]:
        """The keys a mapping of this record must have, in a file of ``schema``."""
        return tuple(f.key for f in self.fields if f.required and f.since <= schema)


def _text(key: str, **kw) -> Field:
    return Field(key, TEXT, **kw)


def _maybe(key: str, **kw) -> Field:
    """Text or null."""
    return Field(key, TEXT, null=True, **kw)


def _whole(key: str, **kw) -> Field:
    return Field(key, WHOLE, **kw)


def _texts(key: str, **kw) -> Field:
    return Field(key, TEXTS, **kw)


def _cited() -> tuple[Field, ...]:
    """Where in which source: the fields of every record that quotes a source's text."""
    return (
        _text("source", required=True),
        _whole("start", required=True),
        _whole("end", required=True),
    )


_SHA256 = (re.compile(r"[0-9a-f]{64}"), "expected 64 hexadecimal digits (a SHA-256 of the file)")

FURNITURE = Record(
    "furniture",
    Furniture,
    (_whole("start", required=True), _whole("end", required=True), _text("kind", required=True)),
)
SOURCE = Record(
    "source",
    Source,
    (
        _text("id", required=True),
        _maybe("path", or_key="id"),
        _maybe("title"),
        _maybe("outlet"),
        _maybe("url"),
        _maybe("published", when="value"),
        _text("published_basis", default="unknown", choices=PUBLISHED_BASES),
        _maybe("published_reason"),
        Field("published_span", WHOLES, null=True),
        _text("encoding", default="utf-8"),
        _maybe("sha256", pattern=_SHA256),
        _whole("body_start", default=0),
        Field("furniture", RECORDS, record=FURNITURE),
        _text("text", default=""),
    ),
)
TIMEX = Record(
    "timex",
    Timex,
    (
        _text("text", required=True),
        _whole("start", required=True),
        _whole("end", required=True),
        _text("value", required=True, when="value"),
        _text("type", default="DATE"),
        _text("basis", default="absolute"),
        _maybe("mod"),
    ),
)
EVIDENCE = Record(
    "evidence",
    Evidence,
    (
        *_cited(),
        _text("quote", attr="passage", required=True),  # the data contract's name
        Field("timex", RECORD, null=True, record=TIMEX),
    ),
)
CONFLICT = Record(
    "conflict",
    Conflict,
    (_text("value", required=True, when="value"), _texts("sources", required=True)),
)
EVENT = Record(
    "event",
    Event,
    (
        _text("id", required=True),
        _maybe("date", required=True, when="value"),
        _maybe("start", when="day"),
        _maybe("end", when="day"),
        _text("headline", required=True),
        _text("short", default=""),
        _text("status", default="reported", choices=EVENT_STATUSES),
        Field("score", NUMBER, required=True, since=2, write="_score", read="_event_score"),
        _maybe("place"),
        _texts("actors"),
        Field("evidence", RECORDS, required=True, record=EVIDENCE),
        Field("conflicts", RECORDS, record=CONFLICT),
    ),
)
ROLE = Record(
    "role",
    Role,
    (_text("title", required=True), *_cited()),
)
QUOTE = Record(
    "quote",
    Quote,
    (*_cited(), _text("text", required=True)),
)
ACTOR = Record(
    "actor",
    Actor,
    (
        _text("id", required=True),
        _text("name", required=True),
        _text("kind", required=True, choices=("person", "organisation", "place")),
        _texts("aliases"),
        Field("roles", RECORDS, record=ROLE),
        Field("quotes", RECORDS, record=QUOTE),
        _texts("events"),
        _texts("sources"),
    ),
)
PROBLEM = Record(
    "problem",
    Problem,
    (
        _text("kind", required=True, choices=PROBLEM_KINDS),
        _text("path", required=True),
        _text("message", required=True),
    ),
)
#: the file's top-level lists, in the order they are written: (key, record, required)
TOP = (
    ("sources", SOURCE, True),
    ("events", EVENT, True),
    ("actors", ACTOR, False),
    ("problems", PROBLEM, False),
)


def _keys(rec: Record) -> set[str]:
    out = set()
    for f in rec.fields:
        out.add(f.key)
        if f.record is not None:
            out |= _keys(f.record)
    return out


#: every key a dossier file has (the fast reader refuses a file with any other)
KEYS = frozenset({"schema", "generator"}.union(*(_keys(r) | {k} for k, r, _ in TOP)))
