"""Bytes -> text, surviving what real article folders contain.

UTF-8 (with or without BOM) and UTF-16 with BOM are read as such; anything else that
is text is read as Windows-1252 (what most "not UTF-8" news text really is), with a
warning. Binary files are refused. Text is never normalised: "\\r\\n" stays, so offsets
are offsets into exactly what is on disk after decoding.
"""

from __future__ import annotations

import codecs

_SAMPLE = 8192
#: every byte but the control characters text does not hold (tab, line feed, form feed and
#: carriage return are text)
_NOT_CONTROLS = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13))


class BinaryFile(ValueError):
    """The bytes are not text."""


def _latin1_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    # cp1252 leaves 0x81 0x8D 0x8F 0x90 0x9D undefined: keep them as their Latin-1 code points
    return err.object[err.start : err.end].decode("latin-1"), err.end


codecs.register_error("dossier-latin1", _latin1_fallback)


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control characters, in the first few kilobytes."""
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_CONTROLS))  # counted in C, not byte by byte
    return bool(sample) and controls / len(sample) > 0.05


def decode(data: bytes) -> tuple[str, str, str | None]:
    """(text, encoding name, warning or None). Raises BinaryFile for non-text."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig", None
        except UnicodeDecodeError as e:
            text = data[3:].decode("utf-8", errors="replace")
            return text, "utf-8-sig", f"invalid UTF-8 at byte {e.start + 3}; bad bytes replaced"
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            body = data[2:]
            try:
                return body.decode(name), "utf-16", None
            except UnicodeDecodeError as e:
                return (
                    body.decode(name, errors="replace"),
                    "utf-16",
                    f"invalid UTF-16 at byte {e.start + 2}; bad bytes replaced",
                )
    if looks_binary(data):
        raise BinaryFile("binary file")
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError as e:
        text = data.decode("cp1252", errors="dossier-latin1")
        return text, "cp1252", f"not valid UTF-8 (byte {e.start}); decoded as cp1252"
