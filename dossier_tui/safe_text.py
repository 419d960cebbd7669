"""Make untrusted source text safe to show in a terminal.

Articles come from anywhere; an ESC byte or another control character in one must
never reach the terminal as a control sequence. Each is replaced one-for-one by
U+FFFD, so offsets into the text still line up with what is displayed.
"""
from __future__ import annotations

import re

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str, keep_newlines: bool = True) -> str:
    """``text`` with control characters (C0 except tab and newline, DEL, C1) replaced."""
    out = _CONTROL_RE.sub("\ufffd", text)
    return out if keep_newlines else out.replace("\n", " ").replace("\t", " ")
