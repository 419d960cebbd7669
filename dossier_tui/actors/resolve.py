"""Names -> actors: every way the corpus names one person, body or country, together.

"Mr Lee" and "Mr. Lee" join the Ann Lee of the same article (else the only Lee in
the corpus); an acronym joins the body whose initials it spells or that it follows in
brackets ("World Health Organization (WHO)"); "Ivory Coast" and "Côte d'Ivoire" are
one country; a body named in lower case elsewhere ("the national police") is found
again by its name.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from dossier_tui.actors.names import ORG, PERSON, PLACE, Name
from dossier_tui.lexicon import fold
from dossier_tui.lexicon.name_words import (
    BODY_WORDS,
    COUNTRY_OF,
    FEMALE_HONORIFICS,
    FEMALE_NAMES,
    GIVEN_NAMES,
    MALE_HONORIFICS,
    NICKNAMES,
    ORG_HEADS,
    PARTIES,
)
from dossier_tui.lexicon.speech import SAY_TELL
from dossier_tui.resources import country_of

#: honorifics of a peerage: "Lord Goldsmith" names a title, not any Goldsmith
PEERAGE = frozenset("Lord Lady".split())
_SKIP_INITIALS = frozenset({"of", "for", "and", "the", "de", "van", "von", "al", "la", "le", "&"})


@dataclass(frozen=True)
class Mention:
    """Where a source names an actor: ``text == source_text[start:end]``."""

    source: str
    start: int
    end: int
    text: str


@dataclass
class Cluster:
    """An actor being assembled: its key, kind and every mention of it."""

    key: str
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    #: forms that name it (not descriptions such as "the immigration minister")
    forms: Counter = field(default_factory=Counter)
    reference: str | None = None


def initials(name: str) -> str:
    """ "National Crime Agency" -> "NCA"; small words are skipped, and a word that is
    itself initials keeps them all ("US Navy" -> "USN", never "UN")."""
    return "".join(
        w if len(w) > 1 and w.isupper() else w[0]
        for w in re.split(r"[\s\-]+", name)
        if w and fold(w) not in _SKIP_INITIALS
    ).upper()


def _surname(bare: str) -> str:
    words = [w for w in bare.split() if fold(w) not in ("jr", "jr.", "sr", "sr.", "ii", "iii")]
    return fold(words[-1]) if words else fold(bare)


def gender(n: Name) -> str | None:
    """ "m" or "f" when the name's honorific says so ("Mrs Blair"), else None."""
    first = n.text.split()[0] if n.honorific else ""
    return "m" if first in MALE_HONORIFICS else "f" if first in FEMALE_HONORIFICS else None


