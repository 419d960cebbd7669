"""Regular expressions that find temporal expressions in English text.

Each rule is a name and a compiled pattern. Patterns only *find* spans; what a span
means is decided in ``resolve.py``. They are written for English news prose and are
case-insensitive; the few words that are also ordinary words ("May", "March", "fall")
are checked for capitals or context in ``accept()``.
"""

from __future__ import annotations

import re

from dossier_tui.temporal.lexicon import (
    COUNT,
    MONTHS,
    NUM,
    ORD,
    SET_WORDS,
    WEEKDAYS,
    alt,
)

MON = r"(?:" + alt(MONTHS) + r")(?![\w])"
#: month names that may stand alone: full names and dotted abbreviations
MON_FULL = (
    r"(?:" + alt([m for m in MONTHS if len(m) > 3 or m.endswith(".") or m == "may"]) + r")(?![\w])"
)
WD = r"(?:" + alt(WEEKDAYS) + r")(?![\w])"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d])"
POD = r"(?:morning|afternoon|evening|night|overnight)"
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?"
    r"|years?|decades?|century|centuries|millennium|millennia)"
)
UNIT1 = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century)"
REL = r"(?:last|this|next|this\s+past|this\s+coming|coming|past)"
SEASON = r"(?:spring|summer|autumn|fall|winter)"
QORD = r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
YEARREL = r"(?:this|last|next)\s+year"
TZ = r"(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EEST|GMT[+-]\d{1,2})"
#: a time zone as news writes it after a clock time, capitals only ("1930 CDT", not "est")
ZONE = r"(?-i:[ECMPA][SD]T|GMT|UTC|BST|CET|CEST|EET|EEST|IST|JST|MSK|GMT[+-]\d{1,2}|UTC[+-]\d{1,2})|local\s+time"
SPELLED_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
SPELLED_TEENS = r"(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
SPELLED_TENS = r"(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
SPELLED_YEAR = (
    rf"(?:(?:eighteen|nineteen)[-\s]+(?:hundred|{SPELLED_TENS}(?:[-\s]+{SPELLED_ONES})?|{SPELLED_TEENS}|oh[-\s]+{SPELLED_ONES})"
    rf"|two\s+thousand(?:\s+and)?\s+(?:{SPELLED_TEENS}|{SPELLED_ONES}|ten))"
)
QMOD = (
    r"(?:about|around|nearly|almost|more\s+than|less\s+than|fewer\s+than|at\s+least"
    r"|roughly|approximately|some|over|under|up\s+to|just\s+over|just\s+under|well\s+over)"
)

