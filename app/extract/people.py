"""Find named people with their roles in a sentence.

Reads: a sentence span and the country mentions in it.  Assigns: `Person`s —
the name (honorifics such as "H.E.", "Mr", "Sheikh", "Samdech" left out), the
role as the text gives it ("Deputy Foreign Minister", "his Cambodian
counterpart", "Chair of the Milli Majlis") and the country the role names.
A name is a run of two to five capitalised words that is not a country, an
institution or a title; its role is the title phrase right before it, or an
apposition right after it ("Ouch Borith, Secretary of State for …,").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from app.extract import prefilter, quick
from app.extract.types import CountryMention, Sentence

# Capital letters a name can begin with: ASCII, Latin-1 and Latin Extended-A/B ("Đurić",
# "Šefčovič", "Łukasz", "İbrahim", "Ștefan")
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ"

TITLE_WORDS = (
    r"(?:Ambassador|Minister|Envoy|Governor|Secretary|Premier|Chancellor|President|Consul)-(?:designate|elect|at-[Ll]arge)"
    r"|Nuncio|President(?:-elect)?|Vice[- ]President|Prime\s+Minister|Premier|Minister|Chancellor|Chair(?:man|woman|person)?"
    r"|Speaker|Ambassador|Envoy|Secretary(?:[- ]General)?|Under[- ]?[Ss]ecretary|King|Queen|Emir|Amir|Sultan|Crown\s+Prince"
    r"|Governor|Mayor|Head|Leader|Director(?:[- ]General)?|Adviser|Advisor|Commissioner|counterpart|colleague(?!s)"
    r"|diplomat|official(?!\s+(?:and\s+working\s+|state\s+|working\s+)?(?:visit|talks|trip|tour|ceremony|"
    r"meeting|welcome|reception|engagements?|programme|program|invitation|residence|dinner|level|"
    r"delegation|statement|website|sources?|channels|documents?|language|data|figures)\b)|Senator|Deputy|deputies|MPs?|Member|Spokes(?:man|woman|person)|Chief|Consul"
    r"|Representative|Commander|Chargé\s+d'Affaires|Vice[- ]Chair(?:man)?|Co-?[Cc]hair|Lawmaker"
    r"|Foreign\s+Minister|Defen[cs]e\s+Minister|Attorney[- ]General|Ombudsman|Marshal"
    r"|Taoiseach|T[áa]naiste|Pope|Duke|Duchess|Emperor|Empress|Yang\s+di-Pertuan\s+Agong|Councill?or|Governor[- ]General|Vice[- ]Premier|Crown\s+Prince|Delegate|PM|FM|DPM"
)
_TITLE = re.compile(rf"\b(?:{TITLE_WORDS})s?\b", re.I)
_TITLE_LOW = re.compile(rf"\b(?:{TITLE_WORDS.lower()})s?\b")
HONORIFICS = frozenset(
    [
        "h.e.",
        "he",
        "his",
        "her",
        "excellency",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "madame",
        "madam",
        "dr",
        "dr.",
        "prof",
        "prof.",
        "professor",  # "Minister Professor Amon Murwira"
        "sheikh",
        "sayyid",
        "h.h.",
        "shaikh",
        "samdech",
        "techo",
        "akka",
        "moha",
        "ponhea",
        "chakri",
        "sena",
        "padei",
        "thipadei",
        "datuk",
        "dato",
        "dato'",
        "datuk'",
        "seri",
        "tan",
        "sri",
        "sir",
        "dame",
        "lord",
        "lady",
        "prince",
        "princess",
        "hrh",
        "majesty",
        "highness",
        "excellency",
        "haji",
        "hajji",
        "tun",
        "puan",
        "toh",
        "puan",
        "engr",
        "eng.",
        "gen.",
        "gen",
        "lt.",
        "col.",
        "maj.",
        "capt.",
        "ambassador",
        "hm",
        "h.m.",
        "h.r.h.",
        "hero-arkadag",
        "arkadag",
        "shri",
        "smt",
        "smt.",
        "hon",
        "hon.",
        "honourable",
        "honorable",
        "rt.",
        "amb.",
        "prof.dr.",
        "mme",
        "mme.",
        "excellencies",
        # ranks and styles worn before a name: "Colonel Assimi Goita", "Dasho Tshering Tobgay",
        # "Datuk Seri Utama Haji Mohamad Haji Hasan"
        "colonel",
        "captain",
        "lieutenant",
        "brigadier",
        "admiral",
        "dasho",
        "lyonpo",
        "utama",
        "datin",
        # styles of Malaysia, Brunei, the Commonwealth and the churches: "Tengku Datuk Seri Zafrul
        # Abdul Aziz", "the Most Hon. Andrew Holness", "Archbishop Paul Richard Gallagher"
        "tengku",
        "tunku",
        "al-sultan",
        "pehin",
        "most",
        "right",
        "rt",
        "archbishop",
        "cardinal",
        "monsignor",
        "msgr.",
        "rev.",
        "reverend",
        # Indonesian and Malaysian degrees and styles worn before a name: "Ir. Basuki
        # Hadimuljono", "Prof. Dr. Ir. Bambang Brodjonegoro", "Datuk Patinggi Tan Sri Abang
        # Johari Openg", "Dato Seri Setia Awang Haji Erywan"
        "ir",
        "ir.",
        "drs",
        "drs.",
        "dra",
        "dra.",
        "hj",
        "hj.",
        "engr.",
        "patinggi",
        "setia",
        # more styles of Cambodia, Thailand, Brunei, the Gulf and West Africa: "Samdech Moha
        # Borvor Thipadei Hun Manet", "Samdech Pichey Sena Tea Banh", "Lok Chumteav …", "Pol.
        # Gen. Srettha Thavisin", "Dato Seri Setia Dr Awang Haji Mohd Amin Liew Abdullah", "His
        # Royal Highness Prince Salman", "Sheikha Mozah", "Alhaji Yusuf Tuggar"
        "borvor",
        "bovor",
        "pichey",
        "vibol",
        "pheakdei",
        "krolahom",
        "kralahom",
        "oknha",
        "lok",
        "chumteav",
        "pol.",
        "pol",
        "awang",
        "dayang",
        "pengiran",
        "royal",
        "sheikha",
        "shaikha",
        "sayyida",
        "alhaji",
        "alhaja",
        "hajia",
        "hajiya",
        # Samoan styles: "Afioga Tuiloma Lagi Fa'asau", "Susuga …"
        "afioga",
        "susuga",
    ]
)
# Words that end a name or cannot be one (titles, institutions, places, calendar words).
STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "for",
        "in",
        "on",
        "at",
        "to",
        "with",
        "by",
        "from",
        "as",
        "his",
        "her",
        "their",
        "its",
        "our",
        "this",
        "that",
        "these",
        "those",
        "president",
        "minister",
        "prime",
        "foreign",
        "deputy",
        "chair",
        "chairman",
        "chairwoman",
        "speaker",
        "ambassador",
        "secretary",
        "state",
        "general",
        "king",
        "queen",
        "emir",
        "sultan",
        "crown",
        "governor",
        "mayor",
        "head",
        "leader",
        "director",
        "adviser",
        "advisor",
        "envoy",
        "commissioner",
        "counterpart",
        "colleague",
        "diplomat",
        "official",
        "senator",
        "member",
        "members",
        "chief",
        "national",
        "assembly",
        "parliament",
        "senate",
        "majlis",
        "mazhilis",
        "council",
        "committee",
        "group",
        "ministry",
        "ministries",
        "service",
        "services",
        # continents end a role, never begin a name ("Representative for the Middle East and
        # Africa Mikhail Bogdanov")
        "africa",
        "america",
        "americas",
        "europe",
        "asia",
        "eurasia",
        "caribbean",
        "oceania",
        "directorate",
        "bureau",
        "affairs",
        "republic",
        "kingdom",
        "federation",
        "union",
        "organization",
        "organisation",
        "agency",
        "department",
        "press",
        "public",
        "relations",
        "news",
        "university",
        "palace",
        "house",
        "airport",
        "international",
        "cooperation",
        "co-operation",
        "government",
        "bank",
        "summit",
        "conference",
        "forum",
        "commission",
        "network",
        "movement",
        "nations",
        "security",
        "office",
        "embassy",
        "consulate",
        "cabinet",
        "friendship",
        "working",
        "inter-parliamentary",
        "parliamentary",
        "delegation",
        "delegations",
        "people's",
        "party",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "trade",
        "economic",
        "economy",
        "energy",
        "defence",
        "defense",
        "justice",
        "interior",
        "finance",
        "investment",
        "education",
        "health",
        "agriculture",
        "culture",
        "tourism",
        "transport",
        "mr",
        "mrs",
        "ms",
        "dr",
        "madame",
        "h.e.",
        "the",
        "first",
        "vice",
        "acting",
        "former",
        "then",
        "current",
        "new",
        "chamber",
        "senate's",
        "north",
        "south",
        "east",
        "west",
        "central",
        "upper",
        "lower",
        "high",
        "supreme",
        "joint",
        "bilateral",
        "special",
        "islamic",
        "democratic",
        "people",
        "world",
        "global",
        "regional",
        "united",
        "arab",
        "african",
        "european",
        "asian",
        "city",
        "region",
        "province",
        "district",
        "street",
        "square",
        "hall",
        "centre",
        "center",
        "museum",
        "memorial",
        "day",
        "week",
        "year",
        "met",
        "meets",
        "meet",
        "holds",
        "held",
        "signs",
        "signed",
        "visits",
        "visited",
        "receives",
        "received",
        "discusses",
        "discussed",
        "says",
        "said",
        "hosts",
        "hosted",
        "calls",
        "arrives",
        "talks",
        "with",
        "law",
        "home",
        "industry",
        "labour",
        "labor",
        "information",
        "communications",
        "environment",
        "development",
        "planning",
        "youth",
        "sports",
        "science",
        "technology",
        "responsible",
        "expatriates",
        "diwan",
        "amiri",
        "court",
        "presidential",
        "presidency",
        "retreat",
        "islands",
        "island",
        "province",
        "caption",
        "photo",
        "counsellor",
        "counselor",
        "plenipotentiary",
        "extraordinary",
        "designate",
        "elect",
        "emeritus",
        # documents and buildings named like people: "the Liptako-Gourma Charter",
        # "Hotel Intercontinental", "Indian External Affairs Minister"
        "charter",
        "treaty",
        "accord",
        "declaration",
        "hotel",
        "plaza",
        "stadium",
        "campus",
        "external",
        "ocean",
        "sea",
        "gulf",
        "coast",
        # names of documents and ties, regions, palaces, services ("the Special Strategic
        # Partnership", "the Eastern Mediterranean", "Istana Negara", "Chief of Army Staff")
        "partnership",
        "agreement",
        "strategic",
        "comprehensive",
        "eastern",
        "western",
        "northern",
        "southern",
        "mediterranean",
        "istana",
        "negara",
        "army",
        "staff",
        # verbs of headlines in title case ("HH the Amir, Kuwaiti Amir Hold Talks")
        "hold",
        "holds",
        "meets",
        "signs",
        "discuss",
        "discusses",
        "receives",
        "arrives",
        # institutions and publications named in title case ("the Moroccan Academy of
        # Diplomatic Studies", "Official Gazette No. 18", "Minister of the Interior, Local
        # Authorities and Land Planning")
        "academy",
        "studies",
        "institute",
        "gazette",
        "authorities",
        "local",
        "land",
        "diplomatic",
        # portfolios in the names of ministries ("Minister of Agriculture and Cooperatives
        # Thamanat Prompow", "Minister for Industry, Commerce and Employment Namgyal Dorji")
        "agong",  # "the Yang di-Pertuan Agong Al-Sultan Abdullah …": the end of the title
        "cooperatives",
        "commerce",
        "employment",
        "mobility",
        "human",
        "rights",
        "fisheries",
        "livestock",
        "mines",
        "mining",
        "minerals",
        "mineral",
        "resources",
        "infrastructure",
        "works",
        "housing",
        "welfare",
        "solidarity",
        "women",
        "family",
        "social",
        "digital",
        "innovation",
        "aviation",
        "maritime",
        "petroleum",
        "endowments",
        "heritage",
        "telecommunications",
        "immigration",
        "citizenship",
        "diaspora",
        "community",
        "abroad",
        "integration",
        "productivity",
        "workplace",
        "entrepreneurship",
        "enterprises",
        "treasury",
        "humanitarian",
        "religious",
        "veterans",
        "irrigation",
        "company",
        "corporation",
        "forestry",
    ]
)
# "Nurlanbek Turgunbek uulu", "Aida kyzy", "Ilham Heydar oglu": a patronymic's last word
_PATRONYMIC_ENDS = ("uulu", "kyzy", "ogly", "oglu", "qizi")
# Every token starts at a word boundary (a patronymic too: a letter after a space), so the
# `\b` leads the whole alternation: `quick.guard` then rejects at once every position that
# is no word start or whose character starts no token (as written with a `\b` in each
# alternative but the patronymic's, `re` tried all five at every position of a sentence).
_TOKEN = re.compile(
    rf"\b(?:(?:[A-Z]\.){{2,3}}|ʻ?[{_UPPER}][\w'’\-]*\.?|(?:bin|binti|bint|ibn|al|el|de|da|do|dos|das|del|van|von|der|den|du|la|las|los|le|di|y|Al|El)(?=[\s-])"
    rf"|(?<=[a-z] )(?:{'|'.join(_PATRONYMIC_ENDS)})\b"
    # "Ulisses Correia e Silva": the Portuguese "e" only between two name words
    r"|e(?=\s[A-Z]))"
)
_PARTICLES = frozenset(
    {
        "bin",
        "binti",
        "bint",
        "ibn",
        "al",
        "el",
        "de",
        "da",
        "do",
        "dos",
        "das",
        "del",
        "van",
        "von",
        "der",
        "den",
        "du",
        "la",
        "las",
        "los",
        "le",
        "di",
        "y",
        "e",
    }
)


@dataclass(frozen=True)
class Person:
    name: str
    start: int
    end: int
    role: str | None
    country: str | None
    speaks: bool = False  # the sentence reports what this person said or did in the talks
    sender: bool = False  # named only as who sent someone: "an envoy of President X"


SPEECH = re.compile(
    r"(?:\s*,[^,]{0,120},)?\s*(?:also\s+|in\s+turn,?\s+|then\s+)?(?:said|says|noted|stressed|mentioned|emphasi[sz]ed|underlined|"
    r"underscored|told|added|thanked|expressed|voiced|pointed|informed|greeted|welcomed|"
    r"congratulated|called|highlighted|praised|recalled|briefed|assured|proposed|suggested)\b"
)


# Word tests cached by word: the same words recur in every sentence and document.
@lru_cache(maxsize=16384)
def _is_stop(word: str) -> bool:
    if word.rstrip(".,") == "Said":
        return False  # a name ("Haitham bin Tariq Al Said", "Said Djinnit"), not the verb
    low = word.lower()
    return low.rstrip(".,’'s") in STOP or low in STOP or _is_title(word)


@lru_cache(maxsize=16384)
def _is_title(word: str) -> bool:
    return _TITLE.fullmatch(word) is not None


@lru_cache(maxsize=16384)
def _is_initial(word: str) -> bool:
    return _INITIAL.fullmatch(word) is not None


_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})
_SUFFIXES |= frozenset(_PATRONYMIC_ENDS)
_MONARCH = re.compile(
    r"\b(?:Pope|King|Queen|Emir|Sultan|Prince|Princess|Grand\s+Duke|Grand\s+Duchess|Emperor|"
    r"Empress|Patriarch)\s+$"
)
# "President Xi", "Kazakh FM Nurtleu": one name word right after a title
_TITLE_BEFORE = re.compile(
    r"\b(?:President|Minister|Premier|Chancellor|Speaker|Ambassador|PM|FM|DPM|Secretary|Governor|"
    r"Amir|Emir|Senator)\s+$"
)
_SENDER = re.compile(
    r"\b(?:envoy|emissary|message|letter|representative|behalf|greetings|regards|wishes|"
    r"invitation|congratulations|condolences|instructions?|directives?|behest|orders|"
    r"(?:statement|release)\s+(?:issued\s+)?by\s+the\s+office)\s+(?:of|from)\s+(?:the\s+)?"
    r"(?:[\w’'-]+\.?,?\s+){0,8}$",  # ("the greetings of Maldives President Dr. X")
    re.I,
)
_BEHALF_BY = re.compile(r"(?i)^behalf\s+of\b.*\sby\s")
_INITIAL = re.compile(r"(?:[A-Z]\.){1,3}")
# "a Saudi delegation led by Deputy Foreign Minister X": X is of the delegation's state
_LED_BY = re.compile(
    r"\b(?:delegation|team|mission)\s+(?:was\s+)?(?:led|headed|chaired)\s+by\s+(?:the\s+)?$"
)
# "a delegation of the Lao National Assembly led by", "a Cambodian parliamentary delegation
# headed by its First Vice President": the state named in the delegation's own words
_LED_BY_OF = re.compile(
    r"\b(?:delegation|team|mission)\s+of\s+(?P<of>[^,;.()]{3,70}?)\s+(?:was\s+)?"
    r"(?:led|headed|chaired)\s+by\s+(?:the\s+|its\s+)?$"
    r"|(?P<adj>\b(?:[A-Za-z][\w-]*\s+){1,2})(?:delegation|team|mission)\s+(?:was\s+)?"
    r"(?:led|headed|chaired)\s+by\s+(?:its\s+)?$"
)


def _delegation_of(text: str, lo: int, at: int, mentions: list[CountryMention]) -> str | None:
    """The state of "a Saudi delegation led by" just before a role at `at`."""
    led = _LED_BY.search(text, lo, at)
    if led is None:
        return _delegation_named(text, lo, at, mentions)
    near = [
        m for m in mentions if lo <= m.start and m.end <= led.start() and led.start() - m.end <= 12
    ]
    return near[-1].code if near else _delegation_named(text, lo, at, mentions)


def _delegation_named(text: str, lo: int, at: int, mentions: list[CountryMention]) -> str | None:
    """The state named inside "a delegation of the Lao National Assembly led by" or by two
    words before "delegation" ("a Lao parliamentary delegation headed by")."""
    led = _LED_BY_OF.search(text, lo, at)
    if led is None:
        return None
    span = led.span("of") if led.group("of") else led.span("adj")
    inside = [m for m in mentions if span[0] <= m.start and m.end <= span[1]]
    return inside[0].code if len({m.code for m in inside}) == 1 else None


# Titles that are also given names or name parts.
_NAME_TITLES = frozenset({"Amir", "Emir", "King", "Sultan", "Prince", "Malik", "Rais"})
# "Sultan bin Saad": a title word followed by "bin" is the first name of a patronymic name.
_GIVEN_NAME = re.compile(r" (?:bin|bint|binti|ibn) [A-Z]")


_REPORTER = re.compile(
    r"(?i)\bspokes(?:man|woman|person|people)\b|\bpress\s+secretary\b|\bcorrespondent\b|\breporter\b"
)
# A style written right before a name marks a dignitary even where the text gives no role:
# "H.H. Sheikh Mohamed bin Zayed", "Datuk Seri Anwar Ibrahim", "Dr. S. Jaishankar",
# "His Royal Highness Prince Mohammed bin Salman", "H.E. Javier Milei" (not "Madame", "Mrs":
# the style of spouses at the side of a visit)
_STYLED = re.compile(
    r"(?:\b(?:Sheikh|Sheikha|Shaikh|Shaikha|Sayyid|Sayyida|Datuk|Dato['’]?|Seri|Sri|Tun|Tunku|"
    r"Tengku|Samdech|Prince|Princess|Excellency|Highness|Majesty|Alhaji|Dasho|Pengiran|HRH|Dr|"
    r"Mr)\.?|\bH\.(?:E|H|R\.H|M)\.)\s+$"
)
# "China's Xi Jinping met Russia's Vladimir Putin": a name after a state's possessive, with no
# role, is its leader or minister when an act or a list goes on after it (not "China's Belt
# and Road Initiative", "Kenya's Lake Turkana Wind Power")
_ACT_AFTER = re.compile(
    r"(?:,|\.(?:\s|$)|\s+and\b|\s+(?:met|meets|held|holds|hosted|hosts|received|receives|welcomed|"
    r"welcomes|visited|visits|arrived|arrives|spoke|speaks|talked|signed|signs|said|says|told|"
    r"will|is|was|has|had|also|on|in|at|during|for|to|with)\b)"
)
_NOT_PERSON = frozenset(
    [
        "Initiative",
        "Forces",
        "Force",
        "Mission",
        "Congress",
        "Road",
        "Corridor",
        "Company",
        "Railways",
        "Airlines",
        "Airways",
        "Vision",
        "Plan",
        "Program",
        "Programme",
        "Project",
        "Dam",
        "Port",
        "Canal",
        "Zone",
        "Strait",
        "Corporation",
        "Cup",
        "League",
        "Games",
        "Oil",
        "Gas",
        "Power",
        "Telecom",
        "Motors",
        "Holdings",
        "Limited",
        "Ltd",
        "Inc",
        "Fund",
        "Authority",
        "Commission",
        "Ministry",
        "Embassy",
        "Navy",
        "Air",
        "Coast",
        "Guard",
        "Court",
        "Act",
        "Law",
        "Agreement",
        "Treaty",
        "Declaration",
        "Bridge",
        "Railway",
        "Highway",
        "Airport",
        "Stadium",
        "Museum",
        "Centre",
        "Center",
        "Exchange",
        "Index",
        "Market",
        "Police",
        "Service",
        "Office",
        "Department",
        "Cabinet",
        "Senate",
        "Assembly",
        "Government",
        "Republic",
        "Kingdom",
        "Union",
        "Federation",
    ]
)


_CAPITAL_AFTER = re.compile(rf" [{_UPPER}]")
# "the World Leaders Climate Action Summit", "the Nelson Mandela Foundation", "the Sheikh Zayed
# Bridge": the words are the name of a gathering, a body or a place, not of someone there
_NAMED_AFTER = re.compile(
    r" (?:Summit|Forum|Conference|Congress|Dialogue|Expo|Award|Prize|Initiative|Foundation|"
    r"Institute|Centre|Center|Fund|Programme|Program|Agenda|Lecture|Stadium|Airport|University|"
    r"Hospital|Bridge|Road|Street|Avenue|Boulevard|Mosque|Cathedral|Museum|Library|"
    # "travel to Ho Chi Minh City", "arrived in Quezon City": a city named after someone
    r"City)\b"
)
# "officials of Singapore's Energy Market Authority": a body's name, not a person's
_BODY_LAST = frozenset(
    {
        "Authority", "Ministry", "Commission", "Agency", "Corporation", "Company", "Embassy",
        "Department", "Directorate", "Bureau", "Council", "Committee", "Institute",
    }
)  # fmt: skip


def _state_owner(
    text: str, n0: int, n1: int, words: list[str], mentions: list[CountryMention]
) -> str | None:
    """The state whose possessive stands right before a roleless name ("Russia's Vladimir
    Putin met …"), when the name is a person's (two to four words, an act after it)."""
    proper = [w for w in words if w.lower() not in _PARTICLES]  # "Lula da Silva"
    if not 2 <= len(proper) <= 4 or any(w in _NOT_PERSON for w in words):
        return None
    after = n1 - 1 if text[n1 - 1] == "." else n1  # "… and Bolivia's Luis Arce."
    if text[n0 - 3 : n0] not in ("'s ", "’s ") or not _ACT_AFTER.match(text, after):
        return None
    for m in mentions:
        if m.end == n0 - 3 and m.kind in ("name", "alias"):
            return m.code
    return None


# "Kremlin press secretary Dmitry Peskov": the role read is "secretary", the word before it
# makes the press officer who reports the event
_PRESS_BEFORE = re.compile(r"(?i)\bpress\s+$")
_PLURAL_TITLE = re.compile(
    r"\b(?:Presidents|Prime\s+Ministers|Ministers|Speakers|Kings|Leaders|Heads|Chairmen|Chairs|"
    r"Ambassadors|Premiers|Chancellors)\s+of\b",
    re.I,
)
_SURNAME_TITLES = frozenset({"mr", "mrs", "ms", "dr", "madame", "mme", "prof", "miss"})


def _title_in(phrase: str, pos: int = 0) -> re.Match[str] | None:
    """`_TITLE.search(phrase, pos)` (the match's span), faster: an ASCII phrase is searched
    lower-cased with the lower-cased pattern, which `re` matches by first letters (it cannot
    without case); on ASCII text the two match at the same places."""
    if phrase.isascii():
        return _TITLE_LOW.search(phrase.lower(), pos)
    return _TITLE.search(phrase, pos)


def _ends_sentence(word: str) -> bool:
    """A capitalised word with the sentence's full stop ("Yi."), not an abbreviation ("Mr.")."""
    bare = word[:-1]
    return (
        len(bare) >= 2 and "." not in bare and bare.lower() not in HONORIFICS | {"st", "jr", "sr"}
    )


# Stop words that are also (Vietnamese, Korean, Chinese) name parts: "To Lam", "An Ho-young"
_MONTH_NAMES = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August"}
    | {"September", "October", "November", "December"}
)
# "To Lam", "Foreign Minister January Makamba": stop words that begin a name after a title
_NAME_STOPS = frozenset({"To", "An"}) | _MONTH_NAMES
# "Prime Minister To Visit Japan" (a title-case headline): a verb after the word, not a name
_HEADLINE_VERBS = (
    "Visit|Meet|Hold|Attend|Sign|Travel|Be|Host|Receive|Discuss|Pay|Lead|Address|Open|"
    "Make|Take|Join|Boost|Seek|Head|Tour|Arrive|Deepen|Strengthen|Hail|Begin|Start|Embark|Chair"
)
_NAME_AFTER_STOP = re.compile(rf" (?!(?:{_HEADLINE_VERBS}|The|A|An)\b)[{_UPPER}][a-zà-öø-ÿ]+\b")
# "Prime Minister To Visit Vietnam Next Week" (a title-case headline): no name after "To"
_TO_VERB = re.compile(rf"To (?:{_HEADLINE_VERBS})\b")


