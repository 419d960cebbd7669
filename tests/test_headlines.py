"""Short headlines: who did what, in a timeline row's few words.

The rules are tried on sentences written here in the manner of English news (no
story's words in them), then on the seeds, and in the app at both terminal sizes.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_app import EXAMPLE, NARROW, WIDE, main

from dossier_tui import store
from dossier_tui.events.short_headline import (
    MAX_LEN,
    people_names,
    short_headline,
    with_short_headlines,
)
from dossier_tui.index_db import index_dossier
from dossier_tui.model import Actor
from dossier_tui.ranking import key_events, rank

PEOPLE = people_names(
    [
        Actor("jane-doe", "Jane Doe", "person", aliases=("Ms Doe",)),
        Actor("omar-haddad", "Omar Haddad", "person", aliases=("Dr Haddad",)),
        Actor("anna-berg", "Anna Berg", "person"),
        Actor("lars-berg", "Lars Berg", "person"),  # a second Berg keeps the given name
        Actor("mark-lowe", "Mark Lowe", "person"),
        Actor("tom-reed", "Tom Reed", "person"),
        Actor("han-min-jun", "Han Min-jun", "person"),  # the family name written first
        Actor("kenya", "Kenya", "place"),
        Actor("red-cross", "Red Cross", "organisation"),
    ]
)


@pytest.mark.parametrize(
    "headline, short",
    [
        # a person by surname, the titles before the name gone
        ("Foreign Secretary Jane Doe visited Kenya", "Doe visited Kenya"),
        ("Foreign Minister Han Min-jun visited Kenya", "Han visited Kenya"),
        (
            "Dr Omar Haddad told reporters the trial would resume",
            "Haddad told reporters the trial would resume",
        ),
        (
            "Police questioned Chief Inspector Mark Lowe about the missing files",
            "Police questioned Lowe about the missing files",
        ),
        ("Tom Reed's lawyers appealed the verdict", "Reed's lawyers appealed the verdict"),
        (
            "The wife of Tom Reed said she had not been told",
            "Wife of Reed said she had not been told",
        ),
        ("Anna Berg resigned from the board", "Berg resigned from the board"),
        ("Lars Berg resigned from the board", "Lars Berg resigned from the board"),
        ("Red Cross Director Jane Doe flew to Kenya", "Doe flew to Kenya"),
        # leading articles, and words of time the date column gives
        ("The upcoming trade summit scheduled in Geneva", "Trade summit scheduled in Geneva"),
        (
            "A magnitude 6.1 earthquake struck off the coast, damaging hundreds of homes and cutting power",
            "Magnitude 6.1 earthquake struck off the coast",
        ),
        (
            "The ministry announced the creation of a national cyber defence unit",
            "Ministry announced a national cyber defence unit",
        ),
        # a trailing clause or phrase goes
        (
            "The city council approved a new budget for the coming year after a lengthy debate that lasted until midnight",
            "City council approved a new budget for the coming year",
        ),
        (
            "Shares in the country's largest carmaker fell sharply in early trading as investors reacted to the recall",
            "Shares in the country's largest carmaker fell sharply",
        ),
        (
            "Ms Doe met the president of the chamber of commerce to discuss the new tariffs on steel imports",
            "Doe met the president of the chamber of commerce",
        ),
        # what was said is kept with who said it; a phrase of the subject goes first
        (
            "A spokesman for the regional water authority said that the reservoir levels had fallen below a safe threshold",
            "Spokesman said that the reservoir levels had fallen",
        ),
        # a verb that needs nothing after it may end a clause
        (
            "The ferry sank within minutes after striking rocks off the northern tip of the island in thick fog",
            "Ferry sank within minutes after striking rocks",
        ),
        # when who said it leaves no room, what was said; a verb keeps what it needs
        (
            "Health officials announced that the Northfield primary school would be closed until Friday on medical advice",
            "Northfield primary school would be closed until Friday",
        ),
        (
            "The finance minister will attend a meeting of the regional development council's standing budget committee",
            "Finance minister will attend a meeting",
        ),
        (
            "A fire at a disused textile warehouse on the edge of the old industrial estate led to 30 homes being evacuated",
            "Fire led to 30 homes being evacuated",
        ),
        # the main clause after a leading subordinate one
        (
            "After weeks of talks with union leaders, the airline agreed a pay deal for cabin crew and ground staff",
            "Airline agreed a pay deal for cabin crew and ground staff",
        ),
        # an aside between commas or dashes, a link to the sentence before, a short sentence before it
        (
            "The harbour authority, which was founded in 1890, approved a plan to dredge the channel",
            "Harbour authority approved a plan to dredge the channel",
        ),
        (
            "Four nurses are - for the first time in a decade - to strike over pay",
            "Four nurses are to strike over pay",
        ),
        (
            "Ms Doe, who chaired the inquiry for almost three years until last spring, published its final report on floods",
            "Doe published its final report on floods",
        ),
        (
            "Yet the committee rejected every amendment put forward by the opposition",
            "Committee rejected every amendment put forward",
        ),
        (
            "It was not. The minutes show the board had approved the loan before the vote",
            "Minutes show the board had approved the loan before the vote",
        ),
        # a kicker in capitals, a quotation cut and closed
        (
            "NAIROBI AIRPORT Stranded passengers waited for hours",
            "Stranded passengers waited for hours",
        ),
        (
            'The minister promised "a fair and lasting settlement for every family affected by the floods"',
            'Minister promised "a fair and lasting settlement"',
        ),
        # a headline cut short loses its broken last phrase, and no "…" is added
        (
            "The regional government said it would close schools in three provinces to slow the spread of the…",
            "Regional government said it would close schools",
        ),
        # short enough already: as it is
        ("Union members voted to accept the offer", "Union members voted to accept the offer"),
        # a clause is never cut to its subject alone: the deed stays, cut at a word
        (
            "U.S. health officials announced they were easing their warning on travel to Mexico",
            "U.S. health officials announced they were easing…",
        ),
        # "At least" counts, it does not open a phrase; who said it is not the news
        (
            "At least 75,000 bodies have so far been buried in mass graves, the government has said",
            "At least 75,000 bodies have so far been buried",
        ),
        # a leading participle's clause goes like a subordinate one; a gerund subject stays
        (
            "Speaking on the morning radio programme, he speculated that there could be 20,000 infected people",
            "He speculated that there could be 20,000 infected people",
        ),
        (
            "Finding a bus that drove me home wasn't that difficult, he said in the city of Oaxaca",
            "Finding a bus that drove me home wasn't that difficult",
        ),
        # what a verb finds or says is its news: never cut off before its "that"
        (
            "Today's report is expected to find that political pressure was not a significant factor",
            "Today's report is expected to find that political pressure…",
        ),
        # a clause opened by "that" or "when" keeps its verb, or goes whole
        (
            "It has not helped that truckloads of security forces stand guard at the entrance",
            "It has not helped that truckloads of security forces stand…",
        ),
        (
            "The airline withdrew from the route when the regional authority raised landing fees for foreign carriers",
            "Airline withdrew from the route",
        ),
        # a phrase of a subject goes, never the words that make a clause of it
        (
            "If the strain mutates into a form that is anywhere near the virulence of the 1918 virus",
            "If the strain mutates into a form that is anywhere…",
        ),
    ],
)
def test_short_headlines_read_as_news_headlines(headline, short):
    assert short_headline(headline, PEOPLE) == short


@pytest.mark.parametrize(
    "headline",
    [
        "Hundreds of volunteers from neighbouring towns spent the weekend clearing debris and rebuilding fences",
        "An independent review commissioned by the health board found that waiting times had doubled since spring",
        "Negotiators from both sides met behind closed doors in the capital for a third round of talks on the border",
        "Protesters who had gathered outside the parliament building since dawn were dispersed by police",
        "Officials confirmed that the bridge, which carries more than 40,000 vehicles a day, would stay closed",
    ],
)
def test_a_long_headline_is_cut_where_a_phrase_ends(headline):
    short = short_headline(headline)
    assert len(short) <= MAX_LEN and not short.endswith("…")
    rest = headline.lower()
    assert all(
        w.lower().strip('",') in rest for w in short.split()
    )  # words of the headline, in its order
    last = short.split()[-1].lower()
    assert last not in {
        "the",
        "a",
        "of",
        "to",
        "in",
        "and",
        "that",
        "by",
        "for",
        "with",
        "which",
        "who",
    }


def test_no_complete_phrase_left_gives_a_cut_at_a_word():
    words = "Supercalifragilisticexpialidocious-whatever " * 4
    short = short_headline(words.strip())
    assert short.endswith("…") and len(short) <= MAX_LEN


def test_the_seeds_main_events_have_short_distinct_headlines_that_open_on_who(seeds):
    main_events = sorted(key_events(seeds), key=rank)[:5]
    shorts = [e.short for e in main_events]
    assert all(0 < len(s) <= MAX_LEN and not s.endswith("…") for s in shorts)
    assert len({s.casefold() for s in shorts}) == len(shorts)
    visit = next(e for e in seeds.events if e.date == "2023-07")
    assert visit.short == "Jenrick visited Turkiye"  # the minister by surname, his titles gone
    deal = next(e for e in seeds.events if e.date == "2023-08-08TNI")
    assert deal.short == "Government announced an operational “centre of excellence”"
    surnames = {a.id: a.name.split()[-1] for a in seeds.actors if a.kind == "person"}
    for e in main_events:  # each opens on who or what its full headline opens on
        first = e.short.split()[0]
        subject = [w.casefold() for w in e.headline.split()[:6]]
        assert first.casefold() in subject or first in {surnames.get(a) for a in e.actors}


def test_every_seed_event_has_a_short_headline_and_all_read_differently(seeds):
    shorts = [e.short for e in seeds.events]
    assert all(0 < len(s) <= MAX_LEN for s in shorts)
    assert len(set(shorts)) == len(shorts)


def test_a_file_without_short_headlines_loads_with_them_shortened(seeds, tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    old = re.sub(r"^  short: .*\n", "", text, flags=re.M)
    assert "short:" not in old
    d = store.loads(old)
    assert [e.short for e in d.events] == [e.short for e in seeds.events]
    assert store.dumps(d) == text  # and writes them back


def test_short_headlines_travel_through_yaml_json_and_the_index(seeds):
    import json

    from dossier_tui.export.json import to_json

    assert [e["short"] for e in json.loads(to_json(seeds))["events"]] == [
        e.short for e in seeds.events
    ]
    ix = index_dossier(seeds)
    try:
        rows = ix.rows(range(ix.n_events))
        assert {r.short for r in rows} == {e.short for e in seeds.events}
        assert all(ix.event_by_id[r.id].headline == r.headline for r in rows)
    finally:
        ix.close()


def test_with_short_headlines_keeps_those_it_has():
    d = store.load(EXAMPLE)
    kept = replace(d.events[0], short="As written")
    assert with_short_headlines([kept], d.actors)[0].short == "As written"


def test_the_analysis_core_stays_headless():
    import subprocess
    import sys

    code = "import sys, dossier_tui.events.short_headline, dossier_tui.store; print('textual' in sys.modules)"
    assert (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip()
        == "False"
    )


def _visible_row(app, event_id: str) -> str:
    """The text of the event's row as the screen shows it."""
    tl = main(app).timeline
    assert tl.select_event(event_id)
    view = tl.list
    return view.render_line(view.highlighted - round(view.scroll_offset.y)).text


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["120x40", "80x24"])
async def test_the_main_events_can_be_told_apart_by_their_rows(seeds, size):
    from dossier_tui.app.app import DossierApp

    main_events = sorted(key_events(seeds), key=rank)[:4]
    app = DossierApp(seeds, "seeds")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        seen = {}
        for e in main_events:
            line = _visible_row(app, e.id)
            await pilot.pause()
            said = re.split(r"\d+ src .\s", line, maxsplit=1)[-1].rstrip().rstrip("…")
            assert len(said) >= 16 and e.short.startswith(
                said
            )  # the short headline, as far as it fits
            if len(said) < len(e.short):  # cut where a word ends, never in one
                assert e.short[len(said)] in " ,;:–—-", (said, e.short)
            seen[e.id] = said
        assert len(set(seen.values())) == len(main_events)
        visit = next(e for e in main_events if e.date == "2023-07")
        assert seen[visit.id].startswith("Jenrick visited")
        detail = str(app.screen.query_one("#event-summary").render())
        assert main_events[-1].headline in detail  # the detail pane gives the headline in full


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=240))
def test_shortening_only_takes_away(text):
    """Whatever the headline, its short form is at most MAX_LEN characters of its own
    (and "…" or a closing quotation mark): control characters and markup stay as
    they were, for the screen to make safe."""
    short = short_headline(text, PEOPLE)
    assert len(short) <= MAX_LEN
    assert set(short.casefold()) <= set(text.casefold()) | set(text.upper().casefold()) | set(
        '…”"’ '
    )


@pytest.mark.parametrize(
    "text, limit, shown",
    [
        ("Jenrick visited Turkiye", 40, "Jenrick visited Turkiye"),
        (
            "Government announced an operational centre of excellence",
            40,
            "Government announced an operational…",
        ),
        ("Mayor said, in the end, nothing", 17, "Mayor said, in…"),
        (
            "Supercalifragilisticexpialidocious word",
            12,
            "Supercalifr…",
        ),  # no word ends early enough
        ("a\x1b[31m red\nline", 40, "a\ufffd[31m red line"),  # no control character reaches the row
    ],
)
def test_a_row_is_fitted_at_a_word(text, limit, shown):
    from dossier_tui.app.words import fit

    got = fit(text, limit)
    assert len(got) <= limit
    assert got == shown


def test_the_fuller_short_form_is_the_whole_when_it_fits_and_never_a_subject_alone():
    # what a row shows when another event's short form reads alike
    assert short_headline("The January 30 elections", fuller=True) == "January 30 elections"
    fuller = short_headline(
        "Lord Goldsmith also made clear he did not draw up the written parliamentary answer",
        fuller=True,
    )
    assert fuller.startswith("Lord Goldsmith also made clear") and len(fuller) <= MAX_LEN
