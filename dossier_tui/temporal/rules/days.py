"""Days named relative to the reference date: weekdays ("last Tuesday", "Friday
night"), "today", "yesterday", "tomorrow", "tonight", "this morning"."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from dossier_tui.temporal.candidate import Resolved
from dossier_tui.temporal.context import capitalised, word_after
from dossier_tui.temporal.lexicon import PARTS_OF_DAY, WEEKDAYS
from dossier_tui.temporal.patterns import POD, POD_WORDS, REL, WD, WEEKDAY_WORDS
from dossier_tui.temporal.rule import Example, rule
from dossier_tui.temporal.units import norm
from dossier_tui.word_tables import cues

if TYPE_CHECKING:
    from dossier_tui.temporal.resolve import Resolver

_EDGE = {"early": "START", "late": "END"}
_OFFSET = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def _weekday_date(r: Resolver, wd: int, rel: str, start: int, end: int) -> date | None:
    if rel in ("the previous", "the following"):  # relative to the day being discussed
        base = (
            r.anchor.as_date()
            if r.anchor is not None and r.anchor.grain in ("day", "time")
            else r.today
        )
        if base is None:
            return None
        if rel == "the previous":
            return base - timedelta(days=(base.weekday() - wd) % 7 or 7)
        return base + timedelta(days=(wd - base.weekday()) % 7 or 7)
    today = r.today
    if today is None:
        return None
    delta = wd - today.weekday()
    if rel in ("last", "past", "this past"):
        back = (today.weekday() - wd) % 7 or 7
        if rel == "last" and wd < today.weekday():
            back += 7  # "last Tuesday" said on Thursday: not this week's, the week before
        return today - timedelta(days=back)
    if rel in ("next", "coming", "this coming"):
        return today + timedelta(days=delta % 7 or 7)
    if delta == 0:
        return today
    t = r.tense(start, end)
    if t == "future" or (rel == "this" and t != "past"):
        return today + timedelta(days=delta % 7)
    return today - timedelta(days=(-delta) % 7)


def _weekday(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    wd = WEEKDAYS[m["wd"].lower()]
    rel = norm(m["rel"])
    mod = _EDGE.get(rel)
    d = _weekday_date(r, wd, "" if mod else rel, start, end)
    pod = PARTS_OF_DAY.get(norm(m["pod"])) if m["pod"] else None
    if d is None:
        value = f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else "")
        return Resolved("TIME" if pod else "DATE", value, "unresolved", mod)
    if pod:
        return Resolved("TIME", f"{d.isoformat()}T{pod}", "reference", mod)
    return Resolved("DATE", d.isoformat(), "reference", mod)


def _dayword(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    dw = norm(m["dw"])
    mod = _EDGE.get(norm(m["pre"]))
    pod = "NI" if dw == "tonight" else PARTS_OF_DAY.get(norm(m["pod"])) if m["pod"] else None
    kind = "TIME" if pod else "DATE"
    clock = f"T{pod}" if pod else ""
    if r.today is None:
        return Resolved(kind, "XXXX-XX-XX" + clock, "unresolved", mod)
    d = r.today + timedelta(days=_OFFSET[dw])
    return Resolved(kind, d.isoformat() + clock, "reference", mod)


def _podrel(r: Resolver, m: re.Match, start: int, end: int) -> Resolved | None:
    rel, pod = norm(m["rel"]), PARTS_OF_DAY[norm(m["pod"])]
    if r.today is None:
        return Resolved("TIME", f"XXXX-XX-XXT{pod}", "unresolved")
    d = r.today - timedelta(days=1) if rel == "last" else r.today
    return Resolved("TIME", f"{d.isoformat()}T{pod}", "reference")


def _accept_weekday(m: re.Match, text: str) -> bool:
    wd = m["wd"]
    return capitalised(wd) and not wd.endswith(".")


def _accept_dayword(m: re.Match, text: str) -> bool:
    if m["poss"] is not None and m["dw"].lower() == "today":
        nxt, _ = word_after(text, m.end() + 2)
        return nxt.lower() not in cues("generic_nouns")  # "today's world" is not a date
    return True


_DCT = "2023-08-09"  # a Wednesday

RULES = (
    rule(
        "weekday",
        rf"(?<![\w])(?:(?P<rel>{REL}|early|late|the\s+previous|the\s+following)\s+)?(?P<wd>{WD})"
        rf"(?:\s+(?P<pod>{POD}))?",
        WEEKDAY_WORDS,
        _weekday,
        accept=_accept_weekday,
        role="day",
        examples=(
            Example("The talks were suspended on Monday.", _DCT, "2023-08-07"),
            Example("Talks resume next Tuesday.", _DCT, "2023-08-15"),
            Example("Protesters gathered on Friday night.", _DCT, "2023-08-04TNI"),
        ),
    ),
    rule(
        "dayword",
        r"(?<![\w])(?:(?P<pre>early|late|earlier|later)\s+)?"
        r"(?P<dw>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
        r"|today|yesterday|tomorrow|tonight)"
        r"(?![\w])(?:(?P<poss>(?=['’]s\b))|\s+(?P<pod>morning|afternoon|evening|night)(?![\w]))?",
        "today yesterday tomorrow tonight",
        _dayword,
        accept=_accept_dayword,
        role="day",
        examples=(
            Example("The minister said yesterday that talks had failed.", _DCT, "2023-08-08"),
            Example("He will speak tomorrow morning.", _DCT, "2023-08-10TMO"),
        ),
    ),
    rule(
        "podrel",
        r"(?<![\w])(?:(?P<pre>early|late|earlier|later)\s+)?(?P<rel>this|last)"
        r"\s+(?P<pod>morning|afternoon|evening|night)(?![\w])",
        POD_WORDS,
        _podrel,
        examples=(Example("A boat capsized last night.", _DCT, "2023-08-08TNI"),),
    ),
)
