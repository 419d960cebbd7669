"""The timeline built from the seeds: events, merging, dates and evidence."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import write_corpus

from dossier_tui.build import build
from dossier_tui.ingest import load_corpus
from dossier_tui.model import Event
from dossier_tui.store import dumps

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def find(d, date: str, words: str) -> list:
    """Events on ``date`` whose headline contains ``words``."""
    return [e for e in d.events if e.date == date and words in e.headline]


def sources3(e) -> set[str]:
    return {s[:3] for s in e.sources}


def test_jenrick_visit_is_one_event_from_every_source(dossier):
    (visit,) = [
        e for e in dossier.events if "visit" in e.headline.lower() and "Jenrick" in e.headline
    ]
    assert visit.date == "2023-07" and (visit.start, visit.end) == ("2023-07-01", "2023-07-31")
    assert len(visit.sources) >= 4


def test_announcement_is_tuesday_night_with_all_sources(dossier):
    (e,) = find(dossier, "2023-08-08TNI", "centre of excellence")
    assert sources3(e) == {"000", "001", "002", "003", "004"}
    quotes = " ".join(v.passage for v in e.evidence)
    assert "last night" in quotes and "On Tuesday night" in quotes
    assert "The UK and Türkiye have agreed a new partnership" in quotes  # an undated lead joins it


def test_barge_boarding_refines_this_week_to_monday(dossier):
    (e,) = find(dossier, "2023-08-07", "Bibby Stockholm")
    assert {v.timex.text for v in e.evidence if v.timex} == {"this week", "Monday"}
    assert sources3(e) == {"000", "003"}


def test_migration_dialogue_is_planned_for_autumn_in_london(dossier):
    (e,) = find(dossier, "2023-FA", "Migration Dialogue")
    assert e.status == "planned" and e.place == "London" and len(e.sources) == 4


@pytest.mark.parametrize(
    "date, words",
    [
        ("2022", "returned 191 Turkish nationals"),
        ("2022", "1,076 arrived"),
        ("2022", "40% increase"),
        ("2022", "£3m"),
        ("2022", "238,448"),
        ("2023-Q1", "90% drop"),
        ("2023", "1,486 Turkish nationals"),
        ("2023-02", "earthquake"),
        ("2023-06", "investigation for the Guardian"),
        ("2023-07-18", "Downing Street"),
        ("2023-08-08", "GB News"),
        ("2023-W32", "stop the boats"),
    ],
)
def test_every_dated_happening_is_on_the_timeline(dossier, date, words):
    assert len(find(dossier, date, words)) == 1


def test_no_duplicates_and_nothing_from_furniture_counts_or_names(dossier):
    dated = [e for e in dossier.events if e.date]
    assert len({(e.date, e.headline) for e in dated}) == len(dated)
    for words in ("visit", "Bibby Stockholm", "Migration Dialogue", "centre of excellence"):
        assert sum(1 for e in dated if words in e.headline) <= 1
    dates = {e.date for e in dated}
    assert not dates & {"2009", "2025", "2022-Q1", "2021"}  # slogan, plan name, comparison points
    texts = {s.id: s for s in dossier.sources}
    for e in dossier.events:
        for v in e.evidence:
            assert not texts[v.source].is_furniture(v.start, v.end), (e.id, v.passage)


def test_every_quote_is_the_source_text(dossier):
    texts = {s.id: s.text for s in dossier.sources}
    count = 0
    for e in dossier.events:
        for v in e.evidence:
            assert texts[v.source][v.start : v.end] == v.passage
            if v.timex:
                assert v.start <= v.timex.start < v.timex.end <= v.end
                assert texts[v.source][v.timex.start : v.timex.end] == v.timex.text
            count += 1
    assert count > 40


def test_habits_and_vague_times_are_kept_off_the_calendar(dossier):
    undated = [e for e in dossier.events if e.date is None]
    each_year = [e for e in undated if "small boats" in e.headline or "parts" in e.headline]
    assert each_year and all(e.start is None for e in undated)
    assert max(len(e.sources) for e in each_year) >= 4
    assert dossier.events[-1].date is None  # the undated group comes last


def test_undated_sources_get_inferred_publication_dates(dossier):
    pub = {s.id[:3]: (s.published, s.published_basis) for s in dossier.sources}
    assert pub["003"] == ("2023-W32", "inferred") and pub["004"] == ("2023-08", "inferred")
    assert pub["000"] == ("2023-08-09T06:01", "stated")
    reason = next(s.published_reason for s in dossier.sources if s.id.startswith("003"))
    assert "Tuesday night" in reason and "2023-08-08" in reason


def test_relative_dates_of_inferred_sources_are_resolved(dossier):
    values = {
        (v.source[:3], v.timex.text): v.timex for e in dossier.events for v in e.evidence if v.timex
    }
    assert values[("003", "Tuesday night")].value == "2023-08-08TNI"
    assert values[("003", "Monday")].value == "2023-08-07"
    assert values[("004", "February")].value == "2023-02"
    assert values[("003", "Monday")].basis == "inferred"


def test_an_undated_article_alone_stays_unresolved(tmp_path):
    (tmp_path / "a.txt").write_text(
        "The minister visited Ankara last month. Talks resume next week.\n"
    )
    d = build(load_corpus([tmp_path]).sources)
    assert d.sources[0].published is None and d.sources[0].published_basis == "unknown"
    assert all(e.date is None for e in d.events)


def test_incompatible_dates_for_one_happening_are_a_recorded_conflict(tmp_path):
    (tmp_path / "sources.yaml").write_text(
        "a.txt: {published: 2023-05-10}\nb.txt: {published: 2023-05-20}\n"
    )
    (tmp_path / "a.txt").write_text(
        "The foreign minister signed the border treaty with Ruritania in Zenda on Monday.\n"
    )
    (tmp_path / "b.txt").write_text(
        "The foreign minister signed the border treaty with Ruritania in Zenda on 2 May.\n"
    )
    d = build(load_corpus([tmp_path]).sources)
    (e,) = [e for e in d.events if "treaty" in e.headline]
    assert {e.date, *(c.value for c in e.conflicts)} == {"2023-05-08", "2023-05-02"}
    assert len(e.evidence) == 2 and len(e.conflicts) == 1


def test_build_is_deterministic_with_stable_ids():
    first = build(load_corpus([SEEDS]).sources)
    second = build(load_corpus([SEEDS]).sources)
    assert dumps(first) == dumps(second)
    ids = [e.id for e in first.events]
    assert len(set(ids)) == len(ids)
    assert "2023-07-robert-jenrick-visited-turkiye" in ids


def test_headlines_keep_a_subject_and_the_times_they_need():
    from dossier_tui.events.headline import clause

    text = (
        "Rescued on Nov. 25 by fishermen off the Florida coast, Elian has become the subject of a "
        "custody battle. The relatives said they would look for ways to get around Wednesday's ruling."
    )
    first = (0, text.index(" The relatives"))
    t = text.index("Nov. 25")
    head = clause(text, first, (t, t + len("Nov. 25"))).headline
    assert head.startswith("Rescued by fishermen off the Florida coast, Elian has become")
    second = (first[1] + 1, len(text))
    w = text.index("Wednesday")
    assert clause(text, second, (w, w + len("Wednesday"))).headline.endswith(
        "get around Wednesday's ruling"
    )


@pytest.mark.parametrize(
    "text, times, head",
    [
        (
            "Ministers have suggested that the London bombings of July 7 and July 21 had nothing to do with the war.",
            ("July 7", "July 21"),
            "The London bombings had nothing to do with the war",
        ),
        (
            "The quake - the region's worst in two centuries - struck at 16:53 on Tuesday.",
            ("Tuesday",),
            "The quake struck at 16:53",
        ),
        # the saying has its own time: the other one dates what was said
        (
            "State officials said on Saturday a man in his 30s with heart conditions died last week.",
            ("Saturday", "last week"),
            "A man in his 30s with heart conditions died",
        ),
        (
            "Google said on Monday it saw a spike in searches for flu in Mexico last week.",
            ("Monday", "last week"),
            "Google said it saw a spike in searches for flu in Mexico",
        ),
        # "late" goes with the day it qualifies
        (
            "The agency raised its alert level late on Tuesday from three to four.",
            ("Tuesday",),
            "The agency raised its alert level from three to four",
        ),
        # "just that" is a pronoun: no clause opens there
        (
            "But yesterday the World Health Organisation's Margaret Chan achieved just that by "
            "declaring the first influenza pandemic in 40 years.",
            ("yesterday",),
            "The World Health Organisation's Margaret Chan achieved just that",
        ),
        (
            "13.58 GMT Claims that the army planned to shell the station on Tuesday have fuelled concerns.",
            ("Tuesday",),
            "Claims that the army planned to shell the station have fuelled concerns",
        ),
        (
            "* Agency criticises the order to cull pigs on Wednesday * Says the virus is human",
            ("Wednesday",),
            "Agency criticises the order to cull pigs",
        ),
        (
            "As many as 2,000 people died in the floods in the valley on Tuesday, officials said.",
            ("Tuesday",),
            "As many as 2,000 people died in the floods in the valley",
        ),
        (
            "A survey of 20 cities published yesterday - covering Africa, Asia and Europe - showed that most fear floods.",
            ("yesterday",),
            "A survey of 20 cities published showed that most fear floods",
        ),
        (
            "Three soldiers are to stand trial for abuse, the attorney general, Ann Lee, said last night.",
            ("last night",),
            "Three soldiers are to stand trial for abuse",
        ),
        (
            "After the general election in January, she decided to make another trip to the capital.",
            ("January",),
            "After the general election, she decided to make another trip to the capital",
        ),
        # a participle after a noun dates that noun's happening, not the clause around it
        (
            "One officer, who served in the north and knows the three soldiers charged on Tuesday with assault, said so.",
            ("Tuesday",),
            "The three soldiers charged with assault",
        ),
        # a relative clause between commas is an aside; a double hyphen is a dash
        (
            "A sixth pupil from the school, who visited the US during the holidays, was diagnosed with the virus on Sunday.",
            ("Sunday",),
            "A sixth pupil from the school was diagnosed with the virus",
        ),
        (
            "Japan confirmed on Monday 125 people -- many who have not been abroad -- had been infected.",
            ("Monday",),
            "Japan confirmed 125 people had been infected",
        ),
        # a wire dateline is no part of the news
        (
            "MEXICO CITY | Fri MEXICO CITY - A strain of flu never seen before has killed 60 people, officials said on Friday.",
            ("Friday",),
            "A strain of flu never seen before has killed 60 people",
        ),
        # a closing source: what it found is the news
        (
            "Two-thirds of voters believe the tax is unfair, according to a poll published today.",
            ("today",),
            "Two-thirds of voters believe the tax is unfair",
        ),
        # an approximate time goes with the word that makes it so, a clock time with its zone
        ("The earthquake struck around 16:53 local time.", ("16:53",), "The earthquake struck"),
        (
            "Police arrived at about midnight and arrested two men.",
            ("midnight",),
            "Police arrived and arrested two men",
        ),
        (
            "Polls close at 20:00 GMT across the country.",
            ("20:00",),
            "Polls close across the country",
        ),
        # "WHO" in capitals is a body, never the pronoun that opens a relative clause
        (
            "The WHO raised its pandemic alert on April 29 to phase 5 on its six-point scale of "
            "pandemic threat levels in a statement issued in Geneva.",
            ("April 29",),
            "The WHO raised its pandemic alert to phase 5 on its six-point scale of pandemic threat "
            "levels",
        ),
        # a closing attribution of many words, with an aside after it: what was said is the news
        (
            "The virus is likely to keep spreading rapidly between people, within countries and "
            "across the globe, the head of the World Health Organization said on Monday.",
            ("Monday",),
            "The virus is likely to keep spreading rapidly between people, within countries and "
            "across the globe",
        ),
        (
            "Humanity may be witnessing a pandemic unfold, the head of the World Health "
            "Organization said on Monday, as Japan reported a big jump in infections.",
            ("Monday",),
            "Humanity may be witnessing a pandemic unfold",
        ),
        # a headline too long is never cut inside a name ("Centers | for Disease Control")
        (
            "The U.N. World Health Organization and U.S. Centers for Disease Control and "
            "Prevention have been collecting samples of the new virus on Sunday to make a vaccine "
            "in case it is needed.",
            ("on Sunday",),
            "The U.N. World Health Organization and U.S. Centers for Disease Control and Prevention "
            "have been…",
        ),
        # what is proposed is in the that-clause: no headline ends on the verb that proposes it
        (
            "On Monday, the secretary general said he would recommend that the security council "
            "send another 3,500 police officers and troops to the island.",
            ("Monday",),
            "The secretary general said he would recommend that the security council send another "
            "3,500 police…",
        ),
        # a relative pronoun that is the subject of what someone says: the noun it follows is
        (
            "Experts are clearly extremely concerned about the new swine flu virus which the World "
            "Health Organisation warned today has the potential to cause a pandemic.",
            ("today",),
            "The new swine flu virus has the potential to cause a pandemic",
        ),
        (
            "Investigators found the car bomb, which police said was planted on Tuesday by two men.",
            ("on Tuesday",),
            "The car bomb was planted by two men",
        ),
        # what someone said is the news, to its verb, however the saying is dated
        (
            "Contrary to other reports, the FBI and Kenyan police said Monday that a suspect who "
            "was returned from Pakistan had not admitted any role in the crimes or implicated "
            "anyone else after three days of questioning.",
            ("Monday",),
            "The FBI and Kenyan police said that a suspect who was returned from Pakistan had not "
            "admitted any…",
        ),
        (
            "James Kopp, 44, was seen in the car of a friend crossing the border days after the "
            "shooting, the Buffalo News reported Friday.",
            ("Friday",),
            "James Kopp, 44, was seen in the car of a friend crossing the border days after the "
            "shooting",
        ),
        # a time followed by what happened then: the happening; "as soon as" goes with the day
        (
            "In contrast to Thursday, when two exile leaders and 133 other people were arrested "
            "and police were forced to use tear gas, protesters marched peacefully.",
            ("Thursday",),
            "Two exile leaders and 133 other people were arrested and police were forced to use "
            "tear gas",
        ),
        (
            "The group would be ready to leave for the United States as soon as Tuesday, the "
            "president said.",
            ("Tuesday",),
            "The group would be ready to leave for the United States",
        ),
    ],
)
def test_headlines_of_crawled_text_read_as_clauses(text, times, head):
    from dossier_tui.events.headline import clause

    spans = [(text.index(t), text.index(t) + len(t)) for t in times]
    assert clause(text, (0, len(text)), spans[-1], spans[:-1]).headline == head


def test_a_time_that_dates_a_noun_joins_that_happening(tmp_path):
    from dossier_tui.events.mentions import mentions
    from dossier_tui.temporal import tag_source

    sources = write_corpus(
        tmp_path,
        {
            "b": (
                "2010-01-20",
                "Survivors of last Tuesday's earthquake are still waiting for food and water.",
            ),
            "c": (
                "2010-01-21",
                "Relief workers said the earthquake on 12 January left a million homeless.",
            ),
        },
    )
    for s in sources:
        (m,) = [m for m in mentions(s, tag_source(s)) if m.value]
        assert m.modifier and m.value == "2010-01-12" and m.keys == ("earthquak",)
    d = build(sources)
    (quake,) = [e for e in d.events if e.date == "2010-01-12"]
    assert set(quake.sources) == {"b", "c"}


def test_a_clock_time_on_the_day_of_an_undated_happening_is_not_the_publication_day():
    from dossier_tui.temporal import tag

    (t,) = tag("He was given the drug at 10.40 am on the day of his death.", "2011-11-08")
    assert t.value == "XXXX-XX-XXT10:40" and t.basis == "unresolved"


def test_a_happening_the_sources_name_by_its_date_is_headed_by_that_name(tmp_path):
    """Retrospective coverage names a happening ("the March 2003 invasion of Ruritania")
    rather than telling it; when most passages do, the name heads the event."""
    meta, texts = (
        [],
        {
            "a": "Flights resumed this week for the first time since the March 2003 invasion of Ruritania.",
            "b": "The port has been closed since the March 2003 invasion of Ruritania, officials said.",
            "c": "She was in the capital for the March 2003 invasion of Ruritania and counted the wounded.",
            "d": "The invasion of Ruritania began in March 2003 and the port has been closed since.",
        },
    )
    for i, (name, text) in enumerate(texts.items()):
        meta.append(f"{name}.txt: {{published: 2005-0{i + 2}-10}}")
        (tmp_path / f"{name}.txt").write_text(text + "\n")
    (tmp_path / "sources.yaml").write_text("\n".join(meta) + "\n")
    d = build(load_corpus([tmp_path]).sources)
    (e,) = [e for e in d.events if e.date == "2003-03"]
    assert set(e.sources) == {"a", "b", "c", "d"}
    assert e.headline == "The March 2003 invasion of Ruritania"


def test_a_headline_tells_a_deed_not_a_state(tmp_path):
    sources = write_corpus(
        tmp_path,
        {
            "a": (
                "2005-07-08",
                "The bombers who targeted the city's trains yesterday are anonymous.",
            ),
            "b": (
                "2005-07-08",
                "Four bombers attacked three of the city's trains and a bus yesterday, police said.",
            ),
        },
    )
    d = build(sources)
    (e,) = [e for e in d.events if e.date == "2005-07-07"]
    assert set(e.sources) == {"a", "b"}
    assert e.headline.startswith("Four bombers attacked three of the city's trains")


def test_a_headline_never_opens_on_some_of_people_named_before(tmp_path):
    sources = write_corpus(
        tmp_path,
        {
            "a": (
                "2011-11-08",
                "The fans came to the court every day. Many of them will be back on 29 November "
                "when the doctor is sentenced by the judge.",
            ),
            "b": (
                "2011-11-08",
                "The doctor is to be sentenced by the judge in the city's high court in the north "
                "on 29 November.",
            ),
        },
    )
    d = build(sources)
    (e,) = [e for e in d.events if e.date == "2011-11-29"]
    assert set(e.sources) == {"a", "b"}  # the shorter clause, but it tells of "them"
    assert e.headline.startswith("The doctor is to be sentenced by the judge")


def test_a_past_happening_named_by_a_day_still_to_come_is_of_a_year_not_given(tmp_path):
    sources = write_corpus(
        tmp_path,
        {
            "a": (
                "2005-06-28",
                "They were unsure whether he was linked to the September 11 attacks. "
                "The October 15 referendum will decide the constitution.",
            ),
            "b": ("2010-03-02", "Fans remember the popstar's death on 25 June."),
        },
    )
    d = build(sources)
    # no attack on 11 September 2005, no death on 25 June 2010: the texts give no year
    assert [e.date for e in d.events if e.date] == ["2005-10-15"]


def test_a_happening_told_as_done_once_its_day_came_is_no_longer_planned(tmp_path):
    sources = write_corpus(
        tmp_path,
        {
            "a": ("2009-04-27", "Experts will meet in Geneva on Tuesday to raise the alert level."),
            "b": (
                "2009-04-27",
                "The experts meeting in Geneva on Tuesday will raise the alert level.",
            ),
            "c": ("2009-04-28", "The experts meeting in Geneva raised the alert level on Tuesday."),
        },
    )
    d = build(sources)
    (e,) = [e for e in d.events if e.date == "2009-04-28"]
    assert set(e.sources) == {"a", "b", "c"} and e.status == "reported"


def test_a_reader_s_comment_under_a_story_dates_nothing(tmp_path):
    sources = write_corpus(
        tmp_path,
        {
            "a": (
                "2009-05-06",
                "The school closed on Monday after a pupil fell ill.\n\n"
                "as a bolt from the blue i got into a job last week it was great.",
            )
        },
    )
    d = build(sources)
    assert [e.date for e in d.events if e.date] == ["2009-05-04"]


def test_a_dated_entry_glued_to_the_text_before_it_is_its_own_sentence():
    from dossier_tui.model import Source
    from dossier_tui.text.sentences import sentences

    text = (
        "The doctor denied the charge throughout the trial 29 September 2011 The bodyguard testifies "
        "that he was told to pick up vials."
    )
    spans = sentences(Source("a", "a.txt", text))
    assert [text[a:b] for a, b in spans] == [
        "The doctor denied the charge throughout the trial",
        "29 September 2011 The bodyguard testifies that he was told to pick up vials.",
    ]


@pytest.mark.parametrize("body", ["U.N.", "U.S.", "U.K.", "E.U."])
def test_the_initials_of_a_body_do_not_end_a_sentence(body):
    from dossier_tui.model import Source
    from dossier_tui.text.sentences import sentences

    text = f"The chief will meet the {body} Secretary-General on Tuesday in Geneva. She flies home."
    spans = sentences(Source("a", "a.txt", text))
    assert [text[a:b] for a, b in spans] == [text[: text.index(" She")], "She flies home."]


def _told(id: str, day: str, values: list[str | None]) -> Event:
    """An event on ``day`` told by one source per value (a passage dated so, or undated)."""
    from dossier_tui.model import Event, Evidence, Timex

    evidence = tuple(
        Evidence(f"{id}{i}", 0, 1, f"passage {id} {i}", Timex(0, 1, "x", "DATE", v) if v else None)
        for i, v in enumerate(values)
    )
    return Event(id, day, day, day, f"Headline {id}", evidence=evidence)


def test_a_dates_signals_go_to_the_happening_most_sources_tell():
    """Many articles refer to 7 July; that speaks for the happening of that day, not
    for a comment two sources made the same day."""
    from dossier_tui.events.mentions import DATED, Mention
    from dossier_tui.events.salience import scores

    cites = [Mention(f"r{i}", (0, 1), (0, 1), DATED, "", (), value="2005-07-07") for i in range(30)]
    published = {f"r{i}": "2005-07-08" for i in range(30)}
    main, aside = (
        _told("main", "2005-07-07", ["2005-07-07"] * 8),
        _told("aside", "2005-07-07", ["2005-07-07"] * 2),
    )
    alone = scores([aside], [1.0], cites, published)[0]
    with_main = scores([main, aside], [1.0, 1.0], cites, published)
    assert with_main[0] > with_main[1] and with_main[1] < alone


def test_a_source_that_places_a_days_happening_only_in_its_year_counts_half():
    from dossier_tui.events.salience import scores

    day, year = (
        _told("d", "2005-03-31", ["2005-03-31", "2005-03-31"]),
        _told("y", "2005-03-31", ["2005-03-31", "2005"]),
    )
    undated = _told("u", "2005-03-31", ["2005-03-31", None])
    sd, sy, su = scores([day, year, undated], [1.0] * 3, [], {})
    assert sd > sy == su


def test_a_source_that_tells_a_happening_only_in_the_first_person_counts_half():
    from dataclasses import replace

    from dossier_tui.events.salience import scores

    news = _told("n", "2009-04-26", ["2009-04-26", "2009-04-26"])
    first = _told("f", "2009-04-26", ["2009-04-26", "2009-04-26"])
    passages = (
        "I called the helpline on Sunday as my son had been in contact with his boss.",
        "My daughter came home from Mexico with a fever on Sunday.",
    )
    first = replace(
        first, evidence=tuple(replace(v, passage=p) for v, p in zip(first.evidence, passages))
    )
    quoted = replace(
        news,
        id="q",
        evidence=tuple(
            replace(v, passage=f'"I was scared," she said. {v.passage}') for v in news.evidence
        ),
    )
    sn, sf, sq = scores([news, first, quoted], [1.0] * 3, [], {})
    assert sn == sq > sf


def test_a_caption_glued_before_an_honorific_ends_there():
    from dossier_tui.model import Source
    from dossier_tui.text.sentences import sentences

    text = (
        "Tribute concert: Sister to perform in Cardiff Ms Hale attended the trial of her brother's doctor. "
        "She met Mr Lee there. The Prime Minister Mr Grail said so."
    )
    assert [text[a:b] for a, b in sentences(Source("a", "a.txt", text))] == [
        "Tribute concert: Sister to perform in Cardiff",
        "Ms Hale attended the trial of her brother's doctor.",
        "She met Mr Lee there.",
        "The Prime Minister Mr Grail said so.",
    ]


def test_one_passage_does_not_date_what_the_others_place_in_a_month(tmp_path):
    """Five articles say a singer died in June; one tells of rehearsals 'early the next
    morning' in the same words. The event stays in June: one source is not enough."""
    meta = []
    told = [
        "The singer Ann Vale died in June 2009 while rehearsing for her tour.",
        "Ann Vale, the singer, died in June 2009 as she was rehearsing a tour.",
        "Rehearsing for a world tour, singer Ann Vale died in June 2009.",
        "In June 2009 the singer Ann Vale died during tour rehearsals.",
        "Singer Ann Vale died while rehearsing for the tour in June 2009.",
    ]
    for i, text in enumerate(told):  # in words of their own: a copied sentence is page furniture
        (tmp_path / f"m{i}.txt").write_text(text + "\n")
        meta.append(f"m{i}.txt: {{published: 2011-0{i + 1}-10}}")
    (tmp_path / "r.txt").write_text(
        "On 25 June 2009 the singer Ann Vale said she was rehearsing for her tour "
        "early the next morning, and died.\n"
    )
    meta.append("r.txt: {published: 2011-08-10}")
    (tmp_path / "sources.yaml").write_text("\n".join(meta) + "\n")
    d = build(load_corpus([tmp_path]).sources)
    (e,) = [e for e in d.events if {"m0", "m1"} <= set(e.sources)]
    assert e.date == "2009-06"


