"""Set-up the tests share: small corpora written to a folder or made in memory."""

from __future__ import annotations

from pathlib import Path

from dossier_tui.actors import extract
from dossier_tui.ingest import load_corpus
from dossier_tui.model import Actor, Source


def write_corpus(folder: Path, articles: dict[str, tuple[str, str]]) -> list[Source]:
    """Write ``name -> (published, text)`` as ``name.txt`` files with their dates in
    ``sources.yaml``, and load them back."""
    (folder / "sources.yaml").write_text(
        "".join(
            f"{name}.txt: {{published: {published}}}\n" for name, (published, _) in articles.items()
        )
    )
    for name, (_, text) in articles.items():
        (folder / f"{name}.txt").write_text(text + "\n")
    return load_corpus([folder]).sources


def actors_by_name(texts: tuple[str, ...], published: str) -> dict[str, Actor]:
    """The actors of one in-memory source per text, all published on ``published``, by name."""
    sources = [
        Source(
            id=f"s{i}", path=f"s{i}.txt", text=t, published=published, published_basis="metadata"
        )
        for i, t in enumerate(texts)
    ]
    actors, _ = extract(sources, [])
    return {a.name: a for a in actors}
