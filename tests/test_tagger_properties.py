"""The tagger on text it has never seen: it always returns, its spans are the text's own,
and every calendar value it gives is one the calendar can hold.

``tag()`` has a safety net that skips an expression that fails; these tests watch the
net through ``on_error`` and fail when anything falls into it, so a real bug shows.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_tui.temporal import tag
from dossier_tui.temporal.values import time_value

_UNITS = [
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "weekend",
    "fortnight",
    "month",
    "quarter",
    "season",
    "year",
    "decade",
    "century",
    "millennium",
]
_PLURALS = [
    "seconds",
    "minutes",
    "hours",
    "days",
    "nights",
    "weeks",
    "weekends",
    "fortnights",
    "months",
    "quarters",
    "seasons",
    "years",
    "decades",
    "centuries",
    "millennia",
    "millenniums",
]
_WORDS = [
    "January",
    "Feb.",
    "March",
    "May",
    "June",
    "Sept.",
    "December",
    "Monday",
    "Tue.",
    "Friday",
    "Sunday",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "morning",
    "afternoon",
    "night",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "now",
    "recently",
    "ago",
    "later",
    "earlier",
    "before",
    "after",
    "last",
    "next",
    "this",
    "past",
    "coming",
    "previous",
    "the following",
    "the same",
    "that",
    "the",
    "a",
    "an",
    "one",
    "two",
    "three",
    "twelve",
    "twenty-five",
    "a few",
    "several",
    "dozens of",
    "half",
    "and a half",
    "early",
    "late",
    "mid",
    "the end of",
    "every",
    "each",
    "daily",
    "annually",
    "fiscal",
    "first",
    "second",
    "third",
    "final",
    "Q3",
    "H2",
    "a.m.",
    "p.m.",
    "pm",
    "am",
    "noon",
    "midnight",
    "o'clock",
    "GMT",
    "UTC",
    "BST",
    "EDT",
    "CDT",
    "EST",
    "local time",
    "hours",
    "hrs",
    "at",
    "in",
    "on",
    "since",
    "until",
    "by",
    "for",
    "about",
    "nearly",
    "more than",
    "of",
    "to",
    "and",
    "Christmas",
    "Easter",
    "New Year's Eve",
    "Thanksgiving",
    "period",
    "then",
    "year-earlier",
    "year-ago",
    "'90s",
    "nineteen ninety-four",
    "two thousand and three",
    "twenties",
    "20th",
    "century",
]
_PUNCT = [" ", " ", " ", ", ", ". ", " (", ") ", "-", "–", "/", ":", "'s ", "\n", "; ", '"']


def _number():
    return st.one_of(
        st.integers(0, 99999).map(str),
        st.integers(1000, 2999).map(str),
        st.integers(0, 9999).map(lambda n: f"{n:04d}"),
        st.integers(1, 9999).map(lambda n: f"{n}s"),
        st.integers(0, 99).map(lambda n: f"{n}th"),
        st.integers(0, 99).map(lambda n: f"'{n:02d}s"),
    )


def _clock():
    return st.one_of(
        st.tuples(st.integers(0, 29), st.integers(0, 69)).map(lambda t: f"{t[0]}:{t[1]:02d}"),
        st.tuples(st.integers(0, 13), st.sampled_from(["a.m.", "pm", " p.m.", "am"])).map(
            lambda t: f"{t[0]}{t[1]}"
        ),
        st.tuples(st.integers(1000, 9999), st.integers(1, 12), st.integers(0, 32)).map(
            lambda t: f"{t[0]}-{t[1]:02d}-{t[2]:02d}"
        ),
        st.tuples(st.integers(0, 13), st.integers(0, 32), st.integers(0, 99)).map(
            lambda t: f"{t[0]}/{t[1]}/{t[2]}"
        ),
    )


_REL = [
    "last",
    "next",
    "this",
    "the following",
    "the previous",
    "the past",
    "the coming",
    "early",
    "late",
    "the end of",
    "every",
    "since",
    "until",
    "at",
    "about",
]
_HEAD = [
    "Monday",
    "Friday",
    "May",
    "December",
    "Christmas",
    "Easter",
    "Thanksgiving",
    "New Year's Day",
    "Election Day",
    "spring",
    "winter",
    "week",
    "weekend",
    "fortnight",
    "month",
    "quarter",
    "year",
    "decade",
    "century",
    "millennium",
    "morning",
    "night",
    "first quarter",
    "second half",
    "'90s",
    "1990s",
    "1000s",
    "20th century",
    "period",
]
_COUNT = ["a", "an", "one", "two", "three", "ten", "a few", "several", "99", "1,000", "12"]
_DIR = [
    "ago",
    "later",
    "earlier",
    "from now",
    "before",
    "after",
    "last year",
    "of 2023",
    "GMT",
    "local time",
    "(2153 GMT)",
    "a.m.",
    "2009",
]


@st.composite
def _phrase(draw) -> str:
    """A temporal phrase as news writes them: '[rel] [count] head [direction]'."""
    words = []
    if draw(st.booleans()):
        words.append(draw(st.sampled_from(_REL)))
    if draw(st.booleans()):
        words.append(draw(st.sampled_from(_COUNT)))
    words.append(draw(st.one_of(st.sampled_from(_HEAD), st.sampled_from(_PLURALS), _number())))
    if draw(st.booleans()):
        words.append(draw(st.sampled_from(_DIR)))
    return " ".join(words)


_TOKEN = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_UNITS),
    st.sampled_from(_PLURALS),
    _number(),
    _clock(),
    _phrase(),
    _phrase(),
)


@st.composite
def _news_like(draw) -> str:
    tokens = draw(st.lists(_TOKEN, min_size=1, max_size=14))
    out = []
    for tok in tokens:
        out.append(tok)
        out.append(draw(st.sampled_from(_PUNCT)))
    text = "".join(out)
    return text.capitalize() if draw(st.booleans()) else text


_DCTS = st.one_of(
    st.sampled_from(
        [
            None,
            "0001-01-01",
            "9999-12-31",
            "0001-01-01T00:00",
            "9999-12-31T23:59",
            "2011-02-05",
            "2023-08-09T06:01",
            "9999",
            "0001",
            "9999-W52",
            "0001-Q1",
        ]
    ),
    st.dates().map(lambda d: d.isoformat()),
)

#: a calendar value: it states a year (or decade, century) in digits
_CALENDAR = re.compile(r"^\d{2,4}(?:$|-)")


def _check(text: str, dct: str | None) -> None:
    errors: list[str] = []
    found = tag(text, dct, on_error=errors.append)
    assert errors == []
    for t in found:
        assert t.text == text[t.start : t.end]
        assert 0 <= t.start < t.end <= len(text)
        tv = time_value(t.value)
        if _CALENDAR.match(t.value) and "X" not in t.value and t.type in ("DATE", "TIME"):
            assert tv.first is not None and tv.last is not None, t


_FAST = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FAST
@given(text=_news_like(), dct=_DCTS)
def test_date_like_text(text, dct):
    _check(text, dct)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=200), dct=_DCTS)
def test_arbitrary_text(text, dct):
    _check(text, dct)
