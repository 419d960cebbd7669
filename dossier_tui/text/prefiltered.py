"""Finding a pattern's matches faster through a looser pattern the regex engine scans for
quickly: an opening ``\\b`` or look-behind keeps the engine from its fast scan for the
literal words that follow, so the looser pattern (without that opening) finds the places
and the full one is tried only there."""

from __future__ import annotations

import re
from collections.abc import Iterator


def scanned(
    pattern: re.Pattern[str],
    scan: re.Pattern[str],
    text: str,
    pos: int = 0,
    end: int | None = None,
) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text, pos, end)`` gives, found faster: ``scan``
    matches wherever ``pattern`` does (and perhaps elsewhere), so ``pattern`` is tried
    only where ``scan`` finds something. ``pattern`` must never match nothing."""
    end = len(text) if end is None else end
    while (hit := scan.search(text, pos, end)) is not None:
        m = pattern.match(text, hit.start(), end)
        if m is None:
            pos = hit.start() + 1
            continue
        yield m
        pos = m.end()
