"""Words that tell what a capitalised name is: English news conventions, not a list
of the people in any one story.

A name is a person when a title, an honorific or a common given name comes with it,
an organisation when it ends in a word that names a body ("Office", "Police",
"Party", "News"), and a place that acts as a party when it is a country.
"""

from __future__ import annotations

import functools
import unicodedata

from dossier_tui import resources as _resources


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case, accents and apostrophes folded away: "Côte d’Ivoire" -> "cote d'ivoire". Names recur,
    so the folded forms are kept."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def alternation(words) -> str:
    """A regular-expression alternation of ``words``, longest first, in a fixed order."""
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


def _words(block: str) -> frozenset[str]:
    return frozenset(w for w in block.split())


#: written before a person's surname
HONORIFICS = _words("""
Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Sir Dame Lord Lady Rev Rev. Sen. Rep. Gov.
Gen. Col. Capt. Sgt. Lt. Cmdr. Adm. Maj. Mme Mme. Mlle Herr Senor Señor Senora Señora
""")

#: words that end a title ("Home Secretary", "immigration minister", "chief executive")
TITLE_HEADS = frozenset(
    w.casefold()
    for w in """
minister ministers secretary president vice-president chancellor senator governor mayor judge justice
spokesman spokeswoman spokesperson chairman chairwoman chair director executive leader ambassador
commissioner prosecutor attorney general king queen prince princess pope premier founder editor
analyst economist professor presenter journalist correspondent reporter mp deputy captain commander
inspector sheriff chief officer envoy diplomat adviser advisor lawmaker congressman congresswoman
representative speaker treasurer manager head president-elect chief-executive ceo cfo coo chairperson
superintendent constable commissioner-general negotiator official strategist pastor bishop archbishop
cardinal rabbi imam sultan emir sheikh colonel sergeant lieutenant admiral marshal dean provost
principal owner partner candidate nominee campaigner activist campaign
doctor physician surgeon cardiologist nurse paramedic pathologist virologist epidemiologist
scientist researcher lawyer solicitor barrister singer actor actress musician songwriter rapper star
producer promoter choreographer author writer novelist poet photographer filmmaker comedian broadcaster
businessman businesswoman entrepreneur banker tycoon billionaire pilot coach footballer
""".split()
) - {"campaign"}

#: a name whose last word is one of these is an organisation
ORG_HEADS = frozenset(
    """
Office Police Agency Party Ministry Department Government Council Union Association Commission
Committee Court Service Services Forces Force Bank University College Institute Foundation
Corporation Corp Corp. Inc Inc. Co Co. Ltd Ltd. Plc PLC LLC Company Group Authority Board Army Navy
Parliament Congress Senate Assembly Church Airlines Airways Fund Trust Bureau Administration Exchange
Coalition Movement Front League Federation Reserve Securities Holdings Organisation Organization
Network Agencies Commissioners Tribunal Guard Coastguard Directorate Secretariat Cabinet Club
Society Alliance Conference Inquiry Industries Motors Partners Capital Investments Systems Bancorp
Brotherhood Brigade Brigades Regiment Corps Command Unit Division Institution Laboratory Laboratories
Hospital School Academy Foundation Centre Center Centres Centers Nations Times Post News Media Press Herald Tribune Journal
Gazette Telegraph Guardian Observer Mail Express Chronicle Standard Monitor Review Magazine Radio
Television TV Broadcasting Reuters Bloomberg Cos Cos.
""".split()
)

#: last words of bodies that are also surnames ("Red Cross", "Amnesty International", "Human
#: Rights Watch"): a body's when no given name opens the name ("Emily Cross" is a person)
BODY_WORDS = frozenset(
    """
Cross Crescent International Watch Aid Relief Rescue Appeal Programme Program Mission Initiative
Street House Frontieres Frontières Coroner
""".split()
)

