"""How English text writes calendar dates: month and weekday names, and ISO 8601 dates.

The names are data (``resources/months.tsv``, ``resources/weekdays.tsv``); every part of
the package that reads or skips a month or weekday name takes it from here.
"""

from __future__ import annotations

from dossier_tui.word_tables import rows

__all__ = ["ISO_DATE", "MONTHS", "MONTH_NAMES", "WEEKDAYS", "WEEKDAY_NAMES", "month_number"]

#: every written form of a month (lower case, abbreviations with and without a full
#: stop) -> its number, 1 for January
MONTHS: dict[str, int] = {form: int(n) for n, forms in rows("months") for form in forms.split()}
#: every written form of a weekday -> its number, 0 for Monday (as ``date.weekday()``)
WEEKDAYS: dict[str, int] = {
    form: int(n) - 1 for n, forms in rows("weekdays") for form in forms.split()
}
#: the full names, capitalised: "January" ... "December"
MONTH_NAMES: tuple[str, ...] = tuple(forms.split()[0].capitalize() for _, forms in rows("months"))
#: the full names, capitalised: "Monday" ... "Sunday"
WEEKDAY_NAMES: tuple[str, ...] = tuple(
    forms.split()[0].capitalize() for _, forms in rows("weekdays")
)

#: a calendar day as ISO 8601 writes it, with an optional time of day: "2023-08-09",
#: "2023-08-09T06:01", "2023-08-09 06:01:30". Groups: y m d, and h mi s for the time.
ISO_DATE = (
    r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?:[T ](?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?)?"
)


def month_number(word: str) -> int | None:
    """The number of a month name in any written form ("Sept.", "sep", "September")."""
    w = word.lower()
    return MONTHS.get(w, MONTHS.get(w.rstrip(".")))
