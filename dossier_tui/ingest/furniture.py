"""Page furniture: the parts of a saved web page that are not the story.

Radio banners, "Listen to this article", related-article links, agency credits, author
bios and slogans carry names and dates that have nothing to do with the story ("Tonight
with Andrew Marr 6pm - 7pm", "Creating new perspectives since 2009"). They are found
line by line and returned as spans; the text itself is never changed.

Kinds: banner, audio, link, source-link, byline, bio, slogan, credit, section, headline,
heading (a subheading inside the article: not a sentence of the story, not noise either).
Furniture that cue words give away inside a line (comment sections, tweets, galleries,
programme listings, media notices, share bars, blurbs, footers) is found by ``cues``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier_tui.ingest import cues
from dossier_tui.model import Furniture

_LINE_RE = re.compile(r"[^\r\n]+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$|[\"”’]$")
_TIME_RANGE = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?\s*[-–—]\s*\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b", re.I
)
_AUDIO = re.compile(
    r"^(?:listen to (?:this|the) (?:article|story)|loading audio\.*|play audio|"
    r"listen(?: now)?|\d+\s*min(?:ute)?s? (?:read|listen)|audio|now playing)\W*$",
    re.I,
)
_LINK = re.compile(
    r"^(?:read(?: more| also| next)?|related(?: articles?| stories| content)?|see also|"
    r"watch(?: more)?|more on this(?: story)?|also read|recommended|most read)\s*[:|>»-]\s*\S",
    re.I,
)
_NAME_COLON_HEADLINE = re.compile(r"^[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}: \S")
_SOURCE_LINK = re.compile(
    r"^(?:source link|source|original article|view original|read the original)\W*$", re.I
)
_AGENCY = re.compile(
    r"^(?:(?:with|additional reporting (?:by|from)|reporting by|by)\s+)?(?:the\s+)?"
    r"(?:PA Media|PA|Press Association|Associated Press|AP|AFP|Agence France-Presse|Reuters|"
    r"Bloomberg|Getty Images|EPA|Anadolu(?: Agency)?|dpa)\.?$",
    re.I,
)
_BYLINE = re.compile(
    r"^(?:by|words by|written by)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})*\s*$",
    re.I,
)
_PERSON = re.compile(r"^[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: [A-Z][a-z'’-]+){1,2}$")
_BIO = re.compile(
    r"\b(?:is|was)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:journalist|reporter|writer|"
    r"correspondent|editor|columnist|contributor|freelancer|student|author|presenter)\b",
    re.I,
)
_CREDIT = re.compile(
    r"\[[^\]\n]{3,120}\]\s*$|\((?:photo|image|picture|credit)[^)\n]{0,100}\)\s*$", re.I
)
_CREDIT_WORDS = re.compile(
    r"getty|images|photo|picture|credit|reuters|afp|\bap\b|\bpa\b|shutterstock|alamy|"
    r"/|via\b|epa|anadolu",
    re.I,
)
_PHOTO_LINE = re.compile(r"^(?:photo|image|picture|photograph|credit)s?\s*:", re.I)
#: a line this long is a paragraph, or a whole page that lost its line breaks: never one
#: piece of furniture as a whole (cue words inside it are ``cues``' business)
_LONG_LINE = 80


@dataclass
class _Line:
    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def is_sentence(self) -> bool:
        """Looks like running prose: several words ending like a sentence."""
        return self.words >= 5 and bool(_SENTENCE_END.search(self.text))


def _lines(text: str, start: int) -> list[_Line]:
    out = []
    for m in _LINE_RE.finditer(text, start):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        out.append(_Line(m.start() + lead, m.start() + lead + len(stripped), stripped))
    return out


def _title_case(line: _Line) -> bool:
    words = re.findall(r"[A-Za-z][\w'’-]*", line.text)
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.75


def detect(
    text: str, body_start: int = 0, dateline: tuple[int, int] | None = None
) -> tuple[list[Furniture], str | None]:
    """Furniture spans (sorted) and the article's headline, if it has one."""
    lines = _lines(text, body_start)
    found: dict[int, Furniture] = {}
    marked: set[int] = set()  # lines (by start) that hold furniture
    headline: str | None = None

    def mark(line: _Line, kind: str, start: int | None = None) -> None:
        if start is None and line.words > _LONG_LINE:
            return
        s = line.start if start is None else start
        found[s] = Furniture(s, line.end, kind)
        marked.add(line.start)

    # everything before the first paragraph of prose is the page's head
    first_prose = next(
        (
            i
            for i, ln in enumerate(lines)
            if ln.is_sentence
            and not (dateline and ln.start <= dateline[0] < ln.end and ln.words < 14)
        ),
        len(lines),
    )
    head = lines[:first_prose]
    # 1. lines anywhere that are clearly not the story
    for ln in lines:
        t = ln.text
        if dateline and ln.start <= dateline[0] < ln.end:
            continue
        if _AUDIO.match(t):
            mark(ln, "audio")
        elif _SOURCE_LINK.match(t):
            mark(ln, "source-link")
        elif _LINK.match(t):
            mark(ln, "link")
        elif _TIME_RANGE.search(t) and ln.words <= 12 and not ln.is_sentence:
            mark(ln, "banner")
        elif _AGENCY.match(t) or _BYLINE.match(t):
            mark(ln, "byline")
        elif _PHOTO_LINE.match(t):
            mark(ln, "credit")
        else:
            c = _CREDIT.search(t)
            if c and _CREDIT_WORDS.search(c.group()):
                mark(ln, "credit", ln.start + c.start())
    # 2. the page head: section labels, slogan, headline, byline
    candidates = [
        ln
        for ln in head
        if ln.start not in marked and not (dateline and ln.start <= dateline[0] < ln.end)
    ]
    titles = [ln for ln in candidates if ln.words <= 25 and not ln.text.endswith((".", "?", "!"))]
    if titles:
        top = max(titles, key=lambda ln: (ln.words, -ln.start))
        if top.words >= 4:
            headline = re.sub(r"\s+\|\s+[^|]{1,40}$", "", top.text)
            mark(top, "headline")
            for ln in candidates:
                if ln is top:
                    continue
                if ln.words <= 3 and not _SENTENCE_END.search(ln.text):
                    mark(ln, "section" if not _PERSON.match(ln.text) else "byline")
                elif ln.start < top.start and not ln.is_sentence:
                    mark(ln, "slogan")
                # a standfirst after the headline is part of the story
    # 3. the tail: an author's name on its own line, then their bio
    for i, ln in enumerate(lines):
        if ln.start in marked or i < first_prose:
            continue
        if _PERSON.match(ln.text) and i >= len(lines) - 3:
            mark(ln, "byline")
            name = ln.text.split()[0]
            for nxt in lines[i + 1 :]:
                if nxt.text.startswith(name) and _BIO.search(nxt.text):
                    mark(nxt, "bio")
        elif (
            i >= len(lines) - 2
            and _BIO.search(ln.text)
            and _PERSON.match(" ".join(ln.text.split()[:2]))
        ):
            mark(ln, "bio")
        elif (
            _NAME_COLON_HEADLINE.match(ln.text)
            and not _SENTENCE_END.search(ln.text)
            and ln.words <= 14
        ):
            mark(ln, "link")  # "Shelagh Fogarty: Rishi Sunak should sack Lee Anderson"
        elif (
            _title_case(ln)
            and ln.words <= 16
            and not _SENTENCE_END.search(ln.text)
            and not ln.text.endswith(":")
        ):
            mark(ln, "heading")
    inline = [
        f
        for f in cues.find(text, body_start)
        if not (dateline and f.start < dateline[1] and dateline[0] < f.end)
    ]
    return sorted([*found.values(), *inline], key=lambda f: (f.start, f.end)), headline
