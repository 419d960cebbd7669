"""YAML from files people edit or download, read within bounds.

``yaml.safe_load`` builds no objects from tags, but it still lets a file of a few
hundred bytes expand through aliases into billions of nodes (an "alias bomb"), turns
a 5,000-digit number into a ``ValueError`` from ``int``, and answers an unknown tag
with a traceback-shaped ``ConstructorError``. Here the document is composed (by
libyaml's parser where PyYAML has it), its node graph is checked (tags, expanded
size, number lengths), and only then built into Python values. Every refusal is a
``YAMLLimit`` naming the line.
"""

from __future__ import annotations

import functools
from typing import Any

import yaml

__all__ = [
    "MAX_NODES",
    "MAX_NUMBER_DIGITS",
    "YAMLLimit",
    "compose",
    "load",
    "where",
    "with_libyaml",
]

#: nodes a document may hold once its aliases are expanded (a dossier of 100,000
#: events is some millions; a bomb is billions)
MAX_NODES = 20_000_000
#: the longest number, in characters, read as a number (no count or offset is longer)
MAX_NUMBER_DIGITS = 40
#: the tags a plain data file uses; anything else (``!!python/object``, ``!custom``) is refused
_STANDARD = frozenset(
    "tag:yaml.org,2002:" + t
    for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp", "merge", "binary")
)
_NUMBERS = frozenset(("tag:yaml.org,2002:int", "tag:yaml.org,2002:float"))


class YAMLLimit(ValueError):
    """A document refused before it is built; ``line`` is 1-based (0 when unknown)."""

    def __init__(self, line: int, problem: str):
        super().__init__(problem)
        self.line = line
        self.problem = problem


def where(e: yaml.YAMLError) -> tuple[str, str]:
    """(``":LINE"`` or ``""``, what is wrong) of a parser's error, for a one-line message."""
    mark = getattr(e, "problem_mark", None)
    return (f":{mark.line + 1}" if mark is not None else ""), str(getattr(e, "problem", None) or e)


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1 if node.start_mark is not None else 0


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def check(root: yaml.Node) -> None:
    """Raise YAMLLimit for a tag outside plain data, an over-long number, a value that
    contains itself, or more than MAX_NODES nodes with aliases expanded. Each distinct
    node is visited once (depth first, without recursion), so a bomb is measured
    without being expanded."""
    size: dict[int, int] = {}
    open_: set[int] = set()
    todo: list[tuple[yaml.Node, bool]] = [(root, False)]
    while todo:
        node, children_done = todo.pop()
        if id(node) in size:
            continue
        if children_done:
            n = 1 + sum(size[id(c)] for c in _children(node))
            if n > MAX_NODES:
                raise YAMLLimit(_line(node), f"aliases expand it past {MAX_NODES:,} values")
            size[id(node)] = n
            open_.discard(id(node))
            continue
        if id(node) in open_:
            raise YAMLLimit(_line(node), "a value contains itself (a recursive alias)")
        if node.tag not in _STANDARD:
            raise YAMLLimit(_line(node), f"the tag {node.tag!r} is not plain data")
        if (
            isinstance(node, yaml.ScalarNode)
            and node.tag in _NUMBERS
            and len(node.value) > MAX_NUMBER_DIGITS
        ):
            raise YAMLLimit(_line(node), f"a number of {len(node.value):,} characters is too long")
        open_.add(id(node))
        todo.append((node, True))
        todo.extend((c, False) for c in _children(node) if id(c) not in size)


@functools.cache
def with_libyaml(loader: type) -> type:
    """``loader`` with libyaml's parser in place of PyYAML's pure-Python one (the same
    nodes, some ten times sooner); ``loader`` itself where PyYAML was built without
    libyaml, or when it has that parser already."""
    if not getattr(yaml, "__with_libyaml__", False) or issubclass(loader, yaml.cyaml.CParser):
        return loader
    if loader is yaml.SafeLoader:
        return yaml.CSafeLoader

    class Quick(yaml.cyaml.CParser, loader):  # type: ignore[misc, valid-type]
        def __init__(self, stream):
            yaml.cyaml.CParser.__init__(self, stream)
            yaml.constructor.BaseConstructor.__init__(self)
            yaml.resolver.BaseResolver.__init__(self)

    Quick.__name__ = Quick.__qualname__ = f"{loader.__name__}WithLibyaml"
    return Quick


def compose(text: str, loader: type = yaml.SafeLoader) -> tuple[yaml.Loader, yaml.Node | None]:
    """The checked node tree of a one-document text, and the loader that can build it.
    libyaml's parser composes it where PyYAML has one; a text that parser refuses, or
    whose tree fails a check, is composed again by ``loader``'s own, so that every
    refusal is said (message and line) exactly as the pure-Python parser says it."""
    quick = with_libyaml(loader)
    if quick is not loader:
        try:
            return _composed(text, quick)
        except (yaml.YAMLError, YAMLLimit, UnicodeError):
            pass  # said below, in the pure-Python parser's words
    return _composed(text, loader)


def _composed(text: str, loader: type) -> tuple[yaml.Loader, yaml.Node | None]:
    ld = loader(text)
    try:
        root = ld.get_single_node()
    except BaseException:
        ld.dispose()
        raise
    if root is not None:
        check(root)
    return ld, root


def load(text: str, loader: type = yaml.SafeLoader) -> Any:
    """``yaml.safe_load`` within bounds: raises yaml.YAMLError or YAMLLimit, nothing else."""
    ld, root = compose(text, loader)
    try:
        return build(ld, root)
    finally:
        ld.dispose()


def build(ld: yaml.Loader, root: yaml.Node | None) -> Any:
    """Python values for a node tree ``compose`` checked."""
    if root is None:
        return None
    try:
        return ld.construct_document(root)
    except (ValueError, TypeError, OverflowError) as e:  # a value no constructor can make
        raise YAMLLimit(_line(root), f"a value cannot be read ({e.__class__.__name__})") from None
