"""Actors on text as crawls save it: glued titles and captions, initials, spellings,
honorifics, places and surnames shared in a family. The names are invented."""

from __future__ import annotations

from helpers import actors_by_name

from dossier_tui.actors import extract
from dossier_tui.actors.spelling_variants import skeleton
from dossier_tui.model import Source


def _actors(*texts: str) -> dict:
    return actors_by_name(texts, "2011-05-02")


def test_a_name_never_takes_in_the_next_sentences_first_word():
    found = _actors(
        "UN Secretary General Tan Wei-ling Some aid has reached the port. Harold Pym Mrs Pym said the "
        "family was safe. Edward Grail Any delay would be costly, he said."
    )
    assert {"Tan Wei-ling", "Harold Pym", "Mrs Pym", "Edward Grail"} <= set(found)
    assert not any(w in name.split() for name in found for w in ("Some", "Any"))


def test_weekdays_time_zones_and_places_do_not_join_a_body():
    found = _actors(
        "Thursday BP said the well was capped. 14.02 GMT BP shares rose. Florida BP protesters "
        "gathered as BP Plc and the BP Board met."
    )
    assert "BP" in found and found["BP"].kind == "organisation"
    assert {"BP Board", "BP Plc"} <= set(found["BP"].aliases)
    assert not any(n.startswith(("Thursday", "GMT", "Florida")) for n in found)


def test_a_title_case_headline_gives_only_the_names_running_text_gives():
    found = _actors(
        "Pym Goes To Westbury Surrounded by reporters, Harold Pym told the committee he had "
        "done nothing wrong. Mr Pym spoke for an hour.",
        "TALKS COLLAPSE AS PYM WALKS OUT Harold Pym left the hearing early.",
    )
    assert "Harold Pym" in found
    assert not any(
        w in n for n in found for w in ("Goes", "Westbury Surrounded", "COLLAPSE", "WALKS")
    )


def test_initials_that_act_are_a_body_and_their_parts_are_that_body():
    found = _actors(
        "NATO jets struck the depot. NATO said no civilians were hurt.",
        "The KRG confirmed the talks.",
    )
    assert found["NATO"].kind == "organisation"
    assert found["KRG"].kind == "organisation"


def test_transliterations_of_one_name_are_one_person():
    assert skeleton("Muammar Gaddafi") == skeleton("Moammar Gadhafi") == skeleton("Muammar Qaddafi")
    assert skeleton("Michael Jackson") != skeleton("Michelle Jackson")
    found = _actors(
        "Colonel Yusuf Qaddumi said the city would fall.",
        "Colonel Yousef Gaddoumi said it would not.",
        "World Health Organisation experts met.",
        "The World Health Organization said so.",
    )
    people = [a for a in found.values() if a.kind == "person"]
    assert len(people) == 1 and {"Yusuf Qaddumi", "Yousef Gaddoumi"} <= {
        people[0].name,
        *people[0].aliases,
    }
    assert sum("World Health" in n for n in found) == 1


def test_a_gendered_honorific_never_joins_a_person_of_the_other_sex():
    found = _actors(
        "Harold Pym resigned on Monday. Mrs Pym said she was proud of him. Mr Pym said nothing."
    )
    assert "Mr Pym" in found["Harold Pym"].aliases
    assert "Mrs Pym" not in found["Harold Pym"].aliases
    assert "Mrs Pym" in found


def test_a_bare_surname_is_the_bearer_the_corpus_names_most():
    many = [
        "Prime Minister Anthony Grail said the war was legal. Anthony Grail spoke at length."
    ] * 3
    found = _actors(*many, "Anthony Grail and his wife Sarah Grail arrived. Grail said nothing.")
    assert "Grail" in found["Anthony Grail"].aliases
    assert "Grail" not in found["Sarah Grail"].aliases


def test_a_lone_given_name_joins_the_one_full_name_it_begins():
    found = _actors(
        "President Nurettin Kamalov was overthrown. President Nurettin said he would fight on."
    )
    assert "Nurettin" in found["Nurettin Kamalov"].aliases


def test_a_short_given_name_is_the_full_one():
    found = _actors(
        "Defence lawyer Edward Chernick said the doctor was innocent. Ed Chernick told the jury so."
    )
    people = [a for a in found.values() if a.kind == "person"]
    assert len(people) == 1


def test_a_place_is_not_a_person_and_is_not_absorbed_by_one():
    found = _actors(
        "A judge in Los Angeles set the date. George Washington was born in 1732. "
        "Officials in Washington said the law would pass."
    )
    assert "Los Angeles" not in found
    assert "Washington" not in found["George Washington"].aliases


def test_a_body_without_a_head_word_is_a_body():
    found = _actors(
        "The British Red Cross said it had sent tents. The Red Cross Haiti Relief Fund opened."
    )
    assert found["British Red Cross"].kind == "organisation"
    assert "Red Cross" not in found["Red Cross Haiti Relief Fund"].aliases


def test_a_county_office_is_named_with_or_without_the_county():
    found = _actors(
        "The Marlow County Coroner's office said the death was a homicide.",
        "The Marlow coroner confirmed the cause of death.",
    )
    assert set(found["Marlow County Coroner"].sources) == {"s0", "s1"}


