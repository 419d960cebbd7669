"""Standard output that fails with a one-line reason, never with a traceback.

stdout may be a full disk, a pipe whose reader has gone (``| head``), closed (``>&-``)
or able to encode only ASCII (``LC_ALL=C``, ``PYTHONIOENCODING=ascii``). What its
encoding cannot hold is escaped rather than refused: JSON as ``\\uXXXX`` (so it stays
valid JSON that means the same), anything else as ``charset`` says (the dossier's own
typography as ASCII look-alikes, the articles' text as backslash escapes); stderr's
messages likewise. Any other failure
is an OutputError, and stdout is then let go, so that Python's own flush at exit does
not fail a second time with a traceback of its own.
"""

from __future__ import annotations

import codecs
import sys

from dossier_tui.charset import TEXT_ESCAPES

JSON_ESCAPES = "dossier-json"


class OutputError(Exception):
    """stdout cannot take the output; the message says why, on one line."""


def _json_escape(error: UnicodeError) -> tuple[str, int]:
    """A codec error handler: the characters the encoding lacks as JSON escapes (a
    character beyond U+FFFF as its UTF-16 pair, as JSON spells it)."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    out = []
    for ch in error.object[error.start : error.end]:
        n = ord(ch)
        if n > 0xFFFF:
            n -= 0x10000
            out.append(f"\\u{0xD800 + (n >> 10):04x}\\u{0xDC00 + (n & 0x3FF):04x}")
        else:
            out.append(f"\\u{n:04x}")
    return "".join(out), error.end


codecs.register_error(JSON_ESCAPES, _json_escape)


def _escaping(stream, errors: str) -> None:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        try:
            reconfigure(errors=errors)
        except (OSError, ValueError):
            pass


def prepare(json: bool = False) -> None:
    """Let stdout escape what its encoding cannot hold (JSON escapes for JSON output)."""
    _escaping(sys.stdout, JSON_ESCAPES if json else TEXT_ESCAPES)


def prepare_stderr() -> None:
    """Let stderr's messages and progress escape what its encoding cannot hold."""
    _escaping(sys.stderr, TEXT_ESCAPES)


def _let_go() -> None:
    """Drop stdout, so that nothing else (the flush at exit above all) writes to it."""
    sys.stdout = None  # type: ignore[assignment]


def write(text: str, flush: bool = False) -> None:
    """Write ``text`` to stdout. BrokenPipeError when the reader has gone (a reader such
    as ``head`` that stops early is no error to report); OutputError for the rest."""
    try:
        sys.stdout.write(text)
        if flush:
            sys.stdout.flush()
    except BrokenPipeError:
        _let_go()
        raise
    except OSError as e:
        _let_go()
        raise OutputError(
            f"cannot write to stdout ({e.strerror or e.__class__.__name__})"
        ) from None
    except UnicodeEncodeError as e:  # a stream ``prepare`` could not set to escape
        _let_go()
        raise OutputError(
            f"cannot write to stdout (its encoding, {e.encoding}, cannot hold the text)"
        ) from None
    except (AttributeError, ValueError):  # None (started with >&-) or closed
        _let_go()
        raise OutputError("cannot write to stdout (it is closed)") from None
