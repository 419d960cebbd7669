"""``python -m dossier_tui.index_db FILE``: build the index of a timeline file.

The app runs this in a child process on a first open, so that reading a large YAML
file neither holds its memory nor shares its interpreter. Progress goes to stdout as
one JSON object a line (``{"stage", "done", "total"}``), then ``{"index": PATH}``;
a damaged file is ``{"error": MESSAGE}`` and exit status 1. SIGTERM stops it, and
leaves no temp file behind.
"""

from __future__ import annotations

import gc
import json
import signal
import sys


def _say(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m dossier_tui.index_db FILE", file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    # One pass that ends with the process: what it makes lives until then, and the cycle
    # collector would only walk the millions of objects of the loaded dossier again and again.
    gc.disable()
    from dossier_tui import store
    from dossier_tui.index_db import build_file_index

    try:
        path = build_file_index(
            argv[0], lambda stage, done, total: _say(stage=stage, done=done, total=total)
        )
    except store.StoreError as e:
        _say(error=str(e))
        return 1
    except OSError as e:
        _say(error=f"{argv[0]}: cannot write its index ({e.strerror or e})")
        return 1
    _say(index=str(path))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
