"""The ``dossier`` command: parses arguments and calls the core; nothing more.

Exit status: 0 on success, 1 when some input could not be processed, the output not
written or the cluster (``--scheduler``) not used, 2 on usage errors, 128 + N when signal N stopped it (130 Ctrl-C, 141 a
closed pipe, 143 SIGTERM). Messages go to stderr, one line each, never a traceback for a
user error; names in them are escaped (``safe_text.shown``).
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import functools
import os
import re
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dossier_tui import __version__, help_text, stdout
from dossier_tui.calendar_words import ISO_DATE
from dossier_tui.completion import SHELLS, script
from dossier_tui.export import DEFAULT, FORMATS, formats_in_words
from dossier_tui.progress import TerminalLine, is_terminal
from dossier_tui.safe_text import shown
from dossier_tui.wording import tally

if TYPE_CHECKING:
    from dossier_tui.model import Problem, Source

#: a reference date for --dct: a calendar day, optionally with a time of day
_DCT_RE = re.compile(ISO_DATE)
COMMANDS = ("build", "export", "timexes", "completion")
#: a timeline file up to this size is read before the app starts on a first open, so a
#: damaged one is one line on stderr; a larger one is indexed in the app, with progress
LOAD_BEFORE_APP = 1_000_000
DEFAULT_TIMELINE = Path("data") / "timeline.yaml"


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {shown(message)} (see {self.prog} -h)\n")


class UserError(Exception):
    """A problem the user can fix; its message is printed as is."""


class UsageError(UserError):
    """A command given without what it needs: exit status 2, as for a usage error."""


class _Stopped(BaseException):
    """SIGTERM or SIGHUP, raised like KeyboardInterrupt so that cleanups run (a half
    written temp file is removed) before the exit; no ``except Exception`` stops it."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _stop(signum: int, frame: object) -> None:
    raise _Stopped(signum)


def _catch_signals() -> dict[int, object]:
    """Turn SIGTERM and SIGHUP into _Stopped; the handlers they had, to put back."""
    old: dict[int, object] = {}
    for signum in (signal.SIGTERM, signal.SIGHUP):
        try:
            old[signum] = signal.signal(signum, _stop)
        except (ValueError, OSError):  # not the main thread: leave signals alone
            pass
    return old


def _dct(value: str) -> str:
    from dossier_tui.temporal.values import is_valid_date

    if (
        not _DCT_RE.fullmatch(value)
        or " " in value
        or not is_valid_date(int(value[:4]), int(value[5:7]), int(value[8:10]))
    ):
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date such as 2023-08-09 or 2023-08-09T06:01"
        )
    return value


def _file_name(value: str) -> str:
    if not value:
        raise argparse.ArgumentTypeError("the file name is empty")
    return value


def _positive(value: str) -> int:
    if not (value.isascii() and value.isdigit()) or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return int(value)