def _name_stop(text: str, word: str, end: int) -> bool:
    """A capitalised stop word right after a title that begins a name ("General Secretary
    To Lam"): one of the few that are name parts, followed by a name word."""
    return word in _NAME_STOPS and _NAME_AFTER_STOP.match(text, end) is not None


# what may follow a month that ends a name ("Theresa May met …", "Theresa May's"): not a
# day or year ("Kagame May 5") nor a title-case headline's next word ("Theresa May Visits")
_MONTH_SURNAME_NEXT = re.compile(r"(?!\s*\d)(?!\s+[A-Z])")


def _month_surname(text: str, word: str, end: int) -> bool:
    """A month as the last word of a name run ("Prime Minister Theresa May")."""
    base = word.rstrip(".,").removesuffix("’s").removesuffix("'s")
    return base in _MONTH_NAMES and _MONTH_SURNAME_NEXT.match(text, end) is not None


@dataclass(frozen=True, slots=True)
class _Word:
    """What `_runs` asks of a capitalised word, worked out once per word (see `_word`)."""

    title: bool  # a title word ("Minister")
    initial: bool  # initials, not an honorific ("S.", "A.K.")
    honorific: bool  # "Mr", "Sheikh" …
    stop: bool  # ends a name or cannot be one (`_is_stop`)
    ambiguous: bool  # a title that is also a name part ("Amir", "King")
    suffix: bool  # "Jr.", "III"
    full_stop: bool  # a name word with the sentence's full stop ("Yi.")
    breaks: bool  # a stop word (not an honorific) or a word with a full stop
    possessive: bool  # "Lavrov's"
    particle: bool  # "bin", "al", "de" …
    # a stop word that only ends the run (none of the cases `_runs` reads before that):
    # "The", "Minister", "Ministry"
    plain: bool


@lru_cache(maxsize=16384)
def _word(word: str) -> _Word:
    low = word.lower()
    stop = _is_stop(word)
    initial = _is_initial(word) and low not in HONORIFICS
    ambiguous = word.removesuffix(".") in _NAME_TITLES
    suffix = word.rstrip(".,") in _SUFFIXES
    breaks = (stop and low.rstrip(".") not in HONORIFICS) or word.endswith(".")
    return _Word(
        title=_is_title(word),
        initial=initial,
        honorific=low in HONORIFICS,
        stop=stop,
        ambiguous=ambiguous,
        suffix=suffix,
        full_stop=word.endswith(".") and _ends_sentence(word) and not stop,
        breaks=breaks,
        possessive=word.endswith(("’s", "'s", "s’", "s'")),  # "Lavrov's", "Peters' trip"
        particle=low in _PARTICLES,
        plain=stop
        and breaks
        and not (initial or ambiguous or suffix)
        and word not in _NAME_STOPS,  # (`full_stop` is only for words that are no stop)
    )


# a nickname in quotes inside a name: 'President Joko "Jokowi" Widodo', "Ferdinand 'Bongbong'
# Marcos Jr." (the name is the words around it; the nickname stands for the person later)
_NICKNAME = re.compile(rf" [\"“‘']([A-Z][\w\-]{{1,20}})[\"”’'] (?=[{_UPPER}])")
_NICKNAME_IN = re.compile(r" [\"“‘'][A-Z][\w\-]{1,20}[\"”’'](?= )")


def written(text: str, p: Person) -> list[str]:
    """The words the person stands for where he is named, without a quoted nickname."""
    return _NICKNAME_IN.sub("", text[p.start : p.end]).split()


