"""The block-YAML subset a stored dossier is written in: a writer, and a reader that
reads exactly that subset and refuses everything else.

PyYAML's pure-Python emitter takes some 13 seconds for a dossier of 1,000 articles,
and composing nodes, checking them and constructing values takes as long again on
load. The dossier's data has a fixed, known shape (mappings, lists, text, whole
numbers, scores, booleans and nulls), so a small emitter of that shape is enough:

- a mapping is ``key: value`` lines; a list under a key is written at the key's
  indentation (``- item``), as PyYAML writes it; empty ones are ``[]`` and ``{}``;
- text is plain only when every YAML reader gives back the same text: no indicator
  first, no ``: `` or `` #``, no space at either end, printable, on one line, and not
  a word or number any YAML 1.1 or 1.2 resolver turns into something else
  (``yes``, ``~``, ``0x1F``, ``1e3``, ``2023-08-09``, ``12:30``);
- other one-line printable text is single-quoted (nothing to escape but ``'``);
- a long text with line breaks is a literal block (``|``, ``|-``, ``|+``, with an
  indentation indicator when its first line starts with a space) when the block holds
  it exactly; any other text is double-quoted with YAML's escapes, a long one broken
  after each escaped line break (``\\n\\``) so that it stays readable.

``parse`` reads that subset line by line, resolving plain scalars as PyYAML's safe
loader does except that dates stay text (``RESOLVERS``), and returns None for anything outside it
(a comment, an anchor, a tag, a flow collection, a folded or multi-line plain
scalar, an unknown key, a tab where the writer never puts one, ...), so that the
caller can read the file with a full YAML parser instead. It never guesses: what it
returns is what a YAML loader with those resolvers gives.
"""

from __future__ import annotations

import json
import re
from array import array
from itertools import accumulate
from typing import Any

import yaml

__all__ = ["dump", "parse"]

