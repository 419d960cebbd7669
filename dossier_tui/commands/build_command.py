"""`dossier build`: articles -> timeline.yaml, on local processes or a Dask cluster, with
the analysis cache, progress on a terminal and the index kept beside the output.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from dossier_tui.commands.common import DEFAULT_TIMELINE, UsageError, UserError, say, write_output
from dossier_tui.commands.curation_report import report_curation
from dossier_tui.progress import TerminalLine
from dossier_tui.wording import tally


def _corpus(paths: list[str], mapper, cache, line: TerminalLine):
    """Sources from ``paths``, with their problems reported; UserError if none is left."""
    from dossier_tui.ingest import load_corpus

    corpus = load_corpus(
        paths, mapper=mapper, cache=cache, progress=lambda done, total: line("files", done, total)
    )
    line.clear()
    for problem in corpus.problems:
        say(problem.message)
    if not corpus.sources:
        raise UserError(f"{', '.join(paths)}: no readable .txt or .md articles found")
    return corpus


@contextlib.contextmanager
def _mapper(jobs: int | None, scheduler: str | None):
    """What runs the per-article work: the Dask cluster of ``scheduler``, else ``jobs``
    processes (all cores by default). What the cluster cannot do is a UserError."""
    if scheduler is None:
        from dossier_tui.workers import Mapper, default_jobs

        with Mapper(jobs or default_jobs()) as processes:
            processes.start()  # before anything is read: they share none of it
            yield processes
        return
    from dossier_tui.cluster import ClusterError, DaskMapper

    try:
        mapper = DaskMapper(scheduler)
        try:
            yield mapper
        finally:
            mapper.close()
    except ClusterError as e:
        raise UserError(str(e)) from None


def built(
    paths: list[str],
    jobs: int | None = None,
    cached: bool = True,
    scheduler: str | None = None,
    line: TerminalLine | None = None,
):
    """(corpus, dossier, problems said) for ``paths``, on ``jobs`` processes (all cores
    by default) or the Dask cluster of ``scheduler``, with the analysis cache unless
    ``cached`` is false; progress on ``line`` (by default stderr's, when a terminal)."""
    line = line or TerminalLine(sys.stderr)
    from dossier_tui.build import build
    from dossier_tui.cache import Cache, default_folder

    with _mapper(jobs, scheduler) as mapper:
        cache = Cache(default_folder() if cached else None)
        try:
            said = cache.problem
            if said:
                say(said)
            corpus = _corpus(paths, mapper, cache, line)
            problems: list[str] = []
            d = build(
                corpus.sources,
                line,
                _noted(problems, line),
                input_problems=corpus.problems,
                mapper=mapper,
                cache=cache,
            )
            line.clear()
            if cache.problem and cache.problem != said:  # it failed during the build
                say(cache.problem)
            return corpus, d, problems
        finally:
            cache.close()


def _noted(problems: list[str], line: TerminalLine):
    """A build's problem callback: say each problem (on its own line) and keep it."""

    def note(message: str) -> None:
        line.clear()
        say(message)
        problems.append(message)

    return note


def _save_index(output: str, d, line: TerminalLine) -> None:
    """Keep the index of a dossier just written beside it, so its first open is quick;
    a place that cannot hold one is no problem (the app builds it when needed)."""
    from dossier_tui import index_db

    try:
        index_db.save_index(d, output, index_db.sha256_of(output), line)
    except OSError:
        pass


def _default_output() -> str:
    """data/timeline.yaml; its folder is made if missing (and said), being the default
    rather than a path the user may have mistyped."""
    folder = DEFAULT_TIMELINE.parent
    if not folder.exists():
        try:
            folder.mkdir()
        except OSError as e:
            raise UserError(f"{folder}: cannot make the folder ({e.strerror})") from None
        say(f"made the folder {folder}/ for {DEFAULT_TIMELINE.name}")
    return str(DEFAULT_TIMELINE)


def _check_output(output: str) -> None:
    """A place that cannot take the timeline is said before the build, not after it."""
    from dossier_tui.writes import WriteError, check_writable

    try:
        check_writable(output)
    except WriteError as e:
        raise UserError(str(e)) from None


def build_command(
    paths: list[str],
    output: str | None,
    jobs: int | None = None,
    cached: bool = True,
    scheduler: str | None = None,
) -> int:
    from dossier_tui import store

    if not paths:
        if not Path("seeds").is_dir():
            raise UsageError(
                "no seeds/ folder here to build; name the articles: dossier build FOLDER..."
            )
        paths = ["seeds"]
    output = output or _default_output()
    if output != "-":
        _check_output(output)
    line = TerminalLine(sys.stderr)
    corpus, d, problems = built(paths, jobs, cached, scheduler, line)
    line("writing", 0, 1)
    text = store.dumps(d)
    line.clear()  # before a write to stdout, or a message
    write_output(output, text)
    if output != "-" and Path(output).is_file():
        _save_index(output, d, line)
        line.clear()
    if output != "-":
        say(f"{', '.join(tally(d))} -> {output}")
        report_curation(d, Path(output))
    return 1 if problems or any(x.skipped for x in corpus.problems) else 0
