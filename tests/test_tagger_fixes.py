"""The tagger on year ranges, anaphoric and discourse uses of time words, deadlines
ahead and decades: spans and values as TimeML writes them."""

from __future__ import annotations

import pytest

from dossier_tui.temporal import tag

DCT = "2023-10-10"


def spans(text: str, dct: str | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


# ---------------------------------------------------------------- year ranges
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "She chaired the council in 2009-2010 before moving abroad.",
            [("2009", "2009"), ("2010", "2010")],
        ),
        ("The club won the league in 1957-58.", [("1957", "1957"), ("58", "1958")]),
        ("Exports fell during the 2014/15 financial year.", [("2014", "2014"), ("15", "2015")]),
        ("The survey covered 1999-00 and found little change.", [("1999", "1999"), ("00", "2000")]),
        ("The war of 1939–1945 reshaped the continent.", [("1939", "1939"), ("1945", "1945")]),
    ],
)
def test_a_year_range_is_its_two_years(sentence, expected):
    assert spans(sentence) == [(text, "DATE", value) for text, value in expected]


def test_the_second_year_has_its_own_offsets():
    text = "He taught there in 1987-91."
    found = tag(text, DCT)
    assert [(text[t.start : t.end], t.value) for t in found] == [("1987", "1987"), ("91", "1991")]


def test_from_one_year_to_another_gives_both():
    assert spans("The programme ran from 2009 to 2011.") == [
        ("2009", "DATE", "2009"),
        ("2011", "DATE", "2011"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Each entry must be 1500-2000 words long.",
        "Between 2010-2020 people applied, the office said.",
        "The score was 2010-1995 on the old scale.",
        "The vote split 1999-00 percent, an error in the table said.",
    ],
)
def test_numbers_joined_by_a_dash_that_are_no_years(sentence):
    assert [
        t.value for t in tag(sentence, DCT) if t.text in ("1500", "2000", "2010", "2020", "1995")
    ] == []


def test_an_iso_date_is_not_a_year_range():
    assert spans("The notice is dated 2009-10-05.") == [("2009-10-05", "DATE", "2009-10-05")]


# ---------------------------------------------------------------- "at the time", "Now,"
def test_at_the_time_is_the_time_last_talked_of():
    text = (
        "The bridge opened on 12 March 2019. At the time, engineers called it a marvel. "
        "The mayor was, at the time, its fiercest critic."
    )
    assert spans(text) == [
        ("12 March 2019", "DATE", "2019-03-12"),
        ("the time", "DATE", "2019-03-12"),
        ("the time", "DATE", "2019-03-12"),
    ]


def test_at_the_time_at_a_sentence_end_refers_back():
    assert spans("Fares rose in 2016. Nobody complained at the time.")[-1] == (
        "the time",
        "DATE",
        "2016",
    )


def test_at_the_time_with_nothing_to_refer_to_is_not_tagged():
    assert spans("At the time, nobody knew what would follow.") == []


def test_at_the_time_looks_back_never_at_a_date_still_to_come():
    text = (
        "A hearing has been set for 28 September. The singer's doctor at the time, "
        "Dr Lee, has been charged."
    )
    assert [v for _, _, v in spans(text, "2010-08-01")] == ["2010-09-28"]
    until = "The vote is on 28 September. Talks go on until then."
    assert spans(until, "2010-08-01")[-1] == ("then", "DATE", "2010-09-28")  # it may look ahead


@pytest.mark.parametrize(
    "sentence",
    [
        "The factory closed in 1998. At the time of its closure it employed 400 people.",
        "The factory closed in 1998. At the time the owners were in talks with a buyer.",
        "The factory closed in 1998. At the time when it shut, wages were low.",
    ],
)
def test_at_the_time_of_something_or_a_clause_names_its_own_time(sentence):
    assert [t.text for t in tag(sentence, DCT)] == ["1998"]


def test_a_sentence_opening_now_with_a_comma_is_a_discourse_marker():
    assert spans("Now, the question is whether the money will arrive.") == []
    assert spans('"Now, let us be clear," the chairman said.') == []


def test_now_that_dates_something_stays_present_ref():
    assert spans("Now the ferry runs twice a day.")[0] == ("Now", "DATE", "PRESENT_REF")
    assert spans("The ferry is now run by the council.") == [("now", "DATE", "PRESENT_REF")]


