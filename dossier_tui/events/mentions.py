"""Event mentions: the happenings one article's sentences date.

A sentence with two dated happenings gives two mentions ("An investigation revealed in
June that the ministry paid £3m in the previous year"). Comparison points
("compared to the same period last year") are not happenings. Habits ("each year"),
vague times ("recently") and relations ("since last year") give *ongoing* mentions,
which are kept apart from the calendar. Sentences with no time expression at all are
kept too: they may report a happening another source dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from dossier_tui import resources
from dossier_tui.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from dossier_tui.events.headline import clause
from dossier_tui.lexicon import words
from dossier_tui.model import Source, Timex
from dossier_tui.temporal.live_pages import live_stamps
from dossier_tui.temporal.values import time_value
from dossier_tui.text.first_letter_scan import first_letter_scan
from dossier_tui.text.sentences import sentences
from dossier_tui.text.terms import term_bags

DATED, ONGOING, UNDATED = "dated", "ongoing", "undated"

_FUTURE = first_letter_scan(
    r"will|shall|scheduled|upcoming|due\s+to\s+(?:be|take|start|begin|open|meet|hold)|set\s+to"
    r"|expected\s+to|plans?\s+to|planned|to\s+be\s+held|taking\s+place|take\s+place"
    r"|forthcoming|next"
)
#: a sentence that reports a happening done: "has resigned", "announced"
_REPORTS = first_letter_scan(
    r"ha(?:s|ve|d)\s+(?:\w+\s+){0,2}?\w+(?:ed|en|ck|ot|ut|ne|un|wn)"
    r"|announced|agreed|struck|signed|reached|unveiled|launched|confirmed"
)
_PLACE_AFTER = re.compile(r"\s*,?\s*in\s+((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})")
_PLACE_BEFORE = re.compile(r"\bin\s+((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})\s*,?\s*$")
_NOT_PLACES = {
    *MONTH_NAMES,
    *WEEKDAY_NAMES,
    "The",
    "A",
    "An",
    "This",
    "That",
    "Addition",
    "Order",
}


@dataclass(frozen=True)
class Mention:
    """One happening as one passage reports it."""

    source: str
    sentence: tuple[int, int]
    clause: tuple[int, int]
    kind: str  # dated | ongoing | undated
    headline: str
    #: the words of the passage, in order: sorted tuples, whatever collection is given (a
    #: corpus holds hundreds of thousands of mentions at once, and a tuple costs a fifth
    #: of a set; those who need a set make it)
    terms: tuple[str, ...]
    #: the lower-case terms: what happened, without the names of who and where
    keys: tuple[str, ...] = ()
    #: names in this sentence and the two before it: whose story this is
    context: tuple[str, ...] = ()
    timex: Timex | None = None
    value: str | None = None  # the calendar value, for dated mentions
    status: str = "reported"
    place: str | None = None
    #: the time expression dates a noun of the clause ("Tuesday's quake"), not the clause
    modifier: bool = False
    #: the sentence tells a happening as done ("has resigned", "announced"): undated, it may
    #: report the news of its day (worked out with the article, so the merge need not read it)
    reports: bool = False
    #: a happening named by a day of an earlier year the text does not give ("the September
    #: 11 attacks" in June): it dates nothing, but tells the corpus the name is older
    earlier: bool = False

    def __post_init__(self) -> None:
        for name in ("terms", "keys", "context"):
            given = getattr(self, name)
            if type(given) is not tuple:
                object.__setattr__(self, name, tuple(sorted(given)))

    @property
    def named(self) -> bool:
        """The passage names the happening by its calendar date ("the July 7 bombings",
        "his death on 25 June"); the headline is then that name."""
        return (
            self.modifier and self.timex is not None and any(ch.isdigit() for ch in self.timex.text)
        )


def _calendar(t: Timex) -> bool:
    return (
        t.type in ("DATE", "TIME") and "X" not in t.value and time_value(t.value).first is not None
    )


def _place(text: str, sent: tuple[int, int], t: Timex) -> str | None:
    after = _PLACE_AFTER.match(text, t.end, min(sent[1], t.end + 40))
    before = _PLACE_BEFORE.search(text, max(sent[0], t.start - 40), t.start)
    for m in (after, before):
        if m and m.group(1).split()[0] not in _NOT_PLACES:
            return m.group(1)
    return None


def _status(text: str, span: tuple[int, int], value: str | None, published: str | None) -> str:
    """Planned: the happening lies after the article's date, or the clause says it is to come."""
    if value == "FUTURE_REF":
        return "planned"
    tv = time_value(value) if value else None
    pub = time_value(published) if published else None
    if tv and tv.first and pub and pub.last and tv.first > pub.last:
        return "planned"
    if (
        tv
        and tv.last
        and pub
        and pub.first
        and (tv.last < pub.first or tv.first <= pub.first <= tv.last)
    ):
        return "reported"  # over, or under way as the article is written
    return "planned" if _FUTURE.search(text, *span) else "reported"


