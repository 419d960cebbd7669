"""Years, decades and centuries: "2023", "2009-10", "nineteen ninety-six", "the 1990s",
"the '90s", "the 20th century". A four-digit number is a year unless its context says
it is a count, a name, a plan or a clock time."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier_tui.temporal.candidate import Resolved
from dossier_tui.temporal.context import (
    capitalised,
    sentence_start,
    title_words_end_in,
    word_after,
    word_before,
)
from dossier_tui.temporal.lexicon import ORD, ORDINALS, ordinal, spelled_year
from dossier_tui.temporal.patterns import SPELLED_YEAR, YEAR
from dossier_tui.temporal.rule import Example, rule
from dossier_tui.temporal.rules.clock import four_digit_clock
from dossier_tui.word_tables import cues

if TYPE_CHECKING:
    from dossier_tui.temporal.resolve import Resolver

_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
#: words before a number that make it a label, not a year: "No. 1984", "Windows 2000"
_LABEL_BEFORE = frozenset(
    "no. no number nos. route page room flight rule article section code model version"
    " windows vision agenda".split()
)
_SHARE_AFTER = re.compile(r"\s*(?:%|per\s*cent|percent)")
_POSSESSIVE = re.compile(r"['’]s$")
#: "1000s of miles", "1500s of pages": a count in thousands or hundreds, not a decade
_COUNT_OF = re.compile(r"\s+of\s+[a-z][\w'’-]*s(?![\w])")


def second_year(first: str, second: str) -> int:
    """The second year of a range: "58" after "1957" is 1958, "00" after "1999" is 2000."""
    y1, y2 = int(first), int(second)
    if len(second) == 2:
        y2 += y1 // 100 * 100
        if y2 <= y1:
            y2 += 100
    return y2


def century_for(r: Resolver, two_digits: int) -> int:
    """The century of a decade written as '90s: the most recent one."""
    if r.today is None:
        return 1900
    c = r.today.year // 100 * 100
    return c if c + two_digits <= r.today.year else c - 100


def _counted(text: str, end: int) -> bool:
    """True when a count noun or a share follows: "2000 people", "1500-2000 troops", "2020%"."""
    nxt, sep = word_after(text, end)
    if sep.strip() == "" and nxt.lower() in cues("count_nouns"):
        return True
    return _SHARE_AFTER.match(text[end : end + 10]) is not None


def _accept_year(m: re.Match, text: str) -> bool:
    """A four-digit number is a year unless it is a count ("2000 people"), part of a
    name ("Windows 2000") or names a plan ("the 2025 Border Strategy")."""
    start, end = m.span()
    if m["fy"]:
        return True
    prev = word_before(text, start)
    pl = prev.lower()
    nxt, sep = word_after(text, end)
    gap = sep.strip()
    if _counted(text, end):
        return False
    if gap == "" and title_words_end_in(text, end, cues("plan_nouns")):
        return False
    if pl in cues("count_before") and gap == "" and nxt[:1].islower():
        return False
    if pl in _LABEL_BEFORE:
        return False
    if (
        prev
        and capitalised(prev)
        and not sentence_start(text, start)
        and text[max(0, start - 2) : start].strip() not in (",", "(", "-", "–")
        and pl not in cues("temporal_prep")
        and pl not in cues("structure_words")
        and not _POSSESSIVE.search(prev)
    ):
        return False  # "Windows 2000", "Vision 2030" at the end of a phrase
    # a year before 1600 needs its preposition ("in 1066"); "for" one is a count ("a home
    # for 1000 orphaned children")
    if int(m["y"]) < 1600 and (pl not in cues("temporal_prep") or pl == "for"):
        return False
    return not four_digit_clock(text, m.start("y"), m.end("y"))


def _accept_year_range(m: re.Match, text: str) -> bool:
    """'2009-2010', '1957-58': two years when the second comes after the first within a
    century, and the pair is not a count ("1500-2000 people") or a share."""
    y1, y2 = int(m["y1"]), second_year(m["y1"], m["y2"])
    if not 0 < y2 - y1 <= 100 or _counted(text, m.end()):
        return False
    return y1 >= 1600 or word_before(text, m.start()).lower() in cues("temporal_prep")


def _accept_spelled_year(m: re.Match, text: str) -> bool:
    """'nineteen ninety-six' is a year; 'two thousand' only when it is said to be one."""
    if spelled_year(m["sy"]) is None:
        return False
    if m["sy"].lower().startswith("two thousand"):
        nxt, sep = word_after(text, m.end())
        if not m["yr"] and (m["prep"] is None or (sep.strip() == "" and nxt[:1].islower())):
            return False
    return True


