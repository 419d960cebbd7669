"""A place that cannot take the timeline is said before the build, not after it: a
typo in ``-o`` must cost a second, not the analysis of thousands of articles."""

from __future__ import annotations

import os

import pytest

from dossier_tui import build as build_module
from dossier_tui import cli
from dossier_tui.writes import WriteError, check_writable


@pytest.fixture
def never_built(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the build ran although its output could not be written")

    monkeypatch.setattr(build_module, "build", refuse)


def article(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("The council met on 3 May 2021.\n", encoding="utf-8")
    return str(folder)


@pytest.mark.parametrize("where", ["no/such/out.yaml", "."])
def test_build_stops_before_reading_when_the_output_cannot_be_written(
    tmp_path, capsys, never_built, where
):
    out = tmp_path / where
    assert cli.main(["build", article(tmp_path), "-o", str(out), "--no-cache"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    if where == ".":
        assert "is a folder; give a file name" in err
    else:
        assert f"cannot write (no folder {tmp_path}/no/such)" in err
        assert not (tmp_path / "no").exists()


def test_check_writable_takes_new_files_links_and_fifos(tmp_path):
    check_writable(tmp_path / "new.yaml")
    (tmp_path / "old.yaml").write_text("x")
    (tmp_path / "link.yaml").symlink_to(tmp_path / "old.yaml")
    check_writable(tmp_path / "link.yaml")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    check_writable(fifo)  # written into later, never opened now (no wait)
    (tmp_path / "dangling").symlink_to(tmp_path / "gone" / "x.yaml")
    with pytest.raises(WriteError, match="no folder"):
        check_writable(tmp_path / "dangling")
    with pytest.raises(WriteError, match="empty"):
        check_writable("")
