"""Untrusted text and names, made safe for a terminal."""

from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier_tui.safe_text import printable, shown


@pytest.mark.parametrize(
    "name, want",
    [
        ("seeds/000_8a222fe0dcd3905b.txt", "seeds/000_8a222fe0dcd3905b.txt"),
        ("Türkiye – 9 août.txt", "Türkiye – 9 août.txt"),  # printable non-ASCII stays readable
        ("a\x1bb.txt", "a\\x1bb.txt"),
        ("\x1b]0;title\x07.txt", "\\x1b]0;title\\x07.txt"),  # OSC 0: sets the window title
        ("\x1b[31mred\x1b[0m.txt", "\\x1b[31mred\\x1b[0m.txt"),  # CSI colours
        (
            "\x1b]52;c;aGVsbG8=\x07.txt",
            "\\x1b]52;c;aGVsbG8=\\x07.txt",
        ),  # OSC 52: writes the clipboard
        ("two\nlines.txt", "two\\nlines.txt"),
        ("tab\there\r.txt", "tab\\there\\r.txt"),
        ("c1\x9bcsi\x85.txt", "c1\\x9bcsi\\x85.txt"),
        ("sep\u2028\u202eevil.txt", "sep\\u2028\\u202eevil.txt"),  # line separator, bidi override
        (os.fsdecode(b"caf\xff\xfe.txt"), "caf\\xff\\xfe.txt"),  # bytes that are not UTF-8
    ],
)
def test_a_name_is_shown_on_one_line_with_controls_escaped(name, want):
    assert shown(name) == want


@given(st.text())
def test_nothing_shown_can_drive_a_terminal_or_break_a_line(name):
    out = shown(name)
    assert out.isprintable()
    out.encode("utf-8")  # no lone surrogate is left to fail an encoder


_UNSAFE = ["\x1b", "\x07", "\x00", "\r", "\x7f", "\x9b", "\udcff", "\ud800"]


@given(st.lists(st.sampled_from(["a", "é", " ", "\n", "\t", *_UNSAFE])).map("".join))
def test_printable_replaces_one_for_one(text):
    out = printable(text)
    assert len(out) == len(text)  # offsets still line up
    assert [c == "\ufffd" for c in out] == [c in _UNSAFE for c in text]
