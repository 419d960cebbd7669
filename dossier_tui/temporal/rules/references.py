"""The present, the past and the future without a date: "now", "currently", "recently",
"the future", "in recent weeks", "the coming months"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier_tui.temporal.candidate import Resolved
from dossier_tui.temporal.context import sentence_start, word_after
from dossier_tui.temporal.lexicon import REF_WORDS, UNITS
from dossier_tui.temporal.rule import Example, rule
from dossier_tui.temporal.units import duration, norm, unit

if TYPE_CHECKING:
    from dossier_tui.temporal.resolve import Resolver

_DCT = "2023-08-09"
_NOT_CURRENT = ("account", "accounts", "affairs", "events", "electric", "flows")
_NOT_FUTURE = ("contract", "contracts", "tense", "of")


def _recentunits(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    """'recent weeks', 'the coming months': a stretch of unknown length."""
    u = unit(m["unit"])
    if u not in UNITS or norm(m["future"]) == "future":
        return Resolved("DATE", "PAST_REF" if m["past"] else "FUTURE_REF", "reference")
    if u == "quarter":
        return Resolved("DURATION", "PXM", "absolute")
    return Resolved("DURATION", duration(None, u), "absolute")


def _ref(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    w = norm(m["w"])
    if w == "at this time":
        w = "now"
    return Resolved("DATE", REF_WORDS.get(w, "PRESENT_REF"), "reference")


def _accept_ref(m: re.Match, text: str) -> bool:
    w = m["w"].lower()
    nxt, sep = word_after(text, m.end())
    glued = sep.strip() == ""
    if w == "now" and sentence_start(text, m.start()) and sep.startswith(","):
        # "Now, ..." opens a sentence as a discourse marker; it dates nothing. TimeBank's
        # gold leaves it untagged too (TempEval-3 train, strict F1: 89.03 leaving it out,
        # 88.95 tagging it PRESENT_REF)
        return False
    if w == "current" and glued and nxt.lower() in _NOT_CURRENT:
        return False
    # "the future of the alliance" is a fate, not a time
    return not ("future" in w and glued and nxt.lower() in _NOT_FUTURE)


RULES = (
    rule(
        "recentunits",
        r"(?<![\w])(?:the\s+)?(?:(?P<past>recent|past\s+(?:few|several))"
        r"|(?P<future>coming|next\s+(?:few|several)|future|upcoming))\s+"
        r"(?P<unit>years|months|weeks|days|decades|quarters|times)(?![\w])",
        "years months weeks days decades quarters times",
        _recentunits,
        first=True,
        examples=(
            Example("Crossings have risen in recent weeks.", _DCT, "PXW", "recent weeks"),
            Example("A decision is due in the coming months.", _DCT, "PXM"),
        ),
    ),
    rule(
        "ref",
        r"(?<![\w])(?P<w>right\s+now|just\s+now|now|currently|current|presently|nowadays"
        r"|these\s+days|at\s+present|recently|lately|the\s+past|the\s+near\s+future"
        r"|the\s+future|at\s+this\s+time|the\s+(?:near|short)\s+term|a\s+later\s+date)(?![\w-])",
        "now currently current presently nowadays days present recently lately past future"
        " term date time",
        _ref,
        accept=_accept_ref,
        examples=(
            Example("The camp is now closed.", _DCT, "PRESENT_REF"),
            Example("Arrivals have recently fallen.", _DCT, "PAST_REF"),
        ),
    ),
)