def _runs(text: str, start: int, end: int, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of consecutive capitalised non-stop words (particles allowed inside)."""
    runs: list[tuple[int, int]] = []
    current: list[tuple[int, int, _Word]] = []  # the words of the run being read

    def close() -> None:
        while current and current[-1][2].particle:
            current.pop()
        if current:
            runs.append((current[0][0], current[-1][1]))
        current.clear()

    previous_title = False
    previous_end = -1
    nickname_end = -1  # where the name goes on after a quoted nickname inside it
    skip_verb = False
    b = 0
    n_blocked = len(blocked)
    for tok in _TOKEN.finditer(text, start, end):
        word = tok.group(0)
        at, tok_end = tok.span()
        w = _word(word)
        if w.plain and not skip_verb:
            # what the steps below do with a plain stop word: it closes the run (one of
            # honorifics alone is dropped: "HM The …"); `b` catches up at the next word
            previous_title, previous_end = w.title, tok_end
            if current and all(c[2].honorific for c in current):
                current.clear()
            else:
                close()
            continue
        while b < n_blocked and blocked[b][1] <= at:
            b += 1
        inside = False
        k = b
        while k < n_blocked and blocked[k][0] <= at:
            if at < blocked[k][1]:
                inside = True
                break
            k += 1
        # the gap from the run's last word: joined by one space or hyphen, or none
        if current:
            last_end = current[-1][1]
            spaced = at == last_end + 1 and text[last_end] == " "
            joined = at == last_end or spaced or (at == last_end + 1 and text[last_end] == "-")
            if not joined and at == nickname_end:
                spaced = joined = True  # 'Joko "Jokowi" Widodo': the name goes on past it
        else:
            spaced = joined = True
        nickname = _NICKNAME.match(text, current[-1][1]) if current and not w.stop else None
        if nickname and nickname.start(1) == at:
            nickname_end = nickname.end()
            continue
        after_title = previous_title and previous_end + 1 == at and text[previous_end] == " "
        previous_title, previous_end = w.title, tok_end
        if inside and current and spaced and not current[-1][2].stop:
            inside = False  # a surname that is also a state's name: "Luis Montenegro"
        item = (at, tok_end, w)
        if w.initial and not inside:
            if current and not joined:
                close()
            current.append(item)  # "S. Jaishankar", "A.K. Abdul Momen"
            continue
        if (w.ambiguous or w.stop) and current and all(c[2].honorific for c in current):
            current.clear()  # "HM King Mohammed VI": the honorific before a title
        if w.ambiguous and (
            (current and joined) or after_title or _GIVEN_NAME.match(text, tok_end)
        ):
            # "Tiong King Sing", "Speaker Amir Ohana", "Minister Sultan bin Saad Al Muraikhi"
            current.append(item)
            if word.endswith("."):
                close()  # "Ambassador Inga Rhonda King."
            continue
        if current and w.suffix and joined:
            current.append(item)  # "Ferdinand Marcos Jr."
            close()
            continue
        if w.full_stop and not inside:
            if current and not joined:
                close()
            current.append(item)
            close()
            continue
        if word == "To" and _TO_VERB.match(text, at):
            close()
            skip_verb = True
            continue
        if skip_verb:
            skip_verb = False
            close()
            continue
        if after_title and not current and _name_stop(text, word, tok_end):
            current.append(item)  # "General Secretary To Lam": a name part that is a stop word
            continue
        if current and spaced and not current[-1][2].stop and _month_surname(text, word, tok_end):
            current.append(item)  # "Theresa May": a surname that is a month
            close()
            continue
        if inside or w.breaks:
            close()
            continue
        if current and not joined:
            close()
        current.append(item)
        if w.possessive:
            close()
    close()
    return runs


_HONORIFIC_STEMS = HONORIFICS | {w.rstrip(".") for w in HONORIFICS}  # "h.e", "mr" …


# "Mr Seán Murphy TD", "Jane Doe MP": a member's letters after the name, no part of it
_POST_NOMINALS = frozenset({"TD", "MP", "MLA", "MEP", "MSP", "KC", "QC"})


def _strip_honorifics(name: str) -> str:
    words = name.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in _HONORIFIC_STEMS:
        words.pop(0)
    while len(words) > 2 and words[-1].rstrip(".,") in _POST_NOMINALS:
        words.pop()
    return " ".join(words)


_ROLE_VERB = re.compile(
    r"\b(?:met|meets|held|holds|signed|signs|visited|visits|received|receives|said|says|hosted|"
    r"paid|pays|called|calls|welcomed|greeted|accompanied|joined|conveyed|will|would|"
    r"call\s+on|calls\s+on|presented|presents|handed|hands|accepted|accepts|delivered|"
    r"delivers|submitted|submits|conveyed|"
    r"attended|discussed|agreed|arrived|took|was|were|is|are|has|have|had)\b"
)
_ROLE_LEFT = re.compile(r"(?:(?:his|her|their|its|the)\s+)?(?:[\w’'\-]+\s+){0,10}?$")


# "…, and": the words before a comma that end a clause, not a role with commas in it
_ROLE_CUT = re.compile(r"\b(?:said|met|received|with|and)\s*$")
# the determiner and adjectives before a role's first title word
_ROLE_LEAD = re.compile(
    r"(?:\b(?:his|her|their|its|the|a)\s+)?(?:\b(?:first|former|late|then|acting|outgoing|incoming|"
    r"new|newly[\s-]+appointed|current)\s+)*(?:(?:[A-Z][\w’'\-]*|(?:[A-Z]\.){2,3})\s+)*"
    r"(?:\b(?:special|top|chief|national|senior|security|presidential|interim|caretaker|"
    r"foreign|deputy|vice)\s+){0,3}$"
)


def _rank(words: list[str]) -> bool:
    """ "…, General Abdel Fattah al-Burhan": a military rank worn before the name, not the
    office "Secretary General"."""
    return words[-1] in ("General", "Marshal") and not _OFFICE_GENERAL.search(" ".join(words[-2:]))


_JOINED_PORTFOLIO = re.compile(r"([A-Z][\w'’\-]*)(?:,\s+|\s+and\s+|\s+&\s+)$")


def _last_title(role: str) -> str:
    """The last title word of a role, lower-cased ("representative" in "Permanent
    Representative of Indonesia to the UN")."""
    last = ""
    for m in _TITLE_LOW.finditer(role.lower()):
        last = m.group(0).removesuffix("s")
    return last


def _two_offices(left: str, idx: int) -> bool:
    """ "Prime Minister and Minister of Foreign Affairs", "Party General Secretary and President":
    one person's two offices, a title word on each side of the "and" (not "President and
    Ugandan Foreign Minister", where the second office has its own state)."""
    if idx < 0 or not _is_title(_last_word(left, idx)):
        return False
    after = left[idx + 5 :].split(" ", 1)[0]
    return _is_title(after) or _portfolio_word(after)


def _last_word(text: str, end: int) -> str:
    return text[text.rfind(" ", 0, end) + 1 : end]


def _portfolio_word(word: str) -> bool:
    """A capitalised word that names a portfolio, not a title ("Trade", "Commerce", "Law")."""
    return (
        bool(word)
        and word[0].isupper()
        and _is_stop(word)
        and not _is_title(word)
        and word.lower() not in ("the", "a", "an")
    )


def _portfolio_before(left: str, cut: int) -> bool:
    """ "…, Investment, Trade and Industry Minister": one to three capitalised portfolio words
    (stop words, no title) between the comma `cut` and the one before it."""
    words = left[max(left.rfind(",", 0, cut), 0) : cut].strip(" ,").split()
    return 0 < len(words) <= 3 and all(_portfolio_word(w) for w in words)


def _role_before(text: str, sent_start: int, name_start: int) -> str | None:
    """The title phrase that ends right before the name ("Chair of the Milli Majlis")."""
    left = text[max(sent_start, name_start - 140) : name_start]
    # "the foreign ministers, Dr Naledi Pandor": honorifics between the role and the name
    words = left.rstrip().split(" ")
    popped: list[str] = []
    while (
        len(words) > 1
        and (
            (
                words[-1].lower() in HONORIFICS
                and words[-1].lower() not in ("prince", "princess")
                and not _TITLE.fullmatch(words[-1])
            )
            or _rank(words)
            # "the Permanent Representative of X to the UN, Ambassador Y": the style after the role
            or (words[-1] == "Ambassador" and words[-2].endswith(",") and _title_in(left[:-12]))
        )
    ):
        popped.append(words.pop())
    if popped and len(words) > 1 and words[-1].lower() == "the":
        words.pop()  # "Prime Minister, the Most Hon. Andrew Holness"
    if popped and words[-1].endswith(("'s", "’s")) and popped[-1].lower() in _RANKS:
        return words[-1] + " " + popped[-1]  # "Niger's General Abdourahamane Tiani"
    left = " ".join(words) + " " if len(words) > 0 else left
    portfolios = False  # the role begins with portfolios listed before its title word
    opened = left.rfind("(")
    paren = opened if opened > left.rfind(")") else -1  # "Secretary (West) X" keeps its role
    cut = max(left.rfind(","), left.rfind(";"), paren, left.rfind("—"), left.rfind(" – "))
    if cut >= 0 and not left[cut + 1 :].strip():
        # "Nigeria's Minister of Foreign Affairs, Geoffrey Onyeama": the role stands before a comma.
        left = left[:cut]
        cut = max(left.rfind(","), left.rfind(";"), left.rfind("("), left.rfind("—"))
        # "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser
        # Bourita": a role with commas in it reaches back to its title word.
        for _ in range(3):
            if cut < 0 or _title_in(left[cut + 1 :]) or not _title_in(left[:cut]):
                break
            before = left[:cut]
            if _ROLE_CUT.search(before):
                break
            cut = max(before.rfind(","), before.rfind(";"), before.rfind("("), before.rfind("—"))
    elif cut >= 0 and not _title_in(left[cut + 1 :]) and _PORTFOLIOS.fullmatch(left, cut + 1):
        # "Minister for Industry, Commerce and Employment Namgyal Dorji": the portfolios after
        # a comma end a role that began before it
        before = left[:cut]
        back = max(before.rfind(","), before.rfind(";"), before.rfind("("), before.rfind("—"))
        if _title_in(before, back + 1) and not _ROLE_CUT.search(before):
            cut = back
    elif cut >= 0 and _portfolio_before(left, cut):
        # "Investment, Trade and Industry Minister Tengku Zafrul": portfolios listed before the
        # title word, the first of them before the comma
        head = _title_in(left, cut + 1)
        if head and " and " in left[cut + 1 : head.start()]:
            cut = max(left.rfind(",", 0, cut), left.rfind(";", 0, cut), -1)
            portfolios = True
    left = left[cut + 1 :] if cut >= 0 else left
    # The role starts at its first title word or the determiner/adjectives before it.
    for boundary in (
        " with ",
        " by ",
        " and ",
        " between ",
        " met ",
        " received ",
        " said ",
        " told ",
    ):
        idx = left.rfind(boundary)
        if boundary == " and " and (
            portfolios or _portfolio_word(_last_word(left, idx)) or _two_offices(left, idx)
        ):
            continue
        if idx >= 0 and _title_in(left[idx + len(boundary) :]):
            left = left[idx + len(boundary) :]
    verbs = list(_ROLE_VERB.finditer(left))
    if verbs:
        # "Officials discussed … the visit of the Croatian Prime Minister X": the role starts
        # after the last verb ("The leaders … met on the sidelines of the Hangzhou G20": none)
        left = left[verbs[-1].end() :]
    title = _title_in(left)
    while title and left[title.end() : title.end() + 1] in ("'", "’"):
        title = _title_in(left, title.end())  # "the Leaders' Retreat": a name, no role
    if not title:
        return None
    lead = _ROLE_LEAD.search(left[: title.start()])
    begin = 0 if portfolios else lead.start() if lead else title.start()
    if not portfolios and left.endswith(" and ", 0, begin):
        # "Commerce and Industry Minister", "Foreign and Expatriates Minister": portfolios
        # joined by "and" before the title word
        for _ in range(3):
            joined = _JOINED_PORTFOLIO.search(left, 0, begin)
            if joined is None or not _portfolio_word(joined.group(1)):
                break
            begin = joined.start(1)
    role = left[begin:].strip(" ,.")
    article = _ARTICLE.match(role)
    role = role[article.end() :] if article else role

    words = role.split()
    while words and (words[-1].lower().rstrip(".") in HONORIFICS or _rank(words)):
        if _is_title(words[-1]) and not any(_is_title(w) for w in words[:-1]):
            break  # "Indonesian Ambassador X": the title the role has, not a style before the name
        if len(words) > 1 and _TITLE.fullmatch(" ".join(words[-2:])):
            break  # "Crown Prince Mohammed bin Salman": not "Crown"
        words.pop()
    while (
        len(words) > 1
        and (
            (words[0].lower() in HONORIFICS and words[0].lower() not in ("his", "her"))
            or (words[0] in ("His", "Her") and words[1].lower() in _STYLES)
        )
        and not _TITLE.fullmatch(words[0])
        and not (words[0] == "Sri" and words[1].startswith("Lank"))  # "Sri Lankan President"
    ):
        words.pop(0)  # "HM King", "H.E. Ambassador", "His Excellency President"
    while len(words) > 1 and words[0].lower() in _CALENDAR:
        words.pop(0)  # "received … on Monday Rwandan President Paul Kagame"
    return " ".join(words) or None


_CALENDAR = frozenset(
    {
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("today", "yesterday", "tonight", "january", "february", "march", "april", "may"),
        *("june", "july", "august", "september", "october", "november", "december"),
    }
)
_STYLES = frozenset({"excellency", "highness", "majesty", "royal", "holiness", "eminence"})
_ARTICLE = re.compile(r"(?:the|a)\s+", re.I)
_DANGLING = (" and", " of", " for", " to", " the", " &")  # a role that goes on past them
_RANKS = frozenset(
    {"captain", "general", "colonel", "lieutenant", "brigadier", "admiral", "marshal", "major"}
)
# capitalised portfolio words joined by commas and "and": "Commerce and Employment"
_PORTFOLIOS = re.compile(r"\s*[A-Z][\w'’\-]*(?:(?:\s+|,\s*|\s+and\s+|\s+&\s+)[A-Z][\w'’\-]*)*\s*")
# "Secretary General", "Director General": an office, not the military rank before a name
_OFFICE_GENERAL = re.compile(
    r"(?i)\b(?:secretary|director|attorney|governor|consul|inspector|surgeon|solicitor|"
    r"postmaster|auditor|advocate)[\s-]+general$"
)
_RELATIVE = re.compile(r"\s*(?:who|which|that)\b")
_THAT = re.compile(r"\s(?:that|affirmed|stated|declared|announced|reiterated|confirmed)\s")
_APPOSITION = re.compile(r",\s+((?:the\s+)?[^,;]{3,120}?)(?:,|;|\.|$)")


def _role_after(text: str, name_end: int, sent_end: int) -> str | None:
    match = _APPOSITION.match(text, name_end, sent_end)
    if not match:
        return None
    phrase = match.group(1)
    title = _title_in(phrase)
    relative = _RELATIVE.match(phrase)
    if title and title.start() < 40 and " and " not in phrase[: title.start()] and not relative:
        if _ROLE_VERB.search(phrase) or _SPEECH_WORD.search(phrase) or _THAT.search(phrase):
            return None  # "During the meeting with X, President Y affirmed that …": a clause
        end = match.end(1)
        # "X, Vice President, Deputy Prime Minister and Chairman of the Presidential Court,":
        # the offices and portfolios listed after the first comma are the role's too
        for _ in range(3):
            more = _MORE_ROLE.match(text, end, sent_end)
            if more is None or not _continues_role(more.group(1)):
                break
            end = more.end(1)
        return text[match.start(1) : end].strip()
    return None


_MORE_ROLE = re.compile(r",\s+([^,;.]{3,80}?)(?=,|;|\.|$)")


def _continues_role(segment: str) -> bool:
    """A segment after a role's comma that goes on with it: an office ("Deputy Prime Minister
    and Chairman of …") or portfolios ("Trade and Industry of Kenya"), not a clause, a place
    or the next person (", and H.H. Sheikh …")."""
    words = segment.split()
    if not words or len(words) > 10 or _ROLE_VERB.search(segment):
        return False
    first = words[0]
    return (_is_title(first) or _portfolio_word(first)) and (
        _title_in(segment) is not None or " and " in segment
    )


def _country_of(
    role: str | None, start: int, end: int, mentions: list[CountryMention]
) -> str | None:
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    demonyms = [m for m in inside if m.kind == "demonym"]
    chosen = demonyms or inside
    return chosen[0].code if chosen else None


# A title worn as a style after the office, set off by a comma: "Minister of Foreign Affairs
# and Foreign Trade, Senator the Hon. Kamina Johnson Smith" holds the office, not "Senator"
_STYLE_TITLE = re.compile(
    r",\s+(Senator|Senadora?|Sen\.)\s+(?:(?:the|Dr\.?|Hon\.?|Most|Rt\.?)\s+)*$"
)


def _office_before_style(text: str, start: int, role: str | None, name_start: int) -> str | None:
    """The office written before a style title ("Minister …, Senator the Hon. X"), else `role`."""
    if role is None or role.split()[0] not in ("Senator", "Senadora", "Senador", "Sen."):
        return role
    style = _STYLE_TITLE.search(text, max(start, name_start - 40), name_start)
    if style is None:
        return role
    return _role_before(text, start, style.start()) or role


def _whole_state(
    text: str, role: str | None, name_start: int, mentions: list[CountryMention]
) -> str | None:
    """The role with the whole state it begins inside: "St. Kitts and Nevis Prime Minister",
    not "Nevis Prime Minister" (the role was cut at the state's "and")."""
    if not role:
        return role
    at = text.rfind(role, max(0, name_start - len(role) - 40), name_start)
    for m in mentions:
        if m.start < at < m.end:
            whole = text[m.start : name_start].strip(" ,")
            return whole if whole.endswith(role) else role
    return role


# the words between two names of a list after one role: ", ", " and ", " of Rwanda, "
_LISTED = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w ]{1,30}?)?(?:,\s*|,?\s+and\s+)")
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
# (", and the Republic of Peru, H.E. Ms Lucia Salazar": an excellency's honorifics too)
_AND_OF = re.compile(
    r",?\s+(?:and\s+)?(?P<of>of\s+)?(?:the\s+)?(?P<state>[A-Z][\w' ]{1,40}?),\s*"
    r"(?:H\.E\.\s+)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
)
_PLACE_BEFORE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?(?:(?:Hotel|Palace|Hall|House|Plaza)\s+)?$")
_BUILDING_AFTER = re.compile(
    r"\s+(?:(?:presidential|royal|state|official)\s+)?(?:palace|residence|hotel|building|hall)\b"
)


