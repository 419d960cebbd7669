"""Actors: names, aliases, roles, quotes and links, on the seeds and on small texts."""

from __future__ import annotations

import pytest

from dossier_tui.actors import extract
from dossier_tui.model import Source

LBC, GOV, MEMO, GUARDIAN, LEAD = (
    "000_8a222fe0dcd3905b",
    "001_4da5003dd1718fc8",
    "002_069d63cb027d3d24",
    "003_162e6472c6335bb0",
    "004_8eb9c4c09ee48502",
)


@pytest.fixture(scope="module")
def by_name(dossier):
    return {a.name: a for a in dossier.actors}


def _texts(d):
    return {s.id: s.text for s in d.sources}


def test_the_people_of_the_story_with_their_titles(by_name):
    jenrick, braverman, cooper = (
        by_name["Robert Jenrick"],
        by_name["Suella Braverman"],
        by_name["Yvette Cooper"],
    )
    assert (jenrick.kind, braverman.kind, cooper.kind) == ("person", "person", "person")
    assert jenrick.id == "robert-jenrick"
    assert any(r.title.casefold() == "immigration minister" for r in jenrick.roles)
    assert {r.source for r in jenrick.roles} == {LBC, GOV, MEMO, GUARDIAN, LEAD}
    assert [r.title for r in braverman.roles] == ["Home Secretary", "Home Secretary"]
    assert [r.title for r in cooper.roles] == ["Labour Party’s shadow home secretary"]


def test_aliases_are_merged_never_actors_of_their_own(dossier, by_name):
    assert {"Mr Jenrick", "Mr. Jenrick"} <= set(by_name["Robert Jenrick"].aliases)
    assert "NCA" in by_name["National Crime Agency"].aliases
    # named in lower case ("the Turkish national police") it is still the same body
    assert GUARDIAN in by_name["Turkish National Police"].sources
    turkey = by_name["Türkiye"]
    assert turkey.kind == "place" and {"Turkey", "Turkiye"} <= set(turkey.aliases)
    names = [a.name for a in dossier.actors]
    for alias in (
        "Mr Jenrick",
        "Mr. Jenrick",
        "Jenrick",
        "NCA",
        "Turkey",
        "Turkiye",
        "UK",
        "EU",
        "Labour",
    ):
        assert alias not in names
    assert len(names) == len(set(names))


def test_furniture_people_are_not_actors(dossier):
    everything = " | ".join(
        [a.name for a in dossier.actors] + [x for a in dossier.actors for x in a.aliases]
    )
    for noise in (
        "Andrew Marr",
        "Shelagh Fogarty",
        "Lee Anderson",
        "Rishi Sunak",
        "Wiktor Szymanowicz",
        "Getty",
        "Beth Malcolm",
        "Heriot-Watt",
        "PA Media",
        "Press Association",
    ):
        assert noise not in everything


def test_every_direct_quote_by_jenrick_and_braverman_is_theirs(dossier, by_name):
    texts = _texts(dossier)

    def said(actor, source, opening):
        return [q for q in actor.quotes if q.source == source and q.text.startswith(opening)]

    jenrick, braverman = by_name["Robert Jenrick"], by_name["Suella Braverman"]
    # LBC: three paragraphs, each opening a quotation mark again, as one quotation
    (q,) = said(jenrick, LBC, "We will be intensively sharing")
    assert q.text.endswith("share our determination to defeat it.") and q.text.count("\n") == 2
    # the press release: "X said:" then the words, without marks, for as long as they say "we"
    (q,) = said(jenrick, GOV, "Illegal migration is a global challenge")
    assert (
        q.text.endswith("share our determination to defeat it.")
        and "The export of small boats" not in q.text
    )
    assert said(jenrick, MEMO, "not primarily about money")
    (q,) = said(braverman, LBC, "As I've made clear")
    assert q.text.endswith("tackle the small boat supply chain.")
    (q,) = said(braverman, GOV, "As I’ve made clear")
    assert q.text.endswith("tackle the small boat supply chain.")
    for actor in dossier.actors:
        for q in actor.quotes:
            assert texts[q.source][q.start : q.end] == q.text
        for r in actor.roles:
            assert texts[r.source][r.start : r.end] == r.title
    # nobody else is given their words, and scare quotes are nobody's
    others = [
        q.text
        for a in dossier.actors
        if a.name not in ("Robert Jenrick", "Suella Braverman")
        for q in a.quotes
    ]
    assert not any(
        "smash the people smuggling gangs" in t or "intensively sharing" in t for t in others
    )
    assert not any(
        t in ("centre of excellence", "Centre of Excellence", "disrupt and dismantle")
        for t in others
    )


