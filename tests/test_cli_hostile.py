"""The ``dossier`` command against hostile outputs and names: devices, FIFOs, links,
missing folders, a kill mid-write, a full or closed or ASCII-only stdout, and file
names holding terminal controls or bytes that are not UTF-8. Each gives a clean result
or one line on stderr and a non-zero exit, never a traceback.

Device nodes are made in a temporary folder; no test writes to a device of the system.
"""

from __future__ import annotations

import errno
import io
import json
import os
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from test_writes import NULL, device

from dossier_tui import cli, store
from dossier_tui.build import build
from dossier_tui.ingest import load_corpus

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "9 August 2023\nThe deal with Türkiye was agreed last night in Ankara.\n"


def corpus(folder: Path) -> str:
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return str(folder)


@pytest.fixture(scope="module")
def timeline(tmp_path_factory) -> str:
    """A small timeline file (quick to load), with a name that is not ASCII in it."""
    folder = tmp_path_factory.mktemp("timeline")
    path = folder / "t.yaml"
    store.save(build(load_corpus([corpus(folder / "c")]).sources), path)
    return str(path)


def one_line(err: str) -> str:
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    return err


def run(*args: str, stdout=subprocess.PIPE, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dossier_tui", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


# ------------------------------------------------------------------ where -o points
def test_build_and_export_write_into_a_device_and_leave_it_one(tmp_path, timeline):
    null = device(tmp_path, NULL)
    assert cli.main(["export", "-i", timeline, "-o", str(null)]) == 0
    assert cli.main(["build", corpus(tmp_path / "c"), "-o", str(null)]) == 0
    assert stat.S_ISCHR(null.stat().st_mode) and null.stat().st_rdev == os.makedev(*NULL)


def test_export_writes_into_a_fifo(tmp_path, timeline):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert cli.main(["export", "-i", timeline, "-o", str(fifo), "--format", "md"]) == 0
    reader.join(timeout=10)
    assert got and got[0].startswith(b"# Dossier") and stat.S_ISFIFO(fifo.stat().st_mode)


def test_export_through_a_symlink_keeps_the_link(tmp_path, timeline):
    target, link = tmp_path / "report.md", tmp_path / "latest.md"
    target.write_text("old")
    link.symlink_to(target.name)
    assert cli.main(["export", "-i", timeline, "-o", str(link)]) == 0
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("# Dossier")


@pytest.mark.parametrize("command", ["build", "export"])
def test_a_missing_folder_is_one_line_and_nothing_is_made(tmp_path, timeline, capsys, command):
    out = tmp_path / "no" / "such" / "out.yaml"
    args = ["build", corpus(tmp_path / "c")] if command == "build" else ["export", "-i", timeline]
    assert cli.main([*args, "-o", str(out)]) == 1
    err = one_line(capsys.readouterr().err.replace(f"{tmp_path}/c/a.txt", ""))
    assert f"{out}: cannot write (no folder {tmp_path}/no/such)" in err
    assert not (tmp_path / "no").exists()


def test_build_makes_the_default_folder_and_says_so(tmp_path, monkeypatch, capsys):
    source = corpus(tmp_path / "c")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["build", source]) == 0
    assert (tmp_path / "data" / "timeline.yaml").is_file()
    assert "dossier: made the folder data/ for timeline.yaml" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args, message",
    [
        (["export", "-o", ""], "argument -o/--output: the file name is empty"),
        (["build", "-o", ""], "argument -o/--output: the file name is empty"),
        (["export", "-i", ""], "argument -i/--input: the file name is empty"),
        ([""], "the path is empty"),
    ],
)
def test_an_empty_file_name_is_a_usage_error(capsys, args, message):
    with pytest.raises(SystemExit) as stop:
        cli.main(args)
    assert stop.value.code == 2 and message in one_line(capsys.readouterr().err)


SLOW_WRITE = """
import os, sys, time
from dossier_tui import cli

def slow_fsync(fd):  # the temp file is written; stop here until killed
    sys.stderr.write("writing\\n")
    sys.stderr.flush()
    time.sleep(60)

os.fsync = slow_fsync
sys.exit(cli.main(sys.argv[1:]))
"""