def _accept_decade(m: re.Match, text: str) -> bool:
    """'the 1990s', '1960s Britain' are decades; '1000s of miles' is a count. Decades
    since 1500 are what news speaks of; an earlier one needs "the" ("the 1230s"), and
    "the 1000s" is no decade anyone writes. "The sixties" needs its article."""
    if m["dw"] and not m.group().lower().startswith("the"):
        return False
    dec = m["dec"]
    if not dec:
        return True
    if _COUNT_OF.match(text, m.end()):
        return False
    if dec[:2] in ("15", "16", "17", "18", "19", "20"):
        return True
    return dec[:2] != "10" and m.group().lower().startswith("the")


def _year(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    return Resolved("DATE", m["y"], "absolute")


def _yearrange(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    """One year of "2009-2010" or "1957-58": which one, the span says."""
    y = int(m["y1"]) if start == m.start("y1") else second_year(m["y1"], m["y2"])
    return Resolved("DATE", f"{y:04d}", "absolute")


def _two_years(m: re.Match) -> tuple[tuple[int, int], ...]:
    return (m.span("y1"), m.span("y2"))


def _spelledyear(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    y = spelled_year(m["sy"])
    return Resolved("DATE", f"{y:04d}" if y else "XXXX", "absolute" if y else "unresolved")


def _decade(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    if m["dec"]:
        return Resolved("DATE", f"{int(m['dec']) // 10:03d}", "absolute")
    if m["dd"]:
        d = int(m["dd"])
        century = century_for(r, d)
        basis = "absolute" if century else "unresolved"
        return Resolved("DATE", f"{century // 10 + d // 10:03d}", basis)
    d = _DECADE_WORDS[m["dw"].lower()] * 10
    return Resolved("DATE", f"{(century_for(r, d) + d) // 10:03d}", "absolute")


def _century(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    n = ordinal(m["ord"])
    if n is None:
        n = ORDINALS.get(m["ord"].lower(), 20)
    return Resolved("DATE", f"{n - 1:02d}", "absolute")


_DCT = "2023-08-09"

# The spans of decades and centuries keep their article ("the 1950s", "the 20th
# century"), as TimeBank's gold does: on TempEval-3 train, strict F1 is 89.03 with the
# article and 88.81 without it.
RULES = (
    rule(
        "year",
        rf"(?:(?<=mid-)|(?<=pre-)|(?<=post-)|(?<![\w$£€#.,/-]))"
        rf"(?:(?P<fy>fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year)[\s-]*)?"
        rf"(?P<y>{YEAR})(?![\w%]|[.,]\d|-\d)",
        "<d>",
        _year,
        accept=_accept_year,
        modifier="position",
        examples=(
            Example("The treaty was signed in 1998.", None, "1998"),
            Example("Crossings rose sharply in early 2023.", None, "2023", "early 2023"),
        ),
    ),
    # "2009-2010", "1957-58", "2014/15": two years, tagged separately
    rule(
        "yearrange",
        rf"(?<![\w$£€#.,/-])(?P<y1>{YEAR})(?:-|–|/)(?P<y2>\d{{4}}|\d{{2}})(?![\w%/-]|[.,]\d)",
        "<d>",
        _yearrange,
        accept=_accept_year_range,
        split=_two_years,
        examples=(
            Example("Output fell in the 2009-2010 season.", None, "2009", "2009"),
            Example("Output fell in the 2009-2010 season.", None, "2010", "2010"),
            Example("Output fell in the 2014/15 season.", None, "2015", "15"),
        ),
    ),
    rule(
        "spelledyear",
        rf"(?<![\w])(?:(?P<yr>the\s+year\s+)|(?P<prep>(?<=\bin\s)|(?<=\bsince\s)|(?<=\buntil\s)"
        rf"|(?<=\bby\s)|(?<=\bof\s)))?(?P<sy>{SPELLED_YEAR}|two\s+thousand)(?![\w-])",
        "thousand nineteen eighteen",
        _spelledyear,
        accept=_accept_spelled_year,
        modifier="position",
        examples=(Example("The border was redrawn in nineteen ninety-six.", None, "1996"),),
    ),
    rule(
        "decade",
        r"(?<![\w])(?:the\s+)?(?:(?P<pos>early|mid|late)[-\s]?)?"
        r"(?:(?P<dec>1[0-9]\d0|20\d0)['’]?s|['’](?P<dd>\d0)['’]?s"
        r"|(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w])",
        "<d> twenties thirties forties fifties sixties seventies eighties nineties",
        _decade,
        accept=_accept_decade,
        modifier="position",
        examples=(
            Example("The port was built in the 1950s.", None, "195", "the 1950s"),
            Example("Trade boomed in the '90s.", _DCT, "199"),
        ),
    ),
    rule(
        "century",
        # "the third century BC" is not the third century: left untagged, not made AD
        rf"(?<![\w])(?:the\s+)?(?P<ord>{ORD})[-\s]+century(?![\w])"
        r"(?!\s*(?:BC|BCE|B\.C\.|B\.C\.E\.)(?![\w]))",
        "century",
        _century,
        modifier="position",
        examples=(
            Example("The fort dates from the 16th century.", None, "15", "the 16th century"),
            Example("A relic of the twentieth century.", None, "19"),
        ),
    ),
)
