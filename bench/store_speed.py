"""How fast a dossier is written and read: the store's own YAML writer and subset reader
next to PyYAML's emitter and the full YAML path, in the same run.

For each dossier (a timeline file, a folder of articles built first, or a synthetic
dossier of N events as bench/app_speed.py makes them) it prints the file size and, for
``dumps`` and ``loads``, the seconds (wall and CPU) and the peak memory each takes with
the old code path and with the new one. The old ``dumps`` is PyYAML's pure-Python
emitter with the representer the store used before; the old ``loads`` is the full path
(libyaml's parser composing nodes, the node checks, PyYAML's constructor), which the
store still takes for any file outside the subset. Each measurement runs in a fresh
forked process, so that one does not inherit another's memory; peak memory is the
growth of the resident set above the process's start. The last row of each dossier
is the new ``loads`` of the file the old writer wrote (older files read as fast).

    .venv/bin/python bench/store_speed.py --dossier /tmp/d1000.yaml --events 100000
    .venv/bin/python bench/store_speed.py --corpus /tmp/gen1000
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import multiprocessing
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import yaml  # noqa: E402

from dossier_tui import store  # noqa: E402
from dossier_tui.model import Dossier  # noqa: E402


class _OldDumper(yaml.SafeDumper):
    """The store's writer before its own emitter: long texts as literal blocks."""


_BREAKS = frozenset("\r\x85\u2028\u2029")


def _old_str(dumper: yaml.SafeDumper, value: str):
    if _BREAKS.intersection(value):
        style = '"'
    else:
        style = "|" if "\n" in value and len(value) > 80 else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_OldDumper.add_representer(str, _old_str)


def old_dumps(d: Dossier) -> str:
    return yaml.dump(
        store.to_dict(d),
        Dumper=_OldDumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )


def _status(field: str) -> int:
    """A /proc/self/status figure, in kB (0 where there is none)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _child(op: Callable[[], object], conn) -> None:
    # What the parent built is this process's too, page by page until written to: the
    # cycle collector leaves it alone (or each pass would copy every page it visits),
    # and memory the parent freed goes back to the system, so that growth is real.
    gc.collect()
    gc.freeze()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
    try:
        Path("/proc/self/clear_refs").write_text("5")  # start the peak anew in this process
    except OSError:
        pass
    base = _status("VmRSS")
    wall, cpu = time.perf_counter(), time.process_time()
    result = op()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = _status("VmHWM") - base
    conn.send((wall, cpu, peak / 1024, result if isinstance(result, str) else None))
    conn.close()


def measure(op: Callable[[], object]) -> tuple[float, float, float, str | None]:
    """(wall seconds, CPU seconds, peak MB, the text ``op`` returned) in a forked process."""
    ctx = multiprocessing.get_context("fork")
    here, there = ctx.Pipe(duplex=False)
    p = ctx.Process(target=_child, args=(op, there))
    p.start()
    out = here.recv()
    p.join()
    return out


def bench(label: str, d: Dossier) -> list[str]:
    """Table rows for one dossier; checks that old and new agree."""
    new_w, new_cpu_w, new_mem_w, text = measure(lambda: store.dumps(d))
    old_w, old_cpu_w, old_mem_w, old_text = measure(lambda: old_dumps(d))
    assert yaml.load(text, Loader=store._Loader) == store.to_dict(d)  # what any YAML reader reads
    new_r, new_cpu_r, new_mem_r, _ = measure(lambda: store.loads(text, "new"))
    old_r, old_cpu_r, old_mem_r, _ = measure(lambda: store._loads_full(text, "new"))
    old_file_r, _, _, _ = measure(lambda: store.loads(old_text, "old"))
    assert store.loads(text) == d
    size = f"{len(text.encode('utf-8')) / 1e6:.1f} MB"
    rows = []
    for op, (ow, oc, om), (nw, nc, nm) in (
        ("dumps", (old_w, old_cpu_w, old_mem_w), (new_w, new_cpu_w, new_mem_w)),
        ("loads", (old_r, old_cpu_r, old_mem_r), (new_r, new_cpu_r, new_mem_r)),
    ):
        rows.append(
            f"| {label} | {size} | {op} | {ow:.2f} ({oc:.2f}) | {nw:.2f} ({nc:.2f}) | "
            f"{ow / nw:.1f}x "
            f"| {om:.0f} | {nm:.0f} |"
        )
    rows.append(
        f"| {label} | {len(old_text.encode('utf-8')) / 1e6:.1f} MB | loads of the old writer's "
        "file "
        f"| | {old_file_r:.2f} | | | |"
    )
    return rows


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dossier", action="append", default=[], help="a timeline file to measure")
    p.add_argument(
        "--corpus", action="append", default=[], help="a folder of articles to build and measure"
    )
    p.add_argument(
        "--events", action="append", type=int, default=[], help="a synthetic dossier of N events"
    )
    a = p.parse_args()
    if not (a.dossier or a.corpus or a.events):
        a.dossier, a.events = (
            [str(Path(__file__).resolve().parent.parent / "data" / "timeline.yaml")],
            [100_000],
        )
    dossiers: list[tuple[str, Dossier]] = []
    for f in a.dossier:
        d = store.load(f)
        dossiers.append(
            (f"{Path(f).name}: {len(d.sources):,} sources, {len(d.events):,} events", d)
        )
    for folder in a.corpus:
        from dossier_tui.build import build
        from dossier_tui.ingest import load_corpus

        d = build(load_corpus([folder]).sources)
        dossiers.append(
            (f"{Path(folder).name}: {len(d.sources):,} sources, {len(d.events):,} events", d)
        )
    for n in a.events:
        from app_speed import synthetic

        d = synthetic(n)
        dossiers.append((f"synthetic: {len(d.sources):,} sources, {len(d.events):,} events", d))
    print(
        "seconds wall (CPU); peak MB above the process's start; old = PyYAML emitter / full YAML "
        "path\n"
    )
    print("| dossier | file | op | old s | new s | speed-up | old peak MB | new peak MB |")
    print("|---|---|---|---|---|---|---|---|")
    for label, d in dossiers:
        for row in bench(label, d):
            print(row, flush=True)


if __name__ == "__main__":
    main()
