"""What an event's status and datedness are called: one word for each, everywhere."""

from __future__ import annotations

#: an event, or a value, that no source dates
UNDATED = "undated"
#: the group of events no calendar day places (the last group of every timeline)
UNDATED_GROUP = "Undated and ongoing"
#: the same events counted ("7 undated or ongoing"): each is one or the other
UNDATED_COUNTED = "undated or ongoing"
#: an event still to come (``Event.status == "planned"``)
PLANNED = "planned"


def with_status(when: str, status: str, aside: bool = False) -> str:
    """An event's date words with its status when it is still to come: "April 2021 ·
    planned"; ``aside``, for running text, "Autumn 2023 (planned)"."""
    if status != "planned":
        return when
    return f"{when} ({PLANNED})" if aside else f"{when} · {PLANNED}"