def test_a_write_killed_midway_leaves_the_old_file_and_no_temp_file(tmp_path, timeline):
    out = tmp_path / "report.md"
    out.write_text("old")
    p = subprocess.Popen(
        [sys.executable, "-c", SLOW_WRITE, "export", "-i", timeline, "-o", str(out)],
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert p.stderr.readline() == "writing\n"
        assert len(os.listdir(tmp_path)) == 2  # the old file and the temp file
        p.send_signal(signal.SIGTERM)
        assert p.wait(timeout=30) == 128 + signal.SIGTERM
    finally:
        p.kill()
        p.wait()
        p.stderr.close()
    assert os.listdir(tmp_path) == ["report.md"] and out.read_text() == "old"


# ------------------------------------------------------------------ stdout
class FullDisk(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def closed() -> io.StringIO:
    stream = io.StringIO()
    stream.close()
    return stream


def commands(timeline: str) -> dict[str, list[str]]:
    """Each way dossier writes to stdout."""
    return {
        "export": ["export", "-i", timeline],
        "md": ["export", "-i", timeline, "--format", "md"],
        "json": ["export", "-i", timeline, "--format", "json"],
        "summary": [timeline],
        "timexes": ["timexes", str(Path(timeline).parent / "c")],
    }


@pytest.mark.parametrize(
    "make, reason",
    [
        (FullDisk, "No space left on device"),
        (lambda: None, "it is closed"),
        (closed, "it is closed"),
    ],
)
@pytest.mark.parametrize("command", ["export", "timexes", "summary"])
def test_a_stdout_that_fails_is_one_line_and_exit_1(
    monkeypatch, capsys, timeline, make, reason, command
):
    monkeypatch.setattr(sys, "stdout", make())
    assert cli.main(commands(timeline)[command]) == 1
    assert one_line(capsys.readouterr().err) == f"dossier: cannot write to stdout ({reason})\n"


def test_a_pipe_whose_reader_has_gone_ends_quietly_with_the_status_of_sigpipe(timeline):
    read, write = os.pipe()
    os.close(read)
    try:
        r = run("export", "-i", timeline, stdout=write)
    finally:
        os.close(write)
    assert r.returncode == 128 + signal.SIGPIPE and r.stderr == b""


ASCII = {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": "ascii"}


@pytest.mark.parametrize("command", ["md", "summary"])
def test_an_ascii_stdout_gets_escapes(timeline, command):
    r = run(*commands(timeline)[command], env=ASCII)
    assert r.returncode == 0 and r.stderr == b""
    assert b"T\\xfcrkiye" in r.stdout  # Türkiye
    r.stdout.decode("ascii")


def test_an_ascii_stdout_gets_json_that_means_the_same(timeline):
    r = run(*commands(timeline)["json"], env=ASCII)
    assert r.returncode == 0 and r.stderr == b""
    assert json.loads(r.stdout.decode("ascii")) == store.to_dict(store.load(timeline))
    r = run(*commands(timeline)["timexes"], env=ASCII)
    assert r.returncode == 0 and r.stderr == b""
    rows = [json.loads(line) for line in r.stdout.decode("ascii").splitlines()]
    assert [(x["text"], x["value"]) for x in rows] == [("last night", "2023-08-08TNI")]


# ------------------------------------------------------------------ names
HOSTILE = ["\x1b]0;title\x07", "\x1b[31mred\x1b[0m", "\x1b]52;c;aGVsbG8=\x07", "two\nlines"]
SHOWN = ["\\x1b]0;title\\x07", "\\x1b[31mred\\x1b[0m", "\\x1b]52;c;aGVsbG8=\\x07", "two\\nlines"]


def test_names_holding_terminal_controls_are_shown_escaped_one_line_each(tmp_path, capsys):
    for i, name in enumerate(HOSTILE):
        (tmp_path / name).mkdir()
        (tmp_path / name / f"{name}{i}.txt").write_bytes(b"\x00\x01" * 100)
    assert cli.main(["timexes", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "Traceback" not in err
    assert sorted(err.splitlines()) == sorted(
        f"dossier: {tmp_path}/{shown}/{shown}{i}.txt: binary file, skipped"
        for i, shown in enumerate(SHOWN)
    )


def strict_utf8() -> io.TextIOWrapper:
    """A stdout as a UTF-8 terminal has it: surrogates are an error."""
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")


def test_names_that_are_not_utf8_print_and_round_trip(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xff.txt")).write_text(ARTICLE, encoding="utf-8")
    (folder / os.fsdecode(b"undated\xfe.txt")).write_text(
        "The deal was agreed last night.\n", encoding="utf-8"
    )
    (folder / "linked.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sources.yaml").write_text(
        'linked.txt: {url: "https://example.org/\\e]52;c;aGk=\\a"}\n'
    )
    built, report = tmp_path / "t.yaml", tmp_path / "t.json"

    out = strict_utf8()
    monkeypatch.setattr(sys, "stdout", out)
    assert cli.main(["timexes", str(folder)]) == 0
    rows = [json.loads(x) for x in out.buffer.getvalue().decode("utf-8").splitlines()]
    names = {os.fsencode(x["file"])[len(os.fsencode(folder)) + 1 :] for x in rows}
    assert names == {
        b"caf\xff.txt",
        b"undated\xfe.txt",
        b"linked.txt",
    }  # the bytes on disk, exactly
    assert (
        f"dossier: {folder}/undated\\xfe.txt: no publication date found" in capsys.readouterr().err
    )

    assert cli.main(["build", str(folder), "-o", str(built)]) == 0
    assert cli.main(["export", "-i", str(built), "-o", str(report)]) == 0
    paths = {
        os.fsencode(x["path"]) for x in json.loads(report.read_text(encoding="utf-8"))["sources"]
    }
    assert os.fsencode(folder) + b"/caf\xff.txt" in paths

    texts = {}
    for fmt in ("json", "md", "yaml"):
        out = strict_utf8()
        monkeypatch.setattr(sys, "stdout", out)
        assert cli.main(["export", "-i", str(built), "--format", fmt]) == 0
        texts[fmt] = out.buffer.getvalue().decode("utf-8")
        assert "\x1b" not in texts[fmt] and "\x07" not in texts[fmt]
    assert "(<https://example.org/%1B]52;c;aGk=%07>)" in texts["md"]
    assert "https://example.org/\\e]52;c;aGk=\\a" in texts["yaml"]
    assert "https://example.org/\\u001b]52;c;aGk=\\u0007" in texts["json"]
    assert "Traceback" not in capsys.readouterr().err
