"""The ``dossier`` command keeps the conventions of the shell: a locale that is not
UTF-8 degrades the output and never breaks it, ``-`` is standard input, a mistyped
command is named with what was meant, each command's errors and help carry its own
name, examples and exit codes, nothing is built where no articles were named, and the
shells complete it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dossier_tui import cli
from dossier_tui.charset import is_utf, lookalike
from dossier_tui.completion import commands, script
from dossier_tui.export import FORMATS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EXAMPLE = ROOT / "dossier_tui" / "examples" / "seeds.yaml"
#: the seed that writes "Türkiye"
TURKIYE = SEEDS / "001_4da5003dd1718fc8.txt"
C_LOCALE = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"}


def env_of(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHONIOENCODING", "LC_", "PYTEST"))
    }
    return {**env, **(extra or {})}


def run(
    *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None, stdin: bytes | None = None
) -> subprocess.CompletedProcess:
    """``dossier ARGS`` with bytes out, as a shell would run it."""
    return subprocess.run(
        [sys.executable, "-m", "dossier_tui", *args],
        capture_output=True,
        input=stdin,
        cwd=cwd,
        env=env_of(env),
        timeout=120,
    )


def one_line(err: bytes) -> str:
    text = err.decode("ascii")  # a C locale's stderr holds ASCII only
    assert "Traceback" not in text and len(text.splitlines()) == 1, text
    return text


# ------------------------------------------------------------------ a C locale
def test_the_summary_in_a_c_locale_is_ascii_with_look_alikes(tmp_path):
    r = run(cwd=tmp_path, env=C_LOCALE)  # no data/ here: the bundled example, as a summary
    assert r.returncode == 0 and r.stderr == b""
    text = r.stdout.decode("ascii")
    assert "Traceback" not in text and "dossier: 5 sources from" in text
    assert "Export: dossier export --format md   -   time expressions" in text  # "·" as "-"
    assert "\\xb7" not in text and "\\u2014" not in text


def test_the_summary_piped_into_head_in_a_c_locale(tmp_path):
    r = subprocess.run(
        f"{sys.executable} -m dossier_tui | head -3; exit ${{PIPESTATUS[0]}}",
        shell=True,
        executable="bash",
        capture_output=True,
        cwd=tmp_path,
        env=env_of(C_LOCALE),
        timeout=120,
    )
    assert r.returncode in (0, 141) and r.stderr == b""  # 141: head left before the end, as it may
    assert r.stdout.decode("ascii").startswith("dossier: 5 sources from")


def test_markdown_in_a_c_locale_escapes_letters_and_keeps_its_shape():
    r = run("export", "-i", str(EXAMPLE), "--format", "md", env=C_LOCALE)
    assert r.returncode == 0 and r.stderr == b""
    text = r.stdout.decode("ascii")
    assert text.startswith("# Dossier: ") and "T\\xfcrkiye" in text  # the article's letter, escaped
    assert (
        "5 sources - 16 dated events - 7 undated or ongoing" in text
    )  # the dossier's "·", a look-alike


def test_a_file_written_with_o_is_utf8_whatever_the_locale(tmp_path):
    out = tmp_path / "d.md"
    r = run("export", "-i", str(EXAMPLE), "--format", "md", "-o", str(out), env=C_LOCALE)
    assert r.returncode == 0 and r.stderr == b""
    text = out.read_text(encoding="utf-8")
    assert "Türkiye" in text and "5 sources · 16 dated events" in text


def test_timexes_in_a_c_locale_on_a_name_and_text_that_are_not_ascii(tmp_path):
    article = tmp_path / "Türkiye — deal.txt"
    article.write_bytes(TURKIYE.read_bytes())
    r = run("timexes", str(article), env=C_LOCALE)
    assert r.returncode == 0 and b"Traceback" not in r.stderr
    rows = [json.loads(line) for line in r.stdout.decode("ascii").splitlines()]
    # the name as the C locale gives it (its UTF-8 bytes, undecoded), as JSON escapes that read back
    as_given = os.fsencode(article).decode("ascii", "surrogateescape")
    assert rows and {row["file"] for row in rows} == {as_given}
    text = TURKIYE.read_text(encoding="utf-8")
    assert all(text[row["start"] : row["end"]] == row["text"] for row in rows)


def test_a_message_naming_a_file_that_is_not_ascii_in_a_c_locale(tmp_path):
    r = run("timexes", str(tmp_path / "Zürich.txt"), env=C_LOCALE)
    assert r.returncode == 1
    # the name's bytes, as the C locale leaves them undecoded
    assert (
        one_line(r.stderr) == f"dossier: {tmp_path}/Z\\xc3\\xbcrich.txt: no such file or folder\n"
    )


def test_look_alikes_are_one_ascii_cell():
    assert [lookalike(c) for c in "·—…→▸⚠─│╭┼ü"] == [
        "-",
        "-",
        "~",
        ">",
        ">",
        "!",
        "-",
        "|",
        "+",
        "+",
        "u",
    ]
    assert lookalike("中") is None and lookalike("█") == "#"
    assert [lookalike(c) for c in "▊▎▔▁▇"] == [
        "|",
        "|",
        "-",
        "_",
        " ",
    ]  # a tall box; a scroll bar's end
    assert (
        is_utf("UTF-8") and is_utf("utf8") and not is_utf("ascii") and not is_utf("ANSI_X3.4-1968")
    )
    assert not is_utf("latin-1") and is_utf(None)


# ------------------------------------------------------------------ standard input
def test_dash_and_dev_stdin_read_standard_input():
    data = TURKIYE.read_bytes()
    by_name = [json.loads(x) for x in run("timexes", str(TURKIYE)).stdout.splitlines()]
    for given in ("-", "/dev/stdin"):
        r = run("timexes", given, stdin=data)  # a pipe, as from cat
        assert r.returncode == 0 and r.stderr == b"", r.stderr
        rows = [json.loads(x) for x in r.stdout.splitlines()]
        assert (
            rows and [dict(x, file=str(TURKIYE)) for x in rows] == by_name
        )  # the dateline dates it, too
        assert {x["file"] for x in rows} == {given}


def test_standard_input_takes_its_place_among_files():
    r = run(
        "timexes",
        "--dct",
        "2023-08-09",
        str(SEEDS / "003_162e6472c6335bb0.txt"),
        "-",
        str(SEEDS / "000_8a222fe0dcd3905b.txt"),
        stdin=b"The deal was agreed last night.\n",
    )
    assert r.returncode == 0
    files = [json.loads(x)["file"] for x in r.stdout.splitlines()]
    order = list(dict.fromkeys(files))
    assert order == [
        str(SEEDS / "003_162e6472c6335bb0.txt"),
        "-",
        str(SEEDS / "000_8a222fe0dcd3905b.txt"),
    ]
    assert [
        json.loads(x)["value"] for x in r.stdout.splitlines() if json.loads(x)["file"] == "-"
    ] == ["2023-08-08TNI"]


def test_an_empty_standard_input_is_said():
    r = run("timexes", "-", stdin=b"")
    assert r.returncode == 0 and r.stdout == b"" and b"-: empty file" in r.stderr


def test_a_fifo_inside_a_folder_is_still_skipped(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    r = run("timexes", str(tmp_path))
    assert r.returncode == 1 and b"a named pipe (FIFO), not an article; skipped" in r.stderr


# ------------------------------------------------------------------ mistyped commands
@pytest.mark.parametrize(
    "typed, meant",
    [("bild", "build"), ("exprot", "export"), ("timex", "timexes"), ("completoin", "completion")],
)
def test_a_mistyped_command_is_named_with_the_one_meant(typed, meant, tmp_path):
    r = run(typed, "seeds", cwd=tmp_path)
    assert r.returncode == 2 and r.stdout == b""
    assert one_line(r.stderr) == f"dossier: unknown command '{typed}'; did you mean '{meant}'?\n"


def test_a_path_that_looks_like_a_command_is_a_path(tmp_path):
    (tmp_path / "bild").mkdir()
    (tmp_path / "bild" / "a.txt").write_text(
        "9 August 2023\nThe deal was agreed last night.\n", encoding="utf-8"
    )
    r = run("bild", cwd=tmp_path)
    assert r.returncode == 0 and b"dossier: 1 source from bild" in r.stdout


def test_a_word_near_no_command_is_a_missing_path(tmp_path):
    r = run("frobnicate", cwd=tmp_path)
    assert r.returncode == 1 and "frobnicate: no such file or folder" in r.stderr.decode()


# ------------------------------------------------------------------ names in errors, help
@pytest.mark.parametrize(
    "args, prog",
    [
        (["build", "--bogus"], "dossier build"),
        (["export", "--format", "xml"], "dossier export"),
        (["timexes", "--dct", "soon", "x"], "dossier timexes"),
        (["completion", "tcsh"], "dossier completion"),
        (["--bogus"], "dossier"),
    ],
)
def test_errors_name_the_command_they_belong_to(args, prog):
    r = run(*args)
    assert r.returncode == 2
    err = one_line(r.stderr)
    assert err.startswith(f"{prog}: error: ") and err.rstrip().endswith(f"(see {prog} -h)")


def test_help_gives_the_path_examples_and_exit_codes():
    text = run("-h").stdout.decode()
    assert "usage: dossier [-h] [--version] [PATH]" in text and "dossier COMMAND" in text
    assert "examples:\n  dossier " in text and "completion" in text
    for line in ("  0      success", "  2      usage error", "  128+N  stopped by signal N"):
        assert line in text


@pytest.mark.parametrize("command", cli.COMMANDS)
def test_each_command_has_its_usage_examples_and_exit_codes(command):
    r = run(command, "-h")
    text = r.stdout.decode()
    assert r.returncode == 0 and text.startswith(f"usage: dossier {command} ")
    assert "examples:\n  " in text and f"dossier {command}" in text.split("examples:")[1]
    assert "exit status:" in text and "128+N" in text


# ------------------------------------------------------------------ build with nothing to build
def test_build_outside_a_project_folder_says_what_to_do_and_writes_nothing(tmp_path):
    r = run("build", cwd=tmp_path)
    assert r.returncode == 2 and r.stdout == b""
    assert "dossier build FOLDER" in one_line(r.stderr)
    assert list(tmp_path.iterdir()) == []


def test_build_in_a_project_folder_builds_its_seeds(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    r = run("build", "-o", "-", "--no-cache", "-j", "1", cwd=tmp_path)
    assert r.returncode == 0 and r.stdout.startswith(b"schema: ")


# ------------------------------------------------------------------ completion
def completion(shell: str) -> str:
    r = run("completion", shell)
    assert r.returncode == 0 and r.stderr == b""
    return r.stdout.decode()


def bash_complete(tmp_path: Path, *words: str) -> list[str]:
    """What bash offers for the last of ``words``, with the script sourced."""
    (tmp_path / "c.bash").write_text(completion("bash"), encoding="utf-8")
    quoted = " ".join(f"'{w}'" for w in words)
    r = subprocess.run(
        [
            "bash",
            "-c",
            f"source c.bash; COMP_WORDS=({quoted}); COMP_CWORD={len(words) - 1}; "
            '_dossier_complete; printf "%s\\n" "${COMPREPLY[@]}"',
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=30,
    )
    assert r.returncode == 0 and r.stderr == "", r.stderr
    return r.stdout.split()


def test_bash_completes_commands_options_words_and_files(tmp_path):
    (tmp_path / "stories").mkdir()
    assert bash_complete(tmp_path, "dossier", "b") == ["build"]
    assert bash_complete(tmp_path, "dossier", "sto") == ["stories"]  # a PATH to open
    assert bash_complete(tmp_path, "dossier", "export", "--format", "") == list(FORMATS)
    assert bash_complete(tmp_path, "dossier", "export", "--t") == ["--top"]
    assert bash_complete(tmp_path, "dossier", "build", "--no") == ["--no-cache"]
    assert bash_complete(tmp_path, "dossier", "build", "-j", "") == []  # a number: nothing to offer
    assert bash_complete(tmp_path, "dossier", "timexes", "st") == ["stories"]
    assert bash_complete(tmp_path, "dossier", "completion", "") == ["bash", "zsh", "fish"]
    assert bash_complete(tmp_path, "dossier", "--v") == ["--version"]


def test_every_option_of_the_parser_is_in_every_script():
    flags = {f for c in commands(cli.build_parser()) for o in c.options for f in o.flags}
    assert {"--format", "--top", "--scheduler", "--no-cache", "--dct", "--version"} <= flags
    for shell in ("bash", "zsh", "fish"):
        text = script(cli.build_parser(), shell)
        assert all(f[2:] in text for f in flags if f.startswith("--"))


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")
def test_the_zsh_script_parses_and_registers(tmp_path):
    (tmp_path / "_dossier").write_text(completion("zsh"), encoding="utf-8")
    r = subprocess.run(
        ["zsh", "-n", "_dossier"], capture_output=True, text=True, cwd=tmp_path, timeout=30
    )
    assert r.returncode == 0 and r.stderr == ""
    r = subprocess.run(
        [
            "zsh",
            "-f",
            "-c",
            "autoload -U compinit && compinit -u -D && source ./_dossier && "
            "print -r -- $_comps[dossier]",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**env_of(), "HOME": str(tmp_path)},
        timeout=30,
    )
    assert r.returncode == 0 and r.stdout.strip() == "_dossier", r.stderr


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed")
def test_the_fish_script_parses_and_completes(tmp_path):
    (tmp_path / "dossier.fish").write_text(completion("fish"), encoding="utf-8")
    r = subprocess.run(
        ["fish", "-n", "dossier.fish"], capture_output=True, text=True, cwd=tmp_path, timeout=30
    )
    assert r.returncode == 0 and r.stderr == ""
    r = subprocess.run(
        [
            "fish",
            "--no-config",
            "-c",
            "source dossier.fish; complete -C 'dossier export --format '",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**env_of(), "HOME": str(tmp_path)},
        timeout=30,
    )
    completed = [x.split("\t")[0] for x in r.stdout.split("\n") if x]
    assert r.returncode == 0 and completed == sorted(FORMATS)
