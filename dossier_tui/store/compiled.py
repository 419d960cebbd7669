"""The schema's table made into Python: for each top-level record, a function from a
dataclass to plain data, one back, and one that says whether built values pass the
checks. Each is written out once as source and compiled, so a file of 100,000 events
is written and read as fast as by functions written by hand for each record (a loop
over the table for every value takes some twice as long)."""

from __future__ import annotations

import math
from collections.abc import Callable

from dossier_tui.store.schema import (
    NUMBER,
    READS,
    RECORD,
    RECORDS,
    SCORE_DECIMALS,
    TEXT,
    TEXTS,
    TOP,
    WHOLE,
    WHOLES,
    Field,
    Record,
)
from dossier_tui.store.timex_check import date_problem

_TYPES = {TEXT: (str,), WHOLE: (int,), NUMBER: (int, float)}


def score(value: float) -> float:
    """A score as stored: a float rounded to SCORE_DECIMALS (and never -0.0)."""
    return float(round(value, SCORE_DECIMALS)) + 0.0


def event_score(e: dict) -> float:
    """The stored score; for a schema-1 event, the number of distinct sources."""
    if e.get("score") is not None:
        return score(e["score"])
    return float(len({v["source"] for v in e["evidence"]}))


def spec(rec: Record) -> dict[str, tuple[frozenset, tuple[str, ...]]]:
    """The scalar fields of ``rec`` as built values are checked: key -> (the types its
    value may have, the words it may be)."""
    return {
        f.key: (frozenset(_TYPES[f.kind] + ((type(None),) if f.null else ())), f.choices)
        for f in rec.fields
        if f.kind in _TYPES
    }


# ---------------------------------------------------------------- to plain data
def _to_data(rec: Record, var: str, depth: int) -> str:
    parts = []
    for f in rec.fields:
        a = f"{var}.{f.name}"
        if f.kind == TEXTS:
            e = f"list({a})"
        elif f.kind == WHOLES:
            e = f"list({a}) if {a} else None" if f.null else f"list({a})"
        elif f.kind == RECORDS:
            y = f"x{depth}"
            e = f"[{_to_data(f.record, y, depth + 1)} for {y} in {a}]"
        elif f.kind == RECORD:
            e = f"{_to_data(f.record, a, depth + 1)} if {a} else None"
        else:
            e = f"{f.write}({a})" if f.write else a
        parts.append(f"{f.key!r}: {e}")
    return "{" + ", ".join(parts) + "}"


# ---------------------------------------------------------------- from plain data
def _from_data(rec: Record, var: str, depth: int, helpers: list[str]) -> str:
    args = []
    for f in rec.fields:
        get = f"{var}[{f.key!r}]" if f.required and f.since == 1 else f"{var}.get({f.key!r})"
        if f.read:
            e = f"{f.read}({var})"
        elif f.kind == TEXTS:
            e = f"tuple({get})" if f.required else f"tuple({get} or ())"
        elif f.kind == WHOLES:
            e = f"tuple({get}) if {get} else None"
        elif f.kind == RECORDS:
            y = f"x{depth}"
            items = get if f.required else f"{get} or ()"
            e = f"tuple({_from_data(f.record, y, depth + 1, helpers)} for {y} in {items})"
        elif f.kind == RECORD:
            name = f"_read_{f.record.name}"
            body = _from_data(f.record, "x", 0, helpers)
            helpers.append(f"def {name}(x):\n    return {body} if x else None\n")
            e = f"{name}({get})"
        elif f.or_key:
            e = f"{get} or {var}[{f.or_key!r}]"
        elif f.default is not None:
            e = f"{get} or {f.default!r}"
        else:
            e = get
        args.append(f"{f.name}={e}")
    return f"{rec.cls.__name__}({', '.join(args)})"


