"""Curation: a person's decisions about a dossier, kept apart from what the machine made
and applied again to every build (``curation.yaml`` beside the timeline file)."""

from dossier_tui.curation.apply import Applier, Curated, Lost, apply
from dossier_tui.curation.decide import (
    actor_anchor,
    decision,
    event_anchor,
    passage_anchor,
    source_anchor,
)
from dossier_tui.curation.decision import Anchor, Curation, Decision, Span
from dossier_tui.curation.file import CurationError, beside, dumps, load, loads, save
from dossier_tui.curation.marks import Marks
from dossier_tui.curation.session import Session

__all__ = [
    "Applier",
    "Session",
    "Anchor",
    "Curated",
    "Curation",
    "CurationError",
    "Decision",
    "Lost",
    "Marks",
    "Span",
    "actor_anchor",
    "apply",
    "beside",
    "decision",
    "dumps",
    "event_anchor",
    "load",
    "loads",
    "passage_anchor",
    "save",
    "source_anchor",
]
