"""The reader's pieces for scalars: quoted text taken apart and escapes undone, and
what it refuses."""

from __future__ import annotations

import re
from typing import Any

import yaml

from dossier_tui.yaml_fast.plain import _SAFE


class _Refused(Exception):
    """The text is outside the subset (not necessarily wrong YAML)."""


class _Seen(dict):
    """One-line plain and single-quoted scalars already read, and their values: ids,
    words and numbers repeat, and a hit is looked up at C speed. ``[]`` and ``{}`` are
    made anew each time (a list must not be shared)."""

    make: Any

    def __missing__(self, raw: str) -> Any:
        if raw == "[]" or raw == "{}":
            return [] if raw == "[]" else {}
        value = self[raw] = self.make(raw)
        return value


#: anything the reader never takes: a character that is not printable, a line break
#: other than \n, a byte-order mark
_OUTSIDE = re.compile(f"[^\t\n{_SAFE}]")
_HEADER = re.compile(r"\|([1-9]?)([-+]?)")
_PAIR = re.compile(r"^[ -]*([a-z_0-9]+): (.*)$", re.M)
_SQ_PART = re.compile(r"(?:[^']|'')*")
_DQ_WHOLE = re.compile(r'"((?:[^"\\]|\\.)*)"')
_DQ_OPEN = re.compile(r'"((?:[^"\\]|\\.)*)\\')
_DQ_MIDDLE = re.compile(r'((?:[^"\\]|\\.)*)\\')
_DQ_LAST = re.compile(r'((?:[^"\\]|\\.)*)"')
_ESCAPES = {
    "0": "\0",
    "a": "\x07",
    "b": "\x08",
    "t": "\t",
    "n": "\n",
    "v": "\x0b",
    "f": "\x0c",
    "r": "\r",
    "e": "\x1b",
    " ": " ",
    '"': '"',
    "\\": "\\",
    "N": "\x85",
    "_": "\xa0",
    "L": "\u2028",
    "P": "\u2029",
}
_ESCAPE_RE = re.compile(
    r'\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([0abtnvfre "\\N_LP])|)'
)
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)")
_NULL, _BOOL = "tag:yaml.org,2002:null", "tag:yaml.org,2002:bool"
_INT, _FLOAT, _STR = "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:str"
_CONSTRUCT = yaml.constructor.SafeConstructor()


def _unescape(m: re.Match) -> str:
    x, u, big, short = m.groups()
    if short is not None:
        return _ESCAPES[short]
    code = int(x or u or big or "-1", 16)
    if code < 0 or code > 0x10FFFF:
        raise _Refused
    return chr(code)


def _no_tab(s: str) -> str:
    if "\t" in s:
        raise _Refused
    return s


def _decode(inner: str) -> str:
    """The text of a double-quoted scalar's one line, between its quotes."""
    if "\t" in inner:
        raise _Refused
    return _ESCAPE_RE.sub(_unescape, inner) if "\\" in inner else inner
