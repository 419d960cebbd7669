"""Find temporal expressions: run the patterns, reject look-alikes, keep the best spans.

Look-alikes are the main source of false dates in news: counts ("1,486 nationals"),
names with years ("2025 Border Strategy"), the modal "may", ordinals ("1st batch").
``accept()`` holds the checks that tell them apart from real dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from dossier_tui.temporal.patterns import (
    KEYWORDS,
    POS_MOD_RE,
    POS_MODS,
    Q_MOD_RE,
    Q_MODS,
    RULES,
    ZONE,
)

_PRIORITY = {name: i for i, (name, _) in enumerate(RULES)}
# when two rules find the same span, these win regardless of list order
for _n in ("set", "per", "recentunits", "yearago", "period", "thequarter", "relunit", "ago"):
    _PRIORITY[_n] = -100 + _PRIORITY[_n]


@dataclass
class Candidate:
    start: int
    end: int
    rule: str
    match: re.Match
    mod: str | None = None
    #: for a clock time joined to its day ("9 a.m. Tuesday"): the day and the time
    parts: tuple[Candidate, Candidate] | None = None


_NEXT_WORD = re.compile(r"([^\w]*)([\w'’]+)")
_WORD_BEFORE = re.compile(r"([\w'’.]+)\W*$")
_WORD_AFTER = re.compile(r"^\W{0,2}?\s*([\w'’]+)")
_TEMPORAL_PREP = {
    "in",
    "since",
    "from",
    "by",
    "until",
    "till",
    "to",
    "through",
    "throughout",
    "during",
    "of",
    "for",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "the",
    "fiscal",
    "year",
    "between",
    "and",
    "or",
    "around",
    "about",
    "circa",
    "c.",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "end",
    "beginning",
    "start",
    "middle",
    "on",
    "at",
    "as",
    "within",
    "than",
    "into",
    "past",
    "next",
    "last",
    "this",
    "that",
    "every",
    "each",
    "was",
    "were",
    "is",
    "september",
    "october",
    "november",
    "december",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "season",
    "up",
    "calendar",
    "model",
    "vintage",
    "class",
    "election",
    "elections",
    "budget",
    "census",
    "fy",
}
_STRUCTURE_WORDS = {
    "in",
    "on",
    "at",
    "by",
    "since",
    "from",
    "the",
    "and",
    "or",
    "of",
    "for",
    "to",
    "a",
    "an",
    "as",
    "but",
    "then",
    "until",
    "after",
    "before",
    "during",
    "last",
    "this",
    "next",
    "early",
    "late",
    "mid",
    "that",
    "with",
    "when",
    "while",
    "through",
    "over",
    "about",
}
_MODAL_NEXT = {
    "be",
    "have",
    "not",
    "also",
    "well",
    "still",
    "never",
    "only",
    "we",
    "i",
    "you",
    "he",
    "she",
    "they",
    "it",
    "include",
    "need",
    "take",
    "become",
    "help",
    "face",
    "seem",
    "want",
    "see",
    "get",
    "make",
    "go",
    "come",
    "lead",
    "result",
}
_TIME_NEXT = {"bst", "gmt", "utc", "edt", "est", "pdt", "pst", "cdt", "cst", "am", "pm"}


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1) if m else ""


def _word_after(text: str, end: int) -> tuple[str, str]:
    """Next word after ``end`` and what separates it from the expression."""
    m = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    return (m.group(2), m.group(1)) if m else ("", "")


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start]
    return start == 0 or not before.strip() or before.rstrip()[-1:] in ".!?\"“‘'(\n:—-"


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def accept(rule: str, m: re.Match, text: str) -> bool:
    """False for spans that look like dates but are not."""
    start, end = m.span()
    if rule == "range":
        return _capitalised(m["mon"] or m["mon2"])
    if rule in ("mdy", "dmy", "my", "month"):
        mon = m["mon"]
        if not _capitalised(mon):
            return False
        if rule == "month":
            return _accept_month(m, text)
        if rule == "dmy" and not m["y"] and not m["wd"]:
            # "the 2 countries" never matches; "2 May" must not be a count of Mays
            return True
        return True
    if rule == "weekday":
        wd = m["wd"]
        return _capitalised(wd) and not wd.endswith(".")
    if rule == "year":
        return _accept_year(m, text)
    if rule == "yearrange":
        return _accept_year_range(m, text)
    if rule == "season":
        return _accept_season(m, text)
    if rule == "decade":
        if m["dw"] and not m.group().lower().startswith("the"):
            return False
        return not m["dec"] or _accept_decade(m, text)
    if (
        rule in ("relunit", "ago", "duration")
        and m["unit"][:1].isupper()
        and not m.group().isupper()
    ):
        return False  # "This Week", "60 Minutes": titles
    if rule == "duration":
        return _accept_duration(m, text)
    if rule == "dayword":
        if m["poss"] is not None and m["dw"].lower() == "today":
            nxt, _ = _word_after(text, m.end() + 2)
            return nxt.lower() not in _GENERIC_NOUNS  # "today's world" is not a date
        return True
    if rule == "spelledyear":
        return _accept_spelled_year(m, text)
    if rule == "set" and m["sw"]:
        return _accept_set_word(m, text)
    if rule == "bare":
        # "for years", "weeks of delays", "decades-long"; not "in years" or "the early hours"
        return (
            bool(m["adj"])
            or m["of"] is not None
            and _word_before(text, start).lower() not in ("early", "small", "late", "wee")
            or _word_before(text, start).lower()
            in ("for", "over", "within", "after", "lasting", "spanning")
        )
    if rule == "per":
        # "$5 a year", "20% per year": a rate, after an amount
        before = text[max(0, start - 12) : start].rstrip()
        return bool(before) and (
            before[-1].isdigit()
            or before[-1] == "%"
            or before.lower().endswith(("billion", "million", "pounds", "dollars", "percent"))
        )
    if rule == "holiday":
        return _capitalised(m["hol"])
    if rule == "ref":
        return _accept_ref(m, text)
    if rule == "qcode":
        return m.group()[:1] in "Q1234567890" or m.group()[:1].isdigit()
    if rule == "noon":
        # "high noon" is the idiom (and the film) for a showdown, not twelve o'clock
        return _word_before(text, start).lower() != "high"
    if rule == "hhmm":
        return bool(m["tz"] or m["ptz"]) or _four_digit_clock(text, start, m.end("mi"))
    if rule == "clock24":
        before = _word_before(text, start).lower()
        return before not in ("score", "scored", "won", "lost", "beat", "drew", "ratio")
    return True


def _accept_month(m: re.Match, text: str) -> bool:
    start, end = m.span()
    mon = m["mon"]
    if m["rel"]:
        return True
    nxt, sep = _word_after(text, end)
    prev = _word_before(text, start)
    # "Theresa May", "June Sarpong", "August Wilson": part of a name
    if (
        prev
        and _capitalised(prev)
        and not _sentence_start(text, start)
        and prev.lower() not in _STRUCTURE_WORDS
        and prev.lower().rstrip(".") not in ("mr", "mrs", "ms")
        and text[start - 2 : start].strip() not in (",", "(")
        and not re.fullmatch(r"[A-Z]{2,}", prev)
    ):
        if prev.lower() not in _TEMPORAL_PREP:
            return False
    if nxt and sep.strip() == "" and _capitalised(nxt) and nxt.lower() not in _TIME_NEXT:
        return False
    if mon.lower() == "may":
        if sep.strip() == "" and nxt.lower() in _MODAL_NEXT:
            return False
        if _sentence_start(text, start) and sep.strip() == "" and nxt[:1].islower():
            return prev.lower() in _TEMPORAL_PREP
    if (
        mon.lower() == "march"
        and sep.strip() == ""
        and nxt.lower() in ("on", "to", "through", "against", "past", "in", "for")
    ):
        return prev.lower() in _TEMPORAL_PREP and prev.lower() not in ("the", "a")
    return True


#: nouns that name a plan or document after a year: "the 2025 Border Strategy"
_PLAN_NOUNS = {
    "strategy",
    "plan",
    "vision",
    "agenda",
    "programme",
    "program",
    "framework",
    "roadmap",
    "initiative",
    "goals",
    "targets",
    "challenge",
    "project",
    "manifesto",
    "pledge",
    "commitment",
    "commitments",
    "report",
    "review",
    "white",
    "paper",
}
#: words that show a number is a count, not a year: "2000 people", "1500 troops"
_COUNT_NOUNS = {
    "people",
    "persons",
    "men",
    "women",
    "children",
    "troops",
    "soldiers",
    "police",
    "officers",
    "migrants",
    "refugees",
    "nationals",
    "units",
    "cars",
    "vehicles",
    "homes",
    "houses",
    "jobs",
    "workers",
    "employees",
    "feet",
    "foot",
    "metres",
    "meters",
    "miles",
    "km",
    "kilometres",
    "kilometers",
    "tonnes",
    "tons",
    "barrels",
    "votes",
    "seats",
    "shares",
    "pounds",
    "dollars",
    "euros",
    "yen",
    "acres",
    "hectares",
    "calories",
    "points",
    "cases",
    "deaths",
    "beds",
    "patients",
    "students",
    "pupils",
    "boats",
    "ships",
    "planes",
    "flights",
    "passengers",
    "dead",
    "injured",
    "killed",
    "percent",
    "per",
    "times",
    "members",
    "words",
    "pages",
    "rounds",
    "copies",
    "hours",
    "minutes",
    "days",
    "weeks",
    "months",
    "years",
    "items",
    "applications",
    "claims",
    "crossings",
    "arrivals",
}
_COUNT_BEFORE = {
    "about",
    "some",
    "nearly",
    "almost",
    "over",
    "than",
    "approximately",
    "roughly",
    "around",
    "least",
    "only",
    "just",
    "another",
    "additional",
    "extra",
}
_TITLE_WORD = re.compile(r"\s+([A-Z][\w'’-]*)")


def _accept_year(m: re.Match, text: str) -> bool:
    """A four-digit number is a year unless it is a count ("2000 people"), part of a
    name ("Windows 2000") or names a plan ("the 2025 Border Strategy")."""
    start, end = m.span()
    if m["fy"]:
        return True
    prev = _word_before(text, start)
    pl = prev.lower()
    nxt, sep = _word_after(text, end)
    gap = sep.strip()
    if gap == "" and nxt.lower() in _COUNT_NOUNS:
        return False
    if re.match(r"\s*(?:%|per\s*cent|percent)", text[end : end + 10]):
        return False
    if gap == "" and _names_a_plan(text, end):
        return False
    if pl in _COUNT_BEFORE and gap == "" and nxt[:1].islower():
        return False
    if pl in (
        "no.",
        "no",
        "number",
        "nos.",
        "route",
        "page",
        "room",
        "flight",
        "rule",
        "article",
        "section",
        "code",
        "model",
        "version",
        "windows",
        "vision",
        "agenda",
    ):
        return False
    if (
        prev
        and _capitalised(prev)
        and not _sentence_start(text, start)
        and text[max(0, start - 2) : start].strip() not in (",", "(", "-", "–")
        and pl not in _TEMPORAL_PREP
        and pl not in _STRUCTURE_WORDS
        and not re.search(r"['’]s$", prev)
    ):
        return False  # "Windows 2000", "Vision 2030" at the end of a phrase
    y = int(m["y"])
    if y < 1600 and pl not in _TEMPORAL_PREP:
        return False
    return not _four_digit_clock(text, m.start("y"), m.end("y"))


def second_year(first: str, second: str) -> int:
    """The second year of a range: "58" after "1957" is 1958, "00" after "1999" is 2000."""
    y1, y2 = int(first), int(second)
    if len(second) == 2:
        y2 += y1 // 100 * 100
        if y2 <= y1:
            y2 += 100
    return y2


def _accept_year_range(m: re.Match, text: str) -> bool:
    """'2009-2010', '1957-58': two years when the second comes after the first within a
    century, and the pair is not a count ("1500-2000 people") or a share."""
    y1, y2 = int(m["y1"]), second_year(m["y1"], m["y2"])
    if not 0 < y2 - y1 <= 100:
        return False
    nxt, sep = _word_after(text, m.end())
    if sep.strip() == "" and nxt.lower() in _COUNT_NOUNS:
        return False
    if re.match(r"\s*(?:%|per\s*cent|percent)", text[m.end() : m.end() + 10]):
        return False
    return y1 >= 1600 or _word_before(text, m.start()).lower() in _TEMPORAL_PREP


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
_HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")


def _four_digit_clock(text: str, start: int, end: int) -> bool:
    """True when the four digits at ``start:end`` are a time of day, not a year: a time
    zone follows them ("1930 CDT"), a clock time stands beside them in a parenthesis
    ("10:13 a.m. (1713 in Egypt)", "1653 (2153 GMT)"), or they follow "at" with a zone
    a few words on."""
    if not _HHMM.fullmatch(text, start, end):
        return False
    if _ZONE_AFTER.match(text, end) or _CLOCK_AFTER.match(text, end):
        return True
    if _CLOCK_BEFORE.search(text, max(0, start - 30), start):
        return True
    return _word_before(text, start).lower() == "at" and _ZONE_NEAR.match(text, end) is not None


#: "1000s of miles", "1500s of pages": a count in thousands or hundreds, not a decade
_COUNT_OF = re.compile(r"\s+of\s+[a-z][\w'’-]*s(?![\w])")


def _accept_decade(m: re.Match, text: str) -> bool:
    """'the 1990s', '1960s Britain' are decades; '1000s of miles' is a count. Decades
    since 1500 are what news speaks of; an earlier one needs "the" ("the 1230s"), and
    "the 1000s" is no decade anyone writes."""
    dec = m["dec"]
    if _COUNT_OF.match(text, m.end()):
        return False
    if dec[:2] in ("15", "16", "17", "18", "19", "20"):
        return True
    return dec[:2] != "10" and m.group().lower().startswith("the")


def _names_a_plan(text: str, end: int) -> bool:
    """True when Title-case words after ``end`` end in a plan noun ("Border Strategy")."""
    pos = end
    for _ in range(5):
        w = _TITLE_WORD.match(text, pos, min(len(text), pos + 40))
        if not w:
            return False
        if w.group(1).lower() in _PLAN_NOUNS:
            return True
        pos = w.end()
    return False


def _accept_season(m: re.Match, text: str) -> bool:
    start, end = m.span()
    if m["y"]:
        return True
    rel = (m["rel"] or "").lower()
    nxt, sep = _word_after(text, end)
    season = m["season"].lower()
    if rel == "the" or not rel:
        if sep.strip() == "" and nxt.lower() == "of":
            return False  # "the fall of Kabul"
        if sep.strip() == "" and nxt.lower() in (
            "season",
            "term",
            "session",
            "recess",
            "break",
            "holiday",
            "holidays",
            "months",
        ):
            return rel == "the" or True
    if rel:
        return True
    prev = _word_before(text, start).lower()
    if m["pos"]:
        return True
    if season in ("fall", "spring"):
        return prev in (
            "in",
            "during",
            "by",
            "until",
            "since",
            "through",
            "throughout",
            "over",
            "last",
            "this",
            "next",
            "early",
            "late",
            "mid",
        )
    return prev in (
        "in",
        "during",
        "by",
        "until",
        "since",
        "through",
        "throughout",
        "over",
        "for",
        "all",
        "each",
        "every",
        "before",
        "after",
        "till",
        "this",
        "last",
        "next",
    )


def _accept_duration(m: re.Match, text: str) -> bool:
    start, end = m.span()
    n = m["n"].lower()
    unit = m["unit"].lower()
    nxt, sep = _word_after(text, end)
    if unit in ("second",) and n in ("a", "an") and sep.strip() == "" and nxt[:1].isalpha():
        return False  # "a second referendum"
    if (
        unit.startswith("quarter")
        and sep.strip() == ""
        and nxt.lower() == "of"
        and n in ("a", "one", "three")
    ):
        return False  # "a quarter of the vote", "three quarters of voters": fractions
    if unit in ("second", "seconds") and n in ("one",) and sep.strip() == "" and nxt[:1].isalpha():
        return False
    return True


_GENERIC_NOUNS = {
    "world",
    "society",
    "youth",
    "children",
    "generation",
    "generations",
    "economy",
    "standards",
    "culture",
    "politics",
    "technology",
    "market",
    "markets",
    "young",
    "people",
    "america",
    "britain",
    "europe",
    "media",
    "kids",
    "students",
}
_FINANCIAL_NOUNS = {
    "dividend",
    "dividends",
    "earnings",
    "results",
    "report",
    "reports",
    "payment",
    "payments",
    "profit",
    "profits",
    "loss",
    "losses",
    "revenue",
    "sales",
    "rate",
}


def _accept_spelled_year(m: re.Match, text: str) -> bool:
    """'nineteen ninety-six' is a year; 'two thousand' only when it is said to be one."""
    from dossier_tui.temporal.lexicon import spelled_year

    if spelled_year(m["sy"]) is None:
        return False
    if m["sy"].lower().startswith("two thousand"):
        nxt, sep = _word_after(text, m.end())
        if not m["yr"] and (m["prep"] is None or (sep.strip() == "" and nxt[:1].islower())):
            return False
    return True


_ADVERBIAL_NEXT = {
    "and",
    "or",
    "but",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "since",
    "until",
    "with",
    "as",
    "than",
    "the",
    "a",
    "an",
    "basis",
}


def _accept_set_word(m: re.Match, text: str) -> bool:
    """'daily' as an adverb ("published daily") is a set; as an adjective before a noun
    ("a quarterly dividend", "the daily Ha'aretz") it is not a time."""
    w = m["sw"].lower()
    nxt, sep = _word_after(text, m.end())
    # "a quarterly dividend" labels a payment, it does not say when anything happens
    return not (w == "quarterly" and sep.strip() == "" and nxt.lower() in _FINANCIAL_NOUNS)


def _accept_ref(m: re.Match, text: str) -> bool:
    w = m["w"].lower()
    start, end = m.span()
    nxt, sep = _word_after(text, end)
    if w == "now" and _sentence_start(text, start) and sep.startswith(","):
        return False  # "Now, ..." opens a sentence; it does not date anything
    if (
        w == "current"
        and sep.strip() == ""
        and nxt.lower() in ("account", "accounts", "affairs", "events", "electric", "flows")
    ):
        return False
    if (
        "future" in w
        and sep.strip() == ""
        and nxt.lower() in ("contract", "contracts", "tense", "of")
    ):
        return False  # "the future of the alliance" is a fate, not a time
    return True


#: a line, cut after a sentence end (not after "Sept." or "a.m." before a number or name)
_SEGMENT_RE = re.compile(
    r"[^\n]{1,2000}?(?:(?<=[.!?;])(?<![ap]\.m\.)(?=\s+[A-Z\"“‘'(])|\n|$)|[^\n]{1,2000}"
)
_WORD_RE = re.compile(r"[a-z]+|\d")


def _segments(text: str, lo: int, hi: int):
    """Stretches of text no expression crosses: lines, cut at sentence ends when long."""
    for m in _SEGMENT_RE.finditer(text, lo, hi):
        if m.end() > m.start():
            yield m.start(), m.end()


def find(
    text: str,
    spans: list[tuple[int, int]] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> list[Candidate]:
    """All accepted candidates in ``text`` (or within ``spans`` of it), best first
    resolved: non-overlapping, in text order.

    Each rule runs only over segments that hold one of its keywords, which keeps the
    tagger fast on long texts: most sentences have no date at all. A match whose checks
    fail with an error is left out and reported to ``on_error``."""
    regions = spans if spans is not None else [(0, len(text))]
    cands: list[Candidate] = []
    for lo, hi in regions:
        for s_lo, s_hi in _segments(text, lo, hi):
            words = set(_WORD_RE.findall(text[s_lo:s_hi].lower()))
            if any(w.isdigit() for w in words):
                words.add("<d>")
            for name, rx in RULES:
                if KEYWORDS[name].isdisjoint(words):
                    continue
                for m in rx.finditer(text, s_lo, s_hi):
                    try:
                        if m.end() > m.start() and accept(name, m, text):
                            cands.extend(_split(name, m))
                    except Exception as e:
                        _report(on_error, m.group(), m.start(), e)
    cands.sort(key=lambda c: (-(c.end - c.start), _PRIORITY[c.rule], c.start))
    taken: list[Candidate] = []
    occupied: list[tuple[int, int]] = []
    import bisect

    for c in cands:
        i = bisect.bisect_left(occupied, (c.start, c.start))
        clash = (i > 0 and occupied[i - 1][1] > c.start) or (
            i < len(occupied) and occupied[i][0] < c.end
        )
        if not clash:
            occupied.insert(i, (c.start, c.end))
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    prev_end = 0
    kept = []
    for c in taken:
        try:
            _extend_with_modifier(text, c, prev_end)
        except Exception as e:
            _report(on_error, text[c.start : c.end], c.start, e)
            continue
        kept.append(c)
        prev_end = c.end
    return _join_times(text, kept)


def failure(phrase: str, start: int, error: BaseException) -> str:
    """The one-line report of an expression that could not be read."""
    if len(phrase) > 60:
        phrase = phrase[:57] + "..."
    return f"could not read {phrase!r} at {start} ({type(error).__name__}: {error}); skipped"


def _report(
    on_error: Callable[[str], None] | None, phrase: str, start: int, error: Exception
) -> None:
    if on_error is not None:
        on_error(failure(phrase, start, error))


def _split(rule: str, m: re.Match) -> list[Candidate]:
    """One candidate per match, but a range of days or years gives one per day or year."""
    if rule == "yearrange":  # "2009-2010": "2009" and "2010"
        return [
            Candidate(m.start("y1"), m.end("y1"), rule, m),
            Candidate(m.start("y2"), m.end("y2"), rule, m),
        ]
    if rule != "range":
        return [Candidate(m.start(), m.end(), rule, m)]
    if m["mon"]:  # "April 24 and 25, 1999": "April 24" and "25, 1999"
        return [
            Candidate(m.start(), m.end("d1"), rule, m),
            Candidate(m.start("d2"), m.end(), rule, m),
        ]
    return [Candidate(m.start(), m.end("e1"), rule, m), Candidate(m.start("e2"), m.end(), rule, m)]


_TIME_RULES = {"clock", "clock24", "hhmm", "noon", "oclock"}
_DAY_RULES = {"weekday", "dayword", "mdy", "dmy", "iso", "holiday"}
_TIME_THEN_DAY = re.compile(r"\s*(?:,\s*)?(?:on\s+)?")
_DAY_THEN_TIME = re.compile(r"\s*(?:,\s*)?(?:at\s+|from\s+)?")


def _is_day(c: Candidate) -> bool:
    if c.rule not in _DAY_RULES:
        return False
    gd = c.match.groupdict()
    return (
        not gd.get("pod")
        and not gd.get("h")
        and (c.rule != "dayword" or gd["dw"].lower() != "tonight")
    )


def _join_times(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Join a clock time to the day written next to it: '9 a.m. Tuesday',
    'noon Thursday', 'Friday at 10pm', '5 p.m. EST, Nov. 9'."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if nxt is not None:
            if c.rule in _TIME_RULES and _is_day(nxt):
                sep = _TIME_THEN_DAY.fullmatch(text, c.end, nxt.start)
                pair = (nxt, c)
            elif _is_day(c) and nxt.rule in _TIME_RULES:
                sep = _DAY_THEN_TIME.fullmatch(text, c.end, nxt.start)
                pair = (c, nxt)
            else:
                sep = None
            if sep:
                out.append(Candidate(c.start, nxt.end, "joined", c.match, c.mod or nxt.mod, pair))
                i += 2
                continue
        out.append(c)
        i += 1
    return out


_ADJECTIVAL = re.compile(r"-|\s")
_SPACE = re.compile(r"\s*")


def _extend_with_modifier(text: str, c: Candidate, floor: int) -> None:
    """Adjust a span to TimeML's conventions: take in a modifier written before the
    expression ("early 2023", "nearly two years ago") and leave out the article of an
    adjectival duration or quarter ("a 16-hour [shift]" -> "16-hour", "the
    third-quarter [loss]" -> "third-quarter"): it belongs to the noun that follows."""
    before = text[max(floor, c.start - 40) : c.start]
    if c.rule == "quarter" and c.match["det"] and "-" in text[c.match.start("ord") : c.match.end()]:
        c.start = _SPACE.match(text, c.match.end("det")).end()
    if c.rule == "duration":
        m = c.match
        unit = m["unit"]
        adjectival = (
            not unit.lower().endswith("s")
            and m["n"].lower() not in ("a", "an", "one")
            and not m["rel"]
        )
        if m["det"] and (adjectival or "-" in text[m.start("n") : m.end("unit")]):
            c.start = m.start("n")
        q = Q_MOD_RE.search(before)
        if q:
            c.mod = Q_MODS.get(re.sub(r"\s+", " ", q["q"].lower()))
        return
    if c.rule in ("ago", "halfunit"):
        q = Q_MOD_RE.search(before)
        if q:
            c.start -= len(before) - q.start()
            c.mod = Q_MODS.get(re.sub(r"\s+", " ", q["q"].lower()))
        return
    if c.rule in (
        "year",
        "my",
        "month",
        "decade",
        "season",
        "relunit",
        "mdy",
        "dmy",
        "quarter",
        "century",
        "endyear",
        "theunit",
        "weekend",
        "spelledyear",
    ) and c.match.group()[:4].lower() not in ("earl", "late", "mid-", "mid "):
        m = POS_MOD_RE.search(before)
        if m:
            c.start -= len(before) - m.start()
            word = (
                m["pos"]
                or re.search(r"(end|beginning|start|middle|close|turn)", m["of"].lower()).group(1)
            ).lower()
            c.mod = POS_MODS.get(word)
