"""The temporal tagger on real sentences: spans, types and values."""

from __future__ import annotations

import pytest

from dossier_tui.temporal import tag


def values(text: str, dct: str | None = "2023-08-09") -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


def typed(text: str, dct: str | None = "2023-08-09") -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag(text, dct)}


def one(text: str, dct: str | None = "2023-08-09"):
    found = tag(text, dct)
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------- the seeds' expressions
@pytest.mark.parametrize(
    "sentence, phrase, value",
    [
        ("The deal comes after Mr Jenrick's visit to Turkey last month.", "last month", "2023-07"),
        (
            "On Tuesday night the government announced the establishment of a centre.",
            "Tuesday night",
            "2023-08-08TNI",
        ),
        (
            "On Monday, after weeks of delays, only 15 people seeking asylum boarded the barge.",
            "Monday",
            "2023-08-07",
        ),
        (
            "It comes as the first set of migrants boarded the Bibby Stockholm barge this week.",
            "this week",
            "2023-W32",
        ),
        (
            "The deal will be discussed at the meeting, scheduled for the autumn in London.",
            "the autumn",
            "2023-FA",
        ),
        (
            "a 90% drop in Albanian small boat arrivals in the first quarter of 2023",
            "the first quarter of 2023",
            "2023-Q1",
        ),
        (
            "Last year Turkey said it turned back 238,448 migrants at its eastern border.",
            "Last year",
            "2022",
        ),
        (
            "partly due to a devastating earthquake in February that left people homeless",
            "February",
            "2023-02",
        ),
        ("the British Government announced its support last night", "last night", "2023-08-08TNI"),
        (
            "Jenrick, who visited Turkiye last month and spoke to GB News yesterday",
            "yesterday",
            "2023-08-08",
        ),
        (
            "the next UK-Türkiye Migration Dialogue meeting taking place this autumn in London",
            "this autumn",
            "2023-FA",
        ),
    ],
)
def test_seed_expressions(sentence, phrase, value):
    assert values(sentence)[phrase] == value


def test_same_period_last_year_and_the_year_before():
    text = (
        "a 90% drop in arrivals in the first quarter of 2023, compared to the same period last year, "
        "and a 40% increase in attempts prevented by the French last year, compared to the year before."
    )
    v = values(text)
    assert v["the same period last year"] == "2022-Q1"
    assert v["last year"] == "2022"
    assert v["the year before"] == "2021"


def test_previous_year_is_relative_to_the_date_in_the_text():
    text = (
        "An investigation revealed in June that the Home Office provided more than £3m in "
        "funding to Turkish border forces in the previous year."
    )
    v = values(text)
    assert v["June"] == "2023-06"
    assert v["the previous year"] == "2022"


@pytest.mark.parametrize(
    "text",
    [
        "According to Home Office figures, 1,486 Turkish nationals have crossed the Channel.",
        "In 2022 the UK returned 191 Turkish nationals, while 1,076 arrived by small boats.",
        "which have resulted in a 90% drop in Albanian small boat arrivals",
        "READ: 1st batch of migrants in UK moved to Bibby Stockholm barge, more expected",
        "We will be intensively sharing intelligence, people and technology.",
        "a returns deal with Turkey may be on the horizon",
        "The department's 2025 Border Strategy states that one of its key priorities is clear.",
        "The 2 countries are also bolstering their resources.",
        "the returns agreements between EU countries and 24 other nations",
    ],
)
def test_no_false_dates(text):
    bad = [
        t
        for t in tag(text, "2023-08-09")
        if t.type in ("DATE", "TIME") and t.text not in ("2022", "In 2022")
    ]
    assert bad == []


# ---------------------------------------------------------------- absolute dates
@pytest.mark.parametrize(
    "phrase, value",
    [
        ("9 August 2023", "2023-08-09"),
        ("August 9, 2023", "2023-08-09"),
        ("Aug. 7, 1998", "1998-08-07"),
        ("the 18th of July 2023", "2023-07-18"),
        ("2023-08-09", "2023-08-09"),
        ("July 1997", "1997-07"),
        ("Monday, Oct. 26, 1998", "1998-10-26"),
        ("the 1990s", "199"),
        ("the 20th century", "19"),
        ("the winter of 1994", "1994-WI"),
        ("Q3 2023", "2023-Q3"),
        ("the second half of 2022", "2022-H2"),
        ("fiscal 1989", "1989"),
    ],
)
def test_absolute(phrase, value):
    t = one(f"It happened in {phrase} and nobody forgot.", "2023-08-09")
    assert (t.text, t.value) == (phrase, value)


