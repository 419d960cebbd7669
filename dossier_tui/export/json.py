"""JSON export: the same structure as timeline.yaml, for programs."""

from __future__ import annotations

import json
import re

from dossier_tui.model import Dossier

#: what ``json.dumps`` leaves raw but no one should get raw: DEL and C1 controls (a
#: terminal may act on them) and lone surrogates (a file name's undecodable bytes,
#: which no UTF-8 encoder will write)
_RAW = re.compile(r"[\x7f-\x9f\ud800-\udfff]")


def dumps(value: object, indent: int | None = None) -> str:
    """``value`` as JSON text, non-ASCII kept readable, everything above escaped
    (``\\u009b``, ``\\udcff``): such a character can only be inside a JSON string,
    where the escape means the same."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _RAW.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def to_json(d: Dossier) -> str:
    from dossier_tui.store import to_dict

    return dumps(to_dict(d), indent=2) + "\n"
