"""Temporal tagging: text + reference date -> TIMEX3 expressions with normalised values."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace

from dossier_tui.model import Source, Timex
from dossier_tui.temporal.live_pages import live_stamps
from dossier_tui.temporal.recognise import failure, find
from dossier_tui.temporal.resolve import Resolver
from dossier_tui.temporal.values import time_value

__all__ = ["tag", "tag_source", "time_value"]

_log = logging.getLogger(__name__)

#: receives one line for each expression that could not be read (it is skipped)
OnError = Callable[[str], None]


def _warn(message: str) -> None:
    _log.warning("%s", message)


def tag(
    text: str,
    dct: str | None = None,
    spans: list[tuple[int, int]] | None = None,
    on_error: OnError | None = None,
) -> list[Timex]:
    """Temporal expressions in ``text``, resolved against the reference date ``dct``
    (a TIMEX3 date value such as ``2023-08-09`` or ``2023-08-09T06:01``).

    ``spans`` limits tagging to those regions (e.g. an article's body without its
    page furniture); offsets are always into ``text``.

    Tagging never raises: an expression that cannot be read is left out and reported,
    as one line, to ``on_error`` (by default, a warning on this module's logger).
    """
    report = on_error or _warn
    try:
        resolver = Resolver(text, dct)
    except Exception as e:  # an unreadable reference date: tag without one
        report(
            f"could not read the reference date {dct!r} ({type(e).__name__}: {e}); "
            "relative dates left unresolved"
        )
        resolver = Resolver(text, None)
    out = []
    try:
        candidates = find(text, spans, report)
    except Exception as e:
        report(failure(text[:60], 0, e).replace("; skipped", "; text skipped"))
        return out
    for c in candidates:
        try:
            r = resolver.resolve(c)
        except Exception as e:
            report(failure(text[c.start : c.end], c.start, e))
            continue
        if r is None:
            continue
        out.append(Timex(c.start, c.end, text[c.start : c.end], r.type, r.value, r.basis, r.mod))
    return _days_of_clock_times(text, out)


#: a clock time that names no day of its own: "1653 local time", "4.53pm", "(2153 GMT)"
_CLOCK_ONLY = re.compile(
    r"(?:about |around |at )?\d{1,2}(?:[:.]?\d{2})?\s*(?:[ap]\.?\s?m\.?)?"
    r"(?:\s*(?:local time|[A-Z]{2,4}(?:[+-]\d{1,2})?))?|noon|midnight|midday",
    re.I,
)
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DAY_OF = re.compile(
    r"\s*,?\s*on\s+the\s+(?:day|night|morning|afternoon|evening)\s+(?:of|before|after)\b", re.I
)
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"“]")


def _days_of_clock_times(text: str, found: list[Timex]) -> list[Timex]:
    """A clock time takes the day its sentence names after it ("struck at 1653 local
    time on Tuesday"), not the day it would otherwise borrow from earlier text or
    from the reference date; but an entry's stamp on a live page keeps the page's."""
    out = list(found)
    stamps = live_stamps(text)
    for i, t in enumerate(out):
        if (
            t.type != "TIME"
            or t.basis == "absolute"
            or t.start in stamps  # a live page's entry stamp: the page's day, not its sentence's
            or not _DAY_VALUE.match(t.value)
            or not _CLOCK_ONLY.fullmatch(t.text.strip())
        ):
            continue
        if _DAY_OF.match(
            text, t.end
        ):  # "at 10.40 am on the day of his death": a day the text does not date
            out[i] = replace(t, value="XXXX-XX-XX" + t.value[10:], basis="unresolved")
            continue
        for later in out[i + 1 :]:
            if later.start - t.end > 80 or _SENTENCE_END.search(text, t.end, later.start):
                break
            if later.type == "DATE" and _DAY_VALUE.fullmatch(later.value):
                if later.value != t.value[:10]:
                    out[i] = replace(t, value=later.value + t.value[10:], basis=later.basis)
                break
    return out


def tag_source(
    source: Source, dct: str | None = None, on_error: OnError | None = None
) -> list[Timex]:
    """Temporal expressions in an article's body (page furniture and front matter are
    skipped), resolved against ``dct`` or else the article's publication date."""
    return tag(
        source.text, dct if dct is not None else source.published, source.body_spans(), on_error
    )