def find(text: str, start: int, end: int, mentions: list[CountryMention]) -> list[Person]:
    """People named in text[start:end] with the role and country the text gives them."""
    blocked = sorted((m.start, m.end) for m in mentions)
    people: list[Person] = []
    listed = 0
    queue: list[str] = []
    place_end = -1  # the end of the last run read as a place
    for n0, n1 in _runs(text, start, end, blocked):
        raw = text[n0:n1].removesuffix("’s").removesuffix("'s")
        if raw.endswith(("s’", "s'")):
            raw = raw[:-1]  # "Winston Peters' trip"
        raw = raw if raw.endswith((" Jr.", " Sr.")) else raw.removesuffix(".")
        gap = 0  # the length of a quoted nickname inside the name
        if '"' in raw or "'" in raw or "“" in raw or "‘" in raw:
            bare = _NICKNAME_IN.sub("", raw)
            gap, raw = len(raw) - len(bare), bare
        name = _strip_honorifics(raw)
        raw_words = raw.split()
        if raw_words[0].lower().rstrip(".") in _SURNAME_TITLES and len(raw_words) == 2:
            continue  # "Mr Bourita": a surname standing for someone named in full elsewhere
        words = name.split()
        single = len(words) == 1 and bool(
            _MONARCH.search(text, max(start, n0 - 16), n0)
            or _TITLE_BEFORE.search(text, max(start, n0 - 30), n0)
            # "the Minister for Foreign Affairs of the Republic of Indonesia, H.E. Sugiono": an
            # excellency's one name
            or text.endswith("H.E. ", max(start, n0 - 5), n0)
        )
        if (len(words) < 2 and not single) or len(words) > 9:
            continue
        if len(words) > 5 and sum(w.lower() not in _PARTICLES for w in words) > 5:
            continue  # more than five name words besides the particles
        n0 = n0 + text[n0:n1].find(words[0])
        if (
            _PLACE_BEFORE.search(text, max(start, n0 - 20), n0)
            or _BUILDING_AFTER.match(text, n1)
            or text[place_end:n0] == ", "
        ):
            place_end = n1  # "at Dataran Perdana, Perdana Putra", "the Sheetal Niwas palace"
            continue
        between = text[people[-1].end : n0] if people else ""
        of_state = _AND_OF.fullmatch(between) if people and ", " in between else None
        # "the foreign ministers of Singapore, X, and Norway, Y": only a state between, no "of"
        if (
            of_state
            and not of_state.group("of")
            and not any(
                m.start == people[-1].end + of_state.start("state")
                and m.end == people[-1].end + of_state.end("state")
                for m in mentions
            )
        ):
            of_state = None
        if people and (of_state or _LISTED.fullmatch(between)):
            # A list after one role: "the deputies A, B and C"; "The Presidents of Kyrgyzstan,
            # Tajikistan and Uzbekistan, A, B and C": each takes the state named in its place;
            # "The ministers of … of the DRC, A, and of Rwanda, B": the state before the name.
            listed += 1
            country = queue[listed] if listed < len(queue) else people[-1].country
            named = [m.code for m in mentions if people[-1].end <= m.start and m.end <= n0]
            if of_state and named:
                country = named[0]
            people.append(
                Person(name, n0, n0 + len(name) + gap, people[-1].role, country, people[-1].speaks)
            )
            continue
        role_before = _role_before(text, max(start, people[-1].end if people else start), n0)
        if role_before and role_before.endswith(_DANGLING):
            # "Minister of Agriculture and Cooperatives X", "Permanent Representative … to the
            # UN Y", "Minister of Foreign Affairs and Human Mobility of …": the run's first word
            # ends the role
            if len(words) < 3:
                continue
            n0 = text.find(words[1], n0 + len(words[0]))
            name = " ".join(words[1:])
            role_before = _role_before(text, max(start, people[-1].end if people else start), n0)
        role_before = _office_before_style(
            text, max(start, people[-1].end if people else start), role_before, n0
        )
        role_before = _whole_state(text, role_before, n0, mentions)
        if _NAMED_AFTER.match(text, n1) or words[-1] in _BODY_LAST:
            continue
        role = role_before or _role_after(text, n1, end)
        owner = _state_owner(text, n0, n1, words, mentions) if role is None else None
        if role is None and (
            _CAPITAL_AFTER.match(text, n1)
            or (
                owner is None
                and (len(words) < 2 or not _STYLED.search(text, max(start, n0 - 24), n0))
            )
        ):
            # no role and no style: not known to be an official; a name cut short by a
            # capitalised word is an institution's ("the Prince Saud Al-Faisal Institute")
            continue
        if role_before:
            role_span = (max(start, text.rfind(role_before, 0, n0)), n0)  # no copy of text[:n0]
        elif role:
            role_span = (n1, min(end, n1 + len(role) + 4))
        else:
            role_span = (n0, n0)  # "Sheikh Mohamed bin Zayed", "Dr. S. Jaishankar": no role
        if (role and _REPORTER.search(role)) or (
            role_before and _PRESS_BEFORE.search(text, max(start, role_span[0] - 24), role_span[0])
        ):
            continue  # a spokesperson reports the event and takes no part in it
        country = owner or _country_of(role, role_span[0], role_span[1], mentions)
        if country is None:
            country = _delegation_of(text, max(start, role_span[0] - 100), role_span[0], mentions)
        listed = 0
        queue = []
        if role_before and _PLURAL_TITLE.search(role_before):
            queue = list(
                dict.fromkeys(
                    m.code for m in mentions if role_span[0] <= m.start and m.end <= role_span[1]
                )
            )
            country = queue[0] if queue else country
        after = _OF_AFTER.match(text[n1 : n1 + 12])
        if after:
            follow = [m for m in mentions if m.start == n1 + after.end()]
            if follow:
                country = follow[0].code
        speaks = bool(SPEECH.match(text, n0 + len(name) + gap, min(end, n0 + len(name) + 160)))
        sent_by = _SENDER.search(text, max(start, n0 - 90), n0)
        # "the Permanent Representative of Indonesia to the UN X": the role's last title is
        # the word, the person is the representative, not who sent one ("an envoy of
        # President Y": the sender)
        sender = sent_by is not None and not (
            role_before and _last_title(role_before) == sent_by.group(0).split()[0].lower()
        )
        # "signed on behalf of Trinidad and Tobago by Dr Amery Browne": who acted, not a sender
        sender = sender and not (sent_by and _BEHALF_BY.search(sent_by.group(0)))
        regnal = _REGNAL.search(text, max(start, n0 - 15), n0) if role and " " not in name else None
        if regnal:
            # "Pope Francis", "Yang di-Pertuan Agong Sultan Ibrahim": one regnal name goes by
            # its title, as annotators write it ("Sultan Ibrahim", not "Ibrahim")
            n0 = regnal.start(1)
            name = text[n0 : n0 + len(regnal.group(1)) + 1] + name
            rest = (role or "").removesuffix(regnal.group(1)).strip()
            role = rest if rest and not rest.endswith(("’s", "'s")) else role
        people.append(Person(name, n0, n0 + len(name) + gap, role, country, speaks, sender))
    return people


_REGNAL = re.compile(r"\b(Pope|Sultan|Grand\s+Duke|Grand\s+Duchess) $")
_REGNAL_TITLES = ("Pope ", "Sultan ", "Grand Duke ", "Grand Duchess ")


def _regnal_title(name: str) -> str | None:
    """The title a regnal name is written with ("Pope " of "Pope Francis"), if any."""
    return next((t for t in _REGNAL_TITLES if name.startswith(t)), None)


def _regnal(name: str) -> bool:
    """A regnal name written with its title ("Pope Francis", "Sultan Ibrahim")."""
    title = _regnal_title(name)
    return title is not None and name.count(" ") == title.count(" ")


# Reigning monarchs (and heirs who act for them) named by title and regnal name alone:
# "King Charles III received …", "Emperor Naruhito met …", "Prince Albert II" stand for their
# states as "President Ruto" would not
_REIGNING = {
    "king": {
        "charles": "GBR", "willem-alexander": "NLD", "philippe": "BEL", "felipe": "ESP",
        "carl": "SWE", "harald": "NOR", "frederik": "DNK", "abdullah ii": "JOR",
        "mohammed vi": "MAR", "salman": "SAU", "hamad": "BHR", "tupou": "TON", "mswati": "SWZ",
        "letsie": "LSO", "maha": "THA", "vajiralongkorn": "THA", "norodom": "KHM",
        "jigme": "BTN",
    },
    "queen": {
        "elizabeth": "GBR", "camilla": "GBR", "margrethe": "DNK", "mary": "DNK", "maxima": "NLD",
        "máxima": "NLD", "mathilde": "BEL", "letizia": "ESP", "rania": "JOR", "silvia": "SWE",
        "sonja": "NOR", "suthida": "THA",
    },
    "emperor": {"naruhito": "JPN", "akihito": "JPN"},
    "empress": {"masako": "JPN", "michiko": "JPN"},
    "grand duke": {"henri": "LUX", "guillaume": "LUX"},
    "grand duchess": {"maria": "LUX", "stéphanie": "LUX", "stephanie": "LUX"},
    "prince": {"albert": "MCO", "hans-adam": "LIE", "alois": "LIE"},
    "sultan": {
        "hassanal": "BRN", "haitham": "OMN", "qaboos": "OMN", "ibrahim": "MYS", "abdullah": "MYS",
    },
    "emir": {"tamim": "QAT", "mishal": "KWT", "meshal": "KWT", "nawaf": "KWT", "sabah": "KWT"},
    "pope": {"francis": "VAT", "benedict": "VAT", "leo": "VAT"},
    "crown prince": {"mohammed bin salman": "SAU", "salman bin hamad": "BHR", "hussein": "JOR"},
}  # fmt: skip
_REIGNING["amir"] = _REIGNING["emir"]
_MONARCH_TITLE = re.compile(
    r"\b(Crown\s+Prince|Grand\s+Duke|Grand\s+Duchess|King|Queen|Emperor|Empress|Prince|Sultan|"
    r"Emir|Amir|Pope)\s*$"
)


def monarch_state(text: str, p: Person) -> str | None:
    """The state of a reigning monarch named by title and regnal name ("King Charles III",
    "Emperor Naruhito", "Prince Albert II"), from the title in the name, the role or before it."""
    title = _MONARCH_TITLE.search(p.role or "") or _MONARCH_TITLE.search(
        text, max(0, p.start - 16), p.start
    )
    name = p.name
    regnal = _regnal_title(name)
    key = (
        regnal.strip().lower()
        if regnal
        else (" ".join(title.group(1).lower().split()) if title else None)
    )
    if key is None:
        return None
    name = name.removeprefix(regnal or "").lower()
    table = _REIGNING.get(key, {})
    return next((code for n, code in table.items() if name == n or name.startswith(n + " ")), None)


_SPEECH_WORD = re.compile(
    r"\b(?:said|says|noted|stressed|mentioned|emphasi|underlin|underscor|told|added|thanked|"
    r"expressed|voiced|pointed|informed|greeted|welcomed|congratulat|called|highlight|praised|"
    r"recalled|briefed|assured|proposed|suggested)"
)


def may_speak(low: str, sent: Sentence) -> bool:
    """Cheap guard over the lower-cased text: does the sentence report what someone said?"""
    return _SPEECH_WORD.search(low, sent.start, sent.end) is not None


# A capitalised title, the way an official is introduced by name ("President X", "Foreign
# Minister Y"): a sentence with no event is read for people only when it has one.
_OFFICIAL = re.compile(
    r"\b(?:President|Minister|Premier|Chancellor|Speaker|Ambassador|King|Queen|Emir|Amir|Sultan|"
    r"Prince|Secretary|Chair(?:man|woman|person)?|Governor|PM|FM|Vice-President|Leader|Head)s?\b"
    r"|\b[Tt]he\s+(?:[A-Z]\w+\s+)?(?:president|minister|leader)\b"
)


def names_official(text: str, sent: Sentence) -> bool:
    return _OFFICIAL.search(text, sent.start, sent.end) is not None


def has_title(low: str, sent: Sentence) -> bool:
    """Cheap check over the lower-cased text: only a sentence with a title word can name an
    official with a role."""
    return (
        _TITLE_LOW.search(low, sent.start, sent.end) is not None
        or _RANK_AFTER_STATE.search(low, sent.start, sent.end) is not None
        or _STYLE_LOW.search(low, sent.start, sent.end) is not None
        or _POSSESSIVE_LOW.search(low, sent.start, sent.end) is not None
    )


# "China's Xi Jinping met …": a name after a possessive, an act after it (see `_state_owner`)
_POSSESSIVE_LOW = re.compile(
    r"['’]s [^\s,.;]+(?: [^\s,.;]+){1,4}(?:,| and | (?:met|held|hosted|received|welcomed|"
    r"visited|arrived|spoke|talked|signed|said|told|will|is|was|also|on|in|at|during|for|to|with)\b|\.)"
)


