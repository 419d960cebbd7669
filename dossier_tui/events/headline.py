"""A short headline for a happening: the clause a time expression dates.

"According to Trade Minister Ann Lee, who visited Chile last month and spoke to
reporters yesterday, the accord was backed by funding" dates two happenings; their
headlines are "Trade Minister Ann Lee visited Chile" and "Trade Minister Ann Lee
spoke to reporters". The rules here
cut a sentence at punctuation and clause connectors, keep the piece holding the time
expression, take the time words out, and restore a subject a relative clause refers to.
They work on the surface of the text, without a parser, so they aim for a readable
clause, not a perfect one; the evidence quote always carries the full sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier_tui.events.clause_parts import (
    ACCORDING,
    FIRST_VERB,
    containing,
    inside_quote,
    is_aside,
    past_dashes,
    said_at_the_end,
    segments,
    split_at,
)
from dossier_tui.lexicon.speech import SAY, SAY_TELL
from dossier_tui.temporal.live_pages import live_stamps
from dossier_tui.text.first_letter_scan import first_letter_scan

MAX_LEN = 100
#: the pronoun, in patterns that ignore case: written in lower case, or capitalised to
#: open a sentence; "WHO" is a body's name ("The WHO raised its pandemic alert")
WHO = r"(?-i:who|Who)"

_PARENS = re.compile(r"\s*\([^()]{0,80}\)")
#: the words after which "that" or "when" is a pronoun or an adverb, opening no clause
#: ("achieved just that by declaring", "exactly when")
_EMPHATIC = ("just", "exactly", "precisely")
_NOT_AFTER_EMPHATIC = "".join(rf"(?<!\b{w})" for w in _EMPHATIC)
_CONNECTORS = re.compile(
    _NOT_AFTER_EMPHATIC
    + rf"\s+(?=(?:that|which|{WHO}|whom|where|when|while|after|before|including|because|whereas|"
    r"as well as|but|so that|in order to)\s)",
    re.I,
)
_AND_VERB = re.compile(
    r"\s+(?=and\s+(?:\w+ed|spoke|said|told|met|took|made|went|came|gave|left|"
    r"began|held|saw|won|lost|sent|paid|set|put|fled|led|ran|rose|fell|struck|"
    r"has|have|had|was|were|will|would)\s)",
    re.I,
)
#: the zone a clock time is told in, which goes with it: "16:53 local time", "09:00 GMT"
_TIME_ZONE = re.compile(r"\s+(?:local\s+time|GMT|UTC|BST|CET|[ECMP][SD]T)\b")
#: the preposition of a time expression, with the word that makes it approximate:
#: "on Monday", "at about 10:00", "around midnight"
_PREP_BEFORE = first_letter_scan(
    # "raised its alert level late on Tuesday": the "late" goes with the day
    r"(?:late|early|later|earlier)\s+(?:on|in)\s+"
    r"|(?:on|in|at|during|for|over|of|from|through|throughout|within)\s+"
    r"(?:(?:around|about|approximately|roughly)\s+)?"
    r"|(?:around|approximately|roughly)\s+"
    # "ready to leave as soon as Tuesday": the whole "as soon as" goes with the day
    r"|as\s+(?:soon|early|late|recently)\s+as\s+",
    after="$",
)
_RELATION = first_letter_scan(
    r"since|until|till|before|after|by|from|ahead\s+of|prior\s+to", after=r"\s+$"
)
_BASELINE = re.compile(
    r"^(?:compared\s+(?:to|with)|than|up\s+from|down\s+from|from|versus|vs\.?)\b", re.I
)
_LEADS = re.compile(
    rf"^(?:(?:and|but|while|whereas|which|{WHO}|where|when|that|as(?!\s+(?:many|much|few|little|well)"
    r"\b)|after|before|including|especially|"
    r"particularly|partly\s+due\s+to|due\s+to|because(?:\s+of)?|so|also|with|during|then|however|"
    r"meanwhile|moreover|in\s+addition(?:\s+to\s+[^,]{1,40},)?|additionally|according\s+to|as\s+wel"
    r"l\s+as|amid|"
    r"through|especially\s+with|including\s+through|thanks\s+to|following|"
    rf"it\s+(?:{SAY})(?:\s+that)?|it\s+is\s+(?:estimated|thought|believed|understood|expected)(?:\s"
    r"+that)?|"
    r"(?:it|this|that|the\s+[\w’'\s-]{1,30}?)\s+(?:comes?|came|follows?|followed)(?:\s+(?:after|as|"
    r"amid))?)"
    r"[\s,]+)+",
    re.I,
)
#: what a whole sentence may lose at its start: links to the one before, not the
#: subordinators ("After the election, she ...") its main clause needs
_SENTENCE_LEADS = re.compile(
    r"^(?:(?:and|but|so|also|then|however|meanwhile|moreover|additionally|"
    r"in\s+addition|furthermore)[\s,]+)+",
    re.I,
)
#: a clause that opens on these is a time given by a happening ("after the election")
_SUBORDINATE = re.compile(r"^(?:after|before|following|during|since|until|amid)\s", re.I)
_REPORTING_END = first_letter_scan(
    rf"revealed|{SAY}|announced|reported|found|showed|shows|confirmed|"
    r"disclosed|claimed|warned|admitted|stated|insisted|told\s+[\w’'-]+|"
    # what a person proposes, hopes or fears is said in the that-clause after the verb
    # ("said he would recommend that the council send more troops")
    r"(?:recommend|suggest|propose|urge|demand|ask|hope|expect|fear|believe|insist|warn"
    r"|agree|decide|announce|confirm)(?:s|e?d)?|say",
    after=r"(?:\s+(?:in|at|during|on|to)(?:\s+[\w’'-]+){1,4})?$",
)
#: a clause that ends (or breaks) on a word that needs something after it was cut badly
_DANGLING = first_letter_scan(
    r"(?:between|and|as|to|by|of|the|a|an|in|on|at|for|with|from|than|dated|since|until|before"
    r"|about|into|onto|upon|over|under|through|against|towards?"
    rf"|after|during|is|was|were|{SAY}|like|not|them|which|who|whose|that)\s*[.,;:'’”\"`]*$"
    r"|(?:between|from)\s+and\b",
    after="",
)
#: a clause that opens on a verb, a participle or a link word has lost its subject
_FRAGMENT = re.compile(
    r"(?:was|were|is|are|had|has|have|been|being|who|which|whose|by|to|of|"
    r"as(?!\s+(?:many|much|few|little)\b)|in contrast|"
    r"ever since|brought|found|made|took|came|went|left|held|fled|led|gave|sent|set|met|said|"
    r"told|read|began|won|lost|course|[a-z]+ing|[a-z]+ed(?=\s+(?:by|in|at|to|from|off|with|on)\b)|"
    rf"[a-z]+ly\s+[a-z]+|denied|denies|{SAY})\b",
    re.I,
)
#: what follows a time expression that cannot stand without it ("Wednesday's ruling")
_NEEDED_AFTER = re.compile(r"['’]s\b")
#: a time written before a noun it modifies ("the 12 January earthquake", "a Monday meeting")...
_DETERMINER_END = first_letter_scan("a|an|the|its|his|her|their|this|that", after=r"\s+$")
_MODIFIES = re.compile(r"\s+[a-z][\w-]*")
#: ... and not before a word that carries the clause on
_FUNCTION_AFTER = re.compile(
    r"\s+(?:and|or|but|to|in|on|at|of|for|with|by|from|as|when|while|after|before|that|which|"
    rf"who|was|were|is|are|has|have|had|will|would|could|should|may|might|{SAY}|"
    r"until|since|this|the|a|an|it|he|she|they|we|there|if|because|so|than|then|"
    r"about|against|during|over|under|into|through|[a-z]+ed|[a-z]+ly)\b"
)
#: a time expression that is the subject ("Today is a sad day")
_SUBJECT_AFTER = re.compile(r"\s+(?:is|was|has|had|will|marks|marked)\b")
_RELATIVE = re.compile(rf"^(?:{WHO}|which)\s+", re.I)
_RELATIVE_AT = re.compile(rf"(?:{WHO}|which)\s+", re.I)
_ANTECEDENT_LEADS = re.compile(
    r"^(?:according\s+to|as\s+well\s+as|with|and|but|amid|including)\s+", re.I
)
#: "just that", "exactly that": a pronoun that ends a clause well, and opens none
_PRONOUN_THAT = re.compile(rf"\b(?:{'|'.join(_EMPHATIC)})\s+that$", re.I)
_CUT_POINTS = re.compile(
    _NOT_AFTER_EMPHATIC
    + r"\s+(?=(?:by|to|in|at|off|for|with|from|across|through|after|before|which|"
    rf"{WHO}|that|while|as|including|supported|aimed|designed|intended)\s)",
    re.I,
)
#: a clause that starts like this has lost its subject (lower case: "United" is a name)
_VERBISH = re.compile(
    rf"^(?:[a-z]\w*ed|spoke|{SAY_TELL}|met|took|made|went|came|gave|left|began|held|saw|won|lost|"
    r"sent|paid|set|put|fled|led|ran|rose|fell|struck|is|are|was|were|has|have|had|will|would|"
    r"can|could|may|might|shall|should|must|visits?|leaves?|arrives?|meets?|signs?|plans?)\b"
)


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    headline: str
    #: the time expression is a point of comparison ("compared to last year")
    baseline: bool = False
    #: the time expression relates the happening to another time ("since 2022")
    relational: bool = False


#: what opens a live blog's entry or a digest's bullet: "13.58 GMT", "* "
_STAMP = re.compile(
    r"^(?:[*•·]\s*|\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|UTC|[ECMP][SD]T|ET)?\s+)+"
)
#: a wire dateline: "MEXICO CITY | Fri MEXICO CITY - ", "WASHINGTON (Reuters) - "
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’]+(?:\s*\(\w+\))?(?:\s*\|\s*[A-Z][a-z]{2})?\s+){1,8}[-–—]+\s+"
)
#: a digest's next bullet: a headline ends there
_BULLET = re.compile(r"\s+[*•]\s+.*$")
#: what stood between two time expressions that were taken out ("of July 7 and July 21")
_BETWEEN_TIMES = re.compile(r"^\s*(?:,|and|or|to|through|until|-|–|&)?\s*$")


def _tidy(s: str) -> str:
    """The words of ``s`` without datelines, stamps, bullets and parentheses, single
    spaced, with no punctuation left hanging at either end."""
    s = _BULLET.sub("", _STAMP.sub("", _DATELINE.sub("", s.strip())))
    s = _PARENS.sub("", s) if "(" in s else s
    # single spaced (str.split breaks where \s matches), the only space left is " "
    s = " ".join(s.split()).strip(" ,;:–—-")
    s = s.replace(" ,", ",").replace(" ;", ";").replace(" .", ".")
    return s.rstrip(" ,;:").rstrip(".")


_ENDS_ED = re.compile(r"ed$")


#: words that go on with "to" and the verb after it: no cut between them
_BEFORE_TO = re.compile(
    r"\b(?:likely|unlikely|able|unable|about|going|trying|hoping|planning|due|ready|willing"
    r"|bound|certain|sure|wants?|needs?|has|have|had|is|are|was|were|seems?|appears?|order)$",
    re.I,
)


#: "for" or "of" between a capitalised word and two more is inside a name ("Centers for
#: Disease Control", "Institute for Medical Research"); before one, it may lead to a place
#: ("South Park for Haiti")
_NAME_END = re.compile(r"\b[A-Z][\w’'.-]*$")
_NAME_GOES_ON = re.compile(r"(?:for|of)\s+[A-Z][\w’'.-]*\s+[A-Z]")


#: a time followed by what happened then: "Thursday, when two leaders were arrested"
_WHEN_AFTER = re.compile(r"\s*,\s*when\s+(?!asked\b)")
#: ... when the time stands for itself, after its preposition ("began on Monday, when"),
#: not for a noun it dates ("his visit last month, when he inspected": the visit)
_WHEN_BEFORE = re.compile(r"\b(?:on|in|at|to|since|until|till|from|by|before|after)\s+$", re.I)
_WHEN_TIME = re.compile(r"(?:on|in|at|since|until|till|from|by)\s", re.I)


def _said_without_verb(head: str) -> bool:
    """Whether ``head`` ends inside what someone said, before its verb ("police said
    that a suspect")."""
    i = head.rfind(" that ")
    return i >= 0 and not FIRST_VERB.search(head, i + 6) and bool(_REPORTING_END.search(head[:i]))


def _shorten(s: str) -> str:
    if len(s) <= MAX_LEN:
        return s
    cuts = [
        m.start()
        for m in _CUT_POINTS.finditer(s)
        if 25 <= m.start() <= MAX_LEN
        and not inside_quote(s, 0, m.start())
        and not _ENDS_ED.search(s, 0, m.start())
        and not (_DANGLING.search(s[: m.start()]) and not _PRONOUN_THAT.search(s, 0, m.start()))
        # "said he would recommend | that the council ...": the that-clause is its object
        and not _REPORTING_END.search(s[: m.start()])
        # "police said that a suspect | who was returned had not admitted": nor before its verb
        and not _said_without_verb(s[: m.start()])
        # "is likely | to keep spreading": the verb is after "to"
        and not (s.startswith("to ", m.end()) and _BEFORE_TO.search(s, 0, m.start()))
        # "the Centers | for Disease Control": a name goes on past its preposition
        and not (_NAME_END.search(s, 0, m.start()) and _NAME_GOES_ON.match(s, m.end()))
    ]
    if cuts:
        return s[: cuts[-1]].rstrip(" ,")
    cut = s.rfind(" ", 0, MAX_LEN - 1)
    return s[: cut if cut > 30 else MAX_LEN - 1].rstrip(" ,") + "…"


#: after a relative pronoun that is the subject of what someone says: "[which] the WHO
#: warned [has ...]", "[that] police believe [killed ...]", "[who] prosecutors say [shot ...]"
_SAID_INSIDE = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+(?:of\s+)?){0,5}?"
    r"(?:[A-Z][\w.'’-]*|officials|police|experts|scientists|doctors|investigators|prosecutors|"
    r"he|she|they|we)\s+"
    r"(?:said|says|say|warned|warns|believe[sd]?|think|thinks|thought|fear(?:s|ed)?|"
    r"claim(?:s|ed)?|suspect(?:s|ed)?|allege[sd]?|estimated?|estimates)\s+"
    r"(?=(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|[a-z]{3,}ed)\b)"
)
#: the noun phrase a relative clause follows: from its last determiner on, a few words
_PHRASE_END = re.compile(
    r"\b(?:the|a|an|this|these|those|its|his|her|their)\s+(?:[\w'’-]+\s+){0,5}[\w'’-]+\s*,?\s*$",
    re.I,
)