# ---------------------------------------------------------------- deadlines ahead
@pytest.mark.parametrize(
    "sentence, month, value",
    [
        ("The plan must be agreed by September.", "September", "2024-09"),
        ("The trial will run through March.", "March", "2024-03"),
        ("Talks are expected to continue until June.", "June", "2024-06"),
        ("The board will decide no later than August.", "August", "2024-08"),
        ("The report will be published by October.", "October", "2023-10"),
        ("The plan was agreed by September.", "September", "2023-09"),
        ("The exhibition ran until June.", "June", "2023-06"),
    ],
)
def test_a_month_after_a_deadline_word_is_the_coming_one_in_a_future_clause(sentence, month, value):
    assert (month, "DATE", value) in spans(sentence)


def test_a_deadline_day_just_gone_stays_in_its_year():
    # said on 11 October: "by October 9" would be a deadline just missed, not next year's
    assert ("October 9", "DATE", "2023-10-09") in spans(
        "They said the firm would pay by October 9.", "2023-10-11"
    )


# ---------------------------------------------------------------- anchored shifts
def test_a_month_earlier_and_a_week_later_count_from_the_last_date():
    text = "The treaty was signed on 4 June 2022. A month earlier, envoys had met. A week later, it was ratified."
    assert spans(text) == [
        ("4 June 2022", "DATE", "2022-06-04"),
        ("A month earlier", "DATE", "2022-05"),
        ("A week later", "DATE", "2022-W23"),
    ]


# ---------------------------------------------------------------- decades and centuries
@pytest.mark.parametrize(
    "sentence, expected",
    [
        # TimeBank's gold takes the article into the span ("the 1990s", "the 20th century")
        # and writes a decade as its first three digits (TIMEX3 "199")
        ("Car ownership doubled in the 1950s.", ("the 1950s", "195")),
        ("She grew up in 1950s Glasgow.", ("1950s", "195")),
        ("Cities grew fast in the 20th century.", ("the 20th century", "19")),
        ("It is a fine 20th century building.", ("20th century", "19")),
        ("The chapel has 19th-century windows.", ("19th-century", "18")),
        ("Rents soared in the late 1980s.", ("the late 1980s", "198")),
    ],
)
def test_decades_and_centuries(sentence, expected):
    text, value = expected
    assert spans(sentence) == [(text, "DATE", value)]


def test_a_delay_points_ahead_even_in_the_past_tense():
    assert ("Thursday", "DATE", "2023-10-12") in spans(
        "The council postponed until Thursday its vote on the budget."
    )


def test_a_deadline_word_after_a_past_verb_looks_back():
    assert ("Thursday", "DATE", "2023-10-05") in spans(
        "The museum stayed shut until Thursday, officials said."
    )


# ---------------------------------------------------------------- day ranges
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The alert was raised on April 29 to 5 on the scale.", [("April 29", "2023-04-29")]),
        (
            "From March 30 to 2 April the border was shut.",
            [("March 30", "2023-03-30"), ("2 April", "2023-04-02")],
        ),
        (
            "Talks on April 24 and 25 ended in deadlock.",
            [("April 24", "2023-04-24"), ("25", "2023-04-25")],
        ),
    ],
)
def test_a_range_of_days_runs_forward(sentence, expected):
    assert [(t, v) for t, _, v in spans(sentence)] == expected


# ---------------------------------------------------------------- four digits after "at"
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "We felt a large aftershock at 1100 which lasted five minutes.",
            [("1100", "TIME", "2023-10-10T11:00")],
        ),
        ("The plane flew low at 1100 feet over the town.", []),
        ("The castle was built in 1100 by the king.", [("1100", "DATE", "1100")]),
        ("The charity runs a home for 1100 orphaned children.", []),
        (
            "The first message came at 1100 pm from the ship.",
            [("1100", "TIME", "2023-10-10T23:00")],
        ),
    ],
)
def test_four_digits_at_a_moment_no_year_could_be_are_a_time(sentence, expected):
    assert [s for s in spans(sentence) if s[0] == "1100"] == expected


def test_four_digits_before_their_day_are_a_time_of_it():
    text = "The last dose was given 1040 on 25 June, hours before he died."
    assert spans(text, "2009-08-01") == [("1040 on 25 June", "TIME", "2009-06-25T10:40")]
    # a year after "in" may be followed by its day; a count after "of" stays what it was
    assert spans("The Normans won in 1066 on 14 October.", "2009-08-01")[0] == (
        "1066",
        "DATE",
        "1066",
    )


@pytest.mark.parametrize(
    "sentence", ["It was taken in the third century BC by Ptolemy.", "A 6th century B.C. road."]
)
def test_a_century_before_christ_is_never_made_one_after(sentence):
    assert spans(sentence) == []