def test_a_line_of_capitals_is_read_in_one_pass():
    """A wire dateline is found without trying every split of a line of capitals (a
    pattern that did took seconds for 22 words, and doubled with each one more)."""
    from dossier_tui.events.headline import clause

    text = "BREAKING " * 40 + "the minister resigned on Monday."
    t = text.index("Monday")
    assert (
        clause(text, (0, len(text)), (t, t + 6)).headline.lower().endswith("the minister resigned")
    )


def test_a_run_on_without_stops_is_read_in_clause_sized_pieces():
    from dossier_tui.model import Source
    from dossier_tui.text.sentences import MAX_SENTENCE, sentences

    run_on = ", ".join(
        f"talks in London resumed on Monday {i} and officials said little" for i in range(200)
    )
    src = Source(id="s", path="s.txt", text=run_on)
    spans = sentences(src)
    assert len(spans) > 1 and all(b - a <= MAX_SENTENCE for a, b in spans)
    assert all(run_on[b - 1] == "," or b == len(run_on) for a, b in spans)  # cut after a comma
    assert "".join(run_on[a:b] for a, b in spans).replace(" ", "") == run_on.replace(" ", "")


def test_a_day_the_corpus_names_for_an_earlier_year_dates_nothing_in_a_later_one(tmp_path):
    sources = write_corpus(
        tmp_path,
        {
            "a": (
                "2005-12-24",
                "Donations rose in the days following the September 11 2001 attacks, the "
                "charity said.",
            ),
            "b": ("2005-10-20", "The mayor was at home during the September 11 attacks."),
            "c": (
                "2005-11-17",
                "September 11 caused many ideological fissures among the city's voters.",
            ),
            "d": (
                "2005-06-29",
                "The president urged Americans not to forget the lessons of September 11.",
            ),
        },
    )
    d = build(sources)
    # each article read its day as 2005's, the only year its text allows; the corpus
    # writes 2001 for the attacks, so no 11 September 2005 is a happening
    assert {e.date for e in d.events if e.date and e.date.endswith("09-11")} == {"2001-09-11"}


