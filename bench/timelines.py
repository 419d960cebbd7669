#!/usr/bin/env python3
"""Build real web-crawled stories and score their timelines against human-written ones.

For each story (Timeline17 topic folders; folders named STORY_OUTLET are one story,
e.g. H1N1_bbc, H1N1_guardian and H1N1_reuters), turns the crawl into an input folder
with the corpus tools, builds it with this checkout and, with ``--baseline REF``, with
that git revision in the same run, and prints side by side: articles, build CPU time,
top-k Date-F1, all Date-F1 and coherence (see the scorer's own description).
``--show N`` prints the N best-ranked events of each story to read by eye.

    python bench/timelines.py ../shared/corpora/t17-dev/* --tools ../shared/tools \
        --baseline HEAD~5 --show 20
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml

_SCORES = ("topk", "all", "coherence")
ROOT = Path(__file__).resolve().parent.parent


def _cpu_children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def build(checkout: Path, corpus: Path, out: Path) -> tuple[float, int]:
    """CPU seconds of ``dossier build`` run from ``checkout``, and its exit status."""
    env = dict(os.environ, PYTHONPATH=str(checkout))
    before = _cpu_children()
    r = subprocess.run(
        [sys.executable, "-m", "dossier_tui.cli", "build", str(corpus), "-o", str(out)],
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
    )
    if r.returncode not in (0, 1) or not out.is_file():
        last = (r.stderr.strip().splitlines() or ["?"])[-1]
        print(f"  build failed in {checkout.name}: {last}", file=sys.stderr)
    return _cpu_children() - before, r.returncode


def score(tools: Path, dossier: Path, gold: list[Path]) -> dict:
    if not dossier.is_file():
        return {}
    r = subprocess.run(
        [sys.executable, str(tools / "tls_score.py"), str(dossier), *map(str, gold)],
        capture_output=True,
        text=True,
    )
    m = re.search(r"topk-F1 ([\d.]+) all-F1 ([\d.]+) coherence ([\d.]+)", r.stdout)
    return {"topk": float(m[1]), "all": float(m[2]), "coherence": float(m[3])} if m else {}


def show(dossier: Path, n: int) -> None:
    d = yaml.load(
        dossier.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )
    events = [e for e in d["events"] if e.get("start")]
    events.sort(key=lambda e: -(e.get("score") or len({v["source"] for v in e["evidence"]})))
    for e in events[:n]:
        srcs = len({v["source"] for v in e["evidence"]})
        print(f"    {e['date']:<17} {srcs:>3} src  {e['headline'][:100]}")


def show_actors(dossier: Path, n: int) -> None:
    """The first ``n`` actors as the Actors pane lists them: name, kind, main role, sources."""
    sys.path.insert(0, str(ROOT))
    from dossier_tui.store import load

    for a in load(dossier).actors[:n]:
        print(
            f"    {a.name[:36]:<36} {a.kind:<12} {str(a.main_role or '-')[:40]:<40} "
            f"{len(a.sources):>4} src"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("topics", nargs="+", type=Path, help="Timeline17 topic folders")
    ap.add_argument(
        "--tools", type=Path, required=True, help="folder with t17_corpus.py and tls_score.py"
    )
    ap.add_argument(
        "--baseline", help="a git revision to build the same stories with, for comparison"
    )
    ap.add_argument(
        "--show", type=int, default=0, metavar="N", help="print the N best-ranked events"
    )
    ap.add_argument("--actors", type=int, default=0, metavar="N", help="print the first N actors")
    ap.add_argument("--keep", type=Path, metavar="DIR", help="keep the dossiers built in DIR")
    a = ap.parse_args()
    stories: dict[str, list[Path]] = defaultdict(list)
    for t in sorted(a.topics):
        if (t / "articles.json").is_file():
            stories[t.name.rsplit("_", 1)[0]].append(t)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        checkouts = {"this": ROOT}
        if a.baseline:
            base = tmp / "baseline"
            subprocess.run(
                [
                    "git",
                    "-C",
                    str(ROOT),
                    "worktree",
                    "add",
                    "-q",
                    "--detach",
                    str(base),
                    a.baseline,
                ],
                check=True,
            )
            checkouts["baseline"] = base
        try:
            rows = []
            for story, topics in stories.items():
                corpus = tmp / story
                subprocess.run(
                    [
                        sys.executable,
                        str(a.tools / "t17_corpus.py"),
                        str(corpus),
                        *map(str, topics),
                    ],
                    check=True,
                    capture_output=True,
                )
                gold = sorted(g for t in topics for g in t.glob("*.timeline.json"))
                n = sum(1 for _ in corpus.glob("*.txt"))
                row = {"story": story, "articles": n}
                for name, checkout in checkouts.items():
                    out = tmp / f"{story}-{name}.yaml"
                    row[name], _ = build(checkout, corpus, out)
                    row[name + "-score"] = score(a.tools, out, gold)
                    if a.keep and out.is_file():
                        a.keep.mkdir(parents=True, exist_ok=True)
                        shutil.copyfile(out, a.keep / out.name)
                    if a.show and name == "this":
                        print(f"{story}: the {a.show} best-ranked events")
                        show(out, a.show)
                    if a.actors and name == "this":
                        print(f"{story}: the first {a.actors} actors")
                        show_actors(out, a.actors)
                rows.append(row)
        finally:
            if a.baseline:
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)],
                    check=False,
                )
    names = list(checkouts)
    print()
    print(
        "story        articles  "
        + "  ".join(f"{n + ' CPU s':>14} {'top-k':>6} {'all':>6} {'coher.':>6}" for n in names)
    )
    for r in rows:
        cells = []
        for n in names:
            s = r[n + "-score"]
            figures = " ".join(f"{s[k]:6.3f}" if k in s else "   n/a" for k in _SCORES)
            cells.append(f"{r[n]:14.1f} {figures}")
        print(f"{r['story']:<12} {r['articles']:>8}  " + "  ".join(cells))
    scored = [r["this-score"]["topk"] for r in rows if r["this-score"]]
    if scored:
        print(
            f"mean top-k Date-F1 over {len(scored)} stories: {sum(scored) / len(scored):.3f} "
            f"(lowest {min(scored):.3f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
