"""A timeline row's headline: who did what, in at most ``MAX_LEN`` characters.

An event's headline (``headline.py``) is the clause its passages tell it by, up to a
hundred characters: "French Health Minister Claire Dubois visited Senegal last
month" gives "French Health Minister Claire Dubois visited Senegal". A row shows a
third of that, so the short form is written as news headlines are:

- a person is named by surname once the dossier knows the full name ("Dubois"), and
  the titles and appositives before a name go ("French Health Minister"), as
  ``headline_names`` says;
- a leading article and a word of time the date column already gives go ("The
  upcoming meeting" -> "Meeting");
- while it is too long: an aside between commas ("Digicel, which began in Jamaica,
  found") and a leading subordinate clause ("After weeks of talks, the airline
  agreed") go; then what trails the main clause: a subordinate clause, a prepositional
  or participial phrase, a coordinated clause, cut where a phrase ends, keeping the
  verb (after "said" or "revealed", the verb of what was said) and never leaving a
  word that needs another after it (a quotation cut so is closed); then a phrase
  inside the subject ("200 workers seeking higher pay walked out" -> "200 workers walked out");
  then the same again without articles, "that" after a verb of saying and adverbs;
- only when no complete phrase fits is it cut at a word, with "…".

Rules of English news writing, no parser (``headline_words`` tells a verb by its form
and place): the full headline stays in the detail pane.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache

from dossier_tui.events.headline_names import Names, people_names, rename
from dossier_tui.events.headline_words import (
    AUX,
    DANGLING,
    KEEPS_SUBJECT,
    LEADING,
    NOT_ADVERBS,
    PAST,
    PHRASE_OPENERS,
    REPORTING,
    adjective,
    core,
    first_verb,
    is_verb,
)
from dossier_tui.model import Actor, Event

MAX_LEN = 60
#: a short headline shorter than this has lost what it tells
MIN_LEN = 16

_PLURAL = re.compile(r"[a-z]+[^su]s")
#: after these an -ing or -ed word is a noun or an adjective ("a meeting", "the injured")
_DETERMINERS = frozenset(
    "the a an his her its their this that these those our my your every each".split()
)
#: a run of capitals that opens a line is a dateline or a kicker ("SANTO DOMINGO AIRPORT")
_KICKER = re.compile(r"^(?:[A-Z][A-Z.'’-]+\s+){2,}(?=[A-Z]?[a-z])")
#: a short sentence before the one that tells ("It was not. The papers show that ...")
_LEAD_SENTENCE = re.compile(r"^(?:\S+\s+){1,3}\S*[a-z][’']?[a-z][.!?]\s+(?=[A-Z“\"])")
#: words that link a sentence to the one before ("Yet they supported ...")
_LINKS = re.compile(
    r"^(?:yet|but|and|so|also|still|meanwhile|however|moreover|furthermore)[\s,]+(?=\S+\s)", re.I
)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+(?=\S)", re.I)
#: words of time that the date column says better ("the upcoming meeting")
_TIME_WORDS = re.compile(r"^(?:upcoming|forthcoming|coming|latest|recent|planned)\s+(?=\S)", re.I)
#: "announced the establishment of a centre": the centre is what was announced
_NOMINAL = re.compile(
    r"\b(?P<verb>announced|announces|unveiled|unveils|confirmed|confirms|agreed|agrees|"
    r"approved|approves|ordered|orders)\s+the\s+(?:establishment|creation|formation|launch|"
    r"setting\s+up|introduction|opening)\s+of\s+",
    re.I,
)


def _inside_quote(text: str) -> bool:
    """Whether ``text`` ends inside a quotation it opened."""
    return (
        text.count("“") > text.count("”")
        or text.count('"') % 2 == 1
        or text.count("‘") > text.count("’")
    )


def _ends_well(words: Sequence[str]) -> bool:
    """Whether a phrase may end on the last of ``words`` (not "of", "the", "Jackson's")."""
    last = words[-1]
    return (
        core(last) not in DANGLING
        and core(last) not in PHRASE_OPENERS
        and not last.endswith((",", ";", ":", "-", "–", "—"))
        and not re.search(r"['’]s$", last)
        and not (len(words) > 1 and core(words[-2]) in ("and", "or", "but"))
        and core(last) not in ("he", "she", "they", "we")
        and core(last) not in _CLAUSE_OPENERS
    )  # "and relates [to ...]", "Speaking on the radio, he [speculated]"


def _fits(words: Sequence[str], verb: int | None) -> bool:
    """A head that stands alone: three words or more, a clean end, and (``verb``) that
    verb kept with a word after it."""
    if len(words) < 3 or not _ends_well(words):
        return False
    text = " ".join(words)
    if len(text) < MIN_LEN:
        return False
    return verb is None or len(words) > verb + 1


def _cuts(words: Sequence[str], loose: bool = False) -> list[int]:
    """Where a trailing phrase may start: before an opener, a participle, "to", or
    after a comma; ``loose``: also before "of" ("a tablet of Diazepam")."""
    verb = first_verb(words)
    out = []
    for i in range(1, len(words)):
        w, prev = core(words[i]), core(words[i - 1])
        participle = (
            w.isalpha()
            and len(w) > 5
            and prev not in AUX
            and not adjective(prev)
            and not prev[:1].isdigit()
            and prev not in _DETERMINERS
            and (
                w.endswith("ing")
                or w.endswith("ed")
                and (
                    not is_verb(words, i)
                    or verb is not None
                    and verb < i
                    and prev not in ("and", "or", "but")
                )
            )
        )
        if (
            w in PHRASE_OPENERS
            or participle
            or words[i - 1].endswith((",", ";", ":"))
            or w == "to"
            and i + 1 < len(words)
            and not _needs_to(words, i - 1)
            or loose
            and w == "of"
        ):
            out.append(i)
    return out


def _closed(words: list[str]) -> list[str]:
    """A head cut inside a quotation, with the quotation closed: the words quoted are
    the speaker's, only fewer of them."""
    text = " ".join(words)
    close = (
        "”"
        if text.count("“") > text.count("”")
        else '"'
        if text.count('"') % 2
        else "’"
        if text.count("‘") > text.count("’")
        else ""
    )
    return words[:-1] + [words[-1] + close] if close else words