def _phrase_before(text: str, lo: int, at: int) -> str:
    """The noun phrase that ends right before ``at`` ("about the new swine flu virus
    which" -> "the new swine flu virus"), or "" when there is none plainly."""
    found = _PHRASE_END.search(text, max(lo, at - 80), at)  # the leftmost that runs to ``at``
    if found is None or re.search(r"[,;:]\s*\S", found[0]):
        return ""
    return _tidy(found[0].rstrip(" ,"))


def _antecedent(text: str, seg: tuple[int, int] | None) -> str:
    """The noun phrase a following relative clause or bare verb phrase is about."""
    if seg is None:
        return ""
    s = _ANTECEDENT_LEADS.sub("", _tidy(text[seg[0] : seg[1]]))
    if len(s) > 60:
        parts = re.split(r"\s+(?:of|in|at|to|on|for|with)\s+", s)
        s = parts[-1]
    return s if len(s.split()) <= 10 else ""


_WORD_CHAR = re.compile(r"\w")
#: a time expression that opens on its article: "the 12 January earthquake"
_THE = re.compile(r"the\s", re.I)


def _without_times(text: str, piece: tuple[int, int], times: list[tuple[int, int]]) -> str:
    """The words of ``piece`` with each time expression (and its preposition) taken out."""
    out, pos, removed = [], piece[0], False
    for a, b in sorted(t for t in times if piece[0] <= t[0] and t[1] <= piece[1]):
        if a < pos:
            continue
        chunk = text[pos:a]
        if removed and _BETWEEN_TIMES.match(chunk):
            pos = b  # "of July 7 and July 21": the second time goes with the first
            continue
        if _RELATION.search(chunk) and (a, b) != times[0]:
            continue  # "before the Summer recess": part of what is said, not its date
        if (
            _NEEDED_AFTER.match(text, b, piece[1])
            or _SUBJECT_AFTER.match(text, b, piece[1])
            and not _WORD_CHAR.search(chunk)
        ):
            continue  # "Wednesday's ruling", "Today is a sad day": the words need the time
        if (
            (_THE.match(text, a, b) or _DETERMINER_END.search(chunk))
            and _MODIFIES.match(text, b, piece[1])
            and not _FUNCTION_AFTER.match(text, b, piece[1])
        ):
            # "died in the 12 January earthquake": the time names the quake; keep the phrase whole
            out.append(chunk + ("the" if _THE.match(text, a, b) else ""))
            pos, removed = b, True
            continue
        m = _PREP_BEFORE.search(chunk) or _RELATION.search(chunk)
        out.append(chunk[: m.start()] if m else chunk)
        zone = _TIME_ZONE.match(text, b, piece[1])
        pos, removed = zone.end() if zone else b, True
    out.append(text[pos : piece[1]])
    return _tidy(" ".join(out))


