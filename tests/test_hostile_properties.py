"""Hostile input, generated: article text full of markup, escapes, control and bidi
characters, line separators, long words and dates at the edges; file trees with links,
loops, depth and odd names; dossier files mutated from a valid one. Whatever comes in,
a build never raises, what it writes reads back identical, nothing it prints carries a
control character from a source, and a damaged dossier is a StoreError, nothing else."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_tui import store
from dossier_tui.build import build
from dossier_tui.export.markdown import to_markdown
from dossier_tui.ingest import load_corpus
from dossier_tui.summary import summarise

#: a fixed budget, the same examples on every run
BUDGET = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

_HOSTILE = [
    "\x1b]0;pwned\x07",
    "\x1b]52;c;aGVsbG8=\x07",
    "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\",
    "\x1b[31m",
    "\x1b[2J",
    "\x07",
    "\x00",
    "\x7f",
    "\x9b31m",
    "\x85",
    "\u2028",
    "\u2029",
    "\x0b",
    "\x0c",
    "\r",
    "\r\n",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\u200b",
    "[link=https://evil.example]x[/link]",
    "[@click=app.quit]x[/]",
    "[bold red]",
    "[/]",
    "*",
    "_",
    "`",
    "#",
    "<script>",
    "&amp;",
    "a" * 1200,
    "1 January 0001",
    "31 December 9999",
    "29 February 2023",
    "year 0",
    "9999",
    "Monday",
    "last month",
    "Mr Pym said",
    '"We will leave," she said.',
    "The minister",
    "agreed",
    ".",
    " ",
    "\n",
]
_text = st.lists(st.sampled_from(_HOSTILE) | st.text(max_size=20), min_size=1, max_size=40).map(
    " ".join
)
#: what a terminal must never receive from a source: C0 controls but line feed and tab, DEL, C1 controls
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@BUDGET
@given(st.lists(_text, min_size=1, max_size=3))
def test_hostile_text_builds_reads_back_identical_and_prints_no_control(texts):
    with tempfile.TemporaryDirectory() as tmp:
        for i, text in enumerate(texts):
            (Path(tmp) / f"a{i}.txt").write_text(
                text, encoding="utf-8", errors="surrogatepass", newline=""
            )
        corpus = load_corpus([tmp])
        d = build(corpus.sources)
        out = Path(tmp) / "t.yaml"
        store.save(d, out)
        assert store.load(out) == d
        for shown in (summarise(d, "t.yaml"), to_markdown(d)):
            assert not _CONTROL.search(shown)


_NAME = st.text(
    st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)),
    min_size=1,
    max_size=12,
).filter(lambda n: n not in (".", ".."))
_NODE = st.tuples(
    st.sampled_from(["file", "folder", "link", "loop", "dangling", "fifo"]),
    _NAME,
    st.integers(0, 5),
)


@BUDGET
@given(st.lists(_NODE, min_size=1, max_size=12), _text)
def test_any_file_tree_is_read_without_raising_and_ids_are_unique(nodes, text):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "in"
        root.mkdir()
        folders = [root]
        for kind, name, pick in nodes:
            at = folders[pick % len(folders)] / name
            try:
                if kind == "file":
                    at.with_name(at.name + ".txt").write_text(
                        text, encoding="utf-8", errors="surrogatepass"
                    )
                elif kind == "folder":
                    at.mkdir()
                    folders.append(at)
                elif kind == "link":
                    at.with_name(at.name + ".txt").symlink_to(folders[0])
                elif kind == "loop":
                    at.symlink_to(at.parent)
                elif kind == "dangling":
                    at.with_name(at.name + ".md").symlink_to(root / "nowhere")
                else:
                    os.mkfifo(at.with_name(at.name + ".txt"))
            except (OSError, ValueError):
                continue  # a name the file system refuses, or one already taken
        corpus = load_corpus([root])
        ids = [s.id for s in corpus.sources]
        assert len(ids) == len(set(ids))
        assert all(Path(s.path).suffix.lower() in (".txt", ".md") for s in corpus.sources)


_MUTATION = st.tuples(
    st.sampled_from(["drop", "repeat", "swap", "replace", "insert"]),
    st.integers(0, 10**6),
    st.sampled_from(
        [
            "!!python/object:os.system {}",
            "2023-02-30",
            "9999-99",
            "'",
            '"',
            "&a",
            "*a",
            "- ",
            ": ",
            "\t",
            "-1",
            "1e309",
            "9" * 60,
            "null",
            "[",
            "{",
            "\x85",
            "0000-00-00",
        ]
    ),
)


@BUDGET
@given(st.lists(_MUTATION, min_size=1, max_size=4))
def test_a_mutated_dossier_loads_or_says_why_in_one_line(seeds_text, mutations):
    lines = seeds_text.split("\n")
    for op, at, piece in mutations:
        i = at % len(lines)
        if op == "drop":
            del lines[i]
        elif op == "repeat":
            lines.insert(i, lines[i])
        elif op == "swap" and i + 1 < len(lines):
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
        elif op == "replace":
            head, _, _ = lines[i].partition(": ")
            lines[i] = f"{head}: {piece}" if ": " in lines[i] else piece
        else:
            lines.insert(i, piece)
    try:
        d = store.loads("\n".join(lines), "t.yaml")
    except store.StoreError as e:
        assert "\n" not in str(e) and str(e).startswith("t.yaml")
        return
    summarise(d, "t.yaml")  # what loads can be shown
    to_markdown(d)
