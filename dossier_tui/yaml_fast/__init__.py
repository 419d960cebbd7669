"""The block-YAML subset a stored dossier is written in: a writer, and a reader that
reads exactly that subset and refuses everything else.

PyYAML's pure-Python emitter takes some 13 seconds for a dossier of 1,000 articles,
and composing nodes, checking them and constructing values takes as long again on
load. The dossier's data has a fixed, known shape (mappings, lists, text, whole
numbers, scores, booleans and nulls), so a small emitter of that shape is enough:

- a mapping is ``key: value`` lines; a list under a key is written at the key's
  indentation (``- item``), as PyYAML writes it; empty ones are ``[]`` and ``{}``;
- text is plain only when every YAML reader gives back the same text: no indicator
  first, no ``: `` or `` #``, no space at either end, printable, on one line, and not
  a word or number any YAML 1.1 or 1.2 resolver turns into something else
  (``yes``, ``~``, ``0x1F``, ``1e3``, ``2023-08-09``, ``12:30``);
- other one-line printable text is single-quoted (nothing to escape but ``'``);
- a long text with line breaks is a literal block (``|``, ``|-``, ``|+``, with an
  indentation indicator when its first line starts with a space) when the block holds
  it exactly; any other text is double-quoted with YAML's escapes, a long one broken
  after each escaped line break (``\\n\\``) so that it stays readable.

``parse`` reads that subset line by line, resolving plain scalars as PyYAML's safe
loader does except that dates stay text (``RESOLVERS``), and returns None for anything outside it
(a comment, an anchor, a tag, a flow collection, a folded or multi-line plain
scalar, an unknown key, a tab where the writer never puts one, ...), so that the
caller can read the file with a full YAML parser instead. It never guesses: what it
returns is what a YAML loader with those resolvers gives.
"""

from __future__ import annotations

from dossier_tui.yaml_fast.emit import LONG, Writer, dump
from dossier_tui.yaml_fast.parse import parse
from dossier_tui.yaml_fast.plain import RESOLVERS, is_plain

__all__ = ["LONG", "RESOLVERS", "Writer", "dump", "is_plain", "parse"]