_RULES: list[tuple[str, str]] = [
    # ------------------------------------------------------------ absolute dates
    (
        "iso",
        r"(?<![\w-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
        r"(?:[T ](?P<h>[0-2]\d):(?P<mi>[0-5]\d)(?::[0-5]\d)?)?(?![\w-])",
    ),
    ("slash", r"(?<![\w/.])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\w/])"),
    (
        "mdy",
        rf"(?<![\w])(?:(?P<rel>last|this|next)\s+)?(?:(?P<wd>{WD}),?\s+)?(?P<mon>{MON})\s+(?P<day>{DAY})(?!\w|:\d)"
        rf"(?:(?:,\s*|\s+)(?P<y>{YEAR}))?",
    ),
    (
        "dmy",
        rf"(?<![\w])(?:(?P<wd>{WD}),?\s+)?(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<mon>{MON})"
        rf"(?:,?\s+(?P<y>{YEAR}))?",
    ),
    # "April 24 and 25", "24-25 August 2023": two dates, tagged separately
    (
        "range",
        rf"(?<![\w])(?:(?P<mon>{MON})\s+(?P<d1>{DAY})(?:\s*(?:-|–|and|to|through|&)\s*)(?P<d2>{DAY})(?!\w|:\d)"
        rf"|(?P<e1>{DAY})(?:\s*(?:-|–|and|to|&)\s*)(?P<e2>{DAY})\s+(?:of\s+)?(?P<mon2>{MON}))"
        rf"(?:,?\s+(?P<y>{YEAR}))?",
    ),
    ("my", rf"(?<![\w])(?P<mon>{MON}),?\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?P<sy>{SPELLED_YEAR}))"),
    (
        "month",
        rf"(?<![\w])(?:(?P<rel>{REL})\s+)?(?P<mon>{MON_FULL})(?!\s+\d)"
        rf"(?:\s+(?P<yrel>this|last|next)\s+year(?![\w]))?",
    ),
    (
        "year",
        rf"(?:(?<=mid-)|(?<=pre-)|(?<=post-)|(?<![\w$£€#.,/-]))(?:(?P<fy>fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year)[\s-]*)?"
        rf"(?P<y>{YEAR})(?![\w%]|[.,]\d|-\d)",
    ),
    # "2009-2010", "1957-58", "2014/15": two years, tagged separately (see recognise.py)
    (
        "yearrange",
        rf"(?<![\w$£€#.,/-])(?P<y1>{YEAR})(?:-|–|/)(?P<y2>\d{{4}}|\d{{2}})(?![\w%/-]|[.,]\d)",
    ),
    (
        "spelledyear",
        rf"(?<![\w])(?:(?P<yr>the\s+year\s+)|(?P<prep>(?<=\bin\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bby\s)|(?<=\bof\s)))?"
        rf"(?P<sy>{SPELLED_YEAR}|two\s+thousand)(?![\w-])",
    ),
    (
        "decade",
        r"(?<![\w])(?:the\s+)?(?:(?P<pos>early|mid|late)[-\s]?)?"
        r"(?:(?P<dec>1[0-9]\d0|20\d0)['’]?s|['’](?P<dd>\d0)['’]?s"
        r"|(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w])",
    ),
    ("century", rf"(?<![\w])(?:the\s+)?(?P<ord>{ORD})[-\s]+century(?![\w])"),
    (
        "season",
        rf"(?<![\w])(?:(?P<rel>{REL}|the|this\s+past)\s+)?(?:(?P<pos>early|late|mid)[-\s]?)?"
        rf"(?P<season>{SEASON})(?![\w])(?:\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?P<sy>{SPELLED_YEAR})))?",
    ),
    (
        "quarter",
        rf"(?<![\w])(?:(?P<det>the|this|that)\s+)?"
        rf"(?:(?P<y1>{YEAR})\s+|(?P<yrel>{YEARREL})['’]s\s+)?(?:fiscal[-\s]+)?"
        rf"(?P<ord>{QORD})[-\s]+(?:fiscal[-\s]+)?quarter(?![\w])"
        rf"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<y2>{YEAR})|(?P<yrel2>{YEARREL}|the\s+year)))?",
    ),
    (
        "qcode",
        rf"(?<![\w])(?:(?P<q>Q[1-4])(?:\s+|/|-)?(?P<y>{YEAR}|\d\d)?|(?P<y0>{YEAR})[\s-]?(?P<q0>Q[1-4]))(?![\w])",
    ),
    (
        "half",
        rf"(?<![\w])(?:the\s+)?(?P<ord>first|second|last|latter|1st|2nd)\s+half\s+of\s+"
        rf"(?:(?P<y>{YEAR})|(?P<yrel>{YEARREL}|the\s+year)|the\s+(?P<dec>1[0-9]\d0|20\d0|['’]\d0)s)",
    ),
    ("hcode", rf"(?<![\w])(?P<h>H[12])\s+(?P<y>{YEAR})"),
    # ------------------------------------------------------------ days and times
    (
        "weekday",
        rf"(?<![\w])(?:(?P<rel>{REL}|early|late|the\s+previous|the\s+following)\s+)?(?P<wd>{WD})"
        rf"(?:\s+(?P<pod>{POD}))?",
    ),
    (
        "dayword",
        r"(?<![\w])(?:(?P<pre>early|late|earlier|later)\s+)?"
        r"(?P<dw>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight)"
        r"(?![\w])(?:(?P<poss>(?=['’]s\b))|\s+(?P<pod>morning|afternoon|evening|night)(?![\w]))?",
    ),
    (
        "podrel",
        r"(?<![\w])(?:(?P<pre>early|late|earlier|later)\s+)?(?P<rel>this|last)\s+(?P<pod>morning|afternoon|evening|night)(?![\w])",
    ),
    (
        "clock",
        rf"(?<![\w.:])(?:(?P<mod>about|around|at\s+about|shortly\s+after|shortly\s+before|just\s+after|just\s+before)\s+)?"
        rf"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]\.?m\b|[ap]m(?![\w]))"
        rf"(?:\s+\(?(?P<tz>{TZ})\)?)?",
    ),
    (
        "clock24",
        rf"(?<![\w.:,$£€])(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:%])(?:\s*(?P<hrs>h(?:ou)?rs?)|\s+\(?(?P<tz>{TZ})\)?)?",
    ),
    # a time written as four digits, as wire copy does: "1930 CDT", "at 1653 (2153 GMT)".
    # Only a zone or a clock time beside it tells it from a year (see recognise.py).
    (
        "hhmm",
        rf"(?<![\w.:,$£€#/-])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?![\w%]|[.,:]\d)"
        rf"(?:\s+(?P<tz>{ZONE})(?![\w])|\s*\((?P<ptz>{ZONE})\))?",
    ),
    ("noon", r"(?<![\w])(?P<w>noon|midnight|midday|mid[-\s]?afternoon|mid[-\s]?morning)(?![\w])"),
    (
        "oclock",
        r"(?<![\w])(?P<h>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
        r"(?:\s+o['’]clock|\s+in\s+the\s+(?P<pod>morning|afternoon|evening|night))(?![\w])",
    ),
    # ------------------------------------------------------------ relative
    (
        "relunit",
        r"(?<![\w])(?:(?P<pre>earlier|later|early|late|mid)[-\s]+)?"
        r"(?P<rel>last|this|next|the\s+past|the\s+coming|the\s+previous|the\s+following|the\s+current"
        r"|the\s+same|the\s+next|the\s+last|the\s+prior|past|coming|previous|current|the\s+latest|the\s+preceding|the\s+present)"
        r"\s+(?P<fiscal>fiscal\s+)?(?P<unit>week|weekend|fortnight|month|year|quarter|decade|century|millennium|season)(?![\w-])"
        r"(?:(?P<ago>\s+(?:ago|earlier|before))|\s+(?P<lastyear>last\s+year|a\s+year\s+(?:ago|earlier)))?",
    ),
    (
        "yearago",
        r"(?<![\w])(?:(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?P<ya>year[-\s](?:ago|earlier)|prior[-\s]year|previous[-\s]year)"
        r"\s+(?P<what>(?:(?:first|second|third|fourth)[-\s]+)?quarter|period|months?|nine\s+months|six\s+months|half|year)"
        r"|(?P<adj>year[-\s](?:ago|earlier)))(?![\w-])",
    ),
    (
        "period",
        rf"(?<![\w])the\s+(?:(?P<which>latest|same|comparable|corresponding|recent|current|(?P<y>{YEAR})|(?P<yrel>{YEARREL})['’]s)\s+)?(?P<noun>period|(?<=\d\s)quarter)"
        rf"(?:\s+(?P<ly>last\s+year|a\s+year\s+(?:ago|earlier)|of\s+(?P<y2>{YEAR})))?(?![\w])",
    ),
    (
        "thequarter",
        r"(?<![\w])(?:the|this|that|its)\s+(?:(?P<which>latest|current|recent|most\s+recent|same|comparable|corresponding|just[-\s]ended|fiscal)\s+)?quarter(?![\w])"
        r"(?:\s+(?P<ly>a\s+year\s+(?:ago|earlier)|last\s+year))?",
    ),
    (
        "ago",
        rf"(?<![\w])(?P<n>{COUNT})\s+(?P<unit>{UNIT})(?:\s+or\s+(?:so|two|three))?\s+(?P<dir>ago|earlier|later|from\s+now|hence|back|previously)(?![\w])",
    ),
    (
        "agobare",
        r"(?<![\w])(?P<unit>years|months|weeks|days|decades|centuries|millennia)\s+(?P<dir>ago|earlier|later)(?![\w])",
    ),
    (
        "anaphor",
        r"(?<![\w])(?:(?P<pre>earlier|later|early|late)\s+)?(?P<rel>that(?:\s+same)?|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+prior)"
        r"\s+(?P<unit>day|night|morning|evening|afternoon|week|weekend|month|year)(?![\w-])",
    ),
    (
        "theday",
        r"(?<![\w])(?:(?P<pre>later|earlier)\s+in\s+)?(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bby\s)|(?<=\bthrough\s))?"
        r"the\s+(?P<pod>morning|afternoon|evening)(?![\w])"
        r"|(?<![\w])(?P<pre2>later|earlier)\s+in\s+the\s+(?P<unit>day|week|month|year)(?![\w])",
    ),
    (
        "daybefore",
        r"(?<![\w])the\s+(?P<unit>day|night|week|month|year)\s+(?P<dir>before|after|earlier|later|prior)(?=[\s]*[.,;:)!?]|\s+(?:that|this|last|the\s+(?:attack|shooting|bombing|election|vote|murder|slaying|crash|incident|meeting|event)))",
    ),
    (
        "theunit",
        r"(?<![\w])the\s+(?:(?P<q>full|fiscal|calendar|entire|whole)\s+)?(?P<unit>year|week|month)(?![\w-])"
        r"(?!\s+(?:before|after|earlier|later|ago|of\s+(?!the\b)))",
    ),
    (
        "weekof",
        rf"(?<![\w])the\s+week\s+(?:of|beginning|starting|ending)\s+(?:(?P<wd>{WD}),?\s+)?"
        rf"(?:(?P<mon>{MON})\s+(?P<day>{DAY})|(?P<day2>{DAY})\s+(?P<mon2>{MON}))(?!\w|:\d)(?:,?\s+(?P<y>{YEAR}))?",
    ),
    # the time being talked of: "until then"; "at the time," (not "at the time of", nor
    # "at the time he arrived", where a clause says which time)
    (
        "then",
        r"(?:(?<=\buntil\s)|(?<=\btill\s)|(?<=\bby\s)|(?<=\bsince\s))then(?![\w-])"
        r"|(?<=\bat\s)the\s+time(?=\s*(?:[,.;:!?)\"”’]|[—–-]\s|$))",
    ),
    # a campaign week: 'its "clean air" week'
    (
        "namedweek",
        r"(?:(?<=\bits\s)|(?<=\btheir\s)|(?<=\bthe\s)|(?<=\bthis\s)|(?<=\bour\s))(?P<name>[\"“‘'][^\"”’'\n]{2,40}[\"”’'])\s+week(?![\w])",
    ),
    ("weekend", r"(?<![\w])(?:the|this|last|next|this\s+past|this\s+coming)\s+weekend(?![\w])"),
    ("endyear", r"(?<![\w])(?:year[-\s]end|year['’]s\s+end)(?![\w])"),
    (
        "holiday",
        r"(?<![\w])(?:(?P<rel>last|this|next)\s+)?(?P<hol>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Easter(?:\s+(?:Sunday|Monday|week))?"
        r"|Thanksgiving(?:\s+Day)?|Election\s+Day|Boxing\s+Day|Valentine['’]s\s+Day|Halloween|Independence\s+Day"
        r"|Bastille\s+Day|Bonfire\s+Night|Guy\s+Fawkes\s+Night|Armistice\s+Day|Remembrance\s+Day|Veterans\s+Day"
        r"|St\.?\s+Patrick['’]s\s+Day|May\s+Day)(?![\w])",
    ),
    # ------------------------------------------------------------ durations
    (
        "duration",
        rf"(?<![\w$£€#.,])(?:(?P<det>the|a|an|this|these|those|its|his|her|their)\s+)?"
        rf"(?:(?P<rel>past|last|next|coming|first|final|previous|following|remaining|latest|preceding|initial|subsequent|entire|whole|full|other)\s+)?"
        rf"(?:(?P<n0>{NUM})\s+(?:to|or)\s+|(?P<n1>\d+)[-–])?(?P<n>{COUNT})(?P<frac>\s+1/2|[-\s]+and[-\s]+a[-\s]+half)?(?:\s+or\s+so)?(?:[-\s]+(?P<more>more|additional|further|extra|straight|consecutive|full|long|trading|business|working|calendar))?"
        rf"[-\s]+(?P<unit>{UNIT})(?![\w])(?P<frac2>[-\s]+and[-\s]+a[-\s]+half)?(?P<adj>-long)?(?![-\s]+old\b)",
    ),
    (
        "unitlong",
        r"(?<![\w-])(?P<unit>hour|day|week|fortnight|month|year|decade|century)-long(?![\w-])",
    ),
    (
        "awhile",
        r"(?:(?<=\bfor\s)|(?<=\bafter\s)|(?<=\bin\s))a\s+(?:little\s+|short\s+|long\s+)?while(?![\w])",
    ),
    (
        "halfunit",
        r"(?<![\w])(?:half\s+an?|a\s+half)[-\s]+(?P<unit>hour|day|year|month|century|decade)(?![\w])",
    ),
    (
        "vaguespan",
        r"(?<![\w])(?:(?<=\bover\s)the\s+(?P<unit>years|months|weeks|decades|centuries|millennia)(?![\w-])"
        r"|the\s+(?P<unit2>days|weeks|months|years)\s+ahead"
        r"|the\s+(?P<unit3>years|months|weeks|days)(?=\s+that\s+followed))",
    ),
    (
        "bare",
        r"(?<![\w-])(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries|millennia)"
        r"(?:(?P<adj>-(?:long|old))|(?=\s+of\s+(?!the\b|a\b|an\b|age\b|\d))(?P<of>))?(?![\w-])",
    ),
    # ------------------------------------------------------------ sets and references
    (
        "set",
        rf"(?<![\w])(?:(?P<freq>once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|every|each)\s+(?P<funit>{UNIT1})"
        rf"|(?:every|each)\s+(?:other\s+)?(?:(?P<n>{NUM})\s+)?(?P<eunit>{UNIT}|{WD}|{POD}|{SEASON}|{MON_FULL})"
        rf"|(?P<sw>{alt(SET_WORDS)}))(?![\w])",
    ),
    ("per", rf"(?<![\w])(?P<per>a|an|per)\s+(?P<unit>{UNIT1})(?![\w])"),
    (
        "recentunits",
        r"(?<![\w])(?:the\s+)?(?:(?P<past>recent|past\s+(?:few|several))|(?P<future>coming|next\s+(?:few|several)|future|upcoming))\s+"
        r"(?P<unit>years|months|weeks|days|decades|quarters|times)(?![\w])",
    ),
    (
        "ref",
        r"(?<![\w])(?P<w>right\s+now|just\s+now|now|currently|current|presently|nowadays|these\s+days|at\s+present"
        r"|recently|lately|the\s+past|the\s+near\s+future|the\s+future|at\s+this\s+time"
        r"|the\s+(?:near|short)\s+term|a\s+later\s+date)(?![\w-])",
    ),
]

