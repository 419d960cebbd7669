"""The words a person reads for dates, their basis, statuses and counts: one wording
for each notion, shared by the app, the exports, the summary and the CLI. Plain text
only (no Textual, no markup), so every view can wrap it as it needs.

- ``values``: TIMEX3 values in words ("Tuesday 8 August 2023, night");
- ``dates``: events, groups and publication dates as shown, safe for any value;
- ``basis``: how a publication date is known;
- ``status``: "undated", "planned" and their groups;
- ``counts``: "1 source", "3 sources".
"""

from __future__ import annotations

from dossier_tui.wording.basis import NO_DATE, basis_phrase
from dossier_tui.wording.counts import count, tally
from dossier_tui.wording.dates import (
    describe,
    event_when,
    fitted_row_label,
    group_heading,
    month_heading,
    published,
    row_label,
)
from dossier_tui.wording.status import (
    PLANNED,
    UNDATED,
    UNDATED_COUNTED,
    UNDATED_GROUP,
    with_status,
)

__all__ = [
    "NO_DATE",
    "PLANNED",
    "UNDATED",
    "UNDATED_COUNTED",
    "UNDATED_GROUP",
    "basis_phrase",
    "count",
    "describe",
    "event_when",
    "fitted_row_label",
    "group_heading",
    "month_heading",
    "published",
    "row_label",
    "tally",
    "with_status",
]
