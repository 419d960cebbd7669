"""`dossier timexes`: the temporal expressions of articles (files, folders or streams) as
JSON lines.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from dossier_tui import stdout
from dossier_tui.commands.common import say

if TYPE_CHECKING:
    from dossier_tui.model import Problem, Source


def timexes_command(paths: list[str], dct: str | None) -> int:
    from dossier_tui.export.json import dumps
    from dossier_tui.temporal import tag_source

    stdout.prepare(json=True)
    skipped = False
    for sources, problems in _articles(paths):
        for problem in problems:
            say(problem.message)
            skipped = skipped or problem.skipped
        for source in sources:
            if dct is None and source.published is None:
                say(
                    f"{source.path}: no publication date found; relative dates left unresolved (use"
                    " --dct)"
                )

            def failed(message: str, path: str = source.path) -> None:
                say(f"{path}: {message}")

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
