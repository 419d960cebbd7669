"""The ``dossier`` command: parses arguments and calls the core; nothing more. The work
of each sub-command but ``export`` is in ``dossier_tui.commands``.

Exit status: 0 on success, 1 when some input could not be processed, the output not
written or the cluster (``--scheduler``) not used, 2 on usage errors, 128 + N when signal N
stopped it (130 Ctrl-C, 141 a closed pipe, 143 SIGTERM). Messages go to stderr, one line
each, never a traceback for a user error; names in them are escaped (``safe_text.shown``).
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import signal
import sys
from pathlib import Path

from dossier_tui import __version__, help_text, stdout
from dossier_tui.calendar_words import ISO_DATE
from dossier_tui.commands.app_launch import show
from dossier_tui.commands.build_command import build_command
from dossier_tui.commands.common import DEFAULT_TIMELINE, UsageError, UserError, say, write_output
from dossier_tui.commands.timexes_command import timexes_command
from dossier_tui.completion import SHELLS, script
from dossier_tui.export import DEFAULT, FORMATS, formats_in_words
from dossier_tui.safe_text import shown

#: a reference date for --dct: a calendar day, optionally with a time of day
_DCT_RE = re.compile(ISO_DATE)
COMMANDS = ("build", "export", "timexes", "completion")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {shown(message)} (see {self.prog} -h)\n")


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
            return show(argv[0])
        args, extra = parser.parse_known_args(argv)
        if extra:  # said by the parser of the command they were given to
            getattr(args, "parser", parser).error(f"unrecognized arguments: {' '.join(extra)}")
        if args.command is None:
            return show(None)
        return _command(args)
    except UsageError as e:
        say(str(e))
        return 2
    except (UserError, stdout.OutputError) as e:
        say(str(e))
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
            return timexes_command(args.paths, args.dct)
        if args.command == "build":
            return build_command(
                args.sources, args.output, args.jobs, not args.no_cache, args.scheduler
            )
        if args.command == "completion":
            return _completion(args.shell)
        return _export(args.input, args.output, args.format, args.top)
    except _Stopped as e:
        return 128 + e.signum
    finally:
        for signum, handler in old.items():
            if handler is not None:
                signal.signal(signum, handler)


def _export(source: str | None, output: str | None, fmt: str | None, top: int | None = None) -> int:
    from dossier_tui import curation, store
    from dossier_tui.commands.curation_report import curated
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
    cur = curated(d, curation.beside(path))
    fmt = fmt or format_for(output if output != "-" else None) or DEFAULT
    is_json = fmt in ("json", "timelinejs", "timesketch")
    write_output(output or "-", render(cur, fmt, top), json=is_json)
    return 0


def _completion(shell: str) -> int:
    stdout.prepare()
    stdout.write(script(build_parser(), shell), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
