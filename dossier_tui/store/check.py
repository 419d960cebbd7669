"""The checks of a file's composed YAML nodes, following the schema's table, so that
each problem names its line ("timeline.yaml:12: events[3].date: ...")."""

from __future__ import annotations

import math

import yaml

from dossier_tui.store.errors import StoreError
from dossier_tui.store.schema import (
    NUMBER,
    READS,
    RECORD,
    RECORDS,
    TEXT,
    TEXTS,
    TOP,
    WHOLE,
    WHOLES,
    Record,
)
from dossier_tui.store.timex_check import date_problem

_STR, _INT, _NULL = "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:null"
_FLOAT = "tag:yaml.org,2002:float"
_WANT = {_STR: "text", _INT: "a whole number", _NULL: "null", _FLOAT: "a number"}
_VALUE = yaml.constructor.SafeConstructor()  # the value of a checked scalar node
_S, _I = (_STR,), (_INT,)
#: the tags a scalar field's node may have, by its kind
_TAGS = {TEXT: _S, WHOLE: _I, NUMBER: (_INT, _FLOAT)}
_ITEM_TAGS = {TEXTS: _S, WHOLES: _I}


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

    def record(self, node, where: str, rec: Record, schema: int) -> None:
        """A mapping of ``rec``: its keys, the types of its scalars (in the table's
        order), then the dates, patterns, lists and records in it."""
        keys = self.mapping(node, where, rec.required(schema))
        for f in rec.fields:
            if f.key in keys and f.kind in _TAGS:
                tags = _TAGS[f.kind] + ((_NULL,) if f.null else ())
                self.scalar(keys[f.key], f"{where}.{f.key}", tags, f.choices)
        for f in rec.fields:
            node = keys.get(f.key)
            w = f"{where}.{f.key}"
            if node is None or f.null and node.tag == _NULL:
                continue
            if f.when and node.tag == _STR:
                problem = date_problem(node.value, f.when == "day")
                if problem:
                    self.fail(node, w, problem)
            if f.pattern and node.tag == _STR and not f.pattern[0].fullmatch(node.value):
                self.fail(node, w, f.pattern[1])
            if f.kind in _ITEM_TAGS:
                for j, x in enumerate(self.seq(node, w)):
                    self.scalar(x, f"{w}[{j}]", _ITEM_TAGS[f.kind])
            elif f.kind == RECORDS:
                for j, x in enumerate(self.seq(node, w)):
                    self.record(x, f"{w}[{j}]", f.record, schema)
            elif f.kind == RECORD:
                self.record(node, w, f.record, schema)


def check(root, name: str) -> None:
    """Raise StoreError at the first problem of the file whose root node is ``root``."""
    c = _Checker(name)
    top = c.mapping(root, "file", ("schema",) + tuple(k for k, _, must in TOP if must))
    c.scalar(top["schema"], "schema", _I)
    schema = _VALUE.construct_yaml_int(top["schema"])
    if schema not in READS:
        c.fail(
            top["schema"],
            "schema",
            f"this dossier reads schema {' and '.join(map(str, READS))}, "
            f"the file is schema {top['schema'].value}",
        )
    for key, rec, _ in TOP:
        for i, x in enumerate(c.seq(top[key], key) if key in top else []):
            c.record(x, f"{key}[{i}]", rec, schema)