RULES: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(p, re.I)) for name, p in _RULES]

_UNITS1 = "second minute hour day night week fortnight month quarter year decade century millennium"
_UNITS = (
    _UNITS1
    + " seconds minutes hours days nights weeks fortnights months quarters years decades centuries millennia"
)
_MONTH_WORDS = " ".join({m.rstrip(".") for m in MONTHS})
_WEEKDAY_WORDS = " ".join({w.rstrip(".") for w in WEEKDAYS})
_POD_WORDS = "morning afternoon evening night overnight"
#: words one of which every match of a rule contains ("<d>": a digit). A stretch of text
#: that has none of a rule's words is not searched for that rule at all.
KEYWORDS: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        "iso": "<d>",
        "slash": "<d>",
        "mdy": _MONTH_WORDS,
        "dmy": _MONTH_WORDS,
        "my": _MONTH_WORDS,
        "month": _MONTH_WORDS,
        "range": _MONTH_WORDS,
        "weekof": "week",
        "year": "<d>",
        "yearrange": "<d>",
        "spelledyear": "thousand nineteen eighteen",
        "decade": "<d> twenties thirties forties fifties sixties seventies eighties nineties",
        "century": "century",
        "season": "spring summer autumn fall winter",
        "quarter": "quarter",
        "qcode": "q",
        "half": "half",
        "hcode": "h",
        "weekday": _WEEKDAY_WORDS,
        "dayword": "today yesterday tomorrow tonight",
        "podrel": _POD_WORDS,
        "clock": "m am pm",
        "clock24": "<d>",
        "hhmm": "<d>",
        "noon": "noon midnight midday midafternoon midmorning afternoon morning",
        "oclock": "clock " + _POD_WORDS,
        "relunit": "week weekend fortnight month year quarter decade century millennium season",
        "yearago": "year",
        "period": "period quarter",
        "thequarter": "quarter",
        "ago": "ago earlier later now hence back previously",
        "agobare": "ago earlier later",
        "anaphor": "day night morning evening afternoon week weekend month year",
        "theday": "morning afternoon evening day week month year",
        "daybefore": "day night week month year",
        "theunit": "year week month",
        "weekend": "weekend",
        "endyear": "end",
        "then": "then time",
        "namedweek": "week",
        "holiday": "christmas new easter thanksgiving election boxing valentine "
        "halloween independence bastille bonfire fawkes armistice remembrance veterans patrick may",
        "duration": _UNITS,
        "halfunit": "half",
        "unitlong": "long",
        "awhile": "while",
        "vaguespan": "years months weeks decades days centuries millennia",
        "bare": "years months weeks days decades hours minutes centuries millennia",
        "set": " ".join(SET_WORDS) + " every each once twice times",
        "per": _UNITS1,
        "recentunits": "years months weeks days decades quarters times",
        "ref": "now currently current presently nowadays days present recently lately past future term date time",
    }.items()
}
assert set(KEYWORDS) == {name for name, _ in RULES}

#: a modifier in front of a date ("early 2023", "the end of May") and what it means
POS_MOD_RE = re.compile(
    r"(?:(?P<of>(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn)\s+of\s+)"
    r"|(?P<pos>early|late|mid|middle)(?:-|\s+))$",
    re.I,
)
#: a modifier in front of a quantity ("nearly two years", "more than a decade ago")
Q_MOD_RE = re.compile(rf"(?<![\w])(?P<q>{QMOD})\s+$", re.I)

POS_MODS = {
    "early": "START",
    "beginning": "START",
    "start": "START",
    "late": "END",
    "end": "END",
    "close": "END",
    "mid": "MID",
    "middle": "MID",
    "turn": "MID",
}
Q_MODS = {
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "some": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "under": "LESS_THAN",
    "just under": "LESS_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "just over": "MORE_THAN",
    "well over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS",
}
