"""General language resources of English news, kept as data files a reader can review.

- ``countries.tsv``: every country and territory of ISO 3166 (plus Kosovo and the nations of
  the UK) with the name news uses, its official name, other names and demonyms.
- ``news_words.tsv``: families of words that name the same kind of happening in news copy
  ("deal", "pact", "accord"; "quake", "tremor").
- ``furniture_cues.tsv``: the cue words that give page furniture away, with their patterns
  (read by ``dossier_tui.ingest.cue_table``).
- ``places.tsv``: the other places news names: large cities and capitals, US states,
  continents and world regions (from GeoNames; see ``tools/places_from_geonames.py``).
- ``words/*.txt``: word lists of English news (honorifics, title words, speech verbs, ...),
  one word or phrase a line, read by :func:`word_list`.

Each file is read once, on first use. A malformed line raises :class:`ResourceError`
naming the file and the line.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources as _files

__all__ = [
    "Country",
    "ResourceError",
    "countries",
    "country",
    "country_of",
    "find_country",
    "families",
    "fold",
    "parse_countries",
    "parse_places",
    "parse_word_families",
    "place_kind",
    "places",
    "word_families",
    "word_list",
]

COUNTRIES_FILE = "countries.tsv"
WORDS_FILE = "news_words.tsv"
PLACES_FILE = "places.tsv"

_COUNTRY_COLUMNS = ("code", "name", "official_name", "aliases", "demonyms", "ambiguous")
_WORD_COLUMNS = ("reference", "variants", "note")
_PLACE_COLUMNS = ("name", "kind", "country")
_PLACE_KINDS = frozenset({"city", "state", "continent", "region"})
_CODE = re.compile(r"[A-Z]{2}(-[A-Z]{3})?")
_WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*")


class ResourceError(ValueError):
    """A resource file that cannot be read: ``file:line: problem``."""

    def __init__(self, source: str, line: int, problem: str):
        super().__init__(f"{source}:{line}: {problem}")
        self.source, self.line, self.problem = source, line, problem


@dataclass(frozen=True)
class Country:
    """A country as news names it. ``ambiguous`` holds those of its forms that are also
    common words or names ("Chad", "Jordan", "Turkey", "US" once case is ignored)."""

    code: str
    name: str
    official_name: str = ""
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The reference name, the official name and the aliases, in that order, once each."""
        return _unique((self.name, self.official_name, *self.aliases))

    @property
    def forms(self) -> tuple[str, ...]:
        """Every name and demonym of the country."""
        return _unique((*self.names, *self.demonyms))


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """The lookup key of a word: case, accents, curly apostrophes and extra spaces folded away
    ("Côte d’Ivoire" -> "cote d'ivoire")."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("\u2018", "'"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


def _unique(forms) -> tuple[str, ...]:
    seen, out = set(), []
    for f in forms:
        if f and fold(f) not in seen:
            seen.add(fold(f))
            out.append(f)
    return tuple(out)


def _rows(text: str, source: str, columns: tuple[str, ...], required: int):
    """(line number, cells) of each data row, after the comments and the header line."""
    header_seen = False
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if tuple(cells) != columns:
                raise ResourceError(source, number, "the header must be " + "<TAB>".join(columns))
            header_seen = True
            continue
        if not required <= len(cells) <= len(columns):
            raise ResourceError(
                source, number, f"expected {len(columns)} tab-separated columns, found {len(cells)}"
            )
        yield number, [c.strip() for c in cells] + [""] * (len(columns) - len(cells))
    if not header_seen:
        raise ResourceError(source, 1, "no header line")


def _list(cell: str) -> tuple[str, ...]:
    return tuple(f.strip() for f in cell.split(";") if f.strip())


def parse_countries(text: str, source: str = COUNTRIES_FILE) -> list[Country]:
    """The countries of a ``countries.tsv`` text; raises :class:`ResourceError`."""
    out: list[Country] = []
    codes: set[str] = set()
    owner: dict[str, str] = {}
    for number, (code, name, official, aliases, demonyms, ambiguous) in _rows(
        text, source, _COUNTRY_COLUMNS, len(_COUNTRY_COLUMNS)
    ):
        if not _CODE.fullmatch(code):
            raise ResourceError(
                source, number, f"bad code {code!r} (ISO 3166 alpha-2, or e.g. GB-ENG)"
            )
        if code in codes:
            raise ResourceError(source, number, f"code {code} appears twice")
        if not name:
            raise ResourceError(source, number, f"{code} has no name")
        c = Country(code, name, official, _list(aliases), _list(demonyms), _list(ambiguous))
        keys = {fold(f) for f in c.forms}
        for f in c.ambiguous:
            if fold(f) not in keys:
                raise ResourceError(
                    source, number, f"ambiguous form {f!r} is none of {code}'s forms"
                )
        for f in c.forms:
            other = owner.setdefault(fold(f), code)
            if other != code:
                raise ResourceError(source, number, f"{f!r} names both {other} and {code}")
        codes.add(code)
        out.append(c)
    return out


def parse_word_families(text: str, source: str = WORDS_FILE) -> dict[str, tuple[str, ...]]:
    """Reference term -> its variants (the term first) of a ``news_words.tsv`` text;
    raises :class:`ResourceError`."""
    out: dict[str, tuple[str, ...]] = {}
    owner: dict[str, str] = {}
    for number, (reference, variants, _note) in _rows(text, source, _WORD_COLUMNS, 2):
        words = [reference, *variants.split()]
        for w in words:
            if not _WORD.fullmatch(w):
                raise ResourceError(source, number, f"{w!r} is not a single lower-case word")
        if reference in out:
            raise ResourceError(source, number, f"family {reference!r} appears twice")
        for w in words:
            other = owner.setdefault(w, reference)
            if other != reference:
                raise ResourceError(
                    source, number, f"{w!r} is in both families {other!r} and {reference!r}"
                )
        out[reference] = tuple(dict.fromkeys(words))
    return out


def parse_places(text: str, source: str = PLACES_FILE) -> dict[str, str]:
    """Folded place name -> its kind (city, state, continent, region) of a ``places.tsv``
    text; raises :class:`ResourceError`."""
    out: dict[str, str] = {}
    for number, (name, kind, country_code) in _rows(text, source, _PLACE_COLUMNS, 2):
        if not name:
            raise ResourceError(source, number, "a place needs a name")
        if kind not in _PLACE_KINDS:
            raise ResourceError(
                source, number, f"kind {kind!r} is none of {', '.join(sorted(_PLACE_KINDS))}"
            )
        if country_code and not _CODE.fullmatch(country_code):
            raise ResourceError(source, number, f"bad country code {country_code!r}")
        if fold(name) in out:
            raise ResourceError(source, number, f"{name!r} appears twice")
        out[fold(name)] = kind
    return out


def _read(name: str) -> str:
    return _files.files(__name__).joinpath(name).read_text(encoding="utf-8")


@functools.cache
def _countries() -> tuple[tuple[Country, ...], dict[str, Country], dict[str, Country]]:
    found = tuple(parse_countries(_read(COUNTRIES_FILE)))
    by_code = {c.code: c for c in found}
    by_form = {fold(f): c for c in found for f in c.forms}
    return found, by_code, by_form


@functools.cache
def _families() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    found = parse_word_families(_read(WORDS_FILE))
    return found, {w: ref for ref, words in found.items() for w in words}


def countries() -> list[Country]:
    """Every country of ``countries.tsv``, in the file's order."""
    return list(_countries()[0])


