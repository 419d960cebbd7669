"""Temporal tagging: text + reference date -> TIMEX3 expressions with normalised values."""
from __future__ import annotations

from dossier_tui.model import Source, Timex
from dossier_tui.temporal.recognise import find
from dossier_tui.temporal.resolve import Resolver
from dossier_tui.temporal.values import time_value

__all__ = ["tag", "tag_source", "time_value"]


def tag(text: str, dct: str | None = None,
        spans: list[tuple[int, int]] | None = None) -> list[Timex]:
    """Temporal expressions in ``text``, resolved against the reference date ``dct``
    (a TIMEX3 date value such as ``2023-08-09`` or ``2023-08-09T06:01``).

    ``spans`` limits tagging to those regions (e.g. an article's body without its
    page furniture); offsets are always into ``text``.
    """
    resolver = Resolver(text, dct)
    out = []
    for c in find(text, spans):
        r = resolver.resolve(c)
        if r is None:
            continue
        out.append(Timex(c.start, c.end, text[c.start:c.end], r.type, r.value, r.basis, r.mod))
    return out


def tag_source(source: Source, dct: str | None = None, on_error=None) -> list[Timex]:
    """Temporal expressions in an article's body (page furniture and front matter are
    skipped), resolved against ``dct`` or else the article's publication date."""
    return tag(source.text, dct if dct is not None else source.published, source.body_spans())
