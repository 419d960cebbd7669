"""Quotations and their speakers on crawled news: one line per article, no paragraph
breaks, straight, curly or backtick-and-apostrophe marks, and stray marks."""

from __future__ import annotations

from dossier_tui.actors import extract
from dossier_tui.model import Source


def _said(text: str) -> dict[str, list[str]]:
    """Each speaker's quotations, checked to be exact spans of ``text``."""
    src = Source(
        id="a", path="a.txt", text=text, published="2010-01-15", published_basis="metadata"
    )
    actors, _ = extract([src], [])
    for a in actors:
        for q in a.quotes:
            assert text[q.start : q.end] == q.text
    return {a.name: [q.text for q in a.quotes] for a in actors if a.quotes}


def test_a_quotation_left_open_ends_with_its_sentence():
    said = _said(
        'Judge Alan Pryce told the court on Monday: "You may not leave the state under any '
        "circumstances. Mr Okoro, a builder, lives in Leeds with his two children. The hearing "
        "resumes in May, and the prosecution will call six witnesses.\n"
    )
    assert said == {"Alan Pryce": ["You may not leave the state under any circumstances."]}


def test_a_quotation_left_open_runs_on_while_it_speaks_in_the_first_person():
    said = _said(
        'Oliver Grant told reporters: "We tried everything. Our team worked all night and I am proud '
        "of them. The storm hit the coast at dawn, cutting power to 40,000 homes."
    )
    assert said == {
        "Oliver Grant": ["We tried everything. Our team worked all night and I am proud of them."]
    }


def test_a_stray_mark_does_not_join_the_next_quotation():
    said = _said(
        "The band's \"farewell tour was cancelled last week. Ticket holders were refunded in full. "
        '"We are heartbroken," said Sarah Fenwick, the band\'s manager.'
    )
    assert said == {"Sarah Fenwick": ["We are heartbroken,"]}


def test_a_long_quotation_whose_paragraph_breaks_were_lost_stays_whole():
    said = _said(
        'Speaking in Leeds, Mr Okafor said: "This is a test of our resolve. "It must not be beyond us '
        'to act together. "We will act," he added. Markets rose on Friday.'
    )
    assert said == {
        "Mr Okafor": [
            'This is a test of our resolve. "It must not be beyond us to act together. '
            '"We will act,'
        ]
    }


def test_a_statement_in_a_one_line_text_ends_where_the_first_person_does():
    one_line = _said(
        "The Chancellor Rachel Reeves said: We will fix the foundations. Our plan is working. "
        "The Treasury published the figures on Monday. Analysts were unimpressed."
    )
    assert one_line == {"Rachel Reeves": ["We will fix the foundations. Our plan is working."]}
    # "X said:" then the rest of the article on one line
    rest = _said(
        "Housing minister Lucy Barnes said:\nWe will build the homes. Our plan is working. "
        "The ministry published the figures on Monday. Critics said it was late, and the "
        "opposition said we should not believe it."
    )
    assert rest == {"Lucy Barnes": ["We will build the homes. Our plan is working."]}


def test_the_speaker_named_after_the_quotation_is_in_its_attribution():
    said = _said(
        '"Prices will rise," said Dr Lena Ortiz. "We are ready for it," Dr Ortiz said. '
        '"Nobody saw this coming," the defence lawyer added. He also said Mark Bello had been '
        'wrong. "Talks will resume", according to Paul Keane.'
    )
    assert said == {
        "Lena Ortiz": ["Prices will rise,", "We are ready for it,"],
        "Paul Keane": ["Talks will resume"],
    }


def test_a_new_sentence_after_a_quotation_is_not_its_attribution():
    said = _said(
        'Tom Reyes spoke after the vote. "The plan is dead." Sarah Nolan said the talks would resume '
        "on Monday."
    )
    assert "Sarah Nolan" not in said


def test_backtick_and_apostrophe_quotations():
    said = _said(
        "Protest over ` obscene' inauguration Thousands marched on Saturday. ` We want our voices "
        "heard,' said Ruth Adeyemi, a spokeswoman for the marchers. The march began at noon. "
        "` It is a bit of a coronation,' Mr Haas said. ` The workers' union will not back down,' "
        "said Ms Adeyemi."
    )
    assert said == {
        "Ruth Adeyemi": ["We want our voices heard,", "The workers' union will not back down,"],
        "Mr Haas": ["It is a bit of a coronation,"],
    }


def test_a_quotation_inside_another_is_part_of_it():
    said = _said(
        '"He told me: ` Please help me, I can not sleep\'," Dr Lena Ortiz said. Police were called.'
    )
    assert said == {"Lena Ortiz": ["He told me: ` Please help me, I can not sleep',"]}


def test_the_same_voice_goes_on_only_after_an_attribution():
    said = _said(
        'Tom Reyes said: "We will appeal." Gina Marlow also says the board "mishandled" the sale.'
    )
    assert said["Tom Reyes"] == ["We will appeal."]


def test_the_speaker_is_the_subject_of_the_speech_verb():
    said = _said(
        "Paul Keane, a lawyer, said he needed the report on Maria Lopez's health and said the delay "
        'suggested "gamesmanship". Oliver Rowe, who worked with Sarah Nolan, said the show would be '
        '"very moving" for him.'
    )
    assert said == {"Paul Keane": ["gamesmanship"], "Oliver Rowe": ["very moving"]}


def test_he_added_is_the_voice_of_the_quotation_before():
    said = _said(
        'Tom Reyes arrived on Monday. "Tents will not work," said the head of the mission. '
        '"Talks must go on," he added.'
    )
    assert said == {}


def test_she_is_the_person_last_named_as_a_subject():
    said = _said(
        "Paul Keane said the plan was late. Dr Lena Ortiz, a surgeon, told the BBC she was worried. "
        '"We need more beds," she said.'
    )
    assert said == {"Lena Ortiz": ["We need more beds,"]}
