"""The schema's records written straight to the file's block YAML: the bytes that
``yaml_fast.dump(to_dict(d))`` gives, without making the plain data first.

The generic writer looks at every key and every value's type as it goes; a record's
keys, their order and what each field holds are known from the schema, so each record
is written by a function compiled from the table (as ``compiled`` does for reading),
with its keys and indentation already in place. Each value still goes through
``yaml_fast.Writer.value``, which writes any plain data, so a field holding what the
schema does not expect is written as the generic writer writes it.
"""

from __future__ import annotations

from collections.abc import Callable

from dossier_tui.store.compiled import score
from dossier_tui.store.schema import RECORD, RECORDS, TEXT, TEXTS, TOP, WHOLE, WHOLES, Record
from dossier_tui.yaml_fast import LONG, Writer

#: a record's writer: (the record, the writer, the indentation of its first key)
RecordWriter = Callable[[object, Writer, str], None]


def _branch(a: str, test: str, then: list[str], other: str) -> list[str]:
    """Lines that take the value ``a`` as ``v``: when ``test``, the lines ``then``, else
    the line ``other``."""
    return [f"    v = {a}", f"    if {test}:", *(f"        {t}" for t in then), "    else:"] + [
        f"        {other}"
    ]


def _function(rec: Record, pad: str, defs: dict[str, str]) -> str:
    """The name of the function writing ``rec`` as a mapping at indentation ``pad``;
    its source (and that of the records in it) is added to ``defs``."""
    name = f"write_{rec.name}_{len(pad)}"
    if name in defs:
        return name
    defs[name] = ""  # taken, while the records in it are made
    inner = pad + "  "
    key = Writer().scalar
    lines = [f"def {name}(x, w, lead):", "    out = w.out", "    seen = w.seen"]
    for i, f in enumerate(rec.fields):
        head = f"{key(f.key)}:"
        h = f"lead + {head!r}" if i == 0 else repr(pad + head)
        a = f"x.{f.name}"
        anyhow = f"w.value({h}, v, {inner!r})"  # any value, as the generic writer writes it
        if f.write:
            lines.append(f"    w.value({h}, {f.write}({a}), {inner!r})")
        elif f.kind == TEXTS:
            lines.append(f"    w.texts({h}, list({a}), {pad!r})")
        elif f.kind == WHOLES:
            v = f"list({a}) if {a} else None" if f.null else f"list({a})"
            lines.append(f"    w.value({h}, {v}, {inner!r})")
        elif f.kind == RECORDS:
            item = _function(f.record, inner, defs)
            then = [f"out.append({h} + '\\n')", "for y in v:", f"    {item}(y, w, {pad + '- '!r})"]
            lines += _branch(a, "v", then, f"out.append({h} + ' []\\n')")
        elif f.kind == RECORD:
            then = [
                f"out.append({h} + '\\n')",
                f"{_function(f.record, inner, defs)}(v, w, {inner!r})",
            ]
            lines += _branch(a, "v", then, f"out.append({h} + ' null\\n')")
        elif f.kind == WHOLE:  # a whole number as it stands
            lines += _branch(a, "type(v) is int", [f"out.append({h} + f' {{v}}\\n')"], anyhow)
        elif f.kind == TEXT:  # a short text already written once, as it was written
            short = "type(v) is str and len(v) <= LONG and v in seen"
            lines += _branch(a, short, [f"out.append({h} + f' {{seen[v]}}\\n')"], anyhow)
        else:
            lines.append(f"    w.value({h}, {a}, {inner!r})")
    defs[name] = "\n".join(lines) + "\n"
    return name


def _compile(rec: Record) -> RecordWriter:
    """The writer of ``rec`` as an item of a top-level list (a mapping at indentation
    two, its first key after ``- ``)."""
    defs: dict[str, str] = {}
    name = _function(rec, "  ", defs)
    names: dict = {"_score": score, "LONG": LONG}
    exec(compile("".join(defs.values()), f"<yaml: {rec.name}>", "exec"), names)  # noqa: S102
    return names[name]


#: each top-level list's key and the writer of its records, in the file's order
WRITERS: tuple[tuple[str, RecordWriter], ...] = tuple((key, _compile(rec)) for key, rec, _ in TOP)


def write_lists(w: Writer, d: object) -> None:
    """The top-level lists of ``d`` (a dossier), each under its key."""
    out = w.out
    for key, write in WRITERS:
        items = getattr(d, key)
        if not items:
            out.append(f"{key}: []\n")
            continue
        out.append(f"{key}:\n")
        for x in items:
            write(x, w, "- ")
