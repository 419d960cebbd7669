"""Read files and folders of articles into ``Source`` objects.

Nothing here raises for bad input: a missing path, a binary file or broken metadata
becomes a ``Problem`` (one line naming the file) and the other files are still read.
Each source keeps the SHA-256 of its file's bytes, so a later look can tell whether
the file has changed since.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from dossier_tui.cache import Cache
from dossier_tui.cache import key as cache_key
from dossier_tui.ingest.dateline import find_dateline
from dossier_tui.ingest.decode import BinaryFile, decode
from dossier_tui.ingest.furniture import detect
from dossier_tui.ingest.metadata import (
    MetadataError,
    front_matter,
    published_value,
    read_sources_yaml,
)
from dossier_tui.model import Cancelled, Furniture, Problem, Source
from dossier_tui.workers import Mapper

ARTICLE_SUFFIXES = (".txt", ".md")
SOURCES_FILE = "sources.yaml"


@dataclass(frozen=True)
class Corpus:
    sources: tuple[Source, ...]
    problems: tuple[Problem, ...]


def _display(given: str, inside: Path | None = None) -> str:
    """The path as the user gave it, joined with the path inside a folder, POSIX style."""
    base = PurePosixPath(Path(given).as_posix())
    return str(base / inside.as_posix()) if inside is not None else str(base)


def _walk(root: Path, problems: list[Problem], shown: str) -> list[Path]:
    """Article files under ``root``, at any depth (a loop, not recursion), skipping hidden
    files and folders and never following a link to a folder (which could loop)."""
    found = []
    todo = [root]
    while todo:
        folder = todo.pop()
        try:
            with os.scandir(folder) as entries:
                listed = sorted(entries, key=lambda e: e.name)
        except OSError as e:
            label = _display(shown, folder.relative_to(root)) if folder != root else _display(shown)
            problems.append(
                Problem(
                    label,
                    f"{label}: cannot read folder ({e.strerror or e.__class__.__name__})",
                    "skipped",
                )
            )
            continue
        subfolders = []
        for entry in listed:
            if entry.name.startswith("."):
                continue
            try:
                is_folder = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_folder = False
            if is_folder:
                subfolders.append(Path(entry.path))
            elif entry.name != SOURCES_FILE and entry.name.lower().endswith(ARTICLE_SUFFIXES):
                found.append(Path(entry.path))
        todo.extend(reversed(subfolders))
    return found


#: the largest article read, in bytes (a crawl's page is rarely over a megabyte; a larger
#: file is a dump, a log or a device, and reading it whole could exhaust memory)
MAX_ARTICLE_BYTES = 64 * 1024 * 1024

_FILE_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


def _read(p: Path, label: str, limit: int) -> tuple[bytes | None, Problem | None]:
    """The bytes of a regular file no larger than ``limit``; anything else is skipped with
    the reason (a pipe or a device would block or never end)."""
    try:
        st = os.stat(p)
        kind = next((name for test, name in _FILE_KINDS if test(st.st_mode)), None)
        if kind is not None or not stat.S_ISREG(st.st_mode):
            return None, Problem(
                label,
                f"{label}: {kind or 'not a regular file'}, not an article; skipped",
                "skipped",
            )
        if st.st_size > limit:
            return None, Problem(
                label,
                f"{label}: {_size(st.st_size)}, larger than the "
                f"{_size(limit)} an article may be; skipped",
                "skipped",
            )
        with open(p, "rb") as f:
            data = f.read(limit + 1)
    except FileNotFoundError:
        return None, Problem(label, f"{label}: no such file", "skipped")
    except OSError as e:
        return None, Problem(
            label, f"{label}: cannot read ({e.strerror or e.__class__.__name__})", "skipped"
        )
    if len(data) > limit:  # grew while being read
        return None, Problem(
            label, f"{label}: larger than the {_size(limit)} an article may be; skipped", "skipped"
        )
    return data, None


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


class _Metadata:
    """Every sources.yaml between a file and the folder the user named."""

    def __init__(self) -> None:
        self._cache: dict[Path, dict[str, dict]] = {}
        self.problems: list[Problem] = []

    def _load(self, folder: Path, label: str) -> dict[str, dict]:
        if folder not in self._cache:
            entries: dict[str, dict] = {}
            f = folder / SOURCES_FILE
            if f.is_file():
                try:
                    entries = read_sources_yaml(f, label)
                except MetadataError as e:
                    self.problems.append(Problem(label, str(e), "metadata"))
            self._cache[folder] = entries
        return self._cache[folder]

    def lookup(self, file: Path, root: Path) -> dict:
        """Fields for ``file`` from the nearest sources.yaml that names it."""
        folder = file.parent
        while True:
            entries = self._load(folder, (folder / SOURCES_FILE).as_posix())
            for key in (file.relative_to(folder).as_posix(), file.name):
                if key in entries:
                    return entries[key]
            if folder == root or folder == folder.parent:
                return {}
            folder = folder.parent


def load_source(
    path: str | Path,
    metadata: dict | None = None,
    display: str | None = None,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> tuple[Source | None, list[Problem]]:
    """One article file as a ``Source`` (None if it cannot be read as text)."""
    p = Path(path)
    label = display or _display(str(path))
    data, problem = _read(p, label, max_bytes)
    if data is None:
        return None, [problem]
    return source_of(data, p, label, metadata)


def source_of(
    data: bytes, p: Path, label: str, metadata: dict | None = None, sha256: str | None = None
) -> tuple[Source | None, list[Problem]]:
    """The article whose file ``p`` (shown as ``label``) holds ``data``: what one file
    gives, whatever the others hold, so files are read in parallel and remembered."""
    problems: list[Problem] = []
    try:
        text, encoding, warning = decode(data)
    except BinaryFile:
        return None, [Problem(label, f"{label}: binary file, skipped", "skipped")]
    if warning:
        problems.append(Problem(label, f"{label}: {warning}", "decoding"))
    if not text.strip():
        problems.append(Problem(label, f"{label}: empty file"))

    meta = dict(metadata or {})
    body_start = 0
    try:
        fm, body_start = front_matter(text, label)
        for k, v in fm.items():
            meta.setdefault(k, v)  # sources.yaml wins over front matter
    except MetadataError as e:
        problems.append(Problem(label, str(e), "metadata"))

    published, basis, span = None, "unknown", None
    if meta.get("published") is not None:
        published = published_value(meta["published"])
        if published is None:
            problems.append(
                Problem(
                    label,
                    f"{label}: publication date {str(meta['published'])!r} not understood; ignored",
                    "metadata",
                )
            )
        else:
            basis = "metadata"
    dateline = find_dateline(text, body_start)
    if dateline is not None:
        span = dateline[1]
        if published is None:
            published, basis = dateline[0], "stated"
    furniture, headline = detect(text, body_start, span)
    if span is not None:
        furniture = sorted(
            [*furniture, Furniture(span[0], span[1], "dateline")], key=lambda f: f.start
        )
    title = meta.get("title")
    source = Source(
        id=p.stem,
        path=label,
        text=text,
        title=str(title).strip() if title else headline,
        outlet=str(meta["outlet"]).strip() if meta.get("outlet") else None,
        url=str(meta["url"]).strip() if meta.get("url") else None,
        published=published,
        published_basis=basis,
        published_span=span if basis == "stated" else None,
        body_start=body_start,
        furniture=tuple(furniture),
        encoding=encoding,
        sha256=sha256 or file_hash(data),
    )
    return source, problems


def file_hash(data: bytes) -> str:
    """What a source keeps to know its file again: the SHA-256 of its bytes, in hex."""
    return hashlib.sha256(data).hexdigest()


def _source_of(item: tuple[bytes, str, str, dict, str]) -> tuple[Source | None, list[Problem]]:
    data, path, label, meta, sha = item
    return source_of(data, Path(path), label, meta, sha)


def load_corpus(
    paths,
    stop: Callable[[], bool] | None = None,
    max_bytes: int = MAX_ARTICLE_BYTES,
    mapper: Mapper | None = None,
    cache: Cache | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Corpus:
    """Every article under ``paths`` (files or folders), in path order, with ids made
    unique, and the problems met on the way. ``stop`` is asked before each file; when it
    says so, ``Cancelled`` is raised. Files are read by ``mapper`` (in this process if
    none) and remembered in ``cache``; ``progress(done, total)`` counts them."""
    meta = _Metadata()
    problems: list[Problem] = []
    todo: dict[str, tuple[Path, Path, str]] = {}  # real path -> (file, root, display)
    for given in map(str, paths):
        p = Path(given)
        try:
            mode = os.stat(p).st_mode
        except OSError as e:
            missing = e.errno in (errno.ENOENT, errno.ENOTDIR)
            why = (
                "no such file or folder"
                if missing
                else (e.strerror or e.__class__.__name__).lower()
            )
            problems.append(Problem(_display(given), f"{_display(given)}: {why}", "skipped"))
            continue
        if stat.S_ISDIR(mode):
            for f in _walk(p, problems, given):
                todo.setdefault(os.path.realpath(f), (f, p, _display(given, f.relative_to(p))))
        else:  # a file, or something that is not one: load_source says which
            todo.setdefault(os.path.realpath(p), (p, p.parent, _display(given)))
    files = sorted(todo.values(), key=lambda t: t[2])
    found: list[tuple[Source | None, list[Problem]] | None] = [None] * len(files)
    items: list[tuple[bytes, str, str, dict, str]] = []
    keys: list[str] = []
    for i, (file, root, display) in enumerate(files):
        if stop is not None and stop():
            raise Cancelled
        data, problem = _read(file, display, max_bytes)
        if data is None:
            found[i] = (None, [problem])
            continue
        item = (data, str(file), display, meta.lookup(file, root), file_hash(data))
        items.append(item)
        keys.append(cache_key("source", *item[1:]))
    cache = cache or Cache(None)
    known = cache.get(keys)
    missing = [n for n, k in enumerate(keys) if k not in known]
    fresh = (mapper or Mapper()).map(
        _source_of, [items[n] for n in missing], progress=progress, stop=stop
    )
    cache.put({keys[n]: r for n, r in zip(missing, fresh)})
    made = dict(zip(missing, fresh))
    results = iter(made[n] if n in made else known[k] for n, k in enumerate(keys))
    found = [f if f is not None else next(results) for f in found]
    sources: list[Source] = []
    for src, probs in found:  # type: ignore[misc]
        problems += probs
        if src is not None:
            sources.append(src)
    problems = meta.problems + problems
    return Corpus(tuple(_unique_ids(sources, problems)), tuple(problems))


def _unique_ids(sources: list[Source], problems: list[Problem]) -> list[Source]:
    """Ids are file stems; a second file with a stem gets -2, -3 ... in path order, never
    an id another file has as its stem ("x/a.txt", "y/a.txt" and "a-2.txt")."""
    taken = {s.id for s in sources}
    seen: set[str] = set()
    out = []
    for s in sources:
        if s.id in seen:
            n = 2
            while f"{s.id}-{n}" in taken:
                n += 1
            new = f"{s.id}-{n}"
            taken.add(new)
            problems.append(
                Problem(s.path, f"{s.path}: another file is also named {s.id}; its id is {new}")
            )
            s = replace(s, id=new)
        seen.add(s.id)
        out.append(s)
    return out


def _locate(path: str, bases: Iterable[Path]) -> Path | None:
    """The file a source's path names: as it is when absolute, else under the first of
    ``bases`` that holds it."""
    p = Path(path)
    for base in [Path()] if p.is_absolute() else bases:
        if (base / p).is_file():
            return base / p
    return None


def changed_on_disk(
    sources: Iterable[Source], bases: Iterable[Path], stop: Callable[[], bool] | None = None
) -> list[Problem]:
    """A problem for each source whose file no longer has the bytes it was read from
    (its SHA-256 differs) or is no longer there. A relative path is looked for under
    each of ``bases`` in turn (paths are kept as given to the build, relative to where
    it ran). When none of the files is found the articles are simply not here (a
    dossier sent on, the bundled example) and nothing is said. Sources without a hash
    are not checked. ``stop`` is asked before each file (``Cancelled``)."""
    bases = list(bases)
    found, out = False, []
    for s in sources:
        if not s.sha256:
            continue
        if stop is not None and stop():
            raise Cancelled
        file = _locate(s.path, bases)
        try:
            data = file.read_bytes() if file is not None else None
        except OSError:
            data = None
        if data is None:
            out.append(
                Problem(
                    s.path,
                    f"{s.path}: no longer on disk; the dossier shows the text it was built from",
                    "missing",
                )
            )
            continue
        found = True
        if file_hash(data) != s.sha256:
            out.append(
                Problem(
                    s.path,
                    f"{s.path}: changed on disk since the build; the dossier shows the text "
                    "it was built from",
                    "changed",
                )
            )
    return out if found else []