def _agrees(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


#: how many times a corpus names a set of initials for it to be a body without being told
#: what they stand for
ACRONYM_BODY = 3
#: what a body does right after its initials: speaks, acts, or names a thing of its own ("NATO jets")
_ACTS = re.compile(
    rf"\s+(?:{SAY_TELL}|announced|confirmed|warned|has|had|is|was|will|would|\w+ed|"
    r"(?:jets|troops|forces|officials|spokesman|spokeswoman|shares|staff|chief|boss)\b)"
)

#: how many times more often the corpus names one bearer of a surname than the next for
#: the bare surname to be theirs ("Blair" is Tony Blair, not Cherie Blair); within one article
DOMINANT, LOCALLY_DOMINANT = 3, 2


#: the pronoun that next refers to a person named just before: "Randy Jackson said he ..."
_PRONOUN = re.compile(r"\b(?:(he|him|his|himself)|(she|her|hers|herself))\b", re.I)
#: how far after a name its pronoun is looked for (about a sentence)
_PRONOUN_REACH = 160


def _pronoun_sex(text: str, found: list[Name], i: int) -> str | None:
    """The sex of the pronoun that follows the ``i``-th name before any other name does
    (the nearest person is what news refers back to), or None."""
    n = found[i]
    stop = min(found[i + 1].start if i + 1 < len(found) else len(text), n.end + _PRONOUN_REACH)
    m = _PRONOUN.search(text, n.end, stop)
    return None if m is None else "m" if m.group(1) else "f"


class _Index:
    """What the corpus says a folded name is, and which people carry a surname."""

    def __init__(self, named: dict[str, list[Name]], texts: dict[str, str]):
        votes: dict[str, Counter] = defaultdict(Counter)
        for found in named.values():
            for n in found:
                if n.kind:
                    votes[fold(n.bare)][n.kind] += 1
        self.kind = {k: c.most_common(1)[0][0] for k, c in votes.items()}
        self.people: dict[str, set[str]] = defaultdict(set)  # surname -> full-name keys
        self.local_people: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.acronyms = Counter(
            n.bare for found in named.values() for n in found if n.cue == "acronym"
        )
        self.count: Counter = Counter()  # full-name key -> mentions in the corpus
        self.local_count: Counter = Counter()  # (source, full-name key) -> mentions
        sexes: dict[str, Counter] = defaultdict(Counter)
        # family name first ("Ban Ki-moon", "Mr Ban"): full names by a first word that is no given name
        self.family_first: dict[str, set[str]] = defaultdict(set)
        self.orgs: dict[str, set[str]] = defaultdict(set)  # initials -> org keys
        self.local_orgs: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.org_names: dict[str, set[str]] = defaultdict(set)
        for sid, found in named.items():
            for i, n in enumerate(found):
                k = fold(n.bare)
                if self.kind.get(k) == PERSON and len(n.bare.split()) >= 2:
                    self.people[_surname(n.bare)].add(k)
                    self.local_people[(sid, _surname(n.bare))].add(k)
                    self.count[k] += 1
                    self.local_count[(sid, k)] += 1
                    first = fold(n.bare.split()[0])
                    sex = gender(n) or (
                        "f" if first in FEMALE_NAMES else "m" if first in GIVEN_NAMES else None
                    )
                    if sex:
                        sexes[k][sex] += 2  # said outright outweighs a pronoun
                    pronoun = _pronoun_sex(texts[sid], found, i)
                    if pronoun:
                        sexes[k][pronoun] += 1
                    if first not in GIVEN_NAMES and len(n.bare.split()) == 2:
                        self.family_first[first].add(k)
                if self.kind.get(k) == ORG and len(n.bare.split()) >= 2:
                    self.org_names[sid].add(_org_key(n.bare))
                    first, _, rest = n.bare.partition(" ")
                    # "US Centers for Disease Control" is the CDC too
                    for name in (
                        (n.bare, rest) if fold(first) in COUNTRY_OF and " " in rest else (n.bare,)
                    ):
                        self.orgs[initials(name)].add(_org_key(n.bare))
                        self.local_orgs[(sid, initials(name))].add(_org_key(n.bare))

        self.sex = {k: c.most_common(1)[0][0] for k, c in sexes.items()}
        # "Lord Goldsmith" is a peer's title name: the Goldsmith an article that uses it names in full
        self.peers: dict[str, set[str]] = defaultdict(set)
        for sid, found in named.items():
            for n in found:
                if n.honorific and n.text.split()[0] in PEERAGE and len(n.bare.split()) == 1:
                    s = _surname(n.bare)
                    if len(self.local_people.get((sid, s), ())) == 1:
                        self.peers[s] |= self.local_people[(sid, s)]

    def person(
        self,
        sid: str,
        bare: str,
        sex: str | None = None,
        local_only: bool = False,
        peer: bool = False,
    ) -> str | None:
        """The full name a surname stands for: this article's, else the corpus's; the
        only bearer of it of the right sex, or one named far more often than the others.
        A peer's title name (``peer``) stands beyond its article only for the bearer an
        article that uses it names."""
        s = _surname(bare)
        local = [k for k in self.local_people.get((sid, s), ()) if _agrees(self.sex.get(k), sex)]
        wider = self.peers.get(s, ()) if peer else self.people.get(s, ())
        pool = local if local_only else local or [k for k in wider if _agrees(self.sex.get(k), sex)]
        if (
            not pool and sex and s not in self.people
        ):  # "Mr Ban", no one's surname: a family name written first
            pool = [k for k in self.family_first.get(s, ()) if _agrees(self.sex.get(k), sex)]
        if len(pool) <= 1:
            return pool[0] if pool else None
        here = sorted(pool, key=lambda k: (-self.local_count[(sid, k)], k))
        if (
            local
            and self.local_count[(sid, here[0])]
            >= LOCALLY_DOMINANT * self.local_count[(sid, here[1])]
        ):
            return here[0]  # the Jackson this article names most
        known = sorted(pool, key=lambda k: (-self.count[k], k))
        if self.count[known[0]] >= DOMINANT * self.count[known[1]]:
            return known[0]  # the Jackson the corpus names most
        return None

    def shortened(self, sid: str, name: str) -> str | None:
        """The body of this article whose name is ``name`` and a head word ("Du Pont" ->
        "Du Pont Co"); not one it merely begins ("Exxon Valdez Oil Spill Commission")."""
        k = fold(name)
        found = [
            o
            for o in self.org_names.get(sid, ())
            if o.startswith(k + " ") and " " not in o[len(k) + 1 :]
        ]
        return found[0] if len(found) == 1 else None

    def org(self, sid: str, acronym: str) -> str | None:
        a = acronym.rstrip("s") if acronym.endswith("s") and acronym[:-1].isupper() else acronym
        for pool in (self.local_orgs.get((sid, a)), self.orgs.get(a)):
            if pool and len(pool) == 1:
                return next(iter(pool))
        return None


#: what follows a company's name without changing the company: "BP Plc", "Exxon Corp.", "BP's board"
_SUFFIX = re.compile(r"(?:\s+(?:plc|inc|ltd|corp|co|llc|group|holdings|board))+\.?$")


def _org_key(name: str) -> str:
    k = fold(name)
    k = re.sub(r"^the\s+", "", k)
    first = name.split()[0] if name.split() else ""
    if " " in k and len(first) >= 2 and first.isupper() and _SUFFIX.search(k):
        k = _SUFFIX.sub("", k)  # "BP Plc", "BP Board": the body known by its initials, BP
    elif len(k.split()) > 2:
        k = re.sub(r"\s+(?:plc|inc|ltd|corp|co|llc)\.?$", "", k)  # "Du Pont Co Inc"
    return fold(PARTIES.get(k, k))


def _key(sid: str, n: Name, text: str, idx: _Index) -> tuple[str, str] | None:
    """(key, kind) of the actor a name stands for, or None when it names no actor."""
    bare = n.bare
    k = fold(bare)
    if n.cue == "setting":
        return None  # a city or a region named as where: a place, but no actor
    kind = n.kind or idx.kind.get(k)
    if n.cue in ("speaks", "given name", "") and kind != PLACE and len(bare.split()) >= 2:
        whole = idx.shortened(sid, bare)
        if whole:
            return "org:" + whole, ORG
    if kind == PLACE:
        return "place:" + fold(
            COUNTRY_OF.get(k) or COUNTRY_OF.get(fold(bare.removeprefix("the "))) or bare
        ), PLACE
    if kind == ORG:
        key = _org_key(bare)  # "Labour", "Labour Party" and "the Labour Party" are one party
        return "org:" + (key.removesuffix(" party") if len(key.split()) == 2 else key), ORG
    if n.cue == "acronym":
        if text[max(0, n.start - 1) : n.start] == "(":
            return None  # handled by _bracketed: it follows the name it abbreviates
        org = idx.org(sid, bare)
        if org:
            return "org:" + org, ORG
        # "BP said", "NATO jets": a body known only by its initials, when it acts or the corpus keeps naming it
        if _ACTS.match(text, n.end) or idx.acronyms[bare] >= ACRONYM_BODY:
            return "org:" + fold(bare), ORG
        return None
    if kind == PERSON or (kind is None and len(bare.split()) == 1):
        if len(bare.split()) >= 2:
            return "person:" + k, PERSON
        if not n.honorific and country_of(bare) is not None:
            return None  # "Haitian", "British": a people's word, not a surname
        sex = gender(n)
        # "Michael" alone is Alun Michael only where his article names him; elsewhere a given name
        full = idx.person(
            sid,
            bare,
            sex,
            local_only=sex is None and k in GIVEN_NAMES,
            peer=n.honorific and n.text.split()[0] in PEERAGE,
        )
        if full:
            return "person:" + full, PERSON
        if sex:  # "Mrs Jackson" of no known woman: herself, apart from the Jacksons
            return f"person:{'mrs' if sex == 'f' else 'mr'} {k}", PERSON
        return ("person:" + k, PERSON) if kind == PERSON else None
    return None


def _bracketed(sid: str, found: list[Name], text: str, keyed: dict[int, str]) -> dict[int, str]:
    """An acronym in brackets right after a body's name is that body's alias."""
    out = {}
    for i, n in enumerate(found):
        if n.cue != "acronym" or i == 0 or text[max(0, n.start - 1) : n.start] != "(":
            continue
        prev = found[i - 1]
        if (
            i - 1 in keyed
            and keyed[i - 1].startswith("org:")
            and not text[prev.end : n.start - 1].strip()
        ):
            if initials(prev.bare) == n.bare.rstrip("s") or n.bare[0] == prev.bare[0]:
                out[i] = keyed[i - 1]
    return out


def resolve(
    named: dict[str, list[Name]], texts: dict[str, str], body: dict[str, list[tuple[int, int]]]
) -> list[Cluster]:
    """Actors of the corpus, each with every mention of it. ``named`` maps a source id
    to the names found in its story text; ``body`` to its story spans."""
    idx = _Index(named, texts)
    clusters: dict[str, Cluster] = {}

    def add(key: str, kind: str, sid: str, start: int, end: int, form: bool = True) -> None:
        c = clusters.setdefault(key, Cluster(key, kind))
        text = texts[sid][start:end]
        c.mentions.append(Mention(sid, start, end, text))
        if form:
            c.forms[text] += 1

    acr_orgs: dict[str, str] = {}
    for sid in sorted(named):
        found, text = named[sid], texts[sid]
        keyed = {}
        for i, n in enumerate(found):
            k = _key(sid, n, text, idx)
            if k:
                keyed[i] = k[0]
                add(k[0], k[1], sid, n.start, n.end)
        for i, key in _bracketed(sid, found, text, keyed).items():
            acr_orgs[found[i].bare] = key
            add(key, ORG, sid, found[i].start, found[i].end)
    # an acronym defined in one article stands for the same body in the others
    for sid in sorted(named):
        for n in named[sid]:
            if (
                n.cue == "acronym"
                and n.bare in acr_orgs
                and _key(sid, n, texts[sid], idx) is None
                and texts[sid][max(0, n.start - 1) : n.start] != "("
            ):
                add(acr_orgs[n.bare], ORG, sid, n.start, n.end)
    _lower_case_bodies(clusters, texts, body, add)
    _spellings(clusters)
    _first_names_of_full_ones(clusters)
    _middle_names(clusters)
    for c in clusters.values():
        c.mentions.sort(key=lambda m: (m.source, m.start))
        if c.kind == PLACE:
            c.reference = COUNTRY_OF.get(c.key.split(":", 1)[1])
    return [c for c in clusters.values() if c.mentions]


def _lower_case_bodies(
    clusters: dict[str, Cluster], texts: dict[str, str], body: dict[str, list[tuple[int, int]]], add
) -> None:
    """Find bodies again where a source writes their name in lower case."""
    owner: dict[str, str] = {}
    for c in clusters.values():
        if c.kind == ORG:
            for form in c.forms:  # a body's name, as its head word shows: "swine flu" is no body
                if len(form.split()) >= 2 and (
                    form.split()[-1] in ORG_HEADS or form.split()[-1] in BODY_WORDS
                ):
                    owner.setdefault(" ".join(fold(form).split()), c.key)
                    # a county's office is named with or without the county: "the Los Angeles coroner"
                    if " County " in form:
                        owner.setdefault(
                            " ".join(fold(form.replace(" County ", " ")).split()), c.key
                        )
    if not owner:
        return
    # each name is found from its last word, which str.find locates fast, then matched in full
    by_last: dict[str, list[str]] = defaultdict(list)
    for f in sorted(owner, key=len, reverse=True):
        by_last[f.split()[-1]].append(f)
    patterns = {
        last: re.compile(
            r"(?<![\w-])(?:"
            + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in fs)
            + r")(?![\w-])",
            re.I,
        )
        for last, fs in by_last.items()
    }
    reach = {last: 2 * max(len(f) for f in fs) for last, fs in by_last.items()}
    covered: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for c in clusters.values():
        for m in c.mentions:
            covered[m.source].append((m.start, m.end))
    for sid in sorted(texts):
        text = texts[sid]
        lowered = text.lower()
        if len(lowered) != len(text):  # a letter whose lower case is longer: offsets would drift
            lowered = None
        taken = _Taken(covered[sid])
        for lo, hi in body[sid]:
            found = []
            for last, pattern in patterns.items():
                if lowered is None:
                    found.extend(pattern.finditer(text, lo, hi))
                    continue
                at = lowered.find(last, lo, hi)
                while at >= 0:
                    m = pattern.search(
                        text, max(lo, at + len(last) - reach[last]), min(hi, at + len(last) + 1)
                    )
                    while m and m.end() < at + len(last):
                        m = pattern.search(text, m.start() + 1, min(hi, at + len(last) + 1))
                    if m and m.end() == at + len(last):
                        found.append(m)
                    at = lowered.find(last, at + len(last), hi)
            end = lo
            for m in sorted(found, key=lambda m: (m.start(), -m.end())):
                if m.start() < end or taken.overlaps(m.start(), m.end()):
                    continue
                key = owner.get(" ".join(fold(m.group()).split()))
                if key:
                    add(key, ORG, sid, m.start(), m.end(), form=False)
                    end = m.end()


