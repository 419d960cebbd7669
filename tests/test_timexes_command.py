"""``dossier timexes`` goes on past an expression it cannot read and says so on stderr."""

from __future__ import annotations

import json

from dossier_tui import cli
from dossier_tui.temporal import rules

ARTICLE = """Harbour reopens after storm

The harbour reopened on Tuesday, a fortnight after the storm that closed it last month.
"""


def test_a_failing_expression_is_one_line_on_stderr_and_the_rest_is_printed(
    tmp_path, monkeypatch, capsys
):
    path = tmp_path / "harbour.txt"
    path.write_text(ARTICLE, encoding="utf-8")

    def broken(resolver, m, start, end):
        raise KeyError("weekday")

    monkeypatch.setattr(rules, "RULES", rules.with_reading("weekday", broken))
    assert cli.main(["timexes", "--dct", "2023-08-09", str(path)]) == 0
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert "last month" in [r["text"] for r in rows]
    assert "Tuesday" not in [r["text"] for r in rows]
    start = ARTICLE.index("Tuesday")
    assert err.splitlines() == [
        f"dossier: {path}: could not read 'Tuesday' at {start} (KeyError: 'weekday'); skipped"
    ]


def test_units_that_once_stopped_a_build_are_tagged(tmp_path, capsys):
    path = tmp_path / "harbour.txt"
    path.write_text(ARTICLE.replace("last month", "a millennium ago"), encoding="utf-8")
    assert cli.main(["timexes", "--dct", "2023-08-09", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    found = {r["text"]: r["value"] for r in map(json.loads, out.splitlines())}
    assert found["a millennium ago"] == "1023"