def _bags(text: str, c, times: list[tuple[int, int]]) -> tuple[frozenset[str], frozenset[str]]:
    """All terms and lower-case terms of a clause, with the subject its headline
    restored and its time expressions left out (a shared date is not a shared deed)."""
    words, pos = [], c.start
    for a, b in sorted(times):
        if c.start <= a and b <= c.end and a >= pos:
            words.append(text[pos:a])
            pos = b
    words.append(text[pos : c.end])
    joined = " ".join(words) + " " + c.headline
    return term_bags(joined)


#: what a possessive time expression dates: "Tuesday's devastating quake", "last week's vote"
_POSSESSED = re.compile(r"['’]s\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
_NOT_NOUNS = frozenset(
    """
a an the and or but of in on at to for with by from as that which who was were is are has have
had will would could should may might be been being it its their his her this these those
""".split()
)


def _possessed(text: str, t: Timex, limit: int) -> tuple[str, tuple[int, int]] | None:
    """The noun phrase a possessive time expression dates, and the span of both."""
    m = _POSSESSED.match(text, t.end, limit)
    if not m:
        return None
    words = []
    for w in m.group(1).split():
        if w in _NOT_NOUNS:
            break
        words.append(w)
    if not words:
        return None
    phrase = " ".join(words)
    end = m.start(1) + len(phrase)
    of = _OF.match(text, end, limit)  # "last month's elections in Iraq"
    return phrase + (of.group() if of else ""), (t.start, of.end() if of else end)


#: where a happening happened or to whom: "the invasion of Iraq", "the bombings in London"
_COMPLEMENT = r"(?:\s+(?:of|in|on|against)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
_OF = re.compile(_COMPLEMENT)
#: an event noun the time expression stands after: "Jackson's death on 25 June", "the attack in
#: May",
#: "the US-led invasion of Iraq in 2003"
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|his|her|its|their)\s+|[\w-]+['’]s\s+)(?P<pre>(?:[\w-]+\s+){0,2}?)"
    rf"(?P<noun>[a-z][\w-]*)(?P<of>{_COMPLEMENT}?)\s+(?:on|in|of|at)\s+$"
)
_NOUN_AFTER = re.compile(rf"\s+(?P<noun>[a-z][\w-]*)\b(?P<of>{_COMPLEMENT}?)")
#: the determiner or possessor before a time that premodifies a noun ("the", "Jackson's")
_DETERMINER = re.compile(r"(?:\b(?:the|a|an|his|her|its|their)|[\w-]+['’]s)\s+$", re.I)


def _dated_noun(text: str, lo: int, t: Timex) -> tuple[str, tuple[int, int]] | None:
    """The event noun phrase a time expression right after it dates ("Jackson's death
    on 25 June 2009"), and the span of both; None when the time dates the clause."""
    m = _NOUN_BEFORE.search(text, max(lo, t.start - 80), t.start)
    if m and _event_noun(m["noun"]) and not _NOT_NOUNS.intersection(m["pre"].lower().split()):
        return text[m.start() : m.end("of")], (m.start(), t.end)
    m = _NOUN_AFTER.match(text, t.end, t.end + 60)  # "Jackson's June 2009 death"
    if m and _event_noun(m["noun"]):
        d = _DETERMINER.search(text, max(lo, t.start - 30), t.start)
        return m["noun"] + m["of"], (d.start() if d else t.start, m.end())
    return None


#: happenings no one announces ahead: named by a day still to come, they are of another year
_PAST_HAPPENINGS = words("past_happenings")
_YEAR_WRITTEN = re.compile(r"\d{4}|['’]\d\d\b")


