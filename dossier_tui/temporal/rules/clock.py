"""Clock times: "10:13 a.m.", "21:53", "1930 CDT", "noon", "eight o'clock"."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING

from dossier_tui.temporal.candidate import Resolved
from dossier_tui.temporal.context import word_after, word_before
from dossier_tui.temporal.lexicon import number
from dossier_tui.temporal.live_pages import live_stamps
from dossier_tui.temporal.patterns import DAY, HHMM, MON, POD_WORDS, TZ, WD, ZONE
from dossier_tui.temporal.rule import Example, rule
from dossier_tui.temporal.units import norm
from dossier_tui.word_tables import cues

if TYPE_CHECKING:
    from dossier_tui.temporal.resolve import Resolver

#: a clock time: "10:13 a.m.", "9pm", "21:53", "2153 GMT"
_CLOCK = (
    rf"(?:\d{{1,2}}(?:[:.][0-5]\d)?\s*(?i:[ap]\.m\.|[ap]m\b)|\d{{1,2}}:[0-5]\d(?!\d)"
    rf"|[0-2]\d[0-5]\d\s+(?:{ZONE}))"
)
#: a zone right after a four-digit number: "1930 CDT", "1653 local time", "1713 (GMT)"
_ZONE_AFTER = re.compile(rf"\s*\(?(?:{ZONE})(?![\w])", re.I)
#: a clock time just before, opening a parenthesis: "10:13 a.m. (1713 in Egypt)"
_CLOCK_BEFORE = re.compile(rf"{_CLOCK}(?:\s+(?:{ZONE}))?\s*,?\s*\(\s*$", re.I)
#: a clock time just after, in a parenthesis: "1653 (2153 GMT)", "0735 (3:35 a.m. EDT)"
_CLOCK_AFTER = re.compile(rf"\s*\(\s*{_CLOCK}", re.I)
#: a zone a few words on in the same clause: "at 1653 on Saturday, local time"
_ZONE_NEAR = re.compile(rf"[^.;:()\n]{{0,30}}?(?<![\w])(?:{ZONE})(?![\w])", re.I)
_HHMM = re.compile(HHMM)
#: a day of the year right after: "was 1040 on 25 June", "0730 on Monday"
_ON_DAY_AFTER = re.compile(
    rf"\s+on\s+(?:(?:the\s+)?{DAY}(?:\s+of)?\s+{MON}|{MON}\.?\s+{DAY}(?!\d)|{WD})", re.I
)
#: words before a year that a day may follow ("in 1066 on 14 October")
_YEAR_BEFORE = ("in", "of", "since", "from", "until", "till", "by", "before", "after")
#: "a.m." or "pm" right after four digits: "at 1209 a.m."
_HALF_AFTER = re.compile(r"\s?([ap])\.?m\b", re.I)
_MODS = {
    "about": "APPROX",
    "around": "APPROX",
    "at about": "APPROX",
    "shortly after": "AFTER",
    "just after": "AFTER",
    "shortly before": "BEFORE",
    "just before": "BEFORE",
}
_NAMED = {
    "noon": "12:00",
    "midday": "12:00",
    "midnight": "24:00",
    "midafternoon": "AF",
    "midmorning": "MO",
}
#: words before "21:53" that make it a score or a ratio
_SCORE_BEFORE = ("score", "scored", "won", "lost", "beat", "drew", "ratio")


def four_digit_clock(text: str, start: int, end: int) -> bool:
    """True when the four digits at ``start:end`` are a time of day, not a year: a time
    zone follows them ("1930 CDT"), a clock time stands beside them in a parenthesis
    ("10:13 a.m. (1713 in Egypt)", "1653 (2153 GMT)"), they follow "at" with a zone
    a few words on, or they follow "at" and no year before 1600 could be meant ("at
    1100"), or a day follows them that no such year would have ("was 1040 on 25
    June"), or they stamp an entry of a live page ("2259 The BBC's ...")."""
    if not _HHMM.fullmatch(text, start, end):
        return False
    if start in live_stamps(text):
        return True
    if _ZONE_AFTER.match(text, end) or _CLOCK_AFTER.match(text, end):
        return True
    if _CLOCK_BEFORE.search(text, max(0, start - 30), start):
        return True
    before = word_before(text, start).lower()
    # "the last dose was 1040 on 25 June": no year before 1600 is followed by its day
    early = int(text[start:end]) < 1600
    if early and before not in _YEAR_BEFORE and _ON_DAY_AFTER.match(text, end):
        return True
    if before != "at":
        return False
    # "a large aftershock at 1100": no year before 1600 is said to be "at", but a count is
    # ("at 1100 feet")
    if int(text[start:end]) < 1600 and word_after(text, end)[0].lower() not in cues("count_nouns"):
        return True
    return _ZONE_NEAR.match(text, end) is not None


def _hm(h: int, mi: int) -> str:
    return f"{h:02d}:{mi:02d}"


def _clock(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    h, mi = int(m["h"]), int(m["mi"] or 0)
    ap = m["ap"].lower().replace(".", "")
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    return r.time_of(_hm(h, mi), _MODS.get(norm(m["mod"])))


def _clock24(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    return r.time_of(_hm(int(m["h"]), int(m["mi"])), None)


def _hhmm(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    """'1930 CDT', 'at 1653 (2153 GMT)': a time of the day the text is about; with
    no day known at all, not worth a value (and never a year) unless a day is written
    beside it ("Monday 1000 GMT"). A live page's stamp is a time of the page's day."""
    back = live_stamps(r.text).get(start)
    if back is not None:  # an entry's stamp: a time of the page's day, whatever came before
        if r.today is None:
            return None
        day = (r.today - timedelta(days=back)).isoformat()
        return Resolved("TIME", f"{day}T{_hm(int(m['h']), int(m['mi']))}", "reference")
    if r.day is None and r.today is None and not r.beside_day:
        return None
    h = int(m["h"])
    half = _HALF_AFTER.match(r.text, m.end())
    if half:  # "at 1209 a.m.": the half of the day says the hour
        h = h % 12 + (12 if half[1].lower() == "p" else 0)
    return r.time_of(_hm(h, int(m["mi"])), None)


def _oclock(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    h = number(m["h"]) or 0
    if m["pod"] and m["pod"].lower() != "morning" and h < 12:
        h += 12  # "8 in the evening"
    return r.time_of(_hm(h % 24, 0), None)


def _noon(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    w = norm(m["w"]).replace("-", "").replace(" ", "")
    return r.time_of(_NAMED[w], "MID" if w.startswith("mid") and len(w) > 8 else None)


def _accept_hhmm(m: re.Match, text: str) -> bool:
    return bool(m["tz"] or m["ptz"]) or four_digit_clock(text, m.start(), m.end("mi"))


def _accept_clock24(m: re.Match, text: str) -> bool:
    return word_before(text, m.start()).lower() not in _SCORE_BEFORE


def _accept_noon(m: re.Match, text: str) -> bool:
    # "high noon" is the idiom (and the film) for a showdown, not twelve o'clock
    return word_before(text, m.start()).lower() != "high"


_DCT = "2023-08-09"

RULES = (
    rule(
        "clock",
        rf"(?<![\w.:])(?:(?P<mod>about|around|at\s+about|shortly\s+after|shortly\s+before"
        rf"|just\s+after|just\s+before)\s+)?"
        rf"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]\.?m\b|[ap]m(?![\w]))"
        rf"(?:\s+\(?(?P<tz>{TZ})\)?)?",
        "m am pm",
        _clock,
        role="time",
        examples=(
            Example("The boat was stopped at 4.53pm.", _DCT, "2023-08-09T16:53"),
            Example("Police arrived at about 10:35 a.m.", _DCT, "2023-08-09T10:35"),
        ),
    ),
    rule(
        "clock24",
        rf"(?<![\w.:,$£€])(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:%])"
        rf"(?:\s*(?P<hrs>h(?:ou)?rs?)|\s+\(?(?P<tz>{TZ})\)?)?",
        "<d>",
        _clock24,
        accept=_accept_clock24,
        role="time",
        examples=(Example("The ferry docked at 21:53 in Dover.", _DCT, "2023-08-09T21:53"),),
    ),
    # a time written as four digits, as wire copy does: "1930 CDT", "at 1653 (2153 GMT)".
    # Only a zone or a clock time beside it tells it from a year.
    rule(
        "hhmm",
        rf"(?<![\w.:,$£€#/-])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?![\w%]|[.,:]\d)"
        rf"(?:\s+(?P<tz>{ZONE})(?![\w])|\s*\((?P<ptz>{ZONE})\))?",
        "<d>",
        _hhmm,
        accept=_accept_hhmm,
        role="time",
        examples=(Example("The quake struck at 1930 GMT.", _DCT, "2023-08-09T19:30"),),
    ),
    rule(
        "noon",
        r"(?<![\w])(?P<w>noon|midnight|midday|mid[-\s]?afternoon|mid[-\s]?morning)(?![\w])",
        "noon midnight midday midafternoon midmorning afternoon morning",
        _noon,
        accept=_accept_noon,
        role="time",
        examples=(Example("The deadline passed at midnight.", _DCT, "2023-08-09T24:00"),),
    ),
    rule(
        "oclock",
        r"(?<![\w])(?P<h>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
        r"(?:\s+o['’]clock|\s+in\s+the\s+(?P<pod>morning|afternoon|evening|night))(?![\w])",
        "clock " + POD_WORDS,
        _oclock,
        role="time",
        examples=(Example("The meeting ended at eight in the evening.", _DCT, "2023-08-09T20:00"),),
    ),
)
