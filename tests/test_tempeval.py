"""The tagger against TempEval-3's training set, when the corpus is beside the project.

A regression guard, not the measurement: ``bench/tempeval.py`` prints the full scores.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dossier_tui.temporal import tag

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CORPUS = SHARED / "corpora" / "tempeval3" / "train"
TOOLS = SHARED / "tools"

pytestmark = pytest.mark.skipif(
    not (CORPUS.is_dir() and (TOOLS / "te3_score.py").is_file()),
    reason="TempEval-3 corpus not available",
)


def test_value_and_strict_f1_on_the_training_set():
    sys.path.insert(0, str(TOOLS))
    import te3_score  # type: ignore
    import te3_text  # type: ignore

    total = te3_score.Counts()
    for path in te3_text.iter_tml(CORPUS):
        text, gold, gold_events = te3_score.read_tml(path)
        doc = te3_text.parse_tml(path)
        system = [
            te3_score.Tx(t.start, t.end, t.text, t.type, t.value, f"t{i}")
            for i, t in enumerate(tag(text, doc.dct), 1)
        ]
        total.add(te3_score.score_doc(text, gold, system, gold_events, ()))
    m = te3_score.metrics(total)
    assert m["strict"]["F1"] >= 0.85
    assert m["value"]["F1"] >= 0.82