def test_events_and_actors_link_both_ways(dossier, by_name):
    events = {e.id: e for e in dossier.events}
    for a in dossier.actors:
        for eid in a.events:
            assert a.id in events[eid].actors
    for e in dossier.events:
        for aid in e.actors:
            assert e.id in next(a for a in dossier.actors if a.id == aid).events
    visit = next(e for e in dossier.events if e.date == "2023-07" and "Jenrick" in e.headline)
    assert "robert-jenrick" in visit.actors and "turkiye" in visit.actors
    announcement = next(e for e in dossier.events if e.date == "2023-08-08TNI")
    assert {"national-crime-agency", "turkish-national-police", "home-office"} <= set(
        announcement.actors
    )
    # their "X said:" statements answer the news their articles open with
    assert {"suella-braverman", "robert-jenrick"} <= set(announcement.actors)


def _one(text: str, published: str = "2023-08-09") -> tuple:
    src = Source(id="a", path="a.txt", text=text, published=published, published_basis="metadata")
    actors, _ = extract([src], [])
    return {a.name: a for a in actors}


def test_apposition_acronyms_and_lower_case_names():
    found = _one(
        "Jane Okafor, the bank's chief economist, said growth would slow. "
        "The National Audit Office (NAO) said the plan was late. The NAO has warned before. "
        "A report by the national audit office followed."
    )
    assert [r.title for r in found["Jane Okafor"].roles] == ["bank's chief economist"]
    nao = found["National Audit Office"]
    assert nao.kind == "organisation" and nao.aliases == ("NAO",)


def test_quotes_attributed_after_the_quotation_and_through_a_pronoun():
    found = _one(
        'Officials met on Friday. "We are not giving up," said Maria Lopez, the mayor. '
        'She spoke for an hour. "This is about trust," she said.\n'
        'The paper called it a "historic moment" in an editorial.'
    )
    lopez = found["Maria Lopez"]
    assert [q.text for q in lopez.quotes] == ["We are not giving up,", "This is about trust,"]
    assert all(not a.quotes for name, a in found.items() if name != "Maria Lopez")


def test_press_release_block_ends_where_the_first_person_does():
    text = (
        "The Chancellor Rachel Reeves said:\n\nWe will fix the foundations. Our plan is working.\n\n"
        "I am proud of it.\n\nThe Treasury published the figures on Monday.\n"
    )
    reeves = _one(text)["Rachel Reeves"]
    (q,) = reeves.quotes
    assert q.text == "We will fix the foundations. Our plan is working.\n\nI am proud of it."


def test_sentence_openers_and_counts_are_not_names():
    found = _one("However, the talks stalled. Monday was quiet. The 40 members of Congress voted.")
    assert set(found) <= {"Congress"}


def test_one_person_under_initials_and_middle_names_across_articles():
    a = Source(
        id="a",
        path="a.txt",
        text="Police named James C. Kopp as a suspect on Friday.",
        published="1998-11-06",
    )
    b = Source(
        id="b",
        path="b.txt",
        text="James Charles Kopp, a suspect, was seen in Vermont. James Kopp fled.",
        published="1998-11-07",
    )
    c = Source(id="c", path="c.txt", text="James D. Kopp said nothing.", published="1998-11-07")
    actors, _ = extract([a, b], [])
    (kopp,) = [x for x in actors if "Kopp" in x.name]
    assert kopp.name == "James Charles Kopp" and set(kopp.aliases) == {
        "James C. Kopp",
        "James Kopp",
    }
    actors, _ = extract([a, b, c], [])  # a James D. Kopp is someone else: nothing is merged
    assert len([x for x in actors if "Kopp" in x.name]) >= 3


