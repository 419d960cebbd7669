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


def _row(rec: Record, obj: str, row: str, depth: int) -> tuple[str, str]:
    """(the row of the object named ``obj``, the object of the row named ``row``), as
    Python expressions."""
    to, back = [], []
    for i, f in enumerate(_by_attr(rec)):
        a, v = f"{obj}.{f.name}", f"{row}[{i}]"
        if f.kind in (TEXTS, WHOLES):
            maybe = (" if {} is not None else None") if f.kind == WHOLES else ""
            to.append(f"list({a})" + maybe.format(a))
            back.append(f"tuple({v})" + maybe.format(v))
        elif f.kind == RECORDS:
            y = f"x{depth}"
            t, b = _row(f.record, y, y, depth + 1)
            to.append(f"[{t} for {y} in {a}]")
            back.append(f"tuple({b} for {y} in {v})")
        elif f.kind == RECORD:
            t, _ = _row(f.record, a, "", depth + 1)
            to.append(f"{t} if {a} is not None else None")
            back.append(f"None if {v} is None else {f.record.cls.__name__}(*{v})")
        else:
            to.append(a)
            back.append(v)
    return "[" + ", ".join(to) + "]", f"{rec.cls.__name__}({', '.join(back)})"


def _compile(rec: Record) -> tuple[Callable[[object], list], Callable[[list], object]]:
    to, back = _row(rec, "x", "x", 0)
    source = f"def to_row(x):\n    return {to}\ndef from_row(x):\n    return {back}\n"
    names: dict = {r.cls.__name__: r.cls for r in records(rec)}
    exec(compile(source, f"<rows: {rec.name}>", "exec"), names)  # noqa: S102
    return names["to_row"], names["from_row"]


#: each top-level record's (to a row, from a row), by its list's key ("events", ...)
ROWS = {key: _compile(rec) for key, rec, _ in TOP}
