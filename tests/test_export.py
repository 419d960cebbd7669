"""Exports: a Markdown report a journalist can paste, and JSON for programs."""

from __future__ import annotations

import dataclasses
import json
import os
import re

import pytest

from dossier_tui import store
from dossier_tui.build import build
from dossier_tui.export import format_for, render
from dossier_tui.ingest import load_corpus


@pytest.fixture(scope="module")
def md(dossier):
    return render(dossier, "md")


def test_markdown_structure(md):
    assert md.startswith("# Dossier: UK and Turkey agree intelligence-sharing deal")
    sections = [line for line in md.splitlines() if line.startswith("## ")]
    assert sections == [
        "## Key events",
        "## Sources",
        "## Chronology",
        "## Undated and ongoing",
        "## People",
        "## Organisations",
        "## Countries",
    ]
    assert (
        md.index("### 2022")
        < md.index("### July 2023")
        < md.index("### August 2023")
        < md.index("### Autumn 2023")
    )


def test_markdown_dates_are_as_precise_as_the_sources(md):
    assert (
        "**July 2023** — UK Immigration Minister Robert Jenrick visited Turkiye · 5 sources [1] [2] [3] [4] [5]"
        in md
    )
    assert "**Tuesday 8 August 2023, night** — " in md
    assert "**Monday 7 August 2023** — " in md
    assert "**Autumn 2023 (planned)** — The upcoming UK-Turkey Migration Dialogue meeting" in md


def test_markdown_sources_table_says_how_dates_are_known(md):
    assert (
        "| [1] | UK and Turkey agree intelligence-sharing deal to 'smash' people smuggling gangs | — | "
        "Wednesday 9 August 2023, 06:01 (stated) |" in md
    )
    assert "week of 7 August 2023 (inferred) [^1]" in md
    assert (
        "[^1]: Inferred: " in md
        and "Tuesday night" in md.split("[^1]: Inferred: ")[1].splitlines()[0]
    )


def test_markdown_quotes_cite_their_source_and_mark_the_dating_words(md):
    assert "> The deal comes after Mr Jenrick's visit to Turkey **last month**, where" in md
    assert "— [1]" in md and "— [5]" in md


def test_markdown_never_passes_markup_through(tmp_path):
    (tmp_path / "evil.txt").write_text(
        "Published: 1 March 2021\n"
        "The <script>alert(1)</script> minister *resigned* [here](http://x) yesterday \x1b[31mred.\n"
    )
    d = build(load_corpus([tmp_path]).sources)
    md = render(d, "md")
    assert "<script>" not in md and "](http" not in md and "\x1b" not in md
    assert "\\<script\\>" in md and "\\*resigned\\*" in md


#: what a terminal acts on: C0 controls but tab and newline, DEL, C1
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
HOSTILE = "\x1b]0;pwned\x07\x1b[31m\x1b]52;c;aGk=\x07\x9b2J\r"


def hostile_sources(d):
    """``d`` with terminal controls in every field of its first source."""
    first = dataclasses.replace(
        d.sources[0],
        url=f"https://example.org/a{HOSTILE}b",
        title=f"T{HOSTILE}",
        outlet=f"O{HOSTILE}",
        published_reason=f"R{HOSTILE}",
        path=os.fsdecode(b"seeds/caf\xff.txt"),
    )
    return dataclasses.replace(d, sources=(first, *d.sources[1:]))


def test_markdown_never_holds_a_control_character_from_the_sources(dossier):
    md = render(hostile_sources(dossier), "md")
    assert not CONTROL.search(md)
    md.encode("utf-8")
    # the address stays a link, its controls percent-encoded as a browser sends them
    assert "](<https://example.org/a%1B]0;pwned%07%1B[31m%1B]52;c;aGk=%07%C2%9B2J%0Db>)" in md


def test_json_escapes_what_a_terminal_or_an_encoder_would_choke_on(dossier):
    d = hostile_sources(dossier)
    text = render(d, "json")
    assert not CONTROL.search(text) and "\\u009b" in text and "\\udcff" in text
    text.encode("utf-8")
    assert json.loads(text) == store.to_dict(d)  # every escape reads back as it was


def test_conflicts_are_called_out(tmp_path):
    (tmp_path / "sources.yaml").write_text(
        "a.txt: {published: 2023-05-10}\nb.txt: {published: 2023-05-20}\n"
    )
    (tmp_path / "a.txt").write_text(
        "The foreign minister signed the border treaty with Ruritania in Zenda on Monday.\n"
    )
    (tmp_path / "b.txt").write_text(
        "The foreign minister signed the border treaty with Ruritania in Zenda on 2 May.\n"
    )
    md = render(build(load_corpus([tmp_path]).sources), "md")
    assert "⚠ **Dates differ:**" in md


def test_json_is_the_store_structure(dossier):
    assert json.loads(render(dossier, "json")) == store.to_dict(dossier)


