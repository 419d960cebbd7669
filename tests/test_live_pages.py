"""Live pages: the four digits that open each entry are the time it was posted, on the
page's own day, never a year; and they date no happening."""

from __future__ import annotations

from dossier_tui.build import build
from dossier_tui.temporal import tag
from dossier_tui.temporal.live_pages import live_stamps
from tests.helpers import write_corpus

DCT = "2010-01-15"

#: a live page, newest entry first, as a news site writes one
ENTRIES = [
    ("2305", "The newsroom is closing this page for the night."),
    ("2251", "The Red Cross says its first plane has landed with medical supplies."),
    ("2140", "Aid agencies say the roads out of the capital are blocked by rubble."),
    ("2012", "The foreign minister tells reporters the embassy staff are safe."),
    (
        "1758",
        "Development ministers will hold talks in Brussels on Monday to discuss the response.",
    ),
    ("1746", "The relief chief says he will launch an appeal for funds at 2100 GMT."),
    ("1622", "A rescue team from Iceland says it has pulled two people from a collapsed hotel."),
    ("1430", "Engineers say the port is badly damaged and cannot take large ships."),
    ("1105", "The prime minister says the death toll could pass several thousand."),
]


def page(entries=ENTRIES) -> str:
    lead = "As it happened: the earthquake, 15 January. Live coverage of the relief effort."
    return lead + " " + " ".join(f"{stamp} {text}" for stamp, text in entries)


def values(text: str, dct: str | None = DCT) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


def test_entry_stamps_are_times_of_the_pages_day():
    found = values(page())
    for stamp, _ in ENTRIES:
        assert found[stamp] == f"2010-01-15T{stamp[:2]}:{stamp[2:]}"
    assert not any(v in ("1758", "1746", "2012", "1430", "1105") for v in found.values())


def test_a_clock_time_in_an_entry_is_on_the_pages_day_and_a_weekday_ahead_is_ahead():
    found = values(page())
    assert found["2100 GMT"] == "2010-01-15T21:00"
    assert found["Monday"] == "2010-01-18"  # "will hold talks on Monday": the Monday to come


def test_entries_before_midnight_are_on_the_day_before():
    entries = [("0040", "Rescuers work on through the night."), ("0012", "A second quake is felt.")]
    entries += [(s, t) for s, t in ENTRIES if s in ("2305", "2251", "2140", "2012", "1758", "1622")]
    found = values(page(entries))
    assert found["0040"] == "2010-01-15T00:40"
    assert found["2305"] == "2010-01-14T23:05"
    assert found["1622"] == "2010-01-14T16:22"


def test_oldest_first_the_last_entry_is_on_the_pages_day():
    entries = list(reversed(ENTRIES))
    found = values(page(entries))
    assert found["1105"] == "2010-01-15T11:05" and found["2305"] == "2010-01-15T23:05"


def test_without_a_date_the_stamps_are_neither_times_nor_years():
    found = values(page(), None)
    assert not any(stamp in found for stamp, _ in ENTRIES)


def test_a_chronology_of_years_keeps_its_years():
    text = (
        "A short history. 1804 The colony declares its independence. 1915 Marines land and "
        "stay for nineteen years. 1934 The last troops leave. 1957 A new president is elected. "
        "2004 The president is forced from office."
    )
    assert live_stamps(text) == {}
    found = values(text)
    assert [found[y] for y in ("1804", "1915", "1934", "1957", "2004")] == [
        "1804",
        "1915",
        "1934",
        "1957",
        "2004",
    ]


def test_a_year_before_a_time_zone_is_a_time_of_that_day():
    text = "19 JANUARY, 1130 GMT, ON THE ROAD The convoy stops for fuel at a service station."
    assert values(text, "2010-01-20") == {"19 JANUARY, 1130 GMT": "2010-01-19T11:30"}


def test_a_full_stop_inside_a_quotation_ends_its_sentence_for_the_tense():
    quoted = (
        'She said: "We walked for hours through streets that had collapsed, we carried the '
        "injured to the clinic, we dug with our hands and we buried the dead where they had "
        'fallen, because nobody came to help us and nobody told us anything." '
    )
    found = values(quoted + "Ministers will hold talks in Brussels on Monday.")
    assert found["Monday"] == "2010-01-18"


def test_a_live_pages_stamps_date_no_event(tmp_path):
    sources = write_corpus(tmp_path, {"live": (DCT, page())})
    d = build(sources)
    dates = {e.date for e in d.events}
    assert not any(date and date[:4] in {s for s, _ in ENTRIES} for date in dates)
    # what the entries date themselves is dated so; the stamps alone give no minute
    by_passage = {v.passage.split(" ", 1)[1]: e for e in d.events for v in e.evidence}
    assert by_passage[ENTRIES[4][1]].date == "2010-01-18"
    assert by_passage[ENTRIES[5][1]].date == "2010-01-15T21:00"
    assert not any(e.date and e.date[11:] in ("22:51", "16:22", "11:05") for e in d.events)
    # and no headline opens on one
    assert d.events and not any(e.headline[:4].isdigit() for e in d.events)


def test_the_headline_of_an_undated_entry_leaves_its_stamp_out():
    from dossier_tui.events.headline import sentence_headline

    text = page()
    at, end = text.index("2251 "), text.index("2140 ")
    assert sentence_headline(text, (at, end)) == ENTRIES[1][1].rstrip(".")
    other = "1500 Engineers say the port is badly damaged."  # no live page: nothing is a stamp
    assert sentence_headline(other, (0, len(other))).startswith("1500 Engineers")