def clause(
    text: str,
    sent: tuple[int, int],
    timex: tuple[int, int],
    others: list[tuple[int, int]] = (),
    whole: bool = False,
) -> Clause:
    """The clause of sentence ``sent`` that the expression at ``timex`` dates
    (``whole``: the sentence itself, for vague times that date no single clause)."""
    t0, t1 = timex
    times = [(t0, t1), *others]
    segs = [sent] if whole else segments(text, sent[0], sent[1], times)
    seg = containing(segs, t0, t1) or sent
    idx = segs.index(seg) if seg in segs else -1
    in_seg = [o for o in others if seg[0] <= o[0] < seg[1]]
    parts = (
        split_at(text, seg[0], seg[1], _CONNECTORS)
        if not whole and (in_seg or seg[1] - seg[0] > 120)
        else [seg]
    )
    piece = containing(parts, t0, t1) or seg
    if in_seg and not whole:
        piece = containing(split_at(text, piece[0], piece[1], _AND_VERB), t0, t1) or piece
    relational = bool(_RELATION.search(text[piece[0] : t0]))
    baseline = bool(_BASELINE.match(text[piece[0] : piece[1]].strip()))

    if (reported := _reported_after(text, piece, t0, others)) is not None:
        piece = reported  # "officials said on Saturday a man died last week": the death
    if (
        (when := _WHEN_AFTER.match(text, t1))
        and not whole
        and (_WHEN_TIME.match(text, t0) or _WHEN_BEFORE.search(text, max(0, t0 - 12), t0))
    ):
        # "In contrast to Thursday, when two leaders were arrested, ...": the arrests
        then = next((g for g in segs if g[0] <= when.end() < g[1]), None)
        told = (when.end(), then[1] if then else when.end())
        if (
            FIRST_VERB.search(_without_times(text, told, times))
            and len(text[told[0] : told[1]].split()) >= 4
            and not _PRONOUN.match(text, told[0])  # "..., when it was sprayed": what was?
        ):
            piece = told
    words = _without_times(text, piece, times)
    said = said_at_the_end(text, segs, idx, piece, sent)
    if said is None and idx > 0 and ACCORDING.match(text, piece[0]):
        # "..., according to a poll published today": what the poll found is the news
        said = segs[idx - 1][1]
    if said is not None:  # "..., the minister, Ann Lee, said last night": what she said is the news
        words = _without_times(text, (sent[0], said), times)
    elif _DANGLING.search(words):  # "between now and Feb. 10": the times are part of what is said
        words = _tidy(text[piece[0] : piece[1]])
    elif (j := past_dashes(text, segs, idx)) is not None and _VERBISH.match(
        _tidy(text[segs[j][0] : segs[j][1]])
    ):
        # "A poll published yesterday - reflecting opinion in Africa - showed that ...": the verb is
        # past the aside
        words = f"{words} {_without_times(text, segs[j], times)}"
    elif (
        (np := _REDUCED.search(text, piece[0], t0))
        and np.start() > piece[0] + 1
        and not _PREP_BEFORE.search(text, piece[0], np.start())
    ):
        # "knows the three soldiers charged on Tuesday with war crimes": the time dates the charge
        words = _without_times(text, (np.start(), piece[1]), times)
    after = [p for p in parts if p[0] >= piece[1]]
    if (
        after
        and _REPORTING_END.search(_without_times(text, piece, times))
        and re.match(r"\s*that\b", text[after[0][0] : after[0][1]])
    ):
        # "An investigation revealed [in June] that ...": what it revealed is the news, to
        # its verb ("police said Monday that a suspect [who was returned] had not admitted")
        said = _without_times(text, after[0], times)
        for more in after[1:3]:
            if FIRST_VERB.search(said.removeprefix("that ")):
                break
            said = f"{said} {_without_times(text, more, times)}"
        words = f"{_without_times(text, piece, times)} {said}"
    if (
        _RELATIVE_AT.match(text, piece[0])
        and (inside := _SAID_INSIDE.match(_RELATIVE.sub("", words)))
        and (ante := _phrase_before(text, sent[0], piece[0]))
    ):
        # "the virus which the WHO warned has the potential ...": the virus has it
        words = f"{ante} {_RELATIVE.sub('', words)[inside.end() :]}"
    relative = bool(_RELATIVE.match(words))
    subordinate = bool(_SUBORDINATE.match(words))
    words = _tidy(_LEADS.sub("", words))
    if subordinate and not FIRST_VERB.search(words):
        # "After the election in January, she decided ...": the time dates the election; the
        # sentence says it
        words = _tidy(_SENTENCE_LEADS.sub("", _without_times(text, sent, times)))
    # a relative clause or a bare verb phrase is about the noun phrase just before it
    before = [p for p in parts if p[1] <= piece[0]]
    prev = before[-1] if before else (segs[idx - 1] if idx > 0 else None)
    aside = not before and idx > 1 and is_aside(text, segs[idx - 2], segs[idx - 1], seg)
    if aside:
        prev = segs[
            idx - 2
        ]  # "The quake - Haiti's worst in two centuries - struck": the aside is not the subject
    if relative or (
        _VERBISH.match(words) and (aside or not re.match(r"^(?:is|are|was|were)\b", words))
    ):
        ante = _antecedent(text, prev) or _subject(text, sent)
        words = (
            f"{ante} {words}"
            if ante
            else _tidy(_SENTENCE_LEADS.sub("", _without_times(text, sent, times)))
        )
    borrowed = False  # the words are another segment's, which may have lost its subject
    if len(words.split()) < 3 or not re.search(r"[a-z]{3,}", words):
        main = [s for s in segs if s != seg and len(text[s[0] : s[1]].split()) >= 4]
        borrowed = bool(main)
        if main:
            piece = next(
                (
                    s
                    for s in main
                    if re.search(
                        r"\b\w+ed\b|\b(?:is|are|was|were|has|have|will)\b", text[s[0] : s[1]]
                    )
                ),
                main[-1],
            )
            words = _tidy(_LEADS.sub("", _without_times(text, piece, times)))
    if (
        len(words) < 20
        or _DANGLING.search(words)
        or _FRAGMENT.match(words)
        or borrowed
        and _VERBISH.match(words)
    ):
        # the sentence says it better
        words = _tidy(_SENTENCE_LEADS.sub("", _without_times(text, sent, times)))
        if _DANGLING.search(words):
            words = _tidy(text[sent[0] : sent[1]])
    return Clause(piece[0], piece[1], _finish(words), baseline, relational)


