#!/usr/bin/env python3
"""One article made of a single token said again and again ("2023 2023 …", "Monday
Monday …", "May May …", a run of capitalised words), at several lengths: the build's
time must grow with the length, not its square. Each length is built with
``dossier build -j 1 --no-cache`` beside ``dossier timexes`` on the same file (the
tagger alone, the baseline) in one run; the table gives microseconds per character
(after taking off what a one-line article costs: starting Python, loading the word
lists) and how that cost grew from the shortest length that costs a measurable
``FLOOR`` seconds more than a one-line article (below that, noise is the figure).
Exit status 1 when a build fails, runs out of time, or costs more than twice per
character at the longest length than at the shortest.

    python bench/repeated.py                       # 10k, 100k and 1M characters
    python bench/repeated.py --sizes 10000 100000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile import timed  # noqa: E402

TOKENS = {
    "year": "2023 ",
    "weekday": "Monday ",
    "month": "May ",
    "capitalised run": "Northern Regional Transport Authority Board ",
}
#: how much more a character may cost at the longest length than at the shortest
GROWTH = 2.0
#: CPU seconds above a one-line article's cost from which a per-character figure means something
FLOOR = 0.5
LIMIT = 900.0


def article(token: str, size: int) -> str:
    body = (token * (size // max(len(token), 1) + 1))[:size]
    return "9 August 2023\n" + body


def _times(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f}x"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--only", choices=sorted(TOKENS), nargs="+")
    args = ap.parse_args(argv)
    dossier = [sys.executable, "-m", "dossier_tui"]
    failed = False
    print(
        f"{'token':<17}{'chars':>10}{'build s':>10}{'µs/char':>9}{'growth':>8}"
        f"   {'timexes s':>10}{'µs/char':>9}{'growth':>8}"
    )
    with tempfile.TemporaryDirectory() as tmp:

        def cost(name: str, text: str) -> tuple[float, float, int | None]:
            folder = Path(tmp) / name
            folder.mkdir()
            (folder / "a.txt").write_text(text, encoding="utf-8")
            out = Path(tmp) / f"{name}.yaml"
            _, cpu, code = timed(
                [*dossier, "build", str(folder), "-o", str(out), "-j", "1", "--no-cache"], LIMIT
            )
            _, t_cpu, _ = timed([*dossier, "timexes", "--dct", "2023-08-09", str(folder)], LIMIT)
            return cpu, t_cpu, code if out.is_file() else -1

        start, t_start, _ = cost("empty", article("", 0))
        print(f"{'(one line)':<17}{0:>10}{start:>10.2f}{'':>17}   {t_start:>10.2f}")
        for name in args.only or TOKENS:
            first: tuple[float, float] | None = None
            for size in sorted(args.sizes):
                cpu, t_cpu, code = cost(f"{name}-{size}", article(TOKENS[name], size))
                per, t_per = (
                    max(cpu - start, 0.0) / size * 1e6,
                    max(t_cpu - t_start, 0.0) / size * 1e6,
                )
                if first is None and cpu - start >= FLOOR:
                    first = (per, t_per if t_cpu - t_start >= FLOOR else None)
                growth = per / first[0] if first else None
                t_growth = t_per / first[1] if first and first[1] else None
                verdict = (
                    "ran out of time"
                    if code is None
                    else "failed"
                    if code not in (0, 1)
                    else "super-linear"
                    if growth and growth > GROWTH
                    else ""
                )
                failed |= bool(verdict)
                print(
                    f"{name:<17}{size:>10,}{cpu:>10.2f}{per:>9.1f}{_times(growth):>8}"
                    f"   {t_cpu:>10.2f}{t_per:>9.1f}{_times(t_growth):>8}  {verdict}",
                    flush=True,
                )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