# A style that names a dignitary with no title word ("H.E. Javier Milei", "H.H. Sheikh
# Mohamed bin Zayed"): see `_STYLED`
_STYLE_LOW = re.compile(
    r"\b(?:h\.e\.|h\.h\.|h\.r\.h\.|hrh|sheikh|sheikha|shaikh|datuk|dato['’]?|tan sri|"
    r"his (?:royal )?highness|his majesty|her (?:royal )?highness|her majesty) "
)


# "Niger's General Abdourahamane Tiani": a rank after a state's name stands for a role
_RANK_AFTER_STATE = re.compile(
    r"['’]s (?:captain|general|colonel|lieutenant|brigadier|admiral|marshal|major) [a-zà-öø-þ]"
)


_NAME_WORD = re.compile(
    rf"[{_UPPER}][\w'’\-]*|bin|binti|bint|ibn|al|el|da|de|do|dos|del|van|von|der"
)
_QUOTED_ALIAS = re.compile(r"\s*(?:'|‘|\"|“|\()([A-Z][\w\-]{2,20})(?:'|’|\"|”|\))")


_SHORT_FAMILY = re.compile(r"[A-Z][a-z]")  # "Xi", "Li", "Hu": a two-letter family name
_NOT_KEYS = _PARTICLES | HONORIFICS  # name words that never stand for the person


def _name_keys(person: Person, text: str) -> list[tuple[str, bool]]:
    """The words that can stand for a person later in the document, with whether each is
    certain (the surname, a quoted nickname) or only a guess (another part of the name, a
    blend like "Jokowi", initials like "AMLO")."""
    words = person.name.split()
    while len(words) > 1 and words[-1].rstrip(".") in _SUFFIXES:
        words = words[:-1]  # "Marcos" for "Ferdinand Romualdez Marcos Jr."
    keys: list[tuple[str, bool]] = [(words[-1], True)]
    if words[-1][:1].islower():
        # "President Al-Sisi" after "Abdel Fattah al-Sisi": the particle capitalised
        keys.append((words[-1][0].upper() + words[-1][1:], True))
    keys += [(alias, True) for alias in _nicknames(text, person)]
    for w in words[:-1]:
        # "Lula", "Samia", "Lee", "Xi" (family name first)
        if (len(w) >= 3 or _SHORT_FAMILY.fullmatch(w)) and w.lower() not in _NOT_KEYS:
            keys.append((w, False))
    if len(words) >= 2 and len(words[0]) >= 3:
        last = words[-1].lower()
        keys += [(words[0] + last[:n], False) for n in (2, 3)]  # "Jokowi"
    if len(words) >= 3:
        keys.append(("".join(w[0].upper() for w in words), False))  # "SBY", "AMLO", "MBS"
    return keys


def _nicknames(text: str, person: Person) -> list[str]:
    """The person's nickname in quotes after or inside the name: "Pushpa Kamal Dahal
    'Prachanda'", 'Joko "Jokowi" Widodo'."""
    alias = _QUOTED_ALIAS.match(text, person.end, person.end + 30) or _NICKNAME.search(
        text, person.start, person.end
    )
    return [alias.group(1)] if alias and alias.group(1).lower() not in STOP else []


def register(known: dict[str, Person], persons: list[Person], text: str) -> None:
    """Remember the officials named in full, under every word that may stand for them."""
    for p in persons:
        if not p.role or len(p.name.split()) < 2 or _regnal(p.name):
            continue  # "Sultan Ibrahim": one name, which may be any Ibrahim's
        for key, certain in _name_keys(p, text):
            held = known.get(key)
            if certain or held is None or held.name == p.name or _fuller_form(held, p):
                known[key] = p


def _fuller_form(held: Person, p: Person) -> bool:
    """ "Marcelo Ebrard Casaubón" after "Marcelo Ebrard" (a headline's short form): the same
    official in full, whom later references stand for."""
    if held.country and p.country and held.country != p.country:
        return False
    short, full = held.name.casefold().split(), p.name.casefold().split()
    return len(full) > len(short) and full[: len(short)] == short


_WORD_BEFORE = re.compile(r"([\w'’\-.]+)\s+$")
_WORD_AFTER = re.compile(r"\s+([\w'’\-]+)")


def _local_name(text: str, at: int, end: int, start: int, stop: int) -> tuple[int, str]:
    """The run of name words around text[at:end] ("Gurbanguly Berdimuhamedov")."""
    a, b = at, end
    while True:
        m = _WORD_BEFORE.search(text[max(start, a - 30) : a])
        if not m or not _NAME_WORD.fullmatch(m.group(1)) or _is_stop(m.group(1)):
            break
        if m.group(1).lower() in HONORIFICS:
            break
        a = max(start, a - 30) + m.start(1)
    while True:
        m = _WORD_AFTER.match(text[b : min(stop, b + 30)])
        if not m or not _NAME_WORD.fullmatch(m.group(1)) or _is_stop(m.group(1)):
            break
        b = b + m.end(1)
    words = text[a:b].split()
    while words and words[-1].lower() in _PARTICLES:
        words.pop()
    while words and words[0].lower() in _PARTICLES:
        words.pop(0)
    name = " ".join(words)
    return (text.find(words[0], a) if words else at), name


# cheap checks before reading the whole name around a surname: a capitalised word or a name
# particle right before or after it


def _name_before(text: str, at: int, start: int) -> bool:
    if at - 1 < start or text[at - 1] != " ":
        return False
    k = text.rfind(" ", max(start, at - 30), at - 1) + 1
    word = text[k : at - 1]
    return bool(word) and (word[0].isupper() or word.lower() in _PARTICLES)


_NAME_AFTER = re.compile(rf"\s+(?:[{_UPPER}]|bin\b|al\b|de\b|da\b)")


def _word_at(segment: str, word: str) -> Iterator[int]:
    """Where `word` stands as a whole word in `segment` (a cheap `\bword\b`)."""
    i = segment.find(word)
    while i >= 0:
        j = i + len(word)
        inside = segment[j : j + 2]  # "Xi'an" is not "Xi" (but "Xi's" is)
        joined = len(inside) == 2 and inside[0] in "'’" and inside[1].isalpha() and inside[1] != "s"
        if (
            (i == 0 or not segment[i - 1].isalnum())
            and (j >= len(segment) or not segment[j].isalnum())
            and not joined
        ):
            yield i
        i = segment.find(word, j)


def mentioned_again(
    text: str, start: int, end: int, found: list[Person], known: dict[str, Person]
) -> list[Person]:
    """Officials named earlier and referred to by a part of their name here ("Saidov",
    "Mrs Gafarova", "Lula", "Jokowi"); a full name that shares only the surname is someone
    else of the same country ("Gurbanguly Berdimuhamedov" after "Serdar Berdimuhamedov")."""
    out: list[Person] = []
    if not known:
        return out
    segment = text[start:end]
    names = {p.name for p in found}
    for surname, person in known.items():
        if surname not in segment:
            continue
        for rel in _word_at(segment, surname):
            at = start + rel
            if any(p.start <= at < p.end for p in found + out):
                continue
            if surname in _MONTH_NAMES and _month_date(text, at, at + len(surname)):
                continue  # "on May 5", "in May": the month, not Theresa May
            first, local = (
                _local_name(text, at, at + len(surname), start, end)
                if _name_before(text, at, start) or _NAME_AFTER.match(text, at + len(surname))
                else (at, surname)
            )
            if _NAMED_AFTER.match(text, max(first + len(local), at + len(surname))):
                continue  # "Ho Chi Minh City" after "Pham Minh Chinh": a place, no one met
            chosen = person
            # "Bongbong Marcos" after 'Ferdinand "Bongbong" Marcos Jr.': the nickname is his
            local_words = local.split()
            if len(local_words) >= 2 and not set(local_words) <= _own_words(text, person):
                if local in names:
                    continue
                chosen = Person(local, at, at + len(surname), None, person.country)
            elif person.name in names:
                continue
            names.add(chosen.name)
            # the person stands where the name begins and ends ("Emomali Rahmon", not "Rahmon";
            # "Faisal bin Farhan" for Faisal bin Farhan bin Abdullah, not "Faisal")
            stop = at + len(surname)
            if chosen is person and text.startswith(local, first):
                stop = max(stop, first + len(local))
            speaks = bool(SPEECH.match(text, stop, min(end, stop + 160)))
            # a sender named before ("greetings of President X") takes part in what he does now
            # (`replace` with every field but name, role and country given)
            out.append(
                Person(chosen.name, min(at, first), stop, chosen.role, chosen.country, speaks)
            )
            break
    return out


_MONTH_DAY_AFTER = re.compile(r"\s*\d")
_MONTH_WORD_BEFORE = re.compile(
    r"(?:\b(?:in|on|since|of|by|until|till|to|from|early|late|mid|last|next|this|between|and|"
    r"through|during|before|after|throughout)[\s-]+|\d\s+)$",
    re.I,
)


def _month_date(text: str, at: int, end: int) -> bool:
    """A month name that a surname key matched is the month of a date ("on May 5", "in
    May", "5 May")."""
    return bool(
        _MONTH_DAY_AFTER.match(text, end) or _MONTH_WORD_BEFORE.search(text[max(0, at - 12) : at])
    )


def _own_words(text: str, person: Person) -> set[str]:
    """The words of the person's name and nickname."""
    return set(person.name.split()) | set(_nicknames(text, person))


_REFERENCE = re.compile(
    r"\b(?:(?:His|Her)\s+(?:Royal\s+)?(?P<hon>Highness|Majesty|Excellency)"
    r"(?:\s+the\s+(?P<t1>Amir|Emir|King|Queen|Sultan|Crown\s+Prince|President))?"
    # "the head of Portuguese diplomacy": that state's foreign minister
    r"|[Tt]he\s+head\s+of\s+[A-Z][\w’'-]+\s+(?P<t3>diplomacy)"
    r"|[Tt]he\s+(?:(?!(?:Foreign|Prime|Deputy|Defen[cs]e|Vice)\s)"
    # ("the New Zealand leader": a state's two-word name)
    r"(?P<dem>[A-Z][\w’'-]+(?:\s(?!(?:Foreign|Prime|Deputy|Defen[cs]e|Vice|President|Minister|"
    r"Chancellor|Premier|Amir|Emir|King|Sultan|Speaker|Crown|Leader|Ambassador|High)\b)"
    r"(?-i:[A-Z])[\w’'-]+)?|visiting|Senegalese)\s+)?"
    r"(?P<t2>(?:Foreign|Prime|Deputy|Defen[cs]e|foreign|prime)\s+[Mm]inister|Minister|President\s+of\s+the\s+Republic|"
    r"[Vv]ice[- ][Pp]resident|President|president|Leader\s+of\s+the\s+Nation|"
    r"Foreign\s+Secretary|FM|(?:top|chief)\s+diplomat|[Hh]ead\s+of\s+(?:[Ss]tate|[Gg]overnment)|"
    # "The Vietnamese parliamentary leader was received": the head of its assembly named before
    r"[Pp]arliamentary\s+(?:[Ll]eader|[Hh]ead|[Cc]hief)|"
    r"Amir|Emir|King|Sultan|Pope|Premier|Chancellor|Speaker|Crown\s+Prince|[Ll]eader|[Mm]inister|"
    # "Ambassador of Uzbekistan X presented … The Ambassador held talks with …"
    r"[Aa]mbassador|High\s+Commissioner|[Ee]nvoy|"
    # "The Hungarian official was also received by …" (a state's word before it, never bare)
    r"(?<!the\s)(?<!The\s)official))\b"
    # (not "the Prime Minister and Minister of …", one office; but "the Ghanaian Foreign
    # Minister and Dr Fall", two people)
    r"(?!\s+(?:of|for)\b)(?!\s+and\s+(?!the\b|(?:Dr|Mr|Mrs|Ms|Prof)\b\.?\s))(?!['’]s\s+[A-Z])"
    r"(?=['’]s|\s+[a-z]|[,.;:)]|\s*$|\s+and\s+(?:Dr|Mr|Mrs|Ms|Prof)\b)"
)


_ENVOY_TITLES = ("ambassador", "high commissioner", "envoy")
_LEADER_ROLE = re.compile(
    r"(?i)president|prime\s+minister|premier|chancellor|king|queen|amir|emir|sultan|prince|leader|"
    r"\bhead\s+of\b|\bchair(?:man|woman|person)?\s+of\b"
)


_PARLIAMENT_ROLE = re.compile(
    r"\b(?:speaker|parliament\w*|assembly|congress|senate|duma|majlis|legislat\w*|chamber)\b"
)
_FOREIGN_ROLE = re.compile(r"\bforeign\b|\bexternal\s+affairs\b|\b(?:top|chief)\s+diplomat\b")
# (not "Minister of State and Foreign Affairs": Portugal's foreign minister)
_DEPUTY_ROLE = re.compile(
    r"\b(?:deputy|vice|assistant|state\s+minister|minister\s+of\s+state(?!\s+and\b))\b"
)


_HEAD_OF_STATE = re.compile(
    r"(?i)\b(?:president|king|queen|amir|emir|sultan|emperor|grand\s+duke|monarch)\b"
)
_HEAD_OF_GOVERNMENT = re.compile(r"(?i)\b(?:prime\s+minister|premier|chancellor|taoiseach)\b")


def _fits(title: str, role: str) -> bool:
    """Whether a role fits a bare title: "the Minister" and "Minister of Foreign Affairs"."""
    low = role.lower()
    if title == "official":
        return True  # "the Hungarian official": that state's official named last
    if title == "fm" or title.endswith(" diplomat"):  # "the Armenian FM", "the top diplomat"
        title = "foreign minister"
    if title.startswith("head of"):
        # "the Angolan head of state": its president or monarch; "head of government": its
        # prime minister
        kind = _HEAD_OF_GOVERNMENT if title.endswith("government") else _HEAD_OF_STATE
        return (kind.search(role) is not None and _head(role)) or "head of" in low
    head = title.split()[-1]
    if title.startswith("parliamentary"):
        # "the Vietnamese parliamentary leader": a speaker or a (vice) president of its assembly
        return _PARLIAMENT_ROLE.search(low) is not None
    if title.startswith("prime"):
        # "the Bhutanese prime minister" is not the Bhutanese Minister for Industry
        return "prime minister" in low or "premier" in low or "counterpart" in low
    if head == "leader":
        return bool(_LEADER_ROLE.search(role)) or "counterpart" in low
    if title.startswith("vice"):
        return "vice" in low  # "the Vietnamese vice president" is not the President
    if title.startswith("president of"):
        # "the President of the Republic" is no "Director of the Cabinet of the Presidency"
        return _has_word(low, "president") and "vice" not in low
    if title.startswith("foreign") and "counterpart" not in low:
        # "the Foreign Minister" is not the Deputy Minister of Foreign Affairs named last, nor
        # the Minister of Trade
        return (
            _FOREIGN_ROLE.search(low) is not None
            and _DEPUTY_ROLE.search(low) is None
            # "the Foreign Secretary" is not the Foreign Minister; "Ghana's top diplomat" is
            and (_has_word(low, head) or low.endswith("diplomat"))
        )
    # whole words: "the Amir" is not the "Minister of Amiri Diwan Affairs"
    return _has_word(low, title) or _has_word(low, head)


def _has_word(low: str, word: str) -> bool:
    """`word` (or its plural) stands in `low` as a whole word (a cheap `\bword(s)?\b`)."""
    i = low.find(word)
    while i >= 0:
        j = i + len(word)
        if low.startswith("s", j):
            j += 1
        if (i == 0 or not low[i - 1].isalnum()) and (j >= len(low) or not low[j].isalnum()):
            return True
        i = low.find(word, i + 1)
    return False