def test_a_person_is_not_of_a_place_and_a_weekday_ends_a_name():
    found = _one(
        "Bishop Henry Mansell of the Archdiocese of Buffalo said prayers. "
        "Bill Clinton spoke in the Rose Garden Wednesday."
    )
    assert "Henry Mansell" in found and found["Henry Mansell"].roles[0].title == "Bishop"
    assert not any("Buffalo" in n or "Wednesday" in n for n in found)


def test_she_said_is_the_last_person_heard_speaking():
    found = _one(
        "``Nobody talks to Fidel,'' Juanita Castro said. Juanita Castro has not visited the relatives "
        "of Elian Gonzalez.\n``I just work in my pharmacy,'' she said."
    )
    assert [q.text for q in found["Juanita Castro"].quotes] == [
        "Nobody talks to Fidel,",
        "I just work in my pharmacy,",
    ]
    assert "Elian Gonzalez" not in found or not found["Elian Gonzalez"].quotes


def test_initials_within_a_name_are_kept_whole():
    from dossier_tui.actors.name_keys import initials

    assert initials("US Navy") == "USN" and initials("National Crime Agency") == "NCA"
    found = _one("The UN said aid was arriving. The US Navy sent three ships to the island.")
    assert "UN" not in found.get("US Navy").aliases


def test_initials_of_an_illness_a_substance_or_a_weapon_are_no_body():
    text = (
        "SARS killed hundreds in 2003. DNA tests showed the new virus is unlike SARS. "
        "Officials said WMD were never found, and SARS vaccines failed. NATO said DNA "
        "samples would be shared. NATO met on Friday."
    )
    found = _one(text)
    assert "NATO" in found and not {"SARS", "DNA", "WMD"} & set(found)


def test_initials_of_a_treatment_or_a_thing_in_the_plural_are_no_body():
    text = (
        "Paramedics gave him CPR at the house. Fans bought his CDs and DVDs. GPs were told. "
        "CPR was given for an hour, paramedics said. The CDs sold out. NATO met on Friday. "
        "NATO said talks would go on."
    )
    found = _one(text)
    assert "NATO" in found and not {"CPR", "CDs", "DVDs", "GPs"} & set(found)


def test_a_byline_s_reporter_and_outlet_are_two_names():
    from dossier_tui.actors.names import names

    text = "Peter Bowes BBC News, Los Angeles It is a familiar scene outside the court."
    found = [n.text for n in names(text, [(0, len(text))], frozenset(text.lower().split()))]
    assert "Peter Bowes" in found and "BBC News" in found
    assert not any("Bowes BBC" in n for n in found)


def test_a_company_s_initials_come_from_the_words_run_into_its_name():
    from dossier_tui.actors.name_keys import initials

    assert initials("GlaxoSmithKline Plc") == "GSK" and initials("Gilead Sciences Inc") == "GS"
    assert initials("National Crime Agency") == "NCA"


def test_and_joins_the_common_words_of_one_body_s_name_never_two_bodies():
    from dossier_tui.actors.names import names

    text = (
        "The Food and Agriculture Organization said pigs were safe. "
        "The Home Office and Foreign Office agreed. Britain and France signed."
    )
    lower = frozenset({"food", "agriculture", "home", "foreign", "office", "said", "the"})
    found = [n.text for n in names(text, [(0, 58), (59, 101), (102, len(text))], lower)]
    assert "Food and Agriculture Organization" in found
    assert "Home Office" in found and "Foreign Office" in found
    assert "Britain" in found and "France" in found
    text = "The Immigration and Naturalization Service ruled. The INS said the boy must go home."
    found = [n.text for n in names(text, [(0, 50), (51, len(text))], frozenset({"immigration"}))]
    assert "Immigration and Naturalization Service" in found  # the text writes INS


def test_a_title_written_with_a_hyphen_is_a_title_after_a_body_s_initials():
    from dossier_tui.actors.names import names

    text = "WHO Director-General Margaret Chan said the virus spread."
    (chan,) = [n for n in names(text, [(0, len(text))], frozenset()) if "Chan" in n.text]
    assert chan.text == "Margaret Chan" and chan.kind == "person"


def test_a_wire_dateline_run_into_a_byline_is_a_place_not_a_person():
    from dossier_tui.actors.names import names

    text = "By Maggie Fox, Health and Science Editor WASHINGTON (Reuters) - A child has died."
    found = {n.text: n.kind for n in names(text, [(0, len(text))], frozenset())}
    assert found.get("WASHINGTON") != "person"


