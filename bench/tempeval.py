#!/usr/bin/env python3
"""Score dossier's temporal tagger on a TimeML corpus (TempEval-3 Task A).

Runs the tagger over every .tml under CORPUS with each document's DCT as reference
date, writes system .tml files to OUT, and scores them with the TempEval-3 scorer
(``te3_score.py``, found in TOOLS). The corpus and the scorer are not part of the
project; point at them:

    python bench/tempeval.py ../shared/corpora/tempeval3/train --tools ../shared/tools
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier_tui.temporal import tag  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "corpus", nargs="?", default=str(ROOT.parent / "shared/corpora/tempeval3/train")
    )
    ap.add_argument(
        "--tools",
        default=str(ROOT.parent / "shared/tools"),
        help="folder holding te3_text.py and te3_score.py",
    )
    ap.add_argument(
        "--out", default=str(ROOT / "bench/out/tempeval"), help="where system .tml files go"
    )
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors")
    args = ap.parse_args(argv)

    tools, corpus, out = Path(args.tools), Path(args.corpus), Path(args.out)
    if not (tools / "te3_text.py").is_file() or not corpus.is_dir():
        print(f"need {tools}/te3_text.py and a corpus folder {corpus}", file=sys.stderr)
        return 1
    sys.path.insert(0, str(tools))
    import te3_text  # type: ignore

    files = list(te3_text.iter_tml(corpus))
    chars, elapsed = 0, 0.0
    for path in files:
        doc = te3_text.parse_tml(path)
        t0 = time.perf_counter()
        timexes = tag(doc.text, doc.dct)
        elapsed += time.perf_counter() - t0
        chars += len(doc.text)
        rows = [{"start": t.start, "end": t.end, "type": t.type, "value": t.value} for t in timexes]
        te3_text.write_tml(
            out / path.relative_to(corpus), doc.text, rows, doc.dct, doc.docid, doc.dct_text
        )
    print(
        f"tagged {len(files)} documents, {chars:,} characters in {elapsed:.2f} s "
        f"({chars / elapsed:,.0f} chars/s)"
    )
    cmd = [sys.executable, str(tools / "te3_score.py"), str(corpus), str(out)]
    if args.errors:
        cmd += ["--errors", str(args.errors)]
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
