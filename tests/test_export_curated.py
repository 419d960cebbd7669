"""Exports that other tools read, with the curation in them: TimelineJS JSON, Timesketch
JSONL, CSV for spreadsheets and a self-contained HTML report."""

from __future__ import annotations

import csv
import http.server
import io
import json
import shutil
import subprocess
import threading
from dataclasses import replace
from datetime import datetime
from html.parser import HTMLParser

import pytest
from conftest import EXAMPLE

from dossier_tui import curation
from dossier_tui.curation import Curation, decision, event_anchor
from dossier_tui.export.html_report import POLICY, to_html
from dossier_tui.export.spreadsheet import COLUMNS, to_csv
from dossier_tui.export.timelinejs import to_timelinejs
from dossier_tui.export.timesketch import to_timesketch

HOSTILE = '=HYPERLINK("http://example.com") <script>alert(1)</script> <img src=x>'


def _by(d, words):
    (e,) = [e for e in d.events if words in e.headline]
    return e


@pytest.fixture(scope="module")
def curated(seeds):
    """The seeds curated: a star, a tag and a note, a corrected date, a hidden event;
    and one headline as hostile as a crawled page can make it."""
    hostile = _by(seeds, "Turkish arrivals")
    d = replace(
        seeds,
        events=tuple(replace(e, headline=HOSTILE) if e is hostile else e for e in seeds.events),
    )
    c = Curation(
        (
            decision("star", event_anchor(_by(d, "Jenrick visited"))),
            decision("tag", event_anchor(_by(d, "centre of excellence")), "agreement"),
            decision("note", event_anchor(_by(d, "centre of excellence")), "ask the <Home Office>"),
            decision("redate", event_anchor(_by(d, "Migration Dialogue")), "2023-10"),
            decision("hide", event_anchor(_by(d, "economic crisis"))),
        )
    )
    cur = curation.apply(d, c)
    assert cur.lost == ()
    return cur


# ---------------------------------------------------------------- TimelineJS
#: the fields Knight Lab documents for the TimelineJS3 JSON format
TIMELINE_KEYS = {"events", "title", "eras", "scale"}
SLIDE_KEYS = {
    "start_date",
    "end_date",
    "text",
    "media",
    "group",
    "display_date",
    "background",
    "autolink",
    "unique_id",
}
DATE_KEYS = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date"}


def _check_date(x: dict) -> None:
    assert set(x) <= DATE_KEYS and isinstance(x["year"], int)
    limits = {"month": (1, 12), "day": (1, 31), "hour": (0, 23), "minute": (0, 59)}
    for k, (lo, hi) in limits.items():
        if k in x:
            assert isinstance(x[k], int) and lo <= x[k] <= hi
    if "day" in x:
        assert "month" in x


def test_timelinejs_has_the_documented_fields_only(curated):
    doc = json.loads(to_timelinejs(curated))
    assert set(doc) <= TIMELINE_KEYS and isinstance(doc["events"], list)
    assert set(doc["title"]) <= SLIDE_KEYS and set(doc["title"]["text"]) <= {"headline", "text"}
    ids = [s["unique_id"] for s in doc["events"]]
    assert len(ids) == len(set(ids))
    dated = [e for e in curated.visible().events if e.date and e.start]
    assert len(doc["events"]) == len(dated)  # undated ones cannot be placed: left out
    for s in doc["events"]:
        assert set(s) <= SLIDE_KEYS and set(s["text"]) <= {"headline", "text"}
        _check_date(s["start_date"])
        if "end_date" in s:
            _check_date(s["end_date"])
    slides = {s["unique_id"]: s for s in doc["events"]}
    # as precise as the value: a month stays a month, a year a year
    month = next(e for e in dated if e.date == "2023-07")
    assert slides[month.id]["start_date"] == {"year": 2023, "month": 7}
    year = next(e for e in dated if e.date == "2022")
    assert slides[year.id]["start_date"] == {"year": 2022}
    night = next(e for e in dated if e.date.endswith("TNI"))
    assert slides[night.id]["start_date"] == {"year": 2023, "month": 8, "day": 8}
    assert "night" in slides[night.id]["display_date"]


def test_timelinejs_carries_the_curation_and_escapes_the_sources(curated):
    text = to_timelinejs(curated)
    doc = json.loads(text)
    slides = {s["unique_id"]: s for s in doc["events"]}
    visit = _by(curated.dossier, "Jenrick visited")
    assert slides[visit.id]["text"]["headline"].startswith("★ ")
    centre = _by(curated.dossier, "centre of excellence")
    assert slides[centre.id]["group"] == "agreement"
    assert "ask the &lt;Home Office&gt;" in slides[centre.id]["text"]["text"]
    dialogue = _by(curated.dossier, "Migration Dialogue")
    assert slides[dialogue.id]["start_date"] == {"year": 2023, "month": 10}
    assert "Autumn 2023" in slides[dialogue.id]["text"]["text"]  # the machine's date kept
    assert _by(curated.dossier, "economic crisis").id not in slides
    assert "<script>" not in text and "<img" not in text