def test_initials_the_corpus_also_writes_in_lower_case_stand_only_for_a_body_named_in_full():
    from dossier_tui.actors import extract

    texts = {
        "a": "The World Health Organization (WHO) said on Monday the virus had spread. "
        "WHO officials met in Geneva. Those who travelled were tested. LIVE coverage follows.",
        "b": "WHO said the alert would stay at phase five. Doctors who saw the patients agreed. "
        "LIVE: the latest. LIVE updates through the day, as the live page tells.",
    }
    srcs = [Source(id=k, path=f"{k}.txt", text=t, published="2009-04-27") for k, t in texts.items()]
    actors, _ = extract(srcs, [])
    found = {a.name: a for a in actors}
    assert "WHO" in found["World Health Organization"].aliases
    assert set(found["World Health Organization"].sources) == {"a", "b"}
    assert "LIVE" not in found and not any("LIVE" in a.aliases for a in actors)


def test_one_body_written_with_and_without_its_country_and_in_two_spellings_is_one_actor():
    from dossier_tui.actors import extract

    texts = {
        "a": "The U.S. Centers for Disease Control said 20 people were ill. The CDC said more "
        "cases would follow.",
        "b": "The Centres for Disease Control said the virus was mild. The CDC reported cases.",
        "c": "A Center for Disease Control spokesman said tests were under way.",
        "d": "The British Red Cross sent a team. The Red Cross said supplies were short.",
        "e": "The U.S. Centers for Disease Control said children were most at risk.",
        "f": "The U.S. Centers for Disease Control said 40 schools had closed.",
        "g": "The Department of Health said the NHS was ready. The US Department of Health "
        "said it was watching.",
        "h": "The Department of Health said more nurses would be hired.",
    }
    srcs = [Source(id=k, path=f"{k}.txt", text=t, published="2009-04-27") for k, t in texts.items()]
    actors, _ = extract(srcs, [])
    found = {a.name: a for a in actors}
    cdc = found["U.S. Centers for Disease Control"]
    assert set(cdc.sources) == {"a", "b", "c", "e", "f"} and "CDC" in cdc.aliases
    assert "British Red Cross" in found and "Red Cross" in found  # two bodies
    # the corpus's Department of Health is its own country's, not the one an article names
    assert "US Department of Health" in found and set(found["Department of Health"].sources) == {
        "g",
        "h",
    }


def test_a_name_without_its_middle_one_is_the_bearer_far_more_sources_name():
    from dossier_tui.actors import extract

    texts = {
        f"w{i}": f"George W Bush met the prime minister in London on day {i}." for i in range(4)
    }
    texts |= {
        "a": "George Bush said on Monday the war was won.",
        "b": "George Bush said the talks went well. George W Bush left for Texas.",
        "c": "His father, George HW Bush, was president in 1991.",
        "d": "John A. Powell wrote the letter. John Thomas Powell signed it. John Powell read it.",
    }
    srcs = [Source(id=k, path=f"{k}.txt", text=t, published="2005-04-27") for k, t in texts.items()]
    found = {a.name: a for a in extract(srcs, [])[0]}
    assert "George Bush" in found["George W Bush"].aliases
    assert "c" not in found["George W Bush"].sources and "George HW Bush" in found
    assert "John Powell" in found  # one source each: no middle name dominates


def test_a_name_never_ends_on_the_connector_before_a_day():
    from dossier_tui.actors.names import names

    text = "A memorial service planned at the University of Rochester for Saturday was canceled."
    found = [n.text for n in names(text, [(0, len(text))], frozenset({"memorial"}))]
    assert found == ["University of Rochester"]


def test_a_title_word_that_opens_a_body_s_name_and_a_company_s_legal_form_name_bodies():
    from dossier_tui.actors.names import names

    text = (
        "Professor John Oxford, a virologist at Queen Mary School of Medicine, said so. "
        "Novartis AG said sales rose."
    )
    found = {n.text: n.kind for n in names(text, [(0, 78), (79, len(text))], frozenset({"sales"}))}
    assert found["Queen Mary School of Medicine"] == "organisation"
    assert found["Novartis AG"] == "organisation" and "Mary School" not in found
