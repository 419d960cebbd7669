"""The dossier's own YAML writer and subset reader: whatever the writer writes, any YAML
reader reads back as the same data, and the subset reader gives exactly what a full
YAML loader gives, or refuses (and the full path then reads the file as before)."""

from __future__ import annotations

import math

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_tui import safe_yaml, store, yaml_fast

KEYS = store.KEYS | {"k", "l", "m"}


def parse(text: str):
    return yaml_fast.parse(text, KEYS, 10**7)


def full(text: str):
    """What the store's full path builds from ``text`` (libyaml, else PyYAML's parser)."""
    try:
        return safe_yaml.load(text, store._Loader)
    except yaml.YAMLError:
        return safe_yaml.load(text, store._PyLoader)


#: words and marks that mean something to YAML or to its resolvers
TRICKY = [
    "",
    " ",
    "  ",
    "\n",
    "\n\n",
    " \n",
    "\t",
    "---",
    "...",
    "--- x",
    "- ",
    "-",
    "- x",
    "#",
    "# x",
    "a #b",
    "a# b",
    "&a",
    "*a",
    "!x",
    "!!str",
    "%YAML",
    "@",
    "`",
    "'",
    "''",
    '"',
    "\\",
    "\\n",
    "|",
    ">",
    "|-",
    "? x",
    "?",
    ":",
    "a:",
    "a: b",
    "a:b",
    ",",
    "[",
    "]",
    "{",
    "}",
    "[]",
    "{}",
    "yes",
    "No",
    "ON",
    "off",
    "y",
    "n",
    "Y",
    "~",
    "null",
    "Null",
    "NULL",
    "true",
    "False",
    "0x1F",
    "0o17",
    "0b101",
    "017",
    "00865",
    "1e3",
    "1E+3",
    "1.5",
    "-1",
    "+1",
    ".5",
    "1_000",
    "1:30",
    "12:30",
    "190:20:30",
    ".inf",
    "-.inf",
    ".NaN",
    "2023-08-09",
    "2023-08-09T06:01",
    "2001-12-14 21:59:43.10 -5",
    "<<",
    "=",
    "\x85",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\r",
    "\r\n",
    "\x7f",
    "\x9f",
    "\x00",
    "\x1b[31m",
    "\x0b",
    "\x0c",
    "\xa0",
    "é",
    "😀",
    "\U0010fffd",
    "\ufffe",
    "\uffff",
    "\udc80",
]
#: any text a str from a UTF-8 file can hold, and the tricky pieces glued together
texts = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120),
    st.lists(
        st.sampled_from(TRICKY) | st.text(alphabet=" \t\n-:#'\"ab1.", max_size=6), max_size=30
    ).map("".join),
    st.sampled_from(TRICKY),
)
#: long texts, which the writer may put in literal blocks or break over lines
long_texts = st.lists(texts, min_size=1, max_size=12).map(lambda parts: "\n".join(parts) + "x" * 81)
scalars = st.one_of(
    texts,
    long_texts,
    st.integers(-(10**30), 10**30),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=False),
    st.integers(-(10**9), 10**9).map(lambda i: i / 1000),
)


def check_round_trip(data) -> None:
    text = yaml_fast.dump(data)
    assert yaml.safe_load(text) == data  # any reader: PyYAML's own resolvers, timestamps too
    assert full(text) == data
    assert parse(text) == data  # the subset reader takes all the writer writes
    assert yaml_fast.dump(data) == text


@settings(max_examples=200, deadline=None)
@given(texts | long_texts)
def test_any_text_reads_back_identical_in_every_place(s):
    check_round_trip({"k": s, "l": [s, s], "m": {"k": s, "l": [s]}})


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(TRICKY), st.sampled_from(TRICKY), st.sampled_from(TRICKY))
def test_tricky_pieces_at_either_end_read_back(a, b, c):
    for s in (a + b + c, a + "text" + b, "text" + b + c, (a + "\n" + b) * 20 + c):
        check_round_trip({"k": s, "l": [s]})


@settings(max_examples=100, deadline=None)
@given(scalars)
def test_numbers_and_words_read_back_as_themselves(x):
    data = {"k": x, "l": [x]}
    text = yaml_fast.dump(data)
    for back in (yaml.safe_load(text), full(text), parse(text)):
        assert back == data and type(back["k"]) is type(x) and type(back["l"][0]) is type(x)
        if type(x) is float:
            assert math.copysign(1, back["k"]) == math.copysign(1, x)