# ---------------------------------------------------------------- Timesketch
def test_timesketch_lines_have_its_fields_and_datetimes(curated):
    lines = to_timesketch(curated).splitlines()
    assert lines
    seen = {}
    for line in lines:
        x = json.loads(line)
        assert isinstance(x["message"], str) and x["message"]
        assert isinstance(x["timestamp_desc"], str) and x["timestamp_desc"]
        at = datetime.fromisoformat(x["datetime"])
        assert at.tzinfo is not None and at.utcoffset().total_seconds() == 0
        assert x["timestamp"] == int(at.timestamp()) * 1_000_000
        assert isinstance(x["tag"], list) and all(isinstance(t, str) for t in x["tag"])
        assert x["date_value"] and x["date_precision"]
        seen[x["event_id"]] = x
    visit = _by(curated.dossier, "Jenrick visited")
    assert "starred" in seen[visit.id]["tag"]
    assert seen[_by(curated.dossier, "centre of excellence").id]["tag"] == ["agreement"]
    dialogue = seen[_by(curated.dossier, "Migration Dialogue").id]
    assert dialogue["date_value"] == "2023-10" and dialogue["machine_date"] == "2023-FA"
    assert dialogue["datetime"] == "2023-10-01T00:00:00+00:00"
    assert _by(curated.dossier, "economic crisis").id not in seen


# ---------------------------------------------------------------- CSV
def test_csv_reads_back_in_a_spreadsheet_with_no_formula(curated):
    text = to_csv(curated)
    assert text.startswith("\ufeff")
    table = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert list(table[0]) == list(COLUMNS)
    assert len(table) == len(curated.visible().events)
    by_id = {r["event_id"]: r for r in table}
    hostile = next(r for r in table if "HYPERLINK" in r["headline"])
    assert hostile["headline"].startswith("'=")
    assert all(not v.startswith(("=", "+", "-", "@")) for r in table for v in r.values())
    assert by_id[_by(curated.dossier, "Jenrick visited").id]["starred"] == "yes"
    dialogue = by_id[_by(curated.dossier, "Migration Dialogue").id]
    assert (dialogue["date"], dialogue["machine_date"]) == ("2023-10", "2023-FA")


# ---------------------------------------------------------------- HTML
def test_the_report_is_one_page_that_loads_nothing(curated):
    page = to_html(curated)
    assert page.startswith("<!DOCTYPE html>") and POLICY in page
    tags = _tags(page)
    assert not {"script", "link", "iframe", "object", "embed", "img", "base"} & {t for t, _ in tags}
    assert not [a for _, attrs in tags for a, _ in attrs if a in ("src", "srcset", "poster")]
    hrefs = [v for _, attrs in tags for a, v in attrs if a == "href"]
    assert all(h.startswith(("#", "http://", "https://")) for h in hrefs)
    style = page[page.index("<style>") : page.index("</style>")].lower()
    assert "url(" not in style and "@import" not in style
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "ask the &lt;Home Office&gt;" in page
    assert "★" in page and "(corrected)" in page and "agreement" in page
    assert "Turkey is grappling" not in page  # hidden


def _tags(page: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """Every start tag of a page with its attributes, as a browser's parser reads them."""
    found: list = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, attrs))

    Parser().feed(page)
    return found


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


class _Recorder(http.server.BaseHTTPRequestHandler):
    """A proxy that answers nothing and remembers every request a page makes."""

    seen: list[str] = []

    def _any(self) -> None:
        type(self).seen.append(f"{self.command} {self.path}")
        self.send_response(404)
        self.end_headers()

    do_GET = do_POST = do_HEAD = do_CONNECT = _any

    def log_message(self, *args) -> None:
        pass


#: Chromium's own services, which it calls whatever page it shows (sign-in, variations):
#: not requests of the page. The report names no host at all (checked above).
_BROWSER = (".google.com", ".googleapis.com", ".gstatic.com", ".gvt1.com")


def _host(request: str) -> str:
    target = request.split(" ", 1)[1]
    return target.split("//", 1)[-1].split("/", 1)[0].rsplit(":", 1)[0]


