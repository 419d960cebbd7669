"""Roles: the titles news gives a person are job titles, and that person's own."""

from __future__ import annotations

from helpers import actors_by_name

from dossier_tui.model import Actor


def _actors(*texts: str) -> dict[str, Actor]:
    return actors_by_name(texts, "2009-05-01")


def _titles(found: dict[str, Actor], name: str) -> list[str]:
    return [r.title for r in found[name].roles] if name in found else []


def test_a_hanging_preposition_makes_the_name_the_subject_not_the_holder():
    found = _actors(
        "Dr Alan Remy was questioned. A spokeswoman for Dr Remy said he was not a suspect. "
        'Fans shouted "justice for Remy" outside. Nina Colby, a spokeswoman for Dr Remy, '
        "said he would keep practising."
    )
    assert _titles(found, "Alan Remy") == []
    assert _titles(found, "Nina Colby") == ["spokeswoman for Dr Remy"]


def test_a_weekday_or_a_clock_time_is_not_part_of_the_title():
    found = _actors(
        "The talks failed. On Saturday Foreign Minister Lucia Ferrante criticised the ban. "
        "At 0400 GMT Deputy Information Minister Kwame Osei phoned our correspondent."
    )
    assert _titles(found, "Lucia Ferrante") == ["Foreign Minister"]
    assert _titles(found, "Kwame Osei") == ["Deputy Information Minister"]


def test_a_place_before_a_small_word_is_not_part_of_the_title():
    found = _actors(
        "Is there a way out of Freedonia for President Ogden Marsh, asks our writer. "
        "Ogden Marsh did not reply."
    )
    assert _titles(found, "Ogden Marsh") == ["President"]


def test_a_title_is_whole_words_and_keeps_the_dots_of_initials():
    found = _actors(
        '"Our concern has grown," said Dr Ruth Kessler, acting director of the U.S. Centers for '
        "Disease Control and Prevention. She spoke in Atlanta."
    )
    assert _titles(found, "Ruth Kessler") == [
        "acting director of the U.S. Centers for Disease Control and Prevention"
    ]


def test_the_title_of_the_person_named_first_is_not_given_to_the_next_name():
    found = _actors(
        "Watch: the BBC's Tom Kerr Moldovan President Ion Rusu said aid was slow. "
        "Sentencing is up to Judge Ann Hale Priddy did not speak in court."
    )
    assert _titles(found, "Ion Rusu") == ["Moldovan President"]
    assert not any("Judge" in t for t in _titles(found, "Priddy"))


def test_a_title_that_is_part_of_a_namesake_s_name_is_not_the_father_s():
    found = _actors(
        "Singer Edward Harlow died on Thursday. His children are Edward Harlow Jr, Paris Harlow "
        "and Prince Edward Harlow II. The children, Prince, Paris and Blanket, were with him. "
        "Prince Edward, 12, spoke at the service."
    )
    for actor in found.values():
        assert "Prince" not in [r.title for r in actor.roles], actor.name


def test_a_royal_title_before_a_surname_is_a_monarch_s_not_a_namesake_s():
    found = _actors(
        "Omar Hussein led the country for years.",
        "There were similar concerns in 1991, when King Hussein remained neutral during the war.",
    )
    assert "King" not in _titles(found, "Omar Hussein")


def test_a_title_before_a_bare_surname_is_the_namesake_s_the_corpus_gives_it_to():
    found = _actors(
        "Secretary of State Kate Hanley visited Lima. Kate Hanley met officials.",
        "In 1994 President Bill Hanley sent troops. Bill Hanley is now an envoy.",
        "How is the aid helping? Former President Hanley was involved for years. Kate Hanley agreed.",
    )
    assert _titles(found, "Kate Hanley") == ["Secretary of State"]
    assert _titles(found, "Bill Hanley") == ["President"]


def test_a_bare_surname_is_the_last_full_name_the_article_gave():
    found = _actors(
        "Kate Hanley, the secretary of state, spoke. Kate Hanley flew on.",
        "Bill Hanley flew in on Monday. Then President Hanley was greeted warmly. Kate Hanley met him.",
    )
    assert _titles(found, "Kate Hanley") == ["secretary of state"]


def test_a_name_after_the_title_says_who_holds_it_there():
    found = _actors(
        "Foreign Minister Ana Ruiz flew to Lima.",
        "The talks went on. The foreign minister, Paulo Brandt, said the border stays open.",
    )
    assert all(r.source == "s0" for r in found["Ana Ruiz"].roles)


def test_a_former_or_deputy_title_does_not_make_its_holder_the_office_holder():
    found = _actors(
        "Former deputy Labour leader Roy Fenwick said the loss was felt keenly.",
        "The Labour leader himself was circumspect about the defection.",
    )
    assert _titles(found, "Roy Fenwick") == ["Former deputy Labour leader"]


def test_a_verb_or_a_link_word_is_not_a_title():
    found = _actors(
        "History will judge Hugh Garner as a loyal ally. Rose Vance, with Prince, Paris and "
        "the others, waited. The minister, Ivo Laine, and the trade secretary, Nora Pell, spoke."
    )
    assert _titles(found, "Hugh Garner") == []
    assert _titles(found, "Rose Vance") == []
    assert "and the trade secretary" not in _titles(found, "Ivo Laine")


def test_family_is_not_a_title():
    found = _actors(
        "Clive Anderson, the son of a bank manager, investigates.",
        "What Became Of The Bank Manager? Clive Anderson asks.",
    )
    assert _titles(found, "Clive Anderson") == []


def test_the_seed_titles_stay_as_they_are():
    found = _actors(
        "Immigration Minister Robert Jenrick visited Ankara. Home Secretary Suella Braverman said: "
        '"We will stop the boats." Yvette Cooper, the Labour Party\'s shadow home secretary, said no.'
    )
    assert _titles(found, "Robert Jenrick") == ["Immigration Minister"]
    assert _titles(found, "Suella Braverman") == ["Home Secretary"]
    assert _titles(found, "Yvette Cooper") == ["Labour Party's shadow home secretary"]
