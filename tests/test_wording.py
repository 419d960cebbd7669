"""One wording for each notion, whoever shows it: the app's rows and groups, the
Markdown report, the text summary and the CLI say "undated", "planned", "1 source"
and a publication date the same way."""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

from dossier_tui import wording
from dossier_tui.export import render
from dossier_tui.summary import summarise
from dossier_tui.wording import count, group_heading, row_label, tally, with_status

PACKAGE = Path(__file__).resolve().parent.parent / "dossier_tui"


def test_counts_say_one_and_many():
    assert count(1, "source") == "1 source"
    assert count(3, "source") == "3 sources"
    assert count(1204, "event") == "1,204 events"
    assert count(0, "key event") == "0 key events"


def test_planned_reads_the_same_in_rows_and_in_running_text():
    assert with_status("April 2021", "planned") == "April 2021 · planned"
    assert with_status("Autumn 2023", "planned", aside=True) == "Autumn 2023 (planned)"
    assert with_status("April 2021", "reported") == "April 2021"


def test_the_undated_group_has_one_name_in_the_app_the_report_and_the_summary(dossier):
    undated = next(e for e in dossier.events if not e.start)
    assert group_heading(undated) == wording.UNDATED_GROUP
    assert f"## {wording.UNDATED_GROUP}" in render(dossier, "md")
    assert f"{wording.UNDATED_GROUP} (" in summarise(dossier, "seeds")


def test_a_planned_event_is_marked_wherever_it_is_listed(dossier):
    planned = next(e for e in dossier.events if e.status == "planned")
    assert row_label(planned).endswith(f" · {wording.PLANNED}")
    text = summarise(replace(dossier, events=(planned,)), "seeds")
    assert f"· {wording.PLANNED}" in text


def test_the_report_and_the_build_count_alike(dossier):
    counts = tally(dossier)
    assert counts[0] == count(len(dossier.sources), "source")
    assert " · ".join(counts) in render(dossier, "md")


def test_an_unknown_publication_date_is_said_one_way(dossier):
    s = replace(dossier.sources[0], published=None, published_basis="unknown")
    d = replace(dossier, sources=(s, *dossier.sources[1:]))
    assert wording.published(s) == wording.NO_DATE
    assert wording.NO_DATE in render(d, "md") and wording.NO_DATE in summarise(d, "x")


def test_the_wording_never_imports_textual():
    for path in (PACKAGE / "wording").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = [
            n.module if isinstance(n, ast.ImportFrom) else a.name
            for n in ast.walk(tree)
            if isinstance(n, (ast.Import, ast.ImportFrom))
            for a in (n.names if isinstance(n, ast.Import) else [n])
        ]
        assert not any(str(m).startswith("textual") for m in names), path