def _needs_to(words: Sequence[str], i: int) -> bool:
    """Whether the ``i``-th word needs the "to" after it ("intended to help", "due to begin")."""
    w, after = core(words[i]), core(words[i + 2]) if i + 2 < len(words) else ""
    if (
        after in ("the", "a", "an", "his", "her", "its", "their")
        or after[:1].isdigit()
        or _PLURAL.fullmatch(after)
        or words[i + 2 : i + 3]
        and words[i + 2][:1].isupper()
    ):
        return False  # "returned to classes", "flew to Kenya": "to" opens a place, not a verb
    return (
        w.endswith("ed")
        or w in PAST
        or w in AUX
        or w in ("due", "able", "going", "about", "set", "likely")
    )


def _needed_verb(words: Sequence[str]) -> int | None:
    """The verb a head must keep: the first, or, after a verb of saying or finding
    ("revealed that the Home Office provided"), the one of what was said."""
    verb = first_verb(words)
    if verb is None or core(words[verb]) not in REPORTING:
        return verb
    for i in range(verb + 1, len(words)):
        if core(words[i]) in ("and", "or", "but") or words[i - 1].endswith((",", ";", ":")):
            break  # "called off the search and is concentrating": another clause
        if i >= verb + 2 and is_verb(words, i):
            return i
    return verb


def _tail_cut(words: list[str], need_verb: bool = True, loose: bool = False) -> list[str] | None:
    """The longest head of ``words`` that fits ``MAX_LEN`` and stands alone, if any;
    ``need_verb``: it keeps the verb (else a complete noun phrase will do)."""
    verb = _needed_verb(words) if need_verb else None
    first = first_verb(words)
    subject = [] if need_verb or first is None else [first]  # the subject alone
    best = None
    for i in sorted({*_cuts(words, loose), *subject}):
        head = _closed(words[: i - 1] + [words[i - 1].rstrip(",;:")])
        if len(" ".join(head)) > MAX_LEN:
            break
        if i < len(words) and _object_clause(words, i):
            continue  # "is expected to find [that ...]": what it finds is the news
        if any(
            core(words[j]) in _CLAUSE_OPENERS
            and not core(words[j - 1]).endswith("n't")  # "wasn't that difficult"
            and first_verb(words[j + 1 : i]) is None
            for j in range(1, i - 1)
        ):
            continue  # "It has not helped that truckloads [...]": a clause without its verb
        # "Health officials announced [that ...]", "An outbreak led [to ...]": a verb without what
        # it needs ("The school closed [after ...]" needs nothing)
        bare = i - 1 == first and (
            core(words[i]) not in PHRASE_OPENERS or core(words[first]) in REPORTING
        )
        if (verb is None or verb < i) and _fits(head, verb) and not bare:
            best = head
    return best


#: words that open a clause, which a cut may drop whole but never leave without its verb
_CLAUSE_OPENERS = frozenset(
    "that when whether because if although though unless whereas while".split()
)


