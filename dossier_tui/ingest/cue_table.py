"""The cues of page furniture: for each, its kind, how far it reaches (``match``,
``sentence``, ``rest``; see ``cues``), its pattern, and the words one of which any text it
finds contains, so that a text with none of them is not searched for it.
"""

from __future__ import annotations

import re

from dossier_tui.temporal.lexicon import MONTHS, WEEKDAYS, alt


def _c(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


_I = re.I


_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"


_TIME = r"\d{1,2}[:.]\d{2}\s?[ap]\.?m\.?"


_TIME24 = r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?"


DAY = r"\d{1,2}(?:st|nd|rd|th)?"


MONTH = r"(?i:" + alt(MONTHS) + r")"


WEEKDAY = r"(?i:" + alt(WEEKDAYS) + r")"


_ZONE = r"(?:GMT|BST|UTC|UK|CET|CEST|[ECMP][SD]T|ET)"


#: a photograph's agency or picture desk, after the photographer's name
_AGENCY = (
    r"(?:AP|AFP|PA|EPA|Getty(?: Images)?|Reuters|Rex(?: Features)?|Corbis|Alamy|Bloomberg|"
    r"Xinhua|ANSA|dpa|Sipa|Shutterstock|Polaris|WireImage|Camera Press|[A-Z][a-z]+ Press)"
)


_ROLE = r"(?:Presenters?|Producers?|Editors?|Readers?|Directors?|Writers?)"


#: the names a credit lists: "Jo Bloggs, Ann Lee and Tom Hart"
_CREDITED = (
    rf"[A-Z][\w'’.-]*(?:(?: | and |, )(?!{_ROLE}/|(?:The|A|An|In|On|At|This)\b)"
    r"[A-Z][\w'’.-]*){0,6}"
)


#: (kind, reach, pattern)
CUES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    # comment sections: a comment's header ("At 5:49 pm on 05 May 2009, Jo wrote:"), the
    # section's own heading, a comment counter
    (
        "comments",
        "rest",
        _c(
            rf"\b(?:At|On) (?:{_TIME24},? )?(?:on )?{DAY} {MONTH},? \d{{4}}(?:,? (?:at )?{_TIME24})"
            r"?,? "
            r"\S{1,40} wrote:"
        ),
    ),
    ("comments", "rest", _c(r"(?<!\| )\b(?:Reader |Readers' |Your )?[Cc]omments \(\d+\)(?!\s*\|)")),
    ("comments", "rest", _c(r"\b(?:Add|Post|Leave|Submit) (?:your|a) (?:comment|reply)\b", _I)),
    (
        "comments",
        "rest",
        _c(r"\b(?:Showing|Displaying|View all|Read all|See all) \d+ (?:comments|replies)\b", _I),
    ),
    ("comments", "rest", _c(r"\b\d+ (?:comments|replies) so far\b", _I)),
    (
        "comments",
        "rest",
        _c(r"\b(?:Sign|Log) in (?:or register )?to (?:comment|reply|recommend)\b", _I),
    ),
    # a comment's widgets: "Reply | Report abuse | Recommend (3)", "Comments (2) | Permalink"
    (
        "comments",
        "match",
        _c(
            r"(?:\|\s*)?\b(?:Reply|Report abuse|Recommend(?:ed)?(?: \(\d+\))?|Permalink|"
            r"Comments \(\d+\))(?:\s*\|\s*(?:Reply|Report abuse|Recommend(?:ed)?(?: \(\d+\))?|"
            r"Permalink|Comments \(\d+\)|Share|Link))+(?:\s*\|)?"
        ),
    ),
    ("comments", "match", _c(r"\|\s*(?:Reply|Report abuse)\b(?:\s*\|)?")),
    # the moderators' and the site's words about comments
    ("comments", "sentence", _c(r"\bThis comment (?:was|has been) removed\b", _I)),
    ("comments", "sentence", _c(r"\bYour comments may be published\b", _I)),
    ("comments", "sentence", _c(r"\bmay edit your comments\b", _I)),
    ("comments", "sentence", _c(r"\bWe welcome comments that\b", _I)),
    ("comments", "sentence", _c(r"\bViews expressed in the comments\b", _I)),
    (
        "comments",
        "sentence",
        _c(r"\b(?:comments are|commenting is|commenting has|comments have) (?:now )?closed\b", _I),
    ),
    ("comments", "match", _c(rf"(?<!\w)-+ ?Posted by {_NAME}")),
    # social side-bars: a tweet's handle, a follow button
    ("social", "sentence", _c(r"(?<![\w.@])@[A-Za-z_]\w{1,30}:")),
    ("social", "sentence", _c(r"\b(?:RT|via) @[A-Za-z_]\w{1,30}\b")),
    (
        "social",
        "sentence",
        _c(r"\bFollow (?:us|[A-Z]\w+|@\w+) on (?:Twitter|Facebook|Instagram)\b"),
    ),
    # galleries
    (
        "gallery",
        "match",
        _c(
            r"\b(?:BACK|Back|PREV(?:IOUS)?|Prev(?:ious)?)\s*(?:\{\w*\}|\d+)\s*(?:of|/)\s*"
            r"(?:\{\w*\}|\d+)\s*(?:NEXT|Next)\b"
        ),
    ),
    ("gallery", "match", _c(r"\b(?:Image|Photo|Picture|Slide) \d+ of \d+\b")),
    (
        "gallery",
        "match",
        _c(r"\b(?:View|Launch|Open) (?:the )?(?:gallery|slideshow|slide show)\b", _I),
    ),
    # programme listings
    ("schedule", "sentence", _c(r"\brunning order is subject to change\b", _I)),
    ("schedule", "sentence", _c(r"\bTransmission details\b.{0,120}?\bnot updated\b", _I)),
    ("schedule", "sentence", _c(r"\bplease see individual day pages\b", _I)),
    ("schedule", "match", _c(r"\bSkip to a day of the week:")),
    (
        "schedule",
        "match",
        _c(
            r"\b\d{1,2}(?: ?[.:] ?\d{2})?\s?(?:am|pm|noon|midnight)?\s?-\s?\d{1,2}(?: ?[.:] ?\d{2})"
            r"?\s?"
            r"(?:am|pm|noon|midnight)(?: [A-Z0-9][A-Z0-9&'’]*){2,}\b(?![a-z])"
        ),
    ),
    (
        "schedule",
        "match",
        _c(
            rf"\b{_ROLE}/{_CREDITED}(?:, {_ROLE}/{_CREDITED})*(?: for (?:the )?[A-Z][\w'’-]*(?: [A-"
            rf"Z][\w'’-]*){{0,1}})?"
        ),
    ),
    # media and plug-in notices, the site's disclaimers
    (
        "notice",
        "sentence",
        _c(
            r"\b(?:JavaScript|Flash player|Adobe Flash)\b[^.]{0,80}?\b(?:must be|needs? to be|is) "
            r"(?:turned on|enabled|installed|required|disabled)\b",
            _I,
        ),
    ),
    (
        "notice",
        "sentence",
        _c(
            r"\b(?:this|the) (?:media|video|clip|content|audio) is (?:not|no longer) available\b",
            _I,
        ),
    ),
    (
        "notice",
        "match",
        _c(
            r"\b(?:The )?\w+ is not responsible for the content of (?:external|other) "
            r"(?:internet )?(?:web)?sites\b\.?",
            _I,
        ),
    ),
    (
        "notice",
        "sentence",
        _c(
            r"\bis not responsible for the content (?:in|of) this (?:press release|advertisement)"
            r"\b",
            _I,
        ),
    ),
    ("notice", "sentence", _c(r"\b(?:unable|not able) to (?:offer|provide) transcripts\b", _I)),
    ("notice", "sentence", _c(r"\bYour browser does not support\b", _I)),
    (
        "notice",
        "match",
        _c(r"\(Repeats? (?:to|for) (?:more|additional) subscribers[^)]{0,60}\)", _I),
    ),
    # share bars
    (
        "share",
        "match",
        _c(
            r"\b(?:Share|Email|E-mail) this (?:article|page|story|video|post)\b(?: to a friend)?",
            _I,
        ),
    ),
    (
        "share",
        "match",
        _c(r"\bShare (?:on|via|with) (?:Facebook|Twitter|LinkedIn|WhatsApp|email)\b", _I),
    ),
    ("share", "match", _c(r"\b(?:Printable version|Print this (?:article|page|story))\b", _I)),
    ("share", "match", _c(r"\bBookmark with:(?: [A-Z][\w.]*){0,8}")),
    # the blog's and the site's own blurbs
    ("promo", "sentence", _c(r"\bThis is (?:my|our|the) blog (?:for|about|on|where)\b", _I)),
    ("promo", "sentence", _c(r"\bThis blog (?:was|is) where (?:I|we)\b", _I)),
    ("promo", "sentence", _c(r"\bpopular topics this blog covers\b", _I)),
    (
        "promo",
        "sentence",
        _c(r"\bstay up to date with\b.{0,80}?\bvia (?:these|this|our) feeds?\b", _I),
    ),
    (
        "promo",
        "sentence",
        _c(r"\bSign up (?:for|to) (?:our|the|a)\b[^.]{0,60}?\bnewsletters?\b", _I),
    ),
    ("promo", "match", _c(r"\bSubscribe to(?: (?:[A-Z][\w'’]*|the|of|and))+(?= You can stay)")),
    # a page's time stamps: "Page last updated at 14:07 GMT, Tuesday, 8 November 2011",
    # "8 November 2011 Last updated at 14:07 GMT Help", "Friday 8 July 2005 15.00 BST"
    (
        "dateline",
        "match",
        _c(
            rf"(?:\b{DAY} {MONTH},? \d{{4}} )?\b(?:Page )?[Ll]ast (?:updated|modified)"
            rf"(?: (?:at|on))?(?: {_TIME24}(?: {_ZONE})?)?(?:,? {WEEKDAY})?(?:,? {DAY} {MONTH},? \d"
            rf"{{4}})?"
            rf"(?:,? {_TIME24}(?: {_ZONE})?)?(?: Help)?(?: {_ZONE}\b)?"
        ),
    ),
    (
        "dateline",
        "match",
        _c(
            rf"\b(?:Published|Posted|Updated)(?: (?:at|on))?:? (?:{WEEKDAY},? )?{DAY} {MONTH},? \d"
            rf"{{4}}"
            rf"(?:,? (?:at )?{_TIME24}(?: {_ZONE})?)?"
        ),
    ),
    (
        "dateline",
        "match",
        _c(rf"\b{WEEKDAY},? {DAY} {MONTH},? \d{{4}},? \d{{1,2}}[.:]\d{{2}} {_ZONE}\b"),
    ),
    # photographs' credits, which a one-line page glues to the next sentence
    (
        "credit",
        "match",
        _c(
            rf"\b(?:Photograph|Photo|Picture|Image|Photos|Pictures)(?: by)?: ?(?:[A-Z][\w'’.-]*"
            rf"(?: [A-Z][\w'’.-]*){{0,3}}/)*{_AGENCY}\b"
        ),
    ),
    (
        "credit",
        "match",
        _c(rf"\b[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: [A-Z][a-z'’-]+){{1,2}}/{_AGENCY}(?:/{_AGENCY})*\b"),
    ),
    # section labels of readers' contributions
    (
        "section",
        "match",
        _c(r"\b(?:Your stories|Your pictures|Your views|Have your say)(?= [A-Z])"),
    ),
    # footers
    ("footer", "sentence", _c(r"\b(?:Copyright|\(c\)|©)\s*(?:©\s*)?(?:19|20)\d\d\b")),
    ("footer", "sentence", _c(r"\bAll rights reserved\b", _I)),
    (
        "footer",
        "match",
        _c(
            r"\bTerms (?:of|and) (?:Service|Use|Conditions)\b(?:[ |,·•]+(?:Privacy(?: Policy)?|"
            r"Cookie(?:s| Policy)?|Contact Us|About Us|Advertise|Site ?Map|Accessibility|Help))*"
        ),
    ),
    (
        "footer",
        "match",
        _c(
            r"\bPrivacy Policy\b(?:[ |,·•]+(?:Terms (?:of|and) (?:Service|Use|Conditions)|"
            r"Cookie(?:s| Policy)?|Contact Us|About Us|Advertise|Site ?Map|Accessibility|Help))+"
        ),
    ),
    ("footer", "match", _c(r"\bLetters for publication should be sent to:\s*\S+")),
    (
        "footer",
        "match",
        _c(
            r"\b(?:A version|This article) (?:appeared|appears) on p\d+ of the .{0,80}? on "
            r".{0,40}?\b(?:19|20)\d\d\b"
        ),
    ),
    ("footer", "match", _c(r"\bIf you need help using the site:\s*\S+")),
    ("footer", "match", _c(r"\bCall the main [^.:]{1,60} switchboard:")),
    ("footer", "match", _c(r"\bThis article was (?:first )?published on \w+\.")),
)