#: characters any YAML reader takes as they stand inside a line: printable (YAML's
#: set), no tab, no line break (\r, NEL, U+2028, U+2029), no byte-order mark
_SAFE = "\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff"
_LINE_RE = re.compile(f"[{_SAFE}]*")
#: what a literal block may hold: the same, with tabs and line feeds
_BLOCK_RE = re.compile(f"[\t\n{_SAFE}]*")
#: characters a plain scalar must not start with (YAML's indicators, white space)
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@` \t")
#: first characters of every plain word a YAML 1.1 or 1.2 resolver may read as other than text
_SPECIAL_FIRST = frozenset("0123456789+-.~<=yYnNtTfFoO")
#: YAML 1.2's core schema (a reader of the newer standard resolves these)
_CORE_12 = re.compile(
    r"""[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+
    |[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)
    |null|Null|NULL|~|true|True|TRUE|false|False|FALSE""",
    re.X,
)
#: anything else that looks like a number, a time or a date, to be safe with other readers
_NUMBERISH = re.compile(r"[-+]?(?:0[xXoObB][0-9a-fA-F_]*|\.?[0-9][-+.:_0-9eETtZz]*)")
#: YAML 1.1's one-letter booleans, which PyYAML does not resolve but the standard does
_WORDS = frozenset(("y", "Y", "n", "N", "<<", "="))
#: the resolvers ``yaml.safe_load`` uses (YAML 1.1, with timestamps)
_RESOLVERS_11 = yaml.resolver.Resolver.yaml_implicit_resolvers
#: the resolvers a dossier is read with: PyYAML's safe loader's, except that a date
#: stays text (a hand-typed 2023-08-09 is the TIMEX3 value it looks like)
RESOLVERS = {
    ch: [(tag, rx) for tag, rx in rs if tag != "tag:yaml.org,2002:timestamp"]
    for ch, rs in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
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


def _tag_11(value: str, resolvers: dict) -> str:
    for tag, rx in resolvers.get(value[0] if value else "", ()):
        if rx.match(value):
            return tag
    for tag, rx in resolvers.get(None, ()):
        if rx.match(value):
            return tag
    return "tag:yaml.org,2002:str"


def _plain_shape(s: str) -> bool:
    """``s`` would be read as one plain scalar, complete, on one line in block context."""
    return (
        bool(s)
        and s[0] not in _INDICATORS
        and s[-1] not in " :"
        and ": " not in s
        and " #" not in s
        and not s.startswith("...")
        and _LINE_RE.fullmatch(s) is not None
    )


def is_plain(s: str) -> bool:
    """``s`` can be written without quotes: any YAML reader gives back the same text."""
    if not _plain_shape(s):
        return False
    if s[0] in _SPECIAL_FIRST:
        if (
            s in _WORDS
            or _NUMBERISH.fullmatch(s)
            or _CORE_12.fullmatch(s)
            or _tag_11(s, _RESOLVERS_11) != "tag:yaml.org,2002:str"
        ):
            return False
    return True


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


def dump(data: dict) -> str:
    """``data`` (mappings with text keys, lists, str, int, float, bool, None) as block
    YAML; the same data always gives the same text."""
    out: list[str] = []
    seen: dict[str, str] = {}  # one-line scalars already written: ids and words repeat

    def scalar(s: str) -> str:
        r = seen.get(s)
        if r is None:
            r = _quoted(s)
            if len(s) <= 200:
                seen[s] = r
        return r

    def mapping(d: dict, pad: str, lead: str) -> None:
        inner = pad + "  "
        for k, v in d.items():
            if type(k) is not str:
                raise TypeError(f"cannot write a {type(k).__name__} key as dossier YAML")
            if len(k) > 1000:  # YAML's simple keys end at 1024 characters
                raise ValueError("a key of more than 1,000 characters")
            k = scalar(k)
            t = type(v)
            if t is str:
                if len(v) > LONG and "\n" in v:
                    out.append(f"{lead}{k}: {_literal(v, inner) or _double(v, inner) + chr(10)}")
                else:
                    out.append(f"{lead}{k}: {scalar(v)}\n")
            elif t is dict:
                if v:
                    out.append(f"{lead}{k}:\n")
                    mapping(v, inner, inner)
                else:
                    out.append(f"{lead}{k}: {{}}\n")
            elif t is list:
                if v:
                    out.append(f"{lead}{k}:\n")
                    sequence(v, pad, pad)
                else:
                    out.append(f"{lead}{k}: []\n")
            else:
                out.append(f"{lead}{k}: {_number(v)}\n")
            lead = pad

    def sequence(items: list, pad: str, lead: str) -> None:
        inner = pad + "  "
        lead += "- "
        for x in items:
            t = type(x)
            if t is str:
                out.append(
                    f"{lead}{scalar(x) if len(x) <= LONG or chr(10) not in x else _double(x, inner)}\n"
                )
            elif t is dict and x:
                mapping(x, inner, lead)
            elif t is list and x:
                sequence(x, inner, lead)
            elif t is dict or t is list:
                out.append(f"{lead}{'{}' if t is dict else '[]'}\n")
            else:
                out.append(f"{lead}{_number(x)}\n")
            lead = pad + "- "

    if type(data) is not dict:
        raise TypeError("dossier YAML is a mapping at the top")
    if not data:
        return "{}\n"
    mapping(data, "", "")
    return "".join(out)


# ---------------------------------------------------------------- reading
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


def parse(text: str, keys: frozenset[str], max_lines: int) -> Any:
    """The data ``text`` holds if it is in the subset ``dump`` writes (with mapping keys
    from ``keys`` only, and at most ``max_lines`` lines), else None. Plain scalars are
    resolved with ``RESOLVERS``; numbers of more than 40 characters, and tags other than
    text, numbers, booleans and null, are refused."""
    if not text.endswith("\n") or _OUTSIDE.search(text):
        return None
    lines = text.split("\n")
    lines.pop()
    n = len(lines)
    if not n or n > max_lines or not lines[0] or lines[0][0] in " -":
        return None
    seen = _Seen()
    pads = [" " * i for i in range(64)]
    # where each line starts in ``text`` (line i at starts[i] + i), so that a run of
    # "key: value" lines can be matched and split by one regular expression
    starts = array("q", [0])
    starts.extend(accumulate(map(len, lines)))
    runs: dict[int, re.Pattern] = {}  # by 2 * column + first
    value_of = seen.__getitem__

    def pad_of(ind: int) -> str:
        return pads[ind] if ind < 64 else " " * ind

    def plain(raw: str) -> Any:
        # _plain_shape without its look at the characters: the whole text was looked at
        if (
            not raw
            or raw[-1] in " :"
            or ": " in raw
            or " #" in raw
            or "\t" in raw
            or raw.startswith("...")
            or raw[0] in _INDICATORS
            and not (raw[0] == "-" and raw[1:2] not in _INDICATORS and raw[1:2] != "")
        ):
            raise _Refused  # (a "-" is a sign: -1)
        if (
            raw.isdigit() and raw.isascii() and (raw[0] != "0" or raw == "0") and len(raw) <= 40
        ):  # an offset
            return int(raw)
        tag = _tag_11(raw, RESOLVERS)
        if tag == _STR:
            return raw
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return _CONSTRUCT.bool_values[raw.lower()]
        if tag in (_INT, _FLOAT) and len(raw) <= 40:
            if tag == _INT and _DECIMAL.fullmatch(raw):
                return int(raw)
            node = yaml.ScalarNode(tag, raw)
            try:
                return (
                    _CONSTRUCT.construct_yaml_int(node)
                    if tag == _INT
                    else _CONSTRUCT.construct_yaml_float(node)
                )
            except (ValueError, OverflowError):  # "0b_": the full loader says why
                raise _Refused from None
        raise _Refused

    def scalar(raw: str) -> Any:
        """A one-line plain or single-quoted scalar (``seen`` keeps what each was)."""
        if raw[:1] == "'":
            inner = raw[1:-1]
            if len(raw) < 2 or raw[-1] != "'" or "'" in inner.replace("''", "") or "\t" in inner:
                raise _Refused
            return inner.replace("''", "'")
        return plain(raw)

    seen.make = scalar

    def folded(raw: str, i: int, ind: int) -> tuple[Any, int]:
        """A plain or single-quoted scalar that goes on over the next lines, each at
        ``ind + 2`` (as PyYAML writes a long one): YAML joins the lines by spaces."""
        cind = ind + 2
        cpad = pad_of(cind)
        quoted = raw[0] == "'"
        if quoted:
            part = _SQ_PART.match(raw, 1).group()
            if len(part) + 1 != len(raw):  # closed on its first line: the next is no part of it
                raise _Refused
        elif _plain_shape(raw):
            part = raw
        else:
            raise _Refused
        parts = [part]
        while i < n:
            if part[-1:] in (" ", "\t", ""):  # YAML drops white space at a fold: not the writer's
                raise _Refused
            line = lines[i]
            if (
                not line.startswith(cpad)
                or line[cind : cind + 1] in ("", " ", "\t")
                or not quoted
                and line[cind] == "#"
            ):
                break
            rest = line[cind:]
            i += 1
            if quoted:
                part = _SQ_PART.match(rest).group()
                if len(part) + 1 == len(rest):  # the closing quote ends the line
                    parts.append(part)
                    return _no_tab(" ".join(parts)).replace("''", "'"), i
                if len(part) != len(rest):
                    raise _Refused
            elif ": " in rest or " #" in rest or rest[-1] == ":":
                raise _Refused
            else:
                part = rest
            parts.append(part)
        if quoted:  # never closed
            raise _Refused
        return plain(" ".join(parts)), i

    def double(raw: str, i: int, ind: int) -> tuple[str, int]:
        """A double-quoted scalar starting ``raw``; its continued lines (after an
        escaped line break) start at ``ind + 2``. Returns it and the next line."""
        m = _DQ_WHOLE.fullmatch(raw)
        if m:
            return _decode(m.group(1)), i
        m = _DQ_OPEN.fullmatch(raw)
        if not m:
            raise _Refused
        parts = [_decode(m.group(1))]
        cind = ind + 2
        cpad = pad_of(cind)
        while True:
            if i >= n:
                raise _Refused
            line = lines[i]
            i += 1
            if not line.startswith(cpad) or line[cind : cind + 1] in ("", " ", "\t"):
                raise _Refused
            rest = line[cind:]
            m = _DQ_LAST.fullmatch(rest)
            if m:
                parts.append(_decode(m.group(1)))
                return "".join(parts), i
            m = _DQ_MIDDLE.fullmatch(rest)
            if not m:
                raise _Refused
            parts.append(_decode(m.group(1)))

    def literal(header: str, i: int, ind: int) -> tuple[str, int]:
        """A literal block whose header is ``header``, under a key at column ``ind``."""
        m = _HEADER.fullmatch(header)
        if not m or i >= n:
            raise _Refused
        cind = ind + (int(m.group(1)) if m.group(1) else 2)
        cpad = pad_of(cind)
        if not m.group(1):  # the indentation is read from the first line: it must be ours
            first = lines[i]
            if not first.startswith(cpad) or first[cind : cind + 1] in ("", " ", "\t"):
                raise _Refused
        buf = []
        while i < n:
            line = lines[i]
            if line.startswith(cpad):
                buf.append(line[cind:])
            elif not line.strip(" "):
                buf.append("")
            else:
                break
            i += 1
        last = len(buf) - 1
        while last >= 0 and not buf[last]:
            last -= 1
        if last < 0:
            raise _Refused
        body = "\n".join(buf[: last + 1] if last < len(buf) - 1 else buf)
        chomp = m.group(2)
        if chomp == "-":
            return body, i
        if chomp == "+":
            return body + "\n" * (len(buf) - last), i
        return body + "\n", i

    def run_of(ind: int, first: bool) -> re.Pattern:
        """Lines "key: value" at column ``ind`` whose value is one line, plain, single-quoted,
        [] or {}; with ``first``, the first line may start with the "- " of a list item."""
        rx = runs.get(ind + ind + first)
        if rx is None:
            line = '[a-z_0-9]+: [^ \\t"|\\n][^\\n]*\\n'
            rx = runs[ind + ind + first] = re.compile(
                f"{'.' if first else ' '}{{{ind}}}{line}(?: {{{ind}}}{line})*"
            )
        return rx

    def mapping(i: int, ind: int) -> tuple[dict, int]:
        """The mapping whose first key is on line ``i`` at column ``ind``. Runs of
        "key: value" lines are matched and split by regular expressions; the other
        lines are read one by one."""
        pad = pad_of(ind)
        d: dict = {}
        count = 0
        first = True
        while True:
            m = run_of(ind, first).match(text, starts[i] + i)
            first = False
            if m is not None:
                pairs = _PAIR.findall(m.group())
                i += len(pairs)
                count += len(pairs)
                line = lines[i] if i < n else ""
                c = line[ind : ind + 1]
                folds = c == " " and line.startswith(
                    pad
                )  # the last value goes on over the next lines
                if folds:
                    key, raw = pairs.pop()
                if pairs:
                    names, raws = zip(*pairs)
                    if not keys.issuperset(names):
                        raise _Refused
                    d.update(zip(names, map(value_of, raws)))
                if folds:
                    if key not in keys or raw in ("[]", "{}"):
                        raise _Refused
                    d[key], i = folded(raw, i, ind)
                    line = lines[i] if i < n else ""
                    c = line[ind : ind + 1]
                if c in ("", " ", "-") or not line.startswith(pad):
                    break
                continue
            line = lines[i]  # a key whose value is a collection, double-quoted, or a block
            colon = line.find(":", ind)
            key = line[ind:colon]
            if colon < 0 or key not in keys:
                raise _Refused
            count += 1
            i += 1
            raw = line[colon + 2 :]
            if raw:
                if line[colon + 1] != " ":
                    raise _Refused
                c = raw[0]
                if c == '"':
                    value, i = double(raw, i, ind)
                elif c == "|":
                    value, i = literal(raw, i, ind)
                elif (
                    c == "'" and raw[1:] == _SQ_PART.match(raw, 1).group()
                ):  # not closed on this line
                    value, i = folded(raw, i, ind)
                else:
                    raise _Refused  # a run takes any other
            elif colon + 1 == len(line):  # a collection follows
                nxt = lines[i] if i < n else ""
                if nxt.startswith(pad) and nxt[ind : ind + 2] == "- ":
                    value, i = sequence(i, ind)
                elif (
                    nxt.startswith(pad)
                    and nxt[ind : ind + 2] == "  "
                    and nxt[ind + 2 : ind + 3] not in ("", " ", "-")
                ):
                    value, i = mapping(i, ind + 2)
                else:
                    raise _Refused
            else:
                raise _Refused
            d[key] = value
            if i >= n:
                break
            line = lines[i]
            c = line[ind : ind + 1]
            if c in ("", " ", "-") or not line.startswith(pad):
                break
        if len(d) != count:  # a key given twice
            raise _Refused
        return d, i

    def sequence(i: int, ind: int) -> tuple[list, int]:
        """The list whose first ``- `` is on line ``i`` at column ``ind``."""
        dash = pad_of(ind) + "- "
        at = ind + 2
        out: list = []
        while i < n:
            line = lines[i]
            if not line.startswith(dash):
                break
            colon = line.find(":", at)
            if (
                colon > 0
                and (colon + 1 == len(line) or line[colon + 1] == " ")
                and line[at:colon] in keys
            ):
                item, i = mapping(i, at)
            else:
                raw = line[at:]
                c = raw[:1]
                i += 1
                if c == '"':
                    item, i = double(raw, i, ind)
                elif raw == "[]":
                    item = []
                elif raw == "{}":
                    item = {}
                elif c in ("|", "") or raw[:2] in ("- ", "-"):  # a list in a list
                    raise _Refused
                else:
                    item = value_of(raw)
            out.append(item)
        return out, i

    try:
        data, i = mapping(0, 0)
    except (_Refused, RecursionError):
        return None
    return data if i == n else None
