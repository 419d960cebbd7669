"""What ``check`` says of a file, told from its built values instead of its nodes:
several times faster, and saying nothing more (the full path says what and where)."""

from __future__ import annotations

import math

from dossier_tui.store.compiled import compile_all
from dossier_tui.store.schema import READS, TOP

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


def fields_ok(x, spec: dict, required: tuple[str, ...]) -> bool:
    """What the node checks say of a mapping's keys and scalars, from its built value.
    A file's records share a few shapes (keys and the types of their values), each
    judged once."""
    if type(x) is not dict:
        return False
    sig = (
        id(spec),
        required,
        tuple(x),
        tuple(map(type, x.values())),
    )  # the specs live as long as the compiled checks
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


#: each top-level list's record compiled: key -> (to plain data, from it, valid)
COMPILED = compile_all(fields_ok)
_VALID = tuple((key, COMPILED[key][2], must) for key, _, must in TOP)
_REQUIRED = frozenset({"schema"}.union(key for key, _, must in TOP if must))


def valid(data) -> bool:
    """True exactly when the node checks find nothing wrong with the file whose built
    value is ``data``."""
    if (
        type(data) is not dict
        or not _REQUIRED <= data.keys()
        or type(data["schema"]) is not int
        or data["schema"] not in READS
    ):
        return False
    schema = data["schema"]
    for key, ok, must in _VALID:
        if key not in data:
            if must:
                return False
            continue
        items = data[key]
        if type(items) is not list:
            return False
        for x in items:
            if not ok(x, schema):
                return False
    return True
