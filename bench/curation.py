"""How long a curated dossier takes to open and a decision to save, beside the same
dossier opened uncurated, in one run.

The dossier is a timeline file (or a folder of articles, built first). A curation is
made on it as a person's might grow over weeks: a star on every 20th event, a tag on
every 15th, a corrected date on every 50th, a merge of neighbours every 60th, a hidden
event every 40th, a note every 30th and a tag on 20 actors. Then, each the median of
``--repeat`` runs:

- open: read the timeline file (baseline), and read it, read the curation and apply it;
- index: the index of the machine's dossier (baseline) and of the curated one;
- one more decision, saved (a star; a corrected date, which reshapes) and one undo;
- the app (headless) from start to the timeline on show, without the curation, with it
  on a first open (applied, and its curated index kept beside the machine's) and with it
  on any later open (the kept curated index read); then what a worker does a second
  after such an open, so that the first decision is as quick as the next: read the
  curation and the machine's dossier, and apply it.

    .venv/bin/python bench/curation.py /tmp/iraq/data/timeline.yaml
    python3 ../shared/tools/t17_corpus.py --sample 300 /tmp/iraq300 \
        ../shared/corpora/t17-dev/IraqWar_guardian
    .venv/bin/python bench/curation.py /tmp/iraq300
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dossier_tui import curation, store  # noqa: E402
from dossier_tui.curation import Curation, actor_anchor, decision, event_anchor  # noqa: E402
from dossier_tui.index_db import (  # noqa: E402
    Index,
    build_file_index,
    index_dossier,
    open_file_index,
)
from dossier_tui.index_db.curated import place_of  # noqa: E402
from dossier_tui.model import Dossier  # noqa: E402


def _timeline(path: Path, tmp: Path) -> Path:
    if path.is_file():
        return path
    from dossier_tui.build import build
    from dossier_tui.ingest import load_corpus

    out = tmp / "timeline.yaml"
    store.save(build(load_corpus([path]).sources), out)
    return out


def grown(d: Dossier) -> Curation:
    """A curation as weeks of work leave one."""
    ev = d.events
    decs = [decision("star", event_anchor(ev[i])) for i in range(0, len(ev), 20)]
    decs += [decision("tag", event_anchor(ev[i]), "check") for i in range(7, len(ev), 15)]
    decs += [
        decision("note", event_anchor(ev[i]), "a second source?") for i in range(9, len(ev), 30)
    ]
    decs += [
        decision("redate", event_anchor(ev[i]), ev[i].start[:7])
        for i in range(3, len(ev), 50)
        if ev[i].start
    ]
    decs += [
        decision("merge", event_anchor(ev[i]), others=(event_anchor(ev[i + 1]),))
        for i in range(5, len(ev) - 1, 60)
    ]
    decs += [decision("hide", event_anchor(ev[i])) for i in range(11, len(ev), 40)]
    decs += [decision("tag", actor_anchor(d, a), "key") for a in d.actors[:20]]
    return Curation(tuple(decs))


def _app_open(timeline: Path, path: Path | None) -> float:
    """Start the app headless on the timeline file's index until the timeline is shown;
    the seconds that took (not the app's closing after: a worker that starts a second
    after the open, to have the first decision ready, is waited for then)."""
    import asyncio

    from dossier_tui.app.app import DossierApp
    from dossier_tui.app.screens.main import MainScreen

    start = time.perf_counter()
    ix = open_file_index(timeline) or _indexed(timeline)
    shown = start

    async def run() -> None:
        nonlocal shown
        app = DossierApp(index=ix, label=str(timeline), curation=str(path) if path else None)
        async with app.run_test(size=(120, 40)) as pilot:
            while not isinstance(app.screen, MainScreen):
                await pilot.pause(0.01)
            await pilot.pause()
            shown = time.perf_counter()

    asyncio.run(run())
    return shown - start


def _indexed(timeline: Path) -> Index:
    build_file_index(timeline)
    ix = open_file_index(timeline)
    assert ix is not None
    return ix


def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()  # what the last run left is not this one's to collect
        t = time.perf_counter()
        took = fn()  # a float: the seconds that count, as the function measured them
        times.append(took if isinstance(took, float) else time.perf_counter() - t)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dossier", type=Path, help="a timeline file or a folder of articles")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        timeline = _timeline(args.dossier, tmp)
        d = store.load(timeline)
        c = grown(d)
        path = tmp / "curation.yaml"
        curation.save(c, path)
        cur = curation.apply(d, c)
        print(
            f"{timeline}: {len(d.sources)} sources, {len(d.events)} events, {len(d.actors)} "
            f"actors; {len(c.decisions)} decisions ({path.stat().st_size / 1e3:.0f} kB), "
            f"{len(cur.lost)} lost"
        )
        rows = [
            ("open: read the dossier", lambda: store.load(timeline), None),
            (
                "open: read it, read the curation, apply",
                lambda: curation.apply(store.load(timeline), curation.load(path)),
                "open: read the dossier",
            ),
            ("index the machine's dossier", lambda: index_dossier(d).close(), None),
            (
                "index the curated dossier",
                lambda: index_dossier(cur.visible()).close(),
                "index the machine's dossier",
            ),
        ]
        session = curation.Session.open(d, path)
        n = len(d.events)

        def star() -> None:
            session.decide(decision("star", event_anchor(session.curated.dossier.events[n // 2])))
            _ = session.curated

        def redate() -> None:
            e = session.curated.dossier.events[n // 3]
            session.decide(decision("redate", event_anchor(e), (e.start or "2000-01-01")[:4]))
            _ = session.curated

        def undo() -> None:
            session.undo()
            _ = session.curated

        rows += [
            ("one more star, saved", star, None),
            ("one more corrected date, saved", redate, None),
            ("undo", undo, None),
        ]

        def cold() -> float:
            kept = place_of(open_file_index(timeline) or _indexed(timeline))
            if kept is not None:
                kept.unlink(missing_ok=True)
            return _app_open(timeline, path)

        def prepared() -> None:
            from dossier_tui.app import kept_curation
            from dossier_tui.app.curator import Curator

            c = Curator(path)
            machine = open_file_index(timeline) or _indexed(timeline)
            kept_curation.open_kept(c, machine)
            c.start(machine)
            machine.close()

        rows += [
            ("app open, uncurated", lambda: _app_open(timeline, None), None),
            ("app open, curated, first open", cold, "app open, uncurated"),
            ("app open, curated", lambda: _app_open(timeline, path), "app open, uncurated"),
            ("then, in a worker: the session opened", prepared, None),
        ]
        figures: dict[str, float] = {}
        print(f"{'':<44}{'median s':>10}{'vs baseline':>14}")
        for label, fn, base in rows:
            figures[label] = _median(fn, args.repeat)
            versus = f"{figures[label] / figures[base]:.2f}x" if base else "baseline"
            print(f"{label:<44}{figures[label]:>10.3f}{versus:>14}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
