#!/usr/bin/env python3
"""Tagging throughput: dossier's tagger against dateparser's ``search_dates``.

Both tag the same texts (the raw text of every document in a TimeML folder, or the
files given), on one core, in the same run; the script prints characters per second
for each and their ratio.

    python bench/speed.py ../shared/corpora/tempeval3/train --tools ../shared/tools
    python bench/speed.py seeds/*.txt
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier_tui.temporal import tag  # noqa: E402


def load_texts(paths: list[str], tools: Path) -> list[tuple[str, str | None]]:
    """(text, reference date) pairs from TimeML folders/files or plain text files."""
    out = []
    for p in map(Path, paths):
        if p.is_dir() or p.suffix == ".tml":
            sys.path.insert(0, str(tools))
            import te3_text  # type: ignore

            out += [(d.text, d.dct) for d in map(te3_text.parse_tml, te3_text.iter_tml(p))]
        else:
            out.append((p.read_text(encoding="utf-8"), None))
    return out


def run(label: str, fn, texts) -> float:
    chars = sum(len(t) for t, _ in texts)
    t0 = time.process_time()
    found = sum(len(fn(t, d) or ()) for t, d in texts)
    cpu = time.process_time() - t0
    rate = chars / cpu
    print(f"{label:<28}{chars:>12,}{cpu:>10.2f}{rate:>16,.0f}{found:>10,}")
    return rate


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "paths", nargs="*", default=[str(ROOT.parent / "shared/corpora/tempeval3/train")]
    )
    ap.add_argument("--tools", default=str(ROOT.parent / "shared/tools"))
    ap.add_argument("--limit", type=int, default=0, help="only the first N texts")
    args = ap.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    texts = load_texts(args.paths, Path(args.tools))
    if args.limit:
        texts = texts[: args.limit]
    if not texts:
        print("no texts", file=sys.stderr)
        return 1

    from dateparser.search import search_dates

    settings = {"RETURN_AS_TIMEZONE_AWARE": False}

    def baseline(text, dct):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return search_dates(text, languages=["en"], settings=settings)

    print(f"{'tagger':<28}{'characters':>12}{'cpu s':>10}{'chars/s':>16}{'found':>10}")
    search_dates("warm up on 9 August 2023", languages=["en"])
    tag("warm up on 9 August 2023", "2023-08-09")
    base = run("dateparser.search_dates", baseline, texts)
    ours = run("dossier temporal.tag", tag, texts)
    print(
        f"\ndossier is {ours / base:.1f}x dateparser's search_dates on the same texts (one core, "
        "CPU time)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