def _address(value: str) -> str:
    if not value.strip():
        raise argparse.ArgumentTypeError("the scheduler's address is empty")
    return value


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="dossier",
        usage=help_text.USAGE,
        epilog=help_text.epilog(),
        formatter_class=help_text.Formatter,
        description="Turn a folder of news articles into a dated, sourced dossier. "
        "Run with no command (or a PATH) to see a dossier: ./data/timeline.yaml, a timeline "
        "file, a folder of articles, the dossier opened last, or the bundled example.",
    )
    p.add_argument("--version", action="version", version=f"dossier {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser, prog="dossier")

    def command(name: str, **kwargs) -> argparse.ArgumentParser:
        parser = sub.add_parser(
            name, epilog=help_text.epilog(name), formatter_class=help_text.Formatter, **kwargs
        )
        parser.set_defaults(parser=parser)
        return parser

    b = command(
        "build",
        help="build a dossier from articles into a timeline file",
        description="Build a dossier from folders or files of .txt/.md articles.",
    )
    b.add_argument("sources", nargs="*", metavar="SRC", help="folders or files (default: ./seeds/)")
    b.add_argument(
        "-o",
        "--output",
        type=_file_name,
        metavar="FILE",
        help=f"where to write the timeline (default: {DEFAULT_TIMELINE}; - for stdout)",
    )
    where = b.add_mutually_exclusive_group()
    where.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        metavar="N",
        help="processes for the per-article work (default: all cores); the output is the same",
    )
    where.add_argument(
        "--scheduler",
        type=_address,
        metavar="ADDRESS",
        help="run the per-article work on the Dask cluster of this scheduler (tcp://HOST:8786; "
        "its workers need this same dossier installed); the output is the same",
    )
    b.add_argument(
        "--no-cache",
        action="store_true",
        help="analyse every article afresh, and keep nothing for the next build "
        "(default: a cache in the user's cache folder, or $DOSSIER_CACHE)",
    )
    e = command(
        "export",
        help="export a dossier as " + formats_in_words(),
        description="Export a dossier. Without -o (or with -o -) it goes to stdout.",
    )
    e.add_argument(
        "--format",
        choices=tuple(FORMATS),
        help=f"the output format (default: from -o's extension, else {DEFAULT})",
    )
    e.add_argument(
        "-i",
        "--input",
        type=_file_name,
        metavar="FILE",
        help=f"timeline file (default: {DEFAULT_TIMELINE})",
    )
    e.add_argument(
        "-o", "--output", type=_file_name, metavar="FILE", help="output file (default: stdout)"
    )
    e.add_argument(
        "--top",
        type=_positive,
        metavar="N",
        help="only the N key events (highest score); sources stay, actors keep their links to them",
    )
    t = command(
        "timexes",
        help="tag temporal expressions; print JSON lines",
        description="Tag temporal expressions (TIMEX3) in article bodies and print one "
        "JSON object per expression: file, start, end, text, type, value. "
        "Offsets are characters into the decoded file text.",
    )
    t.add_argument(
        "--dct",
        type=_dct,
        metavar="VALUE",
        help="reference date for relative expressions (default: each file's own publication date)",
    )
    t.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files or folders of .txt/.md articles; - for standard input",
    )
    c = command(
        "completion",
        help="print a shell completion script",
        description="Print the script that completes dossier's commands, options and "
        "files in the given shell.",
    )
    c.add_argument("shell", choices=SHELLS, help="the shell to complete in")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    stdout.prepare_stderr()
    parser = build_parser()
    try:
        # "dossier PATH" opens PATH; anything else that is not a command is a usage error
        if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS:
            _refuse_typo(argv[0])
            if len(argv) > 1:
                parser.error(f"unexpected arguments: {' '.join(argv[1:])}")
            if not argv[0]:
                parser.error("the path is empty")
            return _show(argv[0])
        args, extra = parser.parse_known_args(argv)
        if extra:  # said by the parser of the command they were given to
            getattr(args, "parser", parser).error(f"unrecognized arguments: {' '.join(extra)}")
        if args.command is None:
            return _show(None)
        return _command(args)
    except UsageError as e:
        _say(str(e))
        return 2
    except (UserError, stdout.OutputError) as e:
        _say(str(e))
        return 1
    except BrokenPipeError:  # "dossier ... | head": the reader has all it wants
        return 128 + signal.SIGPIPE
    except KeyboardInterrupt:
        return 128 + signal.SIGINT


def _refuse_typo(word: str) -> None:
    """A first word that is no path but nearly a command's name is a mistyped command."""
    if os.path.lexists(word):
        return
    near = difflib.get_close_matches(word, COMMANDS, n=1)
    if near:
        raise UsageError(f"unknown command '{word}'; did you mean '{near[0]}'?")


def _command(args: argparse.Namespace) -> int:
    """Run a command, with SIGTERM and SIGHUP turned into a clean stop."""
    old = _catch_signals()
    try:
        if args.command == "timexes":
            return _timexes(args.paths, args.dct)
        if args.command == "build":
            return _build(args.sources, args.output, args.jobs, not args.no_cache, args.scheduler)
        if args.command == "completion":
            return _completion(args.shell)
        return _export(args.input, args.output, args.format, args.top)
    except _Stopped as e:
        return 128 + e.signum
    finally:
        for signum, handler in old.items():
            if handler is not None:
                signal.signal(signum, handler)


