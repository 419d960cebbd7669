#!/usr/bin/env python3
"""A large input folder recombined from real news text, for the scale benchmarks.

The pool is every TempEval-3 document (its text and creation date) and every
Timeline17 development article (detokenised by the shared tool). Article ``i`` of the
output takes a run of sentences from one pool article (its lead and body), then a run
from a second, and is published on its first article's date moved by up to two years
either way, so the corpus spans years, its relative dates resolve to varied days and
no two articles are the same text. The same arguments always give the same folder.

    python bench/corpus.py OUT 10000 --shared ../shared
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\"”][.!?])\s+(?=[\"“A-Z])")


def pool(shared: Path) -> list[tuple[date, str, list[str]]]:
    """(date, outlet, sentences) of every real article the shared corpora hold."""
    tools = shared / "tools"
    sys.path.insert(0, str(tools))
    import t17_corpus  # type: ignore
    import te3_text  # type: ignore

    out = []
    for path in sorted(te3_text.iter_tml(shared / "corpora/tempeval3/train")):
        doc = te3_text.parse_tml(path)
        out.append((date.fromisoformat(doc.dct[:10]), "wire", doc.text))
    for articles in sorted((shared / "corpora/t17-dev").glob("*/articles.json")):
        outlet = articles.parent.name.rsplit("_", 1)[-1]
        for art in json.loads(articles.read_text(encoding="utf-8")):
            text = t17_corpus.detokenise(art.get("text") or "")
            if len(text) >= t17_corpus.MIN_CHARS:
                out.append((date.fromisoformat(art["dct"][:10]), outlet, text))
    return [(d, o, [s for s in _SENTENCE_END.split(t.strip()) if s]) for d, o, t in out]


def article(rng: random.Random, docs: list, i: int) -> tuple[str, date, str]:
    """Text, publication date and outlet of article ``i``."""
    first, outlet, lead = docs[rng.randrange(len(docs))]
    _, _, other = docs[rng.randrange(len(docs))]
    keep = max(3, int(len(lead) * rng.uniform(0.5, 1.0)))
    body = lead[:keep]
    start = rng.randrange(max(1, len(other) - 2))
    body += other[start : start + max(2, len(other) // 3)]
    published = first + timedelta(days=rng.randint(-730, 730))
    return " ".join(body) + "\n", published, outlet


def write(out: Path, n: int, shared: Path, seed: int = 0) -> int:
    """Write ``n`` articles and their sources.yaml into ``out``; the characters written."""
    docs = pool(shared)
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    meta, chars = [], 0
    for i in range(n):
        text, published, outlet = article(rng, docs, i)
        name = f"{i:05d}.txt"
        (out / name).write_text(text, encoding="utf-8")
        chars += len(text)
        meta.append(f"{name}: {{published: {published.isoformat()}, outlet: {outlet}}}")
    (out / "sources.yaml").write_text("\n".join(meta) + "\n", encoding="utf-8")
    return chars


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("n", type=int)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    chars = write(Path(a.out), a.n, Path(a.shared), a.seed)
    print(f"{a.out}: {a.n:,} articles, {chars:,} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
