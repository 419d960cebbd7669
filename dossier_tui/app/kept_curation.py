"""The curated index kept beside the machine's, for the app: shown at once when it
stands for the timeline and curation files as they are; written when the curation is
applied (the first open after a change), and when the app closes after decisions, so
that the next open is quick again. A kept index that cannot be read or written costs
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


def keep_on_close(c: Curator, sha256: str | None) -> None:
    """After decisions (the file's hash no longer ``sha256``), keep the curated index
    of the curation as the session saved it; nothing when the file is not that (changed
    by hand meanwhile) or cannot be written."""
    s, machine = c.session, c.machine
    if s is None or machine is None or c.problem is not None or not s.curation.decisions:
        return
    now = kept.curation_file(c.path)
    if now is None or now[0] == sha256 or now[1] != curation.dumps(s.curation):
        return
    try:
        kept.save_curated(machine, now[0], s.curated).close()
    except (OSError, IndexError_):
        pass
