"""Every tagger rule carries examples, and the rule itself tags each one as it says."""

from __future__ import annotations

import pytest

from dossier_tui.temporal import tag
from dossier_tui.temporal.recognise import find
from dossier_tui.temporal.rules import RULES

CASES = [
    pytest.param(rule, example, id=f"{rule.name}-{i}")
    for rule in RULES
    for i, example in enumerate(rule.examples)
]


def _spans_of(rule, text):
    """The spans of ``text`` that ``rule`` found (alone, or as part of a day and time)."""
    out = set()
    for c in find(text):
        if any(r is rule for r in (c.rule, *(p.rule for p in c.parts or ()))):
            out.add((c.start, c.end))
    return out


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_every_rule_has_an_example(rule):
    assert rule.examples, f"rule {rule.name!r} has no example"


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_rule_example(rule, example):
    spans = _spans_of(rule, example.text)
    found = tag(example.text, example.dct)
    hits = [
        t
        for t in found
        if (t.start, t.end) in spans and (not example.phrase or t.text == example.phrase)
    ]
    assert hits, f"{rule.name} did not tag {example.phrase or 'anything'!r}: {found}"
    assert hits[0].value == example.value, found
    if example.type:
        assert hits[0].type == example.type
