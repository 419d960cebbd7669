"""Page furniture on real crawls: the share of characters each kind marks, and examples.

usage: python bench/furniture.py CORPUS_DIR... [--show N] [--kind KIND] [--seed S] [--no-repeats]

For each corpus (a folder of articles), prints the share of its characters marked as
furniture by kind: first as found in each page alone (the line and cue rules), then with
what recurs across the corpus (``repeated``). ``--show N`` prints N random spans of each
kind (or of ``--kind``) with some context, to read by eye.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dossier_tui.ingest import load_corpus  # noqa: E402
from dossier_tui.ingest.repeats import mark_repeats  # noqa: E402

CONTEXT = 80


def covered(sources, kinds=None) -> Counter:
    """Characters under furniture of each kind (overlaps counted once, for the first kind)."""
    out: Counter = Counter()
    for s in sources:
        pos = 0
        for f in sorted(s.furniture, key=lambda f: f.start):
            if kinds is not None and f.kind not in kinds:
                continue
            a = max(pos, f.start)
            if f.end > a:
                out[f.kind] += f.end - a
            pos = max(pos, f.end)
    return out


def show(sources, kind: str, n: int, rng: random.Random) -> None:
    spans = [(s, f) for s in sources for f in s.furniture if f.kind == kind]
    for s, f in rng.sample(spans, min(n, len(spans))):
        before = s.text[max(0, f.start - CONTEXT) : f.start].replace("\n", " ")
        inside = s.text[f.start : f.end].replace("\n", " ")
        if len(inside) > 300:
            inside = inside[:150] + f" …[{len(inside)} chars]… " + inside[-120:]
        after = s.text[f.end : f.end + CONTEXT].replace("\n", " ")
        print(f"  {s.id} {s.published}: …{before}⟦{inside}⟧{after}…")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--kind")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    for path in a.corpora:
        t0 = time.process_time()
        sources = list(load_corpus([path]).sources)
        t1 = time.process_time()
        marked = mark_repeats(sources)
        t2 = time.process_time()
        total = sum(len(s.text) - s.body_start for s in sources)
        page, corpus = covered(sources), covered(marked)
        print(
            f"{path}: {len(sources)} sources, {total:,} characters "
            f"(reading {t1 - t0:.2f}s, repeats {t2 - t1:.2f}s CPU)"
        )
        print(f"  {'kind':<12}{'per page':>10}{'with repeats':>14}")
        for kind in sorted(set(page) | set(corpus), key=lambda k: -corpus.get(k, 0)):
            share, repeats = page.get(kind, 0) / total, corpus.get(kind, 0) / total
            print(f"  {kind:<12}{share:>10.2%}{repeats:>14.2%}")
        print(
            f"  {'all':<12}{sum(page.values()) / total:>10.2%}{sum(corpus.values()) / total:>14.2%}"
        )
        if a.show:
            for kind in [a.kind] if a.kind else sorted(corpus):
                print(f" {kind}:")
                show(marked, kind, a.show, rng)
    return 0


if __name__ == "__main__":
    sys.exit(main())
