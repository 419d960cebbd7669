"""The schema's records as positional rows, for the index: each record a list of its
dataclass's fields in their order (nested records likewise), compiled from the same
table as the file's mappings, so an object goes into a row and comes back equal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from dossier_tui.store.compiled import records
from dossier_tui.store.schema import RECORD, RECORDS, TEXTS, TOP, WHOLES, Record


def _by_attr(rec: Record) -> list:
    """The record's fields in its dataclass's order."""
    table = {f.name: f for f in rec.fields}
    return [table[f.name] for f in fields(rec.cls)]


def _to_row(rec: Record, var: str, depth: int) -> str:
    parts = []
    for f in _by_attr(rec):
        a = f"{var}.{f.name}"
        if f.kind == TEXTS:
            parts.append(f"list({a})")
        elif f.kind == WHOLES:
            parts.append(f"list({a}) if {a} is not None else None")
        elif f.kind == RECORDS:
            y = f"x{depth}"
            parts.append(f"[{_to_row(f.record, y, depth + 1)} for {y} in {a}]")
        elif f.kind == RECORD:
            parts.append(f"{_to_row(f.record, a, depth + 1)} if {a} is not None else None")
        else:
            parts.append(a)
    return "[" + ", ".join(parts) + "]"


def _from_row(rec: Record, var: str, depth: int) -> str:
    parts = []
    for i, f in enumerate(_by_attr(rec)):
        v = f"{var}[{i}]"
        if f.kind == TEXTS:
            parts.append(f"tuple({v})")
        elif f.kind == WHOLES:
            parts.append(f"tuple({v}) if {v} is not None else None")
        elif f.kind == RECORDS:
            y = f"x{depth}"
            parts.append(f"tuple({_from_row(f.record, y, depth + 1)} for {y} in {v})")
        elif f.kind == RECORD:
            parts.append(f"None if {v} is None else {f.record.cls.__name__}(*{v})")
        else:
            parts.append(v)
    return f"{rec.cls.__name__}({', '.join(parts)})"


def _compile(rec: Record) -> tuple[Callable[[object], list], Callable[[list], object]]:
    source = (
        f"def to_row(x):\n    return {_to_row(rec, 'x', 0)}\n"
        f"def from_row(x):\n    return {_from_row(rec, 'x', 0)}\n"
    )
    names: dict = {r.cls.__name__: r.cls for r in records(rec)}
    exec(compile(source, f"<rows: {rec.name}>", "exec"), names)  # noqa: S102
    return names["to_row"], names["from_row"]


#: each top-level record's (to a row, from a row), by its list's key ("events", ...)
ROWS = {key: _compile(rec) for key, rec, _ in TOP}