#: a verb of saying with its own time right after it: "officials said on Saturday"
_SAID_BEFORE = re.compile(rf"\b(?:{SAY})\s+(?:(?:on|at|in|late|early)\s+)?$", re.I)
_THAT_AFTER = re.compile(r"[\s,]*(?:that\s+)?")
#: what was said opens on one of these: it needs the sayer to be read ("Google said ... it saw")
_PRONOUN = re.compile(r"(?:he|she|it|they|we|i|you|his|her|its|their|our|this|these)\b", re.I)


def _reported_after(
    text: str, piece: tuple[int, int], t0: int, others: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """What was said, when the saying has a time of its own before the one at ``t0``
    ("officials said on Saturday [that] a man died last week"): the time at ``t0``
    dates what was said, not the saying."""
    for a, b in sorted(others):
        if piece[0] <= a and b <= t0 and _SAID_BEFORE.search(text, max(piece[0], a - 30), a):
            start = _THAT_AFTER.match(text, b).end()
            if len(text[start : piece[1]].split()) >= 4 and not _PRONOUN.match(text, start):
                return start, piece[1]
    return None


def _finish(words: str) -> str:
    headline = _shorten(_unquote(words))
    return headline[0].upper() + headline[1:] if headline else headline


def sentence_headline(text: str, sent: tuple[int, int]) -> str:
    """A headline for a sentence that dates nothing: the sentence, tidied and short,
    without the stamp a live page's entry opens on."""
    a = sent[0]
    stamp = _STAMP_AT.match(text, a)
    if stamp and stamp.start(1) in live_stamps(text):
        a = stamp.end()
    return _finish(_tidy(_SENTENCE_LEADS.sub("", _tidy(text[a : sent[1]]))))


_STAMP_AT = re.compile(r"\s*(\d{4})\s*")


#: a noun phrase and the participle that reduces a relative clause about it, right before
#: the time that dates it: "the three soldiers charged [on Tuesday]", "a report published [today]"
_REDUCED = re.compile(
    r"\b(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:(?!(?:is|are|was|were|has|have|had|be|been|who|which|that|and|or|of)\s)[\w’'-]+\s+){0,3}?"
    r"(?:[a-z]+ed|held|sent|found|made|taken|given|shot|hit|struck|caught|brought|told|"
    r"seen|sold|built|won|lost|led|paid)\s+(?:(?:on|in|at|during|since)\s+)?$"
)


def _subject(text: str, sent: tuple[int, int]) -> str:
    """The words a sentence opens with before its first verb, if they are few."""
    m = FIRST_VERB.search(text, sent[0], sent[1])
    if not m:
        return ""
    subject = _tidy(text[sent[0] : m.start()])
    return subject if 0 < len(subject.split()) <= 6 and subject[:1].isupper() else ""


def _unquote(s: str) -> str:
    """Strip quote marks left unbalanced at either end by cutting a clause out."""

    def unbalanced(t: str) -> bool:
        return (
            t.count("“") != t.count("”") or t.count('"') % 2 == 1 or t.count("``") != t.count("''")
        )

    if unbalanced(s):
        s = re.sub(r"^(?:``|''|[\"“”‘’])\s*", "", s)
    if unbalanced(s):
        s = re.sub(r"\s*(?:``|''|[\"“”])$", "", s)
    return s.strip()
