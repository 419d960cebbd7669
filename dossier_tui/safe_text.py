"""Make untrusted text and values safe to show in a terminal or a report.

Articles, their file names and hand-edited dossier files come from anywhere. An ESC
byte, a BEL, another control character or a bidirectional override in one of them
must never reach the terminal: a control sequence could set the window title, write
the clipboard (OSC 52) or draw a hyperlink (OSC 8), and an override would show text in
an order other than the stored one.

- ``printable`` is for text shown in place (an article, a headline): each offending
  character is replaced one-for-one by U+FFFD, so offsets into the text still line up
  with what is displayed. It returns plain text; the app wraps it in Content objects,
  never in markup.
- ``shown`` is for names in messages (a path, a folder): what is invisible or would act
  on the terminal is written as an escape (``\\x1b``, ``\\n``), so the message stays on
  one line and says exactly which file it means.

Dates in words, made printable, are ``wording.dates``'s.
"""

from __future__ import annotations

import re

#: C0 controls except tab and newline (ESC, BEL, CR and the rest), DEL, C1 controls, the
#: bidirectional embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI),
#: and lone surrogates (the undecodable bytes of a file name as ``os.fsdecode`` gives them)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
REPLACEMENT = "\ufffd"
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str, keep_newlines: bool = True) -> str:
    """``text`` with every control character, bidirectional control and lone surrogate
    replaced by U+FFFD, one for one; without ``keep_newlines``, newlines and tabs become spaces."""
    out = _CONTROL_RE.sub(REPLACEMENT, text)
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
