"""How fast the app opens and answers a key on a large dossier.

Builds a synthetic dossier of N events (real model objects: sources with text,
evidence with offsets, time expressions), opens the app headless, and measures
the time until the timeline is populated and the median time for a ``down`` key
press to be handled (until ``pilot.pause()`` returns) on the list of all events. A
dossier of 100 events, measured in the same run, is the baseline.

    .venv/bin/python bench/app_speed.py [--events 10000] [--presses 50]
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dossier_tui.model import Dossier, Event, Evidence, Source, Timex  # noqa: E402

WORDS = (
    "minister",
    "border",
    "agreement",
    "election",
    "talks",
    "police",
    "budget",
    "summit",
    "report",
    "funding",
    "court",
    "inquiry",
)


def synthetic(n: int, sources: int = 50) -> Dossier:
    """``n`` events over ``sources`` articles, each event quoted by one or two of them."""
    texts: list[list[str]] = [[] for _ in range(sources)]
    spans: list[tuple[int, int, int, int, int]] = []  # source, start, end, timex start, timex end
    sizes = [0] * sources
    day0 = date(2020, 1, 1)
    for i in range(n):
        s = i % sources
        when = f"on {(day0 + timedelta(days=i % 1500)).strftime('%d %B %Y')}"
        what = f"{WORDS[i % len(WORDS)]} {WORDS[(i * 7) % len(WORDS)]}"
        sentence = f"The {what} number {i} took place {when}. "
        start = sizes[s]
        t = sentence.index(when)
        spans.append((s, start, start + len(sentence) - 1, start + t, start + t + len(when)))
        texts[s].append(sentence)
        sizes[s] += len(sentence)
    srcs = [
        Source(
            f"s{k:03}",
            f"s{k:03}.txt",
            "".join(texts[k]),
            title=f"Article {k}",
            outlet=f"Outlet {k % 7}",
            published="2024-06-01",
            published_basis="stated",
        )
        for k in range(sources)
    ]
    events = []
    for i, (s, a, b, ta, tb) in enumerate(spans):
        day = day0 + timedelta(days=i % 1500)
        text = srcs[s].text
        ev = (
            Evidence(
                srcs[s].id, a, b, text[a:b], Timex(ta, tb, text[ta:tb], "DATE", day.isoformat())
            ),
        )
        events.append(
            Event(
                f"e{i:05}",
                day.isoformat(),
                day.isoformat(),
                day.isoformat(),
                text[a:b].split(" took place")[0],
                evidence=ev,
            )
        )
    return Dossier(sources=tuple(srcs), events=tuple(events))


async def presses(pilot, count: int) -> list[float]:
    """Seconds for each of ``count`` ``down`` presses to be handled and the screen to settle."""
    times = []
    for _ in range(count):
        t = time.perf_counter()
        await pilot.press("down")
        await pilot.pause()
        times.append(time.perf_counter() - t)
    return times


async def frame_presses(pilot, count: int, cursor, every: float = 0.05) -> list[float]:
    """Seconds from each of ``count`` ``down`` keys reaching the app to the first frame
    written after it moved ``cursor()``: what a person waits for. The keys are sent as
    the terminal sends them (one every ``every`` seconds, a held key's pace), without
    the Pilot's waits, which visit every widget of the screen after each key and so
    charge a screen of many widgets for the test's own bookkeeping."""
    from textual import events

    app = pilot.app
    drawn: list[float] = []
    write = app._display

    def display(screen, renderable):
        write(screen, renderable)
        if renderable is not None and cursor() != before:
            drawn.append(time.perf_counter())

    app._display = display
    times = []
    try:
        for _ in range(count):
            before, drawn[:] = cursor(), []
            t = time.perf_counter()
            app._driver.send_message(events.Key("down", None))
            while not drawn and time.perf_counter() - t < 5:
                await asyncio.sleep(0.0005)
            times.append(drawn[0] - t if drawn else float("inf"))
            await asyncio.sleep(max(0.0, every - (time.perf_counter() - t)))
    finally:
        app._display = write
    return times


async def _keys(pilot, count: int) -> float:
    """Median seconds for a ``down`` press to be handled and the screen to settle."""
    return statistics.median(await presses(pilot, count))


async def measure(d: Dossier, presses: int) -> tuple[float, float]:
    """(seconds to open until the timeline is filled, median seconds per key press)."""
    from dossier_tui.app.app import DossierApp
    from dossier_tui.app.screens.main import MainScreen

    app = DossierApp(d, "bench")
    t0 = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        while not (isinstance(app.screen, MainScreen) and app.screen.timeline.list.row_count):
            await pilot.pause()
        await pilot.pause()
        opened = time.perf_counter() - t0
        if (
            app.screen.timeline.key_only
        ):  # a large dossier opens on its key events: time the whole list
            await pilot.press("K")
            await pilot.pause()
        return opened, await _keys(pilot, presses)


async def measure_plain(n: int, presses: int) -> tuple[float, float]:
    """The same for a bare OptionList of ``n`` one-line rows: what the Pilot itself costs."""
    from textual.app import App
    from textual.widgets import OptionList

    class Plain(App):
        def compose(self):
            yield OptionList(*(f"row {i}" for i in range(n)))

    app = Plain()
    t0 = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        opened = time.perf_counter() - t0
        return opened, await _keys(pilot, presses)


def private_settings() -> None:
    """Keep the app's settings in a folder of this run (and its children): a user's saved
    choices (the timeline view, the theme) must not change what is timed, nor the keys
    pressed here change the user's."""
    folder = tempfile.mkdtemp(prefix="dossier-bench-config-")
    atexit.register(shutil.rmtree, folder, True)
    os.environ["DOSSIER_CONFIG_DIR"] = folder


def main() -> None:
    private_settings()
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--events", type=int, default=10_000)
    p.add_argument("--baseline", type=int, default=100)
    p.add_argument("--presses", type=int, default=50)
    args = p.parse_args()
    print(f"{'':<22} {'events':>8} {'open (s)':>10} {'median key (ms)':>16}")
    rows = [
        ("plain OptionList", n, lambda n=n: measure_plain(n, args.presses))
        for n in (args.baseline, args.events)
    ]
    rows += [
        ("dossier app", n, lambda n=n: measure(synthetic(n), args.presses))
        for n in (args.baseline, args.events)
    ]
    for name, n, run in rows:
        opened, key = asyncio.run(run())
        print(f"{name:<22} {n:>8} {opened:>10.2f} {key * 1000:>16.1f}")


if __name__ == "__main__":
    main()
