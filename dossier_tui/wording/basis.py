"""How a date was come by, in words: a source's publication date and its basis."""

from __future__ import annotations

#: each publication-date basis (``model.PUBLISHED_BASES``) as a phrase after "date"
BASIS_PHRASES = {
    "stated": "stated in the text",
    "metadata": "from metadata",
    "inferred": "inferred",
    "unknown": "unknown",
}
#: a source whose publication date is not known
NO_DATE = "date unknown"


def basis_phrase(basis: str) -> str:
    """The basis as a phrase: "stated in the text", "from metadata"..."""
    return BASIS_PHRASES.get(basis, basis)