# ---------------------------------------------------------------- checks of built values
def _valid_lines(rec: Record, var: str, pad: str, depth: int) -> list[str]:
    """Lines that ``return False`` when the mapping in ``var`` fails a check."""
    out = [f"{pad}if not fields_ok({var}, SPEC_{rec.name}, REQUIRED_{rec.name}[schema]):"]
    out.append(f"{pad}    return False")
    for f in rec.fields:
        v = f"v{depth}"
        k = repr(f.key)
        if f.when:
            day = f.when == "day"
            out += [f"{pad}if not when_ok({var}.get({k}), {day}):", f"{pad}    return False"]
        if f.pattern:
            out += [
                f"{pad}{v} = {var}.get({k})",
                f"{pad}if type({v}) is str and not PATTERN_{rec.name}_{f.key}.fullmatch({v}):",
                f"{pad}    return False",
            ]
        if f.kind == TEXTS:
            out += [
                f"{pad}if {k} in {var} and not strs_ok({var}[{k}]):",
                f"{pad}    return False",
            ]
        elif f.kind == WHOLES:
            out += [
                f"{pad}{v} = {var}.get({k})",
                f"{pad}if {v} is not None and not (type({v}) is list"
                f" and all(type(y) is int for y in {v})):",
                f"{pad}    return False",
            ]
        elif f.kind in (RECORDS, RECORD):
            y = f"y{depth}"
            out.append(f"{pad}{v} = {var}.get({k})")
            if f.kind == RECORD:
                out.append(f"{pad}if {v} is not None:")
                out += _valid_lines(f.record, v, pad + "    ", depth + 1)
                continue
            out.append(f"{pad}if {k} in {var}:")
            out += [f"{pad}    if type({v}) is not list:", f"{pad}        return False"]
            out.append(f"{pad}    for {y} in {v}:")
            out += _valid_lines(f.record, y, pad + "        ", depth + 1)
    return out


def records(rec: Record) -> list[Record]:
    """``rec`` and every record in it."""
    out = [rec]
    for f in rec.fields:
        if f.record is not None:
            out += records(f.record)
    return out


def _field_names(rec: Record) -> dict[str, object]:
    """The constants the checks of ``rec`` (and the records in it) name."""
    names: dict[str, object] = {}
    for r in records(rec):
        names[f"SPEC_{r.name}"] = spec(r)
        names[f"REQUIRED_{r.name}"] = {s: r.required(s) for s in READS}
        for f in r.fields:
            if f.pattern:
                names[f"PATTERN_{r.name}_{f.key}"] = f.pattern[0]
    return names


def _when_ok(v, day: bool = False) -> bool:
    return type(v) is not str or date_problem(v, day) is None


def _strs_ok(x) -> bool:
    return type(x) is list and all(type(y) is str for y in x)


def compile_record(
    rec: Record, fields_ok: Callable
) -> tuple[Callable, Callable, Callable[[dict, int], bool]]:
    """(to plain data, from plain data, valid in a file of a schema) for ``rec``."""
    helpers: list[str] = []
    back = _from_data(rec, "x", 0, helpers)
    valid = "\n".join(_valid_lines(rec, "x", "    ", 0))
    source = (
        "".join(dict.fromkeys(helpers))
        + f"def to_data(x):\n    return {_to_data(rec, 'x', 0)}\n"
        + f"def from_data(x):\n    return {back}\n"
        + f"def valid(x, schema):\n{valid}\n    return True\n"
    )
    names = {
        **{r.cls.__name__: r.cls for r in records(rec)},
        **_field_names(rec),
        "_score": score,
        "_event_score": event_score,
        "fields_ok": fields_ok,
        "when_ok": _when_ok,
        "strs_ok": _strs_ok,
        "math": math,
    }
    exec(compile(source, f"<schema: {rec.name}>", "exec"), names)  # noqa: S102
    return names["to_data"], names["from_data"], names["valid"]


def compile_all(fields_ok: Callable) -> dict[str, tuple[Callable, Callable, Callable]]:
    """Each top-level list's record compiled: key -> (to, from, valid)."""
    return {key: compile_record(rec, fields_ok) for key, rec, _ in TOP}


__all__ = ["Field", "compile_all", "event_score", "score", "spec"]
