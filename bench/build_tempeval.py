#!/usr/bin/env python3
"""Build a dossier from the TempEval-3 articles: time and peak memory.

Converts every .tml document to a plain-text article (its <TEXT>) with its DCT in a
``sources.yaml``, then runs the full build (ingest, tagging, events, merging) and
reports wall time, CPU time and peak memory, next to the time to just read the files.

    python bench/build_tempeval.py ../shared/corpora/tempeval3/train --tools ../shared/tools
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from dossier_tui.build import build  # noqa: E402
from dossier_tui.ingest import load_corpus  # noqa: E402


def convert(corpus: Path, tools: Path, out: Path) -> int:
    sys.path.insert(0, str(tools))
    import te3_text  # type: ignore

    meta = {}
    for path in te3_text.iter_tml(corpus):
        doc = te3_text.parse_tml(path)
        name = f"{path.stem}.txt"
        (out / name).write_text(doc.text, encoding="utf-8")
        meta[name] = {"published": doc.dct, "title": doc.docid}
    (out / "sources.yaml").write_text(yaml.safe_dump(meta, sort_keys=True), encoding="utf-8")
    return len(meta)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "corpus", nargs="?", default=str(ROOT.parent / "shared/corpora/tempeval3/train")
    )
    ap.add_argument("--tools", default=str(ROOT.parent / "shared/tools"))
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        n = convert(Path(args.corpus), Path(args.tools), Path(tmp))
        t0, c0 = time.perf_counter(), time.process_time()
        corpus = load_corpus([tmp])
        t1, c1 = time.perf_counter(), time.process_time()
        d = build(corpus.sources)
        t2, c2 = time.perf_counter(), time.process_time()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    chars = sum(len(s.text) for s in corpus.sources)
    dated = sum(1 for e in d.events if e.date)
    multi = sum(1 for e in d.events if len(e.sources) > 1)
    print(f"articles {n}  characters {chars:,}  problems {len(corpus.problems)}")
    print(f"{'step':<22}{'wall s':>10}{'cpu s':>10}")
    print(f"{'read (baseline)':<22}{t1 - t0:>10.2f}{c1 - c0:>10.2f}")
    print(f"{'build':<22}{t2 - t1:>10.2f}{c2 - c1:>10.2f}")
    print(f"events {len(d.events)} ({dated} dated, {multi} reported by several articles)")
    print(f"peak memory {peak:,.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
