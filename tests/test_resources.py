"""The language resources: the shipped files load, look-ups work, bad files are refused."""

import pytest

from dossier_tui import resources
from dossier_tui.resources import (
    ResourceError,
    country_of,
    parse_countries,
    parse_places,
    parse_word_families,
)


def test_the_shipped_files_load_with_unique_keys():
    found = resources.countries()
    codes = [c.code for c in found]
    assert len(codes) == len(set(codes)) > 250
    names = [resources.fold(c.name) for c in found]
    assert len(names) == len(set(names))
    assert len(resources.families()) >= 80


@pytest.mark.parametrize(
    "word, name",
    [
        ("Britons", "United Kingdom"),
        ("Turkish", "Türkiye"),
        ("U.S.", "United States"),
        ("Haitians", "Haiti"),
        ("Dutch", "Netherlands"),
        ("united kingdom", "United Kingdom"),
        ("türkiye", "Türkiye"),
        ("TURKIYE", "Türkiye"),
        ("Turkey", "Türkiye"),
        ("Great Britain", "United Kingdom"),
        ("the Netherlands", "Netherlands"),
        ("Holland", "Netherlands"),
        ("Burma", "Myanmar"),
        ("Cote d’Ivoire", "Ivory Coast"),
        ("Korean", None),
        ("Filipinos", "Philippines"),
        ("Scots", "Scotland"),
        ("Welsh", "Wales"),
        ("Afghans", "Afghanistan"),
        ("Iraqis", "Iraq"),
        ("Mexicans", "Mexico"),
        ("Swiss", "Switzerland"),
        ("South Korean", "South Korea"),
        ("Republic of Korea", "South Korea"),
        ("Syrian Arab Republic", "Syria"),
        ("Russian Federation", "Russia"),
        ("Holy See", "Vatican"),
        ("Kosovars", "Kosovo"),
        ("Hong Kongers", "Hong Kong"),
        ("Guinean", None),
        ("smugglers", None),
    ],
)
def test_country_of_any_name_alias_or_demonym(word, name):
    assert country_of(word) == name


def test_ambiguous_forms_need_context():
    assert country_of("Jordan") == "Jordan" and country_of("Jordan", allow_ambiguous=False) is None
    assert country_of("us") == "United States" and country_of("us", allow_ambiguous=False) is None
    assert country_of("U.S.", allow_ambiguous=False) == "United States"
    assert country_of("Turkish", allow_ambiguous=False) == "Türkiye"
    assert {"Chad", "Georgia", "Jordan"} <= {c.name for c in resources.countries() if c.ambiguous}


def test_every_iso_country_has_a_row():
    pycountry = pytest.importorskip("pycountry")
    codes = {c.code for c in resources.countries()}
    assert {c.alpha_2 for c in pycountry.countries} <= codes
    assert {"XK", "GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR"} <= codes
    assert resources.country("TR").official_name == "Republic of Türkiye"


def test_word_families_are_disjoint_and_lower_case():
    fams = resources.families()
    words = [w for variants in fams.values() for w in variants]
    assert len(words) == len(set(words)) == len(resources.word_families())
    assert all(w == w.lower() and " " not in w for w in words)
    wf = resources.word_families()
    assert wf["pact"] == wf["accord"] == wf["agreed"] == "agreement"
    assert wf["quake"] == wf["tremor"] == "earthquake" and wf["aftershock"] == "aftershock"
    assert wf["truce"] == "ceasefire" and wf["detained"] == "arrest"
    assert wf["trial"] != wf["hearing"]


HEADER = "code\tname\tofficial_name\taliases\tdemonyms\tambiguous\n"


@pytest.mark.parametrize(
    "body, problem",
    [
        ("XX\tA\t\t\t\n", "expected 6"),
        ("gb\tA\t\t\t\t\n", "bad code"),
        ("AA\tA\t\t\t\t\nAA\tB\t\t\t\t\n", "appears twice"),
        ("AA\tA\t\tBee\t\t\nBB\tB\t\t\tbee\t\n", "names both AA and BB"),
        ("AA\tA\t\t\t\tZed\n", "ambiguous form"),
    ],
)
def test_a_malformed_country_row_names_file_and_line(body, problem):
    with pytest.raises(ResourceError, match=problem) as e:
        parse_countries("# comment\n" + HEADER + body, "countries.tsv")
    assert str(e.value).startswith(f"countries.tsv:{2 + body.count(chr(10))}:")


def test_a_variant_in_two_families_is_refused():
    text = "reference\tvariants\tnote\ndeal\tdeal pact\nsign\tsign pact\n"
    with pytest.raises(ResourceError, match="news_words.tsv:3: 'pact' is in both"):
        parse_word_families(text, "news_words.tsv")
    with pytest.raises(ResourceError, match=":2: 'Pact' is not a single lower-case word"):
        parse_word_families("reference\tvariants\tnote\nx\tPact\n", "news_words.tsv")
    with pytest.raises(ResourceError, match=":1: the header"):
        parse_word_families("ref\tvariants\n")


def test_places_name_cities_states_and_regions_but_no_country():
    assert resources.place_kind("Los Angeles") == "city"
    assert resources.place_kind("the Middle East") == "region"
    assert resources.place_kind("Florida") == "state"
    assert resources.place_kind("Mexico") is None  # a country: countries.tsv's
    assert resources.place_kind("Jackson") is None  # a small city, and a surname


def test_a_malformed_place_names_its_line():
    with pytest.raises(ResourceError, match=r"x.tsv:3: kind 'town'"):
        parse_places("name\tkind\tcountry\nLeeds\tcity\tGB\nTroy\ttown\tUS\n", "x.tsv")
