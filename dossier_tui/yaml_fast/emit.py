"""The writer: a dossier's plain data as block YAML (see the package's description)."""

from __future__ import annotations

import json
import re
from typing import Any

from dossier_tui.yaml_fast.plain import _LINE_RE, _SAFE, is_plain

#: what a literal block may hold: the same, with tabs and line feeds
_BLOCK_RE = re.compile(f"[\t\n{_SAFE}]*")
#: in ``json.dumps(ensure_ascii=False)``'s output: an escaped backslash (kept), a control
#: character's ``\u00XX`` (given YAML's short escape, as PyYAML writes it), or a
#: character YAML needs escaped that JSON leaves as it is
_JSON_FIX = re.compile(
    r"\\\\|\\u00([01][0-9a-f])|[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]"
)
_SHORT = {
    "\0": "\\0",
    "\x07": "\\a",
    "\x08": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\x0b": "\\v",
    "\x0c": "\\f",
    "\r": "\\r",
    "\x1b": "\\e",
    "\x85": "\\N",
    "\u2028": "\\L",
    "\u2029": "\\P",
}
#: an escaped backslash, or an escaped line feed not at the end (where a long text breaks)
_JSON_NL = re.compile(r'\\\\|\\n(?!")( ?)')
_LINE_START = re.compile(r"^(?=.)", re.M)
#: texts longer than this with a line break are written on several lines
LONG = 80


def _escape(m: re.Match) -> str:
    found = m.group()
    if found == "\\\\":
        return found
    c = chr(int(m.group(1), 16)) if m.group(1) else found
    short = _SHORT.get(c)
    if short:
        return short
    return f"\\x{ord(c):02X}" if ord(c) < 0x100 else f"\\u{ord(c):04X}"


def _double(s: str, pad: str | None = None) -> str:
    """``s`` double-quoted; with ``pad``, broken after each escaped line feed, the
    next line at ``pad`` (an escaped line break adds nothing; a space it would strip
    is escaped)."""
    q = _JSON_FIX.sub(_escape, json.dumps(s, ensure_ascii=False))
    if pad is not None and "\\n" in q:
        cont = "\\n\\\n" + pad
        q = _JSON_NL.sub(
            lambda m: m.group() if m.group() == "\\\\" else cont + ("\\ " if m.group(1) else ""), q
        )
    return q


def _quoted(s: str) -> str:
    """A one-line scalar: plain if that is safe, else single-quoted, else double-quoted."""
    if is_plain(s):
        return s
    if _LINE_RE.fullmatch(s):
        return "'" + s.replace("'", "''") + "'"
    return _double(s)


def _literal(s: str, pad: str) -> str | None:
    """``s`` as a literal block whose lines start at ``pad`` (header, lines, final line
    break), or None when a literal block cannot hold it exactly."""
    if not _BLOCK_RE.fullmatch(s) or not s.strip("\n"):
        return None
    if s.endswith("\n"):
        body, chomp = s[:-1], "+" if s.endswith("\n\n") else ""
    else:
        body, chomp = s, "-"
    indicator = "2" if s[0] in " \t\n" else ""  # the first line cannot show the indentation
    return f"|{indicator}{chomp}\n{_LINE_START.sub(pad, body)}\n"


def _number(v: Any) -> str:
    """A non-text scalar as PyYAML writes it."""
    t = type(v)
    if t is bool:
        return "true" if v else "false"
    if t is int:
        return str(v)
    if t is float:
        if v != v:
            return ".nan"
        if v in (float("inf"), float("-inf")):
            return ".inf" if v > 0 else "-.inf"
        r = repr(v).lower()
        return r.replace("e", ".0e", 1) if "." not in r and "e" in r else r
    if v is None:
        return "null"
    raise TypeError(f"cannot write a {t.__name__} as dossier YAML")


class Writer:
    """Block YAML written into ``out``, piece by piece; one-line scalars already written
    are remembered, as ids and words repeat. ``mapping`` and ``sequence`` write any
    plain data; ``value`` and ``texts`` write one entry of a mapping whose key is known
    already (``head``: the indentation, the key and its colon), so that a writer that
    knows the shape of its data (the store's records) writes the same bytes, sooner."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.seen: dict[str, str] = {}

    def text(self) -> str:
        return "".join(self.out)

    def scalar(self, s: str) -> str:
        r = self.seen.get(s)
        if r is None:
            r = _quoted(s)
            if len(s) <= 200:
                self.seen[s] = r
        return r

    def value(self, head: str, v: Any, inner: str) -> None:
        """The entry ``head`` of ``v``, any plain data; ``inner``: the indentation of
        what is nested in it."""
        t = type(v)
        if t is str:
            if len(v) > LONG and "\n" in v:
                self.out.append(f"{head} {_literal(v, inner) or _double(v, inner) + chr(10)}")
            else:
                self.out.append(f"{head} {self.scalar(v)}\n")
        elif t is dict or t is list:
            if not v:
                self.out.append(f"{head} {'{}' if t is dict else '[]'}\n")
            elif t is dict:
                self.out.append(f"{head}\n")
                self.mapping(v, inner, inner)
            else:  # a list under a key is written at the key's indentation
                self.out.append(f"{head}\n")
                pad = inner[:-2]
                self.sequence(v, pad, pad)
        else:
            self.out.append(f"{head} {_number(v)}\n")

    def texts(self, head: str, items: Any, pad: str) -> None:
        """The entry ``head`` of a list of texts (or of anything), at indentation ``pad``."""
        if not items or type(items) is not list:
            self.value(head, items, pad + "  ")
            return
        out = self.out
        out.append(f"{head}\n")
        lead = pad + "- "
        for x in items:
            if type(x) is str and (len(x) <= LONG or "\n" not in x):
                out.append(f"{lead}{self.scalar(x)}\n")
            else:
                self.sequence([x], pad, pad)

    def mapping(self, d: dict, pad: str, lead: str) -> None:
        inner = pad + "  "
        for k, v in d.items():
            if type(k) is not str:
                raise TypeError(f"cannot write a {type(k).__name__} key as dossier YAML")
            if len(k) > 1000:  # YAML's simple keys end at 1024 characters
                raise ValueError("a key of more than 1,000 characters")
            self.value(f"{lead}{self.scalar(k)}:", v, inner)
            lead = pad

    def sequence(self, items: list, pad: str, lead: str) -> None:
        out = self.out
        inner = pad + "  "
        lead += "- "
        for x in items:
            t = type(x)
            if t is str:
                one = len(x) <= LONG or "\n" not in x  # a short text, or one of one line
                out.append(f"{lead}{self.scalar(x) if one else _double(x, inner)}\n")
            elif t is dict and x:
                self.mapping(x, inner, lead)
            elif t is list and x:
                self.sequence(x, inner, lead)
            elif t is dict or t is list:
                out.append(f"{lead}{'{}' if t is dict else '[]'}\n")
            else:
                out.append(f"{lead}{_number(x)}\n")
            lead = pad + "- "


def dump(data: dict) -> str:
    """``data`` (mappings with text keys, lists, str, int, float, bool, None) as block
    YAML; the same data always gives the same text."""
    if type(data) is not dict:
        raise TypeError("dossier YAML is a mapping at the top")
    if not data:
        return "{}\n"
    w = Writer()
    w.mapping(data, "", "")
    return w.text()