def test_names_glued_in_a_listing_come_apart():
    found = _actors(
        "Private Passions -- Ian Holt Award-winning Scottish crime writer Ian Holt Michael Verity "
        "talks about music. The award-winning novelist spoke. 7.00 pm KLTV LIVE Mark Pell is live "
        "from the stadium. Mark Pell said it was fun. The Tony Marsh Faith Foundation said so."
    )
    assert {"Ian Holt", "Michael Verity", "Mark Pell", "Tony Marsh Faith Foundation"} <= set(found)
    assert not any(w in n for n in found for w in ("Award", "LIVE Mark", "Holt Michael"))


def test_a_wire_dateline_is_where_the_story_was_filed_not_a_body():
    found = _actors(
        *(
            f"Kids wear masks on a bus, May {d}, 2009. GENEVA | Thu May {d}, 2009 11:39 am EDT "
            f"GENEVA (Reuters) - The agency said cases rose. NATO said it would meet."
            for d in (4, 5, 6)
        )
    )
    assert "GENEVA" not in found or found["GENEVA"].kind == "place"
    assert found["NATO"].kind == "organisation"


def test_a_pronoun_tells_a_persons_sex_so_mrs_joins_no_man():
    found = _actors(
        "Dale Marsh said he would fly home. Mrs Marsh, who lives in Ohio, was not at the hearing.",
        "Dale Marsh said his family was grieving.",
    )
    assert "Mrs Marsh" not in found["Dale Marsh"].aliases
    assert "Mrs Marsh" in found


def test_a_family_name_written_first_is_what_mr_uses():
    found = _actors(
        "Secretary General Pak Ji-hoon flew to the capital. Mr Pak said aid was coming.",
        "Mr Pak met the president on Friday.",
    )
    assert "Mr Pak" in found["Pak Ji-hoon"].aliases
    assert "Mr Pak" not in found


def test_an_occupation_is_a_role():
    found = _actors(
        "Police have spoken to the singer's personal doctor, Dr Alan Crane, who was with him. "
        "Pop star Gil Ferro said he was tired."
    )
    assert "personal doctor" in [r.title for r in found["Alan Crane"].roles]
    assert [r.title for r in found["Gil Ferro"].roles] == ["Pop star"]


def test_the_story_s_actors_outrank_those_of_pages_that_only_share_the_corpus():
    story = [
        "Gil Ferro died at his home in June. The Marlow County Coroner said Gil Ferro died of an overdose. "
        "Dr Alan Crane denied wrongdoing."
        for _ in range(8)
    ]
    story[:4] = [s + " His lawyer, Lara Quinn, said he was innocent." for s in story[:4]]
    schedule = [
        "Tonight KLTV Radio presents a concert. Later, KLTV Radio plays jazz until dawn. "
        "The news follows at ten. A quiz follows at eleven. A tribute to Gil Ferro follows at noon."
        for _ in range(5)
    ]
    sources = [
        Source(
            id=f"s{i}", path=f"s{i}.txt", text=t, published="2011-05-02", published_basis="metadata"
        )
        for i, t in enumerate(story + schedule)
    ]
    names = [a.name for a in extract(sources, [])[0]]
    assert names.index("Lara Quinn") < names.index(
        "KLTV Radio"
    )  # named in 4 sources, the station in 5


def test_a_people_s_word_after_a_name_is_neither_part_of_it_nor_a_surname():
    found = _actors(
        "The broadcaster's Matt Lowe Haitian officials said the port was shut. Haitian doctors "
        "worked all night.",
        "Haitian police patrolled. Matt Lowe said the port was shut.",
    )
    assert "Matt Lowe" in found
    assert not any("Haitian" in n or "Haitian" in a for n in found for a in found[n].aliases)


def test_a_peers_title_name_joins_only_the_bearer_its_article_names():
    found = _actors(
        "Lord Marsh, the attorney general, gave his advice. Lord Marsh said it was legal.",
        "The promoter Harvey Marsh said the concert would go ahead.",
        "Peter Marsh, who became Lord Marsh, was the attorney general. Lord Marsh declined to comment.",
    )
    assert "Lord Marsh" in found["Peter Marsh"].aliases
    assert set(found["Harvey Marsh"].sources) == {"s1"}


def test_a_lone_given_name_is_not_a_stranger_who_has_it_as_a_surname():
    found = _actors(
        "Michael Ferro died in June. Fans said Michael was a genius. Michael Ferro was 50.",
        "Michael was buried in Glendale. Michael Ferro's family attended.",
        "MP and former minister Alun Michael questioned the home secretary.",
    )
    assert set(found["Alun Michael"].sources) == {"s2"}
    assert "Michael" not in found["Alun Michael"].aliases


def test_a_title_before_a_name_that_owns_the_next_title_is_a_glued_caption():
    found = _actors(
        "The defence says Dr Crane was Gil Ferro's friend before he became the star's physician "
        "Gil Ferro's personal physician, Alan Crane, has gone on trial. Pop star Gil Ferro said he was tired."
    )
    assert [r.title for r in found["Gil Ferro"].roles] == ["Pop star"]
    assert [r.title for r in found["Alan Crane"].roles] == ["personal physician"]