def test_scores_as_stored_are_written_as_plain_numbers():
    for score in (0.0, 0.338, -1.0, 1e-05, 1e17, 123456789.123, float("inf")):
        assert (
            yaml_fast.dump({"score": score})
            == f"score: {yaml.safe_dump(score).split(chr(10))[0]}\n"
        )
    assert (
        yaml_fast.dump({"k": -1, "l": 10**40})
        == "k: -1\nl: 10000000000000000000000000000000000000000\n"
    )


shapes = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(sorted(KEYS)), inner, max_size=4)
    ),
    max_leaves=25,
)


@settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(sorted(KEYS)), shapes, max_size=5))
def test_nested_data_of_any_shape_reads_back(data):
    text = yaml_fast.dump(data)
    assert yaml.safe_load(text) == data
    assert full(text) == data
    fast = parse(text)
    assert fast is None or fast == data  # lists of lists are the full parser's


def test_the_layout_is_the_usual_block_style():
    data = {
        "sources": [
            {
                "id": "s1",
                "furniture": [{"start": 0, "end": 4, "kind": "banner"}],
                "span": [1, 2],
                "text": "First line of a long text, long enough to go in a block of its own.\n" * 2,
            },
            {"id": "00008", "title": "yes", "empty": [], "none": {}},
        ]
    }
    assert yaml_fast.dump(data) == (
        "sources:\n"
        "- id: s1\n"
        "  furniture:\n"
        "  - start: 0\n"
        "    end: 4\n"
        "    kind: banner\n"
        "  span:\n"
        "  - 1\n"
        "  - 2\n"
        "  text: |\n"
        "    First line of a long text, long enough to go in a block of its own.\n"
        "    First line of a long text, long enough to go in a block of its own.\n"
        "- id: '00008'\n"
        "  title: 'yes'\n"
        "  empty: []\n"
        "  none: {}\n"
    )


def test_long_texts_stay_readable():
    text = (
        "  Indented first line, and more words to make it long enough for a block.\n\nlast line  "
    )
    out = yaml_fast.dump({"text": text})
    assert out.startswith("text: |2-\n    Indented first line") and "\n\n  last line  \n" in out
    crlf = yaml_fast.dump(
        {"text": "A line ended the Windows way, with more words to be long enough.\r\n" * 2}
    )
    assert crlf.count("\n") == 2 and crlf.splitlines()[1].startswith(
        "  A line ended"
    )  # broken after each \r\n
    assert yaml.safe_load(crlf)["text"].count("\r\n") == 2


REFUSED = [
    "k: v # comment\n",
    "# comment\nk: v\n",
    "---\nk: v\n",
    "k: v\n...\n",
    "k: &a v\nl: *a\n",
    "k: !!str v\n",
    "k: [a, b]\n",
    "k: {a: b}\n",
    "k: >\n  folded\n",
    "k:\n  - a\n",
    "k: v\n\nl: w\n",
    "k: v\nk: w\n",
    "unknown: v\n",
    "k:\tv\n",
    "k: v\t\n",
    "k: v \n",
    'k: "a\n  b"\n',
    "k: a\n\n  b\n",
    "k: a \n  b\n",
    "k: a\n  b:\n",
    "k: a\n  # b\n",
    "k: a\n   b\n",
    "k: 'a\n  b\n",
    "k: 'a'\n  b\n",
    "k: 'a \n  b'\n",
    "k: |\n",
    "k: |\n    deeper than needed\n",
    "k: |\n  \tx\n",
    "k:\n- - a\n",
    "k: " + "9" * 41 + "\n",
    "k: <<\n",
    "k: =\n",
    "k: v",
    "\ufeffk: v\n",
    "k: v\r\n",
    'k: "\\/"\n',
    "k: '\t'\n",
    "k: 0b_\n",
    " k: v\n",
    "- a\n",
    "",
]


@pytest.mark.parametrize("text", REFUSED, ids=[repr(t) for t in REFUSED])
def test_the_subset_reader_refuses_what_the_writer_never_writes(text):
    assert parse(text) is None