class _Taken:
    """The spans a source's names already cover, asked whether a span overlaps any of
    them by binary search (a long article names thousands of things)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach = list(
            itertools.accumulate((b for _, b in spans), max)
        )  # the furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # the spans that begin before ``end``
        return i > 0 and self.reach[i - 1] > start


def _first_names_of_full_ones(clusters: dict[str, Cluster]) -> None:
    """ "Juan Miguel" is the "Juan Miguel Gonzalez" of the same article when he is the only
    person whose name it begins (or one named far more often than the others); so is a
    lone given name ("Saddam" of "Saddam Hussein") that is nobody's surname."""
    people = {k: c for k, c in clusters.items() if c.kind == PERSON}
    starting: dict[tuple[str, ...], list[str]] = {}  # the first words of a name -> the names
    for k in people:
        words = k.split(":", 1)[1].split()
        for n in range(1, len(words) + 1):
            starting.setdefault(tuple(words[:n]), []).append(k)
    surnames = {k.split()[-1] for k in people if len(k.split()) >= 2}
    for key, c in sorted(people.items()):
        words = key.split(":", 1)[1].split()
        if len(words) < 2 and (
            words[0] in surnames and words[0] not in GIVEN_NAMES or not _first_name(c)
        ):
            continue
        longer = sorted(
            (k for k in starting.get(tuple(words), ()) if k != key),
            key=lambda k: (-len(clusters[k].mentions), k),
        )
        if (
            not longer
            or len(longer) > 1
            and len(clusters[longer[0]].mentions) < DOMINANT * len(clusters[longer[1]].mentions)
        ):
            continue
        full = clusters[longer[0]]
        if not {m.source for m in c.mentions} & {m.source for m in full.mentions}:
            continue
        full.mentions += c.mentions
        full.forms.update(c.forms)
        del clusters[key]


