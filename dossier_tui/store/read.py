"""The file's text -> Dossier. A file as ``dumps`` writes it is read by ``yaml_fast``
and checked over the built values; any other, or one with a problem, is read again by
a full YAML parser, whose nodes name the line of the first problem."""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from pathlib import Path

import yaml

from dossier_tui import safe_yaml, yaml_fast
from dossier_tui.events.short_headline import with_short_headlines
from dossier_tui.model import Dossier
from dossier_tui.quiet_gc import paused
from dossier_tui.safe_text import shown
from dossier_tui.store.check import check
from dossier_tui.store.errors import StoreError
from dossier_tui.store.schema import KEYS, TOP
from dossier_tui.store.split_read import Told, parse_split
from dossier_tui.store.valid import COMPILED, valid
from dossier_tui.workers import default_jobs

_READERS = tuple((key, COMPILED[key][1]) for key, _, _ in TOP)


class _PyLoader(yaml.SafeLoader):
    """The safe loader, except that dates stay text: a hand-typed 2023-08-09 is the
    TIMEX3 value it looks like, not a date object."""


_PyLoader.yaml_implicit_resolvers = yaml_fast.RESOLVERS


#: the same, with libyaml's parser where PyYAML has it (some four times faster, the same
#: values); ``safe_yaml.compose`` reads what libyaml refuses (the escaped lone surrogate
#: of a file name that is not UTF-8) again with the pure-Python one
_Loader = safe_yaml.with_libyaml(_PyLoader)


def from_dict(data: dict) -> Dossier:
    """The dossier that plain data (as ``to_dict`` gives it, or any checked file) holds."""
    parts = {key: tuple(map(read, data.get(key) or ())) for key, read in _READERS}
    if any("short" not in e for e in data["events"]):  # written before events had short headlines
        parts["events"] = tuple(with_short_headlines(parts["events"], parts["actors"]))
    return Dossier(**parts)


def _consistent(d: Dossier, root, name: str) -> None:
    """Cross-references hold: evidence, roles and quotes name a known source and quote
    its text exactly; events name known actors."""
    texts = {s.id: s.text for s in d.sources}
    top = {k.value: v for k, v in root.value}

    def spans(items, nodes, where: str, said) -> None:
        for j, (x, node) in enumerate(zip(items, nodes)):
            line = f"{name}:{node.start_mark.line + 1}: {where}[{j}]"
            if x.source not in texts:
                raise StoreError(f"{line}: unknown source {x.source!r}")
            text = texts[x.source]
            if text and text[x.start : x.end] != said(x):
                raise StoreError(f"{line}: the text is not the source's text at {x.start}-{x.end}")

    def sub(node, key: str) -> list:
        found = {k.value: v for k, v in node.value}.get(key)
        return found.value if isinstance(found, yaml.SequenceNode) else []

    actor_ids = {a.id for a in d.actors}
    for i, (e, node) in enumerate(zip(d.events, top["events"].value)):
        spans(e.evidence, sub(node, "evidence"), f"events[{i}].evidence", lambda v: v.passage)
        if actor_ids:
            for j, (a, anode) in enumerate(zip(e.actors, sub(node, "actors"))):
                if a not in actor_ids:
                    raise StoreError(
                        f"{name}:{anode.start_mark.line + 1}: events[{i}].actors[{j}]: "
                        f"unknown actor {a!r}"
                    )
    for i, (a, node) in enumerate(zip(d.actors, top["actors"].value if "actors" in top else [])):
        spans(a.roles, sub(node, "roles"), f"actors[{i}].roles", lambda r: r.title)
        spans(a.quotes, sub(node, "quotes"), f"actors[{i}].quotes", lambda q: q.text)


def _loads_full(text: str, name: str) -> Dossier:
    """Any YAML file: composed by a full YAML parser, so that each problem names its line."""
    try:
        loader, root = safe_yaml.compose(text, _PyLoader)
    except yaml.YAMLError as e:
        line, problem = safe_yaml.where(e)
        raise StoreError(f"{name}{line}: not valid YAML ({problem})") from None
    except safe_yaml.YAMLLimit as e:
        raise StoreError(f"{name}:{e.line}: {e.problem}") from None
    try:
        if root is None:
            raise StoreError(f"{name}: the file is empty")
        check(root, name)
        try:
            data = safe_yaml.build(loader, root)
        except safe_yaml.YAMLLimit as e:
            raise StoreError(f"{name}:{e.line}: {e.problem}") from None
    finally:
        loader.dispose()
    d = from_dict(data)
    _consistent(d, root, name)
    return d


#: a file of at most this many lines has at most safe_yaml.MAX_NODES nodes (a line of
#: the fast reader's subset holds at most three: "- key: value")
_FAST_LINES = (safe_yaml.MAX_NODES - 1) // 3


def _loads_fast(text: str, progress: Told = None) -> Dossier | None:
    """The dossier in ``text`` when it is in the subset ``dumps`` writes and has nothing
    wrong with it, else None (the full path then reads it, and names any problem)."""
    with paused():  # a large dossier: millions of small containers, none in a cycle
        d = _loads_split(text, progress)
        if d is None:
            data = yaml_fast.parse(text, KEYS, _FAST_LINES)
            if data is None or not valid(data):
                return None
            d = from_dict(data)
        return d if _consistent_ok(d) else None


def _loads_split(text: str, progress: Told) -> Dossier | None:
    """The dossier of a large file read in parts on every core (``split_read``), else
    None; ``progress(done, total)`` is told the parts read."""
    split = parse_split(text, default_jobs(), _FAST_LINES, progress)
    if split is None:
        return None
    data, later, later_short = split
    if not (later_short and valid(data) and all("short" in e for e in data["events"])):
        return None  # an old file's short headlines are made over all its events at once
    d = from_dict(data)
    return replace(d, events=d.events + later)


def _consistent_ok(d: Dossier) -> bool:
    """What ``_consistent`` says, without the nodes: True when it finds nothing wrong."""
    texts = {s.id: s.text for s in d.sources}

    def spans_ok(items, said) -> bool:
        for x in items:
            if x.source not in texts:
                return False
            text = texts[x.source]
            if text and text[x.start : x.end] != said(x):
                return False
        return True

    actor_ids = {a.id for a in d.actors}
    for e in d.events:
        if not spans_ok(e.evidence, lambda v: v.passage):
            return False
        if actor_ids and not actor_ids.issuperset(e.actors):
            return False
    return all(
        spans_ok(a.roles, lambda r: r.title) and spans_ok(a.quotes, lambda q: q.text)
        for a in d.actors
    )


def read_text(path: str | Path) -> tuple[str, str]:
    """The text of the file at ``path``, and its name as messages give it."""
    path = Path(path)
    name = shown(str(path))  # messages name it on one line, whatever its name holds
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a pipe or a device would block or never end
            raise StoreError(f"{name}: not a regular file")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise StoreError(f"{name}: no such file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise StoreError(
            f"{name}: cannot read ({getattr(e, 'strerror', None) or e.__class__.__name__})"
        ) from None
    return text, name