def test_times_join_their_day():
    t = one("Relatives have until 9 a.m. Tuesday to sign the paper.", "2000-04-03")
    assert (t.text, t.type, t.value) == ("9 a.m. Tuesday", "TIME", "2000-04-04T09:00")


# ---------------------------------------------------------------- relative dates and tense
def test_weekday_follows_tense():
    assert values("The minister said on Friday that talks had failed.")["Friday"] == "2023-08-04"
    assert values("The minister will meet his counterpart on Friday.")["Friday"] == "2023-08-11"
    assert values("The minister spoke on Wednesday.")["Wednesday"] == "2023-08-09"  # the day itself


def test_month_without_year_is_nearest_in_the_direction_of_tense():
    assert values("The company was founded in March.")["March"] == "2023-03"
    assert values("The summit will be held in September.")["September"] == "2023-09"
    assert values("Elections are due in January.", "2023-11-20")["January"] == "2024-01"


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("last week", "2023-W31"),
        ("next month", "2023-09"),
        ("this year", "2023"),
        ("last quarter", "2023-Q2"),
        ("two years ago", "2021"),
        ("three days ago", "2023-08-06"),
        ("tomorrow", "2023-08-10"),
        ("this morning", "2023-08-09TMO"),
        ("last summer", "2022-SU"),
        ("early next year", "2024"),
        ("the weekend", "2023-W31-WE"),
    ],
)
def test_relative(phrase, value):
    assert values(f"Officials said {phrase} that it was over.")[phrase] == value


def test_value_never_more_precise_than_text():
    assert values("He visited last month.")["last month"] == "2023-07"
    assert values("Prices rose this year.")["this year"] == "2023"


def test_without_reference_date_relative_values_stay_unresolved():
    found = {t.text: t for t in tag("He visited Turkey last month and returned on Tuesday.", None)}
    assert found["last month"].value == "XXXX-XX" and found["last month"].basis == "unresolved"
    assert found["Tuesday"].value == "XXXX-WXX-2"
    assert one("The war ended in 1945.", None).value == "1945"


