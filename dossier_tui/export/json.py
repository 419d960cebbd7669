"""JSON export: the same structure as timeline.yaml, for programs."""
from __future__ import annotations

import json

from dossier_tui.model import Dossier


def to_json(d: Dossier) -> str:
    from dossier_tui.store import to_dict
    return json.dumps(to_dict(d), ensure_ascii=False, indent=2) + "\n"
