"""Text for an output whose encoding cannot hold every character (``LC_ALL=C``, a
Latin-1 terminal, ``PYTHONIOENCODING=ascii``).

Such an output must degrade, never fail. Two kinds of character reach it:

- the dossier's own typography (``·`` between facts, ``—`` before a source, ``…`` at a
  cut, arrows, box lines): each has an ASCII look-alike that says the same thing;
- the articles' own text (``Türkiye``, ``Zürich``): escaped as Python escapes it
  (``T\\xfcrkiye``) on stdout and stderr, because an escape loses nothing: the reader can
  tell the letter apart from every other, and a tool can turn it back. A ``?`` would make
  "Türkiye" and "T?rkiye" one thing, and a name in a message could no longer be found.

``lookalike`` gives the one-cell ASCII form of a character the dossier or the terminal
interface draws (the app uses it, cell for cell, on a screen that is not UTF-8);
``TEXT_ESCAPES`` is the codec error handler that writes look-alikes and escapes.
"""

from __future__ import annotations

import codecs
import unicodedata

TEXT_ESCAPES = "dossier-text"

#: the typography the dossier and its interface draw, each as ASCII (one cell; a wide
#: character's look-alike is given its second cell by the app)
_LOOKALIKES = {
    "·": "-",
    "•": "*",
    "—": "-",
    "–": "-",
    "‒": "-",
    "―": "-",
    "−": "-",
    "…": "~",
    "‘": "'",
    "’": "'",
    "‚": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "«": '"',
    "»": '"',
    "→": ">",
    "←": "<",
    "↑": "^",
    "↓": "v",
    "⇧": "^",
    "↵": "<",
    "⏎": "<",
    "▸": ">",
    "▶": ">",
    "►": ">",
    "◂": "<",
    "◀": "<",
    "▾": "v",
    "▼": "v",
    "▴": "^",
    "▲": "^",
    "⚠": "!",
    "✓": "v",
    "✔": "v",
    "✗": "x",
    "✘": "x",
    "⭘": "o",
    "○": "o",
    "●": "*",
    "◆": "*",
    "★": "*",
    "🔎": ">",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
}
#: look-alikes that may take more than one cell, where no layout depends on widths
_STREAM_LOOKALIKES = {"…": "...", "→": "->", "←": "<-"}


def _line(name: str) -> str:
    """A box-drawing character by what it joins: across ``-``, up and down ``|``, both ``+``."""
    words = set(name.split()[2:])
    if "DIAGONAL" in words:
        return "X" if "CROSS" in words else "/" if "UPPER RIGHT" in name else "\\"
    across = bool(words & {"HORIZONTAL", "LEFT", "RIGHT"})
    down = bool(words & {"VERTICAL", "UP", "DOWN"})
    return "+" if across == down else "-" if across else "|"


def _block(name: str) -> str:
    """A block element: an upright part of a cell (the side of a tall box) ``|``, a thin
    top or bottom edge a line, a full or shaded block ``#``, and any other part of a
    cell a space (its colours, which a scroll bar shows itself by, stay)."""
    if name.startswith(("LEFT", "RIGHT")):
        return "|"
    if "ONE EIGHTH" in name or "ONE QUARTER" in name:
        return "_" if name.startswith("LOWER") else "-"
    if name in ("FULL BLOCK", "LIGHT SHADE", "MEDIUM SHADE", "DARK SHADE"):
        return "#"
    return " "


def lookalike(ch: str) -> str | None:
    """The one-cell ASCII form of a symbol, a line of a box or a letter (``ü`` -> ``u``);
    None for a character with none (a Chinese character, an emoji)."""
    if ch in _LOOKALIKES:
        return _LOOKALIKES[ch]
    n = ord(ch)
    if 0x2500 <= n <= 0x257F:
        return _line(unicodedata.name(ch, ""))
    if 0x2580 <= n <= 0x259F:
        return _block(unicodedata.name(ch, ""))
    base = unicodedata.normalize("NFKD", ch)[:1]
    return base if base.isascii() and base.isprintable() and base != ch else None


def _text_escape(error: UnicodeError) -> tuple[str, int]:
    """A codec error handler: typography as its look-alike, text as a backslash escape."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    out = []
    for ch in error.object[error.start : error.end]:
        alike = _STREAM_LOOKALIKES.get(ch) or _LOOKALIKES.get(ch)
        if alike is None and 0x2500 <= ord(ch) <= 0x259F:
            alike = lookalike(ch)
        out.append(
            alike if alike is not None else ch.encode("ascii", "backslashreplace").decode("ascii")
        )
    return "".join(out), error.end


codecs.register_error(TEXT_ESCAPES, _text_escape)


def is_utf(encoding: str | None) -> bool:
    """Whether ``encoding`` holds every character (a UTF of Unicode); None: unknown, so yes."""
    if not encoding:
        return True
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False
