#!/usr/bin/env python3
"""Build time and peak memory of large corpora: one process against all, cold cache
against warm, and a warm rebuild after one file changed; the outputs must be equal.

Each corpus comes from ``bench/corpus.py`` (real news text recombined, varied dates).
The baseline is the same build with ``--jobs 1 --no-cache``, measured in the same run.
``vs first`` is the cost of an article (cold, all jobs) against the smallest size's: a
build whose cost grows with the corpus, not its square, keeps it near 1.

    python bench/build_scale.py 1000 3000 10000 --shared ../shared
"""

from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus as gen  # noqa: E402

DOSSIER = [sys.executable, "-m", "dossier_tui"]


def run(args: list[str], cache: Path) -> tuple[float, float]:
    """Wall seconds and peak resident MiB of one ``dossier`` command."""
    env = dict(os.environ, DOSSIER_CACHE=str(cache))
    t = time.perf_counter()
    proc = subprocess.Popen(
        DOSSIER + args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"dossier {' '.join(args)} failed")
    return wall, usage.ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sizes", nargs="+", type=int)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    a = ap.parse_args(argv)
    print(
        f"{'articles':>9} {'chars':>12} {'jobs 1 s':>9} {'jobs ' + str(a.jobs) + ' s':>9} "
        f"{'warm s':>8} "
        f"{'1 changed s':>12} {'ms/article':>11} {'vs first':>9} {'peak MiB':>9} {'equal':>6}"
    )
    first = None
    with tempfile.TemporaryDirectory() as tmp:
        for n in a.sizes:
            folder, cache = Path(tmp) / f"c{n}", Path(tmp) / f"cache{n}"
            chars = gen.write(folder, n, Path(a.shared))
            out = Path(tmp) / "out"
            one, _ = run(
                ["build", str(folder), "-o", f"{out}1.yaml", "-j", "1", "--no-cache"], cache
            )
            cold, peak = run(["build", str(folder), "-o", f"{out}2.yaml", "-j", str(a.jobs)], cache)
            warm, _ = run(["build", str(folder), "-o", f"{out}3.yaml", "-j", str(a.jobs)], cache)
            changed = folder / "00007.txt"
            changed.write_text(
                changed.read_text(encoding="utf-8") + " The vote was held on Friday.\n",
                encoding="utf-8",
            )
            again, _ = run(["build", str(folder), "-o", f"{out}4.yaml", "-j", str(a.jobs)], cache)
            same = filecmp.cmp(f"{out}1.yaml", f"{out}2.yaml", shallow=False) and filecmp.cmp(
                f"{out}1.yaml", f"{out}3.yaml", shallow=False
            )
            per = (
                1000 * cold / n
            )  # the cost of an article at this size, against the smallest size's
            first = first or per
            print(
                f"{n:>9,} {chars:>12,} {one:>9.1f} {cold:>9.1f} {warm:>8.1f} {again:>12.1f} "
                f"{per:>11.1f} {per / first:>8.2f}x {peak:>9.0f} {str(same):>6}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
