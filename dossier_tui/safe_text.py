"""Make untrusted text safe to show in a terminal.

Articles and their file names come from anywhere; an ESC byte or another control
character in one must never reach the terminal as a control sequence.

- ``printable`` is for text shown in place (an article, a headline): each control
  character is replaced one-for-one by U+FFFD, so offsets into the text still line up
  with what is displayed.
- ``shown`` is for names in messages (a path, a folder): what is invisible or would act
  on the terminal is written as an escape (``\\x1b``, ``\\n``), so the message stays on
  one line and says exactly which file it means.
"""
from __future__ import annotations

import re

#: C0 except tab and newline, DEL, C1, and lone surrogates (the undecodable bytes of a
#: file name as ``os.fsdecode`` gives them; no encoder will write them)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str, keep_newlines: bool = True) -> str:
    """``text`` with control characters (C0 except tab and newline, DEL, C1) and lone
    surrogates replaced."""
    out = _CONTROL_RE.sub("\ufffd", text)
    return out if keep_newlines else out.replace("\n", " ").replace("\t", " ")


def _escape(ch: str) -> str:
    n = ord(ch)
    if 0xDC80 <= n <= 0xDCFF:  # a byte that was not UTF-8, kept by surrogateescape
        return f"\\x{n - 0xDC00:02x}"
    if ch in _NAMED:
        return _NAMED[ch]
    return f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}" if n < 0x10000 else f"\\U{n:08x}"


def shown(name: str) -> str:
    """``name`` as a message shows it: printable characters as they are, every other
    one (controls, line and paragraph separators, bidi overrides, undecodable bytes)
    as a backslash escape, so nothing in a name can split a line or drive the terminal."""
    if name.isprintable():
        return name
    return "".join(ch if ch.isprintable() else _escape(ch) for ch in name)
