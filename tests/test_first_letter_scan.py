import re

import pytest

from dossier_tui.text.first_letter_scan import first_letter_scan, first_letters


def test_first_letters_reach_into_groups_and_refuse_what_may_open_otherwise():
    assert first_letters(r"will|ha(?:s|d)\s+\w+|(?:between|from)\s+and|z[x|y]") == "bfhwz"
    assert first_letters(r"(?:between|from)\s+and|next") == "bfn"
    with pytest.raises(ValueError):
        first_letters(r"(?:a|b)?c")
    with pytest.raises(ValueError):
        first_letters(r"\d+|a")


def test_a_first_letter_scan_finds_what_the_plain_pattern_finds():
    words = r"will|shall|due\s+to|next"
    plain = re.compile(rf"\b(?:{words})\b", re.I)
    fast = first_letter_scan(words)
    for text in ("It WILL rain", "the ſhall form", "duel to", "due  to go", "nextdoor", "a"):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