def skeleton(name: str) -> str:
    """What two spellings of one name share: "Gaddafi", "Gadhafi" and "Qaddafi" -> "kdf",
    "Organisation" and "Organization" -> "orknstn" (the consonants, with the letters
    transliterations and spelling habits swap folded together)."""
    out = []
    for w in fold(name).replace("-", " ").split():
        if w in ("al", "el"):  # "Bashar al-Assad" is "Bashar Assad"
            continue
        w = re.sub(
            r"(?<=[^aeiou])h", "", re.sub(r"[gqck]", "k", w.replace("ph", "f").replace("z", "s"))
        )
        w = re.sub(r"(.)\1+", r"\1", w)
        # a final vowel stays: "Michelle" is not "Michael"
        out.append(w[:1] + re.sub(r"[aeiouy]", "", w[1:-1]) + w[-1:] if len(w) > 1 else w)
    return " ".join(w for w in out if w)


def _spellings(clusters: dict[str, Cluster]) -> None:
    """Two spellings of one person or body ("Muammar Gaddafi" / "Moammar Gadhafi", "World
    Health Organisation" / "Organization") are one actor, named as most sources write it."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, c in clusters.items():
        name = key.split(":", 1)[1]
        if c.kind in (PERSON, ORG) and len(name.split()) >= 2:
            groups[(c.kind, skeleton(name))].append(key)
    for keys in groups.values():
        if len(keys) < 2:
            continue
        keep = max(keys, key=lambda k: (len({m.source for m in clusters[k].mentions}), k))
        for k in keys:
            if k != keep:
                clusters[keep].mentions += clusters[k].mentions
                clusters[keep].forms.update(clusters[k].forms)
                del clusters[k]


def _first_name(c: Cluster) -> bool:
    """A one-word person news calls by the given name ("Saddam", "Bashar"), never with an
    honorific (which goes with a surname: "Mr Saddam" is not said)."""
    return not any(m.text.split()[0] in MALE_HONORIFICS | FEMALE_HONORIFICS for m in c.mentions)


def _middle_names(clusters: dict[str, Cluster]) -> None:
    """ "James Kopp", "James C. Kopp", "James Charles Kopp" and "Jim Kopp" are one person
    when no other James Kopp's middle name contradicts theirs."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, c in clusters.items():
        words = key.split(":", 1)[1].split()
        if c.kind == PERSON and len(words) >= 2:  # "Ed" and "Edward" are one given name
            groups[(NICKNAMES.get(words[0], words[0]), words[-1])].append(key)
    for keys in groups.values():
        if len(keys) < 2:
            continue
        middles = [k.split(":", 1)[1].split()[1:-1] for k in keys]
        full = [m for m in middles if m]
        if any(not _same_middle(a, b) for a in full for b in full):
            continue
        keep = max(keys, key=lambda k: (len(k.split()), len(k), k))
        for k in keys:
            if k != keep:
                clusters[keep].mentions += clusters[k].mentions
                clusters[keep].forms.update(clusters[k].forms)
                del clusters[k]


def _same_middle(a: list[str], b: list[str]) -> bool:
    """ "c." and "charles" agree; "c." and "d." do not."""
    if len(a) != len(b):
        return False
    return all(
        x.rstrip(".") == y.rstrip(".")
        or (x.endswith(".") or len(x) == 1)
        and y.startswith(x.rstrip("."))
        or (y.endswith(".") or len(y) == 1)
        and x.startswith(y.rstrip("."))
        for x, y in zip(a, b)
    )
