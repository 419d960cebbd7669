"""Does the app care how big the dossier is? Open, keys, filter and memory at N events.

Writes a synthetic dossier of N events (``app_speed.synthetic``: real model objects,
sources with text, evidence with offsets) with ``store.save``, then measures, each
next to a baseline measured in the same run:

- open to first rows, the index cold (first open: it is built) and warm, against a
  plain Textual ``OptionList`` app filled with the same N rows from memory;
- median and p95 time of a ``down`` key press (press until the screen has settled),
  against the same OptionList; the event detail follows the cursor once it rests, so
  it is not in those figures (keys come faster than it waits): "press to detail" times
  a press after a rest until the detail shows that event and the screen has settled;
- "key to frame": the same keys sent as a terminal sends a held key (one each 50 ms),
  timed from the key reaching the app to the first frame written with the cursor moved.
  The Pilot's press-and-pause waits on every widget of the screen after each key, so
  its figure grows with the widgets on screen (about thirty here, five in the
  OptionList app) whatever the app does; this one counts only the app's own work;
- filter results: from the filter's text changing until its results are listed,
  against the OptionList refilled from an in-memory substring scan (the old way);
- resident memory: peak RSS of the process (``resource.getrusage``; a cold open also
  gives its child's, the process that read the YAML);
- in tmux at 120x40 (``--tmux``): time until ``capture-pane`` shows rows, cold and
  warm, and key latency by send-keys and polling capture-pane, against the OptionList.

Each measurement runs in a fresh process. Files go to bench/out/scale/ and are reused.

    .venv/bin/python bench/app_scale.py --events 10000 100000 --tmux
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from app_speed import frame_presses, private_settings, synthetic  # noqa: E402
from app_speed import presses as down_presses  # noqa: E402

OUT = ROOT / "bench" / "out" / "scale"
SIZE = (120, 40)
QUERY = "number 4242"  # a few events (4242 and 42420 to 42429)
COMMON = "minister"  # a twelfth of them


def dossier_file(n: int) -> Path:
    """The synthetic dossier of ``n`` events, written once."""
    from dossier_tui import store

    path = OUT / str(n) / "timeline.yaml"
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        store.save(synthetic(n, sources=max(50, n // 200)), path)
    return path


def forget_index(path: Path) -> None:
    from dossier_tui.index_db.place import places

    for p in places(path):
        p.unlink(missing_ok=True)


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident MB of this process (or its children). Linux keeps ``ru_maxrss``
    across ``exec``, so a parent's peak (writing the dossier) would show as the
    child's: this process's own comes from ``VmHWM``, which belongs to its memory."""
    if who == resource.RUSAGE_SELF:
        try:
            with open("/proc/self/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass
    return resource.getrusage(who).ru_maxrss / 1024


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


async def until(pilot, condition, limit: float = 600) -> None:
    end = time.monotonic() + limit
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError
        await pilot.pause(0.005)


# ---------------------------------------------------------------- one measurement, in its process
async def dossier_app(path: Path, cold: bool, presses: int) -> dict:
    from dossier_tui.app.app import DossierApp
    from dossier_tui.app.screens.main import MainScreen
    from dossier_tui.index_db import open_file_index

    if cold:
        forget_index(path)
    t0 = time.perf_counter()
    ix = None if cold else open_file_index(path)
    app = (
        DossierApp(index=ix, label=str(path))
        if ix
        else DossierApp(timeline=str(path), label=str(path))
    )
    out: dict = {}
    async with app.run_test(size=SIZE) as pilot:

        def rows() -> bool:
            try:
                return isinstance(app.screen, MainScreen) and app.screen.timeline.list.row_count > 0
            except Exception:  # still composing
                return False

        await until(pilot, rows)
        await pilot.pause()
        out["open"] = time.perf_counter() - t0
        if not cold:
            tl = app.screen.timeline
            await pilot.press("K")  # all events
            await pilot.pause()
            out["keys"] = await down_presses(pilot, presses)
            out["frames"] = await frame_presses(pilot, presses, lambda: tl.list.highlighted)
            out["detail"] = statistics.median([await _detail(pilot, app) for _ in range(10)])
            await pilot.press("end")
            await pilot.pause()
            for name, query in (("filter", QUERY), ("filter_common", COMMON)):
                inp = app.screen.query_one("#filter-input")
                await pilot.press("slash")
                t = time.perf_counter()
                inp.value = query
                await until(
                    pilot,
                    lambda q=query: tl.filter.text == q and not tl.searching and _settled(app),
                )
                await pilot.pause()
                out[name] = time.perf_counter() - t
                out[name + "_found"] = len(tl.shown)
                await pilot.press("escape")
                await pilot.pause()
    out["rss"] = peak_mb()
    out["child_rss"] = peak_mb(resource.RUSAGE_CHILDREN)
    return out


async def _detail(pilot, app) -> float:
    """One ``down`` press after a rest, until the event detail shows the event under the
    cursor and the screen has settled: what a key press costs when the detail, which
    waits for the cursor to rest, is counted too."""
    from dossier_tui.app.widgets.event_detail import EventDetail

    tl, detail = app.screen.timeline, app.screen.query_one(EventDetail)
    await pilot.pause(0.3)
    t = time.perf_counter()
    await pilot.press("down")
    await until(pilot, lambda: detail._shown is not None and detail._shown[1] == tl.current)
    await pilot.pause()
    return time.perf_counter() - t


def _settled(app) -> bool:
    """No filter search running."""
    return not any(w.group == "filter" and not w.is_finished for w in app.workers)


async def plain_app(path: Path, presses: int) -> dict:
    """The baseline: the same rows in a plain OptionList, from the dossier in memory
    (loaded before the clock starts: what a list of N rows costs to show and move)."""
    from textual.app import App
    from textual.containers import Vertical
    from textual.widgets import Input, OptionList

    from dossier_tui import store
    from dossier_tui.app.words import event_date

    d = store.load(path)
    rows = [f"{event_date(e):<16} {len(e.sources):>2} src   {e.headline}" for e in d.events]
    hay = [" ".join([e.headline, *(v.passage for v in e.evidence)]).casefold() for e in d.events]
    del d

    class Plain(App):
        def compose(self):
            with Vertical():
                yield Input(id="q")
                yield OptionList(*rows, id="list")

        def on_mount(self):
            self.query_one(OptionList).focus()

        def on_input_changed(self, message: Input.Changed) -> None:
            words = message.value.casefold().split()
            self.query_one(OptionList).set_options(
                [rows[i] for i, h in enumerate(hay) if all(w in h for w in words)]
            )

    app = Plain()
    out: dict = {}
    t0 = time.perf_counter()
    async with app.run_test(size=SIZE) as pilot:
        lst = app.query_one(OptionList)
        await until(pilot, lambda: lst.option_count > 0 and lst.highlighted is not None)
        await pilot.pause()
        out["open"] = time.perf_counter() - t0
        out["keys"] = await down_presses(pilot, presses)
        out["frames"] = await frame_presses(pilot, presses, lambda: lst.highlighted)
        for name, query in (("filter", QUERY), ("filter_common", COMMON)):
            t = time.perf_counter()
            app.query_one(Input).value = query
            await pilot.pause()
            await pilot.pause()
            out[name] = time.perf_counter() - t
            out[name + "_found"] = lst.option_count
            app.query_one(Input).value = ""
            await pilot.pause()
    out["rss"] = peak_mb()
    return out


def one(kind: str, n: int, presses: int) -> dict:
    path = dossier_file(n)
    if kind == "plain":
        return asyncio.run(plain_app(path, presses))
    return asyncio.run(dossier_app(path, kind == "cold", presses))


# ---------------------------------------------------------------- tmux
PLAIN_TUI = """
import sys
from textual.app import App
from textual.widgets import OptionList
from dossier_tui import store
from dossier_tui.app.words import event_date
d = store.load(sys.argv[1])
rows = [f"{event_date(e):<16} {len(e.sources):>2} src   {e.headline}" for e in d.events]
del d
class Plain(App):
    def compose(self):
        yield OptionList(*rows)
Plain().run()
"""


def _capture(session: str) -> str:
    return subprocess.run(
        ["tmux", "capture-pane", "-p", "-e", "-t", session], capture_output=True, text=True
    ).stdout


def tmux_run(argv: list[str], ready: str, presses: int, clock_from_start: bool = True) -> dict:
    """Start ``argv`` in a 120x40 tmux session; seconds until ``ready`` is on screen, then
    key latencies (send a Down, poll until the screen changes)."""
    session = f"scale{os.getpid()}"
    env = {**os.environ, "TEXTUAL_ANIMATIONS": "none"}
    t0 = time.perf_counter()
    subprocess.run(
        ["tmux", "new-session", "-d", "-x", "120", "-y", "40", "-s", session, *argv],
        env=env,
        check=True,
    )
    out: dict = {}
    try:
        end = time.monotonic() + 900
        while ready not in (screen := _capture(session)):
            if time.monotonic() > end:
                raise TimeoutError(screen)
            time.sleep(0.02)
        out["open"] = time.perf_counter() - t0
        if presses:
            time.sleep(1.0)  # let the first screen settle (a worker checking the disk, and so on)
            if "All events" in _capture(session):
                subprocess.run(["tmux", "send-keys", "-t", session, "K"])
                time.sleep(1.0)
            times = []
            before = _capture(session)
            for _ in range(presses):
                t = time.perf_counter()
                subprocess.run(["tmux", "send-keys", "-t", session, "Down"])
                while (now := _capture(session)) == before:
                    if time.perf_counter() - t > 10:
                        break
                times.append(time.perf_counter() - t)
                before = now
            out["keys"] = times
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    return out


def tmux_measure(n: int, presses: int) -> dict[str, dict]:
    path = dossier_file(n)
    dossier = [str(ROOT / ".venv" / "bin" / "dossier"), str(path)]
    forget_index(path)
    res = {
        "tmux cold": tmux_run(dossier, " src ", 0),
        "tmux warm": tmux_run(dossier, " src ", presses),
    }
    plain = [sys.executable, "-c", PLAIN_TUI, str(path)]
    res["tmux OptionList"] = tmux_run(plain, " src ", presses)
    return res


# ---------------------------------------------------------------- the table
def ms(x: float | None) -> str:
    return "" if x is None else f"{x * 1000:,.1f}"


def row(name: str, n: int, r: dict) -> str:
    keys, frames = r.get("keys"), r.get("frames")
    cells = [
        name,
        f"{n:,}",
        f"{r['open']:.2f}" if "open" in r else "",
        ms(statistics.median(keys)) if keys else "",
        ms(pct(keys, 0.95)) if keys else "",
        ms(statistics.median(frames)) if frames else "",
        ms(pct(frames, 0.95)) if frames else "",
        ms(r.get("filter")),
        str(r.get("filter_found", "")),
        ms(r.get("filter_common")),
        str(r.get("filter_common_found", "")),
        ms(r.get("detail")),
        f"{r['rss']:.0f}" if "rss" in r else "",
        f"{r['child_rss']:.0f}" if r.get("child_rss") else "",
    ]
    return " | ".join(cells)


HEADER = (
    "what | events | open to rows (s) | key median (ms) | key p95 (ms) | "
    "key to frame median (ms) | key to frame p95 (ms) | filter few (ms) | found | "
    "filter many (ms) | found | press to detail (ms) | peak RSS (MB) | child RSS (MB)"
)


def main() -> None:
    private_settings()
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--events", type=int, nargs="+", default=[10_000, 100_000])
    p.add_argument("--presses", type=int, default=200)
    p.add_argument(
        "--tmux", action="store_true", help="also measure the real app in tmux at 120x40"
    )
    p.add_argument("--one", nargs=3, metavar=("KIND", "N", "PRESSES"), help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.one:
        kind, n, presses = args.one
        print(json.dumps(one(kind, int(n), int(presses))))
        return
    print("| " + HEADER + " |")
    print("|" + "---|" * len(HEADER.split(" | ")))
    for n in args.events:
        t = time.perf_counter()
        dossier_file(n)
        if time.perf_counter() - t > 1:
            print(
                f"(wrote the dossier of {n:,} events in {time.perf_counter() - t:.0f} s)",
                file=sys.stderr,
            )
        for kind, name in (
            ("plain", "OptionList (baseline)"),
            ("cold", "dossier, index cold"),
            ("warm", "dossier, index warm"),
        ):
            done = subprocess.run(
                [sys.executable, __file__, "--one", kind, str(n), str(args.presses)],
                capture_output=True,
                text=True,
            )
            if done.returncode:
                print(f"| {name} | {n:,} | failed: {done.stderr.strip().splitlines()[-1:]} |")
                continue
            print(
                "| " + row(name, n, json.loads(done.stdout.strip().splitlines()[-1])) + " |",
                flush=True,
            )
        if args.tmux and shutil.which("tmux"):
            for name, r in tmux_measure(n, args.presses).items():
                print("| " + row(name, n, r) + " |", flush=True)


if __name__ == "__main__":
    main()
