"""TIMEX3 value arithmetic: intervals and shifts keep their meaning and precision."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier_tui.temporal import values as V
from dossier_tui.temporal.values import time_value


@pytest.mark.parametrize(
    "value, first, last",
    [
        ("2023", date(2023, 1, 1), date(2023, 12, 31)),
        ("2023-07", date(2023, 7, 1), date(2023, 7, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2023-08-08", date(2023, 8, 8), date(2023, 8, 8)),
        ("2023-08-08TNI", date(2023, 8, 8), date(2023, 8, 8)),
        ("2023-08-09T06:01", date(2023, 8, 9), date(2023, 8, 9)),
        ("2023-W32", date(2023, 8, 7), date(2023, 8, 13)),
        ("2023-W31-WE", date(2023, 8, 5), date(2023, 8, 6)),
        ("2023-Q1", date(2023, 1, 1), date(2023, 3, 31)),
        ("2023-H2", date(2023, 7, 1), date(2023, 12, 31)),
        ("2023-FA", date(2023, 9, 1), date(2023, 11, 30)),
        ("2023-WI", date(2023, 12, 1), date(2024, 2, 29)),
        ("199", date(1990, 1, 1), date(1999, 12, 31)),
        ("19", date(1900, 1, 1), date(1999, 12, 31)),
    ],
)
def test_intervals(value, first, last):
    tv = time_value(value)
    assert (tv.first, tv.last) == (first, last)


@pytest.mark.parametrize(
    "value", ["P3D", "PXW", "PRESENT_REF", "PAST_REF", "XXXX-WXX-2", "XXXX-07"]
)
def test_non_calendar_values_have_no_interval(value):
    assert time_value(value).first is None


@pytest.mark.parametrize(
    "value, n, unit, expected",
    [
        ("2023-08", -1, None, "2023-07"),
        ("2023-01", -1, None, "2022-12"),
        ("2023-Q1", -1, "year", "2022-Q1"),
        ("2023-Q1", -1, None, "2022-Q4"),
        ("2023-FA", 1, None, "2023-WI"),
        ("2023-WI", 1, None, "2024-SP"),
        ("2023-W01", -1, None, "2022-W52"),
        ("2023-08-31", 1, None, "2023-09-01"),
        ("2024-02-29", -1, "year", "2023-02-28"),
        ("2023-H1", 1, None, "2023-H2"),
    ],
)
def test_shift_keeps_grain(value, n, unit, expected):
    assert V.shift(V.parse(value), n, unit).value() == expected


@given(
    st.dates(min_value=date(1900, 1, 8), max_value=date(2100, 12, 20)),
    st.sampled_from(["day", "week", "month", "quarter", "year", "season", "half"]),
    st.integers(-30, 30),
)
def test_shift_there_and_back(d, grain, n):
    c = V.coarsen(V.day(d), grain)
    assert V.shift(V.shift(c, n), -n) == c


@given(
    st.dates(min_value=date(1900, 1, 8), max_value=date(2100, 12, 20)),
    st.sampled_from(["week", "month", "quarter", "year", "season", "half", "decade", "century"]),
)
def test_a_day_lies_in_each_value_that_contains_it(d, grain):
    c = V.coarsen(V.day(d), grain)
    first, last = V.interval(c)
    assert first <= d <= last
    assert V.parse(c.value()) == c