# ---------------------------------------------------------------- durations, sets, references
@pytest.mark.parametrize(
    "sentence, phrase, type_, value",
    [
        ("The talks went on for three years.", "three years", "DURATION", "P3Y"),
        ("Protests have gone on for weeks.", "weeks", "DURATION", "PXW"),
        ("The hearing lasted two and a half hours.", "two and a half hours", "DURATION", "PT2H30M"),
        (
            "1,486 crossed in the first seven months of this year.",
            "the first seven months",
            "DURATION",
            "P7M",
        ),
        ("He worked a 16-hour shift.", "16-hour", "DURATION", "PT16H"),
        ("Hundreds of boats are moved each year.", "each year", "SET", "P1Y"),
        ("Hundreds of parts are transported annually.", "annually", "SET", "P1Y"),
        ("The committee meets weekly.", "weekly", "SET", "P1W"),
        ("The market opens every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        ("Turkey is now a close partner.", "now", "DATE", "PRESENT_REF"),
        ("Turkey is currently grappling with a crisis.", "currently", "DATE", "PRESENT_REF"),
        ("The UK and Turkey have recently reached an agreement.", "recently", "DATE", "PAST_REF"),
        ("In the past the Home Office supplied equipment.", "the past", "DATE", "PAST_REF"),
        ("It may change in the future.", "the future", "DATE", "FUTURE_REF"),
    ],
)
def test_durations_sets_refs(sentence, phrase, type_, value):
    assert typed(sentence)[phrase] == (type_, value)


def test_ages_are_not_durations():
    assert tag("The 44-year-old protester and a 6-year-old boy were named.", "2023-08-09") == []


def test_offsets_are_into_the_text():
    text = "Ünïcode fïrst: the talks ended last month.\r\nThen on Tuesday night it was agreed."
    for t in tag(text, "2023-08-09"):
        assert text[t.start : t.end] == t.text


def test_spans_restrict_tagging():
    text = "Tonight with Andrew Marr 6pm - 7pm\nThe deal was agreed last month."
    body = [(35, len(text))]
    assert [t.text for t in tag(text, "2023-08-09", body)] == ["last month"]


def test_long_text_is_fast_enough_and_linear():
    text = "The meeting took place last month in London. " * 5000  # 230 KB
    found = tag(text, "2023-08-09")
    assert len(found) == 5000 and all(t.value == "2023-07" for t in found)


# ---------------------------------------------------------------- every unit, every edge
@pytest.mark.parametrize(
    "sentence, phrase, type_, value",
    [
        ("The ferry sank a fortnight ago.", "a fortnight ago", "DATE", "2011-W03"),
        ("Talks resumed two fortnights ago.", "two fortnights ago", "DATE", "2011-W01"),
        ("A verdict is due a fortnight later.", "a fortnight later", "DATE", "2011-W07"),
        ("Prices have doubled over the past fortnight.", "the past fortnight", "DURATION", "P2W"),
        ("The inquiry will sit for a fortnight.", "a fortnight", "DURATION", "P2W"),
        ("Strikes are held every fortnight.", "every fortnight", "SET", "P2W"),
        ("The mill closed three decades ago.", "three decades ago", "DATE", "1981"),
        ("The bridge was built two centuries ago.", "two centuries ago", "DATE", "1811"),
        ("The town was founded a millennium ago.", "a millennium ago", "DATE", "1011"),
        ("The walls were raised two millennia ago.", "two millennia ago", "DATE", "0011"),
        ("The feud has run for a decade.", "a decade", "DURATION", "P10Y"),
        ("The abbey has stood for a century.", "a century", "DURATION", "P100Y"),
        ("The script is older than a millennium.", "a millennium", "DURATION", "P1000Y"),
        ("The tribes have traded for millennia.", "millennia", "DURATION", "PXL"),
    ],
)
def test_every_unit_resolves(sentence, phrase, type_, value):
    assert typed(sentence, "2011-02-05")[phrase] == (type_, value)


@pytest.mark.parametrize(
    "sentence, dct, phrase, value",
    [
        ("The ruins were dated three millennia ago.", "2011-02-05", "three millennia ago", "XXXX"),
        ("The fair opens tomorrow.", "9999-12-31", "tomorrow", "XXXX-XX-XX"),
        ("The fair opened yesterday.", "9999-12-31", "yesterday", "9999-12-30"),
        ("Results are due next year.", "9999-12-31", "next year", "XXXX"),
        ("Talks resume next week.", "9999-12-31", "next week", "XXXX-WXX"),
        ("The count ended last month.", "0001-01-01", "last month", "XXXX-XX"),
        ("The count ended last year.", "0001-01-01", "last year", "XXXX"),
        ("The count ends this week.", "9999-12-31", "this week", "9999-W52"),
        ("The count starts in January.", "9999-12-31", "January", "9999-01"),
        ("Markets reopen after next Christmas.", "9999-12-31", "next Christmas", "XXXX-XX-XX"),
    ],
)
def test_values_beyond_the_calendar_are_unresolved(sentence, dct, phrase, value):
    errors = []
    found = {t.text: t for t in tag(sentence, dct, on_error=errors.append)}
    assert errors == []
    assert found[phrase].value == value
    if "X" in value:
        assert found[phrase].basis == "unresolved"


def test_a_failing_expression_is_skipped_and_reported(monkeypatch):
    from dossier_tui.temporal import rules

    def broken(resolver, m, start, end):
        raise KeyError("weekday")

    monkeypatch.setattr(rules, "RULES", rules.with_reading("weekday", broken))
    errors = []
    found = tag(
        "Talks failed on Tuesday and resumed last month.", "2023-08-09", on_error=errors.append
    )
    assert [t.text for t in found] == ["last month"]
    assert errors == ["could not read 'Tuesday' at 16 (KeyError: 'weekday'); skipped"]


def test_an_impossible_reference_date_is_reported_not_raised():
    errors = []
    found = tag("The deal was signed yesterday, in 2019.", "2023-02-30", on_error=errors.append)
    assert {t.text: t.value for t in found} == {"yesterday": "XXXX-XX-XX", "2019": "2019"}
    assert len(errors) == 1 and "2023-02-30" in errors[0]


# ---------------------------------------------------------------- clock times are not years
@pytest.mark.parametrize(
    "sentence, phrase, value",
    [
        ("Posted 9:40 a.m. (1440 in Lisbon)", "1440", "2011-02-05T14:40"),
        ("The launch was scrubbed at 2315 GMT.", "2315 GMT", "2011-02-05T23:15"),
        ("The ferry docked 1845 EDT after a rough crossing.", "1845 EDT", "2011-02-05T18:45"),
        ("The tremor hit at 1702 (2202 GMT).", "1702", "2011-02-05T17:02"),
        ("The tremor hit at 1702 (2202 GMT).", "2202 GMT", "2011-02-05T22:02"),
        ("Polls closed at 2000 local time.", "2000 local time", "2011-02-05T20:00"),
    ],
)
def test_four_digit_clock_times_are_times(sentence, phrase, value):
    found = {t.text: t for t in tag(sentence, "2011-02-05")}
    assert phrase in found and found[phrase].type == "TIME", found
    assert found[phrase].value == value
    assert not [t for t in found.values() if t.type == "DATE" and len(t.value) == 4]


def test_a_clock_time_on_the_day_the_text_names():
    found = {
        t.text: t.value for t in tag("On March 3, 2010, the blast came at 1530 GMT.", "2011-02-05")
    }
    assert found["1530 GMT"] == "2010-03-03T15:30"


def test_without_a_day_a_four_digit_time_is_left_alone():
    found = {
        t.text: t.value
        for t in tag("Posted 9:40 a.m. (1440 in Lisbon); the vote closed 1930 CDT.", None)
    }
    assert "1440" not in found and "1930" not in found and "1930 CDT" not in found


@pytest.mark.parametrize(
    "sentence, phrase, value",
    [
        ("The abbey was rebuilt in 1440 and again in 1930.", "1930", "1930"),
        ("In 1930, GMT was the clock of the empire.", "1930", "1930"),
        ("He moved to Leeds in the 1960s.", "the 1960s", "196"),
        ("Mills opened across the north in the 1820s.", "the 1820s", "182"),
    ],
)
def test_years_and_decades_stay_dates(sentence, phrase, value):
    assert values(sentence, "2011-02-05")[phrase] == value


@pytest.mark.parametrize(
    "sentence",
    [
        "Pilgrims walked 1000s of miles to reach the shrine.",
        "Volunteers filled 100s of sandbags overnight.",
        "The council logged 1500s of complaints after the flood.",
        "Coins from the 1000s turned up in the field.",
    ],
)
def test_counts_are_not_decades(sentence):
    assert [t for t in tag(sentence, "2011-02-05") if t.value.isdigit()] == []


def test_an_adjectival_quarter_leaves_its_article_to_the_noun():
    assert values("The bank posted the third-quarter loss it had warned of.", "1999-11-02") == {
        "third-quarter": "1999-Q3"
    }


def test_high_noon_is_an_idiom():
    assert (
        tag("For the ruling party, high noon comes next month.", "2011-02-05")[0].text
        == "next month"
    )


@pytest.mark.parametrize(
    "dct, value",
    [
        (
            "2010-01-21",
            "2010-01-12",
        ),  # said on Thursday: this week's Tuesday is "Tuesday", so the week before
        ("2010-01-18", "2010-01-12"),  # said on Monday: the Tuesday just gone, in the week before
        ("2010-01-12", "2010-01-05"),  # said on a Tuesday: a week ago
    ],
)
def test_last_weekday_is_in_the_week_before_when_this_weeks_has_passed(dct, value):
    assert values("Hundreds died in last Tuesday's earthquake.", dct)["last Tuesday"] == value


def test_a_clock_time_takes_the_day_its_sentence_names_after_it():
    v = values(
        "The tremor hit at 1653 local time (2153 GMT) on Tuesday. Aid arrived at 10am.",
        "2010-01-13",
    )
    assert v["1653 local time"] == "2010-01-12T16:53" and v["2153 GMT"] == "2010-01-12T21:53"
    assert v["10am"] == "2010-01-12T10:00"  # the day the text was last talking about