def _say(message: str) -> None:
    """One line on stderr; names in ``message`` cannot split it or drive the terminal.
    Nothing is said when stderr is closed (print would go to stdout instead)."""
    if sys.stderr is None:
        return
    try:
        print(f"dossier: {shown(message)}", file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


def bundled_seeds() -> Path | None:
    """The example corpus shipped with the source tree (found from the package, not
    from the working directory, so ``dossier`` works from anywhere)."""
    here = Path(__file__).resolve().parent.parent / "seeds"
    return here if here.is_dir() else None


def _corpus(paths: list[str], mapper, cache, line: TerminalLine):
    """Sources from ``paths``, with their problems reported; UserError if none is left."""
    from dossier_tui.ingest import load_corpus

    corpus = load_corpus(
        paths, mapper=mapper, cache=cache, progress=lambda done, total: line("files", done, total)
    )
    line.clear()
    for problem in corpus.problems:
        _say(problem.message)
    if not corpus.sources:
        raise UserError(f"{', '.join(paths)}: no readable .txt or .md articles found")
    return corpus


@contextlib.contextmanager
def _mapper(jobs: int | None, scheduler: str | None):
    """What runs the per-article work: the Dask cluster of ``scheduler``, else ``jobs``
    processes (all cores by default). What the cluster cannot do is a UserError."""
    if scheduler is None:
        from dossier_tui.workers import Mapper, default_jobs

        yield Mapper(jobs or default_jobs())
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


def _built(
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
                _say(said)
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
                _say(cache.problem)
            return corpus, d, problems
        finally:
            cache.close()


def _noted(problems: list[str], line: TerminalLine):
    """A build's problem callback: say each problem (on its own line) and keep it."""

    def note(message: str) -> None:
        line.clear()
        _say(message)
        problems.append(message)

    return note


def bundled_example() -> Path | None:
    """The example dossier of the seeds, installed with the package."""
    here = Path(__file__).resolve().parent / "examples" / "seeds.yaml"
    return here if here.is_file() else None


def _default_path(last: str | None) -> tuple[str, str]:
    """What ``dossier`` opens with no PATH, and a word on it for the user: ./data/timeline.yaml,
    else ``last`` (the dossier opened last) if it is still there, else the bundled example."""
    if DEFAULT_TIMELINE.is_file():
        return str(DEFAULT_TIMELINE), ""
    if last and Path(last).exists():
        return last, f"{shown(last)}: the dossier opened last (there is no {DEFAULT_TIMELINE} here)"
    example = bundled_example() or bundled_seeds()
    if example is None:
        raise UserError("no data/timeline.yaml here and no bundled example; run: dossier PATH")
    return str(example), ""


def _to_remember(path: str) -> str | None:
    """The absolute path to keep as the last dossier (not the bundled example)."""
    if Path(path).resolve() in (bundled_example(), bundled_seeds()):
        return None
    return os.path.abspath(path)


def _is_timeline(p: Path) -> bool:
    return p.is_file() and p.suffix.lower() in (".yaml", ".yml")


def _load_timeline(p: Path):
    from dossier_tui import store

    try:
        return store.load(p)
    except store.StoreError as e:
        raise UserError(str(e)) from None


def _dossier_of(path: str):
    """(dossier, label, problems were skipped) for a timeline file or a folder of articles."""
    p = Path(path)
    if _is_timeline(p):
        return _load_timeline(p), path, False
    corpus, d, problems = _built([path])
    return d, path, bool(problems) or any(x.skipped for x in corpus.problems)


def _show(path: str | None) -> int:
    """The app on a terminal; elsewhere (pipes, scripts, CI) a text summary.

    A timeline file is loaded, and a folder checked, before the app starts, so a
    problem is one line on stderr rather than a screen that flashes and goes. The app
    keeps the path it shows as the last dossier, in the user's settings."""
    from dossier_tui.settings import SettingsFile

    settings = SettingsFile()
    notice, problem = "", None
    if path is None:  # the settings choose what is shown
        path, notice = _default_path(settings.values.last_dossier)
        problem = settings.problem and f"{settings.problem}; the last dossier opened is not known"
    if not is_terminal(sys.stdout):
        from dossier_tui.summary import summarise

        for said in (problem, notice):
            if said:
                _say(said)
        d, label, skipped = _dossier_of(path)
        stdout.prepare()
        stdout.write(summarise(d, label), flush=True)
        return 1 if skipped else 0
    from dossier_tui import app

    run = functools.partial(app.run, settings=settings, remember=_to_remember(path), notice=notice)
    p = Path(path)
    if _is_timeline(p):
        return _show_timeline(p, path, run)
    if not p.exists():
        raise UserError(f"{path}: no such file or folder")
    return run(paths=[path])


def _show_timeline(p: Path, label: str, run) -> int:
    """The app on a timeline file through its index: the one there if it stands for the
    file as it is, else one built now (a small file, read first) or in the app."""
    from dossier_tui import index_db

    ix = index_db.open_file_index(p)
    if ix is not None:
        return run(index=ix, label=label)
    try:
        size = p.stat().st_size
    except OSError as e:
        raise UserError(f"{shown(label)}: cannot read ({e.strerror})") from None
    if size > LOAD_BEFORE_APP:
        return run(timeline=label, label=label)
    sha256 = index_db.sha256_of(p)
    d = _load_timeline(p)
    try:
        return run(index=index_db.Index(index_db.save_index(d, p, sha256)), label=label)
    except (OSError, index_db.IndexError_):  # nowhere to keep an index: one for this session
        return run(dossier=d, label=label)


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
        _say(f"made the folder {folder}/ for {DEFAULT_TIMELINE.name}")
    return str(DEFAULT_TIMELINE)


def _build(
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
    line = TerminalLine(sys.stderr)
    corpus, d, problems = _built(paths, jobs, cached, scheduler, line)
    output = output or _default_output()
    line("writing", 0, 1)
    text = store.dumps(d)
    line.clear()  # before a write to stdout, or a message
    _write(output, text)
    if output != "-" and Path(output).is_file():
        _save_index(output, d, line)
        line.clear()
    if output != "-":
        _say(f"{', '.join(tally(d))} -> {output}")
    return 1 if problems or any(x.skipped for x in corpus.problems) else 0


def _export(source: str | None, output: str | None, fmt: str | None, top: int | None = None) -> int:
    from dossier_tui import store
    from dossier_tui.export import format_for, render

    path = Path(source) if source else DEFAULT_TIMELINE
    if source is None and not path.is_file():
        raise UserError(
            f"no {DEFAULT_TIMELINE} here; build one with: dossier build [SRC...]  (or give -i FILE)"
        )
    try:
        d = store.load(path)
    except store.StoreError as e:
        raise UserError(str(e)) from None
    fmt = fmt or format_for(output if output != "-" else None) or DEFAULT
    _write(output or "-", render(d, fmt, top), json=fmt == "json")
    return 0


def _write(output: str, text: str, json: bool = False) -> None:
    """``text`` to stdout (``-``) or to the file ``output``, as ``write_atomic`` writes."""
    from dossier_tui.writes import WriteError, write_atomic

    if output == "-":
        stdout.prepare(json)
        stdout.write(text, flush=True)
        return
    try:
        write_atomic(output, text)
    except WriteError as e:
        raise UserError(str(e)) from None


def _completion(shell: str) -> int:
    stdout.prepare()
    stdout.write(script(build_parser(), shell), flush=True)
    return 0


def _timexes(paths: list[str], dct: str | None) -> int:
    from dossier_tui.export.json import dumps
    from dossier_tui.temporal import tag_source

    stdout.prepare(json=True)
    skipped = False
    for sources, problems in _articles(paths):
        for problem in problems:
            _say(problem.message)
            skipped = skipped or problem.skipped
        for source in sources:
            if dct is None and source.published is None:
                _say(
                    f"{source.path}: no publication date found; relative dates left unresolved (use --dct)"
                )

            def failed(message: str, path: str = source.path) -> None:
                _say(f"{path}: {message}")

            for t in tag_source(source, dct, on_error=failed):
                stdout.write(
                    dumps(
                        {
                            "file": source.path,
                            "start": t.start,
                            "end": t.end,
                            "text": t.text,
                            "type": t.type,
                            "value": t.value,
                        }
                    )
                    + "\n"
                )
    stdout.write("", flush=True)
    return 1 if skipped else 0


def _articles(paths: list[str]) -> Iterator[tuple[Sequence[Source], Sequence[Problem]]]:
    """(sources, problems) for each run of ``paths`` in the order given: a stream
    (``-``, a pipe or terminal named here) alone, the files and folders between them
    together, as one corpus."""
    from dossier_tui.ingest import load_corpus
    from dossier_tui.ingest.stream import is_stream, read_stream

    run: list[str] = []
    for given in [*paths, None]:
        if given is not None and not is_stream(given):
            run.append(given)
            continue
        if run:
            corpus = load_corpus(run)
            yield corpus.sources, corpus.problems
            run = []
        if given is not None:
            source, problems = read_stream(given)
            yield ([source] if source else []), problems


if __name__ == "__main__":
    sys.exit(main())