def _open_in_chromium(page_path, shot, tmp_path) -> list[str]:
    """Open the page in headless Chromium behind the recording proxy; what the page
    asked for (the browser's calls to its own services left aside)."""
    _Recorder.seen = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        subprocess.run(
            [
                _chromium(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-default-apps",
                "--disable-extensions",
                "--disable-domain-reliability",
                "--disable-client-side-phishing-detection",
                "--no-pings",
                "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,"
                "Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater",
                f"--user-data-dir={tmp_path / 'profile'}",
                f"--proxy-server=http://127.0.0.1:{server.server_port}",
                "--proxy-bypass-list=<-loopback>",
                "--window-size=1000,1600",
                f"--screenshot={shot}",
                page_path.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
    finally:
        server.shutdown()
    return [r for r in _Recorder.seen if not ("." + _host(r)).endswith(_BROWSER)]


@pytest.mark.skipif(_chromium() is None, reason="Chromium is not installed (apt install chromium)")
def test_the_report_in_headless_chromium_makes_no_request(curated, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(to_html(curated), encoding="utf-8")
    shot = tmp_path / "report.png"
    assert _open_in_chromium(page, shot, tmp_path) == []
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 10_000
    # the same check sees a page that does ask for something
    leaky = tmp_path / "leaky.html"
    leaky.write_text('<img src="http://example.com/pixel.png">', encoding="utf-8")
    asked = _open_in_chromium(leaky, tmp_path / "leaky.png", tmp_path)
    assert any("example.com/pixel.png" in r for r in asked)


# ---------------------------------------------------------------- the command line
def _cli(*args: str, cwd=None) -> subprocess.CompletedProcess:
    import sys

    return subprocess.run(
        [sys.executable, "-m", "dossier_tui", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


@pytest.fixture
def curated_file(tmp_path, seeds):
    """A timeline file of the seeds with a curation beside it: a star, a hidden event, a
    decision whose words are gone."""
    timeline = tmp_path / "data" / "timeline.yaml"
    timeline.parent.mkdir()
    shutil.copy(EXAMPLE, timeline)
    gone = curation.Anchor("event", (curation.Span("no-such-source", 0, 5, "words"),), "x: gone")
    c = Curation(
        (
            decision("star", event_anchor(_by(seeds, "Jenrick visited"))),
            decision("hide", event_anchor(_by(seeds, "economic crisis"))),
            decision("tag", gone, "lost"),
        )
    )
    curation.save(c, curation.beside(timeline))
    return timeline


@pytest.mark.parametrize(
    "name, fmt",
    [
        ("out.html", None),
        ("out.timeline.json", None),
        ("out.jsonl", None),
        ("out.csv", None),
        ("out.md", None),
        ("out.json", None),
        ("out.txt", "csv"),
    ],
)
def test_export_writes_each_format_with_the_curation(curated_file, tmp_path, name, fmt, capsys):
    from dossier_tui.cli import main

    out = tmp_path / name
    code = main(
        ["export", "-i", str(curated_file), "-o", str(out), *(["--format", fmt] if fmt else [])]
    )
    said = capsys.readouterr().err
    assert code == 0, said
    text = out.read_text(encoding="utf-8")
    assert "Turkey is grappling" not in text  # hidden
    assert "decision 3 (tag 'x: gone'): the passages it names are no longer" in said
    assert "2 decisions applied; 1 decision no longer applies" in said
    if name.endswith((".html", ".md")):
        assert "★" in text
    if name == "out.json":
        assert json.loads(text)["curation"]["events"]


def test_yaml_export_of_a_curated_dossier_loads_as_a_timeline(curated_file, tmp_path):
    from dossier_tui import store

    out = tmp_path / "curated.yaml"
    assert _cli("export", "-i", str(curated_file), "-o", str(out)).returncode == 0
    d = store.load(out)
    assert not any("economic crisis" in e.headline for e in d.events)
    assert "curation:" in out.read_text(encoding="utf-8")


def test_a_build_says_how_the_curation_beside_it_applies(curated_file, tmp_path):
    from pathlib import Path

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    r = _cli("build", str(seeds), "-o", str(curated_file), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "2 decisions applied; 1 decision no longer applies" in r.stderr
    assert "curation.yaml" in r.stderr


def test_an_unreadable_curation_stops_an_export(curated_file, tmp_path):
    curation.beside(curated_file).write_text("decisions: [", encoding="utf-8")
    r = _cli("export", "-i", str(curated_file), "-o", str(tmp_path / "x.md"))
    assert r.returncode == 1 and "not YAML" in r.stderr and "Traceback" not in r.stderr
    assert r.stderr.count("\n") == 1 and not (tmp_path / "x.md").exists()
