"""Files -> ``Source``: decoding, metadata, publication dates and page furniture."""

from dossier_tui.ingest.corpus import Corpus, Problem, changed_on_disk, load_corpus, load_source

__all__ = ["Corpus", "Problem", "changed_on_disk", "load_corpus", "load_source"]
