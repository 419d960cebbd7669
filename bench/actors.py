#!/usr/bin/env python3
"""Actor extraction on real news: throughput, and the top actors of some stories.

Reads every document of a TimeML folder as an article (its text, its DCT as the
publication date), then times actor extraction alone (names, aliases, roles, quotes;
no events) next to the temporal tagger on the same texts as a baseline, on one core,
in one run. With ``--show N`` it prints the top actors of N stories to check by eye.

    python bench/actors.py ../shared/corpora/tempeval3/train --tools ../shared/tools --show 5
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier_tui.actors import extract  # noqa: E402
from dossier_tui.model import Source  # noqa: E402
from dossier_tui.temporal import tag_source  # noqa: E402


def articles(corpus: Path, tools: Path) -> list[Source]:
    sys.path.insert(0, str(tools))
    import te3_text  # type: ignore

    out = []
    for path in te3_text.iter_tml(corpus):
        doc = te3_text.parse_tml(path)
        out.append(
            Source(
                id=path.stem,
                path=str(path),
                text=doc.text,
                published=doc.dct,
                published_basis="metadata",
            )
        )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "corpus", nargs="?", default=str(ROOT.parent / "shared/corpora/tempeval3/train")
    )
    ap.add_argument("--tools", default=str(ROOT.parent / "shared/tools"))
    ap.add_argument(
        "--show", type=int, default=0, metavar="N", help="print the top actors of N stories"
    )
    args = ap.parse_args(argv)
    sources = articles(Path(args.corpus), Path(args.tools))
    chars = sum(len(s.text) for s in sources)

    t0 = time.process_time()
    for s in sources:
        tag_source(s)
    tagger = time.process_time() - t0
    t0 = time.process_time()
    actors, _ = extract(sources, [])
    actor_time = time.process_time() - t0

    print(
        f"articles {len(sources)}  characters {chars:,}  actors {len(actors):,} "
        f"({sum(a.kind == 'person' for a in actors)} people, "
        f"{sum(a.kind == 'organisation' for a in actors)} organisations, "
        f"{sum(a.kind == 'place' for a in actors)} countries)  quotes "
        f"{sum(len(a.quotes) for a in actors)}"
    )
    print(f"{'step (one core, CPU time)':<30}{'seconds':>10}{'chars/s':>14}")
    print(f"{'temporal tagger (baseline)':<30}{tagger:>10.2f}{chars / tagger:>14,.0f}")
    print(f"{'actor extraction':<30}{actor_time:>10.2f}{chars / actor_time:>14,.0f}")

    step = max(1, len(sources) // max(1, args.show)) if args.show else 0
    for s in sources[::step][: args.show] if step else []:
        own, _ = extract([s], [])
        top = "; ".join(
            f"{a.name} ({a.kind}"
            + (f", {a.roles[0].title}" if a.roles else "")
            + (f", {len(a.quotes)} quotes" if a.quotes else "")
            + ")"
            for a in own[:6]
        )
        print(f"\n{s.id}: {s.text.strip().splitlines()[0][:90]}\n  top actors: {top}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
