"""The curated index kept beside the machine's, for the app: shown at once when it
stands for the timeline and curation files as they are; written when the curation is
applied (a first open), and again in a worker once decisions pause, so that the next
open is quick too. A kept index that cannot be read or written costs
only that: the curation is applied as if there were none."""

from __future__ import annotations

from dossier_tui import curation
from dossier_tui.app.curator import Curator
from dossier_tui.index_db import Index, IndexError_
from dossier_tui.index_db import curated as kept


def open_kept(c: Curator, machine: Index) -> tuple[Index | None, str | None]:
    """The kept curated index of ``machine`` (its marks given to ``c``), None when there
    is none for the curation file as it is; and the file's hash, to key a new one by."""
    read = kept.curation_file(c.path)
    if read is None:
        return None, None
    sha256, text = read
    found = kept.open_curated(machine, sha256)
    if found is None:
        return None, sha256
    ix, marks = found
    c.show_stored(machine, marks, text)
    return ix, sha256


def curated_index(c: Curator, sha256: str | None) -> Index:
    """An index of what the panes list, the session open: written where it is kept when
    the curation file still has the hash ``sha256`` it had before it was read (else, or
    when it cannot be written there, a temporary one)."""
    if sha256 and not c.show_hidden and c.problem is None and c.machine is not None:
        now = kept.curation_file(c.path)
        cur = c.curated
        if now is not None and now[0] == sha256 and cur is not None:
            try:
                return kept.save_curated(c.machine, sha256, cur)
            except (OSError, IndexError_):
                pass
    return c.index()


def keep_in_step(c: Curator, sha256: str | None) -> str | None:
    """Write the kept curated index of the curation file as it now is, if its hash is
    no longer ``sha256`` (that of the one kept): the file read, applied to the machine's
    dossier held by the session and indexed (CPU work: in a worker). Made from the
    file's own bytes, it stands for them whatever the session does meanwhile. The hash
    kept now (``sha256`` when nothing was written)."""
    s, machine = c.session, c.machine
    if s is None or machine is None:
        return sha256
    read = kept.curation_file(c.path)
    if read is None or read[0] == sha256:
        return sha256
    try:
        decided = curation.loads(read[1], str(c.path))
        if not decided.decisions:
            return sha256
        kept.save_curated(machine, read[0], curation.apply(s.machine, decided)).close()
    except (curation.CurationError, OSError, IndexError_):
        return sha256
    return read[0]