#: short forms of given names: "Ed Chernoff" is "Edward Chernoff" when no other Chernoff is about
NICKNAMES = {
    fold(short): fold(full)
    for full, shorts in (
        line.split(":")
        for line in """
Alexander:Alex Andrew:Andy Anthony:Tony Benjamin:Ben Christopher:Chris Daniel:Dan,Danny David:Dave
Edward:Ed,Eddie,Ted Elizabeth:Liz,Beth Frederick:Fred Gregory:Greg James:Jim,Jimmy,Jamie Jeffrey:Jeff
Jennifer:Jenny John:Johnny,Jack Jonathan:Jon Joseph:Joe Katherine:Kate,Kathy Kenneth:Ken
Lawrence:Larry Matthew:Matt Michael:Mike Nicholas:Nick Patrick:Pat Peter:Pete Philip:Phil
Richard:Rick,Dick Robert:Rob,Bob,Bobby Ronald:Ron Samuel:Sam Stephen:Steve Steven:Steve Thomas:Tom
Timothy:Tim William:Bill,Will,Billy
""".split()
    )
    for short in shorts.split(",")
}

#: newspapers known by one word ("the Guardian")
OUTLETS = frozenset(
    "Guardian Times Telegraph Observer Independent Herald Tribune "
    "Economist Reuters Bloomberg".split()
)

#: single-word bodies that news names without a head word
PARTIES = {
    "labour": "Labour Party",
    "conservatives": "Conservative Party",
    "tories": "Conservative Party",
    "tory": "Conservative Party",
    "democrats": "Democratic Party",
    "republicans": "Republican Party",
    "liberal democrats": "Liberal Democrats",
    "lib dems": "Liberal Democrats",
    "commons": "House of Commons",
    "lords": "House of Lords",
    "pentagon": "Pentagon",
    "kremlin": "Kremlin",
    "vatican": "Vatican",
    "whitehall": "Whitehall",
}

#: countries and the other names news gives them (``resources/countries.tsv``); the first
#: form is the reference one. Demonyms are left out: "British" is not a name of the UK.
COUNTRIES: tuple[tuple[str, ...], ...] = tuple(c.names for c in _resources.countries())

#: folded country name, with or without a leading "the" -> reference name
COUNTRY_OF = {fold(p + v): names[0] for names in COUNTRIES for v in names for p in ("", "the ")}

#: words that open a sentence without being part of a name
OPENERS = frozenset(
    w.casefold()
    for w in """
The A An This That These Those It Its He She They We I You His Her Their Our My Your In On At By
For With From After Before During According As But And Or If When While Although However Other
Both Last Next Overall Additionally Also Yet So Then There Here What Which Who Why How Some Many
Most Few All Each Every No Not Neither Nor Such Meanwhile Despite Since Until Under Over About Among
Between Through Into Across Against Without Within Earlier Later Now Today Yesterday Tomorrow One
Two Three Four Five Six Seven Eight Nine Ten Instead Still Even Just Only Once Further Furthermore
Moreover Indeed Thus Hence Therefore Because Unlike Like Following Asked Speaking Officials Ministers
Police Critics Analysts Experts Sources Government Authorities Several Another Where To Of Do Does
Did Is Are Was Were Has Have Had Will Would Can Could Should May Might Must Please Dear
""".split()
)

