"""Writes go into the target as the user means it, and never destroy what is there.

Device nodes are made here, in a temporary folder (the same devices as null and full),
so no test ever writes to a device of the system.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from dossier_tui.writes import WriteError, write_atomic

NULL, FULL = (1, 3), (1, 7)


def device(folder: Path, numbers: tuple[int, int]) -> Path:
    """A character device node of our own in ``folder``; skips where that is not allowed."""
    node = folder / f"dev-{numbers[0]}-{numbers[1]}"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(*numbers))
        os.close(os.open(node, os.O_WRONLY))  # a file system mounted nodev refuses this
    except PermissionError:
        pytest.skip("making and opening device nodes is not permitted here")
    return node


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_regular_file_is_replaced_by_a_new_one_whole(tmp_path):
    path = tmp_path / "report.md"
    path.write_text("old")
    path.chmod(0o640)
    before = path.stat().st_ino
    write_atomic(path, "new ✓")
    assert path.read_text(encoding="utf-8") == "new ✓"
    assert path.stat().st_ino != before  # a new file renamed over the old, not rewritten in place
    assert path.stat().st_mode & 0o777 == 0o640
    assert names(tmp_path) == ["report.md"]


def test_a_symlink_stays_a_link_and_its_target_is_replaced_beside_it(tmp_path, monkeypatch):
    (tmp_path / "real").mkdir()
    (tmp_path / "links").mkdir()
    target, link = tmp_path / "real" / "timeline.yaml", tmp_path / "links" / "current.yaml"
    target.write_text("old")
    link.symlink_to(Path("..") / "real" / "timeline.yaml")
    renames = []
    real_replace = os.replace

    def replace(src, dst):
        renames.append((Path(src).parent, Path(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    write_atomic(link, "new")
    assert link.is_symlink() and os.readlink(link) == os.path.join("..", "real", "timeline.yaml")
    assert target.read_text() == "new"
    assert renames == [(target.parent, target)]  # the temp file was beside the target
    assert names(tmp_path / "real") == ["timeline.yaml"] and names(tmp_path / "links") == [
        "current.yaml"
    ]


def test_a_dangling_symlink_gets_its_target_made(tmp_path):
    link = tmp_path / "link.md"
    link.symlink_to("made.md")
    write_atomic(link, "text")
    assert link.is_symlink() and (tmp_path / "made.md").read_text() == "text"


def test_a_fifo_is_written_into_and_stays_a_fifo(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    text = "line\n" * 50_000  # more than a pipe holds at once
    write_atomic(fifo, text)
    reader.join(timeout=10)
    assert got == [text.encode()]
    assert stat.S_ISFIFO(fifo.stat().st_mode) and names(tmp_path) == ["pipe"]


def test_a_fifo_nobody_reads_is_an_error_when_waiting_is_not_wanted(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(WriteError, match="pipe: cannot write .a FIFO that no program is reading"):
        write_atomic(fifo, "text", wait=False)
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_character_device_is_written_into_and_stays_a_device(tmp_path):
    null = device(tmp_path, NULL)
    write_atomic(null, "text" * 10_000)
    assert stat.S_ISCHR(null.stat().st_mode) and null.stat().st_rdev == os.makedev(*NULL)
    assert names(tmp_path) == [null.name]


def test_a_full_device_is_a_clear_error_and_stays_a_device(tmp_path):
    full = device(tmp_path, FULL)
    with pytest.raises(WriteError, match=r"cannot write \(No space left on device\)"):
        write_atomic(full, "text")
    assert stat.S_ISCHR(full.stat().st_mode) and names(tmp_path) == [full.name]


def test_a_missing_folder_is_refused_never_made(tmp_path):
    with pytest.raises(WriteError, match=r"out/report.md: cannot write \(no folder .*out\)"):
        write_atomic(tmp_path / "out" / "report.md", "text")
    assert names(tmp_path) == []


@pytest.mark.parametrize("name, message", [("", "the file name is empty"), (".", "is a folder")])
def test_no_file_name_is_a_clear_error(tmp_path, monkeypatch, name, message):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(WriteError, match=message):
        write_atomic(name, "text")
    assert names(tmp_path) == []


@pytest.mark.parametrize("stop", [KeyboardInterrupt, SystemExit, OSError])
def test_a_write_stopped_midway_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch, stop):
    path = tmp_path / "timeline.yaml"
    path.write_text("old")

    def stopped(fd):
        raise stop()

    monkeypatch.setattr(os, "fsync", stopped)
    with pytest.raises(WriteError if stop is OSError else stop):
        write_atomic(path, "new")
    assert path.read_text() == "old" and names(tmp_path) == ["timeline.yaml"]
