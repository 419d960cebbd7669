"""The cues of page furniture, read once from ``resources/furniture_cues.tsv``: for each,
its kind, how far it reaches (``match``, ``sentence``, ``rest``; see ``cues``), its pattern,
and the words one of which any text it finds contains, so that a text with none of them is
not searched for it. Patterns name the pieces below as ``<DAY>``, ``<MONTH>``, ...
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from dossier_tui.temporal.lexicon import MONTHS, WEEKDAYS, alt
from dossier_tui.text.prefiltered import scanned

_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_TIME = r"\d{1,2}[:.]\d{2}\s?[ap]\.?m\.?"
_TIME24 = r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?"
DAY = r"\d{1,2}(?:st|nd|rd|th)?"
MONTH = r"(?i:" + alt(MONTHS) + r")"
WEEKDAY = r"(?i:" + alt(WEEKDAYS) + r")"
_ZONE = r"(?:GMT|BST|UTC|UK|CET|CEST|[ECMP][SD]T|ET)"
#: a photograph's agency or picture desk, after the photographer's name
_AGENCY = (
    r"(?:AP|AFP|PA|EPA|Getty(?: Images)?|Reuters|Rex(?: Features)?|Corbis|Alamy|Bloomberg|"
    r"Xinhua|ANSA|dpa|Sipa|Shutterstock|Polaris|WireImage|Camera Press|[A-Z][a-z]+ Press)"
)
_ROLE = r"(?:Presenters?|Producers?|Editors?|Readers?|Directors?|Writers?)"
#: the names a credit lists: "Jo Bloggs, Ann Lee and Tom Hart"
_CREDITED = (
    rf"[A-Z][\w'’.-]*(?:(?: | and |, )(?!{_ROLE}/|(?:The|A|An|In|On|At|This)\b)"
    r"[A-Z][\w'’.-]*){0,6}"
)
CUES_FILE = "furniture_cues.tsv"
_COLUMNS = "kind\treach\tflags\tanchors\tpattern"
#: what ``<NAME>`` in a cue's pattern stands for
_PIECES = {
    "NAME": _NAME,
    "TIME": _TIME,
    "TIME24": _TIME24,
    "DAY": DAY,
    "MONTH": MONTH,
    "WEEKDAY": WEEKDAY,
    "ZONE": _ZONE,
    "AGENCY": _AGENCY,
    "CREDITED": _CREDITED,
    "ROLE": _ROLE,
}
_PIECE = re.compile(r"<([A-Z0-9]+)>")


@dataclass(frozen=True)
class Cue:
    """Words that give a piece of furniture away, and how far the furniture reaches."""

    kind: str
    reach: str
    pattern: re.Pattern[str]
    #: lower-case words one of which any text the pattern finds contains
    anchors: tuple[str, ...]
    #: the pattern without its opening ``\\b``, which keeps the regex engine from scanning
    #: fast for the literal words that follow; None when it does not open on one
    scan: re.Pattern[str] | None = None

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        """The matches of ``pattern`` from ``pos``, as ``pattern.finditer`` gives them."""
        if self.scan is None:
            return self.pattern.finditer(text, pos)
        return scanned(self.pattern, self.scan, text, pos)


def parse_cues(text: str) -> tuple[Cue, ...]:
    """The cues of a ``furniture_cues.tsv`` text (cells are taken as they are: an anchor
    may begin or end with a space)."""
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    if not lines or lines[0] != _COLUMNS:
        raise ValueError(f"{CUES_FILE}: the header must be {_COLUMNS!r}")
    out = []
    for line in lines[1:]:
        kind, reach, flags, anchors, pattern = line.split("\t")
        pattern = _PIECE.sub(lambda m: _PIECES[m.group(1)], pattern)
        flag = re.I if flags == "i" else 0
        scan = re.compile(pattern[2:], flag) if pattern.startswith(r"\b") else None
        out.append(Cue(kind, reach, re.compile(pattern, flag), tuple(anchors.split(";")), scan))
    return tuple(out)


CUES = parse_cues(
    resources.files("dossier_tui.resources").joinpath(CUES_FILE).read_text(encoding="utf-8")
)
