"""Which passage heads an event: a clause that tells the deed at its own time, in the
reporter's words, most like the rest of the event.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from dossier_tui.events.candidates import Happening
from dossier_tui.events.headline import WHO, sentence_headline
from dossier_tui.events.mentions import Mention
from dossier_tui.events.similarity import FormWeights
from dossier_tui.lexicon.speech import SAY_TELL
from dossier_tui.model import Source
from dossier_tui.temporal.values import time_value

#: a headline that says who *did* what reads better than a noun phrase ("X's visit")
_VERB = re.compile(
    rf"\b(?:[a-z]{{2,}}ed|is|are|was|were|has|have|had|will|{SAY_TELL}|met|took|made|went|"
    r"came|gave|left|began|held|won|lost|struck|fell|rose|ran|saw|sent|paid|led|fled|hit)\b"
)
#: a headline that tells of another time than the event's own
_OTHER_TIME = re.compile(
    r"\b(?:days?|weeks?|months?|years?|hours?|minutes?)\s+(?:after|before|later|earlier)\b", re.I
)
_FUTURE_WORDS = re.compile(
    r"\b(?:will|is due to|are due to|is expected to|are expected to|is to)\b", re.I
)
#: a headline in the first person is somebody's words; one that opens on "Knowing that" or
#: "Until" lost its main clause
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|us)\b")
_LOST_CLAUSE = re.compile(
    r"^(?:[A-Z][a-z]+ing\b(?!\s+(?:is|was|has|had|will)\b)|"
    r"(?:Until|Unless|Whereas|Although|Though|Because|If|Not|Since)\b)"
)
_QUOTE_MARKS = "\"“”‘’'`"
_PRONOUN_START = re.compile(
    r"^(?:his|her|its|their|it|they|this|that|these|those|he|she|"
    r"(?:in|at|on|of|during|for|by|from|with|after)\s+(?:which|whom)|"
    # "Many of them will be back": some of people named before
    r"(?:many|some|all|most|none|both|each|few|several|one|neither|either|half|any|"
    r"two|three|four|five)\s+of\s+(?:them|these|those|us|whom|which))\b",
    re.I,
)
#: a headline whose verb is "to be" tells a state or a view ("The bombers are anonymous",
#: "Blair is not responsible"), not a happening; a passive ("was killed", "were held") is one
_BE = re.compile(
    r"\b(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:(?:not|still|also|now|clearly|"
    r"no\s+longer|nothing|never)\s+)*(?P<next>[\w’'-]+)",
    re.I,
)
_RELATIVE_CLAUSE = re.compile(
    rf"\s(?:{WHO}|which|that)\s[\w\s’'-]*?(?=\s(?:is|are|was|were)\s)", re.I
)
_PARTICIPLE = re.compile(
    r"(?:\w+(?:ed|en|wn|ing)|to|due|set|about|under|put|cut|hit|shot|held|found|made|"
    r"sent|built|caught|struck|told|led|paid|sold|bought|brought|kept|won|lost|met|"
    r"left|hurt|run|read|seen|done|gone|known|shut|split|spread|thrown|upheld)$",
    re.I,
)


def event_headline(
    w: FormWeights, c: Happening, value: str | None, status: str, sources: dict[str, Source]
) -> str:
    """A clause that names who did what (neither a bare phrase nor a pronoun), from a
    passage that gives the event's own date, tells the happening at its own time (not
    "two days after" it, not "will" of a thing done), as a deed rather than a state
    ("X is responsible"), and is most like the rest of the event."""
    days = (time_value(value).first, time_value(value).last) if value else None

    def own_date(m: Mention) -> bool:
        return (
            days is not None
            and m.value is not None
            and (time_value(m.value).first, time_value(m.value).last) == days
        )

    def other_time(m: Mention) -> bool:
        return bool(
            _OTHER_TIME.search(m.headline)
            or status == "reported"
            and _FUTURE_WORDS.search(m.headline)
        )

    def state(m: Mention) -> bool:
        main = _RELATIVE_CLAUSE.sub(
            "", m.headline
        )  # "The bombers who targeted London are anonymous"
        verb = _VERB.search(main)
        be = _BE.match(main, verb.start()) if verb else None
        return be is not None and not _PARTICIPLE.match(be["next"])

    def quoted(m: Mention) -> bool:  # somebody's words, not the reporter's account
        first = sources[m.source].text[m.sentence[0] : m.sentence[0] + 1]
        return (
            (first != "" and first in _QUOTE_MARKS)
            or (m.headline[:1] != "" and m.headline[:1] in _QUOTE_MARKS)
            or bool(_FIRST_PERSON.search(m.headline))
        )

    # the sentences that report the event without dating it may say it best
    told = [
        m
        if m.headline
        else replace(m, headline=sentence_headline(sources[m.source].text, m.sentence))
        for m in c.members + c.joined
    ]
    # a happening many passages name ("the March 2003 invasion") rather than tell is best
    # headed by its name
    named = sum(m.named for m in c.members) * 3 >= len(c.members)

    def telling(m: Mention) -> tuple:
        """Lower is better: a clause telling the deed, the name a passage gives the
        happening, a clause that tells it less well."""
        if m.named:
            return (0 if named else 1,)
        # a clause whose time dates one of its nouns ("surged since his death on Thursday") tells
        # another deed
        flaws = (
            len(m.headline) < 30,
            not _VERB.search(m.headline),
            m.modifier or other_time(m),
            state(m),
        )
        return (2, *flaws) if any(flaws) else (1 if named else 0,)

    told = [m for m in told if m.headline]
    if len(told) < 2:  # most events: one passage, nothing to rank
        return told[0].headline if told else ""
    return _first_least(
        told,
        (
            lambda m: bool(_PRONOUN_START.match(m.headline) or _LOST_CLAUSE.match(m.headline)),
            quoted,
            lambda m: not own_date(m),
            telling,
            lambda m: -round(c.centrality(w.form(m)), 3),
            lambda m: (len(m.headline), m.source, m.sentence),
        ),
    ).headline


def _first_least(items: list[Mention], keys: Sequence[Callable[[Mention], Any]]) -> Mention:
    """The first of ``items`` least by the tuple of ``keys`` (what a stable sort by it puts
    first), each key asked only of the items still equal on the keys before it: a passage
    behind on the first ones is never read for the dearer ones after."""
    for key in keys:
        if len(items) == 1:
            break
        scored = [(key(m), m) for m in items]
        least = min(k for k, _ in scored)
        items = [m for k, m in scored if k == least]
    return items[0]
