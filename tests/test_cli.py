"""The ``dossier`` command as a user runs it: output, messages and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dossier_tui", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd or ROOT,
        timeout=120,
    )


def lines(out: str) -> list[dict]:
    return [json.loads(x) for x in out.splitlines()]


def test_timexes_on_the_seeds_resolves_each_file_against_its_own_date():
    r = run("timexes", "seeds")
    assert r.returncode == 0, r.stderr
    rows = lines(r.stdout)
    assert all(set(x) == {"file", "start", "end", "text", "type", "value"} for x in rows)
    by = {(Path(x["file"]).name[:3], x["text"]): x["value"] for x in rows}
    assert by[("000", "last month")] == "2023-07"
    assert by[("000", "this week")] == "2023-W32"
    assert by[("002", "last night")] == "2023-08-08TNI"
    assert by[("003", "Tuesday night")] == "XXXX-WXX-2TNI"  # 003 states no date
    assert "003_162e6472c6335bb0.txt: no publication date found" in r.stderr


def test_offsets_point_into_the_decoded_file():
    for x in lines(run("timexes", "seeds").stdout):
        text = (ROOT / x["file"]).read_text(encoding="utf-8")
        assert text[x["start"] : x["end"]] == x["text"]


def test_timexes_with_dct_on_the_undated_seeds():
    r = run(
        "timexes",
        "--dct",
        "2023-08-09",
        "seeds/003_162e6472c6335bb0.txt",
        "seeds/004_8eb9c4c09ee48502.txt",
    )
    by = {x["text"]: x["value"] for x in lines(r.stdout)}
    assert by["Tuesday night"] == "2023-08-08TNI"
    assert by["Monday"] == "2023-08-07"
    assert by["the autumn"] == "2023-FA"
    assert by["Last year"] == "2022"
    assert by["February"] == "2023-02"
    assert r.returncode == 0 and r.stderr == ""


def test_page_furniture_is_never_tagged():
    texts = {x["text"] for x in lines(run("timexes", "--dct", "2023-08-09", "seeds").stdout)}
    for furniture in (
        "6pm",
        "7pm",
        "Tonight",
        "2009",
        "2025",
        "1,486",
        "1,076",
        "90%",
        "1st",
        "We",
        "may",
    ):
        assert furniture not in texts


@pytest.mark.parametrize(
    "args, message",
    [
        (["timexes", "--dct", "2023-13-45", "seeds"], "not a date such as 2023-08-09"),
        (["timexes", "--dct", "yesterday", "seeds"], "not a date such as 2023-08-09"),
        (["timexes"], "the following arguments are required"),
        (["frobnicate", "extra"], "unexpected arguments"),
        (["export", "--top", "0"], "argument --top: '0' is not a positive whole number"),
        (["export", "--top", "-2"], "argument --top: '-2' is not a positive whole number"),
        (["export", "--top", "ten"], "argument --top: 'ten' is not a positive whole number"),
        (["export", "--top"], "argument --top: expected one argument"),
    ],
)
def test_usage_errors_exit_2_with_one_line(args, message):
    r = run(*args)
    assert r.returncode == 2 and message in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def test_bad_files_give_one_line_each_and_the_rest_is_processed(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 1000)
    (tmp_path / "latin.txt").write_bytes("Le café a fermé last month.".encode("cp1252"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(
        "9 August 2023\nThe deal was agreed last night.", encoding="utf-8"
    )
    r = run("timexes", str(tmp_path), str(tmp_path / "missing.txt"))
    assert r.returncode == 1
    err = r.stderr.strip().splitlines()
    assert any("bin.txt: binary file, skipped" in e for e in err)
    assert any("latin.txt: not valid UTF-8" in e for e in err)
    assert any("empty.txt: empty file" in e for e in err)
    assert any("missing.txt: no such file" in e for e in err)
    assert "Traceback" not in r.stderr
    values = {(Path(x["file"]).name, x["text"]): x["value"] for x in lines(r.stdout)}
    assert values[("good.txt", "last night")] == "2023-08-08TNI"
    assert ("latin.txt", "last month") in values


def test_a_long_single_line(tmp_path):  # 20 MB, and 10,000 articles, are timed in bench/hostile.py
    big = tmp_path / "big.txt"
    big.write_text(
        ("Talks went on for weeks in Ankara and London and ended without a deal " * 30_000)[
            :2_000_000
        ]
    )
    r = run("timexes", "--dct", "2023-08-09", str(big))
    assert r.returncode == 0 and r.stderr == ""
    assert len(r.stdout.splitlines()) > 10_000


def test_no_arguments_shows_the_bundled_example(tmp_path):
    r = run(cwd=tmp_path)  # works from any folder
    assert r.returncode == 0, r.stderr
    assert "5 sources" in r.stdout and "Wed 9 Aug 2023 · 06:01" in r.stdout
    assert "Tuesday 8 August 2023, night" in r.stdout and "Undated and ongoing" in r.stdout


def test_dossier_on_a_folder_it_has_never_seen(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Published: 3 March 2021\nThe minister will open the new bridge next month.\n"
    )
    r = run(str(tmp_path))
    assert r.returncode == 0 and "April 2021 · planned" in r.stdout


def test_build_then_export(tmp_path):
    out = tmp_path / "t.yaml"
    r = run("build", "seeds", "-o", str(out))
    assert r.returncode == 0 and "5 sources, 16 dated events" in r.stderr and out.is_file()
    md = tmp_path / "d.md"
    r = run("export", "-i", str(out), "-o", str(md))
    assert r.returncode == 0 and md.read_text(encoding="utf-8").startswith("# Dossier:")
    r = run("export", "-i", str(out), "--format", "json")
    assert json.loads(r.stdout)["schema"] == 2
    r = run("export", "-i", str(out), "--top", "2", "-o", str(tmp_path / "top.yaml"))
    assert r.returncode == 0 and r.stderr == ""
    r = run("export", "-i", str(tmp_path / "top.yaml"), "--format", "json")
    assert r.returncode == 0 and len(json.loads(r.stdout)["events"]) == 2
    r = run(str(out))
    assert r.returncode == 0 and "16 dated events" in r.stdout


def test_build_keeps_a_fresh_index_beside_the_timeline_and_no_temporary_file(tmp_path):
    from dossier_tui import store
    from dossier_tui.index_db import open_file_index

    out = tmp_path / "t.yaml"
    for _ in range(2):  # made, then made again in the place of the first
        assert run("build", "seeds", "-o", str(out), "-j", "2").returncode == 0
    ix = open_file_index(out)
    assert ix is not None and ix.dossier() == store.load(out)
    ix.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".t.yaml.index.sqlite", "t.yaml"]


def test_damaged_timeline_is_one_line_and_exit_1(tmp_path):
    bad = tmp_path / "t.yaml"
    bad.write_text(
        "schema: 1\nsources: []\nevents:\n  - id: x\n    date: 2023\n    headline: H\n"
        "    evidence: []\n",
        encoding="utf-8",
    )
    for args in (["export", "-i", str(bad)], [str(bad)]):
        r = run(*args)
        assert r.returncode == 1 and "Traceback" not in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1
        assert f"{bad}:5: events[0].date: expected text or null, got '2023'" in r.stderr


def test_export_to_an_unwritable_place_fails_cleanly(tmp_path):
    blocker = tmp_path / "report.md"
    blocker.write_text("my notes")
    r = run("export", "-i", "data/timeline.yaml", "-o", str(blocker / "out.md"))
    assert r.returncode == 1 and "cannot write" in r.stderr and "Traceback" not in r.stderr
    assert blocker.read_text() == "my notes"


def test_export_without_a_timeline_says_what_to_do(tmp_path):
    r = run("export", cwd=tmp_path)
    assert r.returncode == 1 and "dossier build" in r.stderr


def test_version_and_help():
    assert run("--version").stdout.startswith("dossier ")
    assert "timexes" in run("-h").stdout