def test_long_scalars_folded_over_lines_read_as_yaml_reads_them():
    for text, value in (
        ("k: a\n  b\n", "a b"),
        ("k: 'a''\n  b'\n", "a' b"),
        ("k: a\n  - b\n  'c'\n", "a - b 'c'"),
        ("k: 'a\n  # b'\n", "a # b"),
        ("k: 1\n  2\n", "1 2"),
    ):
        assert parse(text) == full(text) == {"k": value}


class OldDumper(yaml.SafeDumper):
    """PyYAML's emitter as the store used it before it had its own writer."""


OldDumper.add_representer(
    str,
    lambda dumper, value: dumper.represent_scalar(
        "tag:yaml.org,2002:str",
        value,
        style='"'
        if set("\r\x85\u2028\u2029") & set(value)
        else "|"
        if "\n" in value and len(value) > 80
        else None,
    ),
)


def old_dump(data, width: int = 100) -> str:
    return yaml.dump(
        data,
        Dumper=OldDumper,
        sort_keys=False,
        allow_unicode=True,
        width=width,
        default_flow_style=False,
    )


@settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(st.sampled_from(sorted(KEYS)), shapes, min_size=1, max_size=5),
    st.sampled_from([20, 100]),
)
def test_files_pyyaml_wrote_are_read_as_yaml_reads_them_or_refused(data, width):
    text = old_dump(data, width)
    fast = parse(text)
    assert fast is None or fast == full(text)


_EDITS = st.tuples(
    st.sampled_from(["drop", "repeat", "swap", "replace", "insert", "append", "indent", "dedent"]),
    st.integers(0, 10**6),
    st.sampled_from(
        TRICKY + ["k: v", "- x", "  ", "a'b", "'a''b'", '"a\\x41"', '"\\', "|+", "|2", "[]", "{}"]
    ),
)


def edit(text: str, edits) -> str:
    lines = text.split("\n")
    for op, at, piece in edits:
        if not lines:
            break
        i = at % len(lines)
        line = lines[i]
        if op == "drop":
            del lines[i]
        elif op == "repeat":
            lines.insert(i, line)
        elif op == "swap" and i + 1 < len(lines):
            lines[i], lines[i + 1] = lines[i + 1], line
        elif op == "replace":
            head, sep, _ = line.partition(": ")
            lines[i] = f"{head}: {piece}" if sep else piece
        elif op == "insert":
            lines.insert(i, piece)
        elif op == "append":
            lines[i] = line + piece
        elif op == "indent":
            lines[i] = " " + line
        elif line.startswith(" "):
            lines[i] = line[1:]
    return "\n".join(lines)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(st.sampled_from(sorted(KEYS)), shapes, min_size=1, max_size=4),
    st.lists(_EDITS, min_size=1, max_size=3),
    st.booleans(),
)
def test_a_hand_edited_file_is_read_as_yaml_reads_it_or_refused(data, edits, older):
    text = edit(old_dump(data, 20) if older else yaml_fast.dump(data), edits)
    fast = parse(text)
    if fast is not None:
        assert full(text) == fast


def test_a_built_dossier_reads_back_through_any_reader(seeds_text):
    d = store.loads(seeds_text)
    assert yaml.safe_load(seeds_text) == store.to_dict(d)
    assert store._loads_fast(seeds_text) == store._loads_full(seeds_text, "t.yaml") == d
    older = old_dump(store.to_dict(d))
    assert (
        older != seeds_text and store._loads_fast(older) == d
    )  # a file written before reads as fast


@settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_EDITS, min_size=1, max_size=3))
def test_a_hand_edited_dossier_loads_as_the_full_path_loads_it(seeds_text, edits):
    text = edit(seeds_text, edits)
    fast = store._loads_fast(text)
    if fast is not None:
        assert store._loads_full(text, "t.yaml") == fast


def test_the_writers_files_take_the_fast_path_and_others_the_full_one(seeds_text, monkeypatch):
    d = store.loads(seeds_text)
    full_path = store._loads_full
    monkeypatch.setattr(
        store, "_loads_full", lambda text, name: pytest.fail("read by the full path")
    )
    assert store.loads(seeds_text) == d
    monkeypatch.setattr(store, "_loads_full", full_path)
    commented = seeds_text.replace("schema: 2\n", "schema: 2  # hand-edited\n", 1)
    assert store._loads_fast(commented) is None and store.loads(commented) == d
