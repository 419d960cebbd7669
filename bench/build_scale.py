#!/usr/bin/env python3
"""Build time and peak memory of large corpora: one process against all, cold cache
against warm, and a warm rebuild after one file changed; the outputs must be equal.

Each corpus comes from ``bench/corpus.py`` (real news text recombined, varied dates).
The baseline is the same build with ``--jobs 1 --no-cache``, measured in the same run.
``vs first`` is the cost of an article (cold, all jobs) against the smallest size's: a
build whose cost grows with the corpus, not its square, keeps it near 1. Memory (cold,
all jobs) is given twice: ``peak`` is the largest single process (``ru_maxrss``), ``all``
the peak of the command and its worker processes together (their proportional set sizes
summed, so pages a forked worker shares with its parent count once); ``warm all`` is the
same for the warm build.

    python bench/build_scale.py 1000 3000 10000 --shared ../shared
"""

from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus as gen  # noqa: E402

DOSSIER = [sys.executable, "-m", "dossier_tui"]


def _tree(pid: int) -> list[int]:
    """``pid`` and every process under it, now."""
    kids: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat", "rb") as f:
                    ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            kids.setdefault(ppid, []).append(int(d))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, ()))
    return out


def _pss_mib(pids: list[int]) -> float:
    """The proportional set size of ``pids`` together (shared pages counted once)."""
    kb = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                kb += next(int(line.split()[1]) for line in f if line.startswith("Pss:"))
        except (OSError, StopIteration, ValueError):
            pass
    return kb / 1024


class _TreePeak(threading.Thread):
    """The peak memory of a process and its workers together, looked at five times a
    second: ``ru_maxrss`` gives only the largest single process."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.done = pid, 0.0, threading.Event()

    def run(self) -> None:
        if not os.path.exists("/proc/self/smaps_rollup"):
            return
        while not self.done.wait(0.2):
            self.peak = max(self.peak, _pss_mib(_tree(self.pid)))


def run(args: list[str], cache: Path) -> tuple[float, float, float]:
    """Wall seconds, peak resident MiB of the largest process and peak MiB of all the
    command's processes together of one ``dossier`` command."""
    env = dict(os.environ, DOSSIER_CACHE=str(cache))
    t = time.perf_counter()
    proc = subprocess.Popen(
        DOSSIER + args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    watch = _TreePeak(proc.pid)
    watch.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    watch.done.set()
    watch.join()
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"dossier {' '.join(args)} failed")
    return wall, usage.ru_maxrss / 1024, watch.peak


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sizes", nargs="+", type=int)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    a = ap.parse_args(argv)
    print(
        f"{'articles':>9} {'chars':>12} {'jobs 1 s':>9} {'jobs ' + str(a.jobs) + ' s':>9} "
        f"{'warm s':>8} "
        f"{'1 changed s':>12} {'ms/article':>11} {'vs first':>9} {'peak MiB':>9} "
        f"{'all MiB':>8} {'warm all':>9} {'equal':>6}"
    )
    first = None
    with tempfile.TemporaryDirectory() as tmp:
        for n in a.sizes:
            folder, cache = Path(tmp) / f"c{n}", Path(tmp) / f"cache{n}"
            chars = gen.write(folder, n, Path(a.shared))
            out = Path(tmp) / "out"
            one, *_ = run(
                ["build", str(folder), "-o", f"{out}1.yaml", "-j", "1", "--no-cache"], cache
            )
            cold, peak, together = run(
                ["build", str(folder), "-o", f"{out}2.yaml", "-j", str(a.jobs)], cache
            )
            warm, _, warm_together = run(
                ["build", str(folder), "-o", f"{out}3.yaml", "-j", str(a.jobs)], cache
            )
            changed = folder / "00007.txt"
            changed.write_text(
                changed.read_text(encoding="utf-8") + " The vote was held on Friday.\n",
                encoding="utf-8",
            )
            again, *_ = run(["build", str(folder), "-o", f"{out}4.yaml", "-j", str(a.jobs)], cache)
            same = filecmp.cmp(f"{out}1.yaml", f"{out}2.yaml", shallow=False) and filecmp.cmp(
                f"{out}1.yaml", f"{out}3.yaml", shallow=False
            )
            per = (
                1000 * cold / n
            )  # the cost of an article at this size, against the smallest size's
            first = first or per
            print(
                f"{n:>9,} {chars:>12,} {one:>9.1f} {cold:>9.1f} {warm:>8.1f} {again:>12.1f} "
                f"{per:>11.1f} {per / first:>8.2f}x {peak:>9.0f} {together:>8.0f} "
                f"{warm_together:>9.0f} {str(same):>6}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