#: given names common in English-language news, a person's name when one opens it
GIVEN_NAMES = frozenset(
    fold(w)
    for w in """
Aaron Abdul Abdullah Adam Adrian Ahmed Ahmad Alan Albert Alberto Alex Alexander Alexandra Alexei Ali
Alice Alison Amanda Amy Ana Andrea Andreas Andrew Andy Angela Angus Ann Anna Anne Annie Anthony Antonio
Arthur Ashley Barbara Barry Ben Benjamin Bernard Beth Betty Bill Bob Boris Brad Brendan Brian Bruce
Carl Carlos Carol Caroline Catherine Charles Charlie Charlotte Chris Christian Christine Christopher
Claire Colin Craig Dan Daniel Danny David Dean Deborah Denis Dennis Diana Diane Dick Dmitry Dominic
Donald Donna Doris Dorothy Douglas Ed Eddie Edward Elizabeth Ellen Emily Emma Emmanuel Eric Erik Ernest
Eugene Fatima Felipe Fernando Fidel Frances Francis Francisco Frank Fred Frederick Gary Geoffrey George
Gerald Gerhard Gordon Grace Graham Greg Gregory Hans Harold Harriet Harry Heather Helen Henry Hillary
Howard Hugh Ian Ibrahim Isabel Ivan Jack Jacob Jacques James Jamie Jan Jane Janet Jason Jean Jeff Jeffrey
Jennifer Jeremy Jerry Jessica Jim Jimmy Joan Joe John Johnny Jon Jonathan Jorge Jose José Joseph Joshua
Juan Judith Julia Julian Julie Justin Karen Karl Kate Katherine Kathleen Keir Keith Kelly Ken Kenneth
Kevin Kim Kristin Larry Laura Lauren Lawrence Lee Leo Leon Linda Lisa Liz Louis Louise Lucy Luis Luke
Lynn Margaret Maria Marie Mario Mark Martha Martin Mary Matt Matthew Maurice Max Melissa Michael Michel
Michelle Miguel Mike Mikhail Mohamed Mohammad Mohammed Muhammad Nancy Natalie Nathan Neil Nicholas Nick
Nicola Nicolas Nigel Norman Oliver Olivia Omar Oscar Pablo Pamela Patricia Patrick Paul Paula Pedro
Penny Peter Philip Phillip Pierre Priti Rachel Ralph Ramon Raymond Rebecca Recep Richard Rick Rishi
Rita Rob Robert Roberto Robin Roger Ron Ronald Rosa Rose Ross Roy Ruth Ryan Sajid Sally Sam Samuel
Sandra Sara Sarah Scott Sean Sergei Sharon Shirley Simon Sophie Stephen Steve Steven Stuart Susan
Suzanne Tariq Ted Teresa Theresa Thomas Tim Timothy Tina Todd Tom Tony Valerie Victor Victoria Vincent
Vladimir Walter Wayne William Willie Yasser Yvette Yusuf Zoe
""".split()
)

#: the given names of GIVEN_NAMES that are women's, so that "Mrs" and "Ms" find a woman
FEMALE_NAMES = frozenset(
    fold(w)
    for w in """
Alexandra Alice Alison Amanda Amy Ana Andrea Angela Ann Anna Anne Annie Ashley Barbara Beth Betty Carol
Caroline Catherine Charlotte Christine Claire Deborah Diana Diane Donna Doris Dorothy Elizabeth Ellen Emily
Emma Fatima Frances Grace Harriet Heather Helen Hillary Isabel Jane Janet Jennifer Jessica Joan Judith Julia
Julie Karen Kate Katherine Kathleen Kelly Kristin Laura Lauren Linda Lisa Liz Louise Lucy Lynn Margaret
Maria Marie Martha Mary Melissa Michelle Nancy Natalie Nicola Olivia Pamela Patricia Paula Penny Priti
Rachel Rebecca Rita Rosa Rose Ruth Sally Sandra Sara Sarah Sharon Shirley Sophie Susan Suzanne Teresa
Theresa Tina Valerie Victoria Yvette Zoe
""".split()
)
#: honorifics that say a person is a man or a woman; "Mrs Blair" is never Tony Blair
MALE_HONORIFICS = frozenset("Mr Mr. Sir Lord Herr Senor Señor".split())
FEMALE_HONORIFICS = frozenset("Mrs Mrs. Ms Ms. Miss Dame Lady Mme Mme. Mlle Senora Señora".split())

#: verbs that report speech: "X said", "saying", "told"
SPEECH_VERBS = _words("""
said says say saying told tells added adds stated states insisted insists warned warns argued argues
claimed claims explained explains announced announces declared declares emphasised emphasized
stressed stresses noted notes wrote writes asked asks replied replies called calls acknowledged
admitted admits suggested suggests urged urges recalled commented remarked according stating
""")