def test_yaml_export_is_the_store(dossier):
    assert render(dossier, "yaml") == store.dumps(dossier)


@pytest.mark.parametrize(
    "name, fmt",
    [("out.md", "md"), ("OUT.JSON", "json"), ("t.yml", "yaml"), ("t.txt", None), (None, None)],
)
def test_format_from_file_name(name, fmt):
    assert format_for(name) == fmt


def test_markdown_profiles_actors_with_roles_quotes_and_events(md):
    people = md[md.index("## People") : md.index("## Organisations")]
    jenrick = people[people.index("### Robert Jenrick") : people.index("### Suella Braverman")]
    assert "Also named: Mr Jenrick, Mr. Jenrick" in jenrick
    assert "- **Immigration Minister** [1][2][4][5]" in jenrick
    assert (
        "- July 2023 — UK Immigration Minister Robert Jenrick visited Turkiye [1][2][3][4][5]"
        in jenrick
    )
    # a quotation over three paragraphs reads as one, without the marks that reopen it
    assert "small boat crossings. Having met our partners" in jenrick
    assert "> “not primarily about money” — [3]" in jenrick
    assert "- **Home Secretary** [1][2]" in people
    countries = md[md.index("## Countries") :]
    assert "- **Türkiye** (also Turkey, Turkiye)" in countries
    for noise in (
        "Andrew Marr",
        "Shelagh Fogarty",
        "Lee Anderson",
        "Rishi Sunak",
        "Wiktor",
        "Beth Malcolm",
    ):
        assert noise not in people


def test_markdown_opens_with_the_key_events_in_date_order(dossier, md):
    from dossier_tui.ranking import key_events

    key = md[md.index("## Key events") : md.index("## Sources")]
    rows = [line for line in key.splitlines() if line.startswith("- ")]
    assert len(rows) == len(key_events(dossier)) == sum(1 for e in dossier.events if e.date)
    assert "- **July 2023** — Jenrick visited Turkiye · 5 sources" in rows
    assert (
        "- **July 2023** — Jenrick visited Turkiye · 5 sources\n"
        "  - UK Immigration Minister Robert Jenrick visited Turkiye\n" in key
    )  # the full headline below
    assert (
        "- **Autumn 2023 (planned)** — UK-Turkey Migration Dialogue meeting scheduled in London"
        " · 4 sources" in rows
    )
    assert rows[0].startswith("- **2022** — ") and rows[0].endswith(" · 1 source")
    assert md.index("## Key events") < md.index("## Sources") < md.index("## Chronology")


def test_markdown_key_events_are_the_highest_scores(dossier):
    events = tuple(
        dataclasses.replace(e, score=10.0 if "Bibby" in e.headline else 0.0) for e in dossier.events
    )
    scored = dataclasses.replace(dossier, events=events)
    key = render(scored, "md", top=1)
    rows = [line for line in key.splitlines() if line.startswith("- **")]
    assert (
        rows[0]
        == "- **Monday 7 August 2023** — Only 15 people boarded the Bibby Stockholm barge · 2 sources"
    )
    assert f"key events only: 1 of {len(dossier.events)}" in key.splitlines()[2]
    assert "## Undated and ongoing" not in key


@pytest.mark.parametrize("fmt", ["yaml", "json", "md"])
def test_top_exports_only_the_key_events(dossier, fmt, tmp_path):
    from dossier_tui.ranking import key_events

    key = key_events(dossier, 3)
    text = render(dossier, fmt, top=3)
    if fmt == "md":
        chronology = text[text.index("## Chronology") : text.index("## People")]
        assert chronology.count("\n**") == 3
        return
    data = json.loads(text) if fmt == "json" else store.to_dict(store.loads(text))
    assert [e["id"] for e in data["events"]] == [e.id for e in key]
    assert len(data["sources"]) == len(dossier.sources) and len(data["actors"]) == len(
        dossier.actors
    )
    kept = {e.id for e in key}
    assert all(set(a["events"]) <= kept for a in data["actors"])
    assert any(a["events"] for a in data["actors"])
    if fmt == "yaml":
        (tmp_path / "top.yaml").write_text(text, encoding="utf-8")
        assert [e.id for e in store.load(tmp_path / "top.yaml").events] == [e.id for e in key]


def test_the_readme_lists_the_export_formats_there_are():
    from pathlib import Path

    from dossier_tui.export import FORMATS

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    table = readme.split("| format | suffixes | what it is |", 1)[1].split("\n\n", 1)[0]
    rows = [line.split(" | ") for line in table.strip().splitlines()[1:]]
    listed = [(name.strip("| `"), suffixes, what.rstrip(" |")) for name, suffixes, what in rows]
    assert listed == [
        (f.name, ", ".join(f"`{s}`" for s in f.suffixes), f.description) for f in FORMATS.values()
    ]