_HEAD_ROLE = re.compile(
    r"(?i)\b(?:president|prime\s+minister|premier|chancellor|king|queen|amir|emir|sultan|"
    r"taoiseach|head\s+of\s+(?:state|government))\b"
)
_NOT_HEAD = re.compile(
    r"(?i)\b(?:vice|deputy|former|senate|parliament|assembly|congress|council|court|"
    r"commission|bank|chamber|party|house|majlis|duma|province|region|state\s+of)\b"
)


def _head(role: str) -> bool:
    """A head of state or government ("President", "Prime Minister of Jamaica"), not the
    President of the Senate or a Vice President."""
    return _HEAD_ROLE.search(role) is not None and _NOT_HEAD.search(role) is None


def counterparts(role: str | None, other: str) -> bool:
    """Whether an official of `other`'s office is the counterpart of one of `role`'s: heads
    of state or government of each other, else the same office ("Foreign Minister" and
    "Minister of Foreign Affairs")."""
    if not role:
        return False
    if _head(role) or _head(other):
        return _head(role) and _head(other)
    if (_DEPUTY_ROLE.search(role.lower()) is None) != (_DEPUTY_ROLE.search(other.lower()) is None):
        return False
    if _FOREIGN_ROLE.search(role.lower()):
        return _fits("foreign minister", other) or _foreign_secretary(other)
    title = _last_title(role)
    return bool(title) and _fits(title, other)


def _foreign_secretary(role: str) -> bool:
    """ "the Mexican Foreign Secretary" (no deputy): a state's foreign minister by another name."""
    found = re.search(r"(?i)\bforeign\s+secretary\b", role) is not None
    return found and _DEPUTY_ROLE.search(role.lower()) is None


def fits_plural(noun: str, role: str) -> bool:
    """Whether an official fits "the two presidents", "the five prime ministers", "the
    leaders" (any head of state or government)."""
    if noun.startswith(("leaders", "heads")):
        return bool(_LEADER_ROLE.search(role)) or "counterpart" in role.lower()
    if noun.startswith("foreign") and _foreign_secretary(role):
        return True
    return _fits(noun.removesuffix("s").replace("foreign ", ""), role)


# "received the Chairman of the Jogorku Kenesh in the Palace of the Nation": an office of a
# named body, told without a name
_OFFICE_OF_BODY = re.compile(
    r"\b[Tt]he\s+(?P<role>(?:Chairman|Chairwoman|Chairperson|Speaker|Secretary[- ]General|"
    r"Director[- ]General|Governor|Mayor)\s+of\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"(?!\s+[A-Z])"
)


def office_named_before(
    text: str, start: int, end: int, found: list[Person], history: list[Person]
) -> list[Person]:
    """ "President Rahmon received the Chairman of the Jogorku Kenesh": the official named
    before whose role begins with that office ("Chairman of the Jogorku Kenesh of the Kyrgyz
    Republic Nurlanbek Turgunbek uulu")."""
    if not history or text.find(" of the ", start, end) < 0:
        return []
    out: list[Person] = []
    for m in _OFFICE_OF_BODY.finditer(text, start, end):
        if any(p.start <= m.start() < p.end or m.start() <= p.start < m.end() for p in found):
            continue
        if any(0 <= p.start - m.end() <= 80 and "." not in text[m.end() : p.start] for p in found):
            continue  # "the Chairman of the Majlisi milli …, Mayor of Dushanbe X": X's office
        office = " ".join(m.group("role").lower().split())
        named = next(
            (
                p
                for p in reversed(history)
                if p.role and " ".join(p.role.lower().split()).startswith(office)
            ),
            None,
        )
        if named is not None and all(q.name != named.name for q in found + out):
            out.append(replace(named, start=m.start(), end=m.end(), speaks=False))
    return out


def _full_ministers_first(title: str, history: list[Person]) -> list[Person]:
    """The officials named before, last first; for a bare "the minister", the ministers
    before the deputies and assistants ("the Foreign Minister … a call with Kuwait's
    Assistant Foreign Minister …. The minister also received …": the Foreign Minister)."""
    last = list(reversed(history))
    if title != "minister":
        return last
    full = [p for p in last if _DEPUTY_ROLE.search((p.role or "").lower()) is None]
    return full + [p for p in last if p not in full]


def referred(
    text: str,
    start: int,
    end: int,
    found: list[Person],
    history: list[Person],
    mentions: list[CountryMention],
) -> list[Person]:
    """Officials named before and referred to by title here: "the Minister", "His Highness
    the Amir", "the Senegalese president", "the Kazakh Foreign Minister"."""
    if not history:
        return []
    out: list[Person] = []
    for m in _REFERENCE.finditer(text, start, end):
        if any(p.start <= m.start() < p.end or m.start() <= p.start < m.end() for p in found):
            continue
        title = "top diplomat" if m.group("t3") else (m.group("t1") or m.group("t2") or "").lower()
        if title in _ENVOY_TITLES and text[start : m.start()].strip():
            continue  # "The Ambassador held talks …" opens its sentence; not "X and the Ambassador"
        dem = [x.code for x in mentions if m.start() <= x.start < m.end()]
        if title.startswith("head of") and not dem:
            continue  # "The Head of State": whose, the report's own or the host's, is not said
        # "the visiting minister was received … by the Argentine head of state, X": not one
        # of X's state
        hosts = {q.country for q in found if q.country} if "visiting" in m.group(0) else set()
        for p in _full_ministers_first(title, history):
            if (dem and p.country != dem[0]) or p.country in hosts:
                continue
            # "the Tunisian minister" after "his Tunisian counterpart, Nabil Ammar"
            # (not "the Angolan head of state": a minister's counterpart is a minister)
            counterpart = (
                bool(dem or hosts)
                and "counterpart" in (p.role or "").lower()
                and "head" not in title
            )
            if title and not (_fits(title, p.role or "") or counterpart):
                continue
            if not title and "Highness" not in text[max(0, p.start - 40) : p.start]:
                continue
            if any(q.name == p.name for q in found + out):
                break
            speaks = bool(SPEECH.match(text, m.end(), min(end, m.end() + 160)))
            out.append(replace(p, start=m.start(), end=m.end(), speaks=speaks, sender=False))
            break
    for m in _COUNTERPART_REF.finditer(text, start, end):
        if any(p.start <= m.start() < p.end or m.start() <= p.start < m.end() for p in found):
            continue
        dem = [x.code for x in mentions if m.start() <= x.start < m.end()]
        # "Minister Kacou Adom and his Danish counterpart signed": the Danish official named
        # before (a name after it is found as such: "his Danish counterpart, X")
        known = next((p for p in reversed(history) if dem and p.country == dem[0] and p.role), None)
        # whose counterpart: the official just before ("… and his Danish counterpart"), of the
        # same office ("Foreign Minister X … her Ivorian counterpart" is no trade minister)
        subject = next((q for q in reversed(found) if q.end <= m.start() and q.role), None)
        if known is None:
            continue
        role = subject.role or "" if subject else ""
        if (
            subject
            and "counterpart" not in role.lower()
            and not counterparts(role, known.role or "")
        ):
            continue
        if not any(q.name == known.name for q in found + out):
            speaks = bool(SPEECH.match(text, m.end(), min(end, m.end() + 160)))
            out.append(replace(known, start=m.start(), end=m.end(), speaks=speaks, sender=False))
    return out + _visiting_guest(text, start, end, found + out, history)


# "President Murmu hosted a State banquet in honour of the visiting dignitary"
_VISITING_GUEST = prefilter.sift(re.compile(r"\b[Tt]he\s+visiting\s+(?:dignitary|guest)\b"))


def _visiting_guest(
    text: str, start: int, end: int, found: list[Person], history: list[Person]
) -> list[Person]:
    """ "the visiting dignitary" beside a host named in the sentence: the official of another
    state named last before it."""
    hosts = {q.country for q in found if q.country}
    m = _VISITING_GUEST.search(text, start, end)
    if m is None or not hosts:
        return []
    guest = next((p for p in reversed(history) if p.role and p.country not in hosts), None)
    if guest is None or guest.country is None or any(q.name == guest.name for q in found):
        return []
    return [replace(guest, start=m.start(), end=m.end(), speaks=False, sender=False)]


_COUNTERPART_REF = prefilter.sift(
    re.compile(r"\b(?:his|her)\s+[A-Z][\w’'-]+\s+counterpart\b(?!\s*,?\s*(?:[A-Z]|the\s|Mr|Ms|Dr))")
)


# "the two trade ministers": a portfolio before the title
PORTFOLIO_BEFORE = (
    r"(?:(?:trade|finance|defen[cs]e|economy|energy|health|education|interior|justice|"
    r"agriculture|transport|tourism|labou?r|environment|culture)\s+(?=ministers))"
)
_THE_TWO = re.compile(
    r"\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:(?:deputy|vice)\s+)?"
    rf"{PORTFOLIO_BEFORE}?"
    r"(?P<who>leaders|presidents|ministers|foreign\s+ministers|"
    r"prime\s+ministers|heads\s+of\s+state|heads\s+of\s+government|premiers|speakers|"
    # "the two presiding officers signed": the Speaker and his guest told before
    r"presiding\s+officers|"
    # "the two diplomats signed": the two officials of either state named together last
    r"diplomats|"
    r"Presidents|Ministers|Foreign\s+Ministers|Prime\s+Ministers|Heads\s+of\s+State|Leaders"
    # "The two met yesterday on the sidelines of …": the two named together last
    r"|(?<=[Tt]wo\s)(?=(?:also\s+|later\s+|then\s+)?(?:met|held|signed|discussed|spoke|talked)\s))\b"
)


_WITNESSED = re.compile(
    r"\bwitness(?:ed|es|ing)?\b|\bin\s+the\s+presence\s+of\b|\battend(?:ed|s|ing)?\s+(?:a|the)\s+signing\b",
    re.I,
)


def mentions_two(text: str, start: int, end: int) -> bool:
    if text.find("two", start, end) < 0 and text.find("oth", start, end) < 0:
        return False  # every match holds "two" or "both"
    return _two_of(text, start, end) is not None


# "the leaders of the two countries", "the heads of the two parliaments": "the two leaders"
_OF_THE_TWO = re.compile(
    r"\b[Tt]he\s+(?P<who>leaders|heads|presidents|prime\s+ministers|foreign\s+ministers|"
    r"ministers|speakers|heads\s+of\s+state|heads\s+of\s+government)\s+of\s+(?:the\s+)?"
    r"(?:two|both)\s+(?:countries|states|nations|sides|parliaments|legislatures|governments)\b"
)


def _two_of(text: str, start: int, end: int) -> re.Match[str] | None:
    """ "the two leaders", "both ministers", "the leaders of the two countries" (not "a
    commission co-chaired by the foreign ministers of both countries": its office, no one)."""
    found = _THE_TWO.search(text, start, end)
    if found is not None:
        return found
    found = _OF_THE_TWO.search(text, start, end)
    if found is None or _CHAIRED_BY.search(text, max(start, found.start() - 20), found.start()):
        return None
    return found


_CHAIRED_BY = re.compile(r"\b(?:chaired|co-chaired|led|co-led|headed)\s+by\s+$")


def _with_state(fit: list[Person]) -> list[Person]:
    """The officials of `fit` whose state is known; but one named without a state beside one
    official of a state ("Minister of Foreign Affairs …, Senator X, and Ghana's Minister …, Y")
    is the other of "the two"."""
    known = [p for p in fit if p.country]
    unknown = {p.name for p in fit if not p.country} - {p.name for p in known}
    if len(unknown) == 1 and len({p.country for p in known}) == 1:
        return [p for p in fit if p.country or p.name in unknown]
    return known


_MINISTER_SECRETARY = re.compile(
    r"(?i)\b(?:foreign|home|defen[cs]e|trade|business|cabinet)\s+secretary\b|"
    r"\bsecretary\s+of\s+state\b(?!\s+for\s+\w+\s+at\b)"
)


def the_two(
    text: str, start: int, end: int, found: list[Person], earlier: list[list[Person]]
) -> list[Person]:
    """ "the two leaders", "both ministers": the officials of two states named together last."""
    if len(found) >= 2:
        return []
    m = _two_of(text, start, end)
    if m is None or _WITNESSED.search(text, start, end):
        return []  # leaders who witness a signing do not sign
    who = m.group("who").lower()
    if not who and found:
        return []  # "he was received by President X, where the two discussed": those two
    if len(found) == 1 and _HE_WITH.search(text, start, m.start()):
        # "On Monday, he held talks with President X, and the two heads of state signed …":
        # the one "he" stands for and X
        return []
    word = "minister" if "minister" in who else "president" if "president" in who else ""
    leaders = who.startswith(("leaders", "heads"))  # not the ministers who signed for them
    gathered: list[Person] = []  # leaders of a state the sentences after named none of
    for back, persons in enumerate(reversed(earlier)):
        fit = [
            p
            for p in persons
            if p.role
            and not p.sender
            and (
                not word
                or word in p.role.lower()
                or "counterpart" in p.role.lower()
                # "the two ministers": a Foreign Secretary, a Secretary of State among them
                or (word == "minister" and _MINISTER_SECRETARY.search(p.role) is not None)
            )
            and (not leaders or _LEADER_ROLE.search(p.role) or "counterpart" in p.role.lower())
        ]
        fit = _with_state(fit)
        if len({p.country for p in fit}) < 2 and back < 3:
            # "Al-Burhan arrived …. He was received by President Isaias …. The two leaders …"
            fit = gathered + [p for p in fit if p.country not in {q.country for q in gathered}]
            gathered = fit
        if len({p.country for p in fit}) >= 2:
            seen: set[str] = set()  # a copy even of one named here: it stands for "the two"
            out = []
            for p in fit:
                if p.name not in seen:
                    seen.add(p.name)
                    out.append(replace(p, start=m.start(), end=m.end(), speaks=False))
            return out
    return []


# "he held talks with", "she met": a pronoun subject of an act with someone
_HE_WITH = re.compile(
    r"\b(?:[Hh]e|[Ss]he)\s+(?:also\s+|later\s+|then\s+)?(?:held|had|met|received|hosted)\b"
)


def he_and_one(
    text: str, start: int, end: int, found: list[Person], subject: Person | None
) -> list[Person]:
    """ "On Monday, he held talks with President X, and the two heads of state signed …": the
    official "he" stands for (`subject`, the first named by the sentences before), one of
    "the two" with the one official the sentence names."""
    if subject is None or len(found) != 1 or found[0].country == subject.country:
        return []
    m = _THE_TWO.search(text, start, end)
    if m is None or not m.group("who") or _WITNESSED.search(text, start, end):
        return []
    if not _HE_WITH.search(text, start, m.start()):
        return []
    return [replace(subject, start=m.start(), end=m.end(), speaks=False)]


_PAIRED = re.compile(
    # "Foreign Minister Winston Peters says he and Fiji's Prime Minister Sitiveni Rabuka …"
    r"\s*(?:,\s*)?(?:(?:says|said)\s+(?:he|she)\s+and|"
    r"and|met(?:\s+with)?|held\s+talks\s+with|received|hosted|and\s+the)\s+"
    r"(?!(?:his|her|its|their)\b)"
)