def country(code: str) -> Country:
    """The country of an ISO 3166 code ("GB", "TR", "GB-SCT"); KeyError if there is none."""
    return _countries()[1][code.upper()]


def find_country(word: str, *, allow_ambiguous: bool = True) -> Country | None:
    """The country that ``word`` names: any name, alias or demonym, of one or more words,
    in any case and with or without accents or a leading "the" ("the Netherlands").
    With ``allow_ambiguous=False`` forms that are also common words or names give None."""
    by_form = _countries()[2]
    key = fold(word)
    if key not in by_form and key.startswith("the "):
        key = key[4:]
    c = by_form.get(key)
    if c is None or not allow_ambiguous and key in {fold(f) for f in c.ambiguous}:
        return None
    return c


def country_of(word: str, *, allow_ambiguous: bool = True) -> str | None:
    """The reference name of the country ``word`` names ("Britons" -> "United Kingdom",
    "Côte d'Ivoire" -> "Ivory Coast"), or None. See :func:`find_country`."""
    c = find_country(word, allow_ambiguous=allow_ambiguous)
    return c.name if c else None


@functools.cache
def _places() -> dict[str, str]:
    return parse_places(_read(PLACES_FILE))


def places() -> dict[str, str]:
    """Folded name -> kind of every place of ``places.tsv`` (countries are apart)."""
    return dict(_places())


def place_kind(name: str) -> str | None:
    """ "city", "state", "continent" or "region" for a place ``name`` names ("Los Angeles",
    "the Middle East"), else None. Countries are :func:`find_country`'s."""
    key = fold(name)
    found = _places()
    return found.get(key) or (found.get(key[4:]) if key.startswith("the ") else None)


def families() -> dict[str, tuple[str, ...]]:
    """Reference term -> its variants, the term first, for the news vocabulary."""
    return dict(_families()[0])


def word_families() -> dict[str, str]:
    """Lower-case variant -> reference term, for the news vocabulary ("pact" -> "agreement")."""
    return dict(_families()[1])


@functools.cache
def word_list(name: str) -> tuple[str, ...]:
    """The words of ``words/<name>.txt``, in the file's order: one word or phrase a line,
    blank lines and ``#`` comments skipped."""
    text = _read(f"words/{name}.txt")
    return tuple(w for line in text.splitlines() if (w := line.strip()) and not w.startswith("#"))
