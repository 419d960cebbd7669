"""The reader: exactly the subset the writer writes, and None for anything else."""

from __future__ import annotations

import re
from array import array
from itertools import accumulate
from typing import Any

import yaml

from dossier_tui.yaml_fast.plain import _INDICATORS, RESOLVERS, _plain_shape, _tag_11
from dossier_tui.yaml_fast.unquote import (
    _BOOL,
    _CONSTRUCT,
    _DECIMAL,
    _DQ_LAST,
    _DQ_MIDDLE,
    _DQ_OPEN,
    _DQ_WHOLE,
    _FLOAT,
    _HEADER,
    _INT,
    _NULL,
    _OUTSIDE,
    _PAIR,
    _SQ_PART,
    _STR,
    _decode,
    _no_tab,
    _Refused,
    _Seen,
)


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