# "the delegation also held meetings (a meeting, talks) with …": those listed after it are one side
_MEETINGS_WITH = re.compile(r"\b(?:meetings?|talks)\s+with\b[^.;]*$")


def _paired(p: Person, persons: list[Person], dominant: tuple[str, ...], text: str) -> Person:
    """ "Premier Giorgia Meloni and Albanian Prime Minister Edi Rama": two officials paired in
    one act, one of them of a state of the story's pair: the other is of the other state."""
    for q in persons:
        if q.country not in dominant or q.name == p.name:
            continue
        a, b = (p, q) if p.end <= q.start else (q, p)
        gap = text[a.end : b.start]
        if len(gap) > 90 or "," in gap.replace(", and", " and") or ";" in gap:
            continue
        if _MEETINGS_WITH.search(text, max(0, a.start - 120), a.start):
            # "held meetings with the Speaker A and Prime Minister B": both hosts, one state
            return replace(p, country=q.country)
        # the words between are the joining word and the second one's role
        role_words = (b.role or "").split()
        joined = _PAIRED.match(gap)
        if joined and len(gap[joined.end() :].split()) <= len(role_words) + 1:
            return replace(p, country=next(c for c in dominant if c != q.country))
    return p


def _surname_word(name: str) -> str:
    """The name's last word that is no suffix ("Marcos" of "Ferdinand Marcos Jr.",
    "Turgunbek" of "Nurlanbek Turgunbek uulu")."""
    words = name.split()
    return next((w for w in reversed(words) if w.rstrip(".,") not in _SUFFIXES), words[-1])


def infer_countries(
    persons: list[Person],
    known: dict[str, Person],
    dominant: tuple[str, ...],
    named: tuple[str, ...] = (),
    text: str = "",
) -> list[Person]:
    """A country for officials whose role names none: the one the document gave them before,
    or, before "his Namibian counterpart", the other state of the document's pair (or the
    one other state the sentence names)."""
    if all(p.country for p in persons):
        return persons
    out = []
    for p in persons:
        monarch = monarch_state(text, p) if p.country is None and text else None
        if monarch:
            p = replace(p, country=monarch)
        elif p.country is None:
            same = known.get(_surname_word(p.name))
            if same is not None and same.name == p.name and same.country:
                p = replace(p, country=same.country)
            else:
                other = next(
                    (
                        q.country
                        for q in persons
                        if q.start > p.end
                        and q.country
                        and q.role
                        and "counterpart" in q.role.lower()
                    ),
                    None,
                )
                rest = [c for c in dict.fromkeys(named) if c != other]
                if other and len(dominant) == 2 and other in dominant:
                    p = replace(p, country=next(c for c in dominant if c != other))
                elif other and not dominant and len(rest) == 1:
                    p = replace(p, country=rest[0])
                elif len(dominant) == 2 and text:
                    p = _paired(p, persons, dominant, text)
        out.append(p)
    return out


def clause_subject(text: str, sent_start: int, at: int, persons: list[Person]) -> Person | None:
    """The person a ", who …" clause is about, when `at` lies inside it: "Marcos Jr., who is
    paying a state visit to Vietnam" — the visitor."""
    left = text[sent_start:at]
    idx = left.rfind(", who")
    if idx < 0 or "," in left[idx + 1 :]:
        return None
    cut = sent_start + idx
    return next((p for p in persons if 0 <= cut - p.end <= 1 or _role_between(text, p, cut)), None)


def _role_between(text: str, p: Person, cut: int) -> bool:
    """ "Ahmed Attaf, Minister of Foreign Affairs of Algeria, who is visiting": the person's
    own role after his name stands between him and his ", who" clause."""
    if not p.role or not 0 < cut - p.end <= len(p.role) + 8:
        return False
    return text[p.end : cut].strip(" ,").removeprefix("the ") == p.role


# "Lasso arrived in Tumbes", "Mr. Pinto Pereira is on a working visit", "Tokayev is scheduled
# to pay a state visit", "Kishida's visit": what may stand between the subject and the visit
_SUBJECT_GAP = re.compile(
    r"(?:\s*,\s+(?:who|accompanied)\b[^,]{0,100},)?"
    r"(?:\s+(?:also|has|have|had|will|would|shall|is|are|was|were|be|been|then|later|last|"
    r"first|recently|already|again|earlier|yesterday|today|tomorrow|to|set|due|expected|"
    r"scheduled|slated|officially|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)(?:\s+(?:morning|afternoon|evening|night))?))*\s*"
)
# The guest is named after these: "hosted Prime Minister Y", "the visiting President Z".
_GUEST_FIRST = ("visiting", "hosted", "hosts", "host ", "welcomed")
_VISIT_PHRASE = ("on ", "during ", "as part ", "in the course ", "his ", "her ", "their ")
_BEING = re.compile(r"\b(?:is|are|was|were|be)\b")


# "Ruto's predecessor", "Modi's special envoy": the one named is only whose predecessor, aide
# or government the person meant is (not "Lam's wife", who travels with him)
_POSSESSOR = re.compile(
    r"(?:’s|'s|’|')\s+(?:(?:former|late|new|immediate|special|personal|chief|senior|top)\s+)*"
    r"(?:predecessor|successor|government|administration|spokes(?:man|woman|person)|aides?|"
    r"advis[eo]rs?|envoys?|cabinet|party|representatives?|emissary|chief\s+of\s+staff)\b",
    re.I,
)


def possessor(text: str, p: Person) -> bool:
    """The person is named only as whose predecessor, envoy or government is meant."""
    return _POSSESSOR.match(text, p.end) is not None


_CLAUSE_START = re.compile(r"[.;\n]")


def _subject_gap(text: str, p: Person, at: int) -> bool:
    """The words from the person's name to `at` let him be the subject of what stands there:
    "Lasso arrived", "Tokayev is scheduled to pay", or the end of an apposition to it."""
    return bool(_SUBJECT_GAP.fullmatch(text, p.end, at)) or _apposed_subject(text, p, at)


def _apposed_subject(text: str, p: Person, at: int) -> bool:
    """The name closes an apposition to the subject of what stands at `at` ("Ruto's
    predecessor, former President Uhuru Kenyatta, paid a state visit"; not one of two
    subjects: "The Spanish Prime Minister, A, and the EU's President, B, arrived")."""
    if not text.startswith(", ", p.end) or not _SUBJECT_GAP.fullmatch(text, p.end + 1, at):
        return False
    left = text[max(0, p.start - 200) : p.start]
    cut = max((m.end() for m in _CLAUSE_START.finditer(left)), default=0)
    return ", " in left[cut:] and " and " not in left[cut:]


def subject_of(text: str, trigger: Any, persons: list[Person]) -> Person | None:
    """The person the visit's words follow as their subject ("Lasso arrived in Tumbes",
    "Kishida's visit to Manila", "Milei travelled to Montevideo"); not for "hosted"/"visiting",
    whose guest comes after."""
    if trigger.surface.lower().startswith(_GUEST_FIRST):
        return None
    before = [p for p in persons if p.end <= trigger.start]
    for p in sorted(before, key=lambda p: p.end, reverse=True)[:2]:
        gap = text[p.end : trigger.start]
        if gap.startswith(("’s", "'s")):
            gap = gap[2:]
        if not (_SUBJECT_GAP.fullmatch(gap) or _apposed_subject(text, p, trigger.start)):
            continue
        # "met Y during her visit to Russia": the visit of the sentence's subject, not of Y;
        # "X is on a working visit": X
        if trigger.surface.lower().startswith(_VISIT_PHRASE) and not _BEING.search(gap):
            return None
        return p
    return None


def bound_to(text: str, p: Person, trigger: Any) -> bool:
    """The person is the act's own subject or object ("Mr Museveni and former President Uhuru
    Kenyatta signed a deal", "Yoon also met with Gurbanguly Berdimuhamedov, the former
    president"), not an official recalled beside it."""
    if not text:
        return False
    if p.end <= trigger.start:
        return bool(
            _subject_gap(text, p, trigger.start)
            or _SIGNED_GAP.fullmatch(text, p.end, trigger.start)
        )
    return p.start >= trigger.end and _OBJECT_GAP.fullmatch(text, trigger.end, p.start) is not None


_OBJECT_GAP = re.compile(r"\s*(?:with\s+)?")
_SIGNED_GAP = re.compile(
    r"\s+(?:also\s+)?(?:signed|inked|concluded|sealed)\s+(?:a|an|the|two|several)\s+(?:[\w-]+\s+){0,3}"
)


def traveller(text: str, sent_start: int, trigger: Any, persons: list[Person]) -> Person | None:
    """Who makes the visit a trigger names: the subject of a ", who … visit" clause, the person
    right after "the visit of"/"a visit by", or the subject right before the visit's words."""
    subject = clause_subject(text, sent_start, trigger.start, persons)
    if subject is not None:
        return subject
    return visit_of(text, trigger, persons) or subject_of(text, trigger, persons)


# the words between "the visit of" and the visitor's name: his role and styles
_VISITOR_ROLE = re.compile(r"\s+(?:of|by)\s+(?:(?:the|his|her|[A-Z][\w’'\-.]*|of|and|for)\s+){0,8}")


def visit_of(text: str, trigger: Any, persons: list[Person]) -> Person | None:
    """The person named right after "the visit of", "a visit by" (his role and styles between:
    "the visit of Saudi Foreign Minister Prince Faisal bin Farhan")."""
    after = [p for p in persons if trigger.end <= p.start <= trigger.end + 80]
    for p in after:
        if _VISITOR_ROLE.fullmatch(text, trigger.end, p.start):
            return p
    return None


_VISIT_OF_BEFORE = re.compile(
    r"(?i:\bvisits?|\btrip|\bjourney)\s+(?:of|by)\s+(?:(?:the|his|her|[A-Z][\w’'\-.]*|of|and|for)\s+){0,8}$"
)
# A sentence's end: the blanks after a stop that ends a word of two small letters or more.
# Matched from the stop (`re` skips to each ".", "!" or "?" at once; led by the lookbehind
# `(?<=[a-z]{2}[.!?])\s+`, it was tried at every position): searched from one character
# before a span, it finds every run of blanks after a stop that `(?<=…)\s+` finds from the
# span's start (none starts inside a run: a blank is no stop), each ending where that ends.
_STOP_THEN_BLANKS = re.compile(r"[.!?](?<=[a-z]{2}[.!?])\s+")
_HE_DID = re.compile(r"\b(?:where|when|during\s+which|and)\s+(?:he|she)\b")


def visitor_elsewhere(text: str, p: Person, trigger: Any) -> bool:
    """ "… since the visit of HM King Mohammed VI", "and the visit of Minister Y to Jeddah": the
    person is named as the visitor of another act, and takes no part in this one unless it is
    told as his ("the visit of X to Damascus, where he was received by Y")."""
    lo = max(0, p.start - 100)
    # not the visitor named at the end of the sentence before ("… the visit of Prime Minister
    # X. Y also held talks")
    ends = [m.end() for m in _STOP_THEN_BLANKS.finditer(text, max(lo - 1, 0), p.start)]
    if not _VISIT_OF_BEFORE.search(text, ends[-1] if ends else lo, p.start):
        return False
    if p.start < trigger.start and _HE_DID.search(text, p.end, trigger.start):
        return False
    return not (trigger.start <= p.start < trigger.end + 1)


# "Maduro broke off relations", "X and his counterpart Y announced the restoration of
# diplomatic relations": the words between the subject and the change of relations
_CHANGED_BY = re.compile(
    r"(?:\s*,[^,]{0,80},)?"
    # "X and his Colombian counterpart Y announced …": the first of the two
    r"(?:\s+and\s+(?:his|her|their|the\s+)?(?:\s*[\w’'.-]+){1,8}?(?=\s+(?:have|has|had|also|jointly|"
    r"formally|officially|announced|agreed|decided|established|restored|broke|severed|cut|resumed|"
    r"re-established|normali[sz]ed)\b))?"
    r"\s+(?:(?:have|has|had|also|then|jointly|formally|officially|on\s+\w+)\s+)*"
    r"(?:(?:announced|agreed\s+to|decided\s+to|signed\s+\w+\s+\w+\s+on)\s+(?:the\s+)?)?"
)
# "… restored diplomatic relations … in a ceremony in Beijing attended by X and Y"
_ATTENDED_BY = re.compile(r"\b(?:attended|witnessed)\s+by\b[^.;]{0,100}$")


def changes_relations(text: str, p: Person, trigger: Any) -> bool:
    """The person is who established, restored or severed the relations: their subject, named
    in full ("Maduro broke off relations with Colombia"), or who attended the ceremony that
    did."""
    if set(written(text, p)) - set(p.name.split()):
        return False  # "the two leaders", "the Minister": a reference, not the act's subject
    if p.end <= trigger.start and _CHANGED_BY.fullmatch(text, p.end, trigger.start):
        return True
    return p.start >= trigger.end and bool(
        _ATTENDED_BY.search(text, max(trigger.end, p.start - 120), p.start)
    )


_REPORTED = re.compile(
    r"\s*(?:,[^,]{0,80},\s*)?(?:on\s+\w+\s+|in\s+a\s+statement\s+|later\s+)?(?:that\s+)?"
    r"(?:(?:the|a|an)\b|[A-Z])"
)


_WITNESS_AFTER = re.compile(
    r"[^.;]{0,100}?\b(?:witness(?:ed|es)|attended\s+the\s+signing|attend\s+the\s+signing)\b"
)
# "… at the Palace, with President C and then Prime Minister D joining virtually"
_LOOKING_ON = re.compile(
    r"[^.;,]{0,70}?\b(?:joining\s+(?:virtually|online|remotely|by\s+video)|looking\s+on|"
    r"in\s+attendance)\b"
)
_WITH_BEFORE = re.compile(r",\s+with\s+[^,;]{0,100}$")
_PRESENCE = re.compile(r"(?i)\b(?:in\s+the\s+presence\s+of|witnessed\s+by)\s+(?:[^,.;]{0,60}?)$")


def in_presence(text: str, p: Person, sent_start: int) -> bool:
    """ "signed … in the presence of President C", "witnessed by C": named as who saw it."""
    return _PRESENCE.search(text, max(sent_start, p.start - 80), p.start) is not None


def witnesses(text: str, p: Person, sent_start: int) -> bool:
    """ "signed by A and B in the presence of C", "A and B witnessed the signing": who saw the
    signing did not sign."""
    if in_presence(text, p, sent_start):
        return True
    if _LOOKING_ON.match(text, p.end) and _WITH_BEFORE.search(
        text, max(sent_start, p.start - 90), p.start
    ):
        return True  # "…, with President C and Prime Minister D joining virtually"
    after = _WITNESS_AFTER.match(text, p.end)
    return after is not None and not re.search(r"\bsign", after.group(0))


def reports(text: str, p: Person, trigger_start: int) -> bool:
    """ "Onyeama said the commission, which last met in Accra …": the speaker reports an event
    told in the words after the verb, and takes no part in it for that."""
    if not p.speaks or p.end >= trigger_start:
        return False
    verb = SPEECH.match(text, p.end, trigger_start)
    if verb is None:
        return False
    rest = _REPORTED.match(text, verb.end(), trigger_start)
    if rest is None:
        return False
    between = text[verb.end() : trigger_start]
    return not re.search(r"\b(?:he|she|they|we|I|his|her)\b", between)


