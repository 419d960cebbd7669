"""The ``dossier`` command: parses arguments and calls the core; nothing more.

Exit status: 0 on success, 1 when some input could not be processed, 2 on usage
errors. Messages go to stderr, one line each, never a traceback for a user error.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from dossier_tui import __version__

#: a reference date for --dct: a calendar day, optionally with a time of day
_DCT_RE = re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?)?")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} -h)\n")


def _dct(value: str) -> str:
    from dossier_tui.temporal.values import is_valid_date
    if not _DCT_RE.fullmatch(value) or not is_valid_date(int(value[:4]), int(value[5:7]), int(value[8:10])):
        raise argparse.ArgumentTypeError(f"{value!r} is not a date such as 2023-08-09 or 2023-08-09T06:01")
    return value


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="dossier", description="Turn a folder of news articles into a dated, sourced dossier.")
    p.add_argument("--version", action="version", version=f"dossier {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    t = sub.add_parser("timexes", help="tag temporal expressions; print JSON lines",
                       description="Tag temporal expressions (TIMEX3) in article bodies and print one "
                                   "JSON object per expression: file, start, end, text, type, value. "
                                   "Offsets are characters into the decoded file text.")
    t.add_argument("--dct", type=_dct, metavar="VALUE",
                   help="reference date for relative expressions (default: each file's own publication date)")
    t.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of .txt/.md articles")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    # "dossier PATH" opens PATH; anything else that is not a command is a usage error
    if argv and not argv[0].startswith("-") and argv[0] not in ("timexes",):
        if len(argv) > 1:
            parser.error(f"unexpected arguments: {' '.join(argv[1:])}")
        return _open(argv[0])
    args = parser.parse_args(argv)
    try:
        if args.command == "timexes":
            return _timexes(args.paths, args.dct)
        return _open(None)
    except BrokenPipeError:  # "dossier timexes ... | head"
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130


def _say(message: str) -> None:
    print(f"dossier: {message}", file=sys.stderr)


def _timexes(paths: list[str], dct: str | None) -> int:
    from dossier_tui.ingest import load_corpus
    from dossier_tui.temporal import tag_source

    corpus = load_corpus(paths)
    for problem in corpus.problems:
        _say(problem.message)
    out = sys.stdout
    for source in corpus.sources:
        if dct is None and source.published is None:
            _say(f"{source.path}: no publication date found; relative dates left unresolved (use --dct)")
        for t in tag_source(source, dct):
            out.write(json.dumps({"file": source.path, "start": t.start, "end": t.end, "text": t.text,
                                  "type": t.type, "value": t.value}, ensure_ascii=False) + "\n")
    out.flush()
    return 1 if any(p.skipped for p in corpus.problems) else 0


def _open(path: str | None) -> int:
    """Until the app exists: a summary of the corpus at PATH, or of the bundled seeds."""
    from dossier_tui.ingest import load_corpus
    from dossier_tui.summary import summarise

    if path is None:
        seeds = bundled_seeds()
        if seeds is None:
            _say("no articles given and the bundled seeds/ folder was not found; "
                 "run: dossier PATH (a folder of .txt/.md articles)")
            return 1
        target = str(seeds)
    else:
        target = path
    corpus = load_corpus([target])
    for problem in corpus.problems:
        _say(problem.message)
    if not corpus.sources:
        _say(f"{target}: no readable .txt or .md articles found")
        return 1
    sys.stdout.write(summarise(corpus.sources, target))
    return 1 if any(p.skipped for p in corpus.problems) else 0


def bundled_seeds() -> Path | None:
    """The example corpus shipped with the source tree (found from the package, not
    from the working directory, so ``dossier`` works from anywhere)."""
    here = Path(__file__).resolve().parent.parent / "seeds"
    return here if here.is_dir() else None


if __name__ == "__main__":
    sys.exit(main())