def names_past_happening(np: str) -> bool:
    """Whether a noun phrase names a happening no one announces ahead ("the attacks")."""
    return any(w.lower().strip("’'") in _PAST_HAPPENINGS for w in np.split())


def year_written(t: Timex) -> bool:
    """Whether the time expression gives its year ("September 11 2001", "July '05")."""
    return bool(_YEAR_WRITTEN.search(t.text))


#: "today", "tomorrow" after "about" or "of" name the present or the future, not a day
_FIGURATIVE = re.compile(r"\b(?:about|of)\s+$", re.I)
_DEICTIC = re.compile(r"(?:today|tomorrow|yesterday)", re.I)


def _unsaid_year(np: str, t: Timex, published: str | None) -> bool:
    """Whether a happening named by its day ("the September 11 attacks", in an article of
    March) is one of an earlier year the text does not give: the day, without a year,
    falls after the article was written, and nobody announces such a happening ahead."""
    if year_written(t) or not published:
        return False
    tv, pub = time_value(t.value), time_value(published)
    if tv.first is None or pub.last is None or tv.first <= pub.last:
        return False
    return names_past_happening(np)


def _named(text: str, span: tuple[int, int]) -> str:
    """The headline of a happening the text names rather than tells: the dated noun
    phrase itself ("The July 7 bombings", "Jackson's death on 25 June")."""
    phrase = " ".join(text[span[0] : span[1]].split())
    return phrase[:1].upper() + phrase[1:]


def _event_noun(word: str) -> bool:
    return not word.endswith("ed") and word in resources.word_families()


def _named_period(t: Timex) -> str | None:
    """'“clean air” week' names its own happening."""
    return t.text[0].upper() + t.text[1:] if re.match(r"[\"“‘']", t.text) else None


def mentions(
    source: Source,
    timexes: list[Timex],
    on_error: Callable[[str], None] | None = None,
    sents: list[tuple[int, int]] | None = None,
) -> list[Mention]:
    """The mentions in one source's story text, in text order. ``sents``: its sentences,
    when the caller has them already. A sentence that cannot be read is skipped and told
    to ``on_error``."""
    text, out = source.text, []
    sents = sentences(source) if sents is None else sents
    bags = [term_bags(text[a:b]) for a, b in sents]  # each sentence's words, read once
    names = [
        every - lower for every, lower in bags
    ]  # the names of each sentence: whose story it is
    ordered = sorted(timexes, key=lambda t: (t.start, t.end))
    # on a live page, an entry's context stops where the entry begins: the entry before
    # it tells another happening
    entry = _entries(sents, live_stamps(text))
    k = 0
    for i, sent in enumerate(sents):
        while k < len(ordered) and ordered[k].start < sent[0]:
            k += 1
        inside = []
        j = k
        while j < len(ordered) and ordered[j].start < sent[1]:
            if ordered[j].end <= sent[1]:
                inside.append(ordered[j])
            j += 1
        if _READER_VOICE.search(text, sent[0], sent[1]):
            continue  # "i got into a job last week": a reader's comment, not the report
        # this sentence and the two before it (once, for all its mentions)
        context = tuple(sorted(frozenset().union(*names[max(0, i - 2, entry[i]) : i + 1])))
        try:
            out.extend(_sentence(source, sent, inside, context, bags[i]))
        except Exception as e:  # one sentence, not the article
            if on_error is None:
                raise
            snippet = " ".join(text[sent[0] : sent[1]].split())[:60]
            on_error(
                f"could not read the sentence at {sent[0]} ({snippet!r}: {type(e).__name__}); skipp"
                "ed"
            )
    return out


#: "i" for "I": no news copy writes it, a reader's comment under the story does
_READER_VOICE = re.compile(
    r"(?<![\w'’.-])i(?:'m|’m|'ve|’ve|'d|’d|'ll|’ll|\s+(?:am|was|have|had|got|think|thought|"
    r"will|would|can|could|do|did|dont|don't|don’t|just|really|hope|feel|know|agree|said|"
    r"went|live|love|like|believe|wish|want|need|must|should|read|saw|see))(?![\w'’])"
)


