"""The publication date an article states about itself: its dateline.

A dateline is a line near the top that is essentially a date ("9 August 2023, 06:01",
"August 9, 2023 at 7:03 pm", "date 2023-08-09 ..."), not a date inside a sentence
(a photo caption's "on July 18, 2023" says when the photo was taken). Only the top of
the article is searched, and a date without a year is never a dateline.
"""

from __future__ import annotations

import datetime as _dt
import re

from dossier_tui.calendar_words import ISO_DATE, MONTHS, WEEKDAYS

_MONTHS = {name.rstrip("."): n for name, n in MONTHS.items()}
_MON = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAYS = sorted({w.rstrip(".") for w in WEEKDAYS}, key=lambda w: (-len(w), w))
_WD = r"(?:(?:" + "|".join(_WEEKDAYS) + r")\.?,?\s+)?"
_TIME = (
    r"(?:(?:,|\s+at|\s+-|\s*\|)?\s*(?P<h>\d{1,2})[:.](?P<mi>[0-5]\d)(?::[0-5]\d)?(?:\s*(?P<ap>[ap]\.?m\.?))?"
    r"|(?:,|\s+at)?\s+(?P<h2>\d{1,2})\s*(?P<ap2>[ap]\.?m\.?))"
)
_TZ = r"(?:[ \t]+\(?(?-i:[A-Z]{1,3}T|GMT|UTC|BST|CET|CEST|EEST|Z)\)?)?"
_DMY = rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON},?\s+(?P<y>\d{{4}})"
_MDY = rf"{_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})"
_ISO = ISO_DATE + r"(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?"
_PREFIX = (
    r"(?P<pre>date|dated|published|updated|posted|first\s+published|last\s+updated|last\s+modified)"
    r"\s*:?\s*(?:on\s+)?"
)
_FORMS = [
    re.compile(rx.replace(r"\s", r"[ \t]"), re.I)
    for rx in (rf"{_WD}{_DMY}(?:{_TIME})?{_TZ}", rf"{_WD}{_MDY}(?:{_TIME})?{_TZ}", _ISO)
]
_PREFIX_RE = re.compile(_PREFIX.replace(r"\s", r"[ \t]"), re.I)
#: what may follow a dateline on its line: nothing, separators, an "Updated ..." note
_TAIL_RE = re.compile(r"[ \t]*(?:[|·•–—-][ \t]*(?:updated\b.*)?|updated\b.*)?[ \t\r]*$", re.I)
_LINE_RE = re.compile(r"[^\r\n]*")

MAX_LINES = 15
MAX_CHARS = 2000


def _value(m: re.Match) -> str | None:
    g = m.groupdict()
    y, d = int(g["y"]), int(g["d"])
    mon = int(g["m"]) if g.get("m") else _MONTHS[g["mon"].lower()]
    try:
        _dt.date(y, mon, d)
    except ValueError:
        return None
    value = f"{y:04d}-{mon:02d}-{d:02d}"
    h, mi, ap = g.get("h"), g.get("mi"), g.get("ap")
    if g.get("h2"):
        h, mi, ap = g["h2"], "00", g["ap2"]
    if h is None:
        return value
    hour = int(h)
    if ap:
        ap = ap.lower()[0]
        if not 1 <= hour <= 12:
            return value
        hour = hour % 12 + (12 if ap == "p" else 0)
    if hour > 23:
        return value
    return f"{value}T{hour:02d}:{int(mi):02d}"


def match_date(text: str, pos: int) -> re.Match | None:
    """The longest dateline-style date starting exactly at ``pos``."""
    best = None
    for rx in _FORMS:
        m = rx.match(text, pos)
        if m and (best is None or m.end() > best.end()):
            best = m
    return best


def find_dateline(text: str, start: int = 0) -> tuple[str, tuple[int, int]] | None:
    """(TIMEX3 value, span of the dateline) from the top of ``text[start:]``, or None."""
    lines = 0
    for lm in _LINE_RE.finditer(text, start, min(len(text), start + MAX_CHARS)):
        line = lm.group()
        if not line.strip():
            continue
        lines += 1
        if lines > MAX_LINES:
            break
        pos = lm.start() + len(line) - len(line.lstrip())
        pre = _PREFIX_RE.match(text, pos, lm.end())
        dpos = pre.end() if pre else pos
        m = match_date(text, dpos)
        if not m or m.end() > lm.end():
            continue
        tail_ok = _TAIL_RE.fullmatch(text, m.end(), lm.end()) is not None
        # "date 2023-08-09 The UK and ..." : a labelled date may share its line with text
        if not tail_ok and not (pre and re.match(r"\s", text[m.end() : m.end() + 1] or "x")):
            continue
        value = _value(m)
        if value:
            return value, (pos, m.end())
    return None


def parse_date_string(s: str) -> str | None:
    """A publication date written in words ("Wed 9 Aug 2023 07.03 BST"), as a TIMEX3
    value. The string is already isolated; nothing is searched, nothing is filled in
    from today's date (a string without day, month and year gives None)."""
    s = s.strip()
    pre = _PREFIX_RE.match(s)
    body = s[pre.end() :] if pre else s
    m = match_date(body, 0)
    if m and _TAIL_RE.fullmatch(body, m.end()):
        return _value(m)
    import dateparser  # only here: it is slow to import and needed only for odd formats

    parsed = dateparser.parse(
        body,
        languages=["en"],
        settings={
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PARSERS": ["custom-formats", "absolute-time"],
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PREFER_DAY_OF_MONTH": "first",
        },
    )
    if parsed is None:
        return None
    if re.search(r"\d[:.]\d\d|\d\s*[ap]\.?m\b", body, re.I):
        return parsed.strftime("%Y-%m-%dT%H:%M")
    return parsed.strftime("%Y-%m-%d")
