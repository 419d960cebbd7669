"""ASCII identifiers from names and headlines: stable, readable keys for the dossier."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

_WORD = re.compile(r"[a-z0-9]+")


def slug(text: str, default: str, *, drop: Collection[str] = (), limit: int | None = None) -> str:
    """The lower-case ASCII words of ``text`` joined by hyphens ("Côte d'Ivoire" ->
    "cote-d-ivoire"), without the words of ``drop`` and at most ``limit`` of them;
    ``default`` when no word is left."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = [w for w in _WORD.findall(plain) if w not in drop]
    return "-".join(words[:limit]) or default
