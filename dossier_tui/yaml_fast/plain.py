"""What a plain (unquoted) scalar may be: the characters any YAML reader takes as they
stand, and the words a resolver would read as other than text."""

from __future__ import annotations

import re

import yaml

#: characters any YAML reader takes as they stand inside a line: printable (YAML's
#: set), no tab, no line break (\r, NEL, U+2028, U+2029), no byte-order mark
_SAFE = "\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff"
_LINE_RE = re.compile(f"[{_SAFE}]*")
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