def test_a_named_day_of_an_earlier_year_keeps_its_anniversary_and_the_news_of_its_week(
    tmp_path,
):
    sources = write_corpus(
        tmp_path,
        {
            "a": ("2009-06-27", "Fans mourned the singer's death on 25 June 2009 in the city."),
            "b": (
                "2010-06-16",
                "His brother stopped a tribute show in Rome which had been scheduled for "
                "25 June, the anniversary of his death.",
            ),
            "c": ("2010-06-27", "Thousands of fans gathered outside the house on 25 June."),
            "d": ("2011-10-26", "The superstar died on 25 June at his home in the hills."),
            "e": ("2010-09-30", "His father recalled the singer's death on 25 June."),
        },
    )
    d = build(sources)
    by_day: dict[str, set[str]] = {}
    for e in d.events:
        if e.date and e.date.endswith("06-25"):
            by_day.setdefault(e.date, set()).update(e.sources)
    # the show planned for the anniversary and the gathering of its week are 2010's;
    # "died on 25 June" written in 2011 and "death on 25 June" in 2010 are the 2009 death's
    assert by_day.get("2010-06-25") == {"b", "c"}
    assert "2011-06-25" not in by_day
    assert "e" not in by_day.get("2010-06-25", set())


def test_today_or_tomorrow_after_about_or_of_dates_nothing(tmp_path):
    sources = write_corpus(
        tmp_path,
        {
            "a": (
                "2009-06-09",
                "It doesn't tell you very much about tomorrow. Schools of today face new "
                "threats. The meeting will be held tomorrow in Geneva.",
            )
        },
    )
    d = build(sources)
    assert [(e.date, e.headline) for e in d.events if e.date] == [
        ("2009-06-10", "The meeting will be held in Geneva")
    ]