#: for each cue, words one of which any text it finds contains (lower case): a text with
#: none of them is not searched for that cue, so a long page of prose costs little
ANCHORS: tuple[tuple[str, ...], ...] = (
    ("wrote:",),
    ("omments (",),
    ("comment", "reply"),
    ("comments", "replies"),
    ("so far",),
    ("to comment", "to reply", "to recommend"),
    ("reply", "report abuse", "recommend", "permalink", "comments ("),
    ("reply", "report abuse"),
    ("this comment",),
    ("your comments may",),
    ("edit your comments",),
    ("we welcome comments",),
    ("views expressed",),
    ("closed",),
    ("posted by",),
    ("@",),
    ("@",),
    ("follow",),
    ("next",),
    (" of ",),
    ("gallery", "slideshow", "slide show"),
    ("running order",),
    ("transmission details",),
    ("individual day pages",),
    ("skip to a day",),
    ("-",),
    ("/",),
    ("javascript", "flash"),
    ("available",),
    ("not responsible",),
    ("not responsible",),
    ("transcripts",),
    ("does not support",),
    ("subscribers",),
    ("this article", "this page", "this story", "this video", "this post"),
    ("share on", "share via", "share with"),
    ("printable version", "print this"),
    ("bookmark with",),
    ("blog",),
    ("blog",),
    ("blog covers",),
    ("feed",),
    ("newsletter",),
    ("subscribe to",),
    ("last updated", "last modified"),
    ("published", "posted", "updated"),
    ("gmt", "bst", "utc", " uk", "cet", "st", "dt", " et"),
    ("photo", "picture", "image"),
    ("/",),
    ("your stories", "your pictures", "your views", "have your say"),
    ("copyright", "(c)", "©"),
    ("all rights reserved",),
    ("terms of", "terms and"),
    ("privacy policy",),
    ("letters for publication",),
    ("appeared on p", "appears on p"),
    ("help using the site",),
    ("switchboard",),
    ("was published on", "was first published on"),
)
assert len(ANCHORS) == len(CUES)
