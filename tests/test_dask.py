"""The build's map on a Dask cluster gives the dossier the plain build gives."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from test_scale import built, corpus  # noqa: E402

from dossier_tui import cli, cluster  # noqa: E402
from dossier_tui.cache import Cache  # noqa: E402
from dossier_tui.cluster import ClusterError, DaskMapper  # noqa: E402
from dossier_tui.model import Cancelled  # noqa: E402
from dossier_tui.workers import MIN_PARALLEL, Mapper  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
#: a cluster that stops answering fails the test instead of hanging it
TIMEOUT = 90
ARTICLES = 20


def dossier(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dossier_tui", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=TIMEOUT,
    )


@pytest.fixture(scope="module")
def scheduler():
    """The address of a cluster of two worker processes, shut down after the module."""
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
    ) as local:
        yield local.scheduler_address


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    assert ARTICLES > MIN_PARALLEL  # so the map goes out rather than running here
    return corpus(tmp_path_factory.mktemp("c") / "articles", ARTICLES)


@pytest.fixture
def mapper(scheduler):
    m = DaskMapper(scheduler)
    yield m
    m.close()


def test_the_cluster_gives_the_same_bytes(mapper, articles, monkeypatch):
    sent = []
    submit = mapper.client.submit
    monkeypatch.setattr(
        mapper.client, "submit", lambda *a, **k: sent.append(a[1]) or submit(*a, **k)
    )
    assert built(articles, mapper, Cache(None)) == built(articles, Mapper(1), Cache(None))
    # files, shingles, readings and names each went out, every article in one chunk or another
    assert {fn.__name__ for fn in sent} == {"_source_of", "cut", "read", "name"}
    assert sum(1 for fn in sent if fn.__name__ == "read") > 1


def test_progress_moves_per_chunk_and_stop_is_heard(mapper):
    seen: list[int] = []
    with pytest.raises(Cancelled):
        mapper.map(
            time.sleep,
            [0.2] * 40,
            progress=lambda done, total: seen.append(done),
            stop=lambda: len(seen) >= 2,
        )
    assert 2 <= len(seen) < 10 and seen == sorted(set(seen)) and seen[-1] < 40


def test_a_worker_with_another_dossier_is_refused(mapper, scheduler, monkeypatch):
    monkeypatch.setattr(cluster, "analyser_version", lambda: "0123456789abcdef")
    with pytest.raises(ClusterError, match="runs another dossier .* here 0123456789abcdef"):
        DaskMapper(scheduler)
    # and one that joined after the connection is refused with its first results
    with pytest.raises(ClusterError, match="worker tcp://.* runs another dossier"):
        mapper.map(abs, list(range(MIN_PARALLEL)))


def test_the_command_builds_on_the_cluster(scheduler, articles, tmp_path):
    here, there = tmp_path / "here.yaml", tmp_path / "there.yaml"
    assert cli.main(["build", "-j", "1", "--no-cache", "-o", str(here), str(articles)]) == 0
    r = dossier("build", "--scheduler", scheduler, "-o", str(there), str(articles))
    assert r.returncode == 0, r.stderr
    assert (
        r.stderr.startswith(f"dossier: {ARTICLES} sources, ") and r.stderr.count("\n") == 1
    )  # the summary alone
    assert there.read_bytes() == here.read_bytes()


def test_an_unreachable_scheduler_is_one_line():
    code = (
        "import sys; from dossier_tui import cli, cluster; cluster.CONNECT_SECONDS = 1; "
        "sys.exit(cli.main(['build', '--scheduler', 'tcp://127.0.0.1:1', '-o', '-']))"
    )
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=TIMEOUT
    )
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.startswith("dossier: tcp://127.0.0.1:1: cannot use a Dask scheduler there (")
    assert len(r.stderr.splitlines()) == 1, r.stderr


def test_jobs_and_a_scheduler_do_not_go_together():
    r = dossier("build", "-j", "2", "--scheduler", "tcp://127.0.0.1:1")
    assert r.returncode == 2 and "not allowed with" in r.stderr and "Traceback" not in r.stderr


def test_without_distributed_the_command_says_what_to_install():
    code = (
        "import sys; sys.modules['distributed'] = None; from dossier_tui import cli; "
        "sys.exit(cli.main(['build', '--scheduler', 'tcp://127.0.0.1:8786']))"
    )
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=TIMEOUT
    )
    assert r.returncode == 1
    assert (
        r.stderr
        == "dossier: --scheduler needs the distributed package: pip install 'dossier-tui[dask]'\n"
    )