def _entries(sents: list[tuple[int, int]], stamps: dict[int, int]) -> list[int]:
    """For each sentence, the first sentence of the live-page entry it is in (0 for
    every sentence of a page that is not live)."""
    out, first = [], 0
    at = sorted(stamps)
    k = 0
    for i, (a, b) in enumerate(sents):
        while k < len(at) and at[k] < b:
            if at[k] >= a:
                first = i
            k += 1
        out.append(first)
    return out


def _sentence(
    source: Source,
    sent: tuple[int, int],
    inside: list[Timex],
    context: tuple[str, ...],
    whole: tuple[frozenset[str], frozenset[str]],
) -> list[Mention]:
    """The mentions of one sentence (``inside``: its time expressions; ``context``: the
    names of it and the two before it; ``whole``: the terms of all its words): one per
    happening it dates, else one for the sentence as a whole (ongoing or undated)."""
    text, published = source.text, source.published
    reports = bool(_REPORTS.search(text, *sent))
    # the times a headline leaves out: points in time, not lengths ("sentenced to four years")
    spans = [(t.start, t.end) for t in inside if t.type != "DURATION"]
    dated = []
    # a live page's entry stamp tells when the entry was posted, not when what it tells
    # happened ("1758 Ministers will hold talks on Monday"): it dates nothing
    stamps = live_stamps(text)
    if stamps:
        inside = [t for t in inside if t.start not in stamps]
    earlier: list[Mention] = []  # what the merge leaves out, but the corpus reads
    for t in inside:
        if _FIGURATIVE.search(text, max(sent[0], t.start - 12), t.start) and _DEICTIC.fullmatch(
            t.text
        ):
            continue  # "very much about tomorrow", "the music of today": no day at all
        if not _calendar(t) and not (
            "X" in t.value and t.type in ("DATE", "TIME") and t.basis == "unresolved"
        ):
            continue
        c = clause(text, sent, (t.start, t.end), [s for s in spans if s != (t.start, t.end)])
        if c.baseline or (c.relational and not re.search(r"\bsince\s*$", text[c.start : t.start])):
            continue
        terms_, keys = _bags(text, c, spans)
        if c.relational:  # "increasing since last year": an ongoing trend, not a point in time
            dated.append(
                Mention(
                    source.id,
                    sent,
                    (c.start, c.end),
                    ONGOING,
                    c.headline,
                    terms_,
                    keys,
                    context,
                    timex=t,
                    reports=reports,
                )
            )
            continue
        kind = DATED if _calendar(t) else UNDATED
        owned = (
            (_possessed(text, t, sent[1]) or _dated_noun(text, sent[0], t))
            if kind == DATED
            else None
        )
        if (
            owned is not None
        ):  # "survivors of Tuesday's quake": Tuesday dates the quake, not the survivors
            np, span = owned
            terms_, keys = term_bags(np)
            m = Mention(
                source.id,
                sent,
                span,
                kind,
                c.headline,
                terms_,
                keys,
                context,
                timex=t,
                value=t.value,
                status=_status(text, span, t.value, published),
                modifier=True,
                reports=reports,
            )
            if _unsaid_year(np, t, published):
                earlier.append(replace(m, headline=_named(text, span), earlier=True))
                continue
            dated.append(replace(m, headline=_named(text, span)) if m.named else m)
            continue
        dated.append(
            Mention(
                source.id,
                sent,
                (c.start, c.end),
                kind,
                _named_period(t) or c.headline,
                terms_,
                keys,
                context,
                timex=t,
                value=t.value if kind == DATED else None,
                status=_status(text, (c.start, c.end), t.value, published),
                place=_place(text, sent, t),
                reports=reports,
            )
        )
    if dated:
        return dated + earlier
    vague = next((t for t in inside if t.type in ("SET",) or t.value.endswith("_REF")), None)
    kind = ONGOING if vague else UNDATED
    c = (
        clause(
            text,
            sent,
            (vague.start, vague.end),
            [s for s in spans if s != (vague.start, vague.end)],
            whole=True,
        )
        if vague
        else None
    )
    span = (c.start, c.end) if c else sent
    headline = c.headline if c else ""
    bags = _bags(text, c, spans) if c else whole
    return [
        Mention(
            source.id,
            sent,
            span,
            kind,
            headline,
            *bags,
            context,
            timex=vague,
            status=_status(text, span, vague.value if vague else None, published),
            reports=reports,
        )
    ] + earlier
