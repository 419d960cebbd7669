"""The timeline filter reads dates as people write them: the headings say "August
2023", so "August 2023", "Aug 2023" and "aug" find that month's events."""

from __future__ import annotations

import pytest
from test_app import NARROW, main

from dossier_tui.app.app import DossierApp
from dossier_tui.index_db import TimelineFilter, index_dossier
from dossier_tui.index_db.query import Query, parse


@pytest.mark.parametrize(
    "text, dates, words",
    [
        ("August 2023", [("2023-08*", 31)], []),
        ("Aug 2023", [("2023-08*", 31)], []),
        ("aug", [("????-08*", 31)], []),
        ("sept.", [("????-09*", 31)], []),
        ("8 Aug 2023", [("2023-08-08*", 1)], []),
        ("Aug 8, 2023", [("2023-08-08*", 1)], []),
        ("8th August", [("????-08-08*", 1)], []),
        ("Tue 8 Aug 2023", [("2023-08-08*", 1)], []),  # a row's label, copied
        ("2023 August", [("2023-08*", 31)], []),
        ("autumn 2023", [("2023-FA*", 92)], []),
        ("Q3 2023", [("2023-Q3*", 92)], []),
        ("2023", [("2023*", 366)], []),
        ("2023-08", [("2023-08*", 31)], []),
        ("2023-w32", [("2023-W32*", 7)], []),
        ("Aug 2023 Sep 2023", [("2023-08*", 31), ("2023-09*", 31)], []),
        ("minister aug", [("????-08*", 31)], ["minister"]),
        ('"may"', [], ["may"]),  # quoted: the word, not the month
        ("tuesday", [], ["tuesday"]),  # a weekday alone dates nothing
        ("sun", [], ["sun"]),
        ("8 arrested", [], ["8", "arrested"]),  # a number with no month is text
        ("number 4242", [], ["number", "4242"]),
        ("1,076 boats", [], ["1,076", "boats"]),
    ],
)
def test_filter_text_is_read_as_dates_and_words(text, dates, words):
    assert parse(text) == Query(tuple(dates), tuple(words))


def _dates(ix, text):
    return [e.date for e in ix.filtered(TimelineFilter(text))]


def test_month_names_find_the_events_of_that_month(seeds):
    ix = index_dossier(seeds)
    august = _dates(ix, "2023-08")
    assert august and all(d.startswith("2023-08") or d.startswith("2023-W") for d in august)
    for text in ("August 2023", "Aug 2023", "aug", "AUGUST", "august 2023"):
        assert _dates(ix, text) == august, text
    day = _dates(ix, "8 Aug 2023")
    assert day and set(day) <= {"2023-08-08", "2023-08-08TNI"} and len(day) < len(august)
    assert _dates(ix, "Tue 8 Aug 2023") == day
    assert _dates(ix, "Jul") == list(_dates(ix, "2023-07"))
    assert _dates(ix, "autumn 2023") == ["2023-FA"]
    # either of two months
    assert sorted(_dates(ix, "Jul 2023 Aug 2023")) == sorted(_dates(ix, "2023-07") + august)
    # the year 2023 is not "in" December 2023, though it ends on its last day
    assert "2023" in _dates(ix, "2023") and _dates(ix, "December 2023") == []
    # a week is in its month, but not in its first day
    assert "2023-W32" in _dates(ix, "aug") and "2023-W32" not in _dates(ix, "7 Aug 2023")


def test_dates_and_words_together(seeds):
    ix = index_dossier(seeds)
    both = ix.filtered(TimelineFilter("jenrick aug"))
    words = {e.id for e in ix.filtered(TimelineFilter("jenrick"))}
    month = {e.id for e in ix.filtered(TimelineFilter("aug"))}
    assert both and {e.id for e in both} == words & month
    assert len(both) < len(words)


async def test_typing_a_month_in_the_filter_shows_that_month(seeds):
    app = DossierApp(seeds, "seeds")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        tl = main(app).timeline
        await pilot.press("slash", *"August 2023")
        await pilot.pause()
        await pilot.pause()
        assert tl.shown and {e.id for e in tl.shown} == {
            e.id for e in index_dossier(seeds).filtered(TimelineFilter("2023-08"))
        }
        assert "No events match" not in str(app.screen.query_one("#filter-note").render())