# "…, Eritrea's Information Minister Yemane Gebremeskel said.": who the sentence is told by
_ATTRIBUTION = re.compile(  # ", Mr George Charamba, said.": the apposition's comma too
    r",?\s+(?:said|says|wrote|posted|tweeted|reported|announced|told\s+(?:reporters|journalists|"
    r"the\s+press|\w+))\b[^.;]{0,80}[.;]?\s*$"
)
_ATTRIBUTED_BY = re.compile(r",\s+(?:[\w'’-]+\s+){0,6}$")


def attributes(
    text: str, p: Person, sent_start: int, trigger_end: int, sent_end: int, sides: int = 0
) -> bool:
    """ "The two leaders later held talks …, Information Minister Gebremeskel said.": the one
    the sentence is attributed to, after an act of "the two leaders" he is not one of, reports
    it and takes no part in it ("The foreign ministers … met, Foreign Minister X told
    reporters": one of them). So does one named after officials of two states (`sides`, the
    states of those named before him): "A met B on Monday, Ambassador C told Yonhap"."""
    if p.start < trigger_end or not _ATTRIBUTED_BY.search(text, max(0, p.start - 60), p.start):
        return False
    if sides >= 2:
        return _ATTRIBUTION.match(text, p.end, sent_end) is not None
    two = _THE_TWO.search(text, sent_start, trigger_end)
    if two is None or not two.group("who").lower().startswith(("leaders", "heads", "president")):
        return False
    if p.role and _LEADER_ROLE.search(p.role):
        return False
    return _ATTRIBUTION.match(text, p.end, sent_end) is not None


# "…, a day after talks between President A and President B", "… agreements reached by A and
# B", "ahead of a summit between A and B": the officials of another meeting, told after it
_NESTED = re.compile(
    r"\b(?:between|reached\s+by|agreed\s+(?:up)?on\s+by)"
    r"\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,6}$"
)
_AND_NEXT = re.compile(r"\s*(?:,\s*|,?\s+and\s+)(?:the\s+)?(?:[\w'’.-]+\s+){0,6}$")


def other_meeting(text: str, persons: list[Person], trigger_end: int) -> list[Person]:
    """The people of the event, less those named after its two sides in a phrase of another
    meeting ("A met B …, a day after talks between President C and President D")."""
    out: list[Person] = []
    dropped: Person | None = None
    previous: Person | None = None
    for p in sorted(persons, key=lambda q: q.start):
        sides = {q.country for q in out if q.country and q.name != p.name}
        if previous is not None and p.start >= trigger_end and len(sides) >= 2:
            between = text[previous.end : p.start]
            if _NESTED.search(between) or (dropped is previous and _AND_NEXT.fullmatch(between)):
                dropped = previous = p
                continue
        out.append(p)
        previous = p
    return [p for p in persons if p in out]


_CONTRAST = re.compile(r",\s+(?:while|whereas)\s|;\s+")


def same_part(text: str, sent_start: int, at: int, persons: list[Person]) -> list[Person]:
    """The people of the part of a sentence an event's words stand in: "The FIR agreement was
    signed by A and B, while the extradition treaty was inked by C and D"."""
    if not persons:
        return persons
    last = max(p.end for p in persons)
    cuts = [m.start() for m in _CONTRAST.finditer(text, sent_start, last)]
    if not cuts:
        return persons
    lo = max((c for c in cuts if c <= at), default=sent_start)
    hi = min((c for c in cuts if c > at), default=last + 1)
    mine = [p for p in persons if lo <= p.start < hi]
    return mine or persons


_MONARCHS = frozenset({"sultan", "king", "queen", "emir", "amir", "pope", "prince", "agong"})


def _other_office(p: Person, full: Person) -> bool:
    """ "Sultan Ibrahim" is not "Prime Minister Anwar Ibrahim": a monarch's title before the
    one name, and the official named in full before holds no such office."""
    last = (p.role or "").split()[-1:]
    word = last[0].lower() if last else ""
    return word in _MONARCHS and word not in (full.role or "").lower()


def _fuller_known(p: Person, known: dict[str, Person]) -> Person | None:
    """ "Minister Ramírez Lezcano" after "Rubén Ramírez Lezcano": a name that is the end of
    one named in full before."""
    full = known.get(p.name.split()[-1])
    if full is not None and full.name.casefold().endswith(" " + p.name.casefold()):
        return full
    # "Prince Faisal bin Farhan" after "Faisal bin Farhan bin Abdullah": the start of a
    # patronymic or family name named in full before
    head = p.name.casefold() + " "
    for other in known.values():
        if other.name.casefold().startswith(head):
            return other
    return None


def short_name(name: str) -> bool:
    """One name word, alone or after a style ("Tebboune", "Prince Faisal", "Sultan Haitham"):
    a name that may stand for one named in full (see `resolve_singles`)."""
    words = name.split()
    return len(words) == 1 or (
        len(words) == 2 and (words[0].lower() in HONORIFICS or _regnal(name))
    )


def resolve_singles(persons: list[Person], known: dict[str, Person]) -> list[Person]:
    """ "President Ruto", "FM Nurtleu": one name word after a title stands for the official named
    in full before, when there is one."""
    out = []
    for p in persons:
        words = p.name.split()
        regnal = _regnal(p.name)
        if len(words) == 2 and (words[0].lower() in HONORIFICS or regnal):
            # "Prince Faisal", "Sheikh Tamim", "Sultan Haitham" after "Prince Faisal bin Farhan",
            # "Sultan Haitham bin Tarik": the style and the first name of one named in full
            # ("Sheikh Hasina" stays herself)
            full = known.get(words[1])
            if (
                full is not None
                and words[1] in full.name.split()
                and len(full.name.split()) > 2
                and not (regnal and _other_office(p, full))
            ):
                p = replace(full, start=p.start, end=p.end, speaks=p.speaks, sender=p.sender)
            out.append(p)
            continue
        full = known.get(p.name) if " " not in p.name else _fuller_known(p, known)
        if full is not None and full.name != p.name and not _other_office(p, full):
            p = replace(full, start=p.start, end=p.end, speaks=p.speaks, sender=p.sender)
        out.append(p)
    return out


# The same matches, found faster: a first-character guard on each (see `quick`).
_TITLE = quick.guard(_TITLE)
_TITLE_LOW = prefilter.sift(quick.guard(_TITLE_LOW))
_TOKEN = quick.guard(_TOKEN)
_MONARCH = quick.guard(_MONARCH)
_SENDER = prefilter.sift(quick.fold(_SENDER))
_REPORTER = quick.guard(_REPORTER)
_ATTRIBUTION = quick.guard(_ATTRIBUTION)
_PLURAL_TITLE = quick.guard(_PLURAL_TITLE)
_SPEECH_WORD = prefilter.sift(quick.guard(_SPEECH_WORD))
_REFERENCE = quick.lead(_REFERENCE)
_THE_TWO = prefilter.sift(quick.guard(_THE_TWO))
_WITNESSED = quick.guard(_WITNESSED)
_TITLE_BEFORE = quick.guard(_TITLE_BEFORE)
_NAME_AFTER_STOP = quick.guard(_NAME_AFTER_STOP)
_TO_VERB = quick.guard(_TO_VERB)
# Searched wherever a sentence may name a dignitary or a visit: answered at once where none of
# their (rare) words stands (see `prefilter`).
_STYLE_LOW = prefilter.sift(_STYLE_LOW)
_RANK_AFTER_STATE = prefilter.sift(_RANK_AFTER_STATE)
_VISIT_OF_BEFORE = prefilter.sift(_VISIT_OF_BEFORE)
_POSSESSIVE_LOW = prefilter.sift(_POSSESSIVE_LOW)
_ROLE_VERB = quick.lead(_ROLE_VERB)
_LEADER_ROLE = quick.guard(_LEADER_ROLE)
_OFFICIAL = prefilter.sift(quick.guard(_OFFICIAL))
_PRESENCE = quick.guard(_PRESENCE)
_PLACE_BEFORE = quick.guard(_PLACE_BEFORE)
_BUILDING_AFTER = quick.guard(_BUILDING_AFTER)
_WITNESS_AFTER = prefilter.sift(_WITNESS_AFTER)
# Searched over every sentence that tells "the two" or "both": answered at once where none
# of its (rare) words stands.
_OF_THE_TWO = prefilter.sift(quick.guard(_OF_THE_TWO))
_OFFICE_OF_BODY = prefilter.sift(quick.guard(_OFFICE_OF_BODY))


# An office of an organisation of states, held by a person who stands for no state: "European
# Commission President", "EU High Representative", "Secretary-General of the Gulf Cooperation
# Council", "UN Secretary-General" (not "Ambassador to the EU", "Minister for EU Affairs")
_ORGANISATION = (
    r"(?:EU|European\s+(?:Commission|Council|Union|Parliament)|GCC|Gulf\s+Cooperation\s+Council|"
    r"African\s+Union(?:\s+Commission)?|AU\s+Commission|Arab\s+League|League\s+of\s+Arab\s+States|"
    r"OSCE|NATO|ASEAN|(?:UN|United\s+Nations)(?=\s+(?:Secretary[- ]General|High\s+Commissioner)))"
)
_ORGANISATION_ROLE = re.compile(
    r"(?<!\bto\s)(?<!\bto\sthe\s)(?<!\bfor\s)(?<!\bat\s)(?<!\bat\sthe\s)(?<!\bin\s)(?<!\bin\sthe\s)"
    r"(?<!\bwith\s)(?<!\bwith\sthe\s)\b"
    + _ORGANISATION
    + r"\b(?!\s+(?:member|affairs|integration))"
)
# "met with EU enlargement commissioner Oliver Varhelyi", "the EU's foreign policy chief,
# Spain's Josep Borrell": the office told right before the name
_ORGANISATION_BEFORE = re.compile(
    r"(?<!\bto\s)(?<!\bto\sthe\s)(?<!\bfor\s)\b" + _ORGANISATION + r"(?:['’]s)?\s+"
    r"(?:(?:(?!and\b|with\b)[a-z][\w-]*\s+){0,4}|(?:(?!and\b|with\b)[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+"
    r"[A-Z][\w-]*['’]s\s+)$"
)
# "Spain's Josep Borrell", "Oliver Varhelyi of Hungary", "Ursula von der Leyen, a German"
# Led by lookbehinds, which `re` tries at every position: a first-character guard (see `quick`)
_ORGANISATION_ROLE = quick.guard(_ORGANISATION_ROLE)
_ORGANISATION_BEFORE = prefilter.sift(quick.guard(_ORGANISATION_BEFORE))
_NATIONALITY_BEFORE = re.compile(r"(?:['’]s)?\s+$")
_NATIONALITY_AFTER = re.compile(r",\s+(?:a|an)\s+|,?\s+(?:of|from)\s+(?:the\s+)?")


def organisation_official(text: str, p: Person) -> bool:
    """Does `p` hold an office of an organisation of states rather than of one state?"""
    if p.role and _ORGANISATION_ROLE.search(p.role):
        return True
    return _ORGANISATION_BEFORE.search(text, max(0, p.start - 60), p.start) is not None


def nationality_of_unaffiliated(text: str, start: int, end: int, persons: Sequence[Person]) -> bool:
    """Does the state name at text[start:end] only tell the nationality of an official of an
    organisation ("Spain's Josep Borrell", "Jasem Albudaiwi, a Kuwaiti national")?"""
    for p in persons:
        if p.country is not None:
            continue
        if p.start - 4 <= end <= p.start and _NATIONALITY_BEFORE.fullmatch(text, end, p.start):
            return organisation_official(text, p)
        if p.end < start <= p.end + 12 and _NATIONALITY_AFTER.fullmatch(text, p.end, start):
            return organisation_official(text, p)
    return False


# "laid a wreath at the monument to National Hero José Martí", "the mausoleum of": one honoured,
# no participant
_MEMORIAL_BEFORE = re.compile(
    r"\b(?:monument|statue|memorial|mausoleum|tomb|grave|bust)\s+(?:to|of)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}$",
    re.I,
)


def without_honoured(persons: list[Person], text: str) -> list[Person]:
    """The persons named, without those a monument or a tomb honours."""
    return [p for p in persons if not _MEMORIAL_BEFORE.search(text, max(0, p.start - 60), p.start)]


def unaffiliated(persons: list[Person], text: str) -> list[Person]:
    """Officials of the European Union, the GCC and the like have no state: their nationality
    ("Spain's Josep Borrell", "von der Leyen, a German") or the report's home state is not the
    side they take part for."""
    return [
        replace(p, country=None) if p.country and organisation_official(text, p) else p
        for p in persons
    ]


# "The two ministers agreed that the next session of the Joint Commission will be held in
# Abuja", "the Mechanism would hold its next session in November", "The Joint Commission is
# due to meet in Victoria, Minister X confirmed": a body's sitting to come, not the act of
# whoever agrees on it or tells of it
_NEXT_SITTING = re.compile(
    r"\b(?:next|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|twelfth|forthcoming|upcoming)\s+$",
    re.I,
)
_SITTING_NOUN = re.compile(r"(?:session|meeting|round|sitting)\b", re.I)
_BODY_WILL = re.compile(
    r"\b(?:Commission|Committee|Mechanism|Council|Cabinet|Forum|Dialogue|Board|[A-Z]{2,5})\s+"
    r"(?:is\s+(?:due|scheduled|expected|set)\s+to|will|would|shall)\s+$"
)
_BODY_VERB = re.compile(r"(?:meet|hold\s+its\b|convene)", re.I)
_TO_COME = re.compile(
    r"\b(?:will|would|shall)\s+(?:be\s+held|take\s+place|convene)\b|"
    r"\b(?:is|are)\s+(?:due|scheduled|expected|set|planned)\s+to\b|\bscheduled\s+for\b|"
    # "the forthcoming session of the commission, scheduled to take place in Seoul"
    r"\b(?:scheduled|due|set|planned)\s+to\s+(?:take\s+place|be\s+held|convene)\b",
    re.I,
)
_CHAIRED_BY = re.compile(r"\b(?:co-)?(?:chaired|led)\s+by\s+(?:[\w'’.-]+\s+){0,8}$", re.I)


def body_sitting(text: str, start: int, end: int, sent_start: int, sent_end: int) -> bool:
    """Whether the meeting at `start`-`end` is a body's sitting to come, told with the body
    (not its members) as the subject: "the next session of the BNC will be held …"."""
    before = text[max(sent_start, start - 60) : start]
    if _SITTING_NOUN.match(text, start, end) and _NEXT_SITTING.search(before):
        return _TO_COME.search(text, end, min(sent_end, end + 160)) is not None
    return _BODY_VERB.match(text, start, end) is not None and _BODY_WILL.search(before) is not None


def chairs(text: str, p: Person) -> bool:
    """ "…, to be co-chaired by Minister X and Minister Y": who will lead the sitting."""
    return _CHAIRED_BY.search(text, max(0, p.start - 120), p.start) is not None


_TELLS_AFTER = re.compile(r"\s+(?:said|says|told\s+\w+|wrote|posted)\b[^.;]{0,80}[.;]?\s*$")


def tells_only(text: str, p: Person) -> bool:
    """ "The two leaders later held talks at the presidential office, Gebremeskel said.": one
    named after a comma only to tell what the sentence reports, not to speak of his own part."""
    if not _ATTRIBUTED_BY.search(text, max(0, p.start - 60), p.start):
        return False
    stop = text.find(".", p.end)
    return _TELLS_AFTER.match(text, p.end, stop + 1 if stop >= 0 else len(text)) is not None