def _object_clause(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` opens the clause a verb before it needs ("find that", "made
    clear that"; not "wasn't that difficult")."""
    before = core(words[i - 1])
    return (
        core(words[i]) == "that"
        and not before.endswith("n't")
        and (
            is_verb(words, i - 1)
            or before in REPORTING
            or i >= 2
            and (core(words[i - 2]) == "to" or before.endswith("ing") and core(words[i - 2]) in AUX)
        )
    )


def _reported(words: list[str]) -> list[str] | None:
    """What a verb of saying reports, when it is a clause ("Officials announced that the
    school would close" -> "School would close"): the news, when nothing else fits."""
    verb, first = _needed_verb(words), first_verb(words)
    if verb is None or first is None or verb == first:
        return None
    said = words[first + 1 :]
    if not said or core(said[0]) != "that":
        return None  # "tells the court she warned": where what was said begins is not plain
    said = said[1:]
    if said and core(said[0]) in ("the", "a", "an") and len(said) > 3:
        said = said[1:]
    return [_upper_first(said[0])] + said[1:] if len(said) >= 3 else None


def _subject_cut(words: list[str]) -> list[str] | None:
    """Drop a phrase inside a subject ("200 workers seeking higher pay walked out", "an
    investigation for the newspaper revealed"), the one that leaves most, then cut the
    tail if still needed."""
    verb, first = _needed_verb(words), first_verb(words)
    if verb is None or first is None:
        return None
    # the subject of the first verb, and that of what was said ("UN said a total [in aid] had")
    spans = [(1, first)] + (
        [(first + 2, verb)] if verb != first and core(words[first]) in REPORTING else []
    )
    found = []
    for lo, hi in spans:
        if core(words[hi - 1]) in _CLAUSE_OPENERS or core(words[hi - 1]) in ("who", "which"):
            continue  # "a form that [is]": the verb is the clause's, the subject is not whole
        for i in _cuts(words[:hi]):
            if i < lo or core(words[i]) in KEEPS_SUBJECT or not _ends_well(words[:i]):
                continue
            rest = words[:i] + words[hi:]
            if len(" ".join(rest)) <= MAX_LEN and _fits(rest, None):
                found.append(rest)
            elif (cut := _tail_cut(rest)) is not None:
                found.append(cut)
    return max(found, key=lambda w: (len(" ".join(w)), -len(w)), default=None)


def _main_clause(words: list[str]) -> list[str] | None:
    """What follows a leading subordinate clause ("After seeing the papers, Greenpeace
    claims", "Speaking on the radio, he speculated"): from the first comma after which a
    verb comes before the next; else None."""
    lead = core(words[0])
    if (
        lead not in LEADING
        and not (
            lead.endswith("ing")
            and len(words) > 1
            and (core(words[1]) in PHRASE_OPENERS or core(words[1]) in _DETERMINERS)
        )
        or len(words) > 1
        and core(words[1]) in ("least", "most")
    ):
        return None  # "At least 75,000 bodies have been buried": a count, not a phrase
    commas = [i for i, w in enumerate(words) if w.endswith(",")]
    if lead not in LEADING and commas and first_verb(words[: commas[0] + 1]) is not None:
        return None  # "Finding a bus that drove me home wasn't hard, he said": a subject
    for c, nxt in zip(commas, commas[1:] + [len(words)]):
        part = words[c + 1 : nxt + 1]
        if len(part) >= 3 and first_verb(part) is not None:
            main = words[c + 1 :]
            if core(main[-1]) in REPORTING and len(main) <= 6:
                return None  # "..., Haiti's government has said": who told it, not the news
            if main[0].casefold() in ("the", "a", "an") and len(main) > 3:
                main = main[1:]
            return [_upper_first(main[0])] + main[1:]
    return None


def _without_asides(words: list[str]) -> list[str]:
    """Without an aside between commas before a verb ("Digicel, which began in Jamaica,
    found", "Madonna, meanwhile, has donated", "Derek Jolly, from the charity, said")."""
    dashes = [i for i, w in enumerate(words[:-1]) if w in ("-", "–", "—", "--")]
    for a, b in zip(dashes, dashes[1:]):
        if 1 < b - a <= 8 and a > 0:  # "are - for the first time - to stand trial"
            return _without_asides(words[:a] + words[b + 1 :])
    commas = [i for i, w in enumerate(words[:-1]) if w.endswith(",")]
    for a, b in zip(commas, commas[1:]):
        if (
            b - a <= (12 if core(words[a + 1]) in ("who", "which") else 8)
            and is_verb(words[: a + 1] + words[b + 1 :], a + 1)
            and first_verb(words[: a + 1]) is None
            and core(words[0]) not in LEADING
            and not _inside_quote(" ".join(words[:a]))
        ):
            return _without_asides(words[:a] + [words[a][:-1]] + words[b + 1 :])
    return words


def _tighter(words: list[str]) -> list[str]:
    """Headline English: no articles (but before a word in -ing or -ed, which they make a
    noun: "a meeting"), no "that" after a verb of saying, no adverbs in -ly."""
    out = []
    for i, w in enumerate(words):
        c, nxt = core(w), core(words[i + 1]) if i + 1 < len(words) else ""
        if (
            i
            and w == c
            and (
                c in ("the", "a", "an")
                and not nxt.endswith(("ing", "ed"))
                or c == "that"
                and core(words[i - 1]) in REPORTING
                or c.endswith("ly")
                and len(c) > 5
                and c not in NOT_ADVERBS
            )
        ):
            continue
        out.append(w)
    return out


def _word_cut(text: str) -> str:
    cut = text.rfind(" ", 0, MAX_LEN)
    head = text[: cut if cut > MIN_LEN else MAX_LEN - 1].rstrip(" ,;:–—-")
    words = head.split()
    while len(words) > 3 and not _ends_well(words):
        words.pop()
    return " ".join(words) + "…"


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def short_headline(headline: str, names: Names | None = None, fuller: bool = False) -> str:
    """The short form of ``headline``; ``names``: the people it may name, by each written
    form, to what the short form calls them (``people_names``); ``fuller``: the longest
    complete phrase that fits, for an event another one's short form would read as."""
    text = re.sub(r"\s+", " ", headline).strip()
    broken = text.endswith("…")  # a headline cut short: its last phrase is not whole
    text = _LINKS.sub("", _KICKER.sub("", _LEAD_SENTENCE.sub("", text.rstrip("…"))))
    text = rename(text, names or {})
    if (bare := _ARTICLE.sub("", text, 1)) != text and len(bare.split()) >= 3:
        text = _TIME_WORDS.sub("", bare, 1)
    text = _NOMINAL.sub(lambda m: m["verb"] + " ", text)
    words = _upper_first(text.strip(" ,;:–—-")).split()
    if not words:
        return ""
    if len(" ".join(words)) > MAX_LEN:
        words = _without_asides(words)
    main = _main_clause(words) if len(" ".join(words)) > MAX_LEN else None
    for form in ([main] if main and not fuller else []) + [words]:
        ways = _fuller(form, broken) if fuller else _shorter(form, broken)
        cut = next((c for c in ways if c), None)
        if cut:
            return _upper_first(" ".join(cut).rstrip(" ,;:"))
    return _word_cut(" ".join(words))


def _fuller(words: list[str], broken: bool) -> Iterator[list[str] | None]:
    """The longest complete phrase that fits: the whole, else its tail cut (keeping the
    verb of a clause: "Lord Goldsmith also" tells nothing)."""
    if not broken and len(" ".join(words)) <= MAX_LEN:
        yield words
    yield _tail_cut(words, need_verb=not _phrase_will_do(words), loose=True)


def _phrase_will_do(words: list[str]) -> bool:
    """A name for a happening, or a deed as subject ("Targeting the supply of boat
    parts"): a whole phrase of it will do, where a clause keeps its verb."""
    return first_verb(words) is None or core(words[0]).endswith("ing")


def _shorter(words: list[str], broken: bool) -> Iterator[list[str] | None]:
    """Ways to make it short, best first: as it is, its tail cut, a phrase of its
    subject dropped (in full words, then in headline English), then cut looser, then
    its subject alone. ``broken``: the words were cut short, so a whole phrase goes."""
    if not broken and len(" ".join(words)) <= MAX_LEN:
        yield words
        return
    levels = (words, _tighter(words))
    for level in levels:
        if not broken and len(" ".join(level)) <= MAX_LEN:
            yield level
        yield _tail_cut(level)
        yield _subject_cut(level)
    for level in levels:
        yield _tail_cut(level, loose=True)
    if (said := _reported(words)) is not None:
        yield from _shorter(said, broken)
    if _phrase_will_do(words):
        yield _tail_cut(levels[0], need_verb=False, loose=True)
    # a clause is never cut to its subject alone ("U.S. health officials"): cut at a word


def with_short_headlines(events: Sequence[Event], actors: Sequence[Actor]) -> list[Event]:
    """``events`` each with its short headline (kept where it has one already)."""
    names = people_names(actors)

    @cache
    def short(headline: str, fuller: bool = False) -> str:
        """``short_headline``, made once for each headline however many events share it."""
        return short_headline(headline, names, fuller)

    made = {i: short(e.headline) for i, e in enumerate(events) if not e.short}
    told: dict[str, set[str]] = defaultdict(set)
    for i, e in enumerate(events):
        told[made.get(i, e.short).casefold()].add(e.headline)
    for i, made_short in made.items():  # two happenings told differently must not read alike
        if len(told[made_short.casefold()]) > 1:
            made[i] = short(events[i].headline, fuller=True)
    return [replace(e, short=made[i]) if i in made else e for i, e in enumerate(events)]
