#!/usr/bin/env python3
"""Inputs too big for the tests: one 20 MB article (a single run-on line, dense with
dates) and 10,000 tiny articles. Each is built with ``dossier build`` under a time
limit, side by side with ``dossier timexes`` on the same input as the baseline (the
tagger alone), in one run. Exit status 1 when a build fails or passes its limit.

    python bench/hostile.py            # both cases
    python bench/hostile.py --only big --megabytes 5
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = (
    "the minister said talks in the capital would resume on Monday after the deal was "
    "agreed last month officials confirmed"
).split()
#: seconds each build may take on one core
LIMITS = {"big": 600.0, "many": 300.0}


def big_article(folder: Path, megabytes: int) -> None:
    rng = random.Random(0)
    size = megabytes * 1_000_000
    words = " ".join(rng.choice(WORDS) for _ in range(size // 5))[:size]
    (folder / "a.txt").write_text("9 August 2023\n" + words, encoding="utf-8")


def many_articles(folder: Path, count: int) -> None:
    rng = random.Random(1)
    for i in range(count):
        (folder / f"a{i:05}.txt").write_text(
            f"{rng.randint(1, 28)} August 2023\nTalks in the "
            f"{rng.choice(['north', 'south', 'capital'])} "
            "resumed on Monday, officials said.\n",
            encoding="utf-8",
        )


def timed(cmd: list[str], limit: float) -> tuple[float, float, int | None]:
    """(wall seconds, CPU seconds of the child, exit status or None when it ran out of time)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    try:
        code = subprocess.run(
            cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=limit
        ).returncode
    except subprocess.TimeoutExpired:
        code = None
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), code


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", choices=sorted(LIMITS))
    ap.add_argument("--megabytes", type=int, default=20, help="size of the big article")
    ap.add_argument("--count", type=int, default=10_000, help="how many tiny articles")
    args = ap.parse_args(argv)
    dossier = [sys.executable, "-m", "dossier_tui"]
    failed = False
    print(
        f"{'case':<26}{'build wall s':>13}{'CPU s':>8}{'limit s':>9}   "
        f"{'timexes wall s':>15}{'CPU s':>8}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for case in (args.only,) if args.only else tuple(LIMITS):
            folder = Path(tmp) / case
            folder.mkdir()
            if case == "big":
                big_article(folder, args.megabytes)
                label = f"one {args.megabytes} MB article"
            else:
                many_articles(folder, args.count)
                label = f"{args.count:,} tiny articles"
            out = Path(tmp) / f"{case}.yaml"
            wall, cpu, code = timed([*dossier, "build", str(folder), "-o", str(out)], LIMITS[case])
            t_wall, t_cpu, _ = timed(
                [*dossier, "timexes", "--dct", "2023-08-09", str(folder)], LIMITS[case]
            )
            verdict = (
                "ran out of time"
                if code is None
                else "failed"
                if code not in (0, 1) or not out.is_file()
                else ""
            )
            failed |= bool(verdict)
            print(
                f"{label:<26}{wall:>13.1f}{cpu:>8.1f}{LIMITS[case]:>9.0f}   "
                f"{t_wall:>15.1f}{t_cpu:>8.1f}  {verdict}"
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
