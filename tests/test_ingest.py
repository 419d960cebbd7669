"""Reading articles: encodings, metadata, datelines and page furniture."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from dossier_tui.ingest import load_corpus, load_source
from dossier_tui.ingest.dateline import find_dateline, parse_date_string

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# ---------------------------------------------------------------- decoding
@pytest.mark.parametrize(
    "data, encoding",
    [
        ("Türkiye deal agreed.\r\nSecond line.".encode(), "utf-8"),
        (codecs.BOM_UTF8 + "Türkiye deal agreed.".encode(), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + "Türkiye deal agreed.".encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + "Türkiye deal agreed.".encode("utf-16-be"), "utf-16"),
    ],
)
def test_unicode_encodings(tmp_path, data, encoding):
    src, problems = load_source(write(tmp_path / "a.txt", data))
    assert (
        src.text.startswith("Türkiye deal agreed.") and src.encoding == encoding and problems == []
    )


def test_crlf_is_kept_so_offsets_match_the_file(tmp_path):
    src, _ = load_source(write(tmp_path / "a.txt", b"One.\r\nTwo."))
    assert src.text == "One.\r\nTwo."


def test_invalid_utf8_falls_back_to_cp1252_with_a_warning(tmp_path):
    src, problems = load_source(
        write(tmp_path / "a.txt", "The minister’s visit – café.".encode("cp1252") + b"\x81")
    )
    assert src.text == "The minister’s visit – café.\x81" and src.encoding == "cp1252"
    assert len(problems) == 1 and "cp1252" in problems[0].message and "a.txt" in problems[0].message
    assert not problems[0].skipped


def test_binary_file_is_skipped_and_the_rest_still_load(tmp_path):
    write(tmp_path / "img.txt", bytes(range(256)) * 10)
    write(tmp_path / "ok.txt", "9 August 2023\nThe deal was agreed last night.")
    corpus = load_corpus([tmp_path])
    assert [s.id for s in corpus.sources] == ["ok"]
    assert [(p.skipped, "binary" in p.message) for p in corpus.problems] == [(True, True)]


def test_missing_path_is_a_problem_not_an_exception(tmp_path):
    write(tmp_path / "ok.txt", "Text.")
    corpus = load_corpus([tmp_path / "nope", tmp_path / "ok.txt"])
    assert [s.id for s in corpus.sources] == ["ok"]
    assert corpus.problems[0].skipped and "no such file" in corpus.problems[0].message


def test_empty_file(tmp_path):
    src, problems = load_source(write(tmp_path / "e.txt", b""))
    assert src.text == "" and src.published is None and "empty" in problems[0].message


def test_a_long_single_line(tmp_path):
    line = ("The deal was agreed last month after talks in Ankara and London " * 32_000)[:2_000_000]
    src, problems = load_source(write(tmp_path / "big.txt", line))
    assert len(src.text) == 2_000_000 and problems == []


# ---------------------------------------------------------------- metadata
def test_precedence_sources_yaml_over_front_matter_over_dateline(tmp_path):
    write(
        tmp_path / "a.md",
        "---\ntitle: From front matter\npublished: 2023-08-01\noutlet: FM\n---\n"
        "9 August 2023\nThe deal was agreed.",
    )
    write(tmp_path / "b.md", "---\npublished: 2023-08-02T10:30\n---\n9 August 2023\nText.")
    write(tmp_path / "c.txt", "9 August 2023, 06:01\nThe deal was agreed.")
    write(tmp_path / "sources.yaml", "a.md: {published: 2023-08-03, outlet: LBC}\n")
    s = {x.id: x for x in load_corpus([tmp_path]).sources}
    assert (s["a"].published, s["a"].published_basis, s["a"].outlet, s["a"].title) == (
        "2023-08-03",
        "metadata",
        "LBC",
        "From front matter",
    )
    assert (s["b"].published, s["b"].published_basis) == ("2023-08-02T10:30", "metadata")
    assert (s["c"].published, s["c"].published_basis) == ("2023-08-09T06:01", "stated")


def test_front_matter_keeps_offsets(tmp_path):
    text = "---\ntitle: T\n---\nThe deal was agreed last month."
    src, _ = load_source(write(tmp_path / "a.md", text))
    assert src.text == text and src.body_start == text.index("The deal")


def test_malformed_sources_yaml_names_file_and_line_and_loses_nothing(tmp_path):
    write(tmp_path / "a.txt", "The deal was agreed.")
    write(tmp_path / "sources.yaml", "a.txt: {published: 2023-08-03\nb.txt: [oops\n")
    corpus = load_corpus([tmp_path])
    assert [s.id for s in corpus.sources] == ["a"]
    msg = corpus.problems[0].message
    assert "sources.yaml" in msg and "line" in msg and not corpus.problems[0].skipped


def test_unparsable_published_is_reported(tmp_path):
    write(tmp_path / "sources.yaml", "a.txt: {published: sometime soon}\n")
    write(tmp_path / "a.txt", "Text.")
    corpus = load_corpus([tmp_path])
    assert corpus.sources[0].published is None and "not understood" in corpus.problems[0].message


# ---------------------------------------------------------------- datelines
@pytest.mark.parametrize(
    "line, value",
    [
        ("9 August 2023, 06:01", "2023-08-09T06:01"),
        (" date 2023-08-09 The UK and Türkiye have agreed a new partnership.", "2023-08-09"),
        ("August 9, 2023 at 7:03 pm", "2023-08-09T19:03"),
        ("Published: 9 Aug 2023", "2023-08-09"),
        ("Wed 9 Aug 2023 07.03 BST", "2023-08-09T07:03"),
        ("2023-08-09T06:01:00Z", "2023-08-09T06:01"),
        ("Aug. 9, 2023", "2023-08-09"),
        ("Updated: 10 August 2023", "2023-08-10"),
    ],
)
def test_datelines(line, value):
    found = find_dateline(f"Headline of the story\n{line}\nThe story begins here with a sentence.")
    assert found and found[0] == value


@pytest.mark.parametrize(
    "text",
    [
        "Minister leaves 10 Downing Street in London, United Kingdom on July 18, 2023 [Photographer/Agency]",
        "August 9\nNo year, so not a dateline.",
        "The deal was signed on 9 August 2023 in Ankara.",
    ],
)
def test_not_datelines(text):
    assert find_dateline(text) is None


def test_dateline_only_near_the_top():
    text = "".join(f"Paragraph {i} of the story goes on.\n" for i in range(40)) + "9 August 2023\n"
    assert find_dateline(text) is None


def test_parse_date_string_never_uses_today():
    assert parse_date_string("yesterday") is None
    assert parse_date_string("August 9") is None
    assert parse_date_string("9th of August, 2023") == "2023-08-09"


# ---------------------------------------------------------------- the seeds
@pytest.fixture(scope="module")
def seeds():
    return {s.id[:3]: s for s in load_corpus([SEEDS]).sources}


def furniture(src) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in src.furniture:
        out.setdefault(f.kind, []).append(src.text[f.start : f.end])
    return out


def test_seed_publication_dates(seeds):
    assert {k: (s.published, s.published_basis) for k, s in seeds.items()} == {
        "000": ("2023-08-09T06:01", "stated"),
        "001": ("2023-08-09", "stated"),
        "002": ("2023-08-09T19:03", "stated"),
        "003": (None, "unknown"),
        "004": (None, "unknown"),
    }


def test_seed_furniture(seeds):
    f = {k: furniture(s) for k, s in seeds.items()}
    assert f["000"]["banner"] == ["Tonight with Andrew Marr 6pm - 7pm"]
    assert f["000"]["audio"] == ["Listen to this article", "Loading audio..."]
    assert f["000"]["link"] == ["Shelagh Fogarty: Rishi Sunak should sack Lee Anderson"]
    assert f["000"]["dateline"] == ["9 August 2023, 06:01"]
    assert f["001"] == {"dateline": ["date 2023-08-09"]}
    assert f["002"]["slogan"] == ["Creating new perspectives since 2009"]
    assert f["002"]["credit"] == ["[Wiktor Szymanowicz/Future Publishing via Getty Images]"]
    assert [x[:5] for x in f["002"]["link"]] == ["READ:", "READ:"]
    assert f["003"]["byline"] == ["PA Media", "With the Press Association"]
    assert f["003"]["source-link"] == ["Source link"]
    assert f["003"]["section"] == ["Politics", "Immigration and asylum"]
    assert f["004"]["link"] == [
        "Read More: Unmasking the Cyber-Attack: How UK Electoral Registers Are Targeted"
    ]
    assert f["004"]["byline"] == ["Beth Malcolm"]
    assert f["004"]["bio"][0].startswith("Beth Malcolm is Scottish based Journalist")


@pytest.mark.parametrize(
    "seed, sentence",
    [
        ("000", "The UK and Turkey have agreed to share intelligence"),
        ("000", "The deal comes after Mr Jenrick's visit to Turkey last month"),
        ("001", "The UK and Türkiye have agreed a new partnership"),
        ("001", "Home Secretary Suella Braverman said:"),
        ("002", "Minister of State (Minister for Immigration)"),  # a caption is story text
        ("003", "Home Office will deploy more officers in Turkey"),  # the standfirst
        ("003", "On Tuesday night the government announced"),
        ("004", "Mr. Jenrick expressed that while the UK is eager"),
    ],
)
def test_seed_story_sentences_are_not_furniture(seeds, seed, sentence):
    src = seeds[seed]
    start = src.text.index(sentence)
    assert not src.is_furniture(start, start + len(sentence))


def test_seed_titles(seeds):
    assert (
        seeds["003"].title
        == "UK government announces deal with Turkey to ‘disrupt’ people smuggling gangs"
    )
    assert seeds["001"].title is None


def test_loading_is_deterministic_and_ids_unique(tmp_path):
    write(tmp_path / "x" / "story.txt", "One.")
    write(tmp_path / "y" / "story.txt", "Two.")
    first, second = load_corpus([tmp_path]), load_corpus([tmp_path])
    assert first == second
    assert [s.id for s in first.sources] == ["story", "story-2"]


def test_paths_are_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "arts" / "sub" / "a.txt", "One.")
    assert [s.path for s in load_corpus(["arts"]).sources] == ["arts/sub/a.txt"]


# ---------------------------------------------------------------- hostile trees
def test_only_regular_files_are_read_pipes_and_devices_are_skipped_with_a_reason(tmp_path):
    import os

    write(tmp_path / "a.txt", "The deal was agreed.")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere")
    corpus = load_corpus([tmp_path])  # a FIFO would block this read forever
    assert [s.id for s in corpus.sources] == ["a"]
    messages = " ".join(p.message for p in corpus.problems)
    assert "pipe.txt: a named pipe (FIFO), not an article; skipped" in messages
    assert "dangling.txt: no such file" in messages


def test_a_link_to_a_character_device_is_skipped(tmp_path):
    import os
    import stat

    try:
        os.mknod(tmp_path / "zero", stat.S_IFCHR | 0o600, os.makedev(1, 5))
    except (PermissionError, OSError):
        pytest.skip("cannot make a device node here")
    (tmp_path / "x.txt").symlink_to(tmp_path / "zero")
    corpus = load_corpus([tmp_path / "x.txt"])
    assert corpus.sources == () and "a character device" in corpus.problems[0].message


def test_an_article_larger_than_the_limit_is_skipped_not_read(tmp_path):
    write(tmp_path / "big.txt", "The deal was agreed. " * 100)
    corpus = load_corpus([tmp_path], max_bytes=1000)
    assert (
        corpus.sources == ()
        and "larger than the 1,000 bytes an article may be" in corpus.problems[0].message
    )


def test_a_folder_thousands_deep_and_a_link_loop_are_read_without_recursion(tmp_path):
    import os

    deep = tmp_path / "deep"
    path = str(deep)
    os.mkdir(path)
    for _ in range(1200):  # os.makedirs would recurse
        path += "/d"
        os.mkdir(path)
    write(Path(path) / "a.txt", "The deal was agreed.")
    (deep / "d" / "up").symlink_to(deep)  # a loop through a link to a folder
    (tmp_path / "loop1").symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(tmp_path / "loop1")
    try:
        corpus = load_corpus([deep, tmp_path / "loop1"])
    finally:  # removed bottom up: shutil.rmtree, as pytest cleans up, would recurse too deep
        os.unlink(Path(path) / "a.txt")
        os.unlink(deep / "d" / "up")
        while path != str(deep):
            os.rmdir(path)
            path = os.path.dirname(path)
    assert [s.id for s in corpus.sources] == ["a"]
    assert "loop1: too many levels of symbolic links" in corpus.problems[0].message


def test_ids_are_unique_whatever_the_file_names(tmp_path):
    for name, day in (("x/a.txt", "Monday"), ("y/a.txt", "Tuesday"), ("a-2.txt", "Friday")):
        write(tmp_path / name, f"On {day} the deal was agreed.")
    corpus = load_corpus([tmp_path / "x", tmp_path / "y", tmp_path / "a-2.txt"])
    ids = [s.id for s in corpus.sources]
    assert len(set(ids)) == 3 and "a-2" in ids and "a" in ids


@pytest.mark.parametrize(
    "meta",
    [
        "a.txt: {title: x, n: " + "9" * 5000 + "}\n",
        "a.txt: !!python/object:os.system {}\n",
        "a: &a [x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n"
            for i in range(8)
        ),
    ],
)
def test_sources_yaml_beyond_plain_data_is_refused_with_its_line(tmp_path, meta):
    write(tmp_path / "a.txt", "The deal was agreed.")
    write(tmp_path / "sources.yaml", meta)
    corpus = load_corpus([tmp_path])
    assert [s.id for s in corpus.sources] == ["a"]
    assert (
        "sources.yaml: line" in corpus.problems[0].message
        and "ignored" in corpus.problems[0].message
    )


def test_front_matter_with_a_python_tag_is_refused(tmp_path):
    src, problems = load_source(
        write(tmp_path / "a.md", "---\ntitle: !!python/name:os.system\n---\nText.")
    )
    assert src is not None and "not plain data" in problems[0].message
