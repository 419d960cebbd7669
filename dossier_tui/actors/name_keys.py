"""The key of each name: which person, body or country a name stands for.

A person is keyed by the full name the corpus knows for it ("Mr Lee" is the Ann Lee of the
same article, else the only Lee of the corpus), a body by its name or its initials, a
country by its reference name; the words after a name and the pronouns that follow it
tell a body from a person and a man from a woman.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from dossier_tui.actors.name_kinds import ORG, PERSON, PLACE
from dossier_tui.actors.names import Name
from dossier_tui.lexicon import fold
from dossier_tui.lexicon.name_words import (
    COUNTRY_OF,
    FEMALE_HONORIFICS,
    FEMALE_NAMES,
    GIVEN_NAMES,
    MALE_HONORIFICS,
    PARTIES,
)
from dossier_tui.lexicon.speech import SAY_TELL
from dossier_tui.resources import country_of

#: the country a word names, asked once per word: names recur
_country_of = lru_cache(maxsize=1 << 14)(country_of)

#: honorifics of a peerage: "Lord Goldsmith" names a title, not any Goldsmith
PEERAGE = frozenset("Lord Lady".split())
_SKIP_INITIALS = frozenset(
    {"of", "for", "and", "the", "de", "van", "von", "al", "la", "le", "&"}
    | {"plc", "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "llc"}  # a company's legal form
)


@lru_cache(maxsize=1 << 14)  # a corpus names its bodies again and again
def initials(name: str) -> str:
    """ "National Crime Agency" -> "NCA"; small words and a company's legal form are
    skipped, a word that is itself initials keeps them all ("US Navy" -> "USN", never
    "UN"), and a word of words gives each its capital ("GlaxoSmithKline Plc" -> "GSK")."""
    return "".join(
        w if len(w) > 1 and w.isupper() else _CAMEL.sub("", w) if _CAMEL_WORD.fullmatch(w) else w[0]
        for w in _WORDS_OF_NAME.split(name)
        if w and fold(w) not in _SKIP_INITIALS
    ).upper()


#: "GlaxoSmithKline", "ExxonMobil": words run together, each with its capital
_CAMEL_WORD = re.compile(r"(?:[A-Z][a-z]{2,}){2,}")
_CAMEL = re.compile(r"[a-z]+")


_WORDS_OF_NAME = re.compile(r"[\s\-]+")


@lru_cache(maxsize=1 << 14)  # a corpus names its people again and again
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
#: what a body does right after its initials: speaks, acts, or names a thing of its own ("NATO
#: jets")
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


class NameIndex:
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
        # family name first ("Ban Ki-moon", "Mr Ban"): full names by a first word that is no given
        # name
        self.family_first: dict[str, set[str]] = defaultdict(set)
        self.orgs: dict[str, set[str]] = defaultdict(set)  # initials -> org keys
        self.local_orgs: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.org_names: dict[str, set[str]] = defaultdict(set)
        for sid, found in named.items():
            for i, n in enumerate(found):
                bare = n.bare
                words = bare.split()
                k = fold(bare)
                kind = self.kind.get(k)
                if kind == PERSON and len(words) >= 2:
                    surname = _surname(bare)
                    self.people[surname].add(k)
                    self.local_people[(sid, surname)].add(k)
                    self.count[k] += 1
                    self.local_count[(sid, k)] += 1
                    first = fold(words[0])
                    sex = gender(n) or (
                        "f" if first in FEMALE_NAMES else "m" if first in GIVEN_NAMES else None
                    )
                    if sex:
                        sexes[k][sex] += 2  # said outright outweighs a pronoun
                    pronoun = _pronoun_sex(texts[sid], found, i)
                    if pronoun:
                        sexes[k][pronoun] += 1
                    if first not in GIVEN_NAMES and len(words) == 2:
                        self.family_first[first].add(k)
                if kind == ORG and len(words) >= 2:
                    key = _org_key(bare)
                    self.org_names[sid].add(key)
                    first, _, rest = bare.partition(" ")
                    # "US Centers for Disease Control" is the CDC too
                    for name in (
                        (bare, rest) if fold(first) in COUNTRY_OF and " " in rest else (bare,)
                    ):
                        self.orgs[initials(name)].add(key)
                        self.local_orgs[(sid, initials(name))].add(key)
        #: in how many sources each body is named in full, and each set of initials
        #: written as a word is written
        self._named_in = {
            (sid, _body_form(key)) for sid, keys in self.org_names.items() for key in keys
        }
        self.named_in = Counter(form for _, form in self._named_in)
        self.spelled_in = Counter(
            bare
            for found in named.values()
            for bare in {n.bare for n in found if n.cue == "spelled"}
        )
        #: each article's bodies by their name without its last word, for ``shortened``
        self._org_heads: dict[str, dict[str, list[str]]] = {}

        self.sex = {k: c.most_common(1)[0][0] for k, c in sexes.items()}
        # "Lord Goldsmith" is a peer's title name: the Goldsmith an article that uses it names in
        # full
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
        heads = self._org_heads.get(sid)
        if heads is None:
            heads = self._org_heads[sid] = defaultdict(list)
            for o in self.org_names.get(sid, ()):
                if " " in o:
                    heads[o.rpartition(" ")[0]].append(o)
        found = heads.get(fold(name), ())
        return found[0] if len(found) == 1 else None

    def spelled(self, sid: str, initials: str, text: str, at: int) -> str | None:
        """The body that initials the corpus also writes as a word ("WHO", "BBC") stand
        for: the one this article names in full, else the corpus's, when it names that
        body in full in at least a quarter as many sources as write the initials ("BBC"
        in 36 articles is not the "Big Blog Company" one names)."""
        if text[max(0, at - 1) : at] == "(":
            return None  # the name before it decides (``bracketed``)
        org = self.org(sid, initials)
        if org is None or (sid, form := _body_form(org)) in self._named_in:
            return org
        return org if SPELLED_SHARE * self.spelled_in[initials] <= self.named_in[form] else None

    def org(self, sid: str, acronym: str) -> str | None:
        a = acronym.rstrip("s") if acronym.endswith("s") and acronym[:-1].isupper() else acronym
        for pool in (self.local_orgs.get((sid, a)), self.orgs.get(a)):
            if pool and len(pool := _one_body(pool)) == 1:
                return next(iter(pool))
        return None


def _one_body(keys: set[str]) -> set[str]:
    """Bodies a set of initials may spell, one named with and without its country or
    spelt two ways ("U.S. Centers for Disease Control", "Centres for Disease Control":
    CDC) counted once, under the first name without its country ("US Associated Press"
    is a run-on more often than a name)."""
    forms = {_body_form(k) for k in keys}
    countries = {COUNTRY_OF[k.partition(" ")[0]] for k in keys if k.partition(" ")[0] in COUNTRY_OF}
    if len(keys) < 2 or len(forms) > 1 or len(countries) > 1:
        return keys  # "Korea Centres for Disease Control" is another body
    return {min(keys, key=lambda k: (k.partition(" ")[0] in COUNTRY_OF, k))}


def _body_form(key: str) -> str:
    """A body's name without its country, plurals or British spellings: what two ways of
    writing one body share."""
    words = key.split()
    if len(words) > 1 and words[0] in COUNTRY_OF:
        words = words[1:]
    return body_spelling(" ".join(words))


def body_spelling(name: str) -> str:
    """A body's name with the plurals and the British spellings its writers disagree on
    folded ("Centres for Disease Control", "Center for Disease Control")."""
    words = [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in name.split()]
    return " ".join(re.sub(r"(?<=[^aeiou])re$", "er", w) for w in words)


#: initials written as a word stand for a body named in full in this share of their sources
SPELLED_SHARE = 0.25
#: what follows a company's name without changing the company: "BP Plc", "Exxon Corp.", "BP's board"
_SUFFIX = re.compile(r"(?:\s+(?:plc|inc|ltd|corp|co|llc|group|holdings|board))+\.?$")


_THE = re.compile(r"^the\s+")
_COMPANY = re.compile(r"\s+(?:plc|inc|ltd|corp|co|llc)\.?$")


@lru_cache(maxsize=1 << 14)  # a corpus names its bodies again and again
def _org_key(name: str) -> str:
    k = fold(name)
    k = _THE.sub("", k)
    first = name.split()[0] if name.split() else ""
    if " " in k and len(first) >= 2 and first.isupper() and _SUFFIX.search(k):
        k = _SUFFIX.sub("", k)  # "BP Plc", "BP Board": the body known by its initials, BP
    elif len(k.split()) > 2:
        k = _COMPANY.sub("", k)  # "Du Pont Co Inc"
    return fold(PARTIES.get(k, k))


def key_of(sid: str, n: Name, text: str, idx: NameIndex) -> tuple[str, str] | None:
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
    if kind == ORG and " " not in bare and bare.isupper() and (org := idx.org(sid, bare)):
        return "org:" + org, ORG  # "CDC", known as a body: the body whose initials it is
    if kind == ORG:
        key = _org_key(bare)  # "Labour", "Labour Party" and "the Labour Party" are one party
        return "org:" + (key.removesuffix(" party") if len(key.split()) == 2 else key), ORG
    if n.cue == "spelled":  # "WHO": only the body whose initials it is
        return ("org:" + org, ORG) if (org := idx.spelled(sid, bare, text, n.start)) else None
    if n.cue == "acronym":
        if text[max(0, n.start - 1) : n.start] == "(":
            return None  # handled by _bracketed: it follows the name it abbreviates
        org = idx.org(sid, bare)
        if org:
            return "org:" + org, ORG
        # "BP said", "NATO jets": a body known only by its initials, when it acts or the corpus
        # keeps naming it
        if _ACTS.match(text, n.end) or idx.acronyms[bare] >= ACRONYM_BODY:
            return "org:" + fold(bare), ORG
        return None
    if kind == PERSON or (kind is None and len(bare.split()) == 1):
        if len(bare.split()) >= 2:
            return "person:" + k, PERSON
        if not n.honorific and _country_of(bare) is not None:
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


def bracketed(sid: str, found: list[Name], text: str, keyed: dict[int, str]) -> dict[int, str]:
    """An acronym in brackets right after a body's name is that body's alias."""
    out = {}
    for i, n in enumerate(found):
        if (
            n.cue not in ("acronym", "spelled")
            or i == 0
            or text[max(0, n.start - 1) : n.start] != "("
        ):
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
